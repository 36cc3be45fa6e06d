"""Attribution rules of the sixth round, each on a hand-written sentence (conventions of news
writing, not one article's words): a speaker's quotations running on over paragraphs,
organization anaphora, title-holder nominals, names that open with a common word, and a
partial quotation whose verb shares the subject of a coordinated clause."""

from __future__ import annotations

from quote_text import quotes_of


def marked_speaker(text: str, fragment: str) -> str | None:
    matches = [q for q in quotes_of(text) if fragment in q.text and q.kind != "indirect"]
    assert matches, f"no quotation with {fragment!r}"
    return matches[0].speaker


def indirect_speaker(text: str, fragment: str) -> str | None:
    matches = [q for q in quotes_of(text) if fragment in q.text and q.kind == "indirect"]
    assert matches, f"no reported clause with {fragment!r}"
    return matches[0].speaker


# ------------------------------------------------------------------ 1. paragraphs run on


def test_quote_opening_a_paragraph_after_reported_speech_is_that_speakers():
    text = ("Mayor Janet Okafor said the city would have to raise taxes next year.\n\n"
            "“We have no choice. The budget is broken and the state will not help us.”")
    assert marked_speaker(text, "We have no choice") == "Janet Okafor"


def test_quote_opening_a_paragraph_after_a_colon_introduction():
    text = ("Janet Okafor, the mayor, did not hide her anger at the council meeting on Monday:\n\n"
            "“We were promised the money in March. We have not seen a penny of it since then.”")
    assert marked_speaker(text, "We were promised") == "Janet Okafor"


def test_run_on_after_reported_speech_and_a_sentence_about_the_same_speaker():
    text = ("President Barack Obama spoke in Nairobi.\n\n"
            "The president also admitted that some governments needed to improve their records. "
            "However, he defended his decision to engage with them.\n\n"
            "“Well, they are not ideal institutions. But engagement works better than silence.”")
    assert marked_speaker(text, "they are not ideal institutions") == "Barack Obama"


def test_run_on_through_an_impersonal_colon_introduction():
    text = ("“I fought to get the full script,” said Mary Steenburgen.\n\n"
            "That process led to a realization: “It was a love song to her city and to home.”")
    assert marked_speaker(text, "It was a love song") == "Mary Steenburgen"


def test_no_run_on_through_an_introduction_naming_someone():
    text = ("“I fought to get the full script,” said Mary Steenburgen.\n\n"
            "Then Tom Reyes had a realization: “It was a love song to her city and to home.”")
    assert marked_speaker(text, "It was a love song") in (None, "Tom Reyes")


def test_run_on_skips_a_photo_caption():
    text = ("Mayor Janet Okafor said the city would have to raise taxes next year.\n\n"
            "The town hall in winter\n\n"
            "“We have no choice. The budget is broken and the state will not help us.”")
    assert marked_speaker(text, "We have no choice") == "Janet Okafor"


def test_run_on_stops_at_a_heading_or_prose():
    text = ("Mayor Janet Okafor said the city would have to raise taxes next year.\n\n"
            "The council has debated the budget for months without agreeing on any of the cuts "
            "proposed by the finance office.\n\n"
            "“We have no choice. The budget is broken and the state will not help us.”")
    assert marked_speaker(text, "We have no choice") is None


def test_run_on_yields_to_the_quotations_own_cue():
    text = ("Mayor Janet Okafor said the city would have to raise taxes next year.\n\n"
            "“We have no choice. The budget is broken,” said council member Tom Reyes.")
    assert marked_speaker(text, "We have no choice") == "Tom Reyes"


def test_run_on_gives_way_to_another_speaker_later_in_the_paragraph():
    text = ("Mayor Janet Okafor said the city would have to raise taxes next year.\n\n"
            "“We have no choice.” That is what council member Tom Reyes told reporters.")
    assert marked_speaker(text, "We have no choice") in (None, "Tom Reyes")


def test_run_on_not_when_the_previous_paragraph_ended_with_someone_else():
    text = ("Mayor Janet Okafor said the city would have to raise taxes. Her deputy, Tom Reyes, "
            "disagreed with the plan.\n\n"
            "“We have no choice. The budget is broken and the state will not help us.”")
    assert marked_speaker(text, "We have no choice") is None


# ------------------------------------------------------------------ 2. organization anaphora


def test_the_company_is_the_only_organization_named():
    text = ("Acme Industries reported a loss of $40 million in the third quarter.\n\n"
            "Analysts had expected a profit. Sales fell in every region.\n\n"
            "Shares dropped sharply on Tuesday morning after the results.\n\n"
            "The company said “the worst is behind us” in a statement.")
    assert marked_speaker(text, "the worst is behind us") == "Acme Industries"


def test_the_agency_is_the_most_recent_agency():
    text = ("The Environmental Protection Agency and Exxon Mobil met in March.\n\n"
            "The agency said the new rules would take effect in the spring of next year.")
    assert indirect_speaker(text, "the new rules would take effect") == "Environmental Protection Agency"


def test_the_company_with_two_companies_named_is_nobody():
    text = ("Acme Industries and Globex Corporation both reported losses.\n\n"
            "Sales fell in every region, and shares dropped on Tuesday.\n\n"
            "The company said “the worst is behind us” in a statement.")
    assert marked_speaker(text, "the worst is behind us") is None


def test_it_as_subject_of_a_speech_verb_is_the_salient_organization():
    text = ("Acme Industries reported a loss of $40 million in the third quarter.\n\n"
            "Sales fell in every region. Shares dropped on Tuesday.\n\n"
            "It said it would cut 500 jobs by the end of the year.")
    assert indirect_speaker(text, "it would cut 500 jobs") == "Acme Industries"


def test_the_utility_is_the_named_utility():
    text = ("Pacific Gas & Electric Co. and the state regulator met on Monday.\n\n"
            "Crews worked through the night.\n\n"
            "The utility said it would restore power to most customers by Friday.")
    assert indirect_speaker(text, "it would restore power") == "Pacific Gas & Electric Co."


def test_the_company_is_not_a_ministry():
    text = ("The Ministry of Finance published new figures.\n\n"
            "The company said it would appeal against the ruling.")
    assert indirect_speaker(text, "it would appeal") is None


def test_a_defined_acronym_speaks_for_the_full_name():
    text = ("Standard & Poor's (S&P) downgraded the country on Friday.\n\n"
            "S&P said the debt burden would keep growing for years.")
    assert indirect_speaker(text, "the debt burden") == "Standard & Poor's"


def test_the_statement_is_the_statement_just_attributed():
    text = ("Two soldiers were killed in a crash, the US military said in a statement on Wednesday.\n\n"
            "“The cause of the crash is under investigation,” the statement said.")
    assert marked_speaker(text, "The cause of the crash") == "US military"


def test_the_statement_of_an_unnamed_source_is_nobody():
    text = ("Two soldiers were killed, the US military said.\n\n"
            "Officials said in a statement on Wednesday that an inquiry would begin.\n\n"
            "“The cause of the crash is under investigation,” the statement said.")
    assert marked_speaker(text, "The cause of the crash") is None


def test_a_shortened_company_name_is_the_full_name_the_text_gives():
    text = ("Amazon bought Whole Foods Market last year.\n\n"
            "Whole Foods said it has lowered prices on hundreds of items.")
    assert indirect_speaker(text, "it has lowered prices") == "Whole Foods Market"


# ------------------------------------------------------------------ 3. title holders


def test_the_minister_is_the_person_with_that_title():
    text = ("Finance Minister Bruno Lemaire presented the budget on Monday.\n\n"
            "Unions called a strike for Thursday.\n\n"
            "“This budget protects the poorest,” the minister said.")
    assert marked_speaker(text, "This budget protects") == "Bruno Lemaire"


def test_a_possessive_title_nominal_is_its_holder():
    text = ("Bruno Lemaire, France's finance minister, presented the budget on Monday.\n\n"
            "Unions called a strike for Thursday.\n\n"
            "“This budget protects the poorest,” France's finance minister said.")
    assert marked_speaker(text, "This budget protects") == "Bruno Lemaire"


def test_another_countrys_minister_is_not_the_holder():
    text = ("Bruno Lemaire, France's finance minister, presented the budget on Monday.\n\n"
            "“This budget hurts Europe,” Germany's finance minister said.")
    assert marked_speaker(text, "This budget hurts") is None


def test_an_age_and_title_nominal_is_the_holder():
    text = ("Anna Berg, the museum's director, opened the exhibition.\n\n"
            "The show runs until May.\n\n"
            "“We waited ten years for this,” the 47-year-old director said.")
    assert marked_speaker(text, "We waited ten years") == "Anna Berg"


def test_the_spokeswoman_is_the_named_spokeswoman():
    text = ("Laura Kim, a spokeswoman for the airline, confirmed the delay.\n\n"
            "“Safety comes first for every flight we operate,” the spokeswoman said.")
    assert marked_speaker(text, "Safety comes first") == "Laura Kim"


def test_a_title_introduced_before_the_name_in_the_next_sentence():
    text = ("The euro rose again. Meanwhile, France's finance minister has said the world faced "
            "“economic catastrophe” without action. Herve Gaymard said he would raise the issue "
            "in February. “We need coordinated management,” said Mr Gaymard.")
    assert marked_speaker(text, "economic catastrophe") == "Herve Gaymard"


def test_a_title_is_not_a_person_named_before():
    text = ("Herve Gaymard met the unions. Later, France's finance minister said the world faced "
            "“economic catastrophe” without action. Herve Gaymard said he would go to Brussels.")
    assert marked_speaker(text, "economic catastrophe") is None


def test_a_title_nobody_holds_is_nobody():
    text = ("Finance Minister Bruno Lemaire presented the budget on Monday.\n\n"
            "“This budget hurts the poorest,” the director said.")
    assert marked_speaker(text, "This budget hurts") is None


def test_a_holder_named_later_in_the_same_sentence():
    text = ("“We waited ten years for this,” the director said, and Anna Berg, the museum's "
            "director, smiled.")
    assert marked_speaker(text, "We waited ten years") == "Anna Berg"


# ------------------------------------------------------------------ 4. names


def test_a_pronoun_word_before_a_capitalised_word_starts_a_name():
    text = ("The tariffs hurt exporters.\n\n"
            "“Without rolling back some of the tariffs, nothing will change,” said He Jianxiong, "
            "an economist in Beijing.")
    assert marked_speaker(text, "Without rolling back") == "He Jianxiong"


def test_a_name_starting_with_a_pronoun_word_as_subject():
    text = "He Jianxiong said “the trade war has no winners at all” on Monday."
    assert marked_speaker(text, "the trade war has no winners") == "He Jianxiong"


def test_an_attribution_with_an_apposition_after_a_question_ends_its_sentence():
    text = ("“What is the incentive to sign this deal?” He Jianxiong, the former executive "
            "director at the fund, said at a conference in Washington.")
    assert marked_speaker(text, "What is the incentive") == "He Jianxiong"


def test_a_month_after_a_preposition_is_no_name():
    text = ("In May Tom Reyes said “the budget is broken beyond repair” at a meeting.\n\n"
            "“We have no choice,” Reyes said.")
    assert marked_speaker(text, "We have no choice") == "Tom Reyes"


def test_a_pronoun_before_a_common_capitalised_word_is_no_name():
    text = ("Tom Reyes met the council.\n\n“We have no choice,” he said. He Then left.")
    assert marked_speaker(text, "We have no choice") == "Tom Reyes"


def test_a_headline_verb_after_he_is_no_name():
    from archive.quotes.speakers import opens_name
    assert not opens_name("He Says Sorry".split())
    assert opens_name("He Jianxiong".split())


def test_a_modal_word_before_a_surname_starts_a_name():
    text = "“The board made the right call for the club,” said Will Carling."
    assert marked_speaker(text, "The board made") == "Will Carling"


def test_surname_first_name_keeps_its_full_form():
    text = ("Lee Jae-myung led the opposition.\n\n"
            "“This is a coup against the people of the country,” Lee said.")
    assert marked_speaker(text, "This is a coup") == "Lee Jae-myung"


# ------------------------------------------------------------------ 5. coordinated clauses


def test_partial_quote_in_a_coordinated_clause_takes_the_subject():
    text = ("Lee Jae-myung, who leads the opposition, called the decree “illegal and "
            "unconstitutional” and said the party would seek impeachment.")
    assert marked_speaker(text, "illegal and") == "Lee Jae-myung"


def test_partial_quote_after_and_takes_the_first_verbs_subject():
    text = ("Senator Maria Lopez, who chairs the committee, voted against the bill and called it "
            "“a gift to the banks.”")
    assert marked_speaker(text, "a gift to the banks") == "Maria Lopez"


def test_partial_quote_after_a_second_verb_takes_the_subject_past_its_relative_clause():
    text = ("Lee Jae-myung, who leads the opposition, met reporters on Monday and called the decree "
            "“illegal and unconstitutional.”")
    assert marked_speaker(text, "illegal and") == "Lee Jae-myung"


def test_a_verb_after_a_partial_quote_shares_the_subject():
    text = ("Lee Jae-myung, who leads the opposition, called the decree “illegal and "
            "unconstitutional” and said the party would seek impeachment on Friday.")
    assert indirect_speaker(text, "the party would seek impeachment") == "Lee Jae-myung"


def test_a_name_inside_a_relative_clause_is_not_the_subject():
    text = "The bill, which Maria Lopez opposed, passed and was called “a gift to the banks.”"
    assert all(q.speaker is None for q in quotes_of(text))


def test_an_adverb_between_subject_and_cue_verb():
    text = ("Benjamin Netanyahu spoke in March.\n\n"
            "Netanyahu strongly warned against making a “bad deal” during his address.")
    assert marked_speaker(text, "bad deal") == "Benjamin Netanyahu"


def test_a_cue_verb_before_a_preposition_reports_no_clause():
    text = "Vanessa Hicks spoke of her time in the military and warned against cuts to the budget."
    assert [q for q in quotes_of(text) if q.kind == "indirect"] == []


def test_an_organization_with_its_acronym_in_brackets_speaks():
    text = ("The Motion Picture Association of America (MPAA) also said it had closed down a "
            "network called LokiTorrent.")
    assert indirect_speaker(text, "it had closed down") == "Motion Picture Association of America"


def test_a_place_in_an_apposition_is_not_the_speaker():
    text = ("Martin Mubanga claimed he was mistreated. Mr Mubanga, 32, from Wembley, London, said "
            "he was interrogated at the camp.")
    assert indirect_speaker(text, "he was interrogated") == "Martin Mubanga"


def test_the_addressee_of_a_letter_is_not_the_speaker():
    text = ("In a letter to Kevin McAleenan, who was the acting director of the department, said "
            "they would provide 100 doses of the vaccine.")
    assert all(q.speaker != "Kevin McAleenan" for q in quotes_of(text))


def test_it_after_an_organization_speaker_in_the_same_sentence_is_that_organization():
    text = ("The US military said two soldiers died in a crash on Wednesday.\n\n"
            "The Afghan Taliban, however, claimed responsibility for the crash of the helicopter, "
            "which it said crashed in Logar province south of the capital.")
    got = {q.text: q.speaker for q in quotes_of(text) if q.kind == "indirect"}
    assert got.get("crashed in Logar province south of the capital") in (None, "Afghan Taliban")


def test_a_discourse_adverb_between_subject_and_verb():
    text = "The Afghan Taliban, however, claimed that the helicopter was shot down by its fighters."
    assert indirect_speaker(text, "the helicopter was shot down") == "Afghan Taliban"


def test_claimed_responsibility_reports_no_clause():
    text = "The Afghan Taliban claimed responsibility for shooting down the helicopter on Tuesday."
    assert [q for q in quotes_of(text) if q.kind == "indirect"] == []


def test_a_phrase_without_a_verb_after_a_cue_reports_nothing():
    text = "Kevin Mayer, the chairman of the unit, said Tuesday at the Code Media conference in Hollywood."
    assert [q for q in quotes_of(text) if q.kind == "indirect"] == []
    text = "Ashraf Ghani announced the potential exchange last week."
    assert [q for q in quotes_of(text) if q.kind == "indirect"] == []


def test_a_clause_with_a_verb_in_s_or_an_irregular_past_is_reported():
    assert indirect_speaker("Tom Reyes said the base serves as an outpost in the fight.",
                            "the base serves") == "Tom Reyes"
    assert indirect_speaker("Tom Reyes said the guards slept at their posts for hours.",
                            "the guards slept") == "Tom Reyes"


def test_a_colon_introduced_list_of_short_items_is_reported_speech():
    text = ("In a wide-ranging interview, President Barack Obama also said:\n\n"
            "The UK must stay in the EU to have influence on the world stage\n\n"
            "He is confident the Iran nuclear deal will be passed by Congress\n\n"
            "Read the full transcript of his interview")
    got = [(q.kind, q.text, q.speaker) for q in quotes_of(text)]
    assert got == [
        ("indirect", "The UK must stay in the EU to have influence on the world stage", "Barack Obama"),
        ("indirect", "He is confident the Iran nuclear deal will be passed by Congress", "Barack Obama"),
    ]


def test_a_single_unpunctuated_line_after_a_colon_stays_a_block():
    text = "The president tweeted on Friday, Barack Obama wrote:\n\nGreat day for America and the world\n\nMore follows here."
    kinds = [q.kind for q in quotes_of(text) if "Great day" in q.text]
    assert kinds == ["block"]


def test_a_fronted_word_before_an_interrupting_attribution():
    text = ("Ian Fogg, an analyst, spoke. Before now, he said, Apple has been seen as a premium "
            "brand. But, he said, the Mac mini changed that perception.")
    got = [(q.text, q.speaker) for q in quotes_of(text) if q.kind == "indirect"]
    assert got == [("Apple has been seen as a premium brand", "Ian Fogg"),
                   ("the Mac mini changed that perception", "Ian Fogg")]


def test_still_between_subject_and_cue_verb():
    text = "Chris Early spoke. But Early still says streaming has a viable future in the industry."
    assert indirect_speaker(text, "streaming has a viable future") == "Chris Early"


def test_an_inverted_organization_subject_with_its_acronym():
    text = ("Online communities set up by the government could encourage public debate, says the "
            "Institute of Public Policy Research (IPPR).")
    assert indirect_speaker(text, "Online communities") == "Institute of Public Policy Research"


def test_a_collective_source_with_capitalised_modifiers_and_a_weekday_tail():
    text = ("After years of hostile relations, the government plans to lift trade sanctions, Obama "
            "administration officials said late Thursday.")
    assert [(q.text, q.speaker) for q in quotes_of(text) if q.kind == "indirect"] == [
        ("After years of hostile relations, the government plans to lift trade sanctions", None)]


def test_divulged_with_a_weekday_reports_its_clause():
    text = "Officials divulged Thursday that the government had allowed two visits by inspectors."
    assert indirect_speaker(text, "the government had allowed") is None


def test_they_said_reports_for_an_unnamed_source():
    text = ("They said that Sudan had a long way to go on human rights, but that better relations "
            "could help increase American leverage.")
    assert [(q.text, q.speaker) for q in quotes_of(text) if q.kind == "indirect"] == [
        ("Sudan had a long way to go on human rights", None),
        ("better relations could help increase American leverage", None)]


def test_made_it_clear_reports_a_clause():
    assert indirect_speaker("Tom Reyes made it clear that the improved rating did not mean the "
                            "risks were gone.", "the improved rating") == "Tom Reyes"
