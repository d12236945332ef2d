"""Traditional → simplified script, one character for one, so offsets survive conversion.
Kept apart from normalize.py, whose patterns take 14 ms to compile, for commands that only query."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _t2s() -> dict[int, str]:
    """Traditional → simplified, one character for one, so offsets survive conversion. Read from
    opencc's table once per machine, then from qlcli's cache (1 ms instead of 15)."""
    import importlib.util
    import marshal
    import os

    from . import cache

    spec = importlib.util.find_spec("opencc")
    if spec is None or not spec.submodule_search_locations:  # conversion is a nicety: matching still works
        return {}
    path = os.path.join(spec.submodule_search_locations[0], "dictionary", "TSCharacters.txt")
    try:
        st = os.stat(path)
    except OSError:
        return {}
    key = f"t2s-{st.st_size}-{int(st.st_mtime)}.marshal"
    try:
        return marshal.loads(cache.read(key) or b"")
    except (ValueError, EOFError, TypeError):
        pass
    table: dict[int, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().splitlines():
            parts = line.split("\t")
            if len(parts) == 2 and len(parts[0]) == 1:
                target = parts[1].split(" ")[0]
                if len(target) == 1 and target != parts[0]:
                    table[ord(parts[0])] = target
    cache.write_atomic(key, marshal.dumps(table))
    return table


def detect_traditional(text: str) -> bool:
    table = _t2s()
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if len(han) < 20 or not table:
        return False
    changed = sum(1 for c in han if ord(c) in table)
    return changed / len(han) > 0.04


def to_simplified(text: str) -> str:
    return text.translate(_t2s())
