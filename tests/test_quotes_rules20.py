"""Names and descriptions of speakers (2026-11-30, sixth session).

Each case here gave a wrong or missing record before the rule it tests, found in held-out sets
86-88 once their blind figures had been taken; the near misses come from two adversarial reviews
of those rules, and the guards' cases make each guard fail a test when it is switched off."""

from __future__ import annotations

import pytest

from quote_text import assert_speaker, find, quotes_of, records


@pytest.mark.parametrize("name", ["Magnus McEwen-King", "Sean McGrath-Jones", "Anna MacLeod-Smith"])
def test_a_double_barrelled_name_after_a_camel_case_part_is_one_name(name):
    text = ("Free calls at hotspots\n\nThe company is due to launch wi-fi on trains. \"We are delighted to be "
            f"offering free access,\" commented Broadreach chief executive {name}.\n")
    assert records(text) == [(name, "We are delighted to be offering free access,")]


def test_a_name_of_a_word_and_capitals_is_one_name():
    text = ("Elvis campaign\n\nThe record company SonyBMG has called it \"the most ambitious singles release "
            "campaign in the history of the UK record industry\".\n")
    assert [q.speaker for q in quotes_of(text)] == ["SonyBMG"]


@pytest.mark.parametrize(
    "source, speaker",
    [
        ("according to reports in the Hollywood Reporter trade newspaper", "Hollywood Reporter"),
        ("according to the Hollywood Reporter trade newspaper", "Hollywood Reporter"),
        ("according to reports in the Sunday Times", "Sunday Times"),
        ("according to a report in the Wall Street Journal", "Wall Street Journal"),
        # a place the reports come from is no publication
        ("according to reports in Japan", None),
    ],
)
def test_reports_in_a_publication_are_the_publications(source, speaker):
    text = (f"US soap planned\n\nTony Jordan is involved in the project, {source}. It said scripts have been "
            "commissioned for a series.\n")
    assert records(text, "indirect") == [(speaker, "Tony Jordan is involved in the project"),
                                         (speaker, "scripts have been commissioned for a series")]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Tessa Jowell has announced a cap on casinos, in a move branded a \"humiliating retreat\" by the Tories.",
         "Tories"),
        ("He was called the \"fifth child of the group\" by the film's director Marc Forster.", "Marc Forster"),
        ("The plan was described as \"idle speculation\" by Downing Street.", "Downing Street"),
    ],
)
def test_a_label_in_the_passive_is_the_words_of_whoever_by_names(sentence, speaker):
    assert [q.speaker for q in quotes_of(f"A story\n\n{sentence}\n")] == [speaker]


def test_a_title_after_an_owner_leaves_out_the_possessive():
    text = "Film\n\n\"He is the fifth child,\" said the film's director Marc Forster.\n"
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.speaker_title) == ("Marc Forster", "director")


def test_the_conservation_department_is_the_department_of_conservation():
    text = ("Whale strandings\n\nWhales are stranding more often, according to the New Zealand Department of "
            "Conservation.\n\nThe recent spate of mass strandings has been described as \"heartbreaking\" by the "
            "conservation department.\n")
    assert [q.speaker for q in quotes_of(text) if q.kind == "partial"] == ["New Zealand Department of Conservation"]


def test_the_top_seed_is_the_player_the_story_is_about():
    text = ("Federer wins\n\nRoger Federer reached the last four with an easy win over seventh seed Feliciano "
            "Lopez.\n\nThe Swiss world number one reeled off a series of winners. Federer, who lost in the "
            "quarter-final in 2003, was happy with his form. \"I think I played better and I am happy,\" said "
            "the top seed.\n")
    assert [q.speaker for q in quotes_of(text)] == ["Roger Federer"]


def test_the_seventh_seed_is_the_player_the_text_calls_that():
    text = ("Federer wins\n\nRoger Federer reached the last four with an easy win over seventh seed Feliciano "
            "Lopez.\n\nFederer was happy with his form. \"He played too well for me,\" said the seventh seed.\n")
    assert [q.speaker for q in quotes_of(text)] == ["Feliciano Lopez"]


@pytest.mark.parametrize(
    "definition, acronym, full",
    [
        ("the United States Anti-Doping Agency (USADA)", "USADA", "United States Anti-Doping Agency"),
        ("the Inter-American Development Bank (IADB)", "IADB", "Inter-American Development Bank"),
        ("Avions de Transport Regional (ATR)", "ATR", "Avions de Transport Regional"),
    ],
)
def test_an_acronym_spells_hyphenated_parts_and_skips_foreign_particles(definition, acronym, full):
    text = (f"A deal\n\nThe company has signed a deal with {definition} this week. {acronym} said the deal "
            "would be completed in 2005.\n")
    assert records(text, "indirect") == [(full, "the deal would be completed in 2005")]


def test_a_described_acronym_is_the_organization_it_stands_for():
    text = ("Oil demand\n\nThe International Energy Agency (IEA) warned demand would outstrip supply.\n\n"
            "The Paris-based IEA watchdog, which advises industrialised nations on energy policy, said the "
            "upward revision was due to stronger demand.\n")
    assert [q.speaker for q in quotes_of(text)] == ["International Energy Agency"] * 2


def test_a_country_acronym_before_an_institution_stays_the_institution():
    text = "Troops\n\nThe US military said the troops would stay until the elections.\n"
    assert records(text) == [("US military", "the troops would stay until the elections")]


def test_an_acronym_in_capitals_is_no_rank():
    text = ("Gaming\n\nThe players will enter the Cyberathlete Professional League contest. The event is billed "
            "as the CPL World Tour. The CPL has said that it picked a one-on-one game.\n")
    assert records(text) == [("Cyberathlete Professional League", "it picked a one-on-one game")]


def test_a_rank_written_short_is_still_a_title():
    text = "Patrol\n\n\"We were ambushed,\" said Cpl Mark Wright of the Parachute Regiment.\n"
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.speaker_title) == ("Mark Wright", "Cpl")


def test_the_bank_is_the_storys_bank_named_since_another_with_bank_in_its_name():
    text = ("ABN Amro, the Netherlands' largest bank, is to cut 2,850 jobs.\n\n"
            "ABN Amro is the third European bank to announce cutbacks following Deutsche Bank. ABN Amro's "
            "operations in the Netherlands will be hardest hit.\n\nThe bank said it was on course for a rise "
            "in net income.\n")
    assert records(text) == [("ABN Amro", "it was on course for a rise in net income")]


def test_the_bank_is_the_one_named_last_when_the_story_moved_to_it():
    text = ("ABN Amro, the Netherlands' largest bank, is to cut 2,850 jobs.\n\n"
            "Separately, Deutsche Bank reported a fall in profits. The bank said it would close branches.\n")
    assert records(text) == [("Deutsche Bank", "it would close branches")]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("But a recent report from Continental Research reflects the continuing battle.", "Continental Research"),
        ("A new study by the Institute for Fiscal Studies has found a gap.", "Institute for Fiscal Studies"),
        # the report's author is a person: "it" is not them, nor the organization before
        ("A report by John Smith found a gap.", None),
    ],
)
def test_it_after_a_report_from_an_organization_is_its_author(sentence, speaker):
    text = ("Mobile\n\nBandAid was the fastest-selling ringtone, according to the Mobile Data Association. "
            f"{sentence} It said that 36% of camera phone users had never sent a picture message.\n")
    assert records(text)[-1] == (speaker, "36% of camera phone users had never sent a picture message")


def test_a_letter_sent_to_someone_saying_is_the_senders_and_so_is_the_letter_later():
    text = ("Qwest bid\n\nMCI accepted a buyout from Verizon on Monday. Qwest chairman Richard Notebaert sent a "
            "letter to MCI's board on Thursday saying that it plans to submit a new offer.\n\nQwest said on "
            "Wednesday that MCI had rejected a deal. \"We do intend to submit a modified offer,\" the letter "
            "from Qwest said.\n")
    assert [(q.speaker, q.text) for q in quotes_of(text) if q.speaker == "Richard Notebaert"] == [
        ("Richard Notebaert", "it plans to submit a new offer"),
        ("Richard Notebaert", "We do intend to submit a modified offer,"),
    ]


def test_a_former_title_leaves_the_person_free_for_a_current_office():
    text = ("Ex-chatshow host Robert Kilroy-Silk has attacked UK policy on immigration saying Britain is "
            "hitting low wage workers.\n\nThe Veritas leader said the only people to benefit were employers. "
            "The MEP said his party would only admit foreigners with skills.\n")
    assert records(text, "indirect") == [
        ("Robert Kilroy-Silk", "Britain is hitting low wage workers"),
        ("Robert Kilroy-Silk", "the only people to benefit were employers"),
        ("Robert Kilroy-Silk", "his party would only admit foreigners with skills"),
    ]


def test_the_mp_is_not_a_person_the_text_gives_another_title():
    text = ("Health Secretary John Reid has defended the plan.\n\nThe MP said the plan would cut waiting "
            "lists.\n")
    assert records(text, "indirect") == [(None, "the plan would cut waiting lists")]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The console may be unveiled in May, according to a Reuters news agency report.", "Reuters"),
        ("A New York Times newspaper report said the console may be unveiled in May.", "New York Times"),
    ],
)
def test_a_report_of_a_named_agency_or_paper_is_theirs(sentence, speaker):
    [quote] = quotes_of(f"Xbox\n\n{sentence}\n")
    assert quote.speaker == speaker


def test_the_athlete_is_the_one_the_story_is_about():
    text = ("Scott confident\n\nAllan Scott is confident of winning a medal at next week's European Indoor "
            "Championships.\n\nThe 22-year-old Scot finished fourth in the 60m hurdles in Madrid. \"It was a "
            "learning curve,\" said the East Kilbride athlete.\n")
    assert [q.speaker for q in quotes_of(text)] == ["Allan Scott"]


def test_one_unnamed_broker_ends_the_last_named_speakers_run():
    text = ("Karachi shares\n\nShares rose. \"I am least surprised,\" says Mr Lakhani. One leading Karachi broker "
            "said the real reasons may be political. \"Arab money will not go to the US any more.\"\n")
    assert [q.speaker for q in quotes_of(text)] == ["Lakhani", None, None]


def test_a_poll_with_a_pollsters_name_is_no_unnamed_speaker():
    text = ("Policing\n\nMr Blunkett boasts of record police numbers. A Mori poll this summer suggested policing "
            "was the one service where people were less satisfied.\n")
    assert quotes_of(text) == []


# Near misses of the rules above, from an adversarial review (2026-11-30): each one named a wrong
# speaker, or lost a right one, before the rules were narrowed.
NEAR_MISSES = [
    ('Patient stable after stabbing\n\nA man stabbed in a Cardiff nightclub has been described as "critical but stable" by 0900 GMT on Sunday.\n\nSouth Wales Police said a 19-year-old man had been arrested.\n',
     'critical but stable', None),
    ('Rooney hailed after hat-trick\n\nWayne Rooney has been hailed as "the new Pele" by newspapers across Europe after his hat-trick against Fenerbahce.\n\nManager Sir Alex Ferguson said the 18-year-old had "the world at his feet".\n',
     'the new Pele', None),
    ('Soap star lands West End role\n\nFormer EastEnders actress Jane Wilson has landed a starring role in a West End musical.\n\nWilson said she was called "completely out of the blue" by her agent, Max Clifford, and offered the part.\n\n"I couldn\'t believe it," she said.\n',
     'completely out of the blue', 'Jane Wilson'),
    ('Bank lines up takeover\n\nBarclays is preparing a bid for Dutch bank ABN Amro, according to reports in the City.\n\nBarclays declined to comment on what it called "market speculation".\n',
     'Barclays is preparing a bid', None),
    ('Chinese paper attacks Japan\n\nA Chinese state newspaper has attacked Japan\'s prime minister over his visits to a controversial war shrine.\n\nThe Beijing evening newspaper said Junichiro Koizumi was "insulting the Chinese people".\n\nJapan\'s foreign ministry said it would not comment.\n',
     'insulting the Chinese people', None),
    ('Mourinho targets Premier League title\n\nChelsea are favourites to win the title, according to reports in the Premier League\'s own magazine.\n\nJose Mourinho said his team were "not thinking about trophies".\n',
     'Chelsea are favourites', None),
    ('Brown attacks Tory tax claims\n\nChancellor Gordon Brown has accused the Conservatives of scaremongering over taxes.\n\nMr Brown was responding to Michael Howard saying that taxes would rise by £8bn after the election.\n\n"These figures are fiction," Mr Brown said.\n',
     'taxes would rise by', 'Michael Howard'),
    ('Ministers reject slowdown warning\n\nMinisters have rejected warnings that the economy is heading for a slowdown.\n\nThe Treasury reacted angrily to the CBI saying that growth would fall to 2% next year.\n\nThe employers\' group said its forecast was "realistic".\n',
     'growth would fall to 2%', 'CBI'),
    ('Prescott defends housing plans\n\nDeputy Prime Minister John Prescott has defended plans for 200,000 new homes in the South East.\n\nAt a meeting in Kent, residents listened to Mr Prescott saying the homes were "desperately needed".\n\nCampaigners said the plans would destroy the countryside.\n',
     'desperately needed', 'John Prescott'),
    ('Japan growth forecast cut\n\nThe OECD has cut its growth forecast for Japan.\n\nThe Paris-based organisation said the economy would grow by 1.5% next year.\n\nA recent report from Japan pointed in the same direction. It said exports had fallen for a third month.\n',
     'exports had fallen', None),
    ('City upbeat on Vodafone\n\nShares in Vodafone rose 3% on Tuesday after a broker upgraded its rating on the stock.\n\nA recent report from Wall Street analysts suggests the mobile phone giant is undervalued. It said the shares could rise by a quarter.\n',
     'the shares could rise', None),
    ('Australian soldier awarded Victoria Cross\n\nAn Australian soldier who drew Taliban fire away from his patrol has been awarded the Victoria Cross for Australia.\n\nCPL Mark Donaldson, of the Special Air Service Regiment, said he was "humbled" by the honour.\n\n"I was just doing my job," CPL Donaldson told reporters in Canberra.\n',
     'I was just doing my job', 'Mark Donaldson'),
    ('US general defends Iraq strategy\n\nThe top US commander in Iraq has defended the military\'s strategy ahead of elections in January.\n\nGEN George Casey told a news conference in Baghdad that insurgents would "not be allowed to derail the vote".\n\n"We are making steady progress," GEN Casey said.\n',
     'We are making steady progress', 'George Casey'),
    ('Mauresmo and Clijsters through to semis\n\nAmelie Mauresmo and Kim Clijsters both reached the semi-finals of the Sony Ericsson Championships in Los Angeles on Thursday.\n\nMauresmo, the third seed, beat Mary Pierce while Clijsters was too strong for Nadia Petrova.\n\n"I was a bit nervous at the start but then I found my rhythm," said the top seed.\n',
     'I was a bit nervous', None),
    ('Federer and Hewitt set up final\n\nRoger Federer and Lleyton Hewitt will meet in the final of the Masters Cup in Houston on Sunday.\n\nFederer beat Andre Agassi in straight sets while Hewitt needed three sets to get past Guillermo Coria.\n\n"It will be a tough match, we know each other\'s game very well," said the top seed.\n',
     'It will be a tough match', None),
    ('Holmes and Sotherton in Crystal Palace line-up\n\nDame Kelly Holmes and Kelly Sotherton have both been confirmed for the Norwich Union Grand Prix at Crystal Palace next month.\n\nHolmes has not raced on the track since her double Olympic gold in Athens, while Sotherton is coming back from a hamstring injury.\n\n"It is always special to race in front of a home crowd," said the athlete.\n',
     'It is always special', None),
    ('Gatlin cruises to 100m win\n\nOlympic champion Justin Gatlin won the 100m at the Prefontaine Classic in Eugene in 9.95 seconds.\n\nAlan Webb, who trains in Oregon, won the mile in front of a home crowd.\n\n"This crowd is the best in America and I wanted to give them something," said the Oregon-based athlete.\n',
     'This crowd is the best', None),
    ('Campbell hits back at Johnson\n\nDarren Campbell has hit back at criticism of the British relay team from Michael Johnson.\n\nJohnson, the former Olympic champion who now works as a BBC pundit, said last week that the squad lacked "discipline and hunger".\n\n"He doesn\'t know what goes on in our camp and he never asks," said the Olympic gold medal-winning athlete.\n',
     "He doesn't know what goes on", None),
    ('Merchant joins UKIP\n\nEx-Conservative MP Piers Merchant has joined the UK Independence Party, Roger Knapman announced on Monday.\n\nMr Merchant said he had left the Tories because of their policy on Europe.\n\n"We are delighted to welcome him," the UKIP leader said.\n',
     'We are delighted to welcome him', None),
    ('Duncan Smith backs Howard\n\nFormer Tory leader Iain Duncan Smith has backed Michael Howard\'s plans for immigration controls.\n\nMr Duncan Smith said the policy was "fair and firm".\n\n"We will not be bullied into silence on this issue," the Conservative leader said.\n',
     'We will not be bullied', None),
]


@pytest.mark.parametrize("text, fragment, speaker", NEAR_MISSES)
def test_near_misses_of_this_sessions_rules(text, fragment, speaker):
    assert_speaker(text, fragment, speaker)


def test_the_report_is_its_authors_when_the_text_names_the_author_later():
    text = ("Tsunami costs\n\nThe region's oil facilities \"have survived intact\", the report said. The economies "
            "should emerge with minimal damage, the ADB report said.\n")
    assert {q.speaker for q in quotes_of(text)} == {"ADB"}


def test_a_surname_with_its_particle_is_no_second_full_name():
    text = ("Gigapixel Delft\n\n\"It started as a lunchtime bet,\" said Jurgen den Hartog, a researcher behind the "
            "project.\n\n\"We had to rewrite almost all the tools,\" Me den Hartog told the BBC News website.\n")
    assert [q.speaker for q in quotes_of(text)] == ["Jurgen den Hartog"] * 2


def test_a_bare_relative_clause_leaves_its_noun_phrase_the_subject():
    text = ("Deeley quits\n\nCat Deeley has resigned as host of ITV1's Saturday morning show CD:UK after six years.\n\n"
            "The 28-year-old host who also presents Stars In Their Eyes said she wanted to concentrate on new "
            "projects.\n")
    assert [q.speaker for q in quotes_of(text)] == ["Cat Deeley"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # the object of the relative clause is nobody's subject
        ("The man who shot Liberty Valance said the West had changed.", None),
        # a cue inside the relative clause: the inner speaker's words
        ("The staff member who took the call recalled that Mr Smith said the West had changed.", "John Smith"),
    ],
)
def test_a_bare_relative_clause_near_misses(sentence, speaker):
    text = f"Western\n\nJohn Smith called the office on Monday.\n\n{sentence}\n"
    assert find(text, "the West had changed").speaker == speaker


def test_a_first_name_before_a_surname_that_is_a_title_word():
    text = ("Stan Lee film\n\n\"It is truly a whole new franchise,\" said Gill Champion, president of POW! "
            "Entertainment.\n")
    assert [q.speaker for q in quotes_of(text)] == ["Gill Champion"]


# Near misses from a second adversarial review (2026-11-30): each one named a wrong speaker, or lost
# a right one, before the rules were narrowed.
NEAR_MISSES_2 = [
    ("Rooney ruled out of derby\n\nWayne Rooney has been ruled out of Sunday's derby with a foot injury.\n\nRooney was replaced by Alan Smith after 60 minutes of Wednesday's win over Fulham.\n\nThe striker who replaced Rooney said he was ready to start.\n",
     'he was ready to start', None),
    ("Beckham penalty miss as England lose\n\nEngland captain David Beckham missed a penalty as England lost 1-0 to Northern Ireland in Belfast.\n\nBeckham's spot-kick was saved by Maik Taylor in the second half.\n\nThe goalkeeper who saved Beckham's penalty said he had guessed the right way.\n",
     'guessed the right way', None),
    ("Kelly wins second gold\n\nKelly Holmes has won her second Olympic gold medal, in the 1500m in Athens.\n\nHolmes beat Russia's Tatyana Tomashova into second place.\n\nThe athlete who finished third said Holmes had been unstoppable.\n",
     'had been unstoppable', None),
    ('Cruise declares love on TV\n\nTom Cruise has declared his love for actress Katie Holmes on a chat show.\n\nThe actor made the remarks on Friday Night with Jonathan Ross.\n\n"He seemed genuinely happy," the presenter said afterwards.\n',
     'genuinely happy', None),
    ('Gaudio stuns Coria in Paris\n\nGaston Gaudio beat his compatriot and rival Guillermo Coria to win the French Open title.\n\nCoria, who had two match points, said he had been let down by cramp.\n\n"My legs were gone," he said.\n',
     'My legs were gone', 'Guillermo Coria'),
    ('Cat Stevens flown back to UK\n\nThe singer Cat Stevens has been flown back to London after being refused entry to the United States.\n\nUS officials said his name was on a watch list of people suspected of links to terrorism.\n\n"I have always been a man of peace," he told reporters at Heathrow.\n',
     'I have always been a man of peace', 'Cat Stevens'),
    ('Developer loses planning appeal\n\nA Dutch property developer has been refused permission to build 200 homes in Surrey.\n\nMr van Dijk said he would appeal against the decision.\n\n"This is a good scheme," van Dijk said.\n',
     'a good scheme', 'van Dijk'),
    ('Hospital waiting lists fall\n\nWaiting lists in English hospitals have fallen to their lowest level since 1988, according to a report.\n\nThe report said more than 90% of patients were now seen within three months.\n\nThe figures contradict a BBC report last month which suggested that waiting times were rising in some areas.\n',
     'more than 90% of patients', None),
    ('Digital switchover will cost billions\n\nSwitching Britain to digital television will cost more than £2bn, a report has said.\n\nThe report said elderly viewers would need the most help.\n\nA Financial Times report on Monday said ministers were considering a subsidy for poorer households.\n',
     'elderly viewers', None),
    ("Dome cost taxpayers £600m\n\nThe Millennium Dome cost the taxpayer far more than it should have done, according to a National Audit Office report.\n\nThe report said the Dome's managers had been too optimistic about visitor numbers.\n\nA separate Audit Commission report last year criticised the way local councils had handled lottery grants.\n",
     'too optimistic about visitor numbers', 'National Audit Office'),
]


@pytest.mark.parametrize("text, fragment, speaker", NEAR_MISSES_2)
def test_near_misses_from_the_second_review(text, fragment, speaker):
    assert_speaker(text, fragment, speaker)


# Guards of this session's rules that the cases above leave untested (each was switched off in
# turn and no test failed).
GUARDS = [
    # the story's bank only when the text calls it one, and only when named since the other
    ("Retailer Tesco is to cut 2,850 jobs.\n\nThe cuts follow similar moves by Deutsche Bank. Tesco's shares rose.\n\n"
     "The bank said it was on course for a rise in net income.\n", "on course for a rise", "Deutsche Bank"),
    ("ABN Amro, the Netherlands' largest bank, is to cut 2,850 jobs.\n\nSeparately, shares in Deutsche Bank "
     "fell 2%. The bank said it was on course for a rise in net income.\n", "on course for a rise", "Deutsche Bank"),
    # nor one "from South Korea" (a place of two words)
    ("Korean growth\n\nThe OECD has cut its growth forecast. A recent report from South Korea suggests the "
     "economy is slowing. It said exports had fallen for a third month.\n", "exports had fallen", None),
    # a report "from Canberra" has no author
    ("Australian growth\n\nThe OECD has cut its growth forecast. A recent report from Canberra suggests the "
     "economy is slowing. It said exports had fallen for a third month.\n", "exports had fallen", None),
    # a statement sent to an agency is not the agency's
    ("Mutu apologises\n\nChelsea striker Adrian Mutu has apologised to the club's fans.\n\nThe Romanian sent a "
     "statement to the Press Association on Tuesday saying he was \"deeply ashamed\".\n\n\"I let down my "
     "team-mates and my family,\" the statement said.\n", "I let down my team-mates", None),
    # a former leader is no "Conservative leader", even when nobody else is named
    ("Hague backs plans\n\nFormer Tory leader William Hague has backed the plans for immigration controls.\n\n"
     "Mr Hague said the policy was fair.\n\n\"We will not be bullied into silence,\" the Conservative leader "
     "said.\n", "We will not be bullied", None),
    # the text ranks her third: not "the top seed"
    ("Mauresmo through\n\nAmelie Mauresmo reached the semi-finals in Los Angeles on Thursday.\n\nMauresmo, the "
     "third seed, beat Mary Pierce in straight sets.\n\n\"I found my rhythm,\" said the top seed.\n",
     "I found my rhythm", None),
    # the author of an earlier report stays the report's, whatever report the text names later
    ("Dome costs\n\nThe Dome cost far more than it should have, according to a National Audit Office report.\n\n"
     "The report said the managers had been too optimistic.\n\nThe Audit Commission report last year criticised "
     "the councils.\n", "too optimistic", "National Audit Office"),
    # a cue inside the relative clause: the inner speaker's words, "that" or not
    ("Threat\n\nPatrick Carlineo called the office of Ilhan Omar.\n\nThe staff member who reported the call "
     "recalled he said, \"I will put a bullet in her skull.\"\n", "I will put a bullet", "Patrick Carlineo"),
]


@pytest.mark.parametrize("text, fragment, speaker", GUARDS)
def test_guards_of_this_sessions_rules(text, fragment, speaker):
    assert_speaker(text, fragment, speaker)
