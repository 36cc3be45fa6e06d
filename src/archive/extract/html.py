"""Saved web pages: the article's paragraphs, and the page's own metadata.

The main text comes from trafilatura (with favor_recall, without comments),
which measured best on the 64 shared news pages (scripts/eval_html.py), after
our own pruning of in-article widgets it tends to keep (galleries, video
players, share and related boxes). Its output tree keeps <p>, <quote>, <head>
and <list><item>, so paragraphs and block quotes survive as passages, which the
quote engine relies on. On very short pages, where trafilatura can only fall
back to the whole body, a simple density rule over the same tree takes over.

Metadata (title, byline, date, publisher, canonical URL) is read from the lxml
tree: <meta>, Open Graph, JSON-LD, <time>, <link rel=canonical>. Parsing the
page a second time with BeautifulSoup for it would halve the throughput.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlparse

from lxml import etree
from lxml import html as lxml_html

from archive.extract.text import decode_bytes
from archive.model import Document, ExtractionError, build_text

# trafilatura reports pages it discards as warnings; for us that is the fallback's cue, not news.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())

_PARSER = lxml_html.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False
)

CHARSET_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.-]+)["']""", re.IGNORECASE)
# Declared as Latin-1 or ASCII, a page is read as cp1252, as browsers do (WHATWG encoding standard).
CP1252_ALIASES = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252"}
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
SPACES = re.compile(r"\s+")

# In-article widgets that trafilatura keeps. A class/id word is one when its first part names
# a widget ("gallery-item", "vjs-menu", "outbrain-enabled"), or its last of two parts does
# ("type-gallery", "dfp-ad"); a widget's name deep inside a word ("non-ad-column",
# "gigya-share-btns-2_gig_containerParent", which wraps a whole article) does not count.
JUNK_PARTS = frozenset(
    "gallery slideshow carousel share sharing sharebar social related recirc newsletter promo "
    "advert advertisement ad ads dfp sponsored outbrain taboola vjs video-js popup subscribe "
    "signup trending breadcrumb breadcrumbs".split()
)
# Elements that are never article text, for the fallback rules.
NON_TEXT_TAGS = (
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside",
    "form", "button", "select", "iframe", "object", "embed", "figure", "menu",
)  # fmt: skip
# Page chrome, for the fallback rules (trafilatura knows these itself).
CHROME_PARTS = JUNK_PARTS | frozenset(
    "nav navbar navigation menu header masthead footer sidebar comment comments disqus respond cookie "
    "banner".split()
)
# Below this many characters trafilatura's result is its whole-body baseline (its MIN_EXTRACTED_SIZE).
SHORT_TEXT = 250
BLOCK_KINDS = {"p": "p", "blockquote": "blockquote", "li": "li", "pre": "p", "dd": "p", "dt": "p"}
BLOCK_KINDS.update({f"h{level}": "heading" for level in range(1, 7)})

ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "blogposting", "socialmediaposting", "scholarlyarticle", "techarticle", "report",
    "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting",
}  # fmt: skip
BYLINE_XPATH = (
    '//*[contains(concat(" ", translate(@class, "BYLINE", "byline"), " "), "byline")]'
    '[not(ancestor::*[contains(@class, "byline")])]'
)
# Where a byline's name ends: a new line, a bar, a digit, a weekday or a month.
BYLINE_END = re.compile(
    r"\n|\s{2,}|\||\d|\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Updated|Published)\b"
)
TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|:)\s+")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%m/%d/%Y")


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (meta charset, http-equiv, XML declaration)."""
    head = data[:4096]
    match = XML_DECLARATION.match(head) or CHARSET_META.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").strip().lower()
    if name in CP1252_ALIASES:
        return "cp1252"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes) -> str:
    """BOM, then the declared charset, then UTF-8, then cp1252.

    A page that declares a single-byte charset but is valid UTF-8 (with non-ASCII
    bytes) is read as UTF-8: a template's stale meta tag is the common lie, and
    cp1252 text is practically never valid UTF-8 by accident.
    """
    declared = declared_charset(data)
    if declared in ("cp1252", "iso8859-15", "ascii") and not data.isascii():
        try:
            data.decode("utf-8")
            declared = "utf-8"
        except UnicodeDecodeError:
            pass
    return decode_bytes(data, declared)


def parse_html(data: bytes) -> etree._Element:
    text = CONTROL_CHARS.sub("", decode_html(data))
    try:
        tree = lxml_html.document_fromstring(text.encode("utf-8"), parser=_PARSER)
    except (etree.ParserError, ValueError) as error:
        raise ExtractionError(f"unreadable HTML ({error})") from None
    if tree is None:
        raise ExtractionError("unreadable HTML")
    return tree


def clean(text: str | None) -> str:
    return SPACES.sub(" ", INVISIBLE.sub("", text or "")).strip()


# --- metadata -----------------------------------------------------------------------------------


def meta_values(tree) -> dict[str, list[str]]:
    """<meta> contents by lowercased property/name/itemprop, in page order."""
    values: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        content = clean(meta.get("content"))
        if not content:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = (meta.get(attribute) or "").strip().lower()
            if key:
                values.setdefault(key, []).append(content)
    return values


def json_ld_objects(tree) -> list[dict]:
    """Every JSON-LD object on the page, @graph members and nested lists flattened."""
    objects: list[dict] = []

    def collect(node) -> None:
        if isinstance(node, list):
            for item in node:
                collect(item)
        elif isinstance(node, dict):
            objects.append(node)
            if "@graph" in node:
                collect(node["@graph"])

    for script in tree.xpath('//script[contains(translate(@type, "JSONLD", "jsonld"), "ld+json")]'):
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$", "", raw).strip().rstrip(";")
        try:
            collect(json.loads(raw, strict=False))
        except ValueError:
            continue
    return objects


def ld_types(node: dict) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def ld_names(value) -> list[str]:
    """Names from a JSON-LD author/publisher: a string, an object, or a list of either."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return ld_names(name) if name else []
    if isinstance(value, list):
        return [name for item in value for name in ld_names(item)]
    return []


def first(*candidates):
    for candidate in candidates:
        if candidate:
            return candidate
    return None


def clean_title(title: str | None, site: str | None, url: str | None) -> str | None:
    """Drop a " | Site" style suffix (or prefix) when it names the site, or when it plainly is one."""
    title = clean(title)
    if not title:
        return None
    names = {normalize_name(site)} if site else set()
    if url:
        host = urlparse(url).hostname or ""
        names.update(part for part in host.split(".") if len(part) > 3 and part not in ("www", "com"))
    parts = TITLE_SEPARATORS.split(title)
    separators = TITLE_SEPARATORS.findall(title)
    if len(parts) < 2:
        return title

    def is_site(part: str) -> bool:
        key = normalize_name(part)
        return bool(key) and any(name and (name in key or key in name) for name in names)

    while len(parts) > 1 and is_site(parts[-1]):
        parts.pop()
        separators.pop()
    while len(parts) > 1 and is_site(parts[0]):
        parts.pop(0)
        separators.pop(0)
    if len(parts) > 1 and separators[-1].strip() == "|" and len(parts[-1].split()) <= 4:
        # "Headline | Section" or "Headline | Some Site": a bar is not headline punctuation.
        parts.pop()
        separators.pop()
    rebuilt = parts[0]
    for separator, part in zip(separators, parts[1:]):
        rebuilt += separator + part
    return rebuilt


def normalize_name(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (text or "").lower())


def clean_author(value: str | None) -> str | None:
    value = clean(value)
    if not value or value.startswith(("http://", "https://", "www.", "@")) or "/" in value:
        return None
    value = re.sub(r"^by[:\s]+", "", value, flags=re.IGNORECASE).strip()
    return value if 1 < len(value) <= 120 else None


def byline_name(element) -> str | None:
    """The name in a visible byline ("By GILLIAN MOHNEY\n March 11, 2015"): first line, no digits."""
    text = INVISIBLE.sub("", "\n".join(element.itertext())).strip()
    text = re.sub(r"^by[:\s]+", "", text, flags=re.IGNORECASE)
    line = clean(BYLINE_END.split(text, maxsplit=1)[0]).strip(" ,;-–—")
    words = line.split()
    if not 2 <= len(words) <= 6 or line.lower().startswith(("by ", "and ", "updated", "published")):
        return None
    return line


def join_authors(names: list[str]) -> str | None:
    seen: list[str] = []
    for name in names:
        name = clean_author(name)
        if name and name.lower() not in (known.lower() for known in seen):
            seen.append(name)
    return ", ".join(seen) if seen else None


def clean_date(value: str | None) -> str | None:
    """A date as ISO 8601, kept as precise as the source gives it; None when it is no date."""
    value = clean(value)
    if not value or not value[:1].isdigit() and not value[:1].isalpha():
        return None
    if re.match(r"^(?:0\d{3}|1[0-7]\d\d)\b", value):
        return None  # "0001-01-01T00:00:00Z": a CMS's empty date, not a date
    if ISO_DATE.match(value):
        return value.replace(" ", "T", 1) if len(value) > 10 else value
    match = COMPACT_DATE.match(value)
    if match:
        return "-".join(match.groups())
    if re.match(r"^\d{4}-\d{2}-\d{2}T", value):
        return value
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def clean_url(value: str | None) -> str | None:
    value = clean(value)
    return value if value.startswith(("http://", "https://")) else None


def page_metadata(tree) -> dict[str, str | None]:
    metas = meta_values(tree)

    def meta(*keys: str) -> str | None:
        for key in keys:
            if metas.get(key):
                return metas[key][0]
        return None

    objects = json_ld_objects(tree)
    article = next((node for node in objects if ld_types(node) & ARTICLE_TYPES), None)
    article = article or next((node for node in objects if node.get("headline")), None) or {}

    publisher = first(
        meta("og:site_name"),
        first(*ld_names(article.get("publisher"))),
        meta("application-name", "publisher", "dc.publisher"),
    )
    url = first(
        *(clean_url(link.get("href")) for link in tree.xpath('//link[@rel="canonical"]')),
        clean_url(meta("og:url")),
        clean_url(article.get("url") if isinstance(article.get("url"), str) else None),
    )
    headline = article.get("headline") if isinstance(article.get("headline"), str) else None
    title_element = tree.find(".//title")
    # The structured headline first; <title> last, as it often carries the site or a date.
    title = first(
        clean_title(headline, publisher, url),
        clean_title(meta("og:title"), publisher, url),
        clean_title(meta("twitter:title"), publisher, url),
        clean_title(title_element.text_content() if title_element is not None else None, publisher, url),
        clean(first(*(h1.text_content() for h1 in tree.iter("h1")))),
    )
    author = first(
        join_authors(ld_names(article.get("author"))),
        join_authors(metas.get("author", [])),
        join_authors(metas.get("article:author", [])),
        join_authors(metas.get("byl", []) + metas.get("sailthru.author", []) + metas.get("parsely-author", [])),
        join_authors(metas.get("dc.creator", []) + metas.get("dcterms.creator", [])),
        join_authors([element.text_content() for element in tree.xpath('//*[@rel="author"]')[:3]]),
        join_authors([e.text_content() for e in tree.xpath('//*[@itemprop="author"][not(*[@itemprop])]')[:3]]),
        join_authors([e.text_content() for e in tree.xpath('//*[@itemprop="author"]/*[@itemprop="name"]')[:3]]),
        first(*(byline_name(element) for element in tree.xpath(BYLINE_XPATH)[:5])),
    )
    times = tree.xpath('//time[@pubdate or @itemprop="datePublished"]/@datetime') + tree.xpath("//time/@datetime")
    date = first(
        clean_date(article.get("datePublished") if isinstance(article.get("datePublished"), str) else None),
        clean_date(meta("article:published_time", "og:published_time", "datepublished")),
        clean_date(meta("date", "pubdate", "publishdate", "publish-date", "publish_date", "sailthru.date")),
        clean_date(meta("dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "parsely-pub-date")),
        *(clean_date(value) for value in times[:3]),
    )
    return {"title": title, "author": author, "date": date, "publisher": clean(publisher) or None, "url": url}


# --- main text -----------------------------------------------------------------------------------


def class_words(element) -> list[str]:
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower().split()


def is_named(element, names: frozenset[str]) -> bool:
    """Whether a class/id word names one of `names` (see JUNK_PARTS for which words count)."""
    for word in class_words(element):
        parts = re.split(r"[-_]", word)
        if parts[0] in names or word in names or (len(parts) == 2 and parts[1] in names):
            return True
    return False


def holds_paragraphs(element, least: int = 3) -> bool:
    """Whether `element` directly holds running text: several substantial <p> children."""
    count = 0
    for child in element.iterchildren("p"):
        if len(child.text_content()) > 40:
            count += 1
            if count >= least:
                return True
    return False


def prune_widgets(tree) -> None:
    """Remove gallery/video/share/related boxes, but never an element that holds the running text.

    The guard is structural (several <p> children) rather than by size, because a
    gallery's captions can outweigh the article itself (The Independent: 50 of them).
    """
    body = tree.find("body")
    if body is None:
        return
    for element in list(body.iter(etree.Element)):
        if element.getparent() is None or element.tag in ("body", "article", "main"):
            continue
        if is_named(element, JUNK_PARTS) and not holds_paragraphs(element):
            element.drop_tree()


def item_text(element) -> str:
    """An element's text with <lb/> as a space and soft hyphens gone."""
    parts: list[str] = []

    def walk(node) -> None:
        if node.tag == "lb":
            parts.append(" ")
        elif node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return clean("".join(parts))


def trafilatura_blocks(body) -> list[tuple[str, str, None]]:
    """trafilatura's output tree as (text, kind) blocks."""
    blocks: list[tuple[str, str, None]] = []

    def walk(parent, in_quote: bool) -> None:
        para = "blockquote" if in_quote else "p"
        if parent.text and parent.text.strip():
            blocks.append((clean(parent.text), para, None))
        for child in parent:
            tag = child.tag
            if tag == "quote":
                if any(grandchild.tag in ("p", "list", "quote", "head") for grandchild in child):
                    walk(child, True)
                else:
                    blocks.append((item_text(child), "blockquote", None))
            elif tag == "list":
                for item in child.iter("item"):
                    if item.find("list") is None:
                        blocks.append((item_text(item), "blockquote" if in_quote else "li", None))
            elif tag == "head":
                blocks.append((item_text(child), "heading", None))
            elif tag == "table":
                for row in child.iter("row"):
                    cells = [item_text(cell) for cell in row if cell.tag == "cell"]
                    blocks.append((" | ".join(cell for cell in cells if cell), para, None))
            elif tag not in ("graphic", "lb") and isinstance(tag, str):
                blocks.append((item_text(child), para, None))
            if child.tail and child.tail.strip():
                blocks.append((clean(child.tail), para, None))

    walk(body, False)
    return blocks


def main_text_trafilatura(tree) -> list[tuple[str, str, None]]:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(tree, favor_recall=True, include_comments=False)
    except Exception:  # noqa: BLE001 - a failure here leaves the fallback rules to try
        return []
    if result is None or result.body is None:
        return []
    return trafilatura_blocks(result.body)


def main_text_rules(tree) -> list[tuple[str, str, None]]:
    """Fallback: paragraph-like blocks of the container richest in paragraph text, chrome removed."""
    body = tree.find("body")
    if body is None:
        body = tree
    for element in list(body.iter(*NON_TEXT_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in list(body.iter(etree.Element)):
        if element.getparent() is None or element.tag in ("body", "article", "main"):
            continue
        if is_named(element, CHROME_PARTS) and not holds_paragraphs(element):
            element.drop_tree()
    container = next(iter(body.iter("article", "main")), None)
    if container is None:
        scores: dict = {}
        for paragraph in body.iter("p"):
            parent = paragraph.getparent()
            if parent is not None:
                scores[parent] = scores.get(parent, 0) + len(paragraph.text_content())
        container = max(scores, key=scores.get) if scores else body
    blocks: list[tuple[str, str, None]] = []
    for element in container.iter(*BLOCK_KINDS):
        if element.tag in ("blockquote", "li") and element.find(".//p") is not None:
            continue  # its paragraphs are taken one by one
        kind = BLOCK_KINDS[element.tag]
        if kind == "p" and next(element.iterancestors("blockquote"), None) is not None:
            kind = "blockquote"
        blocks.append((clean(element.text_content()), kind, None))
    if not any(text for text, _, _ in blocks):
        blocks = [(clean(container.text_content()), "p", None)]
    return blocks


def extract_html(data: bytes) -> Document:
    """A web page's main text as passages, with its metadata; ExtractionError when it has none."""
    try:
        tree = parse_html(data)
        metadata = page_metadata(tree)
        prune_widgets(tree)
        blocks = main_text_trafilatura(tree)
        if sum(len(text) for text, _, _ in blocks) < SHORT_TEXT:
            # trafilatura's last resort for short pages is the whole body, menus included.
            blocks = main_text_rules(tree)
        text, passages = build_text(blocks)
    except ExtractionError:
        raise
    except Exception as error:  # noqa: BLE001 - one bad page must end as a reason, not a crash
        raise ExtractionError(f"cannot read HTML ({type(error).__name__}: {error})") from None
    if not text.strip():
        raise ExtractionError("no article text found")
    return Document(path="", format="html", text=text, passages=passages, **metadata)
