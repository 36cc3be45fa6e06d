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


def records(text: str, kind: str | None = None) -> list[tuple[str | None, str]]:
    """(speaker, words) of each quotation of the text, of one kind if asked."""
    return [(q.speaker, q.text) for q in quotes_of(text) if kind is None or q.kind == kind]


def assert_speaker(text: str, fragment: str, speaker: str | None) -> None:
    """The quotation with `fragment` is the speaker's; with no speaker, no record names anyone."""
    if speaker is None:
        assert [q.speaker for q in quotes_of(text) if fragment in q.text and q.speaker is not None] == []
    else:
        assert find(text, fragment).speaker == speaker
