"""Regression guard: precision and recall of brushing detection on one generated
marketplace stay at least 0.9 (the dev ring shapes; benchmarks/brushing_accuracy.py has
the full measurement, docs/reviews-brushing.md the figures)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from sellerstar.demo.brushing_rings import DEV_SHAPES
from sellerstar.demo.generator import LABELS, generate
from sellerstar.demo.options import GenerateOptions
from sellerstar.reviews.brushing import brushing_rules, detect_folder


def test_precision_and_recall_stay_above_ninety_percent(tmp_path: Path) -> None:
    generate(GenerateOptions(out=tmp_path, orders=30_000, seed=1))
    rules, timezone = brushing_rules(dt.date(2022, 12, 6))
    found = set(detect_folder(tmp_path, rules, timezone)["review_id"].to_pylist())
    with (tmp_path / LABELS).open(encoding="utf-8") as handle:
        shapes = {row["review_id"]: row["shape"] for row in csv.DictReader(handle)}
    wanted = {r for r, shape in shapes.items() if shape in DEV_SHAPES}
    judged = {r for r in found if shapes.get(r, "") in (*DEV_SHAPES, "")}
    precision = len(judged & wanted) / len(judged)
    recall = len(judged & wanted) / len(wanted)
    assert len(wanted) > 100
    assert precision >= 0.9, precision
    assert recall >= 0.9, recall
