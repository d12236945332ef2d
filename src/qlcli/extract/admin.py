"""Chains of area names read by their suffixes: 重庆市渝北区木耳镇金刚村 → province 重庆市, county 渝北区,
town 木耳镇, village 金刚村, kind 村. The level suffixes come from admin.toml (level_suffixes,
suffix_pattern: every extractor reads them here), what is not a name from units.toml. Whole
names and list lines are read with these chains in name_parts.py.

A chain is read leftwards from its last suffix: each parent is found by its suffix right before the
part's own name (the next level up first, the nearest first), and the topmost part starts at the
line's start, at a name seen whole elsewhere in the document, or after punctuation or a function
word (units.toml `left_words`, `verbs`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import Lexicon
from ..patterns import CN_DIGITS, is_cjk


LEVELS = ["village", "town", "county", "city", "province"]
PARENTS = ["town", "county", "city", "province"]
_OPEN_QUOTES = "“\"‘「『《"
_CLOSE_QUOTES = "”\"’」』》"


def _all_cjk(s: str) -> bool:
    return bool(s) and all(map(is_cjk, s))


def squash(s: str | None) -> str:
    return "".join((s or "").split())  # the same white space as re's \s, without the regex


class Rules:
    """The units and admin sections of a lexicon, prepared once per lexicon."""

    def __init__(self, lex: Lexicon):
        u, a = lex.section("units"), lex.section("admin")
        self.kinds: dict[str, str] = dict(u.get("kinds", {"社区": "社区", "村": "村"}))
        self.village_suffixes = sorted(self.kinds, key=len, reverse=True)
        lengths = u.get("lengths", {})
        self.lengths = {lv: tuple(lengths.get(lv, (2, 5))) for lv in LEVELS}
        self.lengths["province"] = (2, 8)
        # an area named for a people (恩和俄罗斯族民族乡, 察布查尔锡伯自治县, 莫力达瓦达斡尔族自治旗)
        # may be longer than its level allows otherwise
        self.ethnic_extra = int(u.get("ethnic_extra", 0))
        self.ethnic_marks = tuple(u.get("ethnic_marks", ["族", "自治", "民族"]))
        self.bare_min = int(u.get("bare_min", 2))
        self.suffixes = {
            "town": a.get("town_suffixes", ["街道", "镇", "乡"]),
            "county": a.get("county_suffixes", ["区", "县", "市"]),
            "city": a.get("city_suffixes", ["市", "州"]),
            "province": a.get("province_suffixes", ["省"]),
        }
        self.provinces = sorted(a.get("provinces", []), key=len, reverse=True)
        self.not_after = tuple(u.get("not_after", []))
        self.not_after_bare = tuple(u.get("not_after_bare", []))
        self.verbs = sorted(u.get("verbs", []), key=len, reverse=True)
        self.left_words: dict[str, list[str]] = {}  # by last character: only those can end before a name
        for w in sorted(set(u.get("left_words", []) + self.verbs + bordering_words(lex)), key=len, reverse=True):
            self.left_words.setdefault(w[-1], []).append(w)
        self.not_names = sorted(u.get("not_names", []), key=len, reverse=True)
        self.strip_words = sorted(set(self.not_names + self.verbs), key=len, reverse=True)
        self.area_not_last = set(u.get("area_not_last", []))
        self.not_last = set(u.get("not_last", []))
        self.not_last_under_town = self.not_last - set(u.get("last_under_town", []))
        self.area_last = set(u.get("area_last", []))
        self.area_last_min = int(u.get("area_last_min", 99))
        self.not_areas = set(u.get("not_areas", []))
        self.never_in = set(u.get("never_in_names", ""))
        self.never_first = set(u.get("never_first_in_bare_names", ""))
        self.honour_run_ends = tuple(u.get("honour_run_ends", []))
        self.not_alone = set(u.get("not_alone", ""))
        self.not_alone_under_town = set(u.get("not_alone_under_town", u.get("not_alone", "")))
        self.town_refs = tuple(u.get("town_refs", []))
        self.community_bases = tuple(u.get("community_bases", []))
        self.not_after_parent = tuple(u.get("not_after_parent", []))
        self.group_heads = tuple(u.get("group_heads", []))
        self.place_cues = tuple(u.get("place_cues", []))
        self.role_cues = tuple(u.get("role_cues", []))
        self.locating_verbs = tuple(u.get("locating_verbs", []))
        self.word_ends = tuple(u.get("word_ends", []))
        # 孙扎齐村村委会, 团结路社区居委会, 坪朗村民委员会: the committee's name names its unit
        self.committees = sorted(u.get("committees", {}).items(), key=lambda kv: -len(kv[0]))
        self.line_cache: dict = {}
        self.joiners = set(u.get("joiners", ["、", "和", "及", "与"]))
        self.item_trail = u.get("item_trail", "；;。，,：:、")
        self.re_village = re.compile("|".join(map(re.escape, self.village_suffixes)))
        # a village's suffix then a count ends a run of names (…、岔峪村三村), not a village's own name
        self.re_counted_tail = re.compile(rf"(?:{self.re_village.pattern})[{CN_DIGITS}两]+$")
        county = "|".join(map(re.escape, self.suffixes["county"] + self.suffixes["city"]))
        self.re_not_town = re.compile(rf"镇[\u4e00-\u9fff]{{1,2}}(?:{county})")  # 镇平县, 镇江市
        self.re_town = re.compile("|".join(map(re.escape, sorted(self.suffixes["town"], key=len, reverse=True))))
        # (suffix, level) of every parent level, longest suffix first: 自治区 before 区
        self.parent_suffixes = sorted(((s, lv) for lv in PARENTS for s in self.suffixes[lv]),
                                      key=lambda p: -len(p[0]))
        self.suffix_last = {s[-1] for s, _ in self.parent_suffixes} | {p[-1] for p in self.provinces}


def rules(lex: Lexicon) -> Rules:
    return lex.compiled("units", Rules)


def suffixes_by_level(lex: Lexicon) -> dict[str, list[str]]:
    """{level: its suffixes as data/admin.toml lists them}, town up to province."""
    return {lv: list(rules(lex).suffixes[lv]) for lv in PARENTS}


def bordering_words(lex: Lexicon) -> list[str]:
    """东临, 北连, 西南与 …: a side and a verb of bordering, before a neighbour's name."""
    u = lex.section("units")
    return [s + v for s in u.get("sides", []) for v in u.get("bordering", [])]


def level_suffixes(lex: Lexicon, *levels: str) -> tuple[str, ...]:
    """The suffixes that end area names of these levels (town, county, city, province; all four
    when none is given), longest first, from the [admin] table of data/admin.toml and --lexicon:
    one list for every extractor, so a suffix a user adds (苏木, 盟) reaches all of them."""
    r = rules(lex)
    found = {s for lv in (levels or PARENTS) for s in r.suffixes[lv]}
    return tuple(sorted(found, key=lambda s: (-len(s), s)))


def suffix_pattern(lex: Lexicon, *levels: str) -> str:
    """level_suffixes as a regex alternation: (?:自治区|街道|…|镇)."""
    return "(?:" + "|".join(map(re.escape, level_suffixes(lex, *levels))) + ")"


# --- one chain of names, read leftwards from its village suffix ------------------------------
@dataclass
class Chain:
    start: int
    end: int
    parts: dict  # level -> name as written (with suffix)
    kind: str | None = None


def _bounded(text: str, i: int, floor: int, r: Rules) -> bool:
    """Can a name start at i: after the floor, punctuation, or a function word?"""
    if i <= floor or not is_cjk(text[i - 1]):
        return True
    return any(text.startswith(w, i - len(w)) for w in r.left_words.get(text[i - 1], ()) if i - len(w) >= floor)


def _parents_at(text: str, s: int, level: str, floor: int, r: Rules) -> list[tuple[str, int]]:
    """Parent parts (of a level above `level`) whose suffix ends at s: (level, suffix length);
    a negative length is a province name written whole (重庆市, 四川省)."""
    if s <= floor or text[s - 1] not in r.suffix_last or text.startswith(r.not_after_parent, s):
        return []
    above = PARENTS[PARENTS.index(level) + 1:] if level in PARENTS else PARENTS
    out = []
    if "province" in above:
        for prov in r.provinces:
            if s - len(prov) >= floor and text.startswith(prov, s - len(prov)):
                return [("province", -len(prov))]  # 重庆市 is the province, not a city
    for suf, lv in r.parent_suffixes:
        if lv in above and s - len(suf) >= floor and text.startswith(suf, s - len(suf)):
            out.append((lv, len(suf)))
    return out


def _area_ok(base: str, suffix: str, r: Rules) -> bool:
    """An area's name, not a phrase: 木耳 (镇), not 全 (镇), 今年全 (镇), 建立完善 (区), 环湖雅居社 (区)."""
    # a function character may end an area's name (乐从镇, 无为县) but not stand inside it (…镇的…)
    if not _all_cjk(base) or base in r.not_areas or set(base[:-1]) & r.never_in or base in r.never_in \
            or base[-1] in r.area_not_last:
        return False
    if (base + suffix).endswith(tuple(r.village_suffixes)):
        return False
    return not any(v in base for v in r.verbs) and not any(base.endswith(w) for w in r.not_names)


def _part_ok(level: str, base: str, suffix: str, r: Rules) -> bool:
    return _village_base_ok(base, r, bare=False) if level == "village" else _area_ok(base, suffix, r)


def read_chain(text: str, base_end: int, suf_end: int, level: str, floor: int, r: Rules,
               anchored: bool, known: dict) -> Chain | None:
    """The part of `level` whose suffix is text[base_end:suf_end], with the parents written before it.

    Each parent is found by its suffix right before this part's name; the next level up is tried
    first (a town before a county: 龙山街道旗龙路社区 is not under a 旗), the nearest first.
    The topmost part starts at the floor (anchored: a line that is only a name), at a name seen
    whole elsewhere (known), or after punctuation or a function word. A parent that is not a
    place (该镇, 全区) leaves the parts below it standing alone if they are bounded.
    """
    lo, hi = r.lengths[level]
    suffix = text[base_end:suf_end]
    hits = []
    for n in range(lo, _max_len(level, suffix, r) + 1):
        s = base_end - n
        if s < floor or not _all_cjk(text[s:base_end]):
            break
        if text[s] in r.never_in:
            if n == 1 and level != "village":
                continue  # 乐从镇: the next run holds it as its last character
            break
        if n > hi and not _ethnic(text[s:suf_end], r):
            continue
        for plevel, slen in _parents_at(text, s, level, floor, r):
            hits.append((LEVELS.index(plevel), n, s, plevel, slen))
    # a province written whole ends the part's name: 贵州省湄潭县 is no county 省湄潭县 under a city 到贵州
    whole = min((h[1] for h in hits if h[4] < 0), default=None)
    hits = [h for h in hits if whole is None or h[1] <= whole]
    # the nearest level first, then the longest suffix (太仓经济开发区, not 太仓经济开发|区 nor …经济|开发区)
    for _, n, s, plevel, slen in sorted(hits, key=lambda h: (h[0], h[1], -abs(h[4]))):
        if not _part_ok(level, text[s:base_end], suffix, r):
            continue
        if slen < 0:
            return Chain(s + slen, suf_end, {level: text[s:suf_end], "province": text[s + slen:s]})
        up = read_chain(text, s - slen, s, plevel, floor, r, anchored, known)
        if up is not None:
            return Chain(up.start, suf_end, {level: text[s:suf_end], **up.parts})
    # no parent: the part's own name never runs over a parent's suffix (桐乡市|高桥街道)
    hi_left = min((h[1] for h in hits), default=_max_len(level, suffix, r))
    start = _leftmost(text, level, base_end, suf_end, floor, r, anchored, known, hi_left)
    if start is None:
        return None
    return Chain(start, suf_end, {level: text[start:suf_end]})


def _max_len(level: str, suffix: str, r: Rules) -> int:
    hi = r.lengths[level][1]
    return hi if level == "village" else hi + r.ethnic_extra


def _ethnic(name: str, r: Rules) -> bool:
    """Is this area named for a people (…族乡, …自治县, …民族苏木)? Only then may it be long."""
    return any(m in name for m in r.ethnic_marks)


def _leftmost(text, level, base_end, suf_end, floor, r: Rules, anchored: bool, known: dict,
              hi: int) -> int | None:
    """Where the topmost written part starts: the floor (anchored), the longest name seen whole
    elsewhere in the document, else the shortest run that starts at a boundary."""
    lo = r.lengths[level][0]
    suffix = text[base_end:suf_end]
    if anchored:
        base = text[floor:base_end]
        most = r.lengths[level][1] + 2 if level == "village" or not _ethnic(base + suffix, r) else \
            _max_len(level, suffix, r)
        inner = base[:-1] if level != "village" else base
        ok = lo <= len(base) <= most and _all_cjk(base) and not (set(inner) & r.never_in) and base not in r.never_in
        if level == "village":
            return floor if ok and _village_base_ok(base, r, bare=True, listed=True) else None
        return floor if ok and _area_ok(base, suffix, r) else None
    runs = []
    for n in range(lo, hi + 1):
        s = base_end - n
        if s < floor or not _all_cjk(text[s:base_end]):
            break
        if text[s] in r.never_in:
            if n == 1 and level != "village":
                continue
            break
        if n > r.lengths[level][1] and not _ethnic(text[s:suf_end], r):
            continue
        runs.append(s)
    names = known.get(level, set())
    seen = [s for s in runs if text[s:base_end] in names]
    if seen:
        return seen[-1]
    for s in runs:
        if _bounded(text, s, floor, r):
            ok = _village_base_ok(text[s:base_end], r, bare=False) if level == "village" else \
                _area_ok(text[s:base_end], suffix, r)
            return s if ok else None
    return None


def _suffix_ok(text: str, end: int, r: Rules, bare: bool) -> bool:
    if text.startswith(r.not_after, end):
        return False
    return not (bare and text.startswith(r.not_after_bare, end))


def _village_base_ok(base: str, r: Rules, bare: bool, listed: bool = False) -> bool:
    """金刚 (村) is a name; 示范 (村), 激活 (社区), 通过分 (村), 玉峰山村 (村民) are not.
    `listed`: the name stands alone on a list line, where phrases (三个村, 驻村) do not."""
    if not _all_cjk(base) or set(base) & r.never_in or base in (r.not_alone if bare else r.not_alone_under_town):
        return False
    if r.re_counted_tail.search(base):
        return False  # 北蔡村、沟北村、岔峪村三村: a run of names closing with their count, no village 岔峪村三
    if base[-1] in r.not_last and len(base) < 2:
        return False  # 镇和村两级, 镇包村干部: a one-character base that is a word of its own
    if base[-1] in (r.not_last if bare and not listed else r.not_last_under_town):
        # 文家市村, 古县村: an area's last character after a name of its own, under a town or on a list
        if bare and not listed or base[-1] not in r.area_last or len(base) - 1 < r.area_last_min:
            return False
    if base.endswith(tuple(r.village_suffixes)) and not base.endswith(r.community_bases) \
            and not (base.endswith("村") and len(base) >= 2 and base[-2] not in r.not_last) \
            or any(base.endswith(w) for w in r.not_names):
        return False  # (山村村, 苏村村: a village whose own name ends in 村, but not 全村村民 nor 该村村委)
    if bare:
        return not any(v in base for v in r.verbs)
    return not any(v in base and v != base for v in r.verbs)


def _quoted_tail(text: str, start: int, end: int) -> bool:
    """Does text[start:end] end a longer quoted phrase (“…考核优胜村”), its quote opened in the
    same clause?"""
    lo = max(0, start - 30)
    before = text[lo:start]
    opened = max(before.rfind(q) for q in _OPEN_QUOTES)
    return opened >= 0 and not any(c in before[opened:] for c in _CLOSE_QUOTES + "，。；！？\n")


def village_chain(text: str, m_start: int, m_end: int, floor: int, r: Rules, anchored: bool,
                  known: dict) -> Chain | None:
    """A unit ending with the village suffix at [m_start, m_end), with its written parents.
    In running text only units with a parent come from here (bare names: `bare_village`)."""
    if not _suffix_ok(text, m_end, r, bare=False):
        return None
    ch = read_chain(text, m_start, m_end, "village", floor, r, anchored, known)
    if ch is None or (len(ch.parts) == 1 and not anchored) or ch.parts["village"].endswith(r.word_ends):
        return None
    ch.kind = r.kinds[text[m_start:m_end]]
    return ch


def _after_name(text: str, s: int, floor: int, r: Rules) -> bool:
    """Does a joiner (和, 与, 及) stand right before s, with a village's suffix right before it?"""
    for j in r.joiners:
        k = s - len(j)
        if k > floor and text.startswith(j, k) and is_cjk(j[0]) and text.endswith(tuple(r.village_suffixes), floor, k):
            return True
    return False


def bare_village(text: str, m_start: int, m_end: int, floor: int, r: Rules, known_villages: set) -> Chain | None:
    """A village written without parents, bounded on the left, that is not a word."""
    if not _suffix_ok(text, m_end, r, bare=True):
        return None
    lo, hi = r.bare_min, r.lengths["village"][1]
    # A村和B村: a joiner right after another name ends this one's left side, however short (黎家坪村和莒村)
    stop = next((m_start - n for n in range(r.lengths["village"][0], hi + 1) if _after_name(text, m_start - n, floor, r)),
                None)
    if stop is not None:
        lo = min(lo, m_start - stop)
    for n in range(lo, hi + 1):
        s = m_start - n
        if s < floor or not is_cjk(text[s]) or text[s] in r.never_in or (stop is not None and s < stop):
            return None
        name = text[s:m_end]
        if any(name.endswith(k) for k in known_villages):
            return None  # a known unit, counted as its mention
        if not _bounded(text, s, floor, r):
            continue
        if s - 2 >= floor and text[s - 2] in "、，," and text[s - 1] in r.left_words and is_cjk(text[s - 1]) \
                and text[s - 1] not in r.never_in and s - 1 >= m_start - hi:
            continue  # …、都御坪社区: a list item starts at the separator, 都 is part of the name (never 以高庄村)
        base = text[s:m_start]
        for w in r.strip_words:  # 美丽金刚村 → 金刚村; 探索兴村 → (nothing)
            if base.startswith(w):
                base, s = base[len(w):], s + len(w)
                break
        if len(base) < lo or not _village_base_ok(base, r, bare=True) or text[s:m_end].endswith(r.word_ends) \
                or base[0] in r.never_first:
            return None
        if s > floor and text[s - 1] in _OPEN_QUOTES and text[m_end:m_end + 1] in _CLOSE_QUOTES:
            return None  # “四好村”, “空壳村”: a label, not a name
        if text[m_end:m_end + 1] in _CLOSE_QUOTES and _quoted_tail(text, s, m_end):
            return None  # “2018年度农村综合考核优胜村”: the head noun of a quoted honour
        return Chain(s, m_end, {"village": text[s:m_end]}, r.kinds[text[m_start:m_end]])
    return None
