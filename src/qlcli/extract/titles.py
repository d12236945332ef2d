"""A document's title: a styled heading, a labelled title (原标题：…), a 关于…的通知, a place's profile
name, a story's headline above its source line, byline or reporter, or a plain first line above its body;
and the page furniture around it (breadcrumbs, stamps, bylines, captions) that is never a title."""
from __future__ import annotations

import re

from ..model import Block
from ..patterns import CJK, RE_SECTION_NO, RE_SUBTITLE
from .bylines import field_byline, is_byline, org_ok
from .dates import RE_DOCNUM, is_date_line, parse_date
from .meta_rules import RE_PUNCT, MetaRules

RE_TITLE_GUAN = re.compile(r"^关于.{2,80}$")
# a bracketed tail after a title's kind word: 行动方案（2024—2026年）, 办法（试行）, 意见（征求意见稿）
RE_TITLE_TAIL = re.compile(r"\s*[（(][^（）()]{1,16}[）)]$")
RE_BRACKETED = re.compile(r"[\[【（(].*[\]】）)]")
# a line of authors' names (夏丹波 吴大华, □ 卢福营 高 健): 1–3 characters each, split by spaces
RE_AUTHORS = re.compile(rf"[□■]?\s*[{CJK}]{{1,3}}(?:\s+[{CJK}]{{1,3}})+|[□■]\s*[{CJK}]{{2,4}}")  # (□张春明: one author)
RE_NAME_PART = re.compile(rf"[{CJK}]{{1,4}}")  # a name or half of one written spaced (钱 坤)
RE_MARKED_WRITERS = re.compile(rf"[□■]\s*[{CJK}\s]{{2,12}}")  # ■張 麗 余 勤: writers under a title, spaces or none
RE_STAMP = re.compile(r"[\d\s:：/.\-年月日|｜]+")  # (| |||||: a web table's borders)
RE_TIMED = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}")  # a date with its time of day
# a menu's or link list's item: a bulleted short line, or a link's label cut short (…十大金曲:幸...)
RE_MENU_ITEM = re.compile(r"[-·•]\s.{1,40}|.{1,40}(?:\.{3}|…)")


def kind_end(title: str) -> str:
    """The title without its bracketed tail, so that its last word names its kind."""
    return RE_TITLE_TAIL.sub("", title.strip())


def find_title(blocks: list[Block], rules: MetaRules) -> tuple[int | None, str | None]:
    head = blocks[:40]
    for b in head:  # a styled title
        if b.kind == "heading" and b.level == 0 and len(b.text) <= 80:
            return b.index, b.text
    for b in head[:5]:  # 原标题：官方推介120个最美休闲乡村: a labelled title
        m = rules.re_title_label.match(b.text.strip())
        if m and 4 <= len(m.group(1)) <= 80:
            return b.index, m.group(1).strip()
    # a notice cited below a story's lead (日前，…关于…的通知) is not the page's title
    lead_at = next((b.index for b in head if rules.re_story_lead.match(b.text.strip())), len(blocks))
    for b in head:  # 关于…的通知
        t = b.text.strip()
        if RE_TITLE_GUAN.match(t) and not RE_PUNCT.search(t) and b.index < lead_at:
            if not t.endswith(rules.notice + rules.plan) and b.index + 1 < len(blocks):
                nxt = blocks[b.index + 1].text.strip()
                if len(nxt) <= 30 and nxt.endswith(rules.notice + rules.plan) and not RE_PUNCT.search(nxt):
                    return b.index, t + nxt
            return b.index, t
    for b in head[:6]:  # a place's profile names itself (山村村介绍), maybe run into its text (后小郭村村情简介 后小郭村…)
        first = b.text.strip().split()[0] if b.text.strip() else ""
        if 4 <= len(first) <= 30 and first.endswith(rules.profiles) and not RE_PUNCT.search(first) \
                and any(w in first[:-2] for w in rules.place_words):  # (a place's: not a page's 文档简介)
            return b.index, first
    if (title := _repeated_headline(head, rules)):
        return title
    for b in head[:15]:  # a web story: the title stands right above its source line
        if b.index > 0 and (rules.re_metaline.match(b.text.strip()) or field_byline(b.text, rules)
                            or (b.index <= 3 and _source_line(b.text, rules))) \
                and len(b.text) <= 150 and (title := _above_byline(blocks, b, rules)):
            return title
    for b in head:  # a title by its last word, possibly wrapped over two lines
        t = b.text.strip()
        if RE_SECTION_NO.match(t) or b.index > lead_at:
            continue  # 二、具体措施 is a section, not a title
        if len(t) <= 70 and kind_end(t).endswith(rules.plan + rules.notice + tuple(rules.collection) + rules.reports) \
                and len(kind_end(t)) <= 60 and not RE_PUNCT.search(t):
            if b.index > 0:
                p = blocks[b.index - 1].text.strip()
                if (len(p) <= 24 and not RE_PUNCT.search(p) and not is_date_line(p) and not org_ok(p, rules)
                        and p not in rules.page_links
                        and not RE_DOCNUM.search(p) and not p.startswith(("（", "(")) and not t.startswith("关于")):
                    return b.index - 1, p + t
            return b.index, t
    top = next((b for b in head if not furniture(b.text, rules) or b.text.strip().startswith(rules.writer_marks)), None)
    if top is not None and top.text.strip().startswith(rules.writer_marks) and top.index + 1 < len(blocks) \
            and _plain_title(blocks[top.index + 1].text, rules):
        return top.index + 1, blocks[top.index + 1].text.strip()  # a feature under its writer's line (文/耿跃东)
    for b in head[:15]:  # a paper's story: the title stands above the line naming its reporter (本报记者 周尤),
        # its writers marked ■ (■張 麗 余 勤), an author and his post (張 翼 中國社會科學院…院長), its date
        # and time (2011-12-31 00:00:00鄭淑蓮), or an article's authors above their affiliation (夏爽 / …党校 云南 楚雄 675500)
        t = b.text.strip()
        if b.index > 0 and (rules.re_reporter_line.match(t) or news_line(b.text, rules)
                            or RE_MARKED_WRITERS.fullmatch(t) or rules.re_author_post.fullmatch(t)
                            or (_names(t) and b.index + 1 < len(blocks) and rules.re_affiliation.search(blocks[b.index + 1].text))
                            or (RE_TIMED.match(t) and len(t) <= 40 and not RE_PUNCT.search(t))) \
                and (title := _above_byline(blocks, b, rules)):
            return title
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
    page = [b for b in head if not furniture(b.text, rules)]  # past breadcrumbs, stamps, bylines, links
    first, nxt = (page[0], page[1]) if len(page) > 1 else (None, None)
    if first is not None and nxt is not None and _plain_title(first.text, rules) and RE_SUBTITLE.match(nxt.text.strip()):
        return first.index, first.text.strip()  # a title above its subtitle (——基于广东省蕉岭县农村的调研分析)
    if first is not None and nxt is not None and _plain_title(first.text, rules) \
            and len(nxt.text.strip()) > len(first.text.strip()) \
            and (nxt.text.strip().endswith(("。", "”", "！")) or len(nxt.text) >= 60 and "。" in nxt.text):
        return first.index, first.text.strip()  # a plain first line above the body's first paragraph
    return None, None


def _repeated_headline(head: list[Block], rules: MetaRules) -> tuple[int, str] | None:
    """A web page names its story twice (its page title, maybe after the site's name, and its headline):
    世界今日报丨第九批…名单公布 / 第九批…名单公布. The clean repeat is the title."""
    page = [b for b in head[:12] if not furniture(b.text, rules)][:4]
    for i, a in enumerate(page):
        for b in page[i + 1:]:
            t = re.sub(r"\s", "", b.text)
            if 6 <= len(t) <= 60 and not RE_PUNCT.search(t) and re.sub(r"\s", "", a.text).endswith(t):
                return b.index, b.text.strip()
    return None


def _names(t: str) -> bool:
    """A line of one or more personal names (夏爽, 钱 坤,张云亮: a name may be spaced), no sentence in it."""
    return 2 <= len(t) <= 20 and all(RE_NAME_PART.fullmatch(w) for w in re.split(r"[\s,，、]+", t) if w)


def _above_byline(blocks: list[Block], byline: Block, rules: MetaRules) -> tuple[int, str] | None:
    prev = next((p for p in reversed(blocks[:byline.index]) if not furniture(p.text, rules)
                 and not rules.re_metaline.match(p.text.strip()) and not RE_SUBTITLE.match(p.text.strip())), None)
    if prev is not None and len(prev.text) <= 80 and not prev.text.endswith(("：", ":")):
        return prev.index, prev.text.strip()
    return None


def furniture(text: str, rules: MetaRules) -> bool:
    """A web page's line around a story that is none of its text: a breadcrumb (当前位置：首页 > 社区), a time
    stamp, a byline, a label (字体大小：), a bracketed link ([复制链接]), a picture's caption (网页截图) or a
    writer's line (文/…联合调研组) or a link's label (返回顶部)."""
    t = text.strip()
    return not _page_text(t) or is_byline(t, rules) or bool(rules.re_crumbs.search(t)) or bool(RE_BRACKETED.fullmatch(t)) \
        or bool(RE_AUTHORS.fullmatch(t)) or (len(t) <= 10 and bool(rules.re_caption.search(t))) or bool(rules.re_caption.match(t)) \
        or (len(t) <= 8 and t.endswith((":", "："))) or bool(RE_MENU_ITEM.fullmatch(t)) or t.rstrip("：:") in rules.note_labels \
        or t.startswith(rules.writer_marks) or t in rules.page_links


def news_line(text: str, rules: MetaRules) -> bool:
    """A lead that opens with its paper's own source: 本报讯 (记者 卢金鑫) 12月3日，… / 华龙网讯（记者…）."""
    t = text.strip()
    m = rules.re_news_source.match(t)
    return bool(m) and re.search("讯(?!员)", t[:m.end() + 1]) is not None  # (not the 讯 of 通讯员)


def _page_text(text: str) -> bool:
    """Not a page's furniture between a title and its byline: a time stamp, a count, a 3-character label."""
    t = text.strip()
    return len(t) >= 4 and not RE_STAMP.fullmatch(t)


def _source_line(text: str, rules: MetaRules) -> bool:
    """A byline of its own, not a paragraph that ends with its editor's name (…水平。 责任编辑：…)."""
    m = rules.re_newsline.search(text.strip())
    return is_byline(text, rules) and not (m and RE_PUNCT.search(text.strip()[:m.start()]))


def _plain_title(text: str, rules: MetaRules) -> bool:
    """A first line that may be a title: short, no sentence in it, and no banner, number, date or section."""
    t = text.strip()
    t = t[:-1] if t[-1:] in "!！" else t  # (a headline may end with an exclamation mark: …名单!)
    return 4 <= len(t) <= 40 and not RE_PUNCT.search(t) and not RE_SECTION_NO.match(t) and not org_ok(t, rules) \
        and not RE_DOCNUM.search(t) and parse_date(t) is None and not t.endswith(("：", ":")) \
        and not rules.re_reporter_line.match(t) and not RE_AUTHORS.fullmatch(t)
