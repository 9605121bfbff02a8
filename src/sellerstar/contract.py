"""The data contract: the tables a marketplace feeds in, as data.

One description serves the import validator, the ORM tables, the demo generator and the
lake-mode reader, so a column is named and typed in exactly one place. Standard library only.

>>> TABLES["orders"].column("trade_term").codes is not None
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from sellerstar.domain.appeals import AppealState
from sellerstar.domain.radar import RadarCategory, TaskStatus
from sellerstar.domain.recruitment import Certification
from sellerstar.domain.reviews import Badge, BusinessAction, BuyerTier, DirectBasis, Judgement
from sellerstar.domain.samples import CancelledBy


class Kind(StrEnum):
    """Column types of the data contract."""

    ID = "id"
    STR = "str"
    TS = "ts"
    DATE = "date"
    BOOL = "bool"
    MONEY = "money"
    DECIMAL = "decimal"  # a score or ratio with two decimals, e.g. 87.50
    INT = "int"
    COUNTRY = "country"  # ISO 3166-1 alpha-2, upper case


MEMBERSHIPS = frozenset({"export_pass", "global_treasure", "gold_supplier_plus", "other", "none"})
TA_STATUSES = frozenset({"active", "suspended", "terminated", "none"})
ACCOUNT_ROLES = frozenset({"main", "sub"})
TRADE_TERMS = frozenset(
    {"EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP", "DDU"}
)
EXPORT_MODES = frozenset({"tad", "self_export", "other"})
TRANSPORTS = frozenset({"express", "postal", "air", "sea", "land"})
PAYMENT_METHODS = frozenset({"tt", "credit_card", "e_payment", "lc", "open_account"})
ORDER_STATUSES = frozenset(
    {"created", "paid", "shipped", "received", "completed", "cancelled", "refunded"}
)
EVENT_SOURCES = frozenset({"platform", "17track", "kuaidi100"})
EVENT_STATUSES = frozenset(
    {
        "info_received",
        "in_transit",
        "out_for_delivery",
        "available_for_pickup",
        "delivered",
        "attempt_fail",
        "exception",
        "expired",
        "not_found",
    }
)
APPEAL_TYPES = frozenset({"backend_has_two", "single_real_event", "third_party_tracking"})
APPEAL_STATUSES = frozenset(state.value for state in AppealState)
PRODUCT_STATUSES = frozenset({"listed", "delisted", "deleted"})
ORDER_PLACERS = frozenset({"buyer", "merchant"})
IP_RIGHT_KINDS = frozenset({"trademark", "patent", "design"})
RADAR_CATEGORIES = frozenset(category.value for category in RadarCategory)
RADAR_TASK_STATUSES = frozenset(status.value for status in TaskStatus)
BUYER_TIERS = frozenset(tier.value for tier in BuyerTier)
BUYER_BADGES = frozenset(badge.value for badge in Badge)
DIRECT_BASES = frozenset(basis.value for basis in DirectBasis)
BUSINESS_ACTIONS = frozenset(action.value for action in BusinessAction)
JUDGEMENTS = frozenset(judgement.value for judgement in Judgement)
CANCELLERS = frozenset(who.value for who in CancelledBy)
CERTIFICATIONS = frozenset(kind.value for kind in Certification)


@dataclass(frozen=True)
class Column:
    """One column: its type, whether it may be empty, its code list and its reference.

    ``references`` names ``table.column`` that a non-empty value must exist in.
    ``min_value``/``max_value`` bound INT and MONEY columns.
    """

    name: str
    kind: Kind
    required: bool = True
    codes: frozenset[str] | None = None
    references: str | None = None
    min_value: float | None = None
    max_value: float | None = None


@dataclass(frozen=True)
class Table:
    """One contract table: its columns and the columns that identify a row (upsert key)."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    description: str = ""
    _by_name: dict[str, Column] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {c.name: c for c in self.columns})

    def column(self, name: str) -> Column:
        return self._by_name[name]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def required_columns(self) -> tuple[str, ...]:
        """Columns a file must have; a missing optional column reads as all empty."""
        return tuple(c.name for c in self.columns if c.required)


def _c(name: str, kind: Kind, **kw: object) -> Column:
    return Column(name, kind, **kw)  # type: ignore[arg-type]


MERCHANTS = Table(
    "merchants",
    (
        _c("merchant_id", Kind.ID),
        _c("name", Kind.STR),
        _c("main_industry", Kind.STR, required=False),
        # The seed's 二级类目 (second-level category) the star page shows with the level.
        _c("secondary_category", Kind.STR, required=False),
        _c("membership", Kind.STR, codes=MEMBERSHIPS),
        _c("ta_status", Kind.STR, codes=TA_STATUSES),
        # Where the merchant is registered (ISO alpha-2; CN = mainland China, HK/MO/TW are
        # other codes): the service market's coupons are for some countries only (§6.1).
        _c("country", Kind.COUNTRY, required=False),
    ),
    key=("merchant_id",),
    description="Merchants (sellers) and their membership and trade-assurance admission.",
)

ACCOUNTS = Table(
    "accounts",
    (
        _c("account_id", Kind.ID),
        _c("merchant_id", Kind.ID, references="merchants.merchant_id"),
        _c("role", Kind.STR, codes=ACCOUNT_ROLES),
        _c("name", Kind.STR),
    ),
    key=("account_id",),
    description="A merchant's staff accounts: one main account and its sub-accounts.",
)

ORDERS = Table(
    "orders",
    (
        _c("order_id", Kind.ID),
        _c("merchant_id", Kind.ID, references="merchants.merchant_id"),
        _c("owner_account_id", Kind.ID, required=False, references="accounts.account_id"),
        _c("buyer_id", Kind.ID),
        _c("trade_assurance", Kind.BOOL),
        _c("destination_country", Kind.COUNTRY),
        _c("trade_term", Kind.STR, codes=TRADE_TERMS),
        _c("export_mode", Kind.STR, codes=EXPORT_MODES),
        _c("transport", Kind.STR, codes=TRANSPORTS),
        _c("payment_method", Kind.STR, codes=PAYMENT_METHODS),
        _c("status", Kind.STR, codes=ORDER_STATUSES),
        _c("created_at", Kind.TS),
        _c("paid_at", Kind.TS, required=False),
        _c("ship_by", Kind.TS, required=False),
        _c("shipped_at", Kind.TS, required=False),
        # Reviews (rulebook §5): when the buyer confirmed receipt; empty = not (yet) known.
        _c("received_at", Kind.TS, required=False),
        _c("amount_usd", Kind.MONEY, min_value=0),
        _c("all_items_rts", Kind.BOOL),
        _c("delivery_promise", Kind.BOOL),
        # §2.3: force majeure exempts only orders the buyer placed directly; empty = buyer.
        _c("placed_by", Kind.STR, required=False, codes=ORDER_PLACERS),
        # The sample venue (rulebook §4.1): a sample order names the registered product it
        # buys at the sample price; a cancellation says when and by whom.
        _c("sample_product_id", Kind.ID, required=False),
        _c("cancelled_at", Kind.TS, required=False),
        _c("cancelled_by", Kind.STR, required=False, codes=CANCELLERS),
    ),
    key=("order_id",),
    description="Orders, trade-assurance and other.",
)

SHIPMENTS = Table(
    "shipments",
    (
        _c("shipment_id", Kind.ID),
        _c("order_id", Kind.ID, references="orders.order_id"),
        _c("carrier", Kind.STR),
        _c("tracking_number", Kind.STR),
        _c("transport", Kind.STR, codes=TRANSPORTS),
        _c("uploaded_at", Kind.TS),
        _c("replaced_by", Kind.ID, required=False, references="shipments.shipment_id"),
    ),
    key=("shipment_id",),
    description="One row per logistics document (shipment batch) of an order.",
)

TRACKING_EVENTS = Table(
    "tracking_events",
    (
        _c("carrier", Kind.STR),
        _c("tracking_number", Kind.STR),
        _c("event_time", Kind.TS),
        _c("received_at", Kind.TS),
        _c("description", Kind.STR),
        _c("location", Kind.STR, required=False),
        _c("status", Kind.STR, required=False, codes=EVENT_STATUSES),
        _c("source", Kind.STR, codes=EVENT_SOURCES),
    ),
    # Identical events (same parcel, source, time and text) are one event.
    key=("carrier", "tracking_number", "source", "event_time", "description"),
    description="Carrier scans, keyed by parcel (carrier + tracking number).",
)

TRACKING_APPEALS = Table(
    "tracking_appeals",
    (
        _c("appeal_id", Kind.ID),
        _c("order_id", Kind.ID, references="orders.order_id"),
        _c("shipment_id", Kind.ID, references="shipments.shipment_id"),
        _c("appeal_type", Kind.STR, codes=APPEAL_TYPES),
        _c("submitted_at", Kind.TS),
        _c("status", Kind.STR, codes=APPEAL_STATUSES),
        _c("decided_at", Kind.TS, required=False),
    ),
    key=("appeal_id",),
    description="Merchants' appeals against a failing shipment's tracking judgement.",
)

GUARANTEE_ENROLMENTS = Table(
    "guarantee_enrolments",
    (
        _c("merchant_id", Kind.ID, references="merchants.merchant_id"),
        _c("joined_at", Kind.TS),
        _c("left_at", Kind.TS, required=False),
    ),
    key=("merchant_id", "joined_at"),
    description="Periods of enrolment in the guaranteed upgrade service.",
)

PRODUCTS = Table(
    "products",
    (
        _c("product_id", Kind.ID),
        _c("merchant_id", Kind.ID, references="merchants.merchant_id"),
        _c("owner_account_id", Kind.ID, required=False, references="accounts.account_id"),
        _c("title", Kind.STR),
        _c("description", Kind.STR, required=False),
        _c("leaf_category", Kind.STR),
        _c("industry", Kind.STR),
        _c("is_rts", Kind.BOOL),
        _c("ships_within_days", Kind.INT, required=False, min_value=0),
        _c("stock", Kind.INT, min_value=0),
        _c("growth_score", Kind.INT, min_value=0, max_value=100),
        _c("samples_supported", Kind.BOOL),
        _c("sample_price_usd", Kind.MONEY, required=False, min_value=0),
        _c("status", Kind.STR, codes=PRODUCT_STATUSES),
        # The product radar (rulebook §3): the declared brand, the product tier (产品分层)
        # its list filters by, and the main image, relative to the input folder.
        _c("brand", Kind.STR, required=False),
        _c("tier", Kind.STR, required=False),
        _c("image_path", Kind.STR, required=False),
    ),
    key=("product_id",),
    description="Product listings.",
)

IP_RIGHTS = Table(
    "ip_rights",
    (
        _c("right_id", Kind.ID),
        _c("holder", Kind.STR),
        _c("kind", Kind.STR, codes=IP_RIGHT_KINDS),
        _c("mark", Kind.STR),
        # Other spellings and translations, separated by ";": "Louis Vuitton;LV;路易威登".
        _c("aliases", Kind.STR, required=False),
        _c("image_path", Kind.STR, required=False),
        # The goods and services the right covers (a mark protects it for those only),
        # separated by ";", in any language: "shoes;apparel;bag;鞋;服装". Empty: unknown.
        _c("goods", Kind.STR, required=False),
    ),
    key=("right_id",),
    description="Protected intellectual property the product radar looks for: a trademark, "
    "patent or design, its word mark or product name, other spellings (`;`-separated) and "
    "an optional reference image (path relative to the input folder), and the goods and "
    "services the right covers (`;`-separated words in any language, e.g. "
    "`shoes;apparel;bag;鞋;服装`; empty = unknown).",
)

RADAR_TASKS = Table(
    "radar_tasks",
    (
        _c("task_id", Kind.ID),
        _c("product_id", Kind.ID, references="products.product_id"),
        _c("category", Kind.STR, codes=RADAR_CATEGORIES),
        _c("right_id", Kind.ID, required=False, references="ip_rights.right_id"),
        _c("detail", Kind.STR),
        _c("created_at", Kind.TS),
        _c("status", Kind.STR, codes=RADAR_TASK_STATUSES),
        _c("closed_at", Kind.TS, required=False),
    ),
    key=("task_id",),
    description="Rectification tasks of the product radar (rulebook §3). The platform's "
    "other checks (logistics, service, price, other) are imported here; sellerstar opens "
    "the suspected-IP tasks itself with the same columns.",
)

CAPABILITY_SCORES = Table(
    "capability_scores",
    (
        _c("merchant_id", Kind.ID, references="merchants.merchant_id"),
        _c("stat_date", Kind.DATE),
        _c("merchant_score", Kind.DECIMAL, min_value=0, max_value=100),
        _c("marketing_score", Kind.DECIMAL, min_value=0, max_value=100),
        _c("transaction_score", Kind.DECIMAL, min_value=0, max_value=100),
    ),
    key=("merchant_id", "stat_date"),
    description="Scores (0–100) of the merchant, marketing and transaction capabilities, "
    "computed by the marketplace; a row holds from its stat date until the next row.",
)

ASSURANCE_INPUTS = Table(
    "assurance_inputs",
    (
        _c("merchant_id", Kind.ID, references="merchants.merchant_id"),
        _c("stat_date", Kind.DATE),
        _c("risk_health_score", Kind.DECIMAL, min_value=0, max_value=100),
        _c("buyer_review_score", Kind.DECIMAL, min_value=0, max_value=5),
    ),
    key=("merchant_id", "stat_date"),
    description="Assurance metrics the marketplace computes (risk health score 0–100, buyer "
    "review score 0–5); a row holds from its stat date until the next row.",
)

LATE_DELIVERY_CLAIMS = Table(
    "late_delivery_claims",
    (
        _c("claim_id", Kind.ID),
        _c("order_id", Kind.ID, references="orders.order_id"),
        _c("filed_at", Kind.TS),
        _c("promised_delivery_at", Kind.TS),
        _c("delivered_at", Kind.TS, required=False),
        _c("coupon_used", Kind.BOOL),
    ),
    key=("claim_id",),
    description="Buyers' late-delivery claims on guaranteed-delivery orders (rulebook §2.3).",
)

VIOLATIONS = Table(
    "violations",
    (
        _c("violation_id", Kind.ID),
        _c("merchant_id", Kind.ID, references="merchants.merchant_id"),
        _c("rule", Kind.STR),
        _c("occurred_on", Kind.DATE),
        _c("points", Kind.DECIMAL, min_value=0, max_value=1000),
        # Empty: the rule-set's expiry (365 days from occurred_on).
        _c("expires_on", Kind.DATE, required=False),
        _c("detail", Kind.STR, required=False),
    ),
    key=("violation_id",),
    description="Penalty points the marketplace recorded for violations sellerstar does not "
    "see (its own rule, date, points, optional expiry); they join the penalty-points ledger "
    "with the radar's and the guaranteed service's points.",
)

BUYERS = Table(
    "buyers",
    (
        _c("buyer_id", Kind.ID),
        _c("tier", Kind.STR, codes=BUYER_TIERS),
        _c("badge", Kind.STR, required=False, codes=BUYER_BADGES),
        _c("country", Kind.COUNTRY),
    ),
    key=("buyer_id",),
    description="Buyers who review: their tier (L0–L4), the badge the marketplace gave them "
    "(empty, `platinum` or `pro`) and their country.",
)

TRANSACTION_REVIEWS = Table(
    "transaction_reviews",
    (
        _c("review_id", Kind.ID),
        _c("order_id", Kind.ID, references="orders.order_id"),
        _c("product_id", Kind.ID, references="products.product_id"),
        _c("merchant_id", Kind.ID, references="merchants.merchant_id"),
        _c("buyer_id", Kind.ID, references="buyers.buyer_id"),
        _c("received_at", Kind.TS),
        _c("submitted_at", Kind.TS),
        _c("product_quality", Kind.INT, min_value=1, max_value=5),
        _c("supplier_service", Kind.INT, min_value=1, max_value=5),
        _c("on_time_shipment", Kind.INT, min_value=1, max_value=5),
        _c("text", Kind.STR, required=False),
    ),
    key=("review_id",),
    description="Reviews a buyer left after confirming receipt of an order (`received_at`): "
    "product quality, supplier service and on-time shipment, 1–5 each, and an optional text.",
)

DIRECT_REVIEWS = Table(
    "direct_reviews",
    (
        _c("review_id", Kind.ID),
        _c("merchant_id", Kind.ID, references="merchants.merchant_id"),
        _c("product_id", Kind.ID, required=False, references="products.product_id"),
        _c("buyer_id", Kind.ID, references="buyers.buyer_id"),
        _c("submitted_at", Kind.TS),
        _c("basis", Kind.STR, codes=DIRECT_BASES),
        _c("communication", Kind.INT, min_value=1, max_value=5),
        _c("capability", Kind.INT, required=False, min_value=1, max_value=5),
        _c("text", Kind.STR, required=False),
    ),
    key=("review_id",),
    description="Direct reviews (rulebook §5.1): from a high-tier buyer after a "
    "business-opportunity action (`opportunity`) or from a buyer who paid and has not "
    "confirmed receipt (`paid_unconfirmed`); communication 1–5, manufacturing or trading "
    "capability 1–5 (optional, collected only), text.",
)

BUSINESS_ACTIONS_TABLE = Table(
    "business_actions",
    (
        _c("action_id", Kind.ID),
        _c("buyer_id", Kind.ID, references="buyers.buyer_id"),
        _c("merchant_id", Kind.ID, references="merchants.merchant_id"),
        _c("product_id", Kind.ID, required=False, references="products.product_id"),
        _c("kind", Kind.STR, codes=BUSINESS_ACTIONS),
        _c("at", Kind.TS),
    ),
    key=("action_id",),
    description="A buyer's business-opportunity actions with a merchant (inquiry, chat, "
    "RFQ quote, sample request, order), optionally about a product: who may leave a direct "
    "review, and the inquiry figures of the rankings.",
)

ORDER_JUDGEMENTS = Table(
    "order_judgements",
    (
        _c("order_id", Kind.ID, references="orders.order_id"),
        _c("judgement", Kind.STR, codes=JUDGEMENTS),
        _c("judged_at", Kind.TS),
    ),
    key=("order_id", "judgement"),
    description="Orders the platform judged improper or abnormal; their reviews never count "
    "from the judgement on.",
)

CONFIRMED_BRUSHING = Table(
    "confirmed_brushing",
    (
        _c("review_id", Kind.ID, references="transaction_reviews.review_id"),
        _c("confirmed_at", Kind.TS),
        _c("detail", Kind.STR, required=False),
    ),
    key=("review_id",),
    description="Transaction reviews the marketplace's own integrity team confirmed as "
    "brushing; from `confirmed_at` on they never count, like the ones sellerstar's operators "
    "confirm in the brushing queue.",
)

# Talent recruitment (issue 17): the platform's talent pool and its certification
# programme feed these in; sellerstar matches them to merchants' jobs.
TALENTS = Table(
    "talents",
    (
        _c("talent_id", Kind.ID),
        _c("name", Kind.STR),
        _c("school", Kind.STR, required=False),
        _c("major", Kind.STR, required=False),
        _c("graduation_year", Kind.INT, required=False, min_value=1950, max_value=2100),
        _c("city", Kind.STR, required=False),
        # `;`-separated, e.g. `Excel;直播运营;Google Ads`.
        _c("skills", Kind.STR, required=False),
        _c("experience", Kind.STR, required=False),
    ),
    key=("talent_id",),
    description="E-commerce talent of the platform's talent pool: name, school, major, "
    "graduation year, city, skills (`;`-separated) and experience (free text), matched to "
    "merchants' jobs in talent recruitment.",
)

TALENT_CERTIFICATIONS = Table(
    "talent_certifications",
    (
        _c("certificate_id", Kind.ID),
        _c("talent_id", Kind.ID, references="talents.talent_id"),
        _c("kind", Kind.STR, codes=CERTIFICATIONS),
        _c("issued_on", Kind.DATE),
    ),
    key=("certificate_id",),
    description="Certificates of the platform's certification programme (platform "
    "operations, live-stream presenting, advertising, data analysis): holder, kind and "
    "issue date; anyone can verify a certificate by its id.",
)

# Lake-mode inputs of `sellerstar samples check` that the store holds as its own tables
# (registrations, operators' restorations), so they are not imported.
SAMPLE_OFFERS = Table(
    "sample_offers",
    (
        _c("product_id", Kind.ID, references="products.product_id"),
        _c("discount_price_usd", Kind.MONEY, min_value=0),
        _c("offered_at", Kind.TS, required=False),
    ),
    key=("product_id",),
    description="Products put forward for the discount sample venue with their discounted "
    "sample price (USD). Within the cap, offers take places in `offered_at` order (empty "
    "last), then by product id. The store's registrations play this part in store mode.",
)

SAMPLE_RIGHT_RESTORATIONS = Table(
    "sample_right_restorations",
    (
        _c("merchant_id", Kind.ID, references="merchants.merchant_id"),
        _c("restored_at", Kind.TS),
    ),
    key=("merchant_id", "restored_at"),
    description="When an operator gave a merchant back the right to register for the sample "
    "venue; it ends every loss caused by a sample order that failed before. The operators' "
    "restorations play this part in store mode.",
)

JOBS = Table(
    "jobs",
    (
        _c("job_id", Kind.ID),
        _c("merchant_id", Kind.ID),
        _c("title", Kind.STR),
        _c("city", Kind.STR, required=False),
        _c("remote", Kind.BOOL, required=False),
        _c("duties", Kind.STR, required=False),
        # `;`-separated certification codes, e.g. `platform_operations;data_analysis`.
        _c("required_certifications", Kind.STR, required=False),
        _c("preferred_certifications", Kind.STR, required=False),
        _c("skills", Kind.STR, required=False),
    ),
    key=("job_id",),
    description="Open jobs to match talent to (`sellerstar recruitment match`): title, city "
    "or remote, duties, required and preferred certifications (`;`-separated codes) and "
    "skills. The store's open jobs play this part in store mode.",
)

# Lake-mode inputs of `sellerstar recruitment fair` (a two-way selection fair, 双选会); the
# store holds fairs, positions and rankings as its own tables (`store/fair_tables.py`).
FAIR_POSITIONS = Table(
    "fair_positions",
    (
        _c("position_id", Kind.ID),
        _c("merchant_id", Kind.ID),
        _c("title", Kind.STR, required=False),
        _c("capacity", Kind.INT, min_value=1),
    ),
    key=("position_id",),
    description="Positions merchants list at a two-way selection fair, with their number "
    "of places (capacity >= 1).",
)

FAIR_STUDENT_RANKINGS = Table(
    "fair_student_rankings",
    (
        _c("talent_id", Kind.ID),
        _c("position_id", Kind.ID, references="fair_positions.position_id"),
        _c("choice_rank", Kind.INT, min_value=1),
        _c("submitted_at", Kind.TS, required=False),
    ),
    key=("talent_id", "position_id"),
    description="Each student's (talent's) strict ranking of positions: `choice_rank` 1 is "
    "the first choice, distinct per student; `submitted_at` (the latest of the student's "
    "rows) is the tie-break's first key, empty last.",
)

FAIR_MERCHANT_RANKINGS = Table(
    "fair_merchant_rankings",
    (
        _c("position_id", Kind.ID, references="fair_positions.position_id"),
        _c("talent_id", Kind.ID),
        _c("rank", Kind.INT, min_value=1),
    ),
    key=("position_id", "talent_id"),
    description="Each position's ranks of its applicants (1 = best; equal ranks are ties, "
    "broken by the documented rule, docs/fairs.md); an applicant left out is not "
    "acceptable for that position.",
)

FAIR_TABLES: tuple[Table, ...] = (FAIR_POSITIONS, FAIR_STUDENT_RANKINGS, FAIR_MERCHANT_RANKINGS)

LAKE_ONLY_TABLES: dict[str, Table] = {
    t.name: t for t in (SAMPLE_OFFERS, SAMPLE_RIGHT_RESTORATIONS, JOBS, *FAIR_TABLES)
}

# Dependency order: a table only references tables before it (shipments also itself).
TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        MERCHANTS,
        ACCOUNTS,
        ORDERS,
        SHIPMENTS,
        TRACKING_EVENTS,
        TRACKING_APPEALS,
        GUARANTEE_ENROLMENTS,
        PRODUCTS,
        IP_RIGHTS,
        RADAR_TASKS,
        CAPABILITY_SCORES,
        ASSURANCE_INPUTS,
        LATE_DELIVERY_CLAIMS,
        VIOLATIONS,
        BUYERS,
        TRANSACTION_REVIEWS,
        DIRECT_REVIEWS,
        BUSINESS_ACTIONS_TABLE,
        ORDER_JUDGEMENTS,
        CONFIRMED_BRUSHING,
        TALENTS,
        TALENT_CERTIFICATIONS,
    )
}

# Batch outputs of the metric engine (`sellerstar metrics run`, `sellerstar compute`).
MERCHANT_METRICS_COLUMNS: tuple[str, ...] = (
    "merchant_id",
    "stat_date",
    "tv_orders",
    "tv_passing",
    "tv_rate",
    "gd_enrolled",
    "gd_orders",
    "gd_guaranteed",
    "gd_rate",
    "gd_default_pass",
    "ots_due",
    "ots_on_time",
    "ots_rate",
)
ORDER_TRACKING_COLUMNS: tuple[str, ...] = (
    "stat_date",
    "order_id",
    "merchant_id",
    "owner_account_id",
    "ship_date",
    "counted_pass",
    "shown_pass",
    "reason",
    "appeal_window_open",
)
ORDER_TRACKING_REASONS = frozenset(
    {
        "launch_exempt",
        "newest_7_days_exempt",
        "tracked",
        "untracked",
        "appeal_pending",
        "appeal_approved",
        "appeal_rejected",
    }
)
