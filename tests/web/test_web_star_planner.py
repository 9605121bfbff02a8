"""The star planner in the JSON API and on the star page: roles, scope, bounds (issue 19).

World: M1 with the star-page rows of ``seed_stars``, capability scores of 90, and 10
tracking-visibility orders on the newest stat date: 5 tracked, 5 failing with their appeal
window open (3 owned by the sub-account A2, 2 by the main account A1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from stars_support import STAT, insert, seed_stars
from web_support import World

from sellerstar.store.schema import contract_tables, order_tracking

SignedIn = Callable[[str], TestClient]
SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
FAILING = ("F1", "F2", "F3", "F4", "F5")
OWNERS = {"F1": "A2", "F2": "A2", "F3": "A2", "F4": "A1", "F5": "A1"}


def _tracking(order_id: str, passing: bool, owner: str) -> dict[str, Any]:
    return {
        "stat_date": STAT,
        "order_id": order_id,
        "merchant_id": "M1",
        "owner_account_id": owner,
        "ship_date": dt.date(2022, 11, 9),
        "counted_pass": passing,
        "shown_pass": passing,
        "reason": "tracked" if passing else "untracked",
        "appeal_window_open": not passing,
        "rule_set_id": "2022-11",
        "computed_at": dt.datetime(2022, 12, 6, tzinfo=dt.UTC),
        "shipments": 1,
        "failing_shipments": 0 if passing else 1,
    }


def _seed(world: World) -> None:
    seed_stars(world.engine)
    insert(
        world.engine,
        contract_tables["capability_scores"],
        [
            {
                "merchant_id": "M1",
                "stat_date": STAT - dt.timedelta(days=40),
                "merchant_score": 90,
                "marketing_score": 90,
                "transaction_score": 90,
            }
        ],
    )
    rows = [_tracking(f"T{n}", True, "A1") for n in range(5)]
    rows += [_tracking(order, False, OWNERS[order]) for order in FAILING]
    insert(world.engine, order_tracking, rows)


def test_the_main_account_gets_the_plan_with_its_orders(world: World, signed_in: SignedIn) -> None:
    _seed(world)
    body = signed_in("m1-main").get("/api/v1/stars/plan").json()
    plan = body["plan"]
    assert plan["stat_date"] == STAT.isoformat() and plan["target"] == plan["stars"] + 1
    appeals = next(lever for lever in plan["now"]["levers"] if lever["lever"] == "appeals")
    assert sorted(appeals["order_ids"]) == sorted(FAILING) and appeals["available"] == 5
    assert plan["hidden_orders"] == 0
    assert plan["deadline"]["evaluation_at"].startswith("2023-01-05T09:00")
    assert any(
        "open appeals" in sentence or "orders on time" in sentence for sentence in body["advice"]
    )


@SQLITE
def test_a_sub_account_sees_the_figures_but_only_its_own_orders(
    world: World, signed_in: SignedIn
) -> None:
    _seed(world)
    main = signed_in("m1-main").get("/api/v1/stars/plan").json()["plan"]
    sub = signed_in("m1-sub").get("/api/v1/stars/plan").json()["plan"]
    assert sub["now"]["counts"] == main["now"]["counts"] and sub["stars"] == main["stars"]
    appeals = next(lever for lever in sub["now"]["levers"] if lever["lever"] == "appeals")
    assert sorted(appeals["order_ids"]) == ["F1", "F2", "F3"] and sub["hidden_orders"] == 2


@SQLITE
def test_other_merchants_are_not_found_and_operators_name_one(
    world: World, signed_in: SignedIn
) -> None:
    _seed(world)
    m2 = signed_in("m2-main")
    assert m2.get("/api/v1/stars/plan", params={"merchant_id": "M1"}).status_code == 404
    assert "F1" not in m2.get("/api/v1/stars/plan").text
    ops = signed_in("ops")
    assert ops.get("/api/v1/stars/plan").status_code == 422
    assert ops.get("/api/v1/stars/plan", params={"merchant_id": "NOPE"}).status_code == 404
    assert ops.get("/api/v1/stars/plan", params={"merchant_id": "M1"}).json()["plan"]["stars"] >= 0


@SQLITE
def test_strangers_are_refused(app_client: TestClient) -> None:
    assert app_client.get("/api/v1/stars/plan").status_code == 401
    assert app_client.get("/api/v1/stars/what-if?tracking_visibility_rate=1").status_code == 401


def test_what_if_scores_the_change_and_bounds_every_value(
    world: World, signed_in: SignedIn
) -> None:
    _seed(world)
    client = signed_in("m1-main")
    answer = client.get("/api/v1/stars/what-if", params={"tracking_visibility_rate": 1.0})
    assert answer.status_code == 200
    body = answer.json()
    assert body["changes"] == {"tracking_visibility_rate": 1.0}
    assert body["scores_after"]["assurance"] > body["scores_before"]["assurance"]
    cases: list[dict[str, str | float]] = [
        {"tracking_visibility_rate": 1.01},
        {"on_time_shipment_rate": -0.01},
        {"buyer_review_score": 5.5},
        {"merchant_score": 101},
        {"tracking_visibility_rate": "high"},
        {},
        {"track": "other", "tracking_visibility_rate": 1},
    ]
    for bad in cases:
        assert client.get("/api/v1/stars/what-if", params=bad).status_code == 422, bad
    # The edges of a scale are accepted.
    for edge in ({"tracking_visibility_rate": 0}, {"buyer_review_score": 5}):
        assert client.get("/api/v1/stars/what-if", params=edge).status_code == 200


@SQLITE
def test_the_star_page_shows_the_plan_to_both_twins(world: World, signed_in: SignedIn) -> None:
    _seed(world)
    page = signed_in("m1-sub").get("/m/stars").text
    assert 'data-testid="star-plan"' in page and 'data-order="F1"' in page
    assert 'data-order="F4"' not in page  # the main account's order
    ops = signed_in("ops").get("/ops/merchants/M1/stars").text
    assert 'data-order="F4"' in ops and "/m/appeals/new" not in ops
    refused = signed_in("m1-main").get("/m/stars", params={"tracking_visibility_rate": "2"})
    assert refused.status_code == 200 and 'data-testid="what-if-bad"' in refused.text
    assert 'data-testid="what-if-result"' not in refused.text
    shown = signed_in("m1-main").get("/m/stars", params={"tracking_visibility_rate": "1"})
    assert 'data-testid="what-if-result"' in shown.text


@SQLITE
def test_before_any_star_the_plan_says_so(world: World, signed_in: SignedIn) -> None:
    page = signed_in("m1-main").get("/m/stars").text
    assert 'data-testid="no-plan"' in page
    body = signed_in("m1-main").get("/api/v1/stars/plan").json()
    assert body["plan"] is None and body["advice"]
    assert (
        signed_in("m1-main")
        .get("/api/v1/stars/what-if", params={"tracking_visibility_rate": 1})
        .status_code
        == 404
    )
