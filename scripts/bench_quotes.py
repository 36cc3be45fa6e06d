"""Benchmark the quote engine: find_quotes over the 2,225 BBC articles, one process.

    python scripts/bench_quotes.py [--limit N]

Articles go through archive.extract.text.extract_text first (not timed), as ingest does; the
timed part is find_quotes alone. Prints articles/s and words/s (target: >= 200 articles/s).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from archive.extract.text import extract_text
from archive.quotes import find_quotes

REPO = Path(__file__).resolve().parent.parent
NEWS = REPO.parent / "shared" / "data" / "news-text" / "news.jsonl"


def load_documents(path: Path, limit: int | None = None):
    documents = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            document = extract_text(row["text"].encode("utf-8"))
            document.path = f"bbc/{row['id']}"
            documents.append(document)
            if limit and len(documents) >= limit:
                break
    return documents


def bench(documents) -> tuple[float, float, int, int]:
    """(wall seconds, CPU seconds, quotes, words) for one pass of find_quotes over the documents.

    CPU time is what "per core" means when other processes share the machine."""
    words = sum(len(d.text.split()) for d in documents)
    started = time.perf_counter()
    cpu_started = time.process_time()
    quotes = 0
    for document in documents:
        quotes += len(find_quotes(document))
    return time.perf_counter() - started, time.process_time() - cpu_started, quotes, words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--news", type=Path, default=NEWS)
    parser.add_argument("--repeat", type=int, default=1,
                        help="passes over the articles; the fastest is reported last (the machine's speed drifts)")
    args = parser.parse_args(argv)
    documents = load_documents(args.news, args.limit)
    best = None
    for _ in range(max(1, args.repeat)):
        seconds, cpu, quotes, words = bench(documents)
        print(f"{len(documents)} articles, {quotes} quotes, {words} words: {seconds:.2f}s wall, {cpu:.2f}s CPU")
        best = cpu if best is None else min(best, cpu)
    print(f"{len(documents) / seconds:.0f} articles/s, {words / seconds:.0f} words/s (wall, last pass)")
    print(f"{len(documents) / best:.0f} articles/s, {words / best:.0f} words/s (per core, CPU time, fastest pass)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
