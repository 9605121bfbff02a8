"""The metric job (store mode): system of record → metrics → result tables in the store.

The contract tables are streamed out of the store column-wise into Arrow
(:mod:`sellerstar.store.arrow_bulk`: ADBC, binary ``COPY`` on PostgreSQL) and on to
temporary Parquet files the engine scans like a data lake (memory bounded by a batch, not
by the store's size; Spark takes the Arrow tables instead), computed by the
same runner as lake mode for every merchant on the run's stat dates, and for the merchants
marked since (:mod:`sellerstar.store.metric_marks`: an import, a tracking webhook, an
appeal) on the dates computed before that their marks reach. One transaction replaces
those rows in ``merchant_metrics`` and ``order_tracking`` (staged, then delete and
``INSERT ... SELECT``) and deletes the marks honoured. Each run is recorded in
``job_runs`` (also when it fails).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

import ibis.expr.types as ir
import pyarrow as pa
import pyarrow.compute as pc
import sqlalchemy as sa
from ibis.backends import BaseBackend

from sellerstar import engines
from sellerstar.domain.calendar import platform_date, stat_date_for_view
from sellerstar.metrics.runner import Result, compute, load_clock
from sellerstar.metrics.tables import (
    TABLE_NAMES,
    Tables,
    arrow_schema,
    from_arrow,
    from_parquet,
)
from sellerstar.rules import RuleBook
from sellerstar.store.arrow_bulk import (
    Replacement,
    Wanted,
    read_tables,
    replace_rows,
    spool_tables,
)
from sellerstar.store.db import transaction
from sellerstar.store.job_log import recorded
from sellerstar.store.schema import (
    contract_tables,
    merchant_metrics,
    metric_marks,
    order_tracking,
)

JOB_NAME = "compute"
# At or above this share of the orders in reach, SQLite reads events by a plain scan.
SCAN_EVENTS_SHARE = 0.25
_MARKED = "sellerstar_marked_merchants"


def resolve_stat_dates(
    book: RuleBook, view: dt.date | None, now: dt.datetime
) -> tuple[dt.date, dt.date]:
    """The stat date of view date ``view`` (default: today in the platform time zone).

    >>> from sellerstar.rules import load_rulebook
    >>> resolve_stat_dates(load_rulebook(), dt.date(2022, 11, 11), dt.datetime.now(dt.UTC))
    (datetime.date(2022, 11, 9), datetime.date(2022, 11, 9))
    """
    if view is None:
        view = platform_date(now, book.in_force_at(now).calendar.timezone)
    stat = stat_date_for_view(view, book.in_force(view).calendar.data_lag_days)
    return stat, stat


def read_store(store: sa.Engine, reach: Reach | None = None) -> dict[str, pa.Table]:
    """The contract tables the metrics read, as typed Arrow tables: every row, or only
    the rows the stat dates of ``reach`` can see (:func:`reach_of`)."""
    return read_tables(store, _wanted(store, reach))


def spool_store(store: sa.Engine, reach: Reach | None, folder: Path) -> dict[str, Path]:
    """:func:`read_store` written to Parquet files in ``folder``, a batch at a time."""
    return spool_tables(store, _wanted(store, reach), folder)


def _wanted(store: sa.Engine, reach: Reach | None) -> dict[str, Wanted]:
    where: dict[str, str] = {}
    if reach is not None:
        dialect = store.dialect.name
        where = _windowed(reach, dialect, dialect == "sqlite" and _scan_events(store, reach))
    return {
        name: Wanted(contract_tables[name], arrow_schema(name), where.get(name))
        for name in TABLE_NAMES
    }


@dataclass(frozen=True)
class Reach:
    """The times stat dates can see: orders with a time from ``since`` on (paid, due or
    shipped), events received before ``until``."""

    since: dt.datetime
    until: dt.datetime


def reach_of(book: RuleBook, first: dt.date, last: dt.date) -> Reach:
    """What stat dates ``first`` … ``last`` can see. An order counts on a date only when
    one of its times falls in a window (docs/metrics.md: shipped within tracking
    visibility's, paid within guaranteed delivery's look-back, due within on-time
    shipment's), no window reaches before the engine's clock for these dates (the
    longest look-back in force and a margin), and no event received after the last date
    counts; one day more either side covers any platform time zone.

    >>> from sellerstar.rules import load_rulebook
    >>> reach = reach_of(load_rulebook(), dt.date(2022, 12, 4), dt.date(2022, 12, 4))
    >>> reach.since.date().isoformat(), reach.until.date().isoformat()
    ('2022-09-01', '2022-12-06')
    """
    # The engine's own clock spans every day any window of these dates can touch.
    clock = load_clock(book, first, last)
    start = clock.first - dt.timedelta(days=1)
    end = last + dt.timedelta(days=2)
    return Reach(
        dt.datetime.combine(start, dt.time(), dt.UTC), dt.datetime.combine(end, dt.time(), dt.UTC)
    )


def _windowed(reach: Reach, dialect: str, scan_events: bool = False) -> dict[str, str]:
    """Per table, the SQL condition of the rows ``reach`` can see: the orders, and the
    shipments, events and appeals of those orders. With ``scan_events``, the events are
    narrowed by their receipt only, and the engine's join of events to shipments drops
    the other parcels' events, as in lake mode."""
    orders = _orders_seen(reach, dialect)
    order_ids = f"order_id IN (SELECT order_id FROM orders WHERE {orders})"
    parcels = f"SELECT carrier, tracking_number FROM shipments WHERE {order_ids}"
    events = f"received_at < {_literal(reach.until, dialect)}"
    return {
        "orders": orders,
        "shipments": order_ids,
        "tracking_events": (
            events if scan_events else f"{events} AND (carrier, tracking_number) IN ({parcels})"
        ),
        "tracking_appeals": order_ids,
    }


def _scan_events(store: sa.Engine, reach: Reach) -> bool:
    """Whether reading every event received before ``reach`` ends is cheaper than finding
    the events of its orders' parcels, as on SQLite when reach sees at least
    ``SCAN_EVENTS_SHARE`` of the orders. SQLite has no hash join: the parcel test costs an
    index search and a row lookup per event, about four times a row of a plain scan
    (docs/metrics.md)."""
    seen = _orders_seen(reach, store.dialect.name)
    with store.connect() as connection:
        total = connection.execute(sa.text("SELECT count(*) FROM orders")).scalar_one()
        reached = connection.execute(sa.text(f"SELECT count(*) FROM orders WHERE {seen}"))
        return bool(total > 0 and reached.scalar_one() >= SCAN_EVENTS_SHARE * total)


def _orders_seen(reach: Reach, dialect: str) -> str:
    """The SQL condition of the orders ``reach`` sees: one of their times from its start."""
    since = _literal(reach.since, dialect)
    return f"paid_at >= {since} OR ship_by >= {since} OR shipped_at >= {since}"


def _literal(moment: dt.datetime, dialect: str) -> str:
    # SQLite compares the stored text (SQLAlchemy's form, UTC); PostgreSQL a timestamptz.
    if dialect == "sqlite":
        return f"'{moment.strftime('%Y-%m-%d %H:%M:%S.%f')}'"
    return f"'{moment.isoformat()}'"


def run_store_job(
    store: sa.Engine,
    book: RuleBook,
    first: dt.date,
    last: dt.date,
    backend: str | None = None,
    now: dt.datetime | None = None,
) -> tuple[Result, dict[str, int]]:
    """Compute stat dates ``first`` … ``last`` from ``store`` into its result tables with
    the metric ``backend`` (default: the setting), and recompute the marked merchants on
    the other dates their marks reach (:func:`plan_marked`); returns the result of
    ``first`` … ``last`` and the rows written per table."""
    now = now or dt.datetime.now(dt.UTC)
    params = {"first": first.isoformat(), "last": last.isoformat(), "backend": backend}
    with recorded(store, JOB_NAME, params, now) as run:
        marked = plan_marked(store, book, first, last, run.run_id)
        reach = reach_of(book, min([first, *marked.dates]), max([last, *marked.dates]))
        ibis_backend = engines.connect(backend)
        try:
            with tempfile.TemporaryDirectory(prefix="sellerstar-metrics-") as spool:
                tables = _load(store, reach, ibis_backend, Path(spool))
                result = compute(ibis_backend, tables, book, first, last, orders_all_dates=True)
                again = _recompute(ibis_backend, tables, book, marked)
        finally:
            engines.disconnect(ibis_backend)
        counts = _replace(store, result, first, last, marked, again, now)
        run.summary = counts | {"marked_merchants": len(marked.merchants)}
    return result, counts


def _load(store: sa.Engine, reach: Reach, backend: BaseBackend, spool: Path) -> Tables:
    """The tables ``reach`` can see, in the engine. DuckDB scans them from Parquet files
    spooled to ``spool``, so memory stays bounded at marketplace size; Spark gets them as
    Arrow from the driver, because a cluster's executors cannot read the driver's files."""
    if engines.backend_name(backend) == "spark":
        return from_arrow(backend, read_store(store, reach))
    return from_parquet(backend, spool_store(store, reach, spool))


@dataclass(frozen=True)
class Marked:
    """What the marks of one run ask for: ``merchants`` (claimed by run ``run_id``) on
    the stat dates ``dates`` (computed before, outside the run's own dates); ``full_dates``
    of those were computed under another rule-set than the book's now and are recomputed
    for every merchant."""

    run_id: int
    merchants: list[str]
    dates: list[dt.date]
    full_dates: list[dt.date]


def plan_marked(
    store: sa.Engine, book: RuleBook, first: dt.date, last: dt.date, run_id: int
) -> Marked:
    """Claim every mark for run ``run_id`` and find the dates they reach: the stat dates
    already in ``merchant_metrics`` from the earliest mark's ``since`` on, except
    ``first`` … ``last`` (computed in full anyway)."""
    with transaction(store) as connection:
        connection.execute(metric_marks.update().values(run_id=run_id))
        marks = connection.execute(
            sa.select(metric_marks.c.merchant_id, metric_marks.c.since)
        ).all()
        if not marks:
            return Marked(run_id, [], [], [])
        since = min(mark.since for mark in marks)
        stored = connection.execute(
            sa.select(merchant_metrics.c.stat_date, merchant_metrics.c.rule_set_id)
            .where(merchant_metrics.c.stat_date >= since)
            .distinct()
        ).all()
    dates, full = set(), set()
    for day, rule_set_id in stored:
        if first <= day <= last:
            continue
        dates.add(day)
        if rule_set_id != book.for_stat_date(day).id:
            full.add(day)
    merchants = sorted(mark.merchant_id for mark in marks)
    return Marked(run_id, merchants, sorted(dates), sorted(full))


def _recompute(
    backend: BaseBackend, tables: Tables, book: RuleBook, marked: Marked
) -> Result | None:
    """The marked merchants on the marked dates (every merchant on ``full_dates``)."""
    if not marked.dates:
        return None
    parts = []
    partial = [day for day in marked.dates if day not in marked.full_dates]
    try:
        for days, chosen in (
            (partial, _only(backend, tables, marked.merchants)),
            (marked.full_dates, tables),
        ):
            if days:
                computed = compute(backend, chosen, book, days[0], days[-1], True)
                parts.append(_on_dates(computed, days))
    finally:
        engines.drop(backend, _MARKED)
    return Result(
        merchant_metrics=pa.concat_tables([p.merchant_metrics for p in parts]),
        order_tracking=pa.concat_tables([p.order_tracking for p in parts]),
    )


def _only(backend: BaseBackend, tables: Tables, merchants: list[str]) -> Tables:
    """``tables`` limited to ``merchants``: their orders reach only their own shipments,
    events and appeals, and a merchant's figures read nothing of another's."""
    ids = engines.register_arrow(
        backend, _MARKED, pa.table({"marked_id": pa.array(merchants, pa.string())})
    )

    def mine(table: ir.Table) -> ir.Table:
        return table.semi_join(ids, table.merchant_id == ids.marked_id)

    return replace(
        tables,
        merchants=mine(tables.merchants),
        orders=mine(tables.orders),
        guarantee_enrolments=mine(tables.guarantee_enrolments),
    )


def _on_dates(result: Result, days: list[dt.date]) -> Result:
    wanted = pa.array(days, pa.date32())
    return Result(
        merchant_metrics=result.merchant_metrics.filter(
            pc.is_in(result.merchant_metrics["stat_date"], wanted)
        ),
        order_tracking=result.order_tracking.filter(
            pc.is_in(result.order_tracking["stat_date"], wanted)
        ),
    )


def _replace(
    store: sa.Engine,
    result: Result,
    first: dt.date,
    last: dt.date,
    marked: Marked,
    again: Result | None,
    now: dt.datetime,
) -> dict[str, int]:
    """Replace the run's dates in both result tables with the new rows, and the marked
    merchants' rows on the marked dates, and delete the marks honoured: one transaction."""
    dates = f"stat_date BETWEEN '{first.isoformat()}' AND '{last.isoformat()}'"
    targets = ((merchant_metrics, "merchant_metrics"), (order_tracking, "order_tracking"))
    parts = [Replacement(t, getattr(result, name), dates) for t, name in targets]
    if again is not None:
        # Dates and the run id are the job's own values, never input text.
        days = ", ".join(f"'{day.isoformat()}'" for day in marked.dates)
        full = ", ".join(f"'{day.isoformat()}'" for day in marked.full_dates) or "NULL"
        # The merchants recomputed, not the marks still claimed: a writer that marks a
        # merchant again meanwhile releases its claim, and its old rows must go all the same.
        recomputed = ", ".join(_sql_text(merchant) for merchant in marked.merchants) or "NULL"
        where = (
            f"stat_date IN ({days}) AND (stat_date IN ({full}) OR merchant_id IN ({recomputed}))"
        )
        parts += [Replacement(t, getattr(again, name), where) for t, name in targets]
    marks_done = f"DELETE FROM metric_marks WHERE run_id = {int(marked.run_id)}"
    return replace_rows(store, parts, computed_at=now, then=[marks_done])


def _sql_text(value: str) -> str:
    """``value`` as an SQL string literal (merchant ids are input data).

    >>> _sql_text("M1"), _sql_text("O'Brien")
    ("'M1'", "'O''Brien'")
    """
    return "'" + value.replace("'", "''") + "'"
