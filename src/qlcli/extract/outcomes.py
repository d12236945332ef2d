"""Quantitative outcomes: numbers that report a result or the scale of the work.

Every quantity the parser (`quantity.scan`) finds in a block is kept unless its context says it
is not a result: a name or slogan in quotes (“最后100米”), a title (《中央八项规定》), page
furniture (8330次浏览), a formula's digits spelled out (“123”: 1个问题、2种模式、3张清单), a
small Chinese numeral naming a list (三个抓手, 六个方面), a term of a formula (1+3). Dates,
times, durations and ordinals never reach here: the parser does not read them as quantities.

Each outcome gets its metric (metrics.py: the shortest phrase of its clause saying what is counted,
cut on jieba word boundaries) and its owner (extract/owners.py): the unit of the case write-up it
stands in, the unit its table row names, or the unit or area its clause speaks for.
"""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..model import Case, DocMeta, Document, Outcome, Unit
from ..patterns import CN_DIGITS, is_han
from .mentions import find_mentions
from .metrics import clause_start, enclosed, metrics
from .outcome_rules import RE_FORMULA, OutcomeRules, rules_for
from .owners import Owners, owner_rules
from .quantity import CLAUSE_END, Quantity, scan
from .text import block_sentences


def extract_outcomes(doc: Document, meta: DocMeta, units: list[Unit], cases: list[Case],
                     lex: Lexicon) -> list[Outcome]:
    r = rules_for(lex)
    who = Owners(doc, meta, units, cases, owner_rules(lex), lex)
    headers = {(b.table, b.col): b.text for b in doc.blocks if b.kind == "table_cell" and b.row == 0}
    out: list[Outcome] = []
    named = {m.group(1) for m in r.re_short_name.finditer(doc.text) if any(c.isdigit() for c in m.group(1))}
    for block in doc.blocks:
        if not any(c.isdigit() or c in "一二两三四五六七八九十百千万亿" for c in block.text):
            continue
        text, at = squeeze(block.text)  # PDF text layers space out CJK (乡 镇 ( 街 道 ), 25.8万 元)
        found = scan(text, r.q, everything=True)
        if block.kind == "table_cell" and block.row and RE_PLAIN_NUMBER.fullmatch(text):
            found = _with_header_unit(text, headers.get((block.table, block.col), ""), r) or found
        label = r.re_dotted_label.match(text)
        kept = [q for q in found if q.kind == "quantity" and not_outcome(text, q, r) is None
                and not (label and q.start < label.end()) and not _declared_name(text, q, named)]
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


def _without_owner(m: str | None, units: list[Unit], r: OutcomeRules) -> str | None:
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


def _with_header_unit(text: str, header: str, r: OutcomeRules) -> list[Quantity]:
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
def _counted_after_noun(text: str, q: Quantity, r: OutcomeRules) -> bool:
    """A small Chinese numeral that closes its clause after the noun it counts reports a figure
    (盘活闲置厂房三处, 查处违纪村干部两人); one before its noun names a list (三个抓手). Not a
    frequency (每月公开一次) nor a slogan's tail (最后一公里, 最多跑一次), and never one (非法收受30万元和商品房一套:
    一 there is an article)."""
    if q.value == 1 or (q.span_end < len(text) and text[q.span_end] not in CLAUSE_END + "、"):
        return False
    run = re.match(rf"(?:、[{CN_DIGITS}两]+{re.escape(q.unit or '')})+", text[q.span_end:])
    if run and q.span_end + run.end() < len(text) and text[q.span_end + run.end()] not in CLAUSE_END + "、":
        return False  # 二次、三次、四次全会: a run of numerals of one shape closes where its last one does
    before = text[clause_start(text, q.span_start):q.span_start]
    return bool(before) and is_han(before[-1]) and "每" not in before \
        and not any(before.endswith(w) if len(w) == 1 else w in before[-len(w) - 2:] for w in r.small_not_after)


def _declared_name(text: str, q: Quantity, named: set[str]) -> bool:
    """Is the quantity written as a name the document declared (以下简称“36条”)?"""
    return any(text.startswith(n, q.start) and not text[q.start + len(n):q.start + len(n) + 1].isdigit()
               for n in named)


def formulas(text: str) -> set[int]:
    """The digits of the numbered formulas quoted in a text (“1+X+3+1” → {1, 3})."""
    digits: set[int] = set()
    for m in RE_FORMULA.finditer(text):
        f = m.group(1)
        if "+" in f or len(f) >= 3:
            digits |= {int(c) for c in f if c.isdigit()}
    return digits


def not_outcome(text: str, q: Quantity, r: OutcomeRules) -> str | None:
    """Why a quantity of a block's text reports no result, or None when it may."""
    if any(text.startswith(w, q.end) for w in r.after) or re.match(r"\s*[:：]\s*\d|\s*[为是]\s*\d{5,}(?![\d.年])", text[q.end:q.end + 12]):
        return "page furniture"  # (代码前6位:140428, 号码前6位为441581: a field's label or a code's description)
    lead = text[max(0, q.span_start - 8):q.span_start]
    if lead.rstrip(" ") != lead.rstrip(" :：") and lead.rstrip(" :：").endswith(r.before):
        return "page furniture"
    if q.qualifier in r.norms:
        return "a norm, not a result"
    if q.unit in r.issue_units and r.re_issue.search(text[max(0, q.span_start - 8):q.span_start]):
        return "an issue's number"
    if q.high is not None and not r.ranges:
        return "a range"
    if (q.start and text[q.start - 1] == "+") or text.startswith("+", q.end):
        return "term of a formula"
    if q.numeral == "chinese" and q.value is not None and q.value <= r.small_cn and q.qualifier not in r.keep_cn \
            and not _counted_after_noun(text, q, r):
        return "small Chinese numeral"
    if enclosed(text, q.start, q.end, r.titles, None):
        return "inside a title"
    if enclosed(text, q.start, q.end, r.quotes, r.quote_max):
        return "inside a quoted name"
    if (q.numeral == "arabic" and q.qualifier is None and q.unit in r.formula_units and q.value is not None
            and q.value < 10 and int(q.value) in formulas(text)):
        return "formula item"
    return None
