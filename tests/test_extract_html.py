"""The HTML extractor: main text quality on real pages, metadata, encodings, and bad input."""

from __future__ import annotations

import gzip
import json

import pytest

import eval_html
from archive.extract import extract, extract_bytes
from archive.extract.html import decode_html, extract_html
from archive.model import ExtractionError

# Measured 0.9726 (plain trafilatura 0.9522 in the same run); a small margin for library noise.
MIN_MEAN_F1 = 0.967

CHROME_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Police chiefs fault Secure Communities | The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger">
<meta property="article:published_time" content="2011-08-16T09:00:00-04:00">
<link rel="canonical" href="https://ledger.example.org/2011/08/secure-communities">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Police chiefs fault Secure Communities",
 "author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "John Doe"}],
 "publisher": {"@type": "Organization", "name": "The Daily Ledger"}}</script>
<style>body { font-family: serif } .STYLELEAK {}</style>
<script>var tracking = "SCRIPTLEAK";</script>
</head><body>
<header class="site-header"><a href="/">The Daily Ledger</a>
<nav class="main-nav"><ul><li><a href="/news">NAVLEAK News</a></li><li><a href="/sports">Sports</a></li>
<li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article>
<h1>Police chiefs fault Secure Communities</h1>
<div class="share-tools"><a href="#">SHARELEAK Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
<p>A report released Monday by a task force of police officials argues that the federal immigration
program known as Secure Communities undermines the trust between local police and immigrant neighborhoods.</p>
<p>The report states that the program should be reformed before it is expanded further, and its authors
warn that crime victims may stop coming forward.</p>
<blockquote><p>Criminals are the biggest benefactors when immigrants fear the police, and the program as it
stands makes that fear worse.</p></blockquote>
<p>"We need the community on our side," said one of the chiefs who contributed to the report, speaking
at a press conference on Monday afternoon.</p>
<h2>What the report recommends</h2>
<ul><li>Suspend the program until it is reviewed.</li><li>Focus on serious offenders only.</li></ul>
<p>Immigration officials said the program is meant to identify dangerous criminals and remove them from
the country, and that it will continue.</p>
</article>
<aside class="related-links"><h3>Related</h3><ul><li><a href="/a">RELATEDLEAK Other story one</a></li>
<li><a href="/b">Other story two</a></li></ul></aside>
<section id="comments" class="comments-area"><h3>Comments</h3><p class="nocomments">Comments are closed.</p>
</section>
</main>
<footer class="site-footer"><p>FOOTERLEAK Copyright 2011 The Daily Ledger. All rights reserved.</p></footer>
</body></html>
"""

CP1252_PAGE = (
    "<html><head><title>Chief\u2019s words</title></head><body><article>"
    "<p>\u201cCriminals are the biggest benefactors when immigrants fear the police,\u201d the chief\u2019s "
    "report says, and it adds that trust takes years to build \u2014 and days to lose.</p>"
    "<p>Officials in Miami\u2011Dade said the caf\u00e9 raids were a mistake.</p>"
    "</article></body></html>"
).replace("\u2011", "-")


@pytest.fixture(scope="module")
def scores(shared_data):
    """Our and plain trafilatura's per-page scores over the 64 English pages, computed once."""
    pages = eval_html.english_pages(shared_data / "news-html")
    return eval_html.evaluate(eval_html.ours, pages), eval_html.evaluate(eval_html.plain_trafilatura, pages)


@pytest.fixture(scope="module")
def pages_by_name(shared_data):
    return {page.id: page for page in eval_html.load_pages(shared_data / "news-html")}


def test_main_text_f1_holds_on_the_64_english_pages(scores):
    ours, _ = scores
    assert len(ours) == 64
    assert eval_html.mean(score.f1 for score in ours) >= MIN_MEAN_F1


def test_main_text_beats_plain_trafilatura_in_the_same_run(scores):
    ours, theirs = scores
    assert eval_html.mean(s.f1 for s in ours) > eval_html.mean(s.f1 for s in theirs)


def test_token_scores_are_bag_of_words_overlap():
    precision, recall, f1 = eval_html.token_scores("The cat sat, the cat.", "the CAT sat on a mat")
    # truth {the:2, cat:2, sat:1}; predicted {the, cat, sat, on, a, mat}; overlap 3
    assert (precision, recall) == (0.5, 0.6)
    assert f1 == pytest.approx(2 * 0.5 * 0.6 / 1.1)
    assert eval_html.token_scores("words", "") == (0.0, 0.0, 0.0)


def test_metadata_from_meta_tags_and_json_ld(pages_by_name):
    aclu = extract_html(pages_by_name["readability/aclu"].html)
    assert aclu.title == "Facebook Is Tracking Me Even Though I’m Not on Facebook"
    assert aclu.author == "Daniel Kahn Gillmor"
    assert aclu.publisher == "American Civil Liberties Union"
    assert aclu.date == "2018-04-05T06:00"
    assert aclu.url.startswith("https://www.aclu.org/blog/")

    nbc = extract_html(pages_by_name["readability/schema-org-context-object"].html)
    assert nbc.author == "Stella Kim, Jennifer Jett"  # a JSON-LD list of author objects
    assert nbc.publisher == "NBC News"
    assert nbc.date == "2024-12-06T22:00:40.000Z"  # JSON-LD datePublished


def test_title_loses_site_suffix_and_byline_comes_from_the_page(pages_by_name):
    guardian = extract_html(pages_by_name["readability/guardian-1"].html)
    assert guardian.title == "'What is the sea telling us?': Māori tribes fearful over whale strandings"
    yahoo = extract_html(pages_by_name["readability/yahoo-3"].html)
    assert yahoo.author == "GILLIAN MOHNEY"  # a visible "By GILLIAN MOHNEY  March 11, 2015" byline
    bbc = extract_html(pages_by_name["readability/bbc-1"].html)
    assert bbc.title == "Obama admits US gun laws are his 'biggest frustration'"
    assert bbc.publisher == "BBC News"
    assert bbc.url == "http://www.bbc.com/news/world-us-canada-33646704"


def test_cms_placeholder_date_is_not_a_date(pages_by_name):
    page = next(p for p in pages_by_name.values() if p.id.startswith("aeb/c58aa507"))
    assert extract_html(page.html).date is None  # the page says "0001-01-01T00:00:00Z"


def test_chrome_does_not_leak_and_structure_survives():
    document = extract_html(CHROME_PAGE.encode("utf-8"))
    for leak in ("NAVLEAK", "SHARELEAK", "RELATEDLEAK", "FOOTERLEAK", "SCRIPTLEAK", "STYLELEAK", "Comments are closed"):
        assert leak not in document.text
    kinds = [(p.kind, document.passage_text(p)) for p in document.passages]
    assert ("blockquote", "Criminals are the biggest benefactors when immigrants fear the police, and the "
            "program as it stands makes that fear worse.") in kinds  # fmt: skip
    assert ("li", "Focus on serious offenders only.") in kinds
    assert ("heading", "What the report recommends") in kinds
    paragraphs = [text for kind, text in kinds if kind == "p"]
    assert paragraphs[0].startswith("A report released Monday") and len(paragraphs) == 4
    assert "\n" not in paragraphs[0]  # source line breaks inside a paragraph are spaces
    assert document.text.count("\n\n") == len(document.passages) - 1
    assert document.title == "Police chiefs fault Secure Communities"
    assert document.author == "Jane Roe, John Doe"
    assert document.date == "2011-08-16T09:00:00-04:00"
    assert document.publisher == "The Daily Ledger"
    assert document.url == "https://ledger.example.org/2011/08/secure-communities"


def test_cp1252_page_without_charset(tmp_path):
    path = tmp_path / "press" / "old-page.html"
    path.parent.mkdir()
    path.write_bytes(CP1252_PAGE.encode("cp1252"))
    document = extract(path, "press/old-page.html")
    assert "\u201cCriminals are the biggest benefactors" in document.text
    assert "the chief\u2019s report" in document.text
    assert "\u2014 and days to lose" in document.text
    assert "caf\u00e9" in document.text
    assert "\ufffd" not in document.text
    assert document.title == "Chief\u2019s words"
    assert (document.format, document.kind) == ("html", "press")


def test_declared_charsets_and_bom():
    body = "<p>\u201cNa\u00efve,\u201d she said of the plan, which the report called a failure.</p>"
    declared = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>{body}</body></html>'
    assert "\u201cNa\u00efve,\u201d" in decode_html(declared.encode("cp1252"))
    # A BOM beats a (wrong) declaration.
    lying = f'<html><head><meta charset="iso-8859-1"></head><body>{body}</body></html>'
    document = extract_html(b"\xef\xbb\xbf" + lying.encode("utf-8"))
    assert document.text.startswith("\u201cNa\u00efve,\u201d she said")
    assert extract_html(lying.encode("utf-16")).text == document.text
    # Valid UTF-8 under a stale Latin-1 declaration is UTF-8.
    assert extract_html(lying.encode("utf-8")).text == document.text
    # Latin-1 declared and truly Latin-1 (cp1252) bytes.
    assert extract_html(lying.encode("cp1252")).text == document.text


def test_gzipped_page_through_the_dispatcher():
    document = extract_bytes(gzip.compress(CHROME_PAGE.encode("utf-8")), "press/ledger.html.gz")
    assert (document.path, document.format, document.kind) == ("press/ledger.html.gz", "html", "press")
    plain = extract_html(CHROME_PAGE.encode("utf-8"))
    assert (document.text, document.passages, document.title) == (plain.text, plain.passages, plain.title)


def test_binary_junk_named_html_is_an_extraction_error():
    junk = bytes(range(256)) * 64
    with pytest.raises(ExtractionError):
        extract_bytes(junk, "press/junk.html")


@pytest.mark.parametrize(
    "page",
    [
        b"<html><head><title>Empty</title></head><body><script>var x = 1;</script></body></html>",
        b"<html></html>",
        b"<!doctype html><html><body><nav><a href='/'>Home</a></nav></body></html>",
    ],
)
def test_page_without_text_is_an_extraction_error(page):
    with pytest.raises(ExtractionError):
        extract_html(page)


@pytest.mark.parametrize(
    "page",
    [
        b"<div>" * 5000 + b"<p>Deeply nested but readable text.</p>",
        b"<html><body><p>Unclosed <b>tags <i>everywhere<p>and a second paragraph",
        b'<script type="application/ld+json">{"@type": "NewsArticle", "author": [1, {"x": 2}], broken</script>'
        b"<p>Broken JSON-LD must not matter.</p>",
        b"<html><head><meta charset='no-such-charset'></head><body><p>Unknown charset.</p></body></html>",
        b"<p>NUL \x00 bytes\x07 inside.</p>",
    ],
)
def test_odd_pages_give_text_or_extraction_error_only(page):
    try:
        document = extract_html(page)
    except ExtractionError:
        return
    assert document.text.strip()
    assert all(document.text[p.start : p.end].strip() for p in document.passages)


def test_short_page_falls_back_to_rules():
    page = b"<html><body><nav><a>NAVLEAK</a></nav><div><p>One short line.</p></div></body></html>"
    document = extract_html(page)
    assert document.text == "One short line."


def test_eval_pages_and_truth_load(shared_data):
    pages = eval_html.load_pages(shared_data / "news-html")
    assert len(pages) == 66
    assert sum(page.english for page in pages) == 64
    assert {page.id for page in pages if not page.english} == {"readability/lemonde-1", "readability/folha"}
    manifest = [json.loads(line) for line in (shared_data / "news-html" / "manifest.jsonl").open()]
    gzipped = next(row for row in manifest if row["gzip"])
    page = next(page for page in pages if page.id == gzipped["id"])
    assert page.html.lstrip()[:1] == b"<" and len(page.truth.split()) > 50
