"""The daily job, in order: metrics, predicted star levels, guaranteed-service outcomes.

One function so the CLI (`sellerstar compute`), the operators' console, the scheduler and
the demo run exactly the same steps; each step records itself in ``job_runs``. The job is
single-flight across processes: it runs holding the ``daily`` row of ``job_locks``
(:mod:`sellerstar.store.job_lock`), and a second start meanwhile is refused with
:class:`JobAlreadyRunning`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.metrics.runner import Result
from sellerstar.metrics.store_job import JOB_NAME as METRICS_STEP
from sellerstar.metrics.store_job import run_store_job
from sellerstar.rules import RuleBook
from sellerstar.services.guarantee_job import JOB_NAME as LAST_STEP
from sellerstar.services.guarantee_job import run_guarantee_job
from sellerstar.stars.batch import Evaluation
from sellerstar.stars.job import JOB_NAME as STARS_STEP
from sellerstar.stars.job import run_star_job
from sellerstar.store import job_lock, job_log
from sellerstar.store.db import create_engine
from sellerstar.store.job_lock import JobAlreadyRunning, JobLock

__all__ = ["LAST_STEP", "LOCK_NAME", "DailyRun", "JobAlreadyRunning", "lock", "run_daily_job"]

LOCK_NAME = "daily"
"""The ``job_locks`` row the daily job runs under."""
STEPS = (METRICS_STEP, STARS_STEP, LAST_STEP)
"""The daily job's steps, as ``job_runs`` names them."""


@dataclass(frozen=True)
class DailyRun:
    """What one run computed and wrote."""

    metrics: Result
    metric_rows: dict[str, int]
    stars: Evaluation
    star_rows: dict[str, int]
    guarantee: dict[str, int]


def run_daily_job(
    url: str,
    book: RuleBook,
    first: dt.date,
    last: dt.date,
    *,
    now: dt.datetime,
    engine: str | None = None,
    held: JobLock | None = None,
) -> DailyRun:
    """Compute stat dates ``first`` … ``last`` into the store at ``url``, holding the daily
    job's lock: ``held`` when the caller took it already (it is released here either way),
    else taken here (JobAlreadyRunning when another run holds it)."""
    if held is not None:
        with held:
            held.start_heartbeat()
            return _steps(url, book, first, last, now, engine)
    store = create_engine(url)
    try:
        with lock(store):
            return _steps(url, book, first, last, now, engine)
    finally:
        store.dispose()


def lock(store: sa.Engine, *, heartbeat: bool = True) -> JobLock:
    """Take the daily job's lock on ``store`` (JobAlreadyRunning when it is held). After
    taking over an expired lock, the dead holder's runs still shown ``running`` are marked
    failed, so the console does not show them running for ever."""
    taken = job_lock.acquire(store, LOCK_NAME, heartbeat=heartbeat)
    if taken.took_over is not None:
        job_log.abandon(store, STEPS, taken.took_over, dt.datetime.now(dt.UTC))
    return taken


def _steps(
    url: str,
    book: RuleBook,
    first: dt.date,
    last: dt.date,
    now: dt.datetime,
    engine: str | None,
) -> DailyRun:
    metrics, metric_rows = run_store_job(url, book, first, last, engine=engine, now=now)
    stars, star_rows = run_star_job(url, book, first, last, now)
    guarantee = run_guarantee_job(url, book, first, last, now)
    return DailyRun(metrics, metric_rows, stars, star_rows, guarantee)
