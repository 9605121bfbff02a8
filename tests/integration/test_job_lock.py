"""The daily job is single-flight in the store: of concurrent starts exactly one runs; a
lock whose process died is taken over after the timeout; a failed run releases it."""

from __future__ import annotations

import datetime as dt
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa

from sellerstar.jobs import daily as daily_job
from sellerstar.jobs import scheduler
from sellerstar.rules import load_rulebook
from sellerstar.store import job_lock
from sellerstar.store.db import transaction
from sellerstar.store.job_lock import JobAlreadyRunning
from sellerstar.store.schema import job_locks, job_runs

BOOK = load_rulebook()
DAY = dt.date(2022, 12, 4)
STARTS = 6


def _locks(engine: sa.Engine) -> list[sa.Row[tuple[str, str]]]:
    with engine.connect() as connection:
        return list(connection.execute(sa.select(job_locks.c.job, job_locks.c.holder)))


def _expiry(engine: sa.Engine) -> dt.datetime | None:
    with engine.connect() as connection:
        value: dt.datetime | None = connection.scalar(sa.select(job_locks.c.expires_at))
        return value


def test_concurrent_acquires_give_the_lock_to_exactly_one(store_engine: sa.Engine) -> None:
    ready = threading.Barrier(STARTS)

    def start(_n: int) -> job_lock.JobLock | None:
        ready.wait()
        try:
            return job_lock.acquire(store_engine, "daily", heartbeat=False)
        except JobAlreadyRunning:
            return None

    with ThreadPoolExecutor(STARTS) as pool:
        held = [lock for lock in pool.map(start, range(STARTS)) if lock is not None]
    assert len(held) == 1
    assert _locks(store_engine) == [("daily", held[0].holder)]
    held[0].release()
    assert _locks(store_engine) == []


def test_concurrent_daily_jobs_run_once(
    store_engine: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs: list[dt.date] = []
    refused: list[int] = []
    others_refused = threading.Event()

    def slow_steps(*args: object) -> None:
        runs.append(DAY)
        # Still running until every other start has been refused.
        assert others_refused.wait(timeout=30)

    monkeypatch.setattr(daily_job, "_steps", slow_steps)
    ready = threading.Barrier(STARTS)

    def start(n: int) -> str:
        ready.wait()
        try:
            daily_job.run_daily_job(store_engine, BOOK, DAY, DAY, now=dt.datetime.now(dt.UTC))
        except JobAlreadyRunning:
            refused.append(n)
            if len(refused) == STARTS - 1:
                others_refused.set()
            return "refused"
        return "ran"

    with ThreadPoolExecutor(STARTS) as pool:
        answers = sorted(pool.map(start, range(STARTS)))
    assert answers == ["ran"] + ["refused"] * (STARTS - 1)
    assert runs == [DAY]
    assert _locks(store_engine) == []  # released when the run ended


def test_a_lock_whose_process_died_is_taken_over_after_the_timeout(
    store_engine: sa.Engine,
) -> None:
    now = dt.datetime.now(dt.UTC)
    timeout = job_lock.LOCK_TIMEOUT
    dead = job_lock.acquire(store_engine, "daily", now=now - timeout, heartbeat=False)
    # Not expired yet (a second before its expiry): refused.
    with pytest.raises(JobAlreadyRunning, match="running already"):
        job_lock.acquire(store_engine, "daily", now=now - dt.timedelta(seconds=1), heartbeat=False)
    # Expired: taken over; the dead holder's heartbeat and release no longer touch it.
    taken = job_lock.acquire(
        store_engine, "daily", now=now + dt.timedelta(seconds=1), heartbeat=False
    )
    assert not dead.refresh()
    dead.release()
    assert _locks(store_engine) == [("daily", taken.holder)]
    assert taken.refresh()
    taken.release()


def test_taking_over_marks_the_dead_holders_runs_failed(store_engine: sa.Engine) -> None:
    now = dt.datetime.now(dt.UTC)
    timeout = job_lock.LOCK_TIMEOUT
    died_at = now - timeout - dt.timedelta(minutes=1)
    daily_job.lock(store_engine, heartbeat=False)  # a fresh lock: nothing to abandon
    with transaction(store_engine) as connection:
        connection.execute(job_locks.update().values(acquired_at=died_at, expires_at=died_at))
        connection.execute(
            job_runs.insert(),
            [
                # The dead holder's step, started while it held the lock.
                {"job": "stars", "params": {}, "started_at": died_at, "status": "running"},
                # A step that ended well, and a run of another job: left alone.
                {"job": "compute", "params": {}, "started_at": died_at, "status": "succeeded"},
                {"job": "import", "params": {}, "started_at": died_at, "status": "running"},
                # Started before the dead holder took the lock: not its run.
                {
                    "job": "guarantee",
                    "params": {},
                    "started_at": died_at - dt.timedelta(seconds=1),
                    "status": "running",
                },
            ],
        )
    taken = daily_job.lock(store_engine, heartbeat=False)
    assert taken.took_over == (died_at, died_at)
    with store_engine.connect() as connection:
        states = dict(connection.execute(sa.select(job_runs.c.job, job_runs.c.status)).all())
        error = connection.scalar(sa.select(job_runs.c.error).where(job_runs.c.job == "stars"))
    assert states == {
        "stars": "failed",
        "compute": "succeeded",
        "import": "running",
        "guarantee": "running",
    }
    assert error is not None and "abandoned" in error
    taken.release()


def test_a_heartbeat_keeps_a_long_run_from_being_taken_over(store_engine: sa.Engine) -> None:
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    lock = job_lock.acquire(store_engine, "daily", now=start, heartbeat=False)
    first_expiry = _expiry(store_engine)
    lock.start_heartbeat(every=dt.timedelta(milliseconds=50))
    deadline = time.monotonic() + 30
    while _expiry(store_engine) == first_expiry:  # until the heartbeat has beaten once
        assert time.monotonic() < deadline, "no heartbeat"
        time.sleep(0.01)
    try:
        with pytest.raises(JobAlreadyRunning):
            job_lock.acquire(store_engine, "daily", heartbeat=False)
    finally:
        lock.release()
    assert _locks(store_engine) == []


def test_a_failed_daily_job_releases_its_lock(
    store_engine: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_steps(*args: object) -> None:
        raise RuntimeError("the metric engine fell over")

    monkeypatch.setattr(daily_job, "_steps", failing_steps)
    with pytest.raises(RuntimeError, match="fell over"):
        daily_job.run_daily_job(store_engine, BOOK, DAY, DAY, now=dt.datetime.now(dt.UTC))
    assert _locks(store_engine) == []
    job_lock.acquire(store_engine, "daily", heartbeat=False).release()


def test_the_scheduler_leaves_a_running_daily_job_alone(store_engine: sa.Engine) -> None:
    held = daily_job.lock(store_engine, heartbeat=False)
    try:
        now = dt.datetime(2022, 12, 5, 1, 30, tzinfo=dt.UTC)
        outcomes = scheduler.run_due(store_engine, BOOK, now, dt.time(1, 0))
    finally:
        held.release()
    assert [(o.task.kind, o.error is not None) for o in outcomes] == [("daily", True)]
    assert outcomes[0].error is not None and "running already" in outcomes[0].error
