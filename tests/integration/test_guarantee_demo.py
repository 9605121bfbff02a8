"""The demo's orders.placed_by and late_delivery_claims: claims only on guaranteed-delivery
orders, nothing after the cut-off, and every compensation outcome present."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from sellerstar.demo import GenerateOptions, generate
from sellerstar.domain.compensation import ClaimFacts, assess_claim
from sellerstar.domain.guarantee import Period, enrolled_at
from sellerstar.rules import load_rulebook
from sellerstar.services.compensation import compensation_rules

AS_OF = dt.date(2022, 12, 6)
TZ = dt.timezone(dt.timedelta(hours=8))
CUTOFF = dt.datetime.combine(AS_OF + dt.timedelta(days=1), dt.time(), TZ)
BOOK = load_rulebook()


@pytest.fixture(scope="module")
def market(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    out: Path = tmp_path_factory.mktemp("claims-market")
    generate(GenerateOptions(out=out, orders=5_000, seed=0, as_of=AS_OF))
    names = ("orders", "late_delivery_claims", "guarantee_enrolments")
    return {name: pq.read_table(out / f"{name}.parquet").to_pylist() for name in names}


def test_orders_name_who_placed_them_or_leave_it_empty(
    market: dict[str, list[dict[str, Any]]],
) -> None:
    placed = Counter(order["placed_by"] for order in market["orders"])
    assert set(placed) == {"buyer", "merchant", None}
    assert placed["merchant"] < placed["buyer"] + placed[None]


def test_claims_come_only_on_guaranteed_delivery_orders_before_the_cut_off(
    market: dict[str, list[dict[str, Any]]],
) -> None:
    orders = {order["order_id"]: order for order in market["orders"]}
    periods: dict[str, list[Period]] = {}
    for row in market["guarantee_enrolments"]:
        periods.setdefault(row["merchant_id"], []).append(Period(row["joined_at"], row["left_at"]))
    gd = BOOK.get("2022-11").guaranteed_delivery
    assert gd is not None
    claims = market["late_delivery_claims"]
    assert claims
    assert len({c["order_id"] for c in claims}) == len(claims)
    for claim in claims:
        order = orders[claim["order_id"]]
        assert enrolled_at(periods.get(order["merchant_id"], []), order["paid_at"])
        assert order["trade_assurance"] and order["all_items_rts"] and order["delivery_promise"]
        assert order["payment_method"] in gd.payment_methods
        assert order["transport"] in gd.transports and order["export_mode"] in gd.export_modes
        assert claim["filed_at"] < CUTOFF
        assert claim["delivered_at"] is None or claim["delivered_at"] < CUTOFF
        assert claim["promised_delivery_at"] > order["ship_by"]


def test_every_compensation_outcome_occurs(market: dict[str, list[dict[str, Any]]]) -> None:
    orders = {order["order_id"]: order for order in market["orders"]}
    outcomes: Counter[tuple[str, bool]] = Counter()
    for claim in market["late_delivery_claims"]:
        order = orders[claim["order_id"]]
        facts = ClaimFacts(
            ship_by=order["ship_by"],
            shipped_at=order["shipped_at"],
            amount_usd=Decimal(order["amount_usd"]),
            filed_at=claim["filed_at"],
            promised_delivery_at=claim["promised_delivery_at"],
            delivered_at=claim["delivered_at"],
            coupon_used=claim["coupon_used"],
        )
        rules = compensation_rules(BOOK.in_force_at(claim["filed_at"]))
        outcomes[(assess_claim(facts, rules).reason, order["placed_by"] == "merchant")] += 1
    reasons = {reason for reason, _ in outcomes}
    assert reasons == {
        "late_shipment_late_delivery",
        "shipped_on_time",
        "delivery_not_late",
        "coupon_not_used",
    }
    # Payable claims on both kinds of order: one may ask for an exemption, one may not.
    assert outcomes[("late_shipment_late_delivery", True)] > 0
    assert outcomes[("late_shipment_late_delivery", False)] > 0
