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


def memo(name: str, state, compute):
    """compute(), kept in the cache with the state it was computed for (a store's file sizes and
    times, the code that computes it) and read back while the state is the same: a query run
    again on an unchanged store costs one small file read. One file per name, never more."""
    import marshal

    raw = read(name)
    if raw:
        try:
            was, value = marshal.loads(raw)
            if was == state:
                return value
        except (ValueError, EOFError, TypeError):
            pass
    value = compute()
    try:
        write_atomic(name, marshal.dumps((state, value)))
    except ValueError:  # a value marshal cannot hold: computed each time
        pass
    return value
