"""The notification outbox: one row per message to a merchant's account, written in the
same transaction as the event that causes it, sent later by the notifier.

Every module that tells a merchant something (a radar task opened or decided, a product
delisted, an appeal decided) adds a row here through ``services.notifications``.
"""

from __future__ import annotations

import sqlalchemy as sa

from sellerstar.store.base import CODE_LENGTH, ID_LENGTH, metadata
from sellerstar.store.types import UtcDateTime

notifications = sa.Table(
    "notifications",
    metadata,
    sa.Column("notification_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
    # Empty: the merchant's main account; else the sub-account the subject belongs to.
    sa.Column("account_id", sa.String(ID_LENGTH)),
    sa.Column("topic", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("subject_id", sa.String(ID_LENGTH), nullable=False),
    # What the message needs to be rendered in the reader's language (ids, dates, codes).
    sa.Column("payload", sa.JSON, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    # Set by the notifier when it made the message's deliveries (notification_deliveries
    # holds each channel's own state).
    sa.Column("sent_at", UtcDateTime),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("last_error", sa.Text),
    # One message per event: the same event recorded twice (a re-run job) adds nothing.
    sa.UniqueConstraint("topic", "subject_id"),
    sa.Index(None, "sent_at", "created_at"),
    sa.Index(None, "merchant_id", "created_at"),
    comment="Notification outbox: messages to merchants, written with the event that causes "
    "them; sent_at empty until delivered.",
)
