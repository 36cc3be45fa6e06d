"""Quote search at archive scale: Whoosh (our store) against SQLite FTS5, on the same quotes.

Issue 4 asks for figures on an index of at least 100,000 quotes from real text,
with the index opened once as a server would, and every figure beside SQLite
FTS5 so that "fast" means something. This script:

1. finds the quotes of the 2,225 BBC articles in ../shared/data/news-text
   (archive.extract.text + archive.quotes.find_quotes), tags them with the
   corpus vocabulary (corpus/topics.toml) and key phrases (archive.topics), and
   repeats the corpus under distinct document paths and quote ids until there
   are at least --quotes quotes;
2. writes them through archive.store.writer.write_batch in ingest-sized
   batches, then rebuilds the speakers as ingest does: build time, index size;
3. loads the same quotes into SQLite FTS5 (stdlib sqlite3, a temp file): a
   quotes table with indexed speaker/doc columns, a topic table, and an FTS5
   table over text, context, speaker and organization (Porter stemming, like
   the Whoosh analyzer);
4. opens `Archive` once and times --queries queries of each kind: a speaker
   filter, a topic filter, one free-text word, a two-word phrase; with facets
   (as the CLI asks) and without; the SQLite side runs the equivalent SQL with
   the same limit (20), a total count, and facets when Whoosh has them.

    python scripts/bench_search.py                      # 100,000 quotes, 200 queries per kind
    python scripts/bench_search.py --quotes 20000 --queries 50
    python scripts/bench_search.py --keep /tmp/bench    # keep the indexes (reused when present)
    python scripts/bench_search.py --profile topic      # cProfile one kind of Whoosh query
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import os
import pstats
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from archive import pipeline  # noqa: E402
from archive.extract.text import extract_text  # noqa: E402
from archive.model import Document, Quote  # noqa: E402
from archive.quotes import find_quotes  # noqa: E402
from archive.store import writer as store  # noqa: E402
from archive.store.search import Archive, QuoteFilters  # noqa: E402
from archive.topics import STOP_WORDS, load_topics, tag_quotes  # noqa: E402

KINDS = ("speaker", "topic", "free text", "phrase")
LIMIT = 20
MB = 1024 * 1024


def shared_dir() -> Path:
    """$ARCHIVE_SHARED, else ../shared beside the repository."""
    return Path(os.environ.get("ARCHIVE_SHARED", REPO.parent / "shared"))


# ---------------------------------------------------------------------------
# The quotes


def one_pass(shared: Path, topics) -> list[tuple[Document, list[Quote], dict[str, list[str]]]]:
    """Every BBC article as a document, with its quotes tagged: the unit that gets repeated."""
    entries = []
    with open(shared / "data/news-text/news.jsonl", encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            document = extract_text(article["text"].encode("utf-8"))
            document.path = f"{article.get('category', 'misc')}/{article['id']}.txt"
            document.format, document.kind = "text", "press"
            document.title, document.publisher = article["title"], "BBC News"
            quotes = find_quotes(document)
            keyphrases = tag_quotes(quotes, topics)
            entries.append((document, quotes, keyphrases))
    return entries


def repetition(entries, number: int):
    """The corpus again under `copy-N/`: new document paths and quote ids, the same words."""
    for document, quotes, keyphrases in entries:
        if number == 0:
            yield document, quotes, keyphrases
            continue
        path = f"copy-{number}/{document.path}"
        copied = replace(document, path=path)
        new_quotes, new_phrases = [], {}
        for quote in quotes:
            quote_id = hashlib.sha1(f"{path}:{quote.start}:{quote.end}".encode()).hexdigest()[:16]
            new_quotes.append(replace(quote, id=quote_id, doc=path))
            new_phrases[quote_id] = keyphrases.get(quote.id, [])
        yield copied, new_quotes, new_phrases


def corpus(entries, wanted: int):
    """Repetitions until at least `wanted` quotes; yields (document, quotes, keyphrases)."""
    per_pass = sum(len(quotes) for _, quotes, _ in entries)
    passes = max(1, -(-wanted // max(1, per_pass)))
    for number in range(passes):
        yield from repetition(entries, number)


# ---------------------------------------------------------------------------
# Building both indexes


def build_whoosh(entries, wanted: int, index_dir: Path, root: Path, batch: int) -> dict:
    ix = store.open_for_writing(index_dir)
    started = time.perf_counter()
    pending: list[store.IndexedDocument] = []
    documents = quotes = 0
    for document, doc_quotes, keyphrases in corpus(entries, wanted):
        record = store.FileRecord(document.path, str(root), str(root / document.path), len(document.text), 0, "0" * 64)
        pending.append(store.IndexedDocument(record, document, doc_quotes, keyphrases))
        documents += 1
        quotes += len(doc_quotes)
        if len(pending) >= batch:
            store.write_batch(ix, pending, [], [])
            pending = []
    if pending:
        store.write_batch(ix, pending, [], [])
    written = time.perf_counter()
    topics = pipeline.load_vocabulary([root])
    pipeline._rebuild_speakers(
        ix, [root], topics, pipeline._vocabulary_fingerprint([root]), pipeline._overrides_fingerprint([root])
    )
    finished = time.perf_counter()
    return {
        "documents": documents,
        "quotes": quotes,
        "write seconds": written - started,
        "speaker seconds": finished - written,
        "seconds": finished - started,
        "bytes": sum(p.stat().st_size for p in index_dir.iterdir() if p.is_file()),
    }


SQLITE_SCHEMA = """
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY, quote_id TEXT, text TEXT, context TEXT, speaker TEXT, organization TEXT,
    topics TEXT, kind TEXT, doc TEXT, doc_title TEXT, doc_kind TEXT, doc_date TEXT, year TEXT,
    start INTEGER, page INTEGER, paragraph INTEGER
);
CREATE TABLE quote_topics (topic TEXT, quote INTEGER);
CREATE TABLE speaker_members (member TEXT PRIMARY KEY, name TEXT);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, context, speaker, organization, content='quotes', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
"""
SQLITE_INDEXES = """
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE INDEX quotes_order ON quotes(doc_date, doc, start);
CREATE INDEX quote_topics_topic ON quote_topics(topic, quote);
CREATE INDEX quote_topics_quote ON quote_topics(quote, topic);
CREATE INDEX speaker_members_name ON speaker_members(name);
"""


def build_sqlite(entries, wanted: int, path: Path, speakers: list[dict]) -> dict:
    """The same quotes in SQLite: FTS5 for text, plain indexed columns for the filters."""
    started = time.perf_counter()
    db = sqlite3.connect(path)
    db.executescript(SQLITE_SCHEMA)
    rows, topic_rows = [], []
    number = 0
    for document, doc_quotes, keyphrases in corpus(entries, wanted):
        year = (document.date or "")[:4] or None
        for quote in doc_quotes:
            number += 1
            tags = quote.topics + keyphrases.get(quote.id, [])
            rows.append((
                number, quote.id, quote.text, quote.context, quote.speaker or "", quote.organization or "",
                ",".join(tags), quote.kind, quote.doc, quote.doc_title, quote.doc_kind, quote.doc_date, year,
                quote.start, quote.page, quote.paragraph,
            ))
            topic_rows.extend((tag.lower(), number) for tag in tags)
    db.executemany(f"INSERT INTO quotes VALUES ({','.join('?' * 16)})", rows)
    db.executemany("INSERT INTO quote_topics VALUES (?, ?)", topic_rows)
    db.executemany(
        "INSERT OR REPLACE INTO speaker_members VALUES (?, ?)",
        [(member, s["name"]) for s in speakers for member in s.get("members", [])],
    )
    db.execute("INSERT INTO quotes_fts(rowid, text, context, speaker, organization) SELECT id, text, context, speaker, organization FROM quotes")
    db.executescript(SQLITE_INDEXES)
    db.commit()
    db.execute("ANALYZE")
    db.close()
    return {"quotes": number, "seconds": time.perf_counter() - started, "bytes": path.stat().st_size}


# ---------------------------------------------------------------------------
# The queries


def choose_queries(archive: Archive, entries, count: int, seed: int) -> dict[str, list[str]]:
    """Real speakers, real topics, and words and word pairs drawn from the quotes themselves.

    Speakers and topics are spread evenly over the frequency range (the
    most-quoted down to the rarely quoted); words and phrases are drawn in
    proportion to how often they occur, as a reporter's questions would be.
    """
    rng = random.Random(seed)
    speakers = [s["name"] for s in archive.speakers()]
    topics = archive.topics()
    vocabulary = [t["topic"] for t in topics if t["source"] == "vocabulary" and t["quote_count"]]
    phrases = [t["topic"] for t in topics if t["source"] != "vocabulary" and t["quote_count"]]

    def spread(values: list[str], n: int) -> list[str]:
        if not values:
            return []
        if len(values) <= n:
            return [values[i % len(values)] for i in range(n)]
        step = len(values) / n
        return [values[int(i * step)] for i in range(n)]

    words: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for _, quotes, _ in entries:
        for quote in quotes:
            tokens = re.findall(r"[a-z]+", quote.text.lower())
            for token in tokens:
                if len(token) >= 4 and token not in STOP_WORDS:
                    words[token] += 1
            for first, second in zip(tokens, tokens[1:]):
                if len(first) >= 3 and len(second) >= 3 and first not in STOP_WORDS and second not in STOP_WORDS:
                    pairs[f"{first} {second}"] += 1
    frequent_pairs = {pair: n for pair, n in pairs.items() if n >= 2}

    def weighted(counter: dict[str, int], n: int) -> list[str]:
        keys = list(counter)
        return rng.choices(keys, weights=[counter[k] for k in keys], k=n) if keys else []

    speaker_queries = spread(speakers, count)
    topic_queries = (vocabulary + spread(phrases, max(0, count - len(vocabulary))))[:count]
    rng.shuffle(speaker_queries)
    rng.shuffle(topic_queries)
    return {
        "speaker": speaker_queries,
        "topic": topic_queries,
        "free text": weighted(words, count),
        "phrase": [f'"{pair}"' for pair in weighted(frequent_pairs, count)],
    }


def whoosh_query(archive: Archive, kind: str, value: str, facets: bool) -> int:
    if kind == "speaker":
        filters = QuoteFilters(speaker=value)
    elif kind == "topic":
        filters = QuoteFilters(topic=value)
    else:
        filters = QuoteFilters(query=value)
    results = archive.quotes(filters, page_size=LIMIT, facets=facets)
    return results.total


class SqliteSearch:
    """The SQLite side of each question: top 20 rows (with a highlight when there is text), a total, facets."""

    def __init__(self, path: Path):
        self.db = sqlite3.connect(path, check_same_thread=False)
        self.db.execute("PRAGMA temp_store = MEMORY")

    def query(self, kind: str, value: str, facets: bool) -> int:
        db = self.db
        if kind in ("speaker", "topic"):
            if kind == "speaker":
                where = "q.speaker IN (SELECT member FROM speaker_members WHERE name = ?)"
            else:
                where = "q.id IN (SELECT quote FROM quote_topics WHERE topic = ?)"
            db.execute(
                f"SELECT q.quote_id, q.text, q.speaker, q.organization, q.doc, q.doc_title, q.page, q.paragraph "
                f"FROM quotes q WHERE {where} ORDER BY q.doc_date DESC, q.doc, q.start LIMIT {LIMIT}",
                (value,),
            ).fetchall()
            total = db.execute(f"SELECT count(*) FROM quotes q WHERE {where}", (value,)).fetchone()[0]
            hits = f"SELECT q.id AS id FROM quotes q WHERE {where}"
        else:
            match = value if value.startswith('"') else f'"{value}"'
            db.execute(
                "SELECT q.quote_id, highlight(quotes_fts, 0, char(2), char(3)), q.speaker, q.organization, q.doc, "
                "q.doc_title, q.page, q.paragraph FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid "
                f"WHERE quotes_fts MATCH ? ORDER BY bm25(quotes_fts) LIMIT {LIMIT}",
                (match,),
            ).fetchall()
            total = db.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?", (match,)).fetchone()[0]
            hits = "SELECT rowid AS id FROM quotes_fts WHERE quotes_fts MATCH ?"
            value = match
        if facets:
            self.facets(hits, value)
        return total

    def facets(self, hits: str, value: str) -> None:
        """Speaker (canonical), organization, topic, document kind and year counts over every match."""
        db = self.db
        db.execute("DROP TABLE IF EXISTS temp.hits")
        db.execute(f"CREATE TEMP TABLE hits AS {hits}", (value,))
        # `IN (SELECT id FROM temp.hits)` rather than a join: with a join on an unanalysed temp
        # table SQLite builds a Bloom filter over all of `quotes`, a full scan per query.
        matched = "q.id IN (SELECT id FROM temp.hits)"
        for sql in (
            "SELECT coalesce(m.name, q.speaker), count(*) FROM quotes q LEFT JOIN speaker_members m "
            f"ON m.member = q.speaker WHERE {matched} AND q.speaker != '' GROUP BY 1",
            f"SELECT q.organization, count(*) FROM quotes q WHERE {matched} AND q.organization != '' GROUP BY 1",
            "SELECT t.topic, count(*) FROM quote_topics t WHERE t.quote IN (SELECT id FROM temp.hits) GROUP BY 1",
            f"SELECT q.doc_kind, count(*) FROM quotes q WHERE {matched} GROUP BY 1",
            f"SELECT q.year, count(*) FROM quotes q WHERE {matched} AND q.year IS NOT NULL GROUP BY 1",
        ):
            db.execute(f"{sql} ORDER BY 2 DESC LIMIT 15").fetchall()


def time_queries(run, kind: str, values: list[str], facets: bool) -> dict:
    latencies, totals = [], []
    for value in values:
        started = time.perf_counter()
        totals.append(run(kind, value, facets))
        latencies.append(time.perf_counter() - started)
    cuts = statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 1 else latencies * 99
    return {
        "p50": statistics.median(latencies) * 1000,
        "p95": cuts[94] * 1000,
        "max": max(latencies) * 1000,
        "mean hits": statistics.mean(totals) if totals else 0,
        "max hits": max(totals) if totals else 0,
        "n": len(latencies),
    }


def ratio(a: float, b: float) -> str:
    return f"{a / b:.1f}x" if b else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000, help="at least this many quotes [100000]")
    parser.add_argument("--queries", type=int, default=200, help="queries per kind [200]")
    parser.add_argument("--batch", type=int, default=pipeline.BATCH_DOCUMENTS, help="documents per commit [as ingest]")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it; reuse its indexes when present")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--profile", choices=KINDS, help="cProfile this kind of Whoosh query (facets on) and print the top")
    args = parser.parse_args()
    shared = shared_dir()
    if not (shared / "data/news-text/news.jsonl").is_file():
        print(f"no BBC corpus in {shared}/data/news-text (set ARCHIVE_SHARED)", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="archive-bench-search-")) if args.keep is None else args.keep
    work.mkdir(parents=True, exist_ok=True)
    root = work / "corpus"
    root.mkdir(exist_ok=True)
    if (REPO / "corpus/topics.toml").is_file():
        shutil.copy(REPO / "corpus/topics.toml", root / "topics.toml")
    index_dir, sqlite_path = work / "index", work / "quotes.sqlite"
    rows: list[tuple[str, str, str, str]] = []
    try:
        started = time.perf_counter()
        entries = one_pass(shared, load_topics(root / "topics.toml"))
        per_pass = sum(len(q) for _, q, _ in entries)
        print(f"quotes of one pass over {len(entries)} BBC articles: {per_pass} ({time.perf_counter() - started:.1f} s, "
              f"find_quotes + tagging, one core)")

        reuse = args.keep is not None and any(index_dir.glob("_archive_*.toc")) and sqlite_path.exists()
        if reuse:
            print(f"reusing the indexes in {work}")
            saved = json.loads((work / "build.json").read_text()) if (work / "build.json").is_file() else {}
            whoosh_build = saved.get("whoosh") or {"seconds": float("nan")}
            sqlite_build = saved.get("sqlite") or {"seconds": float("nan")}
            whoosh_build["bytes"] = sum(p.stat().st_size for p in index_dir.iterdir() if p.is_file())
            sqlite_build["bytes"] = sqlite_path.stat().st_size
        else:
            shutil.rmtree(index_dir, ignore_errors=True)
            sqlite_path.unlink(missing_ok=True)
            print(f"building the Whoosh index (batches of {args.batch} documents) ...", flush=True)
            whoosh_build = build_whoosh(entries, args.quotes, index_dir, root, args.batch)
            print(f"  {whoosh_build['quotes']} quotes in {whoosh_build['documents']} documents: "
                  f"{whoosh_build['write seconds']:.1f} s writing + {whoosh_build['speaker seconds']:.1f} s speakers", flush=True)
            with Archive(index_dir) as archive:
                speakers = list(archive._speakers)
            print("building the SQLite FTS5 database ...", flush=True)
            sqlite_build = build_sqlite(entries, args.quotes, sqlite_path, speakers)
            print(f"  {sqlite_build['quotes']} quotes: {sqlite_build['seconds']:.1f} s", flush=True)
            (work / "build.json").write_text(json.dumps({"whoosh": whoosh_build, "sqlite": sqlite_build}))

        opened = time.perf_counter()
        archive = Archive(index_dir)
        open_ms = (time.perf_counter() - opened) * 1000
        stats = archive.stats()
        sqlite = SqliteSearch(sqlite_path)
        queries = choose_queries(archive, entries, args.queries, args.seed)

        first = time.perf_counter()
        whoosh_query(archive, "speaker", queries["speaker"][0], True)
        first_ms = (time.perf_counter() - first) * 1000  # builds the facet cache: once per index version
        for kind in KINDS:  # warm both sides' caches before timing
            for value in queries[kind][:5]:
                whoosh_query(archive, kind, value, True)
                sqlite.query(kind, value, True)

        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            for value in queries[args.profile]:
                whoosh_query(archive, args.profile, value, True)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(20)

        rows.append(("quotes indexed", f"{stats['quotes']}", f"{stats['quotes']}", ""))
        rows.append(("documents / speakers", f"{stats['documents']} / {stats['speakers']}", "", ""))
        build_label = "index build (s)" if not reuse else "index build (s), from the build run"
        rows.append((build_label, f"{whoosh_build['seconds']:.1f}", f"{sqlite_build['seconds']:.1f}",
                     ratio(whoosh_build["seconds"], sqlite_build["seconds"])))
        if "write seconds" in whoosh_build:
            rows.append(("  of which write_batch / speakers (s)",
                         f"{whoosh_build['write seconds']:.1f} / {whoosh_build['speaker seconds']:.1f}", "", ""))
        rows.append(("index size (MB)", f"{whoosh_build['bytes'] / MB:.1f}", f"{sqlite_build['bytes'] / MB:.1f}",
                     ratio(whoosh_build["bytes"], sqlite_build["bytes"])))
        rows.append(("open Archive (ms)", f"{open_ms:.0f}", "", ""))
        rows.append(("first query, builds facet cache (ms)", f"{first_ms:.0f}", "", ""))

        misses = []
        for facets in (True, False):
            for kind in KINDS:
                values = queries[kind]
                w = time_queries(lambda k, v, f: whoosh_query(archive, k, v, f), kind, values, facets)
                s = time_queries(sqlite.query, kind, values, facets)
                label = f"{kind}{' +facets' if facets else ''}"
                print(f"  {label}: whoosh p50 {w['p50']:.1f} p95 {w['p95']:.1f} ms; sqlite p50 {s['p50']:.1f} p95 {s['p95']:.1f} ms", flush=True)
                rows.append((f"{label} p50 (ms)", f"{w['p50']:.1f}", f"{s['p50']:.1f}", ratio(w["p50"], s["p50"])))
                rows.append((f"{label} p95 (ms)", f"{w['p95']:.1f}", f"{s['p95']:.1f}", ratio(w["p95"], s["p95"])))
                rows.append((f"{label} max (ms)", f"{w['max']:.1f}", f"{s['max']:.1f}", ratio(w["max"], s["max"])))
                rows.append((f"{label} hits mean / max", f"{w['mean hits']:.0f} / {w['max hits']}",
                             f"{s['mean hits']:.0f} / {s['max hits']}", f"n={w['n']}"))
                if w["p95"] >= 50:
                    misses.append(label)
        archive.close()
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)

    width = max(len(r[0]) for r in rows)
    print(f"\nQuote search figures ({os.cpu_count()} cores; limit {LIMIT}; Whoosh index opened once)")
    print(f"{'':{width}}  {'Whoosh':>14}  {'SQLite FTS5':>14}  {'W/S':>8}")
    print("-" * (width + 44))
    for name, whoosh, sqlite_value, rate in rows:
        print(f"{name:{width}}  {whoosh:>14}  {sqlite_value:>14}  {rate:>8}")
    print(f"\ntarget p95 < 50 ms on Whoosh: {'met' if not misses else 'missed for ' + ', '.join(misses)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
