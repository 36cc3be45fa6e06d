"""A spokesman introduced with a colon after an organization's statement was announced, a
compass point before a place, and what the twenty-second session (2026-12-01) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind earlier and studied in this session (texts kept outside the repository: their
licences are unknown). The near misses make each rule's guard fail a test when it is switched
off."""

from __future__ import annotations

from quote_text import assert_speaker, find, quotes_of


# ---------------------------------------------------------------- who a block of quotations is by


def test_a_colon_introduction_after_a_statement_was_announced_gives_the_block_its_speaker():
    text = ("The Harbour Alliance, a group of local charities, has issued a damning statement on the plan.\n\n"
            "Spokesman Tom Reyes, who spoke at the council meeting, said:\n\n"
            "“This plan is a betrayal of the people who live here.\n\n"
            "“The council has turned its back on them.”")
    assert_speaker(text, "This plan is a betrayal", "Tom Reyes")
    assert_speaker(text, "The council has turned", "Tom Reyes")
    # near miss: with no introduction between, the announced statement is the organization's
    text = ("The Harbour Alliance, a group of local charities, has issued a damning statement on the plan.\n\n"
            "“This plan is a betrayal of the people who live here.”")
    assert_speaker(text, "This plan is a betrayal", "Harbour Alliance")


def test_a_statement_from_a_named_person_announced_with_a_colon_is_theirs():
    text = ("In response to the indictment, World Wildlife Fund (WWF) issued a statement from Crawford "
            "Allan, senior director for TRAFFIC at WWF:\n\n"
            "“This is probably the most significant case in years.”")
    assert_speaker(text, "This is probably", "Crawford Allan")


def test_a_press_releases_name_office_and_body_with_its_acronym_is_the_person():
    text = ("Jonathan Carr-West, Chief Executive, Local Government Information Unit (LGIU) said:\n\n"
            "“The report published this morning should concern anyone who believes in local democracy.”")
    quote = find(text, "The report published")
    assert (quote.speaker, quote.speaker_title, quote.organization) == (
        "Jonathan Carr-West", "Chief Executive", "Local Government Information Unit")


# ---------------------------------------------------------------- places that look like names


def test_a_compass_point_before_a_place_is_no_persons_name():
    text = ("Maria Lopez hit out at the commission. “Send all the forces to Bengal,” she said.\n\n"
            "The party chairperson questioned the decision to hold the election in West Bengal in eight "
            "phases. She said, “Ask them to hold it in 294 phases.”")
    assert_speaker(text, "Ask them to hold it", "Maria Lopez")


# ---------------------------------------------------------------- appositions that lost a comma


def test_an_apposition_after_a_quotation_that_lost_its_closing_comma_keeps_its_holder():
    text = ("“The first thing that will happen is that the prime minister will resign,” Paikisothy "
            "Saravanamuttu, executive director at the Colombo-based Centre for Policy Alternatives told Al Jazeera.")
    quote = find(text, "The first thing")
    assert quote.speaker == "Paikisothy Saravanamuttu"
    assert quote.speaker_title == "executive director"
    assert quote.organization == "Centre for Policy Alternatives"
    text = ("“We are encouraged that the board's announcement signals a new direction,” Armando Falcon, "
            "OFHEO director said.")
    assert_speaker(text, "We are encouraged", "Armando Falcon")
    text = ("“We had to evacuate an area of 30,000 people,” Konstantia Dimoglidou, Greek police spokeswoman "
            "told AFP, adding that everything had gone smoothly.")
    assert_speaker(text, "We had to evacuate", "Konstantia Dimoglidou")
    assert find(text, "everything had gone smoothly").speaker_title == "Greek police spokeswoman"
    # near miss: a sentence adverb before an office is no one's name
    text = "Firstly, the prime minister insisted on Wednesday that he had been closely involved in the plan."
    assert_speaker(text, "he had been closely involved", None)
    text = ("Pat Cullen, general secretary of the Royal College of Nursing (RCN) said that the government "
            "needed to put more money on the table.")
    quote = find(text, "the government needed")
    assert (quote.speaker, quote.speaker_title) == ("Pat Cullen", "general secretary")


def test_an_apposition_with_no_closing_comma_does_not_run_into_the_sentence_verb():
    text = ("Peter Misselbrook, executive partner of Tods Murray said Mr McLetchie had been considering "
            "retirement.\n\n“David has decided that this announcement should be made now,” he added.")
    quote = find(text, "David has decided")
    assert quote.speaker == "Peter Misselbrook"
    assert quote.organization == "Tods Murray"
    # an apposition that opens on a preposition has no title ("of the University" is none)
    text = ("Professor John Curtice, of the University of Strathclyde, said: “The vote could be split between "
            "the parties.”")
    quote = find(text, "The vote could be split")
    assert (quote.speaker_title, quote.organization) == (None, "University of Strathclyde")
    # near miss: where someone is from is no organization
    text = "Tony Martin, of Burnley, said: “He is the first leader who has won us two terms.”"
    quote = find(text, "He is the first leader")
    assert (quote.speaker, quote.speaker_title, quote.organization) == ("Tony Martin", None, None)
    # near miss: a description glued before a common noun is all the organization there is
    text = ("Werner Seifert, chief executive of the Frankfurt-based exchange, may well come back with a new bid.\n\n"
            "“We will not raise our offer for the company,” Seifert said.")
    quote = find(text, "We will not raise")
    assert (quote.speaker, quote.organization) == ("Werner Seifert", "Frankfurt-based exchange")


# ---------------------------------------------------------------- pronouns


def test_a_pronoun_joined_to_an_unnamed_subjects_cue_is_that_subject():
    text = ("Tom Brandt said the march would leave a mark.\n\n"
            "Farmers should be “peaceful,” the head of the National Farmers’ Union said as he confirmed the "
            "protest would “definitely” go ahead.")
    assert_speaker(text, "definitely", None)
    text = text.replace("National Farmers’ Union", "farmers’ union")  # (a subject not read at all)
    assert_speaker(text, "definitely", None)
    # near miss: a named subject before the pronoun is still who it means
    text = ("Tom Brandt said the march would leave a mark.\n\n"
            "Farmers should be “peaceful,” union leader Tom Reyes said as he confirmed the "
            "protest would “definitely” go ahead.")
    assert_speaker(text, "definitely", "Tom Reyes")


# ---------------------------------------------------------------- names


def test_the_name_before_a_particle_surname_after_two_given_names_is_the_person_alone():
    text = ("Brazilian President Luiz Inacio Lula da Silva opened the summit on Thursday.\n\n"
            "Lula called for decisive action, warning that “many people are not fulfilling the agreement.”")
    assert_speaker(text, "many people", "Luiz Inacio Lula da Silva")
    text = ("Minister José Carlos Afonso do Nascimento opened the summit on Thursday.\n\n"
            "Afonso warned that “many people are not fulfilling the agreement.”")
    assert_speaker(text, "many people", "José Carlos Afonso do Nascimento")
    # near miss: a second given name before the particle is no surname ("Ana" of Maria Ana da Silva)
    text = ("Maria Ana da Silva opened the summit on Thursday.\n\n"
            "Ana warned that “many people are not fulfilling the agreement.”")
    assert find(text, "many people").speaker != "Maria Ana da Silva"


def test_a_ministers_honourable_style_is_not_part_of_the_name():
    text = ("Minister for Health\n\nThe Honourable Cameron Dick\n\n"
            "The figures show waiting lists dropping.\n\n"
            "Minister for Health and Ambulance Services Cameron Dick said that the figures were good.")
    assert_speaker(text, "the figures were good", "Cameron Dick")
    assert_speaker("The Hon. Jane Hollis said that the figures were good.", "the figures were good", "Jane Hollis")
    # a Muslim scholar's style
    text = "“We will run a movement for new elections,” said Maulana Fazalur Rehman from the All Parties Conference."
    assert_speaker(text, "We will run", "Fazalur Rehman")


# ---------------------------------------------------------------- organizations


def test_a_press_releases_capitalised_company_is_the_company_it_is_about():
    text = ("The region’s water provider United Utilities says that it will impose the ban soon.\n\n"
            "“The prolonged hot weather means the region’s reservoir stores have decreased,” said the Company.")
    assert_speaker(text, "The prolonged hot weather", "United Utilities")
    text = ("The region’s water provider United Utilities says that it will impose the ban soon.\n\n"
            "“The prolonged hot weather means the region’s reservoir stores have decreased,” the Company said.")
    assert_speaker(text, "The prolonged hot weather", "United Utilities")


def test_a_headlines_verb_after_an_office_is_no_office_holder():
    text = ("Coptic Pope Turns Up the Heat\n\n"
            "Coptic Pope Tawadros II, head of the church, gave an interview in Cairo on Thursday.\n\n"
            "Regarding the attack, the Coptic pope said: “It made a bad judgment and it was negligent.”")
    assert_speaker(text, "It made a bad judgment", "Pope Tawadros II")
    text = ("Club Chairman Takes Blame\n\n"
            "The board met on Thursday.\n\n"
            "“We made a bad judgment and it was negligent,” the chairman said.")
    assert_speaker(text, "We made a bad judgment", None)


def test_a_bodys_acronym_after_a_person_of_it_names_the_body_not_the_person():
    text = ("Deputy Director Noel Wathion of the European Medicines Agency (EMA) said that Europeans may "
            "need to wait.\n\nThe EMA said that it had not received an application.")
    quote = find(text, "Europeans may need")
    assert (quote.speaker, quote.organization) == ("Noel Wathion", "European Medicines Agency")
    assert_speaker(text, "it had not received", "European Medicines Agency")
    # people of a body, with its acronym: the body's people, none by name
    text = ("Experts with the U.S. National Oceanic and Atmospheric Administration (NOAA) said the vessel "
            "was first flagged as a potential shipwreck last year.")
    assert_speaker(text, "the vessel was first flagged", None)


def test_a_weekday_before_an_organizations_word_is_no_part_of_its_name():
    text = ("Wattle Range Council confirmed it is investigating a cyber incident.\n\n"
            "In a statement last Friday Council said it had been named in a post on the dark web.")
    assert_speaker(text, "it had been named", "Wattle Range Council")
    # near miss: a newspaper named for its day keeps the day
    text = "The Sunday Times said hedge funds were planning to demand the removal of the board."
    assert_speaker(text, "hedge funds were planning", "Sunday Times")


def test_an_organization_with_an_indefinite_article_is_not_yet_named():
    text = ("A South Australian Council says data stolen from its servers has appeared on the dark web.\n\n"
            "Wattle Range Council confirmed it is investigating a cyber incident.")
    assert_speaker(text, "data stolen from its servers", None)


def test_a_nationality_after_an_age_is_the_person_the_text_is_about():
    text = ("Andy Murray beat Novak Djokovic in the final on Sunday.\n\n"
            "The 26-year-old Scot admitted he hardly knew who to turn to.\n\n"
            "“I think just how that last game went meant my head was everywhere,” he added.")
    assert_speaker(text, "he hardly knew", "Andy Murray")


def test_a_name_then_for_the_body_it_serves_is_the_name():
    text = ("“We depend on law enforcement officers to protect our communities,” said U.S. Attorney "
            "Matthew M. Graves for the District of Columbia.")
    quote = find(text, "We depend on")
    assert (quote.speaker, quote.organization) == ("Matthew M. Graves", "District of Columbia")
    text = ("“We depend on law enforcement officers to protect our communities,” said Minister for the "
            "Department of Justice Jane Hollis.")
    assert find(text, "We depend on").speaker == "Jane Hollis"


# ---------------------------------------------------------------- cues


def test_a_cue_word_with_a_plurals_verb_after_it_is_a_noun():
    text = ("“We in the United States have to get ready for the fall,” Dr Anne Schuchat said. Twenty U.S. "
            "states are reporting widespread flu activity now, she said.")
    assert all(q.speaker != "Twenty U.S." for q in quotes_of(text))
    assert_speaker(text, "widespread flu activity", "Anne Schuchat")
    # near miss: "what Jamie hopes will be" keeps its verb
    text = "Jamie Costin is in Poland. He is working towards what Jamie hopes will be a return to racing in 2006."
    assert_speaker(text, "a return to racing", "Jamie Costin")


def test_a_subhead_naming_whose_statement_follows_gives_the_next_quotation_its_speaker():
    text = ("IOC president Thomas Bach has said there is no commitment to lift sanctions.\n\n"
            "Russian Paralympic Committee statement\n\n"
            "“The Russian Paralympic Committee has carefully studied all the arguments.\n\n"
            "“None of them stand up to criticism.”")
    assert_speaker(text, "has carefully studied", "Russian Paralympic Committee")
    assert_speaker(text, "None of them stand up", "Russian Paralympic Committee")


def test_an_office_opening_the_sentence_with_its_holder_named_after_is_no_name():
    text = ("Deputy Prime Minister of Russia Igor Shuvalov spoke briefly. “You have entrusted us with the "
            "World Cup,” he said.")
    assert_speaker(text, "You have entrusted us", "Igor Shuvalov")


def test_a_headlines_event_verb_after_a_noun_is_no_name():
    text = ("Hundreds Missing As Overloaded Ferry Sinks Off Haiti\n\n"
            "An overloaded ferryboat sank during a rainstorm off southern Haiti.\n\n"
            "But the captain said as many as 1,500 people were packed onto the ferry.")
    assert_speaker(text, "as many as 1,500 people", None)


def test_a_name_then_where_the_person_is_from_opening_the_sentence_is_the_speaker():
    text = ("Marlon Balilo told AFP that the ferry's outriggers appeared to have broken.\n\n"
            "Ciriaco Tolibao from Ormoc's disaster risk reduction office told the agency that divers were "
            "searching for survivors. “We're scouring the ship for more survivors,” he said.")
    assert_speaker(text, "divers were searching", "Ciriaco Tolibao")
    assert_speaker(text, "We're scouring the ship", "Ciriaco Tolibao")


def test_an_office_before_a_doctors_honorific_is_the_names_office():
    text = ("Punjab Health Minister Dr. Yasmin Rashid said here on Monday that Pakistan is the third country "
            "to start the campaign.\n\nPrime Minister Imran Khan is pleased with the drive.\n\n"
            "Speaking at a seminar, the Minister said that the campaign would start from 12 districts.")
    assert_speaker(text, "the campaign would start", "Yasmin Rashid")


def test_an_under_secretary_is_an_office_not_a_name():
    text = ("In a statement to Parliament yesterday Robert Courts, Tory Parliamentary Under-Secretary of State "
            "for Transport said: ‘Let me just say straight off that the way these workers were treated was "
            "unacceptable.’")
    assert_speaker(text, "Let me just say", "Robert Courts")


def test_an_office_of_a_body_in_lower_case_before_its_holders_name():
    text = "Deputy director general of the IOPC Ian Todd said he met Ms Begley on Thursday."
    quote = find(text, "he met Ms Begley")
    assert (quote.speaker, quote.organization) == ("Ian Todd", "IOPC")
    text = ("Rwanda’s high commissioner to the UK Johnston Busingye told the Daily Telegraph his country "
            "would be a safe haven.")
    assert_speaker(text, "his country would be", "Johnston Busingye")


# ---------------------------------------------------------------- the session's review


def test_review_cases_keep_the_speaker_the_old_reading_gave():
    # a subhead with no name in it names nobody
    text = ("The family paid tribute on Sunday.\n\nFamily statement\n\n"
            "“Dan was a loving father and we will miss him.”")
    assert_speaker(text, "Dan was a loving father", None)
    # nor a "response" subhead ("Government response" is no statement of the government's here)
    text = ("The report was published on Sunday.\n\nGovernment response\n\n"
            "“We will study the report carefully and respond in due course.”")
    assert_speaker(text, "We will study the report", None)
    # a statement issued "from" a place is the issuer's
    text = ("Jeff Bezos issued a statement from Seattle:\n\n"
            "“These claims are simply not true and we will fight them.”")
    assert_speaker(text, "These claims are simply", "Jeff Bezos")
    # people "of" a body before its acronym are no body's name
    text = "Critics of the World Health Organization (WHO) said it had acted too slowly."
    assert_speaker(text, "it had acted too slowly", None)
    # a lost-comma apposition's body that joins a second person: two speakers, neither alone
    text = "Tom Watson, deputy leader of the Labour Party and Jeremy Corbyn said they would campaign together."
    assert_speaker(text, "they would campaign together", None)
    # "the German pope" is not the one pope named "Pope …" when the text did not call him German
    text = ("Pope Francis paid tribute on Saturday to Benedict XVI, who died at the age of 95.\n\n"
            "In a 2013 interview, Benedict XVI reflected on his decision to resign.\n\n"
            "“I did not feel strong enough to carry on,” the German pope said at the time.")
    assert find(text, "I did not feel strong").speaker != "Pope Francis"
    # a plural noun that is also a headline's verb stays in an organization's name
    text = ("The Little Steps Foundation raised money for the hospital.\n\n"
            "“This will change lives,” the Foundation said.")
    assert_speaker(text, "This will change lives", "Little Steps Foundation")
    # a press release's "the Company" is the one it defines so
    text = ("Acme Holdings plc (“Acme” or “the Company”) has agreed to acquire Widget Systems Ltd. Widget "
            "Systems said the deal was fair.\n\n“The acquisition accelerates our growth strategy,” the Company said.")
    assert_speaker(text, "The acquisition accelerates", "Acme Holdings plc")
    # "officials ... as she": a plural subject is no "she"
    text = ("Theresa May arrived in Brussels on Monday.\n\n"
            "“The mood is tense,” officials said as she told reporters that she was confident of a deal.")
    assert_speaker(text, "she was confident of a deal", "Theresa May")
    # an Irish body's name opening on "An"
    assert_speaker("An Post said: “We are doing everything we can to deliver the mail.”", "We are doing", "An Post")


def test_what_a_person_did_after_their_name_is_no_apposition():
    text = ("The home secretary, Theresa May, today promised a review of Britain's gun laws following the "
            "shootings.\n\nMay told MPs: “Undoubtedly, yesterday's killings will prompt a debate about our gun laws.”")
    quote = find(text, "Undoubtedly")
    assert quote.speaker == "Theresa May"
    assert quote.speaker_title != "today promised a review"
    assert quote.organization is None
    # near miss: an office that is not the apposition's last word is one
    text = ("Jose Barrionuevo, head of strategy for Barclays Capital, was upbeat.\n\n"
            "“The region is growing fast,” Mr Barrionuevo said.")
    assert find(text, "The region is growing").speaker_title == "head of strategy"


def test_a_relative_clause_with_no_commas_before_the_verb_keeps_the_name_as_subject():
    text = ("Deputy Minister Datuk Jailani Johari who witnessed the event said the launch was not only an "
            "achievement for the company.")
    assert_speaker(text, "the launch was not only", "Jailani Johari")
    # near misses: people of a person, and a plural, are no one named
    assert_speaker("Friends of Tom Reyes who knew him well said he was kind.", "he was kind", None)
    assert_speaker("Children who spoke afterwards said that Hamilton was known to them.", "Hamilton was known", None)


def test_at_one_point_between_an_apposition_and_its_verb_keeps_the_subject():
    text = ("Vanessa Allen Sutherland, the Safety Board chairwoman, at one point stated that one of the key "
            "takeaways of the investigation was simple.")
    assert_speaker(text, "one of the key takeaways", "Vanessa Allen Sutherland")
    # near miss: "at first" inside a reported clause is the inner subject's, not a new speaker
    text = "Kelli White said Conte at first told her the substance was flaxseed oil."
    assert all(q.speaker != "Conte" for q in quotes_of(text))


def test_a_reported_clause_keeps_its_speaker_past_a_setting_and_a_cited_source():
    text = ("King County Prosecutor Dan Satterberg said at a news conference Tuesday that the officers "
            "reasonably believed their lives were in danger.")
    assert_speaker(text, "the officers reasonably believed", "Dan Satterberg")
    text = ("The Rail Accident Investigation Branch said that the railway industry’s risk assessments had "
            "clearly signalled that drainage failure was a threat to the railway.")
    assert_speaker(text, "risk assessments had clearly signalled", "Rail Accident Investigation Branch")


def test_an_abbreviated_office_after_the_cue_then_the_name():
    text = "“They questioned him because he smelled funny,” said Assistant U.S. Atty. William Carter."
    quote = find(text, "They questioned him")
    assert (quote.speaker, quote.speaker_title) == ("William Carter", "Assistant U.S. Atty.")
    # near miss: an abbreviation at the end of a clause after the verb is no office of the speaker's
    text = ("In a statement released this week, Harbour Workers Union Local 12, the union representing the "
            "city's ferry workers, called on the public to telephone the Port Transportation Authority and Gov. "
            "Tom Reyes to urge them to “get things rolling” and settle with the union.")
    assert all(q.speaker != "Tom Reyes" for q in quotes_of(text))


def test_members_of_a_body_are_no_part_of_its_name():
    text = ("Members of the Harbour and Ferry Workers (HFW) union will strike on Monday.\n\n"
            "HFW said the strike was about safety in the face of cost cuts.")
    assert_speaker(text, "the strike was about safety", "Harbour and Ferry Workers")


def test_second_review_cases_keep_the_speaker_the_old_reading_gave():
    # a singular body after "for": "a spokeswoman for the Metropolitan Police said as she"
    text = ("Home Secretary Priti Patel visited the scene on Monday.\n\n“This was a shocking attack,” a "
            "spokeswoman for the Metropolitan Police said as she confirmed that two men had been arrested.")
    assert_speaker(text, "two men had been arrested", None)
    # "but she insisted" after an unnamed subject is that subject too
    text = ("Senator Elizabeth Warren held a hearing on Wednesday.\n\n“We take these concerns seriously,” a "
            "spokeswoman for the bank said, but she insisted that the fees were legal.")
    assert_speaker(text, "the fees were legal", None)
    # a possessive after "from" owns the speaker
    assert_speaker("Ellie Smith from Hull's mother told the BBC her daughter had been bullied for years.",
                   "daughter had been bullied", None)
    # a headline's verb that is also a plural noun still ends a person's name
    text = "Ben Stokes Steps Down As Captain\n\n“I am feeling good about the future,” Stokes said."
    assert_speaker(text, "I am feeling good", "Ben Stokes")
    # an honorific and a surname before a body's acronym
    text = "“The risk remains low,” Dr Fauci of the National Institute of Allergy and Infectious Diseases (NIAID) said."
    assert_speaker(text, "The risk remains low", "Fauci")
    # an indefinite source whose last word is no organization's
    assert_speaker("A Senate Republican said the bill would fail in the chamber.", "the bill would fail", None)
    # a release's opener before the company it defines
    text = ("Today Acme Holdings plc (the “Company”) announced its interim results.\n\n"
            "“Trading has been in line with expectations,” the Company said.")
    assert find(text, "Trading has been").speaker == "Acme Holdings plc"
    # an office before "Dr." in a byline a paragraph away is not the doctor's
    text = ("By Sarah Boseley, Health Editor\n\nDr. Anthony Fauci said on Sunday that the vaccine was safe.\n\n"
            "“We have seen no serious side effects,” the editor said.")
    assert_speaker(text, "no serious side effects", None)
    # "noted" before a noun is an adjective
    text = "“It is a fragile peace,” Mary Beard, a noted historian at Cambridge, told the BBC."
    assert find(text, "a fragile peace").speaker_title == "noted historian"
    # a statement "from Mr Johnson" is his
    text = ("Downing Street issued the following statement from Mr Johnson:\n\n"
            "“I want to thank the NHS staff for their care.”")
    assert_speaker(text, "I want to thank", "Johnson")
    # "the German pope" when the text names one pope
    text = ("Pope Benedict XVI will step down at the end of the month.\n\n"
            "“My strengths are no longer suited to the office,” the German pope said.")
    assert_speaker(text, "My strengths are no longer", "Pope Benedict XVI")
    # a pilot is an office, whatever its ending
    text = ("Tom Hurd, a pilot for British Airways, was on the flight.\n\n“We heard a loud bang,” Hurd said.")
    assert find(text, "We heard a loud bang").speaker_title == "pilot"
    # "said at an address in Leeds" opens the clause with its place
    text = "Police said at an address in Leeds officers found drugs and cash."
    assert find(text, "officers found drugs").text.startswith("at an address")
    # an envoy's country is no organization
    text = "The ambassador to Germany Richard Grenell said the pipeline was a mistake."
    quote = find(text, "the pipeline was a mistake")
    assert (quote.speaker, quote.speaker_title, quote.organization) == ("Richard Grenell", "ambassador to Germany", None)
    # "Secretary of State for Defence" is one office
    text = "On Sunday, Ben Wallace, Secretary of State for Defence told Sky News: “We are ready for whatever comes.”"
    quote = find(text, "We are ready")
    assert (quote.speaker, quote.speaker_title) == ("Ben Wallace", "Secretary of State for Defence")


def test_people_on_a_platform_are_no_one_named():
    assert_speaker("Fans on Twitter said the squad was far too weak to win.", "the squad was far", None)
    assert_speaker("Many on Twitter noted Scotland thumped Wales 29-13 in February.", "Scotland thumped Wales", None)
