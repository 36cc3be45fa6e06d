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
