"""Run a command and measure it: wall time, and peak memory of it and all its workers.

Each command runs under a small wrapper process, so `RUSAGE_CHILDREN` of the wrapper covers
exactly that command and its worker processes (the largest process's peak RSS). On Linux a
sampler also adds up the proportional set size (PSS, shared pages counted once) of the whole
process tree every 0.1 s: the memory the run takes as a whole.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

WRAPPER = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
sec = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": sec, "rc": p.returncode, "max_rss_kb": rss,
                  "stderr": p.stderr.decode("utf-8", "replace")[-2000:]}))
"""
PROC = Path("/proc")


@dataclass
class Run:
    seconds: float
    rc: int
    max_rss_mb: float  # the largest single process (main or a worker)
    tree_pss_mb: float | None  # all processes together, sampled; None where /proc is absent
    stderr: str = ""


def run(cmd: list[str], sample: bool = False, cwd: str | None = None) -> Run:
    proc = subprocess.Popen([sys.executable, "-c", WRAPPER, *cmd], stdout=subprocess.PIPE, cwd=cwd)
    sampler = _Sampler(proc.pid) if sample and PROC.is_dir() else None
    out, _ = proc.communicate()
    if sampler:
        sampler.stop()
    r = json.loads(out)
    return Run(r["seconds"], r["rc"], r["max_rss_kb"] / 1024, sampler.peak_mb if sampler else None, r["stderr"])


class _Sampler:
    def __init__(self, root: int, interval: float = 0.1):
        self.root, self.interval, self.peak_kb = root, interval, 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def _loop(self) -> None:
        while not self._done.wait(self.interval):
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in _descendants(self.root)))


def _descendants(root: int) -> list[int]:
    """Processes below root (not root itself: the wrapper is not part of the measured run)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir(PROC):
        if entry.name.isdigit():
            try:
                stat = (PROC / entry.name / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], list(children.get(root, []))
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _pss_kb(pid: int) -> int:
    try:
        for line in (PROC / str(pid) / "smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def median_seconds(cmd: list[str], runs: int, cwd: str | None = None) -> float:
    import statistics

    return statistics.median(run(cmd, cwd=cwd).seconds for _ in range(runs))
