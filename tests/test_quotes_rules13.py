"""Attribution rules of the thirteenth round, found on blind sets 41-42 and in the engine's output
over the whole BBC corpus (speakers that are no names), not on single sentences of the
development gold. Each test fails on the code before its rule unless it says it is a guard."""

from __future__ import annotations

from quote_text import find, quotes_of


def test_two_colon_cues_each_introduce_the_quotation_after_them():
    text = ("Carl Emmerson told BBC News: \"We are not so sure.\" "
            "David Page said: \"His forecast is way too optimistic.\"")
    assert find(text, "not so sure").speaker == "Carl Emmerson"
    assert find(text, "way too optimistic").speaker == "David Page"


def test_an_added_colon_cue_still_says_its_speaker_spoke_before():
    # guard: "Moyes added:" tells who spoke the quotation before it
    text = ("Everton manager David Moyes admitted he was wrong. \"The dismissal was right,\" he said. "
            "Asked about it, he told reporters: \"I should set the record straight.\" Moyes added: \"It was one quick re-run.\"")
    assert find(text, "set the record straight").speaker == "David Moyes"


def test_a_cues_subject_is_never_before_a_quotation_that_ends_in_its_sentence():
    text = ("Carl Emmerson, from the Institute for Fiscal Studies, told BBC News: \"He thinks it will, in fact, "
            "be OK. We are not so sure.\" David Page, of Investec Securities, said: \"His forecast is too optimistic.\"")
    assert find(text, "too optimistic").speaker == "David Page"
    assert not [q for q in quotes_of(text) if q.kind == "indirect"]


def test_a_name_described_by_a_participle_adjective_is_the_person_named_before():
    text = ("British actor Clive Owen took best supporting actor for Closer. "
            "Celebrating his win, the Oscar-nominated Owen told reporters: \"The whole award season is new to me.\"")
    assert find(text, "award season").speaker == "Clive Owen"


def test_an_office_the_text_gives_nobody_is_the_ledes_untitled_subject():
    text = ("Tony Blair is urging European leaders to wake up from their \"state of denial\".\n\n"
            "\"America has spoken. The rest of the world should listen,\" the prime minister said in an interview.")
    assert find(text, "America has spoken").speaker == "Tony Blair"


def test_the_ledes_subject_holds_one_office_only():
    # guard: "the chancellor" was the lede's subject, so "the premier" is somebody else
    text = ("Gordon Brown has outlined the key themes of the next election bid.\n\n"
            "The chancellor said every child should have \"the best start in life\". "
            "The premier insisted Mr Brown would have \"a key role\" in the campaign.")
    assert find(text, "best start").speaker == "Gordon Brown"
    assert find(text, "a key role").speaker is None


def test_no_lede_office_once_another_untitled_person_is_named():
    # guard: with Tony Blair named since the lede, "the lord chancellor" could be anyone
    text = ("Betty Boothroyd has said the House of Lords needs its own Speaker.\n\n"
            "She said she believed Tony Blair began reforms without a clear outcome in mind. "
            "The lord chancellor hinted \"further reforms\" could come.")
    assert find(text, "further reforms").speaker is None


def test_a_spokesman_is_never_the_ledes_subject():
    # guard: a spokesman speaks for someone; he is not them
    text = ("Citizenship ceremonies could be introduced at 18, Charles Clarke has said.\n\n"
            "\"It is about drilling down and focusing on these sorts of problems,\" the spokesman added.")
    assert find(text, "drilling down").speaker is None


def test_a_plain_office_is_not_its_deputy_or_shadow():
    text = ("Shadow chancellor Oliver Letwin set out Tory tax plans on Monday.\n\n"
            "\"Never again Tory boom and bust,\" the chancellor told the conference.")
    assert find(text, "boom and bust").speaker != "Oliver Letwin"


def test_a_prepositions_object_before_a_comma_is_no_name_in_apposition():
    text = ("Tony Blair has backed the pre-Budget report.\n\n"
            "In a speech in Edinburgh, the prime minister said the report \"reinforced stability\".")
    assert find(text, "reinforced stability").speaker != "Edinburgh"


def test_a_quotation_naming_the_pronouns_person_by_first_name_is_not_theirs():
    text = ("O'Leary has rapped skipper Olof Mellberg for his comments.\n\n"
            "Mellberg spoke of his dislike of the rivals. \"I've had more than a quiet word with Olof,\" he told the website.")
    assert find(text, "quiet word").speaker != "Olof Mellberg"


def test_a_paragraph_closing_on_a_scare_quoted_name_does_not_carry_the_last_voice_over():
    text = ("Barbara Follet told researchers: \"I remember the remarks as we spoke.\" "
            "And Gillian Shepherd remembered how a colleague called all women \"Betty\".\n\n"
            "\"When I said my name isn't Betty, he said you're all the same.\" Harriet Harman told researchers "
            "of the hostility her advancement prompted: \"Well, you've only succeeded because you're a woman.\"")
    assert find(text, "my name isn't Betty").speaker != "Barbara Follet"


def test_a_quoted_phrase_inside_an_apposition_does_not_hide_the_subject_before_it():
    # guard for the rule above: only a quotation closing its sentence stops the subject search
    text = ("Barbara Follet, one of the so-called \"Blair Babes\" elected in 1997, told researchers: "
            "\"I remember the remarks as we spoke.\"")
    quote = find(text, "remarks as we spoke")
    assert (quote.speaker, quote.cue) == ("Barbara Follet", "told")


def test_a_common_noun_opening_a_sentence_is_a_source_but_nobody_by_name():
    text = ("Jim Bell led the chain for decades. Colleagues said that Mr Bell was proud of his humble beginnings. "
            "Speculation suggests that Euronext has the funds in place.")
    assert {q.speaker for q in quotes_of(text) if q.kind == "indirect"} == {None}


def test_a_participle_opening_a_sentence_is_no_speaker():
    text = ("Alun Michael defended the hunting ban. Following claims that the law was unenforceable, "
            "ministers met in London.")
    assert all(q.speaker != "Following" for q in quotes_of(text))


def test_a_name_ending_like_a_common_word_still_speaks():
    # guard: "Darling" and "Kelly" are surnames the text gives, not a participle or an adverb
    text = ("Alistair Darling and Ruth Kelly met on Monday. Darling said the plan \"will work\". "
            "Kelly said she \"agreed entirely\".")
    assert find(text, "will work").speaker == "Alistair Darling"
    assert find(text, "agreed entirely").speaker == "Ruth Kelly"


def test_a_company_name_of_a_letter_and_a_hyphen_is_one_name():
    text = "Finnish security firm F-Secure issued a warning but said the viruses \"do not do any damage\"."
    assert find(text, "do not do any damage").speaker == "F-Secure"


def test_a_business_described_by_its_nationality_is_no_name():
    text = ("Australian builder Multiplex Group reported a loss on the stadium. The Australian firm said the result was "
            "\"below expectations\". At the show, Siemens showed off a system. The German company said data "
            "\"could be transmitted faster\".")
    assert find(text, "below expectations").speaker == "Multiplex Group"
    assert find(text, "transmitted faster").speaker is None


def test_a_run_with_a_weekday_spells_no_acronym():
    text = ("Deutsche Boerse chief Werner Seifert is meeting Ms Furse on Thursday. "
            "According to the FT, the suitor will offer to \"manage a combined market\".")
    assert find(text, "combined market").speaker != "Furse on Thursday"


def test_the_pm_is_the_prime_minister():
    text = ("Tony Blair has said nothing will derail the campaign.\n\n"
            "The PM insisted he would \"fight on\" whatever the polls said.")
    assert find(text, "fight on").speaker == "Tony Blair"


def test_an_organization_described_by_a_participle_adjective_is_the_organization():
    text = ("Euronext is due to hold talks this week. Paris-based Euronext has also said it is "
            "\"interested in bidding\" for the exchange.")
    assert find(text, "interested in bidding").speaker == "Euronext"


def test_a_nationality_before_a_surname_is_no_first_name_of_another_person():
    text = ("Joachim Johansson beat Taylor Dent in Adelaide. The Swede was made to graft, American Dent "
            "surviving three break points. Afterwards, Dent said \"men's tennis is all about holding serve\".")
    assert find(text, "holding serve").speaker == "Taylor Dent"


def test_an_object_and_a_weekday_before_and_are_not_the_next_clauses_subject():
    text = ("League president Jose Luis Astiazaran spoke on Sunday. The two clubs met the Spanish FA on Monday "
            "and Astiazaran added: \"We decided the best thing was to play the time that was remaining.\"")
    assert find(text, "time that was remaining").speaker == "Jose Luis Astiazaran"


def test_a_peer_is_named_with_his_territorial_title():
    text = ("Lord Nicholls of Birkenhead said: \"Indefinite imprisonment is anathema.\"\n\n"
            "Lord Nicholls added: \"It deprives the detained person of protection.\"")
    assert {q.speaker for q in quotes_of(text)} == {"Nicholls of Birkenhead"}
    assert all(q.organization != "Birkenhead" for q in quotes_of(text))


def test_a_peer_the_text_also_names_in_full_keeps_his_own_name():
    # guard: "Jim Callaghan", later "Lord Callaghan of Cardiff", is one man, named Jim Callaghan
    text = ("Jim Callaghan has died. Lord Callaghan of Cardiff led Labour from 1976.\n\n"
            "In 1968 he said: \"I am not going to resign.\"")
    assert find(text, "not going to resign").speaker == "Jim Callaghan"


def test_a_royal_is_named_with_the_royal_title():
    text = ("Saudi Foreign Minister Prince Saud Al-Faisal said: \"Our reforms have worked.\" "
            "Crown Prince Frederik said: \"Bloom recognizes the darker aspects.\"")
    assert find(text, "reforms have worked").speaker == "Prince Saud Al-Faisal"
    assert find(text, "reforms have worked").speaker_title == "Saudi Foreign Minister"
    assert find(text, "darker aspects").speaker == "Crown Prince Frederik"


def test_the_survey_is_the_firm_that_ran_it():
    text = ("A separate survey by GMIPoll found that people want more gadgets.\n\n"
            "Digital cameras were \"the most popular choice\" of gadget, said the survey.")
    assert find(text, "most popular choice").speaker == "GMIPoll"


def test_a_source_cited_inside_a_named_speakers_clause_is_theirs():
    text = ("The group took up the case.\n\n"
            "Liberty said statistics suggested Roma Czechs were 400 times more likely to be stopped at the airport.")
    quote = find(text, "400 times more likely")
    assert (quote.kind, quote.speaker) == ("indirect", "Liberty")


def test_a_partys_claims_inside_a_denial_are_not_the_deniers_words():
    # guard: "denied Conservative claims that …" reports the party's claim, not Mr Brown's
    text = ("Gordon Brown presented the Budget.\n\n"
            "Mr Brown denied Conservative claims that he had fiddled the figures to meet his own rules.")
    assert all(q.speaker != "Gordon Brown" for q in quotes_of(text) if "fiddled" in q.text)


def test_a_weekdays_possessive_opens_the_reported_clause():
    text = "Tony Blair spoke in Edinburgh. He said Thursday's report reinforced stability and opportunity."
    assert find(text, "reinforced stability").text.startswith("Thursday's report")


def test_the_mp_for_a_constituency_is_the_mp_who_just_spoke():
    text = ("Labour MP Derek Wyatt criticised the campaign.\n\n"
            "However, Mr Wyatt predicted it would get under way. The MP for Sittingbourne and Sheppey said "
            "Tony Blair had been \"trying very hard\" to improve his standing.")
    assert find(text, "trying very hard").speaker == "Derek Wyatt"


def test_a_dash_and_a_name_after_a_quotation_credit_it():
    text = ("Critics praised the book.\n\n"
            "\u201cHad he written five books, he would have been George R.R. Martin.\u201d \u2014 Neil Gaiman")
    assert find(text, "five books").speaker == "Neil Gaiman"


def test_a_report_with_no_title_speaks_for_its_author():
    text = ("\"The market is largely factoring in a recovery in earnings,\" said a report from "
            "Kotak Institutional Equities.")
    assert find(text, "factoring in a recovery").speaker == "Kotak Institutional Equities"


# Guards from the review of this round: each rule above, reaching too far, gave these a wrong speaker.

def test_the_judge_in_a_story_about_someone_jailed_is_not_them():
    text = ("John Smith has been jailed for six years for defrauding his neighbours.\n\n"
            "Sentencing him, the judge said: \"You preyed on the most vulnerable people in your street.\"")
    assert find(text, "preyed on").speaker is None


def test_a_byline_is_no_lede():
    text = ("By Jane Wilson\n\nThe government has unveiled plans to cut waiting lists.\n\n"
            "Speaking in London, the prime minister said: \"No patient should wait more than 18 weeks.\"")
    assert find(text, "18 weeks").speaker is None


def test_a_lede_naming_two_untitled_people_gives_an_office_to_neither():
    text = ("Tony Blair has rejected calls from Gordon Brown to raise taxes on pensions.\n\n"
            "The chancellor said: \"We will not balance the books on the backs of pensioners.\"")
    assert find(text, "backs of pensioners").speaker is None


def test_the_mp_for_a_constituency_is_not_a_resident_who_just_spoke():
    text = ("Residents have protested against an incinerator in Bromsgrove.\n\n"
            "Jane Cooper, who lives next to the site, said the smell would be unbearable. "
            "The MP for Bromsgrove said: \"I will fight this scheme every step of the way.\"")
    assert find(text, "every step of the way").speaker is None


def test_may_in_a_name_is_no_month():
    text = "Theresa May and David Davis said: \"We will not be distracted from the job in hand.\""
    assert find(text, "job in hand").speaker != "David Davis"


def test_a_company_of_another_nationality_is_not_the_one_in_focus():
    text = ("Carmakers reported mixed results, with Japanese and German firms diverging.\n\n"
            "Volkswagen Group reported a sharp fall in profits.\n\n"
            "The Japanese company said: \"Our hybrid cars continue to sell strongly.\"")
    assert find(text, "hybrid cars").speaker is None


def test_a_company_ending_like_a_participle_still_speaks():
    text = "Boeing said: \"We were not given a fair chance to compete for this contract.\""
    assert find(text, "fair chance").speaker == "Boeing"


def test_a_peer_speaking_of_his_own_title_place_is_still_him():
    text = ("Lord Nicholls of Birkenhead has criticised the anti-terror laws.\n\n"
            "\"I grew up in Birkenhead and I know what freedom means,\" Lord Nicholls said.")
    assert find(text, "grew up in Birkenhead").speaker == "Nicholls of Birkenhead"


def test_a_playing_position_before_a_name_is_no_first_name():
    text = ("Wing Christophe Dominici says France can claim another Grand Slam.\n\n"
            "\"We are still in the race for the Grand Slam,\" said Dominici.")
    assert find(text, "still in the race").speaker == "Christophe Dominici"


def test_a_title_with_its_domain_set_off_by_a_comma_still_names_the_speaker():
    text = ("BA will suspend its Saudi flights.\n\n"
            "\"The decision is a difficult one to make,\" said BA director of commercial planning, Robert Boyle.")
    assert find(text, "difficult one").speaker == "Robert Boyle"


def test_meanwhile_between_a_subject_and_its_verb_keeps_the_subject():
    text = "Lib Dem spokesman Ed Davey meanwhile said the quango guide showed \"an explosion\" of agencies."
    assert find(text, "an explosion").speaker == "Ed Davey"
