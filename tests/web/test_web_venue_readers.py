"""Who may read the sample venue, decided in the store (queries/venue.py) at each request;
the store's cursor key; the buyer CLI; the buyer's page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from typer.testing import CliRunner
from venue_support import seed_venue
from web_support import World

from sellerstar.cli import app as cli_app
from sellerstar.domain.access import Principal, Role
from sellerstar.domain.reviews import BuyerTier
from sellerstar.domain.venue import VenueRefusal, VenueRefused
from sellerstar.queries import venue
from sellerstar.services import page_cursor_key
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, store_meta

DAY = dt.date(2022, 12, 6)


def _buyer(buyer_id: str | None) -> Principal:
    return Principal(9, "b", "B", Role.BUYER, None, None, buyer_id)


def _code(world: World, principal: Principal, lowest: BuyerTier | None) -> str | None:
    with world.engine.connect() as connection:
        try:
            found = venue.check_reader(connection, principal, lowest, DAY)
        except VenueRefused as refused:
            return refused.code.value
    return None if found is None else f"ok {found}"


def test_who_may_read_the_venue(world: World) -> None:
    seed_venue(world.engine)
    merchant = Principal(1, "m", "M", Role.MERCHANT_MAIN, "M1", "A1")
    operator = Principal(2, "o", "O", Role.OPERATOR, None, None)

    assert _code(world, _buyer("BY-L2"), BuyerTier.L2) == "ok L2"
    assert _code(world, _buyer("BY-L4"), BuyerTier.L2) == "ok L4"
    assert _code(world, _buyer("BY-L1"), BuyerTier.L2) == VenueRefusal.TIER_TOO_LOW
    assert _code(world, _buyer("BY-L1"), BuyerTier.L1) == "ok L1"
    assert _code(world, _buyer("NOBODY"), BuyerTier.L2) == VenueRefusal.UNKNOWN_BUYER
    assert _code(world, _buyer(None), BuyerTier.L2) == VenueRefusal.NOT_A_BUYER
    assert _code(world, merchant, BuyerTier.L2) == VenueRefusal.NOT_A_BUYER
    assert _code(world, operator, BuyerTier.L2) is None
    assert _code(world, operator, None) == VenueRefusal.NOT_OPEN
    assert _code(world, _buyer("BY-L4"), None) == VenueRefusal.NOT_OPEN


def test_the_tier_is_read_at_each_request(
    world: World, signed_in: Callable[[str], TestClient]
) -> None:
    seed_venue(world.engine)
    buyer = signed_in("buyer-l2")
    assert buyer.get("/api/v1/venue/new_arrivals").status_code == 200
    buyers = contract_tables["buyers"]
    with transaction(world.engine) as connection:
        connection.execute(buyers.update().where(buyers.c.buyer_id == "BY-L2").values(tier="L1"))

    answer = buyer.get("/api/v1/venue/new_arrivals")

    assert answer.status_code == 403
    assert answer.json()["buyer_tier"] == "L1"


def test_the_cursor_key_is_made_once_and_shared(world: World) -> None:
    with transaction(world.engine) as connection:
        first = page_cursor_key.cursor_key(connection)
    with transaction(world.engine) as connection:
        again = page_cursor_key.cursor_key(connection)
        stored = connection.scalar(sa.select(sa.func.count()).select_from(store_meta))

    assert first == again and len(first) == 32
    assert stored == 1


def test_a_cursor_from_another_app_on_the_same_store_pages_on(
    world: World, signed_in: Callable[[str], TestClient]
) -> None:
    from web_support import sign_in

    from sellerstar.config import Settings
    from sellerstar.web.app import create_app

    seed_venue(world.engine)
    cursor = signed_in("buyer-l2").get("/api/v1/venue/new_arrivals", params={"size": 3})
    app = create_app(Settings(database_url=world.url))
    with TestClient(app, follow_redirects=False) as other:
        sign_in(other, "buyer-l2")
        answer = other.get(
            "/api/v1/venue/new_arrivals",
            params={"size": 3, "cursor": cursor.json()["next_cursor"]},
        )

    assert answer.status_code == 200
    # R02, R01, R00 share the newest time (newest id first); the next page starts at R05.
    assert answer.json()["items"][0]["product_id"] == "R05"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_users_cli_creates_a_buyer(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    seed_venue(world.engine)
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", world.url)
    from sellerstar.config import get_settings

    get_settings.cache_clear()
    runner = CliRunner()
    try:
        created = runner.invoke(
            cli_app,
            ["users", "create", "li", "--role", "buyer", "--buyer", "BY-L4", "--password-stdin"],
            input="a fine password\n",
        )
        assert created.exit_code == 0, created.output
        listed = runner.invoke(cli_app, ["users", "list"])
        refused = runner.invoke(
            cli_app,
            ["users", "create", "lu", "--role", "buyer", "--password-stdin"],
            input="a fine password\n",
        )
    finally:
        get_settings.cache_clear()

    assert "BY-L4" in listed.output and "buyer" in listed.output
    assert "needs its buyer id" in str(refused.exception)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_buyer_page_lists_the_sample_centre_and_pages_on(
    world: World, signed_in: Callable[[str], TestClient]
) -> None:
    seed_venue(world.engine)
    buyer = signed_in("buyer-l2")

    page = buyer.get("/venue")
    apparel = buyer.get("/venue", params={"industry": "Apparel"})

    assert page.status_code == 200
    assert page.text.index('data-product="R08"') < page.text.index('data-product="R01"')
    assert 'data-testid="nav-venue"' in page.text and "/m/stars" not in page.text
    assert 'data-product="R08"' in apparel.text and 'data-product="R01"' not in apparel.text
    assert 'data-testid="venue-next"' not in apparel.text  # 15 Apparel items, one page
    href = page.text.split('data-testid="venue-next" href="')[1].split('"')[0]
    following = buyer.get(href.replace("&amp;", "&"))
    assert following.status_code == 200
    assert following.text.count("data-product=") == 10
    assert 'data-product="R08"' not in following.text


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize(("login", "status"), [("buyer-l1", 403), ("m1-main", 403)])
def test_the_buyer_page_refuses_in_words(
    world: World, signed_in: Callable[[str], TestClient], login: str, status: int
) -> None:
    seed_venue(world.engine)

    page = signed_in(login).get("/venue")

    assert page.status_code == status
    if login == "buyer-l1":
        assert 'data-testid="venue-refusal"' in page.text and "L2" in page.text
