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

import httpx
import sqlalchemy as sa

from sellerstar.config import Settings
from sellerstar.domain import carriers as registry
from sellerstar.errors import SellerstarError
from sellerstar.ingest import feeds
from sellerstar.ingest.aftership.client import AfterShipClient
from sellerstar.ingest.http_retry import RetryPolicy, SourceUnavailable
from sellerstar.ingest.kuaidi100.client import Kuaidi100Client
from sellerstar.ingest.seventeen_track.client import NOT_REGISTERED, Number, SeventeenTrackClient
from sellerstar.ingest.tracking_facts import EventFact, Parsed, number_key
from sellerstar.store.db import transaction, upsert
from sellerstar.store.schema import contract_tables, parcel_registrations, parcels

_shipments = contract_tables["shipments"]


class NoSourceConfigured(SellerstarError):
    """No third-party tracking source has credentials, so nothing can be fetched."""


@dataclass
class FeedClients:
    """The sources this process may call (``None``: not configured)."""

    seventeen_track: SeventeenTrackClient | None = None
    kuaidi100: Kuaidi100Client | None = None
    aftership: AfterShipClient | None = None
    kuaidi100_callback_url: str | None = None
    kuaidi100_salt: str | None = None

    @property
    def feeds(self) -> tuple[str, ...]:
        """Sources a new parcel is registered with."""
        found = []
        if self.seventeen_track is not None:
            found.append("17track")
        if self.kuaidi100 is not None and self.kuaidi100_callback_url:
            found.append("kuaidi100")
        if self.aftership is not None:
            found.append("aftership")
        return tuple(found)

    def close(self) -> None:
        for client in (self.seventeen_track, self.kuaidi100, self.aftership):
            if client is not None:
                client.close()


def clients_from_settings(
    settings: Settings, transport: httpx.BaseTransport | None = None
) -> FeedClients:
    """Clients for every source whose credentials are set."""
    policy = RetryPolicy(attempts=settings.feeds_attempts, timeout=settings.feeds_timeout_seconds)
    clients = FeedClients(kuaidi100_callback_url=settings.kuaidi100_callback_url)
    if settings.seventeen_track_key is not None:
        key = settings.seventeen_track_key.get_secret_value()
        clients.seventeen_track = SeventeenTrackClient(key, policy=policy, transport=transport)
    if settings.kuaidi100_key is not None:
        clients.kuaidi100 = Kuaidi100Client(
            settings.kuaidi100_key.get_secret_value(),
            settings.kuaidi100_customer,
            policy=policy,
            transport=transport,
        )
    if settings.kuaidi100_salt is not None:
        clients.kuaidi100_salt = settings.kuaidi100_salt.get_secret_value()
    if settings.aftership_api_key is not None:
        key = settings.aftership_api_key.get_secret_value()
        clients.aftership = AfterShipClient(key, policy=policy, transport=transport)
    return clients


def request_registration(
    connection: sa.Connection,
    carrier: str,
    number: str,
    now: dt.datetime,
    sources: tuple[str, ...],
) -> None:
    """Write the parcel (taking over events pushed before its upload) and a pending
    registration per source not registered yet, in the caller's transaction."""
    feeds.adopt(connection, carrier, number, now)
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
    """Call each source whose registration is not done; returns feed -> outcome."""
    with engine.connect() as connection:
        done = set(
            connection.scalars(
                sa.select(parcel_registrations.c.feed).where(
                    parcel_registrations.c.carrier == carrier,
                    parcel_registrations.c.tracking_number == number,
                    parcel_registrations.c.outcome == "registered",
                )
            )
        )
    outcomes: dict[str, str] = {}
    for feed in clients.feeds:
        if feed in done:
            outcomes[feed] = "registered"
            continue
        try:
            ok, detail, external_id = _register_with(feed, carrier, number, clients, zone)
        except SourceUnavailable as exc:
            ok, detail, external_id = False, str(exc), None
        outcome = "registered" if ok else "failed"
        with transaction(engine) as connection:
            upsert(
                connection,
                parcel_registrations,
                [
                    {
                        "carrier": carrier,
                        "tracking_number": number,
                        "feed": feed,
                        "requested_at": now,
                        "registered_at": now if ok else None,
                        "outcome": outcome,
                        "detail": detail,
                        "external_id": external_id,
                    }
                ],
            )
        outcomes[feed] = outcome
    return outcomes


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
    stored with source ``17track`` / ``kuaidi100`` and returned."""
    lookups: list[tuple[str, Callable[[], tuple[Parsed, str | None]]]] = []
    if clients.seventeen_track is not None:
        lookups.append(("17track", lambda: _from_17track(carrier, number, clients, zone)))
    if clients.kuaidi100 is not None:
        lookups.append(("kuaidi100", lambda: _from_kuaidi100(carrier, number, clients, zone)))
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
            stored = feeds.store_reports(
                connection, parsed.reports, source, now, parcel=(carrier, number)
            )
            connection.execute(
                parcels.update()
                .where(parcels.c.carrier == carrier, parcels.c.tracking_number == number)
                .values(last_fetched_at=now)
            )
        events = tuple(e for report in parsed.reports for e in report.events)
        results.append(Fetched(source, events, stored.new_events, note))
    return results


def _register_with(
    feed: str, carrier: str, number: str, clients: FeedClients, zone: dt.tzinfo
) -> tuple[bool, str | None, str | None]:
    known = registry.CARRIERS.get(carrier)
    if feed == "17track":
        assert clients.seventeen_track is not None
        key = known.seventeen_track if known else None
        answer = clients.seventeen_track.register([Number(number, key)])
        if number in answer.accepted:
            return True, None, None
        refused = answer.rejected[0] if answer.rejected else None
        return False, refused.message if refused else "17TRACK did not accept it", None
    if feed == "kuaidi100":
        assert clients.kuaidi100 is not None and clients.kuaidi100_callback_url
        if known is None or known.kuaidi100 is None:
            return False, f"Kuaidi100 has no company code for carrier {carrier!r}", None
        sub = clients.kuaidi100.subscribe(
            known.kuaidi100, number, clients.kuaidi100_callback_url, clients.kuaidi100_salt
        )
        return sub.accepted, f"{sub.code} {sub.message}".strip(), None
    assert clients.aftership is not None
    created = clients.aftership.create_tracking(number, known.aftership if known else None, zone)
    return True, "existed" if created.existed else None, created.tracking_id


def _from_17track(
    carrier: str, number: str, clients: FeedClients, zone: dt.tzinfo
) -> tuple[Parsed, str | None]:
    client = clients.seventeen_track
    assert client is not None
    known = registry.CARRIERS.get(carrier)
    wanted = Number(number, known.seventeen_track if known else None)
    parsed, answer = client.track_info([wanted], zone)
    rejected = [r for r in answer if number_key(r.number) == number_key(number)]
    if any(r.code == NOT_REGISTERED for r in rejected):
        client.register([wanted])
        return parsed, "17TRACK was not tracking it yet; registered now, look again in a while"
    if rejected:
        return parsed, f"17TRACK: {rejected[0].message}"
    return parsed, None


def _from_kuaidi100(
    carrier: str, number: str, clients: FeedClients, zone: dt.tzinfo
) -> tuple[Parsed, str | None]:
    client = clients.kuaidi100
    assert client is not None
    known = registry.CARRIERS.get(carrier)
    if known is None or known.kuaidi100 is None:
        return Parsed("query"), f"Kuaidi100 has no company code for carrier {carrier!r}"
    return client.query(known.kuaidi100, number, zone), None
