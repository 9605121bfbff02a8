"""Accuracy of the review-sentiment classifier (a script, not a test).

    .venv/bin/python benchmarks/sentiment_accuracy.py
    .venv/bin/python benchmarks/sentiment_accuracy.py --blind other.csv
    .venv/bin/python benchmarks/sentiment_accuracy.py --no-blind

"Positive" is the positive class: precision is the share of texts judged positive that
are, recall the share of positive texts found. Four measurements, each of a model that
never saw the texts it is scored on:

1. cross-validation on the training split, five folds stratified by label;
2. cross-validation on the training split holding out one whole language at a time (how
   the classifier does on a language it was given no examples of);
3. cross-validation on the training split holding out one whole batch (``source``) at a
   time: the corpus was written in batches, years of phrasing apart, so this is the nearest
   the corpus comes to a new writer;
4. the held-out test split of the corpus (one text in five, chosen by a hash of the text);
5. the fresh files tests/data/reviews/sentiment_fresh*.csv, each written after the model was
   frozen (the model is trained on the whole corpus);
6. the blind file tests/data/reviews/sentiment_blind.csv, written apart from the corpus,
   when it exists (the model is then trained on the whole corpus, as in production).

The output is what docs/reviews-text.md publishes.
"""

from __future__ import annotations

import argparse
import csv
import random
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sellerstar.reviews.sentiment import REGULARISATION, Model
from sellerstar.reviews.sentiment_corpus import NOT_POSITIVE, POSITIVE, Example, load_corpus

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "tests" / "data" / "reviews" / "sentiment_blind.csv"
FRESH = sorted((ROOT / "tests" / "data" / "reviews").glob("sentiment_fresh*.csv"))
FOLDS = 5
SEED = 0


@dataclass(frozen=True)
class Figures:
    """Confusion counts with "positive" as the positive class."""

    tp: int = 0
    fp: int = 0
    tn: int = 0
    fn: int = 0

    def __add__(self, other: Figures) -> Figures:
        return Figures(
            self.tp + other.tp, self.fp + other.fp, self.tn + other.tn, self.fn + other.fn
        )

    @property
    def total(self) -> int:
        return self.tp + self.fp + self.tn + self.fn

    @property
    def accuracy(self) -> float:
        return (self.tp + self.tn) / max(1, self.total)

    @property
    def precision(self) -> float:
        return self.tp / max(1, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self.tp / max(1, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return 2 * self.precision * self.recall / max(1e-12, self.precision + self.recall)

    def line(self, label: str) -> str:
        return (
            f"| {label} | {self.total} | {self.accuracy:.3f} | {self.precision:.3f} "
            f"| {self.recall:.3f} | {self.f1:.3f} |"
        )


HEADER = "| set | texts | accuracy | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|"


def score(model: Model, examples: Sequence[Example]) -> Figures:
    verdicts = model.classify([example.text for example in examples])
    counts = Counter(
        (example.positive, verdict.positive)
        for example, verdict in zip(examples, verdicts, strict=True)
    )
    return Figures(
        tp=counts[True, True],
        fp=counts[False, True],
        tn=counts[False, False],
        fn=counts[True, False],
    )


def stratified_folds(examples: Sequence[Example], folds: int = FOLDS) -> list[list[Example]]:
    """Deterministic folds, each with about the same share of positive texts."""
    shuffled = list(examples)
    random.Random(SEED).shuffle(shuffled)
    ordered = sorted(shuffled, key=lambda example: example.positive)
    return [ordered[start::folds] for start in range(folds)]


def cross_validate(training: Sequence[Example], regularisation: float = REGULARISATION) -> Figures:
    total = Figures()
    for fold in stratified_folds(training):
        held = {id(example) for example in fold}
        model = Model([e for e in training if id(e) not in held], regularisation)
        total += score(model, fold)
    return total


def by_language(training: Sequence[Example]) -> dict[str, Figures]:
    languages = sorted({example.language for example in training})
    return {
        language: score(
            Model([e for e in training if e.language != language]),
            [e for e in training if e.language == language],
        )
        for language in languages
    }


def by_source(training: Sequence[Example]) -> dict[str, Figures]:
    sources = sorted({example.source for example in training})
    if len(sources) < 2:
        return {}
    return {
        source: score(
            Model([e for e in training if e.source != source]),
            [e for e in training if e.source == source],
        )
        for source in sources
    }


def read_blind(path: Path) -> list[Example]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["label"] not in (POSITIVE, NOT_POSITIVE):
            raise SystemExit(f"{path}: unknown label {row['label']!r}")
    return [
        Example(row["text"], row["label"] == POSITIVE, row.get("language", ""), row["source"])
        for row in rows
    ]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blind", type=Path, default=BLIND)
    parser.add_argument("--no-blind", action="store_true", help="do not read the blind file")
    parser.add_argument("--fresh", type=Path, nargs="*", default=FRESH)
    parser.add_argument(
        "--tune", action="store_true", help="cross-validate several regularisation strengths"
    )
    options = parser.parse_args(argv)

    corpus = load_corpus()
    training = [example for example in corpus if not example.held_out]
    test = [example for example in corpus if example.held_out]
    print(
        f"corpus: {len(corpus)} texts ({sum(e.positive for e in corpus)} positive), "
        f"training split {len(training)}, test split {len(test)}"
    )
    started = time.perf_counter()
    Model(corpus)
    print(f"training on the whole corpus: {time.perf_counter() - started:.2f} s\n")

    if options.tune:
        for strength in (0.3, 1.0, 3.0, 10.0, 30.0, 100.0):
            print(f"C={strength:<6} CV accuracy {cross_validate(training, strength).accuracy:.3f}")
        print()

    print(HEADER)
    print(cross_validate(training).line(f"{FOLDS}-fold CV, training split"))
    per_language = by_language(training)
    for language, figures in per_language.items():
        print(figures.line(f"language held out: {language}"))
    for source, figures in by_source(training).items():
        print(figures.line(f"batch held out: {source}"))

    print(score(Model(training), test).line("held-out test split"))
    languages = defaultdict(list)
    for example in test:
        group = example.language if example.language in ("en", "zh") else "other"
        languages[group].append(example)
    model = Model(training)
    for language in ("en", "zh", "other"):
        print(score(model, languages[language]).line(f"test split, {language}"))

    for path in (path for path in options.fresh if path.exists()):
        fresh = read_blind(path)
        full = Model(corpus)
        print(score(full, fresh).line(f"fresh file ({path.name})"))
        grouped = defaultdict(list)
        for example in fresh:
            grouped[example.language].append(example)
        for language in sorted(grouped):
            print(score(full, grouped[language]).line(f"{path.stem}, {language}"))

    if options.no_blind:
        print("\n(blind file not read: --no-blind)")
    elif options.blind.exists():
        blind = read_blind(options.blind)
        full = Model(corpus)
        print(score(full, blind).line(f"blind file ({options.blind.name})"))
        groups = defaultdict(list)
        for example in blind:
            groups[example.language].append(example)
        for language in sorted(groups):
            print(score(full, groups[language]).line(f"blind, {language}"))
    else:
        print(f"\n(no blind file at {options.blind}: skipped)")


if __name__ == "__main__":
    main()
