"""The product radar's own records (rulebook §3), beside the contract's radar_tasks.

The contract row is the task (imported, or opened by sellerstar's scan with the same
columns); these tables keep what the scan found and why, which product content it scanned,
and the three review queues (product edits, qualifications, appeals).
"""

from __future__ import annotations

import sqlalchemy as sa

from sellerstar.domain.radar import QualificationKind, ReviewKind, ReviewState
from sellerstar.store.base import CODE_LENGTH, ID_LENGTH, metadata, one_of
from sellerstar.store.types import UtcDateTime

radar_findings = sa.Table(
    "radar_findings",
    metadata,
    sa.Column("finding_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "task_id",
        sa.String(ID_LENGTH),
        sa.ForeignKey("radar_tasks.task_id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("product_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("right_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("field", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("matched_text", sa.Text, nullable=False),
    sa.Column("span_start", sa.Integer, nullable=False),
    sa.Column("span_end", sa.Integer, nullable=False),
    sa.Column("step", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("score", sa.Double, nullable=False),
    sa.Column("fingerprint", sa.String(64), nullable=False),
    sa.Column("found_at", UtcDateTime, nullable=False),
    sa.Column("rule_set_id", sa.String(64), nullable=False),
    sa.Index(None, "task_id"),
    sa.Index(None, "product_id", "right_id"),
    comment="Why a suspected-IP task was opened: the right, the matched text and its span in "
    "the field, the normalisation step that fired and the score.",
)

radar_scans = sa.Table(
    "radar_scans",
    metadata,
    sa.Column("product_id", sa.String(ID_LENGTH), primary_key=True),
    sa.Column("fingerprint", sa.String(64), nullable=False),
    sa.Column("rights_fingerprint", sa.String(64), nullable=False),
    sa.Column("scanned_at", UtcDateTime, nullable=False),
    sa.Column("findings", sa.Integer, nullable=False),
    comment="The product content (sha256 of title, description, brand, image) and the set "
    "of rights last scanned, so the daily job scans only new and changed products.",
)

radar_reviews = sa.Table(
    "radar_reviews",
    metadata,
    sa.Column("review_id", sa.String(ID_LENGTH), primary_key=True),
    sa.Column("kind", sa.String(CODE_LENGTH), nullable=False),
    # An edit and an appeal are about one task; a qualification about a merchant's right.
    sa.Column(
        "task_id",
        sa.String(ID_LENGTH),
        sa.ForeignKey("radar_tasks.task_id", ondelete="CASCADE"),
    ),
    sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("product_id", sa.String(ID_LENGTH)),
    sa.Column("right_id", sa.String(ID_LENGTH)),
    sa.Column("state", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("submitted_by", sa.String(ID_LENGTH), nullable=False),
    sa.Column("submitted_at", UtcDateTime, nullable=False),
    sa.Column("due_at", UtcDateTime, nullable=False),
    # The edit's new title/description/brand, the appeal's statement, the qualification's
    # kind and note.
    sa.Column("payload", sa.JSON, nullable=False),
    sa.Column("qualification_kind", sa.String(CODE_LENGTH)),
    sa.Column("file_sha256", sa.String(64)),
    sa.Column("file_content_type", sa.String(CODE_LENGTH)),
    sa.Column("file_size", sa.Integer),
    sa.Column("file_path", sa.String(200)),
    sa.Column("file_name", sa.String(200)),
    sa.Column("decided_by", sa.String(ID_LENGTH)),
    sa.Column("decided_at", UtcDateTime),
    sa.Column("reason", sa.Text),
    sa.CheckConstraint(one_of("kind", tuple(ReviewKind)), name="kind"),
    sa.CheckConstraint(one_of("state", tuple(ReviewState)), name="state"),
    sa.CheckConstraint(
        "qualification_kind IS NULL OR " + one_of("qualification_kind", tuple(QualificationKind)),
        name="qualification_kind",
    ),
    sa.Index(None, "kind", "state", "due_at"),
    sa.Index(None, "task_id"),
    sa.Index(None, "merchant_id", "right_id"),
    comment="The radar's three review queues: product edits, IP qualifications and appeals, "
    "each with its due time (the queue's SLA) and the operator's decision and reason.",
)
