"""Ingest end to end: incremental updates, bad input, timeouts, interruption."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive import pipeline
from archive.pipeline import ingest, walk
from archive.store.search import Archive, QuoteFilters

STATEMENT = """Speaker: Ana Ruiz
Role: director
Organization: Example Alliance

We will keep fighting for these families.
"""
ARTICLE = """Police trust

“Nobody calls us when they are afraid of deportation,” said Maria Lopez, a police captain in Springfield.

Lopez added that the program had to end.
"""


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "statements/ruiz.txt", STATEMENT)
    write(corpus, "press/lopez.txt", ARTICLE)
    return corpus


def quotes_in(index: Path, **filters) -> list[dict]:
    with Archive(index) as archive:
        return [hit.record for hit in archive.quotes(QuoteFilters(**filters), page_size=100).hits]


def test_ingest_adds_then_skips_unchanged(folder, tmp_path):
    index = tmp_path / "index"
    first = ingest([folder], index, jobs=1)
    assert (first.added, first.updated, first.unchanged, first.removed, first.failed) == (2, 0, 0, 0, [])
    second = ingest([folder], index, jobs=1)
    assert (second.added, second.updated, second.unchanged) == (0, 0, 2)
    assert quotes_in(index, speaker="ruiz")[0]["speaker"] == "Ana Ruiz"


def test_changed_file_replaces_its_quotes_and_removed_file_leaves(folder, tmp_path):
    index = tmp_path / "index"
    ingest([folder], index, jobs=1)
    write(folder, "statements/ruiz.txt", STATEMENT.replace("families", "neighbours"))
    report = ingest([folder], index, jobs=1)
    assert (report.added, report.updated, report.unchanged) == (0, 1, 1)
    texts = [q["text"] for q in quotes_in(index, speaker="Ana Ruiz")]
    assert texts == ["We will keep fighting for these neighbours."]
    (folder / "press" / "lopez.txt").unlink()
    report = ingest([folder], index, jobs=1)
    assert report.removed == 1
    assert quotes_in(index, speaker="lopez") == []
    with Archive(index) as archive:
        assert archive.stats()["documents"] == 1


def test_touched_but_identical_file_is_unchanged(folder, tmp_path):
    index = tmp_path / "index"
    ingest([folder], index, jobs=1)
    path = folder / "press" / "lopez.txt"
    os.utime(path, (time.time() + 100, time.time() + 100))
    report = ingest([folder], index, jobs=1)
    assert (report.updated, report.unchanged) == (0, 2)
    # the new mtime was recorded: the next run decides on size and mtime alone
    records = pipeline.store.read_file_records(pipeline.store.open_for_writing(index))
    assert records["press/lopez.txt"].mtime_ns == path.stat().st_mtime_ns


def test_bad_input_is_reported_and_everything_else_indexed(folder, tmp_path, shared_data):
    write(folder, "empty.txt", "")
    write(folder, "reports/zero.pdf", b"")
    dmca = (shared_data / "pdf" / "dmca.pdf").read_bytes()
    write(folder, "reports/truncated.pdf", dmca[:20_000])
    write(folder, "press/junk.html", bytes(range(256)) * 40)
    write(folder, "press/cp1252.html", "<html><body><article><p>“We are afraid,” said Jos\u00e9 Pe\u00f1a, a farmer. It is a long enough paragraph to be the article.</p></article></body></html>".encode("cp1252"))
    write(folder, "photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    os.symlink("loop-b.txt", folder / "loop-a.txt")
    os.symlink("loop-a.txt", folder / "loop-b.txt")
    os.symlink(".", folder / "self")  # a folder symlink loop
    os.symlink(folder / "missing.txt", folder / "dangling.txt")  # unreadable: the target is gone
    index = tmp_path / "index"
    report = ingest([folder], index, jobs=2, timeout=60)
    failed = {failure.path: failure.reason for failure in report.failed}
    assert failed["empty.txt"] == "empty file"
    assert set(failed) >= {"reports/zero.pdf", "reports/truncated.pdf", "press/junk.html", "loop-a.txt", "dangling.txt"}
    assert "symlink loop" in failed["loop-a.txt"]
    assert all(reason and "\n" not in reason for reason in failed.values())
    assert [note.path for note in report.skipped if note.path == "photo.png"]
    assert report.added == 3  # ruiz, lopez and the cp1252 page
    assert quotes_in(index, speaker="pena")[0]["text"] == "We are afraid,"


def test_unreadable_file_is_reported(folder, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads files whatever their mode (dangling symlinks cover this case)")
    path = write(folder, "secret.txt", "words")
    path.chmod(0)
    report = ingest([folder], tmp_path / "index", jobs=1)
    assert [f.path for f in report.failed] == ["secret.txt"]


def test_a_file_that_hangs_its_extractor_is_killed_at_the_deadline(folder, tmp_path, monkeypatch):
    real = pipeline.extract_bytes

    def slow(data, path):
        if "hang" in path:
            time.sleep(60)
        return real(data, path)

    monkeypatch.setattr(pipeline, "extract_bytes", slow)  # workers are forked: they see the patch
    write(folder, "hang.txt", "this one never finishes")
    started = time.monotonic()
    report = ingest([folder], tmp_path / "index", jobs=2, timeout=2)
    assert time.monotonic() - started < 30
    assert [(f.path, f.reason) for f in report.failed] == [("hang.txt", "timed out after 2 s")]
    assert report.added == 2


def test_large_text_file_is_indexed(tmp_path):
    corpus = tmp_path / "corpus"
    paragraph = "The council met again on Tuesday. " * 30 + "\n\n"
    write(corpus, "big.txt", paragraph * (50 * 1024 * 1024 // len(paragraph)))
    report = ingest([corpus], tmp_path / "index", jobs=1, timeout=600)
    assert report.failed == [] and report.added == 1


def test_walk_skips_configuration_and_hidden_files(folder):
    write(folder, "topics.toml", "")
    write(folder, "README.md", "about")
    write(folder, ".hidden.txt", "x")
    paths = sorted(item.path for item in walk(folder) if hasattr(item, "source"))
    assert paths == ["press/lopez.txt", "statements/ruiz.txt"]


def test_killed_ingest_leaves_a_searchable_index_and_the_next_run_finishes(tmp_path):
    corpus = tmp_path / "corpus"
    for number in range(400):
        write(corpus, f"press/{number:04}.txt", f"Story {number}\n\n“We need answers {number},” said Dana Whitfield, a union leader.\n")
    index = tmp_path / "index"
    command = [sys.executable, "-m", "archive", "ingest", str(corpus), "--index", str(index), "--jobs", "1", "--batch-size", "20", "-q"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    committed = 0
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with Archive(index) as archive:
                committed = archive.stats()["documents"]
        except Exception:
            committed = 0
        if committed >= 40:
            break
        time.sleep(0.05)
    if process.poll() is not None:
        pytest.skip("ingest finished before it could be interrupted")
    process.send_signal(signal.SIGKILL)
    process.wait()
    with Archive(index) as archive:  # the last committed batch is searchable
        documents = archive.stats()["documents"]
        assert 0 < documents < 400
        assert archive.quotes(QuoteFilters(query="answers"), page_size=5).total == documents
    report = ingest([corpus], index, jobs=2)
    assert report.added == 400 - documents and report.failed == []
    with Archive(index) as archive:
        assert archive.stats()["documents"] == 400


def test_speakers_toml_merges_what_the_automatic_merge_keeps_apart(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "press/a.txt", "Crime\n\n“Crime fell this year,” said Bill Bratton, a consultant.\n")
    write(corpus, "press/b.txt", "Police\n\n“We need more officers,” said William J. Bratton, the former chief.\n")
    index = tmp_path / "index"
    ingest([corpus], index, jobs=1)
    with Archive(index) as archive:
        assert {s["name"] for s in archive.speakers()} == {"Bill Bratton", "William J. Bratton"}
    write(corpus, "speakers.toml", '[[merge]]\nname = "William J. Bratton"\nvariants = ["Bill Bratton"]\n')
    report = ingest([corpus], index, jobs=1)
    assert report.unchanged == 2  # only the speakers were rebuilt
    with Archive(index) as archive:
        assert [s["name"] for s in archive.speakers()] == ["William J. Bratton"]
        records = archive.quotes(QuoteFilters(speaker="Bill Bratton"), page_size=10).hits
        assert {hit.record["speaker"] for hit in records} == {"William J. Bratton"} and len(records) == 2


def test_editing_topics_toml_retags_every_quote(folder, tmp_path):
    index = tmp_path / "index"
    ingest([folder], index, jobs=1)
    assert quotes_in(index, topic="kin") == []
    write(folder, "topics.toml", '[kin]\nlabel = "Kin"\nphrases = ["family"]\n')
    report = ingest([folder], index, jobs=1)
    assert report.updated == 2
    assert [q["speaker"] for q in quotes_in(index, topic="kin")] == ["Ana Ruiz"]
