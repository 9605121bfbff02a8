"""Accuracy of the pre-advice classifier on the labelled corpus (a script, not a test).

    .venv/bin/python benchmarks/pre_advice_accuracy.py
    .venv/bin/python benchmarks/pre_advice_accuracy.py --corpus other.csv

The corpus (benchmarks/data/pre_advice_corpus.csv) holds real event texts from carriers'
and aggregators' public pages, each labelled ``pre_advice`` or ``real``. "Positive" is
pre-advice: precision is the share of texts judged pre-advice that are, recall the share
of pre-advice texts found. The baseline is the exact-match table of known texts alone.
The output is what docs/tracking-classifier.md publishes; tests check the figures do not
fall below it.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sellerstar.domain.pre_advice import KNOWN_TEXT, classify

CORPUS = Path(__file__).resolve().parent / "data" / "pre_advice_corpus.csv"
Judge = Callable[[dict[str, str]], bool]


@dataclass(frozen=True)
class Figures:
    """Confusion counts with pre-advice as the positive class."""

    tp: int
    fp: int
    tn: int
    fn: int

    @property
    def accuracy(self) -> float:
        return (self.tp + self.tn) / max(1, self.tp + self.fp + self.tn + self.fn)

    @property
    def precision(self) -> float:
        return self.tp / max(1, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self.tp / max(1, self.tp + self.fn)

    def line(self, label: str) -> str:
        return (
            f"{label:<18}{self.tp:>5}{self.fp:>5}{self.tn:>5}{self.fn:>5}"
            f"{self.accuracy:>10.3f}{self.precision:>10.3f}{self.recall:>8.3f}"
        )


def read_corpus(path: Path = CORPUS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def classifier(row: dict[str, str]) -> bool:
    return classify(row["carrier"], row["text"]).pre_advice


def known_texts_only(row: dict[str, str]) -> bool:
    return classify(row["carrier"], row["text"]).rule == KNOWN_TEXT


def evaluate(rows: Sequence[dict[str, str]], judge: Judge = classifier) -> Figures:
    counts: Counter[tuple[bool, bool]] = Counter(
        (row["label"] == "pre_advice", judge(row)) for row in rows
    )
    return Figures(
        tp=counts[True, True],
        fp=counts[False, True],
        tn=counts[False, False],
        fn=counts[True, False],
    )


def report(rows: Sequence[dict[str, str]]) -> str:
    labels = Counter(row["label"] for row in rows)
    languages = Counter(row["language"] for row in rows)
    lines = [
        f"rows {len(rows)} (pre_advice {labels['pre_advice']}, real {labels['real']}; "
        + ", ".join(f"{lang} {n}" for lang, n in sorted(languages.items()))
        + ")",
        f"{'':<18}{'TP':>5}{'FP':>5}{'TN':>5}{'FN':>5}{'accuracy':>10}{'precision':>10}"
        f"{'recall':>8}",
        evaluate(rows).line("classifier"),
        evaluate(rows, known_texts_only).line("known texts only"),
    ]
    for language in sorted(languages):
        subset = [row for row in rows if row["language"] == language]
        lines.append(evaluate(subset).line(f"classifier, {language}"))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    print(report(read_corpus(args.corpus)))


if __name__ == "__main__":
    main()
