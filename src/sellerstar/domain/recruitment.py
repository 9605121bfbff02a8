"""Talent recruitment (人才招聘): the platform's four certifications, a job's life cycle,
interview outcomes, and the explanation of a match. Pure: standard library only.

A job is drafted, opened (candidates are recommended and interviews scheduled) and closed;
a closed job stays closed. A candidate's explanation counts the job's required
certifications the talent holds and names the missing ones.

>>> JobState.DRAFT.can_become(JobState.OPEN), JobState.CLOSED.can_become(JobState.OPEN)
(True, False)
>>> held = certification_fit(
...     {Certification.PLATFORM_OPERATIONS, Certification.ADVERTISING},
...     (Certification.PLATFORM_OPERATIONS, Certification.DATA_ANALYSIS),
... )
>>> held.held, held.total, [c.value for c in held.missing]
(1, 2, ['data_analysis'])
>>> parse_codes("advertising; data_analysis")
(<Certification.ADVERTISING: 'advertising'>, <Certification.DATA_ANALYSIS: 'data_analysis'>)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Certification(StrEnum):
    """The platform's certifications of e-commerce talent (the seed's four: 平台运营,
    直播, 广告投放, 数据分析); the codes of ``talent_certifications.kind``."""

    PLATFORM_OPERATIONS = "platform_operations"
    LIVE_STREAMING = "live_streaming"
    ADVERTISING = "advertising"
    DATA_ANALYSIS = "data_analysis"


class JobState(StrEnum):
    """A job's life: a draft only its merchant sees, open (candidates recommended,
    interviews scheduled), closed (kept for the record)."""

    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"

    def can_become(self, target: JobState) -> bool:
        """Whether a job in this state may move to ``target``."""
        return target in _NEXT[self]


_NEXT: dict[JobState, frozenset[JobState]] = {
    JobState.DRAFT: frozenset({JobState.OPEN, JobState.CLOSED}),
    JobState.OPEN: frozenset({JobState.CLOSED}),
    JobState.CLOSED: frozenset(),
}


class InterviewState(StrEnum):
    """An interview's life: scheduled (it holds both sides' time), cancelled (frees it),
    or done with an outcome recorded."""

    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"
    DONE = "done"


class InterviewOutcome(StrEnum):
    """What came of an interview that took place (or did not: no-show)."""

    PASSED = "passed"
    REJECTED = "rejected"
    NO_SHOW = "no_show"
    OFFER = "offer"


class WorkMode(StrEnum):
    """Where a job is done: in a city, or remotely."""

    ON_SITE = "on_site"
    REMOTE = "remote"


SEPARATOR = ";"
"""Lists in one text field (skills, certification codes) are separated by semicolons."""


def split_list(text: str | None) -> tuple[str, ...]:
    """The non-empty, stripped items of a ``;``-separated field (full-width ； too),
    without repeats, in order.

    >>> split_list(" Excel ;直播；; excel")
    ('Excel', '直播')
    """
    if not text:
        return ()
    seen: dict[str, str] = {}
    for item in text.replace("；", SEPARATOR).split(SEPARATOR):
        item = item.strip()
        if item and item.casefold() not in seen:
            seen[item.casefold()] = item
    return tuple(seen.values())


def parse_codes(text: str | None) -> tuple[Certification, ...]:
    """Certification codes from a ``;``-separated field, in the enum's order.

    Raises ``ValueError`` naming an unknown code.
    """
    given = set()
    for item in split_list(text):
        try:
            given.add(Certification(item))
        except ValueError:
            raise ValueError(f"unknown certification {item!r}") from None
    return tuple(c for c in Certification if c in given)


def join_codes(codes: Iterable[Certification]) -> str:
    """The stored form of a certification list."""
    return SEPARATOR.join(c.value for c in Certification if c in set(codes))


@dataclass(frozen=True)
class CertificationFit:
    """How many of a job's certifications (required or preferred) a talent holds."""

    held: int
    total: int
    missing: tuple[Certification, ...]


def certification_fit(
    holds: Iterable[Certification], wanted: Iterable[Certification]
) -> CertificationFit:
    """The talent's fit to the ``wanted`` certifications."""
    have = set(holds)
    wanted = tuple(wanted)
    missing = tuple(c for c in wanted if c not in have)
    return CertificationFit(len(wanted) - len(missing), len(wanted), missing)


_KIND_PREFIX: dict[Certification, str] = {
    Certification.PLATFORM_OPERATIONS: "PO",
    Certification.LIVE_STREAMING: "LS",
    Certification.ADVERTISING: "AD",
    Certification.DATA_ANALYSIS: "DA",
}


def _luhn_digit(digits: str) -> int:
    """The Luhn check digit of a string of digits."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


def certificate_id(kind: Certification, serial: int) -> str:
    """The programme's certificate id: ``SC-<kind>-<8-digit serial><Luhn check digit>``.

    >>> certificate_id(Certification.DATA_ANALYSIS, 127)
    'SC-DA-000001271'
    """
    digits = f"{serial:08d}"
    return f"SC-{_KIND_PREFIX[kind]}-{digits}{_luhn_digit(digits)}"


def check_digit_fails(text: str) -> bool:
    """Whether ``text`` is shaped like a programme id whose check digit is wrong (most
    likely mistyped); ids of other shapes (imported from elsewhere) are not judged.

    >>> check_digit_fails("SC-DA-000001271"), check_digit_fails("SC-DA-000001272")
    (False, True)
    >>> check_digit_fails("CERT-42")
    False
    """
    parts = text.strip().upper().split("-")
    if len(parts) != 3 or parts[0] != "SC" or parts[1] not in _KIND_PREFIX.values():
        return False
    number = parts[2]
    if len(number) != 9 or not number.isdigit():
        return False
    return _luhn_digit(number[:-1]) != int(number[-1])


def valid_salary(minimum: int, maximum: int) -> bool:
    """A salary range is whole, non-negative and not upside down.

    >>> valid_salary(8000, 12000), valid_salary(12000, 8000), valid_salary(-1, 5)
    (True, False, False)
    """
    return 0 <= minimum <= maximum


def overlaps(
    start: dt.datetime, end: dt.datetime, other_start: dt.datetime, other_end: dt.datetime
) -> bool:
    """Whether two half-open intervals ``[start, end)`` overlap: back-to-back interviews
    (one ends at 10:00, the next starts at 10:00) do not.

    >>> t = lambda h: dt.datetime(2022, 11, 1, h, tzinfo=dt.UTC)
    >>> overlaps(t(9), t(10), t(10), t(11)), overlaps(t(9), t(11), t(10), t(12))
    (False, True)
    """
    return start < other_end and other_start < end


__all__ = [
    "SEPARATOR",
    "Certification",
    "CertificationFit",
    "InterviewOutcome",
    "InterviewState",
    "JobState",
    "WorkMode",
    "certificate_id",
    "certification_fit",
    "check_digit_fails",
    "join_codes",
    "overlaps",
    "parse_codes",
    "split_list",
    "valid_salary",
]
