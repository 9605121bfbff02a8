"""The radar meets its accuracy targets on the dev half of the labelled corpus.

The held-out half is not read here: it measures whether the rules generalise to brands they
were not tuned on (``benchmarks/radar_accuracy.py --split holdout``, docs/radar.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.append(str(Path(__file__).resolve().parents[2] / "benchmarks"))

import radar_accuracy as bench


@pytest.mark.parametrize("no_compat", [False, True], ids=["compat-allowed", "compat-off"])
def test_dev_precision_and_recall_reach_the_targets(no_compat: bool) -> None:
    result = bench.run("dev", no_compat)
    overall = result["overall"]
    assert overall["precision"] >= 0.97, result["false_positives"]
    assert overall["recall"] >= 0.97, result["false_negatives"]
