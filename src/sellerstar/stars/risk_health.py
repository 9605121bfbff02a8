"""The risk health score from the penalty-points ledger, every merchant at once (§3.1).

The rules are :mod:`sellerstar.domain.penalties` (a row is active when not waived and
``occurred_on <= S < expires_on``; the score is ``max(floor, 100 − deduction × points)``);
this module applies them to whole columns, so a stat date costs one pass over the ledger's
rows, not a query per merchant. ``tests/unit/test_penalty_rules.py`` proves both equal.

>>> import datetime as dt
>>> ledger = Ledger.of(
...     merchant=np.array([0, 0, 1]),
...     occurred_on=[dt.date(2022, 11, 1)] * 3,
...     expires_on=[dt.date(2023, 11, 1)] * 3,
...     points=np.array([2.0, 1.0, 4.0]),
...     waived=np.array([False, True, False]),
... )
>>> ledger.active_points(dt.date(2022, 11, 30), size=3).tolist()
[2.0, 4.0, 0.0]
>>> scores(np.array([2.0, 60.0, 0.0]), deduction_per_point=2.0, floor=0.0).tolist()
[96.0, 0.0, 100.0]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from sellerstar.domain.penalties import FULL_SCORE
from sellerstar.stars.frame import Bools, Floats, Ints

_EPOCH = dt.date(1970, 1, 1)


def epoch_day(day: dt.date) -> int:
    """Days since 1970-01-01."""
    return (day - _EPOCH).days


@dataclass(frozen=True)
class Ledger:
    """Ledger rows as columns; ``merchant`` is each row's merchant position in the
    evaluation's sorted merchant ids, dates are epoch days."""

    merchant: Ints
    occurred_on: Ints
    expires_on: Ints
    points: Floats
    waived: Bools

    @classmethod
    def of(
        cls,
        merchant: Ints,
        occurred_on: Sequence[dt.date],
        expires_on: Sequence[dt.date],
        points: Floats,
        waived: Bools,
    ) -> Ledger:
        """Columns from dates (``datetime.date``) rather than epoch days."""
        return cls(
            merchant=np.asarray(merchant, dtype=np.int64),
            occurred_on=np.array([epoch_day(d) for d in occurred_on], dtype=np.int64),
            expires_on=np.array([epoch_day(d) for d in expires_on], dtype=np.int64),
            points=np.asarray(points, dtype=np.float64),
            waived=np.asarray(waived, dtype=bool),
        )

    @classmethod
    def empty(cls) -> Ledger:
        """A ledger without rows."""
        none = np.zeros(0, dtype=np.int64)
        return cls(none, none, none, np.zeros(0), np.zeros(0, dtype=bool))

    def active_points(self, stat_date: dt.date, size: int) -> Floats:
        """Per merchant position ``0 … size - 1``, the points active on ``stat_date``."""
        day = epoch_day(stat_date)
        active = ~self.waived & (self.occurred_on <= day) & (day < self.expires_on)
        return np.bincount(
            self.merchant[active], weights=self.points[active], minlength=size
        ).astype(np.float64)


def scores(points: Floats, *, deduction_per_point: float, floor: float) -> Floats:
    """The risk health score of each merchant's active points."""
    return np.maximum(floor, FULL_SCORE - deduction_per_point * np.asarray(points, np.float64))
