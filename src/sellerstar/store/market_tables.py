"""The service market (外贸服务市场, rulebook §6, §6.1): its catalogue of tools and services
with their providers and prices, and the launch-day coupons merchants claimed.

The limits hold in the store, whatever the callers do at the same moment:

- **stock**: a claim takes a coupon by a conditional update of ``market_tools.coupons_left``
  (``… SET coupons_left = coupons_left - 1 WHERE coupons_left > 0``) in the transaction of
  its insert; SQLite applies it under its one write lock, PostgreSQL under the row lock,
  re-checking the condition after waiting (READ COMMITTED), so no two claims take the last
  coupon. A CHECK keeps ``0 <= coupons_left <= coupon_stock`` besides.
- **one per tool per main account**: the unique key (tool_id, merchant_id) of
  ``market_coupons`` (a merchant has one main account, and the coupon is recorded on it
  whichever of its accounts claimed); the second insert fails and its transaction, with
  the coupon it took, is rolled back.
"""

from __future__ import annotations

import sqlalchemy as sa

from sellerstar.domain.market import ToolCategory
from sellerstar.store.base import CODE_LENGTH, ID_LENGTH, MONEY, metadata, one_of
from sellerstar.store.types import UtcDateTime

market_providers = sa.Table(
    "market_providers",
    metadata,
    sa.Column("provider_id", sa.String(ID_LENGTH), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("name_en", sa.String(200), nullable=False),
    comment="Providers of the service market's tools and services.",
)

market_tools = sa.Table(
    "market_tools",
    metadata,
    sa.Column("tool_id", sa.String(ID_LENGTH), primary_key=True),
    sa.Column(
        "provider_id",
        sa.String(ID_LENGTH),
        sa.ForeignKey("market_providers.provider_id"),
        nullable=False,
    ),
    sa.Column("category", sa.String(CODE_LENGTH), nullable=False),
    # The second-level item of the category (PC店铺模板, 主播代播, …), as the seed names it.
    sa.Column("sub_category", sa.String(200), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("name_en", sa.String(200), nullable=False),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("description_en", sa.Text, nullable=False),
    sa.Column("price_cny", MONEY, nullable=False),
    # What the price buys (月 = a month, 次 = once, 年 = a year): a code the pages word.
    sa.Column("price_unit", sa.String(CODE_LENGTH), nullable=False),
    # The launch-day price with the coupon (直播间专属权益: 1元/月); null = no coupon.
    sa.Column("launch_price_cny", MONEY),
    sa.Column("coupon_stock", sa.Integer, nullable=False, server_default="0"),
    sa.Column("coupons_left", sa.Integer, nullable=False, server_default="0"),
    sa.Column("listed", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("changed_at", UtcDateTime, nullable=False),
    sa.Column("changed_by", sa.String(ID_LENGTH), nullable=False),
    sa.CheckConstraint(one_of("category", ToolCategory), name="category"),
    sa.CheckConstraint("price_unit IN ('month', 'year', 'once')", name="price_unit"),
    sa.CheckConstraint("price_cny >= 0", name="price_not_negative"),
    sa.CheckConstraint(
        "launch_price_cny IS NULL OR launch_price_cny >= 0", name="launch_price_not_negative"
    ),
    sa.CheckConstraint("coupon_stock >= 0", name="coupon_stock_not_negative"),
    sa.CheckConstraint(
        "coupons_left >= 0 AND coupons_left <= coupon_stock", name="coupons_left_in_stock"
    ),
    sa.Index(None, "category", "tool_id"),
    comment="The service market's catalogue: a tool or service, its provider, price, "
    "launch-day price and the launch coupons' stock and how many are left.",
)

market_coupons = sa.Table(
    "market_coupons",
    metadata,
    sa.Column("coupon_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "tool_id", sa.String(ID_LENGTH), sa.ForeignKey("market_tools.tool_id"), nullable=False
    ),
    sa.Column("merchant_id", sa.String(ID_LENGTH), nullable=False),
    # The main account the coupon belongs to (the contract's accounts, role main); null
    # when the merchant's main account is not in the contract data.
    sa.Column("main_account_id", sa.String(ID_LENGTH)),
    # Who claimed it: the sign-in login and, for a sub-account, its account id.
    sa.Column("claimed_by", sa.String(ID_LENGTH), nullable=False),
    sa.Column("claimant_account_id", sa.String(ID_LENGTH)),
    sa.Column("claimed_at", UtcDateTime, nullable=False),
    sa.Column("valid_on", sa.Date, nullable=False),
    sa.Column("valid_until", sa.Date, nullable=False),
    sa.Column("rule_set_id", sa.String(64), nullable=False),
    sa.CheckConstraint("valid_until >= valid_on", name="valid_period"),
    sa.UniqueConstraint("tool_id", "merchant_id"),
    sa.Index(None, "merchant_id", "claimed_at"),
    comment="A launch-day coupon of a tool claimed for a merchant's main account: one per "
    "tool per merchant (unique), valid from valid_on to valid_until.",
)
