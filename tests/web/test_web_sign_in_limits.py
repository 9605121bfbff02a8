"""Signing in without locking the store, and the brute-force limit (issue 12, items 1-2).

The attacks: parallel wrong sign-ins held SQLite's write lock while argon2 worked, so
webhooks failed with "database is locked"; token reads wrote `last_used_at` every time;
and any number of wrong passwords was answered.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.testclient import TestClient
from web_support import NOW, PASSWORD, World

from sellerstar.config import Settings
from sellerstar.services import accounts, tokens
from sellerstar.store.db import WRITE_OPTION, transaction
from sellerstar.store.schema import api_tokens, audit_log, sign_in_failures, web_sessions
from sellerstar.web.app import create_app
from sellerstar.web.auth import now

LIMIT = 3
WINDOW = dt.timedelta(minutes=15)


class Clock:
    """The app's `now`, moved by the test."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


class WriteWatch:
    """Counts the write transactions of an engine, and how many are open."""

    def __init__(self, engine: sa.Engine) -> None:
        self.begun = 0
        self._open: set[int] = set()
        sa.event.listen(engine, "begin", self._begin)
        sa.event.listen(engine, "commit", self._end)
        sa.event.listen(engine, "rollback", self._end)

    def _begin(self, connection: sa.Connection) -> None:
        if connection.get_execution_options().get(WRITE_OPTION):
            self.begun += 1
            self._open.add(id(connection))

    def _end(self, connection: sa.Connection) -> None:
        self._open.discard(id(connection))

    @property
    def open(self) -> int:
        return len(self._open)


def _app(world: World, clock: Clock, **settings: Any) -> FastAPI:
    app = create_app(Settings(database_url=world.url, **settings))
    app.dependency_overrides[now] = clock
    return app


@contextmanager
def _client(app: FastAPI, address: str = "203.0.113.7") -> Iterator[TestClient]:
    with TestClient(app, follow_redirects=False, client=(address, 50000)) as client:
        yield client


def _try(client: TestClient, login: str, password: str) -> Any:
    client.get("/login")
    token = client.cookies.get("sellerstar_login_csrf") or ""
    return client.post("/login", data={"login": login, "password": password, "csrf_token": token})


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def limited(world: World, clock: Clock) -> FastAPI:
    return _app(world, clock, sign_in_max_failures=LIMIT, sign_in_window_minutes=15)


def _sqlite_path(world: World) -> str | None:
    url = sa.make_url(world.url)
    return url.database if url.get_backend_name() == "sqlite" else None


class _Probe:
    """A password hasher that, while verifying, checks that no write lock is held."""

    def __init__(self, real: Any, watch: WriteWatch, sqlite_path: str | None) -> None:
        self._real = real
        self._watch = watch
        self._path = sqlite_path
        self.seen: list[tuple[int, bool]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def verify(self, stored: str, password: str) -> bool:
        lock_free = True
        if self._path is not None:
            # Another writer, not waiting at all: it gets the lock only if nobody holds it.
            other = sqlite3.connect(self._path, timeout=0, isolation_level=None)
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("ROLLBACK")
            except sqlite3.OperationalError:
                lock_free = False
            finally:
                other.close()
        self.seen.append((self._watch.open, lock_free))
        result: bool = self._real.verify(stored, password)
        return result


@pytest.mark.parametrize("password", ["wrong password", PASSWORD])
def test_the_password_is_checked_outside_any_write_transaction(
    world: World, clock: Clock, monkeypatch: pytest.MonkeyPatch, password: str
) -> None:
    app = _app(world, clock)
    with _client(app) as client:
        watch = WriteWatch(app.state.engine)
        probe = _Probe(accounts._HASHER, watch, _sqlite_path(world))
        monkeypatch.setattr(accounts, "_HASHER", probe)
        answer = _try(client, "ops", password)
    assert answer.status_code == (401 if password != PASSWORD else 303)
    assert probe.seen == [(0, True)]
    # The failure (or the session) is written afterwards, in one short transaction.
    assert watch.begun == 1


def test_a_token_read_takes_no_write_lock_and_records_its_use_once_per_interval(
    world: World, clock: Clock
) -> None:
    app = _app(world, clock)
    with transaction(world.engine) as connection:
        token = tokens.create_api_token(connection, "m1-main", "erp", NOW)
    bearer = {"Authorization": f"Bearer {token}"}

    def last_used() -> dt.datetime | None:
        with world.engine.connect() as connection:
            value: dt.datetime | None = connection.scalar(sa.select(api_tokens.c.last_used_at))
            return value

    with _client(app) as client:
        watch = WriteWatch(app.state.engine)
        assert client.get("/api/v1/me", headers=bearer).status_code == 200
        assert (watch.begun, last_used()) == (1, NOW)
        clock.at = NOW + dt.timedelta(minutes=5) - dt.timedelta(seconds=1)
        for _ in range(20):
            assert client.get("/api/v1/me", headers=bearer).status_code == 200
        assert (watch.begun, last_used()) == (1, NOW)
        path = _sqlite_path(world)
        if path is not None:
            # Another writer holds SQLite's write lock for longer than the busy timeout:
            # token reads still answer at once.
            holder = sqlite3.connect(path, isolation_level=None)
            holder.execute("BEGIN IMMEDIATE")
            try:
                started = time.monotonic()
                for _ in range(5):
                    assert client.get("/api/v1/me", headers=bearer).status_code == 200
                assert time.monotonic() - started < 2
            finally:
                holder.execute("ROLLBACK")
                holder.close()
        clock.at = NOW + dt.timedelta(minutes=5)
        for _ in range(5):
            assert client.get("/api/v1/me", headers=bearer).status_code == 200
        assert (watch.begun, last_used()) == (2, NOW + dt.timedelta(minutes=5))


def test_the_limit_answers_429_after_the_nth_failure_even_to_the_right_password(
    world: World, limited: FastAPI, clock: Clock
) -> None:
    with _client(limited) as client:
        for _ in range(LIMIT):
            answer = _try(client, "ops", "wrong password")
            assert answer.status_code == 401
        refused = _try(client, "ops", PASSWORD)
        assert refused.status_code == 429
        assert refused.headers["retry-after"] == str(int(WINDOW.total_seconds()))
        assert "该登录名或该地址的登录失败次数过多" in refused.text and "15 分钟后" in refused.text
        client.get("/lang/en")
        english = _try(client, "ops", PASSWORD)
        assert english.status_code == 429
        assert "Too many failed sign-ins for this login or from this address" in english.text
        clock.at = NOW + WINDOW - dt.timedelta(seconds=1)
        last = _try(client, "ops", PASSWORD)
        assert (last.status_code, last.headers["retry-after"]) == (429, "1")
        clock.at = NOW + WINDOW
        assert _try(client, "ops", PASSWORD).status_code == 303
    with world.engine.connect() as connection:
        sessions = connection.scalar(sa.select(sa.func.count()).select_from(web_sessions))
    assert sessions == 1


def test_retry_after_is_when_the_window_frees_a_slot(limited: FastAPI, clock: Clock) -> None:
    with _client(limited) as client:
        for minute in range(LIMIT):
            clock.at = NOW + dt.timedelta(minutes=minute)
            assert _try(client, "m1-main", "wrong password").status_code == 401
        clock.at = NOW + dt.timedelta(minutes=LIMIT, seconds=30)
        refused = _try(client, "m1-main", PASSWORD)
        # The oldest failure (at NOW) leaves the window at NOW + 15 minutes.
        assert refused.headers["retry-after"] == str(int(WINDOW.total_seconds()) - 3 * 60 - 30)
        assert "12 分钟后" in refused.text
        clock.at = NOW + WINDOW
        # One slot is free: one more try, and a failure closes it again until the next
        # oldest failure (NOW + 1 minute) leaves.
        assert _try(client, "m1-main", "wrong password").status_code == 401
        again = _try(client, "m1-main", PASSWORD)
        assert (again.status_code, again.headers["retry-after"]) == (429, "60")


def test_failures_are_counted_per_address_across_logins(limited: FastAPI) -> None:
    with _client(limited, "198.51.100.1") as client:
        for login in ("ops", "m1-main", "nobody"):
            assert _try(client, login, "wrong password").status_code == 401
        assert _try(client, "m2-main", PASSWORD).status_code == 429
    with _client(limited, "198.51.100.2") as elsewhere:
        assert _try(elsewhere, "m2-main", PASSWORD).status_code == 303


def test_failures_are_counted_per_login_across_addresses(limited: FastAPI) -> None:
    for number in range(LIMIT):
        with _client(limited, f"192.0.2.{number}") as client:
            assert _try(client, "ops", "wrong password").status_code == 401
    with _client(limited, "192.0.2.99") as client:
        assert _try(client, "ops", PASSWORD).status_code == 429
        assert _try(client, "m1-main", PASSWORD).status_code == 303


def test_a_success_clears_its_logins_count_but_not_its_addresss(limited: FastAPI) -> None:
    with _client(limited, "198.51.100.9") as attacker:
        # The attacker's address: two failures, then a sign-in to an account of its own.
        for _ in range(LIMIT - 1):
            assert _try(attacker, "m1-sub", "wrong password").status_code == 401
        assert _try(attacker, "m1-main", PASSWORD).status_code == 303
        assert _try(attacker, "m2-main", "wrong password").status_code == 401
        assert _try(attacker, "m1-sub", PASSWORD).status_code == 429
    # m1-sub's own count was not cleared by m1-main's success: still 2 of 3.
    with _client(limited, "198.51.100.10") as owner:
        assert _try(owner, "m1-sub", PASSWORD).status_code == 303
        # ... and its success cleared it: two more failures are still answered.
        for _ in range(LIMIT - 1):
            assert _try(owner, "m1-sub", "wrong password").status_code == 401
    with _client(limited, "198.51.100.11") as owner:
        assert _try(owner, "m1-sub", PASSWORD).status_code == 303


def test_the_limit_holds_across_two_app_instances_on_one_store(world: World, clock: Clock) -> None:
    first = _app(world, clock, sign_in_max_failures=LIMIT)
    second = _app(world, clock, sign_in_max_failures=LIMIT)
    with _client(first) as one, _client(second) as two:
        assert _try(one, "ops", "wrong password").status_code == 401
        assert _try(two, "ops", "wrong password").status_code == 401
        assert _try(one, "ops", "wrong password").status_code == 401
        assert _try(two, "ops", PASSWORD).status_code == 429
        assert _try(one, "ops", PASSWORD).status_code == 429


def test_failures_and_refusals_are_audited_without_the_password(
    world: World, limited: FastAPI
) -> None:
    with _client(limited) as client:
        for _ in range(LIMIT):
            _try(client, "ops", "hunter2 secret")
        _try(client, "  ", "hunter2 secret")
    with world.engine.connect() as connection:
        rows = connection.execute(
            sa.select(audit_log.c.actor, audit_log.c.action, audit_log.c.detail).order_by(
                audit_log.c.id
            )
        ).all()
    assert [(r.actor, r.action) for r in rows] == [("ops", "sign_in_failed")] * LIMIT + [
        ("anonymous", "sign_in_throttled")
    ]
    assert rows[0].detail == {"client": "203.0.113.7"}
    assert rows[-1].detail == {"client": "203.0.113.7", "by": ["address"], "retry_after": 900}
    assert "hunter2" not in repr(rows)


def test_failures_older_than_the_window_are_pruned_when_one_is_written(
    world: World, limited: FastAPI, clock: Clock
) -> None:
    old = {"login": "ops", "client": "192.0.2.1", "at": NOW - WINDOW}
    with transaction(world.engine) as connection:
        connection.execute(sign_in_failures.insert(), [old, old | {"at": NOW - WINDOW / 2}])
    with _client(limited) as client:
        _try(client, "m1-main", "wrong password")
    with world.engine.connect() as connection:
        left = connection.scalars(sa.select(sign_in_failures.c.at).order_by("at")).all()
    assert left == [NOW - WINDOW / 2, NOW]


def test_the_limit_defaults_to_10_failures_in_15_minutes() -> None:
    settings = Settings()
    assert (settings.sign_in_max_failures, settings.sign_in_window_minutes) == (10, 15)


def test_wrong_current_passwords_on_the_account_page_count_towards_the_limit(
    limited: FastAPI,
) -> None:
    with _client(limited) as client:
        assert _try(client, "m1-main", PASSWORD).status_code == 303
        csrf = client.get("/api/v1/me").json()["csrf_token"]
        form = {"password": "a new long password", "confirm": "a new long password"}
        for _ in range(LIMIT):
            wrong = client.post(
                "/account/password", data=form | {"current": "guess", "csrf_token": csrf}
            )
            assert wrong.status_code == 422
        right = client.post(
            "/account/password", data=form | {"current": PASSWORD, "csrf_token": csrf}
        )
        assert right.status_code == 429 and "15 分钟后" in right.text
