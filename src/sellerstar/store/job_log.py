"""Recording batch jobs in ``job_runs``: started, then succeeded with a summary or failed
with the error, so operators see every run (also the failed ones) in the console."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa

from sellerstar.store.db import transaction
from sellerstar.store.schema import job_runs


class JobRun:
    """An open run: set ``summary`` before the block ends to keep it with the run."""

    def __init__(self, run_id: int) -> None:
        self.run_id = run_id
        self.summary: dict[str, Any] | None = None


@contextmanager
def recorded(
    store: sa.Engine, job: str, params: dict[str, Any], now: dt.datetime
) -> Iterator[JobRun]:
    """Record one run of ``job`` around the block; an exception marks it failed (and
    propagates)."""
    with transaction(store) as connection:
        run_id = connection.execute(
            job_runs.insert().returning(job_runs.c.id),
            {"job": job, "params": params, "started_at": now, "status": "running"},
        ).scalar_one()
    run = JobRun(int(run_id))
    try:
        yield run
    except Exception as exc:
        _finish(store, run.run_id, "failed", None, f"{type(exc).__name__}: {exc}")
        raise
    _finish(store, run.run_id, "succeeded", run.summary, None)


def _finish(
    store: sa.Engine,
    run_id: int,
    status: str,
    summary: dict[str, Any] | None,
    error: str | None,
) -> None:
    with transaction(store) as connection:
        connection.execute(
            job_runs.update()
            .where(job_runs.c.id == run_id)
            .values(
                status=status, finished_at=dt.datetime.now(dt.UTC), summary=summary, error=error
            )
        )


def abandon(
    store: sa.Engine, jobs: tuple[str, ...], held: tuple[dt.datetime, dt.datetime], now: dt.datetime
) -> int:
    """Mark failed the runs of ``jobs`` still ``running`` that started while a lock was
    ``held`` (from, to) by a process that stopped without releasing it (the lock expired
    and was taken over). Returns how many were marked."""
    since, until = held
    with transaction(store) as connection:
        return connection.execute(
            job_runs.update()
            .where(
                job_runs.c.job.in_(jobs),
                job_runs.c.status == "running",
                job_runs.c.started_at.between(since, until),
            )
            .values(
                status="failed",
                finished_at=now,
                error="abandoned: its process stopped before the run ended",
            )
        ).rowcount
