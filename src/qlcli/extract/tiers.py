"""Award and rating lists (标杆/优秀/合格, 示范村, 引领型 …) and the checks of what the body declares.

A list is a heading that names an honour (honours.py: 2023年度清廉村居建设区级标杆单位名单 gives year,
level, tier) followed by unit names, as blocks (award_lists.py) or inside a sentence
(inline_awards.py). Word lists are data (tiers.toml).

Checks, each a Warning: the counts the body declares (等8个村居为…, 合格单位5个, （8个）)
against the rows found, and the attachment line (附件：1.… 2.… 4.…) against the attachments
the document holds (a number skipped, an attachment missing or not listed).
"""
from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..model import DocMeta, Document, Tier, Unit, Warning
from .admin import squash
from .award_lists import AwardList, att_label, block_lists
from .honours import Honour, RE_ATT_ITEM, RE_ATT_LINE, RE_YEAR, rules, year_of
from .inline_awards import inline_lists, run_lists
from .mentions import UnitIndex


# --- checks --------------------------------------------------------------------------------
def _same_honour(a: Honour, b: Honour) -> bool:
    return a.tier == b.tier and (a.level is None or b.level is None or a.level == b.level) and \
        (a.year is None or b.year is None or a.year == b.year)


def _count_warnings(declared, lists: list[AwardList], rows: list[Tier], meta: DocMeta) -> list[Warning]:
    out, seen = [], set()
    for h, n, s in declared:
        found = [t for t in rows if _same_honour(h, Honour(t.year, t.level, t.tier, ""))]
        key = (h.year, h.level, h.tier, n)
        if key in seen or len(found) == n or not rows:  # no list at all: nothing to check against
            continue
        seen.add(key)
        name = f"{h.year or ''}{'年度' if h.year else ''}{h.level or ''}{h.tier}"
        out.append(Warning("declared_count", f"the text declares {n} {name} units but the lists give {len(found)}",
                           s.text, s.start, s.end))
    for lst in lists:
        if lst.declared is not None and lst.declared != len(lst.rows):
            out.append(Warning("declared_count", f"the heading “{lst.heading}” declares {lst.declared} "
                               f"units but its list has {len(lst.rows)}", lst.heading, lst.start,
                               lst.start + len(lst.heading)))
    return out


def _attachment_warnings(doc: Document) -> list[Warning]:
    """The attachment line (附件：1.… 2.… 4.…) against the attachments the document holds."""
    blocks = doc.blocks
    listed: list[tuple[int, str]] = []
    line_block = None
    for i, b in enumerate(blocks):
        m = RE_ATT_LINE.match(b.text.strip())
        if not m:
            continue
        line_block = b
        listed = [(int(n), t) for n, t in RE_ATT_ITEM.findall(m.group(1))]
        for nb in blocks[i + 1:i + 12]:
            more = RE_ATT_ITEM.findall(nb.text.strip())
            if not more or not re.match(r"^\s*[0-9]{1,2}\s*[.、．]", nb.text):
                break
            listed += [(int(n), t) for n, t in more]
        break
    if line_block is None or not listed:
        return []
    held = {}
    for b in blocks:
        if b.start <= line_block.start:
            continue
        lab = att_label(b.text)
        if lab and lab[0] not in held:
            title = lab[1]
            if not title:
                nxt = next((x for x in blocks[b.index + 1:b.index + 3] if x.text.strip()), None)
                title = nxt.text.strip() if nxt else ""
            held[lab[0]] = title
    out = []
    nums = [n for n, _ in listed]
    where = (line_block.text, line_block.start, line_block.end)
    skipped = [k for k in range(1, max(nums) + 1) if k not in nums]
    if skipped or nums != sorted(nums):
        notes = []
        for k in skipped:
            notes.append(f"附件{k} is skipped" + (f" though the document holds 附件{k} “{held[k]}”" if k in held else ""))
        if nums != sorted(nums):
            notes.append("the numbers are out of order")
        out.append(Warning("attachment_order", f"the 附件 line lists {', '.join(map(str, nums))}: " + "; ".join(notes),
                           *where))
    for n, title in listed:
        if n not in held:
            out.append(Warning("attachment_missing", f"the 附件 line lists 附件{n} “{title.strip()}” but the document "
                               f"holds no 附件{n}", *where))
    for n in sorted(held):
        if n not in nums and n not in skipped:
            out.append(Warning("attachment_unlisted", f"the document holds 附件{n} “{held[n]}” but the 附件 line "
                               f"does not list it", *where))
    return out


def extract_tiers(doc: Document, meta: DocMeta, units: list[Unit], lex: Lexicon) -> tuple[list[Tier], list[Warning]]:
    r = rules(lex)
    y = RE_YEAR.search(meta.title or "")
    default_year = year_of(y.group(1)) if y else None
    lists = block_lists(doc, meta, UnitIndex(units, lex), r, lex, default_year)
    inline, declared = inline_lists(doc, meta, units, r, lex, default_year)
    # an inline list stands only where no written list gives the same honour (the body names the
    # first unit of an attached list: 龙塔街道鲁能西路社区等8个村居为…)
    # (a row's own tier counts too: 五星级 in a 评定星级 column under a heading that says 星级)
    written = [w.honour for w in lists] + [Honour(t.year, t.level, t.tier, "") for w in lists for t in w.rows]
    for lst in inline:
        if not any(_same_honour(lst.honour, h) for h in written):
            lists.append(lst)
    # a unit a sentence or a run of lines puts on an honour only where no list above holds it
    listed = {squash(t.unit) for lst in lists for t in lst.rows}
    for lst in run_lists(doc, meta, units, r, default_year):
        lst.rows = [t for t in lst.rows if squash(t.unit) not in listed]
        if lst.rows:
            lists.append(lst)
    rows = [t for lst in sorted(lists, key=lambda l: l.start) for t in lst.rows]
    seen, unique = set(), []
    for t in sorted(rows, key=lambda t: t.level is None):  # the same unit twice on one honour's lists
        key = (t.year, t.tier, squash(t.unit))
        if key not in seen:
            seen.add(key)
            unique.append(t)
    # one honour read twice, once without its year (A村等5个村获评…示范村 / A村、B村…入选2019年…示范村名单): dated
    dated = {(t.tier, squash(t.unit)) for t in unique if t.year is not None}
    unique = [t for t in unique if t.year is not None or (t.tier, squash(t.unit)) not in dated]
    warnings = _count_warnings(declared, lists, unique, meta) + _attachment_warnings(doc)
    return unique, warnings
