"""Platform calendar: platform dates, view and stat dates, months and official evaluations.

Every rule works on calendar dates in the platform time zone. A merchant viewing the
backend on view date V sees the figures of stat date S = V - lag. Time zones, lags and
evaluation days are passed in (they come from the rule-set); nothing here reads a clock.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_MONTH = re.compile(r"(\d{4})-(\d{2})")


class MonthFormatError(ValueError):
    """A month is not written ``YYYY-MM`` or does not exist."""


def _zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown IANA time zone {tz!r}") from None


def platform_date(ts: dt.datetime, tz: str) -> dt.date:
    """The calendar date of an instant in the platform time zone.

    A naive timestamp is already platform time (data contract), so only its date is taken.

    >>> platform_date(dt.datetime(2022, 11, 10, 17, 30, tzinfo=dt.UTC), "Asia/Shanghai")
    datetime.date(2022, 11, 11)
    >>> platform_date(dt.datetime(2022, 11, 10, 23, 59), "Asia/Shanghai")
    datetime.date(2022, 11, 10)
    """
    if ts.tzinfo is None or ts.utcoffset() is None:
        return ts.date()
    return ts.astimezone(_zone(tz)).date()


def stat_date_for_view(view: dt.date, lag: int) -> dt.date:
    """The stat date whose figures a merchant sees on view date ``view``.

    >>> stat_date_for_view(dt.date(2022, 11, 8), 2)
    datetime.date(2022, 11, 6)
    """
    return view - dt.timedelta(days=lag)


def view_date_for_stat(stat: dt.date, lag: int) -> dt.date:
    """The first view date on which the figures of stat date ``stat`` are shown.

    >>> view_date_for_stat(dt.date(2022, 11, 9), 2)
    datetime.date(2022, 11, 11)
    """
    return stat + dt.timedelta(days=lag)


def parse_month(text: str) -> dt.date:
    """The first day of a month written ``YYYY-MM``; anything else raises MonthFormatError.

    >>> parse_month("2022-12")
    datetime.date(2022, 12, 1)
    >>> parse_month("2022-13")
    Traceback (most recent call last):
    ...
    sellerstar.domain.calendar.MonthFormatError: '2022-13' is not a month: month must be in 1..12
    """
    match = _MONTH.fullmatch(text.strip())
    if match is None:
        raise MonthFormatError(f"{text!r} is not a month: expected YYYY-MM, e.g. 2022-12")
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), 1)
    except ValueError as exc:
        raise MonthFormatError(f"{text!r} is not a month: {exc}") from None


def previous_month_range(month: str) -> tuple[dt.date, dt.date]:
    """First and last day of the calendar month before ``month`` (``YYYY-MM``).

    >>> previous_month_range("2022-12")
    (datetime.date(2022, 11, 1), datetime.date(2022, 11, 30))
    >>> previous_month_range("2023-01")
    (datetime.date(2022, 12, 1), datetime.date(2022, 12, 31))
    """
    last = parse_month(month) - dt.timedelta(days=1)
    return last.replace(day=1), last


def official_evaluation_at(month: str, day: int, at_time: dt.time, tz: str) -> dt.datetime:
    """The instant of a month's official evaluation, aware in the platform time zone.

    >>> official_evaluation_at("2022-12", 5, dt.time(9, 0), "Asia/Shanghai").isoformat()
    '2022-12-05T09:00:00+08:00'
    """
    first = parse_month(month)
    try:
        day_of_evaluation = first.replace(day=day)
    except ValueError:
        raise ValueError(f"{month} has no day {day}") from None
    return dt.datetime.combine(day_of_evaluation, at_time, tzinfo=_zone(tz))
