"""Award and rating lists (标杆/优秀/合格 …) and the checks of their declared counts."""
from __future__ import annotations

from ..lexicon import Lexicon
from ..model import DocMeta, Document, Tier, Unit, Warning


def extract_tiers(doc: Document, meta: DocMeta, units: list[Unit], lex: Lexicon) -> tuple[list[Tier], list[Warning]]:
    return [], []
