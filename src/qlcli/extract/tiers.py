"""Award and rating lists (标杆/优秀/合格, 示范村, 引领型 …) and the checks of what the body declares.

A list is a heading that names an honour ("2023年度清廉村居建设区级标杆单位名单": year, level,
tier) followed by unit names: one per line, several per line ("A村、B村"), grouped under area
lines ("渝北区（3个）"), or Word/PDF table rows (序号 | 单位名称 [| 等次]). A list may also be
inline: "评选出了A、B等8个村居为2023年度……标杆单位". Word lists are data (tiers.toml).

Checks, each a Warning: the counts the body declares ("等8个村居为…", "合格单位5个", "（8个）")
against the rows found, and the attachment line (附件：1.… 2.… 4.…) against the attachments
the document holds (a number skipped, an attachment missing or not listed).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import Lexicon
from ..model import Block, DocMeta, Document, Tier, Unit, Warning
from ..patterns import CJK, RE_SECTION_NO, YEAR
from .admin import suffix_pattern
from .quantity import cn_int
from .text import sentences
from .units import UnitIndex, area_of_line, find_mentions, names_in_line, squash

RE_YEAR = re.compile(rf"({YEAR}|[二][〇零][一二三四五六七八九〇零]{{2}})\s*年")
RE_YEAR_SPAN = re.compile(rf"{YEAR}\s*[~～—\-－至到]\s*{YEAR}")
RE_ATT_LABEL = re.compile(r"^附\s*件\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[:：]?\s*(.{0,80})$")
RE_ATT_LINE = re.compile(r"^附\s*件\s*[:：]\s*(.*)$")
RE_ATT_ITEM = re.compile(r"(?:^|\s)([0-9]{1,2})\s*[.、．]\s*(\S.*?)(?=\s+[0-9]{1,2}\s*[.、．]|\s*$)")
RE_NUM_ONLY = re.compile(r"^\s*[0-9]{1,3}\s*[.、．]?\s*$")
RE_NOTE = re.compile(r"[（(]([^（）()]{1,20})[）)]\s*$")
RE_AS_FOLLOWS = re.compile(r"(?:如下|名单|结果)\s*[:：]\s*$")
RE_DECLARED = re.compile(r"[（(]\s*(?:共\s*)?([0-9一二三四五六七八九十百]+)\s*个?\s*(?:单位|村|村居|社区)?\s*[）)]\s*[:：]?$")


def year_of(s: str) -> int:
    """2023 or 二〇二三 → 2023."""
    return cn_int(s)


class _Rules:
    def __init__(self, lex: Lexicon):
        t = lex.section("tiers")
        self.tier_words = sorted(t.get("tier_words", []), key=len, reverse=True)
        alt = lambda key: "|".join(map(re.escape, sorted(t.get(key, []), key=len, reverse=True)))  # noqa: E731
        self.re_title_frame = re.compile(rf"^关于(?:{alt('title_frame_verbs')})?|的(?:{alt('title_frame_kinds') or '(?!)'})$")
        self.re_tier = re.compile(t.get("tier_pattern", rf"[{CJK}]{{2}}型"))
        self.levels = sorted(t.get("levels", []), key=len, reverse=True)
        # a sub-heading that is only a tier (一、引领型（2个）, 标杆单位：)
        words = "|".join(map(re.escape, self.tier_words)) + "|" + self.re_tier.pattern
        self.re_tier_only = re.compile(rf"(?:{words})(?:单位|村居|村|社区|等次)?")
        self.list_ends = tuple(sorted(t.get("list_ends", []), key=len, reverse=True))
        self.modifiers = t.get("tier_modifiers", [])
        alt = lambda key: "|".join(map(re.escape, sorted(t.get(key, []), key=len, reverse=True))) or "(?!)"  # noqa: E731
        # what follows an honour's unit noun in a heading (…乡村推介名单, …村镇候选名单, …称号)
        list_word = rf"(?:(?:{alt('list_word_stages')})?(?:{alt('list_words')})(?:公示)?|{alt('title_words')})"
        self.re_list_word = re.compile(list_word + "$")
        self.re_year_bare = re.compile(rf"(?<![0-9])({YEAR})(?={alt('year_run_into')})")
        self.honour_nouns = tuple(sorted(t.get("honour_nouns", []), key=len, reverse=True))
        scopes = "|".join(map(re.escape, sorted(t.get("honour_scopes", []) + t.get("honour_verbs", []), key=len,
                                                reverse=True))) or "(?!)"
        # what stands before an honour's core: its batch, year, scope, quotes and place
        self.re_honour_lead = re.compile(rf"(?:第[一二三四五六七八九十0-9]+[批届]|首批|{YEAR}(?:年度?)?|[0-9]+个|{scopes}"
                                         rf"|[{CJK}]{{2,6}}?{suffix_pattern(lex, 'county', 'city', 'province')}(?=[{CJK}]{{2}})|[“”\"「」])")
        self.campaign_words = sorted(t.get("campaign_words", []), key=len, reverse=True)
        self.verbs = t.get("honour_verbs", []) + t.get("selection_words", []) + t.get("listing_words", [])
        self.selection = t.get("selection_words", [])
        self.listing = t.get("listing_words", [])
        self.openers = tuple(t.get("list_openers", []))
        nouns = "|".join(map(re.escape, self.honour_nouns)) or "(?!)"
        # a phrase that may name an honour: no punctuation inside, ending with a unit noun (and 名单)
        self.re_honour_phrase = re.compile(
            rf"[^，。；：、,;:！？!?\s]{{2,36}}?(?:{nouns})[”」\"]?{list_word}?")
        markers = "|".join(map(re.escape, sorted(t.get("honour_scopes", []) + t.get("honour_verbs", []) +
                                                  ["名单", "名录", "称号", "批", "届"], key=len, reverse=True)))
        self.re_honour_marker = re.compile(rf"(?:{markers})|{YEAR}")
        admin = lex.section("admin")
        self.provinces = {re.sub(r"(?:省|市|自治区|壮族|回族|维吾尔)+$", "", p) for p in admin.get("provinces", [])} \
            | set(admin.get("provinces", []))
        self.not_lists = t.get("not_lists", [])
        self.max_heading = int(t.get("max_heading", 60))
        self.tier_columns = t.get("tier_columns", [])
        self.header_cells = set(t.get("header_cells", []))
        self.re_header = re.compile(t.get("header_pattern", "(?!)"))
        self.campaigns = tuple(t.get("campaigns", []))
        self.kind_groups = set(t.get("kind_groups", []))
        nouns = "|".join(map(re.escape, sorted(t.get("count_nouns", ["村", "社区"]), key=len, reverse=True)))
        verbs = "|".join(map(re.escape, sorted(t.get("award_verbs", ["为"]), key=len, reverse=True)))
        named = "|".join(map(re.escape, sorted(t.get("named_verbs", ["被评为"]), key=len, reverse=True)))
        num = "[0-9一二三四五六七八九十百两]+"
        # 龙塔街道鲁能西路社区等8个村居为2023年度清廉村居建设区级标杆单位
        # … 等5个村（社区）成绩突出，评为2023年度区级…优秀村: a short clause may stand before the verb
        self.re_inline = re.compile(rf"等\s*({num})\s*个\s*(?:{nouns})\s*(?:[^，。；：、,;:]{{2,8}}[，,])?\s*(?:{verbs})"
                                    rf"\s*([^，。；、,;：:]{{2,50}})")
        # A村、B村被评为2023年度……示范村 (no count: the honour must state a year)
        self.re_named = re.compile(rf"(?:{named})\s*([^，。；、,;：:]{{2,50}})")
        # 授予A村、B村等2个村“2023年度清廉村居示范村”称号
        self.re_title = re.compile(rf"(?:授予|命名)(.{{2,400}}?)(?:等\s*({num})\s*个\s*(?:{nouns}))?\s*(?:为)?\s*"
                                   rf"((?:{YEAR}\s*年度?)?)\s*[“\"]([^”\"]{{2,40}})[”\"]\s*(?:荣誉)?称号")
        select = "|".join(map(re.escape, sorted(t.get("select_verbs", []), key=len, reverse=True))) or "(?!)"
        # 评选出A村、B村、C社区为2023年度市级清廉村居示范单位 (no count, no 等)
        self.re_selected = re.compile(rf"(?:{select})(.{{2,400}}?)(?:作为|为)\s*([^，。；、,;：:]{{2,50}})")
        alt = lambda key: "|".join(map(re.escape, sorted(t.get(key, []), key=len, reverse=True))) or "(?!)"
        # 现命名以下村（社区）为2023年度宁波市清廉村居示范村（社区）：A村、B村、C社区
        self.re_colon = re.compile(rf"(?:{alt('colon_verbs')})(?:以下|如下)?[^，。；：:为]{{0,15}}为\s*"
                                   rf"([^，。；：:]{{2,50}})\s*[：:]\s*([^。]{{2,1000}})")
        # 公布2023年度市级清廉村居建设示范点名单，A村、B村榜上有名
        self.re_listed = re.compile(rf"(?:{alt('publish_verbs')})了?\s*([^，。；：:]{{2,50}}?名单)\s*[，,：:]\s*"
                                    rf"([^。；]{{2,400}}?)(?:{alt('listed_verbs')})")
        # 对A村、B村、C社区等3个村（社区）予以通报表扬: the honour is the title's (关于表扬…先进村的通报)
        self.re_praised = re.compile(rf"对\s*(.{{2,400}}?)(?:等\s*({num})\s*个\s*(?:{nouns}))?\s*(?:{alt('praise_verbs')})")
        # 标杆单位8个 / 合格单位5个
        self.re_count = re.compile(rf"([^，。；、,;：:（(]{{0,40}}?(?:{nouns}))\s*({num})\s*个")


def _rules(lex: Lexicon) -> _Rules:
    return lex.compiled("tiers", _Rules)


@dataclass
class Honour:
    """What a heading or phrase says of a list: 2023年度 区级 标杆 (the text it was read from)."""
    year: int | None
    level: str | None
    tier: str | None
    text: str


def _dated(h: Honour, year: int | None) -> Honour:
    """The honour, in `year` when it names none itself."""
    return Honour(h.year or year, h.level, h.tier, h.text)


def parse_honour(text: str, lex: Lexicon, need_end: bool = True) -> Honour | None:
    """Year, level and tier of a list heading or an honour phrase; None if it is not one.

    need_end: the text must end like a list heading (名单, 单位, 村, 社区 …).
    """
    return _honour(text, _rules(lex), need_end)


def _honour(text: str, r: _Rules, need_end: bool = True) -> Honour | None:
    t = squash(text)
    t = RE_SECTION_NO.sub("", RE_DECLARED.sub("", t).rstrip("：:"))
    if not t or len(t) > r.max_heading or any(w in t for w in r.not_lists) or re.search(r"[。！？；]", t):
        return None
    if need_end and not t.endswith(r.list_ends) and not r.re_tier_only.fullmatch(t):
        bare = RE_NOTE.sub("", t)  # …考核结果（前10名）, …名单（排名不分先后）: a note after the heading
        if bare == t or not bare.endswith(r.list_ends):
            return None
    tier = next((w for w in r.tier_words if w in t), None)
    if tier is None:
        m = r.re_tier.search(t)
        tier = m.group(0) if m else None
    if tier is not None:
        i = t.find(tier)
        tier = next((m + tier for m in r.modifiers if t[:i].endswith(m)), tier)  # 重点示范
    elif r.re_honour_marker.search(t):  # 滨海港经济区友谊村 is a village, 国家森林乡村名单 an honour
        tier = _core_tier(t, r)
    y = RE_YEAR.search(t) or r.re_year_bare.search(t)  # 2017中国十大最美乡村: a year run into the honour
    if y and RE_YEAR_SPAN.search(t):  # 2010~2017年…监测合格名单: a span names no year
        y = None
    level = next((lv for lv in r.levels if lv in t), None)
    if tier is None and (y or level):  # 2023年度“四好村”名单: the quoted honour is the tier
        q = re.search(r"[“\"]([^”\"]{2,12})[”\"]", t)
        if q and not q.group(1).startswith(r.campaigns):  # “清廉村居” names the campaign, not a rank
            tier = _strip_ends(q.group(1), r) or None
    return Honour(year_of(y.group(1)) if y else None, level, tier, text.strip())


def _core_tier(t: str, r: _Rules) -> str | None:
    """The rank of an honour with no rank word: its core between scope and unit noun
    (第二批全国文明村镇名单 → 文明, 2021年中国美丽休闲乡村 → 美丽休闲). A heading that qualifies
    its list (盐城入选的第二批国家森林乡村名单, 被列入…名录的海南村落名单) names the honour in one of
    its parts split by 的."""
    for part in reversed(t.split("的")):
        tier = _core_tier_part(part, r)
        if tier is not None:
            return tier
    return None


def _core_tier_part(t: str, r: _Rules) -> str | None:
    core = r.re_list_word.sub("", RE_NOTE.sub("", t))
    core = re.sub(r"[“”\"「」]", "", core)
    noun = next((n for n in r.honour_nouns if core.endswith(n)), None)
    if noun is None:
        return None
    core = core[:-len(noun)]
    # the core follows the last of its batch, year, count, scope, verb or place (现将1976个第六届全国文明村镇 → 文明)
    leads = [m.end() for m in r.re_honour_lead.finditer(core) if m.end() < len(core)]
    core = core[max(leads):] if leads else core
    for w in r.campaign_words:
        core = core.replace(w, "")
    if core in r.provinces or re.search(r"[省市县区镇乡旗拟]|街道", core) or any(v in core for v in r.verbs):
        return None  # 海南村落名单: a place, not a rank; 拟入选村落: a verb
    return core if 1 <= len(core) <= 6 and re.fullmatch(rf"[{CJK}]+", core) else None


def _strip_ends(word: str, r: _Rules) -> str:
    for end in r.list_ends:
        if word.endswith(end) and len(word) > len(end):
            return word[:-len(end)]
    return word


# --- the document's blocks as lines and table rows ------------------------------------------
@dataclass
class _Item:
    blocks: list[Block]

    @property
    def is_row(self) -> bool:
        return self.blocks[0].kind == "table_cell"

    @property
    def text(self) -> str:
        return " ".join(b.text for b in self.blocks)


def _items(doc: Document) -> list[_Item]:
    out: list[_Item] = []
    for b in doc.blocks:
        if not b.text.strip():
            continue
        if b.kind == "table_cell" and out and out[-1].is_row and \
                (out[-1].blocks[0].table, out[-1].blocks[0].row) == (b.table, b.row):
            out[-1].blocks.append(b)
        else:
            out.append(_Item([b]))
    return out


@dataclass
class _List:
    honour: Honour
    attachment: str | None
    start: int
    rows: list[Tier] = field(default_factory=list)
    declared: int | None = None
    tier_col: int | None = None
    heading: str = ""  # the heading line as written
    col_tiers: dict[int, str] = field(default_factory=dict)  # 标杆村 | 优秀村 | 合格村: a tier per column
    skipped: int = 0  # short lines between the heading and the first name


def _att_label(text: str) -> tuple[int, str] | None:
    m = RE_ATT_LABEL.match(text.strip())
    if not m:
        return None
    n = cn_int(m.group(1))
    return (n, m.group(2).strip()) if n is not None else None


def _row_for(name: str, parts: dict, honour: Honour, tier: str | None, pos: int, lst: _List, block: Block,
             a: int, b: int, units: UnitIndex, meta: DocMeta) -> Tier:
    u = units.resolve(name)
    unit = u.unit if u else squash(name)
    return Tier(doc_number=meta.doc_number, region=meta.region, year=honour.year, level=honour.level,
                tier=tier or honour.tier or "", unit=unit,
                town=(u.town if u else parts.get("town")), village=(u.village if u else parts.get("village")),
                kind=(u.kind if u else parts.get("kind")), attachment=lst.attachment, position=pos,
                honour=honour.text, sentence=block.text, start=block.start, end=block.end)  # the evidence: its line


def _block_lists(doc: Document, meta: DocMeta, units: UnitIndex, r: _Rules, lex: Lexicon,
                 default_year: int | None) -> list[_List]:
    lists: list[_List] = []
    cur: _List | None = None
    attachment = None
    parent: Honour | None = None  # the main heading a sub-heading (一、标杆单位（8个）) belongs to
    title_honour = _honour(r.re_title_frame.sub("", squash(meta.title or "")), r, need_end=False)
    if title_honour is not None and title_honour.tier is None:
        title_honour = None
    for it in _items(doc):
        text = it.text.strip()
        lab = _att_label(text) if not it.is_row else None
        if squash(text) == "附件" and not it.is_row:  # the one attachment of a document, unnumbered
            attachment, cur, parent = "附件", None, None
            continue
        if lab:
            attachment, cur, parent = f"附件{lab[0]}", None, None
            text = lab[1]
            if not text:
                continue
        got = _head_and_names(text, r, lex) if not it.is_row else None
        if got is not None:  # 一、优秀等次（3个）：A村、B村、C社区。
            hh, head, rest, names = got
            base = parent or title_honour
            h = Honour(hh.year or (base.year if base else None) or default_year,
                       hh.level or (base.level if base else None), hh.tier,
                       f"{base.text} {hh.text}" if base and not (hh.year or hh.level) else hh.text)
            m = RE_DECLARED.search(squash(head))
            cur = _List(h, attachment, it.blocks[0].start, declared=cn_int(m.group(1)) if m else None, heading=head)
            lists.append(cur)
            for a, e, parts in names:
                cur.rows.append(_row_for(rest[a:e], parts, h, None, len(cur.rows) + 1, cur, it.blocks[0], a, e,
                                         units, meta))
            continue
        h = _honour(text, r) if (not it.is_row or len(it.blocks) == 1) else None
        if h is not None and (h.tier or h.year or h.level) and names_in_line(text, lex) is None:
            if h.year is None and h.level is None and parent is not None:  # 一、标杆单位（8个）
                h = Honour(parent.year, parent.level, h.tier, f"{parent.text} {h.text}")
            elif h.year is not None or h.level is not None:
                parent = h
            m = RE_DECLARED.search(squash(text))
            cur = _List(_dated(h, default_year), attachment, it.blocks[0].start,
                        declared=cn_int(m.group(1)) if m else None, heading=text)
            lists.append(cur)
            continue
        if not it.is_row and RE_AS_FOLLOWS.search(text) and title_honour is not None:
            cur = _List(title_honour, attachment, it.blocks[0].start, heading=meta.title or "")
            lists.append(cur)  # 现将名单公布如下： the title names the honour (关于命名…示范村的决定)
            continue
        if cur is None and it.is_row and _column_tiers(it, r):  # a table of tier columns under no heading
            base = title_honour or Honour(default_year, None, None, meta.title or "")
            cur = _List(Honour(base.year or default_year, base.level, None, base.text), attachment,
                        it.blocks[0].start, heading=meta.title or "")
            lists.append(cur)
        if cur is None:
            continue
        if it.is_row:
            if not _table_row(it, cur, r, units, meta, lex):
                continue
        elif not _line_row(it, cur, r, units, meta, lex):
            if area_of_line(text, lex) is not None or RE_NUM_ONLY.match(text) or RE_DECLARED.fullmatch(squash(text)):
                if RE_DECLARED.fullmatch(squash(text)) and cur.declared is None and not cur.rows:
                    cur.declared = cn_int(RE_DECLARED.fullmatch(squash(text)).group(1))
                continue  # a group line (渝北区（3个）), a lone number, a count (（共5个）)
            if _kind_group(text, r):
                continue  # 一、村（6个） / 二、社区（2个）: the list split by kind, one honour
            if not cur.rows and cur.skipped < 2 and len(squash(text)) <= 20 and "。" not in text:
                cur.skipped += 1  # 名单 (a heading's second line), （排名不分先后）
                continue
            cur = None
    return [lst for lst in lists if lst.rows]


def _kind_group(text: str, r: _Rules) -> bool:
    t = RE_SECTION_NO.sub("", RE_DECLARED.sub("", squash(text).rstrip("：:")))
    return t in r.kind_groups


def _head_and_names(text: str, r: _Rules, lex: Lexicon):
    """A line that is an honour, a colon and unit names (二、良好等次（2个）：A村、B村。):
    (honour, head, names part, names) or None."""
    for sep in "：:":
        head, found, rest = text.partition(sep)
        if found:
            break
    else:
        return None
    h = _honour(head, r)
    if h is None or h.tier is None:
        return None
    names = names_in_line(rest, lex)
    return (h, head, rest, names) if names else None


def _line_row(it: _Item, lst: _List, r: _Rules, units, meta, lex) -> bool:
    b = it.blocks[0]
    names = names_in_line(b.text, lex)
    if not names:
        return False
    note = RE_NOTE.search(b.text)  # 木耳镇金刚村（标杆）: the row's own tier
    h = _honour(note.group(1), r, need_end=False) if note else None
    tier = h.tier if h else None
    if not (tier or lst.honour.tier):
        return False
    for a, e, parts in names:
        lst.rows.append(_row_for(b.text[a:e], parts, lst.honour, tier, len(lst.rows) + 1, lst, b, a, e,
                                 units, meta))
    return True


def _column_tiers(it: _Item, r: _Rules) -> dict[int, str]:
    """A header row naming one tier per column (标杆村（社区） | 优秀村（社区） | 合格村（社区）):
    {column: tier}, or {} when it is not one."""
    out: dict[int, str] = {}
    for b in it.blocks:
        c = squash(b.text)
        if c in r.header_cells or r.re_header.fullmatch(c):
            continue
        h = _honour(c, r)
        if h is None or h.tier is None:
            return {}
        out[b.col if b.col is not None else len(out)] = h.tier
    return out if len(set(out.values())) >= 2 else {}


def _table_row(it: _Item, lst: _List, r: _Rules, units, meta, lex) -> bool:
    cells = [squash(b.text) for b in it.blocks]
    cols = _column_tiers(it, r)
    if cols:
        lst.col_tiers = cols
        return False
    # a header row: every cell a header word, or a tier column's name (评定星级, 考核等次)
    if all(not c or c in r.header_cells or r.re_header.fullmatch(c) or any(w in c for w in r.tier_columns)
           for c in cells):
        for j, c in enumerate(cells):
            if any(w in c for w in r.tier_columns):
                lst.tier_col = j
        return False
    tier = None
    if lst.tier_col is not None and lst.tier_col < len(cells):
        h = _honour(cells[lst.tier_col], r, need_end=False)
        tier = h.tier if h else None
    town = None
    got = False
    for j, b in enumerate(it.blocks):
        if j == lst.tier_col:
            continue
        names = names_in_line(b.text, lex)
        if not names:
            area = area_of_line(b.text, lex)
            town = area if area and area.get("town") else town
            continue
        for a, e, parts in names:
            name = b.text[a:e]
            if town and not parts.get("town"):  # 龙塔街道 | 鲁能西路社区 in two columns
                parts = {**parts, "town": town["town"]}
            cell_tier = (lst.col_tiers.get(b.col) or tier) if lst.col_tiers else tier
            if not (cell_tier or lst.honour.tier):
                continue
            lst.rows.append(_row_for(name, parts, lst.honour, cell_tier, len(lst.rows) + 1, lst, b, a, e,
                                     units, meta))
            got = True
    return got


# --- inline lists --------------------------------------------------------------------------
def _add_inline(lists: list, h: Honour, text: str, offset: int, s, units, meta) -> None:
    """One list of the units named in `text` (at `offset` in the document), if it names any."""
    lst = _List(h, None, s.start)
    for men in find_mentions(text, units, offset):
        lst.rows.append(_inline_row(men, h, lst, s, meta))
    if lst.rows:
        lists.append(lst)


def _inline(doc: Document, meta: DocMeta, units: list[Unit], r: _Rules, lex: Lexicon,
            default_year: int | None) -> tuple[list[_List], list[tuple[Honour, int, object]]]:
    """Lists written in a sentence, and the counts sentences declare: (honour, count, sentence)."""
    lists: list[_List] = []
    declared: list[tuple[Honour, int, object]] = []
    title_honour = _honour(r.re_title_frame.sub("", squash(meta.title or "")), r, need_end=False)
    if title_honour is not None and title_honour.tier is None:
        title_honour = None
    for s in sentences(doc):
        pos = 0
        for m in r.re_inline.finditer(s.text):
            h = _honour(m.group(2), r, need_end=False)
            n = cn_int(m.group(1))
            if h is None or h.tier is None or n is None:
                continue
            h = _dated(h, default_year)
            declared.append((h, n, s))
            a = max(pos, _clause_start(s.text, m.start()))
            _add_inline(lists, h, s.text[a:m.start()], s.start + a, s, units, meta)
            pos = m.end()
        for m in r.re_named.finditer(s.text):
            h = _honour(m.group(1), r, need_end=False)
            if h is None or h.tier is None or h.year is None or any(m.start() < d.end() and d.start() < m.end()
                                                                      for d in r.re_inline.finditer(s.text)):
                continue
            a = _clause_start(s.text, m.start())
            _add_inline(lists, h, s.text[a:m.start()], s.start + a, s, units, meta)
        for m in r.re_title.finditer(s.text):
            h = _honour(m.group(3) + m.group(4), r, need_end=False)
            if h is None or h.tier is None:
                continue
            y = RE_YEAR.search(s.text)
            h = Honour(h.year or (year_of(y.group(1)) if y else default_year), h.level, h.tier, h.text)
            if m.group(2) and cn_int(m.group(2)) is not None:
                declared.append((h, cn_int(m.group(2)), s))
            a = m.start(1)
            _add_inline(lists, h, s.text[a:m.end(1)], s.start + a, s, units, meta)
        for m in r.re_selected.finditer(s.text):
            h = _honour(m.group(2), r, need_end=False)
            if h is None or h.tier is None or "等" in m.group(1) or any(
                    m.start() < d.end() and d.start() < m.end() for d in r.re_inline.finditer(s.text)):
                continue
            h = _dated(h, default_year)
            _add_inline(lists, h, m.group(1), s.start + m.start(1), s, units, meta)
        for rx, need_end in ((r.re_colon, False), (r.re_listed, True)):
            for m in rx.finditer(s.text):
                h = _honour(m.group(1), r, need_end=need_end)
                if h is None or h.tier is None:
                    continue
                h = _dated(h, default_year)
                _add_inline(lists, h, m.group(2), s.start + m.start(2), s, units, meta)
        for m in r.re_praised.finditer(s.text) if title_honour is not None else ():
            h = _dated(title_honour, default_year)
            if m.group(2) and cn_int(m.group(2)) is not None:
                declared.append((h, cn_int(m.group(2)), s))
            _add_inline(lists, h, m.group(1), s.start + m.start(1), s, units, meta)
        for m in r.re_count.finditer(s.text):  # 合格单位5个
            h = _honour(m.group(1), r, need_end=False)
            n = cn_int(m.group(2))
            if h is not None and h.tier is not None and n is not None and "等" not in s.text[max(0, m.start() - 1):m.start()]:
                declared.append((_dated(h, default_year), n, s))
    return lists, declared


def _honours_in(text: str, r: _Rules) -> list[tuple[int, Honour]]:
    out = []
    for m in r.re_honour_phrase.finditer(text):
        h = _honour(m.group(0), r, need_end=False)
        if h is not None and h.tier is not None:
            out.append((m.start(), h))
    return out


def _runs(doc: Document, meta: DocMeta, units: list[Unit], r: _Rules, default_year: int | None) -> list[_List]:
    """Units a sentence puts on an honour (A村、B村入选…, 这7个村（社区）是：A、B…, …分别为：A、B),
    and lines of names under a line that opens a list (…名单 / 具体名单如下： / 县：A村、B村). The
    honour is the one the sentence names, else the last one the document named before it (a lead,
    a heading, the title): 第九批“全国民主法治示范村（社区）”名单公布 … 我市7个村（社区）榜上有名。"""
    lists: list[_List] = []
    current = _honour(r.re_title_frame.sub("", squash(meta.title or "")), r, need_end=False)
    current = current if current is not None and current.tier is not None else None
    zone: _List | None = None
    pending = None  # a line of names seen under no opener (the first of a run)
    for s in sentences(doc):
        text = s.text.strip()
        found = _honours_in(s.text, r)
        men = find_mentions(s.text, units, s.start)
        listy = False
        if men:
            named = squash("".join(m.text for m in men))
            listy = len(named) * 2 >= len(squash(re.sub(r"[（(][^）)]*[）)]|[:：、，,；;0-9.．\s]", "", text)))
            listing = any(w in s.text for w in r.listing)
            h = found[-1][1] if found else (current if listing else None)
            if h is not None and (listing or any(w in s.text for w in r.selection)):
                h = _dated(h, default_year)
                lst = _List(h, None, s.start)
                for mm in men:
                    lst.rows.append(_inline_row(mm, h, lst, s, meta))
                lists.append(lst)
                zone = lst if text.endswith(r.openers) else None
                current = found[-1][1] if found else current
                continue
            if zone is None and listy and current is not None and len(men) * 2 >= len(text.split("、")) \
                    and pending is not None and pending[1].end >= s.start - 2:
                zone = _List(_dated(current, default_year), None,
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
            zone = _List(_dated(current, default_year), None, s.start)
            lists.append(zone)
        elif zone is not None and not men and len(squash(text)) > 30:
            zone = None  # prose ends the list
    return [lst for lst in lists if lst.rows]


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding text[end] starts: after the last ，；：。 before it (、 joins names)."""
    return max(text.rfind(c, 0, end) for c in "，,；;：:。") + 1


def _inline_row(men, h: Honour, lst: _List, s, meta: DocMeta) -> Tier:
    u = men.unit
    return Tier(doc_number=meta.doc_number, region=meta.region, year=h.year, level=h.level, tier=h.tier or "",
                unit=u.unit, town=u.town, village=u.village, kind=u.kind, attachment=None,
                position=len(lst.rows) + 1, honour=h.text, sentence=s.text, start=s.start, end=s.end)


# --- checks --------------------------------------------------------------------------------
def _same_honour(a: Honour, b: Honour) -> bool:
    return a.tier == b.tier and (a.level is None or b.level is None or a.level == b.level) and \
        (a.year is None or b.year is None or a.year == b.year)


def _count_warnings(declared, lists: list[_List], rows: list[Tier], meta: DocMeta) -> list[Warning]:
    out, seen = [], set()
    for h, n, s in declared:
        found = [t for t in rows if _same_honour(h, Honour(t.year, t.level, t.tier, ""))]
        key = (h.year, h.level, h.tier, n)
        if key in seen or len(found) == n or not rows:  # no list at all: nothing to check against
            continue
        seen.add(key)
        name = f"{h.year or ''}{'年度' if h.year else ''}{h.level or ''}{h.tier}"
        out.append(Warning("declared_count", f"the text declares {n} {name} units but the lists give {len(found)}",
                           s.text, s.start, s.end))
    for lst in lists:
        if lst.declared is not None and lst.declared != len(lst.rows):
            out.append(Warning("declared_count", f"the heading “{lst.heading}” declares {lst.declared} "
                               f"units but its list has {len(lst.rows)}", lst.heading, lst.start,
                               lst.start + len(lst.heading)))
    return out


def _attachment_warnings(doc: Document) -> list[Warning]:
    """The attachment line (附件：1.… 2.… 4.…) against the attachments the document holds."""
    blocks = doc.blocks
    listed: list[tuple[int, str]] = []
    line_block = None
    for i, b in enumerate(blocks):
        m = RE_ATT_LINE.match(b.text.strip())
        if not m:
            continue
        line_block = b
        listed = [(int(n), t) for n, t in RE_ATT_ITEM.findall(m.group(1))]
        for nb in blocks[i + 1:i + 12]:
            more = RE_ATT_ITEM.findall(nb.text.strip())
            if not more or not re.match(r"^\s*[0-9]{1,2}\s*[.、．]", nb.text):
                break
            listed += [(int(n), t) for n, t in more]
        break
    if line_block is None or not listed:
        return []
    held = {}
    for b in blocks:
        if b.start <= line_block.start:
            continue
        lab = _att_label(b.text)
        if lab and lab[0] not in held:
            title = lab[1]
            if not title:
                nxt = next((x for x in blocks[b.index + 1:b.index + 3] if x.text.strip()), None)
                title = nxt.text.strip() if nxt else ""
            held[lab[0]] = title
    out = []
    nums = [n for n, _ in listed]
    where = (line_block.text, line_block.start, line_block.end)
    skipped = [k for k in range(1, max(nums) + 1) if k not in nums]
    if skipped or nums != sorted(nums):
        notes = []
        for k in skipped:
            notes.append(f"附件{k} is skipped" + (f" though the document holds 附件{k} “{held[k]}”" if k in held else ""))
        if nums != sorted(nums):
            notes.append("the numbers are out of order")
        out.append(Warning("attachment_order", f"the 附件 line lists {', '.join(map(str, nums))}: " + "; ".join(notes),
                           *where))
    for n, title in listed:
        if n not in held:
            out.append(Warning("attachment_missing", f"the 附件 line lists 附件{n} “{title.strip()}” but the document "
                               f"holds no 附件{n}", *where))
    for n in sorted(held):
        if n not in nums and n not in skipped:
            out.append(Warning("attachment_unlisted", f"the document holds 附件{n} “{held[n]}” but the 附件 line "
                               f"does not list it", *where))
    return out


def extract_tiers(doc: Document, meta: DocMeta, units: list[Unit], lex: Lexicon) -> tuple[list[Tier], list[Warning]]:
    r = _rules(lex)
    y = RE_YEAR.search(meta.title or "")
    default_year = year_of(y.group(1)) if y else None
    lists = _block_lists(doc, meta, UnitIndex(units, lex), r, lex, default_year)
    inline, declared = _inline(doc, meta, units, r, lex, default_year)
    # an inline list stands only where no written list gives the same honour (the body names the
    # first unit of an attached list: 龙塔街道鲁能西路社区等8个村居为…)
    # (a row's own tier counts too: 五星级 in a 评定星级 column under a heading that says 星级)
    written = [w.honour for w in lists] + [Honour(t.year, t.level, t.tier, "") for w in lists for t in w.rows]
    for lst in inline:
        if not any(_same_honour(lst.honour, h) for h in written):
            lists.append(lst)
    # a unit a sentence or a run of lines puts on an honour only where no list above holds it
    listed = {squash(t.unit) for lst in lists for t in lst.rows}
    for lst in _runs(doc, meta, units, r, default_year):
        lst.rows = [t for t in lst.rows if squash(t.unit) not in listed]
        if lst.rows:
            lists.append(lst)
    rows = [t for lst in sorted(lists, key=lambda l: l.start) for t in lst.rows]
    seen, unique = set(), []
    for t in sorted(rows, key=lambda t: t.level is None):  # the same unit twice on one honour's lists
        key = (t.year, t.tier, squash(t.unit))
        if key not in seen:
            seen.add(key)
            unique.append(t)
    warnings = _count_warnings(declared, lists, unique, meta) + _attachment_warnings(doc)
    return unique, warnings
