"""`sellerstar feeds`: the tracking feeds from the command line (replay, refetch, register).

Works on the store of SELLERSTAR_DATABASE_URL, which must be migrated; the sources'
credentials come from the SELLERSTAR_17TRACK_KEY / _KUAIDI100_* / _AFTERSHIP_* settings.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo

import sqlalchemy as sa
import typer
from rich.console import Console
from rich.table import Table

from sellerstar import clock
from sellerstar.config import Settings, get_settings
from sellerstar.domain.pre_advice import classify
from sellerstar.errors import InputError
from sellerstar.ingest import feeds
from sellerstar.ingest.aftership import parse as aftership
from sellerstar.ingest.kuaidi100 import parse as kuaidi100
from sellerstar.ingest.seventeen_track import parse as seventeen_track
from sellerstar.ingest.tracking_facts import Parsed
from sellerstar.rules import load_rulebook
from sellerstar.services import feed_sources, tracking
from sellerstar.store import migrate
from sellerstar.store.db import create_engine, transaction

app = typer.Typer(
    help="Tracking feeds: replay a saved push, re-fetch a parcel, register uploaded parcels.",
    no_args_is_help=True,
)


class Source(StrEnum):
    """A feed whose pushes can be replayed."""

    seventeen_track = "17track"
    aftership = "aftership"
    kuaidi100 = "kuaidi100"


def _engine(settings: Settings) -> sa.Engine:
    engine = create_engine(settings.database_url)
    migrate.require_head(engine)
    return engine


def _zone(settings: Settings, now: dt.datetime) -> ZoneInfo:
    rulebook = load_rulebook(settings.rules_dir)
    return ZoneInfo(rulebook.in_force_at(now).calendar.timezone)


def parse_saved(source: Source, body: bytes, zone: dt.tzinfo) -> Parsed:
    """A saved push as its source sent it (Kuaidi100: the form body, or just ``param``)."""
    if source is Source.seventeen_track:
        return seventeen_track.parse_push(body, zone)
    if source is Source.aftership:
        return aftership.parse_push(body, zone)
    text = body.decode("utf-8", errors="replace").strip()
    param = text if text.startswith("{") else kuaidi100.split_form(body)[0]
    return kuaidi100.parse_push(param, zone)


@app.command("replay")
def replay(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Saved push body.")],
    source: Annotated[Source, typer.Option("--source", help="The feed that sent it.")],
) -> None:
    """Ingest a saved push (e.g. from a source's dashboard) as if it had just arrived.

    No signature is checked; the delivery is kept with channel `replay`. Events already
    stored are not stored again.
    """
    settings = get_settings()
    now = clock.now()
    body = file.read_bytes()
    parsed = parse_saved(source, body, _zone(settings, now))
    if parsed.problems:
        shown = "; ".join(str(p) for p in parsed.problems[:5])
        raise InputError(f"{file}: not a valid {source.value} push: {shown}")
    engine = _engine(settings)
    try:
        delivery = feeds.Delivery(source.value, "replay", now, body)
        with transaction(engine) as connection:
            stored = feeds.record_delivery(connection, delivery, parsed)
    finally:
        engine.dispose()
    parcels = ", ".join(f"{c} {n}" for c, n in stored.parcels) or "no parcel"
    typer.echo(
        f"delivery #{stored.delivery_id} ({parsed.kind or 'no event name'}): {stored.outcome}, "
        f"{stored.events} event(s), {stored.new_events} new; {parcels}"
    )


@app.command("refetch")
def refetch(
    carrier: Annotated[str, typer.Argument(help="Our carrier code, e.g. ups.")],
    number: Annotated[str, typer.Argument(help="Tracking number.")],
) -> None:
    """Look a parcel up at 17TRACK and Kuaidi100 now; the events are stored as appeal
    evidence (source 17track / kuaidi100) and shown."""
    settings = get_settings()
    now = clock.now()
    zone = _zone(settings, now)
    clients = feed_sources.clients_from_settings(settings)
    engine = _engine(settings)
    try:
        results = tracking.refetch(
            engine, carrier.strip().lower(), number.strip(), now, clients, zone
        )
    finally:
        clients.close()
        engine.dispose()
    console = Console()
    for fetched in results:
        console.print(
            f"[bold]{fetched.source}[/bold]: {len(fetched.events)} event(s), "
            f"{fetched.new_events} new" + (f" - {fetched.note}" if fetched.note else "")
        )
        if not fetched.events:
            continue
        table = Table("time (UTC)", "status", "pre-advice", "location", "description")
        for event in sorted(fetched.events, key=lambda e: e.event_time):
            verdict = classify(carrier, event.description, event.status)
            table.add_row(
                event.event_time.strftime("%Y-%m-%d %H:%M"),
                event.status or "",
                "yes" if verdict.pre_advice else "no",
                event.location or "",
                event.description,
            )
        console.print(table)


@app.command("register")
def register(
    since: Annotated[
        str | None, typer.Option(help="Only shipments uploaded on or after this date (UTC).")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many parcels.")] = 500,
) -> None:
    """Register current shipments' parcels that no source has registered yet (e.g. ones
    uploaded through `sellerstar import`) with every configured source."""
    settings = get_settings()
    now = clock.now()
    try:
        start = dt.datetime.fromisoformat(since).replace(tzinfo=dt.UTC) if since else None
    except ValueError as exc:
        raise InputError(f"--since {since!r}: expected a date like 2022-11-01") from exc
    clients = feed_sources.clients_from_settings(settings)
    if not clients.feeds:
        clients.close()
        raise InputError(
            "no tracking source is configured: set SELLERSTAR_17TRACK_KEY, "
            "SELLERSTAR_KUAIDI100_KEY (with SELLERSTAR_KUAIDI100_CALLBACK_URL) or "
            "SELLERSTAR_AFTERSHIP_API_KEY"
        )
    zone = _zone(settings, now)
    engine = _engine(settings)
    counts: dict[str, int] = {}
    try:
        with engine.connect() as connection:
            todo = tracking.unregistered_parcels(connection, start, limit)
        for carrier, number in todo:
            with transaction(engine) as connection:
                tracking.request_registration(connection, carrier, number, now, clients.feeds)
            for feed, outcome in tracking.register(
                engine, carrier, number, now, clients, zone
            ).items():
                counts[f"{feed} {outcome}"] = counts.get(f"{feed} {outcome}", 0) + 1
    finally:
        clients.close()
        engine.dispose()
    summary = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "nothing to do"
    typer.echo(f"{len(todo)} parcel(s); {summary}")
