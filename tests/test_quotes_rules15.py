"""Attribution rules of the fifteenth round, found in the errors of the pooled gold sets 1-60
(sets 57-60 studied for the first time) and checked on the whole BBC corpus. Each test fails on
the code before its rule unless it says it is a guard."""

from __future__ import annotations

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
