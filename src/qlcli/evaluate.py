"""Score the store against gold annotations, as ../shared/gold/SCHEMA.md defines it.

Per document each list is a multiset of keys (tiers: year, tier, unit; units: name; cases:
unit; measures: family, item; outcomes: value, measure_unit); counts are summed over
documents (micro average). Gold rows marked optional count neither as hit nor miss.
Matched rows (same key, paired in document order) score outcome qualifier, unit attribution
of outcomes and measures, and outcome metric (acceptable when it covers at least half of
the gold metric's characters). Strings are compared without white space and script.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .patterns import CN_DIGITS
from .script import to_simplified
from .store import Store

META_FIELDS = ["doc_type", "title", "doc_number", "issuers", "date", "region"]
LISTS = ["units", "tiers", "cases", "measures", "outcomes"]


def norm(s) -> str:
    if s is None:
        return ""
    return to_simplified(re.sub(r"\s", "", str(s)))


def same_region(pred, want) -> bool:
    """SCHEMA.md: the same place when one form only adds parents (桐乡市 / 浙江省桐乡市)."""
    a, b = norm(pred), norm(want)
    if not a or not b:
        return a == b
    return a == b or a.endswith(b) or b.endswith(a)


def _num(v) -> str:
    try:
        return f"{float(v):.6g}"
    except (TypeError, ValueError):
        return ""


def key_of(kind: str, row: dict) -> tuple:
    if kind == "units":
        return (norm(row.get("name") or row.get("unit")),)
    if kind == "tiers":
        return (int(row["year"]) if row.get("year") not in (None, "") else None, norm(row["tier"]), norm(row["unit"]))
    if kind == "cases":
        return (norm(row.get("unit")),)
    if kind == "measures":
        return (norm(row["family"]), norm(row["item"]))
    return (_num(row.get("value")), norm(row.get("measure_unit")))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Misses:
    doc: str
    kind: str
    false_pos: list = field(default_factory=list)
    false_neg: list = field(default_factory=list)
    wrong: list = field(default_factory=list)  # (field, predicted, gold) on matched rows


@dataclass
class Report:
    group: str  # the format scored: txt | docx | pdf
    docs: list[str] = field(default_factory=list)
    meta: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    scores: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    families: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    acc: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    misses: list[Misses] = field(default_factory=list)


def _metric_ok(pred: str | None, gold: str | None) -> bool:
    g, p = norm(gold), norm(pred)
    if not g:
        return True
    have = Counter(p)
    covered = 0
    for ch in g:
        if have[ch] > 0:
            have[ch] -= 1
            covered += 1
    return covered * 2 >= len(g)


def score_list(kind: str, pred: list[dict], gold: list[dict], rep: Report, doc: str) -> None:
    gold_req = [g for g in gold if not g.get("optional")]
    gold_opt = Counter(key_of(kind, g) for g in gold if g.get("optional"))
    pred_keys = [key_of(kind, p) for p in pred]
    need = Counter(key_of(kind, g) for g in gold_req)
    miss = Misses(doc, kind)
    matched_pred: dict[tuple, list[dict]] = defaultdict(list)
    counted_fp = 0
    for p, k in zip(pred, pred_keys):
        if need[k] > 0:
            need[k] -= 1
            matched_pred[k].append(p)
        elif gold_opt[k] > 0:
            gold_opt[k] -= 1  # optional: neither hit nor miss
        else:
            counted_fp += 1
            miss.false_pos.append(k)
    tp = sum(len(v) for v in matched_pred.values())
    fn = sum(need.values())
    miss.false_neg = [k for k, n in need.items() for _ in range(n)]
    sc = rep.scores[kind]
    sc.tp, sc.fp, sc.fn = sc.tp + tp, sc.fp + counted_fp, sc.fn + fn
    if kind == "measures":
        fam_need = Counter(key_of(kind, g) for g in gold_req)
        fam_opt = Counter(key_of(kind, g) for g in gold if g.get("optional"))
        for k in pred_keys:
            fam = rep.families[k[0]]
            if fam_need[k] > 0:
                fam_need[k] -= 1
                fam.tp += 1
            elif fam_opt[k] > 0:
                fam_opt[k] -= 1
            else:
                fam.fp += 1
        for k, n in fam_need.items():
            rep.families[k[0]].fn += n
    # accuracies on matched rows: predicted and gold rows of the same key paired in document
    # order (optional gold rows take their place in that order but are not scored)
    gold_by_key: dict[tuple, list[dict]] = defaultdict(list)
    pred_by_key: dict[tuple, list[dict]] = defaultdict(list)
    for g in gold:
        gold_by_key[key_of(kind, g)].append(g)
    for p, k in zip(pred, pred_keys):
        pred_by_key[k].append(p)
    for k, preds in pred_by_key.items():
        for p, g in zip(preds, gold_by_key.get(k, [])):
            if not g.get("optional"):
                _score_pair(kind, k, p, g, rep, miss)
    if miss.false_pos or miss.false_neg or miss.wrong:
        rep.misses.append(miss)


def _score_pair(kind: str, k: tuple, p: dict, g: dict, rep: Report, miss: Misses) -> None:
    checks = []
    if kind in ("measures", "outcomes"):
        checks.append(("unit", norm(p.get("unit")) == norm(g.get("unit")), p.get("unit"), g.get("unit")))
    if kind == "outcomes":
        checks.append(("qualifier", norm(p.get("qualifier")) == norm(g.get("qualifier")), p.get("qualifier"),
                       g.get("qualifier")))
        checks.append(("metric", _metric_ok(p.get("metric"), g.get("metric")), p.get("metric"), g.get("metric")))
    for name, ok, got, want in checks:
        acc = rep.acc[f"{kind}.{name}"]
        acc.right += ok
        acc.total += 1
        if not ok:
            miss.wrong.append((name, k, got, want))


def _stem(name: str) -> str:
    return Path(name).stem.split("~")[0]


def evaluate(store: Store, gold_dir: str | Path) -> list[Report]:
    """One Report per document format found in the store that has gold annotations."""
    gold = {}
    for f in sorted(Path(gold_dir).glob("*.gold.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        gold[_stem(g.get("doc") or f.name.replace(".gold.json", ""))] = g
    reports: dict[str, Report] = {}
    for d in store.documents():
        g = gold.get(_stem(d["file_name"]))
        if g is None:
            continue
        rep = reports.setdefault(d["format"], Report(d["format"]))
        rep.docs.append(d["doc_id"])
        for f in META_FIELDS:
            pred = d[f].split(";") if f == "issuers" and d[f] else ([] if f == "issuers" else d[f])
            want = g.get(f)
            ok = ([norm(x) for x in pred] == [norm(x) for x in want or []]) if f == "issuers" \
                else same_region(pred, want) if f == "region" else norm(pred) == norm(want)
            rep.meta[f].right += ok
            rep.meta[f].total += 1
            if not ok:
                rep.misses.append(Misses(d["doc_id"], f"meta.{f}", [pred], [want]))
        for kind in LISTS:
            pred = store.rows(kind, d["doc_id"])
            score_list(kind, pred, g.get(kind, []), rep, d["doc_id"])
    return [reports[k] for k in sorted(reports)]


SET_FAMILY = re.compile(rf"^[{CN_DIGITS}两兩]+[廉治]$")


def sets_score(rep: Report) -> Score:
    """All N廉/N治 families together (五廉, 三治 …): the sets SCHEMA.md names by their count."""
    out = Score()
    for fam, sc in rep.families.items():
        if SET_FAMILY.match(fam):
            out.tp, out.fp, out.fn = out.tp + sc.tp, out.fp + sc.fp, out.fn + sc.fn
    return out


def figures(rep: Report) -> dict[str, float]:
    """The report as flat named figures, the names floors use: f1.units, f1.sets (all N廉/N治),
    family_f1.五廉, matched.outcomes.metric, metadata.title."""
    out = {f"f1.{k}": sc.f1 for k, sc in rep.scores.items()}
    sets = sets_score(rep)
    if sets.tp + sets.fp + sets.fn:
        out["f1.sets"] = sets.f1
    out.update({f"family_f1.{k}": sc.f1 for k, sc in rep.families.items()})
    out.update({f"matched.{k}": a.value for k, a in rep.acc.items()})
    out.update({f"metadata.{k}": a.value for k, a in rep.meta.items()})
    return out


def as_dict(rep: Report, details: bool = False) -> dict:
    """A JSON-ready report: counts and P/R/F1 per table and family, accuracies, misses on request."""
    def score(sc: Score) -> dict:
        return {"tp": sc.tp, "fp": sc.fp, "fn": sc.fn, "precision": round(sc.precision, 4),
                "recall": round(sc.recall, 4), "f1": round(sc.f1, 4)}

    def acc(a: Accuracy) -> dict:
        return {"right": a.right, "total": a.total, "value": round(a.value, 4)}

    out = {"format": rep.group, "documents": rep.docs,
           "tables": {k: score(v) for k, v in rep.scores.items()},
           "families": {k: score(v) for k, v in sorted(rep.families.items())},
           "sets": score(sets_score(rep)),
           "matched": {k: acc(v) for k, v in rep.acc.items()},
           "metadata": {k: acc(v) for k, v in rep.meta.items()}}
    if details:
        def keys(ks):  # a list row's key is a tuple; a metadata miss holds the plain values
            return [list(k) if isinstance(k, tuple) else k for k in ks]

        out["misses"] = [{"doc": m.doc, "kind": m.kind, "missed": keys(m.false_neg), "extra": keys(m.false_pos),
                          "wrong": [{"field": w[0], "key": list(w[1]), "got": w[2], "gold": w[3]} for w in m.wrong]}
                         for m in rep.misses]
    return out
