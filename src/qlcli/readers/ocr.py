"""OCR of PDF pages that have no text layer (scans): pypdfium2 renders the page, the `tesseract`
command reads it (chi_sim) and its word boxes become lines that pdf.py joins into paragraphs
by the same layout rules as a text PDF.

tesseract runs as a subprocess with a time limit and OMP_THREAD_LIMIT=1: on a 2-core machine
its OpenMP threads made one page take 9 s instead of 1.2 s.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

from .errors import ReadError
from .page_lines import Line

LANG = "chi_sim"
DPI = 300  # tesseract reads best near 300 dpi; a 100-dpi scan is upsampled
PAGE_TIMEOUT = 120  # seconds for one page
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-chi-sim"
# `ingest --ocr` retries a stored file whose error or note holds NO_TEXT_LAYER
NO_TEXT_LAYER = "no text layer (scanned image?)"
OCR_HINT = f"OCR needed: run with --ocr (needs tesseract + chi_sim: {INSTALL})"
NOTE = f"text from OCR (tesseract {LANG}); check names and numbers against the scan"
NOISE_CONF = 40  # a short line read with less confidence than this is a stamp or a smudge


@lru_cache(maxsize=8)
def _languages(exe: str, tessdata: str | None) -> tuple[str, ...]:
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as err:
        raise ReadError(f"could not run tesseract ({err}); reinstall it: {INSTALL}")
    # the first line is a heading ("List of available languages in …"); the rest are names
    return tuple(ln.strip() for ln in (out.stdout + out.stderr).splitlines()[1:] if ln.strip())


def tesseract() -> str:
    """The tesseract executable, checked to have Chinese data; ReadError says what is missing."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise ReadError(f"{NO_TEXT_LAYER}; OCR needs the tesseract command, which is not installed: {INSTALL} "
                        "(macOS: brew install tesseract tesseract-lang)")
    if LANG not in _languages(exe, os.environ.get("TESSDATA_PREFIX")):
        raise ReadError(f"{NO_TEXT_LAYER}; OCR needs tesseract's Simplified Chinese data ({LANG}), which is not "
                        "installed: apt-get install tesseract-ocr-chi-sim (or put chi_sim.traineddata in the folder "
                        "TESSDATA_PREFIX names)")
    return exe


def _run(exe: str, image: Path, pageno: int) -> str:
    env = {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")}
    try:
        out = subprocess.run([exe, str(image), "stdout", "-l", LANG, "--psm", "6", "tsv"],
                             capture_output=True, timeout=PAGE_TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        raise ReadError(f"OCR of page {pageno} took longer than {PAGE_TIMEOUT} s")
    except OSError as err:
        raise ReadError(f"could not run tesseract ({err})")
    if out.returncode != 0:
        msg = out.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ReadError(f"tesseract failed on page {pageno}: {msg[-1] if msg else f'exit {out.returncode}'}")
    return out.stdout.decode("utf-8", "replace")


def _join(words: list[str]) -> str:
    """Words of one line, a space only between Latin words or numbers (tesseract splits 重庆 市)."""
    text = ""
    for w in words:
        if text and text[-1].isascii() and text[-1].isalnum() and w[0].isascii() and w[0].isalnum():
            text += " "
        text += w
    return text


def parse_tsv(tsv: str, pageno: int, scale: float, page_height: float):
    """tesseract's TSV (one row per word) → page lines in PDF points, top to bottom."""

    lines: dict[tuple, dict] = {}
    rows = tsv.splitlines()
    if not rows or not rows[0].startswith("level"):
        raise ReadError(f"tesseract gave no readable output for page {pageno}")
    for row in rows[1:]:  # level 4 rows give a line's box, level 5 rows its words
        f = row.split("\t")
        if len(f) < 12 or f[0] not in ("4", "5"):
            continue
        left, top, width, height = (int(float(x)) for x in f[6:10])
        ln = lines.setdefault((f[2], f[3], f[4]), {"words": [], "conf": [], "box": None})
        if f[0] == "4":
            ln["box"] = (left, top, left + width, top + height)
        elif f[11].strip():
            ln["words"].append(f[11].strip())
            ln["conf"].append(float(f[10]))
    out = []
    for ln in lines.values():
        text = _join(ln["words"])
        if not text or ln["box"] is None or (len(text) <= 4 and statistics.mean(ln["conf"]) < NOISE_CONF):
            continue
        x0, top, x1, bottom = (v / scale for v in ln["box"])
        line = Line(pageno, chars=list(text), x0=x0, x1=x1, y=page_height - bottom, size=bottom - top)
        out.append(line)
    # one font size per line of body text: box heights vary with the glyphs a line holds
    if out:
        body = statistics.median(ln.size for ln in out)
        for ln in out:
            if abs(ln.size - body) <= 0.2 * body:
                ln.size = body
            ln.sizes = [0.0 if c.isspace() else ln.size for c in ln.chars]
    out.sort(key=lambda ln: -ln.y)
    return out


def ocr_page(page, pageno: int, exe: str) -> list:
    """Lines of one rendered page."""
    scale = DPI / 72
    image = page.render(scale=scale, grayscale=True).to_pil()
    with tempfile.TemporaryDirectory(prefix="qlcli-ocr-") as tmp:
        path = Path(tmp) / f"page{pageno}.png"
        image.save(path)
        tsv = _run(exe, path, pageno)
    return parse_tsv(tsv, pageno, scale, page.get_height())
