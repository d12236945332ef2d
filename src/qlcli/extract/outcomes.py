"""Quantitative outcomes: numbers that report a result or the scale of the work.

Every quantity the parser (`quantity.scan`) finds in a block is kept unless its context says it
is not a result: a name or slogan in quotes (“最后100米”), a title (《中央八项规定》), page
furniture (8330次浏览), a formula's digits spelled out (“123”: 1个问题、2种模式、3张清单), a
small Chinese numeral naming a list (三个抓手, 六个方面), a term of a formula (1+3). Dates,
times, durations and ordinals never reach here: the parser does not read them as quantities.

Each outcome gets its metric (the shortest phrase of its clause saying what is counted, cut on
jieba word boundaries) and its owner (extract/owners.py): the unit of the case write-up it
stands in, the unit its table row names, or the unit or area its clause speaks for.
"""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..model import Case, DocMeta, Document, Outcome, Unit
from ..patterns import CJK, is_han
from .owners import Owners, owner_rules
from .quantity import CLAUSE_END, Quantity, Rules, scan
from .text import block_sentences
from .units import find_mentions

# a numbered formula in quotes: “365”, “1+X+3+1”, “2+333”, “5+X”
RE_FORMULA = re.compile(r"[“\"‘]([0-9XxNn]*[0-9][0-9+XxNn]*)[”\"’]")


class _Rules:
    """The extractor's rules (data/quantities.toml: [not_outcome], [metric]), compiled once."""

    def __init__(self, sec: dict):
        no, me = sec.get("not_outcome", {}), sec.get("metric", {})
        self.q = Rules(sec)
        self.after = tuple(no.get("after", []))
        self.before = tuple(no.get("before", []))
        self.small_cn = float(no.get("small_chinese_max", 10))
        self.small_not_after = tuple(no.get("small_chinese_not_after", []))
        self.keep_cn = set(self.q.inner_q) | set(self.q.suffix_q)  # 十余户, 十名左右 are figures
        self.quotes, self.titles = no.get("quotes", []), no.get("titles", [])
        self.quote_max = int(no.get("quote_max_chars", 30))
        self.formula_units = set(no.get("formula_units", []))
        # a heading's dotted number (7.1人力资源配置, 2.1.3监督结果运用) is a label, never a figure;
        # a multiplier after it makes it an amount (86.5万元), and a sentence is no heading
        mult = "|".join(map(re.escape, self.q.mult_words)) or "(?!)"
        self.re_dotted_label = re.compile(rf"^\s*\d{{1,2}}(?:\.\d{{1,2}})+(?=\s*[{CJK}])(?!\s*(?:{mult}))"
                                          r"(?=[^。；;]*$)")
        self.norms = set(no.get("norm_qualifiers", []))
        self.ranges = bool(no.get("ranges", False))
        self.lead_res = [re.compile(p) for p in me.get("lead_patterns", [])]
        self.skip_lead = sorted(set(me.get("skip_lead", [])), key=len, reverse=True)
        self.skip_tail = sorted(set(me.get("skip_tail", [])), key=len, reverse=True)
        self.post_stop = set(me.get("post_stop", []))
        self.relative = set(me.get("relative", []))
        self.max_chars = int(me.get("max_chars", 24))
        self.conjunctions = set(me.get("conjunctions", []))
        self.by_unit = dict(me.get("by_unit", {}))
        self.owner_heads = tuple(me.get("owner_heads", []))
        self.owners = sorted(set(me.get("owners", [])), key=len, reverse=True)
        self.owned = tuple(me.get("owned", []))
        self.change_verbs = set(me.get("change_verbs", []))
        cuts = "|".join(map(re.escape, sorted(me.get("change_cuts", []), key=len, reverse=True)))
        self.re_change_cut = re.compile(cuts) if cuts else None
        self.ratio_units = set(me.get("ratio_units", []))
        self.ratio_leads = tuple(me.get("ratio_leads", []))


_CACHE: dict[str, _Rules] = {}


def rules_for(lex: Lexicon) -> _Rules:
    r = _CACHE.get(lex.fingerprint)
    if r is None:
        r = _CACHE[lex.fingerprint] = _Rules(lex.section("quantities"))
    return r


def extract_outcomes(doc: Document, meta: DocMeta, units: list[Unit], cases: list[Case],
                     lex: Lexicon) -> list[Outcome]:
    r = rules_for(lex)
    who = Owners(doc, meta, units, cases, owner_rules(lex), lex)
    headers = {(b.table, b.col): b.text for b in doc.blocks if b.kind == "table_cell" and b.row == 0}
    out: list[Outcome] = []
    for block in doc.blocks:
        if not any(c.isdigit() or c in "一二两三四五六七八九十百千万亿" for c in block.text):
            continue
        text, at = squeeze(block.text)  # PDF text layers space out CJK (乡 镇 ( 街 道 ), 25.8万 元)
        found = scan(text, r.q, everything=True)
        if block.kind == "table_cell" and block.row and RE_PLAIN_NUMBER.fullmatch(text):
            found = _with_header_unit(text, headers.get((block.table, block.col), ""), r) or found
        label = r.re_dotted_label.match(text)
        kept = [q for q in found if q.kind == "quantity" and not_outcome(text, q, r) is None
                and not (label and q.start < label.end())]
        if not kept:
            continue
        sents = block_sentences(block)
        names = [_without_owner(m, units, r) for m in metrics(text, kept, found, r, _tokenizer(lex))]
        if block.kind == "table_cell" and block.row:  # a figure alone in its cell: the column says what
            header = RE_HEADER_UNIT.sub("", squeeze(headers.get((block.table, block.col), ""))[0])
            names = [header if header and (not m or m == r.by_unit.get(q.unit or "")) else m
                     for q, m in zip(kept, names)]
        for q, metric in zip(kept, names):
            start, end = block.start + at[q.start], block.start + at[q.end - 1] + 1
            sent = next((s for s in sents if s.start <= start < s.end), sents[-1])
            case = who.case(start)
            in_row = block.kind == "table_cell" and block.row and case is None
            unit = (in_row and who.row_owner(block)) or who.at(block, start)
            out.append(Outcome(
                case_id=case.case_id if case else None, unit=unit,
                text=squeeze(doc.display(start, end))[0], value=q.value, measure_unit=q.unit,
                qualifier=q.qualifier, metric=metric, change_from=q.change_from, change_to=q.change_to,
                sentence=doc.display(sent.start, sent.end), start=sent.start, end=sent.end,
                text_start=start, text_end=end))
    return out


def _without_owner(m: str | None, units: list[Unit], r: _Rules) -> str | None:
    """The metric without the unit that opens it, whose figure it is (石堰村共有村民 → 村民)."""
    if not m or not units:
        return m
    found = find_mentions(m, units)
    if not found or found[0].start:
        return m
    rest = m[found[0].end:]
    changed = True
    while changed:
        changed = False
        for w in r.skip_lead:
            if rest.startswith(w) and len(rest) > len(w):
                rest, changed = rest[len(w):], True
                break
    return rest if len(rest) >= 2 else m


# a column header that gives its cells' unit: 示范村（个）, 追回资金(万元), 群众满意度（%）
RE_HEADER_UNIT = re.compile(r"\s*[（(]\s*([^（）()]{1,5}?)\s*[）)]\s*$")
RE_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _with_header_unit(text: str, header: str, r: _Rules) -> list[Quantity]:
    """A cell holding only a number, under a header that names the unit (示范村（个） / 8)."""
    m = RE_HEADER_UNIT.search(squeeze(header)[0])
    if not m:
        return []
    qs = scan(text + m.group(1), r.q)
    if len(qs) != 1 or qs[0].start != 0 or qs[0].end != len(text) + len(m.group(1)):
        return []
    from dataclasses import replace

    n = len(text)
    return [replace(qs[0], end=n, span_end=min(qs[0].span_end, n), text=text)]


def squeeze(s: str) -> tuple[str, list[int]]:
    """s without the spaces that stand next to a CJK character or bracket, and for each kept
    character its offset in s."""
    keep = [i for i, c in enumerate(s)
            if not c.isspace() or not (_wide(s[i - 1] if i else "") or _wide(s[i + 1] if i + 1 < len(s) else ""))]
    return "".join(s[i] for i in keep), keep


def _wide(c: str) -> bool:
    return bool(c) and (not c.isascii() or c in "()") and not c.isspace()


def _tokenizer(lex: Lexicon):
    from ..segment import tokenizer

    return tokenizer(lex)


# --- what is not an outcome -----------------------------------------------------------------
def _enclosed(text: str, start: int, end: int, pairs: list[str], max_len: int | None) -> bool:
    for pair in pairs:
        left, right = pair[0], pair[-1]
        i = text.rfind(left, 0, start)
        if i < 0:
            continue
        if left == right:  # "…": inside when an odd number of marks stands before
            if text.count(left, 0, start) % 2 == 0:
                continue
        elif text.rfind(right, i + 1, start) >= 0:
            continue
        j = text.find(right, end)
        if j >= 0 and (max_len is None or (j - i - 1 <= max_len and not any(c in "，。；！？,;!?" for c in text[i:j]))):
            return True
    return False


def _counted_after_noun(text: str, q: Quantity, r: _Rules) -> bool:
    """A small Chinese numeral that closes its clause after the noun it counts reports a figure
    (盘活闲置厂房三处, 查处违纪村干部两人); one before its noun names a list (三个抓手). Not a
    frequency (每月公开一次) nor a slogan's tail (最后一公里, 最多跑一次)."""
    if q.span_end < len(text) and text[q.span_end] not in CLAUSE_END + "、":
        return False
    before = text[_clause_start(text, q.span_start):q.span_start]
    return bool(before) and is_han(before[-1]) and "每" not in before \
        and not any(before.endswith(w) if len(w) == 1 else w in before[-len(w) - 2:] for w in r.small_not_after)


def formulas(text: str) -> set[int]:
    """The digits of the numbered formulas quoted in a text (“1+X+3+1” → {1, 3})."""
    digits: set[int] = set()
    for m in RE_FORMULA.finditer(text):
        f = m.group(1)
        if "+" in f or len(f) >= 3:
            digits |= {int(c) for c in f if c.isdigit()}
    return digits


def not_outcome(text: str, q: Quantity, r: _Rules) -> str | None:
    """Why a quantity of a block's text reports no result, or None when it may."""
    if any(text.startswith(w, q.end) for w in r.after):
        return "page furniture"
    lead = text[max(0, q.span_start - 8):q.span_start]
    if lead.rstrip(" ") != lead.rstrip(" :：") and lead.rstrip(" :：").endswith(r.before):
        return "page furniture"
    if q.qualifier in r.norms:
        return "a norm, not a result"
    if q.high is not None and not r.ranges:
        return "a range"
    if (q.start and text[q.start - 1] == "+") or text.startswith("+", q.end):
        return "term of a formula"
    if q.numeral == "chinese" and q.value is not None and q.value <= r.small_cn and q.qualifier not in r.keep_cn \
            and not _counted_after_noun(text, q, r):
        return "small Chinese numeral"
    if _enclosed(text, q.start, q.end, r.titles, None):
        return "inside a title"
    if _enclosed(text, q.start, q.end, r.quotes, r.quote_max):
        return "inside a quoted name"
    if (q.numeral == "arabic" and q.qualifier is None and q.unit in r.formula_units and q.value is not None
            and q.value < 10 and int(q.value) in formulas(text)):
        return "formula item"
    return None


# --- metric -----------------------------------------------------------------------------------
def _clause_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in CLAUSE_END) + 1


def _clause_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(c, pos) for c in CLAUSE_END) if i >= 0]
    return min(ends) if ends else len(text)


def _abbreviate(s: str) -> str:
    """A long enumeration keeps its first two items: A、B、C、D等X → A、B等X."""
    m = re.search(r"等", s)
    if not m:
        return s
    head, tail = s[:m.start()], s[m.start():]
    items = head.split("、")
    if len(items) > 3:
        return "、".join(items[:2]) + tail
    return s


def _cuts(s: str, tk) -> list[int]:
    """Word boundaries of s (jieba), as offsets."""
    cuts, pos = [0], 0
    for w in tk.cut(s, HMM=False):
        pos += len(w)
        cuts.append(pos)
    return cuts


def _strip_words(s: str, cuts: list[int], r: _Rules) -> tuple[int, int]:
    """Drop leading and trailing skip words, only where jieba puts a word boundary."""
    at = set(cuts)
    lead, tail = r.skip_lead, r.skip_tail
    i, j, changed = 0, len(s), True
    while changed and i < j:
        changed = False
        if not s[i].strip() or not s[j - 1].strip():
            i, j, changed = i + (not s[i].strip()), j - (not s[j - 1].strip()), True
            continue
        for w in lead:
            if s.startswith(w, i) and i + len(w) in at and i + len(w) <= j:
                i, changed = i + len(w), True
                break
        for w in tail:
            if s.endswith(w, 0, j) and j - len(w) in at and j - len(w) >= i:
                j, changed = j - len(w), True
                break
    return i, j


def _quoted(s: str) -> list[bool]:
    """For each offset, whether it stands inside “…” (a cut there would break a name)."""
    depth, out = 0, []
    for c in s:
        out.append(depth > 0)
        depth += (c in "“《(（") - (c in "”》)）")
        depth = max(depth, 0)
    out.append(depth > 0)
    return out


def _clean(s: str, r: _Rules, tk, keep_right: bool, limit: int) -> str:
    s = s.strip(" 、，,：:")
    for p in r.lead_res:
        s2 = p.sub("", s, count=1)
        if s2 != s:
            s = s2.lstrip(" 、，,")
    if not s:
        return ""
    cuts = _cuts(s, tk)
    if not keep_right:  # the counted noun ends where another statement begins (…并制定…)
        words = [s[a:b] for a, b in zip(cuts, cuts[1:])]
        for k, w in enumerate(words):
            if k and w in r.post_stop:
                s, cuts = s[:cuts[k]], cuts[:k + 1]
                break
    i, j = _strip_words(s, cuts, r)
    if j - i > limit:  # keep whole words from the side nearest the number, never half a name
        inside = _quoted(s)
        ok = [c for c in cuts if i <= c <= j and not inside[c]]
        if keep_right:
            i = min((c for c in ok if j - c <= limit), default=j - limit)
        else:
            j = max((c for c in ok if c - i <= limit and c > i), default=i + limit)
        i, j = (a + i for a in _strip_words(s[i:j], [c - i for c in cuts if i <= c <= j], r))
    return _balance(s[i:j].strip(" 、，,"))


def _balance(s: str) -> str:
    for left, right in ("“”", "（）", "()", "《》"):
        if s.count(right) > s.count(left) and s.startswith(right):
            s = s[1:]
        if s.count(left) > s.count(right) and s.endswith(left):
            s = s[:-1]
    return s


def _is_boundary(text: str, p: Quantity, r: _Rules | None = None) -> bool:
    """Whether a number found in the text separates one figure's words from another's: not one
    inside a quoted name (建立了“三张清单”制度)."""
    if r is not None and p.numeral == "chinese" and _enclosed(text, p.start, p.end, r.quotes, r.quote_max):
        return False
    if p.kind == "bare":  # 四议两公开, 三品一标, 3T车: numerals inside words
        nxt = text[p.end:p.end + 1]
        return p.numeral == "arabic" and not (nxt.isascii() and nxt.isalpha())
    return True


def _bounds(text: str, q: Quantity, found: list[Quantity], r: _Rules | None = None
            ) -> tuple[int, int, Quantity | None, Quantity | None]:
    """The stretch of q's clause that belongs to it: from the previous figure to the next one."""
    left, right = _clause_start(text, q.span_start), _clause_end(text, q.span_end)
    prev = nxt = None
    for p in found:
        if p is q or not _is_boundary(text, p, r):
            continue
        if p.end <= q.span_start and p.kind != "excluded":
            if p.span_end > left:
                if text.startswith("的", p.span_end):  # 800平米以上的社区阵地有100个: a modifier
                    left = max(left, _clause_start(text, p.span_start), prev.span_end if prev else 0)
                    continue
                left, prev = p.span_end, p
                sep = text.rfind("、", left, q.span_start)
                left = sep + 1 if sep >= 0 else left  # 5次集中学习培训、2次廉政警示教育
        elif p.start >= q.span_end:
            if p.span_start < right:
                right, nxt = p.span_start, (p if p.kind != "excluded" else None)
            break
    return left, right, prev, nxt


def _without_excluded(text: str, start: int, end: int, found: list[Quantity]) -> str:
    """The text of a stretch with dates and durations taken out (总额连续3年保持 → 总额保持)."""
    out, pos = [], start
    for p in found:
        if p.kind == "excluded" and start <= p.start and p.end <= end:
            cut = p.start - (2 if text[max(start, p.start - 2):p.start] in ("连续", "近") else 0)
            out.append(text[pos:max(pos, cut)])
            pos = p.end
    out.append(text[pos:end])
    return "".join(out)


def metric_of(text: str, q: Quantity, found: list[Quantity], r: _Rules, tk) -> str:
    """The phrase of the quantity's clause saying what is counted: the words before it
    (整改非农化土地260余亩) and the noun phrase it counts after it (137名党员自觉认领志愿服务岗位)."""
    left, right, prev, nxt = _bounds(text, q, found, r)
    post_raw = text[q.span_end:right]
    if nxt is not None:
        if not post_raw:  # 6大类34个评分项目: the noun after the next figure counts both
            _, right2, _, _ = _bounds(text, nxt, found, r)
            post_raw = text[nxt.span_end:right2]
        elif "、" in post_raw:  # 4次、村务公开12次: the next item begins at the 、
            post_raw = post_raw[:post_raw.rfind("、")]
    pre_raw = _without_excluded(text, left, q.span_start, found)
    if prev is not None:  # 16家工业企业以及6个家庭农场: the next item begins after the conjunction
        cuts = _cuts(pre_raw, tk)
        for a, b in reversed(list(zip(cuts, cuts[1:]))):
            if pre_raw[a:b] in r.conjunctions:
                pre_raw = pre_raw[b:]
                break
    if q.change_from is not None:  # 网格事项由8项调整至43项: the subject stands before 由/从, for both
        cs = _clause_start(text, q.span_start)
        head = re.split(r"[由从]", text[cs:q.span_start], maxsplit=1)[0]
        if head != text[cs:q.span_start]:
            return _clean(_without_excluded(text, cs, cs + len(head), found), r, tk, True, r.max_chars)
    pre_raw = _abbreviate(pre_raw)
    post = _clean(post_raw, r, tk, False, r.max_chars)
    if post:  # the counted noun follows; the words before say what was done with it
        pre = "" if pre_raw.rstrip().endswith("等") else _clean(pre_raw, r, tk, True, r.max_chars // 2)
        return pre + post
    return _clean(pre_raw, r, tk, True, r.max_chars)


def metrics(text: str, kept: list[Quantity], found: list[Quantity], r: _Rules, tk) -> list[str | None]:
    """Metrics of a block's outcomes. A figure whose clause names nothing takes a name from its
    unit (共529户 → 户数) or from the figure before it in the sentence (调研8次、100余人次; 共有村民
    1386户、5120人 → 村民 for both); a
    bare 增幅/产量/占比 takes the subject of the figure before it (事业编制增加192个、增幅达57.7%)."""
    out: list[str | None] = []
    fallback: list[bool] = []  # whether a metric was only a name from the unit (户数)
    for i, q in enumerate(kept):
        m = metric_of(text, q, found, r, tk)
        before = kept[i - 1] if i else None
        same_sentence = before is not None and not any(c in "。！？!?\n" for c in text[before.end:q.start])
        if not m and same_sentence and out[-1] and q.qualifier in r.change_verbs:
            m = out[-1] + q.qualifier  # 总营收突破1260万元，同比增长18.5% → 总营收增长
        if not m and before is not None and out[-1] and not fallback[-1] and re.fullmatch(r"\s*、?\s*", text[before.span_end:q.span_start]):
            m = out[-1]  # 共有村民1386户、5120人: both count 村民
        if m and q.unit in r.ratio_units and m.startswith(r.ratio_leads) and same_sentence and out[-1]:
            m = out[-1]  # 全年公开事项达600余条，是黎家坪村的1.2倍: a multiple of the figure before
        if not m:
            m = _clause_before(text, q, before, r, tk)  # 莒村的群众信访量则比去年减少了一半，仅为7件
        fallback.append(not m)
        if not m:
            m = r.by_unit.get(q.unit or "", "") or (out[-1] if same_sentence and out[-1] else "")
        elif (m in r.relative or m in r.change_verbs) and same_sentence and out[-1] and not out[-1].endswith(m):
            m = out[-1] + m
        out.append(_owner(text, q, m, r) + m if m else None)
    return out



def _clause_before(text: str, q: Quantity, before: Quantity | None, r: _Rules, tk) -> str:
    """A figure alone in its clause (仅为7件) after a clause with no figure that names the thing
    and how it moved (群众信访量则比去年减少了一半): the thing."""
    cs = _clause_start(text, q.span_start)
    if cs < 2 or text[cs - 1] in "。！？!?\n" or text[cs:q.span_start].strip():
        return ""
    ps = _clause_start(text, cs - 1)
    if before is not None and before.end > ps:
        return ""
    head = r.re_change_cut.split(text[ps:cs - 1], maxsplit=1)[0] if r.re_change_cut else text[ps:cs - 1]
    m = _clean(head, r, tk, True, r.max_chars)
    return m if len(m) >= 2 and not any(c.isdigit() for c in m) else ""


def _owner(text: str, q: Quantity, m: str, r: _Rules) -> str:
    """Whose income a bare 总营收/年收入 is, when an earlier clause of the sentence names it:
    村集体经济，去年总营收达到486万元 → 村集体经济总营收."""
    if not m.endswith(r.owner_heads) or any(w in m for w in r.owned):
        return ""
    cs = _clause_start(text, q.span_start)
    ss = max(text.rfind(c, 0, cs) for c in "。！？!?\n") + 1
    head = text[ss:cs]
    best = max(((head.rfind(w) + len(w), len(w), w) for w in r.owners if w in head), default=None)
    if best is None:
        return ""
    at, w = best[0] - best[1], best[2]
    lead = head[_clause_start(head, at):at]
    return (lead if len(lead) <= 3 and all(map(is_han, lead)) else "") + w
