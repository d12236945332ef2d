"""Charts beside report.md: drawn only with a font that has the Chinese characters, else a clear
message in report.md and on stderr; deterministic PNG bytes."""
from __future__ import annotations

import struct

import pytest

from conftest import needs_gold
from report_rows import NEWS, YUBEI, fill

from qlcli.reports import charts
from qlcli.reports.writer import write_report
from qlcli.store import Store

pytestmark = [needs_gold, pytest.mark.filterwarnings("ignore::UserWarning")]
pytest.importorskip("matplotlib")
PNGS = ["outcomes_by_kind.png", "dimensions_by_tier.png"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = Store(tmp_path_factory.mktemp("charts") / "s.sqlite")
    fill(st, (YUBEI, NEWS))
    return st


def chunks(png: bytes) -> list[bytes]:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    out, d = [], png[8:]
    while d:
        n, kind = struct.unpack(">I4s", d[:8])
        out.append(kind)
        d = d[12 + n:]
    return out


def test_without_a_cjk_font_no_chart_is_drawn_and_the_report_says_why(store, tmp_path, monkeypatch):
    (tmp_path / "outcomes_by_kind.png").write_bytes(b"stale")  # from an earlier run with a font
    monkeypatch.setattr(charts, "find_font", lambda preferred=(): (None, "no font with Chinese characters was "
                                                                   "found on this system; " + charts.FONT_HINT))
    files = write_report(store, tmp_path)
    assert not any((tmp_path / p).exists() for p in PNGS)
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "> **Charts not drawn.** No font with Chinese characters was found on this system; install a font " \
           "with Chinese characters (Debian/Ubuntu: `apt-get install fonts-wqy-microhei`, or `make fonts`)" in md
    assert "![" not in md
    assert files.notes == ["charts: no font with Chinese characters was found on this system; " + charts.FONT_HINT]


def test_a_bad_qlcli_font_is_named_in_the_message(monkeypatch, tmp_path):
    not_a_font = tmp_path / "font.ttf"
    not_a_font.write_text("hello")
    monkeypatch.setenv("QLCLI_FONT", str(not_a_font))
    charts.find_font.cache_clear()
    try:
        font, why = charts.find_font()
    finally:
        charts.find_font.cache_clear()
    assert font is None and why.startswith(f"QLCLI_FONT={not_a_font} is not a readable font with Chinese characters")


def test_a_label_the_font_cannot_show_skips_that_chart(store, tmp_path, monkeypatch):
    font, _ = charts.find_font()
    if font is None:
        pytest.skip("no font with Chinese characters on this machine (make fonts installs one)")
    monkeypatch.setattr(charts, "missing_glyphs", lambda f, labels: "𪚥" if "石船镇石龙村" in labels else "")
    files = write_report(store, tmp_path)
    assert not (tmp_path / "outcomes_by_kind.png").exists() and (tmp_path / "dimensions_by_tier.png").exists()
    assert any("outcomes_by_kind.png (the font" in n and "lacks 𪚥" in n for n in files.notes)


def test_with_a_cjk_font_charts_are_drawn_linked_and_byte_identical(store, tmp_path):
    font, why = charts.find_font()
    if font is None:
        pytest.skip(f"{why}")
    a, b = tmp_path / "a", tmp_path / "b"
    files = write_report(store, a)
    write_report(store, b)
    assert [p.name for p in files.paths[-2:]] == PNGS and files.notes == []
    md = (a / "report.md").read_text(encoding="utf-8")
    assert "![outcomes per unit by kind](outcomes_by_kind.png)" in md
    assert "![dimension coverage per tier](dimensions_by_tier.png)" in md
    assert "Charts not drawn" not in md
    for name in PNGS:
        png = (a / name).read_bytes()
        assert png == (b / name).read_bytes(), name
        kinds = chunks(png)
        assert b"tIME" not in kinds and b"tEXt" not in kinds and b"iTXt" not in kinds  # no date, no version
        width, height = struct.unpack(">II", png[16:24])
        assert width > 400 and height > 150


def test_chart_data_follow_the_report(store):
    from qlcli.lexicon import load
    from qlcli.reports.selection import select

    data = select(store)
    names, used, per = charts._outcome_series(data, load())
    assert names[:2] == ["石船镇石龙村", "渝北区木耳镇金刚村"]  # most outcomes first
    assert per["渝北区木耳镇金刚村"]["money"] == 3 and "money" in used
    rows, dims, grid = charts._dimension_grid(data, load())
    assert [label for label, _ in rows] == ["2023 区级标杆", "2023 区级优秀", "2023 区级合格",
                                            "not on a list, with measures"]
    assert dims[:5] == ["党建", "民主", "监督", "问效", "文化"]
    assert grid[0][0] == 2 and len(rows[0][1]) == 8  # 2 of the 8 标杆 units spell out a 党建 item
    assert grid[1] == [0] * len(dims)
