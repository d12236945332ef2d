"""A document's region: the place its title, subtitle, byline, lead sentence or issuer speaks
for (SCHEMA.md), read with the gazetteer and the admin suffixes; area names cleaned of the words
glued before them; and the region written in full from the province down.
"""
from __future__ import annotations

import re
from collections import Counter

from ..lexicon import Lexicon
from ..model import Document, Unit
from ..patterns import CJK, CN_DIGITS
from ..script import to_simplified
from ..segment import predicate_words
from .admin import level_suffixes
from .bylines import is_byline
from .meta_rules import MetaRules
from .places import TOWN, VILLAGE, ancestors, areas_in, gazetteer


def is_area(name: str, lex: Lexicon) -> bool:
    """Is `name` one chain of gazetteer areas from its first character to its last?"""
    areas = areas_in(name, lex, short=True)
    return len(areas) == 1 and areas[0].start == 0 and areas[0].end == len(name)


def trim_area(name: str, lex: Lexicon) -> str:
    """An area read by suffix rules, cut to the gazetteer chain it ends with (年指前镇 → 指前镇,
    清廉村居建设省级典型村鄂州 → 鄂州); unchanged when the gazetteer knows no area at its end."""
    areas = areas_in(name, lex, short=True)
    if areas and areas[-1].end == len(name) and areas[-1].start > 0:
        return name[areas[-1].start:]
    return name


def region_in(text: str, lex: Lexicon, short: bool = True, media: tuple[str, ...] = (),
              prefer_full: bool = False, keep_town: bool = False) -> tuple[str, bool] | None:
    """The first area chain `text` writes, as written, and whether it ended at a town the text
    names as such. A chain that goes on to a village stops above the village's town: the town is
    the village's address (四川省广元市苍溪县陵江镇六河村 → 四川省广元市苍溪县). A name is read only
    where a word starts and ends (文明村镇 holds no 明村镇, 促进乡村振兴 no 促进乡), and not as the name
    of a paper or site (`media`: 浙江日报, 四川在线). `prefer_full` takes a name written in full over a short one;
    `keep_town` keeps a village's town (the caller weighs whether the story is about it)."""
    starts, ends = word_bounds(text, lex)
    gz = gazetteer(lex)
    found = [a for a in areas_in(text, lex, short=short, villages=True)
             if a.start in starts and not text.startswith(media, a.end)]
    if prefer_full:
        full = [a for a in found if len(a.parts) > 1 or any(gz.names[i] == a.parts[0] for i in gz.ids(a.parts[0]))]
        found = full or found
    for a in found:
        levels = [min(gz.levels[i] for i in gz.ids(p)) if gz.ids(p) else VILLAGE for p in a.parts]
        if levels[-1] != VILLAGE and a.end not in ends:  # 促进乡村振兴 holds no 促进乡: a name ends where a word does
            continue
        parts = a.parts
        if levels[-1] == TOWN and _village_follows(text, a.end, lex):  # a village the data lacks (六河村)
            levels, parts = levels + [VILLAGE], parts + [""]
        if levels[-1] == VILLAGE:
            parts = parts[:-1]
            if len(parts) > 1 and levels[len(parts) - 1] == TOWN and not keep_town:
                parts = parts[:-1]
        if parts:
            return "".join(parts), levels[len(parts) - 1] == TOWN
    return None


def _village_follows(text: str, at: int, lex: Lexicon) -> bool:
    return bool(_village_at(text, at, lex))


def _village_at(text: str, at: int, lex: Lexicon) -> str:
    """The village name written at `at` (…陵江镇六河村, …沙田镇沙田村), whether the data holds it or not; ''."""
    sufs = "|".join(sorted(lex.section("admin").get("village_suffixes", ["社区", "村"]), key=len, reverse=True))
    m = re.match(rf"[{CJK}]{{1,5}}?(?:{sufs})", text[at:])
    return m.group(0) if m else ""


def full_name(short_name: str, text: str, lex: Lexicon) -> str:
    """A short form (蔡甸) as the text writes it in full elsewhere (蔡甸区), else unchanged."""
    gz = gazetteer(lex)
    ids = {i for i in gz.ids(short_name) if gz.levels[i] <= TOWN}
    fulls = {gz.names[i] for i in ids if gz.names[i] != short_name}
    written = [f for f in fulls if f in text]
    if not written and not any(gz.names[i] == short_name for i in ids):
        # 麻阳 written 麻阳县: a form the gazetteer knows for the same place (麻阳苗族自治县)
        written = list({short_name + suf for suf in level_suffixes(lex) if short_name + suf in text
                        and ids & set(gz.ids(short_name + suf))})
    return written[0] if len(written) == 1 else short_name


def full_region(region: str | None, units: list[Unit], lex: Lexicon) -> str | None:
    """The region's whole chain from the province down (渝北区 → 重庆市渝北区), or None when the
    gazetteer does not settle which place it is."""
    if not region:
        return None
    areas = areas_in(region, lex, short=True)
    if not areas or areas[0].start != 0:
        return None
    rest = region[areas[0].end:]  # a town the gazetteer does not hold under it yet: kept as written
    places = areas[0].places
    if len(places) > 1:  # 城关镇: the one holding the document's villages
        codes = {u.adcode for u in units if getattr(u, "adcode", "")}
        held = [p for p in places if p.adcode in codes]
        places = held if len(held) == 1 else places
    if len(places) != 1:
        return None
    chain = list(places[0].chain)
    if len(chain) > 1 and chain[1] == chain[0]:
        del chain[1]
    return "".join(chain) + rest


def strip_predicates(name: str, lex: Lexicon) -> str:
    """An area name read by suffix rules without its leading verbs, adverbs and conjunctions
    (如果平湖市 → 平湖市, 但麦镇 → 麦镇, 超额完成县 → 县): a name starts where such words end."""
    from ..segment import cut

    words = cut(name, lex)
    k = 0
    while k < len(words) - 1 and words[k] in predicate_words():
        k += 1
    return "".join(words[k:])


# --- the region a document speaks for ---------------------------------------------------------
RE_SHARE = re.compile(r"其中[，,]?([^，,。；;]{2,30})")
RE_MEMBERS_COUNTED = re.compile(rf"[{CN_DIGITS}两\d]+\s*(?:个|村|镇|乡)")
RE_COUNT = re.compile(rf"[{CN_DIGITS}两\d]+个")


def _area_of(name: str, rules: MetaRules) -> str | None:
    name = re.sub(r"\s", "", name)
    name = rules.re_lead.sub("", name, count=1).lstrip("《“\"")
    for pre in rules.org_prefixes:
        if name.startswith(pre):
            name = name[len(pre):]
    out, pos, ends = "", 0, None
    while (m := rules.re_part.match(name, pos)) is not None and _area_part_ok(m.group(0), rules) \
            and not m.group(0).endswith(rules.village_suffixes):  # 沙滘社区 ends in 区 but is no area
        if ends is None:
            ends = word_bounds(name, rules.lex)[1]
        if m.end() not in ends:  # 清风沐乡村: 乡 is inside 乡村, no area ends there
            break
        out, pos = out + m.group(0), m.end()
    return out or None


def word_bounds(text: str, lex: Lexicon) -> tuple[set[int], set[int]]:
    """The offsets where jieba's words start and end in `text`."""
    from ..segment import cut

    starts, ends, at = set(), set(), 0
    for w in cut(text, lex):
        at = text.find(w, at)
        starts.add(at)
        at += len(w)
        ends.add(at)
    return starts, ends


def _area_part_ok(part: str, rules: MetaRules) -> bool:
    """One level of an area name: 成都市, 黔东南苗族侗族自治州; not 清廉村居建设市 (a phrase up to 市级)."""
    if part in rules.provinces:
        return True
    if any(w in part for w in rules.not_in_area) or RE_COUNT.search(part):  # 重庆两个乡镇: a count
        return False
    base = rules.re_part_suffix.sub("", part)
    if part.endswith(rules.long_areas) and len(part) <= 12:  # 平潭综合实验区, 两江新区
        return True
    return len(base) <= 5 or part.startswith(tuple(p[:2] for p in rules.provinces)) or "自治" in part


def _expand(area: str, text: str, rules: MetaRules) -> str:
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


def _chains_ending(area: str, text: str, rules: MetaRules) -> list[str]:
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


def _split_short(area: str, text: str, rules: MetaRules) -> str:
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


def _village_after(title: str, area: str, rules: MetaRules) -> bool:
    """Does the title name a village right after the area (沂水县院东头镇桃棵子村：…, or one the
    gazetteer holds under it: 松柏镇八角庙村上榜…)?"""
    t = re.sub(r"\s", "", title)
    i = t.find(area)
    head = re.split(r"[：:，,—\-“\"]", t[i + len(area):], maxsplit=1)[0] if i >= 0 else ""
    if 0 < len(head) <= 10 and head.endswith(rules.village_suffixes):
        return True
    gz = gazetteer(rules.lex)
    return i >= 0 and any(a.start <= i and a.end > i + len(area) and gz.ids(a.parts[-1])
                          and min(gz.levels[k] for k in gz.ids(a.parts[-1])) == VILLAGE
                          for a in areas_in(t, rules.lex, short=True, villages=True))


def doc_region(doc: Document, title: str | None, issuers: list[str], rules: MetaRules, doc_type: str = "",
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
            # a story about one village: its town is the village's address, the region the county
            # above it, written in the title (沂水县院东头镇桃棵子村) or in the body (神农架林区松柏镇)
            whole = _expand(whole, doc.text, rules)
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


def _read_area(text: str, body: str, rules: MetaRules, lead: bool = False) -> str | None:
    """The first area `text` writes, by the gazetteer. A town stays only when the story speaks of
    the town on its own more than of its village or its county (_town_story_of); a county's short
    form becomes the full name the body writes (蔡甸 → 蔡甸区; a province's short form is how a
    region is named: 湖南)."""
    found = region_in(text, rules.lex, media=rules.source_names + rules.area_examples, prefer_full=lead,
                      keep_town=True)
    if found is None:
        return None
    area, at_town = found
    if at_town:
        parts = areas_in(area, rules.lex, short=True)
        if parts and len(parts[0].parts) > 1:
            county, town = parts[0].parts[-2], parts[0].parts[-1]
            at = text.find(area)
            village = _village_at(text, at + len(area), rules.lex) if at >= 0 else ""
            if not _town_story_of(county, town, village, body, rules):
                area = "".join(parts[0].parts[:-1])
    if not is_area(area, rules.lex) or area in rules.municipalities or any(p.startswith(area) for p in rules.provinces):
        return area
    return full_name(area, body, rules.lex)


def _town_story_of(county: str, town: str, village: str, body: str, rules: MetaRules) -> bool:
    """Does the story speak of the town on its own (沙田镇各村…, 该镇, 全镇; not 沙田镇沙田村, where
    the town is the village's address) more than of its village (北汤村…, 该村) and of its county
    on its own (苍溪县…, 该县, 全县)? Then the town is what it is about; else the region is the county."""
    def refs(name: str, words: tuple[str, ...]) -> int:
        return (body.count(name) if name else 0) + sum(body.count(w) for w in words)

    town_refs = refs(town, rules.town_scope + rules.town_anaphora) - (body.count(town + village) if village else 0)
    county_refs = refs(county, rules.county_scope + rules.county_anaphora) - body.count(county + town)
    return town_refs > county_refs and town_refs > refs(village, rules.village_anaphora)


def _lead_area(doc: Document, title_i: int | None, rules: MetaRules) -> str | None:
    """The area of a story's subtitle or lead sentence: the first blocks after its title that are
    no byline, with a news line's own source (多彩贵州网讯（记者…）) cut off."""
    start = 0 if title_i is None else title_i + 1
    for i, b in enumerate(doc.blocks[start:start + 10]):  # web copies put menus and dates above the story
        t = b.text.strip()
        if not t or is_byline(t, rules) or rules.re_metaline.match(t):
            continue
        t = rules.re_news_source.sub("", t, count=1)
        t = re.sub(r"^“[^”]*”", "", t)  # a story that opens with someone's words: the lead follows them
        if rules.re_implied_area.search(t):
            return None  # 我省7个村“榜上有名”: the paper's own area, never named; the areas written are the list's
        for raw in re.split(r"[。！？!?]", t, maxsplit=2)[:2]:  # a lead may open with a general remark
            # a clause that puts places on a list (其中胶州市里岔镇入选…) names its members, not the story's area
            # (one that counts them, 湖北5个乡村入选 / 珲春市2村上榜, speaks for the area that holds them)
            sentence = "，".join(c for c in re.split(r"[，,；;]", raw)
                                if RE_MEMBERS_COUNTED.search(c) or not any(v in c for v in rules.member_verbs))
            area = _read_area(sentence, doc.text, rules, lead=True)
            if area:
                # 福建省共有173个入选 / 其中三明市有23个入选: the story's own share of a larger area's
                after = t[t.find(raw) + len(raw):] + "".join(x.text for x in doc.blocks[start + i + 1:start + i + 2])
                m = RE_SHARE.match(after.lstrip("。！？!?，, \n"))
                chains = areas_in(to_simplified(m.group(1)), rules.lex, short=True) if m else []
                # (其中，漳州市芗城区浦南镇、龙海区港尾镇等16个…: the share is the chain's first part, the rest its members)
                share = full_name(chains[0].parts[0], doc.text, rules.lex) if chains and chains[0].start == 0 else None
                return share if share and _within(share, area, rules) else area
        if len(re.findall(rf"[{CJK}]", t)) >= 40:  # the lead paragraph (not a menu line or a link) said none
            return None
    return None


def _within(lower: str, upper: str, rules: MetaRules) -> bool:
    """Does the gazetteer place `lower` under `upper` (三明市 under 福建省)?"""
    gz = gazetteer(rules.lex)
    ups = {i for p in areas_in(upper, rules.lex, short=True) for i in p.ids}
    return any(ups & set(ancestors(gz, i)) for p in areas_in(lower, rules.lex, short=True) for i in p.ids)


def _town_story(region: str, text: str, title: str | None, rules: MetaRules, doc_type: str) -> str:
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
