"""Word .docx: walk the body XML in order, because `doc.paragraphs` misses tables, nested
tables, text boxes, tracked insertions, generated list numbers and footnotes.

The zip is checked before anything is inflated (zip bombs) and XML parts that declare
entities are refused (billion laughs); python-docx then opens the package.
"""
from __future__ import annotations

import re
import zipfile

from ..normalize import RawBlock
from .errors import ReadError
from .numbering import Numbering

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
MAX_PART = 100 * 2**20  # bytes one XML part may inflate to
MAX_RATIO = 200  # compression ratio above which a big part is a bomb
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SKIP = {"del", "moveFrom", "delText", "instrText", "delInstrText", "footnoteReference",
        "endnoteReference", "rPr", "pPr", "fldData", "commentReference"}
RE_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _local(el) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def check_zip(path, data: bytes) -> None:
    """Refuse what must not be inflated or parsed, with a reason a person understands."""
    import io

    if not data:
        raise ReadError("empty file (0 bytes)")
    if data.startswith(OLE_MAGIC):
        raise ReadError("legacy Word 97-2003 .doc (or a password-protected .docx): not supported; "
                        "open it in Word/WPS and save as .docx, or run "
                        "`libreoffice --headless --convert-to docx FILE`")
    if not data.startswith(b"PK"):
        raise ReadError("not a .docx (no zip signature)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ReadError("corrupt or truncated .docx (bad zip)")
    with zf:
        names = set(zf.namelist())
        if "word/document.xml" not in names:
            raise ReadError("not a Word document (the zip has no word/document.xml)")
        for info in zf.infolist():
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > MAX_PART or (info.file_size > 2**20 and ratio > MAX_RATIO):
                raise ReadError(f"{info.filename} would inflate to {info.file_size / 2**20:,.0f} MB "
                                f"(limit {MAX_PART // 2**20} MB): refused as a possible zip bomb")
            if info.filename.endswith(".xml"):
                with zf.open(info) as fh:
                    head = fh.read(4096)
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise ReadError(f"{info.filename} declares XML entities, which are not allowed "
                                    "(possible billion-laughs attack)")


class _Walker:
    def __init__(self, styles: dict, numbering: Numbering):
        self.styles = styles
        self.numbering = numbering
        self.out: list[RawBlock] = []
        self.para = 0
        self.tables = 0

    # --- block level -------------------------------------------------------------
    def blocks(self, parent, cell=None) -> None:
        for child in parent:
            tag = _local(child)
            if tag == "p":
                self.paragraph(child, cell)
            elif tag == "tbl":
                self.table(child)
            elif tag in ("sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo"):
                self.blocks(child, cell)
            elif tag == "AlternateContent":
                self.blocks(_choice(child), cell)

    def table(self, tbl) -> None:
        self.tables += 1
        tno = self.tables
        for r, tr in enumerate(tbl.iter(_w("tr"))):
            if _nearest_table(tr) is not tbl:
                continue
            col = 0
            for tc in tr:
                if _local(tc) != "tc":
                    continue
                span = tc.find(f"{_w('tcPr')}/{_w('gridSpan')}")
                self.blocks(tc, cell=(tno, r, col))
                col += int(span.get(_w("val"), "1")) if span is not None else 1

    def paragraph(self, p, cell) -> None:
        self.para += 1
        ppr = p.find(_w("pPr"))
        style = self._style_of(ppr)
        level = self._level(ppr, style)
        boxes: list = []
        text = self._runs(p, boxes, heading=level is not None)
        for box in boxes:  # text boxes anchored in this paragraph come first
            self.blocks(box, cell)
        label = self.numbering.label(ppr, style) if ppr is not None or style else ""
        align = self._align(ppr, style)
        if cell:
            kind = "table_cell"
        elif level is not None:
            kind = "heading"
        elif label:
            kind = "list_item"
        else:
            kind = "paragraph"
        t, r, c = cell or (None, None, None)
        self.out.append(RawBlock(kind, text, para=self.para, level=level, label=label,
                                 table=t, row=r, col=c, align=align))

    # --- inline level --------------------------------------------------------------
    def _runs(self, el, boxes: list, heading: bool) -> str:
        parts: list[str] = []
        for child in el:
            tag = _local(child)
            if tag in SKIP:
                continue
            if tag == "t":
                parts.append(child.text or "")
            elif tag == "tab":
                parts.append("\t")
            elif tag in ("br", "cr"):
                if child.get(_w("type")) not in ("page", "column"):
                    parts.append("" if heading else "\n")
            elif tag == "noBreakHyphen":
                parts.append("-")
            elif tag == "sym":
                parts.append(_sym(child))
            elif tag == "txbxContent":
                boxes.append(child)
            elif tag == "AlternateContent":
                parts.append(self._runs(_choice(child), boxes, heading))
            elif tag == "r" and _hidden_or_mark(child):
                continue
            elif tag in ("p", "tbl"):  # only inside text boxes, handled as boxes
                continue
            else:
                parts.append(self._runs(child, boxes, heading))
        return "".join(parts)

    # --- styles ---------------------------------------------------------------------
    def _style_of(self, ppr) -> str:
        if ppr is None:
            return ""
        ps = ppr.find(_w("pStyle"))
        return ps.get(_w("val"), "") if ps is not None else ""

    def _level(self, ppr, style: str) -> int | None:
        name, outline = self.styles.get(style, ("", None))
        if name.lower() in ("title", "标题"):
            return 0
        m = RE_HEADING_STYLE.match(name)
        if m:
            return int(m.group(1))
        if ppr is not None:
            ol = ppr.find(_w("outlineLvl"))
            if ol is not None and ol.get(_w("val"), "9").isdigit() and int(ol.get(_w("val"))) < 9:
                return int(ol.get(_w("val"))) + 1
        return outline + 1 if outline is not None and outline < 9 else None

    def _align(self, ppr, style: str) -> str:
        jc = ppr.find(_w("jc")) if ppr is not None else None
        val = jc.get(_w("val"), "") if jc is not None else ""
        return {"center": "center", "right": "right", "end": "right"}.get(val, "")


def _choice(alt):
    """Read mc:Choice (the modern copy) and never mc:Fallback, which duplicates it."""
    for child in alt:
        if _local(child) == "Choice":
            return child
    for child in alt:
        if _local(child) == "Fallback":
            return child
    return []


def _nearest_table(el):
    p = el.getparent()
    while p is not None and _local(p) != "tbl":
        p = p.getparent()
    return p


def _hidden_or_mark(r) -> bool:
    rpr = r.find(_w("rPr"))
    if rpr is None:
        return False
    if rpr.find(_w("vanish")) is not None and rpr.find(_w("vanish")).get(_w("val"), "1") not in ("0", "false"):
        return True
    va = rpr.find(_w("vertAlign"))
    if va is not None and va.get(_w("val")) == "superscript":
        text = "".join(t.text or "" for t in r.iter(_w("t")))
        return bool(re.fullmatch(r"\s*[\[［(（]?\d{1,3}[\]］)）]?\s*", text))
    return False


def _sym(el) -> str:
    code = el.get(_w("char"), "")
    try:
        val = int(code, 16)
        return chr(val - 0xF000) if val >= 0xF000 else chr(val)
    except ValueError:
        return ""


def _styles(doc) -> dict[str, tuple[str, int | None]]:
    """style id → (name, outline level), following basedOn for the outline level."""
    raw: dict[str, tuple[str, int | None, str]] = {}
    for st in doc.styles.element.iter(_w("style")):
        sid = st.get(_w("styleId"), "")
        name_el = st.find(_w("name"))
        ol = st.find(f"{_w('pPr')}/{_w('outlineLvl')}")
        based = st.find(_w("basedOn"))
        raw[sid] = (name_el.get(_w("val"), "") if name_el is not None else sid,
                    int(ol.get(_w("val"))) if ol is not None and ol.get(_w("val"), "").isdigit() else None,
                    based.get(_w("val"), "") if based is not None else "")
    out = {}
    for sid, (name, ol, based) in raw.items():
        seen = {sid}
        while ol is None and based and based not in seen:
            seen.add(based)
            _, ol, based = raw.get(based, ("", None, ""))
        out[sid] = (name, ol)
    return out


def _footnotes(doc) -> list:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    notes = []
    for rel in doc.part.rels.values():
        if rel.is_external or not rel.reltype.endswith(("/footnotes", "/endnotes")):
            continue
        root = etree.fromstring(rel.target_part.blob, parser)
        for fn in root:
            if _local(fn) in ("footnote", "endnote") and fn.get(_w("type")) not in (
                    "separator", "continuationSeparator", "continuationNotice"):
                notes.append(fn)
    return notes


def read(path, data: bytes | None = None) -> list[RawBlock]:
    import io

    data = path.read_bytes() if data is None else data
    check_zip(path, data)
    try:
        import docx

        doc = docx.Document(io.BytesIO(data))
    except ReadError:
        raise
    except Exception as err:  # python-docx raises many kinds for broken packages
        raise ReadError(f"not a valid .docx ({type(err).__name__}: {err})")
    walker = _Walker(_styles(doc), Numbering.from_doc(doc))
    walker.blocks(doc.element.body)
    for note in _footnotes(doc):
        start = len(walker.out)
        walker.blocks(note)
        for rb in walker.out[start:]:
            rb.kind = "footnote"
    return walker.out
