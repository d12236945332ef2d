"""PDF: text from pypdfium2 (fast), tables from pdfplumber (only on pages that draw rules).

Measured on the 47-page 000 PDF: pdfplumber's extract_text 1.13 s, pypdfium2 per-character
walk with boxes 0.11 s, same text. pdfplumber is kept for what it does better, finding
ruled tables, and only runs on pages with enough path objects to hold one.
Lines are rebuilt from character boxes and joined into paragraphs by layout: a line that
reaches the right margin continues on the next unindented line, across page breaks too.
"""
from __future__ import annotations

import statistics

from ..normalize import RawBlock, is_page_number
from .errors import ReadError
from .page_lines import Line  # noqa: F401 - readers.pdf.Line stays importable

TERMINAL = set("。！？!?；;：:”’」』")
MIN_PATHS_FOR_TABLE = 4
MIN_PAGE_CHARS = 20  # fewer characters than this in a page's text layer: maybe a scan
SCAN_COVER = 0.5  # …when one image covers at least this share of the page
OUTLINED_PATHS = 300  # …or when it draws this many paths (text converted to outlines)
DOUBLE_GLYPHS = set("—…-－·")
FOOTNOTE_MARKS = set("[]［］*①②③④⑤⑥⑦⑧⑨⑩")


def _open(data: bytes):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        msg = str(err).lower()
        if "password" in msg:
            raise ReadError("PDF is password-protected: open it with the password and save an unprotected copy")
        raise ReadError(f"corrupt or unreadable PDF ({err})")


def _finish(line: Line) -> Line:
    """Set the line's font size and drop footnote marks set small (清廉村居¹, [1])."""
    real = [z for z in line.sizes if z > 0]
    line.size = statistics.median(real) if real else 0
    small = [i for i, (c, z) in enumerate(zip(line.chars, line.sizes))
             if 0 < z < 0.7 * line.size and (c.isdigit() or c in FOOTNOTE_MARKS)]
    if small and len(small) <= 3 and len(real) > 2 * len(small):
        drop = set(small)
        line.chars = [c for i, c in enumerate(line.chars) if i not in drop]
        line.sizes = [z for i, z in enumerate(line.sizes) if i not in drop]
    return line


def _page_lines(page, pageno: int) -> list[Line]:
    import pypdfium2.raw as raw

    tp = page.get_textpage()
    handle = tp.raw  # the bare handle: the wrapper resolves it anew on every call
    unicode_of, box_of, size_of = raw.FPDFText_GetUnicode, raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetFontSize
    rect = raw.FS_RECTF()
    lines: list[Line] = []
    cur = Line(pageno)
    last_box = None
    last_ch = ""
    for i in range(tp.count_chars()):
        code = unicode_of(handle, i)
        ch = chr(code) if code else ""
        if ch in ("\r", "\n"):
            if ch == "\n" and cur.chars:
                lines.append(_finish(cur))
                cur, last_box, last_ch = Line(pageno), None, ""
            continue
        if not ch or ch == "\ufffe":
            continue
        box_of(handle, i, rect)  # advance box: punctuation glyphs sit inside it
        box = (rect.left, rect.bottom, rect.right, rect.top)
        size = size_of(handle, i)
        # fake bold draws every glyph twice at a small offset: keep the first copy
        # ("——" and "……" are two characters drawn as one glyph at the same place: keep both)
        if ch == last_ch and last_box and ch not in DOUBLE_GLYPHS and box != last_box \
                and abs(box[0] - last_box[0]) < min(0.25 * (box[2] - box[0]), 0.15 * max(size, 1)) \
                and abs(box[1] - last_box[1]) < 0.15 * max(size, 1):
            continue
        cur.chars.append(ch)
        cur.sizes.append(0.0 if ch.isspace() else size)
        if not ch.isspace():
            first = cur.x1 < cur.x0
            cur.x0, cur.x1 = min(cur.x0, box[0]), max(cur.x1, box[2])
            cur.y = box[1] if first else min(cur.y, box[1])
        last_box, last_ch = box, ch
    if cur.chars:
        lines.append(_finish(cur))
    return _merge_same_baseline([ln for ln in lines if ln.text])


def _merge_same_baseline(lines: list[Line]) -> list[Line]:
    """pdfium sometimes breaks one printed line in two; glue pieces that share a baseline."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev and abs(prev.y - ln.y) < 0.3 * max(ln.size, 1) and ln.x0 >= prev.x1 - 2:
            gap = ln.x0 - prev.x1
            pad = [" "] if gap > 0.6 * max(ln.size, 1) else []
            prev.chars += pad + ln.chars
            prev.sizes += [0.0] * len(pad) + ln.sizes
            prev.x1, prev.y = ln.x1, min(prev.y, ln.y)
        else:
            out.append(ln)
    return out


def _tables(plumber, pageno: int, page_height: float) -> list[tuple[tuple, list]]:
    """(bbox in PDF coordinates, rows) for each ruled table pdfplumber finds on the page."""
    out = []
    for tb in plumber.pages[pageno - 1].find_tables():
        x0, top, x1, bottom = tb.bbox
        rows = [[(c or "").strip() for c in row] for row in tb.extract()]
        if len(rows) >= 2 or (rows and len(rows[0]) >= 2):
            out.append(((x0, page_height - bottom, x1, page_height - top), rows))
    return out


def _inside(line: Line, bbox) -> bool:
    x0, y0, x1, y1 = bbox
    return line.x0 >= x0 - 2 and line.x1 <= x1 + 2 and y0 - 2 <= line.y <= y1 + 2


def _draws_paths(page, n: int) -> bool:
    """At least n path objects on the page, forms included. Raw calls with an early stop:
    wrapping every object of a text page in Python took 0.1 s of the 47-page PDF's 0.34 s."""
    import pypdfium2.raw as raw

    found = 0

    def walk(count, get, parent, depth: int) -> bool:
        nonlocal found
        for i in range(count(parent)):
            obj = get(parent, i)
            kind = raw.FPDFPageObj_GetType(obj)
            found += kind == raw.FPDF_PAGEOBJ_PATH
            if found >= n or (kind == raw.FPDF_PAGEOBJ_FORM and depth < 15
                              and walk(raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, obj, depth + 1)):
                return True
        return False

    return walk(raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, page, 0)


def _scanned(page, plines: list[Line]) -> bool:
    """A page that is a picture of text: (almost) no text layer, and an image covering most of
    it, or text drawn as outlines (hundreds of paths)."""
    if sum(len(ln.text) for ln in plines) >= MIN_PAGE_CHARS:
        return False
    area = page.get_width() * page.get_height()
    paths = 0
    for obj in page.get_objects():
        paths += obj.type == 2
        if obj.type in (3, 5):  # image, or a form that may hold one
            x0, y0, x1, y1 = (getattr(obj, "get_bounds", None) or obj.get_pos)()  # get_pos before v5
            if (x1 - x0) * (y1 - y0) >= SCAN_COVER * area:
                return True
    return paths >= OUTLINED_PATHS


def read(path, data: bytes | None = None, ocr: bool = False, notes: list[str] | None = None) -> list[RawBlock]:
    """Blocks of a PDF. Scanned pages are read by tesseract when `ocr`, else reported; what the
    user should know about the result (OCR used, pages left out) is appended to `notes`."""
    from . import ocr as tess

    data = path.read_bytes() if data is None else data
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ReadError("not a PDF (no %PDF signature)")
    notes = [] if notes is None else notes
    pdf = _open(data)
    plumber = None
    scanned: list[int] = []
    try:
        lines: list[Line] = []
        for pno in range(len(pdf)):
            page = pdf[pno]
            plines = _page_lines(page, pno + 1)
            if _scanned(page, plines):
                scanned.append(pno + 1)
                if ocr:
                    plines = tess.ocr_page(page, pno + 1, tess.tesseract())
            if plines and _draws_paths(page, MIN_PATHS_FOR_TABLE):
                if plumber is None:
                    import io

                    import pdfplumber
                    plumber = pdfplumber.open(io.BytesIO(data))
                for bbox, rows in _tables(plumber, pno + 1, page.get_height()):
                    inside = [ln for ln in plines if _inside(ln, bbox)]
                    if not inside:
                        continue
                    tline = Line(pno + 1, table=rows, y=bbox[3])
                    plines = [ln for ln in plines if ln not in inside]
                    plines.append(tline)
                plines.sort(key=lambda ln: -ln.y)
            lines.extend(plines)
    finally:
        pdf.close()
        if plumber is not None:
            plumber.close()
    text_lines = [ln for ln in lines if ln.table is None]
    if sum(len(ln.text) for ln in text_lines) < 20 and not any(ln.table for ln in lines):
        if not scanned:
            raise ReadError("no text in the PDF: its pages are blank or hold only drawings")
        raise ReadError(f"{tess.NO_TEXT_LAYER}; " + ("OCR found no text either" if ocr else tess.OCR_HINT))
    if scanned:
        pages = f"page{'s' if len(scanned) > 1 else ''} {_ranges(scanned)}"
        notes.append(f"{tess.NOTE} ({pages})" if ocr else
                     f"{pages}: {tess.NO_TEXT_LAYER}, their text is missing; {tess.OCR_HINT}")
    return _paragraphs([ln for ln in lines if ln.table is not None or not is_page_number(ln.text)])


def _ranges(nums: list[int]) -> str:
    """[1, 2, 3, 7] → "1-3, 7"."""
    out, start = [], None
    for i, n in enumerate(nums):
        if start is None:
            start = n
        if i + 1 == len(nums) or nums[i + 1] != n + 1:
            out.append(str(start) if start == n else f"{start}-{n}")
            start = None
    return ", ".join(out)


def _paragraphs(lines: list[Line]) -> list[RawBlock]:
    body = [ln for ln in lines if ln.table is None and len(ln.text) > 3]
    if not body:
        return []
    width = statistics.median(ln.size for ln in body) or 12
    left = statistics.mode(round(ln.x0) for ln in body)
    ends = [ln.x1 for ln in body]
    right = statistics.quantiles(ends, n=10, method="inclusive")[-1] if len(ends) > 1 else ends[0]
    right = max(right, left + width)
    mid = (left + right) / 2

    def align(ln: Line) -> str:
        if ln.x0 > left + 3 * width and abs((ln.x0 + ln.x1) / 2 - mid) < 1.5 * width:
            return "center"
        if ln.x1 >= right - width and ln.x0 > left + 6 * width:
            return "right"
        return ""

    out: list[RawBlock] = []
    table_no = 0
    prev: Line | None = None
    for ln in lines:
        if ln.table is not None:
            table_no += 1
            for r, row in enumerate(ln.table):
                for c, cell in enumerate(row):
                    if cell:
                        out.append(RawBlock("table_cell", cell.replace("\n", ""), page=ln.page,
                                            table=table_no, row=r, col=c))
            prev = None
            continue
        text = ln.text
        same = prev is not None and abs(prev.size - ln.size) < 0.5 and out and out[-1].kind == "paragraph"
        # justified body text: a line reaching the right margin runs on into an unindented line
        # (CJK punctuation compression can leave up to two characters of room)
        continues = (same and prev.x1 >= right - 2.5 * width and ln.x0 <= left + 0.6 * width
                     and align(prev) != "center")
        # a centred title wraps when its first line takes (nearly) the whole text width
        continues = continues or (
            same and ln.size > width * 1.2 and align(ln) == "center"
            and prev.x1 - prev.x0 >= 0.85 * (right - left)
            and abs((prev.x0 + prev.x1) / 2 - mid) < 1.5 * width and prev.y - ln.y < 2.5 * ln.size)
        if continues:
            sep = " " if out[-1].text[-1:].isascii() and out[-1].text[-1:].isalpha() and text[:1].isascii() else ""
            out[-1].text += sep + text
        else:
            out.append(RawBlock("paragraph", text, page=ln.page, align=align(ln)))
        prev = ln
    return out
