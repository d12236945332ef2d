"""Stage 3 of measures: which items spell out which formula name, over a whole document.

Passes find (name, items) links: inside each sentence (sentence_links.py: a name and the list
next to it, or an unquoted count right after a list: 问题清单、责任清单、整改清单，通过三单), in the
sentence after a name that ends its own (健全“三张清单”。即A、B、C。), in the table after a name
(按照下表推进“五个一”工程：), over paragraphs (paragraph_links.py: 一是…二是… after a heading that
names the formula, 具体包括…, digits 1个…2种…3张 for “123”, paragraphs that open with the items)
and over the headings of a case (heading_links.py: 突出“自治”倡廉 / “法治”守廉 / “德治”养廉).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...lexicon import Lexicon
from ...model import Case, Document
from ...patterns import CJK
from ..text import Sentence, block_sentences
from .candidates import candidates_for, key_match, mask_label
from .heading_links import heading_sets, key_headings
from .items import Rules, rules
from .lists import find_enums, squash
from .names import Name, find_names
from .paragraph_links import paragraph_leads, sub_items
from .sentence_links import alias, link_sentence


@dataclass
class Link:
    family: str  # as the text names it ("" for an unnamed set)
    count: int | None  # the numeral's value
    counts: set  # the item counts the name allows (三位一体: 3 or 4)
    spans: list[tuple[int, int]]  # items, offsets in Document.text
    sentence: Sentence  # evidence: the sentence holding the items (the first one's)
    dims: list | None = None  # dimensions the text itself pairs with the items (突出“法治”守廉 → 法治)


def find_links(doc: Document, cases: list[Case], lex: Lexicon) -> list[Link]:
    links: list[Link] = []
    named_by_block = []
    used: set[tuple[int, int]] = set()  # (sentence start, name start) of names already spelled out
    for block in doc.blocks:
        sents = block_sentences(block)
        named = [(sent, find_names(mask_label(doc.text[sent.start:sent.end]), lex)) for sent in sents]
        named_by_block.append(named)
        for sent, names in named:
            s = doc.text[sent.start:sent.end]
            for name, spans, _ in link_sentence(s, lex, names):
                if name is not None:
                    used.add((sent.start, name.start))
                name = alias(name, sent, named)
                links.append(Link(name.family if name else "", name.count if name else None,
                                  name.counts if name else set(),
                                  [(sent.start + a, sent.start + b) for a, b in spans], sent))
    links.extend(_next_sentence_links(doc, named_by_block, used, lex))
    links.extend(_table_links(doc, named_by_block, used, lex))
    for family, count, spans, sent in sub_items(doc, named_by_block, used, lex):
        links.append(Link(family, count, {count}, spans, sent))
    for family, count, spans, sent in paragraph_leads(doc, named_by_block, used, lex):
        links.append(Link(family, count, {count}, spans, sent))
    for family, count, spans, sent in key_headings(doc, cases, named_by_block, lex):
        links.append(Link(family, count, {count}, spans, sent))
    for family, count, spans, sent, dims in heading_sets(doc, cases, named_by_block, lex):
        links.append(Link(family, count, {count}, spans, sent, dims))
    return links


def _next_sentence_links(doc: Document, named_by_block, used: set, lex: Lexicon) -> list[Link]:
    """A name that ends its sentence (健全“三张清单”。) and a list opening the next one (即A、B、C。)."""
    out = []
    flat = [pair for named in named_by_block for pair in named]
    for (sent, names), (nxt, _) in zip(flat, flat[1:]):
        for n in names:
            if (sent.start, n.start) in used:
                continue
            found = link_next(doc.text[sent.start:sent.end], n, doc.text[nxt.start:nxt.end], lex)
            if found:
                family, spans = found
                used.add((sent.start, n.start))
                out.append(Link(family, n.count if family == n.family else len(spans), n.counts if family == n.family
                                else {len(spans)}, [(nxt.start + a, nxt.start + b) for a, b in spans], nxt))
    return out


def _table_links(doc: Document, named_by_block, used: set, lex: Lexicon) -> list[Link]:
    """A name ending the paragraph right before a table (按照下表推进“五个一”工程：) and one column
    of that table whose body cells, as many as the numeral, each hold the name's key (一张权力清单,
    一个监督平台 …)."""
    r = rules(lex)
    out = []
    for i, named in enumerate(named_by_block[:-1]):
        nxt = doc.blocks[i + 1]
        if not named or nxt.kind != "table_cell":
            continue
        sent, names = named[-1]
        cells = [b for b in doc.blocks if b.kind == "table_cell" and b.table == nxt.table and b.row]
        for n in reversed(names):
            if (sent.start, n.start) in used or not n.linkable or not n.keys:
                continue
            for col in sorted({b.col for b in cells}):
                column = sorted((b for b in cells if b.col == col), key=lambda b: b.row)
                texts = [squash(b.text) for b in column]
                if len(column) == n.count and key_match(n, texts) and all(2 <= len(x) <= r.max_item for x in texts):
                    used.add((sent.start, n.start))
                    spans = [(b.start, b.start + len(b.text.rstrip())) for b in column]
                    first = block_sentences(column[0])[0]
                    out.append(Link(n.family, n.count, n.counts, spans, first))
                    break
            break
    return out


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
    for c in candidates_for(t, here, enums, r):
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
