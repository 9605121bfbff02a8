"""The third round of blind brushing ring shapes (tester_club, launch_boost, sock_puppets):
planted only when asked for, deterministic, labelled review by review, each with the
structure that makes it that shape; the default marketplace and the earlier blind rounds
are what they were before it existed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
from collections import Counter, defaultdict
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

from sellerstar.demo.brushing_ring_types import Ring, RingPlan
from sellerstar.demo.brushing_rings import (
    ALL_SHAPES,
    BLIND_SHAPES,
    SECOND_BLIND_SHAPES,
    SHAPES,
    THIRD_BLIND_SHAPES,
    family_countries,
)
from sellerstar.demo.generator import LABELS, generate, plan_marketplace
from sellerstar.demo.options import GenerateOptions
from sellerstar.demo.policy import Policy
from sellerstar.demo.review_plan import ReviewPlan
from sellerstar.demo.review_texts import TESTER_CONTEXT, TESTER_FLAW
from sellerstar.rules.book import load_rulebook

Rows = list[dict[str, Any]]
DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)


def _options(out: Path, **changes: Any) -> GenerateOptions:
    base = GenerateOptions(
        out=out, orders=20_000, seed=9, chunk_size=10_000, ring_shapes=THIRD_BLIND_SHAPES
    )
    return dataclasses.replace(base, **changes)


@dataclasses.dataclass(frozen=True)
class Third:
    out: Path
    plan: ReviewPlan
    products: np.ndarray  # per merchant: its number of listings
    rings: dict[str, Ring]
    reviews: dict[str, dict[str, Any]]
    orders: dict[str, dict[str, Any]]
    buyers: dict[str, dict[str, Any]]
    labels: Rows
    cutoff: dt.datetime

    def by_ring(self, shape: str) -> dict[str, Rows]:
        rings: dict[str, Rows] = defaultdict(list)
        for label in self.labels:
            if label["shape"] == shape:
                rings[label["ring_id"]].append(self.reviews[label["review_id"]])
        assert rings, f"no {shape} ring wrote reviews"
        return rings

    def newest(self, merchant: int) -> int:
        """The product number of a merchant's newest listing."""
        return int(self.plan.product_start[merchant] + self.products[merchant] - 1)


@pytest.fixture(scope="module")
def third(tmp_path_factory: pytest.TempPathFactory) -> Third:
    out = tmp_path_factory.mktemp("third")
    options = _options(out).validated()
    generate(options)
    _, pop, plan = plan_marketplace(options, Policy.from_rulebook(load_rulebook(), options.as_of))
    offset = dt.timezone(dt.timedelta(hours=8))
    return Third(
        out=out,
        plan=plan,
        products=pop.products,
        rings={ring.ring_id: ring for ring in plan.rings.rings},
        reviews={r["review_id"]: r for r in read_rows(out, "transaction_reviews")},
        orders={o["order_id"]: o for o in read_rows(out, "orders")},
        buyers={b["buyer_id"]: b for b in read_rows(out, "buyers")},
        labels=ring_labels(out),
        cutoff=dt.datetime.combine(options.as_of + DAY, dt.time(), offset),
    )


def test_only_the_third_round_is_planted_and_every_ring_wrote_reviews(third: Third) -> None:
    assert not set(THIRD_BLIND_SHAPES) & set(SHAPES + BLIND_SHAPES + SECOND_BLIND_SHAPES)
    earlier = SHAPES + BLIND_SHAPES + SECOND_BLIND_SHAPES + THIRD_BLIND_SHAPES
    assert ALL_SHAPES[: len(earlier)] == earlier  # later rounds come after
    assert {ring.shape for ring in third.rings.values()} == set(THIRD_BLIND_SHAPES)
    per_ring = Counter(label["ring_id"] for label in third.labels)
    assert set(per_ring) == set(third.rings)
    assert min(per_ring.values()) >= 8
    for label in third.labels:
        assert third.rings[label["ring_id"]].shape == label["shape"]
    assert {ring.chunk for ring in third.rings.values()} == {0, 1}


def test_labels_cover_exactly_the_rings_reviews(third: Third) -> None:
    ids = [label["review_id"] for label in third.labels]
    assert len(ids) == len(set(ids))
    assert set(ids) <= set(third.reviews)
    for label in third.labels:
        review = third.reviews[label["review_id"]]
        ring = third.rings[label["ring_id"]]
        pairs = {
            (buyer_id(int(ring.buyers[row])), merchant_id(int(ring.merchants[column])))
            for row, column in zip(*np.nonzero(ring.cover), strict=True)
        }
        assert (review["buyer_id"], review["merchant_id"]) in pairs
    # Sock-puppet accounts exist for the fraud alone: every review they wrote is labelled,
    # and no other review comes from an account made after the organic ones.
    organic = third.plan.organic_buyers
    assert third.plan.rings.fresh_buyers > 0
    by_fresh = {
        r["review_id"] for r in third.reviews.values() if buyer_number(r["buyer_id"]) >= organic
    }
    puppets = {row["review_id"] for row in third.labels if row["shape"] == "sock_puppets"}
    assert by_fresh == puppets


def test_ring_reviews_follow_their_orders(third: Third) -> None:
    for label in third.labels:
        review = third.reviews[label["review_id"]]
        order = third.orders[review["order_id"]]
        assert order["buyer_id"] == review["buyer_id"]
        assert order["merchant_id"] == review["merchant_id"]
        assert order["received_at"] == review["received_at"]
        assert order["status"] in {"received", "completed"}
        assert order["shipped_at"] < review["received_at"] < review["submitted_at"] < third.cutoff


def test_tester_club_reviews_are_long_late_and_from_established_reviewers(
    third: Third,
) -> None:
    flaws = 0
    for ring_id, reviews in third.by_ring("tester_club").items():
        ring = third.rings[ring_id]
        assert 1 <= len(ring.merchants) <= 2
        seen: set[tuple[str, str]] = set()
        for review in reviews:
            # Testers are picked for their standing: long-standing L2–L4 accounts.
            assert buyer_number(review["buyer_id"]) < third.plan.organic_buyers
            assert third.buyers[review["buyer_id"]]["tier"] in {"L2", "L3", "L4"}
            # One free product per tester and merchant, used for one to three weeks.
            pair = (review["buyer_id"], review["merchant_id"])
            assert pair not in seen
            seen.add(pair)
            assert 7 * DAY <= review["submitted_at"] - review["received_at"] <= 25 * DAY
            text = review["text"]
            assert len(text) >= 150 and text.startswith(TESTER_CONTEXT)
            assert review["product_quality"] in {4, 5}
            has_flaw = any(flaw in text for flaw in TESTER_FLAW)
            assert has_flaw == (review["product_quality"] == 4)
            flaws += has_flaw
        # The agency lists the merchants' newest one or two products.
        for column, merchant in enumerate(ring.merchants.tolist()):
            newest = third.newest(merchant)
            allowed = {product_id(newest), product_id(newest - 1)}
            mine = {r["product_id"] for r in reviews if r["merchant_id"] == merchant_id(merchant)}
            assert mine <= allowed, (ring_id, column)
        # Spread over weeks (months where the chunk's time allows), not days.
        times = sorted(r["submitted_at"] for r in reviews)
        assert times[-1] - times[0] >= 21 * DAY
    assert flaws > 0


def test_launch_boost_buys_the_new_listing_through_many_countries_in_weeks(
    third: Third,
) -> None:
    for ring_id, reviews in third.by_ring("launch_boost").items():
        ring = third.rings[ring_id]
        (merchant,) = ring.merchants.tolist()
        assert {r["merchant_id"] for r in reviews} == {merchant_id(merchant)}
        assert {r["product_id"] for r in reviews} == {product_id(third.newest(merchant))}
        # One order per account, ordinary mid-tier shoppers, many destination countries.
        accounts = [r["buyer_id"] for r in reviews]
        assert len(set(accounts)) == len(accounts) >= 12
        for account in accounts:
            assert buyer_number(account) < third.plan.organic_buyers
            assert third.buyers[account]["tier"] in {"L1", "L2", "L3"}
        assert len({third.buyers[a]["country"] for a in accounts}) >= 6
        # The launch weeks: orders within 24 days, each rated within days of receipt.
        shipped = sorted(third.orders[r["order_id"]]["shipped_at"] for r in reviews)
        assert shipped[-1] - shipped[0] <= 24 * DAY
        for review in reviews:
            assert 2 * HOUR <= review["submitted_at"] - review["received_at"] <= 5 * DAY
        assert sum(r["product_quality"] == 5 for r in reviews) >= 0.75 * len(reviews)


def test_sock_puppets_are_a_few_people_rotating_their_accounts(third: Third) -> None:
    interleaved = 0
    for ring_id, reviews in third.by_ring("sock_puppets").items():
        ring = third.rings[ring_id]
        (merchant,) = ring.merchants.tolist()
        assert {r["merchant_id"] for r in reviews} == {merchant_id(merchant)}
        person = {buyer_id(int(b)): int(p) for b, p in zip(ring.buyers, ring.family, strict=True)}
        people = Counter(person.values())
        assert 2 <= len(people) <= 3 and set(people.values()) <= {2, 3, 4}
        for who in people:
            numbers = sorted(buyer_number(b) for b, p in person.items() if p == who)
            # Accounts opened one after the other, from one address: consecutive ids,
            # one country.
            assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
            assert numbers[0] >= third.plan.organic_buyers
            assert len({third.buyers[buyer_id(n)]["country"] for n in numbers}) == 1
        # Every account orders and reviews the merchant again and again.
        per_account = Counter(r["buyer_id"] for r in reviews)
        assert set(per_account) == set(person)
        assert min(per_account.values()) >= 2 and max(per_account.values()) <= 3
        # In time order, a person never uses the same account twice in a row.
        timeline = sorted(reviews, key=lambda r: third.orders[r["order_id"]]["shipped_at"])
        for who in people:
            used = [r["buyer_id"] for r in timeline if person[r["buyer_id"]] == who]
            assert all(a != b for a, b in itertools.pairwise(used)), (ring_id, who)
        turns = [person[r["buyer_id"]] for r in timeline]
        blocks = sum(a != b for a, b in itertools.pairwise(turns)) + 1
        interleaved += blocks > len(people)
        # Spread over weeks, as regular customers would.
        assert timeline[-1]["submitted_at"] - timeline[0]["submitted_at"] >= 21 * DAY
    assert interleaved > 0


def test_family_countries_leave_other_buyers_alone() -> None:
    country = np.arange(10, dtype=np.int64)
    assert family_countries(RingPlan((), 0, np.zeros(0, dtype=np.int64)), country) is country
    ring = Ring(
        ring_id="ring-001",
        shape="sock_puppets",
        chunk=0,
        merchants=np.array([0]),
        buyers=np.array([4, 5, 6, 7]),
        cover=np.ones((4, 1), dtype=bool),
        position=0.5,
        spread=0,
        phrases=np.array([0]),
        family=np.array([0, 0, 1, 1]),
        repeats=np.array([2, 2, 2, 2]),
    )
    moved = family_countries(RingPlan((ring,), 4, np.zeros(0, dtype=np.int64)), country)
    assert moved.tolist() == [0, 1, 2, 3, 4, 4, 6, 6, 8, 9]
    assert country.tolist() == list(range(10))


def test_third_round_generation_is_deterministic(third: Third, tmp_path: Path) -> None:
    generate(_options(tmp_path))
    assert (tmp_path / LABELS).read_bytes() == (third.out / LABELS).read_bytes()
    for name in ("transaction_reviews", "orders", "buyers"):
        assert read_rows(tmp_path, name) == read_rows(third.out, name)


def test_the_second_blind_round_is_unchanged(tmp_path: Path) -> None:
    """Labels of the second blind round as main wrote them before the third round existed
    (update only when that output is meant to change)."""
    generate(_options(tmp_path, ring_shapes=SECOND_BLIND_SHAPES))
    assert hashlib.sha256((tmp_path / LABELS).read_bytes()).hexdigest() == (
        "ed99bc1a72d3f9b1198c0dd90e123556d250cd94057ccfab8361fec5996c32c9"
    )


def test_confirmed_rings_are_not_all_of_one_third_round_shape(third: Third) -> None:
    label = {row["review_id"]: row for row in third.labels}
    confirmed = {c["review_id"] for c in read_rows(third.out, "confirmed_brushing")}
    assert confirmed <= set(label)
    assert {label[review]["shape"] for review in confirmed} == set(THIRD_BLIND_SHAPES)
    rings = {label[review]["ring_id"] for review in confirmed}
    assert 0 < len(rings) < len(third.rings)


@pytest.mark.parametrize("shapes", [THIRD_BLIND_SHAPES, ("sock_puppets",), ALL_SHAPES])
def test_third_round_shapes_are_accepted(tmp_path: Path, shapes: tuple[str, ...]) -> None:
    options = GenerateOptions(out=tmp_path, orders=1_000, ring_shapes=shapes)
    assert options.validated().ring_shapes == shapes
