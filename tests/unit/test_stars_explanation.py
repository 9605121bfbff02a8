"""What a page reads: the explanation of each star row, and the 1-star averages."""

from __future__ import annotations

import numpy as np
import pytest
from test_stars_scoring import BASELINE, NOVEMBER, custom, fast, merchants

from sellerstar.stars.averages import one_star_averages, star_level_averages
from sellerstar.stars.explain import explanation, track_rows
from sellerstar.stars.scoring import evaluate_track


def test_the_explanation_holds_metrics_capabilities_and_what_held_back() -> None:
    result = custom({"marketing_score": 72.5, "tv_rate": 0.85})
    [shown] = explanation(result).to_pylist()
    assert shown["rule_set_id"] == "2022-11" and shown["stat_date"] == "2022-11-30"
    tracking = shown["metrics"]["tracking_visibility_rate"]
    curve = NOVEMBER.star_level.assurance.custom.tracking_visibility_rate
    assert curve is not None
    assert tracking["value"] == 0.85
    assert tracking["points"] == pytest.approx(curve.points_at(0.85))
    assert tracking["weight"] == curve.weight and tracking["scored"] is True
    assert shown["capabilities"]["marketing"] == {"score": 72.5, "stars": 2}
    assert shown["held_back_by"] == "marketing"
    assert shown["next_star"] == {"stars": 3, "needs_score": 80.0, "short": ["marketing"]}
    assert shown["ladder"] == [60.0, 70.0, 80.0, 85.0, 90.0]
    assert shown["missing"] == [] and shown["gate"]["failed"] is False
    assert shown["gate"]["message"] is None


def test_the_gate_message_quotes_the_figures() -> None:
    [shown] = explanation(custom({"ots_due": 745.0, "ots_rate": 0.725})).to_pylist()
    gate = shown["gate"]
    assert gate["failed"] and gate["due_orders"] == 745 and gate["min_due_orders"] == 11
    assert gate["message"] == (
        "745 orders due to ship (≥ 11) and an on-time shipment rate of 72.5% (< 80%): "
        "does not meet the star-level requirement"
    )
    assert shown["next_star"] is None


@pytest.mark.parametrize(("rate", "shown"), [(0.799999, "79.99%"), (0.7999, "79.99%"), (0.8, None)])
def test_a_rate_just_under_the_gate_is_not_shown_as_meeting_it(rate: float, shown: str) -> None:
    [row] = explanation(custom({"ots_due": 745.0, "ots_rate": rate})).to_pylist()
    message = row["gate"]["message"]
    assert message is None if shown is None else f"rate of {shown} (< 80%)" in message


def test_a_disabled_fast_trade_track_says_why() -> None:
    result = fast({"fast_rts_products": 37}, {"enrolled": False})
    shown = [row["track"] for row in explanation(result).to_pylist()]
    assert shown[0]["reason"] == "too_few_fast_rts_products"
    assert shown[0]["message"] == (
        "only 37 listed RTS products ship within 7 days (the fast-trade track needs 100)"
    )
    assert shown[1]["message"] == "not enrolled in the guaranteed upgrade service"
    assert shown[0]["enabled"] is False and shown[0]["fast_rts_products"] == 37


def test_missing_inputs_are_listed_and_dated_inputs_kept() -> None:
    inputs = merchants({"has_capability_scores": False, "merchant_score": np.nan}, {})
    inputs.assurance_inputs_from[:] = "2022-11-27"
    result = evaluate_track(inputs, NOVEMBER, "custom")
    first, second = explanation(result).to_pylist()
    assert first["missing"] == ["capability_scores"]
    assert first["capabilities"]["merchant"] == {"score": None, "stars": 0}
    assert second["missing"] == []
    assert second["inputs"]["assurance_inputs_from"] == "2022-11-27"


def test_rows_carry_the_store_columns() -> None:
    rows = track_rows(custom({"transaction_score": 61.0})).to_pylist()
    assert rows[0] | {"explanation": None} == {
        "merchant_id": "M0",
        "track": "custom",
        "track_enabled": True,
        "stars": 1,
        "assurance_score": 100.0,
        "merchant_score": 100.0,
        "marketing_score": 100.0,
        "transaction_score": 61.0,
        "gate_failed": False,
        "held_back_by": "transaction",
        "explanation": None,
        "rule_set_id": "2022-11",
    }


def test_baseline_explanations_leave_out_metrics_not_in_force() -> None:
    [shown] = explanation(evaluate_track(merchants({}), BASELINE, "fast_trade")).to_pylist()
    assert set(shown["metrics"]) == {
        "on_time_shipment_rate",
        "risk_health_score",
        "buyer_review_score",
    }


def test_one_star_averages_use_only_the_one_star_merchants() -> None:
    result = custom(
        {"merchant_score": 61.0, "ots_rate": 0.9},
        {"merchant_score": 65.0, "ots_rate": 0.8},
        {"merchant_score": 75.0, "ots_rate": 0.5, "ots_due": 5.0},  # 2 stars: left out
        {"merchant_score": 40.0, "ots_rate": 0.1, "ots_due": 5.0},  # 0 stars: left out
    )
    assert result.stars.tolist() == [1, 1, 2, 0]
    averages = {row["metric"]: row for row in one_star_averages(result).to_pylist()}
    assert averages["merchant_score"]["average"] == pytest.approx(63.0)
    assert averages["merchant_score"]["merchants"] == 2
    assert averages["on_time_shipment_rate"]["average"] == pytest.approx(0.85)
    assert "guaranteed_delivery_coverage" not in averages
    assert set(averages) >= {"assurance_score", "tracking_visibility_rate"}


def test_averages_without_one_star_merchants_are_empty() -> None:
    averages = one_star_averages(custom({}, {})).to_pylist()
    assert {row["merchants"] for row in averages} == {0}
    assert {row["average"] for row in averages} == {None}


def test_each_rung_has_the_average_of_the_merchants_at_exactly_that_level() -> None:
    result = custom(
        {"merchant_score": 61.0, "ots_rate": 0.9},
        {"merchant_score": 65.0, "ots_rate": 0.8},
        {"merchant_score": 75.0, "ots_rate": 0.5, "ots_due": 5.0},  # 2 stars
        {"merchant_score": 40.0, "ots_rate": 0.1, "ots_due": 5.0},  # 0 stars: no tab
    )
    rows = star_level_averages(result, range(1, 6)).to_pylist()
    assert sorted({row["stars"] for row in rows}) == [1, 2, 3, 4, 5]
    at = {(row["stars"], row["metric"]): row for row in rows}
    assert at[(1, "merchant_score")]["average"] == pytest.approx(63.0)
    assert (at[(2, "merchant_score")]["average"], at[(2, "merchant_score")]["merchants"]) == (
        75.0,
        1,
    )
    assert (at[(3, "merchant_score")]["average"], at[(3, "merchant_score")]["merchants"]) == (
        None,
        0,
    )
    # The 1-star block is the seed's default benchmark, as before.
    assert one_star_averages(result).to_pylist() == [row for row in rows if row["stars"] == 1]
