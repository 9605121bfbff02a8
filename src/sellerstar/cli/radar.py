"""`sellerstar radar`: the product radar's detection of suspected IP infringements."""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from zoneinfo import ZoneInfo

import typer

from sellerstar import clock
from sellerstar.config import get_settings
from sellerstar.errors import InputError
from sellerstar.rules import RuleBook, load_rulebook

app = typer.Typer(
    help="Product radar: suspected IP infringements in product listings.",
    no_args_is_help=True,
)


@app.callback()
def _group() -> None:
    """Product radar: suspected IP infringements in product listings."""


def parse_at(text: str, book: RuleBook) -> dt.datetime:
    """An ISO 8601 instant; without a UTC offset it is platform time (the rule-set's zone).

    >>> book = load_rulebook()
    >>> parse_at("2022-11-21 10:00", book).isoformat()
    '2022-11-21T02:00:00+00:00'
    >>> parse_at("2022-11-21T10:00:00+00:00", book).isoformat()
    '2022-11-21T10:00:00+00:00'
    """
    try:
        instant = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(
            f"--at: {text!r} is not a timestamp (YYYY-MM-DD HH:MM[:SS][+HH:MM])"
        ) from None
    if instant.tzinfo is None:
        zone = ZoneInfo(book.in_force(instant.date()).calendar.timezone)
        instant = instant.replace(tzinfo=zone)
    return instant.astimezone(dt.UTC)


@app.command("run")
def run_command(
    at: Annotated[
        str | None,
        typer.Option(
            "--at",
            metavar="TIMESTAMP",
            help="Run as of this instant (ISO 8601; without an offset, platform time). "
            "Default: now.",
        ),
    ] = None,
    database: Annotated[
        str | None,
        typer.Option(
            "--database", metavar="URL", help="Store URL. Default: SELLERSTAR_DATABASE_URL."
        ),
    ] = None,
) -> None:
    """The radar's store job: scan the new and changed listed products against the IP
    rights, open a task per suspected right, rectify the tasks of products no longer
    listed, and delist with penalty points the tasks past their deadline.

    The same step as in the daily job (`sellerstar compute`), under the same lock. Product
    and reference images are read under SELLERSTAR_PRODUCT_IMAGES_DIR. Safe to re-run: a
    second run opens nothing and records no points twice.
    """
    from sellerstar.jobs.daily import lock
    from sellerstar.jobs.radar import run_radar_job
    from sellerstar.store import migrate
    from sellerstar.store.db import opened

    settings = get_settings()
    book = load_rulebook(settings.rules_dir)
    now = parse_at(at, book) if at is not None else clock.now(settings, book)
    with opened(database or settings.database_url) as store:
        migrate.require_head(store)
        with lock(store):
            summary = run_radar_job(store, book, now)
    if summary is None:
        rule_set = book.in_force_at(now)
        typer.echo(
            f"the rule-set in force at {now:%Y-%m-%d %H:%M} UTC ({rule_set.id}) has no "
            "product radar: nothing done"
        )
        return
    typer.echo(
        f"scanned {summary['products_scanned']} of {summary['products_listed']} listed "
        f"products: {summary['findings']} findings, {summary['tasks_opened']} tasks opened "
        f"({summary['covered_by_task']} already covered by a task, {summary['qualified']} "
        f"covered by an approved qualification)"
    )
    if summary["images_unreadable"]:
        typer.echo(f"{summary['images_unreadable']} product images could not be read")
    typer.echo(
        f"{summary['tasks_of_removed_products']} tasks of removed products rectified, "
        f"{summary['delisted']} products delisted with penalty points, "
        f"{summary['waiting']} past the deadline waiting for a review"
    )
