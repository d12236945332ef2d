"""The CLI end to end through Typer's CliRunner: exit codes, formats, the documents table."""
import csv
import io
import json
import shutil

import pytest
from typer.testing import CliRunner

from conftest import CORPUS, needs_corpus

from qlcli.cli import app
from qlcli.reports.tables import COLUMNS

runner = CliRunner()
pytestmark = needs_corpus


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    result = runner.invoke(app, ["ingest", str(CORPUS / "rendered"), "--store", str(d / "s.sqlite")])
    assert result.exit_code == 0, result.output
    return d / "s.sqlite"


def test_help_teaches():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0 and "qlcli ingest data/raw" in result.output
    result = runner.invoke(app, ["ingest", "--help"])
    assert "Exit 0 when every file was read, 1 when some failed" in " ".join(result.output.split())


def test_ingest_summary_and_rerun(store):
    result = runner.invoke(app, ["ingest", str(CORPUS / "rendered"), "--store", str(store)])
    assert result.exit_code == 0
    assert "10 files" in result.output
    assert "unchanged" in result.output


def test_missing_folder_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "--store", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 2 and "is not a folder" in result.output


def test_failures_exit_1_and_are_listed(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(CORPUS / "bad" / "empty.docx", d)
    shutil.copy(CORPUS / "bad" / "gbk.txt", d)
    result = runner.invoke(app, ["ingest", str(d), "--store", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 1
    assert "empty.docx: empty file" in result.output
    rows = list(csv.DictReader(io.StringIO((tmp_path / "ingest_errors.csv").read_text(encoding="utf-8-sig"))))
    assert [(r["file_name"], r["status"]) for r in rows] == [("empty.docx", "failed")]


def test_no_store_yet_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["docs", "--store", str(tmp_path / "none.sqlite")])
    assert result.exit_code == 2 and "qlcli ingest" in result.output


def test_docs_as_json(store):
    result = runner.invoke(app, ["docs", "--store", str(store), "--format", "json"])
    rows = json.loads(result.output)
    assert len(rows) == 10
    notice = next(r for r in rows if r["doc_id"] == "000_058f1ec3c92ba178.pdf")
    assert notice["doc_number"] == "渝北民〔2024〕8号" and notice["doc_type"] == "notice"


def test_report_writes_documents_csv_per_contract(store, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["report", "--store", str(store), "--out", str(out)])
    assert result.exit_code == 0, result.output
    raw = (out / "documents.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0])[:len(COLUMNS["documents"])] == COLUMNS["documents"]
    plan = next(r for r in rows if r["file_name"] == "001_9bea1109a6fc303f.docx")
    assert (plan["doc_type"], plan["date"], plan["region"]) == ("plan", "2023-07-17", "重庆市綦江区通惠街道")
    assert plan["issuers"] == "重庆市綦江区人民政府通惠街道办事处"
    news = next(r for r in rows if r["file_name"] == "002_e141ba01a0ffc756.pdf")
    assert news["date"] == "2022-12-09" and news["n_chars"].isdigit()


def test_segment_keeps_domain_words_whole(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("村务监督委员会严格落实四议两公开，规范小微权力运行。", encoding="utf-8")
    result = runner.invoke(app, ["segment", str(p)])
    assert result.exit_code == 0
    words = result.output.strip().split(" / ")
    assert "村务监督委员会" in words and "四议两公开" in words and "小微权力" in words
