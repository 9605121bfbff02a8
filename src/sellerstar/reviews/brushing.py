"""Review brushing: suspected fake reviews, from behaviour (docs/reviews-brushing.md).

The signals (:mod:`sellerstar.reviews.brushing_signals`) combine as follows:

1. **Backbone.** A review is only ever suspected when it belongs to a group or a period
   that behaves like brushing: a dense buyer–merchant block (``dense_block``), buyers
   linking the same merchants (``co_review``), an excess of devoted accounts
   (``devoted_cluster``), a burst of the merchant's reviews (``burst``), an excess of
   its top ratings (``rating_shift``) or of one product's (``product_surge``). Text,
   speed or a new account alone never make a suspect.
2. **Score.** A noisy-OR of the weights of the signals that fired:
   ``score = 1 − Π (1 − weight)`` over them (``[reviews.brushing.weights]``). Each weight
   reads as "how likely this signal alone says brushing"; every further signal raises the
   score, none can lower it below what the others gave. The period signals
   (``PERIOD``: burst, rating shift, product surge) say the same about every review of
   the period and count as the strongest of them.
3. **Suspect** when the review has a backbone and ``score ≥ report_threshold``.

>>> noisy_or({"burst": True, "new_account": True}, {"burst": 0.4, "new_account": 0.3})
0.58
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pyarrow as pa
from numpy.typing import NDArray

from sellerstar.errors import InputError
from sellerstar.reviews.brushing_input import Reviews, prepare, read_folder
from sellerstar.reviews.brushing_orders import Orders
from sellerstar.reviews.brushing_signals import BACKBONES, PERIOD, SIGNALS, all_signals
from sellerstar.rules import load_rulebook
from sellerstar.rules.reviews import Brushing

SUSPECTS_SCHEMA = pa.schema(
    [
        ("review_id", pa.string()),
        ("merchant_id", pa.string()),
        ("score", pa.float64()),
        ("signals", pa.string()),
    ]
)


def noisy_or(fired: Mapping[str, bool], weights: Mapping[str, float]) -> float:
    """``1 − Π (1 − weight)`` over the signals that fired, rounded to 4 places."""
    keep = 1.0
    for name, on in fired.items():
        if on:
            keep *= 1.0 - weights[name]
    return round(1.0 - keep, 4)


def scores(signals: Mapping[str, NDArray[np.bool_]], rules: Brushing) -> NDArray[np.float64]:
    """The score of every review: the noisy-OR of its signals when it has a backbone, else
    0."""
    size = len(next(iter(signals.values())))
    keep = np.ones(size)
    for name in SIGNALS:
        if name not in PERIOD:
            keep *= np.where(signals[name], 1.0 - getattr(rules.weights, name), 1.0)
    # The period signals say the same thing (this merchant's period is not ordinary) about
    # every review in it: together they count as the strongest of them, not as two.
    period = np.zeros(size)
    for name in PERIOD:
        period = np.maximum(period, np.where(signals[name], getattr(rules.weights, name), 0.0))
    keep *= 1.0 - period
    backbone = np.zeros(size, dtype=bool)
    for name in BACKBONES:
        backbone |= signals[name]
    return np.where(backbone, np.round(1.0 - keep, 4), 0.0)


def detect(reviews: pa.Table, buyers: pa.Table, orders: Orders, rules: Brushing) -> pa.Table:
    """``brushing_suspects``: one row per suspected review (review_id, merchant_id, score,
    signals = the fired signals' codes joined by ``;``), by review_id. The orders may be
    a Parquet file, read a batch at a time."""
    prepared = prepare(reviews, buyers, orders)
    # The signals need only the prepared arrays: what the caller no longer holds goes.
    del reviews, buyers, orders
    pa.default_memory_pool().release_unused()
    return suspects(prepared, rules)


def suspects(reviews: Reviews, rules: Brushing) -> pa.Table:
    """The suspects among prepared reviews."""
    if reviews.size == 0:
        return SUSPECTS_SCHEMA.empty_table()
    signals = all_signals(reviews, rules)
    score = scores(signals, rules)
    chosen = np.flatnonzero(score >= rules.report_threshold)
    fired_names = [";".join(name for name in SIGNALS if signals[name][i]) for i in chosen.tolist()]
    table = pa.table(
        {
            "review_id": reviews.review_id.take(pa.array(chosen)),
            "merchant_id": reviews.merchant_id.take(pa.array(reviews.merchant[chosen])),
            "score": pa.array(score[chosen], pa.float64()),
            "signals": pa.array(fired_names, pa.string()),
        },
        schema=SUSPECTS_SCHEMA,
    )
    return table.sort_by([("review_id", "ascending")])


def detect_folder(folder: Path, rules: Brushing, timezone: str) -> pa.Table:
    """Suspects of a data-lake folder's ``transaction_reviews``, ``buyers`` and
    ``orders``."""
    reviews, buyers, orders = read_folder(folder, timezone)
    return detect(reviews, buyers, orders, rules)


def brushing_rules(
    day: dt.date | None = None, rules_dir: Path | None = None, now: dt.datetime | None = None
) -> tuple[Brushing, str]:
    """The brushing rules and platform time zone of the rule-set in force on ``day``, or
    at ``now`` (default: the current instant)."""
    book = load_rulebook(rules_dir)
    rule_set = (
        book.in_force(day) if day is not None else book.in_force_at(now or dt.datetime.now(dt.UTC))
    )
    if rule_set.reviews is None or rule_set.reviews.brushing is None:
        when = day.isoformat() if day is not None else "today"
        raise InputError(f"rule-set {rule_set.id} (in force {when}) has no brushing rules")
    return rule_set.reviews.brushing, rule_set.calendar.timezone
