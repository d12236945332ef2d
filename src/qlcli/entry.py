"""The `qlcli` command. `qlcli tiers YEAR [--tier …] [--region …] [--store …] [--format …]` is
answered here without loading typer and pydantic (about 120 ms of a 250 ms run); anything else,
--help, and every argument this small reader does not recognise go to the full command line in
cli.py, which calls the same two functions (tests/test_entry.py checks both print the same)."""
from __future__ import annotations

import sys
from pathlib import Path

DEFAULT_STORE = Path("data/out/qlcli.sqlite")
_TIERS_OPTIONS = {"--tier": "tier", "--region": "region", "--store": "store", "--format": "format", "-f": "format"}


def main() -> None:
    code = tiers_fast(sys.argv[1:])
    if code is None:
        from .cli import main as full

        full()
    else:
        sys.exit(code)


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


def tiers_fast(argv: list[str]) -> int | None:
    """Run `tiers` when argv is plainly that command with a store in place; else None."""
    if len(argv) < 2 or argv[0] != "tiers" or not argv[1].isascii() or not argv[1].isdigit():
        return None
    opts = _options(argv[2:], _TIERS_OPTIONS)
    if opts is None or opts.get("format", "table") not in ("table", "csv", "json", "md"):
        return None
    path = Path(opts.get("store", DEFAULT_STORE))
    if not path.is_file():
        return None
    from .store import Store, StoreError

    try:
        store = Store(path)
    except StoreError:
        return None
    from .queries import tiers
    from .views import print_tiers

    listing = tiers(store, int(argv[1]), tier=opts.get("tier"), region=opts.get("region"))
    print_tiers(listing, opts.get("format", "table"))
    return 0 if listing.groups else 1
