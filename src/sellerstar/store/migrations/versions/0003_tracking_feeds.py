"""Tracking feeds: parcels, their registrations with sources, raw webhook deliveries.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 14:02:18
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "parcels",
        sa.Column("carrier", sa.String(length=128), nullable=False),
        sa.Column("tracking_number", sa.String(length=128), nullable=False),
        sa.Column("number_key", sa.String(length=128), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_fetched_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("stopped_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("matched_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("carrier", "tracking_number", name=op.f("pk_parcels")),
        comment=(
            "Parcels (carrier + tracking number) the feeds know: uploaded ones and ones a "
            "source pushed before any shipment named them (matched_at empty until one "
            "does)."
        ),
    )
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parcels_number_key"), ["number_key"], unique=False)

    op.create_table(
        "webhook_deliveries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("feed", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("content_type", sa.String(length=128), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("signature_ok", sa.Boolean(), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.Column("new_events", sa.Integer(), nullable=False),
        sa.Column("carrier", sa.String(length=128), nullable=True),
        sa.Column("tracking_number", sa.String(length=128), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "channel IN ('webhook', 'replay')", name=op.f("ck_webhook_deliveries_channel")
        ),
        sa.CheckConstraint(
            "feed IN ('17track', 'aftership', 'kuaidi100')", name=op.f("ck_webhook_deliveries_feed")
        ),
        sa.CheckConstraint(
            "outcome IN ('stored', 'ignored', 'malformed')",
            name=op.f("ck_webhook_deliveries_outcome"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhook_deliveries")),
        comment=(
            "Every acknowledged webhook delivery (and replay) as received, written in the "
            "transaction of its events; a delivery with a bad signature is not kept."
        ),
    )
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_webhook_deliveries_carrier_tracking_number"),
            ["carrier", "tracking_number"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_webhook_deliveries_received_at"), ["received_at"], unique=False
        )

    op.create_table(
        "parcel_registrations",
        sa.Column("carrier", sa.String(length=128), nullable=False),
        sa.Column("tracking_number", sa.String(length=128), nullable=False),
        sa.Column("feed", sa.String(length=32), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("external_id", sa.String(length=128), nullable=True),
        sa.CheckConstraint(
            "feed IN ('17track', 'aftership', 'kuaidi100')",
            name=op.f("ck_parcel_registrations_feed"),
        ),
        sa.CheckConstraint(
            "outcome IN ('pending', 'registered', 'failed')",
            name=op.f("ck_parcel_registrations_outcome"),
        ),
        sa.ForeignKeyConstraint(
            ["carrier", "tracking_number"],
            ["parcels.carrier", "parcels.tracking_number"],
            name=op.f("fk_parcel_registrations_carrier_tracking_number_parcels"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint(
            "carrier", "tracking_number", "feed", name=op.f("pk_parcel_registrations")
        ),
        comment=(
            "Registration of a parcel with a source (17TRACK register, Kuaidi100 "
            "subscribe, AfterShip create): pending until the source answered."
        ),
    )


def downgrade() -> None:
    op.drop_table("parcel_registrations")
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_webhook_deliveries_received_at"))
        batch_op.drop_index(batch_op.f("ix_webhook_deliveries_carrier_tracking_number"))

    op.drop_table("webhook_deliveries")
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parcels_number_key"))

    op.drop_table("parcels")
