"""Queries over the index: the one set of search functions behind the CLI and the web.

`Archive` is opened once (as a server would) and answers every question a
reporter asks: quotes by text, speaker, organization, topic, kind, document
type and date, with facet counts and highlights; documents; speakers,
organizations and topics with their counts; one document with its quotes.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
from collections import Counter
import threading
from dataclasses import dataclass, field
from typing import Collection
from datetime import datetime, timedelta
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.highlight import ContextFragmenter, Formatter, WholeFragmenter, get_text, highlight
from whoosh.qparser import FieldAliasPlugin, GtLtPlugin, MultifieldParser
from whoosh.qparser.dateparse import DateParserPlugin
from whoosh.query import And, DateRange, NullQuery, Or, Phrase, Query, Term

from archive.store.schema import NAME_ANALYZER, TEXT_ANALYZER, fold
from archive.store.writer import INDEX_NAME, to_datetime

MATCH_START, MATCH_END = "\x02", "\x03"
MAX_QUERY_LENGTH = 500
SINGLE_FACETS = ("speaker_key", "org_key", "doc_kind", "year")
FACET_NAMES = {"speaker_key": "speaker", "org_key": "organization", "topic": "topic", "doc_kind": "doc_kind", "year": "year"}
DOC_KIND_ALIASES = {
    "press": "press",
    "news": "press",
    "article": "press",
    "report": "report",
    "reports": "report",
    "statement": "statement",
    "statements": "statement",
    "other": "other",
}


class SearchError(Exception):
    """A question the index cannot answer; the message is for the user, in one line."""


class IndexMissing(SearchError):
    pass


class QuerySyntaxError(SearchError):
    pass


Fragments = list[tuple[str, bool]]  # (text, is_match): rendered by the CLI with colour, by the web with <mark>


@dataclass
class QuoteFilters:
    query: str = ""
    speaker: str | None = None
    org: str | None = None
    topic: str | None = None
    kind: str | None = None
    doc_type: str | None = None
    since: str | None = None
    until: str | None = None
    doc: str | None = None


@dataclass
class Hit:
    record: dict
    highlight: Fragments
    score: float | None = None
    pages: list[int] = field(default_factory=list)


@dataclass
class Results:
    hits: list[Hit]
    total: int
    page: int
    page_size: int
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    suggestions: list[str] = field(default_factory=list)  # "did you mean" speaker names
    note: str | None = None  # why there are no results, when the filters explain it

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


class _MarkFormatter(Formatter):
    """Marks matched terms with control characters; returns (fragment, first match offset) pairs."""

    between = " … "

    def format_token(self, text, token, replace=False):
        return MATCH_START + get_text(text, token, replace) + MATCH_END

    def format(self, fragments, replace=False):
        return [
            (self.format_fragment(fragment, replace=replace), fragment.matches[0].startchar if fragment.matches else fragment.startchar)
            for fragment in fragments
        ]


def split_marks(marked: str) -> Fragments:
    """"a \x02b\x03 c" -> [("a ", False), ("b", True), (" c", False)]."""
    fragments: Fragments = []
    for number, part in enumerate(marked.replace(MATCH_END, MATCH_START).split(MATCH_START)):
        if part:
            fragments.append((part, number % 2 == 1))
    return fragments


def _name_tokens(value: str) -> list[str]:
    return [token.text for token in NAME_ANALYZER(value)]


def _parse_date_bound(value: str | None, end: bool) -> datetime | None:
    if not value:
        return None
    moment = to_datetime(value)
    if moment is None:
        raise QuerySyntaxError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    if end:
        text = value.strip()
        if len(text) == 4:
            return datetime(moment.year, 12, 31, 23, 59, 59)
        if len(text) == 7:
            following = datetime(moment.year + (moment.month == 12), moment.month % 12 + 1, 1)
            return following - timedelta(seconds=1)
        return moment + timedelta(days=1) - timedelta(seconds=1)
    return moment


class Archive:
    """A read-only view of one index; thread-safe, refreshed when an ingest commits."""

    def __init__(self, index_dir: Path | str):
        self.index_dir = Path(index_dir)
        if not whoosh_index.exists_in(str(self.index_dir), indexname=INDEX_NAME):
            raise IndexMissing(f"no index in {self.index_dir}/: run `archive ingest` first")
        try:
            self._ix = whoosh_index.open_dir(str(self.index_dir), indexname=INDEX_NAME, readonly=True)
        except Exception as error:  # a damaged table of contents, unreadable files
            raise SearchError(f"cannot open the index in {self.index_dir}/: {error}") from None
        self._lock = threading.RLock()
        self._searcher = self._ix.searcher()
        self._load()

    # -- lifecycle ---------------------------------------------------------

    def close(self) -> None:
        self._searcher.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _refresh(self) -> None:
        if not self._searcher.up_to_date():
            self._searcher = self._searcher.refresh()
            self._load()

    def _load(self) -> None:
        """Speakers, the ingest note and the facet cache: small, read once per index version."""
        searcher = self._searcher
        self._meta = (searcher.document(id="meta:ingest") or {}).get("record", {})
        self._speakers: list[dict] = []
        self._canonical: dict[str, dict] = {}
        self._by_token: dict[str, list[int]] = {}
        for fields in searcher.documents(rtype="speaker"):
            record = fields["record"]
            record["tokens"] = set(_name_tokens(" ".join([record["name"], *record.get("variants", [])])))
            for token in record["tokens"]:
                self._by_token.setdefault(token, []).append(len(self._speakers))
            self._speakers.append(record)
            for member in record.get("members", []):
                self._canonical[fold(member)] = record
        self._tokens = sorted(self._by_token)
        self._tables: dict[str, dict[int, str]] | None = None
        self._topic_docs: dict[str, frozenset[int]] = {}
        self._quote_docs: list[int] | None = None
        self._quote_docs_set: set[int] | None = None
        self._all_facets: dict[str, list[tuple[str, int]]] | None = None

    def _quote_docnums(self) -> list[int]:
        """Every live quote, in index order (document, then reading order): the default listing."""
        if self._quote_docs is None:
            self._quote_docs = sorted(self._searcher.docs_for_query(Term("rtype", "quote")))
        return self._quote_docs

    def _quote_set(self) -> set[int]:
        """The same as a set (Whoosh takes a filter as a set; never modified)."""
        if self._quote_docs_set is None:
            self._quote_docs_set = set(self._quote_docnums())
        return self._quote_docs_set

    def _facet_tables(self) -> dict[str, dict[int, str]]:
        """docnum -> value for the single-valued facet fields, from postings, once per index version.

        Reading postings (one pass per distinct value) is far cheaper than
        loading the stored record of every quote.
        """
        if self._tables is None:
            reader = self._searcher.reader()
            tables: dict[str, dict[int, str]] = {}
            for fieldname in SINGLE_FACETS:
                table: dict[int, str] = {}
                if fieldname in reader.indexed_field_names():
                    for term in reader.lexicon(fieldname):
                        value = term.decode("utf-8")
                        for docnum in reader.postings(fieldname, term).all_ids():
                            table[docnum] = value
                tables[fieldname] = table
            self._tables = tables
        return self._tables

    def _topic_docnums(self, slug: str) -> frozenset[int]:
        if slug not in self._topic_docs:
            self._topic_docs[slug] = frozenset(self._searcher.docs_for_query(Term("topic", slug)))
        return self._topic_docs[slug]

    # -- helpers -------------------------------------------------------------

    def _parser(self, fields: list[str]) -> MultifieldParser:
        parser = MultifieldParser(fields, self._ix.schema)
        aliases = {"doc_kind": ["type", "doctype"], "topic": ["topics"], "org": ["organization"]}
        if "context" in fields:  # quote search: a quote's words are indexed in its context
            aliases["context"] = ["text", "quote"]
        parser.add_plugin(FieldAliasPlugin(aliases))
        parser.add_plugin(GtLtPlugin())
        parser.add_plugin(DateParserPlugin(free=False))
        return parser

    def _parse(self, text: str, fields: list[str]) -> Query | None:
        text = (text or "").strip()
        if not text:
            return None
        if len(text) > MAX_QUERY_LENGTH:
            raise QuerySyntaxError(f"query too long ({len(text)} characters; at most {MAX_QUERY_LENGTH})")
        if text.count('"') % 2:
            raise QuerySyntaxError('unbalanced quotation mark in the query: close the phrase with "')
        depth = 0
        for char in text:
            depth += (char == "(") - (char == ")")
            if depth < 0:
                break
        if depth:
            raise QuerySyntaxError("unbalanced parenthesis in the query")
        try:
            query = self._parser(fields).parse(text)
        except Exception as error:
            raise QuerySyntaxError(f"cannot read the query {text!r}: {error}") from None
        if isinstance(query, type(NullQuery)):
            raise QuerySyntaxError(f"cannot read the query {text!r}: check field names and date ranges")
        return query

    def resolve_speakers(self, name: str) -> list[dict]:
        """Canonical speakers whose names (any variant) contain every word of `name`."""
        wanted = _name_tokens(name)
        if not wanted:
            return []
        found: set[int] | None = None
        for position, token in enumerate(wanted):
            owners = set(self._by_token.get(token, ()))
            if position == len(wanted) - 1 and len(token) >= 3:
                # the last word may be the start of a name still being typed: "brat" finds Bratton
                start = bisect.bisect_left(self._tokens, token)
                for known in itertools.takewhile(lambda t: t.startswith(token), self._tokens[start:]):
                    owners.update(self._by_token[known])
            found = owners if found is None else found & owners
            if not found:
                return []
        return [self._speakers[index] for index in sorted(found)]

    def suggest_speakers(self, name: str, limit: int = 3) -> list[str]:
        """"Did you mean": speakers whose name or surname is spelt closest to `name`."""
        target = fold(name)
        choices: dict[str, str] = {}
        for speaker in self._speakers:
            for variant in [speaker["name"], *speaker.get("variants", [])]:
                choices[fold(variant)] = speaker["name"]
                for token in _name_tokens(variant):
                    choices.setdefault(token, speaker["name"])
        suggestions = []
        for match in difflib.get_close_matches(target, list(choices), n=limit * 3, cutoff=0.7):
            if choices[match] not in suggestions:
                suggestions.append(choices[match])
        return suggestions[:limit]

    def _quote_filter(self, filters: QuoteFilters) -> tuple[set[int] | None, str | None, list[str]]:
        """The quotes the filters allow, as docnums (None: no filter, every quote).

        Or (None, reason, suggestions) when a filter names nobody. Filters are
        applied as docnum sets, narrowest first, rather than as one Whoosh
        query, so that "every quote" never has to be materialized per request.
        """
        parts: list[Query] = []
        if filters.speaker:
            speakers = self.resolve_speakers(filters.speaker)
            if not speakers:
                return None, f"no speaker matches {filters.speaker!r}", self.suggest_speakers(filters.speaker)
            members = {member for s in speakers for member in s.get("members", [])}
            parts.append(Or([Term("speaker_key", m) for m in sorted(members)]))
        if filters.org:
            tokens = _name_tokens(filters.org)
            if not tokens:
                return None, f"no organization matches {filters.org!r}", []
            parts.append(Or([And([Term("org", t) for t in tokens]), And([Term("speaker", t) for t in tokens])]))
        if filters.topic:
            parts.append(Term("topic", filters.topic.strip().lower()))
        if filters.kind:
            parts.append(Term("kind", filters.kind.strip().lower()))
        if filters.doc_type:
            kind = DOC_KIND_ALIASES.get(filters.doc_type.strip().lower())
            if kind is None:
                raise QuerySyntaxError(f"unknown document type {filters.doc_type!r} (press, report or statement)")
            parts.append(Term("doc_kind", kind))
        if filters.doc:
            parts.append(Term("doc", filters.doc))
        since = _parse_date_bound(filters.since, end=False)
        until = _parse_date_bound(filters.until, end=True)
        if since or until:
            parts.append(DateRange("date", since, until))
        if not parts:
            return None, None, []
        allowed: set[int] | None = None
        for part in parts:
            docnums = set(self._searcher.docs_for_query(part))
            allowed = docnums if allowed is None else allowed & docnums
            if not allowed:
                break
        quotes = self._quote_set()
        return {docnum for docnum in allowed if docnum in quotes}, None, []

    def _canonical_record(self, record: dict) -> dict:
        """The quote record with its speaker's archive-wide canonical name."""
        record = dict(record)
        speaker = record.get("speaker")
        if speaker:
            canonical = self._canonical.get(fold(speaker))
            if canonical:
                record["speaker"] = canonical["name"]
        record.pop("speaker_variants", None)
        return record

    def _facets(self, docnums: Collection[int]) -> dict[str, list[tuple[str, int]]]:
        tables = self._facet_tables()
        facets: dict[str, list[tuple[str, int]]] = {}
        for fieldname in SINGLE_FACETS:
            table = tables[fieldname]
            counts = Counter(table.get(docnum) for docnum in docnums)
            counts.pop(None, None)
            counts.pop("", None)
            if fieldname == "speaker_key":
                counts = self._canonical_counts(counts)
            facets[FACET_NAMES[fieldname]] = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:15]
        matched = docnums if isinstance(docnums, (set, frozenset)) else set(docnums)
        topics = [(slug, len(self._topic_docnums(slug) & matched)) for slug in self._meta.get("topics", {})]
        facets["topic"] = sorted(((s, n) for s, n in topics if n), key=lambda item: (-item[1], item[0]))
        return facets

    def _canonical_counts(self, counts: Counter) -> Counter:
        merged: Counter = Counter()
        for key, count in counts.items():
            canonical = self._canonical.get(fold(key))
            merged[canonical["name"] if canonical else key] += count
        return merged

    # -- the questions -----------------------------------------------------------

    def quotes(self, filters: QuoteFilters, page: int = 1, page_size: int = 20, facets: bool = True) -> Results:
        """Quotes matching the text query and filters: ranked by BM25F, or in document order without text."""
        page, page_size = max(1, page), max(1, min(page_size, 500))
        with self._lock:
            self._refresh()
            # `context` holds the quote and the sentence around it: one field to
            # score instead of two, for the same matches.
            query = self._parse(filters.query, ["context", "speaker", "org"])
            marked_terms = _highlight_terms(query)
            restriction, note, suggestions = self._quote_filter(filters)
            if note:
                return Results([], 0, page, page_size, note=note, suggestions=suggestions)
            if restriction is not None and query is None and not restriction:
                return Results([], 0, page, page_size)
            searcher = self._searcher
            everything = query is None and restriction is None
            if query is None:
                ordered = self._quote_docnums() if restriction is None else sorted(restriction)
                matched: Collection[int] = ordered
                window = ordered[(page - 1) * page_size : page * page_size]
                ranked = [(docnum, searcher.stored_fields(docnum), None) for docnum in window]
            else:
                allowed = self._quote_set() if restriction is None else restriction
                if _has_phrase(query):
                    # Checking word positions is the dear part: do it once, scoring
                    # and keeping every match (limit=None) for the total and facets.
                    results = searcher.search(query, filter=allowed, limit=None)
                    matched = results.docs()
                else:
                    # Matching without scoring is cheap; scoring only the top page
                    # lets Whoosh skip blocks that cannot reach it.
                    matched = {d for d in searcher.docs_for_query(query) if d in allowed}
                    results = searcher.search(query, filter=allowed, limit=page * page_size)
                top = results[(page - 1) * page_size : page * page_size]  # slicing, unlike len(), counts nothing
                ranked = [(hit.docnum, hit, hit.score) for hit in top]
            hits = []
            for _, item, score in ranked:
                fields = item.fields() if score is not None else item
                record = self._canonical_record(fields["record"])
                fragments: Fragments = [(record["text"], False)]
                if marked_terms:
                    marked = highlight(
                        record["text"], marked_terms, TEXT_ANALYZER, WholeFragmenter(charlimit=None), _MarkFormatter(), top=1
                    )
                    if marked:
                        fragments = split_marks(marked[0][0])
                hits.append(Hit(record, fragments, score, [record["page"]] if record.get("page") else []))
            facet_counts = {}
            if facets:
                if everything:
                    if self._all_facets is None:
                        self._all_facets = self._facets(set(matched))
                    facet_counts = self._all_facets
                else:
                    facet_counts = self._facets(matched if isinstance(matched, set) else set(matched))
            return Results(hits, len(matched), page, page_size, facet_counts)

    def documents(
        self,
        query: str = "",
        doc_type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        page: int = 1,
        page_size: int = 20,
    ) -> Results:
        page, page_size = max(1, page), max(1, min(page_size, 500))
        with self._lock:
            self._refresh()
            parsed = self._parse(query, ["title", "text"])
            parts: list[Query] = [Term("rtype", "doc")]
            if doc_type:
                kind = DOC_KIND_ALIASES.get(doc_type.strip().lower())
                if kind is None:
                    raise QuerySyntaxError(f"unknown document type {doc_type!r} (press, report or statement)")
                parts.append(Term("doc_kind", kind))
            since_at, until_at = _parse_date_bound(since, end=False), _parse_date_bound(until, end=True)
            if since_at or until_at:
                parts.append(DateRange("date", since_at, until_at))
            restriction = And(parts)
            searcher = self._searcher
            if parsed is None:
                docnums = sorted(searcher.docs_for_query(restriction))
                hits = []
                for docnum in docnums[(page - 1) * page_size : page * page_size]:
                    fields = searcher.stored_fields(docnum)
                    hits.append(Hit(self._document_record(fields), [(fields["text"][:300], False)]))
                return Results(hits, len(docnums), page, page_size)
            results = searcher.search(parsed, filter=restriction, limit=page * page_size, terms=True)
            results.fragmenter = ContextFragmenter(maxchars=240, surround=60)
            results.formatter = _MarkFormatter()
            hits = []
            for item in results[(page - 1) * page_size : page * page_size]:
                fields = item.fields()
                record = self._document_record(fields)
                snippets = item.highlights("text", text=fields["text"], top=3) or []
                fragments: Fragments = []
                pages = []
                for number, (marked, offset) in enumerate(snippets):
                    if number:
                        fragments.append((" … ", False))
                    fragments.extend(split_marks(marked))
                    page_number = _page_of(record.get("pages", []), offset)
                    if page_number and page_number not in pages:
                        pages.append(page_number)
                hits.append(Hit(record, fragments or [(fields["text"][:300], False)], item.score, pages))
            return Results(hits, len(results), page, page_size)

    @staticmethod
    def _document_record(fields: dict) -> dict:
        record = dict(fields["record"])
        record["doc"] = record.get("path")
        return record

    def document(self, path: str) -> dict | None:
        """A document's metadata and text, and its quotes in reading order."""
        with self._lock:
            self._refresh()
            fields = self._searcher.document(id=f"doc:{path}")
            if not fields:
                return None
            record = self._document_record(fields)
            record["text"] = fields["text"]
            quotes = [
                self._canonical_record(f["record"])
                for f in self._searcher.documents(doc=path, rtype="quote")
            ]
            record["quotes"] = sorted(quotes, key=lambda q: q["start"])
            file = self._searcher.document(id=f"file:{path}")
            record["source"] = file["record"]["source"] if file else None
            record["root"] = file["record"]["root"] if file else None
            return record

    def quote(self, quote_id: str) -> dict | None:
        with self._lock:
            self._refresh()
            fields = self._searcher.document(id=f"quote:{quote_id}")
            return self._canonical_record(fields["record"]) if fields else None

    def speakers(self, org: str | None = None) -> list[dict]:
        """Canonical speakers with quote counts, most quoted first."""
        with self._lock:
            self._refresh()
            counts = self._speaker_counts()
            wanted = _name_tokens(org) if org else []
            speakers = []
            for speaker in self._speakers:
                if wanted:
                    orgs = set(_name_tokens(" ".join(speaker.get("organizations", []))))
                    if not all(t in orgs for t in wanted):
                        continue
                entry = {k: v for k, v in speaker.items() if k not in ("tokens", "members")}
                entry["quote_count"] = counts.get(speaker["name"], 0)
                if entry["quote_count"]:
                    speakers.append(entry)
            return sorted(speakers, key=lambda s: (-s["quote_count"], s["name"]))

    def _counts(self, fieldname: str) -> Counter:
        """Live quotes per value of a single-valued facet field."""
        table = self._facet_tables()[fieldname]
        counts = Counter(table.get(docnum) for docnum in self._quote_docnums())
        counts.pop(None, None)
        counts.pop("", None)
        return counts

    def _speaker_counts(self) -> Counter:
        return self._canonical_counts(self._counts("speaker_key"))

    def speaker_profile(self, name: str) -> dict | None:
        """One speaker: names, and the titles and organizations each document gave them."""
        with self._lock:
            self._refresh()
            matches = [s for s in self._speakers if fold(s["name"]) == fold(name)] or self.resolve_speakers(name)
            if not matches:
                return None
            speaker = matches[0]
            appearances: dict[tuple, int] = {}
            for member in speaker.get("members", []):
                for fields in self._searcher.documents(speaker_key=member):
                    record = fields["record"]
                    key = (record["doc"], record.get("doc_title"), record.get("speaker_title"), record.get("organization"))
                    appearances[key] = appearances.get(key, 0) + 1
            return {
                **{k: v for k, v in speaker.items() if k != "tokens"},
                "appearances": [
                    {"doc": d, "doc_title": t, "title": st, "organization": o, "quote_count": n}
                    for (d, t, st, o), n in sorted(appearances.items(), key=lambda i: (i[0][0], str(i[0][2])))
                ],
            }

    def organizations(self) -> list[tuple[str, int]]:
        with self._lock:
            self._refresh()
            return sorted(self._counts("org_key").items(), key=lambda i: (-i[1], i[0]))

    def topics(self, phrases: int = 200) -> list[dict]:
        """Vocabulary topics (with labels), then the most frequent automatic key phrases, with quote counts.

        Key-phrase counts come from the term statistics (no pass over the quotes);
        they may count a replaced quote until Whoosh merges its segment away.
        """
        with self._lock:
            self._refresh()
            vocabulary = self._meta.get("topics", {})
            quotes = self._quote_set()
            listed = [
                {"topic": slug, "label": label, "source": "vocabulary", "quote_count": len(self._topic_docnums(slug) & quotes)}
                for slug, label in vocabulary.items()
            ]
            listed.sort(key=lambda t: (-t["quote_count"], t["topic"]))
            reader = self._searcher.reader()
            frequent = reader.most_frequent_terms("topic", number=phrases + len(vocabulary)) if "topic" in reader.indexed_field_names() else []
            automatic = [
                {"topic": term.decode("utf-8"), "label": term.decode("utf-8"), "source": "key phrase",
                 "quote_count": reader.doc_frequency("topic", term)}
                for _, term in frequent
                if term.decode("utf-8") not in vocabulary
            ]
            automatic.sort(key=lambda t: (-t["quote_count"], t["topic"]))
            return listed + automatic[:phrases]

    def stats(self) -> dict:
        with self._lock:
            self._refresh()
            searcher = self._searcher
            size = sum(p.stat().st_size for p in self.index_dir.iterdir() if p.is_file())
            return {
                "index": str(self.index_dir),
                "documents": sum(1 for _ in searcher.docs_for_query(Term("rtype", "doc"))),
                "quotes": len(self._quote_docnums()),
                "speakers": len(self._speakers),
                "index_bytes": size,
                "last_ingest": self._meta.get("last_ingest"),
                "roots": self._meta.get("roots", []),
            }


def _has_phrase(query: Query) -> bool:
    return isinstance(query, Phrase) or any(isinstance(leaf, Phrase) for leaf in query.leaves())


def _highlight_terms(query: Query | None) -> frozenset[str]:
    """The query's words as indexed (stemmed), to mark them in a quote's text."""
    if query is None:
        return frozenset()
    terms = set()
    for fieldname, text in query.iter_all_terms():
        if fieldname in ("context", "text"):
            terms.add(text.decode("utf-8") if isinstance(text, bytes) else text)
    return frozenset(terms)


def _page_of(pages: list[dict], offset: int) -> int | None:
    for page in pages:
        if page["start"] <= offset <= page["end"]:
            return page["number"]
    return None
