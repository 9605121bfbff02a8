"""The guaranteed upgrade service (rulebook §2.1): joining, leaving, fast trade, penalties.

Pure rules on plain values. Dates are platform dates (the caller converts instants in the
platform time zone); every rule number arrives in a rules object the caller builds from
the rule-set in force. A refusal is a reason code plus, when waiting helps, the first date
on which the action becomes possible.

Day counting [decision]: "from the 30th day after the guarantee started" (seed:
「承担保障起之后的第30天，可以退出」) counts the join date as day 0, so leaving is
possible from join date + 30. "Re-joining blocked for 30 days after leaving" blocks the
leave date and the 29 days after it, so re-joining is possible from leave date + 30. Both
rules thus mean "once N calendar days have passed".

>>> rules = EnrolmentRules(("export_pass",), ("active",), 30, 30)
>>> started = (Enrolment(dt.date(2022, 11, 1), None),)
>>> can_leave(started, dt.date(2022, 11, 30), rules).refusals
(Refusal(code='too_early_to_leave', possible_from=datetime.date(2022, 12, 1)),)
>>> can_leave(started, dt.date(2022, 12, 1), rules).allowed
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# Refusal codes of joining and leaving.
ALREADY_ENROLLED = "already_enrolled"
MEMBERSHIP_NOT_QUALIFYING = "membership_not_qualifying"
TRADE_ASSURANCE_NOT_ADMITTED = "trade_assurance_not_admitted"
REJOIN_BLOCKED = "rejoin_blocked"
NOT_ENROLLED = "not_enrolled"
TOO_EARLY_TO_LEAVE = "too_early_to_leave"
# Fast-trade track reasons.
FAST_TRADE_ELIGIBLE = "eligible"
TOO_FEW_FAST_RTS_PRODUCTS = "too_few_fast_rts_products"
# Why a late shipment's penalty points are waived.
WAIVED_WHILE_ENROLLED = "guarantee_enrolled"
LISTED = "listed"


@dataclass(frozen=True)
class EnrolmentRules:
    """Joining and leaving numbers of the rule-set's ``guarantee_service`` section."""

    qualifying_memberships: tuple[str, ...]
    admitted_ta_statuses: tuple[str, ...]
    min_days_before_leaving: int
    rejoin_block_days: int


@dataclass(frozen=True)
class Enrolment:
    """One enrolment period as seen on a platform date: left_on None while enrolled."""

    joined_on: dt.date
    left_on: dt.date | None


@dataclass(frozen=True)
class Refusal:
    """Why an action is refused, and the first date it becomes possible (None: not by
    waiting)."""

    code: str
    possible_from: dt.date | None = None


@dataclass(frozen=True)
class Decision:
    """The answer to "may I?": allowed when nothing refuses it."""

    refusals: tuple[Refusal, ...]

    @property
    def allowed(self) -> bool:
        """True when no rule refuses the action."""
        return not self.refusals

    @property
    def possible_from(self) -> dt.date | None:
        """First date every refusal is lifted by waiting alone; None when one of them cannot
        be lifted by waiting (or nothing refuses)."""
        dates = [refusal.possible_from for refusal in self.refusals]
        if not dates or any(day is None for day in dates):
            return None
        return max(day for day in dates if day is not None)


@dataclass(frozen=True)
class Period:
    """One enrolment period as instants: left_at None while enrolled."""

    joined_at: dt.datetime
    left_at: dt.datetime | None


def enrolled_at(periods: Sequence[Period], instant: dt.datetime) -> bool:
    """Whether ``instant`` lies in a period: joined at or before it, not left by then.

    >>> t = dt.datetime(2022, 11, 1, tzinfo=dt.UTC)
    >>> enrolled_at([Period(t, None)], t), enrolled_at([Period(t - dt.timedelta(days=9), t)], t)
    (True, False)
    """
    return any(
        p.joined_at <= instant and (p.left_at is None or instant < p.left_at) for p in periods
    )


def as_seen_at(
    periods: Sequence[Period], now: dt.datetime, day_of: Callable[[dt.datetime], dt.date]
) -> tuple[Enrolment, ...]:
    """The periods known at ``now`` as platform dates (``day_of`` converts an instant):
    periods not started yet are left out, a leave after ``now`` is not known yet.

    >>> t = dt.datetime(2022, 11, 1, tzinfo=dt.UTC)
    >>> as_seen_at([Period(t, t + dt.timedelta(days=40))], t, lambda i: i.date())
    (Enrolment(joined_on=datetime.date(2022, 11, 1), left_on=None),)
    """
    return tuple(
        Enrolment(
            day_of(p.joined_at),
            day_of(p.left_at) if p.left_at is not None and p.left_at <= now else None,
        )
        for p in sorted(periods, key=lambda p: p.joined_at)
        if p.joined_at <= now
    )


def current(enrolments: Sequence[Enrolment]) -> Enrolment | None:
    """The open enrolment period, if any.

    >>> current([Enrolment(dt.date(2022, 9, 1), dt.date(2022, 10, 5))]) is None
    True
    """
    return next((e for e in enrolments if e.left_on is None), None)


def leave_possible_from(joined_on: dt.date, rules: EnrolmentRules) -> dt.date:
    """First platform date an enrolment that started on ``joined_on`` may be left.

    >>> rules = EnrolmentRules(("export_pass",), ("active",), 30, 30)
    >>> leave_possible_from(dt.date(2022, 11, 1), rules)
    datetime.date(2022, 12, 1)
    """
    return joined_on + dt.timedelta(days=rules.min_days_before_leaving)


def rejoin_possible_from(left_on: dt.date, rules: EnrolmentRules) -> dt.date:
    """First platform date a merchant that left on ``left_on`` may join again.

    >>> rules = EnrolmentRules(("export_pass",), ("active",), 30, 30)
    >>> rejoin_possible_from(dt.date(2022, 12, 1), rules)
    datetime.date(2022, 12, 31)
    """
    return left_on + dt.timedelta(days=rules.rejoin_block_days)


def can_join(
    membership: str,
    ta_status: str,
    enrolments: Sequence[Enrolment],
    today: dt.date,
    rules: EnrolmentRules,
) -> Decision:
    """Whether a merchant may join on platform date ``today`` (rulebook §2.1).

    Needs a qualifying membership and an admitted trade-assurance status; refused while
    enrolled and during the re-join block after leaving. Every refusal that applies is
    listed, in that order.

    >>> rules = EnrolmentRules(("export_pass",), ("active",), 30, 30)
    >>> can_join("other", "suspended", (), dt.date(2022, 11, 1), rules).refusals
    ... # doctest: +NORMALIZE_WHITESPACE
    (Refusal(code='membership_not_qualifying', possible_from=None),
     Refusal(code='trade_assurance_not_admitted', possible_from=None))
    """
    refusals: list[Refusal] = []
    if current(enrolments) is not None:
        refusals.append(Refusal(ALREADY_ENROLLED))
    if membership not in rules.qualifying_memberships:
        refusals.append(Refusal(MEMBERSHIP_NOT_QUALIFYING))
    if ta_status not in rules.admitted_ta_statuses:
        refusals.append(Refusal(TRADE_ASSURANCE_NOT_ADMITTED))
    left = [e.left_on for e in enrolments if e.left_on is not None]
    if left:
        possible = rejoin_possible_from(max(left), rules)
        if today < possible:
            refusals.append(Refusal(REJOIN_BLOCKED, possible))
    return Decision(tuple(refusals))


def can_leave(enrolments: Sequence[Enrolment], today: dt.date, rules: EnrolmentRules) -> Decision:
    """Whether a merchant may leave on platform date ``today`` (rulebook §2.1).

    >>> rules = EnrolmentRules(("export_pass",), ("active",), 30, 30)
    >>> can_leave((), dt.date(2022, 11, 1), rules).refusals
    (Refusal(code='not_enrolled', possible_from=None),)
    """
    open_period = current(enrolments)
    if open_period is None:
        return Decision((Refusal(NOT_ENROLLED),))
    possible = leave_possible_from(open_period.joined_on, rules)
    if today < possible:
        return Decision((Refusal(TOO_EARLY_TO_LEAVE, possible),))
    return Decision(())


@dataclass(frozen=True)
class FastTrade:
    """Whether the fast-trade star track is enabled, why, and the product counts."""

    eligible: bool
    reasons: tuple[str, ...]  # refusal codes; empty when eligible
    fast_rts_products: int
    needed: int

    @property
    def reason(self) -> str:
        """``eligible`` or the first thing missing."""
        return self.reasons[0] if self.reasons else FAST_TRADE_ELIGIBLE


def fast_trade(enrolled: bool, fast_rts_products: int, min_products: int) -> FastTrade:
    """The fast-trade track (rulebook §2.1): enrolled and at least ``min_products`` RTS
    products that ship within the rule-set's days (the caller counts them).

    >>> fast_trade(True, 99, 100).reason, fast_trade(True, 100, 100).reason
    ('too_few_fast_rts_products', 'eligible')
    >>> fast_trade(False, 150, 100).reasons
    ('not_enrolled',)
    """
    reasons: list[str] = []
    if not enrolled:
        reasons.append(NOT_ENROLLED)
    if fast_rts_products < min_products:
        reasons.append(TOO_FEW_FAST_RTS_PRODUCTS)
    return FastTrade(not reasons, tuple(reasons), fast_rts_products, min_products)


def counts_for_fast_trade(
    is_rts: bool, ships_within_days: int | None, status: str, max_days: int
) -> bool:
    """Whether a product counts for the fast-trade track: a listed RTS product that ships
    within ``max_days`` days (7 counts, 8 does not). Delisted and deleted products do not
    count [decision: the seed says "RTS products", a buyer can order only listed ones].

    >>> counts_for_fast_trade(True, 7, "listed", 7), counts_for_fast_trade(True, 8, "listed", 7)
    (True, False)
    >>> counts_for_fast_trade(True, 3, "delisted", 7), counts_for_fast_trade(False, 3, "listed", 7)
    (False, False)
    """
    return (
        is_rts
        and status == LISTED
        and ships_within_days is not None
        and ships_within_days <= max_days
    )


def is_late_shipment(
    ship_by: dt.datetime, shipped_at: dt.datetime | None, now: dt.datetime
) -> bool:
    """Whether an order due by ``ship_by`` is shipped late as known at ``now``: shipped
    after ``ship_by``, or not shipped (by ``now``) when ``ship_by`` has passed.

    >>> by = dt.datetime(2022, 11, 1, 18, tzinfo=dt.UTC)
    >>> is_late_shipment(by, by, by), is_late_shipment(by, None, by + dt.timedelta(seconds=1))
    (False, True)
    """
    if shipped_at is not None and shipped_at <= now:
        return shipped_at > ship_by
    return now > ship_by


@dataclass(frozen=True)
class Penalty:
    """Penalty points of one late shipment; waived points keep their value and reason."""

    points: float
    waived_reason: str | None


def late_shipment_penalty(enrolled_at_ship_by: bool, points: float) -> Penalty:
    """Points of a late shipment (rulebook §2.1): waived while the merchant was enrolled
    at the promised ship time (the order still counts in the on-time shipment rate).

    >>> late_shipment_penalty(True, 1.0)
    Penalty(points=1.0, waived_reason='guarantee_enrolled')
    """
    return Penalty(points, WAIVED_WHILE_ENROLLED if enrolled_at_ship_by else None)
