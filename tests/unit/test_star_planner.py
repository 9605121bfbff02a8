"""The star planner (docs/planner.md): binding metrics, boundaries, minimality, the window.

Every star here is computed by the star job's own scorer (``stars.scoring``); the planner's
answers are checked against it: n orders reach the target, n − 1 do not.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sellerstar.rules import load_rulebook
from sellerstar.stars.frame import StarInputs
from sellerstar.stars.planner import one_merchant, plan, smallest, stars_with
from sellerstar.stars.planner_model import (
    CountedOrder,
    Counts,
    Horizon,
    PlanInputs,
    WindowOrder,
)
from sellerstar.stars.scoring import evaluate_track
from sellerstar.stars.what_if import parse_changes, what_if

RULE_SET = load_rulebook().get("2022-11")
S = dt.date(2022, 12, 4)
E = dt.date(2022, 12, 31)
EVALUATION = dt.datetime(2023, 1, 5, 1, 0, tzinfo=dt.UTC)


def _base(
    counts: Counts,
    *,
    capability: float = 95.0,
    appealable: int = 0,
    window: tuple[WindowOrder, ...] = (),
    risk: float = 100.0,
    review: float = 4.5,
    stat_date: dt.date = S,
    counted: tuple[CountedOrder, ...] = (),
) -> PlanInputs:
    inputs = StarInputs.empty(stat_date, ["M1"])

    def one(value: float) -> np.ndarray:
        return np.array([value])

    inputs = dataclasses.replace(
        inputs,
        has_metrics=np.array([True]),
        ots_due=one(counts.ots_due),
        ots_rate=one(counts.ots_on_time / counts.ots_due if counts.ots_due else np.nan),
        tv_rate=one(counts.tv_passing / counts.tv_orders if counts.tv_orders else 1.0),
        gd_rate=one(np.nan),
        gd_orders=one(counts.gd_orders),
        has_assurance_inputs=np.array([True]),
        risk_health_score=one(risk),
        buyer_review_score=one(review),
        has_capability_scores=np.array([True]),
        merchant_score=one(capability),
        marketing_score=one(capability),
        transaction_score=one(capability),
    )
    return PlanInputs(
        inputs=inputs,
        rule_set=RULE_SET,
        track="custom",
        counts=counts,
        appealable=tuple(f"A{n}" for n in range(appealable)),
        pending=(),
        window=window,
        view_date=stat_date + dt.timedelta(days=2),
        counted=counted,
    )


def _lever(horizon: Horizon, name: str) -> int | None:
    return next(lever.orders for lever in horizon.levers if lever.lever == name)


def _appeals(base: PlanInputs, n: int) -> Counts:
    return dataclasses.replace(base.counts, tv_passing=base.counts.tv_passing + n)


def test_the_rates_from_counts_score_as_the_stored_rates_do() -> None:
    base = _base(Counts(40, 30, 100, 85, 0, 0))
    assert stars_with(base, base.counts) == int(
        evaluate_track(base.inputs, RULE_SET, "custom").stars[0]
    )


def test_the_binding_metric_is_the_assurance_metric_costing_most() -> None:
    # On-time 85 % costs most weighted points; the three supplied scores are high enough.
    result = plan(_base(Counts(40, 38, 100, 85, 0, 0), appealable=2), [(E, EVALUATION)])
    assurance = next(need for need in result.needs if need.capability == "assurance")
    assert assurance.short and assurance.binding == "on_time_shipment_rate"
    assert not any(need.short for need in result.needs if need.capability != "assurance")


def test_exactly_at_the_threshold_reaches_and_one_order_short_does_not() -> None:
    base = _base(Counts(40, 20, 100, 85, 0, 0), appealable=20)
    result = plan(base, [(E, EVALUATION)])
    assert result.target is not None and result.now is not None
    n = _lever(result.now, "appeals")
    assert n is not None and n >= 1
    assert stars_with(base, _appeals(base, n)) >= result.target
    assert stars_with(base, _appeals(base, n - 1)) < result.target


def test_a_capability_no_order_moves_makes_the_star_unreachable() -> None:
    # Merchant capability 65: 1 star; 2 stars need 70, which no order lever gives.
    base = _base(Counts(40, 40, 100, 100, 0, 0), capability=65.0, appealable=3)
    result = plan(base, [(E, EVALUATION), (E + dt.timedelta(days=31), EVALUATION)])
    assert result.stars == 1 and result.target == 2
    assert result.now is not None and not result.now.reachable
    assert result.deadline is not None and not result.deadline.reachable
    assert result.earliest is None
    merchant = next(need for need in result.needs if need.capability == "merchant")
    assert merchant.short and merchant.binding == "merchant_score"


def test_at_the_top_there_is_nothing_to_plan() -> None:
    result = plan(_base(Counts(40, 40, 100, 100, 0, 0), capability=99.0), [(E, EVALUATION)])
    assert result.stars == 5 and result.target is None and result.now is None


def test_failing_orders_leaving_the_window_change_the_answer() -> None:
    # 10 failing orders shipped long ago leave the window by E (ship date < E − 74).
    old = tuple(WindowOrder(f"OLD{n}", dt.date(2022, 9, 25), False) for n in range(10))
    fresh = tuple(WindowOrder(f"NEW{n}", dt.date(2022, 11, 1), True) for n in range(30))
    base = _base(Counts(40, 30, 100, 85, 0, 0), window=old + fresh, appealable=10)
    result = plan(base, [(E, EVALUATION)])
    assert result.now is not None and result.deadline is not None
    assert {order.order_id for order in result.deadline.leaving} == {o.order_id for o in old}
    assert result.deadline.counts.tv_orders == 30 and result.deadline.counts.tv_passing == 30
    assert result.now.leaving == ()
    now_n, deadline_n = _lever(result.now, "on_time"), _lever(result.deadline, "on_time")
    assert now_n is not None and deadline_n is not None and deadline_n < now_n


def test_late_orders_leaving_the_on_time_window_by_the_deadline_change_the_answer() -> None:
    # 15 late orders stop counting on E (gone from E's counts), 5 more on E + 1 (still
    # counted on E): the boundary on both sides.
    late = tuple(CountedOrder("on_time_shipment", f"L{n}", False, E) for n in range(15))
    later = tuple(
        CountedOrder("on_time_shipment", f"K{n}", False, E + dt.timedelta(days=1)) for n in range(5)
    )
    base = _base(Counts(40, 40, 100, 80, 0, 0), counted=late + later)
    result = plan(base, [(E, EVALUATION)])
    assert result.now is not None and result.deadline is not None
    assert result.now.counts == base.counts and result.now.leaving_counted == ()
    assert result.deadline.counts.ots_due == 85 and result.deadline.counts.ots_on_time == 80
    assert {o.order_id for o in result.deadline.leaving_counted} == {o.order_id for o in late}
    now_n, deadline_n = _lever(result.now, "on_time"), _lever(result.deadline, "on_time")
    assert now_n is not None and deadline_n is not None and deadline_n < now_n
    assert stars_with(base, result.deadline.counts) > stars_with(base, base.counts)


def test_coverage_orders_leaving_take_their_guaranteed_ones_with_them() -> None:
    gone = (
        CountedOrder("guaranteed_delivery", "G1", True, E),
        CountedOrder("guaranteed_delivery", "G2", False, E - dt.timedelta(days=3)),
        CountedOrder("guaranteed_delivery", "G3", True, E + dt.timedelta(days=1)),
    )
    base = _base(Counts(40, 30, 100, 85, 30, 12), counted=gone)
    result = plan(base, [(E, EVALUATION)])
    assert result.deadline is not None
    assert (result.deadline.counts.gd_orders, result.deadline.counts.gd_guaranteed) == (28, 11)


def test_the_earliest_reachable_evaluation_when_the_next_is_out_of_reach() -> None:
    # Failing orders dominate until they leave; no appeals, and planned on 2022-12-22 a new
    # order can no longer enter the tracking window of 2022-12-31 (ship dates to 12-16).
    # The evaluation after next has the failing orders gone.
    failing = tuple(WindowOrder(f"F{n}", dt.date(2022, 10, 30), False) for n in range(30))
    base = _base(
        Counts(30, 0, 100, 100, 0, 0),
        window=failing,
        risk=60.0,
        review=3.0,
        stat_date=dt.date(2022, 12, 20),
    )
    later = (dt.date(2023, 1, 31), EVALUATION + dt.timedelta(days=31))
    result = plan(base, [(E, EVALUATION), later])
    assert result.deadline is not None and not result.deadline.reachable
    assert result.earliest is not None and result.earliest.stat_date == later[0]


def test_smallest_is_the_boundary() -> None:
    assert smallest(lambda n: n >= 1, 10) == 1
    assert smallest(lambda n: n >= 10, 10) == 10
    assert smallest(lambda n: False, 10) is None
    assert smallest(lambda n: True, 0) == 0
    assert smallest(lambda n: n >= 0, 10, prefix=3) == 0


@settings(max_examples=60, deadline=None)
@given(
    orders=st.integers(1, 200),
    failing=st.integers(0, 200),
    due=st.integers(0, 300),
    late=st.integers(0, 300),
    appealable=st.integers(0, 50),
    capability=st.sampled_from([65.0, 75.0, 82.0, 88.0, 95.0]),
)
def test_applying_the_plan_reaches_the_target_and_one_less_does_not(
    orders: int, failing: int, due: int, late: int, appealable: int, capability: float
) -> None:
    failing, late = min(failing, orders), min(late, due)
    counts = Counts(orders, orders - failing, due, due - late, 0, 0)
    base = _base(counts, capability=capability, appealable=min(appealable, failing))
    result = plan(base, [])
    if result.target is None or result.now is None:
        return
    for lever in result.now.levers:
        if lever.orders is None:
            continue
        if lever.lever == "appeals":

            def moved(n: int) -> Counts:
                return _appeals(base, n)
        elif lever.lever == "on_time":

            def moved(n: int) -> Counts:
                # On the figures of S a new order cannot enter the tracking window.
                return dataclasses.replace(counts, ots_due=due + n, ots_on_time=due - late + n)
        else:
            continue
        assert stars_with(base, moved(lever.orders)) >= result.target
        assert stars_with(base, moved(lever.orders - 1)) < result.target


def test_what_if_scores_with_the_star_jobs_code() -> None:
    base = _base(Counts(40, 30, 100, 85, 0, 0))
    changed = what_if(base.inputs, RULE_SET, "custom", {"tracking_visibility_rate": 1.0})
    direct = evaluate_track(
        dataclasses.replace(base.inputs, tv_rate=np.array([1.0])), RULE_SET, "custom"
    )
    assert changed.stars_after == int(direct.stars[0])
    assert changed.scores_after["assurance"] == pytest.approx(float(direct.scores["assurance"][0]))
    assert changed.stars_before == stars_with(base, base.counts)


@pytest.mark.parametrize(
    "changes", [{"tracking_visibility_rate": 1.01}, {"on_time_shipment_rate": -0.1}, {"x": 1.0}]
)
def test_what_if_refuses_values_off_their_scale(changes: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        what_if(_base(Counts(1, 1, 1, 1, 0, 0)).inputs, RULE_SET, "custom", changes)


def test_one_merchant_slices_every_column() -> None:
    inputs = StarInputs.empty(S, ["M1", "M2"])
    sliced = one_merchant(inputs, "M2")
    assert sliced.size == 1 and sliced.merchant_id.tolist() == ["M2"]
    with pytest.raises(KeyError):
        one_merchant(inputs, "M3")


def test_the_forms_values_are_parsed_on_their_scales() -> None:
    changes, bad = parse_changes(
        {
            "tracking_visibility_rate": "0.85",
            "on_time_shipment_rate": "",
            "buyer_review_score": "5",
            "risk_health_score": "nan",
            "merchant_score": "1" * 40,
            "marketing_score": "-0",
        }
    )
    assert changes == {
        "tracking_visibility_rate": 0.85,
        "buyer_review_score": 5.0,
        "marketing_score": 0.0,
    }
    assert [name for name, _low, _high in bad] == ["risk_health_score", "merchant_score"]
