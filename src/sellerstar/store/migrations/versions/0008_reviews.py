"""Reviews (rulebook §5): the review contract tables, orders.received_at, the daily figures
and the brushing queue

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 07:15:07.710185
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "brushing_cases",
        sa.Column("case_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("confirmed_by", sa.String(length=128), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("review_count", sa.Integer(), nullable=False),
        sa.Column("points", sa.Double(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_brushing_cases")),
        comment=(
            "A confirmed brushing case: the operator, when, how many reviews, the penalty "
            "points recorded in the ledger."
        ),
    )
    with op.batch_alter_table("brushing_cases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_brushing_cases_merchant_id"), ["merchant_id"], unique=False
        )

    op.create_table(
        "buyers",
        sa.Column("buyer_id", sa.String(length=128), nullable=False),
        sa.Column("tier", sa.String(length=32), nullable=False),
        sa.Column("badge", sa.String(length=32), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.PrimaryKeyConstraint("buyer_id", name=op.f("pk_buyers")),
        comment=(
            "Buyers who review: their tier (L0–L4), the badge the marketplace gave them "
            "(empty, `platinum` or `pro`) and their country."
        ),
    )
    op.create_table(
        "review_merchant_rankings",
        sa.Column("stat_date", sa.Date(), nullable=False),
        sa.Column("list", sa.String(length=200), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("score", sa.Double(), nullable=False),
        sa.PrimaryKeyConstraint(
            "stat_date", "list", "rank", name=op.f("pk_review_merchant_rankings")
        ),
        comment="Daily merchant ranking lists (`all`, `industry:<name>`; rulebook §5.5).",
    )
    with op.batch_alter_table("review_merchant_rankings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_merchant_rankings_merchant_id_stat_date"),
            ["merchant_id", "stat_date"],
            unique=False,
        )

    op.create_table(
        "review_product_rankings",
        sa.Column("stat_date", sa.Date(), nullable=False),
        sa.Column("leaf_category", sa.String(length=200), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.String(length=128), nullable=False),
        sa.Column("score", sa.Double(), nullable=False),
        sa.PrimaryKeyConstraint(
            "stat_date", "leaf_category", "rank", name=op.f("pk_review_product_rankings")
        ),
        comment=(
            "Daily product ranking per leaf category (rulebook §5.5; formula in docs/reviews.md)."
        ),
    )
    with op.batch_alter_table("review_product_rankings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_product_rankings_product_id_stat_date"),
            ["product_id", "stat_date"],
            unique=False,
        )

    op.create_table(
        "review_products",
        sa.Column("stat_date", sa.Date(), nullable=False),
        sa.Column("product_id", sa.String(length=128), nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("review_count", sa.Integer(), nullable=False),
        sa.Column("rating", sa.Double(), nullable=True),
        sa.Column("keyword", sa.Text(), nullable=True),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("well_reviewed", sa.Boolean(), nullable=False),
        sa.Column("selected", sa.Boolean(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "state IN ('reviewed', 'store_only', 'none')", name=op.f("ck_review_products_state")
        ),
        sa.PrimaryKeyConstraint("stat_date", "product_id", name=op.f("pk_review_products")),
        comment=(
            "Per listed product and stat date: counted review count, rating (mean product "
            "quality), keyword, the product page's block, and membership of the well-reviewed"
            " pool and the selected products."
        ),
    )
    with op.batch_alter_table("review_products", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_products_merchant_id_stat_date"),
            ["merchant_id", "stat_date"],
            unique=False,
        )

    op.create_table(
        "review_states",
        sa.Column("stat_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("review_id", sa.String(length=128), nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.Column("positive", sa.Boolean(), nullable=True),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("stat_date", "kind", "review_id", name=op.f("pk_review_states")),
        comment=(
            "Per review and stat date: why it does not count (transaction) or is not shown "
            "(direct), empty when it does; for direct reviews whether the content is "
            "positive."
        ),
    )
    with op.batch_alter_table("review_states", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_states_merchant_id_stat_date"),
            ["merchant_id", "stat_date"],
            unique=False,
        )

    op.create_table(
        "review_store_ratings",
        sa.Column("stat_date", sa.Date(), nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("rating", sa.Double(), nullable=False),
        sa.Column("label", sa.String(length=32), nullable=False),
        sa.Column("review_count", sa.Integer(), nullable=False),
        sa.Column("rule_set_id", sa.String(length=64), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("stat_date", "merchant_id", name=op.f("pk_review_store_ratings")),
        comment=(
            "Store rating per merchant and stat date (rulebook §5.8): the mean of the three "
            "dimension means over the counted transaction reviews of the lookback, its label;"
            " the star level's buyer review score."
        ),
    )
    with op.batch_alter_table("review_store_ratings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_store_ratings_merchant_id_stat_date"),
            ["merchant_id", "stat_date"],
            unique=False,
        )

    op.create_table(
        "brushing_suspects",
        sa.Column("review_id", sa.String(length=128), nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("score", sa.Double(), nullable=False),
        sa.Column("signals", sa.String(length=200), nullable=False),
        sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("decided_by", sa.String(length=128), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(state = 'confirmed') = (case_id IS NOT NULL)",
            name=op.f("ck_brushing_suspects_case_when_confirmed"),
        ),
        sa.CheckConstraint(
            "(state = 'pending') = (decided_at IS NULL)",
            name=op.f("ck_brushing_suspects_decided_when_not_pending"),
        ),
        sa.CheckConstraint(
            "state IN ('pending', 'confirmed', 'dismissed')",
            name=op.f("ck_brushing_suspects_state"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["brushing_cases.case_id"],
            name=op.f("fk_brushing_suspects_case_id_brushing_cases"),
        ),
        sa.PrimaryKeyConstraint("review_id", name=op.f("pk_brushing_suspects")),
        comment=(
            "Reviews the brushing detector suspects (score, signals) and the operators' "
            "decision: pending, confirmed (in a case) or dismissed."
        ),
    )
    with op.batch_alter_table("brushing_suspects", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_brushing_suspects_state_merchant_id"),
            ["state", "merchant_id"],
            unique=False,
        )

    op.create_table(
        "business_actions",
        sa.Column("action_id", sa.String(length=128), nullable=False),
        sa.Column("buyer_id", sa.String(length=128), nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("product_id", sa.String(length=128), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["buyer_id"],
            ["buyers.buyer_id"],
            name=op.f("fk_business_actions_buyer_id_buyers"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["merchant_id"],
            ["merchants.merchant_id"],
            name=op.f("fk_business_actions_merchant_id_merchants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.product_id"],
            name=op.f("fk_business_actions_product_id_products"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("action_id", name=op.f("pk_business_actions")),
        comment=(
            "A buyer's business-opportunity actions with a merchant (inquiry, chat, RFQ "
            "quote, sample request, order), optionally about a product: who may leave a "
            "direct review, and the inquiry figures of the rankings."
        ),
    )
    op.create_table(
        "direct_reviews",
        sa.Column("review_id", sa.String(length=128), nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("product_id", sa.String(length=128), nullable=True),
        sa.Column("buyer_id", sa.String(length=128), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("basis", sa.String(length=32), nullable=False),
        sa.Column("communication", sa.Integer(), nullable=False),
        sa.Column("capability", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["buyer_id"],
            ["buyers.buyer_id"],
            name=op.f("fk_direct_reviews_buyer_id_buyers"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["merchant_id"],
            ["merchants.merchant_id"],
            name=op.f("fk_direct_reviews_merchant_id_merchants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.product_id"],
            name=op.f("fk_direct_reviews_product_id_products"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("review_id", name=op.f("pk_direct_reviews")),
        comment=(
            "Direct reviews (rulebook §5.1): from a high-tier buyer after a business-"
            "opportunity action (`opportunity`) or from a buyer who paid and has not "
            "confirmed receipt (`paid_unconfirmed`); communication 1–5, manufacturing or "
            "trading capability 1–5 (optional, collected only), text."
        ),
    )
    op.create_table(
        "order_judgements",
        sa.Column("order_id", sa.String(length=128), nullable=False),
        sa.Column("judgement", sa.String(length=32), nullable=False),
        sa.Column("judged_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.order_id"],
            name=op.f("fk_order_judgements_order_id_orders"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("order_id", "judgement", name=op.f("pk_order_judgements")),
        comment=(
            "Orders the platform judged improper or abnormal; their reviews never count from "
            "the judgement on."
        ),
    )
    op.create_table(
        "transaction_reviews",
        sa.Column("review_id", sa.String(length=128), nullable=False),
        sa.Column("order_id", sa.String(length=128), nullable=False),
        sa.Column("product_id", sa.String(length=128), nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("buyer_id", sa.String(length=128), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("product_quality", sa.Integer(), nullable=False),
        sa.Column("supplier_service", sa.Integer(), nullable=False),
        sa.Column("on_time_shipment", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["buyer_id"],
            ["buyers.buyer_id"],
            name=op.f("fk_transaction_reviews_buyer_id_buyers"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["merchant_id"],
            ["merchants.merchant_id"],
            name=op.f("fk_transaction_reviews_merchant_id_merchants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.order_id"],
            name=op.f("fk_transaction_reviews_order_id_orders"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.product_id"],
            name=op.f("fk_transaction_reviews_product_id_products"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("review_id", name=op.f("pk_transaction_reviews")),
        comment=(
            "Reviews a buyer left after confirming receipt of an order (`received_at`): "
            "product quality, supplier service and on-time shipment, 1–5 each, and an "
            "optional text."
        ),
    )
    op.create_table(
        "confirmed_brushing",
        sa.Column("review_id", sa.String(length=128), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["transaction_reviews.review_id"],
            name=op.f("fk_confirmed_brushing_review_id_transaction_reviews"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("review_id", name=op.f("pk_confirmed_brushing")),
        comment=(
            "Transaction reviews the marketplace's own integrity team confirmed as brushing; "
            "from `confirmed_at` on they never count, like the ones sellerstar's operators "
            "confirm in the brushing queue."
        ),
    )
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("received_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:

    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_column("received_at")

    op.drop_table("confirmed_brushing")
    op.drop_table("transaction_reviews")
    op.drop_table("order_judgements")
    op.drop_table("direct_reviews")
    op.drop_table("business_actions")
    with op.batch_alter_table("brushing_suspects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_brushing_suspects_state_merchant_id"))

    op.drop_table("brushing_suspects")
    with op.batch_alter_table("review_store_ratings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_store_ratings_merchant_id_stat_date"))

    op.drop_table("review_store_ratings")
    with op.batch_alter_table("review_states", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_states_merchant_id_stat_date"))

    op.drop_table("review_states")
    with op.batch_alter_table("review_products", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_products_merchant_id_stat_date"))

    op.drop_table("review_products")
    with op.batch_alter_table("review_product_rankings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_product_rankings_product_id_stat_date"))

    op.drop_table("review_product_rankings")
    with op.batch_alter_table("review_merchant_rankings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_merchant_rankings_merchant_id_stat_date"))

    op.drop_table("review_merchant_rankings")
    op.drop_table("buyers")
    with op.batch_alter_table("brushing_cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_brushing_cases_merchant_id"))

    op.drop_table("brushing_cases")
