"""Names of numbered formulas: “五廉”, 三治融合, “四比争先”, 五个举措, “5+1”, “一约四会”, 六大行动.

A name gives the family as written, how many items it announces (when the numeral says
so) and its key characters: the characters its items are expected to share (廉 for 五廉,
行动 for 三项行动). Which words can follow a numeral is data (measures.toml).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...lexicon import Lexicon
from ...patterns import CJK


@dataclass
class Name:
    family: str
    count: int | None  # items announced; None when the numeral does not say (1+3+N)
    keys: str  # characters the items are expected to share
    start: int  # span in the sentence, quotes included
    end: int
    quoted: bool
    shape: str  # key (五廉) | classifier (五个举措) | compound (一约四会) | digits (5+1, 123)
    head: str = ""  # the noun after a classifier (举措 in 五个举措)
    alt_count: int | None = None  # compound names may count either way: 三位一体 → 3 or 4
    inline: tuple = ()  # items written inside the name: “一约(村规民约)四会(红白理事会、…)”
    pre: str = ""  # words before the numeral inside the quotes (乡村八榜)

    @property
    def counts(self) -> set[int]:
        return {c for c in (self.count, self.alt_count) if c}

    @property
    def linkable(self) -> bool:
        """Arabic counts in running text (等8个志愿服务岗位) state a number, they name no formula."""
        return bool(self.count) and max(self.counts) >= 2 and not (
            not self.quoted and self.shape == "classifier" and self.family[:1].isdigit())


class NameRules:
    def __init__(self, lex: Lexicon):
        sec = lex.section("measures")
        self.numerals: dict[str, int] = {k: int(v) for k, v in sec.get("numerals", {}).items()}
        num = "".join(self.numerals)
        self.num = num
        self.classifiers = sorted(sec.get("classifiers", []), key=len, reverse=True)
        self.heads = sorted(sec.get("heads", []), key=len, reverse=True)
        self.key_suffixes = sorted(sec.get("key_suffixes", []), key=len, reverse=True)
        self.not_names = set(sec.get("not_names", []))
        self.particles = set(sec.get("particles", []))
        units = lex.section("units")
        # a unit's own word counts units as 村 and 社区 do (大石冲、旺利、中和、银坑四个村委会)
        self.not_heads = set(sec.get("not_heads", [])) | set(units.get("committees", {})) | set(units.get("kinds", {}))
        self.not_after = set(sec.get("not_after_numeral", []))
        self.times = tuple(sec.get("time_after_numeral", []))
        cls = "|".join(map(re.escape, self.classifiers))
        self.re_quote = re.compile(r"[“\"‘「]([^“”\"‘’「」\n]{1,12})[”\"’」]|[（(]([^（）()\n]{2,6})[）)]")
        self.re_cls_q = re.compile(rf"^(?P<pre>[{CJK}]{{0,4}}?)(?P<num>[{num}]|\d{{1,2}})(?P<cls>{cls})(?P<rest>[{CJK}]{{0,6}})$")
        self.re_key_q = re.compile(rf"^(?P<pre>[{CJK}]{{0,4}}?)(?P<num>[{num}])(?P<rest>[{CJK}]{{1,6}})$")
        self.re_compound = re.compile(rf"^(?P<n1>[{num}])(?P<k1>[{CJK}]{{1,2}})(?P<n2>[{num}])(?P<k2>[{CJK}]{{1,2}})"
                                      rf"(?:(?P<n3>[{num}])(?P<k3>[{CJK}]{{1,2}}))?$")  # 一约两会三团
        self.re_digits = re.compile(r"^(?:\d+(?:[+＋][\dXxNn]+)+|\d{3,4})$")
        self.re_cls_u = re.compile(rf"(?<![{num}\d.百千万第每])(?P<num>[{num}]|\d{{1,2}})(?P<cls>{cls})(?P<rest>[{CJK}]{{1,6}})")
        suffixes = "|".join(map(re.escape, self.key_suffixes))
        self.re_key_u = re.compile(
            rf"(?<![{num}\d.百千万第每])(?P<num>[{num}])(?P<key>(?:(?![{num}])[{CJK}]){{1,2}}?)(?={suffixes})")
        self.re_bare_suffix = re.compile(rf"(?<=[”\"])(?P<num>[{num}])(?P<suf>{suffixes})")

    def value(self, num: str) -> int | None:
        if num.isdigit():
            return int(num)
        return self.numerals.get(num)

    def head_of(self, rest: str) -> str:
        """The noun after a classifier: up to a known head word (三个廉洁文化阵地 → 廉洁文化阵地),
        else up to 4 characters, stopping at a particle (三位一体的 → 一体)."""
        run = re.match(rf"[{CJK}]*", rest).group(0)
        best = None
        for h in self.heads:
            i = run.find(h, 0, 6)
            if i >= 0 and i + len(h) <= 6 and (best is None or (i, -len(h)) < best):
                best = (i, -len(h))
        if best is not None and not any(ch in self.particles for ch in run[:best[0]]):
            return run[:best[0] - best[1]]
        out = ""
        for ch in run[:4]:
            if ch in self.particles and out:
                break
            out += ch
        return out


def _rules(lex: Lexicon) -> NameRules:
    return lex.compiled("measures.names", NameRules)


def find_names(s: str, lex: Lexicon) -> list[Name]:
    """Formula names in sentence `s`, in order, non-overlapping (quoted names first)."""
    r = _rules(lex)
    out: list[Name] = []
    taken: list[tuple[int, int]] = []
    for m in RE_INLINE.finditer(s):  # “一约(村规民约)四会(红白理事会、村民议事会…)”
        name = _with_inline(m, s, r)
        if name:
            out.append(name)
            taken.append((name.start, name.end))
    for m in r.re_quote.finditer(s):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if m.group(2) is not None and not r.re_key_q.match(m.group(2)):
            continue  # in brackets only a bare name counts: （三会）
        name = _quoted(m.group(1) or m.group(2), m.start(), m.end(), s, r)
        if name:
            out.append(name)
            taken.append((name.start, name.end))
    for m in r.re_cls_u.finditer(s):
        if any(a <= m.start() < b for a, b in taken) or _after_numeral(s, m.start()):
            continue
        value = r.value(m.group("num"))
        head = r.head_of(m.group("rest"))
        if not value or not head or head[0] in r.not_after or m.group("cls") + head[:1] in r.not_after \
                or any(head.endswith(h) or len(h) > 1 and head.startswith(h) for h in r.not_heads):  # 三个自然村合(并)
            continue
        end = m.start("rest") + len(head)
        fam = s[m.start():end]
        if fam in r.not_names:
            continue
        out.append(Name(fam, value, _keys(head), m.start(), end, False, "classifier", head))
        taken.append((m.start(), end))
    for m in r.re_key_u.finditer(s):
        if any(a <= m.start() < b for a, b in taken) or _after_numeral(s, m.start()):
            continue
        fam = m.group("num") + m.group("key")
        if fam in r.not_names or m.group("key")[0] in r.not_after:
            continue
        out.append(Name(fam, r.value(m.group("num")), m.group("key"), m.start(), m.end(), False, "key"))
        taken.append((m.start(), m.end()))
    for m in r.re_bare_suffix.finditer(s):  # “党务、村务、财务”三公开: a numeral and a noun right after a quoted list
        if any(a <= m.start() < b for a, b in taken) or _after_numeral(s, m.start()):
            continue
        fam = m.group("num") + m.group("suf")
        out.append(Name(fam, r.value(m.group("num")), m.group("suf"), m.start(), m.end(), False, "key"))
        taken.append((m.start(), m.end()))
    out.sort(key=lambda n: n.start)
    return out


RE_INLINE = re.compile(r"“([^“”]{4,80}?)”")


def _after_numeral(s: str, start: int) -> bool:
    """The last of a run of numerals (一二三产业: the first, second and third industries) counts nothing."""
    return start > 0 and s[start - 1] in "一二三四五六七八九十两"


def _with_inline(m, s: str, r: NameRules) -> Name | None:
    content = m.group(1)
    if "(" not in content and "（" not in content:
        return None
    bare = re.sub(r"[（(][^（）()]*[）)]", "", content)
    name = _quoted(bare, m.start(), m.end(), s, r)
    if name is None or name.shape not in ("compound", "key"):
        return None
    items = []
    base = m.start(1)
    for g in re.finditer(r"[（(]([^（）()]*)[）)]", content):
        a = base + g.start(1)
        for part in re.split(r"[、，,]", g.group(1)):
            if part.strip():
                items.append((a, a + len(part)))
            a += len(part) + 1
    name.inline = tuple(items)
    return name


def _keys(word: str) -> str:
    return "".join(ch for ch in word if "\u4e00" <= ch <= "\u9fff")


def _quoted(content: str, start: int, end: int, s: str, r: NameRules) -> Name | None:
    c = re.sub(r"\s", "", content)
    if c in r.not_names:
        return None
    if r.re_digits.match(c):
        nums = re.split(r"[+＋]", c)
        if len(nums) == 1:
            return Name(c, len(c), "", start, end, True, "digits")
        fixed = [int(n) for n in nums if n.isdigit()]
        # “3+X”: the digits count the items the text spells out; X/N stands for the open rest
        count = sum(fixed) if fixed and (len(fixed) == len(nums) or len(fixed) == 1 and fixed[0] >= 2) else None
        return Name(c, count, "", start, end, True, "digits")
    m = r.re_compound.match(c)
    if m:
        ns = [r.value(m.group(g)) for g in ("n1", "n2", "n3") if m.group(g)]
        keys = "".join(m.group(g) for g in ("k1", "k2", "k3") if m.group(g))
        return Name(c, sum(ns), keys, start, end, True, "compound", alt_count=max(ns))
    m = r.re_cls_q.match(c)
    if m and not m.group("pre").endswith(("第", "每")) and not any(ch in r.num for ch in m.group("pre")):
        value = r.value(m.group("num"))
        rest = m.group("rest")
        if not rest:  # “六大”行动: the noun follows the quote
            after = r.head_of(s[end:end + 6])
            if not after:
                return None
            return Name(c + after, value, _keys(after), start, end + len(after), True, "classifier", after)
        return Name(c, value, _keys(m.group("pre") + rest), start, end, True, "classifier", rest,
                    pre=m.group("pre"))
    m = r.re_key_q.match(c)
    if m and not m.group("pre").endswith(("第", "每")) and not any(ch in r.num for ch in m.group("pre")) and m.group("rest")[0] not in r.not_after \
            and not m.group("rest").startswith(r.times):
        return Name(c, r.value(m.group("num")), _keys(m.group("pre") + m.group("rest")), start, end, True, "key",
                    pre=m.group("pre"))
    return None
