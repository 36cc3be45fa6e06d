"""A quote record as something to paste: a citation line, a CSV row, a JSON object.

The citation follows newspaper style: the quote in double quotes with its
closing full stop turned into a comma, quotes inside it made single, then the
speaker, a lower-cased title after the name, and where the words were found.
"""

from __future__ import annotations

import csv
import io
import json
import re

CSV_COLUMNS = (
    "id", "text", "kind", "speaker", "speaker_title", "organization", "cue", "doc", "doc_title",
    "doc_date", "doc_kind", "page", "paragraph", "topics", "confidence",
)
DOC_KIND_LABELS = {"press": "press coverage", "report": "report", "statement": "statement"}
#: Words of a job title that newspaper style lower-cases after a name ("former Los Angeles police chief").
TITLE_WORDS = frozenset(
    """former acting interim deputy assistant associate executive senior chief police fire director president
    vice chairman chairwoman chair chairperson secretary minister spokesman spokeswoman spokesperson
    commissioner officer sheriff mayor governor senator representative attorney general manager founder
    co-founder editor writer professor head leader member coordinator organizer organiser analyst
    superintendent captain lieutenant sergeant detective agent inspector administrator councilman
    councilwoman council deputy department board of the and for""".split()
)
INNER_QUOTES = str.maketrans({"“": "‘", "”": "’", '"': "'"})


def style_title(title: str) -> str:
    """"Former Los Angeles Police Chief" -> "former Los Angeles police chief"."""
    words = title.split()
    return " ".join(w.lower() if w.lower() in TITLE_WORDS else w for w in words)


def _speaker_phrase(record: dict) -> str:
    if not record.get("speaker"):
        return "unattributed"
    parts = [record["speaker"]]
    if record.get("speaker_title"):
        parts.append(style_title(record["speaker_title"]))
    organization = record.get("organization")
    if organization and organization != record["speaker"] and organization not in (record.get("speaker_title") or ""):
        parts.append(organization)
    return ", ".join(parts)


def cite(record: dict) -> str:
    """One line to paste into a story.

    Indirect speech is the reporter's paraphrase, not the speaker's words, so
    it is cited without quotation marks and says so.
    """
    text = record["text"].strip()
    if record.get("kind") == "indirect":
        head = f"Paraphrase: {text.rstrip('.,;')}, according to {_speaker_phrase(record)},"
        where = f"reported in “{record.get('doc_title') or record['doc']}”"
        return f"{head} {where}{_location(record)}."
    text = text.translate(INNER_QUOTES)
    if text.endswith("."):
        text = text[:-1] + ","
    elif not re.search(r"[,?!…]$", text):
        text += ","
    where = f"quoted in “{record.get('doc_title') or record['doc']}”"
    return f"“{text}” {_speaker_phrase(record)}, {where}{_location(record)}."


def _location(record: dict) -> str:
    where = ""
    label = DOC_KIND_LABELS.get(record.get("doc_kind", ""))
    if label:
        where += f" ({label}"
        if record.get("doc_date"):
            where += f", {record['doc_date'][:10]}"
        where += ")"
    if record.get("page"):
        where += f", page {record['page']}"
    elif record.get("paragraph"):
        where += f", paragraph {record['paragraph']}"
    return where


def csv_text(records: list[dict], columns: tuple[str, ...] | list[str] = CSV_COLUMNS) -> str:
    """CSV with a header row; list values (topics, titles) joined with ";"."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: ";".join(v) if isinstance(v, list) else v for k, v in record.items()})
    return buffer.getvalue()


def json_line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False)
