"""Quantitative outcomes: numbers that report a result or the scale of the work."""
from __future__ import annotations

from ..lexicon import Lexicon
from ..model import Case, DocMeta, Document, Outcome, Unit


def extract_outcomes(doc: Document, meta: DocMeta, units: list[Unit], cases: list[Case],
                     lex: Lexicon) -> list[Outcome]:
    return []
