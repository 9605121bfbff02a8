"""The read side of notifications (docs/notifications.md): a user's inbox and unread
count, the merchant's webhook endpoints and delivery log, the operators' dead deliveries.

The inbox is a user's own (their user id decides; no one reads another's); the webhook
views are scoped by merchant.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from sellerstar.domain.notifications import Channel, DeliveryState
from sellerstar.store.schema import (
    notification_deliveries,
    notifications,
    webhook_attempts,
    webhook_endpoints,
)

PAGE_SIZE = 50
d = notification_deliveries


@dataclass(frozen=True)
class InboxItem:
    """One message in a user's inbox."""

    delivery_id: int
    topic: str
    payload: dict[str, Any]
    created_at: dt.datetime
    read_at: dt.datetime | None


@dataclass(frozen=True)
class Page:
    """A page of rows and whether there are more."""

    rows: list[Any]
    page: int
    more: bool


def unread_count(connection: sa.Connection, user_id: int) -> int:
    """The user's unread inbox messages (one indexed count, for every page's header)."""
    return int(
        connection.execute(
            sa.select(sa.func.count()).where(
                d.c.user_id == user_id,
                d.c.channel == Channel.INBOX.value,
                d.c.read_at.is_(None),
            )
        ).scalar_one()
    )


def inbox(
    connection: sa.Connection, user_id: int, *, page: int = 1, unread_only: bool = False
) -> Page:
    """The user's inbox, newest first."""
    query = (
        sa.select(
            d.c.delivery_id,
            d.c.read_at,
            notifications.c.topic,
            notifications.c.payload,
            notifications.c.created_at,
        )
        .join(notifications, notifications.c.notification_id == d.c.notification_id)
        .where(d.c.user_id == user_id, d.c.channel == Channel.INBOX.value)
        .order_by(notifications.c.created_at.desc(), d.c.delivery_id.desc())
        .offset((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE + 1)
    )
    if unread_only:
        query = query.where(d.c.read_at.is_(None))
    rows = [
        InboxItem(r.delivery_id, r.topic, dict(r.payload), r.created_at, r.read_at)
        for r in connection.execute(query)
    ]
    return Page(rows[:PAGE_SIZE], page, len(rows) > PAGE_SIZE)


@dataclass(frozen=True)
class Endpoint:
    """A webhook endpoint as shown (never its secret)."""

    endpoint_id: int
    url: str
    is_active: bool
    created_at: dt.datetime
    rotated_at: dt.datetime | None


def endpoints(connection: sa.Connection, merchant_id: str) -> list[Endpoint]:
    """The merchant's webhook endpoints, active first."""
    rows = connection.execute(
        sa.select(webhook_endpoints)
        .where(webhook_endpoints.c.merchant_id == merchant_id)
        .order_by(webhook_endpoints.c.is_active.desc(), webhook_endpoints.c.endpoint_id)
    )
    return [Endpoint(r.endpoint_id, r.url, r.is_active, r.created_at, r.rotated_at) for r in rows]


def webhook_log(connection: sa.Connection, merchant_id: str, *, page: int = 1) -> Page:
    """The merchant's webhook attempts, newest first, with each delivery's state."""
    a = webhook_attempts
    query = (
        sa.select(
            a.c.attempt_id,
            a.c.delivery_id,
            a.c.endpoint_id,
            a.c.attempted_at,
            a.c.status_code,
            a.c.response_excerpt,
            a.c.duration_ms,
            a.c.outcome,
            a.c.request_body,
            d.c.state,
            notifications.c.topic,
        )
        .join(d, d.c.delivery_id == a.c.delivery_id)
        .join(notifications, notifications.c.notification_id == d.c.notification_id)
        .where(a.c.merchant_id == merchant_id)
        .order_by(a.c.attempted_at.desc(), a.c.attempt_id.desc())
        .offset((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE + 1)
    )
    rows = connection.execute(query).all()
    return Page(list(rows[:PAGE_SIZE]), page, len(rows) > PAGE_SIZE)


def pending_webhooks(connection: sa.Connection, merchant_id: str) -> list[Any]:
    """The merchant's webhook deliveries not sent yet (pending, sending, dead)."""
    return list(
        connection.execute(
            sa.select(
                d.c.delivery_id,
                d.c.state,
                d.c.attempts,
                d.c.next_attempt_at,
                d.c.last_error,
                notifications.c.topic,
            )
            .join(notifications, notifications.c.notification_id == d.c.notification_id)
            .where(
                d.c.merchant_id == merchant_id,
                d.c.channel == Channel.WEBHOOK.value,
                d.c.state != DeliveryState.SENT.value,
            )
            .order_by(d.c.delivery_id.desc())
            .limit(PAGE_SIZE)
        ).all()
    )


def overview(connection: sa.Connection) -> dict[str, dict[str, int]]:
    """Operators: deliveries per channel and state."""
    counts: dict[str, dict[str, int]] = {}
    for row in connection.execute(
        sa.select(d.c.channel, d.c.state, sa.func.count().label("n")).group_by(
            d.c.channel, d.c.state
        )
    ):
        counts.setdefault(row.channel, {})[row.state] = int(row.n)
    return counts


def dead(connection: sa.Connection, *, page: int = 1) -> Page:
    """Operators: dead email and webhook deliveries, newest first."""
    rows = connection.execute(
        sa.select(
            d.c.delivery_id,
            d.c.merchant_id,
            d.c.channel,
            d.c.recipient,
            d.c.attempts,
            d.c.last_error,
            d.c.created_at,
            notifications.c.topic,
        )
        .join(notifications, notifications.c.notification_id == d.c.notification_id)
        .where(d.c.state == DeliveryState.DEAD.value)
        .order_by(d.c.delivery_id.desc())
        .offset((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE + 1)
    ).all()
    return Page(list(rows[:PAGE_SIZE]), page, len(rows) > PAGE_SIZE)
