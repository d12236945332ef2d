"""jieba, loaded once per process, with the domain dictionary and a per-user cache.

Loading costs about 0.8 s, so only commands that segment call `tokenizer()`. The cache goes
to a per-user directory: jieba's default /tmp file is created owner-only and breaks other
users of the same machine. jieba's log lines are kept off stdout.
"""
from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from .lexicon import Lexicon

_TOKENIZERS: dict[str, object] = {}
_PENDING: dict[str, set[str]] = {}  # words added before jieba was needed, added when it loads
_SCOPE: dict[str, set[str]] = {}  # the names of the document being extracted, per lexicon
_UNDO: dict[str, tuple[int, dict]] = {}  # how to take them out again, once they are in


def cache_dir() -> Path:
    from . import cache

    path = Path(cache.cache_dir())
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:  # read-only home: fall back to a private temp dir
        import tempfile

        path = Path(tempfile.mkdtemp(prefix="qlcli-jieba-"))
    return path


def tokenizer(lex: Lexicon):
    """The process's jieba Tokenizer for this lexicon (domain words added)."""
    tk = _TOKENIZERS.get(lex.fingerprint)
    if tk is not None:
        return tk
    import jieba

    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.tmp_dir = str(cache_dir())
    tk.initialize()
    for line in lex.userdict:
        parts = line.split()
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        tk.add_word(parts[0], freq, parts[2] if len(parts) > 2 else None)
    for w in sorted(_PENDING.pop(lex.fingerprint, ())):
        tk.add_word(w, 2000)
    _TOKENIZERS[lex.fingerprint] = tk
    _apply_scope(lex.fingerprint, tk)
    return tk


@contextmanager
def document_words(lex: Lexicon, words):
    """Keep one document's names (units, places) whole while that document is segmented, then
    take them out, so a document's rows never depend on which documents the same process read
    before it (--jobs 1 and --jobs 2 give the same). Never loads jieba by itself."""
    key = lex.fingerprint
    _SCOPE[key] = {w for w in words if w}
    if key in _TOKENIZERS:
        _apply_scope(key, _TOKENIZERS[key])
    try:
        yield
    finally:
        _SCOPE.pop(key, None)
        undo = _UNDO.pop(key, None)
        if undo:
            _restore(_TOKENIZERS[key], undo)


def _apply_scope(key: str, tk) -> None:
    words = _SCOPE.get(key)
    if not words or key in _UNDO:
        return
    before: dict[str, int | None] = {}  # every entry add_word touches: the word and its prefixes
    total = tk.total
    for w in sorted(words):
        for i in range(1, len(w) + 1):
            before.setdefault(w[:i], tk.FREQ.get(w[:i]))
        tk.add_word(w, 2000)
    _UNDO[key] = (total, before)


def _restore(tk, undo: tuple[int, dict]) -> None:
    total, before = undo
    for frag, freq in before.items():
        if freq is None:
            tk.FREQ.pop(frag, None)
        else:
            tk.FREQ[frag] = freq
    tk.total = total


def add_words(lex: Lexicon, words) -> None:
    """Keep names found in documents (units, places) whole when segmenting. This never loads
    jieba: until a tokenizer is needed the words wait, and are added when it loads."""
    tk = _TOKENIZERS.get(lex.fingerprint)
    if tk is None:
        _PENDING.setdefault(lex.fingerprint, set()).update(w for w in words if w)
        return
    for w in words:
        if w:
            tk.add_word(w, 2000)


def cut(text: str, lex: Lexicon) -> list[str]:
    return [w for w in tokenizer(lex).cut(text) if w.strip()]


@lru_cache(maxsize=1)
def predicate_words() -> frozenset:
    """Words jieba's dictionary tags as verbs, adverbs, adjectives, prepositions or conjunctions
    (实施, 厘清, 立足): what stands before 社区 in 实施社区治理 but names no village (0.1 s, once)."""
    return _dictionary_words("predicates", lambda tag, freq: tag[0] in "vdacp")


@lru_cache(maxsize=1)
def pronouns() -> frozenset:
    """Words jieba's dictionary tags as pronouns (这些, 这里, 我们): 延边这些集体… opens on its subject."""
    return _dictionary_words("pronouns", lambda tag, freq: tag == "r")


@lru_cache(maxsize=1)
def locatives() -> frozenset:
    """Words jieba's dictionary tags as locatives (顶部, 内部, 东部): 返回顶部 ends in 部 but names no ministry."""
    return _dictionary_words("locatives", lambda tag, freq: tag == "f")


@lru_cache(maxsize=1)
def common_nouns() -> frozenset:
    """Common nouns of jieba's dictionary (tag n, seen 20 times or more: 样板, 民俗, 时任), not place
    or person names: 样板社区, 民俗村 name a kind of place, not one."""
    return _dictionary_words("nouns", lambda tag, freq: tag == "n" and freq >= 20)


def _dictionary_words(name: str, keep) -> frozenset:
    import importlib.util
    import marshal

    from . import cache

    path = os.path.join(os.path.dirname(importlib.util.find_spec("jieba").origin), "dict.txt")
    st = os.stat(path)
    key = f"{name}-{st.st_size}-{int(st.st_mtime)}.marshal"
    try:
        return frozenset(marshal.loads(cache.read(key) or b""))
    except (ValueError, EOFError, TypeError):
        pass
    out = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and keep(parts[2], int(parts[1])):
                out.add(parts[0])
    cache.write_atomic(key, marshal.dumps(sorted(out)))
    return frozenset(out)
