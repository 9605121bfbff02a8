"""The star level of §2A, column-wise: ladder, lowest capability, gate, assurance scoring,
metrics in force, GD default pass, fast-trade enablement and missing inputs."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sellerstar.rules import RuleBook, load_rulebook
from sellerstar.rules.model import RuleSet
from sellerstar.stars.frame import StarInputs
from sellerstar.stars.scoring import TrackResult, curve_points, evaluate_track

BOOK: RuleBook = load_rulebook()
NOVEMBER: RuleSet = BOOK.get("2022-11")
BASELINE: RuleSet = BOOK.get("baseline")
DAY = dt.date(2022, 11, 30)

# A merchant that is perfect on everything; tests change what they are about.
PERFECT: dict[str, Any] = {
    "has_metrics": True,
    "ots_due": 30.0,
    "ots_rate": 1.0,
    "tv_rate": 1.0,
    "gd_rate": 1.0,
    "gd_orders": 40.0,
    "gd_default_pass": False,
    "has_assurance_inputs": True,
    "risk_health_score": 100.0,
    "buyer_review_score": 5.0,
    "has_capability_scores": True,
    "merchant_score": 100.0,
    "marketing_score": 100.0,
    "transaction_score": 100.0,
    "enrolled": True,
    "fast_rts_products": 150,
}


def merchants(*changes: dict[str, Any]) -> StarInputs:
    """One merchant per dict: PERFECT with the dict's changes."""
    rows = [PERFECT | change for change in changes]
    columns = {
        name: np.array([row[name] for row in rows], dtype=type(PERFECT[name])) for name in PERFECT
    }
    columns["fast_rts_products"] = columns["fast_rts_products"].astype(np.int64)
    empty = StarInputs.empty(DAY, [f"M{n}" for n in range(len(rows))])
    return dataclasses.replace(empty, **columns)


def custom(*changes: dict[str, Any], rule_set: RuleSet = NOVEMBER) -> TrackResult:
    return evaluate_track(merchants(*changes), rule_set, "custom")


def fast(*changes: dict[str, Any], rule_set: RuleSet = NOVEMBER) -> TrackResult:
    return evaluate_track(merchants(*changes), rule_set, "fast_trade")


def points(result: TrackResult, metric: str) -> list[float]:
    found = {m.name: m for m in result.metrics}[metric]
    return found.points.tolist()


@pytest.mark.parametrize(
    ("score", "stars"),
    [
        *((59.99, 0), (60.0, 1), (69.99, 1), (70.0, 2), (79.99, 2), (80.0, 3)),
        *((84.99, 3), (85.0, 4), (89.99, 4), (90.0, 5), (100.0, 5)),
    ],
)
def test_the_ladder_on_both_sides_of_each_threshold(score: float, stars: int) -> None:
    result = custom({"merchant_score": score})
    assert result.capability_stars["merchant"].tolist() == [stars]
    assert result.stars.tolist() == [stars]
    assert result.held_back_by.tolist() == [None if stars == 5 else "merchant"]


@pytest.mark.parametrize("weakest", ["merchant", "marketing", "transaction"])
def test_the_lowest_capability_gives_the_star(weakest: str) -> None:
    scores = {"merchant_score": 95.0, "marketing_score": 88.0, "transaction_score": 91.0}
    scores[f"{weakest}_score"] = 72.0
    result = custom(scores)
    assert result.stars.tolist() == [2]
    assert result.held_back_by.tolist() == [weakest]


def test_the_assurance_capability_can_hold_the_star_back() -> None:
    result = custom({"risk_health_score": 40.0, "buyer_review_score": 3.0})
    # Weighted points under rule-set 2022-11, computed with the scalar reference curve.
    scoring = NOVEMBER.star_level.assurance.custom
    expected = sum(
        metric.weight * metric.points_at(value)
        for metric, value in (
            (scoring.on_time_shipment_rate, 1.0),
            (scoring.risk_health_score, 40.0),
            (scoring.buyer_review_score, 3.0),
            (scoring.tracking_visibility_rate, 1.0),
        )
        if metric is not None
    )
    assert result.scores["assurance"].tolist() == [pytest.approx(expected)]
    assert result.held_back_by.tolist() == ["assurance"]
    assert result.stars.tolist() == [NOVEMBER.star_level.stars_for(expected)]


def test_exact_curve_corners_reach_the_threshold_they_sum_to() -> None:
    # 0.8 on-time earns exactly 60 points; every other metric also 60: 60 exactly, 1 star.
    result = custom(
        {"ots_rate": 0.8, "risk_health_score": 60.0, "buyer_review_score": 3.0 + 20 / 35}
        | {"tv_rate": 0.5 + 0.3 * 20 / 35}
    )
    assert result.scores["assurance"].tolist() == [pytest.approx(60.0, abs=1e-9)]
    assert result.capability_stars["assurance"].tolist() == [1]


@pytest.mark.parametrize(
    ("due", "rate", "gated"),
    [(10.0, 0.5, False), (11.0, 0.5, True), (11.0, 0.7999, True), (11.0, 0.8, False)],
)
def test_the_basic_service_gate(due: float, rate: float, gated: bool) -> None:
    for track in (custom, fast):
        result = track({"ots_due": due, "ots_rate": rate})
        assert result.gate_failed.tolist() == [gated]
        assert result.gate_applies.tolist() == [due >= 11]
        if gated:
            assert result.stars.tolist() == [0]
            assert result.held_back_by.tolist() == ["basic_service_gate"]
        else:
            assert result.held_back_by.tolist() != ["basic_service_gate"]


def test_guaranteed_delivery_default_pass_scores_the_configured_points() -> None:
    result = fast(
        {"gd_rate": 0.0, "gd_orders": 10.0, "gd_default_pass": True},
        {"gd_rate": 0.0, "gd_orders": 11.0, "gd_default_pass": False},
        {"gd_rate": np.nan, "gd_orders": 0.0, "gd_default_pass": True},
    )
    passing = NOVEMBER.star_level.assurance.fast_trade.guaranteed_delivery_default_pass_points
    assert points(result, "guaranteed_delivery_coverage") == [passing, 0.0, passing]
    coverage = {m.name: m for m in result.metrics}["guaranteed_delivery_coverage"]
    assert coverage.default_pass.tolist() == [True, False, True]


def test_not_enrolled_coverage_is_zero() -> None:
    result = fast({"enrolled": False, "gd_rate": 0.9})
    coverage = {m.name: m for m in result.metrics}["guaranteed_delivery_coverage"]
    assert coverage.value.tolist() == [0.0]
    assert coverage.points.tolist() == [0.0]


def test_fast_trade_is_enabled_from_the_configured_number_of_products() -> None:
    minimum = NOVEMBER.guarantee_service.fast_trade_min_rts_products
    result = fast(
        {"fast_rts_products": minimum - 1},
        {"fast_rts_products": minimum},
        {"enrolled": False, "fast_rts_products": minimum},
    )
    assert result.enabled.tolist() == [False, True, False]
    assert result.disabled_reason.tolist() == ["too_few_fast_rts_products", None, "not_enrolled"]
    assert result.stars.tolist() == [0, 5, 0]
    assert result.held_back_by.tolist() == ["track_disabled", None, "track_disabled"]
    # The custom track does not care.
    assert custom({"enrolled": False, "fast_rts_products": 0}).stars.tolist() == [5]


def test_metrics_not_in_force_are_not_scored() -> None:
    bad_tracking = {"tv_rate": 0.0, "gd_rate": 0.0}
    for track in ("custom", "fast_trade"):
        before = evaluate_track(merchants(bad_tracking), BASELINE, track)
        after = evaluate_track(merchants(bad_tracking), NOVEMBER, track)
        assert "tracking_visibility_rate" not in {m.name for m in before.metrics}
        assert "guaranteed_delivery_coverage" not in {m.name for m in before.metrics}
        assert before.stars.tolist() == [5]
        assert int(after.stars[0]) < 5
        assert after.held_back_by.tolist() == ["assurance"]


def test_on_time_rate_without_due_orders_is_left_out_and_its_weight_shared() -> None:
    result = custom({"ots_due": 0.0, "ots_rate": np.nan, "risk_health_score": 80.0})
    shares = {m.name: float(m.effective_weight[0]) for m in result.metrics}
    assert shares["on_time_shipment_rate"] == 0.0
    assert sum(shares.values()) == pytest.approx(1.0)
    scoring = NOVEMBER.star_level.assurance.custom
    rest = 1 - scoring.on_time_shipment_rate.weight
    assert shares["risk_health_score"] == pytest.approx(scoring.risk_health_score.weight / rest)
    assert result.gate_applies.tolist() == [False]


@pytest.mark.parametrize(
    ("change", "held_back_by"),
    [
        ({"has_metrics": False}, "merchant_metrics"),
        ({"has_capability_scores": False, "merchant_score": np.nan}, "capability_scores"),
        ({"has_assurance_inputs": False, "risk_health_score": np.nan}, "assurance_inputs"),
    ],
)
def test_a_missing_input_gives_zero_stars_and_names_it(
    change: dict[str, Any], held_back_by: str
) -> None:
    result = custom(change)
    assert result.stars.tolist() == [0]
    assert result.held_back_by.tolist() == [held_back_by]


def test_weakest_metric_is_the_one_that_cost_most_points() -> None:
    result = custom({"tv_rate": 0.6}, {})
    assert result.weakest_metric.tolist() == ["tracking_visibility_rate", None]


@given(st.lists(st.floats(min_value=-0.5, max_value=1.5, allow_nan=False), min_size=1))
def test_curve_points_match_the_scalar_reference(values: list[float]) -> None:
    scoring = NOVEMBER.star_level.assurance.fast_trade.guaranteed_delivery_coverage
    assert scoring is not None
    got = curve_points(np.array(values), scoring).tolist()
    # Equal up to the rounding that keeps float noise off the ladder.
    assert got == pytest.approx([scoring.points_at(value) for value in values], abs=1e-8)
