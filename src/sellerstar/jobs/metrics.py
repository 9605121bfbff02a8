"""The metric job (store mode): system of record → metrics → result tables in the store.

The contract tables are streamed out of the store column-wise into Arrow
(:mod:`sellerstar.store.arrow_bulk`: ADBC, binary ``COPY`` on PostgreSQL), computed by the
same runner as lake mode, and the results of every stat date of the run replace that
date's rows in ``merchant_metrics`` and ``order_tracking``, each table in one transaction
(staged, then delete and ``INSERT ... SELECT``). Each run is recorded in ``job_runs`` (also
when it fails).
"""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import sqlalchemy as sa

from sellerstar import engines
from sellerstar.domain.calendar import platform_date, stat_date_for_view
from sellerstar.metrics.runner import Result, compute
from sellerstar.metrics.tables import TABLE_NAMES, arrow_schema, from_arrow
from sellerstar.rules import RuleBook
from sellerstar.store.arrow_bulk import Wanted, read_tables, replace_rows
from sellerstar.store.job_log import recorded
from sellerstar.store.schema import contract_tables, merchant_metrics, order_tracking

JOB_NAME = "compute"


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


def read_store(store: sa.Engine) -> dict[str, pa.Table]:
    """The contract tables the metrics read, as typed Arrow tables."""
    return read_tables(
        store, {name: Wanted(contract_tables[name], arrow_schema(name)) for name in TABLE_NAMES}
    )


def run_store_job(
    store: sa.Engine,
    book: RuleBook,
    first: dt.date,
    last: dt.date,
    backend: str | None = None,
    now: dt.datetime | None = None,
) -> tuple[Result, dict[str, int]]:
    """Compute stat dates ``first`` … ``last`` from ``store`` into its result tables with
    the metric ``backend`` (default: the setting); returns the result and the rows written
    per table."""
    now = now or dt.datetime.now(dt.UTC)
    params = {"first": first.isoformat(), "last": last.isoformat(), "backend": backend}
    with recorded(store, JOB_NAME, params, now) as run:
        data = read_store(store)
        ibis_backend = engines.connect(backend)
        try:
            result = compute(
                ibis_backend,
                from_arrow(ibis_backend, data),
                book,
                first,
                last,
                orders_all_dates=True,
            )
        finally:
            engines.disconnect(ibis_backend)
        counts = _replace(store, result, first, last, now)
        run.summary = counts
    return result, counts


def _replace(
    store: sa.Engine, result: Result, first: dt.date, last: dt.date, now: dt.datetime
) -> dict[str, int]:
    """Replace the run's dates in both result tables with the new rows."""
    dates = f"stat_date BETWEEN '{first.isoformat()}' AND '{last.isoformat()}'"
    return {
        target.name: replace_rows(store, target, rows, dates, computed_at=now)
        for target, rows in (
            (merchant_metrics, result.merchant_metrics),
            (order_tracking, result.order_tracking),
        )
    }
