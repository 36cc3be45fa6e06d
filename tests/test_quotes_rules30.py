"""Offices held "at" a body before a name ("Chief Operating Officer at Gatwick Airport Chris
Woodroofe"), and what the sixteenth session (2026-12-01) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind in this session and studied in it (texts kept outside the repository: their
licences are unknown). The near misses make each rule's guard fail a test when it is switched
off."""

from __future__ import annotations

from quote_text import assert_speaker, find, quotes_of, records


# ---------------------------------------------------------------- an office at a body, then the name


def test_an_officer_at_a_body_before_the_name_is_that_person():
    text = ("Chief Operating Officer at Gatwick Airport Chris Woodroofe has said that the airport will "
            "take several days to recover.\n\n"
            "Mr Woodroofe told talkRADIO: “An event of this magnitude takes days to address.”")
    quote = find(text, "several days to recover")
    assert (quote.speaker, quote.speaker_title, quote.organization) == (
        "Chris Woodroofe", "Chief Operating Officer", "Gatwick Airport")
    assert_speaker(text, "An event of this magnitude", "Chris Woodroofe")


def test_a_named_person_at_a_body_keeps_the_body_as_their_workplace():
    text = "Marketing director Dave Smith at Ryanair Holdings said that fares would fall again in the spring."
    quote = find(text, "fares would fall")
    assert (quote.speaker, quote.organization) == ("Dave Smith", "Ryanair Holdings")


def test_an_ambassador_to_a_country_before_the_name_is_that_person():
    text = ("The Ukrainian ambassador to Ireland Larysa Gerasko accused the airline of raising prices. "
            "She added that she was hoping to meet the transport minister on the issue.\n\n"
            "“It is very difficult to buy tickets from Warsaw,” Ms Gerasko said.")
    assert_speaker(text, "hoping to meet", "Larysa Gerasko")
    assert_speaker(text, "very difficult to buy", "Larysa Gerasko")


# ---------------------------------------------------------------- "the airline": a business, no association

AIRLINE_STRIKE = ("WestJet, a Canadian airline, has cancelled 407 flights following a strike by the Aircraft "
                  "Mechanics Fraternal Association (AMFA).\n\n"
                  "In a statement on Saturday, the airline said the strike forced more flight cancellations.")


def test_the_airline_is_the_company_the_text_called_an_airline():
    assert_speaker(AIRLINE_STRIKE, "forced more flight cancellations", "WestJet")


def test_the_airline_is_never_the_union_striking_against_it():
    text = AIRLINE_STRIKE.replace("WestJet, a Canadian airline,", "WestJet")
    assert_speaker(text, "forced more flight cancellations", None)


def test_the_company_is_no_association():
    text = ("Acme Industries said on Friday that talks had broken down.\n\n"
            "The Machinists Association said the offer was an insult to its members.\n\n"
            "The company said it would not raise its offer.")
    assert_speaker(text, "would not raise its offer", "Acme Industries")


# ---------------------------------------------------------------- an office's long name before "Dr."


def test_an_office_of_a_department_before_dr_and_the_name_is_that_doctor():
    text = ("“Insulin is required for life,” said Baystate Children’s Hospital Chair of the Department "
            "of Pediatrics Dr. Charlotte Boney.")
    quote = find(text, "Insulin")
    assert quote.speaker == "Charlotte Boney"
    assert quote.speaker_title == "Baystate Children’s Hospital Chair of the Department of Pediatrics"


# ---------------------------------------------------------------- "Thousands of British Airways (BA) travellers"


def test_how_many_of_its_people_is_no_part_of_the_organizations_name():
    text = ("London: Thousands of British Airways (BA) travellers suffered flight cancellations on Saturday.\n\n"
            "BA said it had set up contingency plans aimed at flying around 45,000 customers each day.")
    assert_speaker(text, "contingency plans", "British Airways")


def test_a_name_opening_with_a_plural_and_of_keeps_it():
    text = ("Campaigners from Friends of Animals (FA) marched on Saturday.\n\n"
            "FA said it had set up camps along the route of the new road through the valley.")
    assert_speaker(text, "set up camps", "Friends of Animals")


# ---------------------------------------------------------------- "The UK Pharmacists say"


def test_a_countrys_people_of_a_trade_capitalised_are_no_organization():
    text = ("The UK Pharmacists say they are struggling to obtain many common medicines and paying "
            "‘vastly increased’ prices for them.")
    assert_speaker(text, "struggling to obtain", None)


def test_a_named_body_with_a_plural_verb_still_speaks():
    text = "The Ulster Farmers say they are struggling to sell their milk at a fair price this year."
    assert find(text, "struggling to sell").speaker == "Ulster Farmers"


# ---------------------------------------------------------------- acronyms that leave initials out, and titles after them


def test_the_institute_is_the_body_an_acronym_with_initials_left_out_defines():
    text = ("The National Institute for Health and Clinical Excellence (NICE) has not been asked to change "
            "its assessments.\n\n"
            "The waiting time has fallen to four months in the last two years, says the Institute.")
    assert_speaker(text, "waiting time has fallen", "National Institute for Health and Clinical Excellence")


def test_letters_out_of_order_define_no_acronym():
    from archive.quotes.speakers import initials_within

    assert initials_within("NICE", "NIHCE")
    assert not initials_within("INCE", "NIHCE")
    assert not initials_within("NCIE", "NIHCE")


def test_the_acronym_chief_executive_is_the_one_titled_after_the_acronym():
    text = ("According to GlaxoSmithKline (GSK) chief executive Sir Andrew Witty, a delay in the uptake "
            "of new drugs is being seen across Europe.\n\n"
            "Delays in the introduction of cancer drugs are an example of this, said the GSK chief executive, "
            "speaking to the BBC.")
    assert_speaker(text, "Delays in the introduction", "Andrew Witty")


def test_another_bodys_chief_executive_is_not_the_one_titled_after_the_acronym():
    text = ("According to GlaxoSmithKline (GSK) chief executive Sir Andrew Witty, a delay in the uptake "
            "of new drugs is being seen across Europe.\n\n"
            "Delays in the introduction of cancer drugs are an example of this, said the NHS chief executive, "
            "speaking to the BBC.")
    assert_speaker(text, "Delays in the introduction", None)


# ---------------------------------------------------------------- a press release's header


RELEASE = ("Washington, D.C. (March 14, 2011) - Pharmaceutical Research and Manufacturers of America (PhRMA) "
           "President and CEO John J. Castellani issued the following statement regarding the report on drug "
           "prices:\n\n"
           "“We are pleased the report took into account the facts about how the marketplace works.")


def test_a_press_releases_dated_dateline_and_bracketed_acronym_leave_the_officer_as_speaker():
    assert_speaker(RELEASE, "We are pleased", "John J. Castellani")


def test_a_dateline_without_a_year_is_part_of_the_sentence():
    text = RELEASE.replace("(March 14, 2011)", "(Reuters)")
    assert_speaker(text, "We are pleased", None)


def test_words_after_the_acronym_that_are_no_office_keep_the_name_buried():
    text = RELEASE.replace("President and CEO", "members met with")
    assert_speaker(text, "We are pleased", None)


# ---------------------------------------------------------------- an office "for" a body, then its holder


def test_a_spokesperson_for_a_body_the_story_is_about_then_the_name_is_that_person():
    text = ("Eskom has warned South Africans to prepare for load shedding this week.\n\n"
            "Deputy spokesperson for Eskom Dikatso Mothae says: “We can say that the system is constrained.”")
    quote = find(text, "system is constrained")
    assert (quote.speaker, quote.speaker_title, quote.organization) == (
        "Dikatso Mothae", "Deputy spokesperson", "Eskom")


def test_a_spokesman_for_a_body_named_once_is_no_person_at_its_end():
    text = ("Dick Fontaine, spokesman for Great Lakes Aviation, which provides flights for the United Express "
            "connection at Denver International Airport, said one flight was affected by delays.")
    assert {q.speaker for q in quotes_of(text)} <= {None, "Dick Fontaine"}
    assert [q.text for q in quotes_of(text)] == ["one flight was affected by delays"]


def test_a_spokesman_for_an_office_holder_speaks_for_them_and_is_unnamed():
    text = ("A spokesman for European Justice and Home Affairs Commissioner Franco Frattini said the plans "
            "would contravene EU asylum policy.")
    assert_speaker(text, "contravene EU asylum policy", None)


def test_the_first_word_of_a_bodys_name_is_not_the_body_standing_alone():
    text = ("Human Rights Watch has campaigned for the release of the men.\n\n"
            "Deputy spokesperson for Human Rights Watch said the trial had been unfair to them.")
    assert_speaker(text, "trial had been unfair", None)


# ---------------------------------------------------------------- a utility's trade names a company


def test_a_water_company_said_is_the_firm_later():
    text = ("Yorkshire Water said reservoir levels had plunged below 50 percent for the first time since 1995.\n\n"
            "Neil Dewis, head of water at the company, said: “We have been doing everything we can.”\n\n"
            "The firm said similar restrictions had seen demand fall by up to 10 percent.")
    assert_speaker(text, "similar restrictions", "Yorkshire Water")


def test_an_ampersand_joins_one_firms_name():
    text = ("SAN FRANCISCO (AP) — Pacific Gas & Electric Co. was set to begin shutting off power to some "
            "375,000 people, PG&E officials said.\n\n"
            "The utility said it will closely monitor the weather and could further reduce that number.")
    assert_speaker(text, "closely monitor", "Pacific Gas & Electric Co.")


# ---------------------------------------------------------------- "the group": the body its director just spoke for

UTILITY_RATES = ("PG&E had argued that the rate increase was needed because of the price of natural gas.\n\n"
                 "However, Mark Toney, the executive director of The Utility Reform Network, alleged that PG&E had "
                 "misled the commission. The group claims the rate hike will actually mean a 20-percent increase.")


def test_the_group_is_the_body_whose_director_just_spoke():
    assert_speaker(UTILITY_RATES, "20-percent increase", "The Utility Reform Network")


def test_the_company_is_not_the_body_whose_director_just_spoke():
    text = UTILITY_RATES.replace("The group claims", "The company claims")
    assert_speaker(text, "20-percent increase", "PG&E")


# ---------------------------------------------------------------- "she" after someone brought in by their role

AIRPORT_DELAYS = ("“Their flight was delayed with the fog and everything,” Olivia Orput said.\n\n"
                  "At the airport, Fox 4 saw cancellations and delays grow. Fox 4 tried to get the airport's "
                  "spokesperson to talk on camera. She told Fox 4 she could not answer delay and cancellation "
                  "questions.")


def test_she_after_an_unnamed_spokesperson_is_not_the_last_woman_quoted():
    assert_speaker(AIRPORT_DELAYS, "could not answer", None)


def test_he_after_a_spokesman_for_a_body_keeps_the_body():
    text = ("Mr Denham believes the council should reconsider its proposals.\n\n"
            "But a spokesman for the Home Office defended the proposals. He said: “We stand by the "
            "provisions in the Act.”")
    quote = find(text, "We stand by")
    assert (quote.speaker, quote.organization) == (None, "Home Office")


def test_she_after_a_spokesperson_named_in_the_sentence_is_that_person():
    text = AIRPORT_DELAYS.replace("the airport's spokesperson", "the airport's spokesperson, Jane Lee,")
    assert_speaker(text, "could not answer", "Jane Lee")


# ---------------------------------------------------------------- headlines after a page's chrome, quoted subheadings


def test_headline_lines_after_a_pages_chrome_quote_nobody():
    text = ("News ID: 237513\n\n"
            "Published: 0607 GMT January 18, 2019\n\n"
            "UK pharmacists warn of a 'surge' in shortage of common medicines\n\n"
            "Pharmacists say they are struggling to obtain many common medicines and paying ‘vastly "
            "increased’ prices for them, the trade body said on Friday.\n\n"
            "The shortages are the worst in a decade, it added.")
    assert "surge" not in [words for _, words in records(text)]


def test_a_quoted_subheading_alone_is_no_quotation():
    text = ("Chief Operating Officer Chris Woodroofe said the airport would take several days to recover.\n\n"
            "‘Only one or two drones’\n\n"
            "“We believe there are only one or two drones,” he said.")
    assert [words for _, words in records(text, "direct")] == ["We believe there are only one or two drones,"]


def test_a_quoted_subheading_with_its_speakers_name_is_no_quotation():
    text = ("NDP Leader Jagmeet Singh said the deals must be struck without delay.\n\n"
            "'The Canadian population wants it to get done': Holland\n\n"
            "Health Minister Mark Holland said the deals would be signed this year.")
    assert [words for _, words in records(text) if "Canadian population" in words] == []


def test_a_paragraph_that_is_one_short_quoted_sentence_is_still_a_quotation():
    text = ("“We believe there are only one or two drones,” Chris Woodroofe said.\n\n"
            "“We have been closed since nine last night.”\n\n"
            "Flights resumed on Friday.")
    assert ("Chris Woodroofe", "We have been closed since nine last night.") in records(text, "direct")


def test_an_opening_line_that_introduces_a_statement_is_no_headline():
    text = ("Pharmaceutical Research and Manufacturers of America President John Castellani said:\n\n"
            "“We are pleased the report took into account the facts.”\n\n"
            "The report was published on Monday.")
    assert_speaker(text, "We are pleased", "John Castellani")


def test_a_headline_with_a_speech_verb_reports_nothing():
    text = ("Gatwick airport will take several days to recover, says Gatwick boss\n\n"
            "Chief Operating Officer Chris Woodroofe has said that the airport will take several days to "
            "recover after drone sightings.\n\n"
            "Flights resumed on Friday.")
    assert [(speaker, words) for speaker, words in records(text, "indirect")] == [
        ("Chris Woodroofe", "the airport will take several days to recover after drone sightings")]


def test_an_opening_sentence_with_a_speech_verb_still_reports():
    text = ("Gatwick airport will take several days to recover, Chris Woodroofe says.\n\n"
            "Drones were seen near the runway on Wednesday night.\n\n"
            "Flights resumed on Friday.")
    assert ("Chris Woodroofe", "Gatwick airport will take several days to recover") in records(text, "indirect")


# ---------------------------------------------------------------- "warned X to do": a warning, no reported clause


def test_a_warning_to_do_something_reports_no_clause():
    text = "CAPE TOWN – Eskom has warned South Africans to prepare for load shedding this week."
    assert records(text, "indirect") == []


def test_a_warning_that_something_may_have_to_happen_reports_it():
    text = "Krispy Kreme Doughnuts warned it might have to further restate its results for 2004 and 2005."
    assert records(text, "indirect") == [
        ("Krispy Kreme Doughnuts", "it might have to further restate its results for 2004 and 2005")]


# ---------------------------------------------------------------- "…, warning that …": the subject's clause


def test_a_participle_with_that_reports_the_subjects_clause():
    text = "Barclays reported record profits on Monday, warning that pre-tax profits would rise 18% next year."
    assert ("Barclays", "pre-tax profits would rise 18% next year") in records(text, "indirect")


def test_a_participle_without_that_reports_nothing():
    text = "Barclays reported record profits on Monday, warning of job cuts in its branches next year."
    assert records(text, "indirect") == []


# ---------------------------------------------------------------- an object, then the reporter's "but …"


def test_an_object_then_but_and_a_verb_of_the_reporters_is_no_clause():
    text = ("Ambassador Larysa Gerasko accused Ryanair of raising prices. She also wrote a letter to Ryanair "
            "about its ticket prices, but hasn’t received a response.")
    assert records(text, "indirect") == []


def test_a_clause_whose_verb_is_needs_to_is_reported():
    text = ("Captain Fabien Pelous has acknowledged his side needs to show more attacking flair, but stressed "
            "the game will be won up front.")
    assert ("Fabien Pelous", "his side needs to show more attacking flair") in records(text, "indirect")


# ---------------------------------------------------------------- a page's "Read more:" line inside a statement

BA_STATEMENT = ("British Airways pilots have voted to strike.\n\n"
                "“We understand the frustration the strike has caused our customers,” the airline said in a "
                "statement on Monday.\n\n"
                "Read more: British Airways tells passengers to stay away from airport on day of strike\n\n"
                "“We are extremely sorry that it has come to this. We remain ready to return to talks.”")


def test_a_read_more_line_does_not_break_a_statement_that_goes_on():
    assert_speaker(BA_STATEMENT, "extremely sorry", "British Airways")


def test_a_story_line_between_two_quotations_does_break_them():
    text = BA_STATEMENT.replace("Read more: British Airways tells passengers to stay away from airport on day of strike",
                                "Pilots voted for a strike by a large majority in July.")
    assert_speaker(text, "extremely sorry", None)


# ---------------------------------------------------------------- a hyphenated surname written without its hyphen


def test_a_double_surname_without_its_hyphen_is_the_same_person():
    text = ("Stéphanie Yon-Courtin, a French Liberal member of the European Parliament, asked the Commission "
            "to act.\n\n"
            "“She cannot leave a case with no concrete outcome,” Yon Courtin said in a statement.")
    assert_speaker(text, "no concrete outcome", "Stéphanie Yon-Courtin")


def test_another_two_word_name_is_not_joined_to_a_double_surname():
    text = ("Stéphanie Yon-Courtin, a French Liberal member of the European Parliament, asked the Commission "
            "to act.\n\n"
            "“She cannot leave a case with no concrete outcome,” Marc Courtin said in a statement.")
    assert_speaker(text, "no concrete outcome", "Marc Courtin")


def test_a_sentence_adverb_before_a_surname_is_no_first_name():
    text = ("Joaquín Almunia, the competition commissioner, fined Microsoft on Wednesday.\n\n"
            "Consequently Almunia concludes that “Microsoft has acknowledged that it did not comply with its "
            "own commitments”.")
    assert_speaker(text, "did not comply", "Joaquín Almunia")



# ---------------------------------------------------------------- a law says nothing


def test_the_agency_is_no_data_protection_regulation():
    text = ("Google has been fined €50m by the French data protection watchdog for GDPR violations.\n\n"
            "The General Data Protection Regulation came into force last year.\n\n"
            "Acting on a complaint from two privacy groups, the agency said it had investigated the process "
            "for setting up a Google account.")
    assert_speaker(text, "investigated the process", None)


def test_the_agency_is_still_the_agency_named():
    text = ("The Environmental Protection Agency fined the company on Monday.\n\n"
            "Acting on a complaint from two groups, the agency said it had investigated the plant for a year.")
    assert_speaker(text, "investigated the plant", "Environmental Protection Agency")


# ---------------------------------------------------------------- a headline's verb after a title opens no name

PRIVACY_PROBE = ("Canada’s Privacy Commissioner Launches Facebook Investigation\n\n"
                 "The Office of the Privacy Commissioner of Canada has opened an investigation into Facebook.\n\n"
                 "“We have received a complaint against Facebook,” said Commissioner Daniel Therrien.\n\n"
                 "“Our goal is to ensure that the privacy rights of users are protected,” explained the Commissioner.")


def test_the_commissioner_is_the_one_named_not_a_headlines_verb_phrase():
    assert_speaker(PRIVACY_PROBE, "Our goal is to ensure", "Daniel Therrien")


# ---------------------------------------------------------------- "Centers for Disease Control and Prevention (CDC)"

MEASLES = ("The Centers for Disease Control and Prevention (CDC) and Health and Human Services (HHS) are speaking "
           "out about the need for people to use the vaccine.\n\n")


def test_the_acronym_of_a_centers_name_is_that_body():
    text = MEASLES + "The CDC reported on Wednesday that 695 cases were reported in 22 states."
    assert_speaker(text, "695 cases", "Centers for Disease Control and Prevention")


def test_its_name_cut_before_and_is_the_same_body():
    text = MEASLES + "The Centers for Disease Control said on Wednesday that 695 cases were reported in 22 states."
    assert_speaker(text, "695 cases", "Centers for Disease Control and Prevention")


def test_a_longer_name_that_is_no_and_of_it_stays_apart():
    text = ("General Motors Acceptance Corp (GMAC) had a record year.\n\n"
            "General Motors said on Monday that it expects earnings this year to be lower than in 2004.")
    assert_speaker(text, "expects earnings", "General Motors")


# ---------------------------------------------------------------- "according to the statement": whose it is


def test_the_statement_is_the_one_from_the_body_named_before():
    text = ("The exposure would have happened on April 19, according to a prepared statement from the "
            "Department of Health.\n\n"
            "The possible measles patient was from Middlesex county, according to the statement.")
    assert_speaker(text, "Middlesex county", "Department of Health")


def test_the_statement_with_no_author_named_before_is_nobodys():
    text = ("The exposure would have happened on April 19, the Department of Health said.\n\n"
            "The possible measles patient was from Middlesex county, according to the statement.")
    assert_speaker(text, "Middlesex county", None)


# ---------------------------------------------------------------- "the regulator" is no company it fined


def test_the_regulator_is_the_body_that_fined_the_company():
    text = ("The Information Commissioner’s Office (ICO) fined TikTok £12.7m on Tuesday.\n\n"
            "“We invest heavily to keep under 13s off the platform,” a TikTok spokesperson said.\n\n"
            "The ICO had proposed fining TikTok £27m. The regulator said it decided to lower the fine after "
            "dropping one of its findings.")
    assert_speaker(text, "decided to lower the fine", "Information Commissioner’s Office")


def test_the_regulator_with_only_a_company_named_is_nobody():
    text = ("TikTok was fined £12.7m on Tuesday.\n\n"
            "“We invest heavily to keep under 13s off the platform,” TikTok said.\n\n"
            "The regulator said it decided to lower the fine after dropping one of its findings.")
    assert_speaker(text, "decided to lower the fine", None)


# ---------------------------------------------------------------- "the club": the one body named so


CLUB_STATEMENT = ("Chelsea Football Club have parted company with Head Coach Frank Lampard.\n\n"
                  "The club, in a statement, said:\n\n"
                  "“This has been a very difficult decision, and not one that the Board have taken lightly.")


def test_the_club_is_the_one_body_whose_name_ends_so():
    assert_speaker(CLUB_STATEMENT, "very difficult decision", "Chelsea Football Club")


def test_the_club_with_two_bodies_named_so_is_neither():
    text = CLUB_STATEMENT.replace("Frank Lampard.", "Frank Lampard, who joined from Derby County Football Club.")
    assert_speaker(text, "very difficult decision", None)


# ---------------------------------------------------------------- a photo's caption inside a letter that goes on

LETTER = ("Ian Holloway has resigned as Grimsby manager with an open letter to fans on Twitter.\n\n"
          "‘To all the fans, it is with a heavy heart that I am announcing my resignation,’ he wrote.\n\n"
          "‘As I said recently, I intend to be fully honest with you, the supporters.\n\n"
          "Ian Holloway announced his departure on social media. Pic: Ashley Allen/Getty Images\n\n"
          "‘Contact was made by the new owners to me on several occasions before the takeover.’")


def test_a_photo_caption_does_not_break_a_letter_that_goes_on():
    assert_speaker(LETTER, "Contact was made", "Ian Holloway")


def test_a_caption_without_its_credit_is_a_line_of_the_story():
    text = LETTER.replace(" Pic: Ashley Allen/Getty Images", " The club has not commented.")
    assert_speaker(text, "Contact was made", None)


# ---------------------------------------------------------------- "has issued a statement … The statement reads:"

ISSUED = ("David Moyes, in conjunction with the League Managers Association, has issued a statement following "
          "his sacking as Manchester United manager yesterday.\n\n"
          "The statement reads:\n\n"
          "“To have been appointed as manager of Manchester United was a huge honour.\n\n"
          "“Taking charge after such a long period of success was a challenge.”")


def test_the_statement_reads_gives_the_words_of_whoever_issued_it():
    assert_speaker(ISSUED, "huge honour", "David Moyes")
    assert_speaker(ISSUED, "Taking charge", "David Moyes")


def test_the_statement_reads_with_nobody_who_issued_it_is_nobodys():
    text = ISSUED.replace("has issued a statement following his sacking", "was sacked")
    assert_speaker(text, "huge honour", None)


# ---------------------------------------------------------------- a body's statement that names the body


def test_a_body_naming_itself_in_its_statement_still_speaks():
    text = ("“We note yesterday's decision that Rangers FC has been found guilty,” Celtic said in a statement.\n\n"
            "“Throughout this matter, Celtic has refrained from comment on the affairs of Rangers FC.")
    assert_speaker(text, "Celtic has refrained", "Celtic")


def test_a_person_named_in_the_quotation_is_still_not_its_speaker():
    text = ("“We note yesterday's decision,” Neil Lennon said.\n\n"
            "“Throughout this matter, Lennon has refrained from comment on the affairs of Rangers FC.")
    assert_speaker(text, "Lennon has refrained", None)
