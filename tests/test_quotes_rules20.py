"""Names and descriptions of speakers (2026-11-30, sixth session).

Each case here gave a wrong or missing record before the rule it tests, found in held-out sets
86-88 once their blind figures had been taken."""

from __future__ import annotations

import pytest

from quote_text import quotes_of


def records(text: str, kind: str | None = None) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes_of(text) if kind is None or q.kind == kind]


@pytest.mark.parametrize("name", ["Magnus McEwen-King", "Sean McGrath-Jones", "Anna MacLeod-Smith"])
def test_a_double_barrelled_name_after_a_camel_case_part_is_one_name(name):
    text = ("Free calls at hotspots\n\nThe company is due to launch wi-fi on trains. \"We are delighted to be "
            f"offering free access,\" commented Broadreach chief executive {name}.\n")
    assert records(text) == [(name, "We are delighted to be offering free access,")]


def test_a_name_of_a_word_and_capitals_is_one_name():
    text = ("Elvis campaign\n\nThe record company SonyBMG has called it \"the most ambitious singles release "
            "campaign in the history of the UK record industry\".\n")
    assert [q.speaker for q in quotes_of(text)] == ["SonyBMG"]


@pytest.mark.parametrize(
    "source, speaker",
    [
        ("according to reports in the Hollywood Reporter trade newspaper", "Hollywood Reporter"),
        ("according to the Hollywood Reporter trade newspaper", "Hollywood Reporter"),
        ("according to reports in the Sunday Times", "Sunday Times"),
        ("according to a report in the Wall Street Journal", "Wall Street Journal"),
        # a place the reports come from is no publication
        ("according to reports in Japan", None),
    ],
)
def test_reports_in_a_publication_are_the_publications(source, speaker):
    text = (f"US soap planned\n\nTony Jordan is involved in the project, {source}. It said scripts have been "
            "commissioned for a series.\n")
    assert records(text, "indirect") == [(speaker, "Tony Jordan is involved in the project"),
                                         (speaker, "scripts have been commissioned for a series")]
