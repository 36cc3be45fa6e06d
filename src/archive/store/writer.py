"""Writes the index: one transaction per batch, so a crash keeps the last commit.

Whoosh commits are atomic (a new table of contents is renamed into place), and
its write lock is an OS lock released when a killed process dies: an ingest
stopped by Ctrl-C or kill -9 leaves the previous commit searchable, and the
next ingest picks up the files whose fingerprints never made it in.
"""

from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from whoosh import index as whoosh_index

from archive.model import Document, Quote, Speaker
from archive.store.schema import build_schema, fold

INDEX_NAME = "archive"
MAX_SEGMENTS = 10


@dataclass
class FileRecord:
    """What ingest remembers of a source file to decide whether it changed."""

    path: str  # the document id: relative to the ingested folder
    root: str  # the ingested folder, absolute
    source: str  # the file, absolute
    size: int
    mtime_ns: int
    sha256: str


@dataclass
class IndexedDocument:
    """A file's full entry: its fingerprint, its document and the quotes found in it."""

    file: FileRecord
    document: Document
    quotes: list[Quote]
    keyphrases: dict[str, list[str]]  # quote id -> automatic key phrases


def to_datetime(value: str | None) -> datetime | None:
    """A document date ("2011", "2011-08", "2011-08-15", or a timestamp) as a datetime."""
    if not value:
        return None
    match = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    try:
        return datetime(int(year), int(month), int(day))
    except ValueError:
        return None


def open_for_writing(index_dir: Path):
    """Open the index in `index_dir`, creating it (and the folder) if needed."""
    index_dir.mkdir(parents=True, exist_ok=True)
    if whoosh_index.exists_in(str(index_dir), indexname=INDEX_NAME):
        return whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME)
    return whoosh_index.create_in(str(index_dir), build_schema(), indexname=INDEX_NAME)


def read_file_records(ix) -> dict[str, FileRecord]:
    """Every fingerprint in the index, by document path."""
    records = {}
    with ix.searcher() as searcher:
        for fields in searcher.documents(rtype="file"):
            record = FileRecord(**fields["record"])
            records[record.path] = record
    return records


def _common_fields(document: Document) -> dict:
    date = to_datetime(document.date)
    fields = {"doc": document.path, "doc_kind": document.kind}
    if date:
        fields["date"] = date
        fields["year"] = str(date.year)
    return fields


def _document_fields(document: Document, quote_count: int) -> dict:
    metadata = document.to_dict()
    metadata.pop("text")
    metadata["quote_count"] = quote_count
    return {
        **_common_fields(document),
        "id": f"doc:{document.path}",
        "rtype": "doc",
        "text": document.text,
        "title": document.title or document.path,
        "record": metadata,
    }


def _quote_fields(document: Document, quote: Quote, keyphrases: list[str]) -> dict:
    record = quote.to_record()
    record["keyphrases"] = keyphrases
    record["speaker_variants"] = quote.speaker_variants  # for archive-wide speaker merging
    names = [quote.speaker or ""] + list(quote.speaker_variants)
    fields = {
        **_common_fields(document),
        "id": f"quote:{quote.id}",
        "rtype": "quote",
        # The context is the quote and the sentence around it: the one field
        # quote search scores (the quote's own text is kept in the record).
        "context": quote.context if quote.text in quote.context else f"{quote.text} {quote.context}",
        "speaker": " | ".join(name for name in names if name),
        "speaker_key": quote.speaker or "",
        "org": quote.organization or "",
        "org_key": quote.organization or "",
        "topic": ",".join(quote.topics + keyphrases),
        "kind": quote.kind,
        "record": record,
    }
    if quote.page is not None:
        fields["page"] = quote.page
    return fields


def write_batch(ix, entries: list[IndexedDocument], removed: list[str], touched: list[FileRecord]) -> None:
    """One transaction: replace changed documents, drop removed ones, refresh fingerprints.

    `touched` are unchanged files whose mtime moved (same content): only their
    fingerprint is rewritten, so that the next run skips them on size and mtime.
    """
    writer = ix.writer(timeout=30.0)
    try:
        for path in removed:
            writer.delete_by_term("doc", path)
        for entry in entries:
            document = entry.document
            writer.delete_by_term("doc", document.path)
            writer.add_document(**_document_fields(document, len(entry.quotes)))
            for quote in entry.quotes:
                writer.add_document(**_quote_fields(document, quote, entry.keyphrases.get(quote.id, [])))
            writer.add_document(**_file_fields(entry.file))
        for record in touched:
            writer.update_document(**_file_fields(record))
    except BaseException:
        writer.cancel()
        raise
    # No merging between batches: each would rewrite the segments merged by the
    # one before. The ingest's last commit (write_speakers) merges once.
    writer.commit(merge=False)


def _file_fields(record: FileRecord) -> dict:
    return {"id": f"file:{record.path}", "rtype": "file", "doc": record.path, "record": asdict(record)}


def read_quote_speakers(ix) -> list[dict]:
    """The attribution part of every quote record: what speaker merging needs."""
    keep = ("speaker", "speaker_title", "organization", "doc", "id")
    rows = []
    with ix.searcher() as searcher:
        for fields in searcher.documents(rtype="quote"):
            record = fields["record"]
            if record.get("speaker"):
                row = {key: record.get(key) for key in keep}
                row["speaker_variants"] = record.get("speaker_variants") or []
                rows.append(row)
    return rows


def read_meta(ix) -> dict:
    """The note of the last ingest (folders, when, config fingerprints); {} before the first."""
    with ix.searcher() as searcher:
        fields = searcher.document(id="meta:ingest")
    return fields["record"] if fields else {}


def write_speakers(
    ix, speakers: list[Speaker], members: dict[str, list[str]], counts: dict[str, int], meta: dict
) -> None:
    """Replace every speaker record and the ingest note, in one commit.

    `members` maps a canonical name to the per-document speaker keys it covers:
    search uses it to turn `--speaker Bratton` into the quotes of every variant.
    """
    writer = ix.writer(timeout=30.0)
    try:
        writer.delete_by_term("rtype", "speaker")
        for speaker in speakers:
            record = asdict(speaker)
            record["members"] = members.get(speaker.name, [])
            record["quote_count"] = counts.get(speaker.name, 0)
            writer.add_document(
                id=f"speaker:{fold(speaker.name)}",
                rtype="speaker",
                speaker=" | ".join([speaker.name, *speaker.variants]),
                speaker_key=fold(speaker.name),
                org=" | ".join(speaker.organizations),
                record=record,
            )
        writer.update_document(
            id="meta:ingest",
            rtype="meta",
            record={**meta, "last_ingest": time.strftime("%Y-%m-%dT%H:%M:%S%z")},
        )
    except BaseException:
        writer.cancel()
        raise
    # Every search visits every segment: after a large ingest left many, merge
    # them once (small re-ingests add a segment or two, which the usual merge keeps few).
    writer.commit(optimize=len(ix._segments()) > MAX_SEGMENTS)
