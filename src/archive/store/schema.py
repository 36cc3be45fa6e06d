"""One Whoosh index holds every record of the archive, told apart by `rtype`.

One index (rather than one per record type) means one commit covers a
document, its quotes and its file fingerprint together: an interrupted ingest
can never leave quotes whose document is missing.

rtype "doc"     a document: text and metadata
rtype "quote"   a quotation with its attribution (the ARCHITECTURE.md record in `record`)
rtype "file"    a source file's fingerprint (path, size, mtime, sha256): tiny, read on every ingest
rtype "speaker" an archive-wide canonical speaker, rebuilt at the end of every ingest
rtype "meta"    one record: when the last ingest ran and over which folders
"""

from __future__ import annotations

import unicodedata

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemmingAnalyzer
from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.support.charset import accent_map

#: Names and organizations: no stemming and no stop words ("We Count!" must
#: keep "we"), but case- and accent-insensitive ("Peña" finds "Pena").
NAME_ANALYZER = RegexTokenizer(r"\w+(?:[.'’-]\w+)*") | LowercaseFilter() | CharsetFilter(accent_map)
#: Running text: English stemming, so "deportations" finds "deported".
TEXT_ANALYZER = StemmingAnalyzer() | CharsetFilter(accent_map)


def fold(value: str) -> str:
    """Case- and accent-insensitive key for names (the same folding as NAME_ANALYZER)."""
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.lower().replace("’", "'").split())


def build_schema() -> Schema:
    return Schema(
        id=ID(unique=True, stored=True),
        rtype=ID(stored=True),
        doc=ID(stored=True),
        # searchable text: the quote, or the whole document
        text=TEXT(analyzer=TEXT_ANALYZER, stored=True, phrase=True),
        context=TEXT(analyzer=TEXT_ANALYZER, phrase=True),
        title=TEXT(analyzer=TEXT_ANALYZER, stored=True, field_boost=1.5),
        # attribution, searchable by any name variant
        speaker=TEXT(analyzer=NAME_ANALYZER, phrase=True),
        speaker_key=ID(stored=True),
        org=TEXT(analyzer=NAME_ANALYZER, phrase=True),
        org_key=ID(stored=True),
        topic=KEYWORD(lowercase=True, commas=True, scorable=True),
        kind=ID(stored=True),
        doc_kind=ID(stored=True),
        date=DATETIME(),
        year=ID(stored=True),
        page=NUMERIC(stored=True),
        # the full record (quote, document metadata, fingerprint, speaker), as JSON
        record=STORED(),
    )
