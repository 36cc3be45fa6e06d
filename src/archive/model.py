"""The ground floor: plain records that every layer passes along.

Offsets (`start`, `end`) always index `Document.text`, the extracted text in
which paragraphs are separated by a blank line ("\\n\\n"). Keeping one text and
offsets into it (instead of copies of strings) is what lets a quote point at its
page, paragraph and context, and what lets the web page highlight it.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field
from typing import Any

PARAGRAPH_SEPARATOR = "\n\n"

#: Where a document came from; the corpus folder names map onto these.
DOC_KINDS = ("press", "report", "statement", "other")
#: What sort of quotation a record is.
QUOTE_KINDS = ("direct", "partial", "block", "indirect")


class ExtractionError(Exception):
    """A file that cannot be turned into a Document; `reason` is one line for the user."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class Passage:
    """One paragraph-like block of a document's text.

    `kind` is "p", "blockquote", "heading" or "li": block quotes matter to quote
    finding, headings must never be taken for quotations.
    """

    start: int
    end: int
    kind: str = "p"
    page: int | None = None


@dataclass
class Page:
    """A PDF page's span of the document text; quotes cite it by `number` (1-based)."""

    number: int
    start: int
    end: int


@dataclass
class Document:
    """One file of the archive, as text with its structure and metadata.

    `path` is the id: the file's path relative to the folder that was ingested
    (e.g. "press/secure-communities.html").
    """

    path: str
    format: str  # "pdf" | "html" | "text"
    kind: str = "other"  # one of DOC_KINDS
    text: str = ""
    passages: list[Passage] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO 8601 (YYYY-MM-DD or full timestamp), as the source gives it
    publisher: str | None = None
    url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)  # e.g. a statement's header block
    warnings: list[str] = field(default_factory=list)

    def passage_text(self, passage: Passage) -> str:
        return self.text[passage.start : passage.end]

    def paragraph_at(self, offset: int) -> int | None:
        """1-based number of the passage holding `offset`, or None (passages are in text order)."""
        index = bisect.bisect_right(self.passages, offset, key=lambda passage: passage.start) - 1
        if index < 0:
            return None
        passage = self.passages[index]
        if passage.start <= offset < passage.end or (offset == passage.end and offset == len(self.text)):
            return index + 1
        return None

    def page_at(self, offset: int) -> int | None:
        index = bisect.bisect_right(self.pages, offset, key=lambda page: page.start) - 1
        # a page's end may be where the next page starts: the earlier page wins, as it always has
        for page in self.pages[max(index - 1, 0) : index + 1]:
            if page.start <= offset <= page.end:
                return page.number
        return None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def build_text(blocks: list[tuple[str, str, int | None]]) -> tuple[str, list[Passage]]:
    """Join (text, kind, page) blocks into one text with passage offsets.

    Every extractor ends with this, so that all formats share one notion of
    "paragraph" and one separator.
    """
    parts: list[str] = []
    passages: list[Passage] = []
    offset = 0
    for text, kind, page in blocks:
        text = text.strip()
        if not text:
            continue
        if parts:
            parts.append(PARAGRAPH_SEPARATOR)
            offset += len(PARAGRAPH_SEPARATOR)
        parts.append(text)
        passages.append(Passage(offset, offset + len(text), kind, page))
        offset += len(text)
    return "".join(parts), passages


@dataclass
class Speaker:
    """A person or organization quoted somewhere in the archive.

    `name` is canonical (the fullest form seen); `variants` holds every other
    form, so that a search for "Bratton" finds "William J. Bratton".
    """

    name: str
    variants: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    is_organization: bool = False


@dataclass
class Quote:
    """One quotation and its attribution: the record of ARCHITECTURE.md.

    `speaker` is None when the text does not say who spoke: a missing speaker
    is honest, a guessed one is a misattribution.
    """

    id: str
    text: str
    kind: str  # one of QUOTE_KINDS
    speaker: str | None
    speaker_title: str | None
    organization: str | None
    cue: str | None
    doc: str
    doc_title: str | None
    doc_date: str | None
    doc_kind: str
    start: int
    end: int
    page: int | None
    paragraph: int | None
    context: str
    topics: list[str] = field(default_factory=list)
    confidence: float = 0.0
    speaker_variants: list[str] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        """The shared JSON shape (CLI --json, web API, exports)."""
        record = asdict(self)
        record.pop("speaker_variants")
        return record
