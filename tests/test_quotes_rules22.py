"""Organizations with a possessive in their name, places after a subject, and a few more
(2026-11-30, eighth session).

The cases are invented. Each stands for a wrong or missing record found by last session's
adversarial reviews, or in real news pages annotated blind this session (texts kept outside the
repository: their licences are unknown). The near misses make each rule's guard fail a test
when it is switched off."""

from __future__ import annotations

import pytest

from quote_text import assert_speaker, find, quotes_of, records


# ---------------------------------------------------------------- organizations


@pytest.mark.parametrize(
    "name",
    [
        "Los Angeles County Sheriff's Department",
        "Manhattan District Attorney's Office",
        "Cook County State's Attorney's Office",
        "Boston Children's Hospital",
        "King's College London",
        "U.S. Attorney's Office",
    ],
)
def test_a_possessive_inside_an_organizations_name_belongs_to_it(name):
    text = f"Statement\n\n“We are reviewing the case,” the {name} said in a statement.\n\n“No comment,” said the {name}.\n"
    assert [q.speaker for q in quotes_of(text)] == [name, name]


def test_a_persons_possessive_before_a_common_noun_is_no_organization():
    text = ("Budget row\n\nMayor Eric Adams spoke on Tuesday. “We will balance this budget,” Adams's aide "
            "Tom Rivera said.\n")
    assert_speaker(text, "balance this budget", "Tom Rivera")


def test_an_organization_before_a_place_is_the_subject():
    text = ("Appeal\n\nA spokesman for the Office of Management and Budget said the agency would respond.\n\n"
            "The Justice Department in Manhattan said it would appeal the ruling to the Second Circuit. “This "
            "decision is wrong,” the department said.\n")
    assert_speaker(text, "This decision is wrong", "Justice Department")
    assert_speaker(text, "it would appeal", "Justice Department")


def test_a_preposition_before_the_organization_keeps_it_an_object():
    text = ("Appeal\n\nOfficials at the Justice Department in Manhattan said the ruling was wrong and would be "
            "appealed.\n")
    assert_speaker(text, "the ruling was wrong", None)


def test_an_unnamed_spokesman_for_an_office_for_a_district_speaks_for_it():
    text = ("Appeal\n\n“We will appeal,” a spokesman for the U.S. Attorney's Office for the Southern District of "
            "New York said.\n")
    quote = find(text, "We will appeal")
    assert (quote.speaker, quote.organization) == (
        None, "U.S. Attorney's Office for the Southern District of New York")


# ---------------------------------------------------------------- descriptions


def test_a_word_before_a_name_that_gives_no_country_is_no_nationality():
    text = ("Freestyle\n\nOlympian Katie Ledecky won the 800m freestyle on Saturday in Paris.\n\n“I just wanted "
            "to swim my race,” the American said after the final.\n")
    assert_speaker(text, "swim my race", "Katie Ledecky")


def test_a_nationality_before_another_persons_name_still_clashes():
    text = ("Freestyle\n\nAustralian Ariarne Titmus won the 400m freestyle on Saturday in Paris.\n\n“I just "
            "wanted to swim my race,” the American said after the final.\n")
    assert_speaker(text, "swim my race", None)
