"""What one stat date's evaluation reads: one array element per merchant.

The arrays come from the store (:mod:`sellerstar.stars.inputs`) or from a test; the
evaluation (:mod:`sellerstar.stars.scoring`) never looks anywhere else. An empty input is
NaN (numbers) or ``False`` with its own "present" flag, so whole columns are computed at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

Floats = NDArray[np.float64]
Ints = NDArray[np.int64]
Bools = NDArray[np.bool_]
Texts = NDArray[np.object_]

CAPABILITIES: tuple[str, ...] = ("merchant", "marketing", "transaction", "assurance")
"""The four capabilities, in the order a tie for "held back by" is decided."""

INPUT_CAPABILITIES: tuple[str, ...] = ("merchant", "marketing", "transaction")
"""Capabilities whose score the marketplace supplies (table ``capability_scores``)."""

METRIC_SOURCES: dict[str, str] = {
    "on_time_shipment_rate": "ots_rate",
    "risk_health_score": "risk_health_score",
    "buyer_review_score": "buyer_review_score",
    "tracking_visibility_rate": "tv_rate",
    "guaranteed_delivery_coverage": "gd_rate",
}
"""Rule-set metric name -> the input column holding its value."""


@dataclass(frozen=True)
class StarInputs:
    """Inputs of every merchant on one stat date.

    ``*_from`` hold the stat date of the as-of row used (None when there is none), so a
    page can say "scores of 2022-11-01".

    >>> inputs = StarInputs.empty(dt.date(2022, 11, 30), ["M1", "M2"])
    >>> inputs.size, bool(inputs.has_metrics.any()), float(inputs.tv_rate[0])
    (2, False, nan)
    """

    stat_date: dt.date
    merchant_id: Texts
    # merchant_metrics of the stat date
    has_metrics: Bools
    ots_due: Floats
    ots_rate: Floats
    tv_rate: Floats
    gd_rate: Floats
    gd_orders: Floats
    gd_default_pass: Bools
    # assurance_inputs, as of the stat date; the risk health score is replaced by the one
    # the penalty-points ledger gives when the rule-set says so (``penalty_points`` holds
    # the active points then, NaN when the score is the imported one)
    has_assurance_inputs: Bools
    risk_health_score: Floats
    buyer_review_score: Floats
    assurance_inputs_from: Texts
    penalty_points: Floats
    # capability_scores, as of the stat date
    has_capability_scores: Bools
    merchant_score: Floats
    marketing_score: Floats
    transaction_score: Floats
    capability_scores_from: Texts
    # fast-trade track: enrolment at the end of the stat date, listed fast RTS products
    enrolled: Bools
    fast_rts_products: Ints

    @property
    def size(self) -> int:
        """Number of merchants."""
        return len(self.merchant_id)

    def value(self, column: str) -> Floats:
        """The float column named ``column`` (see :data:`METRIC_SOURCES`)."""
        return np.asarray(getattr(self, column), dtype=np.float64)

    @classmethod
    def empty(cls, stat_date: dt.date, merchant_ids: list[str]) -> StarInputs:
        """Inputs with every value missing, to be filled column by column."""
        size = len(merchant_ids)

        def nan() -> Floats:
            return np.full(size, np.nan)

        def no() -> Bools:
            return np.zeros(size, dtype=bool)

        def none() -> Texts:
            return np.full(size, None, dtype=object)

        return cls(
            stat_date=stat_date,
            merchant_id=np.array(merchant_ids, dtype=object),
            has_metrics=no(),
            ots_due=nan(),
            ots_rate=nan(),
            tv_rate=nan(),
            gd_rate=nan(),
            gd_orders=nan(),
            gd_default_pass=no(),
            has_assurance_inputs=no(),
            risk_health_score=nan(),
            buyer_review_score=nan(),
            assurance_inputs_from=none(),
            penalty_points=nan(),
            has_capability_scores=no(),
            merchant_score=nan(),
            marketing_score=nan(),
            transaction_score=nan(),
            capability_scores_from=none(),
            enrolled=no(),
            fast_rts_products=np.zeros(size, dtype=np.int64),
        )
