"""Delivering the notification outbox (docs/notifications.md): one delivery per message,
channel and recipient, the account users' preferences, the merchants' webhook endpoints
and the log of every webhook attempt.

A worker claims a delivery by a conditional UPDATE (``state = 'pending' AND
next_attempt_at <= now``, or a ``sending`` lease past its end) that sets the lease: two
workers never hold the same delivery, and one that died mid-send leaves it to be re-sent
with the same idempotency key once the lease ends.
"""

from __future__ import annotations

import sqlalchemy as sa

from sellerstar.domain.notifications import Channel, DeliveryState, EmailMode
from sellerstar.store.base import CODE_LENGTH, ID_LENGTH, metadata, one_of
from sellerstar.store.types import UtcDateTime

notification_deliveries = sa.Table(
    "notification_deliveries",
    metadata,
    sa.Column("delivery_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "notification_id",
        sa.Integer,
        sa.ForeignKey("notifications.notification_id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("channel", sa.String(CODE_LENGTH), nullable=False),
    # "user:<id>" (inbox, email) or "endpoint:<id>" (webhook): one delivery per recipient.
    sa.Column("recipient", sa.String(ID_LENGTH), nullable=False),
    sa.Column("user_id", sa.Integer),
    sa.Column("endpoint_id", sa.Integer),
    sa.Column("state", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt_at", UtcDateTime, nullable=False),
    sa.Column("lease_until", UtcDateTime),
    sa.Column("leased_by", sa.String(ID_LENGTH)),
    sa.Column("last_error", sa.Text),
    sa.Column("sent_at", UtcDateTime),
    # Email in the daily digest: the platform day whose digest carries it (else null).
    sa.Column("digest_date", sa.Date),
    # Inbox only: when its reader marked it read.
    sa.Column("read_at", UtcDateTime),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.CheckConstraint(one_of("channel", Channel), name="channel"),
    sa.CheckConstraint(one_of("state", DeliveryState), name="state"),
    sa.UniqueConstraint("notification_id", "channel", "recipient"),
    sa.Index(None, "state", "next_attempt_at"),
    sa.Index(None, "user_id", "channel", "read_at"),
    sa.Index(None, "endpoint_id", "created_at"),
    comment="Per message, channel and recipient: its delivery state, attempts, lease and "
    "(inbox) read time.",
)

notification_preferences = sa.Table(
    "notification_preferences",
    metadata,
    sa.Column(
        "user_id", sa.Integer, sa.ForeignKey("users.user_id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("email", sa.String(320)),
    sa.Column("email_mode", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("language", sa.String(8), nullable=False),
    # {"<topic>": ["inbox", "email"], ...}: topics listed override the default (all on).
    sa.Column("topics", sa.JSON, nullable=False),
    sa.Column("changed_at", UtcDateTime, nullable=False),
    sa.CheckConstraint(one_of("email_mode", EmailMode), name="email_mode"),
    sa.CheckConstraint("language IN ('zh', 'en')", name="language"),
    comment="Per account user: email address, immediate or daily digest, language, and "
    "which topics reach which channel.",
)

webhook_endpoints = sa.Table(
    "webhook_endpoints",
    metadata,
    sa.Column("endpoint_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("url", sa.String(500), nullable=False),
    # Kept to sign with (HMAC needs the key itself); shown once when made or rotated.
    sa.Column("secret", sa.String(128), nullable=False),
    sa.Column("is_active", sa.Boolean, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("rotated_at", UtcDateTime),
    sa.Index(None, "merchant_id"),
    comment="A merchant's HTTPS webhook endpoints: every message to the merchant is POSTed, "
    "signed with the endpoint's secret.",
)

webhook_attempts = sa.Table(
    "webhook_attempts",
    metadata,
    sa.Column("attempt_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "delivery_id",
        sa.Integer,
        sa.ForeignKey("notification_deliveries.delivery_id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("endpoint_id", sa.Integer, nullable=False),
    sa.Column("attempted_at", UtcDateTime, nullable=False),
    sa.Column("request_body", sa.Text, nullable=False),
    sa.Column("status_code", sa.Integer),
    # The first bytes of the answer (bounded), or why there was none.
    sa.Column("response_excerpt", sa.Text, nullable=False),
    sa.Column("duration_ms", sa.Integer, nullable=False),
    sa.Column("outcome", sa.String(CODE_LENGTH), nullable=False),
    sa.Index(None, "merchant_id", "attempted_at"),
    sa.Index(None, "delivery_id"),
    comment="Every webhook POST: body sent, answer's status and excerpt, duration.",
)
