"""Where a document mentions its units: every written form of each unit found in a text (木耳镇金刚村,
金刚村), the index used to look a name up, and each unit's mention count and first sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import Lexicon
from ..model import Document, Unit
from .admin import PARENTS, squash
from .name_parts import parse_name
from .text import sentence_at


def same_parents(a: dict, b: dict) -> bool:
    return all(squash(a[lv]) == squash(b[lv]) for lv in PARENTS if a.get(lv) and b.get(lv)) or \
        _chain_within(a, b) or _chain_within(b, a)


def _chain_within(short: dict, long: dict) -> bool:
    """Does `short` write its parents as the start of `long`'s chain, only leaving out lower ones
    (山西省晋城市刘家川村 in 山西省晋城市城区北石店镇刘家川村)? A chain read without the gazetteer may
    label a part by another level (晋城市 / 晋城市城区 as the county), so the written text decides."""
    a = "".join(squash(short[lv]) for lv in reversed(PARENTS) if short.get(lv))
    b = "".join(squash(long[lv]) for lv in reversed(PARENTS) if long.get(lv))
    return bool(a) and len(a) < len(b) and b.startswith(a)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    unit: Unit


def written_forms(units: list[Unit]) -> list[str]:
    """Every name of the units as a document may write it: full name, town+village, village."""
    out: list[str] = []
    for u in units:
        for form in (u.unit, (u.town or "") + (u.village or "") if u.town else None, u.village):
            if form and form not in out:
                out.append(form)
    return out


def _forms(units: list[Unit]) -> list[tuple[str, Unit | None]]:
    """(form, unit) longest first; a form shared by two units resolves to None (ambiguous)."""
    table: dict[str, Unit | None] = {}
    for u in units:
        for form in {u.unit, ((u.town or "") + (u.village or "")) if u.town else "", u.village or ""}:
            form = squash(form)
            if len(form) < 2:
                continue
            if form in table and table[form] is not u:
                table[form] = None
            else:
                table[form] = u
    return sorted(table.items(), key=lambda kv: -len(kv[0]))


_LOOKUP: list = [None, None]  # (key, lookup) of the last units asked for: extractors ask thousands of times


def _lookup(units: list[Unit]):
    """forms → unit, their lengths longest first, and a pattern of the characters a form ends with,
    built once for the same units (same objects, same names)."""
    key = tuple((id(u), u.unit, u.town, u.village) for u in units)
    if _LOOKUP[0] != key:
        forms = dict(_forms(units))
        ends = "".join(sorted({f[-1] for f in forms}))
        _LOOKUP[:] = [key, (forms, sorted({len(f) for f in forms}, reverse=True),
                            re.compile(f"[{re.escape(ends)}]") if ends else None)]
    return _LOOKUP[1]


def find_mentions(text: str, units: list[Unit], offset: int = 0) -> list[Mention]:
    """Every mention of the units in `text` (longest form first, no overlaps), in text order.

    `offset` is added to the offsets (pass a block's or sentence's start to get document offsets).
    A short form two units share (two 新村 under different towns) is left out.
    """
    forms, lengths, re_ends = _lookup(units)
    if not forms or not text:
        return []
    found = []  # the longest form ending at each place where a form can end
    for m in re_ends.finditer(text):
        e = m.end()
        for n in lengths:
            if n <= e and text[e - n:e] in forms:
                found.append((e - n, e))
                break
    taken = bytearray(len(text))
    out = []
    for i, j in sorted(found, key=lambda p: (p[0] - p[1], p[0])):  # longest first
        if not any(taken[i:j]):
            taken[i:j] = b"\x01" * (j - i)
            unit = forms[text[i:j]]
            if unit is not None:
                out.append(Mention(offset + i, offset + j, text[i:j], unit))
    out.sort(key=lambda m: m.start)
    return out


class UnitIndex:
    """Units of a document looked up by any written name; build once, resolve many."""

    def __init__(self, units: list[Unit], lex: Lexicon | None = None):
        if lex is None:
            from ..lexicon import load

            lex = load()
        self.lex = lex
        self.by_name = {squash(u.unit): u for u in units}
        self.by_village: dict[str, list[Unit]] = {}
        for u in units:
            self.by_village.setdefault(squash(u.village), []).append(u)

    def resolve(self, name: str) -> Unit | None:
        want = squash(name)
        if not want:
            return None
        if want in self.by_name:
            return self.by_name[want]
        parts = parse_name(want, self.lex)
        if parts:
            hits = [u for u in self.by_village.get(squash(parts["village"]), [])
                    if same_parents({lv: getattr(u, lv) for lv in PARENTS}, {lv: parts.get(lv) for lv in PARENTS})]
        else:  # not a unit's name by its shape: the one unit whose name ends with it (鲁能西路社区)
            hits = [u for n, u in self.by_name.items() if len(want) >= 3 and n.endswith(want)]
        return hits[0] if len(hits) == 1 else None


def resolve(name: str, units: list[Unit] | UnitIndex, lex: Lexicon | None = None) -> Unit | None:
    """The unit a written name refers to: 金刚村 or 渝北区木耳镇金刚村 → the Unit 木耳镇金刚村.

    None when no unit matches or a short name fits several units (two 新村 under different towns),
    or the parts conflict (石船镇金刚村 is not 木耳镇金刚村). `lex` defaults to the package lexicon.
    Pass a `UnitIndex` instead of the list to resolve many names against the same units.
    """
    index = units if isinstance(units, UnitIndex) else UnitIndex(units, lex)
    return index.resolve(name)


def count_mentions(doc: Document, units: list[Unit]) -> None:
    """Count each unit's mentions afresh and take the sentence of its first one as evidence."""
    for u in units:
        u.mentions = 0
    tally_mentions(doc, units)


def tally_mentions(doc: Document, units: list[Unit]) -> None:
    starts = [b.start for b in doc.blocks]
    for m in find_mentions(doc.text, units):
        u = m.unit
        if u.mentions == 0:
            s = sentence_at(doc, m.start, starts)
            u.sentence, u.start, u.end = (s.text, s.start, s.end) if s else (m.text, m.start, m.end)
        u.mentions += 1
