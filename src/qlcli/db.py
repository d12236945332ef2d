"""Reading a store with plain sqlite3 and no model classes, so the query commands (tiers, units,
docs, runs) start like a plain script. store.Store adds the schema and the writes."""
from __future__ import annotations

import sqlite3

ROW_TABLE_NAMES = ("units", "tiers", "cases", "measures", "mentions", "outcomes", "warnings")
DOC_COLUMNS = ["doc_id", "path", "file_name", "sha256", "size", "format", "doc_type", "title", "doc_number",
               "issuers", "date", "region", "n_chars", "status", "error", "script", "pipeline", "text",
               "original", "props", "region_full"]


class StoreError(Exception):
    pass


class ReadStore:
    """A store opened for reading (the file must exist and hold qlcli's tables)."""

    def __init__(self, path):
        self.path = path
        try:
            self.db = sqlite3.connect(str(path), timeout=30)
            self.db.row_factory = sqlite3.Row
            self.db.execute("SELECT 1 FROM documents LIMIT 1")
        except sqlite3.DatabaseError as err:
            raise StoreError(f"cannot read the store {path}: {err}")

    def close(self) -> None:
        self.db.close()

    def state(self) -> tuple:
        """What changes whenever the store does: the sizes and times of its file and write-ahead log."""
        import os

        out = [os.path.abspath(str(self.path))]
        for f in (str(self.path), str(self.path) + "-wal"):
            try:
                st = os.stat(f)
            except OSError:
                st = None
            # an empty log (opening the store creates one) holds nothing
            out += [st.st_size, st.st_mtime_ns] if st is not None and st.st_size else [0, 0]
        return tuple(out)

    def runs(self, limit: int = 20) -> list[dict]:
        return [dict(r) for r in self.db.execute("SELECT * FROM runs ORDER BY run_id DESC LIMIT ?", (limit,))]

    def run_files(self, run_id: int) -> list[dict]:
        return [dict(r) for r in self.db.execute("SELECT * FROM run_files WHERE run_id = ? ORDER BY rowid",
                                                 (run_id,))]

    def known(self) -> dict[str, dict]:
        """path → {doc_id, sha256, pipeline, status, error} of every stored document."""
        rows = self.db.execute("SELECT doc_id, path, sha256, pipeline, status, error FROM documents")
        return {r["path"]: dict(r) for r in rows}

    def documents(self, include_text: bool = False, columns: tuple[str, ...] | None = None) -> list[dict]:
        """Stored documents by file name. `columns` reads only those: a column stored after the text
        (props, region_full) makes SQLite walk each text's overflow pages, most of a query's time."""
        have = [r[1] for r in self.db.execute("PRAGMA table_info(documents)")]  # an older store lacks new ones
        cols = [c for c in DOC_COLUMNS if c in have and (include_text or c not in ("text", "original"))
                and (columns is None or c in columns or c in ("doc_id", "file_name"))]
        sql = f"SELECT {', '.join(f'{c!r}' for c in cols)} FROM documents ORDER BY file_name, doc_id"
        return [dict(r) for r in self.db.execute(sql.replace("'", '"'))]

    def rows(self, table: str, doc_id: str | None = None, where: str = "", params: tuple = ()) -> list[dict]:
        if table not in ROW_TABLE_NAMES and table != "blocks":
            raise ValueError(table)
        sql = f"SELECT * FROM {table} WHERE 1=1"
        if doc_id:
            sql += " AND doc_id = ?"
            params = (doc_id, *params)
        if where:
            sql += f" AND ({where})"
        sql += " ORDER BY rowid"
        return [dict(r) for r in self.db.execute(sql, params)]

    def resolve(self, ref: str) -> str | None:
        """A doc_id from what a user typed: the id, a file name, a path or a unique prefix."""
        for sql in ("SELECT doc_id FROM documents WHERE doc_id = ?",
                    "SELECT doc_id FROM documents WHERE file_name = ?",
                    "SELECT doc_id FROM documents WHERE path = ?"):
            rows = self.db.execute(sql, (ref,)).fetchall()
            if len(rows) == 1:
                return rows[0][0]
        rows = self.db.execute("SELECT doc_id FROM documents WHERE doc_id LIKE ? ESCAPE '\\'",
                               (ref.replace("%", "\\%").replace("_", "\\_") + "%",)).fetchall()
        return rows[0][0] if len(rows) == 1 else None
