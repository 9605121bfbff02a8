"""Storing what the tracking feeds say: parcels, events, and each raw delivery.

A delivery and its events are written in the caller's transaction, so an acknowledged
delivery is never half-stored. Events are keyed by :func:`sellerstar.store.schema.event_key`
and inserted with ``ON CONFLICT DO NOTHING``: the same event delivered twice (or again in a
source's next full-history push) is stored once, with the time it was *first* received;
order of arrival does not matter. Events pushed by a feed the platform subscribes to have
source ``platform``; on-demand look-ups store ``17track`` / ``kuaidi100`` (data contract).

A report's parcel is found by its tracking number (upper case, without spaces or hyphens)
among known parcels, so events land on the carrier + number exactly as the merchant
uploaded them. A number nobody uploaded yet is kept under the carrier the source names
(our code when the registry knows it, else ``<feed>:<source code>``) until a shipment
names it (:func:`adopt`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from sellerstar.domain import carriers as registry
from sellerstar.ingest.tracking_facts import EventFact, ParcelReport, Parsed, number_key
from sellerstar.store.db import upsert
from sellerstar.store.schema import (
    contract_tables,
    event_key,
    parcel_registrations,
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


def resolve_parcel(
    connection: sa.Connection, report: ParcelReport, now: dt.datetime
) -> tuple[str, str]:
    """The parcel (carrier, number) a report is about; a new parcel row when unknown."""
    key = number_key(report.tracking_number)
    mapped = registry_code(report.feed, report.provider_carrier)
    known = connection.execute(
        sa.select(parcels.c.carrier, parcels.c.tracking_number, parcels.c.matched_at)
        .where(parcels.c.number_key == key)
        .order_by(parcels.c.first_seen_at.desc())
    ).all()
    if known:
        best = sorted(known, key=lambda r: (r.carrier != mapped, r.matched_at is None))[0]
        return str(best.carrier), str(best.tracking_number)
    # A shipment uploaded without registration (e.g. imported) still names the parcel.
    raw = report.tracking_number.strip()
    named = connection.execute(
        sa.select(_shipments.c.carrier, _shipments.c.tracking_number)
        .where(_shipments.c.tracking_number.in_({raw, raw.upper(), key}))
        .order_by(_shipments.c.uploaded_at.desc())
    ).all()
    if named:
        best_shipment = sorted(named, key=lambda r: r.carrier != mapped)[0]
        carrier, number = str(best_shipment.carrier), str(best_shipment.tracking_number)
        ensure_parcel(connection, carrier, number, now)
        return carrier, number
    carrier = mapped or f"{report.feed}:{report.provider_carrier or 'unknown'}"
    number = raw
    ensure_parcel(connection, carrier, number, now)
    return carrier, number


def registry_code(feed: str, provider_carrier: str | None) -> str | None:
    """Our carrier code for a source's carrier id, when the registry knows it.

    >>> registry_code("17track", "100002"), registry_code("aftership", "nope")
    ('ups', None)
    """
    if not provider_carrier:
        return None
    found: registry.Carrier | None = None
    if feed == "17track":
        found = (
            registry.by_seventeen_track(int(provider_carrier))
            if provider_carrier.lstrip("-").isdigit()
            else None
        )
    elif feed == "aftership":
        found = registry.by_aftership(provider_carrier)
    elif feed == "kuaidi100":
        found = registry.by_kuaidi100(provider_carrier)
    return found.code if found is not None else None


def ensure_parcel(connection: sa.Connection, carrier: str, number: str, now: dt.datetime) -> None:
    """Create the parcel row if missing; mark it matched when a shipment names it."""
    upsert(
        connection,
        parcels,
        [
            {
                "carrier": carrier,
                "tracking_number": number,
                "number_key": number_key(number),
                "first_seen_at": now,
                "last_received_at": None,
                "last_fetched_at": None,
                "stopped_at": None,
                "matched_at": None,
            }
        ],
        on_conflict="ignore",
    )
    named = sa.exists().where(
        _shipments.c.carrier == carrier, _shipments.c.tracking_number == number
    )
    connection.execute(
        parcels.update()
        .where(
            parcels.c.carrier == carrier,
            parcels.c.tracking_number == number,
            parcels.c.matched_at.is_(None),
            named,
        )
        .values(matched_at=now)
    )


def adopt(connection: sa.Connection, carrier: str, number: str, now: dt.datetime) -> int:
    """Move the events of unmatched parcels with the same number (pushed before any
    upload named it) onto ``carrier`` + ``number``; returns how many events moved."""
    ensure_parcel(connection, carrier, number, now)
    strays = connection.execute(
        sa.select(parcels.c.carrier, parcels.c.tracking_number).where(
            parcels.c.number_key == number_key(number),
            parcels.c.matched_at.is_(None),
            sa.not_(sa.and_(parcels.c.carrier == carrier, parcels.c.tracking_number == number)),
        )
    ).all()
    moved = 0
    for stray in strays:
        where = sa.and_(
            _events.c.carrier == stray.carrier, _events.c.tracking_number == stray.tracking_number
        )
        old = connection.execute(sa.select(_events).where(where)).mappings().all()
        rows = [
            dict(row)
            | {
                "carrier": carrier,
                "tracking_number": number,
                "event_key": event_key(
                    carrier, number, row["source"], row["event_time"], row["description"]
                ),
            }
            for row in old
        ]
        upsert(connection, _events, rows, on_conflict="ignore")
        connection.execute(_events.delete().where(where))
        for table in (parcel_registrations, parcels):
            connection.execute(
                table.delete().where(
                    table.c.carrier == stray.carrier,
                    table.c.tracking_number == stray.tracking_number,
                )
            )
        moved += len(rows)
    return moved


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
