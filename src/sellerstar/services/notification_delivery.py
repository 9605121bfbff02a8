"""The delivery side of the notification outbox (docs/notifications.md): fan a message out
to its recipients' channels, claim due deliveries under a lease, record each outcome.

Each function takes a ``Connection`` in the caller's transaction; the notifier job
(``jobs/notifications.py``) sends between them with no transaction open.

Fan-out: a message to the main account (``account_id`` empty) reaches the main account's
users; one about a sub-account's order reaches that sub-account's users and the main
account's users (who see all of their merchant's), never another sub-account's. Every
message also goes to the merchant's active webhook endpoints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from sellerstar.domain.access import Role
from sellerstar.domain.notifications import Backoff, Channel, DeliveryState, EmailMode
from sellerstar.store.schema import (
    notification_deliveries,
    notification_preferences,
    notifications,
    users,
    webhook_endpoints,
)

deliveries = notification_deliveries


@dataclass(frozen=True)
class Preference:
    """One user's notification settings (defaults when none are stored)."""

    email: str | None
    email_mode: EmailMode
    language: str
    topics: dict[str, list[str]]

    def wants(self, topic: str, channel: Channel) -> bool:
        """Whether ``topic`` reaches this user by ``channel``: topics not listed, all on."""
        chosen = self.topics.get(topic)
        return chosen is None or channel.value in chosen


DEFAULT_PREFERENCE = Preference(None, EmailMode.IMMEDIATE, "zh", {})


def preference_of(connection: sa.Connection, user_id: int) -> Preference:
    """A user's stored preferences, or the defaults (inbox on, no email address, zh)."""
    row = connection.execute(
        sa.select(notification_preferences).where(notification_preferences.c.user_id == user_id)
    ).first()
    if row is None:
        return DEFAULT_PREFERENCE
    return Preference(row.email, EmailMode(row.email_mode), row.language, dict(row.topics))


def recipients(connection: sa.Connection, merchant_id: str, account_id: str | None) -> list[int]:
    """The users a message reaches: the main account's, and the named sub-account's."""
    audience = users.c.role == Role.MERCHANT_MAIN.value
    if account_id is not None:
        audience = sa.or_(
            audience,
            sa.and_(users.c.role == Role.MERCHANT_SUB.value, users.c.account_id == account_id),
        )
    rows = connection.execute(
        sa.select(users.c.user_id)
        .where(users.c.merchant_id == merchant_id, users.c.is_active, audience)
        .order_by(users.c.user_id)
    )
    return [int(row.user_id) for row in rows]


def digest_due_at(day: dt.date, tz: str) -> dt.datetime:
    """A digest of platform day ``day`` is sent from the start of the next day."""
    start = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), ZoneInfo(tz))
    return start.astimezone(dt.UTC)


def fan_out(
    connection: sa.Connection, *, now: dt.datetime, tz: str, email_on: bool, limit: int
) -> int:
    """Make the deliveries of up to ``limit`` messages not yet handed over; how many.

    The message's ``sent_at`` is set (handed to the notifier) by a conditional update in
    the same transaction as its deliveries: a message is fanned out once, whoever races.
    """
    waiting = connection.execute(
        sa.select(notifications)
        .where(notifications.c.sent_at.is_(None))
        .order_by(notifications.c.notification_id)
        .limit(limit)
    ).all()
    done = 0
    for message in waiting:
        taken = connection.execute(
            sa.update(notifications)
            .where(
                notifications.c.notification_id == message.notification_id,
                notifications.c.sent_at.is_(None),
            )
            .values(sent_at=now)
        ).rowcount
        if taken != 1:
            continue
        rows = _deliveries_of(connection, message, now=now, tz=tz, email_on=email_on)
        if rows:
            connection.execute(sa.insert(deliveries), rows)
        done += 1
    return done


def _deliveries_of(
    connection: sa.Connection, message: Any, *, now: dt.datetime, tz: str, email_on: bool
) -> list[dict[str, Any]]:
    # One shape for every row (an executemany needs the same keys in each).
    base: dict[str, Any] = {
        "notification_id": message.notification_id,
        "merchant_id": message.merchant_id,
        "attempts": 0,
        "created_at": now,
        "user_id": None,
        "endpoint_id": None,
        "sent_at": None,
        "digest_date": None,
    }
    rows: list[dict[str, Any]] = []
    for user_id in recipients(connection, message.merchant_id, message.account_id):
        preference = preference_of(connection, user_id)
        recipient = {**base, "recipient": f"user:{user_id}", "user_id": user_id}
        if preference.wants(message.topic, Channel.INBOX):
            # The inbox is the delivery itself: delivered when written, exactly once.
            rows.append(
                {
                    **recipient,
                    "channel": Channel.INBOX.value,
                    "state": DeliveryState.SENT.value,
                    "next_attempt_at": now,
                    "sent_at": now,
                }
            )
        if email_on and preference.email and preference.wants(message.topic, Channel.EMAIL):
            digest_day = None
            due = now
            if preference.email_mode is EmailMode.DIGEST:
                digest_day = message.created_at.astimezone(ZoneInfo(tz)).date()
                due = digest_due_at(digest_day, tz)
            rows.append(
                {
                    **recipient,
                    "channel": Channel.EMAIL.value,
                    "state": DeliveryState.PENDING.value,
                    "next_attempt_at": due,
                    "digest_date": digest_day,
                }
            )
    endpoints = connection.execute(
        sa.select(webhook_endpoints.c.endpoint_id).where(
            webhook_endpoints.c.merchant_id == message.merchant_id, webhook_endpoints.c.is_active
        )
    )
    for endpoint in endpoints:
        rows.append(
            {
                **base,
                "channel": Channel.WEBHOOK.value,
                "recipient": f"endpoint:{endpoint.endpoint_id}",
                "endpoint_id": endpoint.endpoint_id,
                "state": DeliveryState.PENDING.value,
                "next_attempt_at": now,
            }
        )
    return rows


def _claimable(now: dt.datetime) -> sa.ColumnElement[bool]:
    due = sa.and_(
        deliveries.c.state == DeliveryState.PENDING.value, deliveries.c.next_attempt_at <= now
    )
    # A worker that died while sending: its lease ended, the delivery is sent again.
    abandoned = sa.and_(
        deliveries.c.state == DeliveryState.SENDING.value, deliveries.c.lease_until < now
    )
    return sa.or_(due, abandoned)


def claim(
    connection: sa.Connection,
    *,
    worker: str,
    now: dt.datetime,
    lease_seconds: int,
    limit: int,
    channels: Sequence[Channel] = (Channel.EMAIL, Channel.WEBHOOK),
) -> list[int]:
    """Take up to ``limit`` due deliveries of ``channels`` for ``worker`` (ids).

    Each is taken by a conditional UPDATE that re-checks it is still claimable: a delivery
    another worker took in between is skipped, so two workers never hold the same one.
    A digest email's deliveries are taken together, as one group, by ``claim_digest``.
    """
    candidates = connection.execute(
        sa.select(deliveries.c.delivery_id)
        .where(
            _claimable(now),
            deliveries.c.channel.in_([c.value for c in channels if c is not Channel.INBOX]),
            deliveries.c.digest_date.is_(None),
        )
        .order_by(deliveries.c.next_attempt_at, deliveries.c.delivery_id)
        .limit(limit)
    ).all()
    return [
        int(r.delivery_id)
        for r in candidates
        if _take(connection, [int(r.delivery_id)], worker, now, lease_seconds)
    ]


def due_digests(connection: sa.Connection, now: dt.datetime) -> list[tuple[int, dt.date]]:
    """The (user, platform day) digests whose day is over and that hold due deliveries."""
    rows = connection.execute(
        sa.select(deliveries.c.user_id, deliveries.c.digest_date)
        .where(_claimable(now), deliveries.c.digest_date.is_not(None))
        .group_by(deliveries.c.user_id, deliveries.c.digest_date)
        .order_by(deliveries.c.digest_date, deliveries.c.user_id)
    )
    return [(int(r.user_id), r.digest_date) for r in rows]


def claim_digest(
    connection: sa.Connection,
    *,
    user_id: int,
    day: dt.date,
    worker: str,
    now: dt.datetime,
    lease_seconds: int,
) -> list[int]:
    """Take all due deliveries of one user's digest of ``day`` together (ids; [] if
    another worker holds them)."""
    ids = [
        int(r.delivery_id)
        for r in connection.execute(
            sa.select(deliveries.c.delivery_id)
            .where(
                _claimable(now),
                deliveries.c.user_id == user_id,
                deliveries.c.digest_date == day,
                deliveries.c.channel == Channel.EMAIL.value,
            )
            .order_by(deliveries.c.delivery_id)
        )
    ]
    return ids if ids and _take(connection, ids, worker, now, lease_seconds) else []


def _take(
    connection: sa.Connection, ids: list[int], worker: str, now: dt.datetime, lease: int
) -> bool:
    taken = connection.execute(
        sa.update(deliveries)
        .where(deliveries.c.delivery_id.in_(ids), _claimable(now))
        .values(
            state=DeliveryState.SENDING.value,
            lease_until=now + dt.timedelta(seconds=lease),
            leased_by=worker,
            attempts=deliveries.c.attempts + 1,
        )
    ).rowcount
    return bool(taken == len(ids))


def mark_sent(connection: sa.Connection, ids: Sequence[int], worker: str, now: dt.datetime) -> int:
    """Record the deliveries ``worker`` holds as sent (how many it still held)."""
    return int(
        connection.execute(
            sa.update(deliveries)
            .where(
                deliveries.c.delivery_id.in_(list(ids)),
                deliveries.c.state == DeliveryState.SENDING.value,
                deliveries.c.leased_by == worker,
            )
            .values(state=DeliveryState.SENT.value, sent_at=now, lease_until=None, last_error=None)
        ).rowcount
    )


def mark_failed(
    connection: sa.Connection,
    ids: Sequence[int],
    *,
    worker: str,
    now: dt.datetime,
    error: str,
    backoff: Backoff,
    final: bool,
) -> None:
    """Record a failed attempt: pending again after the backoff, or dead (``final``: the
    receiver refused; or no attempts left)."""
    for delivery_id in ids:
        attempts = connection.execute(
            sa.select(deliveries.c.attempts).where(deliveries.c.delivery_id == delivery_id)
        ).scalar_one()
        retry_at = None if final else backoff.next_attempt(now, int(attempts))
        values: dict[str, Any] = {"lease_until": None, "last_error": error[:1000]}
        if retry_at is None:
            values["state"] = DeliveryState.DEAD.value
        else:
            values.update(state=DeliveryState.PENDING.value, next_attempt_at=retry_at)
        connection.execute(
            sa.update(deliveries)
            .where(
                deliveries.c.delivery_id == delivery_id,
                deliveries.c.state == DeliveryState.SENDING.value,
                deliveries.c.leased_by == worker,
            )
            .values(**values)
        )


def retry(connection: sa.Connection, delivery_id: int, now: dt.datetime) -> bool:
    """Send a dead or sent email/webhook delivery again now (operators' retry, merchants'
    replay); False for an inbox delivery or one being sent."""
    return bool(
        connection.execute(
            sa.update(deliveries)
            .where(
                deliveries.c.delivery_id == delivery_id,
                deliveries.c.channel != Channel.INBOX.value,
                deliveries.c.state.in_(
                    [
                        DeliveryState.DEAD.value,
                        DeliveryState.SENT.value,
                        DeliveryState.PENDING.value,
                    ]
                ),
            )
            .values(
                state=DeliveryState.PENDING.value, next_attempt_at=now, lease_until=None, attempts=0
            )
        ).rowcount
    )
