"""Church offices with a see ("Archbishop of Canterbury Rowan Williams") and religious titles
(2026-12-01, fourteenth session).

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind in the session before and studied in this one (texts kept outside the
repository: their licences are unknown). The near misses make each rule's guard fail a test
when it is switched off."""

from __future__ import annotations

from quote_text import assert_speaker, find, quotes_of


# ---------------------------------------------------------------- church offices and titles


def test_an_archbishops_see_is_part_of_the_title_not_the_name():
    text = ("Archbishop of Canterbury Rowan Williams says the church is “losing all credibility” in Ireland.\n\n"
            "“It is a difficult time,” Archbishop Williams said.")
    quote = find(text, "losing all credibility")
    assert quote.speaker == "Rowan Williams"
    assert quote.speaker_title == "Archbishop of Canterbury"
    assert_speaker(text, "difficult time", "Rowan Williams")


def test_an_office_before_of_is_no_person_after_an_earlier_archbishop():
    text = ("Archbishop of Canterbury Rowan Williams spoke on the radio on Monday.\n\n"
            "Catholic Archbishop of Dublin Diarmuid Martin said he was “stunned”.")
    quote = find(text, "stunned")
    assert quote.speaker == "Diarmuid Martin"
    assert quote.speaker_title == "Catholic Archbishop of Dublin"


def test_a_first_name_before_of_still_names_a_person_of_a_place():
    text = ("Archbishop of Canterbury Rowan Williams spoke on the radio on Monday.\n\n"
            "John King of CNN said the vote would be “close”.")
    quote = find(text, "close")
    assert quote.speaker == "John King"
    assert quote.organization == "CNN"


def test_a_primate_is_a_title():
    text = "Anglican Primate Phillip Aspinall said the royal commission was “an historic opportunity”."
    quote = find(text, "historic opportunity")
    assert quote.speaker == "Phillip Aspinall"
    assert quote.speaker_title == "Anglican Primate"


def test_a_speaker_of_the_house_is_named_after_the_chamber():
    text = ("Speaker of the House Nancy Pelosi said the bill was “shameful”.\n\n"
            "“We will not accept it,” Pelosi said.")
    assert find(text, "shameful").speaker == "Nancy Pelosi"
    assert_speaker(text, "not accept", "Nancy Pelosi")


def test_provost_is_still_a_surname():
    text = ("Auditor-General Lyn Provost wrote to the council on Friday.\n\n"
            "Provost warned they would be in breach of the law if the budget was not passed.")
    assert_speaker(text, "breach of the law", "Lyn Provost")


# ---------------------------------------------------------------- organizations


def test_a_national_theatre_is_an_organization_with_its_whole_name():
    text = "National Theatre Wales has said it fears it will close following a decision to cut its funding."
    assert_speaker(text, "fears it will close", "National Theatre Wales")


def test_a_dateline_with_a_date_and_an_agency_is_no_speaker():
    text = ("DENVER, Feb. 26 (UPI) -- Colorado's oldest newspaper, the Rocky Mountain News, said it will "
            "close up shop Friday after nearly 150 years in the news business.")
    assert_speaker(text, "close up shop", "Rocky Mountain News")


def test_what_a_company_is_then_its_name_before_said():
    text = "The firm, Acme Holdings, said it will close its plant in Ohio on Friday."
    assert_speaker(text, "close its plant", "Acme Holdings")


def test_what_a_person_is_then_the_name_before_said_is_still_the_person():
    text = "The company's founder, John Smith, said it will close its plant in Ohio on Friday."
    assert_speaker(text, "close its plant", "John Smith")



def test_a_person_of_an_organization_is_no_part_of_its_name():
    text = ("A scorecard by the Public Interest Research Group gives many chains a failing grade.\n\n"
            "The consumer advocacy group, PIRG, says grocery stores should be the best recall system.\n\n"
            "Emma Horst-Martz of the Pennsylvania Public Interest Research Group says, \"We have learned a lot.\"")
    speaker = find(text, "best recall system").speaker
    assert speaker is not None and speaker.endswith("Public Interest Research Group")
    assert "Emma" not in speaker
    assert_speaker(text, "learned a lot", "Emma Horst-Martz")


# ---------------------------------------------------------------- places


def test_the_town_after_a_street_is_no_speaker():
    text = ("Joan Brooks, 74, of West Stephenson Street, South Shields, said: “There aren’t enough decent "
            "shops in the town centre.\n\n"
            "“I’m just waiting for the day there’s a sign saying ‘sorry, Shields is closed’.”")
    assert_speaker(text, "decent shops", "Joan Brooks")
    assert_speaker(text, "waiting for the day", "Joan Brooks")


def test_a_name_after_a_place_that_is_no_street_is_still_the_speaker():
    text = "A worker from Leeds, John Smith, said the depot would close within a year."
    assert_speaker(text, "depot would close", "John Smith")


# ---------------------------------------------------------------- offices that are no names


def test_an_office_in_apposition_makes_a_person_of_a_name_with_no_known_first_name():
    text = ("Following the meeting, the Commissioner responsible, Manuel Marín, held a press conference.\n\n"
            "Meanwhile, Yves-Thibault de Silguy, the French Economics Commissioner, was giving French "
            "journalists details of a deal. He warned that it could cost as much as 11 billion ecu.")
    assert_speaker(text, "11 billion ecu", "Yves-Thibault de Silguy")


def test_a_capitalised_office_names_nobody_a_pronoun_could_mean():
    text = ("Manuel Marín held a press conference on Monday.\n\n"
            "Journalists met the French Economics Commissioner on Tuesday. He warned that the deal "
            "could cost as much as 11 billion ecu.")
    assert all(q.speaker != "Economics Commissioner" for q in quotes_of(text))


def test_a_sentence_about_an_office_holder_gives_them_the_quotation_after_it():
    text = ("The Netherlands will not pay more, Prime Minister Mark Rutte said on Wednesday.\n\n"
            "Austrian Prime Minister Sebastian Kurz said that he will use his veto.\n\n"
            "The Dutch Prime Minister is not optimistic that a solution will be found. “I also "
            "understand that the enormous modernization will not work.”")
    assert_speaker(text, "enormous modernization", "Mark Rutte")


def test_a_headline_naming_the_office_holder_does_not_stop_the_next_paragraph_introducing_them():
    text = ("Micheál Martin hits out at ‘eurosceptic’ Irish MEPs\n\n"
            "The Tánaiste has hit out at eurosceptic Irish MEPs and said it was time to “push back” "
            "against “destructive” anti-EU forces.\n\n"
            "Micheál Martin said Ireland had become known as a country that has benefited from membership.")
    assert_speaker(text, "push back", "Micheál Martin")


# ---------------------------------------------------------------- surnames on their particle


def test_a_surname_opening_on_its_particle_is_whom_she_means_next():
    text = ("Far-right MEPs heckled Commission president Ursula von der Leyen in Strasbourg on Monday.\n\n"
            "René Aust accused her of “consultancy corruption” in her time as defence minister.\n\n"
            "Meanwhile, von der Leyen fired back at her accusers in a short speech.\n\n"
            "The motion of censure was a “crude attempt” to sow division in Brussels, she said.")
    assert_speaker(text, "crude attempt", "Ursula von der Leyen")


def test_a_particle_before_a_word_that_names_nobody_is_no_person():
    text = ("Gerard Martin coached the side for ten years.\n\n"
            "The club left la Liga in May and de Boer took over.\n\n"
            "He said the squad was “ready for a fight”.")
    assert all(q.speaker in (None, "Gerard Martin") for q in quotes_of(text))


# ---------------------------------------------------------------- appositions


def test_a_title_in_apposition_makes_a_person_of_a_name_whose_first_word_is_common():
    text = ("“We think the likelihood of a bid now rises,” said Tim Nollen, an analyst at Macquarie Capital. "
            "Rich Greenfield, an analyst at BTIG, pondered, “Can Comcast really resist buying T-Mobile?”")
    assert_speaker(text, "resist buying", "Rich Greenfield")


# ---------------------------------------------------------------- a cue that opens the next quotation


def test_a_cue_before_a_new_quotation_does_not_claim_the_finished_one_before_it():
    text = ("Mr Cridland said: \"This application will enable anyone to listen to Virgin Radio. "
            "\"This allows us to tap into a huge new audience.\" Saumil Nanavati, president of Sydus, "
            "said, \"This radio player is what the 3G network was built for.\"")
    assert_speaker(text, "huge new audience", "Cridland")
    assert_speaker(text, "3G network", "Saumil Nanavati")


def test_an_organization_quoted_then_they_added():
    text = ("In a statement, the National Grocers Association says, \"Over the past decade, companies have "
            "improved upon the recall response time.\" They added, \"In many instances, the product never "
            "makes it onto the shelves.\"")
    assert_speaker(text, "recall response time", "National Grocers Association")


def test_and_added_goes_on_from_the_speaker_before():
    text = ("Tessa Jowell spoke in the Commons on Monday. Ms Jowell insisted: \"We have a good track record.\" "
            "And continued: \"We can be proud of it.\"")
    assert_speaker(text, "proud of it", "Tessa Jowell")


def test_an_interrupted_quotation_keeps_one_speaker():
    text = "“We will win,” Smith said, “because we always do.”"
    assert [q.speaker for q in quotes_of(text)] == ["Smith", "Smith"]


def test_his_message_was_gives_the_quotation_to_whom_his_means():
    text = ("Sir Digby Jones said stability was all important. His message to the chancellor was: "
            "\"Please don't give it away in any form of electioneering.\" Sir Digby added: \"I don't think he will.\"")
    assert_speaker(text, "give it away", "Digby Jones")


def test_a_participle_after_an_objects_relative_clause_is_the_main_subjects():
    text = ("Everton manager David Moyes will discipline striker James Beattie for his headbutt on William Gallas.\n\n"
            "The Scot initially defended Beattie, whose dismissal put Everton on the back foot, saying Gallas "
            "overreacted. But he has had a rethink. He said: \"I believe that I should set the record straight.\" "
            "Moyes added: \"My comments came immediately after the final whistle.\"")
    assert_speaker(text, "set the record straight", "David Moyes")
    assert all(q.speaker != "James Beattie" for q in quotes_of(text))


def test_a_relative_clause_after_a_described_name_is_still_that_persons():
    text = ("Veteran actress Jane Russell, who starred in Hughes' 1943 film The Outlaw, said she was impressed "
            "by his quest for authenticity.\n\n"
            "The celebrated Tom Jones, who sang at the gala, said the evening was a triumph.")
    assert_speaker(text, "quest for authenticity", "Jane Russell")
    assert_speaker(text, "evening was a triumph", "Tom Jones")


def test_the_worlds_premier_batsman_is_the_one_the_story_is_about():
    text = ("India captain Virat Kohli said the team would move on after the defeat.\n\n"
            "\"For us, it's a game of cricket that we lost,\" Kohli said.\n\n"
            "It is the acceptance of defeat that defines the character of a side, the world's premier batsman said.\n\n"
            "\"We understand that we need to play well to win, also at home.\"")
    assert_speaker(text, "acceptance of defeat", "Virat Kohli")
    assert_speaker(text, "play well to win", "Virat Kohli")


def test_a_named_owner_still_speaks_through_its_spokesman():
    text = ("Acme Holdings said on Monday that it would close the plant.\n\n"
            "The plant was old and costly, Acme's spokesman said.")
    assert_speaker(text, "old and costly", None)


# ---------------------------------------------------------------- a quotation after a comma


def test_a_whole_sentence_after_a_comma_is_the_clause_subjects():
    text = ("Lalit Modi spoke to reporters at the Cricket Association of Bengal on Monday.\n\n"
            "Asked if players like Brian Lara would be roped in, Modi was chalk-and-cheese, \"There are many "
            "players in the world and people have made their choice.\"")
    assert_speaker(text, "made their choice", "Lalit Modi")


def test_a_commissioner_named_in_apposition_before_a_comma_quotation():
    text = ("But one commissioner, Ronnie Reed, wouldn't let others sway his vote, \"I've been here all my life "
            "and I know the people.\"")
    assert_speaker(text, "all my life", "Ronnie Reed")


def test_a_fronted_question_names_no_speaker_before_a_colon():
    text = "Asked about Brian Lara, Peter Hain was blunt: \"There are many players in the world.\""
    assert_speaker(text, "many players", "Peter Hain")


def test_a_comma_quotation_after_a_cue_of_its_own_is_not_the_clause_subjects():
    """"re-tweeted a message that read, “…”": the message's words, someone else's; the comma rule
    wants no cue before the quotation."""
    text = ("Trump's son, Don Jr., and Dan Scavino, who runs his social media operation, re-tweeted a message "
            "that read, \"Hillary ran away from rain today. Trump is back on stage minutes after the attempt.\"")
    assert_speaker(text, "ran away from rain", None)


def test_said_the_owner_opening_a_sentence_is_the_one_with_that_title():
    text = ("Nets owner Mikhail Prokhorov was asked by the New York Times about his team. "
            "Said the owner: \"I would make a special exception, just for Nets players.\"")
    assert_speaker(text, "special exception", "Mikhail Prokhorov")


def test_said_the_minister_names_nobody_when_no_minister_is_named():
    text = "Peter Hain was asked about it on Monday. Said the minister: \"I would make a special exception.\""
    assert_speaker(text, "special exception", None)


# ---------------------------------------------------------------- a paragraph about "him" between quotations


def test_a_paragraph_about_him_keeps_the_speaker_for_the_next_quotation():
    text = ("“I back this selection committee and believe they will produce desirable results,” Naqvi added.\n\n"
            "He also talked about finalising a panel of coaches, who would be working with the committee.\n\n"
            "“We will be sending some players to the PMA Kakul camp which I believe would help.”")
    assert_speaker(text, "PMA Kakul camp", "Naqvi")


def test_a_paragraph_about_someone_else_does_not():
    text = ("“I back this selection committee and believe they will produce desirable results,” Naqvi added.\n\n"
            "Coach Jason Gillespie also talked about a panel of selectors on Monday.\n\n"
            "“We will be sending some players to the PMA Kakul camp which I believe would help.”")
    assert all(q.speaker != "Naqvi" for q in quotes_of(text) if "Kakul" in q.text)


def test_a_patrol_is_an_organization_no_he_can_mean():
    text = ("RGV Border Patrol agents discuss migrant surge during border ride-along\n\n"
            "“There’s inclement weather that affects people wanting to leave,” Border Patrol Agent Jesse Moreno said.\n\n"
            "Border Patrol said it is very expensive for migrants to cross into the United States illegally.\n\n"
            "“It is our understanding that these individuals are paying roughly $3,000,” he said.")
    assert_speaker(text, "paying roughly", "Jesse Moreno")


# ---------------------------------------------------------------- glued sentences


def test_a_full_stop_glued_to_the_next_sentence_still_ends_it():
    text = ("Greg Jackson told the Today programme on Monday.The prime minister has been accused by critics "
            "of leading a “zombie government” that has run out of ideas.")
    assert all(q.speaker != "Greg Jackson" for q in quotes_of(text))


def test_a_web_address_is_no_sentence_end():
    text = ("Claude Errera, editor of fansite Halo.Bungie.Org, said: \"Bungie got everything right. "
            "They were really careful.\"")
    assert_speaker(text, "got everything right", "Claude Errera")
