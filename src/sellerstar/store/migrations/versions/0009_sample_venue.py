"""Discount sample venue (rulebook §4): sample orders and cancellations on orders,
registrations, places under the cap and the right to register, daily eligibility

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 12:38:21.433128
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sample_eligibility",
        sa.Column("stat_date", sa.Date(), nullable=False),
        sa.Column("product_id", sa.String(length=128), nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("eligible", sa.Boolean(), nullable=False),
        sa.Column("reasons", sa.String(length=400), nullable=False),
        sa.Column("rule_set_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("stat_date", "product_id", name=op.f("pk_sample_eligibility")),
        comment=(
            "The daily check of every registration holding a place: the same rules and output "
            "as `sellerstar samples check` (reasons = failing rule codes, `;`-separated)."
        ),
    )
    with op.batch_alter_table("sample_eligibility", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sample_eligibility_merchant_id_stat_date"),
            ["merchant_id", "stat_date"],
            unique=False,
        )

    op.create_table(
        "sample_merchants",
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("places_taken", sa.Integer(), server_default="0", nullable=False),
        sa.Column("lost_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lost_order_id", sa.String(length=128), nullable=True),
        sa.CheckConstraint(
            "places_taken >= 0", name=op.f("ck_sample_merchants_places_taken_not_negative")
        ),
        sa.PrimaryKeyConstraint("merchant_id", name=op.f("pk_sample_merchants")),
        comment=(
            "Per merchant: registrations holding a place under the cap, and whether the right "
            "to register is lost now."
        ),
    )
    op.create_table(
        "sample_registrations",
        sa.Column("registration_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("product_id", sa.String(length=128), nullable=False),
        sa.Column("discount_price_usd", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("registered_by", sa.String(length=128), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=128), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("holds_place", sa.Integer(), nullable=True),
        sa.Column("in_venue", sa.Boolean(), nullable=False),
        sa.Column("industry", sa.String(length=200), nullable=False),
        sa.Column("leaf_category", sa.String(length=200), nullable=False),
        sa.Column("growth_score", sa.Integer(), nullable=False),
        sa.Column("sample_price_usd", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "state IN ('active', 'suspended', 'withdrawn', 'ended')",
            name=op.f("ck_sample_registrations_state"),
        ),
        sa.CheckConstraint(
            "discount_price_usd > 0", name=op.f("ck_sample_registrations_discount_price_positive")
        ),
        sa.CheckConstraint(
            "holds_place IS NULL OR holds_place = 1",
            name=op.f("ck_sample_registrations_holds_place_flag"),
        ),
        sa.PrimaryKeyConstraint("registration_id", name=op.f("pk_sample_registrations")),
        comment=(
            "A merchant's registration of a product for the discount sample venue, with its "
            "discounted sample price; withdrawn and ended ones stay as history."
        ),
    )
    with op.batch_alter_table("sample_registrations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sample_registrations_merchant_id_state"),
            ["merchant_id", "state"],
            unique=False,
        )
        batch_op.create_index(
            "uq_sample_registrations_product_place", ["product_id", "holds_place"], unique=True
        )

    op.create_table(
        "sample_right_losses",
        sa.Column("loss_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("order_id", sa.String(length=128), nullable=False),
        sa.Column("failure", sa.String(length=32), nullable=False),
        sa.Column("failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("restored_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("restored_by", sa.String(length=128), nullable=True),
        sa.Column("restore_note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("loss_id", name=op.f("pk_sample_right_losses")),
        sa.UniqueConstraint("order_id", name=op.f("uq_sample_right_losses_order_id")),
        comment=(
            "Each sample order a merchant failed to fulfil (not shipped in time, or cancelled "
            "by the merchant after payment) and the restoration that ended the loss."
        ),
    )
    with op.batch_alter_table("sample_right_losses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sample_right_losses_merchant_id_failed_at"),
            ["merchant_id", "failed_at"],
            unique=False,
        )

    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sample_product_id", sa.String(length=128), nullable=True))
        batch_op.add_column(sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("cancelled_by", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_column("cancelled_by")
        batch_op.drop_column("cancelled_at")
        batch_op.drop_column("sample_product_id")

    with op.batch_alter_table("sample_right_losses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sample_right_losses_merchant_id_failed_at"))

    op.drop_table("sample_right_losses")
    with op.batch_alter_table("sample_registrations", schema=None) as batch_op:
        batch_op.drop_index("uq_sample_registrations_product_place")
        batch_op.drop_index(batch_op.f("ix_sample_registrations_merchant_id_state"))

    op.drop_table("sample_registrations")
    op.drop_table("sample_merchants")
    with op.batch_alter_table("sample_eligibility", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sample_eligibility_merchant_id_stat_date"))

    op.drop_table("sample_eligibility")
