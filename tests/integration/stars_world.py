"""Rows for the star-level store tests: merchants with metrics, scores and products.

The metric results (``merchant_metrics``) are written directly: the star job reads them,
it does not care how they were computed (the metric tests cover that).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, merchant_metrics, review_store_ratings, users

ZONE = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2022, 12, 10, tzinfo=dt.UTC)

GOOD_METRICS: dict[str, Any] = {
    "tv_orders": 20,
    "tv_passing": 20,
    "tv_rate": 1.0,
    "gd_enrolled": True,
    "gd_orders": 40,
    "gd_guaranteed": 40,
    "gd_rate": 1.0,
    "gd_default_pass": False,
    "ots_due": 30,
    "ots_on_time": 30,
    "ots_rate": 1.0,
}


def days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def at(text: str) -> dt.datetime:
    """Platform wall time ``YYYY-MM-DD HH:MM`` as an aware datetime."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=ZONE)


class World:
    """Writes rows into a migrated store."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    def insert(self, table: sa.Table, rows: Iterable[dict[str, Any]]) -> None:
        rows = list(rows)
        if rows:
            with transaction(self.engine) as connection:
                connection.execute(table.insert(), rows)

    def merchant(
        self,
        merchant_id: str,
        dates: Iterable[dt.date] = (),
        scores: float | None = 95.0,
        risk: float | None = 100.0,
        review: float = 5.0,
        inputs_from: dt.date = dt.date(2022, 10, 1),
        **metrics: Any,
    ) -> str:
        """A merchant, its metrics on ``dates``, one row of each score table, and the store
        rating ``review`` on ``dates`` (the buyer review score from the reviews, §5.8)."""
        self.insert(
            contract_tables["merchants"],
            [
                {
                    "merchant_id": merchant_id,
                    "name": merchant_id,
                    "membership": "export_pass",
                    "ta_status": "active",
                }
            ],
        )
        self.metrics(merchant_id, dates, **metrics)
        if scores is not None:
            self.scores(merchant_id, inputs_from, scores)
        if risk is not None:
            self.assurance(merchant_id, inputs_from, risk, review)
        self.store_ratings(merchant_id, dates, review)
        return merchant_id

    def store_ratings(self, merchant_id: str, dates: Iterable[dt.date], rating: float) -> None:
        """What the reviews step computed: the store rating on each date."""
        self.insert(
            review_store_ratings,
            [
                {
                    "merchant_id": merchant_id,
                    "stat_date": day,
                    "rating": rating,
                    "label": "satisfied",
                    "review_count": 10,
                    "rule_set_id": "2022-11",
                    "computed_at": NOW,
                }
                for day in dates
            ],
        )

    def metrics(
        self, merchant_id: str, dates: Iterable[dt.date], rule_set_id: str = "2022-11", **kw: Any
    ) -> None:
        self.insert(
            merchant_metrics,
            [
                GOOD_METRICS
                | kw
                | {
                    "merchant_id": merchant_id,
                    "stat_date": day,
                    "rule_set_id": rule_set_id,
                    "computed_at": NOW,
                }
                for day in dates
            ],
        )

    def scores(self, merchant_id: str, day: dt.date, score: float, **kw: float) -> None:
        row = dict.fromkeys(("merchant_score", "marketing_score", "transaction_score"), score)
        self.insert(
            contract_tables["capability_scores"],
            [{"merchant_id": merchant_id, "stat_date": day} | row | kw],
        )

    def assurance(self, merchant_id: str, day: dt.date, risk: float, review: float) -> None:
        self.insert(
            contract_tables["assurance_inputs"],
            [
                {
                    "merchant_id": merchant_id,
                    "stat_date": day,
                    "risk_health_score": risk,
                    "buyer_review_score": review,
                }
            ],
        )

    def enrol(self, merchant_id: str, joined: str, left: str | None = None) -> None:
        self.insert(
            contract_tables["guarantee_enrolments"],
            [
                {
                    "merchant_id": merchant_id,
                    "joined_at": at(joined),
                    "left_at": None if left is None else at(left),
                }
            ],
        )

    def products(
        self,
        merchant_id: str,
        count: int,
        ship_days: int | None = 7,
        is_rts: bool = True,
        status: str = "listed",
    ) -> None:
        start = self._products
        self._products = start + count
        self.insert(
            contract_tables["products"],
            [
                {
                    "product_id": f"P{n}",
                    "merchant_id": merchant_id,
                    "title": "t",
                    "leaf_category": "c",
                    "industry": "Apparel",
                    "is_rts": is_rts,
                    "ships_within_days": ship_days,
                    "stock": 10,
                    "growth_score": 50,
                    "samples_supported": False,
                    "status": status,
                }
                for n in range(start, start + count)
            ],
        )

    _products = 0

    def user(self, login: str, role: str, merchant_id: str | None = None) -> None:
        self.insert(
            users,
            [
                {
                    "login": login,
                    "display_name": login,
                    "role": role,
                    "merchant_id": merchant_id,
                    "created_at": NOW,
                }
            ],
        )
