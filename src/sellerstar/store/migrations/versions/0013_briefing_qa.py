"""The briefing's Q&A channel (rulebook §7): channels, questions, question groups

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 16:42:35.038453
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "qa_channels",
        sa.Column("channel_id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("topics", sa.String(length=400), nullable=False),
        sa.Column("opens_on", sa.Date(), nullable=False),
        sa.Column("closes_on", sa.Date(), nullable=False),
        sa.Column("publish_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=128), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=128), nullable=False),
        sa.CheckConstraint("closes_on >= opens_on", name=op.f("ck_qa_channels_window_not_empty")),
        sa.CheckConstraint(
            "publish_on > closes_on", name=op.f("ck_qa_channels_publish_after_close")
        ),
        sa.PrimaryKeyConstraint("channel_id", name=op.f("pk_qa_channels")),
        comment="A briefing's Q&A channel: its topics, question window and planned publication.",
    )
    op.create_table(
        "qa_groups",
        sa.Column("group_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("channel_id", sa.String(length=64), nullable=False),
        sa.Column("topic", sa.String(length=32), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=128), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=128), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("published_by", sa.String(length=128), nullable=True),
        sa.CheckConstraint(
            "(state = 'published') = (published_at IS NOT NULL)",
            name=op.f("ck_qa_groups_published_when_published"),
        ),
        sa.CheckConstraint(
            "state = 'open' OR answer <> ''", name=op.f("ck_qa_groups_answered_has_answer")
        ),
        sa.CheckConstraint(
            "state IN ('open', 'answered', 'published')", name=op.f("ck_qa_groups_state")
        ),
        sa.CheckConstraint(
            "topic IN ('star_level', 'radar', 'sample_venue', 'reviews', 'talent_service', "
            "'other')",
            name=op.f("ck_qa_groups_topic"),
        ),
        sa.ForeignKeyConstraint(
            ["channel_id"],
            ["qa_channels.channel_id"],
            name=op.f("fk_qa_groups_channel_id_qa_channels"),
        ),
        sa.PrimaryKeyConstraint("group_id", name=op.f("pk_qa_groups")),
        comment="Operators' grouping of a channel's questions: one canonical question, its "
        "answer, and whether it is published.",
    )
    with op.batch_alter_table("qa_groups", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_qa_groups_channel_id_state"), ["channel_id", "state"], unique=False
        )

    op.create_table(
        "qa_questions",
        sa.Column("question_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("channel_id", sa.String(length=64), nullable=False),
        sa.Column("merchant_id", sa.String(length=128), nullable=False),
        sa.Column("account_id", sa.String(length=128), nullable=True),
        sa.Column("topic", sa.String(length=32), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("reference", sa.String(length=128), nullable=True),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("submitted_by", sa.String(length=128), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(state = 'submitted') = (group_id IS NULL)",
            name=op.f("ck_qa_questions_grouped_has_group"),
        ),
        sa.CheckConstraint(
            "state IN ('submitted', 'grouped', 'answered')", name=op.f("ck_qa_questions_state")
        ),
        sa.CheckConstraint(
            "topic IN ('star_level', 'radar', 'sample_venue', 'reviews', 'talent_service', "
            "'other')",
            name=op.f("ck_qa_questions_topic"),
        ),
        sa.ForeignKeyConstraint(
            ["channel_id"],
            ["qa_channels.channel_id"],
            name=op.f("fk_qa_questions_channel_id_qa_channels"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["qa_groups.group_id"], name=op.f("fk_qa_questions_group_id_qa_groups")
        ),
        sa.PrimaryKeyConstraint("question_id", name=op.f("pk_qa_questions")),
        comment="A merchant's question in a Q&A channel, and the group that answers it.",
    )
    with op.batch_alter_table("qa_questions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_qa_questions_channel_id_state"), ["channel_id", "state"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_qa_questions_group_id"), ["group_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_qa_questions_merchant_id_submitted_at"),
            ["merchant_id", "submitted_at"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("qa_questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_qa_questions_merchant_id_submitted_at"))
        batch_op.drop_index(batch_op.f("ix_qa_questions_group_id"))
        batch_op.drop_index(batch_op.f("ix_qa_questions_channel_id_state"))

    op.drop_table("qa_questions")
    with op.batch_alter_table("qa_groups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_qa_groups_channel_id_state"))

    op.drop_table("qa_groups")
    op.drop_table("qa_channels")
