"""The operators' job page on one clock: the values of a run's parameters and summary as
shown, with a timestamp written by a job (ISO, UTC) moved to the page's time zone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

JOB_PAGE_REFRESH_SECONDS = 5
"""How often the job page reloads itself while a job runs (static/jobs.js)."""


def job_fact_value(zone: str) -> Callable[[Any], str]:
    """A formatter of one value of a run's parameters or summary in ``zone``.

    >>> shown = job_fact_value("Asia/Shanghai")
    >>> shown("2022-11-25T17:00:00+00:00"), shown("2022-12-04"), shown(None), shown(7)
    ('2022-11-26 01:00', '2022-12-04', '—', '7')
    """
    where = ZoneInfo(zone)

    def shown(value: Any) -> str:
        if value is None:
            return "—"
        if isinstance(value, str) and "T" in value and len(value) > 10:
            try:
                moment = dt.datetime.fromisoformat(value)
            except ValueError:
                return value
            if moment.tzinfo is None:  # the jobs write UTC
                moment = moment.replace(tzinfo=dt.UTC)
            return moment.astimezone(where).strftime("%Y-%m-%d %H:%M")
        return str(value)

    return shown
