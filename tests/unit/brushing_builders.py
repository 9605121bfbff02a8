"""Builders of tiny review tables for the brushing tests: reviews as dicts, defaults for the
rest, and the rule-set's brushing section."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pyarrow as pa

from sellerstar.reviews.brushing_input import Reviews, prepare
from sellerstar.rules import load_rulebook
from sellerstar.rules.reviews import Brushing

T0 = dt.datetime(2022, 9, 1, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)


def rules(**changes: Any) -> Brushing:
    """The brushing rules in force on 2022-12-06, with ``changes``."""
    section = load_rulebook().in_force(dt.date(2022, 12, 6)).reviews
    assert section is not None and section.brushing is not None
    return section.brushing.model_copy(update=changes)


def review(
    number: int,
    merchant: str,
    buyer: str,
    submitted: dt.datetime,
    *,
    received: dt.datetime | None = None,
    product: str | None = None,
    scores: tuple[int, int, int] = (5, 5, 5),
    text: str = "",
) -> dict[str, Any]:
    """One transaction review (its order is ``O<number>``), received a day before."""
    return {
        "review_id": f"R{number:05d}",
        "order_id": f"O{number:05d}",
        "product_id": product or f"P-{merchant}",
        "merchant_id": merchant,
        "buyer_id": buyer,
        "received_at": received or submitted - DAY,
        "submitted_at": submitted,
        "product_quality": scores[0],
        "supplier_service": scores[1],
        "on_time_shipment": scores[2],
        "text": text,
    }


def tables(
    reviews: list[dict[str, Any]],
    tiers: dict[str, str] | None = None,
    earlier_orders: dict[str, int] | None = None,
) -> tuple[pa.Table, pa.Table, pa.Table]:
    """(transaction_reviews, buyers, orders): every buyer is L2 unless ``tiers`` says
    otherwise; each review's order is the buyer's first unless ``earlier_orders`` gives
    the buyer that many orders a year before."""
    tiers = tiers or {}
    buyers = sorted({r["buyer_id"] for r in reviews})
    orders = [
        {"order_id": r["order_id"], "buyer_id": r["buyer_id"], "created_at": r["received_at"]}
        for r in reviews
    ]
    for buyer, count in (earlier_orders or {}).items():
        orders += [
            {"order_id": f"X-{buyer}-{i}", "buyer_id": buyer, "created_at": T0 - 365 * DAY}
            for i in range(count)
        ]
    ts = pa.timestamp("us", tz="UTC")
    review_table = pa.table(
        {
            name: pa.array([r[name] for r in reviews], ts if name.endswith("_at") else None)
            for name in reviews[0]
        }
    )
    buyer_table = pa.table({"buyer_id": buyers, "tier": [tiers.get(b, "L2") for b in buyers]})
    order_table = pa.table(
        {
            "order_id": [o["order_id"] for o in orders],
            "buyer_id": [o["buyer_id"] for o in orders],
            "created_at": pa.array([o["created_at"] for o in orders], ts),
        }
    )
    return review_table, buyer_table, order_table


def prepared(
    reviews: list[dict[str, Any]],
    tiers: dict[str, str] | None = None,
    earlier_orders: dict[str, int] | None = None,
) -> Reviews:
    return prepare(*tables(reviews, tiers, earlier_orders))


def background(
    count: int, merchants: int = 20, buyers: int = 401, days: int = 180
) -> list[dict[str, Any]]:
    """Honest-looking reviews spread over ``days``: deterministic, varied. A buyer's
    reviews fall on different merchants (``buyers`` and ``merchants`` share no factor):
    an account that orders only one merchant, again and again, is not background."""
    rows = []
    for i in range(count):
        rows.append(
            review(
                90_000 + i,
                f"MB{(i * 7) % merchants:02d}",
                f"BB{(i * 13) % buyers:04d}",
                T0 + dt.timedelta(hours=(i * 7919) % (days * 24)),
                scores=(4 + i % 2, 4, 5),
                text=f"Order {i} arrived fine, thanks.",
            )
        )
    return rows
