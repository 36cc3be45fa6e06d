"""Organizations called "it", relative "who", and verbs inside a reported clause (2026-11-30,
fifth session).

Each case here gave a wrong or missing record before the rule it tests: a company's "It said"
went unattributed, "…, the producer Quincy Jones, who described him as …" named nobody, and
"Gordon Brown said the UK continued to invest …" lost its whole clause to a cue for "the UK"."""

from __future__ import annotations

import pytest

from quote_text import quotes_of, records


@pytest.mark.parametrize(
    "text, expected",
    [
        # a one-word name the text never makes a person, then "it": the organization
        ("Oil firm in court\n\nRussian oil firm Yukos called the sale illegal. It also said that the court "
         "had no right to stop the auction of its main unit.\n",
         [("Yukos", "the court had no right to stop the auction of its main unit")]),
        ("Grocer seeks protection\n\nUS supermarket group Winn-Dixie has filed for bankruptcy protection.\n\n"
         "Winn-Dixie, once among the most profitable of US grocers, said Chapter 11 "
         "protection would enable it to reorganise. It said its 920 stores would remain open.\n",
         [("Winn-Dixie", "Chapter 11 protection would enable it to reorganise"),
          ("Winn-Dixie", "its 920 stores would remain open")]),
    ],
)
def test_it_said_after_a_one_word_organization(text, expected):
    assert records(text, "indirect") == expected


@pytest.mark.parametrize(
    "text, person, clause",
    [
        # "it" after a person the text names in full is no organization
        ("Champion\n\nRoger Federer won the title on Sunday. It said nothing about the weather.\n",
         "Roger Federer", "nothing"),
        # nor after a one-word name the text makes a person ("he")
        ("Striker\n\nRonaldinho scored twice. He said the team was happy. It said little about the result.\n",
         "Ronaldinho", "little"),
    ],
)
def test_it_said_names_no_person(text, person, clause):
    assert not any(speaker == person and said.startswith(clause) for speaker, said in records(text))


def test_a_nested_it_of_the_same_organization_stays_in_its_clause():
    text = ("Oil firm\n\nRussian oil firm Yukos said little in public. Yukos maintains that it filed for "
            "bankruptcy in the US because it feared it would not be able to do so in Russia.\n")
    assert ("Yukos", "it filed for bankruptcy in the US because it feared it would not be able to do so in "
            "Russia") in records(text, "indirect")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tributes\n\nCharles died in June. One tribute came from his friend, the producer Quincy Jones, who "
         "described him as a \"brother in every sense of the word\".\n",
         ("Quincy Jones", "brother in every sense of the word")),
        ("Campbell row\n\nThat charge was denied by Mr Mandelson, who said the Tories were afraid of Mr "
         "Campbell's campaigning skills.\n",
         ("Mandelson", "the Tories were afraid of Mr Campbell's campaigning skills")),
    ],
)
def test_who_stands_for_the_name_right_before_it(text, expected):
    speaker, clause = expected
    assert any(s and s.endswith(speaker) and c == clause for s, c in records(text))


@pytest.mark.parametrize(
    "text",
    [
        # two people before "who": neither alone
        "Gig review\n\nHelen Clutterbuck liked the band. Less impressed were fellow students Ryan Crabbe and "
        "Gordon Rennie, who observed, \"They're still not very inspiring.\"\n",
        # a relative clause's transitive verb with an object reports nothing
        "Tennis\n\nBritish number one Tim Henman, who announced his Davis Cup retirement earlier this year, "
        "believes Britain can win the tie.\n",
        "Royals\n\nThe book was praised by Ros Coward, who wrote the authorised biography of Diana, princess "
        "of Wales.\n",
    ],
)
def test_who_gives_no_record_it_should_not(text):
    assert not any(speaker in ("Gordon Rennie", "Ros Coward") or "Davis Cup retirement" in clause
                   for speaker, clause in records(text))


@pytest.mark.parametrize(
    "text, clause",
    [
        ("Budget\n\nGordon Brown said that it was vital the UK continued to invest in infrastructure.\n",
         "it was vital the UK continued to invest in infrastructure"),
        ("Budget\n\nGordon Brown said the UK continued to invest in roads.\n",
         "the UK continued to invest in roads"),
        # a verb of the clause with an object reports no clause of its own
        ("Sales\n\nGordon Brown said Tesco reported a rise in sales.\n", "Tesco reported a rise in sales"),
        ("Sales\n\nGordon Brown said the UK maintained a lead over France.\n",
         "the UK maintained a lead over France"),
    ],
)
def test_a_verb_inside_the_clause_does_not_cut_it(text, clause):
    assert records(text, "indirect") == [("Gordon Brown", clause)]


@pytest.mark.parametrize(
    "text, clause",
    [
        # after "but", "and", a comma or a dash, the second verb still starts a clause of its own
        ("Sales\n\nGordon Brown said the deal was off, but Tesco reported a loss.\n", "the deal was off"),
        ("Sales\n\nGordon Brown said the deal was off and Tesco reported a loss.\n", "the deal was off"),
        ("Migration\n\nBarbara Roche said this would counter groups like Migration Watch, which she described "
         "as an anti-immigration group.\n", "this would counter groups like Migration Watch"),
        ("Software\n\nMicrosoft's Bill Gates said it did not believe the program was widespread and "
         "recommended users update their software.\n", "it did not believe the program was widespread"),
    ],
)
def test_the_clause_still_ends_before_a_second_report(text, clause):
    assert [c for _, c in records(text, "indirect")][:1] == [clause]


def test_a_score_is_no_clause_though_a_verb_follows_it():
    # the inner verb's cut is what ends "added"'s would-be clause: it stays when "added" is the outer verb
    text = ("Rugby\n\nStephen Jones added four conversions as Wales maintained their superb start to the "
            "championship.\n")
    assert records(text, "indirect") == []


@pytest.mark.parametrize(
    "text",
    [
        "Music\n\nPete Doherty was arrested with Alan Wass. A lawyer representing Mr Doherty and Mr Wass said "
        "outside court the pair strenuously denied the charges.\n",
        "Music\n\nPete Doherty was arrested on Monday. A lawyer representing Mr Doherty said the pair denied "
        "the charges.\n",
    ],
)
def test_a_lawyer_representing_someone_is_not_them(text):
    assert [speaker for speaker, _ in records(text, "indirect")] == [None]


# --- narrowed after an adversarial review (275 texts written against this session's rules) ---


@pytest.mark.parametrize(
    "text, person",
    [
        ("Memorial\n\nThe statue was unveiled by the widow of John Lennon, who said he would have loved it.\n",
         "John Lennon"),
        ("Missing girl\n\nPolice spoke to a neighbour of Milly Dowler, who said the girl had seemed happy.\n",
         "Milly Dowler"),
        ("Pop\n\nThe report quoted a source close to Cheryl Cole, who said the singer was upset.\n", "Cheryl Cole"),
    ],
)
def test_who_after_a_relation_is_not_the_related_name(text, person):
    assert all(speaker != person for speaker, _ in records(text))


def test_a_relative_clause_on_a_name_inside_a_clause_ends_that_clause_at_its_comma():
    text = "Budget\n\nMr Smith said the plan was approved by Gordon Brown, who said it would save millions.\n"
    assert records(text, "indirect") == [("Smith", "the plan was approved by Gordon Brown"),
                                         ("Gordon Brown", "it would save millions")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # no word of the text makes the name an organization: "it" is the tax office
        ("Football\n\nNeymar criticised the Spanish tax authorities. It said the player owed 34m euros.\n", None),
        # one that speaks in the text is one ("Nokia warned …. It said …")
        ("Phones\n\nNokia warned that sales would fall. It said margins would hold up.\n", "Nokia"),
        # or one an apposition calls an organization's noun
        ("Insurers\n\nAllianz, a leading German insurer, reported record profits. It said margins would hold up.\n",
         "Allianz"),
    ],
)
def test_it_said_needs_an_organization(text, speaker):
    assert [s for s, c in records(text, "indirect") if c.startswith(("the player", "margins"))] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Banks\n\n\"The bank made mistakes,\" Bob Diamond continued to the committee.\n",
        "Banks\n\n\"The bank made mistakes,\" Bob Diamond continued to reporters.\n",
    ],
)
def test_continued_to_an_audience_is_still_speech(text):
    assert [(q.speaker, q.text) for q in quotes_of(text)] == [("Bob Diamond", "The bank made mistakes,")]


@pytest.mark.parametrize(
    "text, clause",
    [
        ("Oil\n\nShell said profits had risen but analysts estimated the gain at only 2%.\n", "profits had risen"),
        ("Rates\n\nThe Fed said growth was slowing whereas the ECB noted signs of recovery.\n",
         "growth was slowing"),
        ("Web\n\nGoogle said the outage lasted an hour while users reported problems all day.\n",
         "the outage lasted an hour"),
    ],
)
def test_a_second_party_after_a_conjunction_keeps_its_own_words(text, clause):
    assert [c for _, c in records(text, "indirect")][:1] == [clause]


def test_a_clause_that_ends_in_who_without_a_comma_keeps_it():
    text = "Crime\n\nPolice said it was not yet clear who.\n"
    assert [c for _, c in records(text, "indirect")] == ["it was not yet clear who"]


# --- from studying held-out sets 83-85 (blind until this session; 86 and 87 stay blind) ---


@pytest.mark.parametrize(
    "text, speaker, clause",
    [
        ("Oscars\n\nThree people have refused Oscars, including actor George C Scott who said the whole thing "
         "was demeaning.\n", "George C Scott", "the whole thing was demeaning"),
        ("Row\n\nThe premier was responding to a challenge from Tory leader Michael Howard who said Labour would "
         "raise taxes.\n", "Michael Howard", "Labour would raise taxes"),
    ],
)
def test_who_with_no_comma_after_a_name(text, speaker, clause):
    assert (speaker, clause) in records(text, "indirect")


def test_who_with_no_comma_after_a_place_is_nobody():
    text = "Palace\n\nThe decision was welcomed at Downing Street who said it was the right thing to do.\n"
    assert all(speaker != "Downing Street" for speaker, _ in records(text))


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "who" with no comma after a description is nobody new ("Republican" alone elsewhere would
        # make "Oklahoma Republican" look like a person's name)
        ("Tax\n\nRepublican leaders agreed. Senator James Lankford, an Oklahoma Republican who warned of the "
         "deficit's dangers, played down that threat.\n\n\"I understand it's a risk,\" he said.\n", "James Lankford"),
        # a closing clause on a titled person puts them in focus
        ("Rugby\n\nUnder-pressure coach Bernard Laporte has made four changes. France have been criticised "
         "for a lack of flair this year but captain Fabien Pelous sees hope on the horizon. \"I get the "
         "impression we are getting better,\" he said.\n", "Fabien Pelous"),
        # a described subject with a relative clause keeps its opponent out of focus
        ("Tennis\n\nTim Henman will face Cyril Saulnier in the first round. Henman came from two sets down to "
         "beat him last year. The seventh seed, who is lined up to meet Andy Roddick in the last eight, is "
         "looking forward to the match. \"He's a tough player on any surface,\" he said.\n", "Tim Henman"),
    ],
)
def test_he_said_goes_to_the_person_in_focus(text, speaker):
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] == [speaker]


def test_a_nested_quotation_closing_a_sentence_ends_its_record_in_flattened_copy():
    text = ("Stadium\n\nParry said: \"I would say deals have been done far too cheaply. \"But the Arsenal deal is "
            "the sort that makes you say 'wow - that's interesting.' \"My personal view is that I would find it "
            "more palatable than a shared stadium.\"\n")
    assert [(q.speaker, q.text[:20]) for q in quotes_of(text)] == [
        ("Parry", "I would say deals ha"), ("Parry", "But the Arsenal deal"), ("Parry", "My personal view is ")]


# --- from a blind judgement of the changed attributions in BBC articles outside every gold set ---


def test_who_after_a_name_before_an_act_and_a_label_is_not_speech():
    text = ("Summit\n\nMr Blair will open the proceedings, although his speech will be pre-empted by French "
            "President Jacques Chirac, who announced his attendance at the last minute and secured a slot for a "
            "\"special message\" two hours before Mr Blair speaks.\n")
    assert all(q.speaker != "Jacques Chirac" for q in quotes_of(text))


def test_a_same_speaker_it_after_a_closing_quotation_mark_does_not_extend_the_clause():
    text = ("Music\n\nThe BPI said brands should not advertise on file-sharing networks. 'Networks like "
            "eDonkey facilitate illegal filesharing. The BPI strongly believes that any reputable company should "
            "look carefully at the support they are giving these networks,\" it said in a statement.\n")
    assert not any("said in a statement" in q.text for q in quotes_of(text))


# --- narrowed after a second adversarial review (171 texts against the rules above) ---


@pytest.mark.parametrize(
    "text, person",
    [
        ("Legal advice row\n\nIt was not Tony Blair who said the war was legal, but the Attorney General.\n",
         "Tony Blair"),
        ("Newman tribute\n\nThe tribute was paid by the widow of actor Paul Newman who said he had been a devoted "
         "husband.\n", "Paul Newman"),
        ("Downing Street denial\n\nThe story was denied by a spokesman for Mr Blair who said: \"There is no truth "
         "in it whatsoever.\"\n", "Blair"),
    ],
)
def test_who_with_no_comma_names_nobody_outside_a_titled_agent(text, person):
    assert all(not (speaker or "").endswith(person) for speaker, _ in records(text))


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a plural noun after a name is no verb ("Harry Potter books accounted for …")
        ("Bloomsbury\n\nBloomsbury chief executive Nigel Newton said profits had doubled.\n\nThe year was "
         "exceptional for Newton and JK Rowling and Harry Potter books accounted for most of the sales.\n\n\"We "
         "are delighted,\" he said.\n", "Nigel Newton"),
        # a meeting is no match: the one met stays who "he" may be
        ("World Cup heroes\n\nMartin Johnson led the England squad on a victory parade through London.\n\nThe "
         "captain was invited to meet Prime Minister Tony Blair at Downing Street.\n\n\"I was delighted to welcome "
         "the team to Number 10,\" he said.\n", None),
        # "spoken out against" his manager is no opponent
        ("Bent dropped\n\nDarren Bent was left out of the England squad.\n\nThe striker, who has spoken out "
         "against Steve McClaren's tactics, was dropped on Thursday.\n\n\"I have to pick players who are in "
         "form,\" he said.\n", None),
    ],
)
def test_focus_rules_stay_out_of_other_shapes(text, speaker):
    direct = [q.speaker for q in quotes_of(text) if q.kind == "direct"]
    if speaker is None:
        assert direct and direct[-1] not in ("Martin Johnson", "Darren Bent")
    else:
        assert direct == [speaker]


def test_a_pronoun_inside_a_relative_clause_is_its_antecedent():
    text = ("Liverpool\n\nParry revealed Liverpool are still in talks with a new investor. That prompted the "
            "withdrawal of tycoon Steve Morgan, who got frustrated by failed bids and what he claimed was "
            "indecision by the board. He also accused Liverpool of using him as \"a stalking horse\" to attract "
            "other bids.\n")
    assert [(q.speaker, q.text) for q in quotes_of(text) if q.speaker == "Steve Morgan"] == [
        ("Steve Morgan", "was indecision by the board"), ("Steve Morgan", "a stalking horse")]


def test_a_pronoun_of_the_other_gender_inside_a_relative_clause_is_not_its_antecedent():
    text = ("Club\n\nThe chairman spoke on Monday. The club parted with manager Jane Smith, who left after what he "
            "claimed was a row with the board.\n")
    assert all(q.speaker != "Jane Smith" for q in quotes_of(text))


@pytest.mark.parametrize(
    "text, clause",
    [
        ("Budget\n\nThe plan, which Gordon Brown says will save £1bn a year, was unveiled on Monday.\n",
         "will save £1bn a year"),
        ("Venezuela\n\nCritics say the powers - which President Chavez argues are needed to help the poor - "
         "trample all over property rights.\n", "are needed to help the poor"),
        # a list's comma is no end of the relative clause
        ("Leaflets\n\nThe leaflet, which the Foreign Office says has cost about £2,500 to design, print and "
         "deliver.\n", "has cost about £2,500 to design, print and deliver"),
    ],
)
def test_a_clause_reported_inside_a_relative_clause_ends_with_it(text, clause):
    assert clause in [c for _, c in records(text, "indirect")]
