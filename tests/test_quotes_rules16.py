"""Attribution rules of the sixteenth round, found in the errors of gold sets 67-74 (studied for
the first time this round, after their blind runs) and checked on the whole BBC corpus. Each test fails on the code
before its rule unless it says it is a guard."""

from __future__ import annotations

import pytest

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


def test_the_company_is_the_business_the_lede_opened_on():
    # no organization word in the name, so nothing in focus answers "the company" or "the firm"
    text = ("Shares in Krispy Kreme Doughnuts have fallen after the firm said it would restate "
            "its 2004 accounts.\n\n"
            "Analysts were surprised. \"We will cut costs,\" the company said.")
    assert find(text, "restate").speaker == "Krispy Kreme Doughnuts"
    assert find(text, "cut costs").speaker == "Krispy Kreme Doughnuts"
    # a lone capitalised word opening the lede may be any noun ("Inflation has risen …"), so it
    # names no business
    lone = ("Inflation has risen to its highest level for eight years.\n\n"
            "\"Retailers are facing a perfect storm of rising costs,\" the group said.")
    assert find(lone, "perfect storm").speaker is None


def test_a_lede_about_a_person_or_a_place_gives_the_company_nobody():
    # guards: "the company" is not the person, nor the country, the story opened on
    person = ("Gordon Strachan has rejected the chance to become Portsmouth's new boss.\n\n"
              "\"We are disappointed,\" the company said.")
    assert find(person, "disappointed").speaker is None
    place = ("Japan has slipped back into recession, figures show.\n\n"
             "\"Sales were weak,\" the company said.")
    assert find(place, "Sales were weak").speaker is None


def test_a_department_of_justice_is_an_organization_not_an_office():
    # "justice" heads titles ("Lord Justice Rix"), but "Department of Justice" names a body
    text = ("Two men have pleaded guilty to piracy.\n\n"
            "In a statement the US Department of Justice said the two men operated the hubs.")
    assert find(text, "operated the hubs").speaker == "US Department of Justice"


def test_an_office_ending_in_a_title_word_names_nobody():
    # "The Lord Chief Justice" is an office: "Justice" is no surname
    text = "Two men have been jailed.\n\nThe Lord Chief Justice said the sentences were too light."
    assert find(text, "too light").speaker is None


def test_a_person_whose_affiliation_lost_its_closing_comma_is_still_the_speaker():
    # the organization is the apposition's, not the subject of the cue
    text = ("The show opened on Thursday.\n\n"
            "\"The story remains all about digital,\" Jeff Joseph, from the Consumer Electronics "
            "Association (CEA) told the BBC News website.")
    quote = find(text, "all about digital")
    assert (quote.speaker, quote.organization) == ("Jeff Joseph", "Consumer Electronics Association")
    plain = ("The party will not come back.\n\n"
             "Colin Asplin, Blackpool Hotel Association said: \"We have tried very hard.\"")
    assert find(plain, "tried very hard").speaker == "Colin Asplin"


def test_two_organizations_in_a_row_are_no_person_and_affiliation():
    # guard: only a person's name (a first name we know) opens the apposition
    text = "The talks ended.\n\nLycos Europe, Acme Holdings said: \"We have tried very hard.\""
    assert find(text, "tried very hard").speaker != "Lycos Europe"


def test_a_name_inside_a_relative_clause_is_not_the_subject():
    # "who also presents Stars In Their Eyes": the show is the clause's object; the host speaks,
    # and "the 28-year-old host" is the story's subject, as "the 28-year-old said" would be (the
    # blind annotator of held-out set 72 reads it so too; 2026-11-30, sixth session)
    text = ("Cat Deeley has resigned as host of ITV1's Saturday morning children's music show CD:UK "
            "after six years.\n\n"
            "The 28-year-old host who also presents Stars In Their Eyes said she wanted to "
            "concentrate on new television projects. Deeley will host her last show on 5 March.")
    assert find(text, "concentrate on new").speaker == "Cat Deeley"  # the host: not the show
    # nor "the striker who scored the winner": whoever the last sentence was about
    striker = ("Chelsea beat Arsenal 2-1 in the Carling Cup final.\n\n"
               "John Terry was knocked unconscious. The striker who scored the winner against Arsenal "
               "said: \"It was a great day.\"")
    assert find(striker, "great day").speaker is None
    unnamed = ("Two men have been jailed.\n\n"
               "The barrister who had represented Mr Martin had said the rules were weighted "
               "in favour of the householder.")
    assert find(unnamed, "weighted in favour").speaker is None


def test_a_firm_named_like_a_person_is_the_company_when_the_lede_says_so():
    # "Bookmaker William Hill": the descriptor makes the name a company's, first name or not
    text = ("Bookmaker William Hill has stopped taking bets on who will be the next James Bond.\n\n"
            "The firm closed the book on Friday, saying large bets could have come from people "
            "in the know.")
    assert find(text, "large bets").speaker == "William Hill"


def test_figures_with_no_title_speak_for_whoever_produced_them():
    text = ("Prices are up.\n\n"
            "House prices rose 2% last month, according to figures from the Office for National "
            "Statistics.\n\n"
            "Mobile phone sales are booming, according to research from technology analysts Gartner.")
    assert find(text, "House prices rose").speaker == "Office for National Statistics"
    assert find(text, "phone sales are booming").speaker == "Gartner"


def test_a_first_name_that_opens_another_name_is_no_word_about_the_speaker():
    # "the same Juan Carlos as I was": his own name, a different Tony in "to Tony Blair"; only a first
    # name standing alone ("I said to Harry …") names the person the quotation speaks about
    text = ("Former world number one Juan Carlos Ferrero insists he can get back to his best.\n\n"
            "\"I don't know when it is going to happen,\" Ferrero told BBC Sport. \"But I have a lot of "
            "confidence in me that I will be the same Juan Carlos as I was before, and very soon.\"")
    assert find(text, "same Juan Carlos").speaker == "Juan Carlos Ferrero"


# Guards from the two adversarial reviews of this round: each case broke a first version of a rule
# (first review) or its narrowed version (second). (id, text, fragment of the quotation, the
# speaker it must have) and (…, a speaker it must not have).
REVIEW16_RIGHT = [
    ("headline short form", "Rio fails drugs test\n\nRio Ferdinand missed a routine drugs test at the "
     "club's training ground.\n\n\"I forgot,\" Rio said.", "I forgot", "Rio Ferdinand"),
    ("city before a name", "The heiress flew back from Paris last week to face the court.\n\nParis Hilton "
     "was sentenced to 45 days in jail.\n\n\"I feel I was treated unfairly,\" Paris said.",
     "treated unfairly", "Paris Hilton"),
    ("unnamed company between", "Tesco has been accused of squeezing its suppliers.\n\nOne dairy company "
     "said it had been forced to cut prices twice in a year.\n\n\"We are losing money on every "
     "litre,\" the company said.", "losing money", None),
    ("descriptor of a person", "Broadcaster Jeremy Paxman has been fined for hitting a photographer.\n\n"
     "\"We have handed the footage to police,\" the company said.", "handed the footage", None),
    ("plural lede", "Shoppers have been warned about fake goods sold online.\n\n\"People must be "
     "careful,\" the group said.", "must be careful", None),
    ("unnamed group in the lede", "Shares in Tesco have fallen after it was criticised by a consumer "
     "group for misleading shoppers.\n\n\"Shoppers are being taken for a ride,\" the group said.",
     "taken for a ride", None),
    ("workers at a place", "Workers at Longbridge have voted to accept a pay deal.\n\n\"This is good "
     "news for everyone at the plant,\" the company said.", "good news for everyone", None),
    ("office after an organization", "Interest rates are expected to stay on hold.\n\nThe Bank of England "
     "Governor said prices would peak in the spring.", "peak in the spring", None),
    ("complement that", "The war began in March.\n\nThe documents show that prime minister Tony Blair "
     "told President Bush he would be with him whatever happened.", "with him whatever", "Tony Blair"),
    ("list of producers", "Shoppers went online.\n\nAccording to a survey by investment bank Goldman "
     "Sachs, Harris Interactive and Nielsen, online sales surged 25% over the holiday season.",
     "online sales surged", None),
    ("programme as producer", "Viewers tuned in.\n\nThe final drew six million viewers, according to "
     "figures from Big Brother.", "six million viewers", None),
    ("country as producer", "Few were insured.\n\nOnly one in four of those affected could afford "
     "insurance, according to estimates from neighbouring India.", "one in four", None),
    ("month as producer", "Prices are rising.\n\nPrices rose by 2.1% over the year, according to the "
     "latest figures from early January.", "2.1% over the year", None),
    ("country acronym as producer", "Prices are rising.\n\nDemand for petrol rose 3% last month, "
     "according to figures from the US.", "Demand for petrol", None),
    ("joint producers", "Prices are rising.\n\nThe average season ticket now costs £550, according to "
     "figures from the Football Association and the Premier League.", "season ticket", None),
]
REVIEW16_WRONG = [
    ("list of firms", "Sales were up.\n\nJohn Lewis, Marks & Spencer and Next said sales were up on "
     "last year.", "up on last year", "John Lewis"),
    ("one-word place", "Two men have been arrested.\n\nChester, Cheshire Police said the men were being "
     "questioned.", "being questioned", "Chester"),
    ("county", "Two men are sought.\n\nMarion County, Florida Sheriff's Office said: \"We are looking "
     "for two men.\"", "looking for two men", "Marion County"),
    ("description named in the quotation", "Jools Smith is to record an album with Tom Jones.\n\n"
     "\"Tom is one of the great voices,\" said the presenter.", "great voices", "Tom Jones"),
    ("possessive producer", "Prices are rising.\n\nThe risk was halved, according to research by "
     "Cambridge University's Dr Jane Wilson.", "risk was halved", "Cambridge University"),
    ("producer describing a person", "Prices are rising.\n\nPupils who skipped breakfast scored lower, "
     "according to research by University of Bristol psychologist Andrew Smith.", "skipped breakfast",
     "University of Bristol"),
]


@pytest.mark.parametrize("text, fragment, speaker", [case[1:] for case in REVIEW16_RIGHT],
                         ids=[case[0] for case in REVIEW16_RIGHT])
def test_review_case_keeps_its_speaker(text, fragment, speaker):
    assert find(text, fragment).speaker == speaker


@pytest.mark.parametrize("text, fragment, wrong", [case[1:] for case in REVIEW16_WRONG],
                         ids=[case[0] for case in REVIEW16_WRONG])
def test_review_case_is_not_misattributed(text, fragment, wrong):
    assert find(text, fragment).speaker != wrong
