"""The sample venue's registration in the JSON API (issue 16 item 3): products with their
checks, a check at given prices, registering many at once (201), withdrawal, the
registrations; refusals as 409/422 ``{"detail", "code"}``, scope by 404, roles by 403,
CSRF for sessions, read tokens read only."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from samples_support import places_taken, seed_samples, set_places
from web_support import NOW, World, csrf_of, sign_in

from sellerstar.services import tokens
from sellerstar.store.db import transaction
from sellerstar.web.auth import now

# On both databases (the world fixture's default).


@pytest.fixture
def api(app_client: TestClient, world: World) -> Iterator[TestClient]:
    seed_samples(world.engine)
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    yield app_client
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def _token(world: World, login: str, scope: str = "read_write") -> dict[str, str]:
    with transaction(world.engine) as connection:
        token = tokens.create_api_token(connection, login, "erp", NOW, scope=scope)
    return {"Authorization": f"Bearer {token}"}


def _offers(**prices: str) -> dict[str, Any]:
    return {
        "offers": [{"product_id": p.replace("_", "-"), "discount_price_usd": v}
                   for p, v in prices.items()]
    }  # fmt: skip


def test_the_products_carry_every_reason_and_the_highest_price(
    api: TestClient, world: World
) -> None:
    body = api.get("/api/v1/samples/products", headers=_token(world, "m1-main")).json()
    assert (body["total"], body["places_taken"], body["places_left"], body["cap"]) == (
        6,
        0,
        200,
        200,
    )
    assert body["right_held"] is True
    by = {row["product_id"]: row for row in body["products"]}
    assert by["P-LOW"]["failures"] == [
        {"rule": "stock_low", "actual": "8", "limit": "10", "text": "Stock 8 < 10"}
    ]
    assert by["P-OK1"]["eligible"] is True
    assert (by["P-OK1"]["max_discount_price_usd"], by["P-OK1"]["max_discount_factor"]) == (
        "7.00",
        "0.7",
    )
    sub = api.get("/api/v1/samples/products", headers=_token(world, "m1-sub")).json()
    assert [row["product_id"] for row in sub["products"]] == ["P-OK1", "P-OK2"]


def test_check_at_a_price_writes_nothing(api: TestClient, world: World) -> None:
    main = _token(world, "m1-main")
    answer = api.post("/api/v1/samples/check", json=_offers(P_OK1="7.01", P_OK2="7"), headers=main)
    assert answer.status_code == 200
    found = {row["product_id"]: row for row in answer.json()["products"]}
    assert found["P-OK1"]["failures"][0]["text"] == "Discount 0.701 > 0.7"
    assert found["P-OK2"]["eligible"] is True
    assert (
        api.post("/api/v1/samples/check", json=_offers(P_M2="7"), headers=main).status_code == 404
    )
    ops = _token(world, "ops")
    assert (
        api.post("/api/v1/samples/check", json=_offers(P_OK1="7"), headers=ops).status_code == 422
    )
    assert api.post(
        "/api/v1/samples/check?merchant_id=M1", json=_offers(P_OK1="7"), headers=ops
    ).json()["products"][0]["eligible"]
    assert places_taken(world.engine) == 0


def test_register_many_then_withdraw_one(api: TestClient, world: World) -> None:
    main = _token(world, "m1-main")
    answer = api.post(
        "/api/v1/samples/registrations",
        json=_offers(P_OK1="7", P_OK2="6.5", P_LOW="5"),
        headers=main,
    )
    assert answer.status_code == 201
    body = answer.json()
    assert sorted(body["registered"]) == ["P-OK1", "P-OK2"]
    assert body["rejected"][0]["product_id"] == "P-LOW"
    assert body["rejected"][0]["failures"][0]["rule"] == "stock_low"
    assert (body["places_taken"], body["places_left"]) == (2, 198)
    listed = api.get("/api/v1/samples/registrations", headers=main).json()
    assert {r["product_id"]: r["discount_factor"] for r in listed["registrations"]} == {
        "P-OK1": "0.7", "P-OK2": "0.65"
    }  # fmt: skip
    gone = api.post("/api/v1/samples/products/P-OK2/withdraw", headers=main)
    assert gone.status_code == 200
    assert (gone.json()["state"], gone.json()["in_venue"]) == ("withdrawn", False)
    again = api.post("/api/v1/samples/products/P-OK2/withdraw", headers=main)
    assert (again.status_code, again.json()["code"]) == (409, "not_registered")
    assert places_taken(world.engine) == 1
    active = api.get("/api/v1/samples/registrations?state=active", headers=main).json()
    assert [r["product_id"] for r in active["registrations"]] == ["P-OK1"]


def test_refusals_say_why_with_a_code(api: TestClient, world: World) -> None:
    main = _token(world, "m1-main")
    bad = api.post("/api/v1/samples/registrations", json=_offers(P_OK1="6.123"), headers=main)
    assert (bad.status_code, bad.json()["code"]) == (422, "price_decimals")
    zero = api.post("/api/v1/samples/registrations", json=_offers(P_OK1="0"), headers=main)
    assert (zero.status_code, zero.json()["code"]) == (422, "price_invalid")
    twice = {"offers": [{"product_id": "P-OK1", "discount_price_usd": "7"}] * 2}
    assert api.post("/api/v1/samples/registrations", json=twice, headers=main).status_code == 422
    set_places(world.engine, "M1", 199)
    full = api.post(
        "/api/v1/samples/registrations", json=_offers(P_OK1="7", P_OK2="7"), headers=main
    )
    assert (full.status_code, full.json()["code"]) == (409, "cap_exceeded")
    assert "only 1 of 200 places are left" in full.json()["detail"]
    assert places_taken(world.engine) == 199


def test_roles_scope_and_tokens(api: TestClient, world: World) -> None:
    ops = _token(world, "ops")
    assert (
        api.post("/api/v1/samples/registrations", json=_offers(P_OK1="7"), headers=ops).status_code
        == 403
    )
    assert api.get("/api/v1/samples/products", headers=ops).status_code == 422
    assert api.get("/api/v1/samples/products?merchant_id=M2", headers=ops).json()["total"] == 1
    sub = _token(world, "m1-sub")
    assert (
        api.post("/api/v1/samples/registrations", json=_offers(P_LOW="5"), headers=sub).status_code
        == 404
    )
    assert api.get("/api/v1/samples/products?merchant_id=M2", headers=sub).status_code == 404
    read = _token(world, "m1-main", scope="read")
    assert (
        api.post("/api/v1/samples/registrations", json=_offers(P_OK1="7"), headers=read).status_code
        == 403
    )
    assert api.get("/api/v1/samples/products").status_code == 401
    sign_in(api, "m1-main")
    assert api.post("/api/v1/samples/registrations", json=_offers(P_OK1="7")).status_code == 403
    token = csrf_of(api)
    done = api.post(
        "/api/v1/samples/registrations", json=_offers(P_OK1="7"), headers={"X-CSRF-Token": token}
    )
    assert done.status_code == 201
    assert places_taken(world.engine) == 1
