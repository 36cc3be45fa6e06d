"""The quote engine, rule by rule, on small hand-written texts; the seed article; the gold figures."""

from __future__ import annotations

import pytest
from quote_text import press_document as doc
from quote_text import quotes_of

from archive.model import Quote
from archive.quotes import find_quotes
from archive.quotes.speakers import build_speakers, load_overrides


def by_text(quotes: list[Quote], fragment: str) -> Quote:
    matches = [q for q in quotes if fragment in q.text]
    assert matches, f"no quote with {fragment!r} in {[q.text for q in quotes]}"
    return matches[0]


# ------------------------------------------------------------------ finding quotations


def test_curly_quote_with_trailing_cue_and_offsets():
    """Offsets exclude the marks, so the web page highlights exactly the words."""
    text = "Jane Roe runs the clinic.\n\n“We will stay open all winter,” Roe said."
    (q,) = [q for q in quotes_of(text) if q.kind != "indirect"]
    assert q.text == "We will stay open all winter,"
    d = doc(text)
    assert d.text[q.start : q.end] == q.text
    assert q.speaker == "Jane Roe" and q.cue == "said" and q.paragraph == 2


def test_straight_and_mixed_quote_marks():
    """Copy mixes straight openers with curly closers; pairing goes by context."""
    qs = quotes_of('Tom Hall, the mayor, spoke. "A great day for the city, and for all of us,” Hall said.')
    assert by_text(qs, "A great day").speaker == "Tom Hall"


def test_guillemets():
    qs = quotes_of("Marie Dubois left early. «Nous reviendrons demain matin avec les autres», a dit Dubois.")
    assert any("Nous reviendrons" in q.text for q in qs)


def test_british_single_quotes_and_apostrophes():
    """Single quotes pair as quote marks; it's / '90s / Matos' are apostrophes."""
    text = "Peter Mark said: 'It's the best team we've had since the '90s and we won't stop now.'"
    q = by_text(quotes_of(text), "best team")
    assert q.text.startswith("It's the best team") and q.text.endswith("stop now.")
    assert q.speaker == "Peter Mark"


def test_possessive_apostrophe_is_not_a_quote():
    qs = quotes_of("The Matos' house was sold to the Jones' cousins last year for a lot of money.")
    assert qs == [] or all(q.kind == "indirect" for q in qs)


def test_partial_quote_in_reporters_sentence():
    qs = quotes_of("Ann Lee, a senator, said her opposition “is rooted in common sense and long experience.”")
    q = by_text(qs, "is rooted")
    assert q.kind == "partial" and q.speaker == "Ann Lee"


def test_interrupted_quote_gives_two_records_one_speaker():
    qs = quotes_of("“We are not telling anyone how to vote,” Bo Diaz says. “He is doing that all by himself.”")
    first, second = by_text(qs, "not telling"), by_text(qs, "all by himself")
    assert first is not second
    assert first.speaker == second.speaker == "Bo Diaz"


def test_multi_paragraph_quote_one_record_per_paragraph():
    text = (
        "The hearing was long.\n\n"
        "Kim Park said: “The first part of my answer is long and it goes on.\n\n"
        "“And the second part follows in a new paragraph, as it should.”"
    )
    qs = quotes_of(text)
    first, second = by_text(qs, "first part"), by_text(qs, "second part")
    assert first.paragraph == 2 and second.paragraph == 3
    assert first.speaker == second.speaker == "Kim Park"


def test_flattened_paragraphs_split_inside_one_quote():
    """BBC copy joins quoted paragraphs: `… everyone. "You …` opens a new record."""
    text = 'Gerry Conlon said: "He went beyond what we thought. "You could see he was moved."'
    qs = quotes_of(text)
    assert by_text(qs, "went beyond") is not by_text(qs, "could see")
    assert by_text(qs, "could see").speaker == "Gerry Conlon"


def test_block_quote_after_colon_attribution():
    text = (
        "“Restoring Community,” a report issued by 14 organizations, states:\n\n"
        "The program multiplies the force of unjust laws and tears families apart."
    )
    q = by_text(quotes_of(text), "multiplies the force")
    assert q.kind == "block" and q.speaker == "Restoring Community"


def test_markdown_blockquote_is_block_attributed_from_colon():
    text = "Dana Fox, the director, wrote:\n\n> Nothing about this plan was ever fair to the tenants."
    q = by_text(quotes_of(text), "Nothing about")
    assert q.kind == "block" and q.speaker == "Dana Fox"


def test_heading_is_never_a_quote():
    text = "# “We will win,” says the mayor\n\nThe city council met on Monday to discuss the budget."
    assert all("We will win" not in q.text for q in quotes_of(text))


def test_titles_nicknames_and_scare_quotes_are_not_quotes():
    text = (
        "“Restoring Community,” a report on “ICE’S Failed ‘Secure Communities’ Program,” was issued. "
        "He starred in “Star Wars” and the so-called “war on terror” went on. "
        "The striker, known as “The Rocket”, scored."
    )
    assert [q for q in quotes_of(text) if q.kind != "indirect"] == []


def test_indirect_speech_with_that():
    qs = quotes_of("Jonathan Fried says that the decision to end the agreements is antidemocratic.")
    q = by_text(qs, "decision to end")
    assert q.kind == "indirect" and q.speaker == "Jonathan Fried"
    assert not q.text.startswith("that")


def test_indirect_speech_told_and_according_to():
    qs = quotes_of(
        "Roberto Lovato tells The Independent that Latinos have organized many events this year.\n\n"
        "According to Lovato, the group has gathered more than 23,000 signatures."
    )
    assert by_text(qs, "Latinos have organized").speaker == "Roberto Lovato"
    q = by_text(qs, "has gathered")
    assert q.kind == "indirect" and q.speaker == "Roberto Lovato" and q.cue.lower() == "according to"


# ------------------------------------------------------------------ attribution


def test_cue_before_quote_with_inverted_order():
    qs = quotes_of('Liz Bell runs the agency. "The numbers do not add up at all," said Ms Bell.')
    assert by_text(qs, "numbers").speaker == "Liz Bell"


def test_surname_resolves_to_fullest_name_and_variants():
    qs = quotes_of("Roberto Lovato leads the group.\n\n“We will keep marching every week,” Lovato says.")
    q = by_text(qs, "keep marching")
    assert q.speaker == "Roberto Lovato"
    assert "Lovato" in q.speaker_variants and "Roberto Lovato" in q.speaker_variants


def test_pronoun_resolves_to_last_compatible_person():
    text = (
        "Mary Jones met Mr Smith at the hearing. She spoke for an hour.\n\n"
        "“I have never seen such a waste of public money,” she said."
    )
    assert by_text(quotes_of(text), "waste").speaker == "Mary Jones"


def test_pronoun_skips_a_name_buried_mid_sentence():
    """"in an Oliver Sacks kind of way" is not who "she" is."""
    text = (
        "Mary Steenburgen began to hear music. It sounded, in an Oliver Sacks kind of way, strange.\n\n"
        "“I couldn’t focus on anything else at all,” she said."
    )
    assert by_text(quotes_of(text), "couldn’t focus").speaker == "Mary Steenburgen"


def test_report_and_it_resolve_to_report_title():
    text = (
        "“Restoring Community,” a report on the program, was released today.\n\n"
        "The report adds that “the program encourages a criminalization of immigrants everywhere.”\n\n"
        "It adds that “deportation rates in the county are far over the national average.”"
    )
    qs = quotes_of(text)
    assert by_text(qs, "criminalization").speaker == "Restoring Community"
    assert by_text(qs, "deportation rates").speaker == "Restoring Community"


def test_acronym_resolved_to_organization():
    text = (
        "Immigration and Customs Enforcement runs the program.\n\n"
        "According to ICE, the program was developed to remove “criminal aliens who pose a threat.”"
    )
    q = by_text(quotes_of(text), "criminal aliens")
    assert q.speaker == "Immigration and Customs Enforcement"


def test_continuation_in_same_paragraph():
    text = "“We will appeal the ruling,” Ann Wu said. “This is not over by any means.”"
    assert by_text(quotes_of(text), "not over").speaker == "Ann Wu"


def test_name_inside_quote_is_never_speaker():
    text = "“He is listening to his campaign managers like David Axelrod and nobody else.”"
    q = by_text(quotes_of(text), "campaign managers")
    assert q.speaker is None and q.confidence < 0.5


def test_unattributed_quote_has_no_speaker_and_low_confidence():
    qs = quotes_of("The meeting ended late.\n\n“Nobody expected the vote to go this way at all.”")
    q = by_text(qs, "Nobody expected")
    assert q.speaker is None and q.confidence < 0.5


def test_collective_source_is_null_speaker():
    q = by_text(quotes_of('"We are still talking to the unions today," a spokesman said.'), "still talking")
    assert q.speaker is None


def test_title_before_name_and_appositions():
    text = (
        "Former Los Angeles Police Chief William J. Bratton says, “Criminals benefit when people fear police.”\n\n"
        "Ron Hampton, president of Black Law Enforcement in America, says the plan “is rooted in common sense.”\n\n"
        "Jonathan Fried — executive director of We Count!, a Miami-Dade advocacy organization — says "
        "“we are calling on our allies.”"
    )
    qs = quotes_of(text)
    bratton, hampton, fried = by_text(qs, "Criminals"), by_text(qs, "rooted"), by_text(qs, "allies")
    assert bratton.speaker == "William J. Bratton"
    assert bratton.speaker_title == "Former Los Angeles Police Chief"
    assert (hampton.speaker, hampton.speaker_title, hampton.organization) == (
        "Ron Hampton", "president", "Black Law Enforcement in America")
    assert (fried.speaker, fried.speaker_title, fried.organization) == (
        "Jonathan Fried", "executive director", "We Count!")


def test_title_carried_from_earlier_mention():
    text = (
        "Ron Hampton, president of Black Law Enforcement in America, spoke first.\n\n"
        "“It is foolish to sever this tie with the community,” Hampton said."
    )
    q = by_text(quotes_of(text), "foolish")
    assert q.speaker == "Ron Hampton" and q.organization == "Black Law Enforcement in America"


def test_statement_with_header_block():
    text = (
        "Speaker: William J. Bratton\nRole: Former Los Angeles Police Chief\n"
        "Organization: Los Angeles Police Department\nTitle: On trust\n\n"
        "Criminals are the biggest benefactors when immigrants fear the police.\n\n"
        "Mayor Ann Cole said “we disagree with this view entirely.”"
    )
    qs = quotes_of(text)
    block = by_text(qs, "Criminals")
    assert block.kind == "block" and block.speaker == "William J. Bratton"
    assert block.speaker_title == "Former Los Angeles Police Chief"
    assert block.organization == "Los Angeles Police Department"
    assert by_text(qs, "we disagree").speaker == "Ann Cole"


def test_find_quotes_is_deterministic_and_fills_record():
    text = "“We will appeal the ruling,” Ann Wu said."
    a, b = quotes_of(text), quotes_of(text)
    assert [q.to_record() for q in a] == [q.to_record() for q in b]
    q = a[0]
    assert len(q.id) == 16 and q.doc == "press/t.txt" and q.topics == [] and 0 <= q.confidence <= 1
    assert "appeal" in q.context


# ------------------------------------------------------------------ speakers across documents


def _q(speaker, org=None, variants=(), path="a"):
    return Quote(id="x", text="t", kind="direct", speaker=speaker, speaker_title=None, organization=org,
                 cue=None, doc=path, doc_title=None, doc_date=None, doc_kind="press", start=0, end=1,
                 page=None, paragraph=1, context="", speaker_variants=list(variants))


def test_build_speakers_merges_only_on_evidence():
    """Same full name merges; same surname + organization merges; a shared surname alone does not."""
    quotes = [
        _q("William J. Bratton", "LAPD", ["William J. Bratton", "Bratton"]),
        _q("william j. bratton", path="b"),
        _q("Bill Bratton", "LAPD", path="c"),
        _q("Tom Bratton", "Acme", path="d"),
    ]
    speakers = build_speakers(quotes)
    assert speakers["William J. Bratton"] is speakers["william j. bratton"]
    assert speakers["Bill Bratton"].name == "William J. Bratton"
    assert speakers["Tom Bratton"].name == "Tom Bratton"
    assert "Bratton" in speakers["William J. Bratton"].variants


def test_overrides_merge_and_split_win(tmp_path):
    path = tmp_path / "speakers.toml"
    path.write_text(
        '[[merge]]\nname = "William J. Bratton"\nvariants = ["W. Bratton"]\n\n'
        '[[split]]\nnames = ["Bill Bratton", "William J. Bratton"]\n',
        encoding="utf-8",
    )
    overrides = load_overrides(path)
    quotes = [_q("William J. Bratton", "LAPD"), _q("Bill Bratton", "LAPD"), _q("W. Bratton")]
    speakers = build_speakers(quotes, overrides)
    assert speakers["W. Bratton"].name == "William J. Bratton"
    assert speakers["Bill Bratton"] is not speakers["William J. Bratton"]
    assert load_overrides(tmp_path / "absent.toml") == {}


# ------------------------------------------------------------------ the seed article


def test_seed_article_attributions(seed_article):
    document = doc(seed_article.read_text(encoding="utf-8"), "press/seed.txt")
    qs = find_quotes(document)
    assert by_text(qs, "Criminals are the biggest").speaker == "William J. Bratton"
    assert by_text(qs, "is rooted in common sense").speaker == "Ron Hampton"
    assert by_text(qs, "he is paying attention").speaker == "Roberto Lovato"
    assert by_text(qs, "He is doing that all by himself").speaker == "Roberto Lovato"
    assert by_text(qs, "We are calling on our allies").speaker == "Jonathan Fried"
    assert by_text(qs, "This is not only happening").speaker == "Felipe Matos"
    assert by_text(qs, "S-Comm multiplies").speaker == "Restoring Community"
    assert by_text(qs, "ICE’s own numbers").speaker == "Restoring Community"
    assert by_text(qs, "criminal aliens").speaker == "Immigration and Customs Enforcement"
    texts = {q.text.rstrip(",") for q in qs}
    assert "Restoring Community" not in texts
    assert not any(q.text.startswith("ICE’S Failed") for q in qs)
    assert all(q.speaker != "David Axelrod" for q in qs)


# ------------------------------------------------------------------ gold figures held


def test_gold_figures_held(shared_data):
    """The figures reached on the gold sets; a change that lowers them is a regression."""
    eval_quotes = pytest.importorskip("eval_quotes")
    gold = eval_quotes.default_gold()
    if not gold:
        pytest.skip("no gold files")
    result = eval_quotes.evaluate(gold)
    marked, indirect = result.overall("marked"), result.overall("indirect")
    # reached on the 57 dev articles (gold_aeb, gold_bbc, gold_readability, gold_dev2): marked F1
    # 0.974, speaker 0.987 (0.985 a session earlier), 1 misattribution; indirect F1 0.839 (on the
    # gold made consistent about reported clauses containing quoted words), speaker 0.980, 2
    # misattributions (rates minus a small margin; misattribution counts held exactly). Since
    # 2026-11-30's fourth session a clause reported by someone the text does not let us name is
    # found with no speaker: indirect F1 0.850 at the session's end, speaker 0.969 (those clauses'
    # 4 more nulls), the same 2 misattributions. Fifth session: marked speaker 0.989 (one null
    # fewer), indirect F1 0.854, indirect speaker 0.975 (two nulls fewer), misattributions the same.
    # Sixth session: marked F1 0.975 (one passive label found, "described as 'heartbreaking' by
    # the conservation department"), all else the same. Eighth session: names read past Latin-1
    # ("Erdoğan"), so "Ngātiwai believe …" names the tribe as "Ngātiwai" where the gold has
    # "Ngātiwai tribe" (before, the macron cut the name and nobody was named): 3 misattributions
    assert marked.f1 >= 0.975
    assert marked.speaker_accuracy >= 0.982
    assert marked.misattributed <= 1
    assert indirect.f1 >= 0.845
    assert indirect.speaker_accuracy >= 0.965
    assert indirect.misattributed <= 3


# ------------------------------------------------------------------ long texts


def test_long_text_without_quotes_is_skimmed_not_parsed(monkeypatch):
    """A few MB of plain sentences: no quotation, no cue, so no sentence is parsed and the
    document's names are never scanned (the work is counted, not timed)."""
    from archive.quotes import attribution, speakers

    calls = {"subject": 0, "scan": 0}
    subject, scan = attribution.Attributor.sentence_subject, speakers.DocNames._scan

    def counting_subject(self, *args):
        calls["subject"] += 1
        return subject(self, *args)

    def counting_scan(self):
        calls["scan"] += 1
        return scan(self)

    monkeypatch.setattr(attribution.Attributor, "sentence_subject", counting_subject)
    monkeypatch.setattr(speakers.DocNames, "_scan", counting_scan)
    one_paragraph = "The council met again on Tuesday. " * 60_000  # 2 MB, one paragraph
    many = ("The council met again on Tuesday. " * 5 + "\n\n") * 12_000  # 2 MB, 12,000 paragraphs
    for text in (one_paragraph, many):
        assert quotes_of(text) == []
    assert calls == {"subject": 0, "scan": 0}


def test_skipped_paragraphs_still_give_pronoun_focus():
    """Paragraphs with nothing to quote are skimmed, but who "she" is still comes from them."""
    text = (
        "Mary Jones chairs the board.\n\n" + "The council met again on Tuesday. " * 2000 + "\n\n"
        "Mary Jones arrived late. The meeting was long.\n\n"
        "“We will not sign this budget,” she said."
    )
    assert by_text(quotes_of(text), "not sign").speaker == "Mary Jones"


def test_quote_after_long_plain_text_keeps_offsets_and_paragraph():
    text = "Plain words go on here. " * 20_000 + "\n\n" + "“We will appeal the ruling,” Ann Wu said."
    (q,) = [q for q in quotes_of(text) if q.kind != "indirect"]
    assert q.paragraph == 2 and q.speaker == "Ann Wu"


# ------------------------------------------------------------------ attribution rules (round 2)


def test_verbs_that_frame_a_quoted_phrase_attribute_it():
    """"X called it “…”", "X rejected the claims as “…”": the phrase is X's."""
    qs = quotes_of(
        "Sen. Ben Sasse called the death \"a crisis of public trust\" in the prisons.\n\n"
        "The Pentagon rejected these accusations as “patently false and misleading” on Monday."
    )
    assert by_text(qs, "crisis of public trust").speaker == "Ben Sasse"
    assert by_text(qs, "patently false").speaker == "Pentagon"


def test_inverted_cue_with_descriptor_before_the_name():
    qs = quotes_of(
        '"I was unable to stand for more than a few minutes," wrote 43-year-old Martin Taylor of Leeds.\n\n'
        '"These improvements are significant for the economy," wrote S&P credit analyst Helena Hessel.'
    )
    assert by_text(qs, "unable to stand").speaker == "Martin Taylor"
    assert by_text(qs, "improvements").speaker == "Helena Hessel"


def test_age_descriptor_refers_to_the_person_just_named():
    text = (
        "Norwich have signed Charlton midfielder Graham Stuart until the end of the season.\n\n"
        '"It was a very easy decision to make," the 34-year-old told the club website.'
    )
    assert by_text(quotes_of(text), "easy decision").speaker == "Graham Stuart"


def test_first_name_that_is_also_a_word_starts_a_full_name():
    text = "Will Davies, who wrote the report, spoke first.\n\n“We need a civic commons,” Davies said."
    assert by_text(quotes_of(text), "civic commons").speaker == "Will Davies"


def test_pronoun_after_fronted_clause_with_title():
    text = (
        "When Afghan President Ashraf Ghani announced the swap, he said the prisoners would go home. "
        "Mike Pompeo welcomed it.\n\n"
        "He also said he hoped the swap would “pave the way” for direct talks."
    )
    # "He" is ambiguous between Ghani and Pompeo: either the focus person or nobody, never a guess
    # from an object position; here the last subject is Pompeo
    q = by_text(quotes_of(text), "pave the way")
    assert q.speaker in ("Mike Pompeo", None)


def test_colon_introduction_without_speech_verb():
    text = (
        "Bob Alverson has fished for forty years.\n\n"
        "Alverson summed up the journey: “It’s the old school meets the new school with Amazon.”"
    )
    assert by_text(quotes_of(text), "old school").speaker == "Bob Alverson"


def test_quote_after_a_sentence_of_reported_speech_continues_it():
    text = (
        "Tony Blair spoke to students on Tuesday.\n\n"
        "Mr Blair said talking was the only answer. \"You've just got to confront it and talk to people.\""
    )
    assert by_text(quotes_of(text), "confront it").speaker == "Tony Blair"


def test_indirect_after_inverted_cue_with_apposition():
    qs = quotes_of("The weather should ease by Thursday morning, said Mark Quinlan, the utility's senior director.")
    q = by_text(qs, "weather should ease")
    assert q.kind == "indirect" and q.speaker == "Mark Quinlan"


def test_indirect_with_allege_and_told_plural_object():
    qs = quotes_of(
        "Kathleen Hawk Sawyer runs the bureau.\n\n"
        "Prosecutors alleged that no inmate checks were made for eight hours that night.\n\n"
        "Hawk Sawyer told lawmakers no evidence supports anything other than suicide."
    )
    assert by_text(qs, "no inmate checks").speaker is None
    q = by_text(qs, "no evidence supports")
    assert q.kind == "indirect" and q.speaker == "Kathleen Hawk Sawyer"


def test_institution_named_by_its_country_speaks_as_organization():
    qs = quotes_of("Two soldiers were killed in a helicopter crash in the mountains, the US military said on Wednesday.")
    q = by_text(qs, "soldiers were killed")
    assert q.kind == "indirect" and q.speaker == "US military"


def test_a_gold_text_may_be_a_plain_file_kept_outside_the_repository(tmp_path):
    """Evaluations on texts whose licence forbids committing them name the file as their ref."""
    gold_sources = pytest.importorskip("gold_sources")
    article = tmp_path / "u001.txt"
    article.write_text("“We will appeal,” said Dana Reyes.\n\nThe court had ruled on Monday.\n", encoding="utf-8")
    document = gold_sources.gold_document("file", str(article))
    assert document.path == f"file/{article}"
    assert [document.passage_text(p) for p in document.passages] == [
        "“We will appeal,” said Dana Reyes.", "The court had ruled on Monday."]
    with pytest.raises(ValueError):
        gold_sources.gold_text("nowhere", "x")
