"""Search functions over a small real index: ranking, highlights, filters, facets, counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.pipeline import ingest
from archive.store.search import Archive, QuerySyntaxError, QuoteFilters

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    index = tmp_path_factory.mktemp("search") / "index"
    ingest([REPO / "corpus"], index, jobs=2)
    with Archive(index) as opened:
        yield opened


def test_free_text_is_stemmed_and_highlighted(archive):
    results = archive.quotes(QuoteFilters(query="deported"))
    assert results.total >= 2
    for hit in results.hits:
        marked = [text.lower() for text, is_match in hit.highlight if is_match]
        assert all(word.startswith("deport") for word in marked)
        assert bool(marked) == ("deport" in hit.record["text"].lower())  # else it matched the sentence around
        assert "deport" in hit.record["context"].lower()
        assert "".join(text for text, _ in hit.highlight) == hit.record["text"]


def test_phrase_total_counts_only_the_phrase(archive):
    phrase = archive.quotes(QuoteFilters(query='"public safety"'), page_size=100)
    words = archive.quotes(QuoteFilters(query="public safety"), page_size=100)
    assert 0 < phrase.total <= words.total
    assert phrase.total == len(phrase.hits)


def test_speaker_prefix_and_every_word(archive):
    assert {s["name"] for s in archive.resolve_speakers("brat")} == {"William J. Bratton"}
    assert {s["name"] for s in archive.resolve_speakers("william bratton")} == {"William J. Bratton"}
    assert archive.resolve_speakers("william hampton") == []


def test_facets_count_the_current_query(archive):
    everything = archive.quotes(QuoteFilters())
    assert sum(count for _, count in everything.facets["doc_kind"]) == everything.total
    fried = archive.quotes(QuoteFilters(speaker="Fried"))
    assert fried.facets["speaker"] == [("Jonathan Fried", fried.total)]
    assert dict(fried.facets["organization"]).get("We Count!") == fried.total


def test_pagination_without_a_query_keeps_document_order(archive):
    first = archive.quotes(QuoteFilters(doc_type="press"), page=1, page_size=5)
    second = archive.quotes(QuoteFilters(doc_type="press"), page=2, page_size=5)
    starts = [hit.record["start"] for hit in first.hits + second.hits]
    assert starts == sorted(starts) and len(set(starts)) == 10
    assert first.total == second.total and first.pages == -(-first.total // 5)


def test_filters_that_match_nothing(archive):
    assert archive.quotes(QuoteFilters(topic="no-such-topic")).total == 0
    assert archive.quotes(QuoteFilters(query="police", since="2030")).total == 0
    with pytest.raises(QuerySyntaxError):
        archive.quotes(QuoteFilters(doc_type="tweets"))
    with pytest.raises(QuerySyntaxError):
        archive.quotes(QuoteFilters(query="x" * 501))


def test_counts_agree_across_listings(archive):
    stats = archive.stats()
    assert sum(s["quote_count"] for s in archive.speakers()) <= stats["quotes"]
    speakers = {s["name"]: s["quote_count"] for s in archive.speakers()}
    assert speakers["Jonathan Fried"] == archive.quotes(QuoteFilters(speaker="Jonathan Fried")).total
    vocabulary = {t["topic"]: t["quote_count"] for t in archive.topics() if t["source"] == "vocabulary"}
    assert vocabulary["deportation"] == archive.quotes(QuoteFilters(topic="deportation")).total
