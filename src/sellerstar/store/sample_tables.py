"""The discount sample venue's records (rulebook §4, §4.1): registrations, each merchant's
places under the cap and right to register, and the daily eligibility of registrations.

The cap holds in the store: a registration takes a place by a conditional update of
``sample_merchants.places_taken`` (``… WHERE places_taken + n <= cap``), which both SQLite
(one writer) and PostgreSQL (the row lock, re-checked after waiting) apply atomically,
and a CHECK keeps the count from going below zero.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from sellerstar.domain.samples import RegistrationState
from sellerstar.store.base import CODE_LENGTH, ID_LENGTH, MONEY, metadata, one_of
from sellerstar.store.types import UtcDateTime

sample_merchants = sa.Table(
    "sample_merchants",
    metadata,
    sa.Column("merchant_id", sa.String(ID_LENGTH), primary_key=True),
    sa.Column("places_taken", sa.Integer, nullable=False, server_default="0"),
    # The right to register is lost from lost_at (the failing sample order named) until an
    # operator restores it (both columns then null again; sample_right_losses keeps history).
    sa.Column("lost_at", UtcDateTime),
    sa.Column("lost_order_id", sa.String(ID_LENGTH)),
    sa.CheckConstraint("places_taken >= 0", name="places_taken_not_negative"),
    comment="Per merchant: registrations holding a place under the cap, and whether the "
    "right to register is lost now.",
)

sample_registrations = sa.Table(
    "sample_registrations",
    metadata,
    sa.Column("registration_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("product_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("discount_price_usd", MONEY, nullable=False),
    sa.Column("state", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("registered_at", UtcDateTime, nullable=False),
    sa.Column("registered_by", sa.String(ID_LENGTH), nullable=False),
    sa.Column("changed_at", UtcDateTime, nullable=False),
    sa.Column("changed_by", sa.String(ID_LENGTH), nullable=False),
    # Why an operator suspended it, or the order whose failure ended it.
    sa.Column("note", sa.Text, nullable=False),
    # 1 while the registration holds a place (active or suspended), null otherwise: the
    # unique index then allows one such registration per product and any number of ended.
    sa.Column("holds_place", sa.Integer),
    # The buyer-side venue reads these (no join on a hot path): shown = active, eligible at
    # the last check and the merchant holds the right; the product's facts as last checked.
    sa.Column("in_venue", sa.Boolean, nullable=False),
    sa.Column("industry", sa.String(200), nullable=False),
    sa.Column("leaf_category", sa.String(200), nullable=False),
    sa.Column("growth_score", sa.Integer, nullable=False),
    sa.Column("sample_price_usd", MONEY, nullable=False),
    sa.Column("checked_at", UtcDateTime, nullable=False),
    sa.CheckConstraint(one_of("state", RegistrationState), name="state"),
    sa.CheckConstraint("holds_place IS NULL OR holds_place = 1", name="holds_place_flag"),
    sa.CheckConstraint("discount_price_usd > 0", name="discount_price_positive"),
    sa.Index("uq_sample_registrations_product_place", "product_id", "holds_place", unique=True),
    sa.Index(None, "merchant_id", "state"),
    comment="A merchant's registration of a product for the discount sample venue, with its "
    "discounted sample price; withdrawn and ended ones stay as history.",
)


def _venue_index(name: str, *keys: sa.ColumnElement[Any]) -> sa.Index:
    """An index over the rows in the venue only: partial where the dialect has them (both
    SQLite and PostgreSQL), so registrations out of the venue cost the feeds nothing."""
    flag = sample_registrations.c.in_venue
    # Each dialect's condition as its queries spell it (SQLite writes a flag as "= 1").
    return sa.Index(name, *keys, postgresql_where=flag, sqlite_where=flag == sa.true())


_reg = sample_registrations.c
VENUE_DISCOUNT_KEY = -(
    _reg.discount_price_usd / sa.func.nullif(_reg.sample_price_usd, sa.literal_column("0"))
)
"""The sample centre's first key: minus the discount factor, so that every key of its
order runs the same way (descending) and a cursor is one row-value comparison. A zero
original price (never in the venue) gives no key rather than a division error."""

# The buyer-side feeds (queries/venue.py): one index per placement's filter and order,
# read backwards; the registration id closes every order.
_venue_index(
    "ix_sample_registrations_venue_discount",
    VENUE_DISCOUNT_KEY,
    _reg.registered_at,
    _reg.registration_id,
)
_venue_index(
    "ix_sample_registrations_venue_industry_discount",
    _reg.industry,
    VENUE_DISCOUNT_KEY,
    _reg.registered_at,
    _reg.registration_id,
)
_venue_index("ix_sample_registrations_venue_new", _reg.registered_at, _reg.registration_id)
_venue_index(
    "ix_sample_registrations_venue_leaf_growth",
    _reg.leaf_category,
    _reg.growth_score,
    _reg.registration_id,
)
_venue_index("ix_sample_registrations_venue_growth", _reg.growth_score, _reg.registration_id)
_venue_index(
    "ix_sample_registrations_venue_industry_growth",
    _reg.industry,
    _reg.growth_score,
    _reg.registration_id,
)
_venue_index(
    "ix_sample_registrations_venue_merchant_growth",
    _reg.merchant_id,
    _reg.growth_score,
    _reg.registration_id,
)

sample_right_losses = sa.Table(
    "sample_right_losses",
    metadata,
    sa.Column("loss_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("order_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("failure", sa.String(CODE_LENGTH), nullable=False),
    sa.Column("failed_at", UtcDateTime, nullable=False),
    sa.Column("recorded_at", UtcDateTime, nullable=False),
    sa.Column("restored_at", UtcDateTime),
    sa.Column("restored_by", sa.String(ID_LENGTH)),
    sa.Column("restore_note", sa.Text),
    sa.UniqueConstraint("order_id"),
    sa.Index(None, "merchant_id", "failed_at"),
    comment="Each sample order a merchant failed to fulfil (not shipped in time, or "
    "cancelled by the merchant after payment) and the restoration that ended the loss.",
)

sample_eligibility = sa.Table(
    "sample_eligibility",
    metadata,
    sa.Column("stat_date", sa.Date, primary_key=True),
    sa.Column("product_id", sa.String(ID_LENGTH), primary_key=True),
    sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
    sa.Column("eligible", sa.Boolean, nullable=False),
    sa.Column("reasons", sa.String(400), nullable=False),
    sa.Column("rule_set_id", sa.String(64), nullable=False),
    sa.Index(None, "merchant_id", "stat_date"),
    comment="The daily check of every registration holding a place: the same rules and "
    "output as `sellerstar samples check` (reasons = failing rule codes, `;`-separated).",
)
