"""Area names read with the gazetteer: whether a string is one chain of areas, the first chain a
text writes (stopping above a village's town), a short form written in full (蔡甸 → 蔡甸区), a
region's whole chain from the province down, and names cleaned of the words glued before them."""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..model import Unit
from ..patterns import CJK
from ..segment import predicate_words
from .admin import level_suffixes
from .places import COUNTY, TOWN, VILLAGE, areas_in, gazetteer


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
              prefer_full: bool = False, keep_town: bool = False) -> tuple[str, bool] | None:
    """The first area chain `text` writes, as written, and whether it ended at a town the text
    names as such. A chain that goes on to a village stops above the village's town: the town is
    the village's address (四川省广元市苍溪县陵江镇六河村 → 四川省广元市苍溪县). A name is read only
    where a word starts and ends (文明村镇 holds no 明村镇, 促进乡村振兴 no 促进乡), and not as the name
    of a paper or site (`media`: 浙江日报, 四川在线). `prefer_full` takes a name written in full over a short one;
    `keep_town` keeps a village's town (the caller weighs whether the story is about it)."""
    starts, ends = word_bounds(text, lex)
    gz = gazetteer(lex)
    found = [a for a in areas_in(text, lex, short=short, villages=True)
             if a.start in starts and not text.startswith(media, a.end)]
    if prefer_full:
        suffixes = level_suffixes(lex, "county")  # a county's former name (宁乡县 for 宁乡市) is written in full too
        full = [a for a in found if len(a.parts) > 1 or any(gz.names[i] == a.parts[0] for i in gz.ids(a.parts[0]))
                or (len(a.parts[0]) >= 3 and a.parts[0].endswith(suffixes)
                    and any(gz.levels[i] == COUNTY for i in gz.ids(a.parts[0])))]
        found = full or found
    for a in found:
        levels = [min(gz.levels[i] for i in gz.ids(p)) if gz.ids(p) else VILLAGE for p in a.parts]
        parts = a.parts
        if levels[-1] != VILLAGE and a.end not in ends:  # 促进乡村振兴 holds no 促进乡: a name ends where a word does
            # …昌宁县田园镇德馨安置区: the segmenter glues 镇德; the chain above the town still ends a word
            cut = next((k for k in range(len(parts) - 1, 0, -1) if a.start + len("".join(parts[:k])) in ends), 0)
            if not cut:
                continue
            parts, levels = parts[:cut], levels[:cut]
        if levels[-1] == TOWN and _village_follows(text, a.end, lex):  # a village the data lacks (六河村)
            levels, parts = levels + [VILLAGE], parts + [""]
        if levels[-1] == VILLAGE:
            parts = parts[:-1]
            if len(parts) > 1 and levels[len(parts) - 1] == TOWN and not keep_town:
                parts = parts[:-1]
        if parts and len(parts) == len(a.parts) and levels[-1] < COUNTY and (zone := _zone_after(text, a.end, lex, ends)):
            return "".join(parts) + zone[0], zone[1]  # 贵州双龙航空港经济区小碧乡: a zone the data lacks
        if parts:
            return "".join(parts), levels[len(parts) - 1] == TOWN
    return None


def _zone_after(text: str, at: int, lex: Lexicon, ends: set[int]) -> tuple[str, bool] | None:
    """A functional zone administered as a county (…经济区, …开发区, …新区: the county suffixes that are
    zones), maybe with a town under it ending where a word ends, written right after a province or
    city the gazetteer holds."""
    zones = sorted((x for x in level_suffixes(lex, "county") if len(x) >= 2 and x.endswith("区")), key=len, reverse=True)
    towns = sorted(level_suffixes(lex, "town"), key=len, reverse=True)
    m = re.match(rf"[{CJK}]{{2,6}}?(?:{'|'.join(zones)})", text[at:])
    if not m or not _zone_name_ok(m.group(0), lex):
        return None
    zone = m.group(0)
    for t in re.finditer(rf"(?=([{CJK}]{{1,6}}?(?:{'|'.join(towns)})))", text[at + len(zone):at + len(zone) + 12]):
        if t.start() == 0 and at + len(zone) + len(t.group(1)) in ends:
            return zone + t.group(1), True
    return zone, False


def _zone_name_ok(name: str, lex: Lexicon) -> bool:
    from ..segment import cut

    words = cut(name, lex)
    return bool(words) and words[0] not in predicate_words()


def _village_follows(text: str, at: int, lex: Lexicon) -> bool:
    return bool(village_at(text, at, lex))


def village_at(text: str, at: int, lex: Lexicon) -> str:
    """The village name written at `at` (…陵江镇六河村, …沙田镇沙田村), whether the data holds it or not; ''."""
    sufs = "|".join(sorted(lex.section("admin").get("village_suffixes", ["社区", "村"]), key=len, reverse=True))
    m = re.match(rf"[{CJK}]{{1,5}}?(?:{sufs})", text[at:])
    return m.group(0) if m else ""


def full_name(short_name: str, text: str, lex: Lexicon) -> str:
    """A short form (蔡甸) as the text writes it in full elsewhere (蔡甸区), else unchanged."""
    gz = gazetteer(lex)
    ids = {i for i in gz.ids(short_name) if gz.levels[i] <= TOWN}
    fulls = {gz.names[i] for i in ids if gz.names[i] != short_name}
    written = [f for f in fulls if f in text]
    if not written and not any(gz.names[i] == short_name for i in ids):
        # 麻阳 written 麻阳县: a form the gazetteer knows for the same place (麻阳苗族自治县)
        written = list({short_name + suf for suf in level_suffixes(lex) if short_name + suf in text
                        and ids & set(gz.ids(short_name + suf))})
    return written[0] if len(written) == 1 else short_name


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
    if len(places) > 1:  # 城关镇: the one holding the document's villages (most of them: one of ten
        # villages found under one of eight 板桥乡 is chance, not the document's town)
        codes = [u.adcode for u in units if getattr(u, "adcode", "")]
        held = [p for p in places if 2 * codes.count(p.adcode) >= len(units)]
        places = held if len(held) == 1 else places
    if len(places) != 1:
        return None
    chain = list(places[0].chain)
    if len(chain) > 1 and chain[1] == chain[0]:
        del chain[1]
    return "".join(chain) + rest


def strip_predicates(name: str, lex: Lexicon) -> str:
    """An area name read by suffix rules without its leading verbs, adverbs and conjunctions
    (如果平湖市 → 平湖市, 但麦镇 → 麦镇, 超额完成县 → 县): a name starts where such words end."""
    from ..segment import cut

    if is_area(name, lex) and gazetteer(lex).ids(name):
        return name  # a name the gazetteer holds whole is a name (小关镇, not 小 + 关镇)
    words = cut(name, lex)
    k = 0
    while k < len(words) - 1 and words[k] in predicate_words():
        k += 1
    return "".join(words[k:])


# --- the region a document speaks for ---------------------------------------------------------
def word_bounds(text: str, lex: Lexicon) -> tuple[set[int], set[int]]:
    """The offsets where jieba's words start and end in `text`. A word that is a level's suffix and
    an organ (乡政府, 镇党委, 县委) is cut after the suffix: 板桥乡政府 holds the town 板桥乡."""
    from ..segment import cut

    sufs, organs = lex.compiled("area_names.organs", lambda lex: (
        level_suffixes(lex), frozenset(lex.section("admin").get("org_suffixes", []))))
    starts, ends, at = set(), set(), 0
    for w in cut(text, lex):
        at = text.find(w, at)
        starts.add(at)
        suf = next((x for x in sufs if w.startswith(x) and w[len(x):] in organs), None)
        if suf:
            ends.add(at + len(suf))
            starts.add(at + len(suf))
        at += len(w)
        ends.add(at)
    return starts, ends


def written_whole(name: str, text: str, lex: Lexicon) -> str:
    """The longest chain the text writes ending with the area (南寨镇 → 贵州省黔东南州剑河县南寨镇)."""
    best = name
    for m in re.finditer(re.escape(name), text):
        lo = max(0, m.start() - 24)
        for a in areas_in(text[lo:m.end()], lex, short=True):
            if lo + a.end == m.end() and m.end() - lo - a.start > len(best):
                best = text[lo + a.start:m.end()]
    return best
