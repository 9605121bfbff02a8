"""The webhook receivers: documented payloads stored, signatures enforced, bad input named."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from web_support import KEY, NOW, SALT, SECRET, World

from sellerstar.config import Settings
from sellerstar.ingest import feeds
from sellerstar.ingest.aftership import parse as aftership
from sellerstar.ingest.kuaidi100 import parse as kuaidi100
from sellerstar.ingest.seventeen_track import parse as seventeen_track
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, parcels, webhook_deliveries
from sellerstar.web.app import create_app

DATA = Path(__file__).resolve().parents[1] / "data" / "feeds"
UPS = "1Z2617V10397725789"
EVENTS = contract_tables["tracking_events"]
# Signature and format checks happen before the store: one backend is enough for them.
SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def body_of(name: str) -> bytes:
    return (DATA / name).read_bytes()


def post_17track(client: TestClient, body: bytes, sign: str | None = None) -> Any:
    headers = {"content-type": "application/json", "sign": sign or seventeen_track.sign(body, KEY)}
    return client.post("/webhooks/17track", content=body, headers=headers)


def post_aftership(client: TestClient, body: bytes, signature: str | None = None) -> Any:
    headers = {
        "content-type": "application/json",
        "aftership-hmac-sha256": signature or aftership.signature(body, SECRET),
    }
    return client.post("/webhooks/aftership", content=body, headers=headers)


def post_kuaidi100(client: TestClient, param: str, sign: str | None = None) -> Any:
    form = urlencode({"sign": sign or kuaidi100.sign(param, SALT), "param": param})
    headers = {"content-type": "application/x-www-form-urlencoded"}
    return client.post("/webhooks/kuaidi100", content=form, headers=headers)


def stored(world: World) -> tuple[int, int, int]:
    with world.engine.connect() as connection:
        return tuple(  # type: ignore[return-value]
            connection.scalar(sa.select(sa.func.count()).select_from(t))
            for t in (webhook_deliveries, EVENTS, parcels)
        )


def add_ups_shipment(world: World) -> None:
    with transaction(world.engine) as connection:
        connection.execute(
            contract_tables["orders"]
            .insert()
            .values(
                order_id="O1",
                merchant_id="M1",
                owner_account_id="A2",
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
        connection.execute(
            contract_tables["shipments"]
            .insert()
            .values(
                shipment_id="S1",
                order_id="O1",
                carrier="ups",
                tracking_number=UPS,
                transport="express",
                uploaded_at=NOW,
            )
        )


def test_the_documented_17track_push_is_stored(hooks: TestClient, world: World) -> None:
    add_ups_shipment(world)
    answer = post_17track(hooks, body_of("17track_tracking_updated.json"))
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"code": 0, "events": 5, "new_events": 5}
    with world.engine.connect() as connection:
        rows = connection.execute(sa.select(EVENTS.c.carrier, EVENTS.c.source)).all()
    assert {tuple(r) for r in rows} == {("ups", "platform")}
    assert stored(world) == (1, 5, 1)


def test_the_documented_17track_stop_is_acknowledged(hooks: TestClient, world: World) -> None:
    answer = post_17track(hooks, body_of("17track_tracking_stopped.json"))
    assert answer.status_code == 200 and answer.json()["events"] == 0
    with world.engine.connect() as connection:
        assert connection.scalar(sa.select(parcels.c.stopped_at)) == NOW


def test_a_redelivered_push_stores_nothing_new(hooks: TestClient, world: World) -> None:
    body = body_of("17track_tracking_updated.json")
    post_17track(hooks, body)
    again = post_17track(hooks, body)
    assert again.status_code == 200 and again.json()["new_events"] == 0
    assert stored(world)[:2] == (2, 5)


@SQLITE
@pytest.mark.parametrize("sign", ["0" * 64, ""])
def test_a_bad_17track_sign_is_refused_and_nothing_written(
    hooks: TestClient, world: World, sign: str
) -> None:
    body = body_of("17track_tracking_updated.json")
    headers = {"content-type": "application/json"} | ({"sign": sign} if sign else {})
    answer = hooks.post("/webhooks/17track", content=body, headers=headers)
    assert answer.status_code == 401
    assert "signature (sign) is missing or wrong" in answer.json()["detail"]
    assert stored(world) == (0, 0, 0)


@SQLITE
def test_a_body_signed_with_another_key_is_refused(hooks: TestClient, world: World) -> None:
    body = body_of("17track_tracking_updated.json")
    answer = post_17track(hooks, body, seventeen_track.sign(body, "someone-else"))
    assert answer.status_code == 401 and stored(world) == (0, 0, 0)


@SQLITE
def test_a_malformed_push_is_400_naming_the_field(hooks: TestClient, world: World) -> None:
    payload = json.loads(body_of("17track_tracking_updated.json"))
    del payload["data"]["track_info"]["tracking"]["providers"][0]["events"][3]["time_utc"]
    payload["data"]["track_info"]["tracking"]["providers"][0]["events"][3]["time_iso"] = "soon"
    answer = post_17track(hooks, json.dumps(payload).encode())
    assert answer.status_code == 400
    assert "providers[0].events[3].time_iso" in answer.json()["detail"]
    # The signed body is kept for support; no event of it is.
    assert stored(world) == (1, 0, 0)


def test_an_unknown_number_is_kept_for_later_and_acknowledged(
    hooks: TestClient, world: World
) -> None:
    answer = post_17track(hooks, body_of("17track_tracking_updated.json"))
    assert answer.status_code == 200 and answer.json()["new_events"] == 5
    with world.engine.connect() as connection:
        parcel = connection.execute(sa.select(parcels)).one()
    # 17TRACK's carrier 3011 is China Post in the registry; no shipment names it yet.
    assert (parcel.carrier, parcel.tracking_number, parcel.matched_at) == ("chinapost", UPS, None)


@pytest.mark.parametrize(
    ("name", "events"),
    [("aftership_tracking_update.json", 7), ("aftership_tracking_update_2025.json", 1)],
)
def test_the_documented_aftership_pushes_are_stored(
    hooks: TestClient, world: World, name: str, events: int
) -> None:
    answer = post_aftership(hooks, body_of(name))
    assert answer.status_code == 200, answer.text
    assert answer.json()["new_events"] == events
    assert stored(world)[1] == events


@SQLITE
def test_a_bad_aftership_hmac_is_refused(hooks: TestClient, world: World) -> None:
    body = body_of("aftership_tracking_update.json")
    answer = post_aftership(hooks, body, aftership.signature(body + b" ", SECRET))
    assert answer.status_code == 401 and stored(world) == (0, 0, 0)


@SQLITE
def test_a_malformed_aftership_push_names_the_field(hooks: TestClient, world: World) -> None:
    answer = post_aftership(hooks, b'{"event": "tracking_update", "msg": {"slug": "ups"}}')
    assert answer.status_code == 400
    assert answer.json()["detail"] == (
        "malformed AfterShip push: msg.tracking_number: is missing or empty"
    )


def test_the_documented_kuaidi100_push_gets_the_documented_answer(
    hooks: TestClient, world: World
) -> None:
    answer = post_kuaidi100(hooks, body_of("kuaidi100_push_param.json").decode())
    assert answer.status_code == 200
    assert answer.json() == {"result": True, "returnCode": "200", "message": "成功"}
    with world.engine.connect() as connection:
        rows = connection.execute(sa.select(EVENTS.c.carrier, EVENTS.c.tracking_number)).all()
        delivery = connection.execute(sa.select(webhook_deliveries)).one()
        body = feeds.delivery_body(connection, delivery.id)
    assert {tuple(r) for r in rows} == {("ems", "V030344422")}
    assert delivery.content_type == "application/x-www-form-urlencoded"
    assert body is not None and "param=" in body


@SQLITE
def test_a_bad_kuaidi100_sign_is_refused_in_its_own_terms(hooks: TestClient, world: World) -> None:
    answer = post_kuaidi100(hooks, body_of("kuaidi100_push_param.json").decode(), sign="ABC")
    assert answer.status_code == 401
    assert answer.json()["result"] is False and answer.json()["returnCode"] == "401"
    assert stored(world) == (0, 0, 0)


@SQLITE
def test_a_malformed_kuaidi100_push_is_400(hooks: TestClient, world: World) -> None:
    answer = post_kuaidi100(hooks, '{"status": "polling"}')
    assert answer.status_code == 400
    assert answer.json()["result"] is False
    assert "param.lastResult" in answer.json()["detail"]


@SQLITE
@pytest.mark.parametrize(
    ("path", "variable"),
    [
        ("/webhooks/17track", "SELLERSTAR_17TRACK_KEY"),
        ("/webhooks/aftership", "SELLERSTAR_AFTERSHIP_SECRET"),
        ("/webhooks/kuaidi100", "SELLERSTAR_KUAIDI100_SALT"),
    ],
)
def test_an_unconfigured_webhook_is_503_and_logged_at_start(
    world: World, caplog: pytest.LogCaptureFixture, path: str, variable: str
) -> None:
    with (
        caplog.at_level(logging.WARNING, "sellerstar.web"),
        TestClient(create_app(Settings(database_url=world.url))) as client,
    ):
        answer = client.post(path, content=b"{}", headers={"content-type": "application/json"})
    assert answer.status_code == 503
    assert answer.json()["detail"].endswith(f"webhook is disabled: {variable} is not set")
    assert any(variable in r.getMessage() and "disabled" in r.getMessage() for r in caplog.records)
    assert stored(world) == (0, 0, 0)


@SQLITE
def test_a_huge_body_is_refused_unread(world: World) -> None:
    # The bounds while the body streams are in test_web_body_limits.
    settings = Settings(
        database_url=world.url, seventeen_track_key=KEY, webhook_body_max_bytes=1024
    )
    with TestClient(create_app(settings)) as client:
        answer = post_17track(client, body_of("17track_tracking_updated.json"))
    assert answer.status_code == 413 and stored(world) == (0, 0, 0)


def test_no_acknowledgement_when_storing_fails(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(connection: sa.Connection, delivery: feeds.Delivery, parsed: object) -> None:
        connection.execute(
            webhook_deliveries.insert().values(
                feed="17track",
                channel="webhook",
                received_at=NOW,
                body="x",
                outcome="stored",
                events=0,
                new_events=0,
            )
        )
        raise RuntimeError("disk full")

    monkeypatch.setattr(feeds, "record_delivery", broken)
    app = create_app(Settings(database_url=world.url, seventeen_track_key=KEY))
    with TestClient(app, raise_server_exceptions=False) as client:
        answer = post_17track(client, body_of("17track_tracking_updated.json"))
    assert answer.status_code == 500
    assert stored(world) == (0, 0, 0)
