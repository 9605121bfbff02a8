"""The third-party tracking sources a process may call, and the calls themselves.

These are the slow, outside steps of :mod:`sellerstar.services.tracking`: each is made
with no transaction open, and the caller records the answer afterwards.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import httpx

from sellerstar.config import Settings
from sellerstar.domain import carriers as registry
from sellerstar.ingest.aftership.client import AfterShipClient
from sellerstar.ingest.http_retry import RetryPolicy
from sellerstar.ingest.kuaidi100.client import Kuaidi100Client
from sellerstar.ingest.seventeen_track.client import NOT_REGISTERED, Number, SeventeenTrackClient
from sellerstar.ingest.tracking_facts import Parsed, number_key


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


def register_with(
    feed: str, carrier: str, number: str, clients: FeedClients, zone: dt.tzinfo
) -> tuple[bool, str | None, str | None]:
    """Ask ``feed`` to track the parcel: (accepted, why not or a note, its id there)."""
    known = registry.known(carrier)
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


def from_17track(
    carrier: str, number: str, clients: FeedClients, zone: dt.tzinfo
) -> tuple[Parsed, str | None]:
    """17TRACK's events of the parcel now, and a note when it had none to give."""
    client = clients.seventeen_track
    assert client is not None
    known = registry.known(carrier)
    wanted = Number(number, known.seventeen_track if known else None)
    parsed, answer = client.track_info([wanted], zone)
    rejected = [r for r in answer if number_key(r.number) == number_key(number)]
    if any(r.code == NOT_REGISTERED for r in rejected):
        client.register([wanted])
        return parsed, "17TRACK was not tracking it yet; registered now, look again in a while"
    if rejected:
        return parsed, f"17TRACK: {rejected[0].message}"
    return parsed, None


def from_kuaidi100(
    carrier: str, number: str, clients: FeedClients, zone: dt.tzinfo
) -> tuple[Parsed, str | None]:
    """Kuaidi100's events of the parcel now, and a note when it could not be asked."""
    client = clients.kuaidi100
    assert client is not None
    known = registry.known(carrier)
    if known is None or known.kuaidi100 is None:
        return Parsed("query"), f"Kuaidi100 has no company code for carrier {carrier!r}"
    return client.query(known.kuaidi100, number, zone), None
