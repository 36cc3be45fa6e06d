"""How well extract_html finds a news page's main text, against human ground truth.

Scores the 64 English pages of ../shared/data/news-html/ (the two non-English
controls are left out) with the Article Extraction Benchmark's bag-of-words
measure: lowercase word tokens, multiset overlap, precision/recall/F1 per page,
then averaged. Plain trafilatura (its defaults) is scored in the same run, so
the comparison is never against a stale figure. Also times extract_html over all
66 pages, since ingest speed depends on it.

    python scripts/eval_html.py            # means, worst pages, throughput
    python scripts/eval_html.py --worst 15
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import os
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TOKEN = re.compile(r"\w+")
NON_ENGLISH = ("lemonde-1", "folha")


def shared_dir() -> Path:
    """$ARCHIVE_SHARED, else ../shared beside the repository."""
    return Path(os.environ.get("ARCHIVE_SHARED", REPO.parent / "shared"))


@dataclass
class Page:
    id: str
    html: bytes  # un-gzipped
    truth: str
    lang: str | None

    @property
    def english(self) -> bool:
        return (self.lang is None or self.lang.lower().startswith("en")) and not self.id.endswith(NON_ENGLISH)


@dataclass
class Score:
    id: str
    precision: float
    recall: float
    f1: float


def expected_text(html: str) -> str:
    """Readability's expected.html with the tags stripped."""
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "lxml").get_text(" ")


@functools.lru_cache(maxsize=2)
def load_pages(root: Path | None = None) -> tuple[Page, ...]:
    """All 66 pages of the manifest with their ground-truth text."""
    root = root or shared_dir() / "data" / "news-html"
    truths: dict[str, dict] = {}
    pages = []
    with (root / "manifest.jsonl").open(encoding="utf-8") as handle:
        for row in map(json.loads, handle):
            data = (root / row["html"]).read_bytes()
            if row.get("gzip"):
                data = gzip.decompress(data)
            if row.get("truth_json"):
                if row["truth_json"] not in truths:
                    truths[row["truth_json"]] = json.loads((root / row["truth_json"]).read_text(encoding="utf-8"))
                truth = truths[row["truth_json"]][row["truth_key"]]["articleBody"]
            else:
                truth = expected_text((root / row["truth_html"]).read_text(encoding="utf-8"))
            pages.append(Page(row["id"], data, truth, row.get("lang")))
    return tuple(pages)


def english_pages(root: Path | None = None) -> list[Page]:
    return [page for page in load_pages(root) if page.english]


def tokens(text: str) -> Counter:
    return Counter(TOKEN.findall(text.lower()))


def token_scores(truth: str, predicted: str) -> tuple[float, float, float]:
    """AEB's bag-of-words precision, recall and F1 of `predicted` against `truth`."""
    expected, got = tokens(truth), tokens(predicted)
    overlap = sum((expected & got).values())
    precision = overlap / sum(got.values()) if got else 0.0
    recall = overlap / sum(expected.values()) if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def ours(data: bytes) -> str:
    from archive.extract.html import extract_html
    from archive.model import ExtractionError

    try:
        return extract_html(data).text
    except ExtractionError:
        return ""


def plain_trafilatura(data: bytes) -> str:
    import trafilatura

    return trafilatura.extract(data) or ""


def evaluate(extractor, pages) -> list[Score]:
    scores = []
    for page in pages:
        precision, recall, f1 = token_scores(page.truth, extractor(page.html))
        scores.append(Score(page.id, precision, recall, f1))
    return scores


def mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def throughput(pages) -> tuple[float, float, float]:
    """(seconds, files/s, MB/s) of extract_html over `pages`, failures included."""
    from archive.extract.html import extract_html
    from archive.model import ExtractionError

    size = sum(len(page.html) for page in pages)
    started = time.perf_counter()
    for page in pages:
        try:
            extract_html(page.html)
        except ExtractionError:
            pass
    elapsed = time.perf_counter() - started
    return elapsed, len(pages) / elapsed, size / 1e6 / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--worst", type=int, default=8, help="how many of our worst pages to list")
    args = parser.parse_args()

    pages = english_pages()
    ours_scores = evaluate(ours, pages)
    theirs = {score.id: score for score in evaluate(plain_trafilatura, pages)}
    print(f"{len(pages)} English pages (token bag-of-words, averaged per page)")
    print(f"{'extractor':<22}{'P':>8}{'R':>8}{'F1':>8}")
    for name, scores in (("archive extract_html", ours_scores), ("trafilatura defaults", list(theirs.values()))):
        print(
            f"{name:<22}{mean(s.precision for s in scores):8.4f}"
            f"{mean(s.recall for s in scores):8.4f}{mean(s.f1 for s in scores):8.4f}"
        )
    print(f"\nworst {args.worst} pages (ours; trafilatura F1 beside)")
    for score in sorted(ours_scores, key=lambda s: s.f1)[: args.worst]:
        print(
            f"  {score.f1:.3f}  P {score.precision:.3f} R {score.recall:.3f}"
            f"  (trafilatura {theirs[score.id].f1:.3f})  {score.id}"
        )
    every = load_pages()
    throughput(every[:3])  # warm-up: imports and trafilatura's first-call setup
    elapsed, files_per_s, mb_per_s = throughput(every)
    size = sum(len(page.html) for page in every) / 1e6
    print(
        f"\nextract_html over all {len(every)} pages ({size:.1f} MB): {elapsed:.2f} s, "
        f"{files_per_s:.1f} files/s, {mb_per_s:.2f} MB/s (one process)"
    )


if __name__ == "__main__":
    main()
