"""Readers: one module per format, each turning a file into raw blocks; `read_document`
sniffs the content, calls the right reader and builds the normalised Document."""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..model import Document
from ..normalize import RawBlock, build_document
from .errors import ReadError

SUPPORTED = {".txt": "txt", ".text": "txt", ".docx": "docx", ".pdf": "pdf"}
# what a file of another type gets told, in plain words
UNSUPPORTED_HINT = {
    ".doc": "legacy Word 97-2003 .doc is not supported: save it as .docx in Word/WPS, or run "
            "`libreoffice --headless --convert-to docx FILE`",
    ".wps": "WPS .wps is not supported: save it as .docx",
    ".rtf": ".rtf is not supported: save it as .docx",
    ".odt": ".odt is not supported: save it as .docx",
    ".xlsx": "spreadsheets are not documents qlcli reads",
    ".xls": "spreadsheets are not documents qlcli reads",
}
MAX_BYTES = 200 * 2**20

def fmt_of(path: Path) -> str | None:
    return SUPPORTED.get(path.suffix.lower())


def unsupported_message(path: Path) -> str:
    return UNSUPPORTED_HINT.get(path.suffix.lower(),
                                f"unsupported format '{path.suffix or '(no extension)'}' "
                                "(qlcli reads .docx, .pdf and .txt)")


def _sniff(data: bytes, fmt: str) -> str:
    """The format the bytes are, which can differ from the name (a renamed text file)."""
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK"):
        return "docx" if fmt == "docx" else fmt
    if fmt in ("docx", "pdf") and data and b"\x00" not in data[:4096]:
        try:
            data[:4096].decode("utf-8")
            return "txt"
        except UnicodeDecodeError:
            return fmt
    return fmt


def read_raw(path: Path, data: bytes, ocr: bool = False) -> tuple[str, list[RawBlock], str]:
    """(format read as, raw blocks, note). Raises ReadError with a plain reason.
    `ocr`: PDF pages without a text layer are read by tesseract."""
    from . import docx, pdf, txt

    fmt = fmt_of(path)
    if fmt is None:
        raise ReadError(unsupported_message(path))
    if not data:
        raise ReadError("empty file (0 bytes)")
    actual = _sniff(data, fmt)
    notes = []
    if actual != fmt:
        notes.append(f"not a .{fmt} (no {fmt} signature): read as plain text")
    if actual == "pdf":
        blocks = pdf.read(path, data, ocr=ocr, notes=notes)
    else:
        blocks = {"txt": txt.read, "docx": docx.read}[actual](path, data)
    return actual, blocks, "; ".join(notes)


def read_document(path: str | Path, doc_id: str | None = None, ocr: bool = False) -> Document:
    """One .docx, .pdf or .txt (told by its bytes, not its name) as a normalised Document: blocks
    (headings, paragraphs, table cells) with offsets into its text, Traditional script converted
    for matching. Raises ReadError with a plain reason for a file it cannot read."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ReadError(f"file is {size / 2**20:,.0f} MB; qlcli reads files up to {MAX_BYTES // 2**20} MB")
    data = path.read_bytes()
    fmt, raw, note = read_raw(path, data, ocr=ocr)
    doc = build_document(raw, doc_id=doc_id or path.name, path=str(path),
                         file_name=path.name, format=fmt_of(path) or fmt,
                         sha256=hashlib.sha256(data).hexdigest(), size=size)
    if note:
        doc.props["note"] = note
    if not doc.text.strip():
        raise ReadError("no text found in the file")
    return doc


__all__ = ["ReadError", "read_document", "fmt_of", "unsupported_message", "SUPPORTED"]
