"""Guaranteed-delivery coverage (rulebook §2): the newest figures of a merchant and which
of the seed's cases (and so which advice) applies.

Coverage is a figure of the merchant's store (enrolment is per store), so a sub-account
sees the same figures as its main account.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa

from sellerstar.domain.access import Scope
from sellerstar.queries.logistics import Today, first_stat_date_with, newest_stat_date, today
from sellerstar.rules.book import RuleBook
from sellerstar.rules.guarantee import GuaranteedDelivery
from sellerstar.store.schema import merchant_metrics

_mm = merchant_metrics

CoverageCase = Literal["no_data", "not_in_force", "not_enrolled", "default_pass", "improve", "full"]


@dataclass(frozen=True)
class Coverage:
    """The coverage page: the newest figures, the rules they follow, and the case."""

    today: Today
    stat_date: dt.date | None
    rules: GuaranteedDelivery | None
    core_countries: tuple[str, ...]
    live_from: dt.date | None  # first stat date with the metric, when not yet in force
    enrolled: bool | None
    orders: int | None
    guaranteed: int | None
    rate: float | None
    default_pass: bool | None
    case: CoverageCase

    @property
    def paid_from(self) -> dt.date | None:
        """First payment date in scope: S - (lookback_days - 1)."""
        if self.stat_date is None or self.rules is None:
            return None
        return self.stat_date - dt.timedelta(days=self.rules.lookback_days - 1)


def coverage_case(
    enrolled: bool, default_pass: bool, rate: float | None
) -> Literal["not_enrolled", "default_pass", "improve", "full"]:
    """Which advice of the seed applies (rulebook §2 "page advice").

    >>> coverage_case(False, True, 0.0), coverage_case(True, True, 0.1)
    ('not_enrolled', 'default_pass')
    >>> coverage_case(True, False, 0.4), coverage_case(True, False, 1.0)
    ('improve', 'full')
    """
    if not enrolled:
        return "not_enrolled"
    if default_pass:
        return "default_pass"
    return "improve" if rate is None or rate < 1 else "full"


def coverage(
    connection: sa.Connection, scope: Scope, rulebook: RuleBook, now: dt.datetime
) -> Coverage:
    """The newest guaranteed-delivery coverage of the scope's merchant."""
    when = today(rulebook, now)
    stat = newest_stat_date(connection, scope.merchant_id, when.stat_date)
    rule_set = rulebook.for_stat_date(stat or when.stat_date)
    core = rule_set.calendar.core_countries
    rules = rule_set.guaranteed_delivery
    if stat is None:
        return Coverage(when, None, rules, core, None, None, None, None, None, None, "no_data")
    if rules is None:
        live = first_stat_date_with(rulebook, "guaranteed_delivery", stat)
        return Coverage(when, stat, None, core, live, None, None, None, None, None, "not_in_force")
    row = connection.execute(
        sa.select(
            _mm.c.gd_enrolled,
            _mm.c.gd_orders,
            _mm.c.gd_guaranteed,
            _mm.c.gd_rate,
            _mm.c.gd_default_pass,
        ).where(_mm.c.merchant_id == scope.merchant_id, _mm.c.stat_date == stat)
    ).one()
    enrolled = bool(row.gd_enrolled)
    default_pass = bool(row.gd_default_pass)
    return Coverage(
        when,
        stat,
        rules,
        core,
        None,
        enrolled,
        row.gd_orders,
        row.gd_guaranteed,
        row.gd_rate,
        default_pass,
        coverage_case(enrolled, default_pass, row.gd_rate),
    )
