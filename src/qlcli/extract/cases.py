"""Case write-ups inside a document: title, unit and span.

Two layouts are recognised, both from the block structure:
- a table of contents (1. title / ——崇州市……3) whose titles are then found again in the body;
- a title line followed by a unit line (龙塔街道鲁能西路社区) and the case text.
A news story gives no cases, even when it is wholly about one village.
"""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..model import Block, Case, DocMeta, Document, Unit
from ..patterns import CJK, CN_DIGITS

RE_SENTENCE_END = re.compile(r"[。；;！？!?]$")
RE_SECTION = re.compile(rf"^\s*(?:[{CN_DIGITS}]{{1,3}}|\d{{1,2}})\s*[、.．]\s*(.+)$")


def squash(s: str) -> str:
    return re.sub(r"\s", "", s)


class _Rules:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        sec = lex.section("cases")
        self.toc_title = re.compile(sec.get("toc_title", r"^\s*(\d{1,3})\s*[.、．]\s*(.{2,60}?)\s*$"))
        self.toc_unit = re.compile(sec.get("toc_unit", r"^\s*[—－-]{1,2}\s*(.{2,40}?)\s*$"))
        self.unit_suffixes = tuple(sec.get("unit_line_suffixes", ["村", "社区"]))
        self.max_title = int(sec.get("max_title", 40))
        self.max_unit = int(sec.get("max_unit_line", 25))
        self.not_titles = tuple(sec.get("not_titles", []))
        self.title_prefix = re.compile(sec.get("title_prefix", r"^(?!)"))
        self.unit_prefix = re.compile(sec.get("unit_line_prefix", r"^(?!)"))
        self.unit_wrap = re.compile(sec.get("unit_line_wrap", r"^(?!)"))
        self.body_label = re.compile(sec.get("body_label", r"^(?!)"))
        self.unit_title_seps = sec.get("unit_title_seps", [])
        self.title_unit_seps = sec.get("title_unit_seps", [])
        self.committees = sorted(lex.section("units").get("committees", {}).items(), key=lambda kv: -len(kv[0]))

    def unit_text(self, text: str) -> str:
        m = self.unit_wrap.match(text)
        return squash(self.unit_prefix.sub("", m.group(1) if m else text))

    def title_text(self, text: str) -> str:
        return self.title_prefix.sub("", text).strip()


def _is_unit_line(text: str, r: _Rules) -> bool:
    t = r.unit_text(text)
    return (2 < len(t) <= r.max_unit and t.endswith(r.unit_suffixes) and re.fullmatch(rf"[{CJK}]+", t) is not None)


def _is_title(b: Block, r: _Rules) -> bool:
    from .name_parts import area_of_line

    t = squash(r.title_text(b.text))
    return (b.kind != "table_cell" and 4 <= len(t) <= r.max_title and not RE_SENTENCE_END.search(t)
            and not RE_SECTION.match(r.title_text(b.text)) and not any(w in t for w in r.not_titles)
            and not re.match(rf"^[（(][{CN_DIGITS}\d]", t)
            and area_of_line(b.text, r.lex) is None)  # （四）霍邱县（1个） groups a list


def _is_body(b: Block, r: _Rules | None = None) -> bool:
    """Case text after the unit line: a paragraph of prose, a section heading or a label
    (【基本情况】); an award list goes on with more names instead."""
    t = squash(b.text)
    return (b.kind == "heading" or len(t) >= 40 or (len(t) >= 12 and RE_SENTENCE_END.search(t) is not None)
            or (len(t) >= 16 and t.endswith(("：", ":")))  # prose opening a list: …推行“四个一”工作法：
            or (r is not None and r.body_label.match(t) is not None))


def _full_unit(name: str, units: list[Unit], r: _Rules) -> str:
    """The unit's longest written form in the document (a unit line may be a short form, or name
    the village's committee: 菖蒲塘村村民委员会)."""
    for end, keep in r.committees:
        if name.endswith(end) and len(name) > len(end):
            name = name[:len(name) - len(end)] + keep
            break
    best = name
    for u in units:
        if squash(u.unit).endswith(squash(name)) and len(u.unit) > len(best):
            best = u.unit
    return best


def _toc_entries(blocks: list[Block], r: _Rules) -> list[tuple[int, str, str]]:
    """(index of the unit line, title, unit) for each table-of-contents entry."""
    out = []
    for a, b in zip(blocks, blocks[1:]):
        mt, mu = r.toc_title.match(a.text), r.toc_unit.match(b.text)
        if mt and mu and b.text.lstrip().startswith(("—", "－", "-")):
            out.append((b.index, mt.group(2).strip(), mu.group(1).strip()))
    return out


def _from_toc(doc: Document, r: _Rules) -> list[tuple[int | None, str, str, Block | None]]:
    entries = _toc_entries(doc.blocks, r)
    if len(entries) < 2:
        return []
    found = []
    pos = entries[-1][0] + 1
    for _, title, unit in entries:
        want = squash(title)
        hit = next((b for b in doc.blocks[pos:] if squash(b.text) == want), None)
        if hit is not None:
            pos = hit.index + 1
        found.append((hit.index if hit else None, title, unit, hit))
    return found


def _from_unit_lines(doc: Document, r: _Rules) -> list[tuple[int | None, str, str, Block | None]]:
    blocks = doc.blocks
    found = []
    for i in range(len(blocks) - 2):
        title, unit, body = blocks[i], blocks[i + 1], blocks[i + 2]
        if (_is_title(title, r) and unit.kind != "table_cell" and _is_unit_line(unit.text, r)
                and not _is_unit_line(title.text, r) and _is_body(body, r)):
            found.append((i, r.title_text(title.text), r.unit_text(unit.text), title))
    return found


def _split_heading(text: str, r: _Rules) -> tuple[str, str] | None:
    """(unit, title) of a heading that holds both: 遵义市播州区枫香镇花茂村：以“积分制”激发…, or
    title——unit."""
    m = RE_SECTION.match(text)
    t = r.title_text((m.group(1) if m else text).strip())
    for sep in r.unit_title_seps:
        unit, found, title = t.partition(sep)
        if found and _is_unit_line(unit, r):
            return r.unit_text(unit), title.strip()
    for sep in r.title_unit_seps:
        # title——unit, or unit——title (案例一：平江县三市镇黄金村——“三张单”…); when both sides end like a
        # unit (建设美丽乡村——X县Y村), the side that reads as a place's name
        title, found, unit = t.rpartition(sep)
        ways = [(unit, title), t.partition(sep)[::2]] if found else []
        ways = [(u.strip(), ti.strip()) for u, ti in ways if ti.strip() and _is_unit_line(u, r)]
        if len(ways) > 1:
            ways = [w for w in ways if _names_place(r.unit_text(w[0]), r)] or ways[:1]
        if ways:
            return r.unit_text(ways[0][0]), ways[0][1]
    return None


def _names_place(name: str, r: _Rules) -> bool:
    from .name_parts import parse_area, parse_name

    return parse_name(name, r.lex) is not None or parse_area(name, r.lex) is not None


def _from_unit_titles(doc: Document, r: _Rules, single: bool = False) -> list[tuple[int | None, str, str, Block | None]]:
    """Headings that hold a unit and a title, each followed by case text; two at least (one such
    line in a notice or plan is a group of a list or a task, not a collection), or one when it is
    the first line of a document that is one case (`single`: 义乌市后宅街道李祖村：“三大清单”管权…)."""
    from .name_parts import names_in_line

    found = []
    blocks = [b for b in doc.blocks if b.text.strip()]
    first = blocks[0] if blocks and not RE_SECTION.match(blocks[0].text) else None  # a title, not 一、…
    for b, nxt in zip(blocks, blocks[1:]):
        if b.kind == "table_cell" or len(squash(b.text)) > r.max_title + r.max_unit:
            continue
        got = _split_heading(b.text, r)
        if got is None:
            continue
        unit, title = got
        t = squash(title)
        if (4 <= len(t) <= r.max_title and not RE_SENTENCE_END.search(t) and not any(w in t for w in r.not_titles)
                and names_in_line(title, r.lex) is None and _is_body(nxt, r)):
            found.append((b.index, title, unit, b))
    return found if len(found) >= 2 or (found and single and found[0][3] is first) else []


def _sections(doc: Document, start: int, end: int) -> str:
    heads = []
    for b in doc.blocks:
        if start <= b.start < end and b.kind in ("heading", "list_item", "paragraph") and len(b.text) <= 40:
            m = RE_SECTION.match(b.text)
            if m and not RE_SENTENCE_END.search(b.text):
                heads.append(squash(m.group(1)))
    return ";".join(heads)


def extract_cases(doc: Document, meta: DocMeta, units: list[Unit], lex: Lexicon) -> list[Case]:
    if meta.doc_type == "news" or not doc.blocks:
        return []
    r = lex.compiled("cases", _Rules)
    found = _from_toc(doc, r) or _from_unit_lines(doc, r)
    if not found and meta.doc_type != "plan":
        found = _from_unit_titles(doc, r, single=meta.doc_type == "case_collection")
    cases: list[Case] = []
    located = [f for f in found if f[3] is not None]
    for pos, (idx, title, unit, block) in enumerate(found, 1):
        if block is not None:
            start = block.start
            later = [f[3].start for f in located if f[3].start > start]
            end = min(later) - 1 if later else len(doc.text)
        else:  # listed in the contents but not found in the body: the row still names it
            start = end = 0
        cases.append(Case(case_id=f"case{pos:02d}", unit=_full_unit(unit, units, r), title=title, position=pos,
                          start=start, end=end, sentence=block.text if block else title,
                          sections=_sections(doc, start, end) if block else ""))
    return cases
