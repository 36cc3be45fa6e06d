"""The web app through FastAPI's test client: pages, JSON API, and each safety promise of issue 5.

The index is built once from the bundled corpus plus a small hostile folder
(markup in text and metadata, a symlink leading out of the folder), so every
safety test runs against what ingest really stores.
"""

from __future__ import annotations

import asyncio
import os
import re
from pathlib import Path
from urllib.parse import quote as url_quote

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

from archive.citation import cite
from archive.pipeline import ingest
from archive.store.search import Archive, QuoteFilters
from archive.web.app import create_app, marked_text

REPO = Path(__file__).resolve().parent.parent
ARCHITECTURE_KEYS = {
    "id", "text", "kind", "speaker", "speaker_title", "organization", "cue", "doc", "doc_title", "doc_date",
    "doc_kind", "start", "end", "page", "paragraph", "context", "topics", "confidence",
}
EVIL_STATEMENT = """Title: <script>alert("title")</script> Statement of Jane Doe
Speaker: Jane Doe
Role: spokeswoman
Organization: <img src=x onerror=alert(2)> Agency

“Markup such as <script>alert(1)</script> must reach the reader as text, not as code,” said Jane Doe, a spokeswoman for the Example Agency.
"""
EVIL_PAGE = """<!doctype html><html><head><title>Saved page &lt;b&gt;</title></head><body><article>
<h1>Saved page</h1><p>“A saved web page keeps its own scripts, and they must never run on our origin,” said Jane Doe,
a spokeswoman for the Example Agency, in a long enough paragraph for the extractor to keep it as main text.</p>
<script>document.title = "pwned"</script></article></body></html>
"""
SECRET = "root:x:0:0:secret-outside-the-corpus"


@pytest.fixture(scope="session")
def hostile(tmp_path_factory) -> Path:
    """A second ingest root: markup in text and metadata, and symlinks in and out of the folder."""
    base = tmp_path_factory.mktemp("web")
    outside = base / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET + "\n", encoding="utf-8")
    root = base / "hostile"
    (root / "web").mkdir(parents=True)
    (root / "web" / "evil.txt").write_text(EVIL_STATEMENT, encoding="utf-8")
    (root / "web" / "saved.html").write_text(EVIL_PAGE, encoding="utf-8")
    (root / "web" / "inside.txt").write_text("Speaker: Ann Other\n\nA plain statement kept inside the folder.\n", encoding="utf-8")
    os.symlink(root / "web" / "inside.txt", root / "web" / "alias.txt")  # a link that stays inside: served
    os.symlink(outside / "secret.txt", root / "web" / "leak.txt")  # a link that escapes: never served
    return root


@pytest.fixture(scope="session")
def archive(tmp_path_factory, hostile) -> Archive:
    index = tmp_path_factory.mktemp("index")
    report = ingest([REPO / "corpus", hostile], index, jobs=1)
    assert not report.failed, report.failed
    opened = Archive(index)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def client(archive) -> TestClient:
    return TestClient(create_app(archive))


def police_records(archive: Archive) -> list[dict]:
    records = [hit.record for hit in archive.quotes(QuoteFilters("police"), page_size=100).hits]
    assert records, "the corpus should hold quotes about the police"
    return records


def asgi_get(app, raw_path: str) -> tuple[int, bytes]:
    """A GET with the path exactly as given (clients normalise `..` away before sending)."""
    path, _, query = raw_path.partition("?")
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
        "path": path, "raw_path": path.encode("latin-1"), "query_string": query.encode("latin-1"), "root_path": "",
        "headers": [(b"host", b"testserver")], "client": ("127.0.0.1", 1), "server": ("testserver", 80),
    }
    sent: list[dict] = []
    requested = []

    async def receive():
        if not requested:
            requested.append(True)
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.sleep(3600)  # the client stays connected until the response is sent

    async def send(message):
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    return status, b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


# ---------------------------------------------------------------------------- the JSON API


def test_api_quotes_gives_architecture_records_from_the_shared_search(client, archive):
    response = client.get("/api/quotes", params={"q": "police", "page_size": 100})
    assert response.status_code == 200
    body = response.json()
    expected = police_records(archive)
    assert [r["id"] for r in body["quotes"]] == [r["id"] for r in expected]
    assert body["total"] == len(expected)
    for record in body["quotes"]:
        assert ARCHITECTURE_KEYS <= set(record), ARCHITECTURE_KEYS - set(record)
    assert {"speaker", "organization", "topic", "doc_kind", "year"} <= set(body["facets"])


@pytest.mark.parametrize(
    "params, filters",
    [
        ({"type": "statement"}, QuoteFilters(doc_type="statement")),
        ({"kind": "direct"}, QuoteFilters(kind="direct")),
        ({"topic": "public-safety"}, QuoteFilters(topic="public-safety")),
        ({"speaker": "bratton"}, QuoteFilters(speaker="bratton")),
        ({"org": "We Count"}, QuoteFilters(org="We Count")),
        ({"q": "police", "type": "press"}, QuoteFilters("police", doc_type="press")),
        ({"since": "2000", "until": "2030-12"}, QuoteFilters(since="2000", until="2030-12")),
    ],
)
def test_api_quotes_passes_each_url_filter_to_the_search_layer(client, archive, params, filters):
    body = client.get("/api/quotes", params={**params, "page_size": 100}).json()
    direct = archive.quotes(filters, page_size=100)
    assert [r["id"] for r in body["quotes"]] == [hit.record["id"] for hit in direct.hits]
    assert body["total"] == direct.total


def test_api_quotes_pages_through_every_result_once(client):
    first = client.get("/api/quotes", params={"page_size": 5}).json()
    assert first["total"] > 5 and first["pages"] == -(-first["total"] // 5)
    seen = []
    for page in range(1, first["pages"] + 1):
        seen += [r["id"] for r in client.get("/api/quotes", params={"page_size": 5, "page": page}).json()["quotes"]]
    assert len(seen) == len(set(seen)) == first["total"]


def test_api_one_quote_with_its_citation(client, archive):
    record = police_records(archive)[0]
    body = client.get(f"/api/quotes/{record['id']}").json()
    assert body["text"] == record["text"]
    assert body["citation"] == cite(record)


def test_api_documents_search_and_one_document_without_server_paths(client, archive):
    body = client.get("/api/documents", params={"q": "police"}).json()
    assert body["total"] >= 1
    assert all("snippet" in d and d["file_url"].startswith("/files/") for d in body["documents"])
    doc = client.get("/api/documents/statements/ron-hampton.txt").json()
    assert doc["quotes"] and all(doc["text"][q["start"] : q["end"]] == q["text"] for q in doc["quotes"])
    assert "source" not in doc and "root" not in doc
    assert str(REPO) not in client.get("/api/documents/statements/ron-hampton.txt").text


def test_api_listings_match_the_search_layer(client, archive):
    speakers = client.get("/api/speakers").json()["speakers"]
    assert [s["name"] for s in speakers] == [s["name"] for s in archive.speakers()]
    orgs = client.get("/api/orgs").json()["organizations"]
    assert [o["organization"] for o in orgs] == [name for name, _ in archive.organizations() if name]
    topics = client.get("/api/topics").json()["topics"]
    assert [t["topic"] for t in topics] == [t["topic"] for t in archive.topics()]
    name = speakers[0]["name"]
    assert client.get("/api/speakers/" + url_quote(name, safe="")).json()["name"] == name


def test_openapi_describes_only_get_routes_with_bounds(client):
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    methods = {method for operations in spec["paths"].values() for method in operations}
    assert methods == {"get"}
    parameters = {p["name"]: p["schema"] for p in spec["paths"]["/api/quotes"]["get"]["parameters"]}
    assert parameters["q"]["maxLength"] == 500
    assert parameters["page_size"]["maximum"] == 100
    assert {"q", "speaker", "org", "topic", "kind", "type", "since", "until", "page"} <= set(parameters)


# ---------------------------------------------------------------------------- pages


def test_search_page_cards_facets_and_citations(client, archive):
    html = client.get("/", params={"q": "police"}).text
    assert '<meta name="viewport"' in html
    assert '<label for="q">' in html and '<label for="speaker">' in html and '<label for="since">' in html
    records = police_records(archive)
    for record in records:
        assert str(escape(cite(record))) in html  # the citation to copy, as selectable text
        assert f'href="/documents/{url_quote(record["doc"], safe="/")}?quote={record["id"]}#q-{record["id"]}"' in html
    facet_hrefs = re.findall(r'<aside class="facets".*?</aside>', html, re.S)[0]
    assert "/?q=police&amp;speaker=" in facet_hrefs and "/?q=police&amp;type=" in facet_hrefs


def test_facet_link_narrows_to_that_speaker(client, archive):
    facets = archive.quotes(QuoteFilters("police")).facets["speaker"]
    name, count = facets[0]
    html = client.get("/", params={"q": "police", "speaker": name}).text
    total = archive.quotes(QuoteFilters("police", speaker=name)).total
    assert 0 < total <= len(police_records(archive))
    assert f"<strong>{total}</strong> quote" in html
    assert len(re.findall(r'<article class="card', html)) == min(total, 20)
    assert f"speaker: {escape(name)}" in html  # shown as an active, removable filter


def test_pagination_links_keep_the_filters(client):
    html = client.get("/", params={"page_size": 5, "type": "press"}).text
    assert 'rel="next" href="/?type=press&amp;page_size=5&amp;page=2"' in html
    second = client.get("/", params={"page_size": 5, "type": "press", "page": 2}).text
    assert 'rel="prev" href="/?type=press&amp;page_size=5"' in second


def test_did_you_mean_links_to_the_speaker(client, archive):
    name = next(s["name"] for s in archive.speakers() if len(s["name"]) >= 8 and " " in s["name"])
    typo = name[:-2] + name[-1] + name[-2]
    html = client.get("/", params={"speaker": typo}).text
    assert "Did you mean" in html
    assert f'class="suggestion" href="/?speaker={url_quote(name, safe="").replace("%20", "+")}"' in html.replace("&amp;", "&")


def test_document_page_marks_every_quote_and_the_chosen_one(client, archive):
    doc = archive.document("press/immigrant-advocates-demand-end-of-secure-communities.html")
    chosen = doc["quotes"][len(doc["quotes"]) // 2]
    html = client.get(f"/documents/{doc['doc']}", params={"quote": chosen["id"]}).text
    for quote in doc["quotes"]:
        assert f'id="q-{quote["id"]}"' in html
    assert re.search(rf'<mark id="q-{chosen["id"]}" class="quote chosen"', html)
    assert f'href="/files/{doc["doc"]}"' in html
    assert str(escape(cite(chosen))) in html


def test_speaker_org_and_topic_pages(client, archive):
    speaker = archive.speakers()[0]
    html = client.get("/speakers/" + url_quote(speaker["name"], safe="")).text
    assert f"<h1>{escape(speaker['name'])}</h1>" in html and '<article class="card' in html
    org = next(name for name, _ in archive.organizations() if name)
    assert client.get("/orgs/" + url_quote(org, safe="")).status_code == 200
    topic = archive.topics()[0]
    page = client.get("/topics/" + url_quote(topic["topic"], safe=""))
    assert page.status_code == 200 and f"<h1>{escape(topic['label'])}</h1>" in page.text
    for listing in ("/speakers", "/orgs", "/topics", "/documents", "/documents?q=police"):
        assert client.get(listing).status_code == 200


def test_quote_permalink_redirects_into_its_document(client, archive):
    record = police_records(archive)[0]
    response = client.get(f"/quotes/{record['id']}", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].endswith(f"?quote={record['id']}#q-{record['id']}")


def test_marked_text_keeps_an_anchor_for_nested_and_overlapping_quotes():
    text = "a <b> 'one' two three four"
    quotes = [
        {"id": "outer", "start": 2, "end": 20, "speaker": "X"},
        {"id": "inner", "start": 6, "end": 11, "speaker": "Y"},
        {"id": "same", "start": 2, "end": 5, "speaker": None},
        {"id": "tail", "start": 16, "end": 26, "speaker": "Z"},
    ]
    html = str(marked_text(text, quotes, chosen="inner"))
    for ident in ("outer", "inner", "same", "tail"):
        assert html.count(f'id="q-{ident}"') == 1
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'") == text
    assert 'id="q-inner" class="quote chosen"' in html


# ---------------------------------------------------------------------------- safety: escaping


def test_script_in_document_text_and_metadata_is_shown_as_text(client, archive):
    doc = archive.document("web/evil.txt")
    assert doc and "<script>alert(1)</script>" in doc["text"]
    pages = [client.get("/documents/web/evil.txt").text, client.get("/documents", params={"q": "markup"}).text]
    quotes = [q for q in doc["quotes"] if "<script>" in q["text"]]
    assert quotes, "the quote holding the markup should have been found"
    pages.append(client.get(f"/documents/web/evil.txt?quote={quotes[0]['id']}").text)
    pages.append(client.get("/", params={"q": "markup"}).text)
    for html in pages:
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in pages[0]  # the title, from the metadata
    assert "<script" not in pages[0].replace('<script src="/static/copy.js" defer></script>', "")


def test_pages_carry_a_strict_content_security_policy(client):
    response = client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_original_files_with_markup_cannot_run_on_our_origin(client):
    page = client.get("/files/web/saved.html")
    assert page.status_code == 200
    assert page.headers["content-security-policy"].startswith("sandbox")
    text = client.get("/files/web/evil.txt")
    assert text.headers["content-type"] == "text/plain; charset=utf-8"
    assert text.headers["content-security-policy"].startswith("sandbox")
    assert text.headers["x-content-type-options"] == "nosniff"


# ---------------------------------------------------------------------------- safety: files


def test_original_file_is_served_from_inside_the_corpus(client):
    response = client.get("/files/statements/ron-hampton.txt")
    assert response.status_code == 200
    assert response.content == (REPO / "corpus" / "statements" / "ron-hampton.txt").read_bytes()
    pdf = client.get("/files/reports/restoring-community-excerpts.pdf")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert client.get("/files/web/alias.txt").status_code == 200  # a symlink that stays inside its root


@pytest.mark.parametrize(
    "path",
    [
        "/files/..%2F..%2F..%2Fetc%2Fpasswd",
        "/files/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/files/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
        "/files/statements/..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "/files/%2Fetc%2Fpasswd",
        "/files//etc/passwd",
        "/files/statements%00.txt",
        "/files/topics.toml",  # inside the root, but not a document: not served either
    ],
)
def test_path_traversal_is_refused(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text and "Traceback" not in response.text


@pytest.mark.parametrize("raw", ["/files/../../../../etc/passwd", "/files/statements/../../../../../etc/passwd", "/files/./../etc/passwd"])
def test_raw_dot_dot_paths_are_refused(client, raw):
    status, body = asgi_get(client.app, raw)
    assert status == 404 and b"root:" not in body


def test_symlink_out_of_the_corpus_is_refused(client, archive):
    assert archive.document("web/leak.txt") is not None  # ingest read it; the file route must still refuse it
    response = client.get("/files/web/leak.txt")
    assert response.status_code == 404
    assert SECRET not in response.text


# ---------------------------------------------------------------------------- safety: bounds


def test_page_size_and_page_are_bounded(client):
    assert client.get("/api/quotes", params={"page_size": 100}).status_code == 200
    for params in ({"page_size": 101}, {"page_size": 0}, {"page": 0}, {"page": 1001}, {"page": "x"}):
        response = client.get("/api/quotes", params=params)
        assert response.status_code == 422, params
        assert "error" in response.json()
    page = client.get("/", params={"page_size": 1000})
    assert page.status_code == 400 and "page_size" in page.text and "<h1>Bad request</h1>" in page.text


def test_query_length_is_bounded(client):
    assert client.get("/api/quotes", params={"q": ("police " * 72)[:500]}).status_code == 200
    too_long = "police " * 72  # 504 characters
    response = client.get("/api/quotes", params={"q": too_long})
    assert response.status_code == 422 and "q:" in response.json()["error"]
    for name in ("speaker", "org", "topic"):
        assert client.get("/api/quotes", params={name: "x" * 201}).status_code == 422
    page = client.get("/", params={"q": too_long})
    assert page.status_code == 400 and "Traceback" not in page.text and 'role="alert"' in page.text


# ---------------------------------------------------------------------------- safety: read-only


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("path", ["/", "/api/quotes", "/api/topics", "/documents/statements/ron-hampton.txt", "/files/statements/ron-hampton.txt", "/static/style.css"])
def test_only_get_is_answered(client, method, path):
    response = client.request(method, path)
    assert response.status_code == 405
    assert "Traceback" not in response.text


def test_read_only_error_is_json_on_the_api(client):
    response = client.post("/api/quotes", json={"q": "police"})
    assert response.status_code == 405 and response.json()["error"].startswith("This archive is read-only")
    assert "GET" in response.headers["allow"]


# ---------------------------------------------------------------------------- friendly errors


@pytest.mark.parametrize("path", ["/nope", "/documents/no/such.txt", "/speakers/Nobody%20Whatsoever%20Qzx", "/topics/no-such-topic", "/quotes/0000", "/orgs/Qzx%20Nonexistent"])
def test_not_found_pages_are_friendly(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "Back to the quote search" in response.text and "Traceback" not in response.text


@pytest.mark.parametrize("path", ["/api/nope", "/api/documents/no/such.txt", "/api/quotes/0000", "/api/speakers/Nobody%20Qzx"])
def test_not_found_is_json_on_the_api(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["status"] == 404 and response.json()["error"]


def test_bad_query_is_a_400_with_the_reason(client):
    api = client.get("/api/quotes", params={"q": '"unbalanced'})
    assert api.status_code == 400 and "quotation mark" in api.json()["error"]
    assert client.get("/api/quotes", params={"since": "2011-13-45"}).status_code == 400
    page = client.get("/", params={"q": "(police"})
    assert page.status_code == 400 and "parenthesis" in page.text
    assert 'value="(police"' in page.text  # the form keeps the query so it can be fixed


def test_a_server_error_is_a_friendly_page_not_a_traceback(archive):
    class Broken:
        def __getattr__(self, name):
            def fail(*args, **kwargs):
                raise RuntimeError("disk on fire /secret/path")
            return fail

    broken = TestClient(create_app(Broken()), raise_server_exceptions=False)
    page = broken.get("/")
    assert page.status_code == 500 and "Something went wrong" in page.text
    assert "Traceback" not in page.text and "/secret/path" not in page.text
    api = broken.get("/api/quotes")
    assert api.status_code == 500 and api.json() == {"error": "Something went wrong on the server; the error has been logged.", "status": 500}


def test_indirect_speech_is_shown_as_a_paraphrase_not_in_quotation_marks(client, archive):
    indirect = archive.quotes(QuoteFilters(kind="indirect"), page_size=1).hits[0].record
    page = client.get("/", params={"kind": "indirect", "page_size": 1}).text
    assert "Paraphrase:" in page
    assert f"“{indirect['text'][:40]}" not in page.replace("&#34;", '"')
    direct = archive.quotes(QuoteFilters(kind="direct"), page_size=1).hits[0].record
    assert "Paraphrase:" not in client.get("/", params={"kind": "direct", "page_size": 1}).text
    assert direct["text"][:20] in client.get("/", params={"kind": "direct", "page_size": 1}).text
