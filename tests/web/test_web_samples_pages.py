"""The sample venue's registration pages (issue 16 items 3 and 6): the merchant's product
list with every rule each product fails in words and numbers, many products registered in
one submission, the batch over the cap refused whole, withdrawal; scope (a sub-account
sees and registers the products it owns; another merchant's product is 404); the
operators' list, suspension, reinstatement and the restoration of the right; CSRF and
roles; bad input refused in words, never a 500."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from samples_support import places_taken, seed_samples, set_places
from web_support import NOW, World, csrf_of, sign_in

from sellerstar.rules import RuleBook
from sellerstar.services import sample_rights
from sellerstar.store.db import transaction
from sellerstar.store.schema import sample_registrations
from sellerstar.web.auth import now

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def client(app_client: TestClient, world: World) -> Iterator[TestClient]:
    seed_samples(world.engine)
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    app_client.cookies.set("sellerstar_lang", "en")
    yield app_client
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def _text(page: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))


def _row(page: str, product_id: str) -> str:
    start = page.index(f'<tr data-product="{product_id}"')
    return page[start : page.index("</tr>", start)]


def _rows(page: str) -> list[str]:
    return re.findall(r'<tr data-product="([^"]+)"', page)


def _register(client: TestClient, prices: dict[str, str], **extra: Any) -> Any:
    data: dict[str, Any] = {"csrf_token": csrf_of(client), "product": list(prices)}
    data |= {f"price.{product_id}": price for product_id, price in prices.items()}
    return client.post("/m/samples/register", data=data | extra)


def test_the_merchant_sees_every_reason_with_its_numbers(client: TestClient) -> None:
    sign_in(client, "m1-main")
    page = client.get("/m/samples")
    assert page.status_code == 200
    assert _rows(page.text) == ["P-CHEAP", "P-GROW", "P-LOW", "P-OK1", "P-OK2", "P-TOY"]
    assert "Stock 8 < 10" in _text(_row(page.text, "P-LOW"))
    assert "Growth score 65 ≤ 65" in _text(_row(page.text, "P-GROW"))
    assert "Sample price 4.99 < 5.00 USD" in _text(_row(page.text, "P-CHEAP"))
    assert "Industry Toys & Hobbies is not the main industry (Apparel)" in _text(
        _row(page.text, "P-TOY")
    )
    ok = _row(page.text, "P-OK1")
    assert 'data-eligible="1"' in ok and "Eligible" in ok
    assert "7.00" in _text(ok)  # the highest discounted price 0.7 × 10.00 allows
    assert "Places used: 0 of 200, 200 left" in _text(page.text)
    assert "You hold the right to register." in page.text
    assert 'data-testid="nav-samples"' in page.text


def test_select_all_eligible_ticks_them_with_the_highest_price(client: TestClient) -> None:
    sign_in(client, "m1-main")
    page = client.get("/m/samples?select=eligible").text
    for product_id in ("P-OK1", "P-OK2"):
        assert "checked" in _row(page, product_id)
        assert 'value="7.00"' in _row(page, product_id)
    assert "checked" not in _row(page, "P-LOW")


def test_one_submission_registers_the_eligible_and_words_the_others(
    client: TestClient, world: World
) -> None:
    sign_in(client, "m1-main")
    answer = _register(client, {"P-OK1": "7.00", "P-OK2": "7.01", "P-LOW": "5"})
    assert answer.status_code == 200
    result = answer.text[answer.text.index('data-testid="result"') :]
    assert 'data-count="1"' in result
    assert "Discount 0.701 > 0.7" in _text(_row(result, "P-OK2"))
    assert "Stock 8 < 10" in _text(_row(result, "P-LOW"))
    assert places_taken(world.engine) == 1
    assert "Active registration" in _text(
        _row(answer.text[answer.text.index('<table data-testid="products"') :], "P-OK1")
    )
    again = _register(client, {"P-OK1": "6.00"})
    assert "Registered already" in _text(again.text[again.text.index('data-testid="result"') :])


def test_a_batch_over_the_places_left_is_refused_whole(client: TestClient, world: World) -> None:
    set_places(world.engine, "M1", 199)
    sign_in(client, "m1-main")
    answer = _register(client, {"P-OK1": "7", "P-OK2": "7"})
    assert answer.status_code == 409
    assert "2 products selected but only 1 of 200 places are left" in _text(answer.text)
    assert places_taken(world.engine) == 199
    assert "checked" in _row(answer.text, "P-OK1")  # the choice is kept


@pytest.mark.parametrize(
    ("prices", "says"),
    [
        ({"P-OK1": "abc"}, "The discounted price of P-OK1 must be a number above 0"),
        ({"P-OK1": ""}, "The discounted price of P-OK1 must be a number above 0"),
        ({"P-OK1": "6.123"}, "has more than 2 decimals"),
        ({}, "Select at least one product"),
    ],
)
def test_bad_input_is_refused_in_words(
    client: TestClient, world: World, prices: dict[str, str], says: str
) -> None:
    sign_in(client, "m1-main")
    answer = _register(client, prices)
    assert answer.status_code == 422
    assert says in _text(answer.text)
    assert places_taken(world.engine) == 0


def test_a_sub_account_sees_and_registers_only_the_products_it_owns(client: TestClient) -> None:
    sign_in(client, "m1-sub")
    page = client.get("/m/samples").text
    assert _rows(page) == ["P-OK1", "P-OK2"]
    assert _register(client, {"P-LOW": "5"}).status_code == 404  # A3's
    assert _register(client, {"P-M2": "5"}).status_code == 404  # M2's
    assert _register(client, {"P-OK1": "7"}).status_code == 200
    listed = client.get("/m/samples/registrations").text
    assert "P-OK1" in listed


def test_another_merchants_product_cannot_be_withdrawn(client: TestClient) -> None:
    sign_in(client, "m2-main")
    assert _register(client, {"P-M2": "7"}).status_code == 200
    sign_in(client, "m1-main")
    token = csrf_of(client)
    answer = client.post("/m/samples/withdraw", data={"csrf_token": token, "product_id": "P-M2"})
    assert answer.status_code == 404


def test_withdrawal_frees_the_place(client: TestClient, world: World) -> None:
    sign_in(client, "m1-main")
    _register(client, {"P-OK1": "7"})
    token = csrf_of(client)
    answer = client.post("/m/samples/withdraw", data={"csrf_token": token, "product_id": "P-OK1"})
    assert answer.status_code == 303
    page = client.get(answer.headers["location"]).text
    assert "The registration of P-OK1 was withdrawn." in page
    assert 'data-state="withdrawn"' in page
    assert places_taken(world.engine) == 0
    again = client.post("/m/samples/withdraw", data={"csrf_token": token, "product_id": "P-OK1"})
    assert again.status_code == 409
    assert "P-OK1 is not registered." in _text(again.text)


def test_forms_need_the_csrf_token_and_a_merchant(client: TestClient) -> None:
    assert client.get("/m/samples").status_code == 303  # to the sign-in page
    sign_in(client, "m1-main")
    answer = client.post("/m/samples/register", data={"product": "P-OK1", "price.P-OK1": "7"})
    assert answer.status_code == 403
    sign_in(client, "ops")
    assert _register(client, {"P-OK1": "7"}).status_code == 403
    assert client.get("/m/samples").status_code == 403


def _registration_id(engine: sa.Engine, product_id: str) -> int:
    with engine.connect() as connection:
        return int(
            connection.scalar(
                sa.select(sample_registrations.c.registration_id).where(
                    sample_registrations.c.product_id == product_id
                )
            )
        )


def test_operators_suspend_and_reinstate(client: TestClient, world: World) -> None:
    sign_in(client, "m1-main")
    _register(client, {"P-OK1": "7"})
    registration_id = _registration_id(world.engine, "P-OK1")
    assert client.get("/ops/samples").status_code == 403
    sign_in(client, "ops")
    listed = client.get("/ops/samples?merchant=M1").text
    assert f'data-registration="{registration_id}"' in listed
    token = csrf_of(client)
    path = f"/ops/samples/registrations/{registration_id}"
    empty = client.post(f"{path}/suspend", data={"csrf_token": token, "reason": " "})
    assert empty.status_code == 422
    assert "Give the reason; the merchant reads it." in _text(empty.text)
    done = client.post(f"{path}/suspend", data={"csrf_token": token, "reason": "Fake photos"})
    assert done.status_code == 303
    shown = client.get(done.headers["location"]).text
    assert f"Registration {registration_id} was suspended." in shown
    assert "Fake photos" in shown
    twice = client.post(f"{path}/suspend", data={"csrf_token": token, "reason": "again"})
    assert twice.status_code == 409
    assert places_taken(world.engine) == 1
    back = client.post(f"{path}/reinstate", data={"csrf_token": token})
    assert back.status_code == 200
    assert "is active and back in the venue" in _text(back.text)
    assert (
        client.post(
            "/ops/samples/registrations/999/reinstate", data={"csrf_token": token}
        ).status_code
        == 409
    )
    assert client.post(f"{path}/suspend", data={"reason": "x"}).status_code == 403  # no CSRF
    assert client.get("/ops/samples?state=nope").status_code == 422


def test_the_lost_right_names_the_order_and_an_operator_restores_it(
    client: TestClient, world: World
) -> None:
    with transaction(world.engine) as connection:
        sample_rights.record_failure(
            connection, merchant_id="M1", order_id="O-777", failure="late", failed_at=NOW,
            now=NOW,
        )  # fmt: skip
    sign_in(client, "m1-main")
    page = client.get("/m/samples").text
    assert "sample order O-777 was not shipped by its promised ship time" in _text(page)
    assert "The right to register is lost" in _text(_row(page, "P-OK1"))
    assert 'data-testid="restore-form"' not in page
    sign_in(client, "ops")
    seen = client.get("/ops/merchants/M1/samples").text
    assert 'data-testid="restore-form"' in seen and 'data-testid="submit"' not in seen
    token = csrf_of(client)
    empty = client.post("/ops/samples/merchants/M1/restore", data={"csrf_token": token})
    assert empty.status_code == 422
    done = client.post(
        "/ops/samples/merchants/M1/restore",
        data={"csrf_token": token, "note": "Shipped late, forgiven"},
    )
    assert done.status_code == 303
    assert "The right to register of M1 was restored." in client.get(done.headers["location"]).text
    again = client.post(
        "/ops/samples/merchants/M1/restore", data={"csrf_token": token, "note": "x"}
    )
    assert again.status_code == 409
    unknown = client.post(
        "/ops/samples/merchants/NOPE/restore", data={"csrf_token": token, "note": "x"}
    )
    assert unknown.status_code == 404
    sign_in(client, "m1-main")
    assert "You hold the right to register." in client.get("/m/samples").text


def test_a_loss_that_ends_by_itself_names_the_day_it_returns(
    client: TestClient, world: World
) -> None:
    def ending_after(days: int, rule_set: Any) -> Any:
        venue = rule_set.sample_venue
        if venue is None:
            return rule_set
        update = {"lost_right_ends": "after_days", "lost_right_days": days}
        return rule_set.model_copy(update={"sample_venue": venue.model_copy(update=update)})

    app = client.app
    shipped = app.state.rulebook  # type: ignore[attr-defined]
    with transaction(world.engine) as connection:
        for order_id, days_ago in (("O-OLD", 9), ("O-LAST", 2)):
            sample_rights.record_failure(
                connection, merchant_id="M1", order_id=order_id, failure="late",
                failed_at=NOW - dt.timedelta(days=days_ago), now=NOW,
            )  # fmt: skip
    sign_in(client, "m1-main")
    by_operator = _text(client.get("/m/samples").text)
    assert "sample order O-OLD was not shipped" in by_operator
    assert "An operator restores it." in by_operator and "returns by itself" not in by_operator
    # The last failure (2022-12-04, platform time) counts: 2022-12-04 + 30 days.
    app.state.rulebook = RuleBook(ending_after(30, r) for r in shipped.rule_sets)  # type: ignore[attr-defined]
    by_itself = _text(client.get("/m/samples").text)
    assert "It returns by itself on 2023-01-03." in by_itself
    assert "An operator restores it." not in by_itself
    api = client.get("/api/v1/samples/products").json()
    assert (api["right_held"], api["right_returns_on"]) == (False, "2023-01-03")
    client.cookies.delete("sellerstar_lang")
    assert "将于2023-01-03自动恢复" in _text(client.get("/m/samples").text)


def test_the_reasons_in_chinese_by_default(client: TestClient) -> None:
    client.cookies.delete("sellerstar_lang")
    sign_in(client, "m1-main")
    page = client.get("/m/samples").text
    assert "库存 8 < 10" in _text(_row(page, "P-LOW"))
    assert "折扣样品会场" in page
    answer = _register(client, {"P-OK1": "7.01"})
    assert "折扣 0.701 > 0.7" in _text(answer.text[answer.text.index('data-testid="result"') :])
