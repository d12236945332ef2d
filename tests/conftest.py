"""Shared fixtures: the corpus copied from ../shared into tests/corpus, so a clone runs its tests alone."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"  # copy of ../shared/corpus (raw, rendered, cases, bad)
GOLD = CORPUS / "gold"  # copy of ../shared/gold
STEMS = ["000_058f1ec3c92ba178", "001_9bea1109a6fc303f", "002_e141ba01a0ffc756", "003_877b769c8b1d723a",
         "004_e661d1e8b408d5f6"]
FORMATS = ["txt", "docx", "pdf"]

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not found at {CORPUS}")
needs_gold = pytest.mark.skipif(not GOLD.is_dir(), reason=f"gold annotations not found at {GOLD}")


def rendering(stem: str, fmt: str) -> Path:
    return CORPUS / ("raw" if fmt == "txt" else "rendered") / f"{stem}.{fmt}"


@lru_cache(maxsize=None)
def read(stem: str, fmt: str):
    """Each corpus file is read once per test session."""
    from qlcli.readers import read_document

    return read_document(rendering(stem, fmt))


@lru_cache(maxsize=None)
def gold(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.gold.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def bad_expected() -> dict:
    return {e["file"]: e for e in json.loads((CORPUS / "bad" / "expected.json").read_text(encoding="utf-8"))}


@pytest.fixture(scope="session")
def lex():
    from qlcli.lexicon import load

    return load()
