"""The rule-change changelog page, its JSON API and the banner of the merchant pages
(docs/rule-changes.md): who may read them, what they list, and when a banner shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from venue_support import seed_venue
from web_support import World

from sellerstar.rules import load_rulebook
from sellerstar.web.auth import now

BOOK = load_rulebook()


def _at(day: dt.date) -> dt.datetime:
    """10:00 in Shanghai on ``day``."""
    return dt.datetime(day.year, day.month, day.day, 2, 0, tzinfo=dt.UTC)


@pytest.fixture
def on_day(app_client: TestClient) -> Iterator[Callable[[dt.date], None]]:
    def set_day(day: dt.date) -> None:
        app_client.app.dependency_overrides[now] = lambda: _at(day)  # type: ignore[attr-defined]

    yield set_day
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def _en(client: TestClient) -> TestClient:
    client.cookies.set("sellerstar_lang", "en")
    return client


@pytest.mark.parametrize("login", ["m1-main", "m1-sub", "ops"])
def test_merchant_users_and_operators_read_the_changelog(
    signed_in: Callable[[str], TestClient], on_day: Callable[[dt.date], None], login: str
) -> None:
    on_day(dt.date(2022, 10, 28))
    page = _en(signed_in(login)).get("/rules/changes")
    assert page.status_code == 200
    text = page.text
    # Every rule-set after the first is listed, each once, with an anchor for the banner.
    for rule_set in BOOK.rule_sets[1:]:
        assert text.count(f'id="rs-{rule_set.id}"') == 1
    # Upcoming first (the next to take effect first): 2022-10-31 before 2022-11.
    assert text.index('id="rs-2022-10-31"') < text.index('id="rs-2022-11"')
    assert text.index('id="rs-2022-11"') < text.index('id="rs-2022-10-25"')
    assert (
        "From 2022-11-11, the Tracking visibility rate counts in the assurance capability "
        "(保障力) of the Custom track, with weight 0.2." in text
    )


def test_after_the_last_change_the_changelog_lists_every_change_newest_first(
    signed_in: Callable[[str], TestClient], on_day: Callable[[dt.date], None]
) -> None:
    on_day(dt.date(2022, 12, 6))  # the demo's view date: every change is past
    text = signed_in("m1-main").get("/rules/changes").text
    assert 'data-status="upcoming"' not in text
    positions = [text.index(f'id="rs-{rs.id}"') for rs in reversed(BOOK.rule_sets[1:])]
    assert positions == sorted(positions)


def test_strangers_sign_in_and_buyers_are_refused(
    app_client: TestClient, signed_in: Callable[[str], TestClient], world: World
) -> None:
    assert app_client.get("/rules/changes").status_code in (302, 303, 307)
    assert app_client.get("/api/v1/rules/changes").status_code == 401
    seed_venue(world.engine)
    buyer = signed_in("buyer-l4")
    assert buyer.get("/rules/changes").status_code == 403
    assert buyer.get("/api/v1/rules/changes").status_code == 403


def test_the_api_lists_the_changes_taking_effect_in_the_period(
    signed_in: Callable[[str], TestClient], on_day: Callable[[dt.date], None]
) -> None:
    on_day(dt.date(2022, 10, 28))
    client = signed_in("m1-main")
    answer = client.get("/api/v1/rules/changes?from=2022-11-04&to=2022-11-11&lang=en")
    assert answer.status_code == 200
    [item] = answer.json()
    assert (item["rule_set"], item["effective"], item["announced"], item["status"]) == (
        "2022-11",
        "2022-11-11",
        "2022-10-28",
        "upcoming",
    )
    areas = {area["area"]: area for area in item["areas"]}
    assert {"tracking_visibility", "guaranteed_delivery", "star_level"} <= set(areas)
    scored = next(
        change
        for change in areas["star_level"]["changes"]
        if change["key"] == "star_level.assurance.custom.tracking_visibility_rate"
    )
    assert scored["kind"] == "added" and scored["new"]["weight"] == 0.2
    # (from, to]: the set taking effect on `from` is not in; the boundary `to` is.
    assert client.get("/api/v1/rules/changes?from=2022-11-11&to=2022-12-01").json() == []
    everything = client.get("/api/v1/rules/changes").json()
    assert [item["rule_set"] for item in everything] == [rs.id for rs in BOOK.rule_sets[1:]]


@pytest.mark.parametrize(
    "query",
    ["from=2022-11-12&to=2022-11-11", "from=yesterday", "to=2022-02-30", "lang=fr"],
)
def test_bad_api_input_is_a_clear_422(signed_in: Callable[[str], TestClient], query: str) -> None:
    answer = signed_in("ops").get(f"/api/v1/rules/changes?{query}")
    assert answer.status_code == 422
    assert answer.json()["detail"]


def test_the_star_page_announces_the_tracking_visibility_change_before_it_takes_effect(
    signed_in: Callable[[str], TestClient], on_day: Callable[[dt.date], None]
) -> None:
    client = _en(signed_in("m1-main"))
    on_day(dt.date(2022, 10, 27))  # before the announcement: no banner
    assert 'data-rule-set="2022-11"' not in client.get("/m/stars").text
    on_day(dt.date(2022, 10, 28))
    text = client.get("/m/stars").text
    assert 'data-testid="rule-banner" data-rule-set="2022-11" data-status="upcoming"' in text
    assert "counts in the assurance capability (保障力) of the Custom track" in text
    assert 'href="/rules/changes#rs-2022-11"' in text
    # Only the page's areas: the reviews upgrade is not on the star page ...
    assert 'data-rule-set="2022-11-04"' not in text
    # ... but on the reviews page.
    assert 'data-rule-set="2022-11-04"' in client.get("/m/reviews").text


@pytest.mark.parametrize(
    ("day", "status"),
    [
        (dt.date(2022, 11, 10), "upcoming"),
        (dt.date(2022, 11, 11), "new"),
        (dt.date(2022, 11, 25), "new"),  # effective + new_for_days (14)
        (dt.date(2022, 11, 26), None),
    ],
)
def test_the_banner_shows_until_new_for_days_after_the_effective_date(
    signed_in: Callable[[str], TestClient],
    on_day: Callable[[dt.date], None],
    day: dt.date,
    status: str | None,
) -> None:
    assert BOOK.get("2022-11").new_for_days == 14
    on_day(day)
    text = signed_in("ops").get("/ops/merchants/M1/logistics").text
    banner = 'data-testid="rule-banner" data-rule-set="2022-11"'
    if status is None:
        assert banner not in text
    else:
        assert f'{banner} data-status="{status}"' in text


def test_pages_outside_the_areas_have_no_banner(
    signed_in: Callable[[str], TestClient], on_day: Callable[[dt.date], None]
) -> None:
    on_day(dt.date(2022, 10, 28))
    assert 'data-testid="rule-banner"' not in signed_in("ops").get("/ops/jobs").text
    assert 'data-testid="rule-banner"' not in signed_in("m1-main").get("/account").text
