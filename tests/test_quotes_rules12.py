"""Attribution rules of the twelfth round: classes of error counted over all the development gold
(sets 1-32 pooled), not single sentences. Each test fails on the code before its rule."""

from __future__ import annotations

from quote_text import find, quotes_of


def test_run_on_voice_survives_a_later_cue_with_its_own_reported_clause():
    text = ("Lib Dem spokesman Mark Oaten said there were no contingency plans.\n\n"
            "\"These detainees should be prosecuted. Renewing the law is not an option.\" "
            "Shadow home secretary David Davis said it was not possible to overstate the judgment.")
    assert find(text, "These detainees").speaker == "Mark Oaten"


def test_run_on_voice_still_gives_way_to_a_cue_that_reports_nothing_of_its_own():
    text = ("Mayor Ann Okafor said the city would raise taxes.\n\n"
            "\"We have no choice.\" That is what Tom Reyes told the council.")
    assert find(text, "no choice").speaker is None


def test_the_constituency_mp_is_the_untitled_person_who_just_spoke():
    text = ("Hazel Blears said innocent Muslims would be targeted.\n\n"
            "\"The threat is most likely to come from extremists,\" the Salford MP told the committee.")
    quote = find(text, "threat is most likely")
    assert quote.speaker == "Hazel Blears"


def test_the_party_mp_with_nobody_before_is_nobody_not_the_party():
    text = "\"The threat is most likely to come from extremists,\" the Labour MP told the committee."
    quote = find(text, "threat is most likely")
    assert quote.speaker is None


def test_a_name_after_a_prepositions_object_and_and_is_the_next_clauses_subject():
    text = ("Italy coach John Kirwan believes his side can upset England.\n\n"
            "The sides meet at Twickenham and Kirwan says his side will be hoping to win. "
            "\"We have to make sure the games are tough.\"")
    assert find(text, "games are tough").speaker == "John Kirwan"


def test_two_names_joined_by_and_with_no_preposition_are_nobody_alone():
    text = ("Italy coach John Kirwan believes his side can upset England.\n\n"
            "Jones and Kirwan said the side would be hoping to win the game.")
    assert find(text, "hoping to win").speaker is None


def test_a_ledes_described_speaker_is_the_person_the_next_paragraph_names():
    text = ("Chancellor Gordon Brown will meet his golden rule \"with a margin to spare\", "
            "according to his former chief economic adviser.\n\n"
            "Formerly one of Mr Brown's closest aides, Ed Balls said he hoped more would be done on tax credits.")
    assert find(text, "margin to spare").speaker == "Ed Balls"


def test_a_ledes_described_speaker_stays_nobody_when_the_next_paragraph_names_no_new_speaker():
    text = ("The plot of a bestseller is \"laughable\", a clergyman has said.\n\n"
            "The novel claims Jesus was not crucified. It has sold seven million copies.")
    assert find(text, "laughable").speaker is None


def test_an_acronym_written_as_a_word_is_the_organization_it_abbreviates():
    text = ("The ban threatens British American Tobacco, which plans to grow in China.\n\n"
            "Bat told the BBC that it had secured \"the highest levels of government\" approval.")
    assert find(text, "highest levels").speaker == "British American Tobacco"


def test_an_acronym_defined_in_apposition_is_named_in_full():
    text = ("CENTR, the Council of European National Top Level Domain Registries, said: "
            "\"A rush to introduce the browsers is overly zealous.\"")
    assert find(text, "rush to introduce").speaker == "Council of European National Top Level Domain Registries"


def test_a_capitalised_word_right_before_a_first_name_is_not_part_of_the_name():
    text = ("But general secretary of the public services union Unison Dave Prentis criticised the plans. "
            "\"If you want world class public services you do not get that by hitting people.\"")
    assert find(text, "world class").speaker == "Dave Prentis"


def test_an_office_ending_in_a_capitalised_word_does_not_join_the_holders_name():
    text = ("But Chief Secretary to the Treasury Paul Boateng attacked the Tory plans. "
            "\"The Conservatives are committed to cutting spending,\" he said.")
    assert find(text, "committed to cutting").speaker == "Paul Boateng"


def test_a_publication_after_in_the_is_no_apposition_and_an_owner_does_not_hold_the_office():
    text = ("The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as a \"great thriller\". "
            "Despite enjoying Dan Brown's conspiracy theory, the Bishop said there was a lack of evidence.\n\n"
            "Writing his Christmas message in the Northern Echo, the Bishop said: "
            "\"Conspiracy theories are always fun.\"")
    assert find(text, "Conspiracy theories").speaker == "Tom Wright"


def test_according_to_the_office_is_its_holder():
    text = ("The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as a \"great thriller\".\n\n"
            "A great deal of evidence proves the Biblical version was true, according to the Bishop.")
    assert find(text, "great deal of evidence").speaker == "Tom Wright"


def test_a_person_whose_possessive_opens_the_sentence_may_still_hold_the_office():
    text = ("\"Tensions threaten growth,\" John Williams, the president of the Federal Reserve Bank, said.\n\n"
            "Mr. Trump's theatrical embrace is not limited to China. He has injected drama into trade talks.\n\n"
            "The president says his approach has created leverage with trading partners.")
    assert find(text, "created leverage").speaker != "John Williams"


def test_an_organization_ending_in_industry_or_unit_keeps_its_first_word():
    text = ("Download sales reached 312,000, according to the British Phonographic Industry. "
            "Sabotage is most commonly committed from within, according to the National Hi-Tech Crime Unit.")
    assert find(text, "Download sales").speaker == "British Phonographic Industry"
    assert find(text, "Sabotage").speaker == "National Hi-Tech Crime Unit"


def test_a_people_or_two_plural_names_are_nobody():
    text = ("Most Russians believe the destruction of Yukos is now inevitable. "
            "The Ospreys and Scarlets say they are happy to support the Wales cause.")
    assert find(text, "destruction of Yukos").speaker is None
    assert find(text, "support the Wales cause").speaker is None


def test_a_federation_of_societies_stays_one_organization():
    text = ("The International Federation of the Red Cross and Red Crescent Societies said "
            "it was seeking $6.5m for emergency aid.")
    assert find(text, "seeking").speaker == "International Federation of the Red Cross and Red Crescent Societies"


def test_a_paragraph_whose_last_sentence_quotes_someone_runs_on_into_the_next():
    text = ("\"Many online consumers don't consider the true motives of spammers,\" said Mike Newton, "
            "a spokesperson for the BSA which commissioned the survey of consumers.\n\n"
            "\"By selling software that appears legitimate, spammers are hiding spyware.\"")
    assert find(text, "By selling software").speaker == "Mike Newton"


def test_a_paragraph_whose_quotation_is_followed_by_other_sentences_does_not_run_on():
    text = ("\"Many online consumers don't consider the true motives of spammers,\" said Mike Newton. "
            "The survey covered 6,000 people in six countries and their attitudes to junk mail.\n\n"
            "\"By selling software that appears legitimate, spammers are hiding spyware.\"")
    assert find(text, "By selling software").speaker is None


def test_a_report_nested_in_a_named_speakers_clause_is_theirs():
    text = ("Carib Chief Charles Williams said talks with Disney's producers revealed there was "
            "\"a strong element of cannibalism in the script\".")
    assert find(text, "cannibalism").speaker == "Charles Williams"


def test_a_title_word_after_a_first_name_or_a_title_is_a_surname():
    text = ("Last month, Bank of England governor Mervyn King said that the economy had hit a "
            "\"softer patch\" after rapid growth. Martin Luther King Jr. said \"we shall overcome\".")
    assert find(text, "softer patch").speaker == "Mervyn King"
    assert find(text, "overcome").speaker == "Martin Luther King Jr."


def test_a_national_executive_is_a_government():
    text = ("But the Scottish Executive has insisted Mr McConnell was speaking about adults and his "
            "comments were \"a recognition that people will get drunk\".")
    assert find(text, "recognition").speaker == "Scottish Executive"


def test_a_list_items_bullet_does_not_hide_its_colon_introduction():
    text = ("- Brentford boss Martin Allen: \"After conceding eight goals, I have to admit I am not "
            "confident. \"There is no doubt we are the underdogs.\"")
    assert find(text, "conceding eight goals").speaker == "Martin Allen"
    assert find(text, "underdogs").speaker == "Martin Allen"


def test_a_ledes_possessive_description_is_the_person_named_next():
    text = ("The UK's top judge has revealed he has clashed with ministers about public inquiries.\n\n"
            "Lord Woolf said he was determined his current veto should continue.")
    # (a peer the text names only by style and one name keeps the style since 2026-12-01's session)
    assert find(text, "clashed with ministers").speaker == "Lord Woolf"


def test_a_one_word_name_that_admitted_something_is_the_company_described_next():
    text = ("Monsanto admitted one of its employees paid the official. Monsanto was facing opposition.\n\n"
            "The company said it became aware of irregularities at a subsidiary in 2001.")
    assert find(text, "became aware").speaker == "Monsanto"


def test_a_nicknamed_name_is_the_speakers_fullest_name_and_its_nickname_no_quotation():
    text = ("Brian 'Head' Welch told a radio station that his bandmates respected his decision. "
            "\"I'm going to show it through my actions,\" added Welch. "
            "Def Jam boss Antonio \"LA\" Reid said: \"I can think of no-one more relevant.\"")
    assert find(text, "through my actions").speaker == "Brian 'Head' Welch"
    assert find(text, "no-one more relevant").speaker == 'Antonio "LA" Reid'
    assert not [q for q in quotes_of(text) if q.text.strip() in ("LA", "Head")]


def test_a_capitalised_heading_and_a_question_word_do_not_join_a_name():
    text = ("Germaine Greer has criticised the show's \"bullying\" of housemates.\n\n"
            "VOTE   Was Germaine Greer right to leave Celebrity Big Brother?\n\n"
            "She said \"superior\" bullying tactics could encourage playground bullying.")
    assert find(text, "superior").speaker == "Germaine Greer"


def test_a_second_verb_joined_by_but_shares_the_first_verbs_subject():
    text = ("Dr Brian Gibbons, on his first full day in the job after Jane Hutt was sacked, admitted "
            "\"big challenges\" but insisted the \"essentials\" were in place.")
    assert find(text, "essentials").speaker == "Brian Gibbons"


def test_a_plural_noun_with_a_plural_verb_is_nobody_but_a_party_speaks():
    text = ("Academics point out that there has not been any definitive research on violent games. "
            "The Tories say the law is unfair to families.")
    assert find(text, "definitive research").speaker is None
    assert find(text, "unfair to families").speaker == "Tories"


def test_what_a_company_or_paper_is_is_no_part_of_its_name():
    text = ("Miner Highland Gold said it regretted any limit on privatisation. "
            "In a sign of change, giant ISP AOL announced on Tuesday that it had plans to launch a phone service. "
            "\"Bad news for the company,\" the China Daily newspaper said.")
    assert find(text, "regretted").speaker == "Highland Gold"
    assert find(text, "phone service").speaker == "AOL"
    assert find(text, "Bad news").speaker == "China Daily"


def test_a_paper_a_participle_follows_as_an_object_is_not_its_speaker():
    text = ("Mr Houston was quoted in the Herald newspaper saying: "
            "\"I feel UKIP have over-reacted and overshot the runway.\"")
    assert find(text, "overshot").speaker != "Herald"


def test_an_age_description_is_the_person_the_last_sentence_was_about_not_its_object():
    text = ("Andre Agassi pulled out of the Kooyong Classic with a hip injury.\n\n"
            "Agassi was serving at 5-6 down to fellow American Andy Roddick when he decided to end the match. "
            "\"My hip was cramping and I just could not continue,\" said the 34-year-old.")
    assert find(text, "hip was cramping").speaker == "Andre Agassi"


def test_a_described_office_is_not_a_holder_of_another_office_with_the_same_head():
    text = ("Jack Straw has attacked the ruling.\n\n"
            "The foreign secretary said the right to life was the \"most important liberty\". "
            "New Home Secretary Charles Clarke vowed the men would remain in prison.\n\n"
            "The home secretary said the men were dangerous to the public.")
    assert find(text, "most important liberty").speaker != "Charles Clarke"
    assert find(text, "dangerous to the public").speaker == "Charles Clarke"


def test_as_someone_put_it_attributes_the_quotation_and_put_it_alone_does_not():
    text = ("Neil Gaiman was a friend of the writer.\n\n"
            "As Gaiman put it, \"Had he taken that world and written five books, he would have been a star.\"\n\n"
            "Neil Gaiman put it on the table. \"That is the manuscript.\"")
    assert find(text, "written five books").speaker == "Neil Gaiman"
    assert find(text, "That is the manuscript").cue != "put it"


def test_a_first_person_quotation_after_a_sentence_about_someone_is_theirs_though_it_says_he():
    text = ("Phil Thompson said Gerrard was loyal. Thompson, who savoured seven titles, is confident "
            "that Champions League football will keep Gerrard at Anfield. \"I hope Liverpool win and he "
            "will commit himself.\"")
    assert find(text, "commit himself").speaker == "Phil Thompson"


def test_a_nationality_as_a_sentences_subject_is_the_person_the_story_is_about():
    text = ("Arsenal striker Jose Antonio Reyes has been the victim of a radio prank.\n\n"
            "The Spaniard believed he was talking to Real Madrid sporting director Emilio Butragueno when "
            "he said some of his team-mates were \"bad people\".")
    assert find(text, "talking to Real Madrid").speaker == "Jose Antonio Reyes"


def test_a_first_name_ending_in_i_is_not_a_nationality():
    text = ("Shani Rhys James is worried that the arts will suffer under the plans. Rhys James said that arts "
            "funding \"should be separate from government\".")
    assert find(text, "separate from government").speaker == "Shani Rhys James"


def test_an_agency_ending_in_executive_is_an_organization_and_a_chief_executive_is_not():
    text = ("The Health and Safety Executive said it was trying to get workers more involved. "
            "The chief executive said the results were \"respectable\".")
    assert find(text, "workers more involved").speaker == "Health and Safety Executive"
    assert find(text, "respectable").speaker != "chief executive"


def test_the_company_is_not_the_newspaper_the_story_cites():
    text = ("IBM is to give away 500 patents, the New York Times reported. IBM has received 25,772 patents.\n\n"
            "The company said it wanted to encourage other firms to release patents into a commons.")
    assert find(text, "encourage other firms").speaker != "New York Times"


def test_a_relation_of_a_named_person_is_someone_else_named_next():
    text = ("A close associate of former Yukos boss Mikhail Khodorkovsky has told a court that fraud charges "
            "against him are \"false\".\n\n"
            "Platon Lebedev said there were \"absurd contradictions\" in the case.")
    assert find(text, "false").speaker == "Platon Lebedev"


def test_a_partys_adjective_before_claims_is_a_noun_phrase_not_a_speaker():
    text = ("Labour's election chief Alan Milburn has defended the posters amid Tory claims the ads were "
            "nothing short of \"sly anti-Semitism\".")
    assert find(text, "sly anti-Semitism").speaker is None


def test_a_clause_before_an_organization_defined_with_its_acronym_is_reported_speech():
    text = ("The UK manufacturing sector will continue to face \"serious challenges\" over the next two "
            "years, the British Chamber of Commerce (BCC) has said.")
    clause = find(text, "manufacturing sector will continue")
    assert clause.kind == "indirect" and clause.speaker == "British Chamber of Commerce"
    assert find(text, "serious challenges").speaker == "British Chamber of Commerce"


def test_a_paper_quoting_someone_as_saying_gives_the_words_to_the_one_quoted():
    text = ("Foreign Minister Prince Saud Al-Faisal spoke in Riyadh.\n\n"
            "\"Our reforms have created a new generation,\" Arab News quoted Prince Saud as saying. "
            "Anelka was quoted by a French newspaper as saying he would like to play for a bigger club.")
    assert find(text, "new generation").speaker != "Arab News"
    assert "Saud" in find(text, "new generation").speaker


def test_a_cue_with_a_that_clause_of_its_own_does_not_trail_the_quotation_before_it():
    text = ("Mr Opik said: \"How is the village bobby supposed to tell the difference?\" "
            "Tory MP Peter Luff, another co-chairman, said that the law was \"so poorly drafted\".")
    assert find(text, "village bobby").speaker == "Opik"


def test_a_stray_comma_before_a_trailing_cue_keeps_its_subject():
    text = ("\"This will definitely affect people,\" shop owner Hayriye Evren, told Associated Press. "
            "\"We are not expecting a sale,\" brokerage Merrill Lynch said in a note to investors, adding "
            "that any legal battle would be protracted.")
    assert find(text, "affect people").speaker == "Hayriye Evren"
    assert find(text, "legal battle").speaker == "Merrill Lynch"


def test_someone_quoted_as_saying_is_the_speaker():
    text = ("Qantas chief executive Geoff Dixon spoke in Sydney. Last month, the company warned it may move "
            "jobs abroad, with Mr Dixon quoted as saying that the carrier could no longer afford to remain "
            "\"all-Australian\".")
    assert find(text, "all-Australian").speaker == "Geoff Dixon"


def test_the_government_is_never_a_party_in_focus():
    text = ("The Conservatives say the plans are unfair. The Tories want a review.\n\n"
            "The government says children cannot simply be divided up \"like property\" when a marriage ends.")
    assert find(text, "like property").speaker != "Conservatives"


def test_an_office_described_with_its_party_is_its_holder_though_someone_else_was_named_since():
    text = ("Tory leader Michael Howard has dismissed the Budget. Mr Brown defended it.\n\n"
            "Mr Brown liked to rattle off \"magical balances conjured out of thin air\", the Tory leader said.")
    assert find(text, "magical balances").speaker == "Michael Howard"
