"""Builders of the sample-venue registration tests: a merchant whose main industry is
Apparel (minimum 5.00, factor 0.7 in rule-set 2022-10-31) and products that pass every
rule unless told otherwise (stock 10, growth 66, sample price 10.00, samples supported).

M1: main account A1, sub-accounts A2 and A3; M2: main account B1.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from factories import account_row, merchant_row, product_row
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, sample_merchants

NOW = dt.datetime(2022, 12, 6, 2, 0, tzinfo=dt.UTC)
PRICE = Decimal("7.00")  # 0.7 × 10.00: exactly at Apparel's factor


def sample_product(product_id: str, merchant_id: str = "M1", **columns: Any) -> dict[str, Any]:
    """A product that passes every registration rule unless ``columns`` change that."""
    defaults: dict[str, Any] = {
        "industry": "Apparel",
        "leaf_category": "T-shirts",
        "stock": 10,
        "growth_score": 66,
        "samples_supported": True,
        "sample_price_usd": Decimal("10.00"),
    }
    return product_row(product_id, merchant_id, f"Product {product_id}", **(defaults | columns))


def seed_merchants(engine: sa.Engine) -> None:
    """M1 and M2 (both Apparel) with their accounts."""
    with transaction(engine) as connection:
        connection.execute(
            contract_tables["merchants"].insert(),
            [
                merchant_row("M1", main_industry="Apparel"),
                merchant_row("M2", main_industry="Apparel"),
            ],
        )
        connection.execute(
            contract_tables["accounts"].insert(),
            [
                account_row("A1", "M1", "main"),
                account_row("A2", "M1", "sub"),
                account_row("A3", "M1", "sub"),
                account_row("B1", "M2", "main"),
            ],
        )


def add_products(engine: sa.Engine, *rows: dict[str, Any]) -> None:
    with transaction(engine) as connection:
        connection.execute(contract_tables["products"].insert(), list(rows))


def many_products(engine: sa.Engine, prefix: str, count: int, **columns: Any) -> list[str]:
    """``count`` eligible products of M1 named ``prefix``0001…"""
    ids = [f"{prefix}{n:04d}" for n in range(1, count + 1)]
    add_products(engine, *(sample_product(product_id, **columns) for product_id in ids))
    return ids


def places_taken(engine: sa.Engine, merchant_id: str = "M1") -> int:
    with engine.connect() as connection:
        found = connection.scalar(
            sa.select(sample_merchants.c.places_taken).where(
                sample_merchants.c.merchant_id == merchant_id
            )
        )
    return int(found or 0)


def set_places(engine: sa.Engine, merchant_id: str, taken: int, **columns: Any) -> None:
    """The merchant's places as if ``taken`` registrations held one (counter only)."""
    row = {"merchant_id": merchant_id, "places_taken": taken, "lost_at": None,
           "lost_order_id": None} | columns  # fmt: skip
    with transaction(engine) as connection:
        connection.execute(sample_merchants.insert(), [row])
