"""The scheduler: runs the daily job and the official evaluations when they fall due.

`sellerstar scheduler run` loops (or runs once with ``--once``, e.g. from cron). What is
due comes from :func:`sellerstar.domain.schedule.due`; what was done from the store
(``job_runs`` of the daily job, published ``star_evaluations``), so a restart or a second
pass never runs a task twice. The daily job runs under its lock in the store, so a
scheduler never runs it alongside the console's or the CLI's run. Each pass also sweeps
the evidence folder (`sellerstar appeals sweep-evidence`).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from sellerstar.domain.calendar import stat_date_for_view, view_date_for_stat
from sellerstar.domain.schedule import Task, due
from sellerstar.jobs.daily import LAST_STEP, JobAlreadyRunning, run_daily_job
from sellerstar.jobs.evidence import sweep_evidence
from sellerstar.jobs.official import run_official
from sellerstar.rules import RuleBook
from sellerstar.stars.inputs import computed_stat_dates
from sellerstar.stars.official import plan_official
from sellerstar.store.schema import job_runs, star_evaluations

_LOG = logging.getLogger("sellerstar.scheduler")


def last_daily_view(connection: sa.Connection, lag: int) -> dt.date | None:
    """The newest view date whose daily job succeeded to its last step (from its last
    stat date); a run that failed half-way is run again."""
    rows = connection.execute(
        sa.select(job_runs.c.params)
        .where(job_runs.c.job == LAST_STEP, job_runs.c.status == "succeeded")
        .order_by(job_runs.c.id.desc())
        .limit(50)
    )
    lasts = [dt.date.fromisoformat(row.params["last"]) for row in rows if row.params]
    return view_date_for_stat(max(lasts), lag) if lasts else None


def due_now(store: sa.Engine, book: RuleBook, now: dt.datetime, daily_at: dt.time) -> list[Task]:
    """The tasks due at ``now`` for ``store``."""
    rule_set = book.in_force_at(now)
    local = now.astimezone(ZoneInfo(rule_set.calendar.timezone)).replace(tzinfo=None)
    official = rule_set.star_level.official_evaluation
    with store.connect() as connection:
        last = last_daily_view(connection, rule_set.calendar.data_lag_days)
        published = {
            f"{month:%Y-%m}" for month in connection.scalars(sa.select(star_evaluations.c.month))
        }
    return due(
        local,
        last_daily_view=last,
        published=published,
        daily_at=daily_at,
        official_day=official.day,
        official_at=official.at,
    )


@dataclass(frozen=True)
class Outcome:
    """A task the pass ran, and the error that stopped it (None: it succeeded)."""

    task: Task
    error: str | None


def run_due(
    store: sa.Engine,
    book: RuleBook,
    now: dt.datetime,
    daily_at: dt.time,
    evidence_dir: Path | None = None,
) -> list[Outcome]:
    """Run every task due at ``now``; a failure is recorded and stops the pass (the next
    pass tries again: nothing was marked done). Then sweep ``evidence_dir`` of files
    filings left unreferenced (when given)."""
    outcomes = _run_tasks(store, book, now, daily_at)
    if evidence_dir is not None:
        _sweep(store, evidence_dir)
    return outcomes


def _sweep(store: sa.Engine, folder: Path) -> None:
    try:
        swept = sweep_evidence(store, folder)
    except Exception:  # upkeep: the loop must outlive it; the next pass sweeps again
        _LOG.exception("sweeping the evidence folder %s failed", folder)
        return
    _LOG.info("evidence sweep: %s orphan(s), %s .part file(s) removed", swept.orphans, swept.parts)


def _run_tasks(
    store: sa.Engine, book: RuleBook, now: dt.datetime, daily_at: dt.time
) -> list[Outcome]:
    outcomes: list[Outcome] = []
    for task in due_now(store, book, now, daily_at):
        _LOG.info("running %s %s", task.kind, task.key)
        try:
            _run(store, book, task, now)
        except JobAlreadyRunning as exc:
            # Started elsewhere (the console, `sellerstar compute`, another scheduler):
            # nothing is marked done, so the next pass looks again.
            _LOG.info("%s %s not started: %s", task.kind, task.key, exc)
            outcomes.append(Outcome(task, str(exc)))
            break
        except Exception as exc:  # the loop must outlive one failed run; the log has it
            _LOG.exception("%s %s failed", task.kind, task.key)
            outcomes.append(Outcome(task, f"{type(exc).__name__}: {exc}"))
            break
        outcomes.append(Outcome(task, None))
    return outcomes


def _run(store: sa.Engine, book: RuleBook, task: Task, now: dt.datetime) -> None:
    if task.kind == "daily":
        view = dt.date.fromisoformat(task.key)
        stat = stat_date_for_view(view, book.in_force(view).calendar.data_lag_days)
        run_daily_job(store, book, stat, stat, now=now)
        return
    # The evaluation reads the previous month's last stat date: compute it first when a
    # missed day left it out.
    stat = plan_official(book, task.key).stat_date
    with store.connect() as connection:
        missing = stat not in computed_stat_dates(connection, stat, stat)
    if missing:
        run_daily_job(store, book, stat, stat, now=now)
    run_official(store, book, task.key, now)
