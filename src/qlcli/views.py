"""How the commands present results on a terminal (rich), kept out of cli.py."""
from __future__ import annotations

import sys
from collections import Counter

from .reports.output import atomic_write, csv_text, md_escape, render, term_safe

TYPE_CHECKING = False  # typing costs 4 ms of a query's start-up
if TYPE_CHECKING:  # ingest pulls in multiprocessing, pathlib 10 ms: not for commands that only print
    from pathlib import Path

    from .folder_ingest import IngestSummary


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def _say(con, text: str, **kw) -> None:
    """One line of our words around user text (file names, titles): no markup, no raw controls."""
    con.print(term_safe(text), markup=False, **kw)


class IngestProgress:
    """A Rich progress bar on stderr; its total grows as files are discovered."""

    def __enter__(self):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                 TextColumn("{task.description}", markup=False), console=_console(stderr=True),
                                 transient=True)
        self.progress.__enter__()
        self.task = self.progress.add_task("", total=None)
        return self

    def advance(self, n: int, name: str, total: int | None = None) -> None:
        if total is not None:
            self.progress.update(self.task, total=total)
        self.progress.update(self.task, advance=n, description=term_safe(name)[:40])

    def __exit__(self, *exc):
        self.progress.__exit__(*exc)
        return False


ERROR_COLUMNS = ["path", "file_name", "format", "status", "error"]


def write_error_report(path: Path, summary: IngestSummary) -> None:
    rows = [{"path": r.path, "file_name": r.file_name, "format": r.format, "status": r.status, "error": r.error}
            for r in summary.results if r.status in ("failed", "skipped") or r.error]
    atomic_write(path, csv_text(ERROR_COLUMNS, rows))


def print_ingest_summary(summary: IngestSummary, errors_path: Path) -> None:
    from rich.table import Table
    from rich.text import Text

    con = _console()
    statuses = ["ingested", "updated", "unchanged", "failed", "skipped"]
    counts = Counter((r.format or "other", r.status) for r in summary.results)
    table = Table(title=Text(term_safe(f"ingest {summary.root}")), header_style="bold")
    table.add_column("format")
    for s in statuses:
        table.add_column(s, justify="right")
    for fmt in sorted({f for f, _ in counts}):  # a format is a file's suffix: user text
        table.add_row(Text(term_safe(fmt)), *[str(counts[(fmt, s)] or "") for s in statuses])
    table.add_row("all", *[str(summary.count(s)) for s in statuses], style="bold")
    con.print(table)
    for r in summary.results:
        line = f"{term_safe(r.path)}: {term_safe(r.error)}"
        if r.status == "failed":
            con.print(Text.assemble(("failed", "red"), "  ", line), soft_wrap=True)
        elif r.status == "skipped":
            con.print(Text(f"skipped {line}"), soft_wrap=True)
        elif r.error:
            con.print(Text(f"note    {line}"), soft_wrap=True)
    if summary.removed:
        _say(con, f"removed from the store (files gone): {', '.join(summary.removed)}")
    extra = f"; errors listed in {errors_path}" if summary.failed or summary.count("skipped") else ""
    _say(con, f"{len(summary.results)} files in {summary.seconds:.1f} s{extra}")
    if summary.interrupted:
        _say(con, "interrupted: documents read so far are stored; run the same command again to finish")


def segment_source(source: str, store_path: Path, lex, sep: str) -> list[str]:
    from .readers import ReadError, read_document
    from .segment import cut
    from .store import Store

    from pathlib import Path

    path = Path(source)
    if path.is_file():
        try:
            doc = read_document(path)
        except ReadError as err:
            raise LookupError(f"{path}: {err}")
    else:
        if not store_path.exists():
            raise LookupError(f"'{source}' is neither a file nor a stored document (no store at {store_path})")
        st = Store(store_path)
        doc_id = st.resolve(source)
        doc = st.document(doc_id) if doc_id else None
        if doc is None:
            raise LookupError(f"'{source}' is neither a file nor a stored document (see `qlcli docs`)")
    return [term_safe(sep.join(cut(b.text, lex))) for b in doc.blocks]


def print_eval(reports, details: bool, fmt: str = "table") -> None:
    from rich.table import Table

    if fmt == "json":
        import json

        from .evaluate import as_dict

        sys.stdout.write(json.dumps([as_dict(r, details) for r in reports], ensure_ascii=False, indent=2) + "\n")
        return

    con = _console()
    for rep in reports:
        table = Table(title=f"{rep.group}: {len(rep.docs)} documents", header_style="bold")
        for c in ("table", "tp", "fp", "fn", "P", "R", "F1"):
            table.add_column(c, justify="right" if c != "table" else "left")
        for kind, sc in rep.scores.items():
            table.add_row(kind, str(sc.tp), str(sc.fp), str(sc.fn), f"{sc.precision:.3f}", f"{sc.recall:.3f}",
                          f"{sc.f1:.3f}")
        from .evaluate import sets_score

        sets = sets_score(rep)
        rows = [("measures N廉/N治", sets)] if sets.tp + sets.fp + sets.fn else []
        rows += [(f"measures {fam}", rep.families[fam]) for fam in ("五廉", "三治", "五治", "三廉") if fam in rep.families]
        for name, sc in rows:
            table.add_row(f"  {name}", str(sc.tp), str(sc.fp), str(sc.fn), f"{sc.precision:.3f}",
                          f"{sc.recall:.3f}", f"{sc.f1:.3f}")
        con.print(table)
        acc = ", ".join(f"{k} {a.value:.3f} ({a.right}/{a.total})" for k, a in rep.acc.items())
        meta = ", ".join(f"{k} {a.right}/{a.total}" for k, a in rep.meta.items())
        _say(con, f"metadata right: {meta}")
        if acc:
            _say(con, f"on matched rows: {acc}")
        if details:
            for m in rep.misses:
                for k in m.false_neg:
                    _say(con, f"  {m.doc} {m.kind} MISSED {k}")
                for k in m.false_pos:
                    _say(con, f"  {m.doc} {m.kind} EXTRA  {k}")
                for w in m.wrong:
                    _say(con, f"  {m.doc} {m.kind} WRONG  {w}")


def _tier_title(g, sep: str = " — ") -> str:
    nums = sorted({r["doc_number"] or r["doc_id"] for r in g.rows})
    atts = sorted({r["attachment"] for r in g.rows if r["attachment"]})
    source = ", ".join(nums + atts)
    year = f"{g.year}年度 " if g.year else ""
    return f"{g.region} {year}{g.level}{g.tier}{sep}{len(g.rows)} units" + (f" ({source})" if source else "")


def print_tiers(listing, fmt: str) -> None:
    """Award lists grouped by region, level and tier; the source (文号, 附件) in each group's title,
    so the same list read from a .txt, .docx or .pdf prints the same."""
    from .reports.tables import columns

    def where(w):
        return w.get("doc_number") or w["doc_id"]

    if fmt in ("csv", "json"):
        render(listing.rows, columns("tiers"), fmt)
        return
    if fmt == "md":
        for g in listing.groups:
            render(g.rows, ["position", "unit", "town", "village", "kind"], "md", title=_tier_title(g))
            print()
        for w in listing.warnings:
            print(f"- warning ({md_escape(where(w))}): {md_escape(w['message'])}")
        return
    cols = ["position", "unit", "town", "village", "kind"]
    if not sys.stdout.isatty():  # a pipe or a file (scripts, Makefiles): the same lines without rich
        if not listing.groups:
            print(f"no award lists for {listing.year} in the store")
            return
        for g in listing.groups:
            print(term_safe(_tier_title(g)))
            render(g.rows, cols, "table")
        counts = ", ".join(f"{g.level}{g.tier} {len(g.rows)}" for g in listing.groups)
        print(f"{len(listing.rows)} units: {counts}")
        for w in listing.warnings:
            print(term_safe(f"warning ({where(w)}): {w['message']}"))
        return
    con = _console()
    if not listing.groups:
        _say(con, f"no award lists for {listing.year} in the store")
        return
    for g in listing.groups:  # the title on its own line: a table title would wrap to the table's width
        _say(con, _tier_title(g), style="bold")
        render(g.rows, cols, "table", console=con)
    counts = ", ".join(f"{g.level}{g.tier} {len(g.rows)}" for g in listing.groups)
    _say(con, f"{len(listing.rows)} units: {counts}")
    for w in listing.warnings:
        _say(con, f"warning ({where(w)}): {w['message']}", style="yellow")


def with_evidence(rows: list[dict], width: int = 18) -> list[dict]:
    """Outcome rows with `evidence`: the words around the figure in its sentence (…整改非农化土地
    [260余亩]，妥善解决…), short enough for a terminal table."""
    out = []
    for r in rows:
        s, a, b = r["sentence"] or "", (r["text_start"] or 0) - (r["start"] or 0), (r["text_end"] or 0) - (r["start"] or 0)
        if not (0 <= a <= b <= len(s)):
            out.append({**r, "evidence": s})
            continue
        lo, hi = max(0, a - width), min(len(s), b + width // 2)
        out.append({**r, "evidence": ("…" if lo else "") + s[lo:a] + "[" + s[a:b] + "]" + s[b:hi] + ("…" if hi < len(s) else "")})
    return out


DOC_TABLE = ["doc_id", "doc_type", "title", "doc_number", "date", "region", "status", "error"]
UNIT_COLUMNS = ["unit", "province", "city", "county", "town", "village", "kind", "adcode", "resolution", "mentions",
                "docs", "tiers"]


def print_docs(store, fmt: str) -> None:
    """The stored documents: every column for csv/json/md, the ones a terminal has room for in a table."""
    from .reports.tables import columns, table_rows

    render(table_rows(store, "documents"), columns("documents") if fmt != "table" else DOC_TABLE, fmt,
           title="documents")


def print_units(rows: list[dict], fmt: str) -> None:
    """What a terminal has room for in a table; csv/json/md give every part and document."""
    cols = UNIT_COLUMNS if fmt != "table" else ["unit", "county", "town", "mentions", "n_docs", "tiers"]
    render(rows, cols, fmt, title="units")


def print_runs(rows: list[dict], fmt: str, run_id: int | None) -> None:
    """The manifest: all columns for csv/json; on a terminal, a narrow table that fits 80 columns."""
    from .queries import RUN_LIST

    if run_id is not None:
        cols = ["path", "status", "error"] if fmt == "table" else ["path", "file_name", "format", "status", "error"]
        render(rows, cols, fmt, title=f"ingest run {run_id}: files read, failed or skipped")
        return
    if fmt != "table":
        render(rows, RUN_LIST + ["finished", "qlcli_version", "host", "pid"], fmt)
        return
    short = [{"run": r["run_id"], "started": (r["started"] or "").replace("T", " ")[5:16], "status": r["status"],
              "seen": r["files_seen"], "read": (r["ingested"] or 0) + (r["updated"] or 0),
              "unchanged": r["unchanged"], "failed": r["failed"], "skipped": r["skipped"],
              "s": r["seconds"], "folder": r["root"]} for r in rows]
    render(short, ["run", "started", "status", "seen", "read", "unchanged", "failed", "skipped", "s", "folder"],
           fmt, title="ingest runs (newest first; `qlcli runs N` lists a run's files)")
