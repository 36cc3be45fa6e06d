"""The evaluation's own rules: locating gold text, overlap matching, name comparison."""

from __future__ import annotations

import eval_quotes as ev


def test_locate_picks_occurrence_nearest_paragraph():
    text = "he said yes. " * 3
    assert ev.locate(text, "he said yes.", (26, 39)) == (26, 38)
    assert ev.locate(text, "absent words", (0, 13)) is None


def test_locate_prefers_the_occurrence_inside_the_paragraph():
    """A headline ending in the quoted word sits closer to the paragraph's start."""
    text = "Comments 'unhelpful'\n\nThe primate described as “unhelpful” the remarks."
    paragraph = (text.index("The"), len(text))
    start = text.index("“unhelpful”") + 1
    assert ev.locate(text, "unhelpful", paragraph) == (start, start + len("unhelpful"))


def test_speaker_names_compare_without_honorifics_but_surname_is_not_full_name():
    assert ev.same_speaker("Tony Blair", "tony  BLAIR")
    assert ev.same_speaker("Dr Luz Arroyo", "Luz Arroyo")
    assert ev.same_speaker("Pacific Gas & Electric Co.", "Pacific Gas & Electric")
    assert not ev.same_speaker("Roberto Lovato", "Lovato")
    assert ev.same_speaker(None, None) and not ev.same_speaker(None, "Lovato")
    # a nickname in quote marks is no part of whom the name means; the names around it still are
    assert ev.same_speaker("Lisa “Tiny” Gray-Garcia", "Lisa Gray-Garcia")
    assert not ev.same_speaker("Lisa “Tiny” Gray-Garcia", "Tiny")
    assert ev.same_speaker("De’Broski Herbert", "De'Broski Herbert")


def test_tally_scores():
    t = ev.Tally(gold=4, found=3, predicted=5, correct=4, speaker_total=3, speaker_right=2)
    assert round(t.precision, 2) == 0.8 and round(t.recall, 2) == 0.75
    assert round(t.f1, 3) == round(2 * 0.8 * 0.75 / 1.55, 3)
    assert round(t.speaker_accuracy, 3) == 0.667


def test_load_gold_skips_guideline_comments(tmp_path):
    path = tmp_path / "gold_x.jsonl"
    path.write_text('# guideline\n{"source": "seed", "ref": "r", "quotes": []}\n\n', encoding="utf-8")
    assert ev.load_gold(path) == [{"source": "seed", "ref": "r", "quotes": []}]
