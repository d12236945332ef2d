"""Formulas spelled out over several sentences or paragraphs.

- numbered sub-items: a heading or sentence names the formula (三、突出“三个精准”…), then
  一是精准划分片区。…二是精准识人选人。…三是… give its items (the words up to the first comma);
- a sentence that names it followed by one that lists it: 坚持三个抓手。具体包括抓实…；抓好…；抓细…
- digits: “123”协商工作机制分别包括：确定1个协商问题。建立2种协商模式…建好3张清单…
- paragraphs that open with the items: 打造“四廉”品牌： / 党建铸廉。… / 制度固廉。… (or, unnamed,
  【党建引廉】… / 【制度固廉】… / 【监督护廉】…).
Sibling headings of a case are heading_links.py's.
"""
from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...model import Document
from ...patterns import CJK, CN_NUMERALS as NUMERALS, RE_HEADING_LABEL
from ..text import Sentence, block_sentences
from .candidates import copula_sides, key_match
from .items import common_prefix, kind_in, lian_set, opens, rules, set_name, set_ok, valid, zhi_set
from .lists import CLAUSE, squash
from .named_apart import named_after, quoted_heads
from .names import Name

RE_CLAUSE_END = re.compile(rf"[{re.escape(CLAUSE)}]")

Named = list[tuple[Sentence, list[Name]]]


def _clause(text: str, a: int, limit: int) -> tuple[int, int]:
    """From a to the first clause mark outside brackets, not past limit."""
    depth, i = 0, a
    while i < limit:
        ch = text[i]
        if ch in "“（(《「【":
            depth += 1
        elif ch in "”）)》」】" and depth:
            depth -= 1
        elif ch in CLAUSE and depth == 0:
            break
        i += 1
    return a, i


def _heading_like(block_text: str) -> bool:
    t = squash(block_text)
    return bool(t) and (len(t) <= 40 and not t.endswith("。") or RE_HEADING_LABEL.match(block_text) is not None
                        and len(t) <= 60)


def _pick(names: list[Name], k: int, used: set[tuple[int, int]], sent: Sentence) -> Name | None:
    for n in names:
        if n.linkable and k in n.counts and (sent.start, n.start) not in used:
            return n
    return None


def _clean_items(text: str, spans: list[tuple[int, int]], name: Name, lex: Lexicon) -> list[tuple[int, int]]:
    r = rules(lex)
    texts = [text[a:b] for a, b in spans]
    pre = common_prefix(texts)
    if len(pre) >= 2 and opens(pre) == 0 and not any(k in pre for k in name.keys) \
            and all(len(t) - len(pre) >= 2 for t in texts):
        spans = [(a + len(pre), b) for a, b in spans]  # 健全考评机制、健全保障机制 → 考评机制 …
    spans = copula_sides(text, spans, name)[0]  # 坚持以邻里互助会为支撑 → 邻里互助会
    out = []
    for a, b in spans:
        m = re.fullmatch(rf"[{CJK}]{{1,3}}“([^“”]+)”", text[a:b])
        if m:  # 用好“专业人” → 专业人
            a, b = a + m.start(1), a + m.end(1)
        out.append((a, b))
    if set_name(name.family, r) == r.kind_char:  # 创新“乡村自治”模式 → 自治
        kinds = [kind_in(text[a:b], r) for a, b in out]
        if all(kinds) and len(set(kinds)) == len(kinds):
            out = [(text.find(k, a, b), text.find(k, a, b) + len(k)) for k, (a, b) in zip(kinds, out)]
    return out


def _compound_part(text: str, spans, name: Name):
    """“三会五员” with four items, three of them 会: the 会 ones are 三会."""
    if name.shape != "compound" or len(spans) in name.counts:
        return name.family, spans
    fam = name.family
    second = next((i for i in range(1, len(fam)) if fam[i] in NUMERALS), 0)
    if not second:
        return fam, spans
    key = fam[1:second]
    part = [(a, b) for a, b in spans if key in text[a:b]]
    if len(part) == NUMERALS.get(fam[0], 0):
        return fam[:second], part
    return fam, spans


def sub_items(doc: Document, named_by_block: list[Named], used: set[tuple[int, int]], lex: Lexicon):
    """(family, count, item spans, evidence sentence) from 一是…二是…, 具体包括…, 1个…2种…"""
    text = doc.text
    out = []
    seq: list[tuple[int, int, int]] = []  # (number, block index, offset after the marker)

    def close():
        if len(seq) >= 2:
            found = _for_sequence(doc, named_by_block, seq, used, lex)
            if found:
                out.append(found)
        seq.clear()

    words, re_mark = rules(lex).sequence, rules(lex).re_mark
    for bi, block in enumerate(doc.blocks):
        if RE_HEADING_LABEL.match(block.text) or block.kind == "heading":
            close()
        for m in re_mark.finditer(block.text):
            g = m.group(1)
            if g in words:  # 首先 1, 其次 2 …; the last word follows whatever came before it
                v = (seq[-1][0] + 1 if seq else 0) if g == words[-1] else words.index(g) + 1
            else:
                v = NUMERALS[g]
            pos = block.start + m.end()
            if v == 1:
                close()
                seq.append((v, bi, pos))
            elif seq and v == seq[-1][0] + 1:
                seq.append((v, bi, pos))
            else:
                close()
    close()
    out.extend(_aspects(doc, named_by_block, used, lex))
    out.extend(_label_sequences(doc, named_by_block, used, lex))
    for named in named_by_block:
        out.extend(_introduced(text, named, used, lex))
        out.extend(_digit_steps(text, named, used, lex))
        out.extend(named_after(text, named, used, lex))
    out.extend(quoted_heads(text, named_by_block, used))
    return out


def _aspects(doc: Document, named_by_block: list[Named], used: set[tuple[int, int]], lex: Lexicon):
    """健全“两个机制” / 一方面，建立村务监督“双签”机制，…。另一方面，建立群众评议机制，… : the two
    sides of a two-item formula, each opening a sentence (in one paragraph or the next)."""
    marker = rules(lex).re_sides
    if marker is None:
        return []
    out = []
    marks = [(bi, block.start + m.end(), m.group(1) is not None)
             for bi, block in enumerate(doc.blocks) for m in marker.finditer(block.text)]
    for (bi, pos, first), (bj, pos2, first2) in zip(marks, marks[1:]):
        if first and not first2 and bj - bi <= 1:
            found = _for_sequence(doc, named_by_block, [(1, bi, pos), (2, bj, pos2)], used, lex)
            if found:
                out.append(found)
    return out


LEVELS = {"cn": 0, "paren": 1, "digit": 2}


def _label_sequences(doc: Document, named_by_block: list[Named], used, lex: Lexicon):
    """Numbered paragraphs after a sentence or heading that names the formula:
    打造“五廉”工作法，具体做法如下： / （一）党建引廉，… / （二）制度固廉，… """
    out = []
    open_seqs: dict[str, list[tuple[int, int, int]]] = {}

    def close(kind):
        seq = open_seqs.pop(kind, [])
        if len(seq) >= 2:
            found = _for_sequence(doc, named_by_block, seq, used, lex, after_items=False)
            if found:
                out.append(found)

    for bi, block in enumerate(doc.blocks):
        m = RE_HEADING_LABEL.match(block.text)
        if not m:
            continue
        kind = "cn" if m.group(1) else ("paren" if m.group(2) else "digit")
        label = m.group(1) or m.group(2) or m.group(3)
        value = int(label) if label.isdigit() else (NUMERALS.get(label) if len(label) == 1 else 0)
        for other in [k for k in open_seqs if LEVELS[k] > LEVELS[kind]]:
            close(other)  # a higher heading ends the numbered paragraphs under the last one
        seq = open_seqs.get(kind, [])
        if value == 1 or not seq or value != seq[-1][0] + 1:
            close(kind)
            seq = []
        if value == 1 or seq:
            seq.append((value, bi, block.start + m.end()))
            open_seqs[kind] = seq
    for kind in list(open_seqs):
        close(kind)
    return out


def _for_sequence(doc: Document, named_by_block: list[Named], seq, used, lex: Lexicon, after_items: bool = True):
    text = doc.text
    k = len(seq)
    first_bi, last_bi = seq[0][1], seq[-1][1]
    first_named, last_named = named_by_block[first_bi], named_by_block[last_bi]
    first_sent = next((s for s, _ in first_named if s.start <= seq[0][2] - 2 < s.end), None)
    if first_sent is None:
        return None
    places: list[tuple[Sentence, list[Name]]] = []
    # the sentence holding the first marker (before it), the one before, a heading just above
    for i, (s, names) in enumerate(first_named):
        if s is first_sent:
            places.append((s, [n for n in names if s.start + n.end <= seq[0][2] - 2]))
            if i > 0:
                places.append(first_named[i - 1])
    if first_bi > 0 and _heading_like(doc.blocks[first_bi - 1].text):
        places.extend(named_by_block[first_bi - 1])
    elif first_bi > 0 and doc.blocks[first_bi - 1].text.rstrip().endswith(("：", ":")) and named_by_block[first_bi - 1]:
        places.append(named_by_block[first_bi - 1][-1])  # …具体做法如下：
    last_sent_end = next((s.end for s, _ in last_named if s.start <= seq[-1][2] - 2 < s.end), first_sent.end)
    after = [(s, names) for s, names in last_named if s.start >= last_sent_end and after_items]  # 通过设置三类网格
    limits = [_clause(text, pos, doc.blocks[bi].end) for v, bi, pos in seq]
    name = sent_of_name = None
    for s, names in places + after:
        name = _pick(names, k, used, s)
        if name is not None and (s, names) in after and not any(
                all(key in text[a:b] for a, b in limits) for key in name.keys):
            name = None  # a name after the items must share their key character
        if name is None and any(n.shape == "compound" for n in names):
            name = next((n for n in names if n.shape == "compound" and n.linkable
                         and (s.start, n.start) not in used), None)
        if name is not None:
            sent_of_name = s
            break
    if name is None:
        return None
    spans = _clean_items(text, limits, name, lex)
    family, spans = _compound_part(text, spans, name)
    if len(spans) not in name.counts and family == name.family:
        return None
    if not valid(text, spans, rules(lex), closed=False) or not set_ok(family, [text[a:b] for a, b in spans], rules(lex)):
        return None
    used.add((sent_of_name.start, name.start))
    return family, name.count if family == name.family else len(spans), spans, first_sent


def _introduced(text: str, named: Named, used, lex: Lexicon):
    """坚持三个抓手，…。具体包括抓实“三会一课”常态化，…；抓好“道德讲堂”进乡村，…；抓细…"""
    r = rules(lex)
    out = []
    for (s, names), (nxt, _) in zip(named, named[1:]):
        body = text[nxt.start:nxt.end]
        books = [(nxt.start + m.start(1), nxt.start + m.end(1)) for m in re.finditer(r"《([^《》]+)》", body)]
        for n in names:  # 建好3张清单。制定《问题清单》，…；制定《责任清单》…
            if n.head and n.count and len(books) == n.count and (s.start, n.start) not in used \
                    and all(text[a:b].endswith(n.head) for a, b in books) and len(squash(text[s.start:s.end])) <= 16:
                used.add((s.start, n.start))
                out.append((n.family, n.count, books, nxt))
        intro = next((w for w in r.introducers if body.lstrip().startswith(w)), None)
        if intro is None:
            continue
        for n in names:
            if not n.linkable or (s.start, n.start) in used:
                continue
            a0 = nxt.start + body.index(intro) + len(intro)
            parts, a = [], a0
            for m in re.finditer(r"[；;。]", text[a0:nxt.end]):
                parts.append((a, a0 + m.start()))
                a = a0 + m.end()
            if a < nxt.end and text[a:nxt.end].strip():
                parts.append((a, nxt.end))
            if len(parts) not in n.counts:
                continue
            spans = [_clause(text, a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in parts]
            if valid(text, spans, r, closed=False) and set_ok(n.family, [text[a:b] for a, b in spans], r):
                used.add((s.start, n.start))
                out.append((n.family, n.count, spans, nxt))
    return out


def _digit_steps(text: str, named: Named, used, lex: Lexicon):
    """“123”工作机制分别包括：确定1个协商问题。建立2种协商模式，…建好3张清单，…"""
    out = []
    for i, (s, names) in enumerate(named):
        for n in names:
            if n.shape != "digits" or not n.family.isdigit() or (s.start, n.start) in used:
                continue
            pos = s.start + n.end
            end = named[-1][0].end
            spans = []
            for d in n.family:
                m = re.compile(rf"{d}\s*[个种张项条类步支]").search(text, pos, end)
                if not m:
                    break
                a = m.start()
                while a > pos and text[a - 1] not in CLAUSE and text[a - 1] not in "\n":
                    a -= 1
                spans.append(_clause(text, a, end))
                pos = spans[-1][1]
            if len(spans) == len(n.family) and valid(text, spans, rules(lex), closed=False):
                used.add((s.start, n.start))
                out.append((n.family, len(spans), spans, s))
    return out


RE_LEAD = re.compile(r"^\s*[●◆◇▲■□•·★☆▶►①-⑳⑴-⒇]?\s*(?:【([^【】]{2,10})】|([^。，,：:；;！!？?\s“”【】●◆◇▲■□•·★☆▶►①-⑳⑴-⒇]{2,10})"
                     r"\s*[。，,：:；;！!])")


def _lead(block_text: str) -> tuple[int, int] | None:
    """党建铸廉。村党支部书记… → 党建铸廉; 【制度固廉】制定… → 制度固廉 (offsets in the block)."""
    if RE_HEADING_LABEL.match(block_text):
        return None  # numbered paragraphs have their own rules
    m = RE_LEAD.match(block_text)
    if not m:
        return None
    g = 1 if m.group(1) else 2
    return m.start(g), m.end(g)


def paragraph_leads(doc: Document, named_by_block: list[Named], used: set[tuple[int, int]], lex: Lexicon):
    """Paragraphs one after another that each open with an item: 打造“四廉”品牌： / 党建铸廉。… /
    制度固廉。… (the items must hold the name's key), or, with no name, three or more opening with a
    four-character 廉 slogan (【党建引廉】… / 【制度固廉】…) or each with a different kind of 治."""
    r = rules(lex)
    text, blocks = doc.text, doc.blocks
    leads = []
    for b in blocks:
        span = _lead(b.text)
        leads.append((b.start + span[0], b.start + span[1]) if span else None)
    out = []
    taken = -1
    for i, block in enumerate(blocks):
        if i <= taken:
            continue
        named = named_by_block[i][-1:] if block.text.rstrip().endswith(("：", ":")) or _heading_like(block.text) else []
        for sent, names in named:
            for n in names:
                k = max(n.counts) if n.linkable and n.counts else 0
                spans = [x for x in leads[i + 1:i + 1 + k] if x]
                if (sent.start, n.start) in used or not k or len(spans) != k:
                    continue
                texts = [text[a:b] for a, b in spans]
                if key_match(n, texts) and set_ok(n.family, texts, r) and valid(text, spans, r, closed=False):
                    used.add((sent.start, n.start))
                    out.append((n.family, n.count, spans, block_sentences(blocks[i + 1])[0]))
                    taken = i + k
                    break
        if i <= taken:
            continue
        run = []
        for x in leads[i:]:
            t = squash(text[x[0]:x[1]]) if x else ""
            if not t or not (lian_set([t], r) and len(t) == 4 and t[-2] not in r.not_before_set
                             or kind_in(t, r) and len(t) <= 6):
                break
            run.append(x)
        texts = [squash(text[a:b]) for a, b in run]
        if len(run) >= 3 and (all(lian_set([t], r) for t in texts) or zhi_set(texts, r)):
            out.append(("", len(run), run, block_sentences(block)[0]))
            taken = i + len(run) - 1
    return out
