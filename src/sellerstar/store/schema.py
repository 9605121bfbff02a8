"""The tables of the system of record: one ``metadata`` for the whole store.

Every table is importable from here. The data-contract tables are generated in
:mod:`sellerstar.store.contract_tables`; the tables of each workflow have their own
module; the application tables (users, tokens, audit log, results, job runs) are
declared here by hand.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.schema import SchemaItem

from sellerstar.contract import (
    MERCHANT_METRICS_COLUMNS,
    ORDER_TRACKING_COLUMNS,
)
from sellerstar.domain.access import Role
from sellerstar.store.appeal_tables import appeal_evidence, appeal_reviews
from sellerstar.store.base import (
    CODE_LENGTH,
    ID_LENGTH,
    NAMING_CONVENTION,
    SqlType,
    metadata,
    one_of,
)
from sellerstar.store.contract_tables import contract_tables, event_key
from sellerstar.store.fair_tables import (
    fair_merchant_ranks,
    fair_position_results,
    fair_positions,
    fair_results,
    fair_student_choices,
    fair_students,
    fairs,
)
from sellerstar.store.guarantee_tables import compensations, penalty_points
from sellerstar.store.market_tables import market_coupons, market_providers, market_tools
from sellerstar.store.metric_mark_tables import metric_marks
from sellerstar.store.notification_tables import (
    notification_deliveries,
    notification_preferences,
    webhook_attempts,
    webhook_endpoints,
)
from sellerstar.store.outbox_tables import notifications
from sellerstar.store.qa_tables import qa_channels, qa_groups, qa_questions
from sellerstar.store.radar_tables import radar_findings, radar_reviews, radar_scans
from sellerstar.store.recruitment_tables import recruitment_interviews, recruitment_jobs
from sellerstar.store.review_tables import (
    brushing_cases,
    brushing_suspects,
    review_merchant_rankings,
    review_product_rankings,
    review_products,
    review_states,
    review_store_ratings,
)
from sellerstar.store.sample_tables import (
    sample_eligibility,
    sample_merchants,
    sample_registrations,
    sample_right_losses,
)
from sellerstar.store.star_tables import (
    official_star_levels,
    star_averages,
    star_evaluations,
    star_levels,
)
from sellerstar.store.tracking_tables import (
    parcel_registrations,
    parcels,
    webhook_bodies,
    webhook_deliveries,
)
from sellerstar.store.types import UtcDateTime
from sellerstar.store.web_tables import sign_in_failures, store_meta, web_sessions

__all__ = [
    "ID_LENGTH",
    "JOB_STATUSES",
    "NAMING_CONVENTION",
    "TOKEN_SCOPES",
    "UtcDateTime",
    "api_tokens",
    "appeal_evidence",
    "appeal_reviews",
    "audit_log",
    "brushing_cases",
    "brushing_suspects",
    "compensations",
    "contract_tables",
    "event_key",
    "fair_merchant_ranks",
    "fair_position_results",
    "fair_positions",
    "fair_results",
    "fair_student_choices",
    "fair_students",
    "fairs",
    "job_locks",
    "job_runs",
    "market_coupons",
    "market_providers",
    "market_tools",
    "merchant_metrics",
    "metadata",
    "metric_marks",
    "notification_deliveries",
    "notification_preferences",
    "notifications",
    "official_star_levels",
    "order_tracking",
    "parcel_registrations",
    "parcels",
    "penalty_points",
    "qa_channels",
    "qa_groups",
    "qa_questions",
    "radar_findings",
    "radar_reviews",
    "radar_scans",
    "recruitment_interviews",
    "recruitment_jobs",
    "review_merchant_rankings",
    "review_product_rankings",
    "review_products",
    "review_states",
    "review_store_ratings",
    "sample_eligibility",
    "sample_merchants",
    "sample_registrations",
    "sample_right_losses",
    "sign_in_failures",
    "star_averages",
    "star_evaluations",
    "star_levels",
    "store_meta",
    "users",
    "web_sessions",
    "webhook_attempts",
    "webhook_bodies",
    "webhook_deliveries",
    "webhook_endpoints",
]

# PostgreSQL limits identifiers to 63 bytes; every generated name stays below it.
_CODE_LENGTH = CODE_LENGTH
_Type = SqlType

JOB_STATUSES: tuple[str, ...] = ("running", "succeeded", "failed")
TOKEN_SCOPES: tuple[str, ...] = ("read", "read_write")

_in = one_of


ROLE_SCOPE = (
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
"""Which of a user's merchant, account, buyer and talent columns its role fills."""

users = sa.Table(
    "users",
    metadata,
    sa.Column("user_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("login", sa.String(ID_LENGTH), nullable=False, unique=True),
    sa.Column("display_name", sa.Text, nullable=False),
    sa.Column("role", sa.String(_CODE_LENGTH), nullable=False),
    sa.Column("merchant_id", sa.String(ID_LENGTH), sa.ForeignKey("merchants.merchant_id")),
    sa.Column("account_id", sa.String(ID_LENGTH), sa.ForeignKey("accounts.account_id")),
    sa.Column("buyer_id", sa.String(ID_LENGTH), sa.ForeignKey("buyers.buyer_id")),
    sa.Column("talent_id", sa.String(ID_LENGTH), sa.ForeignKey("talents.talent_id")),
    sa.Column("password_hash", sa.Text),
    sa.Column("is_active", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.CheckConstraint(_in("role", Role), name="role"),
    # Operators see every merchant; merchant users see one, a sub-account only its orders;
    # a buyer is one of the marketplace's buyers and a talent one of the talent pool's:
    # neither belongs to a merchant.
    sa.CheckConstraint(ROLE_SCOPE, name="role_scope"),
    sa.Index(None, "merchant_id"),
    sa.Index(None, "buyer_id"),
    sa.Index(None, "talent_id"),
    comment="People who sign in: operators, merchant staff (main or sub-account), buyers "
    "and talents.",
)

api_tokens = sa.Table(
    "api_tokens",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column(
        "user_id", sa.Integer, sa.ForeignKey("users.user_id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("last_used_at", UtcDateTime),
    sa.Column("revoked_at", UtcDateTime),
    sa.Column("expires_at", UtcDateTime, nullable=False),
    # "read": safe methods only; "read_write": also the API's writes (never HTML forms).
    sa.Column("scope", sa.String(CODE_LENGTH), nullable=False, server_default="read_write"),
    sa.CheckConstraint(one_of("scope", TOKEN_SCOPES), name="scope"),
    sa.Index(None, "user_id"),
    comment="API tokens; only the sha256 of a token is kept.",
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", UtcDateTime, nullable=False),
    sa.Column("actor", sa.String(ID_LENGTH), nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("entity_type", sa.String(64), nullable=False),
    sa.Column("entity_id", sa.String(ID_LENGTH)),
    sa.Column("detail", sa.JSON),
    sa.Column("reason", sa.Text),
    sa.Index(None, "entity_type", "entity_id"),
    sa.Index(None, "at"),
    comment="Every state change: who (login, 'system' or 'import'), what, on which entity.",
)

# Result columns are named by the contract; their types follow from what they hold.
_COUNTS = ("ots_due", "ots_on_time")
# Empty when the rule-set of the date does not have the metric (before it went live).
_METRIC_COUNTS = ("tv_orders", "tv_passing", "gd_orders", "gd_guaranteed")
_METRIC_FLAGS = ("gd_enrolled", "gd_default_pass")
_RATES = ("tv_rate", "gd_rate", "ots_rate")  # also empty when the rate has no denominator
_FLAGS = ("counted_pass", "shown_pass", "appeal_window_open")
_RESULT_TYPES: dict[str, tuple[_Type, bool]] = {
    "merchant_id": (sa.String(ID_LENGTH), False),
    "order_id": (sa.String(ID_LENGTH), False),
    "owner_account_id": (sa.String(ID_LENGTH), True),
    "stat_date": (sa.Date(), False),
    "ship_date": (sa.Date(), False),
    "reason": (sa.String(_CODE_LENGTH), False),
    **{name: (sa.Integer(), False) for name in _COUNTS},
    **{name: (sa.Integer(), True) for name in _METRIC_COUNTS},
    **{name: (sa.Boolean(), True) for name in _METRIC_FLAGS},
    **{name: (sa.Double(), True) for name in _RATES},
    **{name: (sa.Boolean(), False) for name in _FLAGS},
}


def _result_table(
    name: str, names: tuple[str, ...], key: tuple[str, ...], comment: str, *extra: SchemaItem
) -> sa.Table:
    missing = [n for n in names if n not in _RESULT_TYPES]
    if missing:
        raise RuntimeError(f"store/schema.py: no column type for result column(s) {missing}")
    columns = [
        sa.Column(n, _RESULT_TYPES[n][0], primary_key=n in key, nullable=_RESULT_TYPES[n][1])
        for n in names
    ]
    return sa.Table(
        name,
        metadata,
        *columns,
        sa.Column("computed_at", UtcDateTime, nullable=False),
        sa.Column("rule_set_id", sa.String(64), nullable=False),
        *extra,
        comment=comment,
    )


merchant_metrics = _result_table(
    "merchant_metrics",
    MERCHANT_METRICS_COLUMNS,
    ("merchant_id", "stat_date"),
    "Daily metrics per merchant and stat date, as computed by the metric job.",
)
order_tracking = _result_table(
    "order_tracking",
    ORDER_TRACKING_COLUMNS,
    ("stat_date", "order_id"),
    "Tracking-visibility judgement per order and stat date, as computed by the metric job.",
    # The order list pages in (ship_date, order_id) order and counts from the index alone.
    sa.Index(None, "merchant_id", "stat_date", "ship_date", "order_id"),
)

job_runs = sa.Table(
    "job_runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("job", sa.String(64), nullable=False),
    sa.Column("params", sa.JSON),
    sa.Column("started_at", UtcDateTime, nullable=False),
    sa.Column("finished_at", UtcDateTime),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("summary", sa.JSON),
    sa.Column("error", sa.Text),
    sa.CheckConstraint(_in("status", JOB_STATUSES), name="status"),
    sa.Index(None, "job", "started_at"),
    comment="Batch jobs (imports, daily metric runs): parameters, outcome, timing.",
)

job_locks = sa.Table(
    "job_locks",
    metadata,
    sa.Column("job", sa.String(64), primary_key=True),
    sa.Column("holder", sa.String(128), nullable=False),
    sa.Column("acquired_at", UtcDateTime, nullable=False),
    # Pushed forward by the holder's heartbeat; a lock past it is taken over.
    sa.Column("expires_at", UtcDateTime, nullable=False),
    comment="One row per job running now (the daily job): whoever inserts it runs the job; "
    "deleted when the job ends or fails, taken over once expired (its process died).",
)
