"""The real documents of tests/real (SOURCES.md), both splits, held to the scores they reach today
(tests/real/floors_dev.toml, floors_test.toml): a change that loses ground on real text fails here."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qlcli.cli import app

REAL = Path(__file__).resolve().parent / "real"


@pytest.mark.parametrize("split", ["dev", "test"])
def test_the_real_split_reaches_its_floors(split, tmp_path):
    store = str(tmp_path / f"{split}.sqlite")
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(REAL / split), "--store", store, "--jobs", "1"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["eval", "--gold", str(REAL / split), "--store", store,
                              "--floors", str(REAL / f"floors_{split}.toml")])
    assert res.exit_code == 0, res.output + res.stderr
    assert f"txt: {len(list((REAL / split).glob('*.txt')))} documents" in res.output.replace("\n", " ")
