"""Names that run on past a person (a headline's capitals, a caption's office), offices set
before or beside a name, and what the twenty-fifth session (2026-12-01) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind earlier and studied in this session (texts kept outside the repository: their
licences are unknown). The near misses make each rule's guard fail a test when it is switched
off."""

from __future__ import annotations

from quote_text import assert_speaker, find, records


# ---------------------------------------------------------------- names that run on


def test_a_headline_running_on_past_a_name_is_no_fuller_name():
    text = ("Greg Norman Breaks His Silence, Says He Has Zero Concern About The Future\n\n"
            "DORAL, Fla. — Greg Norman said he has no concern about the future of the league.\n\n"
            "“We have never been stronger,” Norman said.")
    assert_speaker(text, "We have never been stronger", "Greg Norman")
    assert_speaker(text, "he has no concern", "Greg Norman")


def test_a_headline_repeating_a_name_is_no_fuller_name():
    text = ("Tiger Woods Tiger Woods - The Canadian Press\n\n"
            "Tiger Woods thrashed the players who jumped to the new league on Tuesday.\n\n"
            "“I disagree with it,” Woods said.")
    assert_speaker(text, "I disagree with it", "Tiger Woods")


def test_a_one_word_body_is_not_the_headline_it_opens():
    text = ("Riverkeeper Applauds Indian Point Closing\n\n"
            "For years, Riverkeeper had been a thorn in the side of the plant.\n\n"
            "Riverkeeper applauded the announcement and said it will make the region safer.")
    assert_speaker(text, "it will make the region safer", "Riverkeeper")


def test_a_headline_keeps_a_full_name_the_text_gives_only_there():
    text = ("Ferdinand R. Marcos Jr. Backs Senate Change\n\n"
            "The president spoke in Manila on Monday.\n\n"
            "“The change of leadership is an internal matter,” Marcos said.")
    assert_speaker(text, "internal matter", "Ferdinand R. Marcos Jr.")


def test_a_captions_office_after_the_name_is_no_part_of_it():
    text = ("Virginia Raggi Mayor of Rome (photo courtesy: Roma Capitale).\n\n"
            "“We have a much more ambitious project for Rome,” Virginia Raggi added.")
    assert_speaker(text, "ambitious project", "Virginia Raggi")


def test_a_places_office_holder_after_an_inverted_cue():
    text = "“This project was a success,” says Ontario’s Energy Minister Greg Rickford, during a celebration."
    quote = find(text, "This project was a success")
    assert (quote.speaker, quote.organization) == ("Greg Rickford", "Ontario")


def test_a_state_and_party_between_commas_is_no_name():
    text = ("Sen. Frank Lautenberg, New Jersey Democrat, said it was “beyond belief” that the group did it.\n\n"
            "U.S. House Minority Whip Steny Hoyer, Maryland Democrat, appeared to agree, saying he would be "
            "surprised if the members agreed.")
    assert_speaker(text, "beyond belief", "Frank Lautenberg")
    assert_speaker(text, "he would be surprised", "Steny Hoyer")


def test_a_capitalised_member_opening_a_sentence_is_a_title():
    text = "Living Rent is a tenants union.\n\nMember Olly Brown told us:\n\n\"It's really great, but we need rent controls.\""
    assert_speaker(text, "really great", "Olly Brown")


def test_member_opening_a_bodys_name_stays_the_body():
    text = "“The states must act together on this,” Member States Council said."
    assert_speaker(text, "must act together", "Member States Council")


def test_a_capitalised_office_of_a_body_then_its_holder_after_a_comma():
    text = ("“This is a historic day for ESA and for Europe,” said the Director General of the European "
            "Space Agency (ESA), Joseph Aschbacher, who expressed his relief.")
    assert_speaker(text, "historic day", "Joseph Aschbacher")


def test_an_act_after_a_preposition_is_no_apposition_of_the_subject():
    text = ("The court blocked the program. However, under the Higher Education Act, the secretary said he "
            "could issue waivers.")
    assert_speaker(text, "he could issue waivers", None)


def test_an_office_in_a_body_named_with_of_then_its_holder_after_an_inverted_cue():
    text = ("“It is bad,” said Bank of England governor Andrew Bailey.\n\n"
            "The riot broke out after inmates refused to disperse, according to Arizona Department of "
            "Corrections spokeswoman Judy Keane.\n\n"
            "“ISIS is waging an insurgency,” said Foundation for Defense of Democracies senior fellow Thomas "
            "Joscelyn in a June testimony.")
    quote = find(text, "It is bad")
    assert (quote.speaker, quote.speaker_title, quote.organization) == ("Andrew Bailey", "governor", "Bank of England")
    assert_speaker(text, "inmates refused to disperse", "Judy Keane")
    assert_speaker(text, "ISIS is waging", "Thomas Joscelyn")


def test_a_body_named_with_of_and_no_office_after_it_is_the_body():
    text = "“It is bad,” said the Bank of England on Monday.\n\n“It is worse,” said Bank of England officials."
    assert_speaker(text, "It is bad", "Bank of England")
    assert_speaker(text, "It is worse", "Bank of England")


def test_a_surnames_particle_inside_the_name_after_an_inverted_cue():
    text = "“I am shocked,” said Singer Laren museum director Jan Rudolph de Lorm."
    assert_speaker(text, "I am shocked", "Jan Rudolph de Lorm")


# ---------------------------------------------------------------- bodies described


def test_a_countrys_regulator_is_the_regulator_the_text_named():
    text = ("The UK’s Financial Conduct Authority (FCA) published new rules on Monday.\n\n"
            "The UK regulator said it is concerned that not all crypto investments are regulated.")
    assert_speaker(text, "it is concerned", "Financial Conduct Authority")


def test_a_countrys_regulator_is_not_another_countrys():
    text = ("The Dutch Data Protection Authority fined Uber on Monday.\n\n"
            "The UK regulator said it is concerned.")
    assert_speaker(text, "it is concerned", "UK regulator")


# ---------------------------------------------------------------- whom a pronoun means


def test_a_long_title_with_a_possessive_and_a_particle_before_the_subjects_name():
    text = ("The court cleared the rider on Monday.\n\n"
            "Last year's Tour de France winner Cadel Evans also seemed pleased the sport can now progress.\n\n"
            "\"I really just followed it as any fan,\" he said.")
    assert_speaker(text, "any fan", "Cadel Evans")


# ---------------------------------------------------------------- offices named again


def test_a_lower_case_office_of_a_body_set_before_a_name_is_its_holders():
    text = ("“We are halfway,” said the president of COP24, Michał Kurtyka, on Monday.\n\n"
            "“Today we are closing the week,” said the president of COP24 during the press conference.")
    assert_speaker(text, "closing the week", "Michał Kurtyka")


def test_a_capitalised_body_before_the_comma_is_no_office_of_its_own():
    text = ("Intro here.\n\nThe Premier League side met Arsenal, John Smith, the coach, said on Monday.\n\n"
            "“We are ready,” said the coach.")
    assert_speaker(text, "We are ready", "John Smith")


def test_a_bodys_chief_is_its_chairman_named_with_its_acronym():
    text = ("Indian Space Research Organisation (ISRO) Chairman K Sivan spoke today.\n\n"
            "Sivan said that ISRO is now focusing on another moon mission.\n\n"
            "However, the ISRO chief said that they have to understand what happened.")
    assert_speaker(text, "they have to understand", "K Sivan")


def test_a_bodys_chief_is_not_its_deputy_chairman():
    text = ("ISRO Deputy Chairman K Sivan spoke today.\n\n"
            "However, the ISRO chief said that they have to understand what happened.")
    assert_speaker(text, "they have to understand", None)


# ---------------------------------------------------------------- what is a quotation


def test_spoke_of_in_a_tribute_gives_the_words_to_no_one_it_names():
    # "spoke of" was tried as a cue and dropped: tributes' subjects ("Colleagues of …", "Those who
    # knew …") are no names, and the nearest name is the one they speak of
    text = ("Intro.\n\nColleagues of Dr Jane Smith spoke of “a brilliant surgeon and a kind friend”.\n\n"
            "Those who knew Aisling Murphy spoke of “a gentle soul who loved music”.")
    assert_speaker(text, "a brilliant surgeon", None)
    assert_speaker(text, "a gentle soul", None)


def test_a_question_then_a_name_its_party_and_state_and_the_cue():
    text = ("Intro.\n\n“Why shouldn’t you be in jail?” Rep. Michael Capuano, D-Mass., asked. “When prosecutors "
            "get hold of you, you are going to have a lot of fun.”")
    assert_speaker(text, "Why shouldn’t you be in jail?", "Michael Capuano")
    assert_speaker(text, "a lot of fun", "Michael Capuano")


# ---------------------------------------------------------------- bodies named again


def test_a_union_that_did_something_and_said_is_not_the_retailer():
    # ("Ryanair have slated pilots … and said" as evidence that a name speaks was tried and
    # dropped: a union that "has balloted members and said" then became "the retailer")
    text = ("Mandate has balloted members at the chain and said staff would strike.\n\n"
            "Dunnes Stores did not respond.\n\n"
            "“We are disappointed,” the retailer said.")
    assert find(text, "We are disappointed").speaker != "Mandate"


def test_one_body_whose_domain_is_joined_by_and():
    text = ("Intro.\n\nThe Alliance of Motion Picture and Television Producers said Monday that it “remains "
            "committed to reaching an agreement that will keep the industry working.”")
    assert_speaker(text, "remains committed", "Alliance of Motion Picture and Television Producers")


def test_two_bodies_of_one_kind_joined_by_and_are_neither_alone():
    text = ("Intro.\n\nThe United Bank of Africa and Trust Bank said that they “plan to merge and create the "
            "biggest bank in West Africa”.")
    assert_speaker(text, "plan to merge", None)


def test_a_bodys_report_speaks_for_the_body():
    text = "Intro.\n\nA Home Office report said that “crime is falling fast” in the country."
    assert_speaker(text, "crime is falling fast", "Home Office")


def test_a_report_named_with_a_body_and_a_country_may_be_about_it():
    text = ("Child protection expert Ian Elliott examined the records.\n\n"
            "“Abuse was not reported to the authorities,” the Scouting Ireland report said.")
    assert find(text, "Abuse was not reported").speaker != "Scouting Ireland"


def test_a_report_named_after_a_person_or_a_place_is_no_body():
    text = ("Intro.\n\nThe Leveson report said that “the press must change its ways” soon.\n\n"
            "A New Jersey report said that “crime is falling fast” in the state.")
    assert_speaker(text, "the press must change", None)
    assert_speaker(text, "crime is falling fast", None)


def test_an_office_or_a_former_before_a_bodys_name_is_no_part_of_the_body():
    text = ("Officials had met George Osborne, the Chair of the British Museum, in a London hotel.\n\n"
            "While the British Museum did not deny that talks had taken place, a spokesman refused to comment.\n\n"
            "The museum said it was prepared to “talk to anyone” about a new partnership.\n\n"
            "Former British Museum deputy chair Nigel Boardman is leading a review.")
    assert_speaker(text, "talk to anyone", "British Museum")


def test_a_partys_member_on_a_committee_is_no_body():
    text = ("Sen. Dianne Feinstein called for a hearing on Thursday.\n\n"
            "The top Democrat on the Senate Judiciary Committee said her bill “deserves” a hearing.")
    assert find(text, "deserves").speaker != "Democrat on the Senate Judiciary Committee"


def test_a_provost_before_a_name_is_a_title():
    text = ("Intro.\n\nIn a meeting on Wednesday evening, NUS Provost Tan Eng Chye said the fee hikes are "
            "necessary to maintain a “decent standard of education” in NUS.")
    assert_speaker(text, "decent standard", "Tan Eng Chye")


def test_a_participle_right_after_an_unnamed_sources_cue_is_theirs():
    text = ("Phoenix, Nov 27 (SocialNews.XYZ) Hundreds of inmates at a prison in Arizona staged a riot, "
            "authorities said, adding that there were no reports of injuries or casualties.")
    assert_speaker(text, "no reports of injuries", None)


def test_the_airline_is_neither_the_news_channel_that_reported_it_nor_a_union():
    text = ("EasyJet cabin crew based in Spain are set to go on strike for nine days, the USO union said on Tuesday.\n\n"
            "The union hopes an agreement can be reached in a meeting with management, Sky News reported.\n\n"
            "It comes after the airline announced it would “proactively” cancel flights at Gatwick.")
    assert find(text, "proactively").speaker not in ("Sky News", "USO")


def test_a_bodys_statement_speaks_for_the_body_its_acronym_names():
    text = ("National Air Traffic Services (Nats) said it had remedied the issue.\n\n"
            "The Nats statement added: “We are now working closely with airlines and airports.”")
    assert_speaker(text, "working closely with airlines", "National Air Traffic Services")


def test_a_programmes_name_before_a_surname_is_no_part_of_the_name():
    text = ("Paul Moynihan, who runs a pub in Wicklow, says keeping pubs closed is wrong.\n\n"
            "Speaking on RTE Morning Ireland Moynihan said: \"You're talking about people's livelihoods here.\"")
    assert_speaker(text, "livelihoods", "Paul Moynihan")


def test_initials_opening_a_full_name_that_ends_in_a_shorter_one_stay_part_of_it():
    text = ("Kerala minister A.P. Abdul Wahab spoke to reporters.\n\n"
            "“All these are for implementing toll,” A.P. Abdul Wahab said. Abdul Wahab said the land would stay.")
    assert_speaker(text, "implementing toll", "A.P. Abdul Wahab")


def test_an_event_before_on_the_is_no_part_of_the_bodys_name():
    text = ("The recession hit mail volumes hard.\n\n"
            "Keeping the rates would recover more than the impact of the Great Recession on the Postal Service, "
            "the regulator said.\n\n"
            "The Postal Service said it was “disappointed” that the regulator had ruled against it.")
    assert find(text, "disappointed").speaker != "Great Recession on the Postal Service"


# ---------------------------------------------------------------- honorifics


def test_a_first_name_after_an_honorifics_full_stop_stays_in_the_name():
    text = ("KUWAIT, Oct 29 (KUNA) -- Kuwait's Oil Minister Dr. Khaled Ali Al-Fadhel on Thursday denied the "
            "content of a report.\n\n"
            "Minister Al-Fadhel said: \"I am surprised at this report.\"")
    assert_speaker(text, "I am surprised", "Khaled Ali Al-Fadhel")


def test_a_first_name_after_an_honorific_opening_the_sentence_stays_in_the_name():
    text = ("Intro.\n\nDr Khaled Ali Al-Fadhel on Thursday denied the content of a report.\n\n"
            "Al-Fadhel said: \"I am surprised at this report.\"")
    assert_speaker(text, "I am surprised", "Khaled Ali Al-Fadhel")


def test_a_sentence_start_adjective_before_a_first_name_is_still_dropped():
    text = "Intro.\n\nDefiant Matt Williams says he will fight on.\n\n“I will not stop,” Williams said."
    assert_speaker(text, "I will not stop", "Matt Williams")


# ---------------------------------------------------------------- parties and orders


def test_a_states_independent_is_the_senator_tagged_so():
    text = ("Sen. Bernie Sanders, I-Vt., chairs the committee.\n\n"
            "\"One at a time,\" the Vermont Independent said when asked about it.\n\n"
            "\"We report the news,\" the Independent said.")
    assert_speaker(text, "One at a time", "Bernie Sanders")
    assert_speaker(text, "We report the news", "Independent")


def test_an_order_is_a_body_and_a_surname_after_a_first_name():
    text = ("Intro.\n\nThe Fraternal Order of the Police said it was “disheartened” by comments the mayor made.\n\n"
            "John Order said it was “bad”.")
    assert_speaker(text, "disheartened", "Fraternal Order of the Police")
    assert_speaker(text, "bad", "John Order")


def test_a_students_year_before_a_name_is_a_title():
    text = ("Intro.\n\nAddressing 100 students, UCLA Sophomore Chiemela Okwandu told the crowd, \"This is our "
            "university.\"\n\nSpeaking later, Okwandu said the increase would hurt.")
    assert_speaker(text, "This is our university", "Chiemela Okwandu")



def test_a_speech_verb_is_no_word_of_an_office_set_off_before_a_name():
    text = ("Sam Bankman-Fried spoke to Vox.\n\n"
            "“You know what was maybe my biggest single mistake?” the entrepreneur asked Vox reporter, Kelsey Piper.")
    assert find(text, "biggest single mistake").speaker != "Kelsey Piper"


def test_a_photos_caption_is_no_one_a_later_he_means():
    text = ("The United States will seek extradition, U.S. Attorney General Merrick Garland said Friday night.\n\n"
            "Rafael Caro Quintero, circa 2005.\n\n"
            "Rafael Caro Quintero, circa 2005.GDA via AP file\n\n"
            "“There is no hiding place for anyone who kidnaps American law enforcement,\" he said in a statement.")
    assert_speaker(text, "no hiding place", "Merrick Garland")


def test_an_interviews_topic_heading_names_no_speaker():
    text = ("Dana White met with the media and gave his thoughts on a number of topics.\n\n"
            "Check out his thoughts on those topics below.\n\n"
            "On Teddy Atlas' theory that champs improve by 30 percent instantly\n\n"
            "“I believe it. There is a different level of confidence when you win that type of a fight.”")
    assert find(text, "I believe it").speaker != "Teddy Atlas"


def test_the_agency_is_no_commission():
    # ("the agency" for the Securities and Exchange Commission was tried and dropped: with a
    # commission and an agency both named, it lost the agency)
    text = ("The Electoral Commission and the National Crime Agency are both looking into the donations.\n\n"
            "“We are assessing the information,” the agency said.")
    assert_speaker(text, "assessing the information", "National Crime Agency")


def test_a_one_word_body_that_has_already_announced_is_it():
    text = ("Intro.\n\nAmazon has already announced that it will appeal the decision. It says the decision by the "
            "watchdog is based on \"subjective and unverified\" interpretations.")
    assert_speaker(text, "subjective and unverified", "Amazon")


def test_a_dateline_with_its_date_before_the_subject_who_released_a_statement():
    text = ("WASHINGTON, March 10, 2015 – U.S. Senator Lamar Alexander (R-Tenn.) today released the following "
            "statement on legislation by Senate Minority Leader Harry Reid and Senator Dean Heller:\n\n"
            "“Congress has already approved Yucca Mountain as our repository.”")
    assert_speaker(text, "already approved Yucca Mountain", "Lamar Alexander")


def test_a_surname_that_names_a_firm_after_an_office_a_first_name_and_an_initial():
    text = ("Intro.\n\nNew York City Mayor Michael R. Bloomberg, a staunch gun-control advocate, called the press "
            "conference “a shameful evasion of the crisis facing our country.”\n\n"
            "“Leadership is about taking responsibility,” Mr. Bloomberg said.")
    assert_speaker(text, "a shameful evasion", "Michael R. Bloomberg")
    assert_speaker(text, "Leadership is about", "Michael R. Bloomberg")


def test_the_bank_is_no_city_the_text_names():
    text = ("Barclays chief executive Bob Diamond resigned yesterday.\n\n"
            "The scandal is dragging the City of London financial sector into disrepute.\n\n"
            "“Barclays today announces the resignation of Bob Diamond,” the bank said in a statement.")
    assert find(text, "announces the resignation").speaker != "City of London"

# ---------------------------------------------------------------- the review's cases
# Each failed on the snapshot the first reviewer read.


def test_review_a_clubs_boss_is_not_its_chairman():
    text = ("Liverpool manager Jurgen Klopp said his side had been poor in the first half.\n\n"
            "Liverpool chairman Tom Werner, speaking at a fans' forum on Thursday, praised the club's owners.\n\n"
            "“We have to be better than that,” the Liverpool boss said after the final whistle.")
    assert find(text, "better than that").speaker != "Tom Werner"


def test_review_a_bodys_boss_is_its_director_general_not_its_chairman():
    text = ("BBC Director-General Tim Davie told staff on Monday that the corporation faced difficult choices. "
            "BBC Chairman Richard Sharp was not at the meeting.\n\n"
            "“Nobody is going to pretend this is easy,” the BBC boss said.")
    assert_speaker(text, "Nobody is going to pretend", "Tim Davie")


def test_review_a_bodys_acronym_in_a_prepositions_object_is_no_title_of_the_name_after():
    text = ("In an interview with Kenya Broadcasting Corporation (KBC) President William Ruto said the economy "
            "would recover.\n\n“We stand by our coverage,” the KBC boss said.")
    assert_speaker(text, "We stand by our coverage", None)


def test_review_a_countrys_regulator_is_not_a_regulator_the_text_gives_no_country():
    text = ("The Competition and Markets Authority said on Wednesday it had provisionally cleared the deal.\n\n"
            "“We continue to have concerns about cloud gaming,” the US regulator said.")
    assert find(text, "cloud gaming").speaker != "Competition and Markets Authority"


def test_review_an_office_after_a_relatives_noun_or_a_preposition_is_no_apposition():
    son = ("The son of the chairman of Reliance, Akash Ambani, spoke at the company's annual meeting.\n\n"
           "“Jio will launch 5G services by Diwali,” the chairman said.")
    meeting = ("In a meeting with the president of France, German Chancellor Olaf Scholz discussed energy.\n\n"
               "“We agreed on many points,” the president said afterwards.")
    assert_speaker(son, "Jio will launch", None)
    assert_speaker(meeting, "We agreed on many points", None)


def test_review_the_head_of_a_force_set_before_the_name_is_still_its_chief():
    text = ("The head of the Metropolitan Police, Sir Mark Rowley, said the force would review the case.\n\n"
            "“We have let women down,” the Met chief said.")
    assert_speaker(text, "We have let women down", "Mark Rowley")


def test_review_a_surname_that_is_a_titles_word_after_a_speech_verb_stays_the_surname():
    text = ("“We had no idea the river would rise so fast,” said Mary Ellen Bishop of Tulsa.\n\n"
            "Bishop said her family had lived on the street for 30 years.")
    assert_speaker(text, "her family had lived", "Mary Ellen Bishop")


def test_review_a_full_name_only_in_a_caption_or_headline_still_completes_the_short_one():
    caption = ("South Korean President Yoon Suk Yeol\n\n"
               "Yoon said on Saturday he would not resign. “I will fight to the end,” Yoon said.")
    headline = ("Kim Jong Un oversees hypersonic missile launch\n\n"
                "“This is a great victory,” Kim was quoted as saying by the state news agency.")
    assert_speaker(caption, "I will fight to the end", "Yoon Suk Yeol")
    assert_speaker(headline, "a great victory", "Kim Jong Un")


def test_review_no_office_holder_behind_a_plural_a_participle_or_a_possessive():
    assert find("“The law is unconstitutional,” said Department of Justice lawyers representing governor Greg "
                "Abbott.", "unconstitutional").speaker != "Greg Abbott"
    assert find("“Rates will stay higher for longer,” said Bank of England governor Andrew Bailey’s deputy, "
                "Dave Ramsden.", "higher for longer").speaker != "Andrew Bailey"


def test_review_survivors_of_an_attacker_are_no_long_title_before_his_name():
    text = ("Survivors of the Westminster Bridge attacker Khalid Masood met Mayor Sadiq Khan on Friday. "
            "“They deserve answers,” he said.")
    assert "Khalid Masood" not in [speaker for speaker, _ in records(text)]


def test_review_a_jurisdiction_after_a_capitalised_office_is_no_holder():
    text = "“The situation is under control,” said the Superintendent of Police, Ranchi, Chandan Kumar Sinha."
    assert find(text, "under control").speaker != "Ranchi"


# Each failed on the snapshot the second reviewer read.


def test_review_a_union_that_has_criticised_and_said_is_not_the_retailer():
    text = ("Tesco has hired 2,000 seasonal workers in Ireland ahead of Christmas.\n\n"
            "Mandate has criticised the pay offer and said members would be balloted for industrial action.\n\n"
            "“We value our colleagues and have made a fair offer,” the retailer said.")
    assert find(text, "We value our colleagues").speaker != "Mandate"


def test_review_a_royal_title_or_a_place_on_the_water_stays_in_a_bodys_name():
    hospital = ("Prince of Wales Hospital in Randwick has cancelled elective surgery for a week after a flu outbreak.\n\n"
                "“Patient safety is our priority,” the hospital said in a statement.")
    council = ("Bourton on the Water Parish Council has asked visitors to stop parking on the village green.\n\n"
               "“The green is being destroyed,” the parish council said.")
    assert_speaker(hospital, "Patient safety", "Prince of Wales Hospital")
    assert_speaker(council, "The green is being destroyed", "Bourton on the Water Parish Council")


def test_review_a_country_in_another_phrase_is_no_evidence_of_a_regulators_country():
    overseer = ("The Irish Data Protection Commission fined TikTok €345m on Friday. The European Data Protection "
                "Board, the Irish regulator’s EU-level overseer, had forced it to raise the penalty.\n\n"
                "“We will appeal the amount,” TikTok said. “This decision was forced on us,” the Irish regulator said.")
    unlike = ("The Central Bank of Ireland fined Permanent TSB €21m last year. Unlike in Ireland, the Financial "
              "Conduct Authority has the power to cap overdraft fees.\n\n"
              "“Consumers deserve protection,” the Irish regulator said.")
    assert find(overseer, "forced on us").speaker != "European Data Protection Board"
    assert find(unlike, "Consumers deserve protection").speaker != "Financial Conduct Authority"


def test_review_a_bodys_boss_is_its_director_general_or_president():
    bbc = ("BBC Director General Tim Davie told staff on Monday that the corporation faced difficult choices. "
           "BBC chairman Samir Shah was not at the meeting.\n\n"
           "“Nobody is going to pretend this is easy,” the BBC boss said.")
    fifa = ("FIFA secretary-general Mattias Grafström sent the letter to member associations on Monday. FIFA "
            "president Gianni Infantino is due in Zurich on Friday.\n\n"
            "“The expanded Club World Cup will be a great success,” the FIFA boss said.")
    who = ("WHO Director-General Tedros Adhanom Ghebreyesus declared the outbreak an emergency on Wednesday. WHO "
           "executive director Mike Ryan briefed reporters afterwards.\n\n"
           "“This is a call to action,” the WHO chief said.")
    assert_speaker(bbc, "Nobody is going to pretend", "Tim Davie")
    assert_speaker(fifa, "a great success", "Gianni Infantino")
    assert_speaker(who, "a call to action", "Tedros Adhanom Ghebreyesus")


def test_review_a_papers_name_ending_in_independent_is_no_politician():
    text = ("Hugh O’Connell, the Irish Independent political correspondent, reported the story on Monday.\n\n"
            "“The Government is split on the issue,” the Irish Independent reported.")
    assert_speaker(text, "split on the issue", "Irish Independent")


def test_review_two_bodies_joined_by_and_are_neither_alone():
    text = ("Interest rates were left unchanged on Thursday.\n\n"
            "The Bank of England and Financial Conduct Authority said they would review the rules on mortgage "
            "lending.")
    assert_speaker(text, "review the rules", None)


def test_review_a_postal_service_may_be_the_carrier():
    text = ("Canada Post has suspended deliveries to the United States because of new tariffs.\n\n"
            "“We will resume service as soon as possible,” the carrier said.")
    assert_speaker(text, "resume service", "Canada Post")


def test_review_a_news_paragraph_opening_on_a_name_is_no_caption():
    text = ("Mary Beth King of Dallas lost her home in the tornado on Sunday.\n\n"
            "“We have nothing left,” King said.")
    assert_speaker(text, "We have nothing left", "Mary Beth King")


def test_review_a_programme_before_a_surname_two_people_share_is_neither():
    text = ("Garda Commissioner Drew Harris briefed the Policing Authority on Tuesday about the riot. Taoiseach "
            "Simon Harris was in Brussels.\n\n"
            "Speaking on RTE Morning Ireland Harris said gardaí had been outnumbered on the night.")
    assert find(text, "outnumbered").speaker not in ("Simon Harris", "Drew Harris")


def test_review_an_office_after_asked_about_is_no_apposition():
    text = ("Asked about the governor of the Bank of England, Rishi Sunak said he had full confidence in him.\n\n"
            "“We will bring inflation back to target,” the governor said.")
    assert find(text, "bring inflation back").confidence < 0.8


# Each failed on the snapshot the third reviewer read.


def test_review_a_lead_cut_short_on_a_weekday_is_no_topic_heading():
    text = ("Transport Minister Jane Doe announced the rail plan on Tuesday.\n\n"
            "On Wednesday Opposition Leader Peter Dutton hit back\n\n"
            "“This is a joke,” he said.")
    assert_speaker(text, "This is a joke", "Peter Dutton")


def test_review_a_quotation_ending_circa_a_year_is_no_caption():
    text = ("Curator Mary Jones showed visitors around the old cottage.\n\n"
            "“This was the family’s first home,” said Ms Jones, pointing to a photograph of the cottage, circa 1850.")
    assert_speaker(text, "the family’s first home", "Mary Jones")


def test_review_a_firm_named_after_a_city_may_be_the_company():
    text = ("City of London Investment Management said profits rose. The firm manages $9 billion.\n\n"
            "“It was a good year,” the company said.")
    assert_speaker(text, "a good year", "City of London Investment Management")


def test_review_a_line_with_a_photo_agencys_name_and_a_speech_verb_is_no_caption():
    text = ("John Paul Judge of Getty Images said the pictures were taken at dawn.\n\n"
            "“The light was perfect,” Judge said.")
    assert_speaker(text, "The light was perfect", "John Paul Judge")


def test_review_an_independent_of_a_state_set_off_after_the_name():
    text = ("Sen. Bernie Sanders, a Vermont Independent, opposed the bill.\n\n"
            "“This is a giveaway to the rich,” the Vermont Independent said.")
    assert_speaker(text, "a giveaway to the rich", "Bernie Sanders")


def test_review_a_bodys_chief_may_be_its_executive_director():
    text = "WFP Executive Director David Beasley visited Yemen.\n\n“Children are starving,” the WFP chief said."
    assert_speaker(text, "Children are starving", "David Beasley")


def test_review_a_regulators_country_in_its_apposition_or_with_own():
    apposition = ("The Data Protection Commission, the Irish data protection commissioner, fined Meta €1.2 billion.\n\n"
                  "“This is an unprecedented fine,” the Irish regulator said.")
    own = "Ireland’s own Data Protection Commission fined TikTok.\n\n“This is a serious breach,” the Irish regulator said."
    assert_speaker(apposition, "an unprecedented fine", "Data Protection Commission")
    assert_speaker(own, "a serious breach", "Data Protection Commission")


def test_review_an_event_on_a_body_the_text_names_alone_is_no_part_of_its_name():
    text = ("The impact of Brexit on the Financial Conduct Authority has been huge.\n\n"
            "“We have hired 400 staff,” the Financial Conduct Authority said.")
    assert_speaker(text, "hired 400 staff", "Financial Conduct Authority")
