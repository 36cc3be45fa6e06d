"""Quotes of a hand-written text, as the rule tests need them: one home for the fixture."""

from __future__ import annotations

from archive.extract.text import extract_text
from archive.model import Document, Quote
from archive.quotes import find_quotes


def press_document(text: str, path: str = "press/t.txt") -> Document:
    document = extract_text(text.encode("utf-8"))
    document.path = path
    document.kind = "press"
    return document


def quotes_of(text: str) -> list[Quote]:
    return find_quotes(press_document(text))


def find(text: str, fragment: str) -> Quote:
    """The first quotation of the text containing `fragment`; fails the test when there is none."""
    matches = [q for q in quotes_of(text) if fragment in q.text]
    assert matches, f"no quotation with {fragment!r}"
    return matches[0]
