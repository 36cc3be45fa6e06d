"""Evaluate archive.quotes.find_quotes against the hand-annotated gold sets.

    python scripts/eval_quotes.py [GOLD.jsonl ...] [--verbose]

Default gold: tests/data/gold_*.jsonl EXCEPT every gold_holdout*.jsonl (the held-out sets), which
are measured only when named explicitly (and never tuned on). Each gold quote is located in the document by exact string
search (the occurrence nearest its annotated paragraph). Matching is by character offsets:

- a gold quote is *found* when one prediction of the same class covers at least half of it;
- a prediction is *correct* when it overlaps one gold quote of its class for at least half of
  its own length.

Classes: "marked" (direct + partial + block) and "indirect". Speaker accuracy is measured over
found gold quotes: names compare case-, accent-, punctuation- and honorific-insensitively, so
"Mr Blair" = "Blair" but a bare surname never equals a full name; a gold null must be predicted
null (a nickname in quote marks inside a name is left out). Speaker errors are split in two: *misattributions* (a non-null speaker that is not the
gold one, including a name where the gold has null) and *nulls* (no speaker where the gold names
one). A misattribution is the worse error: it should go down even at the cost of more nulls.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gold_sources import gold_document  # noqa: E402

from archive.quotes import find_quotes  # noqa: E402

REPO = HERE.parent
MARKED = {"direct", "partial", "block"}
HONORIFIC_RE = re.compile(r"^(?:mr|mrs|ms|miss|dr|sir|lord|lady|dame|prof|professor|rev)\s+")
ORG_SUFFIX_RE = re.compile(r"\s+(?:co|inc|corp|ltd|llc|plc)$")
NICKNAME_RE = re.compile(r"\s[\"“‘'][^\"“”‘']{1,30}[\"”']\s")


def load_gold(path: Path) -> list[dict]:
    """Article records of a gold file; '#' lines are the guideline."""
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        articles.append(json.loads(line))
    return articles


def norm_name(name: str | None) -> str | None:
    if name is None:
        return None
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("’", "'")
    text = NICKNAME_RE.sub(" ", text)  # ('Lisa "Tiny" Gray-Garcia' is Lisa Gray-Garcia)
    text = re.sub(r"[.,]", " ", text)
    text = " ".join(text.split())
    text = re.sub(r"^the\s+", "", text)
    text = HONORIFIC_RE.sub("", text)
    text = ORG_SUFFIX_RE.sub("", text)
    return text.strip() or None


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    return norm_name(gold) == norm_name(predicted)


def locate(text: str, quote: str, paragraph: tuple[int, int] | None) -> tuple[int, int] | None:
    """Offsets of the gold text: the occurrence inside the annotated paragraph, else the nearest.

    Measured from the paragraph's span, not its start, so that a headline
    ending in the same word just before it does not win."""
    quote = quote.strip()
    if not quote:
        return None
    best = None
    start = text.find(quote)
    while start >= 0:
        if paragraph is None:
            distance = start
        else:
            distance = max(paragraph[0] - start, start - paragraph[1], 0)
        if best is None or distance < best[0]:
            best = (distance, start)
        start = text.find(quote, start + 1)
    if best is None:
        return None
    return best[1], best[1] + len(quote)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    speaker_total: int = 0
    speaker_right: int = 0
    #: found quotes given a non-null speaker other than the gold one (a gold null included):
    #: the errors a journalist would publish; a null where gold names someone is only a miss
    misattributed: int = 0
    speaker_null: int = 0

    def add(self, other: "Tally") -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_total if self.speaker_total else 1.0


@dataclass
class Result:
    tallies: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    errors: list[str] = field(default_factory=list)
    articles: int = 0

    def tally(self, source: str, klass: str) -> Tally:
        return self.tallies[(source, klass)]

    def overall(self, klass: str) -> Tally:
        total = Tally()
        for (source, k), t in self.tallies.items():
            if k == klass:
                total.add(t)
        return total

    def sources(self) -> list[str]:
        return sorted({s for s, _ in self.tallies})


def evaluate_article(article: dict, result: Result) -> None:
    source, ref = article["source"], article["ref"]
    document = gold_document(source, ref)
    predictions = find_quotes(document)
    result.articles += 1
    label = f"{source}/{Path(ref).name if source == 'file' else ref[:16]}"  # (a file's name, not its folder)
    for klass in ("marked", "indirect"):
        tally = result.tally(source, klass)
        in_class = (lambda kind: kind in MARKED) if klass == "marked" else (lambda kind: kind == "indirect")
        golds = []
        for g in article["quotes"]:
            if not in_class(g["kind"]):
                continue
            number = g.get("paragraph")
            span = None
            if number and 0 < number <= len(document.passages):
                passage = document.passages[number - 1]
                span = (passage.start, passage.end)
            where = locate(document.text, g["text"], span)
            if where is None:
                result.errors.append(f"{label} UNLOCATED gold [{g.get('paragraph')}] {g['text'][:80]!r}")
            golds.append((g, where))
        preds = [q for q in predictions if in_class(q.kind)]
        tally.gold += len(golds)
        tally.predicted += len(preds)
        for g, where in golds:
            if where is None:
                continue
            best, best_overlap = None, 0
            for q in preds:
                o = overlap(where, (q.start, q.end))
                if o > best_overlap:
                    best, best_overlap = q, o
            if best is None or best_overlap * 2 < where[1] - where[0]:
                result.errors.append(
                    f"{label} MISSED {klass} [{g.get('paragraph')}] {g['speaker']!r}: {g['text'][:100]!r}"
                )
                continue
            tally.found += 1
            tally.speaker_total += 1
            if same_speaker(g["speaker"], best.speaker):
                tally.speaker_right += 1
            else:
                if best.speaker is None:
                    tally.speaker_null += 1
                else:
                    tally.misattributed += 1
                result.errors.append(
                    f"{label} SPEAKER {klass} [{g.get('paragraph')}] gold={g['speaker']!r} "
                    f"got={best.speaker!r} (cue {best.cue!r}): {g['text'][:80]!r}"
                )
        located = [w for _, w in golds if w is not None]
        for q in preds:
            length = max(1, q.end - q.start)
            if any(overlap((q.start, q.end), w) * 2 >= length for w in located):
                tally.correct += 1
            else:
                result.errors.append(
                    f"{label} SPURIOUS {q.kind} [{q.paragraph}] {q.speaker!r}: {q.text[:100]!r}"
                )


def evaluate(paths: list[Path]) -> Result:
    result = Result()
    for path in paths:
        for article in load_gold(path):
            evaluate_article(article, result)
    return result


#: the held-out sets are measured only when named on the command line: nothing is tuned on them.
#: Every gold_holdout*.jsonl is held out, including sets that land while development goes on.
HOLDOUT = "gold_holdout.jsonl"
HOLDOUT_PREFIX = "gold_holdout"


def is_holdout(path: Path) -> bool:
    return path.name.startswith(HOLDOUT_PREFIX)


def default_gold() -> list[Path]:
    """The development gold: tests/data/gold_*.jsonl except every held-out set (gold_holdout*)."""
    return sorted(p for p in (REPO / "tests" / "data").glob("gold_*.jsonl") if not is_holdout(p))


def holdout_gold(number: int = 1) -> Path:
    """The first held-out set (gold_holdout.jsonl) or a later one (gold_holdout2.jsonl, …)."""
    name = HOLDOUT if number == 1 else f"{HOLDOUT_PREFIX}{number}.jsonl"
    return REPO / "tests" / "data" / name


def report(result: Result) -> str:
    lines = [f"{result.articles} articles"]
    header = (f"{'source':12} {'class':9} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'spk':>6}"
              f" {'wrong':>5} {'null':>5}")
    lines.append(header)
    for source in result.sources() + ["ALL"]:
        for klass in ("marked", "indirect"):
            t = result.overall(klass) if source == "ALL" else result.tally(source, klass)
            lines.append(
                f"{source:12} {klass:9} {t.gold:5d} {t.predicted:5d} {t.precision:6.3f} "
                f"{t.recall:6.3f} {t.f1:6.3f} {t.speaker_accuracy:6.3f} {t.misattributed:5d} {t.speaker_null:5d}"
            )
    lines.append("wrong = misattributions (a non-null speaker that is not the gold one); "
                 "null = no speaker where the gold names one")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true", help="list every error")
    args = parser.parse_args(argv)
    result = evaluate(args.gold or default_gold())
    if args.verbose:
        for line in result.errors:
            print(line)
        print()
    print(report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
