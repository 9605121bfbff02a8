"""`sellerstar stars`: predicted star levels (daily), the official evaluation (monthly),
and one merchant's stars with the reasons behind them."""

from __future__ import annotations

from typing import Annotated

import typer

from sellerstar import clock
from sellerstar.cli.metrics import (
    FromOption,
    StatDateOption,
    ToOption,
    parse_date,
    stat_range,
)
from sellerstar.cli.progress import Quiet, working
from sellerstar.config import get_settings
from sellerstar.domain.calendar import platform_date
from sellerstar.errors import InputError
from sellerstar.rules import RuleBook, load_rulebook

app = typer.Typer(
    help="Star levels: predicted daily, official monthly, with their explanations.",
    no_args_is_help=True,
)


@app.callback()
def _group() -> None:
    """Star levels: predicted daily, official monthly, with their explanations."""


def _book() -> RuleBook:
    return load_rulebook(get_settings().rules_dir)


@app.command("predict")
def predict_command(
    view_date: Annotated[
        str | None,
        typer.Option(
            "--view-date",
            metavar="YYYY-MM-DD",
            help="Merchant view date V: stat date V - lag. Default: today.",
        ),
    ] = None,
    stat_date: StatDateOption = None,
    first: FromOption = None,
    last: ToOption = None,
    quiet: Quiet = False,
) -> None:
    """Compute the predicted star levels of stat dates from the stored metrics.

    `sellerstar compute` does this after the metrics; this command recomputes the stars
    alone (e.g. after new capability scores or violations were imported: the imported
    violations are copied into the penalty-points ledger first). Rerunning a date replaces
    it.
    """
    from sellerstar.jobs.metrics import resolve_stat_dates
    from sellerstar.jobs.penalties import run_penalty_job
    from sellerstar.jobs.stars import run_star_job
    from sellerstar.stars.batch import render
    from sellerstar.store.db import opened

    book = _book()
    now = clock.now()
    dates = stat_range(stat_date, first, last)
    view = parse_date(view_date, "--view-date") if view_date is not None else None
    if dates is not None and view is not None:
        raise InputError("give --view-date or a stat date (--stat-date, --from/--to), not both")
    if dates is None:
        dates = resolve_stat_dates(book, view, now)
    with opened(get_settings().database_url) as store:
        run_penalty_job(store, book, now)
        with working("predicted star levels", quiet=quiet):
            evaluation, counts = run_star_job(store, book, *dates, now=now)
    typer.echo(render(evaluation))
    typer.echo(
        f"stored {counts['star_levels']} star_levels and {counts['star_averages']} "
        f"star_averages rows for {dates[0]} … {dates[1]}"
    )


@app.command("official")
def official_command(
    month: Annotated[
        str | None,
        typer.Option(
            "--month",
            metavar="YYYY-MM",
            help="Month of the evaluation; default: this month (platform time zone).",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Re-run a published month (operator and reason).")
    ] = False,
    operator: Annotated[
        str | None,
        typer.Option("--operator", metavar="LOGIN", help="Login of the operator publishing."),
    ] = None,
    reason: Annotated[
        str | None,
        typer.Option("--reason", metavar="TEXT", help="Why a published month is re-run."),
    ] = None,
    quiet: Quiet = False,
) -> None:
    """Publish the official star levels of a month (run it on the evaluation day).

    The evaluation uses the figures of the last day of the previous month under the
    rule-set in force on the evaluation date. A published month is immutable: a re-run
    needs --force, an operator's login and a reason, and is written to the audit log.
    """
    from sellerstar.jobs.official import run_official
    from sellerstar.stars.batch import render
    from sellerstar.store.db import opened

    book = _book()
    now = clock.now()
    if month is None:
        month = platform_date(now, book.in_force_at(now).calendar.timezone).strftime("%Y-%m")
    with opened(get_settings().database_url) as store, working("official evaluation", quiet=quiet):
        run = run_official(store, book, month, now, force=force, operator=operator, reason=reason)
    plan = run.plan
    typer.echo(
        f"official evaluation {plan.label}: evaluated on {plan.evaluation_date} from stat date "
        f"{plan.stat_date} under rule-set {plan.rule_set.id}; run {run.runs} by {run.published_by}"
        + (f", {run.changed} star levels changed" if run.runs > 1 else "")
    )
    typer.echo(render(run.evaluation))


@app.command("show")
def show_command(
    merchant: Annotated[str, typer.Option("--merchant", metavar="ID", help="Merchant id.")],
    stat_date: StatDateOption = None,
) -> None:
    """Print a merchant's newest predicted and official stars and what held them back."""
    from sellerstar.cli.star_text import describe
    from sellerstar.queries.star_levels import latest, official
    from sellerstar.store.db import create_engine
    from sellerstar.web.i18n import translations
    from sellerstar.web.words.stars import MISSING_INPUTS, RISK_HEALTH_SOURCES

    day = parse_date(stat_date, "--stat-date") if stat_date is not None else None
    book = _book()
    engine = create_engine(get_settings().database_url)
    try:
        with engine.connect() as connection:
            predicted = latest(connection, merchant, day)
            published = official(connection, book, merchant)
    finally:
        engine.dispose()
    if predicted is None and published is None:
        raise InputError(f"no star levels for merchant {merchant!r}")
    say = translations("en").gettext
    missing = {code: say(text) for code, text in MISSING_INPUTS.items()}
    sources = {code: say(text) for code, text in RISK_HEALTH_SOURCES.items()}
    typer.echo(describe(predicted, published, missing, sources))
