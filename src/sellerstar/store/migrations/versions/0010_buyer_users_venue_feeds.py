"""Buyers sign in (users.buyer_id, role buyer); indexes of the sample venue's feeds

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 12:44:36.341477
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_ROLES = "role IN ('operator', 'merchant_main', 'merchant_sub')"
_NEW_ROLES = "role IN ('operator', 'merchant_main', 'merchant_sub', 'buyer')"
_OLD_SCOPE = (
    "(role = 'operator' AND merchant_id IS NULL AND account_id IS NULL)"
    " OR (role = 'merchant_main' AND merchant_id IS NOT NULL)"
    " OR (role = 'merchant_sub' AND merchant_id IS NOT NULL AND account_id IS NOT NULL)"
)
_NEW_SCOPE = (
    "(role = 'operator' AND merchant_id IS NULL AND account_id IS NULL AND buyer_id IS NULL)"
    " OR (role = 'merchant_main' AND merchant_id IS NOT NULL AND buyer_id IS NULL)"
    " OR (role = 'merchant_sub' AND merchant_id IS NOT NULL AND account_id IS NOT NULL"
    " AND buyer_id IS NULL)"
    " OR (role = 'buyer' AND buyer_id IS NOT NULL AND merchant_id IS NULL"
    " AND account_id IS NULL)"
)
_OLD_COMMENT = "People who sign in: operators and merchant staff (main or sub-account)."
_NEW_COMMENT = "People who sign in: operators, merchant staff (main or sub-account) and buyers."
_REG = sa.table(
    "sample_registrations",
    sa.column("discount_price_usd", sa.Numeric(14, 2)),
    sa.column("sample_price_usd", sa.Numeric(14, 2)),
)
# Minus the discount factor: the sample centre's order runs descending on every key.
_DISCOUNT_KEY = -(
    _REG.c.discount_price_usd / sa.func.nullif(_REG.c.sample_price_usd, sa.literal_column("0"))
)
_INDEXES: dict[str, tuple[object, ...]] = {
    "ix_sample_registrations_venue_discount": (_DISCOUNT_KEY, "registered_at", "registration_id"),
    "ix_sample_registrations_venue_industry_discount": (
        "industry",
        _DISCOUNT_KEY,
        "registered_at",
        "registration_id",
    ),
    "ix_sample_registrations_venue_new": ("registered_at", "registration_id"),
    "ix_sample_registrations_venue_leaf_growth": (
        "leaf_category",
        "growth_score",
        "registration_id",
    ),
    "ix_sample_registrations_venue_growth": ("growth_score", "registration_id"),
    "ix_sample_registrations_venue_industry_growth": (
        "industry",
        "growth_score",
        "registration_id",
    ),
    "ix_sample_registrations_venue_merchant_growth": (
        "merchant_id",
        "growth_score",
        "registration_id",
    ),
}


def _columns(keys: tuple[object, ...]) -> list[object]:
    return [sa.column(key) if isinstance(key, str) else key for key in keys]


def _users_comment(comment: str, existing: str) -> None:
    # SQLite keeps no comments; PostgreSQL's must match the model's.
    if op.get_bind().dialect.name != "sqlite":
        op.create_table_comment("users", comment, existing_comment=existing)


def upgrade() -> None:
    for name, keys in _INDEXES.items():
        op.create_index(
            name,
            "sample_registrations",
            _columns(keys),  # type: ignore[arg-type]
            postgresql_where=sa.text("in_venue"),
            # As SQLite's queries spell the flag, so that its planner uses the index.
            sqlite_where=sa.text("in_venue = 1"),
        )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("buyer_id", sa.String(length=128), nullable=True))
        batch_op.create_index(batch_op.f("ix_users_buyer_id"), ["buyer_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_users_buyer_id_buyers"), "buyers", ["buyer_id"], ["buyer_id"]
        )
        batch_op.drop_constraint(batch_op.f("ck_users_role"), type_="check")
        batch_op.drop_constraint(batch_op.f("ck_users_role_scope"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_users_role"), _NEW_ROLES)
        batch_op.create_check_constraint(batch_op.f("ck_users_role_scope"), _NEW_SCOPE)
    _users_comment(_NEW_COMMENT, _OLD_COMMENT)


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM users WHERE role = 'buyer'"))
    _users_comment(_OLD_COMMENT, _NEW_COMMENT)
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_users_role_scope"), type_="check")
        batch_op.drop_constraint(batch_op.f("ck_users_role"), type_="check")
        batch_op.drop_constraint(batch_op.f("fk_users_buyer_id_buyers"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_users_buyer_id"))
        batch_op.drop_column("buyer_id")
        batch_op.create_check_constraint(batch_op.f("ck_users_role"), _OLD_ROLES)
        batch_op.create_check_constraint(batch_op.f("ck_users_role_scope"), _OLD_SCOPE)
    for name in reversed(_INDEXES):
        op.drop_index(name, table_name="sample_registrations")
