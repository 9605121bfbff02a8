"""The penalty-points ledger of every source, and the guaranteed service's compensations
(rulebook §2.1, §2.3, §3.1)."""

from __future__ import annotations

import sqlalchemy as sa

from sellerstar.store.base import CODE_LENGTH, ID_LENGTH, MONEY, metadata, one_of
from sellerstar.store.types import UtcDateTime

COMPENSATION_STATUSES: tuple[str, ...] = (
    "not_payable",
    "payable",
    "exemption_requested",
    "exempt",
)

penalty_points = sa.Table(
    "penalty_points",
    metadata,
    sa.Column("kind", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("entity_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("occurred_on", sa.Date, nullable=False),
    sa.Column("points", sa.Double, nullable=False),
    # Waived points stay visible with the reason (e.g. late shipment while enrolled).
    sa.Column("waived_reason", sa.String(CODE_LENGTH)),
    sa.Column("rule_set_id", sa.String(64), nullable=False),
    sa.Column("computed_at", UtcDateTime, nullable=False),
    # Points count towards the risk health score from occurred_on until the day before this.
    sa.Column("expires_on", sa.Date, nullable=False),
    # What the violation was (the task, product and right of a radar delisting, ...).
    sa.Column("detail", sa.JSON),
    sa.PrimaryKeyConstraint("kind", "entity_id"),
    sa.Index(None, "merchant_id", "occurred_on"),
    comment="The penalty-points ledger: one row per violation from every source (late "
    "shipments, radar delistings, imported points), each with its rule (kind), date and "
    "expiry.",
)

compensations = sa.Table(
    "compensations",
    metadata,
    sa.Column(
        "claim_id",
        sa.String(ID_LENGTH),
        sa.ForeignKey("late_delivery_claims.claim_id"),
        primary_key=True,
    ),
    sa.Column("order_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("status", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("amount_usd", MONEY, nullable=False),
    sa.Column("reason", sa.String(64), nullable=False),
    sa.Column("evidence", sa.Text),
    sa.Column("decided_by", sa.String(ID_LENGTH)),
    sa.Column("decided_at", UtcDateTime),
    sa.Column("rule_set_id", sa.String(64), nullable=False),
    sa.Column("computed_at", UtcDateTime, nullable=False),
    sa.CheckConstraint(one_of("status", COMPENSATION_STATUSES), name="status"),
    sa.Index(None, "merchant_id"),
    comment="Late-delivery compensation owed by the merchant per claim (§2.3).",
)
