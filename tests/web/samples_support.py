"""The sample venue's web tests: products on top of web_support's world, M1 and M2 both of
main industry Apparel (minimum 5.00, factor 0.7 in rule-set 2022-10-31).

M1's products: P-OK1 and P-OK2 (owned by A2) pass every rule; P-LOW (A3) has stock 8;
P-GROW (no owner) growth 65; P-CHEAP sample price 4.99; P-TOY is in Toys & Hobbies, not
the main industry. M2's P-M2 passes every rule (another merchant's: 404 for M1's users).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from factories import product_row
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, sample_merchants


def sample_product(product_id: str, merchant_id: str = "M1", **columns: Any) -> dict[str, Any]:
    """A product passing every registration rule unless ``columns`` change that."""
    defaults: dict[str, Any] = {
        "industry": "Apparel",
        "leaf_category": "T-shirts",
        "stock": 10,
        "growth_score": 66,
        "samples_supported": True,
        "sample_price_usd": Decimal("10.00"),
    }
    return product_row(product_id, merchant_id, f"Shirt {product_id}", **(defaults | columns))


def seed_samples(engine: sa.Engine) -> None:
    """The products above; the merchants' main industry."""
    merchants = contract_tables["merchants"]
    with transaction(engine) as connection:
        connection.execute(merchants.update().values(main_industry="Apparel"))
        connection.execute(
            contract_tables["products"].insert(),
            [
                sample_product("P-OK1", owner_account_id="A2"),
                sample_product("P-OK2", owner_account_id="A2"),
                sample_product("P-LOW", owner_account_id="A3", stock=8),
                sample_product("P-GROW", growth_score=65),
                sample_product("P-CHEAP", sample_price_usd=Decimal("4.99")),
                sample_product("P-TOY", industry="Toys & Hobbies"),
                sample_product("P-M2", "M2", owner_account_id="B1"),
            ],
        )


def places_taken(engine: sa.Engine, merchant_id: str = "M1") -> int:
    with engine.connect() as connection:
        found = connection.scalar(
            sa.select(sample_merchants.c.places_taken).where(
                sample_merchants.c.merchant_id == merchant_id
            )
        )
    return int(found or 0)


def set_places(engine: sa.Engine, merchant_id: str, taken: int) -> None:
    """The merchant's counter as if ``taken`` registrations held a place."""
    with transaction(engine) as connection:
        connection.execute(
            sample_merchants.insert(),
            [{"merchant_id": merchant_id, "places_taken": taken, "lost_at": None,
              "lost_order_id": None}],
        )  # fmt: skip
