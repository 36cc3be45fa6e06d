"""A state's institutions named with their country, and what the twenty-eighth session
(2026-12-02) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind earlier and studied in this session (texts kept outside the repository: their
licences are unknown). The near misses make each rule's guard fail a test when it is switched
off."""

from __future__ import annotations

from quote_text import assert_speaker, find, records

LEDE = "The missile landed in the sea on Monday, officials said.\n\n"


# ---------------------------------------------------------------- a state's institutions


def test_a_ministry_keeps_the_country_that_owns_it():
    text = LEDE + "“We will not accept this provocation,” Japan’s Defense Ministry said."
    assert_speaker(text, "We will not accept", "Japan’s Defense Ministry")


def test_a_ministry_of_a_domain_keeps_its_country_after_according_to():
    text = LEDE + "According to Japan’s Ministry of Defense, the missile flew for about 70 minutes before it fell."
    assert_speaker(text, "the missile flew for about 70 minutes", "Japan’s Ministry of Defense")


def test_the_joint_chiefs_of_staff_are_a_body_not_a_person_of_the_staff():
    text = LEDE + "“We are maintaining full readiness,” South Korea’s Joint Chiefs of Staff said."
    quote = find(text, "We are maintaining")
    assert (quote.speaker, quote.organization) == ("South Korea’s Joint Chiefs of Staff", "South Korea’s Joint Chiefs of Staff")


def test_an_academy_of_a_domain_is_a_body():
    text = LEDE + "“It was the final step,” North Korea’s Academy of Defence Science said."
    assert_speaker(text, "It was the final step", "North Korea’s Academy of Defence Science")


def test_a_junta_and_a_navy_speak_for_their_country():
    text = (LEDE + "Myanmar’s ruling junta said the rebels had been driven out of the town.\n\n"
            "Mexico’s navy said it had rescued 12 fishermen off the coast.")
    assert_speaker(text, "the rebels had been driven out", "Myanmar’s ruling junta")
    assert_speaker(text, "it had rescued 12 fishermen", "Mexico’s navy")


def test_a_country_of_two_words_owns_its_military():
    text = LEDE + "South Korea’s military said its soldiers had fired across the border at dawn."
    assert_speaker(text, "its soldiers had fired", "South Korea’s military")


def test_two_words_that_are_no_country_own_no_state_institution():
    text = LEDE + "New Labour’s government said the roads had been closed since the early hours."
    assert_speaker(text, "the roads had been closed", None)


# ---------------------------------------------------------------- names and their edges


def test_capitals_after_an_honorific_are_initials_not_an_acronym():
    text = (LEDE + "Foreign Minister Dr AK Abdul Momen on Wednesday said the refugees must go home.\n\n"
            "“We do not need citizens from other countries,” Momen told reporters.")
    assert_speaker(text, "We do not need citizens", "AK Abdul Momen")


def test_an_acronym_before_a_name_with_no_honorific_is_still_dropped():
    text = (LEDE + "ESA DG Josef Aschbacher on Wednesday said the launch would go ahead.\n\n"
            "“We are ready,” Aschbacher told reporters.")
    assert_speaker(text, "We are ready", "Josef Aschbacher")


def test_a_senators_state_is_part_of_the_title_not_the_name():
    text = (LEDE + "Liberal Senator for Western Australia Dean Smith says the branch must stay open for customers.\n\n"
            "“Local banks are one of the core components of regional communities,” Mr Smith said.")
    quote = find(text, "Local banks are one")
    assert (quote.speaker, quote.speaker_title) == ("Dean Smith", "Liberal Senator for Western Australia")


def test_a_heading_run_into_the_next_sentence_leaves_the_name_without_the_article():
    text = ("Green Hydrogen To Be Future Fuel: Union Minister R K Singh The minister also said that industries "
            "had already started work on new plants.\n\n"
            "“Green hydrogen is the future fuel,” Singh said.")
    assert_speaker(text, "Green hydrogen is the future fuel", "R K Singh")


def test_an_honorific_picks_the_one_of_a_family_it_fits():
    text = ("Nikki Black’s brother Phillip died in 2010 and is buried in the town’s cemetery.\n\n"
            "Miss Black – who lives in Melbourne – said her brother’s grave had since been vandalised twice.\n\n"
            "“It is a grave with a marble headstone,” she said.")
    assert_speaker(text, "her brother’s grave had since been", "Nikki Black")
    assert_speaker(text, "It is a grave with a marble headstone", "Nikki Black")


def test_an_honorific_of_the_other_gender_picks_the_other_one():
    text = ("Nikki Black’s brother Phillip was buried in the town’s cemetery in 2010.\n\n"
            "Mr Black had said before his death that the grave should be left plain and simple.")
    assert_speaker(text, "the grave should be left plain", "Phillip Black")


def test_an_inquiry_named_after_a_place_is_no_person():
    text = ("Sir John Saunders published his report on Thursday.\n\n"
            "The Manchester Arena Inquiry heard evidence from hundreds of witnesses over many months.\n\n"
            "“I am highly critical of many aspects of the rescue operation,” he said.")
    assert_speaker(text, "I am highly critical", "John Saunders")


# ---------------------------------------------------------------- offices given after a name


def test_an_office_of_a_body_after_a_name_without_an_article_gives_its_holder():
    text = (LEDE + "Brian Madderson, chairman of the Petrol Retailers Association, called on stations to think twice.\n\n"
            "The chairman of the Petrol Retailers Association said he does not condone profiteering by filling stations.")
    assert_speaker(text, "he does not condone profiteering", "Brian Madderson")


def test_a_role_at_a_body_leaves_a_later_description_to_the_last_speaker():
    text = ("“I thought it would take decades to happen,” said Gonzalo Frasca, computer games specialist at the "
            "IT University of Copenhagen. “I must admit that I was the first person to be surprised,” added the "
            "Uruguayan-born researcher, who has created games for two campaigns.")
    assert_speaker(text, "I must admit that I was", "Gonzalo Frasca")


def test_a_councillors_party_and_ward_in_brackets_end_his_name_before_the_verb():
    text = ("At the meeting in All Saints Church Hall, Southbrook Street, Rodbourne, Coun Maurice Fanning "
            "(Lab, Gorse Hill and Pinehurst), urged residents to take a stand against the plans.\n\n"
            "\"We have a major battle on our hands.\"")
    assert_speaker(text, "We have a major battle", "Maurice Fanning")


def test_exclaims_is_a_cue_and_a_birthplace_describes_the_first_name_after_it():
    text = ("Patricia Thirion, from Bushey, has exhibited at the show for five years.\n\n"
            "“I just can’t believe it,” exclaims French-born Patricia, in a breathless voice. “We’re over the moon.”")
    quote = find(text, "I just can’t believe it")
    assert (quote.speaker, quote.cue) == ("Patricia Thirion", "exclaims")


def test_a_place_the_text_names_alone_is_not_part_of_the_name_glued_after_it():
    text = ("Things were calm in her home town, Bila Tserkva, a historic city south of Kyiv.\n\n"
            "Thousands of miles away, Emma Micallif was frantically messaging. As rockets fell on Bila Tserkva "
            "Emma felt angry and helpless.\n\n"
            "“I thought having cancer was stressful,” Emma says.")
    assert_speaker(text, "I thought having cancer", "Emma Micallif")



def test_a_name_after_a_preposition_ending_in_a_first_name_stays_whole():
    text = ("The letter came from Mohammed bin Rashid on Monday.\n\n"
            "“We will respond in kind,” bin Rashid said.")
    assert_speaker(text, "We will respond in kind", "Mohammed bin Rashid")


# ---------------------------------------------------------------- offices with a domain


def test_an_office_of_a_body_then_an_unknown_name_gives_the_name():
    text = (LEDE + "On January 16, Chairman of the Suez Canal Authority Osama Rabie also noted that the "
            "canal’s revenues were falling.")
    assert_speaker(text, "the canal’s revenues were falling", "Osama Rabie")


def test_an_office_whose_domain_ends_in_and_a_word_is_no_name():
    text = (LEDE + "The Minister for Finance and Public Expenditure and Reform has said the decision-making "
            "process around corporation tax will be protected.")
    assert (None, "the decision-making process around corporation tax will be protected") in records(text, "indirect")


# ---------------------------------------------------------------- press releases


def test_a_cabinet_member_for_a_portfolio_is_an_office_before_the_cue():
    text = ("Officers seized fake goods worth thousands of pounds in raids, the council said.\n\n"
            "Councillor Amar Virdee, Cabinet Member for Crime & Community Safety said: “Intelligence-led "
            "operational activity is a crucial tool.”")
    quote = find(text, "Intelligence-led")
    assert (quote.speaker, quote.speaker_title) == ("Amar Virdee", "Cabinet Member")


def test_a_member_of_no_governing_body_is_no_office():
    text = ("Officers seized fake goods worth thousands of pounds in raids, the council said.\n\n"
            "Councillor Amar Virdee, Party Member for Crime & Community Safety said: “Intelligence-led "
            "operational activity is a crucial tool.”")
    assert find(text, "Intelligence-led").speaker_title != "Party Member"


def test_a_body_described_after_a_dash_that_the_cue_closes():
    text = ("The FA is set to restrict heading in training, officials said.\n\n"
            "Peter McCabe, Chief Executive of Headway – the brain injury association said: “We are "
            "encouraged to hear the news.”")
    assert_speaker(text, "We are encouraged", "Peter McCabe")


def test_a_person_described_after_a_dash_is_the_subject():
    text = ("Jimmy Carr has been criticised for a joke in his most recent comedy special.\n\n"
            "In a clip of the show His Dark Material – which arrived on Netflix on Christmas Day – the "
            "comedian tells the audience: “Strap in everyone, you ready?”")
    assert_speaker(text, "Strap in everyone", "Jimmy Carr")


def test_the_mp_for_a_seat_is_the_one_mp_the_text_named():
    text = ("Barclays is to close its branch in Filey, the bank said.\n\n"
            "But local MP Kevin Hollinrake expressed his disappointment over the decision.\n\n"
            "The Conservative MP for Thirsk and Malton said: \"This decision by Barclays leaves many constituents "
            "without access to banking.\"")
    assert_speaker(text, "This decision by Barclays", "Kevin Hollinrake")


def test_the_mp_for_a_seat_is_nobody_when_the_text_named_two_mps():
    text = ("Barclays is to close its branch in Filey, the bank said.\n\n"
            "Tory MP Kevin Hollinrake wrote to the bank last week.\n\n"
            "The bank's reply was copied to Labour MP Rachel Maskell, whose constituents use the branch.\n\n"
            "Customers said they were angry at the news.\n\n"
            "The Conservative MP for Thirsk and Malton said: \"This decision by Barclays leaves many constituents "
            "without access to banking.\"")
    assert_speaker(text, "This decision by Barclays", None)


# ---------------------------------------------------------------- "according to"


def test_according_to_him_is_the_man_who_just_spoke():
    text = ("Fuel prices rose again on Monday, traders said.\n\n"
            "Dele Tajudeen, the chairman of the marketers association, said the rise was unfair.\n\n"
            "According to him, the government has been insensitive to the plight of ordinary people.")
    assert_speaker(text, "the government has been insensitive", "Dele Tajudeen")


def test_according_to_him_with_no_one_to_be_him_keeps_the_words():
    text = ("Fuel prices rose again on Monday, traders said.\n\n"
            "According to him, the government has been insensitive to the plight of ordinary people.")
    assert records(text, "indirect")[-1] == (None, "the government has been insensitive to the plight of ordinary people")


def test_according_to_a_statement_from_a_body_is_the_body():
    text = (LEDE + "Formula should be dispensed by pharmacists, according to a statement from Health Canada "
            "provided to Global News.")
    assert_speaker(text, "Formula should be dispensed", "Health Canada")


def test_according_to_a_post_by_a_person_is_the_person():
    text = (LEDE + "At least 17 protesters were also detained, according to a post by Gonzalo Himiob.")
    assert_speaker(text, "At least 17 protesters", "Gonzalo Himiob")


def test_according_to_a_statement_by_a_body_s_officer_is_not_the_body():
    text = (LEDE + "The airport is not giving the baggage workers a fair wage, according to a statement by Unite "
            "general secretary Sharon Graham.")
    assert find(text, "the baggage workers").speaker != "Unite"


def test_according_to_a_statement_from_a_country_names_no_one():
    text = (LEDE + "The sanctions are worth an estimated 15 billion pounds, according to a statement from the US.")
    assert_speaker(text, "The sanctions are worth", None)


def test_according_to_the_councillor_is_the_one_whose_seat_opened_the_sentence():
    text = ("Local councillors have raised the issue of potholes on rural roads.\n\n"
            "Independent councillor for Graiguecullen - Portarlington in Co. Laois, Aisling Moran, believes that "
            "potholes are a problem in every county.\n\n"
            "According to the councillor, the issue of potholes is brought up every week at council meetings.\n\n"
            "Sinn Féin councillor for Ardee, Co. Louth, Pearse McGeough told Agriland some roads are horrendous.\n\n"
            "According to the councillor, roads in the areas outside Ardee are crumbling.")
    assert_speaker(text, "the issue of potholes is brought up", "Aisling Moran")
    assert_speaker(text, "roads in the areas outside Ardee", "Pearse McGeough")



# ---------------------------------------------------------------- a reviewer's counterexamples


def test_review_a_persons_possessive_joins_no_team_or_ministry():
    text = ("Andy Reid’s Chiefs beat Buffalo 27-24 on Sunday to reach their fifth Super Bowl in six seasons.\n\n"
            "“It was a grind, but these guys never quit,” Reid said after the game.")
    assert_speaker(text, "It was a grind", "Andy Reid")
    text = ("Sergei Shoigu’s Defence Ministry announced on Friday that it had repelled an attack near Bakhmut.\n\n"
            "“Our units inflicted heavy losses on the enemy,” Shoigu said in televised remarks.")
    assert_speaker(text, "Our units inflicted", "Sergei Shoigu")


def test_review_a_province_owns_its_ministry():
    text = (LEDE + "The slick has not reached Canada, according to Ontario’s Ministry of the Environment.")
    assert_speaker(text, "The slick has not reached Canada", "Ontario’s Ministry of the Environment")


def test_review_a_two_word_country_owner_still_finds_the_office_holder():
    text = ("South Africa’s budget deficit will narrow next year, the Treasury forecast on Wednesday.\n\n"
            "South Africa’s finance minister Enoch Godongwana presented the budget in Cape Town. Nigeria’s "
            "finance minister Wale Edun attended as a guest.\n\n"
            "“We are on a path to fiscal sustainability,” South Africa’s finance minister said.")
    assert_speaker(text, "We are on a path", "Enoch Godongwana")


def test_review_a_firm_of_two_words_owns_its_chief_executive():
    text = ("Oil giant Saudi Aramco reported a 15% fall in quarterly profit on Tuesday.\n\n"
            "Saudi Aramco’s chief executive Amin Nasser told analysts demand would recover. BP’s chief executive "
            "Murray Auchincloss also said prices would rise.\n\n"
            "“We remain confident in the long-term outlook,” Saudi Aramco’s chief executive said.")
    assert_speaker(text, "We remain confident", "Amin Nasser")


def test_review_a_president_named_before_his_spokesman_stays_a_person():
    text = ("President Trump on Monday defended his new tariffs as markets fell for a third day.\n\n"
            "“These tariffs will protect American workers,” Trump spokesman Steven Cheung said in a statement.\n\n"
            "Speaking at the White House, Trump said the tariffs would stay in place. “We are not going to back "
            "down,” he said.")
    quote = find(text, "We are not going to back down")
    assert (quote.speaker, quote.organization) == ("Trump", None)


def test_review_a_first_name_women_and_men_share_is_no_evidence_of_either():
    text = ("A pensioner who was left waiting nine hours for an ambulance has criticised the health service.\n\n"
            "Her daughter, Karen Hughes, said the family had complained to the health board.\n\n"
            "Pat Hughes, 81, broke her hip when she slipped in her kitchen in January.\n\n"
            "“I lay there all night thinking nobody was coming,” Mrs Hughes said.")
    assert_speaker(text, "I lay there all night", "Pat Hughes")


def test_review_mr_does_not_pass_to_a_brother_over_a_man_the_lists_call_a_woman():
    text = ("Hilary Benn has been appointed Northern Ireland Secretary, Downing Street announced on Friday.\n\n"
            "Mr Benn, whose late father served in the cabinets of Harold Wilson and James Callaghan, previously "
            "chaired the Brexit committee. His brother Stephen Benn is a hereditary peer who sat in the House of "
            "Lords until 2023.\n\n"
            "The appointment was welcomed by the main parties in Belfast. The DUP leader, Gavin Robinson, said he "
            "looked forward to working with the new secretary. Sinn Féin’s Michelle O’Neill said the party wanted "
            "a fresh start. The Alliance leader, Naomi Long, described the appointment as positive. The SDLP’s "
            "Colum Eastwood said the government must restore trust. The UUP leader, Doug Beattie, also welcomed "
            "it. Irish foreign minister Micheál Martin said Dublin would work closely with London. Labour’s Peter "
            "Kyle praised his colleague. The Taoiseach, Simon Harris, sent his congratulations. Former secretary "
            "Julian Smith said it was a good choice. Conservative Chris Heaton-Harris wished him well.\n\n"
            "“I am honoured to take on this role,” Mr Benn said.")
    assert find(text, "I am honoured").speaker != "Stephen Benn"


def test_review_a_nominee_for_an_office_does_not_hold_it():
    text = ("The Federal Reserve left interest rates unchanged on Wednesday.\n\n"
            "Jerome Powell, the Fed’s chairman, told a news conference that inflation remained too high. Kevin "
            "Warsh, nominee for chairman of the Federal Reserve, said on Tuesday the bank had lost its way.\n\n"
            "“We are not on a preset course,” the chairman said.")
    assert find(text, "We are not on a preset course").speaker != "Kevin Warsh"


def test_review_an_office_of_a_body_whose_name_ends_in_two_nouns_is_no_name():
    text = ("Kenya will hire 20,000 new teachers from January, the government said on Monday.\n\n"
            "The Chairperson of the Teachers Service Commission said the recruitment would prioritise science "
            "and mathematics teachers.")
    assert_speaker(text, "the recruitment would prioritise", None)


def test_review_shouts_as_a_noun_is_no_cue():
    text = ("Israel’s prime minister was interrupted repeatedly during his speech to the Knesset on Monday.\n\n"
            "Amid shouts of “Bring them home now” from relatives of hostages in the gallery, Netanyahu said the "
            "war would continue.")
    assert find(text, "Bring them home now").speaker != "Amid"


def test_a_capitalised_for_in_a_name_gives_its_acronym_a_letter():
    text = ("Farming lobby group Farmers For Action claimed that the processor was expected to announce a cut.\n\n"
            "The FFA said in a statement released on Sunday: “As predicted, the cuts keep coming.”")
    assert_speaker(text, "As predicted", "Farmers For Action")


def test_a_countrys_coast_guard_and_joint_chiefs_keep_the_country():
    text = ("North Korea fired a missile on Monday, according to South Korea’s Joint Chiefs of Staff.\n\n"
            "Japan’s Coast Guard, citing information from the Ministry of Defense, announced that a projectile "
            "was launched by North Korea and flew 1,000km.\n\n"
            "The Salvation Army said it would help the families of the crew who were hurt.")
    assert_speaker(text, "North Korea fired a missile", "South Korea’s Joint Chiefs of Staff")
    assert_speaker(text, "a projectile was launched", "Japan’s Coast Guard")
    assert_speaker(text, "it would help the families", "Salvation Army")


# ---------------------------------------------------------------- cue words that are adjectives


def test_a_participle_before_a_noun_is_no_cue_and_the_paragraph_keeps_its_subject():
    text = ("The event has been praised by farming groups as an opportunity to promote milk.\n\n"
            "President Brian Tessmann thanked consumers for buying locally sourced branded milk all year round.\n\n"
            "“Our dairy farmers work hard seven days a week to create fresh milk.”")
    assert_speaker(text, "Our dairy farmers work hard", "Brian Tessmann")


def test_an_adverb_before_a_cue_leaves_it_a_verb():
    text = (LEDE + "Education Secretary Ruth Kelly strongly denied reports that her beliefs would stop her serving.")
    assert_speaker(text, "reports that her beliefs would stop her serving", "Ruth Kelly")


def test_a_cue_word_after_a_preposition_is_a_noun_and_comment_on_reports_no_words():
    text = ("Cllr Amanda Hopgood, Chair of the Local Government Association’s Children Committee, commented on "
            "estimates by the County Councils Network that the costs of school transport could reach £3.4bn.\n\n"
            "“These findings reinforce the need for comprehensive reform of the system.\n\n"
            "“Councils stand ready to work with government to ensure we have a system which improves outcomes.”")
    assert_speaker(text, "These findings reinforce", "Amanda Hopgood")


def test_a_body_whose_name_joins_two_places_keeps_both_before_a_relative_clause():
    text = ("The college has been placed in special measures, inspectors said.\n\n"
            "Easton and Otley College, which has almost 4,000 students across its campuses in Suffolk and "
            "Norfolk, said “fresh leadership” was needed.")
    assert_speaker(text, "fresh leadership", "Easton and Otley College")



def test_as_opening_the_clause_is_no_part_of_its_subject():
    text = ("Japan Says North Korean Missile Landed in Its Economic Zone\n\n"
            "As Japan said a North Korean missile came down in the sea off Hokkaido, the defense ministry "
            "released video of the launch.")
    assert_speaker(text, "a North Korean missile came down", "Japan")


# ---------------------------------------------------------------- a second reviewer's counterexamples


def test_review_two_countries_ministries_are_two():
    text = ("Tensions rose across the East China Sea on Wednesday, officials in both capitals said.\n\n"
            "Japan’s Defense Ministry said the carrier Liaoning had passed between Okinawa and Miyako island.\n\n"
            "“The activities were routine training in accordance with international law,” China’s Defense "
            "Ministry said in a statement.")
    assert_speaker(text, "the carrier Liaoning had passed", "Japan’s Defense Ministry")
    assert_speaker(text, "The activities were routine", "China’s Defense Ministry")


def test_review_a_body_named_without_a_country_later_is_not_the_countrys():
    text = ("A search for three fishermen missing off the coast of Maine was called off on Friday evening.\n\n"
            "Canada’s Coast Guard had joined the search on Thursday after the vessel’s beacon was detected.\n\n"
            "“We extend our deepest sympathies to the families,” the Coast Guard said in a statement from its "
            "Boston headquarters.")
    assert find(text, "We extend our deepest sympathies").speaker != "Canada’s Coast Guard"


def test_review_a_statement_from_a_place_names_no_person():
    text = ("Australia and China have agreed to resume regular ministerial talks after a four-year freeze.\n\n"
            "The talks were “frank and constructive”, according to a statement from Canberra.")
    assert_speaker(text, "frank and constructive", None)


def test_review_a_joint_statement_of_two_bodies_is_no_one_body():
    text = ("Several human rights groups have condemned the sentencing of a prominent activist.\n\n"
            "The sentence was “a travesty of justice”, according to a joint statement from Amnesty International "
            "and Human Rights Watch.")
    assert_speaker(text, "a travesty of justice", None)


def test_review_a_tweet_from_a_channels_reporter_is_not_the_channels():
    text = ("The Prime Minister is expected to announce a general election, Westminster sources said.\n\n"
            "Cabinet ministers have been summoned to Downing Street for an “emergency meeting”, according to a "
            "tweet from Sky News’ Sam Coates.")
    assert find(text, "emergency meeting").speaker != "Sky News"


def test_review_a_dash_opening_a_clause_leaves_the_object_before_it():
    text = ("A Kilkenny man has raised more than €50,000 for a children’s hospice by running 30 marathons.\n\n"
            "The fundraiser was organised by local man Tom Hayes – the charity said: “We cannot thank him enough.”")
    assert find(text, "We cannot thank him enough").speaker != "Tom Hayes"


def test_review_the_mp_of_one_party_is_not_an_mp_of_another():
    text = ("Plans to close a rural GP surgery have been criticised by local politicians.\n\n"
            "Labour MP Rachel Hopkins said the closure would leave thousands without a doctor.\n\n"
            "The Conservative MP for Thirsk and Malton said: “This decision must be reversed.”")
    assert_speaker(text, "This decision must be reversed", None)


def test_review_a_capitalised_for_gives_its_letter_only_when_the_initials_need_it():
    text = ("Dairy farmers have blockaded a milk processing plant in a row over prices.\n\n"
            "Members of Farmers For Fair Trade blocked the gates of the plant on Monday night.\n\n"
            "FFT said the protest would continue until processors agreed to talks.")
    assert_speaker(text, "the protest would continue", "Farmers For Fair Trade")


def test_review_a_plural_subject_with_a_participle_keeps_its_cue():
    text = ("Food prices in Australia could rise further this year, a new report has found.\n\n"
            "Economists surveyed warned prices would keep climbing until at least the end of the year.")
    assert any("prices would keep climbing" in words for _, words in records(text, "indirect"))


def test_review_a_relative_clause_ending_in_a_preposition_keeps_the_cue_after_it():
    text = ("A councillor has been referred to the ethics watchdog after a complaint by a local businesswoman.\n\n"
            "The man she complained about says the allegations are “completely baseless”.")
    assert any("the allegations are" in words for _, words in records(text, "indirect"))


def test_review_an_armys_chief_named_after_it_is_not_the_army():
    text = ("Pakistan has launched a fresh military operation against militants in the north-west.\n\n"
            "According to Pakistan’s Army chief, General Asim Munir, the operation will continue “until the last "
            "terrorist is eliminated”.")
    assert find(text, "until the last terrorist").speaker != "Pakistan’s Army"


# ---------------------------------------------------------------- a third reviewer's counterexamples


def test_review_an_owner_of_several_words_is_kept_whole():
    text = ("VICTORIA — British Columbia reported 12 new cases of measles on Friday, the highest weekly total.\n\n"
            "“Anyone who is not vaccinated should book an appointment,” British Columbia’s Ministry of Health said.")
    assert_speaker(text, "Anyone who is not vaccinated", "British Columbia’s Ministry of Health")
    text = ("KINSHASA — Fighting between rebels and government troops has displaced thousands, aid agencies said.\n\n"
            "“We have repelled the attackers,” the Democratic Republic of Congo’s Army said in a statement.")
    assert_speaker(text, "We have repelled the attackers", "Democratic Republic of Congo’s Army")


def test_review_a_party_beside_a_name_or_a_party_voter_is_no_mp_of_the_other_party():
    text = ("LONDON — Plans to close a maternity unit in Luton have been criticised by local MPs.\n\n"
            "Labour’s Rachel Hopkins said the decision was “a disgrace”.\n\n"
            "“This will put mothers at risk,” the Conservative MP for Mid Bedfordshire said.")
    assert_speaker(text, "This will put mothers at risk", None)
    text = ("LONDON — Plans to close a maternity unit in Bedford have been criticised by residents.\n\n"
            "Jane Smith, who chairs the local Conservative association, said the decision was “short-sighted”.\n\n"
            "“This will put mothers at risk,” the Conservative MP for Mid Bedfordshire said.")
    assert_speaker(text, "This will put mothers at risk", None)


def test_review_a_headline_spells_no_acronym_with_its_capitalised_for():
    text = ("Minister Promises New Investment For Agriculture\n\n"
            "DUBLIN — Farmers in the west will receive €30 million in extra support under a new scheme.\n\n"
            "“This is a welcome first step but it is not enough,” the IFA said.")
    assert find(text, "This is a welcome first step").speaker != "Minister Promises New Investment For Agriculture"


def test_review_two_firms_that_together_speak_are_no_one_body():
    text = ("LONDON — The two supermarkets have both cut the price of milk for the second time this year.\n\n"
            "Asda and Morrisons Ltd, which together have more than 1,000 stores, said the cuts would take effect.")
    assert find(text, "the cuts would take effect").speaker != "Asda and Morrisons Ltd"
