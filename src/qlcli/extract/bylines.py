"""Bylines and editors' lines: the source line under a web story's title (来源：重庆日报), and the
organisations (with their date) a collection names as its editors (岳阳市纪委监委  2024年3月).
"""
from __future__ import annotations

import re

from ..patterns import CJK, YEAR
from .dates import RE_DATED_LINE, parse_date, parse_month
from .meta_rules import RE_PUNCT, MetaRules


# a paper's own line under a story's title: 《工人日报》(2023年01月31日 02版)
RE_PAPER_LINE = re.compile(r"《([^《》]{2,12}?(?:报|刊|杂志))》\s*[（(]\s*(?:19|20)\d{2}\s*年")


def dated_editors(text: str, rules: "MetaRules") -> tuple[list[str], str | None]:
    """The organisations and date of a collection's byline (岳阳市纪委监委  2024年3月), else ([], None)."""
    m = RE_DATED_LINE.match(text.strip())
    if not m:
        return [], None
    eds = editors_in(m.group(1), rules)
    return (eds, parse_month(m.group(2))) if eds else ([], None)


def is_byline(text: str, rules: MetaRules) -> bool:
    """A web story's line under its title: labelled (来源：… / 发布时间：…), or a date with writers or a
    source named without labels (贵州省纪委监委网站  2023-11-14  通讯员 罗兴 冉丽)."""
    t = text.strip()
    if len(t) > 150:
        return False
    if rules.re_metaline.match(t) or rules.re_newsline.search(t) or rules.re_reporter_line.match(t) \
            or RE_PAPER_LINE.match(t):
        return True
    if parse_date(t) is None or RE_PUNCT.search(t):
        return False
    return bool(rules.re_reporter.search(t)) or byline_source(t, rules) is not None or field_byline(t, rules)


def field_byline(text: str, rules: MetaRules) -> bool:
    """A dated line of fields apart by spaces, one of them labelled (转载 李倩2022/09/20 22:54:25 发布
    IP属地:未知 来源:楚雄发布 作者: 70 阅读): a page's byline wherever it stands above the story."""
    t = text.strip()
    words = re.split(rf"\s+|(?<=\d)(?=[{CJK}])", t)  # a label glued to a time: 09:35:41来源:龙湾新闻网
    return len(t) <= 150 and parse_date(t) is not None and not RE_PUNCT.search(t) \
        and any(rules.re_metaline.match(w) for w in words[1:])


def byline_source(text: str, rules: MetaRules) -> str | None:
    """The first word of a dated byline when it names a source (…网站, …日报), or the first field that
    does after its date and time (2019-02-07 15:32:00    新华网  参与评论()人)."""
    words = text.strip().split()
    first = re.split(rf"{YEAR}", words[0])[0] if words else ""
    if not first and parse_date(text) is not None:
        first = next((w for w in words[1:] if not re.match(r"[\d:：/.\-]", w)), "")
    return first if len(first) >= 3 and first.endswith(rules.source_names) and re.fullmatch(rf"[{CJK}]+", first) else None


def org_ok(t: str, rules: MetaRules) -> bool:
    t = re.sub(r"\s", "", t)
    t = t[:-2] if t.endswith("文件") else t
    return 3 <= len(t) <= 30 and not RE_PUNCT.search(t) and t.endswith(tuple(rules.orgs)) and not _locative_end(t)


def _locative_end(t: str) -> bool:
    """Does the name end in a locative word (返回顶部: a page's link to its top, not a 部)?"""
    from ..segment import locatives

    words = locatives()
    return t[-2:] in words or t[-3:] in words


def editors_in(text: str, rules: MetaRules) -> list[str]:
    """The organisations of an editors' line: one name, or several split by spaces, maybe followed by
    编 (中共沭阳县纪委 沭阳县民政局 编)."""
    t = text.strip()
    for mark in rules.editor_marks:
        if t.endswith(mark) and len(t) > len(mark):
            t = t[:-len(mark)].strip()
            break
    parts = t.split()
    if len(parts) > 1 and all(org_ok(p, rules) for p in parts):
        return parts
    return [re.sub(r"\s", "", t)] if org_ok(t, rules) else []
