"""Ingest throughput, measured the way a reporter meets it: `archive.pipeline.ingest`, end to end.

Prints the figures issue 2 asks for in its closing note:

- HTML: the 66 pages of ../shared/data/news-html (readability/*/source.html and
  aeb/html/*.html.gz), files/s and MB/s;
- PDF: the PDFs of ../shared/data/pdf that have a text layer, pages/s (and
  i1040nr.pdf, the big one, on its own);
- text: the 2,225 BBC articles of ../shared/data/news-text/news.jsonl written
  out as .txt files, files/s and MB/s;
- a no-change re-ingest of those 2,225 files (target: about a second), and a
  re-ingest after touching (mtime only) 100 of them.

Every input is copied or written into a temporary folder and every index goes
there too, so the repository is never touched. Each set is ingested into a
fresh index; an ingest figure covers worker start-up, extraction, quote
finding, topic tagging, the batched Whoosh commits and the speaker rebuild.
`extract` figures cover extraction and quote finding only (no index), so the
difference is what the index costs.

    python scripts/bench_ingest.py            # all cores
    python scripts/bench_ingest.py --jobs 1
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from archive.pipeline import ingest, extract_files  # noqa: E402

#: PDF kinds in pdf/manifest.json without a usable text layer (or that must not open).
NO_TEXT_KINDS = {"scanned-image-only", "encrypted-password-required", "malformed", "expected-output"}
MB = 1024 * 1024


def shared_dir() -> Path:
    """$ARCHIVE_SHARED, else ../shared beside the repository."""
    return Path(os.environ.get("ARCHIVE_SHARED", REPO.parent / "shared"))


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and p.name != "topics.toml")


def with_vocabulary(folder: Path) -> None:
    """The corpus vocabulary beside the files, so topic tagging costs what it costs in real use."""
    vocabulary = REPO / "corpus" / "topics.toml"
    if vocabulary.is_file():
        shutil.copy(vocabulary, folder / "topics.toml")


def stage_html(shared: Path, target: Path) -> None:
    target.mkdir(parents=True)
    for source in sorted((shared / "data/news-html/readability").glob("*/source.html")):
        shutil.copy(source, target / f"readability-{source.parent.name}.html")
    for source in sorted((shared / "data/news-html/aeb/html").glob("*.html.gz")):
        shutil.copy(source, target / f"aeb-{source.name}")
    with_vocabulary(target)


def stage_pdf(shared: Path, target: Path, only: str | None = None) -> None:
    target.mkdir(parents=True)
    manifest = json.loads((shared / "data/pdf/manifest.json").read_text())
    for entry in manifest:
        name = entry["file"]
        if not name.endswith(".pdf") or entry.get("kind") in NO_TEXT_KINDS:
            continue
        if only and name != only:
            continue
        shutil.copy(shared / "data/pdf" / name, target / name)
    with_vocabulary(target)


def stage_text(shared: Path, target: Path) -> int:
    """One file per BBC article under its category, with a header block as statements have."""
    count = 0
    with open(shared / "data/news-text/news.jsonl", encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            folder = target / article.get("category", "misc")
            folder.mkdir(parents=True, exist_ok=True)
            header = f"Title: {article['title']}\nSource: BBC News\n\n"
            (folder / f"{article['id']}.txt").write_text(header + article["text"], encoding="utf-8")
            count += 1
    with_vocabulary(target)
    return count


def timed_ingest(root: Path, index: Path, jobs: int):
    started = time.perf_counter()
    report = ingest([root], index, jobs=jobs)
    return report, time.perf_counter() - started


def timed_extract(root: Path, jobs: int) -> tuple[int, float]:
    started = time.perf_counter()
    count = sum(1 for item in extract_files([root], jobs=jobs) if getattr(item, "document", None))
    return count, time.perf_counter() - started


def index_size(index: Path) -> int:
    return sum(p.stat().st_size for p in index.iterdir() if p.is_file())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes [all cores]")
    parser.add_argument("--repeat", type=int, default=3, help="no-change re-ingest runs (median reported)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temp folder, removed)")
    args = parser.parse_args()
    shared = shared_dir()
    if not (shared / "data").is_dir():
        print(f"no shared data in {shared} (set ARCHIVE_SHARED)", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="archive-bench-ingest-")) if args.keep is None else args.keep
    work.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, str]] = []
    print(f"shared data: {shared}\nwork folder: {work}\njobs: {args.jobs} (cpu_count {os.cpu_count()})\n")
    try:
        # HTML
        html = work / "html"
        stage_html(shared, html)
        html_bytes = folder_bytes(html)
        report, seconds = timed_ingest(html, work / "index-html", args.jobs)
        files = report.added
        print(f"HTML ingest: {report.added} added, {len(report.failed)} failed, {report.quotes} quotes, {seconds:.2f} s")
        for failure in report.failed:
            print(f"  failed: {failure}")
        count, extract_seconds = timed_extract(html, args.jobs)
        rows += [
            ("HTML files (on disk MB, .gz counted compressed)", f"{files}  ({html_bytes / MB:.1f} MB)"),
            ("HTML ingest", f"{seconds:.2f} s  {files / seconds:.1f} files/s  {html_bytes / MB / seconds:.2f} MB/s"),
            ("HTML extract+quotes only (no index)", f"{extract_seconds:.2f} s  {count / extract_seconds:.1f} files/s"),
            ("HTML quotes found", str(report.quotes)),
        ]

        # PDF
        pdf = work / "pdf"
        stage_pdf(shared, pdf)
        pdf_bytes = folder_bytes(pdf)
        report, seconds = timed_ingest(pdf, work / "index-pdf", args.jobs)
        print(f"PDF ingest: {report.added} added ({report.pages} pages), {len(report.failed)} failed, {seconds:.2f} s")
        for failure in report.failed:
            print(f"  failed: {failure}")
        rows += [
            ("PDF files with text / pages", f"{report.added} / {report.pages}  ({pdf_bytes / MB:.1f} MB)"),
            ("PDF ingest", f"{seconds:.2f} s  {report.pages / seconds:.1f} pages/s  {report.added / seconds:.2f} files/s"),
        ]
        big = work / "pdf-big"
        stage_pdf(shared, big, only="i1040nr.pdf")
        report, seconds = timed_ingest(big, work / "index-pdf-big", args.jobs)
        rows.append(("PDF i1040nr.pdf alone (one worker busy)", f"{report.pages} pages  {seconds:.2f} s  {report.pages / seconds:.1f} pages/s"))

        # Text
        text = work / "text"
        written = stage_text(shared, text)
        text_bytes = folder_bytes(text)
        index = work / "index-text"
        report, seconds = timed_ingest(text, index, args.jobs)
        print(f"text ingest: {report.added} added, {len(report.failed)} failed, {report.quotes} quotes, {seconds:.2f} s")
        for failure in report.failed[:10]:
            print(f"  failed: {failure}")
        count, extract_seconds = timed_extract(text, args.jobs)
        rows += [
            ("text files", f"{written}  ({text_bytes / MB:.1f} MB)"),
            ("text ingest", f"{seconds:.2f} s  {report.added / seconds:.1f} files/s  {text_bytes / MB / seconds:.2f} MB/s"),
            ("text extract+quotes only (no index)", f"{extract_seconds:.2f} s  {count / extract_seconds:.1f} files/s"),
            ("text quotes found / index size", f"{report.quotes}  /  {index_size(index) / MB:.1f} MB"),
        ]

        # Re-ingests over the text folder
        times = []
        for _ in range(max(1, args.repeat)):
            report, seconds = timed_ingest(text, index, args.jobs)
            assert report.unchanged == written and not report.added and not report.updated, report
            times.append(seconds)
        rows.append(
            (f"no-change re-ingest, {written} files", f"median {statistics.median(times):.2f} s  (runs: {', '.join(f'{t:.2f}' for t in times)})")
        )
        files = sorted(p for p in text.rglob("*.txt"))
        step = max(1, len(files) // 100)
        touched = files[::step][:100]
        for path in touched:
            stat = path.stat()
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        report, seconds = timed_ingest(text, index, args.jobs)
        assert report.unchanged == written and not report.added and not report.updated, report
        rows.append((f"re-ingest after touching {len(touched)} files (mtime only)", f"{seconds:.2f} s"))
        report, seconds = timed_ingest(text, index, args.jobs)
        rows.append(("no-change re-ingest right after that", f"{seconds:.2f} s"))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)

    width = max(len(name) for name, _ in rows)
    print(f"\nIngest figures ({args.jobs} worker process(es), {os.cpu_count()} cores)")
    print("-" * (width + 40))
    for name, value in rows:
        print(f"{name.ljust(width)}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
