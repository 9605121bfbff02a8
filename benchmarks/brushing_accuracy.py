"""Precision and recall of review-brushing detection on generated marketplaces (a script,
not a test).

    .venv/bin/python benchmarks/brushing_accuracy.py                  # the dev split
    .venv/bin/python benchmarks/brushing_accuracy.py --split heldout-shapes
    .venv/bin/python benchmarks/brushing_accuracy.py --split heldout-seeds
    .venv/bin/python benchmarks/brushing_accuracy.py --split all --json

Each seed generates a demo marketplace (``sellerstar.demo.generator``) whose brushing rings
are labelled in ``labels/brushing.csv``; ``sellerstar.reviews.brushing.detect_folder`` runs
on the folder with the rule-set in force on the as-of date, and the suspects are scored
per review against the labels. The ring shapes and the splits are fixed
(``sellerstar.demo.brushing_rings``, docs/reviews-brushing.md):

- ``dev``: the dev shapes on the dev seeds: the only figures the thresholds were tuned on;
- ``heldout-shapes``: the held-out shapes (camouflage, aged) on the dev and held-out seeds;
- ``heldout-seeds``: every shape on seeds nobody tuned on.

A split's positives are the labelled reviews of its shapes; a suspect labelled with a
shape outside the split counts neither way; every unlabelled suspect is a false positive
(including the honest-looking reviews camouflage accounts leave on popular merchants).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
import tempfile
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from sellerstar.demo.brushing_rings import DEV_SHAPES, HELD_OUT_SHAPES, SHAPES
from sellerstar.demo.generator import LABELS, generate
from sellerstar.demo.options import DEFAULT_AS_OF, GenerateOptions
from sellerstar.reviews.brushing import detect_folder
from sellerstar.rules import load_rulebook

DEV_SEEDS = (1, 2, 3, 4)
HELD_OUT_SEEDS = (101, 102, 103, 104)
SPLITS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "dev": (DEV_SEEDS, DEV_SHAPES),
    "heldout-shapes": (DEV_SEEDS + HELD_OUT_SEEDS, HELD_OUT_SHAPES),
    "heldout-seeds": (HELD_OUT_SEEDS, SHAPES),
}
ORDERS = 30_000


@dataclass
class Score:
    """Counts and figures of one split (or one shape)."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0


@dataclass(frozen=True)
class Marketplace:
    """The detector's suspects and the labels of one generated marketplace."""

    suspects: dict[str, str]  # review_id -> signals
    labels: dict[str, str]  # review_id -> shape
    reviews: int


def marketplace(seed: int, orders: int = ORDERS, as_of: dt.date = DEFAULT_AS_OF) -> Marketplace:
    """Generate one marketplace and run the detector on it."""
    rules = load_rulebook().in_force(as_of)
    assert rules.reviews is not None and rules.reviews.brushing is not None
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        summary = generate(GenerateOptions(out=out, orders=orders, seed=seed, as_of=as_of))
        found = detect_folder(out, rules.reviews.brushing, rules.calendar.timezone)
        with (out / LABELS).open(encoding="utf-8") as handle:
            labels = {row["review_id"]: row["shape"] for row in csv.DictReader(handle)}
    suspects = dict(zip(found["review_id"].to_pylist(), found["signals"].to_pylist(), strict=True))
    return Marketplace(suspects, labels, summary.rows["transaction_reviews"])


def score(markets: list[Marketplace], shapes: tuple[str, ...]) -> tuple[Score, dict[str, Score]]:
    """The split's score over the marketplaces, and one per shape (recall only)."""
    total = Score()
    per_shape = {shape: Score() for shape in shapes}
    for market in markets:
        for review_id, shape in market.labels.items():
            if shape not in shapes:
                continue
            hit = review_id in market.suspects
            total.true_positives += hit
            total.false_negatives += not hit
            per_shape[shape].true_positives += hit
            per_shape[shape].false_negatives += not hit
        for review_id in market.suspects:
            shape = market.labels.get(review_id)
            if shape is None:
                total.false_positives += 1
    return total, per_shape


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="dev")
    parser.add_argument("--orders", type=int, default=ORDERS)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    names = list(SPLITS) if args.split == "all" else [args.split]
    cache: dict[int, Marketplace] = {}
    report = {}
    for name in names:
        seeds, shapes = SPLITS[name]
        markets = [cache.setdefault(s, marketplace(s, args.orders)) for s in seeds]
        total, per_shape = score(markets, shapes)
        fp_signals = Counter(
            m.suspects[r] for m in markets for r in m.suspects if r not in m.labels
        )
        report[name] = {
            "seeds": list(seeds),
            "shapes": list(shapes),
            **asdict(total),
            "precision": round(total.precision, 4),
            "recall": round(total.recall, 4),
            "recall_per_shape": {s: round(v.recall, 4) for s, v in per_shape.items()},
            "reviews": sum(m.reviews for m in markets),
            "false_positive_signals": dict(fp_signals.most_common(5)),
        }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    for name, figures in report.items():
        print(
            f"{name:15} precision {figures['precision']:.3f}  recall {figures['recall']:.3f}  "
            f"(tp {figures['true_positives']}, fp {figures['false_positives']}, "
            f"fn {figures['false_negatives']}; {figures['reviews']} reviews)"
        )
        for shape, recall in figures["recall_per_shape"].items():
            print(f"    {shape:11} recall {recall:.3f}")
        for signals, count in figures["false_positive_signals"].items():
            print(f"    false positives with {signals}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
