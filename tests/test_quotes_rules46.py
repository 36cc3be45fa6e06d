"""Honorifics that stand alone for the person they style, descriptions with a place after a
name, and what the thirty-second session (2026-12-02) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind in an earlier session and studied in this one (texts kept outside the
repository: their licences are unknown), or for a case one of the session's three reviewers
made worse with an early form of a rule (the review sections). The near misses make each rule's
guard fail a test when it is switched off. Rules the final review showed to make more wrong than
right ("the professor", "the league", a bare office before a name, plural descriptors, …) were
dropped with their tests; the review cases that still hold stay."""

from __future__ import annotations

from quote_text import assert_speaker, find, quotes_of

LEDE = "Flood defences were tested in Somerset on Monday.\n\n"


# ---------------------------------------------------------------- honorifics and what they style


def test_a_capitalised_style_alone_is_the_one_person_it_styles():
    text = LEDE + ("Lady Hale disagreed, arguing that the law had failed to keep pace with family life.\n\n"
                   "“If it is not treated as a crisis, it will take another two years,” the Lady said.")
    assert_speaker(text, "another two years", "Lady Hale")


def test_a_style_two_people_share_is_nobody_and_never_a_body():
    text = LEDE + ("Lady Hale and Lady Arden disagreed about the funding.\n\n"
                   "“If it is not treated as a crisis, it will take another two years,” the Lady said.")
    quote = find(text, "another two years")
    assert (quote.speaker, quote.organization) == (None, None)


# ---------------------------------------------------------------- descriptions after a name


def test_a_description_with_its_place_and_no_closing_comma():
    text = ("Rescuers searched the rubble of Amatrice on Thursday.\n\n"
            "“This is a town that is dead,” John Rocchi, a student in his 20s told dpa in Amatrice.")
    assert_speaker(text, "town that is dead", "John Rocchi")


def test_a_description_from_a_place_and_no_closing_comma():
    text = ("Rescuers searched the rubble of Amatrice on Thursday.\n\n"
            "“This is a town that is dead,” John Rocchi, a student from Rome told dpa in Amatrice.")
    assert_speaker(text, "town that is dead", "John Rocchi")


def test_a_description_ending_on_another_person_s_name_gives_no_speaker():
    text = ("Rescuers searched the rubble of Amatrice on Thursday.\n\n"
            "“This is a town that is dead,” John, a neighbour of Maria Rossi told dpa in Amatrice.")
    assert_speaker(text, "town that is dead", None)


# ---------------------------------------------------------------- paragraphs about a speaker


def test_a_paragraph_closing_on_a_contracted_pronoun_keeps_its_person_for_the_next_quotation():
    text = ("Residents are angry about the bridge.\n\n"
            "For Jane Warman, a typical 15-minute drive is now 30 minutes. She’s concerned residents did not "
            "receive advance notice.\n\n"
            "“We are basically almost on a little island with limited access right now.”")
    assert_speaker(text, "little island", "Jane Warman")


# ---------------------------------------------------------------- where a speaker is from


def test_a_town_and_its_county_after_a_titled_name_before_the_cue():
    text = ("Retailers were sceptical about the price war.\n\n"
            "Shop owner John Mehr from Bracknell, Berkshire, said: “I believe it is a phoney war.”")
    assert_speaker(text, "phoney war", "John Mehr")


def test_a_town_and_county_alone_before_the_cue_are_nobody():
    text = ("Retailers were sceptical about the price war.\n\n"
            "Shoppers from Bracknell, Berkshire, said: “I believe it is a phoney war.”")
    assert_speaker(text, "phoney war", None)


# ---------------------------------------------------------------- words an outlet only carries


def test_according_to_an_outlet_then_a_person_s_report_is_the_person_s():
    text = ("Flooding hit the town.\n\nAccording to the Local Democracy Reporting Service, Mr Matt Warman said that "
            "he had approached the Environment Secretary about funding for the town.")
    assert_speaker(text, "approached the Environment Secretary", "Matt Warman")


def test_according_to_an_outlet_then_a_person_s_deed_is_the_outlet_s_report():
    text = ("Transfer news\n\nAccording to the Evening Standard, Harry Redknapp vowed he would not join "
            "their South coast rivals when he left.")
    assert_speaker(text, "would not join", "Evening Standard")


def test_a_quotation_inside_a_person_s_reported_clause_is_the_person_s():
    text = ("Bridges will close.\n\nCouncillor Don Alexander warned the programme of repairs would be "
            "“very technical and slow,” the Local Democracy Reporting Service said.")
    assert {q.speaker for q in quotes_of(text) if "very technical and slow" in q.text} == {"Don Alexander"}


def test_a_capitalised_office_set_beside_the_name_after_the_cue():
    text = ("Zoo news\n\nThe zoo welcomed a baby gorilla on Monday.\n\n"
            "“We will provide support to her if need be,” said Animal Keeper, Melba Brown.")
    quote = find(text, "support to her")
    assert (quote.speaker, quote.speaker_title) == ("Melba Brown", "Animal Keeper")


def test_an_office_set_beside_the_name_is_kept_for_the_later_mentions():
    text = ("Browser news\n\nOpera launched a voice browser.\n\n"
            "“Our mission was always to provide the best experience,” said Opera spokeswoman, Berit Hanson.\n\n"
            "The company says voice control is not only for blind people. “Our idea was to take a first step,” "
            "said Ms Hanson.")
    assert find(text, "first step").speaker_title == "Opera spokeswoman"


# ---------------------------------------------------------------- review: cases an early form made worse


REVIEW_CASES = {
    # "the Lord" may be God: nobody, not the one peer the text names
    "lord": ("Church appeal\n\nA former archbishop has launched an appeal to restore a church.\n\n"
             "Lord Williams told the congregation that the building was a national treasure. The vicar chose a "
             "reading from Isaiah.\n\n“Comfort ye, comfort ye my people,” the Lord says in the passage.",
             "Comfort ye", None),
    # a league named in passing is not the one that speaks
    "ivy_league": ("NFL suspends quarterback\n\nThe NFL has suspended a quarterback for six games.\n\n"
                   "Tom Walker, who played college football in the Ivy League at Princeton, was arrested in March.\n\n"
                   "“The conduct in this case was unacceptable,” the league said in a statement.",
                   "was unacceptable", None),
    # two institutes named: "the institute" is either
    "two_institutes": ("Recession risk\n\nBritain faces a heightened risk of recession, economists have warned.\n\n"
                       "The Institute for Fiscal Studies said household incomes would fall. The National Institute of "
                       "Economic and Social Research said growth would be close to zero.\n\n"
                       "“The outlook for living standards is grim,” the institute said.",
                       "outlook for living standards", None),
    # a claim for benefit is a deed, which the source reports
    "claimed_deed": ("Benefit fraud\n\nA former councillor has been jailed for benefit fraud.\n\n"
                     "According to the Daily Record, Peter Hanley claimed more than £40,000 in housing benefit he was "
                     "not entitled to over six years.",
                     "£40,000", "Daily Record"),
    # words she had been told are the body's that told her, not hers
    "told_by_body": ("Boil water\n\nThousands of households have been told to boil their water.\n\n"
                     "Resident Joanne Kerr said she had been told only last week that the water was “perfectly safe "
                     "to drink,” Thames Water said.",
                     "perfectly safe", "Thames Water"),
    # an office's domain is a person, then the office's holder is named
    "office_of_person": ("Ghana and the IMF\n\nGhana has rejected conditions attached to a loan.\n\n"
                         "“We will not accept terms that hurt ordinary Ghanaians,” said spokesman for president of "
                         "Ghana, Nana Akufo-Addo, Eugene Arhin.",
                         "ordinary Ghanaians", None),
}


def test_a_person_of_a_body_s_local_office_in_a_town():
    text = ("Storms\n\nTornadoes hit Texas.\n\n“There was one that hit Spearman itself,” Steven Cooper of the "
            "National Weather Service office in Amarillo said today.")
    assert_speaker(text, "hit Spearman", "Steven Cooper")


def test_a_body_s_office_in_a_town_after_a_body_s_name_is_no_person():
    text = ("Storms\n\nTornadoes hit Texas.\n\n“There was one that hit Spearman itself,” Reporters Without Borders "
            "of the National Weather Service office in Amarillo said today.")
    assert_speaker(text, "hit Spearman", None)


def test_remembered_and_reflected_are_speech_verbs_after_a_quotation():
    text = ("Quake\n\nRescuers searched the rubble.\n\n“He said, please tell my family I am alive,” Jean-Pierre Duval "
            "remembered.\n\n“I suppose we should have had somebody from the monarchy,” reflected Michael Lewis, the "
            "museum’s head of antiquities.")
    assert_speaker(text, "tell my family", "Jean-Pierre Duval")
    assert_speaker(text, "somebody from the monarchy", "Michael Lewis")


# ---------------------------------------------------------------- plurals and programmes that are nobody


def test_participants_are_nobody_by_name():
    text = ("Colour run\n\nRunners of all ages took to the course.\n\nParticipants described the day as:\n\n"
            "“Best day ever – that was so much fun!”")
    assert_speaker(text, "Best day ever", None)


def test_a_programme_s_name_is_nobody_a_pronoun_can_mean():
    text = ("Schools across Scotland will be shut on Wednesday as strikes by the Educational Institute of Scotland union "
            "enter their second day.\n\nThe union’s pay demands were dubbed "
            "“simply unaffordable” by education secretary Shirley-Ann Somerville, though she promised to keep talking.\n\n"
            "Speaking on the BBC’s Good Morning Scotland programme she said: “We remain some distance apart on pay.”")
    assert find(text, "some distance apart").speaker != "Morning Scotland"


def test_an_owner_s_titled_name_after_the_cue_then_to_whom():
    text = ("Louvre heist\n\nJewels were stolen from the museum.\n\nIt was “proffs” who broke into the Louvre, says "
            "France’s Culture Minister Rachida Dati to the French channel TF1.")
    assert_speaker(text, "proffs", "Rachida Dati")


def test_a_description_with_several_places_and_no_closing_comma():
    text = ("Grapes\n\nGrapes were stolen in Alsace.\n\n“Horses are the best way of getting around places where you "
            "cannot go by car,” Nicolas Krust, a member of the green brigade in the Haut-Rhin region of eastern France said.")
    assert_speaker(text, "best way of getting around", "Nicolas Krust")


def test_a_name_its_office_in_lower_case_then_the_body_before_the_cue():
    text = ("Tigers\n\nA tiger was found dead in a trap.\n\nAnish Andheria, director, Wildlife Conservation Trust told "
            "NDTV, “When you find a jaw trap near a water body, it is not a one-off event.”")
    quote = find(text, "jaw trap")
    assert (quote.speaker, quote.organization) == ("Anish Andheria", "Wildlife Conservation Trust")


def test_a_second_verb_after_an_aside_in_dashes_has_the_clause_s_subject():
    text = ("Parking\n\nShoppers are angry about the wardens.\n\n"
            "Pub landlord Colin Badham has picked up 12 tickets - clocking up nearly £400 in fines - and claims that "
            "the restrictions are affecting business too.\n\n"
            "“It’s hard to quantify but it must be having an effect.”")
    assert_speaker(text, "restrictions are affecting", "Colin Badham")
    assert_speaker(text, "hard to quantify", "Colin Badham")


def test_a_description_of_a_long_named_body_and_no_closing_comma():
    text = ("Evictions\n\nTenants are fighting evictions.\n\n“If you don’t have possession of the home going into court, "
            "you lose,” Trinidad Ruiz, a member of the Los Angeles Tenant Union said.")
    assert_speaker(text, "possession of the home", "Trinidad Ruiz")


def test_a_quotation_someone_blamed_is_theirs():
    text = ("NHS waits\n\nWaiting lists grew again.\n\nTory spokesman Darren Millar blamed “record-breaking budget cuts”, "
            "while Lib Dem leader Kirsty Williams said Labour had “lost control of our NHS”.")
    assert_speaker(text, "record-breaking budget cuts", "Darren Millar")
    assert_speaker(text, "lost control", "Kirsty Williams")


def test_an_owner_s_friend_named_after_the_cue_is_the_friend():
    text = ("Cyclists\n\nCyclist Tess Rothstein died on Friday.\n\n“I saw Tess run out of our house to catch the bus,” "
            "said Rothstein’s roommate and friend Sasan Saadat.")
    quote = find(text, "catch the bus")
    assert (quote.speaker, quote.organization) == ("Sasan Saadat", None)


# ---------------------------------------------------------------- review: cases the second reviewer's early forms made worse

REVIEW_CASES_2 = {
    'outlet_over_relative_clause': ('Paper hits back at minister\n\nThe Times has criticised the culture secretary over his handling of the BBC licence fee review.\n\nMr Jones, who insisted on Monday that he had followed the proper process, was "simply not credible", the Times said in an editorial.',
                'simply not credible', 'Times'),
    'post_office_is_no_outlet': ('Post Office apologises to campaigner\n\nThe Post Office has issued a public apology to the campaigner who led the fight for justice for sub-postmasters.\n\nAlan Bates, who told the inquiry on Tuesday that he had lost his life savings, had been treated "appallingly", the Post Office said in a statement.',
                'appallingly', 'Post Office'),
    'inside_body_cue': ('Bridge repairs delayed\n\nRepairs to the Menai Suspension Bridge will take longer than planned.\n\nProject manager Mr Alexander warned the repairs would be "very technical", the Welsh Government said.',
                'very technical', 'Alexander'),
    'according_over_reduced_relative': ('Waiting list plan shelved\n\nMinisters have dropped a flagship health policy, it has emerged.\n\nAccording to the BBC, the plan Mr Streeting said would cut waiting lists by a million has been quietly shelved.',
                'quietly shelved', 'BBC'),
    'outlet_over_told_about': ('Trade deal collapses\n\nHopes of a trade agreement with India faded on Monday.\n\nThe deal Mr Smith told MPs about last week has collapsed, the Financial Times reported.',
                'has collapsed', 'Financial Times'),
    'according_then_confirmed_that': ('Library to close\n\nA town centre library will close in the spring, councillors have been told.\n\nAccording to the Local Democracy Reporting Service, Cllr Jane Smith confirmed that the building would be sold.',
                'building would be sold', 'Jane Smith'),
    'party_tag_after_name': ('Senators demand answers\n\nSenators on Tuesday demanded answers from the State Department over arms sales.\n\n"We were not consulted," said the chairman of the Senate Foreign Relations Committee, Sen. Bob Menendez, D-N.J.',
                'not consulted', 'Bob Menendez'),
    'member_of_office_as_object': ('Storm damage assessed\n\nCrews spent Sunday clearing debris after a tornado struck the town.\n\nA meteorologist who worked alongside Steven Cooper at the National Weather Service office in Amarillo said the storm had been "exceptionally violent".',
                'exceptionally violent', None),
    'general_staff': ('Russian drone attack\n\nRussia launched more than 100 drones at Ukraine overnight.\n\n"Air defence destroyed 87 of them," said Ukraine\'s General Staff in its morning update.\n\n"Energy facilities were hit in three regions," said Ukraine\'s Energy Ministry on Telegram.',
                '87 of them', 'Ukraine'),
    'show_is_a_verb': ('Storm damage in the Highlands\n\nThousands of homes were left without power after Storm Babet.\n\nPhotographs taken by Jane Reid show roofs torn from houses in Brechin.\n\n"It was terrifying," Reid said.',
                'terrifying', 'Jane Reid'),
}


def test_review_cases():
    """Each review case: the last record holding the fragment (the quotation, after any reported
    clause around it) has the speaker."""
    for name, (text, fragment, speaker) in {**REVIEW_CASES, **REVIEW_CASES_2}.items():
        quotes = [q for q in quotes_of(text) if fragment in q.text]
        assert quotes, name
        assert quotes[-1].speaker == speaker, name
