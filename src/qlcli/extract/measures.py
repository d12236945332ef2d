"""Numbered formulas (五廉, 三治 …) and the items that spell them out."""
from __future__ import annotations

from ..lexicon import Lexicon
from ..model import Case, DocMeta, Document, Measure, Unit, Warning


def extract_measures(doc: Document, meta: DocMeta, units: list[Unit], cases: list[Case],
                     lex: Lexicon) -> tuple[list[Measure], list[Warning]]:
    return [], []
