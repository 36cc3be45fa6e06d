"""Attribution rules of the seventh round, for precision on unseen text, each on a hand-written
sentence: name-run boundaries (a sentence-initial common word, place or outlet glued before a
name; a first name before a middle initial), an organization's spokesperson or officials (no
person), anonymous people (no speaker, no pronoun focus), and a pronoun with two people of its
gender in view."""

from __future__ import annotations

from quote_text import quotes_of

from archive.model import Quote


def marked(text: str, fragment: str) -> Quote:
    matches = [q for q in quotes_of(text) if fragment in q.text and q.kind != "indirect"]
    assert matches, f"no quotation with {fragment!r}"
    return matches[0]


def marked_speaker(text: str, fragment: str) -> str | None:
    return marked(text, fragment).speaker


# ------------------------------------------------------------------ 1. name boundaries


def test_sentence_initial_adverb_is_not_part_of_the_name():
    text = ("The council met on Monday to discuss the plan.\n\n"
            "“We will not back down,” Also John Smith said after the meeting.")
    assert marked_speaker(text, "We will not back down") == "John Smith"


def test_common_word_before_a_name_is_dropped():
    text = ("The app was popular with teenagers.\n\n"
            "Maybe Instagram Daniel Ortiz said: “It is not a toy.”\n\n"
            "Ortiz later resigned.")
    assert marked_speaker(text, "It is not a toy") != "Maybe Instagram Daniel Ortiz"


def test_place_before_a_full_name_is_dropped():
    text = ("The envoy travelled to Kyiv last week, where talks had stalled.\n\n"
            "In Ukraine Kurt Volker said: “The ceasefire must hold.”")
    assert marked_speaker(text, "The ceasefire must hold") == "Kurt Volker"


def test_place_glued_at_sentence_start_is_dropped():
    text = ("Talks resumed in Kyiv on Monday.\n\n"
            "“The ceasefire must hold,” Ukraine Kurt Volker told reporters. "
            "Ukraine has said it wants peace.")
    assert marked_speaker(text, "The ceasefire must hold") == "Kurt Volker"


def test_first_name_before_a_middle_initial_is_kept():
    text = ("The judge ruled on Tuesday.\n\n"
            "“The evidence was clear,” said Brian K. Coombes, a lawyer for the family.")
    assert marked_speaker(text, "The evidence was clear") == "Brian K. Coombes"


def test_capitalised_word_used_lowercase_elsewhere_is_dropped():
    text = ("Prices rose again, and the rise worried traders across the region.\n\n"
            "“We are worried,” Rise Maria Lopez said. Lopez runs a bakery.")
    speaker = marked_speaker(text, "We are worried")
    assert speaker in (None, "Maria Lopez")


# ------------------------------------------------------------------ 2. organization spokespeople


def test_organization_spokesman_is_no_speaker():
    text = ("The airline cancelled 40 flights on Friday.\n\n"
            "“Safety comes first,” a Delta Air Lines spokesman said.")
    q = marked(text, "Safety comes first")
    assert q.speaker is None
    assert q.speaker != "Delta Air Lines"


def test_the_organization_spokeswoman_is_no_speaker():
    text = ("The ministry issued new rules.\n\n"
            "“The rules apply to everyone,” the Interior Ministry spokeswoman said.")
    q = marked(text, "The rules apply to everyone")
    assert q.speaker is None


def test_organization_officials_are_no_speaker():
    text = ("The agency reviewed the data.\n\n"
            "“The numbers are preliminary,” Pentagon officials said.")
    q = marked(text, "The numbers are preliminary")
    assert q.speaker is None


def test_organization_source_is_no_speaker():
    text = ("Negotiations continued late into the night.\n\n"
            "“There is no deal yet,” a White House source said.")
    assert marked_speaker(text, "There is no deal yet") is None


# ------------------------------------------------------------------ 3. anonymous people


def test_dealer_who_asked_not_to_be_named_is_no_speaker_and_takes_the_focus():
    text = ("Art dealer Paul Becker said the market was strong.\n\n"
            "A dealer who asked not to be named disagreed. "
            "“Prices are falling and buyers are staying away,” he said.")
    assert marked_speaker(text, "buyers are staying away") is None


def test_one_analyst_takes_the_pronoun_focus():
    text = ("Finance minister Tom Harris defended the budget.\n\n"
            "One analyst was less sure. “It will not add up,” he said.")
    assert marked_speaker(text, "It will not add up") is None


def test_one_mother_takes_the_pronoun_focus():
    text = ("Principal Sarah Jones said the school would reopen.\n\n"
            "One mother was angry. “Nobody asked us what we wanted for our children,” she said.")
    assert marked_speaker(text, "what we wanted") is None


# ------------------------------------------------------------------ 4. pronoun focus


def test_he_with_two_men_named_in_the_paragraph_is_nobody():
    text = ("The club changed its coach in the summer.\n\n"
            "The club's owner praised John Carter and David Miller on Monday. "
            "“It was a good meeting,” he said.")
    assert marked_speaker(text, "It was a good meeting") is None


def test_he_after_the_subject_of_the_sentence_is_that_subject():
    text = ("The club changed its coach in the summer.\n\n"
            "John Carter said he was happy. “It was a good meeting,” he said.")
    assert marked_speaker(text, "It was a good meeting") == "John Carter"


def test_new_subject_in_a_paragraph_takes_the_focus():
    text = ("John Carter said the club would win the league.\n\n"
            "David Miller, the team's captain, was more cautious. "
            "“We have a lot of work to do,” he said.")
    assert marked_speaker(text, "We have a lot of work to do") == "David Miller"
