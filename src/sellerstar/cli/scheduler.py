"""`sellerstar scheduler`: run the daily job and the official evaluations on time."""

from __future__ import annotations

import datetime as dt
import time
from typing import Annotated
from zoneinfo import ZoneInfo

import typer

from sellerstar.config import get_settings
from sellerstar.domain.schedule import next_wake
from sellerstar.rules import load_rulebook

app = typer.Typer(help="Run the daily job and the monthly official evaluation when due.")


@app.command("run")
def run(
    once: Annotated[bool, typer.Option("--once", help="Run what is due now, then stop.")] = False,
) -> None:
    """Run what is due now, then (without --once) sleep until the next due time, forever.

    The daily job runs once per view date from SELLERSTAR_DAILY_JOB_AT (platform time); the
    official evaluation on the rule-set's day and time (the 5th at 09:00).
    """
    # The jobs pull in every engine (Ibis, DuckDB, scikit-learn, jieba): imported here so that
    # `sellerstar scheduler --help` stays quick.
    from sellerstar.jobs.notifications import Notifier, run_notifier
    from sellerstar.jobs.scheduler import run_due
    from sellerstar.store import migrate
    from sellerstar.store.db import opened
    from sellerstar.web.notification_mail import compose

    settings = get_settings()
    book = load_rulebook(settings.rules_dir)
    with opened(settings.database_url) as store:
        migrate.require_head(store)
        while True:
            now = dt.datetime.now(dt.UTC)
            passed = run_due(store, book, now, settings.daily_job_at, settings.evidence_dir)
            for outcome in passed:
                task = outcome.task
                result = "done" if outcome.error is None else f"failed: {outcome.error}"
                typer.echo(f"{now:%Y-%m-%d %H:%M} {task.kind} {task.key}: {result}")
            # Then the notifier's pass, so the messages those jobs wrote leave at once (a
            # `sellerstar notifications send` worker keeps delivering in between).
            sent = run_notifier(store, book, Notifier.from_settings(settings), compose)
            typer.echo(f"{now:%Y-%m-%d %H:%M} notifications: {sent}")
            if once:
                return
            rule_set = book.in_force_at(now)
            zone = ZoneInfo(rule_set.calendar.timezone)
            official = rule_set.star_level.official_evaluation
            wake = next_wake(
                now.astimezone(zone).replace(tzinfo=None),
                settings.daily_job_at,
                official.day,
                official.at,
            ).replace(tzinfo=zone)
            time.sleep(max(1.0, (wake - dt.datetime.now(dt.UTC)).total_seconds()))
