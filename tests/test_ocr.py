"""OCR of scanned PDFs: the messages without --ocr or without tesseract, the plumbing end to end
with a fake `tesseract` on PATH (no real OCR needed), and the real tesseract where installed."""
import shutil
import sqlite3
import stat
import sys
import time

import pytest
from typer.testing import CliRunner

from conftest import CORPUS, needs_corpus

from qlcli.cli import app
from qlcli.readers import ReadError, read_document
from qlcli.readers.ocr import _join, parse_tsv

SCANNED = CORPUS / "bad" / "scanned_no_text_layer.pdf"
runner = CliRunner()

# what the fake tesseract "reads": (block, line, box at 300 dpi, words with confidence)
FAKE_LINES = [
    (1, (940, 470, 620, 66), [("渝北民", 90), ("〔2024〕", 90), ("8", 95), ("号", 92)]),
    (2, (550, 760, 1400, 100), [("关于公布渝北区", 91), ("2023", 93), ("年度清廉村居建设评估结果的通知", 90)]),
    (3, (333, 1000, 1830, 66), [("评选出了", 91), ("龙塔街道", 90), ("鲁能西路社区", 88), ("等", 90), ("8", 95),
                               ("个村居为", 90), ("2023", 96), ("年度清廉村居建设区级标杆单位。", 90)]),
    (4, (1150, 3160, 190, 42), [("2", 50), ("站", 20)]),  # a smudged page number: dropped
]


def fake_tsv() -> str:
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    for line, (x, y, w, h), words in FAKE_LINES:
        rows.append(f"4\t1\t1\t1\t{line}\t0\t{x}\t{y}\t{w}\t{h}\t-1\t")
        step = w // len(words)
        for i, (word, conf) in enumerate(words, 1):
            rows.append(f"5\t1\t1\t1\t{line}\t{i}\t{x + (i - 1) * step}\t{y}\t{step}\t{h}\t{conf}\t{word}")
    return "\n".join(rows) + "\n"


def install_fake(folder, monkeypatch, langs=("chi_sim", "eng", "osd")):
    """A `tesseract` that answers --list-langs and prints FAKE_LINES as TSV for any image,
    logging each image it was given; PATH holds only it."""
    folder.mkdir(exist_ok=True)
    (folder / "out.tsv").write_text(fake_tsv(), encoding="utf-8")
    script = folder / "tesseract"
    script.write_text(f"""#!{sys.executable}
import sys
from pathlib import Path
here = Path(__file__).parent
if "--list-langs" in sys.argv:
    print('List of available languages in "/fake/tessdata/" ({len(langs)}):')
    print("\\n".join({list(langs)!r}))
    sys.exit(0)
image = Path(sys.argv[1])
assert image.read_bytes()[:8] == b"\\x89PNG\\r\\n\\x1a\\n", "not a PNG"
with open(here / "calls.log", "a") as log:
    log.write(" ".join(sys.argv[1:]) + "\\n")
sys.stdout.buffer.write((here / "out.tsv").read_bytes())
""", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", str(folder))
    return folder / "calls.log"


def calls(log) -> int:
    return len(log.read_text().splitlines()) if log.exists() else 0


# --- dev examples: joining tesseract's words --------------------------------------------------
JOIN = [
    (["重庆", "市"], "重庆市"),
    (["2023", "年度"], "2023年度"),
    (["等", "8", "个村居"], "等8个村居"),
    (["〔2024〕", "8", "号"], "〔2024〕8号"),
    (["[2024]", "8号"], "[2024]8号"),
    (["Clean", "village", "2024"], "Clean village 2024"),
]


@pytest.mark.parametrize("words,want", JOIN)
def test_words_join_without_spaces_in_chinese(words, want):
    assert _join(words) == want


def test_tsv_gives_lines_in_points_top_down_without_smudges():
    lines = parse_tsv(fake_tsv(), 1, 300 / 72, 842)
    assert [ln.text for ln in lines] == [
        "渝北民〔2024〕8号", "关于公布渝北区2023年度清廉村居建设评估结果的通知",
        "评选出了龙塔街道鲁能西路社区等8个村居为2023年度清廉村居建设区级标杆单位。"]
    first, title, body = lines
    assert first.y > title.y > body.y  # PDF coordinates: up is larger
    assert first.size == body.size < title.size  # body lines share one size whatever their box height
    assert body.x0 == pytest.approx(333 * 72 / 300)


def test_tsv_without_header_is_an_error_not_a_crash():
    with pytest.raises(ReadError, match="no readable output"):
        parse_tsv("Error: something\n", 3, 4.0, 842)


# --- messages --------------------------------------------------------------------------------
@needs_corpus
def test_without_ocr_the_error_says_how_to_read_it():
    with pytest.raises(ReadError) as err:
        read_document(SCANNED)
    msg = str(err.value)
    assert "no text layer (scanned image?)" in msg and "--ocr" in msg
    assert "apt-get install tesseract-ocr tesseract-ocr-chi-sim" in msg


@needs_corpus
def test_ocr_without_tesseract_says_it_is_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ReadError) as err:
        read_document(SCANNED, ocr=True)
    msg = str(err.value)
    assert "tesseract" in msg and "not installed" in msg and "apt-get install tesseract-ocr" in msg


@needs_corpus
def test_ocr_without_chinese_data_says_chi_sim_is_missing(tmp_path, monkeypatch):
    log = install_fake(tmp_path / "bin", monkeypatch, langs=("eng", "osd"))
    with pytest.raises(ReadError) as err:
        read_document(SCANNED, ocr=True)
    assert "chi_sim" in str(err.value) and "tesseract-ocr-chi-sim" in str(err.value)
    assert calls(log) == 0


# --- the plumbing with a fake tesseract ------------------------------------------------------
@needs_corpus
def test_fake_tesseract_reads_the_scan_into_blocks(tmp_path, monkeypatch):
    log = install_fake(tmp_path / "bin", monkeypatch)
    doc = read_document(SCANNED, ocr=True)
    assert "OCR" in doc.props["note"] and "page 1" in doc.props["note"]
    assert [b.text for b in doc.blocks][:2] == ["渝北民〔2024〕8号", "关于公布渝北区2023年度清廉村居建设评估结果的通知"]
    assert all(b.page == 1 for b in doc.blocks)
    assert "站" not in doc.text
    args = log.read_text().split()
    assert args[1:5] == ["stdout", "-l", "chi_sim", "--psm"] and args[-1] == "tsv"


@needs_corpus
def test_ingest_ocr_end_to_end_and_retry_of_a_failed_scan(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SCANNED, folder)
    shutil.copy(CORPUS / "bad" / "gbk.txt", folder)
    store = tmp_path / "s.sqlite"
    log = install_fake(tmp_path / "bin", monkeypatch)

    first = runner.invoke(app, ["ingest", str(folder), "--store", str(store)])
    assert first.exit_code == 1 and "--ocr" in first.output and calls(log) == 0

    second = runner.invoke(app, ["ingest", str(folder), "--store", str(store), "--ocr"])
    assert second.exit_code == 0, second.output
    assert calls(log) == 1  # the failed scan is read again; gbk.txt is unchanged
    db = sqlite3.connect(store)
    status, error, text, meta = db.execute(
        "SELECT status, error, text, doc_number FROM documents WHERE file_name = ?", (SCANNED.name,)).fetchone()
    assert status == "warning" and "OCR" in error
    assert "龙塔街道鲁能西路社区" in text and meta == "渝北民〔2024〕8号"
    units = [r[0] for r in db.execute("SELECT unit FROM units WHERE doc_id = ?", (SCANNED.name,))]
    assert "龙塔街道鲁能西路社区" in units

    third = runner.invoke(app, ["ingest", str(folder), "--store", str(store), "--ocr"])
    assert third.exit_code == 0 and calls(log) == 1  # a scan read by OCR is not read again


@needs_corpus
def test_a_scanned_page_inside_a_text_pdf(tmp_path, monkeypatch):
    """Text pages are read as usual; the scanned page is noted without --ocr and read with it."""
    import pypdfium2 as pdfium

    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(pdfium.PdfDocument(str(CORPUS / "rendered" / "001_9bea1109a6fc303f.pdf")), [0])
    mixed.import_pages(pdfium.PdfDocument(str(SCANNED)), [0])
    path = tmp_path / "mixed.pdf"
    mixed.save(str(path))

    plain = read_document(path)
    assert "page 2: no text layer" in plain.props["note"] and "--ocr" in plain.props["note"]
    assert "鲁能西路社区等8个" not in plain.text

    install_fake(tmp_path / "bin", monkeypatch)
    read = read_document(path, ocr=True)
    assert "OCR" in read.props["note"] and "(page 2)" in read.props["note"]
    assert read.text.startswith(plain.text)
    assert {b.page for b in read.blocks if "鲁能西路社区" in b.text} == {2}


# --- the real tesseract ----------------------------------------------------------------------
def _real_tesseract() -> bool:
    exe = shutil.which("tesseract")
    if not exe:
        return False
    import subprocess

    out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True)
    return "chi_sim" in (out.stdout + out.stderr).split()


@needs_corpus
@pytest.mark.skipif(not _real_tesseract(), reason="tesseract with chi_sim not installed (make ocr)")
def test_real_tesseract_reads_the_scanned_notice():
    t = time.perf_counter()
    doc = read_document(SCANNED, ocr=True)
    assert time.perf_counter() - t < 30  # one page; 1.3 s measured with OMP_THREAD_LIMIT=1, 9 s without
    text = "".join(doc.text.split())
    # robust pieces only: OCR misreads a character here and there (鲁能 → 兽能)
    for s in ("渝北区民政局", "清廉村居建设", "评估结果的通知", "标杆单位", "优秀单位", "2023年度"):
        assert s in text, s
    assert "OCR" in doc.props["note"]


def test_a_blank_pdf_is_not_called_a_scan(tmp_path):
    from pdfgen import make_pdf

    path = tmp_path / "blank.pdf"
    make_pdf([], path)
    with pytest.raises(ReadError, match="blank") as err:
        read_document(path, ocr=True)
    assert "OCR" not in str(err.value)
