"""A US state and party before a senator's name, a nationality before a first name ending in
"i", titles written with "-in-" or ending in "Observer", and what the twentieth session
(2026-12-01) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind earlier and studied in this session (texts kept outside the repository: their
licences are unknown). The near misses make each rule's guard fail a test when it is switched
off."""

from __future__ import annotations

from quote_text import assert_speaker, find, quotes_of


# ---------------------------------------------------------------- names and their titles


def test_a_state_and_party_before_a_name_are_no_part_of_it():
    text = ("The bill is sponsored by Tennessee Republican Marsha Blackburn and New Mexico Democrat "
            "Ben Ray Lujan.\n\n"
            "“Today the Senate took a major step,” Blackburn said in a statement.\n\n"
            "Lujan added, “This is a win for our children.”")
    assert_speaker(text, "Today the Senate", "Marsha Blackburn")
    assert_speaker(text, "This is a win", "Ben Ray Lujan")


def test_a_nationality_before_a_first_name_ending_in_i_is_cut_alone():
    text = ("The mission is joined by fellow Saudi Ali Al-Qarni, a fighter pilot.\n\n"
            "A career pilot, Al-Qarni said he has “always had the passion of exploring the sky.”")
    assert_speaker(text, "always had the passion", "Ali Al-Qarni")


def test_a_chief_observer_is_a_title():
    text = ("While praising the “remarkable determination” of voters, EU Chief Observer Eduard Kukan "
            "said the ruling party's “domination of the landscape distorted the campaign”.")
    quote = find(text, "domination of the landscape")
    assert quote.speaker == "Eduard Kukan"
    assert quote.speaker_title == "EU Chief Observer"


def test_a_title_written_with_in_is_a_title():
    text = ("“The defendants took advantage of seniors,” FBI Assistant Director-in-Charge Rodriguez "
            "said in a statement.")
    quote = find(text, "The defendants took")
    assert quote.speaker == "Rodriguez"
    assert quote.speaker_title == "FBI Assistant Director-in-Charge"


def test_an_emeritus_professor_of_an_agency():
    text = ("Prof. Emeritus Yasunori Matogawa of the Japan Aerospace Exploration Agency said: "
            "“I’m shocked. I can’t think of any immediate cause.”")
    quote = find(text, "I’m shocked")
    assert quote.speaker == "Yasunori Matogawa"
    assert quote.organization == "Japan Aerospace Exploration Agency"


def test_a_party_and_state_after_a_name_are_no_speaker():
    text = ("“It was just heartbreaking,” U.S. Rep. Ben Ray Luján, D-New Mexico, said Monday "
            "after a visit to the border.")
    assert_speaker(text, "It was just heartbreaking", "Ben Ray Luján")


# ---------------------------------------------------------------- organizations


def test_an_acronym_spells_dotted_initials_and_hyphened_words():
    text = ("Armstrong doped throughout his career, the U.S. Anti-Doping Agency said on Wednesday.\n\n"
            "USADA said the evidence against him was “overwhelming”.\n\n"
            "The World Anti-Doping Agency can appeal. WADA said it “will review the reasoned decision”.")
    assert_speaker(text, "overwhelming", "U.S. Anti-Doping Agency")
    assert_speaker(text, "will review the reasoned", "World Anti-Doping Agency")


def test_an_acronym_no_words_spell_stays_as_written():
    # near miss: "Anti-doping" has a lower-case part, so it gives one letter only
    text = ("Armstrong doped, the U.S. Anti-doping Agency said.\n\n"
            "USADA said the evidence against him was “overwhelming”.")
    assert_speaker(text, "overwhelming", "USADA")


def test_member_states_are_no_person_a_pronoun_means():
    text = ("General Assembly President Abdulla Shahid (Maldives) said the meeting was a chance to act as "
            "Member States prepare for the Ocean Conference in Lisbon. The ocean covers most of the planet.\n\n"
            "“The ocean is under threat,” he said.  Small islands — or large ocean States as they could "
            "be called — bear the brunt.  “We have no choice but to respond,” he said.")
    assert_speaker(text, "We have no choice", "Abdulla Shahid")


# ---------------------------------------------------------------- reported speech


def test_todays_after_a_cue_opens_the_reported_clause():
    text = "General Assembly President Abdulla Shahid said today’s meeting was a much-needed opportunity."
    quote = find(text, "meeting was a much-needed")
    assert quote.text.startswith("today’s meeting")
    assert quote.speaker == "Abdulla Shahid"


def test_today_after_a_cue_is_still_when_it_was_said():
    # near miss: "today" alone is an adverb of the cue, not the clause's first word
    text = "General Assembly President Abdulla Shahid said today the meeting was a much-needed opportunity."
    quote = find(text, "meeting was a much-needed")
    assert quote.text.startswith("the meeting")


def test_a_place_with_a_particle_after_in_is_no_speaker():
    text = ("The vote count was delayed for days.\n\n"
            "The US embassy in Dar es Salaam said that “irregularities raise serious doubts about the "
            "credibility of the results”.")
    quote = find(text, "irregularities raise")
    assert quote.speaker != "Salaam"
    assert quote.speaker is None or "embassy" in quote.speaker


def test_a_surname_with_a_particle_after_a_place_still_speaks():
    # near miss: the place ends before the comma; the name after it is a person's
    text = "Speaking in Rio, Juan de Silva said that “the games are safe”."
    assert_speaker(text, "the games are safe", "Juan de Silva")


def test_a_name_from_a_town_and_county_before_its_cue():
    text = ("Residents were asked about the hosepipe ban.\n\n"
            "John Gellard from Caversham, Berkshire, remarked, “Honestly, I’m surprised it took this long.”")
    assert_speaker(text, "Honestly, I’m surprised", "John Gellard")


def test_an_office_after_the_cue_then_its_holder_after_a_comma():
    text = ("“Nobody wins when an athlete decides to cheat,” said USADA CEO, Travis T. Tygart. "
            "“Any time we have overwhelming proof, we act.”")
    quote = find(text, "Nobody wins")
    assert quote.speaker == "Travis T. Tygart"
    assert quote.speaker_title == "USADA CEO"
    assert_speaker(text, "Any time we have", "Travis T. Tygart")


def test_an_office_after_the_cue_then_a_word_that_names_nobody():
    # near miss: after the comma, one word the text never shows as a person's
    text = "“Nobody wins when an athlete decides to cheat,” said USADA CEO, Geneva."
    assert find(text, "Nobody wins").speaker != "Geneva"


# ---------------------------------------------------------------- introductions and run-on quotations


def test_a_header_naming_whose_comments_follow():
    text = ("Warehouse workers walked out on Monday.\n\n"
            "Comments attributable to ACTU President Michele O’Neil:\n\n"
            "“The union movement supports these workers standing up to Woolworths.\n\n"
            "“Like so many working people, these workers just want a fair deal.”")
    quote = find(text, "The union movement supports")
    assert quote.speaker == "Michele O’Neil"
    assert quote.speaker_title == "ACTU President"
    assert_speaker(text, "Like so many working people", "Michele O’Neil")


def test_an_introduction_ending_in_said_with_no_colon():
    text = ("The protest ended on Monday.\n\n"
            "David Wood, Strategic Director for Criminality and Detention, said\n\n"
            "\"This peaceful protest was resolved on Monday night.\"")
    assert_speaker(text, "This peaceful protest", "David Wood")


def test_a_place_ending_in_the_speakers_surname_inside_the_quotation():
    # "Yarls Wood" is no word about David Wood: the quotation is still his
    text = ("The protest ended on Monday.\n\n"
            "David Wood, Strategic Director for Criminality and Detention, said:\n\n"
            "\"This peaceful protest was resolved on Monday night. Around 40 women at Yarls Wood were "
            "raising issues around their detention.\"")
    assert_speaker(text, "This peaceful protest", "David Wood")


def test_the_speakers_surname_inside_the_quotation_still_means_someone_else_speaks():
    # near miss: "Lord Wood" inside the words is the speaker spoken about
    text = ("The protest ended on Monday.\n\n"
            "David Wood, Strategic Director for Criminality and Detention, said:\n\n"
            "\"This protest was resolved on Monday night. Lord Wood has been a disgrace to the service.\"")
    assert find(text, "This protest was resolved").speaker is None


# ---------------------------------------------------------------- more names


def test_a_headlines_verb_after_a_name_ends_it():
    text = ("Sinn Fein Councillor John Brady Pleads for People to Assist the Gardaí\n\n"
            "“The people of Dunlavin are understandably in shock,” he said.")
    assert_speaker(text, "The people of Dunlavin", "John Brady")


def test_md_before_a_name_is_part_of_it():
    text = ("State minister for disaster management Md Enamur Rahman said coastal people would be moved.\n\n"
            "“The government has the necessary preparations,” Enamur said.")
    assert_speaker(text, "The government has the necessary", "Md Enamur Rahman")


def test_md_in_capitals_is_still_a_managing_director():
    # near miss: "MD" is the office, then the name
    text = "“We are delighted with the result,” said Acme MD John Smith."
    assert_speaker(text, "We are delighted", "John Smith")


def test_zu_joins_a_german_name():
    text = ("Karl-Theodor zu Guttenberg resigned on Tuesday.\n\n"
            "“Obviously it was a very problematic thesis,” Mr zu Guttenberg said.")
    assert_speaker(text, "Obviously it was", "Karl-Theodor zu Guttenberg")


def test_a_member_of_the_scottish_parliament_is_a_title():
    text = "Scottish Labour leader MSP Anas Sarwar said the plan would “deliver equality”."
    quote = find(text, "deliver equality")
    assert quote.speaker == "Anas Sarwar"


def test_someone_described_by_kin_is_who_a_later_she_means():
    text = ("The first daughter of Prince Akishino, the second son of Emperor Akihito, said in a statement "
            "that there was not enough time to prepare.\n\n"
            "\"I am very sorry for causing so much trouble,\" she said.")
    assert find(text, "I am very sorry").speaker is None


def test_a_prince_is_no_one_a_later_she_means():
    text = ("Prince Akishino visited the school on Monday.\n\n"
            "\"It was a lovely morning,\" she said.")
    assert find(text, "It was a lovely morning").speaker != "Prince Akishino"


# ---------------------------------------------------------------- speeches announced in advance


def test_a_speech_announced_in_advance():
    text = ("Ms Jane Smith is expected to say that the party \"must listen to voters\".\n\n"
            "\"No wonder people are discontented,\" she will add.")
    assert_speaker(text, "must listen to voters", "Jane Smith")
    assert_speaker(text, "No wonder people", "Jane Smith")


def test_will_add_with_an_object_is_no_cue():
    # near miss: "add their awards to …" reports no words, so "he said" is still Andre 3000's
    text = ("OutKast will add their awards to the four they won in August.\n\n"
            "Andre 3000 thanked fans. \"We really appreciate it,\" he said.")
    assert find(text, "We really appreciate it").speaker != "OutKast"


def test_a_second_speaker_chimes_in_to_say():
    text = ("\"That is a ridiculous question,\" party chairman Ray Buckley said, before former Labor "
            "Secretary Tom Perez chimed in to say, \"We should afford him the same courtesy.\"")
    assert_speaker(text, "We should afford him", "Tom Perez")


# ---------------------------------------------------------------- statements and monarchs


def test_a_statement_from_a_numbered_monarch():
    text = ("The King spoke on Thursday.\n\n"
            "This is the statement from King Charles III following the death of his mother:\n\n"
            "“The death of my beloved Mother is a moment of the greatest sadness.\n\n"
            "“We mourn profoundly the passing of a cherished Sovereign.”")
    assert_speaker(text, "The death of my beloved", "King Charles III")
    assert_speaker(text, "We mourn profoundly", "King Charles III")


def test_a_numbered_queen_is_the_queen():
    text = ("Queen Margrethe II announced: “I leave the throne to my son.”\n\n"
            "“It is a lifelong duty,” the queen said.")
    assert_speaker(text, "I leave the throne", "Queen Margrethe II")
    assert_speaker(text, "It is a lifelong duty", "Queen Margrethe II")


def test_a_numbered_pope_is_the_one_he_and_the_pontiff_mean():
    text = ("Pope Leo XIV renewed his call on Sunday for a ceasefire.\n\n"
            "\"I once again call for an end to this war,\" he said.\n\n"
            "Pope Leo also expressed his \"deep sorrow\".\n\n"
            "\"I appeal to the community,\" the pontiff added.")
    assert_speaker(text, "I once again call", "Pope Leo XIV")
    assert_speaker(text, "I appeal to the community", "Pope Leo XIV")


def test_a_statement_from_a_club_is_the_clubs_as_named():
    text = ("PC Dan Fish, of Burnley Police, said the disorder was \"completely unacceptable\".\n\n"
            "A statement from Burnley reads: \"We know that the majority of our supporters behave responsibly.\"")
    assert_speaker(text, "We know that the majority", "Burnley")


def test_the_release_is_whoever_issued_it():
    text = ("A release from the Department of Correctional Services (DCS) said the officer was arrested.\n\n"
            "“This led to a search of his person,” the release said.\n\n"
            "The IMD said the storm would weaken.\n\n"
            "“After landfall, it will weaken gradually,” the IMD bulletin added.")
    assert_speaker(text, "This led to a search", "Department of Correctional Services")
    assert_speaker(text, "After landfall", "IMD")


def test_a_release_nobody_issued_names_nobody():
    # near miss: no one in the text put out a release
    text = ("The officer was arrested on Monday.\n\n"
            "“This led to a search of his person,” the release said.")
    assert find(text, "This led to a search").speaker is None


def test_a_national_body_named_after_its_country():
    text = ("Public Health England have responded by offering advice, including “keep your doors and "
            "windows closed and draw curtains”.")
    quote = find(text, "keep your doors")
    assert quote.speaker == "Public Health England"
    assert quote.organization == "Public Health England"


def test_a_person_whose_surname_is_a_country_is_still_a_person():
    # near miss: a first name opens it
    text = "John England said the result was “great for the club”."
    quote = find(text, "great for the club")
    assert quote.speaker == "John England"
    assert quote.organization is None


def test_a_welsh_first_name_opens_the_name():
    text = ("Dartmouth President Sian Leah Beilock reaffirmed the commitment.\n\n"
            "“First, I want to be absolutely clear,” Beilock wrote.")
    assert_speaker(text, "First, I want to be", "Sian Leah Beilock")


def test_a_regional_demonym_before_a_name():
    text = "South Tyrolean Jannik Sinner, who retained his title, said: \"This case has been hanging over me.\""
    assert_speaker(text, "This case has been", "Jannik Sinner")


def test_a_working_group_is_named_by_its_own_words():
    text = ("Web portal Lycos Europe reported a rise in phishing e-mails.\n\n"
            "The Anti-Phishing Working group reported that attacks were growing fast.")
    assert_speaker(text, "attacks were growing fast", "Anti-Phishing Working group")


def test_people_in_capitals_opening_a_sentence_are_nobody_by_name():
    text = ("Residents of the British Virgin Islands say they have seen “unbelievable” devastation.\n\n"
            "Stewards confirmed that police had to separate rival fans.\n\n"
            "Paramedics said up to ten ambulances can ‘stack up’ outside the hospital.")
    assert find(text, "unbelievable").speaker is None
    assert find(text, "police had to separate").speaker is None
    assert find(text, "stack up").speaker is None


def test_an_agent_in_charge_is_a_title():
    text = "“They succumbed to greed,” FBI Special Agent in Charge Aaron T. Ford said."
    assert_speaker(text, "They succumbed to greed", "Aaron T. Ford")


def test_a_member_of_the_senedd_and_a_welsh_party():
    text = ("Welsh Conservative James Evans MS said the delay was “a scandal”.\n\n"
            "“It is unacceptable,” Mr Evans added.")
    assert_speaker(text, "a scandal", "James Evans")
    assert_speaker(text, "It is unacceptable", "James Evans")


def test_a_mayor_named_like_a_news_agency():
    text = "“The morning rush hour was unlike anything,” Mayor Michael Bloomberg said."
    assert_speaker(text, "The morning rush hour", "Michael Bloomberg")


def test_a_nickname_after_a_middle_initial():
    text = ("Baltimore Mayor Bernard C. “Jack” Young released a statement.\n\n"
            "“I am proud of Baltimore,” Young said.")
    assert_speaker(text, "I am proud of Baltimore", "Bernard C. “Jack” Young")


def test_the_times_after_the_new_york_times():
    text = ("The New York Times first reported the recall.\n\n"
            "The products are distributed nationally, the Times reported.")
    assert_speaker(text, "The products are distributed", "New York Times")


def test_a_state_that_is_also_a_first_name_before_an_office():
    text = ("Georgia Secretary of State Brad Raffensperger announced on Wednesday that Georgia will "
            "conduct a full hand recount.")
    assert_speaker(text, "Georgia will conduct", "Brad Raffensperger")


def test_the_accused_opens_no_named_subject():
    text = "The accused admitted owning both dogs and confirmed he was the person in the footage."
    assert all(q.speaker != "The" for q in quotes_of(text))


def test_a_header_then_a_statement_with_no_quotation_marks():
    text = ("Ofqual changed course on Monday.\n\n"
            "Statement from Roger Taylor, Chair, Ofqual in full:\n\n"
            "We understand this has been a distressing time for students. The pandemic has created "
            "circumstances no one could have imagined.\n\n"
            "Katie Compton retired from cycling.\n\n"
            "Katie Compton released a statement on the USADA report below:\n\n"
            "This news comes with a lot of heartache and sadness. I have always been a clean athlete.")
    quote = find(text, "We understand this has been")
    assert (quote.kind, quote.speaker) == ("block", "Roger Taylor")
    assert_speaker(text, "This news comes with", "Katie Compton")



def test_a_known_surname_then_its_union():
    text = ("The union's assistant general secretary, Dermot O’Leary, stopped short of calling a strike.\n\n"
            "Speaking on radio, O’Leary of the NBRU said there were “indications” of a strike.")
    quote = find(text, "indications")
    assert quote.speaker == "Dermot O’Leary"
    assert quote.organization == "NBRU"


def test_an_ngo_before_its_name():
    text = "NGO Sea-Watch said the ship was “in distress”."
    assert_speaker(text, "in distress", "Sea-Watch")


def test_a_credit_line_after_a_quotation_paragraph():
    text = ("The Government of Canada is committed to growth on the Prairies.\n\n"
            "\"Our government is making investments that will help communities create spaces.\"\n\n"
            "- The Honourable Daniel Vandal, Minister for PrairiesCan")
    assert_speaker(text, "Our government is making", "Daniel Vandal")


def test_a_place_after_a_dash_credits_nobody():
    # near miss: the dash credits a place, not a person
    text = ("The council met on Tuesday.\n\n"
            "\"Our government is making investments that will help communities create spaces.\"\n\n"
            "- Riverview Community Centre, Winnipeg")
    assert find(text, "Our government is making").speaker is None


def test_told_by_a_judge_gives_the_judges_words():
    text = ("The killer was told by judge Mr Justice Goss there was a ‘malevolence bordering on sadism "
            "in your actions’ for which ‘you have no remorse’.")
    assert_speaker(text, "malevolence bordering", "Goss")


def test_told_by_inside_someone_elses_reported_speech():
    # near miss: "had been told by" inside Jim Parton's words leaves them his
    text = ("Jim Parton said he had been told by Children's Minister Margaret Hodge there was not enough "
            "time to pass the law.")
    quote = find(text, "there was not enough time")
    assert quote.speaker == "Jim Parton"
    assert quote.text.startswith("he had been told by")


# ---------------------------------------------------------------- near misses found in review


def test_a_response_from_someone_inside_a_sentence_is_no_header():
    text = ("The decision drew an angry response from Boris Johnson, but the council leader was unmoved:\n\n"
            "The plan goes ahead next year with new funding.\n\n"
            "Asked about comments from Donald Trump, the prime minister was blunt:\n\n"
            "“We will not be bullied.”")
    assert all(q.speaker != "Boris Johnson" for q in quotes_of(text))
    assert find(text, "We will not be bullied").speaker != "Donald Trump"


def test_a_numbered_name_that_is_no_monarchs():
    text = ("Martin Luther King III spoke at the rally.\n\n"
            "“We march on,” King said. “We will win,” he added.")
    assert_speaker(text, "We march on", "Martin Luther King III")
    assert_speaker(text, "We will win", "Martin Luther King III")


def test_will_add_before_a_quotation_is_no_cue():
    text = "Tesco will add “a few hundred jobs at most” in Scotland, according to the GMB."
    assert find(text, "a few hundred jobs").speaker != "Tesco"


def test_a_person_whose_surname_is_a_country_and_first_name_is_unknown():
    text = "“I regret nothing,” Siddharth Israel said."
    quote = find(text, "I regret nothing")
    assert quote.speaker == "Siddharth Israel"
    assert quote.organization is None


def test_told_by_someones_lawyer_is_not_told_by_them():
    text = "Jones was told by Smith’s lawyer that the deal was “dead in the water”."
    assert find(text, "dead in the water").speaker != "Smith"


def test_a_body_named_by_a_plural_of_people():
    text = "Doctors of the World said the clinic would close."
    assert_speaker(text, "the clinic would close", "Doctors of the World")


def test_an_office_holding_its_body_after_the_cue_then_the_holder():
    text = ("Telecom says it has restored XT mobile services.\n\n"
            "\"Services are up and running,\" said CEO Telecom Retail, Alan Gourdie.\n\n"
            "Telecom said a technical fault had caused the loss.")
    assert_speaker(text, "Services are up and running", "Alan Gourdie")
    assert_speaker(text, "a technical fault had caused", "Telecom")


def test_an_acronym_for_a_name_ending_in_and_an_abstract_noun():
    text = ("The Centers for Disease Control and Prevention investigated.\n\n"
            "The CDC said the risk to the public is “very low”.")
    assert_speaker(text, "very low", "Centers for Disease Control and Prevention")


def test_an_acronym_for_a_name_before_and_another_body():
    # near miss: "and Vivendi" is another company, not the rest of EA's name
    text = ("The games giants Electronic Arts and Vivendi support the format.\n\n"
            "EA said the format was “vital” for high-definition games.")
    assert find(text, "vital").speaker != "Electronic Arts and Vivendi"


def test_a_dateline_in_capitals_without_a_dash():
    text = ("Two infants died after drinking the milk.\n\n"
            "BEIJING, CHINA The Health Ministry said two infants died of kidney failure.")
    assert_speaker(text, "two infants died of kidney failure", "Health Ministry")


def test_a_participle_opening_a_sentence_is_no_one_a_later_he_means():
    text = ("Judge Clifton Newman sentenced him on Friday.\n\n"
            "Echoing remarks he made during sentencing, the judge said he believes the crimes were driven "
            "by greed. \"I cannot imagine him having a peaceful night,\" he said.")
    assert_speaker(text, "I cannot imagine him", "Clifton Newman")


def test_a_press_release_heading_ends_a_name_at_statement():
    text = ("UFCW President Hansen Statement on Senate Minimum Wage Vote\n\n"
            "\"Today a minority of Senators blocked millions of workers from getting a raise,\" he said.")
    assert find(text, "Today a minority").speaker != "Hansen Statement"
