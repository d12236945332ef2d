"""Village names (start, end, name, kind) read by cues other than a name's shape, where the suffix rules would reject or
miss them: a village in brackets right after its town (峰峰矿区响堂水镇(东和村)), a village the
gazetteer holds under the town the document speaks for, written before a word that would otherwise
make it a phrase (想不到新厂村干部贪污…, 维西县中路乡), and a village the gazetteer holds under a town
written just before it (在五寨县砚城镇，人和村的村民们…)."""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..patterns import CJK
from .admin import Rules


def region_villages(text: str, r: Rules, taken: list[tuple[int, int]], region: str | None,
                     lex: Lexicon) -> list:
    """想不到新厂村干部贪污低保…: a bare name the word after it would make a word (村干部, 村民) is still a
    village where the gazetteer holds it under the town the document speaks for (维西县中路乡)."""
    if not region or not any(region.endswith(t) for t in r.suffixes["town"]):
        return []
    from .places import areas_in, gazetteer

    chains = areas_in(region, lex, short=True)
    towns = {i for a in chains for i in a.ids} if chains else set()
    if not towns:
        return []
    gz = gazetteer(lex)
    sufs = "|".join(map(re.escape, sorted(r.village_suffixes, key=len, reverse=True)))
    words = "|".join(map(re.escape, r.not_after_bare))
    out = []
    for m in re.finditer(rf"([{CJK}]{{2,4}}?(?:{sufs}))(?={words})", text):
        for k in range(m.start(1), m.end(1) - 2):  # the name may start after a verb (想不到新厂村)
            name = text[k:m.end(1)]
            if any(a <= k < b for a, b in taken):
                break
            if any(gz.parents[i] in towns for i in gz.ids(name) if gz.levels[i] == 4):
                out.append((k, m.end(1), name, next(r.kinds[x] for x in r.village_suffixes if name.endswith(x))))
                break
    return out


def opening_villages(text: str, r: Rules, taken: list[tuple[int, int]]) -> list:
    """中心村位于板橋鄉政府的中部: a line that opens on a name and a verb locating it (a profile's first
    words) names a village, even one whose name is elsewhere a word (中心村, 示范村)."""
    if not r.locating_verbs:
        return []
    sufs = "|".join(map(re.escape, sorted(r.village_suffixes, key=len, reverse=True)))
    verbs = "|".join(map(re.escape, r.locating_verbs))
    out = []
    for m in re.finditer(rf"^[\s\-—]*([{CJK}]{{1,4}}?(?:{sufs}))(?:{verbs})", text, re.M):
        a, b = m.span(1)
        if not any(x <= a < y or x < b <= y for x, y in taken) and not set(text[a:b]) & r.never_in:
            out.append((a, b, text[a:b], next(r.kinds[k] for k in r.village_suffixes if text[a:b].endswith(k))))
    return out


def bracketed(text: str, r: Rules, taken: list[tuple[int, int]]) -> list:
    """峰峰矿区响堂水镇(东和村): a village named in brackets right after its town."""
    towns = "|".join(map(re.escape, sorted(r.suffixes["town"], key=len, reverse=True)))
    sufs = "|".join(map(re.escape, sorted(r.village_suffixes, key=len, reverse=True)))
    out = []
    for m in re.finditer(rf"(?:{towns})[（(]([{CJK}]{{2,6}}?(?:{sufs}))[）)]", text):
        a, b = m.span(1)
        if not any(x <= a < y for x, y in taken) and not set(text[a:b]) & r.never_in:
            kind = next(r.kinds[k] for k in r.village_suffixes if text[a:b].endswith(k))
            out.append((a, b, text[a:b], kind))
    return out


def town_villages(text: str, r: Rules, taken: list[tuple[int, int]], lex: Lexicon) -> list:
    """在京山市何集镇，熊桥村的村民们…: a name written alone that the gazetteer holds under a town the
    same paragraph wrote just before it (within 40 characters) is that town's village."""
    from .places import TOWN, VILLAGE, gazetteer

    gz = gazetteer(lex)
    sufs = "|".join(map(re.escape, sorted(r.village_suffixes, key=len, reverse=True)))
    towns = "|".join(map(re.escape, sorted(r.suffixes["town"], key=len, reverse=True)))
    out = []
    for m in re.finditer(rf"(?<=[，,、；;：:。\s])([{CJK}]{{2,5}}?(?:{sufs}))(?![{CJK}]?(?:{towns}))", text):
        a, b = m.span(1)
        if any(x <= a < y or x < b <= y for x, y in taken) or set(text[a:b]) & r.never_in:
            continue
        before = text[max(0, a - 40):a]
        before = before[before.rfind("\n") + 1:]
        parents = {gz.parents[i] for i in gz.ids(text[a:b]) if gz.levels[i] == VILLAGE}
        if any(gz.levels[t] == TOWN and gz.names[t] in before for t in parents):
            out.append((a, b, text[a:b], next(r.kinds[k] for k in r.village_suffixes if text[a:b].endswith(k))))
    return out


def in_gazetteer(name: str, lex: Lexicon) -> bool:
    from .places import VILLAGE, gazetteer

    gz = gazetteer(lex)
    return any(gz.levels[i] == VILLAGE for i in gz.ids(name))


def in_counties(name: str, counties: set, lex: Lexicon) -> bool:
    """Does the gazetteer hold the village under one of these counties (通榆县)?"""
    from .places import VILLAGE, ancestors, gazetteer

    gz = gazetteer(lex)
    ids = {i for c in counties for i in gz.ids(c)}
    return bool(ids) and any(gz.levels[i] == VILLAGE and ids & set(ancestors(gz, i)) for i in gz.ids(name))


def quoted_kind(text: str, start: int, end: int, suffixes) -> bool:
    """Does a quote open right before the name and go on into a kind of community (“河南省和谐社区建设示范社区”,
    “幸福社区”试点社区)? Then the name is an honour's words, not a unit."""
    if text[start - 1:start] != "“":
        return False
    close = text.find("”", end, end + 13)
    kinds = "|".join(map(re.escape, suffixes))
    return close > end and re.search(rf"(?:{kinds})$", text[end:close]) is not None \
        or close == end and re.match(rf"[{CJK}]{{1,4}}?(?:{kinds})(?![{CJK}])", text[close + 1:close + 7]) is not None
