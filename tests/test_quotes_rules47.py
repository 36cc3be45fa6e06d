"""Names after an office's abbreviation, couples, offices with a domain before their body, and
what the thirty-third session (2026-12-02) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind in an earlier session and studied in this one (texts kept outside the
repository: their licences are unknown), or for a case one of the session's reviewers made
worse with an early form of a rule (the review sections). The near misses make each rule's
guard fail a test when it is switched off."""

from __future__ import annotations

from quote_text import assert_speaker, find

LEDE = "Storm damage closed roads across the county on Monday.\n\n"


# ---------------------------------------------------------------- names and their first words


def test_a_name_after_an_office_s_abbreviation_is_whole_for_its_surname_later():
    text = LEDE + ("Gov. Jenniffer Gonzalez said there was a “failure in the transmission of power.”\n\n"
                   "Gonzalez cut her holiday short.\n\n"
                   "“There are no words that can ease the frustration,” Gonzalez said in her post.")
    assert_speaker(text, "no words", "Jenniffer Gonzalez")


def test_the_first_of_a_couple_named_by_one_surname_is_that_surname_s():
    text = LEDE + ("The phone has not stopped ringing at Allen and Violet Large’s home since the win.\n\n"
                   "Violet and Allen Large had everything they ever wanted.\n\n"
                   "“That money that we won was nothing,” Allen, 75, told reporters.")
    assert_speaker(text, "was nothing", "Allen Large")


def test_whom_a_person_tells_is_no_document_that_speaks():
    text = LEDE + "“That money was nothing,” John Smith, 75, told the paper."
    assert_speaker(text, "was nothing", "John Smith")


def test_a_document_after_said_speaks_for_itself():
    # near miss: "said the paper" is the paper's own cue
    text = LEDE + "“That money was nothing,” said the paper."
    assert_speaker(text, "was nothing", None)


# ---------------------------------------------------------------- bodies described and reported


def test_what_organisers_are_called_is_no_word_of_their_firm_s_name():
    text = LEDE + ("Organisers Cocker Hoop Creative Ltd called off the food festival last week.\n\n"
                   "The firm admitted there had been “some issues” with the licence.")
    quote = find(text, "some issues")
    assert quote.speaker == "Cocker Hoop Creative Ltd"


def test_a_plural_word_opening_a_body_s_name_without_a_legal_form_stays():
    # near miss: "Doctors Without Borders" is a body's whole name
    text = LEDE + "Doctors Without Borders said the plan was “reckless.”"
    assert find(text, "reckless").speaker == "Doctors Without Borders"


def test_an_outlet_that_can_reveal_a_story_is_not_the_firm_that_speaks():
    text = ("A food festival never had a licence, the BBC can reveal.\n\n"
            "Organisers Cocker Hoop Creative Ltd pulled the plug last week.\n\n"
            "The firm admitted there had been “some issues” with its application.")
    assert find(text, "some issues").speaker == "Cocker Hoop Creative Ltd"


# ---------------------------------------------------------------- an office's domain before its body


def test_a_member_responsible_for_a_domain_at_a_council_with_no_closing_comma():
    text = LEDE + ("Victoria Wilson, cabinet member responsible for Trading Standards at Staffordshire County "
                   "Council said: “Keeping communities safe is our priority.”")
    quote = find(text, "communities safe")
    assert (quote.speaker, quote.speaker_title, quote.organization) == (
        "Victoria Wilson", "cabinet member responsible for Trading Standards", "Staffordshire County Council")


def test_a_member_for_a_domain_of_a_council_with_no_closing_comma():
    text = LEDE + ("Anne Wilson, cabinet member for Trading Standards at Staffordshire County "
                   "Council said: “Keeping communities safe is our priority.”")
    assert find(text, "communities safe").speaker == "Anne Wilson"


# ---------------------------------------------------------------- offices in a name's run


def test_an_agent_in_charge_after_the_cue():
    text = LEDE + "“Cocaine is back,” said DEA Special Agent in Charge Ray Donovan."
    quote = find(text, "Cocaine is back")
    assert (quote.speaker, quote.speaker_title) == ("Ray Donovan", "DEA Special Agent in Charge")


def test_an_agent_in_charge_keeps_the_title_as_printed_for_the_next_quotation():
    text = LEDE + ("“Cocaine is back,” said DEA Special Agent in Charge Ray Donovan.\n\n"
                   "“This seizure shows a new threat,” Donovan said.")
    assert find(text, "new threat").speaker_title == "DEA Special Agent in Charge"


# ---------------------------------------------------------------- single marks over paragraphs


def test_a_single_quotation_reopened_after_its_cue_runs_on_into_the_next_paragraph():
    text = LEDE + ("'The evidence is clear,' said Mick Gianassi. 'There are almost half the number of casualties.\n\n"
                   "'There is clear evidence that the public accept speed cameras.'")
    assert_speaker(text, "almost half", "Mick Gianassi")
    assert_speaker(text, "public accept", "Mick Gianassi")


def test_a_single_mark_before_a_double_closer_opens_no_quotation_to_the_paragraph_s_end():
    # near miss: "'Networks … revenue,” it said": the marks are mixed, and the double quotation
    # after it belongs to the body
    text = LEDE + ("Paul Myers urged people to 'dump' such brands. The BPI is quick to condemn them. "
                   "'Networks like these facilitate illegal filesharing,\" it said in a statement. "
                   "\"Illegal file-sharers steal millions of pounds,\" it said. \"This has been a problem "
                   "for a long time,\" Mark Mulligan told the BBC.\n\n"
                   "'Advertisers pay a lot less here than on other sites.'")
    assert_speaker(text, "a problem for a long time", "Mark Mulligan")


# ---------------------------------------------------------------- relative clauses


def test_who_after_an_apposition_is_the_person_it_describes():
    text = LEDE + ("Also present was Labour MSP Neil Findlay, a strong supporter of the campaign, who "
                   "commented: “The campaigners were fantastic.”")
    assert_speaker(text, "campaigners were fantastic", "Neil Findlay")


def test_who_after_an_apposition_naming_another_person_is_not_the_first_one_s():
    # near miss: "the widow of John Lennon, who": "who" may be either; nobody is guessed
    text = LEDE + ("Also present was Yoko Ono, the widow of John Lennon, who said: “The campaigners were fantastic.”")
    assert_speaker(text, "campaigners were fantastic", None)


# ---------------------------------------------------------------- subjects that are no speaker


def test_a_state_s_abbreviation_after_a_county_is_no_speaker():
    text = LEDE + ("Mayor de Blasio and officials of a region reaching down to Ocean County, N.J. announced that "
                   "people living in Williamsburg must get their shots.")
    quote = find(text, "must get their shots")
    assert (quote.speaker, quote.organization) == (None, None)


def test_a_place_in_an_unnamed_subject_s_description_is_no_speaker():
    text = LEDE + ("The single-ticket winner of one of the largest lottery prizes in the United States says he plans "
                   "to give 10 percent of his winnings to his church.")
    assert_speaker(text, "10 percent", None)


def test_a_country_as_the_subject_still_speaks():
    # near miss: "The United States says", "Britain says": a country's own statement
    text = LEDE + "The United States says it will act against the smugglers this year."
    assert_speaker(text, "act against the smugglers", "United States")
    text = LEDE + "Britain says it will act against the smugglers this year."
    assert_speaker(text, "act against the smugglers", "Britain")


# ---------------------------------------------------------------- review: cases made worse by early forms


REVIEW_CASES = {
    # a state's abbreviation ends its sentence: the next word is no first name
    "state_abbreviation_ends_a_sentence": (
        "The plant sits on the edge of Wilmington, Del. Exhausted Tom Reilly, the local fire chief, said crews "
        "had worked through the night.\n\n“People can go back to their homes tonight,” Reilly said.",
        "go back to their homes", "Tom Reilly"),
    "republic_abbreviation_ends_a_sentence": (
        "Thousands lined the streets of San Pedro de Macoris, Dominican Rep. Proud Maria Alvarez, his mother, "
        "said she had cried all night.\n\n“He always told me he would do it,” Alvarez said.",
        "always told me", "Maria Alvarez"),
    "rank_ends_a_sentence_before_a_word_of_feeling": (
        "Among the guests was the widow of the commanding officer, a retired Brig. Gen. Grieving Margaret "
        "Holloway said the day was always hard.\n\n“I think of him every morning,” Holloway said.",
        "every morning", "Margaret Holloway"),
    # the police as a domain: the title keeps its force or region
    "minister_of_police_and_public_safety": (
        "Minister of Police and Public Safety Anthony Mbeki said the reforms were long overdue. “Our officers "
        "deserve better training,” Mbeki said.",
        "reforms were long overdue", "Anthony Mbeki"),
    # two brands are no couple
    "two_brands_joined_by_and": (
        "Motorists said they had been sent down the road by both Google and Apple Maps. Google Maps has since "
        "removed the route.\n\nGoogle said it was looking into the problem. “We take reports like this very "
        "seriously,” Google said in a statement.",
        "very seriously", "Google"),
    # a firm's name may open on a plural noun
    "a_firm_named_for_lawyers": (
        "Lawyers Title Insurance Corp said profit rose 12% to $48 million. “It has been a strong year for the "
        "business,” the company said.",
        "strong year", "Lawyers Title Insurance Corp"),
    # a publisher revealing its own news stays the company
    "a_publisher_s_own_announcement": (
        "The owner of The Sun and The Times is to close one of its printing plants with the loss of 120 jobs.\n\n"
        "News UK can reveal that the plant in Knowsley will shut in the spring. The company said the decision "
        "reflected falling print sales.\n\n“We are grateful to everyone who has worked at the site,” the "
        "company said.",
        "grateful to everyone", "News UK"),
    # a sexed word that is no head of the description, a first name both sexes use
    "a_girl_band_manager_is_a_man": (
        "Simon Kettering, who discovered the band Starlight, said the show would look for the next big act. "
        "The 52-year-old girl-band manager said he was looking for “raw talent, not polish”.",
        "raw talent", "Simon Kettering"),
    "a_father_called_ashley": (
        "Ashley Young, who joined the club in 2023, said he still felt he had plenty to offer. The 38-year-old "
        "father-of-two said: “I feel as fit as I did ten years ago.”",
        "as fit as I did", "Ashley Young"),
    # whom a relative of someone told
    "a_neighbour_of_a_suspect_tells_the_paper": (
        "“He kept himself to himself and never caused any trouble,” the neighbour of suspect Daniel Price, who "
        "did not want to be identified, told the paper.",
        "kept himself to himself", None),
    "the_mother_of_a_victim_tells_the_paper": (
        "“He was the kindest boy you could ever meet,” the mother of victim Tyrone Bennett, 17, told the local "
        "paper.",
        "kindest boy", None),
}

REVIEW_CASES_2 = {
    # a press watchdog's initials are no title
    "the_press_complaints_commission": (
        "The Press Complaints Commission (PCC) upheld the complaint on Tuesday.\n\n“The article was inaccurate "
        "and misleading,” the PCC said.",
        "inaccurate and misleading", "Press Complaints Commission"),
    # an office in charge of a body, and a name with its body after it
    "an_agent_in_charge_of_a_division": (
        "“This network poisoned our communities,” said Special Agent in Charge of the FBI Boston Division "
        "Jodi Cohen.",
        "poisoned our communities", None),
    "an_agent_in_charge_then_the_body_after_the_name": (
        "“This network poisoned our communities,” said Special Agent in Charge Jodi Cohen of the FBI's Boston "
        "Division.",
        "poisoned our communities", None),
    # a partial quotation, then an elision opening the next sentence
    "an_elided_club_name_after_a_partial_quotation": (
        "Striker Kemar Roofe called it 'a special day'. 'Gers fans have waited a long time for a win like this "
        "one, and they celebrated late into the night.",
        "fans have waited", None),
    # "who" after a relation's object, or after a couple
    "the_brother_of_a_named_man": (
        "The protest was led by the brother of Labour MP Neil Findlay, a retired miner himself, who said: "
        "“People will not accept this.”",
        "will not accept", None),
    "a_couple_then_who": (
        "An appeal was made by Mark and Lisa Brown, the parents of the missing girl, who said: “Please just "
        "come home.”",
        "come home", None),
    # a lede's head of a body, and the next paragraph names its head without the body
    "the_head_of_a_body_named_in_the_next_paragraph": (
        "The world is not ready for the next pandemic, the head of the World Health Organization has warned.\n\n"
        "Dr Tedros Adhanom Ghebreyesus told delegates in Geneva that countries had not learned the lessons of "
        "Covid.",
        "not ready for the next pandemic", "Tedros Adhanom Ghebreyesus"),
    # a company's initials are no state's
    "a_company_s_initials_after_a_comma": (
        "In a statement on Monday, G.M. said it would recall the cars this year.",
        "recall the cars", "G.M."),
}

REVIEW_CASES_3 = {
    # where someone is from is no relative pronoun's antecedent
    "who_after_a_description_with_a_town": (
        "The car was struck by a van driven by Mark Hughes, a plumber from Bury, who also told the court: "
        "“I will regret it for the rest of my life.”",
        "regret it", None),
    "which_after_a_firm_from_a_town": (
        "The work will be carried out by a building firm from Hull, which later said: “We are delighted to "
        "have won this contract.”",
        "delighted to have won", None),
    # a rank's abbreviation before a word, then a first name we know
    "a_rank_then_a_word_then_a_name": (
        "He was promoted to Sgt. Colleague Tom Reed said he deserved it. “He is the best officer I know,” "
        "Reed said.",
        "best officer", "Tom Reed"),
    # a single quotation after another party's sentence is no reopened one
    "another_party_s_sentence_before_a_single_mark": (
        "'I was never told,' said Lynn Ford. The hospital trust disagrees. 'Every family was written to in "
        "March and again in May.\n\n'We stand by our staff.'",
        "Every family was written to", None),
    # a source after "from" stays the relative pronoun's (the dropped guard for towns lost these)
    "which_after_a_statement_from_a_firm": (
        "The council published a statement from Google, which said: “We are sorry for the outage.”",
        "sorry for the outage", "Google"),
    # a source after "from" stays the relative pronoun's
    "which_after_figures_from_a_body": (
        "The rise was confirmed by the latest figures from the Office for National Statistics, which said: "
        "“Prices rose in every region.”",
        "Prices rose", "Office for National Statistics"),
    # an office of a body, then its holder after a comma
    "an_office_of_a_body_then_its_holder": (
        "“This will make us self-reliant in petrochemicals,” said Chairman of Bharat Petroleum Corporation "
        "G Krishnakumar.\n\n“The project will be completed by 2028,” said the Chairman of Bharat Petroleum "
        "Corporation, G Krishnakumar.",
        "completed by 2028", "G Krishnakumar"),
    # a bank's name in a headline, then "the bank"
    "a_bank_named_in_a_headline": (
        "Royal Bank of Scotland to close 62 branches\n\n"
        "Dozens of branches will shut by the end of the year.\n\n"
        "The bank said fewer customers were using branches and most now banked online.",
        "fewer customers", "Royal Bank of Scotland"),
    # a hyphenated word in whom someone tells
    "told_a_state_run_agency": (
        "“Any such weapons will be destroyed,” Dmitry Peskov told the state-run TASS news agency on Monday.",
        "weapons will be destroyed", "Dmitry Peskov"),
    "organisers_of_a_firm": (
        "Organisers of Glastonbury Festivals Ltd said the site was unsafe. The firm said all tickets would be "
        "refunded.",
        "site was unsafe", "Organisers of Glastonbury Festivals Ltd"),
    # producers are a firm's own first word
    "a_firm_named_for_producers": (
        "Producers Rice Mill Inc. said profit rose 12% to $48 million this year.",
        "profit rose", "Producers Rice Mill Inc"),
}


def test_review_cases():
    for name, (text, fragment, speaker) in {**REVIEW_CASES, **REVIEW_CASES_2, **REVIEW_CASES_3}.items():
        try:
            assert_speaker(text, fragment, speaker)
        except AssertionError as failure:
            raise AssertionError(name) from failure


# ---------------------------------------------------------------- headlines and papers


def test_a_headline_s_capitals_are_no_union_the_story_names_later():
    text = ("Baggage Handlers, Security Workers Set To Strike At New York Airports, Could Disrupt Travel\n\n"
            "A union representing some security workers approved a strike on Tuesday.\n\n"
            "The union said in a statement that the strike was approved after the firm threatened to fire workers.")
    assert_speaker(text, "strike was approved", None)
