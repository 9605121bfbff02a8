"""Rulebook §2A timing: the daily job once per view date, the official evaluation on the
5th at 09:00 (and later, until it is published)."""

from __future__ import annotations

import datetime as dt

import pytest

from sellerstar.domain.schedule import Task, due, next_wake

TIMES = {"daily_at": dt.time(1, 0), "official_day": 5, "official_at": dt.time(9, 0)}


@pytest.mark.parametrize(
    ("now", "last_daily", "expected"),
    [
        (dt.datetime(2022, 12, 3, 0, 59), dt.date(2022, 12, 2), []),
        (dt.datetime(2022, 12, 3, 1, 0), dt.date(2022, 12, 2), [Task("daily", "2022-12-03")]),
        (dt.datetime(2022, 12, 3, 23, 0), dt.date(2022, 12, 3), []),
        (dt.datetime(2022, 12, 3, 2, 0), None, [Task("daily", "2022-12-03")]),
    ],
)
def test_the_daily_job_runs_once_per_view_date_from_its_time(
    now: dt.datetime, last_daily: dt.date | None, expected: list[Task]
) -> None:
    assert due(now, last_daily_view=last_daily, published={"2022-12"}, **TIMES) == expected


@pytest.mark.parametrize(
    ("now", "published", "expected"),
    [
        (dt.datetime(2022, 12, 5, 8, 59), set(), []),
        (dt.datetime(2022, 12, 5, 9, 0), set(), [Task("official", "2022-12")]),
        (dt.datetime(2022, 12, 5, 9, 0), {"2022-12"}, []),
        (dt.datetime(2022, 12, 4, 23, 0), set(), []),
        # A scheduler that was down on the 5th catches up later in the month.
        (dt.datetime(2022, 12, 20, 12, 0), {"2022-11"}, [Task("official", "2022-12")]),
    ],
)
def test_the_official_evaluation_is_due_from_the_5th_at_9(
    now: dt.datetime, published: set[str], expected: list[Task]
) -> None:
    assert due(now, last_daily_view=now.date(), published=published, **TIMES) == expected


def test_next_wake_is_the_nearest_due_time() -> None:
    assert next_wake(dt.datetime(2022, 12, 5, 0, 30), **TIMES) == dt.datetime(2022, 12, 5, 1)
    assert next_wake(dt.datetime(2022, 12, 5, 1, 0), **TIMES) == dt.datetime(2022, 12, 5, 9)
    assert next_wake(dt.datetime(2022, 12, 6, 10, 0), **TIMES) == dt.datetime(2022, 12, 7, 1)
