"""tests/real holds real public documents with hand-written gold: the split follows the rule written
in SOURCES.md, every source row has its files (and no file lacks a row), and every gold file quotes
its document (check_gold.py)."""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import pytest

REAL = Path(__file__).resolve().parent / "real"
sys.path.insert(0, str(REAL))
from check_gold import problems  # noqa: E402

ROW = re.compile(r"^\| (r\d{3}_\S+\.txt) \| (dev|test) \| (\w+) \| (\S+) \| (.+) \|$", re.M)


def sources() -> list[tuple[str, str, str, str]]:
    return [m.group(1, 2, 3, 4) for m in ROW.finditer((REAL / "SOURCES.md").read_text(encoding="utf-8"))]


def test_the_split_follows_the_written_rule():
    rows = sources()
    assert len(rows) >= 120
    for name, split, _, url in rows:
        rule = "test" if int(hashlib.sha256(url.encode()).hexdigest(), 16) % 10 < 3 else "dev"
        assert split == rule, name
        assert (REAL / split / name).is_file(), name
        assert (REAL / split / name.replace(".txt", ".gold.json")).is_file(), name


def test_every_document_has_a_source_row():
    listed = {name for name, *_ in sources()}
    on_disk = {p.name for split in ("dev", "test") for p in (REAL / split).glob("*.txt")}
    assert on_disk == listed


def test_the_families_are_covered():
    kinds = [kind for _, _, kind, _ in sources()]
    gold = [json.loads(p.read_text(encoding="utf-8")) for p in REAL.glob("*/*.gold.json")]
    assert kinds.count("list") >= 25 and sum(len(g["tiers"]) for g in gold) >= 250
    assert kinds.count("news") >= 40


@pytest.mark.parametrize("gold", sorted(REAL.glob("*/*.gold.json")), ids=lambda p: p.name)
def test_gold_quotes_its_document(gold):
    g = json.loads(gold.read_text(encoding="utf-8"))
    assert problems(g, (gold.parent / g["doc"]).read_text(encoding="utf-8")) == []
