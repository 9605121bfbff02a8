"""Job locks (the daily job starts once); webhook bodies kept once per content.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 03:00:00
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 1000


def upgrade() -> None:
    op.create_table(
        "job_locks",
        sa.Column("job", sa.String(length=64), nullable=False),
        sa.Column("holder", sa.String(length=128), nullable=False),
        sa.Column("acquired_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("job", name=op.f("pk_job_locks")),
        comment="One row per job running now (the daily job): whoever inserts it runs the "
        "job; deleted when the job ends or fails, taken over once expired (its process died).",
    )
    op.create_table(
        "webhook_bodies",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_webhook_bodies")),
        comment="Bodies of webhook deliveries, once per content (sha256 of the UTF-8 text): "
        "a source that delivers the same body again adds a delivery, not a copy of the body.",
    )
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("body_sha256", sa.String(length=64), nullable=True))
    _move_bodies_out()
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.alter_column("body_sha256", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_webhook_deliveries_body_sha256_webhook_bodies"),
            "webhook_bodies",
            ["body_sha256"],
            ["sha256"],
        )
        batch_op.drop_column("body")


def _move_bodies_out() -> None:
    deliveries = sa.table(
        "webhook_deliveries",
        sa.column("id", sa.Integer),
        sa.column("body", sa.Text),
        sa.column("body_sha256", sa.String),
    )
    bodies = sa.table("webhook_bodies", sa.column("sha256", sa.String), sa.column("body", sa.Text))
    connection = op.get_bind()
    seen: set[str] = set()
    last = 0
    while True:
        rows = connection.execute(
            sa.select(deliveries.c.id, deliveries.c.body)
            .where(deliveries.c.id > last)
            .order_by(deliveries.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        for row in rows:
            digest = hashlib.sha256(row.body.encode("utf-8")).hexdigest()
            if digest not in seen:
                connection.execute(bodies.insert().values(sha256=digest, body=row.body))
                seen.add(digest)
            connection.execute(
                deliveries.update().where(deliveries.c.id == row.id).values(body_sha256=digest)
            )
        last = rows[-1].id


def downgrade() -> None:
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("body", sa.Text(), nullable=True))
    connection = op.get_bind()
    connection.execute(
        sa.text(
            "UPDATE webhook_deliveries SET body = (SELECT webhook_bodies.body FROM webhook_bodies"
            " WHERE webhook_bodies.sha256 = webhook_deliveries.body_sha256)"
        )
    )
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.alter_column("body", existing_type=sa.Text(), nullable=False)
        batch_op.drop_constraint(
            batch_op.f("fk_webhook_deliveries_body_sha256_webhook_bodies"), type_="foreignkey"
        )
        batch_op.drop_column("body_sha256")

    op.drop_table("webhook_bodies")
    op.drop_table("job_locks")
