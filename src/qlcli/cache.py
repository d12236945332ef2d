"""Files qlcli derives once per machine (the gazetteer's index, word tables) and reads back fast."""
from __future__ import annotations

import os


def cache_dir() -> str:
    """$QLCLI_CACHE, else $XDG_CACHE_HOME/qlcli, else ~/.cache/qlcli."""
    base = os.environ.get("QLCLI_CACHE") or os.environ.get("XDG_CACHE_HOME") or os.path.join(
        os.path.expanduser("~"), ".cache")
    return os.path.join(base, "qlcli")


def read(name: str) -> bytes | None:
    try:
        with open(os.path.join(cache_dir(), name), "rb") as fh:
            return fh.read()
    except OSError:
        return None


def write_atomic(name: str, data: bytes) -> None:
    """Write a cache file whole or not at all; a read-only home only makes the next run slower."""
    folder = cache_dir()
    try:
        os.makedirs(folder, exist_ok=True)
        import tempfile  # only a write needs it: a query that reads the cache stays light

        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, os.path.join(folder, name))
    except OSError:
        pass
