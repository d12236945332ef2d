"""`qlcli ingest DIR`: walk a folder, read what changed, extract, store; never drop a file silently.

Unchanged files (same content hash, same qlcli code and lexicon) are skipped. Files are read
in worker processes, each under a time limit, so a reader that hangs or crashes costs only its
file; the main process alone writes the store.
"""
from __future__ import annotations

import hashlib
import os
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .lexicon import Lexicon, load
from .readers import SUPPORTED, ReadError, fmt_of, read_document, unsupported_message
from .store import Store, variant_id
from .workers import run_jobs

# document types qlcli knows it cannot read: a failure the user must act on (convert the file)
FAILING_SUFFIXES = {".doc", ".wps", ".rtf", ".odt", ".docm", ".dotx"}
DEFAULT_TIMEOUT = 120  # seconds per file; the 47-page corpus PDF takes 0.5 s
# failures that another run may not repeat: such files are read again even when unchanged
TRANSIENT = ("stopped after", "the reader process", "ran out of memory")


@dataclass
class FileResult:
    path: str
    file_name: str
    format: str
    status: str  # ingested | updated | unchanged | failed | skipped
    doc_id: str = ""
    error: str = ""
    seconds: float = 0.0


@dataclass
class IngestSummary:
    root: str
    results: list[FileResult] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False
    run_id: int = 0
    files_seen: int = 0

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]


def discover(root: Path) -> tuple[list[Path], list[FileResult]]:
    """Files under root in a stable order, and the entries passed over with a reason.
    Directory symlinks are not followed, so a link back up the tree cannot loop."""
    files: list[Path] = []
    skipped: list[FileResult] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for d in list(dirnames):
            full = Path(dirpath) / d
            if full.is_symlink():
                skipped.append(FileResult(str(full), d, "", "skipped",
                                          error="directory symlink not followed (it could loop)"))
            if d.startswith(".") or full.is_symlink():
                dirnames.remove(d)
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if name.startswith(".") or name.startswith("~$"):
                continue  # hidden files and Word's lock files are not documents
            if path.suffix.lower() in SUPPORTED or path.suffix.lower() in FAILING_SUFFIXES:
                files.append(path)
            else:
                skipped.append(FileResult(str(path), name, path.suffix.lstrip(".").lower(), "skipped",
                                          error=unsupported_message(path)))
    return files, skipped


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def process_file(path: str, doc_id: str, extra_lexicons: tuple[str, ...], ocr: bool = False):
    """Read and extract one file; runs in a worker process. Returns (doc, extraction, error)."""
    from .pipeline import extract_all

    lex = load(extra_lexicons)
    try:
        doc = read_document(path, doc_id=doc_id, ocr=ocr)
    except ReadError as err:
        return None, None, str(err)
    except MemoryError:
        return None, None, "file too large to read in memory"
    except Exception as err:  # an unexpected reader failure must not stop the run
        return None, None, f"could not read the file ({type(err).__name__}: {err})"
    try:
        return doc, extract_all(doc, lex), ""
    except Exception as err:
        return doc, None, f"extraction failed ({type(err).__name__}: {err}); please report this file"


def _doc_id(path: Path, taken: dict[str, str]) -> str:
    """The file name, unless another stored file already has it."""
    base = path.name
    owner = taken.get(base)
    return base if owner is None or owner == str(path) else variant_id(base, str(path))


def ingest(root: str | Path, store: Store | str | Path, lex: Lexicon | None = None, jobs: int = 1,
           progress=None, prune: bool = True, timeout: float | None = DEFAULT_TIMEOUT,
           ocr: bool = False) -> IngestSummary:
    """Bring the store up to date with the folder. `progress(advance, description, total=None)`
    is called once with the total, then once per file; `prune` forgets stored files under
    root that are gone. Files are read in `jobs` worker processes, each file stopped after
    `timeout` seconds (None: no limit); `ocr` reads scanned PDF pages with tesseract, and
    retries stored files that lacked a text layer. Every run is recorded in the store's manifest."""
    lex = lex or load()
    if not isinstance(store, Store):  # a path: open (or create) the store there
        store = Store(store)
    t0 = time.perf_counter()
    root = Path(root).resolve()
    summary = IngestSummary(str(root))
    summary.run_id = store.begin_run(str(root), __version__)
    try:
        _ingest(root, store, lex, jobs, progress, prune, timeout, ocr, summary)
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM turned into it by the CLI
        summary.interrupted = True
    finally:  # also when stopped: the manifest says how far the run got
        summary.seconds = time.perf_counter() - t0
        _end_run(store, summary)
    return summary


def _end_run(store: Store, s: IngestSummary) -> None:
    counts = {st: s.count(st) for st in ("ingested", "updated", "unchanged", "failed", "skipped")}
    counts.update(files_seen=s.files_seen, removed=len(s.removed))
    files = [(r.path, r.file_name, r.format, r.status, r.error) for r in s.results if r.status != "unchanged"]
    store.end_run(s.run_id, "interrupted" if s.interrupted else "done", counts, s.seconds, files)


def _ingest(root: Path, store: Store, lex: Lexicon, jobs: int, progress, prune: bool, timeout: float | None,
            ocr: bool, summary: IngestSummary) -> None:
    from .pipeline import fingerprint
    from .readers.ocr import NO_TEXT_LAYER

    files, skipped = discover(root)
    summary.files_seen = len(files) + len(skipped)
    summary.results.extend(skipped)
    if progress:
        progress(0, "", total=len(files))
    pipeline = fingerprint(lex)
    known = store.known()
    taken = {v["doc_id"]: p for p, v in known.items()}
    todo: list[tuple[Path, str, str, str]] = []
    for path in files:
        prev = known.get(str(path))
        fmt = fmt_of(path) or path.suffix.lstrip(".").lower()
        try:
            sha = sha256_of(path)
        except OSError as err:  # unreadable (permissions) or gone since the walk
            summary.results.append(FileResult(str(path), path.name, fmt, "failed",
                                              error=f"cannot open the file ({err.strerror or err})"))
            if progress:
                progress(1, path.name)
            continue
        if prev and prev["sha256"] == sha and prev["pipeline"] == pipeline and not _retry(prev, ocr, NO_TEXT_LAYER):
            failed = prev["status"] == "failed"
            summary.results.append(FileResult(str(path), path.name, fmt, "failed" if failed else "unchanged",
                                              doc_id=prev["doc_id"], error=prev["error"] or ""))
            if progress:
                progress(1, path.name)
            continue
        doc_id = prev["doc_id"] if prev else _doc_id(path, taken)
        taken[doc_id] = str(path)
        todo.append((path, doc_id, sha, "updated" if prev else "ingested"))

    def record(path: Path, doc_id: str, sha: str, status: str, result, seconds: float) -> None:
        doc, ex, error = result
        fmt = fmt_of(path) or path.suffix.lstrip(".").lower()
        if path.suffix.lower() in FAILING_SUFFIXES:
            error = error or unsupported_message(path)
        if doc is None or ex is None:
            doc_id = store.put_failed(doc_id, str(path), path.name, fmt, sha, _size(path), error, pipeline)
            summary.results.append(FileResult(str(path), path.name, fmt, "failed", doc_id, error, seconds))
        else:
            note = doc.props.get("note", "")
            doc_id = store.put(doc, ex, pipeline, status="warning" if note else "ok", error=note)
            summary.results.append(FileResult(str(path), path.name, fmt, status, doc_id, note, seconds))
        if progress:
            progress(1, path.name)

    jobs_in = [(str(p), (str(p), d, lex.extra_paths, ocr)) for p, d, _, _ in todo]
    by_key = {str(p): (p, d, s, st) for p, d, s, st in todo}
    with closing(run_jobs(process_file, jobs_in, workers=jobs, timeout=timeout)) as results:
        for done in results:
            result = done.result if not done.error else (None, None, done.error)
            record(*by_key[done.key], result, done.seconds)
    if prune:
        seen = {str(p) for p in files}
        gone = [v["doc_id"] for p, v in known.items() if p.startswith(str(root) + os.sep) and p not in seen]
        store.remove(gone)
        summary.removed = gone


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # removed while we read it
        return 0


def _retry(prev: dict, ocr: bool, no_text_layer: str) -> bool:
    """Read an unchanged file again: its failure may not repeat, or OCR may now read it."""
    error = prev["error"] or ""
    return (prev["status"] == "failed" and error.startswith(TRANSIENT)) or (ocr and no_text_layer in error)
