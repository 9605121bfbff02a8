"""The star planner's what-if (docs/planner.md): the star with changed metric values.

The changed values replace the merchant's inputs of the stat date and the star job's own
scorer (:func:`sellerstar.stars.scoring.evaluate_track`) gives the star: no second
implementation of the scoring. Each value must lie on its metric's scale.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from sellerstar.rules.model import RuleSet
from sellerstar.rules.star_level import METRIC_SCALES
from sellerstar.stars.frame import CAPABILITIES, METRIC_SOURCES, StarInputs
from sellerstar.stars.scoring import TrackResult, evaluate_track


@dataclass(frozen=True)
class WhatIf:
    """The star before and after changed metric values, scored by the star job's code."""

    track: str
    changes: dict[str, float]
    stars_before: int
    stars_after: int
    scores_before: dict[str, float | None]
    scores_after: dict[str, float | None]


WHAT_IF_FIELDS: dict[str, str] = {
    **METRIC_SOURCES,
    "merchant_score": "merchant_score",
    "marketing_score": "marketing_score",
    "transaction_score": "transaction_score",
}
"""What a what-if may change: metric or capability name -> the input column."""

WHAT_IF_SCALES: dict[str, tuple[float, float]] = {
    **METRIC_SCALES,
    "merchant_score": (0.0, 100.0),
    "marketing_score": (0.0, 100.0),
    "transaction_score": (0.0, 100.0),
}
"""The range each what-if value must lie in (the metric's own scale)."""


def what_if(
    inputs: StarInputs, rule_set: RuleSet, track: str, changes: Mapping[str, float]
) -> WhatIf:
    """The star with ``changes`` (name -> value, names of :data:`WHAT_IF_FIELDS`), scored
    by the star job's code; ValueError on an unknown name or a value off its scale."""
    replaced: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in WHAT_IF_FIELDS:
            raise ValueError(f"unknown metric {name!r}")
        low, high = WHAT_IF_SCALES[name]
        if not low <= value <= high:
            raise ValueError(f"{name} must lie in {low:g}..{high:g}")
        replaced[WHAT_IF_FIELDS[name]] = np.array([float(value)])
    before = evaluate_track(inputs, rule_set, track)
    after = evaluate_track(dataclasses.replace(inputs, **replaced), rule_set, track)

    def scores(result: TrackResult) -> dict[str, float | None]:
        return {
            name: None if np.isnan(result.scores[name][0]) else float(result.scores[name][0])
            for name in CAPABILITIES
        }

    return WhatIf(
        track=track,
        changes=dict(changes),
        stars_before=int(before.stars[0]),
        stars_after=int(after.stars[0]),
        scores_before=scores(before),
        scores_after=scores(after),
    )


MAX_TEXT = 32
"""The longest what-if value a form may send, in characters."""


def parse_changes(
    fields: Mapping[str, str],
) -> tuple[dict[str, float], list[tuple[str, float, float]]]:
    """The what-if changes among ``fields`` (a form's text values; empty ones skipped):
    (name -> value, the names whose value is not a number on its scale with the scale).

    >>> parse_changes({"tracking_visibility_rate": "0.85", "on_time_shipment_rate": "2"})
    ({'tracking_visibility_rate': 0.85}, [('on_time_shipment_rate', 0.0, 1.0)])
    """
    changes: dict[str, float] = {}
    bad: list[tuple[str, float, float]] = []
    for name, (low, high) in WHAT_IF_SCALES.items():
        text = fields.get(name, "").strip()
        if not text:
            continue
        try:
            # A number is short: anything longer is refused unread.
            value = float(text) if len(text) <= MAX_TEXT else float("nan")
        except ValueError:
            value = float("nan")
        if np.isfinite(value) and low <= value <= high:
            changes[name] = value
        else:
            bad.append((name, low, high))
    return changes, bad
