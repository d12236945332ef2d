"""PDF layout effects on synthetic pages: fake bold, superscript marks, footers, line joins."""
from pdfgen import make_pdf

from qlcli.readers import read_document


def test_fake_bold_doubled_glyphs_are_read_once(tmp_path):
    p = tmp_path / "bold.pdf"
    make_pdf([(72, 700, 12, "Village income rose to 258000 yuan"),
              (72.4, 700.2, 12, "Village income rose to 258000 yuan")], p)
    assert read_document(p).text == "Village income rose to 258000 yuan"


def test_page_number_footer_is_dropped(tmp_path):
    p = tmp_path / "footer.pdf"
    make_pdf([(72, 700, 12, "The committee met twelve times this year."), (280, 60, 12, "- 3 -")], p)
    assert read_document(p).text == "The committee met twelve times this year."


def test_lines_reaching_the_margin_join_into_one_paragraph(tmp_path):
    p = tmp_path / "para.pdf"
    full = "x" * 80
    make_pdf([(72, 700, 12, "The committee met twelve times this year."),
              (96, 680, 12, "Second paragraph starts indented and runs " + full),
              (72, 666, 12, "on to the next line of the same paragraph."),
              (96, 646, 12, "Third paragraph.")], p)
    paras = [b.text for b in read_document(p).blocks]
    assert paras[0] == "The committee met twelve times this year."
    assert paras[1].startswith("Second paragraph") and paras[1].endswith("same paragraph.")
    assert paras[2] == "Third paragraph."


def test_superscript_footnote_mark_is_dropped(tmp_path):
    p = tmp_path / "note.pdf"
    make_pdf([(72, 700, 12, "The village fund reached new heights"), (275, 706, 6, "1"),
              (281, 700, 12, "this year.")], p)
    assert read_document(p).text == "The village fund reached new heights this year."
