"""Units across documents by gazetteer code, and one document held in several files counted once."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qlcli.folder_ingest import ingest
from qlcli.queries import tiers, units
from qlcli.store import Store

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    for f in ["raw/000_058f1ec3c92ba178.txt", "rendered/000_058f1ec3c92ba178.docx",
              "rendered/000_058f1ec3c92ba178.pdf", "raw/004_e661d1e8b408d5f6.txt", "raw/003_877b769c8b1d723a.txt"]:
        shutil.copy(CORPUS / f, folder)
    # the notice once more under another name, its number cut: the same document by title and date
    text = (CORPUS / "raw/000_058f1ec3c92ba178.txt").read_text(encoding="utf-8")
    (folder / "copy_without_number.txt").write_text(text.replace("渝北民〔2024〕8号", ""), encoding="utf-8")
    s = Store(str(tmp_path_factory.mktemp("store") / "s.sqlite"))
    ingest(folder, s)
    yield s
    s.close()


def test_units_of_a_county_and_by_code(store):
    yubei = units(store, county="渝北区")
    assert len(yubei) >= 21 and all(r["county"] == "渝北区" for r in yubei)
    assert {r["unit"] for r in units(store, adcode="500112")} == {r["unit"] for r in yubei}
    sichuan = units(store, adcode="51")
    assert sichuan and all(r["province"] == "四川省" for r in sichuan)
    assert not {r["unit"] for r in sichuan} & {r["unit"] for r in yubei}


def test_one_village_written_two_ways_is_one_row(store):
    # 木耳镇金刚村 (the notice) and 渝北区木耳镇金刚村 (the news story) under 500112
    rows = [r for r in units(store) if r["village"] == "金刚村"]
    assert len(rows) == 1 and rows[0]["unit"] == "渝北区木耳镇金刚村" and rows[0]["adcode"] == "500112"


def test_a_document_in_several_files_lists_its_award_rows_once(store):
    listing = tiers(store, 2023)
    named = [r["unit"] for r in listing.rows]
    assert len(named) == len(set(named)) == 21


def test_a_query_answered_from_the_cache_follows_the_store(tmp_path, monkeypatch):
    """`units` and `tiers` are kept in the cache while the store is unchanged (issue 13); a new
    ingest changes the store's file, so the next query computes its answer anew."""
    from qlcli import queries

    monkeypatch.setenv("QLCLI_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(CORPUS / "raw/004_e661d1e8b408d5f6.txt", folder)
    s = Store(str(tmp_path / "s.sqlite"))
    ingest(folder, s)
    first = units(s)
    assert first and units(s) == first  # the second answer comes from the cache file
    assert any(f.name.startswith("units-") for f in (tmp_path / "cache" / "qlcli").iterdir())
    calls = []
    monkeypatch.setattr(queries, "_units", lambda *a: calls.append(a) or [])
    assert units(s) == first and not calls  # unchanged store: not computed
    monkeypatch.undo()
    monkeypatch.setenv("QLCLI_CACHE", str(tmp_path / "cache"))
    shutil.copy(CORPUS / "raw/000_058f1ec3c92ba178.txt", folder)
    ingest(folder, s)
    again = units(s)
    assert len(again) > len(first)
    assert tiers(s, 2023).rows and tiers(s, 2023).rows == tiers(s, 2023).rows
    s.close()
