"""Store mode recomputes only what changed: a writer marks the merchants it touched
(:mod:`sellerstar.store.metric_marks`), the next daily run recomputes those merchants on
the dates computed before that their marks reach, and the result equals a full recompute,
on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pyarrow as pa
import pyarrow.csv
import pytest
import sqlalchemy as sa
from metrics_market import Market
from metrics_scenarios import combined_market

from sellerstar import engines
from sellerstar.ingest.contract import import_directory
from sellerstar.jobs import metrics as metrics_job
from sellerstar.jobs.metrics import read_store, run_store_job
from sellerstar.metrics.output import MERCHANT_METRICS_SCHEMA, ORDER_TRACKING_SCHEMA
from sellerstar.metrics.runner import Result, compute
from sellerstar.metrics.tables import TABLE_NAMES, from_arrow
from sellerstar.rules import RuleBook
from sellerstar.store.db import transaction
from sellerstar.store.metric_marks import (
    ALL_DATES,
    METRIC_INPUTS,
    day_of,
    mark_orders,
    orders_tracked_by,
)
from sellerstar.store.schema import (
    contract_tables,
    event_key,
    merchant_metrics,
    metric_marks,
    order_tracking,
)

FIRST, LAST = dt.date(2022, 11, 18), dt.date(2022, 11, 24)
NEXT = LAST + dt.timedelta(days=1)
NOW = dt.datetime(2022, 11, 26, 22, tzinfo=dt.UTC)
LATER = NOW + dt.timedelta(days=1)
_ORDERS = contract_tables["orders"]
_SHIPMENTS = contract_tables["shipments"]
_EVENTS = contract_tables["tracking_events"]
_APPEALS = contract_tables["tracking_appeals"]


@pytest.fixture(scope="module")
def market() -> Market:
    return combined_market()


def _imported(store: sa.Engine, market: Market, folder: Path) -> None:
    market.write(folder, "csv")
    import_directory(store, folder, zone=ZoneInfo("Asia/Shanghai"), now=NOW)


def _stored(store: sa.Engine, table: sa.Table, schema: pa.Schema) -> pa.Table:
    with store.connect() as connection:
        rows = [dict(r._mapping) for r in connection.execute(sa.select(table))]
    wanted = [n for n in schema.names if n in table.c]
    typed = pa.Table.from_pylist(
        [{n: r[n] for n in wanted} for r in rows],
        schema=pa.schema([schema.field(n) for n in wanted]),
    )
    keys = ["stat_date", "merchant_id"] + (["order_id"] if "order_id" in wanted else [])
    return typed.sort_by([(k, "ascending") for k in keys])


def _full(store: sa.Engine, book: RuleBook) -> Result:
    backend = engines.connect("duckdb")
    try:
        return compute(backend, from_arrow(backend, read_store(store)), book, FIRST, NEXT, True)
    finally:
        engines.disconnect(backend)


def _change_at_random(store: sa.Engine, seed: int) -> set[str]:
    """A new tracking event, a decided appeal and a corrected ship time, each on a random
    order, marked as their writers mark them; returns the merchants touched."""
    chance = random.Random(seed)
    touched: set[str] = set()
    with transaction(store) as connection:
        shipped = connection.execute(
            sa.select(
                _SHIPMENTS.c.order_id, _SHIPMENTS.c.carrier, _SHIPMENTS.c.tracking_number
            ).order_by(_SHIPMENTS.c.shipment_id)
        ).all()
        order_id, carrier, number = chance.choice(shipped)
        received = dt.datetime(2022, 11, 20, 3, tzinfo=dt.UTC) + dt.timedelta(
            hours=chance.randrange(96)
        )
        for offset in (0, 1):  # two distinct events: enough to count as tracked
            happened = received - dt.timedelta(hours=5 + offset)
            description = f"Scanned at hub {offset}"
            connection.execute(
                _EVENTS.insert(),
                {
                    "event_key": event_key(carrier, number, "platform", happened, description),
                    "carrier": carrier,
                    "tracking_number": number,
                    "event_time": happened,
                    "received_at": received,
                    "description": description,
                    "source": "platform",
                },
            )
        mark_orders(connection, orders_tracked_by(carrier, [number]), NOW, since=day_of(received))
        touched |= _merchants_of(connection, [order_id])

        appeals = connection.execute(sa.select(_APPEALS).order_by(_APPEALS.c.appeal_id)).all()
        if appeals:
            appeal = chance.choice(appeals)
            decided = max(appeal.submitted_at, received)
            connection.execute(
                _APPEALS.update()
                .where(_APPEALS.c.appeal_id == appeal.appeal_id)
                .values(status="approved", decided_at=decided)
            )
            # A changed decision: from the order's own start (the old decision's day
            # may be earlier than the new one's).
            mark_orders(connection, [appeal.order_id], NOW)
            touched |= _merchants_of(connection, [appeal.order_id])

        orders = connection.execute(
            sa.select(_ORDERS.c.order_id, _ORDERS.c.shipped_at)
            .where(_ORDERS.c.shipped_at.is_not(None))
            .order_by(_ORDERS.c.order_id)
        ).all()
        corrected = chance.choice(orders)
        connection.execute(
            _ORDERS.update()
            .where(_ORDERS.c.order_id == corrected.order_id)
            .values(shipped_at=corrected.shipped_at - dt.timedelta(days=chance.randrange(1, 4)))
        )
        mark_orders(connection, [corrected.order_id], NOW)
        touched |= _merchants_of(connection, [corrected.order_id])
    return touched


def _merchants_of(connection: sa.Connection, orders: list[str]) -> set[str]:
    query = sa.select(_ORDERS.c.merchant_id).where(_ORDERS.c.order_id.in_(orders))
    return set(connection.execute(query).scalars())


@pytest.mark.parametrize("seed", [1, 2])
def test_the_marked_merchants_recomputed_equal_a_full_recompute(
    store_engine: sa.Engine, tmp_path: Path, market: Market, book: RuleBook, seed: int
) -> None:
    _imported(store_engine, market, tmp_path / "in")
    run_store_job(store_engine, book, FIRST, LAST, now=NOW)
    touched = _change_at_random(store_engine, seed)

    _result, counts = run_store_job(store_engine, book, NEXT, NEXT, now=LATER)

    expected = _full(store_engine, book)
    stored = _stored(store_engine, merchant_metrics, MERCHANT_METRICS_SCHEMA)
    assert stored.equals(expected.merchant_metrics.select(stored.column_names))
    tracked = _stored(store_engine, order_tracking, ORDER_TRACKING_SCHEMA)
    assert tracked.equals(expected.order_tracking.select(tracked.column_names))
    with store_engine.connect() as connection:
        assert (
            connection.execute(sa.select(sa.func.count()).select_from(metric_marks)).scalar() == 0
        )
        rewritten = connection.execute(
            sa.select(merchant_metrics.c.merchant_id)
            .where(merchant_metrics.c.stat_date < NEXT, merchant_metrics.c.computed_at == LATER)
            .distinct()
        ).scalars()
        assert set(rewritten) == touched  # the others' earlier dates were left alone
    every = len(set(expected.merchant_metrics["merchant_id"].to_pylist()))
    days = (LAST - FIRST).days + 1
    assert counts["merchant_metrics"] == every + len(touched) * days


def test_a_mark_made_while_the_job_runs_stays_for_the_next_run(
    store_engine: sa.Engine, tmp_path: Path, market: Market, book: RuleBook
) -> None:
    _imported(store_engine, market, tmp_path / "in")
    run_store_job(store_engine, book, FIRST, LAST, now=NOW)
    with transaction(store_engine) as connection:
        order_id = connection.execute(sa.select(sa.func.min(_ORDERS.c.order_id))).scalar_one()
        mark_orders(connection, [order_id], NOW)
        # What the job does first: claim the marks there are (run 99).
        connection.execute(metric_marks.update().values(run_id=99))
        # A writer marks the same merchant again before the job's results are written.
        mark_orders(connection, [order_id], NOW, since=LAST)
        connection.execute(sa.text("DELETE FROM metric_marks WHERE run_id = 99"))
        left = connection.execute(sa.select(metric_marks.c.since, metric_marks.c.run_id)).all()
    # The earlier reach is kept, and the newer mark is nobody's claim: it survives.
    assert len(left) == 1 and left[0].run_id is None and left[0].since < LAST


def test_a_merchant_marked_again_while_the_job_computes_is_replaced_not_duplicated(
    store_engine: sa.Engine,
    tmp_path: Path,
    market: Market,
    book: RuleBook,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _imported(store_engine, market, tmp_path / "in")
    run_store_job(store_engine, book, FIRST, LAST, now=NOW)
    with transaction(store_engine) as connection:
        order_id = connection.execute(sa.select(sa.func.min(_ORDERS.c.order_id))).scalar_one()
        mark_orders(connection, [order_id], NOW)
    claim = metrics_job.plan_marked

    def claim_then_a_writer_marks_again(*args: Any, **kwargs: Any) -> Any:
        marked = claim(*args, **kwargs)
        with transaction(store_engine) as connection:  # releases the job's claim
            mark_orders(connection, [order_id], NOW, since=LAST)
        return marked

    monkeypatch.setattr(metrics_job, "plan_marked", claim_then_a_writer_marks_again)
    run_store_job(store_engine, book, NEXT, NEXT, now=LATER)  # no duplicate key

    expected = _full(store_engine, book)
    stored = _stored(store_engine, merchant_metrics, MERCHANT_METRICS_SCHEMA)
    assert stored.equals(expected.merchant_metrics.select(stored.column_names))
    with store_engine.connect() as connection:
        left = connection.execute(sa.select(metric_marks.c.run_id)).scalars().all()
    assert left == [None]  # the newer mark waits for the next run


def test_the_marks_name_the_tables_the_metrics_read() -> None:
    assert METRIC_INPUTS == TABLE_NAMES


def test_an_import_marks_every_merchant_from_its_earliest_row_and_a_same_reimport_none(
    sqlite_engine: sa.Engine, tmp_path: Path, market: Market
) -> None:
    _imported(sqlite_engine, market, tmp_path / "in")
    with transaction(sqlite_engine) as connection:
        marks = connection.execute(sa.select(metric_marks.c.since)).scalars().all()
        merchants = connection.execute(
            sa.select(sa.func.count()).select_from(contract_tables["merchants"])
        ).scalar_one()
        connection.execute(metric_marks.delete())
    # New merchants reach every date computed (they get a row on each).
    assert len(marks) == merchants and set(marks) == {ALL_DATES}
    import_directory(sqlite_engine, tmp_path / "in", zone=ZoneInfo("Asia/Shanghai"), now=NOW)
    with sqlite_engine.connect() as connection:
        assert connection.execute(sa.select(metric_marks)).all() == []


def test_an_import_of_new_events_marks_from_their_earliest_day(
    sqlite_engine: sa.Engine, tmp_path: Path, market: Market
) -> None:
    _imported(sqlite_engine, market, tmp_path / "in")
    with transaction(sqlite_engine) as connection:
        connection.execute(metric_marks.delete())
        shipment = connection.execute(
            sa.select(_SHIPMENTS.c.carrier, _SHIPMENTS.c.tracking_number).limit(1)
        ).one()
    received = dt.datetime(2022, 11, 21, 2, tzinfo=dt.UTC)
    folder = tmp_path / "events"
    folder.mkdir()
    pa.csv.write_csv(
        pa.table(
            {
                "carrier": [shipment.carrier],
                "tracking_number": [shipment.tracking_number],
                "event_time": ["2022-11-21T01:00:00Z"],
                "received_at": [received.isoformat()],
                "description": ["Arrived at the sorting centre"],
                "source": ["platform"],
            }
        ),
        folder / "tracking_events.csv",
    )
    import_directory(sqlite_engine, folder, zone=ZoneInfo("Asia/Shanghai"), now=NOW)
    with sqlite_engine.connect() as connection:
        since = set(connection.execute(sa.select(metric_marks.c.since)).scalars())
    assert since == {dt.date(2022, 11, 20)}  # the event's UTC day, less the zone's margin
