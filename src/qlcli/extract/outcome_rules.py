"""The outcome extractor's rules (data/quantities.toml: [not_outcome], [metric]), compiled once per
lexicon."""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..patterns import CJK
from .quantity import Rules


RE_FORMULA = re.compile(r"[“\"‘]([0-9XxNn]*[0-9][0-9+XxNn]*)[”\"’]")


class OutcomeRules:
    """The extractor's rules (data/quantities.toml: [not_outcome], [metric]), compiled once."""

    def __init__(self, sec: dict):
        no, me = sec.get("not_outcome", {}), sec.get("metric", {})
        self.q = Rules(sec)
        self.after = tuple(no.get("after", []))
        self.before = tuple(no.get("before", []))
        self.small_cn = float(no.get("small_chinese_max", 10))
        self.small_not_after = tuple(no.get("small_chinese_not_after", []))
        self.keep_cn = set(self.q.inner_q) | set(self.q.suffix_q)  # 十余户, 十名左右 are figures
        self.quotes, self.titles = no.get("quotes", []), no.get("titles", [])
        self.quote_max = int(no.get("quote_max_chars", 30))
        self.formula_units = set(no.get("formula_units", []))
        self.re_short_name = re.compile(no.get("short_name_pattern", "(?!)"))
        # a heading's dotted number (7.1人力资源配置, 2.1.3监督结果运用) is a label, never a figure;
        # a multiplier after it makes it an amount (86.5万元), and a sentence is no heading
        mult = "|".join(map(re.escape, self.q.mult_words)) or "(?!)"
        self.re_dotted_label = re.compile(rf"^\s*\d{{1,2}}(?:\.\d{{1,2}})+(?=\s*[{CJK}])(?!\s*(?:{mult}))"
                                          r"(?=[^。；;]*$)")
        self.norms = set(no.get("norm_qualifiers", []))
        self.re_issue = re.compile(no.get("issue_pattern", "(?!)"))
        self.issue_units = set(no.get("issue_units", []))
        self.ranges = bool(no.get("ranges", False))
        self.lead_res = [re.compile(p) for p in me.get("lead_patterns", [])]
        self.skip_lead = sorted(set(me.get("skip_lead", [])), key=len, reverse=True)
        self.skip_tail = sorted(set(me.get("skip_tail", [])), key=len, reverse=True)
        self.post_stop = set(me.get("post_stop", []))
        self.relative = set(me.get("relative", []))
        self.max_chars = int(me.get("max_chars", 24))
        self.conjunctions = set(me.get("conjunctions", []))
        self.by_unit = dict(me.get("by_unit", {}))
        self.owner_heads = tuple(me.get("owner_heads", []))
        self.owners = sorted(set(me.get("owners", [])), key=len, reverse=True)
        self.owned = tuple(me.get("owned", []))
        self.change_verbs = set(me.get("change_verbs", []))
        cuts = "|".join(map(re.escape, sorted(me.get("change_cuts", []), key=len, reverse=True)))
        self.re_change_cut = re.compile(cuts) if cuts else None
        self.ratio_units = set(me.get("ratio_units", []))
        self.ratio_leads = tuple(me.get("ratio_leads", []))


_CACHE: dict[str, OutcomeRules] = {}


def rules_for(lex: Lexicon) -> OutcomeRules:
    r = _CACHE.get(lex.fingerprint)
    if r is None:
        r = _CACHE[lex.fingerprint] = OutcomeRules(lex.section("quantities"))
    return r
