"""`archive serve`: search pages and a JSON API over one opened `Archive`.

The layer is thin on purpose: every answer comes from `archive.store.search`
(the functions the CLI calls) and every citation from `archive.citation.cite`.
What lives here is what a server owes its readers: bounded inputs, escaped
output, GET-only routes, original files served from inside their ingest root
only, and errors as friendly pages or JSON with the right status, never a traceback.
"""

from __future__ import annotations

import logging
import mimetypes
import os
import threading
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path as FilePath
from typing import Annotated, Any
from urllib.parse import quote as url_quote
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException

from archive.citation import cite
from archive.model import QUOTE_KINDS
from archive.store.search import (
    DOC_KIND_ALIASES,
    MAX_QUERY_LENGTH,
    Archive,
    Fragments,
    IndexMissing,
    QuoteFilters,
    QuerySyntaxError,
    Results,
    SearchError,
)

HERE = FilePath(__file__).resolve().parent
log = logging.getLogger("archive.web")

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_PAGE = 1000  # the index collects page * page_size hits, so deep pages cost memory: bound them
MAX_NAME_LENGTH = 200
DATE_PATTERN = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
KIND_PATTERN = "^(|" + "|".join(QUOTE_KINDS) + ")$"
TYPE_PATTERN = "^(|" + "|".join(sorted(DOC_KIND_ALIASES)) + ")$"
DOC_KINDS = ("press", "report", "statement")

#: Our own pages load nothing from elsewhere and run only our one script.
PAGE_CSP = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
#: A saved web page from the corpus is shown as the reporter saved it, but cannot run script or call home.
SANDBOX_CSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'"

FACETS = (  # (facet name in Results, heading, URL parameter)
    ("speaker", "Speaker", "speaker"),
    ("organization", "Organization", "org"),
    ("topic", "Topic", "topic"),
    ("doc_kind", "Document kind", "type"),
    ("year", "Year", "year"),
)
STATUS_TITLES = {400: "Bad request", 404: "Not found", 405: "Read-only", 422: "Bad request", 500: "Server error", 503: "No index"}


# ---------------------------------------------------------------------------- inputs


def quote_filters(
    q: Annotated[str, Query(max_length=MAX_QUERY_LENGTH, description='Free text: words, "phrases", AND/OR/NOT, prefix*, field:value.')] = "",
    speaker: Annotated[str, Query(max_length=MAX_NAME_LENGTH, description="Speaker's name or any part of it (e.g. bratton).")] = "",
    org: Annotated[str, Query(max_length=MAX_NAME_LENGTH, description="Organization (e.g. We Count).")] = "",
    topic: Annotated[str, Query(max_length=MAX_NAME_LENGTH, description="Topic slug or key phrase (see /api/topics).")] = "",
    kind: Annotated[str, Query(pattern=KIND_PATTERN, description="Kind of quotation: " + ", ".join(QUOTE_KINDS) + ".")] = "",
    doc_type: Annotated[str, Query(alias="type", pattern=TYPE_PATTERN, description="Kind of document: press, report or statement.")] = "",
    since: Annotated[str, Query(pattern=DATE_PATTERN, description="Documents dated on or after (YYYY[-MM[-DD]]).")] = "",
    until: Annotated[str, Query(pattern=DATE_PATTERN, description="Documents dated on or before (YYYY[-MM[-DD]]).")] = "",
) -> QuoteFilters:
    """The URL's filters as the search layer's `QuoteFilters` (an empty form field means no filter)."""
    return QuoteFilters(
        q.strip(), speaker.strip() or None, org.strip() or None, topic.strip() or None,
        kind or None, doc_type or None, since or None, until or None,
    )


@dataclass
class DocumentFilters:
    """The document search's URL parameters, shared by the page and the API."""

    q: str = ""
    doc_type: str | None = None
    since: str | None = None
    until: str | None = None

    def params(self) -> dict[str, str]:
        return {k: v for k, v in {"q": self.q, "type": self.doc_type, "since": self.since, "until": self.until}.items() if v}


def document_filters(
    q: Annotated[str, Query(max_length=MAX_QUERY_LENGTH)] = "",
    doc_type: Annotated[str, Query(alias="type", pattern=TYPE_PATTERN)] = "",
    since: Annotated[str, Query(pattern=DATE_PATTERN)] = "",
    until: Annotated[str, Query(pattern=DATE_PATTERN)] = "",
) -> DocumentFilters:
    return DocumentFilters(q.strip(), doc_type or None, since or None, until or None)


def paging(
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
    page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = PAGE_SIZE,
) -> tuple[int, int]:
    return page, page_size


Filters = Annotated[QuoteFilters, Depends(quote_filters)]
Paging = Annotated[tuple[int, int], Depends(paging)]
DocFilters = Annotated[DocumentFilters, Depends(document_filters)]
Name = Annotated[str, Path(max_length=MAX_NAME_LENGTH)]
DocPath = Annotated[str, Path(max_length=1000)]


def filter_params(filters: QuoteFilters) -> dict[str, str]:
    """The filters back as URL parameters, for links that keep the reader's search."""
    pairs = {
        "q": filters.query, "speaker": filters.speaker, "org": filters.org, "topic": filters.topic,
        "kind": filters.kind, "type": filters.doc_type, "since": filters.since, "until": filters.until,
    }
    return {key: value for key, value in pairs.items() if value}


# ---------------------------------------------------------------------------- output helpers


def link(path: str, params: dict[str, Any] | None = None, **changes: Any) -> str:
    """`path?params` with `changes` applied; empty values and page 1 are dropped so URLs stay short."""
    merged = {**(params or {}), **changes}  # `params` never hold the page: a new filter starts on page 1
    items = [(key, value) for key, value in merged.items() if value not in (None, "") and not (key == "page" and value == 1)]
    return path + ("?" + urlencode(items) if items else "")


def facet_link(params: dict[str, str], facet: str, value: str) -> str:
    if facet == "year":
        return link("/", params, since=value, until=value)
    parameter = next(p for name, _, p in FACETS if name == facet)
    return link("/", params, **{parameter: value})


def facet_active(params: dict[str, str], facet: str, value: str) -> bool:
    if facet == "year":
        return params.get("since") == value and params.get("until") == value
    parameter = next(p for name, _, p in FACETS if name == facet)
    return (params.get(parameter) or "").casefold() == str(value).casefold()


def doc_url(doc: str, quote_id: str | None = None) -> str:
    """The document page, scrolled to (and emphasizing) one quote when given."""
    url = "/documents/" + url_quote(doc, safe="/")
    if quote_id:
        url += "?" + urlencode({"quote": quote_id}) + "#q-" + url_quote(quote_id, safe="")
    return url


def name_url(prefix: str, name: str) -> str:
    return prefix + url_quote(name, safe="")


def location(record: dict) -> str:
    if record.get("page"):
        return f"page {record['page']}"
    if record.get("paragraph"):
        return f"paragraph {record['paragraph']}"
    return ""


def fragments_html(fragments: Fragments) -> Markup:
    """Highlight fragments from the search layer as escaped text with <mark> around the matches."""
    return Markup("").join(Markup("<mark>{}</mark>").format(text) if matched else escape(text) for text, matched in fragments)


def marked_text(text: str, quotes: list[dict], chosen: str | None = None, pages: list[dict] | None = None) -> Markup:
    """The document text, escaped, with every quote as <mark id="q-ID"> and page starts marked.

    Quotes may overlap or nest, so the text is cut at every quote and page
    boundary; each piece covered by quotes is one <mark>, the piece where a quote
    starts carries its id (an extra anchor when two quotes start together), so
    every #q-ID link lands.
    """
    bounds = {0, len(text)}
    for quote in quotes:
        bounds.update((max(0, min(quote["start"], len(text))), max(0, min(quote["end"], len(text)))))
    page_starts = {}
    for page in pages or []:
        if 0 < page["start"] < len(text):
            page_starts[page["start"]] = page["number"]
            bounds.add(page["start"])
    cuts = sorted(bounds)
    starting: dict[int, list[dict]] = {}
    for quote in sorted(quotes, key=lambda q: (q["start"], -q["end"])):
        starting.setdefault(quote["start"], []).append(quote)
    out: list[Markup] = []
    for left, right in zip(cuts, cuts[1:]):
        if left in page_starts:
            out.append(Markup('<span class="page-break" aria-label="page {0}">page {0}</span>').format(page_starts[left]))
        piece = escape(text[left:right])
        covering = [q for q in quotes if q["start"] <= left and right <= q["end"]]
        if not covering:
            out.append(piece)
            continue
        first, *others = starting.get(left, []) or [None]
        for extra in others:
            out.append(Markup('<span class="anchor" id="q-{}"></span>').format(extra["id"]))
        classes = "quote" + (" chosen" if chosen and any(q["id"] == chosen for q in covering) else "")
        speakers = ", ".join(dict.fromkeys(q.get("speaker") or "unattributed" for q in covering))
        ident = Markup(' id="q-{}"').format(first["id"]) if first else Markup("")
        out.append(Markup('<mark{} class="{}" title="{}">{}</mark>').format(ident, classes, speakers, piece))
    return Markup("").join(out)


def public_document(record: dict) -> dict:
    """A document record without the server's absolute paths; the original file by its URL instead."""
    shown = {key: value for key, value in record.items() if key not in ("source", "root", "passages")}
    known_missing = "source" in record and not record["source"]  # search hits do not say; the file route decides
    shown["file_url"] = None if known_missing else "/files/" + url_quote(record["doc"], safe="/")
    return shown


def original_path(archive: Archive, path: str) -> str | None:
    """The real path of an indexed document's file, only if it lies inside the document's ingest root.

    Only indexed documents are served (so `..` and encoded variants find
    nothing), and the real path is checked after resolving symlinks, so a link
    inside the corpus pointing elsewhere is refused too.
    """
    if not path or "\x00" in path:
        return None
    record = archive.document(path)
    if not record or not record.get("source") or not record.get("root"):
        return None
    root = os.path.realpath(record["root"])
    real = os.path.realpath(record["source"])
    if real != root and not real.startswith(root.rstrip(os.sep) + os.sep):
        return None
    return real if os.path.isfile(real) else None


def file_response(real: str) -> Response:
    """Show what a browser can show safely, inline; offer anything else as a download."""
    media_type = mimetypes.guess_type(real)[0] or "application/octet-stream"
    headers = {"Cache-Control": "no-cache"}
    disposition = "inline"
    if media_type in ("text/html", "application/xhtml+xml", "image/svg+xml"):
        headers["Content-Security-Policy"] = SANDBOX_CSP
    elif media_type.startswith("text/"):
        with open(real, "rb") as handle:
            head = handle.read(1 << 20)
        try:
            head.decode("utf-8")
            charset = "utf-8"
        except UnicodeDecodeError as error:  # a multibyte character cut at the 1 MB mark is still UTF-8
            charset = "utf-8" if error.start >= len(head) - 3 else "windows-1252"
        media_type = f"text/plain; charset={charset}"
        headers["Content-Security-Policy"] = SANDBOX_CSP
    elif media_type != "application/pdf":  # Chromium's PDF viewer refuses a sandboxed page; PDFs run no page script
        media_type, disposition = "application/octet-stream", "attachment"
    return FileResponse(real, media_type=media_type, headers=headers, filename=os.path.basename(real), content_disposition_type=disposition)


class SecurityHeaders:
    """Headers for every response: no MIME sniffing, no framing, no referrer leaking what a reporter searched."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("X-Frame-Options", "DENY")
                headers.setdefault("Referrer-Policy", "no-referrer")
            await send(message)

        await self.app(scope, receive, send_with_headers)


# ---------------------------------------------------------------------------- the app


def create_app(archive: Archive) -> FastAPI:
    """The web app over an opened archive (opened once by `archive serve`, shared by all requests)."""

    def warm_up() -> None:
        """Build the search layer's facet and count caches (seconds on a large index) before the first reader waits."""
        try:
            topic_labels()
        except Exception:
            log.exception("warming the archive's caches failed; the first search will build them")

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        threading.Thread(target=warm_up, name="archive-warm-up", daemon=True).start()
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="archive",
        summary="Attributed quotations in a story's documents: who said what, where.",
        description=(
            "Read-only JSON API beside the search pages. Quote records have the shape of the CLI's "
            "`--json` output. Query text is at most 500 characters, pages at most 100 records."
        ),
        version="0.1.0",
        docs_url="/docs",
        redoc_url=None,
    )
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    label_cache: dict[str, Any] = {"at": 0.0, "labels": {}}

    def topic_labels() -> dict[str, str]:
        """Topic slug -> label; cached for a minute, since the listing counts every quote."""
        if time.monotonic() - label_cache["at"] > 60:
            label_cache["labels"] = {t["topic"]: t["label"] for t in archive.topics()}
            label_cache["at"] = time.monotonic()
        return label_cache["labels"]

    env.filters.update(cite=cite, fragments=fragments_html)
    env.globals.update(
        link=link, facet_link=facet_link, facet_active=facet_active, doc_url=doc_url, location=location,
        speaker_url=lambda name: name_url("/speakers/", name), org_url=lambda name: name_url("/orgs/", name),
        topic_url=lambda slug: name_url("/topics/", slug), topic_label=lambda slug: topic_labels().get(slug, slug),
        FACETS=FACETS, QUOTE_KINDS=QUOTE_KINDS, DOC_KINDS=DOC_KINDS, MAX_QUERY_LENGTH=MAX_QUERY_LENGTH,
    )

    def render(template: str, status_code: int = 200, headers: dict | None = None, /, **context) -> HTMLResponse:
        html = env.get_template(template).render(**context)
        return HTMLResponse(html, status_code=status_code, headers={**(headers or {}), "Content-Security-Policy": PAGE_CSP})

    def is_api(request: Request) -> bool:
        return request.url.path == "/api" or request.url.path.startswith("/api/")

    def error(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
        if is_api(request):
            return JSONResponse({"error": message, "status": status}, status_code=status, headers=headers)
        return render("error.html", status, headers, status=status, title=STATUS_TITLES.get(status, "Error"), message=message)

    # -- errors: one line for the reader, the right status, never a traceback ----------------

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and message == "Not Found":
            message = f"Nothing here: {request.url.path}"
        elif exc.status_code == 405:
            message = "This archive is read-only: only GET requests are answered."
        return error(request, exc.status_code, message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        problems = []
        for problem in exc.errors():
            where = ".".join(str(part) for part in problem.get("loc", ())[1:]) or "request"
            problems.append(f"{where}: {problem.get('msg', 'invalid')}")
        return error(request, 422 if is_api(request) else 400, "; ".join(problems))

    @app.exception_handler(SearchError)
    async def search_error(request: Request, exc: SearchError):
        status = 400 if isinstance(exc, QuerySyntaxError) else 503 if isinstance(exc, IndexMissing) else 500
        return error(request, status, str(exc))

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return error(request, 500, "Something went wrong on the server; the error has been logged.")

    # -- pages ------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(filters: Filters, pages: Paging):
        """The search page: a failed query re-renders the form with the reason, so it can be fixed."""
        params = filter_params(filters)
        if pages[1] != PAGE_SIZE:
            params["page_size"] = str(pages[1])
        results, problem = None, None
        try:
            results = archive.quotes(filters, page=pages[0], page_size=pages[1])
        except QuerySyntaxError as exc:
            problem = str(exc)
        return render("search.html", 400 if problem else 200, params=params, results=results, problem=problem)

    @app.get("/quotes/{quote_id}", include_in_schema=False)
    def quote_permalink(quote_id: Name):
        """A short link to a quote: its place in its document."""
        record = archive.quote(quote_id)
        if record is None:
            raise HTTPException(404, f"No quote {quote_id} in the archive.")
        return RedirectResponse(doc_url(record["doc"], record["id"]), status_code=303)

    @app.get("/speakers", response_class=HTMLResponse, include_in_schema=False)
    def speakers_page(org: Annotated[str, Query(max_length=MAX_NAME_LENGTH)] = ""):
        return render("speakers.html", speakers=archive.speakers(org=org.strip() or None), org=org.strip())

    @app.get("/speakers/{name:path}", response_class=HTMLResponse, include_in_schema=False)
    def speaker_page(name: Name, pages: Paging):
        profile = archive.speaker_profile(name)
        if profile is None:
            raise HTTPException(404, f"No speaker called “{name}” in the archive.")
        results = archive.quotes(QuoteFilters(speaker=profile["name"]), page=pages[0], page_size=pages[1], facets=False)
        return render("speaker.html", profile=profile, results=results, here=name_url("/speakers/", name))

    @app.get("/orgs", response_class=HTMLResponse, include_in_schema=False)
    def orgs_page():
        return render("orgs.html", orgs=[(name, count) for name, count in archive.organizations() if name])

    @app.get("/orgs/{name:path}", response_class=HTMLResponse, include_in_schema=False)
    def org_page(name: Name, pages: Paging):
        results = archive.quotes(QuoteFilters(org=name), page=pages[0], page_size=pages[1], facets=True)
        speakers = archive.speakers(org=name)
        if not results.total and not speakers:
            raise HTTPException(404, f"No organization called “{name}” in the archive.")
        return render("org.html", name=name, speakers=speakers, results=results, here=name_url("/orgs/", name))

    @app.get("/topics", response_class=HTMLResponse, include_in_schema=False)
    def topics_page():
        return render("topics.html", topics=[t for t in archive.topics() if t["quote_count"]])

    @app.get("/topics/{slug}", response_class=HTMLResponse, include_in_schema=False)
    def topic_page(slug: Name, pages: Paging):
        topic = next((t for t in archive.topics() if t["topic"] == slug), None)
        if topic is None:
            raise HTTPException(404, f"No topic “{slug}” in the archive.")
        results = archive.quotes(QuoteFilters(topic=slug), page=pages[0], page_size=pages[1], facets=True)
        return render("topic.html", topic=topic, results=results, here=name_url("/topics/", slug))

    def search_documents(filters: DocumentFilters, pages: tuple[int, int]) -> Results:
        return archive.documents(filters.q, filters.doc_type, filters.since, filters.until, page=pages[0], page_size=pages[1])

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(pages: Paging, filters: DocFilters):
        params = filters.params()
        results, problem = None, None
        try:
            results = search_documents(filters, pages)
        except QuerySyntaxError as exc:
            problem = str(exc)
        return render("documents.html", 400 if problem else 200, params=params, results=results, problem=problem)

    @app.get("/documents/{path:path}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(path: DocPath, quote: Annotated[str, Query(max_length=64)] = ""):
        """The text with every quote marked; `?quote=ID` (linked with #q-ID) is emphasized and scrolled to."""
        record = archive.document(path)
        if record is None:
            raise HTTPException(404, f"No document “{path}” in the archive.")
        chosen = next((q for q in record["quotes"] if q["id"] == quote), None) if quote else None
        body = marked_text(record["text"], record["quotes"], chosen["id"] if chosen else None, record.get("pages"))
        return render("document.html", doc=public_document(record), body=body, chosen=chosen, missing=bool(quote and not chosen))

    @app.get("/files/{path:path}", include_in_schema=False)
    def original_file(path: DocPath):
        real = original_path(archive, path)
        if real is None:
            raise HTTPException(404, f"No original file for “{path}”.")
        return file_response(real)

    # -- JSON API -------------------------------------------------------------------------

    def results_json(results: Results, key: str, records: list[dict]) -> dict:
        return {
            "total": results.total, "page": results.page, "page_size": results.page_size, "pages": results.pages,
            key: records,
            "facets": {name: [{"value": value, "count": count} for value, count in values] for name, values in results.facets.items()},
            "suggestions": results.suggestions, "note": results.note,
        }

    @app.get("/api/quotes", tags=["quotes"], summary="Search quotations with filters and facet counts")
    def api_quotes(filters: Filters, pages: Paging, facets: bool = True) -> JSONResponse:
        results = archive.quotes(filters, page=pages[0], page_size=pages[1], facets=facets)
        return JSONResponse(results_json(results, "quotes", [hit.record for hit in results.hits]))

    @app.get("/api/quotes/{quote_id}", tags=["quotes"], summary="One quote record, with its citation line")
    def api_quote(quote_id: Name) -> JSONResponse:
        record = archive.quote(quote_id)
        if record is None:
            raise HTTPException(404, f"No quote {quote_id} in the archive.")
        return JSONResponse({**record, "citation": cite(record)})

    @app.get("/api/documents", tags=["documents"], summary="Search documents; snippets show where")
    def api_documents(pages: Paging, filters: DocFilters) -> JSONResponse:
        results = search_documents(filters, pages)
        records = []
        for hit in results.hits:
            record = public_document(hit.record)
            record["snippet"] = "".join(text for text, _ in hit.highlight)
            record["matched_pages"] = hit.pages
            records.append(record)
        return JSONResponse(results_json(results, "documents", records))

    @app.get("/api/documents/{path:path}", tags=["documents"], summary="One document: metadata, text and its quotes")
    def api_document(path: DocPath) -> JSONResponse:
        record = archive.document(path)
        if record is None:
            raise HTTPException(404, f"No document “{path}” in the archive.")
        return JSONResponse(public_document(record))

    @app.get("/api/speakers", tags=["speakers"], summary="Speakers with quote counts, most quoted first")
    def api_speakers(org: Annotated[str, Query(max_length=MAX_NAME_LENGTH)] = "") -> JSONResponse:
        return JSONResponse({"speakers": archive.speakers(org=org.strip() or None)})

    @app.get("/api/speakers/{name:path}", tags=["speakers"], summary="One speaker: names, titles and organizations per document")
    def api_speaker(name: Name) -> JSONResponse:
        profile = archive.speaker_profile(name)
        if profile is None:
            raise HTTPException(404, f"No speaker called “{name}” in the archive.")
        return JSONResponse(profile)

    @app.get("/api/orgs", tags=["organizations"], summary="Organizations with quote counts")
    def api_orgs() -> JSONResponse:
        return JSONResponse({"organizations": [{"organization": n, "quote_count": c} for n, c in archive.organizations() if n]})

    @app.get("/api/topics", tags=["topics"], summary="Vocabulary topics, then automatic key phrases, with quote counts")
    def api_topics() -> JSONResponse:
        return JSONResponse({"topics": archive.topics()})

    return app
