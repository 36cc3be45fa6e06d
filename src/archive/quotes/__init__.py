"""Document in, quotes out: every quotation of a document and who said it.

    from archive.quotes import find_quotes
    quotes = find_quotes(document)        # list[Quote], in text order; pure and deterministic

`spans` finds the quoted stretches, `attribution` finds who said each, `speakers` resolves names
(and merges speakers across the archive with `build_speakers`).
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import deque
from dataclasses import replace

from archive.model import Document, Quote
from archive.quotes.lexicon import COMMON_WORDS
from archive.quotes.lexicon import PLACE_WORDS as COUNTRIES
from archive.quotes.attribution import (
    COUNTRY_ACRONYMS,
    DESCRIPTIVE_ROLES,
    speaking_as,
    CUE_RE,
    LABELLING_PARTICIPLES,
    DOCUMENT_HEADS,
    ORG_HEADS,
    INDIRECT_VERBS,
    STATEMENT_PUT_OUT_RE,
    GAVE_COMMENT_RE,
    PRONOUNS,
    THAT_ONLY_VERBS,
    OBJECT_AFTER_TOLD_RE,
    PARTICIPLES,
    CLAUSE_LEAD_RE,
    SCARE_PREFIX_RE,
    TITLE_FOLLOW_RE,
    TITLE_PRECEDE_RE,
    BYLINE_RE,
    CONNECTIVES,
    IRREGULAR_DEMONYMS,
    UNNAMED_SOURCE_NP,
    outlet_name,
    ROLE_WORD_RE,
    REPORT_ACT_VERBS,
    TITLE_HEAD_ALTERNATION,
    UNNAMED_SUBJECT,
    Attributor,
    Cue,
    Ref,
    is_title_case,
)
from archive.quotes.spans import (
    Span, camel_brands_capitalised, capitals_recased, mask_quotes, paragraph_spans, sentence_bounds, single_marks_doubled)
from archive.quotes.speakers import (
    HONORIFICS,
    NAME_RUN,
    ORG_WORDS,
    is_org_name,
    POSSESSIVE_RE,
    nickname_at,
    strip_leading_adj,
    NOT_NAMES,
    TITLE_HEADS,
    DocNames,
    build_speakers,
    load_overrides,
    name_core,
    split_title,
)

__all__ = ["find_quotes", "build_speakers", "load_overrides"]

ANY_MARK_RE = re.compile(r"[\"“”„‟«»]")
SENT_PUNCT_RE = re.compile(r"[.!?…;:]")
COLON_END_RE = re.compile(r"(?::|(?<=\bsaid);|(?<=\bsays);|(?<=\badded);|(?<=,\ssaid))\s*$")
# (or a speech verb's semicolon typed for it; or "David Wood, Strategic Director …, said" with no
# mark at all, closing the paragraph)
#: a connective that may open a sentence before its subject ("But the Lib Dem spokesman …")
SENTENCE_LEAD = r"\s*(?:(?:But|And|However|Yet|So|Now|Meanwhile),?\s+)?"
#: the verb right after a sentence's subject ("… has warned", "… remains", "… insisted")
SUBJECT_VERB = r"\s+(?:(?:also|still|then|now|later|[a-z]{3,}ly)\s+)?(?:is|was|has|had|will|would|said|told|[a-z]+ed|[a-z]{3,}s)\b"
#: what may stand between a quotation and the cue after it: punctuation, and an honorific with a
#: full stop that the subject's offset leaves out ("…,” Mr. McHugh said)
TRAIL_GAP_RE = re.compile(
    r"^[\s,.;:!?\"“”'‘’«»_—–-]*(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|St)\.\s*)?$"
)
LEADING_THAT_RE = re.compile(r"\s*(?:that|whether|if)\s+", re.I)
CLAUSE_TRIM_RE = re.compile(r"(?:[\s,;:—–-]+(?:but|and|or|that|and that|but that|adding|as|while|whereas)?"
                            r"|(?:\s*[,—–]|\s+-)\s*(?:which|who))[\s,;:—–-]*$")
INVERTED_TAIL_RE = re.compile(
    r"^\s*(?:(?:on\s+[A-Z]\w+|in\s+a\s+\w+(?:\s+\w+)?|last\s+\w+|earlier|yesterday|today|on\s+\w+|"
    r"at\s+[\w\s’']{1,30}|to\s+[\w\s’']{1,30}|in\s+[\w\s’']{1,30}|this\s+week|recently|"
    r"in\s+an?\s+(?:interview|statement|speech)|with\s+[\w\s’']{1,40}|"  # ("said in an interview with Nursing Standard")
    r"(?:late\s+|early\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?)"
    r"\s*,?\s*){0,3}[.!?]?\s*$"
)
RIGHT_APPOS_TAIL_RE = re.compile(r"\s*,\s*[^,\"“”_]{2,160}?(?=\s*[.!?]?\s*$)")
#: what follows a cue verb that is no reported clause: a preposition, "as much", or the object
#: of an idiom ("claimed responsibility for …", "took credit")
_AUX = (r"is|are|was|were|be|been|being|will|would|can|could|has|have|had|do|does|did|should|must|"
        r"may|might|shall|(?:is|was|are|were|wo|ca|do|does|did|has|have|had|would|could|should)n[’']t|"
        r"needs?\s+to|ought\s+to")  # ("his side needs to show more flair")
_IRREGULAR = (r"went|made|took|gave|got|came|knew|thought|felt|found|told|left|kept|saw|became|began|"
              r"ran|won|lost|met|paid|sent|spent|built|held|brought|bought|led|fell|rose|grew|cut|put|"
              r"set|hit|let|shut|hurt|cost|quit|spread|said|meant|stood|understood|sold|wrote|drove|"
              r"chose|broke|spoke|forgot|hid|struck|sought|taught|caught|fought|dealt|lay|laid|fit|get|"
              r"form|resume|slept|ate|drank|flew|threw|wore|swore|woke|rode|hung|dug|stuck|swept|wept|fled|"
              r"fed|bent|lent|sank|rang|sang|swam|drew|shook|froze|stole|tore|arose|sat|lit|shed|"
              r"split|upset|wound")
#: a plural subject's verbs that are no nouns: "the American people deserve an explanation"
_PLURAL_VERBS = (r"deserve|believe|want|seem|agree|oppose|intend|prefer|understand|accept|deny|"
                 r"think(?![\s-]+tanks?\b)|know(?!-how)|wish(?![\s-]+list)")  # (not "think tank", "know-how")
#: a finite verb, a subject pronoun (its verb follows), or a word in -s (a verb in -s, or a plural
#: noun that a clause's verb goes with): what makes a reported clause more than a phrase
CLAUSE_VERB_RE = re.compile(
    rf"\b(?:{_AUX}|{_IRREGULAR}|{_PLURAL_VERBS}|[a-z]{{2,}}ed|[a-z]{{3,}}(?<!s)s|I|we|they|he|she|it|(?:it|he|she|that|there|what|who)[’']s)\b",
    re.I)
#: a fronted adverb or conjunction of a word or three before an interrupting attribution
SHORT_FRONT_RE = re.compile(r"\s*(?:[A-Z][a-z]+|[A-Z][a-z]+\s+[a-z]+|[A-Z][a-z]+\s+[a-z]+\s+[a-z0-9]+)\s*,"
                            r"(?:\s*(?:too|also|though|however)\s*,)?\s*")
def document_text_is_quote(ptext: str, s: int, e: int) -> bool:
    """A stretch that opens with a quotation mark and closes with one: a quotation itself."""
    piece = ptext[s:e].strip()
    return piece[:1] in "\"“‘'«" and piece.rstrip(".,")[-1:] in "\"”’'»"


#: ", but that" / ", and that" joining two reported clauses of one cue
CLAUSE_JOINT_RE = re.compile(r",?\s+(?:but|and)\s+that\s+")
#: verbs that take an object as often as a reported clause: without "that", the clause must open
#: with a subject (a pronoun, or a capitalised word that is no determiner)
TRANSITIVE_CUES = REPORT_ACT_VERBS | {
    "has written", "have written", "had written", "suggested", "suggests", "described", "describes", "recognised",
    "recognized", "reiterated", "reiterates", "stressed", "stresses", "denied", "denies", "suggest", "predict",
    "claimed"}
CLAUSE_SUBJECT_START_RE = re.compile(r"\s*(?:[\"“‘']\s*)?(?:he|she|it|they|we|I|you|there)\b")
FINITE_VERB_RE = re.compile(rf"\b(?:{_AUX}|{_IRREGULAR}|[a-z]{{3,}}ed)\b", re.I)
AUXILIARY_RE = re.compile(rf"\b(?:{_AUX})\b", re.I)
IRREGULAR_RE = re.compile(rf"\b(?:{_IRREGULAR})\b", re.I)
PAST_FORM_RE = re.compile(r"(?<!\bas )\b(?:[a-z]{3,}ed|used|owed|died|lied|tied|sued)\b", re.I)  # (short ones too)


def _opens_clause(masked: str, start: int, end: int) -> bool:
    """A reported clause, not an object, follows the verb: a subject pronoun, or a finite verb
    within its first words before any comma ("the aid had been paused" / "its third hearing")."""
    if CLAUSE_SUBJECT_START_RE.match(masked, start, end):
        return True
    if masked[start:end].lstrip()[:1].isdigit():
        return False  # "added 25 points": a score, not a clause
    words = []
    segments = re.split(r"[:;]", masked[start:end], maxsplit=1)[0].split(", ")
    for segment in segments:
        if words and (segment[:1].isupper() or segment.split(" ", 1)[0] in ("but", "and", "yet")):
            # "wrote A Song of Ice and Fire, Ford created …", "wrote a letter to Ryanair, but
            # hasn't received …": a new clause of the reporter's
            break
        words.extend(segment.split())
        if len(words) >= 15:
            break
    if AUXILIARY_RE.search(" ".join(words[:15])):
        return True
    # a past form counts only in the first stretch, and not as a participle after "as" ("reported
    # its best earnings, helped by …", "denied the claims, made in a new book", "a shareholder as
    # opposed to the deal")
    first = " ".join(segments[0].split()[:15])
    return PAST_FORM_RE.search(first) is not None or IRREGULAR_RE.search(first) is not None
NO_CLAUSE_RE = re.compile(r"(?:against|about|of|over|with|as\s+much|in\s+favou?r|responsibility|credit)\b")
QUESTION_VERBS = {"asked", "asks", "asking"}
RELATIVE_CLOSE_RE = re.compile(r"\s*(?:,|\s[—–-])\s")
#: institutions that admit people: "admitted" after them is no speech
ADMITTING_HEADS = {"hospital", "university", "college", "school"}
#: verbs that always report words: a cue of theirs with no record is words we failed to read
SAYING_VERBS = {"said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds", "adding"}
#: the same and the verbs of a claim, which report a clause of the speaker's own ("Mr Warman said that …")
REPORTING_VERBS = SAYING_VERBS | {"warned", "warns", "insisted", "insists", "argued", "argues", "stated", "states"}
#: (not "claimed", "announced", "confirmed": "claimed asylum", "announced the dates" are deeds)
FIRST_PERSON_RE = re.compile(r"\b(?:I|I['’]m|I['’]ve|I['’]d|I['’]ll|me|my|we|our|us)\b")
QUOTE_COMMA_END_RE = re.compile(r",[\"”’']\s*$")
AS_LEAD_RE = re.compile(r"\s*(?:(?:But|And|Yet|So),?\s+)?[Aa]s\s+(?:the\s+)?(?:[A-Z][\w’'-]*['’]s\s+)?")
OBJECT_TAIL_RE = re.compile(r"(?:\s+[\w’'-]+){1,5}?(?=\s+that\b)")
TOLD_VERBS = {"told", "tells", "assured", "assures", "informed", "informs"}
#: an honorific the subject's offset leaves out ("…, Mr. Michaels said")
HONORIFIC_TAIL_RE = re.compile(r"\s*\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|St)\.$")

SENTENCE_START_RE = re.compile(r"[.!?…][\"”’'»)]*\s+(?=[A-Z])")
PRONOUN_START_RE = re.compile(r"\s*(?:(?:But|And|So|Then|Later|Now|However|Still|Yet),?\s+(?=[Hh]|[Ss]))?((?<![A-Za-z])[Hh]e|[Ss]he)(?:['’](?:s|d|ll))?\s+[a-z]")  # (and "She’s concerned …")
#: a sentence whose subject is a pronoun keeps the focus where it was ("And he hit back at Mr X's …")
#: "On July 27, 2006, he emailed …": a subject pronoun after up to three fronted phrases
FRONTED_PRONOUN_RE = re.compile(r"\s*(?:[^,.;:\"“”_]{0,60},\s*){0,3}(?:(?:But|And|So|Then|Later|Now|Yet),?\s+)?(?:[Hh]e|[Ss]he)(?:['’](?:s|d|ll))?\s+[a-z]")
#: a sentence whose subject describes a person already in the story ("The world number one was forced
#: to go the distance against Ivan Ljubicic", "The seventh seed, who …, is looking forward"): the one
#: it names is an object, not who "he" is next (the role is the head: "seed" is no verb in "-ed")
DESCRIBED_SUBJECT_RE = re.compile(
    r"\s*(?:(?:But|And|So|Then|Later|Now|Yet),?\s+)?(?:(?:On|In|At|The)\s+[\w\s-]{1,25},\s+[Tt]he|The)\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<head>"
    + "|".join(re.escape(r) for r in sorted(DESCRIPTIVE_ROLES | {"champion", "seed"}, key=len, reverse=True))
    + r"|(?<=number\s)one)(?P<relative>\s*,\s*who\b[^,.;:]*,)?\s+"
    r"(?:was|is|had|has|will|would|could|can|must|went|lost|fell|[a-z]+ed)\b")


#: the person a sportsman's description played against: "against X", "went down to X", "beaten by X",
#: "is lined up to meet X"
OPPONENT_RE = re.compile(r"\b(?:against|(?:lost|went\s+down|slipped|succumbed|fell)(?:\s+[\w-]+){0,4}?\s+to|"
                         r"(?:beaten|defeated|knocked\s+out)\s+by|to\s+(?:meet|face|play))\s+(?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+")


def _described_subject(text: str, start: int, end: int) -> bool:
    """(only an opponent: whom "he" means after "The striker was praised by X" is X, as before)"""
    m = DESCRIBED_SUBJECT_RE.match(text, start, end)
    if m is None or not (m.group("head") in DESCRIPTIVE_ROLES or m.group("head") in ("champion", "seed")
                         or text[m.start("head") - 7 : m.end("head")] == "number one"):
        return False  # (a sportsman's description: "The judge ruled against Mr Marsh" makes him next)
    against = OPPONENT_RE.search(text, m.end("head"), end)
    if (against is not None and (against.group().startswith("to ") or m.group("relative"))
            and m.group("head") not in ("seed", "champion", "one")):
        # ("The captain was invited to meet Tony Blair": a meeting, no match; "The striker, who
        # has spoken out against Steve McClaren's tactics, was dropped": his manager, no opponent)
        return False
    return against is not None and not text.startswith(", who", against.end())


FOCUS_PARAGRAPHS = 3
FOCUS_CHARS = 2000


def _quote_id(path: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{path}:{start}:{end}".encode("utf-8")).hexdigest()[:16]


class _Record:
    __slots__ = ("start", "end", "kind", "ref", "cue", "confidence", "context", "span")

    def __init__(self, start, end, kind, ref, cue, confidence, context, span=None):
        self.start, self.end, self.kind, self.ref = start, end, kind, ref
        self.cue, self.confidence, self.context, self.span = cue, confidence, context, span


def _report_title(text: str, spans: list[Span], doc: Document) -> str | None:
    """The report the document is about: a title-case quotation followed by "a report"."""
    for span in spans:
        quoted = text[span.start : span.end].rstrip(",. ")
        after = text[span.end + 1 : span.end + 80]
        if is_title_case(quoted) and re.match(r"^[,\s]*(?:a|the|an)\s+(?:new\s+)?(?:\w+\s+)?(?:report|study)\b", after, re.I):
            return quoted
    if doc.kind == "report" and doc.title:
        return doc.title
    return None


TURN_LEAD_RE = re.compile(r"\b(?:And|But)\s")
SENTENCE_END_RE = re.compile(r"[.!?][\"”’']?\s")


def _resumes_last_voice(text: str, base: int, masked: str, qs: int, records: list, cue: Cue) -> bool:
    """A quotation opening the paragraph, right after the previous paragraph's last sentence
    quoted someone, before "And <a speaker named earlier> says: “…”": the previous voice goes on.
    Not a new voice's cue ("“I heard a bang.” Neighbour Jane Reid said: “…”": hers), nor one with
    no "And" or "But" ("“…” Mr Willetts said: “…”": his turn)."""
    if masked[: max(0, qs - 1)].strip() or not records or cue.ref is None or not cue.ref.name:
        return False
    lead = min(cue.start, cue.subject_start)  # (the subject may hold the "And")
    return (TURN_LEAD_RE.search(masked, max(0, lead - 6), lead + 5) is not None
            and len(SENTENCE_END_RE.findall(text[records[-1].end : base].rstrip() + " ")) <= 1
            and text.find(cue.ref.name.split()[-1], 0, base) >= 0)


def _choose_cue(cues: list[Cue], qs: int, qe: int, masked: str) -> tuple[Cue | None, float]:
    """The cue that attributes the quotation at [qs, qe) (paragraph offsets), and how sure."""
    # a cue that introduces a clause of its own ("Peter Luff said that …") is no trailing
    # attribution of the quotation before it
    after = [c for c in cues if c.start >= qe and not INTRODUCING_TAIL_RE.match(masked, max(c.end, c.subject_end))]
    before = [c for c in cues if c.end <= qs and c.ref is not None]
    introducing = [c for c in cues if c.end <= qs - 1 and TOLD_OBJECT_GAP_RE.match(masked[c.end : qs - 1])]
    if introducing and introducing[-1].ref is None and (not before or before[-1].end < introducing[-1].end):
        # "Rosa Jimenez said an immigration officer told her, “…”": the cue right before the
        # quotation introduces it, and names nobody we can resolve; not the outer speaker's words
        before = []
    for cue in after:
        gap_end = min(cue.start, cue.subject_start)
        if TRAIL_GAP_RE.match(masked[qe:gap_end]) and cue.ref is not None:
            if (before and cue.verb not in SAME_VOICE_VERBS
                    and COLON_LEAD_RE.fullmatch(masked, before[-1].end, max(before[-1].end, qs - 1))
                    and masked[max(cue.end, cue.subject_end) : max(cue.end, cue.subject_end) + 2].lstrip()[:1] == ":"):
                # "X told BBC News: “…” Y said: “…”": both cues end in a colon, so each
                # introduces the quotation after it and neither trails the one before ("Y added:"
                # says Y spoke before, so it may)
                return before[-1], 0.97
            if (before and before[-1].ref.kind == "person" and before[-1].ref.name and cue.ref.kind != "person"
                    and LEAD_GAP_RE.match(masked[before[-1].end : qs - 1])
                    and (masked[before[-1].end : qs - 1].strip() or cue.verb.lower() == "according to")):
                # "… he asked about it and said, “…,” the prosecutor's office said": the person
                # the quotation is introduced by speaks; the office reports it ("X said “…,”
                # according to national media": the media report it)
                return before[-1], 0.97
            return cue, 1.0
        break
    for cue in cues:
        if (cue.verb in PARTICIPLES and cue.start >= qe and cue.ref is not None and cue.ref.name
                and qe < cue.subject_start < cue.start and not after
                and TRAIL_GAP_RE.match(masked[qe : cue.subject_start])):
            # "“…,” Trustee David V. Dorris, adding that …": a credit whose main verb the copy
            # lost, its participle's subject named right after the quotation
            return cue, 0.9
    if before:
        last = before[-1]
        if (len(before) > 1 and not last.ref.name and last.ref.kind == "collective"
                and before[-2].ref.name and before[-2].end <= last.subject_start
                and EMBEDDED_GAP_RE.fullmatch(masked, before[-2].end, min(last.start, last.subject_start))):
            # "Chief Charles Williams said talks with producers revealed there was “…”": a
            # report inside the named speaker's clause, by nobody we can name, is still theirs
            return before[-2], 0.9
        return last, 0.97
    for cue in after:
        if cue.ref is not None and not NEXT_QUOTATION_RE.match(masked, qe):
            # (not across another quotation: "“… sector,” “Overall …,” Wieting added": his cue
            # trails the quotation next to it only)
            return cue, 0.85
    return None, 0.0


#: a sentence whose subject is a pronoun: "It was keen to point out …", "And she expressed …"
PRONOUN_SUBJECT_RE = re.compile(SENTENCE_LEAD + r"(?:He|She|It|They)\s+[a-z]")
#: another quotation right after this one's closing mark ("“… sector,” “Overall …”")
NEXT_QUOTATION_RE = re.compile(r"[\"”’'»]?[\s,]*[\"“‘'«]_")
#: verbs of thinking, not saying: what one speaker reports another believes stays the speaker's
THOUGHT_VERBS = {"believed", "believes", "believe", "thinks", "thought", "think", "feels", "felt", "fears", "feared",
                 "expects", "expected", "suspects", "suspected", "considers", "considered", "hopes", "hoped"}
#: between a named speaker's cue and a nested one: lower-case words only, no clause break
EMBEDDED_GAP_RE = re.compile(r"(?:\s+that)?(?:\s+(?!(?:he|she|they|it|but|and|while|whereas)\b)(?:[a-z][\w'’-]*|[A-Z][\w-]*['’]s)){1,6}\s*")
INTRODUCING_TAIL_RE = re.compile(r"\s*that\b")
UNRESOLVED_TRAIL_RE = re.compile(r"[\s,.!?\"”’'»]*[^,;:.!?_\"“”]{0,60}$")
#: "Mr Blair's promise to produce an ": a speech noun owned by a name, right before a quotation
SPEECH_NOUN_OWNER_RE = re.compile(
    # (or a role's: "the chancellor’s pledge to “get Britain building again”")
    rf"(?:(?P<run>{NAME_RUN})|\b[Tt]he[^\S\n]+(?P<role>(?:[a-z][\w-]*[^\S\n]+){{0,2}}[a-z]+))['’]s[^\S\n]+"
    r"(?:promise|pledge|claim|call|vow|warning|description|words|"
    r"comments|remarks|assertion|insistence|suggestion|accusation|boast|admission|plea|demand|threat)"
    r"[^\S\n]+(?:to|that)\b(?:(?!\bas\b)[^.;:!?\"“”]){0,60}$")
#: a dash and a name closing the paragraph after a quotation: its credit line
DASH_CREDIT_RE = re.compile(rf"[^\S\n]*[—–][^\S\n]*(?P<run>{NAME_RUN})[^\S\n]*(?:,[^\n]{{0,80}})?\.?\s*")
#: a sentence after a quotation that says whose words they were: "That was the message from …"
SOURCE_SENTENCE_RE = re.compile(
    r"[^\S\n]*(?:This|That|Such|Those|These)[^\S\n]+(?:was|were|is|are)[^\S\n]+(?:the|a|an)[^\S\n]+"
    r"(?:[a-z][\w-]*[^\S\n]+){0,3}?(?:message|warning|verdict|view|words|reaction|response|plea|request|"
    r"assessment|promise|claim|call|advice|answer|reply|assurance|appeal|demand|boast)[^\S\n]+(?:from|of|by)[^\S\n]+")
#: a sentence opening on a description of someone, then their name (after their office) set off in
#: commas: "Another journalist at the airport, Sky’s defence and security editor Deborah Haynes,"
DESCRIPTION_THEN_NAME_RE = re.compile(rf"[^\S\n]*(?:Another|An?|One|The)[^\S\n]+[^,;:\"“”\n]{{3,80}},[^\S\n]+"
                                      rf"(?:(?P<office>[^,;:\"“”\n]{{0,80}}?)[^\S\n])?(?P<run>{NAME_RUN}),[^\S\n]")
#: a relative clause's word: "A fan from Leeds, who had travelled with her friend Sophie Walker,"
RELATIVE_WORD_RE = re.compile(r"\b(?:who|whom|whose|which|that)\b")
#: a description of someone, then their name set off in commas: "the head of the Conference, Cardinal Daniel DiNardo,"
DESCRIBED_THEN_NAMED_RE = re.compile(rf"(?:the|a|an)[^\S\n]+[^,;:\n]{{3,100}},[^\S\n]+(?P<run>{NAME_RUN}),")
#: the dash (or a spaced hyphen) of a credit line that goes on describing its speaker: "“…” - NRL
#: chief executive Todd Greenberg with the game's official line."
DASH_LEAD_RE = re.compile(r"[^\S\n]*(?:[—–]|-(?=[^\S\n]))[^\S\n]*(?=[A-Z])")
#: what may stand before a quotation that opens its paragraph: a list's bullet
BULLET_RE = re.compile(r"[^\S\n]*(?:[*•·▪–—-][^\S\n]*)?")
#: a paragraph that is an item of a bulleted list
LIST_ITEM_RE = re.compile(r"[^\S\n]*[*•·▪][^\S\n]")
LEAD_GAP_RE = re.compile(r"^(?:\s+(?:her|him|them|me|us))?[\s,:;—–-]*(?:that\s*)?$")
#: a cue's object pronoun, then the quotation it introduces: "told her, “"
TOLD_OBJECT_GAP_RE = re.compile(r"^\s+(?:her|him|them|me|us)\s*[,:]\s*$")
#: a speaker who denies words is not their author ("He denied they formed an “irregular” channel")
DENIAL_VERBS = {"denied", "denies", "deny", "denying"}
#: between a speech verb and a quoted word: someone else's speech or claim ("boasted of", "claims of")
#: (not "branding them a “regressive” step": the same speaker labelling)
OTHERS_WORDS_RE = re.compile(
    rf"(?!(?:{'|'.join(LABELLING_PARTICIPLES)})\b)" + CUE_RE.pattern
    + r"|\b(?:boasted|bragged|claims?|allegations?|accusations?|reports?|rumou?rs?|talk)\b")
#: verbs that say their speaker spoke just before ("He said: “…” Moyes added: “…”")
SAME_VOICE_VERBS = {"added", "adds", "continued", "continues"}
#: from a leading cue's verb to the quotation it introduces with a colon: "told BBC News: “"
COLON_LEAD_RE = re.compile(r"[^.!?;:\"“”]{0,60}:\s*")


def _own_unresolved_cue(cues: list[Cue], qs: int, close: int, masked: str) -> bool:
    """The quotation has an attribution of its own ("…,” X said / X said: “…”) whose subject
    could not be resolved: its speaker is unknown, and no earlier speaker may be carried over."""
    for cue in cues:
        if cue.ref is not None or cue.verb in ("saying", "adding"):
            continue
        if cue.start >= close and UNRESOLVED_TRAIL_RE.match(masked, close, cue.start):
            return True  # "“…,” the organisers' backers said": a subject we cannot name
        if cue.end <= qs - 1 and LEAD_GAP_RE.match(masked[cue.end : qs - 1]):
            return True
    return False


def _is_scare(text: str, masked: str, qs: int, qe: int, cue: Cue | None) -> bool:
    """Titles of works, nicknames, scare quotes: short, unattributed, or introduced as a name."""
    quoted = text[qs:qe]
    stripped = quoted.rstrip(",. ")
    words = stripped.split()
    before = masked[max(0, qs - 40) : qs]
    if SCARE_PREFIX_RE.search(before):
        return True
    if qs > 0 and nickname_at(text, qs - 1) is not None:
        return True  # "Antonio "LA" Reid", "Brian 'Head' Welch": a nickname inside a name
    after = masked[qe : qe + 80]
    titled = is_title_case(stripped) and not SENT_PUNCT_RE.search(stripped)
    if titled and (TITLE_FOLLOW_RE.match(after.lstrip("\"”’'»")) or TITLE_PRECEDE_RE.search(before)):
        return True
    if titled and (cue is None or len(words) <= 6) and not (cue and stripped[-1:] in "!?"):
        if not (cue is not None and len(words) >= 3 and not all(w[:1].isupper() for w in words)):
            return True
    if (len(words) <= 4 and DETERMINER_BEFORE_RE.search(before) and NOUN_AFTER_RE.match(after)
            and (cue is None or cue.ref is None or not cue.ref.name or cue.start > qs or "," in masked[cue.end : qs]
                 or cue.verb in DENIAL_VERBS or SENT_PUNCT_RE.search(stripped)
                 or OTHERS_WORDS_RE.search(masked, cue.end, qs))):
        # "a ‘phase one’ trade deal": a modifier inside a noun phrase, not words said, unless it
        # stands in what someone named is reported saying ("Jackson said … its “dangerous” views";
        # not "He denied they formed an “irregular” channel" or "rejected claims of a “secret”
        # deal": the accusers' word; not "said the gunman had boasted of a “perfect” crime": the
        # gunman's; not a slogan, "the “Meth. We're on it.” campaign")
        return True
    if len(words) < 4 and not SENT_PUNCT_RE.search(quoted.rstrip(".,!?")):
        return cue is None or cue.ref is None
    if cue is None and len(words) <= 5 and words and words[0].lower() in ("the", "a", "an") \
            and not ANY_FINITE_RE.search(stripped) and not _whole_sentence(masked, qs, quoted):
        return True  # “the father of chaos”, with nobody to say it: a name for something
    return False


def _short_sentence_after_quote(ptext: str, masked: str, sentences: list[tuple[int, int]], qs: int, qe: int,
                                records: list, first: int, base: int) -> bool:
    """“It's a political stunt,” said Sen. John Smith. “He should stop.”: a short sentence in
    quotation marks opening the sentence right after the one with the paragraph's last quotation
    and its cue goes on in that voice (not after a question: the answer is someone else's; not
    with a sentence of the reporter's between: “Shame on you!” after "Protesters chanted.")."""
    quoted = ptext[qs:qe].strip()
    if len(records) <= first or records[-1].ref is None or not records[-1].ref.name:
        return False
    if not (quoted[:1].isupper() and quoted[-1:] in ".!?" and len(quoted.split()) >= 3):
        return False  # (not “Make me.” after “Sit down,” the judge told him: a retort is someone else's)
    last = records[-1]
    if ptext[last.start - base : last.end - base].rstrip().endswith("?"):
        return False
    here = next((k for k, (ss, se) in enumerate(sentences) if ss <= qs - 1 < se), None)
    if here is None or here == 0 or masked[sentences[here][0] : qs - 1].strip():
        return False
    ss, se = sentences[here - 1]
    return ss <= last.start - base < se


def _whole_sentence(masked: str, qs: int, quoted: str) -> bool:
    """The quotation is a sentence of its own: it opens the reporter's sentence and closes with its
    own full stop ("… Baker said. “The lads never stopped running.”"), which no name does."""
    head = masked[: max(0, qs - 1)].rstrip()
    return quoted.rstrip()[-1:] in ".!?" and (not head or head[-1] in ".!?:\"”’'")


DETERMINER_BEFORE_RE = re.compile(r"(?:^|\s)(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hat)\s+[\"“‘'«]?\s*$")
NOUN_AFTER_RE = re.compile(
    r"[\"”’'»]?\s+(?!(?:on|in|of|at|for|to|with|by|from|and|or|but|as|that|which|who|is|was|are|"
    r"were|will|would|has|had|have|into|over|than|about|after|before|between|against|among|"
    r"within|without|under|through|across|during|since|until|upon|while|if|so|because)\b)[a-z][a-z-]+\b"
)
#: a finite verb makes a short quotation a clause someone said, not a name
ANY_FINITE_RE = re.compile(r"\b(?:is|are|was|were|will|would|can|could|has|have|had|do|does|did|must|should)\b")


def _kind(text: str, masked: str, para_start: int, qs: int, qe: int, span: Span, trailing: bool) -> str:
    quoted = text[qs:qe]
    if span.continues:
        return "direct"
    head = masked[para_start: qs - 1].rstrip().rstrip("“‘«").rstrip()  # ("“ But we …": a space after the mark)
    opens_sentence = not head or head[-1] in ".!?:" or head.endswith((":", ",")) or head[-1] in "\"”’'_"
    first = quoted.lstrip("…. ([")[:1]
    if first.isupper() or first.isdigit():
        if opens_sentence or trailing:
            return "direct"
    elif opens_sentence and (head.endswith(":") or not head) and SENT_PUNCT_RE.search(quoted[-2:]):
        return "direct"
    return "partial"


#: a headline's length at most: a longer first paragraph with no full stop is a lede cut short
HEADLINE_MAX_CHARS = 200
#: a page's own line between a story's paragraphs
PAGE_CHROME_RE = re.compile(r"\s*(?:Read more|READ MORE|Read More|Related|RELATED|Also read|ALSO READ|Also Read|"
                            r"Advertisement|ADVERTISEMENT|Article continues|Story continues|Continue reading)\b")
#: an interview's topic heading: "On Teddy Atlas' theory that champs improve" (not
#: "On Wednesday Opposition Leader Peter Dutton hit back", a lead cut short)
TOPIC_HEADING_RE = re.compile(r"\s*On\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                              r"April|May|June|July|August|September|October|November|December)\b)[A-Z][^.!?:;\"“”\n]{3,115}")
#: a photo's credit ending its caption: "Pic: Harry Murphy/Getty Images", "(Photo by Jane Doe/AFP)"
PHOTO_CREDIT_END_RE = re.compile(r"(?:\b(?:Pic|Picture|Photo|Photograph|Image)s?:\s*[^.\n]{2,60}|"
                                 r"\((?:Photo|Picture|Image)[^()\n]{2,60}\)|/\s*(?:Getty Images|AFP|Reuters|AP|PA)\)?|"
                                 r"\((?:AAP|AP|AFP|EPA|PA|Reuters|Getty Images|Supplied)\))\s*$")  # ("… arrived. (AAP)")
#: a short caption's end, in a line with no quotation: "Rafael Caro Quintero, circa 2005.", "… GDA via AP file"
PHOTO_CAPTION_END_RE = re.compile(r"(?:\bvia\s+(?:AP|AFP|Reuters|Getty Images)\s+[Ff]ile|,\s+circa\s+\d{4}\.?)\s*$")
#: a subheading that is a short quotation alone, perhaps with its speaker's name after a colon
QUOTED_SUBHEAD_OPENERS = "\"“'‘"
QUOTED_SUBHEAD_RE = re.compile(r"[\"“'‘](?:[^\"“”'‘’\n.!?,]|['’](?=\w)){1,80}[\"”'’]"
                               r"(?::[^\S\n]*[A-Z][\w’'-]*(?:[^\S\n][A-Z][\w’'-]*){0,2})?[^\S\n]*")
#: the commonest English words: a text where almost none of its words are these is in another
#: language, and the attribution rules (English cue verbs, names, pronouns) do not apply to it
ENGLISH_WORDS = frozenset("the and of to in is that for it was on with as he said at by his be are this "
                          "have from but not they she has had were an which".split())
LATIN_WORD_RE = re.compile(r"[a-z’']+")


def is_english(text: str) -> bool:
    words = LATIN_WORD_RE.findall(text[:4000].lower())
    if len(words) < 40:
        return True  # too little to tell: treat as English
    return sum(map(ENGLISH_WORDS.__contains__, words)) / len(words) >= 0.05


def _unpunctuated_line(paragraph: str) -> bool:
    """Short, on one line, and with no full stop at its end: a headline's shape."""
    # (a headline may end on its quotation: "Ardern: ‘It’s called being in government’")
    return (0 < len(paragraph) <= HEADLINE_MAX_CHARS and "\n" not in paragraph
            and paragraph.rstrip("\"”’'»")[-1:] not in (".", "!", "?", ":", ",", ""))


#: a paragraph's only double mark, closing it: "… continue to build a better Minnesota.”"
FINAL_CLOSE_RE = re.compile(r"[”\"][.,]?\s*$")
#: how many paragraphs a quotation may run on without opening marks before its closing one
UNMARKED_RUN_MAX = 6


def _unmarked_continuations(text: str, passages, para_spans: list[list[Span]], skip: set[int]) -> None:
    """A quotation left open at a paragraph's end that runs on through paragraphs with no quote
    marks at all, closed at the end of a later one (“It’s a great week …. ¶ This legislation
    ensures …. ¶ … a better Minnesota.”): a press release's style, or a page that lost the
    opening marks. Those paragraphs are the quotation's, each a record that continues it; without
    the closing paragraph, nothing is added."""
    for index, spans in enumerate(para_spans):
        if not spans or not spans[-1].open_end or spans[-1].mark != "double":
            continue
        middle: list[int] = []
        for k in range(index + 1, min(len(passages), index + 1 + UNMARKED_RUN_MAX)):
            if k in skip or passages[k].kind in ("heading", "blockquote") or para_spans[k]:
                break
            ptext = text[passages[k].start : passages[k].end]
            marks = ANY_MARK_RE.findall(ptext)
            if not marks:
                middle.append(k)
                continue
            if len(marks) == 1 and (close := FINAL_CLOSE_RE.search(ptext)) is not None:
                for m in middle:
                    para_spans[m].append(Span(passages[m].start, passages[m].end, m, "double", True, True))
                para_spans[k].append(Span(passages[k].start, passages[k].start + close.start(), k, "double", False, True))
            break


def _page_chrome(text: str, passages) -> set[int]:
    """The lines a page sets between a story's paragraphs ("Read more: British Airways tells
    passengers …", "Advertisement", a photo's caption ending "Pic: Ashley Allen/Getty Images" or
    "circa 2005.", an interview's topic heading before its answer): no part of the story, and no
    break in a voice that goes on."""
    return {index for index, passage in enumerate(passages)
            if (passage.end - passage.start <= HEADLINE_MAX_CHARS and PAGE_CHROME_RE.match(text, passage.start, passage.end))
            or (passage.end - passage.start <= 2 * HEADLINE_MAX_CHARS
                and PHOTO_CREDIT_END_RE.search(text, max(passage.start, passage.end - 80), passage.end))
            or (passage.end - passage.start <= 120 and PHOTO_CAPTION_END_RE.search(text, passage.start, passage.end)
                and not ANY_MARK_RE.search(text, passage.start, passage.end))
            or (passage.end - passage.start <= 120 and TOPIC_HEADING_RE.fullmatch(text, passage.start, passage.end))}


def _headline_paragraphs(text: str, passages) -> set[int]:
    """The paragraphs of a plain-text story that are headlines, whose quotation marks stand for
    words the story quotes in full below: the lines before its first sentence ("'No teacher
    wanted this': STF president says …", after a page's "News ID: 237513"), when more
    paragraphs follow; and a subheading that is a short quotation alone, perhaps with its
    speaker's name ("'Only one or two drones'", "'The Canadian population wants it': Holland")."""
    found: set[int] = set()
    if len(passages) >= 3:
        for index, passage in enumerate(passages[:-2]):
            line = text[passage.start : passage.end].strip()
            if passage.kind != "p" or not _unpunctuated_line(line):
                break
            found.add(index)
    for index, passage in enumerate(passages):
        if passage.kind == "p" and index not in found and text[passage.start : passage.start + 1] in QUOTED_SUBHEAD_OPENERS \
                and QUOTED_SUBHEAD_RE.fullmatch(text, passage.start, passage.end):
            found.add(index)
    return found


def find_quotes(document: Document) -> list[Quote]:
    """Every quotation in the document with its speaker, in text order. Pure and deterministic.
    A document in another language gives none: guessing speakers there would be misattribution."""
    text = camel_brands_capitalised(capitals_recased(single_marks_doubled(document.text)))
    if not is_english(text):
        return []
    passages = document.passages
    para_spans: list[list[Span]] = []
    headlines = _headline_paragraphs(text, passages)
    chrome = _page_chrome(text, passages)
    for index, passage in enumerate(passages):
        if passage.kind == "heading" or index in headlines or index in chrome:
            # a headline's quotation marks stand for words the story quotes in full below; a
            # page's own lines quote nobody
            para_spans.append([])
            continue
        para_spans.append(paragraph_spans(text[passage.start : passage.end], passage.start, index))
    _unmarked_continuations(text, passages, para_spans, headlines | chrome)
    all_spans = [sp for spans in para_spans for sp in spans]
    names = DocNames(text)
    attributor = Attributor(text, names, document.title, _report_title(text, all_spans, document))
    ctx = attributor.ctx
    meta = {k.lower(): v for k, v in (document.meta or {}).items()}
    statement_ref = None
    if meta.get("speaker"):
        statement_ref = Ref(meta["speaker"], "person", meta.get("role") or meta.get("title_role"),
                            meta.get("organization") or meta.get("organisation"), meta["speaker"], 0.95)
    records: list[_Record] = []
    # reported speech whose speaker the text does not let us name ("Most respondents said …")
    unnamed_records: list[_Record] = []
    pending: tuple[Ref | None, str] | None = None  # colon-ended attribution awaiting its block
    list_ref: tuple[Ref | None, str] | None = None  # speaker of a colon-introduced list of summaries
    last_para_ref: Ref | None = None  # speaker of the quotation that ended the previous paragraph
    last_para_ended_with_quote = False
    # who the previous paragraph's last sentence reported or introduced with a colon: a quotation
    # opening the next paragraph with no cue of its own runs on in their voice (newswire style)
    run_on_ref: Ref | None = None
    previous_span_ref: Ref | None = None
    open_quote_ref: Ref | None = None  # speaker of a quotation the previous paragraph left open
    skipped: deque[int] = deque(maxlen=FOCUS_PARAGRAPHS)  # paragraphs passed over since the last read
    previous_speaker: Ref | None = None  # the one person the previous paragraph attributed to
    # the person the previous paragraph's closing sentence was about ("On this subject, Morris
    # appears almost evangelical."): a first-person quotation opening the next paragraph with no
    # cue is most likely theirs (a profile's style)
    closing_subject: Ref | None = None
    first_body = next((i for i, p in enumerate(passages) if p.kind != "heading"), len(passages))
    for index, passage in enumerate(passages):
        if index in chrome:
            continue
        ptext = text[passage.start : passage.end]
        base = passage.start
        spans = para_spans[index]
        reopened_ref, open_quote_ref = open_quote_ref, None
        if ctx.lede_span is None and index > first_body:
            ctx.lede_span = (passages[first_body].start, passages[first_body].end)
        if passage.kind == "heading" or index in headlines:
            pending = None
            last_para_ended_with_quote = False
            previous_speaker = None
            run_on_ref = None
            if ptext.rstrip().endswith(".") and len(ptext.split()) >= 6:
                # a sentence set as a subhead ("Fiona Parry issued a plea …"): who it is about is
                # who a following "she said" means
                skipped.append(index)
            continue
        if passage.kind == "blockquote":
            ref, cue = pending if pending else (None, None)
            if ref is None and previous_speaker is not None:
                # a <blockquote> right after a paragraph whose every attribution names one
                # person ("Zuckerberg said at the trial …") gives that person's words
                ref, cue = previous_speaker, None
            s, e = base, passage.end
            while s < e and text[s] in "\"“”'‘’« ":
                s += 1
            while e > s and text[e - 1] in "\"“”'‘’» ":
                e -= 1
            if e > s:
                confidence = 0.9 if ref and ref.name else 0.3
                records.append(_Record(s, e, "block", ref, cue, confidence, ptext))
            if not (index + 1 < len(passages) and passages[index + 1].kind == "blockquote"):
                pending = None  # the colon's introduction is used up; the next paragraph is prose
            last_para_ended_with_quote = False
            run_on_ref = None
            continue
        if statement_ref and not ANY_MARK_RE.search(ptext):
            records.append(_Record(base, passage.end, "block", statement_ref, None, 0.95, ptext))
            pending = None
            continue
        if list_ref is not None and not _bullet_like(ptext):
            list_ref = None
        if pending and (index + 1 < len(passages) and _bullet_like(ptext)
                        and _bullet_like(text[passages[index + 1].start : passages[index + 1].end])):
            # "President Obama also said: ¶ The UK must stay in the EU ¶ He is confident …": a
            # list of short unpunctuated items after a colon summarises what they said
            list_ref = pending
        if list_ref is not None and not spans:
            ref, cue = list_ref
            if ref is not None and ref.name and len(ptext.split()) >= 4 and (
                    FINITE_VERB_RE.search(ptext) or (CLAUSE_VERB_RE.search(ptext) and not ptext.lstrip().startswith(("-", "•", "*")))):
                # (an item with a verb reports what they said; "- Duty cuts on capital goods" lists)
                records.append(_Record(base, passage.end, "indirect", ref, cue,
                                       min(ref.confidence, 0.9) * 0.8, ptext))
            pending = None
            last_para_ended_with_quote = False
            run_on_ref = None
            continue
        if pending and not spans:
            ref, cue = pending
            confidence = 0.9 if ref and ref.name else 0.3
            records.append(_Record(base, passage.end, "block", ref, cue, confidence, ptext))
            if passage.kind != "li" and not (index + 1 < len(passages) and passages[index + 1].kind == "li"):
                pending = None
            last_para_ended_with_quote = False
            run_on_ref = None
            continue
        colon_intro, pending = pending, None  # (a colon-ended introduction the paragraph before ended on)
        if (not spans and not CUE_RE.search(ptext) and not ptext.rstrip().endswith(":")
                and not (("statement" in ptext or "letter" in ptext) and STATEMENT_PUT_OUT_RE.search(ptext))
                and not GAVE_COMMENT_RE.search(ptext)):
            # no quotation, no cue, no colon-ended introduction, no statement put out: nothing to
            # find here; only its last sentences can matter later (who "he" or "the company" is),
            # read when needed; a byline names the reporter, whom no later "he" means
            if not BYLINE_RE.match(ptext):
                skipped.append(index)
            if (subhead := _statement_subhead(attributor, ptext)) is not None or not _is_caption(ptext):
                # a photo caption between two paragraphs of one speaker's quotations ("Hori
                # Parata at his farm" with no full stop) does not interrupt them; prose does, and
                # a subhead naming whose statement follows
                last_para_ended_with_quote = False
                last_para_ref = None
                previous_speaker = None
                run_on_ref = subhead
            continue
        if skipped:
            closing = _read_focus(attributor, text, passages, skipped)
            closing_subject = closing if skipped[-1] == index - 1 else None
            skipped.clear()

        attributor.paragraph_text = ptext
        attributor.base = base
        rel = [(sp.start - base, sp.end - base) for sp in spans]
        masked = mask_quotes(ptext, rel)
        if masked[:2] in ("- ", "• ", "* ", "– "):
            # "- Brentford boss Martin Allen: “…”": a list item's bullet is no word of the sentence
            masked = "  " + masked[2:]
        dateline = DATELINE_RE.match(masked) if not records and index <= 2 else None
        filed_from = 0  # where the paragraph's own words start, past a dateline
        if dateline and (dateline.group("state") or dateline.group("agency")
                         or dateline.group("place").lower() in COUNTRIES
                         or (len(dateline.group("place")) >= 6 and dateline.group("place") not in names.acronyms)):
            # "BUFFALO, N.Y. — Hours before …": the place the story was filed from, no subject
            filed_from = dateline.end()
        elif not records and index <= 2 and (release := DATED_DATELINE_RE.match(masked)) is not None:
            # "Washington, D.C. (March 14, 2011) - PhRMA President …": a press release's place and date
            filed_from = release.end()
        if filed_from:
            masked = " " * filed_from + masked[filed_from:]
        sentences = sentence_bounds(masked)
        if filed_from and sentences and sentences[0][1] > filed_from:
            sentences[0] = (filed_from, sentences[0][1])  # a reported clause opens after the dateline
        para_first_record = len(records)
        named_since_quote = False
        # who was named since the last quotation: a carried-over voice survives a sentence about
        # someone the next quotation itself speaks of ("Simon Taylor looks certain … “… Simon
        # Taylor is an outstanding player …”"); a speaker (None here) always interrupts it
        named_since: list[Ref | None] = []
        # sentences since one that only reported the last quotation's speaker ("Mr Dein said that
        # he feared …"), which did not interrupt their voice; None when there was none
        reported_since: int | None = None
        span_at = 0
        prev_sentence_speaker: Ref | None = None
        # a cue-less sentence just before: the named person it is about, looked up when a quotation
        # with no cue of its own follows it (most sentences are never asked)
        prev_plain_sentence: tuple[int, int] | None = None
        para_cues: list[Cue] = []
        claimed: set[int] = set()  # cues that gave a quotation of this paragraph its speaker
        last_sentence_ref: Ref | None = None
        last_subject: Ref | None = None
        run_on_records: list[int] = []
        scare_spans: set[int] = set()  # the paragraph's quotation marks around a name or title
        for ss, se in sentences:
            if reported_since is not None:
                reported_since += 1
            attributor.reported_before = prev_sentence_speaker
            cues = attributor.cues(masked, ss, se)
            para_cues.extend(cues)
            while span_at < len(spans) and spans[span_at].start - base < ss:
                span_at += 1
            first_in_sentence = span_at
            while span_at < len(spans) and spans[span_at].start - base < se:
                span_at += 1
            in_sentence = spans[first_in_sentence:span_at]
            sentence_first_record = len(records)
            sentence_refs: list[Ref] = []
            for span in in_sentence:
                qs, qe = span.start - base, span.end - base
                # (a quotation opening the paragraph: after its mark alone, or a doubled one, ''…'')
                opens_paragraph = qs <= 1 or not ptext[:qs].strip(" “‘«\"'")
                close = qe + 1 if qe < len(ptext) else qe
                cue, strength = _choose_cue(cues, qs, close, masked)
                if (cue is not None and strength == 1.0
                        and masked[max(cue.end, cue.subject_end) : max(cue.end, cue.subject_end) + 2].lstrip()[:1] == ":"
                        and (len(records) > para_first_record or _resumes_last_voice(text, base, masked, qs, records, cue))
                        and records and records[-1].ref is not None
                        and records[-1].ref.name and not named_since_quote and not masked[ss : qs - 1].strip()):
                    # "“…,” said Mike Bryan. “It feels good …” Bob Bryan added: “…”": a cue ending in a
                    # colon introduces the next quotation; this one goes on in the previous voice (also
                    # when it opens the paragraph after that voice's quotation, unless the cue brings in
                    # a new voice, "Neighbour Jane Reid said: “…”", whose words it most likely is)
                    cue, strength = None, 0.0
                trailing = strength == 1.0
                if (_is_scare(ptext, masked, qs, qe, cue) and not span.continues and not span.open_end
                        and not (cue is None and _short_sentence_after_quote(ptext, masked, sentences, qs, qe, records,
                                                                                   para_first_record, base))):
                    if is_title_case(ptext[qs:qe].rstrip(",. ")):
                        scare_spans.add(id(span))  # a name or a title, not somebody's words
                    continue
                context = ptext[ss:se]
                ref = cue.ref if cue else None
                credit_unresolved = False
                if cue is None and not span.continues and (credit := DASH_CREDIT_RE.fullmatch(ptext, close)):
                    # "“… George R.R. Martin.” — Neil Gaiman": a credit line after the quotation
                    ref, strength = attributor.subject_from_run(credit.group("run")), 0.9
                elif (cue is None and not span.continues and BULLET_RE.fullmatch(ptext, 0, max(qs - 1, 0))
                      and (dash := DASH_LEAD_RE.match(ptext, close)) is not None):
                    # "* “…” - ARL Commission chairman Peter Beattie, urging …": a credit line that
                    # names its speaker, with a title, and goes on about the occasion
                    credited, credit_end = attributor.right_subject(ptext, dash.end(), len(ptext))
                    if (credited is not None and credited.name and credited.kind in ("person", "org")
                            and ptext[credit_end : credit_end + 2] not in ("'s", "’s")):  # (not "De Belin's teammate")
                        ref, strength = credited, 0.85
                    else:
                        credit_unresolved = True  # somebody's credit line, whose we cannot tell
                elif cue is None and not span.continues and (source := SOURCE_SENTENCE_RE.match(ptext, close)) is not None:
                    # "“…” That was the message from Labour leader Keir Starmer.": the next sentence
                    # names whose words they were ("the earnest request by farmers": nobody by name)
                    credited, _ = attributor.right_subject(ptext, source.end(), len(ptext))
                    if (credited is None or not credited.name) and (named := DESCRIBED_THEN_NAMED_RE.match(ptext, source.end())):
                        # "… the first reaction of the head of the U.S. Conference of Catholic Bishops,
                        # Cardinal Daniel DiNardo, to …": the description, then the name set off
                        credited = attributor.subject_from_run(named.group("run"))
                    if credited is not None and credited.name and credited.kind in ("person", "org"):
                        ref, strength = credited, 0.85
                    else:
                        credit_unresolved = True
                cue_ref = ref
                if cue is not None:
                    claimed.add(id(cue))
                confidence = 0.0
                verb = cue.verb if cue else None
                if ref is not None:
                    confidence = min(ref.confidence, 0.99) * strength if ref.name else 0.3
                elif not span.continues and (credit_unresolved or _own_unresolved_cue(cues, qs, close, masked)):
                    confidence = 0.3  # its own cue names nobody we can resolve: unknown
                elif (cue is None and not span.continues and masked[ss : qs - 1].rstrip().endswith(":")
                      and (colon_ref := _introducer(attributor, masked, ss, qs - 1)) is not None):
                    # "Buckley, who …, had a similar experience: “…”": the introducing clause's
                    # subject comes before any carry-over from an earlier quotation
                    ref, confidence = colon_ref, 0.7
                elif span.continues and previous_span_ref is not None:
                    ref, confidence = previous_span_ref, 0.85
                elif (cue is None and len(records) == para_first_record and opens_paragraph and not span.continues
                      and (following := attributor.following_author) is not None
                      and not any(r.start > following[1] for r in records)
                      and (colon_intro is None or colon_intro[0] is None or colon_intro[0].name in (None, following[0].name))):
                    # "ITI president Dean Garfield released the following statement …. ¶ “…”": the
                    # first quotation after the announcement is the author's (unless a paragraph
                    # since introduced someone else's words: "Spokesman Asad Rehman … said:")
                    ref, confidence = following[0], 0.75
                elif (cue is None and len(records) == para_first_record
                      and opens_paragraph and reopened_ref is not None):
                    # "… he adored gardens. ¶ “He was funny …”": a quotation left open at the end
                    # of the previous paragraph reopens here, in the same voice (print convention),
                    # though the paragraph goes on to quote someone else
                    ref, confidence = reopened_ref, 0.8
                elif (cue is None and not cues and masked[ss : qs - 1].strip()
                      and (front := FRONT_SUBJECT_RE.match(masked, ss, qs))
                      and (subject := _plain_subject(attributor, masked, ss, qs)) is not None
                      and subject.kind == "person" and (subject.surface or "?") in front.group()):
                    # "Academy president Frank Pierson praised Gibson's move as a “celebration of
                    # excellence”": words woven into a sentence about one named person are theirs
                    ref, confidence = subject, 0.6
                    verb = None
                elif (len(records) > para_first_record and records[-1].ref is not None
                      and (not named_since_quote
                           or all(r is not None and _named_inside(r, ptext, qs, _run_end(spans, span) - base)
                                  for r in named_since))
                      and not any(c.ref is None and c.end <= qs and c.verb not in PARTICIPLES for c in cues)
                      and (reported_since is None or (reported_since <= 2 and not cues and (
                          not masked[ss : qs - 1].strip() or masked[ss : qs - 1].rstrip().endswith(",")
                          or PRONOUN_SUBJECT_RE.match(masked, ss, qs))))):
                    # (a speech verb of the quotation's own sentence whose subject we could not
                    # name stops the carry-over: "The Archbishop …, told Radio 4 that … “…”"; after
                    # the speaker's own reported speech, only a quotation opening one of the next
                    # two sentences, after a fronted clause ("Just because …, “that doesn't mean
                    # …”"), or in one whose subject is a pronoun ("She expressed her anger at …"):
                    # not "Mr Cherkasky forecast …", "A sign now reads “…”")
                    ref, confidence = records[-1].ref, 0.65 if named_since_quote else 0.8
                    verb = records[-1].cue
                elif (
                    len(records) == para_first_record
                    and (opens_paragraph or _impersonal_intro(attributor, masked, ss, qs))
                    and last_para_ended_with_quote
                    and last_para_ref is not None
                ):
                    ref, confidence = last_para_ref, 0.65
                    verb = None
                    run_on_records.append(len(records))
                elif (len(records) == para_first_record and run_on_ref is not None
                      and (opens_paragraph or _impersonal_intro(attributor, masked, ss, qs))):
                    # "Okafor said the city would raise taxes. ¶ “We have no choice.”": a
                    # paragraph opening with a quotation runs on in the voice of the speaker the
                    # previous paragraph ended with (their reported speech or colon introduction)
                    ref, confidence = run_on_ref, 0.6
                    verb = None
                    run_on_records.append(len(records))
                elif (len(records) == para_first_record and closing_subject is not None
                      and (opens_paragraph or _impersonal_intro(attributor, masked, ss, qs))
                      and cue is None and not any(c.ref is None for c in cues)
                      and (FIRST_PERSON_RE.search(ptext, qs, qe) or FIRST_PERSON_OPENING_RE.match(ptext, qs, qe))):
                    ref, confidence = closing_subject, 0.55
                    verb = None
                    run_on_records.append(len(records))
                elif cue is None and not masked[ss : qs - 1].strip() and prev_sentence_speaker is not None:
                    # "Mr Blair said talking was the answer. “You've got to confront it…”": a
                    # quotation opening the sentence right after someone's reported speech
                    ref, confidence = prev_sentence_speaker, 0.7
                    verb = None
                elif (cue is None and not masked[ss : qs - 1].strip() and prev_plain_sentence is not None
                      and not any(c.ref is None for c in cues)
                      and (subject := _plain_subject(attributor, masked, *prev_plain_sentence)) is not None
                      # (an opening "We" only when the quotation ends its sentence: not "“We cannot
                      # …,” read the letter")
                      and _voiced_by(ptext[qs:qe], subject, opening=not masked[close:se].strip(" .\n"))):
                    # "Aderholt returned to the issue later in the hearing. “What commercial …?”":
                    # a first-person or questioning quotation right after a sentence about one person
                    ref, confidence = subject, 0.6
                    verb = None
                elif cue is None and _introduced_by_clause(masked, ptext, ss, qs, close, se, cues):
                    # "Alverson summed it up: “…”": the subject of the introducing clause
                    ref = _introducer(attributor, masked, ss, qs - 1)
                    confidence = 0.7 if ref is not None else 0.0
                elif (cue is None and len(records) == para_first_record and last_para_ended_with_quote
                      and last_para_ref is not None and last_para_ref.name and not para_cues
                      and not masked[ss : qs - 1].strip() and _names_nobody(attributor, masked[: qs - 1])
                      and not LIST_ITEM_RE.match(ptext)):
                    # "…,” he said. ¶ The album came out in 1977. “By 1979 he was …”: a paragraph
                    # with no cue and nobody named before its quotation still speaks in the voice
                    # the previous paragraph ended with (not an item of a list, each item its own
                    # speaker's)
                    ref, confidence = last_para_ref, 0.5
                    run_on_records.append(len(records))
                if ((owned := SPEECH_NOUN_OWNER_RE.search(masked, ss, max(ss, qs - 1))) is not None
                        and (cue is None or cue.end <= owned.start())
                        and (owner := _speech_owner(attributor, owned)) is not None
                        and owner.kind == "person" and owner.name):
                    # "… by Mr Blair's promise to produce an “unremittingly New Labour” manifesto":
                    # words the text gives as someone's promise or claim are theirs
                    ref, confidence, verb = owner, 0.75, None
                if (ref is not None and ref.kind == "person" and ref.name
                        and (ref.surface or "").lower() in ("he", "she", "they") or ref is not cue_ref) \
                        and _named_inside(ref, ptext, qs, qe):
                    # “It could have been easy for Mary Steenburgen …,” she said: a person the
                    # quotation speaks about by name is not who "she" (or a carried-over speaker) is
                    ref, confidence = None, 0.3
                if ref is None or not ref.name:
                    confidence = 0.3 if ref is None else confidence or 0.3
                kind = _kind(ptext, masked, 0, qs, qe, span, trailing)
                records.append(_Record(span.start, span.end, kind, ref, verb, confidence, context, span))
                previous_span_ref = ref
                named_since_quote = False
                named_since = []
                reported_since = None
                if ref is not None and ref.name:
                    sentence_refs.append(ref)
            # indirect speech in this sentence
            _indirect(attributor, ptext, masked, base, ss, se, cues, rel, records, sentence_first_record, claimed,
                      unnamed_records)
            _quotes_inside_reports(records, sentence_first_record, masked, base)
            for cue in cues:
                if cue.ref is not None and cue.ref.name and cue.ref not in sentence_refs:
                    sentence_refs.append(cue.ref)
            unnamed_speaker = not sentence_refs and any(
                c.ref is not None and (c.ref.kind == "unknown" and (c.ref.surface or "")[:1].isupper()
                                       and (c.ref.surface or "").lower() not in PRONOUNS
                                       or _unnamed_person(c.ref)) for c in cues
            )
            if unnamed_speaker:
                # the sentence's speaker is a person we could not name ("Gille recalls …" with
                # two Gilles): a later "she" must not skip over them to an older focus (and
                # keeps the organization they speak for: "A spokesman for the BPI said …")
                organization = next((c.ref.organization for c in cues if c.ref is not None
                                     and _unnamed_person(c.ref) and c.ref.organization), None)
                ctx.focus.append(Ref(None, "person", organization=organization, surface="?", confidence=0.0))
            if len(sentence_refs) > 1 and not in_sentence:
                main = _main_speaker(cues, sentence_refs, masked, ss, se)
                if main is not None:  # who a later "he" most likely means goes last into the focus
                    sentence_refs.remove(main)
                    sentence_refs.append(main)
            if sentence_refs:
                ctx.focus.extend(sentence_refs)
                reports_last_speaker = (len(records) > para_first_record and records[-1].ref is not None
                                        and all(r.name == records[-1].ref.name for r in sentence_refs))
                if not in_sentence and reports_last_speaker:
                    # a sentence reporting what the last speaker said interrupts nobody's voice:
                    # "Mr Dein said that he feared …. Clubs have seen …. “Television has been …”"
                    if not named_since_quote:
                        reported_since = 0
                elif not in_sentence:
                    named_since_quote = True
                    named_since.append(None)
            # (who the sentence names matters now only when nobody in it spoke; otherwise only
            # as the last person named, which is looked for when asked)
            mentioned = attributor.mentioned_person(masked, ss, se) if not sentence_refs else None
            if not sentence_refs:
                mention = _first_person(attributor, masked, ss, se)
                if (mention is None and mentioned is not None and not in_sentence and not unnamed_speaker
                        and not FRONTED_PRONOUN_RE.match(masked, ss, se) and not _described_subject(masked, ss, se)
                        and not _owned_by_focus(attributor, masked, ss, se, mentioned)):
                    # (nor "On July 27, he emailed Gaiman": "he" is still the subject in focus)
                    # no person is the subject, one is named ("One dissenting opinion came from
                    # Brian Gammage"): the next "he" most likely means that person; two people
                    # named so ("praised John Carter and David Miller"): nobody for sure
                    mention = mentioned if not attributor.mentioned_many else Ref(None, "person", surface="?")
                    people = attributor.mentioned_all
                    if (attributor.mentioned_many and len(people) == 2
                            and {p.gender for p in people} == {"m", "f"}):
                        # "Mr Prater's sentiments were echoed by Christine Rush": a man and a
                        # woman; "she" can only be one of them
                        ctx.focus.append(people[0])
                        mention = people[1]
                if mention is not None and not (unnamed_speaker and not mention.name):
                    # (an unnamed subject is already in focus as the sentence's speaker)
                    ctx.focus.append(mention)
                    named_since_quote = True
                    named_since.append(mention)
            if (contrast := _contrast_subject(attributor, masked, ss, se, cues)) is not None:
                ctx.focus.append(contrast)  # "… and Keegan sympathised with Worthington. “…,” he said": Keegan
            attributor.note_named(masked, ss, se, mentioned, looked=not sentence_refs)
            spoken = [c.ref for c in cues if c.ref is not None and c.ref.name and c.ref.kind in ("person", "org")]
            quoted_here = any(r.kind != "indirect" for r in records[sentence_first_record:])
            # ("“Amazing,” Davis said." gives no record of its one word, but its speaker goes on)
            prev_sentence_speaker = (spoken[-1] if spoken and not quoted_here
                                     and not masked[ss:se].rstrip().endswith("?") else None)
            prev_plain_sentence = (ss, se) if not in_sentence and not cues and not masked[ss:se].rstrip().endswith("?") else None
            last_sentence_ref = None
            if not in_sentence:
                reported = [r.ref for r in records[sentence_first_record:]
                            if r.kind == "indirect" and r.ref is not None and r.ref.name]
                if reported and len({r.name for r in reported}) == 1:
                    last_sentence_ref = reported[-1]
                elif not cues and se >= len(masked.rstrip()) - 1:
                    # "However, he defended his decision …" closing a paragraph of one speaker's
                    # reported speech: its subject, if it is that speaker, keeps the voice
                    pm = PRONOUN_START_RE.match(masked, ss, se)
                    subject = attributor.pronoun_ref(pm.group(1)) if pm else _first_person(attributor, masked, ss, se)
                    if subject is not None and subject.name:
                        last_subject = subject
                elif (se >= len(masked.rstrip()) - 1 and len(records) == sentence_first_record and cues
                      and (closing_speaker := cues[-1].ref) is not None and closing_speaker.kind == "person" and closing_speaker.name
                      and all(not c.right_subject and (c.ref is None or c.ref.name in (None, closing_speaker.name)) for c in cues)
                      and cues[-1].verb.split()[0] not in SAYING_VERBS):
                    # "And he called on his main critic to ask hoteliers …": a cue after its
                    # subject that reported no words closes the paragraph; that speaker is who
                    # the paragraph ends on (not "… notes Feldman's ruling is an outlier"; not
                    # "Paul Myers said in a statement that …", words we failed to record)
                    last_subject = closing_speaker
            if (se >= len(masked.rstrip()) - 1 and (masked[max(ss, se - 12) : se].rstrip()[-1:] in (":", ";")
                                                    or masked[max(ss, se - 12) : se].rstrip().endswith(" said"))
                    and COLON_END_RE.search(masked[ss:se])):
                colon_cues = [c for c in cues if c.ref is not None]
                if colon_cues:
                    pending = (colon_cues[-1].ref, colon_cues[-1].verb)
                    last_sentence_ref = colon_cues[-1].ref if colon_cues[-1].ref.name else None
                elif not in_sentence:
                    colon = masked.rstrip().rfind(":")
                    if (header := _statement_header(attributor, masked, ss, colon)) is not None:
                        # "Statement from Roger Taylor, Chair, Ofqual in full:": whose words follow,
                        # in quotation marks, or without them when the header is its paragraph
                        last_sentence_ref = header
                        if not masked[:ss].strip():
                            pending = (header, None)
                    else:
                        last_sentence_ref = _colon_subject(attributor, masked, ss, colon)
        if run_on_records:
            voiced = records[run_on_records[0]].ref
            # cues after the next quotation with a cue of its own belong to that speaker's stretch
            horizon = min((c.start for c in para_cues if id(c) in claimed
                           and c.start > records[run_on_records[0]].start - base), default=len(masked))
            if voiced is not None and any(c.ref is not None and c.ref.kind in ("person", "org", "unknown") and c.ref.name != voiced.name
                   and not _speaks_for(voiced, c.ref) and id(c) not in claimed and c.start < horizon for c in para_cues):
                # "“We have no choice.” That is what Reyes told the council.": a speaker of
                # its own later in the paragraph; the run-on guess gives way to nobody (a cue
                # that attributes another quotation of its own claims nothing more)
                for k in run_on_records:
                    records[k].ref, records[k].confidence, records[k].cue = None, 0.3, None
        _credit_open_segments(records, para_first_record, text)
        people = {r.ref.name for r in records[para_first_record:] if r.ref is not None and r.ref.name}
        cue_people = {c.ref.name for c in para_cues if c.ref is not None and c.ref.name}
        speakers_here = [r.ref for r in records[para_first_record:] if r.ref is not None and r.ref.name]
        speakers_here += [c.ref for c in para_cues if c.ref is not None and c.ref.name]
        previous_speaker = (speakers_here[-1] if len(people | cue_people) == 1
                            and speakers_here[-1].kind == "person" else None)
        para_records = [r for r in records[para_first_record:] if r.kind != "indirect"]
        # the last quotation closes the paragraph, or stands in its last sentence ("“…,” said Mike
        # Newton, a spokesperson for the BSA which commissioned the survey."); a scare-quoted
        # name ("… called all women “Betty”.") is no quotation closing it
        last_quoted = next((span for span in reversed(spans) if id(span) not in scare_spans), None)
        last_para_ended_with_quote = bool(para_records) and last_quoted is not None and (
            len(masked.rstrip()) - (last_quoted.end - base) <= 60
            or bool(sentences) and last_quoted.start - base >= sentences[-1][0])
        last_para_ref = para_records[-1].ref if para_records else None
        open_quote_ref = (last_para_ref if last_para_ref is not None and last_para_ref.name
                          and spans and spans[-1].open_end and para_records[-1].span is spans[-1] else None)
        run_on_ref = (last_sentence_ref if last_sentence_ref is not None and last_sentence_ref.name
                      and last_sentence_ref.kind in ("person", "org") else None)
        if masked.rstrip().endswith("?"):
            # "So is UKIP's job to destroy the Tories, as Kilroy-Silk once declared?" ¶ "No. …":
            # the quotation answers the question; whoever the question names is not speaking
            run_on_ref = None
            last_para_ended_with_quote = False
        if (run_on_ref is None and last_subject is not None and previous_speaker is not None
                and last_subject.name == previous_speaker.name and not spans):
            run_on_ref = previous_speaker
        closing_subject = (last_subject if last_subject is not None and last_subject.kind == "person"
                           and not masked.rstrip().endswith("?")  # a question's person is asked about
                           and _unambiguous(attributor, last_subject)
                           # nobody else spoke in the paragraph ("Okafor said …. Her deputy, Tom
                           # Reyes, disagreed." ¶ "…": either of them)
                           and cue_people <= {last_subject.name} else None)
    _credit_open_runs(records, text)
    _credit_pull_quotes(records, passages, text)
    _credit_next_line(records, passages, text, attributor)
    _lede_speaker(records, passages, text)
    # (a lede's unnamed source is nobody: "…, a senior EU politician says. ¶ Finance Minister Peter
    # Hahn says the currency is stronger than ever" names someone who disagrees)
    records.extend(unnamed_records)
    passage_starts = [p.start for p in passages]
    page_starts = [p.start for p in document.pages]
    return [_to_quote(document, r, ctx, passage_starts, page_starts)
            for r in sorted(records, key=lambda r: (r.start, r.end))]


def _speaks_for(person: Ref, org: Ref) -> bool:
    """The organization is the person's own ("said Malte Pollmann, spokesman for Lycos Europe"
    … "Lycos hopes"): its statement is no rival voice to theirs."""
    mine, theirs = (person.organization or "").split(), (org.name or "").split()
    shorter, longer = sorted((mine, theirs), key=len)
    # whole words from the start ("Lycos" of "Lycos Europe"; not "BA" of "BAA", "Labour" of "Scottish Labour")
    return bool(shorter) and longer[: len(shorter)] == shorter


def _takes_voice_of(here: _Record, after: _Record, text: str) -> bool:
    """A quoted segment with no cue of its own may take the speaker of the attributed segment its
    quotation goes on in: not an interviewer's question, nor words that name that speaker."""
    return (here.ref is None and here.cue is None and here.span is not None and after.span is not None
            and here.kind != "indirect" and after.kind != "indirect"
            and after.ref is not None and bool(after.ref.name) and after.cue is not None
            and not text[here.start : here.end].rstrip().endswith("?")
            and not _named_inside(after.ref, text, here.start, here.end))


def _credit_open_segments(records: list[_Record], first: int, text: str) -> None:
    """"“I started training … a few months ago. “Now it's bring it on!” said the winger.": a
    quotation left open and reopened at once is one quotation (paragraphs run together), so a
    segment with no cue of its own takes the speaker the next segment's own cue names."""
    for k in range(len(records) - 2, first - 1, -1):
        here, after = records[k], records[k + 1]
        if _takes_voice_of(here, after, text) and after.span.continues:
            here.ref, here.cue, here.confidence = after.ref, after.cue, min(after.confidence, 0.75)


def _credit_open_runs(records: list[_Record], text: str) -> None:
    """"“Yes, he had a scan yesterday. ¶ “I think he has done well. ¶ “But we have to wait,” he
    said.": a quotation running over paragraphs, attributed only where it closes, is that
    speaker's in every paragraph."""
    quoted = sorted((r for r in records if r.span is not None and r.kind != "indirect"), key=lambda r: r.start)
    for k in range(len(quoted) - 1, 0, -1):
        before, here = quoted[k - 1], quoted[k]
        if (_takes_voice_of(before, here, text) and before.span.open_end
                and before.span.paragraph == here.span.paragraph - 1
                and text[max(0, here.start - 3) : here.start].lstrip(" “\"‘'«").startswith("\n")):
            # (left open at its paragraph's end, reopened at the very start of the next)
            before.ref, before.cue, before.confidence = here.ref, here.cue, min(here.confidence, 0.7)


def _credit_pull_quotes(records: list[_Record], passages, text: str) -> None:
    """"“We stand for the law. That's what we do.”" standing alone as a paragraph, its words
    quoted again where the story attributes them ("“…. We stand for the law. That's what we
    do,” said Louderback"): a web page's pull quote, whose speaker is the attributed one's,
    not whoever the paragraph before it was about."""
    attributed = [(" ".join(text[r.start : r.end].split()), r) for r in records
                  if r.cue is not None and r.kind != "indirect" and r.ref is not None and r.ref.name]
    if not attributed:
        return
    for r in records:
        if r.cue is not None or r.kind != "direct" or r.span is None:
            continue
        passage = passages[r.span.paragraph]
        if text[passage.start : passage.end].strip(PULL_QUOTE_EDGE) != text[r.start : r.end].strip(PULL_QUOTE_EDGE):
            continue  # (only a quotation that is its paragraph's whole text)
        words = " ".join(text[r.start : r.end].split()).strip(PULL_QUOTE_EDGE)
        if len(words) < 20:
            continue
        sources = {o.ref.name: o for quoted, o in attributed if o is not r and words in quoted}
        if len(sources) == 1:
            (source,) = sources.values()
            r.ref, r.confidence = source.ref, min(source.confidence, 0.75)


def _credit_next_line(records: list[_Record], passages, text: str, attributor: Attributor) -> None:
    """A quotation that is its paragraph's whole text, with no speaker, followed by a paragraph
    that is only a credit line ("- The Honourable Daniel Vandal, Minister for PrairiesCan"): a
    press release's quotation and whose it is."""
    for r in records:
        if r.ref is not None or r.cue is not None or r.kind != "direct" or r.span is None:
            continue
        at = r.span.paragraph
        passage = passages[at]
        if at + 1 >= len(passages) or text[passage.start : passage.end].strip(PULL_QUOTE_EDGE) != text[r.start : r.end].strip(PULL_QUOTE_EDGE):
            continue
        following = passages[at + 1]
        if (credit := CREDIT_LINE_RE.fullmatch(text, following.start, following.end)) is None:
            continue
        ref = attributor.subject_from_run(credit.group("run"))
        if ref is not None and ref.kind == "person" and ref.name and attributor.ctx.names.is_person(ref.name):
            r.ref, r.confidence = ref, 0.8


#: a paragraph that only credits the quotation before it: "- The Honourable Jim Carr, Member of
#: Parliament for Winnipeg South Centre"
CREDIT_LINE_RE = re.compile(rf"[^\S\n]*[-–—][^\S\n]*(?:The[^\S\n]+Hon(?:ourable|orable|\.)?[^\S\n]+)?(?P<run>{NAME_RUN})"
                            r"[^\S\n]*(?:,[^\n]{0,120})?\.?\s*")


#: what may surround a pull quote's words: quotation marks, closing punctuation, space
PULL_QUOTE_EDGE = " \n\"“”‘’'«».,"


#: "the courts minister", "a clergyman", "its chief", "his former chief economic adviser", "A PR
#: expert": one person described, not named (a determiner, then up to four lower-case words)
LEDE_DESCRIPTION_RE = re.compile(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*['’]s)(?:\s+(?:[a-z][\w-]*|[A-Z]{2,}(?:['’]s)?))*\s+(?P<head>[a-z][\w-]*)")


def _lede_speaker(records: list[_Record], passages, text: str) -> None:
    """"…, a clergyman has said. ¶ The Bishop of Durham, the Rt Rev Dr Tom Wright, described …":
    a news story's lede describes its speaker and the next paragraph names them. The lede's
    records with such a description go to the first person a record of the next paragraph
    names who is not named in the lede."""
    body = [i for i, p in enumerate(passages) if p.kind != "heading"]
    if len(body) < 2:
        return
    lede, following = passages[body[0]], passages[body[1]]
    described = [r for r in records if lede.start <= r.start < lede.end and r.cue
                 and r.ref is not None and not r.ref.name and r.ref.kind == "collective"
                 and (m := LEDE_DESCRIPTION_RE.fullmatch(r.ref.surface or ""))
                 and m.group("head") not in ORG_HEADS and m.group("head") not in DOCUMENT_HEADS
                 and m.group("head") not in ("poll", "data", "figures") and not m.group("head").endswith("ed")
                 and not (m.group("head").endswith("s") and not m.group("head").endswith("ss"))]
    if not described:
        return
    lede_text = text[lede.start : lede.end]
    for r in sorted(records, key=lambda r: r.start):
        if not (following.start <= r.start < following.end):
            continue
        ref = r.ref
        if ref is None or not ref.name or ref.kind != "person":
            continue
        if ref.name.split()[-1] in lede_text:
            continue  # someone the lede names is not its described speaker
        marks = {POSSESSIVE_RE.sub("", w) for d in described for w in (d.ref.surface or "").split()[1:] if w[:1].isupper()}
        if any(mark not in text[following.start : following.end] for mark in marks & COUNTRY_ACRONYMS):
            # "a senior EU politician says. ¶ Finance Minister Peter Hahn says": a politician of
            # the EU, which the next paragraph does not make him (a "PR expert" needs no such word)
            return
        for d in described:
            d.ref = speaking_as(ref, d.ref.surface, 0.5)
            d.confidence = 0.5
        return


BULLET_END_RE = re.compile(r"[.!?…:;\"“”’'»)]\s*$")


#: a wire story's dateline: "BUFFALO, N.Y. —", "WASHINGTON (AP) —", "LONDON:"
#: ("OTTAWA (Reuters) -Workers at …": an agency's dash may sit on the first word)
DATELINE_RE = re.compile(r"(?P<place>[A-Z][A-Z.'’-]+(?:[^\S\n][A-Z][A-Z.'’-]+)*)(?P<state>,[^\S\n]+[A-Z][\w.]*(?:[^\S\n][A-Z][\w.]*)?(?:[^\S\n]\d{1,2})?)?"
                         r"(?P<agency>[^\S\n]+\([\w ]+\))?[^\S\n]*(?:[—–]|--|-(?=\s)|(?<=\)[^\S\n])-(?=[A-Z]))[^\S\n]*")

#: a press release's dateline: a place in ordinary capitals, then the date in brackets, then a dash
DATED_DATELINE_RE = re.compile(r"[A-Z][\w.]*(?:[^\S\n][A-Z][\w.]*)*(?:,[^\S\n]+[A-Z][\w.]*(?:[^\S\n][A-Z][\w.]*)?)?"
                               r"[^\S\n]+\([^()\n]{0,30}\d{4}\)[^\S\n]*(?:[—–]|--|-)[^\S\n]*")
#: "one dealer, who asked not to be named, told Reuters", "a spokeswoman said": one person,
#: unnamed; a later "he" or "she" is most likely them, so no earlier speaker for sure
OFFICE_SURFACE_RE = re.compile(r"^[Tt]he\s+(?:[a-z-]+\s+){0,3}?(?P<head>[a-z-]+)\s+(?:of|at)\s+(?:an?\s|one\s|[A-Z])")
UNNAMED_PERSON_RE = re.compile(r"^(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,3}?(?P<head>[a-z-]+)"
                               r"(?:\s+(?:at|in|from|inside|close\s+to|familiar\s+with|of\s+the)\s+.*)?$")  # ("… figure at the talks")


def _unnamed_person(ref: Ref) -> bool:
    if ref.kind == "collective" and UNNAMED_SOURCE_FOR_RE.match(ref.surface or ""):
        return True  # "A spokesman for Reporters Without Borders"
    if ref.kind == "collective" and (office := OFFICE_SURFACE_RE.match(ref.surface or "")) and office.group("head") in TITLE_HEADS:
        return True  # "The head of US TV network Fox": a later "he" is this person, not an older speaker
    m = UNNAMED_PERSON_RE.match(ref.surface or "") if ref.kind == "collective" else None
    return bool(m) and not m.group("head").endswith("s") and m.group("head") not in ORG_HEADS | DOCUMENT_HEADS


UNNAMED_SOURCE_FOR_RE = re.compile(rf"{UNNAMED_SOURCE_NP}\s+(?:for|at|from|of)\s")


def _bullet_like(ptext: str) -> bool:
    """A list item rendered as a paragraph: one short line without a closing full stop."""
    return (len(ptext) < 200 and "\n" not in ptext and not BULLET_END_RE.search(ptext)
            and not NAVIGATION_RE.match(ptext))


#: a link line of a web page ("Read the full transcript", "Watch: …"), no item of a list
NAVIGATION_RE = re.compile(r"\s*(?:Read|Watch|See|Listen|Click|Follow|Subscribe|Sign up|Download|Share|Related)\b")


CAPTION_END_RE = re.compile(r"[.!?…:;\"“”’'»)]\s*$")


def _is_caption(ptext: str) -> bool:
    """A short line without a closing full stop: a photo caption or credit, not prose."""
    return len(ptext) < 240 and not CAPTION_END_RE.search(ptext) and not ANY_MARK_RE.search(ptext)


#: the first person naming itself: "I'm", "I am", "my name is", up to the name
SELF_NAMING_RE = re.compile(r"\b(?:I[’']m|I am|[Mm]y name is)\s+(?=[A-Z])")


def _named_inside(ref: Ref | None, ptext: str, qs: int, qe: int) -> bool:
    """The person's full name, or their surname or first name as a word, inside the quoted
    words ("I said to Harry 'I hope you don't go'" is not Harry Redknapp speaking). A first name
    that opens another full name is someone else's ("to Tony Blair" is no word about Tony Lloyd)."""
    if ref is None or ref.kind != "person" or not ref.name:
        return False
    if " " not in ref.name and ref.gender is None:
        return False  # "Celtic said … “Throughout this matter, Celtic has refrained …”": a body speaks of itself
    quoted = ptext[qs:qe]
    if any(re.match(rf"(?:[A-Z][\w.-]*\s+)*{re.escape(ref.name.split()[-1])}\b(?![’']s\b)", quoted[m.end() :])
           for m in SELF_NAMING_RE.finditer(quoted)):
        return False  # "“I’m Donald Trump. I wrote …,” he said": the speaker names himself (not "I'm Chloe Smith's mother")
    if ref.name in quoted:
        return True
    words = name_core(ref.name).split()  # ("I grew up in Birkenhead," said Lord Nicholls of Birkenhead)
    surname = words[-1]
    # ("I've had a word with Olof" is not Olof Mellberg speaking, though "Olof" is no common
    # English first name)
    first = words[0] if len(words) >= 2 and words[0][:1].isupper() and words[0][-1:] != "." else ""
    if not any(len(w) > 2 and w in quoted for w in (surname, first)):
        return False
    tokens = WORD_TOKEN_RE.findall(quoted)
    if len(surname) > 2 and surname in tokens and any(
            _names_the_person(quoted, m.start(), first) for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", quoted)):
        return True
    return len(first) > 2 and re.search(rf"(?<!\w){re.escape(first)}(?!\w)(?![^\S\n]+[A-Z])", quoted) is not None


def _names_the_person(quoted: str, at: int, first: str) -> bool:
    """The surname at `at` stands alone, after the person's first name, an honorific or a title:
    not the end of another name ("Around 40 women at Yarls Wood …" in words by David Wood)."""
    before = CAPITALISED_WORD_END_RE.search(quoted, max(0, at - 40), at)
    if before is None:
        return True
    word = before.group(1)
    return word == first or word.lower().rstrip(".") in HONORIFICS or word.lower() in TITLE_HEADS


WORD_TOKEN_RE = re.compile(r"\w+")
#: the capitalised word right before a point, after a space
CAPITALISED_WORD_END_RE = re.compile(r"(?<![\w’'-])([A-Z][\w’'.-]*)[^\S\n]+$")


def _run_end(spans: list[Span], span: Span) -> int:
    """Where the quotation that starts with this span ends: past the spans that reopen it
    ("“I took lessons … ¶ “Every player … Simon Taylor is …”" is one run of words)."""
    at = spans.index(span)
    end = span.end
    for following in spans[at + 1 :]:
        if not following.continues:
            break
        end = following.end
    return end


def _read_focus(attributor: Attributor, text: str, passages, skipped) -> Ref | None:
    """The focus (sentence subjects) of the last few paragraphs that had nothing to quote; returns
    the named person the last one's closing sentence is about, if any.

    Pronoun and "the company" resolution look back a few sentences only, so only the last
    FOCUS_CHARS of each passed-over paragraph are read: the work stays proportional to what a
    quotation can refer back to, however long the text between quotations is."""
    closing = None
    for index in skipped:
        passage = passages[index]
        closing = None
        if passage.kind == "li" and not BULLET_END_RE.search(text, passage.start, passage.end):
            continue  # "4. Questioning Vindman's judgment": a list heading, no sentence about anyone
        start = max(passage.start, passage.end - FOCUS_CHARS)
        ptext = text[start : passage.end]
        if start > passage.start:
            cut = SENTENCE_START_RE.search(ptext)
            if cut is None:
                continue
            ptext = ptext[cut.end() :]
            start += cut.end()
        attributor.paragraph_text = ptext
        attributor.base = start
        for ss, se in sentence_bounds(ptext):
            mention = _first_person(attributor, ptext, ss, se)
            mentioned = attributor.mentioned_person(ptext, ss, se)
            if mention is None and mentioned is not None and not attributor.mentioned_many \
                    and not FRONTED_PRONOUN_RE.match(ptext, ss, se) and not _described_subject(ptext, ss, se) \
                    and not _owned_by_focus(attributor, ptext, ss, se, mentioned):
                # "But that was not enough for Mr Sarkozy.": the one person a sentence names
                # is who a later "he" most likely means, as in a paragraph with quotations
                mention = mentioned
            if mention is None and mentioned is None and (pm := PRONOUN_START_RE.match(ptext, ss, se)) is not None:
                # "He also talked about finalising a panel of coaches.": whom "he" means is still
                # who the paragraph is about
                mention = attributor.pronoun_ref(pm.group(1))
            if mention is not None:
                attributor.ctx.focus.append(mention)
            if (contrast := _contrast_subject(attributor, ptext, ss, se, ())) is not None:
                attributor.ctx.focus.append(contrast)
            closing = (mention if mention is not None and mention.name and not ptext[ss:se].rstrip().endswith("?")
                       and _unambiguous(attributor, mention) else None)
            attributor.note_named(ptext, ss, se, mentioned, looked=True)
    return closing


def _plain_subject(attributor: Attributor, masked: str, ss: int, se: int) -> Ref | None:
    subject = attributor.sentence_subject(masked, ss, se)
    return subject if subject is not None and subject.name and _unambiguous(attributor, subject) else None


THIRD_PERSON = {"m": re.compile(r"\b(?:he|him|his)\b", re.I), "f": re.compile(r"\b(?:she|her|hers)\b", re.I)}


FIRST_PERSON_OPENING_RE = re.compile(r"\W*(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|We|We're|We’re|We've|We’ve|My|Our)\b")


def _voiced_by(quoted: str, ref: Ref, opening: bool = False) -> bool:
    """A quotation in the voice of the person the previous sentence was about: it speaks in the
    first person or asks, and does not speak of them ("He is a danger", their surname). With
    `opening`, a capitalised "We" or "My" opening it counts as first person too."""
    if not (FIRST_PERSON_RE.search(quoted) or quoted.rstrip(" ”\"'’").endswith("?")
            or opening and FIRST_PERSON_OPENING_RE.match(quoted)):
        return False
    if ref.name and ref.name.split()[-1] in quoted:
        return False
    if FIRST_PERSON_OPENING_RE.match(quoted):
        return True  # "I hope … and he will commit himself": an "I" opening it is the voice; "he" is another
    genders = [ref.gender] if ref.gender in THIRD_PERSON else list(THIRD_PERSON)
    return not any(THIRD_PERSON[g].search(quoted) for g in genders)


def _unambiguous(attributor: Attributor, ref: Ref) -> bool:
    """Named so that only one person can be meant: not a surname two people of the story share."""
    surface = (ref.surface or "").split()
    return len(surface) != 1 or not attributor.ctx.names.ambiguous(POSSESSIVE_RE.sub("", surface[0]))

IMPERSONAL_INTRO_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Hh]is|[Hh]er|[Tt]heir|[Hh]im|[Tt]hem)\b")


def _names_nobody(attributor: Attributor, before: str) -> bool:
    """No word of the text is a name the document gives a person ("Mr. Trump's approach")."""
    names = attributor.ctx.names
    return not any(names.is_person(POSSESSIVE_RE.sub("", w.strip(".,;:"))) for w in before.split()
                   if w[:1].isupper() and w.lower() not in NOT_NAMES)


def _impersonal_intro(attributor: Attributor, masked: str, ss: int, qs: int) -> bool:
    """"That process led to a realization: “…”" opening a paragraph: an introduction ending in
    a colon that names and refers to nobody, so the quotation still opens the paragraph as far
    as its speaker goes."""
    if ss != 0 or qs < 2:
        return False
    intro = masked[: qs - 1].rstrip()
    if not intro.endswith(":") or len(intro) > 120 or IMPERSONAL_INTRO_RE.search(intro):
        return False
    words = intro.split()
    return not any(w[:1].isupper() for w in words[1:]) and attributor.mentioned_person(masked, 0, len(intro)) is None


def _introduced_by_clause(masked: str, ptext: str, ss: int, qs: int, close: int, se: int, cues) -> bool:
    """A quotation its sentence's own clause introduces with no speech verb: after a colon
    ("Alverson summed it up: “…”"), or after a comma when a statement was issued ("…issued a
    statement, “…”") or when a whole quoted sentence ends the reporter's and no cue came before it
    ("Modi was chalk-and-cheese, “There are many players …”")."""
    lead = masked[ss : qs - 1].rstrip()
    if lead.endswith(":"):
        return True
    if not lead.endswith(","):
        return False
    return bool(ISSUED_STATEMENT_RE.search(masked, ss, qs - 1)) or (
        ptext[qs : qs + 1].isupper() and not masked[close:se].strip(" \t.,;\"”’'")
        and not any(c.start < qs for c in cues))


def _colon_subject(attributor: Attributor, masked: str, ss: int, colon: int) -> Ref | None:
    """Who speaks in "X had a similar experience: “…”": the clause's subject, a person named at
    its start or a pronoun that opens it."""
    ref = attributor.sentence_subject(masked, ss, colon)
    if ref is not None:
        return ref
    if ISSUED_STATEMENT_RE.search(masked, ss, colon) and (ref := attributor.clause_subject(masked, ss, colon)) is not None:
        return ref  # "SkyWest, which operated as American Eagle, issued a statement: “…”"
    m = PRONOUN_START_RE.match(masked, ss, colon)
    if m:
        return attributor.pronoun_ref(m.group(1))
    return None


def _introducer(attributor: Attributor, masked: str, ss: int, colon: int) -> Ref | None:
    """Who speaks after a colon in the sentence: the introducing clause's subject, else whom a
    header names ("Statement from Roger Taylor: “…”")."""
    return _colon_subject(attributor, masked, ss, colon) or _statement_header(attributor, masked, ss, colon)


def _statement_subhead(attributor: Attributor, ptext: str) -> Ref | None:
    """Whose statement a subhead says follows ("Russian Paralympic Committee statement"): the
    quotation opening the next paragraph is theirs."""
    if "tatement" not in ptext or (header := HEADING_STATEMENT_RE.fullmatch(ptext)) is None:
        return None
    run = header.group("run")
    if not (is_org_name(run) or run.isupper() or len(run.split()) >= 2 and attributor.ctx.names.is_person(run)
            or " " not in run and run.lower() not in COMMON_WORDS and attributor.text.count(run) >= 2):
        # (not "Family statement", "Joint statement": no one named; "Chelsea statement" is the
        # club's, one the text names elsewhere)
        return None
    ref = attributor.subject_from_run(run)
    return ref if ref is not None and ref.name and ref.kind in ("org", "person") else None


def _statement_header(attributor: Attributor, masked: str, ss: int, colon: int) -> Ref | None:
    """Whose words a header says follow: "Comments attributable to ACTU President Michele
    O’Neil:", "The following is a statement from Kim Strach, executive director of …:"."""
    if (source := STATEMENT_SOURCE_RE.match(masked, ss, colon)) is None:
        if (STATEMENT_ISSUED_RE.search(masked, ss, colon) is not None
                and (ref := attributor.sentence_subject(masked, ss, colon)) is not None
                and ref.name and ref.kind in ("person", "org")):
            return ref  # "Katie Compton released a statement on the USADA report below:"
        return None
    ref = attributor.subject_from_run(source.group("run"))
    if ref is not None and ref.name and ref.kind == "org":
        # "A statement from Burnley reads:": the body as the header names it (not "Burnley
        # Police", named elsewhere)
        return Ref(source.group("run"), "org", surface=source.group("run"), confidence=0.75)
    if ref is not None and ref.name and ref.kind == "person" and attributor.ctx.names.is_person(ref.name):
        return speaking_as(ref, source.group("run"), 0.75)
    return None


#: a statement put out: "issued a statement", "released the following statement"
ISSUED_STATEMENT = r"\b(?:issued|released|put\s+out|published|sent\s+out)\s+(?:a|an|the\s+following)\s+(?:[a-z-]+\s+)?statement\b"
#: one anywhere in a sentence that ends in a colon (not "the following statement from its vice
#: president", whose words they are)
STATEMENT_ISSUED_RE = re.compile(ISSUED_STATEMENT + r"(?!\s+(?:from|by|of)\b)")
#: whose words a header opening its sentence says follow: "Comments attributable to ACTU President
#: Michele O’Neil:", "The following is a statement from Kim Strach, …:", "A statement from Burnley reads:"
STATEMENT_SOURCE_RE = re.compile(
    r"\s*(?:(?:The\s+following|Below|This|Here)\s+(?:is|are)\s+|Update:\s+)?(?:(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+)?)?"
    r"(?:(?:[Ss]tatement|[Cc]omments?|[Rr]emarks)\s+(?:attributable\s+to|from|by)|(?:[Rr]eaction|[Rr]esponse)\s+attributable\s+to)\s+"
    rf"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<run>{NAME_RUN})(?=\s*[,:(]|\s+(?:read|reads|following|after|on)\b|\s*$)")
#: a subhead naming whose statement follows: "Russian Paralympic Committee statement"
HEADING_STATEMENT_RE = re.compile(rf"\s*(?P<run>{NAME_RUN})(?:['’]s?)?\s+[Ss]tatement(?:\s+in\s+full)?\s*:?\s*")
#: a statement or letter someone puts out, whose words follow after a colon or comma
ISSUED_STATEMENT_RE = re.compile(ISSUED_STATEMENT + r"\s*[,:]?\s*$")  # (not "released a letter:" someone else may have written)
#: people a story does not name: "a dealer who asked not to be named", "one analyst", "one
#: mother", "a source", "another resident"
PERSON_NOUNS = {
    "man", "woman", "boy", "girl", "person", "mother", "father", "parent", "son", "daughter", "wife",
    "husband", "friend", "neighbour", "neighbor", "resident", "witness", "source", "official",
    "dealer", "analyst", "trader", "investor", "worker", "employee", "voter", "student", "teacher",
    "fan", "supporter", "member", "officer", "soldier", "diplomat", "lawyer", "doctor", "nurse",
    "driver", "passenger", "customer", "shopper", "owner", "farmer", "protester", "protestor",
    "demonstrator", "survivor", "victim", "relative", "veteran", "expert", "observer", "insider",
    "executive", "staffer", "aide", "adviser", "advisor", "spokesman", "spokeswoman",
    "spokesperson", "player", "teammate", "colleague", "villager", "refugee", "migrant",
    "tourist", "visitor", "activist", "economist", "banker", "broker", "manager", "nurse",
}
POSSESSED_SOURCE_RE = re.compile(
    r"\s*(?:(?:But|And|So|Yet|However|Meanwhile),?\s+)?(?:(?:On|In|At|Earlier|Later)\b[^,]{0,60},\s*)?"
    r"(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w-]*['’]s?\s+(?:[a-z-]+\s+){0,2}"
    r"(?:spokes(?:wo)?man|spokesperson|lawyers?|aides?|agent|advis[eo]rs?|representatives?|solicitors?|attorneys?)\b")
ANON_SUBJECT_RE = re.compile(
    r"\s*(?:(?:But|And|So|Yet|Still|However|Meanwhile),?\s+)?(?:An?|One|Another)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z]+(?:ist|ian)?)\b"
)


#: a sentence opening with its subject's name and a verb ("Academy president Frank Pierson praised")
FRONT_SUBJECT_RE = re.compile(r"\s*(?:(?:But|And|Yet|So),?\s+)?(?:[A-Z][\w.’'-]*\s+|[a-z]+\s+(?=[A-Z])){1,6}?"
                              r"(?:[A-Z][\w.’'-]*,\s+[^,_]{2,60},\s+)?"  # (its apposition: ", at-large Republican,")
                              r"(?:also\s+)?(?!(?:is|was|were|be|been)\b)[a-z]+ed\b")
#: nothing before a sentence's subject but a connective ("But", "And so,", "However,")
LEAD_ONLY_RE = re.compile(r"\s*(?:(?:" + "|".join(sorted(w.capitalize() for w in CONNECTIVES)) + r"),?\s+)*")


def _main_speaker(cues: list[Cue], refs: list[Ref], masked: str, ss: int, se: int) -> Ref | None:
    """The speaker the sentence hangs on: an attribution that frames it ("Homeowners expect prices
    to rise, Mr Bannister said", "According to Mandaric, Redknapp vowed …"), else its own subject
    ("But Mr Clarke said he had supported the plans when Mr Blunkett argued for them"), not a
    speaker inside the reported clause."""
    for cue in cues:
        if cue.ref in refs and (cue.verb.lower() == "according to" or (
                (cue.right_subject or masked[ss : cue.subject_start].rstrip().endswith(","))
                and len(masked[max(cue.end, cue.subject_end) : se].split()) <= 6)):
            return cue.ref
    return next((c.ref for c in cues if c.ref in refs and LEAD_ONLY_RE.fullmatch(masked, ss, c.subject_start)), None)


def _anonymous_subject(masked: str, ss: int, se: int) -> bool:
    """"One analyst was less sure", "On Monday, Tony Blair's official spokesman declined …": a
    person the story does not name is the sentence's subject."""
    if POSSESSED_SOURCE_RE.match(masked, ss, se):
        return True
    m = ANON_SUBJECT_RE.match(masked, ss, se)
    return m is not None and (m.group("head") in PERSON_NOUNS or m.group("head") in TITLE_HEADS)


def _learn_gender_from_pronouns(attributor: Attributor, person: Ref, sentence: str) -> None:
    """"Xu Da, a product manager from China, was sitting with his wife": a sentence about one
    person, whose pronouns are all of one gender, tells that person's gender (a name no list of
    first names knows), so that a later "she" does not mean him."""
    if not person.surface or not sentence.lstrip().startswith(person.surface):
        return  # (only the sentence's opening name: not "A British author … her …, with Ridley Scott")
    male = MALE_PRONOUN_RE.search(sentence) is not None
    female = FEMALE_PRONOUN_RE.search(sentence) is not None
    if male != female and attributor.persons_named_in(sentence) <= 1:
        person.gender = "m" if male else "f"
        attributor.ctx.names.learn_gender(person.name, person.gender)


MALE_PRONOUN_RE = re.compile(r"\b(?:he|his|him|himself)\b", re.I)
FEMALE_PRONOUN_RE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)


def _speech_owner(attributor: Attributor, owned: re.Match) -> Ref | None:
    """Whose promise or claim it is: the name, or the holder of the role ("the chancellor’s pledge")."""
    if owned.group("run"):
        return attributor.subject_from_run(owned.group("run"))
    *body, head = owned.group("role").split()
    return attributor.holder_of(head, " ".join(body)) if head in TITLE_HEADS else None


def _first_person(attributor: Attributor, masked: str, ss: int, se: int) -> Ref | None:
    """The person a sentence is about: its focus, for later pronouns. A person the story does not
    name ("One analyst was less sure") is the focus too, as nobody: a later "he" is not an
    older named person."""
    found = attributor.sentence_subject(masked, ss, se)
    if found is not None and found.kind == "person" and found.name and found.gender is None:
        _learn_gender_from_pronouns(attributor, found, masked[ss:se])
    if found is None and (description := AGE_SUBJECT_RE.match(masked, ss, se) or DEMONYM_SUBJECT_RE.match(masked, ss, se)):
        # "But the 25-year-old Dubliner underlined his intention": the person the story is about
        # ("The Australian has suffered …": first the one person the text calls Australian)
        nationality = NATIONALITY_WORD_RE.search(description.group(0))
        found = (nationality and attributor.national_of(nationality.group(0))) or attributor.story_subject(
            description.group(0).strip())
    if found is None and (named := _pronoun_backed_subject(attributor, masked, ss, se)) is not None:
        found = named
    if (found is None and (named := DESCRIPTION_THEN_NAME_RE.match(masked, ss, se)) is not None
            and (not named.group("office") or named.group("office").split()[-1].lower() in TITLE_HEADS)
            and not RELATIVE_WORD_RE.search(masked, ss, named.start("run"))
            and (person := attributor.subject_from_run(named.group("run"))) is not None and person.kind == "person"
            and person.name and len(person.name.split()) >= 2 and attributor.ctx.names.is_person(person.name)):
        # "Another journalist at the airport, Sky’s defence and security editor Deborah Haynes,
        # described …": who the description opening the sentence turns out to be
        found = person
    if found is None and _anonymous_subject(masked, ss, se):
        return Ref(None, "person", surface=UNNAMED_SUBJECT, confidence=0.0)
    if found is None and (office := TITLED_SUBJECT_RE.match(masked, ss, se)) and office.group("head") in TITLE_HEADS:
        # "But the Lib Dem spokesman questioned whether …. He urged …": the person the text
        # gave that title is the one a later "he" means, though no speech verb named them
        found = attributor.holder_of(office.group("head"), office.group("body") or "")
    return found


#: a name of two or three words opening a sentence, then a lower-case verb
OPENING_NAME_VERB_RE = re.compile(r"[^\S\n]*(?P<run>[A-Z][a-z]+(?:[’'-][A-Za-z][a-z]+)?(?:[^\S\n]+[A-Z][a-z]+(?:[’'-][A-Za-z][a-z]+)?){1,2})"
                                  r"[^\S\n]+(?:has[^\S\n]+|had[^\S\n]+|was[^\S\n]+)?[a-z]+(?:ed|s)\b")
#: the sentence goes on to call its subject "his" or "her"
GENDERED_LATER_RE = re.compile(r"\b(?P<pronoun>his|her|he|she)\b")


def _pronoun_backed_subject(attributor: Attributor, masked: str, ss: int, se: int) -> Ref | None:
    """A sentence that opens on a name of no kind we know, and goes on to say "his" or "her"
    ("Lee Westwood missed putts and blamed his caddie"): a person, whom a later "he" means
    rather than an older speaker (organizations, products and places take "its")."""
    m = OPENING_NAME_VERB_RE.match(masked, ss, se)
    if m is None:
        return None
    name = m.group("run")
    tokens = name.split()
    names = attributor.ctx.names
    if (tokens[0].lower() in NOT_NAMES or is_org_name(name) or any(t.lower() in ORG_WORDS for t in tokens)
            or names.is_person(canonical := names.canonical(name))):
        return None
    later = GENDERED_LATER_RE.search(masked, m.end(), se)
    if later is None:
        return None
    gender = "f" if later.group("pronoun") in ("her", "she") else "m"
    names.learn_gender(canonical, gender)
    return Ref(canonical, "person", surface=name, confidence=0.75, gender=gender)


def _contrast_subject(attributor: Attributor, masked: str, ss: int, se: int, cues) -> Ref | None:
    """The person a sentence's closing clause is about ("Fowler's double strike helped City come
    back and Keegan sympathised with Norwich boss Nigel Worthington"): the latest subject, whom a
    next "he" most likely means, when the sentence reports nobody's speech and opens on no person."""
    if any(c.ref is not None and c.ref.name for c in cues):
        return None  # ("Wenger said Henry would be fit, though Pires is …": the speaker stays in focus;
        #              a cue word that names nobody, "sees hope", is no speaker)
    m = CONTRAST_CLAUSE_RE.search(masked, max(ss, se - 200), se)
    if m is None or attributor.sentence_subject(masked, ss, se) is not None:
        return None  # ("Blair moved Straw … and Margaret Beckett replaced him": the subject stays)
    ref = attributor.subject_from_run(m.group("run"))
    focus = attributor.ctx.focus
    titled = bool(m.group("role")) and ref is not None and bool(ref.name) and len(ref.name.split()) >= 2
    if (ref is None or ref.kind != "person" or not ref.name
            or not (attributor.ctx.names.is_person(ref.name) or titled)  # (a title says it is one)
            or (not titled and m.group("verb").endswith("s") and m.group("verb") not in CONTRAST_S_VERBS)
            or (focus and focus[-1].name == ref.name)):
        return None  # (not "… and Rough Trade signed the band": a label, no person; a word in
        #              -s is a verb only after a titled full name: "and Harry Potter books …")
    return ref


#: ", but McIlroy is unfazed", "; though Smith remains confident", "but captain Fabien Pelous sees
#: hope": a closing clause with its own subject
CONTRAST_CLAUSE_RE = re.compile(
    rf"(?:[,;]\s*|\s+)(?:but|while|whereas|although|though|and)\s+(?:(?P<role>{TITLE_HEAD_ALTERNATION})\s+)?(?P<run>{NAME_RUN})\s+"
    r"(?P<verb>is|was|has|had|remains|remained|says|said|insists|insisted|believes|believed|feels|felt|looks|looked|"
    r"[a-z]{3,}ed|[a-z]{3,}s)\b[^,;]*[.!?]?\s*$")


#: the verbs in -s a closing clause may have after an untitled name (any other word in -s there
#: may be a plural noun: "and Harry Potter books accounted for …")
CONTRAST_S_VERBS = {"is", "has", "says", "insists", "believes", "feels", "looks", "remains"}


def _owned_by_focus(attributor: Attributor, masked: str, ss: int, se: int, mentioned: Ref) -> bool:
    """"There was an attempt to end the gossip about his rift with Chancellor Gordon Brown": a
    pronoun of the named person's gender before the name means someone else, the person in
    focus, who stays the one a later "he" most likely means."""
    focus = attributor.ctx.focus
    latest = focus[-1] if focus else None
    gender = mentioned.gender
    if (latest is None or latest.kind != "person" or not latest.name or latest.name == mentioned.name
            or gender is None or latest.gender != gender or not mentioned.surface):
        return False
    at = masked.find(mentioned.surface, ss, se)
    if at <= ss or FRONTED_PHRASE_RE.fullmatch(masked, ss, at):
        return False  # "For his part, Adam Curry's pressing ahead": the fronted "his" is his own
    if AGENT_BEFORE_RE.search(masked, max(ss, at - 60), at):
        return False  # "a swift response from Tory leader Michael Howard": a new voice, introduced
    pronouns = MALE_OWNER_RE if gender == "m" else FEMALE_OWNER_RE
    return pronouns.search(masked, ss, at) is not None


#: the named person as the agent the sentence introduces ("a response from", "was criticised by")
AGENT_BEFORE_RE = re.compile(r"\b(?:from|by)\s+(?:[A-Z][\w.’'-]*\s+|[a-z][\w-]*\s+){0,3}$")
FRONTED_PHRASE_RE = re.compile(r"\s*[^,.;:]*,\s*")
MALE_OWNER_RE = re.compile(r"\b(?:his|him)\b")
FEMALE_OWNER_RE = re.compile(r"\b(?:her|hers)\b")


#: "But the Lib Dem spokesman questioned …": an office or role as a sentence's acting subject
TITLED_SUBJECT_RE = re.compile(
    SENTENCE_LEAD + r"(?:(?:After|Before|Later|Earlier|On|In|At)\s+[^,.;:]{2,40},\s+)?"  # ("After the meeting, the mayor …")
    + r"[Tt]he\s+(?P<body>(?:[\w’'-]+\s+){0,3}?)(?P<head>[a-z]+)" + SUBJECT_VERB)


#: "And the American remains highly critical …", "The Scot said": a nationality standing for a person
DEMONYM_SUBJECT_RE = re.compile(
    SENTENCE_LEAD + rf"[Tt]he\s+(?:[A-Z][a-z]+(?:an|ian|ese|ish|er|man|woman|i)|{IRREGULAR_DEMONYMS})" + SUBJECT_VERB)
NATIONALITY_WORD_RE = re.compile(r"(?<=[Tt]he\s)[A-Z][a-z]+(?=\s)")
AGE_SUBJECT_RE = re.compile(SENTENCE_LEAD + r"[Tt]he\s+\d+-year-old\b")


#: speech verbs that report a clause whoever their subject is ("Most respondents said …", "The
#: Caribbean island's government said …"); no noun reading ("claims", "states", "fears")
UNNAMED_SUBJECT_VERBS = {"said", "says", "say", "told", "added", "argued", "argues", "insisted", "insists",
                         "warned", "warns", "explained", "believes", "believed", "believe", "thinks", "feared"}
#: verbs that report a clause from an unnamed subject only with "that" ("Research revealed that …"):
#: without it they take objects ("conceded three goals", "claimed victory", "admitted more patients");
#: none that an event may be the subject of ("The win confirmed that …", "The move signalled that …")
UNNAMED_THAT_VERBS = {"revealed", "complained", "predicted", "concluded", "alleged", "reported", "acknowledged",
                      "announced", "estimated", "stated", "agreed", "hoped", "noted", "pointed out", "maintained",
                      "recognised", "recognized", "disclosed", "testified", "declared", "recommended", "reckoned",
                      "denied", "conceded", "admitted", "admits", "claimed", "stressed"}
#: of those, the ones whose clause may also come without "that" when it plainly opens with its own
#: subject and verb ("the opposition claimed there was widespread vote rigging")
UNNAMED_BARE_CLAUSE_VERBS = {"claimed", "admitted", "conceded", "stressed"}
#: a clause's own subject: a pronoun or a determiner ("there was …", "the plan would …")
BARE_CLAUSE_START_RE = re.compile(r"\s*(?:there|he|she|it|they|we|the|his|her|its|their|this|these|those)\s")
#: where a clause of the reporter's own begins ("claimed victory when Jones scored")
SUBORDINATOR_RE = re.compile(r"\b(?:when|after|before|as|if|because|while|until|since|despite|once),?\s|,")
#: the joint before the next speaker's subject, with the words of their title: ", but Tory leader"
NEXT_SPEAKER_JOINT_RE = re.compile(r",\s+(?:but|and|while|whereas)\s+(?:[\w'’-]+\s+){0,3}$")
#: a whole clause in three words: a subject, "was" or "had", and a word of its own ("he had lied",
#: "custody was overused"), not a stump ("it would be", "the US had", "It is set")
SHORT_CLAUSE_RE = re.compile(
    r"[\w'’-]+\s+(?:is|are|was|were|had|has|have)\s+(?!(?:set|due|expected|likely|going|able|about|vital|important|to)\b)[a-z]{3,}")
#: a joint before a quotation inside a reported clause: ", but “…”", " and “…”", "; “…”"
CLAUSE_BREAK_RE = re.compile(r"(?:[,;]\s*(?:but|and|or|while)?|\s(?:but|and|-|—|–))\s*$")
#: nothing after a quotation but the sentence's close
QUOTE_CLOSES_SENTENCE_RE = re.compile(r"[\"”’'»]?\s*[.!?]?[\"”’'»]?\s*")
#: the reporter's own frame closing a reported clause: "…, the BBC has learned."
LEARNED_FRAME_RE = re.compile(r",\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}"
                              r"\s+(?:has|have)\s+(?:learned|learnt|been\s+told)\s*[.!?]?\s*$")
#: a clause of its own after a semicolon: a subject, then a verb within a few words ("; 22% said …",
#: "; others think it has …"), not a list's next item ("; increased funding for victims")
CLAUSE_AFTER_SEMICOLON_RE = re.compile(
    r"\s*(?:[A-Z][\w'’-]*|\d[\w%,.]*|he|she|they|it|we|the|some|most|others|many)(?:\s+[\w'’%-]+){0,3}?\s+"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|said|says|say|think|thinks|believe|believes|died|[a-z]{3,}ed)\b")
#: a semicolon that ends a reported sentence, not one in brackets ("3m euros (£2.1m; $4.1m)")
CLAUSE_SEMICOLON_RE = re.compile(r";(?![^()]*\))")
#: a relative clause with no comma before it ("Fans who believed …"), which no mark ends
RESTRICTIVE_RELATIVE_RE = re.compile(r"[^,\s—–(-]\s+(?:who|which)\s+(?:[a-z]+\s+)?$")
#: a sentence that has only begun its subject ("The thousands of loyal supporters", "Many of the
#: young voters"): a determiner or quantifier, a few words, "of" and a few more
SUBJECT_NOUN_PHRASE_RE = re.compile(
    r"\s*(?:(?:But|And|Yet)\s+)?(?:The|A|An|Many|Most|Some|All|Those|These|Thousands|Hundreds|Dozens|Few)"
    r"(?:\s+[\w'’-]+){0,3}\s+of(?:\s+[\w'’-]+){1,4}\s*")
#: a source that is nobody: "No one believed …", "Nobody said …"
NEGATED_SOURCE_RE = re.compile(r"\b(?:[Nn]o\s+one|[Nn]obody|[Nn]one(?:\s+of\s+them)?)\s+(?:[a-z]+\s+)?$")
#: a sentence whose subject is nobody in particular: "No minister has said …", "Neither man
#: said …", "Not everyone believes …", "Hardly anyone believes …"
NEGATED_LEAD_RE = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?(?:No|Neither|Nobody|None|Not\s+(?:everyone|everybody|all|one)|"
                             r"Hardly\s+any\w*|Few)\b")
#: "Asked whether he believed …, the manager smiled": a question put to someone, no answer
FRONTED_QUESTION_RE = re.compile(r"\s*(?:Asked|Pressed|Questioned|Quizzed|Challenged)\b")
#: the subject's last word, past an adverb or an auxiliary ("22% also said", "GPs had feared")
UNNAMED_SUBJECT_END_RE = re.compile(
    r"(?P<word>[A-Za-z0-9%][\w%'’-]*)(?:\s+(?:also|only|previously|earlier|recently|now|still|have|has|had))*\s+$")
#: words that end no subject: the verb is an infinitive or follows an auxiliary ("to say", "will say")
NOT_SUBJECT_WORDS = {"to", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should",
                     "shall", "not", "the", "a", "an", "of", "for", "and", "or", "but", "with", "by", "be", "been",
                     "being", "is", "are", "was", "were", "do", "does", "did", "that", "this", "what", "as", "in",
                     "on", "at", "from", "than", "so", "if", "when", "whom", "never", "also", "just", "i", "you"}
#: what follows the verb is no reported clause of its own: "says so", "says it all", "which it
#: says will remain" (the clause's subject went before)
UNNAMED_NO_CLAUSE_RE = re.compile(
    r"\s+(?:so\b|it\s+all\b|(?:should|would|could|will|may|might|must|can|is|are|was|were|has|have|had)\b)")
#: "what it said were …": the verb's clause is the relative's antecedent, not after it
RELATIVE_OBJECT_LEAD_RE = re.compile(r"\b(?:what|which|whom)\s+$")
#: the clause went first, the unnamed source follows its comma: "…, the statistical office said.",
#: "…, it said.", "…, the men's solicitor says."
UNNAMED_BEFORE_VERB_RE = re.compile(
    r",\s*(?P<subject>(?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+|[Oo]ur\s+)?[\w%&.’'-]+(?:\s+[\w%&.’'-]+){0,5})\s+$")
#: verbs that go before their source: "…, said industry officials."
INVERTED_UNNAMED_VERBS = {"said", "says", "say", "added", "warned", "warns", "argued", "argues", "insisted",
                          "insists", "explained"}
#: a determiner that opens a source ("a spokesman for Tony Blair", "one dealer")
UNNAMED_DETERMINER_RE = re.compile(r"(?:the|a|an|its|their|our|one|two|three|some|many|several|most|other|another)\s")
#: a source, not a participle ("drowned", "lost"): a determiner, a capital, or a plural
NOUN_PHRASE_SOURCE_RE = re.compile(rf"{UNNAMED_DETERMINER_RE.pattern}|[A-Z]|.*[a-z]s\.?$")
#: "…, said industry officials.", "…, say the Bucharest side."
UNNAMED_AFTER_VERB_RE = re.compile(
    r"\s+(?P<subject>(?:[Tt]he\s+)?[\w%&.’'-]+(?:\s+[\w%&.’'-]+){0,4}?)\s*[.!?]?\s*$")
#: words that open no unnamed source: a conjunction, a relative, or the start of a clause
NOT_SOURCE_LEADS = {"and", "but", "or", "which", "who", "whom", "that", "as", "while", "when", "if", "so",
                    "because", "although", "though", "where", "what", "this", "there", "then", "not"}


def _unnamed_cue(cue: Cue, masked: str, ss: int, se: int) -> Cue | None:
    """The cue, with somebody unnamed as its speaker, when the rules could not name its subject
    ("Pakistan's High Commissioner to Britain said some Pakistanis should …", "…, the
    statistical office said.", "…, said industry officials."): the clause it reports is found,
    with no speaker rather than a guessed one."""
    verb = cue.verb.lower()
    after = masked[cue.end : se]
    if (masked[ss:se].rstrip().endswith("?") or NEGATED_SOURCE_RE.search(masked, max(ss, cue.start - 12), cue.start)
            or NEGATED_LEAD_RE.match(masked, ss, cue.start) or FRONTED_QUESTION_RE.match(masked, ss, cue.start)):
        return None  # "Who said the game was over?", "No one believed the team could win."
    reports_clause = verb in UNNAMED_SUBJECT_VERBS or verb in UNNAMED_THAT_VERBS and (
        LEADING_THAT_RE.match(after) or verb in UNNAMED_BARE_CLAUSE_VERBS and _bare_clause(masked, cue.end, se))
    if cue.ref is not None or not reports_clause:
        return None
    if not after.strip(" .!?") or (len(after) < 80 and INVERTED_TAIL_RE.match(after)):
        # the clause went first: "…, SOURCE said."
        source = UNNAMED_BEFORE_VERB_RE.search(masked, ss, cue.start)
        if source is None or not _unnamed_source(source.group("subject")):
            return None
        return replace(cue, ref=_somebody(source.group("subject")), subject_start=source.start("subject"),
                       subject_end=source.end("subject"))
    if masked[ss : cue.start].rstrip().endswith(","):
        # "…, said SOURCE." (not "…, feared drowned.", "…, claimed by Islamic State.")
        source = UNNAMED_AFTER_VERB_RE.match(masked, cue.end, se)
        if (verb not in INVERTED_UNNAMED_VERBS or source is None or not _unnamed_source(source.group("subject"))
                or " for " in source.group("subject") and not UNNAMED_DETERMINER_RE.match(source.group("subject"))
                # (not "…, said prayers for the victims.", but "…, said a spokesman for Tony Blair.")
                or not NOUN_PHRASE_SOURCE_RE.match(source.group("subject"))):
            return None
        return replace(cue, ref=_somebody(source.group("subject")), subject_start=source.start("subject"),
                       subject_end=source.end("subject"), right_subject=True)
    if cue.right_subject:
        return None
    subject = UNNAMED_SUBJECT_END_RE.search(masked, ss, cue.start)
    if (subject is None or subject.group("word").lower() in NOT_SUBJECT_WORDS
            or after[:1] in (":", ",") or UNNAMED_NO_CLAUSE_RE.match(after)
            or RELATIVE_OBJECT_LEAD_RE.search(masked, ss, subject.start())):
        return None
    return replace(cue, ref=_somebody(subject.group("word")))


#: a comma, a colon, a dash or a quotation mark: what a nested "it" of the same speaker must not follow
QUOTE_OR_MARK_RE = re.compile(r"[,;:—–\"“”]|\s-\s")
#: the owner opening a reported clause before its subject's noun: "the railway industry’s "
OWNER_PHRASE_RE = re.compile(r"\s*(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*['’]s\s*")
#: "which" right before a cue's subject: a relative clause whose verb the reported clause supplies
GAPPED_RELATIVE_RE = re.compile(r"(?:^|[\s,—–-])which\s+$")
#: where a sentence resumes after a relative clause: a dash, or a comma and a verb (", was unveiled")
RELATIVE_RESUME_RE = re.compile(r"\s*(?:[—–]|\s-\s|,\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|"
                                r"might|must|should|[a-z]{3,}ed|[a-z]{3,}s)\b)")
#: the comma or dash that opens a relative clause: ", who", " — who"
RELATIVE_START_RE = re.compile(r"\s*[,—–-]\s*(?:who|which)\b")
#: a mark that may end a reported clause before a later verb: a comma, a semicolon, a colon, a
#: dash, or a conjunction
INNER_CLAUSE_MARK_RE = re.compile(r"[,;:—–]|\s-\s|\b(?:and|but|or|while|whereas|as|although|though|yet|"
                                  r"because|since|after|before|when|until|unless|if)\b")


def _object_only(masked: str, cue: Cue, end: int) -> bool:
    """A cue verb that takes an object and reports no clause here ("reported a rise in sales",
    "announced plans to expand"): no "that", no colon or quotation, and no clause with a subject
    of its own after it."""
    if cue.verb.lower() not in TRANSITIVE_CUES:
        return False
    offset = cue.end
    after = masked[offset:end].lstrip()
    return not (LEADING_THAT_RE.match(masked, offset, end) or after[:1] in (":", ",", "\"", "“", "_", "")
                or _opens_clause(masked, offset, end))


def _bare_clause(masked: str, start: int, end: int) -> bool:
    """A clause with its own subject and verb opens right after the verb, before any clause of
    the reporter's ("there was widespread vote rigging", not "three goals after the goalkeeper
    was sent off" or "the title when his rival withdrew")."""
    if not BARE_CLAUSE_START_RE.match(masked, start, end):
        return False
    stop = SUBORDINATOR_RE.search(masked, start + 1, end)
    return _opens_clause(masked, start, stop.start() if stop else end)


def _unnamed_source(phrase: str) -> bool:
    """A few words that may name a source ("the men's solicitor", "Sainsbury's"): no conjunction
    or relative first ("…, as the man says."), no auxiliary or preposition after the first word."""
    words = phrase.split()
    return (bool(words) and words[0].lower() not in NOT_SOURCE_LEADS
            and not any(w.lower() in NOT_SUBJECT_WORDS - {"the", "of", "for", "and", "it"} for w in words[1:]))


def _somebody(surface: str) -> Ref:
    return Ref(None, "collective", surface=surface, confidence=0.3)


#: whom a warning is to, then what to do: "South Africans to prepare", "citizens not to travel"
OBJECT_INFINITIVE_RE = re.compile(r"(?:(?!(?:might|would|will|could|may|must|should|can|has|have|had|is|are|was|were|"
                                  r"needs?|needed|wants?|wanted|plans?|planned|hopes?|hoped|expects?|expected|going|"
                                  r"against|about)\b)[\w’'-]+\s+){1,4}?(?:not\s+)?to\s+[a-z]")


def _quotes_inside_reports(records: list[_Record], first_record: int, masked: str, base: int) -> None:
    """A quotation inside a person's reported clause is theirs, not the body's whose cue closes
    the sentence ("Mr Alexander warned the repairs would be “very technical,” the Local
    Democracy Reporting Service said"; not "… she had been told the water was “safe,” Thames
    Water said": the words she was told)."""
    reports = [r for r in records[first_record:] if r.kind == "indirect" and r.ref is not None
               and r.ref.kind == "person" and r.ref.name]
    for record in records[first_record:] if reports else ():
        if record.kind == "indirect" or record.ref is None or record.ref.kind != "org":
            continue
        report = next((r for r in reports if r.start <= record.start and record.end <= r.end + 2
                       and not TOLD_PASSIVE_RE.search(masked, r.start - base, record.start - base)), None)
        if report is not None:
            record.ref, record.cue = report.ref, report.cue
            record.confidence = min(record.confidence, report.ref.confidence)


#: "she had been told", "was informed": the words that follow are the teller's
TOLD_PASSIVE_RE = re.compile(r"\b(?:been|was|were|is|are)\s+(?:told|informed|assured|advised)\b")


def _opens_own_report(cue: Cue, masked: str, cs: int, ce: int) -> bool:
    """A named person's saying verb opens the clause [cs, ce) and reports a clause of its own: the
    subject first (a title and name at most: "Egypt’s chief archaeologist Zahi Hawass said"), no
    comma before the verb, and "that" or a subject after it (not "the plan Mr Streeting said would
    …", "a report Mr Smith argued against": a relative clause; not "claimed asylum", a deed)."""
    verb = cue.verb.split()[-1].lower()
    return (cue.ref is not None and cue.ref.kind == "person" and bool(cue.ref.name) and not cue.right_subject
            and (verb in REPORTING_VERBS or verb in ("confirmed", "claimed", "announced") and masked.startswith(" that ", cue.end))
            and cs <= cue.subject_start < cue.start < ce and not any(p in masked[cs : cue.start] for p in ",;:")
            and all(w[:1].isupper() or w.lower() in TITLE_HEADS or ROLE_WORD_RE.match(w) for w in masked[cs : cue.subject_start].split())
            and REPORTED_CLAUSE_AFTER_RE.match(masked, cue.end) is not None)


#: what follows a verb that reports a clause of its own: "that", or the clause's subject (after a
#: listener: "told MPs it would …")
REPORTED_CLAUSE_AFTER_RE = re.compile(
    r"(?:\s+(?:the\s+)?(?:[A-Z][\w’'.-]*|reporters|journalists|the\s+\w+))?\s+(?:that\b|(?:he|she|it|they|we|I|there|the|a|an|his|her|its|their|this|these|those)\b)")


def _indirect(attributor, ptext, masked, base, ss, se, cues, rel, records, first_record: int,
              claimed: set[int], unnamed_records: list[_Record]) -> None:
    """Reported speech without quote marks: X said (that) …; …, X said; according to X, …
    A cue that reports a clause of its own goes into `claimed`: it attributes nothing else. A
    clause whose speaker nobody names goes into `unnamed_records`, out of the way of the voice a
    later quotation may go on in, and gives way to any named speaker's clause over it."""
    # each unresolved cue read once as somebody unnamed's ("…, said one officer."), if it can be
    unnamed_reading = {id(c): u for c in cues if c.ref is None and (u := _unnamed_cue(c, masked, ss, se)) is not None}
    for cue in cues:
        verb = cue.verb.lower()
        own = cue
        unnamed = id(cue) in unnamed_reading
        if unnamed:
            cue = unnamed_reading[id(cue)]
        ref = cue.ref
        if ref is None or verb not in INDIRECT_VERBS or not (ref.name or ref.kind == "collective"):
            continue
        if (verb in ("admitted", "admits") and set((ref.surface or "").lower().split()[-1:]) & ADMITTING_HEADS
                and not LEADING_THAT_RE.match(masked, cue.end, se)):
            continue  # "The university admitted fewer students …": it admits people, it says nothing
        if verb == "according to":
            tail = masked[cue.subject_end : se]
            head = masked[ss : cue.start].rstrip()
            appos = RIGHT_APPOS_TAIL_RE.match(tail)
            if head.endswith(",") and appos and not tail[appos.end():].strip(" .!?"):
                # "…, according to the Council, an industry group.": the apposition is no clause
                cs, ce = ss, ss + len(head) - 1
            elif tail.startswith(","):
                if any(other is not own and other.ref is not None and ss <= other.start < cue.start for other in cues) \
                        and PARTICIPLE_LEAD_AFTER_RE.match(tail, 1):
                    continue  # "X told reporters, according to Bloomberg, adding that …": X's next clause
                cs = cue.subject_end + 1
                ce = se
            else:
                head = masked[ss : cue.start].rstrip(" ,")
                cs, ce = ss, ss + len(head)
            if cs == ss and any(other is not own and other.ref is not None and other.ref.name
                                and ss <= other.start < cue.start for other in cues):
                # "Martin Cole told the court he had lied, according to the Press Association": the
                # clause is a named speaker's report; the agency only reports it
                continue
        elif cue.right_subject:
            # "…, said BBC correspondent Stephen Cape." — the clause is what precedes
            tail = masked[cue.subject_end : se]
            appos = RIGHT_APPOS_TAIL_RE.match(tail)  # "…, said Scott Strenfel, PG&E's meteorologist."
            rest = tail[appos.end() :] if appos else tail
            head = masked[ss : cue.start].rstrip()
            if not head.endswith(","):
                continue
            if SHORT_FRONT_RE.fullmatch(masked, ss, cue.start) and tail.startswith(",") and len(tail.split()) >= 5:
                cs, ce = cue.subject_end + 1, se  # "Then, say analysts, there is …": the clause after
            elif len(rest) >= 80 or not INVERTED_TAIL_RE.match(rest):
                if not _parenthetical(masked, ss, cue.start, cue.subject_end, se):
                    continue
                cs, ce = ss, se  # "The key to its success, says Buser, is the network."
                if SUBORDINATE_RE.match(masked, ss):
                    cs = cue.subject_end + 1
            else:
                cs, ce = ss, ss + len(head) - 1
        else:
            after = masked[cue.end : se]
            if after[:1] == "," and AS_LEAD_RE.fullmatch(masked, ss, cue.subject_start) and len(after.split()) >= 4:
                # "But, as the committee has pointed out, it would also be used …": the clause after
                cs, ce = cue.end + 1, se
            elif after[:1] in (":", ","):
                # "X said, ..." / "X said:" introduce quotations, or "…, X said." ends a clause
                if (cue.start > ss and (head := HONORIFIC_TAIL_RE.sub("", masked[ss:cue.subject_start].rstrip())).endswith(",")
                        and (not after.strip(" ,.:") or (after[:1] == "," and (
                            REPORTER_ADVERBIAL_RE.match(after[1:].lstrip())
                            # ("…, Mr. Janowski said, adding that …": the speaker goes on in a participle)
                            or PARTICIPLE_LEAD_AFTER_RE.match(after, 1)
                            # ("…, Reuters reported, citing sources.", "…, the Nikkei reported, a verdict that …")
                            or CITING_TAIL_RE.match(after.rstrip(" .!?"))
                            or verb in ("reported", "reports") and REPORTED_NEWS_TAIL_RE.match(after))))
                        and not after.startswith(":") and ":" not in masked[ss : cue.subject_start]):
                    # (not "After the win, he said:", whose colon opens a quotation, nor "Saunders
                    # was upset: “…,” he said", whose clause is the quotation's introduction;
                    # "…, the union said, hours after the government moved": the reporter's words
                    # after the attribution are no part of the clause)
                    cs, ce = ss, ss + len(head) - 1
                elif _parenthetical(masked, ss, cue.subject_start, cue.end, se):
                    cs, ce = ss, se  # "Many of the prisons, she said, are aging."
                    if SUBORDINATE_RE.match(masked, ss):
                        cs = cue.end + 1  # "If producers are squeezed, he noted, they may …"
                elif (after.startswith(",") and cue.subject_start > ss
                      and SHORT_FRONT_RE.fullmatch(masked, ss, cue.subject_start)
                      and len(after[1:].split()) >= 4):
                    # "Already, he said, friends had declared …", "But, he said, the Mac mini
                    # changed that": a fronted word or two, then the reported clause
                    cs, ce = cue.end + 1, se
                else:
                    continue
            elif (not after.strip(" .!?") or (len(after) < 80 and INVERTED_TAIL_RE.match(after))
                  or (verb in TOLD_VERBS and (obj := OBJECT_AFTER_TOLD_RE.match(after))
                      and not after[obj.end():].strip(" .!?"))):
                # "…, the US military said (in a statement) (on Wednesday).", "…, a source told
                # Reuters." (the listener is no speaker)
                head = HONORIFIC_TAIL_RE.sub("", masked[ss:cue.subject_start].rstrip())
                if ref.title and head.endswith(" " + ref.title):
                    head = head[: -len(ref.title)].rstrip()  # "…, RCN leader Pat Cullen said.": the title before the name
                if cue.subject_start <= ss:
                    continue
                if head.endswith(","):
                    cs, ce = ss, ss + len(head) - 1
                elif QUOTE_COMMA_END_RE.search(ptext, ss, ss + len(head)) and ":" not in head:
                    # “This was why he wanted to “get out of the news,” he added.”: the clause ends
                    # with a quotation whose comma sits inside the marks
                    cs, ce = ss, ss + len(head)
                else:
                    continue
            else:
                offset = cue.end
                if verb in ("told", "tells", "telling", "assured", "assures", "informed", "informs"):
                    m = OBJECT_AFTER_TOLD_RE.match(masked, offset, se)
                    if not m:
                        continue
                    offset = m.end()
                if verb in TOLD_VERBS or verb in ("told reporters", "telling"):
                    rest_of_object = OBJECT_TAIL_RE.match(masked, offset, se)
                    if rest_of_object:
                        offset = rest_of_object.end()  # "told BBC Radio 4's Today programme that"
                lead = CLAUSE_LEAD_RE.match(masked, offset, se)
                offset = lead.end() if lead else offset
                that = LEADING_THAT_RE.match(masked, offset, se)
                if that:
                    offset = that.end()
                elif unnamed and not _opens_clause(masked, offset, se):
                    continue
                elif verb in THAT_ONLY_VERBS:
                    continue
                elif verb in TRANSITIVE_CUES and (cue.relative or not _opens_clause(masked, offset, se)):
                    # "concluded its third hearing", "maintained a lead", "added 25 points", "wrote
                    # A Song of Ice and Fire": an object, not a reported clause, unless a subject opens it
                    # (in a relative clause, only "that" does: "Ros Coward, who wrote the authorised
                    # biography …", "Jacques Chirac, who announced his attendance …")
                    continue
                elif masked[offset : offset + 3] in ("to ", "for") or masked[offset : offset + 1] in (",", ":", ".", "") \
                        or NO_CLAUSE_RE.match(masked, offset):
                    continue  # "warned against making …", "admitted as much": no reported clause
                elif verb.startswith("warn") and OBJECT_INFINITIVE_RE.match(masked, offset, se):
                    continue  # "warned South Africans to prepare for …": a warning to do, no clause
                cs, ce = offset, se
                if GAPPED_RELATIVE_RE.search(masked, ss, cue.subject_start) and (
                        close := RELATIVE_RESUME_RE.search(masked, cs, se)) is not None:
                    # "The plan, which Gordon Brown says will save £1bn a year, was unveiled …":
                    # the clause is the relative clause's, and ends where the sentence's own verb
                    # resumes (not at a list's comma: "to design, print and deliver")
                    ce = close.start()
                if cue.relative or (unnamed and ref.surface.lower() in ("who", "which")):
                    if unnamed and (restrictive := RESTRICTIVE_RELATIVE_RE.search(masked, ss, cue.start)) is not None \
                            and (len(masked[ss : restrictive.start() + 1].split()) <= 4
                                 or SUBJECT_NOUN_PHRASE_RE.fullmatch(masked, ss, restrictive.start() + 1)):
                        # "Fans who believed the team could win were left …": the sentence's
                        # subject, whose verb is yet to come, and no mark to end the clause before it
                        continue
                    # "Jones, who says she is innocent, could lose …": the relative clause ends
                    # at its closing comma or dash
                    close = RELATIVE_CLOSE_RE.search(masked, cs, se)
                    if close:
                        ce = close.start()
                for other in cues:
                    if other.ref is None and other.verb not in PARTICIPLES:
                        if (framing := unnamed_reading.get(id(other))) is None or not (
                                framing.right_subject or framing.subject_start < other.start):
                            continue  # "in all states", "more of a say": the word, not a speech act
                        other = framing  # "…, he added.", "…, said one officer.": a frame of its own
                    if other.start > cs and other is not own:
                        if _object_only(masked, other, se) and not INNER_CLAUSE_MARK_RE.search(masked, cs, other.start):
                            # "Gordon Brown said Tesco reported a rise in sales": a verb of the
                            # reported clause with an object, no clause of its own to give way to
                            # (not after a comma, a dash or a conjunction: "…, which she described
                            # as", "- a move he announced", "… but analysts estimated …", "…
                            # whereas the ECB noted …", "added four conversions as Wales maintained")
                            continue
                        if (other.subject_start <= cs + 1 and other.ref is not None and ref is not None
                                and other.ref.name == ref.name) or \
                                masked[cs : other.start].strip().lower() in ("he", "she", "they", "it", "we", "i") or \
                                (other.ref is not None and other.ref.name and other.ref.name == ref.name
                                 and (other.ref.surface or "").lower() == "it"
                                 and not CLAUSE_BREAK_RE.search(masked, cs, other.subject_start)
                                 and not QUOTE_OR_MARK_RE.search(masked, cs, other.subject_start)):
                            # "X said he hoped for …", "Yukos maintains that it filed … because it
                            # feared …": the clause holds the speaker's own report (not after "and",
                            # a comma or a quotation: "…,” it said in a statement" is its frame;
                            # "it" only: a person's "he" there may open a report of its own, "…,
                            # though he recognised that …", which the rules before this one handle)
                            break
                        if other.subject_start <= cs + 1 and ref.name and other.verb.lower() in THOUGHT_VERBS:
                            # "Cairn said that the government believed the company was liable": a belief
                            # the speaker ascribes to someone is the speaker's claim, not a word of theirs
                            break
                        if ((other.subject_start <= cs + 1 or OWNER_PHRASE_RE.fullmatch(masked, cs, other.subject_start))
                                and other.ref is not None and not other.ref.name
                                and other.ref.kind == "collective" and ((other.ref.surface or "").split() or ["?"])[-1][:1].islower()
                                and ref.name):
                            # "Liberty said statistics suggested …", "The RAIB said that the railway
                            # industry’s risk assessments had clearly signalled that …": a source they
                            # cite, in their clause (not "denied Conservative claims that …": the party's)
                            break
                        ce = min(ce, other.start if other.right_subject or other.verb.lower() == "according to"
                                 else other.subject_start if other.subject_start > cs else other.start)
                        if other.relative and other.subject_start > cs and (
                                (who := RELATIVE_START_RE.search(masked, other.subject_start, other.start)) is not None):
                            # "The club said the fee had been agreed with Harry Redknapp, who said …":
                            # the name is the clause's; the relative clause after it is not
                            ce = who.start()
                        if (joint := NEXT_SPEAKER_JOINT_RE.search(masked, cs, ce)) is not None:
                            ce = joint.start()  # "…, but Tory leader Michael Howard said": not the clause's
                        break
        # a quotation inside the clause: the clause itself (a partial quote only), a clause of its
        # own after a joint, or the reported sentence going on in the speaker's words
        for qs, qe in rel:
            if cs <= qs - 1 < ce:
                if not masked[cs : qs - 1].strip():
                    if len(masked[qe + 1 : ce].split()) < 3 or len(ptext[qs:qe].split()) > 3:
                        cs = ce  # the clause is the quotation itself: a partial quote, not indirect
                    # else "said “blog” headed the list …": a quoted word opening the clause
                elif CLAUSE_BREAK_RE.search(masked, cs, qs - 1) and not (
                        QUOTE_CLOSES_SENTENCE_RE.fullmatch(masked, qe, se)
                        and not masked[cs : qs - 1].rstrip().endswith((",", ";"))):
                    # "…, but “we were robbed”, Alex Ferguson said", "…; “he is …”": a quotation
                    # after a joint is a clause of its own, most likely another cue's; one that
                    # closes the sentence right after "and" or "but" goes on with the reported one
                    # ("the plan was dangerous and “could create conflict …”.")
                    ce = qs - 1
                elif (len(masked[cs : qs - 1].split()) <= 4 and not masked[qe + 1 : ce].strip(" .,;:!?\"”’'")
                      and len(ptext[qs:qe].split()) > len(masked[cs : qs - 1].split())):
                    cs = ce  # "his opposition “is rooted …”": a subject and a partial quote
            elif qs <= cs < qe + 1:
                cs = ce
        if (frame := LEARNED_FRAME_RE.search(masked, cs, ce)) is not None:
            ce = frame.start()  # "…, the BBC has learned.": the reporter's frame, not the clause
        if ((semicolon := CLAUSE_SEMICOLON_RE.search(masked, cs, ce)) is not None and semicolon.start() > cs
                and CLAUSE_AFTER_SEMICOLON_RE.match(masked, semicolon.end(), ce)):
            # the reported sentence ends at a semicolon before a clause of its own ("40% said
            # …; 22% said …"), not at one in brackets ("3m euros (£2.1m; $4.1m)") or a list
            ce = semicolon.start()
        if (verb == "according to" and ref.kind != "person" or ref.kind == "org" and outlet_name(ref.name)) and any(
                other is not own and _opens_own_report(other, masked, cs, ce) for other in cues):
            # "According to the Local Democracy Reporting Service, Mr Warman said that …", "Zahi
            # Hawass said that the mummies …, BBC adds": the named person's report, which the
            # source only carries (not "According to Philippe Sands, Lord Goldsmith warned Tony
            # Blair that …": a person's claim of what another said)
            continue
        clause = ptext[cs:ce]
        trimmed = CLAUSE_TRIM_RE.sub("", clause.rstrip(" .!?"))
        lead_ws = len(trimmed) - len(trimmed.lstrip())
        trimmed = trimmed.strip()
        if len(trimmed.split()) < 4 and not SHORT_CLAUSE_RE.fullmatch(trimmed):
            continue
        if not CLAUSE_VERB_RE.search(trimmed):
            # "said Tuesday at the Vox Media conference", "testified before the Senate
            # committee": a phrase with no verb reports nothing
            continue
        start = base + cs + lead_ws
        end = start + len(trimmed)
        # only this sentence's records can overlap a clause of this sentence
        here = records[first_record:]
        if unnamed:
            here = here + [r for r in unnamed_records if r.start >= base + ss]
        if any(r.start < end and start < r.end and r.kind == "indirect" for r in here):
            continue
        if any(r.start <= start and end <= r.end for r in here):
            continue
        pieces = [(start, end)]
        joint = CLAUSE_JOINT_RE.search(trimmed)
        if joint and len(trimmed[: joint.start()].split()) >= 4 and len(trimmed[joint.end():].split()) >= 4:
            # "They said that Sudan had a long way to go, but that better relations could help":
            # two reported clauses, each introduced by its own "that"
            pieces = [(start, start + joint.start()), (start + joint.end(), end)]
        for piece_start, piece_end in pieces:
            if document_text_is_quote(ptext, piece_start - base, piece_end - base):
                continue  # the clause is a quotation of its own: a quote record, not indirect
            record = _Record(piece_start, piece_end, "indirect", ref, cue.verb, min(ref.confidence, 0.9) * 0.9, ptext[ss:se])
            if unnamed:
                unnamed_records.append(record)  # (kept apart: no voice for a later quotation to go on in)
                continue
            records.append(record)
            # a clause a named speaker reports is theirs, whatever it says someone said
            unnamed_records[:] = [r for r in unnamed_records if not (r.start < piece_end and piece_start < r.end)]
            claimed.add(id(cue))


PARENTHETICAL_HEAD_RE = re.compile(r"(?:^|\s)(?:[Ii]n|[Oo]n|[Aa]t|[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Aa]s|[Ii]f|[Ll]ast|[Ee]arlier|[Ll]ater)\s")


SUBORDINATE_RE = re.compile(r"\s*(?:If|When|Although|Though|Because|Unless|Once|Until|Since|While|Whether)\s")


#: a participle opening what follows a set-in source ("…, according to Bloomberg, adding that")
PARTICIPLE_LEAD_AFTER_RE = re.compile(r"\s*(?:adding|saying|noting|explaining|insisting|arguing|warning)\b")
#: a source the reporter cites after an attribution, to the sentence's end: ", citing sources."
CITING_TAIL_RE = re.compile(r",\s*(?:citing|quoting)\b[^,;]*$")
#: what the news is, after an outlet's "reported": ", a verdict that holds huge significance"
REPORTED_NEWS_TAIL_RE = re.compile(r",\s*(?:a|an)\s+(?:[a-z-]+\s+){1,3}(?:that|which)\b")
#: what a reporter adds after an attribution set in a sentence: when and in what setting (not
#: "while" or "as": "…, he predicted, as companies such as the BBC offer TV over the net" goes on
#: with the prediction)
REPORTER_ADVERBIAL_RE = re.compile(
    r"(?:(?:\w+\s+)?(?:hours|days|weeks|months|minutes|moments|shortly|soon|just|a\s+day|a\s+week)\s+(?:after|before)"
    r"|amid|following|without\s+[a-z]+ing|in\s+(?:a|an|its|his|her|their)\s+(?:statement|interview|email|letter|post)"
    r")\b")


def _parenthetical(masked: str, ss: int, subject_start: int, cue_end: int, se: int) -> bool:
    """"CLAUSE-A, X said, CLAUSE-B.": the attribution interrupts one reported sentence. The
    part before it must be a clause of its own (a subject and more, not "In a statement,") and
    the part after it must go on with the sentence."""
    head = masked[ss:subject_start].rstrip()
    after = masked[cue_end:se]
    if not head.endswith(",") or not after.startswith(","):
        return False
    head_words = head.split()
    rest = after[1:].strip(" .!?")
    if len(head_words) < 3 or len(rest.split()) < 2 or PARENTHETICAL_HEAD_RE.match(masked, ss):
        return False
    return not rest.startswith(("adding", "saying", "according", "who", "which", "_", "\"", "“"))


def _paragraph_at(document: Document, starts: list[int], offset: int) -> int | None:
    """Document.paragraph_at by bisection (a quote per paragraph must not cost a scan each)."""
    k = bisect.bisect_right(starts, offset) - 1
    if k >= 0:
        passage = document.passages[k]
        if offset < passage.end or (offset == passage.end and offset == len(document.text)):
            return k + 1
    return None


def _page_at(document: Document, starts: list[int], offset: int) -> int | None:
    """Document.page_at by bisection."""
    k = bisect.bisect_right(starts, offset) - 1
    # pages may touch (end == next start): the first page holding the offset wins, as in page_at
    if k >= 1 and document.pages[k - 1].end >= offset:
        k -= 1
    if k >= 0 and document.pages[k].start <= offset <= document.pages[k].end:
        return document.pages[k].number
    return None


def _name_form(surface: str) -> str | None:
    """A person's name as written, without a job title or descriptor before it: "Former Los
    Angeles Police Chief William J. Bratton" -> "William J. Bratton", "Mr. Reeves" stays (an
    honorific is part of a name form); a nominal ("the 47-year-old director") is no name form."""
    surface = re.sub(r"['’]s$", "", surface.strip())
    if not surface[:1].isupper():
        return None
    _, name = split_title(surface)
    stripped = strip_leading_adj(name)
    if stripped and len(stripped.split()) >= 1 and stripped != name and len(name.split()) > 1:
        name = stripped
    tokens = name.split()
    while tokens and tokens[0].lower() in NOT_NAMES and tokens[0].lower().rstrip(".") not in HONORIFICS:
        tokens = tokens[1:]
    return " ".join(tokens) or None


def _as_written(text: str, name: str | None) -> str | None:
    """A brand's name as the document writes it ("easyJet"), where the engine read it
    capitalised ("EasyJet") to see it whole."""
    if name and name[1:] != name[1:].lower() and name[1:2] != " " and name not in text \
            and (written := name[0].lower() + name[1:]) in text:
        return written
    return name


def _to_quote(document: Document, record: _Record, ctx, passage_starts, page_starts) -> Quote:
    ref = record.ref
    name = _as_written(document.text, ref.name) if ref is not None else None
    variants: list[str] = []
    if name:
        seen = set(ctx.surfaces.get(name, set()))
        seen.add(name)
        if ref.surface and ref.kind in ("person", "org") and ref.surface.lower() not in ("he", "she", "it", "they"):
            form = _name_form(ref.surface) if ref.kind == "person" else ref.surface
            if form:
                seen.add(form)
        variants = sorted(seen, key=lambda v: (-len(v), v))
    organization = _as_written(document.text, ref.organization) if ref is not None else None
    if ref is not None and ref.kind == "org" and not organization:
        organization = name
    title = ref.title if ref is not None and name else None
    if title and ref.kind == "person" and name.split()[-1] in title.split():
        title = None  # "Rt Rev Dr Tom Wright" read as a title: the name itself, no office
    return Quote(
        id=_quote_id(document.path, record.start, record.end),
        text=document.text[record.start : record.end],
        kind=record.kind,
        speaker=name,
        speaker_title=title,
        organization=organization,
        cue=record.cue,
        doc=document.path,
        doc_title=document.title,
        doc_date=document.date,
        doc_kind=document.kind,
        start=record.start,
        end=record.end,
        page=_page_at(document, page_starts, record.start),
        paragraph=_paragraph_at(document, passage_starts, record.start),
        context=" ".join(record.context.split()),
        topics=[],
        confidence=round(max(0.0, min(1.0, record.confidence)), 2),
        speaker_variants=variants,
    )
