"""`qlcli report`: the six tidy tables as CSV (or one xlsx workbook), report.md and its charts.

`--year` keeps the documents of that year (their date, or the year of the award lists they
publish, or the year in their number) and only that year's award lists; `--region` keeps the
documents whose region names it. Everything written is deterministic: a re-run on an unchanged
store rewrites the same bytes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..store import Store
from .output import atomic_write, write_csv
from .selection import select
from .tables import TABLES, columns


@dataclass
class ReportFiles:
    paths: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # for stderr: e.g. why no chart was drawn


class _Texts:
    """Normalised (or original-script) text of a document, fetched when evidence quotes it."""

    def __init__(self, store: Store):
        self.store, self.cache = store, {}

    def get(self, doc_id: str, default: str = "") -> str:
        if doc_id not in self.cache:
            row = self.store.db.execute("SELECT text, original FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
            self.cache[doc_id] = (row["original"] or row["text"] or "") if row else ""
        return self.cache[doc_id] or default


def write_report(store: Store, out: str | Path, year: int | None = None, region: str | None = None,
                 fmt: str = "csv", lex=None, charts: bool = True) -> ReportFiles:
    """The tidy tables (CSV with BOM, or one .xlsx), report.md and its charts, written atomically
    to `out`; `year`/`region` narrow the documents. Returns the files written."""
    from . import markdown
    from ..lexicon import load

    lex = lex or load()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    data = select(store, year, region)
    files = ReportFiles()
    if fmt == "xlsx":
        from .xlsx import write_xlsx

        path = out / "tables.xlsx"
        write_xlsx(path, {t: (columns(t), data.docs if t == "documents" else data.csv_rows[t]) for t in TABLES})
        files.paths.append(path)
    else:
        for t in TABLES:
            path = out / f"{t}.csv"
            write_csv(path, columns(t), data.docs if t == "documents" else data.csv_rows[t])
            files.paths.append(path)
    drawn = {"files": {}, "message": None}
    if charts:
        from .charts import draw

        drawn = draw(data, lex, out)
    if drawn["message"]:
        files.notes.append("charts: " + drawn["message"])
    md = markdown.build(data, lex, _Texts(store), drawn, tables=fmt)
    atomic_write(out / "report.md", md)
    files.paths.append(out / "report.md")
    files.paths += [out / f for f in drawn["files"].values()]
    return files
