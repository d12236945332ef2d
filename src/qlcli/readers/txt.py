"""Plain text: decode by a fixed chain, then one block per paragraph."""
from __future__ import annotations

import codecs
import re

from ..normalize import RawBlock, strip_watermark
from ..patterns import CN_DIGITS
from .errors import ReadError

# a line that stops mid-sentence and runs straight on is one hard-wrapped paragraph
TERMINAL = set("。！？!?；;：:”’」』）)》…")
RE_HEADINGISH = re.compile(
    rf"^(?:[{CN_DIGITS}]{{1,3}}[、.．]|[（(][{CN_DIGITS}]{{1,3}}[）)]|\d{{1,2}}[.、．]|附件|——)")


# a short line that is one village's name (永丰街道民主社区) is a list line, never the end of a wrapped paragraph
RE_NAME_LINE = re.compile(r"[\u4e00-\u9fff]{2,18}(?:村|社区|居委会|嘎查)")


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding): BOM, then strict UTF-8, then GB18030, then a detector."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc), enc
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
    try:  # last resort: detectors misread short GBK as Korean, hence its place at the end
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
    except ImportError:
        best = None
    if best is None:
        raise ReadError("cannot tell the text encoding (tried UTF-8, GB18030)")
    return str(best), best.encoding


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(line number, paragraph) pairs; hard-wrapped lines are joined back."""
    out: list[tuple[int, str]] = []
    blank, last = True, ""
    for n, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        s = strip_watermark(line).strip()  # (a forum's watermark makes a short list line look long)
        if not s:
            blank = True
            continue
        # the line before, not the paragraph so far, must be long: a list after a long line stays a list
        # a line of fields apart by spaces (转载 李倩2022/09/20 … 来源:楚雄发布 作者:) is a byline, not prose
        if (out and not blank and len(last) >= 60 and last[-1] not in TERMINAL and len(last.split()) < 4
                and not RE_HEADINGISH.match(s) and not RE_NAME_LINE.fullmatch(s)):
            out[-1] = (out[-1][0], out[-1][1] + s)
        else:
            out.append((n, s))
        blank, last = False, s
    return out


def read(path, data: bytes | None = None) -> list[RawBlock]:
    data = path.read_bytes() if data is None else data
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ReadError("binary file, not text")
    text, _ = decode(data)
    return [RawBlock("paragraph", s, para=n) for n, s in paragraphs(text)]
