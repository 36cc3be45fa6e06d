"""Names opening with an accented capital or glued initials, people who speak together, a
force's high command, a headline's office, a title set off by one comma, and a few more
(2026-11-30, twelfth session).

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind (this session and the one before) and studied this session (texts kept outside
the repository: their licences are unknown). The near misses make each rule's guard fail a test when it is
switched off."""

from __future__ import annotations

from quote_text import assert_speaker


# ---------------------------------------------------------------- names


def test_a_name_may_open_with_an_accented_capital():
    text = ("Union leader Josep Maria Álvarez spoke on Monday.\n\n"
            "Álvarez argued that citizens should not pay for a crisis they did not create.")
    assert_speaker(text, "citizens should not pay", "Josep Maria Álvarez")


def test_a_catalan_first_name_after_a_lower_case_word_stays():
    text = ("On Monday syndicalist Josep Maria Alvarez of the UGT union spoke.\n\n"
            "“This will be a magnificent day for the workers,” Alvarez said.")
    assert_speaker(text, "magnificent day", "Josep Maria Alvarez")


def test_initials_written_without_spaces_open_the_name():
    text = ("National Trade Union Centre President K.D.Lal Kantha said that the strike was a success.\n\n"
            "“The government imposed many strictures on workers,” Lal Kantha said.")
    assert_speaker(text, "many strictures", "K.D.Lal Kantha")


def test_initials_without_full_stops_keep_their_first_letter():
    text = "“It would be a dangerous precedent for all,” Justice A M Sapre said."
    assert_speaker(text, "dangerous precedent", "A M Sapre")


def test_a_weekday_after_a_surname_is_no_part_of_the_name():
    text = ("Okafor Monday said the deal was off.\n\n"
            "“It is over and we are leaving,” Okafor said.")
    assert_speaker(text, "we are leaving", "Okafor")


def test_a_first_name_keeps_a_weekday_surname():
    text = "“Just the facts, ma'am, nothing else,” Joe Friday said."
    assert_speaker(text, "Just the facts", "Joe Friday")


def test_a_place_after_a_role_and_in_is_no_part_of_the_name():
    text = ("National Prosecuting Authority spokesperson in Limpopo Mashudu Malabi-Dzhangi said the "
            "matter will be rolled over.\n\n"
            "“The matter could not continue today in the court,” Malabi-Dzhangi said.")
    assert_speaker(text, "could not continue today", "Mashudu Malabi-Dzhangi")


def test_a_relative_set_off_after_a_name_makes_it_a_persons():
    text = ("The two men face murder and theft charges.\n\n"
            "Tebogo Lekotje, father of one of the children, isn't happy about the postponement.\n\n"
            "“The thing is we have to come here every week. It’s really killing us.”")
    assert_speaker(text, "killing us", "Tebogo Lekotje")


def test_a_place_set_off_after_a_name_makes_no_person():
    text = ("The two men face murder and theft charges.\n\n"
            "Tebogo Street, in the centre of one of the towns, isn't happy about the postponement.\n\n"
            "“The thing is we have to come here every week. It’s really killing us.”")
    assert_speaker(text, "killing us", None)


def test_an_article_and_a_mood_before_a_surname_keep_the_person_in_focus():
    text = ("A jury convicted Kim Potter of manslaughter. Wright's mother Katie said she could never "
            "forgive Potter.\n\n"
            "A distraught Potter addressed the Wright family in court before her sentence was handed down.\n\n"
            "“You said that I didn't look at you during the trial,” she said.")
    assert_speaker(text, "look at you during the trial", "Kim Potter")


def test_an_article_and_a_word_before_an_unknown_surname_are_a_description():
    text = ("Wright's mother Katie said she could never forgive the officer.\n\n"
            "A distraught Minnesota addressed the Wright family in court.\n\n"
            "“You said that I didn't look at you during the trial,” she said.")
    assert_speaker(text, "look at you during the trial", "Katie")


# ---------------------------------------------------------------- people nobody names, and people speaking together


def test_a_resident_of_part_of_a_town_is_nobody():
    text = ("The shooting in downtown Kingston Wednesday morning left four men dead.\n\n"
            "“It did sound like it was in my yard,” a resident of downtown Kingston told the Observer.")
    assert_speaker(text, "in my yard", None)


def test_two_people_each_of_their_union_speak_together():
    text = ("On Monday Josep Maria Álvarez of the UGT union and Joan Carles Gallego of the CCOO said "
            "that the strike will force the government to reconsider its plans.")
    assert_speaker(text, "force the government", None)


def test_one_person_of_an_organization_with_a_name_of_two_parts_speaks_alone():
    text = ("On Monday Joan Carles Gallego of the Bank of England said that the strike will force "
            "the government to reconsider its plans.")
    assert_speaker(text, "force the government", "Joan Carles Gallego")


def test_a_bench_of_two_judges_speaks_together():
    text = ("“It would be a dangerous precedent for all,” a bench comprising justices J Chelameswar "
            "and A M Sapre said.")
    assert_speaker(text, "dangerous precedent", None)


def test_the_second_of_two_people_with_a_title_between_is_not_alone():
    text = ("Their plea was opposed by lawyers John Mehta and senior advocate Ajit Sinha, who said the "
            "facts in the petition are different.")
    assert_speaker(text, "facts in the petition", None)


def test_a_title_after_a_lone_name_is_still_the_speakers():
    text = ("Their plea was opposed by senior advocate Ajit Sinha, who said the facts in the petition "
            "are different.")
    assert_speaker(text, "facts in the petition", "Ajit Sinha")


# ---------------------------------------------------------------- bodies


def test_the_high_command_is_the_force_it_commands():
    text = ("The high command of the Jamaica Constabulary Force (JCF) has assured its members of support.\n\n"
            "“We will continue to act with courage and resolve,” said the high command in a media release.")
    assert_speaker(text, "courage and resolve", "Jamaica Constabulary Force")


def test_a_committee_named_for_its_purpose_keeps_its_purpose():
    text = ("Amnesty International said the verdict was a travesty, while the Committee to Protect "
            "Journalists called it “unacceptable and unjust”.")
    assert_speaker(text, "unacceptable and unjust", "Committee to Protect Journalists")


def test_the_committee_alone_is_the_committee_with_a_purpose():
    text = ("The Committee to Protect Journalists has written to the minister.\n\n"
            "“This sentence must be overturned at once,” the Committee said.")
    assert_speaker(text, "must be overturned", "Committee to Protect Journalists")


def test_an_airport_in_a_city_is_no_longer_name_for_the_city():
    text = ("“We never talked about our companies with anyone,” Shaikh Ahmed said at his office at "
            "Dubai International Airport.\n\n"
            "Dubai last year said it plans to request a standstill on its debt.")
    assert_speaker(text, "standstill on its debt", "Dubai")


def test_a_federation_is_part_of_the_farm_bureaus_name():
    text = ("The American Farm Bureau Federation said an informal survey put the total price at $53.\n\n"
            "In the survey, the Farm Bureau said bagged salad and apples posted declines.")
    assert_speaker(text, "bagged salad", "American Farm Bureau Federation")


def test_the_group_is_the_alliance_or_federation_just_named():
    text = ("The Countryside Alliance had its latest legal bid to block the ban thwarted on Wednesday "
            "when the Appeal Court ruled the Hunting Act was lawful.\n\n"
            "But the group says hunting will continue in some form after the ban comes in.")
    assert_speaker(text, "hunting will continue", "Countryside Alliance")


def test_the_group_is_no_ministry():
    text = ("The Ministry of Agriculture had its latest bid to block the ban thwarted on Wednesday.\n\n"
            "But the group says hunting will continue in some form after the ban comes in.")
    assert_speaker(text, "hunting will continue", None)


# ---------------------------------------------------------------- offices and titles


def test_a_headlines_office_is_the_person_the_story_gives_it():
    text = ("Mexico's president asks cartel to act 'responsibly' as violence escalates\n\n"
            "Mexican President Andres Manuel Lopez Obrador on Friday asked the warring factions to "
            "stop, after a week of violence in Culiacan.")
    assert_speaker(text, "responsibly", "Andres Manuel Lopez Obrador")


def test_a_headlines_office_held_by_two_people_is_nobody():
    text = ("Mexico's president asks cartel to act 'responsibly' as violence escalates\n\n"
            "Mexican President Andres Manuel Lopez Obrador on Friday asked the warring factions to "
            "stop. US President Joe Biden offered help.")
    assert_speaker(text, "responsibly", None)


def test_a_former_title_makes_the_former_president():
    text = ("Remarks made by former far-right President Jair Bolsonaro at a rally drew criticism.\n\n"
            "Last year, the former president denied any knowledge of the document, saying that coups "
            "are carried out with “rifles, not paper.”")
    assert_speaker(text, "rifles, not paper", "Jair Bolsonaro")


def test_a_present_title_is_no_former_one():
    text = ("Remarks made by far-right President Jair Bolsonaro at a rally drew criticism.\n\n"
            "Last year, the former president denied any knowledge of the document, saying that coups "
            "are carried out with “rifles, not paper.”")
    assert_speaker(text, "rifles, not paper", None)


def test_a_capitalised_member_before_a_name_is_a_title():
    text = ("“About 200 private companies joined the strike,” Strike Alliance Member Wasanthe "
            "Samarasinghe said.\n\n"
            "He said the government had tried to sabotage the campaign.")
    assert_speaker(text, "200 private companies", "Wasanthe Samarasinghe")
    assert_speaker(text, "tried to sabotage", "Wasanthe Samarasinghe")


def test_member_opening_a_run_is_no_title():
    text = "“The states must act together on this,” Member States Council said."
    assert_speaker(text, "must act together", "Member States Council")


def test_an_office_of_an_organization_then_its_holders_name():
    text = ("“I have never seen the warehouse as empty as it is right now,” Salvation Army Spokane’s "
            "Director of Social Services Elaine Mansoor said.")
    assert_speaker(text, "warehouse as empty", "Elaine Mansoor")


def test_an_office_of_an_organization_alone_is_nobody():
    text = "“I have never seen the warehouse as empty as it is right now,” the Director of Social Services said."
    assert_speaker(text, "warehouse as empty", None)


def test_a_title_of_an_organization_set_off_by_one_comma_describes_the_name_before():
    text = ("Zulfiqar Karim, Secretary General of Council for Mosques said, “This latest bloodshed is a "
            "forceful reminder to all of us.”")
    assert_speaker(text, "latest bloodshed", "Zulfiqar Karim")
    text = ("John Smith, President of the Farm Bureau said, “This latest bloodshed is a forceful "
            "reminder to all of us.”")
    assert_speaker(text, "latest bloodshed", "John Smith")


def test_a_place_before_a_title_set_off_by_one_comma_is_no_name():
    text = ("In Chester, President of the Farm Bureau said, “This latest bloodshed is a forceful "
            "reminder to all of us.”")
    assert_speaker(text, "latest bloodshed", None)


def test_according_to_a_description_then_its_name():
    text = ("According to the leader of UGT in Catalonia, Josep Maria Álvarez, the strike will be "
            "“a magnificent day” for the workers.")
    assert_speaker(text, "a magnificent day", "Josep Maria Álvarez")


def test_according_to_a_description_of_no_person_names_nobody():
    text = ("According to the report by the think tank, Chatham House, the strike will be "
            "“a magnificent day” for the workers.")
    assert_speaker(text, "a magnificent day", None)
