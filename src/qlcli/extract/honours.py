"""What an honour heading names: its year (2023年度, 二〇二三年), level (区级), tier (标杆, 优秀,
示范, 引领型 …) and the honour itself, read with the word lists of data/tiers.toml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import Lexicon
from ..patterns import CJK, CN_DIGITS, RE_SECTION_NO, YEAR
from .admin import suffix_pattern
from .admin import squash
from .quantity import cn_int


RE_YEAR = re.compile(rf"({YEAR}|[二][〇零][一二三四五六七八九〇零]{{2}})\s*年")
RE_YEAR_SPAN = re.compile(rf"{YEAR}\s*[~～—–\-－至到]\s*{YEAR}")
RE_ATT_LABEL = re.compile(rf"^附\s*件\s*([0-9]{{1,2}}|[{CN_DIGITS}]{{1,3}})\s*[:：]?\s*(.{{0,80}})$")
RE_ATT_LINE = re.compile(r"^附\s*件\s*[:：]\s*(.*)$")
RE_ATT_ITEM = re.compile(r"(?:^|\s)([0-9]{1,2})\s*[.、．]\s*(\S.*?)(?=\s+[0-9]{1,2}\s*[.、．]|\s*$)")
RE_NUM_ONLY = re.compile(r"^\s*[0-9]{1,3}\s*[.、．]?\s*$")
RE_NOTE = re.compile(r"[（(]([^（）()]{1,20})[）)]\s*$")
RE_AS_FOLLOWS = re.compile(r"(?:如下|名单|结果)\s*[:：]\s*$")
RE_DECLARED = re.compile(rf"[（(]\s*(?:共\s*)?([0-9{CN_DIGITS}百]+)\s*个?\s*(?:单位|村|村居|社区)?\s*[）)]\s*[:：]?$")


def year_of(s: str) -> int:
    """2023 or 二〇二三 → 2023."""
    return cn_int(s)


class Rules:
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
        self.re_honour_lead = re.compile(rf"(?:第[{CN_DIGITS}0-9]+[批届]|首批|{YEAR}(?:年度?)?|[0-9]+个|{scopes}"
                                         rf"|[{CJK}]{{2,6}}?{suffix_pattern(lex, 'county', 'city', 'province')}(?=[{CJK}]{{2}})|[“”\"「」])")
        self.campaign_words = sorted(t.get("campaign_words", []), key=len, reverse=True)
        self.verbs = t.get("honour_verbs", []) + t.get("selection_words", []) + t.get("listing_words", [])
        self.selection = t.get("selection_words", [])
        self.listing = t.get("listing_words", [])
        self.work_after = tuple(t.get("work_after", []))
        # a count of persons (3名个人分别为：…): the units that part of a sentence names are workplaces
        persons = "|".join(map(re.escape, t.get("person_counters", []))) or "(?!)"
        self.re_persons = re.compile(rf"[0-9{CN_DIGITS}两]+\s*(?:{persons})")
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
        adverbs = "|".join(map(re.escape, t.get("count_adverbs", []))) or "(?!)"
        self.also_words = tuple(t.get("also_adverbs", []))
        self.re_inline = re.compile(rf"等\s*({num})\s*个\s*(?:{nouns})\s*(?:[^，。；：、,;:]{{2,8}}[，,])?\s*(?:{adverbs})?(?:{verbs})"
                                    rf"\s*([^，。；、,;：:]{{2,50}})")
        # A村、B村被评为2023年度……示范村 (no count: the honour must state a year)
        self.re_named = re.compile(rf"(?:{named})\s*([^，。；、,;：:]{{2,50}})")
        # 授予A村、B村等2个村“2023年度清廉村居示范村”称号
        self.re_title = re.compile(rf"(?:授予|命名)(.{{2,400}}?)(?:等\s*({num})\s*个\s*(?:{nouns}))?\s*(?:为)?\s*"
                                   rf"((?:{YEAR}\s*年度?)?)\s*[“\"]([^”\"]{{2,40}})[”\"]\s*(?:荣誉)?称号")
        select = "|".join(map(re.escape, sorted(t.get("select_verbs", []), key=len, reverse=True))) or "(?!)"
        # 评选出A村、B村、C社区为2023年度市级清廉村居示范单位 (no count, no 等)
        self.re_selected = re.compile(rf"(?:{select})(.{{2,400}}?)(?:作为|为)\s*([^，。；、,;：:]{{2,50}})")
        # 共评选出董家河镇凤柳村等23个全市优秀“民主法治示范村(社区)”: the count's noun is the honour
        self.re_selected_count = re.compile(rf"(?:{select})(.{{2,400}}?)等\s*({num})\s*个\s*([^，。；、,;：:]{{2,50}})")
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


def rules(lex: Lexicon) -> Rules:
    return lex.compiled("tiers", Rules)


@dataclass
class Honour:
    """What a heading or phrase says of a list: 2023年度 区级 标杆 (the text it was read from)."""
    year: int | None
    level: str | None
    tier: str | None
    text: str
    span: bool = False  # the heading names a span of years (2010~2017年…): no one year, not the document's


def dated(h: Honour, year: int | None) -> Honour:
    """The honour, in `year` when it names none itself (a span of years stays without one)."""
    return h if h.span else Honour(h.year or year, h.level, h.tier, h.text)


def parse_honour(text: str, lex: Lexicon, need_end: bool = True) -> Honour | None:
    """Year, level and tier of a list heading or an honour phrase; None if it is not one.

    need_end: the text must end like a list heading (名单, 单位, 村, 社区 …).
    """
    return read_honour(text, rules(lex), need_end)


def read_honour(text: str, r: Rules, need_end: bool = True) -> Honour | None:
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
        tier = core_tier(t, r)
    y = RE_YEAR.search(t) or r.re_year_bare.search(t)  # 2017中国十大最美乡村: a year run into the honour
    span = bool(y and RE_YEAR_SPAN.search(t))
    if span:  # 2010~2017年…监测合格名单: a span names no year
        y = None
    level = next((lv for lv in r.levels if lv in t), None)
    if tier is None and (y or level):  # 2023年度“四好村”名单: the quoted honour is the tier
        q = re.search(r"[“\"]([^”\"]{2,12})[”\"]", t)
        if q and not q.group(1).startswith(r.campaigns):  # “清廉村居” names the campaign, not a rank
            tier = _strip_ends(q.group(1), r) or None
    return Honour(year_of(y.group(1)) if y else None, level, tier, text.strip(), span)


def core_tier(t: str, r: Rules) -> str | None:
    """The rank of an honour with no rank word: its core between scope and unit noun
    (第二批全国文明村镇名单 → 文明, 2021年中国美丽休闲乡村 → 美丽休闲). A heading that qualifies
    its list (盐城入选的第二批国家森林乡村名单, 被列入…名录的海南村落名单) names the honour in one of
    its parts split by 的."""
    for part in reversed(t.split("的")):
        tier = _core_tier_part(part, r)
        if tier is not None:
            return tier
    return None


def _core_tier_part(t: str, r: Rules) -> str | None:
    core = r.re_list_word.sub("", RE_NOTE.sub("", t))
    core = re.sub(r"[“”\"「」]", "", core)
    noun = next((n for n in r.honour_nouns if core.endswith(n)), None)
    if noun is None:
        return None
    core = core[:-len(noun)]
    # the core follows the last of its batch, year, count, scope, verb or place (现将1976个第六届全国文明村镇 → 文明)
    leads = [m.end() for m in r.re_honour_lead.finditer(core) if m.end() < len(core)]
    core = core[max(leads):] if leads else core
    if core.startswith("级") and len(core) > 1:  # 都江堰市级文明村镇: the area's level (市级), then the rank
        core = core[1:]
    for w in r.campaign_words:
        core = core.replace(w, "")
    if core in r.provinces or re.search(r"[省市县区镇乡旗拟]|街道", core.replace("乡村", "")) or any(v in core for v in r.verbs) \
            or re.search(r"[了的是着把被]", core):
        return None  # 海南村落名单: a place, not a rank (乡村 is a word: 乡村旅游重点); 拟入选村落: a verb; 获得了全体村民…: a clause
    return core if 1 <= len(core) <= 6 and re.fullmatch(rf"[{CJK}]+", core) else None


def _strip_ends(word: str, r: Rules) -> str:
    for end in r.list_ends:
        if word.endswith(end) and len(word) > len(end):
            return word[:-len(end)]
    return word
