"""Stage 4 of measures: links become Measure rows, each with its sentence, its offsets, the
case or unit whose text holds it, a dimension for 廉/治 families, and a flag when the count
differs from the numeral; and formulas only named (严格落实“四议两公开”) become mention rows.
"""
from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...model import Case, DocMeta, Document, Measure, Unit, Warning
from ..mentions import find_mentions
from ..owners import JOINT, Owners, case_at, owner_rules
from ..text import Sentence, block_sentences, sentence_at
from .candidates import mask_label
from .items import Rules, compound_part, family_of, kind_span, lian_set, rules, set_name, zhi_set
from .links import Link, find_links
from .lists import CLOSERS, OPENERS, squash
from .names import find_names


def _other_part(doc: Document, link: Link, part: str, r: Rules) -> tuple[str, list[tuple[int, int]]] | None:
    """The other part of a compound name, spelled out later in the same sentence as its own list:
    即清单明权、清账理财、清风润心，亮身份、亮承诺、亮实绩 → 三亮."""
    rest = link.family[len(part):] if link.family.startswith(part) else link.family[:-len(part)]
    if not rest or rest[0] not in r.numerals:
        return None
    n, key = r.numerals[rest[0]], rest[1:]
    s = link.sentence
    pos = max(b for _, b in link.spans)
    for m in re.finditer(r"[^，,；;。：:]+", doc.text[pos:s.end]):
        a0 = pos + m.start()
        chunks, a = [], a0
        for part_text in m.group(0).split("、"):
            chunks.append((a, a + len(part_text)))
            a += len(part_text) + 1
        if len(chunks) != n:
            continue
        a, b = chunks[0]
        lead = next((w for w in r.lead_words if doc.text.startswith(w, a) and b - a - len(w) >= 2), "")
        chunks[0] = (a + len(lead), b)
        chunks[-1] = (chunks[-1][0], _bracket_end(doc.text, *chunks[-1]))
        texts = [squash(doc.text[x:y]) for x, y in chunks]
        if all(key in t and 2 <= len(t) <= r.max_item for t in texts):
            return rest, chunks
    return None


def _bracket_end(text: str, a: int, b: int) -> int:
    """Where a list written inside brackets ends: at the bracket that closes them (…、实施结果公开))."""
    depth = 0
    for i in range(a, b):
        depth += (text[i] in OPENERS) - (text[i] in CLOSERS)
        if depth < 0:
            return i
    return b


def _dimension(family: str, item: str, r: Rules) -> str | None:
    if not family.endswith(r.dim_suffixes):
        return None
    for dim, words in r.dimensions.items():
        if any(w in item for w in words):
            return dim
    return None


def _quoted(text: str, a: int, b: int) -> tuple[int, int]:
    """An item that is a short verb and a quoted name (跳“和舞”) is the name."""
    m = re.fullmatch(r"([^“”])“([^“”]{2,12})”", text[a:b])  # 文化“聚邻” stays whole
    return (a + m.start(2), a + m.end(2)) if m else (a, b)


def _quoted_names(text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[str]]:
    """Items that each end in a quoted word and the character they share (强化学习“育”廉、明晰红线“护”廉)
    are that word and character (育廉, 护廉): the words before say how. (文化“聚邻”、暖心“亲邻”, sharing
    no character after the quote, stay whole, as ../shared/gold/000 has them.)"""
    plain = [squash(text[a:b]) for a, b in spans]
    found = [re.search(r"“([^“”]{1,3})”([^“”\s])$", text[a:b]) for a, b in spans]
    if len(spans) < 2 or not all(m and m.start() > 0 for m in found) or len({m.group(2) for m in found}) != 1:
        return spans, plain
    return [(a + m.start(), b) for (a, b), m in zip(spans, found)], [m.group(1) + m.group(2) for m in found]


def extract_measures(doc: Document, meta: DocMeta, units: list[Unit], cases: list[Case],
                     lex: Lexicon) -> tuple[list[Measure], list[Warning]]:
    r = rules(lex)
    measures: list[Measure] = []
    warnings: list[Warning] = []
    seen: set[tuple] = set()
    spelled: dict[tuple, list[str]] = {}  # (case, family) → items already given
    links = sorted(find_links(doc, cases, lex), key=lambda k: k.spans[0][0])
    who = owners(doc, meta, units, cases, lex)
    names = {squash(u.village or u.unit) for u in units if u.village or u.unit}
    for link in links:  # grows: the other part of a compound name is appended when found
        spans = link.spans
        texts = [squash(doc.text[a:b]) for a, b in spans]
        family = family_of(link.family, texts, r)
        if not family or r.re_count_of_kinds.fullmatch(family):  # 6个方面, 4种类型: no formula
            continue
        if names and all(any(t.endswith(n) for n in names) for t in texts):
            continue  # 飞仙村、凤禾村…和大河村4个集体经济收入“百万村”: a count of places, not a formula
        part = compound_part(family, texts, r) if family == link.family else ""
        rest = _other_part(doc, link, part, r) if part else None
        if rest:  # …提议、…决议，做到决议公开、实施结果公开: two lists, one per part (四议, 两公开)
            family = part
            links.append(Link(rest[0], len(rest[1]), {len(rest[1])}, rest[1], link.sentence))
        if family.endswith(r.kind_char) and zhi_set(texts, r, loose=True):  # 自治——村民议事会每月议事 → 自治
            spans = [kind_span(doc.text, a, b, r) for a, b in spans]
        elif lian_set(texts, r):  # 以党建引廉、以制度固廉 → 党建引廉, 制度固廉
            lead = next((w for w in r.lead_words if all(t.startswith(w) and len(t) - len(w) >= 3 for t in texts)), "")
            spans = [(doc.text.find(lead, a, b) + len(lead), b) for a, b in spans] if lead else spans
        spans = [_quoted(doc.text, a, b) for a, b in spans]  # 跳“和舞”、唱“和歌” → 和舞, 和歌
        spans, items = _quoted_names(doc.text, spans)
        case = case_at(cases, spans[0][0])
        earlier = spelled.setdefault((case.case_id if case else None, family), [])
        if earlier and all(any(t in e for e in earlier) for t in items) and not set(items) <= set(earlier):
            continue  # 制定《问题清单》…《考核清单》, then 用好问题、责任、考核3张清单: said again, shorter
        earlier.extend(items)
        flag = ""
        if link.count and len(spans) not in link.counts and family[:2] == link.family[:2]:
            flag = f"count {len(spans)} != {link.count}"
            s = link.sentence
            warnings.append(Warning("formula_count", f"{family}: {len(spans)} items where the name announces "
                                    f"{link.count}", doc.display(s.start, s.end), s.start, s.end))
        for i, (a, b) in enumerate(spans):
            sent = sentence_at(doc, a) or link.sentence  # the sentence holding this item
            case = case_at(cases, a)
            unit = _unit_for(doc, meta, units, case, sent, who, a)
            key = (case.case_id if case else None, unit, family, items[i])
            if key in seen:
                continue
            seen.add(key)
            measures.append(Measure(case_id=case.case_id if case else None, unit=unit, family=family,
                                    item=key[3],  # simplified, like the family; the sentence stays as written
                                    dimension=link.dims[i] if link.dims else _dimension(family, key[3], r),
                                    sentence=doc.display(sent.start, sent.end), start=sent.start, end=sent.end,
                                    item_start=a, item_end=b, flag=flag))
    return measures, warnings


def owners(doc: Document, meta: DocMeta, units: list[Unit], cases: list[Case], lex: Lexicon) -> Owners:
    return Owners(doc, meta, units, cases, owner_rules(lex), lex)


def _unit_for(doc: Document, meta: DocMeta, units: list[Unit], case: Case | None, sent: Sentence,
              who: Owners | None = None, pos: int | None = None) -> str | None:
    """The case's unit; else the unit or area the clause speaks for (an area only where the
    document speaks for one village or none); else the one village-level unit the paragraph names;
    else, in a story about a single village, that village; else the area the document speaks for."""
    if case is not None and case.unit:
        return case.unit
    if who is not None and 0 <= sent.block < len(doc.blocks):
        owner = who.stated(doc.blocks[sent.block], sent.start if pos is None else pos)
        if owner is not None and owner != JOINT and (who.areas_own or any(u.unit == owner for u in units)):
            return owner
    block = doc.blocks[sent.block].text if 0 <= sent.block < len(doc.blocks) else ""
    named = {m.unit.unit for m in find_mentions(block, units)}
    if len(named) == 1:
        return named.pop()
    villages = {u.unit for u in units if (u.kind or "") in ("村", "社区", "居委会") or u.village}
    if meta.doc_type not in ("plan", "notice") and len(villages) == 1:
        return villages.pop()
    return meta.region


def formula_mentions(doc: Document, meta: DocMeta, units: list[Unit], cases: list[Case], lex: Lexicon,
                     spelled: set[tuple] = frozenset()) -> list[Measure]:
    """Formulas only named (严格落实“四议两公开”, 以“三治”促“三廉”): one row per case (or unit) and
    family, at its first mention, with an empty item. `spelled` holds the (case_id, family) pairs
    whose items are spelled out: those are not mentions."""
    r = rules(lex)
    out: list[Measure] = []
    seen = set(spelled)
    who = owners(doc, meta, units, cases, lex)
    for block in doc.blocks:
        for sent in block_sentences(block):
            for n in find_names(mask_label(doc.text[sent.start:sent.end]), lex):
                if not (n.quoted or n.shape == "key") or n.pre or len(n.family) > 6 or n.family in r.not_mentions:
                    continue  # only formula-like names: “四议两公开”, 三治融合, not 最后一公里 or 一系列
                ch = set_name(n.family, r)
                family = n.family[0] + ch if ch else n.family
                case = case_at(cases, sent.start + n.start)
                key = (case.case_id if case else None, family)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Measure(case_id=key[0], unit=_unit_for(doc, meta, units, case, sent, who, sent.start + n.start),
                                   family=family,
                                   item="", sentence=doc.display(sent.start, sent.end), start=sent.start,
                                   end=sent.end, item_start=sent.start + n.start, item_end=sent.start + n.end,
                                   flag="mention"))
    return out
