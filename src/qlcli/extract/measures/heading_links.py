"""Formulas spelled out by the sibling headings of one case: （二）…突出“自治”倡廉 （三）…突出“法治”
守廉 （四）…突出“德治”养廉 → 三治 (自治, 法治, 德治) and 三廉 (倡廉, 守廉, 养廉), when the case names
三治 / 三廉 (kinds of 治 that open headings numbered one after another need no name); and headings
holding the key of a name the case gives before them (“三办三化” → 一、实施就近快办，服务群众便利化 …).
"""
from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...model import Case, Document
from ...patterns import CN_NUMERALS as NUMERALS, RE_HEADING_LABEL, label_kind
from ..text import Sentence, block_sentences
from .items import clean, common_prefix, opens, rules, set_name, strip_lead, valid
from .lists import squash
from .names import Name
from .paragraph_links import RE_CLAUSE_END, Named


def _lian_word(text: str, a: int, b: int, suffix: str | None) -> tuple[int, int] | None:
    """党建引廉，夯实… → 党建引廉; 突出“自治”倡廉 → 倡廉."""
    if not suffix:
        return None
    for ca, cb in _clauses(text, a, b):
        t = text[ca:cb].strip()
        if not t.endswith(suffix):
            continue
        if len(squash(t)) <= 6 and "“" not in t:
            return ca + len(text[ca:cb]) - len(text[ca:cb].lstrip()), ca + len(text[ca:cb].rstrip())
        q = max(t.rfind("”"), t.rfind("\""))
        if q >= 0 and 2 <= len(t) - q - 1 <= 4:
            end = ca + len(text[ca:cb].rstrip())
            return end - (len(t) - q - 1), end
    return None


def _clauses(text: str, a: int, b: int):
    start = a
    for m in RE_CLAUSE_END.finditer(text, a, b):
        yield start, m.start()
        start = m.end()
    if start < b:
        yield start, b


def _opening_kinds(text: str, zhi: list) -> list:
    """Headings numbered one after another that each open with a different kind of 治
    (（一）以自治激发活力 / （二）以法治保障权益 / （三）以德治涵养乡风): a set no name announces."""
    best: list = []
    run: list = []
    for z in zhi:
        sent, x, y, value = z
        opens_with = len(squash(text[sent.start:x]).lstrip("（(一二三四五六七八九十0123456789、.．)）")) <= 3
        if run and (value != run[-1][3] + 1 or text[x:y] in {text[p:q] for _, p, q, _ in run}):
            run = []
        run = run + [z] if opens_with and value else []
        if len(run) > len(best):
            best = run
    return best if len(best) >= 3 else []


def heading_sets(doc: Document, cases: list[Case], named_by_block: list[Named], lex: Lexicon):
    r = rules(lex)
    text = doc.text
    scopes = [(c.start, c.end) for c in cases if c.end > c.start] or [(0, len(text))]
    lian_char = r.set_suffixes[0] if r.set_suffixes else None  # 突出“法治”守廉: the 廉 of a heading
    out = []
    for lo, hi in scopes:
        scope = text[lo:hi]
        groups: dict[str, list[tuple[Sentence, int, int]]] = {}
        for bi, block in enumerate(doc.blocks):
            if not (lo <= block.start < hi):
                continue
            kind = label_kind(block.text)
            sents = block_sentences(block)
            if kind and sents:
                m = RE_HEADING_LABEL.match(block.text)
                label = m.group(1) or m.group(2) or m.group(3)
                value = int(label) if label.isdigit() else NUMERALS.get(label, 0)
                groups.setdefault(kind, []).append((sents[0], block.start + m.end(), sents[0].end, value))
        for heads in groups.values():
            zhi, lian, paired = [], [], []
            for sent, a, b, value in heads:
                kind = None
                for q in re.finditer(r"[“\"]([^“”\"]{2,4})[”\"]", text[a:b]):
                    if q.group(1) in r.kinds:
                        zhi.append((sent, a + q.start(1), a + q.end(1), value))
                        kind = q.group(1)
                        break
                else:  # （一）以自治为基础，激发…: one kind, unquoted, in the heading
                    kinds = [k for k in r.kinds if k in text[a:b]]
                    if len(kinds) == 1:
                        i = text.find(kinds[0], a, b)
                        zhi.append((sent, i, i + len(kinds[0]), value))
                        kind = kinds[0]
                w = _lian_word(text, a, b, lian_char)
                if w:
                    lian.append((sent, *w))
                    paired.append(kind)  # 突出“法治”守廉: this 廉 rests on 法治
            if len(zhi) >= 3 and len({text[x:y] for _, x, y, _ in zhi}) == len(zhi) \
                    and r.numeral(len(zhi)) + r.kind_char in scope:
                out.append((r.numeral(len(zhi)) + r.kind_char, len(zhi), [(x, y) for _, x, y, _ in zhi], zhi[0][0], None))
            else:
                run = _opening_kinds(text, zhi)
                if run:
                    out.append((r.numeral(len(run)) + r.kind_char, len(run), [(x, y) for _, x, y, _ in run], run[0][0], None))
            if len(lian) >= 3 and r.numeral(len(lian)) + lian_char in scope:
                out.append((r.numeral(len(lian)) + lian_char, len(lian), [(x, y) for _, x, y in lian], lian[0][0],
                            paired if all(paired) else None))
    return out


def key_headings(doc: Document, cases: list[Case], named_by_block: list[Named], lex: Lexicon):
    """Headings 一、二、三、 that each hold the key of a formula the case names before them:
    “三办三化”… / 一、实施就近快办，服务群众便利化 / 二、实施“一网通办”，服务群众标准化 / … →
    三办三化: 就近快办, 一网通办, 快捷时办, 便利化, 标准化, 规范化 (the clause holding 办, the one
    holding 化). Sets of 廉 and of 治 have their own rules (heading_sets)."""
    r = rules(lex)
    text = doc.text
    out = []
    scopes = [(c.start, c.end) for c in cases if c.end > c.start] or [(0, len(text))]
    for lo, hi in scopes:
        groups: dict[str, list[tuple[int, Sentence, int]]] = {}
        for block in doc.blocks:
            kind = label_kind(block.text) if lo <= block.start < hi else None
            sents = block_sentences(block) if kind else []
            if sents:
                m = RE_HEADING_LABEL.match(block.text)
                label = m.group(1) or m.group(2) or m.group(3)
                value = int(label) if label.isdigit() else NUMERALS.get(label, 0)
                groups.setdefault(kind, []).append((value, sents[0], block.start + m.end()))
        names = [(s, n) for named in named_by_block for s, ns in named for n in ns
                 if lo <= s.start < hi and n.quoted and n.shape in ("key", "compound") and not set_name(n.family, r)]
        for heads in groups.values():
            if [v for v, _, _ in heads] != list(range(1, len(heads) + 1)):
                continue  # one run of sibling headings numbered from one
            for s, n in names:
                parts = _key_parts(n)
                if s.start >= heads[0][1].start or not parts or any(c != len(heads) for c, _ in parts):
                    continue
                spans = []
                for _, key in parts:
                    found = [_clause_with(text, a, sent.end, key) for _, sent, a in heads]
                    if not all(found):
                        break
                    spans += _key_items(text, found, key, r)
                else:
                    if valid(text, spans, r, closed=False):
                        out.append((n.family, n.count, spans, heads[0][1]))
                        break
    return out


def _key_parts(n: Name) -> list[tuple[int, str]]:
    """(count, key) of each part of a name: 三办三化 → (3, 办), (3, 化); 三亮 → (3, 亮)."""
    if n.shape == "compound":
        num = "".join(NUMERALS)
        return [(NUMERALS[m.group(1)], m.group(2)) for m in re.finditer(rf"([{num}])([^{num}]+)", n.family)]
    return [(n.count, n.keys)] if n.count and n.keys and not n.pre else []


def _key_items(text: str, spans: list[tuple[int, int]], key: str, r) -> list[tuple[int, int]]:
    """坚持民事民议 / 坚持民财民理 → 民事民议 …; 让农民群众成为公正议事的“操盘人” → 公正议事."""
    texts = [text[a:b] for a, b in spans]
    pre = common_prefix(texts)
    pre = pre[:pre.find(key)] if key in pre else pre
    if pre and opens(pre) == 0 and all(len(t) - len(pre) >= 2 for t in texts):
        spans = [(a + len(pre), b) for a, b in spans]
    out = []
    for a, b in spans:
        a2 = strip_lead(text, a, b, r.lead_words + r.lead_verbs)
        if key in text[a2:b]:
            a = a2
        cut = re.search(r"的|(?<=[\u4e00-\u9fff])“", text[a + 2:b])  # the item ends before 的 or a quote
        if cut and key in text[a:a + 2 + cut.start()]:
            b = a + 2 + cut.start()
        out.append(clean(text, a, b))
    return out


def _clause_with(text: str, a: int, b: int, key: str) -> tuple[int, int] | None:
    for ca, cb in _clauses(text, a, b):
        if key in text[ca:cb]:
            t = text[ca:cb]
            return ca + len(t) - len(t.lstrip()), ca + len(t.rstrip())
    return None


# --- paragraphs that open with the items -------------------------------------------------------
