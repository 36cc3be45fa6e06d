"""Names with particles, initials and styles, offices the lexicon lacked, and what the
twenty-sixth session (2026-12-02) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind earlier and studied in this session (texts kept outside the repository: their
licences are unknown). The near misses make each rule's guard fail a test when it is switched
off."""

from __future__ import annotations

from quote_text import assert_speaker, find


# ---------------------------------------------------------------- names and their parts


def test_a_country_is_the_whole_domain_of_an_office_before_a_name():
    text = "“Revenues fell by half,” President of Egypt Abdel Fattah al-Sisi said."
    quote = find(text, "Revenues fell")
    assert (quote.speaker, quote.speaker_title) == ("Abdel Fattah al-Sisi", "President of Egypt")


def test_an_offices_domain_still_runs_up_to_a_first_name():
    text = "“Revenues fell by half,” said Minister of State Security Ali Khan."
    quote = find(text, "Revenues fell")
    assert (quote.speaker, quote.speaker_title) == ("Ali Khan", "Minister of State Security")


def test_a_particle_capitalised_at_a_sentences_start_is_the_same_surname():
    text = ("“I do not need to describe the threats we face,” Ursula von der Leyen said. "
            "“We must act now,” Von der Leyen said.")
    assert_speaker(text, "I do not need to describe", "Ursula von der Leyen")
    assert_speaker(text, "We must act now", "Ursula von der Leyen")


def test_a_given_name_that_is_a_common_word_after_an_office():
    text = ("“The agreement is important for both Norway and the EU,” said Norway’s Fisheries "
            "Minister Per Sandberg. “It provides stability,” Sandberg said.")
    assert_speaker(text, "The agreement is important", "Per Sandberg")
    assert_speaker(text, "It provides stability", "Per Sandberg")


def test_a_common_word_opening_a_sentence_before_a_name_is_still_dropped():
    text = "“We will win this fight,” Labour leader Maybe Jones said."
    assert find(text, "We will win").speaker != "Maybe Jones"


def test_a_pilgrims_style_is_no_part_of_the_name():
    text = "“Please permit me to apologise to the family,” said Alhaji Lai Mohammed."
    assert_speaker(text, "Please permit me", "Lai Mohammed")


# ---------------------------------------------------------------- offices


def test_offices_of_american_counties_and_assemblies():
    text = ("The sheriff’s office searched the river, Undersheriff Clay Herbst said.\n\n"
            "“I have waited more than 12 hours on the wall,” stated Assemblymember Freddie Rodriguez. "
            "“These delays are dangerous,” Assemblymember Rodriguez said.")
    quote = find(text, "searched the river")
    assert (quote.speaker, quote.speaker_title) == ("Clay Herbst", "Undersheriff")
    assert_speaker(text, "These delays are dangerous", "Freddie Rodriguez")


def test_a_chief_investment_officer_by_initials():
    text = "“That is going to be tough this year,” said CalPERS CIO Joe Dear."
    quote = find(text, "going to be tough")
    assert (quote.speaker, quote.speaker_title) == ("Joe Dear", "CalPERS CIO")


def test_a_body_of_officers_is_no_officer():
    text = ("On Wednesday, the Association of Ambulance Chief Executives said the sector was "
            "experiencing “some of the highest levels of emergency activity in its history”.")
    assert_speaker(text, "highest levels", "Association of Ambulance Chief Executives")

