"""Keywords (jieba TF-IDF / TextRank) over a store of the corpus."""
import json

import pytest
from typer.testing import CliRunner

from conftest import CORPUS, needs_corpus

from qlcli.cli import app
from qlcli.keywords import keywords, rank
from qlcli.store import Store

runner = CliRunner()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("kw") / "s.sqlite"
    for folder in ("raw", "rendered"):  # every document three times: keywords must count it once
        result = runner.invoke(app, ["ingest", str(CORPUS / folder), "--store", str(path)])
        assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def store(store_path):
    return Store(store_path)


def test_rank_keeps_domain_words_whole_and_drops_stop_words(lex):
    text = "推进清廉村居建设，开展清廉村居评估。清廉村居建设是重点工作，进一步加强小微权力清单管理。"
    got = rank(text, lex, top=5)
    words = [r["word"] for r in got]
    assert words[0] == "清廉村居" and got[0]["count"] == 3
    assert "进一步" not in words and "工作" not in words
    assert [r["rank"] for r in got] == list(range(1, len(got) + 1))
    assert all(a["weight"] >= b["weight"] for a, b in zip(got, got[1:]))


def test_textrank_gives_weights_between_0_and_1(lex):
    got = rank("社区党员群众参与监督。社区党员服务群众。社区监督村务。", lex, top=3, method="textrank")
    assert got and got[0]["weight"] == 1 and all(0 < r["weight"] <= 1 for r in got)


@needs_corpus
def test_renderings_count_once(store, lex):
    rows = keywords(store, lex, top=10)
    assert len(rows) == 10
    raw_only = keywords(store, lex, doc="000_058f1ec3c92ba178.txt", top=3)
    pdf_only = keywords(store, lex, doc="000_058f1ec3c92ba178.pdf", top=3)
    assert [r["word"] for r in raw_only] == [r["word"] for r in pdf_only]
    assert "清廉村居" in [r["word"] for r in keywords(store, lex, top=20)]


@needs_corpus
def test_unit_reads_only_its_cases(store, lex):
    words = {r["word"]: r["count"] for r in keywords(store, lex, unit="沐仙湖社区", top=40)}
    assert "廉洁" in words and "社区" in words
    whole = {r["word"]: r["count"] for r in keywords(store, lex, doc="000_058f1ec3c92ba178.txt", top=40)}
    assert words["社区"] < whole["社区"]


@needs_corpus
def test_errors_in_plain_words(store, lex):
    with pytest.raises(ValueError, match="tfidf or textrank"):
        keywords(store, lex, method="lda")
    with pytest.raises(LookupError, match="no case"):
        keywords(store, lex, unit="不存在村")


@needs_corpus
def test_cli_keywords_json(store_path):
    result = runner.invoke(app, ["keywords", "--store", str(store_path), "--top", "5", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["rank"] for r in rows] == [1, 2, 3, 4, 5] and all(r["count"] > 0 for r in rows)
    result = runner.invoke(app, ["keywords", "--store", str(store_path), "--method", "x"])
    assert result.exit_code != 0 and "tfidf or textrank" in result.output
