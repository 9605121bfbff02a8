"""Metric marks: merchants whose metric inputs changed, for the daily job to recompute.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03

Empty at first: the dates computed before this revision stay as they are until a full
recompute (``sellerstar compute --full``) or a new rule-set recomputes them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | Sequence[str] | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "metric_marks",
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("marked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("merchant_id", name=op.f("pk_metric_marks")),
        comment="Merchants whose metric inputs changed since the metric job last computed "
        "them, and the earliest stat date the change can reach; deleted when recomputed.",
    )


def downgrade() -> None:
    op.drop_table("metric_marks")
