"""Names that open a sentence with what they run or hold, quotations set in doubled marks, and
what the thirty-first session (2026-12-02) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind in an earlier session and studied in this one (texts kept outside the
repository: their licences are unknown), or for a case one of the session's three reviewers
made worse with an early form of a rule (the review sections). The near misses make each rule's
guard fail a test when it is switched off."""

from __future__ import annotations

from quote_text import assert_speaker, find, quotes_of

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


def test_a_name_then_a_list_of_others_who_spoke_holds_no_office_over_them():
    # (the review's cases: a group's statement, whose first member is named)
    text = ("School\n\nA village primary school has been rated outstanding.\n\n"
            "Sarah Jones, the head teacher, the governors and the parents' association said they were delighted "
            "with the report.\n\nJane Moss, councillor for the ward, residents, shopkeepers and the town's bus "
            "operator said the road was long overdue.")
    assert_speaker(text, "delighted with the report", None)
    assert_speaker(text, "long overdue", None)


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


# ---------------------------------------------------------------- offices that make a name a person


def test_a_capitalised_office_after_an_unknown_name_makes_it_a_person():
    text = ("Water cuts\n\nThousands of homes were without water.\n\nNusrat Ghani, Conservative MP for Wealden, "
            "slammed the water company, as her constituents battled with the supply issues.\n\n"
            "Writing on Twitter earlier today, she said: “Today is Day 6 of misery and we are still counting.”")
    assert_speaker(text, "Day 6 of misery", "Nusrat Ghani")


def test_a_capitalised_place_after_a_place_is_no_office():
    text = ("Water cuts\n\nThousands of homes were without water.\n\nHebden Bridge, West Yorkshire, was flooded "
            "again, as residents battled with the supply issues.\n\n"
            "Writing on Twitter earlier today, she said: “Today is Day 6 of misery and we are still counting.”")
    assert_speaker(text, "Day 6 of misery", None)


def test_a_surname_alone_is_the_holder_of_an_office_of_a_body_named_before():
    text = ("Avalanche\n\nFive skiers died on Monday.\n\n“Three teams went skiing this morning,” Baramulla Senior "
            "Superintendent of Police Amod Nagpure told PTI.\n\nAsked about a warning, Nagpure said an investigation "
            "has been ordered.")
    assert_speaker(text, "investigation has been ordered", "Amod Nagpure")


# ---------------------------------------------------------------- offices by their initials


def test_an_executive_s_initials_after_a_domain_are_that_office_s_holder():
    text = ("Avalanche\n\nOne skier died on Monday.\n\nMichael Gross, vice president of mountain operations at "
            "Palisades Tahoe, said both victims were guests.\n\n"
            "The Mountain Operations VP confirms this was the first day the lift opened.")
    assert_speaker(text, "first day the lift opened", "Michael Gross")


def test_an_executive_s_initials_in_another_domain_are_nobody_by_name_and_no_body():
    text = ("Avalanche\n\nOne skier died on Monday.\n\nMichael Gross, vice president of mountain operations at "
            "Palisades Tahoe, said both victims were guests.\n\n"
            "The Marketing VP confirms this was the first day the lift opened.")
    assert_speaker(text, "first day the lift opened", None)


def test_gm_is_still_general_motors():
    text = ("Car recall\n\nGeneral Motors is recalling 100,000 cars.\n\n"
            "GM said the affected vehicles are from the 2004 and 2005 model years.")
    assert_speaker(text, "affected vehicles", "General Motors")


# ---------------------------------------------------------------- names and their offices, without commas


def test_an_owner_s_office_of_a_domain_before_the_name_after_the_cue():
    text = ("Prices\n\nSupermarkets started the New Year in a fighting spirit.\n\n"
            "'It is a load of PR puff,' said Safeway's director of communications Kevin Hawkins.")
    quote = find(text, "PR puff")
    assert (quote.speaker, quote.speaker_title, quote.organization) == (
        "Kevin Hawkins", "director of communications", "Safeway")


def test_an_owner_s_office_of_a_domain_with_no_name_is_nobody():
    text = ("Prices\n\nSupermarkets started the New Year in a fighting spirit.\n\n"
            "'It is a load of PR puff,' said Safeway's director of communications.")
    assert_speaker(text, "PR puff", None)


def test_initials_and_a_surname_that_reads_as_an_abbreviated_office_are_a_person_with_an_office():
    text = ("Tigers\n\nTiger deaths rose sharply.\n\n“We are seeing these deaths because of inadequate staff,” "
            "says PK Sen, the former director of Project Tiger.")
    assert_speaker(text, "inadequate staff", "PK Sen")


def test_a_description_after_the_quotation_and_a_name_missing_its_closing_comma():
    text = ("Strike\n\nTeachers went on strike on Monday.\n\n“I expect the government to move with speed,” "
            "Mary Njoroge, a parent told Reuters outside a school in Nairobi.")
    assert_speaker(text, "move with speed", "Mary Njoroge")


def test_an_office_glued_to_the_name_with_no_comma():
    text = ("Hail\n\nHail hit vineyards on Sunday.\n\nJohn Moissonet president of the Pommard wine makers union "
            "said: “The area between Beaune and Pommard is most affected.”")
    quote = find(text, "most affected")
    assert (quote.speaker, quote.organization) == ("John Moissonet", "Pommard wine makers union")


def test_a_body_that_runs_on_into_and_is_no_office_s_body():
    text = ("Food bank\n\nDemand rose sharply this winter.\n\nMaria Stevenson in the manager of Salisbury's Foodbank and "
            "says there's a particular group coming forward for help:\n\n“We're sending out fewer single food boxes "
            "and more families are reaching out for help.”")
    assert all(q.organization != "Salisbury's Foodbank and" for q in quotes_of(text))


def test_offices_in_the_plural_set_beside_a_name_are_its_title():
    text = ("Pay\n\nWorkers were offered two per cent.\n\n"
            "Alan Perry, GMB Regional Organisers, said the workers have been offered a pay cut.")
    quote = find(text, "offered a pay cut")
    assert (quote.speaker, quote.speaker_title) == ("Alan Perry", "GMB Regional Organisers")


def test_offices_in_the_plural_after_a_place_make_no_person_of_it():
    text = ("Pay\n\nWorkers were offered two per cent.\n\n"
            "Cardiff Bay, GMB Regional Organisers, said the workers have been offered a pay cut.")
    assert all(q.speaker != "Cardiff Bay" for q in quotes_of(text))


# ---------------------------------------------------------------- a pronoun after a clause about someone else


def test_he_reporting_a_clause_about_another_is_still_the_man_before():
    text = ("Politics\n\nThe Conservative leader spoke in Leeds.\n\nMichael Howard attacked the plans on Monday. "
            "Mr Blair has failed the country, he claimed.")
    assert_speaker(text, "failed the country", "Michael Howard")


def test_he_introducing_a_quotation_after_a_clause_about_another_is_still_the_man_before():
    text = ("Politics\n\nThe Conservative leader spoke in Leeds.\n\nMichael Howard attacked the plans on Monday. "
            "Mr Blair has failed the country, he claimed: “It is time for a change of government.”")
    assert_speaker(text, "change of government", "Michael Howard")


def test_he_after_an_unnamed_speaker_and_a_clause_about_another_is_nobody_for_sure():
    text = ("Politics\n\nThe Conservative leader spoke in Leeds.\n\nA party spokesman said the plans were flawed. "
            "Mr Blair has failed the country, he claimed.")
    assert_speaker(text, "failed the country", None)


# ---------------------------------------------------------------- whom a description turns out to be


def test_a_description_opening_the_sentence_then_the_name_is_whom_she_means():
    text = ("Airport chaos\n\nBaggage piled up at Heathrow.\n\nAnother journalist at the airport, Sky’s defence and "
            "security editor Deborah Haynes, described an “enormous luggage carpet” at about 6.10pm.\n\n"
            "“The warning signs that all was not well were clear at baggage claim,” she said.")
    assert_speaker(text, "warning signs", "Deborah Haynes")


def test_a_description_then_a_place_set_off_in_commas_is_nobody_by_name():
    text = ("Airport chaos\n\nBaggage piled up at Heathrow.\n\nAnother journalist at the airport, Terminal 2 "
            "Heathrow, described an “enormous luggage carpet” at about 6.10pm.\n\n"
            "“The warning signs that all was not well were clear at baggage claim,” she said.")
    assert_speaker(text, "warning signs", None)


def test_amidst_ends_the_body_named_after_the_cue():
    text = ("Ferries\n\nIslands are counting the cost.\n\n“With no spare vessels, this is a very challenging period for "
            "our customers,” acknowledged the state-owned ferry operator CalMac amidst a rejig on April 6.")
    assert_speaker(text, "challenging period", "CalMac")


def test_llc_ends_a_firm_s_name_whose_first_word_is_a_common_word():
    text = "Honey\n\nHoney imports rose.\n\nTrue Source Honey LLC said the product must be labeled."
    assert_speaker(text, "must be labeled", "True Source Honey LLC")


def test_a_prefect_is_an_office_before_a_name():
    text = ("Avalanche\n\nFour skiers died.\n\nThe victims were a 49-year-old man and his son, Deputy Prefect "
            "Nicolas Martrenchard told reporters.")
    quote = find(text, "49-year-old man")
    assert (quote.speaker, quote.speaker_title) == ("Nicolas Martrenchard", "Deputy Prefect")


# ---------------------------------------------------------------- bodies as subjects


def test_a_county_s_police_though_its_first_word_is_a_first_name():
    text = ("Dogs\n\nA woman was hurt on Sunday.\n\nA couple will not face charges after Henry County police said a "
            "woman was mauled by two pit bulls.")
    assert_speaker(text, "mauled by two pit bulls", "Henry County police")


def test_a_second_verb_s_subject_is_the_joined_clause_s():
    text = ("Roads\n\nRoadworks began on Monday.\n\nClosures are in place and Gloucestershire County Council has "
            "apologised but said the work was taking place overnight.")
    assert_speaker(text, "taking place overnight", "Gloucestershire County Council")


def test_two_bodies_joined_in_one_subject_are_no_clause_of_their_own():
    text = ("Quangos\n\nA report counted 111 new bodies.\n\nTories and Lib Dems welcomed the report and called for a "
            "“slimming down” of the bodies.")
    assert_speaker(text, "slimming down", None)


def test_an_age_in_brackets_after_the_name_after_the_cue():
    text = ("Meteor\n\nA meteor exploded over Russia.\n\n\"I was driving to work, it was quite dark,\" said Viktor "
            "Prokofiev (36), a resident of Yekaterinburg.")
    assert_speaker(text, "driving to work", "Viktor Prokofiev")


# ---------------------------------------------------------------- what someone is, and letters after a name


def test_a_pupil_a_retiree_and_an_aviculturist_are_what_someone_is_not_their_name():
    text = ("School\n\nPupils raised money.\n\nPupil Harry, nine, said: \"We chose Thomas because he was a young "
            "person like us.\"\n\nSenior Aviculturist Loribeth Lee said: \"This is the first time our chicks have had "
            "chicks.\"")
    assert find(text, "young person").speaker == "Harry"
    quote = find(text, "our chicks")
    assert (quote.speaker, quote.speaker_title) == ("Loribeth Lee", "Senior Aviculturist")


def test_a_master_of_wine_s_letters_are_no_part_of_the_name():
    text = ("Wine\n\nThe harvest was good.\n\nStephen Skelton MW said: \"The last two years have provided excellent "
            "growing conditions.\"")
    assert_speaker(text, "growing conditions", "Stephen Skelton")


# ---------------------------------------------------------------- the session's second review


REVIEW_CASES = {
    "office before its holder": ("Homes\n\nMinisters are under pressure over housing.\n\nSpeaking at Canary Wharf, "
                                 "Minister for Housing Matthew Pennycook said the target would be met.\n\nCritics said "
                                 "it was already slipping.\n\n\"We are going to build, build, build,\" he said."),
    "pick for": ("Hearing\n\nThe committee questioned the nominee.\n\n\"I will restore a warrior ethos to the "
                 "Pentagon,\" said Trump's pick for defence secretary Pete Hegseth."),
    "and other shareholders": ("Pub\n\nVillagers have bought their pub.\n\nPeter Wood treasurer of the Red Lion Community "
                               "Group and other shareholders said they would reopen it in May."),
    "two names, plural office": ("Library\n\nPlans to close the library met opposition.\n\nBrian Jones, Tom Smith, "
                                 "Conservative Councillors, said the library was a lifeline."),
    "he after a clause about another": ("Rescue\n\nA fisherman was rescued.\n\nA coastguard spokesman said the alarm was "
                                        "raised at 6pm.\n\nFisherman Tom Hardy was winched to safety by a helicopter "
                                        "crew, he said: \"He was very lucky to be alive.\""),
    "Said as a name": ("Election\n\nIran's election goes to a second round.\n\nReformist Masoud Pezeshkian told supporters "
                       "he was confident. \"The people want change.\" Said Jalili, his hardline rival, won 40% of the vote."),
    "as the PM said": ("Tax\n\nA row over tax deepened.\n\nThe plans would not raise taxes on working people, as Prime "
                       "Minister Keir Starmer said\n\n\"That is simply untrue.\" Economist Paul Johnson disagreed."),
    "a relative clause before a name": ("Tickets\n\nFans queued overnight.\n\nA fan from Leeds, who had travelled with her "
                                        "friend Sophie Walker, waited 14 hours.\n\n\"It was worth every minute,\" she said."),
    "staff and pupils": ("School\n\nA school was rated outstanding.\n\nJane Cole, the head teacher, staff and pupils said "
                         "they were thrilled with the report."),
    "a pensioner and her carer": ("Floods\n\nResidents were stranded.\n\n\"We were terrified the water would come "
                                  "upstairs,\" Mary Hughes, a pensioner and her carer told the BBC."),
}


def test_review_an_office_before_its_holder_makes_no_person_of_the_place_before_it():
    assert_speaker(REVIEW_CASES["office before its holder"], "build, build", "Matthew Pennycook")


def test_review_whom_an_owner_picked_is_the_speaker_not_the_owner():
    assert_speaker(REVIEW_CASES["pick for"], "warrior ethos", "Pete Hegseth")


def test_review_statements_of_several_stay_nobody_s():
    assert_speaker(REVIEW_CASES["and other shareholders"], "reopen it in May", None)
    assert all(q.speaker not in ("Brian Jones", "Tom Smith") for q in quotes_of(REVIEW_CASES["two names, plural office"]))
    assert_speaker(REVIEW_CASES["staff and pupils"], "thrilled with the report", None)
    assert_speaker(REVIEW_CASES["a pensioner and her carer"], "terrified the water", None)


def test_review_he_after_a_clause_about_another_is_not_the_clause_s_subject():
    assert_speaker(REVIEW_CASES["he after a clause about another"], "lucky to be alive", None)


def test_review_a_capitalised_said_that_is_a_name_credits_nobody():
    assert_speaker(REVIEW_CASES["Said as a name"], "people want change", "Masoud Pezeshkian")


def test_review_a_clause_ending_on_said_introduces_nothing():
    assert_speaker(REVIEW_CASES["as the PM said"], "simply untrue", None)


def test_review_a_name_inside_a_relative_clause_is_not_whom_she_means():
    assert_speaker(REVIEW_CASES["a relative clause before a name"], "worth every minute", None)


# ---------------------------------------------------------------- the session's final review


def test_review_final_a_subordinate_clause_s_and_joins_no_main_clause():
    text = ("Resignation\n\nA junior minister has resigned.\n\nTom Baxter, who was first elected when Labour and the "
            "Liberal Democrats shared power in Wales, apologised to constituents and said he would repay the money.")
    assert_speaker(text, "repay the money", "Tom Baxter")


def test_review_final_two_children_with_their_ages_speak_together():
    text = ("Snow\n\nSchools were closed.\n\n\"It was the best snowman we have ever built,\" said siblings Ella (7) and "
            "Jack Murphy (9), from Athlone.")
    assert_speaker(text, "best snowman", None)


def test_review_final_a_list_ending_in_plurals_is_a_group_s_statement():
    text = ("Festival\n\nThe festival was cancelled.\n\nJane Cole, director of the festival, local artists and "
            "businesses said they were devastated by the decision.")
    assert_speaker(text, "devastated", None)


def test_review_final_will_alone_after_his_father_names_him_is_not_the_other_will():
    text = ("Award\n\nA teenager has won a national award.\n\nJudge Will Butler-Adams said the design was "
            "remarkable.\n\nThe teenager's father said his son Will had been working on it since he was 11. "
            "Will said he hoped to start his own company.")
    assert_speaker(text, "start his own company", None)
