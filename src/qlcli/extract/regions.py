"""A document's region: the place its title, subtitle, byline, lead sentence or issuer speaks
for (SCHEMA.md), read with the gazetteer (area_names.py) and the admin suffixes; what a lead says
is read in region_leads.py.
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Document
from ..script import to_simplified
from ..patterns import CJK, CN_DIGITS, RE_SUBTITLE
from .admin import level_suffixes
from .meta_rules import MetaRules
from .places import COUNTY, VILLAGE, areas_in, gazetteer
from .area_names import full_name, is_area, trim_area, word_bounds
from .region_leads import lead_area, read_area, title_village_address, village_story_address


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
    if not best.endswith(level_suffixes(rules.lex)):  # 温岭太平 → 温岭市太平, written 温岭市太平街道: the town whole
        best = next((best + t for t in rules.town_suffixes if best + t in text), best)
    if best != area:  # 去过龙井市智新镇 → 龙井市智新镇, but 重庆市綦江区 + 通惠街道 stays whole
        trimmed = trim_area(best, rules.lex)
        if trimmed != best and not is_area(best[:len(best) - len(trimmed)], rules.lex):
            best = trimmed
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


def _opening_short(title: str, body: str, rules: MetaRules) -> str | None:
    """开化积极打造…, …表彰大会召开!延边这些集体…: a title (or a part of it after a mark) opening on one
    county's or city's short form, then a verb, adverb or pronoun, speaks for that place (a short form
    glued to a word is read nowhere else)."""
    from ..segment import cut, predicate_words, pronouns

    gz = gazetteer(rules.lex)
    for part in re.split(r"[!！?？:：，,|丨]", re.sub(r"\s", "", title)):
        words = cut(part, rules.lex)
        if len(words) < 2 or not (words[1] in predicate_words() or words[1] in pronouns()):
            continue
        ids = [i for i in gz.ids(words[0]) if gz.names[i] != words[0] and gz.levels[i] <= COUNTY]
        if len(ids) == 1 and gz.levels[ids[0]] >= COUNTY - 1:  # (a province's short form is read already)
            return full_name(words[0], body, rules.lex)
    return None


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


def _short_chain(area: str, text: str, rules: MetaRules) -> str:
    """贵州剑河 → 剑河县: a chain of short forms (a title's 贵州剑河：…) is its last place, as the body
    writes it in full (贵州省黔东南州剑河县, which _expand then finds)."""
    found = areas_in(area, rules.lex, short=True)
    if len(found) != 1 or found[0].start or found[0].end != len(area) or len(found[0].parts) < 2:
        return area
    last = found[0].parts[-1]
    full = full_name(last, text, rules.lex)
    return full if full != last else area


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
            candidates[0] = read_area(title, doc.text, rules) or _opening_short(title, doc.text, rules)
        sub = doc.blocks[title_i + 1].text.strip() if title_i is not None and title_i + 1 < len(doc.blocks) else ""
        if candidates[0] is None and RE_SUBTITLE.match(sub):  # or its subtitle (--基于广东省蕉岭县农村的调研分析)
            candidates[0] = read_area(sub, doc.text, rules)
    lead = lead_area(doc, title_i, rules, title) if not any(candidates) else None  # a subtitle or lead sentence
    # a story's lead, a profile's (山村村位于汪集街…), an untitled article's (保安村位于泰安市寧陽縣以北…)
    if doc_type == "news" or title and title.endswith(rules.profiles) or doc_type == "other" and not title:
        candidates.append(lead)
    for org in issuers:
        head = _area_of(org, rules)
        candidates.append(trim_area(head, rules.lex) if head else None)
    if doc_type in ("notice", "plan", "case_collection"):  # a notice's lead may cite higher authorities
        candidates.append(lead)
    area = next((c for c in candidates if c), None)
    if area and is_area(area, rules.lex):
        area = full_name(area, doc.text, rules.lex)  # 鄂州 → 鄂州市, 江苏 → 江苏省 where the text writes it so
    if area:
        area = _short_chain(area, doc.text, rules)
        whole = _split_short(area, doc.text, rules)
        profile = title and title.endswith(rules.profiles) or rules.record_page(doc.blocks)
        if doc_type == "news" and title and area == candidates[0] and _village_after(title, area, rules) or profile:
            # a story about one village (or its profile page): its town is the village's address, the region
            # the county above it, written in the title (沂水县院东头镇桃棵子村) or in the body (神农架林区松柏镇)
            whole = _expand(whole, doc.text, rules)
            parts, pos = [], 0
            while (m := rules.re_part.match(whole, pos)) is not None:
                parts.append(m.group(0))
                pos = m.end()
            if len(parts) > 1 and pos == len(whole) and parts[-1].endswith(rules.town_suffixes):
                whole = "".join(parts[:-1])
        return _expand(whole, doc.text, rules)
    if title:  # 古丈: …, 安吉横溪坞村：… → the county written in full in the body
        counts = Counter(doc.text[m.start() - 2:m.end()] for m in re.finditer(f"[{rules.county_chars}]", doc.text)
                         if m.start() >= 2 and doc.text[m.start() - 2:m.start()] in title
                         and re.fullmatch(rf"[{CJK}]{{2}}", doc.text[m.start() - 2:m.start()])
                         and doc.text[m.end():m.end() + 1] != "级"  # 2023年度区级: a level, not an area
                         and doc.text[m.start() - 1:m.end()] not in rules.county_scope  # 2023年度全县: a scope
                         and _area_part_ok(doc.text[m.start() - 2:m.end()], rules)
                         and is_area(doc.text[m.start() - 2:m.end()], rules.lex))  # (物业小区, 飞云社区: no 业小区)
        if counts:
            return _expand(counts.most_common(1)[0][0], doc.text, rules)
        if doc_type == "news" and (address := title_village_address(title, doc.text, rules)):
            return address
    if doc_type == "news" and lead is None:
        return village_story_address(doc.text, rules) or _media_area(issuers, doc.text, rules) \
            or _only_county(doc.text, rules)
    return None


def _only_county(body: str, rules: MetaRules) -> str | None:
    """A story whose title and lead name no area but whose body names one county, and no other area
    of its level or above, more than once (福鼎将社区廉政建设引向深入…福鼎市40个社区…福鼎市纪委监委): that county."""
    gz = gazetteer(rules.lex)
    simple = to_simplified(body)
    found: dict[frozenset, list[str]] = {}
    for a in areas_in(simple, rules.lex, short=True):
        level = min(gz.levels[i] for i in a.ids)
        if level <= COUNTY:
            found.setdefault(frozenset(a.ids), []).append(simple[a.start:a.end])
    if len(found) != 1:
        return None
    names = next(iter(found.values()))
    if len(names) < 2 or min(gz.levels[i] for i in next(iter(found))) != COUNTY:
        return None
    return max(names, key=len)


def _media_area(issuers: list[str], body: str, rules: MetaRules) -> str | None:
    """A story whose title and lead name no area, issued by a city's or county's own media named
    after it (宜都融媒 → 宜都市, 青岛日报 → 青岛, as the story itself writes it): that place."""
    gz = gazetteer(rules.lex)
    names = "|".join(map(re.escape, rules.source_names))
    for org in issuers:
        suffix = max((x for x in rules.source_names if org.endswith(x)), key=len, default="")
        base = org[:len(org) - len(suffix)]
        chains = areas_in(base, rules.lex, short=True) if suffix else []
        if len(chains) == 1 and (chains[0].start, chains[0].end) == (0, len(base)) \
                and min(gz.levels[i] for i in chains[0].ids) in (COUNTY - 1, COUNTY):  # not a province's paper
            area = full_name(base, body, rules.lex)
            # written in the story itself, not only in its sources' names (安庆新闻网 above 我市…: none)
            if area in re.sub(rf"[{CJK}]{{0,6}}(?:{names})", "", body):
                return area
    return None
