"""What a report covers: the documents chosen by --year / --region, their rows, and the grouping
the report needs (one rendering per document, outcome kinds, tier order).

The CSV tables keep every file's rows (a .docx and a .pdf of one notice are two files);
report.md shows each document once, from its first rendering by file name.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..store import Store
from .profiles import Profiles, build, norm
from .tables import TABLES, table_rows

RE_NUMBER_YEAR = re.compile(r"[〔\[［(（](\d{4})[〕\]］)）]")


@dataclass
class ReportData:
    docs: list[dict]  # every selected file (documents.csv)
    primary: list[dict]  # one readable rendering per document, in file-name order
    failed: list[dict]  # selected files that could not be read
    other_renderings: dict[str, list[str]]  # primary doc_id → the other files of the same document
    csv_rows: dict[str, list[dict]]  # table → rows of every selected file
    rows: dict[str, list[dict]]  # table → rows of the primary renderings (what report.md shows)
    warnings: list[dict]
    profiles: Profiles
    year: int | None = None
    region: str | None = None
    left_out: list[str] = field(default_factory=list)  # notes on what the filters removed
    label: dict[str, str] = field(default_factory=dict)  # doc_id → D1, D2 … (also for renderings)


UNIT_TABLES = ("units", "tiers", "cases", "measures", "outcomes")


def _in_region(row: dict, want: str) -> bool:
    """A row whose unit (or its county/town/region) names the region."""
    return any(want in norm(row.get(k)) for k in ("unit", "county", "town", "region"))


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def doc_year(doc: dict, tier_years: set[int]) -> int | None:
    """The year a document is about: its date, else the year of its award lists, else its number's."""
    if doc.get("date"):
        return int(doc["date"][:4])
    if tier_years:
        return max(tier_years)
    m = RE_NUMBER_YEAR.search(doc.get("doc_number") or "")
    return int(m.group(1)) if m else None


def _same_document_key(doc: dict) -> tuple | None:
    """Renderings of one document (.txt/.docx/.pdf) share title, number, date and issuers."""
    if doc.get("status") == "failed" or not doc.get("title"):
        return None
    return (norm(doc["title"]), norm(doc.get("doc_number")), doc.get("date") or "", norm(doc.get("issuers")))


def select(store: Store, year: int | None = None, region: str | None = None) -> ReportData:
    docs = table_rows(store, "documents")
    all_rows = {t: table_rows(store, t) for t in TABLES if t != "documents"}
    warnings = store.rows("warnings")
    tier_years: dict[str, set[int]] = defaultdict(set)
    for r in all_rows["tiers"]:
        if r.get("year"):
            tier_years[r["doc_id"]].add(int(r["year"]))
    left_out = []
    # filters choose among readable files; an unreadable one may be of any year or region, so it stays
    keep = [d for d in docs if d.get("status") != "failed"]
    partial: set[str] = set()  # documents about another region kept for the rows of units in this one
    if region:
        want = norm(region)
        about = [d for d in keep if want in norm(d.get("region"))]
        inside = {r["doc_id"] for t in UNIT_TABLES for r in all_rows[t] if _in_region(r, want)}
        partial = {d["doc_id"] for d in keep if d not in about and d["doc_id"] in inside}
        kept = [d for d in keep if d in about or d["doc_id"] in partial]
        if len(kept) < len(keep):
            left_out.append(f"{plural(len(keep) - len(kept), 'file')} about other regions (or no stated region)")
        if partial:
            left_out.append(f"from {plural(len(partial), 'file')} about a wider area, only the rows of units in "
                            f"{region}")
        keep = kept
    if year is not None:
        kept = [d for d in keep if year in tier_years[d["doc_id"]] or doc_year(d, tier_years[d["doc_id"]]) == year]
        unknown = sum(1 for d in keep if d not in kept and doc_year(d, tier_years[d["doc_id"]]) is None)
        if len(kept) < len(keep):
            note = f"{plural(len(keep) - len(kept), 'file')} of other years"
            left_out.append(note + (f" ({unknown} with no year found)" if unknown else ""))
        keep = kept
    chosen = {d["doc_id"] for d in keep}
    docs = [d for d in docs if d["doc_id"] in chosen or d.get("status") == "failed"]
    ids = {d["doc_id"] for d in docs}
    csv_rows = {t: [r for r in rows if r["doc_id"] in ids and (r["doc_id"] not in partial or t not in UNIT_TABLES
                                                               or _in_region(r, norm(region)))]
                for t, rows in all_rows.items()}
    if year is not None:  # a notice of 2024 may publish the lists of 2023 and earlier years
        csv_rows["tiers"] = [r for r in csv_rows["tiers"] if r.get("year") == year]

    primary, failed, others, seen = [], [], {}, {}
    for d in docs:
        if d.get("status") == "failed":
            failed.append(d)
            continue
        key = _same_document_key(d)
        if key is not None and key in seen:
            others[seen[key]].append(d["doc_id"])
            continue
        if key is not None:
            seen[key] = d["doc_id"]
        others[d["doc_id"]] = []
        primary.append(d)
    shown = {d["doc_id"] for d in primary}
    rows = {t: [r for r in rs if r["doc_id"] in shown] for t, rs in csv_rows.items()}
    label = {}
    for i, d in enumerate(primary, 1):
        label[d["doc_id"]] = f"D{i}"
        for o in others[d["doc_id"]]:
            label[o] = f"D{i}"
    return ReportData(docs=docs, primary=primary, failed=failed, other_renderings=others, csv_rows=csv_rows,
                      rows=rows, warnings=[w for w in warnings if w["doc_id"] in shown], profiles=build(rows),
                      year=year, region=region, left_out=left_out, label=label)


# --- outcome kinds ---------------------------------------------------------------------------
DEFAULT_KIND = "counts"


def kinds(lex) -> dict[str, list[str]]:
    """Kind → measure words, in report order (data/report.toml [outcome_kinds])."""
    found = dict(lex.section("report").get("outcome_kinds", {}))
    found.setdefault(DEFAULT_KIND, [])
    return found


def kind_of(measure_unit: str | None, table: dict[str, list[str]]) -> str:
    mu = norm(measure_unit)
    for kind, words in table.items():
        if mu in (norm(w) for w in words):
            return kind
    return DEFAULT_KIND


def kind_label(kind: str, lex) -> str:
    return lex.section("report").get("kind_labels", {}).get(kind, kind)


def tier_rank(tier: str | None, lex) -> tuple[int, str]:
    order = lex.words("report", "tier_order")
    t = norm(tier)
    return (order.index(t) if t in order else len(order), t)
