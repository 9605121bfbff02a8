"""Registering parcels with the sources and re-fetching them on demand (appeal evidence)."""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import parse_qs

import httpx
import pytest
import sqlalchemy as sa
from feed_world import NOW, UPS_NUMBER, events_of, fixture, seed_orders

from sellerstar.ingest.aftership.client import AfterShipClient
from sellerstar.ingest.http_retry import RetryPolicy
from sellerstar.ingest.kuaidi100.client import Kuaidi100Client
from sellerstar.ingest.seventeen_track.client import SeventeenTrackClient
from sellerstar.services import feed_sources, tracking
from sellerstar.store.db import transaction
from sellerstar.store.schema import parcel_registrations, parcels

FAST = RetryPolicy(attempts=2, base_delay=0.0)


class Sources:
    """Fake 17TRACK, Kuaidi100 and AfterShip behind one MockTransport; records calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.seventeen_down = False
        self.registered17: set[str] = set()

    def handler(self, request: httpx.Request) -> httpx.Response:
        host, path = request.url.host, request.url.path
        self.calls.append((host, path))
        if host == "api.17track.net":
            if self.seventeen_down:
                return httpx.Response(503)
            items = json.loads(request.content)
            if path.endswith("/register"):
                self.registered17.update(i["number"] for i in items)
                accepted = [{"origin": 1, "number": i["number"]} for i in items]
                return httpx.Response(200, json={"code": 0, "data": {"accepted": accepted}})
            if items[0]["number"] not in self.registered17:
                rejected = [{"number": items[0]["number"], "error": {"code": -18019902}}]
                return httpx.Response(200, json={"code": 0, "data": {"rejected": rejected}})
            return httpx.Response(200, content=fixture("17track_gettrackinfo.json"))
        if host == "poll.kuaidi100.com":
            if path == "/poll":
                return httpx.Response(200, json={"result": True, "returnCode": "200"})
            param = json.loads(parse_qs(request.content.decode())["param"][0])
            answer = json.loads(fixture("kuaidi100_query.json"))
            answer["nu"] = param["num"]
            return httpx.Response(200, json=answer)
        return httpx.Response(
            201,
            json={
                "meta": {"code": 201},
                "data": {"id": "as-1", "tracking_number": "x", "slug": "ups", "checkpoints": []},
            },
        )

    def clients(
        self, *, kuaidi100: bool = True, aftership: bool = True
    ) -> feed_sources.FeedClients:
        transport = httpx.MockTransport(self.handler)
        return feed_sources.FeedClients(
            seventeen_track=SeventeenTrackClient(
                "k", policy=FAST, transport=transport, sleep=lambda s: None
            ),
            kuaidi100=Kuaidi100Client("k", "c", policy=FAST, transport=transport)
            if kuaidi100
            else None,
            aftership=AfterShipClient("k", policy=FAST, transport=transport) if aftership else None,
            kuaidi100_callback_url="https://p.example/webhooks/kuaidi100",
            kuaidi100_salt="salt",
        )


def registrations(engine: sa.Engine) -> dict[str, tuple[str, str | None]]:
    with engine.connect() as connection:
        rows = connection.execute(sa.select(parcel_registrations)).all()
    return {r.feed: (r.outcome, r.external_id) for r in rows}


def test_a_parcel_is_registered_with_every_configured_source(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    sources = Sources()
    clients = sources.clients()
    with transaction(store_engine) as connection:
        tracking.request_registration(connection, "ups", UPS_NUMBER, NOW, clients.feeds)
    assert registrations(store_engine) == {
        "17track": ("pending", None),
        "kuaidi100": ("pending", None),
        "aftership": ("pending", None),
    }
    outcomes = tracking.register(store_engine, "ups", UPS_NUMBER, NOW, clients, dt.UTC)
    assert outcomes == {
        "17track": "registered",
        "kuaidi100": "registered",
        "aftership": "registered",
    }
    assert registrations(store_engine)["aftership"] == ("registered", "as-1")
    with store_engine.connect() as connection:
        matched = connection.scalar(sa.select(parcels.c.matched_at))
    assert matched == NOW


def test_a_source_that_is_down_is_retried_on_the_next_run(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    sources = Sources()
    sources.seventeen_down = True
    clients = sources.clients(kuaidi100=False, aftership=False)
    with transaction(store_engine) as connection:
        tracking.request_registration(connection, "ups", UPS_NUMBER, NOW, clients.feeds)
    assert tracking.register(store_engine, "ups", UPS_NUMBER, NOW, clients, dt.UTC) == {
        "17track": "failed"
    }
    with store_engine.connect() as connection:
        detail = connection.scalar(sa.select(parcel_registrations.c.detail))
        assert set(tracking.unregistered_parcels(connection, None, 10)) == {
            ("dhl", "1234567890"),
            ("ups", UPS_NUMBER),
        }
    assert detail is not None and "503" in detail
    sources.seventeen_down = False
    tracking.register(store_engine, "ups", UPS_NUMBER, NOW, clients, dt.UTC)
    assert registrations(store_engine)["17track"][0] == "registered"
    calls = len(sources.calls)
    # Registered once: a later run does not call the source again.
    tracking.register(store_engine, "ups", UPS_NUMBER, NOW, clients, dt.UTC)
    assert len(sources.calls) == calls
    with store_engine.connect() as connection:
        assert tracking.unregistered_parcels(connection, None, 10) == [("dhl", "1234567890")]


def test_kuaidi100_needs_a_company_code_of_the_carrier(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    clients = Sources().clients(aftership=False)
    with transaction(store_engine) as connection:
        tracking.request_registration(connection, "no-such", "X1", NOW, clients.feeds)
    outcomes = tracking.register(store_engine, "no-such", "X1", NOW, clients, dt.UTC)
    assert outcomes["kuaidi100"] == "failed"
    with store_engine.connect() as connection:
        detail = connection.scalar(
            sa.select(parcel_registrations.c.detail).where(
                parcel_registrations.c.feed == "kuaidi100"
            )
        )
    assert detail == "Kuaidi100 has no company code for carrier 'no-such'"


def test_refetch_stores_third_party_events_as_appeal_evidence(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    sources = Sources()
    sources.registered17.add(UPS_NUMBER)
    results = tracking.refetch(store_engine, "ups", UPS_NUMBER, NOW, sources.clients(), dt.UTC)
    assert [(r.source, len(r.events), r.new_events, r.note) for r in results] == [
        ("17track", 5, 5, None),
        ("kuaidi100", 3, 3, None),
    ]
    rows = events_of(store_engine, "ups", UPS_NUMBER)
    assert sorted({r.source for r in rows}) == ["17track", "kuaidi100"]
    assert "platform" not in {r.source for r in rows}
    with store_engine.connect() as connection:
        assert connection.scalar(sa.select(parcels.c.last_fetched_at)) == NOW
    again = tracking.refetch(store_engine, "ups", UPS_NUMBER, NOW, sources.clients(), dt.UTC)
    assert [r.new_events for r in again] == [0, 0]


def test_refetch_of_a_number_17track_does_not_track_registers_it(
    store_engine: sa.Engine,
) -> None:
    seed_orders(store_engine)
    sources = Sources()
    clients = sources.clients(kuaidi100=False)
    results = tracking.refetch(store_engine, "ups", UPS_NUMBER, NOW, clients, dt.UTC)
    assert results[0].events == () and "registered now" in (results[0].note or "")
    assert UPS_NUMBER in sources.registered17


def test_refetch_reports_a_source_that_is_down_and_goes_on(store_engine: sa.Engine) -> None:
    seed_orders(store_engine)
    sources = Sources()
    sources.seventeen_down = True
    results = tracking.refetch(store_engine, "ups", UPS_NUMBER, NOW, sources.clients(), dt.UTC)
    assert "503" in (results[0].note or "") and results[1].new_events == 3


def test_refetch_without_sources_says_what_to_configure(store_engine: sa.Engine) -> None:
    with pytest.raises(tracking.NoSourceConfigured, match="SELLERSTAR_17TRACK_KEY"):
        tracking.refetch(store_engine, "ups", "1", NOW, feed_sources.FeedClients(), dt.UTC)
