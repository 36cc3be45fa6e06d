"""Attribution rules of the eighth round, on hand-written sentences: an unnamed spokesperson or
officials keep no speaker but keep the organization they speak for; an unnamed subject with a
relative clause introducing a direct quotation still yields the quotation."""

from __future__ import annotations

from quote_text import find


def test_org_before_spokesman():
    q = find("Shoppers queued at the Trafford Centre in Manchester.\n\n"
             "“We expect record numbers,” a Trafford Centre spokesman said.", "record numbers")
    assert (q.speaker, q.organization) == (None, "Trafford Centre")


def test_spokeswoman_for_org_is_no_speaker_but_the_org():
    q = find("Cairn Energy shares fell on Monday.\n\n"
             "A spokeswoman for Cairn said: “We remain confident in the licence.”", "remain confident")
    assert (q.speaker, q.organization) == (None, "Cairn Energy")


def test_acronym_spokesman_expands():
    q = find("The Football Association (FA) met on Monday.\n\n“The ban stands,” an FA spokesman said.",
             "ban stands")
    assert (q.speaker, q.organization) == (None, "Football Association")


def test_org_officials_direct_and_indirect():
    q = find("Power was cut to 10,000 homes.\n\n“Crews are working through the night,” Con Edison officials said.",
             "Crews are working")
    assert (q.speaker, q.organization) == (None, "Con Edison")
    q = find("Con Edison officials said the power would be restored by Friday.", "restored by Friday")
    assert (q.speaker, q.organization) == (None, "Con Edison")


def test_nation_officials_have_no_organization():
    q = find("“The talks were useful,” US officials said.", "talks were useful")
    assert (q.speaker, q.organization) == (None, None)


def test_the_companys_spokesperson_is_the_company_in_focus():
    q = find("Acme Industries reported a loss on Monday.\n\n“We will recover,” the company's spokesperson said.",
             "We will recover")
    assert (q.speaker, q.organization) == (None, "Acme Industries")


def test_the_companys_spokesperson_without_a_company_stays_none():
    q = find("Prices rose again.\n\n“We will recover,” the company's spokesperson said.", "We will recover")
    assert (q.speaker, q.organization) == (None, None)


def test_unnamed_subject_with_relative_clause_then_colon_quote():
    for intro in ("United lost 3-0 at home on Saturday.\n\n",
                  "Manager Jose Mourinho said the team had let everyone down.\n\n", ""):
        q = find(intro + "One fan who asked not to be named said: “It was a disgrace from start to finish.”",
                 "It was a disgrace")
        assert q.kind == "direct" and q.speaker is None
