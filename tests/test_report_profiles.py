"""Unit profiles: how rows naming a unit in different ways are joined across documents."""
from __future__ import annotations

import pytest

from qlcli.reports.profiles import build


def unit(doc, name, town=None, village=None, county=None, kind="村", mentions=1):
    return {"doc_id": doc, "unit": name, "town": town, "village": village or name, "county": county, "kind": kind,
            "mentions": mentions}


def row(doc, name):
    return {"doc_id": doc, "unit": name}


def names(ps) -> list[tuple[str, list[str], list[str]]]:
    return [(p.name, sorted(p.forms), sorted(p.docs)) for p in ps.all]


# (units rows, other rows as (table, doc, unit), expected profiles (name, forms, docs))
EXAMPLES = [
    pytest.param(  # the brief's example: one village written two ways in two documents
        [unit("000", "木耳镇金刚村", "木耳镇", "金刚村"), unit("004", "渝北区木耳镇金刚村", "木耳镇", "金刚村", "渝北区")],
        [("outcomes", "000", "木耳镇金刚村"), ("measures", "004", "渝北区木耳镇金刚村")],
        [("渝北区木耳镇金刚村", ["木耳镇金刚村", "渝北区木耳镇金刚村"], ["000", "004"])], id="town+village"),
    pytest.param(  # a case names the unit by its bare village name: the document's own unit
        [unit("000", "木耳镇金刚村", "木耳镇", "金刚村")], [("cases", "000", "金刚村")],
        [("木耳镇金刚村", ["木耳镇金刚村", "金刚村"], ["000"])], id="bare name in the same document"),
    pytest.param(  # two villages called 新村: a bare 新村 belongs to the one its document names
        [unit("a", "甲镇新村", "甲镇", "新村"), unit("b", "乙镇新村", "乙镇", "新村")],
        [("outcomes", "a", "新村"), ("outcomes", "b", "新村")],
        [("甲镇新村", ["新村", "甲镇新村"], ["a"]), ("乙镇新村", ["乙镇新村", "新村"], ["b"])], id="same village name"),
    pytest.param(  # a bare 新村 in a third document with no unit of that name stays apart
        [unit("a", "甲镇新村", "甲镇", "新村"), unit("b", "乙镇新村", "乙镇", "新村")], [("outcomes", "c", "新村")],
        [("甲镇新村", ["甲镇新村"], ["a"]), ("乙镇新村", ["乙镇新村"], ["b"]), ("新村", ["新村"], ["c"])],
        id="ambiguous bare name"),
    pytest.param(  # same town and village name in two counties
        [unit("a", "甲县龙山镇新村", "龙山镇", "新村", "甲县"), unit("b", "乙县龙山镇新村", "龙山镇", "新村", "乙县")], [],
        [("甲县龙山镇新村", ["甲县龙山镇新村"], ["a"]), ("乙县龙山镇新村", ["乙县龙山镇新村"], ["b"])], id="two counties"),
    pytest.param(  # areas: a district written with and without its city
        [], [("measures", "004", "重庆市渝北区"), ("outcomes", "000", "渝北区"), ("outcomes", "000", "江北区")],
        [("重庆市渝北区", ["渝北区", "重庆市渝北区"], ["000", "004"]), ("江北区", ["江北区"], ["000"])], id="areas"),
    pytest.param(  # a case unit with county and town finds the village the units table gives with its town
        [unit("003", "禹王宫村", "撒莲镇", "禹王宫村")], [("cases", "003", "米易县撒莲镇禹王宫村"), ("cases", "003", "米易县")],
        [("米易县撒莲镇禹王宫村", ["禹王宫村", "米易县撒莲镇禹王宫村"], ["003"]), ("米易县", ["米易县"], ["003"])],
        id="case unit with county"),
    pytest.param(  # rows that belong to nobody make no profile
        [], [("outcomes", "004", None), ("outcomes", "004", "")], [], id="no unit"),
]


@pytest.mark.parametrize("units, others, expected", EXAMPLES)
def test_profiles_join(units, others, expected):
    rows = {"units": units, "tiers": [], "cases": [], "measures": [], "outcomes": []}
    for table, doc, name in others:
        rows[table].append(row(doc, name))
    assert names(build(rows)) == expected


def test_villages_come_before_areas_and_ids_follow():
    rows = {"units": [], "tiers": [], "cases": [row("003", "崇州市"), row("003", "崇州市廖家镇全兴村")],
            "measures": [], "outcomes": []}
    ps = build(rows)
    assert [(p.id, p.name, p.is_area, p.kind) for p in ps.all] == [("u1", "崇州市廖家镇全兴村", False, "村"),
                                                                   ("u2", "崇州市", True, "")]
