"""A small marketplace of reviews, built row by row, for the review-rule tests.

Times are given as platform (Asia/Shanghai) dates and hours and stored in UTC, as the
inputs are. Defaults keep a test to the rows that matter for its rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count
from typing import Any
from zoneinfo import ZoneInfo

import pyarrow as pa
from ibis.backends import BaseBackend

from sellerstar.reviews.inputs import REVIEW_COLUMNS, arrow_schema
from sellerstar.reviews.run import ReviewResult, compute
from sellerstar.rules import RuleBook

ZONE = ZoneInfo("Asia/Shanghai")
D = dt.date(2022, 12, 20)
"""The date most tests compute: every rule-set section is in force."""
YESTERDAY = D - dt.timedelta(days=1)


def at(day: dt.date, hour: int = 12, minute: int = 0) -> dt.datetime:
    """The UTC instant of a platform wall-clock time."""
    return dt.datetime.combine(day, dt.time(hour, minute), ZONE).astimezone(dt.UTC)


def days_before(days: int, day: dt.date = D) -> dt.date:
    return day - dt.timedelta(days=days)


@dataclass
class Market:
    rows: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {name: [] for name in REVIEW_COLUMNS}
    )
    _ids: Iterator[int] = field(default_factory=lambda: count(1))

    def _next(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids)}"

    def merchant(self, merchant_id: str = "M1", industry: str | None = "apparel") -> str:
        self.rows["merchants"].append({"merchant_id": merchant_id, "main_industry": industry})
        return merchant_id

    def product(self, merchant_id: str = "M1", leaf: str = "shirts", status: str = "listed") -> str:
        product_id = self._next("P")
        self.rows["products"].append(
            {
                "product_id": product_id,
                "merchant_id": merchant_id,
                "leaf_category": leaf,
                "status": status,
            }
        )
        return product_id

    def buyer(self, tier: str = "L1", badge: str | None = None) -> str:
        buyer_id = self._next("B")
        self.rows["buyers"].append({"buyer_id": buyer_id, "tier": tier, "badge": badge})
        return buyer_id

    def order(
        self,
        merchant_id: str,
        buyer_id: str,
        paid: dt.datetime | None = None,
        status: str = "received",
        received: dt.datetime | None = None,
    ) -> str:
        order_id = self._next("O")
        self.rows["orders"].append(
            {
                "order_id": order_id,
                "merchant_id": merchant_id,
                "buyer_id": buyer_id,
                "status": status,
                "paid_at": paid,
                "received_at": received,
            }
        )
        return order_id

    def review(
        self,
        product_id: str,
        *,
        merchant_id: str = "M1",
        buyer_id: str | None = None,
        received: dt.date | None = None,
        submitted: dt.date = YESTERDAY,
        quality: int = 5,
        service: int = 5,
        shipment: int = 5,
        text: str | None = "",
        order_id: str | None = None,
        received_hour: int = 12,
        submitted_hour: int = 12,
    ) -> str:
        review_id = self._next("R")
        buyer_id = buyer_id or self.buyer()
        order_id = order_id or self.order(merchant_id, buyer_id)
        received = received or submitted
        self.rows["transaction_reviews"].append(
            {
                "review_id": review_id,
                "order_id": order_id,
                "product_id": product_id,
                "merchant_id": merchant_id,
                "buyer_id": buyer_id,
                "received_at": at(received, received_hour),
                "submitted_at": at(submitted, submitted_hour),
                "product_quality": quality,
                "supplier_service": service,
                "on_time_shipment": shipment,
                "text": text,
            }
        )
        return review_id

    def direct(
        self,
        buyer_id: str,
        *,
        merchant_id: str = "M1",
        product_id: str | None = None,
        submitted: dt.datetime | None = None,
        basis: str = "opportunity",
        text: str = "good supplier",
    ) -> str:
        review_id = self._next("DR")
        self.rows["direct_reviews"].append(
            {
                "review_id": review_id,
                "merchant_id": merchant_id,
                "product_id": product_id,
                "buyer_id": buyer_id,
                "submitted_at": submitted or at(days_before(1)),
                "basis": basis,
                "communication": 5,
                "capability": None,
                "text": text,
            }
        )
        return review_id

    def action(
        self,
        buyer_id: str,
        when: dt.datetime,
        *,
        merchant_id: str = "M1",
        product_id: str | None = None,
        kind: str = "inquiry",
    ) -> None:
        self.rows["business_actions"].append(
            {
                "buyer_id": buyer_id,
                "merchant_id": merchant_id,
                "product_id": product_id,
                "kind": kind,
                "at": when,
            }
        )

    def judge(self, order_id: str, when: dt.datetime, judgement: str = "improper") -> None:
        self.rows["order_judgements"].append(
            {"order_id": order_id, "judgement": judgement, "judged_at": when}
        )

    def confirm_brushing(self, review_id: str, when: dt.datetime) -> None:
        self.rows["confirmed_brushing"].append({"review_id": review_id, "confirmed_at": when})

    def order_of(self, review_id: str) -> str:
        row = next(r for r in self.rows["transaction_reviews"] if r["review_id"] == review_id)
        return str(row["order_id"])

    def arrow(self) -> dict[str, pa.Table]:
        return {
            name: pa.Table.from_pylist(rows, schema=arrow_schema(name))
            for name, rows in self.rows.items()
        }

    def compute(self, backend: BaseBackend, book: RuleBook, day: dt.date = D) -> ReviewResult:
        return compute(backend, self.arrow(), book, day)


def ids(result: ReviewResult, table: str, column: str = "product_id") -> list[str]:
    return [str(value) for value in result.tables[table][column].to_pylist()]


def row(result: ReviewResult, table: str, key: str, value: str) -> dict[str, Any] | None:
    return next((r for r in result.tables[table].to_pylist() if r[key] == value), None)
