"""Offices written by their initials, one-name office holders, and what the twenty-fourth session
(2026-12-01) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind earlier and studied in this session (texts kept outside the repository: their
licences are unknown). The near misses make each rule's guard fail a test when it is switched
off; a few of them pass on the session-start engine too ("The Lord Chief Justice said" stays
nobody's, "the Energy Regulatory Authority Kwaku Agyeman" keeps its body in the office). The last section
holds the cases three reviewers invented against this session's change: each failed on the
snapshot its reviewer read, and the rules they broke were fixed or dropped."""

from __future__ import annotations

from quote_text import assert_speaker, find, records


# ---------------------------------------------------------------- offices and their holders


def test_cm_before_a_name_is_a_chief_ministers_title():
    text = ("West Bengal CM Mamata Banerjee on Thursday alleged that the opposition was attacking its own "
            "workers.\n\n"
            "“They are coming out with arms every day,” she said.")
    assert_speaker(text, "They are coming out", "Mamata Banerjee")


def test_the_cm_is_the_chief_minister_the_text_named_before():
    text = ("Madhya Pradesh Chief Minister Shivraj Singh Chouhan has said that he is not running the "
            "government but a family.\n\n"
            "The CM said: “We will give water to the farmers.”\n\n"
            "Later, West Bengal CM Mamata Banerjee said the rallies were staged.")
    assert_speaker(text, "We will give water", "Shivraj Singh Chouhan")


def test_one_name_after_a_title_holds_the_office():
    text = ("Karnataka Chief Minister Siddaramaiah said that the opposition parties were gasping like a "
            "fish out of water.\n\n"
            "Speaking in Belagavi on Monday, Siddaramaiah maintained that the government was stable.\n\n"
            "Asked about the session, the chief minister said that the Speaker would decide.")
    assert_speaker(text, "the Speaker would decide", "Siddaramaiah")


def test_a_foreign_minister_known_by_one_name_is_the_minister():
    text = ("Foreign Minister Lavrov met his counterpart in Ankara on Monday. Lavrov arrived on Sunday.\n\n"
            "Asked about the meeting, the minister said that talks would go on.")
    assert_speaker(text, "talks would go on", "Lavrov")


def test_a_place_before_the_next_clauses_subject_is_no_holder():
    text = "Intro here.\n\nAsked about a photo taken at the Suvarna Soudha, the minister said that talks would go on."
    assert_speaker(text, "talks would go on", None)


def test_an_adverb_opening_the_sentence_is_no_one_the_apposition_describes():
    for adverb in ("Afterwards", "Afterward", "Elsewhere"):
        text = ("Foreign Minister Sergei Lavrov met his counterpart in Ankara on Monday.\n\n"
                f"{adverb}, the minister said that talks would go on.")
        assert_speaker(text, "talks would go on", "Sergei Lavrov")


def test_the_capitalised_office_is_its_holder_named_before():
    text = ("Karnataka Chief Minister Siddaramaiah said the party would win in four states. Siddaramaiah "
            "spoke in Mysore.\n\n"
            "Asked whether the elections would be postponed, the Chief Minister stated that he expects the "
            "code of conduct to be announced in March.")
    assert_speaker(text, "he expects the code of conduct", "Siddaramaiah")


def test_an_office_nobody_holds_in_the_text_stays_nobody():
    text = ("Prime Minister Boris Johnson said on Monday that he would not resign.\n\n"
            "The Lord Chief Justice said: “We will see about that.”")
    assert_speaker(text, "We will see about that", None)


def test_the_person_named_next_without_the_office_is_not_the_coroner():
    text = ("A mental health trust was neglectful when a patient died two days after being admitted, a "
            "coroner has said.\n\n"
            "Stephen Neville, 68, died on Beech Ward at Rochford Community Hospital.")
    assert_speaker(text, "A mental health trust was neglectful", None)


def test_a_person_who_is_chief_executive_is_the_he_who_speaks_next():
    text = ("Dental treatment is in ‘complete chaos’, according to the Irish Dental Association (IDA).\n\n"
            "Fintan Hourihan is chief executive of the IDA. He said: ‘This is an unprecedented crisis in "
            "dentistry.’")
    assert_speaker(text, "This is an unprecedented crisis", "Fintan Hourihan")


# ---------------------------------------------------------------- an office's domain, then a name we cannot know


def test_an_offices_domain_ends_at_its_domain_word_before_an_unknown_first_name():
    text = ("Intro here.\n\n"
            "Minister for Finance Paschal Donohoe said the rate would not change.")
    assert_speaker(text, "the rate would not change", "Paschal Donohoe")


def test_the_domain_of_a_ministry_with_an_and_ends_before_the_name():
    text = ("UAE Minister of Energy and Infrastructure Suhail Al Mazrouei played down speculation.\n\n"
            "“The UAE is committed to the agreement,” Al Mazrouei said.")
    assert_speaker(text, "The UAE is committed", "Suhail Al Mazrouei")


def test_a_long_ministry_name_leaves_no_domain_word_in_the_name():
    text = ("Intro here.\n\n"
            "Minister for Finance and Public Expenditure and Reform Paschal Donohoe said the rate would not change.\n\n"
            "“We are crystal clear on the nature of our competitiveness,” Mr Donohoe said.")
    assert_speaker(text, "We are crystal clear", "Paschal Donohoe")


def test_a_body_after_a_domain_word_belongs_to_the_office():
    for text, speaker in (
            ("Chief Executive of the Energy Regulatory Authority Kwaku Agyeman said the crew had been trained.",
             "Kwaku Agyeman"),
            ("At the time, the director-general of Queensland's Corrective Services Department Kelvin Anderson "
             "said the crew had been trained.", "Kelvin Anderson")):
        assert_speaker("Intro here.\n\n" + text, "the crew had been trained", speaker)


def test_a_title_in_capitals_keeps_its_domain():
    text = ("MINISTER FOR FINANCE Paschal Donohoe has told an Oireachtas committee that he will not speculate "
            "on the rate.\n\n"
            "“I have proven my commitment,” Donohoe said.")
    assert_speaker(text, "I have proven my commitment", "Paschal Donohoe")


def test_a_first_name_before_bin_ends_the_offices_domain():
    for text, speaker in (
            ("Foreign Minister of Saudi Arabia Faisal bin Farhan said the talks had failed.", "Faisal bin Farhan"),
            ("Interior Minister of Kuwait Talal Khaled said the talks had failed.", "Talal Khaled")):
        assert_speaker("Intro.\n\n" + text, "the talks had failed", speaker)


def test_a_royals_style_before_bin_stays_with_the_name():
    text = ("Intro.\n\n"
            "Minister of Sport Prince Abdulaziz bin Turki Al-Faisal said the talks had failed.")
    assert_speaker(text, "the talks had failed", "Prince Abdulaziz bin Turki Al-Faisal")


# ---------------------------------------------------------------- bodies


def test_an_acronym_spelled_by_a_possessive_is_the_body_without_its_s():
    text = ("On Thursday, police and West Northamptonshire Council’s (WNC) anti-social behaviour team "
            "obtained a closure order.\n\n"
            "WNC says reports from local residents highlighted that the house was used for drugs.")
    assert_speaker(text, "reports from local residents", "West Northamptonshire Council")


def test_initials_joined_by_an_ampersand_open_a_bodys_name():
    text = ("Intro here.\n\n"
            "S&P Global Ratings said: “Australia-based insurers will be largely able to self-finance claims.”")
    assert_speaker(text, "Australia-based insurers", "S&P Global Ratings")


def test_a_reinsurer_before_its_name_describes_the_company():
    text = ("Intro here.\n\n"
            "Reinsurer PartnerRe today announced that its early estimate of claims is between $175m and $210m.")
    assert_speaker(text, "its early estimate of claims", "PartnerRe")


def test_the_mail_is_the_daily_mail_the_text_names():
    text = ("Intro.\n\n"
            "An investigation by the Daily Mail found that councils are raising their fees.\n\n"
            "In its report, the Mail suggests some town halls are considering fees for Sunday parking.")
    assert_speaker(text, "some town halls are considering", "Daily Mail")


def test_a_regulator_known_by_one_word_is_the_regulator():
    text = ("Intro here.\n\n"
            "Ofsted has rated the children’s home inadequate.\n\n"
            "The regulator said the home was not delivering good help and care for children.")
    assert_speaker(text, "the home was not delivering", "Ofsted")


def test_a_commission_for_a_regulation_is_a_body_not_a_law():
    text = ("Intro here.\n\n"
            "Ryanair has rejected the Commission for Aviation Regulation’s call for compensation.\n\n"
            "The watchdog said Ryanair should pay €250 to passengers whose plans were disrupted.")
    assert_speaker(text, "Ryanair should pay", "Commission for Aviation Regulation")


def test_a_law_is_still_no_regulator():
    text = ("Intro here.\n\n"
            "The General Data Protection Regulation came into force in May.\n\n"
            "The regulator said Ryanair should pay €250 to passengers whose plans were disrupted.")
    assert_speaker(text, "Ryanair should pay", None)


# ---------------------------------------------------------------- names in captions and titles


def test_a_photo_credits_label_is_no_part_of_the_name_before_it():
    text = ("Intro here.\n\n"
            "Vintners Federation of Ireland President Paul Moynihan Credit: refer to caption\n\n"
            "Vintners federation boss Paul Moynihan said this is devastating news for the industry.")
    assert_speaker(text, "this is devastating news", "Paul Moynihan")


def test_a_matron_is_a_title_before_the_name():
    text = ("Intro here.\n\n"
            "Emergency care Matron Lauraine Gibson admitted that the information on her fluid intake was lost.")
    assert_speaker(text, "the information on her fluid intake", "Lauraine Gibson")


def test_ins_is_an_inspectors_abbreviation():
    text = ("Intro.\n\n"
            "Inspector Tracey Croucher said a small minority of young people were causing trouble.\n\n"
            "Ins Croucher said: “It was very successful the first Sunday.”")
    assert_speaker(text, "It was very successful", "Tracey Croucher")


# ---------------------------------------------------------------- what is no quotation, and what is one


def test_according_to_a_measure_is_no_source():
    for sentence in ("The threshold is adjusted according to family size.",
                     "Players were ranked according to their results.",
                     "Seats are allocated according to population."):
        assert records("Intro here.\n\n" + sentence, "indirect") == []


def test_according_to_police_after_a_verb_is_still_a_source():
    assert records("Intro here.\n\nThe man was killed according to police.", "indirect") != []


def test_a_plural_subjects_verb_makes_a_reported_clause():
    text = "Intro here.\n\nDick Durbin said the American people deserve an explanation for his decision."
    assert_speaker(text, "the American people deserve an explanation", "Dick Durbin")


# ---------------------------------------------------------------- review: cases reviewers invented against the change
# (each failed on the snapshot its reviewer read)


def test_review_a_street_an_inn_or_a_designate_after_a_title_is_no_holder():
    for text, fragment, speaker in (
            ("Gauteng Police Commissioner Tommy Mthombeni visited the scene of the fire on Thursday.\n\n"
             "The five-storey building on Commissioner Street had been occupied illegally for years.\n\n"
             "“We will find out who is responsible,” the commissioner said.", "We will find out", "Tommy Mthombeni"),
            ("NSW Premier Chris Minns announced the housing plan in Sydney on Monday.\n\n"
             "The site, next to a Premier Inn near Central Station, will hold 400 apartments.\n\n"
             "“This is what good density looks like,” the premier said.", "This is what good density", "Chris Minns"),
            ("President Joseph Aoun held talks with the Prime Minister Designate at Baabda Palace on Tuesday.\n\n"
             "“We will form a government of experts,” the prime minister said.", "We will form a government", None),
            ("Chief Minister Mohan Yadav inaugurated 12 new CM Rise schools in Indore district on Friday.\n\n"
             "Each CM Rise school will have smart classrooms and a library.\n\n"
             "“These schools will match the best private schools,” the chief minister said.", "These schools will match",
             "Mohan Yadav")):
        assert_speaker(text, fragment, speaker)


def test_review_a_style_after_the_keeps_its_apposition():
    text = ("The march was led by the Rev Al Sharpton, the civil rights activist, who flew in from New York.\n\n"
            "“We will not be silent,” the activist said.")
    assert_speaker(text, "We will not be silent", "Al Sharpton")


def test_review_a_domains_own_words_stay_in_the_office():
    for text, fragment, speaker in (
            ("Chair of the Home Affairs Select Committee Yvette Cooper said the Home Office had lost control of "
             "the asylum system.", "the Home Office had lost control", "Yvette Cooper"),
            ("Minister for Energy Efficiency Greg Barker told the conference that the Green Deal would create "
             "thousands of jobs.", "the Green Deal would create", "Greg Barker"),
            ("Chief Executive of Education Scotland Gayle Gorman said inspections would resume in the autumn.",
             "inspections would resume", "Gayle Gorman"),
            ("Chairman of Reform UK Zia Yusuf said the party had received 10,000 new applications for membership.",
             "the party had received", "Zia Yusuf")):
        assert_speaker(text, fragment, speaker)
    quote = find("Minister for Defence Personnel Matt Keogh said the changes would take effect in July.",
                 "the changes would take effect")
    assert quote.speaker_title == "Minister for Defence Personnel"


def test_review_the_tonight_show_is_a_title_before_the_host():
    text = ("Tonight Show host Jimmy Fallon said on Monday the programme would return in September.\n\n"
            "“We can't wait to see everybody again,” Fallon said.")
    assert find(text, "We can't wait").speaker_title == "Tonight Show host"


def test_review_a_general_who_was_once_head_is_still_the_general():
    text = ("General Sir Nick Carter, the former head of the armed forces, addressed the meeting in York.\n\n"
            "Members of the General Synod later voted on a motion on chaplaincy.\n\n"
            "“Faith matters to soldiers,” the general said.")
    assert_speaker(text, "Faith matters to soldiers", "Nick Carter")


def test_review_names_after_a_place_an_ampersand_or_two_given_names():
    for text, fragment, speaker in (
            ("Mayor of New York City Eric Adams said the city could not absorb more migrants.\n\n"
             "“We are at breaking point,” Adams said.", "We are at breaking point", "Eric Adams"),
            ("Minister of Defence Mohamed Khaled bin Nordin said the armed forces would buy new helicopters.",
             "the armed forces would buy", "Mohamed Khaled bin Nordin"),
            ("Boris Johnson faced questions from the audience for an hour. After the Q&A Johnson said he was "
             "“confident” of victory.", "confident", "Boris Johnson"),
            ("Papa John's (PJ) said it would close 40 restaurants in the UK.\n\n"
             "“This was a difficult decision,” PJ said in a statement.", "This was a difficult decision",
             "Papa John's")):
        assert_speaker(text, fragment, speaker)


def test_review_no_source_lost_and_none_made_up():
    assert records("Intro.\n\nSales of electric cars declined according to demand figures from the SMMT.",
                   "indirect") != []
    assert records("Intro.\n\n“Europe must wake up,” Mario Draghi said in an interview with the Bruegel think "
                   "tank.", "indirect") == []


def test_review_a_law_or_a_passing_regulator_is_nobody_who_speaks():
    union = find("The RMT said it would ballot members again despite the thresholds set by the Trade Union Act.\n\n"
                 "“We will not be silenced by anti-union laws,” the union said.", "We will not be silenced")
    assert union.speaker != "Trade Union Act"
    text = ("The Financial Conduct Authority has fined the lender £20m for mistreating customers in arrears. "
            "The firm, whose training academy was rated good by Ofsted last year, said it accepted the "
            "findings.\n\n“These failings were serious and prolonged,” the regulator said.")
    assert_speaker(text, "These failings were serious", "Financial Conduct Authority")


def test_review_a_former_office_or_two_judges_leave_the_quote_unattributed():
    for text, fragment in (
            ("Former Chief Minister B S Yediyurappa criticised the budget, saying it ignored farmers.\n\n"
             "“The budget is pro-poor,” the Chief Minister said in reply.", "The budget is pro-poor"),
            ("A drug dealer who ran a gang from his prison cell showed “total contempt for the law”, a judge "
             "said.\n\nJudge Jonathan Cooper had been due to sentence him but was replaced by Judge Ian Pringle "
             "KC after falling ill.", "total contempt for the law")):
        assert_speaker(text, fragment, None)


def test_review_the_person_answering_next_is_not_the_unnamed_office():
    text = ("Businessman jailed\n\n"
            "The judge said the fraud had been “cynical and sustained”.\n\n"
            "Devraj Malhotra told the court he was sorry for what he had done.")
    assert_speaker(text, "cynical and sustained", None)
    text = ("A fresh inquest into the death of a teenager in 1998 has found police failures contributed to his "
            "death, a coroner has said.\n\n"
            "Former coroner Peter Hughes, who held the original inquest, had recorded an open verdict.")
    assert_speaker(text, "police failures contributed", None)


def test_review_names_and_bodies_the_fixes_had_broken():
    for text, fragment, speaker in (
            ("Kim's Convenience creator speaks out\n\n"
             "Ins Choi said the show's final season had been “a painful chapter” for the cast.",
             "a painful chapter", "Ins Choi"),
            ("UAE and India sign trade pact\n\n"
             "Minister of State for Foreign Trade Thani bin Ahmed Al Zeyoudi said the agreement would “double "
             "non-oil trade within five years”.", "double non-oil trade", "Thani bin Ahmed Al Zeyoudi"),
            ("Police chief apologises\n\nActing Chief Constable Sarah Crew said the force had failed victims.\n\n"
             "“We are determined to put this right,” the Chief Constable said.", "We are determined", "Sarah Crew"),
            ("Cable channel sold\n\nA&E Networks said it had agreed to sell the channel for $500m.",
             "it had agreed to sell", "A&E Networks"),
            ("Waiting lists fall\n\nThe latest figures from the Royal College of Nursing's (RCN) survey show staff "
             "shortages are worsening.\n\nThe RCN said ministers must act now to end the shortages.",
             "ministers must act now", "Royal College of Nursing"),
            ("EU bans lead in PVC\n\nThe European Commission has adopted new limits on lead in plastics.\n\n"
             "The limits are set out in Commission Regulation 2023/923, which takes effect in May.\n\n"
             "“This will protect children and the environment,” the commission said.", "This will protect children",
             "European Commission")):
        assert_speaker(text, fragment, speaker)
    assert records("Murder inquiry continues\n\nDetective Chief Inspector Sarah Jones said the police know the "
                   "identity of the killer.", "indirect") != []
