"""Word structures `doc.paragraphs` misses: generated list numbers, tables in body order,
text boxes, tracked changes (the last three also in bad/, see test_readers.py)."""

import pytest
from lxml import etree

from qlcli.readers import read_document
from qlcli.readers.numbering import chinese_counting, format_number

docx = pytest.importorskip("docx")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag):
    return f"{{{W}}}{tag}"


def _numbered_docx(path, levels):
    """A document whose list numbers exist only in numbering.xml, as Word writes them."""
    d = docx.Document()
    numbering = d.part.numbering_part.element
    abstract = etree.SubElement(numbering, _w("abstractNum"), {_w("abstractNumId"): "90"})
    for ilvl, (fmt, text) in enumerate(levels):
        lvl = etree.SubElement(abstract, _w("lvl"), {_w("ilvl"): str(ilvl)})
        etree.SubElement(lvl, _w("start"), {_w("val"): "1"})
        etree.SubElement(lvl, _w("numFmt"), {_w("val"): fmt})
        etree.SubElement(lvl, _w("lvlText"), {_w("val"): text})
    # abstractNum elements must come before num elements
    first_num = numbering.find(_w("num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    num = etree.SubElement(numbering, _w("num"), {_w("numId"): "90"})
    etree.SubElement(num, _w("abstractNumId"), {_w("val"): "90"})
    return d


def _para(d, text, ilvl):
    p = d.add_paragraph(text)
    ppr = p._p.get_or_add_pPr()
    npr = etree.SubElement(ppr, _w("numPr"))
    etree.SubElement(npr, _w("ilvl"), {_w("val"): str(ilvl)})
    etree.SubElement(npr, _w("numId"), {_w("val"): "90"})


def test_generated_list_numbers_are_rendered(tmp_path):
    d = _numbered_docx(tmp_path, [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")])
    _para(d, "指导思想", 0)
    _para(d, "加强党建", 1)
    _para(d, "第一项", 2)
    _para(d, "第二项", 2)
    _para(d, "健全制度", 1)
    _para(d, "工作目标", 0)
    _para(d, "试点先行", 1)
    path = tmp_path / "numbered.docx"
    d.save(path)
    doc = read_document(path)
    assert [b.text for b in doc.blocks] == ["一、指导思想", "（一）加强党建", "1.第一项", "2.第二项", "（二）健全制度",
                                            "二、工作目标", "（一）试点先行"]
    assert doc.blocks[0].label == "一、" and doc.blocks[0].kind == "heading"


def test_tables_are_read_in_body_order(tmp_path):
    d = docx.Document()
    d.add_paragraph("附件1")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "序号", "单位名称"
    t.cell(1, 0).text, t.cell(1, 1).text = "1", "木耳镇金刚村"
    d.add_paragraph("附件2")
    path = tmp_path / "t.docx"
    d.save(path)
    doc = read_document(path)
    assert [b.text for b in doc.blocks] == ["附件1", "序号", "单位名称", "1", "木耳镇金刚村", "附件2"]
    cell = doc.blocks[4]
    assert (cell.kind, cell.table, cell.row, cell.col) == ("table_cell", 1, 1, 1)


@pytest.mark.parametrize("n,fmt,want", [(1, "chineseCounting", "一"), (10, "chineseCounting", "十"),
                                        (12, "chineseCounting", "十二"), (21, "chineseCountingThousand", "二十一"),
                                        (3, "decimalEnclosedCircle", "③"), (2, "upperLetter", "B"),
                                        (4, "lowerRoman", "iv"), (7, "decimal", "7")])
def test_number_formats(n, fmt, want):
    assert format_number(n, fmt) == want


def test_chinese_counting_round_tens():
    assert [chinese_counting(n) for n in (20, 30, 99)] == ["二十", "三十", "九十九"]


def _with_footnote(src, dst, note_text):
    """Add a footnotes part and a reference after the first run, as Word stores them."""
    import zipfile

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    notes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>{note_text}</w:t></w:r></w:p>'
             '</w:footnote></w:footnotes>')
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"</w:r>", b'</w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                    b'<w:footnoteReference w:id="1"/></w:r>', 1)
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdFn" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/footnotes" '
                                    b'Target="footnotes.xml"/></Relationships>')
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes'
                                    b'+xml"/></Types>')
            zout.writestr(item, data)
        zout.writestr("word/footnotes.xml", notes)


def test_footnotes_are_read_and_their_marks_are_not_glued_to_text(tmp_path):
    d = docx.Document()
    d.add_paragraph("金刚村集体经济收入达到280万元。")
    d.save(tmp_path / "plain.docx")
    _with_footnote(tmp_path / "plain.docx", tmp_path / "note.docx", "数据来源：木耳镇2023年统计。")
    doc = read_document(tmp_path / "note.docx")
    assert [(b.kind, b.text) for b in doc.blocks] == [("paragraph", "金刚村集体经济收入达到280万元。"),
                                                     ("footnote", "数据来源：木耳镇2023年统计。")]
