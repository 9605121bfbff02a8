"""Scores the marketplace supplies: capability scores (monthly) and assurance inputs (weekly).

Each merchant gets a target star level (0–5) and, at random, a capability that holds it
back: its merchant, marketing and transaction scores sit in the target's band of the
ladder, the holding one lowest; risk health and buyer review scores follow the target.
A small marketplace still shows every case: each target level, each holding capability
and a merchant without capability scores and one without assurance inputs. The assurance
capability itself comes from the merchant's real orders, so the final stars also spread
through on-time shipment and tracking (some merchants fall to the basic-service gate).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa
from numpy.typing import NDArray

from sellerstar.demo.clock import Clock
from sellerstar.demo.merchants import Population, merchant_ids
from sellerstar.demo.orders import money
from sellerstar.demo.policy import Policy
from sellerstar.demo.text import Ints

Floats = NDArray[np.float64]

_TARGET_P = (0.08, 0.17, 0.22, 0.22, 0.16, 0.15)  # 0..5 stars
_HOLDERS = ("merchant", "marketing", "transaction")  # index 3: none of them holds back
_HOLDER_P = (0.2, 0.2, 0.2, 0.4)
_MISSING_SHARE = 0.03
_BELOW_LADDER = 15.0  # a 0-star band starts this far below the first threshold
_MONTHLY_DRIFT = 1.5
_ASSURANCE_EVERY_DAYS = 7


def score_tables(
    rng: np.random.Generator, pop: Population, clock: Clock, policy: Policy
) -> dict[str, dict[str, pa.Array]]:
    """Columns of ``capability_scores`` and ``assurance_inputs``."""
    size = pop.size
    target = rng.choice(len(_TARGET_P), size, p=_TARGET_P)
    holder = rng.choice(len(_HOLDER_P), size, p=_HOLDER_P)
    no_capability = rng.random(size) < _MISSING_SHARE
    no_assurance = (rng.random(size) < _MISSING_SHARE) & ~no_capability
    showcase = rng.permutation(size)
    # Every target level and holder once, then one merchant without each input.
    cases = len(_TARGET_P) + len(_HOLDERS)
    if size >= cases + 2:
        target[showcase[: len(_TARGET_P)]] = np.arange(len(_TARGET_P))
        holder[showcase[len(_TARGET_P) : cases]] = np.arange(len(_HOLDERS))
        target[showcase[len(_TARGET_P) : cases]] = 3
        no_capability[showcase[cases]] = True
        no_assurance[showcase[cases + 1]] = True
    low, high = _bands(target, policy.capability_thresholds)
    base = low + rng.random(size) * (high - low)
    return {
        "capability_scores": _capability_scores(rng, base, high, holder, ~no_capability, clock),
        "assurance_inputs": _assurance_inputs(rng, base, target, ~no_assurance, clock),
    }


def _bands(target: Ints, thresholds: tuple[float, ...]) -> tuple[Floats, Floats]:
    """The score range ``[low, high)`` that reaches exactly ``target`` stars."""
    ladder = np.array([thresholds[0] - _BELOW_LADDER, *thresholds, 100.0])
    return ladder[target], np.maximum(ladder[target + 1] - 0.5, ladder[target])


def _months(clock: Clock) -> Ints:
    first = clock.date(clock.start_day).replace(day=1)
    last = clock.date(clock.as_of_day)
    days = []
    while first <= last:
        days.append(Clock.day_number(first))
        first = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return np.array(days, dtype=np.int64)


def _capability_scores(
    rng: np.random.Generator,
    base: Floats,
    high: Floats,
    holder: Ints,
    present: NDArray[np.bool_],
    clock: Clock,
) -> dict[str, pa.Array]:
    months = _months(clock)
    merchants = np.flatnonzero(present)
    rows = len(merchants) * len(months)
    merchant = np.repeat(merchants, len(months))
    day = np.tile(months, len(merchants))
    drift = rng.normal(0.0, _MONTHLY_DRIFT, (len(merchants), len(months))).cumsum(axis=1)
    # The newest month sits at the drawn level; earlier months wander around it.
    drift = (drift - drift[:, -1:]).ravel()
    columns: dict[str, pa.Array] = {
        "merchant_id": merchant_ids(merchant),
        "stat_date": _dates(day),
    }
    for number, name in enumerate(_HOLDERS):
        lift = np.where(holder[merchant] == number, 0.0, rng.uniform(0.5, 8.0, rows))
        lift = np.maximum(lift, np.where(holder[merchant] == 3, high[merchant] - base[merchant], 0))
        score = np.clip(base[merchant] + lift + drift, 0.0, 100.0)
        columns[f"{name}_score"] = money(np.round(score * 100).astype(np.int64))
    return columns


def _assurance_inputs(
    rng: np.random.Generator,
    base: Floats,
    target: Ints,
    present: NDArray[np.bool_],
    clock: Clock,
) -> dict[str, pa.Array]:
    weeks = np.arange(clock.start_day, clock.as_of_day + 1, _ASSURANCE_EVERY_DAYS)
    merchants = np.flatnonzero(present)
    rows = len(merchants) * len(weeks)
    merchant = np.repeat(merchants, len(weeks))
    risk = np.clip(base[merchant] + 8.0 + rng.normal(0.0, 3.0, rows), 0.0, 100.0)
    review = np.clip(3.2 + 0.36 * target[merchant] + rng.normal(0.0, 0.12, rows), 0.0, 5.0)
    return {
        "merchant_id": merchant_ids(merchant),
        "stat_date": _dates(np.tile(weeks, len(merchants))),
        "risk_health_score": money(np.round(risk * 100).astype(np.int64)),
        "buyer_review_score": money(np.round(review * 100).astype(np.int64)),
    }


def _dates(days: Ints) -> pa.Array:
    return pa.array(days.astype(np.int32), type=pa.int32()).cast(pa.date32())
