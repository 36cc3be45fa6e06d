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
