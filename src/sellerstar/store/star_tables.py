"""Star-level results (rulebook §2A): predicted per stat date, official per month."""

from __future__ import annotations

import sqlalchemy as sa

from sellerstar.domain.stars import Track
from sellerstar.store.base import CODE_LENGTH, ID_LENGTH, metadata, one_of
from sellerstar.store.types import UtcDateTime


def _evaluation_columns() -> list[sa.schema.SchemaItem]:
    """The columns of one evaluation of one merchant on one track."""
    return [
        sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
        sa.Column("track", sa.String(CODE_LENGTH), nullable=False),
        sa.Column("track_enabled", sa.Boolean, nullable=False),
        sa.Column("stars", sa.Integer, nullable=False),
        sa.Column("assurance_score", sa.Double),
        sa.Column("merchant_score", sa.Double),
        sa.Column("marketing_score", sa.Double),
        sa.Column("transaction_score", sa.Double),
        sa.Column("gate_failed", sa.Boolean, nullable=False),
        # Which capability (or the basic-service gate) held the star level back; empty at
        # the top of the ladder.
        sa.Column("held_back_by", sa.String(CODE_LENGTH)),
        # Per metric: value, points, weight; per capability: score and stars; the gate.
        sa.Column("explanation", sa.JSON, nullable=False),
        sa.Column("rule_set_id", sa.String(64), nullable=False),
        sa.Column("computed_at", UtcDateTime, nullable=False),
        sa.CheckConstraint(one_of("track", Track), name="track"),
    ]


star_levels = sa.Table(
    "star_levels",
    metadata,
    sa.Column("stat_date", sa.Date, nullable=False),
    *_evaluation_columns(),
    sa.PrimaryKeyConstraint("stat_date", "merchant_id", "track"),
    sa.Index(None, "merchant_id", "stat_date"),
    comment="Predicted star level per merchant, track and stat date (the daily job).",
)

official_star_levels = sa.Table(
    "official_star_levels",
    metadata,
    sa.Column("month", sa.Date, nullable=False),
    sa.Column("stat_date", sa.Date, nullable=False),
    *_evaluation_columns(),
    sa.PrimaryKeyConstraint("month", "merchant_id", "track"),
    sa.Index(None, "merchant_id", "month"),
    comment="Official star level per merchant, track and evaluation month (first day).",
)

star_evaluations = sa.Table(
    "star_evaluations",
    metadata,
    sa.Column("month", sa.Date, primary_key=True),
    sa.Column("evaluation_date", sa.Date, nullable=False),
    sa.Column("stat_date", sa.Date, nullable=False),
    sa.Column("rule_set_id", sa.String(64), nullable=False),
    sa.Column("published_at", UtcDateTime, nullable=False),
    sa.Column("published_by", sa.String(ID_LENGTH), nullable=False),
    sa.Column("runs", sa.Integer, nullable=False),
    comment="Published official evaluations; a re-run needs an operator's force (audited).",
)

star_averages = sa.Table(
    "star_averages",
    metadata,
    sa.Column("stat_date", sa.Date, nullable=False),
    sa.Column("track", sa.String(CODE_LENGTH), nullable=False),
    # The benchmark's star level: the seed's tabs 1星平均 … 5星平均.
    sa.Column("stars", sa.Integer, nullable=False),
    sa.Column("metric", sa.String(64), nullable=False),
    sa.Column("average", sa.Double),
    sa.Column("merchants", sa.Integer, nullable=False),
    sa.Column("computed_at", UtcDateTime, nullable=False),
    sa.PrimaryKeyConstraint("stat_date", "track", "stars", "metric"),
    sa.CheckConstraint("stars >= 1", name="stars_from_one"),
    comment="Average of each metric and score over the merchants at each star level "
    "(1 … the ladder's top), per stat date and track.",
)
