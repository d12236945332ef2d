"""Floors for `qlcli eval --floors FILE`: the least each figure may score, in every rendering.

A floors file is TOML with one table per kind of figure (the names `evaluate.figures` gives):

    [f1]
    units = 0.98
    [family_f1]
    "五廉" = 0.95
    [matched]
    "outcomes.metric" = 0.85
    [metadata]
    title = 1.0

A figure named in the file but absent from a report (no gold rows of that kind) is not checked.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

KINDS = ("f1", "family_f1", "matched", "metadata")


class FloorsError(Exception):
    pass


def load_floors(path: str | Path) -> dict[str, float]:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise FloorsError(f"cannot read the floors file {path}: {err}")
    floors = {}
    for kind, table in data.items():
        if kind not in KINDS or not isinstance(table, dict):
            raise FloorsError(f"{path}: unknown section [{kind}]; use {', '.join(KINDS)}")
        for name, value in table.items():
            if not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise FloorsError(f"{path}: {kind}.{name} must be a number from 0 to 1")
            floors[f"{kind}.{name}"] = float(value)
    return floors


def below(reports, floors: dict[str, float]) -> list[str]:
    """One plain line per figure under its floor, e.g. 'pdf: f1.units 0.970 < floor 0.980'."""
    from .evaluate import figures

    out = []
    for rep in reports:
        got = figures(rep)
        for name, floor in floors.items():
            # rounding keeps 0.98 from failing a floor of 0.98 written as 49/50
            if name in got and round(got[name], 9) < floor:
                out.append(f"{rep.group}: {name} {got[name]:.3f} < floor {floor:.3f}")
    return out
