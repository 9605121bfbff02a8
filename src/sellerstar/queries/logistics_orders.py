"""The judged orders of one stat date (rulebook §1.1, §1.5), paged or streamed, and
whether each may be appealed now.

Reads the metric job's ``order_tracking`` and the orders; the list is paged in SQL
(LIMIT/OFFSET + COUNT), never in Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa

from sellerstar.domain.access import Scope
from sellerstar.queries.logistics import in_scope
from sellerstar.store.schema import contract_tables, order_tracking

_orders = contract_tables["orders"]
_ot = order_tracking
_STREAM_BATCH = 1000

AppealBlock = Literal["operator", "out_of_window", "passing", "pending", "rejected", "closed"]


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


def _where(scope: Scope, wanted: OrderFilter) -> list[sa.ColumnElement[bool]]:
    clauses = [in_scope(scope), _ot.c.stat_date == wanted.stat_date]
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
            .where(in_scope(scope))
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
