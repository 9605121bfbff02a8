"""Use cases of the tracking feeds: register parcels with the sources, re-fetch on demand.

Registering a parcel first writes it (and a ``pending`` registration per configured
source) in the caller's transaction; the HTTP calls happen afterwards, outside any
transaction, and each source's answer is written on its own. A source that is down leaves
its registration ``failed`` with the reason, and ``sellerstar feeds register`` tries again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.errors import SellerstarError
from sellerstar.ingest import feeds
from sellerstar.ingest.http_retry import SourceUnavailable
from sellerstar.ingest.parcels import adopt
from sellerstar.ingest.tracking_facts import EventFact, Parsed
from sellerstar.services import feed_sources as sources
from sellerstar.services.feed_sources import FeedClients
from sellerstar.store.db import transaction, upsert
from sellerstar.store.schema import contract_tables, parcel_registrations, parcels

_shipments = contract_tables["shipments"]


class NoSourceConfigured(SellerstarError):
    """No third-party tracking source has credentials, so nothing can be fetched."""


def request_registration(
    connection: sa.Connection,
    carrier: str,
    number: str,
    now: dt.datetime,
    sources: tuple[str, ...],
) -> None:
    """Write the parcel (taking over events pushed before its upload) and a pending
    registration per source not registered yet, in the caller's transaction."""
    adopt(connection, carrier, number, now)
    rows = [
        {
            "carrier": carrier,
            "tracking_number": number,
            "feed": feed,
            "requested_at": now,
            "registered_at": None,
            "outcome": "pending",
            "detail": None,
            "external_id": None,
        }
        for feed in sources
    ]
    upsert(connection, parcel_registrations, rows, on_conflict="ignore")


def register(
    engine: sa.Engine,
    carrier: str,
    number: str,
    now: dt.datetime,
    clients: FeedClients,
    zone: dt.tzinfo,
) -> dict[str, str]:
    """Call each source whose registration is not done; returns feed -> outcome.

    Takes the engine: each source is called with no transaction open, and its answer is
    recorded in a transaction of its own (:func:`record_registration`), so one that
    answered stays recorded whatever the next one does.
    """
    with engine.connect() as connection:
        done = registered_feeds(connection, carrier, number)
    outcomes: dict[str, str] = {}
    for feed in clients.feeds:
        if feed in done:
            outcomes[feed] = "registered"
            continue
        try:
            ok, detail, external_id = sources.register_with(feed, carrier, number, clients, zone)
        except SourceUnavailable as exc:
            ok, detail, external_id = False, str(exc), None
        with transaction(engine) as connection:
            outcomes[feed] = record_registration(
                connection, carrier, number, feed, now, ok, detail, external_id
            )
    return outcomes


def registered_feeds(connection: sa.Connection, carrier: str, number: str) -> set[str]:
    """The sources that have accepted the parcel already."""
    return set(
        connection.scalars(
            sa.select(parcel_registrations.c.feed).where(
                parcel_registrations.c.carrier == carrier,
                parcel_registrations.c.tracking_number == number,
                parcel_registrations.c.outcome == "registered",
            )
        )
    )


def record_registration(
    connection: sa.Connection,
    carrier: str,
    number: str,
    feed: str,
    now: dt.datetime,
    ok: bool,
    detail: str | None,
    external_id: str | None,
) -> str:
    """Record one source's answer to a registration; returns the outcome written."""
    outcome = "registered" if ok else "failed"
    row = {
        "carrier": carrier,
        "tracking_number": number,
        "feed": feed,
        "requested_at": now,
        "registered_at": now if ok else None,
        "outcome": outcome,
        "detail": detail,
        "external_id": external_id,
    }
    upsert(connection, parcel_registrations, [row])
    return outcome


def unregistered_parcels(
    connection: sa.Connection, since: dt.datetime | None, limit: int
) -> list[tuple[str, str]]:
    """Current shipments' parcels no source has registered yet (imported uploads)."""
    registered = sa.exists().where(
        parcel_registrations.c.carrier == _shipments.c.carrier,
        parcel_registrations.c.tracking_number == _shipments.c.tracking_number,
        parcel_registrations.c.outcome == "registered",
    )
    query = (
        sa.select(_shipments.c.carrier, _shipments.c.tracking_number)
        .where(_shipments.c.replaced_by.is_(None), sa.not_(registered))
        .group_by(_shipments.c.carrier, _shipments.c.tracking_number)
        .order_by(sa.func.max(_shipments.c.uploaded_at).desc())
        .limit(limit)
    )
    if since is not None:
        query = query.where(_shipments.c.uploaded_at >= since)
    return [(str(r.carrier), str(r.tracking_number)) for r in connection.execute(query)]


@dataclass(frozen=True)
class Fetched:
    """What one third-party source returned for a parcel."""

    source: str  # 17track | kuaidi100
    events: tuple[EventFact, ...]
    new_events: int
    note: str | None = None  # why nothing (or not everything) came back
    unavailable: bool = False  # the source could not be asked (down, timed out)


def refetch(
    engine: sa.Engine,
    carrier: str,
    number: str,
    now: dt.datetime,
    clients: FeedClients,
    zone: dt.tzinfo,
) -> list[Fetched]:
    """Look the parcel up at 17TRACK and Kuaidi100 now (appeal evidence): the events are
    stored with source ``17track`` / ``kuaidi100`` and returned.

    Takes the engine: each source is asked with no transaction open, and what it returned
    is stored in a transaction of its own (:func:`store_fetched`).
    """
    lookups: list[tuple[str, Callable[[], tuple[Parsed, str | None]]]] = []
    if clients.seventeen_track is not None:
        lookups.append(("17track", lambda: sources.from_17track(carrier, number, clients, zone)))
    if clients.kuaidi100 is not None:
        lookups.append(
            ("kuaidi100", lambda: sources.from_kuaidi100(carrier, number, clients, zone))
        )
    if not lookups:
        raise NoSourceConfigured(
            "no third-party tracking source is configured: set SELLERSTAR_17TRACK_KEY or "
            "SELLERSTAR_KUAIDI100_KEY (with SELLERSTAR_KUAIDI100_CUSTOMER)"
        )
    results = []
    for source, lookup in lookups:
        try:
            parsed, note = lookup()
        except SourceUnavailable as exc:
            results.append(Fetched(source, (), 0, str(exc), unavailable=True))
            continue
        if parsed.problems:
            results.append(Fetched(source, (), 0, "; ".join(str(p) for p in parsed.problems)))
            continue
        with transaction(engine) as connection:
            results.append(store_fetched(connection, carrier, number, source, parsed, note, now))
    return results


def store_fetched(
    connection: sa.Connection,
    carrier: str,
    number: str,
    source: str,
    parsed: Parsed,
    note: str | None,
    now: dt.datetime,
) -> Fetched:
    """Store the events ``source`` returned for the parcel, and when it was fetched."""
    stored = feeds.store_reports(connection, parsed.reports, source, now, parcel=(carrier, number))
    connection.execute(
        parcels.update()
        .where(parcels.c.carrier == carrier, parcels.c.tracking_number == number)
        .values(last_fetched_at=now)
    )
    events = tuple(e for report in parsed.reports for e in report.events)
    return Fetched(source, events, stored.new_events, note)
