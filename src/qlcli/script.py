"""Traditional → simplified script, one character for one, so offsets survive conversion.
Kept apart from normalize.py, whose patterns take 14 ms to compile, for commands that only query."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _t2s() -> dict[int, str]:
    """Traditional → simplified, one character for one, so offsets survive conversion."""
    try:
        import opencc
    except ImportError:  # conversion is a nicety; matching still works on simplified text
        return {}
    from pathlib import Path

    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1:
            target = parts[1].split(" ")[0]
            if len(target) == 1 and target != parts[0]:
                table[ord(parts[0])] = target
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
