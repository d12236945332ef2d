"""Keywords for word-frequency research: jieba TF-IDF / TextRank with the domain dictionary.

The text is a stored document, the cases of one unit, or every stored document (each
document once, however many renderings of it are stored). Words are cut by the process's
jieba tokenizer (domain words and the store's unit names kept whole); stop words are the
package's list plus any `stopwords = [...]` of a --lexicon file.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from .lexicon import Lexicon
from .store import Store

METHODS = ("tfidf", "textrank")
RE_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")  # at least one letter or character: no bare numbers


def keywords(store: Store, lex: Lexicon, doc: str | None = None, unit: str | None = None, top: int = 20,
             method: str = "tfidf") -> list[dict]:
    """[{rank, word, weight, count}] of the chosen text, best first."""
    if method not in METHODS:
        raise ValueError(f"unknown method '{method}': use tfidf or textrank")
    if top < 1:
        raise ValueError("--top must be 1 or more")
    texts = texts_for(store, doc, unit)
    if not any(t.strip() for t in texts):
        raise LookupError("no stored text to read keywords from (run `qlcli ingest` first)")
    names = [r["unit"] for r in store.rows("units") if r.get("unit")]
    return rank("\n".join(texts), lex, top, method, names)


def texts_for(store: Store, doc: str | None, unit: str | None) -> list[str]:
    from .queries import doc_ids, unit_matches

    ids = doc_ids(store, doc)
    docs, seen = {}, set()
    for d in store.documents(include_text=True):
        stem = Path(d["file_name"] or "").stem
        if d["status"] == "failed" or (ids is not None and d["doc_id"] not in ids) or stem in seen:
            continue
        seen.add(stem)  # one rendering per document: the .txt, .docx and .pdf hold the same words
        docs[d["doc_id"]] = d["text"] or ""
    if not unit:
        return list(docs.values())
    parts = [docs[c["doc_id"]][c["start"]:c["end"]] for c in store.rows("cases")
             if c["doc_id"] in docs and unit_matches(c["unit"], unit) and c["end"] > c["start"]]
    if not parts:
        raise LookupError(f"no case of a unit matching '{unit}' (see `qlcli cases`)")
    return parts


def _keep(word: str, stop: set[str]) -> bool:
    return len(word) >= 2 and bool(RE_WORD.search(word)) and word not in stop and word.lower() not in stop


def rank(text: str, lex: Lexicon, top: int = 20, method: str = "tfidf", names=()) -> list[dict]:
    import jieba.analyse

    from .segment import add_words, tokenizer

    tk = tokenizer(lex)
    add_words(lex, names)
    stop = set(lex.stopwords) | set(jieba.analyse.TFIDF.STOP_WORDS)
    counts = Counter(w.strip() for w in tk.cut(text) if _keep(w.strip(), stop))
    if method == "tfidf":
        idf = _idf()
        total = sum(counts.values()) or 1
        scored = sorted(((w, n / total * idf.idf_freq.get(w, idf.median_idf)) for w, n in counts.items()),
                        key=lambda x: (-x[1], x[0]))[:top]
    else:
        import jieba.posseg

        tr = jieba.analyse.TextRank()
        tr.tokenizer = tr.postokenizer = jieba.posseg.POSTokenizer(tk)
        tr.stop_words = stop
        scored = [(w, wt) for w, wt in tr.textrank(text, topK=top * 2, withWeight=True) if _keep(w, stop)][:top]
    return [{"rank": i, "word": w, "weight": round(wt, 4), "count": counts.get(w, 0)}
            for i, (w, wt) in enumerate(scored, 1)]


_IDF = []


def _idf():
    """jieba's IDF table (general Chinese text), loaded once per process."""
    if not _IDF:
        import jieba.analyse

        _IDF.append(jieba.analyse.TFIDF())
    return _IDF[0]
