"""Benchmark: ingest of the corpus (cold, then warm re-ingest), per-format read times and
command start-up. Run with `make bench`; numbers go in issue notes, not in tests."""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
QLCLI = str(Path(sys.executable).parent / "qlcli")


def timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> None:
    from qlcli.readers import read_document

    folders = [CORPUS / "raw", CORPUS / "rendered", CORPUS / "cases"] if CORPUS.is_dir() else [ROOT / "data" / "raw"]
    print("read (best of 3, seconds):")
    for folder in folders:
        for f in sorted(folder.iterdir()):
            best = min(timed_read(read_document, f) for _ in range(3))
            print(f"  {f.name:42s} {best:6.3f}")
    with tempfile.TemporaryDirectory() as tmp:
        for folder in folders:
            store = f"{tmp}/{folder.name}.sqlite"
            cold = timed([QLCLI, "ingest", str(folder), "--store", store])
            warm = timed([QLCLI, "ingest", str(folder), "--store", store])
            print(f"ingest {folder.name:9s} cold {cold:5.2f} s   warm {warm:5.2f} s")
        store = f"{tmp}/{folders[0].name}.sqlite"
        for cmd in (["--help"], ["tiers", "2023", "--store", store], ["docs", "--store", store]):
            runs = [timed([QLCLI, *cmd]) for _ in range(5)]
            print(f"qlcli {' '.join(cmd[:2]):12s} median {statistics.median(runs):.3f} s")


def timed_read(fn, path) -> float:
    t = time.perf_counter()
    try:
        fn(path)
    except Exception:
        pass
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
