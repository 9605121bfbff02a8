"""The blind and second blind brushing ring shapes of the demo marketplace (``rotating``,
``mutual``, ``incentivised``; ``unsolicited``, ``deal_group``, ``exchange_club``): how each
is planned and planted (:mod:`sellerstar.demo.brushing_rings` has their descriptions and
calls these)."""

from __future__ import annotations

import numpy as np

from sellerstar.demo.brushing_ring_types import Injected, Ring
from sellerstar.demo.clock import DAY, HOUR, MINUTE, Clock, Times
from sellerstar.demo.merchants import Population
from sellerstar.demo.orders import TRANSIT_DAYS, TRANSPORTS, Bools, OrderChunk
from sellerstar.demo.review_texts import RING_PHRASES, honest_texts, ring_texts, short_praise
from sellerstar.demo.text import Ints

_PARCEL = (TRANSPORTS.index("express"), TRANSPORTS.index("postal"))
# Days in transit per transport (rows: low, high), for the parcels' receipts.
_PARCEL_DAYS = np.array([TRANSIT_DAYS[t] for t in TRANSPORTS], dtype=np.float64).T


def blind_ring(
    rng: np.random.Generator,
    shape: str,
    ring_id: str,
    chunk: int,
    free: np.ndarray,
    expected: np.ndarray,
    organic_tier: Ints,
    first_fresh: int,
) -> Ring | None:
    """One ring of a blind shape, or None when too few merchants are free and busy.

    Its merchants must expect at least twice (plus a margin) the orders the ring takes
    from any one of them, as for the other shapes."""
    if shape == "rotating":
        # A brushing service's worker pool: every client gets a few accounts, every
        # account serves one or two clients, so no two clients share many accounts.
        size, width, fewest = int(rng.integers(25, 51)), int(rng.integers(4, 8)), 3
    elif shape == "mutual":
        # A sellers' group: each merchant's staff review the other merchants' goods.
        size, width, fewest = 0, int(rng.integers(3, 6)), 3
    else:
        # One merchant's promotion: a coupon for a 5-star review of a real order.
        size, width, fewest = int(rng.integers(12, 31)), 1, 1
    while True:
        # Reviews one merchant may get: rotating accounts serve 1.35 merchants on average,
        # mutual staff (up to 3 a merchant) may all review the same colleague.
        need = {"rotating": -(-size * 3 // (2 * width)) + 2, "mutual": 3 * width}.get(shape, size)
        candidates = np.flatnonzero(free & (expected * 0.5 >= 2 * need + 5))
        if len(candidates) >= width:
            break
        if width == fewest:
            return None
        width -= 1  # a smaller ring rather than none
    # Promotions are run by merchants with volume; the other shapes take any busy one.
    weight = expected[candidates] if shape == "incentivised" else np.ones(len(candidates))
    merchants = rng.choice(candidates, width, replace=False, p=weight / weight.sum())
    merchants = merchants.astype(np.int64)
    owner = np.zeros(0, dtype=np.int64)
    solicited = 0
    if shape == "rotating":
        buyers = first_fresh + np.arange(size, dtype=np.int64)
        cover = np.zeros((size, width), dtype=bool)
        two = rng.random(size) < 0.35
        for row, both in enumerate(two.tolist()):
            cover[row, rng.choice(width, 2 if both else 1, replace=False)] = True
        spread = rng.uniform(21, 42) * DAY
    elif shape == "mutual":
        staff = rng.integers(2, 4, width)
        size = int(staff.sum())
        owner = np.repeat(np.arange(width, dtype=np.int64), staff)
        # Staff buy samples and supplies with their own long-standing accounts.
        pool = np.flatnonzero((organic_tier >= 1) & (organic_tier <= 3))
        if len(pool) >= size:
            buyers = rng.choice(pool, size, replace=False).astype(np.int64)
        else:
            buyers = first_fresh + np.arange(size, dtype=np.int64)
        cover = rng.random((size, width)) < 0.6
        cover[np.arange(size), owner] = False
        others = (owner + rng.integers(1, width, size)) % width
        cover[np.arange(size), others] = True
        spread = rng.uniform(14, 35) * DAY
    else:
        buyers = np.zeros(0, dtype=np.int64)
        cover = np.zeros((0, 1), dtype=bool)
        solicited = size
        spread = rng.uniform(7, 14) * DAY  # the promotion's length
    return Ring(
        ring_id=ring_id,
        shape=shape,
        chunk=chunk,
        merchants=merchants,
        buyers=buyers,
        cover=cover,
        position=float(rng.uniform(0.2, 0.75)),
        spread=int(spread),
        phrases=rng.choice(len(RING_PHRASES), int(rng.integers(2, 4)), replace=False),
        owner=owner,
        solicited=solicited,
    )


def second_blind_ring(
    rng: np.random.Generator,
    shape: str,
    ring_id: str,
    chunk: int,
    free: np.ndarray,
    expected: np.ndarray,
    organic_buyers: int,
    first_fresh: int,
) -> Ring | None:
    """One ring of a second-round blind shape, or None when too few merchants are free and
    busy enough (each must expect twice, plus a margin, the orders the ring takes)."""
    if shape == "unsolicited":
        # One merchant ships cheap parcels to harvested identities, one account each.
        size, width, fewest = int(rng.integers(15, 41)), 1, 1
    elif shape == "deal_group":
        # A deal group's members (ordinary buyers) each take one or two of its deals.
        size, width, fewest = int(rng.integers(20, 46)), int(rng.integers(4, 9)), 3
    else:
        # Small merchants swapping reviews: each lends one or two staff accounts.
        size, width, fewest = 0, int(rng.integers(6, 11)), 4
    while True:
        # Reviews one merchant may get: deal members take 1.25 deals on average; the club
        # balances what its members receive (at most about four or five each).
        need = {"unsolicited": size, "deal_group": -(-size * 5 // (4 * width)) + 2}.get(shape, 5)
        candidates = np.flatnonzero(free & (expected * 0.5 >= 2 * need + 5))
        if len(candidates) >= width:
            break
        if shape == "unsolicited" and size > 10:
            size = size * 2 // 3  # a smaller drip rather than none
            continue
        if width == fewest:
            return None
        width -= 1
    # Clubs are of small sellers: the least busy merchants that can lend the orders.
    weight = 1.0 / expected[candidates] if shape == "exchange_club" else np.ones(len(candidates))
    merchants = rng.choice(candidates, width, replace=False, p=weight / weight.sum())
    merchants = merchants.astype(np.int64)
    owner = np.zeros(0, dtype=np.int64)
    if shape == "unsolicited":
        buyers = first_fresh + np.arange(size, dtype=np.int64)
        cover = np.ones((size, 1), dtype=bool)
        spread = rng.uniform(21, 56) * DAY
    elif shape == "deal_group":
        # Members are real shoppers with their own history, not accounts made for it.
        buyers = rng.choice(organic_buyers, size, replace=False).astype(np.int64)
        cover = np.zeros((size, width), dtype=bool)
        two = rng.random(size) < 0.25
        for row, both in enumerate(two.tolist()):
            cover[row, rng.choice(width, 2 if both else 1, replace=False)] = True
        spread = rng.uniform(28, 56) * DAY
    else:
        staff = rng.integers(1, 3, width)
        size = int(staff.sum())
        owner = np.repeat(np.arange(width, dtype=np.int64), staff)
        buyers = rng.choice(organic_buyers, size, replace=False).astype(np.int64)
        cover = np.zeros((size, width), dtype=bool)
        received = np.zeros(width, dtype=np.int64)
        # The club's organiser hands each member the merchants that got fewest so far, so
        # every merchant receives about what it gives: a sparse but reciprocal graph.
        for row in rng.permutation(size).tolist():
            others = np.flatnonzero(np.arange(width) != owner[row])
            ranked = others[np.lexsort((rng.random(len(others)), received[others]))]
            targets = ranked[: 1 + int(rng.random() < 0.4)]
            cover[row, targets] = True
            received[targets] += 1
        for column in np.flatnonzero(received == 0).tolist():
            cover[int(rng.choice(np.flatnonzero(owner != column))), column] = True
        spread = rng.uniform(28, 70) * DAY
    return Ring(
        ring_id=ring_id,
        shape=shape,
        chunk=chunk,
        merchants=merchants,
        buyers=buyers,
        cover=cover,
        position=float(rng.uniform(0.15, 0.6)),
        spread=int(spread),
        phrases=rng.choice(len(RING_PHRASES), int(rng.integers(2, 4)), replace=False),
        owner=owner,
    )


def inject_blind(
    rng: np.random.Generator,
    ring: Ring,
    orders: OrderChunk,
    usable: Bools,
    pop: Population,
    product_start: Ints,
    clock: Clock,
    done: Injected,
) -> None:
    """The orders and reviews of a blind-shape ring: its orders are spread over weeks
    (the promotion's days for incentivised) and each is received, then reviewed, in turn,
    rather than in a burst after the last one shipped."""
    # Room for transit (up to two weeks) and the review before the cut-off.
    latest = clock.cutoff - 21 * DAY
    for column, merchant in enumerate(ring.merchants.tolist()):
        rows = np.flatnonzero(usable & (orders.merchant == merchant) & (orders.shipped < latest))
        if len(rows) == 0:
            continue
        rows = rows[np.argsort(orders.shipped[rows], kind="stable")]
        rows = rows[int(ring.position * (len(rows) - 1)) :]
        within = rows[orders.shipped[rows] < orders.shipped[rows[0]] + ring.spread]
        if ring.shape == "incentivised":
            # Most promotion buyers take the coupon; the promotion runs its days, or longer
            # until its coupons are handed out, and stops at its budget.
            share = rng.uniform(0.55, 0.85)
            wanted = int(np.ceil(ring.solicited / share))
            promo = within if len(within) >= wanted else rows[:wanted]
            picked = promo[rng.random(len(promo)) < share][: ring.solicited]
            buyers = orders.buyer[picked]
        else:
            members = rng.permutation(ring.buyers[ring.cover[:, column]])
            pool = within if len(within) >= len(members) else rows[: len(members)]
            picked = np.sort(rng.choice(pool, min(len(members), len(pool)), replace=False))
            buyers = members[: len(picked)]
        count = len(picked)
        if count == 0:
            continue
        transit = (rng.uniform(4, 14, count) * DAY).astype(np.int64)
        received = orders.shipped[picked] + transit
        if ring.shape == "rotating":
            # Task workers confirm receipt and review when the platform tells them to.
            delay = rng.uniform(1, 48, count) * HOUR
            quality = np.where(rng.random((3, count)) < np.array([[0.9], [0.92], [0.85]]), 5, 4)
            style = rng.choice(3, count, p=(0.45, 0.35, 0.2))
            own = honest_texts(rng, np.full(count, 5))
            pasted = ring_texts(rng, ring.phrases, count, edited=True)
            texts = [(own[i], pasted[i], "")[k] for i, k in enumerate(style.tolist())]
            products = product_start[merchant] + rng.integers(
                0, min(2, pop.products[merchant]), count
            )
        elif ring.shape == "mutual":
            # Colleagues of the trade write like buyers, days later, and allow a 4.
            delay = rng.uniform(0.5, 6, count) * DAY
            quality = np.where(rng.random((3, count)) < np.array([[0.85], [0.9], [0.8]]), 5, 4)
            texts = honest_texts(rng, quality[0])
            products = product_start[merchant] + rng.integers(0, pop.products[merchant], count)
        else:
            # The coupon is for five stars on the product, claimed within days.
            delay = rng.uniform(2 * HOUR, 4 * DAY, count)
            quality = np.where(rng.random((3, count)) < np.array([[1.0], [0.92], [0.88]]), 5, 4)
            short = rng.random(count) < 0.4
            praise = short_praise(rng, count)
            own = honest_texts(rng, quality[0])
            texts = [praise[i] if s else own[i] for i, s in enumerate(short.tolist())]
            products = product_start[merchant] + rng.integers(
                0, min(3, pop.products[merchant]), count
            )
        submitted = received + delay.astype(np.int64)
        done.buyer[picked] = buyers
        done.record(ring, picked, received, submitted, quality, texts, products)


def inject_second(
    rng: np.random.Generator,
    ring: Ring,
    orders: OrderChunk,
    usable: Bools,
    pop: Population,
    product_start: Ints,
    clock: Clock,
    done: Injected,
) -> None:
    """The orders and reviews of a second-round blind ring, spread over its weeks; each
    order is received, then reviewed, in turn."""
    # Room for a slow parcel (up to 30 days by post), the review and the posting sitting.
    latest = clock.cutoff - 45 * DAY
    if ring.shape == "unsolicited":  # light parcels go by express or post
        usable = usable & np.isin(orders.transport, _PARCEL)
    for column, merchant in enumerate(ring.merchants.tolist()):
        rows = np.flatnonzero(usable & (orders.merchant == merchant) & (orders.shipped < latest))
        if len(rows) == 0:
            continue
        rows = rows[np.argsort(orders.shipped[rows], kind="stable")]
        rows = rows[int(ring.position * (len(rows) - 1)) :]
        within = rows[orders.shipped[rows] < orders.shipped[rows[0]] + ring.spread]
        members = rng.permutation(ring.buyers[ring.cover[:, column]])
        pool = within if len(within) >= len(members) else rows[: len(members)]
        picked = np.sort(rng.choice(pool, min(len(members), len(pool)), replace=False))
        count = len(picked)
        if count == 0:
            continue
        buyers = members[:count]
        if ring.shape == "unsolicited":
            # A light parcel by post to the harvested address; the merchant itself posts
            # the reviews in sittings, a few minutes apart, once several have arrived.
            low, high = _PARCEL_DAYS[:, orders.transport[picked]]
            received = orders.shipped[picked] + (rng.uniform(low, high) * DAY).astype(np.int64)
            submitted = _sittings(rng, received)
            quality = np.where(rng.random((3, count)) < np.array([[0.97], [0.97], [0.95]]), 5, 4)
            kind = rng.choice(3, count, p=(0.5, 0.35, 0.15))
            praise = short_praise(rng, count)
            pasted = ring_texts(rng, ring.phrases, count, edited=True)
            texts = [("", praise[i], pasted[i])[k] for i, k in enumerate(kind.tolist())]
            # The cheapest thing it sells (its first listing), at a token price.
            products = np.full(count, product_start[merchant], dtype=np.int64)
            done.repriced.extend(picked.tolist())
            done.cents.extend(rng.integers(80, 600, count).tolist())
        elif ring.shape == "deal_group":
            # Members wait for the parcel and a few days more, as the group's rules say,
            # then five stars for the deal's one product (the condition of the refund).
            received = orders.shipped[picked] + (rng.uniform(4, 14, count) * DAY).astype(np.int64)
            submitted = received + (rng.uniform(2, 7, count) * DAY).astype(np.int64)
            quality = np.where(rng.random((3, count)) < np.array([[1.0], [0.93], [0.85]]), 5, 4)
            own = honest_texts(rng, quality[0])
            rating_only = rng.random(count) < 0.2
            texts = ["" if r else own[i] for i, r in enumerate(rating_only.tolist())]
            deal = product_start[merchant] + int(rng.integers(0, pop.products[merchant]))
            products = np.full(count, deal, dtype=np.int64)
        else:
            # Fellow sellers review like buyers, without hurry, and allow a 4.
            received = orders.shipped[picked] + (rng.uniform(4, 14, count) * DAY).astype(np.int64)
            submitted = received + (rng.uniform(1, 10, count) * DAY).astype(np.int64)
            quality = np.where(rng.random((3, count)) < np.array([[0.75], [0.85], [0.8]]), 5, 4)
            texts = honest_texts(rng, quality[0])
            products = product_start[merchant] + rng.integers(0, pop.products[merchant], count)
        done.buyer[picked] = buyers
        done.record(ring, picked, received, submitted, quality, texts, products)


def _sittings(rng: np.random.Generator, received: Times) -> Times:
    """When a merchant posting its own reviews submits them: in sittings of 3–8 (the last
    may be smaller), half a day to three days after the last of them arrived and at least
    two hours after the previous sitting, 2–15 minutes apart."""
    submitted = np.zeros(len(received), dtype=np.int64)
    order = np.argsort(received, kind="stable")
    start, end = 0, 0
    while start < len(order):
        group = order[start : start + int(rng.integers(3, 9))]
        begin = int(received[group].max()) + int(rng.uniform(0.5, 3) * DAY)
        begin = max(begin, end + 2 * HOUR)
        gaps = (rng.uniform(2, 15, len(group)) * MINUTE).astype(np.int64)
        submitted[group] = begin + np.cumsum(gaps)
        end = int(submitted[group].max())
        start += len(group)
    return submitted
