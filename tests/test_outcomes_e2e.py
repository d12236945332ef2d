"""Outcomes end to end: the corpus in every rendering against ../shared/gold, with the targets of
issue 5 as assertions, and `qlcli outcomes --unit 木耳镇金刚村` from a store."""
from __future__ import annotations

import json
from dataclasses import asdict

import pytest
from typer.testing import CliRunner

from conftest import CORPUS, FORMATS, STEMS, gold, needs_corpus, needs_gold, read

from qlcli.cli import app
from qlcli.evaluate import Report, norm, score_list

pytestmark = [needs_corpus, needs_gold]


@pytest.fixture(scope="session")
def extracted(lex):
    """Each corpus document extracted once per rendering: {(stem, fmt): Extraction}."""
    from qlcli.pipeline import extract_all

    return {(stem, fmt): extract_all(read(stem, fmt), lex) for stem in STEMS for fmt in FORMATS}


def _report(extracted, fmt: str) -> Report:
    rep = Report(fmt)
    for stem in STEMS:
        rows = [asdict(o) for o in extracted[(stem, fmt)].outcomes]
        score_list("outcomes", rows, gold(stem)["outcomes"], rep, stem)
    return rep


@pytest.mark.parametrize("fmt", FORMATS)
def test_outcomes_f1(extracted, fmt):
    sc = _report(extracted, fmt).scores["outcomes"]
    assert sc.f1 >= 0.97, (sc.tp, sc.fp, sc.fn)


@pytest.mark.parametrize("fmt", FORMATS)
def test_outcomes_qualifier_and_metric(extracted, fmt):
    acc = _report(extracted, fmt).acc
    assert acc["outcomes.qualifier"].value >= 0.97
    assert acc["outcomes.metric"].value >= 0.85


@pytest.mark.parametrize("fmt", FORMATS)
def test_outcomes_unit_attribution(extracted, fmt):
    acc = _report(extracted, fmt).acc["outcomes.unit"]
    assert acc.total >= 300 and acc.value >= 0.95, acc  # attribution needs cases and units: both must be there


@pytest.mark.parametrize("stem", STEMS)
def test_values_and_texts_are_exact(extracted, stem):
    """Every gold quantity is found with its text as written and its value in base units."""
    want = sorted((norm(g["text"]), float(g["value"]), g["measure_unit"])
                  for g in gold(stem)["outcomes"] if not g.get("optional"))
    got = [(norm(o.text), o.value, o.measure_unit) for o in extracted[(stem, "txt")].outcomes]
    missing = [w for w in want if w not in got or got.remove(w)]
    assert missing == []


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_every_rendering_gives_the_same_rows(extracted, stem, fmt):
    def rows(f):
        return [(o.text, o.value, o.measure_unit, o.qualifier, o.metric, o.unit, o.change_from, o.change_to)
                for o in extracted[(stem, f)].outcomes]

    assert rows(fmt) == rows("txt")


def test_outcomes_command_for_a_village(tmp_path):
    runner = CliRunner()
    store = str(tmp_path / "s.sqlite")

    def village_rows():
        result = runner.invoke(app, ["outcomes", "--unit", "木耳镇金刚村", "--store", store, "--format", "json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    result = runner.invoke(app, ["ingest", str(CORPUS / "raw"), "--store", store])
    assert result.exit_code == 0, result.output
    from_txt = village_rows()
    assert from_txt, "000's outcomes must belong to 木耳镇金刚村"
    texts = [r["text"] for r in from_txt]
    for t in ["260余亩", "1000亩", "92.5%", "8000吨", "800万元", "280万元", "1080万元"]:
        assert t in texts
    assert all(r["sentence"] and r["metric"] for r in from_txt)
    result = runner.invoke(app, ["ingest", str(CORPUS / "rendered"), "--store", store])
    assert result.exit_code == 0, result.output
    assert [r["text"] for r in village_rows()] == texts  # three renderings, shown once
    result = runner.invoke(app, ["outcomes", "--metric", "覆盖率", "--store", store, "--format", "csv"])
    assert result.exit_code == 0 and "92.5" in result.output
