"""The tidy tables of ../shared/OUTPUTS.md: their columns, in order, and their rows from the store.

The contract columns come first and are never renamed or removed; evidence columns that
help a person trace a row are added after them.
"""
from __future__ import annotations

from ..db import ReadStore as Store

COLUMNS = {
    "documents": ["doc_id", "path", "file_name", "sha256", "format", "doc_type", "title", "doc_number", "issuers",
                  "date", "region", "n_chars", "status", "error"],
    "units": ["doc_id", "unit", "province", "city", "county", "town", "village", "kind", "mentions"],
    "tiers": ["doc_id", "doc_number", "region", "year", "level", "tier", "unit", "town", "village", "kind",
              "attachment", "position"],
    "cases": ["doc_id", "case_id", "unit", "title", "position"],
    "measures": ["doc_id", "case_id", "unit", "family", "item", "dimension", "sentence", "start", "end"],
    "outcomes": ["doc_id", "case_id", "unit", "text", "value", "measure_unit", "qualifier", "metric",
                 "change_from", "change_to", "sentence", "start", "end"],
}
EXTRA = {
    "documents": ["script", "region_full"],
    "units": ["adcode", "resolution", "sentence", "start", "end"],
    "tiers": ["adcode", "resolution", "honour", "sentence", "start", "end"],
    "cases": ["sections", "start", "end"],
    "measures": ["item_start", "item_end", "flag"],
    "outcomes": ["text_start", "text_end"],
}
TABLES = list(COLUMNS)


def columns(table: str) -> list[str]:
    return COLUMNS[table] + EXTRA[table]


def table_rows(store: Store, table: str, doc_ids: set[str] | None = None) -> list[dict]:
    """Rows of one tidy table in a stable order (by file name, then document order)."""
    docs = store.documents(columns=None if table == "documents" else ())  # only the order, unless listed
    order = {d["doc_id"]: i for i, d in enumerate(docs)}
    if table == "documents":
        rows = docs
    else:
        rows = store.rows(table)
        rows.sort(key=lambda r: order.get(r["doc_id"], 1 << 30))  # stable: keeps document order within
    if doc_ids is not None:
        rows = [r for r in rows if r["doc_id"] in doc_ids]
    return rows
