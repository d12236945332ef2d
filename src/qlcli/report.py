"""`qlcli report`: the six tidy tables as CSV (or one xlsx workbook) and report.md."""
from __future__ import annotations

from pathlib import Path

from .output import write_csv
from .store import Store
from .tables import TABLES, columns, table_rows


def write_report(store: Store, out: str | Path, year: int | None = None, region: str | None = None,
                 fmt: str = "csv") -> list[Path]:
    out = Path(out)
    written = []
    for table in TABLES:
        path = out / f"{table}.csv"
        write_csv(path, columns(table), table_rows(store, table))
        written.append(path)
    return written
