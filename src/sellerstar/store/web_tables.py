"""Tables of the web app: sign-in sessions and facts about the store itself."""

from __future__ import annotations

import sqlalchemy as sa

from sellerstar.store.base import ID_LENGTH, metadata
from sellerstar.store.types import UtcDateTime

web_sessions = sa.Table(
    "web_sessions",
    metadata,
    # Only the sha256 of the cookie's token is kept, as for API tokens.
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column(
        "user_id", sa.Integer, sa.ForeignKey("users.user_id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("csrf_token", sa.String(64), nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("expires_at", UtcDateTime, nullable=False),
    sa.Index(None, "user_id"),
    comment="Signed-in browser sessions; deleted on sign-out.",
)

sign_in_failures = sa.Table(
    "sign_in_failures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("login", sa.String(ID_LENGTH), nullable=False),
    # The client's address (IPv6 at most 45 characters).
    sa.Column("client", sa.String(64), nullable=False),
    sa.Column("at", UtcDateTime, nullable=False),
    sa.Index(None, "login", "at"),
    sa.Index(None, "client", "at"),
    comment="Failed sign-ins, counted in the store so the throttle holds across workers.",
)

store_meta = sa.Table(
    "store_meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
    comment="Facts about the store, e.g. demo = true for the demo marketplace.",
)
