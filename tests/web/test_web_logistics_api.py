"""The logistics JSON API (/api/v1/logistics): summary, orders and one order's detail,
with API tokens and sessions, per role and scope."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from logistics_support import PREVIOUS, STAT, Listed, add_event, add_shipment, list_world
from web_support import NOW, World, sign_in

from sellerstar.services import tokens
from sellerstar.store.db import transaction
from sellerstar.web.auth import now

SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def listed(world: World, app_client: TestClient) -> Iterator[Listed]:
    """The list world plus two batches of TA10002, with the app's clock at NOW."""
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    found = list_world(world.engine)
    with transaction(world.engine) as c:
        add_shipment(c, "S1", "TA10002", "FX1", dt.datetime(2022, 11, 18, 8, tzinfo=dt.UTC))
        add_shipment(c, "S2", "TA10002", "FX2", dt.datetime(2022, 11, 18, 9, tzinfo=dt.UTC))
        add_event(c, "FX1", dt.datetime(2022, 11, 19, 1, tzinfo=dt.UTC), "Label created")
        add_event(c, "FX1", dt.datetime(2022, 11, 20, 1, tzinfo=dt.UTC), "In transit")
    yield found
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def _token(world: World, login: str) -> dict[str, str]:
    with transaction(world.engine) as connection:
        token = tokens.create_api_token(connection, login, "erp", NOW)
    return {"Authorization": f"Bearer {token}"}


def test_summary_per_scope(app_client: TestClient, world: World, listed: Listed) -> None:
    main = app_client.get("/api/v1/logistics/summary", headers=_token(world, "m1-main")).json()
    assert main["stat_date"] == STAT.isoformat() and main["view_date"] == "2022-12-06"
    assert (main["orders"], main["passing"], main["rate"]) == (30, 24, 0.8)
    assert (main["ship_window_start"], main["ship_window_end"]) == ("2022-09-21", "2022-11-19")
    assert main["in_force"] and main["data_lag_days"] == 2 and main["account_id"] is None
    sub = app_client.get("/api/v1/logistics/summary", headers=_token(world, "m1-sub")).json()
    assert (sub["account_id"], sub["orders"], sub["passing"]) == ("A2", 13, 7)
    assert sub["rate"] == pytest.approx(7 / 13)


def test_orders_with_filters_and_paging(
    app_client: TestClient, world: World, listed: Listed
) -> None:
    headers = _token(world, "m1-main")
    first = app_client.get("/api/v1/logistics/orders?sort=shipped", headers=headers).json()
    assert (first["total"], first["pages"], first["per_page"]) == (30, 2, 20)
    assert first["stat_dates"] == [STAT.isoformat(), PREVIOUS.isoformat()]
    assert [o["order_id"] for o in first["orders"]] == [f"TA{n}" for n in range(10001, 10021)]
    second = app_client.get("/api/v1/logistics/orders?page=2&sort=shipped", headers=headers).json()
    assert [o["order_id"] for o in second["orders"]] == [f"TA{n}" for n in range(10021, 10031)]
    failing = app_client.get(
        "/api/v1/logistics/orders",
        params={"untrackable": "true", "q": "TA1000", "sort": "shipped"},
        headers=headers,
    ).json()
    assert [o["order_id"] for o in failing["orders"]] == [
        "TA10002",
        "TA10003",
        "TA10004",
        "TA10005",
    ]
    order = failing["orders"][0]
    assert order["reason"] == "untracked" and order["trackable"] is False
    assert order["appeal_allowed"] is True and order["appeal_blocked"] is None
    assert failing["orders"][2]["appeal_blocked"] == "closed"
    assert failing["orders"][1]["counted_pass"] is True  # a pending appeal counts
    older = app_client.get(
        "/api/v1/logistics/orders", params={"stat_date": PREVIOUS.isoformat()}, headers=headers
    ).json()
    assert older["total"] == 3 and older["ship_window_end"] == "2022-11-18"
    bad = app_client.get("/api/v1/logistics/orders?stat_date=2022-11-01", headers=headers)
    assert bad.status_code == 422 and "detail" in bad.json()


@SQLITE
def test_a_sub_accounts_token_lists_its_own_orders(
    app_client: TestClient, world: World, listed: Listed
) -> None:
    answer = app_client.get("/api/v1/logistics/orders", headers=_token(world, "m1-sub3")).json()
    assert sorted(o["order_id"] for o in answer["orders"]) == listed.sub_a3


def test_order_detail(app_client: TestClient, world: World, listed: Listed) -> None:
    detail = app_client.get(
        "/api/v1/logistics/orders/TA10002", headers=_token(world, "m1-sub")
    ).json()
    assert detail["reason"] == "untracked" and detail["appeal_allowed"] is True
    assert [s["shipment_id"] for s in detail["shipments"]] == ["S1", "S2"]
    first, second = detail["shipments"]
    assert first["trackable"] is True and second["trackable"] is False
    assert first["appeal_allowed"] is False and second["appeal_allowed"] is True
    assert [e["description"] for e in first["events"]] == ["In transit", "Label created"]
    assert first["events"][0]["counts"] is True and second["events"] == []


@pytest.mark.parametrize(
    ("login", "url"),
    [
        ("m2-main", "/api/v1/logistics/orders/TA10002"),
        ("m1-sub3", "/api/v1/logistics/orders/TA10002"),
        ("m1-sub", "/api/v1/logistics/orders/TA10015"),
        ("m1-main", "/api/v1/logistics/summary?merchant_id=M2"),
        ("m2-main", "/api/v1/logistics/orders?merchant_id=M1"),
    ],
)
@SQLITE
def test_out_of_scope_is_not_found(
    app_client: TestClient, world: World, listed: Listed, login: str, url: str
) -> None:
    answer = app_client.get(url, headers=_token(world, login))
    assert answer.status_code == 404
    assert answer.json() == {"detail": "not found, or not yours to see"}


@SQLITE
def test_operators_name_the_merchant(app_client: TestClient, world: World, listed: Listed) -> None:
    headers = _token(world, "ops")
    assert app_client.get("/api/v1/logistics/summary", headers=headers).status_code == 422
    m2 = app_client.get("/api/v1/logistics/orders?merchant_id=M2", headers=headers).json()
    assert sorted(o["order_id"] for o in m2["orders"]) == listed.m2
    assert all(o["appeal_blocked"] == "operator" for o in m2["orders"])
    detail = app_client.get("/api/v1/logistics/orders/TA10002?merchant_id=M1", headers=headers)
    assert detail.status_code == 200
    wrong = app_client.get("/api/v1/logistics/orders/TA10002?merchant_id=M2", headers=headers)
    assert wrong.status_code == 404


@SQLITE
def test_strangers_get_401_and_sessions_work(app_client: TestClient, listed: Listed) -> None:
    for url in ("/api/v1/logistics/summary", "/api/v1/logistics/orders"):
        answer = app_client.get(url)
        assert answer.status_code == 401 and answer.headers["www-authenticate"] == "Bearer"
    sign_in(app_client, "m1-main")
    assert app_client.get("/api/v1/logistics/summary").json()["orders"] == 30


@SQLITE
def test_the_openapi_document_lists_the_logistics_api(app_client: TestClient) -> None:
    paths = app_client.get("/api/v1/openapi.json").json()["paths"]
    for path in ("summary", "orders", "orders/{order_id}"):
        assert f"/api/v1/logistics/{path}" in paths
    assert "/m/logistics" not in paths
