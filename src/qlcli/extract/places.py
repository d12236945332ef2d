"""Places read with the national gazetteer (qlcli.gazetteer): chains of area names in a text
(铜仁市石阡县, 宁波宁海, 夏店镇付村), read where the gazetteer says a name starts and ends.

A name found in the gazetteer settles what suffix rules cannot: where a name starts (如果平湖市 →
平湖市), which county a bare village belongs to, whether 弘扬社区 is a place at all. The units'
codes and boundaries are in unit_places.py, a document's region in regions.py.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..lexicon import Lexicon
from ..patterns import is_han


COUNTY = 2
TOWN = 3
VILLAGE = 4
LEVEL_ATTRS = ("province", "city", "county", "town")


def gazetteer(lex: Lexicon):
    """The gazetteer with the user's own places (a `[places] add = ["省/市/县/镇/村", …]` lexicon table)."""
    return lex.compiled("places.gazetteer", _load_with_user_places)


def _load_with_user_places(lex: Lexicon):
    from ..gazetteer import load

    gz = load()
    added = lex.section("places").get("add", [])
    if added:
        gz = gz.copy()
        for chain in added:
            gz.add([p for p in str(chain).split("/") if p])
    return gz


@dataclass
class _Index:
    skip: frozenset  # what the data calls an area but a text never means so (lexicon: places.not_areas)
    lex: Lexicon
    # a town suffix as a chain may write it short (admin.town_suffix_written: 万新街道 written 万新街)
    short_suffixes: tuple = ()


def _area_index(lex: Lexicon) -> _Index:
    return lex.compiled("places.area_index", lambda lex: _Index(
        frozenset(lex.section("places").get("not_areas", [])), lex,
        tuple(lex.section("admin").get("town_suffix_written", {}).items())))


@dataclass
class Area:
    """A chain of area names written together (铜仁市石阡县), with the gazetteer places that fit its
    last part given the parts before it."""
    start: int
    end: int
    parts: list[str]
    ids: list[int] = field(default_factory=list)  # gazetteer ids of the places that fit the last part
    gz: object = field(default=None, repr=False, compare=False)

    @property
    def written(self) -> str:
        return "".join(self.parts)

    @property
    def places(self) -> list:
        return [self.gz.place(i) for i in self.ids]


def _fits(gz, ids: tuple[int, ...], parents: list[int]) -> list[int]:
    """The ids lying under one of `parents` (all of them when no parent is given)."""
    if not parents:
        return list(ids)
    above = set(parents)
    return [i for i in ids if not above.isdisjoint(ancestors(gz, i))]


def ancestors(gz, i: int) -> list[int]:
    out, at = [], gz.parents[i]
    while at >= 0:
        out.append(at)
        at = gz.parents[at]
    return out


def _town_named(name: str, lex: Lexicon) -> bool:
    """The data holds a few towns named 社区 or 虚拟社区: a town's name ends in a town suffix."""
    sufs = tuple(lex.section("admin").get("town_suffixes", ["镇", "乡", "街道"]))
    return name.endswith(sufs) and name not in sufs


def _name_at(gz, idx: _Index, text: str, i: int, max_level: int, short: bool) -> tuple[str, tuple[int, ...]] | None:
    for n in gz.heads.get(text[i:i + 2], ()):
        s = text[i:i + n]
        if s in idx.skip:
            continue
        ids = tuple(j for j in gz.ids(s) if (gz.levels[j] < TOWN or gz.levels[j] <= max_level and (
            gz.levels[j] == VILLAGE or gz.names[j] == s and _town_named(s, idx.lex)))
            and (short or gz.names[j] == s or gz.levels[j] == TOWN))
        if ids:
            return s, ids
    return None


def areas_in(text: str, lex: Lexicon, short: bool = False, villages: bool = False) -> list[Area]:
    """Every chain of gazetteer area names in `text`, left to right. `short` admits short forms
    (湖南, 宁海, 盐城) where the name is not followed by more characters of a word; `villages` lets
    a chain end in a village of the area before it (宁海岭口村)."""
    gz, idx = gazetteer(lex), _area_index(lex)
    out: list[Area] = []
    i, n = 0, len(text)
    while i < n:
        hit = _name_at(gz, idx, text, i, TOWN, short)
        if hit is None or (i > 0 and is_han(text[i - 1]) and _glued(text, i, hit[0], gz, idx)):
            i += 1
            continue
        s, ids = hit
        area = Area(i, i + len(s), [s], list(ids), gz)
        j = area.end
        while j < n:
            nxt = _name_at(gz, idx, text, j, VILLAGE if villages else TOWN, short)
            if nxt is None and villages:
                nxt = _town_written_short(gz, idx, text, j, area.ids) or _village_at(gz, text, j, area.ids)
            if nxt is None:
                break
            fit = _fits(gz, nxt[1], area.ids)
            if not fit:
                break
            area.parts.append(nxt[0])
            area.ids, area.end, j = fit, j + len(nxt[0]), j + len(nxt[0])
        if short and not _short_ok(gz, area, text):
            i += 1
            continue
        out.append(area)
        i = area.end
    return out


def _town_written_short(gz, idx: _Index, text: str, j: int, parents: list[int]):
    """A town of the area before it, its suffix written short (东丽区万新街香邑花园社区: 万新街道)."""
    for long, short in idx.short_suffixes:
        k = text.find(short, j + 2, j + 8)
        if k < 0:
            continue
        fit = _fits(gz, tuple(i for i in gz.ids(text[j:k] + long) if gz.levels[i] == TOWN), parents)
        if fit:
            return text[j:k + len(short)], tuple(fit)
    return None


def _village_at(gz, text: str, j: int, parents: list[int]):
    for n in range(min(12, len(text) - j), 1, -1):
        s = text[j:j + n]
        ids = tuple(k for k in gz.ids(s) if gz.levels[k] == VILLAGE)
        if ids and _fits(gz, ids, parents):
            return s, ids
    return None


def _glued(text: str, i: int, name: str, gz, idx: _Index) -> bool:
    """Is this name the tail of a longer area name that starts earlier (城南新区 inside 江城南新区)?
    Only a name that itself starts within two characters before counts."""
    for back in (1, 2):
        if i - back >= 0:
            hit = _name_at(gz, idx, text, i - back, TOWN, False)
            if hit and i - back + len(hit[0]) > i:
                return True
    return False


def _short_ok(gz, area: Area, text: str) -> bool:
    """A short form stands for a place when it is a province's, when it leads a chain of two or
    more names, or when no word character follows it (盐城20个村, 蔡甸：…)."""
    first = area.parts[0]
    firsts = [gz.place(i) for i in gz.ids(first)]
    if any(p.name == first for p in firsts) or (len(first) >= 3 and first[-1] in "省市州盟县区旗"):
        return True  # written in full, or as 阿坝州 / 罗城县
    if len(area.parts) > 1 or any(p.level == 0 for p in firsts):
        return True
    after = text[area.end:area.end + 1]
    if after and is_han(after):
        return False
    from ..segment import predicate_words  # (loads jieba's word list, not its dictionary)

    return first not in predicate_words()  # 推进乡村全面振兴。: a verb, not 振兴区


def village_forms(name: str) -> list[str]:
    """The gazetteer spells a community 龙塔社区; documents write 龙塔社区居委会, 龙塔村委会 too."""
    forms = [name]
    for long, short in (("社区居委会", "社区"), ("居民委员会", "社区"), ("村民委员会", "村"), ("村委会", "村"),
                        ("居委会", "社区")):
        if name.endswith(long) and len(name) > len(long):
            forms.append(name[:-len(long)] + short)
    return forms


def context_ids(gz, areas: list[Area]) -> set[int]:
    return {i for a in areas for i in a.ids}
