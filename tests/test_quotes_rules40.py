"""Names with particles, initials and styles, offices the lexicon lacked, and what the
twenty-sixth session (2026-12-02) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind earlier and studied in this session (texts kept outside the repository: their
licences are unknown). The near misses make each rule's guard fail a test when it is switched
off. The review cases are three reviewers' invented counterexamples; each failed on the snapshot
its reviewer read."""

from __future__ import annotations

from quote_text import assert_speaker, find


# ---------------------------------------------------------------- names and their parts


def test_a_country_is_the_whole_domain_of_an_office_before_a_name():
    text = "“Revenues fell by half,” President of Egypt Abdel Fattah al-Sisi said."
    quote = find(text, "Revenues fell")
    assert (quote.speaker, quote.speaker_title) == ("Abdel Fattah al-Sisi", "President of Egypt")


def test_an_offices_domain_still_runs_up_to_a_first_name():
    text = "“Revenues fell by half,” said Minister of State Security Ali Khan."
    quote = find(text, "Revenues fell")
    assert (quote.speaker, quote.speaker_title) == ("Ali Khan", "Minister of State Security")


def test_a_particle_capitalised_at_a_sentences_start_is_the_same_surname():
    text = ("“I do not need to describe the threats we face,” Ursula von der Leyen said. "
            "“We must act now,” Von der Leyen said.")
    assert_speaker(text, "I do not need to describe", "Ursula von der Leyen")
    assert_speaker(text, "We must act now", "Ursula von der Leyen")


def test_a_headline_capitalising_a_particle_before_the_full_name():
    text = ("Von der Leyen proposes plan to strengthen EU defences\n\n"
            "European Commission President Ursula von der Leyen said the package will be put to EU leaders.\n\n"
            "“I do not need to describe the threats we face,” Ms von der Leyen said.")
    quote = find(text, "the package will be put")
    assert (quote.speaker, quote.speaker_title) == ("Ursula von der Leyen", "European Commission President")
    assert_speaker(text, "I do not need to describe", "Ursula von der Leyen")


def test_a_captions_photo_credit_after_a_name_is_no_part_of_it():
    text = ("French President Emmanuel Macron EPA-EFE/BENOIT TESSIER/POOL\n\n"
            "In an interview, Macron said Europe stands on “the edge of a precipice”.")
    assert_speaker(text, "edge of a precipice", "Emmanuel Macron")


def test_a_fathers_given_name_after_his_childs_name_names_him_in_full():
    text = ("Molly Russell’s father Ian has been made MBE for services to child safety.\n\n"
            "Mr Russell said: “I am honoured to be included among those who have been recognised.”")
    assert_speaker(text, "I am honoured", "Ian Russell")


def test_a_given_name_that_is_a_common_word_after_an_office():
    text = ("“The agreement is important for both Norway and the EU,” said Norway’s Fisheries "
            "Minister Per Sandberg. “It provides stability,” Sandberg said.")
    assert_speaker(text, "The agreement is important", "Per Sandberg")
    assert_speaker(text, "It provides stability", "Per Sandberg")


def test_a_common_word_opening_a_sentence_before_a_name_is_still_dropped():
    text = "“We will win this fight,” Labour leader Maybe Jones said."
    assert find(text, "We will win").speaker != "Maybe Jones"


def test_a_pilgrims_style_is_no_part_of_the_name():
    text = "“Please permit me to apologise to the family,” said Alhaji Lai Mohammed."
    assert_speaker(text, "Please permit me", "Lai Mohammed")


# ---------------------------------------------------------------- offices


def test_offices_of_american_counties_and_assemblies():
    text = ("The sheriff’s office searched the river, Undersheriff Clay Herbst said.\n\n"
            "“I have waited more than 12 hours on the wall,” stated Assemblymember Freddie Rodriguez. "
            "“These delays are dangerous,” Assemblymember Rodriguez said.")
    quote = find(text, "searched the river")
    assert (quote.speaker, quote.speaker_title) == ("Clay Herbst", "Undersheriff")
    assert_speaker(text, "These delays are dangerous", "Freddie Rodriguez")


def test_a_chief_investment_officer_by_initials():
    text = "“That is going to be tough this year,” said CalPERS CIO Joe Dear."
    quote = find(text, "going to be tough")
    assert (quote.speaker, quote.speaker_title) == ("Joe Dear", "CalPERS CIO")


def test_a_body_of_officers_is_no_officer():
    text = ("On Wednesday, the Association of Ambulance Chief Executives said the sector was "
            "experiencing “some of the highest levels of emergency activity in its history”.")
    assert_speaker(text, "highest levels", "Association of Ambulance Chief Executives")


def test_a_presidents_abbreviated_title():
    text = "“It is the biggest investment in high-speed internet ever,” said Pres. Joe Biden in a speech."
    quote = find(text, "biggest investment")
    assert (quote.speaker, quote.speaker_title) == ("Joe Biden", "Pres.")


def test_a_name_then_its_office_between_commas_then_its_body():
    text = ("The Children’s Food Campaign has welcomed the announcement.\n\n"
            "Malcolm Clark, co-ordinator, Children’s Food Campaign said: “This is a double win for "
            "children’s health.”")
    quote = find(text, "double win")
    assert (quote.speaker, quote.speaker_title, quote.organization) == (
        "Malcolm Clark", "co-ordinator", "Children’s Food Campaign")


def test_a_person_after_an_office_between_commas_is_the_subject():
    text = ("Tom Williams lives next door to the site.\n\n"
            "Jane Smith, a resident, Williams said: “This is a double win for the street.”")
    assert_speaker(text, "double win", "Tom Williams")


def test_an_honorific_and_a_surname_that_is_an_office_after_an_adjective_relative():
    text = ("“We are deeply shocked and dismayed,” said Australian Foreign Minister Julie Bishop.\n\n"
            "It is a far cry from the relative confidence the Prime Minister Tony Abbott had shown earlier.\n\n"
            "But Ms Bishop said she understood that a full appeal process would have to be gone through.")
    assert_speaker(text, "a full appeal process", "Julie Bishop")


def test_an_honorific_and_a_surname_that_is_an_office_after_a_relative_came_up():
    text = ("“We are deeply shocked and dismayed,” said Australian Foreign Minister Julie Bishop.\n\n"
            "A relative of the man spoke to reporters outside the house.\n\n"
            "But Ms Bishop said she understood that a full appeal process would have to be gone through.")
    assert_speaker(text, "a full appeal process", None)


# ---------------------------------------------------------------- speech verbs


def test_repeated_affirmed_and_blasted_are_speech_verbs():
    # (blasted only before a colon, a quotation, "that" or "what"; repeated only as the
    # sentence's one cue)
    text = ("In a speech on the Senate floor, Mitch McConnell repeated three times that the decision "
            "was “about a principle and not a person.”\n\n"
            "Mark Rutte affirmed that “NATO does not have opt-outs, because we all have to chip in.”\n\n"
            "Campaigner Ray Walton blasted: “Until the directors are personally liable, nothing will change.”")
    assert_speaker(text, "about a principle", "Mitch McConnell")
    assert_speaker(text, "we all have to chip in", "Mark Rutte")
    assert_speaker(text, "nothing will change", "Ray Walton")

# ---------------------------------------------------------------- whom a pronoun means


def test_a_name_modifying_a_plural_noun_is_nobody_a_pronoun_means():
    text = ("Nelson Mandela Bay commuters were left stranded as drivers went on strike.\n\n"
            "“I am very angry about this,” he said.")
    assert_speaker(text, "I am very angry", None)


def test_who_after_a_named_person_the_object_of_a_clause():
    text = ("The judge said he accepted comments from Richard Mottram, who said “I would have reached "
            "the same decision for the same reasons”.")
    assert_speaker(text, "I would have reached", "Richard Mottram")


def test_a_body_named_after_a_country_is_no_country_before_a_name():
    text = "“We will protect the herds,” said Director General of Kenya Wildlife Service Erustus Kanga."
    quote = find(text, "protect the herds")
    assert (quote.speaker, quote.speaker_title) == ("Erustus Kanga", "Director General of Kenya Wildlife Service")


def test_someone_who_continues_to_do_what_a_quotation_calls_it_is_not_its_speaker():
    text = ("In a statement, Churchill Downs said Baffert continues to “peddle a false narrative” about "
            "the failed drug test.")
    assert_speaker(text, "peddle a false narrative", "Churchill Downs")


def test_a_date_between_an_article_and_the_document_is_no_name():
    for date in ("Jan. 28", "January 28", "28 January"):
        text = (f"The burial site dates back to the 6th century, according to a {date} press release "
                "from Scottish Water.")
        assert_speaker(text, "The burial site dates back", "Scottish Water")


def test_the_before_a_one_word_name_with_and_is_no_second_word():
    text = ("“Their pay is insulting,” said Sally Hunt, general secretary of the University and College Union.\n\n"
            "The union said the “lack of transparency” over pay was “a source of ridicule for universities”.")
    assert_speaker(text, "a source of ridicule", "University and College Union")


def test_a_ship_is_nobody_a_lede_introduces():
    text = ("A Royal Navy warship has shot down two drones in the Red Sea, the Defence Secretary has said.\n\n"
            "HMS Richmond used missiles to bring down the drones which were threatening merchant ships.\n\n"
            "The MoD said Richmond’s crew acted in an “exemplary manner” throughout.")
    assert_speaker(text, "shot down two drones", None)


def test_a_member_of_the_senedd_is_no_ship():
    text = ("Conservative MS James Evans criticised the plans, saying they were distracting from the "
            "real challenges facing people in Wales.")
    assert find(text, "distracting from").speaker == "James Evans"


def test_the_company_is_no_trade_union():
    text = ("The Independent Workers’ Union of Great Britain (IWGB) said hundreds of its members went on strike.\n\n"
            "The company disputed the union’s claims, saying only a “tiny minority” of workers took action.")
    assert find(text, "tiny minority").speaker != "Independent Workers’ Union of Great Britain"


def test_the_company_may_be_an_insurer_named_union():
    text = ("Norwich Union has reported higher profits for the year.\n\n"
            "The company announced it was looking to float on the stock market in 2006.")
    assert find(text, "float on the stock market").speaker == "Norwich Union"


def test_the_one_a_lede_described_is_the_person_the_next_paragraph_names():
    text = ("A coroner has issued a warning after a dying man was sent a taxi to hospital.\n\n"
            "Guy Davies said Andrew Waters was denied the chance of lifesaving treatment.\n\n"
            "Mr Davies, assistant coroner for Cornwall, has written to the health department.\n\n"
            "The coroner said handover delays mean ambulances are “tied up” at hospitals.")
    assert_speaker(text, "tied up", "Guy Davies")


def test_a_person_the_text_gives_no_such_office_is_not_the_one_the_lede_described():
    text = ("A coroner has issued a warning after a dying man was sent a taxi to hospital.\n\n"
            "Jane Smith said the ambulance service accepted the findings.\n\n"
            "Ms Smith, chief executive of the ambulance trust, apologised to the family.\n\n"
            "The coroner said handover delays mean ambulances are “tied up” at hospitals.")
    assert_speaker(text, "tied up", None)


def test_a_person_with_another_office_is_not_the_one_the_lede_described():
    text = ("A coroner has issued a warning after a dying man was sent a taxi to hospital.\n\n"
            "Guy Davies said the ambulance service accepted the findings.\n\n"
            "Mr Davies - Chief Executive for Cornwall - has written to the Department of Health.\n\n"
            "The coroner said handover delays mean ambulances are “tied up” at hospitals.")
    assert_speaker(text, "tied up", None)


# ---------------------------------------------------------------- reported speech


def test_a_title_before_the_name_of_a_trailing_attribution():
    text = "Nursing staff deserve more than the current pay awards, RCN leader Pat Cullen said."
    assert find(text, "Nursing staff deserve more").speaker == "Pat Cullen"


def test_said_in_an_interview_with_an_outlet_after_the_clause():
    text = ("Nursing staff deserve more than the current pay awards, Pat Cullen said in an interview "
            "with Nursing Standard.")
    quote = find(text, "Nursing staff deserve more")
    assert (quote.speaker, quote.kind) == ("Pat Cullen", "indirect")


def test_told_fellow_ministers_that():
    text = ("Ben Wallace told fellow Defence Ministers representing NATO’s 30 members that the UK will "
            "scale up its own commitment.")
    assert find(text, "scale up its own commitment").speaker == "Ben Wallace"


def test_a_name_and_its_office_without_the_closing_comma():
    text = ("Sir Peter Wanless, NSPCC chief executive said that its recent research highlights the "
            "human cost of unsafe products.")
    quote = find(text, "its recent research")
    assert (quote.speaker, quote.speaker_title) == ("Peter Wanless", "NSPCC chief executive")


def test_a_name_then_people_who_are_no_office_before_the_cue():
    assert_speaker("Rishi Sunak, local residents said the plan would fail.", "the plan would fail", None)


def test_a_sentence_adverb_then_an_office_is_no_name_and_its_office():
    text = "Firstly, the prime minister insisted he had been involved in the proposals from the start."
    assert find(text, "he had been involved").speaker != "Firstly"


def test_a_bodys_possessive_before_its_initials_is_no_part_of_its_name():
    text = ("Four social landlords have failed to meet the Regulator of Social Housing’s (RSH) new standards.\n\n"
            "RSH said Bristol City Council could not provide evidence that it is meeting safety requirements.")
    assert find(text, "could not provide evidence").speaker == "Regulator of Social Housing"

def test_a_relative_clause_with_ages_in_commas_before_the_verb():
    text = ("Trevor Hicks is chairman of the support group.\n\n"
            "Mr Hicks, who lost daughters Vicky, 15, and Sarah, 19, added: “This goes beyond Hillsborough.”")
    assert_speaker(text, "This goes beyond Hillsborough", "Trevor Hicks")

# ---------------------------------------------------------------- review cases (first review)
# Each failed on the snapshot the reviewer read; the reviewer's case files are outside the repository.


def test_review_a_shot_or_a_repeat_is_no_speech_act():
    assert_speaker("Harry Kane blasted home a penalty after Bukayo Saka was “wiped out” in the box, according "
                   "to Gareth Southgate.", "wiped out", "Gareth Southgate")
    assert_speaker("Manchester United boss Erik ten Hag said Marcus Rashford had blasted over a chance that "
                   "was “easier to score”.", "easier to score", "Erik ten Hag")
    assert_speaker("Opposition leader Peter Dutton said Anthony Albanese had repeated his “broken promise” "
                   "on power prices.", "broken promise", "Peter Dutton")
    assert_speaker("The Reserve Bank governor, Michele Bullock, said the board reaffirmed its view that "
                   "inflation was “still too high”.", "still too high", "Michele Bullock")


def test_review_a_weekend_after_a_clause_keeps_its_object_out_of_the_subject():
    assert_speaker("Fans who travelled to see Celtic play Rangers over the weekend said the policing had been "
                   "“heavy-handed”.", "heavy-handed", None)
    assert_speaker("Residents evacuated from homes near the River Severn at the weekend said the warnings came "
                   "“far too late”.", "far too late", None)


def test_review_a_lede_about_someone_who_was_sacked_names_no_speaker_next():
    text = ("A minister has been sacked after she broke the ministerial code by using a personal email account.\n\n"
            "Oliver Dowden said the Prime Minister had accepted the findings in full.\n\n"
            "Mr Dowden, deputy prime minister, told MPs the matter was now closed.\n\n"
            "The minister said in her resignation letter that she had made “a technical error”.")
    assert_speaker(text, "a technical error", None)
    text = ("A headteacher has issued a warning about exam pressure at a school in Bradford.\n\n"
            "Mark Lewis said staff had raised concerns about the results with governors in 2021.\n\n"
            "Mr Lewis, deputy headteacher, told the panel that the results had been “too good to be true”.\n\n"
            "The headteacher said in a written statement that she “deeply regretted” her actions.")
    assert_speaker(text, "deeply regretted", None)


def test_review_a_lede_about_a_constable_who_was_sacked_is_not_the_assistant_chief_constable():
    text = ("A police constable has been sacked after he shared offensive messages about colleagues.\n\n"
            "Rachel Swann said the officer's behaviour had fallen far below the standards expected.\n\n"
            "Ms Swann, assistant chief constable of Derbyshire Police, told the hearing he had let colleagues down.\n\n"
            "The constable said the messages had been “banter” between friends.")
    assert_speaker(text, "banter", None)


def test_review_a_compared_name_before_the_subject_is_no_name_and_office():
    assert_speaker("Like Tom Brady, a former teammate, Gronkowski said he had “nothing left to prove”.",
                   "nothing left to prove", "Gronkowski")
    assert_speaker("Like Dr Martens, the bootmaker, Superdry said: “Consumers are cutting back.”",
                   "Consumers are cutting back", "Superdry")
    assert_speaker("Like Tom Brady, former teammate, Gronkowski said he had “nothing left to prove”.",
                   "nothing left to prove", "Gronkowski")
    assert find("Angela Merkel, his predecessor, Scholz said he would not seek a fourth term.",
                "would not seek").speaker != "Angela Merkel"


def test_review_who_after_someone_speaking_for_a_name_is_not_the_name():
    assert_speaker("The airline said it had been contacted by a spokesperson for Richard Branson, who said the "
                   "claims were “entirely false”.", "entirely false", None)
    assert_speaker("The club said it had received a letter from lawyers representing Joey Barton, who said the "
                   "ban was “disproportionate”.", "disproportionate", None)


def test_review_an_adverb_in_s_after_a_name_is_no_noun_it_modifies():
    assert_speaker("Sarah Jenkins sometimes has to work 14-hour shifts at the hospital.\n\n"
                   "“It is exhausting but I love it,” she said.", "It is exhausting", "Sarah Jenkins")
    assert_speaker("Veteran broadcaster Gyles Brandreth always has a story to tell.\n\n"
                   "“I have never been bored in my life,” he said.", "never been bored", "Gyles Brandreth")


def test_review_a_relative_who_described_someone_came_up():
    text = ("Teenager Jamie Dean was seriously injured when his motorbike hit a wall on Saturday night.\n\n"
            "A relative described him as a “popular, kind lad” who loved the outdoors.\n\n"
            "Mr Dean said the boy was “fighting” in hospital and thanked the paramedics.")
    assert_speaker(text, "fighting", None)


def test_review_styles_and_initials_that_are_names():
    assert_speaker("Sierra Leone striker Alhaji Kamara scored twice on Saturday.\n\n"
                   "“I dedicate these goals to my mother,” Kamara said.", "I dedicate these goals", "Alhaji Kamara")
    assert_speaker("“Boards are demanding results,” CIO Dive reported, citing interviews with 200 executives.",
                   "Boards are demanding results", "CIO Dive")
    quote = find("“There is no place for this behaviour in our city,” said Councillor Fellows.", "no place for")
    assert (quote.speaker, quote.speaker_title) == ("Fellows", "Councillor")
    assert_speaker("Ruth Kings, the trust's director of nursing, said wards were “under huge pressure”.\n\n"
                   "“We are doing everything we can,” Director Kings said.", "We are doing everything", "Ruth Kings")


def test_review_a_company_named_after_a_country_keeps_its_name():
    for body, name in (("Kenya Airways", "Allan Kilavuka"), ("Texas Instruments", "Haviv Ilan"),
                       ("Canada Goose", "Dani Reiss"), ("India Post", "Vandita Kaul")):
        quote = find(f"“We are seeing a strong recovery in demand,” said Chief Executive of {body} {name}.",
                     "strong recovery")
        assert quote.speaker == name


def test_review_an_arabic_channel_is_no_person():
    quote = find("“Dozens of fighters were killed,” Houthi-run al-Masirah TV said.", "Dozens of fighters")
    assert (quote.speaker, quote.speaker_title) == ("al-Masirah TV", None)


# ---------------------------------------------------------------- review cases (second review)


def test_review_an_opponent_who_opens_the_next_paragraph_is_not_the_office_again():
    text = ("Waiting times in Scotland’s A&E departments are “unacceptable”, the Health Secretary has said.\n\n"
            "Jackie Baillie told MSPs the government had “failed patients” for years.\n\n"
            "Later, the Health Secretary said he would “leave no stone unturned”.")
    assert_speaker(text, "leave no stone unturned", None)


def test_review_initials_are_no_ship():
    quote = find("CPI(M) state secretary MV Govindan said the party would “fight the communal forces” in Kerala.",
                 "fight the communal forces")
    assert (quote.speaker, quote.speaker_title) == ("MV Govindan", "state secretary")


def test_review_a_given_name_before_father_is_no_surname():
    text = ("The Duke of Sussex arrived at the High Court on Tuesday.\n\n"
            "Harry’s father Charles was not in court. “We were not told,” Harry said.")
    assert_speaker(text, "We were not told", "Harry")


def test_review_an_adverb_set_off_in_commas_is_no_office():
    assert_speaker("Boris Johnson, however, Downing Street said, had “no recollection” of the gathering.",
                   "no recollection", "Downing Street")


def test_review_an_acronym_and_a_body_are_two():
    text = ("Talks between the RMT and Network Rail broke down on Monday night.\n\n"
            "“We remain open to further talks,” the company said.")
    assert_speaker(text, "We remain open", "Network Rail")


def test_review_repeated_words_or_a_repeated_feat():
    assert_speaker("Mr Albanese had repeated his “broken promise” on power bills, Mr Dutton said.",
                   "broken promise", "Dutton")
    assert_speaker("Shane Lowry repeated his 2019 “Portrush miracle” at Royal Troon, commentators said.",
                   "Portrush miracle", None)
    assert_speaker("Emma Raducanu repeated her “fairytale” run from 2021 by reaching the quarter-finals.",
                   "fairytale", None)
    text = ("Sheikh Mohammed reaffirmed Qatar’s steadfast commitment to working with its partners. “Defamation "
            "campaigns targeting Qatar will not deter us,” he said.")
    assert_speaker(text, "Defamation campaigns", "Sheikh Mohammed")


def test_review_a_bank_with_union_in_its_name_is_a_company():
    text = ("Citizens Union Bank has agreed to buy a smaller rival in Kentucky.\n\n"
            "“This deal makes us stronger,” the company said.")
    assert_speaker(text, "This deal makes us stronger", "Citizens Union Bank")


def test_review_a_pilgrims_style_before_the_surname_alone_is_the_same_man():
    text = ("“The market has been destroyed,” said Alhaji Musa Danladi, chairman of the traders’ association.\n\n"
            "Alhaji Danladi added that traders had lost “everything”.")
    assert_speaker(text, "everything", "Musa Danladi")


def test_review_who_said_he_after_lawyers_for_a_client_is_the_client():
    assert_speaker("The statement was issued by lawyers acting for Phillip Schofield, who said he had been “naive”.",
                   "naive", "Phillip Schofield")


def test_review_a_shadow_holder_is_not_the_one_a_lede_described():
    text = ("A minister has admitted the government will miss its target for new homes.\n\n"
            "Jane Smith said the admission was “a humiliation” for the prime minister.\n\n"
            "Ms Smith, the shadow housing minister, called for an inquiry.\n\n"
            "The minister said high interest rates had “hit builders hard”.")
    assert_speaker(text, "hit builders hard", None)


def test_review_a_relative_who_also_spoke_came_up():
    text = ("Jamie King, 16, was stabbed outside a shop in Croydon on Friday night.\n\n"
            "A relative also said the teenager was “a gentle soul”.\n\n"
            "“He had his whole life ahead of him,” Mr King said.")
    assert_speaker(text, "whole life ahead", None)


def test_review_nowadays_is_no_noun_a_name_modifies():
    assert_speaker("Tony Blair nowadays has little time for Westminster gossip, but he said the party was “drifting”.",
                   "drifting", "Tony Blair")


def test_review_continued_to_with_no_other_cue_is_the_subjects():
    text = ("Suella Braverman wrote in the Times that the police were guilty of “double standards”.\n\n"
            "Asked about the row on Tuesday, Ms Braverman continued to “stand by every word” of her article.")
    assert_speaker(text, "stand by every word", "Suella Braverman")


def test_review_a_parenthetical_cue_after_an_apposition_is_no_title():
    quote = find("Boris Johnson, Downing Street spokesman said, remained “fully confident” in the chancellor.",
                 "fully confident")
    assert quote.speaker_title != "Downing Street spokesman"


# ---------------------------------------------------------------- review cases (third review)


def test_review_a_royal_style_or_a_descriptor_before_a_given_name_is_no_given_name_and_surname():
    text = "Prince Harry’s father Charles said he was “deeply saddened” by the news."
    assert find(text, "deeply saddened").speaker != "Charles Harry"


def test_review_repeating_that_feat_or_a_pole_position_is_no_speech():
    assert_speaker("Ferrari repeated that “miracle” at Monza on Sunday.", "miracle", None)
    assert_speaker("Hamilton repeated his pole position at the “Temple of Speed” on Saturday.", "Temple of Speed", None)


def test_review_continued_to_after_a_fronted_clauses_cue_is_the_subjects():
    text = "After Mr Dutton said the Voice was “divisive”, Mr Albanese continued to “back it all the way”."
    assert find(text, "back it all the way").speaker == "Albanese"
    text = "The judge told the jury Mr Jones had been “honest”, while the prosecutor continued to “insist” he had lied."
    assert find(text, "insist").speaker is None


def test_review_a_cue_then_a_quotation_keeps_the_apposition():
    quote = find("Sir Peter Wanless, NSPCC chief executive said, “These figures are shocking.”", "These figures")
    assert (quote.speaker, quote.speaker_title) == ("Peter Wanless", "NSPCC chief executive")


def test_review_an_acting_holder_is_the_one_a_lede_described():
    text = ("A coroner has issued a warning after a dying man was sent a taxi to hospital.\n\n"
            "Guy Davies said Andrew Waters was denied the chance of lifesaving treatment.\n\n"
            "Mr Davies - Acting Senior Coroner for Cornwall - has written to the Department of Health.\n\n"
            "The coroner said handover delays mean ambulances are “tied up” at hospitals.")
    assert_speaker(text, "tied up", "Guy Davies")
