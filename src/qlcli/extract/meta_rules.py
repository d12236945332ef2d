"""The word lists document metadata is read with ([meta] and [admin] of the data files), compiled
once per lexicon, and the patterns several of its readers share.
"""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..patterns import CJK, CN_DIGITS
from ..script import to_simplified
from .admin import level_suffixes, suffix_pattern


RE_PUNCT = re.compile(r"[，。；！？,;!?]")
RE_ATTACH = re.compile(r"^附\s*件")


class MetaRules:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        meta, admin = lex.section("meta"), lex.section("admin")
        self.notice = tuple(meta.get("notice_suffixes", []))
        self.plan = tuple(meta.get("plan_suffixes", []))
        self.collection = meta.get("collection_words", [])
        self.reports = tuple(meta.get("report_suffixes", []))
        self.profiles = tuple(meta.get("profile_suffixes", []))
        self.source = meta.get("source_labels", [])
        self.news = meta.get("news_labels", [])
        self.news_leads = meta.get("news_lead_words", [])
        self.re_news_cue = re.compile(meta.get("news_cue_pattern", "(?!)"))
        self.re_story_lead = re.compile(meta.get("story_lead_pattern", "(?!)"))
        self.orgs = sorted(admin.get("org_suffixes", []), key=len, reverse=True)
        self.provinces = admin.get("provinces", [])
        # a quote's speaker, named right after it (…”今年64岁的山东德州市民闫新月说。): quantities.toml's verbs
        verbs = lex.section("quantities").get("attribution", {}).get("speech_verbs", [])
        self.re_speaker = re.compile(rf"^[^。！？!?“”]{{0,40}}(?:{'|'.join(map(re.escape, verbs)) or '(?!)'})[^。！？!?“”]{{0,6}}[。！!]?$")
        self.municipalities = admin.get("municipalities", [])
        self.org_prefixes = tuple(admin.get("org_prefixes", []))
        self.re_source = re.compile(rf"(?:^|[\s|｜])(?:{'|'.join(map(re.escape, self.source))})\s*[:：]\s*([^\s|｜]+)")
        # a line of a web page or paper that starts with one of the labels (来源: / 发布时间:)
        self.re_metaline = re.compile(rf"^(?:{'|'.join(map(re.escape, self.source + self.news))})\s*[:：]")
        self.re_newsline = re.compile(
            rf"(?:^|\s)(?:{'|'.join(map(re.escape, self.source + self.news))})\s*[:：]")
        # one part of a chain of area names at the start of a phrase: 重庆市|綦江区|通惠街道, 四川省, 渝北区
        one = "|".join(map(re.escape, admin.get("one_char_counties", []))) or "(?!)"
        self.re_part = re.compile(rf"(?:{one})|[{CJK}]{{2,8}}?{suffix_pattern(lex)}")
        self.re_part_suffix = re.compile(suffix_pattern(lex) + "$")
        self.town_suffixes = level_suffixes(lex, "town")
        self.county_chars = "".join(s for s in level_suffixes(lex, "county") if len(s) == 1)
        self.re_lead = re.compile(meta.get("title_lead", "^关于"))
        self.not_in_area = meta.get("not_in_area", [])
        self.long_areas = tuple(meta.get("long_area_suffixes", []))
        self.source_names = tuple(meta.get("source_name_suffixes", []))
        self.agency_names = tuple(meta.get("agency_name_suffixes", []))
        self.editor_marks = sorted(meta.get("editor_marks", []), key=len, reverse=True)
        self.case_sections = meta.get("case_sections", [])
        words = "|".join(map(re.escape, sorted(meta.get("reporter_words", []), key=len, reverse=True))) or "(?!)"
        self.re_reporter = re.compile(rf"(?:^|\s)(?:{words})\s*(?:[:：]|\s+[{CJK}])")
        # a line that only names the story's reporters, maybe after their paper (本报首席记者 周尤,
        # 湖南日报全媒体记者 曾佰龙 实习生 谭琦): a byline without a label or a date
        self.re_reporter_line = re.compile(
            rf"^[{CJK}]{{0,12}}?(?:{words})\s*[{CJK}]{{2,4}}(?:\s+(?:[{CJK}]{{2,3}}\s*)?[{CJK}]{{2,4}})*$")
        self.village_suffixes = tuple(admin.get("village_suffixes", ["社区", "村"]))
        self.place_words = self.village_suffixes + tuple(level_suffixes(lex))  # (a profile names a place: 山村村介绍)
        labels = "|".join(map(re.escape, meta.get("record_labels", []))) or "(?!)"
        kinds = "|".join(map(re.escape, self.village_suffixes))
        self.re_record = re.compile(rf"(?:^|[\s|｜])(?:{labels})[:：]\s*[{CJK}]{{1,10}}?(?:{kinds})")
        self.town_scope = tuple(meta.get("town_scope_words", []))
        self.essay_marks = meta.get("essay_marks", [])
        self.essay_sections = tuple(meta.get("essay_sections", []))
        self.doc_number_labels = tuple(meta.get("doc_number_labels", []))
        self.issuer_labels = tuple(meta.get("issuer_labels", []))
        self.date_labels = tuple(meta.get("date_labels", []))
        self.re_affiliation = re.compile(meta.get("affiliation_pattern", "(?!)"))
        self.re_essay = re.compile(f"{meta.get('essay_pattern', '(?!)')}|{self.re_affiliation.pattern}")
        self.re_addressee = re.compile(meta.get("addressee_pattern", "(?!)"))
        self.notice_leads = meta.get("notice_leads", [])
        # a body's first words right after a title run into it: 为深入贯彻…, 根据…, 一、背景分析 (after 模板)
        opening = "|".join(map(re.escape, meta.get("body_openings", []))) or "(?!)"
        self.re_body_opening = re.compile(rf"[{CJK}]{{0,2}}?(?:[{CN_DIGITS}]{{1,3}}、)|(?:{opening})")
        self.county_scope = tuple(meta.get("county_scope_words", []))
        self.town_anaphora = tuple(meta.get("town_anaphora", []))
        self.county_anaphora = tuple(meta.get("county_anaphora", []))
        self.village_anaphora = tuple(meta.get("village_anaphora", []))
        # a news line's own source before its lead: 多彩贵州网讯（本网记者 李高静）, 本报讯
        self.re_news_source = re.compile(meta.get("news_source_pattern", "(?!)"))
        self.re_implied_area = re.compile(meta.get("implied_area_pattern", "(?!)"))
        self.re_caption = re.compile(meta.get("caption_pattern", "(?!)"))
        self.note_labels = {w.rstrip("：:") for w in meta.get("note_labels", [])}
        self.writer_marks = tuple(meta.get("writer_marks", []))
        self.writer_groups = tuple(meta.get("writer_groups", []))
        self.re_writer_mark = re.compile("^(?:" + ("|".join(map(re.escape, self.writer_marks)) or "(?!)") + ")")
        self.page_links = set(meta.get("page_links", []))
        posts = "|".join(map(re.escape, sorted(meta.get("author_posts", []), key=len, reverse=True))) or "(?!)"
        self.re_author_post = re.compile(rf"[{CJK}](?:\s*[{CJK}]){{1,3}}\s+[{CJK}]{{4,30}}(?:{posts})")
        self.re_photo_credit = re.compile(meta.get("photo_credit_pattern", "(?!)"))
        self.re_journal_issue = re.compile(meta.get("journal_issue_pattern", "(?!)"))
        self.re_venue = re.compile(meta.get("venue_pattern", "(?!)"))
        crumbs = "|".join(map(re.escape, meta.get("breadcrumb_labels", []))) or "(?!)"
        self.re_crumbs = re.compile(rf"(?:{crumbs})\s*[:：/>]|首页\s*[>＞»/]")
        tiers = lex.section("tiers")  # the verbs that put a place on an honour's list (入选, 获评, 上榜 …)
        self.member_verbs = tuple(dict.fromkeys(tiers.get("named_verbs", []) + tiers.get("listed_verbs", [])))
        labels = "|".join(map(re.escape, meta.get("title_labels", []))) or "(?!)"
        dateline = rf"[{CJK}]{{2,12}}\d{{1,2}}月\d{{1,2}}日电\s*"
        self.re_title_label = re.compile(rf"(?:{dateline})?(?:{labels})\s*[:：]\s*(\S.*)")
        self.area_examples = tuple(meta.get("area_example_marks", []))

    def record_page(self, blocks) -> bool:
        """Does a page open on a labelled field naming a village (地名:芭蕉村 | 隸屬:…): a place's record?"""
        return any(self.re_record.search(to_simplified(b.text)) for b in blocks[:3])
