"""The Chinese quantity parser: pure functions from text to quantities with offsets.

Reads Arabic and Chinese numerals (1.5万户, 一万余户, 二十五点八万元), decimals, 万/亿/千
multipliers, %, 百分点, fractions (五分之二 → 40 %), ranges (7-9人 → 7, up to 9), bounds and
approximations (约 近 余 多 以上 左右 突破 …) and changes (提升至92.5%, 从5万元提高到8万元,
下降了15%), with the measure words of `data/quantities.toml`. Traditional script reads the same.

It parses the characters themselves, never jieba tokens (a tokenizer cuts 约800万元 into
收约/800/万元). Whether a quantity reports an outcome is decided by `outcomes.py`, not here;
the parser only refuses what is not a quantity at all: ordinals (第一), vague numerals
(数十户), and numbers followed by a date, time, duration or age word (2023年, 24小时, 3个月).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
            "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}
# financial numerals (壹贰…伍) are parsed but not searched for: 伍 and 陆 stand in 队伍 and 陆续
_D = "零〇一二两三四五六七八九"
_CN = rf"[{_D}十](?:[{_D}十百千万亿]|点(?=[{_D}]))*"
_AR = r"\d+(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?"
# a bare order of magnitude: 千余条, 近千名, 突破百万元 (kept only when bounded, see _read)
_BARE = "(?:百|千)(?:万|亿)?|万"
RE_NUMBER = re.compile(rf"(?P<pct>[百千万]分之)?(?:(?P<ar>{_AR})|(?P<cn>{_CN})|(?P<bare>{_BARE}))")
BARE = {"百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
RE_RANGE = re.compile(rf"[ ]?[-—–~～至到][ ]?(?:(?P<ar>{_AR})|(?P<cn>{_CN}))")
CLAUSE_END = "，。；：！？,;:!?\n"


@dataclass(frozen=True)
class Quantity:
    start: int  # span of `text` (number to unit, 余 inside it included) in the scanned string
    end: int
    text: str
    value: float | None
    unit: str | None  # measure unit without 万/亿; None when the number has no unit
    qualifier: str | None = None
    change_from: float | None = None
    change_to: float | None = None
    high: float | None = None  # upper end of a range (7-9人 → value 7, high 9)
    numeral: str = "arabic"  # arabic | chinese
    kind: str = "quantity"  # quantity | excluded (date, time, duration …) | bare (no unit)
    span_start: int = 0  # span with the qualifiers written around it (约800万元, 4000斤以上)
    span_end: int = 0


def cn_int(s: str) -> int | None:
    """A whole number written in digits or Chinese: 8 → 8, 十二 → 12, 一百零五 → 105, 二〇二三 → 2023."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    v = cn_number(s)
    return int(v) if v is not None and float(v).is_integer() else None


def cn_number(s: str) -> float | None:
    """Chinese numeral → number: 二十五点八万 → 258000, 两千 → 2000, 二〇二三 → 2023.
    None for what is not a well-formed numeral (十四五)."""
    s = s.replace("萬", "万").replace("億", "亿").replace("兩", "两")
    if not s:
        return None
    for big in ("亿", "万"):
        if big in s:
            head, _, tail = s.partition(big)
            h = cn_number(head) if head else None
            if h is None:
                return None
            if len(tail) == 1 and tail in CN_DIGIT and tail not in "零〇":
                return h * CN_BIG[big] + CN_DIGIT[tail] * CN_BIG[big] // 10  # 三万五 = 35000
            rest = tail.lstrip("零〇")
            t = cn_number(rest) if rest else 0
            if t is None or t >= CN_BIG[big]:
                return None
            return h * CN_BIG[big] + t
    if "点" in s:
        head, _, tail = s.partition("点")
        h = cn_number(head) if head else 0
        if h is None or not tail or any(c not in CN_DIGIT for c in tail):
            return None
        return h + float("0." + "".join(str(CN_DIGIT[c]) for c in tail))
    if all(c in CN_DIGIT for c in s):
        if len(s) == 1:
            return CN_DIGIT[s]
        if len(s) == 2:
            return None  # 唯一一处, 三五成群: two digits are words, not a number
        return int("".join(str(CN_DIGIT[c]) for c in s))  # 二〇二三: digits read one by one
    total, cur, last_unit, zero = 0, None, 100_000, False
    for c in s:
        if c in CN_DIGIT:
            if cur not in (None, 0):
                return None  # two digits without a unit between them (十四五)
            zero = zero or CN_DIGIT[c] == 0
            cur = CN_DIGIT[c]
        elif c in CN_SMALL:
            u = CN_SMALL[c]
            if u >= last_unit:
                return None
            if cur is None:
                if u != 10 or total:
                    return None
                cur = 1  # 十二 = 12
            total, cur, last_unit, zero = total + cur * u, None, u, False
        else:
            return None
    if cur and not zero and last_unit >= 100 and last_unit < 100_000:
        return total + cur * last_unit // 10  # 一千二 = 1200, 两百五 = 250
    return total + (cur or 0)


RE_APPROX = re.compile(r"(十?)([一二两三四五六七八九])([二两三四五六七八九])(.*)")


def approx_number(s: str) -> tuple[float, float] | None:
    """Two neighbouring digits for a rough figure: 二三十 → (20, 30), 十五六 → (15, 16), 三五 → (3, 5)."""
    m = RE_APPROX.fullmatch(s)
    if not m:
        return None
    ten, d1, d2, rest = m.groups()
    if not 1 <= CN_DIGIT[d2] - CN_DIGIT[d1] <= 2 or (ten and rest):
        return None
    lo, hi = cn_number(ten + d1 + rest), cn_number(ten + d2 + rest)
    return (lo, hi) if lo is not None and hi is not None else None


def ar_number(s: str) -> float:
    return float(s.replace(",", ""))


def number(s: str) -> float | None:
    """Any numeral as written: 1.5, 1,200, 一万二千, 二十五点八."""
    s = s.strip()
    if re.fullmatch(_AR, s):
        return ar_number(s)
    return cn_number(s)


class Rules:
    """The parser's word lists, compiled once (see data/quantities.toml)."""

    def __init__(self, section: dict):
        longest = lambda words: sorted(set(words), key=len, reverse=True)  # noqa: E731
        self.units = set(section.get("units", []))
        self.not_units = set(section.get("not_units", []))
        self.address_units = set(section.get("address_units", []))
        self.address_before = tuple(section.get("address_before", []))
        self.address_after = tuple(section.get("address_after", []))
        self.pairing_units = set(section.get("pairing_units", []))
        self.all_units = longest(self.units | self.not_units)
        self.rate_parts = longest(section.get("rate_parts", []))
        self.multipliers = dict(section.get("multipliers", {"万": 10000, "亿": 100000000}))
        self.mult_words = longest(self.multipliers)
        self.suffix_q = longest(section.get("suffix_qualifiers", []))
        self.inner_q = longest(section.get("inner_qualifiers", []))
        self.prefix_q = longest(section.get("prefix_qualifiers", []))
        self.round_prefix_q = longest(section.get("round_prefix_qualifiers", []))
        self.change_to = longest(section.get("change_to_qualifiers", []))
        self.change_from = longest(section.get("change_from_words", []))
        self.vague = set(section.get("vague_before", []))
        self.plan_era = tuple(section.get("plan_era_after", []))
        self.not_qualifiers = longest(section.get("not_qualifiers", []))
        self.implicit = dict(section.get("implicit_units", {}))
        rates = "|".join(map(re.escape, self.rate_parts))
        self.re_rate = re.compile(rf"(?:/(?:{rates}))+") if rates else None
        trad = {k: v for k, v in section.get("traditional", {}).items() if len(k) == 1 and len(v) == 1}
        self.t2s = str.maketrans(trad)
        ends = "|".join(map(re.escape, self.change_to))
        # 下降到今年的8件: a change verb, then at most a short phrase ending in 的
        self.re_change = re.compile(rf"({ends})(?:了)?(?:[^{CLAUSE_END}、]{{0,8}}的)?$") if ends else None


@lru_cache(maxsize=1)
def default_rules() -> Rules:
    from ..lexicon import load

    return Rules(load().section("quantities"))


def _starts(text: str, pos: int, words: list[str]) -> str | None:
    for w in words:
        if text.startswith(w, pos):
            return w
    return None


def _prefix(text: str, start: int, rules: Rules) -> tuple[str | None, int]:
    """The qualifier written right before a number, and where it starts."""
    before = text[max(0, start - 14):start]
    if rules.re_change:
        m = rules.re_change.search(before)
        if m:
            return m.group(1), start - len(before) + m.start()
    core = before[:-1] if before.endswith(("了", "为")) else before  # 下降了15%, 仅为7件, 约为80%
    for w in rules.prefix_q:
        if core.endswith(w):
            if any(core.endswith(n) and len(n) > len(w) for n in rules.not_qualifiers):
                return None, start  # 村规民约18条, 附近3个村: the character belongs to a word
            return w, start - (len(before) - len(core)) - len(w)
    if text[start:start + 1] in "百千万亿":  # 上百次, 上千户: only a round number takes these
        for w in rules.round_prefix_q:
            if before.endswith(w):
                return w, start - len(w)
    return None, start


def _unit_at(text: str, pos: int, rules: Rules) -> str | None:
    return _starts(text, pos, rules.all_units)


def scan(text: str, rules: Rules | None = None, everything: bool = False) -> list[Quantity]:
    """Every quantity in `text`, in order. With everything=True also the numbers that are not
    quantities (kind `excluded`: 2023年, 24小时; kind `bare`: no unit), so callers can see them."""
    rules = rules or default_rules()
    t = text.translate(rules.t2s)
    out: list[Quantity] = []
    pos = 0
    while True:
        m = RE_NUMBER.search(t, pos)
        if not m:
            break
        pos = m.end()
        q = _read(t, m, rules)
        if q is None:
            if m.group("cn") and len(m.group(0)) > 1 and cn_number(m.group("cn")) is None \
                    and not t.startswith(rules.plan_era, m.end()):
                pos = m.start() + 1  # 唯一一处: the numeral may start one character later
            continue
        pos = max(pos, q.end)
        if q.kind == "quantity" and q.qualifier is None and out and out[-1].end == q.start \
                and out[-1].kind == "quantity" and out[-1].span_start < out[-1].start:
            q = _with(q, qualifier=out[-1].qualifier)  # 共529户1582人: 共 bounds both
        if q.kind == "quantity" or everything:
            out.append(q)
    _link_changes(t, out, rules)
    return [_with(q, text=text[q.start:q.end]) for q in out]


def _read(t: str, m: re.Match, rules: Rules) -> Quantity | None:
    """The quantity whose number the regex found at m (None when it is no number at all)."""
    start = m.start()
    prev = t[start - 1] if start else ""
    if prev == "第" or (prev and (prev.isascii() and prev.isalnum() or prev == ".")):
        return None  # ordinal, or part of a code/version (IPV6, 3.2.1)
    bare = m.group("bare")
    if bare and prev and prev in _D + "十百千万亿点":
        return None  # part of a numeral already read, or 分之 of a fraction
    chinese = m.group("cn") is not None or bare is not None
    raw = m.group("cn") or m.group("ar") or bare
    if chinese and prev in rules.vague:
        return None  # 数十户, 几百人: no figure to report
    if bare:
        value = 1.0
        for c in bare:
            value *= BARE[c]
    else:
        value = cn_number(raw) if chinese else ar_number(raw)
    rough = None
    if value is None and chinese and not bare:
        rough = approx_number(raw)  # 二三十户: the lower figure, the upper as the range's end
        if rough is None or t.startswith(rules.plan_era, m.end()):  # 十四五期间: a plan's years
            return None
        value = rough[0]
    pos, high, unit, qualifier = m.end(), None, None, None
    if m.group("pct"):  # 百分之九十
        value, unit = value * 100 / {"百": 100, "千": 1000, "万": 10000}[m.group("pct")[0]], "%"
    elif t.startswith("分之", pos):  # 五分之二 → 40 %
        fm = RE_NUMBER.match(t, pos + 2)
        num2 = fm and not fm.group("pct") and number(fm.group("cn") or fm.group("ar"))
        if not num2 or not value:
            return None
        value, unit, pos = round(num2 * 100 / value, 4), "%", fm.end()
    else:
        high, pos = _range(t, pos, value, chinese, rules) if rough is None else (rough[1], pos)
        value, high, unit, qualifier, pos = _measure(t, pos, value, high, chinese, rules)
        if high is None and unit and (rm := RE_RANGE.match(t, pos)) and (rm.group("cn") is not None) == chinese \
                and t.startswith(unit, rm.end()) and (hi := number(rm.group("cn") or rm.group("ar"))) and hi > value:
            high, pos = hi, rm.end() + len(unit)  # 5元-20元: a range written with its unit on both ends
        if rough is not None and unit is None:
            return None  # 十四五, 三五成群: digits side by side that count nothing
    end = pos
    if unit is None and value >= 10_000 and t[end - 1:end] in "万亿":
        clause = t[max(0, start - 10):start]
        clause = clause[max(clause.rfind(c) for c in CLAUSE_END) + 1:]
        unit = next((u for w, u in rules.implicit.items() if w in clause), None)  # 总人口3.45万 → 人
    if unit is None:
        kind = "bare"
    elif (unit in rules.not_units and unit not in rules.units) or (unit == "分" and prev in "时点:：") or (
            unit in rules.address_units and (t[:start].endswith(rules.address_before)
                                             or t[end:].startswith(rules.address_after) or t[end:end + 1].isdigit())) \
            or (unit in rules.pairing_units and RE_NUMBER.match(t, end)):
        kind = "excluded"  # 2023年, 24小时, 9时30分, 小区3栋, 一对一
    else:
        kind = "quantity"
        rate = rules.re_rate.match(t, end) if rules.re_rate else None
        if rate and not t[rate.end():rate.end() + 1].isdigit():  # 2元/人·月
            unit, end = unit + rate.group(0), rate.end()
    span_start, span_end = start, end
    if kind == "quantity":
        suffix = _starts(t, end, rules.suffix_q)
        if suffix:  # 4000斤以上: a bound written after wins over a word before (达95%以上)
            qualifier, span_end = suffix, end + len(suffix)
        prefix, span_start = _prefix(t, start, rules)
        qualifier = qualifier or prefix
    if bare and (kind != "quantity" or (len(bare) == 1 and not m.group("pct") and (qualifier is None or qualifier in rules.change_to))):
        return None  # 千家万户, 百姓, 万人空巷: a word, not a figure, unless bounded (千余条, 近千名)
    if value == int(value):
        value = float(int(value))
    return Quantity(start, end, t[start:end], value, unit, qualifier, high=high,
                    numeral="chinese" if chinese else "arabic", kind=kind, span_start=span_start, span_end=span_end)


def _range(t: str, pos: int, value: float, chinese: bool, rules: Rules) -> tuple[float | None, int]:
    """7-9人, 1—2名, 七至九人: the upper end, when a unit or 余/万 follows it."""
    rm = RE_RANGE.match(t, pos)
    if rm and (rm.group("cn") is not None) == chinese:
        hi = number(rm.group("cn") or rm.group("ar"))
        after = rm.end()
        if hi is not None and hi > value and (_unit_at(t, after, rules) or _starts(t, after, rules.inner_q)
                                              or _starts(t, after, rules.mult_words)):
            return hi, after
    return None, pos


def _measure(t: str, pos: int, value: float, high: float | None, chinese: bool, rules: Rules):
    """What follows the number: 余/多, 万/亿, the unit (260余亩, 30万余人次, 350余万元, 25.8万 元,
    800(含)平米). Returns value, high, unit, qualifier, end."""
    qualifier = inner = _starts(t, pos, rules.inner_q)
    pos += len(inner or "")
    u = _unit_at(t, pos, rules)  # 3千米 is a unit before 千 is a multiplier
    if u is None:
        mult = _starts(t, pos, rules.mult_words)
        if mult and (not chinese or inner):  # a Chinese numeral holds its own 万 (一万余户)
            factor = rules.multipliers[mult]
            value, high, pos = value * factor, (high * factor if high is not None else None), pos + len(mult)
            if not inner:
                inner = _starts(t, pos, rules.inner_q)
                qualifier, pos = inner, pos + len(inner or "")
        if t.startswith(" ", pos) and _unit_at(t, pos + 1, rules):
            pos += 1
        if re.match(r"[(（]含[)）]", t[pos:pos + 3]) and _unit_at(t, pos + 3, rules):
            pos += 3  # 800(含)平米以上: the bound is inclusive
        u = _unit_at(t, pos, rules)
    return value, high, u, qualifier, pos + len(u or "")


def _link_changes(t: str, qs: list[Quantity], rules: Rules) -> None:
    """提升至92.5% → change_to 92.5; 从5万元提高到8万元 → change_from 50000, change_to 80000 on
    both figures."""
    for i, q in enumerate(qs):
        if q.kind != "quantity" or q.qualifier not in rules.change_to:
            continue
        src = None
        for p in reversed(qs[:i]):
            between = t[p.end:q.start]
            if any(c in CLAUSE_END for c in between):
                break
            if p.unit == q.unit:
                clause_start = max(t.rfind(c, 0, p.start) for c in CLAUSE_END)
                if any(w in t[clause_start + 1:p.start] for w in rules.change_from):
                    src = p
                break
        qs[i] = _with(q, change_from=src.value if src else None, change_to=q.value)
        if src is not None:  # the starting figure states the same change
            qs[qs.index(src)] = _with(src, change_from=src.value, change_to=q.value)


def _with(q: Quantity, **kw) -> Quantity:
    from dataclasses import replace

    return replace(q, **kw)


def parse(text: str, rules: Rules | None = None) -> Quantity | None:
    """The first quantity written in `text` (约800万元 → 8000000 元, qualifier 约), or None."""
    qs = scan(text, rules)
    return qs[0] if qs else None
