"""Attribution rules of the fifth round, each on a hand-written sentence (conventions of news
writing, not one article's words): indirect-speech recall, nominal and organization
resolution, paragraph-opening quotations, names."""

from __future__ import annotations

from quote_text import quotes_of


def indirect(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(text) if q.kind == "indirect"]


def marked_speaker(text: str, fragment: str) -> str | None:
    matches = [q for q in quotes_of(text) if fragment in q.text and q.kind != "indirect"]
    assert matches, f"no quotation with {fragment!r}"
    return matches[0].speaker


# ------------------------------------------------------------------ indirect speech


def test_according_to_records_is_a_source_without_a_name():
    assert indirect("The guards slept at their desks for hours, according to court records.") == [
        ("The guards slept at their desks for hours", None)]


def test_according_to_an_organization_with_an_apposition_reports_the_clause_before():
    got = indirect("Tourism is critical to the economy of the region, according to the World Travel "
                   "and Tourism Council, an industry group.")
    assert got == [("Tourism is critical to the economy of the region", "World Travel and Tourism Council")]


def test_told_an_outlet_the_outlet_is_the_listener():
    got = indirect("The priest is acting as a go-between for the two camps, a senior source told Reuters.")
    assert got == [("The priest is acting as a go-between for the two camps", None)]


def test_plural_common_noun_subject_is_collective():
    assert indirect("Defense attorneys said the two were prepared to fight the charges.") == [
        ("the two were prepared to fight the charges", None)]


def test_capitalised_modifier_before_collective_subject():
    got = indirect("Even in a mild winter there were 750 leaks, Con Edison officials said.")
    assert got == [("Even in a mild winter there were 750 leaks", None)]


def test_honorific_with_full_stop_before_a_trailing_cue():
    got = indirect("Ian Michaels spoke.\n\nIn the cold, crews will not risk shutting down water mains, "
                   "Mr. Michaels said.")
    assert got == [("In the cold, crews will not risk shutting down water mains", "Ian Michaels")]


def test_a_cue_word_used_as_a_noun_does_not_cut_the_clause():
    got = indirect("Ray Mallon said an assembly would give local people more of a say over transport.")
    assert got == [("an assembly would give local people more of a say over transport", "Ray Mallon")]
    got = indirect("The doctors said they have volunteers licensed in all states to help.")
    assert got == [("they have volunteers licensed in all states to help", None)]


def test_relative_who_said_speaks_for_the_noun_before_it():
    got = indirect("He accepted the resignation of his defense minister Kim Yong-hyun, who said he "
                   "took full responsibility for what happened.")
    assert got == [("he took full responsibility for what happened", "Kim Yong-hyun")]


def test_relative_clause_report_ends_at_its_closing_comma():
    got = indirect("Marion Jones, who says she is innocent of all charges, could lose her medals.")
    assert got == [("she is innocent of all charges", "Marion Jones")]


def test_saying_clause_speaks_for_the_main_clause_subject():
    got = indirect("The US welcomed the exchange, saying the hostages had suffered from their ordeal.")
    assert got == [("the hostages had suffered from their ordeal", "US")]


def test_participle_inside_a_relative_clause_is_not_the_sentence_subjects():
    got = indirect("The Obama administration warned Netanyahu's party, which tried to rally support by "
                   "saying that the other side was gaining ground fast.")
    assert all(speaker is None or "Obama" not in speaker for text, speaker in got
               if text.startswith("the other side"))


def test_second_verb_of_a_subject_reports_for_it():
    got = indirect("In Washington, press secretary Josh Earnest condemned the attack and said the "
                   "government was willing to assist the investigation.")
    assert got == [("the government was willing to assist the investigation", "Josh Earnest")]


def test_told_reuters_never_makes_the_outlet_the_speaker():
    text = ("The ministers fled to the compound, the source, who said he had spoken to people "
            "inside, told Reuters.")
    assert all(speaker != "Reuters" for _, speaker in indirect(text))


# ------------------------------------------------------------------ organizations in focus


def test_a_lower_case_organization_nominal_is_the_one_organization_named_with_those_words():
    text = ("The California Public Utilities Commission met on Monday.\n\n"
            "The utilities commission is frustrated with both companies, saying they failed to "
            "share detailed information in real time.")
    assert indirect(text) == [("they failed to share detailed information in real time",
                               "California Public Utilities Commission")]


def test_two_organizations_with_those_words_name_neither():
    text = ("The Texas Public Utilities Commission and the California Public Utilities Commission "
            "met.\n\nThe utilities commission said it would publish new rules before the winter.")
    assert all(speaker is None for _, speaker in indirect(text))
