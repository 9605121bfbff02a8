"""Re-uploading logistics proof from the tracking detail page (rulebook §1.4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from logistics_support import add_order, add_shipment, at
from web_support import World, csrf_of

from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
NEW_UPS = "1Z999AA10123456784"  # a UPS number with a valid check digit


@pytest.fixture
def shipped(world: World) -> World:
    with transaction(world.engine) as connection:
        add_order(connection, "O1", owner="A2")
        add_shipment(connection, "S1", "O1", "123456789012", at(dt.date(2022, 10, 20), 15))
    return world


def _shipments(world: World) -> dict[str, tuple[str, str, str | None]]:
    table = contract_tables["shipments"]
    with world.engine.connect() as connection:
        rows = connection.execute(sa.select(table).where(table.c.order_id == "O1"))
        return {r.shipment_id: (r.carrier, r.tracking_number, r.replaced_by) for r in rows}


def _post(client: TestClient, carrier: str, number: str) -> Any:
    return client.post(
        "/m/logistics/orders/O1/shipments/S1/replace",
        data={"carrier": carrier, "tracking_number": number, "csrf_token": csrf_of(client)},
    )


def test_the_owner_replaces_the_proof_and_the_new_shipment_counts(
    signed_in: Callable[[str], TestClient], shipped: World
) -> None:
    client = signed_in("m1-sub")
    page = client.get("/m/logistics/orders/O1")
    assert "重新上传物流凭证" in page.text
    answer = _post(client, "ups", NEW_UPS)
    assert answer.status_code == 303
    rows = _shipments(shipped)
    new_id = rows["S1"][2]
    assert new_id is not None and rows[new_id][:2] == ("ups", NEW_UPS)
    shown = client.get(answer.headers["location"])
    assert "新的物流凭证已保存" in shown.text


def test_a_number_that_does_not_fit_the_carrier_is_refused_with_the_likely_one(
    signed_in: Callable[[str], TestClient], shipped: World
) -> None:
    client = signed_in("m1-main")
    answer = _post(client, "fedex", NEW_UPS)
    assert answer.status_code == 422
    assert "物流单号与所选承运商的单号格式不符" in answer.text
    assert "UPS" in answer.text
    assert _shipments(shipped)["S1"][2] is None


def test_a_sub_account_that_does_not_own_the_order_cannot_replace_it(
    signed_in: Callable[[str], TestClient], shipped: World
) -> None:
    client = signed_in("m1-sub3")
    assert client.get("/m/logistics/orders/O1").status_code == 404
    assert _post(client, "ups", NEW_UPS).status_code == 404
    assert _shipments(shipped)["S1"][2] is None


def test_operators_see_no_re_upload_form_and_cannot_post(
    signed_in: Callable[[str], TestClient], shipped: World
) -> None:
    client = signed_in("ops")
    page = client.get("/ops/merchants/M1/logistics/orders/O1")
    assert page.status_code == 200 and "/replace" not in page.text
    assert _post(client, "ups", NEW_UPS).status_code == 403


def test_the_lists_filters_survive_a_re_upload(
    signed_in: Callable[[str], TestClient], shipped: World
) -> None:
    client = signed_in("m1-sub")
    filters = "?untrackable=1&q=O1&sort=shipped"
    page = client.get(f"/m/logistics/orders/O1{filters}")
    assert "/shipments/S1/replace?untrackable=1&amp;q=O1&amp;sort=shipped" in page.text
    answer = client.post(
        f"/m/logistics/orders/O1/shipments/S1/replace{filters}",
        data={"carrier": "ups", "tracking_number": NEW_UPS, "csrf_token": csrf_of(client)},
    )
    assert answer.status_code == 303
    location = answer.headers["location"]
    assert location.startswith(f"/m/logistics/orders/O1{filters}&replaced=")
    shown = client.get(location)
    assert "/m/logistics?untrackable=1&amp;q=O1&amp;sort=shipped#orders" in shown.text
