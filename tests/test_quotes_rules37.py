"""A thing's name with its number, offices and honours around a name, a brand that holds a
name, and what the twenty-third session (2026-12-01) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind earlier and studied in this session (texts kept outside the repository: their
licences are unknown). The near misses make each rule's guard fail a test when it is switched
off. The last sections hold the cases three reviewers invented against this session's change:
each failed on the snapshot its reviewer read (most pass on the session-start engine too), and
one guard ("Cycling UK") keeps a studied page the session's country-code rule had broken."""

from __future__ import annotations

from quote_text import assert_speaker, find


# ---------------------------------------------------------------- capitalised words that name nobody


def test_a_thing_named_with_its_number_is_nobody_a_pronoun_could_mean():
    text = ("Bereaved families said the Covid inquiry had heard nothing but excuses.\n\n"
            "In her evidence to the UK Covid-19 inquiry on Tuesday, the former minister defended the "
            "decisions taken in the first weeks.\n\n"
            "“We did the best we could with what we knew,” she said.")
    assert_speaker(text, "We did the best", None)


def test_an_office_ending_in_officer_is_no_persons_name():
    text = ("Prof Sir Colin Hart has said he worries the warnings went too far.\n\n"
            "The Chief Medical Officer (CMO) for England told the inquiry that ministers had overdone it.\n\n"
            "He said that the balance was “really hard”.")
    quote = find(text, "the balance was")
    assert quote.speaker != "Medical Officer"


def test_a_controller_is_an_office_before_the_name():
    text = ("At a press conference, Midland County Administrative Controller Bridgette Gransby said she was "
            "not placing the blame on the owner.\n\n"
            "“This was a 500-year flood,” said Gransby.")
    assert_speaker(text, "This was a 500-year flood", "Bridgette Gransby")


def test_teachta_is_an_irish_deputys_style():
    text = ("Sinn Féin spokesperson on Health David Cullen TD has called for the minister to appear before "
            "the committee.\n\n"
            "Teachta Cullen said:\n\n"
            "“With these resignations, the future of reform is in doubt.”")
    assert_speaker(text, "With these resignations", "David Cullen")


def test_a_demonym_noun_before_a_surname_is_no_part_of_the_name():
    text = ("World Athletics head Sebastian Cole met the president in Kyiv on Friday.\n\n"
            "The federation has stood firm in a blanket ban. Briton Cole had previously said that Russia "
            "would not be allowed to take part.\n\n"
            "“The world changes every five minutes,” Cole said.")
    assert_speaker(text, "The world changes", "Sebastian Cole")


def test_australian_honours_after_a_name_are_no_part_of_it():
    text = ("Swimming Australia President John Bertram AO said the team had contributed greatly.\n\n"
            "“The team has always been so consistent,” said Mr Bertram.")
    assert_speaker(text, "The team has always", "John Bertram")


def test_a_brand_that_is_a_name_and_a_state_is_not_the_persons_fullest_name():
    text = ("Designer Donna Kiran said rumours that she is leaving the label are not true.\n\n"
            "“Can you imagine me stepping down?” she said.\n\n"
            "She said she remains passionate about her original label -- Donna Kiran New York.\n\n"
            "“I love having the two brands,” Kiran said.")
    assert_speaker(text, "Can you imagine", "Donna Kiran")
    assert_speaker(text, "I love having", "Donna Kiran")


def test_what_befell_someone_opening_a_paragraph_is_no_part_of_the_firms_name():
    text = ("Camera maker's ex-boss takes case to fraud office in London\n\n"
            "Sacked Olympia chief executive Michael Wood says he has contacted the Serious Fraud Office.\n\n"
            "He says he was fired for raising the issue, but Olympia says his management style was to blame.")
    quote = find(text, "his management style")
    assert quote.speaker == "Olympia"


def test_a_plural_office_before_two_names_is_nobodys_name():
    text = ("Presidents Barrow and Petrenko\n\n"
            "President Barrow said leaders sent a clear message of support.\n\n"
            "“They are instruments to show our resolve,” President Barrow said.")
    assert_speaker(text, "They are instruments", "Barrow")


def test_a_name_ending_in_a_country_code_is_an_organizations():
    text = ("The organisation Disability Rights UK said the government’s narrative is “utterly untrue”.\n\n"
            "It still faces “an uphill battle”, opposition campaigners Right To Life UK said.")
    assert_speaker(text, "utterly untrue", "Disability Rights UK")
    assert_speaker(text, "an uphill battle", "Right To Life UK")


def test_other_before_a_country_code_is_no_organization():
    from archive.quotes.speakers import is_org_name

    assert is_org_name("Cancer Research UK")
    assert not is_org_name("Other UK")


def test_a_surname_that_is_also_a_news_agency_is_the_person_the_text_names():
    text = ("Mayor Michael Bloomberg had harsh words for the police union on Tuesday.\n\n"
            "Bloomberg called news of the union's advertisements a \"disgrace\" and faulted it for the low salaries.")
    assert_speaker(text, "disgrace", "Michael Bloomberg")


def test_the_tail_of_an_office_before_a_known_name_is_no_part_of_the_name():
    text = ("Deputy Prime Minister and Minister for Infrastructure, Transport and Regional Development "
            "Barnaby Joyce said the contractor has been chosen after a competitive tender.\n\n"
            "“The bypass will be a game-changer for the town,” the Deputy Prime Minister said.")
    assert_speaker(text, "the contractor has been chosen", "Barnaby Joyce")
    quote = find(text, "The bypass will be")
    assert quote.speaker != "Prime Minister"
    # near misses: a list of two people, and another person the text names, are not an office
    text = ("Calling off the debates would let the party “refocus its money”, the statement by campaign "
            "senior advisers Susie Wiles and Chris LaCivita said.")
    assert_speaker(text, "refocus its money", None)
    text = ("Hard-line candidate Oscar Ivan Zuluaga criticised the deal.\n\n"
            "Figures on the right, including Zuluaga and Conservative Marta Lucia Ramirez criticized the deal "
            "as “part of the Santos campaign.”")
    assert_speaker(text, "part of the Santos campaign", None)


def test_a_bodys_own_name_before_its_kind_is_the_body():
    text = ("Carers UK said some people have been left owing thousands of pounds.\n\n"
            "With about 1.3 million people receiving the allowance, the Carers Trust charity said this could "
            "equate to tens of thousands of people having been overpaid.")
    assert_speaker(text, "this could equate", "Carers Trust")


def test_a_long_description_before_an_organizations_name_in_commas_leaves_it_the_subject():
    text = ("The group which represents the small brewers, Acme Brewers Trust, said the new duty "
            "would close pubs.")
    assert_speaker(text, "the new duty", "Acme Brewers Trust")


def test_alongside_opening_a_sentence_is_no_part_of_a_name():
    text = ("Alongside Okafor, key executives from the group attended the ceremony.\n\n"
            "“More challenges lie ahead,” said Okafor.")
    assert_speaker(text, "More challenges lie ahead", "Okafor")


def test_a_counselor_is_an_office_before_the_name():
    text = ("Opposition Labour Counselor Binda Rai, who had proposed the motion, said it was time to tackle "
            "this head-on.")
    quote = find(text, "it was time to tackle")
    assert (quote.speaker, quote.speaker_title) == ("Binda Rai", "Opposition Labour Counselor")


# ---------------------------------------------------------------- bodies as speakers


def test_a_named_firms_report_is_the_firms():
    text = ("The head of Japanese steelmaker Kobe Steel announced his resignation on Tuesday.\n\n"
            "The Kobe Steel report said it found 163 new cases of wrongdoing by its group.")
    assert_speaker(text, "it found 163 new cases", "Kobe Steel")


def test_a_report_from_a_brand_cased_body_is_the_bodys():
    text = ("According to a recent report from USAFacts, tens of thousands of applicants have been waiting "
            "for months.\n\n"
            "According to the USAFacts report, three out of five applicants will be denied benefits.")
    assert_speaker(text, "tens of thousands of applicants", "USAFacts")
    assert_speaker(text, "three out of five applicants", "USAFacts")
    # near miss: a report by someone with a surname is no body's
    text = "According to a recent report by Smith, tens of thousands of applicants have been waiting for months."
    assert_speaker(text, "tens of thousands of applicants", None)


def test_two_bodies_joined_by_and_are_neither_alone():
    text = "BBC and ITV said they would both show the final live on Saturday evening."
    assert_speaker(text, "they would both show", None)


# ---------------------------------------------------------------- offices for the story's subject


def test_a_capitalised_office_the_text_gives_nobody_is_the_ledes_subject():
    text = ("Nicola Sturgeon has said it would be “premature” to call a second referendum.\n\n"
            "The First Minister told ITV that it was necessary to let the dust settle.")
    assert_speaker(text, "it was necessary to let the dust settle", "Nicola Sturgeon")
    # near misses: a party's office, or a government head's office of a place, is someone else's
    text = ("Nicola Sturgeon has said it would be “premature” to call a second referendum.\n\n"
            "The Conservative Leader told ITV that it was necessary to let the dust settle.")
    assert_speaker(text, "it was necessary to let the dust settle", None)
    text = ("Vladimir Putin has ordered troops to the border.\n\n"
            "The President of Ukraine told reporters that Kyiv would defend itself.")
    assert_speaker(text, "Kyiv would defend itself", None)


# ---------------------------------------------------------------- more names and non-names


def test_an_adverb_after_a_headlines_office_opens_no_name():
    text = ("Environment Minister Strongly Against Forest Fire Arsonists\n\n"
            "JAKARTA - The Environment Minister Siti Nurbaya asserted that the haze has not returned.\n\n"
            "“Our efforts are constantly acted across a number of hotspots,” said the minister in a press release.")
    assert_speaker(text, "Our efforts are constantly", "Siti Nurbaya")


def test_an_acronym_with_a_word_of_the_name_written_out_is_defined_by_its_capitals():
    text = ("South African National Parks (SANParks) on Friday announced the arrest of a former ranger.\n\n"
            "In a statement, SANParks said the former corporal was arrested on Monday.")
    assert_speaker(text, "the former corporal", "South African National Parks")


def test_a_social_media_handle_is_nobodys_name():
    text = ("Director of NIRC @MichaelAodhan said, ''quite simply, the costs are higher than the margins''.\n\n"
            "“It needs to be pinned down. There is no gentleman’s agreement.”")
    assert_speaker(text, "It needs to be pinned down", None)


def test_a_welsh_ap_is_a_particle_inside_the_name():
    text = ("Plaid Cymru health spokesman Rhun ap Iorwerth said he had waited nine months for a reply.\n\n"
            "“The response I have only now received is of little value,” he said.")
    assert_speaker(text, "The response I have", "Rhun ap Iorwerth")


def test_businessman_before_a_name_is_a_description():
    text = "Businessman Vivek Ramani called the plan “a disgrace to the party” on Wednesday."
    quote = find(text, "a disgrace to the party")
    assert (quote.speaker, quote.speaker_title) == ("Vivek Ramani", "Businessman")


def test_a_speaker_who_names_himself_in_the_quotation_is_still_the_speaker():
    text = ("From the opening minutes, Trump made clear he planned to continue lashing out at enemies.\n\n"
            "“I’m Donald Trump. I wrote the ‘Art of the Deal,’ ” he said.")
    assert_speaker(text, "I wrote the", "Donald Trump")
    # near miss: a name inside the quotation that the speaker addresses is someone else
    text = ("Harry Redknapp said he was stunned by the decision.\n\n"
            "“I said to Harry, I am not going anywhere,” he said.")
    assert_speaker(text, "I said to Harry", None)


def test_an_office_of_a_domain_is_no_person_named_after_its_last_word():
    text = ("Sheikh Mohammed met the envoy on Monday.\n\n"
            "On the negotiations, the Prime Minister and Minister of Foreign Affairs explained that Hamas "
            "proposed releasing all hostages.")
    assert_speaker(text, "Hamas proposed releasing", None)
    # near miss: a surname the text gives after the office is the holder's
    text = ("Antony Blinken flew to Cairo on Thursday.\n\n"
            "“Hamas responded to that,” explained Minister of Foreign Affairs Blinken, quoted by CNN.")
    assert_speaker(text, "Hamas responded to that", "Antony Blinken")


# ---------------------------------------------------------------- more bodies and names


def test_people_who_speak_with_a_body_are_no_part_of_its_name():
    text = "Campaigners Action on Smoking and Health (ASH) described the proposal as “very interesting”."
    assert_speaker(text, "very interesting", "Action on Smoking and Health")


def test_an_adjective_of_place_ending_on_a_nationality_is_nobody():
    text = ("President Joao Ferraz on Tuesday denied that the forest was burning.\n\n"
            "But in a speech with other South American leaders on Tuesday, Ferraz challenged officials to "
            "fly over the forest and say that flying from one end to the other would not show a single flame.\n\n"
            "“They will not find a fire,” the former captain told a meeting of the pact.\n\n"
            "“This story that the forest is in flames is a lie,” he said.")
    assert_speaker(text, "This story that the forest", "Joao Ferraz")
    # near miss: a first name, then a surname that is a nationality
    text = "“I think Swank will win,” said Philip French, the film critic."
    assert_speaker(text, "I think Swank will win", "Philip French")


def test_a_bodys_street_is_no_part_of_its_name():
    text = "Alaska Pest Control on Tongass Avenue says it is serving as a drop-off point for clothing."
    assert_speaker(text, "serving as a drop-off point", "Alaska Pest Control")


def test_a_ministry_listing_its_fields_with_a_last_comma_is_one_body():
    text = "The Ministry of Children, Community, and Social Services said it was awaiting further details."
    assert_speaker(text, "awaiting further details", "Ministry of Children, Community, and Social Services")


def test_one_of_many_people_is_a_person():
    text = ("Faizan Awan is one of thousands of people across the UK who have been waiting for a transplant.\n\n"
            "The 33-year-old has been on the waiting list for two years.\n\n"
            "He said: “The law change is a sign of hope.”")
    assert_speaker(text, "The law change is a sign of hope", "Faizan Awan")


def test_a_photo_credit_names_nobody_a_description_could_mean():
    text = ("Labour’s Rob Marris introduced the bill.\n\n"
            "Protesters outside Parliament\n\n"
            "Jonathan Brady/PA Wire\n\n"
            "In a blog post ahead of the debate, the Wolverhampton South West MP said: “Adults of sound mind "
            "should be allowed to choose.”")
    quote = find(text, "Adults of sound mind")
    assert quote.speaker != "Jonathan Brady"


def test_a_body_named_for_a_country_keeps_its_first_word():
    text = "Cycling UK warned that cutting funding for cycling would be an “abject failure” by the government."
    assert_speaker(text, "abject failure", "Cycling UK")


# ---------------------------------------------------------------- a reviewer's counterexamples
# (a helper read this session's change and invented texts each new rule caught wrongly; every
# case failed on the engine it reviewed)


def test_review_mrs_is_no_plural_office():
    assert_speaker("A neighbour, Mrs Ferreira, said the family had lived there for years.",
                   "the family had lived there", "Ferreira")


def test_review_an_honorific_picks_one_of_a_couple():
    text = ("Gareth and Nerys Pritchard have run the farm for 30 years.\n\n"
            "\"It has been a terrible year,\" Mrs Pritchard said.")
    assert_speaker(text, "It has been a terrible year", "Nerys Pritchard")


def test_review_scot_and_amid_are_first_names():
    text = ("Scot Loeffler said he was disappointed by the vote.\n\n"
            "Jon Loeffler, his brother, said the family was proud.")
    assert_speaker(text, "he was disappointed", "Scot Loeffler")
    assert_speaker("Amid Faljaoui, the magazine's editor, said the sale was a surprise.",
                   "the sale was a surprise", "Amid Faljaoui")


def test_review_a_name_opening_the_paragraph_after_a_headline_keeps_its_first_name():
    text = ("New battery breakthrough could double range\n\n"
            "Xiaoming Wang said the material could be produced cheaply.\n\n"
            "\"This is just the beginning,\" Wang said.")
    assert_speaker(text, "This is just the beginning", "Xiaoming Wang")


def test_review_a_surname_and_a_party_before_a_known_name_are_two_people():
    text = ("Mitch McConnell has led the Senate Republicans since 2007.\n\n"
            "Both Trump and Republican Mitch McConnell said the bill would pass.")
    assert_speaker(text, "the bill would pass", None)


def test_review_a_league_party_or_group_before_a_kind_is_not_the_speaker():
    text = ("Chelsea have sacked their manager after a run of poor results.\n\n"
            "The Premier League club said it would appoint a successor in due course.")
    assert_speaker(text, "appoint a successor", None)
    text = ("Jio Financial Services has raised Rs 10,000 crore from investors.\n\n"
            "The Reliance Industries company said the money would fund its lending arm.")
    quote = find(text, "the money would fund")
    assert quote.speaker != "Reliance Industries"


def test_review_two_bodies_or_two_people_joined_by_and_are_not_one_body():
    assert_speaker("NHS England and Public Health England said the risk to the public remained low.",
                   "the risk to the public", None)
    assert_speaker("JK Rowling and Ncuti Gatwa said they would attend the premiere.", "they would attend", None)


def test_review_mac_surnames_are_no_brand_cased_bodies():
    assert_speaker("According to a recent report by MacLeod, tens of thousands of families are waiting.",
                   "tens of thousands of families", None)
    assert_speaker("The MacKinnon report said the scheme had failed thousands of families.",
                   "the scheme had failed", None)


def test_review_a_long_clause_about_a_person_before_a_firm_in_commas_is_no_description_of_it():
    assert_speaker("The man who was driving the lorry, Acme Logistics, said the cyclist had swerved.",
                   "the cyclist had swerved", None)


# ---------------------------------------------------------------- a second reviewer's counterexamples
# (every case failed on the engine that reviewer read; these rules were dropped rather than
# narrowed: "reads" as a cue, a name not growing into its town's police, "X of Country" as a
# person, "NHS Blood and Transplant" as one body; after a third review, an honorific's gender
# choosing among namesakes (first-name lists mistake Hilary, Ashley and Pat), a couple with one
# unknown first name, "the Taoiseach" for a lede's subject, "As The National reported" as a
# publication, and a middle initial ending an office's domain)


def test_review_surnames_that_are_nationalities_keep_their_names():
    text = ("Author Irvine Welsh said the city had changed beyond recognition.\n\n"
            "\"Leith is not the place it was,\" Welsh said.")
    assert_speaker(text, "Leith is not the place", "Irvine Welsh")
    text = "PC Sarah Welsh was first on the scene.\n\n\"It was horrific,\" PC Welsh said."
    assert_speaker(text, "It was horrific", "Sarah Welsh")


def test_review_an_initial_after_an_offices_last_word_opens_the_name():
    assert_speaker("Director of Public Works J. Smith said the bridge would reopen next week.",
                   "the bridge would reopen", "J. Smith")


def test_review_a_surname_after_a_complete_domain_is_the_holders():
    assert_speaker("Minister for Justice McEntee said the new laws would protect victims.",
                   "the new laws would protect", "McEntee")


def test_review_an_agency_listed_after_a_department_is_its_own_body():
    text = ("Agents from the Department of Justice, FBI, and ATF searched the property on Tuesday.\n\n"
            "The ATF said the weapons had been bought legally.")
    assert_speaker(text, "the weapons had been bought", "ATF")


def test_review_the_person_in_focus_keeps_an_honorific_that_fits():
    text = ("Anil Mehta, a retired teacher, said his son had been led astray by older colleagues.\n\n"
            "Siddharth Mehta, 34, admitted six counts of fraud at Leicester Crown Court on Friday.\n\n"
            "\"I am deeply sorry for what I did,\" Mr Mehta told the court.")
    assert_speaker(text, "I am deeply sorry", "Siddharth Mehta")


def test_review_first_names_ending_in_ly_are_no_adverbs():
    text = ("Sprinter Shelly Ann Fraser won the 100m in 10.60 seconds.\n\n"
            "\"I am proud of this one,\" Fraser said.")
    assert_speaker(text, "I am proud of this one", "Shelly Ann Fraser")


def test_review_a_possessive_after_i_am_names_someone_else():
    text = ("Chloe Smith, 17, died after the crash on the A14.\n\n"
            "\"I'm Chloe Smith's mother and I want justice,\" she said outside court.")
    assert_speaker(text, "I want justice", None)


def test_review_an_office_after_the_is_no_publication():
    text = ("Chief Minister M.K. Stalin inaugurated the bridge on Monday.\n\n"
            "Also The Chief Minister said that the state would fund the metro.")
    quote = find(text, "the state would fund the metro")
    assert quote.speaker != "The Chief Minister"


def test_review_a_plural_before_a_one_word_name_is_part_of_it():
    text = "Investors Chronicle said the shares were a buy. The Chronicle said the dividend was safe."
    assert_speaker(text, "the dividend was safe", "Investors Chronicle")


def test_review_a_one_word_body_on_a_street_keeps_its_name():
    assert_speaker("Women on Wall Street said the conference would go ahead.", "the conference would go ahead",
                   "Women on Wall Street")


# ---------------------------------------------------------------- a third reviewer's counterexamples


def test_review_a_listed_agency_with_an_oxford_comma_is_its_own_body():
    text = ("Agents from the Department of Justice, FBI, and Homeland Security raided the office.\n\n"
            "Homeland Security said the raid was lawful.")
    assert_speaker(text, "the raid was lawful", "Homeland Security")


def test_review_a_slash_before_a_job_title_is_no_photo_credit():
    text = ("Media contact: Sarah Neill/Head of Communications, Acme.\n\n"
            "Ms Neill said the firm was “delighted” with the result.")
    assert_speaker(text, "delighted", "Sarah Neill")


def test_review_unisex_first_names_do_not_overrule_the_person_in_focus():
    text = ("Hilary Benn said he would stand again at the next election.\n\n"
            "His father, Tony Benn, served in the cabinet for many years.\n\n"
            "Hilary Benn spoke to reporters on Monday.\n\n"
            "“I am proud of what we achieved,” Mr Benn said.")
    assert_speaker(text, "I am proud of what we achieved", "Hilary Benn")
