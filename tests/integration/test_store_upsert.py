"""upsert: re-imported rows replace the stored ones; a re-delivered event is stored once."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from sellerstar.store.db import transaction, upsert
from sellerstar.store.schema import contract_tables, event_key

merchants = contract_tables["merchants"]
events = contract_tables["tracking_events"]

MERCHANT = {
    "merchant_id": "m1",
    "name": "Old name",
    "main_industry": "Apparel",
    "membership": "none",
    "ta_status": "active",
}


def _event(description: str, status: str | None) -> dict[str, Any]:
    at = dt.datetime(2022, 10, 1, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    return {
        "event_key": event_key("ups", "1Z1", "platform", at, description),
        "carrier": "ups",
        "tracking_number": "1Z1",
        "event_time": at,
        "received_at": at + dt.timedelta(hours=1),
        "description": description,
        "location": None,
        "status": status,
        "source": "platform",
    }


def test_a_row_with_a_known_key_replaces_the_stored_row(store_engine: sa.Engine) -> None:
    with transaction(store_engine) as conn:
        upsert(conn, merchants, [MERCHANT, MERCHANT | {"merchant_id": "m2"}])
    with transaction(store_engine) as conn:
        upsert(conn, merchants, [MERCHANT | {"name": "New name", "main_industry": None}])

    with store_engine.connect() as conn:
        rows = conn.execute(sa.select(merchants).order_by(merchants.c.merchant_id)).all()
    assert [(r.merchant_id, r.name, r.main_industry) for r in rows] == [
        ("m1", "New name", None),
        ("m2", "Old name", "Apparel"),
    ]


def test_ignore_keeps_the_first_delivery_of_an_event(store_engine: sa.Engine) -> None:
    with transaction(store_engine) as conn:
        upsert(conn, events, [_event("Picked up", "in_transit")], on_conflict="ignore")
    with transaction(store_engine) as conn:
        upsert(
            conn,
            events,
            [_event("Picked up", None), _event("Arrived", "in_transit")],
            on_conflict="ignore",
        )

    with store_engine.connect() as conn:
        stored = dict(conn.execute(sa.select(events.c.description, events.c.status)).all())
    assert stored == {"Picked up": "in_transit", "Arrived": "in_transit"}


def test_no_rows_is_nothing_to_do(store_engine: sa.Engine) -> None:
    with transaction(store_engine) as conn:
        upsert(conn, merchants, [])
        assert conn.scalar(sa.select(sa.func.count()).select_from(merchants)) == 0
