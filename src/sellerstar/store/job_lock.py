"""Single-flight jobs: whoever inserts the job's row in ``job_locks`` runs it.

The row is taken with one ``INSERT … ON CONFLICT DO UPDATE … WHERE expires_at < now``: of
any number of processes or threads starting the same job at once, exactly one gets the row
(SQLite: one writer at a time; PostgreSQL: the unique key, re-checked after the winner
commits). The holder's heartbeat pushes ``expires_at`` forward while the job runs; a
process killed without releasing stops beating, and once its row has expired the next
start takes it over. The row is deleted when the job ends, also when it fails.

>>> from sellerstar.store.db import create_engine
>>> from sellerstar.store.schema import job_locks
>>> engine = create_engine("sqlite://")
>>> job_locks.create(engine)
>>> with acquire(engine, "daily", heartbeat=False):
...     try:
...         acquire(engine, "daily", heartbeat=False)
...     except JobAlreadyRunning as exc:
...         print("refused")
refused
>>> acquire(engine, "daily", heartbeat=False).release()
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
import socket
import threading
from types import TracebackType

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from sellerstar.errors import SellerstarError
from sellerstar.store.db import transaction
from sellerstar.store.schema import job_locks

LOCK_TIMEOUT = dt.timedelta(minutes=10)
"""A lock whose heartbeat stopped this long ago is taken over (its process died)."""
HEARTBEAT_EVERY = LOCK_TIMEOUT / 5
"""How often a running job pushes its lock's expiry forward (five beats per timeout, so a
few missed ones, e.g. a busy SQLite, do not lose the lock)."""

_LOG = logging.getLogger("sellerstar.job_lock")


class JobAlreadyRunning(SellerstarError):
    """The job is running already (its lock is held and has not expired)."""

    def __init__(self, job: str, holder: str, since: dt.datetime) -> None:
        super().__init__(
            f"job {job!r} is running already ({holder}, since {since:%Y-%m-%d %H:%M} UTC)"
        )
        self.job = job
        self.holder = holder
        self.since = since


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class JobLock:
    """A held lock: release it (or leave its ``with`` block) when the job ends."""

    def __init__(
        self,
        engine: sa.Engine,
        job: str,
        holder: str,
        timeout: dt.timedelta,
        took_over: tuple[dt.datetime, dt.datetime] | None = None,
    ) -> None:
        self.engine = engine
        self.job = job
        self.holder = holder
        self.timeout = timeout
        self.took_over = took_over
        """When an expired lock was taken over (its holder stopped without releasing):
        from when to when that holder held it."""
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None

    def start_heartbeat(self, every: dt.timedelta = HEARTBEAT_EVERY) -> None:
        """Keep the lock alive from a daemon thread until it is released (once)."""
        if self._beat is not None:
            return
        self._beat = threading.Thread(
            target=self._heartbeat, args=(every,), name=f"job-lock-{self.job}", daemon=True
        )
        self._beat.start()

    def _heartbeat(self, every: dt.timedelta) -> None:
        while not self._stop.wait(every.total_seconds()):
            try:
                self.refresh()
            except sa.exc.SQLAlchemyError:  # the next beat tries again; the log says why
                _LOG.warning("heartbeat of the %s lock failed", self.job, exc_info=True)

    def refresh(self, now: dt.datetime | None = None) -> bool:
        """Push the expiry forward; False when the lock is no longer ours."""
        at = now or _utcnow()
        with transaction(self.engine) as connection:
            changed = connection.execute(
                job_locks.update()
                .where(job_locks.c.job == self.job, job_locks.c.holder == self.holder)
                .values(expires_at=at + self.timeout)
            ).rowcount
        return bool(changed)

    def release(self) -> None:
        """Stop the heartbeat and delete the row (only if still ours)."""
        self._stop.set()
        if self._beat is not None and self._beat is not threading.current_thread():
            self._beat.join()
        with transaction(self.engine) as connection:
            connection.execute(
                job_locks.delete().where(
                    job_locks.c.job == self.job, job_locks.c.holder == self.holder
                )
            )

    def __enter__(self) -> JobLock:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.release()


def acquire(
    engine: sa.Engine,
    job: str,
    *,
    timeout: dt.timedelta = LOCK_TIMEOUT,
    now: dt.datetime | None = None,
    heartbeat: bool = True,
) -> JobLock:
    """Take the lock of ``job`` (taking over an expired one), or raise JobAlreadyRunning."""
    at = now or _utcnow()
    holder = f"{socket.gethostname()[:80]}:{os.getpid()}:{secrets.token_hex(4)}"
    insert = postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert
    values = {"job": job, "holder": holder, "acquired_at": at, "expires_at": at + timeout}
    proposed = insert(job_locks).values(values)
    statement = proposed.on_conflict_do_update(
        index_elements=[job_locks.c.job],
        set_={name: proposed.excluded[name] for name in ("holder", "acquired_at", "expires_at")},
        where=job_locks.c.expires_at < at,
    ).returning(job_locks.c.holder)
    with transaction(engine) as connection:
        before = connection.execute(
            sa.select(job_locks.c.acquired_at, job_locks.c.expires_at).where(job_locks.c.job == job)
        ).first()
        taken = connection.execute(statement).scalar()
        if taken != holder:
            current = connection.execute(
                sa.select(job_locks.c.holder, job_locks.c.acquired_at).where(job_locks.c.job == job)
            ).first()
            # Released between the two statements: still someone else's run, just ended.
            if current is None:
                raise JobAlreadyRunning(job, "another process", at)
            raise JobAlreadyRunning(job, current.holder, current.acquired_at)
    took_over = None if before is None else (before.acquired_at, before.expires_at)
    lock = JobLock(engine, job, holder, timeout, took_over)
    if heartbeat:
        lock.start_heartbeat()
    return lock
