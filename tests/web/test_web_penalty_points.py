"""Where the risk health score came from, on the star page, and the merchant's active
penalty points (rulebook §3.1), for merchant users and operators, in both languages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient
from stars_support import STAT, insert, m1_custom
from web_support import World

from sellerstar.store.schema import penalty_points, star_levels

SignedIn = Callable[[str], TestClient]


def _point(entity: str, kind: str, occurred: dt.date, points: float, **kw: Any) -> dict:
    return {
        "kind": kind,
        "entity_id": entity,
        "merchant_id": "M1",
        "occurred_on": occurred,
        "points": points,
        "waived_reason": None,
        "rule_set_id": "2022-11",
        "computed_at": dt.datetime(2022, 12, 5, tzinfo=dt.UTC),
        "expires_on": occurred + dt.timedelta(days=365),
        "detail": {},
    } | kw


def _from_ledger(points: float) -> dict[str, Any]:
    row = m1_custom(STAT)
    explained = row["explanation"]
    inputs = explained["inputs"] | {
        "risk_health_source": "ledger",
        "penalty_points": points,
        "deduction_per_point": 2.0,
        "floor": 0.0,
    }
    return row | {"explanation": explained | {"inputs": inputs}}


def _seed(world: World) -> None:
    insert(world.engine, star_levels, [_from_ledger(3.0)])
    insert(
        world.engine,
        penalty_points,
        [
            _point(
                "RT1", "radar_delisting", STAT, 2.0, detail={"task_id": "RT1", "product_id": "P9"}
            ),
            _point("O7", "late_shipment", dt.date(2022, 11, 20), 1.0, detail={"order_id": "O7"}),
            _point(
                "V1",
                "imported",
                dt.date(2022, 3, 1),
                4.0,
                detail={"rule": "false_shipment", "detail": "shipped nothing"},
            ),  # expired on STAT
            _point("O8", "late_shipment", STAT, 1.0, waived_reason="guarantee_enrolled"),
            _point("RT2", "radar_delisting", STAT + dt.timedelta(days=1), 2.0),  # not yet
            _point("X1", "imported", STAT, 9.0, merchant_id="M2"),
        ],
    )
    # V1 expires on the stat date: no longer active.
    with world.engine.begin() as connection:
        connection.execute(
            penalty_points.update()
            .where(penalty_points.c.entity_id == "V1")
            .values(expires_on=STAT)
        )


def test_the_star_page_says_the_score_comes_from_the_ledger(
    world: World, signed_in: SignedIn
) -> None:
    _seed(world)
    client = signed_in("m1-sub")
    client.get("/lang/en")
    page = client.get("/m/stars").text
    assert "From the penalty-points ledger: 3 active points × 2 = 6 points off 100" in page
    assert 'href="/m/penalty-points"' in page
    client.get("/lang/zh")
    assert "来自扣分台账：3 个有效扣分 × 2" in client.get("/m/stars").text


def test_an_imported_score_names_its_date(world: World, signed_in: SignedIn) -> None:
    row = m1_custom(STAT)
    inputs = row["explanation"]["inputs"] | {"risk_health_source": "imported"}
    insert(
        world.engine, star_levels, [row | {"explanation": row["explanation"] | {"inputs": inputs}}]
    )
    client = signed_in("m1-main")
    client.get("/lang/en")
    page = client.get("/m/stars").text
    assert "Supplied by the marketplace (scores of Oct 1, 2022)." in page
    assert "/m/penalty-points" not in page


def test_a_row_stored_before_the_ledger_shows_no_source(world: World, signed_in: SignedIn) -> None:
    insert(world.engine, star_levels, [m1_custom(STAT)])
    page = signed_in("m1-main").get("/m/stars").text
    assert 'data-testid="risk-health-source"' not in page


def test_the_penalty_page_lists_the_points_active_on_the_stat_date(
    world: World, signed_in: SignedIn
) -> None:
    _seed(world)
    client = signed_in("m1-sub")
    client.get("/lang/en")
    page = client.get("/m/penalty-points")
    assert page.status_code == 200
    text = page.text
    # RT1 (today) and O7 count; V1 expired on the stat date, O8 waived, RT2 later, X1 is M2's.
    assert 'data-entity="RT1"' in text and 'data-entity="O7"' in text
    for gone in ("V1", "O8", "RT2", "X1"):
        assert f'data-entity="{gone}"' not in text
    assert "3.0 active points" in text
    assert "Risk health score: 100 − 3.0 × 2.0 = 94.0" in text
    assert "Task RT1, product P9" in text and "Order O7" in text
    assert text.index('data-entity="RT1"') < text.index('data-entity="O7"')  # newest first
    client.get("/lang/zh")
    assert "商品雷达下架" in client.get("/m/penalty-points").text


def test_an_operator_sees_any_merchants_points_and_merchants_only_their_own(
    world: World, signed_in: SignedIn
) -> None:
    _seed(world)
    insert(world.engine, star_levels, [m1_custom(STAT) | {"merchant_id": "M2"}])
    operator = signed_in("ops")
    page = operator.get("/ops/merchants/M2/penalty-points")
    assert page.status_code == 200 and 'data-entity="X1"' in page.text
    assert operator.get("/ops/merchants/NOPE/penalty-points").status_code == 404
    merchant = signed_in("m2-main")
    assert merchant.get("/ops/merchants/M1/penalty-points").status_code == 403
    own = merchant.get("/m/penalty-points").text
    assert 'data-entity="X1"' in own and 'data-entity="RT1"' not in own
