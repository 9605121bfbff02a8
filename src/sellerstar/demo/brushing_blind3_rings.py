"""The third blind brushing ring shapes of the demo marketplace (``tester_club``,
``launch_boost``, ``sock_puppets``): how each is planned and planted
(:mod:`sellerstar.demo.brushing_rings` has their descriptions and calls these)."""

from __future__ import annotations

import numpy as np

from sellerstar.demo.brushing_ring_types import Injected, Ring
from sellerstar.demo.clock import DAY, HOUR, Clock
from sellerstar.demo.merchants import Population
from sellerstar.demo.orders import Bools, OrderChunk
from sellerstar.demo.review_texts import RING_PHRASES, honest_texts, tester_texts
from sellerstar.demo.text import Ints


def third_blind_ring(
    rng: np.random.Generator,
    shape: str,
    ring_id: str,
    chunk: int,
    free: np.ndarray,
    expected: np.ndarray,
    organic_tier: Ints,
    first_fresh: int,
) -> Ring | None:
    """One ring of a third-round blind shape, or None when too few merchants are free and
    busy enough (each must expect twice, plus a margin, the orders the ring takes)."""
    family = np.zeros(0, dtype=np.int64)
    repeats = np.zeros(0, dtype=np.int64)
    if shape == "tester_club":
        # A tester agency sends one or two merchants' new goods free to its reviewers.
        size, width = int(rng.integers(10, 25)), int(rng.integers(1, 3))
    elif shape == "launch_boost":
        # One merchant's launch: an agency orders the new listing through many accounts.
        size, width = int(rng.integers(20, 41)), 1
    else:
        # The merchant's own people, each with a few accounts, ordering again and again.
        people = int(rng.integers(2, 4))
        accounts = rng.integers(2, 5, people)
        family = np.repeat(np.arange(people, dtype=np.int64), accounts)
        size, width = int(accounts.sum()), 1
        repeats = rng.integers(2, 4, size).astype(np.int64)
    while True:
        need = int(repeats.sum()) if len(repeats) else size
        # A launch takes its orders in two or three weeks, not the chunk's months: only a
        # merchant with volume can lend that many in so short a time.
        need *= 3 if shape == "launch_boost" else 1
        candidates = np.flatnonzero(free & (expected * 0.5 >= 2 * need + 5))
        if len(candidates) >= width:
            break
        if width > 1:
            width -= 1
        elif len(repeats) and repeats.max() > 2:
            repeats = np.minimum(repeats, 2)  # fewer orders per account rather than none
        elif not len(repeats) and size > 10:
            size = size * 2 // 3  # a smaller ring rather than none
        else:
            return None
    merchants = rng.choice(candidates, width, replace=False).astype(np.int64)
    if shape == "tester_club":
        # Testers are picked for their standing: long-standing L2–L4 reviewers.
        pool = np.flatnonzero(organic_tier >= 2)
        buyers = rng.choice(pool, min(size, len(pool)), replace=False).astype(np.int64)
        size = len(buyers)
        cover = np.zeros((size, width), dtype=bool)
        cover[np.arange(size), rng.integers(0, width, size)] = True
        if width > 1:
            cover[rng.random(size) < 0.25] = True  # some test both merchants' goods
        spread = rng.uniform(60, 110) * DAY
    elif shape == "launch_boost":
        # The agency's accounts are ordinary mid-tier shoppers (L1–L3), one order each.
        pool = np.flatnonzero((organic_tier >= 1) & (organic_tier <= 3))
        buyers = rng.choice(pool, min(size, len(pool)), replace=False).astype(np.int64)
        cover = np.ones((len(buyers), 1), dtype=bool)
        spread = rng.uniform(14, 24) * DAY  # the launch weeks
    else:
        # Accounts a person opens one after another: consecutive numbers.
        buyers = first_fresh + np.arange(size, dtype=np.int64)
        cover = np.ones((size, 1), dtype=bool)
        spread = rng.uniform(42, 84) * DAY
    return Ring(
        ring_id=ring_id,
        shape=shape,
        chunk=chunk,
        merchants=merchants,
        buyers=buyers,
        cover=cover,
        position=float(rng.uniform(0.05, 0.4)),
        spread=int(spread),
        phrases=rng.choice(len(RING_PHRASES), int(rng.integers(2, 4)), replace=False),
        family=family,
        repeats=repeats,
    )


def _puppet_sequence(rng: np.random.Generator, ring: Ring) -> Ints:
    """The accounts of a sock-puppet ring in the order they place their orders: each
    person uses its accounts in rotation (a, b, c, a, b, c, …) and the people's turns
    interleave at random."""
    queues: list[list[int]] = []
    for person in range(int(ring.family.max()) + 1):
        mine = np.flatnonzero(ring.family == person)
        # Those with the most orders first: every round then starts where the last one
        # did, so no account follows itself.
        mine = mine[np.argsort(-ring.repeats[mine], kind="stable")]
        rounds = [mine[ring.repeats[mine] > k] for k in range(int(ring.repeats[mine].max()))]
        queues.append([int(ring.buyers[i]) for batch in rounds for i in batch])
    turns = rng.permutation(np.repeat(np.arange(len(queues)), [len(q) for q in queues]))
    sequence = [queues[p].pop(0) for p in turns.tolist()]
    return np.array(sequence, dtype=np.int64)


def inject_third(
    rng: np.random.Generator,
    ring: Ring,
    orders: OrderChunk,
    usable: Bools,
    pop: Population,
    product_start: Ints,
    clock: Clock,
    done: Injected,
) -> None:
    """The orders and reviews of a third-round blind ring, spread over its weeks; each
    order is received, then reviewed, in turn."""
    # Room for transit (up to two weeks) and a tester's few weeks of use before the cut-off.
    latest = clock.cutoff - 45 * DAY
    for column, merchant in enumerate(ring.merchants.tolist()):
        rows = np.flatnonzero(usable & (orders.merchant == merchant) & (orders.shipped < latest))
        if len(rows) == 0:
            continue
        rows = rows[np.argsort(orders.shipped[rows], kind="stable")]
        rows = rows[int(ring.position * (len(rows) - 1)) :]
        within = rows[orders.shipped[rows] < orders.shipped[rows[0]] + ring.spread]
        if ring.shape == "sock_puppets":
            members = _puppet_sequence(rng, ring)
        else:
            members = rng.permutation(ring.buyers[ring.cover[:, column]])
        pool = within if len(within) >= len(members) else rows[: len(members)]
        if ring.shape == "launch_boost":
            pool = within  # the launch weeks only: fewer accounts rather than later ones
        picked = rng.choice(pool, min(len(members), len(pool)), replace=False)
        # In shipping order, so that a sock-puppet person's rotation is the orders' order.
        picked = picked[np.argsort(orders.shipped[picked], kind="stable")]
        count = len(picked)
        if count == 0:
            continue
        buyers = members[:count]
        received = orders.shipped[picked] + (rng.uniform(4, 14, count) * DAY).astype(np.int64)
        first = product_start[merchant]
        if ring.shape == "tester_club":
            # Testers use the goods for one to three weeks, then write at length.
            submitted = received + (rng.uniform(7, 25, count) * DAY).astype(np.int64)
            quality = np.where(rng.random((3, count)) < np.array([[0.8], [0.9], [0.85]]), 5, 4)
            texts = tester_texts(rng, quality[0])
            # The agency lists the merchant's newest one or two products.
            newest = first + pop.products[merchant] - 1
            products = newest - rng.integers(0, min(2, pop.products[merchant]), count)
        elif ring.shape == "launch_boost":
            # The agency's buyers confirm and rate within days: the launch needs stars now.
            submitted = received + (rng.uniform(2 * HOUR, 5 * DAY, count)).astype(np.int64)
            quality = np.where(rng.random((3, count)) < np.array([[0.93], [0.9], [0.88]]), 5, 4)
            texts = honest_texts(rng, quality[0])
            newest = first + pop.products[merchant] - 1
            products = np.full(count, newest, dtype=np.int64)
        else:
            # The merchant's people review like regular customers, without hurry.
            submitted = received + (rng.uniform(1, 8, count) * DAY).astype(np.int64)
            quality = np.where(rng.random((3, count)) < np.array([[0.85], [0.9], [0.85]]), 5, 4)
            texts = honest_texts(rng, quality[0])
            products = first + rng.integers(0, min(3, pop.products[merchant]), count)
        done.buyer[picked] = buyers
        done.record(ring, picked, received, submitted, quality, texts, products)
