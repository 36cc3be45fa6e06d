"""Plain-text and Markdown statements, with an optional `Key: value` header block.

A statement file opens with a few header lines that say who is speaking:

    Speaker: William J. Bratton
    Role: Former Los Angeles Police Chief
    Organization: Los Angeles Police Department
    Source: Restoring Community (report), quoted in press coverage
    Date: 2011-08-15

    The statement itself, in paragraphs separated by blank lines.

Keys are case-insensitive and must be among HEADER_KEYS; `title`, `author`,
`date`, `publisher`/`source` and `url` fill the document's metadata, and all
keys are kept in `meta` (`speaker`, `role` and `organization` attribute the
statement's words).
"""

from __future__ import annotations

import codecs
import re

from archive.model import Document, build_text

HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z _-]{0,30}):[ \t]+(\S.*)$")
#: Only these keys make a header block: a first paragraph like `Kim Park said: "…"`
#: has the shape of a header line but is the statement itself.
HEADER_KEYS = frozenset(
    """title headline speaker role speaker_title organization organisation source date url author
    byline publisher type language location note notes""".split()
)
BLANK_LINES = re.compile(r"\n[ \t]*\n+")
#: "Jos&#233; Manuel Barroso": a numeric character reference left in text saved from a web page
NUMERIC_REFERENCE = re.compile(r"&#(?:(\d{2,7})|[xX]([0-9a-fA-F]{2,6}));")
LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Bytes to str: a BOM wins, then a declared charset, then UTF-8, then cp1252.

    cp1252 is the sane fallback for old newsroom files: it maps every byte, and
    it is what a page "in Latin-1" almost always really is.
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    candidates = []
    if declared:
        candidates.append(declared)
    candidates.append("utf-8")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
        return text
    return data.decode("cp1252", errors="replace")


def split_header(text: str) -> tuple[dict[str, str], str]:
    """The leading `Key: value` block (if every line of the first paragraph is one), and the rest."""
    first, separator, rest = text.partition("\n\n")
    lines = [line for line in first.strip().splitlines() if line.strip()]
    if not lines or not separator:
        return {}, text
    matches = [HEADER_LINE.match(line.strip()) for line in lines]
    if not all(matches):
        return {}, text
    meta = {}
    for match in matches:
        key = re.sub(r"[\s-]+", "_", match.group(1).strip().lower())
        if key not in HEADER_KEYS:
            return {}, text
        meta[key] = match.group(2).strip()
    return meta, rest


def text_blocks(body: str) -> list[tuple[str, str, None]]:
    """Paragraphs split on blank lines; Markdown headings, lists and `>` quotes keep their kind."""
    blocks: list[tuple[str, str, None]] = []
    for chunk in BLANK_LINES.split(body):
        lines = [line.rstrip() for line in chunk.strip("\n").splitlines() if line.strip()]
        if not lines:
            continue
        if all(line.lstrip().startswith(">") for line in lines):
            quoted = " ".join(line.lstrip()[1:].strip() for line in lines)
            blocks.append((quoted, "blockquote", None))
        elif len(lines) == 1 and re.match(r"^#{1,6}\s", lines[0]):
            blocks.append((lines[0].lstrip("#").strip(), "heading", None))
        elif all(LIST_ITEM.match(line) for line in lines):
            blocks.extend((line.strip(), "li", None) for line in lines)
        else:
            blocks.append((" ".join(line.strip() for line in lines), "p", None))
    return blocks


def decode_references(text: str) -> str:
    """Numeric character references as the characters they stand for: a quotation copied into a
    story must read "José", not "Jos&#233;" (named ones like "&amp;" may be meant literally)."""
    def character(match: re.Match) -> str:
        code = int(match.group(1)) if match.group(1) else int(match.group(2), 16)
        if 128 <= code <= 159:  # "Arsenal&#146;s": old pages meant the Windows-1252 character
            try:
                return bytes([code]).decode("cp1252")
            except UnicodeDecodeError:
                return match.group(0)
        return chr(code) if 32 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match.group(0)

    return NUMERIC_REFERENCE.sub(character, text) if "&#" in text else text


def extract_text(data: bytes) -> Document:
    text = decode_references(decode_bytes(data).replace("\r\n", "\n").replace("\r", "\n"))
    meta, body = split_header(text)
    joined, passages = build_text(text_blocks(body))
    return Document(
        path="",
        format="text",
        text=joined,
        passages=passages,
        title=meta.get("title") or meta.get("headline"),
        author=meta.get("author"),
        date=meta.get("date"),
        publisher=meta.get("publisher") or meta.get("source"),
        url=meta.get("url"),
        meta=meta,
    )
