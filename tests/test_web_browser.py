"""The reporter's path in a real browser: search "police", filter by a speaker, read the quote, copy the citation.

Debian's chromium is driven by Playwright through `executable_path` (never a
downloaded browser) against uvicorn on a free loopback port; the tests skip
when chromium or Playwright is absent.
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
if not os.access(CHROMIUM, os.X_OK):
    pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright for Python not installed")

import uvicorn  # noqa: E402

from archive.citation import cite  # noqa: E402
from archive.pipeline import ingest  # noqa: E402
from archive.store.search import Archive, QuoteFilters  # noqa: E402
from archive.web.app import create_app  # noqa: E402

expect = sync_api.expect
REPO = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(os.environ.get("ARCHIVE_SCREENSHOTS", "/tmp"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def served(tmp_path_factory):
    """uvicorn on 127.0.0.1 in a background thread, over an index of the bundled corpus."""
    index = tmp_path_factory.mktemp("browser-index")
    ingest([REPO / "corpus"], index, jobs=1)
    archive = Archive(index)
    server = uvicorn.Server(uvicorn.Config(create_app(archive), host="127.0.0.1", port=free_port(), log_level="warning"))
    thread = threading.Thread(target=server.run, name="uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}", archive
    server.should_exit = True
    thread.join(timeout=10)
    archive.close()


@pytest.fixture(scope="session")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def context(browser, served):
    made = browser.new_context(base_url=served[0], permissions=["clipboard-read", "clipboard-write"], viewport={"width": 1280, "height": 900})
    made.set_default_timeout(10_000)
    yield made
    made.close()


def test_search_filter_read_and_copy(context, served):
    _, archive = served
    page = context.new_page()
    page.goto("/")
    page.get_by_label("Search quotations").fill("police")
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url(re.compile(r"/\?q=police"))
    expect(page.locator("article.card").first).to_be_visible()

    speakers = page.locator("aside.facets section").filter(has=page.get_by_role("heading", name="Speaker", exact=True))
    facet = speakers.get_by_role("link").first
    name = facet.inner_text()
    facet.click()
    page.wait_for_url(re.compile(r"speaker="))
    expect(page.locator("ul.active")).to_contain_text(f"speaker: {name}")
    expected = archive.quotes(QuoteFilters("police", speaker=name))
    assert expected.total >= 1
    expect(page.locator("article.card")).to_have_count(min(expected.total, 20))
    record = expected.hits[0].record

    card = page.locator("article.card").first
    card.get_by_role("button", name="Copy citation").click()
    expect(card.get_by_role("status")).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == cite(record)

    card.locator("a.doc").click()
    page.wait_for_url(re.compile(rf"/documents/.+\?quote={record['id']}#q-{record['id']}$"))
    mark = page.locator(f"mark#q-{record['id']}")
    expect(mark).to_be_visible()
    expect(mark).to_be_in_viewport()
    expect(mark).to_have_class(re.compile(r"\bchosen\b"))
    expect(mark).to_contain_text(record["text"][:40])
    colours = page.eval_on_selector_all("mark.quote", "marks => marks.map(m => [m.id, getComputedStyle(m).backgroundColor])")
    chosen_colour = dict(colours)[f"q-{record['id']}"]
    assert all(colour != chosen_colour for ident, colour in colours if ident and ident != f"q-{record['id']}")

    section = page.locator(".chosen-quote")
    expect(section.get_by_label("Citation")).to_have_value(cite(record))
    section.get_by_role("button", name="Copy citation").click()
    expect(section.get_by_role("status")).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == cite(record)

    with page.expect_navigation():
        page.get_by_role("link", name="Open the original file").click()
    assert page.url.endswith("/files/" + record["doc"])


def test_phone_and_desktop_widths(browser, served):
    """One column and no sideways scrolling on a phone; facets beside the results on a desktop."""
    for width, height, name in ((390, 844, "phone"), (1280, 900, "desktop")):
        context = browser.new_context(base_url=served[0], viewport={"width": width, "height": height})
        page = context.new_page()
        page.goto("/?q=police")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        facets, results = page.locator("aside.facets").bounding_box(), page.locator("section.results").bounding_box()
        if name == "phone":
            assert facets["y"] >= results["y"] + results["height"] - 1  # stacked, results first
        else:
            assert facets["x"] + facets["width"] <= results["x"]  # side by side
        page.screenshot(path=str(SCREENSHOTS / f"archive-web-{name}-search.png"))
        page.goto("/documents/reports/restoring-community-excerpts.pdf")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.screenshot(path=str(SCREENSHOTS / f"archive-web-{name}-document.png"))
        context.close()


def test_everything_works_without_javascript(browser, served):
    """Search, filters and reading need no script; the citation is selectable text in a read-only box."""
    context = browser.new_context(base_url=served[0], java_script_enabled=False)
    page = context.new_page()
    page.goto("/")
    page.get_by_label("Search quotations").fill("police")
    page.get_by_label("Search quotations").press("Enter")
    page.wait_for_url(re.compile(r"q=police"))
    card = page.locator("article.card").first
    expect(card).to_be_visible()
    expect(page.get_by_role("button", name="Copy citation")).to_have_count(0)
    box = card.get_by_label("Citation")
    expect(box).to_have_attribute("readonly", "")
    assert box.input_value().startswith("“")
    page.locator("summary", has_text="Filters").click()
    page.get_by_label("Document kind").select_option("statement")
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url(re.compile(r"type=statement"))
    expect(page.locator("ul.active")).to_contain_text("document kind: statement")
    card.locator("a.doc").click()
    page.wait_for_url(re.compile(r"#q-"))
    expect(page.locator("mark.chosen").first).to_be_in_viewport()
    context.close()
