"""Ingest and the store: idempotence, updates, removals, failures that do not stop a run."""
import os
import shutil

import pytest

from conftest import CORPUS, needs_corpus

from qlcli.folder_ingest import discover, ingest
from qlcli.store import Store

pytestmark = needs_corpus


@pytest.fixture()
def folder(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    for name in ("001_9bea1109a6fc303f.txt", "002_e141ba01a0ffc756.txt"):
        shutil.copy(CORPUS / "raw" / name, d / name)
    shutil.copy(CORPUS / "bad" / "truncated.docx", d / "truncated.docx")
    return d


def statuses(summary):
    return sorted((r.file_name, r.status) for r in summary.results)


def test_second_ingest_reports_everything_unchanged(folder, tmp_path):
    store = Store(tmp_path / "s.sqlite")
    first = ingest(folder, store)
    assert statuses(first) == [("001_9bea1109a6fc303f.txt", "ingested"), ("002_e141ba01a0ffc756.txt", "ingested"),
                               ("truncated.docx", "failed")]
    second = ingest(folder, store)
    assert statuses(second) == [("001_9bea1109a6fc303f.txt", "unchanged"), ("002_e141ba01a0ffc756.txt", "unchanged"),
                                ("truncated.docx", "failed")]
    assert [r.error for r in second.failed] == ["corrupt or truncated .docx (bad zip)"]
    assert len(store.documents()) == 3


def test_changed_file_is_updated_and_removed_file_is_forgotten(folder, tmp_path):
    store = Store(tmp_path / "s.sqlite")
    ingest(folder, store)
    (folder / "001_9bea1109a6fc303f.txt").write_text("关于开展清廉村居建设的通知\n新街子社区开展试点。", encoding="utf-8")
    (folder / "002_e141ba01a0ffc756.txt").unlink()
    summary = ingest(folder, store)
    assert ("001_9bea1109a6fc303f.txt", "updated") in statuses(summary)
    assert summary.removed == ["002_e141ba01a0ffc756.txt"]
    docs = {d["doc_id"]: d for d in store.documents()}
    assert set(docs) == {"001_9bea1109a6fc303f.txt", "truncated.docx"}
    assert docs["001_9bea1109a6fc303f.txt"]["title"] == "关于开展清廉村居建设的通知"


def test_blocks_and_text_round_trip_through_the_store(folder, tmp_path):
    from qlcli.readers import read_document

    store = Store(tmp_path / "s.sqlite")
    ingest(folder, store)
    stored = store.document("001_9bea1109a6fc303f.txt")
    fresh = read_document(folder / "001_9bea1109a6fc303f.txt")
    assert stored.text == fresh.text and stored.blocks == fresh.blocks


def test_same_file_name_in_two_folders_gets_two_ids(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / "docs" / sub).mkdir(parents=True)
        shutil.copy(CORPUS / "raw" / "002_e141ba01a0ffc756.txt", tmp_path / "docs" / sub / "story.txt")
    store = Store(tmp_path / "s.sqlite")
    ingest(tmp_path / "docs", store)
    ids = sorted(d["doc_id"] for d in store.documents())
    assert ids[0] == "story.txt" and ids[1].startswith("story~") and ids[1].endswith(".txt")


def test_parallel_ingest_stores_the_same_as_serial(tmp_path):
    serial, parallel = Store(tmp_path / "a.sqlite"), Store(tmp_path / "b.sqlite")
    ingest(CORPUS / "raw", serial, jobs=1)
    summary = ingest(CORPUS / "raw", parallel, jobs=2)
    assert summary.count("ingested") == 5
    strip = lambda docs: sorted((d["doc_id"], d["sha256"], d["title"]) for d in docs)  # noqa: E731
    assert strip(serial.documents()) == strip(parallel.documents())


def test_symlink_loop_is_reported_once_and_the_walk_ends(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    shutil.copy(CORPUS / "raw" / "002_e141ba01a0ffc756.txt", d / "story.txt")
    os.symlink("..", d / "parent")
    files, skipped = discover(d)
    assert [f.name for f in files] == ["story.txt"]
    assert [s.file_name for s in skipped] == ["parent"] and "symlink" in skipped[0].error


def test_whole_bad_folder_does_not_stop_a_run(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    summary = ingest(CORPUS / "bad", store, jobs=2)
    by_name = {r.file_name: r for r in summary.results}
    assert by_name["gbk.txt"].status == "ingested"
    assert by_name["通知（2023）#1 final.docx"].status == "ingested"
    assert by_name["zip_bomb.docx"].status == "failed"
    assert by_name["expected.json"].status == "skipped"
    assert all(r.error for r in summary.failed)


def test_interrupted_run_keeps_what_it_stored_and_a_rerun_finishes(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    calls = []

    def progress(n, name, total=None):
        calls.append(name)
        if len(calls) == 3:  # total, first file, then Ctrl-C
            raise KeyboardInterrupt

    first = ingest(CORPUS / "raw", store, jobs=1, progress=progress)
    assert first.interrupted and first.removed == []
    assert len(store.documents()) == 2
    second = ingest(CORPUS / "raw", store, jobs=1)
    assert sorted(r.status for r in second.results) == ["ingested"] * 3 + ["unchanged"] * 2
    assert len(store.documents()) == 5


def test_every_folder_of_extraction_code_is_in_the_pipeline_fingerprint():
    """A change to any extractor must re-extract stored documents; a new subpackage left out of
    CODE_FOLDERS would leave stale rows behind."""
    from pathlib import Path

    import qlcli
    from qlcli.pipeline import CODE_FOLDERS

    root = Path(qlcli.__file__).parent
    code = {str(p.parent.relative_to(root)).replace(".", "") for sub in ("readers", "extract")
            for p in (root / sub).rglob("*.py")} | {""}
    assert code <= set(CODE_FOLDERS)
