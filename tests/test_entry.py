"""`qlcli tiers …`, `units`, `docs` and `runs` are answered without typer (src/qlcli/entry.py); they
must print and exit exactly as the full command line does, and hand everything else to it."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, needs_corpus

from qlcli.entry import fast, tiers_fast

QLCLI = str(Path(sys.executable).parent / "qlcli")  # the console script: entry.main
FULL = [sys.executable, "-c", "import sys; from qlcli.cli import main; sys.argv[0] = 'qlcli'; main()"]
ENV = {**os.environ, "COLUMNS": "120"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from qlcli.folder_ingest import ingest
    from qlcli.store import Store

    path = tmp_path_factory.mktemp("entry") / "s.sqlite"
    ingest(CORPUS / "raw", Store(path), jobs=2)
    return path


@needs_corpus
@pytest.mark.parametrize("args", [
    ["tiers", "2023"],
    ["tiers", "2023", "--tier", "标杆"],
    ["tiers", "2023", "--region=渝北", "-f", "csv"],
    ["tiers", "2023", "--format", "json"],
    ["tiers", "2023", "--format", "md", "--tier", "合格"],
    ["tiers", "1999"],                      # nothing: exit 1
    ["tiers", "2023", "--format", "xml"],   # bad format: the full CLI's message, exit 2
    ["tiers", "2023", "--bogus", "x"],
    ["tiers", "twenty"],
    ["units"],
    ["units", "--county", "渝北区", "-f", "csv"],
    ["units", "--adcode=5001", "--format", "json"],
    ["units", "--doc", "no-such-document"],  # the full CLI's message
    ["docs"],
    ["docs", "-f", "md"],
    ["runs"],
    ["runs", "1", "--format", "csv"],
    ["runs", "999"],
])
def test_fast_and_full_paths_print_the_same(store, args):
    argv = args[:2] + ["--store", str(store)] + args[2:]
    fast = subprocess.run([QLCLI, *argv], capture_output=True, text=True, env=ENV)
    full = subprocess.run([*FULL, *argv], capture_output=True, text=True, env=ENV)
    assert (fast.returncode, fast.stdout, fast.stderr) == (full.returncode, full.stdout, full.stderr)


@needs_corpus
def test_the_fast_path_takes_plain_tiers_commands_only(store, capsys):
    s = str(store)
    assert tiers_fast(["tiers", "2023", "--store", s, "-f", "csv"]) == 0
    assert capsys.readouterr().out.count("\n") == 22  # header + 21 units
    for argv in (["tiers", "2023", "--store", s, "--help"], ["tiers", "2023", "--store"], ["units", "7", "--store", s],
                 ["cases", "--store", s], ["docs", "--store", s, "--doc", "x"],
                 ["tiers", "2023", "--store", s + ".missing"], ["tiers", "２０２３", "--store", s],
                 ["tiers", "2023", "--store", s, "-f=csv"]):
        assert fast(argv) is None, argv
    assert tiers_fast(["units", "--store", s]) is None


@pytest.mark.parametrize("args", [["--help"], ["tiers", "--help"], ["ingest", "--help"]])
def test_help_to_a_pipe_is_typers_text_and_then_comes_from_the_cache(tmp_path, args):
    env = {**ENV, "QLCLI_CACHE": str(tmp_path)}
    full = subprocess.run([*FULL, *args], capture_output=True, text=True, env=env)
    first = subprocess.run([QLCLI, *args], capture_output=True, text=True, env=env)
    second = subprocess.run([QLCLI, *args], capture_output=True, text=True, env=env)
    assert full.returncode == first.returncode == second.returncode == 0
    assert first.stdout == second.stdout == full.stdout and "Usage: qlcli" in full.stdout
    probe = ("import sys; from qlcli import entry; code = entry.cached_help(sys.argv[1:]); "
             "print(code, 'typer' in sys.modules, file=sys.stderr)")
    warm = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, env=env)
    assert warm.stderr.strip() == "0 False" and warm.stdout == full.stdout


def test_help_of_an_unknown_command_is_left_to_typer(tmp_path):
    env = {**ENV, "QLCLI_CACHE": str(tmp_path)}
    out = subprocess.run([QLCLI, "nosuchcommand", "--help"], capture_output=True, text=True, env=env)
    assert out.returncode == 2 and (out.stderr + out.stdout).count("No such command 'nosuchcommand'") == 1
    assert not list(tmp_path.rglob("help-*"))
