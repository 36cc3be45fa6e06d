"""Police forces, bodies and what stands for them, offices beside names, and what the thirtieth
session (2026-12-02) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind earlier and studied in this session (texts kept outside the repository: their
licences are unknown). The near misses make each rule's guard fail a test when it is switched
off."""

from __future__ import annotations

from quote_text import assert_speaker, find, quotes_of

LEDE = "The council met on Monday to discuss the plans, officials said.\n\n"


# ---------------------------------------------------------------- who a pronoun means


def test_a_nation_s_adjective_alone_is_no_he():
    text = ("Waiting times rise\n\nA Welsh government spokesman said: “These figures are not acceptable.”\n\n"
            "He added that an extra £1.1bn had been invested in the Welsh NHS in the past two years.")
    assert_speaker(text, "an extra £1.1bn", None)


def test_a_ferry_firm_is_no_he():
    text = ("Ferry sailings cancelled\n\n"
            "Brian Anderson, the company's vice president of strategy, said 800 customers would be contacted.\n\n"
            "Anderson said the cancellations were needed for the maintenance schedule that BC Ferries keeps, which "
            "he called a “complicated ballet” involving most of the ships.")
    assert_speaker(text, "complicated ballet", "Brian Anderson")


# ---------------------------------------------------------------- bodies and what stands for them


def test_the_agency_is_still_the_latest_agency_named():
    text = ("The Louisiana Department of Wildlife and Fisheries said its agents were called at 5 p.m.\n\n"
            "The Coast Guard says it has suspended its search for the missing boater. "
            "The agency said law enforcement searched for the man until dark.")
    assert_speaker(text, "law enforcement searched", "Coast Guard")


def test_a_place_s_police_is_a_body_that_speaks():
    text = LEDE + ("A jet skidded off the runway as it taxied for takeoff, Suffolk County police said.\n\n"
                   "Danish police said a ferry docked in Rodby was searched.")
    assert_speaker(text, "A jet skidded off", "Suffolk County police")
    assert_speaker(text, "a ferry docked in Rodby", "Danish police")


def test_police_of_a_kind_or_after_an_opener_are_nobody_by_name():
    text = LEDE + ("State police said the lorry turned over on its side.\n\n"
                   "But police said a ferry docked in Rodby was searched.")
    assert_speaker(text, "the lorry turned over", None)
    assert_speaker(text, "a ferry docked in Rodby", None)


def test_an_acronym_inside_a_body_s_name_gives_all_its_letters():
    text = ("Figures from the NHS Blood and Transplant (NHSBT) health authority show that more people "
            "have pledged to donate.\n\n"
            "The number waiting has increased to almost 8,000 and is rising, according to NHSBT.")
    assert_speaker(text, "The number waiting", "NHS Blood and Transplant")


def test_initials_that_skip_a_word_s_letters_are_no_body_s_acronym():
    text = ("Figures from the NHS Blood and Transplant (NBHT) health authority show that more people "
            "have pledged to donate.\n\n"
            "The number waiting has increased to almost 8,000 and is rising, according to NBHT.")
    assert find(text, "The number waiting").speaker != "NHS Blood and Transplant"


def test_a_compass_point_opens_a_place_s_council_not_a_person_of_it():
    text = LEDE + ("Repair work was due later this year, but now East Riding of Yorkshire Council say the "
                   "bridge will shut on Thursday for two days.")
    assert_speaker(text, "the bridge will shut", "East Riding of Yorkshire Council")


def test_a_person_of_a_council_is_still_its_member():
    text = LEDE + "Repair work was due later this year, but now Ian Riding of Yorkshire Council says the bridge will shut."
    quote = find(text, "the bridge will shut")
    assert (quote.speaker, quote.organization) == ("Ian Riding", "Yorkshire Council")


def test_evidence_that_suggests_is_no_speaker():
    text = LEDE + "Evidence suggests that the whale died from a ship strike, NOAA said, based on its wounds."
    assert [q.speaker for q in quotes_of(text) if "ship strike" in q.text] == ["NOAA"]


def test_a_nation_s_two_word_adjective_owns_its_ministry():
    text = ("Climbers die\n\nNine climbers died on Mount Gurja on Friday, officials said.\n\n"
            "“A mountain expedition was swept off by strong winds at the base camp,” the South Korean foreign "
            "ministry said in a statement.")
    assert_speaker(text, "A mountain expedition", "South Korean foreign ministry")


def test_a_body_described_by_words_of_its_name_is_that_body():
    text = ("Blizzard hits\n\nThe National Weather Service issued a warning on Monday.\n\n"
            "Snow was due to fall in northern New York at up to 5cm an hour, the weather agency said.")
    assert_speaker(text, "Snow was due to fall", "National Weather Service")
    text = ("Blizzard hits\n\nThe National Weather Service issued a warning on Monday.\n\n"
            "Snow was due to fall in northern New York at up to 5cm an hour, the space agency said.")
    assert_speaker(text, "Snow was due to fall", None)


# ---------------------------------------------------------------- names, offices and what is glued to them


def test_a_welsh_first_name_opens_a_name_after_what_someone_is():
    text = LEDE + ("Churchman Geraint Hopkins said the ethos of donation as a free gift was endangered.\n\n"
                   "Pensioner Jim McCullar said he was watching the late news when the numbers came up.")
    assert_speaker(text, "the ethos of donation", "Geraint Hopkins")
    assert_speaker(text, "watching the late news", "Jim McCullar")


def test_a_critic_is_an_office_before_a_name():
    text = LEDE + ("NDP Health Critic Dave Wilson says the Liberals have broken their promise to cut wait times.\n\n"
                   "The Guardian's film critic Peter Bradshaw felt there might be a sweep of awards. “I hope that "
                   "voters will respond to the acting,” he said.")
    quote = find(text, "the Liberals have broken")
    assert (quote.speaker, quote.speaker_title) == ("Dave Wilson", "NDP Health Critic")
    assert_speaker(text, "I hope that voters", "Peter Bradshaw")


def test_an_office_s_domain_after_its_head_is_no_part_of_the_holder_s_name():
    text = LEDE + ("“This afternoon Council contacted local schools and emergency services,” Council Director "
                   "Infrastructure Phil Hoare said.")
    assert_speaker(text, "This afternoon Council", "Phil Hoare")


def test_at_large_after_an_office_is_no_part_of_the_name():
    text = ("Libraries to close\n\nBut City Councillors At-Large Felix Arroyo and Ayanna Pressley vowed to fight.\n\n"
            "“Today is not the end,” Arroyo said.")
    assert_speaker(text, "Today is not the end", "Felix Arroyo")


def test_australian_councillors_abbreviations_are_titles():
    text = ("Drought hits farms\n\nJamie Chaffey, the mayor, said help was coming.\n\n"
            "Council is also offering movie tickets to farmers, Clr Chaffey told Government News.\n\n"
            "Cr Chaffey said more help was on the way.")
    assert_speaker(text, "movie tickets", "Jamie Chaffey")
    assert_speaker(text, "more help was on the way", "Jamie Chaffey")


def test_an_office_s_initials_are_its_one_holder_not_a_body():
    text = ("Residents protest\n\n"
            "Alvin Orlando, a Member of the County Assembly representing Kitusuru, called on the governor to act. "
            "He noted threats faced by his officers.\n\n"
            "“My chief officers have faced threats,” the MCA declared.")
    assert_speaker(text, "My chief officers", "Alvin Orlando")


def test_an_office_s_initials_with_two_holders_name_nobody():
    text = ("Residents protest\n\n"
            "Alvin Orlando, a Member of the County Assembly for Kitusuru, said the plans were unlawful.\n\n"
            "Jane Wanjiru, a Member of the County Assembly for Karura, said residents had not been asked.\n\n"
            "“My chief officers have faced threats,” the MCA declared.")
    assert_speaker(text, "My chief officers", None)


def test_an_office_and_its_holder_before_a_list_of_names_is_his_alone():
    text = ("Inmates escape\n\nPolice say Michael Lewis and Joseph Spring were missing from the jail.\n\n"
            "According to Hinds County Sheriff Tyree Jones, Michael Lewis, 31, and Joseph Spring, 31, were missing "
            "from the detention centre during the morning headcount.\n\n"
            "Sheriff Jones says the two got out through an air duct in the recreation room.\n\n"
            "Spring was held on burglary charges. Lewis has been in the jail since December on a DUI charge.\n\n"
            "There have been no reports of them being spotted in the area, the sheriff said.")
    assert_speaker(text, "no reports of them being spotted", "Tyree Jones")


def test_an_office_before_its_holder_s_comma_is_still_his():
    text = ("Da Vinci row\n\n"
            "The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as a great thriller.\n\n"
            "Writing in the Northern Echo, the Bishop said: “Conspiracy theories are always fun to read.”")
    assert_speaker(text, "Conspiracy theories", "Tom Wright")


def test_a_stray_comma_after_an_office_and_its_holder_leaves_them_the_subject():
    text = ("Lighthouse to close\n\n"
            "Trinity House spokesman Emma Skingley, said: “We are looking at the future needs of mariners.”")
    assert_speaker(text, "future needs of mariners", "Emma Skingley")


def test_a_stray_comma_after_a_phrase_s_object_leaves_no_subject():
    text = ("Lighthouse to close\n\n"
            "After talks with Trinity House spokesman Emma Skingley, said: “We are looking at the future needs "
            "of mariners.”")
    assert_speaker(text, "future needs of mariners", None)


# ---------------------------------------------------------------- people beside bodies, families


def test_a_group_s_name_beside_what_it_is_is_no_speaker():
    text = ("Whales stranded again\n\n"
            "Louisa Hawkes, a spokeswoman for a nonprofit whale rescue group, Project Jonah, said the whales had "
            "gone deeper than on the first attempt.")
    assert_speaker(text, "the whales had gone deeper", "Louisa Hawkes")


def test_a_name_beside_an_office_or_after_a_body_s_description_is_still_the_speaker():
    office = "Labour split\n\nGordon Brown, the former chancellor, Zog Darling, said the party must change."
    body = "Labour split\n\nGordon Brown, the former head of the bank, Alistair Darling, said the party must change."
    assert_speaker(office, "the party must change", "Zog Darling")
    assert_speaker(body, "the party must change", "Alistair Darling")


def test_a_person_of_a_business_with_a_possessive_name_is_the_speaker():
    text = ("Bridge reopens\n\n"
            "“It’s great, the bridge is opening,” Brandon Ziegler of Ziegler’s RV, said.")
    quote = find(text, "the bridge is opening")
    assert (quote.speaker, quote.organization) == ("Brandon Ziegler", "Ziegler’s RV")


def test_a_surname_of_a_business_with_a_possessive_name_is_the_person():
    text = ("Bridge reopens\n\nBrandon Ziegler was at the ribbon cutting on Monday.\n\n"
            "“It’s great, the bridge is opening,” Ziegler of Ziegler’s RV said.")
    assert_speaker(text, "the bridge is opening", "Brandon Ziegler")


def test_a_family_named_by_its_surname_s_plural_is_no_one_person():
    text = ("Couple win lottery\n\nAdrian and Gillian Bayford won the jackpot on Friday.\n\n"
            "At a press conference on Tuesday, the Bayfords said they would share the winnings with friends.")
    assert_speaker(text, "share the winnings", None)


def test_a_surname_ending_in_s_is_still_its_bearer():
    text = ("Lottery win\n\nChris Evans presented the show on Friday.\n\n"
            "At a press conference on Tuesday, Evans said he would share the winnings with friends.")
    assert_speaker(text, "share the winnings", "Chris Evans")
    text = ("Royal visit\n\nPrince William visited the club on Monday.\n\n"
            "Williams said the team was ready for the new season.")
    assert_speaker(text, "the team was ready", "Williams")


# ---------------------------------------------------------------- the session's review


def test_review_remembered_that_inside_a_statement_leaves_it_the_statement_s():
    text = ("Arrest made\n\n"
            "A neighbour remembered that the suspect had driven a red van, Essex Police said in a statement on Friday.")
    assert_speaker(text, "the suspect had driven a red van", "Essex Police")


def test_review_an_adverb_or_a_kind_of_police_is_no_place_s_force():
    for opener in ("Afterwards", "Overnight", "Undercover", "Plainclothes"):
        text = f"Incident\n\nA man was found injured in the street. {opener} police said he had been assaulted."
        assert_speaker(text, "he had been assaulted", None)


def test_review_a_place_before_a_council_s_description_is_no_speaker():
    text = ("Council tax rise\n\n"
            "In Gwynedd, the leader of the council, Dyfrig Siencyn, said the increase was unavoidable.")
    assert_speaker(text, "the increase was unavoidable", "Dyfrig Siencyn")
    text = "Food banks\n\nIn Auckland, a local charity, Kidz First, said demand had doubled since March."
    assert_speaker(text, "demand had doubled", "Kidz First")


def test_review_the_agency_is_the_agency_not_a_department_named_later():
    text = ("Hurricane aid\n\nFEMA, the Federal Emergency Management Agency, has sent 500 staff to Florida. "
            "The Department of Homeland Security said more would follow. The agency said shelters were open in 12 "
            "counties.")
    assert_speaker(text, "shelters were open", "Federal Emergency Management Agency")


def test_review_a_name_men_mostly_bear_is_no_she_while_a_woman_is_about():
    text = ("Uber appeal\n\nHeidi Alexander, the transport secretary, met Dara Khosrowshahi on Tuesday. "
            "Khosrowshahi told reporters that Uber would appeal against the decision. "
            "“We will look at any appeal very carefully,” she said.")
    assert find(text, "any appeal very carefully").speaker != "Dara Khosrowshahi"


def test_review_a_titled_surname_is_no_double_barrelled_name_s_second_part():
    text = ("Right-back fined\n\nTrent Alexander-Arnold was fined £2,000 for speeding. "
            "“You were travelling at 52mph in a 30 zone,” District Judge Arnold told the court.")
    assert find(text, "You were travelling").speaker != "Trent Alexander-Arnold"


def test_review_a_welsh_health_board_and_an_indian_agency_are_no_first_names():
    text = ("Hospital changes\n\nHealth chiefs at Hywel Dda said the plans would improve care.")
    assert_speaker(text, "the plans would improve care", None)
    text = ("Blast probe\n\nAn NIA spokesperson said the agency had taken over the case from the Karnataka police.")
    assert find(text, "taken over the case").organization == "NIA"


def test_review_blamed_gives_no_one_the_words_of_others_in_its_sentence():
    text = "Rail chaos\n\nMark Harper blamed the unions, who had called the offer “an insult”, for the disruption."
    assert_speaker(text, "an insult", None)


def test_review_a_company_named_after_its_founder_keeps_its_office():
    text = ("Fashion\n\nVictoria Beckham has put more of her own money into her label. The Chief Executive of "
            "Victoria Beckham, Marie Leblanc Wheatley, said losses had narrowed. The chief executive said the "
            "brand would break even next year.")
    assert_speaker(text, "the brand would break even", "Marie Leblanc Wheatley")


def test_review_a_friend_of_a_business_owner_is_not_the_owner():
    text = "Fire\n\nA friend of Tom Baxter of Baxter’s Garage said the family had lost everything in the blaze."
    assert_speaker(text, "lost everything", None)


def test_review_an_honorific_before_a_nation_s_adjective_makes_a_surname():
    text = ("Dog attack\n\nA postman was bitten twice on his round in Leith. Mr Welsh, 54, needed stitches in "
            "his hand. “I have never been so scared,” he said.")
    assert_speaker(text, "never been so scared", "Welsh")


def test_review_remembered_before_a_quotation_is_no_cue():
    text = ("Holocaust Memorial Day\n\n"
            "Survivor Lily Ebert remembered the sign over the gate at Auschwitz, “Arbeit macht frei”.")
    assert_speaker(text, "Arbeit macht frei", None)


def test_review_an_opener_or_a_kind_before_a_place_s_police_is_no_part_of_it():
    for text in ("Crash\n\nA lorry overturned near Maidstone. Later Kent police said two people had been hurt.",
                 "Coup\n\nSoldiers took over the broadcaster. Civilian police said two people had been hurt.",
                 "Raids\n\nThree men were arrested. Counter Terrorism police said two people had been hurt."):
        assert_speaker(text, "two people had been hurt", None)


def test_review_a_name_men_mostly_bear_is_no_she_beside_a_woman_in_a_by_phrase():
    text = ("Council\n\nTerry Lomax was thanked by Mayor Janet Hobbs for his 30 years of service. "
            "“He has been the heart of this council,” she said.")
    assert find(text, "the heart of this council").speaker != "Terry Lomax"


def test_review_people_of_someone_in_a_place_are_not_that_someone():
    text = ("Plane crash\n\nAir France has been cleared over the 2009 crash. Relatives of Pedro Souza in Rio de "
            "Janeiro said they would appeal against the verdict.")
    assert_speaker(text, "they would appeal", None)


def test_review_her_rival_before_a_name_keeps_him_a_person():
    text = ("US election\n\nKamala Harris has accused her rival Trump of threatening democracy. Trump dismissed "
            "the claim at a rally in Georgia. “She is the threat,” he said.")
    assert_speaker(text, "She is the threat", "Trump")


def test_review_an_office_of_a_body_named_after_a_person_keeps_its_holder():
    text = ("Southbank reopening\n\nThe Director of the Queen Elizabeth Hall, Gillian Moore, welcomed the first "
            "audience in three years on Friday. The director said the hall now had the best acoustics in London.")
    assert_speaker(text, "the best acoustics", "Gillian Moore")


def test_review_two_places_police_or_a_kind_of_police_are_no_one_force():
    for text in ("County lines\n\nEleven people were arrested. Kent and Essex police said the operation had "
                 "targeted a drugs network.",
                 "Deportation flight\n\nA flight left Stansted. Immigration police said the operation had "
                 "targeted a drugs network.",
                 "County lines\n\nEleven people were arrested. Neighbouring Surrey police said the operation had "
                 "targeted a drugs network."):
        assert_speaker(text, "the operation had targeted", None)


def test_review_an_office_s_initials_are_no_holder_of_another_body_s_office():
    text = ("No charges\n\nThe Director of Public Prosecutions (DPP) has decided not to bring charges. Sarah Grant, "
            "director of the campaign group Justice for Jamie, called the decision “a betrayal”. The DPP said there "
            "was insufficient evidence to secure a conviction.")
    assert_speaker(text, "insufficient evidence", "Director of Public Prosecutions")
