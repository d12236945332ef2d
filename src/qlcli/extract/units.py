"""Village-level units (村/社区/居委会) and their parents (镇/乡/街道, 区/县/市, 市/州, 省).

A unit is written with as many parents as the writer wants (鲁能西路社区, 龙塔街道鲁能西路社区,
重庆市渝北区龙塔街道鲁能西路社区); within a document the short forms refer back to the long one.
Names are found in three passes over the normalised text:

1. lines and table cells that are nothing but unit names (award lists, case unit lines,
   table-of-contents entries "——崇州市廖家镇全兴村……22"): the whole line is the name;
2. chains in running text (…，木耳镇金刚村自开展…): each part ends in an admin suffix, the
   leftmost part starts after punctuation or a function word (data: units.toml `left_words`),
   preferring area names already seen whole in pass 1;
3. bare names (…该镇井田村…, 如今的放牛坪村): a short run before 村/社区 that is bounded on the left
   and is not a word (示范村, 空壳村, 村民, 社区治理 …: units.toml).

Reading one name into its parts is admin.py (parse_name, parse_area, names_in_line, area_of_line);
finding a document's units again in its text is mentions.py (find_mentions, resolve, UnitIndex,
written_forms).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from ..lexicon import Lexicon
from ..model import DocMeta, Document, Unit
from ..patterns import CJK
from .admin import LEVELS, PARENTS, bare_village, read_chain, Rules, rules, squash, village_chain
from .mentions import same_parents, tally_mentions
from .name_parts import RE_COUNT_TAIL, clean_item, line_names, parse_area, whole_area
from .text import sentence_at
from .village_cues import (bracketed, in_counties, in_gazetteer, opening_villages, quoted_kind, region_villages,
                           town_villages)


# --- the document pass -----------------------------------------------------------------------
@dataclass
class _Found:
    start: int
    end: int
    form: str
    parts: dict
    kind: str | None
    context: dict = field(default_factory=dict)  # parents known from around the mention
    row: tuple | None = None  # (table, row) of a table cell


def _line_units(doc: Document, r: Rules) -> tuple[list[_Found], list[tuple[int, dict]]]:
    """Units that are whole lines or cells, and area lines (广元市利州区三堆镇:) as headers.
    A table row's area cells (镇（街道） | 村（社区）) are the parents of its unit cells."""
    found, headers = [], []
    row_areas: dict[tuple, dict] = {}
    for b in doc.blocks:
        raw = b.text
        if not raw.strip() or len(raw) > 200:
            continue
        got = line_names(raw, r)
        if got is not None:
            prefix, names = got
            for a, e, ch in names:
                f = _Found(b.start + a, b.start + e, squash(raw[a:e]), ch.parts, ch.kind, dict(prefix or {}))
                f.row = (b.table, b.row) if b.kind == "table_cell" else None
                found.append(f)
            continue
        area = whole_area(squash(RE_COUNT_TAIL.sub("", clean_item(raw, r))), r)
        if area is not None:
            if b.kind == "table_cell":
                row_areas.setdefault((b.table, b.row), {}).update(area.parts)
            else:
                headers.append((b.start, area.parts))
    for f in found:
        ctx = row_areas.get(f.row) if f.row else None
        if ctx:
            f.context = {**{lv: v for lv, v in ctx.items() if lv not in f.parts}, **f.context}
    return found, headers


def _covered(spans: list[tuple[int, int]], i: int) -> bool:
    """Is offset i inside one of the (sorted, disjoint) spans?"""
    k = bisect.bisect_right(spans, (i, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= i < spans[k][1]


def _known(found: list[_Found], r: Rules) -> dict:
    """Names (without suffix) of each level written whole on a line: 仙桃 for 仙桃街道."""
    known: dict[str, set] = {lv: set() for lv in LEVELS}
    for f in found:
        for lv, name in f.parts.items():
            sufs = r.village_suffixes if lv == "village" else r.suffixes.get(lv, [])
            suf = max((x for x in sufs if name.endswith(x)), key=len, default="")
            known[lv].add(name[:len(name) - len(suf)])
    return known


def _known_below_top(prose: list[_Found], r: Rules, known: dict) -> dict:
    """Names (without suffix) of the parts that have a written parent above them in running text:
    their start is fixed by the parent's suffix, unlike the top part's, which is guessed."""
    out: dict[str, set] = {}
    for f in prose:
        levels = [lv for lv in LEVELS if f.parts.get(lv)]
        for lv in levels[1:-1]:  # not the village, not the top part
            name = f.parts[lv]
            suf = max((x for x in r.suffixes.get(lv, []) if name.endswith(x)), key=len, default="")
            base = name[:len(name) - len(suf)]
            if base and base not in known.get(lv, set()):
                out.setdefault(lv, set()).add(base)
    return out


def _prose_units(text: str, r: Rules, skip: list[tuple[int, int]], known: dict) -> list[_Found]:
    out = []
    for m in r.re_village.finditer(text):
        if _covered(skip, m.start()):
            continue
        ch = village_chain(text, m.start(), m.end(), 0, r, anchored=False, known=known)
        if ch is not None and len(ch.parts) > 1:
            out.append(_Found(ch.start, ch.end, text[ch.start:ch.end], ch.parts, ch.kind))
    # 河口镇李家村因村务公开…: a run past a name to a word built on 村 (村务, 村民) is that name
    return [f for f in out if not (text.startswith(r.not_after_bare, f.end)
                                   and any(g.start == f.start and g.end < f.end for g in out))]


def _bare_units(text: str, r: Rules, skip: list[tuple[int, int]], villages: set) -> list[_Found]:
    out = []
    for m in r.re_village.finditer(text):
        if _covered(skip, m.start()):
            continue
        ch = bare_village(text, m.start(), m.end(), 0, r, villages)
        if ch is not None:
            out.append(_Found(ch.start, ch.end, text[ch.start:ch.end], ch.parts, ch.kind))
    # …，比莒村高出3个百分点: a run that ends with another bare name is that name with a word before it
    forms = {f.form for f in out}
    return [f for f in out if not any(f.form.endswith(g) and f.form != g for g in forms)]


def _town_before(text: str, lo: int, hi: int, r: Rules, known: dict) -> dict | None:
    """The last town written alone in text[lo:hi] (三堆镇位于…, 该镇井田村 refers back to it)."""
    best = None
    for m in r.re_town.finditer(text, lo, hi):
        if r.re_not_town.match(text, m.start()):
            continue  # 镇平县, 镇江市
        ch = read_chain(text, m.start(), m.end(), "town", lo, r, anchored=False, known=known)
        if ch is not None and "town" in ch.parts:
            best = ch.parts
    return best


def _consistent(parts: dict, region: dict) -> bool:
    """May a unit take the region's upper levels? Only if the levels both give agree and the unit's
    top level is one they share or sits right under the region's lowest (a town under 渝北区)."""
    shared = [lv for lv in PARENTS if parts.get(lv) and region.get(lv)]
    if any(squash(parts[lv]) != squash(region[lv]) for lv in shared):
        return False
    if shared:
        return True
    low = min((LEVELS.index(lv) for lv in PARENTS if region.get(lv)), default=None)
    top = max(LEVELS.index(lv) for lv in LEVELS if parts.get(lv))
    if low is None:
        return False
    return low - top == 1 or (LEVELS[top] == "county" and LEVELS[low] == "province")


def _word_runs_on(text: str, f: "_Found", r: Rules, lex: Lexicon) -> bool:
    """湖南省千年古村落: a chain whose last suffix is inside a word running on past it (村落) ends no name,
    unless the gazetteer holds the village."""
    if len(f.parts) < 2 or not text.startswith(r.not_after_bare, f.end):
        return False
    from .area_names import word_bounds
    from .places import gazetteer

    if gazetteer(lex).ids(f.parts.get("village", "")):
        return False
    return f.end - f.start not in word_bounds(text[f.start:f.end + 4], lex)[1]


def extract_units(doc: Document, lex: Lexicon, meta: DocMeta | None = None) -> list[Unit]:
    """Every distinct village-level unit of the document, named by its longest written form, with
    its parts (written, else from context: the town of the paragraph, the document's region),
    how many times it is mentioned and the sentence of its first mention."""
    r = rules(lex)
    text = doc.text
    lines, headers = _line_units(doc, r)
    known = _known(lines, r)
    spans = sorted((f.start, f.end) for f in lines)
    prose = _prose_units(text, r, spans, known)
    more = _known_below_top(prose, r, known)
    if more:  # 佛山市顺德区乐从镇… fixes where 乐从 starts; read 顺德乐从镇沙滘社区 again with it
        for lv, names in more.items():
            known[lv] |= names
        prose = _prose_units(text, r, spans, known)
    spans = sorted(spans + [(f.start, f.end) for f in prose])
    villages = {f.parts["village"] for f in lines + prose}
    region = parse_area(meta.region, lex) if meta and meta.region else None
    counties = {f.parts["county"] for f in lines + prose if f.parts.get("county")}
    bare = _cued(doc, _bare_units(text, r, spans, villages), r, known, region, lex, counties)
    taken = spans + [(f.start, f.end) for f in bare]
    cued = bracketed(text, r, taken) + region_villages(text, r, taken, meta.region if meta else None, lex)
    cued += opening_villages(text, r, taken + [(a, b) for a, b, _, _ in cued])
    cued += town_villages(text, r, taken + [(a, b) for a, b, _, _ in cued], lex)
    found = sorted(lines + prose + bare + [_Found(a, b, name, {"village": name}, kind) for a, b, name, kind in cued],
                   key=lambda f: f.start)
    found = [f for f in found if not _quoted_honour(text, f.start, f.end, r) and not _word_runs_on(text, f, r, lex)]

    starts = [b.start for b in doc.blocks]
    towns = _towns_with_parents([f.parts for f in lines + prose] + [h for _, h in headers]
                                + _parented_towns(text, r, known))
    for f in found:  # parents of villages written alone
        if f.context.get("town"):
            continue  # from its table row
        if len(f.parts) > 1:
            head = [h for at, h in headers if at < f.start]
            if head and _consistent(f.parts, head[-1]):  # 渝北区（2个） above 木耳镇金刚村 in a list
                f.context = {**head[-1], **f.context}
            continue
        ctx = _town_of_the_name(text, f.start, r, known)
        if ctx is None:
            blk = _block_at(doc, f.start, starts)
            ctx = _town_before(text, blk[0], f.start, r, known) if blk else None
        if ctx is None:
            head = [h for at, h in headers if at < f.start]
            ctx = head[-1] if head and head[-1].get("town") else None
        if ctx:
            f.context = {**towns.get(ctx["town"], {}), **ctx, **f.context}
    return _build(doc, found, region, r)


def _quoted_honour(text: str, start: int, end: int, r: Rules) -> bool:
    """Is the name a whole quote in a run of quoted honours ending in 荣誉称号 (“河北省健康村”“衡水市文明村镇”等…),
    or the start of a quoted kind of community (“河南省和谐社区建设示范社区”, “幸福社区”试点社区)?"""
    if quoted_kind(text, start, end, r.village_suffixes):
        return True
    if not (text[start - 1:start] == "“" and text[end:end + 1] == "”") or not r.honour_run_ends:
        return False
    rest = re.sub(r"^(?:”?(?:[、，,]?“[^“”]{1,20}”)*)", "", text[end:end + 60])
    return re.match(rf"^[等]?[{CJK}]{{0,4}}?(?:{'|'.join(map(re.escape, r.honour_run_ends))})", rest) is not None


def _town_of_the_name(text: str, start: int, r: Rules, known: dict) -> dict | None:
    """…红石林镇的龙天坪村: the town written right before "的"."""
    if start < 3 or text[start - 1] != "的":
        return None
    ctx = _town_before(text, max(0, start - 25), start - 1, r, known)
    return ctx if ctx and text.endswith(ctx["town"], 0, start - 1) else None


def _cued(doc: Document, bare: list[_Found], r: Rules, known: dict, region: dict | None,
          lex: Lexicon | None = None, counties: set | None = None) -> list[_Found]:
    """Bare names need a cue besides their shape: a town before them in the sentence (该镇井田村,
    …镇的龙天坪村),
    a second mention, a cued name in the same sentence (…，小河村创建为…), a document about
    one town (its villages need no town), or a village the gazetteer holds under the county of
    another unit of the document (吉林省通榆县复兴村 … 明兴村的沈佳然)."""
    counts = Counter(f.form for f in bare)
    if region and region.get("town"):  # (one the gazetteer lacks, named once, needs a cue still: 老革命根据地村)
        known_bare = [f for f in bare if counts[f.form] >= 2 or lex is None or in_gazetteer(f.form, lex)]
        rest = _cued(doc, [f for f in bare if f not in known_bare], r, known, None, lex, counties)
        return sorted(known_bare + rest, key=lambda f: f.start)
    text = doc.text
    starts = [b.start for b in doc.blocks]

    def sentence(f):
        s = sentence_at(doc, f.start, starts)
        return s.start if s else -1

    def town_cue(f):  # 该镇井田村, …红石林镇的龙天坪村, 在良渚街道，港南村…
        if any(text.endswith(w, 0, f.start) for w in r.town_refs):
            return True
        s = sentence_at(doc, f.start, starts)
        if s is not None and _town_before(text, s.start, f.start, r, known) is not None:
            return True
        # 樟树镇在全镇13个村建成…。其中，文谊新村驿站…: a paragraph led by a town speaks of its villages
        blk = _block_at(doc, f.start, starts)
        return blk is not None and _town_leads(text, blk[0], r, known)

    def place_cue(f):  # 在伍家台村，… / 走进水田坝村 / 洞坪村党支部书记…: a place or its office-holder
        clause = f.start == 0 or text[f.start - 1] in "\n，,。；;：:“”"
        lead = any(text.endswith(w, 0, f.start) and (f.start == len(w) or text[f.start - len(w) - 1] in "\n，,。；;：:“”")
                   for w in r.place_cues)
        return lead or (clause or text.endswith(r.place_cues, 0, f.start)) and text.startswith(r.role_cues, f.end)

    strong = {sentence(f) for f in bare if town_cue(f)}
    listed = set()  # A村、B村和C社区: names enumerated together vouch for each other
    for a, b in zip(bare, bare[1:]):
        if text[a.end:b.start] in r.joiners:
            listed.update((a.start, b.start))
    # (a name the gazetteer holds, written twice, is a village though one mention is not read alone: 并非合寨村独创)
    return [f for f in bare if counts[f.form] >= 2 or town_cue(f) or sentence(f) in strong or f.start in listed
            or place_cue(f) or (lex is not None and text.count(f.form) >= 2 and in_gazetteer(f.form, lex))
            or (lex is not None and counties and in_counties(f.form, counties, lex))]


def _town_leads(text: str, start: int, r: Rules, known: dict) -> bool:
    """Does the paragraph at `start` open with a town as its subject (樟树镇在…, 三堆镇位于…)?"""
    m = r.re_town.search(text, start, start + 12)
    if m is None or r.re_not_town.match(text, m.start()):
        return False
    ch = read_chain(text, m.start(), m.end(), "town", start, r, anchored=False, known=known)
    return ch is not None and "town" in ch.parts and ch.start == start


def _parented_towns(text: str, r: Rules, known: dict) -> list[dict]:
    """Towns written under their county anywhere (案例二：湘阴县樟树镇——…): where a town's bare
    villages lie, rather than under the document's region."""
    out = []
    for m in r.re_town.finditer(text):
        if r.re_not_town.match(text, m.start()):  # 镇平县, 镇江市
            continue
        ch = read_chain(text, m.start(), m.end(), "town", 0, r, anchored=False, known=known)
        if ch is not None and len(ch.parts) > 1 and "town" in ch.parts:
            out.append(ch.parts)
    return out


def _towns_with_parents(parts_list: list[dict]) -> dict[str, dict]:
    """Town name → its parents as written anywhere in the document (广元市利州区三堆镇)."""
    out: dict[str, dict] = {}
    for parts in parts_list:
        t = parts.get("town")
        if t:
            cur = out.setdefault(t, {})
            for lv in ("county", "city", "province"):
                if parts.get(lv) and not cur.get(lv):
                    cur[lv] = parts[lv]
    return out


def _block_at(doc: Document, offset: int, starts: list[int]) -> tuple[int, int] | None:
    i = bisect.bisect_right(starts, offset) - 1
    return (doc.blocks[i].start, doc.blocks[i].end) if i >= 0 else None


@dataclass
class _Group:
    forms: list[_Found] = field(default_factory=list)

    @property
    def parts(self) -> dict:
        out: dict = {}
        for f in sorted(self.forms, key=lambda f: -len(f.form)):
            for lv, v in f.parts.items():
                out.setdefault(lv, v)
        for f in self.forms:
            for lv, v in f.context.items():
                if v and not out.get(lv) and lv != "village":
                    out[lv] = v
        return out


def _build(doc: Document, found: list[_Found], region: dict | None, r: Rules) -> list[Unit]:
    groups: list[_Group] = []
    by_village: dict[str, list[_Group]] = {}
    for f in found:  # parented forms first, so bare ones can join them
        if len(f.parts) == 1:
            continue
        v = squash(f.parts["village"])
        same = by_village.setdefault(v, [])
        g = next((g for g in same if same_parents(g.parts, f.parts)), None)
        if g is None:
            g = _Group()
            same.append(g)
            groups.append(g)
        g.forms.append(f)
    for f in found:
        if len(f.parts) != 1:
            continue
        v = squash(f.parts["village"])
        same = by_village.setdefault(v, [])
        if not same:
            g = _Group()
            same.append(g)
            groups.append(g)
        g = _nearest(same, f.start)
        g.forms.append(f)

    units = []
    for g in groups:
        parts = g.parts
        if region and _consistent({lv: parts.get(lv) for lv in LEVELS}, region):
            for lv in PARENTS:
                if region.get(lv) and not parts.get(lv):
                    parts[lv] = region[lv]
        name = max((f.form for f in g.forms), key=len)
        kind = next((f.kind for f in g.forms if f.kind), None)
        units.append(Unit(unit=name, province=parts.get("province"), city=parts.get("city"),
                          county=parts.get("county"), town=parts.get("town"), village=parts.get("village"),
                          kind=kind))
    tally_mentions(doc, units)
    units.sort(key=lambda u: u.start)
    return units


def _nearest(groups: list[_Group], at: int) -> _Group:
    """A bare mention belongs to the unit of that name written last before it (else the first)."""
    before = [(max((f.start for f in g.forms if f.start <= at), default=-1), i) for i, g in enumerate(groups)]
    best = max(before)
    return groups[best[1]] if best[0] >= 0 else groups[0]
