"""Defaults shared by the command line (cli.py) and its fast path (entry.py), so neither imports
the other for them. Plain strings: pathlib costs 10 ms of a 50 ms query command."""

DEFAULT_STORE = "data/out/qlcli.sqlite"
DEFAULT_OUT = "data/out"
