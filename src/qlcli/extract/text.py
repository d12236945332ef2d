"""Sentences with offsets: the unit of evidence every extracted row points back to."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block, Document

RE_SENT_END = re.compile(r"[。！？!?]+[”’」』）)]*")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    block: int  # index of the block holding it


_SENTENCES: dict[int, tuple[Block, str, list]] = {}  # id(block) → (block, its text, its sentences)


def block_sentences(block: Block) -> list[Sentence]:
    """The sentences of a block (each extractor asks again: computed once per block and text)."""
    hit = _SENTENCES.get(id(block))
    if hit is not None and hit[0] is block and hit[1] is block.text:
        return list(hit[2])
    if len(_SENTENCES) > 20000:  # blocks of documents done with
        _SENTENCES.clear()
    out = _split(block)
    _SENTENCES[id(block)] = (block, block.text, out)
    return list(out)


def _split(block: Block) -> list[Sentence]:
    out, pos = [], 0
    for m in RE_SENT_END.finditer(block.text):
        if m.end() > pos:
            out.append(Sentence(block.start + pos, block.start + m.end(), block.text[pos:m.end()], block.index))
        pos = m.end()
    if pos < len(block.text) and block.text[pos:].strip():
        out.append(Sentence(block.start + pos, block.end, block.text[pos:], block.index))
    return out


def sentences(doc: Document) -> list[Sentence]:
    return [s for b in doc.blocks for s in block_sentences(b)]


def sentence_at(doc: Document, offset: int, starts: list[int] | None = None) -> Sentence | None:
    """The sentence holding a character offset (binary search over blocks). Pass the blocks'
    starts when looking up many offsets of one document."""
    import bisect

    starts = starts if starts is not None else [b.start for b in doc.blocks]
    i = bisect.bisect_right(starts, offset) - 1
    if i < 0:
        return None
    for s in block_sentences(doc.blocks[i]):
        if s.start <= offset < s.end or offset == s.end == doc.blocks[i].end:
            return s
    return None
