"""Attribution rules of the sixteenth round, found in the errors of gold sets 67-70 (studied for
the first time this round) and checked on the whole BBC corpus. Each test fails on the code
before its rule unless it says it is a guard."""

from __future__ import annotations

from quote_text import find


def test_a_name_used_alone_before_a_longer_one_is_not_shortened_from_it():
    # "Uefa Cup" is a competition, "Google News" a service: the story named the body first
    text = ("Uefa says it will allow European matches to be played on artificial pitches.\n\n"
            "Uefa explained that the move \"follows comprehensive studies into the surfaces\". "
            "Clubs that play Uefa Cup matches in winter are expected to instal them.")
    assert find(text, "comprehensive studies").speaker == "Uefa"


def test_a_name_given_in_full_first_still_names_the_shorter_mentions():
    # guard: "Pew Research" first (or "Pew researchers"), then "Pew": the same body, in full
    text = ("According to figures gathered by the Pew researchers, users search often. "
            "According to Pew Research 44% of searchers use just one engine.\n\n"
            "Said the Pew report: \"This finding is ironic.\"")
    assert find(text, "finding is ironic").speaker == "Pew Research"
    # nor does a person's first name used alone before the full name
    person = ("Sarah was nine when she first rode a horse. Sarah Gille now trains them.\n\n"
              "\"They are my life,\" Sarah said.")
    assert find(person, "my life").speaker == "Sarah Gille"
