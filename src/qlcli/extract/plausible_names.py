"""Names that only look like villages: a phrase read as a name (打造社区, 珠海市驻长坡镇帮镇扶村, 济十强村),
kinds of village, hamlets counted below a village. plausible_units keeps a name the gazetteer knows."""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..model import Unit
from ..patterns import CJK, CN_DIGITS
from ..segment import predicate_words
from .admin import rules as unit_rules
from .places import TOWN, VILLAGE, gazetteer, village_forms


def _base(name: str, lex: Lexicon) -> str:
    for suf in sorted(lex.section("admin").get("village_suffixes", ["社区", "村"]), key=len, reverse=True):
        if name.endswith(suf) and len(name) > len(suf):
            return name[:-len(suf)]
    return name


def _holds_town(part: str, gz) -> bool:
    """Is a town part the gazetteer lacks two town-shaped pieces, the first one of its towns
    (驻长坡镇 + 帮镇)? Then it is a phrase; a town with an office word after it (勉阳街道办) is not."""
    ends = ("镇", "乡", "街道")
    for i, ch in enumerate(part[:-1]):
        if ch in "镇乡" or part.startswith("街道", i):
            end = i + (2 if ch == "街" else 1)
            if len(part) - end >= 2 and part.endswith(ends) \
                    and any(gz.levels[k] == TOWN for j in range(end - 2) for k in gz.ids(part[j:end])):
                return True
    return False


def plausible_units(units: list[Unit], lex: Lexicon) -> list[Unit]:
    """Drop names that only look like villages, unless the gazetteer knows a village so named:
    a phrase that opens with a verb, adverb, adjective or conjunction before 村/社区 (实施社区治理,
    要么跑村委会, 北庭镇重大村务) or with a scope (全乡总村数), or one common noun (…建设的样板社区,
    特色民俗村, 发包给时任村监会) unless it is listed with other units (嘉积镇：新民社区、礁石村), a
    pronoun (在其他社区也建设了…) or a counted noun phrase (三交镇的一个小山村).
    Any other name is kept (a new village the gazetteer lacks stays, flagged `unknown` later)."""
    from ..segment import common_nouns, cut, pronouns

    gz = gazetteer(lex)
    meta = lex.section("meta")  # 全乡总村数: a scope (全乡, 全县) opens no name
    scopes = set(meta.get("town_scope_words", []) + meta.get("county_scope_words", []))
    kind_words = tuple(lex.section("units").get("kind_words", []))
    town_refs = set(lex.section("units").get("town_refs", []))
    sub_village_words = tuple(lex.section("units").get("sub_village_words", []))
    never_in = set(lex.section("units").get("never_in_names", ""))
    counted = re.compile(lex.section("units").get("counted_opening", "(?!)"))
    out = []
    for u in units:
        village = u.village or u.unit
        base = _base(village, lex)
        unknown = [p for p in (u.province, u.city, u.county, u.town, village) if p and p in u.unit and not gz.ids(p)]
        if any(set(p) & never_in for p in unknown) and not any(gz.ids(f) for f in village_forms(village)):
            continue  # 委员会在街道党工委和社区: a clause read as a chain (在 is in no name; 图们市 is the gazetteer's)
        if u.town in unknown and _holds_town(u.town, gz):
            continue  # 珠海市驻长坡镇帮镇扶村(工作队): a part holding a whole town before more text is a phrase
        if _counted_below(u, sub_village_words):
            continue  # …和石金村三个自然村: hamlets of a village, whether the gazetteer knows the name or not
        # (a name written under its whole chain, city to town, is a place: 潍坊市坊子区太保庄街道岞山村)
        # (…绥安镇下辖村: a town's own word after it is none)
        chained = all(p and p in u.unit for p in (u.city, u.county, u.town)) and base not in town_refs
        if base != village and not chained \
                and not any(gz.levels[i] == VILLAGE for f in village_forms(village) for i in gz.ids(f)):
            if _kinds_listed(u, kind_words):
                continue  # 分为历史古村、特色民居村、现代新村等类型: kinds of village, not villages
            words = cut(base, lex)
            # a one-character word opens many names (长板桥社区, 新民社区): only a longer one counts
            if base in predicate_words() or (words and len(words[0]) > 1 and words[0] in predicate_words()) \
                    or base in pronouns() or counted.match(base) or (words and words[0] in scopes) \
                    or base in common_nouns() and not _listed(u, units) or _town_then_word(u, base, lex) \
                    or _starts_mid_word(u, lex, cut):
                continue
        out.append(u)
    return out


def _starts_mid_word(u: Unit, lex: Lexicon, cut) -> bool:
    """集体经济十强村 → 济十强村: a name written alone whose first character ends a word begun before it."""
    sent = u.sentence or ""
    at = sent.find(u.unit)
    if at <= 0 or u.unit != (u.village or u.unit):
        return False
    pos = max(0, at - 3)
    for w in cut(sent[pos:at + 2], lex):  # (cut leaves out white space: find each word where it stands)
        i = sent.find(w, pos)
        if i < at < i + len(w):
            return True
        pos = i + len(w) if i >= 0 else pos
    return False


def _town_then_word(u: Unit, base: str, lex: Lexicon) -> bool:
    """沂水县高庄镇村民们: a town the gazetteer holds, then a word built on 村 (村民, 村务), read as a
    village named after the town (高庄镇村)."""
    gz = gazetteer(lex)
    sent = u.sentence or ""
    at = sent.find(u.unit)
    return at >= 0 and sent.startswith(unit_rules(lex).not_after_bare, at + len(u.unit)) \
        and any(gz.levels[i] == TOWN for i in gz.ids(base))


def _counted_below(u: Unit, words: tuple[str, ...]) -> bool:
    """Is the name, or the run of names it opens, followed by a count of sub-village parts (石金村三个自然村,
    下村村、中村村和石金村三个自然村, …等5个村民小组)?"""
    sent = u.sentence or ""
    at = sent.find(u.unit)
    return at >= 0 and bool(words) and re.match(
        rf"(?:[、和及与][{CJK}]{{1,8}}?(?:村|社区))*等?\s*[0-9{CN_DIGITS}两几]+\s*个?\s*(?:{'|'.join(map(re.escape, words))})",
        sent[at + len(u.unit):]) is not None


def _kinds_listed(u: Unit, kind_words: tuple[str, ...]) -> bool:
    """Is the name in a run of names that closes with 等类型 (…、现代新村、特色民俗村等类型)?"""
    sent = u.sentence or ""
    at = sent.find(u.unit)
    if at < 0 or not kind_words:
        return False
    run = re.match(r"[^，。；,;：:]*", sent[at:]).group(0)
    if re.match(rf"等\s*[0-9{CN_DIGITS}两几]+\s*(?:{'|'.join(map(re.escape, kind_words))})", sent[at + len(u.unit):]):
        return True  # 包括历史古村等4类: a kind, counted as one
    return "、" in sent[max(0, at - 1):at + len(run)] and any(run.endswith("等" + w) for w in kind_words)


def _listed(u: Unit, units: list[Unit]) -> bool:
    """Is the unit named in a run with other units (嘉积镇：新民社区、礁石村)? Names listed together
    vouch for each other."""
    sent = u.sentence or ""
    return any(sep in sent for sep in (f"、{u.unit}", f"{u.unit}、")) and \
        any(o is not u and (o.village or o.unit) in sent for o in units)
