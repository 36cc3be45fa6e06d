"""Text statements and content sniffing."""

from __future__ import annotations

import pytest

from archive.extract import UnsupportedFile, doc_kind, extract_bytes, sniff
from archive.extract.text import decode_bytes, extract_text
from archive.model import ExtractionError


def test_header_block_becomes_metadata_and_is_not_text():
    document = extract_text(b"Speaker: Ana Ruiz\nRole: director\nDate: 2011-08-15\n\nFirst.\n\nSecond.")
    assert document.meta == {"speaker": "Ana Ruiz", "role": "director", "date": "2011-08-15"}
    assert document.date == "2011-08-15"
    assert document.text == "First.\n\nSecond."
    assert [document.passage_text(p) for p in document.passages] == ["First.", "Second."]


def test_a_first_paragraph_shaped_like_a_header_stays_text():
    document = extract_text("Kim Park said: “We won.”\n\nMore.".encode())
    assert document.meta == {}
    assert document.text.startswith("Kim Park said:")


def test_hard_wrapped_lines_join_and_markdown_keeps_its_kinds():
    document = extract_text(b"# Heading\n\nA line\nwrapped here.\n\n> quoted\n> words\n\n- one\n- two")
    kinds = [(p.kind, document.passage_text(p)) for p in document.passages]
    assert kinds == [("heading", "Heading"), ("p", "A line wrapped here."), ("blockquote", "quoted words"), ("li", "- one"), ("li", "- two")]


def test_encodings():
    assert decode_bytes("“Olé”".encode("utf-8")) == "“Olé”"
    assert decode_bytes("\ufeffhi".encode("utf-8")) == "hi"
    assert decode_bytes("“Olé”".encode("cp1252")) == "“Olé”"
    assert decode_bytes("hi".encode("utf-16")) == "hi"


def test_numeric_character_references_become_characters_and_named_ones_stay():
    document = extract_text(b"EC President Jos&#233; Manuel Barroso, of Caf&#xE9; Europe, said R&amp;D &#0; &#55296; mattered.")
    assert document.text == "EC President José Manuel Barroso, of Café Europe, said R&amp;D &#0; &#55296; mattered."
    # old pages wrote Windows-1252 codes: "Arsenal&#146;s" is Arsenal’s; an unassigned code stays as written
    assert extract_text(b"Arsenal&#146;s &#147;win&#148; &#129;").text == "Arsenal’s “win” &#129;"


def test_sniffing_decides_by_content_then_name():
    assert sniff(b"%PDF-1.4 ...", "a.txt") == "pdf"
    assert sniff(b"<!DOCTYPE html><html></html>", "page.txt") == "html"
    assert sniff(b"plain words", "notes.txt") == "text"
    assert sniff(bytes(range(256)), "junk.html") is None


def test_junk_and_unknown_files():
    with pytest.raises(ExtractionError, match="binary content"):
        extract_bytes(bytes(range(256)) * 10, "press/junk.html")
    with pytest.raises(UnsupportedFile):
        extract_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200), "photo.png")
    with pytest.raises(UnsupportedFile):
        extract_bytes(b"a,b,c\n1,2,3\n", "table.csv")
    with pytest.raises(ExtractionError, match="empty file"):
        extract_bytes(b"  \n", "statements/empty.txt")


def test_document_kind_from_folder_then_format():
    assert doc_kind("press/a.txt", "text") == "press"
    assert doc_kind("reports/a.pdf", "pdf") == "report"
    assert doc_kind("statements/a.txt", "text") == "statement"
    assert doc_kind("a.html", "html") == "press"
    assert doc_kind("misc/a.txt", "text") == "statement"


def test_paragraph_and_page_of_an_offset():
    from archive.model import Document, Page, build_text

    text, passages = build_text([("a b", "p", 1), ("c d", "p", 1), ("e", "p", 2)])
    document = Document("x", "pdf", text=text, passages=passages, pages=[Page(1, 0, 8), Page(2, 10, 11)])
    assert [document.paragraph_at(i) for i in range(len(text) + 1)] == [1, 1, 1, None, None, 2, 2, 2, None, None, 3, 3]
    assert [document.page_at(i) for i in (0, 8, 9, 10, 11, 12)] == [1, 1, None, 2, 2, None]
    assert Document("y", "text").paragraph_at(0) is None
