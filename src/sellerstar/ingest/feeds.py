"""Storing what the tracking feeds say: parcels, events, and each raw delivery.

A delivery and its events are written in the caller's transaction, so an acknowledged
delivery is never half-stored. Events are keyed by :func:`sellerstar.store.schema.event_key`
and inserted with ``ON CONFLICT DO NOTHING``: the same event delivered twice (or again in a
source's next full-history push) is stored once, with the time it was *first* received;
order of arrival does not matter. Events pushed by a feed the platform subscribes to have
source ``platform``; on-demand look-ups store ``17track`` / ``kuaidi100`` (data contract).

A report's parcel is found (or created) by :mod:`sellerstar.ingest.parcels`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from sellerstar.ingest.parcels import ensure_parcel, resolve_parcel
from sellerstar.ingest.tracking_facts import EventFact, ParcelReport, Parsed
from sellerstar.store.db import upsert
from sellerstar.store.metric_marks import day_of, mark_orders, orders_tracked_by
from sellerstar.store.schema import (
    contract_tables,
    event_key,
    parcels,
    webhook_bodies,
    webhook_deliveries,
)

PLATFORM = "platform"
_events = contract_tables["tracking_events"]
_shipments = contract_tables["shipments"]


@dataclass(frozen=True)
class Stored:
    """What storing a delivery (or a look-up) did."""

    outcome: str  # stored | ignored | malformed
    events: int
    new_events: int
    parcels: tuple[tuple[str, str], ...]
    delivery_id: int | None = None


@dataclass(frozen=True)
class Delivery:
    """A delivery as received: its feed, channel (webhook/replay), body and signature."""

    feed: str
    channel: str
    received_at: dt.datetime
    body: bytes
    content_type: str | None = None
    signature_ok: bool | None = None


def record_delivery(connection: sa.Connection, delivery: Delivery, parsed: Parsed) -> Stored:
    """Store ``delivery`` and, unless it is malformed, its parcels and events (source
    ``platform``). Returns what was stored; nothing else is written on error."""
    if parsed.problems:
        stored = Stored("malformed", 0, 0, ())
    else:
        stored = store_reports(connection, parsed.reports, PLATFORM, delivery.received_at)
        if not parsed.reports:
            stored = Stored("ignored", 0, 0, ())
    first = stored.parcels[0] if stored.parcels else (None, None)
    body = delivery.body.decode("utf-8", errors="replace")
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    # A source retrying (or a replay of) the same body adds a delivery, not another copy.
    upsert(connection, webhook_bodies, [{"sha256": digest, "body": body}], on_conflict="ignore")
    delivery_id = connection.execute(
        webhook_deliveries.insert()
        .values(
            feed=delivery.feed,
            channel=delivery.channel,
            received_at=delivery.received_at,
            content_type=delivery.content_type,
            body_sha256=digest,
            signature_ok=delivery.signature_ok,
            kind=parsed.kind[:64] or None,
            outcome=stored.outcome,
            events=stored.events,
            new_events=stored.new_events,
            carrier=first[0],
            tracking_number=first[1],
            detail="; ".join(str(p) for p in parsed.problems[:5]) or None,
        )
        .returning(webhook_deliveries.c.id)
    ).scalar_one()
    return Stored(stored.outcome, stored.events, stored.new_events, stored.parcels, delivery_id)


def delivery_body(connection: sa.Connection, delivery_id: int) -> str | None:
    """The body of a stored delivery as received (None: no such delivery)."""
    return connection.scalar(
        sa.select(webhook_bodies.c.body)
        .join(webhook_deliveries, webhook_deliveries.c.body_sha256 == webhook_bodies.c.sha256)
        .where(webhook_deliveries.c.id == delivery_id)
    )


def store_reports(
    connection: sa.Connection,
    reports: Iterable[ParcelReport],
    source: str,
    received_at: dt.datetime,
    *,
    parcel: tuple[str, str] | None = None,
) -> Stored:
    """Store the events of ``reports`` with ``source``; ``parcel`` forces the carrier and
    number (a look-up for a known parcel) instead of finding them by number."""
    rows: dict[str, dict[str, Any]] = {}
    touched: list[tuple[str, str]] = []
    for report in reports:
        if parcel is not None:
            ensure_parcel(connection, *parcel, received_at)
        carrier, number = parcel or resolve_parcel(connection, report, received_at)
        _touch(connection, carrier, number, received_at, stopped=report.stopped)
        touched.append((carrier, number))
        for event in report.events:
            row = event_row(carrier, number, source, event, received_at)
            rows.setdefault(row["event_key"], row)
    new = _insert_new(connection, list(rows.values()))
    if new:
        _mark_tracked(connection, touched, received_at)
    return Stored("stored", len(rows), new, tuple(dict.fromkeys(touched)))


def event_row(
    carrier: str, number: str, source: str, event: EventFact, received_at: dt.datetime
) -> dict[str, Any]:
    """A ``tracking_events`` row of ``event`` on parcel ``carrier`` + ``number``."""
    return {
        "event_key": event_key(carrier, number, source, event.event_time, event.description),
        "carrier": carrier,
        "tracking_number": number,
        "event_time": event.event_time,
        "received_at": received_at,
        "description": event.description,
        "location": event.location,
        "status": event.status,
        "source": source,
    }


def _mark_tracked(
    connection: sa.Connection, parcels_touched: list[tuple[str, str]], received_at: dt.datetime
) -> None:
    """Mark the merchants whose orders ship with these parcels: the metric job recomputes
    them from the day the events were received."""
    numbers: dict[str, list[str]] = {}
    for carrier, number in parcels_touched:
        numbers.setdefault(carrier, []).append(number)
    for carrier, chosen in numbers.items():
        orders = orders_tracked_by(carrier, chosen)
        mark_orders(connection, orders, received_at, since=day_of(received_at))


def _touch(
    connection: sa.Connection, carrier: str, number: str, now: dt.datetime, *, stopped: bool
) -> None:
    values: dict[str, Any] = {"last_received_at": now}
    if stopped:
        values["stopped_at"] = now
    connection.execute(
        parcels.update()
        .where(parcels.c.carrier == carrier, parcels.c.tracking_number == number)
        .values(**values)
    )


def _insert_new(connection: sa.Connection, rows: Sequence[dict[str, Any]]) -> int:
    """Insert the events not stored yet (one statement); returns how many were new."""
    if not rows:
        return 0
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(_events)
        .on_conflict_do_nothing(index_elements=["event_key"])
        .returning(_events.c.event_key)
    )
    return len(connection.execute(statement, list(rows)).all())
