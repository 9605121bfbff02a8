"""`sellerstar metrics run` (lake mode) and `sellerstar compute` (the daily job on the store).

Both compute the same figures with the same code (:mod:`sellerstar.metrics.runner`); they
differ in where the data comes from and where the results go.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Annotated

import typer

from sellerstar import clock, engines
from sellerstar.cli.progress import Quiet, step_progress, working
from sellerstar.config import get_settings
from sellerstar.errors import InputError
from sellerstar.metrics import summary
from sellerstar.metrics.lake import run_lake
from sellerstar.metrics.output import FORMATS
from sellerstar.rules import RuleBook, load_rulebook

app = typer.Typer(
    help="Metric engine: tracking visibility, guaranteed-delivery coverage, on-time shipment.",
    no_args_is_help=True,
)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@app.callback()
def _group() -> None:
    """Metric engine: tracking visibility, guaranteed-delivery coverage, on-time shipment."""


BackendOption = Annotated[
    str | None,
    typer.Option(
        "--backend",
        "--engine",
        help=f"Metric backend: {' or '.join(engines.BACKENDS)}; default SELLERSTAR_BACKEND "
        "(duckdb). --engine is its former name.",
    ),
]
StatDateOption = Annotated[
    str | None, typer.Option("--stat-date", metavar="YYYY-MM-DD", help="One stat date.")
]
FromOption = Annotated[
    str | None,
    typer.Option("--from", metavar="YYYY-MM-DD", help="First stat date of a range (with --to)."),
]
ToOption = Annotated[
    str | None,
    typer.Option("--to", metavar="YYYY-MM-DD", help="Last stat date of a range (with --from)."),
]


def parse_date(text: str, option: str) -> dt.date:
    """A ``YYYY-MM-DD`` option value; anything else is an error naming the option.

    >>> parse_date("2022-11-06", "--stat-date")
    datetime.date(2022, 11, 6)
    """
    try:
        if _ISO_DATE.fullmatch(text) is None:
            raise ValueError("expected YYYY-MM-DD")
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise InputError(f"{option}: {text!r} is not a date ({exc})") from None


def stat_range(
    stat_date: str | None, first: str | None, last: str | None
) -> tuple[dt.date, dt.date] | None:
    """The stat dates asked for: one date, a range, or None when neither is given."""
    if stat_date is not None:
        if first is not None or last is not None:
            raise InputError("give --stat-date or --from/--to, not both")
        day = parse_date(stat_date, "--stat-date")
        return day, day
    if (first is None) != (last is None):
        raise InputError("--from and --to go together")
    if first is None or last is None:
        return None
    start, end = parse_date(first, "--from"), parse_date(last, "--to")
    if end < start:
        raise InputError(f"--to {end} is before --from {start}")
    return start, end


def _book() -> RuleBook:
    return load_rulebook(get_settings().rules_dir)


@app.command("run")
def run_command(
    input_dir: Annotated[
        Path,
        typer.Option(
            "--input", metavar="DIR", help="Folder with the contract tables (Parquet, CSV, JSONL)."
        ),
    ],
    output: Annotated[
        Path, typer.Option("--output", metavar="OUT", help="Folder to write the results to.")
    ],
    stat_date: StatDateOption = None,
    first: FromOption = None,
    last: ToOption = None,
    output_format: Annotated[
        str, typer.Option("--format", help=f"Output format: {', '.join(FORMATS)}.")
    ] = "parquet",
    backend: BackendOption = None,
    quiet: Quiet = False,
    orders_all_dates: Annotated[
        bool,
        typer.Option(
            "--orders-all-dates", help="Write order_tracking for every date of the range."
        ),
    ] = False,
) -> None:
    """Compute the metrics straight from a data-lake folder, without the store.

    Writes OUT/merchant_metrics.<format> (every merchant, every stat date) and
    OUT/order_tracking.<format> (orders in tracking-visibility scope on the last date, or
    on every date with --orders-all-dates), then prints a summary of the last date.
    """
    dates = stat_range(stat_date, first, last)
    if dates is None:
        raise InputError("give --stat-date S, or --from S1 --to S2")
    if output_format not in FORMATS:
        raise InputError(f"--format: {output_format!r} is not one of {', '.join(FORMATS)}")
    if not input_dir.is_dir():
        raise InputError(f"--input: {input_dir} is not a folder")
    with working(f"metrics {dates[0]} … {dates[1]}", quiet=quiet):
        result, paths = run_lake(
            input_dir,
            output,
            dates[0],
            dates[1],
            book=_book(),
            backend=backend,
            output_format=output_format,
            orders_all_dates=orders_all_dates,
        )
    typer.echo(summary.render(result))
    for path in paths:
        typer.echo(f"wrote {path}")


def compute_command(
    view_date: Annotated[
        str | None,
        typer.Option(
            "--view-date",
            metavar="YYYY-MM-DD",
            help="Merchant view date V: computes stat date V - lag. Default: today.",
        ),
    ] = None,
    stat_date: StatDateOption = None,
    first: FromOption = None,
    last: ToOption = None,
    backend: BackendOption = None,
    quiet: Quiet = False,
) -> None:
    """The daily job: compute the metrics from the store and write the results into it,
    then the guaranteed upgrade service's penalty points and compensations (`sellerstar
    guarantee run`), the product radar's scan of new and changed listings and its
    deadlines (`sellerstar radar run`), the marketplace's violations into the
    penalty-points ledger, and the predicted star levels of the same dates (`sellerstar
    stars predict`), whose risk health score the ledger's active points make.

    Rerunning a date replaces that date's rows. Without a date, the view date is today in
    the platform time zone, so the stat date is today minus the data lag.
    """
    from sellerstar.jobs.daily import STEPS, run_daily_job
    from sellerstar.jobs.metrics import resolve_stat_dates
    from sellerstar.stars.batch import render as render_stars
    from sellerstar.store.db import opened

    book = _book()
    dates = stat_range(stat_date, first, last)
    view = parse_date(view_date, "--view-date") if view_date is not None else None
    if dates is not None and view is not None:
        raise InputError("give --view-date or a stat date (--stat-date, --from/--to), not both")
    if dates is None:
        dates = resolve_stat_dates(book, view, clock.now())
    with (
        opened(get_settings().database_url) as store,
        step_progress(len(STEPS), quiet=quiet, label="daily job") as on_step,
    ):
        run = run_daily_job(
            store, book, dates[0], dates[1], now=clock.now(), backend=backend, on_step=on_step
        )
    typer.echo(summary.render(run.metrics))
    typer.echo(
        f"stored {run.metric_rows['merchant_metrics']} merchant_metrics and "
        f"{run.metric_rows['order_tracking']} order_tracking rows for {dates[0]} … {dates[1]}"
    )
    if run.radar is not None:
        typer.echo(
            f"radar: {run.radar['products_scanned']} products scanned, "
            f"{run.radar['tasks_opened']} tasks opened, {run.radar['delisted']} delisted"
        )
    typer.echo(
        f"reviews: {run.reviews.get('review_store_ratings', 0)} store ratings, "
        f"{run.reviews.get('review_products', 0)} products"
    )
    typer.echo(render_stars(run.stars))
    typer.echo(f"stored {run.star_rows['star_levels']} star_levels rows")
    typer.echo(
        f"guarantee: {run.guarantee['penalties_written']} penalty points written "
        f"({run.guarantee['penalties_waived']} waived while enrolled), "
        f"{run.guarantee['compensations_written']} compensations"
    )
