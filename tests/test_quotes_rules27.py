"""Councillors written "Coun", a mayor whose first name is a city, two titled people in one
run, and a town's state after its comma (2026-12-01, thirteenth session).

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind in the session before and studied in this one (texts kept outside the
repository: their licences are unknown). The near misses make each rule's guard fail a test
when it is switched off."""

from __future__ import annotations

from quote_text import assert_speaker, find, quotes_of


# ---------------------------------------------------------------- names and titles


def test_coun_is_a_councillors_title():
    text = ("Council leader Jane Lewis said the budget was balanced.\n\n"
            "Coun Lewis said the burden of funding council services had shifted to local government.")
    assert_speaker(text, "burden of funding", "Jane Lewis")


def test_a_title_makes_a_person_of_a_name_that_opens_with_a_city():
    text = ("San Francisco Mayor London Breed outlined a budget proposal on Wednesday.\n\n"
            "“This budget is about change,” Breed said.")
    assert_speaker(text, "about change", "London Breed")
    assert find(text, "about change").speaker_title == "San Francisco Mayor"


def test_a_mayor_named_with_a_city_first_name_in_the_sentence_itself():
    text = "Mayor London Breed said the city would have to find savings in every department."
    assert_speaker(text, "find savings", "London Breed")


def test_a_company_named_after_a_city_is_still_a_company():
    text = "London Electricity said the city would have to find savings in every department."
    quote = find(text, "find savings")
    assert quote.speaker == "London Electricity"
    assert quote.speaker_title is None


# ---------------------------------------------------------------- people speaking together


def test_two_titled_people_in_one_run_are_nobody_alone():
    text = ("Woollahra councillor Harriet Price and Hunters Hill Mayor Zac Miles told reporters "
            "they were not consulted by the state government.")
    assert_speaker(text, "not consulted", None)


def test_an_office_with_and_in_its_name_keeps_its_holder():
    text = ("Secretary of Health and Human Services Xavier Becerra told reporters "
            "they were not consulted by the state government.")
    assert_speaker(text, "not consulted", "Xavier Becerra")


# ---------------------------------------------------------------- places


def test_a_towns_state_after_its_comma_is_no_speaker():
    text = ("Union president Harold Daggett led the strike.\n\n"
            "Daggett spoke to picketers at a terminal in Elizabeth, New Jersey, saying the strike "
            "would “go down in history”.")
    assert_speaker(text, "go down in history", "Harold Daggett")


def test_a_person_named_after_where_they_come_from_is_the_speaker():
    text = "A worker from Leeds, John Smith, said the strike would go down in history."
    assert_speaker(text, "go down in history", "John Smith")


def test_a_month_after_in_is_no_place():
    text = ("In a letter in May, Zippy Duvall, the president of the Farm Bureau, said the strike "
            "would go down in history.")
    assert_speaker(text, "go down in history", "Zippy Duvall")


# ---------------------------------------------------------------- bodies


def test_a_unions_name_before_the_word_union_is_the_speaker():
    text = "The Unite union said the work stoppage would continue pending an order from the board."
    assert_speaker(text, "work stoppage", "Unite")


def test_a_description_before_a_business_head_stays_a_description():
    text = ("Shares in Acme Industries fell.\n\n"
            "The High Street retailer said the work stoppage would continue pending an order from the board.")
    assert_speaker(text, "work stoppage", "Acme Industries")


def test_a_persons_name_before_union_is_no_unions_name():
    text = ("The Jimmy Hoffa union said the work stoppage would continue pending an order from the board.")
    assert_speaker(text, "work stoppage", None)


# ---------------------------------------------------------------- where a reported clause ends


def test_a_datelines_dash_may_sit_on_the_first_word():
    text = ("OTTAWA (Reuters) -Workers at the railway will begin returning to work on Friday, "
            "the Teamsters union said.")
    assert find(text, "begin returning").text == "Workers at the railway will begin returning to work on Friday"


def test_the_reporters_when_after_a_set_in_attribution_is_no_part_of_the_clause():
    text = ("Workers at the railway will begin returning to work on Friday, the Teamsters union said, "
            "hours after the government moved to end the stoppage.")
    quote = find(text, "begin returning")
    assert quote.text == "Workers at the railway will begin returning to work on Friday"
    assert quote.speaker == "Teamsters"


def test_a_clause_going_on_after_a_set_in_attribution_stays_whole():
    text = ("Huge changes are afoot in 2005, Richard Ayers predicted, as companies such as the BBC "
            "offer TV content over the net.")
    assert "companies such as the BBC" in find(text, "Huge changes").text


def test_a_role_word_naming_a_body_is_part_of_the_organization_in_a_title():
    text = ("Chairman of the National Ambulance Service Representative Association Michael Dickson "
            "said: “Morale is extremely low at the moment.”")
    quote = find(text, "Morale is extremely low")
    assert quote.speaker == "Michael Dickson"
    assert quote.speaker_title == "Chairman of the National Ambulance Service Representative Association"


def test_a_role_word_before_a_name_stays_the_title():
    text = "Staff Representative Alice Jones said: “Morale is extremely low at the moment.”"
    quote = find(text, "Morale is extremely low")
    assert (quote.speaker, quote.speaker_title) == ("Alice Jones", "Staff Representative")


def test_the_sheriffs_office_is_the_office_the_text_named():
    text = ("Lopez worked for the Yavapai County Sheriff's Office. Residents called 911, according to "
            "Yavapai County Sheriff David Rhodes.\n\n"
            "He allegedly fled to a nearby home and barricaded himself inside, according to the sheriff's office.")
    assert_speaker(text, "barricaded himself", "Yavapai County Sheriff's Office")


def test_the_sheriffs_office_is_not_the_sheriff():
    text = ("Residents called 911, according to Sheriff David Rhodes.\n\n"
            "He allegedly fled to a nearby home and barricaded himself inside, according to the sheriff's office.")
    assert_speaker(text, "barricaded himself", None)


# ---------------------------------------------------------------- speech verbs that are nouns


def test_an_opening_adjective_before_reports_and_a_past_tense_is_no_speaker():
    text = ("Fire Chief Brent Borg said they received the call shortly after 8 a.m.\n\n"
            "Initial reports classified it as a chimney fire.")
    assert [q.speaker for q in quotes_of(text) if "chimney" in q.text] in ([], [None])


def test_a_news_agency_before_reports_still_reports():
    text = "Reuters reports increased sales at the firm this year, its third rise in a row."
    assert_speaker(text, "increased sales", "Reuters")


def test_a_person_before_notes_still_notes():
    text = ("Analyst Jane Smith follows the firm.\n\n"
            "Smith notes increased costs at the firm this year, its third rise in a row.")
    assert_speaker(text, "increased costs", "Jane Smith")


# ---------------------------------------------------------------- whom "he" and a participle speak for


def test_he_after_when_is_the_person_the_comment_came_from():
    text = ("Reserve Bank governor Adrian Orr spoke last week.\n\n"
            "The bluntest comment came from assistant governor John McDermott on Thursday when he said: "
            "“We have been pushed nearly to that trigger point.”")
    assert_speaker(text, "trigger point", "John McDermott")


def test_he_after_when_skips_a_person_of_the_other_gender():
    text = ("Reserve Bank governor Adrian Orr spoke last week.\n\n"
            "The bluntest comment came from deputy governor Jane Smith on Thursday, when he said: "
            "“We have been pushed nearly to that trigger point.”")
    assert_speaker(text, "trigger point", "Adrian Orr")


def test_a_participle_after_a_set_in_source_speaks_for_the_speaker():
    text = ("“A weaker dollar is good for us as it relates to trade,” Steve Mnuchin told reporters, "
            "according to Bloomberg, adding that the currency's short-term value is “not a concern of ours at all.”")
    assert_speaker(text, "not a concern of ours", "Steve Mnuchin")
    clause = find(text, "short-term value")
    assert clause.speaker == "Steve Mnuchin"
    assert clause.text.startswith("the currency's")


def test_a_source_alone_before_a_participle_keeps_it():
    text = ("The minister resigned last night, according to Bloomberg, adding that "
            "the government would fall within a week.")
    assert_speaker(text, "government would fall", "Bloomberg")


# ---------------------------------------------------------------- bodies named by their noun


def test_the_association_is_the_association_the_text_named():
    text = ("The Police Federation has said it strongly opposes the new powers.\n\n"
            "The federation said officers do not have the training to deal with the situations.")
    assert_speaker(text, "do not have the training", "Police Federation")


def test_an_association_described_by_a_restrictive_clause():
    text = ("The Garda Representative Association has said responsibility lies with garda management.\n\n"
            "The association which represents over 10,000 gardaí says it has not been consulted as part "
            "of the current investigation.")
    assert_speaker(text, "not been consulted", "Garda Representative Association")


def test_the_association_is_no_company():
    text = ("Acme Industries makes phones.\n\n"
            "The association says more money is needed for the training of apprentices.")
    assert_speaker(text, "more money is needed", None)


def test_a_sheriffs_office_named_by_its_county_in_lower_case():
    text = ("In a statement, the Johnson County sheriff’s office said it had suspended a deputy pending "
            "the outcome of an inquiry.\n\n"
            "“We will not have any further comment on this at this time,” the agency said.")
    assert_speaker(text, "suspended a deputy", "Johnson County sheriff’s office")
    assert_speaker(text, "any further comment", "Johnson County sheriff’s office")


# ---------------------------------------------------------------- people and the bodies they are with


def test_a_person_with_a_body_in_lower_case_is_the_speaker():
    text = ("The cause of the fire is under investigation, but Bob Couture with the municipality said "
            "it was not wildfire-related.")
    assert_speaker(text, "not wildfire-related", "Bob Couture")


def test_a_person_after_a_preposition_is_no_speaker():
    text = "The wife of Bob Couture at the scene said it was not wildfire-related."
    assert_speaker(text, "not wildfire-related", None)


def test_who_after_an_apposition_is_the_person_described():
    text = ("“It is going to cause more of a slowdown,” said Brenda Binczewski, a Realtor at Carlson "
            "Real Estate, who said she has seen a drop in business since July.")
    assert_speaker(text, "drop in business", "Brenda Binczewski")


def test_who_after_a_company_described_is_no_person():
    text = ("The firm was sold to Acme Holdings, a unit of Carlson Real Estate, who said it would keep "
            "the staff on for a year.")
    assert_speaker(text, "keep the staff", None)


def test_the_authority_is_the_council_the_text_named():
    text = ("Leeds City Council has approved its budget.\n\n"
            "The announcement comes three weeks before Christmas, as the authority says up to £25m of "
            "its core funding will be cut next year.")
    assert_speaker(text, "core funding", "Leeds City Council")


def test_the_authority_is_no_company():
    text = ("Acme Industries has approved its budget.\n\n"
            "The authority says up to £25m of its core funding will be cut next year.")
    assert_speaker(text, "core funding", None)


def test_a_statement_from_a_body_is_its_words():
    text = ("A statement from the Air Line Pilots Association, which represents the pilots, said Tuesday "
            "that 99 percent agreed to a strike.")
    assert_speaker(text, "99 percent agreed", "Air Line Pilots Association")


def test_a_statement_from_two_bodies_is_neither_alone():
    text = ("A statement from the Air Line Pilots Association and Alaska Airlines said Tuesday "
            "that 99 percent agreed to a strike.")
    assert_speaker(text, "99 percent agreed", None)


def test_the_union_is_no_company_known_by_its_initials():
    text = ("IBM announced on Monday that 400 jobs would go.\n\n"
            "The union says it is concerned about pensions, sick pay and forced relocation.")
    assert_speaker(text, "concerned about pensions", None)


def test_the_union_may_be_initials_spelled_out_as_a_union():
    text = ("The United Auto Workers (UAW) struck on Monday. UAW said it was a big day.\n\n"
            "The union said that the strike would continue.")
    assert_speaker(text, "strike would continue", "United Auto Workers")


# ---------------------------------------------------------------- names that are words


def test_a_surname_that_is_a_party_word_is_the_person_the_text_named():
    text = ("Toronto Mayor John Tory spoke on Monday about housing.\n\n"
            "“If you put too many ornaments on it, it is going to fall over,” Tory said.")
    assert_speaker(text, "too many ornaments", "John Tory")


def test_told_media_is_told_someone():
    text = ("Reserve Bank governor Adrian Orr spoke.\n\n"
            "But Orr told media this was not the case at all.")
    assert_speaker(text, "not the case", "Adrian Orr")
