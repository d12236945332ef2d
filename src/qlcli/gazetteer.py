"""China's administrative divisions, five levels deep, as a compact in-memory index.

The data (data/places/gazetteer.tsv.gz) is jionlp's china_location tree (Apache-2.0; see
data/places/NOTICE): 34 provinces, 350 cities, 3,192 counties with their 6-digit codes,
43,104 towns and 657,807 villages and communities. Reading the 3 MB file takes about a
second, so the parsed index is cached (marshal, keyed by the data's hash and the Python
version) and later processes load it in a fraction of that. Only extractors that need places
load it; `qlcli --help` and the query commands never import this module.
"""
from __future__ import annotations

import gzip
import hashlib
import marshal
import sys
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from . import cache

LEVELS = ("province", "city", "county", "town", "village")


@dataclass(frozen=True)
class Place:
    id: int
    name: str
    level: int  # 0 province … 4 village
    chain: tuple[str, ...]  # names from the province down to this place
    adcode: str  # the nearest code up the chain (6 digits: the county's for towns and villages)

    def part(self, level: str) -> str | None:
        i = LEVELS.index(level)
        return self.chain[i] if i < len(self.chain) else None


class Gazetteer:
    def __init__(self, names: list[str], parents: array, levels: bytes, codes: dict[int, str],
                 index: dict[str, int | tuple[int, ...]], heads: dict[str, tuple[int, ...]]):
        self.names, self.parents, self.levels, self.codes, self.index = names, parents, levels, codes, index
        # first two characters of an area's name (town and up, short forms too) → the lengths of
        # such names, longest first: a scan of a text costs one look-up per character
        self.heads = heads
        self._extra: dict[str, list[int]] = {}

    def __len__(self) -> int:
        return len(self.names)

    def ids(self, name: str) -> tuple[int, ...]:
        hit = self.index.get(name, ())
        base = (hit,) if isinstance(hit, int) else hit
        extra = self._extra.get(name)
        return base + tuple(extra) if extra else base

    def place(self, i: int) -> Place:
        chain, at, adcode = [], i, ""
        while at >= 0:
            chain.append(self.names[at])
            if not adcode and at in self.codes:
                adcode = self.codes[at]
            at = self.parents[at]
        return Place(i, self.names[i], self.levels[i], tuple(reversed(chain)), adcode)

    def lookup(self, name: str, level: int | None = None) -> list[Place]:
        """Every place written `name` (its own name or an alias), optionally at one level."""
        return [self.place(i) for i in self.ids(name) if level is None or self.levels[i] == level]

    def known(self, name: str) -> bool:
        return bool(self.ids(name))

    def copy(self) -> "Gazetteer":
        """A copy to add a user's places to, leaving the shared one as the data has it."""
        g = Gazetteer(list(self.names), array("i", self.parents), self.levels, self.codes, self.index,
                      dict(self.heads))
        g._extra = {k: list(v) for k, v in self._extra.items()}
        return g

    def add(self, chain: list[str]) -> Place:
        """Add a place the data lacks (a new or merged village), creating missing parents."""
        at = -1
        for depth, name in enumerate(chain):
            hit = [i for i in self.ids(name) if self.parents[i] == at and self.levels[i] == depth]
            if hit:
                at = hit[0]
                continue
            self.names.append(name)
            self.parents.append(at)
            self.levels = self.levels + bytes([depth])
            at = len(self.names) - 1
            self._extra.setdefault(name, []).append(at)
            if depth <= 3 and len(name) >= 2:
                self.heads[name[:2]] = tuple(sorted(set(self.heads.get(name[:2], ())) | {len(name)}, reverse=True))
        return self.place(at)


def _data_file():
    return resources.files("qlcli") / "data" / "places" / "gazetteer.tsv.gz"


def _parse(raw: bytes) -> tuple:
    names: list[str] = []
    parents = array("i")
    levels = bytearray()
    codes: dict[int, str] = {}
    index: dict[str, list[int]] = {}
    stack: list[int] = []
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        lv, name, code, aliases = line.split("\t")
        level = int(lv)
        del stack[level:]
        i = len(names)
        names.append(name)
        parents.append(stack[-1] if stack else -1)
        levels.append(level)
        if code:
            codes[i] = code
        for key in (name, *filter(None, aliases.split("|"))):
            index.setdefault(key, []).append(i)
        stack.append(i)
    flat = {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in index.items()}
    heads: dict[str, set] = {}
    for k, v in index.items():
        if len(k) >= 2 and any(levels[i] <= 3 for i in v):
            heads.setdefault(k[:2], set()).add(len(k))
    return names, parents.tobytes(), bytes(levels), codes, flat, {h: tuple(sorted(n, reverse=True))
                                                                 for h, n in heads.items()}


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, parsed once per machine and loaded once per process."""
    raw = _data_file().read_bytes()
    key = f"gazetteer2-{hashlib.sha256(raw).hexdigest()[:12]}-py{sys.version_info[0]}{sys.version_info[1]}.marshal"
    parts = None
    try:
        parts = marshal.loads(cache.read(key) or b"")
    except (ValueError, EOFError, TypeError):
        parts = _parse(raw)
        cache.write_atomic(key, marshal.dumps(parts))
    names, parents_raw, levels, codes, index, heads = parts
    parents = array("i")
    parents.frombytes(parents_raw)
    return Gazetteer(names, parents, levels, codes, index, heads)
