"""Formulas whose name and items stand in different sentences: a name opening a sentence that points
back at the list closing the one before (…政策库、项目库和问题线索库。在“三库”基础上…), and a name whose
items follow as quoted words ending in its key (做好“五员”。做好“联络员”，…做好“协调员”，…).
"""
from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...patterns import CJK
from .items import item_options, rules, valid, word_start
from ..text import Sentence
from .lists import find_enums, squash
from .names import Name

Named = list[tuple[Sentence, list[Name]]]


def named_after(text: str, named: Named, used, lex: Lexicon):
    """…汇总形成政策库、项目库和问题线索库。在“三库”基础上…: a name opening a sentence points back at the
    list closing the sentence before, when that list has as many items as it counts, each ending in its key."""
    r = rules(lex)
    out = []
    for (prev, _), (s, names) in zip(named, named[1:]):
        for n in names:
            if not n.linkable or not n.count or (s.start, n.start) in used \
                    or len(squash(text[s.start:s.start + n.start])) > 2:
                continue
            body, key = text[prev.start:prev.end], n.family[-1]
            tail = len(body.rstrip().rstrip("。！？!?…"))
            for e in find_enums(body):
                if e.end < tail or e.kind != "open":
                    continue
                for spans in item_options(body, e, r, True, False):
                    texts = [body[a:b] for a, b in spans]
                    if len(spans) != n.count or not all(t.endswith(key) for t in texts):
                        continue
                    a, b = spans[0]
                    shortest = min(len(t) for t in texts[1:])
                    if b - a > shortest:  # the first chunk holds the verbs that introduce the list
                        a += word_start(body[a:b], b - a - shortest, r)
                    spans = [(a, b)] + spans[1:]
                    if valid(body, spans, r, closed=False):
                        used.add((s.start, n.start))
                        out.append((n.family, n.count, [(prev.start + x, prev.start + y) for x, y in spans], prev))
                        break
                else:
                    continue
                break
    return out


def quoted_heads(text: str, named_by_block: list[Named], used):
    """做好“五员”。做好“联络员”，…做好“宣传员”，…: a name of a numeral and one key, spelled as that many
    quoted words ending in the key in what follows (this paragraph and the next two)."""
    out = []
    for bi, named in enumerate(named_by_block):
        later = [s for blk in named_by_block[bi:bi + 3] for s, _ in blk]
        if not later:
            continue
        end = later[-1].end
        for s, names in named:
            for n in names:
                if n.shape != "key" or len(n.family) != 2 or not n.count or (s.start, n.start) in used:
                    continue
                key = re.escape(n.family[-1])
                spans, seen = [], set()
                for m in re.finditer(rf"[“\"]([{CJK}]{{1,5}}{key})[”\"]", text[s.start + n.end:end]):
                    if m.group(1) not in seen and m.group(1) != n.family:
                        seen.add(m.group(1))
                        a = s.start + n.end + m.start(1)
                        spans.append((a, a + len(m.group(1))))
                if len(spans) == n.count:
                    used.add((s.start, n.start))
                    out.append((n.family, n.count, spans, s))
    return out
