"""The judged orders of one stat date (rulebook §1.1, §1.5), paged or streamed: the order
list as a worklist (issue 18).

Reads the metric job's ``order_tracking`` and the orders; the list is paged in SQL
(LIMIT/OFFSET + COUNT), never in Python. By default it lists what needs action first: the
orders failing on the newest stat date whose appeal window is open and that have a failing
shipment without an appeal yet, the soonest deadline first (the deadline follows the ship
date), then the other failing orders, then the rest, newest ship date first. What each
order's state is now is :mod:`sellerstar.queries.order_state`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa

from sellerstar.domain.access import Scope
from sellerstar.queries.logistics import in_scope
from sellerstar.store.schema import contract_tables, order_tracking

_orders = contract_tables["orders"]
_ot = order_tracking
_STREAM_BATCH = 1000

_shipments = contract_tables["shipments"]
_appeals = contract_tables["tracking_appeals"]
Sort = Literal["action", "shipped"]
SORTS: tuple[Sort, ...] = ("action", "shipped")


@dataclass(frozen=True)
class OrderFilter:
    """Which judged orders of a stat date to list."""

    stat_date: dt.date
    untrackable_only: bool = False
    search: str = ""  # part of an order number or of a tracking number
    sort: Sort = "action"
    newest: dt.date | None = None  # the newest stat date, whose appeal windows are "now"


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


def _where(scope: Scope, wanted: OrderFilter) -> list[sa.ColumnElement[bool]]:
    clauses = [in_scope(scope), _ot.c.stat_date == wanted.stat_date]
    if wanted.untrackable_only:
        clauses.append(sa.not_(_ot.c.shown_pass))
    text = wanted.search.strip()
    if text:
        numbers = sa.exists().where(
            _shipments.c.order_id == _ot.c.order_id,
            _shipments.c.tracking_number.contains(text, autoescape=True),
        )
        clauses.append(sa.or_(_ot.c.order_id.contains(text, autoescape=True), numbers))
    return clauses


def _ordering(wanted: OrderFilter) -> tuple[sa.FromClause, list[sa.ColumnElement[object]]]:
    """What to join to ``order_tracking`` and the ORDER BY of the list."""
    newest_first = [_ot.c.ship_date.desc(), _ot.c.order_id]
    if wanted.sort == "shipped" or wanted.newest is None:
        return _ot, newest_first
    joined: sa.FromClause = _ot
    now: sa.FromClause = _ot
    if wanted.stat_date != wanted.newest:
        # A past stat date is listed in the order of what needs action now.
        now = _ot.alias("now")
        joined = _ot.outerjoin(
            now, sa.and_(now.c.stat_date == wanted.newest, now.c.order_id == _ot.c.order_id)
        )
    # A current shipment without an appeal yet (order_state's live rule; the events that
    # may have come since are left to the row's own state).
    unappealed = sa.exists().where(
        _shipments.c.order_id == _ot.c.order_id,
        _shipments.c.replaced_by.is_(None),
        ~sa.exists().where(_appeals.c.shipment_id == _shipments.c.shipment_id),
    )
    failing = sa.not_(sa.func.coalesce(now.c.shown_pass, _ot.c.shown_pass))
    # CASE is evaluated lazily: the shipments are looked at only for orders in a window.
    in_window = sa.and_(now.c.appeal_window_open, sa.not_(now.c.shown_pass))
    rank = sa.case((in_window, sa.case((unappealed, 0), else_=1)), (failing, 1), else_=2)
    # The soonest deadline first: it follows the ship date.
    soonest = sa.case((rank == 0, _ot.c.ship_date), else_=None)
    return joined, [rank, soonest.asc().nulls_last(), *newest_first]


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
    """Page ``page`` (from 1) of the scope's judged orders, in the order ``wanted.sort``
    asks for."""
    where = _where(scope, wanted)
    total = connection.scalar(sa.select(sa.func.count()).select_from(_ot).where(*where)) or 0
    # Pick the page from order_tracking alone, then join only its rows to the orders.
    joined, ordering = _ordering(wanted)
    picked = (
        sa.select(_ot, sa.func.row_number().over(order_by=ordering).label("position"))
        .select_from(joined)
        .where(*where)
        .order_by(*ordering)
        .limit(per_page)
        .offset((page - 1) * per_page)
        .subquery()
    )
    rows = connection.execute(
        sa.select(picked, *_ORDER_COLUMNS)
        .join(_orders, _orders.c.order_id == picked.c.order_id)
        .order_by(picked.c.position)
    ).mappings()
    return OrderPage([_row(r) for r in rows], int(total), page, per_page)


def stream_orders(
    connection: sa.Connection, scope: Scope, wanted: OrderFilter
) -> Iterator[OrderRow]:
    """Every matching order, in list order, fetched in batches (for the CSV download)."""
    joined, ordering = _ordering(wanted)
    query = (
        sa.select(_ot, *_ORDER_COLUMNS)
        .select_from(joined.join(_orders, _orders.c.order_id == _ot.c.order_id))
        .where(*_where(scope, wanted))
        .order_by(*ordering)
    )
    result = connection.execution_options(yield_per=_STREAM_BATCH).execute(query).mappings()
    for mapping in result:
        yield _row(mapping)
