"""The daily job, in order: metrics, predicted star levels, guaranteed-service outcomes.

One function so the CLI (`sellerstar compute`), the operators' console and the demo run
exactly the same steps; each step records itself in ``job_runs``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sellerstar.metrics.runner import Result
from sellerstar.metrics.store_job import run_store_job
from sellerstar.rules import RuleBook
from sellerstar.services.guarantee_job import JOB_NAME as LAST_STEP
from sellerstar.services.guarantee_job import run_guarantee_job
from sellerstar.stars.batch import Evaluation
from sellerstar.stars.job import run_star_job

__all__ = ["LAST_STEP", "DailyRun", "run_daily_job"]


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
) -> DailyRun:
    """Compute stat dates ``first`` … ``last`` into the store at ``url``."""
    metrics, metric_rows = run_store_job(url, book, first, last, engine=engine, now=now)
    stars, star_rows = run_star_job(url, book, first, last, now)
    guarantee = run_guarantee_job(url, book, first, last, now)
    return DailyRun(metrics, metric_rows, stars, star_rows, guarantee)
