"""What `make run` does, end to end on the sample documents in data/raw with the real extractors:
six CSVs, report.md and its charts, consistent with the store, every link and quote sound."""
from __future__ import annotations

import csv
import io
import re
from collections import Counter

import pytest
from typer.testing import CliRunner

from conftest import ROOT

from qlcli.cli import app
from qlcli.reports import charts
from qlcli.reports.tables import TABLES
from qlcli.store import Store

RAW = ROOT / "data" / "raw"
runner = CliRunner()
pytestmark = pytest.mark.skipif(not any(RAW.glob("*.docx")), reason=f"no sample documents in {RAW}")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    d = tmp_path_factory.mktemp("run")
    store = d / "qlcli.sqlite"
    result = runner.invoke(app, ["ingest", str(RAW), "--store", str(store)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["report", "--store", str(store), "--out", str(d)])
    assert result.exit_code == 0, result.output
    return d, Store(store), (d / "report.md").read_text(encoding="utf-8")


def test_six_tables_and_the_report(run):
    out, store, md = run
    for t in TABLES:
        rows = list(csv.DictReader(io.StringIO((out / f"{t}.csv").read_text(encoding="utf-8-sig"))))
        assert len(rows) == (len(store.documents()) if t == "documents" else len(store.rows(t)))
    assert md.startswith("# 清廉村居 report\n\n3 documents · ")


def test_report_counts_match_the_store(run):
    _, store, md = run
    docs = store.documents()
    body = md[md.index("|  | type"):]
    lines = [ln for ln in body.splitlines() if ln.startswith("| <a id=")]
    assert len(lines) == len(docs)
    for ln, d in zip(lines, docs):
        counts = [c.strip() for c in re.split(r"(?<!\\)\|", ln)[-6:-1]]
        assert counts == [str(Counter(r["doc_id"] for r in store.rows(t))[d["doc_id"]])
                          for t in ("units", "tiers", "cases", "measures", "outcomes")]


def test_links_resolve_and_quotes_are_the_text(run):
    _, store, md = run
    assert set(re.findall(r"\]\(#([^)]+)\)", md)) <= set(re.findall(r'<a id="([^"]+)"></a>', md))
    texts = {d["doc_id"]: d["text"] for d in store.documents(include_text=True)}
    for doc, start, end, quote in re.findall(r"^- <a id=\"e\d+\"></a>\*\*E\d+\*\* \S+ (\S+) §(\d+)–(\d+): (.*)$",
                                             md, re.M):
        plain = re.sub(r"\\(.)", r"\1", quote.replace("<b>", "").replace("</b>", ""))
        assert plain == texts[doc.replace("\\_", "_")][int(start):int(end)]


def test_charts_when_there_is_data_and_a_font(run):
    out, store, md = run
    font, why = charts.find_font()
    if font is None:
        assert "Charts not drawn" in md and not list(out.glob("*.png"))
        return
    assert (out / "outcomes_by_kind.png").exists() == bool(store.rows("outcomes"))
    assert ("![outcomes per unit by kind](outcomes_by_kind.png)" in md) == bool(store.rows("outcomes"))
