"""Worker processes that read files, each job under a time limit and each worker under a memory cap.

concurrent.futures cannot stop one task that hangs (a PDF whose layout never ends, a reader stuck
in C code), so this small pool keeps one pipe per worker: a job past its deadline has its worker
killed and replaced, and a worker that dies (out of memory, a crash in C) costs only its own file.
Workers ignore Ctrl-C; the parent decides, and kills them on the way out.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import time
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any, Callable, Iterable, Iterator

# address space per worker: far above what a 50 MB PDF needs (about 1.2 GB with jieba loaded),
# far below what would make the machine swap
WORKER_MEMORY_MB = 4096


@dataclass
class Done:
    key: Any
    result: Any = None  # what fn returned, or None when error is set
    error: str = ""
    seconds: float = 0.0


def _limit_memory(mb: int) -> None:
    try:
        import resource

        cap = mb * 2**20
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, ValueError, OSError):
        pass  # not on this platform: the readers' own size checks still apply


def _die_with_parent() -> None:
    """Linux: have the kernel kill this worker when the parent dies (kill -9), so no orphan keeps
    reading, or holds the parent's terminal and pipes open."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError, TypeError):
        pass  # elsewhere the ppid check in _serve does it, between jobs


def _serve(fn: Callable, conn, memory_mb: int, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    _limit_memory(memory_mb)
    while True:
        try:
            # a forked worker holds copies of the parent's pipe ends, so the parent's death does
            # not always show as EOF: look at who the parent is while waiting
            while not conn.poll(1.0):
                if os.getppid() != parent:
                    return
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        key, args = job
        try:
            out = ("ok", fn(*args))
        except MemoryError:
            out = ("error", "ran out of memory reading the file")
        except Exception as err:  # fn is expected to catch its own; this is the last net
            out = ("error", f"{type(err).__name__}: {err}")
        try:
            conn.send(out)
        except Exception as err:  # e.g. a result too big or not picklable
            conn.send(("error", f"could not return the result ({type(err).__name__})"))


class _Worker:
    def __init__(self, ctx, fn: Callable, memory_mb: int):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(fn, child, memory_mb, os.getpid()), daemon=True)
        self.proc.start()
        child.close()
        self.key = None
        self.started = 0.0

    def give(self, key, args) -> None:
        self.key, self.started = key, time.perf_counter()
        self.conn.send((key, args))

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def _context():
    # on Linux fork starts a worker in milliseconds with qlcli already imported; macOS and
    # Windows spawn (fork is unsafe with macOS system libraries)
    return mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")


def _death(code: int | None) -> str:
    if code is not None and code < 0:
        name = signal.Signals(-code).name if -code in signal.valid_signals() else str(-code)
        hint = " (out of memory?)" if -code == signal.SIGKILL else ""
        return f"the reader process was killed by {name}{hint}"
    return f"the reader process stopped unexpectedly (exit code {code})"


def run_jobs(fn: Callable, jobs: Iterable[tuple[Any, tuple]], workers: int, timeout: float | None,
             memory_mb: int = WORKER_MEMORY_MB) -> Iterator[Done]:
    """Call fn(*args) for each (key, args) in worker processes; yield a Done per job as it ends.

    A job running longer than `timeout` seconds is stopped and yields an error. Closing the
    generator (or an exception in the caller, e.g. KeyboardInterrupt) kills the workers."""
    ctx = _context()
    queue = list(jobs)[::-1]
    if not queue:
        return
    pool = [_Worker(ctx, fn, memory_mb) for _ in range(max(1, min(workers, len(queue))))]
    finished = False
    try:
        idle = list(pool)
        busy: list[_Worker] = []
        while queue or busy:
            while idle and queue:
                w = idle.pop()
                w.give(*queue.pop())
                busy.append(w)
            now = time.perf_counter()
            wait_for = None if not timeout else max(0.0, min(w.started + timeout for w in busy) - now)
            ready = wait([w.conn for w in busy], timeout=wait_for)
            for w in list(busy):
                seconds = time.perf_counter() - w.started
                if w.conn in ready:
                    try:
                        status, value = w.conn.recv()
                    except (EOFError, OSError):
                        w.proc.join(timeout=1)
                        done = Done(w.key, error=_death(w.proc.exitcode), seconds=seconds)
                        w = _replace(pool, w, ctx, fn, memory_mb)
                    else:
                        done = Done(w.key, value, "", seconds) if status == "ok" else \
                            Done(w.key, error=value, seconds=seconds)
                elif timeout and seconds >= timeout:
                    done = Done(w.key, error=f"stopped after {timeout:g} s (--timeout); the file may be "
                                             "malformed or very large", seconds=seconds)
                    w = _replace(pool, w, ctx, fn, memory_mb, kill=True)
                else:
                    continue
                busy = [b for b in busy if b.key != done.key]
                idle.append(w)
                yield done
        finished = True
    finally:
        for w in pool:
            w.stop(kill=not finished)


def _replace(pool: list, old: _Worker, ctx, fn, memory_mb: int, kill: bool = False) -> _Worker:
    old.stop(kill=kill)
    new = _Worker(ctx, fn, memory_mb)
    pool[pool.index(old)] = new
    return new
