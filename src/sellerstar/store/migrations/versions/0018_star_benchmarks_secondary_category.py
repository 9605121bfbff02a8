"""Benchmarks per star level (star_averages.stars); merchants' secondary category.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02

The rows already stored are the 1-star averages, so they get ``stars = 1``; the next star
job run writes every level. The primary key gains ``stars``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | Sequence[str] | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_COMMENT = "Average of each metric and score over the merchants at 1 star, per stat date."
_COMMENT = (
    "Average of each metric and score over the merchants at each star level "
    "(1 … the ladder's top), per stat date and track."
)


def upgrade() -> None:
    with op.batch_alter_table("merchants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("secondary_category", sa.Text(), nullable=True))

    with op.batch_alter_table("star_averages", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("stars", sa.Integer(), nullable=False, server_default=sa.text("1"))
        )
    with op.batch_alter_table("star_averages", schema=None) as batch_op:
        batch_op.alter_column("stars", server_default=None)
        batch_op.drop_constraint("pk_star_averages", type_="primary")
        batch_op.create_primary_key("pk_star_averages", ["stat_date", "track", "stars", "metric"])
        batch_op.create_check_constraint("stars_from_one", "stars >= 1")
    if op.get_bind().dialect.name != "sqlite":  # SQLite keeps no comments
        op.create_table_comment("star_averages", _COMMENT, existing_comment=_OLD_COMMENT)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.create_table_comment("star_averages", _OLD_COMMENT, existing_comment=_COMMENT)
    op.execute("DELETE FROM star_averages WHERE stars <> 1")
    with op.batch_alter_table("star_averages", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_star_averages_stars_from_one"), type_="check")
        batch_op.drop_constraint("pk_star_averages", type_="primary")
        batch_op.create_primary_key("pk_star_averages", ["stat_date", "track", "metric"])
    with op.batch_alter_table("star_averages", schema=None) as batch_op:
        batch_op.drop_column("stars")

    with op.batch_alter_table("merchants", schema=None) as batch_op:
        batch_op.drop_column("secondary_category")
