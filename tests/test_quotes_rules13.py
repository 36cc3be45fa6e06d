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
