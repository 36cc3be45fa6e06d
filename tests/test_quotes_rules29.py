"""Offices "of" a body before a name ("the chairperson of the Road Safety Authority Liz
O'Donnell"), and what a later "the RSA chief" means (2026-12-01, fifteenth session).

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind in the sessions before and studied in this one (texts kept outside the
repository: their licences are unknown). The near misses make each rule's guard fail a test
when it is switched off."""

from __future__ import annotations

from quote_text import assert_speaker, find, quotes_of


# ---------------------------------------------------------------- an office of a body, then the name


def test_a_chairperson_of_a_body_before_the_name_is_that_person():
    text = ("Speaking on Monday afternoon, the chairperson of the Road Safety Authority Liz O’Donnell said "
            "that 98 people have died on our roads so far this year.")
    assert_speaker(text, "98 people have died", "Liz O’Donnell")


def test_a_spokesman_for_a_body_before_the_name_is_that_person():
    text = "The spokesman for the Home Office Jim Brown said that the scheme was working."
    assert_speaker(text, "the scheme was working", "Jim Brown")


def test_the_ceo_of_a_body_is_later_its_chief_by_the_bodys_initials():
    text = ("“This is the worst year we have had,” the CEO of the Road Safety Authority Sam Waide said.\n\n"
            "Two young women died in the crash on Monday night.\n\n"
            "“My thoughts are with the families,” the RSA chief said.")
    quote = find(text, "My thoughts")
    assert quote.speaker == "Sam Waide"
    assert quote.speaker_title == "CEO of the Road Safety Authority"


def test_another_bodys_chief_is_not_the_ceo():
    text = ("“This is the worst year we have had,” the CEO of the Road Safety Authority Sam Waide said.\n\n"
            "Two young women died in the crash on Monday night.\n\n"
            "“My thoughts are with the families,” the HSE chief said.")
    assert_speaker(text, "My thoughts", None)


# ---------------------------------------------------------------- descriptions that are nobody's name


def test_an_office_for_a_place_with_no_name_after_it_is_nobody():
    text = ("THE OUTGOING State Solicitor for Limerick fired a final shot at court services, saying that "
            "conditions in the old courthouse are “completely unacceptable”.")
    assert_speaker(text, "completely unacceptable", None)


def test_an_office_for_a_domain_before_a_name_is_still_that_persons_title():
    text = "Secretary of State for Defence Geoff Hoon said the troops would stay."
    quote = find(text, "the troops would stay")
    assert quote.speaker == "Geoff Hoon"
    assert quote.speaker_title == "Secretary of State for Defence"


def test_a_hyphenated_description_opening_the_sentence_is_no_name():
    text = ("High-ranking diplomats from China, Germany and France made progress at talks on Saturday, "
            "but said they need more work and time to reach an agreement.")
    quote = find(text, "they need more work")
    assert quote.speaker is None


def test_a_hyphenated_first_name_is_still_a_name():
    assert_speaker("Jean-Pierre Raffarin said the reform would pass.", "the reform would pass", "Jean-Pierre Raffarin")


def test_the_last_two_of_a_list_of_companies_are_not_one_speaker():
    text = "Ford, General Motors and Stellantis said they want to settle the strike."
    quote = find(text, "they want to settle")
    assert quote.speaker is None


def test_an_organization_with_and_in_its_name_after_a_fronted_word_still_speaks():
    text = "Meanwhile, Immigration and Customs Enforcement said it would review the case."
    assert_speaker(text, "it would review the case", "Immigration and Customs Enforcement")


def test_a_plural_noun_before_a_verb_is_no_verb_ending_the_subject():
    text = ("The California officials spoke at a panel discussion on Monday afternoon, saying that the "
            "recent events had underscored two points.")
    assert find(text, "recent events").speaker is None


def test_a_company_with_a_present_tense_verb_still_speaks_through_its_participle():
    text = "When the deal collapsed, Acme blames the union, saying that talks had failed."
    assert_speaker(text, "talks had failed", "Acme")


def test_the_former_party_td_is_not_the_party():
    text = ("Road Safety Authority chairwoman Liz O’Donnell has said she is “very concerned” at the rise.\n\n"
            "“The Garda traffic corps has unfortunately been reduced,” added the former Progressive Democrats TD.")
    assert find(text, "traffic corps").speaker != "Progressive Democrats"


def test_a_name_with_its_postnominal_and_no_article_is_still_the_person():
    assert_speaker("“We must act now,” said Tony Wright MP.", "We must act now", "Tony Wright")


# ---------------------------------------------------------------- who a paragraph ends on


def test_a_cue_that_reported_no_words_leaves_its_speaker_for_the_next_paragraph():
    text = ("“It is a horror year,” Assistant Commissioner Weir added.\n\n"
            "Minister Jenny Aitchison urged drivers to be patient on Monday.\n\n"
            "“I want people to have a safe festive season.”")
    assert_speaker(text, "safe festive season", "Jenny Aitchison")


def test_a_name_after_the_cue_is_not_who_the_paragraph_ends_on():
    text = ("Judge Martin Feldman upheld the ban on Wednesday.\n\n"
            "Freedom to Marry, a national organization backing same-sex marriage, notes Feldman’s ruling "
            "is an outlier.\n\n"
            "“A federal judge became the first in over a year to uphold marriage discrimination.”")
    assert_speaker(text, "A federal judge became", None)


def test_a_capitalised_we_opening_a_quotation_is_first_person():
    text = ("Meanwhile, NSW Minister for Regional Transport and Roads, Jenny Aitchison, advised drivers to be "
            "patient.\n\n"
            "“We want people to have a safe and happy festive season.”")
    assert_speaker(text, "safe and happy", "Jenny Aitchison")


def test_his_answer_and_a_colon_introduce_his_words():
    text = ("In a crowd of hundreds, UAW President Shawn Fain answered questions.\n\n"
            "His answer: “As long as we have to.”")
    assert_speaker(text, "As long as we have to", "Shawn Fain")


# ---------------------------------------------------------------- one organization with "and" in its name


def test_an_organization_whose_initials_the_text_gives_is_one_despite_its_and():
    text = ("According to the University and College Union (UCU), some staff are striking because of "
            "the pension fund.")
    assert_speaker(text, "some staff are striking", "University and College Union")


def test_two_organizations_joined_by_and_are_still_neither():
    text = ("Officials of the World Health Organization (WHO) met on Monday.\n\n"
            "The United Nations and European Union stressed that the talks must go on.")
    assert_speaker(text, "the talks must go on", None)


def test_the_principal_of_a_college_before_her_name_is_later_the_principal():
    text = ("The principal of Largy College Sharon Magennis spoke of her sadness.\n\n"
            "“We will look at how to support the families,” the principal said.")
    assert_speaker(text, "support the families", "Sharon Magennis")


def test_a_capitalised_we_after_a_sentence_about_one_person_is_theirs():
    text = ("Laptops\n\nNicholas Negroponte wants a cheap laptop for every child.\n\n"
            "However, Mr Negroponte has adapted the idea to his own work in Cambodia, where he set up two "
            "schools. “We put in 25 laptops three years ago and only one has been broken.”")
    assert_speaker(text, "We put in 25 laptops", "Nicholas Negroponte")


# ---------------------------------------------------------------- "the zoo", "the hospital", "the school"


def test_the_zoo_is_the_zoo_the_text_named_not_a_longer_form_a_quotation_gives():
    text = ("Giraffe dies at Reid Park Zoo\n\nA popular animal at the Reid Park Zoo in Tucson is dead.\n\n"
            "In a news release, the zoo said it was standard practice to feed the giraffes.\n\n"
            "“This is a difficult loss for the Reid Park Zoo Family,” said zoo administrator Susan Basford.")
    assert_speaker(text, "standard practice", "Reid Park Zoo")


def test_the_hospital_is_the_infirmary_the_text_named():
    text = "Two patients died at Hull Royal Infirmary on Monday.\n\nThe hospital said it was investigating."
    assert_speaker(text, "it was investigating", "Hull Royal Infirmary")


def test_the_school_is_only_a_school_named_so():
    text = "Lincoln High pupils staged a walkout on Monday.\n\nThe school said it would meet parents."
    assert_speaker(text, "it would meet parents", None)
    named = "Pupils at Lincoln High School staged a walkout on Monday.\n\nThe school said it would meet parents."
    assert_speaker(named, "it would meet parents", "Lincoln High School")


def test_the_newspaper_is_no_zoo_the_story_is_about():
    text = ("St. Louis Zoo says animal deaths natural\n\n"
            "ST. LOUIS, April 1 (UPI) -- St. Louis Zoo officials say the recent deaths are not unusual.\n\n"
            "Steve Bircher, curator of mammals, told the St. Louis Post-Dispatch that the deaths appeared "
            "to be natural.\n\n"
            "“It is not a run of bad luck,” Bircher said.\n\n"
            "The newspaper said Wednesday that the latest case was the euthanizing of Hope.")
    assert_speaker(text, "the latest case", None)


# ---------------------------------------------------------------- a role in apposition makes a person


def test_a_name_with_a_role_in_apposition_is_a_person_whom_she_means():
    text = ("The vote passed easily.\n\n"
            "Janis Hirsch, a veteran TV writer, was among the 10 percent who voted against striking.\n\n"
            "“It’s sad, but I’ve got to support my union,” she said.")
    assert_speaker(text, "support my union", "Janis Hirsch")


def test_a_name_with_no_role_in_apposition_is_not_made_a_person():
    text = ("The race was close.\n\n"
            "Desert Orchid, a veteran steeplechaser, was among the runners who fell at the last.\n\n"
            "“It’s sad, but we have to go on,” he said.")
    assert_speaker(text, "we have to go on", None)


def test_an_office_of_an_organization_is_not_part_of_its_name():
    text = ("Sustainable communities were promoted without thought, the Environmental Audit Committee said.\n\n"
            "Chairman of the Environmental Audit Committee Peter Ainsworth said the plan was flawed.")
    assert_speaker(text, "Sustainable communities", "Environmental Audit Committee")
    assert_speaker(text, "the plan was flawed", "Peter Ainsworth")


# ---------------------------------------------------------------- "GM": a general manager before a name


def test_a_team_gm_before_a_name_is_a_title_and_later_the_gm():
    text = "Oilers GM Steve Tambellini spoke on Monday.\n\n“It concerns me,” said the Oilers GM."
    quote = find(text, "It concerns me")
    assert quote.speaker == "Steve Tambellini"
    assert quote.speaker_title == "Oilers GM"


def test_the_team_gm_nobody_was_called_is_no_person_named_gm():
    text = "So does Steve Tambellini.\n\n“It concerns me from a human standpoint,” said the Oilers GM."
    assert_speaker(text, "human standpoint", None)


def test_gm_alone_or_before_a_place_is_the_company():
    assert_speaker("General Motors (GM) is in trouble.\n\nGM said it would cut 5,000 jobs.", "cut 5,000 jobs",
                   "General Motors")
    assert find("GM Europe said sales had fallen sharply.", "sales had fallen").speaker != "Europe"


def test_a_union_local_is_named_with_its_number():
    text = ("International Brotherhood of Teamsters Local 747 says the carrier’s crew voted for a strike.\n\n"
            "The union said it would strike in May.")
    assert_speaker(text, "crew voted for a strike", "International Brotherhood of Teamsters Local 747")
    assert_speaker(text, "strike in May", "International Brotherhood of Teamsters Local 747")


# ---------------------------------------------------------------- a plain-text story's headline


def test_a_headlines_quotation_is_no_record():
    text = ("‘No teacher wanted this’: union president says strike notice was about giving parents time\n\n"
            "The president of the federation said a five-day countdown was fair to parents.\n\n"
            "“No teacher wanted this,” said federation president Samantha Becotte.")
    assert [q.text for q in quotes_of(text) if "No teacher" in q.text] == ["No teacher wanted this,"]
    assert_speaker(text, "No teacher wanted this", "Samantha Becotte")


def test_a_first_paragraph_with_a_full_stop_is_the_lede_and_keeps_its_quotation():
    text = ("The union president said the strike was “about giving parents time”.\n\n"
            "The federation said a five-day countdown was fair to parents.\n\n"
            "“No teacher wanted this,” said federation president Samantha Becotte.")
    assert any("about giving parents time" in q.text for q in quotes_of(text))


# ---------------------------------------------------------------- a quotation whose opening mark the page lost


def test_a_closed_and_attributed_quotation_with_no_opening_mark_runs_from_the_paragraph_start():
    text = ("Coach Austine Eguavoen spoke at a press conference on Monday.\n\n"
            "Now, I have a job to do which is to go to the Nations Cup. I am not really bothered about that,” "
            "Eguavoen said.")
    quote = find(text, "I have a job to do")
    assert quote.text.startswith("Now, I have a job to do")
    assert quote.speaker == "Austine Eguavoen"


def test_a_lost_opening_mark_after_the_reporters_own_cue_opens_the_next_sentence():
    text = ("Speaking to the website, Peter Molyneux said receiving the honour was something of a surprise. "
            "It has come completely out of the blue,” he said.")
    quote = find(text, "out of the blue")
    assert quote.kind == "direct"
    assert quote.text.startswith("It has come")
    assert quote.speaker == "Peter Molyneux"


def test_a_closing_mark_with_no_attribution_after_it_opens_no_quotation():
    text = "The shop on the corner sold Chico”s best coffee in town, locals say."
    assert not [q for q in quotes_of(text) if q.kind != "indirect"]


def test_a_closing_glyph_glued_to_the_words_it_opens_opens_a_quotation():
    text = ("Union response was to declare its disappointment.”We feel the company is not being sincere in "
            "their negotiations,” Sam Thomas of the union local said.")
    quote = find(text, "We feel the company")
    assert quote.kind == "direct"
    assert quote.text.startswith("We feel")
    assert quote.speaker == "Sam Thomas"


def test_a_glued_closing_glyph_after_an_open_quotation_still_closes_it():
    text = "“I am very happy with the result today.”The minister left the room, smiling broadly."
    assert [q.text for q in quotes_of(text) if q.kind == "direct"] == ["I am very happy with the result today."]


# ---------------------------------------------------------------- a titled person "of" an organization


def test_a_titled_name_of_an_organization_is_the_person_with_it_as_their_organization():
    text = "Ch Insp Ady Dawson of Suffolk Police said he had been left disappointed by the figures."
    quote = find(text, "left disappointed")
    assert quote.speaker == "Ady Dawson"
    assert quote.organization == "Suffolk Police"


def test_a_peer_of_a_place_and_two_people_before_of_are_not_read_so():
    peer = ("Former minister Sion Roberts spoke.\n\n"
            "Ex-Welsh Office Minister Lord Roberts of Conwy denied security services were involved.")
    assert find(peer, "security services were involved").speaker == "Roberts of Conwy"
    pair = "The Queen and Duke of Edinburgh said the news had made them very happy indeed."
    assert find(pair, "very happy indeed").speaker != "Duke"
