"""The coverage page's 订单明细 (rulebook §2, §2.2) and the live enrolment (issue 18 item 4):
the orders in scope, guaranteed or not with the reason per failed condition, counted as the
metric counts them; a sub-account sees its own orders; after joining, 到货保障 says joined at
once while the figures catch up. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from logistics_support import STAT, metrics
from web_support import NOW, World, csrf_of

from factories import order_row
from sellerstar.jobs.metrics import run_store_job
from sellerstar.rules import load_rulebook
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, merchant_metrics
from sellerstar.web.auth import now

SignedIn = Callable[[str], TestClient]
# Enrolled 09-01 … 10-01, left, joined again 10-15 (10:00 in Shanghai).
PERIODS = [
    (dt.datetime(2022, 9, 1, 2, 0, tzinfo=dt.UTC), dt.datetime(2022, 10, 1, 2, 0, tzinfo=dt.UTC)),
    (dt.datetime(2022, 10, 15, 2, 0, tzinfo=dt.UTC), None),
]
PAID = dt.datetime(2022, 11, 20, 4, 0, tzinfo=dt.UTC)
FIRST_PAY_DAY = STAT - dt.timedelta(days=89)  # 2022-09-06, Shanghai


def _order(order_id: str, merchant: str = "M1", paid: dt.datetime = PAID, **columns: Any) -> Any:
    return order_row(
        order_id, merchant, created_at=paid - dt.timedelta(hours=1), paid_at=paid, **columns
    )


def _at_shanghai_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC) - dt.timedelta(hours=8)


ORDERS = [
    _order("G1"),  # guaranteed
    _order("G-FIRST-DAY", paid=_at_shanghai_midnight(FIRST_PAY_DAY)),  # first day of scope
    _order("LC", payment_method="lc"),
    _order("SEA", transport="sea", delivery_promise=False),
    _order("BEFORE-JOIN", paid=PERIODS[1][0] - dt.timedelta(seconds=1)),  # between periods
    _order("OTHER-MODE", export_mode="other", owner_account_id="A2"),
    # Out of scope: not core, not pure RTS, not trade assurance, paid a day too early or
    # after S, another merchant's.
    _order("CN", destination_country="CN"),
    _order("NOT-RTS", all_items_rts=False),
    _order("NOT-TA", trade_assurance=False),
    _order("TOO-OLD", paid=_at_shanghai_midnight(FIRST_PAY_DAY) - dt.timedelta(seconds=1)),
    _order("AFTER-S", paid=_at_shanghai_midnight(STAT + dt.timedelta(days=1))),
    _order("M2-ORDER", merchant="M2"),
]
REASONS = {
    "G1": [],
    "G-FIRST-DAY": [],
    "LC": ["payment_method"],
    "SEA": ["transport", "no_delivery_promise"],
    "BEFORE-JOIN": ["not_enrolled"],
    "OTHER-MODE": ["export_mode"],
}


@pytest.fixture
def orders(world: World) -> None:
    with transaction(world.engine) as connection:
        connection.execute(
            contract_tables["guarantee_enrolments"].insert(),
            [{"merchant_id": "M1", "joined_at": a, "left_at": b} for a, b in PERIODS],
        )
        connection.execute(contract_tables["orders"].insert(), ORDERS)
    # The figures of S as the metric job computes them from these orders.
    run_store_job(world.engine, load_rulebook(), STAT, STAT, now=NOW)


def _rows(page: str) -> dict[str, tuple[str, list[str]]]:
    """order -> (guaranteed yes/no, the reasons' codes) of the order details table."""
    found = {}
    for row in re.findall(r'<tr data-order="[^"]*".*?</tr>', page, re.S):
        order = re.search(r'data-order="([^"]*)"', row)
        guaranteed = re.search(r'data-guaranteed="([^"]*)"', row)
        assert order and guaranteed
        found[order.group(1)] = (guaranteed.group(1), re.findall(r'data-reason="([^"]*)"', row))
    return found


def test_the_order_details_list_the_scope_and_say_why_each_order_is_not_guaranteed(
    world: World, app_client: TestClient, signed_in: SignedIn, orders: None
) -> None:
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    client = signed_in("m1-main")
    page = client.get("/m/guaranteed-delivery").text
    assert 'data-testid="gd-orders-detail"' in page
    rows = _rows(page.split('data-testid="gd-orders-detail"')[1])
    assert {order: reasons for order, (_, reasons) in rows.items()} == REASONS
    assert {order for order, (said, _) in rows.items() if said == "yes"} == {"G1", "G-FIRST-DAY"}
    # Counted as the metric counts: its gd_orders and gd_guaranteed of the stat date.
    with world.engine.connect() as connection:
        figures = connection.execute(
            sa.select(merchant_metrics.c.gd_orders, merchant_metrics.c.gd_guaranteed).where(
                merchant_metrics.c.merchant_id == "M1", merchant_metrics.c.stat_date == STAT
            )
        ).one()
    assert (figures.gd_orders, figures.gd_guaranteed) == (len(REASONS), 2)
    assert f'data-testid="gd-orders">{figures.gd_orders}<' in page
    # The reasons name the order's value and the rule-set's list.
    client.get("/lang/en")
    english = client.get("/m/guaranteed-delivery", params={"shown": "not_guaranteed"}).text
    lc = _rows(english)["LC"]
    assert lc == ("no", ["payment_method"])
    assert "Payment L/C is not Telegraphic transfer/Credit card/E-payment" in english
    assert set(_rows(english)) == {"LC", "SEA", "BEFORE-JOIN", "OTHER-MODE"}
    only = _rows(client.get("/m/guaranteed-delivery", params={"shown": "guaranteed"}).text)
    assert set(only) == {"G1", "G-FIRST-DAY"}
    assert client.get("/m/guaranteed-delivery", params={"shown": "x"}).status_code == 422
    assert client.get("/m/guaranteed-delivery", params={"page": "0"}).status_code == 422


def test_a_sub_account_sees_its_own_orders_and_an_operator_the_merchants(
    world: World, app_client: TestClient, signed_in: SignedIn, orders: None
) -> None:
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    assert set(_rows(signed_in("m1-sub").get("/m/guaranteed-delivery").text)) == {"OTHER-MODE"}
    operator = signed_in("ops").get("/ops/merchants/M1/guaranteed-delivery").text
    assert set(_rows(operator)) == set(REASONS)
    assert set(_rows(signed_in("m2-main").get("/m/guaranteed-delivery").text)) == {"M2-ORDER"}


def test_after_joining_every_page_showing_the_guarantee_says_joined_at_once(
    world: World, app_client: TestClient, signed_in: SignedIn
) -> None:
    with transaction(world.engine) as connection:
        metrics(connection, "M1", STAT, tv=(1, 1), gd=(False, 25, 0, 0.0, False))
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    client = signed_in("m1-main")
    before = client.get("/m/guaranteed-delivery").text
    assert 'data-enrolled="no"' in before and 'data-testid="advice-enrol"' in before
    joined = client.post(
        "/m/guarantee-service",
        data={"action": "join", "csrf_token": csrf_of(client), "confirmed": "yes"},
    )
    assert joined.status_code == 303
    after = client.get("/m/guaranteed-delivery").text
    assert 'data-enrolled="yes"' in after
    assert 'data-testid="advice-enrol"' not in after and "去开通" not in after
    assert 'data-testid="advice-joined"' in after
    # Joined on 12-06 (Shanghai): stat date 12-06 counts it, shown from view date 12-08.
    catching_up = after.split('data-testid="advice-catching-up"')[1].split("</p>")[0]
    assert "2022-12-08" in catching_up
    # The figures themselves still follow the lag: 0 % until the job catches up.
    assert 'data-testid="gd-rate">0%' in after
