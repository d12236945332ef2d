"""Places read with the national gazetteer (qlcli.gazetteer): area chains in text, the full chain
and code of each village-level unit, and a document's region written in full.

A name found in the gazetteer settles what suffix rules cannot: where a name starts (如果平湖市 →
平湖市), which county a bare village belongs to, and whether 弘扬社区 is a place at all. Context comes
first: a village is placed by the areas the document itself writes (its region, the towns and
counties of its other units, areas named in its text); the gazetteer alone places it only when
the name is unique in China and nothing in the document contradicts it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import Lexicon
from ..model import Unit, Warning

CJK_LO, CJK_HI = "\u4e00", "\u9fff"
TOWN = 3
VILLAGE = 4


def _gazetteer(lex: Lexicon):
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


def _area_index(lex: Lexicon) -> _Index:
    return lex.compiled("places.area_index",
                        lambda lex: _Index(frozenset(lex.section("places").get("not_areas", [])), lex))


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


def _cjk(c: str) -> bool:
    return CJK_LO <= c <= CJK_HI


def _fits(gz, ids: tuple[int, ...], parents: list[int]) -> list[int]:
    """The ids lying under one of `parents` (all of them when no parent is given)."""
    if not parents:
        return list(ids)
    above = set(parents)
    return [i for i in ids if not above.isdisjoint(_ancestors(gz, i))]


def _ancestors(gz, i: int) -> list[int]:
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
    gz, idx = _gazetteer(lex), _area_index(lex)
    out: list[Area] = []
    i, n = 0, len(text)
    while i < n:
        hit = _name_at(gz, idx, text, i, TOWN, short)
        if hit is None or (i > 0 and _cjk(text[i - 1]) and _glued(text, i, hit[0], gz, idx)):
            i += 1
            continue
        s, ids = hit
        area = Area(i, i + len(s), [s], list(ids), gz)
        j = area.end
        while j < n:
            nxt = _name_at(gz, idx, text, j, VILLAGE if villages else TOWN, short)
            if nxt is None and villages:
                nxt = _village_at(gz, text, j, area.ids)
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
    return not after or not _cjk(after)


# --- units -------------------------------------------------------------------------------------

LEVEL_ATTRS = ("province", "city", "county", "town")


def _village_forms(name: str) -> list[str]:
    """The gazetteer spells a community 龙塔社区; documents write 龙塔社区居委会, 龙塔村委会 too."""
    forms = [name]
    for long, short in (("社区居委会", "社区"), ("居民委员会", "社区"), ("村民委员会", "村"), ("村委会", "村"),
                        ("居委会", "社区")):
        if name.endswith(long) and len(name) > len(long):
            forms.append(name[:-len(long)] + short)
    return forms


def _matching(gz, ids: list[int], written: list[str]) -> list[int]:
    """The villages among `ids` whose chain holds every written part (by name or short form)."""
    wanted = [set(gz.ids(w)) for w in written]
    out = []
    for i in ids:
        above = set(_ancestors(gz, i))
        if all(w & above for w in wanted):
            out.append(i)
    return out


def _context_ids(gz, areas: list[Area]) -> set[int]:
    return {i for a in areas for i in a.ids}


def _under(gz, places: list, ids: set[int]) -> list:
    return [p for p in places if ids.intersection(_ancestors(gz, p.id))]


def resolve_units(units: list[Unit], region: str | None, text: str, lex: Lexicon) -> list[Warning]:
    """Give each unit its gazetteer chain, `adcode` and `resolution` (exact | context | ambiguous |
    unknown), completing province…town where the chain is settled. Returns warnings for units the
    gazetteer lacks."""
    if not units:
        return []
    gz = _gazetteer(lex)
    region_areas = areas_in(region, lex, short=True) if region else []
    written_parents = [getattr(u, a) for u in units for a in LEVEL_ATTRS if getattr(u, a)]
    tiers = _Context([lambda: _context_ids(gz, region_areas),
                      lambda: {i for w in set(written_parents) for i in gz.ids(w) if gz.levels[i] <= TOWN},
                      lambda: _context_ids(gz, areas_in(text, lex))])
    warnings = []
    for u in units:
        _resolve_one(gz, u, tiers)
        if u.resolution == "unknown":
            warnings.append(Warning("unknown_place", f"{u.unit} is not in the gazetteer where the document places "
                                    "it (a new or merged village, or not a place): kept, check it",
                                    u.sentence, u.start, u.end))
    return warnings


class _Context:
    """The document's places from nearest to widest, each read only when a unit needs it."""

    def __init__(self, makers):
        self.makers, self.done = makers, {}

    def __getitem__(self, k: int) -> set[int]:
        if k not in self.done:
            self.done[k] = self.makers[k]()
        return self.done[k]

    def __iter__(self):
        return (self[k] for k in range(len(self.makers)))


def _resolve_one(gz, u: Unit, tiers: _Context) -> None:
    written = [getattr(u, a) for a in LEVEL_ATTRS if getattr(u, a)]
    village = u.village or u.unit
    named = [i for form in _village_forms(village) for i in gz.ids(form) if gz.levels[i] == VILLAGE]
    found = [gz.place(i) for i in _matching(gz, named, written)]
    resolution = "exact"
    if not found and u.town and len(written) > 1:
        # towns are merged and renamed often: the village under the written county, in another town
        moved = _matching(gz, named, [w for w in written if w != u.town])
        if len(moved) == 1:
            u.resolution, u.adcode = "context", gz.place(moved[0]).adcode
            _complete(u, gz.place(moved[0]), upto=TOWN - 1)
            return
    if len(found) > 1:
        resolution = "ambiguous"
        for ids in tiers:
            narrowed = _under(gz, found, ids)
            if narrowed:
                found = narrowed
            if len(found) == 1:
                resolution = "context"
                break
    elif len(found) == 1 and not written and tiers[0] and not _under(gz, found, tiers[0] | tiers[1] | tiers[2]):
        resolution = "unknown"  # unique in China, but the document places its villages elsewhere
        found = []
    if not found:
        u.resolution, u.adcode = "unknown", ""
        return
    if len(found) > 1:
        u.resolution = "ambiguous"
        codes = {p.adcode for p in found}
        u.adcode = codes.pop() if len(codes) == 1 else ""
        return
    u.resolution, u.adcode = resolution, found[0].adcode
    _complete(u, found[0], upto=TOWN)


def _complete(u: Unit, place, upto: int) -> None:
    """Fill the levels the document left unwritten, from the province down to `upto`."""
    for level, attr in enumerate(LEVEL_ATTRS[:upto + 1]):
        if not getattr(u, attr) and level < len(place.chain) - 1:
            name = place.chain[level]
            if not (attr == "city" and name == place.chain[0]):  # 重庆市 is province and city
                setattr(u, attr, name)


def resolve_tiers(tiers: list, units: list[Unit], lex: Lexicon) -> None:
    """An award row takes the code and resolution of the unit it names."""
    from .units import UnitIndex

    index = UnitIndex(units, lex)
    for t in tiers:
        u = index.resolve(t.unit)
        if u is not None:
            t.adcode, t.resolution = u.adcode, u.resolution


def full_region(region: str | None, units: list[Unit], lex: Lexicon) -> str | None:
    """The region's whole chain from the province down (渝北区 → 重庆市渝北区), or None when the
    gazetteer does not settle which place it is."""
    if not region:
        return None
    areas = areas_in(region, lex, short=True)
    if not areas or areas[0].start != 0:
        return None
    rest = region[areas[0].end:]  # a town the gazetteer does not hold under it yet: kept as written
    places = areas[0].places
    if len(places) > 1:  # 城关镇: the one holding the document's villages
        codes = {u.adcode for u in units if getattr(u, "adcode", "")}
        held = [p for p in places if p.adcode in codes]
        places = held if len(held) == 1 else places
    if len(places) != 1:
        return None
    chain = list(places[0].chain)
    if len(chain) > 1 and chain[1] == chain[0]:
        del chain[1]
    return "".join(chain) + rest


# --- regions -----------------------------------------------------------------------------------

def is_area(name: str, lex: Lexicon) -> bool:
    """Is `name` one chain of gazetteer areas from its first character to its last?"""
    areas = areas_in(name, lex, short=True)
    return len(areas) == 1 and areas[0].start == 0 and areas[0].end == len(name)


def trim_area(name: str, lex: Lexicon) -> str:
    """An area read by suffix rules, cut to the gazetteer chain it ends with (年指前镇 → 指前镇,
    清廉村居建设省级典型村鄂州 → 鄂州); unchanged when the gazetteer knows no area at its end."""
    areas = areas_in(name, lex, short=True)
    if areas and areas[-1].end == len(name) and areas[-1].start > 0:
        return name[areas[-1].start:]
    return name


def region_in(text: str, lex: Lexicon, short: bool = True, media: tuple[str, ...] = (),
              prefer_full: bool = False) -> tuple[str, bool] | None:
    """The first area chain `text` writes, as written, and whether it ended at a town the text
    names as such. A chain that goes on to a village stops above the village's town: the town is
    the village's address (四川省广元市苍溪县陵江镇六河村 → 四川省广元市苍溪县). A name is read only
    where a word starts (文明村镇 holds no 明村镇), and not as the name of a paper or site
    (`media`: 浙江日报, 四川在线). `prefer_full` takes a name written in full over a short one."""
    from ..segment import cut

    starts, at = set(), 0
    for w in cut(text, lex):
        at = text.find(w, at)
        starts.add(at)
        at += len(w)
    gz = _gazetteer(lex)
    found = [a for a in areas_in(text, lex, short=short, villages=True)
             if a.start in starts and not text.startswith(media, a.end)]
    if prefer_full:
        full = [a for a in found if len(a.parts) > 1 or any(gz.names[i] == a.parts[0] for i in gz.ids(a.parts[0]))]
        found = full or found
    for a in found:
        levels = [min(gz.levels[i] for i in gz.ids(p)) if gz.ids(p) else VILLAGE for p in a.parts]
        parts = a.parts
        if levels[-1] == TOWN and _village_follows(text, a.end, lex):  # a village the data lacks (六河村)
            levels, parts = levels + [VILLAGE], parts + [""]
        if levels[-1] == VILLAGE:
            parts = parts[:-1]
            if len(parts) > 1 and levels[len(parts) - 1] == TOWN:
                parts = parts[:-1]
        if parts:
            return "".join(parts), levels[len(parts) - 1] == TOWN
    return None


def _village_follows(text: str, at: int, lex: Lexicon) -> bool:
    import re

    sufs = "|".join(sorted(lex.section("admin").get("village_suffixes", ["社区", "村"]), key=len, reverse=True))
    return re.match(rf"[{CJK_LO}-{CJK_HI}]{{1,5}}?(?:{sufs})", text[at:]) is not None


def full_name(short_name: str, text: str, lex: Lexicon) -> str:
    """A short form (蔡甸) as the text writes it in full elsewhere (蔡甸区), else unchanged."""
    gz = _gazetteer(lex)
    fulls = {gz.names[i] for i in gz.ids(short_name) if gz.levels[i] <= TOWN and gz.names[i] != short_name}
    written = [f for f in fulls if f in text]
    return written[0] if len(written) == 1 else short_name


# --- which bare names are places -------------------------------------------------------------

def _base(name: str, lex: Lexicon) -> str:
    for suf in sorted(lex.section("admin").get("village_suffixes", ["社区", "村"]), key=len, reverse=True):
        if name.endswith(suf) and len(name) > len(suf):
            return name[:-len(suf)]
    return name


@lru_cache(maxsize=1)
def _predicates() -> frozenset:
    """Words jieba's dictionary tags as verbs, adverbs, adjectives, prepositions or conjunctions
    (实施, 厘清, 立足): what stands before 社区 in 实施社区治理 but names no village (0.1 s, once)."""
    import importlib.util
    import marshal

    from .. import cache

    path = os.path.join(os.path.dirname(importlib.util.find_spec("jieba").origin), "dict.txt")
    st = os.stat(path)
    key = f"predicates-{st.st_size}-{int(st.st_mtime)}.marshal"
    try:
        return frozenset(marshal.loads(cache.read(key) or b""))
    except (ValueError, EOFError, TypeError):
        pass
    out = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and parts[2][0] in "vdacp":
                out.add(parts[0])
    cache.write_atomic(key, marshal.dumps(sorted(out)))
    return frozenset(out)


def strip_predicates(name: str, lex: Lexicon) -> str:
    """An area name read by suffix rules without its leading verbs, adverbs and conjunctions
    (如果平湖市 → 平湖市, 但麦镇 → 麦镇, 超额完成县 → 县): a name starts where such words end."""
    from ..segment import cut

    words = cut(name, lex)
    k = 0
    while k < len(words) - 1 and words[k] in _predicates():
        k += 1
    return "".join(words[k:])


def plausible_units(units: list[Unit], lex: Lexicon) -> list[Unit]:
    """Drop names written alone that only look like villages: a verb or adjective before 村/社区
    (实施社区治理, 厘清社区…) names no village unless the gazetteer knows one so named. A name with
    its town or county written, one the gazetteer knows, or one that is no such word, is kept
    (a new village the gazetteer lacks stays, flagged `unknown` later)."""
    gz = _gazetteer(lex)
    out = []
    for u in units:
        village = u.village or u.unit
        if u.unit == village and _base(village, lex) in _predicates() \
                and not any(gz.levels[i] == VILLAGE for f in _village_forms(village) for i in gz.ids(f)):
            continue
        out.append(u)
    return out


# --- unit boundaries -------------------------------------------------------------------------

AREA_ENDS = "省市区县旗州盟镇乡道木"


def _levels_of(gz, parts: list[str], place) -> dict[str, str]:
    """Which level each written part of a chain is, read from the place it leads to."""
    above = set(_ancestors(gz, place.id))
    out: dict[str, str] = {}
    for p in parts:
        hits = [gz.levels[i] for i in gz.ids(p) if i in above]
        if hits:
            out.setdefault(LEVEL_ATTRS[min(hits)], p)
    return out


def _kind(name: str) -> str:
    return "村" if name.endswith("村") or name.endswith("村委会") else "社区"


def fit_units(units: list[Unit], doc, lex: Lexicon) -> list[Unit]:
    """Units trimmed, extended and completed where a gazetteer name fits the text:
    - a phrase glued before a chain is cut (清廉村居建设省级典型村鄂州市蒲团乡石竹村 → 鄂州市蒲团乡石竹村);
    - a phrase glued before the village is cut (古南街道多次到花坝村 → 花坝村, town kept as context);
    - a chain of gazetteer names ending in a village under the places before it is a unit, in its
      longest written form, even where suffix rules missed it (夏店镇付村, 曾都何店镇桂华村, 北山镇仁村村)."""
    from .units import count_mentions

    gz = _gazetteer(lex)
    for u in units:
        _trim_head(gz, u, lex)
        _trim_village(gz, u, lex)
    by_village: dict[str, list[Unit]] = {}
    for u in units:
        by_village.setdefault(u.village or u.unit, []).append(u)
    for a in _village_chains(doc.text, lex):
        if len(a.parts) < 2 or not a.ids or gz.levels[a.ids[0]] != VILLAGE:
            continue
        written, village = a.written, a.parts[-1]
        parts = _levels_of(gz, a.parts[:-1], gz.place(a.ids[0]))
        if "town" not in parts and not any(gz.names[i] == p for p in a.parts[:-1] for i in gz.ids(p)):
            continue  # 宁海岭口村: short forms alone make no address
        same = [u for u in by_village.get(village, []) if all(
            not getattr(u, lv) or set(gz.ids(getattr(u, lv))) & set(gz.ids(v)) for lv, v in parts.items())]
        if same:
            u = same[0]
            if len(written) > len(u.unit) and written.endswith(u.unit) and not u.unit.endswith(written):
                u.unit = written
                for lv, v in parts.items():
                    setattr(u, lv, v)
            continue
        shorter = [u for us in by_village.values() for u in us if village.endswith(u.village or "")
                   and len(u.village or "") < len(village) and written.endswith(u.unit)]
        if shorter:  # 北山镇仁村 read short of 北山镇仁村村
            u = shorter[0]
            u.unit, u.village = written, village
            for lv, v in parts.items():
                setattr(u, lv, v)
            by_village.setdefault(village, []).append(u)
            continue
        new = Unit(unit=written, village=village, kind=_kind(village), **parts)
        units.append(new)
        by_village.setdefault(village, []).append(new)
    merged: dict[str, Unit] = {}
    for u in units:
        merged.setdefault(u.unit, u)
    out = list(merged.values())
    count_mentions(doc, out)
    out = [u for u in out if u.mentions or u.sentence]
    out.sort(key=lambda u: u.start)
    return out


def _village_chains(text: str, lex: Lexicon) -> list[Area]:
    """Area chains of the clauses that can hold one ending in a village (a village suffix and an
    area's last character both in the clause): most of a long document is never scanned."""
    import re

    sufs = tuple(lex.section("admin").get("village_suffixes", ["社区", "村"]))
    out = []
    for m in re.finditer(r"[^，。；、！？：\n,;!?:]+", text):
        clause = m.group(0)
        if any(v in clause for v in sufs) and any(c in clause for c in AREA_ENDS):
            out += areas_in(clause, lex, short=True, villages=True)
    return out


def _trim_head(gz, u: Unit, lex: Lexicon) -> None:
    if u.unit == (u.village or u.unit):
        return
    areas = areas_in(u.unit, lex, short=True, villages=True)
    if not areas or areas[-1].end != len(u.unit) or areas[-1].start == 0 or len(areas[-1].parts) < 2:
        return
    head = u.unit[:areas[-1].start]
    if head[-1] in AREA_ENDS:  # 万盛经开区万东镇五和村: a part the gazetteer lacks, not a phrase
        return
    a = areas[-1]
    if not a.ids or gz.levels[a.ids[0]] != VILLAGE:
        return
    u.unit = u.unit[a.start:]
    for lv in LEVEL_ATTRS:
        if getattr(u, lv) and getattr(u, lv) not in u.unit:
            setattr(u, lv, None)
    for lv, v in _levels_of(gz, a.parts[:-1], gz.place(a.ids[0])).items():
        setattr(u, lv, v)


def _trim_village(gz, u: Unit, lex: Lexicon) -> None:
    v = u.village or ""
    if u.unit == v or len(v) < 4 or any(gz.levels[i] == VILLAGE for f in _village_forms(v) for i in gz.ids(f)):
        return
    from ..segment import cut

    written = [getattr(u, a) for a in LEVEL_ATTRS if getattr(u, a)]
    for k in range(1, len(v) - 2):
        tail = v[k:]
        ids = [i for i in gz.ids(tail) if gz.levels[i] == VILLAGE]
        # only a phrase is cut (多次到), never the first half of a name (查干湖渔乐新村 keeps 渔乐)
        if ids and _matching(gz, ids, written) and any(w in _predicates() for w in cut(v[:k], lex)):
            u.unit = u.village = tail  # the town stays as the village's context
            return
