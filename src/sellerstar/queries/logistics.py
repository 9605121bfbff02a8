"""Logistics performance (rulebook §1.1, §1.5): the current tracking visibility rate of a
scope, its stat window, and the judged orders of one stat date, paged or streamed.

Everything reads the metric job's output (``merchant_metrics``, ``order_tracking``) and
the orders; the order list is paged in SQL (LIMIT/OFFSET + COUNT), never in Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa

from sellerstar.domain.access import Scope
from sellerstar.domain.calendar import platform_date, stat_date_for_view
from sellerstar.rules.book import RuleBook
from sellerstar.rules.model import RuleSet, TrackingVisibility
from sellerstar.store.schema import contract_tables, merchant_metrics, order_tracking

_orders = contract_tables["orders"]
_mm = merchant_metrics
_ot = order_tracking
_STREAM_BATCH = 1000

AppealBlock = Literal["operator", "out_of_window", "passing", "pending", "rejected", "closed"]


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
            ).where(_in_scope(scope), _ot.c.stat_date == stat)
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


@dataclass(frozen=True)
class OrderFilter:
    """Which judged orders of a stat date to list."""

    stat_date: dt.date
    untrackable_only: bool = False
    search: str = ""


@dataclass(frozen=True)
class OrderRow:
    """One judged order with what the list shows of it."""

    order_id: str
    destination_country: str
    export_mode: str
    transport: str
    trade_term: str
    shipped_at: dt.datetime | None
    ship_date: dt.date
    shown_pass: bool
    counted_pass: bool
    reason: str
    appeal_window_open: bool


@dataclass(frozen=True)
class OrderPage:
    """One page of the order list and how many orders match in all."""

    rows: list[OrderRow]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def _in_scope(scope: Scope) -> sa.ColumnElement[bool]:
    return scope.orders_clause(_ot.c.merchant_id, _ot.c.owner_account_id)


def _where(scope: Scope, wanted: OrderFilter) -> list[sa.ColumnElement[bool]]:
    clauses = [_in_scope(scope), _ot.c.stat_date == wanted.stat_date]
    if wanted.untrackable_only:
        clauses.append(sa.not_(_ot.c.shown_pass))
    if wanted.search.strip():
        clauses.append(_ot.c.order_id.contains(wanted.search.strip(), autoescape=True))
    return clauses


_ORDER_COLUMNS = (
    _orders.c.destination_country,
    _orders.c.export_mode,
    _orders.c.transport,
    _orders.c.trade_term,
    _orders.c.shipped_at,
)


def _row(mapping: sa.RowMapping) -> OrderRow:
    return OrderRow(**{field: mapping[field] for field in OrderRow.__dataclass_fields__})


def order_page(
    connection: sa.Connection, scope: Scope, wanted: OrderFilter, page: int, per_page: int
) -> OrderPage:
    """Page ``page`` (from 1) of the scope's judged orders, newest ship date first."""
    where = _where(scope, wanted)
    total = connection.scalar(sa.select(sa.func.count()).select_from(_ot).where(*where)) or 0
    # Pick the page from order_tracking alone, then join only its rows to the orders.
    picked = (
        sa.select(_ot)
        .where(*where)
        .order_by(_ot.c.ship_date.desc(), _ot.c.order_id)
        .limit(per_page)
        .offset((page - 1) * per_page)
        .subquery()
    )
    rows = connection.execute(
        sa.select(picked, *_ORDER_COLUMNS)
        .join(_orders, _orders.c.order_id == picked.c.order_id)
        .order_by(picked.c.ship_date.desc(), picked.c.order_id)
    ).mappings()
    return OrderPage([_row(r) for r in rows], int(total), page, per_page)


def stream_orders(
    connection: sa.Connection, scope: Scope, wanted: OrderFilter
) -> Iterator[OrderRow]:
    """Every matching order, in list order, fetched in batches (for the CSV download)."""
    query = (
        sa.select(_ot, *_ORDER_COLUMNS)
        .join(_orders, _orders.c.order_id == _ot.c.order_id)
        .where(*_where(scope, wanted))
        .order_by(_ot.c.ship_date.desc(), _ot.c.order_id)
    )
    result = connection.execution_options(yield_per=_STREAM_BATCH).execute(query).mappings()
    for mapping in result:
        yield _row(mapping)


@dataclass(frozen=True)
class AppealState:
    """Whether the merchant may appeal an order now, and if not why."""

    allowed: bool
    blocked: AppealBlock | None


def appeal_states(
    connection: sa.Connection, scope: Scope, newest: dt.date | None, order_ids: Sequence[str]
) -> dict[str, AppealState]:
    """The appeal button of each order, judged on the newest stat date (the one "now"):
    open only while ``appeal_window_open`` is set there, for the merchant's own users."""
    current: dict[str, tuple[bool, str, bool]] = {}
    if newest is not None and order_ids:
        for row in connection.execute(
            sa.select(_ot.c.order_id, _ot.c.shown_pass, _ot.c.reason, _ot.c.appeal_window_open)
            .where(_ot.c.stat_date == newest, _ot.c.order_id.in_(list(order_ids)))
            .where(_in_scope(scope))
        ):
            current[row.order_id] = (row.shown_pass, row.reason, row.appeal_window_open)
    return {order_id: _appeal_state(scope, current.get(order_id)) for order_id in order_ids}


def listed_appeal_states(
    connection: sa.Connection,
    scope: Scope,
    newest: dt.date | None,
    wanted: OrderFilter,
    rows: Sequence[OrderRow],
) -> dict[str, AppealState]:
    """:func:`appeal_states` of listed orders; a list of the newest stat date already holds
    what they are judged on."""
    if newest is not None and wanted.stat_date == newest:
        return {
            row.order_id: _appeal_state(scope, (row.shown_pass, row.reason, row.appeal_window_open))
            for row in rows
        }
    return appeal_states(connection, scope, newest, [row.order_id for row in rows])


def _appeal_state(scope: Scope, now_row: tuple[bool, str, bool] | None) -> AppealState:
    blocked: AppealBlock | None
    if now_row is None:
        return AppealState(False, "out_of_window")
    shown_pass, reason, window_open = now_row
    if shown_pass:
        blocked = "passing"
    elif reason == "appeal_pending":
        blocked = "pending"
    elif window_open:
        blocked = None
    elif reason == "appeal_rejected":
        blocked = "rejected"
    else:
        blocked = "closed"
    if blocked is None and scope.by_operator:
        blocked = "operator"
    return AppealState(blocked is None, blocked)
