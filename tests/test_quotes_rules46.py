"""Honorifics that stand alone for the person they style, descriptions with a place after a
name, and what the thirty-second session (2026-12-02) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind in an earlier session and studied in this one (texts kept outside the
repository: their licences are unknown), or for a case one of the session's three reviewers
made worse with an early form of a rule (the review sections). The near misses make each rule's
guard fail a test when it is switched off."""

from __future__ import annotations

from quote_text import assert_speaker, find

LEDE = "Flood defences were tested in Somerset on Monday.\n\n"


# ---------------------------------------------------------------- honorifics and what they style


def test_the_professor_is_the_one_styled_professor():
    text = LEDE + ("The plan was backed by Professor Jim Hall, director of the Environmental Change Institute.\n\n"
                   "The professor added: “The 2007 floods were a wake up call for the whole country.”")
    assert_speaker(text, "wake up call", "Jim Hall")


def test_the_professor_after_a_shortened_style():
    text = LEDE + ("Prof Jane Hall spoke at the meeting.\n\n"
                   "“We cannot prevent against every risk in the valley,” the professor said.")
    assert_speaker(text, "every risk", "Jane Hall")


def test_the_professor_is_nobody_when_no_one_is_styled_so():
    text = LEDE + ("Dr Jane Hall spoke at the meeting.\n\n"
                   "“We cannot prevent against every risk in the valley,” the professor said.")
    assert_speaker(text, "every risk", None)


def test_a_capitalised_style_alone_is_the_one_person_it_styles():
    text = LEDE + ("Lord Hogan-Howe disagreed, arguing that the funding should be used for more officers.\n\n"
                   "The Lord went on to say that knife crime must be treated as a crisis:\n\n"
                   "“If it is not treated as a crisis, it will take another two years before we see action.”")
    assert_speaker(text, "another two years", "Lord Hogan-Howe")


def test_a_style_two_people_share_is_nobody_and_never_a_body():
    text = LEDE + ("Lord Hogan-Howe and Lord Smith disagreed about the funding.\n\n"
                   "“If it is not treated as a crisis, it will take another two years,” the Lord said.")
    quote = find(text, "another two years")
    assert (quote.speaker, quote.organization) == (None, None)


# ---------------------------------------------------------------- descriptions after a name


def test_a_description_with_its_place_and_no_closing_comma():
    text = ("Rescuers searched the rubble of Amatrice on Thursday.\n\n"
            "“This is a town that is dead,” John Rocchi, a student in his 20s told dpa in Amatrice.")
    assert_speaker(text, "town that is dead", "John Rocchi")


def test_a_description_from_a_place_and_no_closing_comma():
    text = ("Rescuers searched the rubble of Amatrice on Thursday.\n\n"
            "“This is a town that is dead,” John Rocchi, a student from Rome told dpa in Amatrice.")
    assert_speaker(text, "town that is dead", "John Rocchi")


def test_a_description_ending_on_another_person_s_name_gives_no_speaker():
    text = ("Rescuers searched the rubble of Amatrice on Thursday.\n\n"
            "“This is a town that is dead,” John, a neighbour of Maria Rossi told dpa in Amatrice.")
    assert_speaker(text, "town that is dead", None)
