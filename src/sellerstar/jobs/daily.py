"""The daily job, in order: metrics, guaranteed-service outcomes (late shipments into the
penalty-points ledger), the product radar (scan new and changed listings, enforce the
tasks' deadlines: delistings into the ledger), the discount sample venue (failed sample
orders cost the right to register; registrations follow the check), the marketplace's
violations into the
ledger, the review figures (store ratings, pools, rankings; rulebook §5), predicted star
levels (whose risk health score the ledger's active points make, rulebook §3.1, and whose
buyer review score is the store rating, §5.8), and last the day's notification events
(appeal windows, radar deadlines, star changes, rule changes, launch coupons; issue 19).

One function so the CLI (`sellerstar compute`), the operators' console, the scheduler and
the demo run exactly the same steps; each step records itself in ``job_runs``. The job is
single-flight across processes: it runs holding the ``daily`` row of ``job_locks``
(:mod:`sellerstar.store.job_lock`), and a second start meanwhile is refused with
:class:`JobAlreadyRunning`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain.calendar import platform_date
from sellerstar.jobs.guarantee import JOB_NAME as GUARANTEE_STEP
from sellerstar.jobs.guarantee import run_guarantee_job
from sellerstar.jobs.metrics import JOB_NAME as METRICS_STEP
from sellerstar.jobs.metrics import resolve_stat_dates, run_store_job
from sellerstar.jobs.notification_events import JOB_NAME as NOTIFICATIONS_STEP
from sellerstar.jobs.notification_events import run_notification_events
from sellerstar.jobs.penalties import JOB_NAME as PENALTIES_STEP
from sellerstar.jobs.penalties import run_penalty_job
from sellerstar.jobs.radar import JOB_NAME as RADAR_STEP
from sellerstar.jobs.radar import run_radar_job
from sellerstar.jobs.reviews import JOB_NAME as REVIEWS_STEP
from sellerstar.jobs.reviews import run_review_job
from sellerstar.jobs.samples import JOB_NAME as SAMPLES_STEP
from sellerstar.jobs.samples import run_sample_job
from sellerstar.jobs.stars import JOB_NAME as LAST_STEP
from sellerstar.jobs.stars import run_star_job
from sellerstar.metrics.runner import Result
from sellerstar.rules import RuleBook
from sellerstar.stars.batch import Evaluation
from sellerstar.store import audit, job_lock, job_log
from sellerstar.store.db import transaction
from sellerstar.store.job_lock import JobAlreadyRunning, JobLock

__all__ = [
    "LAST_STEP",
    "LOCK_NAME",
    "METRICS_STEP",
    "RADAR_STEP",
    "DailyRun",
    "FutureViewDate",
    "JobAlreadyRunning",
    "Started",
    "lock",
    "run_daily_job",
    "run_started",
    "start_daily_job",
]
_LOG = logging.getLogger("sellerstar.jobs.daily")

LOCK_NAME = "daily"
"""The ``job_locks`` row the daily job runs under."""
STEPS = (
    METRICS_STEP,
    GUARANTEE_STEP,
    RADAR_STEP,
    SAMPLES_STEP,
    PENALTIES_STEP,
    REVIEWS_STEP,
    LAST_STEP,
    NOTIFICATIONS_STEP,
)
"""The daily job's steps, as ``job_runs`` names them."""


@dataclass(frozen=True)
class DailyRun:
    """What one run computed and wrote."""

    metrics: Result
    metric_rows: dict[str, int]
    stars: Evaluation
    star_rows: dict[str, int]
    guarantee: dict[str, int]
    penalties: dict[str, int]
    reviews: dict[str, int]
    radar: dict[str, int] | None = None  # None: no product radar in the rule-set in force
    samples: dict[str, int] | None = None  # None: no sample venue in the rule-set in force
    notifications: dict[str, int] | None = None  # new messages per topic (issue 19)


def run_daily_job(
    store: sa.Engine,
    book: RuleBook,
    first: dt.date,
    last: dt.date,
    *,
    now: dt.datetime,
    backend: str | None = None,
    held: JobLock | None = None,
    on_step: Callable[[str], None] | None = None,
) -> DailyRun:
    """Compute stat dates ``first`` … ``last`` into ``store``, holding the daily job's
    lock: ``held`` when the caller took it already (it is released here either way), else
    taken here (JobAlreadyRunning when another run holds it). ``on_step`` is told each
    step's name (one of :data:`STEPS`) as it starts: the CLI's progress."""
    tell = on_step or _silent
    if held is not None:
        with held:
            held.start_heartbeat()
            return _steps(store, book, first, last, now, backend, tell)
    with lock(store):
        return _steps(store, book, first, last, now, backend, tell)


def _silent(_step: str) -> None:
    """No one watches the steps (the console, the scheduler)."""


class FutureViewDate(Exception):
    """A run was asked for a view date after today (platform time)."""

    def __init__(self, view: dt.date) -> None:
        super().__init__(f"the view date {view.isoformat()} is in the future")
        self.view = view


@dataclass(frozen=True)
class Started:
    """A daily run an operator started: it holds the lock until :func:`run_started` ends."""

    view_date: dt.date
    stat_date: dt.date
    started_by: str
    held: JobLock


def start_daily_job(
    store: sa.Engine, book: RuleBook, actor: str, at: dt.datetime, view: dt.date | None
) -> Started:
    """Start a daily run of view date ``view`` (default: today) for ``actor``: refused with
    FutureViewDate or JobAlreadyRunning; else the lock is taken (without heartbeat, so it
    expires on its own if the run never starts) and the start is written to the audit log.
    The caller runs :func:`run_started` next, typically after answering."""
    today = platform_date(at, book.in_force_at(at).calendar.timezone)
    view = view or today
    if view > today:
        raise FutureViewDate(view)
    stat_date, _last = resolve_stat_dates(book, view, at)
    held = lock(store, heartbeat=False)
    try:
        with transaction(store) as writing:
            audit.record(
                writing,
                at=at,
                actor=actor,
                action="job_started",
                entity_type="job",
                entity_id=METRICS_STEP,
                detail={"view_date": view.isoformat(), "stat_date": stat_date.isoformat()},
            )
    except BaseException:
        held.release()
        raise
    return Started(view, stat_date, actor, held)


def run_started(store: sa.Engine, book: RuleBook, started: Started, at: dt.datetime) -> None:
    """Run what :func:`start_daily_job` started, releasing its lock. A failure is recorded
    in ``job_runs`` with its error and logged, not raised: nobody waits for the answer."""
    try:
        run_daily_job(store, book, started.stat_date, started.stat_date, now=at, held=started.held)
    except Exception:
        _LOG.exception("the compute job for stat date %s failed", started.stat_date)


def lock(store: sa.Engine, *, heartbeat: bool = True) -> JobLock:
    """Take the daily job's lock on ``store`` (JobAlreadyRunning when it is held). After
    taking over an expired lock, the dead holder's runs still shown ``running`` are marked
    failed, so the console does not show them running for ever."""
    taken = job_lock.acquire(store, LOCK_NAME, heartbeat=heartbeat)
    if taken.took_over is not None:
        job_log.abandon(store, STEPS, taken.took_over, dt.datetime.now(dt.UTC))
    return taken


def _steps(
    store: sa.Engine,
    book: RuleBook,
    first: dt.date,
    last: dt.date,
    now: dt.datetime,
    backend: str | None,
    tell: Callable[[str], None],
) -> DailyRun:
    tell(METRICS_STEP)
    metrics, metric_rows = run_store_job(store, book, first, last, backend=backend, now=now)
    # The ledger first: the stars read the points active on each stat date (late
    # shipments, today's radar delistings, the marketplace's violations).
    tell(GUARANTEE_STEP)
    guarantee = run_guarantee_job(store, book, first, last, now)
    tell(RADAR_STEP)
    radar = run_radar_job(store, book, now)
    # After the radar: a product it delisted leaves the venue the same day.
    tell(SAMPLES_STEP)
    samples = run_sample_job(store, book, now, backend)
    tell(PENALTIES_STEP)
    penalties = run_penalty_job(store, book, now)
    # The store ratings before the stars: they are the buyer review score (§5.8).
    tell(REVIEWS_STEP)
    reviews = run_review_job(store, book, first, last, now, backend)
    tell(LAST_STEP)
    stars, star_rows = run_star_job(store, book, first, last, now)
    # Last: the events read the day's star levels (issue 19's notifications).
    tell(NOTIFICATIONS_STEP)
    told = run_notification_events(store, book, now)
    return DailyRun(
        metrics,
        metric_rows,
        stars,
        star_rows,
        guarantee,
        penalties,
        reviews,
        radar,
        samples,
        told,
    )
