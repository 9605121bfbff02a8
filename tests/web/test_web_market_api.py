"""The service market in the JSON API (issue 17): the catalogue with the coupons left,
``POST /api/v1/market/tools/{tool_id}/coupon`` → 201 with the coupon or 409 with the
reason, the caller's coupons, the operators' claims; roles by 403, unknown tools by 404,
CSRF for sessions, read tokens read only. On both databases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from market_support import LAUNCH, TOOL, seed_market
from web_support import World, csrf_of, sign_in

from sellerstar.services import tokens
from sellerstar.store.db import transaction
from sellerstar.web.auth import now

CLAIM = f"/api/v1/market/tools/{TOOL}/coupon"


@pytest.fixture
def api(app_client: TestClient, world: World) -> Iterator[TestClient]:
    seed_market(world.engine)
    app_client.app.dependency_overrides[now] = lambda: LAUNCH  # type: ignore[attr-defined]
    yield app_client
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def _token(world: World, login: str, scope: str = "read_write") -> dict[str, str]:
    with transaction(world.engine) as connection:
        token = tokens.create_api_token(connection, login, "erp", LAUNCH, scope=scope)
    return {"Authorization": f"Bearer {token}"}


def _at(api: TestClient, instant: dt.datetime) -> None:
    api.app.dependency_overrides[now] = lambda: instant  # type: ignore[attr-defined]


def test_a_claim_answers_201_with_the_coupon_then_409_already_claimed(
    api: TestClient, world: World
) -> None:
    main = _token(world, "m1-main")
    answer = api.post(CLAIM, headers=main)
    assert answer.status_code == 201, answer.text
    coupon = answer.json()
    assert (coupon["tool_id"], coupon["main_account_id"], coupon["claimed_by"]) == (
        TOOL, "A1", "m1-main"
    )  # fmt: skip
    assert (coupon["valid_on"], coupon["valid_until"], coupon["coupons_left"]) == (
        "2022-10-28", "2022-10-28", 49
    )  # fmt: skip
    again = api.post(CLAIM, headers=_token(world, "m1-sub"))
    assert again.status_code == 409
    assert again.json()["reason"] == "already_claimed"
    assert "already has this tool's coupon" in again.json()["detail"]
    # The sub-account sees its main account's coupon; the catalogue says it is held.
    mine = api.get("/api/v1/market/coupons", headers=_token(world, "m1-sub")).json()
    assert [c["tool_id"] for c in mine] == [TOOL]
    tools = api.get("/api/v1/market/tools", headers=main).json()
    assert tools["claimable_today"] is True
    row = next(t for t in tools["tools"] if t["tool_id"] == TOOL)
    assert (row["coupons_left"], row["my_coupon"]["coupon_id"]) == (49, coupon["coupon_id"])
    # Operators see who claimed.
    claims = api.get(f"/api/v1/market/tools/{TOOL}/claims", headers=_token(world, "ops")).json()
    assert [(c["merchant_id"], c["claimed_by"]) for c in claims] == [("M1", "m1-main")]


def test_a_sub_account_claims_for_its_main_account(api: TestClient, world: World) -> None:
    answer = api.post(CLAIM, headers=_token(world, "m1-sub"))
    assert answer.status_code == 201
    assert (answer.json()["main_account_id"], answer.json()["claimed_by"]) == ("A1", "m1-sub")
    refused = api.post(CLAIM, headers=_token(world, "m1-main"))
    assert refused.json()["reason"] == "already_claimed"


@pytest.mark.parametrize(
    ("instant", "login", "reason"),
    [
        (LAUNCH - dt.timedelta(days=1), "m1-main", "not_the_day"),
        (LAUNCH + dt.timedelta(days=1), "m1-main", "not_the_day"),
        (LAUNCH, "m2-main", "not_eligible"),
    ],
)
def test_refusals_answer_409_with_the_reason(
    api: TestClient, world: World, instant: dt.datetime, login: str, reason: str
) -> None:
    _at(api, instant)
    answer = api.post(CLAIM, headers=_token(world, login))
    assert answer.status_code == 409
    assert answer.json()["reason"] == reason


def test_sold_out(api: TestClient, world: World) -> None:
    from sellerstar.services import market_catalogue

    with transaction(world.engine) as connection:
        market_catalogue.set_stock(connection, TOOL, 1, actor="ops", now=LAUNCH)
    assert api.post(CLAIM, headers=_token(world, "m1-main")).status_code == 201
    with transaction(world.engine) as connection:
        connection.exec_driver_sql("UPDATE merchants SET country = 'CN' WHERE merchant_id = 'M2'")
    answer = api.post(CLAIM, headers=_token(world, "m2-main"))
    assert (answer.status_code, answer.json()["reason"]) == (409, "sold_out")
    assert "all 50 coupons" in answer.json()["detail"]  # the rule-set's number, not the row's


def test_roles_tools_tokens_and_csrf(api: TestClient, world: World) -> None:
    assert api.post(CLAIM, headers=_token(world, "ops")).status_code == 403
    assert api.post(CLAIM, headers=_token(world, "m1-main", "read")).status_code == 403
    assert api.post(CLAIM).status_code == 401
    main = _token(world, "m1-main")
    assert api.post("/api/v1/market/tools/T-NOPE/coupon", headers=main).status_code == 404
    assert api.post("/api/v1/market/tools/T-LIVE-HOST/coupon", headers=main).status_code == 404
    assert api.post(f"/api/v1/market/tools/{'x' * 200}/coupon", headers=main).status_code == 422
    assert api.get(f"/api/v1/market/tools/{TOOL}/claims", headers=main).status_code == 403
    assert (
        api.get("/api/v1/market/tools/T-NOPE/claims", headers=_token(world, "ops")).status_code
        == 404
    )
    # A session must send its CSRF token.
    sign_in(api, "m1-main")
    assert api.post(CLAIM).status_code == 403
    answer = api.post(CLAIM, headers={"X-CSRF-Token": csrf_of(api)})
    assert answer.status_code == 201
