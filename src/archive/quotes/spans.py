"""Where the quotations are: quote-mark pairing per paragraph, and a quote-aware sentence splitter.

Quote marks are paired by their context, not only by their glyph, because real text mixes them
("…,” with a straight opener and a curly closer): a mark with a space (or the paragraph start) on
its left and a letter on its right opens; one with a letter on its left and a space or punctuation
on its right closes. Curly glyphs decide when the context cannot.

Two conventions of news text are handled here:

- a quotation that runs over several paragraphs leaves its last paragraph open and reopens it
  in the next one (the span is marked `open_end`, the next one `continues`);
- flattened copy (the BBC set) joins such paragraphs into one, so inside an open quote an
  opening mark after a sentence end (`… everyone. "You could see …`) starts a new record.

Single quotes are quote marks only where they pair up as such outside double quotes (British
style); apostrophes (it’s, ’90s, Matos’) are recognised by the letters around them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from archive.quotes.lexicon import TITLE_ABBREVIATIONS
from archive.quotes.speakers import TITLE_HEADS

DOUBLE_MARKS = '"“”„‟«»'
OPEN_ONLY = "“„«"
CLOSE_ONLY = "”»"
SINGLE_MARKS = "'‘’‹›"
LEFT_BOUNDARY = set(" \t\n([{—–-/")
RIGHT_BOUNDARY = set(" \t\n.,;:!?)]}—–-…")
SENTENCE_END = set(".!?…")
DOUBLE_RE = re.compile(r'["“”„‟«»]')
SINGLE_RE = re.compile(r"['‘’‹›]")
DECADE_RE = re.compile(r"\d\ds?\b")
ANY_MARK_RE = re.compile(r"[\"“”„‟«»'‘’‹›]")


@dataclass
class Span:
    """One quoted stretch of a paragraph: offsets into Document.text, marks excluded."""

    start: int
    end: int
    paragraph: int  # 0-based passage index
    mark: str  # "double" | "single"
    open_end: bool = False  # runs to the paragraph end without a closing mark
    continues: bool = False  # reopens a quotation left open just before


def _direction(text: str, i: int, glyph_open: bool | None) -> str:
    """'open', 'close' or 'either' for the mark at text[i], from its neighbours."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    left = prev in LEFT_BOUNDARY
    right = nxt in RIGHT_BOUNDARY
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    if glyph_open is True:
        return "open"
    if glyph_open is False:
        return "close"
    return "either"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


LAST_END_RE = re.compile(r"[.!?](?=\s+[A-Z])")


def _last_sentence_end(text: str, start: int, end: int) -> int | None:
    """Offset just after the last sentence-ending mark in text[start:end], or None."""
    found = None
    for m in LAST_END_RE.finditer(text, start, end):
        found = m.end()
    return found


def double_spans(text: str) -> list[tuple[int, int, bool, bool]]:
    """(start, end, open_end, continues) of double-quoted stretches of one paragraph."""
    spans: list[tuple[int, int, bool, bool]] = []
    opened: int | None = None
    depth = 0
    continues = False
    for match in DOUBLE_RE.finditer(text):
        i = match.start()
        glyph = match.group()
        glyph_open = True if glyph in OPEN_ONLY else False if glyph in CLOSE_ONLY else None
        direction = _direction(text, i, glyph_open)
        if opened is None:
            if direction != "close" or (glyph == "”" and text[i - 1 : i] in (".", "!", "?")
                                        and text[i + 1 : i + 2].isupper()):
                # (“disappointment.”We feel …”: a closing glyph glued to the words it opens, with
                # no quotation open, opens one)
                opened = i
                depth = 0
            elif (not spans and text[i - 1 : i] in (",", ".", "!", "?") and ORPHAN_CLOSE_CUE_RE.match(text, i + 1)
                  and not DOUBLE_RE.search(text, 0, i) and len(text[:i].split()) >= 4):
                # "Now, I have a job to do … bothered about that,” he said.": a quotation whose
                # opening mark the page lost, closed and attributed, runs from the paragraph's start
                # (or from the sentence after the reporter's own cue: "Mr Molyneux said receiving
                # it was a surprise. It's come completely out of the blue," he said.)
                start: int | None = 0
                if reported := list(CUE_WORD_RE.finditer(text, 0, i)):
                    boundary = BOUNDARY_RE.search(text, reported[-1].end(), i)
                    start = boundary.end() if boundary else None  # (no sentence after the cue: none)
                if start is not None and (trimmed := _trim(text, start, i))[1] > trimmed[0]:
                    spans.append((*trimmed, False, False))
            continue
        if direction == "open":
            before = text[opened + 1 : i].rstrip()
            if depth == 0 and before.endswith(":") and glyph == '"':
                # a straight quote left unclosed, then a colon-introduced one (`… a Muslim. He
                # added: "The …`): quote marks of one glyph do not nest, so the open record ends at
                # the last sentence end before the introduction, which is the reporter's again
                cut = _last_sentence_end(text, opened + 1, i)
                if cut is not None:
                    s, e = _trim(text, opened + 1, cut)
                    if e > s:
                        spans.append((s, e, False, continues))
                    continues = False
                    opened = i
                    continue
            if before and before.rstrip("'’")[-1:] in SENTENCE_END and depth == 0:
                # flattened multi-paragraph quotation: close this record, start the next (also
                # after a nested quotation that closes the sentence: "… say 'wow - that's it.' "My …")
                s, e = _trim(text, opened + 1, i)
                if e > s:
                    spans.append((s, e, False, continues))
                continues = True
                opened = i
            else:
                depth += 1
            continue
        if depth > 0:
            depth -= 1
            continue
        s, e = _trim(text, opened + 1, i)
        if e > s:
            spans.append((s, e, False, continues))
        continues = False
        opened = None
    if opened is not None:
        s, e = _trim(text, opened + 1, len(text))
        if e > s:
            spans.append((s, e, True, continues))
    return spans


def _is_apostrophe(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return True  # it’s, O'Neill, rock'n'roll
    if prev in LEFT_BOUNDARY and DECADE_RE.match(text, i + 1):
        return True  # ’90s
    return False


def single_spans(text: str, blocked: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(start, end, open_end) of single-quoted stretches outside the double-quoted ones (British
    style)."""
    marks = []
    starts = [s for s, _ in blocked]  # blocked spans are sorted and disjoint
    for match in SINGLE_RE.finditer(text):
        i = match.start()
        k = bisect.bisect_right(starts, i + 1) - 1
        if (k >= 0 and blocked[k][0] - 1 <= i <= blocked[k][1]) or _is_apostrophe(text, i):
            continue
        glyph = match.group()
        glyph_open = True if glyph in "‘‹" else None if glyph == "'" else False
        direction = _direction(text, i, glyph_open)
        if glyph_open is None and direction == "either":
            continue
        marks.append((i, direction))
    spans = []
    # closer_after[j]: some mark after j can close (a weak possessive closer yields to it)
    closer_after = [False] * (len(marks) + 1)
    for j in range(len(marks) - 1, -1, -1):
        closer_after[j] = closer_after[j + 1] or marks[j][1] != "open"
    k = 0
    while k < len(marks):
        i, direction = marks[k]
        if direction != "open":
            k += 1
            continue
        # the first closer after it; a possessive s' followed by a lowercase word is a weak closer
        chosen = None
        for j in range(k + 1, len(marks)):
            m, d = marks[j]
            if m - i > 1200:
                break
            if d == "open":
                continue
            nxt = text[m + 1 : m + 3]
            weak = text[m - 1] == "s" and len(nxt) == 2 and nxt[0] == " " and nxt[1].islower()
            # (unless another quotation opens before any later closer: "'non-cooperative
            # jurisdictions' will see more 'visible presence'")
            if weak and closer_after[j + 1] and not (j + 1 < len(marks) and marks[j + 1][1] == "open"):
                continue
            chosen = j
            break
        if chosen is None:
            if (k == len(marks) - 1 and text[i + 1 : i + 2].isupper()
                    and (OPEN_SINGLE_LEAD_RE.search(text, 0, i + 1)
                         or (spans and text[spans[-1][1] - 1 : spans[-1][1]] == "," and CUE_THEN_SINGLE_RE.match(text, spans[-1][1] + 1, i + 1)
                             and not (starts and starts[-1] > i)))
                    # (a quotation broken by its cue, "'…,' said X. '…", reopens right after the
                    # cue's words; not after a partial one and more words, "called it 'a special
                    # day,' and …. 'Gers fans …", nor after another party's sentence, "The trust
                    # disagrees. '…"; no double quotation after it: "'Networks …,” it said")
                    and text.rstrip()[-1:] in SENTENCE_END and len(text[i:].split()) >= 5):
                # "He said: 'There are people … investigation." with no closing mark: the quotation
                # goes on in the next paragraph (British style, like a double one left open); so
                # does one reopened after its cue ("'…,' said Gianassi. 'There are almost …")
                s, e = _trim(text, i + 1, len(text))
                if e > s:
                    spans.append((s, e, True))
            k += 1
            continue
        s, e = _trim(text, i + 1, marks[chosen][0])
        if e > s:
            spans.append((s, e, False))
        k = chosen + 1
    return spans


#: where a single mark left open to the paragraph's end may open a quotation: the paragraph's
#: start, or an introducing colon ("He said: 'There are …")
OPEN_SINGLE_LEAD_RE = re.compile(r"(?:^\s*|:\s+)['‘]$")
#: a cue's words alone between a quotation's close and a single mark: "' said Gianassi. '",
#: "' Mr Smith added. '"
CUE_THEN_SINGLE_RE = re.compile(r"\s+(?:(?:said|says|added|adds|continued|explained)(?:\s+[A-Z][\w.’'-]*){1,4}"
                                r"|(?:[A-Za-z][\w.’'-]*\s+){1,4}(?:said|says|added|adds|continued|explained))\.\s+['‘]$")
#: a double quotation mark typed as two single ones: `that,’’ Darrel Stephens said`, ``''Yes''``
DOUBLED_CLOSE_RE = re.compile(r"(?<=[\w.,!?;:…])(?:’’|'')(?=[\s.,;:!?)\]—–-]|$)")
#: a straight single mark opening a quotation (British style): " 'My client"
SINGLE_OPENER_RE = re.compile(r"(?:^|[\s(])'(?!')[A-Z]")
DOUBLED_OPEN_RE = re.compile(r"(?:(?<=[\s(\[—–])|^)(?:‘‘|``|'')(?=[\w‘'])")


def _double_left_open(text: str, at: int) -> bool:
    """Whether the paragraph before `at` leaves a “ open with no single opener after it."""
    before = text[text.rfind("\n", 0, at) + 1:at]
    opened = before.rfind("“")
    return opened > before.rfind("”") and "‘" not in before[opened:]


def single_marks_doubled(text: str) -> str:
    """The text with each double mark typed as two single ones made one double mark and a space,
    so that it pairs like any other and every offset stays where it was."""
    if "''" not in text and "’’" not in text and "‘‘" not in text and "``" not in text:
        return text
    if "‘" in text or SINGLE_OPENER_RE.search(text):
        # British style: single marks are the outer quotes, and ’’ closes a nested quotation with
        # its outer one (‘My client was told ‘you will be fine’’, the barrister said); but a ’’
        # after a double opener left open closes that (“It was contentious,’’ Wagner told …)
        if "“" in text:
            text = DOUBLED_CLOSE_RE.sub(lambda m: "” " if _double_left_open(text, m.start()) else m.group(), text)
        return DOUBLED_OPEN_RE.sub(" “", text) if "``" in text else text
    text = DOUBLED_CLOSE_RE.sub("” ", text)
    return DOUBLED_OPEN_RE.sub(" “", text)


#: a paragraph opening on three or more words set in capitals, then lower-case text or a
#: label's colon: "THE PRESIDENT OF the Prison Officers’ Association has …", "AZERBAIJAN'S COP29
#: PRESIDENT MUKHTAR BABAYEV:" (a page's style, not acronyms)
CAPITALS_OPENING_RE = re.compile(r"(?m)^(?:[A-Z][A-Z’'.-]*\d*[^\S\n]+){2,}[A-Z][A-Z’'.-]*\d*(?=,?[^\S\n]+[a-z]|:[^\S\n]*$)")
#: words set in capitals that stay so: initials and acronyms a page writes in capitals anyway
KEPT_CAPITALS = {"US", "UK", "UN", "EU", "USA", "NHS", "BBC", "FBI", "CIA", "NATO", "MP", "MPS", "TV", "II", "III", "IV",
                 "CEO", "CFO", "COO", "CTO"}
SMALL_WORDS = {"OF", "THE", "AND", "FOR", "TO", "IN", "AT", "ON", "A", "AN", "BY", "WITH"}


def capitals_recased(text: str) -> str:
    """The text with a paragraph's opening words set in capitals written as a name or a sentence
    would be ("The President of …", "Azerbaijan's COP29 President Mukhtar Babayev:"), so that
    who is named there can be read; every offset stays where it was."""
    if not CAPITALS_OPENING_RE.search(text):
        return text

    def recase(match: re.Match) -> str:
        words = match.group().split(" ")
        if not any(len(w.strip("’'.-")) >= 4 for w in words):
            return match.group()  # ("UK GDP TV figures"): acronyms, not a page's capitals
        out = []
        for k, word in enumerate(words):
            if not word or any(c.isdigit() for c in word) or word.rstrip(".,") in KEPT_CAPITALS:
                out.append(word)
            elif k > 0 and (word in SMALL_WORDS or word.lower() in TITLE_HEADS):
                out.append(word.lower())  # ("The president of …": an office, not a name)
            else:
                out.append(word[0] + word[1:].lower())
        return " ".join(out)

    return CAPITALS_OPENING_RE.sub(recase, text)


#: a brand written with a lower-case first letter: "easyJet", "eBay", "iPhone"
CAMEL_BRAND_RE = re.compile(r"(?<![\w’'-])[a-z]{1,4}(?=[A-Z][a-z])")
#: a cheap first look for one after a space (the text's own start is looked at apart: an
#: alternation here costs more than the whole look)
CAMEL_HINT_RE = re.compile(r"\s[a-z]{1,4}[A-Z][a-z]")


def camel_brands_capitalised(text: str) -> str:
    """The text with brands like "easyJet" and "eBay" capitalised ("EasyJet said"), so that a
    name is read whole rather than from its inner capital ("Jet"); offsets stay put."""
    if CAMEL_BRAND_RE.match(text) or CAMEL_HINT_RE.search(text):
        return CAMEL_BRAND_RE.sub(_capitalised, text)
    return text


def _capitalised(match: re.Match) -> str:
    return match.group().capitalize()


def paragraph_spans(text: str, base: int, paragraph: int) -> list[Span]:
    if not ANY_MARK_RE.search(text):
        return []
    result = [
        Span(base + s, base + e, paragraph, "double", open_end, cont)
        for s, e, open_end, cont in double_spans(text)
    ]
    blocked = [(sp.start - base, sp.end - base) for sp in result]
    result.extend(Span(base + s, base + e, paragraph, "single", open_end) for s, e, open_end in single_spans(text, blocked))
    result.sort(key=lambda sp: sp.start)
    return result


# ---------------------------------------------------------------- sentences

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "rev", "no", "vs", "etc", "inc", "corp", "co", "ltd",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
    "messrs", "u.s", "u.k", "d.c", "e.g", "i.e", "a.m", "p.m", "approx", "dept", "est", "asst", "dist",
    *TITLE_ABBREVIATIONS,  # (the ranks: "Gen.", "Sgt.", "Brig.")
}
BOUNDARY_RE = re.compile(r"[.!?…][\"“”'‘’»)\]]*\s+(?=[\"“‘'«(\[]?[A-Z0-9_])")
#: a full stop glued to the next sentence in a scraped page: "wires.Fuming, …" (a pattern of its
#: own: as a branch of BOUNDARY_RE it made that pattern five times slower)
GLUED_STOP_RE = re.compile(r"\.(?=[A-Z][a-z]{2,}\b)")  # (after a lower-case word: LOWER_PAIR_RE, checked apart)
LOWER_PAIR_RE = re.compile(r"[a-z]{2}")
#: a sentence end glued to a quotation opened by a closing glyph: "disappointment.”We feel"
GLUED_OPENING_STOP_RE = re.compile(r"[.!?](?=”[_A-Z])")
CLOSING_MARKS = set("\"”’'»")
OPENING_MARKS = set("\"“‘'«„")
#: the speech verbs of an attribution right after a quotation
CUE_AFTER_VERBS = (
    r"(?:said|says|added|adds|asked|asks|recalls|recalled|wrote|writes|"
    r"told|tells|explained|explains|continued|continues|noted|notes|insisted|insists|argued|argues|"
    r"warned|warns|replied|replies|exclaimed|exclaims|shouted|laughed|joked|tweeted|testified|admitted|admits|"
    r"conceded|concedes|stressed|stresses|countered|responded|quipped|remarked)\b"
)
_TITLE_WORDS = "|".join(sorted((re.escape(t) for t in TITLE_HEADS if t.isalpha()), key=len, reverse=True)) + "|member"
#: a short capitalised subject and a speech verb: "Forte said", "Mr. McHugh added", "Rothman recalls"
CUE_AFTER_RE = re.compile(
    # “…?” He Jianxiong, the former executive director for China at the IMF, said …: a name
    # with an apposition between it and the cue
    r"(?:(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*,\s+(?:the\s+|a\s+|an\s+)?[^.!?,;:\"“”_\n]{2,150},\s+"
    # (or a party and state: “…?” Rep. Michael Capuano, D-Mass., asked)
    r"|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*,\s+[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,\s+"
    r"|(?!(?:If|When|As|Although|While|Once|Unless|Before|After|Since|Though)\s)(?:[A-Z][\w.’'-]*\s+){1,6})"
    r"(?:(?:had|has)\s+)?"  # ("Kirsten had said")
    + CUE_AFTER_VERBS
)
#: “…?” Athletics Kenya executive member Barnaba Korir told …: a title in lower case, then the
#: name (after a question or an exclamation only: after a full stop, "Manchester United manager
#: Sir Alex Ferguson added:" opens the next quotation)
TITLED_CUE_AFTER_RE = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){1,4}(?:[a-z][\w-]*\s+){0,2}(?:" + _TITLE_WORDS + r")\s+(?:[A-Z][\w.’'-]*\s+){1,3}"
    + CUE_AFTER_VERBS
)
#: a speech verb anywhere: the reporter's cue before a lost opening mark
CUE_WORD_RE = re.compile(r"\b" + CUE_AFTER_VERBS)
#: an attribution right after a closing mark: ` he said`, ` Ms Smith added`, ` added De La Haye`
ORPHAN_CLOSE_CUE_RE = re.compile(r"[ \t]+(?:(?:he|she|they|(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w’'-]*)[ \t]+"
                                 + CUE_AFTER_VERBS + r"|" + CUE_AFTER_VERBS + r"[ \t]+[A-Z])")
#: what may follow such a cue for it to end the quotation's sentence: a few words, no clause
SHORT_TAIL_RE = re.compile(r"(?:[ \t]+(?!that\b)[\w’'.-]+){0,4}[ \t]*(?:[.!?,;:]|$)")
#: a quotation opening right after the cue: `"… time." They added, "In many …"` introduces it
QUOTE_OPENS_AFTER_RE = re.compile(r"[ \t]*[,:][ \t]*[\"“‘«]")
#: a sentence that is one quotation and nothing else (masked)
QUOTE_ONLY_RE = re.compile(r"\s*[\"“‘'«]?[_\s]+[.!?]")
#: a cue with no subject but a conjunction ("And added: “…”") goes on from the sentence before
CONJUNCTION_CUE_RE = re.compile(r"(?:And|But)\s+(?:then\s+)?" + CUE_AFTER_VERBS)
#: a subject pronoun right after the cue opens a reported clause: `“…” She said she did not know.`
CLAUSE_AFTER_CUE_RE = re.compile(r"[ \t]+(?:he|she|they|we|I|it)\s+[a-z]")
#: initials ("w", "d.a", "j.r.r"): a full stop after them abbreviates, it does not end a sentence
INITIALS_RE = re.compile(r"^(?:[a-z]\.)*[a-z]$")
WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")


def mask_quotes(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with quoted words blanked (their final . ! ? kept), so that sentence ends
    inside a quotation never split the reporter's sentence around it."""
    chars = list(text)
    for s, e in spans:
        for k in range(s, e):
            chars[k] = "_" if not chars[k].isspace() else " "
        last = e - 1
        while last > s and text[last] in "'’":
            last -= 1  # "… ask: 'What am I doing there?'": the end inside a nested quotation
        if e > s and text[last] in SENTENCE_END:
            for k in range(last, e):
                chars[k] = text[k]
    return "".join(chars)


def _cue_ends_quotation(masked: str, start: int, stop: int, cue_after: re.Match) -> bool:
    """Whether the attribution right after a closing mark (at `stop`, the sentence's own end
    before it) ends the same sentence: “… grocery?” Forte said. After a full stop, only when
    nothing but a short tail follows it (`"… schools." The Refugee Council said Mr Howard's …`
    is a sentence of its own), and not when it opens the next quotation (`"… time." They added,
    "…"`), unless it goes on from the sentence before ("And continued: “…”") or the quotation
    opens its paragraph alone (`"…." Neighbour Jane Reid said: "…"`: a new voice's first words)."""
    if masked[stop] != ".":
        return True
    after = cue_after.end()
    if not SHORT_TAIL_RE.match(masked, after) or CLAUSE_AFTER_CUE_RE.match(masked, after):
        return False
    if QUOTE_OPENS_AFTER_RE.match(masked, after):
        return bool(CONJUNCTION_CUE_RE.match(masked, cue_after.start())
                    or (start == 0 and QUOTE_ONLY_RE.fullmatch(masked, 0, stop + 1)))
    return True


def _dotted_name(masked: str, dot: int) -> bool:
    """The word around a full stop with no space after it has another full stop (or is a web
    address's last part): one dotted name."""
    start = max(masked.rfind(" ", 0, dot), masked.rfind("\n", 0, dot)) + 1
    end = dot + 1
    while end < len(masked) and not masked[end].isspace():
        end += 1
    word = masked[start:end].rstrip(",;:!?)\"”’'")
    return word.count(".") > 1 or word.lower().endswith((".com", ".org", ".net", ".uk"))


def sentence_bounds(masked: str) -> list[tuple[int, int]]:
    """(start, end) of sentences of a (masked) paragraph."""
    bounds = []
    start = 0
    matches = list(BOUNDARY_RE.finditer(masked))
    glued = [m for m in GLUED_STOP_RE.finditer(masked) if LOWER_PAIR_RE.fullmatch(masked, m.start() - 2, m.start())]
    if "”" in masked:
        # "… its disappointment.”We feel …”": a quotation glued to the sentence before it opens the next
        glued += [m for m in GLUED_OPENING_STOP_RE.finditer(masked) if LOWER_PAIR_RE.fullmatch(masked, m.start() - 2, m.start())]
    if glued:
        matches = sorted(matches + glued, key=lambda m: m.start())
    for match in matches:
        if match.end() == match.start() + 1 and _dotted_name(masked, match.start()):
            continue  # "Halo.Bungie.Org", "Amazon.Com": a web address, no two sentences
        if masked[match.start()] == ".":
            # the word before the full stop, read backwards: linear in the word, not the text
            k = match.start()
            while k > start and masked[k - 1] in WORD_CHARS:
                k -= 1
            token = masked[k : match.start()].lower()
            if token and (token in ABBREVIATIONS or INITIALS_RE.match(token)) and not (
                    k > start and masked[k - 1].isdigit()):
                continue  # "Mr.", "D.A. Davidson", "George W. Bush": not a sentence end ("200m." is)
        if masked[match.start() + 1 : match.start() + 2] in CLOSING_MARKS:
            cue_after = CUE_AFTER_RE.match(masked, match.end())
            if cue_after is None and masked[match.start()] in "?!":
                cue_after = TITLED_CUE_AFTER_RE.match(masked, match.end())
                if cue_after is not None and masked[cue_after.end() : cue_after.end() + 1] == ":":
                    cue_after = None
            if cue_after and _cue_ends_quotation(masked, start, match.start(), cue_after):
                continue
        end = match.end()
        while end > start and masked[end - 1].isspace():
            end -= 1
        bounds.append((start, end))
        start = match.end()
    if start < len(masked):
        end = len(masked)
        while end > start and masked[end - 1].isspace():
            end -= 1
        bounds.append((start, end))
    return bounds
