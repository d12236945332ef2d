"""The `qlcli` command. The query commands (`qlcli tiers YEAR`, `units`, `docs`, `runs`, with their
options) are answered here without loading typer and rich (about 120 ms of a 250 ms run); anything else
and every argument this small reader does not recognise go to the full command line in cli.py, which
calls the same two functions (tests/test_entry.py checks both print the same). `--help` printed to a
pipe or file (scripts, `qlcli --help | less`) is typer's own text, kept in the cache after its first
rendering: a terminal gets typer's coloured help every time."""
from __future__ import annotations

import os
import sys

from .config import DEFAULT_STORE
_TIERS_OPTIONS = {"--tier": "tier", "--region": "region", "--store": "store", "--format": "format", "-f": "format"}


def main() -> None:
    try:
        code = fast(sys.argv[1:])
        if code is None:
            code = cached_help(sys.argv[1:])
        if code is None:
            from .cli import main as full

            full()
        else:
            sys.exit(code)
    except BrokenPipeError:  # `qlcli tiers 2023 | head`: the reader left; no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)


def _options(args: list[str], known: dict[str, str]) -> dict[str, str] | None:
    """--name value, --name=value, -f value; None for anything else (typer then handles it)."""
    out: dict[str, str] = {}
    i = 0
    while i < len(args):
        name, eq, value = args[i].partition("=")
        if name not in known or (eq and not name.startswith("--")):
            return None
        if not eq:
            if i + 1 >= len(args):
                return None
            value, i = args[i + 1], i + 1
        out[known[name]] = value
        i += 1
    return out


_FORMAT = {"--store": "store", "--format": "format", "-f": "format"}
_COMMANDS = {"tiers": {**_TIERS_OPTIONS}, "units": {**_FORMAT, "--doc": "doc", "--county": "county", "--adcode": "adcode"},
             "docs": _FORMAT, "runs": _FORMAT}


def fast(argv: list[str]) -> int | None:
    """Run tiers, units, docs or runs when argv is plainly that command with a store in place; else
    None (typer then parses it, and prints any error)."""
    if not argv or argv[0] not in _COMMANDS:
        return None
    number = argv[1] if len(argv) > 1 and argv[1].isascii() and argv[1].isdigit() else None
    if (argv[0] == "tiers") != (number is not None) and not (argv[0] == "runs"):
        return None  # tiers needs its year; only runs takes an optional number
    opts = _options(argv[1 + (number is not None):], _COMMANDS[argv[0]])
    if opts is None or opts.get("format", "table") not in ("table", "csv", "json", "md"):
        return None
    path = opts.get("store", DEFAULT_STORE)
    if not os.path.isfile(path):
        return None
    from .db import ReadStore, StoreError

    try:
        store = ReadStore(path)
    except StoreError:
        return None
    from . import queries, views

    fmt = opts.get("format", "table")
    try:
        if argv[0] == "tiers":
            listing = queries.tiers(store, int(number), tier=opts.get("tier"), region=opts.get("region"))
            views.print_tiers(listing, fmt)
            return 0 if listing.groups else 1
        if argv[0] == "units":
            views.print_units(queries.units(store, opts.get("doc"), county=opts.get("county"),
                                            adcode=opts.get("adcode")), fmt)
        elif argv[0] == "docs":
            views.print_docs(store, fmt)
        else:
            run_id = int(number) if number else None
            views.print_runs(queries.runs(store, run_id), fmt, run_id)
    except LookupError:
        return None  # an unknown --doc or run: the full command line says so
    return 0


def tiers_fast(argv: list[str]) -> int | None:
    """`qlcli tiers YEAR …` without typer (kept for callers of the earlier name)."""
    return fast(argv) if argv[:1] == ["tiers"] else None


def _help_key(argv: list[str]) -> str | None:
    """The cache file of one help text: it changes with the command's code, qlcli's version, the
    typer and rich installed, the width asked for and the colour settings."""
    import hashlib
    import importlib.util

    from . import __version__

    parts = [__version__, sys.version, *argv]
    for env in ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "TERM", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        parts.append(f"{env}={os.environ.get(env, '')}")
    try:
        files = [os.path.join(os.path.dirname(__file__), "cli.py")]
        specs = [importlib.util.find_spec(m) for m in ("typer", "rich", "click")]  # click: if typer uses it
        files += [spec.origin for spec in specs if spec is not None and spec.origin]
        for f in files:
            st = os.stat(f)
            parts.append(f"{f}:{st.st_size}:{st.st_mtime_ns}")
    except (OSError, AttributeError, ImportError, ValueError):
        return None
    return "help-" + hashlib.sha256("\0".join(parts).encode()).hexdigest()[:20] + ".txt"


def cached_help(argv: list[str]) -> int | None:
    """`qlcli --help` or `qlcli COMMAND --help` to a pipe or file, from the cache; None otherwise."""
    if not argv or argv[-1] != "--help" or len(argv) > 2 or sys.stdout.isatty():
        return None
    if len(argv) == 2 and (argv[0].startswith("-") or not argv[0].isascii()):
        return None
    from . import cache

    key = _help_key(argv)
    if key is None:
        return None
    text = cache.read(key)
    if text is None:
        text = _render_help(argv)
        if text is None:
            return None
        cache.write_atomic(key, text)
    sys.stdout.write(text.decode("utf-8"))
    sys.stdout.flush()
    return 0


def _render_help(argv: list[str]) -> bytes | None:
    """Typer's help for argv as it prints to a pipe; None when the command does not end in help."""
    import io

    from .cli import app

    buf, out, err = io.StringIO(), sys.stdout, sys.stderr
    sys.stdout, sys.stderr = buf, io.StringIO()  # an error is printed once, by the full command line
    try:
        app(argv, prog_name="qlcli")
    except SystemExit as done:
        if done.code not in (0, None):
            return None
    finally:
        sys.stdout, sys.stderr = out, err
    return buf.getvalue().encode("utf-8")
