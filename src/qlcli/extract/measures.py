"""Numbered formulas (五廉, 三治 …) and the items that spell them out.

Within each sentence the formula names (formula_names) and the lists (enumerations) are
found first; a name takes the list right before it (A、B、C“三X”), or right after it
(“三X”，即A、B、C / 五廉工作机制（A，B…）), or a list further on whose items all share its key
character (“四进”…活动，干部进社区、进小区…). Then a paragraph pass links names to
numbered sub-items (一是…二是…), and a case pass reads formulas spelled out by section
headings (突出“自治”倡廉 / “法治”守廉 / “德治”养廉 → 三治 and 三廉). Sets of items that each
end in 廉, or are each a kind of 治, are named N廉 / N治 whatever the text calls them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import Lexicon
from ..model import Case, DocMeta, Document, Measure, Unit, Warning
from .attribution import case_at
from .enumerations import CLAUSE, Enum, brackets, find_enums, squash
from .formula_names import Name, find_names
from .text import Sentence, block_sentences

CJK = "\u4e00-\u9fff"
CN_DIGITS = "〇一二三四五六七八九十"


class Rules:
    def __init__(self, lex: Lexicon):
        sec = lex.section("measures")
        self.numerals = {k: int(v) for k, v in sec.get("numerals", {}).items()}
        self.lead_words = sorted(sec.get("lead_words", []), key=len, reverse=True)
        self.joiners = sorted(sec.get("joiners", []), key=len, reverse=True)
        self.introducers = sorted(sec.get("introducers", []), key=len, reverse=True)
        self.conjunctions = sorted(sec.get("conjunctions", []), key=len, reverse=True)
        self.not_conjunctions = list(sec.get("not_conjunctions", []))
        self.set_suffixes = list(sec.get("set_suffixes", ["廉"]))
        self.kinds = list(sec.get("kinds_of_zhi", []))
        self.max_item = int(sec.get("max_item", 18))
        self.dimensions = {k: list(v) for k, v in sec.get("dimensions", {}).items()}
        self.dim_suffixes = tuple(sec.get("dimension_families", {}).get("suffixes", ["廉", "治"]))
        alt = "|".join(map(re.escape, self.joiners))
        self.re_joiners_tail = re.compile(rf"(?:{alt})+$") if alt else None
        self.re_gap_before = re.compile(rf"^\s*(?:{alt})*\s*$") if alt else re.compile(r"^\s*$")
        intro = "|".join(map(re.escape, self.introducers))
        # a name, perhaps a noun after it, then a colon or an introducer: “三项行动”，即 / 工作模式，即：
        self.re_gap_after = re.compile(rf"^[{CJK}]{{0,8}}?\s*[，,]?\s*(?:(?:{intro})\s*[：:]?|[：:])\s*$")
        self.re_gap_paren = re.compile(rf"^[{CJK}]{{0,6}}$")

    def numeral(self, n: int) -> str:
        names = [k for k, v in self.numerals.items() if v == n]
        plain = [k for k in names if k not in "两双"]
        return (plain or names or [str(n)])[0]


def _rules(lex: Lexicon) -> Rules:
    return lex.compiled("measures", Rules)


@dataclass
class Found:
    family: str
    items: list[tuple[int, int]]  # absolute spans
    sentence: Sentence
    count: int | None  # announced
    dimension_ok: bool = True


# --- items -------------------------------------------------------------------------------------
def _common_prefix(texts: list[str]) -> str:
    if not texts:
        return ""
    p = texts[0]
    for t in texts[1:]:
        while p and not t.startswith(p):
            p = p[:-1]
    return p


def _common_suffix(texts: list[str]) -> str:
    return _common_prefix([t[::-1] for t in texts])[::-1]


def _strip_lead(s: str, a: int, b: int, words: list[str]) -> int:
    changed = True
    while changed:
        changed = False
        t = s[a:b].lstrip()
        a = b - len(t)
        for w in words:
            if t.startswith(w) and len(t) > len(w) + 1:
                a += len(w)
                changed = True
                break
    return a


def _balanced(t: str) -> bool:
    pairs = brackets(t)
    opens = sum(1 for ch in t if ch in "“（(《「")
    return len(pairs) == opens and not any(ch in "”）)》」" for ch in t) or len(pairs) == opens


def _trim_first(s: str, a: int, b: int, refs: list[str], middle: list[str], r: Rules) -> int:
    """Where the first item of a list starts inside its chunk s[a:b] (the chunk opens a clause).
    `refs` are the other items, `middle` those that are neither first nor last."""
    refs = [squash(x) for x in refs]
    pre = _common_prefix(refs)
    if pre and len(pre) <= 4:
        i = s[a:b].rfind(pre)
        if i >= 0:
            return a + i
    a = _strip_lead(s, a, b, r.lead_words)
    t = s[a:b]
    middle = [squash(x) for x in middle]
    lengths = {len(x) for x in (middle if len(middle) >= 2 else refs)}
    if len(lengths) == 1:
        n = lengths.pop()
        if len(squash(t)) > n + max(1, n // 3):
            cut = _cut_tail(t, n)
            if cut is not None:
                return a + cut
    return a


def _cut_tail(t: str, n: int) -> int | None:
    """Index in t where its last n non-space characters begin, if that does not split a bracket."""
    count, i = 0, len(t)
    while i > 0 and count < n:
        i -= 1
        if not t[i].isspace():
            count += 1
    head, tail = t[:i], t[i:]
    if _opens(tail) != 0 or _opens(head) != 0:
        return None
    return i


def _opens(t: str) -> int:
    return sum(1 for ch in t if ch in "“（(《「") - sum(1 for ch in t if ch in "”）)》」")


def _trim_last(s: str, a: int, b: int, refs: list[str], r: Rules) -> int:
    """Where the last item of a list ends inside its chunk s[a:b] (the chunk runs on)."""
    t = s[a:b]
    refs = [squash(x) for x in refs]
    suf = _common_suffix(refs)
    if suf and len(suf) <= 4:
        i = t.find(suf)
        if i >= 0:
            return a + i + len(suf)
    lengths = {len(x) for x in refs}
    if len(lengths) == 1:
        n = lengths.pop()
        if len(squash(t)) > n:
            count, i = 0, 0
            while i < len(t) and count < n:
                if not t[i].isspace():
                    count += 1
                i += 1
            if _opens(t[:i]) == 0:
                return a + i
    return b


def _split_conjunction(s: str, a: int, b: int, r: Rules) -> list[list[tuple[int, int]]]:
    """The ways a last chunk can be cut at a conjunction: [[(a,b)], [(a,x),(y,b)] …]."""
    out = [[(a, b)]]
    t = s[a:b]
    depth = 0
    for i, ch in enumerate(t):
        if ch in "“（(《「":
            depth += 1
        elif ch in "”）)》」":
            depth -= 1
        elif depth == 0 and i >= 2:
            for c in r.conjunctions:
                if not t.startswith(c, i) or len(t) - i - len(c) < 2:
                    continue
                if any(t.startswith(w, j) for w in r.not_conjunctions for j in range(max(0, i - len(w) + 1), i + 1)
                       if j + len(w) > i):
                    continue
                out.append([(a, a + i), (a + i + len(c), b)])
                break
    return out


def _strip_trailing_joiners(s: str, a: int, b: int, r: Rules) -> int:
    t = s[a:b].rstrip()
    b = a + len(t)
    if r.re_joiners_tail:
        m = r.re_joiners_tail.search(t)
        if m and m.start() > 0:
            b = a + m.start()
    m = re.search(rf"等[{CJK}]{{1,4}}$", s[a:b])  # 效能廉洁等廉洁风险四大类别
    if m and m.start() > 0:
        b = a + m.start()
    return b


def _valid(s: str, spans: list[tuple[int, int]], r: Rules, closed: bool = True) -> bool:
    for a, b in spans:
        t = squash(s[a:b])
        if not t or len(t) > r.max_item or any(ch in CLAUSE for ch in t) or _opens(t) != 0:
            return False
        if not re.search(rf"[{CJK}A-Za-z0-9]", t) or (not closed and len(t) < 2):
            return False
    return True


RE_QUANTITY = re.compile(r"^\s*\d+(?:\.\d+)?\s*[项个条件名类]")
def _clean(s: str, a: int, b: int) -> tuple[int, int]:
    """98项基础任务 → 基础任务; 逐村分析(细化人选的年龄、身份…) → 逐村分析; “A” → A; A等 → A."""
    m = RE_QUANTITY.match(s[a:b])
    if m and m.end() < b - a:
        a += m.end()
    t = s[a:b].rstrip()
    if t.endswith("等") and len(t) > 3:
        b = a + len(t) - 1
    if s[b - 1:b] in "）)":
        opener = next((o for o, c in brackets(s[a:b]).items() if c == b - a - 1), None)
        note = s[a + opener + 1:b - 1] if opener is not None else ""
        if opener is not None and opener >= 2 and (len(note) >= 6 or any(ch in note for ch in "、，,")):
            b = a + opener
    return _unquote(s, a, b)


def _unquote(s: str, a: int, b: int) -> tuple[int, int]:
    """An item written wholly in quotes is the quoted words."""
    while b - a >= 3 and s[a] in "“「\"" and s[b - 1] in "”」\"" and _opens(s[a + 1:b - 1]) == 0:
        a, b = a + 1, b - 1
    return a, b


def item_options(s: str, e: Enum, r: Rules, left_open: bool, right_open: bool) -> list[list[tuple[int, int]]]:
    """Candidate item spans for a list (different cuts of its last chunk at a conjunction)."""
    spans = list(e.items)
    spans = [(a + len(s[a:b]) - len(s[a:b].lstrip()), a + len(s[a:b].rstrip())) for a, b in spans]
    if any(b <= a for a, b in spans):
        return []
    out = []
    last_a, last_b = spans[-1]
    if not right_open and e.kind == "open":
        last_b = _strip_trailing_joiners(s, last_a, last_b, r)
    for cut in _split_conjunction(s, last_a, last_b, r):
        cand = spans[:-1] + cut
        if len(cand) < 2:
            continue
        inner = [s[a:b] for a, b in cand[1:-1]] or [s[a:b] for a, b in cand[1:]]
        middle = [s[x:y] for x, y in cand[1:-1]]
        if left_open and e.open_left:
            a, b = cand[0]
            refs = middle if right_open and e.open_right and len(cand) > 2 else [s[x:y] for x, y in cand[1:]]
            cand[0] = (_trim_first(s, a, b, refs, middle, r), b)
        if right_open and e.open_right:
            a, b = cand[-1]
            refs = [s[x:y] for x, y in cand[:-1]] if len(cand) > 2 else inner
            cand[-1] = (a, _trim_last(s, a, b, refs, r))
        out.append([_clean(s, a, b) for a, b in cand])
    return out


# --- linking names and lists ------------------------------------------------------------------
def _key_match(name: Name, texts: list[str]) -> bool:
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


def _mask_label(s: str) -> str:
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
    return [[(_strip_lead(s, a, b, r.lead_words + r.introducers), b)] + rest for (a, b), *rest in opts]


def _candidates(s: str, n: Name, enums: list[Enum], r: Rules) -> list[Candidate]:
    out = []
    for e in enums:
        if e.end <= n.start:  # the list right before the name: A、B、C“三X” / A、B、C的“三X”
            opts = item_options(s, e, r, left_open=True, right_open=False)
            if not opts:
                continue
            gap_from = _strip_trailing_joiners(s, *e.items[-1], r) if e.kind == "open" else e.end
            gap = s[gap_from:n.start]
            if e.kind != "open":
                gap = gap.lstrip("”」\"")
            tight = bool(r.re_gap_before.match(gap)) or (
                e.kind != "open" and re.fullmatch(rf"的?[{CJK}]{{0,4}}", gap.strip()) is not None)
            if not tight:
                continue
            for spans in opts:
                out.append(_scored(s, n, e, spans, r, tight=True, distance=len(gap)))
        elif e.start >= n.end:  # after: “三X”，即A、B、C / “三X”（A、B、C） / “四进”…干部进社区、进小区…
            opts = _after_options(s, e, r)
            if not opts:
                continue
            first = min(a for a, b in opts[0])
            gap = s[n.end:e.start if e.kind != "open" else first]
            if "。" in gap or len(squash(gap)) > 30:
                continue
            if e.kind != "open" and s[e.start] in "（(":
                tight = bool(r.re_gap_paren.match(gap.strip()))
            else:
                tight = bool(r.re_gap_after.match(gap))
            for spans in opts:
                spans = _cut_after_head(s, spans, n)
                out.append(_scored(s, n, e, spans, r, tight=tight, distance=len(squash(gap))))
    return [c for c in out if c is not None]


def _copula_sides(s: str, spans, n: Name) -> list:
    """村党组织为领导主体、村民议事会为议事主体… → the side of 为 that shares the name's key."""
    cut = [s.find("为", a, b) for a, b in spans]
    if any(i <= a or i >= b - 1 for i, (a, b) in zip(cut, spans)):
        return [spans]
    before = [(a, i) for i, (a, b) in zip(cut, spans)]
    after = [(i + 1, b) for i, (a, b) in zip(cut, spans)]
    hits = [sum(any(k in s[x:y] for k in n.keys) for x, y in side) for side in (before, after)]
    return [after, spans] if hits[1] > hits[0] else [before, spans]


def _scored(s: str, n: Name, e: Enum, spans, r: Rules, tight: bool, distance: int) -> Candidate | None:
    for option in _copula_sides(s, spans, n):
        if _valid(s, option, r, closed=e.kind != "open"):
            spans = option
            break
    else:
        return None
    texts = [squash(s[a:b]) for a, b in spans]
    exact = len(spans) in n.counts
    key = _key_match(n, texts)
    if not exact and not (key and tight and n.shape in ("key", "compound")):
        return None
    if not tight and not key:
        return None
    return Candidate(n, e, spans, (exact, key, tight, -distance))


def link_sentence(s: str, lex: Lexicon, names: list[Name] | None = None
                  ) -> list[tuple[Name | None, list[tuple[int, int]], bool]]:
    """(name, item spans, count matches) for every name in sentence s that a list spells out;
    name None for a set of 廉 / kinds of 治 that no name announces."""
    r = _rules(lex)
    s = _mask_label(s)
    if names is None:
        names = find_names(s, lex)
    enums = find_enums(s, [(n.start, n.end) for n in names])
    seen = {(e.start, e.end, e.kind, len(e.items)) for e in enums}
    for e in find_enums(s):
        if (e.start, e.end, e.kind, len(e.items)) not in seen:
            enums.append(e)
    cands = [c for n in names if n.linkable for c in _candidates(s, n, enums, r)]
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
    # lists that name no formula but are a set of 廉 or of kinds of 治
    for e in enums:
        if _overlaps(e, used):
            continue
        for spans in item_options(s, e, r, left_open=True, right_open=True):
            texts = [squash(s[a:b]) for a, b in spans]
            if len(spans) >= 3 and _valid(s, spans, r) and (_is_lian_set(texts, r) or _is_zhi_set(texts, r)):
                out.append((None, spans, True))
                used.append((e.start, e.end))
                break
    out.sort(key=lambda x: min(a for a, b in x[1]))
    return out


def _overlaps(e: Enum, used: list[tuple[int, int]]) -> bool:
    return any(e.start < b and a < e.end for a, b in used)


def _is_lian_set(texts: list[str], r: Rules) -> str:
    for suf in r.set_suffixes:
        if all(t.endswith(suf) and 2 <= len(t) <= 8 for t in texts):
            return suf
    return ""


def _kind_in(t: str, r: Rules) -> str:
    found = [k for k in r.kinds if k in t]
    return found[0] if len(found) == 1 else ""


def _is_zhi_set(texts: list[str], r: Rules) -> bool:
    kinds = [_kind_in(t, r) for t in texts]
    return all(kinds) and len(set(kinds)) == len(kinds) and all(len(t) <= 6 for t in texts)


# --- the document ------------------------------------------------------------------------------
def _family(name: Name | None, texts: list[str], r: Rules) -> str:
    n = len(texts)
    suf = _is_lian_set(texts, r)
    if suf:
        return r.numeral(n) + suf
    if _is_zhi_set(texts, r):
        return r.numeral(n) + "治"
    return name.family if name else ""


def _dimension(family: str, item: str, r: Rules) -> str | None:
    if not family.endswith(r.dim_suffixes):
        return None
    for dim, words in r.dimensions.items():
        if any(w in item for w in words):
            return dim
    return None


def extract_measures(doc: Document, meta: DocMeta, units: list[Unit], cases: list[Case],
                     lex: Lexicon) -> tuple[list[Measure], list[Warning]]:
    r = _rules(lex)
    found: list[tuple[str, list[tuple[int, int]], Sentence, int | None, bool]] = []
    for block in doc.blocks:
        sents = block_sentences(block)
        named = [(sent, find_names(_mask_label(doc.text[sent.start:sent.end]), lex)) for sent in sents]
        for sent, names in named:
            s = doc.text[sent.start:sent.end]
            for name, spans, exact in link_sentence(s, lex, names):
                abs_spans = [(sent.start + a, sent.start + b) for a, b in spans]
                found.append((_alias(name, sent, named), abs_spans, sent, exact))
    measures: list[Measure] = []
    warnings: list[Warning] = []
    seen: set[tuple] = set()
    for name, spans, sent, exact in found:
        texts = [squash(doc.text[a:b]) for a, b in spans]
        family = _family(name, texts, r)
        if family.endswith("治") and _is_zhi_set(texts, r):
            spans = [_kind_span(doc.text, a, b, r) for a, b in spans]
        case = case_at(cases, sent.start)
        unit = _unit_for(doc, meta, units, case, sent)
        flag = ""
        if name is not None and name.count and len(spans) != name.count:
            flag = f"count {len(spans)} != {name.family}"
            warnings.append(Warning("formula_count", f"{name.family}: {len(spans)} items where the name announces "
                                    f"{name.count}", doc.display(sent.start, sent.end), sent.start, sent.end))
        for a, b in spans:
            item = squash(doc.display(a, b))
            key = (case.case_id if case else None, unit, family, squash(doc.text[a:b]))
            if key in seen:
                continue
            seen.add(key)
            measures.append(Measure(case_id=case.case_id if case else None, unit=unit, family=family, item=item,
                                    dimension=_dimension(family, squash(doc.text[a:b]), r),
                                    sentence=doc.display(sent.start, sent.end), start=sent.start, end=sent.end,
                                    item_start=a, item_end=b, flag=flag))
    return measures, warnings


def _alias(n: Name | None, sent: Sentence, named: list[tuple[Sentence, list[Name]]]) -> Name | None:
    """A count in running text takes the formula's own name when the paragraph gives one:
    “先锋、…、巧妇”八个榜单 under “乡村八榜”; 两个二维码 → “两码”; 两种模式 → 2种协商模式."""
    if n is None or n.quoted or n.shape != "classifier":
        return n
    same = [m for st, names in named if st == sent for m in names if m.start < n.start]
    others = [m for st, names in named if st != sent for m in names]
    for m in reversed(same):
        if m.count == n.count and m.head.endswith(n.head) and len(m.head) > len(n.head):
            return m
    for m in same[::-1] + others:
        if m is not n and m.quoted and m.count == n.count and any(k in n.head for k in m.keys):
            return m
    return n


def _kind_span(text: str, a: int, b: int, r: Rules) -> tuple[int, int]:
    for k in r.kinds:
        i = text.find(k, a, b)
        if i >= 0:
            return i, i + len(k)
    return a, b


def _unit_for(doc: Document, meta: DocMeta, units: list[Unit], case: Case | None, sent: Sentence) -> str | None:
    if case is not None and case.unit:
        return case.unit
    return meta.region
