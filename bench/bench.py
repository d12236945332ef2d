"""Benchmark qlcli on a corpus of N documents and print one table of figures against targets.

    python bench/bench.py --n 300        (or: make bench N=300)

Figures: cold ingest (empty store) against a floor (the same files read bare: python-docx
paragraph text, pypdfium2 page text, .txt decode, then jieba.lcut; no store, no extraction; the
pdfplumber floor of earlier reports is printed beside it for history;
same number of processes); warm re-ingest (nothing changed) against cold; peak memory at
N/4 and N documents; start-up of `qlcli --help` and `qlcli tiers 2023` against `python -c pass`;
the gazetteer's load in a fresh process from its cache (target 0.3 s), with that process's memory.
It is a report: exit 0, unless --check is given and a target is missed.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
import measure  # noqa: E402

FLOOR = str(Path(__file__).resolve().parent / "floor.py")
TARGETS = {"cold": 1.0, "warm": 0.1, "memory": 1.25, "startup": 5.0, "gazetteer": 1.0}  # gazetteer: of 0.3 s


def qlcli_command() -> list[str]:
    beside = Path(sys.executable).parent / "qlcli"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("qlcli")
    return [found] if found else [sys.executable, "-m", "qlcli.cli"]


def checked(r: measure.Run, what: str) -> measure.Run:
    if r.rc != 0:
        raise SystemExit(f"bench: {what} exited with {r.rc}:\n{r.stderr}")
    return r


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Time qlcli ingest (cold, warm, against a bare floor), its "
                                             "peak memory at two corpus sizes, and command start-up.")
    ap.add_argument("--n", type=int, default=300, help="documents in the corpus (default 300)")
    ap.add_argument("--jobs", type=int, default=0, help="worker processes for ingest and floor (0 = all cores)")
    ap.add_argument("--runs", type=int, default=7, help="runs of each start-up command; the median is shown")
    ap.add_argument("--corpus", type=Path, default=corpus.SHARED_CORPUS, help="folder with raw/ rendered/ cases/")
    ap.add_argument("--formats", default="txt,docx,pdf", help="formats to copy (default txt,docx,pdf)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary corpus and stores, print where")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)
    if args.n < 4:
        ap.error("--n must be at least 4 (memory is measured at N/4 and N)")
    jobs = args.jobs or os.cpu_count() or 1
    tmp = Path(tempfile.mkdtemp(prefix="qlcli-bench-"))
    try:
        ok = bench(args, jobs, tmp)
    finally:
        if args.keep:
            print(f"corpus and stores kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 1 if args.check and not ok else 0


def bench(args, jobs: int, tmp: Path) -> bool:
    qlcli, py = qlcli_command(), sys.executable
    srcs = corpus.sources(args.corpus, tuple(f".{f.strip().lstrip('.')}" for f in args.formats.split(",")))
    big = corpus.build(tmp / "corpus", args.n, srcs)
    corpus.build(tmp / "quarter", args.n // 4, srcs)
    corpus.build(tmp / "warmup", 4, srcs)
    print(f"qlcli bench, {date.today()}, {platform.node() or 'this machine'}: {os.cpu_count()} cores, "
          f"Python {platform.python_version()}; {jobs} processes for ingest and floor; "
          f"load average {os.getloadavg()[0]:.1f} before the run")
    print(f"corpus: {corpus.describe(big)} (copies of {len(srcs)} documents)")
    ingest = lambda folder, store: [*qlcli, "ingest", str(tmp / folder), "--store", str(tmp / store),  # noqa: E731
                                    "--jobs", str(jobs)]

    # warm-up: jieba's dictionary caches and the OS file cache, so neither side pays them once
    checked(measure.run(ingest("warmup", "warmup.sqlite")), "warm-up ingest")
    checked(measure.run([py, FLOOR, str(tmp / "warmup"), "--jobs", str(jobs)]), "warm-up floor")

    floor = checked(measure.run([py, FLOOR, str(tmp / "corpus"), "--jobs", str(jobs)]), "floor")
    old_floor = checked(measure.run([py, FLOOR, str(tmp / "corpus"), "--jobs", str(jobs), "--pdf", "pdfplumber"]),
                        "pdfplumber floor")
    cold = checked(measure.run(ingest("corpus", "store.sqlite"), sample=True), "cold ingest")
    warm = checked(measure.run(ingest("corpus", "store.sqlite")), "warm ingest")
    quarter = checked(measure.run(ingest("quarter", "quarter.sqlite"), sample=True), "ingest of N/4")
    bare = measure.median_seconds([py, "-c", "pass"], args.runs)
    framework = measure.median_seconds([py, "-c", "import typer, rich.console"], args.runs)
    # --help to a pipe, as scripts read it: typer renders it once, later runs read the cached text
    help_ = measure.median_seconds([*qlcli, "--help"], args.runs)
    # tiers and units keep their answer in the cache while the store is unchanged: the first run
    # after an ingest computes it (shown apart), the runs after read it back
    tiers_cmd = [*qlcli, "tiers", "2023", "--store", str(tmp / "store.sqlite")]
    units_cmd = [*qlcli, "units", "--store", str(tmp / "store.sqlite")]
    first = {"tiers 2023": measure.run(tiers_cmd).seconds, "units": measure.run(units_cmd).seconds}  # (none: exit 1)
    tiers = measure.median_seconds(tiers_cmd, args.runs)
    queries = {c: measure.median_seconds([*qlcli, c, "--store", str(tmp / "store.sqlite")], args.runs)
               for c in ("units", "docs", "runs")}
    # the gazetteer, as each ingest worker loads it (its cache was built by the warm-up ingest)
    gz_code = "import sys, time; t = time.perf_counter(); from qlcli.gazetteer import load; load(); " \
              "print(time.perf_counter() - t, file=sys.stderr)"
    gz_runs = [checked(measure.run([py, "-c", gz_code]), "gazetteer load") for _ in range(3)]
    gz_seconds = sorted(float(r.stderr.strip().splitlines()[-1]) for r in gz_runs)[1]
    gz_rss = max(r.max_rss_mb for r in gz_runs)

    n, q = args.n, args.n // 4
    mem = lambda r: r.tree_pss_mb if r.tree_pss_mb is not None else r.max_rss_mb  # noqa: E731
    rows = [
        ("floor: bare read + jieba.lcut", f"{floor.seconds:.2f} s", f"{n / floor.seconds:.1f} docs/s", None, None),
        ("  (history: pdfplumber floor)", f"{old_floor.seconds:.2f} s", f"{n / old_floor.seconds:.1f} docs/s",
         None, None),
        ("cold ingest (empty store)", f"{cold.seconds:.2f} s", f"{n / cold.seconds:.1f} docs/s", None, None),
        ("  cold / floor", f"{cold.seconds / floor.seconds:.2f}×", "", "cold", cold.seconds / floor.seconds),
        ("warm re-ingest (nothing changed)", f"{warm.seconds:.2f} s", f"{n / warm.seconds:.0f} docs/s", None, None),
        ("  warm / cold", f"{warm.seconds / cold.seconds:.3f}×", "", "warm", warm.seconds / cold.seconds),
        (f"peak memory, {q} docs", _mb(quarter), "", None, None),
        (f"peak memory, {n} docs", _mb(cold), "", None, None),
        (f"  memory {n} / {q} docs", f"{mem(cold) / mem(quarter):.2f}×", "", "memory", mem(cold) / mem(quarter)),
        ("gazetteer load (cached), per worker", f"{gz_seconds:.2f} s", f"{gz_rss:.0f} MB max RSS", "gazetteer",
         gz_seconds / 0.3),
        ("start-up: python -c pass", f"{bare * 1000:.0f} ms", f"median of {args.runs}", None, None),
        ("python -c 'import typer, rich.console'", f"{framework * 1000:.0f} ms", f"{framework / bare:.1f}× python",
         None, None),
        ("qlcli --help (to a pipe)", f"{help_ * 1000:.0f} ms", f"{help_ / bare:.1f}× python", "startup",
         help_ / bare),
        (f"qlcli tiers 2023 (store of {n} docs)", f"{tiers * 1000:.0f} ms", f"{tiers / bare:.1f}× python", "startup",
         tiers / bare),
    ] + [(f"qlcli {c}", f"{t * 1000:.0f} ms", f"{t / bare:.1f}× python", "startup", t / bare)
         for c, t in queries.items()] + [
        (f"  {c}, first run after ingest", f"{t * 1000:.0f} ms", f"{t / bare:.1f}× python", None, None)
        for c, t in first.items()]
    print()
    print(f"{'figure':40s} {'measured':>18s} {'':16s} {'target':>8s}  result")
    ok = True
    for label, value, note, key, ratio in rows:
        target = verdict = ""
        if key:
            target = f"≤ {TARGETS[key]:g}×"
            verdict = "PASS" if ratio <= TARGETS[key] else "MISS"
            ok &= verdict == "PASS"
        print(f"{label:40s} {value:>18s} {note:16s} {target:>8s}  {verdict}")
    print("\npeak memory: all processes of the run (PSS, sampled every 0.1 s) and, in brackets, the largest "
          "single process (max RSS)")
    return ok


def _mb(r: measure.Run) -> str:
    largest = f"({r.max_rss_mb:.0f} MB)"
    return f"{r.tree_pss_mb:.0f} MB {largest}" if r.tree_pss_mb is not None else f"{largest}"


if __name__ == "__main__":
    sys.exit(main())
