"""What the guaranteed upgrade service's page shows for a merchant (enrolment, what it may
do now, fast-trade eligibility), and the rules, messages and reads that joining and
leaving (:mod:`sellerstar.services.guarantee`) share.

>>> import datetime as dt
>>> from sellerstar.rules import load_rulebook
>>> rules = enrolment_rules(load_rulebook().in_force(dt.date(2022, 11, 11)))
>>> rules.min_days_before_leaving, rules.rejoin_block_days
(30, 30)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain import guarantee as rules_of
from sellerstar.domain.calendar import platform_date, view_date_for_stat
from sellerstar.domain.guarantee import Decision, EnrolmentRules, FastTrade, Period
from sellerstar.rules import RuleBook, RuleSet
from sellerstar.services.refusal import refuse
from sellerstar.store.schema import contract_tables

UNKNOWN_MERCHANT = "unknown_merchant"

MESSAGES: dict[str, str] = {
    rules_of.ALREADY_ENROLLED: "merchant {merchant} is already enrolled",
    rules_of.MEMBERSHIP_NOT_QUALIFYING: (
        "membership {membership!r} does not qualify (needs one of {memberships})"
    ),
    rules_of.TRADE_ASSURANCE_NOT_ADMITTED: (
        "trade-assurance admission is {ta_status!r} (needs {ta_statuses})"
    ),
    rules_of.REJOIN_BLOCKED: "re-joining after leaving is possible from {possible_from}",
    rules_of.NOT_ENROLLED: "merchant {merchant} is not enrolled",
    rules_of.TOO_EARLY_TO_LEAVE: "leaving is possible from {possible_from}",
    UNKNOWN_MERCHANT: "merchant {merchant!r} does not exist",
}

_merchants = contract_tables["merchants"]
_enrolments = contract_tables["guarantee_enrolments"]
_products = contract_tables["products"]


def enrolment_rules(rule_set: RuleSet) -> EnrolmentRules:
    """The joining and leaving rules of a rule-set, as the domain takes them."""
    service = rule_set.guarantee_service
    return EnrolmentRules(
        qualifying_memberships=service.qualifying_memberships,
        admitted_ta_statuses=service.admitted_ta_statuses,
        min_days_before_leaving=service.min_days_before_leaving,
        rejoin_block_days=service.rejoin_block_days,
    )


@dataclass(frozen=True)
class GuaranteeStatus:
    """What the service page shows for one merchant at ``now``."""

    merchant_id: str
    today: dt.date  # platform date of now
    membership: str
    ta_status: str
    enrolled_since: dt.datetime | None  # None when not enrolled
    can_leave_from: dt.date | None  # while enrolled
    rejoin_possible_from: dt.date | None  # after leaving, while the re-join block lasts
    join: Decision
    leave: Decision
    fast_trade: FastTrade
    fast_trade_max_ship_days: int
    periods: tuple[Period, ...]
    rule_set_id: str

    @property
    def enrolled(self) -> bool:
        """Whether the merchant is enrolled now."""
        return self.enrolled_since is not None


def guarantee_status(
    connection: sa.Connection, book: RuleBook, merchant_id: str, now: dt.datetime
) -> GuaranteeStatus:
    """The merchant's enrolment, what it may do now and its fast-trade eligibility."""
    require_aware(now)
    rule_set = book.in_force_at(now)
    row = connection.execute(
        sa.select(_merchants.c.membership, _merchants.c.ta_status).where(
            _merchants.c.merchant_id == merchant_id
        )
    ).first()
    if row is None:
        raise refuse(
            "no guarantee status",
            [rules_of.Refusal(UNKNOWN_MERCHANT)],
            MESSAGES,
            merchant=merchant_id,
        )
    periods = periods_of(connection, merchant_id)
    rules = enrolment_rules(rule_set)
    today, seen = seen_at(periods, now, rule_set)
    open_period = rules_of.current(seen)
    enrolled_since = (
        max(p.joined_at for p in periods if p.joined_at <= now) if open_period else None
    )
    left = [e.left_on for e in seen if e.left_on is not None]
    rejoin_from = rules_of.rejoin_possible_from(max(left), rules) if left else None
    return GuaranteeStatus(
        merchant_id=merchant_id,
        today=today,
        membership=str(row.membership),
        ta_status=str(row.ta_status),
        enrolled_since=enrolled_since,
        can_leave_from=(
            rules_of.leave_possible_from(open_period.joined_on, rules) if open_period else None
        ),
        rejoin_possible_from=(
            rejoin_from if open_period is None and rejoin_from and rejoin_from > today else None
        ),
        join=rules_of.can_join(str(row.membership), str(row.ta_status), seen, today, rules),
        leave=rules_of.can_leave(seen, today, rules),
        fast_trade=fast_trade_for(connection, rule_set, [merchant_id], now)[merchant_id],
        fast_trade_max_ship_days=rule_set.guarantee_service.fast_trade_max_ship_days,
        periods=tuple(periods),
        rule_set_id=rule_set.id,
    )


def fast_trade_for(
    connection: sa.Connection, rule_set: RuleSet, merchant_ids: Iterable[str], now: dt.datetime
) -> dict[str, FastTrade]:
    """Fast-trade eligibility (rulebook §2.1) of each merchant at ``now``: enrolled, and
    enough listed RTS products that ship within the rule-set's days."""
    wanted = sorted(set(merchant_ids))
    service = rule_set.guarantee_service
    counts = dict.fromkeys(wanted, 0)
    products = connection.execute(
        sa.select(
            _products.c.merchant_id,
            _products.c.is_rts,
            _products.c.ships_within_days,
            _products.c.status,
        ).where(_products.c.merchant_id.in_(wanted), _products.c.is_rts)
    )
    for product in products:
        if rules_of.counts_for_fast_trade(
            bool(product.is_rts),
            product.ships_within_days,
            str(product.status),
            service.fast_trade_max_ship_days,
        ):
            counts[product.merchant_id] += 1
    periods = enrolment_periods(connection, wanted)
    return {
        merchant: rules_of.fast_trade(
            rules_of.enrolled_at(periods.get(merchant, []), now),
            counts[merchant],
            service.fast_trade_min_rts_products,
        )
        for merchant in wanted
    }


def enrolment_periods(
    connection: sa.Connection, merchant_ids: Iterable[str] | None = None
) -> dict[str, list[Period]]:
    """Enrolment periods per merchant, oldest first (of every merchant without a list)."""
    query = sa.select(_enrolments).order_by(_enrolments.c.merchant_id, _enrolments.c.joined_at)
    if merchant_ids is not None:
        query = query.where(_enrolments.c.merchant_id.in_(sorted(set(merchant_ids))))
    periods: dict[str, list[Period]] = {}
    for row in connection.execute(query):
        periods.setdefault(row.merchant_id, []).append(Period(row.joined_at, row.left_at))
    return periods


def periods_of(connection: sa.Connection, merchant_id: str) -> list[Period]:
    """The merchant's enrolment periods, oldest first."""
    return enrolment_periods(connection, [merchant_id]).get(merchant_id, [])


def seen_at(
    periods: list[Period], now: dt.datetime, rule_set: RuleSet
) -> tuple[dt.date, tuple[rules_of.Enrolment, ...]]:
    """The platform date of ``now`` and the periods as known then, in platform dates."""
    zone = rule_set.calendar.timezone
    return platform_date(now, zone), rules_of.as_seen_at(
        periods, now, lambda instant: platform_date(instant, zone)
    )


def require_aware(now: dt.datetime) -> None:
    """Refuse a naive ``now``: the platform date depends on the instant."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now={now.isoformat()} is naive; pass an aware datetime")


@dataclass(frozen=True)
class LiveEnrolment:
    """The merchant's enrolment now, for every page that shows it (live, not lagged like
    the metric's ``gd_enrolled``): since when, and the first view date whose figures (stat
    date = the join date) count it."""

    since: dt.datetime | None
    counted_from_view_date: dt.date | None

    @property
    def enrolled(self) -> bool:
        return self.since is not None


def live_enrolment(
    connection: sa.Connection, book: RuleBook, merchant_id: str, now: dt.datetime
) -> LiveEnrolment:
    """Whether ``merchant_id`` is enrolled at ``now`` and since when; the figures show it
    from the view date of the stat date it joined on (the metric's enrolment is "enrolled
    at the end of S")."""
    require_aware(now)
    periods = periods_of(connection, merchant_id)
    if not rules_of.enrolled_at(periods, now):
        return LiveEnrolment(None, None)
    since = max(p.joined_at for p in periods if p.joined_at <= now)
    calendar = book.in_force_at(now).calendar
    joined_on = platform_date(since, calendar.timezone)
    return LiveEnrolment(since, view_date_for_stat(joined_on, calendar.data_lag_days))
