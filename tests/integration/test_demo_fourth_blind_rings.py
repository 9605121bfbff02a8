"""The fourth round of blind brushing ring shapes (order_farm, review_buyout, trade_volume):
planted only when asked for, deterministic, labelled review by review, each with the
structure that makes it that shape; the default marketplace and the earlier blind rounds
are what they were before it existed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from demo_rings_support import (
    buyer_id,
    buyer_number,
    merchant_id,
    product_id,
    read_rows,
    ring_labels,
)

from sellerstar.demo.brushing_blind4_rings import FARM_SITES, SHIFT_HOURS
from sellerstar.demo.brushing_ring_types import Injected, Ring
from sellerstar.demo.brushing_rings import (
    ALL_SHAPES,
    BLIND_SHAPES,
    FOURTH_BLIND_SHAPES,
    SECOND_BLIND_SHAPES,
    SHAPES,
    THIRD_BLIND_SHAPES,
)
from sellerstar.demo.generator import LABELS, generate, plan_marketplace
from sellerstar.demo.options import GenerateOptions
from sellerstar.demo.orders import COUNTRIES, DEST_CITIES, TRANSIT_DAYS
from sellerstar.demo.policy import Policy
from sellerstar.demo.review_plan import ReviewPlan
from sellerstar.demo.review_texts import COOPERATION, RESOLVED
from sellerstar.rules.book import load_rulebook

Rows = list[dict[str, Any]]
DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)
EARLIER = SHAPES + BLIND_SHAPES + SECOND_BLIND_SHAPES + THIRD_BLIND_SHAPES


def _options(out: Path, **changes: Any) -> GenerateOptions:
    base = GenerateOptions(
        out=out, orders=20_000, seed=9, chunk_size=10_000, ring_shapes=FOURTH_BLIND_SHAPES
    )
    return dataclasses.replace(base, **changes)


@dataclasses.dataclass(frozen=True)
class Fourth:
    out: Path
    plan: ReviewPlan
    products: np.ndarray  # per merchant: its number of listings
    rings: dict[str, Ring]
    reviews: dict[str, dict[str, Any]]
    orders: dict[str, dict[str, Any]]
    buyers: dict[str, dict[str, Any]]
    merchants: dict[str, dict[str, Any]]
    labels: Rows
    cutoff: dt.datetime

    def by_ring(self, shape: str) -> dict[str, Rows]:
        rings: dict[str, Rows] = defaultdict(list)
        for label in self.labels:
            if label["shape"] == shape:
                rings[label["ring_id"]].append(self.reviews[label["review_id"]])
        assert rings, f"no {shape} ring wrote reviews"
        return rings

    def order(self, review: dict[str, Any]) -> dict[str, Any]:
        return self.orders[review["order_id"]]

    def first_products(self, merchant: int, count: int) -> set[str]:
        """Product ids of a merchant's first ``count`` listings."""
        start = int(self.plan.product_start[merchant])
        return {product_id(start + k) for k in range(min(count, int(self.products[merchant])))}


@pytest.fixture(scope="module")
def fourth(tmp_path_factory: pytest.TempPathFactory) -> Fourth:
    out = tmp_path_factory.mktemp("fourth")
    options = _options(out).validated()
    generate(options)
    _, pop, plan = plan_marketplace(options, Policy.from_rulebook(load_rulebook(), options.as_of))
    offset = dt.timezone(dt.timedelta(hours=8))
    return Fourth(
        out=out,
        plan=plan,
        products=pop.products,
        rings={ring.ring_id: ring for ring in plan.rings.rings},
        reviews={r["review_id"]: r for r in read_rows(out, "transaction_reviews")},
        orders={o["order_id"]: o for o in read_rows(out, "orders")},
        buyers={b["buyer_id"]: b for b in read_rows(out, "buyers")},
        merchants={m["merchant_id"]: m for m in read_rows(out, "merchants")},
        labels=ring_labels(out),
        cutoff=dt.datetime.combine(options.as_of + DAY, dt.time(), offset),
    )


def test_only_the_fourth_round_is_planted_and_every_ring_wrote_reviews(fourth: Fourth) -> None:
    assert not set(FOURTH_BLIND_SHAPES) & set(EARLIER)
    assert ALL_SHAPES == EARLIER + FOURTH_BLIND_SHAPES
    assert {ring.shape for ring in fourth.rings.values()} == set(FOURTH_BLIND_SHAPES)
    per_ring = Counter(label["ring_id"] for label in fourth.labels)
    assert set(per_ring) == set(fourth.rings)
    assert min(per_ring.values()) >= 8
    for label in fourth.labels:
        assert fourth.rings[label["ring_id"]].shape == label["shape"]
    assert {ring.chunk for ring in fourth.rings.values()} == {0, 1}


def test_labels_cover_exactly_the_rings_reviews(fourth: Fourth) -> None:
    ids = [label["review_id"] for label in fourth.labels]
    assert len(ids) == len(set(ids))
    assert set(ids) <= set(fourth.reviews)
    organic = fourth.plan.organic_buyers
    for label in fourth.labels:
        review = fourth.reviews[label["review_id"]]
        ring = fourth.rings[label["ring_id"]]
        if ring.shape == "review_buyout":
            # The merchant's own buyers, unswapped: organic accounts of its real orders.
            assert review["merchant_id"] == merchant_id(int(ring.merchants[0]))
            assert buyer_number(review["buyer_id"]) < organic
            continue
        pairs = {
            (buyer_id(int(ring.buyers[row])), merchant_id(int(ring.merchants[column])))
            for row, column in zip(*np.nonzero(ring.cover), strict=True)
        }
        assert (review["buyer_id"], review["merchant_id"]) in pairs
    # Farm accounts exist for the fraud alone: every review they wrote is labelled, and no
    # other review comes from an account made after the organic ones.
    assert fourth.plan.rings.fresh_buyers > 0
    fresh = {
        r["review_id"] for r in fourth.reviews.values() if buyer_number(r["buyer_id"]) >= organic
    }
    farm = {row["review_id"] for row in fourth.labels if row["shape"] == "order_farm"}
    assert fresh == farm


def test_ring_reviews_follow_their_orders(fourth: Fourth) -> None:
    for label in fourth.labels:
        review = fourth.reviews[label["review_id"]]
        order = fourth.order(review)
        assert order["buyer_id"] == review["buyer_id"]
        assert order["merchant_id"] == review["merchant_id"]
        assert order["received_at"] == review["received_at"]
        assert order["status"] in {"received", "completed"}
        assert order["shipped_at"] < review["received_at"] < review["submitted_at"] < fourth.cutoff


def test_order_farm_ships_small_parcels_to_one_city_and_posts_in_shifts(fourth: Fourth) -> None:
    sites = dict(FARM_SITES)
    events = read_rows(fourth.out, "tracking_events")
    tracking = defaultdict(set)
    for shipment in read_rows(fourth.out, "shipments"):
        tracking[shipment["order_id"]].add(shipment["tracking_number"])
    places: dict[str, set[str]] = defaultdict(set)
    for event in events:
        places[event["tracking_number"]].add(event["location"])
    for ring_id, reviews in fourth.by_ring("order_farm").items():
        ring = fourth.rings[ring_id]
        assert 2 <= len(ring.merchants) <= 4
        city = DEST_CITIES[ring.city]
        country = COUNTRIES[ring.country]
        assert city in sites and city.endswith(f", {country}")
        # Accounts the farm registered in a batch, all of its country.
        numbers = sorted(buyer_number(b) for b in {r["buyer_id"] for r in reviews})
        assert numbers[0] >= fourth.plan.organic_buyers
        assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
        assert {fourth.buyers[r["buyer_id"]]["country"] for r in reviews} == {country}
        # Each account orders two or three times; clients share the farm's accounts.
        per_account = Counter(r["buyer_id"] for r in reviews)
        assert max(per_account.values()) <= 3
        assert sum(n >= 2 for n in per_account.values()) >= 0.75 * len(per_account)
        clients = defaultdict(set)
        for review in reviews:
            clients[review["buyer_id"]].add(review["merchant_id"])
        assert any(len(served) >= 2 for served in clients.values())
        offset = dt.timedelta(hours=sites[city])
        delivered = 0
        for review in reviews:
            order = fourth.order(review)
            # Small parcels, express or post, to the farm's warehouse.
            assert order["transport"] in {"express", "postal"}
            assert Decimal("5") <= order["amount_usd"] < Decimal("30")
            assert order["destination_country"] == country
            found = set().union(*(places[t] for t in tracking[order["order_id"]]))
            assert not (found & set(DEST_CITIES)) - {city}
            delivered += city in found
            # Posted in a shift at the farm, one to four days (five over a Sunday) later.
            local = review["submitted_at"].astimezone(dt.timezone(offset))
            assert SHIFT_HOURS[0] <= local.hour < SHIFT_HOURS[1] and local.weekday() != 6
            waited = review["submitted_at"] - review["received_at"]
            assert DAY / 3 <= waited <= 6 * DAY
            assert review["product_quality"] in {4, 5}
            merchant = int(review["merchant_id"][1:]) - 1
            assert review["product_id"] in fourth.first_products(merchant, 2)
        assert delivered >= 0.6 * len(reviews)  # tracked to the warehouse (most parcels)
        # Over weeks, not days.
        times = sorted(r["submitted_at"] for r in reviews)
        assert times[-1] - times[0] >= 14 * DAY


def test_review_buyout_turns_slow_orders_into_late_five_stars(fourth: Fourth) -> None:
    texts: Counter[bool] = Counter()
    for ring_id, reviews in fourth.by_ring("review_buyout").items():
        ring = fourth.rings[ring_id]
        (merchant,) = ring.merchants.tolist()
        assert {r["merchant_id"] for r in reviews} == {merchant_id(merchant)}
        assert len(reviews) <= ring.solicited
        # Real buyers, one bought-off complaint each.
        accounts = [r["buyer_id"] for r in reviews]
        assert len(set(accounts)) == len(accounts)
        for review in reviews:
            order = fourth.order(review)
            # A slow parcel: the slower half of its transport's transit times.
            low, high = TRANSIT_DAYS[order["transport"]]
            transit = order["received_at"] - order["shipped_at"]
            assert (low + high) / 2 * DAY <= transit <= (high + 3) * DAY
            # The edited review, days to weeks after receipt, all scores raised.
            assert 5 * DAY <= review["submitted_at"] - review["received_at"] <= 25 * DAY
            scores = (
                review["product_quality"],
                review["supplier_service"],
                review["on_time_shipment"],
            )
            assert set(scores) <= {4, 5}
            assert review["text"] in {"", *RESOLVED}
            texts[bool(review["text"])] += 1
        assert sum(r["product_quality"] == 5 for r in reviews) >= 0.6 * len(reviews)
        times = sorted(r["submitted_at"] for r in reviews)
        assert times[-1] - times[0] >= 14 * DAY
    assert texts[True] and texts[False]


def test_trade_volume_pads_one_supplier_with_round_wired_orders(fourth: Fourth) -> None:
    for ring_id, reviews in fourth.by_ring("trade_volume").items():
        ring = fourth.rings[ring_id]
        (merchant,) = ring.merchants.tolist()
        assert {r["merchant_id"] for r in reviews} == {merchant_id(merchant)}
        assert fourth.merchants[merchant_id(merchant)]["ta_status"] == "active"
        # A few established buyer companies, each ordering again and again.
        per_account = Counter(r["buyer_id"] for r in reviews)
        assert 2 <= len(per_account) <= 6 and max(per_account.values()) <= 6
        assert sum(per_account.values()) >= 2 * len(per_account)
        for account in per_account:
            assert buyer_number(account) < fourth.plan.organic_buyers
            assert fourth.buyers[account]["tier"] != "L0"
        for review in reviews:
            order = fourth.order(review)
            assert order["payment_method"] == "tt" and order["trade_assurance"]
            assert order["transport"] != "postal"
            amount = order["amount_usd"]
            assert Decimal(1500) <= amount <= Decimal(12_000) and amount % 50 == 0
            assert 2 * DAY <= order["received_at"] - order["shipped_at"] <= 10 * DAY
            assert 3 * HOUR <= review["submitted_at"] - review["received_at"] <= 3 * DAY
            assert review["text"] in {"", *COOPERATION}
            assert review["product_id"] in fourth.first_products(merchant, 3)
        assert sum(r["product_quality"] == 5 for r in reviews) >= 0.8 * len(reviews)
        # In rotation: a company's n-th order comes after every other company's (n-1)-th.
        timeline = sorted(reviews, key=lambda r: fourth.order(r)["shipped_at"])
        seen: Counter[str] = Counter()
        rounds = []
        for review in timeline:
            rounds.append(seen[review["buyer_id"]])
            seen[review["buyer_id"]] += 1
        assert all(a <= b for a, b in itertools.pairwise(rounds))
        assert timeline[-1]["submitted_at"] - timeline[0]["submitted_at"] >= 21 * DAY


def test_destinations_are_the_same_arrays_without_a_farm() -> None:
    country, city = np.arange(5, dtype=np.int64), np.arange(5, dtype=np.int64)
    done = Injected(buyer=np.zeros(5, dtype=np.int64))
    assert done.destinations(country, city) == (country, city)
    done.shipped_to.extend([1, 3])
    done.country.extend([7, 7])
    done.city.extend([9, 9])
    moved, to = done.destinations(country, city)
    assert moved.tolist() == [0, 7, 2, 7, 4] and to.tolist() == [0, 9, 2, 9, 4]
    assert country.tolist() == list(range(5))


def test_fourth_round_generation_is_deterministic(fourth: Fourth, tmp_path: Path) -> None:
    generate(_options(tmp_path))
    assert (tmp_path / LABELS).read_bytes() == (fourth.out / LABELS).read_bytes()
    for name in ("transaction_reviews", "orders", "buyers", "tracking_events"):
        assert read_rows(tmp_path, name) == read_rows(fourth.out, name)


def test_the_third_blind_round_is_unchanged(tmp_path: Path) -> None:
    """Labels of the third blind round as main wrote them before the fourth round existed
    (update only when that output is meant to change)."""
    summary = generate(_options(tmp_path, ring_shapes=THIRD_BLIND_SHAPES))
    assert hashlib.sha256((tmp_path / LABELS).read_bytes()).hexdigest() == (
        "14d6c1c2e60297e9d6aff88e35111325a94f9acb11f78fbbb084dc61de4c2fc2"
    )
    assert summary.rows["transaction_reviews"] == 5009


def test_confirmed_rings_are_not_all_of_one_fourth_round_shape(fourth: Fourth) -> None:
    label = {row["review_id"]: row for row in fourth.labels}
    confirmed = {c["review_id"] for c in read_rows(fourth.out, "confirmed_brushing")}
    assert confirmed <= set(label)
    assert {label[review]["shape"] for review in confirmed} == set(FOURTH_BLIND_SHAPES)
    rings = {label[review]["ring_id"] for review in confirmed}
    assert 0 < len(rings) < len(fourth.rings)


@pytest.mark.parametrize("shapes", [FOURTH_BLIND_SHAPES, ("order_farm",), ALL_SHAPES])
def test_fourth_round_shapes_are_accepted(tmp_path: Path, shapes: tuple[str, ...]) -> None:
    options = GenerateOptions(out=tmp_path, orders=1_000, ring_shapes=shapes)
    assert options.validated().ring_shapes == shapes
