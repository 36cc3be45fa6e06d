"""The texts that the quote gold set (tests/data/quotes_gold.jsonl) is annotated on.

Gold quotes are annotated on the *ground-truth* article text of the shared test
data, not on our own HTML extraction, so that the quote evaluation measures the
quote engine alone. Each gold line names its text by `source` and `ref`:

- source "seed":        ref is a file name in ../shared/seeds/
- source "bbc":         ref is an article id in ../shared/data/news-text/news.jsonl
- source "aeb":         ref is a sha256 key of ../shared/data/news-html/aeb/ground-truth.json
- source "readability": ref is a folder name in ../shared/data/news-html/readability/ (expected.html)
- source "file":        ref is the path of a UTF-8 text file, paragraphs separated by blank lines
                        (for texts that may not be committed: an evaluation kept outside the repository)

Every text becomes a Document through the plain-text extractor, so paragraphs
(and, for readability pages, block quotes) are what the engine will see.

    python scripts/gold_sources.py bbc bbc-politics-220     # print a text, paragraphs numbered
"""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path

from archive.extract.text import extract_text
from archive.model import Document

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    """$ARCHIVE_SHARED, else ../shared beside the repository."""
    return Path(os.environ.get("ARCHIVE_SHARED", REPO.parent / "shared"))


@functools.lru_cache(maxsize=1)
def _bbc_articles() -> dict[str, str]:
    path = shared_dir() / "data" / "news-text" / "news.jsonl"
    with path.open(encoding="utf-8") as handle:
        return {row["id"]: row["text"] for row in map(json.loads, handle)}


@functools.lru_cache(maxsize=1)
def _aeb_truth() -> dict[str, dict]:
    path = shared_dir() / "data" / "news-html" / "aeb" / "ground-truth.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _readability_text(name: str) -> str:
    """expected.html as paragraphs; <blockquote> paragraphs marked with '> '."""
    from bs4 import BeautifulSoup

    html = (shared_dir() / "data" / "news-html" / "readability" / name / "expected.html").read_text(
        encoding="utf-8"
    )
    soup = BeautifulSoup(html, "lxml")
    blocks = []
    for element in soup.find_all(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"]):
        if element.find(["p", "li", "blockquote", "pre"]):
            continue  # a container: its children are taken one by one
        text = " ".join(element.get_text(" ").split())
        if not text:
            continue
        in_quote = element.name == "blockquote" or element.find_parent("blockquote") is not None
        if in_quote:
            text = "> " + text
        elif element.name.startswith("h"):
            text = "# " + text
        blocks.append(text)
    return "\n\n".join(blocks)


def gold_text(source: str, ref: str) -> str:
    if source == "seed":
        return (shared_dir() / "seeds" / ref).read_text(encoding="utf-8")
    if source == "bbc":
        return _bbc_articles()[ref]
    if source == "aeb":
        body = _aeb_truth()[ref]["articleBody"]
        return "\n\n".join(line.strip() for line in body.split("\n") if line.strip())
    if source == "readability":
        return _readability_text(ref)
    if source == "file":
        return Path(ref).read_text(encoding="utf-8")
    raise ValueError(f"unknown gold source {source!r}")


def gold_document(source: str, ref: str) -> Document:
    document = extract_text(gold_text(source, ref).encode("utf-8"))
    document.path = f"{source}/{ref}"
    document.kind = "press"
    return document


if __name__ == "__main__":
    doc = gold_document(sys.argv[1], sys.argv[2])
    for number, passage in enumerate(doc.passages, start=1):
        print(f"[{number}] ({passage.kind}) {doc.passage_text(passage)}\n")
