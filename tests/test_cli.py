"""The CLI end to end on the bundled corpus, as a journalist uses it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.cli import main

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory) -> Path:
    index = tmp_path_factory.mktemp("cli") / "index"
    result = CliRunner().invoke(main, ["ingest", str(REPO / "corpus"), "--index", str(index), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    return index


def run(*args: str, index: Path | None = None):
    arguments = list(args) + (["--index", str(index)] if index else [])
    return CliRunner().invoke(main, arguments)


def json_lines(output: str) -> list[dict]:
    output = output.stdout if hasattr(output, "stdout") else output
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_ingest_reports_every_file_and_then_nothing_to_do(corpus_index):
    result = run("ingest", str(REPO / "corpus"), index=corpus_index)
    assert result.exit_code == 0
    assert "0 added, 0 updated, 5 unchanged, 0 removed, 0 failed" in result.output


def test_quotes_by_speaker_surname(corpus_index):
    result = run("quotes", "--speaker", "bratton", "--json", index=corpus_index)
    records = json_lines(result)
    assert result.exit_code == 0 and records
    assert {r["speaker"] for r in records} == {"William J. Bratton"}
    assert any(r["text"].startswith("Criminals are the biggest benefactors") for r in records)
    assert {r["doc_kind"] for r in records} == {"press", "report", "statement"}


def test_quotes_by_organization(corpus_index):
    records = json_lines(run("quotes", "--org", "We Count", "--json", index=corpus_index))
    assert records and {r["speaker"] for r in records} == {"Jonathan Fried"}
    assert all(r["organization"] == "We Count!" for r in records)


def test_quotes_by_topic(corpus_index):
    records = json_lines(run("quotes", "--topic", "deportation", "--json", "--limit", "100", index=corpus_index))
    assert records and all("deportation" in r["topics"] for r in records)
    assert any("1 million deportations" in r["text"] for r in records)


def test_phrase_search(corpus_index):
    records = json_lines(run("quotes", '"public safety"', "--json", index=corpus_index))
    assert records
    assert all("public safety" in (r["text"] + " " + r["context"]).lower() for r in records)


def test_misspelt_speaker_gets_did_you_mean(corpus_index):
    result = run("quotes", "--speaker", "Braton", index=corpus_index)
    assert result.exit_code == 0
    assert "did you mean William J. Bratton?" in result.output


def test_citation_format(corpus_index):
    result = run("quotes", "--speaker", "Bratton", "--doc-type", "press", "--format", "cite", index=corpus_index)
    assert result.output.startswith(
        "“Criminals are the biggest benefactors when immigrants fear the police. We can’t solve crimes"
    )
    assert "William J. Bratton, former Los Angeles police chief, quoted in “Immigrant advocates demand end of Secure Communities” (press coverage), paragraph" in result.output


def test_csv_format(corpus_index):
    lines = run("quotes", "--speaker", "hampton", "--format", "csv", index=corpus_index).output.splitlines()
    assert lines[0].startswith("id,text,kind,speaker") and len(lines) > 1


def test_table_lists_quotes_and_facets(corpus_index):
    result = run("quotes", "police", index=corpus_index)
    assert result.exit_code == 0
    assert "Bratton" in result.output and "quotes · page 1 of" in result.output
    assert "topic:" in result.output


def test_quote_kind_and_report_filters(corpus_index):
    records = json_lines(run("quotes", "--doc-type", "report", "--json", "--limit", "100", index=corpus_index))
    assert records and all(r["doc_kind"] == "report" and r["page"] for r in records)
    blocks = json_lines(run("quotes", "--kind", "block", "--json", "--limit", "100", index=corpus_index))
    assert blocks and all(r["kind"] == "block" for r in blocks)


def test_query_syntax_error_is_one_clear_line(corpus_index):
    result = run("quotes", '"unbalanced', index=corpus_index)
    assert result.exit_code == 1
    assert "unbalanced quotation mark" in result.output and "Traceback" not in result.output
    result = run("quotes", "--since", "last tuesday", index=corpus_index)
    assert result.exit_code == 1 and "not a date" in result.output


def test_document_search_gives_pages_for_pdfs(corpus_index):
    records = json_lines(run("search", "misdemeanors", "--json", index=corpus_index))
    report = [r for r in records if r["kind"] == "report"]
    assert report and report[0]["matched_pages"]
    assert {r["kind"] for r in records} >= {"press", "report"}


def test_listings(corpus_index):
    speakers = json_lines(run("speakers", "--json", index=corpus_index))
    names = {s["name"] for s in speakers}
    assert {"William J. Bratton", "Ron Hampton", "Roberto Lovato", "Jonathan Fried"} <= names
    assert "David Axelrod" not in names
    assert [s["name"] for s in json_lines(run("speakers", "--org", "Black Law Enforcement", "--json", index=corpus_index))] == ["Ron Hampton"]
    orgs = {o["organization"]: o["quote_count"] for o in json_lines(run("orgs", "--json", index=corpus_index))}
    assert orgs.get("We Count!", 0) >= 2
    topics = json_lines(run("topics", "--json", index=corpus_index))
    vocabulary = {t["topic"]: t["quote_count"] for t in topics if t["source"] == "vocabulary"}
    assert vocabulary["deportation"] > 0 and vocabulary["public-safety"] > 0
    assert any(t["source"] == "key phrase" for t in topics)
    assert run("speakers", "--csv", index=corpus_index).output.startswith("name,quote_count")


def test_show_document_and_one_quote(corpus_index):
    record = json_lines(run("quotes", "--speaker", "Fried", "--kind", "direct", "--json", index=corpus_index))[0]
    result = run("show", record["doc"], index=corpus_index)
    assert result.exit_code == 0 and "Jonathan Fried" in result.output
    result = run("show", record["doc"], "--quote", record["id"], index=corpus_index)
    assert result.exit_code == 0 and "Jonathan Fried" in result.output and "quoted in" in result.output
    assert run("show", "press/nope.html", index=corpus_index).exit_code == 1


def test_stats(corpus_index):
    figures = json.loads(run("stats", "--json", index=corpus_index).output)
    assert figures["documents"] == 5 and figures["quotes"] > 20 and figures["speakers"] >= 6
    assert figures["index_bytes"] > 0 and figures["last_ingest"]


def test_missing_index_says_run_ingest_first(tmp_path):
    result = run("quotes", "police", index=tmp_path / "nowhere")
    assert result.exit_code == 1
    assert "run `archive ingest` first" in result.output


def test_empty_index_has_no_quotes(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("ingest", str(empty), index=tmp_path / "index").exit_code == 0
    result = run("quotes", "police", index=tmp_path / "index")
    assert result.exit_code == 0 and "no quotes match" in result.output
    assert json.loads(run("stats", "--json", index=tmp_path / "index").output)["quotes"] == 0


def test_usage_errors_exit_2(tmp_path):
    assert run("ingest", str(tmp_path / "missing-folder"), index=tmp_path / "i").exit_code == 2
    assert run("quotes", "--kind", "shouted").exit_code == 2


def test_extract_json_one_line_per_file_without_an_index(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n")
    result = run("extract", str(REPO / "corpus" / "statements"), str(broken), "--json")
    assert result.exit_code == 1  # one file failed, the others were still extracted
    lines = json_lines(result)
    ok = [line for line in lines if "document" in line]
    assert len(ok) == 3 and all(line["quotes"] for line in ok)
    assert ok[0]["document"]["meta"]["speaker"]
    assert [line for line in lines if line.get("error")][0]["path"] == "broken.pdf"


def test_extract_pdf_lists_pages(tmp_path):
    result = run("extract", str(REPO / "corpus" / "reports" / "restoring-community-excerpts.pdf"), "--json")
    assert result.exit_code == 0
    document = json_lines(result)[0]["document"]
    assert len(document["pages"]) >= 3 and document["format"] == "pdf"
