"""The data-contract tables of the store, generated from :data:`sellerstar.contract.TABLES`
so a contract column is named and typed in one place, and the key of a tracking event.

>>> contract_tables["orders"].c.shipped_at.nullable
True
>>> sorted(c.name for c in contract_tables["tracking_events"].primary_key)
['event_key']
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import sqlalchemy as sa

from sellerstar.contract import TABLES, Column, Kind, Table
from sellerstar.store.base import CODE_LENGTH, ID_LENGTH, MONEY, SqlType, metadata
from sellerstar.store.types import UtcDateTime

# Indexes for the reads the pages, API and metric jobs do most.
_CONTRACT_INDEXES: dict[str, tuple[tuple[str, ...], ...]] = {
    "accounts": (("merchant_id",),),
    "orders": (("merchant_id", "shipped_at"), ("owner_account_id",)),
    "shipments": (("order_id",), ("carrier", "tracking_number"), ("replaced_by",)),
    "tracking_events": (("carrier", "tracking_number", "received_at"),),
    "tracking_appeals": (("order_id",), ("shipment_id",), ("status", "submitted_at")),
    "products": (("merchant_id",),),
    "radar_tasks": (("product_id",), ("status", "created_at")),
    "late_delivery_claims": (("order_id",),),
}


def _column_type(column: Column) -> SqlType:
    kind = column.kind
    if kind is Kind.ID:
        return sa.String(ID_LENGTH)
    if kind is Kind.STR:
        return sa.String(CODE_LENGTH) if column.codes is not None else sa.Text()
    by_kind: dict[Kind, SqlType] = {
        Kind.TS: UtcDateTime(),
        Kind.DATE: sa.Date(),
        Kind.BOOL: sa.Boolean(),
        Kind.MONEY: MONEY,
        Kind.DECIMAL: MONEY,
        Kind.INT: sa.Integer(),
        Kind.COUNTRY: sa.String(2),
    }
    return by_kind[kind]


def _foreign_key(column: Column) -> sa.ForeignKey:
    assert column.references is not None
    # Deferred to commit so one transaction may write rows in any order (a shipment
    # before the shipment that replaces it, orders before their merchant).
    return sa.ForeignKey(column.references, deferrable=True, initially="DEFERRED")


# A hash has no language: in byte order PostgreSQL builds its index about three times
# faster than in a locale's order (a first import's primary key, docs/import.md).
EVENT_KEY_TYPE = sa.String(64).with_variant(sa.String(64, collation="C"), "postgresql")


def _contract_table(table: Table) -> sa.Table:
    columns: list[sa.Column[object]] = []
    if table.name == "tracking_events":
        # Its natural key includes free text; a fixed-size hash keeps the key indexable.
        columns.append(sa.Column("event_key", EVENT_KEY_TYPE, primary_key=True))
    for column in table.columns:
        fks = (_foreign_key(column),) if column.references else ()
        columns.append(
            sa.Column(
                column.name,
                _column_type(column),
                *fks,
                primary_key=table.name != "tracking_events" and column.name in table.key,
                nullable=not column.required,
            )
        )
    indexes = [sa.Index(None, *cols) for cols in _CONTRACT_INDEXES.get(table.name, ())]
    return sa.Table(table.name, metadata, *columns, *indexes, comment=table.description or None)


contract_tables: dict[str, sa.Table] = {name: _contract_table(t) for name, t in TABLES.items()}


def event_key(
    carrier: str, tracking_number: str, source: str, event_time: dt.datetime, description: str
) -> str:
    """The primary key of a tracking event: sha256 hex of its identifying fields.

    The same instant written with another offset gives the same key. Callers pass the
    normalised values they store (lower-case carrier code).

    >>> a = event_key("ups", "1Z9", "platform", dt.datetime(2022, 9, 8, 10, tzinfo=dt.UTC), "In")
    >>> tz8 = dt.timezone(dt.timedelta(hours=8))
    >>> a == event_key("ups", "1Z9", "platform", dt.datetime(2022, 9, 8, 18, tzinfo=tz8), "In")
    True
    """
    if event_time.tzinfo is None or event_time.utcoffset() is None:
        raise ValueError(f"event_time {event_time.isoformat()} is naive; pass an aware datetime")
    instant = event_time.astimezone(dt.UTC).isoformat()
    # A JSON array cannot be confused by separators inside the fields.
    payload = json.dumps([carrier, tracking_number, source, instant, description])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
