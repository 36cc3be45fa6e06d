"""Ingest: walk the folders, fingerprint, extract in worker processes, index, report.

Extraction runs in worker processes for two reasons: it uses every core, and a
file that hangs or crashes its parser (a PDF recursion trap, a decompression
bomb) costs only that worker, which is killed at the deadline and replaced,
while the rest of the folder goes on.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import time
from collections import deque
from dataclasses import dataclass, field, replace
from multiprocessing.connection import wait
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, Iterable, Iterator

from archive.extract import UnsupportedFile, extract_bytes
from archive.model import Document, ExtractionError, Quote, Speaker
from archive.quotes import find_quotes
from archive.quotes.speakers import build_speakers, load_overrides
from archive.store import writer as store
from archive.topics import TOPICS_FILE, Topic, load_topics, tag_quotes

#: Files in an ingested folder that configure the archive instead of being part of it.
CONFIG_FILES = {TOPICS_FILE, "speakers.toml", "readme.md", "readme.txt", "readme"}
DEFAULT_TIMEOUT = 120.0
BATCH_DOCUMENTS = 1000
BATCH_SECONDS = 60.0


@dataclass
class Failure:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Extracted:
    """What a worker makes of one file."""

    path: str
    source: str
    size: int
    mtime_ns: int
    sha256: str
    document: Document | None = None
    quotes: list[Quote] = field(default_factory=list)
    keyphrases: dict[str, list[str]] = field(default_factory=dict)
    error: str | None = None
    unsupported: bool = False


@dataclass
class Task:
    source: str  # absolute path
    path: str  # document id


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list[Failure] = field(default_factory=list)
    skipped: list[Failure] = field(default_factory=list)
    files: int = 0
    bytes: int = 0
    pages: int = 0
    quotes: int = 0
    seconds: float = 0.0
    interrupted: bool = False


# ---------------------------------------------------------------------------
# Walking


def walk(root: Path) -> Iterator[Task | Failure]:
    """Every candidate file below `root` (or `root` itself), as a Task; problems as Failures.

    Symlinked folders are not followed (a symlink loop cannot trap the walk);
    symlinked files are read like any other file.
    """
    root = Path(os.path.abspath(root))
    if root.is_file():
        yield Task(str(root), root.name)
        return
    problems: list[Failure] = []

    def on_error(error: OSError) -> None:
        problems.append(Failure(os.path.relpath(error.filename or str(root), root), _os_reason(error)))

    for folder, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for dirname in dirnames:
            if os.path.islink(os.path.join(folder, dirname)):
                yield Failure(os.path.relpath(os.path.join(folder, dirname), root), "symlinked folder not followed")
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            source = os.path.join(folder, name)
            relative = Path(os.path.relpath(source, root)).as_posix()
            if folder == str(root) and name.lower() in CONFIG_FILES:
                continue
            yield Task(source, relative)
        yield from problems
        problems.clear()
    yield from problems


def _os_reason(error: OSError) -> str:
    if error.errno == 40:  # ELOOP
        return "symlink loop"
    return error.strerror or str(error)


def sha256_of(source: str) -> str:
    digest = hashlib.sha256()
    with open(source, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# ---------------------------------------------------------------------------
# Work done in the worker processes


def process_file(task: Task, topics: list[Topic]) -> Extracted:
    """Read, extract, find quotes and tag them: everything about one file that needs no index."""
    try:
        with open(task.source, "rb") as handle:
            stat = os.fstat(handle.fileno())
            data = handle.read()
    except OSError as error:
        return Extracted(task.path, task.source, 0, 0, "", error=_os_reason(error))
    result = Extracted(
        task.path, task.source, stat.st_size, stat.st_mtime_ns, hashlib.sha256(data).hexdigest()
    )
    try:
        document = extract_bytes(data, task.path)
    except UnsupportedFile as error:
        result.error, result.unsupported = error.reason, True
        return result
    except ExtractionError as error:
        result.error = error.reason
        return result
    except Exception as error:  # an extractor bug must cost one file, not the run
        result.error = f"extractor failed ({type(error).__name__}: {error})"
        return result
    try:
        quotes = find_quotes(document)
        result.keyphrases = tag_quotes(quotes, topics)
    except Exception as error:
        result.error = f"quote finding failed ({type(error).__name__}: {error})"
        return result
    result.document, result.quotes = document, quotes
    return result


def _worker_main(connection, topics: list[Topic]) -> None:
    """Serve tasks until told to stop, or until the parent is gone (killed with -9)."""
    parent = os.getppid()
    while True:
        try:
            if not connection.poll(1.0):
                if os.getppid() != parent:
                    return
                continue
            task = connection.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if task is None:
            return
        connection.send(process_file(task, topics))


class WorkerPool:
    """Worker processes with a deadline per file; a stuck or dead worker is replaced."""

    def __init__(self, jobs: int, topics: list[Topic], timeout: float):
        self.context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
        self.jobs = max(1, jobs)
        self.topics = topics
        self.timeout = timeout
        self.workers: list[dict] = []

    def _start_worker(self) -> dict:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_worker_main, args=(child, self.topics), daemon=True)
        process.start()
        child.close()
        return {"process": process, "connection": parent, "task": None, "deadline": 0.0}

    def _stop_worker(self, worker: dict) -> None:
        worker["connection"].close()
        if worker["process"].is_alive():
            worker["process"].kill()
        worker["process"].join(timeout=5)

    def run(self, tasks: Iterable[Task]) -> Iterator[Extracted]:
        """Results in completion order."""
        pending = deque(tasks)
        if not pending:
            return
        self.workers = [self._start_worker() for _ in range(min(self.jobs, len(pending)))]
        try:
            while pending or any(w["task"] for w in self.workers):
                for worker in self.workers:
                    if worker["task"] is None and pending:
                        worker["task"] = pending.popleft()
                        worker["deadline"] = time.monotonic() + self.timeout
                        worker["connection"].send(worker["task"])
                busy = [w for w in self.workers if w["task"]]
                nearest = min(w["deadline"] for w in busy)
                ready = wait([w["connection"] for w in busy], timeout=max(0.0, nearest - time.monotonic()))
                for index, worker in enumerate(self.workers):
                    task = worker["task"]
                    if task is None:
                        continue
                    if worker["connection"] in ready:
                        try:
                            result = worker["connection"].recv()
                        except (EOFError, OSError):
                            result = Extracted(task.path, task.source, 0, 0, "", error="extractor crashed")
                            self._replace(index)
                        else:
                            worker["task"] = None
                        yield result
                    elif time.monotonic() >= worker["deadline"]:
                        self._replace(index)
                        yield Extracted(
                            task.path, task.source, 0, 0, "", error=f"timed out after {self.timeout:g} s"
                        )
        finally:
            for worker in self.workers:
                if worker["task"] is None and not worker["connection"].closed:
                    try:
                        worker["connection"].send(None)
                    except OSError:
                        pass
                self._stop_worker(worker)

    def _replace(self, index: int) -> None:
        self._stop_worker(self.workers[index])
        self.workers[index] = self._start_worker()


# ---------------------------------------------------------------------------
# Entry points


def load_vocabulary(roots: list[Path]) -> list[Topic]:
    topics: dict[str, Topic] = {}
    for root in roots:
        folder = root if root.is_dir() else root.parent
        for topic in load_topics(folder / TOPICS_FILE):
            topics.setdefault(topic.slug, topic)
    return list(topics.values())


def extract_files(
    paths: list[Path], jobs: int | None = None, timeout: float = DEFAULT_TIMEOUT
) -> Iterator[Extracted | Failure]:
    """`archive extract`: each file's document and quotes, in input order, no index."""
    tasks: list[Task] = []
    failures: list[Failure] = []
    for path in paths:
        for item in walk(path):
            (tasks if isinstance(item, Task) else failures).append(item)
    for failure in failures:
        yield failure
    order = {task.source: number for number, task in enumerate(tasks)}
    waiting: dict[int, Extracted] = {}
    next_number = 0
    pool = WorkerPool(jobs or os.cpu_count() or 1, load_vocabulary(paths), timeout)
    for result in pool.run(tasks):
        waiting[order[result.source]] = result
        while next_number in waiting:
            yield waiting.pop(next_number)
            next_number += 1


ProgressCallback = Callable[[int, int, str], None]


def ingest(
    roots: list[Path],
    index_dir: Path,
    jobs: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    progress: ProgressCallback | None = None,
    batch_documents: int = BATCH_DOCUMENTS,
) -> IngestReport:
    """Bring the index in line with the folders: add, update, remove; report the rest.

    `progress(done, total, path)` is called as files finish (the CLI draws a bar).
    """
    started = time.monotonic()
    report = IngestReport()
    roots = [Path(os.path.abspath(root)) for root in roots]
    topics = load_vocabulary(roots)
    vocabulary_key = _vocabulary_fingerprint(roots)
    ix = store.open_for_writing(index_dir)
    known = store.read_file_records(ix)
    previous_vocabulary = store.read_meta(ix).get("vocabulary")
    retag_everything = previous_vocabulary is not None and previous_vocabulary != vocabulary_key

    to_extract: list[Task] = []
    touched: list[store.FileRecord] = []
    seen: set[str] = set()
    for root in roots:
        for item in walk(root):
            if isinstance(item, Failure):
                (report.skipped if "not followed" in item.reason else report.failed).append(item)
                continue
            seen.add(item.path)
            report.files += 1
            old = known.get(item.path)
            try:
                stat = os.stat(item.source)
            except OSError as error:
                report.failed.append(Failure(item.path, _os_reason(error)))
                continue
            if old and not retag_everything and old.size == stat.st_size:
                if old.mtime_ns == stat.st_mtime_ns:
                    report.unchanged += 1
                    continue
                try:
                    same = sha256_of(item.source) == old.sha256
                except OSError as error:
                    report.failed.append(Failure(item.path, _os_reason(error)))
                    continue
                if same:
                    report.unchanged += 1
                    touched.append(replace(old, mtime_ns=stat.st_mtime_ns, source=item.source))
                    continue
            to_extract.append(item)

    removed = [
        path
        for path, record in known.items()
        if path not in seen and (record.root in map(str, roots) or not Path(record.source).exists())
    ]
    report.removed = len(removed)
    total = len(to_extract)
    batch: list[store.IndexedDocument] = []
    last_commit = time.monotonic()
    changed = bool(removed)

    def flush() -> None:
        nonlocal batch, touched, removed, last_commit
        if batch or touched or removed:
            store.write_batch(ix, batch, removed, touched)
        batch, touched, removed = [], [], []
        last_commit = time.monotonic()

    try:
        pool = WorkerPool(jobs or os.cpu_count() or 1, topics, timeout)
        for done, result in enumerate(pool.run(to_extract), start=1):
            if progress:
                progress(done, total, result.path)
            if result.error:
                target = report.skipped if result.unsupported else report.failed
                target.append(Failure(result.path, result.error))
                continue
            root = _root_of(result.source, roots)
            record = store.FileRecord(result.path, str(root), result.source, result.size, result.mtime_ns, result.sha256)
            if result.path in known:
                report.updated += 1
            else:
                report.added += 1
            changed = True
            report.bytes += result.size
            report.pages += len(result.document.pages)
            report.quotes += len(result.quotes)
            batch.append(store.IndexedDocument(record, result.document, result.quotes, result.keyphrases))
            if len(batch) >= batch_documents or time.monotonic() - last_commit > BATCH_SECONDS:
                flush()
        flush()
        overrides_key = _overrides_fingerprint(roots)
        if changed or store.read_meta(ix).get("overrides") != overrides_key or previous_vocabulary is None:
            _rebuild_speakers(ix, roots, topics, vocabulary_key, overrides_key)
    except KeyboardInterrupt:
        report.interrupted = True
    report.seconds = time.monotonic() - started
    return report


def _root_of(source: str, roots: list[Path]) -> Path:
    for root in roots:
        if root.is_file() and str(root) == source:
            return root.parent
        if source.startswith(str(root) + os.sep):
            return root
    return Path(source).parent


def _file_fingerprint(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        if path.is_file():
            digest.update(str(path).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _config_paths(roots: list[Path], name: str) -> list[Path]:
    return [(root if root.is_dir() else root.parent) / name for root in roots]


def _vocabulary_fingerprint(roots: list[Path]) -> str:
    return _file_fingerprint(_config_paths(roots, TOPICS_FILE))


def _overrides_fingerprint(roots: list[Path]) -> str:
    return _file_fingerprint(_config_paths(roots, "speakers.toml"))


def _rebuild_speakers(ix, roots, topics: list[Topic], vocabulary_key: str, overrides_key: str) -> None:
    """Archive-wide canonical speakers, recomputed from every quote in the index."""
    overrides: dict = {}
    for path in _config_paths(roots, "speakers.toml"):
        if path.is_file():
            overrides = load_overrides(path)
            break
    rows = [SimpleNamespace(**row) for row in store.read_quote_speakers(ix)]
    mapping = build_speakers(rows, overrides)
    speakers: dict[str, Speaker] = {}
    members: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for row in rows:
        speaker = mapping.get(row.speaker)
        if speaker is None:
            continue
        speakers[speaker.name] = speaker
        if row.speaker not in members.setdefault(speaker.name, []):
            members[speaker.name].append(row.speaker)
        counts[speaker.name] = counts.get(speaker.name, 0) + 1
    meta = {
        "roots": [str(root) for root in roots],
        "vocabulary": vocabulary_key,
        "overrides": overrides_key,
        "topics": {topic.slug: topic.label for topic in topics},
    }
    store.write_speakers(ix, list(speakers.values()), members, counts, meta)
