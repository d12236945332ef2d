"""Render the list numbers Word generates (一、 / （一） / 1.) from numbering.xml."""
from __future__ import annotations

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CN_DIGITS = "零一二三四五六七八九"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def chinese_counting(n: int) -> str:
    if n <= 0:
        return str(n)
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return str(n)


def _letters(n: int, upper: bool) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr((65 if upper else 97) + r) + s
    return s


def _roman(n: int) -> str:
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
            (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out, n = out + s, n - v
    return out


def format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional",
               "japaneseCounting", "chineseLegalSimplified", "ideographDigital"):
        return chinese_counting(n)
    if fmt in ("upperLetter", "lowerLetter"):
        return _letters(n, fmt == "upperLetter")
    if fmt in ("upperRoman", "lowerRoman"):
        r = _roman(n)
        return r if fmt == "upperRoman" else r.lower()
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class Numbering:
    """Counters per list; `label(pPr, style)` advances them like Word does when rendering."""

    def __init__(self, nums: dict, abstract: dict, style_num: dict):
        self.nums = nums  # numId -> (abstractId, {ilvl: start override})
        self.abstract = abstract  # abstractId -> {ilvl: (start, fmt, text)}
        self.style_num = style_num  # style id -> (numId, ilvl)
        self.counters: dict[str, dict[int, int]] = {}

    @classmethod
    def from_doc(cls, doc) -> "Numbering":
        nums, abstract, style_num = {}, {}, {}
        try:
            root = doc.part.numbering_part.element
        except Exception:  # no numbering part: nothing is numbered
            root = None
        if root is not None:
            for an in root.iter(_w("abstractNum")):
                lvls = {}
                for lvl in an.iter(_w("lvl")):
                    ilvl = int(lvl.get(_w("ilvl"), "0"))
                    start = lvl.find(_w("start"))
                    fmt = lvl.find(_w("numFmt"))
                    text = lvl.find(_w("lvlText"))
                    lvls[ilvl] = (int(start.get(_w("val"), "1")) if start is not None else 1,
                                  fmt.get(_w("val"), "decimal") if fmt is not None else "decimal",
                                  text.get(_w("val"), "") if text is not None else "")
                abstract[an.get(_w("abstractNumId"))] = lvls
            for num in root.iter(_w("num")):
                aid = num.find(_w("abstractNumId"))
                overrides = {}
                for ov in num.iter(_w("lvlOverride")):
                    so = ov.find(_w("startOverride"))
                    if so is not None:
                        overrides[int(ov.get(_w("ilvl"), "0"))] = int(so.get(_w("val"), "1"))
                nums[num.get(_w("numId"))] = (aid.get(_w("val")) if aid is not None else None, overrides)
        for st in doc.styles.element.iter(_w("style")):
            npr = st.find(f"{_w('pPr')}/{_w('numPr')}")
            if npr is not None:
                nid = npr.find(_w("numId"))
                il = npr.find(_w("ilvl"))
                if nid is not None:
                    style_num[st.get(_w("styleId"))] = (nid.get(_w("val")),
                                                        int(il.get(_w("val"), "0")) if il is not None else 0)
        return cls(nums, abstract, style_num)

    def label(self, ppr, style: str) -> str:
        num_id, ilvl = None, 0
        npr = ppr.find(_w("numPr")) if ppr is not None else None
        if npr is not None:
            nid = npr.find(_w("numId"))
            il = npr.find(_w("ilvl"))
            num_id = nid.get(_w("val")) if nid is not None else None
            ilvl = int(il.get(_w("val"), "0")) if il is not None else 0
        elif style in self.style_num:
            num_id, ilvl = self.style_num[style]
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        aid, overrides = self.nums[num_id]
        lvls = self.abstract.get(aid, {})
        if ilvl not in lvls:
            return ""
        counters = self.counters.setdefault(aid, {})
        start = overrides.get(ilvl, lvls[ilvl][0])
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        _, fmt, text = lvls[ilvl]
        if fmt in ("bullet", "none"):
            return ""
        for k in range(ilvl + 1):
            if f"%{k + 1}" in text:
                kstart = overrides.get(k, lvls.get(k, (1,))[0])
                text = text.replace(f"%{k + 1}", format_number(counters.get(k, kstart), lvls.get(k, (1, fmt))[1]))
        return text
