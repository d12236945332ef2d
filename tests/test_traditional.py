"""A traditional-script repost extracts the same rows as the simplified original."""
from dataclasses import asdict
from functools import lru_cache

import pytest

from conftest import STEMS, needs_corpus, read

from qlcli.evaluate import norm
from qlcli.normalize import RawBlock, build_document
from qlcli.pipeline import extract_all

pytestmark = needs_corpus


def traditional_copy(doc):
    from opencc import OpenCC

    conv = OpenCC("s2t")
    blocks = [RawBlock(b.kind, conv.convert(b.text), page=b.page, para=b.para, level=b.level, label=b.label,
                       table=b.table, row=b.row, col=b.col, align=b.align) for b in doc.blocks]
    return build_document(blocks, doc_id="t", path="t", file_name="t", format=doc.format)


@lru_cache(maxsize=1)
def _s2t():
    from opencc import OpenCC

    return OpenCC("s2t")


def round_trip(s):
    """What simplified → traditional → simplified (one character for one) leaves of a string:
    家具 comes back as 家俱, so the original's rows are compared through the same trip."""
    return norm(_s2t().convert(norm(s)))


def keys(ex, norm=norm):
    meta = {k: norm(v) if isinstance(v, str) else [norm(x) for x in v] if isinstance(v, list) else v
            for k, v in asdict(ex.meta).items()}
    rows = {}
    for table in ("units", "tiers", "cases", "measures", "outcomes"):
        rows[table] = sorted((tuple(norm(v) if isinstance(v, str) else v for k, v in asdict(r).items()
                                    if k not in ("sentence", "start", "end", "item_start", "item_end", "text_start",
                                                 "text_end", "mentions"))
                              for r in getattr(ex, table)), key=repr)  # rows mix None and str
    return meta, rows


@pytest.mark.parametrize("stem", STEMS)
def test_traditional_repost_extracts_the_same(stem, lex):
    simp = read(stem, "txt")
    trad = traditional_copy(simp)
    assert trad.script == "traditional" and trad.original != trad.text
    assert keys(extract_all(trad, lex)) == keys(extract_all(simp, lex), norm=round_trip)
