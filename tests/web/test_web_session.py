"""Signing in and out, sessions, CSRF, API tokens, the language switch, headers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Coroutine
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from web_support import PASSWORD, World, csrf_of, sign_in

from sellerstar.services import tokens
from sellerstar.store.db import transaction
from sellerstar.store.schema import audit_log, users, web_sessions
from sellerstar.web.auth import SESSION_COOKIE, now
from sellerstar.web.routes.session import safe_next


def _login_token(client: TestClient) -> str:
    client.get("/login")
    return client.cookies.get("sellerstar_login_csrf") or ""


def test_the_right_password_starts_a_session_and_lands_on_the_roles_home(
    app_client: TestClient,
) -> None:
    token = _login_token(app_client)
    answer = app_client.post(
        "/login",
        data={"login": "ops", "password": PASSWORD, "csrf_token": token, "next_url": "/"},
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == "/"
    cookie = answer.headers["set-cookie"]
    assert SESSION_COOKIE in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert app_client.get("/").headers["location"] == "/ops"
    assert app_client.get("/api/v1/me").json()["role"] == "operator"


@pytest.mark.parametrize(("login", "password"), [("ops", "wrong password"), ("nobody", PASSWORD)])
def test_a_wrong_login_or_password_is_refused_without_saying_which(
    app_client: TestClient, world: World, login: str, password: str
) -> None:
    token = _login_token(app_client)
    answer = app_client.post(
        "/login", data={"login": login, "password": password, "csrf_token": token}
    )
    assert answer.status_code == 401
    assert "登录名或密码错误" in answer.text
    with world.engine.connect() as connection:
        assert connection.scalar(sa.select(sa.func.count()).select_from(web_sessions)) == 0


def test_the_sign_in_form_needs_its_own_csrf_token(app_client: TestClient) -> None:
    _login_token(app_client)
    answer = app_client.post(
        "/login", data={"login": "ops", "password": PASSWORD, "csrf_token": "forged"}
    )
    assert answer.status_code == 403
    assert app_client.get("/api/v1/me").status_code == 401


def test_a_deactivated_user_cannot_sign_in_and_loses_its_session(
    app_client: TestClient, world: World
) -> None:
    sign_in(app_client, "m1-main")
    with transaction(world.engine) as connection:
        connection.execute(users.update().where(users.c.login == "m1-main").values(is_active=False))
    assert app_client.get("/api/v1/me").status_code == 401
    token = _login_token(app_client)
    answer = app_client.post(
        "/login", data={"login": "m1-main", "password": PASSWORD, "csrf_token": token}
    )
    assert answer.status_code == 401


def test_sign_out_needs_the_csrf_token_and_then_kills_the_session(
    app_client: TestClient,
) -> None:
    sign_in(app_client, "m1-sub")
    cookie = app_client.cookies.get(SESSION_COOKIE)
    assert app_client.post("/logout", data={"csrf_token": "forged"}).status_code == 403
    assert app_client.get("/api/v1/me").status_code == 200
    assert app_client.post("/logout", data={"csrf_token": csrf_of(app_client)}).status_code == 303
    # The old cookie, replayed, no longer signs anyone in.
    app_client.cookies.set(SESSION_COOKIE, cookie or "")
    assert app_client.get("/api/v1/me").status_code == 401


def test_a_session_ends_when_it_expires(app_client: TestClient) -> None:
    sign_in(app_client, "m1-main")
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=12, seconds=1)
    app_client.app.dependency_overrides[now] = lambda: later  # type: ignore[attr-defined]
    try:
        assert app_client.get("/api/v1/me").status_code == 401
    finally:
        app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def test_a_page_sends_strangers_to_the_sign_in_page_and_back(app_client: TestClient) -> None:
    answer = app_client.get("/")
    assert answer.headers["location"] == "/login"
    token = _login_token(app_client)
    answer = app_client.post(
        "/login",
        data={
            "login": "m1-main",
            "password": PASSWORD,
            "csrf_token": token,
            "next_url": "https://evil.example/steal",
        },
    )
    assert answer.headers["location"] == "/m/stars"


def test_safe_next_keeps_redirects_on_this_site() -> None:
    assert safe_next("/m/logistics?page=2") == "/m/logistics?page=2"
    for hostile in ("https://evil.example", "//evil.example", "javascript:alert(1)", "m/x"):
        assert safe_next(hostile) == "/"


def test_api_tokens_authenticate_until_revoked_and_need_no_csrf(
    app_client: TestClient, world: World
) -> None:
    with transaction(world.engine) as connection:
        token = tokens.create_api_token(connection, "m2-main", "erp", dt.datetime.now(dt.UTC))
    headers = {"Authorization": f"Bearer {token}"}
    me = app_client.get("/api/v1/me", headers=headers)
    assert me.status_code == 200
    assert me.json()["merchant_id"] == "M2" and me.json()["csrf_token"] is None
    assert app_client.get("/api/v1/me", headers={"Authorization": "Bearer nope"}).status_code == 401
    with transaction(world.engine) as connection:
        assert tokens.revoke_api_token(connection, token, dt.datetime.now(dt.UTC))
        logged = connection.scalar(
            sa.select(sa.func.count()).where(audit_log.c.action == "api_token_created")
        )
    assert logged == 1
    assert app_client.get("/api/v1/me", headers=headers).status_code == 401


def test_the_api_answers_401_in_json_to_strangers(app_client: TestClient) -> None:
    answer = app_client.get("/api/v1/me")
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == "Bearer"
    assert "detail" in answer.json()


def test_the_language_switch_is_remembered_and_chinese_is_the_default(
    app_client: TestClient,
) -> None:
    assert "登录" in app_client.get("/login").text
    answer = app_client.get("/lang/en", params={"next": "/login"})
    assert answer.status_code == 303 and answer.headers["location"] == "/login"
    page = app_client.get("/login").text
    assert "Sign in" in page and "登录名" not in page
    assert app_client.get("/lang/fr").status_code == 404


def test_every_response_carries_the_security_headers(app_client: TestClient) -> None:
    answer = app_client.get("/login")
    assert "default-src 'self'" in answer.headers["content-security-policy"]
    assert answer.headers["x-frame-options"] == "DENY"
    assert answer.headers["x-content-type-options"] == "nosniff"


def test_health_and_readiness(app_client: TestClient) -> None:
    assert app_client.get("/healthz").json() == {"status": "ok"}
    assert app_client.get("/readyz").json() == {"status": "ready"}


def test_readiness_fails_on_an_unmigrated_store(tmp_path: pytest.TempPathFactory) -> None:
    from sellerstar.config import Settings
    from sellerstar.web.app import create_app

    app = create_app(Settings(database_url=f"sqlite:///{tmp_path}/empty.db"))
    with TestClient(app) as client:
        answer = client.get("/readyz")
    assert answer.status_code == 503
    assert "sellerstar db upgrade" in answer.json()["detail"]


def test_the_openapi_document_lists_the_api(app_client: TestClient) -> None:
    document = app_client.get("/api/v1/openapi.json").json()
    assert "/api/v1/me" in document["paths"]
    assert "/login" not in document["paths"]


def _finish(step: Coroutine[Any, Any, dt.datetime]) -> dt.datetime:
    """The value of a coroutine that awaits nothing (an event loop may be running here:
    the browser tests leave Playwright's)."""
    try:
        step.send(None)
    except StopIteration as done:
        value: dt.datetime = done.value
        return value
    step.close()
    raise AssertionError("now() awaited something")


def test_a_store_served_with_a_fixed_date_treats_it_as_today() -> None:
    from types import SimpleNamespace

    from sellerstar.config import Settings
    from sellerstar.rules import load_rulebook

    def request(clock: dt.date | None) -> Any:
        state = SimpleNamespace(settings=Settings(clock_date=clock), rulebook=load_rulebook())
        return SimpleNamespace(app=SimpleNamespace(state=state))

    fixed = _finish(now(request(dt.date(2022, 12, 6))))
    real = _finish(now(request(None)))
    shanghai = fixed.astimezone(dt.timezone(dt.timedelta(hours=8)))
    assert shanghai.date() == dt.date(2022, 12, 6)
    assert abs((real - dt.datetime.now(dt.UTC)).total_seconds()) < 5
