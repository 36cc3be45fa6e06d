"""One file in, one Document out.

The format is decided by the bytes first and the file name second: a saved web
page called `.txt`, or junk called `.html`, must not fool the extractor.
Extractors know nothing of quotes or the index.
"""

from __future__ import annotations

import gzip
from pathlib import PurePosixPath

from archive.model import Document, ExtractionError

SUFFIX_FORMATS = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
}
FOLDER_KINDS = {
    "press": "press",
    "reports": "report",
    "report": "report",
    "statements": "statement",
    "statement": "statement",
}
FORMAT_KINDS = {"html": "press", "pdf": "report", "text": "statement"}

GZIP_MAGIC = b"\x1f\x8b"
HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta ", b"<article", b"<div", b"<p>")


class UnsupportedFile(ExtractionError):
    """A file of a type the archive does not read: skipped with a note, not a failure."""


def suffix_format(name: str) -> str | None:
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    return SUFFIX_FORMATS.get(PurePosixPath(lowered).suffix)


def looks_binary(data: bytes) -> bool:
    """Control bytes (other than whitespace) in the first 4 KiB mean this is not text."""
    head = data[:4096]
    if not head:
        return False
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return b"\x00" in head or controls / len(head) > 0.05


def sniff(data: bytes, name: str) -> str | None:
    """The format of a file's bytes: "pdf", "html", "text", or None."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if looks_binary(data):
        return None
    lowered = data[:4096].lower().lstrip()
    if lowered.startswith(b"\xef\xbb\xbf"):
        lowered = lowered[3:].lstrip()
    if any(marker in lowered for marker in HTML_MARKERS[:4]) or (
        suffix_format(name) == "html" and any(marker in lowered for marker in HTML_MARKERS)
    ):
        return "html"
    return "text"


def doc_kind(relative_path: str, fmt: str) -> str:
    """press / report / statement, from the corpus folder or else the format."""
    for part in PurePosixPath(relative_path).parts[:-1]:
        if part.lower() in FOLDER_KINDS:
            return FOLDER_KINDS[part.lower()]
    return FORMAT_KINDS.get(fmt, "other")


def extract_bytes(data: bytes, relative_path: str) -> Document:
    """Extract a file's bytes; raises ExtractionError (one-line reason) when it cannot."""
    name = PurePosixPath(relative_path).name
    if data.startswith(GZIP_MAGIC):
        if not name.lower().endswith(".gz"):
            raise UnsupportedFile("gzip-compressed file of unknown type")
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            raise ExtractionError(f"damaged gzip file ({error})") from None
    if not data.strip():
        raise ExtractionError("empty file")
    claimed = suffix_format(name)
    fmt = sniff(data, name)
    if fmt is None:
        if claimed:
            raise ExtractionError(f"binary content, not {claimed.upper() if claimed != 'text' else 'text'}")
        raise UnsupportedFile("not a PDF, HTML or text file")
    if claimed is None and fmt == "text":
        # Text without a text suffix (an image, a spreadsheet, a script): not ours to read.
        if PurePosixPath(name).suffix:
            raise UnsupportedFile(f"unsupported file type {PurePosixPath(name).suffix}")
    if fmt == "pdf":
        from archive.extract.pdf import extract_pdf as extractor
    elif fmt == "html":
        from archive.extract.html import extract_html as extractor
    else:
        from archive.extract.text import extract_text as extractor
    document = extractor(data)
    document.path = relative_path
    document.format = fmt
    document.kind = doc_kind(relative_path, fmt)
    if not document.text.strip():
        raise ExtractionError(f"no text found in {fmt.upper() if fmt != 'text' else 'text'} file")
    return document


def extract(path, relative_path: str | None = None) -> Document:
    """Read and extract one file; `relative_path` becomes the document id."""
    from pathlib import Path

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ExtractionError(f"cannot read file ({error.strerror or error})") from None
    return extract_bytes(data, relative_path or path.name)
