"""Candidate item lists for one formula name in its sentence, scored.

A name may take the list right before it (A、B、C“三X” / A、B、C的“三X”), right after it
(“三X”，即A、B、C / 五廉工作机制（A，B…）), or one further on whose items all share its key
character (“四进”…活动，干部进社区、进小区…). A candidate's score: the item count equals the
numeral, the items share the key character, nothing but joining words in between, nearness.
sentence_links.py assigns them, best first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...patterns import CJK, CN_DIGITS
from .items import Rules, item_options, set_name, set_ok, strip_lead, strip_trailing_joiners, valid
from .lists import Enum, squash
from .names import Name


def key_match(name: Name, texts: list[str]) -> bool:
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


RE_LABEL = re.compile(rf"^\s*(?:[{CN_DIGITS}]{{1,3}}|\d{{1,2}})\s*[、.．]|^\s*[（(][{CN_DIGITS}\d]{{1,3}}[）)]")


def mask_label(s: str) -> str:
    """A section number (一、 / （二）) is not the first item of a list."""
    m = RE_LABEL.match(s)
    return " " * m.end() + s[m.end():] if m else s


def _past_head(s: str, spans: list[tuple[int, int]], n: Name) -> list[tuple[int, int]]:
    """“四个不直接分管”，即村党组织书记不直接分管财务、工程项目… → 财务: the first item starts
    after the name's noun when it repeats it and no other item does."""
    head = n.head if len(n.head) >= 2 else ""
    a, b = spans[0]
    i = s.find(head, a, b) if head else -1
    if i < 0 or i + len(head) > b - 2 or any(head in s[x:y] for x, y in spans[1:]):
        return spans
    return [(i + len(head), b)] + spans[1:]


@dataclass
class Candidate:
    name: Name | None
    enum: Enum
    spans: list[tuple[int, int]]
    score: tuple
    family: str = ""  # the name's family when the list itself says where it ends (三层监督体系 → 三层监督)


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


def candidates_for(s: str, n: Name, enums: list[Enum], r: Rules, names: list[Name] = ()) -> list[Candidate]:
    out = []
    ref_end = _group_end(n, list(names), s) if names else n.end
    if n.inline:
        e = Enum(list(n.inline), n.start, n.end, "inline")
        out.append(_scored(s, n, e, list(n.inline), r, tight=True, distance=0))
    for spans, e in _concatenated(s, n, r):
        out.append(_scored(s, n, e, spans, r, tight=True, distance=0))
    for spans, e in _clause_lists(s, n, r, ref_end):
        out.append(_scored(s, n, e, spans, r, tight=True, distance=e.start - n.end))
    for spans, e in _labelled_parts(s, n, ref_end):
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
                e.kind != "open" and re.fullmatch(rf"的?[{CJK}]{{0,4}}", gap.strip()) is not None) or (
                n.quoted and re.fullmatch(rf"的[{CJK}]{{1,4}}", gap) is not None)  # 问干部作风的院坝“三问”
            if not tight:
                continue
            for spans in opts:
                if e.kind == "open" and _uneven(s, spans) and re.match(rf"[{CJK}]", s[n.end:n.end + 1]) \
                        and not key_match(n, [squash(s[a:b]) for a, b in spans]):
                    continue  # 开展小微权力清单化管理、村务公开规范化建设和集体“三资”专项清理: 集体 is no item
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
            if n.shape == "digits":  # “3+X”清单公开，“3”即A、B、C: the part the items spell out
                gap = re.sub(r"[“\"‘](\d+)[”\"’]", lambda m: "" if int(m.group(1)) == n.count else m.group(0), gap)
            if "。" in gap or len(squash(gap)) > 30:
                continue
            if e.kind != "open" and s[e.start] in "（(":
                tight = bool(r.re_gap_paren.match(gap.strip()))
            else:
                verb = next((w for w in r.lead_verbs + r.lead_words if gap.endswith(w)), "")
                # “三评”活动，即评选清廉家庭、…: a verb dropped from the first item is no gap
                tight = bool(r.re_gap_after.match(gap) or verb and r.re_gap_after.match(gap[:-len(verb)]))
            for spans in opts:
                spans = _past_head(s, _cut_after_head(s, spans, n), n)
                framed = not tight and _framed(s, gap, spans, r)
                echo = _echo(s, n, e, spans) if not (tight or framed) else ""
                c = _scored(s, n, e, spans, r, tight=tight or framed or bool(echo), distance=len(squash(gap)))
                if c and echo:
                    c.family = echo
                out.append(c)
                lead = _lead_clause(s, ref_end, e.start, r)
                if n.shape == "compound" and lead and len(spans) + 1 in n.counts:
                    # “一领四动”…，即党建引领，干部带动、群众主动、乡贤发动、社会互动
                    out.append(_scored(s, n, e, [lead] + spans, r, tight=tight, distance=len(squash(gap))))
    return [c for c in out if c is not None]


def _framed(s: str, gap: str, spans, r: Rules) -> bool:
    """推行“3+X”公开模式，以党务公开、村务公开、财务公开为基本内容: a list framed 以…为 right after the
    name (a few words between at most) is what the name holds."""
    for open_, close in r.frames:
        if gap.endswith(open_) and s.startswith(close, spans[-1][1]) \
                and re.fullmatch(rf"[{CJK}]{{0,8}}", gap[:-len(open_)].strip()):
            return True
    return False


def _uneven(s: str, spans) -> bool:
    """Items of one list are alike in length: a last chunk under a third of the longest item, right
    before a name that words follow, is a word of the clause the name is part of (…规范化建设和集体
    “三资”专项清理), not an item."""
    lengths = [len(squash(s[a:b])) for a, b in spans]
    return 3 * lengths[-1] < max(lengths)


def _echo(s: str, n: Name, e: Enum, spans) -> str:
    """建立三层监督体系，对村务实施线上、会上、码上立体监督: the words after the last item (立体监督)
    end with the start of the name's noun (监督): the list is the name's, and the name ends there."""
    if e.kind != "open" or n.shape != "classifier" or n.quoted or len(n.head) < 3:
        return ""
    tail = squash(s[spans[-1][1]:e.items[-1][1]])
    for k in range(len(n.head) - 1, 1, -1):
        word = n.head[:k]
        if tail.endswith(word) and len(tail) - k <= 2:
            return n.family[:len(n.family) - len(n.head) + k]
    return ""


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
    seps = ("；;", "，,")
    if not m:  # “三廉”工作法，党建引廉；制度固廉；监督护廉: after a comma, semicolons only, items holding the key
        m = re.match(rf"[”\"]?[{CJK}]{{0,6}}\s*[，,]\s*", s[ref_end:])
        seps = ("；;",)
    if not m or not n.count:
        return
    a0 = ref_end + m.end()
    rest = s[a0:].rstrip("。！？!? ")
    for sep in seps:
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
        if len(spans) == n.count and (len(seps) == 2 or key_match(n, [squash(s[x:y]) for x, y in spans])):
            yield spans, Enum(spans, spans[0][0], spans[-1][1], "clauses")
            return


RE_LABELLED = re.compile(r"\s*([^：:，,；;。“”（）()]{2,8})\s*[：:]")


def _labelled_parts(s: str, n: Name, ref_end: int):
    """“三廉”品牌。党建引廉：支部书记讲党课；制度固廉：制定权力清单；监督护廉：… → the words before
    each colon, one part per semicolon."""
    if not n.count:
        return
    rest = s[ref_end:]
    starts = [0]
    m = re.match(rf"[”\"]?[{CJK}]{{0,6}}\s*[：:。]", rest)
    if m:
        starts.append(m.end())
    for a0 in starts:
        parts, a = [], ref_end + a0
        for p in re.split(r"[；;]", s[a:].rstrip("。！？!? ")):
            parts.append((a, a + len(p)))
            a += len(p) + 1
        labels = [RE_LABELLED.match(s, x, y) for x, y in parts]
        if len(parts) == n.count and all(labels):
            spans = [(m.start(1), m.end(1)) for m in labels]
            spans = [(a + _ordinal(s[a:b]), b) for a, b in spans]
            texts = [squash(s[a:b]) for a, b in spans]
            if key_match(n, texts) or len({len(t) for t in texts}) == 1 and len(texts[0]) >= 3:
                yield spans, Enum(spans, spans[0][0], spans[-1][1], "clauses")  # not 时间：…；地点：…
            return


RE_ORDINAL = re.compile(rf"^\s*(?:[{CN_DIGITS}]是|第[{CN_DIGITS}]\s*[，,]?|其[{CN_DIGITS}]\s*[，,]?|"
                        rf"[（(][{CN_DIGITS}\d]{{1,2}}[）)]|\d{{1,2}}\s*[.、．])")


def _ordinal(t: str) -> int:
    m = RE_ORDINAL.match(t)
    return m.end() if m else 0


def _kind_clauses(s: str, n: Name, r: Rules):
    """“三治融合”…，以自治激发活力，以法治定分止争，以德治春风化雨: one kind of 治 per clause."""
    if set_name(n.family, r) != r.kind_char or not n.count:
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
    if not (len(n.family) >= 2 and n.family[1] == r.kind_char):
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
    key = key_match(n, texts)
    if not exact and not (key and tight and n.shape in ("key", "compound")):
        return None
    if not tight and not key:
        return None
    return Candidate(n, e, spans, (exact, key, tight, True, -distance))
