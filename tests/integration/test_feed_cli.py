"""`sellerstar feeds replay | refetch | register` on the store of SELLERSTAR_DATABASE_URL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest
import sqlalchemy as sa
from feed_world import DATA, UPS_NUMBER, count, events_of, fixture, seed_orders
from typer.testing import CliRunner

from sellerstar.cli.feeds import app
from sellerstar.config import Settings, get_settings
from sellerstar.errors import InputError
from sellerstar.services import feed_sources
from sellerstar.store.schema import contract_tables, parcel_registrations, webhook_deliveries

RUNNER = CliRunner()


@pytest.fixture
def store(sqlite_engine: sa.Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[sa.Engine]:
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", sqlite_engine.url.render_as_string(False))
    get_settings.cache_clear()
    seed_orders(sqlite_engine)
    yield sqlite_engine
    get_settings.cache_clear()


def fake_sources(monkeypatch: pytest.MonkeyPatch, handler: object) -> None:
    real = feed_sources.clients_from_settings

    def with_mock(settings: Settings, transport: object = None) -> feed_sources.FeedClients:
        return real(settings, httpx.MockTransport(handler))  # type: ignore[arg-type]

    monkeypatch.setattr(feed_sources, "clients_from_settings", with_mock)


def test_replay_ingests_a_saved_push_once(store: sa.Engine) -> None:
    path = DATA / "17track_tracking_updated.json"
    first = RUNNER.invoke(app, ["replay", str(path), "--source", "17track"])
    again = RUNNER.invoke(app, ["replay", str(path), "--source", "17track"])
    assert first.exit_code == 0, first.output
    assert "stored, 5 event(s), 5 new; ups 1Z2617V10397725789" in first.output
    assert "5 event(s), 0 new" in again.output
    assert len(events_of(store, "ups", UPS_NUMBER)) == 5
    with store.connect() as connection:
        rows = connection.execute(
            sa.select(webhook_deliveries.c.channel, webhook_deliveries.c.signature_ok)
        ).all()
    assert [tuple(r) for r in rows] == [("replay", None), ("replay", None)]


@pytest.mark.parametrize("as_form", [False, True])
def test_replay_reads_a_kuaidi100_param_or_its_form(
    store: sa.Engine, tmp_path: Path, as_form: bool
) -> None:
    param = fixture("kuaidi100_push_param.json").decode()
    path = tmp_path / "push.txt"
    path.write_text(urlencode({"param": param, "sign": "X"}) if as_form else param)
    result = RUNNER.invoke(app, ["replay", str(path), "--source", "kuaidi100"])
    assert result.exit_code == 0, result.output
    assert "2 event(s), 2 new; ems V030344422" in result.output


def test_replay_of_a_broken_file_names_the_field_and_stores_nothing(
    store: sa.Engine, tmp_path: Path
) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"event": "tracking_update", "msg": {"slug": "ups"}}')
    result = RUNNER.invoke(app, ["replay", str(path), "--source", "aftership"])
    assert result.exit_code == 1
    assert isinstance(result.exception, InputError)
    assert "msg.tracking_number: is missing or empty" in str(result.exception)
    assert count(store, webhook_deliveries) == 0


def test_refetch_shows_and_stores_third_party_events(
    store: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SELLERSTAR_17TRACK_KEY", "k")
    monkeypatch.setenv("COLUMNS", "240")  # rich wraps the table to the terminal width
    get_settings.cache_clear()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=fixture("17track_gettrackinfo.json"))

    fake_sources(monkeypatch, handler)
    result = RUNNER.invoke(app, ["refetch", "UPS", UPS_NUMBER])
    assert result.exit_code == 0, result.output
    assert "17track: 5 event(s), 5 new" in result.output
    assert "Shipper created a label" in result.output and "yes" in result.output
    assert {r.source for r in events_of(store, "ups", UPS_NUMBER)} == {"17track"}


def test_refetch_without_credentials_says_what_to_set(store: sa.Engine) -> None:
    result = RUNNER.invoke(app, ["refetch", "ups", UPS_NUMBER])
    assert result.exit_code == 1 and "SELLERSTAR_17TRACK_KEY" in str(result.exception)


def test_register_registers_uploaded_parcels_once(
    store: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SELLERSTAR_17TRACK_KEY", "k")
    get_settings.cache_clear()
    calls: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.content)
        numbers = [{"number": n["number"]} for n in json.loads(request.content)]
        return httpx.Response(200, json={"code": 0, "data": {"accepted": numbers}})

    fake_sources(monkeypatch, handler)
    first = RUNNER.invoke(app, ["register"])
    again = RUNNER.invoke(app, ["register"])
    assert first.exit_code == 0, first.output
    assert "2 parcel(s); 17track registered: 2" in first.output
    assert "0 parcel(s); nothing to do" in again.output
    assert len(calls) == 2
    with store.connect() as connection:
        assert connection.scalar(sa.select(sa.func.count()).select_from(parcel_registrations)) == 2
    assert count(store, contract_tables["shipments"]) == 2


def test_register_without_sources_says_what_to_set(store: sa.Engine) -> None:
    result = RUNNER.invoke(app, ["register"])
    assert result.exit_code == 1 and "SELLERSTAR_17TRACK_KEY" in str(result.exception)
