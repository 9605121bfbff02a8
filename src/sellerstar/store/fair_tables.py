"""Two-way selection fairs (双选会, rulebook §6, §6.1): fairs with a university, the
positions merchants list, the students' and merchants' rankings, and the published
allocation with each side's reasons.

A fair's state (``FairState``, CHECK) decides what may change: positions and rankings only
while it is open (and before ``closes_at``); the allocation is computed once closed and is
read-only from publication on (services/fairs*.py enforce it, in the transaction that
changes the rows, with an audit row).
"""

from __future__ import annotations

import sqlalchemy as sa

from sellerstar.domain.fairs import FairState, PositionOutcome, StudentOutcome
from sellerstar.store.base import CODE_LENGTH, ID_LENGTH, metadata, one_of
from sellerstar.store.types import UtcDateTime

fairs = sa.Table(
    "fairs",
    metadata,
    sa.Column("fair_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("university", sa.String(200), nullable=False),
    sa.Column("title", sa.String(200), nullable=False),
    sa.Column("state", sa.String(CODE_LENGTH), nullable=False),
    # Rankings may be submitted from opens_at (once opened) until closes_at; the results
    # are planned for results_at (published by an operator, never before closing).
    sa.Column("opens_at", UtcDateTime, nullable=False),
    sa.Column("closes_at", UtcDateTime, nullable=False),
    sa.Column("results_at", UtcDateTime, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("created_by", sa.String(ID_LENGTH), nullable=False),
    sa.Column("changed_at", UtcDateTime, nullable=False),
    sa.Column("changed_by", sa.String(ID_LENGTH), nullable=False),
    # The last computation: when, under which rule-set, and its blocking pairs (always 0:
    # a computation with any is refused, so publication requires a computed allocation).
    sa.Column("computed_at", UtcDateTime),
    sa.Column("rule_set_id", sa.String(64)),
    sa.Column("blocking_pairs", sa.Integer),
    sa.Column("published_at", UtcDateTime),
    sa.CheckConstraint(one_of("state", FairState), name="state"),
    sa.CheckConstraint("opens_at < closes_at AND closes_at <= results_at", name="dates_order"),
    sa.CheckConstraint(
        "state <> 'published' OR (published_at IS NOT NULL AND computed_at IS NOT NULL"
        " AND blocking_pairs = 0)",
        name="published_computed",
    ),
    comment="A two-way selection fair with a university: its dates and state "
    "(draft → open → closed → published).",
)

fair_positions = sa.Table(
    "fair_positions",
    metadata,
    sa.Column("position_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "fair_id", sa.Integer, sa.ForeignKey("fairs.fair_id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column(
        "merchant_id", sa.String(ID_LENGTH), sa.ForeignKey("merchants.merchant_id"), nullable=False
    ),
    sa.Column("title", sa.String(200), nullable=False),
    sa.Column("description", sa.String(2000), nullable=False),
    sa.Column("capacity", sa.Integer, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("created_by", sa.String(ID_LENGTH), nullable=False),
    sa.CheckConstraint("capacity >= 1", name="capacity_positive"),
    sa.Index(None, "fair_id", "merchant_id"),
    comment="A position a merchant lists at a fair, with its number of places.",
)

fair_students = sa.Table(
    "fair_students",
    metadata,
    sa.Column(
        "fair_id", sa.Integer, sa.ForeignKey("fairs.fair_id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column(
        "talent_id", sa.String(ID_LENGTH), sa.ForeignKey("talents.talent_id"), primary_key=True
    ),
    sa.Column("registered_at", UtcDateTime, nullable=False),
    # The tie-break's first key (docs/fairs.md): the last time the ranking was submitted.
    sa.Column("submitted_at", UtcDateTime, nullable=False),
    comment="A student (talent) registered at a fair, and when their ranking was last submitted.",
)

fair_student_choices = sa.Table(
    "fair_student_choices",
    metadata,
    sa.Column("fair_id", sa.Integer, primary_key=True),
    sa.Column("talent_id", sa.String(ID_LENGTH), primary_key=True),
    sa.Column("choice_rank", sa.Integer, primary_key=True),
    sa.Column(
        "position_id",
        sa.Integer,
        sa.ForeignKey("fair_positions.position_id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.ForeignKeyConstraint(
        ["fair_id", "talent_id"],
        ["fair_students.fair_id", "fair_students.talent_id"],
        ondelete="CASCADE",
    ),
    sa.CheckConstraint("choice_rank >= 1", name="choice_rank_positive"),
    sa.UniqueConstraint("fair_id", "talent_id", "position_id"),
    sa.Index(None, "position_id"),
    comment="A student's strict ranking of a fair's positions (1 = first choice).",
)

fair_merchant_ranks = sa.Table(
    "fair_merchant_ranks",
    metadata,
    sa.Column(
        "position_id",
        sa.Integer,
        sa.ForeignKey("fair_positions.position_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("talent_id", sa.String(ID_LENGTH), primary_key=True),
    sa.Column("rank", sa.Integer, nullable=False),
    sa.Column("ranked_at", UtcDateTime, nullable=False),
    sa.Column("ranked_by", sa.String(ID_LENGTH), nullable=False),
    sa.CheckConstraint("rank >= 1", name="rank_positive"),
    comment="A merchant's rank of an applicant for one of its positions (1 = best; equal "
    "ranks are ties); an applicant left out is not acceptable for it.",
)

fair_results = sa.Table(
    "fair_results",
    metadata,
    sa.Column(
        "fair_id", sa.Integer, sa.ForeignKey("fairs.fair_id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("talent_id", sa.String(ID_LENGTH), primary_key=True),
    sa.Column(
        "position_id", sa.Integer, sa.ForeignKey("fair_positions.position_id", ondelete="CASCADE")
    ),
    sa.Column("choice_rank", sa.Integer),
    sa.Column("outcome", sa.String(CODE_LENGTH), nullable=False),
    # For each position ranked above the result: "position_id:not_ranked|filled_higher".
    sa.Column("reasons", sa.String(2000), nullable=False),
    sa.CheckConstraint(one_of("outcome", StudentOutcome), name="outcome"),
    sa.CheckConstraint(
        "(position_id IS NULL) = (choice_rank IS NULL)", name="placed_has_choice_rank"
    ),
    sa.Index(None, "position_id"),
    comment="The computed allocation, one row per registered student, with the reason; "
    "students and merchants see it once the fair is published.",
)

fair_position_results = sa.Table(
    "fair_position_results",
    metadata,
    sa.Column(
        "position_id",
        sa.Integer,
        sa.ForeignKey("fair_positions.position_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("fair_id", sa.Integer, sa.ForeignKey("fairs.fair_id"), nullable=False),
    sa.Column("filled", sa.Integer, nullable=False),
    sa.Column("outcome", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("applicants", sa.Integer, nullable=False),
    sa.Column("placed_higher_choice", sa.Integer, nullable=False),
    sa.Column("filled_higher", sa.Integer, nullable=False),
    sa.Column("not_ranked", sa.Integer, nullable=False),
    sa.CheckConstraint(one_of("outcome", PositionOutcome), name="outcome"),
    sa.Index(None, "fair_id"),
    comment="Each position's computed result: places filled and what became of its other "
    "applicants (placed at a higher choice, ranked below those placed, not ranked).",
)
