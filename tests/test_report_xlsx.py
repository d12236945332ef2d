"""`qlcli report --format xlsx`: one workbook, a sheet per table, formulas never run, same bytes
on a re-run; and the report command end to end through the CLI."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from conftest import needs_gold
from report_rows import NEWS, YUBEI, extraction, fill

from qlcli.cli import app
from qlcli.model import Extraction, Tier
from qlcli.reports.tables import TABLES, columns
from qlcli.reports.writer import write_report
from qlcli.store import Store

pytestmark = needs_gold
openpyxl = pytest.importorskip("openpyxl")
runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "s.sqlite"
    st = Store(path)
    fill(st, (YUBEI, NEWS))
    doc, ex = extraction(YUBEI)
    doc.doc_id, doc.path, doc.file_name = "evil.txt", "/in/evil.txt", "evil.txt"
    ex = Extraction(meta=ex.meta, tiers=[Tier("=1+2", None, 2023, None, "标杆", "=HYPERLINK(\"http://x\")",
                                              position=1, start=0, end=5)])
    st.put(doc, ex, pipeline="test")
    return st


@pytest.fixture(scope="module")
def book(store, tmp_path_factory):
    out = tmp_path_factory.mktemp("xlsx-out")
    files = write_report(store, out, fmt="xlsx", charts=False)
    assert [p.name for p in files.paths] == ["tables.xlsx", "report.md"]
    assert not list(out.glob("*.csv"))
    return out


def test_one_sheet_per_table_with_contract_columns(book, store):
    wb = openpyxl.load_workbook(book / "tables.xlsx")
    assert wb.sheetnames == TABLES
    for t in TABLES:
        rows = list(wb[t].iter_rows(values_only=True))
        assert list(rows[0]) == columns(t)
        assert len(rows) - 1 == (len(store.documents()) if t == "documents" else len(store.rows(t)))
    outcomes = wb["outcomes"]
    head = [c.value for c in outcomes[1]]
    money = next(r for r in outcomes.iter_rows(min_row=2) if r[head.index("text")].value == "800万元")
    assert money[head.index("value")].value == 8000000 and money[head.index("value")].data_type == "n"
    assert money[head.index("qualifier")].value == "约"


def test_formula_text_is_stored_as_text(book):
    ws = openpyxl.load_workbook(book / "tables.xlsx")["tiers"]
    head = [c.value for c in ws[1]]
    evil = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "evil.txt")
    for col, text in (("unit", "=HYPERLINK(\"http://x\")"), ("doc_number", "=1+2")):
        cell = evil[head.index(col)]
        assert cell.value == text and cell.data_type == "s" and cell.quotePrefix


def test_report_points_to_the_workbook(book):
    md = (book / "report.md").read_text(encoding="utf-8")
    assert "[tables.xlsx](tables.xlsx), a sheet per table" in md and "documents.csv" not in md


def test_xlsx_rerun_is_byte_identical(store, book, tmp_path):
    write_report(store, tmp_path, fmt="xlsx", charts=False)
    assert (tmp_path / "tables.xlsx").read_bytes() == (book / "tables.xlsx").read_bytes()


# --- the command ----------------------------------------------------------------------------
def test_cli_report_lists_what_it_wrote(store, tmp_path):
    result = runner.invoke(app, ["report", "--store", str(store.path), "--out", str(tmp_path), "--no-charts",
                                 "--year", "2023"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:7] == [str(tmp_path / f"{t}.csv") for t in TABLES] + \
        [str(tmp_path / "report.md")]
    assert "Filtered to year 2023" in (tmp_path / "report.md").read_text(encoding="utf-8")


def test_cli_report_rejects_an_unknown_format(store, tmp_path):
    result = runner.invoke(app, ["report", "--store", str(store.path), "--out", str(tmp_path), "--format", "pdf"])
    assert result.exit_code == 2 and "unknown --format 'pdf': use one of csv, xlsx" in result.output


def test_cli_report_help_teaches():
    result = runner.invoke(app, ["report", "--help"])
    text = " ".join(result.output.split())
    assert "Example: qlcli report --year 2023 --out data/out/2023" in text and "QLCLI_FONT" in text
