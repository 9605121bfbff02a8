"""The appeal workflow's own records (rulebook §1.4), beside the contract's tracking_appeals.

The contract row (status, submitted, decided) is what the metric engine reads; these
tables keep who filed and decided, the automatic pre-check and the evidence files.
"""

from __future__ import annotations

import sqlalchemy as sa

from sellerstar.store.base import CODE_LENGTH, ID_LENGTH, metadata
from sellerstar.store.types import UtcDateTime

appeal_reviews = sa.Table(
    "appeal_reviews",
    metadata,
    sa.Column(
        "appeal_id",
        sa.String(ID_LENGTH),
        sa.ForeignKey("tracking_appeals.appeal_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("owner_account_id", sa.String(ID_LENGTH)),
    sa.Column("filed_by", sa.String(ID_LENGTH), nullable=False),
    sa.Column("tracking_number", sa.String(ID_LENGTH), nullable=False),
    sa.Column("due_on", sa.Date, nullable=False),
    sa.Column("precheck_outcome", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("precheck_reason", sa.String(64), nullable=False),
    # Counts and the events the pre-check saw, so the reviewer sees the same evidence.
    sa.Column("precheck", sa.JSON, nullable=False),
    sa.Column("decided_by", sa.String(ID_LENGTH)),
    sa.Column("decision_reason", sa.String(64)),
    sa.Column("decision_note", sa.Text),
    # More material asked for (seed FAQ 8): the latest request, its deadline, what the
    # merchant answered; the review's due date above moves by the days waited.
    sa.Column("supplement_requests", sa.Integer, nullable=False, server_default="0"),
    sa.Column("supplement_requested_at", UtcDateTime),
    sa.Column("supplement_requested_by", sa.String(ID_LENGTH)),
    sa.Column("supplement_reason", sa.String(64)),
    sa.Column("supplement_note", sa.Text),
    sa.Column("supplement_due_on", sa.Date),
    sa.Column("supplement_received_at", UtcDateTime),
    sa.Column("supplement_reply", sa.Text),
    sa.CheckConstraint("supplement_requests >= 0", name="supplement_requests_not_negative"),
    sa.Index(None, "merchant_id"),
    comment="Who filed and decided each appeal, its pre-check and the decision's reason.",
)

appeal_evidence = sa.Table(
    "appeal_evidence",
    metadata,
    sa.Column("evidence_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "appeal_id",
        sa.String(ID_LENGTH),
        sa.ForeignKey("tracking_appeals.appeal_id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("content_type", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("relative_path", sa.String(200), nullable=False),
    sa.Column("original_name", sa.String(200), nullable=False),
    sa.Column("uploaded_at", UtcDateTime, nullable=False),
    sa.Index(None, "appeal_id"),
    comment="Evidence screenshots of an appeal; the files live in the evidence folder.",
)
