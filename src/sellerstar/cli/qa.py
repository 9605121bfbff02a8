"""`sellerstar qa`: the briefing Q&A channels for operators: list them (`channels`) and
publish a channel's answered groups (`publish`), the week's publication from a script.

The Q&A channel is a workflow over the store with no batch rule, so it has no lake mode
(`--input DIR`); grouping and answering are done on the pages or the JSON API.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from zoneinfo import ZoneInfo

import typer

from sellerstar import clock
from sellerstar.config import get_settings
from sellerstar.errors import InputError
from sellerstar.rules import RuleBook, load_rulebook

app = typer.Typer(
    help="Briefing question channels: list them, publish their answers.", no_args_is_help=True
)
DatabaseOption = Annotated[
    str | None,
    typer.Option("--database", metavar="URL", help="Store URL. Default: SELLERSTAR_DATABASE_URL."),
]


@app.callback()
def _group() -> None:
    """Briefing question channels: list them, publish their answers."""


def _instant(text: str | None, book: RuleBook) -> dt.datetime:
    """``--at`` (ISO 8601; without an offset, platform time), else the platform clock."""
    settings = get_settings()
    if text is None:
        return clock.now(settings, book)
    try:
        instant = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"--at: {text!r} is not a timestamp (YYYY-MM-DD HH:MM[+HH:MM])") from None
    if instant.tzinfo is None:
        zone = book.in_force(instant.date()).calendar.timezone
        instant = instant.replace(tzinfo=ZoneInfo(zone))
    return instant.astimezone(dt.UTC)


@app.command("channels")
def channels_command(database: DatabaseOption = None) -> None:
    """Every channel: its window (questions until the last day, 24:00 platform time), the
    planned publication date, and its questions, groups and published groups."""
    from sellerstar.queries import qa as queries
    from sellerstar.services.qa import platform_timezone
    from sellerstar.store.db import opened

    settings = get_settings()
    book = load_rulebook(settings.rules_dir)
    now = clock.now(settings, book)
    timezone = platform_timezone(book, now)
    with opened(database or settings.database_url) as store, store.connect() as connection:
        rows = queries.channels(connection, now, timezone)
    if not rows:
        typer.echo("no channels")
    for row in rows:
        c = row.channel
        typer.echo(
            f"{c.channel_id}\t{row.window.value}\tquestions {c.opens_on} … {c.closes_on} 24:00"
            f"\tpublish {c.publish_on}\t{row.questions} questions, {row.groups} groups, "
            f"{row.published} published\t{c.title}"
        )


@app.command("publish")
def publish_command(
    channel_id: Annotated[str, typer.Argument(metavar="CHANNEL", help="The channel's id.")],
    operator: Annotated[
        str, typer.Option("--operator", metavar="LOGIN", help="Who publishes (the audit row).")
    ],
    early: Annotated[
        bool, typer.Option("--early", help="Publish before the channel's planned date.")
    ] = False,
    at: Annotated[
        str | None,
        typer.Option("--at", metavar="TIMESTAMP", help="As of this instant. Default: now."),
    ] = None,
    database: DatabaseOption = None,
) -> None:
    """Publish every answered group of CHANNEL and tell each asker (the outbox). Refused
    before the planned publication date unless --early. Safe to re-run: published groups
    are left as they are and no one is told twice."""
    from sellerstar.services import qa_answers
    from sellerstar.store import migrate
    from sellerstar.store.db import opened, transaction

    settings = get_settings()
    book = load_rulebook(settings.rules_dir)
    now = _instant(at, book)
    with opened(database or settings.database_url) as store:
        migrate.require_head(store)
        with transaction(store) as connection:
            done = qa_answers.publish_channel(
                connection, book=book, actor_login=operator, channel_id=channel_id, now=now,
                early=early,
            )  # fmt: skip
    told = sum(one.told for one in done)
    typer.echo(f"{channel_id}: {len(done)} groups published, {told} merchant accounts told")
