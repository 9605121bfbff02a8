"""The ledger's rules (rulebook §3.1): the domain's definition for one row and one merchant,
and the star job's column-wise version, proven equal."""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from sellerstar.domain.penalties import is_active, risk_health_score
from sellerstar.stars.risk_health import Ledger, scores

S = dt.date(2022, 11, 30)
DAY = dt.timedelta(days=1)


def test_a_row_is_active_from_its_day_until_the_day_before_its_expiry() -> None:
    assert is_active(S, S + DAY, False, S)
    assert not is_active(S + DAY, S + 2 * DAY, False, S)  # not yet
    assert is_active(S - 364 * DAY, S + DAY, False, S)
    assert not is_active(S - 365 * DAY, S, False, S)  # expired on S
    assert not is_active(S, S + DAY, True, S)  # waived


def test_the_score_loses_the_deduction_per_point_down_to_the_floor() -> None:
    assert risk_health_score(0, 2.0, 0.0) == 100.0
    assert risk_health_score(49.5, 2.0, 0.0) == 1.0
    assert risk_health_score(50, 2.0, 0.0) == 0.0
    assert risk_health_score(51, 2.0, 0.0) == 0.0  # not below the floor
    assert risk_health_score(35, 2.0, 30.0) == 30.0
    assert risk_health_score(34, 2.0, 30.0) == 32.0


_rows = st.lists(
    st.tuples(
        st.integers(0, 4),  # merchant
        st.integers(-400, 400),  # occurred, days from S
        st.integers(0, 400),  # lasts this many days
        st.sampled_from([0.5, 1.0, 2.0, 6.0]),
        st.booleans(),  # waived
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(
    rows=_rows,
    deduction=st.sampled_from([0.0, 1.0, 2.0, 2.5]),
    floor=st.sampled_from([0.0, 20.0]),
)
def test_the_columns_give_what_the_definition_gives(
    rows: list[tuple[int, int, int, float, bool]], deduction: float, floor: float
) -> None:
    occurred = [S + offset * DAY for _, offset, _, _, _ in rows]
    expires = [day + lasts * DAY for day, (_, _, lasts, _, _) in zip(occurred, rows, strict=True)]
    ledger = Ledger.of(
        merchant=np.array([row[0] for row in rows], dtype=np.int64),
        occurred_on=occurred,
        expires_on=expires,
        points=np.array([row[3] for row in rows]),
        waived=np.array([row[4] for row in rows], dtype=bool),
    )
    points = ledger.active_points(S, size=5)
    columns = scores(points, deduction_per_point=deduction, floor=floor)
    for merchant in range(5):
        expected = sum(
            row[3]
            for row, day, end in zip(rows, occurred, expires, strict=True)
            if row[0] == merchant and is_active(day, end, row[4], S)
        )
        assert points[merchant] == expected
        assert columns[merchant] == risk_health_score(expected, deduction, floor)
