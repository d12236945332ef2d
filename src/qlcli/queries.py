"""What the query commands show, as plain functions over the store (no re-parsing)."""
from __future__ import annotations

import re
import sqlite3
from collections import defaultdict

from .db import ReadStore as Store
from .reports.tables import columns, table_rows


def _norm(s) -> str:
    from .script import to_simplified

    return to_simplified(re.sub(r"\s", "", s or ""))


def _squash(s) -> str:
    """Whitespace out, script kept: enough to match the renderings of one document (and no 9 ms
    traditional→simplified table on the path of `qlcli tiers`)."""
    return re.sub(r"\s", "", s or "")


def unit_matches(stored: str | None, wanted: str) -> bool:
    """`--unit 金刚村` finds 木耳镇金刚村; `--unit 木耳镇金刚村` finds a bare 金刚村 too."""
    s, w = _norm(stored), _norm(wanted)
    if not s or not w:
        return False
    return w in s or (len(s) >= 3 and w.endswith(s))


def doc_ids(store: Store, doc: str | None) -> set[str] | None:
    if not doc:
        return None
    resolved = store.resolve(doc)
    if resolved is None:
        raise LookupError(f"no stored document matches '{doc}' (see `qlcli docs`)")
    return {resolved}


def document_keys(store: Store) -> dict[str, str]:
    """doc_id → what names the document whatever file holds it (a .docx and the .pdf of one notice):
    its title (of 8 characters or more: no bare 通知) and date, kept by every copy; else its own
    number; else its file name without the extension."""
    import os

    out = {}
    for d in store.documents(columns=("title", "date", "doc_number")):
        if len(_squash(d.get("title"))) >= 8:
            out[d["doc_id"]] = f"td:{_squash(d['title'])}|{d['date'] or ''}"
        elif d.get("doc_number"):
            out[d["doc_id"]] = "no:" + _squash(d["doc_number"])
        else:
            out[d["doc_id"]] = "stem:" + os.path.splitext(os.path.basename(d["file_name"] or d["doc_id"]))[0]
    return out


# --- tiers ---------------------------------------------------------------------------------
TIER_WARNINGS = ("declared_count", "attachment_order", "attachment_missing", "attachment_unlisted")


class TierGroup:
    """One award list: its region, year, level and tier, and its rows in order. (Plain classes, not
    dataclasses: importing dataclasses costs 6 ms of a 50 ms `qlcli tiers`.)"""

    def __init__(self, region: str, year: int | None, level: str, tier: str, rows: list[dict] | None = None):
        self.region, self.year, self.level, self.tier = region, year, level, tier
        self.rows = rows if rows is not None else []

    def __eq__(self, other) -> bool:
        return isinstance(other, TierGroup) and vars(self) == vars(other)


class TierListing:
    """The award lists of a year and the checks of what their documents declare."""

    def __init__(self, year: int, groups: list[TierGroup], warnings: list[dict]):
        self.year, self.groups, self.warnings = year, groups, warnings

    @property
    def rows(self) -> list[dict]:
        return [r for g in self.groups for r in g.rows]


def tiers(store: Store, year: int, tier: str | None = None, region: str | None = None) -> TierListing:
    """The award lists of a year, grouped by region, level and tier. The same list read from
    several renderings of one document (.docx and .pdf) is shown once. Kept in the cache while the
    store and this code are unchanged."""
    y, groups, warnings = _memo(store, "tiers", (year, tier, region), lambda: _plain(_tiers(store, year, tier, region)))
    return TierListing(y, [TierGroup(*g) for g in groups], warnings)


def _plain(listing: TierListing) -> tuple:
    return listing.year, [(g.region, g.year, g.level, g.tier, g.rows) for g in listing.groups], listing.warnings


def _tiers(store: Store, year: int, tier: str | None, region: str | None) -> TierListing:
    rows = [r for r in table_rows(store, "tiers") if r["year"] == year]
    if tier:
        rows = [r for r in rows if _norm(tier) in _norm(r["tier"])]
    if region:
        rows = [r for r in rows if _norm(region) in _norm(r["region"])]
    seen: set[tuple] = set()
    groups: dict[tuple, TierGroup] = {}
    sources: set[str] = set()
    same_doc = document_keys(store)
    for r in rows:
        key = (same_doc.get(r["doc_id"], r["doc_id"]), r["level"], r["tier"], _squash(r["unit"]))
        if key in seen:
            continue
        seen.add(key)
        sources.add(r["doc_id"])
        g = groups.setdefault((r["region"] or "", r["level"] or "", r["tier"]),
                              TierGroup(r["region"] or "", r["year"], r["level"] or "", r["tier"]))
        g.rows.append(r)
    by_doc = {d["doc_id"]: d for d in store.documents(columns=("doc_number",))}
    warnings, said = [], set()
    for w in store.rows("warnings"):  # the list checks, once per document (not per rendering)
        if w["doc_id"] in sources and w["kind"] in TIER_WARNINGS:
            w = {**w, "doc_number": by_doc.get(w["doc_id"], {}).get("doc_number")}
            key = (same_doc.get(w["doc_id"], w["doc_id"]), w["kind"], w["message"])
            if key not in said:
                said.add(key)
                warnings.append(w)
    return TierListing(year, list(groups.values()), warnings)


# --- units ---------------------------------------------------------------------------------
def units(store: Store, doc: str | None = None, county: str | None = None, adcode: str | None = None) -> list[dict]:
    """Every village-level unit across documents, joined as the report's profiles join them
    (town + village; a bare 金刚村 to the one unit of that name), with its documents and tiers.
    Renderings of one document (.txt/.docx/.pdf of the same file stem) count its mentions once.
    `county` keeps units of that county (渝北区, or 重庆市渝北区), `adcode` those whose gazetteer code
    starts with it (500112; 5001 for all of 重庆市's districts). Kept in the cache while the store
    and this code are unchanged: scripts run `qlcli units` over and over."""
    return _memo(store, "units", (doc, county, adcode), lambda: _units(store, doc, county, adcode))


def _memo(store: Store, kind: str, args: tuple, compute):
    """A query's answer from the cache while the store and the code that computes it are unchanged
    (one cache file per query and arguments, whichever store it was last asked of: the cache
    does not grow with the stores a user keeps)."""
    import hashlib
    import os

    from . import cache

    here = os.path.dirname(__file__)  # the files that compute the answer, not imported to stamp them
    code = tuple((st.st_size, st.st_mtime_ns) for st in (os.stat(os.path.join(here, *f)) for f in (
        ("queries.py",), ("reports", "profiles.py"), ("reports", "tables.py"))))
    where = store.state()
    name = f"{kind}-" + hashlib.sha1(repr(args).encode()).hexdigest()[:16] + ".marshal"
    return cache.memo(name, where + code + args, compute)


def _units(store: Store, doc: str | None, county: str | None, adcode: str | None) -> list[dict]:
    from .reports.profiles import build

    ids = doc_ids(store, doc)
    stems = document_keys(store)
    profiles = build({"units": table_rows(store, "units", ids), "tiers": table_rows(store, "tiers", ids)})
    out = []
    for p in profiles.all:
        if not p.units:
            continue
        longest = max(p.units, key=lambda r: len(_norm(r["unit"])))
        per_stem: dict[str, int] = {}
        for r in p.units:
            stem = stems.get(r["doc_id"], r["doc_id"])
            per_stem[stem] = max(per_stem.get(stem, 0), r["mentions"] or 0)
        row = {c: longest[c] for c in columns("units")}
        row.update(unit=p.name, town=longest["town"] or p.town or None, mentions=sum(per_stem.values()),
                   n_docs=len(per_stem), docs=list(dict.fromkeys(r["doc_id"] for r in p.units)),
                   tiers=sorted({f"{t['year']} {t['level'] or ''}{t['tier']}".strip() for t in p.tiers}))
        if county and not any(_norm(r["county"]) and (_norm(r["county"]).endswith(_norm(county))
                                                      or _norm(county).endswith(_norm(r["county"])))
                              for r in p.units):
            continue
        if adcode and not any((r.get("adcode") or "").startswith(adcode) for r in p.units):
            continue
        row["adcode"] = next((r["adcode"] for r in p.units if r.get("adcode")), "")
        row["resolution"] = longest.get("resolution") or ""
        out.append(row)
    return out


# --- rows with filters -------------------------------------------------------------------
def cases(store: Store, doc: str | None = None, unit: str | None = None) -> list[dict]:
    rows = table_rows(store, "cases", doc_ids(store, doc))
    return [r for r in rows if not unit or unit_matches(r["unit"], unit)]


def measures(store: Store, family: str | None = None, unit: str | None = None,
             doc: str | None = None, dimension: str | None = None) -> list[dict]:
    rows = table_rows(store, "measures", doc_ids(store, doc))
    if dimension:
        rows = [r for r in rows if _norm(r["dimension"]) == _norm(dimension)]
    return _family_unit(rows, family, unit)


def _family_unit(rows: list[dict], family: str | None, unit: str | None) -> list[dict]:
    """Measure rows of one formula and one unit, each with its excerpt for the terminal."""
    if family:
        rows = [r for r in rows if _norm(r["family"]) == _norm(family)]
    if unit:
        rows = [r for r in rows if unit_matches(r["unit"], unit)]
    for r in rows:
        r["evidence"] = _excerpt(r)
    return rows


def measure_mentions(store: Store, family: str | None = None, unit: str | None = None,
                     doc: str | None = None) -> list[dict]:
    """Formulas only named in the text (三资, 四议两公开 …): where each is first mentioned in a case
    or document, without items. Found at ingest (extract.measures.formula_mentions)."""
    try:
        rows = table_rows(store, "mentions", doc_ids(store, doc))
    except sqlite3.OperationalError:  # a store written before mentions were kept: ingest again
        rows = []
    return _family_unit(rows, family, unit)


def _excerpt(r: dict, around: int = 14) -> str:
    """The item in its sentence, cut to a few characters either side (for the terminal table)."""
    s, a, b = r.get("sentence") or "", (r.get("item_start") or 0) - (r.get("start") or 0), \
        (r.get("item_end") or 0) - (r.get("start") or 0)
    if not (0 <= a < b <= len(s)):
        return s
    lo, hi = max(0, a - around), min(len(s), b + around)
    return ("…" if lo else "") + s[lo:hi] + ("…" if hi < len(s) else "")


def measure_matrix(rows: list[dict]) -> tuple[list[str], list[dict]]:
    """Units × dimensions: how many items of each dimension a unit's text spells out."""
    dims: list[str] = []
    table: dict[str, dict] = defaultdict(dict)
    for r in rows:
        if not r["dimension"]:
            continue
        if r["dimension"] not in dims:
            dims.append(r["dimension"])
        cell = table[r["unit"] or "(no unit)"]
        cell[r["dimension"]] = cell.get(r["dimension"], 0) + 1
    return dims, [{"unit": u, **counts} for u, counts in table.items()]


def outcomes(store: Store, unit: str | None = None, metric: str | None = None,
             doc: str | None = None) -> list[dict]:
    """Outcome rows. A document stored in several renderings (.txt, .docx, .pdf: same title and
    number) is shown once, from the first of them, unless one document is asked for."""
    rows = table_rows(store, "outcomes", doc_ids(store, doc))
    if unit:
        rows = [r for r in rows if unit_matches(r["unit"], unit)]
    if metric:
        rows = [r for r in rows if _norm(metric) in _norm(r["metric"]) or _norm(metric) in _norm(r["sentence"])]
    if doc:
        return rows
    first: dict[str, str] = {}  # document identity → the doc_id shown for it
    for d in store.documents(columns=("title", "doc_number")):
        first.setdefault(f"{_norm(d['title'])}|{_norm(d['doc_number'])}" if d["title"] else d["doc_id"], d["doc_id"])
    shown = set(first.values())
    return [r for r in rows if r["doc_id"] in shown]


# --- runs ----------------------------------------------------------------------------------
RUN_LIST = ["run_id", "started", "status", "files_seen", "ingested", "updated", "unchanged", "failed", "skipped",
            "removed", "seconds", "root"]


def runs(store: Store, run_id: int | None = None, limit: int = 20) -> list[dict]:
    """The ingest manifest, newest first; with run_id, the files that run read, failed or skipped.
    A run still marked running whose process is gone was killed (kill -9, power cut)."""
    if run_id is not None:
        if not store.db.execute("SELECT 1 FROM runs WHERE run_id = ?", (run_id,)).fetchone():
            raise LookupError(f"no ingest run {run_id} in the store (see `qlcli runs`)")
        return store.run_files(run_id)
    rows = store.runs(limit)
    for r in rows:
        if r["status"] == "running" and not _alive(r["host"], r["pid"]):
            r["status"] = "killed (did not finish)"
    return rows


def _alive(host: str, pid: int | None) -> bool:
    import os
    import socket

    if host != socket.gethostname() or not pid:
        return True  # cannot tell from here
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
