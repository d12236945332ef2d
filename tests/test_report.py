"""`qlcli report` on a store of gold rows (000 district notice, 001 plan, 004 news story, one
unreadable file): the six CSVs per the contract and report.md's content, links and escaping."""
from __future__ import annotations

import csv
import io
import re
from collections import Counter

import pytest

from conftest import needs_gold
from report_rows import NEWS, PLAN, YUBEI, extraction, fill

from qlcli.lexicon import load
from qlcli.model import Extraction, DocMeta, Measure, Outcome, Tier, Unit, Warning
from qlcli.reports.tables import COLUMNS, TABLES, columns
from qlcli.reports.writer import write_report
from qlcli.store import Store

pytestmark = needs_gold


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = Store(tmp_path_factory.mktemp("report") / "s.sqlite")
    fill(st, (YUBEI, PLAN, NEWS))
    st.put_failed("broken.docx", "/in/broken.docx", "broken.docx", "docx", "", 10,
                  "not a Word file (the zip is truncated)", "test")
    return st


@pytest.fixture(scope="module")
def out(store, tmp_path_factory):
    d = tmp_path_factory.mktemp("out")
    files = write_report(store, d, charts=False)
    assert [p.name for p in files.paths] == [f"{t}.csv" for t in TABLES] + ["report.md"]
    return d


@pytest.fixture(scope="module")
def md(out) -> str:
    return (out / "report.md").read_text(encoding="utf-8")


def read_csv(path) -> tuple[bytes, list[dict]]:
    raw = path.read_bytes()
    return raw, list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def section(md: str, number: int) -> str:
    """The text of section N (from its ## heading to the next one)."""
    m = re.search(rf"^## {number}\. .*?(?=^## |\Z)", md, re.S | re.M)
    assert m, f"section {number} missing"
    return m.group()


def cells(line: str) -> list[str]:
    """A Markdown table row's cells (escaped pipes stay inside a cell)."""
    return [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]


def table_after(text: str, marker: str) -> list[list[str]]:
    """The rows (header excluded) of the first table after `marker`."""
    block = []
    for ln in text[text.index(marker):].splitlines():
        if ln.startswith("|"):
            block.append(ln)
        elif block:
            break
    assert block, f"no table after {marker}"
    return [cells(ln) for ln in block[2:]]


# --- the six CSV files ----------------------------------------------------------------------
def test_each_csv_has_bom_contract_columns_and_every_row(out, store):
    for t in TABLES:
        raw, rows = read_csv(out / f"{t}.csv")
        assert raw.startswith(b"\xef\xbb\xbf"), t
        header = raw.decode("utf-8-sig").splitlines()[0].split(",")
        assert header[:len(COLUMNS[t])] == COLUMNS[t] and header == columns(t)
        expected = len(store.documents()) if t == "documents" else len(store.rows(t))
        assert len(rows) == expected, t


def test_csv_values_are_plain_and_traceable(out):
    _, rows = read_csv(out / "outcomes.csv")
    money = next(r for r in rows if r["text"] == "800万元")
    assert (money["value"], money["measure_unit"], money["qualifier"], money["unit"]) == \
        ("8000000", "元", "约", "木耳镇金刚村")
    assert money["sentence"] in (out / "report.md").read_text(encoding="utf-8").replace("<b>", "").replace("</b>", "")
    _, tiers = read_csv(out / "tiers.csv")
    assert [(r["year"], r["level"], r["tier"], r["position"]) for r in tiers[:2]] == \
        [("2023", "区级", "标杆", "1"), ("2023", "区级", "标杆", "2")]
    _, docs = read_csv(out / "documents.csv")
    assert {d["status"] for d in docs} == {"ok", "failed"}


# --- report.md ------------------------------------------------------------------------------
def test_first_screen_summarises_the_corpus(md):
    head = md.split("## 2.")[0]
    assert head.startswith("# 清廉村居 report\n")
    assert "3 documents · 2021–2023 · 23 villages and communities named · 21 on award lists · 8 cases" \
        in head
    assert "- **Award lists**: 2023 区级标杆 [8](#t1), 2023 区级优秀 [8](#t2), 2023 区级合格 [5](#t3)\n" in head
    assert "- **Units in several documents**: [渝北区木耳镇金刚村](#u2) (2), [大盛镇青龙村](#u21) (2)\n" in head
    assert "- **Most outcomes**: [石船镇石龙村](#o-u8) 25, [渝北区木耳镇金刚村](#o-u2) 13," in head
    assert "- **Most widespread formulas**: 五廉 (3 units), 三治 (2 units), 四务 (2 units) — [all](#dimensions)" in head
    corpus = section(md, 1)
    assert "| by type | news 新闻 **1**; notice 通知 **1**; plan 方案 **1** |" in corpus
    assert "| by region | 重庆市渝北区 **2**; 重庆市綦江区通惠街道 **1** |" in corpus
    assert "| by year | 2021 **1**; 2023 **2** |" in corpus  # 000 has no date: the year of its lists
    rows = table_after(corpus, "|  | type")
    d1 = rows[0]
    assert d1[0] == '<a id="d1"></a>**D1**' and d1[2] == "关于公布渝北区2023年度清廉村居建设评估结果的通知"
    assert d1[3] == "渝北民〔2024〕8号" and d1[6:] == ["21", "21", "8", "85", "80"]


def test_award_lists_by_year_and_tier_in_list_order(md):
    s = section(md, 2)
    summary = table_after(s, "| year |")
    assert [(r[0], r[2], r[3], r[4]) for r in summary] == [
        ("2023", "区级", "**标杆**", "[8](#t1)"), ("2023", "区级", "**优秀**", "[8](#t2)"),
        ("2023", "区级", "**合格**", "[5](#t3)")]
    assert summary[0][5] == "[D1](#d1) 渝北民〔2024〕8号 附件1"
    benchmark = table_after(s, '<a id="t1">')
    assert [r[1] for r in benchmark[:2]] == ["[龙塔街道鲁能西路社区](#u1)", "[木耳镇金刚村](#u2)"]  # as written in D1
    assert all(re.fullmatch(r"\[E\d+\]\(#e\d+\)", r[4]) for r in benchmark)
    assert len(table_after(s, '<a id="t3">')) == 5


def test_dimension_matrix_counts_link_to_their_sentence(md):
    s = section(md, 3)
    head = cells(next(ln for ln in s.splitlines() if ln.startswith("| unit | award")))
    assert head[2:7] == ["党建", "民主", "监督", "问效", "文化"]
    rows = {r[0]: r for r in table_after(s, "| unit | award")}
    luneng = rows["[龙塔街道鲁能西路社区](#u1)"]
    assert luneng[1] == "2023 区级标杆"
    assert all(re.fullmatch(r"\[1\]\(#e\d+\)", c) for c in luneng[2:7]) and not any(luneng[7:])
    fangniu = next(r for k, r in rows.items() if "放牛坪村" in k)
    assert [c != "" for c in fangniu[head.index("自治"):head.index("德治") + 1]] == [True, True, True]
    formulas = {r[0]: r for r in table_after(s, "| formula |")}
    assert formulas["**三会**"][3] == "村民议事会、红白理事会、道德评议会"


def test_outcomes_per_unit_grouped_by_kind(md):
    s = section(md, 4)
    summary = {r[0]: r for r in table_after(s, "| unit | money")}
    jingang = summary["[渝北区木耳镇金刚村](#o-u2)"]
    assert jingang[1:4] == ["3", "", "4"] and jingang[-1] == "**13**"
    assert "[D3 (no unit)](#o-d-d3)" in summary  # 004's district-wide figures belong to no village
    rows = table_after(s, '<a id="o-u2">')
    assert rows[0][:4] == ["money 金额", "村集体经济总营收", "约800万元", "8,000,000 元"]
    assert [r[0] for r in rows if r[0]] == ["money 金额", "area 面积", "rates 比率", "counts 数量",
                                            "other measures 其他计量"]
    assert ["", "日产秀珍菇", "4000斤以上", "4,000 斤"] in [r[:4] for r in rows]
    assert ["rates 比率", "村民群众议事协商覆盖率", "提升至92.5%", "92.5%"] in [r[:4] for r in rows]


def test_profile_joins_a_unit_across_documents(md):
    s = section(md, 5)
    prof = s[s.index('<a id="u2"></a>'):s.index('<a id="u3"></a>')]
    assert "### 渝北区木耳镇金刚村" in prof and "also written 木耳镇金刚村" in prof
    docs = next(ln for ln in prof.splitlines() if ln.startswith("- **Documents**"))
    assert "[D1](#d1) 关于公布渝北区2023年度清廉村居建设评估结果的通知" in docs
    assert "[D3](#d3) 渝北区:补短板攻难点推动城乡社区治理现代化 (news, 2021-10-25)" in docs
    assert re.search(r"- \*\*Award lists\*\*: 2023 区级\*\*标杆\*\* — \[D1\]\(#d1\) 渝北民〔2024〕8号 附件1 #2 "
                     r"\[E\d+\]", prof)
    assert "- **Case**: 清廉护航集体经济再上新台阶 ([D1](#d1) case02)" in prof
    assert "**三会** ([D3](#d3)) 村民议事会、红白理事会、道德评议会" in prof  # from the 2021 news story
    assert "- **Outcomes**: [13](#o-u2)" in prof
    # a unit named once with nothing else stays in the compact table
    rest = table_after(s, "### Other units named")
    assert any(r[0] == "大盛镇青龙村" or r[0].startswith("[大盛镇青龙村") for r in rest) is False
    assert all(r[5].startswith("[E") for r in rest)


def test_warnings_list_stored_warnings_and_unreadable_files(md):
    s = section(md, 6)
    rows = table_after(s, "| document | kind")
    assert rows[0][:3] == ["[D1](#d1)", "attachment\\_order", "the attachment line lists 1, 2, 4: 附件3 is not listed"]
    assert rows[0][3].startswith("[E")
    failed = table_after(s, "Files that could not be read")
    assert failed == [["/in/broken.docx", "docx", "not a Word file (the zip is truncated)"]]


def test_every_link_has_its_anchor_and_every_quote_is_the_documents_text(md, store):
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', md))
    links = set(re.findall(r"\]\(#([^)]+)\)", md))
    assert links and links <= anchors, links - anchors
    texts = {d["doc_id"]: d["text"] for d in store.documents(include_text=True)}
    entries = re.findall(r'^- <a id="e(\d+)"></a>\*\*E\1\*\* \[D\d\]\(#d\d\) (\S+) §(\d+)–(\d+): (.*)$', md, re.M)
    assert len(entries) == len(set(re.findall(r"\(#e(\d+)\)", md))) > 100
    for _, doc, start, end, quote in entries:
        plain = re.sub(r"\\(.)", r"\1", quote.replace("<b>", "").replace("</b>", ""))
        assert plain == texts[doc.replace("\\_", "_")][int(start):int(end)]


def test_evidence_marks_the_cited_figures(md):
    e = next(ln for ln in md.splitlines() if "<b>800万元</b>" in ln)
    assert "<b>280万元</b>" in e and "<b>1080万元</b>" in e and "§" in e


def test_rerun_on_an_unchanged_store_is_byte_identical(store, out, tmp_path):
    write_report(store, tmp_path, charts=False)
    for f in out.iterdir():
        assert (tmp_path / f.name).read_bytes() == f.read_bytes(), f.name


# --- filters --------------------------------------------------------------------------------
def test_year_keeps_that_years_documents_and_lists(store, tmp_path):
    write_report(store, tmp_path, year=2021, charts=False)
    _, docs = read_csv(tmp_path / "documents.csv")
    assert [d["file_name"] for d in docs] == [f"{NEWS}.txt", "broken.docx"]  # unreadable: year unknown, kept
    assert read_csv(tmp_path / "tiers.csv")[1] == []
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "Filtered to year 2021 — left out: 2 files of other years." in md
    assert "No award or rating lists were found" in md
    write_report(store, tmp_path, year=2023, charts=False)
    _, docs = read_csv(tmp_path / "documents.csv")
    assert [d["file_name"] for d in docs] == [f"{YUBEI}.txt", f"{PLAN}.txt", "broken.docx"]  # 000: lists of 2023
    assert len(read_csv(tmp_path / "tiers.csv")[1]) == 21


def test_region_keeps_documents_about_it(store, tmp_path):
    write_report(store, tmp_path, region="綦江", charts=False)
    _, docs = read_csv(tmp_path / "documents.csv")
    assert [d["region"] for d in docs] == ["重庆市綦江区通惠街道", ""]
    assert read_csv(tmp_path / "outcomes.csv")[1] == []
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert md.splitlines()[2] == ("1 document · 2023 · 1 village or community named · 0 on award lists · 0 cases · "
                                  "3 measure items · 0 outcomes · 1 warning")
    assert "Filtered to region 綦江 — left out: 2 files about other regions (or no stated region)." in md


# --- escaping and neutralisation ------------------------------------------------------------
TRICKY = "=HYPERLINK(\"http://x\",\"点我\")"


@pytest.fixture(scope="module")
def tricky(tmp_path_factory):
    """One document whose rows hold Markdown and spreadsheet specials."""
    st = Store(tmp_path_factory.mktemp("tricky") / "s.sqlite")
    doc, _ = extraction(PLAN)
    meta = DocMeta(doc_type="plan", title="方案|第一版\n（修订）", doc_number="+通惠〔2023〕1号", date="2023-07-17",
                   region="重庆市綦江区通惠街道")
    ex = Extraction(meta=meta, units=[Unit("通惠街道*金*村", town="通惠街道", village="*金*村", kind="村", mentions=1,
                                           start=0, end=10)],
                    tiers=[Tier(None, "綦江", 2023, "区级", "示范", TRICKY, position=1, start=0, end=10)],
                    measures=[Measure(None, "@通惠街道", "三治", "-自治", "自治", "a|b", 0, 10)],
                    outcomes=[Outcome(None, "@通惠街道", "-4.6%", -4.6, "%", "下降", "增长率|环比", sentence="x",
                                      start=0, end=10)],
                    warnings=[Warning("declared_count", "正文说3个|名单有2个\n请核对", "", 0, 10)])
    st.put(doc, ex, pipeline="test")
    out = tmp_path_factory.mktemp("tricky-out")
    write_report(st, out, charts=False)
    return out


def test_csv_neutralises_formulas_but_keeps_negative_numbers(tricky):
    _, tiers = read_csv(tricky / "tiers.csv")
    assert tiers[0]["unit"] == "'" + TRICKY
    _, docs = read_csv(tricky / "documents.csv")
    assert docs[0]["doc_number"] == "'+通惠〔2023〕1号" and docs[0]["title"] == "方案|第一版\n（修订）"
    _, ms = read_csv(tricky / "measures.csv")
    assert (ms[0]["unit"], ms[0]["item"]) == ("'@通惠街道", "'-自治")
    _, outs = read_csv(tricky / "outcomes.csv")
    assert (outs[0]["text"], outs[0]["value"]) == ("'-4.6%", "-4.6")


def test_markdown_cells_escape_pipes_line_breaks_and_markup(tricky):
    md = (tricky / "report.md").read_text(encoding="utf-8")
    row = next(ln for ln in md.splitlines() if ln.startswith("| <a id=\"d1\">"))
    assert "方案\\|第一版<br>（修订）" in row and len(cells(row)) == 11
    warn = next(ln for ln in md.splitlines() if "declared" in ln)
    assert "正文说3个\\|名单有2个<br>请核对" in warn and len(cells(warn)) == 4
    assert "\\*金\\*村" in md and "*金*村" not in md.replace("\\*金\\*村", "")
    assert '=HYPERLINK(\\"' not in md and "=HYPERLINK(\"http://x\",\"点我\")" in md  # text, not a formula
    outcome = next(ln for ln in md.splitlines() if "增长率" in ln)
    assert "增长率\\|环比" in outcome and "-4.6%" in outcome and len(cells(outcome)) == 5


# --- degenerate stores ----------------------------------------------------------------------
def test_empty_store_gives_a_short_plain_report(tmp_path):
    st = Store(tmp_path / "empty.sqlite")
    files = write_report(st, tmp_path / "out", charts=False)
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "0 documents" in md and "The store holds no documents: run `qlcli ingest FOLDER` first." in md
    assert "Nothing cited." in md
    assert all(read_csv(p)[1] == [] for p in files.paths if p.suffix == ".csv")


def test_documents_without_extracted_rows_still_report(tmp_path):
    """What main gives before the extractors land: metadata only."""
    st = Store(tmp_path / "meta.sqlite")
    doc, ex = extraction(YUBEI)
    st.put(doc, Extraction(meta=ex.meta), pipeline="test")
    write_report(st, tmp_path / "out", charts=False)
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    for line in ("No award or rating lists were found", "No measure formulas (五廉, 三治 …) were found",
                 "No quantitative outcomes were found", "No units were found",
                 "No warnings: every file was read"):
        assert line in md


def test_renderings_of_one_document_are_reported_once(tmp_path):
    st = Store(tmp_path / "two.sqlite")
    fill(st, (YUBEI,), fmt="txt")
    fill(st, (YUBEI,), fmt="docx")
    write_report(st, tmp_path / "out", charts=False)
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert md.splitlines()[2].startswith("1 document (2 files) · 2023 · 21 villages and communities named · "
                                         "21 on award lists · 8 cases")
    assert f"**D1** {YUBEI}.docx, {YUBEI}.txt".replace("_", "\\_") in md
    assert len(read_csv(tmp_path / "out" / "tiers.csv")[1]) == 42  # the CSV keeps every file's rows


def test_user_lexicon_extends_the_kinds(store, tmp_path):
    extra = tmp_path / "kinds.toml"
    extra.write_text('[report.outcome_kinds]\nmoney = ["斤"]\n', encoding="utf-8")
    write_report(store, tmp_path / "out", lex=load((str(extra),)), charts=False)
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    rows = table_after(section(md, 4), '<a id="o-u2">')
    money = rows[:next(i for i, r in enumerate(rows) if r[0] == "area 面积")]
    assert rows[0][0] == "money 金额" and len(money) == 5
    assert ["草莓园产量", "60000斤", "60,000 斤"] in [r[1:4] for r in money]


def test_written_files_are_as_readable_as_any_new_file(out):
    import os

    mask = os.umask(0)
    os.umask(mask)
    assert {(p.stat().st_mode & 0o777) for p in out.iterdir()} == {0o666 & ~mask}


def test_evidence_of_a_traditional_document_is_quoted_as_written(tmp_path):
    from opencc import OpenCC

    from qlcli.normalize import RawBlock, build_document

    doc, ex = extraction(NEWS)
    conv = OpenCC("s2t")
    trad = build_document([RawBlock(b.kind, conv.convert(b.text), page=b.page, para=b.para, level=b.level,
                                    label=b.label, table=b.table, row=b.row, col=b.col, align=b.align)
                           for b in doc.blocks], doc_id="trad.txt", path="trad.txt", file_name="trad.txt",
                          format="txt")
    assert trad.original and len(trad.original) == len(trad.text) == len(doc.text)
    st = Store(tmp_path / "t.sqlite")
    st.put(trad, ex, pipeline="test")
    write_report(st, tmp_path / "out", charts=False)
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    quote = next(ln for ln in md.splitlines() if "<b>357個</b>" in ln)  # 357个 as the repost writes it
    assert "社區便民服務中心" in quote and "trad.txt" in quote
    assert "### 渝北区木耳镇金刚村" in md  # names stay in the script the tables use


def test_region_inside_a_wider_document_keeps_only_its_units_rows(tmp_path):
    """A provincial collection (四川省) holds cases of 崇州市: --region 崇州 keeps those rows only."""
    st = Store(tmp_path / "sc.sqlite")
    fill(st, (YUBEI, "003_877b769c8b1d723a"))
    write_report(st, tmp_path / "out", region="崇州", charts=False)
    _, docs = read_csv(tmp_path / "out" / "documents.csv")
    assert [d["region"] for d in docs] == ["四川省"]
    _, cases = read_csv(tmp_path / "out" / "cases.csv")
    assert sorted(c["unit"] for c in cases) == ["崇州市", "崇州市廖家镇全兴村"]
    _, outcomes = read_csv(tmp_path / "out" / "outcomes.csv")
    assert Counter(o["unit"] for o in outcomes) == {"崇州市廖家镇全兴村": 9, "崇州市": 8}
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "Filtered to region 崇州 — left out: 1 file about other regions (or no stated region); from 1 file " \
           "about a wider area, only the rows of units in 崇州." in md
