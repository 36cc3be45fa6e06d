"""PDF reports: page-aware text for quotes that must cite their page.

pdfminer.six reads each page once and groups characters into lines and text
boxes (LAParams layout analysis, which also puts multi-column pages in reading
order). From those lines this module rebuilds what a reader sees: paragraphs
without the end-of-line hyphenation, without the running headers, footers and
page numbers, and with a paragraph that runs on into the next column or page
kept whole, so that a quotation is never cut in two by the layout.

Every failure ends as an ExtractionError with a one-line reason: "password
required", "no text layer (needs OCR)", or "damaged PDF: ...". Damaged pages
are skipped with a warning when the other pages can still be read. Only a
TimeoutError passes through, since it is the caller's time limit speaking.
"""

from __future__ import annotations

import io
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Iterator

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTChar, LTFigure, LTImage, LTPage, LTTextBox, LTTextLine
from pdfminer.pdfdocument import (
    PDFDocument,
    PDFEncryptionError,
    PDFNoValidXRef,
    PDFPasswordIncorrect,
)
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.utils import decode_text

from archive.model import Document, ExtractionError, Page, build_text

# pdfminer logs every oddity of a damaged file; the user sees our one-line reason instead.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

#: all_texts: some producers put the whole page inside a Form XObject (a "figure").
#: boxes_flow stays at its default, which is what orders columns.
LAYOUT = dict(line_margin=0.5, char_margin=2.0, word_margin=0.1, boxes_flow=0.5, all_texts=True)

#: Edge rows (from the top and from the bottom of a page) searched for running headers.
EDGE_ROWS = 3
#: A line that recurs at the edge of this share of pages (and on at least 2) is a running header.
RUNNING_SHARE = 0.25
#: A figure whose text is kept although the page has text of its own must cover this share of it.
FIGURE_PAGE_SHARE = 0.6

PAGE_NUMBER = re.compile(
    r"^(?:"
    r"(?:page|p\.|pg\.?|seite|página|pagina)?\s*[-–—(\[]?\s*\d{1,5}\s*[-–—)\]]?"
    r"|(?:page\s*)?\d{1,4}\s*(?:/|of|de|von)\s*\d{1,4}"
    r"|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})"
    r")$",
    re.IGNORECASE,
)
DIGITS = re.compile(r"\d+")
SPACES = re.compile(r"\s+")
CID = re.compile(r"\(cid:\d+\)")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
LEADING_WORD = re.compile(r"^[^\W\d_]+")
TRAILING_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*-$")
BULLET = re.compile(r"^[•●▪◦■□‣⁃∙·○◆◇►▸➢✓✔]\s*")
BOLD_FONT = re.compile(r"bold|black|heavy|demi|semibold|,b$|cmbx|-medi", re.IGNORECASE)
FILE_NAME = re.compile(r"(?:^[a-z]:\\|\.(?:pdf|docx?|wpd|rtf|odt|txt|tex|indd|qxd|ps|xlsx?|pptx?)$)", re.IGNORECASE)
PDF_DATE = re.compile(
    r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:(Z)|([+-])(\d{2})'?(\d{2})?'?)?"
)

DAMAGED = ("damaged PDF", "cannot decrypt PDF")
KNOWN_ERRORS = (
    ("No /Root object", "no document catalog"),
    ("Unknown filter: param={}", "encryption dictionary missing"),
    ("PSEOF", "unexpected end of data"),
    ("Unexpected EOF", "unexpected end of data"),
)

SENTENCE_END = ".!?:;\"”’)]»…"
HYPHENS = "-\u2010\u2011"
DASHES = "–—"
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})


@dataclass
class _Line:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool


@dataclass
class _Box:
    lines: list[_Line]
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass
class _PageText:
    number: int
    width: float
    height: float
    boxes: list[_Box] = field(default_factory=list)
    has_images: bool = False


@dataclass
class _Para:
    """A paragraph being assembled; `spans` maps its text onto pages: (start, end, page)."""

    text: str
    kind: str
    page: int
    spans: list[tuple[int, int, int]]
    first: _Line
    last: _Line


# --- reading -----------------------------------------------------------------------------


def extract_pdf(data: bytes) -> Document:
    """A PDF's bytes as a Document; raises ExtractionError with a one-line reason."""
    if not data:
        raise ExtractionError("empty file")
    try:
        return _extract(data)
    except ExtractionError as error:
        reason = error.reason
    except TimeoutError:
        raise  # the caller's time limit, not a fault of the file
    except RecursionError:
        reason = "damaged PDF: objects nested too deeply"
    except MemoryError:
        reason = "PDF too large to process"
    except Exception as error:  # pdfminer raises many kinds; none may escape as a traceback
        reason = f"damaged PDF: {_describe(error)}"
    if reason.startswith(DAMAGED) and b"%%EOF" not in data[-2048:]:
        # The file stops short (an interrupted download or copy): say so, not what broke first.
        reason = "truncated PDF: " + reason.split(": ", 1)[-1]
    raise ExtractionError(reason) from None


def _extract(data: bytes) -> Document:
    document, pages, warnings, failure = _read(data, rescan=False)
    if document is None or not pages:
        # A broken cross-reference table can hide every page: read the objects where they lie.
        rescued = _read(data, rescan=True)
        if rescued[0] is not None and rescued[1]:
            document, pages, warnings, failure = rescued
    if document is None:
        raise ExtractionError(failure or "damaged PDF")
    if not pages:
        raise ExtractionError(failure or "damaged PDF: no pages found")
    _drop_running_lines(pages)
    vocabulary = _vocabulary(pages)
    body_size = _body_size(pages)
    paragraphs = _merge_continuations(
        [paragraph for page in pages for paragraph in _page_paragraphs(page, vocabulary, body_size)],
        vocabulary,
    )
    text, passages = build_text([(p.text, p.kind, p.page) for p in paragraphs])
    if not text:
        if failure:
            raise ExtractionError(failure)
        if any(page.has_images for page in pages):
            raise ExtractionError("no text layer (needs OCR)")
        raise ExtractionError("no text found in PDF")
    image_only = [page.number for page in pages if page.has_images and not page.boxes]
    if image_only:
        warnings.append(f"no text layer on page(s) {_page_list(image_only)} (needs OCR)")
    metadata = _metadata(document)
    return Document(
        path="",
        format="pdf",
        text=text,
        passages=passages,
        pages=_page_spans(paragraphs, passages, [page.number for page in pages]),
        title=metadata.pop("title", None),
        author=metadata.pop("author", None),
        date=metadata.pop("date", None),
        meta=metadata,
        warnings=warnings,
    )


def _read(data: bytes, rescan: bool) -> tuple[PDFDocument | None, list[_PageText], list[str], str | None]:
    """Lay out every page in one pass; a page that fails is skipped and noted."""
    warnings: list[str] = []
    try:
        parser = PDFParser(io.BytesIO(data))
        document = (_RescanDocument if rescan else PDFDocument)(parser)
    except PDFPasswordIncorrect:
        raise ExtractionError("password required") from None
    except PDFEncryptionError as error:
        raise ExtractionError(f"cannot decrypt PDF: {_describe(error)}") from None
    except RecursionError:
        return None, [], warnings, "damaged PDF: objects nested too deeply"
    except Exception as error:
        return None, [], warnings, f"damaged PDF: {_describe(error)}"

    laparams = LAParams(**LAYOUT)
    resources = PDFResourceManager(caching=True)
    device = PDFPageAggregator(resources, laparams=laparams)
    interpreter = PDFPageInterpreter(resources, device)
    pages: list[_PageText] = []
    failure: str | None = None
    page_iter = PDFPage.create_pages(document)
    number = 0
    while True:
        try:
            page = next(page_iter)
        except StopIteration:
            break
        except TimeoutError:
            raise
        except Exception as error:  # the page tree itself is damaged: keep what was read
            failure = failure or f"damaged PDF: {_describe(error)}"
            warnings.append(f"pages after {number} unreadable ({_describe(error)})")
            break
        number += 1
        try:
            interpreter.process_page(page)
            layout = device.get_result()
        except TimeoutError:
            raise
        except Exception as error:
            failure = failure or f"damaged PDF: page {number}: {_describe(error)}"
            warnings.append(f"page {number} unreadable ({_describe(error)})")
            pages.append(_PageText(number, 0.0, 0.0))
            # The device may hold a half-built page: start afresh for the next one.
            device = PDFPageAggregator(resources, laparams=laparams)
            interpreter = PDFPageInterpreter(resources, device)
            continue
        pages.append(_page_text(number, layout))
    return document, pages, warnings, failure


class _RescanDocument(PDFDocument):
    """Ignores the cross-reference table and finds objects by scanning the file."""

    def find_xref(self, parser: PDFParser) -> int:
        raise PDFNoValidXRef("rescanning objects")


def _describe(error: BaseException) -> str:
    """pdfminer's complaint, shortened to fit the one-line reason."""
    message = SPACES.sub(" ", str(error)).strip()
    for known, plain in KNOWN_ERRORS:
        if known in message or known == type(error).__name__:
            return plain
    if len(message) > 80:
        message = message[:77] + "..."
    name = type(error).__name__
    return f"{name}: {message}" if message else name


def _page_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10])
    return shown + (f" and {len(numbers) - 10} more" if len(numbers) > 10 else "")


# --- layout objects to lines ----------------------------------------------------------------


def _page_text(number: int, layout: LTPage) -> _PageText:
    x0, y0, x1, y1 = layout.bbox
    page = _PageText(number, x1 - x0, y1 - y0)
    page_area = max((x1 - x0) * (y1 - y0), 1.0)
    figures: list[LTFigure] = []
    for item in layout:
        if isinstance(item, LTTextBox):
            _add_box(page, item)
        elif isinstance(item, LTFigure):
            figures.append(item)
        elif isinstance(item, LTImage):
            page.has_images = True
    page_has_text = bool(page.boxes)
    for figure in sorted(figures, key=lambda f: (-f.y1, f.x0)):
        _add_figure(page, figure, layout.bbox, page_area, page_has_text, depth=0)
    return page


def _add_figure(page: _PageText, figure: LTFigure, bbox, page_area: float, page_has_text: bool, depth: int) -> None:
    """Text inside a figure counts when it is the page's text, not a diagram's labels."""
    if depth > 20:
        return
    keep = not page_has_text or _overlap(figure.bbox, bbox) / page_area >= FIGURE_PAGE_SHARE
    for item in figure:
        if isinstance(item, LTTextBox):
            if keep:
                _add_box(page, item)
        elif isinstance(item, LTFigure):
            _add_figure(page, item, bbox, page_area, page_has_text, depth + 1)
        elif isinstance(item, LTImage):
            page.has_images = True


def _overlap(a, b) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return width * height if width > 0 and height > 0 else 0.0


def _add_box(page: _PageText, box: LTTextBox) -> None:
    lines = [line for line in (_line(item) for item in box if isinstance(item, LTTextLine)) if line]
    if not lines or _is_noise(lines):
        return
    page.boxes.append(_Box(_rows(lines), box.x0, box.y0, box.x1, box.y1))


def _rows(lines: list[_Line]) -> list[_Line]:
    """Mend a printed line that pdfminer split at a wide justified gap.

    The pieces come out as separate lines, sometimes in the wrong order; pieces
    that share a baseline are one line, read left to right.
    """
    rows: list[list[_Line]] = []
    for line in lines:
        middle = (line.y0 + line.y1) / 2
        for row in rows:
            anchor = row[0]
            if anchor.y0 <= middle <= anchor.y1 and all(line.x0 >= piece.x1 or line.x1 <= piece.x0 for piece in row):
                row.append(line)
                break
        else:
            rows.append([line])
    if len(rows) == len(lines):
        return lines
    mended = []
    for row in rows:
        if len(row) == 1:
            mended.append(row[0])
            continue
        row.sort(key=lambda piece: piece.x0)
        longest = max(row, key=lambda piece: len(piece.text))
        mended.append(
            _Line(
                " ".join(piece.text for piece in row),
                row[0].x0,
                min(piece.y0 for piece in row),
                row[-1].x1,
                max(piece.y1 for piece in row),
                longest.size,
                all(piece.bold for piece in row),
            )
        )
    mended.sort(key=lambda line: -(line.y0 + line.y1))
    return mended


def _line(line: LTTextLine) -> _Line | None:
    parts: list[str] = []
    sizes: list[float] = []
    bold = 0
    for char in line:
        glyph = char.get_text()
        parts.append(glyph)
        if type(char) is LTChar and not glyph.isspace():
            sizes.append(char.size)
            fontname = char.fontname
            is_bold = _BOLD_FONTS.get(fontname)
            if is_bold is None:
                is_bold = _BOLD_FONTS[fontname] = BOLD_FONT.search(fontname) is not None
            bold += is_bold
    text = CID.sub("", "".join(parts))
    text = CONTROL.sub("", text.translate(LIGATURES).replace("\xa0", " "))
    text = SPACES.sub(" ", text).strip()
    if not text:
        return None
    sizes.sort()
    size = sizes[len(sizes) // 2] if sizes else 0.0
    return _Line(text, line.x0, line.y0, line.x1, line.y1, size, bool(sizes) and bold == len(sizes))


_BOLD_FONTS: dict[str, bool] = {}


def _is_noise(lines: list[_Line]) -> bool:
    """Bullets drawn as lone glyphs, and rotated margin text laid out one letter per line."""
    text = "".join(line.text for line in lines)
    if not any(ch.isalnum() for ch in text):
        return True
    if all(len(line.text) <= 2 for line in lines) and not text.isdigit():
        return len(lines) > 1 or len(text) == 1
    return False


# --- running headers, footers, page numbers ---------------------------------------------------


def _edge_rows(page: _PageText) -> tuple[list[list[_Line]], list[list[_Line]]]:
    """The page's lines grouped into rows, the topmost rows and the bottommost rows."""
    lines = sorted((line for box in page.boxes for line in box.lines), key=lambda l: -l.y1)
    rows: list[list[_Line]] = []
    for line in lines:
        middle = (line.y0 + line.y1) / 2
        if rows and rows[-1][0].y0 <= middle <= rows[-1][0].y1:
            rows[-1].append(line)
        else:
            rows.append([line])
    top = rows[:EDGE_ROWS]
    bottom = list(reversed(rows[-EDGE_ROWS:]))
    return top, bottom


def _running_key(line: _Line) -> tuple[str, float]:
    """Running headers repeat in the same type: a title-page line that shares their words does not."""
    return DIGITS.sub("#", line.text), round(line.size)


def _drop_running_lines(pages: list[_PageText]) -> None:
    """Drop page numbers and lines that recur at the top or bottom of many pages.

    Only the few rows nearest each edge are searched: there a bare number is a
    page number, and a line repeated across pages is a running header or footer.
    A running line with words in it goes wherever it appears: a page whose
    header sits lower (a title page, a proof slug) still carries it whole.
    """
    edges = {page.number: _edge_rows(page) for page in pages}
    seen: Counter[tuple[str, float]] = Counter()
    for top, bottom in edges.values():
        seen.update({_running_key(line) for row in top + bottom for line in row})
    threshold = max(2, math.ceil(RUNNING_SHARE * len(pages)))
    running = {key for key, count in seen.items() if count >= threshold}
    worded = {key for key in running if sum(ch.isalpha() for ch in key[0]) >= 4}

    for page in pages:
        top, bottom = edges[page.number]
        doomed = {
            id(line)
            for row in top + bottom
            for line in row
            if PAGE_NUMBER.match(line.text) or _running_key(line) in running
        }
        if worded:
            doomed.update(
                id(line) for box in page.boxes for line in box.lines if _running_key(line) in worded
            )
        if not doomed:
            continue
        kept_boxes = []
        for box in page.boxes:
            box.lines = [line for line in box.lines if id(line) not in doomed]
            if box.lines:
                kept_boxes.append(box)
        page.boxes = kept_boxes


# --- lines to paragraphs ----------------------------------------------------------------------


def _vocabulary(pages: list[_PageText]) -> set[str]:
    """Every word the document spells in one piece, to judge the hyphen at a line break."""
    words: set[str] = set()
    for page in pages:
        for box in page.boxes:
            for line in box.lines:
                words.update(word.casefold() for word in WORD.findall(line.text.rstrip("-")))
    return words


def _body_size(pages: list[_PageText]) -> float:
    sizes: Counter[float] = Counter()
    for page in pages:
        for box in page.boxes:
            for line in box.lines:
                if line.size:
                    sizes[round(line.size * 2) / 2] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _join(left: str, right: str, vocabulary: set[str]) -> tuple[str, str]:
    """How two lines meet: (left without any dropped hyphen, the text between them)."""
    if left.endswith("\xad"):
        return left[:-1], ""
    last = left[-1]
    if last in HYPHENS and len(left) > 1 and left[-2].isalpha():
        if right[:1].islower():
            fragment = TRAILING_WORD.search(left)
            head = fragment.group(0)[:-1] if fragment else ""
            tail_match = LEADING_WORD.match(right)
            tail = tail_match.group(0) if tail_match else ""
            joined, hyphenated = (head + tail).casefold(), f"{head}-{tail}".casefold()
            keep = "-" in head or (hyphenated in vocabulary and joined not in vocabulary)
            return (left, "") if keep else (left[:-1], "")
        return left, ""
    if last in DASHES and len(left) > 1 and not left[-2].isspace():
        return left, ""
    if last in "/@":  # a URL or an e-mail address broken at the end of a line
        return left, ""
    return left, " "


def _box_paragraphs(box: _Box) -> list[list[_Line]]:
    """Split a text box where a new paragraph or list item visibly starts."""
    lines = box.lines
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    width = max(right - left, 1.0)
    groups: list[list[_Line]] = [[lines[0]]]
    for index in range(1, len(lines)):
        previous, line = lines[index - 1], lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        em = max(line.size, 4.0)
        ended = previous.text.endswith(tuple(SENTENCE_END))
        short = previous.x1 < right - 0.2 * width
        first_line_indent = (
            line.x0 > left + 0.5 * em
            and line.x0 < left + 6 * em
            and previous.x0 < line.x0 - 0.5 * em
            and (following is None or following.x0 < line.x0 - 0.5 * em)
        )
        restyled = bool(previous.size and line.size) and (
            abs(previous.size - line.size) > 0.15 * max(previous.size, line.size) or previous.bold != line.bold
        )
        starts = line.text[:1]
        new = (
            BULLET.match(line.text) is not None
            or (first_line_indent and (ended or short))
            or (short and ended and (starts.isupper() or starts.isdigit() or starts in "\"“‘'("))
            or (restyled and (short or ended or previous.bold or previous.size > line.size))
        )
        if new:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _page_paragraphs(page: _PageText, vocabulary: set[str], body_size: float) -> Iterator[_Para]:
    wide = [box for box in page.boxes if len(box.lines) >= 3]
    previous_kind = None
    for box in page.boxes:
        inset = _is_inset(box, wide)
        for lines in _box_paragraphs(box):
            text = lines[0].text
            for line in lines[1:]:
                text, between = _join(text, line.text, vocabulary)
                text = text + between + line.text
            text = text.strip()
            if not text or _is_footnote_mark(lines, text, body_size):
                continue
            kind = _kind(lines, text, body_size, inset and previous_kind != "heading")
            if kind == "li":
                text = BULLET.sub("• ", text, count=1)
            previous_kind = kind
            yield _Para(text, kind, page.number, [(0, len(text), page.number)], lines[0], lines[-1])


def _is_inset(box: _Box, wide: list[_Box]) -> bool:
    """Prose set in from both margins of the text around it: how reports print a block quote."""
    if len(box.lines) < 2 or sum(len(line.text) for line in box.lines) < 30 * len(box.lines):
        return False
    return any(
        other is not box
        and other.x0 <= box.x0 - 15
        and other.x1 >= box.x1 + 15
        and box.x1 - box.x0 >= 0.5 * (other.x1 - other.x0)
        and other.y1 >= box.y0 - 200
        and other.y0 <= box.y1 + 200
        for other in wide
    )


def _is_footnote_mark(lines: list[_Line], text: str, body_size: float) -> bool:
    """A superscript number standing alone, cut off from the word or footnote it marks."""
    return len(lines) == 1 and text.isdigit() and len(text) <= 3 and 0 < lines[0].size < 0.8 * body_size


def _kind(lines: list[_Line], text: str, body_size: float, inset: bool) -> str:
    if BULLET.match(text):
        return "li"
    sizes = [line.size for line in lines if line.size]
    larger = bool(sizes and body_size) and min(sizes) >= 1.15 * body_size
    bold = all(line.bold for line in lines)
    letters = [ch for ch in text if ch.isalpha()]
    shouting = len(letters) >= 4 and all(ch.isupper() for ch in letters)
    if len(lines) <= 3 and len(text) <= 150 and not text.endswith((".", ",", ";")) and (larger or bold or shouting):
        return "heading"
    if inset:
        return "blockquote"
    return "p"


def _merge_continuations(paragraphs: list[_Para], vocabulary: set[str]) -> list[_Para]:
    """Rejoin a paragraph that the layout cut at a column or page break.

    The cut shows as a paragraph that stops mid-sentence followed by one that
    starts in lower case; pdfminer also boxes an indented first line apart from
    the rest of its paragraph, which this rejoins the same way.
    """
    merged: list[_Para] = []
    for paragraph in paragraphs:
        if merged and _continues(merged[-1], paragraph):
            previous = merged[-1]
            left, between = _join(previous.text, paragraph.text, vocabulary)
            shift = len(left) + len(between)
            spans = [(start, min(end, len(left)), page) for start, end, page in previous.spans]
            spans += [(start + shift, end + shift, page) for start, end, page in paragraph.spans]
            merged[-1] = _Para(
                left + between + paragraph.text, previous.kind, previous.page, spans, previous.first, paragraph.last
            )
        else:
            merged.append(paragraph)
    return merged


def _continues(previous: _Para, paragraph: _Para) -> bool:
    if previous.kind == "heading" or paragraph.kind not in (previous.kind, "p"):
        return False
    if previous.text.endswith(tuple(SENTENCE_END)):
        return False
    if paragraph.text[:1].islower():
        return True
    # Directly below, in the same column, with no gap: one paragraph whatever its next word.
    above, below = previous.last, paragraph.first
    height = max(above.y1 - above.y0, 1.0)
    return (
        previous.page == paragraph.spans[0][2]
        and 0 <= above.y0 - below.y1 <= 0.5 * height
        and min(above.x1, below.x1) - max(above.x0, below.x0) > 0.5 * (below.x1 - below.x0)
    )


# --- offsets, pages, metadata -----------------------------------------------------------------


def _page_spans(paragraphs: list[_Para], passages, numbers: list[int]) -> list[Page]:
    """Each page's span of the text; a page without text gets an empty span where it falls."""
    bounds: dict[int, list[int]] = {}
    for paragraph, passage in zip(paragraphs, passages):
        for start, end, number in paragraph.spans:
            if end <= start:
                continue
            span = bounds.setdefault(number, [passage.start + start, passage.start + end])
            span[0] = min(span[0], passage.start + start)
            span[1] = max(span[1], passage.start + end)
    pages: list[Page] = []
    offset = 0
    for number in numbers:
        if number in bounds:
            start, end = bounds[number]
            start = max(start, offset)
            offset = max(end, start)
            pages.append(Page(number, start, offset))
        else:
            pages.append(Page(number, offset, offset))
    return pages


def _metadata(document: PDFDocument) -> dict[str, str]:
    """title/author/date (and subject/keywords for `meta`) from the info dictionary."""
    info: dict[str, Any] = {}
    for entry in reversed(document.info or []):
        try:
            info.update(resolve1(entry) or {})
        except Exception:
            continue
    values = {key: _pdf_string(info.get(key)) for key in ("Title", "Author", "Subject", "Keywords")}
    metadata: dict[str, str] = {}
    title = values["Title"]
    if title:
        title = re.sub(r"^Microsoft (?:Word|PowerPoint|Excel) - ", "", title)
        if not FILE_NAME.search(title) and title.casefold() not in ("untitled", "untitled document"):
            metadata["title"] = title
    if values["Author"]:
        metadata["author"] = values["Author"]
    for key in ("Subject", "Keywords"):
        if values[key]:
            metadata[key.lower()] = values[key]
    for key in ("CreationDate", "ModDate"):
        date = _pdf_date(_pdf_string(info.get(key)))
        if date:
            metadata["date"] = date
            break
    return metadata


def _pdf_string(value: Any) -> str | None:
    try:
        value = resolve1(value)
    except Exception:
        return None
    if isinstance(value, bytes):
        if value.startswith(b"\xfe\xff"):
            text = value[2:].decode("utf-16-be", errors="replace")
        elif value.startswith(b"\xff\xfe"):
            text = value[2:].decode("utf-16-le", errors="replace")
        elif value.startswith(b"\xef\xbb\xbf"):
            text = value[3:].decode("utf-8", errors="replace")
        else:
            text = decode_text(value)
    elif isinstance(value, str):
        text = value
    else:
        return None
    text = SPACES.sub(" ", CONTROL.sub("", text)).strip()
    return text or None


def _pdf_date(value: str | None) -> str | None:
    """D:YYYYMMDDHHmmSS+HH'mm' as ISO 8601; only the parts the file gives; None if invalid."""
    if not value:
        return None
    match = PDF_DATE.match(value.strip())
    if not match:
        return None
    year, month, day, hour, minute, second, zulu, sign, off_h, off_m = match.groups()
    try:
        if hour is None:
            stamp = datetime(int(year), int(month or 1), int(day or 1))
            if stamp.year < 1900:
                return None
            return stamp.date().isoformat() if day else stamp.strftime("%Y-%m" if month else "%Y")
        tz = None
        if zulu:
            tz = timezone.utc
        elif sign:
            delta = timedelta(hours=int(off_h), minutes=int(off_m or 0))
            tz = timezone(delta if sign == "+" else -delta)
        stamp = datetime(
            int(year), int(month or 1), int(day or 1), int(hour), int(minute or 0), int(second or 0), tzinfo=tz
        )
    except (ValueError, OverflowError):
        return None
    if stamp.year < 1900:
        return None
    return stamp.isoformat()

