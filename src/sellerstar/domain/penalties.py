"""The penalty-points ledger's rules (rulebook §3.1): which points count on a stat date and
the risk health score they make.

One row of the ledger is one violation from any source (a late shipment, a radar
delisting, a point the marketplace recorded). On stat date S it is **active** when it is
not waived and ``occurred_on <= S < expires_on``: it counts from the day it happened and
no longer on its expiry date. The risk health score (0–100) of S is ``100 − deduction ×
active points``, never below the floor; the deduction and the floor are the rule-set's
``[penalty_points]``. The star job computes the same a column at a time
(:mod:`sellerstar.stars.risk_health`); a test proves the two equal.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

FULL_SCORE = 100.0


class PenaltyKind(StrEnum):
    """Where a ledger row comes from (its ``kind``; the key is kind and entity)."""

    LATE_SHIPMENT = "late_shipment"  # entity: the order (jobs/guarantee.py)
    RADAR_DELISTING = "radar_delisting"  # entity: the radar task (services/radar_tasks.py)
    IMPORTED = "imported"  # entity: the marketplace's violation_id (contract `violations`)
    REVIEW_BRUSHING = "review_brushing"  # entity: the brushing case (services/review_brushing.py)


class RiskHealthSource(StrEnum):
    """Where a star evaluation's risk health score came from."""

    LEDGER = "ledger"  # derived from the active points of the ledger
    IMPORTED = "imported"  # the marketplace's assurance_inputs.risk_health_score


def is_active(occurred_on: dt.date, expires_on: dt.date, waived: bool, stat_date: dt.date) -> bool:
    """Whether a ledger row counts on ``stat_date``.

    >>> day = dt.date(2022, 11, 30)
    >>> is_active(day, dt.date(2023, 11, 30), False, day)  # counts from its own day
    True
    >>> is_active(dt.date(2021, 11, 30), day, False, day)  # not on its expiry date
    False
    >>> is_active(day, dt.date(2023, 11, 30), True, day)  # a waived row never counts
    False
    """
    return not waived and occurred_on <= stat_date < expires_on


def risk_health_score(active_points: float, deduction_per_point: float, floor: float) -> float:
    """The risk health score of a merchant with ``active_points`` on a stat date.

    >>> risk_health_score(0, 2.0, 0.0), risk_health_score(3, 2.0, 0.0)
    (100.0, 94.0)
    >>> risk_health_score(60, 2.0, 0.0), risk_health_score(60, 2.0, 30.0)
    (0.0, 30.0)
    """
    return max(floor, FULL_SCORE - deduction_per_point * active_points)
