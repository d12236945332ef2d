"""Case write-ups inside a document: title, unit and span."""
from __future__ import annotations

from ..lexicon import Lexicon
from ..model import Case, DocMeta, Document, Unit


def extract_cases(doc: Document, meta: DocMeta, units: list[Unit], lex: Lexicon) -> list[Case]:
    return []
