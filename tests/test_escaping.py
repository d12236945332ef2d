"""Everything printed is escaped for where it goes: terminal (control characters, rich markup),
Markdown cells (| and line breaks), CSV/xlsx (formula injection). Files with hostile names are
made in a temporary folder and run through ingest, docs, units and report."""
import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from qlcli.cli import app
from qlcli.reports.markdown import esc
from qlcli.reports.output import md_escape, md_table, safe_cell, term_safe

runner = CliRunner()
# anything a terminal would act on; \n is the only control character output may hold
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
TEXT = "重庆市渝北区木耳镇金刚村坚持党建引领，2023年开展清廉村居建设，整改土地260余亩。\n"

# name → content (b"" makes a file that fails: its name then appears in the error lines)
HOSTILE = {
    "\x1b[31mred\x1b[0m.txt": TEXT,
    "cr\rover.txt": TEXT,
    "new\nline.txt": TEXT,
    "pipe|name.txt": TEXT,
    "=cmd.txt": TEXT,
    "@SUM(1+1).txt": TEXT,
    "bell\x07.txt": TEXT,
    "rtl\u202etxt.exe.txt": TEXT,
    "c1\x9bcsi.txt": TEXT,
    "[bold red]loud.txt": TEXT,
    "\x1b]0;pwned\x07title.docx": b"",
    "[link=file:x]click.docx": b"",
    "=HYPERLINK(1).docx": b"",
    "tab\tand|pipe\n.docx": b"",
}

# --- dev examples ----------------------------------------------------------------------------
TERM = [
    ("plain 木耳镇金刚村.docx", "plain 木耳镇金刚村.docx"),
    ("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"),
    ("a\rb", "a\\rb"),
    ("a\nb", "a\\nb"),
    ("tab\there", "tab\\there"),
    ("bell\x07", "bell\\x07"),
    ("nul\x00", "nul\\x00"),
    ("del\x7f", "del\\x7f"),
    ("csi\x9b2J", "csi\\x9b2J"),
    ("rtl\u202etxt.exe", "rtl\\u202etxt.exe"),
    ("isolate\u2066x\u2069", "isolate\\u2066x\\u2069"),
    ("line\u2028sep", "line\\u2028sep"),
    ("[red]x[/red]", "[red]x[/red]"),  # markup is not a control character: printed as rich Text
    (None, ""),
    (3.0, "3"),
]


@pytest.mark.parametrize("raw,want", TERM)
def test_term_safe(raw, want):
    assert term_safe(raw) == want


def test_term_safe_keeps_line_breaks_when_asked():
    assert term_safe("a\nb\rc", newlines=True) == "a\nb\\rc"


FORMULAS = [
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ("+86 138 0000", "'+86 138 0000"),
    ("-2+3+cmd", "'-2+3+cmd"),
    ("@SUM(1+1)", "'@SUM(1+1)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("-4.6", "-4.6"),  # a number stays a number
    (-4.6, "-4.6"),
    ("木耳镇=金刚村", "木耳镇=金刚村"),
    ("  =1+1", "'  =1+1"),  # spreadsheets skip leading spaces before a formula
    ("\u3000@SUM(A1)", "'\u3000@SUM(A1)"),
    (" -4.6", " -4.6"),
]


@pytest.mark.parametrize("raw,want", FORMULAS)
def test_csv_cells_never_start_a_formula(raw, want):
    assert safe_cell(raw) == want


def cells(line: str) -> list[str]:
    """A Markdown table row split on its unescaped pipes."""
    return re.split(r"(?<!\\)\|", line.strip())[1:-1]


@pytest.mark.parametrize("escape", [md_escape, esc])
@pytest.mark.parametrize("raw", ["a|b", "a\nb", "a\r\nb|c\rd", "end\\", "\\|", "x\x1b[2Jy", "|||"])
def test_markdown_cells_keep_the_column_count(escape, raw):
    line = f"| {escape(raw)} | next |"
    assert "\n" not in line and not RAW_CONTROL.search(line)
    assert len(cells(line)) == 2


def test_md_table_rows_have_the_header_width():
    table = md_table(["a", "b"], [{"a": "x|y\nz", "b": "\x1b[31m"}, {"a": "\\", "b": "|"}])
    widths = {len(cells(ln)) for ln in table.splitlines() if not ln.startswith("|---")}
    assert widths == {2}


# --- end to end with hostile file names ------------------------------------------------------
@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "in"
    folder.mkdir()
    for name, content in HOSTILE.items():
        p = folder / name
        p.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    store = root / "out" / "s.sqlite"
    mp = pytest.MonkeyPatch()
    mp.setenv("COLUMNS", "400")  # rich tables wide enough not to fold a name
    result = runner.invoke(app, ["ingest", str(folder), "--store", str(store), "--jobs", "1"])
    report = runner.invoke(app, ["report", "--store", str(store), "--out", str(root / "out"), "--no-charts"])
    yield {"root": root, "store": store, "ingest": result, "report": report}
    mp.undo()


def test_ingest_prints_names_escaped(hostile):
    result = hostile["ingest"]
    assert result.exit_code == 1  # the empty .docx files fail
    out = result.output
    assert not RAW_CONTROL.search(out), repr(RAW_CONTROL.search(out))
    assert "\\x1b]0;pwned\\x07title.docx: empty file" in out
    assert "[link=file:x]click.docx: empty file" in out  # markup printed as written
    assert "tab\\tand|pipe\\n.docx" in out
    assert "14 files" in out


def test_docs_table_shows_names_literally(hostile):
    result = runner.invoke(app, ["docs", "--store", str(hostile["store"])], env={"COLUMNS": "400"})
    out = result.output
    assert result.exit_code == 0 and not RAW_CONTROL.search(out)
    for shown in ("\\x1b[31mred\\x1b[0m.txt", "cr\\rover.txt", "new\\nline.txt", "[bold red]loud.txt",
                  "rtl\\u202etxt.exe.txt", "c1\\x9bcsi.txt", "bell\\x07.txt"):
        assert shown in out, shown


def test_docs_markdown_keeps_its_columns(hostile):
    result = runner.invoke(app, ["docs", "--store", str(hostile["store"]), "--format", "md"])
    lines = [ln for ln in result.output.splitlines() if ln.startswith("|") and not ln.startswith("|---")]
    assert len(lines) == 1 + len(HOSTILE)
    assert len({len(cells(ln)) for ln in lines}) == 1
    assert not RAW_CONTROL.search(result.output)


def test_docs_csv_and_json_on_stdout(hostile):
    result = runner.invoke(app, ["docs", "--store", str(hostile["store"]), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    names = {r["file_name"] for r in rows}
    assert "'=cmd.txt" in names and "'@SUM(1+1).txt" in names and "=cmd.txt" not in names
    assert "new\nline.txt" in names  # data stays data in a pipe (quoted by csv)
    result = runner.invoke(app, ["docs", "--store", str(hostile["store"]), "--format", "json"])
    assert not RAW_CONTROL.search(result.output)
    assert {r["file_name"] for r in json.loads(result.output)} >= {"rtl\u202etxt.exe.txt", "c1\x9bcsi.txt"}


def test_error_report_csv_neutralises_formulas(hostile):
    text = (hostile["store"].parent / "ingest_errors.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["file_name"] for r in rows if r["status"] == "failed"} == {
        n for n, c in HOSTILE.items() if c == b"" and not n.startswith("=")} | {"'=HYPERLINK(1).docx"}


def test_report_files_are_escaped(hostile):
    assert hostile["report"].exit_code == 0, hostile["report"].output
    assert not RAW_CONTROL.search(hostile["report"].output)
    out = hostile["root"] / "out"
    md = (out / "report.md").read_text(encoding="utf-8")
    assert not RAW_CONTROL.search(md)
    block: list[str] = []
    for line in md.splitlines() + [""]:  # every Markdown table keeps its column count
        if line.startswith("|"):
            block.append(line)
        elif block:
            assert len({len(cells(ln)) for ln in block}) == 1, block
            block = []
    docs = list(csv.DictReader(io.StringIO((out / "documents.csv").read_text(encoding="utf-8-sig"))))
    names = {r["file_name"] for r in docs}
    assert "'=cmd.txt" in names and "'=HYPERLINK(1).docx" in names
    assert not any(r[c].startswith(("=", "+", "@")) for r in docs for c in r)


def test_units_table_is_escaped(hostile):
    result = runner.invoke(app, ["units", "--store", str(hostile["store"]), "--format", "csv"])
    assert "金刚村" in result.output  # the hostile files were read, not just listed
    docs = next(r["docs"] for r in csv.DictReader(io.StringIO(result.output)) if r["village"] == "金刚村")
    assert "=cmd.txt" in docs


def test_progress_shows_a_name_as_written():
    from qlcli.views import IngestProgress

    with IngestProgress() as p:
        p.advance(1, "[bold]x\x1b[2J.txt", total=2)
        task = p.progress.tasks[0]
        shown = p.progress.columns[-1].render(task)
    assert shown.plain == "[bold]x\\x1b[2J.txt"
