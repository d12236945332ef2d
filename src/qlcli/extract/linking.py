"""Which list spells out which formula name, inside one sentence.

A name takes the list right before it (A、B、C“三X” / A、B、C的“三X”), or right after it
(“三X”，即A、B、C / 五廉工作机制（A，B…）), or a list further on whose items all share its key
character (“四进”…活动，干部进社区、进小区…). Candidates are scored (item count equals the
numeral, items share the key character, nothing but joining words in between, nearness)
and assigned best first, each name and each list once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import Lexicon
from .enumerations import Enum, find_enums, squash
from .formula_names import Name, find_names
from .items import (CJK, Rules, item_options, lian_set, rules, set_name, set_ok, strip_lead, strip_trailing_joiners,
                    valid, zhi_set)
from .text import Sentence

def _key_match(name: Name, texts: list[str]) -> bool:
    """All items share a key character of the name (for 一领四动, each holds 领 or 动)."""
    if name.shape == "compound":
        return bool(name.keys) and all(any(k in t for k in name.keys) for t in texts)
    return bool(name.keys) and any(all(k in t for t in texts) for k in name.keys)


def _cut_after_head(s: str, spans: list[tuple[int, int]], name: Name) -> list[tuple[int, int]]:
    """榜样行动提升党员模范作用 → 榜样行动 when the name is “三项行动”."""
    head = name.head if len(name.head) >= 2 else ""
    if not head:
        return spans
    out = []
    for a, b in spans:
        i = s.find(head, a, b)
        if i <= a:
            return spans
        out.append((a, i + len(head)))
    return out


RE_LABEL = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．]|^\s*[（(][一二三四五六七八九十\d]{1,3}[）)]")


def mask_label(s: str) -> str:
    """A section number (一、 / （二）) is not the first item of a list."""
    m = RE_LABEL.match(s)
    return " " * m.end() + s[m.end():] if m else s


@dataclass
class Candidate:
    name: Name | None
    enum: Enum
    spans: list[tuple[int, int]]
    score: tuple


def _after_options(s: str, e: Enum, r: Rules) -> list[list[tuple[int, int]]]:
    opts = item_options(s, e, r, left_open=True, right_open=True)
    return [[(strip_lead(s, a, b, r.introducers), b)] + rest for (a, b), *rest in opts]


RE_NAME_JOIN = re.compile(r"^\s*[+＋和与、及]?\s*$")


def _group_end(n: Name, names: list[Name], s: str) -> int:
    """The end of the run of names n belongs to: “五廉”+“五微”工作模式 / “四进”和“四比争先”活动."""
    end = n.end
    for m in names:
        if m.start >= end and RE_NAME_JOIN.match(s[end:m.start]):
            end = m.end
    return end


def _gap_without(s: str, a: int, b: int, enums: list[Enum]) -> str:
    """s[a:b] without the lists inside it (those spelling out the other names of a run)."""
    keep = [True] * (b - a)
    for e in enums:
        if a <= e.start and e.end <= b:
            for i in range(e.start, e.end):
                keep[i - a] = False
    return "".join(ch for i, ch in enumerate(s[a:b]) if keep[i] and ch not in "，,、")


def _candidates(s: str, n: Name, enums: list[Enum], r: Rules, names: list[Name] = ()) -> list[Candidate]:
    out = []
    ref_end = _group_end(n, list(names), s) if names else n.end
    if n.inline:
        e = Enum(list(n.inline), n.start, n.end, "inline")
        out.append(_scored(s, n, e, list(n.inline), r, tight=True, distance=0))
    for spans, e in _concatenated(s, n, r):
        out.append(_scored(s, n, e, spans, r, tight=True, distance=0))
    for spans, e in _clause_lists(s, n, r, ref_end):
        out.append(_scored(s, n, e, spans, r, tight=True, distance=e.start - n.end))
    for spans, e in _kind_clauses(s, n, r):
        out.append(_scored(s, n, e, spans, r, tight=True, distance=e.start - n.end))
    for e in enums:
        if e.kind == "books":  # items in 《》: after the name each ending in its head (3张清单 …《问题清单》),
            if e.start > n.end and n.head and all(s[a:b].endswith(n.head) for a, b in e.items):
                out.append(_scored(s, n, e, list(e.items), r, tight=True, distance=e.start - n.end))
            elif e.end <= n.start and r.re_gap_before.match(s[e.end:n.start]):  # or right before it
                out.append(_scored(s, n, e, list(e.items), r, tight=True, distance=n.start - e.end))
            continue
        if e.end <= n.start:  # the list right before the name: A、B、C“三X” / A、B、C的“三X”
            e = _cut_at_count(s, e, n, names)
            opts = item_options(s, e, r, left_open=True, right_open=False)
            if not opts:
                continue
            gap_from = strip_trailing_joiners(s, *e.items[-1], r) if e.kind == "open" else e.end
            gap = s[gap_from:n.start]
            if e.kind != "open":
                gap = gap.lstrip("”」\"")
            count = next((m for m in names if m.start == gap_from and not m.linkable), None)
            if count is not None:  # …、村民代表4个重要群体意见建议的“四听”
                gap = re.sub(rf"^[{CJK}]{{0,6}}", "", s[count.end:n.start])
            tight = bool(r.re_gap_before.match(gap)) or (
                e.kind != "open" and re.fullmatch(rf"的?[{CJK}]{{0,4}}", gap.strip()) is not None)
            if not tight:
                continue
            for spans in opts:
                out.append(_scored(s, n, e, spans, r, tight=True, distance=len(gap)))
            if e.kind == "open" and n.count and len(e.items) > n.count >= 2:
                # …、“3”为文化“聚邻”、暖心“亲邻”、和谐“睦邻”三大特色服务: the last items are the name's
                tail = Enum(e.items[-n.count:], e.items[-n.count][0], e.end, "open", True, False)
                for spans in item_options(s, tail, r, left_open=True, right_open=False):
                    c = _scored(s, n, tail, spans, r, tight=True, distance=len(gap))
                    if c:
                        c.score = c.score[:3] + (False,) + c.score[3:]
                        out.append(c)
        elif e.start >= ref_end:  # after: “三X”，即A、B、C / “三X”（A、B、C） / “四进”…干部进社区、进小区…
            opts = _after_options(s, e, r)
            if not opts:
                continue
            first = min(a for a, b in opts[0])
            gap_end = e.start if e.kind != "open" else first
            gap = _gap_without(s, ref_end, gap_end, [x for x in enums if x is not e])
            if "。" in gap or len(squash(gap)) > 30:
                continue
            if e.kind != "open" and s[e.start] in "（(":
                tight = bool(r.re_gap_paren.match(gap.strip()))
            else:
                tight = bool(r.re_gap_after.match(gap))
            for spans in opts:
                spans = _cut_after_head(s, spans, n)
                out.append(_scored(s, n, e, spans, r, tight=tight, distance=len(squash(gap))))
                lead = _lead_clause(s, ref_end, e.start, r)
                if n.shape == "compound" and lead and len(spans) + 1 in n.counts:
                    # “一领四动”…，即党建引领，干部带动、群众主动、乡贤发动、社会互动
                    out.append(_scored(s, n, e, [lead] + spans, r, tight=tight, distance=len(squash(gap))))
    return [c for c in out if c is not None]


def _lead_clause(s: str, a: int, b: int, r: Rules) -> tuple[int, int] | None:
    """The one short clause between an introducer and a list: …，即党建引领，[list]."""
    gap = s[a:b]
    parts = re.split(r"[，,]", gap.rstrip("，, "))
    if len(parts) < 2:
        return None
    last = parts[-1]
    start = a + gap.rstrip("，, ").rfind(last)
    for w in r.introducers:
        if last.startswith(w):
            start += len(w)
            last = last[len(w):]
            break
    else:
        return None
    return (start, start + len(last)) if 2 <= len(last.strip()) <= 8 else None


def _clause_lists(s: str, n: Name, r: Rules, ref_end: int):
    """After a colon, items as clauses: “三个一”：一个阵地；一支队伍；一套制度 / “三个到位”：思想到位，措施到位，责任到位."""
    m = re.match(rf"[{CJK}]{{0,6}}\s*[：:]\s*", s[ref_end:])
    if not m or not n.count:
        return
    a0 = ref_end + m.end()
    rest = s[a0:].rstrip("。！？!? ")
    for sep in ("；;", "，,"):
        parts, a = [], a0
        for p in re.split(f"[{sep}]", rest):
            parts.append((a, a + len(p)))
            a += len(p) + 1
        if len(parts) < 2:
            continue
        spans = [(a, a + len(re.split(r"[，,]", s[a:b])[0])) for a, b in parts]
        spans = [(a + _ordinal(s[a:b]), b) for a, b in spans]  # 一是健全制度体系 → 健全制度体系
        if sep.startswith("，") and any(len(squash(s[x:y])) > 10 for x, y in spans):
            continue  # a comma clause that long is prose, not an item
        if len(spans) == n.count:
            yield spans, Enum(spans, spans[0][0], spans[-1][1], "clauses")
            return


RE_ORDINAL = re.compile(r"^\s*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]\s*[，,]?|其[一二三四五六七八九十]\s*[，,]?|"
                        r"[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}\s*[.、．])")


def _ordinal(t: str) -> int:
    m = RE_ORDINAL.match(t)
    return m.end() if m else 0


def _kind_clauses(s: str, n: Name, r: Rules):
    """“三治融合”…，以自治激发活力，以法治定分止争，以德治春风化雨: one kind of 治 per clause."""
    if set_name(n.family, r) != "治" or not n.count:
        return
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^，,；;。]+", s[n.end:]):
        a, b = n.end + m.start(), n.end + m.end()
        kinds = [k for k in r.kinds if k in s[a:b]]
        if len(kinds) == 1 and kinds[0] not in {s[x:y] for x, y in spans}:
            i = s.find(kinds[0], a, b)
            spans.append((i, i + len(kinds[0])))
        elif spans:
            break
    if len(spans) == n.count:
        yield spans, Enum(spans, spans[0][0], spans[-1][1], "clauses")


def _concatenated(s: str, n: Name, r: Rules):
    """“自治法治德治”三治融合: kinds of 治 written one after another, no separator."""
    if not (len(n.family) >= 2 and n.family[1] == "治"):
        return
    for q_end in (n.start,):
        if q_end < 2 or s[q_end - 1] not in "”\"":
            continue
        q_start = s.rfind("“", 0, q_end - 1)
        if q_start < 0:
            continue
        content, spans, i = s[q_start + 1:q_end - 1], [], q_start + 1
        while i < q_end - 1:
            k = next((k for k in r.kinds if s.startswith(k, i)), None)
            if k is None:
                break
            spans.append((i, i + len(k)))
            i += len(k)
        if i == q_end - 1 and len(spans) >= 2 and content:
            yield spans, Enum(spans, q_start, q_end, "quoted")


def copula_sides(s: str, spans, n: Name) -> list:
    """村党组织为领导主体、村民议事会为议事主体… → the side of 为 that shares the name's key."""
    cut = [s.find("为", a, b) for a, b in spans]
    if any(i <= a or i >= b - 1 for i, (a, b) in zip(cut, spans)):
        return [spans]
    before = [(a, i) for i, (a, b) in zip(cut, spans)]
    after = [(i + 1, b) for i, (a, b) in zip(cut, spans)]
    hits = [sum(any(k in s[x:y] for k in n.keys) for x, y in side) for side in (before, after)]
    return [after, spans] if hits[1] > hits[0] else [before, spans]


def _cut_at_count(s: str, e: Enum, n: Name, names) -> Enum:
    """A list whose last chunk runs into a count (村民代表4个重要群体…) ends before the count."""
    if e.kind != "open":
        return e
    a, b = e.items[-1]
    for m in names:
        if a + 2 <= m.start < b and not m.linkable and m.end <= n.start:
            return Enum(e.items[:-1] + [(a, m.start)], e.start, m.start, e.kind, e.open_left, False)
    return e


def _scored(s: str, n: Name, e: Enum, spans, r: Rules, tight: bool, distance: int) -> Candidate | None:
    for option in copula_sides(s, spans, n):
        if valid(s, option, r, closed=e.kind != "open"):
            spans = option
            break
    else:
        return None
    texts = [squash(s[a:b]) for a, b in spans]
    if not set_ok(n.family, texts, r):
        return None
    exact = 2 if len(spans) == n.count else int(len(spans) in n.counts)
    key = _key_match(n, texts)
    if not exact and not (key and tight and n.shape in ("key", "compound")):
        return None
    if not tight and not key:
        return None
    return Candidate(n, e, spans, (exact, key, tight, True, -distance))


def link_sentence(s: str, lex: Lexicon, names: list[Name] | None = None
                  ) -> list[tuple[Name | None, list[tuple[int, int]], bool]]:
    """(name, item spans, count matches) for every name in sentence s that a list spells out;
    name None for a set of 廉 / kinds of 治 that no name announces."""
    r = rules(lex)
    s = mask_label(s)
    if names is None:
        names = find_names(s, lex)
    if not names and "廉" not in s and not any(k in s for k in r.kinds):
        return []  # nothing to spell out here: no name, no set of 廉 or of 治
    enums = find_enums(s, [(n.start, n.end) for n in names if n.linkable])
    seen = {(e.start, e.end, e.kind, len(e.items)) for e in enums}
    for e in find_enums(s):
        if (e.start, e.end, e.kind, len(e.items)) not in seen:
            enums.append(e)
    cands = [c for n in names if n.linkable for c in _candidates(s, n, enums, r, names)]
    cands += [c for n in names if not n.linkable and n.count and n.count >= 2
              for c in _candidates(s, n, [e for e in enums if e.kind == "books"], r, names)]
    cands.sort(key=lambda c: c.score, reverse=True)
    used: list[tuple[int, int]] = []
    done: set[int] = set()
    out = []
    for c in cands:
        if id(c.name) in done or _overlaps(c.enum, used):
            continue
        done.add(id(c.name))
        used.append((c.enum.start, c.enum.end))
        out.append((c.name, c.spans, c.score[0]))
    # lists that name no formula but are a set of kinds of 治 (自治、法治、德治相结合) or of
    # four-character 廉 slogans (党建引廉、制度固廉、监督促廉等举措; not 线上扫码述清廉…)
    for e in enums:
        if _overlaps(e, used):
            continue
        for spans in item_options(s, e, r, left_open=True, right_open=True):
            texts = [squash(s[a:b]) for a, b in spans]
            slogans = lian_set(texts, r) and all(len(t) == 4 and t[-2] not in r.not_before_set for t in texts)
            if len(spans) >= 3 and valid(s, spans, r) and (zhi_set(texts, r) or slogans):
                out.append((None, spans, True))
                used.append((e.start, e.end))
                break
    out.sort(key=lambda x: min(a for a, b in x[1]))
    return out


def _overlaps(e: Enum, used: list[tuple[int, int]]) -> bool:
    return any(e.start < b and a < e.end for a, b in used)


def alias(n: Name | None, sent: Sentence, named: list[tuple[Sentence, list[Name]]]) -> Name | None:
    """A count in running text takes the formula's own name when the paragraph gives one:
    “先锋、…、巧妇”八个榜单 under “乡村八榜”; 两个二维码 → “两码”; 两种模式 → 2种协商模式."""
    if n is None or n.quoted or n.shape != "classifier":
        return n
    same = [m for st, names in named if st == sent for m in names]
    others = [m for st, names in named if st != sent for m in names]
    for m in reversed([m for m in same if m.start < n.start]):
        if m.count == n.count and m.head.endswith(n.head) and len(m.head) > len(n.head):
            return m
    for m in same + others:
        if m is not n and m.quoted and m.count == n.count and any(k in n.head for k in m.keys):
            return m
    return n
