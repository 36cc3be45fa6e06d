"""Attribution rules of the ninth round, on hand-written sentences: a surname that is also a
title word, a state's institution speaking as an organization, religious titles, people named as
examples, and a run-on quotation not undone by a cue that belongs to another quotation."""

from __future__ import annotations

from quote_text import quotes_of

from archive.model import Quote


def find(text: str, fragment: str) -> Quote:
    matches = [q for q in quotes_of(text) if fragment in q.text]
    assert matches, f"no quotation with {fragment!r}"
    return matches[0]


def test_surname_that_is_a_title_word():
    text = ("“There has not been a single year of gain,” says veteran industry analyst Ken Doctor.\n\n"
            "“They see the way down as inevitable,” says Doctor.")
    assert find(text, "single year").speaker == "Ken Doctor"
    assert find(text, "way down").speaker == "Ken Doctor"
    # a lower-case title is still nobody by name
    assert find("“We know it,” the doctor said.", "We know it").speaker is None


def test_title_alone_is_still_no_name():
    q = find("“We will appeal the ruling,” the Party Chairman said.", "appeal the ruling")
    assert q.speaker is None


def test_state_institutions_speak_as_organizations():
    assert find("Russia's foreign ministry said it viewed the move as “another measure contradicting” the law.",
                "another measure").speaker == "Russia's foreign ministry"
    assert find("The French foreign ministry said France “regrets any decision likely to encourage building”.",
                "regrets any").speaker == "French foreign ministry"
    q = find("Indonesia's government has confirmed it is considering raising fuel prices by 30%.", "fuel prices")
    assert (q.kind, q.speaker) == ("indirect", "Indonesia's government")


def test_a_persons_administration_is_not_a_state():
    q = find("Maria Lopez runs the charity. Lopez's department said it “will not close the shelter”.",
             "will not close")
    assert q.speaker != "Lopez's department"


def test_religious_title_is_not_part_of_the_name():
    q = find("“We are not going to suggest people support one party,” Cardinal Cormac Murphy O'Connor said.",
             "one party")
    assert (q.speaker, q.speaker_title) == ("Cormac Murphy O'Connor", "Cardinal")


def test_people_named_as_examples_are_not_he():
    text = ("Wales beat England. “It was a great day,” said coach Mike Ruddock.\n\n"
            "None more so than Henson, who can now expect the spotlight the likes of Jonny Wilkinson "
            "and Brian O'Driscoll have had. Gavin Henson was man of the match. "
            "The 23-year-old is undaunted. “I like pressure on me,” he said.")
    assert find(text, "pressure on me").speaker == "Gavin Henson"


def test_run_on_quote_keeps_voice_when_later_cue_has_its_own_quote():
    text = ("“Physically he's a specimen,” Stephen Jones said.\n\n"
            "“His defence was superb and he had a great game. Victory will fuel expectations. "
            "“People want to see Wales back,” said coach Mike Ruddock.")
    assert find(text, "His defence").speaker == "Stephen Jones"
    assert find(text, "People want").speaker == "Mike Ruddock"


def test_run_on_quote_gives_way_to_a_speaker_of_its_own():
    text = ("Reyes spoke at length. “The budget is tight,” Ana Reyes said.\n\n"
            "“We have no choice.” That is what Tom Okafor told the council.")
    assert find(text, "no choice").speaker != "Ana Reyes"
