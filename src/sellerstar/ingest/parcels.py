"""Finding and matching the parcels the tracking feeds report on.

A report's parcel is found by its tracking number (upper case, without spaces or hyphens)
among known parcels, so events land on the carrier + number exactly as the merchant
uploaded them. A number nobody uploaded yet is kept under the carrier the source names
(our code when the registry knows it, else ``<feed>:<source code>``) until a shipment
names it (:func:`adopt`). Storing the events is :mod:`sellerstar.ingest.feeds`.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from sellerstar.domain import carriers as registry
from sellerstar.ingest.tracking_facts import ParcelReport, number_key
from sellerstar.store.db import upsert
from sellerstar.store.metric_marks import day_of, mark_orders, orders_tracked_by
from sellerstar.store.schema import contract_tables, event_key, parcel_registrations, parcels

_events = contract_tables["tracking_events"]
_shipments = contract_tables["shipments"]


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
        if rows:
            earliest = min(row["received_at"] for row in rows)
            tracked = orders_tracked_by(carrier, [number])
            mark_orders(connection, tracked, now, since=day_of(earliest))
        for table in (parcel_registrations, parcels):
            connection.execute(
                table.delete().where(
                    table.c.carrier == stray.carrier,
                    table.c.tracking_number == stray.tracking_number,
                )
            )
        moved += len(rows)
    return moved
