"""The sample venue's feeds in the JSON API (rulebook §4): who may read them, each
placement's filter and order, keyset paging and its cursors, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from venue_support import HIDDEN, INDUSTRIES, LEAVES, Shown, expected, seed_venue
from web_support import World

from sellerstar.web.auth import now
from sellerstar.web.i18n import translations

Feed = Callable[..., Any]


@pytest.fixture
def shown(world: World) -> list[Shown]:
    return seed_venue(world.engine)


@pytest.fixture
def client(
    signed_in: Callable[[str], TestClient], shown: list[Shown]
) -> Callable[[str], TestClient]:
    return signed_in


def _walk(client: TestClient, placement: str, size: int, **filters: str) -> list[str]:
    """Every page of a feed, following next_cursor; the product ids in order."""
    seen: list[str] = []
    cursor: str | None = None
    for _ in range(100):
        params: dict[str, Any] = {"size": size, **filters}
        if cursor:
            params["cursor"] = cursor
        answer = client.get(f"/api/v1/venue/{placement}", params=params)
        assert answer.status_code == 200, answer.text
        body = answer.json()
        assert len(body["items"]) <= size
        seen += [item["product_id"] for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            return seen
        assert len(body["items"]) == size
    raise AssertionError("paging did not end")


def test_tier_below_the_lowest_is_refused_with_the_reason_in_both_languages(
    client: Callable[[str], TestClient],
) -> None:
    answer = client("buyer-l1").get("/api/v1/venue/sample_centre")

    assert answer.status_code == 403
    body = answer.json()
    assert body["reason"] == "tier_too_low"
    assert (body["buyer_tier"], body["min_tier"]) == ("L1", "L2")
    assert "L2" in body["detail"] and "L1" in body["detail"]
    msgid = (
        "The discount sample venue is open to buyers of tier %(lowest)s and above; "
        "your tier is %(tier)s."
    )
    assert body["detail_zh"] == translations("zh").gettext(msgid) % {"lowest": "L2", "tier": "L1"}
    assert "items" not in body


@pytest.mark.parametrize("login", ["buyer-l2", "buyer-l4", "ops"])
def test_the_lowest_tier_and_above_and_operators_read_the_feeds(
    client: Callable[[str], TestClient], shown: list[Shown], login: str
) -> None:
    answer = client(login).get("/api/v1/venue/new_arrivals", params={"size": 50})

    assert answer.status_code == 200, answer.text
    assert [i["product_id"] for i in answer.json()["items"]] == expected("new_arrivals", shown)


@pytest.mark.parametrize("login", ["m1-main", "m1-sub", "m2-main"])
def test_merchant_users_are_refused(client: Callable[[str], TestClient], login: str) -> None:
    for placement in ("sample_centre", "new_arrivals"):
        assert client(login).get(f"/api/v1/venue/{placement}").status_code == 403


def test_strangers_must_sign_in(app_client: TestClient, shown: list[Shown]) -> None:
    assert app_client.get("/api/v1/venue/sample_centre").status_code == 401


@pytest.fixture
def on_day(app_client: TestClient) -> Iterator[Callable[[dt.date], None]]:
    def set_day(day: dt.date) -> None:
        at = dt.datetime.combine(day, dt.time(4), tzinfo=dt.UTC)
        app_client.app.dependency_overrides[now] = lambda: at  # type: ignore[attr-defined]

    yield set_day
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def test_the_venue_is_refused_before_its_rule_set_is_in_force(
    client: Callable[[str], TestClient], on_day: Callable[[dt.date], None]
) -> None:
    buyer = client("buyer-l4")
    on_day(dt.date(2022, 10, 30))
    closed = buyer.get("/api/v1/venue/sample_centre")
    on_day(dt.date(2022, 10, 31))
    opened = buyer.get("/api/v1/venue/sample_centre")

    assert closed.status_code == 404
    assert closed.json()["reason"] == "venue_not_open"
    assert "2022-10-30" in closed.json()["detail"]
    assert opened.status_code == 200


@pytest.mark.parametrize(
    ("placement", "filters"),
    [
        ("sample_centre", {}),
        *[("sample_centre", {"industry": name}) for name in INDUSTRIES],
        ("new_arrivals", {}),
        *[("pre_search", {"leaf_category": leaf}) for leaf in LEAVES],
        ("factory_samples", {}),
        ("factory_samples", {"merchant_id": "M1"}),
        ("factory_samples", {"merchant_id": "M2"}),
        ("factory_samples", {"industry": "Apparel"}),
    ],
)
def test_each_placement_filters_and_orders_and_pages_without_gaps_or_duplicates(
    client: Callable[[str], TestClient],
    shown: list[Shown],
    placement: str,
    filters: dict[str, str],
) -> None:
    size = 3 if placement == "pre_search" else 7
    walked = _walk(client("buyer-l2"), placement, size, **filters)

    assert walked == expected(placement, shown, **filters)
    assert len(walked) == len(set(walked)) > size
    assert not set(walked) & set(HIDDEN)


def test_an_item_shows_its_prices_factor_and_merchant(
    client: Callable[[str], TestClient],
) -> None:
    body = client("buyer-l2").get("/api/v1/venue/sample_centre", params={"size": 1}).json()

    # R08: 3.00 of 12.00, factor 0.25, the deepest of all.
    assert body["items"] == [
        {
            "product_id": "R08",
            "title": "Sample R08",
            "image_path": None,
            "industry": "Apparel",
            "leaf_category": "bags",
            "sample_price_usd": "12.00",
            "discount_price_usd": "3.00",
            "factor": "0.25",
            "growth_score": 67,
            "registered_at": "2022-12-06T00:00:00Z",
            "merchant_id": "M1",
            "merchant_name": "Ningbo Tools",
        }
    ]
    assert body["title"] == "Sample centre for online retailers"
    assert body["size"] == 1 and body["next_cursor"]


def test_hidden_registrations_never_show_even_with_the_best_keys(
    client: Callable[[str], TestClient],
) -> None:
    buyer = client("buyer-l4")
    for placement, params in [
        ("sample_centre", {}),
        ("new_arrivals", {}),
        ("pre_search", {"leaf_category": "bags"}),
        ("factory_samples", {"merchant_id": "M1"}),
    ]:
        body = buyer.get(f"/api/v1/venue/{placement}", params=params | {"size": 10}).json()
        assert not {i["product_id"] for i in body["items"]} & set(HIDDEN), placement


def _first_cursor(buyer: TestClient, placement: str, **params: Any) -> str:
    body = buyer.get(f"/api/v1/venue/{placement}", params={"size": 2, **params}).json()
    cursor: str = body["next_cursor"]
    return cursor


def _flip(text: str, at: int) -> str:
    swapped = "A" if text[at] != "A" else "B"
    return text[:at] + swapped + text[at + 1 :]


def test_a_changed_or_foreign_cursor_is_a_400(client: Callable[[str], TestClient]) -> None:
    buyer = client("buyer-l2")
    cursor = _first_cursor(buyer, "sample_centre", industry="Apparel")
    body, mac = cursor.split(".")

    def status(placement: str, token: str, **params: Any) -> int:
        answer = buyer.get(
            f"/api/v1/venue/{placement}", params={"cursor": token, "size": 2, **params}
        )
        return answer.status_code

    assert status("sample_centre", cursor, industry="Apparel") == 200
    assert status("sample_centre", _flip(body, 3) + "." + mac, industry="Apparel") == 400
    assert status("sample_centre", body + "." + _flip(mac, 2), industry="Apparel") == 400
    assert status("sample_centre", "not-a-cursor", industry="Apparel") == 400
    assert status("sample_centre", "%%%.&&&", industry="Apparel") == 400
    # Another list's cursor: another placement, or the same one with other filters.
    assert status("new_arrivals", cursor) == 400
    assert status("sample_centre", cursor, industry="Home & Garden") == 400
    assert status("sample_centre", cursor) == 400
    assert status("sample_centre", "x" * 257, industry="Apparel") == 422


def test_a_cursor_made_with_another_key_is_refused(
    client: Callable[[str], TestClient],
) -> None:
    from sellerstar.domain import cursors

    buyer = client("buyer-l2")
    forged = cursors.sign(b"guess" * 8, {"after": 1, "feed": "new_arrivals", "filters": ""})

    answer = buyer.get("/api/v1/venue/new_arrivals", params={"cursor": forged})

    assert answer.status_code == 400
    assert "cursor" in answer.json()["detail"]


@pytest.mark.parametrize(
    ("placement", "size", "status"),
    [
        ("sample_centre", 0, 422),
        ("sample_centre", 1, 200),
        ("sample_centre", 50, 200),
        ("sample_centre", 51, 422),
        ("new_arrivals", 50, 200),
        ("new_arrivals", 51, 422),
        ("factory_samples", 50, 200),
        ("pre_search", 10, 200),
        ("pre_search", 11, 422),
    ],
)
def test_page_sizes_are_bounded_per_placement(
    client: Callable[[str], TestClient], placement: str, size: int, status: int
) -> None:
    params: dict[str, Any] = {"size": size}
    if placement == "pre_search":
        params["leaf_category"] = "bags"
    answer = client("buyer-l2").get(f"/api/v1/venue/{placement}", params=params)

    assert answer.status_code == status, answer.text
    if status == 200:
        assert len(answer.json()["items"]) == min(size, 15 if placement == "pre_search" else 30)


@pytest.mark.parametrize(
    ("placement", "params", "default"),
    [
        ("sample_centre", {}, 20),
        ("new_arrivals", {}, 12),
        ("pre_search", {"leaf_category": "bags"}, 4),
    ],
)
def test_default_page_sizes(
    client: Callable[[str], TestClient], placement: str, params: dict[str, str], default: int
) -> None:
    body = client("buyer-l2").get(f"/api/v1/venue/{placement}", params=params).json()

    assert body["size"] == default == len(body["items"])


@pytest.mark.parametrize(
    ("placement", "params", "words"),
    [
        ("pre_search", {}, "needs leaf_category"),
        ("factory_samples", {"merchant_id": "M1", "industry": "Apparel"}, "not both"),
        ("sample_centre", {"leaf_category": "bags"}, "cannot be filtered by leaf_category"),
        ("new_arrivals", {"industry": "Apparel"}, "cannot be filtered by industry"),
        ("nowhere", {}, "placement"),
    ],
)
def test_filters_a_placement_does_not_take_are_a_422(
    client: Callable[[str], TestClient], placement: str, params: dict[str, str], words: str
) -> None:
    answer = client("buyer-l2").get(f"/api/v1/venue/{placement}", params=params)

    assert answer.status_code == 422
    assert words in answer.json()["detail"]


def test_a_long_filter_still_pages(client: Callable[[str], TestClient]) -> None:
    buyer = client("buyer-l2")
    # No such leaf: one page, no cursor; an industry of 200 characters still gets one.
    assert (
        buyer.get("/api/v1/venue/pre_search", params={"leaf_category": "类" * 200}).json()[
            "next_cursor"
        ]
        is None
    )
    long = "工业" * 100
    shown = buyer.get("/api/v1/venue/sample_centre", params={"industry": long, "size": 1})
    assert shown.status_code == 200 and shown.json()["items"] == []
    cursor = _first_cursor(buyer, "factory_samples")
    assert len(cursor) < 120


def test_a_buyer_token_reads_the_feeds(client: Callable[[str], TestClient], world: World) -> None:
    from sellerstar.services import tokens
    from sellerstar.store.db import transaction

    with transaction(world.engine) as connection:
        secret = tokens.create_api_token(
            connection, "buyer-l2", "shop", dt.datetime.now(dt.UTC), days=1, scope="read"
        )
    answer = client("ops").get(
        "/api/v1/venue/new_arrivals", headers={"Authorization": f"Bearer {secret}"}
    )

    assert answer.status_code == 200
    me = client("ops").get("/api/v1/me", headers={"Authorization": f"Bearer {secret}"}).json()
    assert (me["role"], me["buyer_id"]) == ("buyer", "BY-L2")
