"""The service market's catalogue, managed by operators (rulebook §6): providers, tools
and services with their prices, and the launch coupons' stock.

Each function runs in the caller's transaction. The stock is set from the rule-set
(``service_market.coupon_stock``) or by an operator; the coupons already claimed stay
claimed, so the stock may not go below them (the store's CHECK refuses it too).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa

from sellerstar.domain.market import ToolCategory
from sellerstar.errors import SellerstarError
from sellerstar.store import audit
from sellerstar.store.db import upsert
from sellerstar.store.market_tables import market_coupons, market_providers, market_tools

PRICE_UNITS = ("month", "year", "once")


class CatalogueRefused(SellerstarError):
    """A catalogue change that cannot be made; ``code`` says why (the pages word it)."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(message)


@dataclass(frozen=True)
class Provider:
    provider_id: str
    name: str
    name_en: str


@dataclass(frozen=True)
class Tool:
    """A tool or service as the catalogue lists it (prices in CNY)."""

    tool_id: str
    provider_id: str
    category: ToolCategory
    sub_category: str
    name: str
    name_en: str
    description: str
    description_en: str
    price_cny: Decimal
    price_unit: str
    launch_price_cny: Decimal | None = None


def save_provider(connection: sa.Connection, provider: Provider) -> None:
    """Add the provider or replace its names."""
    upsert(connection, market_providers, [provider.__dict__])


def save_tool(connection: sa.Connection, tool: Tool, *, actor: str, now: dt.datetime) -> None:
    """Add the tool or change what the catalogue says of it; its stock is kept (a new
    tool has none until :func:`set_stock`)."""
    check_tool(tool)
    values = {**tool.__dict__, "category": str(tool.category), "changed_at": now,
              "changed_by": actor}  # fmt: skip
    changed = connection.execute(
        market_tools.update().where(market_tools.c.tool_id == tool.tool_id).values(values)
    ).rowcount
    if changed == 0:
        connection.execute(
            market_tools.insert().values(
                {**values, "coupon_stock": 0, "coupons_left": 0, "listed": True}
            )
        )
    audit.record(
        connection, at=now, actor=actor, action="market_tool_saved",
        entity_type="market_tool", entity_id=tool.tool_id,
        detail={"name": tool.name, "price_cny": str(tool.price_cny)},
    )  # fmt: skip


def check_tool(tool: Tool) -> None:
    """Refuse a tool the catalogue cannot hold, with the field to correct."""
    if not tool.tool_id.strip() or not tool.name.strip():
        raise CatalogueRefused("tool_incomplete", "a tool needs an id and a name")
    if tool.price_unit not in PRICE_UNITS:
        raise CatalogueRefused("price_unit", f"price unit is one of {', '.join(PRICE_UNITS)}")
    prices = [tool.price_cny] + ([tool.launch_price_cny] if tool.launch_price_cny else [])
    if any(not _amount(price) for price in prices):
        raise CatalogueRefused("price_invalid", "prices are amounts >= 0 with at most 2 decimals")


def _amount(price: Decimal) -> bool:
    """A finite amount >= 0 with at most 2 decimals."""
    exponent = price.as_tuple().exponent
    return price.is_finite() and price >= 0 and isinstance(exponent, int) and exponent >= -2


def set_stock(
    connection: sa.Connection, tool_id: str, stock: int, *, actor: str, now: dt.datetime
) -> int:
    """Give the tool ``stock`` launch coupons in all; the coupons left after (the stock
    minus those claimed). Refused below the coupons already claimed."""
    claimed = _claimed(connection, tool_id)
    if stock < claimed:
        raise CatalogueRefused(
            "stock_below_claimed", f"{claimed} coupons are claimed already", claimed=claimed
        )
    changed = connection.execute(
        market_tools.update()
        .where(market_tools.c.tool_id == tool_id)
        .values(coupon_stock=stock, coupons_left=stock - claimed, changed_at=now, changed_by=actor)
    ).rowcount
    if changed != 1:
        raise CatalogueRefused("no_such_tool", f"no tool {tool_id}", tool_id=tool_id)
    audit.record(
        connection, at=now, actor=actor, action="market_stock_set",
        entity_type="market_tool", entity_id=tool_id,
        detail={"stock": stock, "claimed": claimed},
    )  # fmt: skip
    return stock - claimed


def set_listed(
    connection: sa.Connection, tool_id: str, listed: bool, *, actor: str, now: dt.datetime
) -> None:
    """Show or hide the tool in the catalogue (a hidden tool's coupons cannot be claimed)."""
    changed = connection.execute(
        market_tools.update()
        .where(market_tools.c.tool_id == tool_id)
        .values(listed=listed, changed_at=now, changed_by=actor)
    ).rowcount
    if changed != 1:
        raise CatalogueRefused("no_such_tool", f"no tool {tool_id}", tool_id=tool_id)
    audit.record(
        connection, at=now, actor=actor, action="market_tool_listed",
        entity_type="market_tool", entity_id=tool_id, detail={"listed": listed},
    )  # fmt: skip


def import_catalogue(
    connection: sa.Connection,
    providers: Iterable[Provider],
    tools: Iterable[Tool],
    *,
    launch_stock: int,
    actor: str,
    now: dt.datetime,
) -> int:
    """Save every provider and tool; the tools with a launch price get ``launch_stock``
    coupons (the rule-set's), the others none. The number of tools saved."""
    for provider in providers:
        save_provider(connection, provider)
    count = 0
    for tool in tools:
        save_tool(connection, tool, actor=actor, now=now)
        set_stock(connection, tool.tool_id, launch_stock if tool.launch_price_cny is not None
                  else _claimed(connection, tool.tool_id), actor=actor, now=now)  # fmt: skip
        count += 1
    return count


def _claimed(connection: sa.Connection, tool_id: str) -> int:
    return int(
        connection.scalar(
            sa.select(sa.func.count())
            .select_from(market_coupons)
            .where(market_coupons.c.tool_id == tool_id)
        )
        or 0
    )


def read_catalogue(data: dict[str, object]) -> tuple[list[Provider], list[Tool]]:
    """Providers and tools from a catalogue document (``sellerstar market catalogue
    --file``): ``{"providers": [{provider_id, name, name_en}], "tools": [{tool_id,
    provider_id, category, sub_category, name, name_en, description, description_en,
    price_cny, price_unit, launch_price_cny?}]}``; prices as strings or numbers."""
    try:
        providers = [Provider(**row) for row in data.get("providers", [])]  # type: ignore[attr-defined]
        tools = []
        for row in data.get("tools", []):  # type: ignore[attr-defined]
            launch = row.get("launch_price_cny")
            tool = Tool(**{**row, "category": ToolCategory(row["category"]),
                           "price_cny": Decimal(str(row["price_cny"])),
                           "launch_price_cny": Decimal(str(launch)) if launch is not None
                           else None})  # fmt: skip
            check_tool(tool)
            tools.append(tool)
    except (TypeError, KeyError, ValueError, ArithmeticError) as exc:
        raise CatalogueRefused("catalogue_invalid", f"not a catalogue: {exc}") from None
    return providers, tools
