"""Attribution rules of the fifteenth round, found in the errors of the pooled gold sets 1-60
(sets 57-60 studied for the first time) and checked on the whole BBC corpus. Each test fails on
the code before its rule unless it says it is a guard."""

from __future__ import annotations

import pytest

from quote_text import find


def test_a_hyphenated_role_describes_the_person_just_reported():
    # "full-back", "fly-half", "scrum-half" were titles the nominal patterns skipped
    text = ("England face France on Saturday.\n\n"
            "Skipper Jason Robinson believes there is nothing wrong with the mood in the camp. "
            "\"There is no lack of confidence in the team,\" said the Sale full-back. "
            "\"We have had a good week's training.\"")
    assert find(text, "no lack of confidence").speaker == "Jason Robinson"
    assert find(text, "good week").speaker == "Jason Robinson"
    other = ("Amor, who will captain England in Dubai, was delighted with his award. "
             "\"This is a genuine honour,\" said the Gloucester fly-half.")
    assert find("Simon Amor won the sevens award.\n\n" + other, "genuine honour").speaker == "Simon Amor"


def test_a_segment_left_open_takes_the_speaker_of_the_segment_that_reopens_it():
    # BBC copy runs quoted paragraphs together: "…ago. “Now …!” said the winger." is one quotation
    text = ("Former All Black star Jonah Lomu says he cannot wait to play.\n\n"
            "The 29-year-old had a kidney transplant in July. \"I actually started training three weeks "
            "after my operation but I was very limited until a few months ago. \"Now it's basically bring "
            "it on!\" said the giant winger.")
    assert find(text, "started training").speaker == "Jonah Lomu"


def test_an_open_segment_naming_the_later_speaker_stays_unattributed():
    # guard: a segment that speaks of the person by name is not theirs, whoever the next one is
    text = ("Coach Bob Dwyer was pleased with the win.\n\n"
            "The Barbarians lost again. \"Schalk Burger was phenomenal up until the end of the season. "
            "\"I don't think we played anywhere near that level on tour,\" said Burger.")
    assert find(text, "phenomenal").speaker != "Schalk Burger"
    assert find(text, "anywhere near").speaker == "Schalk Burger"


def test_a_description_after_a_quotation_is_the_person_whose_speech_the_last_sentence_reported():
    text = ("Wigan chairman Maurice Lindsay does not expect a quick solution.\n\n"
            "Lindsay also said he understood why rugby union was so interested in Andy Farrell. "
            "\"It'd be a great loss for us but a great boost for them,\" said the Warriors chief.")
    assert find(text, "great loss").speaker == "Maurice Lindsay"


def test_a_description_that_is_an_office_or_someone_elses_title_stays_unattributed():
    # guards: "the chancellor" is an office of its own; "the Chelsea boss" is Chelsea manager Jose Mourinho's
    office = ("Labour launched its campaign on Monday.\n\n"
              "Tony Blair said the economy was strong. \"We have never had it so good,\" said the chancellor.")
    assert find(office, "never had it so good").speaker is None
    rival = ("The Premiership season resumed on Sunday, with Chelsea manager Jose Mourinho angry.\n\n"
             "Arsenal manager Arsene Wenger said his side had been unlucky. "
             "\"We were the better side,\" said the Chelsea boss.")
    assert find(rival, "better side").speaker != "Arsene Wenger"


def test_a_man_named_after_his_in_a_sentence_about_nobody_does_not_take_the_focus():
    # "his rift with Chancellor Gordon Brown": "his" is the prime minister's, who stays in focus
    text = ("Tony Blair's big speech kicked off the election campaign.\n\n"
            "The prime minister used his speech to set out his manifesto. There was an attempt to draw "
            "the line under the gossip surrounding his rift with Chancellor Gordon Brown.\n\n"
            "New Labour is, as he said, more than \"an electoral device\".")
    assert find(text, "electoral device").speaker == "Tony Blair"


def test_a_fronted_his_is_the_named_persons_own():
    # guard: "For his part, Adam Curry's pressing ahead": the name after the fronted phrase is in focus
    text = ("Podcasting is growing fast, says David McIntyre of the Podcast Alley site.\n\n"
            "For his part, Adam Curry's pressing ahead with his own vision of podcasting. "
            "He has been called the Ed Sullivan of podcasting which, he says, \"is a badge I'll wear with honour.\"")
    assert find(text, "badge").speaker == "Adam Curry"



def test_a_name_the_text_calls_a_firm_is_what_the_company_refers_to():
    text = ("Video game firm Bioware is to hold open auditions.\n\n"
            "The company says it was looking for \"a wide variety of people to use as face models\".")
    assert find(text, "wide variety").speaker == "Bioware"


def test_a_firm_named_in_passing_is_not_the_company_of_a_later_sentence():
    # guard: "from anti-virus firm Sophos" is an object; "the group" is somebody else
    text = ("Phishing boomed in 2004, said Graham Cluley, a consultant from anti-virus firm Sophos.\n\n"
            "The Anti-Phishing Working group reported that the number of attacks \"was growing fast\".")
    assert find(text, "growing fast").speaker != "Sophos"


def test_a_statement_from_a_named_source_is_what_the_company_refers_to():
    text = ("Monitoring firm Netcraft found that the campaign was too successful. According to figures "
            "gathered by Netcraft, some sites were knocked offline. In a statement from Lycos Europe announcing "
            "the scrapping of the scheme, the company denied that this was its fault. \"There is nothing to "
            "suggest that the screensaver has brought down any of the sites,\" it said.")
    assert find(text, "nothing to suggest").speaker == "Lycos Europe"


def test_a_name_after_the_cue_may_be_followed_by_ahead_of_or_following():
    text = ("Thomas Castaignede warned Laporte.\n\n"
            "\"All the chat in France has been about Ireland,\" said Castaignede ahead of the 12 March tie. "
            "\"Everyone wants to see that,\" said Laporte following the match.")
    assert find(text, "All the chat").speaker == "Thomas Castaignede"
    assert find(text, "Everyone wants").speaker == "Laporte"


def test_a_name_after_the_cue_may_run_straight_into_the_next_quotation():
    # a full stop lost between the name and the next quotation
    text = ("BT is doubling its broadband speeds.\n\n"
            "Duncan Ingram of BT was pleased. \"The allowances are extremely generous,\" said Mr Ingram "
            "\"For what we are seeing in the market place, they are right.\"")
    assert find(text, "extremely generous").speaker == "Duncan Ingram"


def test_the_speakers_own_company_later_in_the_paragraph_is_no_rival_voice():
    # "Lycos hopes …" after a quotation that runs on from its spokesman's paragraph
    text = ("Lycos Europe has released a screensaver that attacks spam websites.\n\n"
            "It hopes the screensaver will make the bills of spammers soar.\n\n"
            "\"We've never really solved the big problem of spam,\" said Malte Pollmann, spokesman for Lycos Europe. "
            "\"In the past we have built up the spam filtering systems for our users,\" he said, \"but now we are "
            "going to go one step further.\"\n\n"
            "\"We've found a way to make it much higher cost for spammers by putting a load on their servers.\" By "
            "getting thousands of people to download and use the screensaver, Lycos hopes to get spamming websites "
            "constantly running at almost full capacity.")
    assert find(text, "found a way").speaker == "Malte Pollmann"


def test_a_chamber_of_commerce_is_an_organization_that_it_said_can_mean():
    text = ("Firms will be able to force staff to retire at 65.\n\n"
            "Business leaders had opposed the plan as too costly. The British Chambers of Commerce welcomed "
            "the latest proposal. \"This move today is the best of both worlds,\" it said.")
    assert find(text, "both worlds").speaker == "British Chambers of Commerce"


def test_the_government_is_no_lobby_in_focus_but_may_be_the_state():
    text = ("Community support officers get new powers.\n\n"
            "But the Police Federation said the plan was wrong. But the government said the move would help "
            "police \"build safe communities\".")
    assert find(text, "build safe").speaker != "Police Federation"
    state = ("Venezuela's president has ordered the seizure of idle farms.\n\n"
             "Venezuela said it needed to develop its own farms. The government said the move would \"end poverty\".")
    assert find(state, "end poverty").speaker == "Venezuela"


def test_an_age_description_after_a_pronoun_subject_is_not_the_object_named():
    # "She will now meet Venus Williams": the 23-year-old is "she", whom the text never named in full
    text = ("Lindsay Davenport booked her place in the last 16.\n\n"
            "After a tough first set, Molik grew in confidence and won in just 56 minutes. She will now meet "
            "Venus Williams. \"Bring it on,\" said the 23-year-old.")
    assert find(text, "Bring it on").speaker != "Venus Williams"


def test_a_belief_the_speaker_ascribes_to_someone_else_stays_the_speakers_claim():
    # "Patricia Sanders said DEC hoped …": the hope is her report, not DEC's words (the clause was lost)
    text = ("The Mac virus scare was a hoax.\n\n"
            "Patricia Sanders said DEC hoped to get the fake site shut down as soon as possible.")
    clause = find(text, "fake site shut down")
    assert clause.kind == "indirect" and clause.speaker == "Patricia Sanders"
    assert clause.text.startswith("DEC hoped")


#: counter-examples a review built against this round's rules: (name, text, fragment, allowed speakers)
REVIEW_CASES = [
 ("R6a", 'Labour has held the seat of Hartlepool.\n\n"This is a great result for the party," said Labour by-election candidate Iain Wright.', "great result", ("Iain Wright", None)),
 ("R6b", 'Wales beat England 11-9 at the Millennium Stadium.\n\n"We showed great character," said Wales outside-half Stephen Jones.', "great character", ("Stephen Jones",)),
 ("R6d", 'The Conservatives have chosen a new candidate.\n\n"I\'m thrilled," said Tory over-60s campaigner Jane Smith.', "thrilled", ("Jane Smith",)),
 ("R7a", 'Heathrow\'s Terminal 4 was closed for six hours on Sunday.\n\n"We are doing everything we can," said Tim Moss, spokesman for BA. "Passengers will be rebooked free of charge."\n\n"The terminal will not reopen until the power is restored." That is what BAA told passengers on Sunday night.', "will not reopen", ("BAA", None)),
 ("R7b", 'Thousands of children are missing after the tsunami.\n\n"The scale of this disaster is unprecedented," said Fred Eckhard, spokesman for the UN.\n\n"Many children have been separated from their families and some are being trafficked." That is what UNICEF told reporters in Geneva.', "separated from", ("UNICEF", None)),
 ("R5a", 'Oil giant Shell has been fined by regulators over its reserves.\n\nIn response to a statement from Greenpeace, the company said it had met all environmental standards.', "met all environmental", ("Shell", None)),
 ("R5b", 'BT has cut the price of its broadband service.\n\nFollowing an announcement by Ofcom on Tuesday, the company said it would open its network to rivals.', "open its network", ("BT", None)),
 ("R4a", 'Tony Blair has been criticised for his comments on immigration.\n\nThe row over his remarks prompted a swift response from Tory leader Michael Howard. He said the prime minister should apologise.\n\n"This is a disgrace," he said.', "disgrace", ("Michael Howard", None)),
 ("R3a", 'Leicester have been told to pay compensation to Wigan.\n\nLeicester chairman Jim McCahill said he understood the decision but would appeal. "We are very pleased with the ruling," said the Wigan chief.', "very pleased", (None,)),
 ("R10a", 'Manchester United have signed Wayne Rooney from Everton for £27m.\n\nHe passed a medical on Tuesday. "It\'s a dream come true," said the 18-year-old.', "dream come true", ("Wayne Rooney",)),
 ("R1", 'Greg Dyke has criticised the BBC\'s new management in a speech in London.\n\nThe former director-general said the corporation had lost its nerve after the Hutton report.\n\nDirector-general Mark Thompson has announced 2,900 job cuts.', "lost its nerve", ("Greg Dyke", None)),
 ("R2", 'Lib Dem leader Charles Kennedy has been asked about his health.\n\n"Will you lead the party into the next election? "Absolutely," said Mr Kennedy.', "Will you lead", (None,)),
]


def test_an_apposition_that_lost_its_closing_comma_still_names_the_speaker():
    text = ("MTV has been criticised by a US lobby group.\n\n"
            "Brent Bozell, PTC president and conservative activist said: \"MTV is blatantly selling raunchy sex to kids.\"")
    assert find(text, "raunchy").speaker == "Brent Bozell"


def test_the_government_is_not_one_of_its_departments():
    text = ("Child asylum seekers could be sent home under new plans.\n\n"
            "The Home Office said it would consult widely. The government said it was addressing "
            "\"the difficult issue\" of returning unaccompanied children.")
    assert find(text, "difficult issue").speaker != "Home Office"


def test_a_word_before_counterpart_describes_the_name_after_it():
    # "Wenger's Bayern counterpart Felix Magath": Bayern describes him; he is the subject a later "he" means
    text = ("Arsenal lost 3-1 to Bayern Munich.\n\n"
            "Wenger said: \"We were bad.\" But Wenger's Bayern counterpart Felix Magath was in no mood to "
            "celebrate either. He said: \"I am far from happy despite the win.\"")
    assert find(text, "far from happy").speaker == "Felix Magath"


def test_a_closing_and_clause_with_a_person_subject_puts_them_in_focus_but_not_a_label():
    text = ("Kevin Keegan praised Robbie Fowler.\n\n"
            "Fowler's double strike helped City come back from two goals down and Keegan sympathised with "
            "Norwich boss Nigel Worthington afterwards. \"I feel a bit for Nigel Worthington,\" he said.")
    assert find(text, "I feel a bit").speaker == "Kevin Keegan"
    # guard: a record label after "and" is no person a later "he" means
    label = ("Tony Wilson praised the new bands.\n\n"
             "The band left its old label and Rough Trade signed them last year. \"I think independents are in "
             "a wonderful position,\" he said.")
    assert find(label, "independents").speaker != "Rough Trade"


def test_a_preposition_object_ends_where_an_honorific_starts_a_name():
    text = ("Jack Straw attacked Michael Howard.\n\n"
            "In a speech to the Foreign Policy Centre Mr Straw said of the Tory leader: \"He is clever, fluent "
            "and tactical, but he is not wise.\"")
    assert find(text, "not wise").speaker == "Jack Straw"
    # guards: a title before the honorific, and two people joined by "and", read as before
    peer = ("Arson attacks were blamed on Welsh extremists.\n\n"
            "Ex-Welsh Office Minister Lord Roberts of Conwy denied security services were involved. "
            "Although one man, Sion Aubrey Roberts, was convicted in 1993, the cases remain unsolved.")
    assert find(peer, "security services were involved").speaker != "Sion Aubrey Roberts"


def test_the_prop_is_the_player_the_story_is_about():
    text = ("Adam Jones says the Wales forwards are determined to dominate the France pack.\n\n"
            "The prop said: \"If we get stuffed in the front five our backs have had it.\"")
    assert find(text, "stuffed").speaker == "Adam Jones"


#: counter-examples a second review built against the last rules: (name, text, fragment, allowed speakers)
REVIEW2_CASES = [
    ("appos-object", 'England play Wales on Saturday.\n\nOn Rooney, England head coach and former Lazio manager said: "He is ready to play on Saturday and we are delighted."', "He is ready", (None,)),
    ("appos-list", 'Oasis have split up again.\n\nLiam Gallagher, Noel Gallagher and tour manager said: "We are all fine."', "all fine", (None,)),
    ("government-other-side", 'Tehran has arrested eight British sailors.\n\nIran said the men had strayed into its waters. The Foreign Office said they had been in Iraqi waters. The government said it wanted "their immediate release".', "immediate release", (None,)),
    ("government-capital", 'France has agreed to close the Sangatte camp.\n\nParis said the camp would shut by April. The Home Office said it welcomed the deal. The government said it was "a major step forward".', "major step", (None,)),
    ("rival-object", "Andy Roddick won the Queen's title for a third time.\n\nHe beat rival Lleyton Hewitt in straight sets. \"I served really well today,\" he said.", "served really well", ("Andy Roddick",)),
    ("compatriot-object", 'Greg Rusedski reached the third round at Wimbledon.\n\nHe beat compatriot Tim Henman in four sets. "It was a tough match but I played well," he said.', "tough match", ("Greg Rusedski",)),
    ("contrast-in-report", 'Arsenal manager Arsene Wenger says his side can still win the title.\n\nWenger said striker Thierry Henry would be fit for Sunday, though Robert Pires is still struggling with a knee injury. "Thierry has trained well all week," he said.', "trained well", ("Arsene Wenger",)),
    ("contrast-after-subject", 'Chelsea boss Jose Mourinho is confident ahead of the derby.\n\nMourinho confirmed Frank Lampard will play but Damien Duff is doubtful. "Frank is our most important player," he said.', "most important player", ("Jose Mourinho",)),
    ("and-after-subject", 'Arsenal manager Arsene Wenger says his side can win the title.\n\nWenger watched his side win 2-0 and Robert Pires scored twice. "We were excellent," he said.', "We were excellent", ("Arsene Wenger",)),
    ("and-replaced", 'Prime Minister Tony Blair has reshuffled his cabinet.\n\nBlair moved Jack Straw to the Commons and Margaret Beckett replaced him at the Foreign Office. "It is a strong team," he said.', "strong team", ("Tony Blair",)),
]


@pytest.mark.parametrize("name,text,fragment,allowed", REVIEW_CASES + REVIEW2_CASES,
                         ids=[c[0] for c in REVIEW_CASES + REVIEW2_CASES])
def test_review_counter_examples(name, text, fragment, allowed):
    # guards: each was a wrong or lost speaker in a first version of a rule of this round
    assert find(text, fragment).speaker in allowed


def test_a_long_sentence_of_clauses_is_read_in_linear_time():
    # guard against catastrophic slowness, not a speed target: the closing-clause pattern was
    # quadratic on a long sentence with no comma (about 20 s on this 120 KB text; now well under 1 s)
    import time

    text = "John Smith said the team " + " ".join(["while Jones is away"] * 6000) + ", yes \"We are fine,\" he said."
    started = time.perf_counter()
    find(text, "We are fine")
    assert time.perf_counter() - started < 10.0


def test_a_makers_name_does_not_expand_to_its_products_model():
    text = ("Nintendo is to release a media adapter for the Nintendo DS.\n\n"
            "Nintendo said the adapter will be available from February in Japan.")
    assert find(text, "available from February").speaker == "Nintendo"
