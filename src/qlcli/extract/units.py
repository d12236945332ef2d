"""Village-level units (村/社区/居委会) and their parents."""
from __future__ import annotations

from ..lexicon import Lexicon
from ..model import Document, Unit


def extract_units(doc: Document, lex: Lexicon) -> list[Unit]:
    return []
