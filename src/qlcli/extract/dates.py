"""Dates as documents write them: 2024年1月15日, 二〇二四年一月十五日, 2024-01-15, a month alone
(2024年3月), each to ISO (2024-01-15, 2024-03).
"""
from __future__ import annotations

import re

from ..patterns import CJK, CN_DIGITS, YEAR
from .quantity import cn_int


CN_NUM = "〇零" + CN_DIGITS  # the digits of a year written in Chinese (二〇二四)
RE_DOCNUM = re.compile(rf"[{CJK}]{{1,12}}\s*[〔\[［(（【]\s*{YEAR}\s*[〕\]］)）】]\s*第?\s*\d{{1,5}}\s*号")
RE_DATE = re.compile(rf"({YEAR})\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日")
RE_DATE_CN = re.compile(rf"([{CN_NUM}]{{4}})\s*年\s*([{CN_NUM}]{{1,3}})\s*月\s*([{CN_NUM}]{{1,3}})\s*日")
RE_MONTH = re.compile(rf"^(?:{YEAR}|[{CN_NUM}]{{4}})\s*年\s*(?:\d{{1,2}}|[{CN_NUM}]{{1,3}})\s*月$")
# an editors' line with its date run in (岳阳市纪委监委  2024年3月, spaces or none): a collection's byline
RE_DATED_LINE = re.compile(rf"^(.+?)\s*({YEAR}\s*年\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?"
                           rf"|[{CN_NUM}]{{4}}\s*年\s*[{CN_NUM}]{{1,3}}\s*月(?:\s*[{CN_NUM}]{{1,3}}\s*日)?)$")
RE_ISO = re.compile(rf"({YEAR})[-/.](\d{{1,2}})[-/.](\d{{1,2}})")


def _iso(y, m, d) -> str | None:
    try:
        y, m, d = int(y), int(m), int(d)
    except ValueError:
        return None
    if 1 <= m <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def parse_date(text: str) -> str | None:
    """First date in text as ISO: 2023年7月17日, 二〇二三年七月十七日, 2022-12-09."""
    m = RE_DATE.search(text)
    if m:
        return _iso(*m.groups())
    m = RE_DATE_CN.search(text)
    if m:
        return _iso(cn_int(m.group(1)), cn_int(m.group(2)), cn_int(m.group(3)))
    m = RE_ISO.search(text)
    if m:
        return _iso(*m.groups())
    return None


def parse_month(text: str) -> str | None:
    """A date that may stop at the month, as ISO: 2024年3月 → 2024-03, 二〇二四年三月五日 → 2024-03-05."""
    full = parse_date(text)
    if full:
        return full
    m = re.search(rf"({YEAR}|[{CN_NUM}]{{4}})\s*年\s*(\d{{1,2}}|[{CN_NUM}]{{1,3}})\s*月", text)
    if not m:
        return None
    y, mo = (int(g) if g.isdigit() else cn_int(g) for g in m.groups())
    return f"{y:04d}-{mo:02d}" if y and mo and 1 <= mo <= 12 else None


def is_date_line(t: str) -> bool:
    t = re.sub(r"\s", "", t)
    if t[:1] in "（(" and t[-1:] in "）)":  # （2023年12月20日） under a report's title
        t = t[1:-1]
    return bool(RE_DATE.fullmatch(t) or RE_DATE_CN.fullmatch(t))
