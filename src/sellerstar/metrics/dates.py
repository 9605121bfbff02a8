"""Platform calendar dates of instants, exactly, as engine expressions.

Every metric works on *day numbers*: days since 1970-01-01 of the platform-time-zone
calendar date. Instants are held in UTC inside the engines (the sessions run in UTC).
The local date of an instant is ``date(instant + offset)``; a zone with daylight saving
has several offsets, so :class:`DayClock` finds every offset change within the span of
days it serves and builds a ``CASE`` over those change instants. An instant outside the
span gets the nearest offset: its date may be off by one, which cannot matter because the
span reaches past every window the metrics look at.

"By the end of stat date S" is ``day(t) <= S``, which equals ``t < start of S + 1``.

>>> clock = DayClock("Asia/Shanghai", dt.date(2022, 11, 1), dt.date(2022, 11, 30))
>>> clock.start_utc(day_number(dt.date(2022, 11, 11)))
datetime.datetime(2022, 11, 10, 16, 0)
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import ibis
import ibis.expr.types as ir

EPOCH = dt.date(1970, 1, 1)
FAR_FUTURE = 10**6
"""A day number later than any real date: the open end of an interval."""


def day_number(day: dt.date) -> int:
    """Days since 1970-01-01.

    >>> day_number(dt.date(1970, 1, 2))
    1
    """
    return (day - EPOCH).days


def from_day_number(number: int) -> dt.date:
    """The date of a day number.

    >>> from_day_number(19300)
    datetime.date(2022, 11, 4)
    """
    return EPOCH + dt.timedelta(days=number)


def date_range(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every date from ``first`` to ``last``, both included.

    >>> [d.day for d in date_range(dt.date(2022, 1, 30), dt.date(2022, 2, 1))]
    [30, 31, 1]
    """
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


class DayClock:
    """Local day numbers of UTC instants in one time zone, for days ``first`` … ``last``.

    >>> clock = DayClock("Europe/Berlin", dt.date(2022, 3, 1), dt.date(2022, 4, 30))
    >>> [(t.isoformat(), s) for t, s in clock.changes]
    [('2022-03-27T01:00:00', 7200)]
    """

    def __init__(self, timezone: str, first: dt.date, last: dt.date) -> None:
        self.zone = ZoneInfo(timezone)
        self.first = first
        self.last = last
        start = dt.datetime.combine(first - dt.timedelta(days=2), dt.time(), dt.UTC)
        end = dt.datetime.combine(last + dt.timedelta(days=3), dt.time(), dt.UTC)
        self.initial_offset = self._offset(start)
        self.changes: list[tuple[dt.datetime, int]] = _offset_changes(self.zone, start, end)

    def _offset(self, instant: dt.datetime) -> int:
        offset = instant.astimezone(self.zone).utcoffset()
        assert offset is not None
        return int(offset.total_seconds())

    def start_utc(self, day: int) -> dt.datetime:
        """The naive UTC instant at which local day ``day`` begins."""
        local = dt.datetime.combine(from_day_number(day), dt.time(), self.zone)
        return local.astimezone(dt.UTC).replace(tzinfo=None)

    def on_days(self, instant: ir.TimestampValue, first: int, last: int) -> ir.BooleanValue:
        """``first <= day(instant) <= last``, as two comparisons with constant instants
        (cheap, and a Parquet scan can skip on them)."""
        return (instant >= ibis.literal(self.start_utc(first), type="timestamp")) & (
            instant < ibis.literal(self.start_utc(last + 1), type="timestamp")
        )

    def day(self, instant: ir.TimestampValue) -> ir.IntegerValue:
        """Local day number of a UTC instant column (null stays null)."""
        epoch = ibis.date(EPOCH.year, EPOCH.month, EPOCH.day)

        def at(offset: int) -> ir.IntegerValue:
            local_date = (instant + ibis.interval(seconds=offset)).date()
            return local_date.delta(epoch, unit="day")

        if not self.changes:
            return at(self.initial_offset)
        branches = []
        offset = self.initial_offset
        for change, new_offset in self.changes:
            branches.append((instant < ibis.literal(change, type="timestamp"), at(offset)))
            offset = new_offset
        return ibis.cases(*branches, else_=at(offset))

    def utc_from_local(self, wall: ir.TimestampValue) -> ir.TimestampValue:
        """UTC instant of a platform wall-clock time (a naive timestamp of the contract).

        As Arrow's ``assume_timezone(ambiguous="earliest", nonexistent="earliest")`` (and
        the importer): a time in a daylight-saving fold is the earlier instant, a time in
        a gap is the last microsecond before the change.
        """
        offset = self.initial_offset
        branches: list[tuple[ir.BooleanValue, ir.TimestampValue]] = []
        for change, new_offset in self.changes:
            fold_end = change + dt.timedelta(seconds=offset)
            branches.append((wall < ibis.literal(fold_end, type="timestamp"), _minus(wall, offset)))
            if new_offset > offset:
                gap_end = change + dt.timedelta(seconds=new_offset)
                branches.append(
                    (
                        wall < ibis.literal(gap_end, type="timestamp"),
                        ibis.literal(change - dt.timedelta(microseconds=1), type="timestamp"),
                    )
                )
            offset = new_offset
        if not branches:
            return _minus(wall, offset)
        return ibis.cases(*branches, else_=_minus(wall, offset))


def _minus(wall: ir.TimestampValue, offset: int) -> ir.TimestampValue:
    return wall - ibis.interval(seconds=offset)


def _offset_changes(
    zone: ZoneInfo, start: dt.datetime, end: dt.datetime
) -> list[tuple[dt.datetime, int]]:
    """(naive UTC instant, new offset in seconds) of every offset change in [start, end)."""

    def offset(instant: dt.datetime) -> int:
        value = instant.astimezone(zone).utcoffset()
        assert value is not None
        return int(value.total_seconds())

    changes: list[tuple[dt.datetime, int]] = []
    step = dt.timedelta(hours=1)
    here, current = start, offset(start)
    while here < end:
        nxt = here + step
        if offset(nxt) != current:
            # Bisect to the second: real changes fall on whole seconds.
            low, high = here, nxt
            while high - low > dt.timedelta(seconds=1):
                mid = low + (high - low) / 2
                mid = mid.replace(microsecond=0)
                if offset(mid) == current:
                    low = mid
                else:
                    high = mid
            current = offset(high)
            changes.append((high.replace(tzinfo=None), current))
        here = nxt
    return changes
