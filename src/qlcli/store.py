"""The embedded store: one SQLite file holding documents, their blocks and every extracted row.

One transaction per document, so a crash or Ctrl-C leaves each document either fully
stored or not at all, and a re-run picks up where it stopped. Extraction tables are derived
from the dataclasses in model.py: a field added there is a column here.
"""
from __future__ import annotations

import json
import hashlib
import sqlite3
from contextlib import contextmanager
from dataclasses import asdict, fields
from pathlib import Path

from .db import DOC_COLUMNS, ROW_TABLE_NAMES, ReadStore, StoreError  # noqa: F401 - StoreError is re-exported
from .model import Block, Case, Document, Extraction, Measure, Outcome, Tier, Unit, Warning

SCHEMA_VERSION = 1
ROW_TABLES = {"units": Unit, "tiers": Tier, "cases": Case, "measures": Measure, "mentions": Measure, "outcomes": Outcome,
              "warnings": Warning}
assert tuple(ROW_TABLES) == ROW_TABLE_NAMES
BLOCK_COLUMNS = [f.name for f in fields(Block)]
# the manifest of ingest runs: one row per run, and each file it did something with
RUN_COLUMNS = ["run_id", "started", "finished", "status", "root", "qlcli_version", "host", "pid", "files_seen",
               "ingested", "updated", "unchanged", "failed", "skipped", "removed", "seconds"]
RUN_FILE_COLUMNS = ["path", "file_name", "format", "status", "error"]


def _cols(cls) -> list[str]:
    return [f.name for f in fields(cls)]


def _sql_value(v):
    if isinstance(v, (list, tuple)):
        return ";".join(map(str, v))
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    return v


def variant_id(name: str, path: str) -> str:
    """The id of a file whose name another stored file already has: story~1a2b3c.txt."""
    p = Path(name)
    return f"{p.stem}~{hashlib.sha1(path.encode()).hexdigest()[:6]}{p.suffix}"


class Store(ReadStore):
    """A store opened for writing: created when missing, its schema brought up to date."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(self.path), timeout=30)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA journal_mode = WAL")
            self._init()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"cannot open the store {self.path}: {err}")

    def _init(self) -> None:
        q = lambda name: f'"{name}"'  # noqa: E731 - column names like "end" are SQL words
        ver = self.db.execute("PRAGMA user_version").fetchone()[0]
        if ver not in (0, SCHEMA_VERSION):
            raise StoreError(f"the store {self.path} was written by another qlcli version; "
                             "delete it and ingest again")
        with self.db:
            self.db.execute(f"CREATE TABLE IF NOT EXISTS documents ({', '.join(map(q, DOC_COLUMNS))}, "
                            "PRIMARY KEY (doc_id), UNIQUE (path))")
            self.db.execute(f"CREATE TABLE IF NOT EXISTS blocks (doc_id REFERENCES documents ON DELETE CASCADE, "
                            f"{', '.join(map(q, BLOCK_COLUMNS))})")
            self.db.execute("CREATE INDEX IF NOT EXISTS blocks_doc ON blocks(doc_id)")
            for table, cls in ROW_TABLES.items():
                self.db.execute(f"CREATE TABLE IF NOT EXISTS {table} (doc_id REFERENCES documents "
                                f"ON DELETE CASCADE, {', '.join(map(q, _cols(cls)))})")
                self.db.execute(f"CREATE INDEX IF NOT EXISTS {table}_doc ON {table}(doc_id)")
            self.db.execute(f"CREATE TABLE IF NOT EXISTS runs (run_id INTEGER PRIMARY KEY AUTOINCREMENT, "
                            f"{', '.join(map(q, RUN_COLUMNS[1:]))})")
            self.db.execute("CREATE TABLE IF NOT EXISTS run_files (run_id REFERENCES runs ON DELETE CASCADE, "
                            f"{', '.join(map(q, RUN_FILE_COLUMNS))})")
            self._add_new_columns()
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _add_new_columns(self) -> None:
        """A store written before a release added columns (adcode, region_full) gains them empty;
        the next ingest re-extracts its documents, since the pipeline fingerprint changed."""
        wanted = {"documents": DOC_COLUMNS, **{t: _cols(c) for t, c in ROW_TABLES.items()}}
        for table, cols in wanted.items():
            have = {r[1] for r in self.db.execute(f"PRAGMA table_info({table})")}
            for c in cols:
                if c not in have:
                    self.db.execute(f'ALTER TABLE {table} ADD COLUMN "{c}"')

    # --- writing ------------------------------------------------------------------------
    def _insert(self, table: str, cols: list[str], rows: list[tuple]) -> None:
        if rows:
            names = ", ".join(f'"{c}"' for c in cols)
            self.db.executemany(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(cols))})", rows)

    @contextmanager
    def _writing(self):
        """One write transaction that takes the write lock first: another ingest into the same
        store waits (up to 30 s per document) instead of failing or interleaving."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.rollback()
            raise
        self.db.commit()

    def _claim(self, doc_id: str, path: str) -> str:
        """doc_id, or a variant of it when another path holds it (two ingests of two folders
        with a file of the same name, running at the same time)."""
        row = self.db.execute("SELECT path FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return doc_id if row is None or row[0] == path else variant_id(doc_id, path)

    def put(self, doc: Document, ex: Extraction, pipeline: str, status: str = "ok", error: str = "") -> str:
        """Replace everything stored for this document, in one transaction; returns its doc_id."""
        m = ex.meta
        with self._writing():
            doc_id = self._claim(doc.doc_id, doc.path)
            row = {"doc_id": doc_id, "path": doc.path, "file_name": doc.file_name, "sha256": doc.sha256,
                   "size": doc.size, "format": doc.format, "doc_type": m.doc_type, "title": m.title,
                   "doc_number": m.doc_number, "issuers": ";".join(m.issuers), "date": m.date, "region": m.region,
                   "region_full": m.region_full, "n_chars": len(doc.text), "status": status, "error": error, "script": doc.script,
                   "pipeline": pipeline, "text": doc.text, "original": doc.original,
                   "props": json.dumps(doc.props, ensure_ascii=False)}
            self._delete(doc_id, doc.path)
            self._insert("documents", DOC_COLUMNS, [tuple(row[c] for c in DOC_COLUMNS)])
            self._insert("blocks", ["doc_id"] + BLOCK_COLUMNS,
                         [(doc_id, *(getattr(b, c) for c in BLOCK_COLUMNS)) for b in doc.blocks])
            for table, cls in ROW_TABLES.items():
                cols = _cols(cls)
                items = getattr(ex, table)
                self._insert(table, ["doc_id"] + cols,
                             [(doc_id, *(_sql_value(getattr(it, c)) for c in cols)) for it in items])
        return doc_id

    def put_failed(self, doc_id: str, path: str, file_name: str, fmt: str, sha256: str, size: int,
                   error: str, pipeline: str) -> str:
        with self._writing():
            doc_id = self._claim(doc_id, path)
            self._delete(doc_id, path)
            row = dict.fromkeys(DOC_COLUMNS)
            row.update(doc_id=doc_id, path=path, file_name=file_name, format=fmt, sha256=sha256, size=size,
                       status="failed", error=error, pipeline=pipeline, n_chars=0)
            self._insert("documents", DOC_COLUMNS, [tuple(row[c] for c in DOC_COLUMNS)])
        return doc_id

    def _delete(self, doc_id: str, path: str) -> None:
        self.db.execute("DELETE FROM documents WHERE doc_id = ? OR path = ?", (doc_id, path))

    def remove(self, doc_ids: list[str]) -> None:
        with self._writing():
            for d in doc_ids:
                self.db.execute("DELETE FROM documents WHERE doc_id = ?", (d,))

    def begin_run(self, root: str, version: str) -> int:
        import os
        import socket
        from datetime import datetime

        with self._writing():
            cur = self.db.execute("INSERT INTO runs (started, status, root, qlcli_version, host, pid) "
                                  "VALUES (?, 'running', ?, ?, ?, ?)",
                                  (datetime.now().isoformat(timespec="seconds"), root, version,
                                   socket.gethostname(), os.getpid()))
        return cur.lastrowid

    def end_run(self, run_id: int, status: str, counts: dict[str, int], seconds: float,
                files: list[tuple]) -> None:
        from datetime import datetime

        cols = ["files_seen", "ingested", "updated", "unchanged", "failed", "skipped", "removed"]
        with self._writing():
            self.db.execute(f"UPDATE runs SET finished = ?, status = ?, seconds = ?, "
                            f"{', '.join(f'{c} = ?' for c in cols)} WHERE run_id = ?",
                            (datetime.now().isoformat(timespec="seconds"), status, round(seconds, 2),
                             *(counts.get(c, 0) for c in cols), run_id))
            self._insert("run_files", ["run_id"] + RUN_FILE_COLUMNS, [(run_id, *f) for f in files])

    # --- reading ------------------------------------------------------------------------
    def document(self, doc_id: str) -> Document | None:
        r = self.db.execute("SELECT * FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if r is None or r["status"] == "failed":
            return None
        blocks = [Block(**{c: b[c] for c in BLOCK_COLUMNS})
                  for b in self.db.execute("SELECT * FROM blocks WHERE doc_id = ? ORDER BY rowid", (doc_id,))]
        return Document(doc_id=r["doc_id"], path=r["path"], file_name=r["file_name"], format=r["format"],
                        sha256=r["sha256"], size=r["size"], text=r["text"] or "", blocks=blocks,
                        script=r["script"] or "simplified", original=r["original"] or "",
                        props=json.loads(r["props"] or "{}"))


def open_store(path: str | Path) -> Store:
    """The store at `path` (an SQLite file), created with its tables when missing."""
    return Store(path)


def as_rows(items) -> list[dict]:
    return [asdict(it) for it in items]
