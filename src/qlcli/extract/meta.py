"""Document metadata: kind, title, own document number, issuers, date and region.

Works on the block structure that every reader produces: a 公文 has its number and red banner above
the title and a signature with a date below the body; a web story has a source line under its title.
Only the document's *own* number counts: a number cited in the body (…的通知》（渝北民〔2023〕100号）)
is not. Titles are found by titles.py, dates by dates.py, bylines by bylines.py, the region by regions.py.
"""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..model import Block, DocMeta, Document
from ..patterns import CJK, CN_DIGITS, RE_SECTION_NO, YEAR
from .admin import rules as unit_rules
from .bylines import RE_PAPER_LINE, byline_source, dated_editors, editors_in, is_byline, org_ok
from .dates import RE_DOCNUM, RE_MONTH, is_date_line, parse_date
from .meta_rules import RE_ATTACH, RE_PUNCT, MetaRules
from .regions import doc_region
from .titles import RE_MENU_ITEM, RE_STAMP, RE_TIMED, find_title, kind_end, news_line
from .village_cues import opening_villages

RE_NAME = re.compile(rf"[{CJK}]{{2,4}}")
RE_SOURCE_REPORTER = re.compile(rf"[{CJK}]{{2,12}}(?:[（(][^（）()]{{1,12}}[）)])?[（(](?:记者|通讯员)")
RE_DATELINE = re.compile(rf"[{CJK}]{{2,12}}\d{{1,2}}月\d{{1,2}}日电")
RE_FOOT_ORG = re.compile(r"[。！？]\s*[（(]([^（）()\s]{4,20})[）)]\s*$")




def _story_source(text: str, rules: MetaRules) -> str | None:
    """The paper or site a story's own line names: before 讯 (华龙网讯), a dateline's 电 (中评社北京12月3日电)
    or its reporter (湖北日报全媒记者 杨宏斌); its shortest name with a source's ending, never 本报."""
    t = text.strip()
    if (m := RE_PAPER_LINE.match(t)):
        return m.group(1)
    ends = tuple(rules.source_names) + tuple(rules.agency_names)
    words = t.split()
    if 2 <= len(words) <= 5 and words[0].endswith(ends) and len(t) <= 40 \
            and all(RE_NAME.fullmatch(w) for w in words[1:]):
        return words[0]  # 中央纪委国家监委网站 李云舒 柴雅欣: a source and its writers
    if not (news_line(t, rules) or RE_DATELINE.match(t) or rules.re_reporter_line.match(t)
            or RE_SOURCE_REPORTER.match(t)):  # 神农架新闻网(神农架报)(记者王欣)12月3日，…
        return None
    run = re.match(rf"[{CJK}]*", t).group(0)
    parts = re.split("(讯|电|记者|通讯员|报道)", run)
    run = parts[0]
    name = next((run[:i] for i in range(2, len(run) + 1) if run[:i].endswith(ends)), None)
    return None if name is None or name.startswith("本") else name


def _doc_number(blocks: list[Block], title_i: int | None, rules: MetaRules | None = None) -> str | None:
    limit = title_i if title_i is not None else 8
    for b in blocks[:max(limit, 12)] if rules else []:  # 文件编号: | 德政办发〔2022〕70号 | 发布机构: …
        m = RE_DOCNUM.search(b.text)
        if m and any(w in b.text[:m.start()] for w in rules.doc_number_labels):
            return re.sub(r"\s", "", m.group(0))
    for b in blocks[:max(limit, 1)]:
        m = RE_DOCNUM.search(b.text)
        if m and len(b.text) <= 40 and not RE_MENU_ITEM.fullmatch(b.text.strip()):  # • 省政府新闻办批文·浙新办[2008]17号: a site's licence
            return re.sub(r"\s", "", m.group(0))
    if title_i is not None:  # （渝北民〔2024〕8号） on its own line just below the title
        for b in blocks[title_i + 1:title_i + 3]:
            m = RE_DOCNUM.search(b.text)
            if m and len(b.text) <= len(m.group(0)) + 4:
                return re.sub(r"\s", "", m.group(0))
    return None


def _issuers(doc: Document, title_i: int | None, rules: MetaRules) -> list[str]:
    blocks = doc.blocks
    if title_i:
        banner = []
        for b in blocks[:title_i]:
            if RE_DOCNUM.search(b.text):
                continue
            parts = b.text.split()  # 浙江省民政厅　浙江省农业农村厅 on one line: two issuers
            if len(parts) > 1 and all(org_ok(p, rules) for p in parts):
                banner += [p for p in parts if p not in banner]
            elif org_ok(b.text, rules) and re.sub(r"\s", "", b.text) not in banner:
                banner.append(re.sub(r"\s", "", b.text))
        if banner:
            return [t[:-2] if t.endswith("文件") else t for t in banner]
    if title_i is not None:  # a collection's editors under its title, then a month (二〇二四年五月)
        names = []
        for b in blocks[title_i + 1:title_i + 5]:
            dated, _ = dated_editors(b.text, rules)
            if dated:
                return names + dated
            eds = editors_in(b.text, rules)
            if eds:
                names += eds
            elif names and (RE_MONTH.match(re.sub(r"\s", "", b.text)) or is_date_line(b.text)):
                return names
            elif b.text.strip():
                break
    body_start = title_i + 1 if title_i is not None else 0
    for b in blocks[body_start:]:
        if RE_ATTACH.match(b.text.strip()) and len(b.text) < 12:
            break
        if is_date_line(b.text) and b.index > 0:
            names = blocks[b.index - 1].text.split()
            if names and all(org_ok(n, rules) for n in names):
                return names
    for b in blocks[:15] + [b for b in blocks[-3:] if b.index >= 15]:  # (来源:山西日报 at a long story's foot)
        m = rules.re_source.search(b.text.strip()) if len(b.text) <= 150 else None
        if m and re.search(f"[{CJK}]", m.group(1)):  # (来源: sp20241121 names no one)
            # 来源：佛山日报 2024年5月21日 (normalised to one run): the date is not the source
            name = re.split(rf"{YEAR}\s*(?:年|[-/.]\d)", m.group(1))[0]
            return [name or m.group(1)]
    for b in blocks[:4]:  # 贵州省纪委监委网站  2023-11-14  通讯员 …
        if is_byline(b.text, rules) and (src := byline_source(b.text, rules)):
            return [src]
    for b in blocks[:15]:  # 华龙网讯（记者…）, 中评社北京12月3日电, 湖北日报全媒记者 杨宏斌
        if (src := _story_source(b.text, rules)):
            return [src]
    if title_i is not None:  # signature lines before the first date, e.g. in a forwarding note
        for b in blocks[:title_i]:
            if is_date_line(b.text) and b.index > 0:
                names = blocks[b.index - 1].text.split()
                if names and all(org_ok(n, rules) for n in names):
                    return names
    last = next((b.text.strip() for b in reversed(blocks) if b.text.strip()), "")
    m = RE_FOOT_ORG.search(last)  # …移交司法机关处理。(郾城区纪委): the story's own source at its foot
    if m and org_ok(m.group(1), rules):
        return [m.group(1)]
    if title_i is not None:  # 人民日报:江苏开展…: a repost's title opens with the paper it comes from
        m = re.match(rf"([{CJK}]{{2,10}})[:：]", blocks[title_i].text.strip())
        if m and m.group(1).endswith(tuple(rules.source_names) + tuple(rules.agency_names)):
            return [m.group(1)]
    return []


def _date(doc: Document, rules: MetaRules, title_i: int | None = None) -> str | None:
    for b in doc.blocks:
        if RE_ATTACH.match(b.text.strip()) and len(b.text) < 12:
            break
        if is_date_line(b.text):
            return parse_date(b.text)
    if title_i is not None and title_i + 1 < len(doc.blocks):  # a bare stamp under the title (2021年07月07日 09:06:07)
        t = doc.blocks[title_i + 1].text.strip()
        if RE_STAMP.fullmatch(t) and (d := parse_date(t)):
            return d
        for b in doc.blocks[title_i + 1:title_i + 3]:  # or one its writers' names are glued to (2023-02-07 01:15赵俊忠石文杰)
            t = b.text.strip()
            if RE_TIMED.match(t) and len(t) <= 40 and not RE_PUNCT.search(t) and (d := parse_date(t)):
                return d
    if title_i is not None:  # a collection's byline under its title (岳阳市纪委监委  2024年3月): month or day
        for b in doc.blocks[title_i + 1:title_i + 5]:
            _, d = dated_editors(b.text, rules)
            if d:
                return d
    for b in doc.blocks[:15]:
        if rules.re_newsline.search(b.text) or rules.re_source.search(b.text.strip()) or \
                ((b.index <= 3 or b.index == (title_i or 0) + 1) and is_byline(b.text, rules)):  # (the title's own byline)
            d = parse_date(b.text)
            if d:
                return d
    for b in doc.blocks[:(title_i or 0) + 2]:  # a page's stamp glued to its site (www.jdnews.com.cn2017-09-18 08:20:54…)
        if len(b.text) <= 80 and RE_TIMED.search(b.text) and (d := parse_date(b.text)):
            return d
    return None


def _doc_type(doc: Document, title: str | None, doc_number: str | None, rules: MetaRules,
              title_i: int | None = None) -> str:
    t = kind_end(re.sub(r"\s", "", title or ""))
    if not doc_number and _reported(doc, title_i, rules):
        return "news"  # 3月24日，中央文明办发布关于…的公示: a story about a notice, not the notice
    if t.endswith(rules.notice):
        return "notice"
    if t.endswith(rules.plan):  # (a plan handed on by a note above its title is still the plan: ../shared/gold/001)
        return "plan"
    if t.endswith(rules.profiles) or rules.record_page(doc.blocks):
        return "other"  # a place's profile (山村村介绍) or record page, though it names its source (信息来源：…)
    if not doc_number and (any(rules.re_newsline.search(b.text) for b in doc.blocks[:15])
                           or any(is_byline(b.text, rules) for b in doc.blocks[:4])
                           or any(news_line(b.text, rules) for b in doc.blocks[:15])):
        return "news"  # a byline, or a lead that opens with its paper's own source (本报讯（记者 卢金鑫）)
    if any(w in t for w in rules.collection):
        return "case_collection"
    if t.endswith(rules.reports):  # a 工作总结 has 主要做法 / 主要成效 sections too, but is no case
        return "other"
    if not doc_number and title_i is not None and title_i + 1 < len(doc.blocks) \
            and any(w in doc.blocks[title_i + 1].text[:60] for w in rules.news_leads):
        return "news"  # a story without a byline, told by its reporter (近日，记者走进…)
    heads = {m.group(1) for b in doc.blocks if len(b.text) <= 30
             and (m := re.match(rf"^(?:(?:[{CN_DIGITS}]{{1,3}}|[0-9]{{1,2}})\s*[、.．]|【)\s*([^】]+?)】?\s*$", b.text.strip()))}
    if sum(any(w in h for w in rules.case_sections) for h in heads) >= 2:  # 一、基本情况 / 二、主要做法
        return "case_collection"
    head = doc.text[:3000]
    if any(w in head for w in rules.essay_marks) or len(rules.re_essay.findall(head)) >= 2 \
            or any(h.strip().endswith(rules.essay_sections) for h in heads) \
            or any(rules.re_essay.search(b.text) and len(b.text) < 120 for b in doc.blocks[:4]):
        return "other"  # an article with an abstract, references or its authors' affiliation
    if title is None and any(_title_runs_on(b.text, rules) for b in doc.blocks[:4]):
        return "plan"  # a plan whose title runs into its body (…实施方案为深入贯彻…)
    if doc_number or any(rules.re_addressee.match(b.text.strip()) for b in doc.blocks[:6]) \
            or any(w in head for w in rules.notice_leads) or _signed(doc, rules):
        return "notice"
    first = next((b.text.strip() for b in doc.blocks if b.text.strip()), "")
    if title is None and RE_SECTION_NO.match(first):
        return "other"  # a page opening on a numbered point (一、公約限歪風。…): a report's excerpt, not a story
    writers = next((b.text.strip() for b in doc.blocks[:4] if b.text.strip().startswith(rules.writer_marks)), "")
    if writers and all(org_ok(w, rules) or w.endswith(rules.writer_groups)
                       for w in re.split("[、，,]", rules.re_writer_mark.sub("", writers))):
        return "other"  # written by organs, not a reporter (文/都江堰市纪委监委、…联合调研组): a report
    return "news"  # what is left is told as a story: the web copies of news carry no kind of their own


def _reported(doc: Document, title_i: int | None, rules: MetaRules) -> bool:
    """Does the body open as a story does, with the day of the event (3月24日，… / 10月25日，…)?"""
    start = 0 if title_i is None else title_i + 1
    for b in doc.blocks[start:start + 3]:
        t = b.text.strip()
        if len(t) >= 30:  # the first paragraph (a subtitle or a byline is shorter)
            return rules.re_story_lead.match(t) is not None
    return False


def _title_runs_on(text: str, rules: MetaRules) -> bool:
    """Does a line open with a plan's title that runs straight into its body (…实施方案为深入贯彻…,
    …实施方案模板一、背景分析)? Not a sentence that merely names a rule (采取了…的办法，, 平湖市规定农村…):
    the kind word ends an unpunctuated opening and the body's first words follow it."""
    head = text[:40]
    for w in rules.plan:
        at = head.find(w)
        if len(w) > 1 and at > 0 and not RE_PUNCT.search(head[:at]) and not re.search(r"[“”\"「」]", head[:at]) \
                and rules.re_body_opening.match(text, at + len(w)):
            return True
    return False


def _signed(doc: Document, rules: MetaRules) -> bool:
    """A notice's foot: an organisation on its own line, then its date (湖南省司法厅 / 2020年11月16日)."""
    lines = [b.text.strip() for b in doc.blocks]
    return any(is_date_line(lines[i + 1]) and org_ok(lines[i], rules) for i in range(len(lines) - 1))


def extract_meta(doc: Document, lex: Lexicon) -> DocMeta:
    rules = MetaRules(lex)
    title_i, title = find_title(doc.blocks, rules)
    # 市住建局…行动 | |||||: a table's border; 组织经营与非农集体经济增长*: an article's footnote mark
    title = re.sub(r"[\s|｜*＊]+$", "", title) or None if title else title
    doc_number = _doc_number(doc.blocks, title_i, rules)
    issuers = _issuers(doc, title_i, rules)
    if not issuers and (org := _field(doc.blocks, rules.issuer_labels)) and re.fullmatch(rf"[{CJK}()（）]{{2,30}}", org):
        issuers = [org]  # named only by the page's index table (发布机构 | 乌盖苏木 |)
    doc_type = _doc_type(doc, title, doc_number, rules, title_i)
    region = doc_region(doc, title, issuers, rules, doc_type, title_i)
    opening = next((b.text for b in doc.blocks[0 if title_i is None else title_i + 1:][:1]), "")
    if doc_type == "news" and not issuers and _untold(doc, rules, title_i) \
            and (region is None or opening_villages(opening, unit_rules(lex), [])):
        doc_type = "other"  # no place, time or reporter: an essay or an explainer; or a profile (中心村位于…)
    date = _date(doc, rules, title_i) or parse_date(_field(doc.blocks, rules.date_labels) or "")
    return DocMeta(doc_type=doc_type, title=title, doc_number=doc_number, issuers=issuers, date=date, region=region)


def _field(blocks: list[Block], labels: tuple[str, ...]) -> str | None:
    """The value a page's index table gives the first of `labels` it fills (发布机构 | 乌盖苏木 |, 发布日期:2022-04-25),
    from its first twelve lines; a label followed by another label or nothing is empty (成文日期 | 发布日期 | …)."""
    for label in labels:
        for b in blocks[:12]:
            cells = [c.strip() for c in re.split(r"[|｜]", b.text)]
            for i, c in enumerate(cells):
                if not c.startswith(label):
                    continue
                value = c[len(label):].lstrip(":： ").strip() or (cells[i + 1] if i + 1 < len(cells) else "")
                value = re.split(rf"\s{{2,}}|\s(?=[{CJK}]{{2,4}}[:：])", value)[0].strip()  # (…  公开日期: …)
                if value and not value.startswith(labels) and not value.endswith((":", "：")):
                    return value
    return None


def _untold(doc: Document, rules: MetaRules, title_i: int | None = None) -> bool:
    """Does the document open with nothing a story is told by: a time, a reporter, a news line?
    It opens at its title: a site's menu above it (- 第十届全国村歌大赛…) is not its opening."""
    first = title_i or 0
    start = doc.blocks[first].start if first < len(doc.blocks) else 0
    return rules.re_news_cue.search(doc.text[start:start + 400]) is None and not any(
        rules.re_newsline.search(b.text) or is_byline(b.text, rules) for b in doc.blocks[first:first + 15])
