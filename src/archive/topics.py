"""Topics: the journalist's vocabulary (corpus/topics.toml) plus automatic key phrases.

A topic's phrases are matched on stemmed, case-folded word sequences, so
"deportations" and "deported" both hit the phrase "deportation". The match is
against the quote and the sentence around it, because a quote about trust
often says "afraid to come forward" while its sentence says "police".

Automatic key phrases give an archive without a vocabulary something to
browse: in each quote, runs of content words between stop words are scored
the RAKE way (a word's degree over its frequency, summed over the phrase), and
the two best phrases of one to three words are kept.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from whoosh.lang.porter import stem

from archive.model import Quote

WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been before
    being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't
    down during each even ever every few for from further get gets getting go going gone got had hadn't has hasn't
    have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd
    i'll i'm i've if in into is isn't it it's its itself just know let's like make many may me might more
    most much must mustn't my myself need new no nor not now of off on once one only or other ought our
    ours ourselves out over own people really right said same say says see shan't she she'd she'll she's
    should shouldn't so some such take tell tells than that that's the their theirs them themselves then
    there there's these they they'd they'll they're they've thing things think this those though through
    time to told too two under until up upon us very want was wasn't way we we'd we'll we're we've well
    were weren't what what's when when's where where's whether which while who who's whom why why's will
    with won't would wouldn't year years yes yet you you'd you'll you're you've your yours yourself
    yourselves""".split()
)
TOPICS_FILE = "topics.toml"


@dataclass(frozen=True)
class Topic:
    slug: str
    label: str
    phrases: tuple[tuple[str, ...], ...]  # each phrase as stemmed words


class TopicsError(Exception):
    """topics.toml cannot be read; the message names the file and the reason."""


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return stem(word.lower().replace("’", "'").removesuffix("'s"))


def stemmed_words(text: str) -> list[str]:
    return [_stem(word) for word in WORD.findall(text)]


def load_topics(path: Path) -> list[Topic]:
    """The vocabulary in `path`; no file means no vocabulary (key phrases still work)."""
    if not path.is_file():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise TopicsError(f"{path}: {error}") from None
    topics = []
    for slug, table in data.items():
        if not isinstance(table, dict) or not isinstance(table.get("phrases", []), list):
            raise TopicsError(f"{path}: topic {slug!r} needs a table with a list of phrases")
        phrases = tuple(
            tuple(words) for words in (stemmed_words(str(p)) for p in table.get("phrases", [])) if words
        )
        topics.append(Topic(slug=slug, label=str(table.get("label", slug)), phrases=phrases))
    return topics


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    first = phrase[0]
    return any(
        words[i] == first and tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1)
    )


def tag_topics(quote: Quote, topics: list[Topic]) -> list[str]:
    """Slugs of the vocabulary topics whose phrases occur in the quote or its sentence."""
    words = stemmed_words(f"{quote.text} {quote.context}")
    present = set(words)
    return [
        topic.slug
        for topic in topics
        if any(phrase[0] in present and _contains(words, phrase) for phrase in topic.phrases)
    ]


def key_phrases(text: str, limit: int = 2) -> list[str]:
    """The quote's best RAKE phrases, lower-cased, one to three words each."""
    candidates: list[list[str]] = []
    current: list[str] = []
    for token in re.findall(r"[A-Za-z][A-Za-z'’-]*|[0-9]+|[.,;:!?()“”\"—–]", text):
        word = token.lower().replace("’", "'")
        if not word[0].isalpha() or word in STOP_WORDS or len(word) < 3:
            if current:
                candidates.append(current)
            current = []
        else:
            current.append(word)
    if current:
        candidates.append(current)
    candidates = [c for c in candidates if len(c) <= 3]
    frequency: dict[str, int] = {}
    degree: dict[str, int] = {}
    for phrase in candidates:
        for word in phrase:
            frequency[word] = frequency.get(word, 0) + 1
            degree[word] = degree.get(word, 0) + len(phrase)
    scored = {}
    for phrase in candidates:
        joined = " ".join(phrase)
        scored[joined] = sum(degree[w] / frequency[w] for w in phrase)
    best = sorted(scored.items(), key=lambda item: (-item[1], item[0]))
    return [phrase for phrase, _ in best[:limit]]


def tag_quotes(quotes: list[Quote], topics: list[Topic]) -> dict[str, list[str]]:
    """Fill each quote's `topics` in place; return its key phrases by quote id."""
    phrases = {}
    for quote in quotes:
        quote.topics = tag_topics(quote, topics)
        phrases[quote.id] = key_phrases(quote.text)
    return phrases
