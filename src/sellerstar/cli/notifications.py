"""`sellerstar notifications send`: the notifier (docs/notifications.md) — hand the outbox's
new messages to the inbox, email and webhooks, and send what is due, with retries."""

from __future__ import annotations

import time
from typing import Annotated

import typer

from sellerstar.config import get_settings

app = typer.Typer(
    help="Notifications: deliver the outbox to inboxes, email and webhooks.",
    no_args_is_help=True,
)


@app.callback()
def _group() -> None:
    """Notifications: deliver the outbox to inboxes, email and webhooks."""


@app.command("send")
def send_command(
    once: Annotated[bool, typer.Option("--once", help="Run one pass, then stop.")] = False,
    batch: Annotated[
        int, typer.Option("--batch", min=1, max=10_000, help="Messages and deliveries per pass.")
    ] = 100,
    every: Annotated[
        float, typer.Option("--every", min=1.0, help="Seconds between passes without --once.")
    ] = 30.0,
    database: Annotated[
        str | None, typer.Option("--database", help="Store URL (default: settings).")
    ] = None,
) -> None:
    """Fan out new messages, send due emails, digests and webhooks; repeat unless --once.

    Email is off while SELLERSTAR_SMTP_HOST is empty (inbox and webhooks still work).
    """
    from sellerstar.jobs.notifications import Notifier, run_notifier
    from sellerstar.rules import load_rulebook
    from sellerstar.store import migrate
    from sellerstar.store.db import opened
    from sellerstar.web.notification_mail import compose

    settings = get_settings()
    book = load_rulebook(settings.rules_dir)
    notifier = Notifier.from_settings(settings)
    with opened(database or settings.database_url) as store:
        migrate.require_head(store)
        while True:
            counts = run_notifier(store, book, notifier, compose, batch=batch)
            typer.echo(
                f"notifications: {counts['fanned_out']} messages handed over, "
                f"{counts['sent']} sent, {counts['failed']} failed, "
                f"{counts['digests']} digests"
            )
            if once:
                return
            time.sleep(every)
