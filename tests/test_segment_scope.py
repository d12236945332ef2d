"""A document's names are added to jieba only while that document is extracted, so its rows do
not depend on which documents the same process read before (bug caught: with --jobs 2 a worker
kept every earlier document's unit names, so segmentation could differ from run to run)."""
from dataclasses import asdict

from conftest import STEMS, needs_corpus, read

from qlcli.pipeline import extract_all
from qlcli.segment import document_words, tokenizer


def test_words_are_taken_out_again(lex):
    tk = tokenizer(lex)
    freq, total = dict(tk.FREQ), tk.total
    with document_words(lex, ["鲁能西路社区", "龙塔街道鲁能西路社区", "木耳镇金刚村"]):
        assert tk.FREQ["龙塔街道鲁能西路社区"] == 2000
        assert "龙塔街道鲁能西路社区" in tk.lcut("龙塔街道鲁能西路社区开展清廉村居建设")
    assert tk.FREQ == freq and tk.total == total


@needs_corpus
def test_rows_do_not_depend_on_the_documents_read_before(lex):
    def rows(stem):
        ex = extract_all(read(stem, "txt"), lex)
        return [asdict(o) for o in ex.outcomes], [asdict(m) for m in ex.measures]

    tokenizer(lex)
    first = rows(STEMS[4])
    for stem in STEMS[:4]:
        rows(stem)
    assert rows(STEMS[4]) == first
