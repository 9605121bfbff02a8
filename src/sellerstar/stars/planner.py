"""The star planner: the smallest change per lever that reaches the next star (§1, §2, §2A).

Pure: it reads nothing. The caller (``queries/star_planner.py``) gives one merchant's
star inputs of the newest stat date S, the counts behind its rates, the orders each lever
can move (appealable orders, pending appeals), the tracking-visibility orders of S with
their ship dates and the on-time-shipment and coverage orders of S with the day each stops
counting; this module projects the counts to the stat date E of an official evaluation
(every order whose window has ended by E leaves its numerator and denominator) and, per
lever, finds the smallest number of orders that makes the star scorer
(:func:`sellerstar.stars.scoring.evaluate_track`, the one the star job uses) give the
target star. Every candidate is scored by that function: there is no second
implementation of the scoring here, only counts turned into rates as the metric job does.

The levers:

- ``appeals``: file and win appeals of failing orders whose appeal window is open (each
  turns a failing order into a passing one: tracking-visibility numerator + 1);
- ``on_time``: ship the next orders on time with trackable tracking (due and on-time + 1,
  and tracking-visibility orders and passing + 1 when such an order can still enter the
  window by E);
- ``guaranteed``: new guaranteed-delivery orders (coverage orders and guaranteed + 1),
  fast-trade only;
- ``together``: every appeal won plus the smallest number of on-time orders (only when
  the appeals alone fall short).

Minimality: each lever's predicate (reaches the target) is monotone in the number of
orders beyond a small prefix (the coverage default pass), so the answer is found by a
scan of that prefix and a binary search: n reaches, n − 1 does not.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import numpy as np

from sellerstar.rules.model import RuleSet
from sellerstar.stars.frame import CAPABILITIES, StarInputs
from sellerstar.stars.planner_model import (
    CapabilityNeed,
    CountedOrder,
    Counts,
    Horizon,
    LeverPlan,
    Plan,
    PlanInputs,
    WindowOrder,
)
from sellerstar.stars.scoring import TrackResult, evaluate_track

SEARCH_LIMIT = 100_000
"""The most new orders a plan considers (a bound of the search, not a platform rule)."""

LEVERS: tuple[str, ...] = ("appeals", "on_time", "guaranteed", "together")


def one_merchant(inputs: StarInputs, merchant_id: str) -> StarInputs:
    """The slice of ``inputs`` holding one merchant (KeyError when absent)."""
    found = np.flatnonzero(inputs.merchant_id == merchant_id)
    if not len(found):
        raise KeyError(merchant_id)
    index = int(found[0])
    sliced = {
        field.name: getattr(inputs, field.name)[index : index + 1]
        for field in dataclasses.fields(inputs)
        if isinstance(getattr(inputs, field.name), np.ndarray)
    }
    return dataclasses.replace(inputs, **sliced)


def score(inputs: StarInputs, rule_set: RuleSet, track: str) -> TrackResult:
    """The star job's evaluation of one merchant's inputs."""
    return evaluate_track(inputs, rule_set, track)


def with_counts(base: PlanInputs, counts: Counts) -> StarInputs:
    """The merchant's inputs with the rates the metric job derives from ``counts``."""
    rule_set = base.rule_set
    inputs = base.inputs
    changes: dict[str, Any] = {
        "ots_due": np.array([float(counts.ots_due)]),
        "ots_rate": np.array([counts.ots_on_time / counts.ots_due if counts.ots_due else np.nan]),
    }
    tv = rule_set.tracking_visibility
    if tv is not None and not np.isnan(inputs.tv_rate[0]):
        rate = counts.tv_passing / counts.tv_orders if counts.tv_orders else tv.no_orders_rate
        changes["tv_rate"] = np.array([rate])
    gd = rule_set.guaranteed_delivery
    if gd is not None and not np.isnan(inputs.gd_rate[0]):
        enrolled = bool(inputs.enrolled[0])
        rate = counts.gd_guaranteed / counts.gd_orders if counts.gd_orders else np.nan
        changes["gd_rate"] = np.array([rate if enrolled else 0.0])
        changes["gd_orders"] = np.array([float(counts.gd_orders)])
        default = counts.gd_orders <= gd.default_pass_max_orders
        if gd.default_pass_requires_enrolment:
            default = default and enrolled
        changes["gd_default_pass"] = np.array([default])
    return dataclasses.replace(inputs, **changes)


def stars_with(base: PlanInputs, counts: Counts) -> int:
    """The star the star job would give with ``counts``."""
    return int(score(with_counts(base, counts), base.rule_set, base.track).stars[0])


def needs(result: TrackResult, rule_set: RuleSet, target: int) -> tuple[CapabilityNeed, ...]:
    """Each capability against ``target`` stars, with its binding metric."""
    threshold = rule_set.star_level.capability_thresholds[target - 1]
    found = []
    for capability in CAPABILITIES:
        value = float(result.scores[capability][0])
        binding = result.weakest_metric[0] if capability == "assurance" else f"{capability}_score"
        found.append(
            CapabilityNeed(
                capability=capability,
                score=None if np.isnan(value) else value,
                stars=int(result.capability_stars[capability][0]),
                needs_score=threshold,
                short=bool(np.isnan(value) or value < threshold),
                binding=binding,
            )
        )
    return tuple(found)


def departures(
    window: tuple[WindowOrder, ...], rule_set: RuleSet, stat_date: dt.date
) -> tuple[WindowOrder, ...]:
    """The orders of the window that no longer count on ``stat_date`` (ship date before
    stat date − window start)."""
    tv = rule_set.tracking_visibility
    if tv is None:
        return ()
    oldest = stat_date - dt.timedelta(days=tv.window_start_days)
    return tuple(order for order in window if order.ship_date < oldest)


def projected(
    base: PlanInputs, stat_date: dt.date
) -> tuple[Counts, tuple[WindowOrder, ...], tuple[CountedOrder, ...]]:
    """The counts on ``stat_date`` once the orders leaving their windows are gone (the
    tracking-visibility orders, then the on-time and coverage ones); the other orders
    keep their judgement of S, and no new order is foreseen."""
    later = stat_date > base.inputs.stat_date
    gone = departures(base.window, base.rule_set, stat_date) if later else ()
    counted = tuple(o for o in base.counted if o.leaves_on <= stat_date) if later else ()

    def leaving(metric: str, passing: bool | None = None) -> int:
        return sum(
            o.metric == metric and (passing is None or o.passing == passing) for o in counted
        )

    counts = Counts(
        tv_orders=base.counts.tv_orders - len(gone),
        tv_passing=base.counts.tv_passing - sum(order.passing for order in gone),
        ots_due=base.counts.ots_due - leaving("on_time_shipment"),
        ots_on_time=base.counts.ots_on_time - leaving("on_time_shipment", True),
        gd_orders=base.counts.gd_orders - leaving("guaranteed_delivery"),
        gd_guaranteed=base.counts.gd_guaranteed - leaving("guaranteed_delivery", True),
    )
    return counts, gone, counted


def horizon(
    base: PlanInputs, target: int, stat_date: dt.date, evaluation_at: dt.datetime | None
) -> Horizon:
    """Each lever's smallest change that reaches ``target`` on ``stat_date``."""
    counts, gone, counted = projected(base, stat_date)
    left = {order.order_id for order in gone}
    appealable = tuple(order for order in base.appealable if order not in left)
    tv = base.rule_set.tracking_visibility
    # A new order enters the tracking-visibility window of E only if shipped by E − end.
    enters_tv = tv is not None and base.view_date <= stat_date - dt.timedelta(
        days=tv.window_end_days
    )

    def reaches(change: Callable[[int], Counts]) -> Callable[[int], bool]:
        return lambda n: stars_with(base, change(n)) >= target

    def appeals(n: int, start: Counts = counts) -> Counts:
        return dataclasses.replace(start, tv_passing=start.tv_passing + n)

    def on_time(n: int, start: Counts = counts) -> Counts:
        moved = dataclasses.replace(
            start, ots_due=start.ots_due + n, ots_on_time=start.ots_on_time + n
        )
        if enters_tv:
            moved = dataclasses.replace(
                moved, tv_orders=moved.tv_orders + n, tv_passing=moved.tv_passing + n
            )
        return moved

    def guaranteed(n: int) -> Counts:
        return dataclasses.replace(
            counts, gd_orders=counts.gd_orders + n, gd_guaranteed=counts.gd_guaranteed + n
        )

    gd_scored = base.track == "fast_trade" and not np.isnan(base.inputs.gd_rate[0])
    gd = base.rule_set.guaranteed_delivery
    # Below this many orders coverage passes by default: the predicate is not monotone yet.
    prefix = gd.default_pass_max_orders + 1 if gd_scored and gd is not None else 0
    levers = [
        LeverPlan(
            "appeals", smallest(reaches(appeals), len(appealable)), len(appealable), appealable
        ),
        LeverPlan("on_time", smallest(reaches(on_time), SEARCH_LIMIT), None, ()),
    ]
    if gd_scored:
        levers.append(
            LeverPlan("guaranteed", smallest(reaches(guaranteed), SEARCH_LIMIT, prefix), None, ())
        )
    alone = levers[0].orders
    if appealable and alone is None:
        # Together only when the appeals alone fall short: then all of them are needed.
        all_won = appeals(len(appealable))
        together = smallest(reaches(lambda n: on_time(n, all_won)), SEARCH_LIMIT)
        levers.append(LeverPlan("together", together, len(appealable), appealable))
    return Horizon(
        stat_date=stat_date,
        evaluation_at=evaluation_at,
        counts=counts,
        stars=stars_with(base, counts),
        leaving=gone,
        levers=tuple(levers),
        leaves_on={
            order.order_id: order.ship_date + dt.timedelta(days=tv.window_start_days + 1)
            for order in gone
            if tv is not None
        },
        leaving_counted=counted,
    )


def smallest(reaches: Callable[[int], bool], limit: int, prefix: int = 0) -> int | None:
    """The smallest n in 0 … ``limit`` with ``reaches(n)``, None when there is none (0:
    the target is reached with no change, as when orders leaving the window suffice).

    The first ``prefix`` values are tried one by one (a predicate not yet monotone there);
    beyond them the predicate is monotone, so a binary search finds the boundary.

    >>> smallest(lambda n: n >= 20, 100), smallest(lambda n: n >= 200, 100)
    (20, None)
    >>> smallest(lambda n: n in (3, 50, 51, 52) or n > 52, 100, prefix=5)
    3
    """
    for n in range(min(prefix, limit) + 1):
        if reaches(n):
            return n
    low = min(prefix, limit) + 1
    if low > limit or not reaches(limit):
        return None
    high = limit
    while low < high:
        middle = (low + high) // 2
        if reaches(middle):
            high = middle
        else:
            low = middle + 1
    return low


def plan(
    base: PlanInputs,
    evaluations: list[tuple[dt.date, dt.datetime]],
) -> Plan:
    """The plan for the next star: on the figures of S (``now``), by the first of
    ``evaluations`` (stat date E ≥ S, evaluation time) and, when that one is out of
    reach, the earliest of the others that is reachable."""
    result = score(base.inputs, base.rule_set, base.track)
    stars = int(result.stars[0])
    level = base.rule_set.star_level
    if stars >= level.max_stars:
        return Plan(
            base.track, base.inputs.stat_date, stars, None, (), None, None, None, 0, base.pending
        )
    target = stars + 1
    now = horizon(base, target, base.inputs.stat_date, None)
    deadline = earliest = None
    if evaluations:
        deadline = horizon(base, target, *evaluations[0])
        if not deadline.reachable:
            earliest = next(
                (
                    found
                    for found in (horizon(base, target, *when) for when in evaluations[1:])
                    if found.reachable
                ),
                None,
            )
    return Plan(
        track=base.track,
        stat_date=base.inputs.stat_date,
        stars=stars,
        target=target,
        needs=needs(result, base.rule_set, target),
        now=now,
        deadline=deadline,
        earliest=earliest,
        pending=base.pending,
    )
