"""Store mode, the daily job: `sellerstar compute` reads the system of record and writes
the same numbers as lake mode into its result tables, idempotently, on SQLite and
PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
import typer
from metrics_backends import Backends
from metrics_market import Market
from metrics_scenarios import combined_market
from typer.testing import CliRunner

from sellerstar.cli.metrics import compute_command
from sellerstar.config import get_settings
from sellerstar.errors import ConfigurationError
from sellerstar.ingest.contract import import_directory
from sellerstar.jobs import metrics as metrics_job
from sellerstar.jobs.metrics import reach_of, read_store, run_store_job, spool_store
from sellerstar.metrics.output import MERCHANT_METRICS_SCHEMA, ORDER_TRACKING_SCHEMA
from sellerstar.metrics.runner import Result, compute
from sellerstar.metrics.tables import from_arrow
from sellerstar.rules import RuleBook
from sellerstar.store.db import create_engine, opened
from sellerstar.store.schema import job_runs, merchant_metrics, order_tracking

FIRST, LAST = dt.date(2022, 11, 20), dt.date(2022, 11, 24)
NOW = dt.datetime(2022, 11, 26, 22, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def market() -> Market:
    return combined_market()


@pytest.fixture(scope="module")
def expected(backends: Backends, book: RuleBook, market: Market) -> Result:
    backend = backends.get("duckdb")
    return compute(backend, from_arrow(backend, market.arrow()), book, FIRST, LAST, True)


def _imported(url: str, market: Market, folder: Path) -> None:
    market.write(folder, "csv")
    engine = create_engine(url)
    try:
        import_directory(engine, folder, zone=ZoneInfo("Asia/Shanghai"), now=NOW)
    finally:
        engine.dispose()


def _stored(url: str, table: sa.Table, schema: pa.Schema) -> pa.Table:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            rows = [dict(r._mapping) for r in connection.execute(sa.select(table))]
    finally:
        engine.dispose()
    wanted = [n for n in schema.names if n in table.c]
    typed = pa.Table.from_pylist(
        [{n: r[n] for n in wanted} for r in rows],
        schema=pa.schema([schema.field(n) for n in wanted]),
    )
    return typed.sort_by(
        [("stat_date", "ascending"), ("merchant_id", "ascending")]
        + ([("order_id", "ascending")] if "order_id" in wanted else [])
    )


def _same(stored: pa.Table, computed: pa.Table) -> None:
    assert stored.equals(computed.select(stored.column_names))


def test_store_mode_equals_lake_mode_and_reruns_replace(
    database_url: str, tmp_path: Path, market: Market, expected: Result, book: RuleBook
) -> None:
    _imported(database_url, market, tmp_path / "in")
    with opened(database_url) as store:
        _, counts = run_store_job(store, book, FIRST, LAST, now=NOW)
    assert counts == {
        "merchant_metrics": expected.merchant_metrics.num_rows,
        "order_tracking": expected.order_tracking.num_rows,
    }
    first_metrics = _stored(database_url, merchant_metrics, MERCHANT_METRICS_SCHEMA)
    first_orders = _stored(database_url, order_tracking, ORDER_TRACKING_SCHEMA)
    _same(first_metrics, expected.merchant_metrics)
    _same(first_orders, expected.order_tracking)

    later = NOW + dt.timedelta(days=1)
    with opened(database_url) as store:
        run_store_job(store, book, LAST, LAST, now=later)
    _same(_stored(database_url, merchant_metrics, MERCHANT_METRICS_SCHEMA), first_metrics)
    _same(_stored(database_url, order_tracking, ORDER_TRACKING_SCHEMA), first_orders)
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            stamps = dict(
                connection.execute(
                    sa.select(
                        merchant_metrics.c.stat_date, sa.func.max(merchant_metrics.c.computed_at)
                    ).group_by(merchant_metrics.c.stat_date)
                ).all()
            )
            runs = connection.execute(
                sa.select(job_runs.c.job, job_runs.c.status, job_runs.c.params).order_by(
                    job_runs.c.id
                )
            ).all()
    finally:
        engine.dispose()
    assert stamps[LAST].replace(tzinfo=dt.UTC) == later
    assert stamps[FIRST].replace(tzinfo=dt.UTC) == NOW
    assert [(r.job, r.status) for r in runs] == [("compute", "succeeded")] * 2
    assert runs[1].params["first"] == LAST.isoformat()


def test_spooled_tables_hold_exactly_what_the_reader_reads(
    database_url: str, tmp_path: Path, market: Market, book: RuleBook
) -> None:
    _imported(database_url, market, tmp_path / "in")
    reach = reach_of(book, FIRST, LAST)
    with opened(database_url) as store:
        read = read_store(store, reach)
        files = spool_store(store, reach, tmp_path)
    assert read["tracking_events"].num_rows > 0 and read["orders"].num_rows > 0
    for name, table in read.items():
        spooled = pq.read_table(files[name])
        assert spooled.schema == table.schema, name
        assert spooled.equals(table), name


@pytest.mark.parametrize("share", [0.0, 2.0], ids=["scan", "parcels"])
def test_sqlite_reads_the_events_either_way_to_the_same_results(
    sqlite_engine: sa.Engine,
    tmp_path: Path,
    market: Market,
    expected: Result,
    book: RuleBook,
    share: float,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """At or above ``SCAN_EVENTS_SHARE`` of the orders in reach, SQLite reads every event
    received in time (a scan) instead of its orders' parcels' events; the engine's join
    makes the results the same."""
    url = sqlite_engine.url.render_as_string(hide_password=False)
    _imported(url, market, tmp_path / "in")
    monkeypatch.setattr(metrics_job, "SCAN_EVENTS_SHARE", share)
    reach = reach_of(book, FIRST, LAST)
    events = read_store(sqlite_engine, reach)["tracking_events"]
    parcels = read_store(sqlite_engine, reach)["shipments"].select(["carrier", "tracking_number"])
    others = events.join(parcels, ["carrier", "tracking_number"], join_type="left anti")
    # The scan brings other parcels' events too; the parcels' reading only its own.
    assert (others.num_rows > 0) == (share == 0.0)
    result, _ = run_store_job(sqlite_engine, book, FIRST, LAST, now=NOW)
    assert result.merchant_metrics.equals(expected.merchant_metrics)
    assert result.order_tracking.equals(expected.order_tracking)


def test_sqlite_scans_the_events_from_a_share_of_the_orders_in_reach(
    sqlite_engine: sa.Engine,
    tmp_path: Path,
    market: Market,
    book: RuleBook,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reach = reach_of(book, FIRST, LAST)
    assert not metrics_job._scan_events(sqlite_engine, reach)  # no orders: nothing to scan
    url = sqlite_engine.url.render_as_string(hide_password=False)
    _imported(url, market, tmp_path / "in")
    orders = market.arrow()["orders"].to_pylist()
    times = ("paid_at", "ship_by", "shipped_at")
    seen = sum(any(o[t] is not None and o[t] >= reach.since for t in times) for o in orders)
    assert 0 < seen < len(orders)
    monkeypatch.setattr(metrics_job, "SCAN_EVENTS_SHARE", seen / len(orders))
    assert metrics_job._scan_events(sqlite_engine, reach)
    monkeypatch.setattr(metrics_job, "SCAN_EVENTS_SHARE", (seen + 0.5) / len(orders))
    assert not metrics_job._scan_events(sqlite_engine, reach)


def test_a_failed_run_is_recorded(database_url: str, book: RuleBook) -> None:
    with opened(database_url) as store, pytest.raises(ConfigurationError):
        run_store_job(store, book, LAST, LAST, backend="oracle", now=NOW)
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            run = connection.execute(sa.select(job_runs)).one()
    finally:
        engine.dispose()
    assert run.status == "failed" and "unknown metric backend" in run.error


def test_compute_command_takes_the_view_date(
    sqlite_engine: sa.Engine,
    tmp_path: Path,
    market: Market,
    expected: Result,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = sqlite_engine.url.render_as_string(hide_password=False)
    _imported(url, market, tmp_path / "in")
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", url)
    get_settings.cache_clear()
    try:
        cli = typer.Typer()
        cli.command()(compute_command)
        result = CliRunner().invoke(cli, ["--view-date", "2022-11-26"], catch_exceptions=False)
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert "for 2022-11-24 … 2022-11-24" in result.output
    stored = _stored(url, merchant_metrics, MERCHANT_METRICS_SCHEMA)
    assert {str(d) for d in stored["stat_date"].to_pylist()} == {"2022-11-24"}
    on_last = expected.merchant_metrics.filter(
        pa.compute.equal(expected.merchant_metrics["stat_date"], pa.scalar(LAST, pa.date32()))
    )
    _same(stored, on_last)


@pytest.mark.spark
def test_store_mode_on_spark(
    sqlite_engine: sa.Engine, tmp_path: Path, market: Market, expected: Result, book: RuleBook
) -> None:
    url = sqlite_engine.url.render_as_string(hide_password=False)
    _imported(url, market, tmp_path / "in")
    run_store_job(sqlite_engine, book, FIRST, LAST, backend="spark", now=NOW)
    _same(_stored(url, merchant_metrics, MERCHANT_METRICS_SCHEMA), expected.merchant_metrics)
    _same(_stored(url, order_tracking, ORDER_TRACKING_SCHEMA), expected.order_tracking)
