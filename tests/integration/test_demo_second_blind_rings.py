"""The second round of blind brushing ring shapes (unsolicited, deal_group, exchange_club):
planted only when asked for, deterministic, labelled review by review, each with the
structure that makes it that shape; the default marketplace and the first blind round are
what they were before they existed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
import statistics
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from demo_rings_support import buyer_id, buyer_number, merchant_id, read_rows, ring_labels

from sellerstar.demo.brushing_ring_types import Ring
from sellerstar.demo.brushing_rings import (
    ALL_SHAPES,
    BLIND_SHAPES,
    RING_PHRASES,
    SECOND_BLIND_SHAPES,
    SHAPES,
)
from sellerstar.demo.generator import LABELS, generate, plan_marketplace
from sellerstar.demo.options import GenerateOptions
from sellerstar.demo.policy import Policy
from sellerstar.demo.review_plan import ReviewPlan
from sellerstar.demo.review_texts import SHORT_PRAISE
from sellerstar.rules.book import load_rulebook

Rows = list[dict[str, Any]]
DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)
MINUTE = dt.timedelta(minutes=1)


def _options(out: Path, **changes: Any) -> GenerateOptions:
    base = GenerateOptions(
        out=out, orders=20_000, seed=9, chunk_size=10_000, ring_shapes=SECOND_BLIND_SHAPES
    )
    return dataclasses.replace(base, **changes)


@dataclasses.dataclass(frozen=True)
class Second:
    out: Path
    plan: ReviewPlan
    rings: dict[str, Ring]
    reviews: dict[str, dict[str, Any]]
    orders: dict[str, dict[str, Any]]
    labels: Rows
    cutoff: dt.datetime

    def by_ring(self, shape: str) -> dict[str, Rows]:
        rings: dict[str, Rows] = defaultdict(list)
        for label in self.labels:
            if label["shape"] == shape:
                rings[label["ring_id"]].append(self.reviews[label["review_id"]])
        assert rings, f"no {shape} ring wrote reviews"
        return rings


@pytest.fixture(scope="module")
def second(tmp_path_factory: pytest.TempPathFactory) -> Second:
    out = tmp_path_factory.mktemp("second")
    options = _options(out).validated()
    generate(options)
    _, _, plan = plan_marketplace(options, Policy.from_rulebook(load_rulebook(), options.as_of))
    offset = dt.timezone(dt.timedelta(hours=8))
    return Second(
        out=out,
        plan=plan,
        rings={ring.ring_id: ring for ring in plan.rings.rings},
        reviews={r["review_id"]: r for r in read_rows(out, "transaction_reviews")},
        orders={o["order_id"]: o for o in read_rows(out, "orders")},
        labels=ring_labels(out),
        cutoff=dt.datetime.combine(options.as_of + DAY, dt.time(), offset),
    )


def test_only_the_second_round_is_planted_and_every_ring_wrote_reviews(second: Second) -> None:
    assert not set(SECOND_BLIND_SHAPES) & set(SHAPES + BLIND_SHAPES)
    assert set(SHAPES + BLIND_SHAPES + SECOND_BLIND_SHAPES) <= set(ALL_SHAPES)
    assert {ring.shape for ring in second.rings.values()} == set(SECOND_BLIND_SHAPES)
    per_ring = Counter(label["ring_id"] for label in second.labels)
    assert set(per_ring) == set(second.rings)
    assert min(per_ring.values()) >= 3
    for label in second.labels:
        assert second.rings[label["ring_id"]].shape == label["shape"]
    assert {ring.chunk for ring in second.rings.values()} == {0, 1}


def test_labels_cover_exactly_the_rings_reviews(second: Second) -> None:
    ids = [label["review_id"] for label in second.labels]
    assert len(ids) == len(set(ids))
    assert set(ids) <= set(second.reviews)
    for label in second.labels:
        review = second.reviews[label["review_id"]]
        ring = second.rings[label["ring_id"]]
        pairs = {
            (buyer_id(int(ring.buyers[row])), merchant_id(int(ring.merchants[column])))
            for row, column in zip(*np.nonzero(ring.cover), strict=True)
        }
        assert (review["buyer_id"], review["merchant_id"]) in pairs
    # The unsolicited rings' accounts exist for them alone: every review they wrote is
    # labelled, and no other review comes from an account made after the organic ones.
    organic = second.plan.organic_buyers
    assert second.plan.rings.fresh_buyers > 0
    by_fresh = {
        r["review_id"] for r in second.reviews.values() if buyer_number(r["buyer_id"]) >= organic
    }
    unsolicited = {row["review_id"] for row in second.labels if row["shape"] == "unsolicited"}
    assert by_fresh == unsolicited


def test_ring_reviews_follow_their_orders(second: Second) -> None:
    for label in second.labels:
        review = second.reviews[label["review_id"]]
        order = second.orders[review["order_id"]]
        assert order["buyer_id"] == review["buyer_id"]
        assert order["merchant_id"] == review["merchant_id"]
        assert order["received_at"] == review["received_at"]
        assert order["status"] in {"received", "completed"}
        assert order["shipped_at"] < review["received_at"] < review["submitted_at"] < second.cutoff


def test_unsolicited_parcels_are_token_orders_of_one_product_posted_in_sittings(
    second: Second,
) -> None:
    token = (Decimal("0.80"), Decimal("5.99"))
    for ring_id, reviews in second.by_ring("unsolicited").items():
        assert len({r["merchant_id"] for r in reviews}) == 1
        assert len({r["product_id"] for r in reviews}) == 1
        # One harvested identity per parcel.
        assert len({r["buyer_id"] for r in reviews}) == len(reviews)
        orders = [second.orders[r["order_id"]] for r in reviews]
        assert all(token[0] <= o["amount_usd"] <= token[1] for o in orders)
        assert {o["transport"] for o in orders} <= {"express", "postal"}
        # The merchant's real orders are not token ones: only the ring's were repriced.
        ring_orders = {r["order_id"] for r in reviews}
        merchant = reviews[0]["merchant_id"]
        real = [
            o["amount_usd"]
            for o in second.orders.values()
            if o["merchant_id"] == merchant and o["order_id"] not in ring_orders
        ]
        assert statistics.median(real) > 10 * token[1]
        for review in reviews:
            text = review["text"]
            assert (
                text == ""
                or text in SHORT_PRAISE
                or text.rstrip("!.: )") in {p.rstrip("!.") for p in RING_PHRASES}
            )
            assert review["submitted_at"] - review["received_at"] >= 12 * HOUR
        assert any(r["text"] == "" for r in reviews), ring_id
        # Sittings: reviews minutes apart, sittings hours apart, 3–8 each (the last fewer).
        times = sorted(r["submitted_at"] for r in reviews)
        gaps = [b - a for a, b in itertools.pairwise(times)]
        assert all(g <= 15 * MINUTE or g >= 2 * HOUR for g in gaps)
        sizes = [1]
        for gap in gaps:
            if gap <= 15 * MINUTE:
                sizes[-1] += 1
            else:
                sizes.append(1)
        assert max(sizes) <= 8
        assert sum(size < 3 for size in sizes) <= 1
        assert len(sizes) >= 2
    # Token prices are otherwise all but absent from the marketplace.
    labelled = {second.reviews[row["review_id"]]["order_id"] for row in second.labels}
    cheap = [
        o
        for o in second.orders.values()
        if o["amount_usd"] <= token[1] and o["order_id"] not in labelled
    ]
    assert len(cheap) < 0.002 * len(second.orders)


def test_deal_group_members_are_real_shoppers_rating_one_product_five_stars(
    second: Second,
) -> None:
    organic = second.plan.organic_buyers
    labelled = {second.reviews[row["review_id"]]["order_id"] for row in second.labels}
    spans: Counter[int] = Counter()
    for ring_id, reviews in second.by_ring("deal_group").items():
        ring = second.rings[ring_id]
        assert len(ring.merchants) >= 3
        assert len({r["merchant_id"] for r in reviews}) >= 3
        per_merchant: dict[str, set[str]] = defaultdict(set)
        deals: dict[str, set[str]] = defaultdict(set)
        for review in reviews:
            assert buyer_number(review["buyer_id"]) < organic
            assert review["product_quality"] == 5
            assert 2 * DAY <= review["submitted_at"] - review["received_at"] <= 7 * DAY
            per_merchant[review["merchant_id"]].add(review["product_id"])
            deals[review["buyer_id"]].add(review["merchant_id"])
        assert all(len(products) == 1 for products in per_merchant.values())
        spans.update(len(m) for m in deals.values())
        members = set(deals)
        # Members keep shopping as usual: most have orders outside the group's deals.
        shopping = {
            o["buyer_id"]
            for o in second.orders.values()
            if o["buyer_id"] in members and o["order_id"] not in labelled
        }
        assert len(shopping) > len(members) / 2
        assert any(r["text"] == "" for r in reviews) and any(r["text"] for r in reviews)
    assert set(spans) == {1, 2}  # one or two deals each, both occur


def test_exchange_club_members_review_other_small_members_reciprocally(second: Second) -> None:
    organic = second.plan.organic_buyers
    club_merchants: set[str] = set()
    for ring_id, reviews in second.by_ring("exchange_club").items():
        ring = second.rings[ring_id]
        width = len(ring.merchants)
        assert width >= 4
        assert len(ring.owner) == len(ring.buyers)
        # Every club merchant lends one or two accounts and is reviewed by another's.
        staff = Counter(ring.owner.tolist())
        assert set(staff) == set(range(width)) and set(staff.values()) <= {1, 2}
        assert ring.cover.any(axis=0).all()
        assert not ring.cover[np.arange(len(ring.buyers)), ring.owner].any()
        assert set(ring.cover.sum(axis=1).tolist()) <= {1, 2, 3}
        # Sparse: no account reviews most of the club.
        assert ring.cover.sum(axis=1).max() < width / 2
        employer = {
            buyer_id(int(b)): merchant_id(int(ring.merchants[o]))
            for b, o in zip(ring.buyers, ring.owner, strict=True)
        }
        for review in reviews:
            assert review["merchant_id"] != employer[review["buyer_id"]]
            assert buyer_number(review["buyer_id"]) < organic
        received = Counter(r["merchant_id"] for r in reviews)
        assert len(received) >= width - 1
        assert max(received.values()) <= 5
        club_merchants |= {merchant_id(int(m)) for m in ring.merchants}
    # Clubs are of small sellers: their merchants sell less than the rings' other merchants.
    volume = Counter(o["merchant_id"] for o in second.orders.values())
    others = {
        merchant_id(int(m))
        for ring in second.rings.values()
        if ring.shape != "exchange_club"
        for m in ring.merchants
    }
    assert statistics.median(volume[m] for m in club_merchants) < statistics.median(
        volume[m] for m in others
    )


def test_second_round_generation_is_deterministic(second: Second, tmp_path: Path) -> None:
    generate(_options(tmp_path))
    assert (tmp_path / LABELS).read_bytes() == (second.out / LABELS).read_bytes()
    for name in ("transaction_reviews", "orders", "buyers"):
        assert read_rows(tmp_path, name) == read_rows(second.out, name)


def test_the_first_blind_round_is_unchanged(tmp_path: Path) -> None:
    """Labels of the first blind round as main wrote them before the second round existed
    (update only when that output is meant to change)."""
    options = GenerateOptions(
        out=tmp_path, orders=12_000, seed=9, chunk_size=6_000, ring_shapes=BLIND_SHAPES
    )
    summary = generate(options)
    assert hashlib.sha256((tmp_path / LABELS).read_bytes()).hexdigest() == (
        "51e78e5078f42c8bfa450edf7d07f12bb53327bb9d203aba2db3492863cf5a6a"
    )
    assert summary.rows["transaction_reviews"] == 2962
    assert summary.rows["confirmed_brushing"] == 86


def test_confirmed_rings_are_not_all_of_one_second_round_shape(second: Second) -> None:
    label = {row["review_id"]: row for row in second.labels}
    confirmed = {c["review_id"] for c in read_rows(second.out, "confirmed_brushing")}
    assert confirmed <= set(label)
    assert {label[review]["shape"] for review in confirmed} == set(SECOND_BLIND_SHAPES)
    rings = {label[review]["ring_id"] for review in confirmed}
    assert 0 < len(rings) < len(second.rings)


@pytest.mark.parametrize("shapes", [SECOND_BLIND_SHAPES, ("deal_group",), ALL_SHAPES])
def test_second_round_shapes_are_accepted(tmp_path: Path, shapes: tuple[str, ...]) -> None:
    options = GenerateOptions(out=tmp_path, orders=1_000, ring_shapes=shapes)
    assert options.validated().ring_shapes == shapes
