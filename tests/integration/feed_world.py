"""A small store for the tracking-feed tests: merchants, accounts, orders, shipments,
and payloads of the sources signed with test keys."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from factories import account_row, merchant_row, order_row, shipment_row
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables

DATA = Path(__file__).resolve().parents[1] / "data" / "feeds"
NOW = dt.datetime(2022, 12, 6, 2, 0, tzinfo=dt.UTC)
UPS_NUMBER = "1Z2617V10397725789"


def fixture(name: str) -> bytes:
    """A payload of tests/data/feeds as bytes."""
    return (DATA / name).read_bytes()


def fixture_json(name: str) -> Any:
    """A payload of tests/data/feeds, parsed."""
    return json.loads(fixture(name))


def seed_merchants(connection: sa.Connection) -> None:
    """M1 (main A1, subs A2, A3) and M2 (main B1)."""
    connection.execute(
        contract_tables["merchants"].insert(), [merchant_row(m) for m in ("M1", "M2")]
    )
    connection.execute(
        contract_tables["accounts"].insert(),
        [
            account_row(a, m, r)
            for a, m, r in (
                ("A1", "M1", "main"),
                ("A2", "M1", "sub"),
                ("A3", "M1", "sub"),
                ("B1", "M2", "main"),
            )
        ],
    )


def add_order(
    connection: sa.Connection, order_id: str, merchant_id: str, owner: str | None = None
) -> None:
    """A shipped trade-assurance order."""
    connection.execute(
        contract_tables["orders"].insert(),
        order_row(
            order_id,
            merchant_id,
            owner_account_id=owner,
            created_at=NOW - dt.timedelta(days=30),
            shipped_at=NOW - dt.timedelta(days=20),
            delivery_promise=False,
        ),
    )


def add_shipment(
    connection: sa.Connection,
    shipment_id: str,
    order_id: str,
    carrier: str,
    number: str,
    uploaded_at: dt.datetime = NOW - dt.timedelta(days=20),
) -> None:
    """A current shipment."""
    connection.execute(
        contract_tables["shipments"].insert(),
        shipment_row(shipment_id, order_id, number, carrier=carrier, uploaded_at=uploaded_at),
    )


def seed_orders(engine: sa.Engine) -> None:
    """Merchants; order O1 of M1 (owned by A2) with UPS shipment S1; order O2 of M2."""
    with transaction(engine) as connection:
        seed_merchants(connection)
        add_order(connection, "O1", "M1", owner="A2")
        add_shipment(connection, "S1", "O1", "ups", UPS_NUMBER)
        add_order(connection, "O2", "M2")
        add_shipment(connection, "S2", "O2", "dhl", "1234567890")


def events_of(engine: sa.Engine, carrier: str, number: str) -> list[sa.Row[Any]]:
    """Stored events of a parcel, oldest first."""
    table = contract_tables["tracking_events"]
    with engine.connect() as connection:
        return list(
            connection.execute(
                sa.select(table)
                .where(table.c.carrier == carrier, table.c.tracking_number == number)
                .order_by(table.c.event_time)
            )
        )


def count(engine: sa.Engine, table: sa.Table) -> int:
    """Rows in ``table``."""
    with engine.connect() as connection:
        return int(connection.scalar(sa.select(sa.func.count()).select_from(table)) or 0)
