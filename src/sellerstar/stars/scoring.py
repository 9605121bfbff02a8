"""The star level of every merchant on one stat date and track, a column at a time (§2A).

Each metric of the track's assurance scoring earns points on its curve; the assurance
score is their weighted sum; each capability score reaches stars on the ladder; the star
level is the lowest capability star, unless the basic-service gate, a missing input or a
disabled fast-trade track makes it 0. Whole columns are computed at once: no loop over
merchants.

>>> import datetime as dt
>>> from sellerstar.rules import load_rulebook
>>> from sellerstar.stars.frame import StarInputs
>>> rule_set = load_rulebook().get("2022-11")
>>> ladder_stars(np.array([59.99, 60.0, 84.99, 90.0, np.nan]), rule_set).tolist()
[0, 1, 3, 5, 0]
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sellerstar.domain.stars import Track
from sellerstar.rules.model import RuleSet
from sellerstar.rules.star_level import AssuranceScoring, FastTradeAssuranceScoring, MetricScoring
from sellerstar.stars.frame import (
    CAPABILITIES,
    INPUT_CAPABILITIES,
    METRIC_SOURCES,
    Bools,
    Floats,
    Ints,
    StarInputs,
    Texts,
)

GD_COVERAGE = "guaranteed_delivery_coverage"
# Weighted sums of exact curve corners land a hair off the ladder (59.99999999999999);
# scores are rounded far below any meaningful digit before they meet the ladder.
_SCORE_DECIMALS = 9


@dataclass(frozen=True)
class MetricScore:
    """One scored metric of a track, for every merchant.

    ``value`` is NaN without a value; ``points`` NaN when not scored; ``effective_weight``
    is the metric's share of the assurance score once the weights of metrics without a
    value are spread over the others (0 when not scored).
    """

    name: str
    value: Floats
    points: Floats
    weight: float
    effective_weight: Floats
    default_pass: Bools


@dataclass(frozen=True)
class TrackResult:
    """The evaluation of one track for every merchant of one stat date."""

    track: str
    rule_set: RuleSet
    inputs: StarInputs
    enabled: Bools
    disabled_reason: Texts  # None, "not_enrolled" or "too_few_fast_rts_products"
    metrics: tuple[MetricScore, ...]
    scores: dict[str, Floats]  # capability -> score (NaN: missing)
    capability_stars: dict[str, Ints]
    gate_applies: Bools
    gate_failed: Bools
    stars: Ints
    held_back_by: Texts
    weakest_metric: Texts


def evaluate(inputs: StarInputs, rule_set: RuleSet) -> tuple[TrackResult, ...]:
    """Both tracks (custom, fast-trade) of every merchant of ``inputs`` under ``rule_set``."""
    return tuple(evaluate_track(inputs, rule_set, track) for track in Track)


def evaluate_track(inputs: StarInputs, rule_set: RuleSet, track: str) -> TrackResult:
    """One track of every merchant.

    >>> import dataclasses, datetime as dt
    >>> from sellerstar.rules import load_rulebook
    >>> inputs = StarInputs.empty(dt.date(2022, 11, 30), ["M1"])
    >>> evaluate_track(inputs, load_rulebook().get("2022-11"), "custom").held_back_by.tolist()
    ['merchant_metrics']
    """
    level = rule_set.star_level
    scoring = level.assurance.custom if track == "custom" else level.assurance.fast_trade
    enabled, reason = _enablement(inputs, rule_set, track)
    metrics = _metric_scores(inputs, scoring)
    scores = {name: inputs.value(f"{name}_score") for name in INPUT_CAPABILITIES}
    scores["assurance"] = _assurance_score(inputs, metrics)
    capability_stars = {name: ladder_stars(score, rule_set) for name, score in scores.items()}
    gate = level.basic_service_gate
    gate_applies = inputs.has_metrics & (np.nan_to_num(inputs.ots_due) >= gate.min_due_orders)
    with np.errstate(invalid="ignore"):
        gate_failed = gate_applies & (inputs.ots_rate < gate.min_on_time_rate)
    lowest = np.min(np.stack([capability_stars[name] for name in CAPABILITIES]), axis=0)
    held_back = _held_back_by(inputs, enabled, gate_failed, scores, lowest, level.max_stars)
    counts = enabled & inputs.has_metrics & ~gate_failed
    counts &= inputs.has_capability_scores & inputs.has_assurance_inputs
    return TrackResult(
        track=track,
        rule_set=rule_set,
        inputs=inputs,
        enabled=enabled,
        disabled_reason=reason,
        metrics=metrics,
        scores=scores,
        capability_stars=capability_stars,
        gate_applies=gate_applies,
        gate_failed=gate_failed,
        stars=np.where(counts, lowest, 0).astype(np.int64),
        held_back_by=held_back,
        weakest_metric=_weakest_metric(metrics, inputs.size),
    )


def ladder_stars(score: Floats, rule_set: RuleSet) -> Ints:
    """Stars each capability score reaches on the ladder; an empty score reaches none."""
    thresholds = np.asarray(rule_set.star_level.capability_thresholds, dtype=np.float64)
    reached = np.searchsorted(thresholds, np.nan_to_num(score, nan=-1.0), side="right")
    return np.asarray(reached, dtype=np.int64)


def curve_points(value: Floats, scoring: MetricScoring) -> Floats:
    """Points of each value on the metric's curve: linear between corners, flat outside
    (the same as :meth:`MetricScoring.points_at`); NaN stays NaN.

    >>> from sellerstar.rules.star_level import CurvePoint
    >>> curve = (CurvePoint(value=0.8, points=60), CurvePoint(value=1.0, points=100))
    >>> curve_points(np.array([0.5, 0.9, 1.2]), MetricScoring(weight=1, curve=curve)).tolist()
    [60.0, 80.0, 100.0]
    """
    corners = np.array([point.value for point in scoring.curve])
    points = np.array([point.points for point in scoring.curve])
    earned = np.round(np.interp(np.nan_to_num(value), corners, points), _SCORE_DECIMALS)
    return np.where(np.isnan(value), np.nan, earned)


def _enablement(inputs: StarInputs, rule_set: RuleSet, track: str) -> tuple[Bools, Texts]:
    size = inputs.size
    if track == "custom":
        return np.ones(size, dtype=bool), np.full(size, None, dtype=object)
    minimum = rule_set.guarantee_service.fast_trade_min_rts_products
    too_few = inputs.fast_rts_products < minimum
    reason = _first_match(
        size, [(~inputs.enrolled, "not_enrolled"), (too_few, "too_few_fast_rts_products")]
    )
    return inputs.enrolled & ~too_few, reason


def _metric_scores(inputs: StarInputs, scoring: AssuranceScoring) -> tuple[MetricScore, ...]:
    gd_pass_points = (
        scoring.guaranteed_delivery_default_pass_points
        if isinstance(scoring, FastTradeAssuranceScoring)
        else None
    )
    names, values, points, weights, default_passes = [], [], [], [], []
    for name, metric in scoring.scored_metrics().items():
        value = inputs.value(METRIC_SOURCES[name])
        default_pass = np.zeros(inputs.size, dtype=bool)
        earned = curve_points(value, metric)
        if name == GD_COVERAGE:
            # §2: not enrolled is 0%; a few orders pass by default whatever the rate.
            value = np.where(inputs.has_metrics & ~inputs.enrolled, 0.0, value)
            default_pass = inputs.gd_default_pass & inputs.has_metrics
            earned = curve_points(value, metric)
            if gd_pass_points is not None:
                earned = np.where(default_pass, gd_pass_points, earned)
        names.append(name)
        values.append(value)
        points.append(earned)
        weights.append(metric.weight)
        default_passes.append(default_pass)
    if not names:
        return ()
    matrix = np.stack(points)
    # A metric without a value (nothing due) is left out; the others share its weight.
    carried = np.where(np.isnan(matrix), 0.0, np.asarray(weights)[:, None])
    total = carried.sum(axis=0)
    share = np.divide(carried, total, out=np.zeros_like(carried), where=total > 0)
    return tuple(
        MetricScore(name, values[i], points[i], weights[i], share[i], default_passes[i])
        for i, name in enumerate(names)
    )


def _assurance_score(inputs: StarInputs, metrics: tuple[MetricScore, ...]) -> Floats:
    if not metrics:
        return np.full(inputs.size, np.nan)
    share = np.stack([metric.effective_weight for metric in metrics])
    points = np.nan_to_num(np.stack([metric.points for metric in metrics]))
    score = np.round((share * points).sum(axis=0), _SCORE_DECIMALS)
    known = inputs.has_metrics & inputs.has_assurance_inputs & (share.sum(axis=0) > 0)
    return np.where(known, score, np.nan)


def _held_back_by(
    inputs: StarInputs,
    enabled: Bools,
    gate_failed: Bools,
    scores: dict[str, Floats],
    lowest: Ints,
    max_stars: int,
) -> Texts:
    """What kept the star level down, most fundamental first; None at the top."""
    size = inputs.size
    matrix = np.stack([np.nan_to_num(scores[name], nan=-np.inf) for name in CAPABILITIES])
    weakest = np.array(CAPABILITIES, dtype=object)[np.argmin(matrix, axis=0)]
    return _first_match(
        size,
        [
            (~enabled, "track_disabled"),
            (~inputs.has_metrics, "merchant_metrics"),
            (gate_failed, "basic_service_gate"),
            (~inputs.has_capability_scores, "capability_scores"),
            (~inputs.has_assurance_inputs, "assurance_inputs"),
            (lowest < max_stars, weakest),
        ],
    )


def _weakest_metric(metrics: tuple[MetricScore, ...], size: int) -> Texts:
    """The metric that cost the most weighted points, per merchant (None if none did)."""
    if not metrics:
        return np.full(size, None, dtype=object)
    share = np.stack([metric.effective_weight for metric in metrics])
    points = np.stack([metric.points for metric in metrics])
    loss = np.where(np.isnan(points), -np.inf, share * (100.0 - points))
    names = np.array([metric.name for metric in metrics], dtype=object)
    worst = loss.max(axis=0)
    return _first_match(size, [(np.isfinite(worst) & (worst > 0), names[loss.argmax(axis=0)])])


def _first_match(size: int, cases: list[tuple[Bools, str | Texts]]) -> Texts:
    """Per merchant, the label of the first case that holds (None when none does)."""
    found: Texts = np.full(size, None, dtype=object)
    decided = np.zeros(size, dtype=bool)
    for holds, label in cases:
        take = holds & ~decided
        found[take] = label if isinstance(label, str) else label[take]
        decided |= holds
    return found
