"""Award lists inside a sentence: 评选出了A、B等8个村居为2023年度……标杆单位, and runs of units
each followed by its honour.
"""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..model import DocMeta, Document, Tier, Unit
from ..patterns import CJK
from .admin import squash
from .award_lists import AwardList
from .honours import Honour, RE_YEAR, Rules, core_tier, dated, read_honour, year_of
from .mentions import find_mentions
from .quantity import cn_int
from .text import sentences

# one of several counted honours sharing a 称号: …等301个“省级美丽乡村示范村”、
RE_GROUP = re.compile(r"等\s*([0-9一二三四五六七八九十百两]+)\s*个\s*[“\"]([^”\"]{2,40})[”\"]\s*、")


# --- inline lists --------------------------------------------------------------------------
def _add_inline(lists: list, h: Honour, text: str, offset: int, s, units, meta) -> None:
    """One list of the units named in `text` (at `offset` in the document), if it names any."""
    lst = AwardList(h, None, s.start)
    for men in find_mentions(text, units, offset):
        lst.rows.append(_inline_row(men, h, lst, s, meta))
    if lst.rows:
        lists.append(lst)


def inline_lists(doc: Document, meta: DocMeta, units: list[Unit], r: Rules, lex: Lexicon,
                 default_year: int | None) -> tuple[list[AwardList], list[tuple[Honour, int, object]]]:
    """Lists written in a sentence, and the counts sentences declare: (honour, count, sentence)."""
    lists: list[AwardList] = []
    declared: list[tuple[Honour, int, object]] = []
    title_honour = read_honour(r.re_title_frame.sub("", squash(meta.title or "")), r, need_end=False)
    if title_honour is not None and title_honour.tier is None:
        title_honour = None
    for s in sentences(doc):
        pos, prev = 0, None
        for m in r.re_inline.finditer(s.text):
            h = read_honour(m.group(2), r, need_end=False)
            n = cn_int(m.group(1))
            if h is not None and h.tier is None and prev is not None and (tier := core_tier(squash(m.group(2)), r)):
                # 炭厂村等255个乡村为2022年中国美丽休闲乡村,其中尖岩村等84个乡村同时为农家乐特色村: the count and
                # its verb say it is an honour, and it shares the year and level of the one before it
                h = Honour(prev.year, prev.level, tier, h.text)
            if h is None or h.tier is None or n is None:
                continue
            before, h = prev, dated(h, default_year)
            prev = h
            declared.append((h, n, s))
            a = max(pos, _clause_start(s.text, m.start()))
            _add_inline(lists, h, s.text[a:m.start()], s.start + a, s, units, meta)
            if before is not None and any(w in m.group(0) for w in r.also_words):  # 同时为: on the list before too
                _add_inline(lists, before, s.text[a:m.start()], s.start + a, s, units, meta)
            pos = m.end()
        for m in r.re_named.finditer(s.text):
            h = read_honour(m.group(1), r, need_end=False)
            if h is None or h.tier is None or h.year is None or any(m.start() < d.end() and d.start() < m.end()
                                                                    for d in r.re_inline.finditer(s.text)):
                continue
            a = _clause_start(s.text, m.start())
            _add_inline(lists, h, s.text[a:m.start()], s.start + a, s, units, meta)
        for m in r.re_title.finditer(s.text):
            h = read_honour(m.group(3) + m.group(4), r, need_end=False)
            if h is None or h.tier is None:
                continue
            y = RE_YEAR.search(s.text)
            if not h.span:
                h = Honour(h.year or (year_of(y.group(1)) if y else default_year), h.level, h.tier, h.text)
            if m.group(2) and cn_int(m.group(2)) is not None:
                declared.append((h, cn_int(m.group(2)), s))
            a = m.start(1)
            # several honours share the 称号 (授予A村等301个“省级美丽乡村示范村”、B村等100个“省级特色精品乡村”称号):
            # the names before each count take the honour right after it
            for g in RE_GROUP.finditer(s.text, a, m.end(1)):
                gh = read_honour(m.group(3) + g.group(2), r, need_end=False)
                if gh is not None and gh.tier is not None:
                    if not gh.span:
                        gh = Honour(gh.year or h.year, gh.level, gh.tier, gh.text)
                    if cn_int(g.group(1)) is not None:
                        declared.append((gh, cn_int(g.group(1)), s))
                    _add_inline(lists, gh, s.text[a:g.start()], s.start + a, s, units, meta)
                    a = g.end()
            _add_inline(lists, h, s.text[a:m.end(1)], s.start + a, s, units, meta)
        for m in r.re_selected.finditer(s.text):
            h = read_honour(m.group(2), r, need_end=False)
            if h is None or h.tier is None or "等" in m.group(1) or any(
                    m.start() < d.end() and d.start() < m.end() for d in r.re_inline.finditer(s.text)):
                continue
            h = dated(h, default_year)
            _add_inline(lists, h, m.group(1), s.start + m.start(1), s, units, meta)
        for m in r.re_selected_count.finditer(s.text):
            h = read_honour(m.group(3), r, need_end=False)
            n = cn_int(m.group(2))
            if h is None or h.tier is None or n is None or any(
                    m.start() < d.end() and d.start() < m.end() for d in r.re_inline.finditer(s.text)):
                continue
            h = dated(h, default_year)
            declared.append((h, n, s))
            _add_inline(lists, h, m.group(1), s.start + m.start(1), s, units, meta)
        for rx, need_end in ((r.re_colon, False), (r.re_listed, True)):
            for m in rx.finditer(s.text):
                h = read_honour(m.group(1), r, need_end=need_end)
                if h is None or h.tier is None:
                    continue
                h = dated(h, default_year)
                _add_inline(lists, h, m.group(2), s.start + m.start(2), s, units, meta)
        for m in r.re_praised.finditer(s.text) if title_honour is not None else ():
            h = dated(title_honour, default_year)
            if m.group(2) and cn_int(m.group(2)) is not None:
                declared.append((h, cn_int(m.group(2)), s))
            _add_inline(lists, h, m.group(1), s.start + m.start(1), s, units, meta)
        for m in r.re_count.finditer(s.text):  # 合格单位5个
            h = read_honour(m.group(1), r, need_end=False)
            n = cn_int(m.group(2))
            if h is not None and h.tier is not None and n is not None and "等" not in s.text[max(0, m.start() - 1):m.start()]:
                declared.append((dated(h, default_year), n, s))
    return lists, declared


def _honours_in(text: str, r: Rules) -> list[tuple[int, Honour]]:
    out = []
    for m in r.re_honour_phrase.finditer(text):
        if text.startswith(r.work_after, m.end()):
            continue  # 开展2022年度美丽乡村评选活动: the work towards an honour, not its list
        phrase = m.group(0)
        more = re.match(rf"[{CJK}]{{1,8}}?村", text[m.end():]) if phrase.endswith("乡村") else None
        if more:  # 全国乡村旅游重点村: 乡村 runs on into the honour's words, the honour ends at its 村
            if text.startswith(r.work_after, m.end() + len(more.group(0))):
                continue  # 美丽乡村试点村建设工作: the work again
            phrase += more.group(0)
        h = read_honour(phrase, r, need_end=False)
        if h is not None and h.tier is not None:
            out.append((m.start(), h))
    return out


def run_lists(doc: Document, meta: DocMeta, units: list[Unit], r: Rules, default_year: int | None) -> list[AwardList]:
    """Units a sentence puts on an honour (A村、B村入选…, 这7个村（社区）是：A、B…, …分别为：A、B),
    and lines of names under a line that opens a list (…名单 / 具体名单如下： / 县：A村、B村). The
    honour is the one the sentence names, else the last one the document named before it (a lead,
    a heading, the title): 第九批“全国民主法治示范村（社区）”名单公布 … 我市7个村（社区）榜上有名。"""
    lists: list[AwardList] = []
    current = read_honour(r.re_title_frame.sub("", squash(meta.title or "")), r, need_end=False)
    current = current if current is not None and current.tier is not None else None
    zone: AwardList | None = None
    pending = None  # a line of names seen under no opener (the first of a run)
    sents = list(sentences(doc))
    for k, s in enumerate(sents):
        text = s.text.strip()
        found = _honours_in(s.text, r)
        men = find_mentions(s.text, units, s.start)
        listy = False
        if men:
            named = squash("".join(m.text for m in men))
            listy = len(named) * 2 >= len(squash(re.sub(r"[（(][^）)]*[）)]|[:：、，,；;0-9.．\s]", "", text)))
            listing = any(w in s.text for w in r.listing)
            if listing and not found and k + 1 < len(sents) and "\n" not in doc.text[s.end:sents[k + 1].start]:
                found = _honours_in(sents[k + 1].text, r)  # …公主岭村入选！农业农村部公布2022年中国美丽休闲乡村名单！
            h = found[-1][1] if found else (current if listing else None)
            if h is not None and (listing or any(w in s.text for w in r.selection)):
                h = dated(h, default_year)
                lst = AwardList(h, None, s.start)
                for mm in men:
                    if not _persons_listed(s.text, mm.start - s.start, r):
                        lst.rows.append(_inline_row(mm, h, lst, s, meta))
                lists.append(lst)
                zone = lst if text.endswith(r.openers) else None
                current = found[-1][1] if found else current
                continue
            if zone is None and listy and current is not None and len(men) * 2 >= len(text.split("、")) \
                    and pending is not None and pending[1].end >= s.start - 2:
                zone = AwardList(dated(current, default_year), None,
                                 pending[1].start)  # two lines of names in a row under no opener: a list
                for mm in pending[0]:
                    zone.rows.append(_inline_row(mm, zone.honour, zone, pending[1], meta))
                lists.append(zone)
            if zone is not None and listy:
                for mm in men:
                    zone.rows.append(_inline_row(mm, zone.honour, zone, s, meta))
                continue
            pending = (men, s) if listy and not text.endswith(("：", ":")) else None
            continue
        pending = None  # only lines of names next to each other make a list
        if found:
            current = found[-1][1]
        if current is not None and text.endswith(r.openers) and (not men or found):
            zone = AwardList(dated(current, default_year), None, s.start)
            lists.append(zone)
        elif zone is not None and not men and len(squash(text)) > 30:
            zone = None  # prose ends the list
    return [lst for lst in lists if lst.rows]


def _persons_listed(text: str, at: int, r: Rules) -> bool:
    """Is the name at `at` in a part of the sentence that lists persons (获评…先进工作者的3名个人分别为：
    …八一社区党委书记刘建元): the unit is a person's workplace, not on the list."""
    lo = max(text.rfind(c, 0, at) for c in "；;。") + 1
    head = re.split(r"[：:]", text[lo:at], maxsplit=1)[0]
    return len(head) < at - lo and r.re_persons.search(head) is not None


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding text[end] starts: after the last ，；：。 before it (、 joins names)."""
    return max(text.rfind(c, 0, end) for c in "，,；;：:。") + 1


def _inline_row(men, h: Honour, lst: AwardList, s, meta: DocMeta) -> Tier:
    u = men.unit
    return Tier(doc_number=meta.doc_number, region=meta.region, year=h.year, level=h.level, tier=h.tier or "",
                unit=u.unit, town=u.town, village=u.village, kind=u.kind, attachment=None,
                position=len(lst.rows) + 1, honour=h.text, sentence=s.text, start=s.start, end=s.end)
