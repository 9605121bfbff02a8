"""Tables of the tracking feeds: parcels, their registrations with sources, raw deliveries.

Events themselves go into the contract table ``tracking_events``; these tables say which
parcels the platform follows, with which source, and keep every acknowledged webhook
delivery as it came (docs/tracking-feeds.md).
"""

from __future__ import annotations

import sqlalchemy as sa

from sellerstar.store.base import CODE_LENGTH, ID_LENGTH, metadata, one_of
from sellerstar.store.types import UtcDateTime

FEEDS: tuple[str, ...] = ("17track", "aftership", "kuaidi100")
REGISTRATION_OUTCOMES: tuple[str, ...] = ("pending", "registered", "failed")
DELIVERY_CHANNELS: tuple[str, ...] = ("webhook", "replay")
DELIVERY_OUTCOMES: tuple[str, ...] = ("stored", "ignored", "malformed")

parcels = sa.Table(
    "parcels",
    metadata,
    sa.Column("carrier", sa.String(ID_LENGTH), primary_key=True),
    sa.Column("tracking_number", sa.String(ID_LENGTH), primary_key=True),
    # Upper case without spaces or hyphens: how a source's number finds the uploaded one.
    sa.Column("number_key", sa.String(ID_LENGTH), nullable=False),
    sa.Column("first_seen_at", UtcDateTime, nullable=False),
    sa.Column("last_received_at", UtcDateTime),
    sa.Column("last_fetched_at", UtcDateTime),
    sa.Column("stopped_at", UtcDateTime),
    sa.Column("matched_at", UtcDateTime),
    sa.Index(None, "number_key"),
    comment="Parcels (carrier + tracking number) the feeds know: uploaded ones and ones a "
    "source pushed before any shipment named them (matched_at empty until one does).",
)

parcel_registrations = sa.Table(
    "parcel_registrations",
    metadata,
    sa.Column("carrier", sa.String(ID_LENGTH), nullable=False),
    sa.Column("tracking_number", sa.String(ID_LENGTH), nullable=False),
    sa.Column("feed", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("requested_at", UtcDateTime, nullable=False),
    sa.Column("registered_at", UtcDateTime),
    sa.Column("outcome", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("detail", sa.Text),
    sa.Column("external_id", sa.String(ID_LENGTH)),
    sa.PrimaryKeyConstraint("carrier", "tracking_number", "feed"),
    sa.ForeignKeyConstraint(
        ["carrier", "tracking_number"],
        ["parcels.carrier", "parcels.tracking_number"],
        deferrable=True,
        initially="DEFERRED",
    ),
    sa.CheckConstraint(one_of("feed", FEEDS), name="feed"),
    sa.CheckConstraint(one_of("outcome", REGISTRATION_OUTCOMES), name="outcome"),
    comment="Registration of a parcel with a source (17TRACK register, Kuaidi100 subscribe, "
    "AfterShip create): pending until the source answered.",
)

webhook_bodies = sa.Table(
    "webhook_bodies",
    metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("body", sa.Text, nullable=False),
    comment="Bodies of webhook deliveries, once per content (sha256 of the UTF-8 text): a "
    "source that delivers the same body again adds a delivery, not a copy of the body.",
)

webhook_deliveries = sa.Table(
    "webhook_deliveries",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("feed", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("channel", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("received_at", UtcDateTime, nullable=False),
    sa.Column("content_type", sa.String(ID_LENGTH)),
    sa.Column("body_sha256", sa.String(64), nullable=False),
    # Empty for a replay (`sellerstar feeds replay`): no signature was checked.
    sa.Column("signature_ok", sa.Boolean),
    sa.Column("kind", sa.String(64)),
    sa.Column("outcome", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("events", sa.Integer, nullable=False),
    sa.Column("new_events", sa.Integer, nullable=False),
    sa.Column("carrier", sa.String(ID_LENGTH)),
    sa.Column("tracking_number", sa.String(ID_LENGTH)),
    sa.Column("detail", sa.Text),
    sa.ForeignKeyConstraint(["body_sha256"], ["webhook_bodies.sha256"]),
    sa.CheckConstraint(one_of("feed", FEEDS), name="feed"),
    sa.CheckConstraint(one_of("channel", DELIVERY_CHANNELS), name="channel"),
    sa.CheckConstraint(one_of("outcome", DELIVERY_OUTCOMES), name="outcome"),
    sa.Index(None, "received_at"),
    sa.Index(None, "carrier", "tracking_number"),
    # The body is in webhook_bodies (the comment predates it: PostgreSQL keeps comments).
    comment="Every acknowledged webhook delivery (and replay) as received, written in the "
    "transaction of its events; a delivery with a bad signature is not kept.",
)
