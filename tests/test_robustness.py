"""Nothing lost, nothing runs away: per-file time limit, dying readers, memory cap, kill -9 and
SIGTERM mid-ingest, two ingests into one store at once, and the manifest of runs."""
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CORPUS, bad_expected, needs_corpus

from qlcli import folder_ingest as ingest_mod
from qlcli.folder_ingest import ingest
from qlcli.queries import runs
from qlcli.store import Store
from qlcli.workers import run_jobs

pytestmark = needs_corpus
QLCLI = [str(Path(sys.executable).parent / "qlcli")]
BIG = CORPUS / "raw" / "000_058f1ec3c92ba178.txt"  # about 0.15 s to read and extract


def copies(folder: Path, n: int, src: Path = BIG) -> Path:
    folder.mkdir(parents=True)
    for i in range(n):
        shutil.copy(src, folder / f"通知{i:03d}{src.suffix}")
    return folder


def by_name(summary):
    return {r.file_name: r for r in summary.results}


def slow_on(name: str, action):
    """process_file, except for the file called `name`, where `action()` runs instead."""
    real = ingest_mod.process_file

    def fn(path, *rest):
        if Path(path).name == name:
            return action()
        return real(path, *rest)
    return fn


# --- time limit, dying readers, memory ------------------------------------------------------
def test_a_file_past_the_time_limit_is_stopped_and_the_run_goes_on(tmp_path, monkeypatch):
    folder = copies(tmp_path / "d", 3)
    monkeypatch.setattr(ingest_mod, "process_file", slow_on("通知001.txt", lambda: time.sleep(60)))
    t = time.perf_counter()
    summary = ingest(folder, Store(tmp_path / "s.sqlite"), jobs=2, timeout=1.5)
    assert time.perf_counter() - t < 20
    files = by_name(summary)
    assert files["通知001.txt"].status == "failed"
    assert files["通知001.txt"].error.startswith("stopped after 1.5 s (--timeout)")
    assert files["通知000.txt"].status == files["通知002.txt"].status == "ingested"


def test_a_reader_that_dies_costs_only_its_file_and_is_retried_next_run(tmp_path, monkeypatch):
    folder = copies(tmp_path / "d", 3)
    store = Store(tmp_path / "s.sqlite")
    monkeypatch.setattr(ingest_mod, "process_file", slow_on("通知002.txt", lambda: os.kill(os.getpid(), signal.SIGKILL)))
    first = by_name(ingest(folder, store, jobs=1))
    assert first["通知002.txt"].status == "failed"
    assert first["通知002.txt"].error == "the reader process was killed by SIGKILL (out of memory?)"
    assert first["通知000.txt"].status == first["通知001.txt"].status == "ingested"
    monkeypatch.undo()
    second = by_name(ingest(folder, store, jobs=1))
    assert second["通知002.txt"].status == "updated"  # a crash may not repeat: read again
    assert second["通知000.txt"].status == "unchanged"


def _hog():
    return bytearray(2 * 2**30)  # 2 GB


def test_a_worker_cannot_take_more_memory_than_its_cap():
    done = list(run_jobs(_hog, [("x", ())], workers=1, timeout=30, memory_mb=512))
    assert [d.error for d in done] == ["ran out of memory reading the file"]


def test_jobs_come_back_once_each_whatever_the_order():
    done = list(run_jobs(pow, [(i, (i, 2)) for i in range(30)], workers=2, timeout=None))
    assert sorted((d.key, d.result) for d in done) == [(i, i * i) for i in range(30)]


# --- stopping an ingest from outside ---------------------------------------------------------
def _stored(store: Path) -> int:
    try:
        with sqlite3.connect(store, timeout=5) as db:
            return db.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def _stop_midway(folder: Path, store: Path, sig: int) -> subprocess.CompletedProcess:
    proc = subprocess.Popen([*QLCLI, "ingest", str(folder), "--store", str(store), "--jobs", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while _stored(store) < 2 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.02)
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def _consistent(store: Path) -> int:
    """integrity_check passes and every stored document has its blocks; returns how many."""
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM documents d WHERE status != 'failed' AND NOT EXISTS "
                          "(SELECT 1 FROM blocks b WHERE b.doc_id = d.doc_id)").fetchone()[0] == 0
        return db.execute("SELECT count(*) FROM documents").fetchone()[0]


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "SIGTERM"])
def test_an_ingest_stopped_midway_leaves_a_consistent_store_and_the_next_run_finishes(tmp_path, sig):
    folder, store = copies(tmp_path / "d", 16), tmp_path / "s.sqlite"
    stopped = _stop_midway(folder, store, sig)
    kept = _consistent(store)
    assert 2 <= kept < 16, "the run must be stopped midway for this test to mean anything"
    if sig == signal.SIGTERM:
        assert stopped.returncode == 130 and "run the same command again" in stopped.stdout
        assert "Traceback" not in stopped.stderr
    st = Store(store)
    assert runs(st)[0]["status"] == ("interrupted" if sig == signal.SIGTERM else "killed (did not finish)")
    again = ingest(folder, st, jobs=2)
    assert again.count("unchanged") == kept and again.count("ingested") == 16 - kept
    assert _consistent(store) == 16


def test_two_ingests_into_one_store_at_once_do_not_corrupt_it(tmp_path):
    a, b = copies(tmp_path / "a", 6), copies(tmp_path / "b", 6)  # the same file names in both
    store = tmp_path / "s.sqlite"
    procs = [subprocess.Popen([*QLCLI, "ingest", str(d), "--store", str(store), "--jobs", "1"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for d in (a, b, a)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outs
    assert _consistent(store) == 12
    st = Store(store)
    docs = st.documents()
    assert len({d["doc_id"] for d in docs}) == len({d["path"] for d in docs}) == 12
    rows = {d["doc_id"]: len(st.rows("outcomes", d["doc_id"])) for d in docs}
    assert len(set(rows.values())) == 1 and min(rows.values()) > 0  # nothing stored twice or half


# --- the manifest ----------------------------------------------------------------------------
def test_every_run_is_in_the_manifest_with_its_failures(tmp_path):
    st = Store(tmp_path / "s.sqlite")
    ingest(CORPUS / "bad", st, jobs=2)
    ingest(CORPUS / "bad", st, jobs=2)
    second, first = runs(st)
    assert first["status"] == second["status"] == "done"
    errors = [n for n, e in bad_expected().items() if e["expect"] == "error"]
    assert first["failed"] == second["failed"] == len(errors) + 1  # and the legacy .doc (error or read)
    assert first["files_seen"] == len(list((CORPUS / "bad").iterdir()))
    assert second["unchanged"] == first["ingested"] and second["ingested"] == 0
    failed = {f["file_name"]: f["error"] for f in runs(st, first["run_id"]) if f["status"] == "failed"}
    assert sorted(failed) == sorted(errors + ["legacy_word97.doc"])
    assert "password" in failed["encrypted_password.pdf"]


def test_runs_command_lists_runs_and_a_runs_files(tmp_path):
    store = tmp_path / "s.sqlite"
    subprocess.run([*QLCLI, "ingest", str(CORPUS / "bad"), "--store", str(store)], capture_output=True)
    listing = subprocess.run([*QLCLI, "runs", "--store", str(store), "-f", "csv"], capture_output=True, text=True)
    assert listing.stdout.splitlines()[0].startswith("run_id,started,status,files_seen,ingested")
    files = subprocess.run([*QLCLI, "runs", "1", "--store", str(store), "-f", "csv"], capture_output=True, text=True)
    assert 'zip_bomb.docx,docx,failed,"word/document.xml would inflate' in files.stdout
    missing = subprocess.run([*QLCLI, "runs", "9", "--store", str(store)], capture_output=True, text=True)
    assert missing.returncode == 1 and "no ingest run 9" in missing.stderr


# --- the whole bad folder through the command line ------------------------------------------
def test_ingest_of_the_bad_folder_accounts_for_every_file(tmp_path):
    """The issue's end-to-end check: bounded time, a line with the reason for each file not read,
    every readable file stored, no traceback; with the symlink loop the README describes."""
    folder = tmp_path / "bad"
    shutil.copytree(CORPUS / "bad", folder)
    (folder / "symlink_loop").mkdir()
    os.symlink("..", folder / "symlink_loop" / "parent")
    store = tmp_path / "s.sqlite"
    t = time.perf_counter()
    res = subprocess.run([*QLCLI, "ingest", str(folder), "--store", str(store)], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "COLUMNS": "400"})
    assert time.perf_counter() - t < 60
    assert res.returncode == 1 and "Traceback" not in res.stderr + res.stdout
    lines = res.stdout.splitlines()
    docs = {d["file_name"]: d for d in Store(store).documents()}
    for name, e in bad_expected().items():
        if e["expect"] == "read":
            assert docs[name]["status"] in ("ok", "warning"), name
        elif e["expect"] == "skip":
            assert [ln for ln in lines if ln.startswith("skipped") and name in ln and "symlink" in ln], name
        else:
            said = [ln for ln in lines if ln.startswith(("failed", "note")) and ln.split(": ")[0].endswith(name)]
            assert len(said) == 1 or docs.get(name, {}).get("status") == "ok", name
            if e["expect"] == "error":
                assert said[0].startswith("failed") and len(said[0].split(": ", 1)[1]) > 10, said
