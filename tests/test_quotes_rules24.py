"""Names with particles and plural titles, joint speakers in an apposition, pull quotes, lists
inside an organization's name, and a few more (2026-11-30, tenth session).

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind in earlier sessions and studied this session (texts kept outside the repository:
their licences are unknown). The near misses make each rule's guard fail a test when it is
switched off."""

from __future__ import annotations

from quote_text import assert_speaker, find, quotes_of


# ---------------------------------------------------------------- names and titles


def test_a_pronoun_with_a_contraction_is_no_name():
    text = ("Bend Mayor Sally Russell said on Twitter that the arrests were lawful. She'd asked people to "
            'leave the area.\n\nShe added, "To be clear, in no way do I support the raids."')
    assert_speaker(text, "in no way do I support", "Sally Russell")


def test_a_nurses_initials_are_a_title():
    quote = find('"I do not know about a lot of data," said RN Marlena Pellegrino.', "a lot of data")
    assert (quote.speaker, quote.speaker_title) == ("Marlena Pellegrino", "RN")


def test_a_plural_title_before_a_list_of_names_is_no_part_of_the_first():
    text = ("Representatives Cortney Niland, Lily Limon and Michiel Noe voted No.\n\n"
            '"This is an exercise in futility up here," Niland said.')
    assert_speaker(text, "exercise in futility", "Cortney Niland")


def test_words_that_go_on_a_title_stay_in_it():
    quote = find("California Senate President Pro Tempore Kevin de Leon told local station ABC7 that 134 people "
                 "had been detained.", "134 people")
    assert (quote.speaker, quote.speaker_title) == ("Kevin de Leon", "California Senate President Pro Tempore")


def test_a_naval_rank_is_a_title():
    quote = find('"It is a terrible day," Pentagon press secretary Rear Admiral John Kirby told reporters.',
                 "terrible day")
    assert quote.speaker == "John Kirby"


def test_a_surname_with_an_arabic_article_is_the_person_named_in_full():
    text = ("But rebel spokesman Yehya al-Aridi told AFP the opposition had backed out of the talks.\n\n"
            '"The first session will not be face-to-face," Aridi said.')
    assert_speaker(text, "first session", "Yehya al-Aridi")


def test_a_surname_with_two_particles_is_the_person_named_in_full():
    text = ("Government negotiator Humberto de la Calle spoke in Havana.\n\n"
            '"The war is over," de la Calle said.')
    assert_speaker(text, "war is over", "Humberto de la Calle")


# ---------------------------------------------------------------- subjects before the cue


def test_a_description_left_without_its_closing_comma_describes_the_name_before_it():
    text = "Saket Sonkar, another JNU student added, “The administration has completely failed the students.”"
    assert_speaker(text, "completely failed", "Saket Sonkar")


def test_a_described_role_after_an_adverb_is_nobody_by_name():
    text = "Afterwards, a JNU student added, “The administration has completely failed the students.”"
    assert_speaker(text, "completely failed", None)


def test_an_apposition_joined_to_a_second_person_makes_two_speakers():
    text = ("Geoff Barton, the leader of ASCL and Paul Whiteman, who heads up the NAHT, said they had had a "
            "“very productive meeting” with the education secretary.")
    assert_speaker(text, "very productive meeting", None)


def test_two_people_an_apposition_names_as_objects_leave_the_speaker_alone():
    text = ("Moazzam Begg and Martin Mubanga were held for three years. Louise Christian, the lawyer "
            "representing Mr Begg and Mr Mubanga, said the families would be reunited.")
    assert_speaker(text, "families would be reunited", "Louise Christian")


def test_a_phrase_set_off_by_commas_between_subject_and_cue_is_skipped():
    text = ("Chinese Ambassador Huang Xilian met Teodoro on Monday.\n\n"
            "Huang, in a statement, said that he and Teodoro “had a constructive discussion on promoting "
            "defense relations.”")
    assert_speaker(text, "constructive discussion", "Huang Xilian")


def test_a_rank_with_a_full_stop_and_a_unit_of_belong_to_the_person():
    text = ("Army Col. Artur Sellers of the 3rd Brigade Combat Team, 82nd Airborne, confirmed Monday that it "
            'had lost two of its paratroopers.\n\n"As you read this, leaders are gathering resources," he said.')
    quote = find(text, "gathering resources")
    assert (quote.speaker, quote.organization) == ("Artur Sellers", "3rd Brigade Combat Team")


def test_did_before_a_coordinated_verb_keeps_the_first_verbs_subject():
    text = ("Toronto Police Chief Bill Blair addressed the shooting.\n\n"
            "Chief Blair was unable to comment on the case, but did tell CityNews that officers face "
            '"a unique challenge with people in distress."')
    assert_speaker(text, "unique challenge", "Bill Blair")


def test_a_relative_clause_after_the_person_written_to_is_theirs():
    text = ("Ms Fiona Simpson said she wrote to Police Commissioner Ian Stewart, who said it had \"long been "
            'routine operational practice to film such public events".')
    assert_speaker(text, "routine operational practice", "Ian Stewart")


def test_an_unnamed_person_with_a_place_phrase_is_who_he_means_next():
    text = ("The information minister, Michael Makuei Lueth, said the delegation had submitted a letter.\n\n"
            "“After they left, the leaders were told the conditions,” an opposition figure at the talks "
            "disclosed on Tuesday.\n\n"
            "“This literally implies that participation is not required,” he explained.")
    assert_speaker(text, "participation is not required", None)


# ---------------------------------------------------------------- subjects after the cue


def test_an_organizations_doctor_is_the_doctor():
    quote = find('"There are 21 million health care personnel," said the CDC\'s Dr. Kathleen Dooling.',
                 "21 million")
    assert (quote.speaker, quote.organization) == ("Kathleen Dooling", "CDC")


def test_a_bare_role_and_a_comma_before_the_name_after_the_cue():
    text = '"They are asking us where we are going. Please help us," pleaded housing advocate, Christine Brice.'
    assert_speaker(text, "Please help us", "Christine Brice")


def test_a_statement_released_by_the_organization_speaks_for_it():
    text = ("The union met the National School District on Monday.\n\n"
            "According to a statement released by the district, the agreement also \"provides for increased "
            'collaboration between the district and teachers."')
    assert_speaker(text, "increased collaboration", "National School District")


def test_a_listener_described_before_its_name():
    assert_speaker("Kevin de Leon told local station ABC7 that 134 people had been detained.", "134 people",
                   "Kevin de Leon")


def test_a_participle_after_a_name_after_the_quotation_credits_it():
    text = ('Trustee Kenneth Schmidt said the board would be bound by the decision.\n\n'
            '"I want to bring attention to the fact that we cannot keep raising tuition," Trustee David V. '
            "Dorris, adding that the board needs alternatives.")
    assert_speaker(text, "keep raising tuition", "David V. Dorris")


# ---------------------------------------------------------------- organizations


def test_a_list_inside_an_organizations_name_stays_in_it():
    text = ('The evacuation was "an essential measure to protect life", the Department of Planning, Industry '
            "and Environment said.")
    assert_speaker(text, "essential measure", "Department of Planning, Industry and Environment")


def test_the_council_is_no_union():
    text = ("The National Education Union has said there is opposition to the plans.\n\n"
            "In a press release, the council said it expected to reduce vacant school places.")
    assert_speaker(text, "reduce vacant school places", None)


def test_the_council_is_the_council_the_text_names():
    text = ("Hackney Council has published plans to close four schools.\n\n"
            "The National Education Union has said there is opposition to the plans.\n\n"
            "In a press release, the council said it expected to reduce vacant school places.")
    assert_speaker(text, "reduce vacant school places", "Hackney Council")


def test_a_description_glued_before_an_organizations_name_is_no_part_of_it():
    text = ("In August, the San Francisco-based US Court of Appeals ruled in favour of the networks. The court "
            "said they were in the same position that Sony was in.")
    assert_speaker(text, "same position", "US Court of Appeals")


def test_a_plural_possessive_inside_an_organizations_name():
    text = ("Meanwhile, the Ontario Nurses’ Association says its members have reported that about 25 hospitals "
            "were forced to make changes.")
    assert_speaker(text, "25 hospitals", "Ontario Nurses’ Association")


def test_an_acronym_takes_the_country_before_its_full_name():
    text = ("ICE warns counties of more arrests\n\n"
            "U.S. Immigration and Customs Enforcement is doubling down on a promise.\n\n"
            "In a statement, the agency says residents can expect to spot more immigration officers.")
    assert_speaker(text, "spot more immigration officers", "U.S. Immigration and Customs Enforcement")


# ---------------------------------------------------------------- quotation marks and pull quotes


def test_a_plural_possessive_mark_closes_a_single_quotation_when_another_opens_next():
    text = ("ICE says 'non-cooperative jurisdictions' will see a more 'visible presence' of its officers.")
    quoted = [q.text for q in quotes_of(text) if q.kind == "partial"]
    assert quoted == ["non-cooperative jurisdictions", "visible presence"]


def test_a_pull_quote_is_the_speaker_who_says_the_words_later():
    text = ("Sheriffs see political wins in cooperating with ICE\n\n"
            "Texas accounts for a third of the partnerships, up from four when President Donald Trump took "
            "office.\n\n"
            "“We stand for the law. That’s what we do.”\n\n"
            "For Sheriff Andy Louderback, signing on was a no-brainer.\n\n"
            "“It has not been about politics,” said Louderback. “It’s been the law. We stand for the law. "
            "That’s what we do.”")
    quotes = [q for q in quotes_of(text) if q.text.startswith("We stand for the law")]
    assert [q.speaker for q in quotes] == ["Andy Louderback"]


# ---------------------------------------------------------------- second round


def test_an_office_of_a_domain_before_the_name_is_a_title_not_a_person():
    text = ("U.S. Secretary of State Condoleezza Rice, who met her counterpart, said the six nations had a good "
            "meeting on Wednesday.")
    quote = find(text, "good meeting")
    assert (quote.speaker, quote.speaker_title) == ("Condoleezza Rice", "U.S. Secretary of State")


def test_a_newspapers_plural_name_is_no_title():
    text = ("Ahmad Sadiq, spokesman for the Afghan army, said the two soldiers were shot, the Stars and Stripes "
            'reported.\n\n"We are working hard together," he told the military newspaper over the phone.')
    assert_speaker(text, "working hard together", "Ahmad Sadiq")


def test_another_organization_joined_before_the_name_is_no_part_of_it():
    text = ("Concerns surround a memorandum between the City of New Albany and the New Albany Housing "
            "Authority.\n\nThe Housing Authority said it does not have enough federal funding.")
    assert_speaker(text, "enough federal funding", "New Albany Housing Authority")


def test_a_plural_agent_noun_opening_a_sentence_is_nobody_by_name():
    assert_speaker("Speakers during the hearing said they were concerned about increased traffic.",
                   "increased traffic", None)


def test_a_surname_that_looks_like_an_agent_noun_is_still_a_person():
    text = "Bernie Sanders spoke in Iowa. Sanders said the campaign was going well."
    assert_speaker(text, "campaign was going well", "Bernie Sanders")


def test_a_past_perfect_cue_after_a_quotation_ending_in_an_ellipsis():
    text = "Ravi met them. “Maybe we need to consider pulling out players…” Kirsten had said."
    assert_speaker(text, "pulling out players", "Kirsten")


def test_a_participle_after_a_prepositions_object_speaks_for_the_subject():
    text = ("Gary Kirsten had blamed it squarely on the IPL saying that the standard of cricket in the league "
            "was poor.")
    assert_speaker(text, "standard of cricket", "Gary Kirsten")


def test_a_participle_after_with_and_a_name_is_that_persons():
    text = ("Ferguson did not play on Saturday, with Rovers boss Mark Hughes claiming it had been an "
            '"emotional and difficult time" for the player.')
    assert_speaker(text, "emotional and difficult time", "Mark Hughes")


def test_names_labelling_quotations_in_a_series_speak_them():
    text = ("Everton 2 – 1 Cardiff City\n\n"
            'Roberto Martinez: "It was a really intense game, Cardiff were very good."\n\n'
            'Ole Gunnar Solskjaer: "We feel very disappointed not coming away with one, maybe three points."')
    assert_speaker(text, "very disappointed", "Ole Gunnar Solskjaer")


def test_a_label_alone_before_a_quotation_is_nobody():
    assert_speaker('Match Report: "We feel very disappointed not coming away with a point."',
                   "very disappointed", None)


def test_a_description_after_the_name_without_its_comma():
    text = ("Scripps scientist Lynne Talley says the wildfire risk is growing.\n\n"
            '"The snow pack in the Sierra is melting earlier," said Talley an oceanographer.')
    assert_speaker(text, "snow pack", "Lynne Talley")


def test_a_speech_verb_opening_the_sentence_before_its_subject():
    text = ("Added National Association of Manufacturers President Jay Timmons, “This new ozone regulation "
            "threatens to be the most expensive ever.”")
    assert_speaker(text, "ozone regulation", "Jay Timmons")


def test_a_capitalised_title_after_the_name_and_its_comma_before_the_verb():
    text = ('"The White House applauds the Senate for confirming the nominee," Raj Shah, White House Spokesman '
            "said.")
    quote = find(text, "applauds the Senate")
    assert (quote.speaker, quote.speaker_title) == ("Raj Shah", "White House Spokesman")


def test_a_place_before_a_capitalised_title_is_no_name():
    assert_speaker("In Washington, White House Spokesman said the plan was good.", "plan was good", None)
