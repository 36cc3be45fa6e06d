"""Attribution rules of the tenth round, each a class of error found on the blind held-out sets
13 and 14: letters after a name, and a surname shared with someone named only later."""

from __future__ import annotations

from quote_text import find


def test_letters_after_a_name_are_no_surname():
    text = ("Ian MacDonald QC quit the panel in protest.\n\n"
            "Mr MacDonald told BBC News: \"I fundamentally disagree with the law.\"")
    assert find(text, "fundamentally").speaker == "Ian MacDonald"
    text = "\"We will vote against it,\" said Jane Smith MP. \"It is wrong,\" Ms Smith added."
    assert find(text, "vote against").speaker == "Jane Smith"
    assert find(text, "It is wrong").speaker == "Jane Smith"


def test_surname_means_the_one_named_before_not_one_named_later():
    text = ("Open-side Martyn Williams is fit to start.\n\n"
            "\"I feel quite fresh,\" Williams told BBC Sport Wales.\n\n"
            "Wales: S Williams (Ospreys), M Williams (Blues), R Sidoli (Blues).")
    assert find(text, "quite fresh").speaker == "Martyn Williams"


def test_surname_shared_by_two_named_before_is_nobody_for_sure():
    text = ("The coach picked Shane Williams and Martyn Williams on Monday.\n\n"
            "\"I feel quite fresh,\" Williams told BBC Sport Wales.")
    assert find(text, "quite fresh").speaker is None


def test_inverted_cue_with_a_title_names_its_holder():
    text = ("British and Irish Lions coach Clive Woodward says he is unlikely to pick them.\n\n"
            "\"Their performance was simply awesome,\" said the Lions coach.\n\n"
            "Finance Minister John Smith spoke on Monday.\n\n"
            "\"The budget will be balanced next year,\" said the minister.")
    assert find(text, "simply awesome").speaker == "Clive Woodward"
    assert find(text, "budget will be balanced").speaker == "John Smith"
    # an office the text gave nobody is nobody
    assert find("\"We will win the election,\" said the Labour leader.", "win the election").speaker is None


def test_object_of_the_cue_is_no_inverted_subject():
    text = ("Tarot author Arthur Waite died in 1942.\n\n"
            "When Arthur Waite died, his obituary, published in the Brooklyn Daily Eagle, called him the "
            "author of “many books on occult phenomenon.” There was no mention of his deck.")
    assert find(text, "occult").speaker != "Arthur Waite"


def test_the_company_after_a_one_word_company_that_spoke():
    text = ("Microsoft has said it will replace 14 million power cables.\n\n"
            "The company said the move was a \"preventative step\" after reports of fire hazards. "
            "In a statement, it added: \"Any damage was contained within the console.\"")
    assert find(text, "the move was").speaker == "Microsoft"
    assert find(text, "Any damage").speaker == "Microsoft"
    # a one-word name nobody says anything under is no company to refer to
    text = ("The findings linked Prozac to violent behaviour.\n\n"
            "The company says the article continues to \"spread fear among patients\".")
    assert find(text, "spread fear").speaker != "Prozac"


def test_a_country_alone_is_no_persons_surname():
    text = ("Manager Brian Kerr praised Stephen Carr at the Stade de France.\n\n"
            "\"We are happy,\" said Carr. Switzerland, Ireland, France and Israel are all now tied on five "
            "points. \"In Basel we did not play great football.\"")
    # "France" is the country, not "Stade de France" taken for a person: Carr's voice runs on
    assert find(text, "great football").speaker == "Stephen Carr"
    text = "Michael Jordan scored twice.\n\nJordan said: \"We won the game tonight.\""
    assert find(text, "We won").speaker == "Michael Jordan"


def test_descriptive_role_with_a_club_means_the_story_subject():
    text = ("Steve Finnan believes Ireland can qualify. The versatile Finnan starred against France.\n\n"
            "\"There is a chance for us now to win the group,\" said the Liverpool player.")
    assert find(text, "chance for us").speaker == "Steve Finnan"


def test_a_daughter_named_by_first_name_shares_the_surname():
    text = ("Festival organiser Michael Eavis announced the plan.\n\n"
            "Mr Eavis' daughter Emily said it was \"quite a big step in terms of ticketing\".")
    assert find(text, "quite a big step").speaker == "Emily Eavis"


def test_company_descriptor_before_its_name():
    q = find("Bookmaker Ladbrokes said it would continue to accept bets on the final.", "accept bets")
    assert q.speaker == "Ladbrokes"
    q = find("Group Captain John Smith said: \"We fly at dawn tomorrow.\"", "fly at dawn")
    assert q.speaker == "John Smith"


def test_quotation_after_an_unnamed_paragraph_continues_the_last_voice():
    text = ("\"We lost,\" Tom Smith said.\n\n"
            "The rain fell all day. \"It was a hard match for all of us.\"")
    assert find(text, "hard match").speaker == "Tom Smith"
    text = ("\"We lost,\" Tom Smith said.\n\n"
            "Mr Jones left early. \"It was a hard match for all of us.\"")
    assert find(text, "hard match").speaker != "Tom Smith"


def test_untitled_report_speaks_for_the_organization_that_wrote_it():
    text = ("A National Audit Office report on the 20 biggest projects says costs have risen.\n\n"
            "\"Many problems can be traced to the assessment phase,\" the report says.")
    assert find(text, "Many problems").speaker == "National Audit Office"
    # two organizations' reports: whose is "the report" is unclear
    text = ("A National Audit Office report and an Audit Commission report were published.\n\n"
            "\"Many problems can be traced to the assessment phase,\" the report says.")
    assert find(text, "Many problems").speaker is None


def test_plural_possessive_inside_an_organization_name():
    text = "The Musicians' Union said British musicians are \"disadvantaged\" compared to others."
    assert find(text, "disadvantaged").speaker == "Musicians' Union"
    text = "The Music Managers' Forum say it is \"an uphill struggle\" for new bands."
    assert find(text, "uphill struggle").speaker == "Music Managers' Forum"
