"""Writing rows out: Excel-friendly CSV files (atomic, UTF-8 with BOM, formulas neutralised),
and the table / csv / json / md renderings the commands print."""
from __future__ import annotations

import csv
import io
import math
import os
import re

TYPE_CHECKING = False  # typing costs 4 ms of a query's start-up
if TYPE_CHECKING:
    from pathlib import Path

FORMATS = ("table", "csv", "json", "md")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# what must never reach a terminal raw: C0 controls (ESC starts colour, cursor and title
# sequences; CR overwrites the line), DEL, C1 controls (U+009B is a one-character CSI), and the
# bidi controls that reorder what is shown (a name ending in U+202E "fdp.exe" reads "exe.pdf")
BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
RE_CONTROL = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{BIDI}]")
RE_CONTROL_JSON = re.compile(f"[\x7f-\x9f\u2028\u2029{BIDI}]")  # json.dumps escapes C0 itself
SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def visible(ch: str) -> str:
    """A control character as the escape a programmer would write: \\x1b, \\r, \\u202e."""
    return SHORT.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")


def term_safe(value, newlines: bool = False) -> str:
    """Text safe to print on a terminal: every control character shown as an escape (\\x1b[31m
    prints as those characters, not as red); `newlines` keeps line breaks (table cells).
    Rich markup is a separate matter: print the result with markup=False or as rich Text."""
    s = cell(value)
    return RE_CONTROL.sub(lambda m: m.group() if newlines and m.group() == "\n" else visible(m.group()), s)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: str | Path, data: str | bytes, encoding: str = "utf-8") -> None:
    """Write to a temp file beside the target, then rename: readers never see half a file."""
    from pathlib import Path

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; an output file is as readable as any other
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode(encoding) if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def cell(value) -> str:
    """One value as text: integers without .0, no thousands separators, None as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.10f}".rstrip("0").rstrip(".")
    if isinstance(value, (list, tuple)):
        return ";".join(map(str, value))
    return str(value)


def starts_formula(s: str) -> bool:
    """Text a spreadsheet could run: a formula sign first, or after leading spaces (Excel and
    LibreOffice skip them, full-width ones too)."""
    return s.lstrip(" \u3000\u00a0").startswith(FORMULA_START)


def safe_cell(value) -> str:
    """A spreadsheet must never run a cell: prefix text that starts like a formula.
    Plain numbers (-4.6) stay numbers."""
    s = cell(value)
    if starts_formula(s):
        try:
            float(s)
            return s
        except ValueError:
            return "'" + s
    return s


def csv_text(columns: list[str], rows: list[dict], bom: bool = True, safe: bool = True) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(columns)
    conv = safe_cell if safe else cell
    for r in rows:
        w.writerow([conv(r.get(c)) for c in columns])
    return ("\ufeff" if bom else "") + buf.getvalue()


def write_csv(path: str | Path, columns: list[str], rows: list[dict]) -> None:
    atomic_write(path, csv_text(columns, rows))


def md_escape(value) -> str:
    """One Markdown table cell: | escaped, line breaks as <br>, control characters visible."""
    s = cell(value).replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "\n").replace("\n", "<br>")
    return RE_CONTROL.sub(lambda m: visible(m.group()), s)


def md_table(columns: list[str], rows: list[dict], headers: list[str] | None = None) -> str:
    head = headers or columns
    lines = ["| " + " | ".join(md_escape(h) for h in head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(md_escape(r.get(c)) for c in columns) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def display_width(s: str) -> int:
    """Columns a string takes on a terminal: CJK and full-width characters take two."""
    if s.isascii():
        return len(s)
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1 for ch in s)


def box_table(columns: list[str], rows: list[dict], title: str | None = None) -> str:
    """The table rich draws, drawn without rich (no wrapping): for output that goes to a pipe or a
    file, where importing rich would cost more than the query itself."""
    cells = [[term_safe(c) for c in columns]] + [[term_safe(r.get(c)) for c in columns] for r in rows]
    widths = [max(display_width(row[i]) for row in cells) for i in range(len(columns))]

    def line(row: list[str], bar: str) -> str:
        return bar + bar.join(f" {v}{' ' * (w - display_width(v))} " for v, w in zip(row, widths)) + bar

    def rule(left: str, fill: str, mid: str, right: str) -> str:
        return left + mid.join(fill * (w + 2) for w in widths) + right

    out = [title] if title else []
    out += [rule("┏", "━", "┳", "┓"), line(cells[0], "┃"), rule("┡", "━", "╇", "┩")]
    out += [line(row, "│") for row in cells[1:]]
    out.append(rule("└", "─", "┴", "┘"))
    return "\n".join(out) + "\n"


def render(rows: list[dict], columns: list[str], fmt: str, title: str | None = None, console=None) -> None:
    """Print rows in the chosen format to stdout."""
    import sys

    if fmt == "json":  # C1 and bidi controls as \\u escapes too: the same data, harmless on a terminal
        import json

        text = json.dumps([{c: r.get(c) for c in columns} for r in rows], ensure_ascii=False, indent=2)
        sys.stdout.write(RE_CONTROL_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")
    elif fmt == "csv":  # formulas neutralised: `> file.csv` is opened in Excel as often as report's tables
        if sys.stdout.isatty():
            rows = [{c: term_safe(r.get(c), newlines=True) for c in columns} for r in rows]
        sys.stdout.write(csv_text(columns, rows, bom=False))
    elif fmt == "md":
        sys.stdout.write((f"### {md_escape(title)}\n\n" if title else "") + md_table(columns, rows))
    elif console is None and not sys.stdout.isatty():
        columns = [c for c in columns if any(cell(r.get(c)) for r in rows)] or columns  # no empty columns
        sys.stdout.write(box_table(columns, rows, term_safe(title) if title else None))
    else:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        console = console or Console()
        # rich Text, not str: a cell holding "[red]" or "[link=…]" prints as written, never as markup
        table = Table(title=Text(term_safe(title)) if title else None, show_lines=False, header_style="bold")
        columns = [c for c in columns if any(cell(r.get(c)) for r in rows)] or columns  # no empty columns
        for c in columns:  # short columns keep one line; long text folds but keeps some width
            longest = max([len(cell(r.get(c))) for r in rows] + [len(c)])
            table.add_column(Text(term_safe(c)), overflow="fold", no_wrap=longest <= 14, min_width=min(longest, 10))
        for r in rows:
            table.add_row(*[Text(term_safe(r.get(c))) for c in columns])  # a row stays a row: \n shown
        console.print(table)
