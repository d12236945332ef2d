"""The benchmark script keeps working: its corpus builder, and a whole run on a tiny corpus."""
from __future__ import annotations

import importlib.util
import subprocess
import sys

from conftest import CORPUS, ROOT, needs_corpus

_spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)


@needs_corpus
def test_corpus_copies_under_varied_names(tmp_path):
    srcs = corpus.sources(CORPUS)
    paths = corpus.build(tmp_path, 12, srcs)
    assert len(set(paths)) == 12
    assert {p.suffix for p in paths[:3]} == {".txt", ".docx", ".pdf"}  # every format even for a small N
    assert len({p.parent for p in paths}) > 1
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in p.name) for p in paths)  # CJK file names
    assert paths[0].read_bytes() == srcs[0].read_bytes()
    assert "12 files" in corpus.describe(paths)


@needs_corpus
def test_a_run_on_a_tiny_corpus_prints_every_figure(tmp_path):
    # three small documents, so the whole run (with its warm-up) stays within seconds
    stem = "001_9bea1109a6fc303f"
    for sub, ext in (("raw", "txt"), ("rendered", "docx"), ("rendered", "pdf")):
        src = CORPUS / ("raw" if ext == "txt" else "rendered") / f"{stem}.{ext}"
        (tmp_path / sub).mkdir(exist_ok=True)
        (tmp_path / sub / src.name).write_bytes(src.read_bytes())
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "bench.py"), "--n", "4", "--runs", "1",
                          "--corpus", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    for figure in ("cold / floor", "warm / cold", "memory 4 / 1 docs", "qlcli tiers 2023", "gazetteer load",
                   "qlcli --help (to a pipe)"):
        assert figure in out.stdout
    assert out.stdout.count("PASS") + out.stdout.count("MISS") == 9  # with --help, qlcli units, docs, runs
