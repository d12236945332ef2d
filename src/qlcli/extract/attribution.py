"""Which case of a document holds a character offset (cases are disjoint spans in order)."""
from __future__ import annotations

import bisect

from ..model import Case


def case_at(cases: list[Case], offset: int) -> Case | None:
    starts = [c.start for c in cases]
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and cases[i].start <= offset < cases[i].end:
        return cases[i]
    return None
