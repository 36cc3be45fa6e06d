"""Offices written in other Commonwealth styles, honours before Malaysian names, a surname
written inside a longer name, and a few more (2026-11-30, eleventh session).

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind in earlier sessions and studied this session (texts kept outside the repository:
their licences are unknown). The near misses make each rule's guard fail a test when it is
switched off."""

from __future__ import annotations

from quote_text import assert_speaker, find, quotes_of


# ---------------------------------------------------------------- offices and titles


def test_a_kenyan_cabinet_secretary_is_the_cs():
    text = ("Interior Cabinet Secretary Fred Matiang’i has directed police to disarm the assembly.\n\n"
            "“Enough is enough, we cannot go on this way,” the Interior CS said.")
    assert_speaker(text, "Enough is enough", "Fred Matiang’i")


def test_cs_before_a_surname_is_a_title():
    text = ("Interior Cabinet Secretary Kithure Kindiki said the criminals are few.\n\n"
            "“We are coming for you,” said CS Kindiki.")
    assert_speaker(text, "We are coming", "Kithure Kindiki")


def test_a_cs_of_another_ministry_is_not_the_one_named():
    text = ("Interior Cabinet Secretary Kithure Kindiki said the criminals are few.\n\n"
            "“We will hire more teachers,” the Education CS said.")
    assert_speaker(text, "more teachers", None)


def test_an_office_with_a_domain_in_two_parts_keeps_its_holders_name():
    text = ("Minister of Mineral Resources and Energy Gwede Mantashe has had a go at Eskom.\n\n"
            "“Eskom must attend to this problem,” Mantashe said.")
    assert_speaker(text, "Eskom must attend", "Gwede Mantashe")


def test_the_leader_of_the_opposition_is_its_holder():
    text = ("Singapore's Leader of the Opposition Pritam Singh was fined on Monday.\n\n"
            "Speaking to reporters after the hearing, the Leader of the Opposition said he will be "
            "running for the general election.")
    assert_speaker(text, "running for the general election", "Pritam Singh")


def test_the_leader_of_the_opposition_with_no_holder_is_nobody():
    text = ("Prime Minister Lawrence Wong opened the session.\n\n"
            "The Leader of the Opposition said he will be running for the general election.")
    assert_speaker(text, "running for the general election", None)


def test_a_word_after_a_judges_title_opens_the_name():
    quote = find("Justice Collin Lawrence Sequerah said the former premier must not make statements.", "must not make")
    assert (quote.speaker, quote.speaker_title) == ("Collin Lawrence Sequerah", "Justice")


def test_a_description_at_a_sentence_start_is_still_no_name():
    text = ("Former Socceroo Mark Bosnich said on Fox Sports that “a lot of players” were unhappy.")
    assert_speaker(text, "a lot of players", "Mark Bosnich")


def test_an_australian_councillors_abbreviation_is_a_title():
    text = ("Mayor Peter Walker says the festival is not dead in the water.\n\n"
            "Cr Walker said the organiser decided this week not to continue for “personal reasons”.")
    assert_speaker(text, "personal reasons", "Peter Walker")


def test_a_managing_directors_initials_in_an_unclosed_apposition():
    text = "“Our crews got a few hours sleep,” Jerry O’Sullivan, MD at ESB told RTE Radio."
    quote = find(text, "few hours sleep")
    assert (quote.speaker, quote.speaker_title, quote.organization) == ("Jerry O’Sullivan", "MD", "ESB")


def test_a_dateline_state_is_no_managing_director():
    text = "STONY BROOK, MD — The mayor said the road was closed for the night.\n\nIt reopened on Monday."
    records = [q for q in quotes_of(text) if "road was closed" in q.text]
    assert records and all(q.speaker is None for q in records)


def test_a_police_force_and_a_rank_with_a_full_stop_before_the_name():
    text = "“People stopped and assisted as much as they could,” said Port Mann RCMP Sgt. Roland Pierschke."
    quote = find(text, "People stopped")
    assert (quote.speaker, quote.speaker_title) == ("Roland Pierschke", "Port Mann RCMP Sgt.")


# ---------------------------------------------------------------- names


def test_a_family_name_inside_a_longer_name_is_that_person():
    text = ("Justice Sardar Ejaz Ishaq Khan said the cabinet was in contempt.\n\n"
            "Later, Justice Ishaq said that the next hearing will be held on Monday.")
    assert_speaker(text, "next hearing", "Sardar Ejaz Ishaq Khan")


def test_a_middle_first_name_alone_is_not_that_person():
    text = ("Judge Collin Lawrence Sequerah said the premier must not make statements.\n\n"
            "“We will appeal,” Lawrence said.")
    assert_speaker(text, "We will appeal", "Lawrence")


def test_a_malaysian_honour_is_no_part_of_the_name():
    text = ("Najib’s lead counsel, Tan Sri Muhammad Shafee Abdullah, submitted that the post was a response.\n\n"
            "“She continued to attack my client” in July 2018, Mr Shafee said.")
    assert_speaker(text, "attack my client", "Muhammad Shafee Abdullah")


def test_an_honour_before_a_first_name_is_the_person_named_in_full():
    text = ("Najib posted about former Bank Negara governor Zeti Akhtar Aziz, an upcoming witness.\n\n"
            "In his post, Najib asked Tan Sri Zeti to respond to claims.\n\n"
            "Dr Zeti responded in a statement: “I wish to reiterate that my family and I have never received any money.”")
    assert_speaker(text, "never received any money", "Zeti Akhtar Aziz")


def test_a_one_word_honour_before_a_full_name():
    quote = find("Umno division chief Datuk Asmadi Abu Talib testified that Najib issued a cheque to him.", "issued a cheque")
    assert quote.speaker == "Asmadi Abu Talib"


def test_tan_alone_is_a_name():
    text = "Tan Kin Lian said he would stand again."
    assert_speaker(text, "stand again", "Tan Kin Lian")


def test_an_irish_surname_particle_is_part_of_the_name():
    text = ("Labour TD Aodhán Ó Ríordáin said the plan was flawed.\n\n"
            "“It is wrong,” Ó Ríordáin said.")
    assert_speaker(text, "It is wrong", "Aodhán Ó Ríordáin")


def test_a_saints_abbreviation_opens_a_place_in_a_name():
    text = "“We are looking into it,” said St. Louis Mayor Francis Slay."
    quote = find(text, "looking into it")
    assert (quote.speaker, quote.speaker_title) == ("Francis Slay", "St. Louis Mayor")


def test_an_abbreviated_street_is_no_saint():
    text = "The man lives on Main St. Police said he was calm when they arrived."
    assert_speaker(text, "he was calm", None)


def test_a_headlines_verb_is_no_part_of_a_name():
    text = ("OpenAI Wants News Org.’s Copyright Suit Cut To Core Issue\n\n"
            "OpenAI has asked a judge to dismiss claims, arguing the case should be pared down to the "
            "“core issue” of fair use.\n\n"
            "Amtrak Derails In Mississippi\n\nAmtrak said all nine cars derailed.")
    assert_speaker(text, "core issue", "OpenAI")
    assert_speaker(text, "all nine cars derailed", "Amtrak")


# ---------------------------------------------------------------- subjects


def test_a_setting_after_a_comma_the_copy_never_closed_is_skipped():
    text = ("Police General Oscar Albayalde, the national police chief, said the operations were lawful.\n\n"
            "But Albayalde, in a press briefing on Monday stressed that the police had 36 search warrants.")
    assert_speaker(text, "36 search warrants", "Oscar Albayalde")


def test_a_statement_its_subject_released_speaks_for_them():
    text = ("Producers' alliance President Nick Counter released a statement saying that the alliance was "
            "not surprised by the action.")
    assert_speaker(text, "not surprised by the action", "Nick Counter")


def test_a_statement_two_people_issued_is_neither_ones():
    text = ("Mr Magnier and Mr McManus issued a statement late on Friday saying that they remained "
            "“long-term investors” in the club.")
    records = [q for q in quotes_of(text) if "long-term investors" in q.text]
    assert records and all(q.speaker not in ("McManus", "Magnier") for q in records)


# ---------------------------------------------------------------- bodies and sources


def test_the_irish_police_as_a_body_are_nobody_by_name():
    text = "Gardaí said the crash occurred “at approximately 12:30am” on Sunday."
    assert_speaker(text, "at approximately 12:30am", None)


def test_the_force_is_the_police_force_named_before():
    text = ("The Metropolitan Police met BBC executives on Monday.\n\n"
            "The force said they are assessing the information discussed at the meeting.")
    assert_speaker(text, "assessing the information", "Metropolitan Police")


def test_the_corporation_is_the_broadcaster_not_its_programme():
    text = ("The teenager's lawyer wrote to the BBC on Monday.\n\n"
            "In a letter reported by BBC News At Six, the young person said the claims were wrong.\n\n"
            "The corporation said it had been investigating a complaint since May.")
    assert_speaker(text, "investigating a complaint", "BBC")


def test_data_compiled_by_a_firm_speaks_for_it():
    text = "In the U.S. alone, 764 providers were victimized last year, according to data compiled by Emsisoft."
    assert_speaker(text, "764 providers", "Emsisoft")


def test_a_release_from_a_police_unit_speaks_for_it():
    text = "There were six fatal crashes over the weekend, according to a release from B.C. RCMP Traffic Services."
    assert_speaker(text, "six fatal crashes", "B.C. RCMP Traffic Services")


def test_data_compiled_by_a_person_is_no_body():
    text = ("Sales fell by a third in the year to March, according to data compiled by John Moores, "
            "a retired teacher.")
    records = [q for q in quotes_of(text) if "Sales fell" in q.text]
    assert records and all(q.organization != "John Moores" for q in records)
