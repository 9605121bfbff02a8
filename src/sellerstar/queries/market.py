"""The service market's reads (rulebook §6): the catalogue with each tool's coupons left
and the coupon the asking merchant holds, the merchant's coupons, and the operators'
view of the stock and who claimed.

A merchant's coupons belong to its main account: a sub-account sees them too (it may
claim for the main account, ``services/market_coupons.py``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa

from sellerstar.domain.access import OutOfScope, Scope
from sellerstar.domain.market import ToolCategory
from sellerstar.store.market_tables import market_coupons, market_providers, market_tools
from sellerstar.store.schema import contract_tables

_merchants = contract_tables["merchants"]


@dataclass(frozen=True)
class CouponRow:
    coupon_id: int
    tool_id: str
    tool_name: str
    tool_name_en: str
    launch_price_cny: Decimal | None
    price_unit: str
    main_account_id: str | None
    claimed_by: str
    claimed_at: dt.datetime
    valid_on: dt.date
    valid_until: dt.date


@dataclass(frozen=True)
class ToolRow:
    tool_id: str
    category: ToolCategory
    sub_category: str
    name: str
    name_en: str
    description: str
    description_en: str
    provider_name: str
    provider_name_en: str
    price_cny: Decimal
    price_unit: str
    launch_price_cny: Decimal | None
    coupon_stock: int
    coupons_left: int
    coupon: CouponRow | None  # the asking merchant's coupon of this tool


@dataclass(frozen=True)
class OpsToolRow:
    tool_id: str
    category: ToolCategory
    name: str
    provider_name: str
    price_cny: Decimal
    price_unit: str
    launch_price_cny: Decimal | None
    coupon_stock: int
    coupons_left: int
    claimed: int
    listed: bool


@dataclass(frozen=True)
class ClaimRow:
    coupon_id: int
    merchant_id: str
    merchant_name: str
    country: str | None
    main_account_id: str | None
    claimed_by: str
    claimant_account_id: str | None
    claimed_at: dt.datetime


_COUPON_COLUMNS = (
    market_coupons.c.coupon_id,
    market_coupons.c.tool_id,
    market_tools.c.name.label("tool_name"),
    market_tools.c.name_en.label("tool_name_en"),
    market_tools.c.launch_price_cny,
    market_tools.c.price_unit,
    market_coupons.c.main_account_id,
    market_coupons.c.claimed_by,
    market_coupons.c.claimed_at,
    market_coupons.c.valid_on,
    market_coupons.c.valid_until,
)


def merchant_country(connection: sa.Connection, merchant_id: str) -> str | None:
    """Where the merchant is registered (None: not known)."""
    return connection.scalar(
        sa.select(_merchants.c.country).where(_merchants.c.merchant_id == merchant_id)
    )


def coupons(connection: sa.Connection, scope: Scope) -> list[CouponRow]:
    """The merchant's coupons (its main account's), latest first."""
    rows = connection.execute(
        sa.select(*_COUPON_COLUMNS)
        .join(market_tools, market_tools.c.tool_id == market_coupons.c.tool_id)
        .where(market_coupons.c.merchant_id == scope.merchant_id)
        .order_by(market_coupons.c.claimed_at.desc(), market_coupons.c.coupon_id.desc())
    )
    return [CouponRow(**row._mapping) for row in rows]


def catalogue(
    connection: sa.Connection, scope: Scope | None, category: ToolCategory | None = None
) -> list[ToolRow]:
    """The listed tools by category and id, with the coupons left and (for a merchant)
    the coupon it holds of each."""
    held = {row.tool_id: row for row in coupons(connection, scope)} if scope else {}
    query = (
        sa.select(
            market_tools.c.tool_id,
            market_tools.c.category,
            market_tools.c.sub_category,
            market_tools.c.name,
            market_tools.c.name_en,
            market_tools.c.description,
            market_tools.c.description_en,
            market_providers.c.name.label("provider_name"),
            market_providers.c.name_en.label("provider_name_en"),
            market_tools.c.price_cny,
            market_tools.c.price_unit,
            market_tools.c.launch_price_cny,
            market_tools.c.coupon_stock,
            market_tools.c.coupons_left,
        )
        .join(market_providers, market_providers.c.provider_id == market_tools.c.provider_id)
        .where(market_tools.c.listed.is_(True))
        .order_by(market_tools.c.category, market_tools.c.tool_id)
    )
    if category is not None:
        query = query.where(market_tools.c.category == str(category))
    order = list(ToolCategory)
    rows = [
        ToolRow(
            **{**row._mapping, "category": ToolCategory(row.category)}, coupon=held.get(row.tool_id)
        )
        for row in connection.execute(query)
    ]
    return sorted(rows, key=lambda row: (order.index(row.category), row.tool_id))


def ops_tools(connection: sa.Connection) -> list[OpsToolRow]:
    """Every tool, listed or not, with its stock, coupons left and claims."""
    claimed = (
        sa.select(market_coupons.c.tool_id, sa.func.count().label("claimed"))
        .group_by(market_coupons.c.tool_id)
        .subquery()
    )
    rows = connection.execute(
        sa.select(
            market_tools.c.tool_id,
            market_tools.c.category,
            market_tools.c.name,
            market_providers.c.name.label("provider_name"),
            market_tools.c.price_cny,
            market_tools.c.price_unit,
            market_tools.c.launch_price_cny,
            market_tools.c.coupon_stock,
            market_tools.c.coupons_left,
            sa.func.coalesce(claimed.c.claimed, 0).label("claimed"),
            market_tools.c.listed,
        )
        .join(market_providers, market_providers.c.provider_id == market_tools.c.provider_id)
        .outerjoin(claimed, claimed.c.tool_id == market_tools.c.tool_id)
        .order_by(market_tools.c.category, market_tools.c.tool_id)
    )
    return [OpsToolRow(**{**row._mapping, "category": ToolCategory(row.category)})
            for row in rows]  # fmt: skip


def tool_name(connection: sa.Connection, tool_id: str) -> str:
    """The tool's name; OutOfScope (answered 404) when there is no such tool."""
    name = connection.scalar(
        sa.select(market_tools.c.name).where(market_tools.c.tool_id == tool_id)
    )
    if name is None:
        raise OutOfScope(f"no tool {tool_id}")
    return str(name)


def claims(connection: sa.Connection, tool_id: str) -> list[ClaimRow]:
    """Who claimed the tool's coupons, in the order they did."""
    tool_name(connection, tool_id)
    rows = connection.execute(
        sa.select(
            market_coupons.c.coupon_id,
            market_coupons.c.merchant_id,
            sa.func.coalesce(_merchants.c.name, market_coupons.c.merchant_id).label(
                "merchant_name"
            ),
            _merchants.c.country,
            market_coupons.c.main_account_id,
            market_coupons.c.claimed_by,
            market_coupons.c.claimant_account_id,
            market_coupons.c.claimed_at,
        )
        .outerjoin(_merchants, _merchants.c.merchant_id == market_coupons.c.merchant_id)
        .where(market_coupons.c.tool_id == tool_id)
        .order_by(market_coupons.c.claimed_at, market_coupons.c.coupon_id)
    )
    return [ClaimRow(**row._mapping) for row in rows]
