"""Check that a gold file quotes its document: every unit, title, measure item and outcome text
must occur in the text (white space and pinyin glosses such as 鎮(zhèn) ignored), so a typo in
an annotation shows up before it is used to score anything.

    python tests/real/check_gold.py tests/real/dev tests/real/test
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

PY = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
# pinyin glosses and notes that web copies insert into words: 鎮(zhèn), (拼音:zhāng), 【niú】, [练:yáng],
# {pinyin:hé}, 《pinyin:chéng》, (繁体:門), and bare toned syllables followed by a space (区qū 金柄村)
GLOSS = re.compile(rf"[(（【\[{{《](?:(?:拼音|pinyin|练|读|繁|繁体)[:：][{PY}\u4e00-\u9fff]*|[{PY}]+)[)）】\]}}》]"
                   rf"|(?<=[\u4e00-\u9fff])[{PY}]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][{PY}]* ?")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", GLOSS.sub("", s))


def problems(gold: dict, text: str) -> list[str]:
    t = squash(text)
    out = []

    def need(kind, s):
        if s and squash(s) not in t:
            out.append(f"{kind} not in text: {s}")

    need("title", gold.get("title"))
    need("doc_number", gold.get("doc_number"))
    for u in gold["units"]:
        need("unit", u["name"])
    for r in gold["tiers"]:
        if r["unit"] not in {u["name"] for u in gold["units"]}:
            out.append(f"tier unit not among units: {r['unit']}")
    bare = re.sub(r"[“”‘’\"]", "", t)  # an item's characters quoted for emphasis: 明晰红线“护”廉 → 护廉
    for m in gold["measures"]:
        if m["item"] and squash(m["item"]) not in t and squash(m["item"]) not in bare:
            out.append(f"measure item not in text: {m['item']}")
    for o in gold["outcomes"]:
        need("outcome", o["text"])
    return out


def main(dirs: list[str]) -> int:
    bad = 0
    for d in map(Path, dirs):
        for g in sorted(d.glob("*.gold.json")):
            gold = json.loads(g.read_text(encoding="utf-8"))
            text = (g.parent / gold["doc"]).read_text(encoding="utf-8")
            for p in problems(gold, text):
                print(f"{g.name}: {p}")
                bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
