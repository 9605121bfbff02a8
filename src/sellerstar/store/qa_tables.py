"""The briefing's Q&A channel (rulebook §7): channels, the merchants' questions and the
operators' question groups with their answers.

The states hold in the store: CHECK constraints built from the domain's enums, a question
is in a group exactly when it is no longer "submitted", and a published group has its
answer and its publication instant.
"""

from __future__ import annotations

import sqlalchemy as sa

from sellerstar.domain.qa import GroupState, QaTopic, QuestionState
from sellerstar.store.base import CODE_LENGTH, ID_LENGTH, metadata, one_of
from sellerstar.store.types import UtcDateTime

QA_CHANNEL_ID_LENGTH = 64

qa_channels = sa.Table(
    "qa_channels",
    metadata,
    sa.Column("channel_id", sa.String(QA_CHANNEL_ID_LENGTH), primary_key=True),
    sa.Column("title", sa.String(200), nullable=False),
    # Topic codes (domain.qa.QaTopic), ";"-separated: what merchants may ask about here.
    sa.Column("topics", sa.String(400), nullable=False),
    # Platform dates (the rule-set calendar's time zone): questions from opens_on 00:00 up
    # to closes_on 24:00; answers planned for publish_on.
    sa.Column("opens_on", sa.Date, nullable=False),
    sa.Column("closes_on", sa.Date, nullable=False),
    sa.Column("publish_on", sa.Date, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("created_by", sa.String(ID_LENGTH), nullable=False),
    sa.Column("changed_at", UtcDateTime, nullable=False),
    sa.Column("changed_by", sa.String(ID_LENGTH), nullable=False),
    sa.CheckConstraint("closes_on >= opens_on", name="window_not_empty"),
    sa.CheckConstraint("publish_on > closes_on", name="publish_after_close"),
    comment="A briefing's Q&A channel: its topics, question window and planned publication.",
)

qa_groups = sa.Table(
    "qa_groups",
    metadata,
    sa.Column("group_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "channel_id",
        sa.String(QA_CHANNEL_ID_LENGTH),
        sa.ForeignKey("qa_channels.channel_id"),
        nullable=False,
    ),
    sa.Column("topic", sa.String(CODE_LENGTH), nullable=False),
    # The canonical question the public page shows for the questions of the group.
    sa.Column("question", sa.Text, nullable=False),
    sa.Column("answer", sa.Text, nullable=False),
    sa.Column("state", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("created_by", sa.String(ID_LENGTH), nullable=False),
    sa.Column("changed_at", UtcDateTime, nullable=False),
    sa.Column("changed_by", sa.String(ID_LENGTH), nullable=False),
    sa.Column("published_at", UtcDateTime),
    sa.Column("published_by", sa.String(ID_LENGTH)),
    sa.CheckConstraint(one_of("state", GroupState), name="state"),
    sa.CheckConstraint(one_of("topic", QaTopic), name="topic"),
    sa.CheckConstraint(
        "(state = 'published') = (published_at IS NOT NULL)", name="published_when_published"
    ),
    sa.CheckConstraint("state = 'open' OR answer <> ''", name="answered_has_answer"),
    sa.Index(None, "channel_id", "state"),
    comment="Operators' grouping of a channel's questions: one canonical question, its "
    "answer, and whether it is published.",
)

qa_questions = sa.Table(
    "qa_questions",
    metadata,
    sa.Column("question_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "channel_id",
        sa.String(QA_CHANNEL_ID_LENGTH),
        sa.ForeignKey("qa_channels.channel_id"),
        nullable=False,
    ),
    sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
    # Empty: asked by the merchant's main account; else the sub-account that asked (it
    # sees its own questions only, and is the one told of the answer).
    sa.Column("account_id", sa.String(ID_LENGTH)),
    sa.Column("topic", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    # Optional: what the question is about (an order, product or appeal id).
    sa.Column("reference", sa.String(ID_LENGTH)),
    sa.Column("state", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("group_id", sa.Integer, sa.ForeignKey("qa_groups.group_id")),
    sa.Column("submitted_at", UtcDateTime, nullable=False),
    sa.Column("submitted_by", sa.String(ID_LENGTH), nullable=False),
    sa.Column("changed_at", UtcDateTime, nullable=False),
    sa.CheckConstraint(one_of("state", QuestionState), name="state"),
    sa.CheckConstraint(one_of("topic", QaTopic), name="topic"),
    sa.CheckConstraint("(state = 'submitted') = (group_id IS NULL)", name="grouped_has_group"),
    sa.Index(None, "merchant_id", "submitted_at"),
    sa.Index(None, "channel_id", "state"),
    sa.Index(None, "group_id"),
    comment="A merchant's question in a Q&A channel, and the group that answers it.",
)
