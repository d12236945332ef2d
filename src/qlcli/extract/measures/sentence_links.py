"""Which list spells out which formula name, inside one sentence: each name takes its best
candidate list (candidates.py), each list once; then sets that a count written after them names
(资金、资产、资源三资; 整合…3支监督力量), one list spelling out two names (以自治促倡廉 → 三治 and
三廉), and sets no name announces (自治、法治、德治相结合; four-character 廉 slogans).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...lexicon import Lexicon
from ...patterns import CJK, is_cjk
from ..text import Sentence
from .candidates import Candidate, candidates_for, mask_label
from .items import Rules, item_options, lian_set, rules, set_name, valid, zhi_set
from .lists import Enum, find_enums, squash
from .names import Name, find_names


def link_sentence(s: str, lex: Lexicon, names: list[Name] | None = None
                  ) -> list[tuple[Name | None, list[tuple[int, int]], bool]]:
    """(name, item spans, count matches) for every name in sentence s that a list spells out;
    name None for a set of 廉 / kinds of 治 that no name announces."""
    r = rules(lex)
    s = mask_label(s)
    if names is None:
        names = find_names(s, lex)
    if not names and not any(x in s for x in r.set_suffixes) and not any(k in s for k in r.kinds):
        if not ("、" in s or "”“" in s) or not any(ch in r.numerals for ch in s):
            return []  # nothing to spell out here: no name, no set of 廉 or of 治, no list and numeral
        return _counts_after(s, find_enums(s), [], r)  # only 资金、资产、资源三资 can be here
    if not names and max((s.count(x) for x in r.set_suffixes), default=0) < 3 \
            and sum(k in s for k in r.kinds) < 3:
        # no name, and too few 廉 or kinds of 治 for an unnamed set of three (most sentences of a
        # clean-governance text hold a 廉): only a count after a list can name one here
        if not any(ch in r.numerals for ch in s):
            return []
        return sorted(_counts_after(s, find_enums(s), [], r), key=lambda x: min(a for a, b in x[1]))
    enums = find_enums(s, [(n.start, n.end) for n in names if n.linkable])
    seen = {(e.start, e.end, e.kind, len(e.items)) for e in enums}
    for e in find_enums(s):
        if (e.start, e.end, e.kind, len(e.items)) not in seen:
            enums.append(e)
    cands = [c for n in names if n.linkable for c in candidates_for(s, n, enums, r, names)]
    cands += [c for n in names if not n.linkable and n.count and n.count >= 2
              for c in candidates_for(s, n, [e for e in enums if e.kind == "books"], r, names)]
    cands.sort(key=lambda c: c.score, reverse=True)
    used: list[tuple[int, int]] = []
    done: set[int] = set()
    out = []
    for c in cands:
        if id(c.name) in done or _overlaps(c.enum, used):
            continue
        done.add(id(c.name))
        used.append((c.enum.start, c.enum.end))
        out.append((replace(c.name, family=c.family) if c.family else c.name, c.spans, c.score[0]))
    out = _paired_sets(s, cands, out, done, r) + _arabic_counts(s, names, enums, used, r) + _counts_after(s, enums, used, r)
    # lists that name no formula but are a set of kinds of 治 (自治、法治、德治相结合) or of
    # four-character 廉 slogans (党建引廉、制度固廉、监督促廉等举措; not 线上扫码述清廉…)
    for e in enums:
        if _overlaps(e, used):
            continue
        for spans in item_options(s, e, r, left_open=True, right_open=True):
            texts = [squash(s[a:b]) for a, b in spans]
            slogans = lian_set(texts, r) and all(len(t) == 4 and t[-2] not in r.not_before_set for t in texts)
            if len(spans) >= 3 and valid(s, spans, r) and (zhi_set(texts, r) or slogans):
                out.append((None, spans, True))
                used.append((e.start, e.end))
                break
    for n in names:  # 村务党务财务“三务”公开: the items written together right before their name
        if id(n) not in done and n.shape == "key" and n.count and n.count >= 2:
            spans = _run_before(s, n, used)
            if spans:
                out.append((n, spans, True))
                used.append((spans[0][0], spans[-1][1]))
    for spans in list(_run_of_kinds(s, r)) + list(_parallel_kinds(s, r)):  # 推动自治法治德治有机结合
        if not _overlaps(Enum(spans, spans[0][0], spans[-1][1], "run"), used):
            out.append((None, spans, True))
            used.append((spans[0][0], spans[-1][1]))
    out.sort(key=lambda x: min(a for a, b in x[1]))
    return out


def _arabic_counts(s: str, names: list[Name], enums: list[Enum], used: list[tuple[int, int]], r: Rules) -> list:
    """An Arabic count right after a list, nothing between, counting exactly its items, names them
    (整合村纪检委员、村民监督员、乡贤监督员3支监督力量); with 等 between (…、关爱帮扶等8个志愿服务岗位)
    or when the list is another name's, it only states a number. Taken after every other name."""
    out = []
    for n in names:
        if n.linkable or n.quoted or n.shape != "classifier" or not n.count or n.count < 2:
            continue
        before = []
        for e in enums:
            a, b = e.items[-1]
            if e.kind == "open" and a + 2 <= n.start < b:  # the run goes on past the count: end it there
                e = Enum(e.items[:-1] + [(a, n.start)], e.start, n.start, e.kind, e.open_left, False)
            if e.end <= n.start and not _overlaps(e, used):
                before.append(e)
        cands = [c for c in candidates_for(s, n, before, r, names)
                 if c.enum.end <= n.start and c.score[0] == 2 and c.score[-1] == 0 and c.enum.kind == "open"]
        if cands:
            c = max(cands, key=lambda c: c.score)
            if s[c.spans[-1][1]:n.start].strip() == "":
                out.append((n, c.spans, c.score[0]))
                used.append((c.enum.start, n.end))
    return out


def _paired_sets(s: str, cands: list[Candidate], out: list, done: set[int], r: Rules) -> list:
    """以“三治”促“三廉”，以自治促倡廉、以法治促守廉、以德治促养廉: one list spells out both names,
    the kinds of 治 for 三治 and the 廉 word each item ends with for 三廉."""
    result = []
    for name, spans, exact in out:
        result.append((name, spans, exact))
        ch = set_name(name.family, r) if name is not None else ""
        if not ch:
            continue
        texts = [squash(s[a:b]) for a, b in spans]
        ends = next((x for x in r.set_suffixes if all(t.endswith(x) for t in texts)), "")
        if not (ends and zhi_set(texts, r, loose=True)) or ch not in (r.kind_char, ends):
            continue
        other = ends if ch == r.kind_char else r.kind_char
        partner = next((c for c in cands if id(c.name) not in done and set_name(c.name.family, r) == other
                        and c.spans == spans), None)
        if partner is not None:
            done.add(id(partner.name))
            words = [(b - 2, b) for a, b in spans]  # 以自治促倡廉 → 倡廉 (自治 is cut later)
            result[-1] = (name, words if other == r.kind_char else spans, exact)
            result.append((partner.name, spans if other == r.kind_char else words, exact))
    return result


def _run_of_kinds(s: str, r: Rules):
    """Three or more different kinds of 治 written one after another without separators."""
    if not r.kinds:
        return
    alt = "|".join(map(re.escape, r.kinds))
    for m in re.finditer(rf"(?:{alt}){{3,}}", s):
        spans = [(x.start(), x.end()) for x in re.finditer(alt, m.group(0))]
        spans = [(m.start() + a, m.start() + b) for a, b in spans]
        if len({s[a:b] for a, b in spans}) == len(spans):
            yield spans


def _run_before(s: str, n: Name, used: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two-character items each ending in the name's key, as many as it counts, written without
    separators right before it (村务党务财务“三务”)."""
    key, end = n.family[-1], n.start
    start = end - 2 * n.count
    if start < 0 or any(s[i + 1] != key or not is_cjk(s[i]) for i in range(start, end, 2)):
        return []  # (no pattern per name and count: a compiled CJK class costs a millisecond)
    spans = [(i, i + 2) for i in range(start, end, 2)]
    if len({s[a:b] for a, b in spans}) < n.count or _overlaps(Enum(spans, start, end, "run"), used):
        return []
    return spans


def _parallel_kinds(s: str, r: Rules):
    """Clauses of one shape in a row, each with a different kind of 治 after the same opening
    (以自治增活力，以法治强保障，以德治扬正气): a set spelled out as parallel clauses."""
    if not r.kinds:
        return
    alt = "|".join(map(re.escape, sorted(r.kinds, key=len, reverse=True)))
    run: list[tuple[str, int, int]] = []  # (opening, start, end) of the kind in each clause
    at = 0
    for clause in re.split(r"([，,；;。])", s) + ["。"]:
        if len(clause) == 1 and clause in "，,；;。":
            at += 1
            continue
        m = re.match(rf"([{CJK}]{{0,3}}?)({alt})", clause)
        if m and (not run or m.group(1) == run[-1][0]):
            run.append((m.group(1), at + m.start(2), at + m.end(2)))
        else:
            if len(run) >= 3 and len({s[a:b] for _, a, b in run}) == len(run):
                yield [(a, b) for _, a, b in run]
            run = [(m.group(1), at + m.start(2), at + m.end(2))] if m else []
        at += len(clause)
    if len(run) >= 3 and len({s[a:b] for _, a, b in run}) == len(run):
        yield [(a, b) for _, a, b in run]


def _counts_after(s: str, enums: list[Enum], used: list[tuple[int, int]], r: Rules) -> list:
    out = []
    for e in enums:
        found = None if _overlaps(e, used) else _count_after(s, e, r)
        if found:
            out.append(found)
            used.append((e.start, found[0].end))
    return out


def _count_after(s: str, e: Enum, r: Rules):
    """A list and, right after it, an unquoted numeral with the characters all its items share:
    资金、资产、资源三资 / 责任清单、问题清单、整改清单，通过三单“清结”. The numeral must count the items."""
    if e.kind not in ("open", "quoted", "quoteseq"):
        return None
    num = "".join(r.numerals)
    a, b = e.items[-1]
    m = re.compile(rf"(?<![{num}\d第每])[{num}](?=[{CJK}])").search(s, a + 2, b) if e.kind == "open" else None
    if m:  # inside the last chunk: 资源三资管理
        e = Enum(e.items[:-1] + [(a, m.start())], e.start, m.start(), "open", e.open_left, False)
    else:  # after the clause mark that ends the list: ，通过三单
        m = re.compile(rf"[，,]?[{CJK}]{{0,2}}?(?<![{num}\d第每])([{num}])(?=[{CJK}])").match(s, e.end)
        if not m:
            return None
        m = re.compile(".").match(s, m.start(1))
    count = r.numerals[m.group(0)]
    for spans in item_options(s, e, r, left_open=True, right_open=False):
        texts = [squash(s[x:y]) for x, y in spans]
        if len(spans) != count or not valid(s, spans, r, closed=False):
            continue
        key = ""
        while len(key) < 3 and m.end() + len(key) < len(s) and all(s[m.end():m.end() + len(key) + 1] in t for t in texts):
            key = s[m.end():m.end() + len(key) + 1]
        if key and key[0] not in r.not_after and key not in r.not_heads and len(key) < min(map(len, texts)):
            name = Name(m.group(0) + key, count, key, m.start(), m.end() + len(key), False, "key")
            return name, spans, True
    return None


def _overlaps(e: Enum, used: list[tuple[int, int]]) -> bool:
    return any(e.start < b and a < e.end for a, b in used)


def alias(n: Name | None, sent: Sentence, named: list[tuple[Sentence, list[Name]]]) -> Name | None:
    """A count in running text takes the formula's own name when the paragraph gives one:
    “先锋、…、巧妇”八个榜单 under “乡村八榜”; 两个二维码 → “两码”; 两种模式 → 2种协商模式."""
    if n is None or n.quoted or n.shape != "classifier":
        return n
    same = [m for st, names in named if st == sent for m in names]
    others = [m for st, names in named if st != sent for m in names]
    for m in reversed([m for m in same if m.start < n.start]):
        if m.count == n.count and m.head.endswith(n.head) and len(m.head) > len(n.head):
            return m
    for m in same + others:
        if m is not n and m.quoted and m.count == n.count and any(k in n.head for k in m.keys):
            return m
    return n
