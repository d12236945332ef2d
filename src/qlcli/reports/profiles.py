"""One profile per unit across documents: everything a village, community or area appears in.

A unit is written differently in different documents (木耳镇金刚村 in a district notice,
渝北区木耳镇金刚村 in a news story): village-level units are joined on town + village, or on village +
gazetteer code where the gazetteer settled both places, a bare village name joins the one unit of that name, and areas (崇州市, 重庆市渝北区) join when one
written form ends with the other. Rows of tiers, cases, measures and outcomes only carry the
unit as written; `Profiles.resolve` maps such a string to its profile.
"""
from __future__ import annotations

from functools import lru_cache

from ..script import to_simplified

VILLAGE_END = ("村", "社区", "居委会", "村委会", "居民委员会", "村民委员会")


@lru_cache(maxsize=8192)  # the same few hundred names are normalised thousands of times
def norm(s) -> str:
    return to_simplified("".join((s or "").split()))


class Profile:
    """One unit or area across documents. A plain class, compared and hashed by identity: `qlcli
    units` builds hundreds and imports no dataclasses machinery for them (a tenth of its start-up)."""

    def __init__(self, id: str, name: str, town: str = "", village: str = "", county: str = "", kind: str = "",
                 adcode: str = ""):
        self.id = id  # anchor in report.md (u1, u2 …)
        self.name = name  # the longest written form seen
        self.town, self.village, self.county = town, village, county
        self.kind = kind  # 村 | 社区 | "" for an area
        self.adcode = adcode  # the gazetteer's code (the county's for a village), when it settled the place
        self.forms: list[str] = []
        self.docs: dict[str, int] = {}  # doc_id → mentions
        self.units: list[dict] = []
        self.tiers: list[dict] = []
        self.cases: list[dict] = []
        self.measures: list[dict] = []
        self.outcomes: list[dict] = []

    def __repr__(self) -> str:
        return f"Profile({self.id!r}, {self.name!r})"

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
    """Profiles with indexes, so resolving a row costs a few dictionary look-ups."""

    def __init__(self):
        self.all: list[Profile] = []
        self._by_form: dict[str, Profile] = {}
        self._by_village: dict[str, list[Profile]] = {}
        self._area_form: dict[str, Profile] = {}  # every written form of an area
        self._area_suffix: dict[str, list[Profile]] = {}  # every ending (3+ characters) of those forms

    def _new(self, name: str, **parts) -> Profile:
        p = Profile(id=f"u{len(self.all) + 1}", name=name)
        self.all.append(p)
        self._fill(p, parts)
        return p

    def _fill(self, p: Profile, parts: dict) -> None:
        """Set the parts a profile does not know yet (a later row may know the town)."""
        for k, v in parts.items():
            if v and not getattr(p, k):
                setattr(p, k, v)
                if k == "village":
                    self._by_village.setdefault(norm(v), []).append(p)

    def _index(self, p: Profile, written: str) -> None:
        p.add_form(written)
        key = norm(written)
        if key != norm(p.village):  # a bare 新村 is resolved afresh each time: many towns have one
            self._by_form.setdefault(key, p)
        if p.is_area and key not in self._area_form:
            self._area_form[key] = p
            for i in range(len(key) - 2):
                self._area_suffix.setdefault(key[i:], []).append(p)

    @staticmethod
    def _one(hits: list[Profile], doc_id: str | None) -> Profile | None:
        """The single candidate, or the single one named in the same document."""
        hits = list(dict.fromkeys(hits))
        if len(hits) > 1 and doc_id:
            hits = [p for p in hits if doc_id in p.docs]
        return hits[0] if len(hits) == 1 else None

    def _village_match(self, key: str, doc_id: str | None) -> Profile | None:
        """The village-level profile whose village the written form ends with, and whose town the
        rest of the form names (when both say something)."""
        hits = []
        for i in range(len(key)):
            for p in self._by_village.get(key[i:], ()):
                prefix = key[:i]
                if not prefix or not p.town or norm(p.town) in prefix:
                    hits.append(p)
        return self._one(hits, doc_id)

    def unit(self, written: str, doc_id: str | None = None, town: str | None = None, village: str | None = None,
             **parts) -> Profile:
        """The profile of a village-level unit given with its parts (units and tiers rows)."""
        p = self._by_form.get(norm(written))
        if p is None and village:
            same = self._by_village.get(norm(village), [])
            p = next((q for q in same if norm(q.town) == norm(town) and (town or not q.town)
                      and not (q.county and parts.get("county") and norm(q.county) != norm(parts["county"]))), None)
            if p is None and parts.get("adcode"):  # 鲁能西路社区 and 龙塔街道鲁能西路社区, both under 500112
                p = next((q for q in same if q.adcode == parts["adcode"]
                          and (not q.town or not town or norm(q.town) == norm(town))), None)
            if p is None and not town:
                p = self._one(same, doc_id)
        if p is None and not village:
            p = self.resolve(written, doc_id)
        if p is None:
            p = self._new(written, town=town, village=village, **parts)
        self._fill(p, {"town": town, "village": village, **parts})
        self._index(p, written)
        return p

    def resolve(self, written: str | None, doc_id: str | None = None, create: bool = True) -> Profile | None:
        """The profile a row's `unit` string belongs to; a new profile when none matches."""
        if not written:
            return None
        key = norm(written)
        p = self._by_form.get(key)
        if p is None and key.endswith(VILLAGE_END):
            p = self._village_match(key, doc_id)
        if p is None:  # areas: 渝北区 and 重庆市渝北区 are one
            hits = list(self._area_suffix.get(key, [])) if len(key) >= 3 else []
            hits += [self._area_form[key[i:]] for i in range(len(key) - 2) if key[i:] in self._area_form]
            p = self._one(hits, doc_id)
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
        settled = r.get("resolution") in ("exact", "context")
        p = ps.unit(r["unit"], r["doc_id"], town=r.get("town"), village=r.get("village"), county=r.get("county"),
                    kind=r.get("kind"), adcode=(r.get("adcode") or "") if settled else "")
        p.units.append(r)
        p.docs[r["doc_id"]] = p.docs.get(r["doc_id"], 0) + (r.get("mentions") or 0)
    for r in rows.get("tiers", []):
        p = ps.unit(r["unit"], r["doc_id"], town=r.get("town"), village=r.get("village"), kind=r.get("kind"))
        p.tiers.append(r)
        p.docs.setdefault(r["doc_id"], 0)
    for table in ("cases", "measures", "outcomes"):
        for r in rows.get(table, []):
            p = ps.resolve(r.get("unit"), r["doc_id"])
            if p is not None:
                getattr(p, table).append(r)
                p.docs.setdefault(r["doc_id"], 0)
    ps.all.sort(key=lambda p: (p.is_area, int(p.id[1:])))  # villages and communities first, then areas
    for i, p in enumerate(ps.all, 1):
        p.id = f"u{i}"
    return ps
