"""API tokens with a life cycle, deactivation, password changes (issue 12, item 5).

The attacks: tokens never expired, carried the user's whole power, could not be revoked,
and opened HTML pages and their forms without a CSRF token; users could not be
deactivated nor passwords changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from typer.testing import CliRunner
from web_support import NOW, PASSWORD, World, csrf_of, sign_in

from sellerstar.cli import app as cli_app
from sellerstar.config import Settings, get_settings
from sellerstar.services import tokens
from sellerstar.store.db import transaction
from sellerstar.store.schema import api_tokens, audit_log, users, web_sessions
from sellerstar.web.app import create_app
from sellerstar.web.auth import now

SignedIn = Callable[[str], TestClient]
NEW_PASSWORD = "a new long password"


def _token(world: World, login: str, **options: Any) -> dict[str, str]:
    with transaction(world.engine) as connection:
        secret = tokens.create_api_token(connection, login, "erp", NOW, **options)
    return {"Authorization": f"Bearer {secret}"}


def _audit(world: World, action: str) -> list[sa.Row[Any]]:
    with world.engine.connect() as connection:
        return list(
            connection.execute(
                sa.select(audit_log.c.actor, audit_log.c.entity_id, audit_log.c.detail)
                .where(audit_log.c.action == action)
                .order_by(audit_log.c.id)
            )
        )


@pytest.fixture
def at_now(app_client: TestClient) -> Iterator[Callable[[dt.datetime], None]]:
    """Set the app's clock."""

    def set_clock(moment: dt.datetime) -> None:
        app_client.app.dependency_overrides[now] = lambda: moment  # type: ignore[attr-defined]

    set_clock(NOW)
    yield set_clock
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


@pytest.fixture
def cli(world: World, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Any]]:
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", world.url)
    monkeypatch.setenv("COLUMNS", "200")  # rich tables unwrapped
    get_settings.cache_clear()
    runner = CliRunner()
    yield lambda *args, **kw: runner.invoke(cli_app, list(args), **kw)
    get_settings.cache_clear()


def test_a_token_works_until_a_second_before_it_expires(
    app_client: TestClient, world: World, at_now: Callable[[dt.datetime], None]
) -> None:
    bearer = _token(world, "m1-main", days=1)
    at_now(NOW + dt.timedelta(days=1) - dt.timedelta(seconds=1))
    assert app_client.get("/api/v1/me", headers=bearer).status_code == 200
    for after in (dt.timedelta(0), dt.timedelta(seconds=1)):
        at_now(NOW + dt.timedelta(days=1) + after)
        assert app_client.get("/api/v1/me", headers=bearer).status_code == 401


def test_tokens_live_90_days_by_default(world: World) -> None:
    _token(world, "m1-main")
    with world.engine.connect() as connection:
        expires = connection.scalar(sa.select(api_tokens.c.expires_at))
    assert expires == NOW + dt.timedelta(days=90)
    assert Settings().api_token_days == 90


def test_a_read_token_reads_but_may_not_write(
    app_client: TestClient, world: World, at_now: Callable[[dt.datetime], None]
) -> None:
    future = {"view_date": "2999-01-01"}
    reader = _token(world, "ops", scope="read")
    assert app_client.get("/api/v1/ops/jobs", headers=reader).status_code == 200
    refused = app_client.post("/api/v1/ops/jobs/compute", json=future, headers=reader)
    assert refused.status_code == 403
    assert "may only read" in refused.json()["detail"]
    # A read_write token passes the same door (and is refused by the job for its date).
    writer = _token(world, "ops", scope="read_write")
    answer = app_client.post("/api/v1/ops/jobs/compute", json=future, headers=writer)
    assert answer.status_code == 422


def test_a_token_opens_no_page_and_no_form(
    app_client: TestClient, world: World, at_now: Callable[[dt.datetime], None]
) -> None:
    bearer = _token(world, "ops", scope="read_write")
    page = app_client.get("/ops/jobs", headers=bearer)
    assert page.status_code == 403 and "JSON API" in page.text
    # A form without a CSRF token, posted with the token: refused, nothing started.
    form = app_client.post("/ops/jobs/compute", data={"view_date": "2022-12-06"}, headers=bearer)
    assert form.status_code == 403
    for path in ("/ops/users/m1-main/deactivate", "/account/password", "/logout"):
        assert app_client.post(path, headers=bearer).status_code == 403, path
    assert _audit(world, "job_started") == []
    with world.engine.connect() as connection:
        active = connection.scalar(sa.select(users.c.is_active).where(users.c.login == "m1-main"))
    assert active


def test_the_cli_creates_lists_and_revokes_tokens(
    app_client: TestClient, world: World, cli: Callable[..., Any]
) -> None:
    made = cli("users", "token", "create", "m1-main", "--name", "erp", "--days", "30")
    assert made.exit_code == 0, made.output
    secret = made.output.strip()
    assert secret.startswith("sst_")
    made2 = cli("users", "token", "create", "m1-main", "--name", "bi", "--scope", "read_write")
    assert made2.exit_code == 0, made2.output
    bearer = {"Authorization": f"Bearer {secret}"}
    assert app_client.get("/api/v1/me", headers=bearer).status_code == 200
    with world.engine.connect() as connection:
        rows = {r.name: r for r in tokens.list_tokens(connection, "m1-main")}
    # Read is the default scope; --days sets the expiry.
    assert rows["erp"].scope == "read" and rows["bi"].scope == "read_write"
    assert rows["erp"].expires_at - rows["erp"].created_at == dt.timedelta(days=30)
    assert rows["bi"].expires_at - rows["bi"].created_at == dt.timedelta(days=90)
    listed = cli("users", "token", "list", "m1-main")
    assert listed.exit_code == 0
    assert rows["erp"].id in listed.output and "read_write" in listed.output
    assert secret not in listed.output and secret[4:12] not in listed.output
    assert cli("users", "token", "revoke", "--id", rows["erp"].id).exit_code == 0
    assert app_client.get("/api/v1/me", headers=bearer).status_code == 401
    again = cli("users", "token", "revoke", "--id", rows["erp"].id)
    assert again.exit_code == 1 and "revoked 0" in again.output
    assert cli("users", "token", "revoke", "m1-main", "--name", "bi").exit_code == 0
    assert "revoked" in cli("users", "token", "list").output
    revoked = _audit(world, "api_token_revoked")
    assert [(r.actor, r.entity_id, r.detail["name"]) for r in revoked] == [
        ("cli", "m1-main", "erp"),
        ("cli", "m1-main", "bi"),
    ]
    assert cli("users", "token", "revoke").exit_code == 2


def test_deactivation_ends_sessions_and_tokens_and_activation_restores_sign_in(
    signed_in: SignedIn, world: World, cli: Callable[..., Any]
) -> None:
    client = signed_in("m1-main")
    bearer = _token(world, "m1-main")
    client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    assert client.get("/api/v1/me", headers=bearer).status_code == 200
    assert cli("users", "deactivate", "m1-main").exit_code == 0
    assert client.get("/api/v1/me").status_code == 401
    assert client.get("/api/v1/me", headers=bearer).status_code == 401
    with world.engine.connect() as connection:
        sessions = connection.scalar(sa.select(sa.func.count()).select_from(web_sessions))
    assert sessions == 0
    assert cli("users", "activate", "m1-main").exit_code == 0
    sign_in(client, "m1-main")
    # Its tokens stay revoked: they may have been handed to someone no longer trusted.
    assert client.get("/api/v1/me", headers=bearer).status_code == 401
    assert [r.entity_id for r in _audit(world, "user_deactivated")] == ["m1-main"]
    assert [r.entity_id for r in _audit(world, "user_activated")] == ["m1-main"]


def test_the_cli_password_change_ends_every_session(
    signed_in: SignedIn, world: World, cli: Callable[..., Any]
) -> None:
    client = signed_in("m1-sub")
    changed = cli("users", "password", "m1-sub", "--password-stdin", input=NEW_PASSWORD + "\n")
    assert changed.exit_code == 0, changed.output
    assert client.get("/api/v1/me").status_code == 401
    sign_in(client, "m1-sub", NEW_PASSWORD)
    assert [r.entity_id for r in _audit(world, "password_changed")] == ["m1-sub"]


def test_changing_ones_own_password_ends_the_other_sessions(
    world: World, app_client: TestClient
) -> None:
    other = TestClient(create_app(Settings(database_url=world.url)), follow_redirects=False)
    with other:
        sign_in(other, "m1-main")
        csrf = sign_in(app_client, "m1-main")
        form = {"current": PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD}
        wrong = app_client.post(
            "/account/password", data=form | {"current": "not it at all", "csrf_token": csrf}
        )
        assert wrong.status_code == 422 and "当前密码错误" in wrong.text
        short = app_client.post(
            "/account/password",
            data=form | {"password": "short", "confirm": "short", "csrf_token": csrf},
        )
        assert short.status_code == 422 and "8" in short.text
        assert app_client.post("/account/password", data=form).status_code == 403
        done = app_client.post("/account/password", data=form | {"csrf_token": csrf})
        assert done.status_code == 303 and done.headers["location"] == "/account?done=password"
        assert app_client.get("/api/v1/me").status_code == 200
        assert other.get("/api/v1/me").status_code == 401
    assert [(r.actor, r.entity_id) for r in _audit(world, "password_changed")] == [
        ("m1-main", "m1-main")
    ]


def test_a_user_sees_and_revokes_only_their_own_tokens(signed_in: SignedIn, world: World) -> None:
    mine = _token(world, "m1-main")
    theirs = _token(world, "m2-main")
    with world.engine.connect() as connection:
        ids = {t.login: t.id for t in tokens.list_tokens(connection)}
    client = signed_in("m1-main")
    page = client.get("/account")
    assert page.status_code == 200
    assert ids["m1-main"] in page.text and ids["m2-main"] not in page.text
    csrf = csrf_of(client)
    refused = client.post(f"/account/tokens/{ids['m2-main']}/revoke", data={"csrf_token": csrf})
    assert refused.status_code == 404
    done = client.post(f"/account/tokens/{ids['m1-main']}/revoke", data={"csrf_token": csrf})
    assert done.status_code == 303
    client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    assert client.get("/api/v1/me", headers=mine).status_code == 401
    assert client.get("/api/v1/me", headers=theirs).status_code == 200


@pytest.mark.parametrize("login", ["m1-main", "m1-sub"])
def test_merchants_may_not_use_the_users_page(signed_in: SignedIn, login: str) -> None:
    client = signed_in(login)
    csrf = csrf_of(client)
    assert client.get("/ops/users").status_code == 403
    for path in ("/ops/users/ops/deactivate", "/ops/users/m2-main/password"):
        form = {"csrf_token": csrf, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD}
        assert client.post(path, data=form).status_code == 403, path


def test_the_operator_manages_users_and_tokens_with_csrf_and_audit(
    signed_in: SignedIn, world: World
) -> None:
    _token(world, "m2-main")
    with world.engine.connect() as connection:
        (token,) = tokens.list_tokens(connection, "m2-main")
    client = signed_in("ops")
    page = client.get("/ops/users")
    assert page.status_code == 200
    assert 'data-user="m2-main" data-active="true"' in page.text and token.id in page.text
    assert "sst_" not in page.text
    assert client.post("/ops/users/m2-main/deactivate").status_code == 403
    csrf = csrf_of(client)
    answer = client.post("/ops/users/m2-main/deactivate", data={"csrf_token": csrf})
    assert answer.status_code == 303
    assert 'data-user="m2-main" data-active="false"' in client.get("/ops/users").text
    assert client.post("/ops/users/m2-main/activate", data={"csrf_token": csrf}).status_code == 303
    form = {"csrf_token": csrf, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD + "x"}
    assert client.post("/ops/users/m2-main/password", data=form).status_code == 422
    form["confirm"] = NEW_PASSWORD
    assert client.post("/ops/users/m2-main/password", data=form).status_code == 303
    assert client.post("/ops/users/nobody/password", data=form).status_code == 404
    assert client.post("/ops/users/ops/deactivate", data={"csrf_token": csrf}).status_code == 409
    assert client.post("/ops/tokens/0000zzzz/revoke", data={"csrf_token": csrf}).status_code == 404
    _token(world, "m2-main")
    with world.engine.connect() as connection:
        live = [t for t in tokens.list_tokens(connection, "m2-main") if t.revoked_at is None]
    revoke = client.post(f"/ops/tokens/{live[0].id}/revoke", data={"csrf_token": csrf})
    assert revoke.status_code == 303
    assert client.get(revoke.headers["location"]).status_code == 200
    for action in ("user_deactivated", "user_activated", "password_changed"):
        assert [(r.actor, r.entity_id) for r in _audit(world, action)] == [("ops", "m2-main")]
    # Deactivating revoked the first token; the second was revoked on the page.
    assert [r.actor for r in _audit(world, "api_token_revoked")] == ["ops", "ops"]
