"""Document metadata: kind, title, own document number, issuers, date and region.

Works on the block structure that every reader produces: a 公文 has its number and red
banner above the title and a signature with a date below the body; a web story has a
source line under its title. Only the document's *own* number counts: a number cited in the
body (…的通知》（渝北民〔2023〕100号）) is not.
"""
from __future__ import annotations

import re
from collections import Counter

from ..lexicon import Lexicon
from ..model import Block, DocMeta, Document
from .admin import level_suffixes, suffix_pattern
from .places import areas_in
from .regions import full_name, is_area, region_in, trim_area
from .quantity import cn_int
from ..patterns import CJK, RE_SECTION_NO, YEAR

CN_NUM = "〇零一二三四五六七八九十"
RE_DOCNUM = re.compile(rf"[{CJK}]{{1,12}}\s*[〔\[［(（【]\s*{YEAR}\s*[〕\]］)）】]\s*第?\s*\d{{1,5}}\s*号")
RE_DATE = re.compile(rf"({YEAR})\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日")
RE_DATE_CN = re.compile(rf"([{CN_NUM}]{{4}})\s*年\s*([{CN_NUM}]{{1,3}})\s*月\s*([{CN_NUM}]{{1,3}})\s*日")
RE_MONTH = re.compile(rf"^(?:{YEAR}|[{CN_NUM}]{{4}})\s*年\s*(?:\d{{1,2}}|[{CN_NUM}]{{1,3}})\s*月$")
# an editors' line with its date run in (岳阳市纪委监委  2024年3月, spaces or none): a collection's byline
RE_DATED_LINE = re.compile(rf"^(.+?)\s*({YEAR}\s*年\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?"
                           rf"|[{CN_NUM}]{{4}}\s*年\s*[{CN_NUM}]{{1,3}}\s*月(?:\s*[{CN_NUM}]{{1,3}}\s*日)?)$")
RE_ISO = re.compile(rf"({YEAR})[-/.](\d{{1,2}})[-/.](\d{{1,2}})")
RE_PUNCT = re.compile(r"[，。；！？,;!?]")
RE_TITLE_GUAN = re.compile(r"^关于.{2,80}$")
RE_ATTACH = re.compile(r"^附\s*件")
# a bracketed tail after a title's kind word: 行动方案（2024—2026年）, 办法（试行）, 意见（征求意见稿）
RE_TITLE_TAIL = re.compile(r"\s*[（(][^（）()]{1,16}[）)]$")


def _kind_end(title: str) -> str:
    """The title without its bracketed tail, so that its last word names its kind."""
    return RE_TITLE_TAIL.sub("", title.strip())


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


def _dated_editors(text: str, rules: "_Rules") -> tuple[list[str], str | None]:
    """The organisations and date of a collection's byline (岳阳市纪委监委  2024年3月), else ([], None)."""
    m = RE_DATED_LINE.match(text.strip())
    if not m:
        return [], None
    eds = _editors(m.group(1), rules)
    return (eds, parse_month(m.group(2))) if eds else ([], None)


def _is_date_line(t: str) -> bool:
    t = re.sub(r"\s", "", t)
    if t[:1] in "（(" and t[-1:] in "）)":  # （2023年12月20日） under a report's title
        t = t[1:-1]
    return bool(RE_DATE.fullmatch(t) or RE_DATE_CN.fullmatch(t))


class _Rules:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        meta, admin = lex.section("meta"), lex.section("admin")
        self.notice = tuple(meta.get("notice_suffixes", []))
        self.plan = tuple(meta.get("plan_suffixes", []))
        self.collection = meta.get("collection_words", [])
        self.reports = tuple(meta.get("report_suffixes", []))
        self.source = meta.get("source_labels", [])
        self.news = meta.get("news_labels", [])
        self.news_leads = meta.get("news_lead_words", [])
        self.orgs = sorted(admin.get("org_suffixes", []), key=len, reverse=True)
        self.provinces = admin.get("provinces", [])
        self.municipalities = admin.get("municipalities", [])
        self.org_prefixes = tuple(admin.get("org_prefixes", []))
        self.re_source = re.compile(rf"(?:^|\s)(?:{'|'.join(map(re.escape, self.source))})\s*[:：]\s*([^\s|｜]+)")
        # a line of a web page or paper that starts with one of the labels (来源: / 发布时间:)
        self.re_metaline = re.compile(rf"^(?:{'|'.join(map(re.escape, self.source + self.news))})\s*[:：]")
        self.re_newsline = re.compile(
            rf"(?:^|\s)(?:{'|'.join(map(re.escape, self.source + self.news))})\s*[:：]")
        # one part of a chain of area names at the start of a phrase: 重庆市|綦江区|通惠街道, 四川省, 渝北区
        one = "|".join(map(re.escape, admin.get("one_char_counties", []))) or "(?!)"
        self.re_part = re.compile(rf"(?:{one})|[{CJK}]{{2,8}}?{suffix_pattern(lex)}")
        self.re_part_suffix = re.compile(suffix_pattern(lex) + "$")
        self.town_suffixes = level_suffixes(lex, "town")
        self.re_town_suffix = re.compile(suffix_pattern(lex, "town"))
        self.county_chars = "".join(s for s in level_suffixes(lex, "county") if len(s) == 1)
        self.re_lead = re.compile(meta.get("title_lead", "^关于"))
        self.not_in_area = meta.get("not_in_area", [])
        self.long_areas = tuple(meta.get("long_area_suffixes", []))
        self.source_names = tuple(meta.get("source_name_suffixes", []))
        self.editor_marks = sorted(meta.get("editor_marks", []), key=len, reverse=True)
        self.case_sections = meta.get("case_sections", [])
        words = "|".join(map(re.escape, sorted(meta.get("reporter_words", []), key=len, reverse=True))) or "(?!)"
        self.re_reporter = re.compile(rf"(?:^|\s)(?:{words})\s*(?:[:：]|\s+[{CJK}])")
        self.village_suffixes = tuple(admin.get("village_suffixes", ["社区", "村"]))
        self.town_scope = tuple(meta.get("town_scope_words", []))
        self.essay_marks = meta.get("essay_marks", [])
        self.re_essay = re.compile(meta.get("essay_pattern", "(?!)"))
        self.re_addressee = re.compile(meta.get("addressee_pattern", "(?!)"))
        self.notice_leads = meta.get("notice_leads", [])
        self.county_scope = tuple(meta.get("county_scope_words", []))
        # a news line's own source before its lead: 多彩贵州网讯（本网记者 李高静）, 本报讯
        self.re_news_source = re.compile(meta.get("news_source_pattern", "(?!)"))
        self.area_examples = tuple(meta.get("area_example_marks", []))


def _is_byline(text: str, rules: _Rules) -> bool:
    """A web story's line under its title: labelled (来源：… / 发布时间：…), or a date with writers or a
    source named without labels (贵州省纪委监委网站  2023-11-14  通讯员 罗兴 冉丽)."""
    t = text.strip()
    if len(t) > 150:
        return False
    if rules.re_metaline.match(t) or rules.re_newsline.search(t):
        return True
    if parse_date(t) is None or RE_PUNCT.search(t):
        return False
    return bool(rules.re_reporter.search(t)) or _byline_source(t, rules) is not None


def _byline_source(text: str, rules: _Rules) -> str | None:
    """The first word of a dated byline when it names a source (…网站, …日报)."""
    first = text.strip().split()[0] if text.strip() else ""
    first = re.split(rf"{YEAR}", first)[0]
    return first if len(first) >= 3 and first.endswith(rules.source_names) and re.fullmatch(rf"[{CJK}]+", first) else None


def _org_ok(t: str, rules: _Rules) -> bool:
    t = re.sub(r"\s", "", t)
    t = t[:-2] if t.endswith("文件") else t
    return 3 <= len(t) <= 30 and not RE_PUNCT.search(t) and t.endswith(tuple(rules.orgs))


def _editors(text: str, rules: _Rules) -> list[str]:
    """The organisations of an editors' line: one name, or several split by spaces, maybe followed by
    编 (中共沭阳县纪委 沭阳县民政局 编)."""
    t = text.strip()
    for mark in rules.editor_marks:
        if t.endswith(mark) and len(t) > len(mark):
            t = t[:-len(mark)].strip()
            break
    parts = t.split()
    if len(parts) > 1 and all(_org_ok(p, rules) for p in parts):
        return parts
    return [re.sub(r"\s", "", t)] if _org_ok(t, rules) else []


def _find_title(blocks: list[Block], rules: _Rules) -> tuple[int | None, str | None]:
    head = blocks[:40]
    for b in head:  # a styled title
        if b.kind == "heading" and b.level == 0 and len(b.text) <= 80:
            return b.index, b.text
    for b in head:  # 关于…的通知
        t = b.text.strip()
        if RE_TITLE_GUAN.match(t) and not RE_PUNCT.search(t):
            if not t.endswith(rules.notice + rules.plan) and b.index + 1 < len(blocks):
                nxt = blocks[b.index + 1].text.strip()
                if len(nxt) <= 30 and nxt.endswith(rules.notice + rules.plan) and not RE_PUNCT.search(nxt):
                    return b.index, t + nxt
            return b.index, t
    for b in head[:15]:  # a web story: the title stands above its source line
        if b.index > 0 and (rules.re_metaline.match(b.text.strip()) or (b.index <= 3 and _is_byline(b.text, rules))) \
                and len(b.text) <= 150:
            for prev in reversed(blocks[:b.index]):
                if len(prev.text) <= 80 and not prev.text.endswith(("：", ":")):
                    return prev.index, prev.text.strip()
    for b in head:  # a title by its last word, possibly wrapped over two lines
        t = b.text.strip()
        if RE_SECTION_NO.match(t):  # 二、具体措施 is a section, not a title
            continue
        if len(t) <= 56 and _kind_end(t).endswith(rules.plan + rules.notice + tuple(rules.collection) + rules.reports) \
                and len(_kind_end(t)) <= 40 and not RE_PUNCT.search(t):
            if b.index > 0:
                p = blocks[b.index - 1].text.strip()
                if (len(p) <= 24 and not RE_PUNCT.search(p) and not _is_date_line(p) and not _org_ok(p, rules)
                        and not RE_DOCNUM.search(p) and not p.startswith(("（", "(")) and not t.startswith("关于")):
                    return b.index - 1, p + t
            return b.index, t
    first = next((b for b in head if b.text.strip()), None)
    nxt = next((b for b in head if first and b.index > first.index and b.text.strip()), None)
    if first is not None and nxt is not None and RE_SECTION_NO.match(nxt.text.strip()):
        t = first.text.strip()  # a write-up's first line above its first section (一、基本情况)
        if len(t) <= 60 and not RE_PUNCT.search(t) and not RE_SECTION_NO.match(t):
            return first.index, t
    for b in head[:5]:  # a case write-up or other document: a short centred first line
        t = b.text.strip()
        if RE_SECTION_NO.match(t):
            continue
        if len(t) <= 40 and not RE_PUNCT.search(t.rstrip("。")) and (b.align == "center" or b.kind == "heading"):
            return b.index, t
    if first is not None and nxt is not None and _plain_title(first.text, rules) \
            and len(nxt.text.strip()) > len(first.text.strip()) and nxt.text.strip().endswith(("。", "”", "！")):
        return first.index, first.text.strip()  # a plain first line above the body's first paragraph
    return None, None


def _plain_title(text: str, rules: _Rules) -> bool:
    """A first line that may be a title: short, no sentence in it, and no banner, number, date or section."""
    t = text.strip()
    return 4 <= len(t) <= 40 and not RE_PUNCT.search(t) and not RE_SECTION_NO.match(t) and not _org_ok(t, rules) \
        and not RE_DOCNUM.search(t) and parse_date(t) is None and not t.endswith(("：", ":"))


def _doc_number(blocks: list[Block], title_i: int | None) -> str | None:
    limit = title_i if title_i is not None else 8
    for b in blocks[:max(limit, 1)]:
        m = RE_DOCNUM.search(b.text)
        if m and len(b.text) <= 40:
            return re.sub(r"\s", "", m.group(0))
    if title_i is not None:  # （渝北民〔2024〕8号） on its own line just below the title
        for b in blocks[title_i + 1:title_i + 3]:
            m = RE_DOCNUM.search(b.text)
            if m and len(b.text) <= len(m.group(0)) + 4:
                return re.sub(r"\s", "", m.group(0))
    return None


def _issuers(doc: Document, title_i: int | None, rules: _Rules) -> list[str]:
    blocks = doc.blocks
    if title_i:
        banner = []
        for b in blocks[:title_i]:
            if RE_DOCNUM.search(b.text):
                continue
            parts = b.text.split()  # 浙江省民政厅　浙江省农业农村厅 on one line: two issuers
            if len(parts) > 1 and all(_org_ok(p, rules) for p in parts):
                banner += [p for p in parts if p not in banner]
            elif _org_ok(b.text, rules) and re.sub(r"\s", "", b.text) not in banner:
                banner.append(re.sub(r"\s", "", b.text))
        if banner:
            return [t[:-2] if t.endswith("文件") else t for t in banner]
    if title_i is not None:  # a collection's editors under its title, then a month (二〇二四年五月)
        names = []
        for b in blocks[title_i + 1:title_i + 5]:
            dated, _ = _dated_editors(b.text, rules)
            if dated:
                return names + dated
            eds = _editors(b.text, rules)
            if eds:
                names += eds
            elif names and (RE_MONTH.match(re.sub(r"\s", "", b.text)) or _is_date_line(b.text)):
                return names
            elif b.text.strip():
                break
    body_start = title_i + 1 if title_i is not None else 0
    for b in blocks[body_start:]:
        if RE_ATTACH.match(b.text.strip()) and len(b.text) < 12:
            break
        if _is_date_line(b.text) and b.index > 0:
            names = blocks[b.index - 1].text.split()
            if names and all(_org_ok(n, rules) for n in names):
                return names
    for b in blocks[:15]:
        m = rules.re_source.search(b.text.strip()) if len(b.text) <= 150 else None
        if m:  # 来源：佛山日报 2024年5月21日 (normalised to one run): the date is not the source
            name = re.split(rf"{YEAR}\s*(?:年|[-/.]\d)", m.group(1))[0]
            return [name or m.group(1)]
    for b in blocks[:4]:  # 贵州省纪委监委网站  2023-11-14  通讯员 …
        if _is_byline(b.text, rules) and (src := _byline_source(b.text, rules)):
            return [src]
    if title_i is not None:  # signature lines before the first date, e.g. in a forwarding note
        for b in blocks[:title_i]:
            if _is_date_line(b.text) and b.index > 0:
                names = blocks[b.index - 1].text.split()
                if names and all(_org_ok(n, rules) for n in names):
                    return names
    return []


def _date(doc: Document, rules: _Rules, title_i: int | None = None) -> str | None:
    for b in doc.blocks:
        if RE_ATTACH.match(b.text.strip()) and len(b.text) < 12:
            break
        if _is_date_line(b.text):
            return parse_date(b.text)
    if title_i is not None:  # a collection's byline under its title (岳阳市纪委监委  2024年3月): month or day
        for b in doc.blocks[title_i + 1:title_i + 5]:
            _, d = _dated_editors(b.text, rules)
            if d:
                return d
    for b in doc.blocks[:15]:
        if rules.re_newsline.search(b.text) or rules.re_source.search(b.text.strip()) or \
                (b.index <= 3 and _is_byline(b.text, rules)):
            d = parse_date(b.text)
            if d:
                return d
    return None


def _area_of(name: str, rules: _Rules) -> str | None:
    name = re.sub(r"\s", "", name)
    name = rules.re_lead.sub("", name, count=1).lstrip("《“\"")
    for pre in rules.org_prefixes:
        if name.startswith(pre):
            name = name[len(pre):]
    out, pos = "", 0
    while (m := rules.re_part.match(name, pos)) is not None and _area_part_ok(m.group(0), rules) \
            and not m.group(0).endswith(rules.village_suffixes):  # 沙滘社区 ends in 区 but is no area
        out, pos = out + m.group(0), m.end()
    return out or None


def _area_part_ok(part: str, rules: _Rules) -> bool:
    """One level of an area name: 成都市, 黔东南苗族侗族自治州; not 清廉村居建设市 (a phrase up to 市级)."""
    if part in rules.provinces:
        return True
    if any(w in part for w in rules.not_in_area):
        return False
    base = rules.re_part_suffix.sub("", part)
    if part.endswith(rules.long_areas) and len(part) <= 12:  # 平潭综合实验区, 两江新区
        return True
    return len(base) <= 5 or part.startswith(tuple(p[:2] for p in rules.provinces)) or "自治" in part


def _expand(area: str, text: str, rules: _Rules) -> str:
    """The longest written form ending with `area`: 渝北区 → 重庆市渝北区."""
    best = area
    for prov in rules.provinces:
        if prov not in text:  # each pattern costs a compile (~5 ms with the CJK class)
            continue
        for m in re.finditer(re.escape(prov) + rf"((?:[{CJK}]{{2,5}}?(?:市|州))?)" + re.escape(area), text):
            if len(m.group(0)) > len(best):
                best = m.group(0)
    if len(best) == len(area) and area[-1] in "州县旗" and len(area) <= 4:  # 湘西州 → 湘西土家族苗族自治州
        m = re.search(rf"{re.escape(area[:-1])}[{CJK}]{{1,12}}?自治{area[-1]}", text)
        if m and "自治" not in area:
            best = area = m.group(0)
    if len(best) == len(area):  # 在遵义市湄潭县…, 走进雅安市名山区…: the parents written before it in the body
        best = max([best] + _chains_ending(area, text, rules), key=len)
    if len(best) == len(area) and area in text:  # 吴江区 → 苏州市吴江区 (a city written before it, at a line's start)
        orgs = "|".join(map(re.escape, rules.org_prefixes)) or "(?!)"
        city = rf"[{CJK}]{{2,5}}?(?:市|州)|[{CJK}]{{2,10}}?自治州"  # 伊犁哈萨克自治州察布查尔锡伯自治县
        for m in re.finditer(rf"(?:^|(?<=[^{CJK}]))(?:{orgs})?({city}){re.escape(area)}", text, re.M):
            if _area_part_ok(m.group(1), rules) and len(m.group(1) + area) > len(best):
                best = m.group(1) + area
    return best


def _chains_ending(area: str, text: str, rules: _Rules) -> list[str]:
    """Area chains of the body that end with `area` (read by the units' chain reader, which knows
    where a name starts after 在/走进/位于 …)."""
    from .admin import read_chain, rules as unit_rules

    r = unit_rules(rules.lex)
    level = next((lv for suf, lv in r.parent_suffixes if area.endswith(suf)), None)
    if level is None:
        return []
    suf = next(s for s, lv in r.parent_suffixes if lv == level and area.endswith(s))
    out = []
    for m in re.finditer(re.escape(area), text):
        floor = text.rfind("\n", 0, m.start()) + 1  # 中共台州市黄岩区纪委: the party prefix is cut below
        ch = read_chain(text, m.end() - len(suf), m.end(), level, floor, r, anchored=False, known={})
        if ch is None or ch.start > m.start():
            continue
        tails, acc = set(), ""
        for part in ch.parts.values():  # lowest level first: 乐从镇, 顺德区乐从镇, 佛山市顺德区乐从镇
            acc = part + acc
            tails.add(acc)
        if area in tails:  # the chain splits where the area starts
            found = text[ch.start:m.end()]
            pre = next((p for p in rules.org_prefixes if found.startswith(p)), "")
            out.append(found[len(pre):])
    return out


def _split_short(area: str, text: str, rules: _Rules) -> str:
    """顺德乐从镇 → 顺德区乐从镇: a title may write the county without its suffix before a town;
    the body writes it whole."""
    m = rules.re_part.match(area)
    if m is None or not m.group(0).endswith(rules.town_suffixes):
        return area
    first = m.group(0)
    for k in (2, 3):
        for suf in ("县", "区", "市", "旗"):
            if len(first) - k >= 3 and first[:k] + suf in text:
                return first[:k] + suf + area[k:]
    return area


def _village_after(title: str, area: str, rules: _Rules) -> bool:
    """Does the title name a village right after the area (沂水县院东头镇桃棵子村：…)?"""
    t = re.sub(r"\s", "", title)
    i = t.find(area)
    head = re.split(r"[：:，,—\-“\"]", t[i + len(area):], maxsplit=1)[0] if i >= 0 else ""
    return 0 < len(head) <= 10 and head.endswith(rules.village_suffixes)


def _region(doc: Document, title: str | None, issuers: list[str], rules: _Rules, doc_type: str = "",
            title_i: int | None = None) -> str | None:
    candidates = []
    if title:
        head = _area_of(title, rules)
        candidates.append(trim_area(head, rules.lex) if head else None)
        if candidates[0] is None:  # 宁海岭口村…, 重庆两个乡镇…: the gazetteer reads the area inside the title
            candidates[0] = _read_area(title, doc.text, rules)
    lead = _lead_area(doc, title_i, rules) if not any(candidates) else None  # a subtitle or lead sentence
    if doc_type == "news":
        candidates.append(lead)
    for org in issuers:
        head = _area_of(org, rules)
        candidates.append(trim_area(head, rules.lex) if head else None)
    if doc_type in ("notice", "plan", "case_collection"):  # a notice's lead may cite higher authorities
        candidates.append(lead)
    area = next((c for c in candidates if c), None)
    if area and area not in rules.municipalities and not any(p.startswith(area) for p in rules.provinces) \
            and is_area(area, rules.lex):
        area = full_name(area, doc.text, rules.lex)  # 鄂州 → 鄂州市 where the text writes it so
    if area:
        whole = _split_short(area, doc.text, rules)
        if doc_type == "news" and title and area == candidates[0] and _village_after(title, area, rules):
            # a story about one village: its town is the village's address, the region the county above
            parts, pos = [], 0
            while (m := rules.re_part.match(whole, pos)) is not None:
                parts.append(m.group(0))
                pos = m.end()
            if len(parts) > 1 and pos == len(whole) and parts[-1].endswith(rules.town_suffixes):
                whole = "".join(parts[:-1])
        return _town_story(_expand(whole, doc.text, rules), doc.text, title, rules, doc_type)
    if title:  # 古丈: …, 安吉横溪坞村：… → the county written in full in the body
        counts = Counter(doc.text[m.start() - 2:m.end()] for m in re.finditer(f"[{rules.county_chars}]", doc.text)
                         if m.start() >= 2 and doc.text[m.start() - 2:m.start()] in title
                         and re.fullmatch(rf"[{CJK}]{{2}}", doc.text[m.start() - 2:m.start()])
                         and doc.text[m.end():m.end() + 1] != "级"  # 2023年度区级: a level, not an area
                         and doc.text[m.start() - 1:m.end()] not in rules.county_scope  # 2023年度全县: a scope
                         and _area_part_ok(doc.text[m.start() - 2:m.end()], rules))
        if counts:
            return _town_story(_expand(counts.most_common(1)[0][0], doc.text, rules), doc.text, title, rules, doc_type)
    return None


def _read_area(text: str, body: str, rules: _Rules, lead: bool = False) -> str | None:
    """The first area `text` writes, by the gazetteer. A town stays only when the story speaks of
    the town as a whole (全镇) and not of its county; a county's short form becomes the full name
    the body writes (蔡甸 → 蔡甸区; a province's short form is how a region is named: 湖南)."""
    found = region_in(text, rules.lex, media=rules.source_names + rules.area_examples, prefer_full=lead)
    if found is None:
        return None
    area, at_town = found
    if at_town and (not any(w in body for w in rules.town_scope) or any(w in body for w in rules.county_scope)):
        parts = areas_in(area, rules.lex, short=True)
        if parts and len(parts[0].parts) > 1:
            area = "".join(parts[0].parts[:-1])
    if not is_area(area, rules.lex) or area in rules.municipalities or any(p.startswith(area) for p in rules.provinces):
        return area
    return full_name(area, body, rules.lex)


def _lead_area(doc: Document, title_i: int | None, rules: _Rules) -> str | None:
    """The area of a story's subtitle or lead sentence: the first blocks after its title that are
    no byline, with a news line's own source (多彩贵州网讯（记者…）) cut off."""
    start = 0 if title_i is None else title_i + 1
    for b in doc.blocks[start:start + 10]:  # web copies put menus and dates above the story
        t = b.text.strip()
        if not t or _is_byline(t, rules) or rules.re_metaline.match(t):
            continue
        t = rules.re_news_source.sub("", t, count=1)
        t = re.sub(r"^“[^”]*”", "", t)  # a story that opens with someone's words: the lead follows them
        for sentence in re.split(r"[。！？!?]", t, maxsplit=2)[:2]:  # a lead may open with a general remark
            area = _read_area(sentence, doc.text, rules, lead=True)
            if area:
                return area
        if len(re.findall(rf"[{CJK}]", t)) >= 40:  # the lead paragraph (not a menu line or a link) said none
            return None
    return None


def _town_story(region: str, text: str, title: str | None, rules: _Rules, doc_type: str) -> str:
    """A story that speaks of a town as a whole (全镇) and never of its county (全县), and whose title
    names no village, is about the one town it writes under the county (大埔县湖寮镇的黎家坪村和莒村…,
    湖寮镇…在全镇27个村推开 → 大埔县湖寮镇)."""
    if doc_type != "news" or not title or region.endswith(rules.town_suffixes) \
            or not any(w in text for w in rules.town_scope) or any(w in text for w in rules.county_scope):
        return region
    if any(p.endswith(rules.village_suffixes) for p in re.split(r"[：:—\s]+", re.sub(r"[“”\"]", "", title)) if p):
        return region  # a story about a village (安吉横溪坞村：…): the county
    towns = {m.group(0) for m in re.finditer(rf"{re.escape(region)}[{CJK}]{{1,5}}?{rules.re_town_suffix.pattern}", text)
             if _area_part_ok(m.group(0)[len(region):], rules)}
    return towns.pop() if len(towns) == 1 else region


def _doc_type(doc: Document, title: str | None, doc_number: str | None, rules: _Rules,
              title_i: int | None = None) -> str:
    t = _kind_end(re.sub(r"\s", "", title or ""))
    if t.endswith(rules.notice):
        return "notice"
    if t.endswith(rules.plan):
        return "plan"
    if not doc_number and (any(rules.re_newsline.search(b.text) for b in doc.blocks[:15])
                           or any(_is_byline(b.text, rules) for b in doc.blocks[:4])):
        return "news"
    if any(w in t for w in rules.collection):
        return "case_collection"
    if t.endswith(rules.reports):  # a 工作总结 has 主要做法 / 主要成效 sections too, but is no case
        return "other"
    if not doc_number and title_i is not None and title_i + 1 < len(doc.blocks) \
            and any(w in doc.blocks[title_i + 1].text[:60] for w in rules.news_leads):
        return "news"  # a story without a byline, told by its reporter (近日，记者走进…)
    heads = {m.group(1) for b in doc.blocks if len(b.text) <= 30
             and (m := re.match(r"^(?:(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})\s*[、.．]|【)\s*([^】]+?)】?\s*$", b.text.strip()))}
    if sum(any(w in h for w in rules.case_sections) for h in heads) >= 2:  # 一、基本情况 / 二、主要做法
        return "case_collection"
    head = doc.text[:3000]
    if any(w in head for w in rules.essay_marks) or len(rules.re_essay.findall(head)) >= 2 \
            or any(rules.re_essay.search(b.text) and len(b.text) < 120 for b in doc.blocks[:4]):
        return "other"  # an article with an abstract, references or its authors' affiliation
    if title is None and any(w in b.text[:40] for b in doc.blocks[:4] for w in rules.plan if len(w) > 1):
        return "plan"  # a plan whose title runs into its body (…实施方案为深入贯彻…)
    if doc_number or any(rules.re_addressee.match(b.text.strip()) for b in doc.blocks[:6]) \
            or any(w in head for w in rules.notice_leads) or _signed(doc, rules):
        return "notice"
    return "news"  # what is left is told as a story: the web copies of news carry no kind of their own


def _signed(doc: Document, rules: _Rules) -> bool:
    """A notice's foot: an organisation on its own line, then its date (湖南省司法厅 / 2020年11月16日)."""
    lines = [b.text.strip() for b in doc.blocks]
    return any(_is_date_line(lines[i + 1]) and _org_ok(lines[i], rules) for i in range(len(lines) - 1))


def extract_meta(doc: Document, lex: Lexicon) -> DocMeta:
    rules = _Rules(lex)
    title_i, title = _find_title(doc.blocks, rules)
    doc_number = _doc_number(doc.blocks, title_i)
    issuers = _issuers(doc, title_i, rules)
    doc_type = _doc_type(doc, title, doc_number, rules, title_i)
    return DocMeta(doc_type=doc_type, title=title, doc_number=doc_number, issuers=issuers, date=_date(doc, rules, title_i),
                   region=_region(doc, title, issuers, rules, doc_type, title_i))
