"""What an outcome counts: the shortest phrase of its clause naming it (村集体经济收入达25.8万元 →
村集体经济收入), cut on jieba word boundaries, with the time words, connectives and degree words of
data/quantities.toml [metric] trimmed; several figures in one clause each get their own stretch.
"""
from __future__ import annotations

import re

from ..patterns import is_han
from .outcome_rules import OutcomeRules
from .quantity import CLAUSE_END, Quantity


def enclosed(text: str, start: int, end: int, pairs: list[str], max_len: int | None) -> bool:
    for pair in pairs:
        left, right = pair[0], pair[-1]
        i = text.rfind(left, 0, start)
        if i < 0:
            continue
        if left == right:  # "…": inside when an odd number of marks stands before
            if text.count(left, 0, start) % 2 == 0:
                continue
        elif text.rfind(right, i + 1, start) >= 0:
            continue
        j = text.find(right, end)
        if j >= 0 and (max_len is None or (j - i - 1 <= max_len and not any(c in "，。；！？,;!?" for c in text[i:j]))):
            return True
    return False


# --- metric -----------------------------------------------------------------------------------
def clause_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in CLAUSE_END) + 1


def _clause_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(c, pos) for c in CLAUSE_END) if i >= 0]
    return min(ends) if ends else len(text)


def _abbreviate(s: str) -> str:
    """A long enumeration keeps its first two items: A、B、C、D等X → A、B等X."""
    m = re.search(r"等", s)
    if not m:
        return s
    head, tail = s[:m.start()], s[m.start():]
    items = head.split("、")
    if len(items) > 3:
        return "、".join(items[:2]) + tail
    return s


def _cuts(s: str, tk) -> list[int]:
    """Word boundaries of s (jieba), as offsets."""
    cuts, pos = [0], 0
    for w in tk.cut(s, HMM=False):
        pos += len(w)
        cuts.append(pos)
    return cuts


def _strip_words(s: str, cuts: list[int], r: OutcomeRules) -> tuple[int, int]:
    """Drop leading and trailing skip words, only where jieba puts a word boundary."""
    at = set(cuts)
    lead, tail = r.skip_lead, r.skip_tail
    i, j, changed = 0, len(s), True
    while changed and i < j:
        changed = False
        if not s[i].strip() or not s[j - 1].strip():
            i, j, changed = i + (not s[i].strip()), j - (not s[j - 1].strip()), True
            continue
        for w in lead:
            if s.startswith(w, i) and i + len(w) in at and i + len(w) <= j:
                i, changed = i + len(w), True
                break
        for w in tail:
            if s.endswith(w, 0, j) and j - len(w) in at and j - len(w) >= i:
                j, changed = j - len(w), True
                break
    return i, j


def _quoted(s: str) -> list[bool]:
    """For each offset, whether it stands inside “…” (a cut there would break a name)."""
    depth, out = 0, []
    for c in s:
        out.append(depth > 0)
        depth += (c in "“《(（") - (c in "”》)）")
        depth = max(depth, 0)
    out.append(depth > 0)
    return out


def _clean(s: str, r: OutcomeRules, tk, keep_right: bool, limit: int) -> str:
    s = s.strip(" 、，,：:")
    for p in r.lead_res:
        s2 = p.sub("", s, count=1)
        if s2 != s:
            s = s2.lstrip(" 、，,")
    if not s:
        return ""
    cuts = _cuts(s, tk)
    if not keep_right:  # the counted noun ends where another statement begins (…并制定…)
        words = [s[a:b] for a, b in zip(cuts, cuts[1:])]
        for k, w in enumerate(words):
            if k and w in r.post_stop:
                s, cuts = s[:cuts[k]], cuts[:k + 1]
                break
    i, j = _strip_words(s, cuts, r)
    if j - i > limit:  # keep whole words from the side nearest the number, never half a name
        inside = _quoted(s)
        ok = [c for c in cuts if i <= c <= j and not inside[c]]
        if keep_right:
            i = min((c for c in ok if j - c <= limit), default=j - limit)
        else:
            j = max((c for c in ok if c - i <= limit and c > i), default=i + limit)
        i, j = (a + i for a in _strip_words(s[i:j], [c - i for c in cuts if i <= c <= j], r))
    return _balance(s[i:j].strip(" 、，,"))


def _balance(s: str) -> str:
    for left, right in ("“”", "（）", "()", "《》"):
        if s.count(right) > s.count(left) and s.startswith(right):
            s = s[1:]
        if s.count(left) > s.count(right) and s.endswith(left):
            s = s[:-1]
    return s


def _is_boundary(text: str, p: Quantity, r: OutcomeRules | None = None) -> bool:
    """Whether a number found in the text separates one figure's words from another's: not one
    inside a quoted name (建立了“三张清单”制度)."""
    if r is not None and p.numeral == "chinese" and enclosed(text, p.start, p.end, r.quotes, r.quote_max):
        return False
    if p.kind == "bare":  # 四议两公开, 三品一标, 3T车: numerals inside words
        nxt = text[p.end:p.end + 1]
        return p.numeral == "arabic" and not (nxt.isascii() and nxt.isalpha())
    return True


def _bounds(text: str, q: Quantity, found: list[Quantity], r: OutcomeRules | None = None
            ) -> tuple[int, int, Quantity | None, Quantity | None]:
    """The stretch of q's clause that belongs to it: from the previous figure to the next one."""
    left, right = clause_start(text, q.span_start), _clause_end(text, q.span_end)
    prev = nxt = None
    for p in found:
        if p is q or not _is_boundary(text, p, r):
            continue
        if p.end <= q.span_start and p.kind != "excluded":
            if p.span_end > left:
                if text.startswith("的", p.span_end):  # 800平米以上的社区阵地有100个: a modifier
                    left = max(left, clause_start(text, p.span_start), prev.span_end if prev else 0)
                    continue
                left, prev = p.span_end, p
                sep = text.rfind("、", left, q.span_start)
                left = sep + 1 if sep >= 0 else left  # 5次集中学习培训、2次廉政警示教育
        elif p.start >= q.span_end:
            if p.span_start < right:
                right, nxt = p.span_start, (p if p.kind != "excluded" else None)
            break
    return left, right, prev, nxt


def _without_excluded(text: str, start: int, end: int, found: list[Quantity]) -> str:
    """The text of a stretch with dates and durations taken out (总额连续3年保持 → 总额保持)."""
    out, pos = [], start
    for p in found:
        if p.kind == "excluded" and start <= p.start and p.end <= end:
            cut = p.start - (2 if text[max(start, p.start - 2):p.start] in ("连续", "近") else 0)
            out.append(text[pos:max(pos, cut)])
            pos = p.end
    out.append(text[pos:end])
    return "".join(out)


def metric_of(text: str, q: Quantity, found: list[Quantity], r: OutcomeRules, tk) -> str:
    """The phrase of the quantity's clause saying what is counted: the words before it
    (整改非农化土地260余亩) and the noun phrase it counts after it (137名党员自觉认领志愿服务岗位)."""
    left, right, prev, nxt = _bounds(text, q, found, r)
    post_raw = text[q.span_end:right]
    if nxt is not None:
        if not post_raw:  # 6大类34个评分项目: the noun after the next figure counts both
            _, right2, _, _ = _bounds(text, nxt, found, r)
            post_raw = text[nxt.span_end:right2]
        elif "、" in post_raw:  # 4次、村务公开12次: the next item begins at the 、
            post_raw = post_raw[:post_raw.rfind("、")]
    pre_raw = _without_excluded(text, left, q.span_start, found)
    if prev is not None:  # 16家工业企业以及6个家庭农场: the next item begins after the conjunction
        cuts = _cuts(pre_raw, tk)
        for a, b in reversed(list(zip(cuts, cuts[1:]))):
            if pre_raw[a:b] in r.conjunctions:
                pre_raw = pre_raw[b:]
                break
    if q.change_from is not None:  # 网格事项由8项调整至43项: the subject stands before 由/从, for both
        cs = clause_start(text, q.span_start)
        head = re.split(r"[由从]", text[cs:q.span_start], maxsplit=1)[0]
        if head != text[cs:q.span_start]:
            return _clean(_without_excluded(text, cs, cs + len(head), found), r, tk, True, r.max_chars)
    pre_raw = _abbreviate(pre_raw)
    post = _clean(post_raw, r, tk, False, r.max_chars)
    if post:  # the counted noun follows; the words before say what was done with it
        pre = "" if pre_raw.rstrip().endswith("等") else _clean(pre_raw, r, tk, True, r.max_chars // 2)
        return pre + post
    return _clean(pre_raw, r, tk, True, r.max_chars)


def metrics(text: str, kept: list[Quantity], found: list[Quantity], r: OutcomeRules, tk) -> list[str | None]:
    """Metrics of a block's outcomes. A figure whose clause names nothing takes a name from its
    unit (共529户 → 户数) or from the figure before it in the sentence (调研8次、100余人次; 共有村民
    1386户、5120人 → 村民 for both); a
    bare 增幅/产量/占比 takes the subject of the figure before it (事业编制增加192个、增幅达57.7%)."""
    out: list[str | None] = []
    fallback: list[bool] = []  # whether a metric was only a name from the unit (户数)
    for i, q in enumerate(kept):
        m = metric_of(text, q, found, r, tk)
        before = kept[i - 1] if i else None
        same_sentence = before is not None and not any(c in "。！？!?\n" for c in text[before.end:q.start])
        if not m and same_sentence and out[-1] and q.qualifier in r.change_verbs:
            m = out[-1] + q.qualifier  # 总营收突破1260万元，同比增长18.5% → 总营收增长
        if not m and before is not None and out[-1] and not fallback[-1] and re.fullmatch(r"\s*、?\s*", text[before.span_end:q.span_start]):
            m = out[-1]  # 共有村民1386户、5120人: both count 村民
        if m and q.unit in r.ratio_units and m.startswith(r.ratio_leads) and same_sentence and out[-1]:
            m = out[-1]  # 全年公开事项达600余条，是黎家坪村的1.2倍: a multiple of the figure before
        if not m:
            m = _clause_before(text, q, before, r, tk)  # 莒村的群众信访量则比去年减少了一半，仅为7件
        fallback.append(not m)
        if not m:
            m = r.by_unit.get(q.unit or "", "") or (out[-1] if same_sentence and out[-1] else "")
        elif (m in r.relative or m in r.change_verbs) and same_sentence and out[-1] and not out[-1].endswith(m):
            m = out[-1] + m
        out.append(_owner(text, q, m, r) + m if m else None)
    return out


def _clause_before(text: str, q: Quantity, before: Quantity | None, r: OutcomeRules, tk) -> str:
    """A figure alone in its clause (仅为7件) after a clause with no figure that names the thing
    and how it moved (群众信访量则比去年减少了一半): the thing."""
    cs = clause_start(text, q.span_start)
    if cs < 2 or text[cs - 1] in "。！？!?\n" or text[cs:q.span_start].strip():
        return ""
    ps = clause_start(text, cs - 1)
    if before is not None and before.end > ps:
        return ""
    head = r.re_change_cut.split(text[ps:cs - 1], maxsplit=1)[0] if r.re_change_cut else text[ps:cs - 1]
    m = _clean(head, r, tk, True, r.max_chars)
    return m if len(m) >= 2 and not any(c.isdigit() for c in m) else ""


def _owner(text: str, q: Quantity, m: str, r: OutcomeRules) -> str:
    """Whose income a bare 总营收/年收入 is, when an earlier clause of the sentence names it:
    村集体经济，去年总营收达到486万元 → 村集体经济总营收."""
    if not m.endswith(r.owner_heads) or any(w in m for w in r.owned):
        return ""
    cs = clause_start(text, q.span_start)
    ss = max(text.rfind(c, 0, cs) for c in "。！？!?\n") + 1
    head = text[ss:cs]
    best = max(((head.rfind(w) + len(w), len(w), w) for w in r.owners if w in head), default=None)
    if best is None:
        return ""
    at, w = best[0] - best[1], best[2]
    lead = head[clause_start(head, at):at]
    return (lead if len(lead) <= 3 and all(map(is_han, lead)) else "") + w
