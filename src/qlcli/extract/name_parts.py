"""One written name, or a line of them, read into its parts: parse_name (重庆市渝北区木耳镇金刚村 →
province, county, town, village, kind), parse_area (an area without a village), and the lines that
are nothing but such names (award lists, table cells, a table of contents: names_in_line,
area_of_line). The chains themselves are read by admin.py.
"""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..patterns import CN_DIGITS
from .admin import LEVELS, Chain, Rules, read_chain, rules, squash, village_chain


# --- whole names and lines of names --------------------------------------------------------------
# 1. / 1、 / （1） / 01 / 一、 / （一） / ——: what numbers or leads a list line
RE_ITEM_NO = re.compile(rf"^\s*(?:[—－\-]{{1,2}}|\d{{1,3}}\s*[.、．)）]|[（(]\s*(?:\d{{1,3}}|[{CN_DIGITS}]{{1,3}})\s*[）)]"
                        rf"|[{CN_DIGITS}]{{1,3}}\s*[、.．]|\d{{1,3}}(?:\s+|(?=[\u4e00-\u9fff])))?\s*")
RE_TOC_TAIL = re.compile(r"\s*(?:[…\.·．]{2,}\s*\d{0,4})\s*$")
RE_SPLIT = re.compile(r"[、，,；;\s]+")


def clean_item(text: str, r: Rules | None = None) -> str:
    """A list line without its number, leaders and trailing punctuation."""
    t = RE_ITEM_NO.sub("", text, count=1)
    t = RE_TOC_TAIL.sub("", t)
    return t.rstrip(r.item_trail if r else "；;。，,：:、").strip()


def parse_name(name: str, lex: Lexicon) -> dict | None:
    """The parts of one written unit name, or None if it is not one village-level unit.

    >>> parse_name("重庆市渝北区木耳镇金刚村", lex)
    {'province': '重庆市', 'city': None, 'county': '渝北区', 'town': '木耳镇', 'village': '金刚村', 'kind': '村'}
    """
    r = rules(lex)
    t = squash(clean_item(name, r))
    ch = _whole_unit(t, r)
    return _parts_dict(ch) if ch else None


def parse_area(name: str, lex: Lexicon) -> dict | None:
    """The parts of an area name (重庆市綦江区通惠街道), lowest level last; None if it is not one."""
    r = rules(lex)
    t = squash(name)
    ch = whole_area(t, r)
    return _parts_dict(ch) if ch else None


def _whole_unit(t: str, r: Rules) -> Chain | None:
    for end, keep in r.committees:
        if t.endswith(end) and len(t) > len(end):
            return _whole_unit(t[:len(t) - len(end)] + keep, r)  # the name is a prefix of t: offsets hold
    for suf in r.village_suffixes:
        if t.endswith(suf) and len(t) > len(suf):
            ch = village_chain(t, len(t) - len(suf), len(t), 0, r, anchored=True, known={})
            if ch is not None and ch.start == 0:
                ch.kind = r.kinds[suf]
                return ch
            return None
    return None


def whole_area(t: str, r: Rules) -> Chain | None:
    if t in r.provinces:
        return Chain(0, len(t), {"province": t})
    for suf, lv in r.parent_suffixes:
        if t.endswith(suf) and len(t) > len(suf) and not t.endswith(tuple(r.village_suffixes)):
            ch = read_chain(t, len(t) - len(suf), len(t), lv, 0, r, anchored=True, known={})
            if ch is not None and ch.start == 0:
                return ch
    return None


def _parts_dict(ch: Chain) -> dict:
    d = {lv: ch.parts.get(lv) for lv in reversed(LEVELS)}
    d["kind"] = ch.kind
    return d


RE_PAREN_TAIL = re.compile(r"\s*[（(][^（）()]{1,40}[）)]\s*$")
RE_COUNT_TAIL = re.compile(rf"[（(]\s*(?:共\s*)?[0-9{CN_DIGITS}]+\s*个?\s*[）)]$")


def line_names(raw: str, r: Rules):
    """Cached `_parse_line` (the units pass and the tiers pass read the same lines)."""
    cache = r.line_cache
    if raw not in cache:
        if len(cache) > 20000:
            cache.clear()
        cache[raw] = _parse_line(raw, r)
    return cache[raw]


def _parse_line(raw: str, r: Rules) -> tuple[dict | None, list[tuple[int, int, Chain]]] | None:
    """A line that is nothing but unit names (龙塔街道鲁能西路社区, 1.木耳镇金刚村, A村、B村,
    渝北区：A村、B村, 木耳镇金刚村  渝北区, 木耳镇金刚村（党支部书记：…）): (the areas the line gives
    besides the names, [(start, end, chain) of each name]); None otherwise."""
    t = clean_item(raw, r)
    prefix: dict = {}
    if "：" in t or ":" in t:
        head, _, rest = re.split(r"([：:])", t, maxsplit=1)
        area = whole_area(squash(RE_COUNT_TAIL.sub("", head)), r)
        if area is None and squash(RE_COUNT_TAIL.sub("", head)).endswith(r.group_heads) and len(squash(head)) <= 10:
            t = rest.strip()  # 第一片区：A社区、B社区: a group of the list, no area
        elif area is None:
            t = RE_PAREN_TAIL.sub("", t)  # 木耳镇金刚村（党支部书记：张三）
            if "：" in t or ":" in t:
                return None
        else:
            prefix, t = dict(area.parts), rest.strip()
    tries = [[p for p in RE_SPLIT.split(t) if p], [squash(p) for p in re.split(r"[、，,；;]+", t) if p.strip()]]
    if RE_PAREN_TAIL.search(t):
        tries.append([p for p in RE_SPLIT.split(RE_PAREN_TAIL.sub("", t)) if p])
    for k, pieces in enumerate(tries + [tries[0]]):
        chains = [_whole_unit(p, r) for p in pieces]
        areas = {}
        if k == len(tries):  # last try: names with area columns beside them (木耳镇金刚村  渝北区)
            for i, p in enumerate(pieces):
                if chains[i] is None and (a := whole_area(p, r)) is not None:
                    areas.update({lv: v for lv, v in a.parts.items() if lv not in areas})
                    chains[i] = False
        named = [(p, ch) for p, ch in zip(pieces, chains) if ch]
        if named and all(ch is not None for ch in chains):
            out, pos = [], 0
            for p, ch in named:
                p = p[:ch.end]  # without a committee's name after it (…村村委会)
                m = re.compile(r"\s*".join(map(re.escape, p))).search(raw, pos)
                if m is None:
                    return None
                pos = m.end()
                out.append((m.start(), m.end(), ch))
            return {**areas, **prefix} or None, out
    return None


def names_in_line(text: str, lex: Lexicon) -> list[tuple[int, int, dict]] | None:
    """The unit names of a list line or table cell, with their offsets in `text`, or None if the
    line holds anything but names (an optional number, an area and a colon, separators)."""
    got = line_names(text, rules(lex))
    if got is None:
        return None
    prefix, names = got
    out = []
    for a, b, ch in names:
        d = _parts_dict(ch)
        for lv, v in (prefix or {}).items():
            if v and not d.get(lv) and LEVELS.index(lv) > max(LEVELS.index(k) for k in ch.parts):
                d[lv] = v
        out.append((a, b, d))
    return out


def area_of_line(text: str, lex: Lexicon) -> dict | None:
    """The area a line names alone (渝北区（3个）, 广元市利州区三堆镇:), e.g. a group in a list."""
    t = RE_COUNT_TAIL.sub("", clean_item(text, rules(lex)))
    return parse_area(t, lex) if t else None
