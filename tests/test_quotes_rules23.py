"""Credit lines after a dash, members' initials, unnamed title holders of an organization, and a
few more (2026-11-30, ninth session).

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind last session and studied this session (texts kept outside the repository: their
licences are unknown). The near misses make each rule's guard fail a test when it is switched
off."""

from __future__ import annotations

from quote_text import assert_speaker, find, quotes_of


# ---------------------------------------------------------------- credit lines


LIST_OF_VIEWS = (
    "Where the bosses stand\n\n"
    "Rugby league is split over whether charged players should be stood down.\n\n"
    '* "Under our current policy, these are matters for the courts." - NRL chief executive Todd Greenberg '
    "with the game's official line.\n\n"
    '* "The commission is not sitting on its hands." ARL Commission chairman Peter Beattie in revealing '
    "he was seeking legal advice.\n\n"
    '* "The game cannot be judge, jury and executioner." - Players\' Association boss Ian Prendergast, '
    "urging the NRL not to stand players down.\n\n"
    '* "I am not getting into that matter today." - Beattie, this time on Ten News.\n\n'
    '* "Just because he is a footballer does not mean he loses that right." - De Belin\'s teammate and '
    "board member James Maloney.\n"
)


def test_a_credit_line_after_a_hyphen_names_the_speaker_with_a_title():
    quote = find(LIST_OF_VIEWS, "matters for the courts")
    assert (quote.speaker, quote.speaker_title) == ("Todd Greenberg", "NRL chief executive")


def test_a_credit_line_goes_on_about_the_occasion_without_making_it_a_title():
    quote = find(LIST_OF_VIEWS, "judge, jury and executioner")
    assert quote.speaker == "Ian Prendergast"
    assert "urging" not in (quote.speaker_title or "")


def test_a_surname_in_a_credit_line_is_the_person_named_in_full():
    assert_speaker(LIST_OF_VIEWS, "not getting into that matter", "Peter Beattie")


def test_a_list_item_does_not_go_on_in_the_previous_items_voice():
    assert_speaker(LIST_OF_VIEWS, "not sitting on its hands", None)


def test_a_possessive_in_a_credit_line_is_not_its_speaker():
    assert_speaker(LIST_OF_VIEWS, "loses that right", None)


def test_a_dash_inside_a_reporters_sentence_is_no_credit_line():
    text = ("Budget\n\nResidents think the new plan is “a total disgrace for the whole city” - Mayor John Smith, "
            "who leads the council, disagrees.\n")
    assert_speaker(text, "a total disgrace", None)


# ---------------------------------------------------------------- people


def test_a_members_initials_end_the_title_before_any_name():
    text = ("Dail row\n\nDonegal TD Pádraig Mac Lochlainn said his colleague would “put manners” on her.\n\n"
            "Sinn Fein TD McDonald said the remark was “a joke”.\n")
    quote = find(text, "put manners")
    assert (quote.speaker, quote.speaker_title) == ("Pádraig Mac Lochlainn", "Donegal TD")
    quote = find(text, "a joke")
    assert (quote.speaker, quote.speaker_title) == ("McDonald", "Sinn Fein TD")


def test_an_irish_first_name_tells_the_gender_a_pronoun_needs():
    text = ("Dail row\n\nSinn Fein deputy leader Mary Lou McDonald clashed with the Taoiseach.\n\n"
            "Donegal TD Pádraig Mac Lochlainn said his colleague would “put manners” on a minister.\n\n"
            "Later she accused the Government of being “facile and dismissive” in its attitude.\n")
    assert_speaker(text, "facile and dismissive", "Mary Lou McDonald")


def test_senior_counsel_after_a_name_is_no_part_of_it():
    text = ("Trial\n\nProsecution counsel Fiona Murphy SC said a group had gathered in the restaurant.\n\n"
            "Ms Murphy said the gunman was attacked with “savage levels of violence” by the group.\n")
    assert_speaker(text, "savage levels of violence", "Fiona Murphy")


def test_the_doctor_is_the_person_the_text_calls_dr():
    text = ("Inquest\n\nCoroner Louise Wiltshire opened the inquest on Monday.\n\n"
            "A report by pathologist Dr Liina Palm was read out. The doctor said she found no malformations. "
            "She said the boy was generally “fit and well”.\n")
    assert_speaker(text, "fit and well", "Liina Palm")
    assert_speaker(text, "she found no malformations", "Liina Palm")


def test_an_organizations_unnamed_officer_is_not_the_organization():
    text = ("Trades\n\nThe general managers are upset about leaked trades.\n\n"
            "“Not sure anything can be done about it,” said the NHL’s deputy commissioner.\n")
    assert_speaker(text, "Not sure anything", None)


def test_an_organizations_officer_is_the_one_the_text_gave_that_title():
    text = ("Trades\n\nNHL deputy commissioner Bill Daly spoke to the managers on Monday.\n\n"
            "“Not sure anything can be done about it,” said the NHL’s deputy commissioner.\n")
    assert_speaker(text, "Not sure anything", "Bill Daly")


def test_a_title_case_headline_does_not_run_past_the_name():
    text = ("“Can't Help If People Want To Make A Big Deal”: Virat Kohli On India's Crushing Defeat\n\n"
            "India captain Virat Kohli said they “can't help” if a few want to make a “big deal” of it.\n")
    assert find(text, "can't help").speaker == "Virat Kohli"


def test_a_weekday_after_a_name_is_no_part_of_it():
    text = ("Cricket\n\nBoard vice-president Lalit Modi Monday said that there was no chance of a deal.\n\n"
            "“Match organisation will be looked after by the franchisees,” Modi told reporters.\n")
    assert_speaker(text, "Match organisation", "Lalit Modi")


def test_a_surname_that_is_an_organizations_word_after_a_first_name_is_a_person():
    text = ("Met row\n\nStephen House met Mayor Sadiq Khan on Monday.\n\n"
            "He described her as “the outstanding police officer of her generation”.\n")
    assert_speaker(text, "outstanding police officer", "Stephen House")


def test_a_role_noun_before_an_unknown_first_name_makes_the_subject_a_person():
    text = ("Around the league\n\nEx-Celtics enforcer Kendrick Perkins returned to Boston last week. "
            "After the win, he said:\n\n“Mentally, I was just out of it. I did not know what to do.”\n")
    assert_speaker(text, "Mentally, I was just out of it", "Kendrick Perkins")
    assert [q for q in quotes_of(text) if q.kind == "indirect"] == []  # "After the win" is no clause


def test_a_place_before_a_name_is_no_role():
    text = ("Gadgets\n\nAt the recent Consumer Electronics Show in Las Vegas products were shown. "
            "The regulator's spokesman said it was considering a mask.\n\n"
            "“We would want these devices to have very strict controls,” he said.\n")
    assert_speaker(text, "very strict controls", None)


def test_he_after_a_colon_quotation_is_the_subject_that_introduced_it():
    text = ("Around the league\n\nWizards center JaVale McGee passed up a dunk.\n\n"
            "His coach, Flip Saunders, was upset: “That’s unacceptable. Maybe I’m too old school. Save that "
            "for the All-Star game,” he said. “We want substance.”\n")
    assert_speaker(text, "unacceptable", "Flip Saunders")
    assert_speaker(text, "We want substance", "Flip Saunders")
    assert [q for q in quotes_of(text) if q.kind == "indirect"] == []  # the introduction is no clause


def test_a_titled_speaker_after_a_question_is_its_speaker():
    text = ("Ban fears\n\n“If they are able to ban Russia, what is so special about us?” Athletics Kenya executive "
            "member Barnaba Korir told Reuters. “They want to send a message.”\n")
    assert_speaker(text, "what is so special", "Barnaba Korir")
    assert_speaker(text, "send a message", "Barnaba Korir")


def test_a_titled_speaker_after_a_full_stop_and_before_a_colon_opens_the_next_quotation():
    text = ("Row\n\nAfter the match, Keane accused Vieira. “I am not having it,” he said. “He wants to intimidate "
            "our players. I will not allow it.” Manchester United manager Sir Alex Ferguson added: “Vieira was "
            "well wound up for it.”\n")
    assert_speaker(text, "intimidate our players", "Keane")
    assert_speaker(text, "well wound up", "Alex Ferguson")


def test_irish_offices_are_titles():
    text = ("Trolleys\n\nA 17 per cent reduction was significant, Tánaiste Eamon Gilmore said.\n\n"
            "“There is more to be done,” he added.\n")
    quote = find(text, "more to be done")
    assert (quote.speaker, quote.speaker_title) == ("Eamon Gilmore", "Tánaiste")


def test_a_d_apostrophe_surname_is_whole():
    text = ("Border\n\nMinister of State Michael D'Arcy said senior gardaí had “let down” the directors.\n")
    assert_speaker(text, "let down", "Michael D'Arcy")


def test_an_unnamed_member_is_nobody_by_name():
    text = ("Sentencing\n\nA DUP MLA has called for judges to show there is a “real deterrent” to paramilitarism.\n")
    assert_speaker(text, "real deterrent", None)


def test_a_social_network_after_an_organizations_name_is_no_part_of_it():
    text = ("Layoffs\n\nAn alert on the Wyeth Philippines Progressive Workers Union Facebook page reported the cuts.\n\n"
            "In a statement, the union said workers were worried about “cost-saving projects” at the plant.\n")
    assert_speaker(text, "cost-saving projects", "Wyeth Philippines Progressive Workers Union")


def test_a_capitalised_particle_opening_a_sentence_keeps_the_surname_a_person():
    text = ("Open\n\nAlex de Minaur said he will keep fighting after his loss to Carlos Alcaraz.\n\n"
            "De Minaur now has a 6-0 losing record against world number one Alcaraz.\n\n"
            "Asked what needed to be done, the 26-year-old said: “Some tweaks here and there.”\n")
    assert_speaker(text, "Some tweaks", "Alex de Minaur")


# ---------------------------------------------------------------- organizations


def test_it_opening_a_paragraph_is_the_organization_that_acted_at_the_end_of_the_last():
    text = ("Lawsuit\n\nA nonprofit sued the Federal Trade Commission on Wednesday.\n\n"
            "The Americans for Prosperity Foundation filed a complaint seeking an order requiring the FTC to "
            "produce records.\n\n"
            "“The agenda is out of step with mainstream legal thinking,” it said.\n")
    assert_speaker(text, "out of step", "Americans for Prosperity Foundation")


def test_it_opening_a_paragraph_after_a_person_is_no_organization():
    text = ("Lawsuit\n\nThe Americans for Prosperity Foundation filed a complaint on Wednesday.\n\n"
            "Its lawyer John Smith spoke to reporters outside the court.\n\n"
            "“The agenda is out of step with mainstream legal thinking,” it said.\n")
    assert_speaker(text, "out of step", None)


def test_the_club_is_the_one_the_text_called_a_club():
    text = ("Sacked\n\nEnglish Premier League club, Chelsea have sacked manager Frank Lampard.\n\n"
            "“This has been a very difficult decision,” the club said in a statement.\n")
    assert_speaker(text, "very difficult decision", "Chelsea")


def test_the_club_is_nobody_when_no_club_is_named():
    text = ("Sacked\n\nChelsea Smith, a fan, said the manager had to go.\n\n"
            "“This has been a very difficult decision,” the club said in a statement.\n")
    assert_speaker(text, "very difficult decision", None)


def test_quoted_him_as_telling_is_nobody_for_sure_after_another_man_is_named():
    # (the review's case: "him" is the Hamas official to a reader, the last man named to a rule)
    text = ("Talks\n\nSenior Hamas official Basem Naim said on Wednesday that ceasefire talks had stalled. "
            "Israeli Prime Minister Benjamin Netanyahu's office declined to comment.\n\n"
            "Al Jazeera quoted him as telling reporters in Doha: “The occupation is not serious about a deal.”\n")
    assert_speaker(text, "not serious about a deal", None)


# ---------------------------------------------------------------- quotation marks


def test_a_single_quotation_left_open_goes_on_in_the_next_paragraph():
    text = ("Appeal\n\nCommissioner Martin Callinan spoke on Monday.\n\n"
            "He said: 'There are people North and South who are aware of the perpetrators. It is right that I "
            "appeal to them.\n\n'It is important that we have every single piece of evidence'.\n")
    assert_speaker(text, "aware of the perpetrators", "Martin Callinan")
    assert_speaker(text, "every single piece of evidence", "Martin Callinan")


def test_a_paragraph_opening_on_a_stray_possessive_is_no_quotation():
    text = ("Tennis\n\nSafin won in four sets on Monday.\n\n"
            "'s route to the fourth round was made easy when his opponent was forced to retire.\n")
    assert [q for q in quotes_of(text) if "route to the fourth" in q.text] == []


# ---------------------------------------------------------------- subjects


def test_an_indefinite_office_opening_a_sentence_is_nobody_by_name():
    text = ("Dail row\n\nA Minister of State has told Mary Lou McDonald that comments about her were "
            "“misplaced and misogynistic”.\n")
    assert_speaker(text, "misplaced and misogynistic", None)


def test_a_name_and_a_second_description_without_a_determiner_is_one_person():
    text = ("Rally\n\nMr. Trump tweeted Friday about it. “Stay safe, we will be there soon!” Mr. Trump wrote.\n\n"
            "“It was an outdoor rally with potential storms,” New Hampshire GOP chair Stephen Stepanek and "
            "longtime Trump ally told CBS News. “It was a safety issue.”\n")
    assert_speaker(text, "outdoor rally", "Stephen Stepanek")
    assert_speaker(text, "safety issue", "Stephen Stepanek")


def test_a_participle_speaks_for_the_main_clause_not_a_name_in_its_object():
    text = ("Sacking\n\nFootball Federation Australia on Monday hit back at sacked coach Alen Stajcic claims that "
            "he was in the dark about his dismissal, saying he had admitted the team environment was "
            "“dysfunctional”.\n")
    assert_speaker(text, "dysfunctional", "Football Federation Australia")
    quote = find(text, "in the dark")
    assert (quote.speaker, quote.speaker_title) == ("Alen Stajcic", "sacked coach")


def test_a_participle_after_the_subjects_own_clause_stays_the_subjects():
    text = ("Split\n\nAndy Roddick won 121 of his 147 matches while working with Brad Gilbert, and said he had "
            "enjoyed their time together, adding that it was “a private matter”.\n")
    assert_speaker(text, "a private matter", "Andy Roddick")


def test_a_first_name_an_editor_put_in_brackets_with_a_title_names_the_surname():
    text = ("Sacked coach\n\n“I do not know why, aside from (FFA chief David) Gallop telling me so,” he said.\n\n"
            "Gallop — who has refused to explain — said Monday that the environment “was not satisfactory”.\n")
    assert_speaker(text, "was not satisfactory", "David Gallop")


def test_a_speech_noun_after_a_possessive_is_no_cue():
    text = ("Commons\n\nThe two were seen having a “heated discussion” about the Prime Minister’s EMA remarks, "
            "resulting in Sir Keir being “led away” by an ally.\n")
    assert_speaker(text, "led away", None)


def test_the_paper_reports_is_still_a_cue():
    text = ("Rover\n\nSAIC says none of its money will go to the owners, the FT reports.\n")
    assert_speaker(text, "none of its money", "SAIC")


def test_a_first_name_in_a_ledes_capitals_is_written_as_a_name():
    text = ("Holyrood\n\nDOUGLAS Ross has accused Nicola Sturgeon of a “calculated” show of emotion.\n")
    assert_speaker(text, "calculated", "Douglas Ross")


def test_a_rank_is_its_holder_though_an_untitled_man_spoke_since():
    text = ("Tribunal\n\nChief Supt John Fitzgerald was the senior officer in Letterkenny.\n\n"
            "“Did you speak with the member concerned?” asked Mr Paul McDermott, for the tribunal.\n\n"
            "“No. I wanted that issue to be dealt with formally,” said the superintendent.\n\n"
            "“It is not our culture to castigate somebody,” he said.\n")
    assert_speaker(text, "dealt with formally", "John Fitzgerald")
    assert_speaker(text, "not our culture", "John Fitzgerald")


def test_a_cricket_role_describes_the_player_just_spoken_of():
    text = ("Test match\n\nAlastair Cook acknowledged that it was not for a winning cause.\n\n"
            "“We were not good enough in the five days to win,” said the England opener.\n")
    assert_speaker(text, "not good enough", "Alastair Cook")


# ---------------------------------------------------------------- the review's cases


def test_the_nationality_is_the_person_the_last_sentence_was_about():
    text = ("De Minaur into last eight\n\nAlex de Minaur reached the quarter-finals with a win over Alejandro "
            "Davidovich Fokina on Sunday night.\n\nDe Minaur said: “I'm playing the best tennis of my life.”\n\n"
            "Davidovich Fokina was gracious in defeat. “He was too good, simple as that,” the Spaniard said.\n")
    assert_speaker(text, "too good, simple", "Alejandro Davidovich Fokina")


def test_a_headlines_verb_ends_a_name_right_after_a_surname():
    text = ("Starmer Accuses Sunak of Running Scared\n\nRishi Sunak and Keir Starmer clashed on Wednesday.\n\n"
            "Sunak was defiant: “We have a plan and it is working,” he said.\n")
    assert_speaker(text, "plan and it is working", "Rishi Sunak")


def test_honorifics_in_a_row_leave_the_name():
    text = ("Polls\n\nPolling expert Professor Sir John Curtice said the Conservatives face a heavy defeat.\n\n"
            "“The polls have barely moved in 18 months,” Sir John told the BBC.\n")
    assert_speaker(text, "barely moved", "John Curtice")


def test_an_unnamed_party_member_is_not_the_party():
    text = ("Housing\n\n“This legislation is long overdue,” Fianna Fáil TD Jim O'Callaghan said.\n\n"
            "A Fine Gael TD, who asked not to be named, said: “The mood in the party is grim.”\n")
    assert_speaker(text, "mood in the party", None)
    assert_speaker(text, "long overdue", "Jim O'Callaghan")


def test_a_rank_and_a_description_before_a_name_are_no_part_of_it():
    text = ("Flood\n\n“He saved lives,” Senior Constable Sam Green's commander said of him.\n\n"
            "Resident Tammy Wilkins, 58, said: “We lost everything but we're alive.”\n\n"
            "Senior Constable Sam Green later said: “Anyone would have done the same thing.”\n")
    assert_speaker(text, "lost everything", "Tammy Wilkins")
    assert_speaker(text, "Anyone would have done", "Sam Green")


def test_a_dutch_particle_opening_a_sentence_keeps_the_surname():
    text = ("Penalty row\n\nManchester United boss Erik ten Hag was furious after a late appeal was waved away.\n\n"
            "Ten Hag was upset: “It was clearly a penalty, everyone saw it,” he said.\n")
    assert_speaker(text, "clearly a penalty", "Erik ten Hag")
