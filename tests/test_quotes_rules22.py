"""Organizations with a possessive in their name, places after a subject, and a few more
(2026-11-30, eighth session).

The cases are invented. Each stands for a wrong or missing record found by the last two
sessions' adversarial reviews, or in real news pages annotated blind this session and studied
afterwards (texts kept outside the repository: their licences are unknown). The near misses make
each rule's guard fail a test when it is switched off; the review's cases that the first rules got
wrong ("Coun. Hansen", "Deputy Chief Demkow") are among them."""

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


def test_an_acronym_names_its_organization_with_the_region_it_serves():
    text = ("Watchdog\n\nThe report from the Independent Investigations Office of B.C. went to prosecutors.\n\n"
            "A police dog was used during the arrest, and the man was seriously injured, the IIO said.\n")
    assert_speaker(text, "A police dog", "Independent Investigations Office of B.C.")


def test_an_acronyms_of_name_may_be_part_of_a_region():
    text = ("Suit\n\nThe ACLU of Northern California sued the city. “This policy is unconstitutional,” the ACLU "
            "said.\n")
    assert_speaker(text, "unconstitutional", "ACLU of Northern California")


def test_an_acronym_may_spell_the_of_in_its_name():
    text = ("Lockdown\n\nThe Mississippi Department of Corrections placed all prisons on lockdown.\n\nOn a Facebook "
            "page, MDOC posted that investigations were ongoing in what was referred to as, “a statewide "
            "incident,” with no further elaboration.\n")
    assert_speaker(text, "a statewide incident", "Mississippi Department of Corrections")


def test_a_department_named_by_its_field_first_is_the_department_the_text_names():
    text = ("Lockdown\n\nThe state Department of Corrections said six inmates were involved.\n\nAccording to the "
            "Corrections Department, seven prisons will reopen on Wednesday.\n")
    assert_speaker(text, "seven prisons will reopen", "Department of Corrections")


# ---------------------------------------------------------------- people


def test_someone_unnamed_whom_the_next_sentence_names_with_the_same_noun():
    text = ("Plot\n\nA British prosecutor said on Wednesday that the police had seized 100 computers.\n\n"
            "The prosecutor, Sue Hemming, emphasized that investigators were at an early stage.\n")
    assert_speaker(text, "seized 100 computers", "Sue Hemming")


def test_the_next_sentence_naming_someone_by_another_noun_names_nobody_unnamed():
    text = ("Plot\n\nA British prosecutor said on Wednesday that the police had seized 100 computers.\n\n"
            "The detective, Tom Hale, said that investigators were at an early stage.\n")
    assert_speaker(text, "seized 100 computers", None)


def test_a_byline_names_no_one_a_later_pronoun_means():
    text = ("Prisons\n\nBy Jim Dunton\n\nThe chief inspector of prisons has issued a damning commentary, "
            "describing conditions which he said had “no place in an advanced nation”.\n")
    assert_speaker(text, "no place in an advanced nation", None)


def test_a_surname_misspelt_by_one_letter_is_the_person_it_nearly_names():
    text = ("Verdict\n\nToronto police Chief Myron Demkiw spoke after the verdict.\n\n“We will go where the facts "
            "lead us,” Denkiw said.\n")
    assert_speaker(text, "go where the facts", "Myron Demkiw")


def test_a_surname_close_to_two_others_is_neither():
    text = ("Verdict\n\nMyron Demkiw and Anna Denkow spoke after the verdict.\n\n“We will go where the facts "
            "lead us,” Denkiw said.\n")
    assert_speaker(text, "go where the facts", "Denkiw")  # (as the text writes it)


def test_a_name_with_letters_beyond_latin_1_is_whole():
    text = ("Rally\n\n“We will chase you down wherever you go,” said Turkish President Recep Tayyip Erdoğan.\n\n"
            "“They are saying they will take to the streets,” said Erdoğan.\n")
    assert [q.speaker for q in quotes_of(text)] == ["Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"]


def test_the_media_that_report_a_quotation_introduced_by_its_speaker_do_not_speak_it():
    text = ("Talks\n\nHungarian Foreign Minister Peter Szijjarto on Monday said “the aim of this institute would be "
            "that we should not be taken for fools,” according to national media.\n")
    assert_speaker(text, "taken for fools", "Peter Szijjarto")


def test_a_sentence_opening_with_a_name_then_where_and_with_whom_is_that_persons():
    text = ("Talks\n\nHungarian Foreign Minister Peter Szijjarto at a joint press conference with his Polish "
            "counterpart Zbigniew Rau on Monday said “we should not be taken for fools.”\n")
    assert_speaker(text, "taken for fools", "Peter Szijjarto")


def test_a_verb_between_the_opening_name_and_the_cue_leaves_the_nearer_subject():
    text = ("Talks\n\nPeter Szijjarto at the meeting announced a plan and Zbigniew Rau said the talks had "
            "failed.\n")
    assert_speaker(text, "the talks had failed", "Zbigniew Rau")


@pytest.mark.parametrize("comma", ["", ","])
def test_the_one_a_paper_quoted_as_saying_speaks_with_the_title_the_text_gives(comma):
    text = ("Talks\n\n\"You cannot have dialogue and at the same time impose preconditions,\" the Dawn quoted "
            f"Foreign Office spokesperson Tasnim Aslam{comma} as saying at her weekly press briefing.\n")
    quote = find(text, "impose preconditions")
    assert (quote.speaker, quote.speaker_title) == ("Tasnim Aslam", "Foreign Office spokesperson")


def test_sources_quoted_as_saying_are_nobody():
    text = ("Bid\n\nVerizon has previously held preliminary merger discussions with MCI, Reuters quoted sources "
            "as saying.\n")
    assert records(text, "indirect") == [(None, "Verizon has previously held preliminary merger discussions with MCI")]


def test_a_description_with_a_partys_name_after_adjectives_is_the_one_who_just_spoke():
    text = ("Coalition\n\nNetanyahu had vowed “the Israeli opposition will have a strong and clear voice” if he is "
            "ousted.\n\n“If it's our destiny to be in the opposition, we'll do so with our heads high,” said the "
            "right-wing Likud party boss.\n\nBenjamin Netanyahu has led Likud since 2005.\n")
    assert_speaker(text, "our destiny", "Benjamin Netanyahu")


@pytest.mark.parametrize("tail", ["on X", "on Twitter", "in a statement"])
def test_a_described_speaker_before_a_phrase_naming_a_place_or_service(tail):
    text = (f"Vote\n\nCuban President Miguel Diaz-Canel also congratulated Maduro.\n\n\"Today the dignity of the "
            f"people triumphed,\" said the president {tail}.\n")
    assert_speaker(text, "dignity of the people", "Miguel Diaz-Canel")


def test_a_countrys_leader_is_its_president_or_prime_minister():
    text = ("Vote\n\nCuban President Miguel Diaz-Canel also congratulated Maduro.\n\n\"Today the dignity of the "
            "people triumphed,\" wrote the Cuban leader.\n")
    assert_speaker(text, "dignity of the people", "Miguel Diaz-Canel")


def test_a_vice_president_is_no_countrys_leader():
    text = ("Vote\n\nCuban Vice President Salvador Valdes Mesa also congratulated Maduro.\n\n\"Today the dignity of "
            "the people triumphed,\" wrote the Cuban leader.\n")
    assert_speaker(text, "dignity of the people", None)


def test_a_politician_is_the_one_the_story_is_about():
    text = ("Protest\n\nMs Yingluck called for an end to protests after surviving a no-confidence vote yesterday. "
            "But Suthep Thaugsuban rejected her appeal. “We will not let them work any more,” the former senior "
            "opposition politician said.\n")
    assert_speaker(text, "work any more", "Suthep Thaugsuban")


def test_an_office_of_a_place_in_lower_case_leaves_the_place_out_of_the_name():
    text = ("Sentence\n\nFormer mayor of New Orleans Ray Nagin saw his political career rise and fall.\n\nWith his "
            "voice cracking, Nagin said in court, \"I trust God is going to work all this out.\"\n")
    assert_speaker(text, "I trust God", "Ray Nagin")


def test_an_office_named_by_its_holders_title_speaks_as_the_office():
    text = ("Recall\n\nAccording to the Secretary of State’s Office, there have been 54 efforts to recall California "
            "governors since 1911.\n\n“We are ready,” the Secretary of State’s Office said.\n")
    found = quotes_of(text)
    assert [(q.speaker, q.speaker_title) for q in found] == [("Secretary of State’s Office", None)] * 2


def test_a_public_body_is_no_company_though_its_name_says_market():
    text = ("Fine\n\nThe State Administration for Market Regulation fined the firm on Saturday, the regulator said. "
            "\n\nThe company said it “sincerely” accepted the penalty and will comply.\n")
    assert_speaker(text, "sincerely", None)


def test_the_union_is_no_company_the_text_names():
    text = ("Strike\n\nChemineer workers walked out in March. “It certainly doesn’t meet up with their statements,” "
            "Carr said.\n\nThe union has said it cannot agree to proposed changes in rules governing overtime.\n")
    assert_speaker(text, "cannot agree", None)


def test_the_union_is_the_union_the_text_names():
    text = ("Strike\n\nThe United Auto Workers sent 7,000 more workers onto picket lines on Friday.\n\nThe union has "
            "said it cannot agree to proposed changes in rules governing overtime.\n")
    assert_speaker(text, "cannot agree", "United Auto Workers")


def test_a_news_agency_named_alone_is_no_person_a_later_he_means():
    text = ("Court\n\nPresident Emmerson Mnangagwa won the vote. Nelson Chamisa leads the MDC.\n\nReuters said "
            "Chamisa had questioned the independence of the judiciary on Thursday.\n\n“We are not about to be a "
            "meal for lions,” he told reporters.\n")
    assert find(text, "questioned the independence").speaker == "Reuters"
    assert find(text, "meal for lions").speaker != "Reuters"


def test_an_age_in_words_describes_the_one_who_just_spoke():
    text = ("Vote\n\nPresident Emmerson Mnangagwa has admitted that the country had been divided at the polls.\n\nIn his "
            "first reaction, the septuagenarian said he was humbled to have emerged tops of the race.\n")
    assert_speaker(text, "humbled", "Emmerson Mnangagwa")


def test_the_met_is_the_metropolitan_police_the_text_names():
    text = ("Inquiry\n\nA former Metropolitan Police officer was accused of misconduct.\n\nThe Met says it has no "
            "record of the second allegation.\n")
    assert_speaker(text, "no record", "Metropolitan Police")


def test_an_office_in_lower_case_set_off_before_a_name_is_their_title():
    text = ("Shooting\n\nThe Queensland police commissioner, Katarina Carroll, late on Monday night said the "
            "situation remained an active event.\n\n“We are in mourning tonight,” Carroll said. The commissioner "
            "said the alleged offenders had not been captured.\n")
    assert [q.speaker for q in quotes_of(text)] == ["Katarina Carroll"] * 3


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        ("Tax freeze\n\nCoun. Lisa Hanson proposed a property tax freeze on Monday. Her colleague on the finance "
         "committee, Coun. Hansen, disagreed.\n\n“A freeze means cuts,” Hansen said.\n", "freeze means cuts", "Hansen"),
        ("New unit\n\nPolice Chief Myron Demkiw announced a new division. Deputy Chief Demkow, who will lead the new "
         "division, spoke after him.\n\n“It is overdue,” Demkow said.\n", "It is overdue", "Demkow"),
        ("Budget\n\nCouncillors Mark Hansen and Lisa Hanson voted against the plan.\n\n“This budget is "
         "irresponsible,” Hanzen said.\n", "budget is irresponsible", "Hanzen"),
    ],
)
def test_a_surname_the_text_introduces_itself_or_close_to_two_is_no_typo(text, fragment, speaker):
    assert_speaker(text, fragment, speaker)


def test_an_unnamed_description_the_next_sentence_names_is_that_person():
    text = ("Trial opens\n\nLONDON — A British prosecutor said on Monday that the defendant had planned the attack "
            "for months. “He researched his targets carefully,” the prosecutor told the jury.\n\nThe prosecutor, Sue "
            "Hemming, said the evidence was overwhelming.\n")
    assert_speaker(text, "researched his targets", "Sue Hemming")


def test_a_role_the_text_gives_someone_else_is_not_the_story_subjects():
    text = ("Leadership race\n\nJean Charest launched his campaign in Montreal. Pierre Poilievre, the frontrunner, "
            "drew a bigger crowd in Ottawa.\n\n“We will win this,” the frontrunner replied.\n")
    assert find(text, "We will win this").speaker != "Jean Charest"


def test_a_department_named_by_its_field_first_takes_the_whole_name_the_text_gives():
    text = ("California prisons\n\nThe California Department of Corrections and Rehabilitation said Friday it will "
            "close another prison.\n\n“The population has declined by half,” the Corrections Department said.\n")
    assert_speaker(text, "declined by half", "California Department of Corrections and Rehabilitation")


# ---------------------------------------------------------------- sport and multi-paragraph quotations


def test_a_title_right_before_a_three_word_name_leaves_it_whole():
    text = ("Injuries\n\nAccording to assistant coach Khalil Ben Youssef, the side will be without three players.\n\n"
            "“Ashley this week won’t be with us,” Youssef told FARPost.\n")
    assert_speaker(text, "won’t be with us", "Khalil Ben Youssef")


def test_the_unnamed_one_the_text_introduced_is_who_the_description_means():
    text = ("Deal\n\nIves Galarcep reports that seven teams voted against the deal. One player, who was at the table, "
            "told colleagues he was upset.\n\n“It seemed as if a strike wouldn't have helped,” said the player.\n")
    assert_speaker(text, "strike wouldn't have helped", None)


def test_a_description_of_the_story_subject_with_no_unnamed_one_before():
    text = ("Final\n\n“We played well,” said Ives Galarcep.\n\n“It seemed as if we would never score,” said the "
            "player.\n")
    assert_speaker(text, "never score", "Ives Galarcep")


def test_a_quotation_over_paragraphs_attributed_where_it_closes_is_that_speakers_throughout():
    text = ("Injury\n\nBabafemi Raji, the team’s media officer, confirmed that Nwabali had a knee injury.\n\n“Yes, he "
            "had a scan yesterday, and we are waiting for the result.\n\n“I think he has done well so far.\n\n“But "
            "we just have to wait until we hear the result of the scan,” he said.\n")
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] == ["Babafemi Raji"] * 3


def test_a_paragraph_that_closes_its_own_quotation_takes_no_later_speaker():
    text = ("Injury\n\nThe coach gave no details.\n\n“Yes, he had a scan yesterday.”\n\n“But we just have to wait,” "
            "Babafemi Raji said.\n")
    assert_speaker(text, "had a scan yesterday", None)


def test_a_nationality_in_a_description_places_nobody():
    text = ("Test\n\nVirat Kohli’s India lost by an innings. The Indian skipper did not give excuses.\n\nGiving "
            "England credit, Kohli said, “Not very proud of the way we played.”\n\nNot giving excuses, the Indian "
            "captain further said, “Can’t really think about those things.”\n")
    assert_speaker(text, "Can’t really think", "Virat Kohli")


def test_a_lede_description_is_the_holder_the_next_paragraph_names_after_a_teams_name():
    text = ("Coach\n\n'When I said they don't deserve to be in the team I didn't mean they lack skill,' said the "
            "Bafana head coach.\n\nBafana Bafana head coach Hugo Broos says his comments have nothing to do with "
            "ability.\n")
    assert_speaker(text, "don't deserve", "Hugo Broos")
