"""Where a story's lead says what it speaks for: the first sentences after its title (past bylines
and a news line's own source), a share of a larger area (其中三明市有23个入选), and the address a
story titled by its village writes for it (我县马坳镇山口塅村)."""
from __future__ import annotations

import re

from ..model import Document
from ..patterns import CJK, CN_DIGITS
from ..script import to_simplified
from .bylines import is_byline
from .admin import level_suffixes, rules as unit_rules
from .meta_rules import MetaRules
from .area_names import village_at, full_name, is_area, region_in, word_bounds
from .places import COUNTY, TOWN, VILLAGE, ancestors, areas_in, gazetteer

RE_SHARE = re.compile(r"其中[，,]?([^，,。；;]{2,30})")
RE_QUOTED_NAME = re.compile(r"“[^“”]{1,20}”")
RE_MEMBERS_COUNTED = re.compile(rf"[{CN_DIGITS}两\d]+\s*(?:个|村|镇|乡)")


def read_area(text: str, body: str, rules: MetaRules, lead: bool = False) -> str | None:
    """The first area `text` writes, by the gazetteer. A town stays only when the story speaks of
    the town on its own more than of its village or its county (_town_story_of); a county's short
    form becomes the full name the body writes (蔡甸 → 蔡甸区; a province's short form is how a
    region is named: 湖南)."""
    found = region_in(text, rules.lex, media=rules.source_names + rules.area_examples, prefer_full=lead,
                      keep_town=True)
    if found is None:
        return None
    area, at_town = found
    if not area.endswith(level_suffixes(rules.lex)) and _village_named(area, body, rules):
        return None  # 廉润锦江 beside 锦江社区: a short form that is a village's own name, not the county 锦江区
    if at_town:
        parts = areas_in(area, rules.lex, short=True)
        at = text.find(area)
        village = village_at(text, at + len(area), rules.lex) if at >= 0 else ""
        opening = _opening_village(text, rules)  # 蕉园村是…金厢镇下辖的行政村: the village the lead is about
        village = opening or village
        if parts and len(parts[0].parts) > 1:
            county, town = parts[0].parts[-2], parts[0].parts[-1]
            if not _town_story_of(county, town, village, body, rules):
                area = "".join(parts[0].parts[:-1])
        elif parts and village and (county := _county_holding(area, body, rules)) \
                and not _town_story_of(county, area, village, body, rules):
            area = county  # 在漷县镇南丁庄村 … 来源:通州区文明办: the village's county, written elsewhere
    if not is_area(area, rules.lex):
        return area
    return full_name(area, body, rules.lex)


def _village_named(name: str, body: str, rules: MetaRules) -> bool:
    """Does the body write `name` as a village's (锦江社区), its suffix ending a word (not 四川村长论坛: 村长)?"""
    for v in rules.village_suffixes:
        for m in re.finditer(re.escape(name + v), body):
            if len(name) + len(v) in word_bounds(body[m.start():m.end() + 4], rules.lex)[1]:
                return True
    return False


def _opening_village(text: str, rules: MetaRules) -> str:
    """The village a sentence opens on as its subject, locating it or saying what it is (蕉园村是…)."""
    def pattern(lex):  # the units' locating verbs (位于, 地处 …) and the copulas of quantities.toml (是)
        verbs = unit_rules(lex).locating_verbs + tuple(lex.section("quantities").get("attribution", {}).get("copulas", []))
        kinds = "|".join(map(re.escape, rules.village_suffixes))
        return re.compile(rf"[{CJK}]{{1,6}}?(?:{kinds})(?={'|'.join(map(re.escape, verbs)) or '(?!)'})")

    m = rules.lex.compiled("region_leads.opening_village", pattern).match(text)
    return m.group(0) if m else ""


def _county_holding(town: str, body: str, rules: MetaRules) -> str | None:
    """The one county the body writes that the gazetteer places the town under."""
    gz = gazetteer(rules.lex)
    simple = to_simplified(body)
    found = {simple[a.start:a.end] for a in areas_in(simple, rules.lex)
             if min(gz.levels[i] for i in a.ids) == COUNTY and _within(town, simple[a.start:a.end], rules)}
    return found.pop() if len(found) == 1 else None


def _town_story_of(county: str, town: str, village: str, body: str, rules: MetaRules) -> bool:
    """Does the story speak of the town on its own (沙田镇各村…, 该镇, 全镇; not 沙田镇沙田村, where
    the town is the village's address) more than of its village (北汤村…, 该村) and of its county
    on its own (苍溪县…, 该县, 全县)? Then the town is what it is about; else the region is the county."""
    def refs(name: str, words: tuple[str, ...]) -> int:
        return (body.count(name) if name else 0) + sum(body.count(w) for w in words)

    town_refs = refs(town, rules.town_scope + rules.town_anaphora) - (body.count(town + village) if village else 0)
    county_refs = refs(county, rules.county_scope + rules.county_anaphora) - body.count(county + town)
    # (a lead naming the town alone, no village after it, is the town's: 兰山街道坚持…, though 该村 follows later)
    return town_refs > county_refs and (not village or town_refs > refs(village, rules.village_anaphora))


def lead_area(doc: Document, title_i: int | None, rules: MetaRules, title: str | None = None) -> str | None:
    """The area of a story's subtitle or lead sentence: the first blocks after its title that are
    no byline, with a news line's own source (多彩贵州网讯（记者…）) cut off; a title run into its
    text (下马坊村村情概况 下马坊村是隶属于平定县…) leads on in its own line."""
    start = 0 if title_i is None else title_i + 1
    first = doc.blocks[title_i].text.strip() if title and title_i is not None else ""
    lines = [(first[len(title):].strip(), title_i)] if first.startswith(title or "\0") and len(first) > len(title) else []
    lines += [(b.text.strip(), b.index) for b in doc.blocks[start:start + 10]]  # web copies put menus above the story
    speaker, shared = None, _members_area(lines, rules)
    for whole, at in lines:
        t = whole
        if shared and shared[1] == at:
            return shared[0]  # 潍坊市青州市邵庄镇 / 入选… / 潍坊市坊子区…村 / 入选…: the area that holds them all
        if not t or is_byline(t, rules) or rules.re_metaline.match(t) or rules.re_photo_credit.search(t) \
                or rules.re_affiliation.search(t) or rules.re_journal_issue.match(t):
            continue  # (a photo's caption, credited to its photographer, is no lead: …图为… 洪小岚 摄)
        t = rules.re_news_source.sub("", t, count=1)
        t = re.sub(r"^“[^”]*”", "", t)  # a story that opens with someone's words: the lead follows them
        if t != whole and rules.re_speaker.match(t) and speaker is None:
            # in the next paragraph when this one is only the words and their speaker (…山东德州市民闫新月说。);
            # the speaker's address is the lead's only when the next says no place (…李屯村李风芹…对记者说。)
            speaker = (t, at)
            continue
        if rules.re_implied_area.search(t):
            return None  # 我省7个村“榜上有名”: the paper's own area, never named; the areas written are the list's
        area = _paragraph_area(doc, t, at, rules)
        if area:
            return area
        if len(re.findall(rf"[{CJK}]", t)) >= 40:  # the lead paragraph (not a menu line or a link) said none
            area = _scene_after(doc.blocks[at + 1:at + 3], doc.text, rules)
            return area or (_paragraph_area(doc, *speaker, rules) if speaker else None)
    return _paragraph_area(doc, *speaker, rules) if speaker else None


def _members_area(lines: list[tuple[str, int]], rules: MetaRules) -> tuple[str, int] | None:
    """Lines that are only a place, each followed by a line putting it on a list (入选…), are the list's
    members: the story speaks for the area their chains share, given where the first one stands."""
    texts = [t for t, _ in lines]
    members = []
    for k, (t, at) in enumerate(lines[:-1]):
        nxt = next((x for x in texts[k + 1:] if x), "")
        chains = areas_in(to_simplified(t), rules.lex, short=True, villages=True) if nxt.startswith(rules.member_verbs) else []
        if len(chains) == 1 and chains[0].start == 0 and t[chains[0].end:] in ("", village_at(t, chains[0].end, rules.lex)):
            members.append((chains[0].parts, at))
    if len(members) < 2:
        return None
    shared = []
    for parts in zip(*(m[0] for m in members)):
        if len(set(parts)) > 1:
            break
        shared.append(parts[0])
    return ("".join(shared), members[0][1]) if shared else None


def _paragraph_area(doc: Document, t: str, at: int, rules: MetaRules) -> str | None:
    """The area the first two sentences of a lead paragraph (block `at`) speak for."""
    # a lead may open with a general remark (and a page with a garbled scrap: ?。凼录胤牛?)
    for raw in [x for x in re.split(r"[。！？!?]", t) if len(re.findall(rf"[{CJK}]", x)) >= 2][:2]:
        # a clause that puts places on a list (其中胶州市里岔镇入选…) names its members, not the story's area
        # (one that counts them, 湖北5个乡村入选 / 珲春市2村上榜, speaks for the area that holds them)
        sentence = "，".join(c for c in re.split(r"[，,；;]", raw)
                            if RE_MEMBERS_COUNTED.search(c) or not any(v in c for v in rules.member_verbs))
        sentence = RE_QUOTED_NAME.sub("“”", sentence)  # “甘肃省2023年和美乡村”: an honour's name, not the story's area
        sentence = rules.re_venue.sub("", sentence)  # 在…村…启幕的…大会上，: the venue, not the story's area
        area = read_area(sentence, doc.text, rules, lead=True)
        if area:
            # 福建省共有173个入选 / 其中三明市有23个入选: the story's own share of a larger area's
            after = t[t.find(raw) + len(raw):] + "".join(x.text for x in doc.blocks[at + 1:at + 2])
            m = RE_SHARE.match(after.lstrip("。！？!?，, \n"))
            chains = areas_in(to_simplified(m.group(1)), rules.lex, short=True) if m else []
            # (其中，漳州市芗城区浦南镇、龙海区港尾镇等16个…: the share is the chain's first part, the rest its members)
            share = full_name(chains[0].parts[0], doc.text, rules.lex) if chains and chains[0].start == 0 else None
            return share if share and _within(share, area, rules) else _lower_subject(sentence, area, doc.text, rules)
    return None


def _scene_after(blocks, body: str, rules: MetaRules) -> str | None:
    """A lead that sets a scene without a place (这里曾出现…) may be followed by a paragraph that opens
    on the place (在浙江省宁波市宁海县，这些行为…): a frame of its own, the whole area up to its comma."""
    nxt = next((b.text.strip() for b in blocks if b.text.strip()), "")
    m = re.match(rf"在([{CJK}]{{2,20}})[，,]", nxt)
    if not m:
        return None
    found = region_in(m.group(1), rules.lex, prefer_full=True)
    return read_area(m.group(1), body, rules, lead=True) if found and found[0] == m.group(1) else None


def _lower_subject(sentence: str, area: str, body: str, rules: MetaRules) -> str:
    """十堰市清廉村居建设视频会议召开后,郧西县…联席推进会接续召开: a lead may open on the larger area's
    event (or official: 双峰县经管局长…对永丰镇…督查); an area under it in the same sentence that the story
    names more often is what it is about."""
    gz = gazetteer(rules.lex)
    simple = to_simplified(sentence)
    chains = areas_in(simple, rules.lex, short=True)
    for a in chains[1:]:  # a chain of its own, not the area's own address
        lower = simple[a.start:a.end]
        level = min((gz.levels[i] for i in a.ids), default=VILLAGE)
        # (a town the gazetteer places elsewhere or under a renamed street (永丰镇) is taken on the text's word)
        if level < VILLAGE and lower != area and is_area(lower, rules.lex) \
                and body.count(lower) > body.count(area) and (level == TOWN or _within(lower, area, rules)) \
                and area + lower not in body:  # (泽州县柳树口镇东下村: the town is the village's address)
            longest = max((simple[x.start:x.end] for x in chains if simple[x.start:x.end].endswith(lower)), key=len)
            return full_name(longest, body, rules.lex)  # as the sentence writes it longest (吉木萨尔县北庭镇)
    return area


def _within(lower: str, upper: str, rules: MetaRules) -> bool:
    """Does the gazetteer place `lower` under `upper` (三明市 under 福建省)?"""
    gz = gazetteer(rules.lex)
    ups = {i for p in areas_in(upper, rules.lex, short=True) for i in p.ids}
    return any(ups & set(ancestors(gz, i)) for p in areas_in(lower, rules.lex, short=True) for i in p.ids)


def title_village_address(title: str, text: str, rules: MetaRules) -> str | None:
    """A story titled by its village (山口塅村入选…) whose lead names no area but writes the village's
    address (我县马坳镇山口塅村): the area the address writes, above the village's town when it
    writes a county too."""
    m = re.match(rf"[{CJK}]{{2,6}}?(?:{'|'.join(map(re.escape, rules.village_suffixes))})", title)
    if not m:
        return None
    village = m.group(0)
    for at in (k.start() for k in re.finditer(re.escape(village), text)):
        window = text[max(0, at - 20):at]
        areas = areas_in(window, rules.lex)
        if areas and areas[-1].end == len(window):
            parts = areas[-1].parts
            return "".join(parts[:-1] if len(parts) > 1 and parts[-1].endswith(rules.town_suffixes) else parts)
    return None


def village_story_address(text: str, rules: MetaRules) -> str | None:
    """A story whose title and lead name no area but which is about one village, written once with
    its county (…山西省晋城市城区北石店镇刘家川村…) and named again: the chain above the village's
    town (SCHEMA.md: a story about one village has its county)."""
    gz = gazetteer(rules.lex)
    simple = to_simplified(text)
    chains = [a for a in areas_in(simple, rules.lex, villages=True)
              if len(a.parts) > 2 and any(gz.levels[i] == VILLAGE for i in a.ids)]
    villages = {a.parts[-1] for a in chains}
    if len(villages) != 1 or simple.count(next(iter(villages))) < 2:
        return None
    best = max(chains, key=lambda a: len(a.parts))
    parts = best.parts[:-1]
    while parts and min(gz.levels[i] for i in gz.ids(parts[-1]) or [COUNTY]) > COUNTY:
        parts = parts[:-1]  # the village's town is its address, not the story's area
    return "".join(parts) if parts and min(gz.levels[i] for i in gz.ids(parts[-1]) or [0]) == COUNTY else None
