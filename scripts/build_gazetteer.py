"""Rebuild src/qlcli/data/places/gazetteer.tsv.gz from jionlp's china_location data (Apache-2.0).

    python scripts/build_gazetteer.py [JIONLP_WHEEL]

Without a wheel it runs `pip download jionlp --no-deps`. Only the data files are read (never
jionlp's code): the five-level tree in dictionary/china_location.zip and the renames in
dictionary/china_location_change.txt. The output keeps the tree, one place per line in
pre-order: level (0 province … 4 village), name, code (6 digits, county and up), aliases
separated by "|". Changes made here, as the licence asks us to state them:
- a county or city renamed after the tree's vintage (china_location_change.txt) takes its new
  name and keeps the old one as an alias, unless the new name already sits beside it (merges);
- a town spelled …街街道 also answers to …街道;
- an autonomous prefecture, county or banner also answers to its short form with 州/县/旗 (阿坝州);
- a rename the tree already holds keeps the old name as an alias (宁乡县 → 宁乡市, from the same file);
- a county-level city or district answers to its short form + 县 (县改市, 撤县设区), unless a county
  or city already has that name;
- provinces, cities and counties keep jionlp's short form (嘉定区 → 嘉定) as an alias.
"""
from __future__ import annotations

import gzip
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "qlcli" / "data" / "places" / "gazetteer.tsv.gz"


def _wheel(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    tmp = Path(tempfile.mkdtemp())
    subprocess.run([sys.executable, "-m", "pip", "download", "jionlp", "--no-deps", "-q", "-d", str(tmp)], check=True)
    return next(tmp.glob("jionlp-*.whl"))


def _read(wheel: Path) -> tuple[list[str], list[str]]:
    with zipfile.ZipFile(wheel) as whl:
        inner = zipfile.ZipFile(io.BytesIO(whl.read("jionlp/dictionary/china_location.zip")))
        tree = inner.read("china_location.txt").decode("utf-8").splitlines()
        changes = whl.read("jionlp/dictionary/china_location_change.txt").decode("utf-8").splitlines()
    return tree, changes


def build(tree: list[str], changes: list[str]) -> list[list]:
    nodes: list[list] = []  # [level, name, code, aliases, parent]
    stack: list[int] = []
    for line in tree:
        if not line.strip():
            continue
        level = len(line) - len(line.lstrip("\t"))
        parts = line.strip("\t").split("\t")
        name, code = parts[0], (parts[1] if len(parts) > 1 else "")
        aliases = [parts[2]] if len(parts) > 2 and parts[2] and parts[2] != name else []
        if name.endswith("街街道"):
            aliases.append(name[:-3] + "街道")
        for long, tail in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
            if aliases and name.endswith(long) and level in (1, 2) and not aliases[0].endswith(tail):
                aliases.append(aliases[0] + tail)  # 阿坝藏族羌族自治州 → 阿坝州, 罗城仫佬族自治县 → 罗城县
        del stack[level:]
        nodes.append([level, name, code, aliases, stack[-1] if stack else -1])
        stack.append(len(nodes) - 1)
    children: dict[int, list[int]] = {}
    for i, n in enumerate(nodes):
        children.setdefault(n[4], []).append(i)

    def find(path: list[str]) -> int | None:
        at = -1
        for name in path:
            hit = [c for c in children.get(at, []) if nodes[c][1] == name]
            if not hit:
                return None
            at = hit[0]
        return at

    for row in changes:
        if "=>" not in row:
            continue
        old, new = row.split("=>")
        old_names = old.split("\t")[2::2]  # date, kind, then name/short pairs
        new_names = new.split("\t")
        i = find(old_names) if len(old_names) == len(new_names) else None
        if i is None:
            j = find(new_names)  # the tree already has the new name: the old one is how older documents write it
            if j is not None and old_names[-1] != nodes[j][1] and old_names[-1] not in nodes[j][3]:
                nodes[j][3] = nodes[j][3] + [old_names[-1]]
            continue
        if nodes[i][1] == new_names[-1]:
            continue
        siblings = {nodes[c][1] for c in children.get(nodes[i][4], [])}
        if new_names[-1] in siblings:
            continue
        nodes[i][3] = [a for a in nodes[i][3]] + [nodes[i][1]]
        nodes[i][1] = new_names[-1]
    _former_county_names(nodes)
    return nodes


def _former_county_names(nodes: list[list]) -> None:
    """A county made a city or a district (县改市, 撤县设区) keeps its name before the suffix, so older
    documents write the county (宁乡县 for 宁乡市): its short form + 县 is an alias, unless some
    county or city already answers to that name."""
    taken = {k for n in nodes if n[0] <= 2 for k in (n[1], *n[3])}
    for n in nodes:
        if n[0] == 2 and n[1][-1] in "市区" and n[3] and len(n[3][0]) >= 2:
            old = n[3][0] + "县"
            if old not in taken:
                n[3] = n[3] + [old]
                taken.add(old)


def main() -> None:
    tree, changes = _read(_wheel(sys.argv[1] if len(sys.argv) > 1 else None))
    nodes = build(tree, changes)
    text = "".join(f"{lv}\t{name}\t{code}\t{'|'.join(al)}\n" for lv, name, code, al, _ in nodes)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    print(f"{OUT}: {len(nodes)} places, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
