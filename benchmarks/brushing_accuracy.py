"""Precision and recall of review-brushing detection on generated marketplaces (a script,
not a test).

    .venv/bin/python benchmarks/brushing_accuracy.py                  # the dev split
    .venv/bin/python benchmarks/brushing_accuracy.py --split heldout-shapes
    .venv/bin/python benchmarks/brushing_accuracy.py --split heldout-seeds
    .venv/bin/python benchmarks/brushing_accuracy.py --split all --json
    .venv/bin/python benchmarks/brushing_accuracy.py --split blind   # once, by the lead
    .venv/bin/python benchmarks/brushing_accuracy.py --split blind2
    .venv/bin/python benchmarks/brushing_accuracy.py --split blind3
    .venv/bin/python benchmarks/brushing_accuracy.py --split blind4  # the final measurement

Each seed generates a demo marketplace (``sellerstar.demo.generator``) whose brushing rings
are labelled in ``labels/brushing.csv``; ``sellerstar.reviews.brushing.detect_folder`` runs
on the folder with the rule-set in force on the as-of date, and the suspects are scored
per review against the labels. The ring shapes and the splits are fixed
(``sellerstar.demo.brushing_rings``, docs/reviews-brushing.md):

- ``dev``: the dev shapes on the dev seeds: the only figures the thresholds were tuned on;
- ``heldout-shapes``: the held-out shapes (camouflage, aged) on the dev and held-out seeds;
- ``heldout-seeds``: every shape on seeds nobody tuned on;
- ``blind``: marketplaces where only the blind shapes (rotating, mutual, incentivised) are
  planted, on their own seeds. They were written by a separate author after the detector
  was tuned, without reading it; ``all`` leaves this split out so that tuning runs never
  see it.
- ``blind2``: the same for the second blind round (unsolicited, deal_group, exchange_club),
  written blind after the detector's second tuning round, on seeds 301–304; left out of
  ``all`` too.
- ``blind3``: the same for the third blind round (tester_club, launch_boost, sock_puppets),
  written blind after the detector's third tuning round, on seeds 401–404; left out of
  ``all`` too.
- ``blind4``: the same for the fourth blind round (order_farm, review_buyout,
  trade_volume), written blind after the detector's fourth tuning round, on seeds
  501–504; left out of ``all`` too.

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

from sellerstar.demo.brushing_rings import (
    BLIND_SHAPES,
    DEV_SHAPES,
    FOURTH_BLIND_SHAPES,
    HELD_OUT_SHAPES,
    SECOND_BLIND_SHAPES,
    SHAPES,
    THIRD_BLIND_SHAPES,
)
from sellerstar.demo.generator import LABELS, generate
from sellerstar.demo.options import DEFAULT_AS_OF, GenerateOptions
from sellerstar.reviews.brushing import detect_folder
from sellerstar.rules import load_rulebook

DEV_SEEDS = (1, 2, 3, 4)
HELD_OUT_SEEDS = (101, 102, 103, 104)
BLIND_SEEDS = (201, 202, 203, 204)
SECOND_BLIND_SEEDS = (301, 302, 303, 304)
THIRD_BLIND_SEEDS = (401, 402, 403, 404)
FOURTH_BLIND_SEEDS = (501, 502, 503, 504)
SPLITS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "dev": (DEV_SEEDS, DEV_SHAPES),
    "heldout-shapes": (DEV_SEEDS + HELD_OUT_SEEDS, HELD_OUT_SHAPES),
    "heldout-seeds": (HELD_OUT_SEEDS, SHAPES),
}
# Splits whose marketplaces plant only their own shapes (not the default ones); not in "all".
SEPARATE_SPLITS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "blind": (BLIND_SEEDS, BLIND_SHAPES),
    "blind2": (SECOND_BLIND_SEEDS, SECOND_BLIND_SHAPES),
    "blind3": (THIRD_BLIND_SEEDS, THIRD_BLIND_SHAPES),
    "blind4": (FOURTH_BLIND_SEEDS, FOURTH_BLIND_SHAPES),
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


def marketplace(
    seed: int,
    orders: int = ORDERS,
    as_of: dt.date = DEFAULT_AS_OF,
    ring_shapes: tuple[str, ...] = SHAPES,
) -> Marketplace:
    """Generate one marketplace, with rings of ``ring_shapes``, and run the detector on it."""
    rules = load_rulebook().in_force(as_of)
    assert rules.reviews is not None and rules.reviews.brushing is not None
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        summary = generate(
            GenerateOptions(out=out, orders=orders, seed=seed, as_of=as_of, ring_shapes=ring_shapes)
        )
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


def split_markets(
    name: str, orders: int, cache: dict[tuple[int, tuple[str, ...]], Marketplace]
) -> list[Marketplace]:
    """The marketplaces of a split, each generated (and run) once per ``cache``: the
    default shapes planted, or only the split's own for a separate split."""
    if name in SEPARATE_SPLITS:
        seeds, planted = SEPARATE_SPLITS[name]
    else:
        seeds, planted = SPLITS[name][0], SHAPES
    markets = []
    for seed in seeds:
        if (seed, planted) not in cache:
            cache[seed, planted] = (
                marketplace(seed, orders, ring_shapes=planted)
                if name in SEPARATE_SPLITS
                else marketplace(seed, orders)
            )
        markets.append(cache[seed, planted])
    return markets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=[*SPLITS, "all", *SEPARATE_SPLITS], default="dev")
    parser.add_argument("--orders", type=int, default=ORDERS)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    names = list(SPLITS) if args.split == "all" else [args.split]
    cache: dict[tuple[int, tuple[str, ...]], Marketplace] = {}
    report = {}
    for name in names:
        seeds, shapes = {**SPLITS, **SEPARATE_SPLITS}[name]
        markets = split_markets(name, args.orders, cache)
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
