"""What account users and merchants set for notifications (docs/notifications.md): a
user's preferences, marking inbox messages read, and the merchant's webhook endpoints
(main account only: the route checks the role), whose secret is shown once.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Mapping, Sequence

import sqlalchemy as sa

from sellerstar.domain.notifications import Channel, EmailMode, webhook_url_refusal
from sellerstar.errors import SellerstarError
from sellerstar.services import notification_delivery as delivery
from sellerstar.store.schema import (
    notification_deliveries,
    notification_preferences,
    webhook_endpoints,
)

_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


class NotificationRefused(SellerstarError):
    """A change refused; ``code`` is one of web.words.notifications.REFUSALS."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def save_preferences(
    connection: sa.Connection,
    *,
    user_id: int,
    email: str | None,
    email_mode: EmailMode,
    language: str,
    topics: Mapping[str, Sequence[Channel]],
    now: dt.datetime,
) -> None:
    """Store a user's preferences whole (the page's form sends them all)."""
    email = (email or "").strip() or None
    if email is not None and (len(email) > 320 or not _EMAIL.match(email)):
        raise NotificationRefused("email_invalid")
    values = {
        "email": email,
        "email_mode": email_mode.value,
        "language": language if language in ("zh", "en") else "zh",
        "topics": {
            topic: sorted(Channel(c).value for c in chosen) for topic, chosen in topics.items()
        },
        "changed_at": now,
    }
    done = connection.execute(
        sa.update(notification_preferences)
        .where(notification_preferences.c.user_id == user_id)
        .values(**values)
    ).rowcount
    if not done:
        connection.execute(sa.insert(notification_preferences).values(user_id=user_id, **values))


def mark_read(
    connection: sa.Connection, *, user_id: int, delivery_ids: Sequence[int] | None, now: dt.datetime
) -> int:
    """Mark the user's own inbox messages read (all when ``delivery_ids`` is None)."""
    query = sa.update(notification_deliveries).where(
        notification_deliveries.c.user_id == user_id,
        notification_deliveries.c.channel == Channel.INBOX.value,
        notification_deliveries.c.read_at.is_(None),
    )
    if delivery_ids is not None:
        query = query.where(notification_deliveries.c.delivery_id.in_(list(delivery_ids)))
    return int(connection.execute(query.values(read_at=now)).rowcount)


def new_secret() -> str:
    """A webhook secret: 32 random bytes, URL-safe text prefixed ``whsec_``."""
    return "whsec_" + secrets.token_urlsafe(32)


def add_endpoint(
    connection: sa.Connection,
    *,
    merchant_id: str,
    endpoint_url: str,
    allow_loopback_http: bool,
    now: dt.datetime,
    max_endpoints: int = 5,
) -> tuple[int, str]:
    """Add an endpoint; (its id, its secret, to be shown once)."""
    url = endpoint_url.strip()
    refusal = webhook_url_refusal(url, allow_loopback_http=allow_loopback_http)
    if refusal is not None:
        raise NotificationRefused(refusal)
    count = connection.execute(
        sa.select(sa.func.count()).where(
            webhook_endpoints.c.merchant_id == merchant_id, webhook_endpoints.c.is_active
        )
    ).scalar_one()
    if count >= max_endpoints:
        raise NotificationRefused("endpoint_limit")
    secret = new_secret()
    endpoint_id = connection.execute(
        sa.insert(webhook_endpoints)
        .values(merchant_id=merchant_id, url=url, secret=secret, is_active=True, created_at=now)
        .returning(webhook_endpoints.c.endpoint_id)
    ).scalar_one()
    return int(endpoint_id), secret


def _own_endpoint(connection: sa.Connection, merchant_id: str, endpoint_id: int) -> bool:
    return (
        connection.execute(
            sa.select(webhook_endpoints.c.endpoint_id).where(
                webhook_endpoints.c.endpoint_id == endpoint_id,
                webhook_endpoints.c.merchant_id == merchant_id,
            )
        ).first()
        is not None
    )


def rotate_secret(
    connection: sa.Connection, *, merchant_id: str, endpoint_id: int, now: dt.datetime
) -> str | None:
    """A new secret for the merchant's endpoint (None: not theirs)."""
    if not _own_endpoint(connection, merchant_id, endpoint_id):
        return None
    secret = new_secret()
    connection.execute(
        sa.update(webhook_endpoints)
        .where(webhook_endpoints.c.endpoint_id == endpoint_id)
        .values(secret=secret, rotated_at=now)
    )
    return secret


def remove_endpoint(connection: sa.Connection, *, merchant_id: str, endpoint_id: int) -> bool:
    """Stop an endpoint (kept for its log); False when not the merchant's."""
    if not _own_endpoint(connection, merchant_id, endpoint_id):
        return False
    connection.execute(
        sa.update(webhook_endpoints)
        .where(webhook_endpoints.c.endpoint_id == endpoint_id)
        .values(is_active=False)
    )
    return True


def replay(
    connection: sa.Connection, *, merchant_id: str | None, delivery_id: int, now: dt.datetime
) -> bool:
    """Send a webhook delivery again (the merchant's own; any for an operator, who passes
    ``merchant_id`` None). False when it is not theirs or is being sent."""
    query = sa.select(notification_deliveries.c.delivery_id).where(
        notification_deliveries.c.delivery_id == delivery_id,
        notification_deliveries.c.channel.in_([Channel.WEBHOOK.value, Channel.EMAIL.value]),
    )
    if merchant_id is not None:
        query = query.where(
            notification_deliveries.c.merchant_id == merchant_id,
            notification_deliveries.c.channel == Channel.WEBHOOK.value,
        )
    if connection.execute(query).first() is None:
        return False
    return delivery.retry(connection, delivery_id, now)
