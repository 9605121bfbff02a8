"""Talent recruitment: talents, their certificates, talent users, jobs, interviews

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 16:44:12.373818
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_ROLES = "role IN ('operator', 'merchant_main', 'merchant_sub', 'buyer')"
_NEW_ROLES = "role IN ('operator', 'merchant_main', 'merchant_sub', 'buyer', 'talent')"
_OLD_SCOPE = (
    "(role = 'operator' AND merchant_id IS NULL AND account_id IS NULL AND buyer_id IS NULL)"
    " OR (role = 'merchant_main' AND merchant_id IS NOT NULL AND buyer_id IS NULL)"
    " OR (role = 'merchant_sub' AND merchant_id IS NOT NULL AND account_id IS NOT NULL"
    " AND buyer_id IS NULL)"
    " OR (role = 'buyer' AND buyer_id IS NOT NULL AND merchant_id IS NULL"
    " AND account_id IS NULL)"
)
# As store/schema.py's ROLE_SCOPE: a migration keeps its own copy, the model may move on.
_NEW_SCOPE = (
    "(role = 'operator' AND merchant_id IS NULL AND account_id IS NULL"
    " AND buyer_id IS NULL AND talent_id IS NULL)"
    " OR (role = 'merchant_main' AND merchant_id IS NOT NULL AND buyer_id IS NULL"
    " AND talent_id IS NULL)"
    " OR (role = 'merchant_sub' AND merchant_id IS NOT NULL AND account_id IS NOT NULL"
    " AND buyer_id IS NULL AND talent_id IS NULL)"
    " OR (role = 'buyer' AND buyer_id IS NOT NULL AND merchant_id IS NULL"
    " AND account_id IS NULL AND talent_id IS NULL)"
    " OR (role = 'talent' AND talent_id IS NOT NULL AND merchant_id IS NULL"
    " AND account_id IS NULL AND buyer_id IS NULL)"
)
_OLD_COMMENT = "People who sign in: operators, merchant staff (main or sub-account) and buyers."
_NEW_COMMENT = (
    "People who sign in: operators, merchant staff (main or sub-account), buyers and talents."
)


def _users_comment(comment: str, existing: str) -> None:
    # SQLite keeps no comments; PostgreSQL's must match the model's.
    if op.get_bind().dialect.name != "sqlite":
        op.create_table_comment("users", comment, existing_comment=existing)


def upgrade() -> None:
    op.create_table(
        "talents",
        sa.Column("talent_id", sa.String(length=128), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("school", sa.Text(), nullable=True),
        sa.Column("major", sa.Text(), nullable=True),
        sa.Column("graduation_year", sa.Integer(), nullable=True),
        sa.Column("city", sa.Text(), nullable=True),
        sa.Column("skills", sa.Text(), nullable=True),
        sa.Column("experience", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("talent_id", name=op.f("pk_talents")),
        comment=(
            "E-commerce talent of the platform's talent pool: name, school, major, graduation"
            " year, city, skills (`;`-separated) and experience (free text), matched to "
            "merchants' jobs in talent recruitment."
        ),
    )
    op.create_table(
        "recruitment_jobs",
        sa.Column("job_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("city", sa.Text(), nullable=True),
        sa.Column("remote", sa.Boolean(), nullable=False),
        sa.Column("duties", sa.Text(), nullable=False),
        sa.Column("required_certifications", sa.String(length=200), nullable=False),
        sa.Column("preferred_certifications", sa.String(length=200), nullable=False),
        sa.Column("skills", sa.Text(), nullable=False),
        sa.Column("salary_min", sa.Integer(), nullable=False),
        sa.Column("salary_max", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=128), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=128), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "state IN ('draft', 'open', 'closed')", name=op.f("ck_recruitment_jobs_state")
        ),
        sa.CheckConstraint(
            "remote OR city IS NOT NULL", name=op.f("ck_recruitment_jobs_city_or_remote")
        ),
        sa.CheckConstraint(
            "salary_min >= 0 AND salary_min <= salary_max",
            name=op.f("ck_recruitment_jobs_salary_range"),
        ),
        sa.ForeignKeyConstraint(
            ["merchant_id"],
            ["merchants.merchant_id"],
            name=op.f("fk_recruitment_jobs_merchant_id_merchants"),
        ),
        sa.PrimaryKeyConstraint("job_id", name=op.f("pk_recruitment_jobs")),
        comment=(
            "Jobs a merchant's main account posts in talent recruitment: title, city or "
            "remote, duties, required and preferred certifications, skills, salary range; "
            "draft, open, closed."
        ),
    )
    with op.batch_alter_table("recruitment_jobs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recruitment_jobs_merchant_id_state"),
            ["merchant_id", "state"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_recruitment_jobs_state"), ["state"], unique=False)

    op.create_table(
        "talent_certifications",
        sa.Column("certificate_id", sa.String(length=128), nullable=False),
        sa.Column("talent_id", sa.String(length=128), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["talent_id"],
            ["talents.talent_id"],
            name=op.f("fk_talent_certifications_talent_id_talents"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("certificate_id", name=op.f("pk_talent_certifications")),
        comment=(
            "Certificates of the platform's certification programme (platform operations, "
            "live-stream presenting, advertising, data analysis): holder, kind and issue "
            "date; anyone can verify a certificate by its id."
        ),
    )
    op.create_table(
        "recruitment_interviews",
        sa.Column("interview_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("talent_id", sa.String(length=128), nullable=False),
        sa.Column("interviewer_user_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=128), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=128), nullable=False),
        sa.CheckConstraint(
            (
                "(state = 'done' AND outcome IN ('passed', 'rejected', 'no_show', 'offer')) OR "
                "(state <> 'done' AND outcome IS NULL)"
            ),
            name=op.f("ck_recruitment_interviews_outcome_when_done"),
        ),
        sa.CheckConstraint(
            "state IN ('scheduled', 'cancelled', 'done')",
            name=op.f("ck_recruitment_interviews_state"),
        ),
        sa.CheckConstraint(
            "ends_at > starts_at", name=op.f("ck_recruitment_interviews_ends_after_start")
        ),
        sa.CheckConstraint(
            "sequence >= 0", name=op.f("ck_recruitment_interviews_sequence_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["interviewer_user_id"],
            ["users.user_id"],
            name=op.f("fk_recruitment_interviews_interviewer_user_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["recruitment_jobs.job_id"],
            name=op.f("fk_recruitment_interviews_job_id_recruitment_jobs"),
        ),
        sa.ForeignKeyConstraint(
            ["merchant_id"],
            ["merchants.merchant_id"],
            name=op.f("fk_recruitment_interviews_merchant_id_merchants"),
        ),
        sa.ForeignKeyConstraint(
            ["talent_id"],
            ["talents.talent_id"],
            name=op.f("fk_recruitment_interviews_talent_id_talents"),
        ),
        sa.PrimaryKeyConstraint("interview_id", name=op.f("pk_recruitment_interviews")),
        comment=(
            "Interviews of a talent for a job, in UTC with the zone they were proposed in; a "
            "scheduled interview never overlaps another of the same talent or interviewer."
        ),
    )
    with op.batch_alter_table("recruitment_interviews", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recruitment_interviews_interviewer_user_id_starts_at"),
            ["interviewer_user_id", "starts_at"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_recruitment_interviews_job_id"), ["job_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_recruitment_interviews_merchant_id_starts_at"),
            ["merchant_id", "starts_at"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_recruitment_interviews_talent_id_starts_at"),
            ["talent_id", "starts_at"],
            unique=False,
        )

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("talent_id", sa.String(length=128), nullable=True))
        batch_op.create_index(batch_op.f("ix_users_talent_id"), ["talent_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_users_talent_id_talents"), "talents", ["talent_id"], ["talent_id"]
        )
        batch_op.drop_constraint(batch_op.f("ck_users_role"), type_="check")
        batch_op.drop_constraint(batch_op.f("ck_users_role_scope"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_users_role"), _NEW_ROLES)
        batch_op.create_check_constraint(batch_op.f("ck_users_role_scope"), _NEW_SCOPE)
    _users_comment(_NEW_COMMENT, _OLD_COMMENT)


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM users WHERE role = 'talent'"))
    _users_comment(_OLD_COMMENT, _NEW_COMMENT)
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_users_role_scope"), type_="check")
        batch_op.drop_constraint(batch_op.f("ck_users_role"), type_="check")
        batch_op.drop_constraint(batch_op.f("fk_users_talent_id_talents"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_users_talent_id"))
        batch_op.drop_column("talent_id")
        batch_op.create_check_constraint(batch_op.f("ck_users_role"), _OLD_ROLES)
        batch_op.create_check_constraint(batch_op.f("ck_users_role_scope"), _OLD_SCOPE)

    with op.batch_alter_table("recruitment_interviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recruitment_interviews_talent_id_starts_at"))
        batch_op.drop_index(batch_op.f("ix_recruitment_interviews_merchant_id_starts_at"))
        batch_op.drop_index(batch_op.f("ix_recruitment_interviews_job_id"))
        batch_op.drop_index(batch_op.f("ix_recruitment_interviews_interviewer_user_id_starts_at"))

    op.drop_table("recruitment_interviews")
    op.drop_table("talent_certifications")
    with op.batch_alter_table("recruitment_jobs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recruitment_jobs_state"))
        batch_op.drop_index(batch_op.f("ix_recruitment_jobs_merchant_id_state"))

    op.drop_table("recruitment_jobs")
    op.drop_table("talents")
