"""What the scheduler must run now: the daily job and the monthly official evaluation.

Pure: the caller passes the platform-local ``now``, what has been done, and the times.
The daily job of view date V computes stat date V − lag once per day, from ``daily_at``;
the official evaluation of a month is due from its day and time (rulebook §2A: the 5th at
09:00), once the daily job has computed the stat date it needs.

>>> due(dt.datetime(2022, 12, 5, 9, 30), last_daily_view=dt.date(2022, 12, 5),
...     published={"2022-11"}, daily_at=dt.time(1), official_day=5,
...     official_at=dt.time(9))
[Task(kind='official', key='2022-12')]
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Task:
    """One job to run: ``daily`` for a view date (ISO), ``official`` for a month."""

    kind: str
    key: str


def due(
    now: dt.datetime,
    *,
    last_daily_view: dt.date | None,
    published: set[str],
    daily_at: dt.time,
    official_day: int,
    official_at: dt.time,
) -> list[Task]:
    """The tasks due at ``now`` (platform-local, naive), daily first."""
    today = now.date()
    tasks: list[Task] = []
    daily_done = last_daily_view is not None and last_daily_view >= today
    if now.time() >= daily_at and not daily_done:
        tasks.append(Task("daily", today.isoformat()))
    month = f"{today:%Y-%m}"
    evaluation = dt.datetime.combine(today.replace(day=official_day), official_at)
    if now >= evaluation and month not in published:
        tasks.append(Task("official", month))
    return tasks


def next_wake(
    now: dt.datetime, daily_at: dt.time, official_day: int, official_at: dt.time
) -> dt.datetime:
    """The next instant (platform-local) something may fall due after ``now``.

    >>> next_wake(dt.datetime(2022, 12, 5, 8, 0), dt.time(1), 5, dt.time(9))
    datetime.datetime(2022, 12, 5, 9, 0)
    """
    candidates = [
        dt.datetime.combine(now.date(), daily_at),
        dt.datetime.combine(now.date() + dt.timedelta(days=1), daily_at),
        dt.datetime.combine(now.date().replace(day=official_day), official_at),
    ]
    return min(moment for moment in candidates if moment > now)
