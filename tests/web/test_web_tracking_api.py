"""GET /api/v1/tracking/{carrier}/{number} and the re-upload of a logistics proof, per role
and scope, with tokens and sessions (CSRF)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from logistics_support import add_event
from web_support import NOW, World, csrf_of, sign_in

from sellerstar.ingest import feeds
from sellerstar.ingest.http_retry import RetryPolicy
from sellerstar.ingest.seventeen_track import parse as seventeen_track
from sellerstar.ingest.seventeen_track.client import SeventeenTrackClient
from sellerstar.services import tokens
from sellerstar.services.feed_sources import FeedClients
from sellerstar.store.db import transaction
from sellerstar.store.schema import audit_log, contract_tables, parcel_registrations
from sellerstar.web.auth import now

SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
DATA = Path(__file__).resolve().parents[1] / "data" / "feeds"
UPS = "1Z2617V10397725789"
NEW_UPS = "1Z999AA10123456784"
SHIPMENTS = contract_tables["shipments"]


def add_order(connection: sa.Connection, order_id: str, merchant: str, owner: str | None) -> None:
    connection.execute(
        contract_tables["orders"]
        .insert()
        .values(
            order_id=order_id,
            merchant_id=merchant,
            owner_account_id=owner,
            buyer_id="b",
            trade_assurance=True,
            destination_country="US",
            trade_term="DAP",
            export_mode="tad",
            transport="express",
            payment_method="tt",
            status="shipped",
            created_at=NOW,
            shipped_at=NOW,
            amount_usd=1,
            all_items_rts=True,
            delivery_promise=False,
        )
    )


@pytest.fixture
def parcel_world(world: World, app_client: TestClient) -> Iterator[World]:
    """O1 of M1 (owned by A2) with UPS shipment S1 and the documented 17TRACK events."""
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    with transaction(world.engine) as connection:
        add_order(connection, "O1", "M1", "A2")
        add_order(connection, "O2", "M2", None)
        connection.execute(
            SHIPMENTS.insert(),
            [
                {
                    "shipment_id": "S1",
                    "order_id": "O1",
                    "carrier": "ups",
                    "tracking_number": UPS,
                    "transport": "express",
                    "uploaded_at": NOW - dt.timedelta(days=9),
                },
                {
                    "shipment_id": "S2",
                    "order_id": "O2",
                    "carrier": "dhl",
                    "tracking_number": "1234567891",
                    "transport": "express",
                    "uploaded_at": NOW - dt.timedelta(days=9),
                },
            ],
        )
        body = (DATA / "17track_tracking_updated.json").read_bytes()
        parsed = seventeen_track.parse_push(body, dt.UTC)
        feeds.record_delivery(connection, feeds.Delivery("17track", "webhook", NOW, body), parsed)
    yield world
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def token(world: World, login: str) -> dict[str, str]:
    with transaction(world.engine) as connection:
        secret = tokens.create_api_token(connection, login, "erp", NOW)
    return {"Authorization": f"Bearer {secret}"}


def test_the_parcel_with_events_in_time_order_marked_pre_advice(
    app_client: TestClient, parcel_world: World
) -> None:
    answer = app_client.get(f"/api/v1/tracking/ups/{UPS}", headers=token(parcel_world, "ops"))
    assert answer.status_code == 200, answer.text
    parcel = answer.json()
    assert (parcel["carrier"], parcel["tracking_number"]) == ("ups", UPS)
    assert [s["shipment_id"] for s in parcel["shipments"]] == ["S1"]
    events = parcel["events"]
    times = [e["event_time"] for e in events]
    assert times == sorted(times) and len(events) == 5
    assert events[0]["description"].startswith("Shipper created a label")
    assert [e["pre_advice"] for e in events] == [True, False, False, False, False]
    assert {e["source"] for e in events} == {"platform"}
    assert events[-1]["status"] == "delivered"


def test_a_real_verdict_the_classifier_is_unsure_of_is_marked(
    app_client: TestClient, parcel_world: World
) -> None:
    when = NOW - dt.timedelta(days=8, hours=12)  # before the documented events
    text = "Sendung angemeldet"  # German "shipment announced": in the review band
    with transaction(parcel_world.engine) as connection:
        add_event(connection, UPS, when, text, carrier="ups")
    answer = app_client.get(f"/api/v1/tracking/ups/{UPS}", headers=token(parcel_world, "ops"))
    events = answer.json()["events"]
    marks = {(e["description"], e["pre_advice"], e["pre_advice_uncertain"]) for e in events}
    assert (text, False, True) in marks
    assert sum(uncertain for _, _, uncertain in marks) == 1


@pytest.mark.parametrize(
    ("login", "status"), [("m1-main", 200), ("m1-sub", 200), ("m1-sub3", 404), ("m2-main", 404)]
)
def test_merchants_see_only_their_shipments_parcels(
    app_client: TestClient, parcel_world: World, login: str, status: int
) -> None:
    answer = app_client.get(f"/api/v1/tracking/ups/{UPS}", headers=token(parcel_world, login))
    assert answer.status_code == status
    if status == 404:
        unknown = app_client.get("/api/v1/tracking/ups/1Z0", headers=token(parcel_world, login))
        # The same answer whether it exists or not: no probing.
        assert answer.json() == unknown.json()


@SQLITE
def test_the_number_may_be_typed_loosely(app_client: TestClient, parcel_world: World) -> None:
    loose = "1z2617v1 0397725789".replace(" ", "%20")
    answer = app_client.get(f"/api/v1/tracking/UPS/{loose}", headers=token(parcel_world, "ops"))
    assert answer.status_code == 200 and answer.json()["tracking_number"] == UPS


@SQLITE
def test_strangers_get_401(app_client: TestClient, parcel_world: World) -> None:
    assert app_client.get(f"/api/v1/tracking/ups/{UPS}").status_code == 401


def fake_17track(calls: list[httpx.Request]) -> FeedClients:
    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        numbers = [{"number": n["number"]} for n in json.loads(request.content)]
        return httpx.Response(200, json={"code": 0, "data": {"accepted": numbers}})

    client = SeventeenTrackClient(
        "k", policy=RetryPolicy(attempts=1), transport=httpx.MockTransport(handler)
    )
    return FeedClients(seventeen_track=client)


def replace_url(order: str = "O1", shipment: str = "S1") -> str:
    return f"/api/v1/orders/{order}/shipments/{shipment}/replace"


def test_a_merchant_replaces_a_shipment_and_it_is_registered(
    app_client: TestClient, parcel_world: World
) -> None:
    calls: list[httpx.Request] = []
    app_client.app.state.feed_clients = fake_17track(calls)  # type: ignore[attr-defined]
    headers = token(parcel_world, "m1-main")
    answer = app_client.post(
        replace_url(), json={"carrier": "ups", "tracking_number": NEW_UPS}, headers=headers
    )
    assert answer.status_code == 201, answer.text
    made = answer.json()
    assert made["shipment_id"] == "S1.r1" and made["replaced_shipment_id"] == "S1"
    assert made["registering_with"] == ["17track"] and made["created"] is True
    assert made["uploaded_at"].startswith("2022-12-06T02:00")
    # Registered after the answer, with 17TRACK's carrier key for UPS.
    assert json.loads(calls[0].content) == [{"number": NEW_UPS, "carrier": 100002}]
    with parcel_world.engine.connect() as connection:
        outcome = connection.scalar(sa.select(parcel_registrations.c.outcome))
        old = connection.scalar(
            sa.select(SHIPMENTS.c.replaced_by).where(SHIPMENTS.c.shipment_id == "S1")
        )
    assert outcome == "registered" and old == "S1.r1"
    again = app_client.post(
        replace_url(), json={"carrier": "ups", "tracking_number": NEW_UPS}, headers=headers
    )
    assert again.status_code == 200 and again.json()["shipment_id"] == "S1.r1"
    assert again.json()["created"] is False


@SQLITE
def test_a_session_needs_the_csrf_token_and_a_form_works(
    app_client: TestClient, parcel_world: World
) -> None:
    app_client.app.state.feed_clients = FeedClients()  # type: ignore[attr-defined]
    sign_in(app_client, "m1-sub")
    fields = {"carrier": "ups", "tracking_number": NEW_UPS}
    refused = app_client.post(replace_url(), data=fields)
    assert refused.status_code == 403
    answer = app_client.post(replace_url(), data=fields | {"csrf_token": csrf_of(app_client)})
    assert answer.status_code == 201, answer.text
    with parcel_world.engine.connect() as connection:
        actor = connection.scalar(
            sa.select(audit_log.c.actor).where(audit_log.c.action == "shipment_replaced")
        )
    assert actor == "m1-sub"


@SQLITE
def test_a_wrong_number_is_422_with_reason_and_likely_carriers(
    app_client: TestClient, parcel_world: World
) -> None:
    app_client.app.state.feed_clients = FeedClients()  # type: ignore[attr-defined]
    answer = app_client.post(
        replace_url(),
        json={"carrier": "ups", "tracking_number": "LX123456785CN"},
        headers=token(parcel_world, "m1-main"),
    )
    assert answer.status_code == 422
    body = answer.json()
    assert body["reason"] == "bad_format" and "chinapost" in body["likely_carriers"]
    with parcel_world.engine.connect() as connection:
        assert connection.scalar(sa.select(sa.func.count()).select_from(SHIPMENTS)) == 2


@SQLITE
@pytest.mark.parametrize(
    ("payload", "field"),
    [({"carrier": "ups"}, "tracking_number"), ({"tracking_number": NEW_UPS}, "carrier")],
)
def test_a_missing_field_is_named(
    app_client: TestClient, parcel_world: World, payload: dict[str, str], field: str
) -> None:
    answer = app_client.post(replace_url(), json=payload, headers=token(parcel_world, "m1-main"))
    assert answer.status_code == 422 and answer.json()["detail"].startswith(field)


@SQLITE
@pytest.mark.parametrize(
    ("login", "url", "status"),
    [
        ("ops", replace_url(), 403),
        ("m1-sub3", replace_url(), 404),
        ("m2-main", replace_url(), 404),
        ("m2-main", replace_url("O2", "S2"), 422),  # its own order: the number is checked
        ("m1-main", replace_url("O1", "S2"), 404),
        ("m1-main", replace_url("O9", "S1"), 404),
    ],
)
def test_nobody_else_may_replace(
    app_client: TestClient, parcel_world: World, login: str, url: str, status: int
) -> None:
    app_client.app.state.feed_clients = FeedClients()  # type: ignore[attr-defined]
    answer = app_client.post(
        url, json={"carrier": "dhl", "tracking_number": NEW_UPS}, headers=token(parcel_world, login)
    )
    assert answer.status_code == status, answer.text


@SQLITE
def test_replacing_a_replaced_shipment_with_another_number_is_409(
    app_client: TestClient, parcel_world: World
) -> None:
    app_client.app.state.feed_clients = FeedClients()  # type: ignore[attr-defined]
    headers = token(parcel_world, "m1-main")
    app_client.post(
        replace_url(), json={"carrier": "ups", "tracking_number": NEW_UPS}, headers=headers
    )
    answer = app_client.post(
        replace_url(), json={"carrier": "dhl", "tracking_number": "1234567891"}, headers=headers
    )
    assert answer.status_code == 409 and "replace that one instead" in answer.json()["detail"]


@SQLITE
def test_the_openapi_document_lists_the_tracking_api(app_client: TestClient) -> None:
    paths = app_client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/tracking/{carrier}/{tracking_number}" in paths
    assert "/api/v1/orders/{order_id}/shipments/{shipment_id}/replace" in paths
    assert "/webhooks/17track" in paths
