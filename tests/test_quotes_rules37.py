"""A thing's name with its number, offices and honours around a name, a brand that holds a
name, and what the twenty-third session (2026-12-01) found next.

The cases are invented. Each stands for a wrong or missing record found in real news pages
annotated blind earlier and studied in this session (texts kept outside the repository: their
licences are unknown). The near misses make each rule's guard fail a test when it is switched
off."""

from __future__ import annotations

from quote_text import assert_speaker, find


# ---------------------------------------------------------------- capitalised words that name nobody


def test_a_thing_named_with_its_number_is_nobody_a_pronoun_could_mean():
    text = ("Bereaved families said the Covid inquiry had heard nothing but excuses.\n\n"
            "In her evidence to the UK Covid-19 inquiry on Tuesday, the former minister defended the "
            "decisions taken in the first weeks.\n\n"
            "“We did the best we could with what we knew,” she said.")
    assert_speaker(text, "We did the best", None)


def test_an_office_ending_in_officer_is_no_persons_name():
    text = ("Prof Sir Colin Hart has said he worries the warnings went too far.\n\n"
            "The Chief Medical Officer (CMO) for England told the inquiry that ministers had overdone it.\n\n"
            "He said that the balance was “really hard”.")
    quote = find(text, "the balance was")
    assert quote.speaker != "Medical Officer"


def test_a_controller_is_an_office_before_the_name():
    text = ("At a press conference, Midland County Administrative Controller Bridgette Gransby said she was "
            "not placing the blame on the owner.\n\n"
            "“This was a 500-year flood,” said Gransby.")
    assert_speaker(text, "This was a 500-year flood", "Bridgette Gransby")


def test_teachta_is_an_irish_deputys_style():
    text = ("Sinn Féin spokesperson on Health David Cullen TD has called for the minister to appear before "
            "the committee.\n\n"
            "Teachta Cullen said:\n\n"
            "“With these resignations, the future of reform is in doubt.”")
    assert_speaker(text, "With these resignations", "David Cullen")


def test_a_demonym_noun_before_a_surname_is_no_part_of_the_name():
    text = ("World Athletics head Sebastian Cole met the president in Kyiv on Friday.\n\n"
            "The federation has stood firm in a blanket ban. Briton Cole had previously said that Russia "
            "would not be allowed to take part.\n\n"
            "“The world changes every five minutes,” Cole said.")
    assert_speaker(text, "The world changes", "Sebastian Cole")


def test_australian_honours_after_a_name_are_no_part_of_it():
    text = ("Swimming Australia President John Bertram AO said the team had contributed greatly.\n\n"
            "“The team has always been so consistent,” said Mr Bertram.")
    assert_speaker(text, "The team has always", "John Bertram")


def test_a_brand_that_is_a_name_and_a_state_is_not_the_persons_fullest_name():
    text = ("Designer Donna Kiran said rumours that she is leaving the label are not true.\n\n"
            "“Can you imagine me stepping down?” she said.\n\n"
            "She said she remains passionate about her original label -- Donna Kiran New York.\n\n"
            "“I love having the two brands,” Kiran said.")
    assert_speaker(text, "Can you imagine", "Donna Kiran")
    assert_speaker(text, "I love having", "Donna Kiran")


def test_what_befell_someone_opening_a_paragraph_is_no_part_of_the_firms_name():
    text = ("Camera maker's ex-boss takes case to fraud office in London\n\n"
            "Sacked Olympia chief executive Michael Wood says he has contacted the Serious Fraud Office.\n\n"
            "He says he was fired for raising the issue, but Olympia says his management style was to blame.")
    quote = find(text, "his management style")
    assert quote.speaker == "Olympia"
