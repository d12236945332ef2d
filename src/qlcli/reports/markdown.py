"""report.md: what the store holds, written for a person, every figure linked to its evidence.

Sections: corpus summary, award lists, units × dimensions, outcomes per unit, unit profiles,
warnings, evidence. Each works from whatever rows exist (an empty table gives one plain line).
Evidence entries ("E12") quote the sentence with the figures in bold and give the document
(D1 …) and the sentence's character offsets in the document's normalised text.
Output is deterministic: no dates, stable orders.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from .output import RE_CONTROL, visible
from .selection import ReportData, doc_year, plural, kind_label, kind_of, kinds, tier_rank

RE_MD = re.compile(r"([\\`*_\[\]<>|])")
DOC_TYPES = {"notice": "notice 通知", "plan": "plan 方案", "case_collection": "case collection 案例汇编",
             "news": "news 新闻", "other": "other 其他"}
MAX_QUOTE = 400


def esc(value) -> str:
    """Text safe in a Markdown table cell or line: markup characters escaped, line breaks as <br>."""
    if value is None:
        return ""
    s = re.sub(r"\r\n|\r|\n", "<br>", RE_MD.sub(r"\\\1", str(value)))
    return RE_CONTROL.sub(lambda m: visible(m.group()), s)  # a file name's \x1b shows, never runs


def num(v) -> str:
    if v is None or v == "":
        return ""
    f = float(v)
    return f"{int(f):,}" if f.is_integer() else f"{f:,.6f}".rstrip("0").rstrip(".")


def table(head: list[str], rows: list[list[str]]) -> list[str]:
    """Cells are already escaped (they may hold links)."""
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out + [""]


class Evidence:
    """Numbered sentences the report cites, in order of first citation."""

    def __init__(self, data: ReportData, texts):
        self.data, self.texts = data, texts
        self.entries: dict[tuple, dict] = {}

    def ref(self, row: dict, mark: tuple[int, int] | None = None, end: int | None = None,
            text: str | None = None) -> str:
        """A link "[E12](#e12)" (or `text` linked) to the sentence of a row; "" when it has no offsets."""
        n = self.number(row, mark, end)
        return f"[{text or f'E{n}'}](#e{n})" if n else (text or "")

    def number(self, row: dict, mark: tuple[int, int] | None = None, end: int | None = None) -> int | None:
        doc_id, start = row.get("doc_id"), row.get("start")
        end = row.get("end") if end is None else end
        if doc_id is None or start is None or end is None or end <= start:
            return None
        key = (doc_id, int(start), int(end))
        e = self.entries.get(key)
        if e is None:
            e = self.entries[key] = {"n": len(self.entries) + 1, "sentence": row.get("sentence") or "",
                                     "marks": set()}
        if mark and mark[0] is not None and mark[1] is not None and start <= mark[0] < mark[1] <= end:
            e["marks"].add((int(mark[0]), int(mark[1])))
        return e["n"]

    def quote(self, key: tuple, e: dict) -> str:
        doc_id, start, end = key
        text = self.texts.get(doc_id) or ""
        sentence = text[start:end] if end <= len(text) and text[start:end].strip() else e["sentence"]
        if not text[start:end].strip():
            return esc(sentence[:MAX_QUOTE])
        marks, pos, parts = sorted(e["marks"]), start, []
        for a, b in marks:
            if a < pos:
                continue
            parts += [esc(text[pos:a]), "<b>" + esc(text[a:b]) + "</b>"]
            pos = b
        parts.append(esc(text[pos:end]))
        quoted = "".join(parts)
        return quoted if end - start <= MAX_QUOTE else esc(text[start:start + MAX_QUOTE]) + "…"

    def section(self) -> list[str]:
        lines = ["## 7. Evidence 证据", "",
                 "Each entry: the document, the character offsets of the sentence in its normalised text "
                 "(§start–end) and the sentence, with the cited figures in bold.", ""]
        if not self.entries:
            return lines + ["Nothing cited.", ""]
        for key, e in sorted(self.entries.items(), key=lambda kv: kv[1]["n"]):
            doc_id, start, end = key
            label = self.data.label.get(doc_id, "")
            lines.append(f'- <a id="e{e["n"]}"></a>**E{e["n"]}** [{label}](#{label.lower()}) {esc(doc_id)} '
                         f'§{start}–{end}: {self.quote(key, e)}')
        return lines + [""]


class Report:
    def __init__(self, data: ReportData, lex, texts, charts: dict | None = None, tables: str = "csv"):
        self.d, self.lex, self.tables = data, lex, tables
        self.ev = Evidence(data, texts)
        self.charts = charts or {"files": {}, "message": None}
        self.kinds = kinds(lex)
        self.postfix = set(lex.words("report", "postfix_qualifiers"))
        self.doc = {x["doc_id"]: x for x in data.primary}
        self.tier_years: dict[str, set[int]] = defaultdict(set)
        for t in data.rows["tiers"]:
            if t.get("year"):
                self.tier_years[t["doc_id"]].add(t["year"])
        self.profile_of = {}  # id(row) → profile
        for p in data.profiles.all:
            for rows in (p.units, p.tiers, p.cases, p.measures, p.outcomes):
                for r in rows:
                    self.profile_of[id(r)] = p

    # --- helpers -------------------------------------------------------------------------
    def doc_link(self, doc_id: str) -> str:
        label = self.d.label.get(doc_id, "")
        return f"[{label}](#{label.lower()})" if label else esc(doc_id)

    def unit_link(self, p, written: str | None = None) -> str:
        """A unit's name (as written in the row, else its longest form) linked to its profile."""
        name = esc(written or p.name)
        return f"[{name}](#{p.id})" if p.rich else name

    def year_of(self, doc: dict) -> int | None:
        return doc_year(doc, self.tier_years[doc["doc_id"]])

    def kind(self, row: dict) -> str:
        return kind_of(row.get("measure_unit"), self.kinds)

    def chart(self, name: str, alt: str) -> list[str]:
        f = self.charts["files"].get(name)
        return [f"![{esc(alt)}]({f})", ""] if f else []

    # --- sections ------------------------------------------------------------------------
    def header(self) -> list[str]:
        d, rows = self.d, self.d.rows
        years = sorted({y for y in map(self.year_of, d.primary) if y})
        span = f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "no dates")
        listed = {p.id for p in d.profiles.all if p.tiers}
        named = [p for p in d.profiles.all if p.units]
        files = len(d.docs) - len(d.failed)  # readable files; the others are warnings
        parts = [plural(len(d.primary), "document") + (f" ({plural(files, 'file')})" if files != len(d.primary)
                                                       else ""),
                 span, (f"{len(named)} villages and communities named" if len(named) != 1
                        else "1 village or community named"), f"{len(listed)} on award lists",
                 f"{len(rows['cases'])} cases", f"{len(rows['measures'])} measure items",
                 f"{len(rows['outcomes'])} outcomes", plural(len(d.warnings) + len(d.failed), "warning")]
        lines = ["# 清廉村居 report", "", " · ".join(parts), ""]
        filters = [f"year {d.year}" if d.year is not None else "", f"region {esc(d.region)}" if d.region else ""]
        if any(filters):
            lines += ["Filtered to " + " and ".join(f for f in filters if f)
                      + (" — left out: " + "; ".join(d.left_out) if d.left_out else "") + ".", ""]
        if self.charts.get("message"):  # our own words (with `commands`), on one line
            msg = re.sub(r"\s+", " ", self.charts["message"]).replace("|", "\\|")
            lines += [f"> **Charts not drawn.** {msg[:1].upper() + msg[1:]}", ""]
        lines += self.glance()
        if self.tables == "xlsx":
            lines += ["The tables behind this report are beside it in [tables.xlsx](tables.xlsx), a sheet per table.",
                      ""]
        else:
            lines += ["The tables behind this report are beside it: " + ", ".join(
                f"[{t}.csv]({t}.csv)" for t in ("documents", "units", "tiers", "cases", "measures", "outcomes"))
                + ".", ""]
        lines += ["1. [Corpus 文档概况](#corpus)  2. [Award lists 评选名单](#award-lists)  "
                  "3. [Units × dimensions 五廉/三治](#dimensions)  4. [Outcomes 定量成效](#outcomes)  "
                  "5. [Unit profiles 单位档案](#profiles)  6. [Warnings 提示](#warnings)  "
                  "7. [Evidence 证据](#evidence)", ""]
        return lines

    def glance(self) -> list[str]:
        """A few lines a reader sees first, each linking to the section that holds the rows."""
        out = []
        groups = self.tier_groups()
        if groups:
            parts = [f"{esc(year or '')} {esc(level)}{esc(tier)} [{len(g)}](#t{i})"
                     for i, ((year, _, _, level, tier), g) in enumerate(groups, 1)]
            out.append("**Award lists**: " + ", ".join(parts[:8]) + (" …" if len(parts) > 8 else ""))
        ps = self.d.profiles.all
        multi = sorted((p for p in ps if len(p.docs) > 1), key=lambda p: -len(p.docs))
        if multi:
            out.append("**Units in several documents**: " + ", ".join(
                f"[{esc(p.name)}](#{p.id}) ({len(p.docs)})" for p in multi[:5]))
        most = sorted((p for p in ps if p.outcomes), key=lambda p: -len(p.outcomes))
        if most:
            out.append("**Most outcomes**: " + ", ".join(f"[{esc(p.name)}](#o-{p.id}) {len(p.outcomes)}"
                                                         for p in most[:5]))
        fam: dict[str, set] = defaultdict(set)
        for r in self.d.rows["measures"]:
            p = self.profile_of.get(id(r))
            fam[r["family"]].add(p.id if p else r["doc_id"])
        top = sorted(((k, v) for k, v in fam.items() if len(v) > 1), key=lambda kv: (-len(kv[1]), kv[0]))[:5]
        if top:  # a formula of one unit only is no pattern
            out.append("**Most widespread formulas**: " + ", ".join(
                f"{esc(k)} ({plural(len(v), 'unit')})" for k, v in top) + " — [all](#dimensions)")
        return [f"- {x}" for x in out] + [""] if out else []

    def tier_groups(self) -> list[tuple[tuple, list[dict]]]:
        """Award lists: (year, doc, region, level, tier) → rows, newest year first, tiers ranked."""
        groups: dict[tuple, list[dict]] = defaultdict(list)
        for r in self.d.rows["tiers"]:
            groups[(r.get("year"), r.get("doc_id"), r.get("region") or "", r.get("level") or "",
                    r.get("tier") or "")].append(r)
        order = sorted(groups, key=lambda k: (-(k[0] or 0), self.d.label.get(k[1], ""), k[2], k[3],
                                              tier_rank(k[4], self.lex)))
        return [(k, groups[k]) for k in order]

    def corpus(self) -> list[str]:
        d = self.d
        lines = ['<a id="corpus"></a>', "## 1. Corpus 文档概况", ""]
        if not d.primary and not d.failed:
            return lines + ["The store holds no documents: run `qlcli ingest FOLDER` first.", ""]
        by_type = Counter(x.get("doc_type") or "other" for x in d.primary)
        by_region = Counter(x.get("region") or "(not stated)" for x in d.primary)
        by_year = Counter(str(self.year_of(x) or "(unknown)") for x in d.primary)
        summary = []
        for name, counter in (("type", by_type), ("region", by_region), ("year", by_year)):
            items = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])) if name != "year" else \
                sorted(counter.items())
            summary.append([f"by {name}", "; ".join(f"{esc(DOC_TYPES.get(k, k) if name == 'type' else k)} "
                                                    f"**{v}**" for k, v in items)])
        lines += table(["documents", "count"], summary)
        head = ["", "type", "title", "number", "date", "region", "units", "listed", "cases", "measures",
                "outcomes"]
        count = {t: Counter(r["doc_id"] for r in d.rows[t]) for t in ("units", "tiers", "cases", "measures",
                                                                      "outcomes")}
        body = []
        for x in d.primary:
            i = x["doc_id"]
            lab = d.label[i]
            body.append([f'<a id="{lab.lower()}"></a>**{lab}**', esc(DOC_TYPES.get(x.get("doc_type"),
                                                                                   x.get("doc_type"))),
                         esc(x.get("title")), esc(x.get("doc_number")), esc(x.get("date")), esc(x.get("region")),
                         *[str(count[t][i]) for t in ("units", "tiers", "cases", "measures", "outcomes")]])
        lines += table(head, body)
        files = [f"**{d.label[x['doc_id']]}** " + ", ".join(esc(f) for f in [x["doc_id"]]
                                                            + d.other_renderings.get(x["doc_id"], []))
                 for x in d.primary]
        lines += ["Files: " + "; ".join(files) + ".", ""]
        if d.failed:
            lines += [f"{plural(len(d.failed), 'file')} could not be read: see [Warnings](#warnings).", ""]
        return lines

    def award_lists(self) -> list[str]:
        lines = ['<a id="award-lists"></a>', "## 2. Award lists 评选名单", ""]
        rows = self.d.rows["tiers"]
        if not rows:
            return lines + ["No award or rating lists were found in these documents.", ""]
        tg = self.tier_groups()
        groups, order = dict(tg), [k for k, _ in tg]
        summary = []
        for i, k in enumerate(order, 1):
            year, doc_id, region, level, tier = k
            g = groups[k]
            att = sorted({r.get("attachment") or "" for r in g} - {""})
            summary.append([esc(year or "?"), esc(region), esc(level), f"**{esc(tier)}**", f"[{len(g)}](#t{i})",
                            self.doc_link(doc_id) + " " + esc(g[0].get("doc_number") or "") +
                            (" " + esc(", ".join(att)) if att else "")])
        lines += table(["year", "region", "level", "tier", "units", "source"], summary)
        for i, k in enumerate(order, 1):
            year, doc_id, region, level, tier = k
            g = sorted(groups[k], key=lambda r: (r.get("position") or 0))
            honour = g[0].get("honour") or f"{year}年度 {level}{tier}"
            lines += [f'<a id="t{i}"></a>', f"### {esc(year or '')} {esc(level)}{esc(tier)} ({len(g)}) — "
                                            f"{esc(region)}", "",
                      f"{esc(honour)} · {self.doc_link(doc_id)} {esc(g[0].get('doc_number') or '')}", ""]
            body = [[esc(r.get("position") or ""), self.unit_link(self.profile_of[id(r)], r.get("unit")),
                     esc(r.get("town")),
                     esc(r.get("kind")), self.ev.ref(r)] for r in g]
            lines += table(["#", "unit", "town", "kind", "evidence"], body)
        return lines

    def dimensions(self) -> list[str]:
        lines = ['<a id="dimensions"></a>', "## 3. Units × dimensions 五廉/三治", ""]
        rows = self.d.rows["measures"]
        if not rows:
            return lines + ["No measure formulas (五廉, 三治 …) were found in these documents.", ""]
        dim_rows = [r for r in rows if r.get("dimension")]
        if dim_rows:
            lines += ["How many items of each dimension a unit's text spells out (五廉 items such as 党建引廉 → 党建, "
                      "三治/五治 items → 自治, 法治 …); each count links to the first sentence.", ""]
            order = self.lex.words("report", "dimension_order")
            freq = Counter(r["dimension"] for r in dim_rows)
            dims = sorted(freq, key=lambda x: (order.index(x) if x in order else len(order), -freq[x], x))
            cells: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
            owners = []
            for r in dim_rows:
                p = self.profile_of.get(id(r))
                key = p.id if p else f"doc:{r['doc_id']}"
                if key not in cells:
                    owners.append((p, r["doc_id"]))
                cells[key][r["dimension"]].append(r)
            owners.sort(key=lambda o: (self.best_tier(o[0]), o[0].is_area if o[0] else True))
            body = []
            for p, doc_id in owners:
                key = p.id if p else f"doc:{doc_id}"
                name = self.unit_link(p) if p else f"({self.doc_link(doc_id)}, no unit)"
                body.append([name, esc(self.tier_text(p))] +
                            [self.ev.ref(c[0], (c[0].get("item_start"), c[0].get("item_end")), text=str(len(c)))
                             if (c := cells[key].get(dim)) else "" for dim in dims])
            lines += table(["unit", "award"] + [esc(x) for x in dims], body)
            lines += self.chart("dimensions_by_tier", "dimension coverage per tier")
        else:
            lines += ["No 五廉/三治 items carry a dimension yet.", ""]
        fam: dict[str, dict] = {}
        for r in rows:
            f = fam.setdefault(r["family"], {"units": set(), "docs": set(), "items": [], "first": r})
            f["units"].add(self.profile_of[id(r)].id if id(r) in self.profile_of else "")
            f["docs"].add(r["doc_id"])
            if r["item"] not in f["items"]:
                f["items"].append(r["item"])
        top = sorted(fam.items(), key=lambda kv: (-len(kv[1]["units"]), -len(kv[1]["items"]), kv[0]))[:25]
        lines += [f"Formulas found: {len(fam)}" + (f"; the {len(top)} most widespread" if len(top) < len(fam)
                                                   else "") + ".", ""]
        lines += table(["formula", "units", "documents", "items", "evidence"],
                       [[f"**{esc(k)}**", str(len(v["units"])), str(len(v["docs"])),
                         esc("、".join(v["items"][:12]) + ("…" if len(v["items"]) > 12 else "")),
                         self.ev.ref(v["first"], (v["first"].get("item_start"), v["first"].get("item_end")))]
                        for k, v in top])
        return lines

    def best_tier(self, p) -> tuple:
        if p is None or not p.tiers:
            return (1, 0, (1 << 20, ""))
        ranks = [(-(t.get("year") or 0), tier_rank(t.get("tier"), self.lex)) for t in p.tiers]
        return (0, *min(ranks))

    def tier_text(self, p) -> str:
        if p is None:
            return ""
        seen = []
        for t in sorted(p.tiers, key=lambda t: (-(t.get("year") or 0), tier_rank(t.get("tier"), self.lex))):
            s = f"{t.get('year') or ''} {t.get('level') or ''}{t.get('tier') or ''}".strip()
            if s not in seen:
                seen.append(s)
        return "; ".join(seen)

    def outcomes(self) -> list[str]:
        lines = ['<a id="outcomes"></a>', "## 4. Outcomes 定量成效", ""]
        rows = self.d.rows["outcomes"]
        if not rows:
            return lines + ["No quantitative outcomes were found in these documents.", ""]
        kinds = list(self.kinds)
        groups: dict[str, list[dict]] = defaultdict(list)
        heads: dict[str, tuple] = {}
        for r in rows:
            p = self.profile_of.get(id(r))
            key = p.id if p else f"d-{self.d.label[r['doc_id']].lower()}"
            if key not in heads:
                heads[key] = (p, r["doc_id"])
            groups[key].append(r)
        order = sorted(heads, key=lambda k: (heads[k][0] is None, heads[k][0].is_area if heads[k][0] else 0,
                                             int(heads[k][0].id[1:]) if heads[k][0] else 0,
                                             self.d.label.get(heads[k][1], "")))
        lines += ["Quantities reported as results, per unit (or per document where they belong to no unit), "
                  "grouped by kind; value in base units (万 and 亿 multiplied out).", ""]
        body = []
        for k in order:
            p, doc_id = heads[k]
            c = Counter(self.kind(r) for r in groups[k])
            name = f"[{esc(p.name)}](#o-{k})" if p else f"[{self.d.label[doc_id]} (no unit)](#o-{k})"
            body.append([name] + [str(c[x]) if c[x] else "" for x in kinds] + [f"**{len(groups[k])}**"])
        lines += table(["unit"] + [esc(kind_label(x, self.lex)) for x in kinds] + ["total"], body)
        lines += self.chart("outcomes_by_kind", "outcomes per unit by kind")
        for k in order:
            p, doc_id = heads[k]
            title = esc(p.name) if p else f"{self.d.label[doc_id]} {esc(self.title_of(doc_id))} (no unit)"
            lines += [f'<a id="o-{k}"></a>', f"### {title}", ""]
            if p is not None and p.rich:
                lines += [f"Profile: [{esc(p.name)}](#{p.id})", ""]
            body, last = [], None
            for r in sorted(groups[k], key=lambda r: (kinds.index(self.kind(r)), self.d.label.get(r["doc_id"], ""),
                                                      r.get("text_start") or r.get("start") or 0)):
                kind = self.kind(r)
                written = r.get("text") or ""
                q = r.get("qualifier")
                if q and q not in written:
                    written = f"{written}{q}" if q in self.postfix else f"{q}{written}"
                if r.get("change_from") is not None or r.get("change_to") is not None:
                    written += f" ({num(r.get('change_from'))} → {num(r.get('change_to'))})"
                body.append([esc(kind_label(kind, self.lex)) if kind != last else "", esc(r.get("metric")),
                             esc(written), esc(self.value(r)),
                             self.ev.ref(r, (r.get("text_start"), r.get("text_end")))])
                last = kind
            lines += table(["kind", "what", "as written", "value", "evidence"], body)
        return lines

    def value(self, r: dict) -> str:
        mu = r.get("measure_unit") or ""
        sep = "" if mu in ("%", "‰") or not mu else " "
        return f"{num(r.get('value'))}{sep}{mu}" if r.get("value") is not None else ""

    def title_of(self, doc_id: str) -> str:
        return self.doc.get(doc_id, {}).get("title") or ""

    def profiles(self) -> list[str]:
        lines = ['<a id="profiles"></a>', "## 5. Unit profiles 单位档案", ""]
        ps = self.d.profiles.all
        if not ps:
            return lines + ["No units were found in these documents.", ""]
        rich = [p for p in ps if p.rich]
        lines += ["Everything each unit appears in across documents (names joined on town + village, so "
                  "木耳镇金刚村 and 渝北区木耳镇金刚村 are one unit).", ""]
        for p in rich:
            lines += self.profile(p)
        rest = [p for p in ps if not p.rich]
        if rest:
            lines += ["### Other units named", ""]
            body = []
            for p in rest:
                r = p.units[0] if p.units else None
                body.append([esc(p.name), esc(p.town), esc(p.kind), self.doc_link(next(iter(p.docs))) if p.docs
                             else "", str(sum(p.docs.values()) or ""), self.ev.ref(r) if r else ""])
            lines += table(["unit", "town", "kind", "document", "mentions", "evidence"], body)
        return lines

    def profile(self, p) -> list[str]:
        facts = [x for x in (p.kind or ("area" if p.is_area else ""), p.county, p.town) if x]
        others = [f for f in p.forms if f != p.name]
        lines = [f'<a id="{p.id}"></a>', f"### {esc(p.name)}", "",
                 " · ".join(esc(f) for f in facts) + (" · also written " + "、".join(esc(f) for f in others)
                                                      if others else ""), ""]
        docs = []
        for doc_id in sorted(p.docs, key=lambda i: self.d.label.get(i, "")):
            x = self.doc.get(doc_id, {})
            meta = ", ".join(v for v in (x.get("doc_type"), x.get("doc_number"), x.get("date")) if v)
            first = next((r for r in p.units if r["doc_id"] == doc_id), None)
            n = p.docs[doc_id]
            docs.append(f"{self.doc_link(doc_id)} {esc(x.get('title'))} ({esc(meta)})"
                        + (f" · {n} mention{'s' if n != 1 else ''}" if n else "")
                        + (f" {self.ev.ref(first)}" if first else ""))
        lines.append("- **Documents**: " + "; ".join(docs))
        if p.tiers:
            lines.append("- **Award lists**: " + "; ".join(
                f"{esc(t.get('year') or '')} {esc(t.get('level') or '')}**{esc(t.get('tier'))}** — "
                f"{self.doc_link(t['doc_id'])} {esc(t.get('doc_number') or '')} {esc(t.get('attachment') or '')}"
                f"{' #' + str(t['position']) if t.get('position') else ''} {self.ev.ref(t)}"
                for t in p.tiers))
        for c in p.cases:
            end = (c.get("start") or 0) + len(c.get("sentence") or "") if c.get("sentence") else None
            lines.append(f"- **Case**: {esc(c.get('title'))} ({self.doc_link(c['doc_id'])} {esc(c.get('case_id'))}) "
                         + self.ev.ref(c, end=end))
        if p.measures:
            fam: dict[tuple, list[dict]] = defaultdict(list)
            for r in p.measures:
                fam[(r["doc_id"], r["family"])].append(r)
            parts = []
            for (doc_id, family), rs in fam.items():
                items = []
                for r in rs:
                    if r["item"] not in items:
                        items.append(r["item"])
                refs = []
                for r in rs:
                    ref = self.ev.ref(r, (r.get("item_start"), r.get("item_end")))
                    if ref and ref not in refs:
                        refs.append(ref)
                where = f" ({self.doc_link(doc_id)})" if len(p.docs) > 1 else ""
                parts.append(f"**{esc(family)}**{where} {esc('、'.join(items))} {' '.join(refs)}")
            lines.append("- **Measures**: " + "; ".join(parts))
        if p.outcomes:
            c = Counter(self.kind(r) for r in p.outcomes)
            lines.append(f"- **Outcomes**: [{len(p.outcomes)}](#o-{p.id}) — " + ", ".join(
                f"{esc(kind_label(k, self.lex))} {c[k]}" for k in self.kinds if c[k]))
        return lines + [""]

    def warnings(self) -> list[str]:
        d = self.d
        lines = ['<a id="warnings"></a>', "## 6. Warnings 提示", ""]
        if not d.warnings and not d.failed and not any(x.get("error") for x in d.primary):
            return lines + ["No warnings: every file was read and every declared count matched its list.", ""]
        if d.warnings:
            lines += table(["document", "kind", "message", "evidence"],
                           [[self.doc_link(w["doc_id"]), esc(w.get("kind")), esc(w.get("message")), self.ev.ref(w)]
                            for w in d.warnings])
        if d.failed:
            lines += ["Files that could not be read:", ""]
            lines += table(["file", "format", "error"],
                           [[esc(x.get("path") or x["doc_id"]), esc(x.get("format")), esc(x.get("error"))]
                            for x in d.failed])
        notes = [x for x in d.primary if x.get("error")]
        if notes:
            lines += ["Files read with a note:", ""]
            lines += table(["document", "note"], [[self.doc_link(x["doc_id"]), esc(x["error"])] for x in notes])
        return lines

    def render(self) -> str:
        body = (self.corpus() + self.award_lists() + self.dimensions() + self.outcomes() + self.profiles()
                + self.warnings())
        lines = self.header() + body + ['<a id="evidence"></a>'] + self.ev.section()
        return "\n".join(lines).rstrip("\n") + "\n"


def build(data: ReportData, lex, texts, charts: dict | None = None, tables: str = "csv") -> str:
    """The report as Markdown text; `texts.get(doc_id)` gives a document's text for quotes."""
    return Report(data, lex, texts, charts, tables).render()
