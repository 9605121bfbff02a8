"""The demo's notifications (docs/notifications.md): the notifier's pass over the demo's
outbox (radar tasks, brushing, the sample right, Q&A answers …) fills the inboxes; the demo
merchant has a webhook endpoint that is not reachable, so its deliveries wait with
backoff (visible in its log); the older half of each demo user's inbox is read.

No SMTP in the demo: email is off. The endpoint is 127.0.0.1's discard port, refused at
once, so the demo does not wait on it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.config import get_settings
from sellerstar.domain.notifications import Channel
from sellerstar.jobs.notifications import Notifier, run_notifier
from sellerstar.rules import RuleBook
from sellerstar.services import notification_settings
from sellerstar.store.db import transaction
from sellerstar.store.schema import notification_deliveries, users

DEMO_WEBHOOK_URL = "https://127.0.0.1:9/sellerstar-demo-webhook"


@dataclass(frozen=True)
class NotificationDemo:
    """What the demo delivered."""

    messages: int
    inbox_unread: int
    webhook_waiting: int


def run_notification_demo(
    store: sa.Engine, book: RuleBook, demo_merchant: str, *, now: dt.datetime | None = None
) -> NotificationDemo:
    """Configure the demo webhook, run the notifier once, read half of each inbox."""
    at = now or dt.datetime.now(dt.UTC)
    with transaction(store) as connection:
        notification_settings.add_endpoint(
            connection,
            merchant_id=demo_merchant,
            endpoint_url=DEMO_WEBHOOK_URL,
            allow_loopback_http=False,
            now=at,
        )
    notifier = Notifier.from_settings(get_settings(), worker="demo")
    notifier = Notifier(notifier.worker, notifier.backoff, notifier.lease_seconds, None, 2.0)
    counts = run_notifier(store, book, notifier, None, now=at, batch=100_000)
    d = notification_deliveries
    with transaction(store) as connection:
        readers = connection.execute(
            sa.select(users.c.user_id).where(users.c.merchant_id == demo_merchant)
        ).all()
        for reader in readers:
            ids = [
                int(row.delivery_id)
                for row in connection.execute(
                    sa.select(d.c.delivery_id)
                    .where(d.c.user_id == reader.user_id, d.c.channel == Channel.INBOX.value)
                    .order_by(d.c.delivery_id)
                )
            ]
            older = ids[: len(ids) // 2]
            if older:
                notification_settings.mark_read(
                    connection, user_id=int(reader.user_id), delivery_ids=older, now=at
                )
        unread = connection.execute(
            sa.select(sa.func.count()).where(
                d.c.channel == Channel.INBOX.value, d.c.read_at.is_(None)
            )
        ).scalar_one()
        waiting = connection.execute(
            sa.select(sa.func.count()).where(
                d.c.channel == Channel.WEBHOOK.value, d.c.state != "sent"
            )
        ).scalar_one()
    return NotificationDemo(counts["fanned_out"], int(unread), int(waiting))
