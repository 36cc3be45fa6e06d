"""Names that open a sentence with what they run or hold, quotations set in doubled marks, and
what the thirty-first session (2026-12-02) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind in an earlier session and studied in this one (texts kept outside the
repository: their licences are unknown). The near misses make each rule's guard fail a test when
it is switched off."""

from __future__ import annotations

from quote_text import assert_speaker, find

LEDE = "Teachers rallied in Glasgow on Saturday.\n\n"


# ---------------------------------------------------------------- names and what is glued to them


def test_a_person_of_an_owner_s_business_then_where_it_is():
    text = LEDE + "Michael Hopgood of St Vernon’s Primary in Glasgow said: “Teachers have been taking a hit for years.”"
    quote = find(text, "taking a hit")
    assert (quote.speaker, quote.organization) == ("Michael Hopgood", "St Vernon’s Primary")


def test_an_owner_s_business_of_several_words_is_still_the_business():
    text = LEDE + "Michael Hopgood of St Vernon’s Primary said: “Teachers have been taking a hit for years.”"
    assert_speaker(text, "taking a hit", "Michael Hopgood")


def test_a_friend_of_a_business_s_owner_is_still_nobody_by_name():
    text = ("Fire at garage\n\nThe garage burned on Monday. A friend of Tom Baxter of Baxter’s Garage in Leeds said: "
            "“It was terrible and we are all shocked by it.”")
    assert_speaker(text, "shocked by it", None)


def test_an_office_over_a_list_before_the_cue():
    text = LEDE + ("Ann Holland, councillor responsible for culture, tourism, and the economy said: “It was with a heavy "
                   "heart that the council had to refuse permission.”")
    quote = find(text, "heavy heart")
    assert (quote.speaker, quote.speaker_title) == ("Ann Holland", "councillor responsible for culture, tourism, and the economy")


def test_a_list_of_people_after_a_name_holds_no_office():
    text = LEDE + "John Smith, a father of three, his wife and their son said: “It was with a heavy heart that we left.”"
    assert_speaker(text, "heavy heart", None)


def test_will_is_the_first_name_of_the_one_will_the_text_names():
    text = "Head teacher Will Smithson organised the run.\n\nWill said: “It was fun for everyone who took part.”"
    assert_speaker(text, "fun for everyone", "Will Smithson")


def test_will_is_nobody_when_two_people_are_called_will():
    text = ("Head teacher Will Smithson and his deputy Will Jones organised the run.\n\n"
            "Will said: “It was fun for everyone who took part.”")
    assert_speaker(text, "fun for everyone", None)


# ---------------------------------------------------------------- quotations in doubled marks


def test_a_paragraph_opening_in_doubled_marks_runs_on_from_reported_speech():
    text = ("Ros MacGill said the attacks were often due to poor dog control.\n\n"
            "While some breeds were more aggressive, the risk could be reduced, she said.\n\n"
            "''It starts when the dog is a puppy, through socialisation with people.''")
    assert_speaker(text, "when the dog is a puppy", "Ros MacGill")


def test_doubled_marks_inside_a_sentence_do_not_open_the_paragraph():
    text = ("Ros MacGill said the attacks were often due to poor dog control.\n\n"
            "While some breeds were more aggressive, the risk could be reduced, she said.\n\n"
            "A sign at the park reads ''It starts when the dog is a puppy, through socialisation with people.''")
    assert_speaker(text, "when the dog is a puppy", None)
