"""The floor: the same files read "bare", with no store and no extraction.

.txt decoded, .docx as python-docx paragraph text, .pdf as pypdfium2 page text (the fastest
permissive reader, a qlcli dependency; `--pdf pdfplumber` gives the older, slower floor), then
jieba.lcut of the text. Run as its own process (`python floor.py DIR --jobs J`) so that it
pays interpreter start-up and imports as `qlcli ingest` does; with J > 1 the files are
shared out to J worker processes, one file per task, as ingest does.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

SUFFIXES = {".txt", ".docx", ".pdf"}


def bare_text(path: str, pdf_reader: str = "pypdfium2") -> str:
    suffix = Path(path).suffix.lower()
    if suffix == ".docx":
        import docx

        return "\n".join(p.text for p in docx.Document(path).paragraphs)
    if suffix == ".pdf" and pdf_reader == "pdfplumber":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if suffix == ".pdf":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(path)
        try:
            return "\n".join(page.get_textpage().get_text_range() for page in pdf)
        finally:
            pdf.close()
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def bare(path: str, pdf_reader: str = "pypdfium2") -> int:
    """Read and segment one file; returns the number of words."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    return len(jieba.lcut(bare_text(path, pdf_reader)))


def files_under(root: Path) -> list[str]:
    return sorted(str(p) for p in root.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())


def run(root: Path, jobs: int, pdf_reader: str = "pypdfium2") -> int:
    files = files_under(root)
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor, as_completed

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            return sum(f.result() for f in as_completed([pool.submit(bare, f, pdf_reader) for f in files]))
    return sum(bare(f, pdf_reader) for f in files)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--pdf", choices=["pypdfium2", "pdfplumber"], default="pypdfium2", help="the PDF text reader")
    args = ap.parse_args()
    print(run(args.folder, args.jobs, args.pdf))


if __name__ == "__main__":
    main()
