"""The `archive` command: thin wrappers over the pipeline and the search functions.

Every listing prints a readable table by default and JSON Lines with --json;
errors are one line on stderr naming the file or the reason, never a traceback.
Exit status: 0 success, 1 when something failed (the rest still done), 2 for usage errors.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from archive.citation import csv_text, cite, json_line
from archive.model import QUOTE_KINDS
from archive.store.search import Archive, Fragments, QuoteFilters, SearchError

DEFAULT_INDEX = "index"
DEFAULT_CORPUS = "corpus"

stdout = Console(highlight=False, soft_wrap=True)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str, status: int = 1):
    stderr.print(f"[bold red]error:[/] {escape(message)}")
    sys.exit(status)


index_option = click.option(
    "--index",
    "index_dir",
    default=DEFAULT_INDEX,
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Index folder.",
)
json_option = click.option("--json", "as_json", is_flag=True, help="JSON Lines, one object per line.")


def open_archive(index_dir: Path) -> Archive:
    try:
        return Archive(index_dir)
    except SearchError as error:
        fail(str(error))


def rich_fragments(fragments: Fragments) -> Text:
    text = Text()
    for part, matched in fragments:
        text.append(part, style="bold yellow" if matched else None)
    return text


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="archive")
def main():
    """Find every quotation in a story's documents, and who said it."""


# ---------------------------------------------------------------------------- ingest / extract


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@index_option
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=None, help="Worker processes [default: all cores].")
@click.option("--timeout", type=click.FloatRange(1, 3600), default=120.0, show_default=True, help="Seconds allowed per file.")
@click.option("--batch-size", type=click.IntRange(1, 100000), default=1000, show_default=True, help="Documents per index commit (an interrupted ingest keeps every committed batch).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(paths, index_dir, jobs, timeout, batch_size, quiet):
    """Add the documents in PATHS (default: corpus/) to the index, incrementally.

    Unchanged files are skipped, changed ones replaced, removed ones dropped.
    Exit status 1 when some files failed; all the others are indexed.
    """
    from archive.pipeline import ingest as run_ingest
    from archive.topics import TopicsError

    paths = list(paths) or [Path(DEFAULT_CORPUS)]
    for path in paths:
        if not path.exists():
            raise click.BadParameter(f"{path}: no such file or folder", param_hint="PATHS")
    bar = Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} files/s"),
        TimeElapsedColumn(),
        TextColumn("[dim]{task.fields[current]}"),
        console=stderr,
        transient=True,
        disable=quiet or not stderr.is_terminal,
    )
    task = bar.add_task("ingest", total=None, rate="-", current="")

    def progress(done: int, total: int, path: str) -> None:
        elapsed = bar.tasks[0].elapsed or 0.0
        rate = f"{done / elapsed:.1f}" if elapsed > 0 else "-"
        bar.update(task, completed=done, total=total, rate=rate, current=path[-50:])

    try:
        with bar:
            report = run_ingest(paths, index_dir, jobs=jobs, timeout=timeout, progress=progress, batch_documents=batch_size)
    except TopicsError as error:
        fail(str(error))
    except OSError as error:
        fail(f"{error.filename or index_dir}: {error.strerror or error}")
    for failure in report.failed:
        stderr.print(f"[red]failed[/] {escape(str(failure))}")
    for note in report.skipped:
        stderr.print(f"[dim]skipped {escape(str(note))}[/]")
    rate = report.files / report.seconds if report.seconds else 0.0
    summary = (
        f"{report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
        f"{report.removed} removed, {len(report.failed)} failed"
        + (f", {len(report.skipped)} skipped" if report.skipped else "")
        + f" — {report.quotes} quotes found, {report.seconds:.1f} s ({rate:.0f} files/s) → {index_dir}/"
    )
    stdout.print(summary)
    if report.interrupted:
        fail("interrupted: the last committed batch is searchable; run ingest again to finish", 130)
    sys.exit(1 if report.failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@json_option
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=None, help="Worker processes [default: all cores].")
@click.option("--timeout", type=click.FloatRange(1, 3600), default=120.0, show_default=True, help="Seconds allowed per file.")
def extract(paths, as_json, jobs, timeout):
    """Show what archive makes of each file (text, metadata, quotes), without touching the index."""
    from archive.pipeline import Failure, extract_files

    for path in paths:
        if not path.exists():
            raise click.BadParameter(f"{path}: no such file or folder", param_hint="PATHS")
    failed = False
    for result in extract_files(list(paths), jobs=jobs, timeout=timeout):
        if isinstance(result, Failure) or result.error:
            reason = result.reason if isinstance(result, Failure) else result.error
            unsupported = not isinstance(result, Failure) and result.unsupported
            failed = failed or not unsupported
            label = "skipped" if unsupported else "failed"
            stderr.print(f"[red]{label}[/] {escape(result.path)}: {escape(reason)}")
            if as_json:
                stdout.print(json_line({"path": result.path, "error": reason, "skipped": unsupported}), markup=False)
            continue
        document = result.document.to_dict()
        quotes = [q.to_record() for q in result.quotes]
        if as_json:
            stdout.print(json_line({"path": result.path, "document": document, "quotes": quotes}), markup=False, soft_wrap=True)
            continue
        doc = result.document
        stdout.rule(f"[bold]{escape(result.path)}")
        facts = [("format", doc.format), ("kind", doc.kind), ("title", doc.title), ("author", doc.author),
                 ("date", doc.date), ("publisher", doc.publisher), ("url", doc.url),
                 ("pages", str(len(doc.pages)) if doc.pages else None),
                 ("paragraphs", str(len(doc.passages))), ("characters", str(len(doc.text)))]
        for key, value in facts:
            if value:
                stdout.print(f"[bold]{key}:[/] {escape(value)}")
        for warning in doc.warnings:
            stdout.print(f"[yellow]warning:[/] {escape(warning)}")
        stdout.print(f"[bold]quotes:[/] {len(quotes)}")
        for record in quotes:
            stdout.print(f"  [cyan]{escape(record['speaker'] or '(unattributed)')}[/] [dim]{record['kind']}[/]: “{escape(record['text'])}”")
    sys.exit(1 if failed else 0)


# ---------------------------------------------------------------------------- quotes


@main.command()
@click.argument("query", required=False, default="")
@click.option("--speaker", help="Speaker's name or any part of it (e.g. bratton).")
@click.option("--org", help="Organization (e.g. \"We Count\").")
@click.option("--topic", help="Topic slug or key phrase (see `archive topics`).")
@click.option("--kind", type=click.Choice(QUOTE_KINDS, case_sensitive=False), help="Kind of quotation.")
@click.option("--doc-type", type=click.Choice(["press", "report", "statement"], case_sensitive=False), help="Kind of document.")
@click.option("--since", metavar="DATE", help="Documents dated on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--until", metavar="DATE", help="Documents dated on or before DATE.")
@click.option("--limit", type=click.IntRange(1, 10000), default=20, show_default=True)
@click.option("--page", type=click.IntRange(1, None), default=1, show_default=True)
@click.option("--format", "output", type=click.Choice(["table", "json", "csv", "cite"]), default="table", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@index_option
def quotes(query, speaker, org, topic, kind, doc_type, since, until, limit, page, output, as_json, index_dir):
    """Search quotations: free text (phrases, AND/OR/NOT, prefix*) and filters.

    QUERY may also use fields: speaker:, org:, topic:, kind:, type:, date:[2011 TO 2012].
    """
    output = "json" if as_json else output
    filters = QuoteFilters(query, speaker, org, topic, kind, doc_type, since, until)
    archive = open_archive(index_dir)
    try:
        results = archive.quotes(filters, page=page, page_size=limit, facets=output == "table")
    except SearchError as error:
        fail(str(error))
    if not results.hits:
        message = results.note or "no quotes match"
        if results.suggestions:
            message += " — did you mean " + " or ".join(results.suggestions) + "?"
        stderr.print(escape(message))
    records = [hit.record for hit in results.hits]
    if output == "json":
        for record in records:
            stdout.print(json_line(record), markup=False, soft_wrap=True)
    elif output == "csv":
        stdout.print(csv_text(records), markup=False, end="", soft_wrap=True)
    elif output == "cite":
        for record in records:
            stdout.print(cite(record), markup=False, soft_wrap=True)
    else:
        table = Table(show_lines=True, expand=False)
        table.add_column("quote", ratio=3)
        table.add_column("speaker", ratio=1)
        table.add_column("source", ratio=1)
        for hit in results.hits:
            record = hit.record
            who = Text(record["speaker"] or "(unattributed)", style="bold" if record["speaker"] else "dim")
            for extra in (record.get("speaker_title"), record.get("organization")):
                if extra:
                    who.append(f"\n{extra}", style="dim")
            where = Text(record.get("doc_title") or record["doc"])
            location = f"p. {record['page']}" if record.get("page") else f"¶ {record.get('paragraph')}"
            where.append(f"\n{record['doc_kind']} · {location}" + (f" · {record['doc_date'][:10]}" if record.get("doc_date") else ""), style="dim")
            quote = Text("“") + rich_fragments(hit.highlight) + Text("”")
            quote.append(f"\n{record['kind']} · {record['id']}" + (f" · {', '.join(record['topics'])}" if record.get("topics") else ""), style="dim")
            table.add_row(quote, who, where)
        if results.hits:
            stdout.print(table)
        stdout.print(f"[dim]{results.total} quotes · page {results.page} of {results.pages}[/]")
        facet_line = []
        for name in ("speaker", "organization", "topic"):
            values = results.facets.get(name, [])[:5]
            if values:
                facet_line.append(f"{name}: " + ", ".join(f"{escape(v)} ({n})" for v, n in values))
        for line in facet_line:
            stdout.print(f"[dim]{line}[/]")


# ---------------------------------------------------------------------------- documents


@main.command()
@click.argument("query")
@click.option("--doc-type", type=click.Choice(["press", "report", "statement"], case_sensitive=False))
@click.option("--since", metavar="DATE")
@click.option("--until", metavar="DATE")
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True)
@json_option
@index_option
def search(query, doc_type, since, until, limit, as_json, index_dir):
    """Search documents; snippets show where, with page numbers for PDFs."""
    archive = open_archive(index_dir)
    try:
        results = archive.documents(query, doc_type, since, until, page_size=limit)
    except SearchError as error:
        fail(str(error))
    if as_json:
        for hit in results.hits:
            record = {k: v for k, v in hit.record.items() if k not in ("passages",)}
            record["snippet"] = "".join(part for part, _ in hit.highlight)
            record["matched_pages"] = hit.pages
            stdout.print(json_line(record), markup=False, soft_wrap=True)
        return
    if not results.hits:
        stderr.print("no documents match")
    for hit in results.hits:
        record = hit.record
        stdout.print(f"[bold]{escape(record.get('title') or record['doc'])}[/]  [dim]{escape(record['doc'])} · {record['kind']}"
                     + (f" · {record['date'][:10]}" if record.get("date") else "")
                     + (f" · pages {', '.join(map(str, hit.pages))}" if hit.pages else "") + "[/]")
        stdout.print(rich_fragments(hit.highlight))
        stdout.print()
    stdout.print(f"[dim]{results.total} documents[/]")


@main.command()
@click.argument("doc")
@click.option("--quote", "quote_id", help="Show one quote in its context.")
@json_option
@index_option
def show(doc, quote_id, as_json, index_dir):
    """A document with its quotes marked, or one quote in context."""
    archive = open_archive(index_dir)
    record = archive.document(doc)
    if record is None:
        fail(f"{doc}: no such document in the index (see `archive search`)")
    if quote_id:
        quote = next((q for q in record["quotes"] if q["id"] == quote_id), None)
        if quote is None:
            fail(f"{doc}: no quote {quote_id} in this document")
        if as_json:
            stdout.print(json_line(quote), markup=False, soft_wrap=True)
            return
        text = record["text"]
        start = text.rfind("\n\n", 0, quote["start"]) + 2 if "\n\n" in text[: quote["start"]] else 0
        end = text.find("\n\n", quote["end"])
        end = len(text) if end < 0 else end
        shown = Text(text[start : quote["start"]])
        shown.append(text[quote["start"] : quote["end"]], style="bold yellow")
        shown.append(text[quote["end"] : end])
        stdout.print(shown)
        stdout.print()
        stdout.print(cite(quote), markup=False)
        return
    if as_json:
        stdout.print(json_line({k: v for k, v in record.items() if k != "passages"}), markup=False, soft_wrap=True)
        return
    stdout.rule(f"[bold]{escape(record.get('title') or doc)}")
    text = record["text"]
    shown = Text()
    cursor = 0
    for number, quote in enumerate(record["quotes"], start=1):
        if quote["start"] < cursor:
            continue
        shown.append(text[cursor : quote["start"]])
        shown.append(text[quote["start"] : quote["end"]], style="bold yellow")
        shown.append(f" [{number}]", style="cyan")
        cursor = quote["end"]
    shown.append(text[cursor:])
    stdout.print(shown)
    stdout.rule("quotes")
    for number, quote in enumerate(record["quotes"], start=1):
        stdout.print(f"[cyan][{number}][/] {escape(quote['speaker'] or '(unattributed)')} [dim]({quote['kind']}, {quote['id']})[/]")


# ---------------------------------------------------------------------------- listings


def print_rows(rows: list[dict], columns: list[str], as_json: bool, as_csv: bool = False) -> None:
    if as_json:
        for row in rows:
            stdout.print(json_line(row), markup=False, soft_wrap=True)
        return
    if as_csv:
        stdout.print(csv_text(rows, columns), markup=False, end="", soft_wrap=True)
        return
    table = Table()
    for column in columns:
        table.add_column(column.replace("_", " "), justify="right" if column.endswith("count") else "left")
    for row in rows:
        table.add_row(*["; ".join(v) if isinstance(v, list) else ("" if v is None else str(v)) for v in (row.get(c) for c in columns)])
    stdout.print(table)


csv_option = click.option("--csv", "as_csv", is_flag=True, help="CSV with a header row.")


@main.command()
@click.option("--org", help="Only speakers of this organization.")
@json_option
@csv_option
@index_option
def speakers(org, as_json, as_csv, index_dir):
    """Speakers with their quote counts, names, titles and organizations."""
    rows = open_archive(index_dir).speakers(org=org)
    print_rows(rows, ["name", "quote_count", "titles", "organizations", "variants"], as_json, as_csv)


@main.command()
@json_option
@csv_option
@index_option
def orgs(as_json, as_csv, index_dir):
    """Organizations with their quote counts."""
    rows = [{"organization": name, "quote_count": count} for name, count in open_archive(index_dir).organizations()]
    print_rows(rows, ["organization", "quote_count"], as_json, as_csv)


@main.command()
@click.option("--all", "show_all", is_flag=True, help="Also every automatic key phrase (not only the top 30).")
@json_option
@csv_option
@index_option
def topics(show_all, as_json, as_csv, index_dir):
    """Topics of the vocabulary, then automatic key phrases, with quote counts."""
    rows = open_archive(index_dir).topics()
    if not show_all:
        vocabulary = [r for r in rows if r["source"] == "vocabulary"]
        rows = vocabulary + [r for r in rows if r["source"] != "vocabulary"][:30]
    print_rows(rows, ["topic", "label", "source", "quote_count"], as_json, as_csv)


@main.command()
@json_option
@index_option
def stats(as_json, index_dir):
    """Documents, quotes, speakers, index size and the last ingest."""
    figures = open_archive(index_dir).stats()
    if as_json:
        stdout.print(json.dumps(figures, ensure_ascii=False), markup=False)
        return
    for key, value in figures.items():
        if key == "index_bytes":
            value = f"{value / 1e6:.1f} MB"
        if isinstance(value, list):
            value = ", ".join(value)
        stdout.print(f"[bold]{key.replace('_', ' ')}:[/] {escape(str(value))}")


# ---------------------------------------------------------------------------- web


@main.command()
@index_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
def serve(index_dir, host, port):
    """The search page and JSON API in a browser."""
    import uvicorn

    from archive.web.app import create_app

    archive = open_archive(index_dir)
    app = create_app(archive)
    stderr.print(f"archive: serving {index_dir}/ on http://{host}:{port}/ (Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


if __name__ == "__main__":
    main()
