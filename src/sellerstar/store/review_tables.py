"""The reviews module's own records (rulebook §5), beside the contract's review tables.

The daily job writes what :func:`sellerstar.reviews.run.compute` finds for a stat date
(one date replaces its own rows, so a re-run changes nothing); the store ratings are kept
for every date (they are the star level's buyer review score), the rest for the newest
dates only. The brushing queue holds what the detector suspects and what operators
decided; a confirmed case excludes its reviews from its confirmation on.
"""

from __future__ import annotations

import sqlalchemy as sa

from sellerstar.domain.reviews import ProductReviewState, SuspectState
from sellerstar.store.base import CODE_LENGTH, ID_LENGTH, metadata, one_of
from sellerstar.store.types import UtcDateTime

review_store_ratings = sa.Table(
    "review_store_ratings",
    metadata,
    sa.Column("stat_date", sa.Date, primary_key=True),
    sa.Column("merchant_id", sa.String(ID_LENGTH), primary_key=True),
    sa.Column("rating", sa.Double, nullable=False),
    sa.Column("label", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("review_count", sa.Integer, nullable=False),
    sa.Column("rule_set_id", sa.String(64), nullable=False),
    sa.Column("computed_at", UtcDateTime, nullable=False),
    sa.Index(None, "merchant_id", "stat_date"),
    comment="Store rating per merchant and stat date (rulebook §5.8): the mean of the three "
    "dimension means over the counted transaction reviews of the lookback, its label; the "
    "star level's buyer review score.",
)

review_products = sa.Table(
    "review_products",
    metadata,
    sa.Column("stat_date", sa.Date, primary_key=True),
    sa.Column("product_id", sa.String(ID_LENGTH), primary_key=True),
    sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("review_count", sa.Integer, nullable=False),
    sa.Column("rating", sa.Double),
    sa.Column("keyword", sa.Text),
    sa.Column("state", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("well_reviewed", sa.Boolean, nullable=False),
    sa.Column("selected", sa.Boolean, nullable=False),
    sa.Column("computed_at", UtcDateTime, nullable=False),
    sa.CheckConstraint(one_of("state", ProductReviewState), name="state"),
    sa.Index(None, "merchant_id", "stat_date"),
    comment="Per listed product and stat date: counted review count, rating (mean product "
    "quality), keyword, the product page's block, and membership of the well-reviewed pool "
    "and the selected products.",
)

review_product_rankings = sa.Table(
    "review_product_rankings",
    metadata,
    sa.Column("stat_date", sa.Date, primary_key=True),
    sa.Column("leaf_category", sa.String(200), primary_key=True),
    sa.Column("rank", sa.Integer, primary_key=True),
    sa.Column("product_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("score", sa.Double, nullable=False),
    sa.Index(None, "product_id", "stat_date"),
    comment="Daily product ranking per leaf category (rulebook §5.5; formula in docs/reviews.md).",
)

review_merchant_rankings = sa.Table(
    "review_merchant_rankings",
    metadata,
    sa.Column("stat_date", sa.Date, primary_key=True),
    sa.Column("list", sa.String(200), primary_key=True),
    sa.Column("rank", sa.Integer, primary_key=True),
    sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("score", sa.Double, nullable=False),
    sa.Index(None, "merchant_id", "stat_date"),
    comment="Daily merchant ranking lists (`all`, `industry:<name>`; rulebook §5.5).",
)

review_states = sa.Table(
    "review_states",
    metadata,
    sa.Column("stat_date", sa.Date, primary_key=True),
    sa.Column("kind", sa.String(CODE_LENGTH), primary_key=True),
    sa.Column("review_id", sa.String(ID_LENGTH), primary_key=True),
    sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
    # Empty: the review counts (transaction) or is shown (direct).
    sa.Column("reason", sa.String(200)),
    sa.Column("positive", sa.Boolean),
    sa.Column("computed_at", UtcDateTime, nullable=False),
    sa.Index(None, "merchant_id", "stat_date"),
    comment="Per review and stat date: why it does not count (transaction) or is not shown "
    "(direct), empty when it does; for direct reviews whether the content is positive.",
)

brushing_cases = sa.Table(
    "brushing_cases",
    metadata,
    sa.Column("case_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("confirmed_by", sa.String(ID_LENGTH), nullable=False),
    sa.Column("confirmed_at", UtcDateTime, nullable=False),
    sa.Column("review_count", sa.Integer, nullable=False),
    sa.Column("points", sa.Double, nullable=False),
    sa.Column("note", sa.Text),
    sa.Index(None, "merchant_id"),
    comment="A confirmed brushing case: the operator, when, how many reviews, the penalty "
    "points recorded in the ledger.",
)

brushing_suspects = sa.Table(
    "brushing_suspects",
    metadata,
    sa.Column("review_id", sa.String(ID_LENGTH), primary_key=True),
    sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("score", sa.Double, nullable=False),
    sa.Column("signals", sa.String(200), nullable=False),
    sa.Column("detected_at", UtcDateTime, nullable=False),
    sa.Column("state", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("decided_by", sa.String(ID_LENGTH)),
    sa.Column("decided_at", UtcDateTime),
    sa.Column("case_id", sa.Integer, sa.ForeignKey("brushing_cases.case_id")),
    sa.CheckConstraint(one_of("state", SuspectState), name="state"),
    sa.CheckConstraint(
        "(state = 'pending') = (decided_at IS NULL)", name="decided_when_not_pending"
    ),
    sa.CheckConstraint("(state = 'confirmed') = (case_id IS NOT NULL)", name="case_when_confirmed"),
    sa.Index(None, "state", "merchant_id"),
    comment="Reviews the brushing detector suspects (score, signals) and the operators' "
    "decision: pending, confirmed (in a case) or dismissed.",
)
