"""Lists of items inside one sentence: “A、B、C”, A、B和C, （A，B，C）, “A”“B”“C”, A—B—C, A+B.

A list is found from punctuation alone. Which words open its first item and close its last
one is decided later (`measures.trim_items`), when the formula it spells out is known.
Offsets are relative to the sentence text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

OPEN = {"“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "(": ")", "《": "》", "【": "】", "\"": "\""}
QUOTES = "“‘「『\""
CLAUSE = "，,；;：:。！？!?"
# the brackets whose balance says whether a list's chunk is closed (one pair of quotes, brackets, book marks)
OPENERS, CLOSERS = "“（(《「", "”）)》」"
CLOSED_SEPARATORS = "、，,；;+＋—/／"  # a bracket holding one of these (at its own level) is a list
RE_WS = re.compile(r"\s+")


def squash(t: str) -> str:
    return RE_WS.sub("", t)


def after_particle(t: str, lex) -> int | None:
    """Where a list begins after a verb closed by the particle 了 in its first chunk (创造了村干部“零违纪”、…):
    the offset after the last 了 that jieba cuts as a word of its own (not 了解), two characters or more
    before the chunk's end."""
    if "了" not in t[:-2]:
        return None  # (most chunks hold none: no segmenting for them)
    from ...segment import tokenizer

    pos, at = 0, None
    for w in tokenizer(lex).cut(t):
        pos += len(w)
        if w == "了" and len(t) - pos >= 2:
            at = pos
    return at


@dataclass
class Enum:
    items: list[tuple[int, int]]  # spans of the raw chunks
    start: int
    end: int
    kind: str  # quoted | paren | quoteseq | books | open
    open_left: bool = False  # the first chunk may begin with words that are not part of an item
    open_right: bool = False  # the last chunk may run on past its item

    def texts(self, s: str) -> list[str]:
        return [s[a:b] for a, b in self.items]


@lru_cache(maxsize=4096)
def brackets(s: str) -> dict[int, int]:
    """Opening bracket position → matching closing position (unbalanced ones are ignored).
    Cached: every list finder asks it of the same sentence; callers must not change the dict."""
    out: dict[int, int] = {}
    stack: list[int] = []
    for i, ch in enumerate(s):
        if ch == "\"":  # straight quotes open and close alternately
            if stack and s[stack[-1]] == "\"":
                out[stack.pop()] = i
            else:
                stack.append(i)
        elif ch in OPEN:
            stack.append(i)
        elif ch in OPEN.values():
            for j in range(len(stack) - 1, -1, -1):
                if OPEN[s[stack[j]]] == ch:
                    out[stack[j]] = i
                    del stack[j:]
                    break
    return out


def _top_level(s: str, a: int, b: int, pairs: dict[int, int]):
    """Positions in s[a:b] outside any bracket nested in it."""
    i = a
    while i < b:
        if i in pairs and pairs[i] < b:
            i = pairs[i] + 1
            continue
        yield i
        i += 1


def _split(s: str, a: int, b: int, pairs: dict[int, int], seps: str) -> list[tuple[int, int]]:
    """Split s[a:b] on the first separator of `seps` present at its own level (、 before ，)."""
    found: dict[str, list[int]] = {}
    for i in _top_level(s, a, b, pairs):
        if s[i] in seps:
            found.setdefault(s[i], []).append(i)
    for sep in seps:
        if sep in found:
            spans, prev = [], a
            for c in found[sep]:
                spans.append((prev, c))
                prev = c + 1
            spans.append((prev, b))
            return spans
    return [(a, b)]


def find_enums(s: str, stops: list[tuple[int, int]] = ()) -> list[Enum]:
    """Every list in sentence `s`. `stops` (the spans of formula names) end a run of chunks."""
    pairs = brackets(s)
    stop_at = dict(stops)
    out: list[Enum] = []
    for a, b in pairs.items():
        if s[a] == "《":
            continue
        spans = _split(s, a + 1, b, pairs, CLOSED_SEPARATORS)
        if len(spans) >= 2 and all(y > x for x, y in spans):
            out.append(Enum(spans, a, b + 1, "paren" if s[a] in "（(【" else "quoted"))
    runs = _quote_runs(s, pairs, stop_at)
    in_runs = {a - 1 for e in runs for a, b in e.items}
    # “互联网+监督” inside “监督一点通”“互联网+监督” is one item, not a list of two
    out = [e for e in out if not (e.kind == "quoted" and e.start in in_runs
                                  and not any(s[x - 1:x] in "、，," for x, y in e.items[1:]))]
    out.extend(runs)
    books = [(a + 1, b) for a, b in sorted(pairs.items()) if s[a] == "《"]
    if len(books) >= 2:  # 制定《问题清单》…；制定《责任清单》…；制定《考核清单》
        out.append(Enum(books, books[0][0] - 1, books[-1][1] + 1, "books"))
    out.extend(_runs(s, 0, len(s), pairs, stop_at))
    for a, b in pairs.items():  # a bracket that holds clauses may hold a run too
        if s[a] != "《" and any(s[i] in CLAUSE for i in _top_level(s, a + 1, b, pairs)):
            out.extend(_runs(s, a + 1, b, pairs, stop_at))
    return out


def _quote_runs(s: str, pairs: dict[int, int], stop_at: dict[int, int]) -> list[Enum]:
    """“A”“B”“C” or “A”、“B”: each quote is one item."""
    out, i = [], 0
    while i < len(s):
        if s[i] in QUOTES and i in pairs and i not in stop_at:
            seq, j = [], i
            while j < len(s) and s[j] in QUOTES and j in pairs and j not in stop_at:
                seq.append((j, pairs[j] + 1))
                j = pairs[j] + 1
                if j + 1 < len(s) and s[j] == "、" and s[j + 1] in QUOTES:
                    j += 1
            if len(seq) >= 2:
                out.append(Enum([(a + 1, b - 1) for a, b in seq], seq[0][0], seq[-1][1], "quoteseq"))
            i = max(j, i + 1)
        else:
            i += 1
    return out


def _runs(s: str, a: int, b: int, pairs: dict[int, int], stop_at: dict[int, int]) -> list[Enum]:
    """Chunks separated by 、 at one bracket level; a run ends at a clause mark or a formula name."""
    out: list[Enum] = []
    chunks: list[tuple[int, int]] = []
    start, left, after_name = a, True, False

    def flush(end: int, right: bool):
        if len(chunks) >= 2 and all(y > x for x, y in chunks):
            out.append(Enum(list(chunks), chunks[0][0], end, "open", left, right))

    i = a
    while i < b:
        if i in stop_at:
            chunks.append((start, i))
            if len(chunks) == 1 and i > start and left and not after_name:  # 乡镇行政区划调整和村级建制调整“两项改革”
                out.append(Enum(list(chunks), start, i, "open", left, False))
            flush(i, False)
            chunks, i = [], stop_at[i]
            # after a name, words may lead into the next list (三支队伍和…, “三治”则是依托…), but one
            # chunk between two names is no list (“七个好”评比和推行“一榜一台”)
            start, left, after_name = i, True, True
            continue
        if i in pairs and pairs[i] < b:
            i = pairs[i] + 1
            continue
        ch = s[i]
        if ch == "、":
            chunks.append((start, i))
            start = i + 1
        elif ch in CLAUSE:
            chunks.append((start, i))
            flush(i, False)
            chunks, start, left, after_name = [], i + 1, True, False
        i += 1
    chunks.append((start, b))
    flush(b, True)
    return out
