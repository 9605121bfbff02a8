"""The service market: catalogue, launch-day coupons; merchants.country

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 16:45:45.395348
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "market_providers",
        sa.Column("provider_id", sa.String(length=128), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("provider_id", name=op.f("pk_market_providers")),
        comment="Providers of the service market's tools and services.",
    )
    op.create_table(
        "market_tools",
        sa.Column("tool_id", sa.String(length=128), nullable=False),
        sa.Column("provider_id", sa.String(length=128), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("sub_category", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("description_en", sa.Text(), nullable=False),
        sa.Column("price_cny", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("price_unit", sa.String(length=32), nullable=False),
        sa.Column("launch_price_cny", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("coupon_stock", sa.Integer(), server_default="0", nullable=False),
        sa.Column("coupons_left", sa.Integer(), server_default="0", nullable=False),
        sa.Column("listed", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=128), nullable=False),
        sa.CheckConstraint(
            "category IN ('shop_design', 'live_stream', 'app_tool', 'shooting')",
            name=op.f("ck_market_tools_category"),
        ),
        sa.CheckConstraint(
            "price_unit IN ('month', 'year', 'once')", name=op.f("ck_market_tools_price_unit")
        ),
        sa.CheckConstraint(
            "coupon_stock >= 0", name=op.f("ck_market_tools_coupon_stock_not_negative")
        ),
        sa.CheckConstraint(
            "coupons_left >= 0 AND coupons_left <= coupon_stock",
            name=op.f("ck_market_tools_coupons_left_in_stock"),
        ),
        sa.CheckConstraint(
            "launch_price_cny IS NULL OR launch_price_cny >= 0",
            name=op.f("ck_market_tools_launch_price_not_negative"),
        ),
        sa.CheckConstraint("price_cny >= 0", name=op.f("ck_market_tools_price_not_negative")),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["market_providers.provider_id"],
            name=op.f("fk_market_tools_provider_id_market_providers"),
        ),
        sa.PrimaryKeyConstraint("tool_id", name=op.f("pk_market_tools")),
        comment="The service market's catalogue: a tool or service, its provider, price, "
        "launch-day price and the launch coupons' stock and how many are left.",
    )
    with op.batch_alter_table("market_tools", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_market_tools_category_tool_id"), ["category", "tool_id"], unique=False
        )

    op.create_table(
        "market_coupons",
        sa.Column("coupon_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("tool_id", sa.String(length=128), nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("main_account_id", sa.String(length=128), nullable=True),
        sa.Column("claimed_by", sa.String(length=128), nullable=False),
        sa.Column("claimant_account_id", sa.String(length=128), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("valid_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("rule_set_id", sa.String(length=64), nullable=False),
        sa.CheckConstraint("valid_until >= valid_on", name=op.f("ck_market_coupons_valid_period")),
        sa.ForeignKeyConstraint(
            ["tool_id"],
            ["market_tools.tool_id"],
            name=op.f("fk_market_coupons_tool_id_market_tools"),
        ),
        sa.PrimaryKeyConstraint("coupon_id", name=op.f("pk_market_coupons")),
        sa.UniqueConstraint(
            "tool_id", "merchant_id", name=op.f("uq_market_coupons_tool_id_merchant_id")
        ),
        comment="A launch-day coupon of a tool claimed for a merchant's main account: one per "
        "tool per merchant (unique), valid from valid_on to valid_until.",
    )
    with op.batch_alter_table("market_coupons", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_market_coupons_merchant_id_claimed_at"),
            ["merchant_id", "claimed_at"],
            unique=False,
        )

    with op.batch_alter_table("merchants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("country", sa.String(length=2), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("merchants", schema=None) as batch_op:
        batch_op.drop_column("country")

    with op.batch_alter_table("market_coupons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_market_coupons_merchant_id_claimed_at"))

    op.drop_table("market_coupons")
    with op.batch_alter_table("market_tools", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_market_tools_category_tool_id"))

    op.drop_table("market_tools")
    op.drop_table("market_providers")
