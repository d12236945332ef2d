"""Text normalisation shared by every reader.

Readers hand over raw blocks; `build_document` cleans each block's text, drops layout noise
(page footers, image file names), joins the blocks with "\n" and records offsets. Everything
here is length-changing only *before* offsets are assigned, so offsets are stable.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .model import Block, Document
from .patterns import CJK as HAN, CJK_EXT_A, CN_DIGITS
from .script import detect_traditional, to_simplified  # noqa: F401 - re-exported

CJK = HAN + CJK_EXT_A
_WIDTH = {**{0xFF10 + i: 0x30 + i for i in range(10)},
          **{0xFF21 + i: 0x41 + i for i in range(26)},
          **{0xFF41 + i: 0x61 + i for i in range(26)},
          0xFF05: ord("%"), 0xFE6A: ord("%"), 0xFF0B: ord("+"), 0xFF0E: ord("."), 0x200B: None, 0xFEFF: None,
          # hyphens and dashes of other widths (2010﹣2017年, r036) as the two every rule knows
          0xFE63: ord("-"), 0x2010: ord("-"), 0x2011: ord("-"), 0x2012: ord("-"), 0xFE58: ord("—"), 0x2015: ord("—")}
_SUPERSCRIPT = str.maketrans("", "", "¹²³⁴⁵⁶⁷⁸⁹⁰")

RE_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]\s*")
# 重 庆 市 渝 北 区 民 政 局: four or more single characters spaced out for a banner
RE_LETTERSPACED = re.compile(rf"(?<![{CJK}])[{CJK}](?:[ \u00a0\u2002\u3000]{{1,3}}[{CJK}]){{3,}}(?![{CJK}])")
RE_SPACES = re.compile(r"[ \u00a0\u2002\u3000]+")
# PDF text layers put spaces between CJK and digits (渝北民〔2024〕8 号, 260 余亩, 92.5 %)
RE_DIGIT_CJK = re.compile(rf"(?<![\d.\-:/])(\d+(?:\.\d+)?)[ \u00a0\u2002\u3000]+(?=[{CJK}%‰])"
                          rf"|(?<=[{CJK}])[ \u00a0\u2002\u3000]+(?=\d+(?:\.\d+)?(?:[ \u00a0]*[{CJK}%‰]|$))")
# footnote marks glued to text: 清廉村居[1]
RE_FOOTMARK = re.compile(rf"(?<=[{CJK}，。；”])\[\d{{1,2}}\]")
# a reading or a variant after a character, as web copies print them: 鎮(zhèn), 設(shè), and on
# some sites labelled or bare: 漳(拼音:zhāng), 门(繁体:門), 口[读:kǒu], 然[rán], 和{pinyin:hé}, 区qū 金柄村
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = rf"[a-zü]*[{_TONED}][a-zü]*"
_GLOSS_LABEL = "(?:拼音|pinyin|读|练|繁体|繁|简体|简)[:：]"
RE_RUBY = re.compile(rf"(?<=[{CJK}])(?:[（(\[{{【](?:{_GLOSS_LABEL})?(?:{_PINYIN}|(?<=[:：])[{CJK}])[）)\]}}】]"
                     rf"|\s?{_PINYIN}\s?(?=[{CJK}]))")
RE_PAGE_FOOTER = re.compile(r"^[\s\-—–－]*(?:\d{1,4}|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?)[\s\-—–－]*$")
RE_PAGE_DASHED = re.compile(r"^\s*[—–\-－]{1,2}\s*\d{1,4}\s*[—–\-－]{1,2}\s*$")
RE_IMAGE_LINE = re.compile(r"^\S{1,60}\.(?:png|jpe?g|gif|bmp|webp|tiff?)$", re.I)


# a forum's anti-copy watermark: short runs of ASCII letters, digits and symbols split by spaces, glued
# anywhere, even to a name (城固县:原公镇青龙寺村、桔园镇郭家山村* \9 L2 R7 O! ~' @! Z& T9 F)
RE_WATERMARK_RUN = re.compile(rf"(?:(?<=\s)|^|(?<=[{CJK}]))(?:[!-~]{{1,3}} ){{3,}}[!-~]{{1,3}}(?=\s|$|[{CJK}])")
_SYMBOLS = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def strip_watermark(s: str) -> str:
    def drop(m: re.Match) -> str:
        tokens = m.group(0).split()
        # (random letters among the symbols: a table row, | 91% | 76% |, has none)
        return "" if sum(any(c in _SYMBOLS for c in t) for t in tokens) >= 2 \
            and sum(any(c.isalpha() for c in t) for t in tokens) >= 2 else m.group(0)
    return RE_WATERMARK_RUN.sub(drop, s) if " " in s else s


def clean_inline(s: str) -> str:
    """Normalise one block's text (no line structure is assumed)."""
    s = s.translate(_WIDTH).translate(_SUPERSCRIPT)
    s = strip_watermark(s)
    s = RE_BOOKMARK.sub("", s)
    s = RE_FOOTMARK.sub("", s)
    s = RE_RUBY.sub("", s)
    s = RE_LETTERSPACED.sub(lambda m: RE_SPACES.sub("", m.group(0)), s)
    s = RE_DIGIT_CJK.sub(lambda m: m.group(1) or "", s)  # (dates and times keep their spaces)
    return s.strip()


def is_noise(s: str) -> bool:
    """Layout left-overs that carry no content: page numbers, picture file names."""
    t = s.strip()
    return not t or bool(RE_PAGE_DASHED.match(t) or RE_IMAGE_LINE.match(t))


def is_page_number(s: str) -> bool:
    return bool(RE_PAGE_DASHED.match(s) or RE_PAGE_FOOTER.match(s))


@dataclass
class RawBlock:
    kind: str
    text: str
    page: int | None = None
    para: int | None = None
    level: int | None = None
    label: str = ""
    table: int | None = None
    row: int | None = None
    col: int | None = None
    align: str = ""


RE_H1 = re.compile(rf"^[{CN_DIGITS}]{{1,3}}、")
RE_H2 = re.compile(rf"^[（(][{CN_DIGITS}]{{1,3}}[）)]")


def infer_heading(rb: RawBlock, text: str) -> RawBlock:
    """Give numbered section lines (一、… （一）…) a heading kind and level when the format did not."""
    if rb.kind not in ("paragraph", "list_item") or len(text) > 40 or text[-1:] in "。！？!?；;" or "。" in text:
        return rb
    if RE_H1.match(text):
        return replace(rb, kind="heading", level=1)
    if RE_H2.match(text):
        return replace(rb, kind="heading", level=2)
    return rb


def build_document(raw: list[RawBlock], **doc_fields) -> Document:
    """Clean raw blocks, drop noise, join with newlines and assign offsets."""
    blocks: list[Block] = []
    parts: list[str] = []
    pos = 0
    for rb in raw:
        text = clean_inline(rb.text) if rb.kind != "table_cell" or rb.text.strip() else ""
        if rb.kind != "table_cell" and is_noise(text):
            continue
        if not text:
            continue
        if rb.label and not text.startswith(rb.label):
            text = rb.label + text
        rb = infer_heading(rb, text)
        if parts:
            pos += 1  # the "\n" separator
        blocks.append(Block(index=len(blocks), kind=rb.kind, text=text, start=pos, end=pos + len(text),
                            page=rb.page, para=rb.para, level=rb.level, label=rb.label,
                            table=rb.table, row=rb.row, col=rb.col, align=rb.align))
        parts.append(text)
        pos += len(text)
    text = "\n".join(parts)
    doc = Document(text=text, blocks=blocks, **doc_fields)
    if detect_traditional(text):
        doc.original = text
        doc.script = "traditional"
        doc.text = to_simplified(text)
        doc.blocks = [replace(b, text=doc.text[b.start:b.end]) for b in blocks]
    return doc
