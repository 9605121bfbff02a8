"""A store busy past what the web waits for (SQLite's write lock held by a long import)
is answered 503 with Retry-After, nothing written, never a 500; the same request succeeds
once the lock is free."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from test_web_webhooks import KEY, body_of, post_17track, stored
from web_support import NOW, World

from sellerstar.config import Settings
from sellerstar.web import auth
from sellerstar.web.app import create_app
from sellerstar.web.errors import BUSY_RETRY_SECONDS

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def impatient(world: World) -> Iterator[TestClient]:
    settings = Settings(database_url=world.url, seventeen_track_key=KEY, web_lock_wait_seconds=0.2)
    app = create_app(settings)
    app.dependency_overrides[auth.now] = lambda: NOW
    with TestClient(app) as client:
        yield client


def _hold_write_lock(world: World) -> sqlite3.Connection:
    path = world.url.removeprefix("sqlite:///")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_a_webhook_meets_a_locked_store_with_503_and_is_stored_when_retried(
    impatient: TestClient, world: World
) -> None:
    body = body_of("17track_tracking_updated.json")
    holder = _hold_write_lock(world)
    try:
        busy = post_17track(impatient, body)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert busy.status_code == 503
    assert busy.headers["retry-after"] == str(BUSY_RETRY_SECONDS)
    assert busy.json() == {"detail": "the store is busy; try again in a few seconds"}
    assert stored(world) == (0, 0, 0)  # not acknowledged, so nothing half-written
    again = post_17track(impatient, body)
    assert again.status_code == 200
    assert stored(world)[1] > 0


def test_a_page_meets_a_locked_store_with_a_503_page_in_the_users_language(
    impatient: TestClient, world: World
) -> None:
    impatient.get("/login")
    form = {
        "login": "ops",
        "password": "not the password",
        "csrf_token": impatient.cookies.get("sellerstar_login_csrf") or "",
    }
    holder = _hold_write_lock(world)
    try:
        busy = impatient.post("/login", data=form)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert busy.status_code == 503
    assert busy.headers["retry-after"] == str(BUSY_RETRY_SECONDS)
    assert "系统正忙，请几秒后重试" in busy.text
