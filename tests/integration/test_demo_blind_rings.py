"""The blind brushing ring shapes (rotating, mutual, incentivised): planted only when asked
for, deterministic, labelled review by review, each with the structure that makes it that
shape; and the default marketplace is what it was before they existed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from demo_rings_support import buyer_id, merchant_id, read_rows, ring_labels

from sellerstar.demo.brushing_ring_types import Ring
from sellerstar.demo.brushing_rings import ALL_SHAPES, BLIND_SHAPES, SHAPES, plan_rings
from sellerstar.demo.generator import LABELS, generate, plan_marketplace
from sellerstar.demo.options import GenerateOptions
from sellerstar.demo.policy import Policy
from sellerstar.demo.review_plan import ReviewPlan
from sellerstar.errors import InputError
from sellerstar.rules.book import load_rulebook

Rows = list[dict[str, Any]]
DAY = dt.timedelta(days=1)
ORDERS = 12_000


def _options(out: Path, **changes: Any) -> GenerateOptions:
    base = GenerateOptions(
        out=out, orders=ORDERS, seed=9, chunk_size=6_000, ring_shapes=BLIND_SHAPES
    )
    return dataclasses.replace(base, **changes)


@dataclasses.dataclass(frozen=True)
class Blind:
    out: Path
    plan: ReviewPlan
    rings: dict[str, Ring]
    reviews: dict[str, dict[str, Any]]
    labels: Rows
    buyers: dict[str, str]  # buyer_id -> tier
    cutoff: dt.datetime


@pytest.fixture(scope="module")
def blind(tmp_path_factory: pytest.TempPathFactory) -> Blind:
    out = tmp_path_factory.mktemp("blind")
    options = _options(out).validated()
    generate(options)
    _, _, plan = plan_marketplace(options, Policy.from_rulebook(load_rulebook(), options.as_of))
    offset = dt.timezone(dt.timedelta(hours=8))
    return Blind(
        out=out,
        plan=plan,
        rings={ring.ring_id: ring for ring in plan.rings.rings},
        reviews={r["review_id"]: r for r in read_rows(out, "transaction_reviews")},
        labels=ring_labels(out),
        buyers={b["buyer_id"]: b["tier"] for b in read_rows(out, "buyers")},
        cutoff=dt.datetime.combine(options.as_of + DAY, dt.time(), offset),
    )


def _by_ring(blind: Blind) -> dict[str, Rows]:
    rings: dict[str, Rows] = defaultdict(list)
    for label in blind.labels:
        rings[label["ring_id"]].append(blind.reviews[label["review_id"]])
    return rings


def test_only_the_blind_shapes_are_planted_and_every_ring_wrote_reviews(blind: Blind) -> None:
    assert {ring.shape for ring in blind.rings.values()} == set(BLIND_SHAPES)
    assert {label["shape"] for label in blind.labels} == set(BLIND_SHAPES)
    per_ring = Counter(label["ring_id"] for label in blind.labels)
    assert set(per_ring) == set(blind.rings)
    assert min(per_ring.values()) >= 3
    for label in blind.labels:
        assert blind.rings[label["ring_id"]].shape == label["shape"]
    # Both order chunks have rings.
    assert {ring.chunk for ring in blind.rings.values()} == {0, 1}


def test_labels_cover_exactly_the_rings_reviews(blind: Blind) -> None:
    ids = [label["review_id"] for label in blind.labels]
    assert len(ids) == len(set(ids))
    assert set(ids) <= set(blind.reviews)
    organic = blind.plan.organic_buyers
    for ring_id, reviews in _by_ring(blind).items():
        ring = blind.rings[ring_id]
        merchants = {merchant_id(m) for m in ring.merchants.tolist()}
        pairs = {
            (buyer_id(int(ring.buyers[row])), merchant_id(int(ring.merchants[column])))
            for row, column in zip(*np.nonzero(ring.cover), strict=True)
        }
        for review in reviews:
            assert review["merchant_id"] in merchants
            if ring.shape == "incentivised":
                assert int(review["buyer_id"][1:]) - 1 < organic  # a real buyer
            else:
                assert (review["buyer_id"], review["merchant_id"]) in pairs
    # The rotating rings' accounts are fresh: every review they wrote is a ring review.
    fresh = {buyer_id(organic + n) for n in range(blind.plan.rings.fresh_buyers)}
    labelled = {label["review_id"] for label in blind.labels if label["shape"] == "rotating"}
    by_fresh = {r["review_id"] for r in blind.reviews.values() if r["buyer_id"] in fresh}
    assert by_fresh == labelled


def test_ring_reviews_follow_their_orders(blind: Blind) -> None:
    orders = {o["order_id"]: o for o in read_rows(blind.out, "orders")}
    for label in blind.labels:
        review = blind.reviews[label["review_id"]]
        order = orders[review["order_id"]]
        assert order["buyer_id"] == review["buyer_id"]
        assert order["merchant_id"] == review["merchant_id"]
        assert order["received_at"] == review["received_at"]
        assert order["shipped_at"] < review["received_at"] < review["submitted_at"] < blind.cutoff


def test_rotating_accounts_review_at_most_two_merchants_over_weeks(blind: Blind) -> None:
    rings = {r: rows for r, rows in _by_ring(blind).items() if blind.rings[r].shape == "rotating"}
    assert rings
    for reviews in rings.values():
        merchants: dict[str, set[str]] = defaultdict(set)
        for review in reviews:
            merchants[review["buyer_id"]].add(review["merchant_id"])
        spans = Counter(len(m) for m in merchants.values())
        assert set(spans) == {1, 2}  # both sides of the limit occur, nothing above it
        assert len({r["merchant_id"] for r in reviews}) >= 4
        submitted = [r["submitted_at"] for r in reviews]
        assert max(submitted) - min(submitted) >= 14 * DAY
    # Across the whole marketplace too: the accounts serve no other ring.
    every: dict[str, set[str]] = defaultdict(set)
    for label in blind.labels:
        if label["shape"] == "rotating":
            review = blind.reviews[label["review_id"]]
            every[review["buyer_id"]].add(review["merchant_id"])
    assert max(len(m) for m in every.values()) == 2


def test_mutual_staff_never_review_their_own_merchant(blind: Blind) -> None:
    rings = {r: rows for r, rows in _by_ring(blind).items() if blind.rings[r].shape == "mutual"}
    assert rings
    for ring_id, reviews in rings.items():
        ring = blind.rings[ring_id]
        assert len(ring.owner) == len(ring.buyers)
        # Every merchant of the group has staff in it, and is reviewed by the others' staff.
        assert set(ring.owner.tolist()) == set(range(len(ring.merchants)))
        assert not ring.cover[np.arange(len(ring.buyers)), ring.owner].any()
        employer = {
            buyer_id(int(b)): merchant_id(int(ring.merchants[o]))
            for b, o in zip(ring.buyers, ring.owner, strict=True)
        }
        for review in reviews:
            assert review["merchant_id"] != employer[review["buyer_id"]]
            # Staff use their own long-standing accounts, not fresh L0 ones.
            assert int(review["buyer_id"][1:]) - 1 < blind.plan.organic_buyers
            assert blind.buyers[review["buyer_id"]] in {"L1", "L2", "L3"}
        assert len({r["merchant_id"] for r in reviews}) >= 2


def test_incentivised_reviews_are_real_buyers_five_stars_within_days(blind: Blind) -> None:
    rings = {
        r: rows for r, rows in _by_ring(blind).items() if blind.rings[r].shape == "incentivised"
    }
    assert rings
    for ring_id, reviews in rings.items():
        assert len(reviews) <= blind.rings[ring_id].solicited
        assert len({r["merchant_id"] for r in reviews}) == 1
        assert all(r["product_quality"] == 5 for r in reviews)
        for review in reviews:
            assert dt.timedelta(hours=2) <= review["submitted_at"] - review["received_at"]
            assert review["submitted_at"] - review["received_at"] <= 4 * DAY
        assert len(blind.rings[ring_id].buyers) == 0  # nobody's account was swapped in


def test_blind_generation_is_deterministic(blind: Blind, tmp_path: Path) -> None:
    generate(_options(tmp_path))
    assert (tmp_path / LABELS).read_bytes() == (blind.out / LABELS).read_bytes()
    for name in ("transaction_reviews", "orders", "buyers"):
        again = sorted(p.name for p in (tmp_path).glob(f"{name}*"))
        assert again == sorted(p.name for p in blind.out.glob(f"{name}*"))
        assert read_rows(tmp_path, name) == read_rows(blind.out, name)


def test_default_generation_is_unchanged(tmp_path: Path) -> None:
    """Figures of main before the blind shapes existed: the default shapes must keep
    giving the same marketplace (update only when the default output is meant to change)."""
    summary = generate(GenerateOptions(out=tmp_path, orders=8_000, seed=3, chunk_size=4_000))
    assert GenerateOptions(out=tmp_path, orders=1).ring_shapes == SHAPES
    rows = {
        "business_actions": 19942,
        "buyers": 2715,
        "confirmed_brushing": 32,
        "direct_reviews": 274,
        "order_judgements": 54,
        "orders": 8000,
        "transaction_reviews": 2201,
    }
    assert {name: summary.rows[name] for name in rows} == rows
    labels = (tmp_path / LABELS).read_bytes()
    assert hashlib.sha256(labels).hexdigest() == (
        "a794b0d797d7c237f9b3ab9708efec26ba97878af48bceaab4be20f7a4fa1dd5"
    )
    assert {row["shape"] for row in ring_labels(tmp_path)} == set(SHAPES)


def test_default_and_blind_shapes_can_be_planted_together(tmp_path: Path) -> None:
    generate(_options(tmp_path, orders=24_000, chunk_size=500_000, ring_shapes=ALL_SHAPES))
    assert {row["shape"] for row in ring_labels(tmp_path)} == set(ALL_SHAPES)


@pytest.mark.parametrize("shapes", [(), ("rotating", "spiral"), ("Classic",)])
def test_unknown_or_no_ring_shapes_are_refused(tmp_path: Path, shapes: tuple[str, ...]) -> None:
    with pytest.raises(InputError, match="ring shapes"):
        GenerateOptions(out=tmp_path, orders=1_000, ring_shapes=shapes).validated()
    rng = np.random.default_rng(0)
    with pytest.raises(ValueError, match="ring shapes"):
        plan_rings(rng, None, 100, np.zeros(100, dtype=np.int64), 1_000, 1_000, shapes)  # type: ignore[arg-type]


@pytest.mark.parametrize("shapes", [BLIND_SHAPES, ("mutual",), ALL_SHAPES])
def test_known_ring_shapes_are_accepted(tmp_path: Path, shapes: tuple[str, ...]) -> None:
    options = GenerateOptions(out=tmp_path, orders=1_000, ring_shapes=shapes)
    assert options.validated().ring_shapes == shapes


def test_confirmed_rings_are_not_all_of_one_blind_shape(blind: Blind) -> None:
    label = {row["review_id"]: row for row in blind.labels}
    confirmed = {c["review_id"] for c in read_rows(blind.out, "confirmed_brushing")}
    assert confirmed <= set(label)
    assert {label[review]["shape"] for review in confirmed} == set(BLIND_SHAPES)
    rings = {label[review]["ring_id"] for review in confirmed}
    assert 0 < len(rings) < len(blind.rings)
