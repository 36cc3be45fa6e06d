"""Attribution rules of the tenth round, each a class of error found on the blind held-out sets
13 and 14: letters after a name, and a surname shared with someone named only later."""

from __future__ import annotations

from quote_text import find


def test_letters_after_a_name_are_no_surname():
    text = ("Ian MacDonald QC quit the panel in protest.\n\n"
            "Mr MacDonald told BBC News: \"I fundamentally disagree with the law.\"")
    assert find(text, "fundamentally").speaker == "Ian MacDonald"
    text = "\"We will vote against it,\" said Jane Smith MP. \"It is wrong,\" Ms Smith added."
    assert find(text, "vote against").speaker == "Jane Smith"
    assert find(text, "It is wrong").speaker == "Jane Smith"


def test_surname_means_the_one_named_before_not_one_named_later():
    text = ("Open-side Martyn Williams is fit to start.\n\n"
            "\"I feel quite fresh,\" Williams told BBC Sport Wales.\n\n"
            "Wales: S Williams (Ospreys), M Williams (Blues), R Sidoli (Blues).")
    assert find(text, "quite fresh").speaker == "Martyn Williams"


def test_surname_shared_by_two_named_before_is_nobody_for_sure():
    text = ("The coach picked Shane Williams and Martyn Williams on Monday.\n\n"
            "\"I feel quite fresh,\" Williams told BBC Sport Wales.")
    assert find(text, "quite fresh").speaker is None
