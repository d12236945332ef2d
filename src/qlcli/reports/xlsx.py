"""The tidy tables as one Excel workbook, a sheet per table (openpyxl, the `xlsx` extra).

Text that looks like a formula is stored as text with Excel's quote prefix, so a spreadsheet
never runs it; numbers stay numbers. The workbook carries fixed dates, so a re-run on the same
store writes the same bytes.
"""
from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from .output import atomic_write, starts_formula

FIXED = datetime(2000, 1, 1)
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
RE_CORE_DATE = re.compile(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")
RE_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _value(v):
    if v is None or isinstance(v, (int, float)):
        return v
    return RE_ILLEGAL.sub("", str(v))


def workbook_bytes(sheets: dict[str, tuple[list[str], list[dict]]]) -> bytes:
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Font
    except ImportError:
        raise RuntimeError("--format xlsx needs openpyxl: pip install 'qlcli[xlsx]' (or use --format csv)")
    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    for name, (columns, rows) in sheets.items():
        ws = wb.create_sheet(name[:31])
        for j, c in enumerate(columns, 1):
            ws.cell(1, j, c).font = bold
        for i, r in enumerate(rows, 2):
            for j, c in enumerate(columns, 1):
                v = _value(r.get(c))
                cell = ws.cell(i, j, v)
                if isinstance(v, str) and starts_formula(v):
                    cell.data_type = "s"  # never a formula
                    cell.quotePrefix = True
        ws.freeze_panes = "A2"
    wb.properties.creator = "qlcli"
    wb.properties.created = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    return _fixed_zip(buf.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same archive with fixed member dates and document dates (openpyxl stamps the time of saving)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = RE_CORE_DATE.sub(rf"\g<1>{FIXED:%Y-%m-%dT%H:%M:%SZ}\g<2>", content.decode()).encode()
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, content)
    return out.getvalue()


def write_xlsx(path: str | Path, sheets: dict[str, tuple[list[str], list[dict]]]) -> None:
    atomic_write(path, workbook_bytes(sheets))
