"""Logistics performance (rulebook §1.1, §1.5): the current tracking visibility rate of a
scope, its stat window and the stat dates to choose from. The judged orders of one stat
date are :mod:`sellerstar.queries.logistics_orders`.

Everything reads the metric job's output (``merchant_metrics``, ``order_tracking``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain.access import Scope
from sellerstar.domain.calendar import platform_date, stat_date_for_view
from sellerstar.rules.book import RuleBook
from sellerstar.rules.model import RuleSet, TrackingVisibility
from sellerstar.store.schema import merchant_metrics, order_tracking

_mm = merchant_metrics
_ot = order_tracking


def in_scope(scope: Scope) -> sa.ColumnElement[bool]:
    """The judged orders (``order_tracking`` rows) ``scope`` may see."""
    return scope.orders_clause(_ot.c.merchant_id, _ot.c.owner_account_id)


@dataclass(frozen=True)
class Today:
    """What "now" is for the merchant backend: the view date and the newest stat date it
    may show (view date - data lag)."""

    view_date: dt.date
    stat_date: dt.date
    lag_days: int
    refresh_before: dt.time
    timezone: str


def today(rulebook: RuleBook, now: dt.datetime) -> Today:
    """The view and stat date of ``now`` under the rule-set in force then.

    >>> from sellerstar.rules import load_rulebook
    >>> t = today(load_rulebook(), dt.datetime(2022, 11, 7, 17, tzinfo=dt.UTC))
    >>> t.view_date, t.stat_date
    (datetime.date(2022, 11, 8), datetime.date(2022, 11, 6))
    """
    calendar = rulebook.in_force_at(now).calendar
    view = platform_date(now, calendar.timezone)
    return Today(
        view,
        stat_date_for_view(view, calendar.data_lag_days),
        calendar.data_lag_days,
        calendar.refresh_before,
        calendar.timezone,
    )


@dataclass(frozen=True)
class ShipWindow:
    """The ship dates a stat date counts (rulebook §1.1 (3)), both ends included."""

    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def ship_window(stat_date: dt.date, rules: TrackingVisibility) -> ShipWindow:
    """Ship dates S - window_start_days ... S - window_end_days.

    >>> from sellerstar.rules import load_rulebook
    >>> rules = load_rulebook().get("2022-11").tracking_visibility
    >>> w = ship_window(dt.date(2022, 11, 6), rules)
    >>> w.start.isoformat(), w.end.isoformat(), w.days
    ('2022-08-24', '2022-10-22', 60)
    """
    return ShipWindow(
        stat_date - dt.timedelta(days=rules.window_start_days),
        stat_date - dt.timedelta(days=rules.window_end_days),
    )


def first_stat_date_with(rulebook: RuleBook, has: str, after: dt.date) -> dt.date | None:
    """The first stat date after ``after`` whose rule-set has section ``has`` (when a
    metric not yet in force goes live), or None when no rule-set has it."""
    for rule_set in rulebook.rule_sets:
        if getattr(rule_set, has) is not None:
            first = rule_set.effective - dt.timedelta(days=rule_set.calendar.data_lag_days)
            if first > after:
                return first
    return None


def newest_stat_date(connection: sa.Connection, merchant_id: str, up_to: dt.date) -> dt.date | None:
    """The newest stat date computed for the merchant, not after ``up_to``."""
    found: dt.date | None = connection.scalar(
        sa.select(sa.func.max(_mm.c.stat_date)).where(
            _mm.c.merchant_id == merchant_id, _mm.c.stat_date <= up_to
        )
    )
    return found


@dataclass(frozen=True)
class Overview:
    """The headline of the logistics page: the newest figures of a scope."""

    today: Today
    stat_date: dt.date | None  # None: nothing computed yet
    rule_set: RuleSet | None
    window: ShipWindow | None  # None: tracking visibility not in force on stat_date
    live_from: dt.date | None  # first stat date with the metric, when not yet in force
    orders: int | None
    passing: int | None
    rate: float | None

    @property
    def rules(self) -> TrackingVisibility | None:
        return None if self.rule_set is None else self.rule_set.tracking_visibility


def overview(
    connection: sa.Connection, scope: Scope, rulebook: RuleBook, now: dt.datetime
) -> Overview:
    """The current tracking visibility rate of ``scope`` (always the newest stat date):
    the merchant's figures, or a sub-account's own orders counted from ``order_tracking``."""
    when = today(rulebook, now)
    stat = newest_stat_date(connection, scope.merchant_id, when.stat_date)
    if stat is None:
        return Overview(when, None, None, None, None, None, None, None)
    rule_set = rulebook.for_stat_date(stat)
    rules = rule_set.tracking_visibility
    if rules is None:
        live = first_stat_date_with(rulebook, "tracking_visibility", stat)
        return Overview(when, stat, rule_set, None, live, None, None, None)
    if scope.account_id is None:
        row = connection.execute(
            sa.select(_mm.c.tv_orders, _mm.c.tv_passing, _mm.c.tv_rate).where(
                _mm.c.merchant_id == scope.merchant_id, _mm.c.stat_date == stat
            )
        ).one()
        orders, passing, rate = row.tv_orders, row.tv_passing, row.tv_rate
    else:
        row = connection.execute(
            sa.select(
                sa.func.count(),
                sa.func.coalesce(sa.func.sum(sa.case((_ot.c.counted_pass, 1), else_=0)), 0),
            ).where(in_scope(scope), _ot.c.stat_date == stat)
        ).one()
        orders, passing = int(row[0]), int(row[1])
        rate = passing / orders if orders else rules.no_orders_rate
    return Overview(when, stat, rule_set, ship_window(stat, rules), None, orders, passing, rate)


def stat_date_choices(
    connection: sa.Connection, merchant_id: str, newest: dt.date
) -> list[dt.date]:
    """Stat dates with judged orders within the month up to ``newest``, newest first."""
    since = _month_before(newest)
    dates = connection.scalars(
        sa.select(_mm.c.stat_date)
        .where(
            _mm.c.merchant_id == merchant_id,
            _mm.c.stat_date.between(since, newest),
            _mm.c.tv_orders.is_not(None),
        )
        .order_by(_mm.c.stat_date.desc())
    )
    return list(dates)


def _month_before(day: dt.date) -> dt.date:
    """The same day a calendar month earlier (clamped to that month's last day).

    >>> _month_before(dt.date(2022, 12, 4)), _month_before(dt.date(2022, 3, 31))
    (datetime.date(2022, 11, 4), datetime.date(2022, 2, 28))
    """
    first = day.replace(day=1) - dt.timedelta(days=1)
    return first.replace(day=min(day.day, first.day))
