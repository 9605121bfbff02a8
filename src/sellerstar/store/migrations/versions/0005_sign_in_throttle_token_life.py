"""Failed sign-ins counted in the store; API tokens with an expiry and a scope.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 02:30:00
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from sellerstar.store.types import UtcDateTime

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Tokens made before expiry existed live this long after their creation, as new ones do.
_LEGACY_TOKEN_DAYS = 90


def upgrade() -> None:
    op.create_table(
        "sign_in_failures",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("login", sa.String(length=128), nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_failures")),
        comment="Failed sign-ins, counted in the store so the throttle holds across workers.",
    )
    with op.batch_alter_table("sign_in_failures", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sign_in_failures_client_at"), ["client", "at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sign_in_failures_login_at"), ["login", "at"], unique=False
        )

    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.add_column(sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column("scope", sa.String(length=32), server_default="read_write", nullable=False)
        )
    tokens = sa.table(
        "api_tokens",
        sa.column("token_hash", sa.String),
        sa.column("created_at", UtcDateTime()),
        sa.column("expires_at", UtcDateTime()),
    )
    connection = op.get_bind()
    for token_hash, created_at in connection.execute(
        sa.select(tokens.c.token_hash, tokens.c.created_at)
    ).all():
        connection.execute(
            tokens.update()
            .where(tokens.c.token_hash == token_hash)
            .values(expires_at=created_at + dt.timedelta(days=_LEGACY_TOKEN_DAYS))
        )
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.alter_column(
            "expires_at", existing_type=sa.DateTime(timezone=True), nullable=False
        )
        batch_op.create_check_constraint(
            batch_op.f("ck_api_tokens_scope"), "scope IN ('read', 'read_write')"
        )


def downgrade() -> None:
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_api_tokens_scope"), type_="check")
        batch_op.drop_column("scope")
        batch_op.drop_column("expires_at")

    with op.batch_alter_table("sign_in_failures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sign_in_failures_login_at"))
        batch_op.drop_index(batch_op.f("ix_sign_in_failures_client_at"))

    op.drop_table("sign_in_failures")
