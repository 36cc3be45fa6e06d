"""Who said each quotation: cue patterns, subjects, coreference and continuation.

The sieve, in order, for one quotation:

1. a cue right after it ("…,” Lovato says / said Mr Blair / Mayer, Disney’s chairman…, said);
2. the nearest cue before it in the same sentence (X says, “…” / X said his party offered a “…”);
3. a cue later in the same sentence;
4. a colon-ended attribution just before it (X states: ¶ …);
5. continuation: the previous quotation of the same paragraph, or of the paragraph just before
   when this one opens with the quotation and nobody else was named in between;
6. nobody: speaker None, low confidence.

A cue's subject is read from the reporter's words only (quotations are masked), so a name inside
a quotation is never its speaker. Subjects resolve to the fullest name in the document: surnames
through `DocNames`, pronouns to the last gender-compatible person who was the focus of an earlier
sentence, "the report"/"it" to the report's title, acronyms to the organization spelled out.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from archive.quotes.lexicon import CALENDAR_WORDS, COMMON_WORDS, COUNTRY_DEMONYMS
from archive.quotes.lexicon import PLACE_WORDS as COUNTRIES
from archive.quotes.lexicon import NEWS_OUTLETS, OFFICE_INITIALS, TITLE_ABBREVIATIONS
from archive.quotes.spans import OPENING_MARKS
from archive.quotes.speakers import (
    ACCENTED_CAPITALS,
    ADVERB_RE,
    COMPASS_WORDS,
    NAME_CAPABLE,
    PREVIOUS_WORD_RE,
    CAPITALISED_ROLES,
    COUNTRY_NAMES,
    first_name_gender,
    STATE_BODY_RE,
    STATE_OWNER_BEFORE_RE,
    STATE_OWNERS,
    NOUN_ENDING_RE,
    is_region,
    names_org,
    person_after_org,
    organization_before_person,
    STORM_WORDS,
    TITLE_CASE_VERBS,
    VERB_THE_BEFORE_RE,
    placed_role_name,
    OF_TITLE_RE,
    office_domain_split,
    office_name,
    OFFICE_WORDS,
    QUANTITY_HEADS,
    NATIONALITIES,
    POSSESSIVE_ORG_HEADS,
    EVENT_WORDS,
    DESCRIPTOR_FOLLOW_RE,
    opens_name,
    MONTH_PREPOSITIONS,
    MONTH_WORDS,
    ORG_RUN_RE,
    ORG_WORDS,
    SUFFIX_ORG_WORDS,
    HONORIFICS,
    HONORIFIC_RE,
    strip_leading_adj,
    drop_postnominals,
    POSTNOMINALS,
    COMPANY_DESCRIPTORS,
    CONNECTORS,
    PARTY_WORDS,
    US_STATES,
    PARTICLES,
    place_adjective,
    trim_name,
    NAME_RUN,
    NAME_RUN_RE,
    NAME_TOKEN,
    NOT_NAMES,
    NUMBERED_STYLES,
    REGNAL_NUMBER_RE,
    TITLE_HEADS,
    TITLE_TAILS,
    FIRST_NAMES,
    FEMALE_NAMES,
    MALE_NAMES,
    OFFICE_DOMAINS,
    PARENT_STYLES,
    DocNames,
    is_org_name,
    names_a_law,
    nationality_word,
    names_no_one,
    normalize,
    split_title,
    strip_honorific,
    word_positions,
)

SPEECH_VERBS = (
    "said|says|say|saying|told|tells|tell|telling|added|adds|adding|add|asked|asks|asking|explained|"
    "explains|explaining|stated|states|wrote|writes|writing|claimed|claims|claiming|argued|argues|"
    "arguing|insisted|insists|insisting|warned|warns|warning|noted|notes|commented|comments|"
    "admitted|admits|declared|declares|announced|announces|replied|replies|responded|responds|"
    "suggested|suggests|concluded|concludes|continued|continues|recalled|recalls|remembers|remembered|reflected|reflects|acknowledged|"
    "blamed|blames|"
    "acknowledges|confirmed|confirms|tweeted|tweets|urged|urges|predicted|predicts|stressed|"
    "stresses|maintained|maintains|conceded|concedes|counters|countered|recommends|recommended|"
    "laughed|joked|jokes|quipped|agreed|agrees|complained|complains|emphasised|emphasized|"
    "emphasises|emphasizes|observed|observes|remarked|remarks|described|describes|believes|"
    "believed|thinks|reckons|reckoned|denied|denies|revealed|reveals|insisted|pointed out|"
    "points out|went on|goes on|told reporters|wrote in|posted|blogged|testified|pleaded|"
    "shouted|exclaimed|exclaims|cautioned|vowed|promised|boasted|lamented|mused|whispered|conceded|"
    # verbs that put a quoted phrase in someone's mouth: called it "a disaster", rejected it as "false"
    "called|calls|accused|accuses|rejected|rejects|dismissed|dismisses|branded|brands|labelled|"
    "calling|accusing|branding|describing|labelling|labeling|dismissing|highlighted|highlights|framed|frames|"
    "advised|advises|repeated|repeats|affirmed|affirms|reaffirmed|reaffirms|blasted|"
    "vowing|lauded|lauds|proclaimed|proclaims|proclaiming|"
    "labeled|hailed|hails|condemned|condemns|criticised|criticized|recounted|recounts|sang|sings|sing|"
    "summed up|sums up|wondered|wonders|demanded|demands|recalled|promised|pledged|pledges|"
    "alleged|alleges|asserted|asserts|reported|reports|estimated|estimates|contended|contends|"
    # belief and expectation reported as the person's position ("X hopes that …")
    "hinted|hints|hoped|hopes|expects|feared|fears|indicated|indicates|signalled|signaled|"
    "made clear|made it clear|makes clear|makes it clear|"
    "disclosed|discloses|divulged|divulges|recognised|recognized|recognises|recognizes|reiterated|"
    "reiterates|assured|assures|informed|informs|has written|have written|had written|"
    # plural present forms ("developers argue that …") and a phrasal verb
    "argue|insist|warn|suggest|admit|deny|predict|maintain|contend|allege|believe|"
    "acknowledges|point out|pointed out|points out|"
    # base forms after "did" and plural subjects ("Wardle did stress that", "analysts fear that")
    "stress|confirm|reveal|explain|note|concede|acknowledge|announce|claim|fear|hope|expect|estimate|"
    # "As Gaiman put it, “…”": only after "as" (see AS_PUT_IT_RE)
    "put it|puts it"
)


def _trie_pattern(words: list[str]) -> str:
    """One alternation factored by prefix ("sa(?:id|ys|y)…"): the same language as "a|b|c",
    but the regex engine rejects most positions on their first letter, so scanning long texts
    for cues stays cheap."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = []
        optional = "" in node
        for ch in sorted(k for k in node if k):
            branches.append(re.escape(ch) + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            return "(?:" + body + ")?"
        return body

    return build(trie)


#: "tells the story of", "told a tale of": a plot or an anecdote, no speech act of the subject
STORY_OBJECT_RE = re.compile(r"\s+(?:the|a|an|its|his|her|their)\s+(?:\w+\s+)?(?:story|stories|tale|tales)\b")
#: what follows "went on" when it means "continued speaking": a quotation, the end of the
#: clause, "to say …" or a reported clause
WENT_ON_SPEAKING_RE = re.compile(
    r"\s*(?:[,.:;!?\"“”]|$)|\s+that\b|\s+to\s+(?:say|add|tell|claim|insist|warn|explain|describe|predict|"
    r"reveal|admit|suggest|argue|stress|urge|call|criticise|criticize|praise|attack|condemn|accuse|dismiss|"
    r"question|ask|recall|deny|reject|hail|brand|label|express|apologise|apologize|pledge|promise|vow|thank|"
    r"defend|blame|announce|declare|note|comment|remark|point)\b")
CUE_WORDS = sorted(set(SPEECH_VERBS.split("|")) | {"according to", "According to"})
CUE_RE = re.compile(rf"\b(?:{_trie_pattern(CUE_WORDS)})\b")
#: verbs that introduce reported (indirect) speech with a clause
INDIRECT_VERBS = {
    "said", "says", "say", "told", "tells", "added", "adds", "claimed", "claims", "argued",
    "argues", "insisted", "insists", "warned", "warns", "noted", "notes", "admitted", "admits",
    "announced", "announces", "suggested", "suggests", "stressed", "stresses", "explained",
    "explains", "believes", "believed", "maintained", "maintains", "acknowledged", "confirmed",
    "confirms", "predicted", "predicts", "counters", "countered", "conceded", "concedes",
    "denied", "denies", "revealed", "reveals", "stated", "states", "recommends", "recommended",
    "reckons", "reckoned", "thinks", "wrote", "writes", "agreed", "agrees", "complained",
    "concluded", "concludes", "testified", "vowed", "promised", "emphasised", "emphasized",
    "alleged", "alleges", "asserted", "asserts", "reported", "reports", "estimated", "estimates",
    "contended", "contends", "saying", "adding", "according to", "hinted", "hints", "hoped",
    "hopes", "expects", "feared", "fears", "indicated", "indicates", "signalled", "signaled",
    "made clear", "made it clear", "makes clear", "makes it clear",
    "disclosed", "discloses", "divulged", "divulges", "recognised", "recognized", "recognises", "recognizes",
    "reiterated", "reiterates", "assured", "assures", "informed", "informs",
    "argue", "insist", "warn", "suggest", "admit", "deny", "predict", "believe",
    "maintain", "contend", "allege", "acknowledges", "point out", "pointed out", "points out",
    "has written", "have written", "had written",
    "told reporters", "telling", "pledged", "pledges", "responded", "responds", "replied", "replies", "recalled", "recalls",
    "observed", "observes", "remarked", "cautioned", "boasted", "declared", "declares", "testified",
    "commented",
    "stress", "confirm", "reveal", "explain", "note", "concede", "acknowledge", "announce", "claim",
    "fear", "hope", "expect", "estimate",
    # a participle that reports a that-clause of the sentence's subject ("…, warning that …")
    "warning", "arguing", "insisting", "claiming", "explaining",
    "advised", "advises",
}
#: verbs of expectation report a clause only with "that" ("Apple expects the Mac mini to sell")
THAT_ONLY_VERBS = {"commented", "expects", "feared", "fears", "indicated", "indicates", "signalled", "signaled",
                   "pledged", "pledges", "responded", "responds", "replied", "replies", "recalled",
                   "recalls", "observed", "observes", "remarked", "cautioned", "boasted", "declared",
                   "declares", "testified", "stress", "confirm", "reveal", "explain", "note", "concede",
                   "acknowledge", "announce", "claim", "fear", "hope", "expect", "estimate",
                   "warning", "arguing", "insisting", "claiming", "explaining", "advised", "advises"}
#: participles that put a label in the subject's mouth ("…, calling the plan “a disaster”"), cues
#: only after a comma
LABELLING_PARTICIPLES = {"calling", "accusing", "branding", "describing", "labelling", "labeling", "dismissing"}
PARTICIPLES = {"saying", "adding", "telling", "asking", "explaining", "arguing", "insisting",
               "warning", "claiming", "writing", "proclaiming", *LABELLING_PARTICIPLES}
#: a speech verb only where its subject is named and no other cue reports it ("Mr Sunak has
#: highlighted “misuse”", not "The committee highlighted …" nor "he said the report highlighted …";
#: "Dutton said Albanese had repeated his “broken promise”" is Dutton's)
#: speech verbs of words said again, which another cue in the sentence may report instead
REPEAT_VERBS = {"repeated", "repeats", "reaffirmed", "reaffirms"}
HIGHLIGHT_VERBS = {"highlighted", "highlights"} | REPEAT_VERBS
#: what such a verb repeats when it is words: a colon or a quotation, "that", or a speech noun
#: ("repeated three times that …", "repeated his party's calls for …")
REPEATED_WORDS_RE = re.compile(
    r"\s*(?::|[\"“‘'])|\s+(?:[\w’'-]+\s+){0,3}?(?:that(?!\s*[\"“‘'])|claims?|pledges?|promises?|calls?|warnings?|words|descriptions?|"
    r"insistence|assertions?|accusations?|comments?|remarks?|views?|message|vows?|demands?|criticism|charges?|"
    r"stance|belief|argument|denials?|apology|offer|commitment|support|determination|resolve|readiness|"
    r"willingness|rejection|opposition)\b")
PRONOUNS = {"he": "m", "she": "f", "it": "it", "they": "they", "we": "we", "i": "i"}
INDEFINITE_PRONOUNS = {"nobody", "everybody", "everyone", "somebody", "someone", "anybody", "anyone", "no one"}
ADVERBIAL_TAIL_RE = re.compile(
    r"(?:\s+|^)(?:has|have|had|also|then|later|earlier|previously|recently|once|further|simply|"
    r"only|just|again|repeatedly|publicly|privately|would|will|was|is|were|are|quickly|today|"
    r"yesterday|separately|too|subsequently|reportedly|clearly|always|never|often|allegedly|"
    r"officially|initially|finally|however|meanwhile|instead|last\s+\w+|(?:(?:late|early)\s+)?on\s+[A-Z][a-z]+day"
    r"(?:\s+(?:night|morning|afternoon|evening))?|in\s+a\s+statement|"
    r"even|actually|did|does|do|not|has\s+been|had\s+been|may|might|could|can|cannot|"
    r"first|once\s+again|famously|memorably|this\s+week|on\s+record\s+as|is\s+on\s+record\s+as|"
    r"at\s+one\s+point|"
    r"(?:is|was|were|are|has\s+been|had\s+been)\s+(?:reported|quoted|understood|said)\s+(?:as|to\s+have)|"
    r"went\s+on\s+to|goes\s+on\s+to|still|now|too|already|long|continues\s+to|continued\s+to|chimed\s+in\s+to|"
    r"(?:expected|due|set|scheduled|poised)\s+to|"  # ("is expected to say": "is" goes next)
    # any adverb in -ly between the subject and its verb ("Netanyahu strongly warned")
    r"(?!(?:family|ally|rally|supply|assembly|monopoly|anomaly|homily|bully|tally|belly|jelly|"
    r"folly|holly|lily|italy|july|only)\b)[a-z]{2,}ly)\s*,?\s*$"
)
PRONOUN_END_RE = re.compile(r"(?:^|[^\w’'])(he|she|it|they|we|I|He|She|It|They|We)\s*$")
APPOS_TITLE_RE = re.compile(  # (no title before the preposition: "of the University of Strathclyde")
    r"^(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:(?P<org1>[A-Z][\w.&!’'-]*(?:\s+[A-Z][\w.&!’'-]*)*)['’]s?\s+)?"
    r"(?P<title>[\w.\s-]*?)(?:(?:^|\s+)(?:of|at|for|with|from)\s+(?:the\s+)?(?P<org2>[A-Z][^,;]*?))?\s*$"
)
#: a speech verb inside an apposition whose closing comma was lost: " told" of "spokeswoman told AFP"
#: (the speech verbs that open a clause after a name's comma, but "noted", an adjective too: "a
#: noted historian")
APPOS_VERB_INSIDE_RE = re.compile(r"\s(?:said|says|told|tells|added|adds|warned|argued|insisted|claimed|stated|explained)\b")
#: a speech verb right after a name: "Microsoft has said", "Amazon has already announced"
SPEAKS_AFTER = (r"\s+(?:has\s+|had\s+|have\s+)?(?:(?:already|also|now|previously|since|just)\s+)?(?:said|says|told|announced|added|stated|warned|"
                r"confirmed|insisted|claimed|revealed|tweeted|admitted|agreed|denied|explained|commented|responded)\b")
REPORT_AUTHOR_RE = re.compile(
    r"(?P<before>(?:[A-Z][\w&’'-]*[^\S\n]+(?:(?:of|and|for|on)[^\S\n]+)?){0,6}[A-Z][\w&-]*(?:['’]s)?)"
    r"[^\S\n]+(?:(?:annual|latest|new|final|interim)[^\S\n]+)?(?P<head>report|survey|study)\b"
    r"|\b(?P<head2>report|survey|study)[^\S\n]+(?:by|from)[^\S\n]+(?:the[^\S\n]+)?"
    r"(?:[A-Z][\w&-]*[^\S\n]+[a-z][\w-]*[^\S\n]+(?=[A-Z]))?"  # "a report by UK think-tank Demos"
    r"(?P<by>[A-Z][\w&-]*(?:[^\S\n]+(?:(?:of|and|for|on)[^\S\n]+)?[A-Z][\w&-]*){0,6})"
)
#: every title head as one alternation, longest first ("full-back" and "director-general" too)
#: (and the set of those one-word heads: a quick test before a search that ends on one)
TITLE_HEAD_WORDS = frozenset(t for t in TITLE_HEADS if t.replace("-", "").isalpha())
TITLE_HEAD_ALTERNATION = "|".join(sorted((re.escape(t) for t in TITLE_HEAD_WORDS), key=len, reverse=True))
#: the words OFFICE_COMMA_BEFORE_RE allows between an office's comma and its holder's name
OFFICE_PREFIX_WORDS = frozenset("the Rt Right Most Very Rev Reverend Hon Honourable Dr Prof Sir Dame Lord Lady Mr Mrs Ms Miss".split())
#: the nouns a description of a speaker ends in: "the company", "the minister", "the Lions coach"
NOMINAL_HEADS = (
    r"report|study|survey|document|letter|statement|release|bulletin|"
    r"company|firm|group|spokesman|spokeswoman|spokesperson|official|officials|source|sources|"
    r"critics|analysts|experts|fans|residents|police|government|ministry|department|agency|"
    r"organisation|organization|union|bank|club|court|lawsuit|complaint|filing|indictment|"
    r"paper|newspaper|website|memo|petition|committee|council|board|\d+-year-old|(?:sexa|septua|octo|nona)genarian|utility|military|"
    r"embassy|navy|junta|administration|commission|regulator|watchdog|think-tank|think\s+tank|charity|consultancy|"
    r"airline|carrier|retailer|network|maker|giant|operator|office|district|force|corporation|(?:high\s+)?command|leadership|"
    r"chain|supermarket|grocer|insurer|lender|manufacturer|carmaker|automaker|chipmaker|"
    r"association|federation|authority|zoo|aquarium|hospital|trust|university|college|school|museum|service|airport|"
    r"centre|center|observatory|foundation|society|coalition|alliance|tribunal|palace|"
    + TITLE_HEAD_ALTERNATION
)
NOMINAL_END_RE = re.compile(
    # ("the world's premier batsman", "the country's top diplomat": a generic owner, the article's)
    r"(?:^|\s)(?P<det>[Tt]he\s+(?:world|country|nation|game|sport|city|state|region|continent|industry|island)['’]s|"
    r"[Tt]he|[Oo]ur|[Tt]his|[Tt]oday['’]s|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Ss]ome|[Mm]any|"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|(?:South|North|New|Sri|Saudi|El|Costa|Hong|Puerto)\s+)?[A-Z][\w.]*['’]s)"
    rf"\s+(?P<body>(?:[\w-]+\s+){{0,5}}?|(?:[A-Z][\w-]*\s+){{0,3}}[\w-]+['’]s\s+(?=office\b))(?P<head>{NOMINAL_HEADS})"  # ("the sheriff's office")
    r"(?:\s+for\s+(?:the\s+)?(?P<org>[A-Z][\w&.’'-]*(?:\s+(?:of\s+|and\s+|for\s+(?:the\s+)?)?[A-Z][\w&.’'-]*)*))?\s*$"
)
#: a press release's "the Company", read once as a nominal
THE_COMPANY = NOMINAL_END_RE.search("the company")
#: a press release defining the company it calls "the Company": 'Acme Holdings plc ("Acme" or "the Company")'
COMPANY_DEFINED_RE = re.compile(r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&|plc|ltd|inc\.?|llc))*)\s*\("
                                r"(?:[^()]{0,60}?\s)?(?:the\s+)?[\"“](?:the\s+)?Company[\"”]")
DOCUMENT_HEADS = {"report", "study", "survey", "document", "letter", "statement", "memo", "release", "bulletin",
                  "petition", "lawsuit", "complaint", "filing", "indictment", "paper", "analysis",
                  "recommendations", "review", "audit"}
COLLECTIVE_HEADS = {"correspondents", "reporters", "pundits", "bookmakers", "traders", "dealers", "brokers",
                    "forecasters",
                    "men", "women", "sides", "families", "groups", "relatives", "authorities",
                    "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source",
                    "sources", "critics", "analysts", "experts", "fans", "residents", "police", "gardaí", "gardai",
                    "people", "observers", "economists", "campaigners", "protesters", "witnesses",
                    "doctors", "lawyers", "prosecutors", "researchers", "scientists", "investigators",
                    "others", "some", "many", "supporters", "opponents", "members", "insiders",
                    "aides", "leaders", "ministers", "mps", "diplomats", "activists", "advocates",
                    "physicians", "workers", "parents", "students", "teachers", "voters", "users",
                    "organisers", "organizers", "lawmakers", "negotiators", "commentators", "judges",
                    "detectives", "officers", "staff", "employees", "executives", "locals", "neighbours",
                    "neighbors", "friends", "organisations", "organizations", "companies",
                    "family", "team", "crew", "couple", "pair", "duo", "trio", "representatives"}
#: plural bodies and the like that open a sentence capitalised, as a subject with no name:
#: "Unions have warned …", "Management said …"
BARE_BODIES = {"unions", "management", "councils", "charities", "businesses", "firms", "farmers", "councillors"}
#: "the zoo", "the hospital": institutions "the …" names only by a name with that word
NAMED_KIND_HEADS = {"zoo": {"zoo"}, "aquarium": {"aquarium"}, "hospital": {"hospital", "infirmary", "clinic"},
                    "trust": {"trust"}, "university": {"university"}, "college": {"college"},
                    "school": {"school", "academy"}, "museum": {"museum", "gallery"}, "service": {"service"},
                    "airport": {"airport", "airports"}}
#: what a body is called by the last word of its name, and only so: "the centre" is the Pacific
#: Tsunami Warning Center, not whichever organization spoke last
NAME_END_HEADS = {"centre", "center", "observatory", "foundation", "society", "coalition", "alliance", "tribunal", "palace"}
#: one head noun's other spellings ("the center" for a "… Centre")
HEAD_SPELLINGS = {"center": ("center", "centre"), "centre": ("center", "centre")}


#: the bodies whose members hold an office by that name: "Cabinet Member for Crime and Community Safety"
MEMBER_OFFICES = {"cabinet", "board", "council", "assembly", "executive"}


def office_head(title: str) -> bool:
    """A capitalised title ends in an office's head noun ("Chief Executive", "Director"), or
    names a member of a governing body ("Cabinet Member"; not "Member" alone, which anyone is)."""
    words = title.lower().split()
    return words[-1] in TITLE_HEADS or words[-1] == "member" and len(words) >= 2 and words[-2] in MEMBER_OFFICES


def _named_as(name: str | None, head: str) -> bool:
    """The name ends in the head noun of NAME_END_HEADS, as "the alliance" needs it to, or opens
    on it before its domain ("the institute" for the Institute for Cultural Heritage Research)."""
    if not name:
        return False
    words = name.lower().split()
    spellings = HEAD_SPELLINGS.get(head, (head,))
    return words[-1] in spellings or (len(words) > 2 and words[0] in spellings and words[1] in ("of", "for"))


#: institutions of a state that speak for it ("Russia's foreign ministry", "the French embassy")
STATE_HEADS = {"government", "ministry", "embassy", "military", "army", "administration", "cabinet",
               "department", "consulate", "parliament", "navy", "junta"}
ORG_HEADS = {"think-tank", "think tank", "charity", "commission", "utility", "military", "embassy", "administration", "company", "firm", "group", "government", "ministry", "department", "agency",
             "organisation", "organization", "union", "bank", "club", "court", "committee",
             "council", "board", "party", "paper", "newspaper", "website", "carrier", "airline",
             "retailer", "bank", "network", "maker", "giant", "operator", "regulator", "watchdog",
             "office", "district", "force", "corporation", "command", "high command", "leadership",
             "association", "federation", "authority", *NAME_END_HEADS, *NAMED_KIND_HEADS,
             "chain", "supermarket", "grocer", "insurer", "lender", "manufacturer", "carmaker", "automaker", "chipmaker"}
SCARE_PREFIX_RE = re.compile(
    r"(?:so-called|so called|dubbed|nicknamed|known\s+as|termed|branded|labelled|labeled|billed\s+as|"
    r"titled|entitled|named|called|the\s+word|the\s+term|the\s+phrase|the\s+slogan|hashtag)\s*[\"“‘'«]?\s*$",
    re.I,
)
TITLE_FOLLOW_RE = re.compile(
    r"^[\s,]*(?:a|an|the)?\s*(?:new\s+)?(?:\w+\s+){0,2}?(?:report|book|film|movie|album|song|single|"
    r"programme|program|show|series|play|novel|documentary|campaign|study|article|essay|poem|"
    r"musical|opera|track|record|game|exhibition|paper|column|episode)\b",
    re.I,
)
TITLE_PRECEDE_RE = re.compile(
    r"(?:report|book|film|movie|album|song|single|programme|program|show|series|play|novel|"
    r"documentary|campaign|study|article|essay|poem|musical|track|record|game|exhibition|"
    r"episode|hit|magazine|newspaper|titled|entitled|called|named|in|on)\s*[,:]?\s*[\"“‘'«]?\s*$",
    re.I,
)
SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "for", "in", "on", "at", "to", "by", "with",
               "from", "as", "is", "vs", "vs.", "de", "la", "le", "&", "but", "nor", "up", "into"}
WORD_RE = re.compile(r"[\w’'.-]+")
OBJECT_AFTER_TOLD_RE = re.compile(
    r"\s+(?:(?:fellow|other|senior|foreign|visiting|assembled|gathered)\s+)?"  # ("told fellow ministers that")
    r"(?:(?:(?:[a-z]+\s+){0,2}(?:station|network|newspaper|paper|outlet|broadcaster|radio|channel|magazine|"
    r"website|affiliate|show|programme|program|daily)\s+[A-Z][\w’'.]*(?:\s+[A-Z0-9][\w’'.-]*){0,4}|"
    r"reporters|journalists|the\s+\w+(?:\s+\w+)?|[A-Z][\w’'.]*(?:\s+[A-Z0-9][\w’'.-]*){0,4}|"
    r"him|her|them|us|me|media|press|investors|delegates|MPs|members|listeners|viewers|fans|the\s+BBC|"
    r"police|cops|officials|authorities|lawmakers|parliament|congress|jurors|senators|students|"
    r"staff|employees|supporters|colleagues|friends|relatives|crowds?|audiences?|"
    r"[a-z]{3,}(?:ers|ors|ists|ians|ents|ees)|"
    r"BBC\s+\w+(?:\s+\w+)?|an?\s+\w+(?:\s+\w+)?)(?:['’]s\s+[\w\s]{1,30}?)?)(?=\s|,|$)"
)
CLAUSE_LEAD_RE = re.compile(
    r"(?:\s*,?\s*(?:on\s+[A-Z]\w+|in\s+a\s+\w+(?:\s+\w+)?|in\s+an\s+\w+(?:\s+\w+)?|last\s+\w+|"
    r"earlier|(?:yester|to)day(?![’'\w])|this\s+week|on\s+\w+|after\s+[\w'’]+\s+\w+|in\s+the\s+report|"
    r"in\s+[\w’']+\s+\w+|at\s+the\s+\w+(?:\s+\w+)?|at\s+an?\s+(?:news\s+|press\s+)?(?:conference|briefing|meeting|rally|hearing|ceremony|event|summit)|during\s+[\w\s]{1,30}?|recently|privately|"
    r"publicly|separately|also|too|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![’'\w]))\s*,?)*\s*"
)


@dataclass
class Ref:
    """Who a cue points at: a person, an organization, a document, or an unnamed source."""

    name: str | None
    kind: str  # person | org | report | collective | unknown
    title: str | None = None
    organization: str | None = None
    surface: str | None = None
    confidence: float = 0.0
    gender: str | None = None
    subject: bool = True  # named as a sentence's subject or speaker (not only mentioned)


@dataclass
class Cue:
    start: int  # paragraph-relative offsets in the masked text
    end: int
    verb: str
    ref: Ref | None
    subject_start: int
    subject_end: int
    right_subject: bool = False
    relative: bool = False  # "X, who said …": the reported clause ends with the relative clause


@dataclass
class Context:
    """Per-document state: names, the report's title, and who was in focus lately."""

    names: DocNames
    report_title: str | None = None
    doc_title: str | None = None
    focus: list[Ref] = field(default_factory=list)  # focus person/org of past sentences
    titles_seen: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    surfaces: dict[str, set[str]] = field(default_factory=dict)
    lede_span: tuple[int, int] | None = None  # the first paragraph, once it has been read
    lede_subject: Ref | bool | None = None  # whom it is about, once asked (False: nobody)
    lede_office: str | None = None  # the office a description gave the lede's subject
    last_named: Ref | None = None  # the last person named in an earlier sentence, as far as looked
    # sentences after it not yet looked at for named people: most documents never ask who was
    # named last, so the look waits until `Attributor.last_person` asks (oldest first, as if eager)
    unread: list[tuple[str, int, int]] = field(default_factory=list)


def _words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def is_title_case(text: str) -> bool:
    """"Restoring Community", "ICE’S Failed ‘Secure Communities’ Program": a name of a work."""
    words = [w.strip("‘’'\".,:;!?") for w in text.split()]
    words = [w for w in words if w]
    if not words or len(words) > 12:
        return False
    significant = [w for w in words if w.lower() not in SMALL_WORDS]
    if not significant:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in significant)


class Attributor:
    def __init__(self, text: str, names: DocNames, doc_title: str | None, report_title: str | None):
        self.text = text
        self.paragraph_text = ""
        self.base = 0  # offset of paragraph_text in the document text
        self.sentence_at = 0  # document offset of the sentence whose cues are being read
        self._lede_org: str | None = None  # the organization the lede opens on ("": none), once asked
        self._orgs: list[tuple[int, str]] | None = None
        self._described_orgs: dict[str, str] = {}  # name -> the noun the text calls it by ("club, Chelsea")
        self._legal_forms: bool | None = None  # whether the text names a firm with its legal form
        self._holders: list[tuple[int, str, frozenset[str]]] | None = None
        self._name_matches_at: tuple[str, int, int, list[re.Match]] | None = None
        self._titled: set[str] | None = None
        self._speaks: dict[str, bool] = {}  # one-word name -> the text has it say something
        self._called_org: dict[str, bool] = {}  # one-word name -> the text calls it an organization
        self._mid_sentence: dict[str, bool] = {}  # name run -> the text writes it after a lower-case word
        self.statement_author: tuple[Ref | None, int] | None = None
        #: who "released the following statement", and where: the author of the quotation opening
        #: a later paragraph with no cue of its own
        self.following_author: tuple[Ref, int] | None = None
        self._labelled: int | None = None  # paragraphs labelled "Name: “…”", counted on first need
        # the person whose reported speech the previous sentence of the paragraph gave, if any
        self.reported_before: Ref | None = None
        self.sentence_end = 0
        self.ctx = Context(names=names, doc_title=doc_title, report_title=report_title)

    # ------------------------------------------------------------ organizations

    def org_mentions(self) -> list[tuple[int, str]]:
        """(offset, canonical name) of every organization the text names, in text order: runs
        of capitalised words with an organization word ("Environmental Protection Agency",
        "Acme Industries"), acronyms the document spells out. Built on first need only: most
        documents never refer to "the company"."""
        if self._orgs is not None:
            return self._orgs
        names = self.ctx.names
        found: list[tuple[int, str]] = []
        for m in ORG_RUN_RE.finditer(self.text):
            run = m.group()
            at = m.start()
            if (" and " in run and run.split()[-1] in LISTED_NAME_HEADS and self.text[at - 2 : at] == ", "
                    and (first := LISTED_NAME_OPENING_RE.search(self.text, max(0, at - 30), at)) is not None):
                run, at = f"{first.group(1)}, {run}", first.start(1)  # "the Rail, Tram and Bus Union"
            parts = [(at, run)]
            if (" and " in run and "," not in run and self.text[at - 2 : at] == ", "
                    and LIST_ITEM_BEFORE_RE.search(self.text, max(0, at - 30), at) is not None):
                # "RBS, Natwest and Ulster Bank": the last two of a list, each a body of its own
                left, _, right = run.partition(" and ")
                parts = [(at, left), (at + len(left) + 5, right)]
            for sep in (" and ", " & ") if len(parts) == 1 else ():
                left, found_sep, right = run.partition(sep)
                bare_left = _strip_lead(left)
                # (not "the University and College Union": "the" is no word of a name; but "the
                # RMT and Network Rail" are two)
                if (found_sep and (len(bare_left.split()) >= 2 or (bare_left.isupper() and len(bare_left) > 1))
                        and is_org_name(bare_left) and (
                            sep == " and " and not (" of " in left and len(right.split()) <= 2 and not is_org_name(right))
                            or is_org_name(right) and len(right.split()) >= 2 and not LEGAL_FORM_END_RE.search(right))):
                    # ("Ministry of Tourism and Transport": a domain in two parts, one body)
                    # ("Pacific Gas & Electric Co.": the ampersand joins one firm's name)
                    # "The Environmental Protection Agency and Exxon Mobil": two organizations
                    parts = [(at, left), (at + len(left) + len(sep), right)]
                    break
            for start, part in parts:
                if part.endswith((" Co", " Inc", " Corp", " Ltd", " Bros")) and self.text[start + len(part): start + len(part) + 1] == ".":
                    part += "."  # "Pacific Gas & Electric Co.": the abbreviation's full stop
                name = _strip_lead(re.sub(r"['’]s$", "", part.strip()))
                tokens = name.split()
                while len(tokens) > 1 and (DESCRIPTOR_TOKEN_RE.search(tokens[0]) or DAY_OWNER_RE.fullmatch(tokens[0])
                                           or tokens[0] in ("Former", "Ex")):
                    tokens = tokens[1:]  # "Amazon-owned Whole Foods Market", "Today's High Court": a description
                if tokens[0].lower() in ORGANISER_WORDS:
                    tokens = _without_people_word(" ".join(tokens)).split()
                if " on the " in name and names.event_on_body(name.split(" on the ", 1)[0].split(), name.split(" on the ", 1)[1]):
                    tokens = name.split(" on the ", 1)[1].split()  # "the Great Recession on the Postal Service"
                if len(tokens) > 3 and tokens[0].lower() in TITLE_HEADS and tokens[1] == "of" and tokens[0].lower() not in BODY_NAME_TITLES:
                    # "George Osborne, the Chair of the British Museum,": an office, then its body
                    tokens = tokens[3:] if tokens[2] == "the" else tokens[2:]
                if len(tokens) > 2 and tokens[-1] in PLATFORM_WORDS:
                    tokens = tokens[:-1]  # "the … Workers Union Facebook page": where it posts
                name = " ".join(tokens)
                if not name:
                    continue
                if len(tokens) == 1 and name.lower() in WATCHDOG_NAMES and self.body_acts(name):
                    pass  # "Ofwat has opened an enforcement case": a regulator known by one word
                elif len(tokens) == 1:
                    if not (name.isupper() and len(name) > 1) or self.text.startswith("&", start + len(part)):
                        continue  # (nor "PG" of "PG&E": a part of a symbol acronym)
                    full = names.expand_acronym(name) or (name if name in US_AGENCY_ACRONYMS and self.acronym_spoke(name) else None)
                    if not full:
                        continue  # "US", "CEO": no organization the document spells out (but "ICE" is one)
                    name = full
                    tokens = name.split()
                elif not is_org_name(name) or tokens[-1].lower() in TITLE_HEADS:
                    continue
                if (tokens[-1].lower() in PLACE_WORDS and "School" not in tokens) or name in COUNTRY_NAMES:
                    continue  # "Central Business District", "United States": a place (a school district is no place)
                if names_a_law(tokens, self.text) and not (tokens[-1].lower().startswith("regulation")
                                                              and REGULATOR_BODY_RE.match(name)):
                    # "GDPR", the General Data Protection Regulation: a law, which says nothing (not
                    # "the Commission for Aviation Regulation", a body)
                    continue
                found.append((start, name))
        for m in DESCRIBED_ORG_RE.finditer(self.text):
            # "Video game firm Bioware", "drinks giant Diageo": a name the text calls a company
            name = m.group("name")
            lead = DESCRIBED_ORG_LEAD_RE.search(self.text, max(0, m.start() - 60), m.start())
            if lead is None or PREPOSITION_WORD_RE.search(lead.group()):
                continue  # (not "…, from anti-virus firm Sophos": named in passing, as an object)
            club = m.group().startswith("club") and " " not in name  # ("club, Chelsea": no first name)
            if (name.split()[0].lower() in FIRST_NAMES and not club) or name.lower() in NOT_NAMES or names.is_person(names.canonical(name)):
                continue
            found.append((m.start("name"), name))
            self._described_orgs[name] = m.group().split(None, 1)[0].rstrip(",")
        for m in BUSINESS_APPOS_RE.finditer(self.text):
            # "WestJet, a Canadian airline, has cancelled …": a name the text calls a business after it
            named = NAME_BEFORE_COMMA_RE.search(self.text, max(0, m.start() - 60), m.start())
            if named is None:
                continue
            name = named.group()
            if name.split()[0].lower() in FIRST_NAMES or name.lower() in NOT_NAMES or names.is_person(names.canonical(name)):
                continue
            found.append((named.start(), name))
            self._described_orgs.setdefault(name, m.group("head"))
        for m in MEMBERS_OF_RE.finditer(self.text) if ("embers" in self.text or "union" in self.text) else ():
            # "1,900 members of Unite at Felixstowe", "Unite union leader Sharon Graham", "GMB
            # members": a body with members, named by one word
            name = m.group("name") or m.group("union") or m.group("initials")
            if m.group("pre") and m.group("pre").strip().lower() not in NOT_NAMES:
                continue  # ("the National Farmers union": a longer name's last word)
            if m.group("union") and (DESCRIBED_UNION_BEFORE_RE.search(self.text, max(0, m.start() - 12), m.start())
                                     or NAME_AFTER_RE.match(self.text, m.end())):
                continue  # ("the largest NHS union", "NHS union Unison": what the union is, not its name)
            if (name.lower() not in NOT_NAMES and name.lower() not in COUNTRIES and name.lower() not in PLACE_WORDS
                    and name.lower() not in FIRST_NAMES and name.lower() not in ASSEMBLY_WORDS
                    and name.lower() not in PARTY_WORDS and not NATION_ADJ_RE.match(name) and not names.is_person(name)):
                found.append((m.start(), name))
                if m.group("union"):
                    self._described_orgs.setdefault(name, "union")
        for acr, full in names.acronyms.items():
            if full and not acr.isalnum():
                # "S&P" defined as "Standard & Poor's (S&P)": its uses count as the full name's
                at = self.text.find(acr)
                while at >= 0:
                    found.append((at, full))
                    at = self.text.find(acr, at + 1)
        found.sort()
        # "Whole Foods" and "Whole Foods Market" are one organization: a name that opens or
        # ends a longer one the text gives is that one
        distinct = sorted({name for _, name in found}, key=len, reverse=True)
        longest: dict[str, str] = {}
        for name in distinct:
            longest[name] = next((other for other in distinct if len(other) > len(name) and (
                (other.startswith(name + " ") and not (is_org_name(name) and (
                    len(other.split()) - len(name.split()) > 1 or other.split()[-1].lower() not in SUFFIX_ORG_WORDS)))
                or other.endswith(" " + name))), name)
        # (not "General Motors Acceptance Corp" for General Motors, nor "the Reid Park Zoo Family" a
        # quotation speaks of for the Reid Park Zoo)
        found = [(at, longest[name]) for at, name in found]
        self._orgs = found
        return found

    def acronym_spoke(self, acronym: str) -> bool:
        """The text has the agency speak or decline to ("ICE said", "ICE did not respond",
        "according to ICE"), not only name it in passing ("transferred to ICE custody")."""
        return re.search(rf"\b{acronym}\s+(?:(?:officials?|spokes\w+)\s+)?(?:said|says|told|announced|confirmed|declined|"
                         rf"did\s+not|has\s+not|stated|released|issued)\b|according\s+to\s+(?:the\s+)?{acronym}\b",
                         self.text) is not None

    def named_with_country(self, org: str, country: str) -> bool:
        """The text names the organization with the country (or its adjective) right before its
        name, or in an apposition right after it that calls it that country's regulator:
        "Ireland’s Data Privacy Commissioner", "Ireland’s DPC", "The Financial Conduct Authority,
        the UK’s financial regulator," (not "Unlike in Ireland, the Financial Conduct Authority",
        nor "the Irish regulator’s EU-level overseer")."""
        forms = {country.lower()} | {land for land, demonym in COUNTRY_DEMONYMS.items() if demonym == country.lower()}
        forms |= {COUNTRY_DEMONYMS.get(country.lower(), "")} - {""}
        alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        before = re.compile(rf"\b(?:{alternation})(?:['’]s)?\s+(?:own\s+)?(?:the\s+)?$", re.IGNORECASE)
        after = re.compile(rf",\s+the\s+(?:{alternation})(?:['’]s)?\s+(?:[\w-]+\s+){{0,3}}?"
                           r"(?:regulator|watchdog|authority|agency|commissioner|commission)(?![’'\w])", re.IGNORECASE)
        for name in [org] + [acronym for acronym, full in self.ctx.names.acronyms.items() if full == org]:
            for at in word_positions(self.text, name):
                if before.search(self.text, max(0, at - 30), at) or after.match(self.text, at + len(name)):
                    return True
        return False

    def body_acts(self, name: str) -> bool:
        """The text has the body do something ("Ofwat has opened an enforcement case", "Ofqual
        found"), not only name it in passing ("rated good by Ofsted", "Ofgem chief executive …")."""
        return re.search(rf"\b{name}\s+(?:has|had|is|was|will|would|found|made|took|gave|[a-z]+s|[a-z]+ed)\b",
                         self.text) is not None

    def titled_names(self) -> set[str]:
        """The full names of everyone the text gives a title or role now (see title_holders): not
        a former one ("Ex-chatshow host Robert Kilroy-Silk" may be "the Veritas leader" now)."""
        if self._titled is None:
            self._titled = {name for _, name, words in self.title_holders()
                            if not any(w == "former" or w.startswith("ex-") for w in words)}
        return self._titled

    def title_holders(self) -> list[tuple[int, str, frozenset[str]]]:
        """(offset, full name, title words) of every person the text gives a title or role:
        before the name ("Finance Minister Bruno Lemaire", "spokeswoman Laura Kim") or in an
        apposition after it ("Anna Berg, the museum's director,"). Built on first need only."""
        if self._holders is not None:
            return self._holders
        names = self.ctx.names
        text = self.text
        found: list[tuple[int, str, frozenset[str]]] = []
        for m in SUBJECT_NAME_RE.finditer(text):
            run = m.group("run")
            if text[m.start() - 4 : m.start()] == "the " and VERB_THE_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()):
                continue  # "the vessel blocking the Suez Canal, the head of …": a verb's object holds no office
            words: list[str] = []
            title, _ = split_title(re.sub(r"['’]s$", "", run))
            if (not title and len(run.split()) > 2 and text[m.start() - 1 : m.start()] == " "
                    and (office := OF_TITLE_RE.search(text, max(0, m.start() - 80), m.start()))):
                # "Leader of the Opposition Pritam Singh": the office's words before the run, its
                # domain inside it
                domain, name_tokens = office_domain_split(run.split())
                words += [w.lower() for w in office.group().split() + domain]
                if len(capitals := [w for w in domain if w[:1].isupper()]) >= 2:
                    words.append("".join(w[0] for w in capitals).lower())  # "the RSA chief": Road Safety Authority's
                run = " ".join(name_tokens)
            if not title and run.split()[0] in NUMBERED_STYLES and REGNAL_NUMBER_RE.fullmatch(run.split()[-1]):
                words.append(run.split()[0].lower())  # "Queen Margaret II" is "the queen"
            if title:
                words += title.lower().split()
                # "Gov. Pat Quinn" is "the governor", "Sen. John Smith" "the senator"
                words += abbreviated_offices(title)
            if run[:3] in ("Dr ", "Dr."):
                words.append("doctor")  # "pathologist Dr Liina Palm" is "the doctor"
            if text[m.start() - 2 : m.start()] == ". " and (abbrs := RANKS_END_RE.search(text, max(0, m.start() - 24), m.start())):
                # ("Sen. John Smith", the abbreviation's full stop read as a sentence end)
                words += abbreviated_offices(abbrs.group())
            if (text[m.start() - 4 : m.start()] in ("Dr. ", "Dr ") or text[m.start() - 6 : m.start()] in ("Prof. ", " Prof ")) and (
                    office := OFFICE_BEFORE_HONORIFIC_RE.search(text, max(0, m.start() - 70), m.start())) is not None \
                    and office.group("title").split()[-1].lower() in TITLE_HEADS:
                # "Punjab Health Minister Dr. Yasmin Rashid": the office before the honorific's stop
                words += office.group("title").lower().split()
            # (each pattern below is tried only where its last word or comma is there: the
            # searches are anchored at the name, and trying them everywhere was most of the cost)
            lead = text[max(0, m.start() - 60) : m.start()]
            before = (LOWER_TITLE_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
                      if lead[-1:].isspace() and lead.split()[-1:] and lead.split()[-1].rsplit("(", 1)[-1] in TITLE_HEAD_WORDS
                      else None)
            if before:
                words += before.group("title").lower().split()
                if text[before.start("title") - 2 : before.start("title")] == ") " and (
                        acronym := ACRONYM_PAREN_END_RE.search(text, max(0, before.start("title") - 14), before.start("title") - 1)):
                    # "GlaxoSmithKline (GSK) chief executive Sir Andrew Witty" is "the GSK chief executive"
                    words.append(acronym.group(1).lower())
            elif title and text[m.start() - 2 : m.start()] == ") " and (
                    acronym := ACRONYM_PAREN_END_RE.search(text, max(0, m.start() - 14), m.start() - 1)) and not (
                    (full := self.ctx.names.acronyms.get(acronym.group(1)))
                    and OBJECT_PREPOSITION_END_RE.search(text, max(0, acronym.start() - len(full) - 12), max(0, acronym.start() - len(full) - 1))):
                # "Indian Space Research Organisation (ISRO) Chairman K Sivan" is "the ISRO chief"
                # (not "In an interview with Kenya Broadcasting Corporation (KBC) President William
                # Ruto said": the body is the preposition's object, the office another's)
                words.append(acronym.group(1).lower())
            elif title and "former" in lead[-30:] and FORMER_BEFORE_RE.search(lead):
                words.append("former")  # "former far-right President Jair Bolsonaro" is "the former president"
            comma = text.rfind(",", max(0, m.start() - 90), m.start())
            office = (OFFICE_COMMA_BEFORE_RE.search(text, max(0, m.start() - 90), m.start())
                      if comma >= 0 and all(w.rstrip(".") in OFFICE_PREFIX_WORDS for w in text[comma + 1 : m.start()].split())
                      else None)
            if ((office is None or not any(w.lower() in TITLE_HEADS for w in office.group("title").split()))
                    and comma >= 0 and not text[comma + 1 : m.start()].strip()
                    and ((text[max(0, comma - 30) : comma].rsplit(None, 1) or [""])[-1] in TITLE_HEAD_WORDS
                         or " of " in text[max(0, comma - 50) : comma] or " for " in text[max(0, comma - 60) : comma])):
                # "The Queensland police commissioner, Katarina Carroll,": an office in lower case
                # (tried only where a title's head word, or its "of" and domain, stands right
                # before the comma: "said the president of COP24, Michał Kurtyka")
                office = LOWER_OFFICE_COMMA_BEFORE_RE.search(text, max(0, comma - 80), comma + 1)
                if office is None and not split_title(run)[0]:
                    office = LOWER_OFFICE_OF_COMMA_BEFORE_RE.search(text, max(0, comma - 80), comma + 1)
                if office is None and " for " in text[max(0, comma - 60) : comma]:
                    office = SEAT_COMMA_BEFORE_RE.search(text, max(0, comma - 90), comma + 1)
            held = office.group("title").split()[-3:] if office else []
            if (len(held) == 3 and held[0].lower() in TITLE_HEADS and all(w[:1].isupper() for w in held[1:])
                    and " of " not in office.group("title") and names.is_person(" ".join(held[1:]))):
                # ("According to Hinds County Sheriff Tyree Jones, Michael Lewis, 31,": his office,
                # not theirs; but "The Director of the Queen Elizabeth Hall, Gillian Moore," is hers)
                office = None
            if office:  # "The Bishop of Durham, the Rt Rev Dr Tom Wright": the office, then its holder
                words += office.group("title").lower().split()
            after = HOLDER_APPOS_RE.match(text, m.end(), m.end() + 140)
            if after and text[m.start() - 4 : m.start()] == "the " and (
                    SPEECH_AFTER_APPOS_RE.match(text, after.end())
                    or run.split()[0].lower().rstrip(".") not in STYLE_WORDS):
                # ("a photo of Veer Savarkar from the Suvarna Soudha, the CM said": a place, then the
                # next clause's subject; "a visit to the National Botanic Garden, the Tourism
                # Minister, Dafydd Elis-Thomas,": a place, then the holder; but "the Rev Al
                # Sharpton, the civil rights activist,")
                after = None
            if after and any(w.lower().strip("’'") in TITLE_HEADS for w in after.group(1).split()):
                words += [w.lower() for w in after.group(1).split()]
            if not any(w in TITLE_HEADS for w in words):
                continue
            bare = self.bare_name(run)
            if not bare or is_org_name(bare):
                continue
            canonical = names.canonical(bare)
            if (len(canonical.split()) < 2 or (len(bare.split()) < 2 and not (title and names.is_person(canonical)))) \
                    and not (title and self.mononym(canonical)):
                continue  # ("President Saakashvili" for Mikhail Saakashvili: the title and a surname)
            if canonical.split()[0].lower() in NOT_NAMES or canonical.split()[0] in TITLE_CASE_VERBS:
                # the title is the evidence of a person; a sentence-start word is not, nor a
                # headline's verb ("Coptic Pope Turns Up the Heat")
                continue
            words = [w.strip(",.’'") for w in words]
            if "ceo" in words:
                words += ["chief", "executive"]  # "the RSA chief" is its CEO
            elif "chief" in words and "executive" in words:
                words.append("ceo")  # "Volkswagen Chief Executive Martin Winterkorn" is "the CEO"
            # a country's title names its adjective too: "France coach" is "the French coach"
            found.append((m.start(), canonical, frozenset(words + [COUNTRY_DEMONYMS[w] for w in words if w in COUNTRY_DEMONYMS])))
        self._holders = found
        return found

    def holder_of(self, head: str, body: str, owner: str | None = None) -> Ref | None:
        """The person "the minister" / "France's finance minister" / "the 47-year-old director"
        stands for: the most recently mentioned person whose title holds the head noun (and the
        nominal's other words, ages aside); a holder named later in the same sentence when none
        was before. Two such people mentioned in one sentence: nobody."""
        wanted = {w.lower() for w in body.split() if not AGE_WORD_RE.match(w) and w.lower() not in ("the", "former", "new")}
        candidates: dict[str, int] = {}
        later: dict[str, int] = {}
        owner_key = normalize(owner.split()[-1]) if owner else None  # ("South Africa’s": the title holds "Africa’s")
        former = "former" in body.split()
        headline = self.in_headline()
        promoted: frozenset[str] = frozenset()
        if head in ("chief", "boss") and body.strip().isupper() and " " not in body.strip():
            # "the ISRO chief", "the IEBC boss": a body known by its initials means its head, the
            # holder of the first of BOSS_TIERS' offices the text names for it
            same_body = [words for _, _, words in self.title_holders() if holds_office(words, wanted)]
            promoted = next((tier for tier in BOSS_TIERS if any(_holds_tier(words, tier) for words in same_body)), frozenset())
        # "the minister" for a British secretary of state ("Defence Secretary Geoff Hoon"), only in
        # a text that calls no one a minister (elsewhere a secretary may be a civil servant)
        secretary_minister = head == "minister" and self.no_other_minister
        for at, name, words in self.title_holders():
            if head == "leader" and words & HEAD_OF_STATE_WORDS and "deputy" not in words and "vice" not in words:
                words = words | {"leader"}  # "the Cuban leader": Cuban President Miguel Diaz-Canel
            if (secretary_minister and "secretary" in words and words & MINISTERIAL_SECRETARY_WORDS
                    and not words & NOT_MINISTERIAL_SECRETARY_WORDS):
                words = words | {"minister"}
            if promoted and _holds_tier(words, promoted):
                words = words | {head}
            if head not in words or not holds_office(words, wanted) or (former and "former" not in words):
                continue  # ("the former chairman" is no one the text calls chairman now)
            if head == "minister" and (words & HEAD_MINISTER_WORDS) - wanted:
                continue  # "the minister" is no Prime, Chief or First Minister: a head of government
            owners = {normalize(w[:-2]) for w in words if w.endswith(("'s", "’s"))}
            if owner_key and owners and owner_key not in owners:
                continue  # "Germany's finance minister" is not France's
            if at < self.sentence_at:
                surname = name.split()[-1]
                last = self.text.rfind(surname, 0, self.sentence_at)
                candidates[name] = max(candidates.get(name, -1), at, last)
            elif (at < self.sentence_end and not COMPANION_BEFORE_RE.search(self.text, max(self.sentence_at, at - 50), at)) or headline:
                # (not a preposition's object: "The minister said he was working with mines minister
                # Walter Chidhakwa", whom the minister names)
                later.setdefault(name, at)
        pool = candidates or later
        if not candidates and len(later) > 1 and headline:
            return None  # a headline's "Mexico's president" when the story gives the office to two people
        if not pool:
            if former:
                return None  # "the former director-general": not whoever holds the office next
            parties = [w for w in body.split() if w in PARTY_ADJECTIVES]
            if parties and (ref := self.holder_of(head, " ".join(w for w in body.split() if w not in parties), owner)):
                # "the Democratic governor added" after "California Gov. Jerry Brown": a party his
                # title leaves out (but not a holder whose title gives another party)
                given = {w.strip(".,") for at in word_positions(self.text, ref.name)
                         for w in self.text[max(0, at - 40) : at].split()[-4:]} & PARTY_ADJECTIVES
                return ref if given <= set(parties) else None
            # ("the prosecutor told the jury. ¶ The prosecutor, Sue Hemming, said": named right after)
            return self.introduced_next(head, described_words(body)) or (self.named_next_as(head) if not body else None)
        ranked = sorted(pool.items(), key=lambda kv: kv[1], reverse=not not candidates)
        name, at = ranked[0]
        if len(ranked) > 1:
            other_at = ranked[1][1]
            lo, hi = min(at, other_at), max(at, other_at)
            if not SENTENCE_BREAK_RE.search(self.text, lo, hi):
                return None  # "the minister" with two ministers just named: either one
        if candidates and not wanted and head not in RANK_HEADS and self.untitled_person_between(at, self.sentence_at, name):
            # "the president" after Mr. Trump was named: he may hold it too ("the Tory leader"
            # names its office too closely for that; a police or military rank is always
            # written with the name that holds it)
            return None
        ref = self.person_ref(name, 0.8)
        if ref is None or ref.kind != "person":
            return None
        return ref

    def mononym(self, name: str) -> bool:
        """"Karnataka Chief Minister Siddaramaiah", "Coordinating Minister … Wiranto": one name
        after a title, the only name the text gives that person, which the text also uses alone or
        again and again (not "Commissioner Street", "Premier Inn", "Prime Minister Designate")."""
        return (" " not in name and name[:1].isupper() and name[1:].islower() and name.lower() not in NOT_NAMES
                and name.lower() not in COUNTRIES and not is_org_name(name) and name.lower() not in TITLE_TAILS
                and (self.ctx.names.standalone.get(normalize(name), 0) > 0
                     or sum(1 for _ in word_positions(self.text, name)) >= 3))  # ("President Trump" throughout)

    def in_headline(self) -> bool:
        """The sentence being read is the story's headline: its first paragraph, without a full
        stop. Its "Mexico's president asks …" means the person the story then gives the office
        ("Mexican President Andres Manuel Lopez Obrador")."""
        return self.sentence_at < self.headline_end()

    def headline_end(self) -> int:
        """Where the story's headline ends (its first paragraph, without a full stop), else 0."""
        first = self.text.find("\n")
        if first < 0 or self.text[:first].rstrip()[-1:] in ".!?\"”":
            return 0
        return first

    def introduced_next(self, head: str, wanted: frozenset[str] | set[str] = frozenset(), other_title: bool = False) -> Ref | None:
        """"France's finance minister has said … . Herve Gaymard said …": a title nobody holds
        yet, and the next sentence of the paragraph opens with a person named there for the
        first time, whom the text gives no other title: the holder, introduced by name."""
        text = self.text
        bounds = self.next_sentence()
        if bounds is None:
            return None
        start, end = bounds
        m = (CLAUSE_HEAD_NAME_RE.match(text, start, end) or NEXT_SUBJECT_RE.match(text, start, end)
             or ABBREVIATED_TITLE_OPENING_RE.match(text, start, end))
        if m is None:
            return None
        run = m.group("run")
        if (titled := TITLE_THEN_NAME_RE.match(text, m.end("run"), end)) is not None:
            run = titled.group("run")  # "Bafana Bafana head coach Hugo Broos says": the name after the title
        bare = self.bare_name(run)
        if not bare or len(bare.split()) < 2 or is_org_name(bare):
            return None
        names = self.ctx.names
        canonical = names.canonical(bare)
        if not names.is_person(canonical) or text.find(canonical.split()[-1], self.headline_end(), self.sentence_at) >= 0:
            return None  # someone named before is not being introduced (a headline only announces them)
        if not other_title and any(name == canonical and (head not in words or not holds_office(words, wanted))
                                   for _, name, words in self.title_holders()):
            # the text gives them another title ("the foreign secretary" is no home secretary, "the
            # Culture Secretary" no shadow culture secretary)
            return None
        ref = self.person_ref(canonical, 0.6)
        if ref is None or ref.kind != "person":
            return None
        ref.confidence = 0.6
        return ref

    def next_sentence(self) -> tuple[int, int] | None:
        """Where the sentence after the one being read starts and ends: in its paragraph, or,
        when the sentence closes its paragraph (a story's lede), the next paragraph's first."""
        text = self.text
        start = self.sentence_end
        para_end = text.find("\n", start)
        para_end = len(text) if para_end < 0 else para_end
        stop = _sentence_stop(text, start + 1, para_end)
        end = stop.start() + 1 if stop else para_end
        if end - start < 4:
            start = para_end
            while start < len(text) and text[start] in "\n\r \t":
                start += 1
            para_end = text.find("\n", start)
            para_end = len(text) if para_end < 0 else para_end
            stop = _sentence_stop(text, start + 1, para_end)
            end = stop.start() + 1 if stop else para_end
            if end - start < 4:
                return None
        return start, end

    def named_next_as(self, head: str) -> Ref | None:
        """"A British prosecutor said …. ¶ The prosecutor, Sue Hemming, emphasized …": someone
        unnamed, whom the next sentence names in apposition to the same noun."""
        bounds = self.next_sentence()
        m = NAMED_AS_NEXT_RE.match(self.text, *bounds) if bounds else None
        if m is None or m.group("head").lower() != head:
            return None
        bare = self.bare_name(m.group("run"))
        if not bare or len(bare.split()) < 2 or is_org_name(bare):
            return None
        ref = self.person_ref(self.ctx.names.canonical(bare), 0.7)
        if ref is None or ref.kind != "person" or not ref.name:
            return None
        ref.confidence = 0.7
        return ref

    def lede_described_holder(self, head: str) -> Ref | None:
        """"A coroner has issued a warning …. ¶ Guy Davies said …. ¶ The coroner said": a lede
        that opens on someone described, not named, and a paragraph after it that opens on a
        person named in full who speaks, whom the text gives that office too, though a lesser one
        of it ("Mr Davies - Assistant Coroner for Cornwall"): news copy names the one it described."""
        if self.ctx.lede_span is None:
            return None
        lede_start, lede_end = self.ctx.lede_span
        described = LEDE_DESCRIBED_RE.match(self.text, lede_start, lede_end)
        if described is None or described.group("head").lower() != head:
            return None
        nxt = NEXT_PARAGRAPH_SPEAKER_RE.match(self.text, lede_end)
        if nxt is None or nxt.start("run") >= self.sentence_at:
            return None
        bare = self.bare_name(nxt.group("run"))
        if not bare or len(bare.split()) < 2 or bare.split()[0].lower() not in FIRST_NAMES:
            return None
        ref = self.person_ref(self.ctx.names.canonical(bare), 0.7)
        if ref is None or ref.kind != "person" or not ref.name:
            return None
        if (not ref.title or ref.title.split()[-1].lower() != head
                or {w.lower() for w in ref.title.split()} & OTHER_HOLDER_WORDS):
            # (the text must give them the office too: "Mr Davies - Assistant Coroner for
            # Cornwall"; a deputy, a shadow or a retired one holds another; an acting one holds it)
            return None
        ref.confidence = 0.7
        return ref

    def untitled_person_between(self, start: int, end: int, holder: str) -> bool:
        """Someone other than `holder`, with no title the text gives, named between the
        holder's last mention and the nominal: the title may be theirs."""
        names = self.ctx.names
        titled = self.titled_names()
        start = max(start + 1, end - 3000)
        for m in SUBJECT_NAME_RE.finditer(self.text, start, end):
            run = m.group("run")
            if len(run.split()) < 2 and run.lower() in NOT_NAMES:
                continue
            bare = self.bare_name(run)
            if not bare or is_org_name(bare):
                continue
            honorific = run.split()[0].rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady") \
                or HONORIFIC_BEFORE_RE.search(self.text, max(0, m.start() - 6), m.start()) is not None
            canonical = names.canonical(bare)
            if canonical == holder or canonical in titled or holder.endswith(" " + bare):
                continue
            if self.text.startswith(("'s ", "’s "), m.end()) and self.text[max(0, m.start() - 2) : m.start()].strip()[-1:].islower():
                # "Despite enjoying Dan Brown's conspiracy theory, the Bishop said": an owner in an
                # object ("Mr. Trump's theatrical embrace …" opening a sentence is its subject)
                continue
            if honorific or (len(canonical.split()) >= 2 and names.is_person(canonical)):
                return True
        return False

    def asked_before(self, gender: str) -> Ref | None:
        """The person the last question before this sentence was put to ("asked Ms Eaton whether"),
        when the pronoun's gender fits them."""
        questions = list(ASKED_PERSON_RE.finditer(self.text, max(0, self.sentence_at - 400), self.sentence_at))
        if not questions or (stop := SENTENCE_BREAK_RE.search(self.text, questions[-1].end(), self.sentence_at)) is None:
            return None
        if self.persons_named_in(self.text[stop.end() : self.sentence_at]):
            return None  # (not when another person comes in between: "Rahul Gandhi later took to Twitter. He responded")
        question = questions[-1]
        ref = self.subject_from_run(question.group("run"))
        if ref is None or ref.kind != "person" or not ref.name:
            return None
        known = ref.gender or self.ctx.names.gender_of(ref.name) or strip_honorific(question.group("run"))[1]
        return ref if known == gender else None

    def previous_sentence_start(self) -> int:
        """Where the sentence before the one being read starts (in its paragraph)."""
        start = self.sentence_at
        breaks = [m.end() for m in SENTENCE_BREAK_RE.finditer(self.text, self.base, max(self.base, start - 1))]
        return breaks[-1] if breaks else self.base

    def unnamed_role_before(self, gender: str) -> re.Match | None:
        """The role by which the sentence before brought in someone unnamed ("Fox 4 tried to get
        RSW's spokesperson to talk on camera. She told Fox 4 …"; "But a spokesman for the Home
        Office defended the proposals. He said: …"), when it named nobody: "she" is most likely
        them, not an earlier speaker."""
        if self.sentence_at <= self.base or (self.text.find("spokes", self.base, self.sentence_at) < 0
                                             and self.text.find("representative", self.base, self.sentence_at) < 0):
            return None  # (the words looked for first: most paragraphs have neither)
        previous = self.previous_sentence_start()
        role = UNNAMED_ROLE_RE.search(self.text, previous, self.sentence_at)
        if role is None or ROLE_GENDERS.get(role.group("role"), gender) != gender:
            return None
        if any(self.text.find(full.split()[-1], previous, self.sentence_at) >= 0
               for names in self.ctx.names.full.values() for full in names):
            return None
        return role

    def previous_sentence_org(self) -> str | None:
        """The organization the paragraph's previous sentence opens with as its acting subject
        ("The British Chambers of Commerce welcomed the proposal. “…,” it said."): what "it"
        means, though no speech verb put it in focus. Only names with an organization word count,
        so that "Falling prices hit …" or "Businesses fear …" never become speakers."""
        start = self.sentence_at
        previous = self.previous_sentence_start()
        if previous >= start and start <= self.base:
            # the paragraph opens with the quotation: the previous paragraph's last sentence
            # ("The Americans for Prosperity Foundation filed a complaint …. ¶ “…,” it said.")
            start = len(self.text[: self.base].rstrip())
            paragraph = self.text.rfind("\n", 0, start) + 1
            if (0 < start - paragraph <= 60 and self.text[start - 1] not in ".!?\"”’'" and paragraph > 1
                    and len(self.text[paragraph:start].split()) <= 4 and not any(c.isdigit() for c in self.text[paragraph:start])):
                # "… has welcomed the move. ¶ Healthy eating ¶ In a statement it said": a subheading
                # between, no sentence of the story
                start = len(self.text[: paragraph].rstrip())
                paragraph = self.text.rfind("\n", 0, start) + 1
            breaks = [m.end() for m in SENTENCE_BREAK_RE.finditer(self.text, paragraph, max(paragraph, start - 1))]
            previous = breaks[-1] if breaks else paragraph
        if previous >= start:
            return None
        if (opening := REPORT_OPENING_RE.match(self.text, previous, start)) is not None:
            return self.report_opening_author(opening.end(), start)
        for at, name in self.org_mentions():
            if at >= start:
                break
            if at < previous:
                continue
            if at - previous > 4 or not (run := ORG_RUN_RE.match(self.text, at)):
                return None
            if not ACTING_VERB_RE.match(self.text, run.end(), start):
                return None  # "Acme Industries spokesman John Reyes …": the person acts
            return self.ctx.names.org_canonical(name)
        return None

    def statement_issuer(self, frame: str, sent_start: int, issued: re.Match, sent_end: int) -> Ref | None:
        """Whose words a statement put out are: the person it is "from" ("WWF issued the following
        statement from Tasneem Essop, WWF’s head of delegation"), else the sentence's subject."""
        if (source := FROM_SOURCE_RE.match(frame, issued.end(), sent_end)) is not None:
            ref, end = self.right_subject(frame, source.end(), sent_end)
            if (ref is not None and ref.name and ref.kind == "person"
                    and (ref.name.split()[0].lower() in FIRST_NAMES or ref.title
                         or frame[end : end + 1] == "," and not frame.startswith(", where", end)
                         or (ref.surface or "").split()[0].lower().rstrip(".") in HONORIFICS or self.ctx.names.is_person(ref.name))):
                # (a first name, a title or an apposition says a person: not "a statement from
                # Seattle:", "from Camp David on Sunday:", where it was issued)
                return ref
        author = self.sentence_subject(frame, sent_start, issued.start())
        return author if author is not None and author.name else None

    def title_acronym(self, acronym: str) -> tuple[list[str], str | None] | None:
        """The words of the office the text defines `acronym` for ("Chief minister (CM)"), and the
        name right after the definition, if any: its initials match and its last word is an
        office's head."""
        cache = self.__dict__.setdefault("_title_acronyms", {})
        if acronym not in cache:
            cache[acronym] = self._title_acronym(acronym) if f"({acronym})" in self.text else None
        return cache[acronym]

    def _title_acronym(self, acronym: str) -> tuple[list[str], str | None] | None:
        marker = f"({acronym})"
        at = self.text.find(marker)
        while at >= 0:
            words = self.text[max(0, at - 80) : at].lower().split()[-len(acronym):]
            if (len(words) == len(acronym) and "".join(w[0] for w in words) == acronym.lower()
                    and words[-1] in TITLE_HEADS):
                named = NAME_AFTER_RE.match(self.text, at + len(marker))
                return words, named.group("run") if named is not None else None
            at = self.text.find(marker, at + 1)
        return None

    def other_actor_before(self, name: str) -> bool:
        """The previous sentence opens on someone else acting ("Microsoft also made some
        announcements"), whom no speech verb put in focus: "it" may be them rather than `name`."""
        previous = self.previous_sentence_start()
        opening = CAPITALISED_OPENING_RE.match(self.text, previous, self.sentence_at) if previous < self.sentence_at else None
        return (opening is not None and ACTING_VERB_RE.match(self.text, opening.end(), self.sentence_at) is not None
                and opening.group("run").split()[0].lower() not in NOT_NAMES
                and not any(w in name.split() for w in opening.group("run").split()))

    def report_opening_author(self, at: int, end: int) -> str | None:
        """Who wrote the report a sentence opens on ("But a recent report from Continental Research
        reflects …. It said"): an organization, not a place the report comes from ("a report from
        Japan", "from South Korea") nor a person."""
        m = REPORT_AUTHOR_RE.match(self.text, at, end)
        name = m.group("by") if m is not None else None
        if (not name or not REPORT_VERB_RE.match(self.text, m.end("by"), end)
                or self.ctx.names.is_person(self.ctx.names.canonical(name))
                or name.lower() in COUNTRIES or name in COUNTRY_NAMES):
            return None
        if (is_org_name(name) or name.isupper() or len(name.split()) >= 2
                or self.org_descriptor_before(name) or self.company_named(name)):
            return self.ctx.names.org_canonical(name)
        return None

    def legal_forms_named(self) -> bool:
        """The text names a firm with its legal form ("Inc.", "Ltd"): only then may a firm's first
        words stand for it (a test made once per document, before any name is looked up)."""
        if self._legal_forms is None:
            self._legal_forms = LEGAL_FORM_IN_TEXT_RE.search(self.text) is not None
        return self._legal_forms

    def salient_org(self, head: str | None, position: int) -> str | None:
        """The organization "the company" / "the agency" / "it" refers to at `position`: the most
        recently named organization whose name fits the head noun ("the agency" -> "… Agency";
        "the company" -> "… Inc", "… Industries"); else the only organization named so far.
        Two fitting organizations named in the same sentence, or several named and none
        fitting: nobody."""
        before = [(at, name) for at, name in self.org_mentions() if at < position
                  and (head is None or name.split()[-1].lower() not in EVENT_NAMES)  # ("the company": no Motor Show)
                  and not (len(name.split()) > 5 and self.ctx.names.headline_only(name))]
        # (nor "Security Workers Set To Strike At New York Airports": a headline's capitals)
        if not before:
            return None
        if head is None:
            # "it said": only an organization that is the subject of a recent sentence
            # ("Acme Industries reported …"), when it is the only one the text has named
            distinct = {name for _, name in before}
            if len(distinct) != 1:
                return None
            at, name = before[-1]
            recent = [a for a, _ in before if position - a < 1500]
            if not any(SUBJECT_START_RE.search(self.text, max(0, a - 6), a + 1) for a in recent):
                return None
            return self.ctx.names.org_canonical(name)
        fits = HEAD_FITS.get(head) or KIND_NAMED_HEADS.get(head) or {head}
        if head not in HEAD_FITS and head not in KIND_NAMED_HEADS:
            # "the military", "the club": no kind of name to recognise it by, unless the text
            # called it so ("English Premier League club, Chelsea")
            described = {name for _, name in before if self._described_orgs.get(name) == head}
            if not described:
                # "the club" after "Chelsea Football Club": the one body whose name ends in the head
                # (or opens on it before its domain: "the Institute for Cultural Heritage Research")
                described = {name for _, name in before if name.split()[-1].lower() == head
                             or head in NAME_END_HEADS and _named_as(name, head)}
            return self.ctx.names.org_canonical(described.pop()) if len(described) == 1 else None
        if fits:
            fitting = [(at, name) for at, name in before
                       if (any(w.lower().strip(".,") in fits for w in name.split()) or self._described_orgs.get(name) == head)
                       and not _org_class_clash(name, head)
                       and (head not in ("office", "district") or name.split()[-1].lower() in fits or name.startswith("Office of"))]
            # (an office or district by the name's last word: not "the U.S. District Court", "Oval Office on Monday")
            if fitting:
                at, name = fitting[-1]
                for other_at, other in reversed(fitting[:-1]):
                    if other == name:
                        continue
                    if not SENTENCE_BREAK_RE.search(self.text, other_at, at):
                        return None  # "Acme Industries and Globex Corporation": either one
                    break
                if head == "corporation" and (broadcaster := next((w for w in name.split() if w in PUBLIC_BROADCASTERS), None)):
                    return broadcaster  # "the corporation" after "BBC News At Six": the BBC, not its programme
                return self.ctx.names.org_canonical(name)
        described = {name for _, name in before if self._described_orgs.get(name) == head}
        if len(described) == 1:
            # "WestJet, a Canadian airline, has cancelled …": no airline's word in its name, but
            # the text called it one
            return self.ctx.names.org_canonical(described.pop())
        distinct = {name for _, name in before}
        if len(distinct) == 1:
            name = distinct.pop()
            if head and _org_class_clash(name, head):
                return None  # "the company" when only a ministry is named
            return self.ctx.names.org_canonical(name)
        return None

    # ------------------------------------------------------------ subjects

    def person_ref(self, run: str, confidence: float = 0.95) -> Ref | None:
        run = re.sub(r"['’]s$", "", run.strip())
        if " and " in run and AND_HONORIFIC_RE.search(run):
            return Ref(None, "collective", surface=run, confidence=0.3)  # "Dr Vivek Trivedi and Dr Rob Laurenson said"
        tokens = run.split()
        if (len(tokens) >= 2 and (tokens[0].lower() in COMPANY_DESCRIPTORS or tokens[0] == "Charity") and tokens[1][:1].isupper()
                and not any(t.lower() in FIRST_NAMES or t.lower() in TITLE_HEADS for t in tokens[1:])):
            # "Bookmaker Ladbrokes said", "Charity Crisis has urged": what the company is, then its
            # name (without where it is based: "Consultancy Strategy Analytics of Boston")
            name = tokens[1:-2] if len(tokens) >= 5 and tokens[-2] == "of" and tokens[-3].lower() not in ORG_WORDS else tokens[1:]
            return Ref(self.ctx.names.org_canonical(" ".join(name)), "org", surface=run, confidence=confidence - 0.1)
        if len(tokens) == 1 and tokens[0].lower() in OPENING_PARTICIPLES:
            return None  # "Echoing remarks he made during sentencing, the judge said": a participle
        if len(tokens) == 1 and tokens[0].lower() in HONORIFICS:
            return self.styled_one(tokens[0], run, confidence)
        if tokens and tokens[0].lower() in PEOPLE_PLURALS and (
                len(tokens) == 1 or tokens[1] in ("in", "at", "from") or tokens[1] == "of" and tokens[0].lower() in INHABITANTS):
            # "Residents of the British Virgin Islands say", "Stewards confirmed": people in capitals,
            # no one by name (not "Doctors of the World", a body's name)
            return Ref(None, "collective", surface=run, confidence=0.3)
        if (len(tokens) >= 2 and tokens[-1].lower() in COUNTRIES
                and all(t.lower() in NATIONAL_BODY_WORDS for t in tokens[:-1]) and not self.ctx.names.is_person(run)):
            # "Public Health England", "Sport England", "Tennis Australia": a national body named
            # after its country by what it does (not "North Wales", nor "Siddharth Israel")
            return Ref(self.ctx.names.org_canonical(run), "org", surface=run, confidence=confidence - 0.1)
        if (1 <= len(tokens) <= 3 and self.legal_forms_named() and all(t[:1].isupper() for t in tokens)
                and tokens[0].lower() not in FIRST_NAMES and not is_org_name(run) and not self.ctx.names.is_person(run)
                and (firm := self.ctx.names.org_canonical(run)).startswith(run + " ")
                and firm.split()[-1].lower() in LEGAL_FORM_WORDS  # (not "Sky" for Sky News)
                and tokens[0].lower() not in COUNTRIES and run not in COUNTRY_NAMES):  # ("China said" after "China Mobile Ltd.")
            # "Rock Tech said" after "Rock Tech Lithium Inc. said": the firm the text named in
            # full, its name's first words (spelt as its own cue gives it, no full stop)
            return Ref(firm.removesuffix("."), "org", surface=run, confidence=confidence - 0.1)
        full = self.ctx.names.full.get(normalize(tokens[-1]) if tokens else "", [])
        # ("May said" when the text names Brian May: his surname, not the month or the modal)
        known = (run in full or opens_name(tokens) or (len(tokens) == 1 and run[:1].isupper() and len(full) == 1)
                 # ("Will said" when the text names Will Smithson: his first name, not the modal)
                 or (len(tokens) == 1 and run.lower() in NAME_CAPABLE and run[:1].isupper()
                     and len(self.ctx.names.firsts.get(normalize(run), ())) == 1
                     and not re.search(LONE_FIRST_NAME + re.escape(run) + r"\b(?![^\S\n]+[A-Z])", self.text[: self.sentence_at]))
                 or (len(tokens) >= 2 and tokens[0].lower() in NOT_NAMES and tokens[0].lower() not in CALENDAR_WORDS
                     and not any(t.lower() in FIRST_NAMES for t in tokens) and self.named_mid_sentence(run)))
        while not known and tokens and tokens[0].lower() in NOT_NAMES and tokens[0].lower().rstrip(".") not in HONORIFICS:
            tokens = tokens[1:]
        if not known and len(tokens) >= 2 and ADVERB_RE.match(tokens[0]) and tokens[0].lower() not in FIRST_NAMES:
            tokens = tokens[1:]  # "Consequently Almunia concludes": the sentence's adverb, then the name
        if not tokens or tokens[0] in STORM_WORDS:
            return None  # ("Hurricane Dorian strengthened": a storm, nobody who speaks)
        if len(tokens) == 1 and tokens[0] in NEWS_OUTLETS and not self.ctx.names.full.get(normalize(tokens[0])) \
                and self.ctx.names.canonical(tokens[0]) == tokens[0]:  # (not "Metro said" for the producer Metro Boomin)
            # "According to Metro": a paper (named as fully as the text names it: "Xinhua News Agency")
            return Ref(self.ctx.names.org_canonical(tokens[0]), "org", surface=run, confidence=confidence - 0.1)
        if len(tokens) >= 2 and tokens[0].lower() in PARENT_STYLES:
            tokens = tokens[1:]  # "Mum Tanya said": her name after what her family calls her
        if names_a_law(tokens, self.text):
            return None  # ("Whilst the Equality Act may be imperfect": a law, which speaks for nobody)
        run = " ".join(tokens)
        if (owner := organization_before_person(run, self.text)) is not None:
            # "Homelessness Australia Kate Colvin said" after "a report by Homelessness Australia":
            # an organization the text names alone, running into the person who speaks for it
            owner_name, name = owner
            ref = self.person_ref(name, confidence)
            if ref is not None and ref.kind == "person" and ref.name:
                ref.organization = ref.organization or self.ctx.names.org_canonical(owner_name)
                return ref
        title, name = split_title(run)
        if title and name.split()[0] in ("of", "for"):
            # "THE OUTGOING State Solicitor for Limerick": an office and its domain, a person we
            # cannot name (whom a later "he" means too)
            return Ref(None, "person", title=title, surface=run, confidence=0.3)
        if (title and " " not in name and (office := OFFICE_OF_TAIL_RE.search(title)) is not None
                and office.group("head").lower() in TITLE_HEADS
                and (name.lower() in OFFICE_DOMAINS or title.split()[-1].lower() not in OFFICE_DOMAINS
                     and all(full.split()[0] == title.split()[-1] for full in self.ctx.names.full.get(normalize(name), [])))):
            # "the Prime Minister and Minister of Foreign Affairs explained", "The Moderator of the
            # General Assembly … urged": an office whose domain's last word is no surname (a
            # domain word, or the domain goes on and the only full name the text gives the word
            # is the domain's own; not "Minister for Justice McEntee"); its holder as the text gave them
            return _described(self.holder_of(office.group("head").lower(), f"{title} {name}".lower()), run)
        if title and " and " in title:
            before_and = title.split(" and ")[0].split()
            if len(before_and) >= 2 and before_and[-2].lower() in FIRST_NAMES and before_and[-1][:1].isupper():
                # "Woollahra councillor Harriet Price and Hunters Hill Mayor Zac Miles told": two
                # titled people, neither alone (an office may hold an "and": "Secretary of Health
                # and Human Services Xavier Becerra")
                return Ref(None, "collective", surface=run, confidence=0.3)
        stripped = strip_leading_adj(name)
        if len(stripped.split()) >= 2 or (stripped and len(name.split()) == 2 and not stripped.split()[0][0].isupper()):
            if title is None and stripped != name:
                title = name[: len(name) - len(stripped)].strip()
            name = stripped
        if not known:  # ("New Line", written so mid-sentence too, keeps its "New")
            name = " ".join(trim_name(name.split(), after_office=bool(title and title.split()[-1].lower() in TITLE_HEADS))) or name
        known_full = self.ctx.names.full.get(normalize(name.split()[-1]), []) if name else []
        if len(name.split()) >= 3 and name not in known_full and (
                tail := max((full for full in known_full if name.endswith(" " + full) and self.office_before(name[: -len(full)])),
                            key=len, default=None)):
            # "Youngsters Ben Hudell", "Minister for Infrastructure, Transport and Regional
            # Development Barnaby Joyce": the name the scan read
            name = tail
        elif (len(name.split()) == 2 and name not in known_full and len(known_full) == 1
              and name.split()[0].lower() not in FIRST_NAMES and name.split()[0].lower().rstrip(".") not in HONORIFICS
              and not name.split()[0].isupper()):
            name = name.split()[1]  # "Matchwinner Keane" with Robbie Keane named: a description, then his surname
        if len(name.split()) >= 3:
            name = self.ctx.names.trim_lead(name)
            lead, rest = split_title(name)
            if lead is not None and title is None:
                title, name = lead, rest  # "Yorker Dick Morris" once "New" is gone
        if is_org_name(name) and not self.ctx.names.surname_not_org(name):
            full = name
            if name.isupper():
                full = self.ctx.names.expand_acronym(name) or name
            return Ref(self.ctx.names.org_canonical(full), "org", surface=run, confidence=confidence)
        if " and " in name or " & " in name:
            # "Caitlyn Smith and Kate York said": two people, neither alone
            return Ref(None, "collective", surface=run, confidence=0.3)
        bare, gender = strip_honorific(name)
        if not bare or place_adjective(bare.split()):
            return None
        if HYPHENATED_DESCRIPTOR_RE.fullmatch(bare):
            # "High-ranking diplomats … said": people described, nobody named
            return Ref(None, "collective", surface=run, confidence=0.3)
        if bare.lower() in NOT_NAMES and not known:
            return None
        if " " not in bare and not known and bare.lower().endswith(ADVERB_ENDINGS) and not self.ctx.names.is_person(bare):
            return None  # "Ultimately, Dr Frasca sees …": an adverb opening the sentence
        canonical = self.ctx.names.canonical(bare)
        if (title and " " not in bare and bare.lower() in FIRST_NAMES and canonical.startswith(bare + " ")
                and not gender and title.split()[-1].split("-")[-1].lower() in MONARCH_TITLES):
            # "ex-King Michael of Romania" after "Michael Ancram": a title before a first name
            # alone names a monarch (or a pope) by that style, not the one Michael the text named
            canonical = f"{title.split('-')[-1]} {bare}"
        canonical_words = canonical.split()
        if (len(canonical_words) >= 2 and not gender
                and (canonical_words[0] in COUNTRY_ACRONYMS or canonical_words[0].lower() in COUNTRIES)
                and not any(w.lower() in FIRST_NAMES for w in canonical_words)
                and not self.ctx.names.gender_of(canonical) and normalize(canonical) not in self.ctx.names.titled
                and not (title and title.split()[-1].lower() in TITLE_HEADS)):
            # "UK Coal said", "British Gas said": a company named after its country, no person
            # ("Mayor London Breed": a title makes a person of a name that opens with a city)
            return Ref(self.ctx.names.org_canonical(canonical), "org", surface=run, confidence=confidence - 0.1)
        if bare.lower() in COUNTRIES and (canonical == bare or canonical.split()[0].lower() not in FIRST_NAMES):
            # "Australia said", "Moscow said": a country or capital speaking as its government
            return Ref(bare, "org", surface=run, confidence=confidence - 0.15)
        if len(bare.split()) == 1:
            if self.ctx.names.ambiguous(bare):
                # two people share the surname: the one in focus lately ("Writer Tony Cowell is
                # among the judges … said Cowell"), else nobody for sure
                key = normalize(bare)
                other = "m" if gender == "f" else None
                # (of a family, one the honorific fits: "Nikki Black’s brother Phillip … ¶ Miss Black said";
                # "Mr" passes over no one in focus: lists take first names women share for women's,
                # "Hilary Benn")
                recent = next((r for r in reversed(self.ctx.focus[-10:]) if r.kind == "person" and r.name
                               and key in (normalize(r.name.split()[-1]), normalize(r.name.split()[0]))
                               and (other is None or first_name_gender(r.name) != other)), None)
                family = self.ctx.names.full.get(key, [])
                fitting = ([c for c in family if first_name_gender(c) == gender]
                           if gender and all(first_name_gender(c) or c.split()[0].lower() not in FIRST_NAMES for c in family)
                           else [])  # (each a known gender, or a peer's style: "Hague of Richmond")
                canonical = (recent.name if recent is not None else fitting[0] if len(fitting) == 1
                             else self.ctx.names.introduced_before(bare, self.sentence_at))
                if canonical is None:
                    return Ref(None, "unknown", surface=run, confidence=0.3)
                confidence -= 0.1
            if canonical == bare and bare in self.ctx.names.acronyms:
                # "Segas said" after "the Greek Athletics Federation (Segas)"
                return Ref(self.ctx.names.acronyms[bare], "org", surface=run, confidence=confidence - 0.05)
            if canonical == bare:
                org = self.ctx.names.org_canonical(bare)
                if org != bare and is_org_name(org):
                    # "Cairn said" where the document names Cairn Energy: the company
                    return Ref(org, "org", surface=run, confidence=confidence - 0.1)
                confidence -= 0.1
        if title and canonical.split()[-1] in title.split():
            title = None  # ("Rt Rev Dr Tom Wright" read as a title: honorifics and the name itself)
        ref = Ref(canonical, "person", title=title, surface=run, confidence=confidence)
        ref.gender = gender or self.ctx.names.gender_of(canonical)
        earlier = self.ctx.titles_seen.get(normalize(canonical))
        if title:
            self.ctx.titles_seen.setdefault(normalize(canonical), (title, None))
        elif earlier:
            ref.title, ref.organization = earlier
        elif canonical in self.ctx.names.appositions:
            # "Ron Hampton, president of Black Law Enforcement in America," earlier in the text
            ref.title, ref.organization = self.ctx.names.appositions[canonical]
        self.ctx.surfaces.setdefault(canonical, set()).update({canonical, bare})
        return ref

    @functools.cached_property
    def no_other_minister(self) -> bool:
        """The text calls no one a minister but as "the minister" ("Saudi Arabia's energy minister,
        Prince …", "EAM S Jaishankar", "Raksha Mantri"): a British secretary of state may be the
        minister then."""
        return all(self.text[max(0, m.start() - 4) : m.start()].lower() == "the "
                   for m in re.finditer(r"(?i)\bminister\b|\bEAM\b|\bMantri\b", self.text))

    def of_party(self, name: str, party: str) -> bool:
        """The text gives the person no party, or this one ("Tory" and "Conservative" are one),
        in the titles it gives them ("Labour MP Rachel Hopkins", "Reform UK MP Richard Tice")."""
        same = PARTY_SYNONYMS.get(party.lower(), {party.lower()})
        given = {w for _, held_by, words in self.title_holders() if held_by == name for w in words} & ALL_PARTY_WORDS
        given |= {w.lower() for w in PARTY_NAMES if w.lower() not in same and self.described_as(name, w)}  # ("Labour’s Rachel Hopkins")
        return not given or bool(given & same)

    def people_close_to(self, name: str) -> bool:
        """A name read from "Friends of Boris Johnson", "Lawyers for Chidi Okafor": people close to
        a person, no one person (but "Friends of the Earth" is a body)."""
        words = name.split()
        if len(words) < 3 or words[1] not in ("of", "for", "to"):
            return False
        return (words[1] != "of" and (words[0].lower() in COLLECTIVE_HEADS or words[0].lower() in ("solicitors", "allies", "colleagues"))
                or self.ctx.names.is_person(" ".join(words[2:])))

    def untitled_last_speaker(self, head: str | None = None) -> Ref | None:
        """The person the last sentence was about, when they just spoke (a cue named them) and the
        text gives them no title at all, or only a former one (not of this office: "Former Tory
        leader Iain Duncan Smith" is no "Conservative leader"), with nobody else named in full
        (after "Ex-Conservative MP Piers Merchant has joined UKIP, Roger Knapman announced" "the
        UKIP leader" may be either); else None."""
        person = self.last_subject()
        if person is None or person.name in self.titled_names():
            return None
        former = [words for _, name, words in self.title_holders() if name == person.name]
        if former and ((head is not None and any(head in words for words in former))
                       or any(name != person.name and self.text.find(name, 0, self.sentence_at) >= 0
                              for names in self.ctx.names.full.values() for name in names if " " in name)):
            return None
        if self.sentence_at - self.text.rfind(person.name.split()[-1], 0, self.sentence_at) > 400:
            return None  # named too long ago to be described in passing now
        return speaking_as(person, None, 0.6)

    def noun_then_verb(self, frame: str, sent_start: int, cue_start: int, cue_end: int) -> bool:
        """A cue word that is a plural noun here: one opening word that is an adjective or a
        source's kind, no person's name, before it ("Initial reports", "Media reports"), and a
        past tense after it ("classified", "said"); "Reuters reports increased sales" stays a cue."""
        lead = LONE_OPENER_RE.fullmatch(frame, sent_start, cue_start)
        after = PAST_AFTER_RE.match(frame, cue_end) if lead is not None else None
        if after is None:
            return False
        verb, opener = after.group(1), lead.group(1)
        return ((verb.endswith("ed") or verb in IRREGULAR_PAST or verb == "said")
                and (opener.lower() in COMMON_WORDS or opener.lower() in NEWS_SOURCE_WORDS or ADJECTIVE_FORM_RE.search(opener) is not None)
                and not self.ctx.names.is_person(opener))

    def acronym_union(self, acronym: str) -> bool:
        """Initials "the union" may stand for: spelled out with a union's word ("United Auto
        Workers (UAW)"), or called a union somewhere ("the RMT union")."""
        full = self.ctx.names.expand_acronym(acronym)
        if full and {w.lower() for w in full.split()} & HEAD_FITS["union"]:
            return True
        return self.described_as(acronym, "union")

    def described_as(self, org: str, word: str) -> bool:
        """The text calls the organization (or person) by the word somewhere before ("Australian
        builder Multiplex", "Multiplex, the Australian firm", "Labour MP Derek Wyatt"): "the
        Australian firm", "the MP for …" may then be them."""
        first = org.split()[0]
        at = self.text.find(first, 0, self.sentence_at)
        while at >= 0:
            before = SENTENCE_BREAK_RE.split(self.text[max(0, at - 40) : at])[-1]
            after = SENTENCE_BREAK_RE.split(self.text[at : at + len(org) + 40])[0]
            if word in before or word in after:
                return True
            at = self.text.find(first, at + 1, self.sentence_at)
        return False

    def company_named(self, name: str) -> bool:
        """The text puts a business's descriptor right before the name ("water firm Aguas
        Argentinas", "retailer Laura Ashley"): a company, whatever its name looks like."""
        for at in word_positions(self.text, name):
            before = self.text[max(0, at - 30) : at].split()
            if (before and before[-1].lower() in FIRM_DESCRIPTORS and before[-1].lower() not in ("group", "giant")
                    and name.split()[0].lower() not in FIRST_NAMES  # (not "basketball giant Yao Ming")
                    and not (DEFINITE_DESCRIPTOR_RE.search(" ".join(before[-4:]))
                             and CONTACT_CLAUSE_RE.match(self.text, at + len(name)))):
                # (not "the conglomerate Mukesh Ambani controls": the firm he controls; but "Russian
                # oil firm Yukos lied" is the firm)
                return True
        return False

    def reported_by(self, name: str) -> bool:
        """The text gives the name as a news source: "the Irish Times reported", "according to the
        Guardian", "The Guardian reports", "…, the BBC can reveal." (looked up once a name; not "News UK can
        reveal that its plant will shut": its own news)."""
        cache = self.__dict__.setdefault("_reported_cache", {})
        if name not in cache:
            cache[name] = re.search(rf"(?:\b{re.escape(name)}\s+(?:(?:has\s+)?(?:reports|reported)\b{NOT_RESULTS}|can\s+(?:reveal|disclose)\s*[.,;])"
                                    rf"|\baccording\s+to\s+(?:the\s+)?{re.escape(name)}\b)", self.text, re.I) is not None
        return cache[name]

    def called_outlet(self, name: str) -> bool:
        """The text calls the name a news outlet or an agency right before it: "according to news
        outlet Delfi", "The agency Conceivabilities says"."""
        return any(OUTLET_BEFORE_RE.search(self.text, max(0, at - 24), at) for at in word_positions(self.text, name))

    def org_descriptor_before(self, name: str) -> bool:
        """The text calls the name an organization somewhere: a noun right before it ("oil firm
        Yukos", "gas giant Yukos's"), right after it ("the Titan corporation") or ending an
        apposition ("Allianz, a leading German insurer,")."""
        known = self._called_org.get(name)
        if known is not None:  # (asked for each "it" while the name stays in focus: search once)
            return known
        text = self.text
        found = False
        for named in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text):
            at = named.start()
            before = text[max(0, at - 30) : at].split()
            after = ORG_APPOSITION_RE.match(text, at + len(name))
            if (before and before[-1] in ORG_DESCRIPTOR_WORDS) or (
                    after is not None and (after.group("head") or after.group("head2")) in ORG_DESCRIPTOR_WORDS):
                found = True
                break
        self._called_org[name] = found
        return found

    def lede_office_holder(self, head: str) -> Ref | None:
        """The lede's subject, for an office the text gives nobody and a story's subject may hold
        (LEDE_OFFICE_HEADS): when the lede opened on a person named in full whom the text gives
        no title, and no other untitled person has been named since (then "the prime minister"
        could be either). One office per person: after "the chancellor" was them, "the premier"
        is someone else."""
        if self.ctx.lede_span is None or head not in LEDE_OFFICE_HEADS:
            return None
        lede, lede_end = self.lede_subject(), self.ctx.lede_span[1]
        titled = self.titled_names()
        if (lede is None or lede.kind != "person" or not lede.subject or not lede.name
                or len(lede.name.split()) < 2 or lede.title or lede.name in titled
                or self.ctx.lede_office not in (None, head) or self.titled_otherwise(lede, head)):
            return None
        for names in self.ctx.names.full.values():
            for name in names:
                if (name != lede.name and name not in titled and " " in name
                        and self.text.find(name, lede_end, self.sentence_at) >= 0):
                    return None
        self.ctx.lede_office = head
        return speaking_as(lede, None, 0.6, title=None)

    def lede_org(self) -> str | None:
        """The organization the story is about, when its lede opens on it ("Shares in Cairn Energy
        have jumped …", "Bookmaker William Hill has stopped …", "Cairn Energy has …"):
        whom a "the company said" means that no organization in focus answers. Nobody when the
        lede opens on a person, a place, or two organizations ("Sony and Philips have …")."""
        if self._lede_org is not None:
            return self._lede_org or None
        if self.ctx.lede_span is not None:
            start, end = self.ctx.lede_span
        else:  # still reading the lede: its own paragraph
            start, end = self.base, self.base + len(getattr(self, "frame", ""))
        found = None
        m = LEDE_ORG_RE.match(self.text, start, end)
        if m is not None:
            words = m.group("name").split()
            described = (bool(m.group("desc").split()) and m.group("desc").split()[-1].lower() in FIRM_DESCRIPTORS
                         or m.group("appos") in FIRM_DESCRIPTORS)
            while len(words) > 1 and words[0].lower() in FIRM_DESCRIPTORS:
                words, described = words[1:], True  # "Bookmaker William Hill": a firm, though named like a man
            name = " ".join(words)
            names = self.ctx.names
            first = words[0]
            # what makes the opening words a business: a descriptor ("drinks group Diageo"), its
            # shares, or an organization's word in the name; a lone capitalised word may be any
            # noun ("Inflation has risen", "Campaigners have attacked", "Basra …")
            businesslike = described or bool(m.group("shares")) or (is_org_name(name) and words[-1].lower() not in TITLE_HEADS)
            if (businesslike and first.lower() not in NOT_NAMES and name.lower() not in COUNTRIES and name not in COUNTRY_NAMES
                    and (described or not (first.lower() in FIRST_NAMES or first in NATIONALITIES
                                           or names.is_person(names.canonical(name))))):
                found = names.org_canonical(name)
        self._lede_org = found or ""
        return found

    def lede_subject(self) -> Ref | None:
        """The person named in full who opens the lede as the one acting ("Tony Blair has backed
        …", "Liverpool legend Phil Thompson has pleaded …") or closes it as its speaker ("…, Alun
        Michael has said."): whom the story is about. Nobody when the lede is a byline, names a
        second person, or has its person acted upon ("John Smith has been jailed")."""
        if self.ctx.lede_subject is not None:
            return self.ctx.lede_subject or None
        start, end = self.ctx.lede_span
        lede_text = self.text[start:end]
        speaker = opener = None
        named = 0  # untitled people the lede names: with two, an office could be either's
        titled = self.titled_names()
        if not BYLINE_RE.match(lede_text):
            for key, names in self.ctx.names.full.items():
                for name in names:
                    at = lede_text.find(name) if " " in name and self.person_named(key, name) else -1
                    if at < 0:
                        continue
                    named += name not in titled
                    if at == 0 or LEDE_DESCRIPTOR_RE.fullmatch(lede_text, 0, at):
                        if not PASSIVE_AFTER_RE.match(lede_text, at + len(name)):
                            opener = name
                    elif LEDE_TRAILING_CUE_RE.match(lede_text, at + len(name)):
                        speaker = name  # ("George W Bush will …, Tony Blair has said": the speaker)
        name = (speaker or opener) if named <= 1 else None
        ref = self.person_ref(name) if name else None
        self.ctx.lede_subject = ref if ref is not None and ref.kind == "person" and ref.name == name else False
        return self.ctx.lede_subject or None

    def person_named(self, key: str, name: str) -> bool:
        """A person's name, by its first name ("Labour MPs" is none)."""
        return key in self.ctx.names.gender or name.split()[0].lower() in FIRST_NAMES

    def last_subject_titled(self, head: str) -> Ref | None:
        """The last sentence's named subject, when the text gave them a title with this head
        ("Labour MP Derek Wyatt …. The MP for Sittingbourne said")."""
        person = self.last_subject()
        if person is None or not any(name == person.name and head.lower() in words
                                     for _, name, words in self.title_holders()):
            return None
        return speaking_as(person, None, 0.6)

    def last_subject(self) -> Ref | None:
        """The named person who was the last sentence's subject or speaker, if one was."""
        focus = self.ctx.focus
        if not focus or focus[-1].kind != "person" or not focus[-1].name or not focus[-1].subject:
            return None
        return focus[-1]

    def national_of(self, demonym: str) -> Ref | None:
        """The one person named so far right after the nationality ("American Andy Roddick",
        "New Zealander Peter Jackson") or with it in apposition ("Roddick, the American,")."""
        people = set()
        text, end = self.text, self.sentence_at
        at = text.find(demonym, 0, end)
        while at >= 0:  # plain finds, then the name patterns compiled once
            runs = []
            if not text[at - 1 : at].isalnum():
                after = NAME_AFTER_WORDS_RE.match(text, at + len(demonym), end)
                runs.append(after.group("run") if after else None)
            if text[max(0, at - 6) : at] == ", the ":
                before = NAME_END_RE.search(text, max(0, at - 86), at - 6)
                runs.append(before.group("run") if before else None)
            for run in runs:
                bare = self.bare_name(run) if run else None
                if bare and self.ctx.names.is_person(self.ctx.names.canonical(bare)):
                    people.add(self.ctx.names.canonical(bare))
            at = text.find(demonym, at + 1, end)
        if len(people) != 1:
            return None
        ref = self.person_ref(people.pop(), 0.7)
        return ref if ref is not None and ref.kind == "person" else None

    def signer(self, frame: str, at: int, end: int) -> tuple[Ref, int] | None:
        """(the one person who signed the document just named, where the phrase ends): ", which
        was signed by John Morton" (not "signed by Google and Microsoft engineers")."""
        signed = SIGNED_BY_RE.match(frame, at, end)
        ref = self.subject_from_run(signed.group("run")) if signed else None
        if ref is None or ref.kind != "person" or not ref.name:
            return None
        return ref, signed.end()

    def national_otherwise(self, name: str, demonym: str) -> bool:
        """The text gives the person another country: "Kazakhstan's Elena Sokolova", "Kazakh
        Elena Sokolova" (for "the American")."""
        return any(not _same_nationality(other, demonym) for other in self.nationalities_given(name))

    def nationalities_given(self, name: str) -> list[str]:
        """The countries the text gives the person before their name ("Spain's Elena Sokolova",
        "Kazakh Elena Sokolova"), as demonyms."""
        found = []
        for at in word_positions(self.text, name, 0, self.sentence_at):
            before = OWNER_OR_DEMONYM_END_RE.search(self.text, max(0, at - 40), at)
            if before is None:
                continue
            word = before.group("word")
            other = COUNTRY_DEMONYMS.get(word.lower()) if word.lower() in COUNTRIES else (
                word.lower() if word in NATIONALITIES else None)
            if other:
                found.append(other)
        return found

    def persons_named_in(self, text: str) -> int:
        """How many capitalised runs in `text` the document makes a person's name."""
        names = self.ctx.names
        return sum(names.is_person(names.canonical(m.group())) for m in NAME_RUN_RE.finditer(text))

    def possessive_name(self, name: str) -> bool:
        """The text never writes the name without its "'s" ("Sainsbury’s", "McDonald's"), and it is
        no person's, no acronym and no pronoun: a firm's name, not an owner ("Bellamy's claim")."""
        bare = name[:-2]
        first = bare.split()[0]
        if bare.isupper() or first in ("The", "It", "He", "She", "This", "That") or first.rstrip(".") in HONORIFICS:
            return False
        if self.ctx.names.full.get(normalize(bare.split()[-1])):
            return False
        return all(self.text[at + len(bare) : at + len(bare) + 2] in ("'s", "’s") for at in word_positions(self.text, bare))

    def named_mid_sentence(self, run: str) -> bool:
        """The text also writes `run` after a lower-case word ("film studio New Line expressed
        concern"): its first word belongs to the name even where a sentence starts with it."""
        found = self._mid_sentence.get(run)
        if found is None:
            text = self.text
            found = self._mid_sentence[run] = any(
                text[at - 1 : at].isspace() and (before := text[max(0, at - 3) : at].rstrip())
                and (before[-1].islower() or before[-1] == ",") for at in word_positions(text, run))
        return found

    def styled_one(self, style: str, surface: str, confidence: float) -> Ref:
        """Whom an honorific alone stands for ("the Professor said", "the Lady added"): the one
        person named with it before, else nobody (a style is no name). "The Lord" and "the
        Father" may be God ("the Lord says in the passage" of Isaiah): nobody."""
        if style.lower() in ("lord", "father"):
            return Ref(None, "person", surface=surface, confidence=0.3)
        styled = {self.ctx.names.canonical(m.group(1)) for m in
                  re.finditer(rf"\b{re.escape(style)}\s+((?:[A-Z][\w’'-]+\s+)*[A-Z][\w’'-]+)", self.text[: self.sentence_at])}
        if len(styled) == 1 and (ref := self.person_ref(styled.pop(), confidence)) is not None and ref.kind == "person":
            return speaking_as(ref, surface, confidence - 0.15)
        return Ref(None, "person", surface=surface, confidence=0.3)

    def pronoun_ref(self, pronoun: str, until: int | None = None) -> Ref | None:
        """Whom a pronoun means; `until`, where it stands in the sentence being read (a name after it,
        "he said, stressing that Modi …", is no rival)."""
        kind = PRONOUNS.get(pronoun.lower())
        if kind in ("m", "f"):
            later = None  # the focus entry after this one
            for ref in reversed(self.ctx.focus[-6:]):
                if ref.kind == "person" and not ref.name:
                    if later is not None and later.kind == "person" and later.name and ref.surface == UNNAMED_SUBJECT:
                        # "A Highland councillor … defended him. Margaret Davidson, the member for
                        # …, said": the unnamed person, named in the very next sentence
                        later = ref
                        continue
                    if ref.organization:  # "he said" after "A spokesman for the BPI said": still unnamed
                        return Ref(None, "collective", organization=ref.organization, surface=pronoun, confidence=0.3)
                    return None  # the latest subject was a person we could not name: unknown
                later = ref
                if ref.kind != "person":
                    continue
                if ref.gender and ref.gender != kind:
                    continue
                if ref.gender is None and ref.name and (self.company_named(ref.name) or (
                        " " not in ref.name and not self.ctx.names.is_person(ref.name) and self.called_outlet(ref.name))):
                    # "water firm Aguas Argentinas … he added", "according to news outlet Delfi. “…,”
                    # he said": what the text calls a firm or an outlet is no "he"
                    continue
                if ref is not self.ctx.focus[-1] and self.rival_named(ref, kind, until):
                    # two men named in the paragraph, and "he" is not the latest sentence's
                    # subject: either could be meant, so nobody for sure
                    return None
                if (role := self.unnamed_role_before(kind)) is not None:
                    # the one the last sentence brought in by their role, whom the text never named
                    organization = ROLE_ORG_RE.match(self.text, role.end())
                    return Ref(None, "collective", surface=pronoun, confidence=0.3,
                               organization=organization.group("org") if organization else None)
                if ref.gender is None:
                    # "Staunton …, she said": the text has told us; a later "he" is someone else
                    ref.gender = kind
                    self.ctx.names.learn_gender(ref.name, kind)
                return speaking_as(ref, pronoun, 0.85)
            return None
        if kind == "it":
            if (self.statement_author and (author := self.statement_author[0]) is not None
                    and 0 < self.sentence_at - self.statement_author[1] < 400
                    and (self.ctx.focus and self.ctx.focus[-1].name == author.name)):
                # "Mr Crosby's statement said: “…” It added: “…”": the statement, its author's words
                return author_as(author, pronoun, 0.75)
            if (actor := self.previous_sentence_org()) is not None:
                return Ref(actor, "org", surface=pronoun, confidence=0.75)
            for ref in reversed(self.ctx.focus[-2:]):
                if ref.name and (ref.kind in ("report", "org") or self.nameless_one_word(ref, called_it=True)) \
                        and self.other_actor_before(ref.name):
                    return None  # "Archos also announced …. Microsoft also made …. It has agreed": not Archos
                if ref.kind in ("report", "org") and ref.name:
                    return Ref(ref.name, ref.kind, ref.title, ref.organization, pronoun, 0.8)
                if self.nameless_one_word(ref, called_it=True):
                    # "Microsoft said … it added"; "Russian oil firm Yukos called the sale illegal.
                    # It also said …": a one-word name with no sign of a person, that speaks or
                    # that the text calls an organization, is the organization "it" means
                    return Ref(ref.name, "org", None, None, pronoun, 0.75)
                break
            if not any(r.kind == "person" for r in self.ctx.focus[-1:]) and not self.ctx.report_title:
                # "It said …" with no report about: the only organization the text has named
                named = self.salient_org(None, self.sentence_at)
                if named:
                    return Ref(named, "org", surface=pronoun, confidence=0.7)
        return None

    def family_of(self, run: str, before: str) -> str | None:
        """"the Bayfords", "The Robinsons": a family the text names by the plural of the surname
        of people it names in full, which no one of them speaks for alone (not "Williams"
        after Prince William: a surname, with no "the")."""
        bare = run[4:] if run[:4] in ("the ", "The ") else run
        if bare is run and not before.rstrip().endswith(("the", "The")):
            return None
        if " " in bare or not bare.endswith("s") or len(bare) < 4:
            return None
        stems = [bare[:-1]] + ([bare[:-2]] if bare.endswith("es") else [])
        return f"the {bare}" if any(self.ctx.names.full.get(normalize(stem)) for stem in stems) else None

    def names_a_place(self, run: str) -> bool:
        """Whether capitalised words before a body's common noun name where it is ("Suffolk
        County", "Danish", "West Mercia"), not the sentence's opener ("But", "On Monday",
        "Afterwards", "Neighbouring") or a person ("Smith"); one word is a place only where it is a
        nation's adjective (not "Immigration", "Tribal" or "Marine" police)."""
        words = run.split()
        if (len(words) >= 2 and words[-1] in PLACE_UNIT_WORDS and words[0].lower() not in TIME_OPENERS
                and not any(w.lower().rstrip(".") in HONORIFICS or w.lower() in TITLE_HEADS for w in words)):
            return True  # "Henry County", "Jersey City": a place, though its first word is a first name
        if words[0].lower() in POLICE_KINDS or words[0].lower() in TIME_OPENERS or words[0].endswith(("ing", "ed")) or any(
               w.lower() in COMMON_WORDS or w.lower() in CALENDAR_WORDS or w.lower() in FIRST_NAMES
               or w.lower().rstrip(".") in HONORIFICS or w.lower() in TITLE_HEADS for w in words) \
                or self.ctx.names.is_person(run.strip()):
            return False
        return len(words) > 1 or nationality_word(words[0])

    def office_before(self, lead: str) -> bool:
        """Whether the words left before a known full name are a word or an office's tail, its
        domain ("Youngsters", "Transport and Regional Development"), not a list ("Susie Wiles
        and"), the start of the name itself ("Prince Abdulaziz bin") or another person ("Zuluaga
        and Conservative", "Trump and Republican")."""
        words = lead.split()
        return len(words) == 1 or (words[-1].lower() in OFFICE_DOMAINS and any(w.islower() for w in words)
                                   and not any(w in PARTICLES or self.ctx.names.full.get(normalize(w)) for w in words))

    def defined_company(self, surface: str) -> Ref | None:
        """The company a press release defines as "the Company" ('Acme Holdings plc ("Acme" or
        "the Company")'), if it does."""
        if "_defined_company" not in self.__dict__:  # (read once per document)
            defined = COMPANY_DEFINED_RE.search(self.text) if "Company" in self.text else None
            words = defined.group("name").split() if defined else []
            while words and (words[0].lower() in COMMON_WORDS or words[0].lower() in CALENDAR_WORDS):
                words = words[1:]  # ("Today Acme Holdings plc (the “Company”)": the sentence's opener)
            self._defined_company = self.ctx.names.org_canonical(" ".join(words)) if words else None
        return Ref(self._defined_company, "org", surface=surface, confidence=0.85) if self._defined_company else None

    def nominal_ref(self, match: re.Match, in_passing: bool = False) -> Ref:
        """Whom a noun phrase ending in a speaker's noun stands for; `in_passing` when it is the
        source an "according to" names, which names the organization rather than describes it."""
        sectors: set[str] = set()  # the sector words of a description read as the organization in focus
        head = match.group("head").lower()
        det = match.group("det").lower()
        if match.group("head") == "Company" and det == "the" and not match.group("body") \
                and (defined := self.defined_company(match.group(0).strip())) is not None:
            return defined  # ("the Company said" in a release that defines it)
        if det.startswith("the "):
            det = "the"  # "the world's premier batsman": the article's, no owner who speaks
        body = (match.group("body") or "").strip()
        phrase = f"{body} {head}".strip()
        org = match.group("org")
        owner = None
        if det.endswith(("'s", "’s")) and det not in ("today's", "today’s"):
            owner = match.group("det")[:-2]
        if det == "the" and head in ("pontiff", "pope") and all(w[:1].isupper() for w in body.split()):
            # "the pontiff wrote", "the Coptic pope said": the pope the text names ("Pope Francis"),
            # by the words it gave him when it names several ("Coptic Pope Tawadros II"; not "the
            # German pope" for Francis when Benedict XVI is named too)
            popes = {name for names in self.ctx.names.full.values() for name in names
                     if name.startswith("Pope ") or body and REGNAL_NUMBER_RE.fullmatch(name.split()[-1])}
            if body and len(popes) > 1:
                popes = {name for name in popes if f"{body} {name}" in self.text}
            popes -= {p for p in popes if any(o.startswith(p + " ") for o in popes)}  # ("Pope Leo" of Pope Leo XIV)
            if len(popes) == 1 and (pope := self.person_ref(popes.pop())) is not None and pope.kind == "person":
                return speaking_as(pope, match.group(0).strip(), 0.8)
        if det == "the" and (AGE_HEAD_RE.match(head) or (head in TITLE_HEADS and AGE_HEAD_RE.match(body))):
            # "the 34-year-old told …": the person the last sentence was about ("Molik won. She
            # will now meet Venus Williams. “…,” said the 23-year-old"), else the last one named
            ref = self.last_subject()
            if ref is None and (ref := self.last_person()) is not None:
                previous = self.previous_sentence_start()
                if (PRONOUN_LEAD_RE.match(self.text, previous)
                        and self.text.find(ref.name.split()[-1], previous, self.sentence_at) >= 0):
                    # "She will now meet Venus Williams. “…,” said the 23-year-old": she, not the
                    # person the sentence about her names
                    ref = None
            if ref is not None:
                return speaking_as(ref, match.group(0).strip(), 0.75)
            return Ref(None, "collective", surface=match.group(0).strip(), confidence=0.3)
        if head == "statement" and det in ("a", "an", "the") and (named := ORG_BODY_RE.fullmatch(body)) is not None:
            # "…, a Holcim statement said": the organization whose statement it is, when the text
            # shows it is one ("cement firm Holcim"); not "a Mourinho statement" or "an Israeli
            # statement", nor an acronym's ("An IAAF statement said"), which has a reading of its own
            name = named.group(1)
            if (not name.isupper() and not self.ctx.names.is_person(self.ctx.names.canonical(name))
                    and (self.company_named(name) or is_org_name(self.ctx.names.org_canonical(name)))):
                return Ref(self.ctx.names.org_canonical(name), "org", surface=match.group(0).strip(), confidence=0.75)
        if head in TITLE_HEADS and head not in ("police",) and (
                det == "the" or owner or det == "our" and head in ("correspondent", "reporter", "editor")):
            # ("said our correspondent": the correspondent the story names, "BBC labour affairs
            # correspondent Stephen Cape", if it names one)
            # "the minister", "France's finance minister", "the 47-year-old director", "the
            # spokeswoman", "the Lions coach": the person the text gave that title (all its words)
            holder = self.holder_of(head, body, owner)
            if holder is not None:
                holder.surface = match.group(0).strip()
                return holder
            if head in DESCRIPTIVE_ROLES and det == "the" and not body and unnamed_introduced(head).search(
                    self.text, 0, self.sentence_at):
                # "One player, who was at the table, told …. “…,” the player said": the unnamed one
                return Ref(None, "collective", surface=match.group(0).strip(), confidence=0.3)
            if head in DESCRIPTIVE_ROLES and det == "the" and (ref := self.story_subject(match.group(0).strip())):
                # "the defender said", "said the Liverpool player": a role that describes the
                # person the story is about ("the Labour leader" is an office the text gave nobody)
                return ref
            if det == "the" and not body[:1].isupper() and (ref := self.lede_office_holder(head)) is not None:
                # "Tony Blair has backed the report. ¶ In a speech, the prime minister said …": news
                # copy names the story's subject in the lede, then calls them by their office
                ref.surface = match.group(0).strip()
                return ref
            if det == "the" and not body and (ref := self.lede_described_holder(head)) is not None:
                # "A coroner has issued a warning …. ¶ Guy Davies said …": the one the lede described
                ref.surface = match.group(0).strip()
                return ref
            if (det == "the" and LOWER_LEAD_RE.sub("", FORMER_RE.sub("", body))[:1].isupper() and head not in DESCRIPTIVE_ROLES
                    and (ref := self.untitled_last_speaker(head)) is not None):
                # "…, Michael Howard has said. ¶ “…”, the Conservative leader said": a party's or
                # organization's office the text gives nobody, right after a person it gives no
                # title spoke ("the home secretary" is an office of its own, someone else's)
                ref.surface = match.group(0).strip()
                return ref
        if (head in TITLE_HEADS and det in ("a", "an") and head not in DESCRIPTIVE_ROLES
                and (ref := self.named_next_as(head)) is not None):
            # "A British prosecutor said …": the person the next sentence names so
            ref.surface = match.group(0).strip()
            return ref
        if head == "office" and owner and not body and (person := self.subject_from_run(owner)) is not None \
                and person.kind == "person" and person.name:
            # "Mr Spitzer's office added": the office of the person the text names
            return Ref(f"{person.name}'s office", "org", surface=match.group(0).strip(), confidence=0.75)
        if head == "office" and det == "the" and body.rstrip().endswith(("'s", "’s")):
            if named := self.named_org(phrase):
                # "according to the sheriff's office": the Yavapai County Sheriff's Office the
                # text named, not the sheriff
                return Ref(named, "org", surface=match.group(0).strip(), confidence=0.75)
            if body[:1].isupper():
                # "the Johnson County sheriff’s office said": an office named by its place
                return Ref(phrase, "org", surface=match.group(0).strip(), confidence=0.75)
        if head in ("statement", "letter") and owner and not body and (
                author := self.subject_from_run(owner)) is not None and author.name and author.kind in ("person", "org"):
            # "Mr Crosby's statement said: “…” It added: “…”": the owner's words, and what "it"
            # (the statement) adds next
            self.statement_author = (author, self.sentence_at)
            return author_as(author, match.group(0).strip(), 0.8)
        if (head in ("statement", "letter") and det in ("his", "her") and not body
                and not STATEMENT_FROM_RE.search(self.text, max(0, self.sentence_at - 300), self.sentence_at)
                and (author := self.pronoun_ref("he" if det == "his" else "she")) is not None and author.name):
            # "“…,” his statement continued": the words of whom "his" means
            self.statement_author = (author, self.sentence_at)
            return author_as(author, match.group(0).strip(), 0.75)
        if head in STATEMENT_HEADS and det == "the" and (not body or body in ("news", "press")) and self.statement_author:
            # "“…,” the statement said" after "X said in a statement": X's statement
            author, at = self.statement_author
            if author is not None and self.sentence_at - at < 1500:
                return author_as(author, match.group(0).strip(), 0.75)
        if (head in ("statement", "letter", "report", "memo") and body and det in ("a", "an", "the")
                and (agency := NEWS_AGENCY_BODY_RE.fullmatch(body))):
            # "according to a Reuters news agency report": the agency's
            return Ref(self.ctx.names.org_canonical(agency.group(1)), "org", surface=match.group(0).strip(), confidence=0.8)
        issuer = re.sub(r"(?:\s+(?:news|press))+$", "", body)  # ("A Royal Caribbean news release said")
        if head in ("statement", "letter", "report", "memo", "release", "bulletin") and issuer and det in ("a", "an", "the") and all(
                w[:1].isupper() for w in issuer.split()) and len(issuer.split()) <= 5:
            # "An IAAF statement said", "a White House statement said": the organization's words
            name = issuer
            if name.isupper():
                name = self.ctx.names.expand_acronym(name) or name
            if is_org_name(name) or name.isupper() or self.company_named(name) or (
                    " " not in name and BRAND_CASE_RE.search(name) and not self.ctx.names.is_person(name)):
                # ("The Kobe Steel report said" after "Japanese steelmaker Kobe Steel"; "the USAFacts report")
                ref = Ref(self.ctx.names.org_canonical(name), "org", surface=match.group(0).strip(), confidence=0.85)
                self.statement_author = (ref, self.sentence_at)
                return ref
        if head in DOCUMENT_HEADS:
            if head == "report" and self.ctx.report_title and det in ("the", "this", "today's", "today’s", "its"):
                return Ref(self.ctx.report_title, "report", surface=match.group(0).strip(), confidence=0.85)
            if (head in ("report", "study", "survey", "review", "statement") and det in ("a", "an", "the") and body
                    and all(w[:1].isupper() for w in body.split())
                    and (is_org_name(body) or body in self.ctx.names.acronyms)):
                # "a Home Office report said", "the Nats statement added": the body that wrote it (not
                # "the Scouting Ireland report", which may be about the body, by someone else)
                return Ref(self.ctx.names.acronyms.get(body) or self.ctx.names.org_canonical(body), "org",
                           surface=match.group(0).strip(), confidence=0.75)
            if head in ("report", "survey", "study") and det in ("the", "this") and not body and (
                    author := self.report_author(head)):
                # "A National Audit Office report … says …. “…,” the report says": its author's words
                return Ref(author, "org", surface=match.group(0).strip(), confidence=0.7)
            return Ref(None, "collective", surface=match.group(0).strip(), confidence=0.3)
        if head in STATE_HEADS and (owner or det == "the") and (
                self.state_owner(owner or body.split(" ")[0]) or not owner and two_word_nation(body.split())):
            # ("the South Korean foreign ministry said": a nation's adjective in two words)
            # "Russia's foreign ministry said", "the French foreign ministry said", "Indonesia's
            # government confirmed": a state's institution speaking, named as the text names it
            name = f"{owner}'s {phrase}" if owner else phrase
            return Ref(name.replace("'s ", "’s ") if "’" in match.group("det") else name, "org",
                       surface=match.group(0).strip(), confidence=0.8)
        if (head in MEDIA_HEADS and det == "the" and (title := MEDIA_TITLE_RE.fullmatch(body))
                and not PLACE_PREPOSITION_RE.search(match.string, 0, match.start("det"))):
            # "the China Daily newspaper said", "the Hollywood Reporter trade newspaper": the title
            # is the name, the noun says what it is (not "quoted in the Herald newspaper saying": a
            # preposition's object)
            if (title.group(1) == body or " " in title.group(1)) and not (" " not in body and nationality_word(body)):
                # (not "the Beijing evening newspaper", nor "The Japanese newspaper": its country)
                return Ref(self.ctx.names.org_canonical(title.group(1)), "org", surface=match.group(0).strip(), confidence=0.85)
        if (head in NAME_END_HEADS and det == "the" and body[:1].isupper() and not self.state_owner(body.split()[0])
                and not is_region(body)):  # (not "the Colorado centre": a place's, whose name the text gave)
            # "The Votes at 16 alliance said": the body's name, its kind in lower case
            return Ref(f"{body} {head}", "org", surface=match.group(0).strip(), confidence=0.8)
        if head in ORG_HEADS and det == "the" and body and all(w[:1].isupper() for w in body.split()):
            acronyms = [w for w in body.split() if w.isupper() and len(w) > 1]
            if len(acronyms) == 1 and (full := self.ctx.names.expand_acronym(acronyms[0])) is not None:
                # "the Paris-based IEA watchdog" after "the International Energy Agency (IEA)":
                # the organization the acronym stands for, described
                return Ref(full, "org", surface=match.group(0).strip(), confidence=0.8)
            if head == "group" and body.split()[-1] in NAMED_GROUP_WORDS:
                # "The Anti-Phishing Working group reported": a group's own name, not a
                # description of the organization in focus
                return Ref(f"{body} {head}", "org", surface=match.group(0).strip(), confidence=0.75)
            national = any(self.state_owner(w) or w.isupper() for w in body.split())
            if (head in ("regulator", "watchdog") and " " not in body and self.state_owner(body)
                    and (named := self.salient_org(head, self.sentence_at)) is not None and self.named_with_country(named, body)):
                # "Ireland’s Data Privacy Commissioner (DPC) … ¶ The Irish regulator said": the
                # regulator the text named with that country (not "the US regulator" for the
                # Competition and Markets Authority, which the text gives no country)
                return Ref(named, "org", surface=match.group(0).strip(), confidence=0.75)
            if head in MEDIA_HEADS and " " not in body and nationality_word(body):
                # "The Irish newspaper said" after the Irish Times: the paper of that country the
                # text named; "The Japanese newspaper said" after the Nikkei: none for sure
                named = next((name for _, name in reversed(self.org_mentions())
                              if name.split()[0] == body and self.reported_by(name)), None)
                if named is not None:
                    return Ref(named, "org", surface=match.group(0).strip(), confidence=0.7)
                return Ref(None, "collective", surface=match.group(0).strip(), confidence=0.3)
            if head in STATE_HEADS or national and head not in BUSINESS_HEADS:
                # "the US military said", "the British government said": the institution, named
                # ("the TSSA union" is the TSSA)
                name = body if head == "union" and " " not in body else f"{body} {head}"
                return Ref(name, "org", surface=match.group(0).strip(), confidence=0.8)
            if national:
                # "the Australian firm said": a business from there, no name; the one the last
                # sentence was about, if it was about one
                latest = self.ctx.focus[-1] if self.ctx.focus else None
                if (latest is not None and latest.kind == "org" and latest.name and not _org_class_clash(latest.name, head)
                        and self.described_as(latest.name, body.split()[0])
                        and (seen := self.text.rfind(latest.name, 0, self.sentence_at)) >= 0
                        and not MID_SENTENCE_NAME_RE.search(self.text, seen + len(latest.name), self.sentence_at)):
                    # (not "… says the GSA. At 3GSM, Siemens showed off …. The German company said")
                    return Ref(latest.name, "org", surface=match.group(0).strip(), confidence=0.7)
                return Ref(None, "collective", surface=match.group(0).strip(), confidence=0.3)
            if (head == "union" and not any(w.lower() in FIRST_NAMES for w in body.split())
                    and not self.ctx.names.is_person(body)):
                # "the Teamsters union said", "the Unite union": a union's name, then what it is
                # (a business's head takes a description of the one in focus: "the High Street retailer")
                # (one word is the name: "the Unite union" is Unite)
                name = body if " " not in body.strip() else f"{body} {head}"
                return Ref(self.ctx.names.org_canonical(name), "org", surface=match.group(0).strip(), confidence=0.8)
            if head == "charity" and len(body.split()) >= 2 and body.split()[-1].lower() in CHARITY_NAME_ENDS:
                # "the Carers Trust charity said": the charity's own name, then what it is (not "the
                # Premier League club", "the Tata Group company": a body it belongs to)
                return Ref(self.ctx.names.org_canonical(body), "org", surface=match.group(0).strip(), confidence=0.8)
            body = ""  # "the High Street retailer said": a description of the company in focus
        if head in ORG_HEADS and det == "the" and body and body.islower() and len(body.split()) <= 2:
            # "the utilities commission" for the California Public Utilities Commission: the one
            # organization the document names with those words, capitalised
            named = self.named_org(f"{body} {head}")
            if named is None and (head in KIND_NAMED_HEADS or head in HEAD_FITS) \
                    and all(w.capitalize() in self.text for w in body.split()) \
                    and (salient := self.salient_org(head, self.sentence_at)) \
                    and all(w.capitalize() in salient.split() for w in body.split()):
                # "the police watchdog" for the Independent Police Complaints Commission, "the
                # weather agency" for the National Weather Service
                named = salient
            if named:
                return Ref(named, "org", surface=match.group(0).strip(), confidence=0.75)
            if (head in BUSINESS_HEADS or head in ("utility", "airline", "carrier")
                    or all(RANKING_WORD_RE.fullmatch(w) for w in body.split())) and not (
                    match.string.endswith(("'s", "’s")) or in_passing):
                # ("the country's largest bank said": a ranking describes the organization in focus)
                # "the power utility said": a description of the organization in focus (not
                # "according to the net telephony firm's website": a source named in passing;
                # not "the water utility" for Duke Energy: the sector its name gives is another)
                sectors = set(body.split()) & SECTOR_WORDS
                body = ""
        if head in ORG_HEADS and det in ("the", "its") and not body:
            # "the company said": the organization the story was just about
            latest = self.ctx.focus[-1] if self.ctx.focus else None
            if latest is not None and latest.kind == "person" and not latest.name and latest.organization \
                    and names_org(latest.organization) and not _org_class_clash(latest.organization, head):
                # "A spokesman for Reporters Without Borders described … “…,” the organisation said"
                return Ref(latest.organization, "org", surface=match.group(0).strip(), confidence=0.75)
            if (latest is not None and latest.kind == "person" and latest.name and latest.organization
                    and head in MEMBERSHIP_HEADS and latest.organization != latest.name and names_org(latest.organization)
                    and (head not in NAME_END_HEADS or _named_as(latest.organization, head))
                    and not _org_class_clash(latest.organization, head)):
                # "Mark Toney, the executive director of The Utility Reform Network, alleged …. The
                # group claims …": the body the one who just spoke leads
                return Ref(latest.organization, "org", surface=match.group(0).strip(), confidence=0.7)
            if (source := self.source_before(match.group(0).strip())) is not None:
                return Ref(source, "org", surface=match.group(0).strip(), confidence=0.75)
            for ref in reversed(self.ctx.focus[-8:]):
                if head in NAME_END_HEADS and not _named_as(ref.name, head):
                    continue  # ("the coalition said": not The Washington Post, which reported it)
                if outlet_name(ref.name) and head not in MEDIA_HEADS and head != "agency" and self.reported_by(ref.name):
                    continue  # ("The Guardian reports …. The company also contended": not the paper)
                if (ref.kind == "org" or self.nameless_one_word(ref)
                        or (ref is self.ctx.focus[-1] and self.unknown_name(ref) and head in BUSINESS_HEADS - {"group"}
                            and not any(c.isupper() for c in body))) and ref.name:
                    named_sectors = {w.lower() for w in ref.name.split()} & SECTOR_WORDS
                    if sectors and named_sectors and not named_sectors & sectors:
                        continue
                    if head == "union" and ref.name.isupper() and not self.acronym_union(ref.name):
                        continue  # "IBM announced lay-offs … ¶ The union said": initials, but a company's
                    if ((head in TRADE_HEADS or head in BUSINESS_HEADS) and self.org_mentions() is not None
                            and self._described_orgs.get(ref.name) == "union"):
                        continue  # "the USO union said …. ¶ The airline announced": a union is no airline
                    if not _org_class_clash(ref.name, head):
                        return Ref(ref.name, "org", surface=match.group(0).strip(), confidence=0.75)
                    if head in STATE_HEADS:
                        break  # "Iran said …. The Foreign Office said …. The government said": not Iran
            named = self.salient_org(head, self.sentence_at)
            if named and sectors and (named_sectors := {w.lower() for w in named.split()} & SECTOR_WORDS) \
                    and not named_sectors & sectors:
                named = None
            if (named and (lede := self.lede_org()) and lede != named
                    and self.described_as(lede, head)
                    and self.text.rfind(lede, 0, self.sentence_at) > self.text.rfind(named, 0, self.sentence_at)):
                # "ABN Amro, the Netherlands' largest bank, is to cut jobs. … following Deutsche
                # Bank …. ABN Amro's operations … ¶ The bank said": the story's bank, named since
                named = lede
            if named:
                # "Acme Industries reported … ¶ The company said": the organization in the
                # document's focus, by its head noun or as the only one named
                return Ref(named, "org", surface=match.group(0).strip(), confidence=0.7)
            if (head in BUSINESS_HEADS and (named := self.lede_org()) and not _org_class_clash(named, head)
                    and not UNNAMED_ORG_RE.search(self.text, self.ctx.lede_span[0] if self.ctx.lede_span else self.base,
                                                  self.sentence_at)):
                # "Shares in Krispy Kreme have fallen …. ¶ “…,” the company said": the business
                # the story opened on (not after "criticised by a consumer group", "One dairy
                # company said …": that one is meant)
                return Ref(named, "org", surface=match.group(0).strip(), confidence=0.65)
            return Ref(None, "collective", surface=match.group(0).strip(), confidence=0.3)
        if head in COLLECTIVE_HEADS or det in ("a", "an", "one", "two", "some", "many"):
            organization = org or owner
            if organization and not organization.isupper():
                organization = self.ctx.names.org_canonical(organization)
            if not organization and body and head in UNNAMED_SOURCE_HEADS:
                # "a Trafford Centre spokesman", "an FA spokesman": nobody by name, but the
                # organization they speak for
                organization = self.unnamed_source_org(body)
            if organization and organization.isupper():
                organization = self.ctx.names.expand_acronym(organization) or organization
            if (match.group("det") in ("A", "An") and head in TITLE_HEADS and head not in UNNAMED_SOURCE_HEADS
                    and self.sentence_at == self.base
                    and (named := self.introduced_next(head, other_title=head in LEDE_ROLE_HEADS)) is not None):
                # "A leading psychiatrist has warned of …. ¶ Professor Dinesh Bhugra, the president
                # of the Royal College of Psychiatrists, said": a lede's description, then the one
                # it describes, named for the first time
                named.surface = match.group(0).strip()
                return named
            return Ref(None, "collective", title=None, organization=organization,
                       surface=match.group(0).strip(), confidence=0.3)
        if det in ("the",) and (head in TITLE_HEADS or body):
            holder = self.ctx.names.titles.get(normalize(phrase)) or (
                self.ctx.names.titles.get(normalize(head)) if head in TITLE_HEADS and "former" not in body.split() else None
            )  # ("the former director-general" is not the one the text names director-general now)
            wanted = described_words(body)
            if holder and wanted and not any(name == holder and holds_office(words, wanted)
                                             for _, name, words in self.title_holders()):
                holder = None  # "the new health minister" is not the First Minister the text named
            if holder:
                ref = self.person_ref(holder, 0.8)
                if ref:
                    ref.surface = match.group(0).strip()
                    return ref
        return Ref(None, "collective", surface=match.group(0).strip(), confidence=0.3)

    def source_before(self, surface: str) -> str | None:
        """The organization the nominal's own sentence names as a source before it ("In a
        statement from Lycos Europe announcing …, the company denied"): the one meant, rather
        than the company in focus."""
        at = self.text.find(surface, self.sentence_at, self.sentence_end)
        if at < 0:
            return None
        m = SOURCE_BEFORE_RE.match(self.text, self.sentence_at, at)  # ("In response to a statement from Greenpeace": not)
        if m is not None:
            name = m.group("name")
            if not self.ctx.names.is_person(self.ctx.names.canonical(name)) and name.lower() not in NOT_NAMES:
                return self.ctx.names.org_canonical(name)
        return None

    def state_owner(self, word: str) -> bool:
        """A country or its adjective ("Russia", "French", "US"), not a person or a company: the
        owner of a government, ministry or embassy that speaks as an institution."""
        if " " in word:
            return word.lower() in STATE_OWNERS  # ("South Korea's military")
        if not word or not word[:1].isupper():
            return False
        bare = word.replace(".", "")
        if bare in COUNTRY_ACRONYMS or word.lower() in COUNTRIES:
            return True
        if word.lower() in FIRST_NAMES or normalize(word) in self.ctx.names.full:
            return False
        return bool(NATION_ADJ_RE.match(word))

    def unnamed_source_org(self, words: str) -> str | None:
        """The organization in the words before an unnamed source's head noun ("a Trafford Centre
        spokesman", "an FA spokesman", "Con Edison officials"), by its fullest form in the
        document; None for a nation ("US officials", "Israeli officials") or a person."""
        tokens = words.split()
        caps: list[str] = []
        for token in reversed(tokens):
            if token[:1].isupper() or (caps and token in ("of", "and", "&")):
                caps.insert(0, token)
            else:
                break
        while caps and (caps[0].lower() in NOT_NAMES or caps[0] in ("of", "and", "&")):
            caps = caps[1:]
        if not caps or caps[-1][-2:] in ("'s", "’s"):
            return None
        name = " ".join(caps)
        bare = name.replace(".", "")
        if bare in UNNAMED_ORG_STOP or (len(caps) == 1 and NATION_ADJ_RE.match(name)):
            return None
        if any(t.lower() in FIRST_NAMES for t in caps) or (len(caps) == 1 and normalize(name) in self.ctx.names.full):
            return None  # "Trump officials", "John Smith aides": a person's, not an organization
        if any(t.lower() in TITLE_HEADS for t in caps):
            return None
        if bare.isupper():
            return self.ctx.names.expand_acronym(bare) or name
        return self.ctx.names.org_canonical(name)

    def focus_org(self, head: str) -> str | None:
        """The organization "the company" points at: the one in focus lately, else the one the
        document is about by its head noun; None when there is none."""
        for ref in reversed(self.ctx.focus[-8:]):
            if ref.kind == "org" and ref.name and not _org_class_clash(ref.name, head):
                return ref.name
        return self.salient_org(head, self.sentence_at)

    def named_org(self, phrase: str) -> str | None:
        """The one organization named in the document whose name ends in `phrase` capitalised
        ("utilities commission" -> "California Public Utilities Commission"), else None."""
        words = phrase.split()
        capitalised = [re.escape(w[:1].upper() + w[1:]) for w in words]
        spelled = r"[^\S\n]+".join(capitalised)
        if len(words) == 2:
            # "the conservation department": the Department of Conservation too
            spelled = rf"(?:{spelled}|{capitalised[1]}[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?{capitalised[0]})"
        pattern = re.compile(r"(?P<lead>(?:[A-Z][\w&’'.-]*[^\S\n]+){0,4})" + spelled + r"(?![\w’'-])")
        found = set()
        for m in pattern.finditer(self.text):
            tokens = m.group().split()
            lead = len(m.group("lead").split())
            opens = m.start() == 0 or self.text[m.start() - 1] == "\n" or self.text[m.start() - 2 : m.start() - 1] in ".?!"
            while lead and opens and tokens[0].lower() in NOT_NAMES:
                # "The California …" at a sentence start (not "the New Zealand …" inside one)
                tokens, lead = tokens[1:], lead - 1
            found.add(" ".join(tokens))
        forms = {self.ctx.names.org_canonical(f) for f in found}
        forms = {f for f in forms if len(f.split()) > len(words) or is_org_name(f)}
        if len(forms) > 1:
            longest = max(forms, key=len)
            if all(longest.endswith(f) for f in forms):
                forms = {longest}
        return forms.pop() if len(forms) == 1 else None

    def apposition(self, text: str) -> tuple[str | None, str | None]:
        """(title, organization) from "president of Black Law Enforcement in America"."""
        text = " ".join(text.strip(" ,—–-").split())
        if not text or text.startswith(("who ", "which ", "whose ", "whom ")) or len(text) > 160:
            return None, None
        if PARTICIPLE_CLAUSE_RE.match(text) or CUE_RE.match(text):
            # "…, urging the NRL not to …", "…, said it would separate the state from …": what
            # they did or said, not who they are
            return None, None
        main, _, _ = text.partition(", ")
        if (verb := APPOS_VERB_INSIDE_RE.search(main)) is not None:
            main = main[: verb.start()]  # ("Greek police spokeswoman told AFP": the verb's comma was lost)
        match = APPOS_TITLE_RE.match(main)
        if not match:
            return None, None
        title = re.sub(r"\s+(?:of|at|for|with|from)$", "", (match.group("title") or "").strip()) or None
        org = match.group("org2") or match.group("org1")
        if org:
            org = org.strip().rstrip(".")
            if org.isupper():
                org = self.ctx.names.expand_acronym(org) or org
            if (title and " at " in org and (workplace := org.rpartition(" at ")[2])[:1].isupper()
                    and not is_org_name(org.rpartition(" at ")[0])):  # (not "Institute for … at Bonn University": one body)
                # "head of the north of England at Diabetes UK": the office's region, then the body
                title = re.sub(r"^(?:the|a|an)\s+", "", main[: main.rindex(" at " + workplace)].strip())
                org = workplace
            if org.split()[0] == "State" and title and title.split()[-1].lower() in ("secretary", "minister"):
                # "Secretary of State for Housing": one office; "Minister of State at the Home
                # Office": the office, then its department
                office, at, department = org.partition(" at ")
                title, org = f"{title} of {office}", department.removeprefix("the ") or None
        if title and not any(w.lower() in TITLE_HEADS or w.lower().rstrip("s") in TITLE_HEADS for w in title.split()):
            if not org:
                return None, None
        if not title and org and not is_org_name(org):
            return None, None  # "Tony Martin, of Burnley,": where they are from, no organization
        return title, org

    def person_of_owned_business(self, stripped: str, run_start: int, run_end: int) -> tuple[Ref, int] | None:
        """"Brandon Ziegler of Ziegler's RV said": the person, then the business they run, whose
        name is an owner's (not "A friend of Tom Baxter of Baxter's Garage said": an object)."""
        if not stripped.endswith(("'s ", "’s "), 0, run_start):
            return None
        owned = OF_OWNER_BEFORE_RE.search(stripped, max(0, run_start - 30), run_start)
        if owned is None or (person := NAME_END_RE.search(stripped, max(0, owned.start() - 60), owned.start())) is None:
            return None
        if PREVIOUS_WORD_RE.search(stripped, max(0, person.start("run") - 20), person.start("run")):
            return None
        ref = self.subject_from_run(person.group("run"))
        if ref is None or ref.kind != "person" or not ref.name or not (
                self.ctx.names.is_person(ref.name) or ref.name.split()[0].lower() in FIRST_NAMES):
            return None
        ref.organization = ref.organization or stripped[owned.start("owner") : run_end]
        return ref, person.start("run")

    def left_subject(self, frame: str, sent_start: int, cue_start: int) -> tuple[Ref | None, int]:
        left = frame[max(sent_start, cue_start - 300) : cue_start]
        offset = cue_start - len(left)
        if (left.endswith(". ") and (stop := LEGAL_FORM_STOP_RE.search(left)) is not None
                and FIRM_ALONE_RE.fullmatch(left, _after_masked_quote(left, 0, stop.start()), stop.start())):
            # "Delta Air Lines Inc. said": the abbreviation's stop, in a subject that is the firm's
            # name alone (not "the CEO of rail company Norfolk Southern Corp. says"), after the
            # quotation too ("“…,” Rock Tech Lithium Inc. said")
            left = left[: stop.start()] + "  "
        if (offset == sent_start and (lone := LONE_PARTICIPLE_LEAD_RE.match(left)) is not None
                and lone.group(1).lower() in OPENING_PARTICIPLES):
            # "Commenting, Tim O’Toole, FirstGroup Chief Executive said:": the participle opening the
            # sentence is no part of its subject (blanked, so that offsets stay where they were)
            left = " " * lone.end() + left[lone.end() :]
        prev = None
        while prev != left:
            prev = left
            if (tail := left.rstrip()).endswith(",") and RELATIVE_APPOS_RE.search(tail):
                break  # "X, who tried it this week, has": the relative clause ends here
            left = DISCOURSE_TAIL_RE.sub("", left)  # "The Afghan Taliban, however, claimed"
            if ", " in left and left.rstrip().endswith(","):
                # "Robert Sumwalt, speaking alongside Nutter on Wednesday, said": a participle's
                # phrase set off in commas, whose object is no subject
                # (its closing comma stays after an apposition: "George Patterson, GMB regional
                # organiser, speaking before the offer was tabled, said")
                if (aside := PARTICIPLE_ASIDE_TAIL_RE.search(left)) is not None:
                    left = left[: aside.start()] + (", " if "," in left[: aside.start()] else "")
            left = UNCLOSED_SETTING_TAIL_RE.sub("", left)  # "But Albayalde, in a press briefing on Monday stressed"
            left = ADVERBIAL_TAIL_RE.sub("", left)
        stripped = left.rstrip()
        if (local := UNION_LOCAL_END_RE.search(stripped)) is not None:
            stripped = stripped[: local.start("number")].rstrip()  # "Teamsters Local 747 says": its number
        if not stripped:
            return None, cue_start
        if (stripped[-1].islower() and (aside := DASH_DESCRIPTION_END_RE.search(stripped)) is not None
                and stripped.rsplit(None, 1)[-1] in ORG_HEADS  # (not "– the comedian tells": the subject)
                and OFFICE_APPOSITION_RE.search(stripped, 0, aside.start())):
            # "Peter McCabe, Chief Executive of Headway – the brain injury association said:": a
            # description of the body after a dash that the cue closes; the subject is before it
            # (an office set off after the name, the body it is of before the dash: not "organised by
            # local man Tom Hayes – the charity said", where the dash opens the clause)
            ref, at = self.left_subject(frame, sent_start, offset + aside.start())
            if ref is not None and ref.kind == "person" and ref.name and not self.people_close_to(ref.name):
                return ref, at
        if (" and " in stripped and (joined := APPOSED_AND_NAME_RE.match(stripped)) is not None
                and self.ctx.names.is_person(joined.group("second"))
                and not self.ctx.names.is_person(joined.group("before"))):
            # "Geoff Barton, the leader of ASCL and Paul Whiteman, who heads up the NAHT, said":
            # two people speak together, neither alone ("the lawyer representing Mr Abbasi and Mr
            # Mubanga" names two objects)
            return Ref(None, "collective", surface=stripped.strip(), confidence=0.3), offset + joined.start("first")
        if (" and " in stripped and " of " in stripped and (pair := AFFILIATED_PAIR_END_RE.search(stripped)) is not None
                and self.ctx.names.is_person(self.ctx.names.canonical(pair.group("first")))
                and self.ctx.names.is_person(self.ctx.names.canonical(pair.group("second")))):
            # "Josep Maria Álvarez of the UGT union and Joan Carles Gallego of the CCOO said": two
            # people, each of their own organization, speak together
            return Ref(None, "collective", surface=pair.group().strip(), confidence=0.3), offset + pair.start()
        if (" and " in stripped and _last_word(stripped) in ALSO_ROLE_WORDS
                and (also := ALSO_DESCRIBED_END_RE.search(stripped)) is not None
                and not stripped[: also.start("run")].rstrip().endswith(",")):  # (not "Liam Gallagher, Noel Gallagher and tour manager")
            # "New Hampshire GOP chair Stephen Stepanek and longtime Trump ally told": the one
            # person, described twice (a second person would have a determiner or a name)
            ref = self.subject_from_run(also.group("run"))
            if ref is not None and ref.kind == "person" and ref.name:
                return ref, offset + also.start("run")
        if " from " in stripped and (document := DOCUMENT_FROM_END_RE.search(stripped)) is not None:
            # "“…,” a statement from the Ministry of Tourism and Transport said", "a release from the
            # ministry said": the words of whoever the document is from
            source, source_end = self.right_subject(stripped, document.end("from"), len(stripped))
            if (source is not None and source.name and source.kind in ("person", "org")
                    and not stripped[source_end:].strip(" .,")):
                # (the whole phrase the source: not "a letter from Holyrood's Chamber Office chief Ken
                # Hughes", read from its first word)
                return source, offset + document.start("np")
        if (stripped.endswith(("'s", "’s")) and (shop := POSSESSIVE_NAME_SUBJECT_RE.fullmatch(stripped)) is not None
                and self.possessive_name(shop.group("name"))):
            # "Sainsbury’s has announced", "McDonald's said": a firm named with a possessive, standing
            # where a subject does (an owner would have its noun after it)
            return Ref(self.ctx.names.org_canonical(shop.group("name")), "org", surface=shop.group("name"),
                       confidence=0.85), offset + shop.start("name")
        if " of " in stripped or " at " in stripped:
            office = OFFICE_OF_END_RE.search(stripped)
            if (office is not None and office.group("head").lower() in TITLE_HEADS
                    and office.group("head").lower() not in DESCRIPTIVE_ROLES and (unnamed := self.office_of(office))):
                return unnamed, offset + office.start("np")
        if " who " in stripped:
            relative = RELATIVE_OBJECT_END_RE.search(stripped)
            if relative is not None:
                # "The 28-year-old host who also presents Stars In Their Eyes said", "The barrister
                # who had represented Mr Martin said": the name is the relative clause's object, and
                # the subject a description, which stays unnamed (whom "the striker who scored the
                # winner" means is the clause's business, not the story's last subject's)
                return (Ref(None, "collective", surface=relative.group("head").strip(), confidence=0.3),
                        offset + relative.start("head"))
        if (" from " in stripped or " by " in stripped) and (
                issued := STATEMENT_FROM_END_RE.search(stripped)) is not None and (
                author := self.subject_from_run(issued.group("run"))) is not None and author.name and author.kind in ("person", "org"):
            # "A statement from the Air Line Pilots Association, which represents the pilots,
            # said": the words of whoever put the statement out
            return author_as(author, issued.group().strip(), 0.8), offset + issued.start()
        if (" which " in stripped or " that " in stripped) and (
                restrictive := RESTRICTIVE_SUBJECT_RE.match(frame, sent_start, offset + len(stripped))) is not None:
            nominal = NOMINAL_END_RE.search(restrictive.group("np"))
            if nominal is not None and nominal.group("head").lower() in ORG_HEADS:
                # "The association which represents over 10,000 gardaí says": the body the text
                # is about, described by what it does
                return self.nominal_ref(nominal), restrictive.start("np")
        opening = (OPENING_NAME_PP_RE.match(frame, sent_start, cue_start)
                   if any(f" {word} " in stripped for word in ("at", "during", "after", "with", "speaking")) else None)
        if opening is not None and not PP_VERB_RE.search(opening.group("pp")):
            # "Foreign Minister Péter Szijjártó at a joint press conference with his Polish
            # counterpart Zbigniew Rau on Monday said": the sentence's subject, past the phrases
            # that say where and with whom
            ref = self.subject_from_run(opening.group("run"))
            if ref is not None and ref.kind == "person" and ref.name:
                return ref, opening.start("run")
        last_word = _last_word(stripped)  # (cheap tests before the end-anchored patterns)
        if (last_word[:1].islower() and " the " in stripped
                and (member := MEMBER_OF_BODY_END_RE.search(stripped)) is not None
                and not PLACE_PREPOSITION_RE.search(stripped, max(0, member.start() - 10), member.start())
                and (ref := self.subject_from_run(member.group("run"))) is not None
                and ref.kind == "person" and ref.name and self.ctx.names.is_person(ref.name)):
            # "but Bob Couture with the municipality said": a person, then the body they are with
            return ref, offset + member.start()
        if (last_word[:1].isupper() and " in " in stripped
                and (member := MEMBER_OF_BODY_IN_PLACE_END_RE.search(stripped)) is not None
                and (not stripped[: member.start()].strip() or stripped[: member.start()].rstrip()[-1:] in ",\"”_")
                # (the name opens the clause: not "who worked alongside Steven Cooper of the … office in …")
                and (ref := self.subject_from_run(member.group("run"))) is not None
                and ref.kind == "person" and ref.name and self.ctx.names.is_person(ref.name)):
            # "Steven Cooper of the National Weather Service office in Amarillo said": the same,
            # the body's local office and its town after it
            return ref, offset + member.start()
        m = CAPITAL_TITLE_END_RE.search(stripped) if last_word[:1].isupper() else None
        if m and m.group("head").lower() in TITLE_HEADS and (ref := self.holder_of(m.group("head").lower(), "")):
            ref.surface = m.group(0).strip()
            return ref, offset + m.start()  # "…, the Bishop said": the holder of the office named so
        m = AGE_DESCRIPTION_END_RE.search(stripped) if ("-year-old" in stripped or "ex-" in stripped
                                                         or "former" in stripped) else None
        if m and (ref := self.paragraph_subject(m.group(0).strip())
                  or self.story_subject(m.group(0).strip(), or_last_named=True)):
            return ref, offset + m.start()  # "The 28-year-old world number one had said …"
        m = PRONOUN_END_RE.search(stripped, max(0, len(stripped) - 8))
        if m:
            pronoun = m.group(1)
            lead = frame[sent_start : offset + m.start(1)]
            if "," in lead and pronoun.lower() in ("he", "she") and not PARTICIPLE_LEAD_RE.match(lead) and (
                    not lead.rstrip().endswith(",") or SUBORDINATE_LEAD_RE.match(lead)):
                # "When Afghan President Ashraf Ghani first announced …, he said" (not "Mr Blair has
                # failed, he claimed": a reported clause's subject is not who reports it)
                fronted = self.sentence_subject(frame, sent_start, sent_start + lead.rindex(","))
                if fronted is not None and (fronted.gender or PRONOUNS[pronoun.lower()]) == PRONOUNS[pronoun.lower()]:
                    fronted.surface = pronoun
                    fronted.confidence = 0.85
                    return fronted, offset + m.start(1)
            if (pronoun.lower() in ("he", "she") and lead.rstrip().endswith(" and") and "“" not in lead and '"' not in lead
                    and (joined := self.sentence_subject(frame, sent_start, sent_start + len(lead.rstrip().removesuffix(" and")))) is not None
                    and joined.name and (joined.gender or PRONOUNS[pronoun.lower()]) == PRONOUNS[pronoun.lower()]):
                # "Health secretary Matt Hancock also backs the plans and he added": the subject of
                # the clause the pronoun's own is joined to
                joined.surface, joined.confidence = pronoun, 0.85
                return joined, offset + m.start(1)
            colon = lead.find(":")
            if (colon <= 0 and pronoun.lower() in ("he", "she") and (opened := QUOTE_AFTER_CLAUSE_RE.search(lead)) is not None
                    and TRAILING_QUOTE_RE.fullmatch(lead, opened.end())
                    and self.text[self.base + sent_start + opened.end() + 1 : self.base + sent_start + opened.end() + 2].isupper()):
                # "Fred Hayes filmed the crash from a mile away “I was …,” he told CNN": a sentence of
                # his own quoted after the clause, up to the pronoun (not "… has “…” as when Labour won,
                # he said", nor "Mr Sullivan “made accounting decisions,” he told the court")
                colon = opened.start()
            if (colon > 0 and pronoun.lower() in ("he", "she") and lead[colon + 1 :].lstrip()[:1] in OPENING_MARKS
                    and (intro := self.sentence_subject(frame, sent_start, sent_start + colon)) is not None
                    and (intro.gender or PRONOUNS[pronoun.lower()]) == PRONOUNS[pronoun.lower()]):
                # "His coach, Flip Saunders, was upset: “…,” he said": the subject of the clause
                # that introduced the quotation
                intro.surface = pronoun
                intro.confidence = 0.85
                return intro, offset + m.start(1)
            if pronoun.lower() == "they":
                # "They said that …": several people, none of them alone the speaker
                return Ref(None, "collective", surface=pronoun, confidence=0.3), offset + m.start(1)
            if pronoun.lower() in ("he", "she") and (antecedent := self.relative_antecedent(lead, pronoun)) is not None:
                return antecedent, offset + m.start(1)
            if (pronoun.lower() in ("he", "she") and " when " in lead
                    and (agent := AGENT_WHEN_END_RE.search(lead)) is not None and " " in agent.group("run")
                    and (ref := self.subject_from_run(agent.group("run"))) is not None and ref.kind == "person"
                    and ref.name and (ref.gender or PRONOUNS[pronoun.lower()]) == PRONOUNS[pronoun.lower()]):
                # "The bluntest comment came from assistant governor John McDermott on Thursday
                # when he said": the one the comment came from
                return speaking_as(ref, pronoun, 0.8), offset + m.start(1)
            if (pronoun.lower() in ("he", "she") and lead[:1] in "TBA"
                    and (role := DEFINITE_ROLE_LEAD_RE.match(lead)) is not None
                    and role.group("head").lower() in TITLE_HEADS and not self.persons_named_in(lead[role.end() :])):
                # "The Housing Minister has developed a reputation …, when he said": the role the
                # sentence opens on, whoever holds it (not the last man quoted)
                ref = self.holder_of(role.group("head").lower(), role.group("body"))
                if ref is not None and ref.kind == "person" and (ref.gender or PRONOUNS[pronoun.lower()]) == PRONOUNS[pronoun.lower()]:
                    return speaking_as(ref, pronoun, 0.8), offset + m.start(1)
            joined = CONJUNCTION_END_RE.search(lead) if pronoun.lower() in ("he", "she") else None
            when = joined.start() if joined is not None else -1
            if (when > 0 and (subject := self.sentence_subject(frame, sent_start, sent_start + when)) is not None
                    and subject.kind == "person" and subject.name and subject.surface
                    and (named_at := lead.find(subject.surface)) >= 0
                    and "," not in lead[named_at:when]
                    and not self.persons_named_in(lead[named_at + len(subject.surface) : when])
                    and (subject.gender or PRONOUNS[pronoun.lower()]) == PRONOUNS[pronoun.lower()]):
                # (a phrase set before the subject may end in a comma: "In the US, Trump has pushed
                # … after he complained")
                # "Andrew Winter from Brighton Housing Trust was met with applause when he told the
                # minister", "Andy McDonald accepted there were issues … but he strongly rejected":
                # the one person the sentence is about
                return speaking_as(subject, pronoun, 0.8), offset + m.start(1)
            if (not lead.strip() and pronoun.lower() in ("he", "she") and REPLY_VERB_RE.match(frame, cue_start)
                    and (asked := self.asked_before(PRONOUNS[pronoun.lower()])) is not None):
                # "The coroner asked Ms Eaton whether she considered testing it. ¶ She replied: “…”":
                # whom the question was put to answers it
                return speaking_as(asked, pronoun, 0.8), offset + m.start(1)
            return self.pronoun_ref(pronoun, until=offset + m.start(1)), offset + m.start(1)
        m = SYMBOL_ACRONYM_END_RE.search(stripped) if "&" in last_word else None
        if m:
            # "S&P said", "AT&T said": an organization, by the name the document spells out
            token = m.group(1)
            full = self.ctx.names.acronyms.get(token) or self.ctx.names.expand_acronym(token.replace("&", ""))
            if full and not full.endswith(("'s", "’s")):
                # "Standard & Poor's": the possessive is part of the name the acronym spells
                for form in (f"{full}'s", f"{full}’s"):
                    if form in self.text and re.search(re.escape(form) + OWNED_PART_AFTER, self.text):
                        full = form  # (not "Johnson & Johnson’s DePuy unit": the possessive of another name)
                        break
            return Ref(full or token, "org", surface=token, confidence=0.85), offset + m.start(1)
        if stripped[-1] == "," and (rel := RELATIVE_APPOS_RE.search(stripped)) and rel.start() > 0:
            # "one dealer, who asked not to be named, told Reuters": the relative clause's head,
            # unless it is a preposition's object ("In a letter to Kevin McAleenan, who …, said")
            ref, at = self.left_subject(frame, sent_start, offset + rel.start())
            if ref is None or ref.kind == "org":
                # "Tony Lloyd, the Manchester Central MP, whose …,": not the organization in the
                # title, but the person the apposition (read with its comma) describes
                person, person_at = self.left_subject(frame, sent_start, offset + rel.start() + 1)
                if person is not None and person.kind == "person" and person.name:
                    ref, at = person, person_at
            if ref is not None and PLACE_PREPOSITION_RE.search(frame, max(sent_start, at - 10), at):
                return None, cue_start
            if ref is not None and OBJECT_VERB_BEFORE_RE.search(frame, max(sent_start, at - 20), at):
                # "The Scot initially defended Beattie, whose dismissal …, saying": the head is
                # the verb's object; the participle is the main clause subject's
                return None, cue_start
            return ref, at
        if (stripped[-1] == ")" and (paren := ACRONYM_PAREN_END_RE.search(stripped)) is not None
                and (full := self.ctx.names.acronyms.get(paren.group(1)))
                and (head := stripped[: paren.start()].rstrip()).endswith(full)
                and ((office := OFFICE_OF_END_RE.search(head, 0, len(head) - len(full))) is not None
                     and office.group("head").lower() in TITLE_HEADS
                     or ((named := NAME_OF_BEFORE_RE.search(head, 0, len(head) - len(full))) is not None
                         and (named.group("name").split()[0].lower() in FIRST_NAMES
                              or named.group("name").split()[0].lower().rstrip(".") in HONORIFICS
                              or self.ctx.names.is_person(named.group("name"))))  # (not "Critics of the")
                     or ((titled := TITLE_COMMAS_BEFORE_RE.search(head, 0, len(head) - len(full))) is not None
                         and titled.group("title").split()[-1].lower() in TITLE_HEADS))):
            # "The president of the Prison Officers’ Association (POA) has called", "Director Noel
            # Wathion of the European Medicines Agency (EMA) said", "Jonathan Carr-West, Chief
            # Executive, Local Government Information Unit (LGIU) said:": an office's holder, or a
            # person's name, read as if the acronym were not there
            stripped = head
            last_word = _last_word(stripped)
        if stripped[-1] in ",—–-)":
            report = self.report_subject(frame, sent_start, offset + len(stripped))
            if report is not None:
                return report, sent_start
            if stripped.endswith(","):
                ref, at = self.comma_subject(stripped)
                if ref is not None:
                    return ref, offset + at
                if offset == sent_start and (kin := KIN_OF_LEAD_RE.match(stripped)) is not None:
                    # "The first daughter of Prince Akishino, the second son of …, said": someone
                    # unnamed, described by kin; a later "she" means her, not her father
                    word = kin.group("kin")
                    gender = "f" if FEMALE_KIN_RE.fullmatch(word) else None if word.startswith(("child", "parent", "cousin")) else "m"
                    return Ref(None, "person", surface=UNNAMED_SUBJECT, confidence=0.0, gender=gender), offset + kin.start("kin")
                if "," not in stripped[:-1] and (alone := NAME_SEGMENT_RE.match(stripped[:-1])) is not None \
                        and (ref := self.subject_from_run(alone.group("run"))) is not None and ref.kind == "person" and ref.name \
                        and self.ctx.names.is_person(ref.name):  # (not "Often, said Mr Pearson, …": an adverb)
                    # "Deputy Assistant Commissioner Adelekan, said:": a stray comma after the name
                    return ref, offset + alone.start("run")
                if (home := FROM_PLACE_REGION_END_RE.search(stripped)) is not None:
                    # "Shop owner Arjan Mehr from Bracknell, Berkshire, said:": the town's county
                    # after a subject that says where the person is from; the subject as without it
                    ref, at = self.left_subject(frame, sent_start, offset + home.start("region"))
                    if ref is not None:
                        return ref, at
                if "," not in stripped[:-1] and (titled := self.left_subject(frame, sent_start, offset + len(stripped) - 1))[0] \
                        is not None and titled[0].kind == "person" and titled[0].name and titled[0].title \
                        and set(stripped[: titled[1] - offset].split()) <= set(titled[0].title.split()):
                    # "Trinity House spokesman Emma Skingley, said:": the whole subject, an office
                    # and its holder, then a stray comma
                    return titled
                if ((fronted := STRAY_COMMA_AFTER_LEAD_RE.fullmatch(stripped)) is not None
                        and CAPITAL_RE.search(stripped, stripped.rfind(" ") + 1)
                        and " and " not in fronted.group("np") and " & " not in fronted.group("np")):  # (not two people)
                    # "In response, … national president Muntazir Dipoti, said:": an opening phrase,
                    # then the subject, a stray comma after its name
                    ref, at = self.left_subject(frame, sent_start, offset + len(stripped) - 1)
                    if (ref is not None and ref.kind == "person" and ref.name and (ref.title or self.ctx.names.is_person(ref.name))
                            and at >= offset + fronted.start("np")
                            and all(w[:1].isupper() or w[:1] == "(" or w in CONNECTORS or w in (ref.title or "").split()
                                    for w in stripped[fronted.start("np") : at - offset].split())):
                        # (the words before the subject a body's name: not "Speaking from a bus, CHP
                        # leader Özgür Özel addressed President Erdogan, saying": a verb's object)
                        return ref, at
            if stripped[-1] in "—–-" and (aside := DASH_ASIDE_END_RE.search(stripped)) is not None:
                # "Rob Goodliffe, manager of Coastwise - a council initiative managing erosion –
                # said:": an aside in dashes before the cue; the subject is before it
                ref, at = self.left_subject(frame, sent_start, offset + aside.start())
                if (ref is not None and ref.kind == "person" and ref.name and not self.people_close_to(ref.name)):
                    # (not "Friends of Boris Johnson – who is on holiday – said": people close to him)
                    title, org = self.apposition(aside.group().strip(" -–—"))
                    if title or org:
                        # ("Mr Davies - Assistant Coroner for Cornwall - has issued": the aside his office)
                        ref.title, ref.organization = title or ref.title, org or ref.organization
                        self.ctx.titles_seen[normalize(ref.name)] = (ref.title, ref.organization)
                    return ref, at
            paren = ACRONYM_PAREN_END_RE.search(stripped)
            if paren and (full := self.ctx.names.acronyms.get(paren.group(1))):
                # "The Motion Picture Association of America (MPAA) also said": the organization
                # the acronym is defined for, not the last word of its name
                org = self.ctx.names.org_canonical(full)
                head = stripped[: paren.start()].rstrip()
                source = UNNAMED_FOR_END_RE.search(head, 0, max(0, len(head) - len(full)))
                lead = head[: len(head) - len(full)].split() if head.endswith(full) else []
                while lead and (lead[-1][:1].isupper() or lead[-1] == "the"):
                    lead = lead[:-1]  # (the words of the organization's name before the full form: "the U.S.")
                if len(lead) >= 2 and lead[-1] in ("with", "at", "from", "of", "for") and lead[-2].lower() in PEOPLE_PLURALS:
                    # "Experts with the U.S. National Oceanic and Atmospheric Administration (NOAA)
                    # said": people at the organization, none by name
                    return Ref(None, "collective", organization=org, surface=" ".join(lead[-2:]),
                               confidence=0.3), offset + len(head) - len(head.lstrip())
                if source is not None and head.endswith(full):
                    # "A spokesman for the British Phonographic Industry (BPI) said": nobody by
                    # name, but the organization they speak for
                    return Ref(None, "collective", organization=org, surface=source.group("np"),
                               confidence=0.3), offset + source.start("np")
                at = paren.start()
                if head.endswith(full):
                    # the subject starts where the name does ("…, the British Chamber of Commerce
                    # (BCC) has said."), so the reported clause before it ends at its comma
                    at = len(head) - len(full)
                    before_name = stripped[:at].rstrip()
                    if before_name[-4:].lower() in (" the", "the") and not before_name[-4:-3].isalnum():
                        at = len(before_name) - 3
                return Ref(org, "org", surface=paren.group(1), confidence=0.9), offset + at
            m = APPOS_RE.search(stripped)
            if m and (PLACE_PREPOSITION_RE.search(stripped, max(0, m.start("name") - 8), m.start("name"))
                      or (PLATFORM_BEFORE_RE.search(stripped, max(0, m.start("name") - 5), m.start("name"))
                          and m.group("name").split()[0].lower() not in CALENDAR_WORDS)  # ("Also on Twitter, …")
                      or FRONTED_PLATFORM_RE.fullmatch(m.group("name"))  # ("On Instagram, Chiang responded …, telling")
                      or LISTED_PLACE_BEFORE_RE.search(stripped, max(0, m.start("name") - 40), m.start("name"))):
                # "Mr Mubanga, 32, from Wembley, London, said": a place, not the speaker; "In a
                # letter to Kevin McAleenan, who …, said": the addressee, not the speaker; "action
                # in Wolverhampton, Sheffield, Reading and York": the next item of a list of places
                m = None
            if m:
                ref, whole = self.subject_from_run(m.group("name")), None
                if (ref is not None and ref.kind == "org" and ref.name
                        and (joined := JOINED_NAME_OPENING_RE.fullmatch(stripped, 0, m.start("name"))) is not None
                        and is_org_name(joined.group(1) + " " + m.group("name"))
                        and not SEVERAL_APPOS_RE.match((m.group("a1") or m.group("a2") or m.group("a3") or ""))):  # ("which together have …")
                    # "Easton and Otley College, which has …, said": one body whose name joins two
                    whole = joined.group(1) + " " + m.group("name")
                    ref = Ref(self.ctx.names.org_canonical(whole), "org", surface=whole, confidence=ref.confidence)
                if ref:
                    appos = m.group("a1") or m.group("a2") or m.group("a3") or ""
                    title, org = self.apposition(appos)
                    if ref.name and ref.name.split()[-1] in appos:
                        title = org = None  # "The Bishop of Durham, the Rt Rev Dr Tom Wright,": the name itself
                    if title or org:
                        ref.title = title or ref.title
                        ref.organization = org or ref.organization
                        if ref.kind == "person" and ref.name:
                            self.ctx.titles_seen[normalize(ref.name)] = (ref.title, ref.organization)
                    return ref, offset + (joined.start(1) if whole is not None else m.start("name"))
            if (stripped.endswith(",") and (stray := STRAY_COMMA_TRAIL_RE.match(stripped))
                    and not CUE_RE.search(stripped, stray.start("np"))):
                # "“…,” shop owner Hayriye Evren, told Associated Press": a stray comma between a
                # trailing attribution's subject and its verb
                return self.left_subject(frame, sent_start, offset + len(stripped) - 1)
            return None, cue_start
        if (stripped.count(",") >= 2 and last_word[:1].isupper()
                and (office := NAME_OFFICE_BODY_END_RE.search(stripped)) is not None
                and office.group("title").split()[-1].lower() in TITLE_HEADS
                and (ref := self.subject_from_run(office.group("name"))) is not None and ref.kind == "person"
                and ref.name and (self.ctx.names.is_person(ref.name) or HONORIFIC_NAME_RE.match(office.group("name"))
                                  or office.group("title")[:1].islower() and len(ref.name.split()) >= 2)
                and (office.group("title")[:1].isupper() or is_org_name(office.group("org")))):  # (not "Like Tom Brady, former teammate, Gronkowski said")
            # "Dr Ros Altmann, Director-General, Saga said": the name, its office, then the body
            # the office is in, which lost its closing comma (an office in lower case says a
            # person whatever the first name: "Anish Andheria, director, Wildlife Conservation Trust")
            ref.title = ref.title or office.group("title")
            ref.organization = ref.organization or office.group("org")
            return ref, offset + office.start("name")
        m = CAPITAL_APPOS_END_RE.search(stripped) if "," in stripped and last_word[:1].isupper() else None
        if m and m.group("fronted") and not (FRONTED_PHRASE_RE.match(stripped) and "," not in stripped[: m.start()]):
            m = None  # (a name after a comma only after a phrase set before the subject: "Speaking at …, X, Y President said")
        if m and m.group("a").split()[-1].lower() in TITLE_HEADS:
            # "“…,” Raj Shah, White House Spokesman said": a name, then its capitalised title
            ref = self.subject_from_run(m.group("name"))
            if ref is not None and ref.kind == "person" and ref.name and len(ref.name.split()) >= 2:
                ref.title = ref.title or m.group("a")
                if m.group("org") and (is_org_name(m.group("org")) or not stripped[: m.start("org")].rstrip().endswith("for")):
                    ref.organization = ref.organization or m.group("org")  # (not "MEP for Ireland South": a seat)
                return ref, offset + m.start("name")
        if (stripped.count(",") >= 2 or " and " in stripped) and (listed := LISTED_OFFICE_APPOS_RE.match(stripped)) is not None and any(
                w in TITLE_HEADS for w in listed.group("office").split()) and not _lists_speakers(
                listed.group("a")[listed.end("office") - listed.start("a") :]) and (
                ref := self.subject_from_run(listed.group("name"))) is not None and ref.kind == "person" and ref.name:
            # "Ann Holland, councillor responsible for culture, tourism, and the economy said:": the
            # name that opens the sentence, an office over a list, the closing comma missing (not
            # "Sarah Jones, the head teacher, the governors and the parents' association said": a
            # list of those who spoke)
            ref.title = ref.title or listed.group("a")
            return ref, offset + listed.start("name")
        m = OPEN_APPOS_RE.search(stripped) if "," in stripped else None
        if m and (m.group("name").split()[0].lower() in FRONTING_PREPOSITIONS
                  or OBJECT_THE_END_RE.search(stripped, max(0, m.start("name") - 20), m.start("name"))
                  or PLACE_PREPOSITION_RE.search(stripped, max(0, m.start("name") - 12), m.start("name"))
                  or PLATFORM_BEFORE_RE.search(stripped, max(0, m.start("name") - 5), m.start("name"))
                  or LABEL_INTRO_END_RE.search(stripped, max(0, m.start("name") - 16), m.start("name"))
                  or VERB_THE_BEFORE_RE.search(stripped, max(0, m.start("name") - 24), m.start("name"))
                  or (" " not in m.group("name") and m.group("name").lower().endswith("ly")
                      and not self.ctx.names.is_person(m.group("name")))):
            # "In Washington, press secretary Josh Earnest …", "Writing in the Northern Echo, the
            # Bishop said", "Announcing the news on Facebook, the chef said", "In a speech in
            # Edinburgh, the prime minister said", "Firstly, the prime minister said": a place, a
            # preposition's object or an adverb, no apposition
            m = None
        if m and (tail_name := NAME_END_RE.search(m.group("a"))) and not AFFILIATION_BEFORE_RE.search(m.group("a"), 0, tail_name.start()) and (
                (tail := self.bare_name(tail_name.group("run")) or "") and not is_org_name(tail)
                and (len(tail.split()) >= 2 or self.ctx.names.is_person(tail))):
            m = None  # "…, after the novelist Jo Walton explained": the clause's own subject
        if m and not OTHER_PERSON_JOINED_RE.search(m.group("a")) and (any(w.lower() in TITLE_HEADS for w in m.group("a").split()) or (
                not stripped[: m.start("name")].strip(" _“”\"‘’',") and DESCRIBED_ROLE_RE.match(m.group("a"))
                and (" " in m.group("name") or self.ctx.names.is_person(m.group("name"))))):
            # (not "Mary Hughes, a pensioner and her carer told": two people)
            # "Saket Sonkar, another JNU student added,": the name that opens the sentence, its
            # description left without a closing comma
            ref = self.subject_from_run(m.group("name"))
            if ref is not None and ref.kind == "person":
                title, org = self.apposition(m.group("a"))
                ref.title = title or ref.title
                ref.organization = org or ref.organization
                if ref.name:
                    self.ctx.titles_seen[normalize(ref.name)] = (ref.title, ref.organization)
                return ref, offset + m.start("name")
        # (both patterns end on a capitalised word: tried only when the last word has a capital)
        capital_last = CAPITAL_RE.search(stripped, stripped.rfind(" ") + 1) is not None
        if (capital_last and stripped.count(",") >= 1
                and (release := RELEASE_APPOSITION_RE.fullmatch(stripped)) is not None
                and any(w.lower() in TITLE_HEADS for w in release.group("title").split())
                and ((first := release.group("name").split()[0].lower().rstrip(".")) in FIRST_NAMES or first in HONORIFICS)
                and not any(w.lower() in FIRST_NAMES for w in release.group("org").split())
                and not self.ctx.names.is_person(release.group("org"))  # (not "…, Minister for Health, Bernard Gloster said")
                and (ref := self.subject_from_run(release.group("name"))) is not None and ref.kind == "person" and ref.name):
            # "Jerry Grant, Head of Asset Management, Irish Water said;": a press release's name,
            # office and body opening the sentence, the apposition's closing comma missing
            ref.title = release.group("title")
            organization = self.ctx.names.org_canonical(release.group("org"))
            # (not "Chief Guide for Girlguiding Scotland": the office is no part of the body's name)
            ref.organization = release.group("org") if ref.title in organization else organization
            return ref, offset + release.start("name")
        m = AFFILIATION_END_RE.search(stripped) if capital_last else None
        if (m and m.group("prep") == "at" and not m.group("title") and is_org_name(m.group("name"))
                and (of := PERSON_OF_BEFORE_RE.fullmatch(stripped, 0, m.start("name"))) is not None
                and (ref := self.subject_from_run(of.group("run"))) is not None and ref.kind == "person"
                and ref.name and len(ref.name.split()) >= 2):
            # "Shane Smith of The Inksmith at New Lambton said": the person, their business, then
            # where it is
            ref.organization = ref.organization or _strip_lead(m.group("name"))
            return ref, offset + of.start("run")
        if m and (ref := self.affiliated_person(m, stripped[: m.start("name")])) is not None:
            return ref, offset + m.start("name")
        m = ORG_END_RE.search(stripped) if capital_last else None
        if m and names_no_one(stripped, m.start("run"), m.end("run")):
            # "Director of NIRC @MichaelAodhan said": an account's handle, nobody's name
            return Ref(None, "collective", surface=m.group("run"), confidence=0.3), offset + m.start("run")
        if m and m.group("run").lower() in COLLECTIVE_HEADS:
            # "Prosecutors alleged …" at the start of a sentence: a source, but nobody by name
            return Ref(None, "collective", surface=m.group("run"), confidence=0.3), offset + m.start("run")
        if m and (ref := self.office_holder_ref(m.group("run").split(), stripped[: m.start("run")])) is not None:
            # "Deputy spokesperson for Eskom Dikatso Mothae says": the office's holder, not a
            # spokesperson for an organization ending in her name (nor a place "for" it)
            return ref, offset + m.start("run")
        place = PLACE_OBJECT_RE.search(stripped, 0, m.start("run")) if m else None
        if place and place.group("agent") and PARTICIPLE_AT_RE.match(frame, cue_start):
            place = None  # "a message from the MPAA warning …", "with Ayman Safadi warning": its subject
        honorific = MID_HONORIFIC_RE.search(m.group("run")) if m else None
        if honorific is not None and any(w.lower() in TITLE_HEADS or w == "and" for w in m.group("run")[: honorific.start() + 1].split()):
            honorific = None  # ("Welsh Office Minister Lord Roberts": a title; "Lord Woolf and Lord Falconer": two people)
        if place and honorific:
            place = None  # "In a speech to the BBC Mr Straw said": the object ends where "Mr Straw" starts
        if place and not place.group("agent") and not (
                (len(m.group("run").split()) <= 2 or " and " in m.group("run")
                 or stripped[: place.start()].endswith(", ") and is_org_name(m.group("run")))
                and not self.ctx.names.is_person(self.bare_name(m.group("run")) or "")):
            place = None  # "in California Mr Torvalds said": a fronted place, then the subject
        if place:
            # "a spokeswoman for the St David's Shopping Centre in Cardiff said", "prosecutors in
            # San Francisco and Los Angeles say": a place, not the subject; the phrase before it is
            nominal = NOMINAL_IN_PLACE_RE.search(stripped)
            if nominal and nominal.group("head").lower() in UNNAMED_SOURCE_HEADS:
                return Ref(None, "collective", organization=nominal.group("org").strip(),
                           surface=nominal.group(0).strip(), confidence=0.3), offset + nominal.start()
            nominal = NOMINAL_END_RE.search(stripped)
            if nominal and nominal.group("org") and nominal.group("head").lower() in UNNAMED_SOURCE_HEADS:
                # "a spokesperson for the British Foreign Office": nobody by name, but its organization
                return self.nominal_ref(nominal), offset + nominal.start()
            stripped = stripped[: place.start()].rstrip()
            if not stripped:
                return None, cue_start
            if stripped.endswith(",") and m is not None and is_org_name(m.group("run")):
                # "Martin Wilby, cabinet member for highways, at Norfolk County Council described":
                # the apposition's workplace after its closing comma; the subject is before it
                ref, at = self.left_subject(frame, sent_start, offset + len(stripped))
                if ref is not None and ref.kind == "person":
                    ref.organization = ref.organization or _strip_lead(m.group("run"))
                    return ref, at
            m = ORG_END_RE.search(stripped) if CAPITAL_RE.search(stripped, stripped.rfind(" ") + 1) else None
            if m is None or PLACE_PREPOSITION_RE.search(stripped, max(0, m.start("run") - 12), m.start("run")) or not (
                    is_org_name(_strip_lead(m.group("run")))):
                m = None  # ("The Justice Department in Manhattan said": the organization before the place)
            if (m is None and (named := NAME_END_RE.search(stripped)) is not None
                    and (owner := self.person_of_owned_business(stripped, named.start("run"), named.end("run"))) is not None):
                # "Michael Hopgood of St Vernon’s Primary in Glasgow said": the person, the business,
                # then where it is
                return owner[0], offset + owner[1]
            if (m is None and (named := NAME_END_RE.search(stripped)) is not None
                    and all(w[:1].isupper() or not any(ch.isalpha() for ch in w) for w in stripped[: named.start("run")].split())
                    and (ref := self.subject_from_run(named.group("run"))) is not None and ref.kind == "person"
                    and ref.name and self.ctx.names.is_person(ref.name)):
                # "“…,” U.S. District Judge Jed Rakoff in Manhattan said": the person before the place
                return ref, offset + named.start("run")
        if m and honorific is not None and place is None:
            name_at = m.start("run") + honorific.start() + 1
            name_at += len(stripped[name_at:]) - len(stripped[name_at:].lstrip())
            ref = self.subject_from_run(stripped[name_at : m.end("run")])
            if ref is not None and ref.kind == "person" and ref.name:
                return ref, offset + name_at
        if m:
            run = m.group("run")
            nominal = NOMINAL_END_RE.search(stripped)
            if nominal and nominal.start("head") > m.start("run") - 1 and not run[:1].isupper():
                return self.nominal_ref(nominal), offset + nominal.start()
            if (nominal and nominal.group("org") and nominal.group("head").lower() in UNNAMED_SOURCE_HEADS
                    and nominal.group("det").lower() in ("a", "an", "one")
                    and nominal.start("org") <= m.start("run") + (4 if run.lower().startswith("the ") else 0)):
                # "a spokeswoman for Cairn said": an unnamed person speaking for the organization
                return self.nominal_ref(nominal), offset + nominal.start()
            if (" and " in stripped and (pair := SECOND_OF_TWO_END_RE.search(stripped, 0, m.start("run"))) is not None
                    and (first := self.bare_name(pair.group("first"))) and self.ctx.names.is_person(self.ctx.names.canonical(first))):
                # "ASG Tushar Mehta and senior advocate Ajit K Sinha, who said": the second of
                # two people, who speak together
                return Ref(None, "collective", surface=stripped[pair.start() :].strip(), confidence=0.3), offset + pair.start()
            if ((titled := NAME_TITLE_COMMA_END_RE.search(stripped, 0, m.start("run"))) is not None
                    and all(w.lower() in TITLE_HEADS or w.lower() in TITLE_MODIFIERS for w in titled.group("title").split())
                    and titled.group("name").split()[0].lower() in FIRST_NAMES
                    and (ref := self.subject_from_run(titled.group("name"))) is not None and ref.kind == "person" and ref.name):
                # "Frances Lawrence CEO, Dementia Carers Count said:": a press release's name, office
                # and body, the office's comma after it, not before
                ref.title, ref.organization = titled.group("title"), self.ctx.names.org_canonical(run)
                return ref, offset + titled.start("name")
            if ((titled := NAME_LOWER_TITLE_END_RE.search(stripped, 0, m.start("run"))) is not None
                    and ((last_word := titled.group("title").split()[-1]) in TITLE_HEADS or ROLE_WORD_RE.match(last_word))
                    and titled.group("title").split()[0] not in DESCRIPTION_DETERMINERS
                    and titled.group("title") not in SENTENCE_ADVERBS
                    and ((first := titled.group("name").split()[0].lower().rstrip(".")) in FIRST_NAMES or first in HONORIFICS)
                    and not self.ctx.names.is_person(run)
                    and (ref := self.subject_from_run(titled.group("name"))) is not None and ref.kind == "person" and ref.name):
                # "Malcolm Clark, co-ordinator, Children’s Food Campaign said:": a press release's
                # name, office and body, no comma before the cue (not "Unlike Angela Merkel, his
                # predecessor, Scholz said": a name the sentence compares, then its own subject)
                ref.title = titled.group("title")
                ref.organization = self.ctx.names.org_canonical(f"{titled.group('owner') or ''}{_strip_lead(run)}")
                return ref, offset + titled.start("name")
            comma = stripped.rfind(",", 0, m.start("run"))
            appos = stripped[comma + 1 :].strip() if comma >= 0 else ""
            if ((office := TITLE_OF_ORG_RE.fullmatch(appos)) is not None and office_head(office.group("title"))
                    and (is_org_name(office.group("org")) or " in " in appos or office.group("title").split()[-1].lower() in OFFICE_WORDS)
                    and not person_after_org(office.group("org").split())
                    and not any(w.lower() in FIRST_NAMES for w in office.group("org").split()[1:])):
                # "Nick Hardwick, Chief Executive of the Refugee Council said:", "Dr Helena Murray,
                # Consultant in Public Health Medicine said:": an apposition whose closing comma is
                # missing; its holder is the subject before it (not "After meeting Rishi Sunak,
                # Director General of the CBI Tony Danker said", nor "…, Chief Constable in Cumbria
                # Michelle Skeer said": the office's holder named after it)
                ref, at = self.left_subject(frame, sent_start, offset + comma)
                if ref is not None and ref.kind == "person" and ref.name and self.ctx.names.is_person(ref.name):
                    # (not "In Chester, President of the Farm Bureau said": a place)
                    title, org = self.apposition(appos)  # ("Secretary of State for Defence": one office)
                    ref.title, ref.organization = title or ref.title, org or ref.organization
                    return ref, at
            if ((office := LOWER_TITLE_OF_ORG_RE.fullmatch(appos)) is not None
                    and (office.group("title").split()[-1] in TITLE_HEADS
                         or " for " in office.group("title") and names_lower_office(office.group("title").replace(" responsible for ", " for ")))
                    and (is_org_name(office.group("org"))
                         or (described := office.group("described").split()) and described[-1] in ORG_HEADS | {"body"})
                    and not person_after_org(office.group("org").split())):
                # "Tavish Scott, chief executive of industry body Salmon Scotland claims": a
                # lower-case office and its body, the apposition's closing comma missing
                ref, at = self.left_subject(frame, sent_start, offset + comma)
                if ref is not None and ref.kind == "person" and ref.name and (
                        self.ctx.names.is_person(ref.name) or len(ref.name.split()) >= 2 and not frame[sent_start:at].strip()):
                    if " for " in office.group("title"):  # (the office's domain read whole, title and body apart)
                        ref.title, ref.organization = office.group("title"), office.group("org")
                    ref.title = ref.title or office.group("title")
                    ref.organization = ref.organization or office.group("org")
                    return ref, at
            if " on " in run and (on := PEOPLE_ON_PLATFORM_RE.fullmatch(run)) is not None and (
                    on.group("who").lower() in PEOPLE_PLURALS or on.group("who").lower() in QUANTITY_HEADS):
                # "Fans on Twitter said", "Many on Twitter noted": people on a platform, none by name
                return Ref(None, "collective", surface=run, confidence=0.3), offset + m.start("run")
            if " on " in run and run.split()[0].lower() in PARTY_WORDS and run.split()[1] == "on":
                # "The top Democrat on the Senate Judiciary Committee said", "Republicans on the
                # committee said": a party's member or members, no body of that name
                return Ref(None, "collective", surface=run, confidence=0.3), offset + m.start("run")
            if (owner := self.person_of_owned_business(stripped, m.start("run"), m.end("run"))) is not None:
                return owner[0], offset + owner[1]
            if PARTICLE_PLACE_END_RE.search(stripped, max(0, m.start("run") - 40), m.end("run")) is None:
                # (not "The US embassy in Dar es Salaam said", "A court in Rio de Janeiro said": a place)
                ref = self.subject_from_run(run, stripped[: m.start("run")])
                if ref:
                    if (ref.kind == "org" and ref.name and ref.name.endswith(run) and STATE_BODY_RE.search(run)
                            and (owned := STATE_OWNER_BEFORE_RE.search(stripped, max(0, m.start("run") - 50), m.start("run"))) is not None
                            and owned.group(1).lower() in STATE_OWNERS):
                        # "China’s Defense Ministry said" where Japan's is named too: this mention's country
                        ref = Ref(stripped[owned.start() : m.start("run")] + run, "org", surface=ref.surface, confidence=ref.confidence)
                    if (ref.kind == "org" and ref.name and ref.name.endswith(" " + run)
                            and stripped[: m.start("run")].endswith(owner := ref.name[: -len(run)])
                            and not stripped[: m.start("run") - len(owner)].rstrip().endswith((" and", " &"))):  # (not "Oxfam and Save the Children")
                        return ref, offset + m.start("run") - len(owner)  # ("Iraq's Ministry of Communications said")
                    return ref, offset + m.start("run")
        if (cue_start - offset - len(stripped) <= 1 and (appos := NAME_OFFICE_NO_COMMA_END_RE.match(stripped)) is not None
                and names_lower_office(appos.group("title"))
                and not CUE_THEN_COMMA_RE.match(frame, cue_start)
                and (ref := self.subject_from_run(appos.group("name"))) is not None and ref.kind == "person"
                and ref.name and self.ctx.names.is_person(ref.name)):
            # "Sir Peter Wanless, NSPCC chief executive said that …": a name opening the sentence,
            # its office after it, and the apposition's closing comma missing, right before the cue
            # (not "Boris Johnson, Downing Street spokesman said, remained …": a parenthetical cue;
            # nor "Firstly, the prime minister insisted": a word opening the sentence; nor "Tom
            # Watson, deputy leader of the Labour Party and Jeremy Corbyn said": two people)
            ref.title = ref.title or appos.group("title")
            return ref, offset + appos.start("name")
        if (cue_start - offset - len(stripped) <= 1 and offset == sent_start
                and (glued := NAME_GLUED_OFFICE_RE.match(stripped)) is not None and glued.group("head") in TITLE_HEADS
                and not LOWER_AFTER_AND_RE.search(glued.group("org"))  # ("… Group and other shareholders said")
                and (ref := self.subject_from_run(glued.group("name"))) is not None and ref.kind == "person"
                and ref.name and len(ref.name.split()) >= 2 and self.ctx.names.is_person(ref.name)):
            # "Jean-Louis Moissonet president of the Pommard wine makers union said:": a name
            # opening the sentence, its office glued to it with no comma at all
            ref.title = ref.title or glued.group("title")
            ref.organization = ref.organization or glued.group("org")
            return ref, offset + glued.start("name")
        m = NOMINAL_END_RE.search(stripped)
        if m and (by := AGENT_BY_RE.search(stripped, max(0, m.start() - 4), m.start() + 1)):
            # "companies contacted by the BBC News website insist": the agent of a participle is
            # no subject; the subject before it is a source we cannot name
            lead = len(stripped) - len(stripped.lstrip())
            return Ref(None, "collective", surface=stripped[lead : by.start()].strip(), confidence=0.3), offset + lead
        if m and not (m.group("head").lower() in ("office", "district")
                      and m.group("det").lower() in ("his", "her", "its", "their", "our", "a", "an", "one", "some", "this")):
            # (an office is an organization as "the sheriff's office", not "his office", a room)
            return self.nominal_ref(m), offset + m.start()
        m = MIXED_COLLECTIVE_RE.search(stripped)
        if not (m and (m.group("head").lower() in COLLECTIVE_HEADS or PLURAL_HEAD_RE.match(m.group("head")))):
            m = BARE_COLLECTIVE_RE.search(stripped)
        if m and (m.group("head").lower() in COLLECTIVE_HEADS or PLURAL_HEAD_RE.match(m.group("head"))):
            # "prosecutors said", "US officials said", "Obama administration officials said": a
            # source, but nobody by name
            surface = m.group(0).strip()
            if ((force := PLACE_POLICE_RE.search(stripped)) and self.names_a_place(force.group("place"))
                    and not stripped.endswith((" and ", " & "), 0, force.start("place"))):
                # "…, Suffolk County police said", "Danish police said": the force of a place,
                # a body that speaks (not "But police said", nor "Kent and Essex police", two)
                return Ref(surface, "org", organization=surface, surface=surface, confidence=0.7), offset + m.start()
            organization = None
            if m.group("head").lower() in UNNAMED_SOURCE_HEADS:
                # "Con Edison officials said": nobody by name, but the organization they speak for
                organization = self.unnamed_source_org(surface[: -len(m.group("head"))])
                owner = OWNER_HEAD_END_RE.search(stripped, 0, m.start() + 1)
                if organization is None and owner and owner.end() >= m.start():
                    # "the company's spokesperson said": the organization in focus, if any
                    organization = self.focus_org(owner.group(1).lower())
                    if organization:
                        surface = f"{owner.group(0).strip()} {surface}"
            return Ref(None, "collective", organization=organization, surface=surface,
                       confidence=0.3), offset + m.start()
        m = UNNAMED_ONE_RE.search(stripped)
        if m:
            # "one dealer told Reuters", "a bystander said": somebody, unnamed
            return Ref(None, "collective", surface=m.group("np"), confidence=0.3), offset + m.start("np")
        return None, cue_start

    def office_of(self, office: re.Match) -> Ref | None:
        """Who "The <office> of <organization>" opening the subject is, where that reading is
        safe, else None for the other rules: someone unnamed in an organization the text does not
        name ("…,” the chief executive of a leading European car maker told BBC News") or in the
        lede's described one ("The head of US TV network Fox has admitted"), not the organization;
        a later "he" is that person, not an older speaker. Once people are named, the one titled
        at that organization, or someone unnamed when the office is only a country's elsewhere."""
        org = office.group("org")
        if org.startswith(("a ", "an ", "one ")):
            return Ref(None, "collective", surface=office.group("np").strip(), confidence=0.3)
        run = NAME_END_RE.search(org)
        if (run is None or any(w.lower() in FIRST_NAMES or w.lower().rstrip(".") in HONORIFICS for w in org.split())
                or (len(run.group("run").split()) >= 3 and not is_org_name(run.group("run")))):
            return None  # ("Fifa Sepp Blatter": a name after the organization's)
        named_before = self.named_before()
        if not named_before:
            # the lede's "The head of US TV network Fox has admitted": the description before the
            # name made the organization the subject; "The head of Ofcom has said" or "of the
            # International Monetary Fund" the older readings leave to the next sentence to name
            if not any(w[:1].islower() and w not in CONNECTORS and w not in ("a", "an")
                       for w in org[: org.find(run.group("run"))].split()):
                return None
        else:
            # once people are named, "The president of Toyota" is the one titled at Toyota ("Toyota
            # president Katsuaki Watanabe"); someone unnamed when only a country's holder of the
            # office is named ("US President George W Bush"); else the older readings decide
            key = run.group("run").split()[0].lower()
            keys = {key, COUNTRY_DEMONYMS.get(key, key)}
            head = office.group("head").lower()
            holders = self.title_holders()
            heads = {"head", "chief"} if head in ("head", "chief") else {head}  # ("the head of" the Authority's chief)
            at_org = {name for _, name, words in holders if keys & words and heads & words}
            if len(at_org) == 1 and (ref := self.person_ref(at_org.pop(), 0.8)) is not None:
                ref.surface = office.group("np").strip()
                return ref
            if not any(head in words and any(w in COUNTRIES or w.upper() in COUNTRY_ACRONYMS
                                             or w in COUNTRY_DEMONYMS.values() for w in words)
                       for _, _, words in holders):
                return None
        return Ref(None, "collective", organization=self.ctx.names.org_canonical(run.group("run")),
                   surface=office.group("np").strip(), confidence=0.3)

    def honorific_surname(self, honorific: str, surname: str) -> bool:
        """"Mr Dean says" after "Rick Dean": an honorific before a surname that is also a title
        word is the one person the text named in full with it, when the honorific's gender is
        theirs and no relative of theirs has come up since ("Mrs King" after "Michael King", "Mr
        Dean" speaking outside the family home of "Jamie Dean, 16")."""
        low = honorific.lower().rstrip(".")
        if low not in ("mr", "mrs", "ms", "miss", "dr"):
            return False  # (not "Lord King" after Justin King)
        full = self.ctx.names.full.get(normalize(surname), [])
        if len(full) != 1:
            return False
        wanted = HONORIFICS.get(low)
        if wanted is not None and self.ctx.names.gender_of(full[0]) != wanted:
            return False
        return not KIN_RE.search(self.text, self.ctx.names.first_at.get(full[0], 0), self.sentence_end)

    def named_before(self) -> bool:
        """Someone named in full before this sentence (a later description may be them)."""
        return any(at < self.sentence_at for at in self.ctx.names.first_at.values())

    def affiliated_person(self, match: re.Match, before: str) -> Ref | None:
        """The person of "Nigel McCune from the Ulster Farmers Union said", "Dr Mark Tuffy games
        systems director at digital content firm THX told": a full name opening the subject, then
        where they work (with a title, if lower-case words come between), and no commas."""
        before = RANKS_END_RE.sub("", before.rstrip()).rstrip()  # ("Sgt. Jason Dwyer with the … said")
        # ("Diamond analyst Edward Sterck at BMO Capital Markets said": his office before the name)
        titled_lead = bool(before) and before.split()[-1].lower() in TITLE_HEADS and all(
            w[:1].isupper() or w.lower() in TITLE_MODIFIERS or w.lower() in TITLE_HEADS for w in before.split())
        if before and before[-1] not in ",\"”’_" and before.split()[-1].lower() not in LEAD_WORDS and not titled_lead:
            return None  # "talks with John Smith at the Treasury …": not the subject's start
        if (before.endswith(",") and "," not in before[:-1] and (named := NAME_END_RE.search(before[:-1])) is not None
                and not before[: named.start()].strip() and (match.group("title") or names_office(match.group("name")))
                and not self.ctx.names.is_person(match.group("name"))
                and (person := self.subject_from_run(named.group("run"))) is not None and person.kind == "person"
                and person.name and self.ctx.names.is_person(person.name)):
            # "Cheryl Hurren, Complex Fraud Team manager at Wiltshire Police said": the name before
            # the comma, then an apposition that lost its closing comma ("Duncan McPhee, Unite
            # Convenor at Scotstoun said": an office in capitals)
            person.title = person.title or f"{match.group('name')} {match.group('title') or ''}".strip()
            person.organization = person.organization or match.group("org")
            return person
        title = match.group("title")
        if title and not any(w.lower() in TITLE_HEADS for w in title.split()):
            return None  # "John Smith spoke at …": a verb, not a title
        if match.group("prep") == "of" and not title and " in " not in match.group("org"):
            # "John Smith of the Farmers Union": the organization run's own reading (which stops
            # at "in": "Angela Christiana of Moms Demand Action for Gun Sense in America said")
            return None
        words = match.group("name").split()
        while words and words[0].lower() in NOT_NAMES and words[0].lower().rstrip(".") not in HONORIFICS:
            words = words[1:]  # "But Newcastle director of rugby …"
        name, org = " ".join(words), match.group("org")
        if not name or is_org_name(name) or (len(words) < 2 and not self.ctx.names.is_person(name)):
            return None
        if (org.split()[0].lower() in FIRST_NAMES or (len(org.split()) <= 3 and self.ctx.names.is_person(org))
                or (words[-1].lower() in TITLE_HEADS and self.ctx.names.is_person(" ".join(org.split()[-2:])))):
            # "director of rugby Rob Andrew", "Chief Operating Officer at Gatwick Airport Chris
            # Woodroofe": the name comes last, it is no workplace
            return None
        ref = self.person_ref(name)
        if ref is None or ref.kind != "person" or not ref.name:
            return None
        org = org[4:] if org.startswith(("the ", "The ")) else org
        if org.isupper():
            org = self.ctx.names.expand_acronym(org) or org
        ref.title = title or ref.title or (before if titled_lead else None)
        ref.organization = org
        self.ctx.titles_seen[normalize(ref.name)] = (ref.title, ref.organization)
        return ref

    def comma_subject(self, left: str) -> tuple[Ref | None, int]:
        """The subject of "DESCRIPTOR, NAME, APPOSITION, said": the last comma-separated segment
        before the cue that is a person's name alone ("In a letter in May, Zippy Duvall, the
        president of the Farm Bureau, said"; "His counterpart, Alan Beith, said"; "The leader of
        Ennahda, Rachid Ghannouchi, condemned"). Segments after it are appositions (title,
        organization, age); a descriptor before it is not the subject. (offset in `left`)"""
        # nothing before a quotation that ends in `left` is the subject: "X, of Y, told BBC
        # News: “…” David Page, of Investec Securities, said" is David Page's cue
        floor = max((m.end() for m in MASKED_QUOTE_END_RE.finditer(left)), default=0)
        cuts = [k for k, ch in enumerate(left) if ch == "," and k >= floor]
        if "(" in left:
            # ("Coun Maurice Fanning (Lab, Gorse Hill), urged": a comma inside brackets cuts nothing)
            cuts = [k for k in cuts if left.count("(", floor, k) <= left.count(")", floor, k)]
        if len(cuts) < 2:
            return None, 0
        bounds = [floor] + [k + 1 for k in cuts]
        segments = [(bounds[i], cuts[i]) for i in range(len(cuts))]
        for i in range(len(segments) - 1, max(-1, len(segments) - 5), -1):
            a, b = segments[i]
            seg = left[a:b]
            lead_quote = MASKED_QUOTE_LEAD_RE.match(seg)
            if lead_quote:
                # “…,” Jim Chilton, senior vice president …, said: the quotation, then the name
                a += lead_quote.end()
                seg = left[a:b]
            if i == len(segments) - 1 and (clause := NAMED_CLAUSE_SEGMENT_RE.match(seg)) is not None:
                # "In Taiji, Wakayama Prefecture, which …, Mayor Kazutaka Sangen welcomed the move,
                # saying": the clause before the cue has its own subject, whom the participle's is
                ref = self.subject_from_run(clause.group("run"))
                if ref is not None and ref.kind == "person" and ref.name:
                    return ref, a + clause.start("run")
                return None, 0
            m = NAME_SEGMENT_RE.match(seg)
            if not m and (joined := seg.rfind(" but ")) > 0 and (m := NAME_SEGMENT_RE.match(seg[joined + 4 :])) is not None:
                # "action in York as well as London but Greg Howard, chair of …, insisted": the
                # name after the conjunction opens the clause whose verb follows
                a += joined + 4
                seg = left[a:b]
            if not m:
                continue
            run = m.group("run")
            if PARTY_STATE_RE.fullmatch(run) or (
                    run.split()[-1] in ("Democrat", "Republican", "Independent") and is_region(run.rsplit(None, 1)[0])):
                # "Ben Ray Luján, D-New Mexico, said", "Frank Lautenberg, New Jersey Democrat,
                # said": his party and state, no one's name
                continue
            if i + 1 < len(segments) and LIST_TAIL_RE.fullmatch(left, *segments[i + 1]):
                continue  # "cabinet member for Children, Young People, Education and Lifelong Learning,": a list's item
            if i > 0 and ((
                    (place := IN_PLACE_END_RE.search(left, segments[i - 1][0], segments[i - 1][1]))
                    and place.group("place").lower() not in CALENDAR_WORDS and not self.ctx.names.is_person(run))
                    or ADDRESS_END_RE.search(left, segments[i - 1][0], segments[i - 1][1])):
                # "at a terminal in Elizabeth, New Jersey, saying": the town's state (but "A
                # worker from Leeds, John Smith, said" names him); "Joan Brooks, 74, of West
                # Stephenson Street, South Shields, said": the street's town
                continue
            if (len(segments) == 2 and i == 1 and is_org_name(run)
                    and DESCRIPTOR_SEGMENT_RE.match(left, _after_masked_quote(left, *segments[0]), segments[0][1])):
                # "Colorado's oldest newspaper, the Rocky Mountain News, said", "The firm, Acme
                # Holdings, said": what the organization is, then its name
                ref = self.subject_from_run(run)
                if ref is not None and ref.kind == "org" and ref.name:
                    return ref, a + m.start("run")
            if seg[: m.start("run")].strip().lower().endswith("the") and not HONORIFIC_LEAD_RE.match(run):
                continue  # "the Virginia Democrat" describes; "the Most Reverend Peter Smith" names
            if (i >= 1 and (plural := run.split()[-1].lower()).endswith("s") and not plural.endswith("ss")
                    and plural[:-1] in TITLE_HEADS and not self.ctx.names.is_person(run)
                    and not (i >= 2 and NAME_SEGMENT_RE.match(left[segments[i - 2][0] : segments[i - 2][1]]))  # ("Brian Jones, Tom Smith, Councillors,")
                    and (before := NAME_SEGMENT_RE.match(left[segments[i - 1][0] : segments[i - 1][1]])) is not None
                    and (person := self.subject_from_run(before.group("run"))) is not None and person.kind == "person"
                    and person.name and self.ctx.names.is_person(person.name)):
                # "Alan Perry, GMB Regional Organisers, said": an office set beside the name before it
                person.title = person.title or run
                return person, segments[i - 1][0] + before.start("run")
            if (i >= 2 and not self.ctx.names.is_person(run)
                    and (office := left[segments[i - 1][0] : segments[i - 1][1]].split())
                    and office[-1].lower() in TITLE_HEADS and all(w[:1].isupper() for w in office)
                    and (earlier := NAME_SEGMENT_RE.match(left[segments[i - 2][0] : segments[i - 2][1]])) is not None
                    and self.ctx.names.is_person(self.ctx.names.canonical(strip_honorific(earlier.group("run"))[0]))):
                # "Mr Dayyabu Mamman, Zonal Director, Highways North Central, said": the body the
                # office is in, after the person's name and office
                continue
            if (i >= 2 and not self.ctx.names.is_person(run)
                    and (described := left[segments[i - 1][0] : segments[i - 1][1]].split())
                    and described[0] in ("a", "an", "the") and described[-1].lower() in ORG_HEADS
                    and (before := NAME_SEGMENT_RE.match(left[segments[i - 2][0] : segments[i - 2][1]])) is not None
                    and (person := self.subject_from_run(before.group("run"))) is not None and person.kind == "person"
                    and person.name and person.name.split()[0].lower() in FIRST_NAMES):
                # "Louisa Hawkes, a spokeswoman for a nonprofit whale rescue group, Project Jonah,
                # said": the group's name, set beside what it is; the name before is the speaker
                continue
            ref = self.subject_from_run(run)
            if ref is None or ref.kind != "person" or not ref.name:
                continue
            if len(ref.name.split()) < 2 and not self.ctx.names.is_person(ref.name) and not (
                    0 < i == len(segments) - 1 and not left[segments[i][1] + 1 :].strip()
                    and (office := left[segments[i - 1][0] : segments[i - 1][1]].split())
                    and office[0].lower() in TITLE_HEADS and office[0][:1].isupper() and "of" in office[1:3]
                    and not is_region(ref.name) and ref.name.lower() not in PARTY_WORDS and self.speaks(ref.name)):
                # (a name that speaks elsewhere: not "Superintendent of Police, Dhanbad, said", a city)
                continue  # (but "Head of the Operations Section of Basarnas, Supriyono, said": one name, titled)
            for ap, bp in segments[i + 1 :]:
                title, org = self.apposition(left[ap:bp])
                if title or org:
                    ref.title = title or ref.title
                    ref.organization = org or ref.organization
                    break
            if m.group("org"):
                ref.organization = ref.organization or m.group("org").strip()
            start = a + m.start("run")
            if (i > 0 and not ref.title and 1 <= len(office := left[segments[i - 1][0] : segments[i - 1][1]].split()) <= 3
                    and office[-1].lower() in TITLE_HEADS and all(w.isalpha() and w.islower() for w in office)
                    and office[0] not in ("a", "an", "and", "the", "every")):  # (not "a gentleman, a great manager, Terry Butcher")
                # "The decision killed the sector, finance minister, Patrick Chinamasa, has said": his
                # office set off before the name; the reported clause ends before it
                ref.title = " ".join(office)
                start = segments[i - 1][0] + len(left[segments[i - 1][0] :]) - len(left[segments[i - 1][0] :].lstrip())
            if ref.title or ref.organization:
                self.ctx.titles_seen[normalize(ref.name)] = (ref.title, ref.organization)
            return ref, start
        return None, 0

    def report_subject(self, frame: str, sent_start: int, end: int) -> Ref | None:
        """“Restoring Community,” a report on …, issued by …, states: — the report speaks."""
        title = self.ctx.report_title
        if not title:
            return None
        head = frame[sent_start:end]
        m = MASKED_QUOTE_START_RE.match(head)
        if not m:
            return None
        quoted = self.text_of(sent_start + m.start(1), sent_start + m.end(1)).rstrip(",. ")
        if quoted != title:
            return None
        return Ref(title, "report", surface=title, confidence=0.9)

    def text_of(self, start: int, end: int) -> str:
        return self.paragraph_text[start:end]

    def office_holder_ref(self, words: list[str], before: str) -> Ref | None:
        """The holder of an office held "at", "for", "with" or "of" a body, or "to" a country,
        whose name ends the run after it ("Chief Operating Officer at Gatwick Airport Chris
        Woodroofe", "Deputy spokesperson for Eskom Dikatso Mothae", "Deputy director general of
        the IOPC Ian Todd", "high commissioner to the UK Johnston Busingye"), with the office as
        title and the body as organization (an envoy's country goes in the title): when the name
        opens on a first name, or the body stands alone elsewhere in the text (the story is about
        Eskom; not "Great Lakes Aviation" named once); after "of" or "to", only a first name and a
        surname. Not after an indefinite article ("A spokeswoman for …": someone unnamed), nor
        when the body holds an office of its own ("a spokesman for Home Affairs Commissioner
        Franco Frattini": whom they speak for)."""
        if len(words) < 3 or not before.endswith((" at ", " for ", " with ", " of ", " to ")):
            return None
        office = OF_TITLE_RE.search(before, max(0, len(before) - 80))
        if office is None or INDEFINITE_END_RE.search(before, max(0, office.start() - 30), office.start()):
            return None
        held = office_domain_split(words)[1]
        domain = words[: len(words) - len(held)]
        if not held or any(w.lower() in TITLE_HEADS for w in domain):
            return None
        body = " ".join(domain[1:] if domain[:1] in (["the"], ["The"]) else domain)
        of_or_to = before.endswith((" of ", " to "))
        if of_or_to and (held[0].lower() not in FIRST_NAMES or len(held) != 2):
            return None  # (the name after a body "of" or "to" is split only at a first name: not "Morgan Stanley James Gorman")
        if not (held[0].lower() in FIRST_NAMES or any(
                not self.text.startswith(" " + held[0], at + len(body)) for at in word_positions(self.text, body))):
            return None
        ref = self.person_ref(" ".join(held))
        if ref is None or ref.kind != "person" or not ref.name:
            return None
        office_words = before.rstrip().split()[:-1]
        cut = len(office_words)
        while cut > 0 and not office_words[cut - 1].endswith((",", ";", ":")) and (
                office_words[cut - 1][:1].isupper() or office_words[cut - 1].lower() in TITLE_HEADS):
            cut -= 1
        while cut < len(office_words) and office_words[cut].lower() in ("the", "a", "an"):
            cut += 1  # ("The ambassador to Germany Richard Grenell": the article is no part of the title)
        ref.title = ref.title or " ".join(office_words[cut:]) or None
        if before.endswith(" to "):
            ref.title = ref.title and f"{ref.title} to {body}"  # an envoy's country is no organization
        else:
            ref.organization = ref.organization or body
        return ref

    def subject_from_run(self, run: str, before: str = "") -> Ref | None:
        given = run
        if run.startswith("As ") and not before.strip() and (len(run.split()) >= 3 or run[3:].lower() in COUNTRIES):
            run = run[3:]  # "As Japan said …, the ministry released": the clause's conjunction, then its subject
        if run.lower() in BARE_BODIES:
            return Ref(None, "collective", surface=run, confidence=0.3)  # "Unions have warned": bodies, none named
        run = _without_people_word(run)
        if STATE_ABBREVIATION_RE.fullmatch(run) and before.rstrip().endswith(","):
            return Ref(None, "collective", surface=run, confidence=0.3)  # "… Ocean County, N.J. announced": a place's state
        if (before.endswith(("in ", "in the ")) and PLACE_IN_SUBJECT_RE.match(before)
                and (is_region(place := run.removeprefix("the ")) or place.lower() in COUNTRIES
                     or place in ("United States", "United Kingdom", "US", "UK"))):
            # "The single-ticket winner of one of the largest prizes in the United States says": the
            # place is in the subject's description; the subject is someone unnamed
            return Ref(None, "collective", surface=(before + run).strip(), confidence=0.3)
        if (family := self.family_of(run, before)) is not None:
            return Ref(None, "collective", surface=family, confidence=0.3)  # "the Bayfords said": a couple, no one person
        if (run[1:2] == "-" and PARTY_STATE_RE.fullmatch(run) and before.rstrip().endswith((",", "("))
                and (named := NAME_END_RE.search(before.rstrip()[:-1])) is not None
                and (" " in named.group("run").strip() or self.ctx.names.is_person(named.group("run")))):
            return None  # "Sen. John Cornyn, R-Texas, who …, said": his party and state (not "D-Wade said")
        if (" on " in run and (address := ADDRESS_END_RE.search(run)) is not None and address.group().startswith("on ")
                and " " in run[: address.start()].strip()):  # (not "Women on Wall Street")
            run = run[: address.start()].rstrip()  # "Alaska Pest Management on Tongass Avenue says": where it is
        if (dateline := CAPITALS_DATELINE_LEAD_RE.match(run)) is not None:
            # "BEIJING, CHINA The Health Ministry said", "HELSINKI, FINLAND On Thursday": a
            # dateline in capitals with no dash, then the sentence
            run = run[dateline.end() :]
            if not run:
                return None
        if (run.startswith("The ") or run.startswith("the ")) and run[4:].isupper() and 2 <= len(run) - 4 <= 4 \
                and (office := self.title_acronym(run[4:])) is not None:
            # "Chief minister (CM) Devendra Fadnavis … The CM said": an office's initials
            holder = self.holder_of(office[0][-1], " ".join(office[0][:-1]))
            if holder is None and office[1]:
                holder = self.subject_from_run(office[1])  # ("Chief minister (CM) Devendra Fadnavis")
            if holder is not None and holder.kind == "person" and holder.name:
                holder.surface = run
                holder.title = holder.title or " ".join(office[0]).capitalize()
                return holder
        if run.startswith("the ") and (lead := IMPERATIVE_NAME_LEAD_RE.search(before)) is not None:
            # "Save the Children says": a charity named with a verb and "the", read whole
            return Ref(f"{lead.group(1)} {run}", "org", surface=f"{lead.group(1)} {run}", confidence=0.9)
        if run in ("the Company", "The Company") or run == "Company" and before.endswith(("the ", "The ")):
            # "said the Company": a press release's capital for the company it defines so, else
            # read as "the company" is (`nominal_ref` reads "the Company said" the same way)
            return self.defined_company(run) or self.nominal_ref(THE_COMPANY)
        if run.startswith(("the ", "The ")) and HONORIFIC_LEAD_RE.match(run, 4):
            run = run[4:]  # "the Most Rev Justin Welby": a clergyman's style, not an organization's article
        if (before.endswith(", ") and " " in run and (office := TITLE_FOR_ORG_RE.fullmatch(run)) is not None
                and office.group("title").split()[-1].lower() in TITLE_HEADS
                and (named := NAME_END_RE.search(before[:-2])) is not None
                and not any(ch.isalpha() for ch in before[: named.start()])  # (not "In Chester, President of …")
                and named.group("run").split()[0].lower() not in FRONTING_PREPOSITIONS
                and (person := self.subject_from_run(named.group("run"))) is not None
                and person.kind == "person" and person.name):
            # "Dr. Lindsey Waxman, Senior Veterinarian for The Florida Aquarium said": the name
            # before the comma, then its capitalised office at a body
            person.title = person.title or office.group("title")
            person.organization = person.organization or office.group("org")
            return person
        if "s " in run and POSSESSIVE_ORG_RUN_RE.fullmatch(run):
            # "the Secretary of State’s Office", "the Attorney General's Office": an office, not
            # the title of its holder
            name = run[4:] if run.startswith(("the ", "The ")) else run
            return Ref(self.ctx.names.org_canonical(name), "org", surface=run, confidence=0.85)
        if (party := PARTY_MEMBER_RE.fullmatch(run)) is not None and (
                party.group("party") != "Independent" or (party.group("state") or "").strip().lower() in US_STATES):
            # (an independent only with a US state: "the Vermont Independent"; "the Independent",
            # "the Irish Independent", "the Santa Barbara Independent" are papers)
            # "“…,” the Kentucky Republican said": the politician named last whom the text gave that
            # party and state ("Dale Sutter (R-Ky.)"); else a party member we cannot name
            person = self.party_member(party.group("party")[0], party.group("state"))
            if person is not None:
                return speaking_as(person, run, 0.7)
            return Ref(None, "collective", surface=run, confidence=0.3)
        if run in PARTY_ADJECTIVES and not any(" " in name for name in self.ctx.names.full.get(normalize(run), ())):
            # "denied Conservative claims that …", "amid Tory claims": the party's, nobody by name
            # (but "Tory said" after "Mayor John Tory": his surname)
            return Ref(None, "collective", surface=run, confidence=0.3)
        if before and (relation := RELATION_OF_END_RE.search(before)):
            # "A close associate of former Yukos boss Mikhail Khodorkovsky has told": someone
            # unnamed, described by whom they relate to; the name is not the speaker
            return Ref(None, "collective", surface=relation.group(0).strip(), confidence=0.3)
        if (" and " in run and before.endswith(", ") and run.split()[-1] in LISTED_NAME_HEADS
                and (first := LISTED_NAME_OPENING_RE.search(before)) is not None):
            # "The Rail, Tram and Bus Union says": one body whose name lists its trades
            run, before = f"{first.group(1)}, {run}", before[: first.start(1)]
        if (" and " in run or " & " in run) and before and (listed := LIST_OPENING_RE.search(before)) \
                and listed.group(1).split()[0].lower() not in NOT_NAMES and listed.group(1).lower() not in COUNTRIES:
            # "Ford, General Motors and Stellantis said": the last two of a list, neither alone
            return Ref(None, "collective", surface=listed.group(1) + ", " + run, confidence=0.3)
        words = run.split()
        if (ref := self.office_holder_ref(words, before)) is not None:
            return ref  # "Chief Operating Officer at Gatwick Airport Chris Woodroofe"
        if words[-1] in POSTNOMINALS and len(words) >= 2 and DEFINITE_END_RE.search(before):
            # "the former Progressive Democrats TD": the article is the run's, before it
            words = ["the"] + words
        if len(words) >= 2 and words[0].lower() == "the" and words[-1] in POSTNOMINALS:
            # "the Salford MP told", "the Labour MP said", "the MEP said": an office described, not a name; its
            # holder as the text gave it, or the untitled person who just spoke, else nobody
            ref = self.holder_of(words[-1].lower(), " ".join(words[1:-1])) or self.untitled_last_speaker(words[-1].lower())
            return _described(ref, run)
        if (len(words) >= 5 and words[0].lower() == "the" and words[1] in PARTY_ADJECTIVES and words[2] in POSTNOMINALS
                and words[3] == "for"):
            party, words = words[1], words[:1] + words[2:]  # "The Conservative MP for Thirsk and Malton": an MP, of a party
        else:
            party = None
        if len(words) >= 4 and words[0].lower() == "the" and words[1] in POSTNOMINALS and words[2] == "for":
            # "The MP for Sittingbourne and Sheppey said": the person the last sentence was about,
            # when the text calls them an MP somewhere (not "Jane Cooper, who lives next to the
            # site": the text makes her no politician)
            ref = self.last_subject_titled(words[1]) or self.untitled_last_speaker(words[1].lower())
            if ref is not None and not any(self.described_as(ref.name, word)
                                           for word in (words[1], *(PARLIAMENT_WORDS if party is None else ("backbencher",)))):
                ref = None  # (with the party given, the person must be called an MP: "a Conservative voter" is none)
            if ref is None and len({name for at, name, held in self.title_holders()
                                    if words[1].lower() in held and at < self.sentence_at}) == 1:
                # "local MP Kevin Hollinrake expressed his disappointment. ¶ The Conservative MP for
                # Thirsk and Malton said": the one MP the text has named
                ref = self.holder_of(words[1].lower(), "")
            if ref is not None and party is not None and not self.of_party(ref.name, party):
                ref = None  # "Labour MP Rachel Hopkins said …. ¶ The Conservative MP for … said": another MP
            return _described(ref, run)
        if ((words[-1] in POSTNOMINALS and (before.lower().split()[-1:] in (["a"], ["an"]) or words[0] in ("A", "An")))
                or (len(words) >= 2 and words[0] in ("A", "An") and words[1].lower() in TITLE_HEADS)):
            # "A DUP MLA has called …", "A Fine Gael TD said", "A Minister of State has told …": an office holder
            # described, not named
            return Ref(None, "collective", surface=run, confidence=0.3)
        if before and placed_role_name(words, before):
            words = words[1:]  # "spokesperson in Limpopo Mashudu Malabi-Dzhangi": a place, then the name
        run = " ".join(drop_postnominals(words))  # "Jane Smith MP": no title standing alone
        if (office := OFFICE_OF_ORG_RE.fullmatch(run)) is not None and office.group("head").lower() in TITLE_HEADS \
                and (is_org_name(office.group("domain")) or office.group("domain").split()[-1].lower() in OFFICE_DOMAINS) \
                and not ((held := office_domain_split(domain := office.group("domain").split())[1])
                         and (held[0].lower() in FIRST_NAMES or len(held) == 2 and len(domain) >= 3 and NOUN_ENDING_RE.search(domain[-3]) and all(
                             w[:1].isupper() and w.lower() not in ORG_WORDS and w.lower() not in OFFICE_DOMAINS
                             and not NOUN_ENDING_RE.search(w) and not is_region(w) for w in held))):
            # "The Chief of Police said": an office, its holder as the text gives them, else nobody
            # named (not an organization called "Chief of Police"; not "Director of Social
            # Services Elaine Mansoor" nor "Minister for Energy Consumers Miatta Fahnbulleh": the
            # office, then its holder's name)
            holder = self.holder_of(office.group("head").lower(), office.group("domain"))
            return holder or Ref(None, "collective", surface=run, confidence=0.3)
        if " of the " in run and (member := self.member_of(run)) is not None:
            return member
        left, joined, right = run.rpartition(" and ")
        if (joined and (PLACE_PREPOSITION_RE.search(before) or DATED_OBJECT_RE.search(left))
                and right[:1].isupper()
                and len(self.ctx.names.full.get(normalize(right.split()[-1]), [])) == 1):
            # "they meet at Twickenham and Kirwan says", "met the Spanish FA on Monday and Astiazaran
            # added": the name before "and" is an object; the clause after it has its own subject,
            # a person the text names
            run = right
        if not run:
            return None
        pronoun = PRONOUNS.get(run.lower())
        if pronoun:
            return self.pronoun_ref(run)
        if run.lower() in INDEFINITE_PRONOUNS:
            return Ref(None, "collective", surface=run, confidence=0.3)  # "Nobody said it would be easy"
        if (" " not in run and not run.isupper() and (COMMON_NOUN_FORM_RE.search(run) or run in NATIONALITIES)
                and not self.ctx.names.is_person(run) and not self.named_mid_sentence(run)
                and run.lower() not in ORG_WORDS):  # (not "Reuters said")
            # "Colleagues said", "Speculation suggests", "British …": a common noun or adjective
            # opening a sentence (the text never writes it capitalised mid-sentence, as it
            # would a name), a source but nobody by name
            return Ref(None, "collective", surface=run, confidence=0.3)
        if (" " not in run and (ADVERB_RE.search(run) or PARTICIPLE_RE.search(run) and (
                    run.lower() in OPENING_PARTICIPLES or self.ctx.names.lower_elsewhere(run)))
                and run.lower() not in FIRST_NAMES and not self.ctx.names.is_person(run)
                and not self.named_mid_sentence(run)):
            # "Following claims that …" (a word the text also writes in lower case, not "Boeing"
            # or "Reading"), "Firstly, …": no subject at all
            return None
        described = PARTICIPLE_ADJ_RE.match(run)
        if described and (self.ctx.names.full.get(normalize(run.split()[-1]))
                          or len(list(word_positions(self.text, run[described.end():]))) >= 2):
            # "the Oscar-nominated Owen told reporters", "Paris-based Euronext said": a name the
            # text gives elsewhere too, described
            run = run[described.end():]
        lower_title = LOWER_TITLE_RE.search(before) if before else None
        person, sep, org_part = run.partition(" of ")
        if sep and " for the " in person:
            # "U.S. Attorney Matthew M. Graves for the District of Columbia": the body he serves
            person, sep, org_part = run.partition(" for ")
        if sep and f"{person.split()[-1]} of {org_part}" in self.ctx.names.full.get(normalize(person.split()[-1]), []):
            return self.person_ref(person)  # "Lord Nicholls of Birkenhead": a peer, not of a place
        if (sep and len(words := person.split()) >= 3 and words[-1].lower() in TITLE_HEADS and words[0].lower() in FIRST_NAMES
                and (ref := self.person_ref(" ".join(words[:-1]))) is not None and ref.kind == "person"
                and ref.name and len(ref.name.split()) >= 2):
            # "Michael Gove MP Secretary of State for Housing": the name, then the office it holds
            title, org = self.apposition(f"{words[-1]} of {org_part}")
            ref.title, ref.organization = title or ref.title, org or ref.organization
            return ref
        # "Catholic Archbishop of Dublin Diarmuid Martin": an office's words before "of", no
        # person of a place ("John King of CNN" is one: a first name opens it)
        office_before_of = bool(sep) and (person.split()[-1].lower() in TITLE_HEADS
                                          and (person.split()[0].lower() not in FIRST_NAMES
                                               or (len(person.split()) == 2 and is_region(person.split()[0]))))
        # ("Georgia Secretary of State Brad Raffensperger": a state, though "Georgia" is a first name too)
        if sep and (person.split()[0].rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Emeritus", "Emerita") or (
            len(person.split()) >= 2 and not office_before_of and self.ctx.names.is_person(strip_honorific(person)[0])
        ) or (  # "O’Leary of the NBRU said" after "Dermot O’Leary": his surname, then his union
            " " not in person and any(" " in n for n in self.ctx.names.full.get(normalize(person), ()))
        ) or (2 <= len(named := split_title(person)[1].split()) <= 3 and org_part[:1].isupper()
              and not is_org_name(" ".join(named)) and named[-1].lower() not in TITLE_HEADS
              and named[0] not in PEERAGE_STYLES and " and " not in person
              and named[0].lower() not in COMPASS_WORDS)):  # ("East Riding of Yorkshire Council": a place's)
            # ("U.S. Secretary of State Condoleezza Rice" is no person of a state; "Ch Insp Ady
            # Dawson of Suffolk Police" is one, after the title; "Lord Roberts of Conwy" is a peer
            # named so; "The Queen and Duke of Edinburgh" two people)
            # ("Jamie Graham of Total Film": a name, then whom they work for)
            # "Dr Jeremy Philpott of the UK Patent Office"
            ref = self.person_ref(person)
            if ref is not None and ref.kind == "person":
                org_part = org_part[4:] if org_part.startswith("the ") else org_part
                ref.organization = ref.organization or org_part
                return ref
        title, name = split_title(run)
        if title and " " not in name and name.lower() in TITLE_HEADS and not self.ctx.names.full.get(normalize(name)):
            # "The Lord Chief Justice said": an office, whose last word is no surname; its holder
            # as the text gave them ("Chief Minister Siddaramaiah said …. ¶ … the Chief Minister
            # stated"), as the lower-case office is read; held now, and in full (not "Former Chief
            # Minister B S Yediyurappa", nor a deputy)
            head, described = name.lower(), [w for w in title.lower().split() if w != "the"]
            holder = self.holder_of(head, " ".join(described)) if title.lower().startswith("the ") else None
            if holder is not None and not any(
                    held == holder.name and head in words and not (words & NOT_SITTING_WORDS) - set(described)
                    for _, held, words in self.title_holders()):
                holder = None
            return _described(holder, run)
        if title and office_name(name) and not self.ctx.names.full.get(normalize(name.split()[-1])):
            # "the Deputy Prime Minister said": an office (no person named "Prime Minister"); its
            # holder as the text gave them
            return _described(self.holder_of(name.split()[-1].lower(), f"{title} {name}".lower()), run)
        if title and " " not in name and title.lower().endswith((" of", " of the", " for", " for the")) and name[:1].isupper():
            # "the Leader of the Opposition said": an office whose last word is no name; its
            # holder as the text gave them ("Leader of the Opposition Pritam Singh")
            head = title.lower().split()[1 if title.lower().startswith("the ") else 0]
            return _described(self.holder_of(head, name.lower()), run)
        if title and name.split()[0] in ("for", "at", "on", "to", "in") and not self.ctx.names.is_person(
                " ".join(name.split()[-2:])):
            # "The United Nations High Commissioner for Human Rights said": an office, no name
            return Ref(None, "collective", surface=run, confidence=0.3)
        last = run.split()[-1].lower().split("-")[-1]
        # the run without its article, and whether an article comes first ("the Bishop", or
        # "Bishop" after "according to the")
        bare_run = run[4:] if run.lower().startswith("the ") else run
        after_the = bare_run != run or (" " + before.rstrip().lower()).endswith(" the") or AGED_THE_END_RE.search(before) is not None
        body_words = bare_run.split()[:-1]
        if after_the and len(body_words) <= 2 and bare_run.split()[-1] in OFFICE_ABBREVIATIONS:
            # "The PM insisted": the prime minister, as the text gave the office, else the lede's
            # subject (see nominal_ref); "the Interior CS": Interior Cabinet Secretary Fred Matiang'i
            head, body = OFFICE_ABBREVIATIONS[bare_run.split()[-1]]
            body = " ".join([body, *(w.lower() for w in body_words)])
            return _described(self.holder_of(head, body) or (self.lede_office_holder(head) if not body_words else None), run)
        if (last == "executive" and body_words and run.split()[-1][0].isupper()
                and (body_words[-1] in NATIONALITIES or len(body_words) >= 2 and " and " in run)
                and not any(w.lower() in TITLE_HEADS or w.lower() in FIRST_NAMES for w in body_words)):
            # "the Scottish Executive has insisted", "The Health and Safety Executive said": a
            # government or an agency, not a company's officer
            return Ref(bare_run, "org", surface=run, confidence=0.85)
        if (last in TITLE_HEADS and not title and not self.titled_surname(run)
                and not ((last in TITLE_ABBREVIATIONS or last == "gm" and " " not in bare_run)
                         and run.split()[-1].isupper())  # (a rank in capitals is an acronym: "The CPL has said", "GM said")
                and not (" of " in bare_run and " " not in bare_run.rsplit(" of ", 1)[1]
                         and is_org_name(bare_run.rsplit(" of ", 1)[0]))  # ("the Department of Justice")
                and not (len(run.split()) == 2 and run.split()[-1][0].isupper() and run.split()[0][0].isupper()
                         and (run.split()[0].lower() in FIRST_NAMES or lower_title is not None
                              or self.honorific_surname(run.split()[0], last)
                              # ("says PK Sen, the former director": a name the text gives an office)
                              or normalize(run) in self.ctx.names.titled))):
            # ("Bank of England governor Mervyn King said": a title before, so "King" is his surname;
            # "Mr Dean says" after "Rick Dean": an honorific before a surname the text gave in full)
            # "The Conservative Party Co-Chairman said": a title standing for its holder
            holder = self.ctx.names.titles.get(normalize(run.split()[-1])) if last not in OFFICE_INITIALS else None
            if holder:
                return self.person_ref(holder, 0.8)
            if after_the and len(body_words) <= 3 and (ref := self.holder_of(last, " ".join(body_words))):
                # "the Bishop said" after "The Bishop of Durham, the Rt Rev Dr Tom Wright", "the
                # Housing Secretary said" after "the Housing Secretary, James Brokenshire,"
                return ref
            if (after_the and all(w.lower() in HEAD_OF_STATE_WORDS or w.lower() == "first" for w in body_words)
                    and (ref := self.lede_office_holder(last)) is not None):
                # "Nicola Sturgeon has said …. The First Minister told ITV": the lede's subject, by
                # a government head's office the text gives nobody (not "the Culture Secretary", an
                # office of a domain, nor "the Labour leader", a party's)
                ref.surface = run
                return ref
            return Ref(None, "collective", surface=run, confidence=0.3)
        if after_the and DEMONYM_RE.fullmatch(bare_run) and not self.ctx.names.is_person(bare_run):
            # "the Spaniard believed …": the one person the text gave that nationality, else the
            # person the story is about
            person = self.national_of(bare_run)
            story = self.story_subject(run) if person is None else None
            if (person is None and (latest := self.last_subject()) is not None and not self.national_otherwise(latest.name, bare_run)
                    and not (story is not None and story.name and self.nationalities_given(story.name))):
                # "Davidovich Fokina was gracious in defeat. “…,” the Spaniard said": the person
                # the last sentence was about, before the one the story is about (unless the text
                # gave the story's subject a country, "Spain's Elena Sokolova": then the old reading)
                person = latest
            person = person or story
            if (person is not None and person.name and bare_run in NATIONALITIES
                    and self.national_otherwise(person.name, bare_run)):  # (a Scot or a Texan is British or American too)
                return None  # "Kazakhstan's Elena Sokolova …. “…,” the American said": someone else
            return person
        if " " not in bare_run and bare_run.lower() in HONORIFICS:
            return self.styled_one(bare_run, run, 0.9)  # "The Lord went on to say": a style, no body
        plural = bare_run
        if plural.split()[-1][:-1] in NATIONALITIES and plural.endswith("s") and len(plural.split()) <= 2:
            # "Most Russians believe", "Israelis said": a people, nobody by name
            return Ref(None, "collective", surface=run, confidence=0.3)
        if " " not in plural and plural.endswith("s") and (
                self.ctx.names.lower_elsewhere(plural) or PLURAL_ACRONYM_RE.fullmatch(plural)
                or plural.lower() in COLLECTIVE_HEADS or plural.lower() in ("reports", "figures", "studies")):
            # "Airlines claim that …", "Analysts say", "MPs said": a common plural opening the
            # sentence, a source but nobody by name
            return Ref(None, "collective", surface=run, confidence=0.3)
        if (is_org_name(name if title else run) and not run.split()[0] in ("Mr", "Mrs", "Ms", "Dr")
                and not self.ctx.names.surname_not_org(run)):
            if run.lower().startswith("the "):
                run = run[4:]
            words = run.split()
            while len(words) > 1 and (
                    (words[0].lower() in CONNECTIVES or words[0].endswith("ing") and words[1][:1].isupper()  # (not "Housing & Communities")
                     or HYPHENATED_DESCRIPTOR_RE.fullmatch(words[0])
                     or DAY_OWNER_RE.fullmatch(words[0])
                     or words[0].lower() in CALENDAR_WORDS and before.split()[-1:] in (["last"], ["on"], ["this"], ["next"]))
                    and is_org_name(" ".join(words[1:])) and " ".join(words[1:]) not in COUNTRY_ACRONYMS
                    or words[0].lower() in COMPANY_DESCRIPTORS and words[1][:1].isupper()
                    and (len(words) >= 3 or words[1].isupper())):
                # "But Deutsche Bank said", "Bringing Cadillac …", "Cash-strapped Wolverhampton City
                # Council said", "Today's High Court said", a day or month after "last", "on",
                # "this" or "next" ("last Friday Council said"; not the Sunday Times, nor "Cycling
                # UK": a body named for a country): the name after
                words = words[1:]
            if (len(words) == 1 and words[0] != run.split()[0] and run.split()[0].lower() in CALENDAR_WORDS
                    and (nominal := NOMINAL_END_RE.search("the " + words[0].lower())) is not None):
                return self.nominal_ref(nominal)  # ("last Friday Council said": the council in focus)
            if words[0] in ("A", "An") and len(words) > 1 and not (words[0] == "An" and words[1] in IRISH_AN_BODIES):
                # "A South Australian Council says", "A Senate Republican said": one the text has
                # not named (not "An Post", an Irish body's name)
                return Ref(None, "collective", surface=run, confidence=0.3)
            if words[0] == "As" and len(words) > 1:
                words = words[1:]  # "As California Supreme Court …": a clause's conjunction
            if (cut := person_after_org(words)) and (ref := self.person_ref(" ".join(words[cut:]))) is not None \
                    and ref.kind == "person":
                ref.organization = ref.organization or " ".join(words[:cut])
                return ref
            if (named := PERSON_OF_ORG_RE.fullmatch(" ".join(words))) is not None and self.person_before_of(named):
                # "Barrie Deas of the National Federation of Fishermen's Organisations said": a
                # person (no first name we know), then where they work
                ref = Ref(self.ctx.names.canonical(named.group("person")), "person", surface=named.group("person"), confidence=0.85)
                ref.organization = named.group("org")
                return ref
            run = " ".join(words)
            if "' " in run and (owned := run.split("' ", 1)[1]) in self.ctx.names.acronyms.values():
                run = owned  # "The United Nations' Economic Commission for … (ECLAC)": the body its acronym names
            left_org, joined, right_org = run.partition(" and ")
            if (joined and " of " in left_org and not right_org.startswith("the ") and len(right_org.split()) <= 2
                    and " of " not in right_org and not any(w.isupper() for w in right_org.split())
                    and right_org.split()[-1] != left_org.split(" of ")[0].split()[-1]
                    and self.text.count(right_org) == self.text.count(run)):
                # "The Alliance of Motion Picture and Television Producers", "the Department of
                # Family and Community Services": one body's domain (not "United Bank of Africa and
                # Trust Bank": two banks; "Bank of England and Financial Conduct Authority": two bodies)
                joined = ""
            if joined and run not in self.ctx.names.acronyms.values() and (
                           is_org_name(left_org) and (is_org_name(right_org) and len(right_org.split()) >= 2
                                                      or right_org.isupper() and len(right_org) > 1)
                           or " " not in left_org and left_org.endswith("s") and right_org.endswith("s")
                           and len(right_org.split()) <= 2 and "'" not in run and "’" not in run):
                # ("The Conservatives and Liberal Democrats say", "The Ospreys and Scarlets say")
                # "The United Nations and European Union stressed", "BBC and ITV said": two
                # speakers, neither alone
                # (but "the University and College Union (UCU)": one, its initials say)
                return Ref(None, "collective", surface=run, confidence=0.3)
            run = re.sub(r"['’]s$", "", run)
            full = self.ctx.names.expand_acronym(run) if run.isupper() else None
            named = self.ctx.names.org_canonical(full or run)
            if (run.isupper() and (named.split()[0].lower() in TITLE_HEADS or named.split()[0] == "Member")
                    and named.split()[1:2] in (["of"], ["for"])):
                # "Alvin Orlando, a Member of the County Assembly, … “…,” the MCA declared": an
                # office's initials, no body; the one person the text gave it
                office = named.split()[0].lower()
                domain = named.split()[-1].lower()  # ("the DPP": no director of another body)
                holders = {ref.name: ref for ref in self.ctx.focus
                           if ref.kind == "person" and ref.name and (ref.title or "").lower().startswith(office)
                           and domain in f"{ref.title} {ref.organization or ''}".lower()}
                if len(holders) == 1:
                    return speaking_as(holders.popitem()[1], run, 0.7)
                if holders:
                    return Ref(None, "collective", surface=run, confidence=0.3)
            if (tokens := run.split()) and (office := EXECUTIVE_INITIALS.get(tokens[-1])) is not None:
                # "The Mountain Operations VP confirms": an office by its initials, in a domain or
                # a firm, no body of that name; the one person the text gave that office there
                # (the words before it as given: "The Marketing VP" has lost "Marketing" by now)
                domain = {w.lower() for w in given.split()[:-1] if w.lower() != "the"}
                holders = {ref.name: ref for ref in self.ctx.focus
                           if ref.kind == "person" and ref.name and office in (ref.title or "").lower()
                           and domain <= set(f"{ref.title} {ref.organization or ''}".lower().split())}
                if len(holders) == 1:
                    return speaking_as(holders.popitem()[1], run, 0.7)
                return Ref(None, "collective", surface=run, confidence=0.3)
            return Ref(named, "org", surface=run, confidence=0.9)
        if (2 < len(run) < 8 and run[0].isupper() and run[1:].islower() and run.lower() not in FIRST_NAMES
                and not self.ctx.names.full.get(normalize(run))
                and (full := self.ctx.names.expand_acronym(run.upper())) and len(full.split()) >= 3):
            # "Bat told the BBC" after "British American Tobacco": an acronym written as a word
            return Ref(self.ctx.names.org_canonical(full), "org", surface=run, confidence=0.85)
        ref = self.person_ref(run)
        if ref and lower_title and not ref.title and ref.kind == "person":
            ref.title = lower_title.group("title").strip()
            words = ref.title.split()
            while words and (words[0].lower() in NOT_NAMES or words[0].lower() in ("a", "an")):
                words = words[1:]
            ref.title = " ".join(words) or None
        if ref and ref.kind == "person" and ref.name and ref.title:
            self.ctx.titles_seen.setdefault(normalize(ref.name), (ref.title, ref.organization))
        return ref

    def party_member(self, party: str, state: str | None) -> Ref | None:
        """The person named last before this sentence whom the text tags with the party's letter
        and, when the description names one, the state: "Dale Sutter (R-Ky.)" for "the Kentucky
        Republican", "Sen. Jo Ames, D-Ore.," or "Jo Ames, an Oregon Democrat," for "the Oregon
        Democrat"."""
        latest: tuple[int, str] | None = None
        for m in PARTY_TAGGED_NAME_RE.finditer(self.text, 0, self.sentence_at):
            letter = (m.group("p1") or m.group("p2") or (m.group("p3") or "?")[0])
            tag_state = m.group("s1") or m.group("s2") or m.group("s3") or ""
            if letter != party or (state and not _state_matches(tag_state, state)):
                continue
            if m.group("p3") == "Independent" and tag_state.strip().lower() not in US_STATES:
                continue  # ("Hugh O’Connell, the Irish Independent political correspondent": a paper's)
            ref = self.subject_from_run(m.group("run"))
            if ref is None or ref.kind != "person" or not ref.name:
                continue
            last = self.text.rfind(ref.name.split()[-1], 0, self.sentence_at)
            if latest is None or last > latest[0]:
                latest = (last, ref.name)
        return self.person_ref(latest[1], 0.7) if latest else None

    def member_of(self, run: str) -> Ref | None:
        """"Amina Benali of the International Federation of Red Cross and Red Crescent Societies":
        a person's two-word name, then the organization they are of (not "the Bank of England",
        "Lord Nicholls of Birkenhead", "the Boston Celtics of the NBA")."""
        person, _, org = run.partition(" of the ")
        tokens = person.split()
        if (len(tokens) != 2 or not is_org_name(org) or tokens[0].lower() in NOT_NAMES or tokens[-1].endswith("s")
                or is_org_name(person) or tokens[0].rstrip(".") in HONORIFICS or tokens[0] in ("Lord", "Lady")):
            return None
        ref = self.subject_from_run(person)
        if ref is None or ref.kind != "person" or not ref.name:
            return None
        ref.organization = org
        return ref

    def titled_surname(self, run: str) -> bool:
        """A surname that is also a title word ("analyst Ken Doctor", then "says Doctor"; "Brady
        Singer", then "Singer said"): the document names a person so, after a first name or with
        other evidence of a person, and the run is that name or its surname."""
        tokens = run.split()
        if len(tokens) > 2:
            return False
        full = self.ctx.names.full.get(normalize(tokens[-1]), [])
        if len(tokens) == 2:
            return tokens[0].lower() in FIRST_NAMES and run in full
        if len(full) != 1:
            return False
        first = full[0].split()[0]
        return first.lower() in FIRST_NAMES or (
            run[:1].isupper() and len(full[0].split()) == 2 and first not in PARTY_ADJECTIVES
            and first.lower() not in NOT_NAMES and first.lower() not in TITLE_HEADS and self.ctx.names.is_person(full[0]))

    def unclosed_affiliation(self, frame: str, sent_start: int, end: int, titled_only: bool = False) -> tuple[Ref, int] | None:
        """"Jeff Joseph, from the Consumer Electronics Association (CEA) told …", "Colin Asplin,
        Blackpool Hotel Association said": the person, whose organization the apposition gives
        though its closing comma is lost (with the subject's offset). Only a name opening on a
        first name we know, or before a title of an organization ("Zulfiqar Karim, Secretary
        General of Council for Mosques said"; only that when the apposition itself read as a
        person); not "John Lewis, Marks & Spencer and Next said" (a list of firms), "Chester,
        Cheshire Police said" or "Marion County, Florida …" (places)."""
        match = UNCLOSED_AFFILIATION_RE.fullmatch(frame, sent_start, end)
        if match is None:
            return None
        words, org = match.group("run").split(), match.group("org")
        title = None
        if (office := TITLE_OF_ORG_RE.fullmatch(org)) is not None and office.group("title").split()[-1].lower() in TITLE_HEADS:
            # "Zulfiqar Karim, Secretary General of Council for Mosques said": a title and its
            # organization, which make the words before them a name
            title, org = office.group("title"), office.group("org")
        elif words[0].lower() not in FIRST_NAMES or titled_only:
            return None
        if (len(words) < 2 or words[-1].lower() in PLACE_WORDS or words[0].lower() in NOT_NAMES
                or " and " in org or not (is_org_name(org) or org.isupper())):
            return None
        person = self.subject_from_run(match.group("run"))
        if person is None or person.kind != "person" or not person.name:
            return None
        if title:
            person.title = person.title or title
        person.organization = org if title else (person.organization or self.ctx.names.org_canonical(org))
        return person, match.start("run")

    @staticmethod
    def two_issuers(run: str) -> bool:
        """Two names joined by "and" ("Amnesty International and Human Rights Watch"), not one
        body's domain ("the Department of Animal Care and Control")."""
        left, joined, right = run.partition(" and ")
        if not joined:
            left, joined, right = run.partition(" & ")
        return bool(joined) and not (" of " in left and len(right.split()) <= 2)

    @staticmethod
    def described_after(text: str, at: int) -> bool:
        """Lower-case nouns, then a capital, right after a name: the name describes whom they
        introduce ("Unite general secretary Sharon Graham", "PMH affiliate Eastern Connecticut
        Health Network"), not a verb's or a preposition's words ("Health Canada provided to")."""
        described = DESCRIBED_AFTER_RE.match(text, at)
        return described is not None and not any(
            w in FRONTING_PREPOSITIONS or w in ("to", "on", "by", "with") or w.endswith("ed") for w in described.group(1).split())

    def producer(self, pre: str, run: str, after: str) -> str | None:
        """Who produced the figures an "according to" cites ("figures from the Office for National
        Statistics", "research from technology analysts Gartner"): figures with no title speak for
        them, when they are a body (a descriptor before the name, an organization's word in it, an
        acronym the text spells out). Not "figures from July", "from the US", "from the World Cup",
        "by Goldman Sachs, Harris Interactive and …", "by the FA and the Premier League", "by
        Cambridge University's Dr Wilson", "by University of Bristol psychologist Andrew Smith"."""
        cited = SOURCE_FROM_RE.fullmatch(pre)
        source = run[4:] if run.startswith("the ") else run
        words = source.split()
        if (cited is None or not source[:1].isupper() or self.ctx.report_title
                or self.ctx.names.is_person(source) or source.lower() in COUNTRIES or source in COUNTRY_ACRONYMS
                or words[0].lower() in CALENDAR_WORDS
                or words[-1].lower() in TITLE_HEADS and words[:2] != ["Office", "of"]  # ("the Office of the Ombudsman")
                or " and " in source or any(w[:1].islower() and w not in CONNECTORS for w in words[1:])
                or LIST_GOES_ON_RE.match(after) or PERSON_AFTER_RE.match(after) or after[:2] in ("'s", "’s")):
            return None
        expanded = self.ctx.names.expand_acronym(source) if source.isupper() else None
        if not (expanded or cited.group("desc").strip() or is_org_name(source)
                or ((COMPILED_BY_END_RE.search(pre) or len(words) == 1 and REPORT_FROM_RE.fullmatch(pre)
                     and BRAND_CASE_RE.search(source))
                    and not any(w.lower() in FIRST_NAMES for w in words))):
            # ("data compiled by Emsisoft", "a recent report from USAFacts": a name no person's, a
            # body's; not "figures from Big Brother", nor "a report by Smith")
            return None
        return self.ctx.names.org_canonical(expanded or source)

    def right_subject(self, frame: str, cue_end: int, sent_end: int, according: bool = False) -> tuple[Ref | None, int]:
        """Who a cue names after it ("said Mr Smith", "according to the report"), and where that ends."""
        if " in Charge " not in frame[cue_end:sent_end] or not IN_CHARGE_THEN_NAME_RE.match(frame, cue_end, sent_end):
            return self._right_subject(frame, cue_end, sent_end, according)
        # "said DEA Special Agent in Charge Ray Donovan.": one office, read as "Agent-in-Charge"
        # is (the same length, so every offset holds); only with the name ending the sentence (not
        # "in Charge of the FBI Boston Division Jodi Cohen", "Jodi Cohen of the FBI's …")
        ref, end = self._right_subject(frame[:cue_end] + frame[cue_end:sent_end].replace(" in Charge ", "-in-Charge ")
                                       + frame[sent_end:], cue_end, sent_end, according)
        if ref is not None and ref.title:
            ref.title = ref.title.replace("-in-Charge", " in Charge")
            if ref.name and (seen := self.ctx.titles_seen.get(key := normalize(ref.name))) and seen[0]:
                self.ctx.titles_seen[key] = (seen[0].replace("-in-Charge", " in Charge"), seen[1])
        return ref, end

    def _right_subject(self, frame: str, cue_end: int, sent_end: int, according: bool = False) -> tuple[Ref | None, int]:
        right = frame[cue_end:sent_end]
        if right.startswith(" that "):
            return None, cue_end  # "Huang, in a statement, said that he and Teodoro …": the clause's subject
        if (dated := DATED_NP_RE.match(right)) is not None:
            # "according to a Jan. 28 press release from Scottish Water": the date is no name
            right = right[: dated.start("date")] + " " * len(dated.group("date")) + right[dated.end("date") :]
        if (according and (object_pronoun := OBJECT_PRONOUN_RE.match(right)) is not None
                and (ref := self.pronoun_ref("he" if object_pronoun.group(1) == "him" else "she")) is not None):
            # "According to him, the increase is …": the person "he" would be
            return ref, cue_end + object_pronoun.end(1)
        if (according and (issued := STATEMENT_SOURCE_RE.match(right)) is not None
                and (source := ISSUER_RUN_RE.match(right, issued.end())) is not None
                and source.group().lower() not in COUNTRIES and source.group() not in COUNTRY_ACRONYMS
                and not self.two_issuers(source.group())
                and not LIST_GOES_ON_RE.match(right, source.end()) and not self.described_after(right, source.end())
                and right[source.end() : source.end() + 2] not in ("'s", "’s")
                and not (source.group().endswith("s") and right[source.end() : source.end() + 2] in ("' ", "’ "))
                and (ref := self.subject_from_run(source.group())) is not None and ref.name
                and (ref.kind == "org" or ref.kind == "person" and (self.ctx.names.is_person(ref.name)
                                                                     or " " not in ref.name and BRAND_CASE_RE.search(ref.name)))):
            # "according to a statement from Health Canada provided to Global News", "according to
            # a post by Gonzalo Himiob": whoever issued it, a person or a body
            return author_as(ref, right[: source.end()].strip(), 0.75), cue_end + source.end()
        if (press := NAMED_PRESS_RE.match(right)) is not None and not self.ctx.names.is_person(press.group("name")):
            # "said Le Figaro newspaper", "said Time magazine": the publication
            return Ref(self.ctx.names.org_canonical(press.group("name")), "org", surface=press.group().strip(),
                       confidence=0.85), cue_end + press.end()
        if not according and (document := STATEMENT_FROM_LEAD_RE.match(right)) is not None:
            # "“…,” said a statement from AOSIS chair, Molwyn Joseph of Antigua": whose statement it is
            ref, end = self.right_subject(frame, cue_end + document.end(), sent_end)
            if ref is not None and ref.name and ref.kind in ("person", "org"):
                return ref, end
        if (charity := IMPERATIVE_NAME_RE.match(right)) is not None:
            # "according to Save the Children": a charity named with a verb and "the"
            return Ref(charity.group("name"), "org", surface=charity.group("name"), confidence=0.9), cue_end + charity.end()
        if (unset := UNSET_APPOSITION_RE.match(right)) is not None:
            # "…,” said Talley an oceanographer.": a name, then its description without the comma
            ref = self.subject_from_run(unset.group("run"))
            if ref is not None and ref.kind == "person" and ref.name:
                return ref, cue_end + unset.end("run")
        if ((" of " in right or " for " in right) and (body := BODY_OF_TITLE_NAME_RE.match(right)) is not None
                and right[body.end("run") : body.end("run") + 2] not in ("'s", "’s")  # (not "… governor Andrew Bailey’s deputy")
                and (ref := self.subject_from_run(body.group("run"))) is not None and ref.kind == "person" and ref.name
                and (len(ref.name.split()) >= 2 or self.ctx.names.is_person(ref.name))):
            # "said Bank of England governor Andrew Bailey", "according to Arizona Department of
            # Corrections spokeswoman Judy Keane": the holder of an office in a body named with
            # "of", not the body's first word
            ref.title = ref.title or body.group("title")
            ref.organization = ref.organization or self.ctx.names.org_canonical(body.group("org"))
            return ref, cue_end + body.end("run")
        m = RIGHT_SUBJECT_RE.match(right)
        if not m:
            if according:
                np = ACCORDING_NP_RE.match(right)
                if np:  # "according to court records": a source, but nobody by name
                    return Ref(None, "collective", surface=np.group("np"), confidence=0.3), cue_end + np.end()
            return None, cue_end
        if (right[m.end() : m.end() + 2] == ". " and m.group("run").split()[-1].lower() in TITLE_ABBREVIATIONS
                and all(w[:1].isupper() for w in m.group("run").split())
                and (named := NAME_AFTER_RE.match(right, m.end() + 1)) is not None
                and (ref := self.subject_from_run(named.group("run"))) is not None and ref.kind == "person" and ref.name):
            # "said Assistant U.S. Atty. William Carter": an abbreviated office's stop, then the name
            ref.title = ref.title or m.group("run").strip() + "."
            return ref, cue_end + named.end("run")
        if (right[m.end() : m.end() + 2] in ("'s", "’s") and " of " not in m.group("run")
                and (body := BODY_OFFICE_NAME_RE.match(right, m.end())) is not None
                and not self.ctx.names.is_person(self.ctx.names.canonical(m.group("run")))):
            # "said Shetland Fishermen’s Association chairman James Anderson": the office holder
            # of a body whose name has a possessive in it
            ref = self.subject_from_run(body.group("run"))
            if ref is not None and ref.kind == "person" and ref.name:
                ref.title = ref.title or body.group("title")
                ref.organization = ref.organization or (m.group("run") + body.group("org")).strip()
                return ref, cue_end + body.end("run")
        if (right[m.end() : m.end() + 3] in ("'s ", "’s ") and m.group("run").lower() in STATE_OWNERS
                and (body := ISSUER_RUN_RE.match(right, m.end() + 3)) is not None and STATE_BODY_RE.search(body.group())
                and not any(w.lower() in TITLE_HEADS for w in body.group().split()[1:])
                and not OFFICE_AFTER_RE.match(right, body.end())):  # (not "Pakistan’s Army chief, General Asim Munir")
            # "according to Japan’s Ministry of Defense": a state's ministry, named with its country
            return (Ref(self.ctx.names.org_canonical(body.group()), "org", surface=right[: body.end()].strip(), confidence=0.85),
                    cue_end + body.end())
        owned = OWNED_NAME_RE.match(right) if ("'s " in right or "’s " in right) else None
        if (owned is not None and not is_org_name(split_title(owned.group("run"))[1]) and len(owned.group("run").split()) >= 2
                and (not owned.group("title") or (head := _office_head_word(owned.group("title"))).lower() in TITLE_HEADS
                     or ROLE_WORD_RE.match(head) or head.lower() in KIN_NOUNS or head.lower() in COMPANIONS)):
            # ("said Rothstein's roommate and friend Sasan Saadat": whom the owner has, by name)
            # "said the Observer's Philip French", "said GE's chief executive Jeff Immelt", "said
            # Safeway's director of communications Kevin Hawkins": the
            # person, of the organization before them ("said Kidman's publicist Wendy Day": of a
            # person, whose name is then no organization)
            ref = self.subject_from_run(owned.group("run"))
            if (ref is not None and ref.name and right[owned.end("run") : owned.end("run") + 1] == " "
                    and not (len(ref.name.split()) >= 2 and self.ctx.names.is_person(ref.name))):
                ref = None  # (a place or a time after it only for a person's full name: not "said Ukraine's General Staff in its …")
            if ref is not None and ref.kind == "person" and ref.name:
                owner = owned.group("owner")
                if owner.isupper():
                    owner = self.ctx.names.expand_acronym(owner) or owner
                if not self.ctx.names.is_person(owner) and not self.ctx.names.is_person(self.ctx.names.canonical(owner)):
                    ref.organization = ref.organization or self.ctx.names.org_canonical(owner)
                ref.title = ref.title or (owned.group("title") or "").strip() or None
                return ref, cue_end + owned.end("run")
        owned_role = OWNED_ROLE_RE.match(right) if ("'s " in right or "’s " in right) else None
        if owned_role is not None:
            # "said the NHL's deputy commissioner": a person the organization has, not it ("according
            # to the UK's football policing lead": nobody the text names)
            if (nominal := NOMINAL_END_RE.search(owned_role.group("run"))) is not None:
                return self.nominal_ref(nominal, in_passing=according), cue_end + owned_role.end()
            return Ref(None, "collective", surface=owned_role.group("run").strip(), confidence=0.3), cue_end + owned_role.end()
        described = DESCRIBED_NAME_RE.match(right) if "," in right else None
        if (described is not None and described.group().endswith(", ")
                and (other := NAME_RUN_RE.match(right, described.end())) is not None and len(other.group().split()) >= 2
                and (other.group().split()[0].lower() in FIRST_NAMES or self.ctx.names.is_person(other.group()))):
            described = None  # "said spokesman for president of Ghana, Nana Akufo-Addo, Eugene Arhin": the office's, then its holder
        if described is not None and described.group().endswith(", "):
            # a closing comma, then the rest of the sentence, only after an office ("said the
            # interior minister of Hesse, Peter Beuth, after …"; not "said the minister after talks
            # with the mayor, John Whitfield, on Tuesday": a preposition's object)
            words = right[: described.start("run")].strip(" ,").lower().split()
            if according or not words or words[-1] not in TITLE_HEADS and not (
                    "of" in words and words[words.index("of") - 1] in TITLE_HEADS) or any(
                    w in ("after", "with", "by", "to", "at", "on", "met", "before", "during") for w in words):
                described = None
        if described is not None:
            # "…, said one of their lawyers, Michalis Dimitrakopoulos.": the name after the description
            ref = self.subject_from_run(described.group("run"))
            if (ref is not None and ref.kind == "person" and ref.name and re.match(r"\s+the\s+[A-Z]", right)
                    and not (len(ref.name.split()) >= 2 and self.ctx.names.is_person(ref.name))):
                ref = None  # "said the Superintendent of Police, Ranchi, Chandan Kumar Sinha": a place, no holder
            if (ref is not None and ref.kind == "person" and ref.name and right.lstrip()[:1].isupper()
                    and not (len(ref.name.split()) >= 2 or self.ctx.names.is_person(ref.name))):
                ref = None  # "said USADA CEO, Geneva.": a capitalised office, then where, not who
            if ref is not None and ref.kind == "person" and ref.name:
                office = right[: described.start("run")].strip(" ,").split()
                if office and (described.group().endswith(", ") or office[-1].lower() in TITLE_HEADS) and not ref.title:
                    # (the office set beside the name: "said Unite General Secretary, Sharon Graham")
                    ref.title = " ".join(office[1:] if office[0].lower() in ("the", "a", "an", "its", "his", "her", "their")
                                         else office) or None
                    if ref.title:
                        self.ctx.titles_seen[normalize(ref.name)] = (ref.title, ref.organization)
                return ref, cue_end + described.end("run")
        described = ACCORDING_DESCRIBED_RE.match(right) if according and "," in right else None
        if described is not None and any(w in TITLE_HEADS for w in described.group("desc").lower().split()):
            # "According to the leader of UGT in Catalonia, Josep Maria Álvarez, the strike …":
            # the person the description is set beside
            ref = self.subject_from_run(described.group("run"))
            if ref is not None and ref.kind == "person" and ref.name:
                ref.title = ref.title or described.group("desc").strip()
                return ref, cue_end + described.end("run")
        run = m.group("run")
        pre = m.group("pre") or ""
        if "," in pre and not any(w.lower() in TITLE_HEADS for w in pre.rstrip().rstrip(",").split()):
            # only a title is set off from its name by a comma ("EEF chief economist, Steve
            # Radley", "BA director of commercial planning, Robert Boyle")
            return None, cue_end
        pre = pre.replace(",", "")
        if pre.split(None, 1)[:1] and pre.split(None, 1)[0].lower() in ("him", "her", "us", "me", "them", "it"):
            return None, cue_end  # "called him the author of …": the cue's object, no inverted subject
        if (not according and REPORT_FROM_RE.fullmatch(pre) and run[:1].isupper() and not self.ctx.report_title
                and not self.ctx.names.is_person(run)):
            # "…, said a report from Kotak Institutional Equities": a report with no title of its
            # own speaks for the organization that wrote it
            return Ref(self.ctx.names.org_canonical(run), "org", surface=(pre + run).strip(), confidence=0.75), cue_end + m.end()
        if according and (producer := self.producer(pre, run, right[m.end() :])) is not None:
            return Ref(producer, "org", surface=(pre + run).strip(), confidence=0.75), cue_end + m.end()
        if (according and run.startswith("the ") and run[4:] in ORG_HEADS and SOURCE_FROM_RE.fullmatch(pre)
                and (nominal := NOMINAL_END_RE.search(run)) is not None):
            # "according to a statement released by the district": the organization "the
            # district" stands for, else nobody by name
            source = self.nominal_ref(nominal)
            if source.kind == "org" and source.name:
                return source, cue_end + m.end()
        if according and REPORTS_IN_RE.fullmatch(pre) and right[m.end() : m.end() + 2] not in ("'s", "’s"):
            # "according to reports in the Hollywood Reporter trade newspaper": a publication
            # named as one (a title the text calls a paper, or an organization's name), not
            # "reports in Japan"
            source = self.nominal_ref(nominal) if (nominal := NOMINAL_END_RE.search(run)) else self.subject_from_run(run)
            if (source is not None and source.kind == "org" and source.name and (nominal or is_org_name(source.name))
                    and len(source.name.split()) >= 2):  # (not "reports in the City")
                return source, cue_end + m.end()
        if (PREPOSITION_RE.search(pre) and not according and (nominal_first := RIGHT_NOMINAL_RE.match(right)) is not None
                and not nominal_first.group("run").endswith("group")):
            # "said the president on Twitter": the description is the subject, the name after it
            # the preposition's object ("the group" may be a company or a campaign, too loose a
            # description to name either)
            m, run, pre = nominal_first, nominal_first.group("run"), ""
        if (not according and pre.rstrip().endswith((" for", " for the")) and (nominal := NOMINAL_END_RE.search((pre + run).rstrip())) is not None
                and nominal.group("org") and nominal.group("head").lower() in UNNAMED_SOURCE_HEADS
                and not self.ctx.names.is_person(strip_honorific(split_title(nominal.group("org"))[1])[0])
                and not split_title(nominal.group("org"))[0] and nominal.group("org").split()[-1].lower() not in TITLE_HEADS
                and not (nominal.group("org").endswith("s") and (pre + run).rstrip().endswith("the " + nominal.group("org"))
                         and not is_org_name(nominal.group("org")))):
            # (not "said a spokesman for Boris Johnson", "for the Taoiseach", "for the Beckhams": a
            # person's or a family's, no organization)
            # "“…,” said a spokesman for Tesco": nobody by name, but the organization they speak for
            return self.nominal_ref(nominal), cue_end + m.end()
        if PREPOSITION_RE.search(pre):
            # "according to a transcript reviewed by Business Insider", "told Reuters": the name
            # is an object inside the source's description, not the source
            if according:
                return Ref(None, "collective", surface=(pre + run).strip(), confidence=0.3), cue_end + m.end()
            return None, cue_end
        if run.lower() in PRONOUNS:
            return self.pronoun_ref(run), cue_end + m.end()
        bare_run = run[4:] if run.startswith("the ") else run
        if ((run.startswith("the ") or pre.rstrip().lower().endswith("the")) and DEMONYM_RE.fullmatch(bare_run)
                and not self.ctx.names.is_person(bare_run) and not self.ctx.names.is_person(bare_run.split()[-1])):
            # "said the New Zealander", "said the American": the one person the text gave that
            # nationality ("American Andy Roddick"), else nobody for sure
            return self.national_of(bare_run), cue_end + m.end()
        nominal = None
        end = m.end()
        if not run[:1].isupper() and (office := OWNED_OFFICE_RE.match(right, end)) is not None:
            run, end = run + office.group(), office.end()  # "according to the sheriff's office"
        if not run[:1].isupper():
            nominal = NOMINAL_END_RE.search(run)
            if (nominal and nominal.group("head").lower() in ("letter", "statement", "memo", "email")
                    and (signed := self.signer(right, m.end(), len(right))) is not None):
                # "“…,” said the letter, which was signed by John Morton": its signer's words
                return signed[0], cue_end + end
            ref = self.nominal_ref(nominal, in_passing=according) if nominal else None
            if (ref is None or not ref.name) and (described := self.reported_description(run)) is not None:
                ref = described
            return ref, cue_end + end
        ref = self.subject_from_run(run, pre)
        if ((ref is None or not ref.name or ref.kind == "org") and any(w.lower() in TITLE_HEADS for w in run.split())
                and (named := COMMA_NAME_END_RE.match(right, m.end())) is not None
                and (person := self.subject_from_run(named.group("run"))) is not None
                and person.kind == "person" and person.name and self.ctx.names.is_person(person.name)):
            # "said USADA CEO, Travis T. Tygart.": the office, then its holder's name after a comma
            person.title = person.title or run
            return person, cue_end + named.end("run")
        if ref and pre.strip() and not ref.title:
            words = pre.split()
            if words and words[-1].lower() in TITLE_HEADS:
                ref.title = " ".join(w for w in words if w.lower() not in ("the", "a", "an"))
        rest = right[m.end() :]
        end = cue_end + m.end()
        paren = PAREN_ACRONYM_RE.match(rest)
        if paren:
            # "says the Institute of Public Policy Research (IPPR).": the acronym is part of it
            end += paren.end()
            rest = rest[paren.end():]
        of_org = FROM_ORG_RE.match(rest)
        if ref and ref.kind == "person" and of_org and not ref.organization:
            # "said chief inspector Jennifer Mattinson from the West Mercia police"
            ref.organization = of_org.group("org")
        am = RIGHT_APPOS_RE.match(rest) if ref and ref.kind != "org" else None  # (an organization has no title)
        if ref and am:
            title, org = self.apposition(am.group(1))
            ref.title = title or ref.title
            ref.organization = org or ref.organization
        return ref, end

    # ------------------------------------------------------------ cues

    def cues(self, frame: str, sent_start: int, sent_end: int) -> list[Cue]:
        self.sentence_at = self.base + sent_start
        self.sentence_end = self.base + sent_end
        self.frame = frame
        found: list[Cue] = []
        for m in CUE_RE.finditer(frame, sent_start, sent_end):
            verb = m.group()
            if INFINITIVE_RE.search(frame, max(sent_start, m.start() - 12), m.start()) and not \
                    CONTINUING_RE.search(frame, max(sent_start, m.start() - 24), m.start()):
                continue  # "to tell Obama …" is not a speech act of the sentence ("continues to insist" is)
            if verb in ("remembered", "reflected", "reflects") and not (
                    frame[m.end() : m.end() + 2].lstrip()[:1] in (".", ",", ";") or frame[sent_start : m.start()].rstrip().endswith(
                        ("”", '"', "’", ",”", ',"'))):
                continue  # "“…,” Jean-Pierre remembered", "reflected Michael Lewis": not "remembered the sign, “…”"
            if verb in ("blamed", "blames") and not BLAMED_WORDS_RE.match(frame, m.end(), sent_end):
                continue  # "blamed “record-breaking budget cuts”" (not "blamed the unions, who had called …")
            if verb == "add" and (not WILL_BEFORE_RE.search(frame, max(sent_start, m.start() - 12), m.start())
                                  or not ADD_CLAUSE_AFTER_RE.match(frame, m.end(), sent_end)):
                continue  # "add to the pressure", "OutKast will add their awards to …": no speech act
            if verb in ("put it", "puts it") and not AS_PUT_IT_RE.search(frame, max(sent_start, m.start() - 60), m.start()):
                continue  # "he put it on the table": no speech act without "as"
            if verb.lower() in ("tells", "told", "tell", "telling") and STORY_OBJECT_RE.match(frame, m.end(), sent_end):
                continue  # "Sideways tells the story of two men …": a film's plot, nobody speaking
            if verb.lower() in ("continued", "continues", "continue") and (
                    CONTINUED_ACTIVITY_RE.match(frame, m.end(), sent_end)
                    or (found and not CLAUSE_BREAK_RE.search(frame, found[-1].end, m.start()) and CONTINUED_QUOTE_RE.match(frame, m.end()))):
                # "the UK continued to invest in roads", "continues working": no speech act; "Churchill
                # Downs said Baffert continues to “peddle a false narrative”": the earlier cue's words
                # for what he does (alone, or after an opening clause's cue, "Ms Braverman continued
                # to “stand by every word”" is hers)
                continue
            if verb.lower() in ("went on", "goes on") and not WENT_ON_SPEAKING_RE.match(frame, m.end(), sent_end):
                continue  # "He went on to become a regular voice on radio", "went on strike"
            if verb in HIGHLIGHT_VERBS and found:
                continue  # "Sir Howard said the report highlighted the “entrenched divisions”": his words
            if verb in REPEAT_VERBS and not REPEATED_WORDS_RE.match(frame, m.end()):
                continue  # "Emma Raducanu repeated her “fairytale” run": a feat, no words
            if verb == "blasted" and not BLASTED_WORDS_RE.match(frame, m.end()):
                continue  # "Kane blasted home a penalty": a shot (but "blasted: “…”", "blasted what he called “…”")
            if verb.endswith("ing") and frame[max(sent_start, m.start() - 8) : m.start()] == "without ":
                continue  # "…, the Nikkei reported, without saying where it got the information": no speech act
            if verb in LABELLING_PARTICIPLES and frame[m.start() - 2 : m.start()] != ", ":
                continue  # "a statement through Arsenal describing …", "customers calling 'on the move'"
            if (verb == "according to" and PROPORTION_VERB_RE.search(frame, max(sent_start, m.start() - 24), m.start())
                    and PROPORTION_MEASURE_RE.match(frame, m.end(), sent_end)):
                continue  # "adjusted according to family size", "went according to plan": a measure, no source
            if verb.lower() == "according to":
                ref, end = self.right_subject(frame, m.end(), sent_end, according=True)
                found.append(Cue(m.start(), m.end(), verb, ref, m.end(), end, True))
                continue
            if (verb.lower() in LABEL_VERBS and (agent := LABELLED_BY_RE.match(frame, m.end(), sent_end)) is not None
                    and not (found and found[-1].ref is not None and "," not in frame[found[-1].end : m.start()])
                    and (ref := self.right_subject(frame, agent.end(), sent_end)[0]) is not None):
                # "in a move branded a “humiliating retreat” by the Tories", "he was called the
                # “fifth child of the group” by the film's director Marc Forster": the label is
                # the words of whoever "by" names
                found.append(Cue(m.start(), m.end(), verb, ref, agent.end(), agent.end(), True))
                continue
            if not verb.endswith("ing") and PASSIVE_RE.search(frame, max(sent_start, m.start() - 24), m.start()):
                if (verb.lower() == "told" and not found and (by := TOLD_BY_RE.match(frame, m.end(), sent_end)) is not None
                        # (the first cue of its sentence: not "X said he had been told by Y there was …")
                        and (ref := self.subject_from_run(by.group("run"))) is not None
                        and ref.name and ref.kind in ("person", "org")):
                    # "was told by judge Mr Justice Goss there was a ‘malevolence …’": the agent spoke
                    found.append(Cue(m.start(), m.end(), verb, ref, by.start("run"), by.end("run"), True))
                continue  # "Im … was hailed for his “…”", "he was told": the subject did not speak
            if (verb.endswith("ed") and ATTRIBUTIVE_BEFORE_RE.search(frame, max(sent_start, m.start() - 30), m.start())
                    and ATTRIBUTIVE_AFTER_RE.match(frame, m.end(), sent_end)):
                continue  # "locally sourced branded milk": an adjective before its noun
            if ADJECTIVAL_CUE_RE.search(frame, max(sent_start, m.start() - 30), m.start()) or (
                    verb.endswith("s") and HAVE_BEFORE_RE.search(frame, max(sent_start, m.start() - 8), m.start())):
                continue  # "the internationally recognised south", "have notes attached": no speech act
            if (verb.endswith("s") and not verb.endswith("ss") and " " not in verb
                    and PREPOSITION_BEFORE_CUE_RE.search(frame, max(sent_start, m.start() - 12), m.start())
                    and (verb in NOUN_FORM_CUES or NOUN_LINK_AFTER_RE.match(frame, m.end(), sent_end))):
                # (not "the man she complained about says …": a relative clause, then its verb)
                continue  # "commented on estimates by the network", "amid claims that": a noun after a preposition
            if verb in NOUN_FORM_CUES and OWNED_NOUN_BEFORE_RE.search(frame, max(sent_start, m.start() - 40), m.start()):
                continue  # "the Prime Minister’s EMA remarks", "his claims": a noun, no speech act
            if verb in NOUN_FORM_CUES and verb != "warns" and NOUN_OF_AFTER_RE.match(frame, m.end(), sent_end):
                continue  # "Gove has shattered Brexiteer hopes of free trade": a noun, no speech act
            if verb in NOUN_FORM_CUES and verb not in ("hopes", "fears") and PLURAL_SUBJECT_VERB_RE.match(frame, m.end(), sent_end):
                # "Twenty U.S. states are reporting …": a plural noun, its verb after it (not "what
                # Jamie hopes will be a return")
                continue
            if verb in NOUN_FORM_CUES and self.noun_then_verb(frame, sent_start, m.start(), m.end()):
                continue  # "Initial reports classified it as a chimney fire": a noun and its verb
            if HAVING_SAID_RE.match(frame, max(sent_start, m.start() - 7)) and verb.lower() == "said":
                continue  # "Having said that, Mark is looking …": a connective, no speech act
            if MODAL_RE.search(frame, max(sent_start, m.start() - 24), m.start()):
                # "As Sherlock would say, “…”": a hypothetical speech act speaks for nobody; the
                # cue stays (unresolved) so that no earlier speaker is carried over either
                found.append(Cue(m.start(), m.end(), verb, None, m.start(), m.start()))
                continue
            before_cue = frame[sent_start : m.start()].rstrip()
            if (before_cue.endswith(",") and (aside := COLLECTIVE_ASIDE_RE.match(frame, m.end(), sent_end))
                    and aside.group("head").lower() in COLLECTIVE_HEADS):
                # "Locally, too, say analysts, recent developments …": an aside naming a source,
                # but nobody by name (not "Locally", the sentence's first word)
                found.append(Cue(m.start(), m.end(), verb, Ref(None, "collective", surface=aside.group("np"),
                                                               confidence=0.3), m.end(), aside.end("np"), True))
                continue
            if (verb.lower() not in ("told", "tells") and before_cue.endswith(",")
                    and RIGHT_SUBJECT_HEAD_RE.match(frame, m.end(), sent_end)):
                # "…, which had “seriously interfered” with its work, said the Constitutional Affairs
                # Select Committee.": an inverted subject closing the sentence comes first
                ref, end = self.right_subject(frame, m.end(), sent_end)
                if ref is not None and SHORT_END_RE.match(frame, end, sent_end):
                    found.append(Cue(m.start(), m.end(), verb, ref, m.end(), end, True))
                    continue
            if (before_cue.endswith(",") and not (verb.lower() in ("told", "tells") and QUOTE_THEN_NAME_END_RE.search(before_cue))
                    and (document := INVERTED_DOCUMENT_RE.match(frame, m.end(), sent_end))
                    and DOCUMENT_END_RE.match(frame, document.end(), sent_end)):
                # "…, in particular the UK, France and Spain, said the report.": the document
                # speaks (its author, when the text gives one), never a name in the clause it reports
                # (not "“…,” John Smith, 75, told the paper.": whom he told; but "the mother of victim
                # Tyrone Bennett, 17, told the paper" is no Tyrone's, so the document reading stays)
                author = self.report_author(document.group("head"))
                ref = (Ref(author, "org", surface=document.group(0).strip(), confidence=0.75) if author else
                       Ref(None, "collective", surface=document.group(0).strip(), confidence=0.3))
                found.append(Cue(m.start(), m.end(), verb, ref, m.end(), document.end(), True))
                continue
            quoted_as = QUOTED_AS_END_RE.search(frame, sent_start, m.start()) if verb in ("saying", "telling") else None
            passive = QUOTED_PASSIVE_END_RE.search(frame, sent_start, m.start()) if verb == "saying" else None
            if quoted_as is not None or passive is not None:
                # "“…,” Arab News quoted Prince Saud as saying": the one quoted speaks, not the
                # paper; "with Mr Dixon quoted (by the paper) as saying": the one before "quoted"
                end = quoted_as.end("np") if quoted_as is not None else passive.start()
                ref, sub_start = self.left_subject(frame, sent_start, end)
                if ref is None and (named := NAME_END_RE.search(frame, sent_start, end)) is not None:
                    # ("…, with Mr Dixon quoted as saying": the name after "with")
                    ref, sub_start = self.subject_from_run(named.group("run")), named.start("run")
                    if frame[max(sent_start, sub_start - 5) : sub_start] == "with ":
                        sub_start -= 5  # the clause before ends at the comma, not at "with"
                if ref is not None:
                    found.append(Cue(m.start(), m.end(), verb, ref, sub_start, m.start()))
                    continue
                if quoted_as is not None and UNNAMED_NP_RE.match(quoted_as.group("np")):
                    # "Mayor Karl Dean quoted a constituent as saying": somebody unnamed, not the mayor
                    found.append(Cue(m.start(), m.end(), verb, Ref(None, "collective", surface=quoted_as.group("np").strip(),
                                                                  confidence=0.3), quoted_as.start("np"), m.start()))
                    continue
            if (bare_who := self.bare_who(frame, sent_start, m.start())) is not None:
                # "… including actor George C Scott who said the whole thing was …": a relative
                # clause with no comma, on the person named right before it
                found.append(Cue(m.start(), m.end(), verb, bare_who[0], bare_who[1], m.start(), relative=True))
                continue
            ref, sub_start = self.left_subject(frame, sent_start, m.start())
            if ((relative := BARE_RELATIVE_SUBJECT_RE.fullmatch(frame, sent_start, m.start())) is not None
                    and not CUE_RE.search(frame, relative.end("np"), m.start())
                    and not THAT_WORD_RE.search(frame, relative.end("np"), m.start())):
                # "The 28-year-old host who also presents Stars In Their Eyes said": the relative
                # clause's own object is no subject; the noun phrase it describes is. Only an age
                # stands for the person the story is about: "The striker who replaced Rooney",
                # "The athlete who finished third" are somebody the text does not name (and "The
                # staff member who took the call recalled that he said" is his words)
                nominal = NOMINAL_END_RE.search(relative.group("np")) if AGE_IN_RE.search(relative.group("np")) else None
                ref = self.nominal_ref(nominal) if nominal else Ref(None, "collective", surface=relative.group("np"), confidence=0.3)
                sub_start = sent_start + relative.start("np")
            if (ref is not None and verb in PARTICIPLES and addressed(frame, sent_start, sub_start)
                    and (sender := self.sentence_subject(frame, sent_start, m.start())) is not None and sender.name):
                # "Notebaert sent a letter to MCI's board on Thursday saying …": the letter's
                # addressee does not say it; its sender does (but "responding to Michael Howard
                # saying", "listened to Mr Prescott saying": he does)
                ref, sub_start = sender, m.start()
            if ((appos := UNCLOSED_APPOS_RE.fullmatch(frame, sent_start, m.start())) is not None
                    and (ref is None or (ref.kind == "collective" and not ref.name or appos.group("body") and ref.kind == "org")
                         and sub_start > appos.end("run"))  # (the apposition itself read as the subject)
                    and appos.group("run").split()[0].lower() not in NOT_NAMES
                    and not any(w.lower() in FIRST_NAMES for w in frame[appos.end("run") : appos.start("body") if appos.group("body") else m.start()].split())
                    and not (appos.group("body") and _first_name_joined(appos.group("body")))):
                # "Brent Bozell, PTC president and conservative activist said:": an apposition that
                # lost its closing comma; the name before it is the subject (not "On Rooney, England
                # head coach … said", nor "Liam Gallagher, Noel Gallagher and tour manager said", nor
                # "…, deputy leader of the Labour Party and Jeremy Corbyn said": two people; the body's
                # name may be a person's, "executive partner of Tods Murray")
                person = self.subject_from_run(appos.group("run"))
                if (person is not None and person.kind == "person" and person.name
                        and (ref is None or len(person.name.split()) >= 2)):  # (not "Firstly, the prime minister insisted")
                    ref, sub_start = person, appos.start("run")
                    if appos.group("body") and not person.organization:
                        title, org = self.apposition(frame[appos.end("run") : m.start()])
                        if org and org.split()[0].lower() in FIRST_NAMES:
                            org = None  # ("lawyer for Harry Kane": whom they act for, no organization)
                        person.title, person.organization = person.title or title, org
            if (ref is None and " who " in frame[sent_start : m.start()]
                    and (who := WHO_CLAUSE_END_RE.search(frame, sent_start, m.start())) is not None
                    and all(w[:1].isupper() or w in CONNECTORS for w in frame[sent_start : who.start()].split())
                    and (person := self.left_subject(frame, sent_start, who.start())[0]) is not None
                    and person.kind == "person" and person.name and " " in person.name
                    and all(w[:1].isupper() for w in person.name.split())):  # (not "Children who spoke afterwards said")
                # "Deputy Minister … Datuk Jailani Johari who witnessed the event said": a relative
                # clause with no commas between the subject and its verb
                ref, sub_start = person, sent_start
            if ((ref is None or not ref.name) and frame[sent_start : sent_start + 1].isupper()
                    and (unread := UNREAD_NAME_LEAD_RE.match(frame, sent_start, m.start())) is not None
                    and not (POSSESSIVE_WORD_RE.search(frame, unread.end(), m.start())
                             and _last_word(frame[: m.start()].rstrip()).lower() in OWNED_SPEAKER_HEADS)
                    and (person := self.subject_from_run(unread.group("run"))) is not None
                    and person.kind == "person" and person.name):
                # "Ciriaco Tolibao from Ormoc's disaster risk reduction and management office told":
                # a name opening the sentence, then where the person is from (no comma): the speaker
                ref, sub_start = person, sent_start + unread.start("run")
            # (a subject found right after a comma may be the apposition itself, read as a person
            # or as an office nobody holds: "Zulfiqar Karim, Secretary General of … said")
            after_comma = ref is not None and sub_start > sent_start and frame[sub_start - 2 : sub_start] == ", "
            if (ref is None or ref.kind == "org" or (after_comma and ref.kind in ("collective", "person"))) and (
                    affiliated := self.unclosed_affiliation(frame, sent_start, m.start(),
                                                            titled_only=ref is not None and ref.kind == "person")):
                ref, sub_start = affiliated
            if (found and found[-1].ref is not None and found[-1].ref.name and not found[-1].right_subject
                    and (ref is None or sub_start < found[-1].start)
                    and VP_JOIN_END_RE.search(frame, found[-1].end, m.start())):
                # "Dr Gibbons, … after Jane Hutt was sacked, admitted “…” but insisted …": a
                # second verb joined to the first shares its subject, not a name before both
                ref = found[-1].ref
            if (ref is not None and ref.kind in ("person", "unknown") and ref.name and " " not in ref.name
                    and ref.name.endswith("s") and verb.split()[0].lower() in PLURAL_PRESENT_VERBS
                    and not self.ctx.names.is_person(ref.name) and ref.name.lower() not in FIRST_NAMES
                    and ref.name.lower() not in PARTY_WORDS):
                # "Academics point out that …": a plural verb after a plural noun, a source but
                # nobody by name ("Smith says" keeps its singular verb)
                ref = Ref(None, "collective", surface=ref.surface, confidence=0.3)
            if (ref is not None and ref.kind == "org" and ref.name and verb.split()[0].lower() in PLURAL_PRESENT_VERBS
                    and len(plural := ref.name.split()) >= 2 and PLURAL_HEAD_RE.match(plural[-1].lower())
                    and all(w in UNNAMED_ORG_STOP or w in NATIONALITIES for w in plural[:-1])):
                # "The UK Pharmacists say": a country's people of one trade, capitalised as in a
                # headline, a source but no organization
                ref = Ref(None, "collective", surface=ref.surface, confidence=0.3)
            coordinated = None
            if ref is not None and ref.kind in ("person", "org", "unknown"):
                coordinated = COORDINATED_RE.search(frame, max(sent_start, sub_start - 40), sub_start)
            if coordinated is None and ref is not None and ref.kind == "person":
                coordinated = COORDINATED_NP_RE.search(frame, max(sent_start, sub_start - 60), sub_start)
            if coordinated:
                # "she and Rose-Lynn sing", "Smith and Jones said": several speakers, none alone
                ref = Ref(None, "collective", surface=ref.surface, confidence=0.3)
                sub_start = coordinated.start()
            if ref is not None or verb in PARTICIPLES:
                found.append(Cue(m.start(), m.end(), verb, ref, sub_start, m.start()))
                continue
            before = frame[sent_start : m.start()].rstrip()
            rel = RELATIVE_END_RE.search(before)
            if rel is not None and rel.group("pronoun") == "which":
                # "supporters, including Midlands Connect, which says": an organization named right
                # before, never a person (nor a thing: "a report, which says" is left alone)
                named_end = rel.start()
                if (paren := ACRONYM_PAREN_END_RE.search(before, 0, named_end)) is not None:
                    named_end = len(before[: paren.start()].rstrip())  # ("the National Farmers’ Union (NFU), which warned")
                named = ORG_END_RE.search(before, 0, named_end)
                ref = self.subject_from_run(named.group("run")) if named is not None else None
                if ref is not None and ref.kind == "person" and ref.name and not self.ctx.names.is_person(ref.name):
                    ref = Ref(ref.name, "org", surface=ref.surface, confidence=0.8)
                if ref is not None and ref.kind == "org" and ref.name:
                    found.append(Cue(m.start(), m.end(), verb, ref, sent_start + named.start("run"), m.start(), relative=True))
                    continue
                rel = None
            if rel is not None:
                # "Kim Yong-hyun, who said he took responsibility": the relative pronoun stands
                # for the noun phrase right before it; after "Princess Marguerite of Romania, the
                # eldest daughter of ex-King Michael of Romania, who said", for the one the
                # apposition describes
                kin = (KIN_APPOSITION_END_RE.search(before, 0, rel.start())
                       if verb.lower() in ("said", "says") and KIN_CLAUSE_RE.match(frame, m.end())
                       and not KIN_BACK_RE.search(frame, m.end(), m.end() + 60) else None)
                ref = self.subject_from_run(kin.group("run")) if kin is not None else None
                if ref is not None and ref.kind == "person" and ref.name:
                    # (only "said a relationship with him was …": not "said shortly before his death:",
                    # what the relative may have said long ago; nor the relative as an organization)
                    described = kin.group(0)[len(kin.group("run")) :]
                    if ref.organization and ref.organization in described:
                        ref.organization = None
                    if ref.title and ref.title in described:
                        ref.title = None
                    found.append(Cue(m.start(), m.end(), verb, ref, sent_start + kin.start("run"), m.start(), relative=True))
                    continue
                ref, sub_start = self.left_subject(frame, sent_start, rel.start())
                if (ref is not None and ref.kind == "person"
                        and PLACE_PREPOSITION_RE.search(frame, max(sent_start, sub_start - 10), sub_start)
                        and (described := DESCRIBED_NAME_END_RE.search(before, 0, rel.start())) is not None
                        and (person := self.subject_from_run(described.group("run"))) is not None
                        and person.kind == "person" and person.name and self.ctx.names.is_person(person.name)):
                    # "said Brenda Binczewski, a Realtor at Carlson Real Estate, who said": the
                    # person the apposition describes, not its preposition's object
                    ref, sub_start = person, sent_start + described.start("run")
                if ((ref is None or (ref.kind == "collective" and ref.name is None and " and " not in (ref.surface or "")))
                        and (named := antecedent_name(before, rel.start(), frame[m.end() : m.end() + 12])) is not None
                        and (verb.lower() not in REPORT_ACT_VERBS or REPORT_OPENS_RE.match(frame, m.end()))):
                    # "One tribute came from his friend, the producer Quincy Jones, who described
                    # him as …": "who" stands for the name right before it, subject or not (not
                    # for "Ryan Crabbe and Gordon Rennie, who observed": both; nor for "the widow
                    # of John Lennon, who said", "a source close to Cheryl Cole, who": the relation;
                    # nor for "Jacques Chirac, who announced his attendance and secured a slot for a
                    # “special message”": an act, unless "that", a colon or a quotation follows)
                    ref = self.subject_from_run(named.group("run"))
                    ref, sub_start = (ref, sent_start + named.start("run")) if (
                        ref is not None and ref.kind in ("person", "org") and ref.name) else (None, sub_start)
                if ((ref is None or ref.kind == "collective" and ref.name is None)
                        and (described := DESCRIBED_NAME_END_RE.search(before, 0, rel.start())) is not None
                        and not CAPITAL_RE.search(before, described.end("run"), rel.start())
                        and SUBJECT_SLOT_END_RE.search(before, 0, described.start("run"))
                        and (person := self.subject_from_run(described.group("run"))) is not None
                        and person.kind == "person" and person.name and self.ctx.names.is_person(person.name)):
                    # "Also present was Labour MSP Neil Findlay, a strong supporter of the campaign,
                    # who commented:": the person the apposition describes, the clause's
                    # subject or complement (no name in it that "who" could stand for instead: not
                    # "…, the widow of John Lennon, who"; nor a relation's object: "the brother of
                    # Neil Findlay, a retired miner, who said"; nor one of two: "Tom and Jane Price")
                    ref, sub_start = person, sent_start + described.start("run")
                if ref is not None:
                    found.append(Cue(m.start(), m.end(), verb, ref, sub_start, m.start(), relative=True))
                    continue
            if COORDINATED_VP_RE.search(before):
                # "Josh Earnest condemned the attack and said …": the subject of the first verb
                # (of the last clause joined on before it: "Closures are in place and Gloucestershire
                # County Council has apologised but said …")
                joined = [j.end() for j in CLAUSE_JOIN_CAPITAL_RE.finditer(frame, sent_start, m.start())
                          if any(_finite_verb(w) for w in frame[sent_start : j.start()].split() if w.islower())
                          and not SUBORDINATOR_RE.search(frame, sent_start, j.start())]
                # (a main clause before the conjunction, with a verb of its own: not "Tories and Lib
                # Dems welcomed", nor "Tom Baxter, who was first elected when Labour and the Liberal
                # Democrats shared power, apologised and said")
                ref = self.clause_subject(frame, joined[-1], m.start()) if joined else None
                if ref is None or not ref.name:
                    ref = self.clause_subject(frame, sent_start, m.start())
                if ref is not None:
                    found.append(Cue(m.start(), m.end(), verb, ref, m.start(), m.start()))
                    continue
            # inverted: "…,” said Mr Blair / said the report; never "told Reuters" (the listener)
            if verb.lower() not in ("told", "tells", "brands", "calls", "labels") and (
                    not before or before[-1] in ",\"”’'_:;»" or before.endswith(("—", "–", "_“"))):
                # (nor "‘dump’ brands associated with …": a label verb's plural noun)
                ref, end = self.right_subject(frame, m.end(), sent_end)
                if ref is not None:
                    found.append(Cue(m.start(), m.end(), verb, ref, m.end(), end, True))
                    continue
            found.append(Cue(m.start(), m.end(), verb, None, m.start(), m.start()))
        if (opening := OPENING_CUE_RE.match(frame, sent_start, sent_end)) is not None:
            # "Added National Association of Manufacturers President Jay Timmons, “…”": the verb
            # opens the sentence, its subject right after it
            ref, end = self.right_subject(frame, opening.end("verb"), sent_end)
            if ref is not None and ref.kind in ("person", "org") and ref.name:
                found.insert(0, Cue(opening.start("verb"), opening.end("verb"), opening.group("verb").lower(),
                                    ref, opening.end("verb"), end, True))
        for read in (r for pattern in READ_DOCUMENT_RES for r in pattern.finditer(frame, sent_start, sent_end)):
            # "“…,” read the letter, which was signed by John Morton": the signer's words; "“…,”
            # the sign read": nobody's
            signed = self.signer(frame, read.end(), sent_end)
            if signed is None and (source := FROM_SOURCE_RE.match(frame, read.end(), sent_end)) is not None:
                # "“…,” read a statement from AOSIS chair, Molwyn Joseph": whom the statement is from
                ref, end = self.right_subject(frame, source.end(), sent_end)
                signed = (ref, end) if ref is not None and ref.name and ref.kind in ("person", "org") else None
            if signed is None and read.group("head") not in ("sign", "banner", "placard", "notice"):
                continue  # a letter with no signer named: its writer, as the text gives them elsewhere
            found.append(Cue(read.start("verb"), read.end("verb"), "read",
                             signed[0] if signed else Ref(None, "collective", surface=read.group("np"), confidence=0.3),
                             read.start("np"), signed[1] if signed else read.end(), True))
            found.sort(key=lambda cue: cue.start)
        if frame.find(" statement read", sent_start, sent_end) >= 0:
            for reads in STATEMENT_NOUN_READS_RE.finditer(frame, sent_start, sent_end):
                # "An IPCC statement reads: “…”": whose statement it is, read as "… said" would be
                ref, sub_start = self.left_subject(frame, sent_start, reads.start("verb"))
                if ref is not None and ref.name and ref.kind in ("org", "person"):
                    found.append(Cue(reads.start("verb"), reads.end("verb"), "read", ref, sub_start, reads.start("verb")))
                    found.sort(key=lambda cue: cue.start)
        if frame.find("attributed to", sent_start, sent_end) >= 0:
            for credit in ATTRIBUTED_TO_RE.finditer(frame, sent_start, sent_end):
                # "The following can be attributed to CCIA Europe's Senior Policy Manager, Boniface
                # de Champris:": a press release naming whose words follow
                ref, end = self.right_subject(frame, credit.end("verb"), sent_end)
                if ref is not None and ref.name:
                    found.append(Cue(credit.start("verb"), credit.end("verb"), "attributed to", ref, credit.end(), end, True))
                    found.sort(key=lambda cue: cue.start)
        if (frame.find("statement", sent_start, sent_end) >= 0 or frame.find("letter", sent_start, sent_end) >= 0) and (
                issued := STATEMENT_PUT_OUT_RE.search(frame, sent_start, sent_end)) is not None and (
                author := self.statement_issuer(frame, sent_start, issued, sent_end)) is not None:
            # "David Moyes … has issued a statement following his sacking": whose "the statement" is
            self.statement_author = (author, self.base + issued.start())
            if "following" in issued.group() or frame[sent_start:sent_end].rstrip().endswith(":"):
                # ("… issued a statement from Crawford Allan, senior director …:": it follows)
                self.following_author = (author, self.base + issued.start())
        if ((gave := GAVE_COMMENT_RE.search(frame, sent_start, sent_end)) is not None and not frame[sent_end:].strip()
                and not (self.following_author and self.following_author[1] >= self.sentence_at)  # (set just above)
                and (author := self.left_subject(frame, sent_start, gave.start())[0]) is not None and author.name
                and author.kind in ("person", "org")):
            # "CEO … Tewolde GebreMariam gave a significant comment to the preliminary findings. ¶
            # “…”": the quotation the paragraph after opens with is that comment
            self.following_author = (author, self.base + gave.start())
        if (self.statement_author and self.statement_author[0] is not None
                and (reads := STATEMENT_READS_RE.match(frame, sent_start, sent_end)) is not None):
            # "The statement reads:": the words of whoever issued it
            found.append(Cue(reads.start("verb"), reads.end("verb"), "read",
                             author_as(self.statement_author[0], reads.group("np"), 0.75),
                             reads.start("np"), reads.end("np"), False))
        for cue in found:
            # "the US military said in a statement": whose "the statement" is, a little later
            if (STATEMENT_AFTER_RE.match(frame, cue.end if not cue.right_subject else cue.subject_end, sent_end)
                    or not cue.right_subject and IN_STATEMENT_LEAD_RE.fullmatch(frame, sent_start, cue.subject_start)):
                # ("In a statement on its website, the firm said": its statement too)
                self.statement_author = (cue.ref if cue.ref is not None and cue.ref.name else None,
                                         self.base + cue.start)
            elif (cue.verb.lower() == "according to" and cue.ref is not None and cue.ref.name
                  and ACCORDING_STATEMENT_RE.match(frame, cue.end, cue.subject_end)):
                # "according to a prepared statement from the Department of Health": whose "the
                # statement" is, a little later
                self.statement_author = (cue.ref, self.base + cue.start)
            elif (not cue.right_subject and cue.ref is not None and cue.ref.name
                  and (lead := STATEMENT_FROM_LEAD_RE.match(frame, sent_start, cue.start)) is not None
                  and cue.subject_start - lead.end() <= 6):  # (its subject is whom the statement is from)
                # "A release from the Department of Correctional Services said": whose "the
                # release" is, a little later
                self.statement_author = (cue.ref, self.base + cue.start)
        # a pronoun after a named subject of the same sentence is that subject ("Yes campaign
        # chairman John Tomaney said he hoped …, something he says …"), not the older focus
        for k, cue in enumerate(found):
            ref = cue.ref
            if k > 0 and ref is not None and (ref.surface or "") == "it":
                # "The Afghan Taliban claimed …, which it said crashed …": the organization
                # that is the sentence's earlier speaker, not an older focus
                prior = [e for e in found[:k] if e.verb not in PARTICIPLES]
                earlier = prior[-1].ref if prior else None
                if earlier is not None and earlier.name and (earlier.kind == "org" or (
                        earlier.kind == "person" and earlier.gender is None and not earlier.title
                        and " " not in (earlier.surface or " "))):
                    # ("Vivendi has said it believes …": a one-word name "it" stands for is no
                    # person's; "Jorma Ollila said …, but it warned" is another matter)
                    cue.ref = Ref(earlier.name, "org", earlier.title, earlier.organization, "it", 0.8)
                elif prior and (earlier is None or earlier.kind != "person"):
                    # an earlier subject we could not name ("The Afghan Taliban claimed"): "it"
                    # is most likely that one, so nobody for sure
                    cue.ref = Ref(None, "unknown", surface="it", confidence=0.3)
                continue
            if k == 0 or ref is None or (ref.surface or "").lower() not in ("he", "she"):
                continue
            gender = PRONOUNS[ref.surface.lower()]
            for earlier in reversed(found[:k]):
                e = earlier.ref
                if e is not None and e.kind == "unknown" and (e.surface or "")[:1].isupper():
                    # "Gille recalls that …; she said" with two Gilles: the pronoun is that
                    # unresolved subject, so it names nobody for sure either
                    cue.ref = Ref(None, "unknown", surface=ref.surface, confidence=0.3)
                    break
                if e is not None and e.kind == "person" and e.name and e.gender in (None, gender):
                    cue.ref = speaking_as(e, ref.surface, 0.85)
                    break
                if ((e is None or e.kind == "collective" and not e.name
                     and not PLURAL_SURFACE_RE.search(SOURCE_OF_RE.split(e.surface or "", 1)[0]))
                        and earlier is found[k - 1] and SAME_SUBJECT_JOIN_RE.fullmatch(frame, earlier.end, cue.subject_start)):
                    # "“…,” the head of the National Farmers’ Union said as he confirmed …": the
                    # pronoun is the subject just before it, whom we could not name, not an older focus
                    cue.ref = Ref(None, "collective", e and e.title, e and e.organization, ref.surface, 0.3)
                    break
        for k, cue in enumerate(found):
            ref = cue.ref
            if k == 0 or ref is None or not ref.name:
                continue
            institution = (ref.kind == "org" and (ref.surface or "").lower() in COUNTRIES) or (
                ref.kind == "person" and " " in ref.name and ref.name.split()[0].lower() in NOT_NAMES)
            if not institution:
                continue
            outer = found[k - 1].ref
            if outer is not None and outer.kind == "person" and outer.name and not re.search(
                    r"[,;:—–]", frame[found[k - 1].end : cue.subject_start]):
                # "Pompeo said that after consultation Washington had concluded …", "Weitz said
                # New Line feared that …": a country or a company speaks inside the person's
                # reported clause; the words are the person's
                cue.ref = outer
        # a participle ("…, adding:") speaks for the sentence's earlier subject
        for k, cue in enumerate(found):
            if (k > 0 and cue.verb in PARTICIPLES and (said := found[k - 1].ref) is not None
                    and (said.name and said.kind in ("person", "org") or said.kind == "collective")
                    and not frame[found[k - 1].end : cue.start].strip(" ,")):
                # "…, Mr. Janowski said, adding that …": the participle right after the cue is its
                # speaker's (and "…, authorities said, adding": nobody's by name, as the cue's)
                cue.ref = said
                continue
            if (k > 0 and cue.verb in PARTICIPLES and cue.ref is not None and (said := found[k - 1].ref) is not None
                    and said.name and said.kind in ("person", "org") and found[k - 1].subject_start < found[k - 1].start
                    and cue.subject_start >= found[k - 1].end and frame[cue.start - 2 : cue.start] == ", "):
                # "Betts urged the United States … to de-escalate the dispute, adding that …": a
                # name in the earlier verb's object; the participle after a comma is its subject's
                cue.ref = said
                continue
            if (cue.ref is not None and cue.verb in PARTICIPLES and cue.subject_start < cue.start
                    and PARTICIPLE_OBJECT_END_RE.search(frame, max(sent_start, cue.subject_start - 80), cue.subject_start)
                    and (main := self.clause_subject(frame, sent_start, cue.subject_start)) is not None
                    and main.name and main.kind == "person"):
                # "Kirsten had blamed it squarely on the IPL saying that …": the name before the
                # participle is a preposition's object; the participle speaks for the clause's
                # subject (not "with Rovers boss Mark Hughes claiming", "a letter from Lee Scott
                # saying", "responding to Michael Howard saying": the name is the participle's own)
                cue.ref = main
            elif (cue.ref is not None and cue.ref.kind == "collective" and cue.verb in PARTICIPLES
                    and (issued := ISSUER_END_RE.search(frame, max(sent_start, cue.subject_start - 80), cue.subject_start))
                    and not JOINED_BEFORE_RE.search(frame, max(sent_start, issued.start() - 6), issued.start())
                    and (issuer := self.subject_from_run(issued.group("run"))) is not None and issuer.name):
                # "Nick Counter released a statement saying": the statement is his (not "Mr
                # Magnier and Mr McManus issued a statement saying": two people's)
                cue.ref = issuer
            if cue.ref is None and cue.verb in PARTICIPLES:
                for j in range(k - 1, -1, -1):
                    earlier = found[j]
                    if RELATIVE_COMMA_RE.search(frame, earlier.end, cue.start):
                        break  # "X warned Y's party, which … by saying": the relative's, not X's
                    if earlier.verb.lower() == "according to" and any(e.ref is not None for e in found[:j]):
                        continue  # "Mnuchin told reporters, according to Bloomberg, adding": the source set in
                    if earlier.ref is not None:
                        cue.ref = earlier.ref
                        if (PREPOSITION_OBJECT_END_RE.search(frame, max(sent_start, earlier.subject_start - 80), earlier.subject_start)
                                and (main := self.clause_subject(frame, sent_start, earlier.subject_start)) is not None
                                and main.name):
                            # "Football Federation Australia hit back at coach Alen Stajcic['s] claims
                            # that …, saying": the earlier cue's subject is inside the main clause's
                            # object; the participle speaks for the main clause's subject
                            cue.ref = main
                        break
                else:
                    if ((fronted := FRONTED_CLAUSE_RE.match(frame, sent_start, cue.start))
                            and (comma := frame.find(",", fronted.end(), cue.start)) != -1
                            and NAMED_MAIN_CLAUSE_RE.match(frame, comma + 1, cue.start)):
                        # "When Carson died, President Bush led the tributes, saying …": the main
                        # clause's subject, not the fronted clause's
                        cue.ref = self.clause_subject(frame, sent_start, cue.start)
                    cue.ref = cue.ref or self.sentence_subject(frame, sent_start, cue.start)
                    head = frame[sent_start : cue.start].rstrip()
                    if cue.ref is None and head.endswith(",") and not RELATIVE_RE.search(
                            head, _closed_apposition_end(frame, sent_start, cue.start) - sent_start):
                        # "The US welcomed the exchange, saying …" (not "…, which tried … by
                        # saying": a participle inside a relative clause is not the sentence's)
                        cue.ref = self.clause_subject(frame, sent_start, cue.start)
                    if (cue.ref is None and (office := TITLED_OPENING_RE.match(frame, sent_start, cue.start)) is not None
                            and office.group("head").lower() in TITLE_HEADS
                            and len({name for _, name, words in self.title_holders() if office.group("head").lower() in words}) == 1
                            and (holder := self.holder_of(office.group("head").lower(), "")) is not None):
                        # "The Archbishop opened his sermon by proclaiming, “…”": the one holder of the
                        # office that opens the sentence, as the text named them (not "The President
                        # of the Commission", another office; nor "The Mayor" where two are named)
                        holder.surface = office.group().strip()
                        cue.ref = holder
            if (cue.verb in PARTICIPLES and cue.ref is not None and cue.ref.name
                    and DOCUMENT_SENT_RE.search(frame, sent_start, cue.start)
                    and not addressed(frame, sent_start, cue.subject_start)):
                # (not its addressee: "sent a statement to the Press Association saying")
                # "Notebaert sent a letter to MCI's board saying …": whose "the letter" is, later
                self.statement_author = (cue.ref, self.base + cue.start)
        if not found and (owned := OWNED_WORDS_RE.match(frame, sent_start, sent_end)) is not None:
            # "His message to the chancellor was: “…”": the words of whom "his" means
            ref = self.pronoun_ref("he" if owned.group("pronoun") == "His" else "she")
            if ref is not None and ref.name:
                found.append(Cue(owned.start("noun"), owned.end("noun"), owned.group("noun"), ref,
                                 owned.start("pronoun"), owned.end("pronoun")))
        if (any(cue.verb in REPEAT_VERBS for cue in found)
                and any(cue.verb not in REPEAT_VERBS and cue.ref is not None for cue in found)):
            # "Mr Albanese had repeated his “broken promise”, Mr Dutton said": the other cue reports it
            found = [cue for cue in found if cue.verb not in REPEAT_VERBS]
        if any(cue.verb in HIGHLIGHT_VERBS for cue in found):
            # ("The committee also highlighted “deeply worrying” cases": words put in a mouth only
            # when the text names whose; otherwise the phrase may as well be the reporter's)
            found = [cue for cue in found if cue.verb not in HIGHLIGHT_VERBS or (cue.ref is not None and cue.ref.name)]
        return found

    def clause_subject(self, frame: str, sent_start: int, end: int) -> Ref | None:
        """The subject of the sentence's main clause, for a participle or a second verb that has
        none of its own ("The US welcomed the exchange, saying …"; "X condemned the attack and
        said …"): the words after a fronted phrase up to the first finite verb, resolved as a
        subject before a cue would be. None when no verb or no resolvable subject is found."""
        m = FRONTED_RE.match(frame, sent_start, end)
        start = m.end() if m else sent_start
        head = CLAUSE_HEAD_NAME_RE.match(frame, start, end)
        if head is not None and head.group("appos"):
            # "Lee Jae-myung, who leads the opposition, met reporters and called …": a name
            # opening the clause, with its apposition or relative clause, is the subject
            ref = self.subject_from_run(head.group("run"))
            if ref is not None and ref.kind in ("person", "org") and ref.name:
                return ref
        prev = ""
        words = list(CLAUSE_WORD_RE.finditer(frame, start, end))
        for k, w in enumerate(words):
            word = w.group()
            if (word in COLLECTIVE_HEADS and word.endswith("s") and prev[:1].isupper() and prev.lower() not in NOT_NAMES
                    and not (word in VERB_LIKE_PLURALS and k + 1 < len(words) and words[k + 1].group().lower() in VERB_OBJECT_OPENERS)):
                # "Council leaders welcome … but warn", "UK critics still favour …, but believe":
                # people of a body or place, none named (not a verb after a name; nor "Badenoch
                # sides with farmers", "Trump fans the flames": a verb, its object next)
                return Ref(None, "collective", surface=frame[start : w.end()].strip(), confidence=0.3)
            if (word[:1].islower() and not (prev in ("The", "A", "An") and k == 1)  # ("The accused admitted": a noun)
                    and (_finite_verb(word) or (
                        word.endswith("s") and not word.endswith("ss") and prev[:1].isupper() and prev.lower() not in NOT_NAMES
                        # ("The California officials spoke": a plural noun, when a verb follows it)
                        and not (k + 1 < len(words) and _finite_verb(words[k + 1].group()))))):
                if w.start() - start > 120:
                    return None
                ref, _ = self.left_subject(frame, start, w.start())
                if ref is not None and ref.kind in ("person", "org", "report", "collective"):
                    return ref
                return None
            prev = word
        return None

    @staticmethod
    @functools.lru_cache(maxsize=65536)
    def bare_name(run: str) -> str | None:
        """"When Afghan President Ashraf Ghani" -> "Ashraf Ghani": the name in a capitalised run,
        without sentence-start words, titles, honorifics and nationality adjectives."""
        tokens = re.sub(r"['’]s$", "", run.strip()).split()
        after_prep = False
        while tokens and tokens[0].lower().rstrip(".") in NOT_NAMES and tokens[0].lower().rstrip(".") not in HONORIFICS \
                and not (opens_name(tokens) and not (after_prep and tokens[0].lower() in MONTH_WORDS)):
            after_prep = tokens[0].lower() in MONTH_PREPOSITIONS
            tokens = tokens[1:]
        if not tokens:
            return None
        _, name = split_title(" ".join(tokens))
        name = strip_honorific(name)[0]
        stripped = strip_leading_adj(name)
        if len(stripped.split()) >= 2:
            name = stripped
        name = " ".join(trim_name(name.split()))
        return name or None

    @staticmethod
    def describes_next(frame: str, end: int, run: str = "") -> bool:
        follow = DESCRIPTOR_FOLLOW_RE.match(frame, end)
        if (follow is None and run and " " not in run
                and (longer := MODIFIED_TITLE_FOLLOW_RE.match(frame, end)) is not None and not any(
                    w in COMMON_WORDS or w in NOT_NAMES or w.endswith("ed") or CUE_RE.fullmatch(w)
                    for w in longer.group(1).split())):
            # "Trump campaign communications director Tim Murtaugh": a surname modifies an office
            # that the next name holds (not "Victoria Wood slated comedian Sacha Baron Cohen")
            follow = longer
        return follow is not None and (follow.group(1).split()[-1].lower() in TITLE_HEADS
                                       or follow.group(1).split()[-1].lower() in RELATIONAL_ROLES)

    def story_subject(self, surface: str, or_last_named: bool = False) -> Ref | None:
        """What a description of someone ("the defender", "the 25-year-old Dubliner", "the
        American") refers to: the person the story is about lately (else, if asked, the person
        named last); None when that is unclear."""
        head = surface.split()[-1].lower()
        person = self.just_spoken(head) or self.salient_person() or (self.last_person() if or_last_named else None)
        if person is None or not person.name or self.titled_otherwise(person, head):
            return None
        marks = {w.split("-")[0] for w in surface.split()[1:-1]
                 if w[:1].isupper() and w not in NATIONALITIES}  # (a nationality places nobody: "the Indian captain")
        sentences = SENTENCE_BREAK_RE.split(self.text[: self.sentence_at]) if marks else []
        for mark in marks:
            # "Alan Webb, who trains in Oregon, won …. “…,” said the Oregon-based athlete": the one
            # the text places there, if it places anyone
            places = [sentence for sentence in sentences if mark in sentence]
            if places and not any(person.name.split()[-1] in sentence for sentence in places):
                return None
        ranks = {w.lower() for w in surface.split()} & RANK_ORDINALS
        if ranks and self.ranked_otherwise(person, head, ranks):
            return None  # "Mauresmo, the third seed, …. “…,” said the top seed": someone else
        before = self.text[max(0, self.sentence_at - 400) : self.sentence_at].rstrip()
        if CONTRAST_NAMED_RE.search(SENTENCE_OR_PARAGRAPH_BREAK_RE.split(before)[-1]):
            return None  # "Holmes has not raced …, while Sotherton is coming back. ¶ …": either of them
        return speaking_as(person, surface, 0.7)

    def ranked_otherwise(self, person: Ref, head: str, ranks: set[str]) -> bool:
        """The text ranks the person otherwise ("Mauresmo, the third seed,", "third seed Amelie
        Mauresmo") than the description does ("the top seed")."""
        surname = re.escape(person.name.split()[-1])
        for m in re.finditer(rf"{surname},\s+(?:the\s+)?(\w+)\s+{head}\b|\b(\w+)\s+{head}\s+(?:[A-Z][\w’'-]+\s+)?{surname}\b",
                             self.text[: self.sentence_at]):
            rank = (m.group(1) or m.group(2)).lower()
            if rank in RANK_ORDINALS and rank not in ranks:
                return True
        return False

    def just_spoken(self, head: str) -> Ref | None:
        """The person the last two sentences were about ("Irons … said he had wondered …. “…,” the
        British actor said"), or the last one's subject ("Man-of-the-match Duff explained …"),
        unless the text gives them a title that is not this role."""
        recent = self.ctx.focus[-2:]
        if not recent or recent[-1].kind != "person" or not recent[-1].name:
            return None
        twice = len(recent) == 2 and recent[0].name == recent[-1].name
        if not twice and not (recent[-1].subject and head in DESCRIPTIVE_ROLES
                              and self.named_in_paragraph(recent[-1].name)):
            return None  # (one subject is enough only in this paragraph, for a role an office can rule out)
        return None if self.titled_otherwise(recent[-1], head) else recent[-1]

    def reported_description(self, run: str) -> Ref | None:
        """"Lindsay also said he understood …. “…,” said the Warriors chief": a description after a
        quotation, in the sentence right after a person's own reported speech, is of that person,
        unless it is an office of its own ("said the minister") or someone else's title."""
        person = self.reported_before
        m = REPORTED_DESCRIPTION_RE.fullmatch(run)
        if m is None or person is None or person.kind != "person" or not person.name:
            return None
        head, body = m.group("head"), m.group("body")
        if head in COLLECTIVE_HEADS or head in ORG_HEADS or head in DOCUMENT_HEADS or head in UNNAMED_SOURCE_HEADS:
            return None
        if head in TITLE_HEADS and head not in DESCRIPTIVE_ROLES and not body[:1].isupper():
            return None  # "said the chancellor": an office the text may give somebody else
        if head in TITLE_HEADS and any(name != person.name and head in words for _, name, words in self.title_holders()):
            return None  # "said the Tory leader" when "Conservative leader Michael Howard" was named
        if self.others_title(person, body) or self.titled_otherwise(person, head):
            return None
        own = {w for _, name, words in self.title_holders() if name == person.name for w in words}
        if any(w.lower() not in own and len(list(word_positions(self.text, w))) > 1 for w in body.split() if w[:1].isupper()):
            return None  # "Leicester chairman Jim McCahill … said the Wigan chief": a club the text names otherwise
        return speaking_as(person, run, 0.7)

    def others_title(self, person: Ref, body: str) -> bool:
        """A capitalised word of the description is in someone else's title ("the Chelsea boss"
        when "Chelsea manager Jose Mourinho" was named): not a description of `person`."""
        marks = {w.lower() for w in body.split() if w[:1].isupper()}
        return bool(marks) and any(name != person.name and marks & words for _, name, words in self.title_holders())

    def paragraph_subject(self, surface: str) -> Ref | None:
        """The named person the last sentence of this paragraph was about ("David Campese
        criticised the pack. And the ex-Wallaby added: …"), when there is one."""
        person = self.last_subject()
        if person is None or not self.named_in_paragraph(person.name):
            return None
        return speaking_as(person, surface, 0.7)

    def named_in_paragraph(self, name: str) -> bool:
        """The person's surname appears in this paragraph before the sentence being read."""
        end = max(0, self.sentence_at - self.base)
        return next(word_positions(self.paragraph_text, name.split()[-1], 0, end), None) is not None

    def titled_otherwise(self, person: Ref, head: str) -> bool:
        """The text gives the person an office, and no title of theirs holds this role ("Chelsea
        manager Jose Mourinho" is not "the defender"; a "film star" may be "the actor")."""
        if head not in DESCRIPTIVE_ROLES:
            return False
        titles = [words for _, name, words in self.title_holders() if name == person.name]
        offices = {w for words in titles for w in words if w in TITLE_HEADS and w not in DESCRIPTIVE_ROLES}
        return bool(offices) and not any(head in words for words in titles)

    def report_author(self, head: str = "report") -> str | None:
        """The one organization the text so far names as a report's author ("A National Audit
        Office report", "the NAO's annual report", "a report by the Audit Commission"), or a
        survey's or a study's ("A separate survey by GMIPoll found …")."""
        authors = set()
        for m in REPORT_AUTHOR_RE.finditer(self.text):
            if m.start() >= self.sentence_at:
                # only when nobody wrote one before, "the" report the text names later ("…, the
                # report said. … the ADB report said"), not "a BBC report", "a separate … report"
                if authors:
                    break
                if not (m.group("before") and (m.group("before").startswith("The ")
                                               or DEFINITE_BEFORE_RE.search(self.text, max(0, m.start() - 5), m.start()))):
                    continue
            if (m.group("head") or m.group("head2")) != head:
                continue
            name = (m.group("before") or m.group("by") or "").strip()
            name = re.sub(r"['’]s$", "", name)
            if name.split()[0] in ("The", "A", "An"):
                name = name.split(None, 1)[1] if " " in name else ""
            if not name or name.lower() in NOT_NAMES:
                continue
            if name.isupper():
                name = self.ctx.names.expand_acronym(name) or name
            if not (is_org_name(name) or name.isupper()
                    or head != "report" and m.group("by") and " " not in name and not self.ctx.names.is_person(name)):
                # ("a survey by GMIPoll": a one-word agent that is nobody's name is the firm that
                # ran it; a report usually has a title of its own to be cited by)
                continue
            authors.add(self.ctx.names.org_canonical(name))
        return authors.pop() if len(authors) == 1 else None

    def nameless_one_word(self, ref: Ref, called_it: bool = False) -> bool:
        """A one-word speaker the document never names as a person ("Microsoft has said"): no
        full name, first name or gender, and it speaks. "The company said" after it means it.
        When the text calls it "it" and puts an organization's noun before it ("oil firm Yukos"),
        it need not speak elsewhere."""
        if ref.kind != "person" or not ref.name or " " in ref.name or not ref.name.replace("-", "").isalnum():
            return False
        names = self.ctx.names
        if ref.name.lower() in NOT_NAMES or names.lower_elsewhere(ref.name):
            return False
        if names.is_person(ref.name) or names.gender_of(ref.name) is not None \
                or ref.name.lower() in FIRST_NAMES or ref.name.lower() in COUNTRIES:
            return False
        if called_it and self.org_descriptor_before(ref.name):
            # (what the text calls it says so: "oil firm Yukos", "supermarket group Winn-Dixie";
            # not "Barcelona forward Neymar criticised the tax office. It said …")
            return True
        return self.speaks(ref.name)

    def speaks(self, name: str) -> bool:
        """The text has the name speak somewhere ("Microsoft has said")."""
        speaks = self._speaks.get(name)
        if speaks is None:  # asked for each "the company" while the name stays in focus: search once
            speaks = self._speaks[name] = re.search(rf"(?<![\w-]){re.escape(name)}{SPEAKS_AFTER}", self.text) is not None
        return speaks

    def person_before_of(self, named: re.Match) -> bool:
        """The words before "of the" name a person, not a body ("Friends of the Earth",
        "Royal Society of Chemistry") nor an office ("Secretary of State")."""
        tokens = named.group("person").split()
        return (not any(t.lower() in ORG_WORDS or t.lower() in TITLE_HEADS or t.lower() in COUNTRIES for t in tokens)
                and tokens[0].lower() not in NOT_NAMES and is_org_name(named.group("org"))
                and not any(self.ctx.names.lower_elsewhere(t) for t in tokens)  # (not "State Chapter of the NRA")
                and not is_org_name(named.group("person")))

    def unknown_name(self, ref: Ref) -> bool:
        """A speaker named in several words with no sign of a person ("Chipotle Mexican Grill
        said"): no first name, honorific, title or gender; "the chain" may mean it."""
        if ref.kind != "person" or not ref.name or " " not in ref.name or ref.title:
            return False
        names = self.ctx.names
        if (names.is_person(ref.name) or names.gender_of(ref.name) is not None
                or any(w.lower() in FIRST_NAMES or w.lower().rstrip(".") in HONORIFICS for w in ref.name.split())):
            return False
        return self.speaks(ref.name)  # (not "Roadford Reservoir had now reached …": a place)

    def salient_person(self) -> Ref | None:
        """The person the story is about lately: named most often as a sentence's subject or speaker
        in the recent focus (at least twice, and more than anyone else); else nobody."""
        counts: dict[str, int] = {}
        last: dict[str, Ref] = {}
        for ref in self.ctx.focus[-12:]:
            if ref.kind == "person" and ref.name:
                counts[ref.name] = counts.get(ref.name, 0) + 1
                last[ref.name] = ref
        if not counts:
            return None
        ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
        if len(ranked) > 1 and (ranked[0][1] < 2 or ranked[1][1] == ranked[0][1]):
            return None
        return last[ranked[0][0]]

    def last_person(self) -> Ref | None:
        """The last person named in an earlier sentence (whom "the 34-year-old" may mean)."""
        ctx = self.ctx
        for frame, start, end in ctx.unread:
            ctx.last_named = self.people_named(frame, start, end)[0] or ctx.last_named
        ctx.unread.clear()
        return ctx.last_named

    def note_named(self, frame: str, start: int, end: int, found: Ref | None = None, looked: bool = False) -> None:
        """After a sentence: who it names, when that was looked for already; else the sentence,
        for `last_person` to look at when asked."""
        if not looked:
            self.ctx.unread.append((frame, start, end))
        elif found is not None:
            self.ctx.unread.clear()
            self.ctx.last_named = found

    def name_matches(self, frame: str, start: int, end: int) -> list[re.Match]:
        """SUBJECT_NAME_RE's matches in a sentence: who is named in it and who is its subject
        are both asked of every sentence, so the scan is done once."""
        last = self._name_matches_at
        if last is not None and last[0] is frame and last[1] == start and last[2] == end:
            return last[3]
        found = [m for m in SUBJECT_NAME_RE.finditer(frame, start, end) if not names_no_one(frame, m.start("run"), m.end("run"))]
        if (particle_re := self.ctx.names.particle_surname_re()) is not None:
            # "Meanwhile, von der Leyen fired back": a surname the text gives in full, on its
            # particle (not inside the full name itself), in place of the capitalised word alone
            extra = [e for e in particle_re.finditer(frame, start, end)
                     if not any(m.start() < e.start() < m.end() for m in found)]
            if extra:
                found = sorted([m for m in found if not any(e.start() <= m.start() < e.end() for e in extra)] + extra,
                               key=lambda m: m.start())
        self._name_matches_at = (frame, start, end, found)
        return found

    def relative_antecedent(self, lead: str, pronoun: str) -> Ref | None:
        """The person a relative clause is about, when the pronoun is inside it: "the withdrawal of
        tycoon Steve Morgan, who got frustrated by failed bids and what he claimed was …" (he is
        Morgan). Only a named person of the pronoun's gender, the clause not yet closed."""
        rel = RELATIVE_OPEN_RE.search(lead)
        if rel is None or (named := antecedent_name(lead, rel.start())) is None:
            return None
        ref = self.subject_from_run(named.group("run"))
        if ref is None or ref.kind != "person" or not ref.name or (ref.gender or PRONOUNS[pronoun.lower()]) != PRONOUNS[pronoun.lower()]:
            return None
        return speaking_as(ref, pronoun, 0.8)

    def bare_who(self, frame: str, sent_start: int, cue_start: int) -> tuple[Ref, int] | None:
        """The person named right before a "who" with no comma, and where the name starts: only
        after a title that follows "by", "from", "including" or "responding to" ("echoed by Iris
        director Sir Richard Eyre who called …", "a challenge from Tory leader Michael Howard who
        said"). Elsewhere "who" is as likely the head's ("a spokesman for Mr Blair who said", "the
        widow of actor Paul Newman who", "the judge who jailed Jeffrey Archer who", "It was not
        Tony Blair who said"), so nobody. The title is the sign that the name is a person's."""
        before = frame[sent_start:cue_start].rstrip()
        who = BARE_WHO_END_RE.search(before)
        if who is None or (named := NAME_END_RE.search(before, 0, who.start())) is None:
            return None
        lead = before[: named.start("run")]
        if " " not in named.group("run").strip():
            return None
        ref = self.subject_from_run(named.group("run"))
        if ref is None or ref.kind != "person" or not ref.name:
            return None
        agent = TITLED_AGENT_END_RE.search(lead)
        office = OFFICE_COMMA_BEFORE_RE.search(lead) if lead.endswith(", ") else None
        if not (agent is not None and agent.group("title").lower() in TITLE_HEADS
                or ref.title and AGENT_END_RE.search(lead)  # ("by Home Secretary Charles Clarke": one run)
                # ("was the Minister for Agriculture, Michael Creed who said": the office, then its holder)
                or office is not None and any(w.lower() in TITLE_HEADS for w in office.group("title").split())):
            return None
        return ref, sent_start + named.start("run")

    def mentioned_person(self, frame: str, sent_start: int, end: int) -> Ref | None:
        """The last person named anywhere in a sentence (object position too): what "the
        34-year-old" in the next sentence refers to. `mentioned_many` and `mentioned_all` then
        say whether it named several and whom."""
        found, self.mentioned_many, self.mentioned_all = self.people_named(frame, sent_start, end)
        return found

    def people_named(self, frame: str, sent_start: int, end: int) -> tuple[Ref | None, bool, list[Ref]]:
        """(the last person named in the sentence, whether it named several, each of them)."""
        found = None
        names = self.ctx.names
        many = False
        everyone: list[Ref] = []
        examples_until = -1  # end of the last name given as an example ("the likes of X and Y")
        for m in self.name_matches(frame, sent_start, end):
            run = m.group("run")
            if " " not in run and (run.lower() in NOT_NAMES or names.lower_elsewhere(run)) or (
                    run.isupper() and DATELINE_AFTER_RE.match(frame, m.end("run"))):
                continue  # (nor "ANN ARBOR, Mich. —": a dateline in capitals)
            if self.describes_next(frame, m.end("run"), m.group("run")) or NOUN_MODIFIED_RE.match(frame, m.end("run"), end):
                continue  # ("Nelson Mandela Bay commuters were left stranded": words modifying a noun)
            if _credit_before(frame, max(sent_start, m.start() - 25), m.start()):
                continue  # "Credit: Alex Ellinghausen", "(AP Photo/Damian Dovarganes)": a photographer
            if EXAMPLE_LEAD_RE.search(frame, max(sent_start, m.start() - 20), m.start()) or (
                examples_until >= 0 and EXAMPLE_CHAIN_RE.fullmatch(frame, examples_until, m.start())
            ):
                # people named as examples are no subject a later "he" refers to
                examples_until = m.end()
                continue
            bare = self.bare_name(run)
            if not bare or is_org_name(bare):
                continue
            if " " not in bare and names.ambiguous(bare):
                continue  # "Parata" when two Paratas are named: nobody for sure
            if len(bare.split()) >= 3:
                # "to the Treasury Paul Boateng": not his name
                bare = names.trim_lead(bare, after_word=frame[max(sent_start, m.start() - 2) : m.start()].strip()[-1:].islower())
            canonical = names.canonical(bare)
            if len(canonical.split()) >= 2 and names.is_person(canonical) and not office_name(canonical):
                if INDEFINITE_BEFORE_RE.search(frame, max(sent_start, m.start() - 4), m.start()):
                    # "an Alan Shearer strike", "an Andy Johnson penalty": a name modifying a noun;
                    # a later "he" may be that player or the manager the story is about: nobody sure
                    many = True
                    found = found or Ref(None, "person", surface=run, confidence=0.0, subject=False)
                    continue
                if found is not None and found.name != canonical:
                    many = True
                found = Ref(canonical, "person", None, None, run, 0.75, names.gender_of(canonical), False)
                if all(r.name != canonical for r in everyone):
                    everyone.append(found)
        return found, many, everyone

    def rival_named(self, ref: Ref, gender: str, until: int | None = None) -> bool:
        """Another person of `gender` named in the paragraph so far (outside quotations): "he"
        could be either of two men."""
        frame = getattr(self, "frame", None)
        if frame is None:
            return False
        end = max(0, min(len(frame), self.sentence_end - self.base, len(frame) if until is None else until))
        names = self.ctx.names
        for m in SUBJECT_NAME_RE.finditer(frame, 0, end):
            run = m.group("run")
            if len(run.split()) < 2 and run.lower() in NOT_NAMES:
                continue
            bare = self.bare_name(run)
            if not bare or is_org_name(bare):
                continue
            canonical = names.canonical(bare)
            if canonical == ref.name or (" " not in bare and names.ambiguous(bare)):
                continue
            if not (len(canonical.split()) >= 2 and names.is_person(canonical)):
                continue
            if names.gender_of(canonical) == gender:
                return True
        return False

    def labelled_quotations(self) -> int:
        """How many paragraphs open with a capitalised label, a colon and a quotation mark."""
        if self._labelled is None:
            self._labelled = len(LABELLED_QUOTATION_RE.findall(self.text))
        return self._labelled

    def sentence_subject(self, frame: str, sent_start: int, end: int) -> Ref | None:
        """The person a sentence is about: a name at its start (or right after a fronted
        phrase and its comma), never one buried mid-clause ("in an Oliver Sacks kind of way")."""
        for m in self.name_matches(frame, sent_start, end):
            run = m.group("run")
            prefix = frame[sent_start : m.start("run")]
            if prefix and _credit_before(frame, max(sent_start, m.start("run") - 25), m.start("run")):
                continue  # "Credit: Alex Ellinghausen": a photographer, no subject
            if prefix[:1].isupper() and (dated := DATED_LEAD_RE.match(prefix)) is not None:
                prefix = prefix[dated.end() :]  # "WASHINGTON, March 10, 2015 – U.S. Senator …": the dateline, then the subject
            tail = prefix.rsplit(",", 1)[-1] if "," in prefix else prefix
            if tail is not prefix and NAMED_CLAUSE_RE.match(prefix) and not CLAUSE_JOIN_RE.match(tail):
                continue  # "Piers Freelove is an officer at Companies House, in Cardiff": a clause came first
            if tail is prefix and FRONTED_PARTICIPLE_RE.match(prefix):
                continue  # "Asked about Brian Lara, Lalit Modi was blunt": the participle's object
            words = tail.split()
            if (len(words) > 4 and ")" in tail and (lead := ORG_ACRONYM_LEAD_RE.match(tail)) is not None
                    and all(w.lower() in TITLE_HEADS or w in ("and", "&") for w in tail[lead.end() :].split())):
                # "Pharmaceutical Research and Manufacturers of America (PhRMA) President and CEO
                # John J. Castellani issued …": an organization and its acronym, then the office
                words = [w for w in tail[lead.end() :].split() if w not in ("and", "&")]
            if len(words) > 4 and not (len(words) <= 7 and (words[-1].lower() in TITLE_HEADS or ROLE_WORD_RE.match(words[-1]))
                                       and all(w[:1].isupper() or w in LONG_TITLE_JOINERS for w in words[:-1])):
                # (but "Former New York Giants star Osi Umenyiora", "Last year's Tour de France
                # winner Cadel Evans": a long title, then the name)
                continue
            if len(run.split()) >= 2 and run.isupper() and DATELINE_AFTER_RE.match(frame, m.end("run")):
                continue  # "ANN ARBOR, Mich. —": a dateline in capitals, no person
            if frame[m.end("run") : m.end("run") + 2] in ("'s", "’s") or (
                    run.endswith("s") and frame[m.end("run") : m.end("run") + 2] in ("' ", "’ ")):
                continue  # "Edwards' sister Rachel": an owner, not the subject
            plain = [w.lower() for w in words if w.lower() != "the"]
            if len(plain) >= 2 and plain[-1] in ("for", "of", "at", "from") and plain[-2] in UNNAMED_SOURCE_HEADS:
                continue  # "A spokesman for the British Phonographic Industry": whom they speak for
            if self.describes_next(frame, m.end("run"), m.group("run")):
                continue  # "Double Olympic champion Kelly Holmes": words describing the name after
            if NOUN_MODIFIED_RE.match(frame, m.end("run"), end):
                # "Premiership clubs have seen …", "Nelson Mandela Bay commuters were …": the
                # words modify the subject noun
                continue
            if " " not in run and self.ctx.names.lower_elsewhere(run):
                continue  # "Research focusing on …": a common word of this text opening a sentence
            if (len(words) >= 2 and words[-1].lower() in KIN_NOUNS and " " not in run and run.lower() in FIRST_NAMES
                    and (words[-2].lower() in ("his", "her", "their") or words[-2].endswith(("'s", "’s", "s'", "s’")))
                    and not DIED_RE.search(frame, m.end("run"), end)):  # (not "Her daughter Sofia was killed")
                # "Edwards' sister Rachel makes an appeal", "His wife Jane spoke": the relative
                # the text names by first name alone is whom a later "she" means
                name = self.ctx.names.canonical(run)
                return Ref(name, "person", surface=run, confidence=0.85,
                           gender=self.ctx.names.gender_of(name) or ("f" if run.lower() in FEMALE_NAMES else "m" if run.lower() in MALE_NAMES else None))
            if any(w.lower() not in NOT_NAMES and w.lower() not in TITLE_HEADS and not w[:1].isupper() and w.lower().rstrip(",") not in LEAD_WORDS for w in words) \
                    and not (words and ROLE_WORD_RE.match(words[-1])) and not _described_role(words) \
                    and not (MOOD_ARTICLE_RE.fullmatch(tail) and " " not in run and self.ctx.names.is_person(self.ctx.names.canonical(run))):
                # lower-case words before the name are a description ("in an Oliver Sacks kind
                # of way"), unless they end in a role ("Wild defenseman Ryan Suter") or are an
                # article and a mood before a surname the story has named ("A distraught Potter")
                continue
            names = self.ctx.names
            bare = self.bare_name(run)
            titled = bool(words) and _role_noun(words) and len((bare or "").split()) >= 2  # ("Ex-Celtics enforcer Kendrick Perkins")
            if (not titled and not words and bare and " " not in bare and " " in run and bare.lower() not in NOT_NAMES
                    and run.split()[0].lower() not in NOT_NAMES
                    and (office := split_title(run)[0]) is not None and office.split()[-1].lower() in TITLE_HEADS
                    and office.split()[-1][:1].isupper()):
                # "President Trump made a declaration": an office and a surname opening the sentence
                # name a person (not "Since President Biden appointed Khan, she …": a clause's)
                titled = True
            if not titled and tail is not prefix and not tail.strip() and len((bare or "").split()) >= 2:
                # "His coach, Flip Saunders, was upset": a role set off before the name
                titled = _role_noun(prefix.rstrip().rstrip(",").split())
            labelled = (not words and 2 <= len((bare or "").split()) <= 3 and not is_org_name(bare)
                        and frame[m.end("run") : m.end("run") + 1] == ":" and not frame[m.end("run") + 1 : end].strip()
                        and self.labelled_quotations() >= 2)
            # ("Roberto Martinez: “…” ¶ Ole Gunnar Solskjaer: “…”": managers' reactions, each a name
            # alone labelling the quotation after it, known first name or not; not "Read More: “…”")
            if bare and " " not in bare and nationality_word(bare) and not titled \
                    and run.split()[0].rstrip(".").lower() not in HONORIFICS:
                continue  # ("the Welsh NHS", "A Welsh government spokesman": a nation's adjective)
            if not bare or not (titled or labelled or names.is_person(bare) or names.is_person(names.canonical(bare))
                                or office_name(bare)  # ("The Dutch Prime Minister is not optimistic": its holder)
                                or run.split()[0].rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Sir", "Lord")):
                continue  # ("Wolves chief executive Jez Moxey": a title before it names a person)
            ref = self.subject_from_run(run)
            if (ref is not None and ref.kind == "person" and ref.name and COORDINATED_NAMES_RE.match(frame, m.end("run"), end)
                    and not any(r.name == ref.name for r in self.ctx.focus[-6:])):
                # "Ben Hudell, Joe Keenan and Sam Tillen would be options": several people are
                # the subject; a later "he" is none of them for sure (unless the first is whom
                # the story was already about: "Gardener, Darren Campbell and … have all been")
                return Ref(None, "person", surface=run, confidence=0.0)
            if ref is not None and ref.kind == "person" and ref.name and office_name(ref.name):
                continue  # "Deputy Prime Minister of Russia Igor Shuvalov spoke": the holder is named after
            if ref is not None and ref.kind == "person" and ref.name:
                return ref
            if ref is not None and ref.kind == "unknown" and " " not in bare:
                # "Although Ford had outlined the book" with three Fords in the story: a person is
                # the subject, but which one is unsure; a later "he" must not skip past them
                return Ref(None, "person", surface=run, confidence=0.0)
        return None


#: titles that open an institution's own name ("Prince of Wales Hospital", "Queen of the South")
BODY_NAME_TITLES = frozenset({"prince", "princess", "queen", "king", "duke", "duchess", "lord", "lady"})
#: a preposition right before a body's name: the body is its object ("an interview with Kenya Broadcasting …")
OBJECT_PREPOSITION_END_RE = re.compile(r"\b(?:with|to|by|from|of|at|on|in|for|about|into|against)\s*$")
#: the offices that head a body, which "the ISRO chief" or "the IEBC boss" may mean
#: (tried in order: "the BBC boss" is its director-general, not its chairman; "the FIFA boss" its
#: president, not its secretary-general; "the UN chief" its secretary-general, "the WFP chief" its
#: executive director)
BOSS_TIERS = (frozenset({"ceo", "chief executive", "director-general", "director general", "manager", "coach", "principal"}),
              frozenset({"chairman", "chairwoman", "chairperson", "chair", "president", "commissioner"}),
              frozenset({"secretary-general", "secretary general", "executive director"}))
#: a dateline with its date, then a dash: "WASHINGTON, March 10, 2015 – ", "LONDON, 4 May 2021 — "
DATED_LEAD_RE = re.compile(r"[A-Z][A-Z.'’ -]+,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*[—–-]\s*")
#: the lower-case words a long capitalised title before a name may hold ("Last year's Tour de France winner")
#: a question put to someone named: "asked Ms Eaton whether", "asked Mr Smith if"
ASKED_PERSON_RE = re.compile(rf"\basked\s+(?P<run>{NAME_RUN})\s+(?:whether|if|why|what|how|when|about)\b")
#: the verbs of an answer, right at a cue
REPLY_VERB_RE = re.compile(r"(?:replied|replies|answered|answers|responded|responds)\b")
#: a name opening the subject, then "of" and where the person works: "Shane Smith of "
PERSON_OF_BEFORE_RE = re.compile(rf"\s*(?P<run>{NAME_RUN})\s+(?:of|from)\s+")
#: "of" and a possessive name, the business a person is of: "(Brandon Ziegler) of Ziegler's "
OF_OWNER_BEFORE_RE = re.compile(r"\s+of\s+(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s\s+$")
#: a comma's segment that is a clause: a name, then its verb in the past ("Mayor Kazutaka Sangen welcomed the move")
NAMED_CLAUSE_SEGMENT_RE = re.compile(rf"\s*(?P<run>{NAME_RUN})\s+[a-z]+ed\b")
#: a sentence opening on an office in capitals, then its verb: "The Archbishop opened his sermon"
TITLED_OPENING_RE = re.compile(r"\s*The\s+(?P<head>[A-Z][a-z]+)\s+(?=[a-z])(?!(?:of|for|to|at|in)\b)")
LONG_TITLE_JOINERS = {"de", "year's", "year’s", "season's", "season’s", "&"}  # (not "of the": "Survivors of the … attacker X")
#: an article and an adjective or two before a surname: "A distraught Potter", "An emotional Smith"
MOOD_ARTICLE_RE = re.compile(r"\s*(?:A|An)\s+(?:[a-z]+ly\s+)?[a-z]+\s+")
#: a paragraph opening on a capitalised label of two or three words, a colon and a quotation
LABELLED_QUOTATION_RE = re.compile(r"(?m)^[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){1,2}:[^\S\n]*[\"“‘']")
#: federal agencies US news names by their initials alone, never spelling them out
US_AGENCY_ACRONYMS = {"ICE", "CBP", "DEA", "ATF", "EPA", "FDA", "IRS", "NASA", "TSA", "FEMA", "NSA", "USCIS", "CDC",
                      "FBI", "CIA", "DHS", "NOAA", "NIH"}
#: what an organization nominal's head noun fits: "the agency" is "… Agency" or "… Bureau"
_CORPORATE = {"inc", "inc.", "corp", "corp.", "corporation", "company", "co", "co.", "ltd", "plc",
              "llc", "group", "industries", "holdings", "motors", "airlines", "airways", "energy",
              "electric", "technologies", "systems", "software", "pharmaceuticals", "entertainment",
              "foods", "stores", "brands", "media", "labs", "partners", "capital", "market",
              "markets", "studios", "pictures", "records", "communications", "enterprises"}
#: a company's legal form in its name: "Inc", "plc", "Co."
LEGAL_FORM_WORDS = {"inc", "inc.", "corp", "corp.", "corporation", "company", "co", "co.", "ltd", "plc", "llc", "limited",
                    "holdings", "group"}
#: a firm's legal form anywhere in a text, capitalised: " Inc", " Ltd", " PLC", " Group"
LEGAL_FORM_IN_TEXT_RE = re.compile(
    r"\s(?:" + "|".join(sorted({f for w in LEGAL_FORM_WORDS for f in (w.rstrip(".").capitalize(), w.rstrip(".").upper())}
                                | {"plc"})) + r")\b")  # ("Tesco plc")
HEAD_FITS = {
    "agency": {"agency", "administration", "bureau", "service", "authority", "enforcement", "protection", "patrol", "office",
               *(a.lower() for a in US_AGENCY_ACRONYMS)},
    "company": _CORPORATE, "firm": _CORPORATE,
    # ("the farm group" is the American Farm Bureau Federation too)
    "group": _CORPORATE | {"group", "federation", "association", "alliance", "coalition", "society", "foundation"},
    "utility": {"electric", "energy", "gas", "power", "water", "utilities", "utility", "edison"},
    "department": {"department", "ministry", "office"},
    "ministry": {"ministry", "department"},
    "bank": {"bank", "reserve"},
    "carrier": {"airlines", "airways", "lines", "air"}, "airline": {"airlines", "airways", "lines", "air"},
    "union": {"union", "federation", "brotherhood", "guild", "lodge"},
    "office": {"office"},
    "district": {"district", "schools"},
    "organisation": {"organisation", "organization", "association", "foundation", "society",
                     "federation", "alliance", "coalition", "council", "institute"},
    "organization": {"organisation", "organization", "association", "foundation", "society",
                     "federation", "alliance", "coalition", "council", "institute"},
    "think-tank": {"institute", "foundation", "centre", "center", "forum", "trust", "council", "policy"},
    "charity": {"trust", "foundation", "fund", "society", "association", "charity", "aid"},
}
HEAD_FITS["think tank"] = HEAD_FITS["think-tank"]
#: "the union": a name with a union's word, or initials ("UAW", "IAM"), never "Chemineer"
HEAD_FITS["union"] = {"union", "unions", "workers", "federation", "guild", "brotherhood", "teamsters", "machinists",
                      "congress", "association", "unite", "unison"}
#: words naming a business's sector, which a described organization must then be named for
SECTOR_WORDS = {"water", "gas", "electric", "electricity", "power", "energy", "phone", "telecoms", "oil", "mining",
                "steel", "insurance", "airline", "rail", "bus", "shipping"}
#: heads naming one trade, and the words that name a business of one of those trades
TRADE_HEADS = {"bank", "airline", "carrier", "utility"}
TRADE_WORDS = {"bank", "airlines", "airways", "electric", "insurance", "insurer"}
_PUBLIC = {"department", "ministry", "agency", "administration", "bureau", "police", "court",
           "government", "party", "parliament", "congress", "senate", "council", "commission",
           "committee", "university", "army", "navy", "force", "embassy", "office", "authority",
           "house", "assembly", "kremlin", "pentagon", "ministry"}
#: a sentence that opens on a name, then an office in apposition without its closing comma:
#: "Sir Peter Wanless, NSPCC chief executive" (the cue follows)
NAME_OFFICE_NO_COMMA_END_RE = re.compile(
    rf"\s*(?P<name>{NAME_RUN}),\s+(?P<title>(?:[A-Z][\w&-]*\s+){{0,2}}(?:(?!and\s|or\s)[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*)$")
#: what stands before a first name used alone for someone else ("his son Will had been working on
#: it"), so that "Will said" names nobody for sure (the name and no surname after it follow)
LONE_FIRST_NAME = r"\b(?:son|daughter|brother|sister|boy|girl|grandson|granddaughter|nephew|niece|husband|wife|friend|old)\s+"
#: a word that opens a subordinate clause, inside which a conjunction joins no main clause
SUBORDINATOR_RE = re.compile(r"\b(?:who|whom|whose|which|that|when|while|whilst|after|before|because|if|as|since|until)\b")
#: a clause joined on by a conjunction, opening on a capital: "… and Gloucestershire County Council"
CLAUSE_JOIN_CAPITAL_RE = re.compile(r"(?:,\s+|\s)(?:and|but)\s+(?=(?:the\s+)?[A-Z])")
#: the last word of a place's name that makes it a place whatever comes before ("Henry County")
PLACE_UNIT_WORDS = {"County", "City", "Township", "Borough", "Parish", "Shire", "Province", "District"}
#: someone else joined on to a description: "a pensioner and her carer"
OTHER_PERSON_JOINED_RE = re.compile(r"\sand\s+(?:his|her|their|the|a|an)\s")
#: "and" or "or" before a lower-case word: more people joined on ("and other shareholders")
LOWER_AFTER_AND_RE = re.compile(r"\s(?:and|or)\s+[a-z]")
#: a name, then its lower-case office of a body with no comma at all: "Jean-Louis Moissonet president
#: of the Pommard wine makers union"
NAME_GLUED_OFFICE_RE = re.compile(rf"\s*(?P<name>{NAME_RUN})\s+"
                                  r"(?P<title>(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*))"
                                  r"\s+(?:of|for|at)\s+(?:the\s+)?(?P<org>[A-Z][^,;:\"“”]{1,80}?)(?<!\sand)(?<!\sor)\s*$")
#: a cue verb set off by a comma after it: "…, Downing Street spokesman said, remained …"
CUE_THEN_COMMA_RE = re.compile(r"[a-z]+(?:\s+[a-z]+)?,\s+(?![\"“‘']|that\b|however\b|in\s+a\b)[a-z]")  # (not "… said, “…”")
#: a trade union's name: "… Union of Great Britain", "Transport Workers Union", "Nurses' Union"
WORKERS_UNION_RE = re.compile(r"\bUnion\s+of\b|(?:s['’]?|Trade|Trades)\s+Union$")  # (not "Citizens Union Bank")
#: a company's legal form ending a name: "Electric Co.", "Gamble Inc"
LEGAL_FORM_END_RE = re.compile(r"\s(?:Co|Inc|Corp|Ltd|plc|PLC|LLC|Company|Corporation)\.?$")
#: someone brought in by their role alone, as the object of a sentence: "RSW's spokesperson",
#: "the airport's spokeswoman", "a company representative"
UNNAMED_ROLE_RE = re.compile(r"(?:\b[Tt]he|\b[Aa]n?|\b[Ii]ts|\b[Tt]heir|['’]s)\s+(?:[a-z-]+\s+)?"
                             r"(?P<role>spokes(?:wo)?man|spokesperson|representative)\b(?!\s*,?\s*[A-Z])")
ROLE_GENDERS = {"spokesman": "m", "spokeswoman": "f"}
#: whom that role speaks for: "… for the Home Office", "… for distributor Toho"
ROLE_ORG_RE = re.compile(r"\s+(?:for|at|from|of)\s+(?:the\s+)?(?:[a-z]+\s+)?(?P<org>(?:[A-Z][\w&.’'-]*\s+){0,4}[A-Z][\w&’'-]*)")
#: heads for a body of members or campaigners, which a person speaking for it leads
MEMBERSHIP_HEADS = {"group", "organisation", "organization", "charity", "campaign", "coalition", "alliance"}
#: bodies of members, never a business: "the company" or "the airline" is no association
_MEMBERSHIP = {"association", "federation", "foundation", "brotherhood", "guild", "coalition", "alliance", "charity"}
#: a newspaper's or broadcaster's name: a source the story cites, not "the company" it is about
_PRESS = {"times", "post", "journal", "herald", "gazette", "tribune", "telegraph", "chronicle", "daily",
          "newspaper", "reuters", "bloomberg"}
#: heads for bodies whose names say what they are: "the council" is only a name with a council's word
KIND_NAMED_HEADS = {"council": {"council", "borough", "corporation", "assembly", "councils"},
                    "court": {"court", "tribunal"}, "committee": {"committee"}, "commission": {"commission"},
                    "association": {"association"}, "federation": {"federation"},
                    # "the authority" is a local authority, a council, too
                    "authority": {"authority", "council", "borough"},
                    # "the force said": a police force; "the corporation": a public broadcaster too
                    "force": {"police", "constabulary", "force", "garda"},
                    "corporation": {"corporation", "corp", "corp.", "bbc", "cbc", "abc"}, **NAMED_KIND_HEADS}
#: a body's name that ends in "Regulation": its head, then the domain after "for" or "of" ("the
#: Commission for Aviation Regulation"; not "Commission Regulation 2023/923", "the Trade Union Act")
REGULATOR_BODY_RE = re.compile(r"(?:[A-Z]\w*\s+)*(?:Commission|Authority|Office|Agency|Board|Council|Committee)\s+(?:for|of)\s")
#: what says a title is not held now, or not in full
NOT_SITTING_WORDS = frozenset({"former", "deputy", "vice", "ex"})
#: British regulators known by one word, which no capitalised run of two words names
WATCHDOG_NAMES = {"ofcom", "ofgem", "ofwat", "ofsted", "ofqual"}
#: "the regulator", "the watchdog": a public body that oversees others, never the company it fined
KIND_NAMED_HEADS["regulator"] = KIND_NAMED_HEADS["watchdog"] = {
    "commission", "authority", "office", "agency", "regulator", "board", "administration", "commissioner",
    *WATCHDOG_NAMES, "cnil", "ico", "fca", "sec", "ftc", "fda", "epa", "cma", "dpc", "finra"}
#: public broadcasters that are "the corporation" in their countries' news
PUBLIC_BROADCASTERS = {"BBC", "CBC", "ABC"}
DESCRIPTOR_TOKEN_RE = re.compile(r"-[a-z]")
SYMBOL_ACRONYM_END_RE = re.compile(r"(?:^|[^\w&])([A-Z]+&[A-Z]+)$")
#: an organization named at a sentence's start (its subject): "Acme Industries reported …"
SUBJECT_START_RE = re.compile(r"(?:^|[.!?][\"”’'»)]*\s+|\n)(?:The\s+)?.$")
PLACE_WORDS = {"district", "street", "square", "park", "road", "avenue", "river", "valley",
               "county", "province", "island", "islands", "mountain", "mountains", "beach", "bay"}
#: a verb right after a sentence's first name: that name acts ("… welcomed", "… has warned")
ACTING_VERB_RE = re.compile(
    r"(?:,\s+(?:which|who)\s[^,.;:!?\"“”]{1,120},)?"  # ("The National Trust, which runs nearby East Riddlesden Hall, also objected")
    r"\s+(?:also\s+)?(?:(?:has|have|had|will|would)\s+(?!been\b))?(?:[a-z]+ed|said|told|made|took|gave|"
    r"says|warns|insists|believes|expects|predicts|claims|argues|admits|reports|wants|plans|hopes|blames|"
    r"welcomes|accepts|rejects|denies|defends|disputes)\b")  # (not "was fined", "has been accused")
SENTENCE_BREAK_RE = re.compile(r"[.!?][\"”’'»)]*\s")
#: the same, or a paragraph's end: where the sentence before the one being read starts, across paragraphs
SENTENCE_OR_PARAGRAPH_BREAK_RE = re.compile(r"[.!?][\"”’'»)]*\s+|\n")
#: a sentence opening on an abbreviated title and a name: "LOS ANGELES — California Gov. Jerry Brown on Thursday signed"
ABBREVIATED_TITLE_OPENING_RE = re.compile(
    rf"\s*(?:[A-Z][A-Z .]+[—–-]\s*)?(?:[A-Z][\w-]*\s+){{0,3}}(?:Gov|Sen|Rep|Gen|Lt|Col|Dr|Atty|Ald)\.\s+(?P<run>{NAME_RUN})\s+[a-z]")


def _last_word(text: str) -> str:
    return text[text.rfind(" ") + 1 :]


def _first_name_joined(body: str) -> bool:
    """A lost-comma apposition's body that joins a second person ("of the Labour Party and Jeremy
    Corbyn"): two speakers, not one with an organization."""
    return any(m.group(1).lower() in FIRST_NAMES for m in BODY_JOINS_PERSON_RE.finditer(body))


def _after_masked_quote(text: str, start: int, end: int) -> int:
    """Where text[start:end] goes on after a quotation that opens it (“…,” the firm's owner)."""
    lead = MASKED_QUOTE_LEAD_RE.match(text, start, end)
    return lead.end() if lead is not None else start


def _sentence_stop(text: str, start: int, end: int) -> re.Match | None:
    """The next sentence break in text[start:end] that follows no abbreviation."""
    for stop in SENTENCE_BREAK_RE.finditer(text, start, end):
        if text[stop.start()] != "." or not ABBREVIATION_END_RE.search(text, max(0, stop.start() - 6), stop.start()):
            return stop
    return None


#: "…, say analysts, …": a collective source set off by commas after the cue
COLLECTIVE_ASIDE_RE = re.compile(r"\s+(?P<np>(?:(?:some|many|most|other|several|local|industry|market)\s+)?(?P<head>[a-z]+))\s*,")
_FULL_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+"
COORDINATED_NAMES_RE = re.compile(rf"(?:\s*,\s*{_FULL_NAME})*\s*,?\s+and\s+{_FULL_NAME}")


def _same_nationality(adjective: str, demonym: str) -> bool:
    """"spanish" and "Spaniard", "american" and "American", "british" and "Briton": one country,
    by the adjective's stem."""
    low = demonym.lower()
    return low == adjective or low[:4] == adjective[:4] or (adjective == "british" and low == "briton")


def _state_matches(tag: str, state: str) -> bool:
    """"Ky." for "Kentucky", "W.Va." for "West Virginia", "N.Y." for "New York": the tag's
    letters in order in the state's name, starting with its first."""
    letters = [c.lower() for c in tag if c.isalpha()]
    name = state.lower().strip()
    if not letters or letters[0] != name[:1]:
        return bool(letters) and " ".join(tag.split()).lower() == name
    at = 0
    for c in letters:
        at = name.find(c, at)
        if at < 0:
            return False
        at += 1
    return True


def _role_noun(words: list[str]) -> bool:
    """The words before a name end in a title or a role noun ("coach", "enforcer"), in a
    description with no preposition ("At the recent Consumer Electronics Show" is a place)."""
    if not words or any(w.lower() in PREPOSITION_WORDS for w in words):
        return False
    last = words[-1]
    return last.lower() in TITLE_HEADS or (ROLE_NOUN_RE.match(last) is not None and last not in NOT_ROLE_NOUNS)


def _finite_verb(word: str) -> bool:
    """A lower-case word that reads as a clause's verb: an auxiliary, a past tense or a cue."""
    return word[:1].islower() and (word in AUXILIARIES or word.endswith("ed") or word in IRREGULAR_PAST
                                   or CUE_RE.fullmatch(word) is not None)


#: an executive's office by its initials, after the firm or domain it is in ("The Mountain
#: Operations VP", "the Apple CEO")
EXECUTIVE_INITIALS = {"VP": "vice president", "SVP": "senior vice president", "EVP": "executive vice president",
                      "CEO": "chief executive", "CFO": "chief financial officer", "COO": "chief operating officer",
                      "CTO": "chief technology officer"}


#: people and groups a list may name beside a person ("staff and pupils", "the congregation and the choir")
LISTED_PEOPLE = {"staff", "pupils", "students", "children", "congregation", "choir", "family", "families", "members",
                 "volunteers", "colleagues", "friends", "neighbours", "neighbors", "team", "crew", "players", "fans"}


def _lists_speakers(items: str) -> bool:
    """A list's items end in people, offices, bodies or plurals ("the governors", "residents", "the
    town's bus operator", "artists"), not in what an office covers ("tourism", "the economy")."""
    for item in re.split(r",\s+(?:and\s+)?|\s+and\s+", items.strip(" ,")):
        head = item.split()[-1].lower() if item.split() else ""
        if (head in PEOPLE_PLURALS or head in ORG_HEADS or head in TITLE_HEADS or head.endswith("s") and not head.endswith("ss")
                or head.endswith("s") and head[:-1] in TITLE_HEADS or head in LISTED_PEOPLE or head in KIN_NOUNS
                or head.endswith("s") and head[:-1] in KIN_NOUNS or item.split()[0].lower() in ("his", "her", "their", "our")):
            return True
    return False


def _office_head_word(title: str) -> str:
    """The word that names the office: the last, or the last before its domain ("director" in
    "director of communications")."""
    words = title.split()
    for i, word in enumerate(words[1:], 1):
        if word == "of":  # (not "pick for defence secretary": whom the owner picked)
            return words[i - 1]
    return words[-1]


def abbreviated_offices(title: str) -> list[str]:
    """The offices a title's abbreviations stand for ("Sen." -> senator); "Lt. Gov." is one
    office, the lieutenant governor, not a governor as well. An office and its initials are one
    office: "CM Chouhan" is "the chief minister", "Chief Minister Siddaramaiah" "the CM"."""
    words = title.lower().replace(".", " ").replace("-", " ").split()
    initials = [abbr for abbr, office in OFFICE_INITIALS.items()
                if abbr in words or any(tuple(words[i : i + len(office)]) == office for i in range(len(words)))]
    abbrs = [w for w in words if w in TITLE_ABBREVIATIONS]
    if abbrs[:2] == ["lt", "gov"]:
        return ["lieutenant", *initials]  # (a lieutenant colonel is "the colonel", though)
    return [w for abbr in abbrs for w in TITLE_ABBREVIATIONS[abbr]] + [w for abbr in initials for w in (abbr, *OFFICE_INITIALS[abbr])]


def addressed(frame: str, sent_start: int, at: int) -> bool:
    """The noun phrase at `at` is what a letter or message is sent to ("sent a letter to MCI's
    board", "has written to the watchdog"): its addressee, who does not speak."""
    return MESSAGE_TO_RE.search(frame, max(sent_start, at - 40), at) is not None


def antecedent_name(text: str, end: int, after: str = "") -> re.Match | None:
    """The name ending right before a relative clause that opens at `end` ("…, the producer Quincy
    Jones, who"), unless it is the second of two ("X and Y, who") or a relation's object ("the
    widow of John Lennon, who", "a source close to Cheryl Cole, who", "a lawyer for Liam Payne,
    who"): then "who" is not theirs."""
    named = NAME_END_RE.search(text, 0, end)
    if named is None or COORDINATOR_END_RE.search(text, 0, named.start("run")) \
            or RELATION_OBJECT_END_RE.search(text, 0, named.start("run")) \
            or ((agent := AGENT_FOR_END_RE.search(text, max(0, named.start("run") - 60), named.start("run"))) is not None
                and not (agent.group(1).endswith("s") and CLIENT_PRONOUN_RE.match(after))):
        return None
    return named


#: the first words of countries' two-word names ("South Korea", "Sri Lanka", "Saudi Arabia")
TWO_WORD_COUNTRY_LEADS = {"South", "North", "New", "Sri", "Saudi", "Costa", "El", "Hong", "Puerto", "Papua"}


def two_word_nation(words: list[str]) -> bool:
    """Whether the words open on a country's two-word name or its adjective ("South Korean",
    "Sri Lankan", "New Zealand")."""
    return (len(words) >= 2 and words[0] in TWO_WORD_COUNTRY_LEADS
            and (" ".join(words[:2]).lower() in STATE_OWNERS or NATION_ADJ_RE.match(words[1]) is not None))


def speaking_as(person: Ref, surface: str | None, confidence: float, **changes) -> Ref:
    """A named person as the speaker of a cue that calls them by `surface` ("he", "the
    minister"): a fresh record, so the focus entry it came from stays as it was."""
    fields = {"title": person.title, "organization": person.organization, **changes}
    return Ref(person.name, "person", fields["title"], fields["organization"], surface, confidence, person.gender)


def author_as(author: Ref, surface: str, confidence: float) -> Ref:
    """A statement's or letter's author (a person or an organization) as the speaker of a cue
    that names the document ("the statement said", "It added"): a fresh record."""
    return Ref(author.name, author.kind, author.title, author.organization, surface, confidence, author.gender)


def _described(ref: Ref | None, surface: str) -> Ref:
    """The person a description ("the Salford MP") stands for, else nobody by name."""
    if ref is None:
        return Ref(None, "collective", surface=surface, confidence=0.3)
    ref.surface = surface
    return ref


def _holds_tier(words: frozenset[str], tier: frozenset[str]) -> bool:
    """The title's words hold one of the tier's offices, two-word ones word by word."""
    return any(all(part in words for part in office.split()) for office in tier)


def holds_office(title_words: set[str], wanted: set[str]) -> bool:
    """A title holds the described office: it has all the description's words and no lesser rank
    the description lacks ("the prime minister" is not Deputy Prime Minister John Prescott)."""
    return wanted <= title_words and not (title_words & SECOND_RANKS) - wanted


def described_words(body: str) -> set[str]:
    """The lower-case words that describe an office ("health" in "the new health minister"): a
    holder's title must have them. Capitalised ones ("the South African archbishop", "the Chester
    chairman") name places and clubs the title need not spell out; ages and "new" describe the
    person."""
    return {w for w in body.split() if w.islower() and not AGE_WORD_RE.match(w)} - {"the", "new", "former"}


def _described_role(words: list[str]) -> bool:
    """"Hollywood film star", "The veteran actor" before a name at a sentence's start: a
    description ending in a role, with no verb among its lower-case words."""
    return (len(words) >= 2 and words[0][:1].isupper() and words[0].lower() not in PRONOUNS
            and words[-1].lower() in TITLE_HEADS
            and not any(w.endswith(("ed", "ing")) for w in words[1:] if w.islower()))


#: words of a state institution's name: what "the government" or "the ministry" can be
STATE_FITS = {"government", "ministry", "department", "administration", "executive", "cabinet", "office",
              "embassy", "consulate", "army", "military", "forces", "parliament", "assembly", "treasury",
              "whitehall", "kremlin", "pentagon", "navy", "force"}
GOVERNMENT_FITS = {"government", "executive", "administration", "cabinet", "whitehall", "kremlin"}


def outlet_name(name: str | None) -> bool:
    """A news outlet or agency by its name: what it says of others it only carries."""
    words = set((name or "").lower().replace("’s", "").replace("'s", "").split())
    return bool(name) and (name in NEWS_OUTLETS or bool(words & OUTLET_WORDS)
                           or name.endswith(" Post") and "office" not in words)  # (not the Post Office)


#: words of a news outlet's or agency's name ("Local Democracy Reporting Service", "BBC News")
OUTLET_WORDS = {"bbc", "reuters", "news", "press", "reporting", "newspaper", "times", "telegraph", "guardian",
                "herald", "tribune", "gazette", "journal", "chronicle", "broadcasting", "afp", "ap", "dpa",
                "xinhua", "itv", "cnn", "sky"}


def _org_class_clash(name: str, head: str) -> bool:
    """"the company" is no ministry, "the agency" no corporation: the name carries an
    organization word of another class than the head noun's."""
    words = {w.lower().strip(".,") for w in name.split()}
    if (name.startswith(("City of ", "Town of ", "County of ")) and (head in TRADE_HEADS or head in BUSINESS_HEADS)
            and not words & (_CORPORATE | {"investment", "investments", "management", "capital"})):
        return True  # "the bank" is no City of London (a place's own body; City of London Investment Management is a firm)
    if head == "department" and OWNED_OFFICE_END_RE.search(name):
        return True  # "the department" is no "Jefferson County Coroner’s Office", an official's own office
    if head in KIND_NAMED_HEADS:
        return not words & KIND_NAMED_HEADS[head]  # "the council" is no union, whatever else was named
    if head in STATE_HEADS and words & PARTY_WORDS:
        return True  # "the government said" is no party ("the Conservatives" in opposition)
    if head in STATE_HEADS:
        # a state's own institution or the state ("Venezuela … it needed"); not a chamber of
        # commerce or a company
        fits = GOVERNMENT_FITS if head == "government" else STATE_FITS  # (the Home Office is no "government")
        return not words & fits and name.lower() not in COUNTRIES and name not in COUNTRY_ACRONYMS
    if head in MEDIA_HEADS:
        # "the newspaper" is no zoo the story is about (a name with another kind's word)
        return bool(words & ORG_WORDS) and not words & (_PRESS | {"news", "media", "press"})
    fits = HEAD_FITS.get(head)
    if not fits:
        return False
    if head == "union":
        return not (words & fits or name.isupper())
    if fits is _CORPORATE and words & _PUBLIC and not words & LEGAL_FORM_WORDS:
        return True  # "the company" is no State Administration for Market Regulation, "market" or not
    if words & fits:
        return False
    if fits is _CORPORATE or head == "group":
        # (nor, for "the company", the paper that reported it, or a workers' association or union:
        # "the Independent Workers’ Union of Great Britain", not "Union Pacific" or "Norwich Union")
        return bool(words & (_PUBLIC | _PRESS | (_MEMBERSHIP if head != "group" else set()))) or (
            head != "group" and WORKERS_UNION_RE.search(name) is not None)
    if head in TRADE_HEADS and words & TRADE_WORDS:
        return True  # "the airline" is no "Bank of England", "the bank" no "Delta Air Lines"
    # ("the airline" is no Aircraft Mechanics Fraternal Association striking against it, nor
    # Sky News, which reported it; but "the carrier" may be Canada Post)
    return bool(words & (_CORPORATE | _PUBLIC | (_MEMBERSHIP | (_PRESS - {"post"}) | {"news"} if head in TRADE_HEADS or head in BUSINESS_HEADS
                                                 else set())))


@functools.lru_cache(maxsize=64)
def unnamed_introduced(head: str) -> re.Pattern:
    """A sentence opening on someone unnamed by that noun: "One player, who …", "A fan said"."""
    return re.compile(rf"(?:^|[.!?][\"”’']?\s+|\n)(?:One|An?|Another)\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}\b")


#: where a clause's subject or complement starts: its start, or after "was", "were", "by"
#: ("Also present was |Labour MSP Neil Findlay", "attended by |Neil Findlay")
SUBJECT_SLOT_END_RE = re.compile(r"(?:^|[.!?:;]\s+|\b(?:was|were|is|are|by)\s+)$")
#: an office "in Charge" right after a cue, then a name that ends the sentence: " DEA Special Agent in Charge Ray Donovan."
IN_CHARGE_THEN_NAME_RE = re.compile(r"\s+(?:[A-Z][\w.]*\s+){0,3}[A-Z][a-z]+\s+in\s+Charge\s+(?!of\b)[A-Z][\w.’'-]*"
                                    r"(?:\s+[A-Z][\w.’'-]*){1,3}\s*[.,;]?\s*$")
#: a quotation's close, then a name and its age right before a cue: "…,” John Smith, 75,"
QUOTE_THEN_NAME_END_RE = re.compile(rf"[”\"’']\s*{NAME_RUN}(?:,\s+\d{{1,3}})?,$")
#: a US state's abbreviation, as written after a town or county ("Ocean County, N.J.")
STATE_ABBREVIATION_RE = re.compile(r"N\.[JYHMCD]\.|S\.[CD]\.|R\.I\.|W\.Va\.|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Fla|Ga|Ill|Ind|Kan|Ky|La|"
                                   r"Mass|Md|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.")
# (not any two initials: "In a statement, G.M. said" is General Motors)
#: a subject described by a common noun that a place ends: "The winner of … in (the) "
PLACE_IN_SUBJECT_RE = re.compile(r"\s*(?:The|A|An)\s+[a-z][^,;:\"“”]*\s+in\s+(?:the\s+)?$")


#: what those who put on an event are called before their firm's name
ORGANISER_WORDS = ("organisers", "organizers")


def _without_people_word(run: str) -> str:
    """"Organisers Cocker Hoop Creative Ltd": who they are, then the firm's name (a legal form
    ends it, so "Doctors Without Borders" keeps its first word; and only organisers: "Lawyers
    Title Insurance Corp", "Producers Rice Mill Inc." are firms' whole names)."""
    first, _, rest = run.partition(" ")
    if first.lower() in ORGANISER_WORDS and rest[:1].isupper() and " " in rest and LEGAL_FORM_END_RE.search(run):
        return rest
    return run


def _strip_lead(run: str) -> str:
    """A run without the sentence-start words before it ("The", "But", "Meanwhile")."""
    tokens = run.split()
    while len(tokens) > 1 and (tokens[0].lower() in NOT_NAMES or tokens[0] == "the") \
            and tokens[0].lower() not in ORG_WORDS:
        tokens = tokens[1:]
    return " ".join(tokens)


#: "former" and at most one more word right before a titled name: "former far-right President "
FORMER_BEFORE_RE = re.compile(r"(?:^|\s)[Ff]ormer\s+(?:[a-z][\w-]*\s+)?$")
LOWER_TITLE_BEFORE_RE = re.compile(
    r"(?:^|[\s(])(?P<title>(?:[A-Za-z][\w’'-]*\s+){0,4}(?:"
    + TITLE_HEAD_ALTERNATION
    + r"))\s+$"
)
#: the words of a style a person is named with after "the": "the Rev Al Sharpton", "the Rt Hon Hilary Benn"
STYLE_WORDS = {"rev", "reverend", "rt", "right", "most", "very", "hon", "honourable", "honorable", "dalai", "aga"}
SPEECH_AFTER_APPOS_RE = re.compile(r"\s+(?:said|says|told)\b")
HOLDER_APPOS_RE = re.compile(r",\s+((?:the|a|an|its|[A-Z][\w.&’'-]*['’]s)\s+[^,;:\n\"“”()]{2,90}?"
                             # ("Brian Madderson, chairman of the Petrol Retailers Association,": an office of a body)
                             rf"|(?:(?:deputy|acting|interim|joint|vice|executive|general|honorary|national|regional|chief|senior|assistant|managing)\s+){{0,2}}"
                             rf"(?:{TITLE_HEAD_ALTERNATION})\s+(?:of|for)\s+(?:the\s+)?[A-Z][^,;:\n\"“”()]{{2,80}}?)"
                             r"\s*(?=[,;.]|\s+(?:said|says|told|who)\b)")
HONORIFIC_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.\s+$")
AGE_WORD_RE = re.compile(r"^\d+(?:-year-old)?$|^[a-z]+-year-old$")

APPOS_RE = re.compile(
    rf"(?P<name>(?:the\s+)?{NAME_RUN}|\b(?:he|she|it|they))(?:['’]s)?\s*"
    r"(?:,\s*(?P<a1>[^,\"“”_;]{2,160}?(?:,[^,\"“”_;]{2,120}?)?)\s*,"
    r"|\s+[—–-]{1,2}\s*(?P<a2>[^—–\"“”_]{2,240}?)\s*[—–-]{1,2}"
    r"|\s*\((?P<a3>[^)]{1,100})\)\s*,?)\s*$"
)
CAPITAL_RE = re.compile(r"[A-Z" + ACCENTED_CAPITALS + "]")
ORG_END_RE = re.compile(
    rf"(?P<run>(?:[Tt]he\s+)?{NAME_TOKEN}(?:\s+(?:(?:of|and|for|on|&)\s+(?:the\s+)?)?{NAME_TOKEN}|"
    rf"\s+(?:(?:de|van|von|da|do|dos|das|der|den|du|la|le|del|di|bin|al|el|ten|ter|ap)\s+){{1,2}}{NAME_TOKEN}|\s+(?:al-|el-){NAME_TOKEN}|,?\s+(?:Jr|Sr)\.?(?![\w’'-]))*)\s*$"
)
#: a country, or its adjective, that opens a company's name ("UK Coal", "British Gas", "US Airways")
COUNTRY_ACRONYMS = {"UK", "US", "USA", "EU", "UAE"} | NATIONALITIES
#: plurals of people that are verbs too ("Badenoch sides with farmers", "Trump fans the flames")
VERB_LIKE_PLURALS = {"sides", "fans", "brokers", "groups", "sources", "parents", "dealers", "advocates", "witnesses",
                     "ministers", "judges", "champions"}
#: words that open a verb's object or complement: such a plural before one is a verb ("sides with")
VERB_OBJECT_OPENERS = {"the", "a", "an", "with", "its", "his", "her", "their", "our", "to", "on", "for", "in", "of",
                       "at", "by", "this", "that", "these", "those", "up", "out"}
#: after a possessive in a firm's name: anything but another name and its part ("Johnson & Johnson’s
#: DePuy unit"); "Standard & Poor's" and "Standard & Poor’s Global Ratings" keep theirs
OWNED_PART_AFTER = r"(?![^\S\n]+[A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*)?[^\S\n]+(?:unit|division|subsidiary|arm|brand|business|plant|factory)\b)"
#: "the 26-year-old " before a nationality ("the 26-year-old Scot"): the article's, and an age
AGED_THE_END_RE = re.compile(r"(?:^|\s)[Tt]he\s+\d{1,3}-year-old\s+$")
#: a nationality standing for a person ("the American", "the New Zealander", "the Scot")
#: nationalities no suffix rule finds ("the Scot", "the Spaniard")
IRREGULAR_DEMONYMS = "Scot|Briton|Swede|Dane|Finn|Pole|Czech|Swiss|Spaniard|Kiwi|Aussie"
#: (not the newspapers whose names end as a nationality's do: "the Guardian", "the Nikkei")
DEMONYM_RE = re.compile(r"(?:(?:New|South|North|Northern|Southern)\s+)?(?!(?:Vatican|Taliban|" + "|".join(sorted(NEWS_OUTLETS)) + r")\b)"
                        r"(?:[A-Z][a-z]+(?:an|ian|ese|ish|man|woman|i)|"
                        rf"(?:Zea|Ice|High|Is|Nether)lander|Londoner|{IRREGULAR_DEMONYMS})")
HAVING_SAID_RE = re.compile(r"[Hh]aving said (?:that|this)\b")
#: words that join a sentence to the one before ("But Deutsche Bank said")
CONNECTIVES = {"but", "and", "so", "yet", "however", "meanwhile", "also", "now", "then", "still", "earlier",
               "later", "past"}
#: adverbs that open a sentence and look like a capitalised word ("Ultimately", "Clearly")
ADVERB_ENDINGS = ("ally", "ately", "ently", "antly", "ously", "ively", "arly", "ainly")
#: "a spokesman for the", "one official at": an unnamed source, right before their organization's name
UNNAMED_SOURCE_NP = (r"(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:spokes(?:wo)?man|spokesperson|official|representative|source)")
#: two or three lower-case words after a name, then another name: "… campaign communications director Tim"
MODIFIED_TITLE_FOLLOW_RE = re.compile(r"[^\S\n]+((?:[a-z][\w-]*[^\S\n]+){1,2}[a-z][\w-]*)[^\S\n]+[A-Z]")
#: a verb opening an organization's name before "the": "Save the Children", "Stop the War Coalition"
IMPERATIVE_NAME_VERBS = r"(?:Save|Stop|Keep|Protect|Feed|Free)"
IMPERATIVE_NAME_LEAD_RE = re.compile(rf"(?:^|[^\w’'-])({IMPERATIVE_NAME_VERBS})\s+$")
#: the same name after a cue: "according to Save the Children"
IMPERATIVE_NAME_RE = re.compile(rf"\s+(?P<name>{IMPERATIVE_NAME_VERBS}\s+the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}})")
#: a statement and whom it is from, after a cue (" a statement from", " the joint statement by")
#: or opening a sentence ("A release from the Department of … said")
STATEMENT_FROM_LEAD_RE = re.compile(
    r"\s*(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}?(?:statement|release|bulletin)\s+(?:from|by|issued\s+by)(?=\s+(?:the\s+)?[A-Z])")
#: a name right after a point in the text: " Devendra Fadnavis"
NAME_AFTER_RE = re.compile(rf"[^\S\n]+(?P<run>{NAME_RUN})")
#: a quotation opening after a clause's last word, no comma or colon between: "… a mile away “"
QUOTE_AFTER_CLAUSE_RE = re.compile(r"(?<=[a-z])\s(?=[\"“‘']_)")
#: a masked quotation and nothing after it but its closing punctuation
TRAILING_QUOTE_RE = re.compile(r"[\"“‘']_[_\s.,!?;:’'…-]*[\"”’'][\s,.;:—–-]*")
#: a phrase set before a sentence's subject: "Speaking at the conference today", "In a statement"
FRONTED_PHRASE_RE = re.compile(r"\s*(?:[A-Z][a-z]+ing|In|At|On|During|After|Before|Writing|Speaking)\b")
#: a day's possessive before a name: "Today’s High Court", "Monday's meeting"
DAY_OWNER_RE = re.compile(r"(?:Today|Yesterday|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s")
#: a sentence's opening capitalised words: "Microsoft", "The Archos AV400"
CAPITALISED_OPENING_RE = re.compile(r"(?:The\s+)?(?P<run>[A-Z][\w&.-]*(?:[^\S\n]+[A-Z][\w&.-]*)*)")
#: an official's own office: "Coroner’s Office", "Sheriff's Office"
OWNED_OFFICE_END_RE = re.compile(r"['’]s\s+Office$")
UNNAMED_FOR_END_RE = re.compile(rf"(?:^|\s)(?P<np>{UNNAMED_SOURCE_NP})\s+(?:for|at|from|of)\s+(?:the\s+)?$")
#: the surface of an unnamed sentence subject in focus ("One analyst was less sure"): named in
#: the very next sentence, it is that person
UNNAMED_SUBJECT = "(unnamed)"
#: "American [tennis star] Andy Roddick": a name after a nationality and a few lower-case words
NAME_AFTER_WORDS_RE = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<run>{NAME_RUN})")
#: "the Bishop", "the Chancellor": an office capitalised, right before a cue
CAPITAL_TITLE_END_RE = re.compile(r"(?:^|(?<=\s))[Tt]he\s+(?P<head>[A-Z][a-z]+)$")
#: "The Bishop of Durham, the Rt Rev Dr " right before a name: an office set off before its holder
OFFICE_COMMA_BEFORE_RE = re.compile(
    r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<title>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,2}"
    r"|\s+for\s+(?:the\s+)?[A-Z][\w-]*(?:(?:\s+|,\s+|\s+and\s+(?:the\s+)?)[A-Z][\w-]*){0,5})?),"  # ("Minister for Agriculture, Food and the Marine,")
    r"\s+(?:the\s+)?(?:(?:Rt|Right|Most|Very)\.?\s+)?(?:(?:Rev|Reverend|Hon|Honourable)\.?\s+)?(?:(?:Dr|Prof|Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Miss)\.?\s+)?$")
#: "The Queensland police commissioner, " right before a name: an office in lower case, set off
LOWER_OFFICE_COMMA_BEFORE_RE = re.compile(
    r"(?:(?:^|(?<=\s))[Tt]he\s+|(?<=, ))(?P<title>(?:(?!(?:said|says|asked|asks|told|tells|added|adds|wrote|replied|explained)\s)"
    r"[A-Za-z][\w’'-]*\s+){0,3}(?:" + TITLE_HEAD_ALTERNATION + r")),\s*$")  # (not "the entrepreneur asked Vox reporter, …")
#: (or set off by commas, no article: "…, finance minister, Patrick Chinamasa, has said")
#: "said the president of COP24, " right before a name: an office of a body in lower case, set off
#: (not after a relative's noun or a preposition: "The son of the chairman of Reliance, Akash
#: Ambani", "a meeting with the president of France, German Chancellor Olaf Scholz")
LOWER_OFFICE_OF_COMMA_BEFORE_RE = re.compile(
    r"(?<!\bof )(?<!\bwith )(?<!\bto )(?<!\bby )(?<!\bfor )(?<!\bfrom )(?<!\bmeeting )(?<!\bmet )(?<!\babout )"
    r"(?<![Ll]ike )(?<!\bon )(?<!\bin )(?<!\bat )(?<!\bas )(?<!ing )"
    r"(?:^|(?<=\s))[Tt]he\s+(?P<title>(?!head\b)(?:" + TITLE_HEAD_ALTERNATION + r")"
    r"\s+of\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&-]*){0,4}),\s*$")
#: an elected member's seat before the name, opening the sentence: "Independent councillor for
#: Graiguecullen - Portarlington in Co. Laois, " / "Sinn Féin councillor for Ardee, Co. Louth, "
SEAT_COMMA_BEFORE_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?]\s))(?P<title>(?:[A-Z][\w’'-]*\s+){0,2}(?:councillor|councilor|senator|alderman)\s+for\s+"
    r"[A-Z](?:[^,.;:\n\"“”]|(?<=Co)\.){1,60}?(?:,\s+Co\.\s+[A-Z][a-z]+)?),\s*$")
#: "MPs", "MSPs", "GPs": people by their office, plural
PLURAL_ACRONYM_RE = re.compile(r"[A-Z]{2,4}s")
#: "Nigel McCune from the Ulster Farmers Union", "Anne Brown head of research at Ovum": a name,
#: perhaps a lower-case title, then where they work, right before the cue and with no commas
AFFILIATION_END_RE = re.compile(
    rf"(?P<name>{NAME_RUN})\s+(?:(?P<title>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,5}})\s+)?(?P<prep>from|at|with|of)\s+"
    rf"(?:the\s+)?(?:[A-Z][\w&-]*['’]s\s+)?(?:[a-z][\w-]*\s+){{0,3}}"
    rf"(?P<org>{NAME_TOKEN}(?:\s+(?:(?:of|and|for|on|in|&)\s+(?:the\s+)?)?{NAME_TOKEN})*)\s*$"
)
LOWER_TITLE_RE = re.compile(  # (a verb ends the words before it: "the Dawn quoted Foreign Office spokesperson")
    r"(?<![\w’'])(?P<title>(?:[A-Z][\w.’'-]*\s+|(?!(?:quoted|said|says|told|asked|called|named|at|to|with|against|on|from|by|about|over|back|was|is|were|are|became)\s)[a-z][\w-]*\s+){0,4}(?:"
    + TITLE_HEAD_ALTERNATION
    + r"))\s*$"
)
#: the abbreviations as written before a name ("Sen", "Lt", "Det"), for patterns
RANK_ALTERNATION = "|".join(sorted(a.capitalize() for a in TITLE_ABBREVIATIONS))
#: abbreviations whose full stop ends no sentence: "California Gov. Jerry Brown" (the ranks, and
#: an honorific's, a saint's or a number's)
ABBREVIATION_END_RE = re.compile(rf"(?:^|[\s(])(?:{RANK_ALTERNATION}|Dr|Mr|Mrs|Ms|St|Jr|Rev|Mt|Ft|No|Ald|[A-Z])$")
#: an office, then a doctor's or professor's honorific before the name: "Punjab Health Minister Dr. "
OFFICE_BEFORE_HONORIFIC_RE = re.compile(r"(?P<title>(?:[A-Z][\w-]*[^\S\n]+){0,3}[A-Z][\w-]*)[^\S\n]+(?:Dr|Prof)\.?[^\S\n]+$")
#: rank abbreviations before a name ("Lt. Col.", "Det. Sgt.")
RANKS_END_RE = re.compile(rf"(?:\b(?:{RANK_ALTERNATION})\.\s*)+$")
#: a description as a speaker: "the company", "its spokesman", "the Lions coach"
DESCRIBED_SPEAKER = (r"(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:institute|body|authority|"
                     + NOMINAL_HEADS + ")")
#: what may follow an inverted subject: the sentence's end, a clause's start or a phrase of its own
RIGHT_SUBJECT_END = (
    r"(?=\s*(?:[,.;:!?\"“]|$|\s+(?:in|on|at|to|during|after|before|as|who|when|while|of|from|about|afterwards|ahead|following|amid|amidst|despite|outside|upon|with|via|since|until|over|through|by|for|recalling|adding|speaking|referring|explaining|"
    r"later|yesterday|today|tonight|recently|earlier|last|this|then|again|also|too)\b(?!-)|['’]s\b|\([A-Z][\w&.-]{0,12}\)|\(\d{1,3}\)(?!\s+and\b)))")
RIGHT_SUBJECT_RE = re.compile(
    rf"^\s*(?P<pre>(?:(?:the|a|an)\s+)?(?:[\w&][\w.&’'-]*\s+){{0,5}}?(?:[a-z][\w-]*,\s+)?)"
    # ("said Port Mann RCMP Sgt. Roland Pierschke", "said Chair of the Department of Pediatrics Dr. Charlotte Boney")
    rf"(?P<run>(?:(?:[A-Z][\w&’'-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){{0,8}}(?:Mr|Mrs|Ms|Dr|Rev|{RANK_ALTERNATION})\.\s+){{0,3}}"
    rf"(?:the\s+)?{NAME_TOKEN}(?:\s+(?:(?:of|and|for|&)\s+(?:the\s+)?|(?:de|van|von|der|den|da|du|del|di|dos|bin|ten|ter)\s+(?:(?:de|der|den|la|le)\s+)?)?{NAME_TOKEN})*|he|she|it|they|"
    # (a surname's particle inside the name: "said Singer Laren museum director Jan de Lorm")
    + DESCRIBED_SPEAKER + ")" + RIGHT_SUBJECT_END
)
#: after a possessive inside a body's name: the rest of the name, an office and its holder
#: ("’s Association chairman James Anderson")
BODY_OFFICE_NAME_RE = re.compile(
    rf"(?P<org>['’]s(?:\s+[A-Z][\w-]*){{1,3}})\s+(?P<title>(?:[a-z][\w-]*\s+){{0,2}}(?:{TITLE_HEAD_ALTERNATION}))\s+(?P<run>{NAME_RUN})")
#: after an inverted cue: a body named with "of" or "for", an office in it, then its holder
#: ("said Foundation for Defense of Democracies senior fellow Thomas Joscelyn")
BODY_OF_TITLE_NAME_RE = re.compile(
    rf"^\s*(?:the\s+)?(?P<org>[A-Z][\w&’'-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[A-Z][\w&’'-]*){{0,3}}"
    rf"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&’'-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[A-Z][\w&’'-]*){{0,4}})"
    # (an office's modifiers before its head, no verb, preposition or plural: not "lawyers
    # representing governor Greg Abbott", "figures obtained by journalist Jane Smith")
    rf"\s+(?P<title>(?:(?!(?:by|of|for|to|with|from|including|led|representing)\s)[a-z][\w-]*(?<!ed)(?<![^s]s)\s+){{0,2}}"
    rf"(?:{TITLE_HEAD_ALTERNATION}))\s+(?P<run>{NAME_RUN})" + RIGHT_SUBJECT_END)
#: the office a nominal owns, as a body ("the sheriff" + "'s office")
OWNED_OFFICE_RE = re.compile(r"['’]s\s+office\b")
#: "said the president on Twitter": a description before a phrase of where or when (not "a
#: spokesman for Tony Blair", "a spokesman at the Home Office": whom they speak for)
RIGHT_NOMINAL_RE = re.compile(r"^\s*(?P<pre>)(?P<run>" + DESCRIBED_SPEAKER + r")(?=\s+(?:on|in|during|via|after|before|while|when)\s)")
#: a sentence's opening words that say what its subject is, in lower case after "The" or an
#: owner: "The firm", "Colorado's oldest newspaper", "The group which represents university
#: vice-chancellors" (a longer clause only after a body's noun)
DESCRIPTOR_SEGMENT_RE = re.compile(r"\s*(?:(?:[Tt]he|[A-Z][\w.]*['’]s)(?:\s+[a-z][\w’'-]*){1,4}"
                                   r"|[Tt]he\s+(?:group|body|organi[sz]ation|charity|union|association|federation)"
                                   r"(?:\s+[a-z][\w’'-]*){1,5})\s*$")
#: one comma-separated segment that is a name alone: "Zippy Duvall", "Ambassador Stefan
#: Johannesson of Iceland", "but Alan Beith" (no verb, no lower-case words but a few linkers)
NAME_SEGMENT_RE = re.compile(
    rf"^\s*(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Tt]hen|[Mm]eanwhile|[Hh]owever)\s+)?(?:the\s+)?"
    rf"(?P<run>(?:(?:[A-Z][\w-]*\s+){{0,3}}(?:{RANK_ALTERNATION})\.\s+)?{NAME_RUN})"  # ("Army Col. Artur Sellers")
    r"(?:\s+of\s+(?:the\s+)?(?P<org>[A-Z0-9][\w&’'.-]*(?:\s+(?:of\s+|and\s+|for\s+|the\s+)?[A-Z][\w&’'.-]*)*)"
    r"|\s+from\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})?"  # ("John Gellard from Caversham, Berkshire, remarked")
    r"(?:\s+\([^()]{1,60}\))?"  # ("Coun Maurice Fanning (Lab, Gorse Hill),": a councillor's party and ward)
    r"(?:(?<=Inc)|(?<=Co)|(?<=Corp)|(?<=Ltd))?\.?\s*$"  # ("Insomniac Inc.")
)
#: where a person is from, then the town's county or state, before the cue: "from Bracknell, Berkshire,"
FROM_PLACE_REGION_END_RE = re.compile(r"\bfrom\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?P<region>,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}),$")
#: a preposition of where someone works, ending an apposition before a body's name ("strategist
#: at Insinger de Beaufort")
AFFILIATION_BEFORE_RE = re.compile(r"[a-z]\s+(?:at|from|with)\s+(?:the\s+)?$")
OPEN_APPOS_RE = re.compile(
    rf"(?P<name>{NAME_RUN})\s*,\s*(?P<a>(?:the\s+|a\s+|an\s+|[A-Z][\w&.-]*['’]s\s+)?(?:[a-z]|(?:CEO|MD|CFO|COO|CTO)\s)[^,\"“”_;]{{2,120}}?)\s*$"
)  # ("Kay Boycott, Shelter's director of policy and campaigns said")
_LISTED_ITEM = r"(?:the\s+)?[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}"
LISTED_OFFICE_APPOS_RE = re.compile(
    rf"\s*(?P<name>{NAME_RUN})\s*,\s*(?P<a>(?P<office>(?:the\s+|a\s+|an\s+)?[a-z][^,\"“”_;]{{2,80}}?)"
    rf"(?:,\s+{_LISTED_ITEM})+,?\s+and\s+{_LISTED_ITEM})\s*$"
)  # ("Ann Holland, councillor responsible for culture, tourism, and the economy said")
#: a sentence's named subject, its apposition, then a second person's name joined to it ("Geoff
#: Barton, the leader of ASCL and Paul Whiteman,")
APPOSED_AND_NAME_RE = re.compile(
    rf"\s*(?P<first>{NAME_RUN}),\s+(?:the|an?)\s+[^,;:]*?(?P<before>\S+)\s+and\s+(?P<second>[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+)+),?$")
#: a name, "and", and up to three lower-case words (a title) right before a second name
SECOND_OF_TWO_END_RE = re.compile(rf"(?P<first>{NAME_RUN})\s+(?:and|&)\s+(?:[a-z][\w-]*\s+){{0,3}}$")
#: two names, the first of an organization, joined by "and" at the end of a subject: "Josep Maria
#: Álvarez of the UGT union and Joan Carles Gallego of the CCOO"
AFFILIATED_PAIR_END_RE = re.compile(
    rf"(?P<first>{NAME_RUN})\s+of\s+(?:the\s+)?(?:[\w&.’'-]+\s+){{1,5}}?and\s+(?P<second>{NAME_RUN})"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w&.’'-]*\s*){1,5})?\s*$")
#: a name at a sentence's start or after a quotation, a comma and a capitalised title ("“…,” Raj
#: Shah, White House Spokesman")
CAPITAL_APPOS_END_RE = re.compile(
    rf"(?:^\s*|[”\"’'_]\s*|[.!?]\s+|(?P<fronted>,\s+))(?P<name>{NAME_RUN}),\s+(?P<a>(?:[A-Z][\w.&’'-]*\s+(?:(?:and|&)\s+)?){{0,4}}[A-Z](?:[a-z]+|[A-Z]{{1,4}}))"
    r"(?:\s+(?:from|at|with|for)\s+(?:the\s+)?(?P<org>(?:[A-Z][\w&.’'-]*\s*){1,5}?))?$")  # ("Oceans Advocate from Environment America")
#: the endings of nouns for what a person does ("spokeswoman", "student", "campaigner")
ROLE_ENDINGS = "man|woman|er|or|ist|ian|ant|ent|eer|ee"
#: an apposition that describes a person by a role ("another JNU student", "a longtime resident")
DESCRIBED_ROLE_RE = re.compile(rf"(?:an?|another|the|one)\s+(?:[\w’'-]+\s+){{0,4}}?[a-z-]{{3,}}(?:{ROLE_ENDINGS})"
                               r"(?:\s+(?:from|in|at|of|with)\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+){0,3}$")
# ("a student in his 20s", "a member of the green brigade in the Haut-Rhin region of eastern France",
# "a member of the Los Angeles Tenant Union")
#: "an " right before a name: the name modifies a noun ("an Alan Shearer strike")
INDEFINITE_BEFORE_RE = re.compile(r"(?<![\w’'-])[Aa]n?\s+$")
#: a capitalised word, then a plural noun and its verb: the word modifies the noun ("Premiership
#: clubs have seen", "Chelsea fans were")
NOUN_MODIFIED_RE = re.compile(
    r"\s+(?!(?:has|is|was|does|says|always|perhaps|sometimes|nevertheless|nonetheless|afterwards|thus|regardless|"
    r"besides|towards|hers|his|its|ours|yours|theirs|this|as|nowadays|overseas|indoors|outdoors|upstairs|downstairs|"
    r"sideways|whereas)\b)[a-z]+s\s+(?:have|has|are|were|will|would|had|can|could|may|might|must|"
    r"should|do|did|say|said|believe|fear|expect|want|need)\b")
SUBJECT_NAME_RE = re.compile(rf"(?P<run>{NAME_RUN})")
NAME_END_RE = re.compile(rf"(?P<run>{NAME_RUN})\s*$")
LEAD_WORDS = {"but", "and", "so", "then", "however", "meanwhile", "now", "yet", "also", "still",
              "coach", "former", "veteran", "striker", "midfielder", "manager", "boss", "chief",
              "filmmaker", "actor", "actress", "singer", "director", "producer", "writer"}
#: words that make someone a member of a parliament ("Labour backbencher Stephen Pound")
PARLIAMENT_WORDS = ("backbencher", "Labour", "Conservative", "Tory", "Liberal Democrat", "Lib Dem")
#: "the Spanish FA on Monday": a time after a preposition, so the words before it are an object
DATED_OBJECT_RE = re.compile(r"\b(?:on|in|last|next|this|since|until|by)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
#: a lede's subject named at its end ("…, Alun Michael has said."), or after a few words that
#: describe them at its start ("Liverpool legend Phil Thompson has pleaded …")
LEDE_TRAILING_CUE_RE = re.compile(r"\s+(?:has\s+|have\s+)?(?:said|says|told|claimed|insisted|warned|admitted)\b")
#: words that describe a business and never a person ("Broadcaster Jeremy Paxman" is a man)
FIRM_DESCRIPTORS = COMPANY_DESCRIPTORS - {"broadcaster", "publisher", "miner", "operator", "regulator", "watchdog"}
#: "One dairy company said", "a production company", "Another armed faction": an organization
#: the text does not name, which a later "the company" may mean
UNNAMED_ORG_RE = re.compile(r"\b(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Tt]wo|[Ss]ome|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}?"
                            r"(?:company|firm|group|faction|owner|operator|supplier|business|retailer|team|rival|rivals)\b")
#: a lede opening on an organization: "Shares in Cairn Energy have jumped", "Bookmaker William Hill
#: has stopped", "US mortgage giant Fannie Mae has …", "Continental Airlines has …"
LEDE_ORG_RE = re.compile(
    r"(?P<shares>(?:Shares|Profits|Revenues|Sales)\s+(?:in|at|of)\s+)?"
    r"(?P<desc>(?:(?:[a-z][\w'’-]*|U[SK])\s+){0,5}?)"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,3})"
    r"(?:,\s+(?:the|a|an)\s+[^,.]{0,60}?(?P<appos>[a-z]+),)?"  # "ABN Amro, the Netherlands' largest bank,"
    r"\s+(?=(?:has|have|is|are|was|were|plans|says|said|wants|will|could|may|reported|posted|announced|saw|rose|fell|[a-z]+ed)\b)")
#: (words describing them, no verb: not "Police have arrested Michael Jones")
LEDE_DESCRIPTOR_RE = re.compile(r"(?:(?!(?:has|have|had|is|was|were|are|will|would|and|but|by)\s)[\w’'.-]+(?<!ed)\s+){1,4}")
#: "John Smith has been jailed": the person is acted upon, not acting
PASSIVE_AFTER_RE = re.compile(r"\s+(?:has\s+been|have\s+been|had\s+been|was|were|is|are|is\s+being|will\s+be)\s+[a-z]+(?:ed|en|t)\b")
#: a lede that is a byline: "By Jane Wilson"
BYLINE_RE = re.compile(r"\s*By\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s*$")
#: the words a charity's own name ends in: "Carers Trust", "Wellcome Foundation"
CHARITY_NAME_ENDS = {"trust", "foundation", "fund", "society", "appeal", "aid", "charity"}
#: a capital inside a word, the way brands write their names: "USAFacts", "YouGov" (not "MacLeod")
BRAND_CASE_RE = re.compile(r"^(?!Ma?c[A-Z])(?:\w*?[a-z]{2}[A-Z]|[A-Z]{3,}[a-z]{2})")
#: the end of an office of a domain whose last word was left as a name: "… Minister of Foreign" (Affairs)
OFFICE_OF_TAIL_RE = re.compile(r"(?P<head>[A-Za-z-]+)\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w-]*)+$")
#: "a report from", "a new study by": a document, then who wrote it
REPORT_FROM_RE = re.compile(r"\s*(?:a|an|the)\s+(?:(?:new|latest|separate|recent)\s+)?(?:report|study|survey|note|analysis)\s+(?:from|by)\s+(?:the\s+)?")
#: "figures from the", "research by technology analysts ", "a survey carried out by": what an
#: "according to" cites, before the name of whoever produced it
SOURCE_FROM_RE = re.compile(
    r"\s*(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}?"  # ("the latest lending figures from")
    r"(?:figures|data|statistics|research|estimates|numbers|report|study|survey|poll|analysis|statement|"
    r"information|release|[Tt]weet|post)\s+"
    r"(?:(?:published|released|revealed|compiled|issued|produced|gathered|commissioned|carried\s+out)\s+)?"
    r"(?:from|by)\s+(?:the\s+)?(?P<desc>(?:[a-z][\w-]*\s+){0,3}?)(?<!\bin\s)(?<!\bat\s)(?<!\bof\s)")
#: "a statement from", "a post by": what an "according to" cites that someone issued, a person or a body
STATEMENT_SOURCE_RE = re.compile(
    r"\s*(?:(?:a|an|the|its|his|her|their)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:statement|press\s+release|news\s+release|release|post|tweet|letter|message|email)\s+"
    r"(?:(?:published|released|issued|posted|sent)\s+)?(?:from|by)\s+(?:the\s+)?")
#: "according to him," / "according to her,": a person's pronoun as the source
OBJECT_PRONOUN_RE = re.compile(r"\s+(him|her)(?=\s*,)")
#: lower-case words, then a capital: "general secretary Sharon"
DESCRIBED_AFTER_RE = re.compile(r"\s+((?:[a-z][\w-]*\s+){1,3})[A-Z]")
#: the name of whoever issued a statement: a person's or a body's ("Health Canada", "the Department of Health")
ISSUER_RUN_RE = re.compile(rf"{NAME_TOKEN}(?:[^\S\n]+(?:(?:of|and|for|&)[^\S\n]+(?:the[^\S\n]+)?)?{NAME_TOKEN})*")
#: "data compiled by": figures someone gathered, not a programme's or an event's
COMPILED_BY_END_RE = re.compile(r"\b(?:compiled|gathered|collected|published|released|produced)\s+by\s+(?:the\s+)?$")
#: a name run that a comma and another capitalised word continue: a list of sources, or a name
#: with a comma of its own ("the Ministry of Economy, Trade and Industry")
LIST_GOES_ON_RE = re.compile(r",\s+[A-Z]")
#: "University of Bristol psychologist Andrew Smith": the organization is a person's description
PERSON_AFTER_RE = re.compile(r"\s+[a-z][\w-]*\s+[A-Z]")
#: offices news copy abbreviates: (head noun, the words before it)
OFFICE_ABBREVIATIONS = {"PM": ("minister", "prime"), "CS": ("secretary", "cabinet")}  # (a Kenyan Cabinet Secretary)
#: a capitalised word after a lower-case word or a comma: a name, not a sentence's first word
MID_SENTENCE_NAME_RE = re.compile(r"(?<=[a-z,;] )[A-Z][\w&-]+")
#: what a business is called in passing; a nationality before it says where it is from
BUSINESS_HEADS = {"company", "firm", "group", "giant", "retailer", "maker", "carrier", "operator",
                  "chain", "supermarket", "grocer", "insurer", "lender", "manufacturer", "carmaker", "automaker", "chipmaker"}
#: the offices and roles a story's own subject is called by in passing ("the prime minister",
#: "the England skipper", "the agent"); not the judge or the headteacher of a story about them
LEDE_OFFICE_HEADS = {"minister", "secretary", "chancellor", "premier", "president", "leader", "chairman",
                     "chairwoman", "commissioner", "governor", "mayor", "chief", "boss", "manager", "coach",
                     "skipper", "captain", "agent", "director", "founder", "star", "singer", "actor", "actress"}
#: words that make an office a lesser one of the same name
SECOND_RANKS = {"deputy", "vice", "shadow", "assistant"}
#: what makes a minister a head of government, whom "the minister" does not mean
HEAD_MINISTER_WORDS = {"prime", "chief", "first"}
#: the domains of a British secretary of state, who is a minister too ("Defence Secretary Geoff
#: Hoon …, said the minister"; not a press or permanent secretary)
MINISTERIAL_SECRETARY_WORDS = {"defence", "defense", "home", "foreign", "health", "education", "transport", "environment",
                               "business", "culture", "justice", "trade", "energy", "housing", "work", "pensions",
                               "scottish", "welsh"}
#: a secretary who is no minister: a press or permanent one, a union's, a US or Indian one
NOT_MINISTERIAL_SECRETARY_WORDS = {"press", "permanent", "general", "private", "principal", "parliamentary", "chief",
                                   "union", "us", "u.s.", "affairs"}
#: head nouns of an unnamed person or people speaking for an organization
#: what a lede calls someone it names in the next sentence, whatever office they hold ("A
#: leading psychiatrist has warned …. ¶ Professor Dinesh Bhugra, the president of …, said")
LEDE_ROLE_HEADS = {"boss", "lawyer", "psychiatrist", "expert", "campaigner", "doctor", "economist", "analyst",
                   "scientist", "academic", "researcher", "councillor", "teacher", "surgeon", "consultant",
                   "activist", "professor", "historian", "author", "writer", "barrister", "solicitor"}
UNNAMED_SOURCE_HEADS = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
                        "spokespeople", "official", "officials", "source", "sources", "executive",
                        "executives", "representative", "representatives"}
#: capitalised words before "officials" that name a nation or a place, not an organization
UNNAMED_ORG_STOP = {"US", "UK", "EU", "USA", "American", "British", "European", "Western", "Arab",
                    "Federal", "State", "City", "County", "Government", "Senior", "Top", "Administration"}
NATION_ADJ_RE = re.compile(r"^[A-Z][a-z]+(?:an|ian|ese|ish|ic|i|ch|ss)$")
OWNER_HEAD_END_RE = re.compile(r"(?:^|\s)(?:[Tt]he|[Ii]ts)\s+(company|firm|group|club|bank|agency|ministry|"
                               r"department|council|organi[sz]ation|union|utility|charity)['’]s\s*$")
#: a place's police, lower case, ending a subject: "Suffolk County police", "Danish police"
PLACE_POLICE_RE = re.compile(r"(?:^|\s)(?P<place>(?:[A-Z][a-z]+\s+){1,3})police$")
#: words before "police" that say what kind of police, not where: "State police", "Riot police"
POLICE_KINDS = {"state", "federal", "national", "local", "city", "county", "military", "border", "traffic", "riot",
                "secret", "transport", "railway", "river", "mounted", "armed", "religious", "morality", "tourist",
                "royal", "airport", "campus", "university", "school", "park", "port", "harbour", "harbor", "village",
                "town", "provincial", "regional", "municipal", "district", "highway", "judicial", "criminal", "special",
                "counter", "terrorism", "counterterrorism", "drug", "drugs", "fraud", "vice", "civilian", "diplomatic",
                "olympic", "security"}
#: adverbs of time or place a sentence may open on before its subject: "Later police said"
TIME_OPENERS = {"later", "earlier", "overnight", "afterwards", "elsewhere", "separately", "subsequently", "meanwhile",
                "then", "now", "also", "today", "yesterday", "tonight", "previously", "initially", "finally"}
BARE_COLLECTIVE_RE = re.compile(r"(?:^|\s)(?:(?:[A-Z][\w.&]*\s+)+|[a-z]+\s+)?(?P<head>[A-Za-z]+)$")
#: "Obama administration officials", "Con Edison repair crews": modifiers of either case
MIXED_COLLECTIVE_RE = re.compile(r"(?:^|\s)(?:[A-Z][\w.&-]*\s+){1,3}(?:[a-z]+\s+){1,2}(?P<head>[a-z]+)$")
#: a plural common noun as a subject ("Defense attorneys said", "The doctors said"): several
#: people, none named; a lower-case word ending in -s that is not a singular in -ss/-us/-is
PLURAL_HEAD_RE = re.compile(r"^[a-z]{3,}(?:ers|ors|ists|ians|ants|ents|ives|ees|ics|ies|ans|ors|ges|ors|cians|neys)$")
#: a verb "according to" follows with no comma when it means "in proportion to": "adjusted
#: according to family size", "ranked according to their results", "went according to plan"
PROPORTION_VERB_RE = re.compile(r"\b(?:[a-z]+ed|var(?:y|ies)|differs?|set|paid|went|go(?:es)?|change[sd]?)\s+$")
#: what such a verb is measured by (not "killed according to police", a source)
PROPORTION_MEASURE_RE = re.compile(
    r"\s+(?:(?:their|its|his|her|the|each|family|household|local|individual|patient)\s+)?"
    r"(?:size|income|population|need|needs|demand|results?|age|ability|weight|merit|ranks?|value|distance|type|"
    r"levels?|severity|priority|performance|plan|schedule|criteria|points|scores?|seniority|usage|consumption|"
    r"circumstances|experience)(?=\s*(?:[,.;:!?]|$|(?:and|or|of|in|at|for|by|rather|not)\b))")  # (not "demand figures from the SMMT")
#: "according to court records", "according to local news reports": a source, nobody named
ACCORDING_NP_RE = re.compile(r"^\s*(?P<np>(?:(?:the|a|an|some|several|many|two|three|local|federal|state|court|prison|police)\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)(?=\s*(?:[,.;:!?]|$))")
#: a preposition right before a name ("told Reuters", "a transcript reviewed by Business Insider"):
#: the name is an object, not the speaker
PREPOSITION_RE = re.compile(r"\b(?:by|from|in|on|at|with|to|for|of|representing|reviewed|obtained|seen)\s+(?:the\s+)?$|\b(?:by|from|representing|reviewed|obtained)\b")
#: a modal before a cue verb makes the speech act hypothetical ("As Sherlock would say")
MODAL_RE = re.compile(r"\b(?:would|might|could|may|should)\s+(?:[a-z]+ly\s+)?$")
OBJECT_THE_END_RE = re.compile(r"\b(?:in|at|on|from|to|with|for|into|by|under|over|during|despite|through|against|amid|within)\s+the\s+$")
#: "… but insisted", "… and added" right after a cue and its words: a second verb of that subject
#: (COORDINATED_VP_RE, for a verb with no subject found, also takes "and has"; this one "and also")
VP_JOIN_END_RE = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+)?$")
#: between a cue and the pronoun subject of the next, a conjunction that keeps the subject: "said as"
SAME_SUBJECT_JOIN_RE = re.compile(r",?\s+(?:as|while|and|but|before|after|when)\s+")
#: an unnamed subject in the plural, whom "he" or "she" cannot mean: "officials", "the police"
PLURAL_SURFACE_RE = re.compile(r"(?:[^s]s|\bpolice|\bpeople|\bstaff)$", re.IGNORECASE)
#: where a source's head noun ends: "a spokeswoman" of "a spokeswoman for the Metropolitan Police"
SOURCE_OF_RE = re.compile(r"\s+(?:for|of|at|from|with)\s+")

#: speech verbs in the present tense a plural subject takes ("Academics point out", "Experts say")
PLURAL_PRESENT_VERBS = {"say", "believe", "claim", "argue", "warn", "suggest", "think", "predict", "insist",
                        "point", "fear", "expect", "estimate", "agree", "admit", "reckon", "feel", "maintain",
                        "contend", "complain", "note", "add", "tell", "stress", "acknowledge", "accept"}

#: what a publication or broadcaster is, after its name: "the China Daily newspaper"
MEDIA_HEADS = {"newspaper", "paper", "website", "magazine", "daily", "weekly", "tabloid", "broadsheet"}
#: a publication's title before its kind, with at most two words of what it covers ("Hollywood
#: Reporter trade", "Financial Times business")
MEDIA_TITLE_RE = re.compile(r"([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*)(?:\s+[a-z][\w-]*){0,2}")
#: a publication named, then called one, right after an inverted cue: "said Le Figaro newspaper"
NAMED_PRESS_RE = re.compile(rf"\s+(?P<name>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,3}})\s+(?:newspaper|magazine|daily|weekly|"
                            r"news\s+agency|website)(?=\s*(?:[,.;:!?]|$))")
#: "according to reports in the Sunday Times": the publication is the source
REPORTS_IN_RE = re.compile(r"\s*(?:(?:a|an|the)\s+)?(?:(?:new|latest|recent|weekend|press)\s+)?"
                           r"(?:reports?|articles?|stor(?:y|ies)|interview)\s+in\s+")

#: "As Gaiman put it", "as the minister has put it": the subject between "as" and the verb
AS_PUT_IT_RE = re.compile(r"(?<![\w])[Aa]s\s+(?:[\w.'’-]+\s+){1,5}(?:has\s+|had\s+|once\s+)?$")

#: a party's adjective alone is never a subject ("Conservative claims", "Tory fears" are nouns)
PARTY_ADJECTIVES = {"Conservative", "Tory", "Republican", "Democratic", "Liberal", "Socialist", "Unionist",
                    "Nationalist"}
#: "High-ranking", "Long-serving": a capitalised compound whose second part is lower case
HYPHENATED_DESCRIPTOR_RE = re.compile(r"[A-Z][a-z]+-[a-z]{3,}")
#: a union local's number closing a subject: "Teamsters Local 747"
UNION_LOCAL_END_RE = re.compile(r"[A-Z][a-z]+\s+Local\s+(?P<number>\d{1,5})$")
#: styles of peers and royals whose names go on with "of" a place ("Lord Roberts of Conwy")
PEERAGE_STYLES = {"Lord", "Lady", "Baroness", "Baron", "Duke", "Duchess", "Earl", "Countess", "Viscount", "Marquess"}
#: "the ", "the former " right before a run: a definite description, not a name
DEFINITE_END_RE = re.compile(r"(?<![\w’'])[Tt]he\s+(?:former\s+|ex-)?$")
#: what a body's name that lists its trades ends in ("the Rail, Tram and Bus Union")
LISTED_NAME_HEADS = {"Union", "Association", "Federation", "Confederation", "Council", "Alliance", "Society"}
#: a list's item and its comma right before a name: "RBS, " of "RBS, Natwest and Ulster Bank"
LIST_ITEM_BEFORE_RE = re.compile(r"(?:^|(?<=\s))[A-Z][\w&’'-]*,\s+$")
#: the first trade of such a name, before its comma: "the Rail, "
LISTED_NAME_OPENING_RE = re.compile(r"(?:^|(?<=\s))(?:[Tt]he\s+)?([A-Z][a-z]+),\s+$")
#: a sentence opening on a name and a comma, before "X and Y": the first item of a list
LIST_OPENING_RE = re.compile(r"(?:^|[.!?]\s+)([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}),\s+$")
#: "a close associate of", "the wife of former …", "a lawyer representing": an unnamed person
#: described by a relation
RELATION_OF_END_RE = re.compile(
    r"(?<![\w'’])(?:[Aa]n?|[Oo]ne|[Tt]wo|[Ss]ome)\s+(?:[a-z][\w-]*\s+){0,2}(?:associate|associates|friend|friends|"
    r"colleague|colleagues|aide|aides|ally|allies|relative|relatives|lawyer|lawyers|adviser|advisers|advisor|"
    r"supporter|supporters|brother|sister|son|daughter|wife|husband|cousin|neighbour|neighbor)"
    r"(?=\s+(?:of|to|for|representing|acting\s+for|on\s+behalf\s+of)\s+(?:[A-Za-z][\w'’-]*\s+){0,4}$)")

#: "with Mr Dixon quoted (by the paper) as saying": the words before "quoted" name the speaker
QUOTED_PASSIVE_END_RE = re.compile(r"\s+(?:was\s+|is\s+|being\s+|were\s+)?quoted\s+(?:(?:by|in)\s+[^,;:\"“”]{1,60}?\s+)?as\s+$")
#: a noun phrase naming nobody: "a constituent", "one trader", "several lawmakers", "sources"
UNNAMED_NP_RE = re.compile(r"(?:an?|one|some|several|two|three|many|other|unnamed|sources|officials)\b")
#: "Arab News quoted Prince Saud as saying": the words after "quoted" name the speaker
QUOTED_AS_END_RE = re.compile(r"\bquoted\s+(?!by\s|in\s)(?P<np>(?:[^\s,;:.]+\s+){0,5}?[^\s,;:.]+),?\s+as\s+$")

#: an opening phrase, then a subject whose name a stray comma follows: "In response, the
#: Federation's national president Muntazir Dipoti,"
STRAY_COMMA_AFTER_LEAD_RE = re.compile(r"\s*(?:In|On|At|Responding|Commenting|Speaking|Asked|Meanwhile|However)\b[^,\"“”]{0,60},\s+(?P<np>[^,\"”“]{3,100}),")
#: an aside set off by dashes right before the cue: "… of Coastwise - a council initiative –"
DASH_ASIDE_END_RE = re.compile(r"\s[-–—]\s[^-–—\"“”]{3,120}[–—-]$")
#: a name, a comma and a capitalised office of a body: "Peter McCabe, Chief Executive of Headway"
OFFICE_APPOSITION_RE = re.compile(r"[A-Z][\w’'-]*,\s+(?:[A-Z][\w-]*\s+){1,3}(?:of|for|at)\s+(?:the\s+)?[A-Z][^,]*$")
#: a dash after a capitalised name, then a lower-case description running to the cue: "Chief
#: Executive of Headway – the brain injury association"
DASH_DESCRIPTION_END_RE = re.compile(r"(?<=[A-Za-z])\s[–—-]\s(?:the|a|an)\s[a-z][^-–—\"“”,]{2,80}$")
#: a sentence that opens with a quotation, then a short phrase (no comma of its own) and a comma
STRAY_COMMA_TRAIL_RE = re.compile(r"\s*[\"“][^\"”]*[\"”]\s+(?P<np>[^,\"”“]{3,80}),$")

#: a subject coordinated with another ("she and Rose-Lynn", "Smith and Jones"): several speakers
#: "Gibson and his Icon Productions partner Bruce Davey said": a second subject introduced with a
#: description, the first one a name
COORDINATED_NP_RE = re.compile(r"[A-Z][\w’'-]+\s+(?:and|&)\s+(?:his|her|their|its|the)\s+(?:[\w’'-]+\s+){0,4}$")
COORDINATED_RE = re.compile(r"(?:\b(?:[Hh]e|[Ss]he|I|[Ww]e|[Tt]hey)|[A-Z][\w’'-]+)\s+(?:and|&)\s+$")
#: a form of "be" right before a cue verb makes it passive: its subject is spoken about or to
PASSIVE_RE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?$")

#: a sentence opening on a report, up to the report (REPORT_AUTHOR_RE reads who wrote it): "But a
#: recent ", "The new "
REPORT_OPENING_RE = re.compile(r"(?:(?:But|And|Meanwhile,?|However,?)\s+)?(?:[Aa]|[Aa]n|[Tt]he|[Aa]nother)\s+"
                               r"(?:(?:new|recent|latest|separate|fresh)\s+)?(?=(?:report|study|survey)\s+(?:from|by)\s)")
#: what a report does, after its author's name: "reflects", "has found", "showed"
REPORT_VERB_RE = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:(?:suggest|show|say|find|reflect|reveal|predict|warn|"
                            r"claim|estimate|conclude|highlight|indicate|argue|point|note|state|add|forecast)"
                            r"(?:s|ed|es)?|found|showed|said|shown)\b")
#: a letter or statement sent, whose words a participle then gives ("sent a letter to … saying")
DOCUMENT_SENT_RE = re.compile(r"\b(?:sent|wrote|issued|released|published)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:letter|statement)\b")
#: a publication or agency named before its kind: "Reuters news agency", "Kyodo news agency"
NEWS_AGENCY_BODY_RE = re.compile(r"([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s+(?:news\s+agency|newspaper|magazine|news\s+website)")
#: the ranks of a seed or a placing ("the top seed", "the third seed", "the second-placed")
RANK_ORDINALS = {"top", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                 "tenth", "eleventh", "twelfth", "unseeded", "defending"}
#: a sentence opening on a described person and a relative clause with no commas, up to its verb:
#: "The 28-year-old host who also presents Stars In Their Eyes ", "The surgeon who operated on him "
BARE_RELATIVE_SUBJECT_RE = re.compile(r"\s*(?P<np>(?:The|A|An)\s+[\w-]+(?:\s+[\w-]+){0,3}?)\s+who\s+"
                                      r"(?:also\s+|has\s+|had\s+|now\s+)?[a-z]+[^,;:—–\"“”_]{1,60}?\s*")
#: "that" inside a relative clause: a clause reported there ("who took the call recalled that …")
THAT_WORD_RE = re.compile(r"\bthat\b")
#: an age describing someone: "the 28-year-old host"
AGE_IN_RE = re.compile(r"\b(?:\d+|[a-z]+)-year-old\b")
#: "the " right before a name
DEFINITE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")
#: a contrast that makes a second person a subject: "…, while Sotherton is coming back"
CONTRAST_NAMED_RE = re.compile(r"\b(?:while|whereas|but)\s+(?:[A-Z][\w’'-]+\s+){1,3}(?:is|was|has|had|will|needed|[a-z]+ed|[a-z]+s)\b")
#: a letter or message and "to" right before a noun phrase: its addressee
MESSAGE_TO_RE = re.compile(r"\b(?:letter|note|message|statement|e-?mail|memo|fax|written|wrote|writes|writing)\s+to\s*$")
#: verbs that put a label on someone or something, whose passive names the labeller after "by"
LABEL_VERBS = {"branded", "called", "condemned", "described", "dubbed", "hailed", "labeled", "labelled", "termed"}
#: who told the subject, after a passive "was told": " by judge Mr Justice Goss"
TOLD_BY_RE = re.compile(rf"\s+by\s+(?:(?:the\s+)?[a-z]+\s+)?(?P<run>{NAME_RUN})(?![’']s)(?=\s*(?:[,.;:]|that\b|there\b|to\b|$))")
#: the quoted label right after such a verb, then "by": "branded a “…” by", "described as “…” by"
LABELLED_BY_RE = re.compile(r"\s+(?:as\s+)?(?:(?:a|an|the)\s+)?[“\"‘']_[_\s]*[”\"’'][^\S\n]+by(?=\s+(?:(?:the|his|her|its|their)\s|[A-Z]))")
#: endings of common English nouns and plural agent nouns, never of a one-word name
#: ("Speculation", "Colleagues", "Ecologists"; not "-ment" or "-ity": "Parliament", "Equity")
COMMON_NOUN_FORM_RE = re.compile(r"[a-z](?:tion|sion|tions|sions|ists|gues)$|[a-z]{3}(?:ers|ors)$")  # ("Speakers during the hearing said")
#: adverbs by their endings ("Firstly", "Ultimately"; not "Kelly" or "Bradley")
PARTICIPLE_RE = re.compile(r"^[A-Z][a-z]{3,}ing$")
#: participles that open a sentence's adverbial phrase in news copy ("Following claims that …")
OPENING_PARTICIPLES = {"following", "addressing", "responding", "commenting", "referring", "reacting",
                       "speaking", "answering", "explaining", "describing", "defending", "announcing",
                       "outlining", "launching", "unveiling", "acknowledging", "dismissing", "rejecting",
                       "echoing", "reiterating", "citing", "noting", "praising", "criticising", "criticizing",
                       "urging", "insisting", "stressing", "emphasising", "emphasizing", "recalling"}
#: "the Oscar-nominated", "London-based", "Labour-run": a name and a participle, an adjective
PARTICIPLE_ADJ_RE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.]*-(?:[a-z]+(?:ed|ing)|run|born|based|led)\s+(?=[A-Z])")
CONTINUING_RE = re.compile(r"\b(?:continues|continued|continue|went\s+on|goes\s+on|go\s+on|chimed\s+in"
                           # (a speech announced in advance: "is expected to say", "was due to tell")
                           r"|(?:is|are|was|were)\s+(?:expected|due|set|scheduled|poised))\s+to\s+$")
#: what follows "will add" when it reports words: a mark, "that", or the sentence's end
ADD_CLAUSE_AFTER_RE = re.compile(r"\s*(?:[,.:;!?]|that\b|$)")  # (not "will add “a few hundred jobs”": an object)
#: "he will add": a speech announced in advance, the one use of "add" that is a cue
WILL_BEFORE_RE = re.compile(r"\bwill\s+(?:also\s+)?$")
ADJECTIVAL_CUE_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Nn]o)\s+"
                               r"(?:(?!(?:family|ally|rally|assembly|monopoly|italy|july|supply|bully)\b)[a-z]+ly\s+)?$")
HAVE_BEFORE_RE = re.compile(r"\b(?:have|has|had)\s+$")
#: an apposition that makes its subject several: "which together have", "which both work"
SEVERAL_APPOS_RE = re.compile(r"\s*(?:which|who)\s+(?:together|both|jointly|each|all)\b")
#: a sentence opening on capitalised words and "and" right before a body's name: "Easton and "
JOINED_NAME_OPENING_RE = re.compile(r"\s*([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+(?:and|&))\s+")
#: a participle right before a cue word, and a noun right after it: the word is an adjective
#: ("locally sourced branded milk"; an adverb before it is the verb's: "strongly denied reports")
ATTRIBUTIVE_BEFORE_RE = re.compile(r"\b[a-z]+ly\s+[a-z]+ed\s+$")  # (not "the accused insisted": a noun)
ATTRIBUTIVE_AFTER_RE = re.compile(r"\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|it|as|by|on|in|at|to|"
                                  r"for|with|from|of|and|or|but|they|we|he|she|there|i|you)\b)[a-z]+\b")
INFINITIVE_RE = re.compile(r"\b(?:to|not|n['’]t)\s+$")
#: "X, who …, said"; "The actor, whose films include Schindler's List, Michael Collins and Star
#: Wars, said": a relative clause (commas inside only before a list's capitalised items)
RELATIVE_APPOS_RE = re.compile(r",\s*(?:who|which|whose)\b[^,]*(?:,\s+(?:and\s+)?[A-Z\d](?:(?!\s[a-z]+ed\b)[^,])*)*,$")  # ("who lost daughters Vicky, 15, and Sarah, 19,")
#: (no item after a comma with a verb of its own: not "…, which is said to be …, Mayor Kazutaka Sangen welcomed the move,")
UNNAMED_ONE_RE = re.compile(
    r"(?:^|[,;:—–]\s*|[”\"’']\s+|(?:^|\s)(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Ss]till|[Hh]owever|[Mm]eanwhile)\s+)"
    r"(?P<np>(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}(?:[A-Z][\w’'-]*\s+)?"
    r"(?!(?:and|or|but|then|also|couple|handful|number|majority|minority|third|half|pair|dozen|lot|bunch|group)\b)[a-z][\w-]*"
    r"(?:\s+(?:(?:at|in|from|inside|close\s+to|familiar\s+with)\s+(?:the\s+)?|of\s+the\s+)[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)?)$")
    # ("one leading Karachi broker", "“…,” an opposition figure at the talks disclosed", "A male
    # resident of the town said")
#: an honorific inside a capitalised run, after its first word: a name starts there ("BBC Mr Straw")
MID_HONORIFIC_RE = re.compile(r"\S\s+(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\.?\s+[A-Z]")
#: roles that relate the person after them to someone ("Wenger's Bayern counterpart Felix Magath"):
#: the capitalised word before them describes that person, it is no name of its own
RELATIONAL_ROLES = {"counterpart", "counterparts", "colleague", "rival", "compatriot", "successor", "predecessor"}
ROLE_WORD_RE = re.compile(rf"^[a-z-]{{3,}}(?:{ROLE_ENDINGS})$")
FROM_ORG_RE = re.compile(r"^\s+(?:from|of|at)\s+(?:the\s+)?(?P<org>(?:[A-Z][\w&.’'-]*\s+)*(?:[A-Z][\w&.’'-]*|police|council|party|government))(?=\s*[,.;:!?]|$)")
#: a preposition whose object is no subject: a place ("in Cardiff"), or an agent or owner ("reports
#: seen by Reuters", "a friend of John Smith", "the mayor of London")
#: the part of a place a preposition's object may name first ("a resident of downtown Kingston")
PLACE_PART = r"(?:(?:downtown|uptown|midtown|central|northern|southern|eastern|western|rural|suburban|nearby|inner-city)\s+)?"
PLACE_OBJECT_RE = re.compile(r"\b(?:in|near|outside|at|(?P<agent>by|from|of|with|to|for|about|against))\s+(?:the\s+)?"
                             + PLACE_PART + "$")
PARTICIPLE_AT_RE = re.compile(r"[a-z]+ing\b")
NOMINAL_IN_PLACE_RE = re.compile(
    r"(?:^|\s)(?:[Aa]|[Aa]n|[Oo]ne|[Tt]he)\s+(?P<head>spokes(?:wo)?man|spokesperson|official|representative)"
    r"\s+(?:for|at|from)\s+(?:the\s+)?(?P<org>(?:[A-Z][\w&.’'-]*\s+)+)in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?$")
#: "Video game firm Bioware", "drinks giant Diageo", "US carrier Delta": a company, by what it is
DESCRIBED_ORG_RE = re.compile(
    r"\b(?:firm|company|retailer|giant|maker|carrier|airline|operator|chain|manufacturer|brewer|"
    r"supermarket|insurer|lender|conglomerate|carmaker|publisher|club)(?:\s+|,\s+(?=[A-Z][\w&.’'-]*\s+[a-z]))"
    r"(?P<name>[A-Z][\w&.’'-]*[a-z][\w&’'-]*(?:\s+[A-Z][\w&.’'-]*){0,2})(?=[\s,.;:]|['’]s\b)")
#: "WestJet, a Canadian airline,": a company named (NAME_BEFORE_COMMA_RE), then what it is
BUSINESS_APPOS_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>firm|company|retailer|giant|maker|carrier|airline|operator|"
    r"chain|manufacturer|brewer|supermarket|insurer|lender|conglomerate|carmaker|publisher|utility|bank)\s*[,.;]")
NAME_BEFORE_COMMA_RE = re.compile(r"(?<![\w’'-])[A-Z][\w&.’'-]*[a-z][\w&’'-]*(?:\s+[A-Z][\w&.’'-]*){0,2}$")
#: an indefinite article and perhaps a rank before an office: "A spokeswoman for …", "a deputy …"
INDEFINITE_END_RE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+)?$")
#: an organization's name and its acronym in brackets opening a sentence, before an office
ORG_ACRONYM_LEAD_RE = re.compile(rf"\s*(?:[Tt]he\s+)?(?P<org>{NAME_TOKEN}(?:\s+(?:(?:of|and|for|&)\s+(?:the\s+)?)?{NAME_TOKEN})*)"
                                 r"\s+\([A-Z][A-Za-z&]{1,9}\)\s+")
#: a document and whom it is from, ending the words before a cue: "a statement from the ministry"
DOCUMENT_FROM_END_RE = re.compile(
    # (a new document: "the letter from Qwest" is the one whose author the text has given)
    r"(?:^|\s)(?P<np>[Aa]n?\s+(?:[a-z-]+\s+)?(?:statement|release|letter|email|e-mail))"
    r"(?P<from>\s+(?:from|issued\s+by))\s+[^,;:]{2,80}$")
#: a subject that is a name with a possessive and nothing after it: "Sainsbury’s has announced";
#: after a phrase set before it or the words reported ("In a media briefing, McDonald’s said",
#: "…, McDonald’s said Sunday")
POSSESSIVE_NAME_SUBJECT_RE = re.compile(r"(?:.*,)?\s*(?:(?:But|And|Meanwhile|However),?\s+)?(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}['’]s)")
#: an organization's statement as the subject of "reads": "An IPCC statement reads: “…”"
STATEMENT_NOUN_READS_RE = re.compile(r"\b(?:An?|The)\s+[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,4}\s+statement\s+(?P<verb>reads|read)\s*[:,]")
#: a press release's credit for the words that follow: "The following can be attributed to …"
ATTRIBUTED_TO_RE = re.compile(r"\b(?:can|may|should|is|are)\s+(?P<verb>be\s+attributed\s+to)\s+")
#: someone putting a statement out: "… has issued a statement following his sacking"
STATEMENT_PUT_OUT_RE = re.compile(r"\s(?:has\s+|have\s+|had\s+)?(?:issued|released|put\s+out|published)\s+(?:a|an|the\s+following)\s+"
                                 r"(?:[a-z-]+\s+)?(?:statement|letter|open\s+letter)\b")
#: a paragraph's last sentence announcing a comment: "… gave a significant comment to the findings."
GAVE_COMMENT_RE = re.compile(r"\s(?:gave|made|delivered|offered|issued)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}"
                             r"(?:comment|statement|speech|tribute|apology|response|message|warning)s?\b")
#: a sentence that only introduces that statement: "The statement reads:" ("said" and "stated" are
#: cue words already, read as the statement's through `statement_author`)
STATEMENT_READS_RE = re.compile(r"\s*(?P<np>(?:The|Its|His|Her|Their)\s+(?:full\s+)?(?:statement|letter))\s+"
                                r"(?:in\s+full\s+)?(?P<verb>reads|read)\s*:")
#: "according to a prepared statement from …": a statement, then whose it is
ACCORDING_STATEMENT_RE = re.compile(r"\s+(?:a|an|the|its)\s+(?:[a-z-]+\s+)?(?:statement|news\s+release|press\s+release|release)\s+(?:from|by|issued\s+by)\s")
#: "In a statement from Lycos Europe, …" opening a sentence: the source it names
SOURCE_BEFORE_RE = re.compile(r"\s*(?:But\s+|And\s+)?[Ii]n\s+(?:a|an|its)\s+(?:statement|letter|announcement|release)\s+"
                              r"(?:issued\s+)?(?:from|by)\s+(?:the\s+)?(?P<name>[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+)*)")
#: "Brent Bozell, PTC president and conservative activist ": a name opening the sentence (or
#: following the quotation it closes), then an apposition ending in a title, or in a title and
#: the body it is held at ("executive director at the Colombo-based Centre for Policy
#: Alternatives "), with no comma to close it
UNCLOSED_APPOS_RE = re.compile(
    rf"\s*(?:[\"“][_\s,.!?-]*[\"”]\s*)?(?:(?:But|And|Meanwhile),?\s+)?(?P<run>{NAME_RUN}),\s+(?!(?:his|her|their|its|our|my)\s)(?:(?:the|a|an)\s+)?(?:[\w&’'-]+\s+){{0,6}}?(?:"
    + TITLE_HEAD_ALTERNATION
    + r")(?P<body>\s+(?:of|at|for|with)\s+(?:the\s+)?(?:[A-Z][\w-]*-based\s+)?[A-Z][\w&’'.-]*"
    r"(?:\s+(?:of\s+the|for\s+the|of|for|and|&|[A-Z][\w&’'.-]*))*(?:\s+\([A-Z][\w&]*\))?)?\s+")
#: a capitalised word after "and" in a lost-comma apposition's body: "of the Labour Party and Jeremy"
BODY_JOINS_PERSON_RE = re.compile(r"\s(?:and|&)\s+([A-Z][a-z]+)")
#: a capitalised title of an organization: "Secretary General of Council for Mosques"
TITLE_OF_ORG_RE = re.compile(r"(?P<title>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+(?:of|for|in)\s+(?:the\s+)?(?P<org>[A-Z].*)")
#: the same in lower case, perhaps with what the body is: "chief executive of industry body Salmon Scotland"
LOWER_TITLE_OF_ORG_RE = re.compile(r"(?P<title>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
                                   r"(?:\s+(?:responsible\s+)?for\s+(?:[\w&’'-]+\s+){0,4}?[\w&’'-]+)?)\s+(?:of|at)\s+(?:the\s+)?"
                                   r"(?P<described>(?:[a-z][\w-]*\s+){0,2})(?P<org>[A-Z].*)")


def names_lower_office(title: str) -> bool:
    """Lower-case words that name an office: a role's word last, or before the office's domain
    ("head of communications"; "cabinet member for registration", a member of a body)."""
    words = title.lower().split()
    at = next((k for k, w in enumerate(words) if w in ("of", "for") and k > 0), len(words))
    return words[at - 1] in TITLE_HEADS or (words[at - 1] == "member" and at < len(words))


def names_office(title: str) -> bool:
    """Capitalised words that name an office: a role's word last ("Chief Executive", "Unite
    Convenor")."""
    words = title.split()
    return words[-1].lower() in TITLE_HEADS or words[-1] in CAPITALISED_ROLES


#: "Jeff Joseph, from the Consumer Electronics Association (CEA) ": a person's name opening the
#: sentence, then the organization they are from, with no comma to close the apposition
UNCLOSED_AFFILIATION_RE = re.compile(
    rf"\s*(?:[\"“][_\s,.!?-]*[\"”]\s*)?(?:(?:But|And|Meanwhile),?\s+)?(?P<run>{NAME_RUN}),\s+(?:(?:from|of|at)\s+)?(?:the\s+)?"
    r"(?P<org>[A-Z][\w&’'.-]*(?:\s+(?:of\s+the|for\s+the|of|for|and|&|[A-Z][\w&’'.-]*))*)(?:\s+\([A-Z][\w&]*\))?\s+")
#: a statement and whom it is from, right before its verb ("A statement from the Air Line Pilots
#: Association, which represents the pilots,")
STATEMENT_FROM_END_RE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:joint|written|brief|short)\s+)?(?:statement|(?:news\s+|press\s+)?release)\s+"
    rf"(?:from|by|issued\s+by)\s+(?:the\s+)?(?P<run>{NAME_RUN})(?:\s*,\s+(?:which|who)\s+[^,;:]{{3,80}},)?$")
#: a name, then its apposition with an article ("Brenda Binczewski, a Realtor at Carlson Real Estate")
DESCRIBED_NAME_END_RE = re.compile(rf"(?P<run>{NAME_RUN}),\s+(?:a|an|the)\s+[^,;:\"“”]{{2,80}}$")
#: a person's name, then the body they are with, ending in lower case ("Bob Couture with the
#: municipality", "John Gorle of the Usdaw union")
MEMBER_OF_BODY_IN_PLACE_END_RE = re.compile(
    rf"(?P<run>{NAME_RUN})\s+(?:of|with|from|at)\s+the\s+(?:[A-Za-z][\w’'&-]*\s+){{1,5}}"
    r"(?:office|branch|bureau|station|headquarters|laboratory|lab|unit|team|campus)\s+in\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}$")
MEMBER_OF_BODY_END_RE = re.compile(rf"(?P<run>{NAME_RUN})\s+(?:of|with|from|at)\s+the\s+(?:[A-Za-z][\w-]*\s+){{0,4}}[a-z][\w-]*$")
#: a sentence opening with "the" and an organization's noun, then a restrictive relative clause
#: up to the verb ("The association which represents over 10,000 gardaí")
RESTRICTIVE_SUBJECT_RE = re.compile(
    r"\s*(?:(?:But|And)\s+)?(?P<np>[Tt]he\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*)\s+(?:which|that)\s+(?:[^,;:\"“”]|(?<=\d),(?=\d)){3,120}$")
#: "The 28-year-old host who also presents Stars In Their Eyes": a noun, then a relative clause
#: with no commas whose object is a name, right before the cue
RELATIVE_OBJECT_END_RE = re.compile(
    r"(?:^|\s)(?P<head>[Tt]he\s+(?:[\w-]+\s+){0,4}?[a-z][\w-]*)\s+who\s+(?:[a-z][\w'’-]*\s+){1,4}"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")
#: a sentence whose subject is a pronoun: "She will now meet Venus Williams."
PRONOUN_LEAD_RE = re.compile(r"\s*(?:(?:But|And|So|Then|Now)\s+)?(?:He|She)\s+[a-z]")
#: a sentence's opening words up to the company's description: "Video game ", "German "
DESCRIBED_ORG_LEAD_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[\w’'-]+\s+){0,4}$")
PREPOSITION_WORD_RE = re.compile(r"\b(?:from|by|of|at|with|for|to|in|on|against|like|than|and|or)\b", re.I)
#: "the Waterford man", "the Spurs sporting director", "the two-time Academy Award winner"
REPORTED_DESCRIPTION_RE = re.compile(r"the\s+(?P<body>(?:[\w’'-]+\s+){0,4}?)(?P<head>[a-z][\w-]*)")
HONORIFIC_LEAD_RE = re.compile(r"(?:Most\s+|Right\s+|Rt\.?\s+)?(?:Rev(?:erend)?|Hon(?:ourable)?|Very\s+Rev(?:erend)?)\.?\s")
#: roles that describe a person rather than an office one holds: "the defender", "the singer"
DESCRIPTIVE_ROLES = {"defender", "striker", "midfielder", "goalkeeper", "winger", "player", "star",
                     "singer", "actor", "actress", "champion", "skipper", "captain", "veteran", "writer",
                     "novelist", "author", "rapper", "comedian", "musician", "batsman", "bowler",
                     "fly-half", "scrum-half", "full-back", "quarterback", "entrepreneur", "designer",
                     "holder", "seed", "athlete", "prop", "flanker", "sprinter", "hurdler", "jockey", "golfer", "cyclist", "swimmer", "politician",
                     "opener", "all-rounder", "spinner", "paceman", "seamer", "wicketkeeper", "batter"}
#: "…, said the Committee." — a capitalised subject after the cue, and little else before the end
RIGHT_SUBJECT_HEAD_RE = re.compile(r"\s+(?:the\s+)?[A-Z]")
#: a name's office between commas, the body's name after it: ", Chief Executive, "
TITLE_COMMAS_BEFORE_RE = re.compile(r"[A-Z][\w’'-]+,\s+(?P<title>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*),\s+$")
#: a relative clause of lower-case words right before the verb, with no commas: " who witnessed the event "
WHO_CLAUSE_END_RE = re.compile(r"(?<=[A-Za-z])\s+who\s+(?:[a-z][\w’'-]*\s+){1,10}$")
#: a possessive word, and the heads after one that speak themselves: "Ellie Smith from Hull's
#: mother told" is the mother (but "from Ormoc's disaster office told" is the person from it)
POSSESSIVE_WORD_RE = re.compile(r"\w['’]s?\s")
OWNED_SPEAKER_HEADS = TITLE_HEADS | COLLECTIVE_HEADS | {
    "mother", "father", "family", "wife", "husband", "son", "daughter", "sister", "brother", "parents", "relatives",
    "management", "team", "camp", "representatives", "agent", "lawyers"}
#: a sentence opening on a two-word name, then where the person is from: "Ciriaco Tolibao from "
UNREAD_NAME_LEAD_RE = re.compile(r"\s*(?P<run>[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+)\s+(?:from|with)\s")
#: the second word of an Irish body's name after its article "An": "An Post", "An Garda Síochána"
IRISH_AN_BODIES = {"Post", "Garda", "Bord", "Taisce", "Chomhairle", "Roinn", "Coimisiún"}
#: a two-word name, then "of" the body whose name follows: "Noel Wathion of the "
NAME_OF_BEFORE_RE = re.compile(r"(?P<name>[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\s+(?:of|at|from)\s+(?:the\s+)?$")
#: a subject that is an office in an organization, opening the sentence or right after a quotation
OFFICE_OF_END_RE = re.compile(
    r"(?:^|(?<=[”\"]\s))(?P<np>[Tt]he\s+(?:[a-z-]+\s+){0,3}?(?P<head>[a-z-]+)\s+(?:of|at)\s+"
    r"(?P<org>(?:[\w’'&.-]+\s+){0,5}?[\w’'&.-]+))\s*$")
#: what an event's name ends with: no company, though "International" may open it
EVENT_NAMES = EVENT_WORDS | {"show", "exhibition", "fair", "expo", "conference", "summit"}
#: titles a monarch or a pope is styled by before a first name alone ("King Michael", "Pope John")
MONARCH_TITLES = {"king", "queen", "prince", "princess", "pope", "emperor", "empress", "sultan", "tsar", "emir", "shah"}
#: a verb right after a name that a firm's descriptor precedes: a clause about the person ("the oil
#: firm Roman Abramovich built up"), not the firm's name
DEFINITE_DESCRIPTOR_RE = re.compile(r"\b(?:the|a|an)(?:\s+[a-z-]+)*$")
CONTACT_CLAUSE_RE = re.compile(r"\s+(?!(?:is|was|has|had|said|says|will|would|and|of|in)\b)[a-z]")
#: one person's relatives, as news copy names them ("her grandfather", "the eldest daughter of")
RELATIVES = (r"(?:grand|step)?(?:father|mother|son|daughter|child|children|parents?)|husband|wife|widow(?:er)?|"
             r"brother|sister|cousin|uncle|aunt|nephew|niece")
#: a relative, a death or a court after a name: someone else of that surname may speak next
KIN_RE = re.compile(
    rf"\b(?:{RELATIVES}|relatives|relative(?!\s+(?!(?:of|who|told|spoke|wrote|paid|gave|took|went|came|made|broke|sent|left|found|felt|kept|said|is|also|later|previously|earlier|then|reportedly|recently|once)\b)[a-z]+(?<!ed)(?<!s)\b)|family|died|dead|death|killed|inquest|funeral|"
    r"tributes|jailed|guilty|court|trial)\b")  # (not "the relative confidence", an adjective)
ORG_BODY_RE = re.compile(r"((?:[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*){0,3})")  # "Holcim", "Royal Mail"
DOCUMENT_END_RE = re.compile(r"[.!?]?[\"”’']?\s*$")  # (not "said the report's author Professor John Britton")
INVERTED_DOCUMENT_RE = re.compile(r"\s+the\s+(?:[a-z-]+\s+)?(?P<head>report|study|survey|research|analysis|review|paper)\b")
SHORT_END_RE = re.compile(r"(?:\s*,?\s*(?:[\w’'.-]+\s*){0,6})?[.!?]?[\"”’']?\s*$")
#: "The 28-year-old world number one", "The 55-year-old Frenchman", "the ex-Wallaby" right before a cue
AGE_DESCRIPTION_END_RE = re.compile(
    r"(?:^|(?<=\s))[Tt]he\s+(?:\d+-year-old(?:\s+[a-z][\w-]*){0,3}\s+(?:[a-z][\w-]*|[A-Z][a-z]+(?:man|ian|an|er|ese|i))"
    r"|(?:ex-|former\s+)[A-Z][\w-]+)$")
#: "Asked if Mr Blunkett could return, he replied": the participle's subject is the pronoun's,
#: and a name inside the fronted phrase is its object
PARTICIPLE_LEAD_RE = re.compile(r"\s*(?:(?:But|And|Yet|So),?\s+)?(?:Speaking|Asked|Answering|Responding|Addressing|Writing|Pressed|Questioned)\b")
#: a sentence opening with a subordinate clause or phrase, whose subject "he" may name after its comma
SUBORDINATE_LEAD_RE = re.compile(
    r"\s*(?:(?:But|And|Yet|So),?\s+)?(?:When|Whenever|After|Before|As|While|Although|Though|Since|If|Once|Until|"
    r"Because|Speaking|Asked|Answering|Responding|Addressing|Writing|In|At|On|During|Following|Despite|With)\b")
#: people named as examples ("the likes of Jonny Wilkinson and Brian O'Driscoll")
OWNED_NAME_RE = re.compile(rf"\s+(?:the\s+)?(?P<owner>{NAME_RUN})['’]s\s+(?:(?P<title>(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*"
                           # (a capitalised title only before a comma: "CCIA Europe’s Senior Policy Manager, Boniface de Champris")
                           r"|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?=,\s))(?:,\s+|\s+))?"
                           rf"(?P<run>(?:{HONORIFIC_RE}\s+)?{NAME_RUN})(?=\s*(?:[,.;:!?]|$)|\s+(?:to|on|in|at|during)\s+[a-z])")
# ("said Smith's attorney, John Doe", "the CDC's Dr. Kathleen Dooling", "says France's Culture Minister
# Rachida Dati to the French channel TF1")
#: after an inverted cue: an organization's (or a person's) title holder, unnamed ("the NHL's
#: deputy commissioner", "the company's chief executive")
OWNED_ROLE_RE = re.compile(rf"^\s*(?P<run>(?:the\s+)?[A-Z][\w.&-]*['’]s\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{TITLE_HEAD_ALTERNATION}|lead))"
                           + RIGHT_SUBJECT_END)
#: a speech verb opening a sentence, before its subject ("Added National Association of Manufacturers
#: President Jay Timmons, “…”")
OPENING_CUE_RE = re.compile(r"\s*(?P<verb>Added|Adds|Said|Says|Explained|Explains|Noted|Notes|Continued|Continues)(?=\s+(?:[A-Z]|the\s+[a-z]))")
#: after an inverted cue: a name, then a description of it that lacks its comma ("said Talley an oceanographer.")
UNSET_APPOSITION_RE = re.compile(rf"\s+(?P<run>{NAME_RUN})\s+(?:an?|the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}\s*[.!?]?\s*$")
#: after an inverted cue: a lower-case description of the speaker, a comma, then their name ending
#: the sentence ("said one of their lawyers, Michalis Dimitrakopoulos.", "said his agent, Jon Smith.")
DESCRIBED_NAME_RE = re.compile(
    rf"\s+(?:(?:one\s+of\s+|an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)[a-z][\w’'\s-]{{2,60}}?|"
    rf"(?:[a-z][\w’'-]*\s+){{0,3}}(?:{TITLE_HEAD_ALTERNATION})"  # (or a bare role: "pleaded housing advocate, Christine Brice",
    r"|"
    rf"(?:[A-Z][\w’'&-]*\s+){{0,3}}(?i:{TITLE_HEAD_ALTERNATION})|"  # (or capitalised: "said Chief Executive, Melba Green")
    # (or a capitalised office of a body: "said the Director General of the European Space Agency (ESA), Joseph Aschbacher")
    rf"the\s+(?:[A-Z][\w-]*\s+){{0,2}}(?i:{TITLE_HEAD_ALTERNATION})\s+of\s+[\w’'\s-]{{2,60}}?(?:\s+\([A-Z]{{2,8}}\))?)"
    rf",\s+"
    rf"(?:(?:{RANK_ALTERNATION})\.\s+){{0,2}}(?P<run>{NAME_RUN})"
    r"(?:\s*\([^()]{1,30}\))?(?:\s*[.!?]?\s*$|,\s)")  # (and a party tag: "Luis Alejo (D-Watsonville)"; or a
# closing comma before the rest: "said the interior minister of Hesse, Peter Beuth, after the meeting")
#: after "according to": a description, then the name set beside it, then the reported clause
ACCORDING_DESCRIBED_RE = re.compile(
    rf"\s+(?:the|an?|his|her|their|its)\s+(?P<desc>[a-z][^,“”\"()]{{2,70}}?),\s+(?P<run>{NAME_RUN}),\s")
EXAMPLE_LEAD_RE = re.compile(r"\b(?:the\s+likes\s+of|such\s+as|including|like)\s+$")
EXAMPLE_CHAIN_RE = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+")
#: verbs that report an act with an object as often as speech ("announced his attendance")
REPORT_ACT_VERBS = {"announced", "announces", "revealed", "reveals", "reported", "reports", "confirmed", "confirms",
                    "noted", "notes", "added", "adds", "wrote", "writes", "estimated", "estimates", "predicted",
                    "predicts", "recommended", "recommends", "concluded", "concludes", "maintained", "maintains",
                    "acknowledged", "acknowledges", "disclosed", "discloses"}
#: what makes such a verb speech: "that", a colon or a quotation right after it
REPORT_OPENS_RE = re.compile(r"\s*(?:that\b|:|,?\s*[\"“‘'])")
#: "and" or "or" right before a name: the second of two
COORDINATOR_END_RE = re.compile(r"(?:\band|\bor|&)\s+$")
#: "of" or "to" right before a name: the object of a relation ("the widow of", "a source close to")
RELATION_OBJECT_END_RE = re.compile(
    r"\b(?:of|(?<!\bwrote\s)(?<!\bwrites\s)(?<!\bspoke\s)(?<!\btalked\s)(?<!\breplied\s)(?<!\bsent\s)to)\s+(?:the\s+)?(?:late\s+)?" + PLACE_PART + "$")
#: what follows "continued" when it is no speech verb: "to invest", "working" (not "to reporters",
#: "to the committee", "to applause", "during")
CONTINUED_ACTIVITY_RE = re.compile(
    r"\s+(?:to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me|applause|"
    r"cheers|laughter|reporters|journalists|delegates|members|supporters|fans|guests|cameras)\b)[a-z]+\b(?![’'-])"
    r"|(?!during\b|according\b)[a-z]+ing\b)")
#: after a name, the noun that makes it an organization: "Titan corporation", ", a leading German
#: insurer", ", the California-based defence contractor" (no preposition or possessive on the way)
ORG_APPOSITION_RE = re.compile(
    r"(?:['’]s)?(?:\s+(?P<head>corporation|company|group|firm)\b|,\s+(?:a|an|the)\s+"
    r"(?:(?!(?:of|for|at|in|with|from|to|and|by|on)\b)[\w-]+\s+){0,5}?(?P<head2>[a-z][\w-]*)(?=\s*[,.;)]|\s+(?:which|that|based|with)\b))")
#: the nouns that, right before a name, say it is an organization's ("oil firm Yukos")
ORG_DESCRIPTOR_WORDS = frozenset(COMPANY_DESCRIPTORS | ORG_HEADS | {
    "manufacturer", "engine", "contractor", "provider", "service", "site", "chain", "brand", "label", "studio",
    "developer", "corporation"})
#: not a firm's results after "reported": "Metro reported weaker sales"
NOT_RESULTS = r"(?!\s+(?:a|an|its|weaker|stronger|higher|lower|record|net|profits?|sales|revenues?|losses?|earnings|results)\b)"
#: what a news outlet is called right before its name: "news outlet ", "the news portal "
OUTLET_BEFORE_RE = re.compile(r"\b(?:news\s+)?(?:outlet|portal|website|agency|newspaper|tabloid)\s+$")
#: an agent or source, then a title, right before a name: "by Home Secretary ", "from Tory leader ",
#: "including actor ", "responding to Tory spokesman "
AGENT_WORDS = r"\b(?:by|from|including|(?:responding|replying|reacting)\s+to)\s+"
TITLED_AGENT_END_RE = re.compile(AGENT_WORDS + r"(?:[A-Z][\w.&-]*\s+){0,3}(?:[a-z][\w-]*\s+)?(?P<title>[A-Za-z][\w-]*)\s+$")
AGENT_END_RE = re.compile(AGENT_WORDS + "$")
#: ", who" and the rest of an open relative clause up to the end: no comma, dash or full stop closes it
RELATIVE_OPEN_RE = re.compile(r",\s*who\b[^,;:.!?—–]*$")
#: " who" right after a name, no comma: "actor George C Scott who said"
BARE_WHO_END_RE = re.compile(r"(?<=[a-z])\s+who$")
#: "…, who" / "… — who" right before a cue: a relative clause whose subject is the noun before
RELATIVE_END_RE = re.compile(r"\s*[,—–-]\s*(?P<pronoun>who|which)$")
#: "…, the son of actor Michael Douglas, who said his son had …": the clause speaks of the relative,
#: so "who" is the one the apposition names
KIN_BACK_RE = re.compile(rf"\b(?:his|her|their)\s+(?:{RELATIVES})\b")
KIN_CLAUSE_RE = re.compile(r"\s+(?!(?:in|on|at|after|before|during|shortly|when|while|last|to|of|from|yesterday)\b)(?:that\s+)?[a-z]")
#: "Name, the eldest daughter of ex-King Michael of Romania" right before ", who": a relation of
#: someone else, in apposition to the name
KIN_APPOSITION_END_RE = re.compile(
    rf"(?P<run>{NAME_RUN}(?:\s+of\s+{NAME_RUN})?),\s+(?:the|his|her)\s+(?:[a-z-]+\s+){{0,2}}(?:{RELATIVES}|girlfriend|boyfriend|fiancée?)"
    rf"\s+of\s+[^,;:]{{1,60}}$")
#: "said in a statement", "said in a letter to …", "said in an emailed statement"
STATEMENT_AFTER_RE = re.compile(r"\s+(?:on\s+\w+\s+)?(?:in|through)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|release|bulletin)\b")
#: a statement opening the sentence whose subject then speaks: "In a statement issued late Tuesday, "
IN_STATEMENT_LEAD_RE = re.compile(r"\s*In\s+(?:an?|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|release)\b[^,.;:]{0,60},?\s*")
#: what "the statement" or "the release" may stand for, said later
STATEMENT_HEADS = ("statement", "letter", "release", "bulletin")
#: a discourse adverb set off by commas between the subject and its verb
DISCOURSE_TAIL_RE = re.compile(
    r"\s*,\s*(?:however|meanwhile|though|too|also|in\s+turn|instead|moreover|nevertheless|"
    r"for\s+(?:its|his|her|their)\s+part|in\s+response|in\s+contrast|"
    r"in\s+(?:a|an|his|her|their|its)\s+(?:[a-z-]+\s+)?(?:statement|interview|email|e-mail|letter|post|tweet|speech))\s*,\s*$")
#: where the subject spoke, set off by a comma the copy never closed
UNCLOSED_SETTING_TAIL_RE = re.compile(
    r"\s*,\s*(?:in|at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:briefing|press\s+conference|news\s+conference|interview|statement|speech)"
    r"(?:\s+(?:on|in|at)\s+[\w-]+){0,2}\s*$"
    # ("WhatsApp in a statement on Twitter said": the platform is no subject)
    r"|(?<=[\w.])\s+in\s+(?:a|an|its|his|her|their)\s+(?:[a-z-]+\s+)?(?:statement|post|tweet|message|video)"
    r"\s+(?:on|to|via)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s*$"
    # ("Janey in the statement said")
    r"|(?<=[A-Za-z])\s+in\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z-]+\s+)?(?:statement|letter|e-?mail|interview)\s*$")
PAREN_ACRONYM_RE = re.compile(r"\s*\([A-Z][A-Za-z&]{1,9}\)")
ACRONYM_PAREN_END_RE = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)$")
#: a conjunction after a comma: the name after it opens a clause of its own ("…, but Mourinho …")
CLAUSE_JOIN_RE = re.compile(r"\s*(?:but|and|yet|so|while|whereas|although|though)\b")
#: a country's possessive or a nationality right before a name: "Kazakhstan's ", "Kazakh "
OWNER_OR_DEMONYM_END_RE = re.compile(r"\b(?P<word>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)(?:['’]s)?[^\S\n]+$")
#: an office of an organization, capitalised: "The Chief of Police", "Director of Public Works"
OFFICE_OF_ORG_RE = re.compile(r"(?:[Tt]he\s+)?(?P<head>[A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?(?P<domain>[A-Z].*)")
#: what follows a dateline in capitals: ", Mich. —", " (AP) —", " —"
DATELINE_AFTER_RE = re.compile(r"(?:,\s*[A-Z][\w.]*\.?(?:\s+[A-Z][\w.]*)?)?\s*(?:\([A-Z]+\)\s*)?[—–-]")
#: a politician described by party: "the Kentucky Republican", "the Democrat", "the freshman Democrat"
PARTY_MEMBER_RE = re.compile(r"(?:[Tt]he\s+)(?:[a-z]+\s+)?(?P<state>(?:[A-Z][a-z]+\s+){1,2})?(?P<party>Republican|Democrat|Independent)")
#: a place whose name has a particle inside, after a preposition: "in Dar es Salaam", "of Rio de Janeiro"
PARTICLE_PLACE_END_RE = re.compile(
    r"\b(?:in|at|from|near|of)\s+[A-Z][\w’'-]*\s+(?:es|el|al|de|do|dos|du|da|di|del|la|le|sur|upon)\s+[A-Z][\w’'-]*$")
#: a name after a comma that ends the sentence: ", Travis T. Tygart."
COMMA_NAME_END_RE = re.compile(rf",\s+(?P<run>{NAME_RUN})(?=\s*(?:[.!?]|$)|\s+said\b)")  # (or a copy's stray second "said")
#: a sentence opening on someone described by kin: "The first daughter of Prince Akishino,"
KIN_OF_LEAD_RE = re.compile(rf"\s*(?:The|A|An|His|Her|Their)\s+(?:[a-z]+\s+){{0,2}}(?P<kin>{RELATIVES})\s+of\s")
FEMALE_KIN_RE = re.compile(r"(?:grand|step)?(?:mother|daughter)|wife|widow|sister|aunt|niece")
#: people named by a plural in capitals, none of them by name: "Residents of …", "Stewards"
PEOPLE_PLURALS = frozenset(
    {h for h in COLLECTIVE_HEADS if h.endswith("s") and h not in ("sides", "groups", "police", "gardaí", "gardai", "others",
                                                                   "ministers", "mps", "leaders", "users")}
    | set("""stewards villagers survivors nurses passengers protestors rescuers firefighters volunteers shoppers
    customers farmers fishermen miners pilots drivers commuters tenants paramedics proponents participants
    attendees spectators visitors runners onlookers""".split()))
#: those of them that are "of" a place: "Residents of the British Virgin Islands"
INHABITANTS = {"residents", "locals", "villagers", "families", "relatives", "parents", "neighbours", "neighbors",
               "members", "workers", "staff", "employees", "fans", "supporters", "passengers"}
#: what a national body does, before its country's name: "Public Health England", "Sport England"
NATIONAL_BODY_WORDS = frozenset("""public health sport tennis cycling swimming rugby athletics golf hockey netball
    cricket football basketball rowing sailing boxing police visit tourism historic natural arts transport water
    energy nature heritage education skills business trade invest enterprise homes housing statistics environment
    food safety standards fire rescue ambulance team""".split())
#: the word before "group" that makes it a group's name: "the Anti-Phishing Working group"
NAMED_GROUP_WORDS = {"Working", "Study", "Action", "Advisory", "Steering", "Research", "Support", "Pressure",
                     "Campaign", "Contact", "Expert", "Parliamentary", "Lobby", "Interest"}
#: a dateline's last word in capitals, then the sentence's first word: "CHINA The ", "FINLAND On "
CAPITALS_DATELINE_LEAD_RE = re.compile(r"(?:[A-Z]{3,}\s+)+(?:The|On|In|At|A|An)(?:\s+|$)")
#: a US politician's party and state: "D-New Mexico", "R-Texas"
PARTY_STATE_RE = re.compile(r"[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?")
#: a name with its US party: "Dale Sutter (R-Ky.)", "Jo Ames, D-Ore.,", "Jo Ames, an Oregon Democrat,"
PARTY_TAGGED_NAME_RE = re.compile(
    rf"(?P<run>{NAME_RUN})(?:\s*\(\s*(?P<p1>[RDI])-(?P<s1>[A-Z][\w. ]*?)\s*\)|,\s+(?P<p2>[RDI])-(?P<s2>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?=[,.;\s])"
    r"|,\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+)?(?P<s3>(?:[A-Z][a-z]+\s+){0,2})(?P<p3>Republican|Democrat|Independent))")
#: words a document or sign gives, after the quotation: "“…,” read the letter", "“…,” the sign read"
_READ_NP = (r"(?P<np>(?:the|a|an|one)\s+(?:[\w-]+\s+){0,2}?(?P<head>letter|statement|note|message|email|memo|sign|"
            r"banner|placard|post|tweet|notice))\b")
READ_DOCUMENT_RES = (re.compile(r"[\"”’'][ \t]*,?\s*(?P<verb>read)\s+" + _READ_NP),
                     re.compile(r"[\"”’'][ \t]*,?\s*" + _READ_NP + r"\s+(?P<verb>read)\b"))
#: whom a document just named is from: " from AOSIS chair, …", "the following statement from Tasneem Essop"
FROM_SOURCE_RE = re.compile(r"\s+(?:from|by)(?=\s+[A-Z])")
#: who signed a document just named: ", which was signed by John Morton, director of …"
SIGNED_BY_RE = re.compile(rf",?\s+(?:(?:which|that)\s+(?:was|is)\s+)?signed\s+by\s+(?P<run>{NAME_RUN})(?=\s*(?:[,.;]|$))")
#: a sentence opening on someone's words, a colon and the quotation: "His message to the
#: chancellor was: “…”", "Her reply was:", "His answer:"
OWNED_WORDS_RE = re.compile(r"\s*(?P<pronoun>His|Her)\s+(?P<noun>message|reply|response|answer|advice|verdict|warning|plea)"
                            r"(?:\s+(?:to|for)\s+[^:,;\"“”]{1,60}?)?(?:\s+(?:was|is))?\s*:\s*[\"“‘']")
#: a fronted participle phrase, whose object is no subject: "Asked about Brian Lara, …"
FRONTED_PARTICIPLE_RE = re.compile(r"\s*(?:(?:But|And|So),?\s+)?(?:Asked|Speaking|Talking|Referring|Commenting|"
                                   r"Responding|Reacting|Writing|Replying|Pressed)\s+(?:[a-z]+\s+){0,3}$")
#: "former" before an office: "the former United Nations official" is one of the United Nations
FORMER_RE = re.compile(r"^(?:former|ex-)\s*")
#: a document someone else wrote, read out: "read a statement from the victim's mother"
STATEMENT_FROM_RE = re.compile(r"\b(?:statement|letter|message)\s+(?:from|by|written\s+by)\b")
#: a death: the relative it happened to speaks no more ("was killed in the crash", "died in 2019")
DIED_RE = re.compile(r"\b(?:died|dies|was\s+killed|were\s+killed|was\s+murdered|was\s+shot\s+dead|passed\s+away|is\s+buried|was\s+buried)\b")
#: relatives a text introduces by first name ("his wife Jane", "Edwards' sister Rachel")
#: what a subject blamed, in its own quoted words: the quotation right after the verb, or after a
#: few words with no comma or relative clause ("blamed the “operating flaws” at its mines")
BLAMED_WORDS_RE = re.compile(r"(?:\s+(?!who\b|which\b|that\b)[\w’'-]+){0,4}?\s*[\"“‘'_]")
#: people someone has who are not kin: "Rothstein's roommate and friend Sasan Saadat"
COMPANIONS = {"friend", "roommate", "flatmate", "housemate", "neighbour", "neighbor", "colleague", "classmate", "teammate"}
KIN_NOUNS = {"wife", "husband", "widow", "widower", "sister", "brother", "daughter", "son", "mother", "father",
             "girlfriend", "boyfriend", "fiancee", "fiancé", "fiancée", "partner", "aunt", "uncle", "niece", "nephew"}
#: a subordinate clause a sentence opens on, whose subject is not the sentence's ("When Carson died, …")
FRONTED_CLAUSE_RE = re.compile(r"\s*(?:(?:But|And|Yet|So),?\s+)?(?:When|Whenever|After|Before|While|Although|Though|Since|"
                               r"If|Once|Until|Because)\s+")
#: a main clause whose subject is a name or title, not a pronoun taking up the fronted clause's
NAMED_MAIN_CLAUSE_RE = re.compile(r"\s+(?!(?:He|She|It|They|We|I|His|Her|Its|Their|This|That|These|Those|There|The)\b)[A-Z]")
#: a sentence opening on a name and its verb: it has its subject ("Piers Freelove is …")
NAMED_CLAUSE_RE = re.compile(r"\s*(?:[A-Z][\w’'-]+\s+){1,3}(?:is|was|has|had|will|would|said|says)\b")
#: "by " right before a noun phrase: the agent of a participle, not a subject ("contacted by X")
AGENT_BY_RE = re.compile(r"\bby\s+$")
#: a segment ending in where something is ("… a terminal in Elizabeth"), so the capitalised
#: segment after its comma is the region the place is in ("…, New Jersey,")
IN_PLACE_END_RE = re.compile(rf"\b(?:in|near|outside|at|from)\s+(?P<place>{NAME_RUN})$")
#: a segment ending in a street ("of West Stephenson Street"): the capitalised segment after
#: its comma is the town
ADDRESS_END_RE = re.compile(r"\b(?:of|on|in|at|from)\s+(?:\d+\s+)?(?:[A-Z][\w'’-]*\s+){1,3}"
                            r"(?:Street|Road|Avenue|Lane|Drive|Close|Terrace|Crescent|Gardens|Grove|Boulevard)$")
#: a preposition right before a name: the name is its object, no subject
PLACE_PREPOSITION_RE = re.compile(r"\b(?:from|in|of|at|near|to|with|by|for|against|about)\s+$")
#: where something was said, right before the name read: "on Twitter", "via Instagram"
PLATFORM_BEFORE_RE = re.compile(r"\b(?:on|via)\s+$")
#: people on a platform as a sentence's subject: "Fans on Twitter", "Many on Facebook"
PEOPLE_ON_PLATFORM_RE = re.compile(r"(?P<who>[A-Z][a-z]+)\s+on\s+[A-Z][\w.]+")
#: a place after "in" and a comma, right before the name read: "in Wolverhampton, Sheffield"
LISTED_PLACE_BEFORE_RE = re.compile(r"\bin\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,\s+$")
#: a name opening the next sentence, then its verb ("Herve Gaymard said he would …")
NEXT_SUBJECT_RE = re.compile(rf"[\"”’']?\s*(?P<run>{NAME_RUN})\s+(?:also\s+)?(?:{SPEECH_VERBS})\b")
#: a sentence that opens with a name, then a phrase of where or with whom, right up to its verb
OPENING_NAME_PP_RE = re.compile(
    rf"\s*(?:(?:But|And)\s+)?(?P<run>{NAME_RUN})\s+(?:at|during|after|with|speaking\s+(?:at|to|on))\s+"
    r"(?P<pp>[^,;:.!?\"“”_]{3,120}?)\s*$")
#: what makes a phrase a clause: a verb, a relative or a conjunction
PP_VERB_RE = re.compile(r"\b(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|who|which|that|and|but|or)\b")
#: an organization named by a possessive: "the Secretary of State’s Office"
POSSESSIVE_ORG_RUN_RE = re.compile(
    rf"(?:[Tt]he\s+)?(?:[A-Z][\w.]*\s+(?:of\s+|for\s+)?)*[A-Z][\w.]*['’]s\s+(?:{POSSESSIVE_ORG_HEADS})")
#: offices that lead a country, as "the Cuban leader" describes their holder
HEAD_OF_STATE_WORDS = frozenset({"president", "premier", "chancellor", "prime"})
#: hyphenated adjectives before an organization's name in a description ("the right-wing Likud party boss")
LOWER_LEAD_RE = re.compile(r"^(?:[a-z]+-[a-z]+\s+)+")
#: a title's lower-case words after an organization's name, then the holder's name: " head coach Hugo Broos"
TITLE_THEN_NAME_RE = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{TITLE_HEAD_ALTERNATION})\s+(?P<run>{NAME_RUN})")
#: "The prosecutor, Sue Hemming, emphasized": a noun, then the name of whom it means, set off
NAMED_AS_NEXT_RE = re.compile(rf"\s*(?:But\s+|And\s+)?[Tt]he\s+(?:[\w’'-]+\s+){{0,3}}?(?P<head>[a-z]+),\s+(?P<run>{NAME_RUN}),")
#: a name opening a clause, an apposition or relative clause after it, then a lower-case verb
CLAUSE_HEAD_NAME_RE = re.compile(
    rf"\s*(?P<run>{NAME_RUN})(?P<appos>\s*,\s*(?:who|which|whose|a|an|the|his|her|its|[0-9]+)\b[^,;:\"“”_]{{0,150}},)?"
    r"\s+(?!(?:and|or|but|of|in|on|at|for|to|from|with|by)\b)[a-z]")
#: "… the attack and" before a cue: a second verb of the same subject ("X condemned … and said";
#: "X has picked up 12 tickets - clocking up £400 in fines - and claims")
COORDINATED_VP_RE = re.compile(r"(?:[a-z0-9,”\"’']|\s[-–—])\s+(?:and|but)(?:\s+(?:also|then|later|later\s+also))?(?:\s+(?:has|have|had|did|does))?$")
#: a fronted phrase before the subject ("In Washington, ", "On Tuesday, ", "But ")
FRONTED_RE = re.compile(r"\s*(?:(?:But|And|So|Yet|Still|Meanwhile|However),?\s+)?(?:(?:In|On|At|After|Before|During|Earlier|Later|Last|Since|Speaking|Asked|When|Whenever|While|Although|Though|Once|Because|If|Until)\b[^,]{0,60},\s*)?")
RELATIVE_RE = re.compile(r"\b(?:which|who|whom|whose|that)\b")


def _closed_apposition_end(frame: str, start: int, end: int) -> int:
    """Where the apposition closing after a clause's opening name ends ("The National Sheriffs'
    Association, a group that supports Trump,"), else `start`: a relative clause inside it is over."""
    head = CLAUSE_HEAD_NAME_RE.match(frame, start, end)
    return head.end("appos") if head is not None and head.group("appos") else start
#: a verb in the past or present right before a name: the name is its object ("defended Beattie")
#: (not an adjective after an article: "the celebrated Jane Russell")
OBJECT_VERB_BEFORE_RE = re.compile(r"(?<![Tt]he\s)(?<!\b[Aa]\s)(?<![Aa]n\s)\b[a-z]{2,}ed\s+$")
RELATIVE_COMMA_RE = re.compile(r",\s*(?:which|who)\b")
FRONTING_PREPOSITIONS = {"in", "on", "at", "from", "to", "for", "across", "outside", "inside", "near"}
CLAUSE_WORD_RE = re.compile(r"[\w’'.-]+")
AUXILIARIES = {"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could",
               "did", "does", "do", "may", "might", "must", "should", "also", "then", "later"}
AGE_HEAD_RE = re.compile(r"\d+-year-old$|(?:sexa|septua|octo|nona)genarian$")  # ("the septuagenarian said")
#: a masked quotation opening a segment, its opening mark possibly cut off by the look-back window
MASKED_QUOTE_LEAD_RE = re.compile(r"\s*[\"“‘'«]?[_\s.,!?‘’']*_[_\s.,!?‘’']*[\"”’'»]\s*")
MASKED_QUOTE_END_RE = re.compile(r"_[.!?]+[\"”»’']")  # a quotation closing its sentence
MASKED_QUOTE_START_RE = re.compile(r"\s*[\"“‘'«]([_\s.,!?]+)[\"”’'»]")
#: a lower-case noun for what a person does ("enforcer", "center", "defenseman", "columnist"):
#: ROLE_WORD_RE's suffixes without those that end adjectives too ("recent", "pleasant")
ROLE_NOUN_RE = re.compile(r"^[a-z-]{3,}(?:man|woman|er|or|ist)$")
NOT_ROLE_NOUNS = {"former", "other", "under", "over", "after", "never", "either", "neither", "whether", "rather",
                  "later", "earlier", "together", "minor", "major", "senior", "junior", "prior", "another", "further"}
#: prepositions: a name after one is its object, no subject (and words before a name that hold one
#: are a place or a time, no role: "At the recent Consumer Electronics Show")
PREPOSITION_WORDS = frozenset({"at", "in", "on", "of", "for", "from", "with", "by", "to", "into", "during", "after",
                               "before", "near", "outside", "inside", "against", "about", "under", "over"})
#: a preposition whose object is someone the subject acts with or on, a few words before a name:
#: "working hard with mines minister Walter Chidhakwa" (not an office's "of the IOPC")
COMPANION_BEFORE_RE = re.compile(r"\b(?:with|by|against|about|alongside|beside|than)\s+(?:[\w’'-]+\s+){0,4}$")
#: social networks an organization posts on, named after it ("the union's Facebook page")
PLATFORM_WORDS = {"Facebook", "Twitter", "Instagram", "YouTube", "TikTok", "LinkedIn", "Telegram", "WhatsApp"}
#: a platform a sentence opens on, no name ("On Instagram, Chiang responded"; not "To Lam, the general secretary")
FRONTED_PLATFORM_RE = re.compile(r"(?:On|Via|Across)\s+(?:" + "|".join(sorted(PLATFORM_WORDS)) + r")")
#: what a second description of the same person may end in ("… and longtime Trump ally")
ALSO_ROLE_WORDS = frozenset({"ally", "adviser", "advisor", "aide", "friend", "confidant", "supporter", "critic",
                             "veteran"}) | TITLE_HEAD_WORDS
#: a name, "and", then a description with no determiner of its own: the same person
ALSO_DESCRIBED_END_RE = re.compile(
    rf"(?P<run>{NAME_RUN})\s+and\s+(?!(?:his|her|their|its|the|a|an|other|several|two|three)\s)[a-z][\w-]*\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?:{'|'.join(sorted(ALSO_ROLE_WORDS, key=len, reverse=True))})$")
#: a name, then a document it put out, right before its participle: "Nick Counter released a
#: statement saying"; and the word that joins a second name to a first
ISSUER_END_RE = re.compile(rf"(?P<run>{NAME_RUN})\s+(?:(?:has|have|had)\s+)?(?:released|issued|put\s+out|posted|published|sent\s+out)\s*$")
JOINED_BEFORE_RE = re.compile(r"\b(?:and|&)\s+$")
#: a preposition and up to six words of its object, right before a name: the name is no subject
#: a preposition whose object a participle after it does not speak for ("on the IPL saying")
PARTICIPLE_OBJECT_END_RE = re.compile(
    r"\b(?:on|at|against|about|over|into|in|for|of)\s+(?:(?!(?:with|from|by|to)\b)[\w’'-]+\s+){0,6}$")
PREPOSITION_OBJECT_END_RE = re.compile(r"\b(?:" + "|".join(sorted(PREPOSITION_WORDS)) + r")\s+(?:[\w’'-]+\s+){0,6}$")
#: past tenses not ending in -ed, which end a clause's subject as those do
#: (verbs a person or an organization does: "prices rose", "the album came out" are about things)
IRREGULAR_PAST = frozenset("""hit won lost beat made took gave put set cut let struck met led held sent spent brought
    thought sought fought bought saw knew threw kept left found got paid sold stood began broke chose drove shut
    upheld withdrew spoke wrote""".split())
#: words that rank an organization without naming it: "largest", "second-biggest", "leading"
RANKING_WORD_RE = re.compile(r"(?:[a-z]+-)?(?:[a-z]+est|leading|top|main|dominant)")
#: a lone participle and its comma opening a sentence: "Commenting, ", "Speaking, "
LONE_PARTICIPLE_LEAD_RE = re.compile(r"([A-Z][a-z]+ing),\s+(?=[A-Z])")  # (not "Beijing, ": see OPENING_PARTICIPLES)
#: a capitalised office at a body: "Senior Veterinarian for The Florida Aquarium"
TITLE_FOR_ORG_RE = re.compile(r"(?P<title>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s+(?:for|at|of|with)\s+(?:[Tt]he\s+)?(?P<org>[A-Z].*)")
#: the full stop of a firm's legal form right before the cue ("Delta Air Lines Inc. said")
LEGAL_FORM_STOP_RE = re.compile(r"(?:(?<=\sInc)|(?<=\sCorp)|(?<=\sCo)|(?<=\sLtd)|(?<=\sPlc)|(?<=\sLLC))\.\s$")
#: words that qualify an office's head noun: "Chief Executive", "Managing Director"
TITLE_MODIFIERS = {"chief", "executive", "senior", "deputy", "vice", "managing", "general", "assistant", "interim",
                   "acting", "founding", "national", "regional", "policy", "operations", "finance", "programme", "program"}
#: a press release's subject: a name, its office in capitals and the body, the comma closing
#: the apposition missing: "Jerry Grant, Head of Asset Management, Irish Water"
RELEASE_APPOSITION_RE = re.compile(
    r"\s*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}),\s+"
    r"(?P<title>[A-Z][\w-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[A-Z][\w-]*){0,5})"
    r"(?:,\s+|\s+(?:at|of|for)\s+(?:the\s+)?)(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[A-Z][\w&'’.-]*){0,5})")
#: a name, then its office and a comma: "Frances Lawrence CEO, " (a body's name follows)
NAME_TITLE_COMMA_END_RE = re.compile(r"(?:^|(?<=[,.:;]\s))(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
                                     r"\s+(?P<title>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s*,\s*$")
#: what follows "blasted" when it reports words: a colon or a quotation, "that" or "what"
BLASTED_WORDS_RE = re.compile(r"\s*(?::|[\"“‘'])|\s+(?:that|what)\b")
#: a boundary between an earlier cue and a later clause of its own ("…, Mr Albanese continued",
#: "… while the prosecutor continued")
CLAUSE_BREAK_RE = re.compile(r",|\b(?:while|but|whereas|and)\b")
#: "continues to" then a quotation: someone's words for what the subject does
CONTINUED_QUOTE_RE = re.compile(r"\s+to\s+[\"“‘']")
#: someone who speaks for the name after it: "a spokesperson for", "lawyers representing"
AGENT_FOR_END_RE = re.compile(r"\b(spokes(?:man|woman|person|people)|lawyers?|solicitors?|counsel|aides?|representatives?|"
                              r"attorneys?|agents?|advisers?|advisors?)\s+(?:for|representing|acting\s+for|on\s+behalf\s+of)\s+$")
#: what follows a relative's cue when the clause speaks of one person: the client lawyers speak
#: for ("lawyers acting for Phillip Schofield, who said he had been “naive”")
CLIENT_PRONOUN_RE = re.compile(r"\s+(?:that\s+)?(?:he|she)\b")
#: adverbs set off in commas that the role-word ending would take for an office ("however", "later")
SENTENCE_ADVERBS = {"however", "later", "earlier", "moreover", "further", "together", "rather", "never",
                    "whatever", "whenever", "meanwhile", "therefore", "instead", "nevertheless", "though"}
#: words that open a noun phrase describing someone ("his predecessor", "a former teammate")
DESCRIPTION_DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "another", "one"}
#: a name opening the sentence, then its office in lower case between commas: "Malcolm Clark,
#: co-ordinator, " (the body's name follows, perhaps with an owner: "Children’s Food Campaign")
NAME_LOWER_TITLE_END_RE = re.compile(r"(?:^|(?<=[.:;]\s))(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2}),\s+"
                                     r"(?P<title>[a-z][\w-]*(?:\s+(?:[a-z][\w-]*)){0,3}),\s+(?P<owner>[A-Z][\w-]*['’]s\s+)?$")
#: a date between a determiner and its noun: "a Jan. 28 press release", "a 28 January report"
MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATED_NP_RE = re.compile(
    rf"\s+(?:a|an|the|its|their)\s+(?P<date>(?:(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|{MONTH_NAMES})\s+\d{{1,2}}"
    rf"(?:,\s+\d{{4}})?|\d{{1,2}}\s+{MONTH_NAMES})\s+(?=[a-z])")
#: words that make an office someone else's than the one a lede describes
OTHER_HOLDER_WORDS = {"deputy", "shadow", "former", "retired", "opposition"}
#: a lede opening on someone described, not named, who acts: "A coroner has issued …" (not "A
#: headteacher has been banned …": whom the story is about, not who speaks in it)
LEDE_DESCRIBED_RE = re.compile(
    r"\s*(?:A|An|The)\s+(?:[a-z][\w’'-]*\s+){0,3}(?P<head>[a-z]+)\s+(?:(?:has|have|had)\s+(?!been\b)[a-z]+|says|said|warned|warns)\b")
#: a paragraph opening on a person who speaks: "Guy Davies said", "In a statement, Prince Andrew said"
NEXT_PARAGRAPH_SPEAKER_RE = re.compile(
    rf"\s*(?:In\s+a\s+statement,\s+)?(?P<run>{NAME_RUN})\s+(?:has\s+)?(?:said|says|told|tells|added)\b")
#: a one-word body whose members the text counts, or that it calls a union: "members of Unite" (not
#: "members of Congress"), "Unite union leader Sharon Graham", "GMB members" (not "a POWERFUL union")
MEMBERS_OF_RE = re.compile(r"\b[Mm]embers\s+of\s+(?:the\s+)?(?P<name>[A-Z][a-z]{2,})\b"
                           r"(?=[^\S\n]*[,.;:)]|[^\S\n]+(?:at|in|on|and|who|have|has|had|will|were|are|voted|to|from|across)\b)"
                           r"|(?<!\b[Aa][^\S\n])(?<!\b[Aa]n[^\S\n])\b(?P<pre>(?!An?\b)[A-Z][\w-]*[^\S\n]+)?(?P<union>[A-Z][a-z]{2,}|[A-Z]{2,})"
                           r"[^\S\n]+union\b"
                           r"|\b(?P<initials>[A-Z]{2,})[^\S\n]+members\b")
#: a superlative or an owner before "X union": a description ("the largest NHS union", "Britain's NHS union")
DESCRIBED_UNION_BEFORE_RE = re.compile(r"(?:est|['’]s)[^\S\n]+$")
#: bodies of elected members, whose members are no union's
ASSEMBLY_WORDS = _PUBLIC | {"cabinet", "staff", "public", "society", "board", "commons", "lords"}
#: a subject that is a firm's name alone, capitalised words to its legal form ("Delta Air Lines")
FIRM_ALONE_RE = re.compile(r"\s*(?:[A-Z][\w&’'.-]*\s+(?:(?:of|and|&)\s+)?)+[A-Z][a-z]+")
#: a name of two or three words, then "of the" and a body: "Barrie Deas of the National Federation"
PERSON_OF_ORG_RE = re.compile(r"(?P<person>[A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)?){1,2})"
                              r"\s+of\s+the\s+(?P<org>[A-Z].*)")
#: a name, its capitalised office and the body it is in, each after a comma ("Dr Ros Altmann,
#: Director-General, Saga")
NAME_OFFICE_BODY_END_RE = re.compile(
    rf"(?:^\s*|,\s+)(?P<name>(?:{HONORIFIC_RE}\s+)?{NAME_RUN}),\s+(?P<title>(?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*"
    r"|(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s+"  # (or in lower case: "Anish Andheria, director, Wildlife Conservation Trust told")
    r"(?P<org>[A-Z][\w&.’'-]*(?:\s+(?:of\s+|and\s+|for\s+|the\s+)?[A-Z][\w&.’'-]*){0,5})$")
#: an honorific opening a name: "Dr Ros Altmann" is a person, whatever her first name
HONORIFIC_NAME_RE = re.compile(HONORIFIC_RE + r"\s")
#: the last items of a list in capitals ("Education and Lifelong Learning")
LIST_TAIL_RE = re.compile(r"\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:and|&)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*")
#: a second person's honorific after "and": two people named, who speak together
AND_HONORIFIC_RE = re.compile(HONORIFIC_RE + r"\s+[^,;:]+?\s+and\s+" + HONORIFIC_RE + r"\s")
#: a photo's credit right before a name: "Credit: ", "Photo by ", "AP Photo/"
CREDIT_BEFORE_RE = re.compile(r"\b(?:Credit|Photo|Photograph|Picture|Pic|Image)s?\s*(?::|/|\s+by)\s*$")


def _credit_before(frame: str, start: int, end: int) -> bool:
    """CREDIT_BEFORE_RE right before `end`, tried only after a colon, a slash or "by" (it is asked
    of every name in every sentence)."""
    lead = frame[max(start, end - 3) : end]
    return (":" in lead or "/" in lead or lead.endswith("y ")) and CREDIT_BEFORE_RE.search(frame, start, end) is not None
#: a participle's phrase set off in commas before the cue: ", speaking alongside Nutter on Wednesday,"
PARTICIPLE_ASIDE_TAIL_RE = re.compile(r",\s*(?:speaking|standing|appearing|sitting|talking|flanked|joined)\b[^,;:]{0,80},\s*$")
#: words that introduce a label, not a subject: "the controversy known as Deflate-Gate, the commissioner said"
LABEL_INTRO_END_RE = re.compile(r"\b(?:known\s+as|called|dubbed|nicknamed|named|labell?ed)\s+$")
#: a conjunction right before the pronoun that opens a sentence's second clause: "… but he"
CONJUNCTION_END_RE = re.compile(r",?\s+(?:when|where|but|and|yet|so|although|though|while|before|after|as|because)\s+$")
#: a sentence opening on a role, then its verb: "The Housing Minister has …", "But the former coach said …"
DEFINITE_ROLE_LEAD_RE = re.compile(r"(?:But\s+|And\s+)?[Tt]he\s+(?P<body>(?:[\w’'-]+\s+){0,3}?)(?P<head>[A-Za-z-]+)\s+"
                                   r"(?:has|had|is|was|[a-z]+ed)\b")
#: a person a comment came from, then "when" opening the clause of what they said
AGENT_WHEN_END_RE = re.compile(
    rf"\b(?:from|by)\s+(?:[a-z][\w’'-]*\s+){{0,4}}?(?P<run>{NAME_RUN})(?:\s+(?:on|last|this|earlier)\s+\w+)?,?\s+when\s+$")
#: a sentence's one opening capitalised word, and the word after a cue: "Initial reports
#: classified it" has a noun where a speech verb may be
NEWS_SOURCE_WORDS = {"media", "news", "press", "police", "preliminary", "unconfirmed"}
ADJECTIVE_FORM_RE = re.compile(r"[a-z](?:ial|al|ous|ive|ic|ary)$")
LONE_OPENER_RE = re.compile(r"\s*([A-Z][a-z]+)\s+")
PAST_AFTER_RE = re.compile(r"\s+([a-z]+)\b")
#: speech verbs that are also plural nouns ("his remarks", "the minister's claims")
NOUN_FORM_CUES = {"remarks", "claims", "comments", "warns", "notes", "reports", "states", "hopes", "fears", "demands"}
#: a plural's verb right after a cue word that is a noun here: "states are", "claims have"
PLURAL_SUBJECT_VERB_RE = re.compile(r"\s+(?:are|were|have|had|will|would|can|could|should|may|might|must|do|did)\b")
#: "of" after such a word: "hopes of a deal", "claims of a cover-up" are nouns (not "warns of")
NOUN_OF_AFTER_RE = re.compile(r"\s+of\b")
#: a possessive (and at most one capitalised word) or a determiner right before such a word
OWNED_NOUN_BEFORE_RE = re.compile(r"(?:['’]s\s+(?:[A-Z][\w-]*\s+)?|\b(?:his|her|their|its|the|these|those|whose|our|my|your)\s+"  # (not "the FT reports")
                                  # ("Several states regulate …", "many claims": a quantity of them)
                                  r"|(?<![\w-])(?:[Ss]everal|[Mm]any|[Ss]ome|[Mm]ost|[Ff]ew|[Bb]oth|[Oo]ther)\s+)$")
#: parties' names as the text writes them beside a person ("Labour’s Rachel Hopkins")
PARTY_NAMES = ("Labour", "Conservative", "Tory", "Liberal", "Lib", "Dem", "Reform", "Green", "SNP", "Plaid", "DUP", "SDLP",
               "UUP", "Sinn", "Alliance", "Independent", "UKIP", "Democrat", "Democratic", "Republican", "Unionist")
#: the words of parties' names that titles carry ("Labour MP", "Reform UK MP", "SNP MSP")
ALL_PARTY_WORDS = frozenset(w.lower() for w in PARTY_NAMES) | PARTY_WORDS
#: a party's names that mean one party
PARTY_SYNONYMS = {"conservative": {"conservative", "tory", "tories"}, "tory": {"conservative", "tory", "tories"},
                  "liberal": {"liberal", "lib", "dem"}, "democratic": {"democratic", "democrat", "democrats"}}
#: an office word right after a body's name: "Army chief", "Navy commander", "Army spokesman"
OFFICE_AFTER_RE = re.compile(rf"\s+(?:{TITLE_HEAD_ALTERNATION})\b", re.I)
#: what follows a cue word that is a noun: "estimates by the network", "claims that …"
NOUN_LINK_AFTER_RE = re.compile(r"\s+(?:that|of|by|from|over|about)\b")
#: a preposition right before a cue word: the word is a noun ("on estimates", "amid claims")
PREPOSITION_BEFORE_CUE_RE = re.compile(r"\b(?:on|about|amid|over|of|with|despite|after|following|against)\s+$")
#: police and military ranks
RANK_HEADS = {"superintendent", "inspector", "sergeant", "detective", "constable", "lieutenant", "colonel",
              "corporal", "admiral", "brigadier"}
#: a participle and its object: a clause about what someone did ("urging the NRL …"), where an
#: apposition's "managing director" has a noun after its participle
PARTICIPLE_CLAUSE_RE = re.compile(r"[a-z]+ing\s+(?:the|a|an|his|her|their|its|that|to|him|them|it|this|those|these)\b")
RIGHT_APPOS_RE = re.compile(r"^\s*,\s*([^,\"“”_]{2,160}?)\s*[,.]")
