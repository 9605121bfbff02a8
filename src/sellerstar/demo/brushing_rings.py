"""Brushing rings in the demo marketplace, labelled, so the detector can be measured.

A ring is a group of buyer accounts a merchant pays to order and review. Its orders are
real orders of the generated table whose buyer is swapped for a ring account (the ring
pays for them, the merchant ships something), and its reviews follow the ring's shape.
The shapes were fixed before the detector was tuned, and two were **held out** of its
development (docs/reviews-brushing.md):

========== ===================================================================== ========
shape      what it looks like                                                    split
========== ===================================================================== ========
classic    10–30 fresh L0/L1 accounts 5-star one merchant within 1–3 days,        dev
           stock phrases, minutes after "receipt"
shared     8–20 fresh accounts brushing 3–5 merchants (a dense block)             dev
slow_drip  8–15 fresh accounts, 2 merchants, over 3–6 weeks, 4–5 stars, varied    dev
           honest-looking texts, hours after receipt
small      3–5 fresh accounts, 2–3 merchants, in a day or two                     dev
camouflage 6–15 fresh accounts brushing 2–4 merchants and also reviewing popular  held out
           honest merchants (honest-looking reviews, not labelled)
aged       8–15 existing L2–L4 buyers with a history, 2–3 merchants, lightly      held out
           edited stock phrases
========== ===================================================================== ========

Labels go to ``labels/brushing.csv`` (``review_id, ring_id, shape``) next to the tables;
it is not a contract table and the import ignores it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

from sellerstar.demo.clock import DAY, HOUR, MINUTE, Clock, Times
from sellerstar.demo.merchants import Population
from sellerstar.demo.orders import COMPLETED, RECEIVED, OrderChunk
from sellerstar.demo.review_texts import RING_PHRASES, honest_texts, ring_texts
from sellerstar.demo.text import Ints

SHAPES = ("classic", "shared", "slow_drip", "camouflage", "aged", "small")
HELD_OUT_SHAPES = ("camouflage", "aged")
DEV_SHAPES = tuple(shape for shape in SHAPES if shape not in HELD_OUT_SHAPES)
POPULAR = 5  # the most ordered merchants: never brushing, the camouflage's honest targets


@dataclass(frozen=True)
class Ring:
    """One planned ring: whom it brushes, with which accounts, when and how."""

    ring_id: str
    shape: str
    chunk: int  # the order chunk whose orders it takes
    merchants: Ints
    buyers: Ints  # buyer numbers
    cover: np.ndarray  # buyers × merchants: which account reviews which merchant
    position: float  # where in the chunk's time it acts (quantile of shipping times)
    spread: int  # µs over which the reviews of one merchant are spread
    phrases: Ints  # indices into RING_PHRASES


@dataclass(frozen=True)
class RingPlan:
    """Every ring of a marketplace and the accounts they created."""

    rings: tuple[Ring, ...]
    fresh_buyers: int  # ring accounts numbered after the organic buyers
    popular: Ints


@dataclass
class Injected:
    """What the rings did to one order chunk."""

    buyer: Ints  # the chunk's buyer numbers after the swap
    order: list[int] = field(default_factory=list)  # row in the chunk of each ring review
    received: list[int] = field(default_factory=list)
    submitted: list[int] = field(default_factory=list)
    scores: list[tuple[int, int, int]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    product: list[int] = field(default_factory=list)
    ring_id: list[str] = field(default_factory=list)
    shape: list[str] = field(default_factory=list)
    forced: list[int] = field(default_factory=list)  # rows that get an honest review

    def taken(self, size: int) -> np.ndarray:
        mask = np.zeros(size, dtype=bool)
        mask[np.array(self.order + self.forced, dtype=np.int64)] = True
        return mask


def plan_rings(
    rng: np.random.Generator,
    pop: Population,
    organic_buyers: int,
    buyer_tier: Ints,
    orders: int,
    chunk_size: int,
) -> RingPlan:
    """Rings for a marketplace of ``orders`` orders: about one per 2,000 orders (at least
    six, one of each shape), on merchants busy enough to lend them orders."""
    share = np.diff(np.concatenate([[0.0], pop.cum_weight])) / pop.cum_weight[-1]
    popular = np.argsort(-share)[:POPULAR]
    free = np.ones(pop.size, dtype=bool)
    free[popular] = False
    free &= pop.products > 0
    count = max(len(SHAPES), min(60, orders // 2000))
    aged_pool = np.flatnonzero(
        (buyer_tier[:organic_buyers] >= 2) & (np.arange(organic_buyers) < organic_buyers * 0.05)
    )
    rings: list[Ring] = []
    fresh = 0
    # Rings act in the full chunks (the last one may be short and too recent).
    full = max(1, orders // chunk_size)
    for number in range(count):
        shape = SHAPES[number % len(SHAPES)]
        chunk = number % full
        chunk_orders = min(chunk_size, orders - chunk * chunk_size)
        size, width = _size(rng, shape)
        # A merchant lends orders when it has about twice what the ring needs.
        busy = free & (share * chunk_orders * 0.5 >= 2 * size + 5)
        if busy.sum() < width:  # no merchant busy enough: a smaller ring
            size = max(3, size // 2)
            busy = free & (share * chunk_orders * 0.5 >= size + 3)
        candidates = np.flatnonzero(busy)
        if len(candidates) < width:
            continue
        merchants = rng.choice(candidates, width, replace=False).astype(np.int64)
        free[merchants] = False
        if shape == "aged" and len(aged_pool) >= size:
            buyers = rng.choice(aged_pool, size, replace=False).astype(np.int64)
        else:
            buyers = organic_buyers + fresh + np.arange(size, dtype=np.int64)
            fresh += size
        cover = rng.random((size, width)) < (0.85 if width > 1 else 1.0)
        cover[np.arange(size), rng.integers(0, width, size)] = True
        spread = rng.uniform(21, 42) * DAY if shape == "slow_drip" else rng.uniform(1, 3) * DAY
        rings.append(
            Ring(
                ring_id=f"ring-{number + 1:03d}",
                shape=shape,
                chunk=chunk,
                merchants=merchants,
                buyers=buyers,
                cover=cover,
                position=float(rng.uniform(0.3, 0.9)),
                spread=int(spread),
                phrases=rng.choice(len(RING_PHRASES), int(rng.integers(2, 4)), replace=False),
            )
        )
    return RingPlan(tuple(rings), fresh, popular.astype(np.int64))


def _size(rng: np.random.Generator, shape: str) -> tuple[int, int]:
    """(accounts, merchants) of a ring of the shape."""
    low, high, merchants = {
        "classic": (10, 30, (1, 1)),
        "shared": (8, 20, (3, 5)),
        "slow_drip": (8, 15, (2, 2)),
        "camouflage": (6, 15, (2, 4)),
        "aged": (8, 15, (2, 3)),
        "small": (3, 5, (2, 3)),
    }[shape]
    return int(rng.integers(low, high + 1)), int(rng.integers(merchants[0], merchants[1] + 1))


def inject(
    rng: np.random.Generator,
    plan: RingPlan,
    orders: OrderChunk,
    chunk: int,
    pop: Population,
    product_start: Ints,
    clock: Clock,
) -> Injected:
    """Swap the buyers of the orders the chunk's rings take and write their reviews."""
    done = Injected(buyer=orders.buyer.copy())
    taken = np.zeros(orders.size, dtype=bool)
    usable = np.isin(orders.status, (RECEIVED, COMPLETED))
    for ring in plan.rings:
        if ring.chunk != chunk:
            continue
        for column, merchant in enumerate(ring.merchants.tolist()):
            members = ring.buyers[ring.cover[:, column]]
            latest = clock.cutoff - ring.spread - 2 * DAY
            rows = np.flatnonzero(
                usable & ~taken & (orders.merchant == merchant) & (orders.shipped < latest)
            )
            if len(rows) == 0:
                continue
            rows = rows[np.argsort(orders.shipped[rows], kind="stable")]
            anchor = int(ring.position * (len(rows) - 1))
            end = max(anchor + 1, min(len(members), len(rows)))
            picked = rows[max(0, end - len(members)) : end]
            members = members[: len(picked)]
            start = int(orders.shipped[picked].max()) + int(rng.uniform(1, 2) * DAY)
            start += int(column * rng.uniform(0, 3) * DAY)
            start = min(start, clock.cutoff - ring.spread - HOUR)
            taken[picked] = True
            done.buyer[picked] = members
            _reviews(rng, ring, picked, merchant, start, pop, product_start, done)
        if ring.shape == "camouflage":
            for member in ring.buyers.tolist():
                rows = np.flatnonzero(usable & ~taken & np.isin(orders.merchant, plan.popular))
                picked = rng.choice(rows, min(len(rows), int(rng.integers(2, 4))), replace=False)
                taken[picked] = True
                done.buyer[picked] = member
                done.forced.extend(picked.tolist())
    return done


def _reviews(
    rng: np.random.Generator,
    ring: Ring,
    picked: Ints,
    merchant: int,
    start: int,
    pop: Population,
    product_start: Ints,
    done: Injected,
) -> None:
    count = len(picked)
    submitted: Times = start + (rng.random(count) * ring.spread).astype(np.int64)
    if ring.shape == "slow_drip":
        delay = rng.uniform(1, 30, count) * HOUR
        quality = np.where(rng.random((3, count)) < 0.6, 5, 4)
        texts = honest_texts(rng, quality[0])
    else:
        fast = rng.random(count) < 0.85
        low, high = (30 * MINUTE, 6 * HOUR) if ring.shape == "aged" else (5 * MINUTE, 2 * HOUR)
        delay = np.where(fast, rng.uniform(low, high, count), rng.uniform(2, 20, count) * HOUR)
        quality = np.where(rng.random((3, count)) < np.array([[0.95], [0.95], [0.9]]), 5, 4)
        texts = ring_texts(rng, ring.phrases, count, edited=ring.shape == "aged")
        texts = [t if rng.random() >= 0.1 else "" for t in texts]
    # Rings push one or two products of the merchant.
    products = product_start[merchant] + rng.integers(0, min(2, pop.products[merchant]), count)
    done.order.extend(picked.tolist())
    done.submitted.extend(submitted.tolist())
    done.received.extend((submitted - delay.astype(np.int64)).tolist())
    done.scores.extend(zip(*(q.tolist() for q in quality), strict=True))
    done.text.extend(texts)
    done.product.extend(products.tolist())
    done.ring_id.extend([ring.ring_id] * count)
    done.shape.extend([ring.shape] * count)


def labels_table(review_id: pa.Array, injected: Injected) -> pa.Table:
    """``labels/brushing.csv`` rows of a chunk: review_id, ring_id, shape."""
    return pa.table(
        {
            "review_id": review_id,
            "ring_id": pa.array(injected.ring_id, pa.string()),
            "shape": pa.array(injected.shape, pa.string()),
        }
    )
