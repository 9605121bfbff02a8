"""Initial schema: the data-contract tables, users and tokens, audit log, results, job runs.

Revision ID: 0001
Revises:
Create Date: 2025-01-01 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Created in dependency order; dropped in reverse.
_TABLES: tuple[str, ...] = (
    "merchants",
    "accounts",
    "orders",
    "shipments",
    "tracking_events",
    "tracking_appeals",
    "guarantee_enrolments",
    "products",
    "users",
    "api_tokens",
    "audit_log",
    "merchant_metrics",
    "order_tracking",
    "job_runs",
)


def upgrade() -> None:
    op.create_table(
        "merchants",
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("main_industry", sa.Text(), nullable=True),
        sa.Column("membership", sa.String(length=32), nullable=False),
        sa.Column("ta_status", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("merchant_id", name=op.f("pk_merchants")),
        comment="Merchants (sellers) and their membership and trade-assurance admission.",
    )

    op.create_table(
        "accounts",
        sa.Column("account_id", sa.String(length=128), nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["merchant_id"],
            ["merchants.merchant_id"],
            name=op.f("fk_accounts_merchant_id_merchants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_accounts")),
        comment="A merchant's staff accounts: one main account and its sub-accounts.",
    )
    op.create_index(op.f("ix_accounts_merchant_id"), "accounts", ["merchant_id"])

    op.create_table(
        "orders",
        sa.Column("order_id", sa.String(length=128), nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("owner_account_id", sa.String(length=128), nullable=True),
        sa.Column("buyer_id", sa.String(length=128), nullable=False),
        sa.Column("trade_assurance", sa.Boolean(), nullable=False),
        sa.Column("destination_country", sa.String(length=2), nullable=False),
        sa.Column("trade_term", sa.String(length=32), nullable=False),
        sa.Column("export_mode", sa.String(length=32), nullable=False),
        sa.Column("transport", sa.String(length=32), nullable=False),
        sa.Column("payment_method", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("paid_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ship_by", sa.DateTime(timezone=True), nullable=True),
        sa.Column("shipped_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("amount_usd", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("all_items_rts", sa.Boolean(), nullable=False),
        sa.Column("delivery_promise", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["merchant_id"],
            ["merchants.merchant_id"],
            name=op.f("fk_orders_merchant_id_merchants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["owner_account_id"],
            ["accounts.account_id"],
            name=op.f("fk_orders_owner_account_id_accounts"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("order_id", name=op.f("pk_orders")),
        comment="Orders, trade-assurance and other.",
    )
    op.create_index(
        op.f("ix_orders_merchant_id_shipped_at"), "orders", ["merchant_id", "shipped_at"]
    )
    op.create_index(op.f("ix_orders_owner_account_id"), "orders", ["owner_account_id"])

    op.create_table(
        "shipments",
        sa.Column("shipment_id", sa.String(length=128), nullable=False),
        sa.Column("order_id", sa.String(length=128), nullable=False),
        sa.Column("carrier", sa.Text(), nullable=False),
        sa.Column("tracking_number", sa.Text(), nullable=False),
        sa.Column("transport", sa.String(length=32), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("replaced_by", sa.String(length=128), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.order_id"],
            name=op.f("fk_shipments_order_id_orders"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["replaced_by"],
            ["shipments.shipment_id"],
            name=op.f("fk_shipments_replaced_by_shipments"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("shipment_id", name=op.f("pk_shipments")),
        comment="One row per logistics document (shipment batch) of an order.",
    )
    op.create_index(
        op.f("ix_shipments_carrier_tracking_number"), "shipments", ["carrier", "tracking_number"]
    )
    op.create_index(op.f("ix_shipments_order_id"), "shipments", ["order_id"])
    op.create_index(op.f("ix_shipments_replaced_by"), "shipments", ["replaced_by"])

    op.create_table(
        "tracking_events",
        sa.Column("event_key", sa.String(length=64), nullable=False),
        sa.Column("carrier", sa.Text(), nullable=False),
        sa.Column("tracking_number", sa.Text(), nullable=False),
        sa.Column("event_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("event_key", name=op.f("pk_tracking_events")),
        comment="Carrier scans, keyed by parcel (carrier + tracking number).",
    )
    op.create_index(
        op.f("ix_tracking_events_carrier_tracking_number_received_at"),
        "tracking_events",
        ["carrier", "tracking_number", "received_at"],
    )

    op.create_table(
        "tracking_appeals",
        sa.Column("appeal_id", sa.String(length=128), nullable=False),
        sa.Column("order_id", sa.String(length=128), nullable=False),
        sa.Column("shipment_id", sa.String(length=128), nullable=False),
        sa.Column("appeal_type", sa.String(length=32), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.order_id"],
            name=op.f("fk_tracking_appeals_order_id_orders"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["shipment_id"],
            ["shipments.shipment_id"],
            name=op.f("fk_tracking_appeals_shipment_id_shipments"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("appeal_id", name=op.f("pk_tracking_appeals")),
        comment="Merchants' appeals against a failing shipment's tracking judgement.",
    )
    op.create_index(op.f("ix_tracking_appeals_order_id"), "tracking_appeals", ["order_id"])
    op.create_index(op.f("ix_tracking_appeals_shipment_id"), "tracking_appeals", ["shipment_id"])

    op.create_table(
        "guarantee_enrolments",
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("left_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["merchant_id"],
            ["merchants.merchant_id"],
            name=op.f("fk_guarantee_enrolments_merchant_id_merchants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("merchant_id", "joined_at", name=op.f("pk_guarantee_enrolments")),
        comment="Periods of enrolment in the guaranteed upgrade service.",
    )

    op.create_table(
        "products",
        sa.Column("product_id", sa.String(length=128), nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("owner_account_id", sa.String(length=128), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("leaf_category", sa.Text(), nullable=False),
        sa.Column("industry", sa.Text(), nullable=False),
        sa.Column("is_rts", sa.Boolean(), nullable=False),
        sa.Column("ships_within_days", sa.Integer(), nullable=True),
        sa.Column("stock", sa.Integer(), nullable=False),
        sa.Column("growth_score", sa.Integer(), nullable=False),
        sa.Column("samples_supported", sa.Boolean(), nullable=False),
        sa.Column("sample_price_usd", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["merchant_id"],
            ["merchants.merchant_id"],
            name=op.f("fk_products_merchant_id_merchants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["owner_account_id"],
            ["accounts.account_id"],
            name=op.f("fk_products_owner_account_id_accounts"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("product_id", name=op.f("pk_products")),
        comment="Product listings.",
    )
    op.create_index(op.f("ix_products_merchant_id"), "products", ["merchant_id"])

    op.create_table(
        "users",
        sa.Column("user_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("login", sa.String(length=128), nullable=False),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=True),
        sa.Column("account_id", sa.String(length=128), nullable=True),
        sa.Column("password_hash", sa.Text(), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(role = 'operator' AND merchant_id IS NULL AND account_id IS NULL)"
            " OR (role = 'merchant_main' AND merchant_id IS NOT NULL)"
            " OR (role = 'merchant_sub' AND merchant_id IS NOT NULL AND account_id IS NOT NULL)",
            name=op.f("ck_users_role_scope"),
        ),
        sa.CheckConstraint(
            "role IN ('operator', 'merchant_main', 'merchant_sub')", name=op.f("ck_users_role")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.account_id"], name=op.f("fk_users_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["merchant_id"], ["merchants.merchant_id"], name=op.f("fk_users_merchant_id_merchants")
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_users")),
        sa.UniqueConstraint("login", name=op.f("uq_users_login")),
        comment="People who sign in: operators and merchant staff (main or sub-account).",
    )
    op.create_index(op.f("ix_users_merchant_id"), "users", ["merchant_id"])

    op.create_table(
        "api_tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.user_id"],
            name=op.f("fk_api_tokens_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_api_tokens")),
        comment="API tokens; only the sha256 of a token is kept.",
    )
    op.create_index(op.f("ix_api_tokens_user_id"), "api_tokens", ["user_id"])

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=128), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity_type", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=128), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        comment="Every state change: who (login, 'system' or 'import'), what, on which entity.",
    )
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"])
    op.create_index(
        op.f("ix_audit_log_entity_type_entity_id"), "audit_log", ["entity_type", "entity_id"]
    )

    op.create_table(
        "merchant_metrics",
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("stat_date", sa.Date(), nullable=False),
        sa.Column("tv_orders", sa.Integer(), nullable=True),
        sa.Column("tv_passing", sa.Integer(), nullable=True),
        sa.Column("tv_rate", sa.Double(), nullable=True),
        sa.Column("gd_enrolled", sa.Boolean(), nullable=True),
        sa.Column("gd_orders", sa.Integer(), nullable=True),
        sa.Column("gd_guaranteed", sa.Integer(), nullable=True),
        sa.Column("gd_rate", sa.Double(), nullable=True),
        sa.Column("gd_default_pass", sa.Boolean(), nullable=True),
        sa.Column("ots_due", sa.Integer(), nullable=False),
        sa.Column("ots_on_time", sa.Integer(), nullable=False),
        sa.Column("ots_rate", sa.Double(), nullable=True),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rule_set_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("merchant_id", "stat_date", name=op.f("pk_merchant_metrics")),
        comment="Daily metrics per merchant and stat date, as computed by the metric job.",
    )

    op.create_table(
        "order_tracking",
        sa.Column("stat_date", sa.Date(), nullable=False),
        sa.Column("order_id", sa.String(length=128), nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("owner_account_id", sa.String(length=128), nullable=True),
        sa.Column("ship_date", sa.Date(), nullable=False),
        sa.Column("counted_pass", sa.Boolean(), nullable=False),
        sa.Column("shown_pass", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("appeal_window_open", sa.Boolean(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rule_set_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("stat_date", "order_id", name=op.f("pk_order_tracking")),
        comment=(
            "Tracking-visibility judgement per order and stat date, as computed by the metric job."
        ),
    )
    op.create_index(
        op.f("ix_order_tracking_merchant_id_stat_date"),
        "order_tracking",
        ["merchant_id", "stat_date"],
    )

    op.create_table(
        "job_runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("job", sa.String(length=64), nullable=False),
        sa.Column("params", sa.JSON(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "status IN ('running', 'succeeded', 'failed')", name=op.f("ck_job_runs_status")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_runs")),
        comment="Batch jobs (imports, daily metric runs): parameters, outcome, timing.",
    )
    op.create_index(op.f("ix_job_runs_job_started_at"), "job_runs", ["job", "started_at"])


def downgrade() -> None:
    for table in reversed(_TABLES):
        op.drop_table(table)
