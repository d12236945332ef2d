"""Readers on every rendering of the corpus, and on the broken and tricky files of bad/."""
import re

import pytest

from conftest import CORPUS, FORMATS, STEMS, bad_expected, needs_corpus, read

from qlcli.readers import ReadError, read_document

pytestmark = needs_corpus


def squash(s: str) -> str:
    return re.sub(r"\s", "", s)


def paragraphs(doc):
    return [squash(b.text) for b in doc.blocks if b.kind != "table_cell"]


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_renderings_give_the_paragraphs_of_the_text(stem, fmt):
    txt, other = read(stem, "txt"), read(stem, fmt)
    full = squash(other.text)
    missing = [p for p in paragraphs(txt) if p not in full]
    assert missing == []
    # modulo layout: the txt's list lines are table cells in Word/PDF, two txt lines are one paragraph
    same = {squash(b.text) for b in other.blocks}
    differ = [p for p in paragraphs(txt) if p not in same]
    assert len(differ) <= max(3, len(paragraphs(txt)) // 30), differ[:5]


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_offsets_are_consistent(stem, fmt):
    doc = read(stem, fmt)
    for b in doc.blocks:
        assert doc.text[b.start:b.end] == b.text
    assert all(a.end < b.start for a, b in zip(doc.blocks, doc.blocks[1:]))


def test_pdf_has_no_page_footers_or_spaced_characters():
    doc = read("000_058f1ec3c92ba178", "pdf")
    assert not re.search(r"—\s*\d+\s*—", doc.text)
    assert "重庆市渝北区民政局" in doc.text and "8个村居为2023年度" in doc.text


def test_pdf_paragraph_running_over_a_page_break_is_one_block():
    doc = read("000_058f1ec3c92ba178", "pdf")
    txt = read("000_058f1ec3c92ba178", "txt")
    long_paras = [squash(b.text) for b in txt.blocks if len(b.text) > 300]
    pdf_paras = set(paragraphs(doc))
    assert sum(p in pdf_paras for p in long_paras) == len(long_paras)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_award_lists_in_word_and_pdf_tables_are_cells(fmt):
    doc = read("000_058f1ec3c92ba178", fmt)
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert len({b.table for b in cells}) == 3
    names = [b.text for b in cells if b.col == 1 and b.row and b.row > 0]
    assert names[:2] == ["龙塔街道鲁能西路社区", "木耳镇金刚村"] and len(names) == 21


def test_docx_heading_styles_give_levels():
    doc = read("001_9bea1109a6fc303f", "docx")
    heads = [(b.level, b.text) for b in doc.blocks if b.kind == "heading"]
    assert (0, "重庆市綦江区通惠街道“清廉村居”建设试点示范工作方案") in heads
    assert (1, "一、指导思想") in heads


def test_txt_hard_wrapped_line_is_joined():
    doc = read("000_058f1ec3c92ba178", "txt")
    assert any("通过组织牵头部门查验评估" in b.text for b in doc.blocks)


# --- bad/: what each broken or tricky file must give ---------------------------------------
BAD = CORPUS / "bad"
ERRORS = {
    "empty.docx": "empty file",
    "truncated.docx": "corrupt or truncated .docx (bad zip)",
    "zip_bomb.docx": "zip bomb",
    "billion_laughs.docx": "XML entities",
    "encrypted_password.pdf": "password-protected",
    "scanned_no_text_layer.pdf": "no text layer",
    "legacy_word97.doc": "legacy Word 97-2003 .doc",
}


@pytest.mark.parametrize("name,words", sorted(ERRORS.items()))
def test_broken_files_raise_one_clear_error(name, words):
    with pytest.raises(ReadError) as err:
        read_document(BAD / name)
    assert words in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("name", [n for n, e in bad_expected().items() if e["expect"] == "read" and "text" in e])
def test_encodings_and_tracked_changes_read_exactly(name):
    want = bad_expected()[name]["text"].rstrip("\n")
    doc = read_document(BAD / name)
    assert squash(doc.text) == squash(want)
    for s in bad_expected()[name].get("must_not_contain", []):
        assert squash(s) not in squash(doc.text)


@pytest.mark.parametrize("name", [n for n, e in bad_expected().items()
                                  if e["expect"] in ("read", "error_or_read") and "text" not in e and "/" not in n])
def test_tricky_files_contain_what_they_must(name):
    e = bad_expected()[name]
    try:
        doc = read_document(BAD / name)
    except ReadError:
        assert e["expect"] == "error_or_read"
        return
    text = squash(doc.text)
    for s in e.get("must_contain", []) + e.get("must_contain_if_read", []):
        assert squash(s) in text, s
    for s in e.get("must_contain_once", []):
        assert text.count(squash(s)) == 1, s


def test_gbk_is_not_misread_by_a_detector():
    doc = read_document(BAD / "gbk.txt")
    assert doc.text.startswith("根据《清廉重庆建设示范标杆创建引领机制（试行）》")


def test_unsupported_format_says_so(tmp_path):
    p = tmp_path / "notes.xlsx"
    p.write_bytes(b"PK\x03\x04")
    with pytest.raises(ReadError, match="spreadsheets"):
        read_document(p)


def test_a_watermark_does_not_join_list_lines_into_one_paragraph():
    # tests/real r149: a forum's watermark makes short list lines look like a hard-wrapped paragraph
    from qlcli.readers.txt import paragraphs as txt_paragraphs
    text = ("/ j& d0 g6 _# W) d) T+ J# | 城固县:莲花街道办莲花池村8 o% b) p( x: m& K8 b1 \\\n"
            "勉 县:周家山镇留旗营社区、定军山镇定军山社区0 G& |6 d$ q: m$ Q1 }& Q\n"
            "留坝县:玉皇庙镇两河口村、火烧店镇天星亮村9 J3 C( X- q8 M: g1 K7 a\n")
    assert [p for _, p in txt_paragraphs(text)] == ["城固县:莲花街道办莲花池村", "勉 县:周家山镇留旗营社区、定军山镇定军山社区",
                                                    "留坝县:玉皇庙镇两河口村、火烧店镇天星亮村"]


def test_a_list_after_a_long_line_stays_a_list():
    # tests/real r153: a long attachment line, then one community per line
    from qlcli.readers.txt import paragraphs as txt_paragraphs
    text = ("附件 2017年度新创都江堰市文明村镇名单 (共计33个单位) 一、文明镇(2个) 青城山镇、柳街镇 二、文明村(31个) 灌口街道灵岩社区\n"
            "永丰街道民主社区\n银杏街道万岭社区\n")
    assert [p for _, p in txt_paragraphs(text)][1:] == ["永丰街道民主社区", "银杏街道万岭社区"]


def test_a_line_of_fields_is_never_joined_to_the_paragraph_below():
    # tests/real r162: a page's byline of space-separated fields is long and ends without a stop
    from qlcli.readers.txt import paragraphs as txt_paragraphs
    text = ("转载 李倩2022/09/20 22:54:25 发布 IP属地:未知 来源:楚雄发布 作者: 70 阅读 0 评论 0 点赞\n"
            "走进楚雄市鹿城镇富民社区下村,进村的一条清风路深深吸引眼球,清廉村居文化展板整齐排列。\n")
    assert len(txt_paragraphs(text)) == 2

