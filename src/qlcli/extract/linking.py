"""Which list spells out which formula name, inside one sentence.

A name takes the list right before it (A、B、C“三X” / A、B、C的“三X”), or right after it
(“三X”，即A、B、C / 五廉工作机制（A，B…）), or a list further on whose items all share its key
character (“四进”…活动，干部进社区、进小区…). Candidates are scored (item count equals the
numeral, items share the key character, nothing but joining words in between, nearness)
and assigned best first, each name and each list once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..lexicon import Lexicon
from .enumerations import Enum, find_enums, squash
from .formula_names import Name, find_names
from .items import (CJK, Rules, item_options, lian_set, rules, set_name, set_ok, strip_lead, strip_trailing_joiners,
                    valid, zhi_set)
from .text import Sentence

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


RE_LABEL = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．]|^\s*[（(][一二三四五六七八九十\d]{1,3}[）)]")


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
                e.kind != "open" and re.fullmatch(rf"的?[{CJK}]{{0,4}}", gap.strip()) is not None)
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
    key = key_match(n, texts)
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
        if not ("、" in s or "”“" in s) or not any(ch in r.numerals for ch in s):
            return []  # nothing to spell out here: no name, no set of 廉 or of 治, no list and numeral
        return _counts_after(s, find_enums(s), [], r)  # only 资金、资产、资源三资 can be here
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
        out.append((replace(c.name, family=c.family) if c.family else c.name, c.spans, c.score[0]))
    out = _paired_sets(s, cands, out, done, r) + _arabic_counts(s, names, enums, used, r) + _counts_after(s, enums, used, r)
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
    for spans in _run_of_kinds(s, r):  # 推动自治法治德治有机结合
        if not _overlaps(Enum(spans, spans[0][0], spans[-1][1], "run"), used):
            out.append((None, spans, True))
    out.sort(key=lambda x: min(a for a, b in x[1]))
    return out


def _arabic_counts(s: str, names: list[Name], enums: list[Enum], used: list[tuple[int, int]], r: Rules) -> list:
    """An Arabic count right after a list, nothing between, counting exactly its items, names them
    (整合村纪检委员、村民监督员、乡贤监督员3支监督力量); with 等 between (…、关爱帮扶等8个志愿服务岗位)
    or when the list is another name's, it only states a number. Taken after every other name."""
    out = []
    for n in names:
        if n.linkable or n.quoted or n.shape != "classifier" or not n.count or n.count < 2:
            continue
        before = []
        for e in enums:
            a, b = e.items[-1]
            if e.kind == "open" and a + 2 <= n.start < b:  # the run goes on past the count: end it there
                e = Enum(e.items[:-1] + [(a, n.start)], e.start, n.start, e.kind, e.open_left, False)
            if e.end <= n.start and not _overlaps(e, used):
                before.append(e)
        cands = [c for c in _candidates(s, n, before, r, names)
                 if c.enum.end <= n.start and c.score[0] == 2 and c.score[-1] == 0 and c.enum.kind == "open"]
        if cands:
            c = max(cands, key=lambda c: c.score)
            if s[c.spans[-1][1]:n.start].strip() == "":
                out.append((n, c.spans, c.score[0]))
                used.append((c.enum.start, n.end))
    return out


def _paired_sets(s: str, cands: list[Candidate], out: list, done: set[int], r: Rules) -> list:
    """以“三治”促“三廉”，以自治促倡廉、以法治促守廉、以德治促养廉: one list spells out both names,
    the kinds of 治 for 三治 and the 廉 word each item ends with for 三廉."""
    result = []
    for name, spans, exact in out:
        result.append((name, spans, exact))
        if name is None or set_name(name.family, r) not in ("治", "廉"):
            continue
        texts = [squash(s[a:b]) for a, b in spans]
        if not (zhi_set(texts, r, loose=True) and all(t.endswith("廉") for t in texts)):
            continue
        other = "廉" if set_name(name.family, r) == "治" else "治"
        partner = next((c for c in cands if id(c.name) not in done and set_name(c.name.family, r) == other
                        and c.spans == spans), None)
        if partner is not None:
            done.add(id(partner.name))
            words = [(b - 2, b) for a, b in spans]  # 以自治促倡廉 → 倡廉 (自治 is cut later)
            result[-1] = (name, words if other == "治" else spans, exact)
            result.append((partner.name, words if other == "廉" else spans, exact))
    return result


def _run_of_kinds(s: str, r: Rules):
    """Three or more different kinds of 治 written one after another without separators."""
    if not r.kinds:
        return
    alt = "|".join(map(re.escape, r.kinds))
    for m in re.finditer(rf"(?:{alt}){{3,}}", s):
        spans = [(x.start(), x.end()) for x in re.finditer(alt, m.group(0))]
        spans = [(m.start() + a, m.start() + b) for a, b in spans]
        if len({s[a:b] for a, b in spans}) == len(spans):
            yield spans


def _counts_after(s: str, enums: list[Enum], used: list[tuple[int, int]], r: Rules) -> list:
    out = []
    for e in enums:
        found = None if _overlaps(e, used) else _count_after(s, e, r)
        if found:
            out.append(found)
            used.append((e.start, found[0].end))
    return out


def _count_after(s: str, e: Enum, r: Rules):
    """A list and, right after it, an unquoted numeral with the characters all its items share:
    资金、资产、资源三资 / 责任清单、问题清单、整改清单，通过三单“清结”. The numeral must count the items."""
    if e.kind not in ("open", "quoted", "quoteseq"):
        return None
    num = "".join(r.numerals)
    a, b = e.items[-1]
    m = re.compile(rf"(?<![{num}\d第每])[{num}](?=[{CJK}])").search(s, a + 2, b) if e.kind == "open" else None
    if m:  # inside the last chunk: 资源三资管理
        e = Enum(e.items[:-1] + [(a, m.start())], e.start, m.start(), "open", e.open_left, False)
    else:  # after the clause mark that ends the list: ，通过三单
        m = re.compile(rf"[，,]?[{CJK}]{{0,2}}?(?<![{num}\d第每])([{num}])(?=[{CJK}])").match(s, e.end)
        if not m:
            return None
        m = re.compile(".").match(s, m.start(1))
    count = r.numerals[m.group(0)]
    for spans in item_options(s, e, r, left_open=True, right_open=False):
        texts = [squash(s[x:y]) for x, y in spans]
        if len(spans) != count or not valid(s, spans, r, closed=False):
            continue
        key = ""
        while len(key) < 3 and m.end() + len(key) < len(s) and all(s[m.end():m.end() + len(key) + 1] in t for t in texts):
            key = s[m.end():m.end() + len(key) + 1]
        if key and key[0] not in r.not_after and key not in r.not_heads and len(key) < min(map(len, texts)):
            name = Name(m.group(0) + key, count, key, m.start(), m.end() + len(key), False, "key")
            return name, spans, True
    return None


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


# --- the items in the next sentence ------------------------------------------------------------
RE_NAME_TAIL = re.compile(rf"^[”\"」』]?[{CJK}]{{0,6}}\s*[。：:！!]?\s*$")


def link_next(s: str, n: Name, nxt: str, lex: Lexicon) -> tuple[str, list[tuple[int, int]]] | None:
    """Items of a name that ends its sentence, written in the next one: 健全“三张清单”。即A、B、C。
    (after an introducer), 规范“三资”管理。对村集体资金、资产、资源开展清理 (items sharing the
    name's key). The count must be the numeral's (or one part's: 四议两公开 → 四议). Spans are relative
    to `nxt`."""
    r = rules(lex)
    if not n.linkable or not RE_NAME_TAIL.match(s[n.end:]):
        return None
    t = mask_label(nxt)
    here = replace(n, start=0, end=0, inline=())  # the name stands right before the next sentence
    enums = find_enums(t)
    best = None
    for c in _candidates(t, here, enums, r):
        exact, key, tight = c.score[:3]
        first = min(a for a, b in c.spans)
        c.family = _part(n, [t[a:b] for a, b in c.spans], r) if exact == 1 else n.family
        if not c.family or not (tight or key) or len(squash(t[:first])) > 8 or re.search(r"[，,；;]", t[:first]):
            continue  # the list opens the next sentence, after at most a few words
        if not tight and any(len(squash(t[a:b])) > 8 for a, b in c.spans):
            continue  # without 即/包括 only short items (资金、资产、资源), not 资金使用须经…审议
        if best is None or c.score > best.score:
            best = c
    return (best.family, best.spans) if best else None


def _part(n: Name, texts: list[str], r: Rules) -> str:
    """落实“四议两公开”。党支部提议、…、村民代表会议决议。: four items holding 议 are 四议."""
    if n.shape != "compound":
        return ""
    num = "".join(r.numerals)
    for m in re.finditer(rf"([{num}])([^{num}]+)", n.family):
        if r.numerals[m.group(1)] == len(texts) and all(m.group(2) in t for t in texts):
            return m.group(0)
    return ""
