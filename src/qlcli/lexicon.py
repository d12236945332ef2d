"""Rules as data: the package's word lists and patterns, extended by user lexicon files.

Each file `qlcli/data/NAME.toml` becomes the section NAME. A user file given with
`--lexicon FILE` holds the same sections as TOML tables ([units], [tiers] …): its lists are
appended to the package's, its tables merged, its single values replace the package's.
Word lists for jieba (`userdict.txt`) and stop words (`stopwords.txt`) are plain text;
a user file adds to them with `userdict = [...]` and `stopwords = [...]` at its top.
"""
from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path


class LexiconError(Exception):
    pass


def _merge(base: dict, extra: dict) -> dict:
    out = dict(base)
    for key, val in extra.items():
        if isinstance(val, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], val)
        elif isinstance(val, list) and isinstance(out.get(key), list):
            out[key] = out[key] + [v for v in val if v not in out[key]]
        else:
            out[key] = val
    return out


def _words(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@dataclass(frozen=True)
class Lexicon:
    sections: dict = field(default_factory=dict)
    userdict: tuple[str, ...] = ()  # jieba user dictionary lines ("word [freq] [tag]")
    stopwords: frozenset[str] = frozenset()
    extra_paths: tuple[str, ...] = ()
    fingerprint: str = ""

    def section(self, name: str) -> dict:
        return self.sections.get(name, {})

    def words(self, section: str, key: str) -> list[str]:
        return list(self.sections.get(section, {}).get(key, []))

    def compiled(self, name: str, factory):
        """`factory(self)` computed once per lexicon and process (compiled patterns, word sets)."""
        key = (self.fingerprint, name)
        if key not in _COMPILED:
            _COMPILED[key] = factory(self)
        return _COMPILED[key]


_COMPILED: dict[tuple[str, str], object] = {}


def data_dir():
    return resources.files("qlcli") / "data"


@lru_cache(maxsize=8)
def load(extra_paths: tuple[str, ...] = ()) -> Lexicon:
    digest = hashlib.sha256()
    sections: dict = {}
    for entry in sorted(data_dir().iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".toml"):
            raw = entry.read_bytes()
            digest.update(raw)
            sections[entry.name[:-5]] = tomllib.loads(raw.decode("utf-8"))
    userdict_text = (data_dir() / "userdict.txt").read_text(encoding="utf-8")
    stop_text = (data_dir() / "stopwords.txt").read_text(encoding="utf-8")
    digest.update(userdict_text.encode())
    digest.update(stop_text.encode())
    userdict, stopwords = _words(userdict_text), set(_words(stop_text))
    for p in extra_paths:
        path = Path(p)
        try:
            raw = path.read_bytes()
            user = tomllib.loads(raw.decode("utf-8"))
        except FileNotFoundError:
            raise LexiconError(f"lexicon file not found: {p}")
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
            raise LexiconError(f"lexicon file {p} is not valid UTF-8 TOML: {err}")
        digest.update(raw)
        userdict += [str(w) for w in user.pop("userdict", [])]
        stopwords |= {str(w) for w in user.pop("stopwords", [])}
        for name, table in user.items():
            if not isinstance(table, dict):
                raise LexiconError(f"lexicon file {p}: '{name}' should be a table like [{name}]")
            sections[name] = _merge(sections.get(name, {}), table)
    return Lexicon(sections, tuple(userdict), frozenset(stopwords), tuple(extra_paths), digest.hexdigest()[:16])
