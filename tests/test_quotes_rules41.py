"""Shows named after people, press releases' capitalised offices, inverted unnamed spokesmen,
and what the twenty-seventh session (2026-12-02) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind earlier and studied in this session (texts kept outside the repository: their
licences are unknown). The near misses make each rule's guard fail a test when it is switched
off. The review cases are three reviewers' invented counterexamples; each failed on the snapshot
its reviewer read, and several stand for rules dropped since (a union's initials, an assembly
member's initials, "cautions")."""

from __future__ import annotations

from quote_text import assert_speaker, find, quotes_of

LEDE = "Protesters gathered outside the studio on Monday, organisers said.\n\n"


# ---------------------------------------------------------------- names and what they are not


def test_a_show_named_after_its_host_is_not_the_host():
    text = (LEDE + "He has been accused of spreading misinformation on his podcast, The Joe Rogan Experience.\n\n"
            "“I get things wrong but I try to correct them,” Joe Rogan said.")
    assert_speaker(text, "I get things wrong", "Joe Rogan")


def test_a_show_in_quote_marks_gives_its_host_for_the_surname():
    text = ("ABC suspended production of “Jimmy Kimmel Live!” on Wednesday.\n\n"
            "On Monday night’s show, Kimmel addressed the killing, saying: “We hit some new lows over the weekend.”")
    assert_speaker(text, "We hit some new lows", "Jimmy Kimmel")


def test_a_fuller_name_in_running_text_still_names_the_person():
    text = (LEDE + "Te Kaurinui Robert Parata, a kaumatua, opened the meeting.\n\n"
            "“We want our land back,” Te Kaurinui said.")
    assert_speaker(text, "We want our land back", "Te Kaurinui Robert Parata")


def test_a_name_the_text_gives_initials_for_keeps_its_first_word():
    text = (LEDE + "The festival is being used to “deflect attention” from human rights abuses, said Human "
            "Rights Watch (HRW) on Tuesday.")
    assert_speaker(text, "deflect attention", "Human Rights Watch")


def test_a_common_word_before_a_name_without_initials_still_goes():
    text = (LEDE + "Human rights were at stake, campaigners warned.\n\n"
            "“We will not stop,” said Human Sarah Connolly.")
    assert_speaker(text, "We will not stop", "Sarah Connolly")


def test_a_first_name_ending_like_a_role_is_not_one():
    text = (LEDE + "The first speaker was rally organizer Ashlee Marie Preston, who said she had invited him "
            "“on multiple occasions” to talk.")
    quote = find(text, "on multiple occasions")
    assert (quote.speaker, quote.speaker_title) == ("Ashlee Marie Preston", "rally organizer")


def test_a_capitalised_role_before_a_first_name_is_still_a_title():
    text = LEDE + "“We won the race,” Trainee Kevin Smith said."
    quote = find(text, "We won the race")
    assert (quote.speaker, quote.speaker_title) == ("Kevin Smith", "Trainee")


def test_a_headlines_verb_ends_a_name_it_runs_into():
    text = ("SK hynix said today that SK Group Chairman Chey Tae-won visited the site.\n\n"
            "SK Group Chairman Chey Visits Yongin Cluster site\n\n"
            "“Yongin Cluster is the most thoroughly prepared project in our history,” Chey said.")
    assert_speaker(text, "Yongin Cluster is", "Chey Tae-won")


def test_a_country_is_not_the_surname_of_a_headlines_capitals():
    text = ("Heavy Frosts Hurt Brazil's Smaller Coffee Farmers\n\n"
            "Her family's crop was destroyed by Brazil's recent frosts, the worst in 20 years.\n\n"
            "But her family has no intention of leaving the business. “We will surely replant,” she says.")
    assert find(text, "We will surely replant").speaker != "Heavy Frosts Hurt Brazil"


# ---------------------------------------------------------------- offices in capitals


def test_a_capitalised_office_at_a_place_after_a_name_and_comma():
    text = (LEDE + "Duncan McPhee, Unite Convenor at Scotstoun said workers were angry about the redundancies.")
    quote = find(text, "workers were angry")
    assert (quote.speaker, quote.speaker_title, quote.organization) == ("Duncan McPhee", "Unite Convenor", "Scotstoun")


def test_a_press_releases_name_office_and_body_before_the_cue():
    text = (LEDE + "Jerry Grant, Head of Asset Management, Irish Water said: “It is really important that "
            "homeowners understand this.”")
    quote = find(text, "It is really important")
    assert (quote.speaker, quote.speaker_title, quote.organization) == (
        "Jerry Grant", "Head of Asset Management", "Irish Water")


def test_a_press_releases_office_is_no_part_of_its_bodys_name():
    text = (LEDE + "Jane Smith, Chief Guide for Girlguiding Scotland said: “We currently have a strong team of "
            "volunteers.”")
    quote = find(text, "We currently have")
    assert (quote.speaker, quote.speaker_title, quote.organization) == ("Jane Smith", "Chief Guide", "Girlguiding Scotland")


def test_a_name_inside_a_fronted_phrase_is_no_press_releases_subject():
    text = (LEDE + "After meeting Jerry Grant, Head of Asset Management, Irish Water said: “It is really "
            "important that homeowners understand this.”")
    assert_speaker(text, "It is really important", "Irish Water")


def test_a_verb_ends_the_lower_case_words_of_a_title():
    text = (LEDE + "The crowd was near the offices of the company was rally organizer Jane Smith, who said it "
            "was a disgrace.")
    assert find(text, "it was a disgrace").speaker_title == "rally organizer"


# ---------------------------------------------------------------- unnamed sources, organizations


def test_a_spokesman_for_an_organization_after_the_cue():
    text = LEDE + "“We express our deep regret to everyone affected,” said a spokesman for Tesco."
    quote = find(text, "We express our deep regret")
    assert (quote.speaker, quote.organization, quote.cue) == (None, "Tesco", "said")


def test_it_means_the_body_a_relative_clause_describes():
    text = (LEDE + "The plant will produce 11 MW of electricity a year, BBC News reported.\n\n"
            "The National Trust, which runs nearby East Riddlesden Hall, also objected to the plans.\n\n"
            "“We consider this will have a substantially harmful effect on the setting,” it said.")
    assert_speaker(text, "We consider this", "National Trust")


def test_the_minister_is_a_secretary_of_state():
    text = (LEDE + "Defence Secretary Geoff Hoon said the Government had decided on a partnership.\n\n"
            "The ships will be a “massive technologically challenging programme”, said the minister.")
    assert_speaker(text, "massive technologically", "Geoff Hoon")


def test_review_the_minister_is_whoever_the_text_calls_one_before_a_secretary():
    text = (LEDE + "Home Affairs Minister Tony Burke announced the changes on Monday.\n\n"
            "Home Affairs Secretary Stephanie Foster told a Senate hearing the department had received complaints.\n\n"
            "“If you want to come to Australia, you have to respect the people who live here,” the minister said.")
    assert_speaker(text, "If you want to come", "Tony Burke")


def test_review_an_american_secretary_is_no_ones_minister():
    text = (LEDE + "Saudi Arabia's energy chief said the group would act if needed.\n\n"
            "US Energy Secretary Chris Wright met the group on Tuesday.\n\n"
            "“We will remain proactive and pre-emptive,” the minister said.")
    assert find(text, "We will remain proactive").speaker != "Chris Wright"


def test_a_unions_general_secretary_is_no_minister():
    text = (LEDE + "Scottish TUC General Secretary Roz Foyer criticised the order.\n\n"
            "The ships will be a “massive technologically challenging programme”, said the minister.")
    assert find(text, "massive technologically").speaker != "Roz Foyer"


# ---------------------------------------------------------------- appositions that lost a comma


def test_an_aside_in_dashes_before_the_cue():
    text = (LEDE + "Rob Goodliffe, manager of Coastwise - a council initiative managing erosion – said: “The policy "
            "has been to slow erosion where it is possible.”")
    quote = find(text, "The policy has been")
    assert (quote.speaker, quote.speaker_title, quote.organization) == ("Rob Goodliffe", "manager", "Coastwise")


def test_an_office_in_dashes_is_still_the_holders():
    text = ("A coroner has issued a warning after a dying man was sent a taxi.\n\n"
            "Guy Davies said the man had been denied treatment.\n\n"
            "Mr Davies - Assistant Coroner for Cornwall and the Isles of Scilly - has issued a warning to the department.\n\n"
            "The coroner said handover delays meant ambulances were 'tied up' at hospitals.")
    assert_speaker(text, "tied up", "Guy Davies")


def test_a_stray_comma_after_a_name_following_an_opening_phrase():
    text = (LEDE + "In response, The Federation of Independent Retailers’ (The Fed) national president Muntazir Dipoti, "
            "said: “We will be deeply disappointed if the scheme is delayed.”")
    quote = find(text, "We will be deeply disappointed")
    assert (quote.speaker, quote.speaker_title) == ("Muntazir Dipoti", "national president")


def test_a_verbs_object_before_a_participles_comma_is_no_subject():
    text = (LEDE + "Speaking from atop a bus, CHP leader Özgür Özel addressed President Erdogan, saying, “Do you hear "
            "us, Erdogan? Do you see us?”")
    assert find(text, "Do you hear us").speaker != "Erdogan"


def test_a_member_for_a_domain_before_the_cue_without_its_comma():
    text = (LEDE + "Cllr. Dave Norman, cabinet member for registration said “We fully appreciate that people will "
            "have heightened emotions.”")
    assert_speaker(text, "We fully appreciate", "Dave Norman")


# ---------------------------------------------------------------- bodies with no name


def test_a_plural_body_opening_the_sentence_names_nobody():
    text = LEDE + "Unions have warned the decision will be “devastating” for the economy."
    assert_speaker(text, "devastating", None)


def test_management_is_no_ones_name():
    text = LEDE + "Management said the strike would “slow but not shut down” work at the yard."
    assert_speaker(text, "slow but not shut down", None)


def test_a_plural_of_people_after_a_bodys_word_is_no_verb():
    text = LEDE + "Council leaders welcome the expansion but warn they face “data sharing challenges”."
    quote = next((q for q in quotes_of(text) if "data sharing" in q.text), None)
    assert quote is None or quote.speaker != "Council"


def test_a_firm_named_with_a_plural_word_still_speaks():
    text = LEDE + "Farmers Weekly said the decision would be “devastating” for growers."
    assert_speaker(text, "devastating", "Farmers Weekly")


# ---------------------------------------------------------------- names the lexicon or the text's dashes hid


def test_a_name_after_a_dash_written_as_two_hyphens():
    text = (LEDE + "Three of the rowers in the crew--Avalon Wasteneys, Sydney Payne and Kasia Gruchalla--were in "
            "the Tokyo eight.\n\n"
            "“It is the Canadian special to build through the regatta,” said Wasteneys.")
    assert_speaker(text, "It is the Canadian special", "Avalon Wasteneys")


def test_a_hyphenated_word_after_a_name_is_no_dash():
    text = (LEDE + "Sarah Lee-Smith--a former champion--won in 2019.\n\n"
            "“We are ready,” said Lee-Smith.")
    assert_speaker(text, "We are ready", "Sarah Lee-Smith")


def test_chief_scout_is_one_title():
    text = (LEDE + "Suffolk welcomed Chief Scout Bear Grylls at the weekend.\n\n"
            "He said he feared some youngsters might be in for a “wet night”.")
    assert_speaker(text, "wet night", "Bear Grylls")


def test_an_alderman_at_large_is_a_title():
    text = (LEDE + "The denial was the “final nail in the coffin,” said Ridgeland Alderman-at-Large D.I. Smith.\n\n"
            "“This was the coup de grace,” Smith said.")
    quote = find(text, "This was the coup")
    assert (quote.speaker, quote.speaker_title) == ("D.I. Smith", "Ridgeland Alderman-at-Large")


def test_a_party_and_state_before_a_relative_clause_is_no_name():
    text = LEDE + "Sen. John Cornyn, R-Texas, who also spoke, said the industry was “growing fast”."
    assert_speaker(text, "growing fast", "John Cornyn")


def test_initials_of_a_firm_named_in_a_possessive():
    text = LEDE + "A jury found in favor of Johnson & Johnson’s DePuy unit in a lawsuit, J&J said."
    assert_speaker(text, "A jury found in favor", "Johnson & Johnson")


def test_initials_of_a_firm_whose_name_is_a_possessive():
    text = LEDE + "Standard & Poor's cut the rating on Monday, S&P said."
    assert_speaker(text, "cut the rating", "Standard & Poor's")


def test_a_departments_listed_domain_ends_in_two_words():
    text = LEDE + "The hornet was spotted in Ascot, according to the Department for Environment, Food and Rural Affairs."
    assert_speaker(text, "The hornet was spotted", "Department for Environment, Food and Rural Affairs")


def test_a_listed_domain_stops_before_an_office():
    text = (LEDE + "The road was closed, according to the Ministry of Land, Infrastructure and Transport Minister "
            "Kim Yoon-duk.")
    assert find(text, "The road was closed").speaker != "Ministry of Land, Infrastructure and Transport Minister"


def test_whoever_is_no_name():
    text = ("A radio host was taken off air.\n\nPaul Fice said he had been suspended.\n\n"
            "Whoever complained about Fice also apparently has a lot of pull in the community, he said.")
    assert find(text, "Whoever complained").speaker != "Whoever"


def test_vowing_and_lauded_report_a_quotation():
    text = (LEDE + "The team is only strengthened by the shambles, with Grant Dalton vowing, “this will not happen on "
            "our watch”.\n\n"

            "Michael Copps, a member of the FCC, lauded the action as “a step forward toward meaningful fines.”")
    assert_speaker(text, "this will not happen", "Grant Dalton")
    assert_speaker(text, "a step forward", "Michael Copps")


def test_praise_of_anothers_words_is_no_cue():
    text = ("Marcus Rashford has forced the government to make a U-turn on the free-meal scheme.\n\n"
            "The striker wrote a letter urging MPs to consider those who rely on free school meals.\n\n"
            "Rashford’s plea worked wonders as the 22-year-old was widely praised for his efforts.\n\n"
            "Among those were Labour leader Sir Keir Starmer who said the move was a ‘welcome u-turn’, while "
            "Prime Minister Boris Johnson praised Rashford’s “contribution to the debate around poverty”.")
    assert all(q.speaker != "Boris Johnson" for q in quotes_of(text) if "welcome u-turn" in q.text)


def test_a_described_union_with_no_initials_is_no_ones_name():
    text = LEDE + "The local workers union has said it is “very concerned” by conditions in the warehouses."
    assert_speaker(text, "very concerned", None)


def test_it_reaches_past_a_subheading_to_the_body_that_acted():
    text = (LEDE + "The Child Poverty Action Group has welcomed the move.\n\nHealthy eating\n\n"
            "In a statement it said: “Many children rely on the free meal as the most nutritious of their day.”")
    assert_speaker(text, "Many children rely", "Child Poverty Action Group")


def test_it_does_not_reach_past_a_short_sentence():
    text = (LEDE + "The Child Poverty Action Group has welcomed the move.\n\nThe Trussell Trust was not consulted.\n\n"
            "In a statement it said: “Many children rely on the free meal as the most nutritious of their day.”")
    assert find(text, "Many children rely").speaker != "Child Poverty Action Group"


# ---------------------------------------------------------------- the mid-session review's cases


def test_review_a_theme_park_named_with_a_headline_verb_keeps_its_name():
    text = (LEDE + "Six Flags said it had received strong interest in the site.\n\n"
            "“This was a difficult decision,” the company said.")
    assert_speaker(text, "This was a difficult decision", "Six Flags")


def test_review_works_as_an_offices_domain_keeps_the_holder():
    text = LEDE + "Commissioner for Works Olufemi Daramola said: “The law must take its course.”"
    quote = find(text, "The law must take")
    assert (quote.speaker, quote.speaker_title) == ("Olufemi Daramola", "Commissioner for Works")


def test_review_two_people_after_an_opening_phrase_are_no_one_of_them():
    text = (LEDE + "In a joint statement, Health Secretary Wes Streeting and Chancellor Rachel Reeves, said: “This "
            "money will go straight to the front line.”")
    assert find(text, "This money will go").speaker != "Rachel Reeves"


def test_review_a_second_name_is_no_press_releases_body():
    text = (LEDE + "Stephen Donnelly, Minister for Health, Bernard Gloster said the centre would treat 3,000 "
            "patients a year.")
    assert find(text, "the centre would treat").organization != "Bernard Gloster"


def test_review_a_spokesman_for_a_person_speaks_for_no_organization():
    text = LEDE + "“Mr Johnson has followed all the relevant rules and guidance,” said a spokesman for Boris Johnson."
    quote = find(text, "Mr Johnson has followed")
    assert (quote.speaker, quote.organization) == (None, None)


def test_review_a_parolee_is_still_a_role():
    text = LEDE + "“I didn't hurt anybody,” Parolee Travis Gibson said."
    quote = find(text, "I didn't hurt anybody")
    assert (quote.speaker, quote.speaker_title) == ("Travis Gibson", "Parolee")


# ---------------------------------------------------------------- the late review's cases


def test_review_a_plural_that_is_a_verb_before_its_object():
    text = LEDE + "Badenoch sides with farmers over the tax, saying: “Labour has betrayed rural Britain.”"
    assert_speaker(text, "Labour has betrayed", "Badenoch")


def test_review_a_name_like_a_party_and_state_is_still_a_name():
    text = LEDE + "D-Wade, who spent 16 seasons in the league, said: “I never imagined anything like this.”"
    assert_speaker(text, "I never imagined", "D-Wade")


def test_review_scout_after_another_office_is_a_first_name():
    text = LEDE + "“This is what we have been fighting for,” said LA28 Vice President Scout Bassett."
    quote = find(text, "This is what we have")
    assert (quote.speaker, quote.speaker_title) == ("Scout Bassett", "Vice President")


def test_review_friends_of_a_person_in_dashes_are_no_one_person():
    text = (LEDE + "Friends of Boris Johnson – who is on holiday in Greece – said: “These claims are completely false.”")
    assert find(text, "These claims are").speaker != "Friends of Boris Johnson"


def test_review_a_body_named_friends_of_something_in_dashes_still_speaks():
    text = (LEDE + "Friends of the Earth – which has threatened legal action – said: “This is a death sentence for "
            "millions.”")
    assert_speaker(text, "This is a death sentence", "Friends of the Earth")


def test_review_a_firms_possessive_name_runs_on_to_its_own_words():
    text = ("Standard & Poor’s Global Ratings cut Italy's rating on Friday.\n\n"
            "“The downgrade reflects our view of Italy's weakening economy,” S&P said.")
    assert_speaker(text, "The downgrade reflects", "Standard & Poor’s")


def test_review_a_weekday_is_no_part_of_a_ministrys_domain():
    text = (LEDE + "“The risk to consumers is negligible,” said a spokesman for the Ministry of Health, Labor and "
            "Welfare Wednesday.")
    assert find(text, "The risk to consumers").organization != "Ministry of Health, Labor and Welfare Wednesday"


def test_review_whatever_opens_a_bodys_name():
    text = LEDE + "Whatever It Takes founder Lisa Smith said: “Young people feel ignored by both candidates.”"
    quote = find(text, "Young people feel")
    assert (quote.speaker, quote.speaker_title) == ("Lisa Smith", "Whatever It Takes founder")


# ---------------------------------------------------------------- the final review's cases


def test_review_a_staff_union_named_by_its_employers_initials_is_no_employer():
    text = LEDE + "The BA pilots union said the offer was “nowhere near good enough”."
    assert find(text, "nowhere near good enough").speaker != "BA"


def test_review_a_spokesman_for_an_office_or_a_family_speaks_for_no_organization():
    for owner in ("the Taoiseach", "the Beckhams", "Chief Minister Rekha Gupta"):
        text = LEDE + f"“The meeting was cordial and productive,” said a spokesman for {owner}."
        assert find(text, "The meeting was cordial").organization is None, owner


def test_review_a_lower_case_minister_keeps_the_minister_from_a_secretary():
    text = (LEDE + "Energy Secretary Chris Wright welcomed the deal.\n\n"
            "Saudi Arabia's energy minister, Prince Abdulaziz bin Salman, told reporters the group would act.\n\n"
            "“We will remain proactive and pre-emptive,” the minister said.")
    assert find(text, "We will remain proactive").speaker != "Chris Wright"


def test_review_a_short_sentence_without_its_stop_is_no_subheading():
    text = (LEDE + "Access Bank raised its lending rate on Monday.\n\nZenith Bank also announced an increase\n\n"
            "It said: “The change reflects the central bank's decision.”")
    assert find(text, "The change reflects").speaker != "Access Bank"


def test_review_a_police_caution_is_no_speech():
    text = (LEDE + "Simple cautions “are not a conviction and do not appear on basic checks”, according to guidance "
            "from the Ministry of Justice.")
    assert find(text, "are not a conviction").speaker != "Simple"


def test_review_a_plural_that_is_a_verb_after_a_name():
    text = LEDE + "Trump witnesses the signing of the deal, saying: “This is a great day for the world.”"
    assert_speaker(text, "This is a great day", "Trump")


def test_review_lawyers_for_a_person_in_dashes_are_no_one_person():
    text = (LEDE + "Lawyers for Chidi Okafor – who has lived in Dublin for a decade – said he had “no ties to the "
            "country”.")
    assert find(text, "no ties to the country").speaker != "Lawyers for Chidi Okafor"


def test_review_a_party_and_state_look_alike_after_an_opening_phrase():
    text = LEDE + "In an interview, R-Truth said: “I will be back stronger than ever.”"
    assert_speaker(text, "I will be back", "R-Truth")


def test_review_a_bodys_name_after_the_is_no_show():
    text = ("Thousands of tourists were evacuated from the Walt Disney World Resort in Florida as the storm approached.\n\n"
            "Disney said the parks would remain closed until Friday. “The safety of our guests is our top priority,” "
            "Disney said.")
    assert find(text, "The safety of our guests").speaker != "Walt Disney"
