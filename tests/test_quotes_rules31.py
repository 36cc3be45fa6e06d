"""Religious honorifics ("Sr Stanislaus Kennedy"), employers after "with", and what the
seventeenth session (2026-12-01) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind in this session and studied in it (texts kept outside the repository: their
licences are unknown). The near misses make each rule's guard fail a test when it is switched
off."""

from __future__ import annotations

from quote_text import assert_speaker, find, quotes_of, records


# ---------------------------------------------------------------- names and their bodies


def test_a_sister_or_father_before_a_name_is_an_honorific():
    text = ("Sr Mary Brennan, who founded the charity, said the figures were shameful.\n\n"
            "“Nobody should sleep on the street,” Sr Brennan said.\n\n"
            "Fr Peter Walsh said that the hostels were full.")
    assert_speaker(text, "figures were shameful", "Mary Brennan")
    assert_speaker(text, "Nobody should sleep", "Mary Brennan")
    assert_speaker(text, "hostels were full", "Peter Walsh")


def test_a_manager_with_an_employer_before_the_name_is_that_person():
    text = ("However, Corporate Communications Manager with Iarnród Éireann Barry Kenny said most "
            "journeys would not be affected.\n\n"
            "Mr Kenny told RTÉ News: “It is the first increase in five years.”")
    quote = find(text, "most journeys")
    assert (quote.speaker, quote.speaker_title, quote.organization) == (
        "Barry Kenny", "Corporate Communications Manager", "Iarnród Éireann")
    assert_speaker(text, "first increase in five years", "Barry Kenny")


def test_a_court_running_into_its_judge_s_name_is_the_judge():
    text = ("As California Supreme Court Tani G. Cantil-Sakauye wrote in a letter to the secretary:\n\n"
            "Enforcement policies that include stalking courthouses are neither safe nor fair.")
    quote = find(text, "stalking courthouses")
    assert (quote.speaker, quote.organization) == ("Tani G. Cantil-Sakauye", "California Supreme Court")


def test_a_court_named_alone_still_speaks():
    text = ("As the California Supreme Court wrote in its ruling:\n\n"
            "Enforcement policies that include stalking courthouses are neither safe nor fair.")
    assert_speaker(text, "stalking courthouses", "California Supreme Court")


def test_a_workplace_after_an_apposition_s_closing_comma_is_not_the_subject():
    text = ("But Martin Wilby, cabinet member for highways, at Norfolk County Council described the "
            "decision as a \"very welcome green light\" for the bypass.\n\n"
            "He said: \"We have made clear that we will be seeking the money.\n\n"
            "\"The announcement keeps the project on track.\"")
    quote = find(text, "very welcome green light")
    assert (quote.speaker, quote.organization) == ("Martin Wilby", "Norfolk County Council")
    assert_speaker(text, "We have made clear", "Martin Wilby")
    assert_speaker(text, "keeps the project on track", "Martin Wilby")


def test_a_council_opening_its_own_sentence_still_speaks():
    text = ("Norfolk County Council described the decision as a \"very welcome green light\" for "
            "the bypass.")
    assert_speaker(text, "very welcome green light", "Norfolk County Council")


# ---------------------------------------------------------------- who "he" is, and labels


def test_he_after_a_role_opening_the_sentence_is_the_role_s_holder():
    text = ("The position of Minister for Housing Eoghan Murphy is under threat.\n\n"
            "Opposition spokesman Pearse Doherty said Minister Murphy’s position was “untenable”. The "
            "Taoiseach Leo Varadkar responded by saying that opposition policies would “make a bad "
            "situation much worse”.\n\n"
            "The Housing Minister has developed a reputation for incompetence since last August, when "
            "he said he was trying to “get a proper handle” on the issue.")
    assert_speaker(text, "get a proper handle", "Eoghan Murphy")


def test_he_after_a_role_nobody_holds_is_still_the_last_man_named():
    text = ("Hollywood star Tom Hanks was in London's Leicester Square for the premiere.\n\n"
            "The 48-year-old actor crossed a bridge built in the square, which he said was "
            "“almost impossible to get across”.")
    assert_speaker(text, "almost impossible", "Tom Hanks")


def test_a_label_in_a_participle_after_a_comma_is_the_subject_s():
    text = ("Mr Varadkar spoke first. Mr Doherty hit back, accusing Mr Varadkar of “having some cheek on you”.\n\n"
            "The union responded, calling the offer “a disaster for workers”.")
    assert_speaker(text, "having some cheek", "Doherty")
    assert_speaker(text, "a disaster for workers", None)


def test_a_participle_without_a_comma_labels_nothing():
    text = ("Before the story surfaced, Jose Reyes had moved to play down the reports, issuing a statement "
            "through Arsenal describing the speculation as “flattering”. “I have seen the stories,” he "
            "had said on Thursday.")
    assert_speaker(text, "I have seen the stories", "Jose Reyes")


def test_a_label_inside_a_reported_clause_stays_the_speaker_s_word():
    text = ("ID cards\n\nTory ex-minister Douglas Hogg said he opposed the plans for ID cards branding them a "
            "\"regressive\" step which would intrude into the lives of citizens.")
    assert ("Douglas Hogg", "regressive") in records(text, "partial")


# ---------------------------------------------------------------- sources named after the words


def test_a_sentence_saying_whose_message_it_was_names_the_speaker():
    text = ("Strikes\n\n"
            "“We will not stand by while services are cut.” That was the message from Labour leader "
            "Keir Starmer on Monday.\n\n"
            "“Nurses are exhausted and they are leaving the profession.” That was the verdict of the Royal College of Nursing.")
    assert_speaker(text, "We will not stand by", "Keir Starmer")
    assert_speaker(text, "Nurses are exhausted", "Royal College of Nursing")


def test_a_request_by_unnamed_people_names_nobody():
    text = ("Drought\n\n"
            "“We have lost all our crops. Kindly waive our loans.” This was the earnest request by "
            "farmers to the Cabinet sub-committee on drought, headed by Minister R.V. Deshpande.")
    assert_speaker(text, "We have lost all our crops", None)


def test_he_in_a_when_clause_is_the_one_person_the_sentence_is_about():
    text = ("Communities minister Stephen Williams boasted that four million homes had been built.\n\n"
            "Andrew Winter from Brighton Housing Trust (BHT) was met with rapturous applause when he "
            "told the minister: \"It is only credible if you regard 80% of the market as affordable.\"")
    assert_speaker(text, "It is only credible", "Andrew Winter")


def test_he_in_a_when_clause_after_two_people_follows_the_usual_rule():
    text = ("Communities minister Stephen Williams spoke first.\n\n"
            "Andrew Winter was at the conference with Stephen Williams when he told the audience: "
            "\"It is only credible if you regard 80% of the market as affordable.\"")
    assert find(text, "It is only credible").speaker != "Andrew Winter"


def test_which_after_an_organization_is_the_organization():
    text = ("HS2\n\n"
            "The revelations are a blow to supporters, including Midlands Connect, which says scrapping "
            "HS2 would be a ‘disaster’ for the region.\n\n"
            "The plan was backed by the Confederation of British Industry, which said the line was vital.")
    assert_speaker(text, "scrapping HS2 would be", "Midlands Connect")
    assert_speaker(text, "disaster", "Midlands Connect")
    assert_speaker(text, "the line was vital", "Confederation of British Industry")


def test_which_after_a_person_s_report_is_nobody():
    text = ("HS2\n\n"
            "The plan was set out in a report by Andy Street, which says scrapping HS2 would be a "
            "‘disaster’ for the region.")
    assert_speaker(text, "scrapping HS2 would be", None)


# ---------------------------------------------------------------- offices for their holders


def test_the_party_governor_is_the_governor_whose_title_leaves_the_party_out():
    text = ("California Gov. Jerry Brown signed a \"sanctuary state\" bill on Thursday.\n\n"
            "But Brown said the legislation does not stop federal agents from doing their work.\n\n"
            "It also does not stop sheriffs from holding \"routine interviews\" in jails, the Democratic "
            "governor added.")
    assert_speaker(text, "routine interviews", "Jerry Brown")


def test_the_party_governor_is_not_a_governor_of_another_party():
    text = ("Republican Gov. Greg Abbott signed the bill on Thursday.\n\n"
            "It also does not stop sheriffs from holding \"routine interviews\" in jails, the Democratic "
            "governor added.")
    assert_speaker(text, "routine interviews", None)


def test_a_capitalised_office_after_the_is_its_holder_set_off_in_commas():
    text = ("Homelessness\n\n"
            "Liz spoke out after the Housing Secretary, James Brokenshire, claimed the growing problem "
            "was not a political failure.\n\n"
            "In the wake of the outcry, the Housing Secretary appeared to reconsider his stance, telling "
            "Politico: \"We do have to look and reflect on ourselves as to the increase.\"")
    assert_speaker(text, "We do have to look", "James Brokenshire")


def test_a_secretary_introduced_next_is_not_a_shadow_secretary():
    text = ("Tessa Jowell has announced plans to limit the number of new casinos.\n\n"
            "The Culture Secretary said the move showed she listened to critics.\n\n"
            "But Conservative shadow culture secretary John Whittingdale said the bill was a \"shambles\".")
    assert_speaker(text, "the move showed", None)


def test_the_minister_is_not_the_chief_minister():
    text = ("Agriculture minister Kakani Govardhan Reddy said on Thursday that the data would be ready.\n\n"
            "Govardhan Reddy said Chief Minister YS Jagan Mohan Reddy conducted a meeting with officials.\n\n"
            "The minister informed that a central team will tour the mandals.\n\n"
            "He said the crop loss survey was completed on November 23.")
    assert_speaker(text, "crop loss survey", "Kakani Govardhan Reddy")


# ---------------------------------------------------------------- unions by name


def test_a_union_whose_name_lists_its_trades_is_one_union():
    text = ("Rail\n\n"
            "The Rail, Tram and Bus Union says the new trains are not safe to operate.\n\n"
            "Ford, General Motors and Stellantis said they would invest in the state.")
    assert_speaker(text, "the new trains are not safe", "Rail, Tram and Bus Union")
    assert_speaker(text, "they would invest", None)


def test_the_union_after_a_union_whose_name_lists_its_trades_is_that_union():
    text = ("Rail\n\n"
            "Premier Dominic Perrottet has given the Rail, Tram and Bus Union until 5pm on Friday to "
            "abandon further action.\n\n"
            "The union says the new trains are not safe to operate.")
    assert_speaker(text, "the new trains are not safe", "Rail, Tram and Bus Union")


def test_a_union_named_by_one_word_is_that_name():
    text = ("Rail\n\n"
            "The TSSA union said the government is on the wrong track.\n\n"
            "The Unite union said the deal was bad for workers.")
    assert_speaker(text, "the wrong track", "TSSA")
    assert_speaker(text, "the deal was bad", "Unite")


def test_a_plural_s_possessive_inside_a_body_s_name_keeps_the_name_whole():
    text = ("Sanctuary list\n\n"
            "The National Sheriffs' Association, a group that consistently supports the president, spoke "
            "out against the list on Saturday, calling it \"arbitrary\".")
    assert_speaker(text, "arbitrary", "National Sheriffs' Association")


def test_an_owner_before_a_body_its_acronym_names_is_left_out():
    text = ("Latin America's economy grew by 5.5% in 2004.\n\n"
            "The United Nations' Economic Commission for Latin America and the Caribbean said the region "
            "grew by 5.5% this year.\n\n"
            "Nevertheless, the Economic Commission for Latin America and the Caribbean (ECLAC) still "
            "forecasts growth.")
    assert_speaker(text, "the region grew", "Economic Commission for Latin America and the Caribbean")


def test_a_participle_inside_a_relative_clause_still_speaks_for_nobody():
    text = ("Sanctuary list\n\n"
            "The list named the counties, which the sheriffs resisted by calling it \"arbitrary and unfair\".")
    assert_speaker(text, "arbitrary and unfair", None)


# ---------------------------------------------------------------- quotations running on


def test_who_after_an_office_and_its_holder_set_off_by_a_comma_is_the_holder():
    text = ("Beef\n\n"
            "Also speaking to RTE Radio was the Minister for Agriculture, Michael Creed who said that he "
            "understands farmers concerns.\n\n"
            "“The beef industry is of huge importance and it is imperative that farmers make money.")
    assert_speaker(text, "he understands farmers", "Michael Creed")
    assert_speaker(text, "The beef industry", "Michael Creed")


def test_who_after_a_place_and_a_name_stays_unresolved():
    text = ("Beef\n\n"
            "Also speaking in Dublin, Michael Creed who said that he understands farmers concerns was "
            "among the speakers.")
    assert_speaker(text, "he understands farmers", None)


def test_a_space_after_an_opening_mark_still_opens_a_sentence():
    text = ("Farm\n\n"
            "Minette Batters wrote: “While farmers know how much we have evolved, my first job is to "
            "reconnect.\n\n"
            "“We know that the British public expects high welfare food.\n\n"
            "“ But we farmers must do more to show the public how our standards are delivering.”")
    quote = find(text, "But we farmers")
    assert (quote.kind, quote.speaker) == ("direct", "Minette Batters")


def test_a_caption_with_an_agency_credit_does_not_break_a_running_quotation():
    text = ("Drought\n\n"
            "Rural Aid chief executive John Warlters said: \"The drought has already arrived for "
            "thousands of farming families.\n\n"
            "For many, the drought has already arrived. (AAP)\n\n"
            "\"Lower rainfall has plunged families back into financial turmoil.\"")
    assert_speaker(text, "Lower rainfall", "John Warlters")


# ---------------------------------------------------------------- press releases


def test_words_a_press_release_attributes_to_someone_are_theirs():
    text = ("AI Act\n\n"
            "The Computer & Communications Industry Association (CCIA Europe) issued the following statement "
            "regarding the AI Act text.\n\n"
            "The following can be attributed to CCIA Europe’s Senior Policy Manager, Boniface de Champris:\n\n"
            "“Today’s endorsement of the final AI Act text is an important step towards adoption.”\n\n"
            "“Many of the new AI rules remain unclear and could slow down innovation in Europe.”")
    quote = find(text, "Today’s endorsement")
    assert (quote.speaker, quote.speaker_title) == ("Boniface de Champris", "Senior Policy Manager")
    assert_speaker(text, "Many of the new AI rules", "Boniface de Champris")


def test_the_quotation_after_the_following_statement_is_its_author_s():
    text = ("WASHINGTON – ITI president and CEO Dean Garfield released the following statement about "
            "today’s White House meeting on artificial intelligence. Today’s meeting builds on principles "
            "ITI released last fall.\n\n"
            "“AI is an immense opportunity arriving at the right time. It will bring tangible benefits.”")
    assert_speaker(text, "AI is an immense opportunity", "Dean Garfield")


def test_a_statement_released_earlier_names_no_later_quotation():
    text = ("Dean Garfield released a statement about the meeting on Tuesday.\n\n"
            "“AI is an immense opportunity arriving at the right time. It will bring tangible benefits.”")
    assert_speaker(text, "AI is an immense opportunity", None)


def test_an_organization_s_statement_that_reads_is_the_organization_s():
    text = ("Taser\n\n"
            "The Independent Police Complaints Commission (IPCC) is investigating.\n\n"
            "An IPCC statement reads: “The man remained on the porch roof, at a height of about eight feet.\n\n"
            "“He had sustained minor bruising.”\n\n"
            "A Cheshire Police statement read: 'The officers acted with reasonable force for the man's safety.'")
    assert_speaker(text, "The man remained", "Independent Police Complaints Commission")
    assert_speaker(text, "minor bruising", "Independent Police Complaints Commission")
    assert_speaker(text, "acted with reasonable force", "Cheshire Police")


def test_a_knight_s_name_after_an_office_s_domain_starts_at_sir():
    text = ("Commissioner of Police of the Metropolis Sir Mark Rowley is seen in Westminster.\n\n"
            "Met Chief Mark Rowley told LBC he has vowed to clear out rogue officers 'within weeks'.")
    assert_speaker(text, "within weeks", "Mark Rowley")


def test_he_after_a_role_opening_a_sentence_past_a_fronted_phrase_is_its_holder():
    text = ("Labour conference\n\n"
            "Prime Minister Tony Blair will answer questions later. Alan Milburn told the Today programme "
            "the party was united.\n\n"
            "On Friday, the prime minister completed a tour of England. Starting in London, he visited "
            "constituencies, pledging to build on what he said were Labour's achievements on the economy.")
    assert_speaker(text, "Labour's achievements", "Tony Blair")


def test_a_body_only_described_in_an_apposition_does_not_speak_as_the_group():
    text = ("Tesco results\n\n"
            "Ken Murphy, chief executive of the UK’s largest grocery chain, stressed that customers "
            "“continue to face significant pressures”.\n\n"
            "The group said its UK division saw sales rise by 9% in the quarter.")
    assert find(text, "significant pressures").organization == "UK’s largest grocery chain"
    assert_speaker(text, "its UK division saw sales rise", None)


def test_a_body_named_in_an_apposition_speaks_as_the_group():
    text = ("Mark Toney, the executive director of The Utility Reform Network, alleged the rates were "
            "unfair.\n\n"
            "The group claims that the utility overcharged its customers.")
    assert_speaker(text, "the utility overcharged", "The Utility Reform Network")


def test_words_someone_highlighted_or_advised_are_theirs():
    text = ("AI summit\n\n"
            "Mr Sunak has previously highlighted “large-scale societal shifts” and “misuse” as dangers.\n\n"
            "Helen Dickinson advised that price increases are “inevitable”.")
    assert_speaker(text, "large-scale societal shifts", "Sunak")
    assert_speaker(text, "price increases are", "Helen Dickinson")
    assert ("Helen Dickinson", "inevitable") in records(text, "partial")


def test_a_report_highlighting_words_inside_a_speaker_s_clause_leaves_them_the_speaker_s():
    text = ("Universities\n\n"
            "Sir Howard Newby said the report highlighted the \"entrenched divisions\" between rich and "
            "poor areas.")
    assert ("Howard Newby", "entrenched divisions") in records(text, "partial")


def test_words_an_unnamed_body_highlighted_are_no_quotation():
    text = ("Deaths in custody\n\n"
            "The committee also highlighted \"deeply worrying\" cases of young people taking their own lives.")
    assert records(text, "partial") == []


# ---------------------------------------------------------------- firms by their names


def test_a_firm_named_with_two_leading_capitals_keeps_them():
    text = ("Shops\n\n"
            "JCPenney announced it will close six stores. The chain said the six locations will shutter by April.")
    assert_speaker(text, "it will close six stores", "JCPenney")
    assert_speaker(text, "the six locations", "JCPenney")


def test_a_firm_named_with_a_possessive_speaks_under_that_name():
    text = ("Shops\n\n"
            "Sainsbury’s has announced that sales in the 16 weeks to late June jumped almost 10%.\n\n"
            "McDonald's said that it would scrap its largest meals.")
    assert_speaker(text, "sales in the 16 weeks", "Sainsbury’s")
    assert_speaker(text, "scrap its largest meals", "McDonald's")


def test_a_person_s_possessive_before_a_noun_is_no_firm():
    text = ("Newcastle\n\n"
            "Craig Bellamy was fined.\n\n"
            "Bellamy's claim that Souness had lied was strongly denied by the chairman.")
    assert all(q.speaker != "Bellamy's" for q in quotes_of(text))


def test_a_british_police_rank_before_a_name_is_a_title():
    text = ("Taser case\n\n"
            "PC Lee Birch told the court that the man had been aggressive.\n\n"
            "PC Birch said he had fired the Taser once.")
    quote = find(text, "the man had been aggressive")
    assert (quote.speaker, quote.speaker_title) == ("Lee Birch", "PC")
    assert_speaker(text, "fired the Taser once", "Lee Birch")


def test_nobody_is_no_speaker():
    text = ("Budget\n\n"
            "Nobody said it would be easy, but the City Council on Tuesday adopted a budget.")
    assert_speaker(text, "it would be easy", None)


def test_a_statement_from_a_body_is_the_body_s():
    text = ("Buses\n\n"
            "The Ministry of Tourism and Transport released a statement on Friday.\n\n"
            "“The board has notified all drivers that the notices must be taken down,” a release from "
            "the ministry said.\n\n"
            "“No decision has been made,” a statement from the Ministry of Tourism and Transport said.")
    assert_speaker(text, "notices must be taken down", "Ministry of Tourism and Transport")
    assert_speaker(text, "No decision has been made", "Ministry of Tourism and Transport")


def test_a_letter_from_a_named_officer_of_a_body_stays_the_officer_s():
    text = ("Holyrood\n\n"
            "Mr McLetchie had asked for advice.\n\n"
            "But a letter from Holyrood's Chamber Office chief Ken Hughes said Mr McLetchie did not need to "
            "list any of the clients.")
    assert_speaker(text, "did not need to list", "Ken Hughes")


def test_words_someone_framed_something_as_are_theirs():
    text = ("AI\n\n"
            "At a Friday event, Lina Khan framed the AI landscape as an inflection point that is "
            "\"enormously important for opening up markets.\"")
    assert_speaker(text, "enormously important", "Lina Khan")


def test_words_a_role_pledged_are_its_holder_s():
    text = ("Budget\n\n"
            "Chancellor Rachel Reeves set out her plans on Monday.\n\n"
            "The property industry has broadly welcomed the chancellor’s pledge to “get Britain building "
            "again” by bringing back targets.")
    assert_speaker(text, "get Britain building again", "Rachel Reeves")


def test_the_police_watchdog_is_the_watchdog_with_police_in_its_name():
    text = ("Taser\n\n"
            "The Independent Police Complaint Commission (IPCC) is investigating.\n\n"
            "The police watchdog said it had decided to look into the incident following the complaint.")
    assert_speaker(text, "it had decided to look", "Independent Police Complaint Commission")


def test_the_police_watchdog_is_not_a_watchdog_without_police_in_its_name():
    text = ("Taser\n\n"
            "The Financial Conduct Authority (FCA) is investigating the bank.\n\n"
            "The police watchdog said it had decided to look into the incident following the complaint.")
    assert_speaker(text, "it had decided to look", None)


def test_a_lede_s_role_is_the_holder_named_after_an_abbreviated_title_next():
    text = ("“This action protects public safety,” the governor said.\n\n"
            "LOS ANGELES — California Gov. Jerry Brown on Thursday signed a bill into law.")
    assert_speaker(text, "This action protects public safety", "Jerry Brown")


def test_a_name_written_later_without_its_hyphen_is_the_hyphened_name():
    text = ("Toys\n\n"
            "Toy maker Fisher-Price has announced a recall of over ten million toys.\n\n"
            "Fisher Price also stated that it had received 46 reports of a valve detaching.")
    assert_speaker(text, "46 reports", "Fisher-Price")


# ---------------------------------------------------------------- names as the text gives them


def test_a_pope_is_named_with_the_title_he_goes_by():
    text = ("Vatican\n\n"
            "Pope Francis said: “I hope that your efforts may contribute in a real way to peace.”\n\n"
            "Pope Leo XIV said that war must end now in Ukraine. Leo told reporters: “The world no "
            "longer tolerates war.”")
    assert_speaker(text, "contribute in a real way", "Pope Francis")
    assert_speaker(text, "war must end now", "Pope Leo XIV")
    assert_speaker(text, "no longer tolerates war", "Pope Leo XIV")


def test_the_right_reverend_is_an_honorific():
    text = ("Assembly\n\n"
            "The Moderator, Rt Rev Sally Foster-Fulton, said: “What a beautiful mix of ideas and energy.”")
    assert_speaker(text, "beautiful mix", "Sally Foster-Fulton")


def test_a_headline_s_verb_after_a_name_is_no_part_of_it():
    text = ("Roger Goodell Speaks on State of the NFL\n\n"
            "Roger Goodell said it had been “a tough year on me personally”.")
    assert_speaker(text, "a tough year", "Roger Goodell")


def test_a_prosecutor_of_a_city_before_the_name_is_the_name():
    text = ("Crash\n\n"
            "French prosecutor of Marseille Brice Robin holds a press conference.\n\n"
            "\"This was voluntary, this was deliberate,\" Marseille prosecutor Brice Robin said.")
    assert_speaker(text, "This was voluntary", "Brice Robin")


def test_a_platform_a_statement_was_posted_on_is_no_subject():
    text = ("Outage\n\n"
            "WhatsApp in a statement on Twitter said: “We are now back and running at 100%.”")
    assert_speaker(text, "back and running", "WhatsApp")


def test_he_after_but_in_a_sentence_about_one_person_is_that_person():
    text = ("Labour row\n\n"
            "The Chief Rabbi Ephraim Mirvis said the party had failed.\n\n"
            "Shadow transport secretary Andy McDonald accepted there were issues to deal with but he "
            "strongly rejected the Chief Rabbi’s characterisation of the party.\n\n"
            "“It is a serious intervention,” he told Sky News.")
    assert_speaker(text, "It is a serious intervention", "Andy McDonald")


def test_he_after_and_in_a_sentence_naming_two_people_follows_the_usual_rule():
    text = ("Labour row\n\n"
            "The Chief Rabbi Ephraim Mirvis said the party had failed.\n\n"
            "Andy McDonald met Jeremy Corbyn on Monday and he said the meeting had gone well.")
    assert find(text, "the meeting had gone well").speaker != "Andy McDonald"


def test_the_most_reverend_before_a_name_is_a_person_s_style():
    text = ("Row\n\n"
            "Mr Mirvis received backing from the Archbishop of Canterbury, the Most Rev Justin Welby, who "
            "said his intervention reflected the alarm felt by many.\n\n"
            "“That the Chief Rabbi should be compelled to make such a statement ought to alert us,” he said.")
    assert_speaker(text, "his intervention reflected", "Justin Welby")
    assert_speaker(text, "ought to alert us", "Justin Welby")


def test_a_sentence_about_one_person_tells_their_gender_by_its_pronouns():
    text = ("Crash\n\n"
            "Xu Da, a product manager from China, was sitting near the back of the plane.\n\n"
            "Xu and his family escaped through the opening.\n\n"
            "In the chaotic moments after the landing, a passenger grabbed her son.\n\n"
            "\"I had no time to be scared,\" she said.")
    assert_speaker(text, "no time to be scared", None)


def test_a_name_later_in_the_sentence_takes_no_gender_from_its_pronouns():
    text = ("A British author has had the film rights to her bestseller snapped up, with Ridley Scott set "
            "to direct.\n\n"
            "Film studio Fox has bought the rights for Scott's company Scott Free to develop. The "
            "director said he was thrilled. \"Wolf Brother is an enchanting book,\" he said.")
    assert find(text, "enchanting book").speaker != "Scott Free"


def test_a_clause_before_said_then_adding_is_reported_and_both_are_the_speaker_s():
    text = ("Refugees\n\n"
            "The refugees want to travel to the West Bank, Gaza Strip, or Israel, Mr. Janowski said, adding "
            "that the agency was ready to talk.")
    assert_speaker(text, "The refugees want to travel", "Janowski")
    assert_speaker(text, "the agency was ready to talk", "Janowski")


def test_a_name_then_its_capitalised_office_at_a_body_is_the_name():
    text = ("Fish\n\n"
            "“They become debilitated,” Dr. Lindsey Waxman, Senior Veterinarian for The Florida Aquarium said.")
    quote = find(text, "They become debilitated")
    assert (quote.speaker, quote.speaker_title) == ("Lindsey Waxman", "Senior Veterinarian")


def test_a_label_after_known_as_is_no_apposition_s_name():
    text = ("NFL\n\n"
            "On the controversy known as Deflate-Gate, the commissioner said that the NFL is conducting "
            "a thorough investigation.")
    assert_speaker(text, "the NFL is conducting", None)


def test_the_country_s_largest_bank_is_the_bank_in_focus():
    text = ("Outage\n\n"
            "SYDNEY -- Australian financial giant, the Commonwealth Bank, has issued an apology to its "
            "customers on Friday.\n\n"
            "\"We are very sorry for the inconvenience this is causing our customers,\" the country's "
            "largest bank said in a statement.")
    assert_speaker(text, "We are very sorry", "Commonwealth Bank")


def test_a_headline_s_verb_inside_a_run_ends_the_name():
    text = ("CEO Rolf Habben Jansen Cites Low Freight Rates and Geopolitical Turmoil\n\n"
            "The industry faces a few years of headwinds, according to Hapag-Lloyd AG CEO Rolf Habben Jansen.")
    assert_speaker(text, "The industry faces", "Rolf Habben Jansen")


def test_the_last_two_of_a_list_of_banks_are_no_one_bank():
    text = ("Banks\n\n"
            "Up to 750,000 customers from RBS, Natwest and Ulster Bank were affected.\n\n"
            "The bank said: \"The systems issues have now been resolved.\"")
    assert find(text, "systems issues").speaker != "Natwest and Ulster Bank"


def test_the_pontiff_is_the_pope_the_text_names():
    text = ("Vatican\n\n"
            "On Monday, Pope Francis weighed in on the scandal.\n\n"
            "\"We showed no care for the little ones; we abandoned them,\" the pontiff wrote.")
    assert_speaker(text, "We showed no care", "Pope Francis")


def test_a_comment_announced_at_a_paragraph_s_end_is_the_next_quotation():
    text = ("Crash\n\n"
            "CEO of the Ethiopian Airlines Group Tewolde GebreMariam gave a significant comment to the "
            "preliminary findings.\n\n"
            "“All of us at Ethiopian Airlines are still going through deep mourning for our loved ones.”")
    assert_speaker(text, "deep mourning", "Tewolde GebreMariam")


def test_remembers_is_a_speech_verb():
    text = ("Typhoon\n\n"
            "Diaz could not believe it. 'I asked at the counter whether the flight was going to take off,' "
            "Diaz remembers.")
    assert_speaker(text, "I asked at the counter", "Diaz")


def test_a_participle_s_phrase_in_commas_before_said_names_no_subject():
    text = ("Train\n\n"
            "“We do not know what happened here,” said Michael Nutter.\n\n"
            "National Transportation Safety Board member Robert Sumwalt, speaking alongside Nutter on "
            "Wednesday, said investigators will look at a number of factors.")
    assert_speaker(text, "investigators will look", "Robert Sumwalt")


def test_a_speech_verb_after_a_name_s_comma_gives_no_title():
    text = ("Succession\n\n"
            "Opponents of the bill, including the Bishop of Winchester, the Rt Rev Michael Scott-Joynt, said "
            "it would separate the state from both the Church of England and the Christian faith. Such a "
            "state would be markedly \"less tolerant\", Rt Rev Scott-Joynt argued.")
    quote = find(text, "less tolerant")
    assert quote.speaker == "Michael Scott-Joynt"
    assert not (quote.speaker_title or "").startswith("said")


def test_a_party_named_inside_another_body_s_name_keeps_its_own_name():
    text = ("Row\n\n"
            "Ephraim Mirvis cited figures from the Jewish Labour Movement of \"at least 130 outstanding cases\".\n\n"
            "Labour said: \"The 130 figure is inaccurate.\"")
    assert_speaker(text, "The 130 figure is inaccurate", "Labour")


def test_a_long_capitalised_title_before_the_subject_s_name_still_puts_them_in_focus():
    text = ("NFL\n\n"
            "Former New York Giants star Osi Umenyiora, 33, came to London twice as a player.\n\n"
            "He said: “It should be a great game. Both teams are going to be desperate to win.”")
    assert_speaker(text, "It should be a great game", "Osi Umenyiora")


def test_a_reaction_credited_to_a_description_then_a_name_is_the_name_s():
    text = ("Church\n\n"
            "“We are shamed by and sorry for the sins and omissions by Catholic priests.” This was the first "
            "reaction of the head of the U.S. Conference of Catholic Bishops, Cardinal Daniel DiNardo, to "
            "the report.")
    assert_speaker(text, "We are shamed", "Daniel DiNardo")


def test_a_verb_s_object_before_a_comma_holds_no_office_described_after_it():
    text = ("Canal\n\n"
            "Progress is being made in the attempt to free the vessel blocking the Suez Canal, the head of "
            "the Suez Canal Authority said Saturday, but declined to set a timetable.")
    assert find(text, "declined to set a timetable").speaker != "Suez Canal"


def test_a_surname_that_is_a_title_word_is_the_person_the_text_named_in_full():
    text = ("Baseball\n\n"
            "Brady Singer did not have his best stuff on Wednesday, but allowed just two runs.\n\n"
            "\"The defense was incredible,\" Singer said.")
    assert_speaker(text, "The defense was incredible", "Brady Singer")


def test_a_lone_participle_opening_the_sentence_is_no_part_of_the_subject():
    text = ("Tram\n\n"
            "Commenting, Tim O’Toole, FirstGroup Chief Executive said:\n\n"
            "The tragic incident on the Tramlink network deeply shocked and saddened us all.")
    quote = find(text, "The tragic incident")
    assert (quote.kind, quote.speaker) == ("block", "Tim O’Toole")


def test_a_city_ending_in_ing_opening_the_sentence_is_still_its_subject():
    text = ("China\n\n"
            "Beijing, which opposes the plan, said the talks had failed.")
    assert_speaker(text, "the talks had failed", "Beijing")
