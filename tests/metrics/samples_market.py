"""A small marketplace for the sample-venue rules: merchants, products, sample offers,
sample orders and restorations as the typed Arrow tables of
:mod:`sellerstar.samples.inputs`. A product is eligible unless a test changes it:
Apparel (minimum 5 USD, factor 0.7), stock 10, growth 66, samples supported, sample
price 10.00, offered at 7.00."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pyarrow as pa
from ibis.backends import BaseBackend

from sellerstar.rules import RuleBook
from sellerstar.samples.inputs import SAMPLE_COLUMNS, arrow_schema
from sellerstar.samples.run import SampleCheck, compute

PLATFORM = ZoneInfo("Asia/Shanghai")


def at(day: dt.date, hour: int = 12, minute: int = 0) -> dt.datetime:
    """A platform wall-clock time as a UTC instant."""
    return dt.datetime.combine(day, dt.time(hour, minute), PLATFORM).astimezone(dt.UTC)


class SampleMarket:
    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in SAMPLE_COLUMNS}
        self._ids = itertools.count(1)

    def merchant(self, merchant_id: str, main_industry: str | None = "Apparel") -> str:
        self.rows["merchants"].append({"merchant_id": merchant_id, "main_industry": main_industry})
        return merchant_id

    def product(
        self,
        merchant_id: str,
        *,
        offer: str | None = "7.00",
        offered_at: dt.datetime | None = None,
        **changes: Any,
    ) -> str:
        product_id = f"P{next(self._ids):05d}"
        row = {
            "product_id": product_id,
            "merchant_id": merchant_id,
            "industry": "Apparel",
            "leaf_category": "dresses",
            "status": "listed",
            "stock": 10,
            "growth_score": 66,
            "samples_supported": True,
            "sample_price_usd": Decimal("10.00"),
        }
        for key, value in changes.items():
            row[key] = Decimal(value) if key == "sample_price_usd" and value else value
        self.rows["products"].append(row)
        if offer is not None:
            self.rows["sample_offers"].append(
                {
                    "product_id": product_id,
                    "discount_price_usd": Decimal(offer),
                    "offered_at": offered_at,
                }
            )
        return product_id

    def sample_order(
        self,
        merchant_id: str,
        *,
        ship_by: dt.datetime,
        shipped_at: dt.datetime | None = None,
        status: str = "shipped",
        cancelled_at: dt.datetime | None = None,
        cancelled_by: str | None = None,
        paid_at: dt.datetime | None = None,
    ) -> str:
        order_id = f"O{next(self._ids):05d}"
        self.rows["orders"].append(
            {
                "order_id": order_id,
                "merchant_id": merchant_id,
                "status": status,
                "paid_at": paid_at or ship_by - dt.timedelta(days=2),
                "ship_by": ship_by,
                "shipped_at": shipped_at,
                "sample_product_id": "PX",
                "cancelled_at": cancelled_at,
                "cancelled_by": cancelled_by,
            }
        )
        return order_id

    def restore(self, merchant_id: str, when: dt.datetime) -> None:
        self.rows["sample_right_restorations"].append(
            {"merchant_id": merchant_id, "restored_at": when}
        )

    def tables(self) -> dict[str, pa.Table]:
        return {
            name: pa.Table.from_pylist(rows, schema=arrow_schema(name))
            for name, rows in self.rows.items()
        }

    def compute(self, backend: BaseBackend, book: RuleBook, day: dt.date) -> SampleCheck:
        return compute(backend, self.tables(), book, day)


def reasons(check: SampleCheck) -> dict[str, str]:
    """Each offered product's reasons (empty = eligible)."""
    rows = check.eligibility.to_pylist()
    for row in rows:
        assert row["eligible"] == (row["reasons"] == ""), row
    return {row["product_id"]: row["reasons"] for row in rows}
