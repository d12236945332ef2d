"""Village-level units fitted to the gazetteer: boundaries cut or extended to gazetteer names, and
each unit's code and resolution (exact, context, ambiguous, unknown), its unwritten levels completed
from the document's own places first (names that only look like villages: plausible_names.py)."""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..model import Unit, Warning
from ..patterns import CJK
from ..segment import predicate_words
from .admin import rules as unit_rules
from .places import COUNTY, LEVEL_ATTRS, TOWN, VILLAGE, Area, ancestors, areas_in, context_ids, gazetteer, village_forms
from .village_cues import quoted_kind


def _matching(gz, ids: list[int], written: list[str]) -> list[int]:
    """The villages among `ids` whose chain holds every written part (by name or short form)."""
    wanted = [set(gz.ids(w)) for w in written]
    out = []
    for i in ids:
        above = set(ancestors(gz, i))
        if all(w & above for w in wanted):
            out.append(i)
    return out


def _under(gz, places: list, ids: set[int]) -> list:
    return [p for p in places if ids.intersection(ancestors(gz, p.id))]


def resolve_units(units: list[Unit], region: str | None, text: str, lex: Lexicon) -> list[Warning]:
    """Give each unit its gazetteer chain, `adcode` and `resolution` (exact | context | ambiguous |
    unknown), completing province…town where the chain is settled. Returns warnings for units the
    gazetteer lacks."""
    if not units:
        return []
    gz = gazetteer(lex)
    region_areas = areas_in(region, lex, short=True) if region else []
    written_parents = [getattr(u, a) for u in units for a in LEVEL_ATTRS if getattr(u, a)]
    tiers = _Context([lambda: context_ids(gz, region_areas),
                      lambda: {i for w in set(written_parents) for i in gz.ids(w) if gz.levels[i] <= TOWN},
                      lambda: context_ids(gz, areas_in(text, lex))])
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
    named = [i for form in village_forms(village) for i in gz.ids(form) if gz.levels[i] == VILLAGE]
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
    from .mentions import UnitIndex

    index = UnitIndex(units, lex)
    for t in tiers:
        u = index.resolve(t.unit)
        if u is not None:
            t.adcode, t.resolution = u.adcode, u.resolution


AREA_ENDS = "省市区县旗州盟镇乡道木"


def _levels_of(gz, parts: list[str], place) -> dict[str, str]:
    """Which level each written part of a chain is, read from the place it leads to."""
    above = set(ancestors(gz, place.id))
    out: dict[str, str] = {}
    for p in parts:
        hits = [gz.levels[i] for i in gz.ids(p) if i in above]
        if hits:
            out.setdefault(LEVEL_ATTRS[min(hits)], p)
    return out


def _kind(name: str, lex: Lexicon) -> str:
    """村 or 社区, by the name's last part (units.toml [kinds]: 嘎查 is a 村, 居委会 a 社区)."""
    kinds = unit_rules(lex).kinds
    suffix = next((k for k in sorted(kinds, key=len, reverse=True) if name.endswith(k)), "")
    return "村" if name.endswith("村委会") else kinds.get(suffix, "社区")


def fit_units(units: list[Unit], doc, lex: Lexicon) -> list[Unit]:
    """Units trimmed, extended and completed where a gazetteer name fits the text:
    - a phrase glued before a chain is cut (清廉村居建设省级典型村鄂州市蒲团乡石竹村 → 鄂州市蒲团乡石竹村);
    - a phrase glued before the village is cut (古南街道多次到花坝村 → 花坝村, town kept as context);
    - a chain of gazetteer names ending in a village under the places before it is a unit, in its
      longest written form, even where suffix rules missed it (夏店镇付村, 曾都何店镇桂华村, 北山镇仁村村)."""
    from .mentions import count_mentions

    gz = gazetteer(lex)
    for u in units:
        _trim_head(gz, u, lex)
        _trim_county_phrase(gz, u)
        _trim_village(gz, u, lex)
    by_village: dict[str, list[Unit]] = {}
    for u in units:
        by_village.setdefault(u.village or u.unit, []).append(u)
    kinds = sorted(lex.section("admin").get("village_suffixes", ["社区", "村"]), key=len, reverse=True)
    sufs = "|".join(kinds)
    new_village = re.compile(rf"[{CJK}]{{2,5}}(?:{sufs})")
    for a, rest, at in _village_chains(doc.text, lex):
        if quoted_kind(doc.text, at + a.start, at + a.end, kinds):
            continue  # “河南省和谐社区建设示范社区”: an honour's words, though the gazetteer has a 和谐社区 there
        if len(a.parts) >= 2 and a.ids and gz.levels[a.ids[0]] < VILLAGE and new_village.fullmatch(rest):
            # a whole clause: a chain of gazetteer areas, then a village the data lacks
            # (7、云南省西双版纳景洪市曼远村: 西双版纳 has no suffix for the suffix rules)
            written, village = a.written + rest, rest
            parts = _levels_of(gz, a.parts, gz.place(a.ids[0]))
            if not parts or any(f.endswith(v) for f in village_forms(village) for v in by_village) \
                    or any(u.unit.endswith(written) for u in units) \
                    or village[0] in unit_rules(lex).never_in:  # 红石林镇的龙天坪村: a name read already
                continue
            new = Unit(unit=written, village=village, kind=_kind(village, lex), **parts)
            units.append(new)
            by_village.setdefault(village, []).append(new)
            continue
        if len(a.parts) < 2 or not a.ids or gz.levels[a.ids[0]] != VILLAGE:
            continue
        written, village = a.written, a.parts[-1]
        parts = _levels_of(gz, a.parts[:-1], gz.place(a.ids[0]))
        if "town" not in parts and not any(gz.names[i] == p for p in a.parts[:-1] for i in gz.ids(p)):
            continue  # 宁海岭口村: short forms alone make no address
        # a level the unit took from context (随州市 from the region) yields to one the text writes
        same = [u for u in by_village.get(village, []) if all(
            not getattr(u, lv) or getattr(u, lv) not in u.unit or set(gz.ids(getattr(u, lv))) & set(gz.ids(v))
            for lv, v in parts.items())]
        if same:
            u = same[0]
            if len(written) > len(u.unit) and written.endswith(u.unit) and not u.unit.endswith(written):
                u.unit = written
                for lv, v in parts.items():
                    setattr(u, lv, v)
            continue
        shorter = [u for us in by_village.values() for u in us if village.endswith(u.village or "")
                   and len(u.village or "") <= len(village) and written.endswith(u.unit)]
        if shorter:  # 北山镇仁村 read short of 北山镇仁村村; 站镇姜家村, its town cut short, of 毛都站镇姜家村
            u = shorter[0]
            u.unit, u.village = written, village
            for lv, v in parts.items():
                setattr(u, lv, v)
            by_village.setdefault(village, []).append(u)
            continue
        new = Unit(unit=written, village=village, kind=_kind(village, lex), **parts)
        units.append(new)
        by_village.setdefault(village, []).append(new)
    # 時任縣后村村委會主任: a bare name ending in a village the document writes with its address is that
    # village, the words before it the sentence's (unless the gazetteer holds the longer name)
    villages = {u.village for u in units if u.village and u.unit != u.village}
    units = [u for u in units if gz.ids(u.unit) or not any(
        u.unit.endswith(v) and u.unit != v and u.unit[-len(v) - 1] not in AREA_ENDS
        and not areas_in(u.unit[:-len(v)], lex, short=True) for v in villages)]
    merged: dict[str, Unit] = {}
    for u in units:
        merged.setdefault(u.unit, u)
    out = list(merged.values())
    count_mentions(doc, out)
    out = [u for u in out if u.mentions or u.sentence]
    out.sort(key=lambda u: u.start)
    return out


def _village_chains(text: str, lex: Lexicon) -> list[tuple[Area, str, int]]:
    """Area chains of the clauses that can hold one ending in a village (a village suffix and an
    area's last character both in the clause), each with the rest of its clause: most of a long
    document is never scanned; and the clause's offset."""
    sufs = tuple(lex.section("admin").get("village_suffixes", ["社区", "村"]))
    out = []
    for m in re.finditer(r"[^，。；、！？：\n,;!?:]+", text):
        clause = m.group(0)
        if any(v in clause for v in sufs) and any(c in clause for c in AREA_ENDS):
            out += [(a, clause[a.end:].strip(), m.start()) for a in areas_in(clause, lex, short=True, villages=True)]
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


def _trim_county_phrase(gz, u: Unit) -> None:
    """我老家武义县柳城镇县后村: a county read by its suffix that is no gazetteer name but ends with one
    (老家武义县 → 武义县) starts where that name does; the words before it are the sentence's."""
    c = u.county or ""
    if not c or not u.unit.startswith(c) or gz.ids(c):
        return
    for k in range(1, len(c) - 2):
        if gz.ids(c[:k]):
            return  # 沈阳法库县: a city's short form before the county, not a phrase
        if any(gz.levels[i] == COUNTY and gz.names[i] == c[k:] for i in gz.ids(c[k:])):
            u.unit, u.county = u.unit[k:], c[k:]
            return


def _trim_village(gz, u: Unit, lex: Lexicon) -> None:
    v = u.village or ""
    if u.unit == v or len(v) < 4 or any(gz.levels[i] == VILLAGE for f in village_forms(v) for i in gz.ids(f)):
        return
    from ..segment import cut

    written = [getattr(u, a) for a in LEVEL_ATTRS if getattr(u, a)]
    # 富民社区下村: the gazetteer's 富民社区, then a hamlet in it (下村); a community holds no village, but
    # a village's name may hold another's (张家村新村), so only a community is cut off so
    for k in range(len(v) - 2, 2, -1):
        head = v[:k]
        if head.endswith("社区") and _matching(gz, [i for i in gz.ids(head) if gz.levels[i] == VILLAGE], written):
            u.unit, u.village = u.unit[:len(u.unit) - (len(v) - k)], head
            return
    for k in range(1, len(v) - 2):
        tail = v[k:]
        ids = [i for i in gz.ids(tail) if gz.levels[i] == VILLAGE]
        # only a phrase is cut (多次到), never the first half of a name (查干湖渔乐新村 keeps 渔乐)
        if ids and _matching(gz, ids, written) and any(w in predicate_words() for w in cut(v[:k], lex)):
            u.unit = u.village = tail  # the town stays as the village's context
            return
