"""Names after an office's abbreviation, couples, the sex a description tells, and what the
thirty-third session (2026-12-02) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind in an earlier session and studied in this one (texts kept outside the
repository: their licences are unknown), or for a case one of the session's reviewers made
worse with an early form of a rule (the review sections). The near misses make each rule's
guard fail a test when it is switched off."""

from __future__ import annotations

from quote_text import assert_speaker, find, quotes_of

LEDE = "Storm damage closed roads across the county on Monday.\n\n"


# ---------------------------------------------------------------- names and their first words


def test_a_name_after_an_office_s_abbreviation_is_whole_for_its_surname_later():
    text = LEDE + ("Gov. Jenniffer Gonzalez said there was a “failure in the transmission of power.”\n\n"
                   "Gonzalez cut her holiday short.\n\n"
                   "“There are no words that can ease the frustration,” Gonzalez said in her post.")
    assert_speaker(text, "no words", "Jenniffer Gonzalez")


def test_the_police_are_the_whole_domain_of_an_office_before_an_unknown_first_name():
    text = LEDE + ("Rampur Superintendent of Police Keshav Kumar Chaudhary said 14 passengers were hurt. "
                   "“Two or three of them were taken to hospital.”\n\n"
                   "“The track may have broken under pressure,” Chaudhary said.")
    quote = find(text, "under pressure")
    assert (quote.speaker, quote.speaker_title) == ("Keshav Kumar Chaudhary", "Rampur Superintendent of Police")


def test_police_and_a_body_s_word_are_one_body_before_the_name():
    # near miss: "Police Federation" is the body's name, not "Police" then a name
    text = LEDE + "Chairman of the Police Federation Steve White said the roads were “treacherous.”"
    assert find(text, "treacherous").speaker == "Steve White"


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


# ---------------------------------------------------------------- descriptions that tell the sex


def test_a_father_is_not_the_woman_who_spoke_before():
    text = LEDE + ("Cllr Elaine Sherrington, of Bolton Council, said she was unaware of complaints. But she said "
                   "a full review would be made.\n\n"
                   "Among those who have raised concerns is Jonathan Holding, who put his bin out after the strike.\n\n"
                   "The 34-year-old father-of-one said: “I had recycled everything I could.”")
    assert_speaker(text, "recycled everything", "Jonathan Holding")


def test_a_grandmother_is_nobody_when_only_men_were_named():
    text = LEDE + ("Cllr Peter Mason, of Bolton Council, said he was unaware of complaints.\n\n"
                   "The 71-year-old grandmother said: “I had recycled everything I could.”")
    assert_speaker(text, "recycled everything", None)


def test_a_description_with_no_sex_keeps_the_last_subject():
    # near miss: "the 34-year-old" tells no sex, so the woman who spoke is still meant
    text = LEDE + ("Elaine Sherrington said she was unaware of complaints.\n\n"
                   "The 34-year-old said: “I had recycled everything I could.”")
    assert_speaker(text, "recycled everything", "Elaine Sherrington")


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


def test_a_police_and_crime_commissioner_s_initials_are_a_title():
    text = LEDE + ("Hertfordshire PCC David Lloyd said the rise was needed.\n\n"
                   "He said: “Hertfordshire now has more officers than ever.”")
    quote = find(text, "more officers")
    assert (quote.speaker, quote.speaker_title) == ("David Lloyd", "Hertfordshire PCC")


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


def test_who_with_a_word_of_time_before_the_cue():
    text = LEDE + "The meeting was attended by Neil Findlay, who later said the campaigners were fantastic."
    assert_speaker(text, "campaigners were fantastic", "Neil Findlay")


def test_who_after_an_apposition_is_the_person_it_describes():
    text = LEDE + ("Also present was Labour MSP Neil Findlay, a strong supporter of the campaign, who later "
                   "commented: “The campaigners were fantastic.”")
    assert_speaker(text, "campaigners were fantastic", "Neil Findlay")


def test_who_after_an_apposition_naming_another_person_is_not_the_first_one_s():
    # near miss: "the widow of John Lennon, who": "who" may be either; nobody is guessed
    text = LEDE + ("Also present was Yoko Ono, the widow of John Lennon, who said: “The campaigners were fantastic.”")
    assert_speaker(text, "campaigners were fantastic", None)


# ---------------------------------------------------------------- subjects that are no speaker


def test_a_lede_s_leader_of_a_body_is_not_the_next_paragraph_s_minister():
    text = ("Plans to freeze council tax could lead to deeper cuts to local services, the leader of Inverclyde "
            "Council has warned.\n\n"
            "First Minister Humza Yousaf announced at his party’s conference that council tax rates are to be held "
            "at current levels when local authorities set their budgets.\n\n"
            "Council leader Stephen McCabe said the move would leave a “major headache”.")
    assert_speaker(text, "deeper cuts", None)


def test_a_lede_s_official_at_a_body_is_the_next_paragraph_s_person_of_its_initials():
    # near miss: the next paragraph names the body by its initials
    text = ("South Africa has lost 2.7 million chickens to bird flu since July, a senior official at the "
            "South African Poultry Association (SAPA) has said.\n\n"
            "SAPA general manager Izaak Breitenbach said on Tuesday that Gauteng was worst affected by the outbreak.")
    assert_speaker(text, "2.7 million chickens", "Izaak Breitenbach")


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


def test_an_office_of_a_body_is_no_body_of_that_name():
    text = LEDE + ("Tom Crist won the jackpot.\n\n"
                   "The former CEO of EECOL Electric said he did not need the money this year.")
    quote = find(text, "did not need the money")
    assert (quote.speaker, quote.organization) == (None, None)


def test_an_office_of_a_body_before_its_holder_s_name_is_the_holder_s_title():
    # near miss: the run goes on to the holder's first name and surname
    text = LEDE + "Chairman of the Federal Reserve Ben Bernanke said rates would rise sharply this year."
    assert_speaker(text, "rates would rise", "Ben Bernanke")


# ---------------------------------------------------------------- reports and bodies named again


def test_the_report_a_body_spoke_in_speaks_for_the_body():
    text = LEDE + ("The North Sea coast has “overtaken the Iberian peninsula as the main entry point”, Europol "
                   "said in a report in September.\n\n"
                   "After cannabis, cocaine is the second most popular drug in Western Europe, the report said.")
    assert_speaker(text, "second most popular drug", "Europol")


def test_a_report_with_a_title_of_its_own_is_not_its_author_s_voice():
    # near miss: "Oxfam says in a report, Paying the Price": the report is cited by its title
    text = LEDE + ("Some 45 million children will die needlessly before 2015, Oxfam says in a report, Paying the "
                   "Price.\n\n"
                   "The report said: “Global poverty threatens our shared prosperity and security.”")
    assert_speaker(text, "Global poverty", None)


def test_a_person_who_said_something_in_a_report_is_no_body():
    # near miss: a surname the text gives in full is a person's, not the report's author body
    text = LEDE + ("John Smith is a criminologist.\n\n"
                   "The coast is the main entry point, Smith said in a report in September.\n\n"
                   "After cannabis, cocaine is the second most popular drug in Western Europe, the report said.")
    assert_speaker(text, "second most popular drug", None)


def test_the_body_described_by_its_sector_is_the_body_just_named():
    text = LEDE + ("Network Rail is to inspect high-risk trackside slopes across Britain following the crash.\n\n"
                   "The rail infrastructure body said it will use in-house engineers and helicopter surveys to "
                   "assess dozens of sites.")
    assert_speaker(text, "helicopter surveys", "Network Rail")


def test_the_body_after_two_bodies_named_together_is_nobody():
    # near miss: two bodies in one sentence, and "the body" may be either
    text = LEDE + ("Network Rail and the Rail Safety Standards Board are to inspect slopes across Britain.\n\n"
                   "The rail body said it will use in-house engineers and helicopter surveys to assess dozens of sites.")
    assert_speaker(text, "helicopter surveys", None)


def test_the_body_alone_is_no_organization_that_speaks():
    # near miss: "how the body recognizes invasive worms": a person's body
    text = LEDE + ("Network Rail is to inspect slopes.\n\n"
                   "Scientists knew far less about how the body recognizes invasive worms, parasitic protozoa and "
                   "allergens, all of which trigger immune responses.")
    assert [q.text for q in quotes_of(text) if "invasive worms" in q.text] == []
