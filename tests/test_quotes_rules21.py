"""US newswire conventions and a few names (2026-11-30, seventh session).

The cases are invented. Each stands for a wrong or missing record found either in held-out
sets 89-91 (BBC) once their blind figures had been taken, or in 40 real US and international
news pages annotated blind this session (texts kept outside the repository: their licences are
unknown). The near misses make each rule's guard fail a test when it is switched off."""

from __future__ import annotations

import pytest

from quote_text import assert_speaker, find, quotes_of, records


# ---------------------------------------------------------------- quotation marks


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We are against anything that would cut funding. We do not support that,’’ Dana Reyes, "
        "director of the Major Cities Chiefs Association, told reporters.",
        "``We are against anything that would cut funding. We do not support that,'' Dana Reyes, "
        "director of the Major Cities Chiefs Association, told reporters.",
    ],
)
def test_a_double_mark_typed_as_two_single_ones_pairs_like_one(paragraph):
    text = f"Funding fight\n\n{paragraph}\n"
    assert records(text) == [("Dana Reyes", "We are against anything that would cut funding. We do not support that,")]


def test_two_single_marks_inside_a_word_or_a_nested_quotation_stay_as_they_are():
    text = ("Rock'n'roll\n\nThe band's rock''n''roll days are over. “He called it ‘a disaster’,” said Tom Hale, "
            "the band's manager.\n")
    assert records(text) == [("Tom Hale", "He called it ‘a disaster’,")]


# ---------------------------------------------------------------- names


def test_a_relative_named_by_first_name_is_whom_she_means():
    text = ("Missing guitarist\n\nGraham and Sherry Evans flew to Spain after a sighting. The report came to "
            "nothing.\n\nEvans' sister Rachel made a television appeal in 2000. \"We love him very much and we "
            "would like him to come back,\" she said.\n\nTom Fenn was at the hearing. His wife Jane spoke to "
            "reporters. \"It was the hardest day of our lives,\" she said.\n")
    assert find(text, "We love him").speaker not in (None, "Sherry Evans")  # (an owner ending in s' is no subject)
    assert find(text, "hardest day").speaker == "Jane"


def test_a_day_and_month_before_a_surname_is_no_first_name():
    text = ("Waiting times\n\nDavid Flint is deputy chief executive of the health service.\n\nIn a letter to "
            "every hospital dated 30 June Flint revealed that 59 of them had breached the target.\n")
    assert records(text, "indirect") == [("David Flint", "59 of them had breached the target")]


def test_a_person_is_not_the_company_named_after_them():
    text = ("Emergency landing\n\n“They were in shock,” said passenger Kathryn Janes. “The pilot was very "
            "shaken.”\n\nThe engines were shut off at once, said Janes, a media coach with Kathryn Janes "
            "Productions.\n")
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] == ["Kathryn Janes", "Kathryn Janes"]


def test_a_company_named_in_capitals_takes_its_resources_suffix():
    text = ("Mining profits\n\nAustralian mining firm WMC Resources has seen a fivefold rise in profits.\n\n"
            "WMC said it made net profits of 1.3bn Australian dollars in 2004.\n")
    assert records(text, "indirect") == [("WMC Resources", "it made net profits of 1.3bn Australian dollars in 2004")]


def test_an_acronym_alone_is_the_of_name_the_text_gives_it():
    text = ("Sheriffs warned\n\nThe ACLU of Texas warned 13 sheriffs on Monday about the programme.\n\nIn letters "
            "to the counties, the ACLU wrote, “The bottom line is that these agreements cost counties money.”\n")
    assert find(text, "The bottom line").speaker == "ACLU of Texas"


# ---------------------------------------------------------------- organizations


def test_lending_figures_from_an_institution_are_its_words():
    text = ("Mortgages\n\nThe number of mortgages approved in the UK has risen for the first time since May, "
            "according to lending figures from the Bank of England.\n")
    assert records(text, "indirect") == [
        ("Bank of England", "The number of mortgages approved in the UK has risen for the first time since May")]


def test_the_airline_is_an_airline_not_a_bank():
    text = ("Fares cut\n\nMortgage approvals rose, according to figures from the Bank of England.\n\nDelta Air Lines "
            "is cutting fares. The airline says no economy fare will now be priced higher than $499.\n")
    assert_speaker(text, "no economy fare", None)
    text = text.replace("Delta Air Lines is", "Delta Airlines is")
    assert_speaker(text, "no economy fare", "Delta Airlines")


def test_the_agency_is_an_enforcement_agency():
    text = ("Farm raids\n\nImmigration and Customs Enforcement agents raided farms in Minnesota on Wednesday, "
            "working with the Department of Labor.\n\n"
            "The agency alleges that the owners were part of a “criminal conspiracy to exploit laborers for "
            "profit and fraud.”\n")
    assert [q.speaker for q in quotes_of(text)] == ["Immigration and Customs Enforcement"] * 2


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        ("In a prepared statement, SkyJet, which operated the flight for Coastal Air, issued a statement, “After "
         "a routine flight, passengers left the plane through the main door.”", "SkyJet Airlines"),
        ("SkyJet issued a short statement: “After a routine flight, passengers left the plane through the main "
         "door.”", "SkyJet Airlines"),
        # no statement: a comma alone introduces nobody's words
        ("SkyJet, which operated the flight for Coastal Air, landed safely, “after a routine flight, passengers "
         "left the plane through the main door.”", None),
    ],
)
def test_an_issued_statement_is_its_issuers(paragraph, speaker):
    text = f"Emergency landing\n\nSkyJet Airlines flew the plane from Phoenix.\n\n{paragraph}\n"
    assert_speaker(text, "After a routine flight", speaker)


# ---------------------------------------------------------------- who the sentence is about


def test_a_participle_after_a_fronted_clause_is_the_main_clauses():
    text = ("Talk show host dies\n\nJohnny Carlton, the talk show host, has died aged 79.\n\nWhen Carlton died, "
            "President Bush led the public tributes, saying the presenter \"had a profound influence on "
            "American life\".\n")
    assert find(text, "profound influence").speaker == "Bush"


def test_a_pronoun_after_a_fronted_clause_is_still_its_subject():
    text = ("Weather lab\n\nOnce Ellen Fetter arrived in Building 24, Edward Lorenz gave her a manual, and before "
            "long she was up to speed. “He carried a lot in his head,” she said.\n")
    assert find(text, "He carried a lot").speaker == "Ellen Fetter"


def test_words_woven_into_a_sentence_about_a_named_person_with_an_apposition_are_theirs():
    text = ("County vote\n\nBoard Chairman Corey B. Stuart, at-large Republican, commended his colleagues for "
            "“stepping up to the plate” on enforcement.\n")
    assert records(text) == [("Corey B. Stuart", "stepping up to the plate")]


def test_his_statement_is_his():
    text = ("Sheriff's statement\n\nSheriff Scott Jonas said his department never asks about immigration status. "
            "\"Our primary interest is ensuring that crime victims feel confident calling us for help,\" his "
            "statement continued.\n")
    assert find(text, "Our primary interest").speaker == "Scott Jonas"


def test_a_former_office_after_its_holder_spoke_is_them():
    text = ("Liverpool appeal\n\nLiverpool legend Phil Thomas has pleaded with Steven Garrard to stay.\n\nThe "
            "ex-Reds assistant boss also warned that any honours won elsewhere would be cheapened.\n")
    assert records(text, "indirect")[-1] == ("Phil Thomas", "any honours won elsewhere would be cheapened")


# ---------------------------------------------------------------- after the cue


def test_said_a_surname_about_something_is_the_surname():
    text = ("Test defeat\n\nVirat Kapoor conceded the series.\n\n“It is definitely batting; we cannot point to "
            "any other aspect,” said Kapoor about which part of the team can be improved.\n")
    assert find(text, "definitely batting").speaker == "Virat Kapoor"


@pytest.mark.parametrize("attribution", ["said Smith's attorney, John Doe.", "said Smith's attorney John Doe."])
def test_said_an_owners_attorney_named_after_a_comma_is_the_attorney(attribution):
    text = (f"Traffic stop\n\nMaria Smith was arrested in March after a traffic stop.\n\n“She did nothing wrong,” "
            f"{attribution}\n")
    assert find(text, "She did nothing wrong").speaker == "John Doe"


@pytest.mark.parametrize(
    "subject, speaker",
    [
        ("Nashville Mayor Karl Dean quoted a constituent as saying", None),
        ("The Financial Times quoted one trader as saying", None),
        ("Nashville Mayor Karl Dean quoted Sheriff Daron Hall as saying", "Daron Hall"),
    ],
)
def test_quoted_as_saying_is_the_quoted_persons_words(subject, speaker):
    text = f"Police trust\n\n{subject}, “I am afraid to call the police when something happens.”\n"
    assert_speaker(text, "I am afraid", speaker)


@pytest.mark.parametrize(
    "introduction, office",
    [
        ("Gov. Pat Quinn of Illinois, who had tried to withdraw, was unhappy.", "governor"),
        ("Sen. John Smith, D-Ariz., opposed the bill.", "senator"),
        ("Rep. John Smith (R-Texas) voted against it.", "congressman"),
        ("Lt. Col. John Smith briefed reporters.", "colonel"),
    ],
)
def test_an_abbreviated_title_is_the_office_a_later_description_names(introduction, office):
    name = "Pat Quinn" if "Quinn" in introduction else "John Smith"
    text = f"Programme ends\n\n{introduction} “This is outrageous and we will fight it,” the {office} said.\n"
    assert find(text, "This is outrageous").speaker == name


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("“His name is no longer enough to guarantee the success of a film,” said Le Figaro newspaper.", "Le Figaro"),
        ("“There was a funereal air at the headquarters,” reported AP news agency.", "AP"),
        # a person the text names is no publication, whatever word follows
        ("“It was a great night,” said Jane Doe Daily.", "Jane Doe Daily"),
    ],
)
def test_a_publication_named_and_called_one_after_the_cue_is_the_publication(sentence, speaker):
    text = f"Film earnings\n\nJane Doe Daily is a reporter.\n\n{sentence}\n"
    assert find(text, sentence.split("“")[1][:20]).speaker == speaker


def test_a_short_sentence_after_a_cued_quotation_goes_on_in_its_voice():
    text = ("Budget vote\n\n“It's a political stunt,” said Sen. John Smith, D-Ariz. “He should stop.”\n\n"
            "The so-called \"war on terror\" goes on.\n")
    assert records(text) == [("John Smith", "It's a political stunt,"), ("John Smith", "He should stop.")]


def test_a_quotation_introduced_by_an_unnamed_persons_cue_is_not_the_outer_speakers():
    text = ("Deportation\n\nRosa Jimenez said an immigration officer at the processing center told her, “If you "
            "sign this, you can see your kids sooner.” She said she did not understand the form.\n")
    assert_speaker(text, "If you sign this", None)
    assert records(text, "indirect")[-1] == ("Rosa Jimenez", "she did not understand the form")


def test_a_pronoun_clause_after_a_closing_mark_is_a_new_sentence_not_a_trailing_cue():
    text = ("Court\n\nMaria Lopez stood before the judge. The judge read the ruling aloud: “You are free to go.” She "
            "said she would appeal anyway.\n")
    assert_speaker(text, "You are free to go", None)


@pytest.mark.parametrize(
    "attribution, speaker, organization",
    [
        # (a Spanish first name the engine knows ends the name before "of")
        ("said Ana Lucero of the Illinois Coalition for Immigrant and Refugee Rights.", "Ana Lucero",
         "Illinois Coalition for Immigrant and Refugee Rights"),
        ("said Mark Kelly of the Sierra Club.", "Mark Kelly", "Sierra Club"),
        # one word before "of" is an organization's name, not a person's
        ("said the Bank of England.", "Bank of England", None),
    ],
)
def test_a_person_of_an_organization_is_the_person(attribution, speaker, organization):
    text = f"Raids\n\n“Most of the people have no criminal record at all,” {attribution}\n"
    found = find(text, "Most of the people")
    assert found.speaker == speaker
    if organization:
        assert found.organization == organization


@pytest.mark.parametrize(
    "lede, said, speaker",
    [
        ("A 19-year-old man was killed in a shooting, according to the Harris County Sheriff's Office.",
         "the sheriff's office said in a news release", "Harris County Sheriff's Office"),
        ("Norland Aerospace said Thursday that it would cut about 2,000 jobs.", "the company said in a statement",
         "Norland Aerospace"),
        ("A Mesa Public Schools teacher has been placed on leave.", "the district said in a statement",
         "Mesa Public Schools"),
        ("The Ohio Attorney General's Office said Tuesday that it had opened an investigation.",
         "the office said in a statement", "Ohio Attorney General's Office"),
    ],
)
def test_the_office_the_district_and_the_company_are_the_organization_named(lede, said, speaker):
    text = f"Local news\n\n{lede}\n\n“The safety of everyone involved is our highest priority,” {said}.\n"
    assert find(text, "The safety of everyone").speaker == speaker


def test_his_office_is_no_organization_but_an_addressee():
    text = ("Letter\n\nMr Pound found out last year. That happened when Lucy wrote to his Parliamentary office "
            "saying she believed he was her father.\n")
    assert records(text, "indirect") == [("Lucy", "she believed he was her father")]


def test_a_persons_office_is_theirs():
    text = ("Insurance probe\n\nEliot Spitzer sued the broker. Through the practice, the broker was allowed to decide "
            "which insurers won business, Mr Spitzer's office added.\n")
    assert records(text, "indirect")[-1][0] == "Eliot Spitzer's office"


def test_a_quotation_introduced_by_a_person_is_theirs_though_an_office_reports_it():
    text = ("Threat\n\nPatrick Carlin was arrested.\n\nDuring the call, he asked about the group and said, “somebody "
            "ought to put a stop to her,” the prosecutor's office said.\n")
    assert find(text, "somebody ought").speaker == "Patrick Carlin"


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        ("“We are asking the public for any video,” said Det. Frank Ilario.", "Frank Ilario"),
        ("“This was a senseless act,” Det. Sgt. Renee Ulrich told reporters.", "Renee Ulrich"),
        ("“Our soldiers trained for this,” said Lt. Col. Martin Becerra, a battalion commander.", "Martin Becerra"),
        ("Brody Trent pleaded guilty. “Do you understand that you are giving up your right to a trial?” U.S. "
         "Magistrate Judge Celeste Wong asked.", "Celeste Wong"),
    ],
)
def test_us_ranks_and_long_titles_before_a_name_leave_the_name_the_speaker(paragraph, speaker):
    text = f"Police news\n\n{paragraph}\n"
    assert [q.speaker for q in quotes_of(text)] == [speaker]


def test_spanish_first_names_tell_he_from_she():
    text = ("Detained\n\n“Tell the kids I love them,” Ernesto Salgado wrote in a text message to his wife, Maribel "
            "Salgado, minutes after he was detained.\n\n“That was the last I heard from him for four days,” she said.\n")
    assert find(text, "That was the last").speaker != "Ernesto Salgado"


@pytest.mark.parametrize(
    "introduction, speaker",
    [
        ("Senate Majority Leader Dale Sutter (R-Ky.) said Tuesday that the Senate would vote next week.", "Dale Sutter"),
        ("Sen. Jo Ames, D-Ore., said Tuesday that the Senate would vote next week.", "Jo Ames"),
        # no party given: "the Kentucky Republican" is someone the text does not name
        ("Senate Majority Leader Dale Sutter said Tuesday that the Senate would vote next week.", None),
    ],
)
def test_a_politician_described_by_party_is_the_one_who_just_spoke(introduction, speaker):
    description = "Oregon Democrat" if "D-Ore" in introduction else "Kentucky Republican"
    text = (f"Permits\n\n{introduction}\n\n“We will take it up next week,” {speaker.split()[-1] if speaker else 'Sutter'} "
            f"told reporters. “It has been debated for two years,” the {description} said.\n")
    assert_speaker(text, "debated for two years", speaker)


def test_the_agency_after_ice_named_only_by_its_initials_is_ice():
    text = ("Detention\n\nRosa Lima said she did not understand the form. ICE did not respond to questions about "
            "her case. “All detainees are advised of their rights in a language they understand,” the agency said.\n")
    assert find(text, "All detainees").speaker == "ICE"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("“This change will have no effect on the programme in your state,” read the letter, which was signed by "
         "John Morton, director of Immigration and Customs Enforcement.", "John Morton"),
        ("“This change will have no effect on the programme in your state,” one sign read.", None),
        # a statement from somebody the text does not resolve is nobody's, not the last statement's author
        ("“This change will have no effect on the programme in your state,” read a statement from the firm.", None),
    ],
)
def test_words_a_document_reads_are_its_signers(sentence, speaker):
    text = f"Programme\n\nPaul Myers said in a statement that he was pleased.\n\n{sentence}\n"
    assert_speaker(text, "This change will have", speaker)


@pytest.mark.parametrize(
    "run, name",
    [
        ("Fianna Fail TD Jackie Cahill", "Jackie Cahill"),
        ("Ingham County Clerk Denise Holloway", "Denise Holloway"),
        ("Supervisor Shawn Nelson", "Shawn Nelson"),
        ("Volcanologist Einar Magnusson", "Einar Magnusson"),
        # a first name inside a name, with no role or office before it, leaves the name whole
        ("Mohammed Ali Jinnah", "Mohammed Ali Jinnah"),
        ("Christopher Robin Milne", "Christopher Robin Milne"),
    ],
)
def test_a_role_or_office_before_a_first_name_is_a_title_not_part_of_the_name(run, name):
    text = f"Prices\n\n{run} said meat factories were “letting down the sector” with their cuts.\n"
    assert [q.speaker for q in quotes_of(text) if q.kind == "partial"] == [name]


@pytest.mark.parametrize(
    "attribution, speaker",
    [
        ("said its author, Assemblyman Luis Alejo (D-Watsonville).", "Luis Alejo"),
        ("said its sponsor, Sen. Mary Ames.", "Mary Ames"),
    ],
)
def test_a_description_then_a_name_with_a_rank_or_party_tag_is_the_name(attribution, speaker):
    text = f"Licences\n\n“Far too many families have been divided,” {attribution}\n"
    assert find(text, "Far too many").speaker == speaker


def test_a_ranked_name_with_its_force_before_the_cue_is_the_name():
    text = ("Sanctuary\n\nChief Chris Moore spoke on Monday.\n\n\"If they overstep their bounds, there will be no "
            "hesitation,\" Sgt. Jason Dwyer with the San Jose Police Department said.\n")
    found = find(text, "If they overstep")
    assert (found.speaker, found.organization) == ("Jason Dwyer", "San Jose Police Department")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("CSX Transportation runs the line. “The safety of our employees is our top priority,” CSX said.",
         "CSX Transportation"),
        ("The U.S. Department of Justice sued the sheriff. In the release, the DOJ said the county had “declined to "
         "enter into meaningful settlement negotiations”.", "U.S. Department of Justice"),
    ],
)
def test_a_short_form_is_the_fullest_name_the_text_gives(text, speaker):
    assert [q.speaker for q in quotes_of(f"Freight\n\n{text}\n") if q.kind != "indirect"] == [speaker]


def test_an_office_with_a_comma_in_its_name_before_its_holder_is_their_title():
    text = ("Beef prices\n\nThe Minister for Agriculture, Food and the Marine, Michael Creed, thinks processors must "
            "be careful.\n\nBut he stressed that he has no role in setting prices.\n\n“This is a difficult period and "
            "the processors should be conscious of that,” the minister added.\n")
    assert find(text, "This is a difficult period").speaker == "Michael Creed"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("In a circular, the power utility said the power cuts were due to breakdowns.", "Eskom"),
        # the source an "according to" names in passing is no description of the organization in focus
        ("The cuts were due to breakdowns, according to the net telephony firm's website.", None),
    ],
)
def test_a_described_business_is_the_one_in_focus(sentence, speaker):
    text = f"Power cuts\n\nEskom announced it was placing the country on stage two load-shedding.\n\n{sentence}\n"
    assert_speaker(text, "due to breakdowns", speaker)


def test_a_two_word_demonym_describes_the_one_person_given_it():
    text = ("Caddie\n\nFor nine years, Sean Gallagher, a Dubliner, has carried the bag of Northern Irishman Conor "
            "Devlin.\n\nDevlin has never won a major.\n\n\"I'd be lying if I said it didn't eat at me,\" the Northern "
            "Irishman said.\n")
    assert find(text, "I'd be lying").speaker == "Conor Devlin"


def test_a_dateline_in_capitals_is_nobody_she_can_mean():
    text = ("Comeback\n\nANN ARBOR, Mich. — Michigan trailed Iowa by 14 at halftime. By the final buzzer, the "
            "Wolverines had won by nine.\n\n\"Not much that I can repeat in a family newspaper,\" she said.\n")
    assert_speaker(text, "Not much that I can repeat", None)


@pytest.mark.parametrize(
    "attribution, speaker, organization",
    [
        ("said Amina Benali of the International Federation of Red Cross and Red Crescent Societies.", "Amina Benali",
         "International Federation of Red Cross and Red Crescent Societies"),
        # a team is no person of its league
        ("said the Boston Celtics of the NBA.", None, None),
    ],
)
def test_an_unknown_first_name_of_an_organization_is_still_the_persons(attribution, speaker, organization):
    text = f"Earthquake\n\n\"The first 72 hours are absolutely critical,\" {attribution}\n"
    found = find(text, "The first 72 hours")
    if speaker:
        assert (found.speaker, found.organization) == (speaker, organization)
    else:
        assert found.speaker != "Boston Celtics"


def test_a_nationality_is_not_a_person_the_text_gives_another():
    text = ("Open\n\nSpain's Elena Sokolova reached the quarter-finals with a win over Mia Carter.\n\n"
            "\"I was nervous at the start,\" Sokolova told reporters.\n\nCarter said she had been struggling with the "
            "injury. \"It's not an excuse. She played better today,\" the American said.\n")
    assert_speaker(text, "It's not an excuse", None)
    text = text.replace("the American said", "the Spaniard said")
    assert find(text, "It's not an excuse").speaker != "Mia Carter"


#: near misses of this session's rules, from two adversarial reviews (invented texts, speakers decided
#: before either engine ran); each was worse with the rule before it was narrowed. Where the right
#: speaker is beyond the engine (None here), the test holds that nobody wrong is named.
NEAR_MISSES = [
    ('French Open\n\nPARIS (AP) — Spain\'s Carlos Alcaraz beat Ben Shelton in four sets on Monday to reach the quarterfinals at Roland Garros.\n\nAlcaraz saved three set points in the third. "I was a bit lucky in that set," the Spaniard said.',
     'I was a bit lucky in that set', 'Carlos Alcaraz'),
    ("Wimbledon\n\nBritain's Andy Murray lost in the first round at Wimbledon on Tuesday, probably his last match at the tournament.\n\nMurray was given a standing ovation. “I'd love to have played better for them,” the Scot said.",
     "I'd love to have played better", 'Andy Murray'),
    ('Florida\n\nTALLAHASSEE, Fla. (AP) — Republican Ron DeSantis signed the bill on Monday, surrounded by sheriffs.\n\nDeSantis said the law would make the state safer. "Florida will not be a sanctuary for criminals," the Floridian said.',
     'Florida will not be a sanctuar', 'Ron DeSantis'),
    ('Courtroom\n\nThe defendant interrupted the sentencing twice.\n\n“Sit down and be quiet,” Judge Rosa Diaz told him. “Make me.”',
     'Sit down and be quiet', 'Rosa Diaz'),
    ('Courtroom\n\nThe defendant interrupted the sentencing twice.\n\n“Sit down and be quiet,” Judge Rosa Diaz told him. “Make me.”',
     'Make me.', None),
    ('Teacher leave\n\nLAS VEGAS (AP) — A Clark County School District teacher has been placed on leave after a video circulated online.\n\n“We take these allegations seriously,” the district said.',
     'We take these allegations', 'Clark County School District'),
    ("Reality star\n\nLOVE Island star MOLLY-MAE HAGUE has opened up about her split from Tommy Fury.\n\nIn a new documentary she says the break-up was the hardest time of her life. “I didn't leave the house for weeks,” she said.",
     "I didn't leave the house", 'MOLLY-MAE HAGUE'),
    ("Lord's Test\n\nEngland closed on 312 for six, with Harry Brook (58) and Ben Duckett (41) the top scorers.\n\nDirector of cricket Rob Key, who turned 58 last month, watched from the balcony. ‘We showed real fight after lunch,’ the 58-year-old said.",
     'We showed real fight after', 'Rob Key'),
    ('Murder trial\n\nTom Hale, 34, died in hospital two days after he was stabbed outside a pub in Leeds.\n\nDanny Cole, who is also 34, denies murder. He told the jury he had acted in self-defence.\n\n‘I never meant to kill anyone,’ the 34-year-old said, wiping away tears.',
     'I never meant to kill anyone', 'Danny Cole'),
    ('Lottery\n\nBRISTOL, England — A 58-year-old bus driver from Bristol has won £4 million on the lottery.\n\nColin Marsh checked his ticket three times before calling his wife. "I thought I was dreaming," the 58-year-old said.',
     'I thought I was dreaming', 'Colin Marsh'),
    ('Protest\n\n“We have nothing to hide,” said Jill Tran. Protesters chanted. “Shame on you!”',
     'We have nothing to hide', 'Jill Tran'),
    ('Protest\n\n“We have nothing to hide,” said Jill Tran. Protesters chanted. “Shame on you!”',
     'Shame on you', None),
    ('Testimony\n\nMichael Cohen testified for six hours before the committee on Wednesday.\n\n“Did you know about the payments?” asked Rep. Jim Banks. “I did not.”',
     'Did you know about the payment', 'Jim Banks'),
    ('Testimony\n\nMichael Cohen testified for six hours before the committee on Wednesday.\n\n“Did you know about the payments?” asked Rep. Jim Banks. “I did not.”',
     'I did not', None),
    ('Trial\n\n“Where were you that night?” prosecutor Ellen Shaw asked. Ruiz paused. “At home.”',
     'Where were you that night?', 'Ellen Shaw'),
    ('Trial\n\n“Where were you that night?” prosecutor Ellen Shaw asked. Ruiz paused. “At home.”',
     'At home', None),
    ('Crash\n\nLinda Perez sat in the front row. Her daughter Sofia was killed in the crash. “I want justice,” she said.',
     'I want justice', 'Linda Perez'),
    ('Memorial\n\nMike Reed spoke at the service. His son Daniel died in Afghanistan. “He wanted to serve,” he said.',
     'He wanted to serve', 'Mike Reed'),
    ('Migrants\n\nCustoms and Border Protection said agents detained 40 migrants near El Paso on Sunday. The migrants were later transferred to ICE custody.\n\n“Our agents acted professionally,” the agency said.',
     'Our agents acted professionall', None),
    ('Threats\n\nCreative Artists Agency represents the actor, who has received death threats. The FBI has opened an inquiry into the threats.\n\n“We are cooperating fully with investigators,” the agency said.',
     'We are cooperating fully with', 'Creative Artists Agency'),
    ('NATO\n\n“This is not the NATO of the Cold War,” Secretary General Jens Stoltenberg said.\n\nNATO said it would send more troops to the east. “Our commitment is ironclad,” NATO said in a statement.',
     'This is not the NATO of the Co', 'Jens Stoltenberg'),
    ('NATO\n\n“This is not the NATO of the Cold War,” Secretary General Jens Stoltenberg said.\n\nNATO said it would send more troops to the east. “Our commitment is ironclad,” NATO said in a statement.',
     'Our commitment is ironclad', 'NATO'),
    ("Minimum wage\n\nSen. Tina Smith opposed the measure. “We cannot support this policy,” read the letter, which was signed by Smith's chief of staff.",
     'We cannot support this policy', None),
    ('Resignation\n\nDana Smith wrote to the school board on Friday. “I hereby resign, effective immediately,” the letter read.',
     'I hereby resign, effective imm', 'Dana Smith'),
    ('Tech workers\n\n“We demand that the company end the contract,” read the letter, which was signed by Google and Microsoft engineers.',
     'We demand that the company end', None),
    ("Victim impact\n\nJudge Amy Cole read a statement from the victim's mother. “He took my only son,” her statement said.",
     'He took my only son', None),
    ('Ruling\n\nDenver Public Schools banned phones in classrooms. The U.S. District Court in Denver ruled on Tuesday that the ban could stand.\n\n“We are pleased with the ruling,” the district said.',
     'We are pleased with the ruling', 'Denver Public Schools'),
    ('Boil notice\n\nCharlotte Water issued a boil-water notice after a main break. Duke Energy said power had been restored to nearby homes.\n\n“Residents should boil water for at least one minute,” the water utility said.',
     'Residents should boil water fo', None),
    ('Letter\n\nThe Justice Department released a letter: “I never meant to hurt anyone.” It was written by Ray Cole, the defendant, from jail.',
     'I never meant to hurt anyone', None),
    ('Illinois\n\nGov. Pat Quinn signed the bill on Monday. Lt. Gov. Sheila Simon, who attended the ceremony, praised it.\n\n“This is a historic day for Illinois,” the governor said.',
     'This is a historic day for Ill', 'Pat Quinn'),
    ('Court\n\n‘My client was told ‘you will be fine’’, the barrister, Jane Okafor, told the court. ‘He was not fine.’',
     'My client was told', 'Jane Okafor'),
    ('Court\n\n‘My client was told ‘you will be fine’’, the barrister, Jane Okafor, told the court. ‘He was not fine.’',
     'He was not fine', 'Jane Okafor'),
    ('Data privacy\n\nSen. Ron Wyden (D-Ore.) introduced the bill on Tuesday. Sen. Mitch McConnell (R-Ky.) called it dead on arrival.\n\n“This bill protects working families,” the Oregon Democrat said.',
     'This bill protects working fam', 'Ron Wyden'),
    ('Filibuster\n\nSen. Joe Manchin, D-W.Va., said he would not change the rules. Sen. Kyrsten Sinema, I-Ariz., agreed.\n\n“The filibuster protects the minority,” the West Virginia Democrat said.',
     'The filibuster protects the mi', 'Joe Manchin'),
]


@pytest.mark.parametrize("text, fragment, speaker", NEAR_MISSES)
def test_near_misses_of_this_sessions_rules(text, fragment, speaker):
    assert_speaker(text, fragment, speaker)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Police Chief Charlie Beck spoke at the meeting. The Chief of Police said the policy would stay in place.",
         "Charlie Beck"),
        # an office nobody in the text holds is somebody unnamed, not a person called "Works" or "of State"
        ("The Director of Public Works said the road would close on Monday night.", None),
        ("The Secretary of State said the talks would go on for weeks.", None),
    ],
)
def test_an_office_of_an_organization_is_its_holder_not_a_name(text, speaker):
    assert_speaker(f"Policy\n\n{text}\n", "would", speaker)
