"""Items of a formula's list: where the first one starts, where the last one ends, what is kept.

Lists are found from punctuation (lists.py); the words around them are not all items:
通过党建引廉、… → 党建引廉; 干部进社区、进小区… → 进社区; 98项基础任务 → 基础任务. The rules
use the other items of the same list (a shared first character, equal lengths) and the word
lists of measures.toml.
"""
from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...patterns import CJK, CN_DIGITS
from .lists import CLAUSE, CLOSERS, OPENERS, Enum, after_particle, brackets, squash


class Rules:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        sec = lex.section("measures")
        self.numerals = {k: int(v) for k, v in sec.get("numerals", {}).items()}
        self.lead_words = sorted(sec.get("lead_words", []), key=len, reverse=True)
        self.lead_verbs = sorted(sec.get("lead_verbs", []), key=len, reverse=True)
        self.inner_introducers = sorted(sec.get("inner_introducers", []), key=len, reverse=True)
        self.joiners = sorted(sec.get("joiners", []), key=len, reverse=True)
        self.introducers = sorted(sec.get("introducers", []), key=len, reverse=True)
        self.frames = [tuple(f) for f in sec.get("frames", []) if len(f) == 2]
        self.conjunctions = sorted(sec.get("conjunctions", []), key=len, reverse=True)
        self.not_conjunctions = list(sec.get("not_conjunctions", []))
        self.set_suffixes = list(sec.get("set_suffixes", []))
        self.not_before_set = set(sec.get("not_before_set_suffix", []))
        self.kinds = list(sec.get("kinds_of_zhi", []))
        self.kind_char = str(sec.get("kinds_character", "")) or "\x00"  # what the kinds share (治)
        self.max_item = int(sec.get("max_item", 18))
        self.section_headings = set(sec.get("section_headings", []))
        self.not_mentions = set(sec.get("not_mentions", []))
        self.not_after = set(sec.get("not_after_numeral", []))
        self.not_heads = set(sec.get("not_heads", []))
        self.dimensions = {k: list(v) for k, v in sec.get("dimensions", {}).items()}
        self.dim_suffixes = tuple(sec.get("dimension_families", {}).get("suffixes", self.set_suffixes + [self.kind_char]))
        sides = sec.get("two_sides", [])
        self.re_sides = re.compile(rf"(?:^|(?<=[。；;！？!?：:\s]))\s*(?:({re.escape(sides[0])})|{re.escape(sides[1])})"
                                   rf"\s*[，,]?") if len(sides) == 2 else None
        self.sequence = tuple(sec.get("sequence_words", []))
        # 一是…二是…, or the sequence words (首先是…其次是…最后是…)
        self.re_mark = re.compile(rf"(?:^|(?<=[。；;！？!?：:\s]))\s*([{CN_DIGITS}]"
                                  + "".join("|" + re.escape(w) for w in self.sequence) + ")是")
        alt = "|".join(map(re.escape, self.joiners))
        self.re_joiners_tail = re.compile(rf"(?:{alt})+$") if alt else None
        self.re_gap_before = re.compile(rf"^\s*(?:{alt})*\s*$") if alt else re.compile(r"^\s*$")
        intro = "|".join(map(re.escape, self.introducers))
        # a name, perhaps a noun after it, then a colon or an introducer: “三项行动”，即 / 工作模式，即：
        self.re_gap_after = re.compile(rf"^[{CJK}]{{0,8}}?\s*[，,]?\s*(?:(?:{intro})\s*[：:]?|[：:])\s*$")
        self.re_gap_paren = re.compile(rf"^[{CJK}]{{0,6}}$")
        kinds = "|".join(map(re.escape, sec.get("kinds_nouns", []))) or "(?!)"
        self.re_count_of_kinds = re.compile(rf"[0-9{CN_DIGITS}两]+[个种类项]?(?:{kinds})")  # 6个方面

    def numeral(self, n: int) -> str:
        names = [k for k, v in self.numerals.items() if v == n]
        plain = [k for k in names if k not in "两双"]
        return (plain or names or [str(n)])[0]


def rules(lex: Lexicon) -> Rules:
    return lex.compiled("measures", Rules)


def common_prefix(texts: list[str]) -> str:
    if not texts:
        return ""
    p = texts[0]
    for t in texts[1:]:
        while p and not t.startswith(p):
            p = p[:-1]
    return p


def common_suffix(texts: list[str]) -> str:
    return common_prefix([t[::-1] for t in texts])[::-1]


def strip_lead(s: str, a: int, b: int, words: list[str]) -> int:
    """Past the leading words of s[a:b] found in `words` (and a 了 after one: 实现了 …)."""
    changed = True
    while changed:
        changed = False
        t = s[a:b].lstrip()
        a = b - len(t)
        for w in words:
            if t.startswith(w) and len(t) > len(w) + 1:
                a += len(w) + (1 if t[len(w):len(w) + 1] == "了" and len(t) > len(w) + 2 else 0)
                changed = True
                break
    return a


def _trim_first(s: str, a: int, b: int, refs: list[str], basis: list[str], r: Rules) -> int:
    """Where the first item of a list starts inside its chunk s[a:b] (the chunk opens a clause).
    `refs` are the other items; `basis` those whose lengths can be trusted."""
    refs = [squash(x) for x in refs]
    t = s[a:b].lstrip()
    conj = next((c for c in r.conjunctions if t.startswith(c)), None)
    if conj and not any(t.startswith(w) for w in r.not_conjunctions):  # (…三支队伍)和板凳评议团、…
        a = b - len(t) + len(conj)
    pre = common_prefix(refs)
    if pre and len(pre) <= 4:
        i = s[a:b].rfind(pre)
        if i >= 0:
            return a + i
    t = s[a:b].lstrip()
    trusted = any(t.startswith(w) and len(t) > len(w) + 1 for w in r.introducers)
    for w in r.inner_introducers:  # 评估结果分为优秀 → 优秀
        i = t.rfind(w)
        if i >= 0 and len(t) - i - len(w) >= 1:
            return b - len(t) + i + len(w)
    if (i := after_particle(t, r.lex)) is not None:  # 后陈创造了村干部“零违纪”: the verb's object
        return b - len(t) + i
    shared = [w for w in r.lead_words if refs[0].startswith(w) and all(x.startswith(w) for x in refs)]  # 从A到B、从C到D
    a = strip_lead(s, a, b, [w for w in r.lead_words if w not in shared])
    longest = max(len(x) for x in refs)
    verb = strip_lead(s, a, b, r.lead_verbs)
    after_verb = verb > a and len(squash(s[a:b])) > longest
    if after_verb:
        a = verb  # 研究制定98项基础任务 among 39项重点任务…: the verb is not part of the item
    if trusted:  # 即建立一个清廉阵地: after 即 the item begins, whatever its length
        return a
    t = s[a:b]
    lengths = {len(squash(x)) for x in basis}
    if len(lengths) == 1 and (cut := _same_shape(t, refs, next(iter(lengths)))) is not None:
        return a + cut
    if len(lengths) == 1:
        n = lengths.pop()
        # after a verb the item begins (制定小微权力清单、负面清单…) unless it is twice as long as the others
        if len(squash(t)) > (2 * n - 1 if after_verb else n + max(1, n // 3)):
            cut = _cut_tail(t, n)
            if cut is not None:
                return a + word_start(t, cut, r)
    return a


def _same_shape(t: str, refs: list[str], n: int) -> int | None:
    """Items of one shape share a word at the same place (重点领域提级监督、突出问题提级整治): a first
    chunk holding that word at that place is the item of the same length (开展采取重大案件提级查办 →
    重大案件提级查办)."""
    if len(t) <= n or len(refs) < 2 or any(len(x) != n for x in refs):
        return None  # (one other item is no shape: 乡镇行政区划调整和村级建制调整)
    for i in range(1, n - 2):  # the shared word inside the items: neither their start nor their end
        w = refs[0][i:i + 2]
        if all(x[i:i + 2] == w for x in refs) and t[len(t) - n + i:len(t) - n + i + 2] == w:
            return len(t) - n
    return None


def word_start(t: str, cut: int, r: Rules) -> int:
    """A cut that falls inside a word moves back to the word's start, by two characters at most:
    建有文化广场 among 图书室、卫生室 gives 文化广场, not 化广场; 坚持党建引廉 keeps 党建引廉."""
    from ...segment import tokenizer

    pos = 0
    for w in tokenizer(r.lex).cut(t):
        if pos < cut < pos + len(w):
            return pos if cut - pos <= 2 else cut
        pos += len(w)
    return cut


def _cut_tail(t: str, n: int) -> int | None:
    """Index in t where its last n non-space characters begin, if that does not split a bracket."""
    count, i = 0, len(t)
    while i > 0 and count < n:
        i -= 1
        if not t[i].isspace():
            count += 1
    head, tail = t[:i], t[i:]
    if opens(tail) != 0 or opens(head) != 0:
        return None
    return i


def opens(t: str) -> int:
    return sum(1 for ch in t if ch in OPENERS) - sum(1 for ch in t if ch in CLOSERS)


def _trim_last(s: str, a: int, b: int, refs: list[str], r: Rules) -> int:
    """Where the last item of a list ends inside its chunk s[a:b] (the chunk runs on)."""
    t = s[a:b]
    refs = [squash(x) for x in refs]
    suf = common_suffix(refs)
    if suf and squash(t).endswith(suf) and len(squash(t)) <= r.max_item:
        return b  # …、村民代表会议决议。: the chunk ends as the others do
    if suf and len(suf) <= 4:
        i = t.find(suf)
        if i >= 0:
            return a + i + len(suf)
    lengths = {len(x) for x in refs}
    if len(lengths) == 1:
        n = lengths.pop()
        if len(squash(t)) > n + max(1, n // 3):
            count, i = 0, 0
            while i < len(t) and count < n:
                if not t[i].isspace():
                    count += 1
                i += 1
            if opens(t[:i]) == 0:
                return a + i
    return b


def _split_conjunction(s: str, a: int, b: int, r: Rules) -> list[list[tuple[int, int]]]:
    """The ways a last chunk can be cut at a conjunction: [[(a,b)], [(a,x),(y,b)] …]."""
    out = [[(a, b)]]
    t = s[a:b]
    depth = 0
    for i, ch in enumerate(t):
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            depth -= 1
        elif depth == 0 and i >= 2:
            for c in r.conjunctions:
                if not t.startswith(c, i) or len(t) - i - len(c) < 2:
                    continue
                if any(t.startswith(w, j) for w in r.not_conjunctions for j in range(max(0, i - len(w) + 1), i + 1)
                       if j + len(w) > i and not (j == i and w == c)):  # 以及 joins; 涉及 does not
                    continue
                out.append([(a, a + i), (a + i + len(c), b)])
                break
    return out


def strip_trailing_joiners(s: str, a: int, b: int, r: Rules) -> int:
    t = s[a:b].rstrip()
    b = a + len(t)
    if r.re_joiners_tail:
        m = r.re_joiners_tail.search(t)
        if m and m.start() > 0:
            b = a + m.start()
    m = re.search(rf"等[{CJK}]{{1,4}}$", s[a:b])  # 效能廉洁等廉洁风险四大类别
    if m and m.start() > 0:
        b = a + m.start()
    m = re.search(rf"的[{CJK}]{{1,4}}$", s[a:b])  # 问干部作风的院坝“三问”: a place or thing the set is held at
    if m and m.start() > 1:
        b = a + m.start()
    return b


RE_ENDS_IN_QUANTITY = re.compile(rf"\d+(?:\.\d+)?[万亿]?[{CJK}]{{1,2}}$")


def valid(s: str, spans: list[tuple[int, int]], r: Rules, closed: bool = True) -> bool:
    for a, b in spans:
        t = squash(s[a:b])
        if not t or len(t) > r.max_item or any(ch in CLAUSE for ch in t) or opens(t) != 0:
            return False
        if RE_ENDS_IN_QUANTITY.search(t):  # 资金1200万元、资产35处: amounts, not items
            return False
        if t in r.section_headings:  # 一、基本情况 二、主要做法 三、取得成效 under a title that names a formula
            return False
        if not re.search(rf"[{CJK}A-Za-z0-9]", t) or (not closed and len(t) < 2):
            return False
    return True


RE_QUANTITY = re.compile(r"^\s*\d+(?:\.\d+)?\s*[项个条件名类]")
RE_ITEM_ORDINAL = re.compile(r"^\s*(?:\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[）)]|[①-⑳])\s*")
# the formula part an item explains: “3”即村级纪检委员、… → 村级纪检委员
RE_PART_LABEL = re.compile(r"^\s*[“\"「][^”\"」]{1,4}[”\"」]\s*(?:即|为|是|指)\s*")


def clean(s: str, a: int, b: int) -> tuple[int, int]:
    """98项基础任务 → 基础任务; 逐村分析(细化人选的年龄、身份…) → 逐村分析; “A” → A; A等 → A."""
    m = RE_QUANTITY.match(s[a:b]) or RE_ITEM_ORDINAL.match(s[a:b]) or RE_PART_LABEL.match(s[a:b])
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
    """An item written wholly in one pair of quotes is the quoted words (not “A”到“B”)."""
    while b - a >= 3 and s[a] in "“「\"" and brackets(s[a:b]).get(0) == b - a - 1:
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
        last_b = strip_trailing_joiners(s, last_a, last_b, r)
    # the first chunk may join two items too when the name counts them apart (即村务公开榜和权力清单、
    # 责任清单、负面清单 for “一榜三单”)
    firsts = _split_conjunction(s, *spans[0], r) if len(spans) >= 3 else [spans[:-1]]
    cuts = [first + spans[1:-1] + last for first in firsts for last in _split_conjunction(s, last_a, last_b, r)]
    for cand in cuts:
        if len(cand) < 2:
            continue
        inner = [s[a:b] for a, b in cand[1:-1]] or [s[a:b] for a, b in cand[1:]]
        middle = [s[x:y] for x, y in cand[1:-1]]
        closed = e.kind != "open"
        if left_open and not closed and (e.open_left or right_open):
            a, b = cand[0]
            others = [s[x:y] for x, y in cand[1:]]
            # the last item's length is not to be trusted when it runs on, or may hold a conjunction
            basis = middle if middle and (right_open or len(middle) >= 2) else others
            cand[0] = (_trim_first(s, a, b, others, basis, r), b)
        if right_open and not closed:
            a, b = cand[-1]
            refs = [s[x:y] for x, y in cand[:-1]] if len(cand) > 2 else inner
            cand[-1] = (a, _trim_last(s, a, b, refs, r))
        out.append([clean(s, a, b) for a, b in cand])
    return out


# --- sets named by their shared character ------------------------------------------------------
def lian_set(texts: list[str], r: Rules) -> str:
    for suf in r.set_suffixes:
        if all(t.endswith(suf) and 2 <= len(t) <= 8 for t in texts):
            return suf
    return ""


def kind_in(t: str, r: Rules) -> str:
    found = [k for k in r.kinds if k in t]
    return found[0] if len(found) == 1 else ""


def zhi_set(texts: list[str], r: Rules, loose: bool = False) -> bool:
    """Each item a different kind of 治 (自治、法治、德治); `loose` lets items hold more words."""
    kinds = [kind_in(t, r) for t in texts]
    return all(kinds) and len(set(kinds)) == len(kinds) and (loose or all(len(t) <= 6 for t in texts))


def kind_span(text: str, a: int, b: int, r: Rules) -> tuple[int, int]:
    for k in r.kinds:
        i = text.find(k, a, b)
        if i >= 0:
            return i, i + len(k)
    return a, b


def set_name(family: str, r: Rules) -> str:
    """The character of a set the name itself is (三治 → 治, 五廉 → 廉), else ""."""
    if len(family) >= 2 and family[0] in r.numerals:
        for ch in [r.kind_char] + r.set_suffixes:
            if family[1:].startswith(ch):
                return ch
    return ""


def set_ok(family: str, texts: list[str], r: Rules) -> bool:
    """A name that is itself a set (三治, 五廉) is spelled out only by items of that set."""
    ch = set_name(family, r)
    if ch == r.kind_char:
        return zhi_set([squash(t) for t in texts], r, loose=True)
    return not ch or all(ch in t for t in texts)


def family_of(declared: str, texts: list[str], r: Rules) -> str:
    """The family as the text names it, unless the items are a set of 廉 or of kinds of 治
    (“党建引廉、…、文化育廉”五个举措 → 五廉), which is named by the set."""
    n = len(texts)
    suf = lian_set(texts, r)
    ch = set_name(declared, r)
    if ch:  # “三治融合” → 三治; “五廉” with four items stays 五廉 (and is flagged)
        return declared[0] + ch
    if suf:
        return r.numeral(n) + suf
    if zhi_set(texts, r):
        return r.numeral(n) + r.kind_char
    return declared


def compound_part(declared: str, texts: list[str], r: Rules) -> str:
    """The part of a compound name (四议两公开, 三清三亮) that the items spell out when they spell
    out only it: four items that each hold 议 are 四议; all five of 一约四会 are no part."""
    num = "".join(r.numerals)
    parts = list(re.finditer(rf"([{num}])([^{num}]+)", declared)) if declared[:1] in r.numerals else []
    if len(parts) < 2 or "".join(m.group(0) for m in parts) != declared:
        return ""
    for m in parts:
        others = [o.group(2) for o in parts if o is not m]
        if r.numerals[m.group(1)] == len(texts) and all(m.group(2) in t and not any(o in t for o in others)
                                                        for t in texts):
            return m.group(0)
    return ""
