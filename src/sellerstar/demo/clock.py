"""Time as int64 microseconds since the Unix epoch (UTC), and platform calendar days.

Every timestamp the generator makes is an int64 of microseconds, the storage of Arrow's
``timestamp[us, tz=UTC]``. A platform date is a day number (days since 1970-01-01 in the
platform time zone); the zone must keep one UTC offset over the generated span.

>>> clock = Clock.for_zone("Asia/Shanghai", dt.date(2022, 6, 1), dt.date(2022, 12, 6))
>>> clock.date(clock.as_of_day), clock.day_of(np.array([clock.cutoff - 1])).tolist()
(datetime.date(2022, 12, 6), [19332])
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import numpy as np
import pyarrow as pa
from numpy.typing import NDArray

from sellerstar.errors import ConfigurationError

SECOND = 1_000_000
MINUTE = 60 * SECOND
HOUR = 60 * MINUTE
DAY = 24 * HOUR
# "Not happened (yet)": compares after every real instant, so `t <= cutoff` is False.
NEVER = np.iinfo(np.int64).max

Times = NDArray[np.int64]


@dataclass(frozen=True)
class Clock:
    """Platform calendar of one generated marketplace: its zone offset and its cut-off."""

    zone: str
    offset: int  # microseconds east of UTC
    start_day: int  # first platform day with orders
    as_of_day: int  # last platform day of data

    @classmethod
    def for_zone(cls, zone: str, start: dt.date, as_of: dt.date) -> Clock:
        """A clock for ``zone`` from ``start`` to ``as_of``; a zone whose offset changes
        within the span is refused (day arithmetic uses one offset)."""
        tz = ZoneInfo(zone)
        offsets = {
            tz.utcoffset(dt.datetime.combine(day, dt.time(12)))
            for day in (start, as_of, *(_month_starts(start, as_of)))
        }
        if len(offsets) != 1:
            raise ConfigurationError(
                f"time zone {zone} changes its UTC offset between {start} and {as_of}; "
                "the demo generator needs a fixed offset"
            )
        offset = offsets.pop()
        assert offset is not None
        micro = int(offset.total_seconds()) * SECOND
        return cls(zone, micro, _epoch_day(start), _epoch_day(as_of))

    @staticmethod
    def day_number(day: dt.date) -> int:
        """Days since 1970-01-01."""
        return _epoch_day(day)

    @property
    def cutoff(self) -> int:
        """First instant after the data: midnight ending the as-of day (exclusive)."""
        return self.start_of_day(self.as_of_day + 1)

    @property
    def days(self) -> int:
        """Number of platform days with orders, both ends included."""
        return self.as_of_day - self.start_day + 1

    def day_start(self, day: Times) -> Times:
        """UTC instants of the platform midnights starting each ``day``."""
        return np.asarray(day, dtype=np.int64) * DAY - self.offset

    def day_of(self, instant: Times) -> Times:
        """Platform day numbers of instants."""
        return (np.asarray(instant, dtype=np.int64) + self.offset) // DAY

    def start_of_day(self, day: int) -> int:
        """UTC instant of the platform midnight starting ``day`` (scalar)."""
        return int(day) * DAY - self.offset

    def date(self, day: int) -> dt.date:
        """The calendar date of a day number."""
        return dt.date(1970, 1, 1) + dt.timedelta(days=int(day))


def _epoch_day(day: dt.date) -> int:
    return (day - dt.date(1970, 1, 1)).days


def _month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    months, day = [], start.replace(day=1)
    while day <= end:
        months.append(day)
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return months


def timestamps(instants: Times) -> pa.Array:
    """Microsecond instants as ``timestamp[us, tz=UTC]``; NEVER becomes null."""
    return pa.array(instants, type=pa.timestamp("us", tz="UTC"), mask=instants == NEVER)
