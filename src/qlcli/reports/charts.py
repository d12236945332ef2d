"""PNG charts beside report.md (matplotlib, the `charts` extra), drawn only with a font that has
every Chinese character they show: a chart is never drawn with boxes in place of characters.

The font is QLCLI_FONT (a .ttf/.otf/.ttc path) if set, else a system font with Chinese glyphs
(found with fontconfig's `fc-list :lang=zh`, else by scanning matplotlib's system font list),
preferring the families named in data/report.toml [charts] fonts. Without one, no chart is drawn
and the caller gets a message saying how to get one. PNGs carry no date or version, so a re-run on
the same store writes the same bytes.
"""
from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from .output import atomic_write
from .selection import ReportData, kind_label, kind_of, kinds, tier_rank

CHARTS = ("outcomes_by_kind", "dimensions_by_tier")
FONT_HINT = ("install a font with Chinese characters (Debian/Ubuntu: `apt-get install fonts-wqy-microhei`, "
             "or `make fonts`), or set QLCLI_FONT to a .ttf/.otf/.ttc file, then run `qlcli report` again")
PROBE = "村社区镇街道廉治元亩"
TITLES = {"outcomes_by_kind": "Outcomes per unit by kind 定量成效（按单位、类别）\nnumber of outcomes 成效条数",
          "dimensions_by_tier": "Units spelling out each dimension, per tier 各等次单位的五廉/三治维度"}


def _charmap(path: str) -> set[int] | None:
    try:
        from matplotlib.ft2font import FT2Font

        return set(FT2Font(path).get_charmap())
    except Exception:  # unreadable or unsupported font file
        return None


def _family(path: str) -> str:
    from matplotlib.ft2font import FT2Font

    return FT2Font(path).family_name


def _candidates() -> list[str]:
    if shutil.which("fc-list"):
        try:
            out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=20).stdout
            files = sorted({ln.split(":")[0].strip() for ln in out.splitlines() if ln.strip()})
            if files:
                return files
        except (OSError, subprocess.SubprocessError):
            pass
    from matplotlib import font_manager

    return sorted(set(font_manager.findSystemFonts()))


@lru_cache(maxsize=4)
def find_font(preferred: tuple[str, ...] = ()) -> tuple[str | None, str]:
    """(font file, "") or (None, why not)."""
    env = os.environ.get("QLCLI_FONT")
    if env:
        cmap = _charmap(env) if Path(env).is_file() else None
        if cmap and all(ord(c) in cmap for c in PROBE):
            return env, ""
        return None, f"QLCLI_FONT={env} is not a readable font with Chinese characters; " + FONT_HINT
    found = []
    for path in _candidates():
        cmap = _charmap(path)
        if cmap and all(ord(c) in cmap for c in PROBE):
            fam = _family(path)
            rank = next((i for i, p in enumerate(preferred) if p.lower() in fam.lower()), len(preferred))
            found.append((rank, path))
    if not found:
        return None, "no font with Chinese characters was found on this system; " + FONT_HINT
    return min(found)[1], ""


def missing_glyphs(font: str, labels: list[str]) -> str:
    cmap = _charmap(font) or set()
    return "".join(sorted({c for s in labels for c in s if ord(c) > 127 and ord(c) not in cmap}))


def _save(fig, path: Path) -> None:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, metadata={"Software": None}, bbox_inches="tight")
    atomic_write(path, buf.getvalue())


def _outcome_series(data: ReportData, lex, top: int = 15):
    table = kinds(lex)
    per: dict[str, Counter] = defaultdict(Counter)
    first: dict[str, int] = {}
    profile_of = {id(r): p for p in data.profiles.all for r in p.outcomes}
    for i, r in enumerate(data.rows["outcomes"]):
        p = profile_of.get(id(r))
        name = p.name if p else f"{data.label.get(r['doc_id'], '')} (no unit)"
        per[name][kind_of(r.get("measure_unit"), table)] += 1
        first.setdefault(name, i)
    names = sorted(per, key=lambda n: (-sum(per[n].values()), first[n]))[:top]
    used = [k for k in table if any(per[n][k] for n in names)]
    return names, used, per


def _dimension_grid(data: ReportData, lex):
    order = lex.words("report", "dimension_order")
    units_dims: dict[str, set[str]] = {}
    villages = [p for p in data.profiles.all if not p.is_area]  # areas are never on a list
    for p in villages:
        dims = {r["dimension"] for r in p.measures if r.get("dimension")}
        if dims:
            units_dims[p.id] = dims
    if not units_dims:
        return [], [], []
    freq = Counter(d for ds in units_dims.values() for d in ds)
    dims = sorted(freq, key=lambda x: (order.index(x) if x in order else len(order), -freq[x], x))
    groups: dict[tuple, set[str]] = defaultdict(set)
    for p in data.profiles.all:
        for t in p.tiers:
            groups[(-(t.get("year") or 0), tier_rank(t.get("tier"), lex),
                    f"{t.get('year') or ''} {t.get('level') or ''}{t.get('tier') or ''}".strip())].add(p.id)
    rows = [(label, members) for (_, _, label), members in sorted(groups.items())]
    listed = set().union(*groups.values()) if groups else set()
    unlisted = {u for u in units_dims if u not in listed}
    if unlisted:  # the units not on a list that have any measure: a fair comparison for the tiers
        unlisted |= {p.id for p in villages if p.measures and p.id not in listed}
        rows.append(("not on a list, with measures" if groups else "units with measures", unlisted))
    grid = [[sum(1 for u in members if d in units_dims.get(u, ())) for d in dims] for _, members in rows]
    return rows, dims, grid


def draw(data: ReportData, lex, out: Path) -> dict:
    """Draw the charts that have data into `out`. Returns {"files": {name: file name}, "message": str|None}."""
    result: dict = {"files": {}, "message": None}
    names, used, per = _outcome_series(data, lex)
    rows, dims, grid = _dimension_grid(data, lex)
    wanted = {"outcomes_by_kind": bool(names), "dimensions_by_tier": bool(rows)}
    for name in CHARTS:  # a chart not drawn this time must not linger from an earlier run
        if not wanted[name]:
            (out / f"{name}.png").unlink(missing_ok=True)
    if not any(wanted.values()):
        return result
    try:
        import matplotlib

        matplotlib.use("Agg", force=False)
    except ImportError:
        result["message"] = "charts need matplotlib: pip install 'qlcli[charts]'"
    else:
        font, why = find_font(tuple(lex.section("report").get("charts", {}).get("fonts", [])))
        result["message"] = why or None
    if result["message"]:
        for name in CHARTS:
            (out / f"{name}.png").unlink(missing_ok=True)
        return result
    from matplotlib import font_manager, rc_context

    font_manager.fontManager.addfont(font)
    family = font_manager.FontProperties(fname=font).get_name()
    labels = {"outcomes_by_kind": names + [kind_label(k, lex) for k in used] + [TITLES["outcomes_by_kind"]],
              "dimensions_by_tier": [r[0] for r in rows] + dims + [TITLES["dimensions_by_tier"]]}
    missing = []
    with rc_context({"font.family": [family, "DejaVu Sans"], "axes.unicode_minus": False}):
        for name in CHARTS:
            if not wanted[name]:
                continue
            gaps = missing_glyphs(font, labels[name])
            if gaps:
                missing.append(f"{name}.png (the font {Path(font).name} lacks {gaps})")
                (out / f"{name}.png").unlink(missing_ok=True)
                continue
            if name == "outcomes_by_kind":
                _draw_outcomes(names, used, per, lex, out / f"{name}.png")
            else:
                _draw_dimensions(rows, dims, grid, out / f"{name}.png")
            result["files"][name] = f"{name}.png"
    if missing:
        result["message"] = "not drawn: " + "; ".join(missing)
    return result


def _draw_outcomes(names, used, per, lex, path: Path) -> None:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8, 0.8 + 0.38 * len(names)))
    ax = fig.subplots()
    ys = list(range(len(names)))[::-1]
    left = [0] * len(names)
    colors = ["#c0392b", "#2e86c1", "#27ae60", "#8e44ad", "#7f8c8d", "#d4ac0d", "#16a085"]
    for i, k in enumerate(used):
        vals = [per[n][k] for n in names]
        ax.barh(ys, vals, left=left, color=colors[i % len(colors)], label=kind_label(k, lex), height=0.7)
        left = [a + b for a, b in zip(left, vals)]
    ax.set_yticks(ys, names)
    title, xlabel = TITLES["outcomes_by_kind"].split("\n")
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    _save(fig, path)


def _draw_dimensions(rows, dims, grid, path: Path) -> None:
    from matplotlib.figure import Figure

    shares = [[c / len(members) for c in counts] for (_, members), counts in zip(rows, grid)]
    fig = Figure(figsize=(1.6 + 0.7 * len(dims), 1.0 + 0.5 * len(rows)))
    ax = fig.subplots()
    ax.imshow(shares, cmap="YlGn", vmin=0, vmax=1, aspect="auto")
    ax.set_xticks(range(len(dims)), dims)
    ax.set_yticks(range(len(rows)), [f"{label} ({len(members)})" for label, members in rows])
    for i, ((_, members), counts) in enumerate(zip(rows, grid)):
        for j, c in enumerate(counts):
            ax.text(j, i, f"{c}/{len(members)}", ha="center", va="center", fontsize=8,
                    color="white" if c / len(members) > 0.6 else "black")
    ax.set_title(TITLES["dimensions_by_tier"])
    _save(fig, path)
