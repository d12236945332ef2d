"""Keywords for word-frequency research: jieba TF-IDF / TextRank with the domain dictionary."""
from __future__ import annotations

from .lexicon import Lexicon
from .store import Store


def keywords(store: Store, lex: Lexicon, doc: str | None = None, unit: str | None = None, top: int = 20,
             method: str = "tfidf") -> list[dict]:
    raise ValueError("keywords are not available yet")
