"""The reviews JSON API (issue 15 item 5): the merchant's awaiting, received, rating and
pools (scoped), the storefront's product block and ranking lists (public data only, to any
signed-in caller), the operators' brushing queue and decisions; refusals as 409/422
``{"detail", "code"}``, scope by 404, roles by 403, never a 5xx on a bad body."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from reviews_support import SECRET, seed_reviews, use_invitation_secret
from web_support import NOW, World, csrf_of, sign_in

from factories import merchant_row, product_row
from sellerstar.domain.review_display import invitation_valid
from sellerstar.services import tokens
from sellerstar.store.db import transaction
from sellerstar.store.review_tables import brushing_suspects
from sellerstar.store.schema import contract_tables, notifications, penalty_points
from sellerstar.web.auth import now

# On both databases (the world fixture's default): the queries group, count and order.


@pytest.fixture
def api(app_client: TestClient, world: World) -> Iterator[TestClient]:
    seed_reviews(world.engine)
    use_invitation_secret(app_client)
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    yield app_client
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def _token(world: World, login: str, scope: str = "read_write") -> dict[str, str]:
    with transaction(world.engine) as connection:
        token = tokens.create_api_token(connection, login, "erp", NOW, scope=scope)
    return {"Authorization": f"Bearer {token}"}


def _get(api: TestClient, path: str, headers: dict[str, str]) -> Any:
    answer = api.get(path, headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_awaiting_orders_with_signed_links_scoped_by_owner(api: TestClient, world: World) -> None:
    body = _get(api, "/api/v1/reviews/awaiting", _token(world, "m1-main"))
    assert [o["order_id"] for o in body["orders"]] == ["O-NEW", "O-EDGE"]
    assert body["advice"] == "Invite within 5 days of receipt, best within 1 day"
    assert (body["best_within_days"], body["window_days"]) == (5, 90)
    new, edge = body["orders"]
    assert (new["best_now"], edge["best_now"]) == (True, False)
    assert (new["days_since_receipt"], edge["days_since_receipt"]) == (1, 90)
    assert edge["review_window_ends"] == "2022-12-06"
    sig = new["invitation_link"].split("sig=")[1]
    assert invitation_valid("O-NEW", sig, SECRET)
    sub = _get(api, "/api/v1/reviews/awaiting", _token(world, "m1-sub3"))
    assert [o["order_id"] for o in sub["orders"]] == ["O-EDGE"]
    ops = _get(api, "/api/v1/reviews/awaiting?merchant_id=M2", _token(world, "ops"))
    assert [o["order_id"] for o in ops["orders"]] == ["O-M2"]
    assert api.get("/api/v1/reviews/awaiting", headers=_token(world, "ops")).status_code == 422
    m2 = _token(world, "m2-main")
    assert api.get("/api/v1/reviews/awaiting?merchant_id=M1", headers=m2).status_code == 404
    assert api.get("/api/v1/reviews/received?merchant_id=M1", headers=m2).status_code == 404
    assert api.get("/api/v1/reviews/awaiting?page=0", headers=m2).status_code == 422


def test_received_reviews_with_states_and_badges_never_direct_scores(
    api: TestClient, world: World
) -> None:
    answer = api.get("/api/v1/reviews/received", headers=_token(world, "m1-main"))
    body = answer.json()
    by = {r["review_id"]: r for r in body["transaction_reviews"]}
    assert list(by) == ["R3", "R4", "R1", "R2"]
    assert (by["R1"]["badge"], by["R2"]["badge"], by["R3"]["badge"], by["R4"]["badge"]) == (
        None, "platinum", "pro", "pro",
    )  # fmt: skip
    assert by["R1"]["state"]["counts"] is True
    assert by["R2"]["state"]["reasons"] == ["outside_window", "brushing"]
    assert by["R2"]["state"]["reasons_text"][1] == "confirmed review brushing"
    assert by["R3"]["state"] == {
        "computed": False, "counts": False, "reasons": [], "reasons_text": [],
        "stat_date": "2022-12-04", "update_on": "2022-12-07",
    }  # fmt: skip
    direct = {r["review_id"]: r for r in body["direct_reviews"]}
    assert direct["D1"]["text"] == "Quick replies to my inquiry"
    assert direct["D2"]["state"]["reasons"] == ["direct_not_eligible"]
    assert "communication" not in answer.text and "capability" not in answer.text
    sub = api.get("/api/v1/reviews/received", headers=_token(world, "m1-sub")).json()
    assert [r["review_id"] for r in sub["transaction_reviews"]] == ["R1"]
    assert [r["review_id"] for r in sub["direct_reviews"]] == ["D1"]


def test_the_rating_is_floored_and_the_pools_are_the_merchant_s(
    api: TestClient, world: World
) -> None:
    rating = _get(api, "/api/v1/reviews/rating", _token(world, "m1-main"))["rating"]
    assert (rating["rating"], rating["label"], rating["label_text"], rating["review_count"]) == (
        3.9, "neutral", "Neutral", 3,
    )  # fmt: skip
    m2 = _get(api, "/api/v1/reviews/rating", _token(world, "m2-main"))["rating"]
    assert m2["rating"] == 4.6
    pools = _get(api, "/api/v1/reviews/pools", _token(world, "m1-main"))
    products = {p["product_id"]: p for p in pools["products"]}
    assert sorted(products) == ["P-BAG", "P-CABLE"]
    assert products["P-BAG"]["selected"] and products["P-BAG"]["rating"] == 4.6
    assert products["P-BAG"]["ranks"] == [["bags", 1]]
    assert [(r["list_name"], r["rank"]) for r in pools["merchant_ranks"]] == [
        ("all", 2), ("industry:apparel", 1),
    ]  # fmt: skip


def _no_buyer_ids(text: str) -> None:
    for buyer in ("B-L2", "B-L3", "B-L4", "B-PRO", "buyer_id"):
        assert buyer not in text


def test_the_product_block_is_public_data_for_any_signed_in_caller(
    api: TestClient, world: World
) -> None:
    anyone = _token(world, "m2-main")  # another merchant's user reads M1's product
    answer = api.get("/api/v1/reviews/products/P-BAG", headers=anyone)
    assert answer.status_code == 200
    block = answer.json()
    assert (block["state"], block["state_text"]) == ("reviewed", "Product and store reviewed")
    assert (block["rating"], block["review_count"], block["keyword"]) == (4.6, 2, "Great bag")
    assert block["store_rating"] == {
        "rating": 3.9, "label": "neutral", "label_text": "Neutral", "review_count": 3,
    }  # fmt: skip
    assert [(r["text"], r["badge"]) for r in block["reviews"]] == [
        ("Solid stitching", "pro"), ("Great bag, fast delivery", None),
    ]  # fmt: skip
    assert block["reviews"][0]["product_quality"] == 4
    assert block["direct_reviews"] == [
        {"kind": "direct", "submitted_on": "2022-11-29", "badge": "platinum",
         "text": "Quick replies to my inquiry", "product_quality": None,
         "supplier_service": None, "on_time_shipment": None},
    ]  # fmt: skip
    _no_buyer_ids(answer.text)
    assert "communication" not in answer.text and "capability" not in answer.text
    shoe = api.get("/api/v1/reviews/products/P-SHOE", headers=anyone).json()
    assert (shoe["state"], shoe["state_text"]) == ("store_only", "No product reviews (yet)")
    with transaction(world.engine) as connection:
        connection.execute(contract_tables["merchants"].insert(), [merchant_row("M3")])
        connection.execute(contract_tables["products"].insert(), [product_row("P-M3", "M3", "Mug")])
    fresh = api.get("/api/v1/reviews/products/P-M3", headers=_token(world, "ops")).json()
    assert (fresh["state"], fresh["state_text"], fresh["rating"]) == (
        "none", "No reviews (yet)", None,
    )  # fmt: skip
    assert api.get("/api/v1/reviews/products/P-GONE", headers=anyone).status_code == 404
    assert api.get("/api/v1/reviews/products/NOPE", headers=anyone).status_code == 404
    assert api.get("/api/v1/reviews/products/P-BAG").status_code == 401


def test_the_ranking_lists(api: TestClient, world: World) -> None:
    anyone = _token(world, "m1-sub")
    lists = _get(api, "/api/v1/reviews/rankings", anyone)
    assert lists == {
        "stat_date": "2022-12-04", "leaf_categories": ["bags"],
        "merchant_lists": ["all", "industry:apparel"],
    }  # fmt: skip
    bags = _get(api, "/api/v1/reviews/rankings/products?leaf_category=bags", anyone)
    assert [(p["rank"], p["product_id"], p["rating"]) for p in bags["products"]] == [
        (1, "P-BAG", 4.6), (2, "P-M2", 5.0),
    ]  # fmt: skip
    merchants = _get(api, "/api/v1/reviews/rankings/merchants?list=all", anyone)
    assert [(m["rank"], m["merchant_id"], m["rating"]) for m in merchants["merchants"]] == [
        (1, "M2", 4.6), (2, "M1", 3.9),
    ]  # fmt: skip
    _no_buyer_ids(json.dumps([lists, bags, merchants]))
    assert api.get("/api/v1/reviews/rankings/products", headers=anyone).status_code == 422
    missing = api.get("/api/v1/reviews/rankings/products?leaf_category=mugs", headers=anyone)
    assert missing.status_code == 404
    assert (
        api.get("/api/v1/reviews/rankings/merchants?list=nope", headers=anyone).status_code == 404
    )


def test_the_queue_for_operators_only(api: TestClient, world: World) -> None:
    body = _get(api, "/api/v1/reviews/brushing", _token(world, "ops"))
    assert (body["pending"], body["merchants_pending"], body["total"]) == (3, 2, 3)
    assert [g["merchant_id"] for g in body["merchants"]] == ["M1", "M2"]
    r2 = body["merchants"][0]["suspects"][0]
    assert (r2["review_id"], r2["score"], r2["buyer_tier"]) == ("R2", 0.93, "L3")
    assert r2["signals"] == ["dense_block", "identical_text"]
    assert r2["signals_text"][1] == "the same text as other reviews"
    assert (r2["product_quality"], r2["text"]) == (5, "Perfect perfect perfect")
    only = _get(api, "/api/v1/reviews/brushing?merchant_id=M2", _token(world, "ops"))
    assert [g["merchant_id"] for g in only["merchants"]] == ["M2"]
    assert api.get("/api/v1/reviews/brushing", headers=_token(world, "m1-main")).status_code == 403
    refused = api.post(
        "/api/v1/reviews/brushing/dismiss", json={"review_ids": ["R1"]},
        headers=_token(world, "m1-main"),
    )  # fmt: skip
    assert refused.status_code == 403


def test_confirm_and_dismiss(api: TestClient, world: World) -> None:
    ops = _token(world, "ops")
    confirmed = api.post(
        "/api/v1/reviews/brushing/confirm",
        json={"review_ids": ["R2", "R1"], "note": "same ring"},
        headers=ops,
    )
    assert confirmed.status_code == 201, confirmed.text
    case = confirmed.json()
    assert (case["merchant_id"], case["review_ids"], case["points"]) == ("M1", ["R1", "R2"], 6.0)
    dismissed = api.post(
        "/api/v1/reviews/brushing/dismiss", json={"review_ids": ["RM2"]}, headers=ops
    )
    assert dismissed.status_code == 200 and dismissed.json() == {"review_ids": ["RM2"]}
    with world.engine.connect() as connection:
        ledger = connection.execute(sa.select(penalty_points)).one()
        assert (ledger.kind, ledger.entity_id) == ("review_brushing", str(case["case_id"]))
        told = connection.execute(sa.select(notifications)).one()
        assert (told.merchant_id, told.subject_id) == ("M1", str(case["case_id"]))
        states = {
            row.review_id: (row.state, row.case_id)
            for row in connection.execute(sa.select(brushing_suspects))
        }
    assert states == {
        "R1": ("confirmed", case["case_id"]), "R2": ("confirmed", case["case_id"]),
        "RM2": ("dismissed", None),
    }  # fmt: skip
    cases = _get(api, "/api/v1/reviews/brushing/cases", ops)
    assert [(c["case_id"], c["review_count"], c["note"]) for c in cases["cases"]] == [
        (case["case_id"], 2, "same ring")
    ]
    history = _get(api, "/api/v1/reviews/brushing?state=confirmed", ops)
    assert sorted(s["review_id"] for g in history["merchants"] for s in g["suspects"]) == [
        "R1", "R2",
    ]  # fmt: skip
    again = api.post("/api/v1/reviews/brushing/dismiss", json={"review_ids": ["R1"]}, headers=ops)
    assert again.status_code == 409 and again.json()["code"] == "already_decided"
    assert "R1" in again.json()["detail"]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({}, 422),
        ({"review_ids": []}, 422),
        ({"review_ids": "R1"}, 422),
        ({"review_ids": [""]}, 422),
        ({"review_ids": ["x" * 129]}, 422),
        ({"review_ids": [f"S{n}" for n in range(201)]}, 422),
        ({"review_ids": ["R1"], "note": "x" * 2001}, 422),
        ({"review_ids": [1]}, 422),
        ({"review_ids": ["R1", "RM2"]}, 422),  # two merchants in one case
        ({"review_ids": ["NOPE"]}, 404),
    ],
)
def test_bad_bodies_are_refused_with_a_clear_message(
    api: TestClient, world: World, body: Any, status: int
) -> None:
    answer = api.post("/api/v1/reviews/brushing/confirm", json=body, headers=_token(world, "ops"))
    assert answer.status_code == status, answer.text
    assert answer.json()["detail"]
    with world.engine.connect() as connection:
        pending = connection.scalar(
            sa.select(sa.func.count())
            .select_from(brushing_suspects)
            .where(brushing_suspects.c.state == "pending")
        )
    assert pending == 3


def test_broken_json_and_sessions_without_csrf(api: TestClient, world: World) -> None:
    ops = _token(world, "ops")
    broken = api.post(
        "/api/v1/reviews/brushing/confirm",
        content=b"{not json",
        headers={**ops, "Content-Type": "application/json"},
    )
    assert broken.status_code == 422
    read_only = _token(world, "ops", scope="read")
    refused = api.post(
        "/api/v1/reviews/brushing/dismiss", json={"review_ids": ["R1"]}, headers=read_only
    )
    assert refused.status_code == 403
    sign_in(api, "ops")
    without = api.post("/api/v1/reviews/brushing/dismiss", json={"review_ids": ["R1"]})
    assert without.status_code == 403
    with_token = api.post(
        "/api/v1/reviews/brushing/dismiss",
        json={"review_ids": ["R1"]},
        headers={"X-CSRF-Token": csrf_of(api)},
    )
    assert with_token.status_code == 200
