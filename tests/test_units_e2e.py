"""Units and tiers end to end: every rendering of the corpus against the gold (issue 3's targets as
assertions), the same rows from .txt, .docx and .pdf, and `qlcli tiers 2023` / `qlcli units`."""
import csv
import io
import shutil
from collections import Counter

import pytest
from typer.testing import CliRunner

from conftest import FORMATS, STEMS, gold, needs_corpus, needs_gold, read, rendering

from qlcli.cli import app
from qlcli.evaluate import key_of
from qlcli.extract.meta import extract_meta
from qlcli.extract.tiers import extract_tiers
from qlcli.extract.units import extract_units
from qlcli.reports.tables import COLUMNS

pytestmark = [needs_corpus, needs_gold]
runner = CliRunner()


@pytest.fixture(scope="session")
def extracted(lex):
    """(stem, fmt) → (units, tiers, warnings, meta), each document read and extracted once."""
    out = {}
    for stem in STEMS:
        for fmt in FORMATS:
            doc = read(stem, fmt)
            meta = extract_meta(doc, lex)
            units = extract_units(doc, lex, meta)
            tiers, warnings = extract_tiers(doc, meta, units, lex)
            out[stem, fmt] = (units, tiers, warnings, meta)
    return out


def _score(kind: str, fmt: str, extracted) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for stem in STEMS:
        units, tiers, _, _ = extracted[stem, fmt]
        got = units if kind == "units" else tiers
        pred = Counter(key_of(kind, vars(r)) for r in got)
        want = Counter(key_of(kind, r) for r in gold(stem)[kind])
        tp += sum((pred & want).values())
        fp += sum((pred - want).values())
        fn += sum((want - pred).values())
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@pytest.mark.parametrize("fmt", FORMATS)
def test_units_f1_at_least_098(fmt, extracted):
    assert _score("units", fmt, extracted)[2] >= 0.98


@pytest.mark.parametrize("fmt", FORMATS)
def test_tiers_f1_is_1(fmt, extracted):
    assert _score("tiers", fmt, extracted) == (1.0, 1.0, 1.0)


@pytest.mark.parametrize("stem", STEMS)
def test_every_rendering_gives_the_same_rows(stem, extracted):
    def view(fmt):
        units, tiers, warnings, _ = extracted[stem, fmt]
        return ([(u.unit, u.province, u.city, u.county, u.town, u.village, u.kind, u.mentions) for u in units],
                [(t.year, t.level, t.tier, t.unit, t.town, t.village, t.kind, t.attachment, t.position) for t in tiers],
                [(w.kind, w.message) for w in warnings])
    assert view("txt") == view("docx") == view("pdf")


@pytest.mark.parametrize("fmt", FORMATS)
def test_000_lists_21_yubei_units_in_three_tiers(fmt, extracted):
    _, tiers, warnings, meta = extracted["000_058f1ec3c92ba178", fmt]
    assert Counter(t.tier for t in tiers) == {"标杆": 8, "优秀": 8, "合格": 5}
    assert {(t.year, t.level, t.doc_number, t.region) for t in tiers} == {(2023, "区级", "渝北民〔2024〕8号", "重庆市渝北区")}
    assert [t.attachment for t in tiers] == ["附件1"] * 8 + ["附件2"] * 8 + ["附件3"] * 5
    assert [t.position for t in tiers if t.tier == "合格"] == [1, 2, 3, 4, 5]
    assert [w.kind for w in warnings] == ["attachment_order"] and "附件3 is skipped" in warnings[0].message
    for t in tiers:  # evidence: the offsets hold the unit's name as written
        assert read("000_058f1ec3c92ba178", fmt).text[t.start:t.end] == t.unit


def test_unit_parts_from_context(extracted):
    units = {u.unit: u for u in extracted["003_877b769c8b1d723a", "pdf"][0]}
    assert (units["井田村"].town, units["井田村"].county, units["井田村"].city) == ("三堆镇", "利州区", "广元市")
    u = extracted["002_e141ba01a0ffc756", "docx"][0][0]
    assert (u.unit, u.county, u.town) == ("龙天坪村", "古丈县", "红石林镇")
    u = extracted["001_9bea1109a6fc303f", "txt"][0][0]
    assert (u.unit, u.county, u.town, u.mentions) == ("新街子社区", "綦江区", "通惠街道", 3)


def test_town_and_village_match_the_gold(extracted):
    for stem in STEMS:
        got = {u.unit: (u.town, u.village, u.kind) for u in extracted[stem, "txt"][0]}
        for g in gold(stem)["units"]:
            assert got[g["name"]] == (g["town"], g["village"], g["kind"]), g


# --- the commands, from the store ---------------------------------------------------------------
@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """One store per rendering of 000 (the award notice) and 004 (a news story)."""
    out = {}
    for fmt in FORMATS:
        d = tmp_path_factory.mktemp(f"tiers-{fmt}")
        src = d / "in"
        src.mkdir()
        for stem in ("000_058f1ec3c92ba178", "004_e661d1e8b408d5f6"):
            shutil.copy(rendering(stem, fmt), src)
        result = runner.invoke(app, ["ingest", str(src), "--store", str(d / "s.sqlite"), "--jobs", "1"])
        assert result.exit_code == 0, result.output
        out[fmt] = d / "s.sqlite"
    return out


def test_tiers_command_prints_the_same_from_every_rendering(stores):
    outputs = {}
    for fmt, store in stores.items():
        result = runner.invoke(app, ["tiers", "2023", "--store", str(store)], env={"COLUMNS": "120"})
        assert result.exit_code == 0, result.output
        outputs[fmt] = result.output
    assert outputs["txt"] == outputs["docx"] == outputs["pdf"]
    text = outputs["txt"]
    assert "重庆市渝北区 2023年度 区级标杆 — 8 units (渝北民〔2024〕8号, 附件1)" in text
    assert "21 units: 区级标杆 8, 区级优秀 8, 区级合格 5" in text
    assert "附件3 is skipped" in text
    for name in ("龙塔街道鲁能西路社区", "统景镇远景村", "大盛镇青龙村"):
        assert name in text


def test_tiers_command_filters_and_formats(stores):
    result = runner.invoke(app, ["tiers", "2023", "--tier", "合格", "--region", "渝北", "--format", "csv",
                                 "--store", str(stores["pdf"])])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["unit"] for r in rows] == ["回兴街道金兰路社区", "茨竹镇新泉村", "龙兴镇龙骏社区", "古路镇同德村", "大盛镇青龙村"]
    assert list(rows[0])[:len(COLUMNS["tiers"])] == COLUMNS["tiers"]
    result = runner.invoke(app, ["tiers", "2023", "--format", "md", "--store", str(stores["docx"])])
    assert "### 重庆市渝北区 2023年度 区级优秀 — 8 units" in result.output and "| 1 | 双龙湖街道观音岩路社区 |" in result.output
    result = runner.invoke(app, ["tiers", "2019", "--store", str(stores["docx"])])
    assert result.exit_code == 1 and "no award lists for 2019" in result.output


def test_units_command_joins_documents_and_tiers(stores):
    result = runner.invoke(app, ["units", "--format", "csv", "--store", str(stores["txt"])])
    rows = {r["unit"]: r for r in csv.DictReader(io.StringIO(result.output))}
    jingang = rows["渝北区木耳镇金刚村"]  # 004 writes the longest form; 000 gives the tier
    assert (jingang["county"], jingang["town"], jingang["tiers"], jingang["docs"].count(";")) == \
        ("渝北区", "木耳镇", "2023 区级标杆", 1)
    assert rows["渝北区茨竹镇放牛坪村"]["tiers"] == "" and len(rows) == 22


def test_report_writes_units_and_tiers_tables(stores, tmp_path):
    result = runner.invoke(app, ["report", "--store", str(stores["docx"]), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for table, n in (("units", 24), ("tiers", 21)):
        raw = (tmp_path / f"{table}.csv").read_text(encoding="utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(raw)))
        assert list(rows[0])[:len(COLUMNS[table])] == COLUMNS[table] and len(rows) == n
