"""Carriers beyond the registry in the proof form (issue 18 item 2d): any carrier 17TRACK
or Kuaidi100 lists is accepted (not "wrong carrier"), the carrier is detected from the
number where its format tells, an unknown name gets the closest names, and a carrier known
to be untrackable (the seed's 非洲专线 物流不可追踪) is flagged. The pre-check no longer
calls a listed carrier "wrong carrier or number"."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from logistics_support import add_order, add_shipment, at
from web_support import World, csrf_of

from sellerstar.domain import carriers as registry
from sellerstar.domain.appeals import AppealRules, precheck
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables

SignedIn = Callable[[str], TestClient]
NEW_UPS = "1Z999AA10123456784"


@pytest.fixture
def shipped(world: World) -> World:
    with transaction(world.engine) as connection:
        add_order(connection, "O1")
        add_shipment(connection, "S1", "O1", "123456789012", at(dt.date(2022, 10, 20), 15))
    return world


def _post(client: TestClient, carrier: str, number: str, other: str = "") -> Any:
    return client.post(
        "/m/logistics/orders/O1/shipments/S1/replace",
        data={
            "carrier": carrier,
            "other_carrier": other,
            "tracking_number": number,
            "csrf_token": csrf_of(client),
        },
    )


def _new_carrier(world: World) -> str | None:
    table = contract_tables["shipments"]
    with world.engine.connect() as connection:
        replaced = connection.scalar(
            sa.select(table.c.replaced_by).where(table.c.shipment_id == "S1")
        )
        return connection.scalar(sa.select(table.c.carrier).where(table.c.shipment_id == replaced))


def test_a_carrier_only_17track_lists_is_accepted_by_name(
    signed_in: SignedIn, shipped: World
) -> None:
    client = signed_in("m1-main")
    answer = _post(client, "other", "ACS123456", other="ACS Worldwide Express")
    assert answer.status_code == 303, answer.text
    assert _new_carrier(shipped) == "17track:191092"
    page = client.get(answer.headers["location"]).text
    assert "ACS WORLDWIDE EXPRESS" in page and 'data-testid="untrackable-carrier"' not in page


def test_a_kuaidi100_code_is_accepted(signed_in: SignedIn, shipped: World) -> None:
    answer = _post(signed_in("m1-main"), "other", "YT0000001", other="kuaidi100:yuantong")
    assert answer.status_code == 303
    assert _new_carrier(shipped) == "kuaidi100:yuantong"


def test_the_carrier_is_detected_from_the_number(signed_in: SignedIn, shipped: World) -> None:
    client = signed_in("m1-main")
    assert _post(client, "auto", NEW_UPS).status_code == 303
    assert _new_carrier(shipped) == "ups"


def test_a_number_several_carriers_share_asks_for_the_carrier(
    signed_in: SignedIn, shipped: World
) -> None:
    answer = _post(signed_in("m1-main"), "auto", "LX123456785CN")
    assert answer.status_code == 422
    assert re.search(r'data-reason="cannot_detect"', answer.text)
    assert "Yanwen (yanwen)" in answer.text and _new_carrier(shipped) is None


def test_an_unknown_carrier_is_refused_with_the_closest_names(
    signed_in: SignedIn, shipped: World
) -> None:
    client = signed_in("m1-main")
    unknown = _post(client, "other", "X1", other="no such carrier anywhere")
    assert unknown.status_code == 422 and 'data-reason="unknown_carrier"' in unknown.text
    several = _post(client, "other", "X1", other="express")
    assert several.status_code == 422 and 'data-reason="ambiguous_carrier"' in several.text
    assert _new_carrier(shipped) is None


def test_an_untrackable_carrier_is_flagged_in_the_form_and_after(
    signed_in: SignedIn, shipped: World
) -> None:
    client = signed_in("m1-main")
    form = client.get("/m/logistics/orders/O1").text
    option = re.search(r'<option value="africa_line"[^>]*>([^<]*)</option>', form)
    assert option and 'data-untrackable="true"' in option.group(0)
    answer = _post(client, "africa_line", "AF0001")
    assert answer.status_code == 303
    page = client.get(answer.headers["location"]).text
    assert 'data-testid="untrackable-carrier"' in page


def test_the_registry_and_the_lists_agree() -> None:
    listed = registry.known("17track:191092")
    assert listed is not None and listed.seventeen_track == 191092 and listed.trackable
    assert registry.check_tracking_number("17track:191092", "anything-1").ok
    assert registry.check_tracking_number("kuaidi100:yuantong", "YT1").ok
    assert not registry.check_tracking_number("17track:999999999", "X").ok
    assert not registry.check_tracking_number("kuaidi100:yuantong", " ").ok
    assert "africa_line" in registry.UNTRACKABLE and registry.carrier("ups").trackable
    assert registry.detect(NEW_UPS) == "ups" and registry.detect("LX123456785CN") is None


def test_the_pre_check_does_not_call_a_listed_carrier_wrong() -> None:
    rules = AppealRules(22, 7, 7, 2, 2, 2, 1)
    ok = registry.check_tracking_number("17track:191092", "ACS123").ok
    outside = registry.check_tracking_number("acs-nobody-lists", "ACS123").ok
    assert precheck("third_party_tracking", [], [], rules, number_ok=ok).reason == (
        "no_tracking_anywhere"
    )
    assert precheck("third_party_tracking", [], [], rules, number_ok=outside).reason == (
        "wrong_carrier_or_number"
    )
