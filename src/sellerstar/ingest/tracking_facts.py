"""What a tracking source says about parcels, as plain data: the shape every parser returns.

A parser never raises on bad input: what it cannot read comes back as a :class:`Problem`
naming the offending field (``data.track_info.tracking.providers[0].events[2].time_utc``),
so a webhook can answer 400 with it and a CLI can print it.

>>> problems: list[Problem] = []
>>> read_instant("2022-04-04T16:35:22-07:00", "t", dt.UTC, problems).isoformat()
'2022-04-04T23:35:22+00:00'
>>> read_instant("yesterday", "events[0].time", dt.UTC, problems) is None, str(problems[0])
(True, "events[0].time: 'yesterday' is not an ISO 8601 time")
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

FEEDS: tuple[str, ...] = ("17track", "aftership", "kuaidi100")
"""The tracking sources whose pushes the platform receives."""

_NOT_IN_NUMBER = re.compile(r"[\s\-]+")


@dataclass(frozen=True)
class EventFact:
    """One carrier scan as a source reports it; ``status`` is normalised (or None)."""

    event_time: dt.datetime
    description: str
    location: str | None
    status: str | None


@dataclass(frozen=True)
class ParcelReport:
    """What one delivery says about one parcel.

    ``provider_carrier`` is the source's own carrier id as text (a 17TRACK carrier key such
    as ``"100002"``, an AfterShip slug, a Kuaidi100 company code); the store maps it to
    the platform's carrier code. ``stopped``: the source stopped tracking the number.
    """

    feed: str
    tracking_number: str
    provider_carrier: str | None
    events: tuple[EventFact, ...]
    stopped: bool = False


@dataclass(frozen=True)
class Problem:
    """A field of a payload that cannot be read, and why."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


@dataclass(frozen=True)
class Parsed:
    """A parsed payload: its kind (the source's event name), reports and problems."""

    kind: str
    reports: tuple[ParcelReport, ...] = ()
    problems: tuple[Problem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def event_count(self) -> int:
        return sum(len(report.events) for report in self.reports)


def number_key(tracking_number: str) -> str:
    """The form of a tracking number used to match it across sources and uploads.

    >>> number_key(" 1z 999-aa1 ")
    '1Z999AA1'
    """
    return _NOT_IN_NUMBER.sub("", tracking_number).upper()


def read_object(value: Any, path: str, problems: list[Problem]) -> Mapping[str, Any] | None:
    """``value`` if it is a JSON object, else a problem."""
    if isinstance(value, Mapping):
        return value
    problems.append(Problem(path, f"expected an object, got {_kind(value)}"))
    return None


def read_list(
    value: Any, path: str, problems: list[Problem], *, empty_ok: bool = True
) -> list[Any]:
    """``value`` if it is a JSON array (null reads as empty when ``empty_ok``)."""
    if value is None and empty_ok:
        return []
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return list(value)
    problems.append(Problem(path, f"expected an array, got {_kind(value)}"))
    return []


def read_text(
    value: Any, path: str, problems: list[Problem], *, required: bool = True
) -> str | None:
    """A non-empty string (numbers are read as their text); None/empty is a problem if
    ``required``."""
    if isinstance(value, bool):
        problems.append(Problem(path, f"expected text, got {_kind(value)}"))
        return None
    if isinstance(value, int | float):
        value = str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            problems.append(Problem(path, "is missing or empty"))
        return None
    problems.append(Problem(path, f"expected text, got {_kind(value)}"))
    return None


def read_instant(
    value: Any, path: str, zone: dt.tzinfo, problems: list[Problem]
) -> dt.datetime | None:
    """An ISO 8601 time (``T`` or a space between date and time; ``Z`` or an offset).

    A time without an offset is read in ``zone``, the platform time zone (data contract).
    """
    text = read_text(value, path, problems)
    if text is None:
        return None
    try:
        instant = dt.datetime.fromisoformat(text)
    except ValueError:
        problems.append(Problem(path, f"{text!r} is not an ISO 8601 time"))
        return None
    if instant.tzinfo is None or instant.utcoffset() is None:
        instant = instant.replace(tzinfo=zone)
    return instant.astimezone(dt.UTC)


def join_location(*parts: Any) -> str | None:
    """Non-empty text parts joined with ", " (a location built from address fields).

    >>> join_location("Ontario", None, "", "US")
    'Ontario, US'
    """
    texts = [str(p).strip() for p in parts if isinstance(p, str | int) and str(p).strip()]
    return ", ".join(texts) or None


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, Sequence):
        return "an array"
    return type(value).__name__
