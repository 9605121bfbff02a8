"""Storing feed deliveries: idempotent, order-free, all-or-nothing, parcels matched later."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest
import sqlalchemy as sa
from feed_world import (
    NOW,
    UPS_NUMBER,
    add_order,
    add_shipment,
    count,
    events_of,
    fixture,
    fixture_json,
    seed_orders,
)

from sellerstar.ingest import feeds
from sellerstar.ingest.aftership import parse as aftership
from sellerstar.ingest.parcels import adopt
from sellerstar.ingest.seventeen_track import parse as seventeen_track
from sellerstar.store.db import transaction
from sellerstar.store.metric_marks import day_of
from sellerstar.store.schema import (
    contract_tables,
    event_key,
    metric_marks,
    parcels,
    webhook_bodies,
    webhook_deliveries,
)

EVENTS = contract_tables["tracking_events"]


def deliver(engine: sa.Engine, body: bytes, at: dt.datetime = NOW) -> feeds.Stored:
    parsed = seventeen_track.parse_push(body, dt.UTC)
    delivery = feeds.Delivery("17track", "webhook", at, body, "application/json", True)
    with transaction(engine) as connection:
        return feeds.record_delivery(connection, delivery, parsed)


def test_a_push_for_an_uploaded_parcel_lands_on_its_shipment(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    stored = deliver(store_engine, fixture("17track_tracking_updated.json"))
    assert (stored.outcome, stored.events, stored.new_events) == ("stored", 5, 5)
    assert stored.parcels == (("ups", UPS_NUMBER),)
    rows = events_of(store_engine, "ups", UPS_NUMBER)
    assert {r.source for r in rows} == {"platform"}
    assert {r.received_at for r in rows} == {NOW}
    first = rows[0]
    expected_key = event_key("ups", UPS_NUMBER, "platform", first.event_time, first.description)
    assert first.event_key == expected_key and first.status == "info_received"
    with store_engine.connect() as connection:
        delivery = connection.execute(sa.select(webhook_deliveries)).one()
        body = feeds.delivery_body(connection, delivery.id)
    assert body == fixture("17track_tracking_updated.json").decode()
    assert (delivery.signature_ok, delivery.outcome, delivery.new_events) == (True, "stored", 5)
    assert (delivery.carrier, delivery.tracking_number) == ("ups", UPS_NUMBER)


def test_the_same_events_delivered_twice_are_stored_once(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    body = fixture("17track_tracking_updated.json")
    deliver(store_engine, body)
    again = deliver(store_engine, body, NOW + dt.timedelta(hours=1))
    assert (again.events, again.new_events) == (5, 0)
    rows = events_of(store_engine, "ups", UPS_NUMBER)
    assert len(rows) == 5
    # An event counts from when the platform first received it.
    assert {r.received_at for r in rows} == {NOW}
    assert count(store_engine, webhook_deliveries) == 2


def _marks(engine: sa.Engine) -> list[tuple[str, dt.date]]:
    with engine.connect() as connection:
        query = sa.select(metric_marks.c.merchant_id, metric_marks.c.since)
        return [tuple(row) for row in connection.execute(query)]


def test_new_events_mark_their_merchant_for_the_metric_job(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    shipments, orders = contract_tables["shipments"], contract_tables["orders"]
    with store_engine.connect() as connection:
        merchant = connection.execute(
            sa.select(orders.c.merchant_id)
            .join(shipments, shipments.c.order_id == orders.c.order_id)
            .where(shipments.c.tracking_number == UPS_NUMBER)
        ).scalar_one()
    body = fixture("17track_tracking_updated.json")
    deliver(store_engine, body)
    # From the day the events were received (less the zone's margin day).
    assert _marks(store_engine) == [(merchant, day_of(NOW))]
    with transaction(store_engine) as connection:
        connection.execute(metric_marks.delete())
    deliver(store_engine, body, NOW + dt.timedelta(hours=1))
    assert _marks(store_engine) == []  # nothing new, nothing to recompute


def test_a_body_delivered_three_times_is_stored_once(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    body = fixture("17track_tracking_updated.json")
    ids = [deliver(store_engine, body, NOW + dt.timedelta(hours=n)).delivery_id for n in range(3)]
    other = deliver(store_engine, body.replace(b"}", b" }", 1))
    assert count(store_engine, webhook_deliveries) == 4
    assert count(store_engine, webhook_bodies) == 2
    with store_engine.connect() as connection:
        assert {feeds.delivery_body(connection, i) for i in ids} == {body.decode()}
        assert other.delivery_id is not None
        assert feeds.delivery_body(connection, other.delivery_id) == body.decode().replace(
            "}", " }", 1
        )


def test_events_may_arrive_in_any_order(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    payload = fixture_json("17track_tracking_updated.json")
    events = payload["data"]["track_info"]["tracking"]["providers"][0]["events"]
    newer, older = copy.deepcopy(payload), copy.deepcopy(payload)
    newer["data"]["track_info"]["tracking"]["providers"][0]["events"] = events[:2]
    older["data"]["track_info"]["tracking"]["providers"][0]["events"] = events[2:]
    later = NOW + dt.timedelta(days=1)
    deliver(store_engine, json.dumps(newer).encode(), NOW)
    deliver(store_engine, json.dumps(older).encode(), later)
    rows = events_of(store_engine, "ups", UPS_NUMBER)
    assert [r.description for r in rows][-1] == "DELIVERED"
    assert len(rows) == 5
    assert {r.received_at for r in rows[:3]} == {later}


def test_a_failed_transaction_keeps_neither_delivery_nor_events(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    body = fixture("17track_tracking_updated.json")
    parsed = seventeen_track.parse_push(body, dt.UTC)
    delivery = feeds.Delivery("17track", "webhook", NOW, body, None, True)
    with pytest.raises(RuntimeError), transaction(store_engine) as connection:
        feeds.record_delivery(connection, delivery, parsed)
        raise RuntimeError("the process dies before the commit")
    assert count(store_engine, webhook_deliveries) == 0
    assert count(store_engine, EVENTS) == 0


def test_a_malformed_delivery_is_kept_without_events(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    stored = deliver(store_engine, b'{"event": "TRACKING_UPDATED", "data": {"number": 5}}')
    assert stored.outcome == "malformed" and stored.events == 0
    with store_engine.connect() as connection:
        detail = connection.scalar(sa.select(webhook_deliveries.c.detail))
    assert detail is not None and "data.track_info" in detail
    assert count(store_engine, EVENTS) == 0


def test_an_unknown_number_is_kept_and_adopted_by_a_later_upload(
    store_engine: sa.Engine,
) -> None:
    seed_orders(store_engine)
    body = fixture("aftership_tracking_update.json")
    parsed = aftership.parse_push(body, dt.UTC)
    with transaction(store_engine) as connection:
        stored = feeds.record_delivery(
            connection, feeds.Delivery("aftership", "webhook", NOW, body), parsed
        )
    number = "9405516902697649303570"
    # No upload names it: kept under the registry's code for AfterShip's slug, unmatched.
    assert stored.parcels == (("usps", number),)
    with store_engine.connect() as connection:
        parcel = connection.execute(sa.select(parcels).where(parcels.c.carrier == "usps")).one()
    assert parcel.matched_at is None
    # The merchant uploads it later, with spaces and another carrier code.
    uploaded = "9405 5169 0269 7649 3035 70"
    with transaction(store_engine) as connection:
        add_order(connection, "O9", "M1")
        add_shipment(connection, "S9", "O9", "usps-ground", uploaded)
        moved = adopt(connection, "usps-ground", uploaded, NOW)
    assert moved == 7
    assert len(events_of(store_engine, "usps-ground", uploaded)) == 7
    assert events_of(store_engine, "usps", number) == []
    with store_engine.connect() as connection:
        rows = connection.execute(sa.select(parcels.c.carrier, parcels.c.matched_at)).all()
    assert [(r.carrier, r.matched_at is not None) for r in rows] == [("usps-ground", True)]
    # The adopted events now count for O9's merchant, from their receipt on.
    assert _marks(store_engine) == [("M1", day_of(NOW))]


def test_an_unmapped_source_carrier_keeps_the_sources_code(store_engine: sa.Engine) -> None:
    payload = fixture_json("17track_tracking_stopped.json")
    payload["data"]["carrier"] = 999999
    stored = deliver(store_engine, json.dumps(payload).encode())
    assert stored.parcels == (("17track:999999", "RR123456789CN"),)
    with store_engine.connect() as connection:
        stopped = connection.scalar(sa.select(parcels.c.stopped_at))
    assert stopped == NOW


def test_an_ignored_event_is_kept_as_such(store_engine: sa.Engine) -> None:
    stored = deliver(store_engine, b'{"event": "NEW_KIND", "data": {}}')
    assert stored.outcome == "ignored"
    assert count(store_engine, webhook_deliveries) == 1 and count(store_engine, parcels) == 0
