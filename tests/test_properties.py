"""Property tests (hypothesis): the quantity parser, the unit recogniser, the sentence splitter,
normalisation and the whole extraction never raise on arbitrary text, and every row they
return points at what it says (offsets inside the text, text[start:end] == the row's text).

Text comes from three strategies: any Unicode; the domain's alphabet (numerals, 余多约, units,
村社区镇街道, Chinese punctuation, line breaks); and real phrases shuffled together."""
import os
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from qlcli.extract import quantity
from qlcli.extract.name_parts import area_of_line, names_in_line, parse_area, parse_name
from qlcli.extract.quantity import cn_int, cn_number, number, scan
from qlcli.extract.text import sentence_at, sentences
from qlcli.normalize import RawBlock, build_document, clean_inline

# The suite runs the same 200 examples per test every time, so CI is never red by chance;
# QLCLI_PROPERTY_EXAMPLES=5000 hunts longer, with fresh random examples (a few minutes).
N = int(os.environ.get("QLCLI_PROPERTY_EXAMPLES", "200"))
FAST = settings(max_examples=N, deadline=None, derandomize="QLCLI_PROPERTY_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

ALPHABET = list("0123456789.,%‰-—~～至到一二三四五六七八九十百千万亿两零〇点分之余多约近超达共计逾以上下"
                "元亩户人个次件名万吨斤平方米公里年月日时第号村社区镇街道乡区县市省组"
                "。，、；：（）()《》“”〔〕 \n\t党建引廉民主促监督治理清廉居")
PHRASES = ["木耳镇金刚村", "龙塔街道鲁能西路社区", "重庆市渝北区", "广元市利州区三堆镇", "260余亩", "92.5%",
           "约800万元", "25.8万 元", "百分之九十", "五分之二", "7-9人", "共529户1582人", "2023年", "24小时",
           "五廉", "党建引廉、民主促廉、监督管廉", "自治、法治、德治", "三治融合", "一、", "（二）", "1.",
           "附件1", "区级标杆单位", "等8个村居", "。", "，", "\n", "：", "十四五", "数十户", "4000斤以上",
           "从3户增加到12户", "同比增长15%", "一百零五", "二〇二三", "3.2.1", "第3名", "小区3栋", "2元/人·月",
           "2023年度清廉村居建设区级标杆单位（8个）", "附件1", "附件：", "序号", "单位名称", "\n1.", "\n2、",
           "（3个）", "评选出了", "为2023年度区级优秀单位", "名单", "案例", "渝北民〔2024〕8号", "关于公布…的通知",
           "2024年1月5日", "改革动因", "具体举措", "取得的突出成效", "五个举措", "“", "”"]

any_text = st.text(max_size=300)
domain_text = st.text(alphabet=st.sampled_from(ALPHABET), max_size=300)
phrase_text = st.lists(st.one_of(st.sampled_from(PHRASES), st.sampled_from(ALPHABET)), max_size=40).map("".join)
texts = st.one_of(any_text, domain_text, phrase_text)
numerals = st.text(alphabet=st.sampled_from(list("一二三四五六七八九十百千万亿两零〇点0123456789.,")), max_size=20)


# --- bugs caught: inputs hypothesis found that once failed (kept as explicit examples) ---------
# (why, blocks as (kind, text, table))
BUGS_CAUGHT = [
    ("a tier row's end was its name's end while its sentence was the whole cell",
     [("table_cell", "2023年度清廉村居建设区级标杆单位（8个）", 1), ("table_cell", "木耳镇金刚村（二）", 5)]),
]


def squash(s: str) -> str:
    return re.sub(r"\s", "", s)


def make_doc(text: str, fmt: str = "txt"):
    raw = [RawBlock("paragraph", line) for line in text.split("\n")]
    return build_document(raw, doc_id="prop.txt", path="prop.txt", file_name="prop.txt", format=fmt)


@st.composite
def structured_docs(draw):
    """Word/PDF-like documents: headings, list items and award-list tables (序号 | 单位名称)."""
    raw = []
    for i in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["paragraph", "heading", "list_item", "table"]))
        if kind == "table":
            table = i + 1
            for r in range(draw(st.integers(1, 4))):
                raw += [RawBlock("table_cell", draw(phrase_text), table=table, row=r, col=c) for c in range(2)]
        else:
            raw.append(RawBlock(kind, draw(texts), level=draw(st.sampled_from([None, 0, 1, 2])),
                                label=draw(st.sampled_from(["", "一、", "（一）", "1."])),
                                align=draw(st.sampled_from(["", "center", "right"]))))
    return build_document(raw, doc_id="prop.docx", path="prop.docx", file_name="prop.docx", format="docx")


# --- numbers and quantities ------------------------------------------------------------------
@FAST
@given(numerals)
def test_numerals_never_raise(s):
    v = cn_number(s)
    assert v is None or v >= 0
    i = cn_int(s)
    assert i is None or isinstance(i, int)
    number(s)


@FAST
@given(texts)
def test_scan_never_raises_and_points_at_its_text(text):
    for everything in (False, True):
        qs = scan(text, everything=everything)
        for q in qs:
            assert 0 <= q.start <= q.end <= len(text)
            assert text[q.start:q.end] == q.text
            if q.kind == "quantity":
                assert q.span_start <= q.start and q.end <= q.span_end <= len(text)
        assert [q.start for q in qs] == sorted(q.start for q in qs)
    quantity.parse(text)


# --- units and areas -------------------------------------------------------------------------
@FAST
@given(texts)
def test_unit_names_in_a_line_point_into_it(lex, text):
    line = text.split("\n")[0]
    for a, b, parts in names_in_line(line, lex) or []:
        assert 0 <= a < b <= len(line)
        assert isinstance(parts, dict)
    area_of_line(line, lex)
    parse_name(line, lex)
    parse_area(line, lex)


# --- normalisation and sentences ------------------------------------------------------------
@FAST
@given(texts)
def test_normalisation_keeps_offsets(text):
    clean_inline(text)
    doc = make_doc(text)
    assert doc.text == "\n".join(b.text for b in doc.blocks)
    for b in doc.blocks:
        assert doc.text[b.start:b.end] == b.text and b.text.strip()
    last = 0
    for s in sentences(doc):
        assert last <= s.start < s.end <= len(doc.text)
        assert doc.text[s.start:s.end] == s.text
        assert sentence_at(doc, s.start) == s
        last = s.end


# --- the whole extraction --------------------------------------------------------------------
@FAST
@given(texts)
@example("木耳镇金刚村坚持“党建引廉、民主促廉、监督管廉”，整改土地260余亩，群众满意度达95%以上。")
def test_extraction_never_raises_and_rows_point_at_their_sentence(lex, text):
    check_extraction(make_doc(text), lex)


@FAST
@given(structured_docs())
def test_extraction_of_structured_documents(lex, doc):
    check_extraction(doc, lex)


def check_extraction(doc, lex):
    from qlcli.pipeline import extract_all

    ex = extract_all(doc, lex)
    t = doc.text
    for kind in ("units", "tiers", "measures", "outcomes", "warnings"):
        for r in getattr(ex, kind):
            assert 0 <= r.start <= r.end <= len(t), (kind, r)
            assert t[r.start:r.end] == r.sentence, (kind, r)
    for c in ex.cases:
        assert 0 <= c.start <= c.end <= len(t)
        assert t[c.start:c.start + len(c.sentence)] == c.sentence
    for m in ex.measures:
        assert m.start <= m.item_start <= m.item_end <= m.end
        assert t[m.item_start:m.item_end] == m.item
    for o in ex.outcomes:
        assert o.start <= o.text_start <= o.text_end <= o.end
        assert squash(t[o.text_start:o.text_end]) == squash(o.text)  # 25.8万 元 is written 25.8万元
    return ex


@pytest.mark.parametrize("why,blocks", BUGS_CAUGHT, ids=[b[0][:40] for b in BUGS_CAUGHT])
def test_bugs_caught(lex, why, blocks):
    raw = [RawBlock(kind, text, table=table, row=0, col=1) for kind, text, table in blocks]
    doc = build_document(raw, doc_id="bug.docx", path="bug.docx", file_name="bug.docx", format="docx")
    ex = check_extraction(doc, lex)
    assert ex.tiers or ex.units  # the example still reaches the code it caught
