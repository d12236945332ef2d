"""One profile per unit across documents: everything a village, community or area appears in.

A unit is written differently in different documents (木耳镇金刚村 in a district notice,
渝北区木耳镇金刚村 in a news story): village-level units are joined on town + village, a bare
village name joins the one unit of that name, and areas (崇州市, 重庆市渝北区) join when one
written form ends with the other. Rows of tiers, cases, measures and outcomes only carry the
unit as written; `Profiles.resolve` maps such a string to its profile.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .normalize import to_simplified

VILLAGE_END = ("村", "社区", "居委会", "村委会", "居民委员会", "村民委员会")


def norm(s) -> str:
    return to_simplified(re.sub(r"\s", "", s or ""))


@dataclass
class Profile:
    id: str  # anchor in report.md (u1, u2 …)
    name: str  # the longest written form seen
    town: str = ""
    village: str = ""
    county: str = ""
    kind: str = ""  # 村 | 社区 | "" for an area
    forms: list[str] = field(default_factory=list)
    docs: dict[str, int] = field(default_factory=dict)  # doc_id → mentions
    units: list[dict] = field(default_factory=list)
    tiers: list[dict] = field(default_factory=list)
    cases: list[dict] = field(default_factory=list)
    measures: list[dict] = field(default_factory=list)
    outcomes: list[dict] = field(default_factory=list)

    @property
    def is_area(self) -> bool:
        return not self.village

    @property
    def rich(self) -> bool:
        """Worth a full profile: on a list, in a case, measures or outcomes, or in several documents."""
        return bool(self.tiers or self.cases or self.measures or self.outcomes) or len(self.docs) > 1

    def add_form(self, written: str) -> None:
        if written and written not in self.forms:
            self.forms.append(written)
        if len(norm(written)) > len(norm(self.name)):
            self.name = written


class Profiles:
    def __init__(self):
        self.all: list[Profile] = []
        self._by_form: dict[str, Profile] = {}

    def _new(self, name: str, **parts) -> Profile:
        p = Profile(id=f"u{len(self.all) + 1}", name=name, **{k: v or "" for k, v in parts.items()})
        self.all.append(p)
        return p

    def _index(self, p: Profile, written: str) -> None:
        p.add_form(written)
        self._by_form.setdefault(norm(written), p)

    def _village_match(self, written: str) -> Profile | None:
        """The one village-level profile whose village the written form ends with, and whose town
        the rest of the form names (when both say something)."""
        w = norm(written)
        hits = []
        for p in self.all:
            v = norm(p.village)
            if v and w.endswith(v):
                prefix = w[:-len(v)]
                if not prefix or not p.town or norm(p.town) in prefix:
                    hits.append(p)
        return hits[0] if len(hits) == 1 else None

    def unit(self, written: str, town: str | None = None, village: str | None = None, **parts) -> Profile:
        """The profile of a village-level unit given with its parts (units and tiers rows)."""
        key = norm(written)
        p = self._by_form.get(key)
        if p is None and village:
            p = next((q for q in self.all if norm(q.village) == norm(village) and norm(q.town) == norm(town)
                      and (town or not q.town)), None)
            if p is None and not town:
                same = [q for q in self.all if norm(q.village) == norm(village)]
                p = same[0] if len(same) == 1 else None
        if p is None and not village:
            p = self.resolve(written)
        if p is None:
            p = self._new(written, town=town, village=village, **parts)
        for k, v in (("town", town), ("village", village), *parts.items()):
            if v and not getattr(p, k, None):
                setattr(p, k, v)
        self._index(p, written)
        return p

    def resolve(self, written: str | None, create: bool = True) -> Profile | None:
        """The profile a row's `unit` string belongs to; a new area profile when none matches."""
        if not written:
            return None
        key = norm(written)
        p = self._by_form.get(key)
        if p is None and key.endswith(VILLAGE_END):
            p = self._village_match(written)
        if p is None:  # areas: 渝北区 and 重庆市渝北区 are one
            hits = [q for q in self.all if q.is_area and len(min(key, norm(q.name), key=len)) >= 3
                    and (key.endswith(norm(q.name)) or norm(q.name).endswith(key))]
            p = hits[0] if len(hits) == 1 else None
        if p is None:
            if not create:
                return None
            village = written if key.endswith(VILLAGE_END) else ""
            p = self._new(written, village=village,
                          kind="社区" if key.endswith(("社区", "居委会", "居民委员会")) else "村" if village else "")
        self._index(p, written)
        return p


def build(rows: dict[str, list[dict]]) -> Profiles:
    """Profiles from the rows of one report (documents already chosen)."""
    ps = Profiles()
    units = rows.get("units", [])
    # full forms first, so a bare 金刚村 finds the unit it is short for
    for r in sorted(units, key=lambda r: not r.get("town")):
        p = ps.unit(r["unit"], town=r.get("town"), village=r.get("village"), county=r.get("county"),
                    kind=r.get("kind"))
        p.units.append(r)
        p.docs[r["doc_id"]] = p.docs.get(r["doc_id"], 0) + (r.get("mentions") or 0)
    for r in rows.get("tiers", []):
        p = ps.unit(r["unit"], town=r.get("town"), village=r.get("village"), kind=r.get("kind"))
        p.tiers.append(r)
        p.docs.setdefault(r["doc_id"], 0)
    for table in ("cases", "measures", "outcomes"):
        for r in rows.get(table, []):
            p = ps.resolve(r.get("unit"))
            if p is not None:
                getattr(p, table).append(r)
                p.docs.setdefault(r["doc_id"], 0)
    ps.all.sort(key=lambda p: (p.is_area, int(p.id[1:])))  # villages and communities first, then areas
    for i, p in enumerate(ps.all, 1):
        p.id = f"u{i}"
    return ps
