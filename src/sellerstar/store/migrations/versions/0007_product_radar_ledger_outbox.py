"""Product radar (tasks, findings, scans, reviews, ip_rights), the ledger (expiry, imported
violations), the notification outbox

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 04:21:24.225924
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "violations",
        sa.Column("violation_id", sa.String(length=128), nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("rule", sa.Text(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("points", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["merchant_id"],
            ["merchants.merchant_id"],
            name=op.f("fk_violations_merchant_id_merchants"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("violation_id", name=op.f("pk_violations")),
        comment=(
            "Penalty points the marketplace recorded for violations sellerstar does not see "
            "(its own rule, date, points, optional expiry); they join the penalty-points "
            "ledger with the radar's and the guaranteed service's points."
        ),
    )
    op.create_table(
        "ip_rights",
        sa.Column("right_id", sa.String(length=128), nullable=False),
        sa.Column("holder", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("mark", sa.Text(), nullable=False),
        sa.Column("aliases", sa.Text(), nullable=True),
        sa.Column("image_path", sa.Text(), nullable=True),
        sa.Column("goods", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("right_id", name=op.f("pk_ip_rights")),
        comment=(
            "Protected intellectual property the product radar looks for: a trademark, patent"
            " or design, its word mark or product name, other spellings (`;`-separated) and "
            "an optional reference image (path relative to the input folder), and the goods "
            "and services the right covers (`;`-separated words in any language, e.g. "
            "`shoes;apparel;bag;鞋;服装`; empty = unknown)."
        ),
    )
    op.create_table(
        "notifications",
        sa.Column("notification_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=True),
        sa.Column("topic", sa.String(length=32), nullable=False),
        sa.Column("subject_id", sa.String(length=128), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("notification_id", name=op.f("pk_notifications")),
        sa.UniqueConstraint("topic", "subject_id", name=op.f("uq_notifications_topic_subject_id")),
        comment=(
            "Notification outbox: messages to merchants, written with the event that causes "
            "them; sent_at empty until delivered."
        ),
    )
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_notifications_merchant_id_created_at"),
            ["merchant_id", "created_at"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_notifications_sent_at_created_at"),
            ["sent_at", "created_at"],
            unique=False,
        )

    op.create_table(
        "radar_scans",
        sa.Column("product_id", sa.String(length=128), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("rights_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("scanned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("findings", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("product_id", name=op.f("pk_radar_scans")),
        comment=(
            "The product content (sha256 of title, description, brand, image) and the set of "
            "rights last scanned, so the daily job scans only new and changed products."
        ),
    )
    op.create_table(
        "radar_tasks",
        sa.Column("task_id", sa.String(length=128), nullable=False),
        sa.Column("product_id", sa.String(length=128), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("right_id", sa.String(length=128), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.product_id"],
            name=op.f("fk_radar_tasks_product_id_products"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["right_id"],
            ["ip_rights.right_id"],
            name=op.f("fk_radar_tasks_right_id_ip_rights"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("task_id", name=op.f("pk_radar_tasks")),
        comment=(
            "Rectification tasks of the product radar (rulebook §3). The platform's other "
            "checks (logistics, service, price, other) are imported here; sellerstar opens "
            "the suspected-IP tasks itself with the same columns."
        ),
    )
    with op.batch_alter_table("radar_tasks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_radar_tasks_product_id"), ["product_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_radar_tasks_status_created_at"), ["status", "created_at"], unique=False
        )

    op.create_table(
        "radar_findings",
        sa.Column("finding_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("task_id", sa.String(length=128), nullable=False),
        sa.Column("product_id", sa.String(length=128), nullable=False),
        sa.Column("right_id", sa.String(length=128), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("matched_text", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=32), nullable=False),
        sa.Column("score", sa.Double(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rule_set_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["radar_tasks.task_id"],
            name=op.f("fk_radar_findings_task_id_radar_tasks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("finding_id", name=op.f("pk_radar_findings")),
        comment=(
            "Why a suspected-IP task was opened: the right, the matched text and its span in "
            "the field, the normalisation step that fired and the score."
        ),
    )
    with op.batch_alter_table("radar_findings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_radar_findings_product_id_right_id"),
            ["product_id", "right_id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_radar_findings_task_id"), ["task_id"], unique=False)

    op.create_table(
        "radar_reviews",
        sa.Column("review_id", sa.String(length=128), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("task_id", sa.String(length=128), nullable=True),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("product_id", sa.String(length=128), nullable=True),
        sa.Column("right_id", sa.String(length=128), nullable=True),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("submitted_by", sa.String(length=128), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("qualification_kind", sa.String(length=32), nullable=True),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("file_content_type", sa.String(length=32), nullable=True),
        sa.Column("file_size", sa.Integer(), nullable=True),
        sa.Column("file_path", sa.String(length=200), nullable=True),
        sa.Column("file_name", sa.String(length=200), nullable=True),
        sa.Column("decided_by", sa.String(length=128), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('edit', 'qualification', 'appeal')", name=op.f("ck_radar_reviews_kind")
        ),
        sa.CheckConstraint(
            "qualification_kind IS NULL OR "
            "qualification_kind IN ('brand_authorisation', 'supply_chain')",
            name=op.f("ck_radar_reviews_qualification_kind"),
        ),
        sa.CheckConstraint(
            "state IN ('pending', 'approved', 'rejected')", name=op.f("ck_radar_reviews_state")
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["radar_tasks.task_id"],
            name=op.f("fk_radar_reviews_task_id_radar_tasks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("review_id", name=op.f("pk_radar_reviews")),
        comment=(
            "The radar's three review queues: product edits, IP qualifications and appeals, "
            "each with its due time (the queue's SLA) and the operator's decision and reason."
        ),
    )
    with op.batch_alter_table("radar_reviews", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_radar_reviews_kind_state_due_at"),
            ["kind", "state", "due_at"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_radar_reviews_merchant_id_right_id"),
            ["merchant_id", "right_id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_radar_reviews_task_id"), ["task_id"], unique=False)

    with op.batch_alter_table("penalty_points", schema=None) as batch_op:
        batch_op.add_column(sa.Column("expires_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("detail", sa.JSON(), nullable=True))
    _points_expire_after_365_days()
    with op.batch_alter_table("penalty_points", schema=None) as batch_op:
        batch_op.alter_column("expires_on", existing_type=sa.Date(), nullable=False)
    _ledger_comment(_LEDGER_COMMENT, _LATE_SHIPMENTS_COMMENT)

    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.add_column(sa.Column("brand", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("tier", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("image_path", sa.Text(), nullable=True))


_LATE_SHIPMENTS_COMMENT = "Penalty points per violation (late shipment, later the product radar's)."
_LEDGER_COMMENT = (
    "The penalty-points ledger: one row per violation from every source (late shipments, "
    "radar delistings, imported points), each with its rule (kind), date and expiry."
)


def _ledger_comment(comment: str, existing: str) -> None:
    # SQLite keeps no comments; PostgreSQL's must match the model's.
    if op.get_bind().dialect.name != "sqlite":
        op.create_table_comment("penalty_points", comment, existing_comment=existing)


def _points_expire_after_365_days() -> None:
    # Points recorded before the ledger expire like new ones: 365 days (rulebook §3.1).
    if op.get_bind().dialect.name == "sqlite":
        op.execute("UPDATE penalty_points SET expires_on = date(occurred_on, '+365 days')")
    else:
        op.execute("UPDATE penalty_points SET expires_on = occurred_on + 365")


def downgrade() -> None:
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_column("image_path")
        batch_op.drop_column("tier")
        batch_op.drop_column("brand")

    _ledger_comment(_LATE_SHIPMENTS_COMMENT, _LEDGER_COMMENT)
    with op.batch_alter_table("penalty_points", schema=None) as batch_op:
        batch_op.drop_column("detail")
        batch_op.drop_column("expires_on")

    with op.batch_alter_table("radar_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_radar_reviews_task_id"))
        batch_op.drop_index(batch_op.f("ix_radar_reviews_merchant_id_right_id"))
        batch_op.drop_index(batch_op.f("ix_radar_reviews_kind_state_due_at"))

    op.drop_table("radar_reviews")
    with op.batch_alter_table("radar_findings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_radar_findings_task_id"))
        batch_op.drop_index(batch_op.f("ix_radar_findings_product_id_right_id"))

    op.drop_table("radar_findings")
    with op.batch_alter_table("radar_tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_radar_tasks_status_created_at"))
        batch_op.drop_index(batch_op.f("ix_radar_tasks_product_id"))

    op.drop_table("radar_tasks")
    op.drop_table("radar_scans")
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notifications_sent_at_created_at"))
        batch_op.drop_index(batch_op.f("ix_notifications_merchant_id_created_at"))

    op.drop_table("notifications")
    op.drop_table("ip_rights")
    op.drop_table("violations")
