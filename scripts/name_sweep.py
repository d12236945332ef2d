"""Run real village names from the gazetteer through the unit extractor and list the ones it misreads.

    .venv/bin/python scripts/name_sweep.py --frame list --n 3000 --seed 1

Not a measure of accuracy (the frames are few and fixed; tests/real is the measure): a way to find
faults of name *structure* that real documents have not shown yet (a suffix tried in the wrong
order, a character that ends a name, a kind of village the fit does not know). Each name is a
county + town + village chain of the gazetteer, written
  list   one per line under a heading (an attachment's list),
  run    30 to a sentence split by 、, in Traditional script (a web repost),
  prose  inside four sentence frames of news stories (走进…，只见…; …党支部书记…介绍 …).
Odd gazetteer entries (生活区, 连队, 农场 …, names no list or story writes) are left out.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from qlcli.extract.meta import extract_meta  # noqa: E402
from qlcli.extract.places import VILLAGE, gazetteer  # noqa: E402
from qlcli.extract.unit_places import fit_units, plausible_units  # noqa: E402
from qlcli.extract.units import extract_units  # noqa: E402
from qlcli.lexicon import load  # noqa: E402
from qlcli.model import DocMeta  # noqa: E402
from qlcli.normalize import RawBlock, build_document  # noqa: E402
from qlcli.readers import read_document  # noqa: E402
from qlcli.script import to_simplified  # noqa: E402

ODD = ("虚拟", "生活区", "连队", "农场", "林场", "管理处", "管理区", "类似", "办事处", "直辖")
# (frame, the name it writes)
PROSE = [("近日，记者走进{c}{t}{v}，只见村道干净整洁。", "{c}{t}{v}"),
         ("{t}{v}党支部书记张三介绍，今年以来村里新修道路3公里。", "{t}{v}"),
         ("{c}{t}{v}村务监督委员会主任李四说，公开栏每月更新一次。", "{c}{t}{v}")]


def units_of(doc, lex) -> set[str]:
    units = extract_units(doc, lex, extract_meta(doc, lex) if doc.format == "txt" else DocMeta())
    return {to_simplified(u.unit) for u in plausible_units(fit_units(units, doc, lex), lex)}


def doc_of(lines: list[str]):
    return build_document([RawBlock("paragraph", t) for t in lines], doc_id="sweep", path="sweep.txt",
                          file_name="sweep.txt", format="sweep")


def traditional(text: str) -> str:
    import opencc

    path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", "STCharacters.txt")
    table = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            a, b = line.rstrip("\n").split("\t")
            table[a] = b.split(" ")[0]
    return "".join(table.get(c, c) for c in text)


def sweep(frame: str, n: int, seed: int) -> list[tuple[str, list[str]]]:
    lex = load()
    gz = gazetteer(lex)
    rng = random.Random(seed)
    villages = [i for i, lv in enumerate(gz.levels) if lv == VILLAGE]
    chains = [gz.place(i).chain for i in rng.sample(villages, n)]
    chains = [c for c in chains if len(c) >= 5 and len(c[4]) >= 2 and not any(w in "".join(c) for w in ODD)]
    bad = []
    if frame == "prose":
        for c in chains:
            for frame_text, written in PROSE:
                want = written.format(c=c[2], t=c[3], v=c[4])
                got = units_of(doc_of([frame_text.format(c=c[2], t=c[3], v=c[4])]), lex)
                if got != {want}:
                    bad.append((want, sorted(got)))
        return bad
    names = [c[2] + c[3] + c[4] for c in chains]
    for k in range(0, len(names), 30):
        chunk = names[k:k + 30]
        if frame == "list":
            got = units_of(doc_of(["示范村名单", *chunk]), lex)
        else:
            text = traditional("近日，民政部公布了示范村名单，我市以下村榜上有名：") + "\n" + \
                "、".join(traditional(x) for x in chunk) + "。\n"
            with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
                fh.write(text)
            try:
                got = units_of(read_document(fh.name), lex)
            finally:
                os.unlink(fh.name)
        bad += [(x, sorted(g for g in got if g in x or x in g)) for x in chunk if x not in got]
    return bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frame", choices=["list", "run", "prose"], default="list")
    ap.add_argument("--n", type=int, default=1000, help="gazetteer villages to sample")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    bad = sweep(args.frame, args.n, args.seed)
    print(f"{args.frame}: {len(bad)} names misread")
    for name, got in bad[:50]:
        print(f"  {name}  →  {' / '.join(got) or '(none)'}")


if __name__ == "__main__":
    main()
