"""Marking merchants whose metric inputs changed, for the daily job to recompute.

The metrics are as-of figures: stat date S sees an event received by the end of S, an
appeal submitted or decided by S, a shipment uploaded by S (rulebook §1, docs/metrics.md).
So a new fact reaches only the stat dates from its own day on, and a corrected order
only the dates from its earliest time on. Writers call these functions in the
transaction of their write; the metric step (:mod:`sellerstar.jobs.metrics`) recomputes
the marked merchants for the dates already computed from ``since`` on. A date is the UTC
day of a time less one day, so it never falls after the platform day (UTC+8 and the like).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from sellerstar.contract import TABLES, Kind
from sellerstar.store.contract_tables import contract_tables
from sellerstar.store.metric_mark_tables import metric_marks

_ORDERS = contract_tables["orders"]
_SHIPMENTS = contract_tables["shipments"]
ALL_DATES = dt.date(1970, 1, 1)
"""``since`` for a change that may reach every date (a merchant's enrolment, its row)."""


def day_of(moment: dt.datetime) -> dt.date:
    """The earliest stat date a fact of ``moment`` can reach (one day of margin for the
    platform's zone).

    >>> day_of(dt.datetime(2022, 11, 9, 20, tzinfo=dt.UTC))
    datetime.date(2022, 11, 8)
    """
    return moment.astimezone(dt.UTC).date() - dt.timedelta(days=1)


def mark_merchants(
    connection: sa.Connection, merchant_ids: Iterable[str], since: dt.date, now: dt.datetime
) -> int:
    """Mark ``merchant_ids`` from stat date ``since`` on; returns how many were given."""
    rows = [{"merchant_id": m, "since": since, "marked_at": now} for m in set(merchant_ids)]
    _upsert(connection, rows)
    return len(rows)


def mark_all_merchants(connection: sa.Connection, since: dt.date, now: dt.datetime) -> int:
    """Mark every merchant of the store from ``since`` on (an import: its rows are not
    traced to merchants one by one)."""
    merchants = contract_tables["merchants"]
    ids = connection.execute(sa.select(merchants.c.merchant_id)).scalars().all()
    return mark_merchants(connection, ids, since, now)


def mark_orders(
    connection: sa.Connection,
    order_ids: sa.Select[Any] | Iterable[str],
    now: dt.datetime,
    since: dt.date | None = None,
) -> int:
    """Mark the merchants of ``order_ids`` (a list or a query of order ids): from
    ``since`` when given (a new fact: its day), else from each merchant's earliest time
    of those orders (a correction of the orders themselves). Returns merchants marked."""
    chosen = order_ids if isinstance(order_ids, sa.Select) else list(order_ids)
    times = (_ORDERS.c.paid_at, _ORDERS.c.ship_by, _ORDERS.c.shipped_at)
    query = (
        sa.select(_ORDERS.c.merchant_id, *(sa.func.min(t).label(t.name) for t in times))
        .where(_ORDERS.c.order_id.in_(chosen))
        .group_by(_ORDERS.c.merchant_id)
    )
    rows = []
    for row in connection.execute(query):
        earliest = [t for t in (row.paid_at, row.ship_by, row.shipped_at) if t is not None]
        day = since or (day_of(_aware(min(earliest))) if earliest else ALL_DATES)
        rows.append({"merchant_id": row.merchant_id, "since": day, "marked_at": now})
    _upsert(connection, rows)
    return len(rows)


def mark_appeal(connection: sa.Connection, appeal_id: str, now: dt.datetime) -> int:
    """Mark the merchant of an appeal whose state changes now: its figures change from
    today on (an appeal counts as of its submission and decision days)."""
    appeals = contract_tables["tracking_appeals"]
    order = sa.select(appeals.c.order_id).where(appeals.c.appeal_id == appeal_id)
    return mark_orders(connection, order, now, since=day_of(now))


def orders_tracked_by(carrier: str, tracking_numbers: Iterable[str]) -> sa.Select[Any]:
    """The orders whose shipments carry one of ``tracking_numbers`` of ``carrier``."""
    return sa.select(_SHIPMENTS.c.order_id).where(
        _SHIPMENTS.c.carrier == carrier, _SHIPMENTS.c.tracking_number.in_(list(tracking_numbers))
    )


def _aware(moment: Any) -> dt.datetime:
    # min() over a SQLite column is text, over PostgreSQL an aware datetime.
    if isinstance(moment, str):
        return dt.datetime.fromisoformat(moment).replace(tzinfo=dt.UTC)
    assert isinstance(moment, dt.datetime)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _upsert(connection: sa.Connection, rows: list[dict[str, Any]]) -> None:
    """Insert the marks; a merchant marked already keeps the earlier ``since`` and is
    no longer claimed by a running job (that run must not delete this newer mark)."""
    if not rows:
        return
    insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    statement = insert(metric_marks)
    new = statement.excluded
    statement = statement.on_conflict_do_update(
        index_elements=[metric_marks.c.merchant_id],
        set_={
            "since": sa.case(
                (metric_marks.c.since < new.since, metric_marks.c.since), else_=new.since
            ),
            "marked_at": new.marked_at,
            "run_id": None,
        },
    )
    connection.execute(statement, rows)


METRIC_INPUTS = (
    "merchants",
    "orders",
    "shipments",
    "tracking_events",
    "tracking_appeals",
    "guarantee_enrolments",
)
"""The contract tables the metrics read (``metrics.tables.TABLE_NAMES``; a test holds the
two equal)."""
_WHOLE_MERCHANT = frozenset({"merchants", "guarantee_enrolments"})


class ImportReach:
    """How far back an import's rows reach: the earliest time among the rows of the
    metric input tables it wrote. A merchant's own row or enrolment reaches every date
    (a new merchant gets a row on every date computed)."""

    def __init__(self) -> None:
        self._earliest: dict[str, dt.datetime] = {}

    def see(self, table: str, columns: dict[str, pa.Array]) -> None:
        """Take in one written batch of ``table``."""
        if table not in METRIC_INPUTS or table in _WHOLE_MERCHANT:
            return
        for column in TABLES[table].columns:
            values = columns.get(column.name)
            if column.kind is not Kind.TS or values is None or not len(values):
                continue
            least = pc.min(values).as_py()
            if least is None:
                continue
            least = _aware(least)
            if table not in self._earliest or least < self._earliest[table]:
                self._earliest[table] = least

    def mark(self, connection: sa.Connection, changed: Iterable[str], now: dt.datetime) -> int:
        """Mark every merchant from the earliest day of the ``changed`` tables (those the
        import inserted or updated rows in); returns the merchants marked."""
        reached = [t for t in changed if t in METRIC_INPUTS]
        if not reached:
            return 0
        if any(t in _WHOLE_MERCHANT for t in reached):
            since = ALL_DATES
        else:
            times = [self._earliest[t] for t in reached if t in self._earliest]
            since = day_of(min(times)) if times else ALL_DATES
        return mark_all_merchants(connection, since, now)
