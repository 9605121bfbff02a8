"""`make demo` end to end: migrate, generate, import, and run the daily job for 30 days.

Each step is the same code path a marketplace uses (`sellerstar db upgrade`, `import`,
`compute`); this module only strings them together for a first look at the product.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.table import Table

from sellerstar.demo.options import DEFAULT_AS_OF, GenerateOptions
from sellerstar.demo.report import run as generate_with_report
from sellerstar.domain.calendar import stat_date_for_view
from sellerstar.ingest.contract import ImportResult, import_directory
from sellerstar.metrics import summary as metrics_summary
from sellerstar.metrics.store_job import run_store_job
from sellerstar.rules import RuleBook
from sellerstar.services.demo_accounts import DEMO_LOGINS, DEMO_PASSWORD, create_demo_accounts
from sellerstar.store import migrate
from sellerstar.store.db import create_engine, transaction


@dataclass(frozen=True)
class DemoRun:
    """What the demo imported and computed."""

    imported: ImportResult
    first_stat_date: dt.date
    last_stat_date: dt.date
    stored_rows: dict[str, int]
    demo_merchant_id: str


def run_demo(
    database_url: str,
    data_dir: Path,
    orders: int,
    book: RuleBook,
    *,
    seed: int = 0,
    trend_days: int = 30,
    console: Console | None = None,
) -> DemoRun:
    """Build the demo store at ``database_url`` from a generated marketplace.

    The daily job runs for the ``trend_days`` stat dates that end at the demo's view date
    (its as-of day), so the pages have a month of history to draw trends from.
    """
    console = console or Console()
    migrate.upgrade(database_url)
    generate_with_report(
        GenerateOptions(out=data_dir, orders=orders, seed=seed, overwrite=True), console
    )
    view = DEFAULT_AS_OF
    calendar = book.in_force(view).calendar
    engine = create_engine(database_url)
    try:
        imported = import_directory(engine, data_dir, zone=ZoneInfo(calendar.timezone))
        with transaction(engine) as connection:
            demo_merchant = create_demo_accounts(connection, dt.datetime.now(dt.UTC))
    finally:
        engine.dispose()
    last = stat_date_for_view(view, calendar.data_lag_days)
    first = last - dt.timedelta(days=trend_days - 1)
    computed, stored = run_store_job(database_url, book, first, last)
    result = DemoRun(imported, first, last, stored, demo_merchant)
    console.print(summary_table(result))
    console.print(metrics_summary.render(computed))
    return result


def summary_table(result: DemoRun) -> Table:
    """What was imported per table and how many result rows the daily job stored."""
    table = Table(title="sellerstar demo", title_justify="left")
    table.add_column("step")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, counts in result.imported.counts.items():
        table.add_row("imported", name, f"{counts.read:,}")
    table.add_section()
    span = f"{result.first_stat_date} … {result.last_stat_date}"
    for name, rows in result.stored_rows.items():
        table.add_row(f"computed {span}", name, f"{rows:,}")
    table.add_section()
    for login in DEMO_LOGINS:
        table.add_row("sign-in account", f"{login} / {DEMO_PASSWORD}", "")
    table.add_row("demo merchant", result.demo_merchant_id, "")
    return table
