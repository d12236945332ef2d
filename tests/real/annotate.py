"""Write a gold file (../shared/gold/SCHEMA.md) from a short hand annotation, so annotating a
document means typing what it says, not JSON punctuation.

    python tests/real/annotate.py tests/real/dev/r001_x.ann   → tests/real/dev/r001_x.gold.json

The annotation (.ann) has `key: value` lines for the document's fields, then sections of rows,
one per line, fields split by `|` (an empty field is null; `opt` at the end marks optional):

    doc_type: news
    title: …
    doc_number:
    issuers: 重庆市渝北区民政局; 重庆市渝北区农业农村委员会
    date: 2024-01-15
    region: 重庆市渝北区
    units:
    龙塔街道鲁能西路社区                     (town, village and kind read off the name)
    某某村 | 某镇 | 某某村 | 村               (or given)
    tiers:
    2023 | 区级 | 标杆 | 龙塔街道鲁能西路社区
    cases:
    unit | title
    measures:
    unit | 五廉 | 党建引廉、民主促廉、监督管廉       (one row per item split on 、)
    outcomes:
    unit | 260余亩 | 260 | 亩 | 余 | 整改土地 [| opt]
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

FIELDS = ("doc_type", "title", "doc_number", "issuers", "date", "region")
SECTIONS = ("units", "tiers", "cases", "measures", "outcomes")
TOWN = re.compile(r"^(.*?(?:街道|镇|鎮|乡|鄉|苏木|蘇木))(?=[^镇鎮乡鄉]*(?:村|社区|社區|居委会|居委會|嘎查|居民委员会|村民委员会)$)")
AREA = "市县縣区區旗州"


def split_unit(name: str) -> dict:
    kind = "社区" if re.search(r"(社区|社區|居委会|居委會|居民委员会)$", name) else "村"
    m = TOWN.match(name)
    town = re.sub(rf"^.*[{AREA}](?=[^{AREA}]+$)", "", m.group(1)) if m else None
    village = name[m.end():] if m else re.sub(rf"^.*[{AREA}]", "", name)
    return {"name": name, "town": town, "village": village, "kind": kind}


def null(s: str):
    s = s.strip()
    return None if s == "" else s


def number(s: str):
    v = float(s)
    return int(v) if v.is_integer() else v


def parse(text: str, doc: str) -> dict:
    out: dict = {"doc": doc, **{k: None for k in FIELDS}, "issuers": [], **{k: [] for k in SECTIONS}}
    section = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key = line[:-1] if line.endswith(":") else None
        if key in SECTIONS:
            section = key
            continue
        m = re.match(r"^(\w+):\s*(.*)$", line)
        if section is None and m and m.group(1) in FIELDS:
            k, v = m.groups()
            out[k] = [x.strip() for x in v.split(";") if x.strip()] if k == "issuers" else null(v)
            continue
        if section is None:
            raise SystemExit(f"{doc}:{n}: a row before any section: {line}")
        f = [x.strip() for x in line.split("|")]
        opt = f[-1] == "opt"
        if opt:
            f = f[:-1]
        try:
            if section == "units":
                out["units"].append(split_unit(f[0]) if len(f) == 1 else
                                    {"name": f[0], "town": null(f[1]), "village": f[2], "kind": f[3]})
            elif section == "tiers":
                out["tiers"].append({"year": int(f[0]) if f[0] else None, "level": null(f[1]), "tier": f[2],
                                     "unit": f[3]})
            elif section == "cases":
                out["cases"].append({"unit": null(f[0]), "title": f[1]})
            elif section == "measures":
                for item in f[2].split("、"):
                    out["measures"].append({"unit": null(f[0]), "family": f[1], "item": item.strip(),
                                            "optional": opt})
            elif section == "outcomes":
                out["outcomes"].append({"unit": null(f[0]), "text": f[1], "value": number(f[2]),
                                        "measure_unit": f[3], "qualifier": null(f[4]), "metric": null(f[5]),
                                        "optional": opt})
        except (IndexError, ValueError) as e:
            raise SystemExit(f"{doc}:{n}: {e}: {line}")
    return out


def main(paths: list[str]) -> None:
    for p in map(Path, paths):
        doc = p.with_suffix(".txt").name
        gold = parse(p.read_text(encoding="utf-8"), doc)
        p.with_suffix(".gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
