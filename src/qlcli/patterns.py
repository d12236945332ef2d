"""Text patterns every reader and extractor shares, defined once: the Chinese character range,
numerals, years and the numbers that open a section or a list item.

Strings are regex fragments (put them inside [...] or (?:...)); compiled patterns start with RE_.
"""
from __future__ import annotations

import re

CJK = "\u4e00-\u9fff"  # the unified ideographs: what a regex class of Chinese characters holds
CJK_EXT_A = "\u3400-\u4dbf"  # rarer characters of place names (Extension A)
CN_DIGITS = "一二三四五六七八九十"
# the value of a numeral that names a set or counts a section (三治, 两公开, 双述双评)
CN_NUMERALS = {ch: i + 1 for i, ch in enumerate(CN_DIGITS)} | {"两": 2, "双": 2}
YEAR = r"(?:19|20)\d{2}"  # a year written in digits

# the number of a section or list item at the start of a line: 一、 / （一） / 1. / 2、
RE_SECTION_NO = re.compile(rf"^(?:[{CN_DIGITS}]{{1,3}}\s*[、.．]|[（(][{CN_DIGITS}\d]{{1,3}}[）)]|\d{{1,2}}\s*[、.．])")
# the same with its level kept apart: group 1 一、, group 2 （一）, group 3 1.
RE_HEADING_LABEL = re.compile(rf"^\s*(?:([{CN_DIGITS}]{{1,3}})\s*、|[（(]([{CN_DIGITS}]{{1,3}})[）)]|(\d{{1,2}})\s*[、.．](?!\d))")


def is_han(ch: str) -> bool:
    """A character of the CJK range above (what most rules mean by a Chinese character)."""
    return "\u4e00" <= ch <= "\u9fff"


def is_cjk(ch: str) -> bool:
    """A Chinese character of a name: the unified ideographs, Extension A and the supplementary
    planes' Extensions B-H (place names write rare characters: 𦰡溪瑶族乡)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\U00020000" <= ch <= "\U000323af"


def label_kind(text: str) -> str | None:
    """The level of the number that opens a heading: cn (一、), paren (（一）), digit (1.)."""
    m = RE_HEADING_LABEL.match(text)
    if not m:
        return None
    return "cn" if m.group(1) else ("paren" if m.group(2) else "digit")

# a subtitle's line under a title: ——基于广东省蕉岭县农村的调研分析
RE_SUBTITLE = re.compile(r"^(?:——|--|—)\s*\S")
