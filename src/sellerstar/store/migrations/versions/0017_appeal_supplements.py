"""Appeal supplements: an operator asks for more material (seed FAQ 8, issue 18 item 2c).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02 23:33:41.932824
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("appeal_reviews", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("supplement_requests", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("supplement_requested_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(
            sa.Column("supplement_requested_by", sa.String(length=128), nullable=True)
        )
        batch_op.add_column(sa.Column("supplement_reason", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("supplement_note", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("supplement_due_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("supplement_received_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("supplement_reply", sa.Text(), nullable=True))
        batch_op.create_check_constraint(
            op.f("ck_appeal_reviews_supplement_requests_not_negative"),
            "supplement_requests >= 0",
        )


def downgrade() -> None:
    with op.batch_alter_table("appeal_reviews", schema=None) as batch_op:
        batch_op.drop_constraint(
            op.f("ck_appeal_reviews_supplement_requests_not_negative"), type_="check"
        )
        batch_op.drop_column("supplement_reply")
        batch_op.drop_column("supplement_received_at")
        batch_op.drop_column("supplement_due_on")
        batch_op.drop_column("supplement_note")
        batch_op.drop_column("supplement_reason")
        batch_op.drop_column("supplement_requested_by")
        batch_op.drop_column("supplement_requested_at")
        batch_op.drop_column("supplement_requests")
