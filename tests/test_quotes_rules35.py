"""A privy counsellor's "Rt Hon" before a name, a sentence adverb before a list of subjects, and
what the twenty-first session (2026-12-01) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind earlier and studied in this session (texts kept outside the repository: their
licences are unknown). The near misses make each rule's guard fail a test when it is switched
off."""

from __future__ import annotations

from quote_text import assert_speaker, find, quotes_of


# ---------------------------------------------------------------- names and their titles


def test_rt_hon_is_a_style_not_part_of_the_name():
    text = ("Welcoming the decision, Welsh Affairs Committee chair, Rt Hon Stephen Crabb MP, said:\n\n"
            "“It is looking more likely than ever that Wales could lead.\n\n"
            "“I hope the government now backs this project.”")
    assert_speaker(text, "It is looking more likely", "Stephen Crabb")
    assert_speaker(text, "I hope the government", "Stephen Crabb")
    assert_speaker("The Right Honourable Jane Hollis said: “We will not give up.”", "We will not", "Jane Hollis")


def test_a_sentence_adverb_before_a_list_of_subjects_is_no_speaker():
    text = ("Nevertheless, the Reds, and manager Tom Brandt, maintained Salah would be staying at the club.")
    assert all(q.speaker != "Nevertheless" for q in quotes_of(text))
    assert_speaker("Moreover, Jane Hollis, the club's chair, said: “We are staying.”", "We are staying", "Jane Hollis")


def test_an_ombudsman_is_a_body_set_beside_its_head_not_the_speakers_name():
    text = ("Richard Blakeway, Housing Ombudsman, said: “This report is focused on the most serious failings.”\n\n"
            "“I have been encouraged by the response from landlords,” he added.")
    assert_speaker(text, "This report is focused", "Richard Blakeway")
    assert_speaker(text, "I have been encouraged", "Richard Blakeway")
    text = "The Parliamentary and Health Service Ombudsman said the hospital had “failed the family”."
    assert_speaker(text, "failed the family", "Parliamentary and Health Service Ombudsman")


def test_the_office_of_an_officer_is_a_body_that_reports():
    text = ("Police officers failed to conduct a thorough investigation, according to a report released "
            "by the Office of the Ombudsman, which reviewed the case.")
    assert_speaker(text, "Police officers failed", "Office of the Ombudsman")
    assert_speaker(text.replace("Ombudsman", "Governor"), "Police officers failed", "Office of the Governor")
    # (the officer alone is a person the text never named: nobody)
    text = ("Police officers failed to conduct a thorough investigation, according to a report released "
            "by the Governor, who reviewed the case.")
    assert_speaker(text, "Police officers failed", None)


# ---------------------------------------------------------------- organizations


def test_a_firms_legal_form_after_a_quotation_is_no_sentence_end():
    text = "“The company has retracted certain statements,” Rock Tech Lithium Inc. said in a statement in December."
    assert_speaker(text, "The company has retracted", "Rock Tech Lithium Inc")
    # (a person of the firm, named before it, is still cut off at the stop)
    text = "“We retracted it,” the CEO of rail company Norfolk Southern Corp. says."
    assert all(q.speaker != "Norfolk Southern Corp" for q in quotes_of(text))


def test_a_firms_first_words_stand_for_the_firm_the_text_named_in_full():
    text = ("“The company has retracted certain statements,” Rock Tech Lithium Inc. said in December.\n\n"
            "In its statement, Rock Tech said its release had failed to point out that the figures were "
            "“preliminary in nature.”")
    assert_speaker(text, "preliminary in nature", "Rock Tech Lithium Inc")
    # (not a broadcaster's other channel: Sky Sports is not Sky Sports News)
    text = ("The fight was shown by Sky Sports News, which had bought the rights.\n\n"
            "Sky Sports said it was “delighted with the audience”.")
    assert_speaker(text, "delighted with the audience", "Sky Sports")


def test_pm_and_revd_are_titles_and_pulls_a_headlines_verb():
    quote = find("Italian PM Giorgia Meloni told reporters: “I will not allow Italy to become a refugee camp.”",
                 "I will not allow")
    assert quote.speaker == "Giorgia Meloni"
    assert quote.speaker_title == "Italian PM"
    assert_speaker("The Bishop, the Rt Revd Paul Butler, said it was “only one first step”.", "only one first step",
                   "Paul Butler")
    text = ("Elon Musk Pulls Plug on Hiring\n\n"
            "Elon Musk said Tesla is going “absolutely hardcore” about layoffs.")
    assert_speaker(text, "absolutely hardcore", "Elon Musk")


# ---------------------------------------------------------------- appositions that lost a comma


def test_a_title_of_a_body_after_a_name_mid_sentence_is_the_names_apposition():
    text = ("In response to the news that the prime minister “has taken control of asylum policy” "
            "Nick Hardwick, Chief Executive of the Refugee Council said:\n\n"
            "“The proposals are wrong in principle and unworkable in practice.”")
    quote = find(text, "The proposals are wrong")
    assert quote.speaker == "Nick Hardwick"
    assert (quote.speaker_title, quote.organization) == ("Chief Executive", "Refugee Council")


def test_a_press_releases_name_office_and_body():
    text = ("Commenting on the availability of the drug in the UK, Frances Lawrence CEO, Dementia Carers Count said:\n\n"
            "“New treatment options offer hope for the future.”")
    quote = find(text, "New treatment options")
    assert quote.speaker == "Frances Lawrence"
    assert (quote.speaker_title, quote.organization) == ("CEO", "Dementia Carers Count")
    # (a firm's officer, unnamed, is not the firm)
    text = "Boeing has apologised. The Boeing CEO continues: “The full details will be issued by the authorities.”"
    assert find(text, "The full details").speaker != "Boeing"


def test_a_one_word_union_named_by_its_members_or_as_a_union():
    text = ("Around 1,900 members of Unite at Felixstowe will walk out on Sunday.\n\n"
            "The union says the stoppage will have “a big impact” on the port.")
    assert_speaker(text, "a big impact", "Unite")
    text = ("Unite union leader Sharon Graham has met the defence secretary.\n\n"
            "The union says its call has become “even more urgent”.")
    assert_speaker(text, "even more urgent", "Unite")
    # (a union described, not named, and a body of elected members, are no body's name)
    text = ("A POWERFUL union has warned ambulance ramping has spiked.\n\n"
            "The union claimed there had been “multiple incidents” at hospitals.")
    assert_speaker(text, "multiple incidents", None)
    text = ("Several members of Cabinet attended the rally.\n\n"
            "The group said the talks had “collapsed”.")
    assert_speaker(text, "collapsed", None)


# ---------------------------------------------------------------- cues


def test_commented_that_reports_speech_and_the_company_is_the_one_that_commented():
    text = ("Last week, Pfizer commented that the increases will not affect the majority of its medicines. "
            "The company added, “We work to ensure access for patients.”")
    assert_speaker(text, "the increases will not affect", "Pfizer")
    assert_speaker(text, "We work to ensure access", "Pfizer")


def test_a_statement_opening_the_sentence_is_its_subjects_for_the_statement_said_later():
    text = ("In a statement the EFL maintained its stance that the owner has not provided details.\n\n"
            "“Further clarity remains outstanding,” the statement said.")
    assert_speaker(text, "Further clarity remains", "EFL")
    text = ("In a statement issued late Tuesday, the Carter Center said the vote “did not meet international standards”.\n\n"
            "Observers were not allowed into counting rooms, the statement added, calling it “a serious failing”.")
    assert_speaker(text, "a serious failing", "Carter Center")


def test_a_news_release_or_press_statement_of_a_body_is_the_bodys():
    assert_speaker("An IAAF press statement said the athlete had “no case to answer”.", "no case to answer", "IAAF")
    assert_speaker("A Reuters news report said the talks had “collapsed”.", "collapsed", "Reuters")
    # (a person's press statement is no organization's)
    assert_speaker("A Jane Hollis press statement said the deal was “dead”.", "dead", None)


def test_a_name_then_the_unit_of_a_body_they_belong_to():
    text = ("Sgt. Kevin Harrison from the Edmonton police missing persons unit told a news conference "
            "on Thursday that the case was “very active”.")
    assert_speaker(text, "very active", "Kevin Harrison")


# ---------------------------------------------------------------- near misses a review of this session found


def test_review_near_misses():
    # an office in a place, then its holder, past a fronted clause naming someone else
    text = ("After meeting Boris Johnson, Chief Constable in Cumbria Michelle Skeer said the force would "
            "need “more officers”.")
    assert_speaker(text, "more officers", "Michelle Skeer")
    # a seat alone is no member's name
    assert_speaker("The Conservative Member for Sleaford and North Hykeham said the bypass was “long overdue”.",
                   "long overdue", None)
    # a preposition's object after a description is no speaker
    text = "“We will rebuild every home that was lost,” said the minister after talks with the mayor, John Whitfield, on Tuesday."
    assert find(text, "We will rebuild").speaker != "John Whitfield"
    # a day after "on" is no platform
    text = "Early on Sunday Mark Ellis, the club's chairman, said the manager had been “dismissed”."
    assert_speaker(text, "dismissed", "Mark Ellis")
    # a ministry's list of domains is not one of bodies
    text = ("Figures from the Office for National Statistics, Ofgem and Ofwat show a rise. The Office for "
            "National Statistics said prices were “rising”.")
    assert_speaker(text, "rising", "Office for National Statistics")
    # dotted country initials are no body the text spells out
    text = ("Workers at the plant are represented by the United Steelworkers union.\n\n"
            "The U.S. said the tariffs on steel would “remain in place”.")
    assert find(text, "remain in place").speaker != "United Steelworkers"
    # an office's holder named after it, past a fronted clause naming someone else
    text = "After meeting Rishi Sunak, Director General of the CBI Tony Danker said: “The mood was constructive.”"
    assert_speaker(text, "The mood was constructive", "Tony Danker")
    # a surname that is also a headline's verb
    assert_speaker("Neurologist Oliver Sacks said: “I have been a thinking animal.”", "thinking animal", "Oliver Sacks")
    # a country is no firm named after it
    text = ("China Mobile Ltd. reported a rise in profits on Thursday.\n\n"
            "Separately, China said it would “take firm countermeasures” against the new tariffs.")
    assert_speaker(text, "take firm countermeasures", "China")
    # members of a community, and a union described by its sector, name no body
    text = ("Around 200 members of the Muslim community gathered outside the town hall on Friday.\n\n"
            "The group said it wanted “answers, not excuses” from the council.")
    assert_speaker(text, "answers, not excuses", None)
    text = ("Unison, the largest NHS union, has balloted 350,000 staff over the offer.\n\n"
            "The union said the deal was “simply not good enough”.")
    assert find(text, "simply not good enough").speaker != "NHS"
    # an ombudsman named as a body speaks as one
    text = "The Parliamentary and Health Service Ombudsman said the hospital had “failed the family”."
    assert_speaker(text, "failed the family", "Parliamentary and Health Service Ombudsman")
    # a name's last word before an office, and an office glued to a name
    text = "Commenting on the figures, Sarah Louise Hart Chief Executive, Carers Trust said: “It is bad.”"
    assert_speaker(text, "It is bad", "Sarah Louise Hart")
    text = "Commenting on the figures, Anna Cooper Director, Carers Trust said: “It is bad.”"
    quote = find(text, "It is bad")
    assert (quote.speaker, quote.speaker_title, quote.organization) == ("Anna Cooper", "Director", "Carers Trust")
    # "commented on" is no report of speech
    text = "Last week, Pfizer commented on the price increases in a brief statement to investors."
    assert [q.kind for q in quotes_of(text)] == []


def test_a_ministry_of_several_domains_is_named_whole():
    text = ("So far, 146 victims have been identified, according to the Ministry of Land, Infrastructure "
            "and Transport.")
    assert_speaker(text, "146 victims", "Ministry of Land, Infrastructure and Transport")
    # (three universities listed are three bodies, not one's name)
    text = ("Researchers from the University of Kent, Oxford and Cambridge said the results were “striking”.\n\n"
            "The University of Kent said the results were “striking” too.")
    assert [q.speaker for q in quotes_of(text) if q.paragraph == 2 and q.kind == "indirect"] == ["University of Kent"]


def test_military_and_legal_rank_abbreviations_are_titles():
    text = ("Brig John Ridge of the island police said the island would be “battered”.\n\n"
            "Later, Brig Ridge said the storm was “fierce”.")
    assert_speaker(text, "fierce", "John Ridge")
    assert_speaker("Coast Guard Cmdr. James Hollis said the crew were “safe”.", "safe", "James Hollis")


def test_according_to_someone_an_owner_has_is_not_the_owner():
    text = ("Arrests are at their highest levels in years, with disorder “getting worse”, according to "
            "the UK's football policing lead.")
    assert_speaker(text, "getting worse", None)
    # (its figures and reports are its own words)
    text = "Remittances now represent more than 2% of GDP, according to the Bank of Mexico's figures."
    assert_speaker(text, "Remittances now represent", "Bank of Mexico")


def test_a_name_after_on_is_where_it_was_said_not_who():
    text = ("Also on Twitter, African Union Commissioner for Peace and Security Smail Chergui confirmed the "
            "breakthrough, adding some details of the pact still had to be ironed out.")
    assert all(q.speaker != "Twitter" for q in quotes_of(text))


def test_a_specialist_in_a_field_is_an_apposition_that_lost_its_comma():
    text = ("Dr Helena Murray, Specialist in Public Health Medicine said:\n\n"
            "“Measles can be a serious illness and is highly infectious.”")
    assert_speaker(text, "Measles can be", "Helena Murray")


def test_and_he_added_is_the_subject_of_the_clause_it_joins():
    text = ("Health minister Jo Churchill said: “These measures form another key part of our strategy.”\n\n"
            "Health secretary Matt Hancock also backs Boris Johnson’s plans and he added, “I am determined to help "
            "parents make healthier choices.”")
    assert_speaker(text, "I am determined", "Matt Hancock")
    # (a name mid-clause is no subject: "met Jane Hollis and she said" is not hers for sure)
    text = ("Health minister Jo Churchill said: “These measures form another key part of our strategy.”\n\n"
            "The minister later met campaigner Jane Hollis and she said, “We are not done.”")
    assert find(text, "We are not done").speaker != "Jane Hollis"


def test_a_single_name_after_an_office_of_a_body_is_the_subject():
    text = ("Head of the Operations and Alert Section of Basarnas Bandung, Supriyono, said that the bus "
            "had carried 66 people.\n\n"
            "“Of the total passengers, 39 people survived,” he said at the scene.\n\n"
            "Supriyono added that some of the victims were under five.")
    assert_speaker(text, "the bus had carried", "Supriyono")
    assert_speaker(text, "39 people survived", "Supriyono")
    # (a city set after an office is no one who speaks)
    text = "Superintendent of Police, Dhanbad, said: “The accused have been arrested and will be charged.”"
    assert find(text, "The accused have been").speaker != "Dhanbad"
    # (not the state set after a sheriff's county)
    text = "Sheriff of Bonner County, Idaho, said: “DHS has done a terrible disservice to the sheriffs of this country.”"
    assert find(text, "a terrible disservice").speaker != "Idaho"


def test_a_dotted_acronym_stands_for_the_body_the_text_spells_out():
    text = ("Stores pulled the drug after the Food and Drug Administration warned this month that it "
            "contained a carcinogen.\n\n"
            "The F.D.A. has said it is investigating the source of the contamination.")
    assert_speaker(text, "investigating the source", "Food and Drug Administration")


def test_a_body_named_without_its_country_is_the_national_body_the_text_names():
    text = ("The Pharmacy Guild claims Tasmania is facing a shortage and says some medicines are "
            "“completely unavailable”.\n\n"
            "President of the Pharmacy Guild of Australia Helen O'Byrne said the shortage was national.")
    assert_speaker(text, "completely unavailable", "Pharmacy Guild of Australia")
    # (a person's name is no body's: "Jane Hollis of Ireland")
    text = ("Jane Hollis of Ireland won the race. Jane Hollis said it was “the best day of my life”.")
    assert_speaker(text, "the best day", "Jane Hollis")


def test_a_ministrys_domain_then_a_surname_and_a_secretary_of_states_domain():
    text = ("United States Minister of Foreign Affairs Antony Blinken said on Thursday that he was confident.\n\n"
            "\"Hamas responded to that,\" explained Minister of Foreign Affairs Blinken, quoted by CNN.")
    assert_speaker(text, "Hamas responded", "Antony Blinken")
    text = "Secretary of State for Foreign Affairs Antony Blinken explained the deal was “vital”."
    assert_speaker(text, "vital", "Antony Blinken")


def test_a_collector_and_a_member_for_a_seat_are_titles():
    assert_speaker("District Collector V Vinay Chand said the leak was “under control”.", "under control", "V Vinay Chand")
    text = "Member for Sandgate Stirling Hinchliffe said locals were already benefitting from the upgrade."
    assert_speaker(text, "locals were already benefitting", "Stirling Hinchliffe")


def test_an_office_then_the_name_in_commas_before_the_rest_of_the_sentence():
    text = ("\"The mood in the country is threatening to tip,\" said the interior minister of the central "
            "state of Hesse, Peter Beuth, after the meeting in Berlin.")
    assert_speaker(text, "The mood in the country", "Peter Beuth")
    # (the office keeps all its words when no determiner opens it)
    quote = find("“We will keep going,” pleaded housing advocate, Christine Brice, after the vote.", "We will keep")
    assert (quote.speaker, quote.speaker_title) == ("Christine Brice", "housing advocate")


def test_the_palace_is_the_palace_the_text_named():
    text = ("On Thursday, Buckingham Palace announced that it is stripping Prince Andrew of his title.\n\n"
            "“His Majesty has today initiated a formal process,” the palace said in a statement.")
    assert_speaker(text, "His Majesty has today", "Buckingham Palace")


def test_shares_of_a_firm_are_no_part_of_its_name():
    text = ("Shares of LinkedIn Corp. jumped nearly 50% Monday after the company said Microsoft will buy it "
            "in a $26.2 billion deal.")
    assert_speaker(text, "Microsoft will buy it", "LinkedIn Corp.")
