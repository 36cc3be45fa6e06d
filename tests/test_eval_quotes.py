"""The evaluation's speaker-error split: misattributions (a wrong non-null speaker) vs nulls."""

from __future__ import annotations

import eval_quotes as ev

from archive.model import Document, Passage, Quote


def _quote(text: str, doc: Document, speaker: str | None) -> Quote:
    start = doc.text.index(text)
    return Quote(id="x", text=text, kind="direct", speaker=speaker, speaker_title=None,
                 organization=None, cue=None, doc=doc.path, doc_title=None, doc_date=None,
                 doc_kind="other", start=start, end=start + len(text), page=None, paragraph=1,
                 context="")


def test_wrong_speaker_counts_as_misattribution_and_null_as_null(monkeypatch):
    text = "“Alpha beta gamma delta.” “Epsilon zeta eta theta.” “Iota kappa lambda mu.”"
    doc = Document(path="t", format="text", text=text, passages=[Passage(0, len(text))])
    predicted = [
        _quote("Alpha beta gamma delta.", doc, "Ann Lee"),   # right
        _quote("Epsilon zeta eta theta.", doc, "Bob Ray"),   # wrong: a misattribution
        _quote("Iota kappa lambda mu.", doc, None),          # null where gold names someone
    ]
    monkeypatch.setattr(ev, "gold_document", lambda source, ref: doc)
    monkeypatch.setattr(ev, "find_quotes", lambda document: predicted)
    gold = {"source": "s", "ref": "r", "quotes": [
        {"text": "Alpha beta gamma delta.", "kind": "direct", "speaker": "Ann Lee", "paragraph": 1},
        {"text": "Epsilon zeta eta theta.", "kind": "direct", "speaker": "Cy Ode", "paragraph": 1},
        {"text": "Iota kappa lambda mu.", "kind": "direct", "speaker": "Cy Ode", "paragraph": 1},
    ]}
    result = ev.Result()
    ev.evaluate_article(gold, result)
    tally = result.overall("marked")
    assert (tally.speaker_right, tally.misattributed, tally.speaker_null) == (1, 1, 1)
    assert "wrong" in ev.report(result)


def test_a_name_where_gold_is_null_is_a_misattribution(monkeypatch):
    text = "“Alpha beta gamma delta.”"
    doc = Document(path="t", format="text", text=text, passages=[Passage(0, len(text))])
    monkeypatch.setattr(ev, "gold_document", lambda source, ref: doc)
    monkeypatch.setattr(ev, "find_quotes", lambda document: [_quote("Alpha beta gamma delta.", doc, "Ann Lee")])
    gold = {"source": "s", "ref": "r", "quotes": [
        {"text": "Alpha beta gamma delta.", "kind": "direct", "speaker": None, "paragraph": 1}]}
    result = ev.Result()
    ev.evaluate_article(gold, result)
    assert result.overall("marked").misattributed == 1
