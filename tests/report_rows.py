"""A store filled with realistic rows for the report tests, built from the gold annotations.

The report must not depend on how far the extractors have come: every row here is a gold row
of 000 (district notice: 21 units on three lists, eight cases) or 004 (a 2021 news story naming
木耳镇金刚村 again as 渝北区木耳镇金刚村), placed at the offsets where its text occurs in the
real document, so evidence links point at real sentences.
"""
from __future__ import annotations

import re

from conftest import gold, read

from qlcli.extract.text import sentence_at
from qlcli.model import Case, DocMeta, Extraction, Measure, Outcome, Tier, Unit, Warning

YUBEI = "000_058f1ec3c92ba178"
NEWS = "004_e661d1e8b408d5f6"
PLAN = "001_9bea1109a6fc303f"


def dimension(family: str, item: str) -> str | None:
    """What the measures extractor gives: 党建引廉 → 党建, 自治 → 自治."""
    if family.endswith("廉") and item.endswith("廉") and len(item) == 4:
        return item[:2]
    if family.endswith("治") and re.fullmatch(r"[自法德政智]治", item):
        return item
    return None


def _sentence(doc, offset: int, length: int) -> tuple[str, int, int]:
    s = sentence_at(doc, offset)
    if s is None:
        return doc.text[offset:offset + length], offset, offset + length
    return s.text, s.start, s.end


def _find(text: str, needle: str, pos: int) -> int:
    """Next occurrence at or after pos, else the first one anywhere, else -1."""
    i = text.find(needle, pos)
    return i if i >= 0 else text.find(needle)


def _case_of(cases: list[Case], unit: str | None) -> Case | None:
    return next((c for c in cases if unit and c.unit == unit), None)


def extraction(stem: str, fmt: str = "txt") -> tuple[object, Extraction]:
    """The document as read, and an Extraction holding the gold rows of it."""
    doc, g = read(stem, fmt), gold(stem)
    text = doc.text
    meta = DocMeta(doc_type=g["doc_type"], title=g["title"], doc_number=g["doc_number"],
                   issuers=list(g["issuers"]), date=g["date"], region=g["region"])
    units = []
    for u in g["units"]:
        at = text.find(u["name"])
        at = at if at >= 0 else text.find(u["village"])
        sent, s, e = _sentence(doc, max(at, 0), len(u["name"]))
        county = u["name"][:u["name"].find(u["town"])] if u["town"] and u["name"].find(u["town"]) > 0 else None
        units.append(Unit(u["name"], county=county, town=u["town"], village=u["village"], kind=u["kind"],
                          mentions=max(1, text.count(u["village"])), sentence=sent, start=s, end=e))
    by_name = {u.unit: u for u in units}
    cases = []
    for i, c in enumerate(g["cases"], 1):  # the title's last occurrence: the first may be a list line
        hits = list(re.finditer(r"\s*".join(map(re.escape, c["title"])), text))
        at = hits[-1].start() if hits else 0
        cases.append(Case(f"case{i:02d}", c["unit"], c["title"], i, start=at, sentence=hits[-1].group() if hits
                          else c["title"]))
    cases.sort(key=lambda c: c.start)
    for a, b in zip(cases, cases[1:] + [None]):
        a.end = b.start if b else len(text)
    tiers, seen = [], {}
    for t in g["tiers"]:
        seen[t["tier"]] = seen.get(t["tier"], 0) + 1
        at = text.find("\n" + t["unit"] + "\n")
        sent, s, e = _sentence(doc, at + 1, len(t["unit"]))
        u = by_name.get(t["unit"])
        tiers.append(Tier(g["doc_number"], g["region"], t["year"], t["level"], t["tier"], t["unit"],
                          town=u.town if u else None, village=u.village if u else None, kind=u.kind if u else None,
                          attachment={"标杆": "附件1", "优秀": "附件2", "合格": "附件3"}.get(t["tier"]),
                          position=seen[t["tier"]], honour=f"{t['year']}年度清廉村居建设{t['level']}{t['tier']}单位",
                          sentence=sent, start=s, end=e))
    measures, pos = [], 0
    for m in g["measures"]:
        if m.get("optional"):
            continue
        c = _case_of(cases, m["unit"])
        at = _find(text, m["item"], max(pos, c.start if c else 0))
        pos = at if at >= 0 else pos
        sent, s, e = _sentence(doc, max(at, 0), len(m["item"]))
        measures.append(Measure(c.case_id if c else None, m["unit"], m["family"], m["item"],
                                dimension(m["family"], m["item"]), sent, s, e, item_start=at,
                                item_end=at + len(m["item"])))
    outcomes, pos = [], 0
    for o in g["outcomes"]:
        if o.get("optional"):
            continue
        at = _find(text, o["text"], pos)
        pos = at + 1 if at >= 0 else pos
        sent, s, e = _sentence(doc, max(at, 0), len(o["text"]))
        c = _case_of(cases, o["unit"])
        outcomes.append(Outcome(c.case_id if c else None, o["unit"], o["text"], o["value"], o["measure_unit"],
                                o["qualifier"], o["metric"], sentence=sent, start=s, end=e, text_start=at,
                                text_end=at + len(o["text"])))
    warnings = []
    if stem == YUBEI:
        at = text.find("附件：")
        sent, s, e = _sentence(doc, at, 3)
        warnings.append(Warning("attachment_order", "the attachment line lists 1, 2, 4: 附件3 is not listed",
                                sent, s, e))
    return doc, Extraction(meta=meta, units=units, tiers=tiers, cases=cases, measures=measures,
                           outcomes=outcomes, warnings=warnings)


def fill(store, stems=(YUBEI, NEWS), fmt: str = "txt") -> None:
    for stem in stems:
        doc, ex = extraction(stem, fmt)
        store.put(doc, ex, pipeline="gold")
