"""Award lists written as blocks: a heading that names an honour followed by unit names one per
line, several per line (A村、B村), grouped under area lines (渝北区（3个）), or Word/PDF table rows
(序号 | 单位名称 [| 等次]).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..lexicon import Lexicon
from ..model import Block, DocMeta, Document, Tier
from ..patterns import RE_SECTION_NO
from .admin import squash
from .honours import Honour, RE_AS_FOLLOWS, RE_ATT_LABEL, RE_DECLARED, RE_NOTE, RE_NUM_ONLY, Rules, dated, read_honour
from .mentions import UnitIndex
from .name_parts import area_of_line, names_in_line
from .quantity import cn_int


# --- the document's blocks as lines and table rows ------------------------------------------
@dataclass
class _Item:
    blocks: list[Block]

    @property
    def is_row(self) -> bool:
        return self.blocks[0].kind == "table_cell"

    @property
    def text(self) -> str:
        return " ".join(b.text for b in self.blocks)


def _items(doc: Document) -> list[_Item]:
    out: list[_Item] = []
    for b in doc.blocks:
        if not b.text.strip():
            continue
        if b.kind == "table_cell" and out and out[-1].is_row and \
                (out[-1].blocks[0].table, out[-1].blocks[0].row) == (b.table, b.row):
            out[-1].blocks.append(b)
        else:
            out.append(_Item([b]))
    return out


@dataclass
class AwardList:
    honour: Honour
    attachment: str | None
    start: int
    rows: list[Tier] = field(default_factory=list)
    declared: int | None = None
    tier_col: int | None = None
    heading: str = ""  # the heading line as written
    col_tiers: dict[int, str] = field(default_factory=dict)  # 标杆村 | 优秀村 | 合格村: a tier per column
    skipped: int = 0  # short lines between the heading and the first name


def att_label(text: str) -> tuple[int, str] | None:
    m = RE_ATT_LABEL.match(text.strip())
    if not m:
        return None
    n = cn_int(m.group(1))
    return (n, m.group(2).strip()) if n is not None else None


def _row_for(name: str, parts: dict, honour: Honour, tier: str | None, pos: int, lst: AwardList, block: Block,
             a: int, b: int, units: UnitIndex, meta: DocMeta) -> Tier:
    u = units.resolve(name)
    unit = u.unit if u else squash(name)
    return Tier(doc_number=meta.doc_number, region=meta.region, year=honour.year, level=honour.level,
                tier=tier or honour.tier or "", unit=unit,
                town=(u.town if u else parts.get("town")), village=(u.village if u else parts.get("village")),
                kind=(u.kind if u else parts.get("kind")), attachment=lst.attachment, position=pos,
                honour=honour.text, sentence=block.text, start=block.start, end=block.end)  # the evidence: its line


def block_lists(doc: Document, meta: DocMeta, units: UnitIndex, r: Rules, lex: Lexicon,
                default_year: int | None) -> list[AwardList]:
    lists: list[AwardList] = []
    cur: AwardList | None = None
    attachment = None
    parent: Honour | None = None  # the main heading a sub-heading (一、标杆单位（8个）) belongs to
    title_honour = read_honour(r.re_title_frame.sub("", squash(meta.title or "")), r, need_end=False)
    if title_honour is not None and title_honour.tier is None:
        title_honour = None
    for it in _items(doc):
        text = it.text.strip()
        lab = att_label(text) if not it.is_row else None
        if squash(text) == "附件" and not it.is_row:  # the one attachment of a document, unnumbered
            attachment, cur, parent = "附件", None, None
            continue
        if lab:
            attachment, cur, parent = f"附件{lab[0]}", None, None
            text = lab[1]
            if not text:
                continue
        got = _head_and_names(text, r, lex) if not it.is_row else None
        if got is not None:  # 一、优秀等次（3个）：A村、B村、C社区。
            hh, head, rest, names = got
            base = parent or title_honour
            year = None if hh.span else hh.year or (base.year if base else None) or default_year
            h = Honour(year, hh.level or (base.level if base else None), hh.tier,
                       f"{base.text} {hh.text}" if base and not (hh.year or hh.level) else hh.text, hh.span)
            m = RE_DECLARED.search(squash(head))
            cur = AwardList(h, attachment, it.blocks[0].start, declared=cn_int(m.group(1)) if m else None, heading=head)
            lists.append(cur)
            for a, e, parts in names:
                cur.rows.append(_row_for(rest[a:e], parts, h, None, len(cur.rows) + 1, cur, it.blocks[0], a, e,
                                         units, meta))
            continue
        h = read_honour(text, r) if (not it.is_row or len(it.blocks) == 1) else None
        if h is not None and (h.tier or h.year or h.level) and names_in_line(text, lex) is None:
            if h.year is None and h.level is None and parent is not None and not h.span:  # 一、标杆单位（8个）
                h = Honour(parent.year, parent.level, h.tier, f"{parent.text} {h.text}")
            elif h.year is not None or h.level is not None:
                parent = h
            m = RE_DECLARED.search(squash(text))
            cur = AwardList(dated(h, default_year), attachment, it.blocks[0].start,
                            declared=cn_int(m.group(1)) if m else None, heading=text)
            lists.append(cur)
            continue
        if not it.is_row and RE_AS_FOLLOWS.search(text) and title_honour is not None:
            cur = AwardList(title_honour, attachment, it.blocks[0].start, heading=meta.title or "")
            lists.append(cur)  # 现将名单公布如下： the title names the honour (关于命名…示范村的决定)
            continue
        if cur is None and it.is_row and _column_tiers(it, r):  # a table of tier columns under no heading
            base = title_honour or Honour(default_year, None, None, meta.title or "")
            cur = AwardList(Honour(base.year or default_year, base.level, None, base.text), attachment,
                            it.blocks[0].start, heading=meta.title or "")
            lists.append(cur)
        if cur is None:
            continue
        if it.is_row:
            if not _table_row(it, cur, r, units, meta, lex):
                continue
        elif not _line_row(it, cur, r, units, meta, lex):
            if area_of_line(text, lex) is not None or RE_NUM_ONLY.match(text) or RE_DECLARED.fullmatch(squash(text)):
                if RE_DECLARED.fullmatch(squash(text)) and cur.declared is None and not cur.rows:
                    cur.declared = cn_int(RE_DECLARED.fullmatch(squash(text)).group(1))
                continue  # a group line (渝北区（3个）), a lone number, a count (（共5个）)
            if _kind_group(text, r):
                continue  # 一、村（6个） / 二、社区（2个）: the list split by kind, one honour
            if not cur.rows and cur.skipped < 2 and len(squash(text)) <= 20 and "。" not in text:
                cur.skipped += 1  # 名单 (a heading's second line), （排名不分先后）
                continue
            cur = None
    return [lst for lst in lists if lst.rows]


def _kind_group(text: str, r: Rules) -> bool:
    t = RE_SECTION_NO.sub("", RE_DECLARED.sub("", squash(text).rstrip("：:")))
    return t in r.kind_groups


def _head_and_names(text: str, r: Rules, lex: Lexicon):
    """A line that is an honour, a colon and unit names (二、良好等次（2个）：A村、B村。):
    (honour, head, names part, names) or None."""
    for sep in "：:":
        head, found, rest = text.partition(sep)
        if found:
            break
    else:
        return None
    h = read_honour(head, r)
    if h is None or h.tier is None:
        return None
    names = names_in_line(rest, lex)
    return (h, head, rest, names) if names else None


def _line_row(it: _Item, lst: AwardList, r: Rules, units, meta, lex) -> bool:
    b = it.blocks[0]
    names = names_in_line(b.text, lex)
    if not names:
        return False
    note = RE_NOTE.search(b.text)  # 木耳镇金刚村（标杆）: the row's own tier
    h = read_honour(note.group(1), r, need_end=False) if note else None
    tier = h.tier if h else None
    if not (tier or lst.honour.tier):
        return False
    for a, e, parts in names:
        lst.rows.append(_row_for(b.text[a:e], parts, lst.honour, tier, len(lst.rows) + 1, lst, b, a, e,
                                 units, meta))
    return True


def _column_tiers(it: _Item, r: Rules) -> dict[int, str]:
    """A header row naming one tier per column (标杆村（社区） | 优秀村（社区） | 合格村（社区）):
    {column: tier}, or {} when it is not one."""
    out: dict[int, str] = {}
    for b in it.blocks:
        c = squash(b.text)
        if c in r.header_cells or r.re_header.fullmatch(c):
            continue
        h = read_honour(c, r)
        if h is None or h.tier is None:
            return {}
        out[b.col if b.col is not None else len(out)] = h.tier
    return out if len(set(out.values())) >= 2 else {}


def _table_row(it: _Item, lst: AwardList, r: Rules, units, meta, lex) -> bool:
    cells = [squash(b.text) for b in it.blocks]
    cols = _column_tiers(it, r)
    if cols:
        lst.col_tiers = cols
        return False
    # a header row: every cell a header word, or a tier column's name (评定星级, 考核等次)
    if all(not c or c in r.header_cells or r.re_header.fullmatch(c) or any(w in c for w in r.tier_columns)
           for c in cells):
        for j, c in enumerate(cells):
            if any(w in c for w in r.tier_columns):
                lst.tier_col = j
        return False
    tier = None
    if lst.tier_col is not None and lst.tier_col < len(cells):
        h = read_honour(cells[lst.tier_col], r, need_end=False)
        tier = h.tier if h else None
    town = None
    got = False
    for j, b in enumerate(it.blocks):
        if j == lst.tier_col:
            continue
        names = names_in_line(b.text, lex)
        if not names:
            area = area_of_line(b.text, lex)
            town = area if area and area.get("town") else town
            continue
        for a, e, parts in names:
            name = b.text[a:e]
            if town and not parts.get("town"):  # 龙塔街道 | 鲁能西路社区 in two columns
                parts = {**parts, "town": town["town"]}
            cell_tier = (lst.col_tiers.get(b.col) or tier) if lst.col_tiers else tier
            if not (cell_tier or lst.honour.tier):
                continue
            lst.rows.append(_row_for(name, parts, lst.honour, cell_tier, len(lst.rows) + 1, lst, b, a, e,
                                     units, meta))
            got = True
    return got
