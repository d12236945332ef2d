"""Whose a figure or a measure is: the case that holds it, the unit its table row names, or the
unit or area its clause speaks for.

In running text the owner is the subject of the figure's clause: a village written near the start of
the clause (汤源村…；乌龙村推行…，信访量下降40% → 乌龙村), not one it is compared with (与乌龙村相比,
比莒村高出, 是黎家坪村的1.2倍) nor a neighbour (东临立壁村); or an area (全县…, 夹江县…, 区纪委监委…). A
clause that names neither takes the last owner named before it in its paragraph (该村去年…). An area owns
its figures only where the document otherwise speaks for one village (a story about one village quotes
county-wide figures) or for no village at all (a county's report); in a story ranging over several
villages a figure no village owns belongs to no one. A document that names no village speaks for its
area (a town's 工作总结, a county's plan): a figure no clause gives an owner belongs to its region.
"""
from __future__ import annotations

import bisect
import re

from ..lexicon import Lexicon
from ..model import Case, DocMeta, Document, Unit
from ..patterns import CJK, CN_DIGITS
from ..script import to_simplified
from .admin import bordering_words, level_suffixes, suffix_pattern, suffixes_by_level
from .mentions import find_mentions
from .name_parts import parse_area
from .places import TOWN, areas_in, gazetteer
from .area_names import full_name, is_area, strip_predicates, trim_area, written_whole
from .text import Sentence, block_sentences

SINGLE_OWNER_TYPES = ("news", "other", "case_collection")
CLAUSE_MARKS = "，,；;：:。！？!?"
# an area's name: one to four levels, each a short name and its level word (乐山市夹江县, 孝丰镇)
JOINT = "\x00nobody"  # two units as one subject (黎家坪村和莒村…), or an area that owns nothing
RE_QUOTE = re.compile(r"“[^“”]{6,}”")


def owner_rules(lex: Lexicon) -> Rules:
    return lex.compiled("owners", Rules)


def case_at(cases: list[Case], offset: int) -> Case | None:
    starts = [c.start for c in cases]
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and cases[i].start <= offset < cases[i].end:
        return cases[i]
    return None


class Rules:
    """[attribution] of data/quantities.toml, and the area suffixes of data/admin.toml."""

    def __init__(self, lex: Lexicon):
        sec = lex.section("quantities").get("attribution", {})
        # an area's level is its shortest suffix (自治县 → 县): 全县, 我县 find the 县 or 自治县 a paragraph named
        suffixes = level_suffixes(lex)
        ordered = dict.fromkeys(s for ss in suffixes_by_level(lex).values() for s in ss)  # town first
        self.levels = tuple(s for s in ordered if not any(t != s and s.endswith(t) for t in suffixes))
        self.re_area = re.compile(rf"((?:[{CJK}]{{1,4}}?{suffix_pattern(lex)}){{1,4}})")
        self.area_wide = tuple(sec.get("area_wide", []))
        on = "|".join(map(re.escape, lex.section("units").get("not_after_bare", []))) or "(?!)"  # 各村民小组: no 各村
        self.re_wide = {w: re.compile(re.escape(w) + (rf"(?!{on})" if w.endswith("村") else "")) for w in self.area_wide}
        self.not_subject = tuple(sec.get("not_subject_before", []) + bordering_words(lex))
        self.not_subject_after, self.copulas = tuple(sec.get("not_subject_after", [])), tuple(sec.get("copulas", []))
        meta = lex.section("meta")
        self.village_anaphors = tuple(meta.get("village_anaphora", []) + sec.get("village_refs", []))
        self.area_anaphors = tuple(meta.get("town_anaphora", []) + meta.get("county_anaphora", []))
        self.object_frames = [tuple(f.split("…")) for f in sec.get("object_frames", []) if f.count("…") == 1]
        self.joint, self.group_after = tuple(sec.get("joint", [])), tuple(sec.get("group_after", []))
        self.introducers = tuple(sec.get("introducing_words", []))
        refs = sorted(sec.get("group_refs", []), key=len, reverse=True)
        self.re_group = re.compile("(?:" + "|".join(map(re.escape, refs)) + rf")[\d{CN_DIGITS}两几]") if refs else None
        self.organs = tuple(sec.get("area_organs", []))
        self.organs += tuple(p + lv for p in sec.get("self_refs", []) for lv in self.levels)
        orgs = "|".join(map(re.escape, sec.get("org_suffixes", []))) or "(?!)"
        self.re_org_after = re.compile(rf"[{CJK}]{{1,8}}?(?:{orgs})")
        self.lead_max = int(sec.get("subject_lead_max", 8))
        self.not_area = tuple(sec.get("not_area", []))
        self.not_in_area = set(sec.get("not_in_area", ""))
        leads = sorted(sec.get("clause_leads", []), key=len, reverse=True)
        self.re_lead = re.compile("^(?:" + "|".join(map(re.escape, leads)) + ")+") if leads else None
        # who said a quote: a name and a role, then the verb, right after it (…党支部书记张金虎说)
        verbs = "|".join(map(re.escape, sec.get("speech_verbs", []))) or "(?!)"
        self.re_said = re.compile(rf"^[^，。,；;“”]{{2,30}}?(?:{verbs})")
        # a news line's own source before the lead (长乐新闻网讯 …): cut before its first clause is read
        self.re_news_source = re.compile(meta.get("news_source_pattern", "(?!)"))


class Owners:
    """The owner of any offset of one document (build once per document)."""

    def __init__(self, doc: Document, meta: DocMeta, units: list[Unit], cases: list[Case], r: Rules, lex=None):
        self.doc, self.meta, self.units, self.cases, self.r, self.lex = doc, meta, units, cases, r, lex
        villages = [u for u in units if (u.kind or "") in ("村", "社区", "居委会") or u.village]
        self.main = self._main_village(villages)
        # a document naming no village, or villages only in passing (one named once, or several none
        # of which is ever a clause's subject: 以高庄村、门庄村作为试点), speaks for its area
        self.no_village = not villages or self.main is None and (len(villages) == 1 or not self._any_subject(villages))
        self.areas_own = self.main is not None or self.no_village
        self._marks_of: dict[int, list[tuple[int, str]]] = {}
        self._named: dict[str, str] = {}  # level → the area of that level the paragraph named last
        self._villages = {u.unit for u in villages}
        self._last_village: str | None = None  # the village the paragraph named last
        self._fulls, self._wholes = {}, {}  # area names as the text writes them: once per name and document
        # the title (and a page's title above it) speaks for what it names, else for the region
        # (摸清“家底”…嘉魚縣“三資”清理新增村集體收入750萬元), never for the story's village unnamed in it
        title = to_simplified(re.sub(r"\s", "", meta.title or ""))
        self.head_end = next((b.index for b in doc.blocks[:12]
                              if title and to_simplified(re.sub(r"\s", "", b.text)) == title), -1)

    def _main_village(self, villages: list[Unit]) -> Unit | None:
        """The village a story is about: its only one, or the one its title names."""
        if self.cases or self.meta.doc_type not in SINGLE_OWNER_TYPES:
            return None
        title = self.meta.title or next((b.text for b in self.doc.blocks if b.text.strip()), "")
        if not self.meta.title and (len(title) > 40 or re.search(r"[。！？]", title)):
            title = ""  # a first line that is a sentence is no title
        named = {m.unit.unit: m.unit for m in find_mentions(title, villages)}
        # the only village, unless named once and never referred to again (该村, 村里 …): then it is
        # an example of the area's work (r048: 部署…古城村作为试点, then the town's 清单)
        if len(villages) == 1 and (named or len(find_mentions(self.doc.text, villages)) > 1
                                   or any(w in self.doc.text for w in self.r.village_anaphors)
                                   or self._lead_subject(villages)):
            return villages[0]
        if len(named) == 1:
            return next(iter(named.values()))
        # else the village the story keeps returning to: named 3+ times, 3 times as often as any other
        # (兴隆社区 ×4; 兴园社区 once, for its own 600多户)
        ranked = sorted(villages, key=lambda u: u.mentions, reverse=True)
        if not named and len(ranked) > 1 and ranked[0].mentions >= 3 and ranked[0].mentions >= 3 * ranked[1].mentions:
            return ranked[0]
        return None

    def _lead_subject(self, villages: list[Unit]) -> bool:
        """Is the village the subject of the story's first clause (航城街道洋屿村廉政文化长廊经…正式展出)?
        A story opening on it is about it, though it names it once."""
        lead = next((b for b in self.doc.blocks if len(re.findall(rf"[{CJK}]", b.text)) >= 40), None)
        if lead is None:
            return False
        text = self.r.re_news_source.sub("", lead.text.strip(), count=1)
        first = re.split(r"[，,。；;：:！？]", text, maxsplit=1)[0]
        return self._village_subject(first, villages) not in (None, JOINT)

    def _any_subject(self, villages: list[Unit]) -> bool:
        return any(self._village_subject(s.text[a:b], villages) not in (None, JOINT)
                   for block in self.doc.blocks for s in block_sentences(block) for a, b in _clauses(s))

    def case(self, pos: int) -> Case | None:
        return case_at(self.cases, pos) if self.cases else None

    # --- tables -----------------------------------------------------------------------------
    def row_owner(self, block) -> str | None:
        """A table row speaks for the unit (or town, county …) one of its cells names."""
        cells = sorted((b for b in self.doc.blocks if b.kind == "table_cell" and b.table == block.table
                        and b.row == block.row and b.index != block.index), key=lambda b: b.col)
        for b in cells:
            t = re.sub(r"\s+", "", b.text)
            m = find_mentions(t, self.units)
            if m and m[0].start == 0:
                return m[0].unit.unit
            if self._is_area(t):
                return self._area_name(t)
        return None

    # --- running text -----------------------------------------------------------------------
    def at(self, block, pos: int) -> str | None:
        """The owner of the character at document offset `pos` of a block."""
        case = self.case(pos)
        if case is not None:
            return case.unit
        owner = self.stated(block, pos)
        if owner is None:  # words quoted from someone named right after them are his unit's
            owner = self._speaker(block, pos)
        if self.no_village and owner in (None, JOINT):
            return self.meta.region or None
        if owner is None and block.index <= self.head_end:
            return self.meta.region or None
        if owner is None:
            return self.main.unit if self.main else None
        return None if owner == JOINT else owner

    def _speaker(self, block, pos: int) -> str | None:
        """“…年收入137万元…”小碧乡黄泥哨村党支部书记张金虎说: a quote whose speaker is named right after
        it, by his village (or, where areas own figures, his area's organ: 莘县纪委监委有关负责人介绍)."""
        text, at = block.text, pos - block.start
        for m in RE_QUOTE.finditer(text):
            if not m.start() <= at < m.end():
                continue
            after = text[m.end():m.end() + 40]
            said = self.r.re_said.search(after)
            if not said:
                return None
            who = said.group(0)
            found = find_mentions(who, self.units)
            if found and found[0].start == 0:
                return found[0].unit.unit
            area = self._clause_area(who) if self.areas_own else None
            return None if area == JOINT else area
        return None

    def stated(self, block, pos: int) -> str | None:
        """The owner the text states for an offset (its clause's subject or the last one before it
        in the paragraph): a unit's or an area's name, JOINT for nobody, None when none is stated."""
        owner = None
        for at, who in self._marks(block):
            if at > pos:
                break
            owner = who
        return owner

    def _marks(self, block) -> list[tuple[int, str]]:
        """(offset, owner) where each clause of the block that names an owner starts."""
        if block.index not in self._marks_of:
            out, self._named, self._last_village = [], {}, None
            for s in block_sentences(block):
                for a, b in _clauses(s):
                    who = self._clause_owner(s.text[a:b])
                    named = [m.unit.unit for m in find_mentions(s.text[a:b], self.units) if m.unit.unit in self._villages] \
                        if s.text[a:b].startswith(self.r.introducers) else []  # 也有…的建设村，…全村分红: one introduced
                    if who in self._villages or named:
                        self._last_village = who if who in self._villages else named[-1]
                    area = self._opening_area(s.text[a:b])
                    if area:  # 在分水镇，…全镇36个村 → 分水镇
                        self._named[next(lv for lv in self.r.levels if area.endswith(lv))] = area
                    if who is not None:
                        out.append((s.start + a, who))
            self._marks_of[block.index] = out
        return self._marks_of[block.index]

    def _clause_owner(self, c: str) -> str | None:
        r = self.r
        if r.re_group and r.re_group.search(c):
            return JOINT  # 对上述3个村予以通报批评: a group, not the village named last
        who = self._village_subject(c, self.units)
        if who is not None:
            return who
        if any(w in c for w in r.village_anaphors):  # 到该村参加…的游客达近5万人: the village named before
            village = self._last_village or (self.main.unit if self.main else None)
            if village:
                return village
        area = self._clause_area(c)
        if area is None:
            return None
        return area if self.areas_own else JOINT

    def _village_subject(self, c: str, units: list[Unit]) -> str | None:
        """The village the clause is about (named near its start, not compared with nor framed as
        an object), JOINT for two or a group, None when no village is its subject."""
        r = self.r
        mentions = find_mentions(c, units)
        for m in mentions:
            lead = c[:m.start]
            if len(lead) > r.lead_max or any(w in lead for w in r.not_subject):
                break
            if c.startswith(r.not_subject_after, m.end) \
                    or any(lead and lead.endswith(a) and c.startswith(b, m.end) for a, b in r.object_frames):
                continue
            if c.startswith(r.joint, m.end) and any(0 < x.start - m.end <= 2 for x in mentions) \
                    or c.startswith(r.group_after, m.end):
                return JOINT
            return m.unit.unit
        return None

    def _clause_area(self, c: str) -> str | None:
        """The area a clause speaks for: 全县… / 夹江县纪委监委… / 在马村镇 / 区纪委监委…;
        JOINT when it speaks for an area it does not name (各村, 全域)."""
        r = self.r
        body = r.re_lead.sub("", c) if r.re_lead else c
        for w in r.organs:  # the organ opening a clause is its subject (镇里还为每个村配备1名会计, 我镇将…)
            if body.startswith(w):
                return (self._area_named(c, lv) if (lv := next((x for x in r.levels if x in w), None)) else None) or JOINT
        # a word referring back to an area speaks for it opening the clause or right before a count
        # (对该镇20余名村社干部…), not as a place (在该镇召开的清退会上，村干部…2.72万元)
        anaphors = [w for w in r.area_anaphors if c.startswith(w) or re.search(re.escape(w) + rf"[\d{CN_DIGITS}两几]", c)]
        for w in r.area_wide + tuple(anaphors):
            m = r.re_wide[w].search(c) if w in r.re_wide else re.search(re.escape(w), c)
            if m and not to_simplified(c[:m.start()]).endswith(r.copulas):  # (是全镇的…中心: a predicate)
                lv = next((x for x in self.r.levels if w.endswith(x)), None)
                return (self._area_named(c, lv) if lv else None) or JOINT
        area = self._opening_area(c)
        if area:
            return self._area_name(area)
        counted = self._area_counting(c)
        if counted:
            return self._area_name(counted)
        short = self._opening_short(c)
        return self._area_name(self._full(short)) if short else None

    def _area_counting(self, c: str) -> str | None:
        """An area written right before a count speaks for it (如今,漷县镇61个村全部施行…)."""
        if self.lex is None:
            return None
        for a in areas_in(c, self.lex):
            if re.match(rf"[\d{CN_DIGITS}两]", c[a.end:a.end + 1]) and self._is_area(c[a.start:a.end]) \
                    and not to_simplified(c[:a.start]).endswith(self.r.not_subject):  # (距离楚雄市109公里)
                return c[a.start:a.end]
        return None

    def _opening_short(self, c: str) -> str | None:
        """A county or a larger area written in its short form as the clause's first word
        (据统计，今年以来，罗城共举办… → 罗城, the short form of 罗城仫佬族自治县)."""
        if self.lex is None:
            return None
        from ..segment import cut, predicate_words

        body = self.r.re_lead.sub("", c) if self.r.re_lead else c
        gz = gazetteer(self.lex)
        words = cut(body[:12], self.lex)
        areas = areas_in(body[:12], self.lex, short=True)
        if areas and areas[0].start == 0 and len(areas[0].parts) == 1:
            name = areas[0].parts[0]
        elif words and len(words[0]) >= 2 and min((gz.levels[i] for i in gz.ids(words[0])), default=TOWN) < TOWN \
                and self._full(words[0]) != words[0]:
            name = words[0]  # followed by a word (罗城共举办…), but the document writes it in full
        else:
            return None
        if not words or words[0] != name or name in predicate_words() \
                or min((gz.levels[i] for i in gz.ids(name)), default=TOWN) >= TOWN:
            return None  # 比如 opens a clause as a conjunction, not as 比如县
        if self.r.re_org_after.match(body[len(name):]):
            return None  # 山东华宁矿业集团驻地: the short form starts a company's name
        return name

    def _full(self, short: str) -> str:
        if short not in self._fulls:  # (a search of the whole text: once per name and document)
            self._fulls[short] = full_name(short, self.doc.text, self.lex)
        return self._fulls[short]

    def _area_named(self, c: str, level: str) -> str | None:
        """The area of a level (县, 镇 …) a clause speaks for: the one it names, else the main
        village's, else the document's region."""
        area = self._opening_area(c)
        if area and area.endswith(level):
            return self._area_name(area)
        if level in self._named:  # named earlier in the paragraph
            return self._area_name(self._named[level])
        u = self.main
        if u is not None:
            for part in (u.town, u.county, u.city):
                if part and part.endswith(level):
                    return self._area_name(part)
            i = u.unit.find(level)
            if i > 0:  # 雅安市名山区中峰镇牛碾坪村, 全区 → 雅安市名山区
                return u.unit[:i + len(level)]
        region = self.meta.region or ""
        return region if region.endswith(level) else None

    def _opening_area(self, c: str) -> str | None:
        """The area whose name opens a clause (after 在, 据统计 …): 夹江县纪委监委… → 夹江县."""
        body = self.r.re_lead.sub("", c) if self.r.re_lead else c
        if to_simplified(body).startswith(self.r.not_subject):
            return None  # 是夏店镇的“东大门”: an area after 是, 与, 比 … is no subject, as a village there is none
        m = self.r.re_area.match(body)
        while m:
            name = m.group(1)
            if self.lex is not None:  # 如果平湖市政府… → 平湖市; 去过龙井市智新镇… → 龙井市智新镇
                name = trim_area(strip_predicates(name, self.lex), self.lex)
            if self._is_area(name):  # unless it starts a village's address (佛山市顺德区乐从镇沙滘社区)
                return None if any(x.start <= m.end() + 4 for x in find_mentions(body, self.units)) else name
            m = self.r.re_area.match(body[:m.end() - 1]) if m.end() > 3 else None  # a shorter chain
        return None

    def _is_area(self, t: str) -> bool:
        if not self.r.re_area.fullmatch(t) or t.endswith(self.r.not_area) or set(t) & self.r.not_in_area:
            return False
        if self.lex is None:
            return True
        # the gazetteer's, not a phrase before a level word (超额完成县政府…, 贵州民族地区); a name of
        # one or two characters is a name, whether the gazetteer has it or not (麦镇, a pseudonym)
        parts = parse_area(t, self.lex)
        if parts is None:
            return False
        short = len(t) <= 2 + max((len(lv) for lv in self.r.levels if t.endswith(lv)), default=0)
        return short or is_area(t, self.lex)

    def _area_name(self, name: str) -> str:
        """An area's longest written form: the start of a unit's name or the region that ends
        with it (夹江县 → 乐山市夹江县)."""
        region = self.meta.region or ""
        if region.endswith(name) and region != name:
            return region  # the document's own area as it writes it, even after a short form (巩义小关镇)
        best = name
        for full in [u.unit for u in self.units]:
            i = full.find(name)
            if i > 0 and i + len(name) > len(best) and full[:i].endswith(self.r.levels):
                best = full[:i + len(name)]
        if best == name and self.lex is not None:  # else the longest chain the text writes (南寨镇 → 贵州省…南寨镇)
            best = self._wholes.get(name) or self._wholes.setdefault(name, written_whole(name, self.doc.text, self.lex))
        return best


def _clauses(s: Sentence) -> list[tuple[int, int]]:
    out, a = [], 0
    for i, ch in enumerate(s.text):
        if ch in CLAUSE_MARKS:
            if i > a:
                out.append((a, i))
            a = i + 1
    if a < len(s.text):
        out.append((a, len(s.text)))
    return out
