"""A double quotation closed by two single marks on a page that also uses single ones, names
written with an apostrophe after one capital ("A’Hearn"), a headline's capitals run on past a
name, and what the nineteenth session (2026-12-01) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind earlier and studied in this session (texts kept outside the repository: their
licences are unknown). The near misses make each rule's guard fail a test when it is switched
off."""

from __future__ import annotations

from quote_text import assert_speaker, find, quotes_of


# ---------------------------------------------------------------- quotation marks


def test_two_single_marks_close_a_double_quotation_on_a_page_with_single_marks():
    text = ("Johnson Wagner said he listened in to the meeting.\n\n"
            "“It was contentious, a lot of golfers are unhappy,’’ Wagner told The Golf Channel.\n\n"
            "He recalled that the commissioner once said ‘never’ about the merger.")
    quote = find(text, "It was contentious")
    assert quote.text == "It was contentious, a lot of golfers are unhappy,"
    assert quote.speaker == "Johnson Wagner"


def test_two_single_marks_still_close_a_nested_quotation_with_its_outer_one():
    # near miss: British style, where ’’ ends a quotation inside a single-quoted one
    text = ("‘My client was told ‘you will be fine’’, the barrister Anne Hale said.\n\n"
            "The court heard a “very different” account from the bank.")
    quote = find(text, "My client was told")
    assert quote.speaker == "Anne Hale"
    assert "you will be fine" in quote.text


# ---------------------------------------------------------------- names


def test_a_name_with_an_apostrophe_after_its_first_capital_is_a_surname():
    text = ("Terry A’Hearn, chief executive of the Scottish Environment Protection Agency, spoke after "
            "the case.\n\n"
            "“Both these incidents should not have happened,” said A’Hearn.\n\n"
            "“We are pleased that both organisations have been held to account.”")
    assert_speaker(text, "should not have happened", "Terry A’Hearn")
    assert_speaker(text, "held to account", "Terry A’Hearn")


def test_a_headlines_capitals_after_an_organization_are_no_part_of_its_name():
    text = ("BT Hit By £70,000 Ofcom Fine After Failing To Provide Information\n\n"
            "Ofcom said the company breached protocol on two requests for information.\n\n"
            "In a statement, Ofcom said it pinpointed errors in BT’s submissions.\n\n"
            "It said: “In February, Ofcom requested information from BT about its prices.”")
    assert_speaker(text, "In February, Ofcom requested", "Ofcom")
    assert {q.speaker for q in quotes_of(text)} == {"Ofcom"}



def test_a_brigadiers_abbreviation_ends_no_sentence():
    text = ("Officials said the river would rise again.\n\n"
            "\"This continues to be a very dynamic situation,\" Brig. Gen. John McMahon said. "
            "\"People are encouraged to make plans.\"")
    assert_speaker(text, "very dynamic situation", "John McMahon")
    assert_speaker(text, "encouraged to make plans", "John McMahon")


# ---------------------------------------------------------------- appositions left open


def test_a_workplace_named_like_a_person_after_at_ends_the_apposition():
    text = ("Marc Ostwald, strategist at Insinger de Beaufort said the rate cut \"smacks of panic\".")
    quote = find(text, "smacks of panic")
    assert (quote.speaker, quote.speaker_title) == ("Marc Ostwald", "strategist")


def test_a_person_after_a_clause_that_does_not_name_a_workplace_is_still_the_subject():
    # near miss: "after the novelist Jo Walton explained": her clause, not an apposition
    text = ("Fans remember John Ford, after the novelist Jo Walton explained that \"he was "
            "brilliant from the start\".")
    assert_speaker(text, "brilliant from the start", "Jo Walton")


def test_a_capitalised_title_from_an_organization_after_a_name_and_comma():
    text = ("Mike Gravitz, Oceans Advocate from Environment America said, “There are three primary "
            "lessons from the spill.”")
    quote = find(text, "three primary lessons")
    assert quote.speaker == "Mike Gravitz"
    assert quote.speaker_title == "Oceans Advocate"


def test_what_kind_of_company_before_its_name_is_no_part_of_it():
    text = ("Distributor Sony Pictures said production would begin next year.\n\n"
            "Housebuilder Barratt said the homes were “much-needed”.")
    assert_speaker(text, "production would begin", "Sony Pictures")
    assert_speaker(text, "much-needed", "Barratt")


# ---------------------------------------------------------------- offices


def test_the_ceo_is_the_chief_executive_the_story_named():
    text = ("Volkswagen Chief Executive Martin Winterkorn on Tuesday apologized again for the "
            "carmaker’s cheating.\n\n"
            "“Swift and comprehensive clarification has now utmost priority,” the CEO said.")
    assert_speaker(text, "Swift and comprehensive", "Martin Winterkorn")


# ---------------------------------------------------------------- organizations


def test_a_firm_named_with_its_possessive_speaks_after_a_fronted_phrase_or_the_words_reported():
    text = ("The burger is back on the menu without onions, McDonald’s said Sunday.\n\n"
            "In a media briefing, McDonald’s said that the department had found no E. coli.\n\n"
            "The firm’s suppliers were checked at every McDonald’s site.")
    assert_speaker(text, "The burger is back", "McDonald’s")
    assert_speaker(text, "the department had found", "McDonald’s")



def test_the_chain_is_the_firm_the_last_sentence_named_though_its_name_has_no_firms_word():
    text = ("Chipotle Mexican Grill said on Tuesday it is re-opening its restaurants.\n\n"
            "The burrito chain said in a statement that the tests had come back negative.")
    assert_speaker(text, "the tests had come back negative", "Chipotle Mexican Grill")


def test_a_person_named_last_is_no_chain():
    # near miss: a name with a first name is a person's, whom "the chain" never means
    text = ("Steve Ells said on Tuesday he was sorry.\n\n"
            "The burrito chain said in a statement that the tests had come back negative.")
    assert find(text, "the tests had come back negative").speaker is None


def test_a_working_group_is_no_firm():
    # near miss: "The Anti-Phishing Working group reported": capitals in the description name it
    text = ("Web portal Lycos Europe reported a rise in phishing e-mails.\n\n"
            "The Anti-Phishing Working group reported that attacks were growing fast.")
    assert find(text, "attacks were growing fast").speaker != "Lycos Europe"


# ---------------------------------------------------------------- a lede's description, then a name


def test_a_ledes_description_is_the_person_the_next_sentence_introduces():
    text = ("Doctors shortage deepens\n\n"
            "A leading psychiatrist has warned of the ‘massive problem’ of too few mental health doctors.\n\n"
            "Professor Dinesh Bhugra, the outgoing president of the Royal College of Psychiatrists, said "
            "not enough British doctors were training.")
    assert_speaker(text, "massive problem", "Dinesh Bhugra")


def test_a_ledes_office_is_not_someone_the_next_sentence_gives_another_office():
    # near miss: "a minister" is not the director named next
    text = ("BRICS and the climate\n\n"
            "A Russian natural resources minister said Friday that the group was committed to the Paris deal.\n\n"
            "Nuritdin Inamov, the director of international cooperation at the department, said member "
            "states were committed. Inamov said talks would go on.")
    assert find(text, "the group was committed").speaker is None


def test_a_place_that_never_speaks_is_no_company():
    # near miss: "the company" is not the reservoir the last sentence was about
    text = ("South West Water said its reservoirs had refilled.\n\n"
            "The water company said both Colliford Reservoir and Roadford Reservoir had now reached 90% "
            "of capacity. Roadford is at 100 per cent capacity.\n\n"
            "Last year the company vowed to “break the drought cycle”.")
    assert find(text, "break the drought cycle").speaker != "Roadford Reservoir"


def test_a_region_named_with_a_compass_word_is_no_person_a_later_he_could_mean():
    text = ("Councils have been told by the Secretary of State for Wales, William Hague, to act quickly.\n\n"
            "Four councils have now been told by Mr Hague to publish the report on children's homes in "
            "North Wales. In his letter, he said: \"I think every effort must be made.\"\n\n"
            "Children's homes in Wales were the subject of the inquiry.")
    assert_speaker(text, "every effort must be made", "William Hague")


def test_a_participles_aside_after_an_apposition_leaves_the_name_and_its_title():
    text = ("George Patterson, GMB regional organiser, speaking before the latest offer was tabled, said: "
            "“Working people are facing the worst cost of living crisis for a generation.”")
    quote = find(text, "Working people are facing")
    assert (quote.speaker, quote.speaker_title) == ("George Patterson", "GMB regional organiser")


def test_a_single_name_opening_a_paragraph_with_an_age_is_a_persons():
    text = ("Funding for English lessons for refugees has been slashed.\n\n"
            "Alenezi, 34, from Kuwait arrived in the UK four years ago. She said: ‘I have children, and "
            "I’ve got to speak English to help them.’")
    assert_speaker(text, "I have children", "Alenezi")


def test_an_age_after_a_single_name_inside_a_sentence_is_no_such_evidence():
    # near miss: "her husband, Sheldon, 89," is no one "she" could mean
    text = ("“We always thought the alert would give us time,” said Maureen Grinnell, 77. She lived in the "
            "hills with her husband, Sheldon, 89, who uses a walker.\n\n"
            "“By the time I backed the car out, the house was on fire,” she said.")
    assert_speaker(text, "the house was on fire", "Maureen Grinnell")


def test_a_firms_legal_form_with_its_full_stop_before_the_cue():
    text = ('Delta Air Lines Inc. said a cyberattack potentially exposed the payment information of '
            '"several hundred thousand customers."')
    assert find(text, "several hundred thousand").speaker.startswith("Delta Air Lines Inc")


def test_a_firms_legal_form_after_an_office_of_it_is_no_subject():
    # near miss: "the CEO of … Corp. says": the chief executive, unnamed, not the firm
    text = ('Monitoring goes on, while the CEO of rail company Norfolk Southern Corp. says the company '
            '"will not walk away" from the community.')
    assert find(text, "will not walk away").speaker != "Norfolk Southern Corp"


# ---------------------------------------------------------------- bodies named with a possessive


def test_a_federation_named_with_a_possessive_is_one_body():
    text = ("James Anderson, Vice President of the Scottish Fishermen’s Federation, said: “The deal is "
            "significantly worse.”")
    quote = find(text, "significantly worse")
    assert (quote.speaker, quote.organization) == ("James Anderson", "Scottish Fishermen’s Federation")


def test_a_person_of_a_body_though_no_first_name_we_know_says_so():
    text = ("Barrie Deas of the National Federation of Fishermen's Organisations said: \"Well I think it "
            "will be catastrophic for the industry.\"")
    quote = find(text, "catastrophic for the industry")
    assert (quote.speaker, quote.organization) == ("Barrie Deas", "National Federation of Fishermen's Organisations")


def test_a_bodys_part_named_with_common_words_is_no_person():
    # near miss: "State Chapter of the NRA" names a branch; its words are the text's common ones
    text = ("The state law changed.\n\n"
            "In a statement, the State Chapter of the NRA said \"a lot is still up in the air\".")
    assert_speaker(text, "a lot is still up in the air", "State Chapter of the NRA")


def test_an_office_holder_of_a_body_named_with_a_possessive_after_the_cue():
    text = ("‘The deal is significantly worse than what was pushed for,’ said Shetland Fishermen’s "
            "Association chairman James Anderson, commenting on the deal.")
    quote = find(text, "significantly worse")
    assert (quote.speaker, quote.speaker_title) == ("James Anderson", "chairman")


def test_a_person_of_a_body_before_a_possessive_is_no_body():
    # near miss: "Herbert Hansen of Respond's Belgian partner Keyobs": the one of Respond speaks
    text = ("“A map is a working document,” explains Herbert Hansen of Respond's Belgian partner Keyobs.")
    assert_speaker(text, "working document", "Herbert Hansen")


def test_a_double_surnames_first_part_alone_is_the_person():
    text = ("Jennifer Bowser-Richards, a spokeswoman for the Department of Child Safety, replied.\n\n"
            "“The agency bears responsibility for all investigations,” Bowser wrote.")
    assert_speaker(text, "The agency bears responsibility", "Jennifer Bowser-Richards")


def test_a_person_of_a_body_described_in_lower_case_after_its_name():
    text = "Commenting on the news, John Gorle of the Usdaw union said: “I’m bitterly disappointed.”"
    assert_speaker(text, "bitterly disappointed", "John Gorle")


def test_a_name_its_office_and_its_body_before_the_cue_without_a_closing_comma():
    text = ("In response to the announcement, Dr Ros Altmann, Director-General, Saga said: \"This is "
            "another missed opportunity.\"")
    quote = find(text, "another missed opportunity")
    assert (quote.speaker, quote.speaker_title, quote.organization) == ("Ros Altmann", "Director-General", "Saga")


def test_a_bylines_date_after_the_name_is_no_part_of_it():
    text = ("by Leah Shahum July 27, 2021 in News\n\n"
            "“No other preventable cause of death is so overlooked,” said Leah Shahum.")
    assert_speaker(text, "so overlooked", "Leah Shahum")


def test_a_three_word_name_ending_in_may_keeps_it():
    # near miss: "May" after a name is a surname, not a byline's month ("Theresa May")
    text = "Mary Theresa May said: “We rocked.”"
    assert_speaker(text, "We rocked", "Mary Theresa May")


def test_an_item_of_a_list_in_capitals_inside_an_office_is_no_subject():
    text = ("Councillor Shirley Reynolds, Telford & Wrekin Council’s cabinet member for Children, Young "
            "People, Education and Lifelong Learning, said: “We were all so very proud.”")
    assert_speaker(text, "so very proud", "Shirley Reynolds")



def test_where_the_subject_spoke_between_the_name_and_the_verb_without_commas():
    text = ("Kim Janey endorsed him on Monday.\n\n"
            "Janey in the statement said she is “delighted” to accept the endorsement.")
    assert_speaker(text, "delighted", "Kim Janey")


def test_a_guillemet_closing_before_an_inverted_cue():
    text = ("Culture minister Gennaro Sangiuliano visited the site.\n\n"
            "«These continual finds make us understand how much remains,» said the minister, ANSA reports.")
    assert_speaker(text, "These continual finds", "Gennaro Sangiuliano")


def test_a_name_set_beside_what_only_a_person_is_is_a_persons():
    text = ("Heath Dalton, a resident of Leilani Estates who was evacuated Friday, returned to his home "
            "Sunday morning. He drove a truck.\n\n"
            "\"I could not go up my road,\" he said.")
    quote = find(text, "I could not go up my road")
    assert (quote.speaker, quote.organization) == ("Heath Dalton", None)


def test_a_six_letter_acronym_written_as_a_word_is_the_body_it_stands_for():
    text = ("The Congress of South African Trade Unions welcomed the proposal on Monday.\n\n"
            "Cosatu said it found the offer “reasonable”.")
    assert_speaker(text, "reasonable", "Congress of South African Trade Unions")


def test_a_place_after_a_fronted_preposition_is_no_part_of_the_name_after_it():
    text = ("RMT General Secretary Mick Lynch joined the picket line.\n\n"
            "At Euston Mick Lynch told News Line: ‘We’re on strike again.’")
    assert_speaker(text, "on strike again", "Mick Lynch")



def test_two_people_each_with_an_honorific_speak_together_neither_alone():
    text = ('The co-chairs of the committee, Dr Vivek Trivedi and Dr Rob Laurenson said: "There is '
            'nothing rapid about Mr Barclay’s approach."')
    assert find(text, "nothing rapid").speaker is None



def test_two_first_names_and_a_shared_surname_name_each_in_full():
    text = ("Judith and Simon Hill have been asked to assess the damage.\n\n"
            "Judith added: “Simon and I are fine.”")
    assert_speaker(text, "Simon and I are fine", "Judith Hill")


def test_a_name_ending_before_and_is_no_first_name_of_a_couple():
    # near miss: "Matt Lucas and David Walliams": Lucas is his surname, not Walliams's partner
    text = ("Little Britain stars Matt Lucas and David Walliams won.\n\n"
            "Walliams said: \"It was a real shock.\"")
    assert_speaker(text, "It was a real shock", "David Walliams")


def test_a_romanian_name_with_a_comma_below_is_whole():
    text = ('Lawmaker Dragoș Tudorache, one of the co-rapporteurs, wrote, "We are the first in the world."\n\n'
            'Tudorache added that it was "historic".')
    assert_speaker(text, "first in the world", "Dragoș Tudorache")


def test_an_office_of_two_fields_then_an_honorific_and_its_holder():
    text = ("The Minister of Water and Environmental Affairs, Mrs Edna Molewa, has commended police.\n\n"
            "The Minister added that South Africa cannot be “held hostage” by syndicates.")
    assert_speaker(text, "held hostage", "Edna Molewa")


def test_a_capitalised_title_of_two_offices_and_a_seat_after_a_name():
    text = ('Deirdre Clune, Shadow Rapporteur and MEP for Ireland South said, "The citizens of Europe '
            'expected us to step up."')
    quote = find(text, "citizens of Europe")
    assert (quote.speaker, quote.speaker_title, quote.organization) == ("Deirdre Clune", "Shadow Rapporteur and MEP", None)


# ---------------------------------------------------------------- photographers


def test_a_photographer_credited_under_a_caption_is_no_one_a_later_he_means():
    text = ("Mr Morrison said no lives had been lost.\n\n"
            "Immigration Minister Scott Morrison has broken his silence.Credit: Alex Ellinghausen\n\n"
            "\"We ensured that we could do them safely,\" he told ABC radio on Thursday.")
    assert_speaker(text, "We ensured", "Scott Morrison")


def test_an_agency_photographer_in_brackets_is_no_one_a_later_he_means():
    text = ("Ed Washatka said the rents were rising.\n\n"
            "A woman walks past a shuttered shop. (AP Photo/Damian Dovarganes)\n\n"
            "\"It would be a big challenge to move,\" he said.")
    assert find(text, "big challenge to move").speaker != "Damian Dovarganes"


def test_a_name_set_beside_an_age_is_a_persons():
    text = ("Panos Giannopoulos said it was hot.\n\n"
            "Tassos Konstantinidis, a 25-year-old selling mobile phone cards, wore a cap.\n\n"
            "\"I lived this last year,\" he said.")
    assert_speaker(text, "I lived this last year", "Tassos Konstantinidis")


# ---------------------------------------------------------------- names of no kind we know


def test_a_name_the_sentence_calls_his_is_a_persons_whom_he_means():
    text = ("Steven Chu said: “Yucca Mountain is off the table.”\n\n"
            "Lee Westwood missed a succession of putts and blamed his caddie. He said: \"I missed my "
            "chances out there.\"")
    assert_speaker(text, "I missed my chances", "Lee Westwood")


def test_a_name_the_sentence_calls_its_is_no_person():
    # near miss: a product or firm takes "its"; "he" still means the earlier speaker
    text = ("Tom Hanks said: “It was hard work.”\n\n"
            "Polar Express opened in cinemas and doubled its takings. He said the film was "
            "\"almost impossible to get across\".")
    assert_speaker(text, "almost impossible", "Tom Hanks")


def test_a_full_name_with_an_age_is_a_persons_whatever_its_first_name():
    text = ("Panos Giannopoulos said it was hot.\n\n"
            "Tassos Konstantinidis, 25, wore a cap.\n\n"
            "\"I lived this last year,\" he said.")
    assert_speaker(text, "I lived this last year", "Tassos Konstantinidis")


def test_a_name_with_who_after_it_is_a_persons():
    text = ("Panos Giannopoulos said it was hot.\n\n"
            "Tassos Konstantinidis, who sells phone cards, wore a cap.\n\n"
            "\"I lived this last year,\" he said.")
    assert_speaker(text, "I lived this last year", "Tassos Konstantinidis")


def test_a_description_with_who_after_it_names_no_person():
    # near miss: "the California Democrat, who": a description, not a name
    text = ("Dianne Feinstein introduced the bill.\n\n"
            "The hard work now begins for the California Democrat, who wrote the 1994 ban. She has "
            "called it her “life’s mission.”")
    assert_speaker(text, "life’s mission", "Dianne Feinstein")


# ---------------------------------------------------------------- quotations across paragraphs


def test_a_quotation_runs_on_through_paragraphs_without_marks_to_its_closing_one():
    text = ("Minnesota AFL-CIO President Shar Knutson said:\n\n"
            "“It’s a great week for all Minnesotans.\n\n"
            "This legislation ensures that the minimum wage catches up.\n\n"
            "We look forward to seeing the Governor’s signature on this bill.”\n\n"
            "The bill now goes to the governor.")
    assert_speaker(text, "This legislation ensures", "Shar Knutson")
    assert_speaker(text, "We look forward to seeing", "Shar Knutson")
    assert find(text, "We look forward").text.endswith("on this bill.")


def test_paragraphs_after_an_open_quotation_with_no_closing_mark_stay_the_reporters():
    # near miss: no paragraph closes the quotation, so the ones after it are not taken for it
    text = ("Shar Knutson said:\n\n"
            "“It’s a great week for all Minnesotans.\n\n"
            "The bill now goes to the governor, who is expected to sign it.")
    assert [q for q in quotes_of(text) if "bill now goes" in q.text] == []


def test_a_semicolon_typed_for_the_colon_after_said_introduces_the_next_paragraph():
    text = ("Peter Greenslade, Chair of Operation Dawns Glaw, said;\n\n"
            "“We are currently experiencing hot and dry weather conditions.”")
    assert_speaker(text, "hot and dry weather", "Peter Greenslade")


# ---------------------------------------------------------------- bodies called by their kind


def test_an_apposition_owned_by_an_organization_after_a_name():
    text = ("Responding to the statistics, Kay Boycott, Shelter's director of policy and campaigns said: "
            "‘Any drop in new cases of homelessness is to be welcomed.’")
    quote = find(text, "Any drop in new cases")
    assert (quote.speaker, quote.speaker_title, quote.organization) == (
        "Kay Boycott", "director of policy and campaigns", "Shelter")


def test_the_center_is_the_body_whose_name_ends_in_center():
    text = ("The Pacific Tsunami Warning Center issued a regional warning.\n\n"
            "\"An earthquake of this size has the potential to generate a tsunami,\" the center said.")
    assert_speaker(text, "potential to generate a tsunami", "Pacific Tsunami Warning Center")


def test_the_coalition_is_not_the_newspaper_that_reported_it():
    # near miss: "the coalition" names no body the text calls so; not the last organization in focus
    text = ("The groups accused the department of undercutting the programme, The Washington Post reported.\n\n"
            "\"We cannot sit quietly,\" the coalition said in an editorial released this month.")
    assert find(text, "We cannot sit quietly").speaker != "Washington Post"


def test_the_alliance_is_not_the_hunt_a_member_just_spoke_for():
    # near miss: "The alliance says" after a senior member of the Quorn hunt spoke
    text = ("The Countryside Alliance lost its legal bid on Friday.\n\n"
            "Farmer Geoff Brooks, a senior member of the Quorn hunt, told BBC News people's lives had changed.\n\n"
            "The alliance says hunt supporters will \"test this law to its limits\" on Saturday.")
    assert_speaker(text, "test this law to its limits", "Countryside Alliance")


def test_a_bodys_name_then_its_kind_in_lower_case():
    text = ('The Votes at 16 alliance said it was a good thing to "engage people" by lowering the '
            'candidacy age.')
    assert_speaker(text, "engage people", "Votes at 16 alliance")
