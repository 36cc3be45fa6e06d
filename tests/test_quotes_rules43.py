"""Names inside offices, lists and family words, and what the twenty-ninth session (2026-12-02)
found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind earlier and studied in this session (texts kept outside the repository: their
licences are unknown). The near misses make each rule's guard fail a test when it is switched
off."""

from __future__ import annotations

from quote_text import assert_speaker, find, records

LEDE = "The council met on Monday to discuss the plans, officials said.\n\n"


# ---------------------------------------------------------------- offices and their holders


def test_a_chief_executive_in_a_capitalised_dateline_keeps_the_office_in_capitals():
    text = ("Uranium output to fall\n\n"
            "ASTANA. KAZINFORM CEO of Kazatomprom Askar Zhumagaliyev has announced on Tuesday that uranium "
            "production in Kazakhstan will be cut by a tenth.\n\n"
            "“We have had to make responsible decisions,” Zhumagaliyev says.")
    assert_speaker(text, "uranium production in Kazakhstan", "Askar Zhumagaliyev")
    assert_speaker(text, "We have had to make", "Askar Zhumagaliyev")


def test_a_name_then_its_office_of_state_is_the_holder_not_the_office():
    text = LEDE + ("Michael Gove MP Secretary of State for Housing has said that councils could be given new "
                   "powers over short lets.")
    quote = find(text, "councils could be given")
    assert (quote.speaker, quote.speaker_title) == ("Michael Gove", "Secretary of State for Housing")


def test_a_name_then_an_office_of_a_body_keeps_the_body():
    text = LEDE + "John Smith Director of Public Health said that the clinics would stay open over the winter."
    quote = find(text, "the clinics would stay open")
    assert (quote.speaker, quote.speaker_title, quote.organization) == ("John Smith", "Director", "Public Health")


def test_secretary_of_state_is_one_office_not_a_post_in_a_state():
    text = LEDE + ("Michael Gove, Secretary of State for Housing, has said that councils could be given new "
                   "powers over short lets.\n\n"
                   "Damian Green, Minister of State at the Home Office, said that the checks would continue.")
    first = find(text, "councils could be given")
    assert (first.speaker_title, first.organization) == ("Secretary of State for Housing", None)
    second = find(text, "the checks would continue")
    assert (second.speaker, second.speaker_title, second.organization) == ("Damian Green", "Minister of State", "Home Office")


def test_a_gerund_that_opens_a_department_s_domain_stays_in_its_name():
    text = LEDE + ("The Department of Levelling Up, Housing and Communities said that councils would be told "
                   "about the change this week.")
    assert_speaker(text, "councils would be told", "Department of Levelling Up, Housing and Communities")


def test_a_gerund_before_an_ampersand_is_no_word_to_drop_from_a_body():
    text = LEDE + "Housing & Communities has said that local authorities could be given discretionary powers."
    assert_speaker(text, "local authorities could be given", "Housing & Communities")


def test_a_patrolman_s_rank_is_his_title_not_his_name():
    text = ("At about 6 a.m. Sunday, Wellfleet Patrolman Jerre Austin, who was working an overnight shift, "
            "said he saw \"plenty\" of sharks near the beach.")
    quote = find(text, "plenty")
    assert (quote.speaker, quote.speaker_title) == ("Jerre Austin", "Wellfleet Patrolman")


# ---------------------------------------------------------------- names and family words


def test_mum_before_a_first_name_is_what_her_family_calls_her():
    text = ("Natasha Ednan-Laperouse died in 2016 after eating a baguette.\n\n"
            "Her mother Tanya said: “Nothing can bring Natasha back.”\n\n"
            "Mum Tanya said: “She would be very proud.”\n\n"
            "Dad Nadim added: “It is a fitting tribute.”")
    assert_speaker(text, "Nothing can bring", "Tanya")
    assert_speaker(text, "She would be very proud", "Tanya")
    assert_speaker(text, "It is a fitting tribute", "Nadim")


def test_a_first_name_both_sexes_bear_opens_a_three_word_name_after_a_cue():
    text = "“We must not be left out,” said NAD President Bobbie Beth Scoggins.\n\n“Netflix can do better,” said Bobbie Jo Smith."
    assert_speaker(text, "We must not be left out", "Bobbie Beth Scoggins")
    assert_speaker(text, "Netflix can do better", "Bobbie Jo Smith")


# ---------------------------------------------------------------- nouns that look like cues


def test_states_after_a_quantity_is_a_noun_not_a_speech_act():
    text = ("Several states regulate body piercing of minors, with most requiring parental consent.\n\n"
            "Three reports claim that the studios were unlicensed.")
    assert all(speaker not in ("Several", "Three") for speaker, _ in records(text))


def test_states_after_a_name_is_still_a_speech_act():
    text = "Governor Kathy Hochul states that the new rules will take effect in March next year."
    assert_speaker(text, "the new rules will take effect", "Kathy Hochul")


# ---------------------------------------------------------------- sources that are no person


def test_a_one_word_source_after_according_to_is_no_he():
    text = ("Celebrity chef Jamie Oliver’s restaurants have gone into administration.\n\n"
            "According to Metro, some employees only learned about the closures on Tuesday.\n\n"
            "In the leaked email, the distraught chef admitted that it was not his decision.\n\n"
            "“I’m absolutely devastated,” he wrote.")
    assert find(text, "I’m absolutely devastated").speaker != "Metro"


def test_a_surname_after_according_to_is_still_the_person_he_means():
    text = ("Finance minister Peter Kazimir presented the budget on Monday.\n\n"
            "According to Kazimir, the deficit will fall below 3% next year.\n\n"
            "“We have done our homework,” he said.")
    assert_speaker(text, "We have done our homework", "Peter Kazimir")


def test_a_platform_before_a_comma_is_no_name_the_apposition_describes():
    text = ("Marc Wilkinson is to close his restaurant Fraiche after 18 years of trading.\n\n"
            "Announcing the news on Facebook, the chef said it was not the end of Fraiche, but “a change in my direction”.")
    assert find(text, "a change in my direction").speaker != "Facebook"


def test_a_fronted_platform_is_no_subject_of_a_participle_cue():
    text = ("Chef André Chiang is closing his restaurant.\n\n"
            "On Instagram, Chiang responded to the flood of shocked reactions in the wake of the closing "
            "announcement, telling André fans, "
            "“Please don't be sad, because I'm happy.”")
    assert_speaker(text, "Please don't be sad", "André Chiang")


# ---------------------------------------------------------------- where people work


def test_an_office_before_the_name_then_at_a_firm_is_the_person_not_the_firm():
    text = ("De Beers forecast moderate growth in demand.\n\n"
            "Diamond analyst Edward Sterck at BMO Capital Markets said these countries were the industry's "
            "two big growth markets.")
    quote = find(text, "these countries were")
    assert (quote.speaker, quote.organization) == ("Edward Sterck", "BMO Capital Markets")


def test_a_verb_before_a_titled_name_at_a_firm_keeps_the_name_an_object():
    text = ("Documents seen by analyst Edward Sterck at BMO Capital Markets said the mine would close within "
            "the year.")
    assert find(text, "the mine would close").speaker != "Edward Sterck"


def test_a_region_of_an_office_then_at_a_body_leaves_the_body_whole():
    text = ("Clare Howarth, head of the north of England at Diabetes UK, described the figures as shocking.\n\n"
            "The charity said that a matter of hours can make the difference between losing a foot and keeping one.")
    assert_speaker(text, "a matter of hours", "Diabetes UK")


def test_a_body_at_a_university_stays_one_organization():
    text = ("Helmut Schneider, director of the Institute for the Study of Labour at Bonn University, said that "
            "labour was too costly in Germany.")
    assert find(text, "labour was too costly").organization == "Institute for the Study of Labour at Bonn University"


def test_an_honorific_after_an_office_opens_the_next_name():
    text = ("Minister of Pilgrimage Dr. Mahmoud Safar today stated the Kingdom would never allow any procession.\n\n"
            "Dr. Safar praised the adherence of Islamic countries to the quotas. Stating that too many people at "
            "Mina would cause problems, he said: “It is better to allow a limited number of pilgrims.”")
    assert_speaker(text, "It is better to allow", "Mahmoud Safar")


def test_a_nationality_and_a_noun_modifying_a_plural_is_nobody_s_name():
    text = ("The Minister of Religious Affairs Yaqut Cholil Qoumas has said that Saudi Arabia will provide a quota "
            "of just two thousand for Indonesian Hajj officers organizing the pilgrimage.\n\n"
            "Moreover, the Hajj quota given by Saudi Arabia for pilgrims is the same as in 2023.\n\n"
            "“4,200 is still not enough,” he said.")
    assert_speaker(text, "4,200 is still not enough", "Yaqut Cholil Qoumas")


# ---------------------------------------------------------------- a couple named together


def test_a_couple_s_surname_that_is_a_first_name_too_is_still_their_surname():
    text = ("The ordinance failed last week, much to the relief of owners James and Alexis Spencer.\n\n"
            "“I think it is completely absurd,” James said.\n\n"
            "Mayor James Watts said before the vote that the hours should be removed.")
    assert find(text, "I think it is completely absurd").speaker != "James Watts"


def test_a_surname_that_is_a_first_name_before_a_capital_opens_another_name():
    text = ("The award went to Mary and Jane Spencer Smith, the organisers said.\n\n"
            "“We are thrilled,” Mary said.")
    assert find(text, "We are thrilled").speaker != "Mary Spencer"


# ---------------------------------------------------------------- titles with "&", and laws


def test_a_firm_s_name_with_an_ampersand_before_an_office_still_opens_the_subject():
    text = ("Henry Randle runs a shop.\n\n"
            "B & M Pawn Shop owner Richard Luker, uses a system of questions to get an idea if the item is "
            "stolen or not, but he says there is no fool proof way of knowing.")
    assert_speaker(text, "there is no fool proof way", "Richard Luker")


def test_a_bill_is_no_organization_that_claims():
    text = ("A bailiff will be able to enter homes under new legislation, consumer charity Citizens Advice has warned.\n\n"
            "Describing the Tribunals, Courts and Enforcement Bill as \"a recipe for abuse\", the charity's chief "
            "executive David Harker cautioned that vulnerable people could suffer.\n\n"
            "Almost two thirds of bailiffs were guilty of harassment in the cases it saw, the charity claims.")
    assert find(text, "Almost two thirds").speaker != "Enforcement Bill"


def test_an_act_opening_a_sentence_is_no_speaker_of_the_next_quotation():
    text = ("The charity fully supports the Deaf Association’s (BDA) call for a British Sign Language (BSL) Act.\n\n"
            "Speaking to the House of Lords Select Committee on the Equality Act  2010 and Disability – the first "
            "hearing held in sign language – Terry Riley and David Buxton of the BDA said a BSL Act is needed to\n\n"
            "• recognise BSL as an official language of the UK, making access in it a legal right;\n\n"
            "“It’s time it was recognised that BSL is a necessity. For many people it is the only option.\n\n"
            "As we said in September when we gave evidence to the inquiry, we don’t think more equality law is "
            "needed. Whilst the Equality Act may be imperfect, the mechanisms exist.\n\n"
            "“What is needed is legal recognition of the language. A commissioner will help challenge "
            "discrimination. And they will help us spread the word.")
    assert find(text, "What is needed").speaker != "Equality Act"


# ---------------------------------------------------------------- offices that open a sentence


def test_an_office_opening_the_sentence_of_a_participle_cue_is_its_named_holder():
    text = ("The coronation was led by the Archbishop of Canterbury, Justin Welby. In his first prayer, the King "
            "stated, “I come not to be served, but to serve.” The Archbishop opened his sermon by proclaiming, "
            "“We are here to crown a King.”")
    assert_speaker(text, "We are here to crown a King", "Justin Welby")


def test_an_office_nobody_holds_in_the_text_names_no_one():
    text = ("The coronation drew crowds to London on Saturday.\n\n"
            "The Archbishop opened his sermon by proclaiming, “We are here to crown a King.”")
    assert_speaker(text, "We are here to crown a King", None)


# ---------------------------------------------------------------- a clause before a participle, an unnamed resident


def test_a_clause_with_its_own_subject_before_a_participle_is_the_participle_s():
    text = ("Japan will leave the whaling commission.\n\n"
            "In the town of Taiji, Wakayama Prefecture, which is said to be the place where whaling began, Mayor "
            "Kazutaka Sangen welcomed the move, saying: “We need to protect coastal whaling.”")
    assert_speaker(text, "We need to protect coastal whaling", "Kazutaka Sangen")


def test_a_relative_clause_listing_titles_still_ends_before_the_cue():
    text = ("Hollywood star Liam Neeson held a dinner to promote the Lyric Theatre.\n\n"
            "The Oscar-nominated actor, whose films include Schindler's List, Michael Collins and Star Wars: The "
            "Phantom Menace, said: \"The Lyric is too important to crumble.\"")
    assert_speaker(text, "The Lyric is too important", "Liam Neeson")


def test_he_after_an_unnamed_resident_of_the_town_is_not_the_mayor():
    text = ("Mayor Kazutaka Sangen welcomed the move.\n\n"
            "A male resident of the town said, “People have long been waiting.” However, he was concerned about "
            "the reactions of Europe, saying: “The opinion against whaling will not change.”")
    assert_speaker(text, "The opinion against whaling", None)


def test_a_spell_of_something_is_no_unnamed_speaker():
    text = ("England lost at Twickenham.\n\n"
            "A spell of tit-for-tat kicking emphasised the caution on both sides, until England refused a "
            "possible three points.")
    assert records(text) == []


# ---------------------------------------------------------------- lower-case offices with their closing comma lost


def test_a_lower_case_office_of_a_described_body_then_the_cue_is_the_name_s():
    text = ("Salmon farms face protests.\n\n"
            "Tavish Scott, chief executive of industry body Salmon Scotland claims the industry is being "
            "subjected to intimidatory tactics from extreme activists.")
    quote = find(text, "the industry is being subjected")
    assert (quote.speaker, quote.speaker_title, quote.organization) == ("Tavish Scott", "chief executive", "Salmon Scotland")


def test_a_place_before_a_lower_case_office_names_nobody():
    text = ("Union members met on Monday.\n\n"
            "In Chester, head of the union Unite North West claims the plan is wrong and will cost jobs.")
    assert find(text, "the plan is wrong").speaker != "Chester"


def test_an_apposition_s_body_ends_at_the_verb_in_the_present():
    text = ("Salmon farms face protests.\n\n"
            "Tavish Scott, chief executive of Salmon Scotland claims the industry is being subjected to "
            "intimidatory tactics.")
    assert find(text, "the industry is being subjected").organization == "Salmon Scotland"


def test_an_apposition_s_body_ends_before_an_aside_in_dashes():
    text = ("File-sharing networks face a backlash.\n\n"
            "Paul Myers, chief executive of Wippit - a service which provides paid-for music downloads - believes "
            "it is time advertisers stopped. \"You may be surprised,\" he said.")
    assert find(text, "You may be surprised").organization == "Wippit"


# ---------------------------------------------------------------- newspapers as sources


def test_the_guardian_and_the_nikkei_are_newspapers_not_nationalities():
    text = ("Nuclear restart nears.\n\n"
            "The governor will approve the restart of the plant as soon as Friday, the Nikkei reported.\n\n"
            "The court ruled against the company on Tuesday, the Guardian reported.")
    assert_speaker(text, "The governor will approve", "Nikkei")
    assert_speaker(text, "The court ruled against", "Guardian")


def test_a_nationality_before_newspaper_is_no_paper_s_name():
    text = ("Nuclear restart nears.\n\n"
            "The governor will hold a press conference on Friday, Bloomberg reported.\n\n"
            "The Japanese newspaper said the governor would approve the restart if the assembly agrees.")
    assert find(text, "the governor would approve").speaker not in ("Japanese", "Japanese newspaper")


def test_a_reporter_s_words_after_the_attribution_are_no_part_of_the_clause():
    text = ("Nuclear restart nears.\n\n"
            "The governor will approve the restart of the plant on Friday, Reuters reported, citing sources.\n\n"
            "The assembly will vote next week, the Nikkei reported, a verdict that holds huge significance.\n\n"
            "The assembly may delay the vote, the Nikkei reported, without saying where it got the information.")
    assert records(text, "indirect") == [("Reuters", "The governor will approve the restart of the plant on Friday"),
                                         ("Nikkei", "The assembly will vote next week"),
                                         ("Nikkei", "The assembly may delay the vote")]


def test_the_company_after_a_paper_reports_is_not_the_paper():
    text = ("A court has ruled that OpenAI’s ChatGPT violated German copyright laws, The Guardian reports.\n\n"
            "During the case, OpenAI argued that its models absorb entire training sets. The company also "
            "contended that its users should be held liable for the output.")
    assert find(text, "its users should be held liable").speaker != "Guardian"


# ---------------------------------------------------------------- offices set off by commas, holders named after the verb


def test_an_office_set_off_before_a_trailing_name_is_its_title_and_ends_the_clause():
    text = ("The decision killed the sector, finance minister, Patrick Chinamasa, has said.\n\n"
            "According to the minister, the sector is \"dead\" and is not contributing.")
    quote = find(text, "The decision killed the sector")
    assert (quote.speaker, quote.speaker_title, quote.text) == ("Patrick Chinamasa", "finance minister", "The decision killed the sector")
    assert_speaker(text, "the sector is", "Patrick Chinamasa")


def test_a_minister_named_after_the_verb_is_not_the_minister_who_speaks():
    text = ("Diamond output fell again last year, officials said.\n\n"
            "The minister said he was working hard with mines minister Walter Chidhakwa to turn around the sector.")
    assert find(text, "he was working hard").speaker != "Walter Chidhakwa"


def test_a_holder_named_before_the_verb_in_the_same_sentence_is_still_the_office_s():
    text = ("The trial opened on Monday.\n\n"
            "The prosecutor, Sue Hemming, said the case against the men was strong.")
    assert_speaker(text, "the case against the men was strong", "Sue Hemming")


def test_a_conference_of_a_domain_is_a_body_not_a_person_of_it():
    text = ("Piercing rules vary.\n\n"
            "Most states require parental consent, according to the National Conference of State Legislatures.")
    assert_speaker(text, "Most states require parental consent", "National Conference of State Legislatures")


def test_a_surname_with_junior_after_it_is_the_full_name_s():
    text = ("Michel Roux Jr announces closure of his restaurant\n\n"
            "Chef Michel Roux Jr is closing his two Michelin-starred restaurant after 56 years.\n\n"
            "Roux Jr, who has appeared on many TV cooking shows, said he wanted to spend \"more time with his family\".")
    assert_speaker(text, "more time with his family", "Michel Roux Jr")


def test_an_office_of_a_body_named_with_its_own_of_leaves_the_name_after_it_whole():
    text = ("Deputy Governor of the Central Bank of Ireland Vasileios Madouros delivered the lecture today.\n\n"
            "“It has been a decade since the measures came in,” Madouros said.")
    assert_speaker(text, "It has been a decade", "Vasileios Madouros")


def test_an_office_of_an_owner_s_unit_leaves_the_name_after_it_whole():
    text = ("China landed on Mars.\n\n"
            "Deputy Head of NASA’s Science Mission Directorate Thomas Zurbuchen last Saturday congratulated China.\n\n"
            "“Together we hope this mission will contribute,” Zurbuchen said.")
    assert_speaker(text, "Together we hope", "Thomas Zurbuchen")


# ---------------------------------------------------------------- names, titles and acronyms


def test_an_emperor_is_a_title_before_his_name():
    text = ("Japan has a new emperor.\n\n"
            "\"I pledge to act according to the Constitution,\" New Japanese Emperor Naruhito said.")
    quote = find(text, "I pledge to act")
    assert (quote.speaker, quote.speaker_title) == ("Naruhito", "Japanese Emperor")


def test_an_acronym_with_a_letter_from_inside_a_word_names_its_body():
    text = ("The Japan Aerospace Exploration Agency (JAXA) on Friday said its lander had reached the Moon.\n\n"
            "\"Communication has been established since landing,\" JAXA said.")
    assert_speaker(text, "Communication has been established", "Japan Aerospace Exploration Agency")


def test_an_acronym_whose_letters_the_name_does_not_hold_in_order_is_no_definition():
    text = ("Officials met at the Japan Aerospace Exploration Agency (NASA) offices on Friday.\n\n"
            "\"We are working together,\" NASA said.")
    assert find(text, "We are working together").speaker != "Japan Aerospace Exploration Agency"


# ---------------------------------------------------------------- an answer, a relative by first name, a business at a place


def test_she_replied_is_whom_the_question_was_put_to():
    text = ("Bethany Eaton, the managing director of the firm, gave evidence at the inquest.\n\n"
            "Maria Voisin, the senior coroner for Avon, asked Ms Eaton whether she considered testing the starch.\n\n"
            "She replied: \"We never tested the product because I was assured it was allergen-free.\"")
    assert_speaker(text, "We never tested the product", "Bethany Eaton")


def test_she_said_after_a_question_is_still_the_last_subject():
    text = ("Bethany Eaton, the managing director of the firm, gave evidence at the inquest.\n\n"
            "Maria Voisin, the senior coroner for Avon, asked Ms Eaton whether she considered testing the starch.\n\n"
            "She said: \"I will record a narrative conclusion.\"")
    assert find(text, "I will record a narrative conclusion").speaker != "Bethany Eaton"


def test_he_replied_after_a_question_to_a_woman_is_not_hers():
    text = ("Bethany Eaton and John Smith gave evidence at the inquest.\n\n"
            "The coroner, Maria Voisin, asked Ms Eaton whether she considered testing the starch.\n\n"
            "He replied: \"We never tested it.\"")
    assert find(text, "We never tested it").speaker != "Bethany Eaton"


def test_a_husband_named_by_first_name_alone_is_no_she():
    text = ("Celia Marsh died after eating a wrap, a coroner has concluded.\n\n"
            "Senior Avon Coroner Maria Voisin summarised the evidence.\n\n"
            "Celia's husband Andy described how his wife had struggled to breathe.\n\n"
            "Today, the coroner closed the inquest. She said: \"Celia was allergic to milk.\"")
    assert find(text, "Celia was allergic to milk").speaker != "Andy"


def test_a_daughter_named_by_first_name_alone_is_still_a_she():
    text = ("The family paid tribute on Monday.\n\n"
            "Celia's daughter Alex described her as a kind woman.\n\n"
            "\"She was the best mother,\" she said.")
    assert_speaker(text, "She was the best mother", "Alex")


def test_a_person_of_a_business_at_a_place_is_the_subject():
    text = ("Tattoo owners are angry about the new rules.\n\n"
            "Shane Smith of The Inksmith at New Lambton described the state government move as “a cash grab”.")
    quote = find(text, "a cash grab")
    assert (quote.speaker, quote.organization) == ("Shane Smith", "Inksmith")


# ---------------------------------------------------------------- the session's review


def test_review_a_man_called_bill_is_no_bill():
    text = ("The pantry now serves more than 400 families a week.\n\n"
            "\"We have never seen lines like this,\" Pastor Bill said as he stacked cans.")
    assert_speaker(text, "We have never seen lines", "Bill")
    text = ("House prices rose for a third month in a row in March.\n\n"
            "\"Demand is running ahead of supply,\" said Tom Bill, head of UK residential research at Knight Frank.")
    assert_speaker(text, "Demand is running ahead", "Tom Bill")


def test_review_mam_is_a_khmer_surname_not_a_mother():
    text = ("A Cambodian court on Tuesday freed the owner of an independent radio station.\n\n"
            "\"I am happy to be free,\" Mam Sonando told reporters outside the prison gates.")
    assert_speaker(text, "I am happy to be free", "Mam Sonando")


def test_review_a_person_after_according_to_is_still_whom_he_means():
    text = ("The death toll from a landslide in Central Java rose to 24 on Wednesday.\n\n"
            "According to Sutopo, a spokesman for the National Disaster Mitigation Agency, another 84 people are "
            "still missing.\n\n"
            "\"The soil is still unstable,\" he said.")
    assert_speaker(text, "The soil is still unstable", "Sutopo")


def test_review_a_father_of_two_claims_is_a_speech_act():
    text = ("Health Secretary Wes Streeting has promised to end corridor care within five years.\n\n"
            "But in Birmingham, a father of two claims he was left on his kitchen floor for nine hours.\n\n"
            "\"I was lying there in agony the whole time,\" he said.")
    assert find(text, "I was lying there").speaker != "Wes Streeting"


def test_review_a_first_name_ending_like_a_nationality_keeps_the_mention():
    text = ("Police dispersed hundreds of Nitish Kumar supporters outside the assembly on Monday.\n\n"
            "\"The people of Bihar will give their answer,\" Kumar told reporters.")
    assert_speaker(text, "The people of Bihar", "Nitish Kumar")


def test_review_a_name_opening_on_to_is_no_fronted_phrase():
    text = ("Vietnam will speed up the construction of a high-speed railway, its top leader said on Tuesday.\n\n"
            "To Lam, the general secretary of the ruling Communist Party, told a conference in Hanoi that growth "
            "must reach at least 8 percent next year.")
    assert (find(text, "growth must reach").speaker or "").endswith("Lam")  # (the name read as "Lam" either way)


def test_review_a_couple_of_the_regulars_are_no_one_person():
    text = ("A man has been charged with arson after a fire destroyed a historic pub.\n\n"
            "Detective Inspector Paul Scott said the building had been deliberately lit.\n\n"
            "A couple of the regulars said the fire had started near the back door.\n\n"
            "\"We are appealing for anyone with dashcam footage to come forward,\" he said.")
    assert_speaker(text, "We are appealing", "Paul Scott")


def test_review_the_president_of_another_body_is_not_the_president_named():
    text = ("Leaders agreed on Saturday to tighten sanctions, as U.S. President Joe Biden announced new aid.\n\n"
            "Biden said the United States would back a joint effort to train pilots.\n\n"
            "The President of the European Commission opened her news conference by saying, "
            "\"Russia must pay for the destruction it has caused.\"")
    assert find(text, "Russia must pay").speaker != "Joe Biden"


def test_review_the_mayor_where_two_mayors_are_named_is_nobody_for_sure():
    text = ("Mayors from across the north met in Manchester on Friday.\n\n"
            "Greater Manchester Mayor Andy Burnham said the region had waited too long. West Yorkshire Mayor "
            "Tracy Brabin also spoke.\n\n"
            "The Mayor ended his speech by saying, \"The north will not be ignored any longer.\"")
    assert find(text, "The north will not be ignored").speaker != "Tracy Brabin"


def test_review_rangers_is_a_club_not_a_rank():
    text = ("Rangers have been fined after fans set off pyrotechnics.\n\n"
            "\"The behaviour of a small minority is letting everyone down,\" said supporters' club chairman "
            "Jim Smith, Rangers.")
    assert find(text, "The behaviour of a small minority").speaker_title != "Rangers"


def test_review_a_news_outlet_the_text_names_so_is_no_he():
    text = ("Estonian Interior Minister Lauri Läänemets said on Thursday Russia had extended the measure to Estonia, "
            "according to news outlet Delfi.\n\n"
            "“Russia lets them pass without any reason,” he said.")
    assert_speaker(text, "Russia lets them pass", "Lauri Läänemets")


def test_review_an_aside_after_a_parenthetical_cue_is_no_reporter_s_tail():
    text = ("The chancellor set out plans to overhaul the tax system in a speech on Tuesday.\n\n"
            "Britain needed, Reeves argued, a tax system that rewards work and investment rather than speculation.\n\n"
            "The club would, the manager said, without doubt be back in the top flight within two seasons.")
    clauses = [clause for _, clause in records(text, "indirect")]
    assert "Britain needed" not in clauses and any("without doubt be back" in clause for clause in clauses)


def test_review_the_guardian_newspaper_reported_is_the_guardian():
    text = ("The BBC faces fresh questions over its handling of complaints.\n\n"
            "The corporation was warned about the presenter's behaviour as early as 2019, the Guardian newspaper "
            "reported on Sunday.")
    assert_speaker(text, "The corporation was warned", "Guardian")


def test_review_a_title_of_claims_is_an_office():
    text = ("Motor insurance premiums have fallen for the first time in three years.\n\n"
            "Jane Meakin, claims director at Direct Line, said repair costs were finally starting to level off.")
    quote = find(text, "repair costs were finally")
    assert (quote.speaker, quote.speaker_title, quote.organization) == ("Jane Meakin", "claims director", "Direct Line")


def test_review_metro_in_a_longer_name_is_a_person_s():
    text = ("The record producer behind many hits has announced a world tour.\n\n"
            "Metro Boomin told Billboard that the tour would begin in Atlanta in May. He said he had been "
            "\"working on the show for two years\".")
    assert_speaker(text, "working on the show for two years", "Metro Boomin")


def test_review_a_reply_after_another_person_comes_in_is_not_the_asked_one_s():
    text = ("The Prime Minister's remarks drew a sharp reaction on Monday.\n\n"
            "At a press conference, a journalist asked Mr Modi whether the government would withdraw the laws. "
            "The question went unanswered.\n\n"
            "Congress leader Rahul Gandhi later took to Twitter. He responded: \"The farmers will not be silenced.\"")
    assert find(text, "The farmers will not be silenced").speaker != "Modi"


def test_review_a_daughter_of_a_surname_the_text_names_in_full_shares_it():
    text = ("The family of Kevin Lewis, who died after being restrained by police, have called for an inquiry.\n\n"
            "Lewis's daughter Amy said the family had waited four years for answers.\n\n"
            "Amy said: \"We just want the truth about what happened to our dad.\"")
    assert_speaker(text, "We just want the truth", "Amy Lewis")


def test_review_a_man_called_bill_with_a_fan_club_is_no_bill():
    text = ("The diner reopened on Saturday to long queues, organisers of the Diner Bill fan club said.\n\n"
            "Diner Bill said: \"I never thought I would see so many people here again.\"")
    assert find(text, "I never thought I would see").speaker is not None


def test_review_metro_alone_after_metro_boomin_is_the_producer():
    text = ("The record producer has announced a world tour.\n\n"
            "Metro Boomin told Billboard that the tour would begin in Atlanta in May.\n\n"
            "\"It will be the biggest show I have ever done,\" Metro said.")
    assert find(text, "It will be the biggest show").speaker != "Metro"


def test_review_the_company_after_a_retailer_named_like_a_paper_is_the_retailer():
    text = ("German wholesaler Metro has reported weaker sales.\n\n"
            "Metro said sales fell 2.1 per cent in the third quarter. The company said it would cut costs.")
    assert_speaker(text, "it would cut costs", "Metro")
