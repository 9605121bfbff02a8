"""Cached page parts: reused only while nothing they show has been written again, and
never shown to a viewer other than the one they were made for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from logistics_support import STAT as LIST_STAT
from logistics_support import Listed, list_world
from stars_support import COMPUTED, STAT, seed_stars, without_form_tokens
from web_support import NOW, World, sign_in

from sellerstar.config import Settings
from sellerstar.store.db import transaction
from sellerstar.store.schema import (
    job_runs,
    merchant_metrics,
    official_star_levels,
    order_tracking,
    star_evaluations,
    star_levels,
)
from sellerstar.web.app import create_app
from sellerstar.web.auth import now
from sellerstar.web.page_cache import PageCache

SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
SignedIn = Callable[[str], TestClient]


def _predicted(page: str) -> str:
    return page.split('data-testid="predicted-stars"')[1].split("</p>")[0]


def _official(page: str) -> str:
    return page.split('data-testid="official"')[1].split("</section>")[0]


def _set_m1_stars(world: World, stars: int, computed_at: dt.datetime = COMPUTED) -> None:
    with transaction(world.engine) as connection:
        connection.execute(
            star_levels.update()
            .where(
                star_levels.c.merchant_id == "M1",
                star_levels.c.track == "custom",
                star_levels.c.stat_date == STAT,
            )
            .values(stars=stars, computed_at=computed_at)
        )


@SQLITE
def test_a_star_job_writing_again_shows_at_once(world: World, signed_in: SignedIn) -> None:
    seed_stars(world.engine)
    client = signed_in("m1-main")
    assert "2星" in _predicted(client.get("/m/stars").text)
    _set_m1_stars(world, 4, COMPUTED + dt.timedelta(hours=1))
    assert "4星" in _predicted(client.get("/m/stars").text)


@SQLITE
def test_a_rerun_with_the_same_clock_shows_at_once(world: World, signed_in: SignedIn) -> None:
    # A job run with a fixed clock stamps the same computed_at; its run record still counts.
    seed_stars(world.engine)
    client = signed_in("m1-main")
    assert "2星" in _predicted(client.get("/m/stars").text)
    _set_m1_stars(world, 5)
    with transaction(world.engine) as connection:
        connection.execute(
            job_runs.insert(),
            {"job": "stars", "started_at": COMPUTED, "status": "succeeded"},
        )
    assert "5星" in _predicted(client.get("/m/stars").text)


@SQLITE
def test_new_metrics_show_at_once_on_the_star_page(world: World, signed_in: SignedIn) -> None:
    seed_stars(world.engine)
    client = signed_in("m1-main")
    assert ">50%" in client.get("/m/stars").text
    with transaction(world.engine) as connection:
        connection.execute(
            merchant_metrics.update()
            .where(merchant_metrics.c.merchant_id == "M1", merchant_metrics.c.stat_date == STAT)
            .values(tv_rate=0.875, computed_at=COMPUTED + dt.timedelta(minutes=5))
        )
    assert "87.5%" in client.get("/m/stars").text


@SQLITE
def test_a_forced_official_rerun_shows_at_once(world: World, signed_in: SignedIn) -> None:
    seed_stars(world.engine)
    client = signed_in("m1-main")
    assert "3星" in _official(client.get("/m/stars").text)
    with transaction(world.engine) as connection:
        connection.execute(
            official_star_levels.update()
            .where(official_star_levels.c.merchant_id == "M1")
            .values(stars=5)
        )
        connection.execute(star_evaluations.update().values(runs=star_evaluations.c.runs + 1))
    assert "5星" in _official(client.get("/m/stars").text)


@SQLITE
def test_a_merchant_never_gets_the_page_made_for_another(
    world: World, app_client: TestClient
) -> None:
    seed_stars(world.engine)
    sign_in(app_client, "m2-main")
    assert "0星" in _predicted(app_client.get("/m/stars").text)
    sign_in(app_client, "m1-main")
    page = without_form_tokens(app_client.get("/m/stars").text)
    assert "2星" in _predicted(page)
    assert "745" not in page and "不符合星级要求" not in page


@SQLITE
def test_each_language_and_each_audience_gets_its_own_page(
    world: World, app_client: TestClient
) -> None:
    seed_stars(world.engine)
    sign_in(app_client, "m1-main")
    assert "2星" in _predicted(app_client.get("/m/stars").text)
    app_client.get("/lang/en")
    assert "2 stars" in _predicted(app_client.get("/m/stars").text)
    sign_in(app_client, "ops")
    app_client.get("/lang/zh")
    operator_page = app_client.get("/ops/merchants/M1/stars").text
    assert 'href="/ops/merchants/M1"' in operator_page  # "back to the merchant"
    assert 'href="/ops/merchants/M1/logistics"' in operator_page
    sign_in(app_client, "m1-main")
    merchant_page = app_client.get("/m/stars").text
    assert 'href="/m/logistics"' in merchant_page and "/ops/merchants" not in merchant_page


@SQLITE
def test_without_a_cache_every_request_renders(world: World) -> None:
    seed_stars(world.engine)
    app = create_app(Settings(database_url=world.url, page_cache_size=0))
    with TestClient(app, base_url="http://testserver", follow_redirects=False) as client:
        sign_in(client, "m1-main")
        assert "2星" in _predicted(client.get("/m/stars").text)
        _set_m1_stars(world, 3)  # not even a new stamp: nothing is kept
        assert "3星" in _predicted(client.get("/m/stars").text)


def test_the_cache_keeps_the_most_recently_used_values_only() -> None:
    cache = PageCache(2)
    made: list[str] = []

    def make(value: str) -> Callable[[], str]:
        return lambda: made.append(value) or value

    for key in ("a", "b", "a", "c", "a", "b"):
        cache.get_or_make(key, make(key))
    # "b" was the least recently used when "c" came, so it was made twice; "a" once.
    assert made == ["a", "b", "c", "b"]


def test_a_cache_of_size_zero_keeps_nothing() -> None:
    cache = PageCache(0)
    made: list[int] = []
    for _ in range(3):
        cache.get_or_make("a", lambda: made.append(1) or 1)
    assert len(made) == 3


def test_the_api_answers_from_the_same_fresh_overview(world: World, signed_in: SignedIn) -> None:
    seed_stars(world.engine)
    client = signed_in("m1-main")
    assert client.get("/api/v1/stars").json()["predicted"]["custom"]["stars"] == 2
    _set_m1_stars(world, 4, COMPUTED + dt.timedelta(hours=1))
    assert client.get("/api/v1/stars").json()["predicted"]["custom"]["stars"] == 4
    assert "4星" in _predicted(client.get("/m/stars").text)


def test_unknown_merchants_are_not_found_for_operators(world: World, signed_in: SignedIn) -> None:
    seed_stars(world.engine)
    client = signed_in("ops")
    assert client.get("/ops/merchants/NOPE/stars").status_code == 404
    assert client.get("/api/v1/stars", params={"merchant_id": "NOPE"}).status_code == 404


@pytest.fixture
def listed(world: World, app_client: TestClient) -> Iterator[Listed]:
    """The logistics list world, with the app's clock at NOW."""
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    yield list_world(world.engine)
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def _rate(page: str) -> str:
    return page.split('data-testid="tv-rate">')[1].split("<")[0]


@SQLITE
def test_the_logistics_headline_follows_a_metric_rerun(
    world: World, signed_in: SignedIn, listed: Listed
) -> None:
    client = signed_in("m1-main")
    assert _rate(client.get("/m/logistics").text) == "80%"
    with transaction(world.engine) as connection:
        connection.execute(
            merchant_metrics.update()
            .where(
                merchant_metrics.c.merchant_id == "M1", merchant_metrics.c.stat_date == LIST_STAT
            )
            .values(tv_passing=15, tv_rate=0.5, computed_at=NOW + dt.timedelta(hours=1))
        )
    assert _rate(client.get("/m/logistics").text) == "50%"
    assert client.get("/api/v1/logistics/summary").json()["rate"] == 0.5


@SQLITE
def test_the_sub_accounts_headline_is_its_own_and_follows_a_rerun(
    world: World, app_client: TestClient, listed: Listed
) -> None:
    sign_in(app_client, "m1-main")
    merchant_rate = _rate(app_client.get("/m/logistics").text)
    sign_in(app_client, "m1-sub")
    page = app_client.get("/m/logistics").text
    assert 'data-testid="sub-note"' in page and _rate(page) != merchant_rate
    own = _rate(page)
    with transaction(world.engine) as connection:
        # The metric job rewrites the sub-account's orders (all trackable now) with the
        # merchant's row; the headline counts them again.
        connection.execute(
            order_tracking.update()
            .where(order_tracking.c.owner_account_id == "A2")
            .values(counted_pass=True, shown_pass=True, reason="tracked")
        )
        connection.execute(
            merchant_metrics.update()
            .where(merchant_metrics.c.merchant_id == "M1")
            .values(computed_at=NOW + dt.timedelta(hours=1))
        )
    assert _rate(app_client.get("/m/logistics").text) == "100%" != own
