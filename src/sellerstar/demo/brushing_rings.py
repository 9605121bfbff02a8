"""Brushing rings in the demo marketplace, labelled, so the detector can be measured.

A ring is a group of buyer accounts a merchant pays to order and review. Its orders are
real orders of the generated table whose buyer is swapped for a ring account (the ring
pays for them, the merchant ships something), and its reviews follow the ring's shape
(an incentivised ring keeps the real buyers and buys their reviews). The first six shapes
were fixed before the detector was tuned, and two were **held out** of its development
(docs/reviews-brushing.md); three **blind** ones were written after it, three more
(**blind2**) after its second tuning round, three more (**blind3**) after its third and
three more (**blind4**) after its fourth (below):

============= ===================================================================== ========
shape         what it looks like                                                    split
============= ===================================================================== ========
classic       10–30 fresh L0/L1 accounts 5-star one merchant within 1–3 days,       dev
              stock phrases, minutes after "receipt"
shared        8–20 fresh accounts brushing 3–5 merchants (a dense block)            dev
slow_drip     8–15 fresh accounts, 2 merchants, over 3–6 weeks, 4–5 stars, varied   dev
              honest-looking texts, hours after receipt
small         3–5 fresh accounts, 2–3 merchants, in a day or two                    dev
camouflage    6–15 fresh accounts brushing 2–4 merchants and also reviewing popular held out
              honest merchants (honest-looking reviews, not labelled)
aged          8–15 existing L2–L4 buyers with a history, 2–3 merchants, lightly     held out
              edited stock phrases
rotating      a brushing service's pool of 25–50 fresh accounts serving 3–7 client  blind
              merchants, each account only one or two of them (a sparse graph, no
              dense block); each order received 4–14 days after shipping and
              reviewed 1–48 h later, spread over 3–6 weeks; 4–5 stars, own texts,
              edited stock phrases or none
mutual        a sellers' group of 3–5 merchants, each with 2–3 staff who review the blind
              others' goods (never their own employer's) from their long-standing
              L1–L3 buyer accounts, days after receipt, over 2–5 weeks; 4–5 stars,
              buyer-like texts
incentivised  one busy merchant's promotion: real buyers of real orders get a       blind
              coupon for 5 stars on the product, most take it (12–30 reviews) within
              4 days of receipt, over the promotion's 1–2 weeks; short praise or
              buyer-like texts
unsolicited   one merchant's "brushing scam": 15–40 fresh accounts made from        blind2
              harvested identities, one parcel each (its real orders repriced to
              $0.80–5.99, express or post, its first listing), over 3–8 weeks; the
              merchant posts the reviews itself in sittings of 3–8, minutes apart,
              half a day to 3 days after the parcels arrived; 5 stars, no text,
              short praise or an edited stock phrase
deal_group    a "refund after review" deal group: 20–45 ordinary buyers (organic    blind2
              accounts that keep shopping) each take one or two deals of 4–8 client
              merchants over 4–8 weeks, buy the deal's one product, review it 2–7
              days after receipt with 5 stars (the refund's condition, paid off the
              platform: the order stays completed); own texts or rating only
exchange_club a review-exchange club of 6–10 small merchants (the least busy that   blind2
              can lend the orders), each lending 1–2 staff accounts (organic, any
              tier) that review one or two other members, balanced so every
              merchant gets about what it gives; 1–10 days after receipt, over 4–10
              weeks; 4–5 stars, buyer-like texts
tester_club   a merchant's off-platform "product tester" agency: 10–24 established  blind3
              L2–L4 reviewers get one or two merchants' newest listings free (the
              order refunded off the platform), over 2–4 months; each reviews
              once, 7–25 days after receipt, 4–5 stars, long careful English texts
              (what was tested, measurements, "see the photos"; a 4 names a small
              flaw)
launch_boost  a busy merchant's product launch: an agency orders the new listing    blind3
              (its newest) through 12–40 ordinary L1–L3 accounts of many
              countries, one order each, all in the 2–3 launch weeks (fewer
              accounts rather than later ones); rated 2 h–5 days after receipt,
              mostly 5 stars, buyer-like texts in the buyers' languages
sock_puppets  the merchant's own people: 2–3 persons, each with 2–4 fresh accounts  blind3
              opened one after another (consecutive ids, one country per person),
              each account ordering and reviewing the merchant 2–3 times over 6–12
              weeks; a person rotates its accounts, the persons' turns interleave;
              1–8 days after receipt, 4–5 stars, buyer-like texts
order_farm    a parcel agent's phone farm in one low-wage country: 6–14 fresh       blind4
              accounts of its country serve 2–4 clients, 2–3 small parcels each
              (repriced $5–30, express or post, to its one warehouse city), over
              4–8 weeks; posted 1–4 days after arrival in its shifts (Mon–Sat,
              8–20 local); 4–5 stars, the client's copy sheet, short praise or none
review_buyout one merchant buys off complaints: 8–20 real buyers of slow orders     blind4
              (late-shipped ones first) are refunded for five stars over 6–12
              weeks, the edited review 5–25 days after receipt, "problem solved"
              texts or none; no account is swapped
trade_volume  an agency pads one supplier's trade volume: 3–6 established buyer     blind4
              companies (L1+) place 3–6 wire-paid Trade Assurance orders each, in
              rotation over 2–4 months, repriced to round $1,500–12,000; receipt
              2–10 days after shipping, rated hours later, 5 stars, formal lines
============= ===================================================================== ========

The **blind** shapes were written by a separate author after the detector was tuned,
without reading the detector, its rules or its tests, so they measure it on shapes nobody
tuned on. They are planted only when asked for (``plan_rings(shapes=BLIND_SHAPES)``,
``GenerateOptions.ring_shapes``; ``benchmarks/brushing_accuracy.py --split blind``): the
default marketplace is the same as before they existed. Each is fraud the merchant bought
or solicited: a paid brushing service, staff posing as buyers, reviews paid for with a
coupon on condition of five stars (all three prohibited by marketplace review policies
and, for consumer reviews, by the FTC's 2024 rule).

The **second blind round** (``SECOND_BLIND_SHAPES``) was written the same way, by a separate
author, after the detector's second tuning round (on all nine shapes above) and without
reading the detector, its rules, its documentation or its tests, for the final,
honest measurement (``benchmarks/brushing_accuracy.py --split blind2``, seeds 301–304).
Each is again fraud the merchant commits or pays for, on its own store: fake "verified"
orders shipped to harvested addresses with self-written reviews, reviews bought through a
deal group with a refund on condition of five stars, and reviews traded among sellers
(buying, fabricating and insider reviews: all prohibited by marketplace review policies and
the FTC's 2024 rule). Planted only when asked for, they leave the default and first-round
output unchanged for a given seed.

The **third blind round** (``THIRD_BLIND_SHAPES``) was written the same way after the
detector's third tuning round (on all twelve shapes above), for the final measurement
(``--split blind3``, seeds 401–404): free products for reviews through a tester agency
(outside a marketplace's own, disclosed programme), a launch bought through an agency's
accounts, and reviews from accounts the merchant's own people made (fabricated, bought and
insider reviews). Planted only when asked for, they leave the default and both earlier
rounds' output unchanged for a given seed.

The **fourth blind round** (``FOURTH_BLIND_SHAPES``) was written the same way after the
detector's fourth tuning round, for the final measurement (``--split blind4``, seeds
501–504): orders and reviews bought from a farm abroad, complaints bought off with refunds
and trade volume padded with wired-back wholesale orders (fabricated and bought reviews).
Planted only when asked for, they leave the default and the earlier rounds' output
unchanged for a given seed.

Labels go to ``labels/brushing.csv`` (``review_id, ring_id, shape``) next to the tables;
it is not a contract table and the import ignores it.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from sellerstar.demo.brushing_blind3_rings import inject_third, third_blind_ring
from sellerstar.demo.brushing_blind4_rings import fourth_blind_ring, inject_fourth
from sellerstar.demo.brushing_blind_rings import (
    blind_ring,
    inject_blind,
    inject_second,
    second_blind_ring,
)
from sellerstar.demo.brushing_ring_types import Injected, Ring, RingPlan
from sellerstar.demo.clock import DAY, HOUR, MINUTE, Clock, Times
from sellerstar.demo.merchants import TA_STATUSES, Population
from sellerstar.demo.orders import (
    COMPLETED,
    RECEIVED,
    OrderChunk,
)
from sellerstar.demo.review_texts import (
    RING_PHRASES,
    honest_texts,
    ring_texts,
)
from sellerstar.demo.text import Ints

SHAPES = ("classic", "shared", "slow_drip", "camouflage", "aged", "small")
HELD_OUT_SHAPES = ("camouflage", "aged")
DEV_SHAPES = tuple(shape for shape in SHAPES if shape not in HELD_OUT_SHAPES)
# Written blind, after the detector was tuned; planted only when asked for (``shapes``).
BLIND_SHAPES = ("rotating", "mutual", "incentivised")
# Written blind too, after the detector's second tuning round; planted only when asked for.
SECOND_BLIND_SHAPES = ("unsolicited", "deal_group", "exchange_club")
# Written blind after the detector's third tuning round; planted only when asked for.
THIRD_BLIND_SHAPES = ("tester_club", "launch_boost", "sock_puppets")
# Written blind after the detector's fourth tuning round; planted only when asked for.
FOURTH_BLIND_SHAPES = ("order_farm", "review_buyout", "trade_volume")
ALL_SHAPES = SHAPES + BLIND_SHAPES + SECOND_BLIND_SHAPES + THIRD_BLIND_SHAPES + FOURTH_BLIND_SHAPES
POPULAR = 5  # the most ordered merchants: never brushing, the camouflage's honest targets
_PLANTERS = {
    **dict.fromkeys(BLIND_SHAPES, inject_blind),
    **dict.fromkeys(SECOND_BLIND_SHAPES, inject_second),
    **dict.fromkeys(THIRD_BLIND_SHAPES, inject_third),
    **dict.fromkeys(FOURTH_BLIND_SHAPES, inject_fourth),
}


def plan_rings(
    rng: np.random.Generator,
    pop: Population,
    organic_buyers: int,
    buyer_tier: Ints,
    orders: int,
    chunk_size: int,
    shapes: tuple[str, ...] = SHAPES,
) -> RingPlan:
    """Rings for a marketplace of ``orders`` orders: about one per 2,000 orders (at least
    one of each of ``shapes``, taken in turn), on merchants busy enough to lend them
    orders. The default shapes give the same rings as before the blind shapes existed."""
    unknown = sorted(set(shapes) - set(ALL_SHAPES))
    if not shapes or unknown:
        raise ValueError(f"unknown or no brushing ring shapes: {unknown or shapes}")
    share = np.diff(np.concatenate([[0.0], pop.cum_weight])) / pop.cum_weight[-1]
    popular = np.argsort(-share)[:POPULAR]
    free = np.ones(pop.size, dtype=bool)
    free[popular] = False
    free &= pop.products > 0
    count = max(len(shapes), min(60, orders // 2000))
    aged_pool = np.flatnonzero(
        (buyer_tier[:organic_buyers] >= 2) & (np.arange(organic_buyers) < organic_buyers * 0.05)
    )
    rings: list[Ring] = []
    fresh = 0
    # Rings act in the full chunks (the last one may be short and too recent).
    full = max(1, orders // chunk_size)
    for number in range(count):
        shape = shapes[number % len(shapes)]
        chunk = number % full
        chunk_orders = min(chunk_size, orders - chunk * chunk_size)
        if shape not in SHAPES:  # a blind round's shape: each round plans its own
            tier, ring_id = buyer_tier[:organic_buyers], f"ring-{number + 1:03d}"
            blind = _blind_ring(
                rng, shape, ring_id, chunk, free, pop, share * chunk_orders, tier, fresh
            )
            if blind is not None:
                free[blind.merchants] = False
                fresh += int(np.sum(blind.buyers >= organic_buyers))
                rings.append(blind)
            continue
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


def _blind_ring(
    rng: np.random.Generator,
    shape: str,
    ring_id: str,
    chunk: int,
    free: np.ndarray,
    pop: Population,
    expected: np.ndarray,
    tier: Ints,
    fresh: int,
) -> Ring | None:
    """A ring of a blind round's shape (``tier``: the organic buyers' tiers, ``fresh``:
    ring accounts made so far), or None when no merchants can take it."""
    organic = len(tier)
    if shape in BLIND_SHAPES:
        return blind_ring(rng, shape, ring_id, chunk, free, expected, tier, organic + fresh)
    if shape in SECOND_BLIND_SHAPES:
        return second_blind_ring(
            rng, shape, ring_id, chunk, free, expected, organic, organic + fresh
        )
    if shape in THIRD_BLIND_SHAPES:
        free = free & (pop.products >= 2)
        return third_blind_ring(rng, shape, ring_id, chunk, free, expected, tier, organic + fresh)
    assured = pop.ta_status == TA_STATUSES.index("active")
    first = organic + fresh
    return fourth_blind_ring(rng, shape, ring_id, chunk, free, expected, tier, first, assured)


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
        if ring.shape in _PLANTERS:  # a blind round's shape: each round plants its own
            _PLANTERS[ring.shape](
                rng, ring, orders, usable & ~taken, pop, product_start, clock, done
            )
            taken[np.array(done.order, dtype=np.int64)] = True
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


def family_countries(plan: RingPlan, country: Ints) -> Ints:
    """``country`` (per buyer) with every sock-puppet person's accounts in the country of
    its first account (one person behind them, one address) and an order farm's accounts
    in the farm's. The same array when no ring has either (so the other shapes' buyers are
    unchanged)."""
    families = [ring for ring in plan.rings if len(ring.family) or ring.country >= 0]
    if not families:
        return country
    country = country.copy()
    for ring in families:
        if ring.country >= 0:
            country[ring.buyers] = ring.country
        for person in np.unique(ring.family).tolist():
            accounts = ring.buyers[ring.family == person]
            country[accounts] = country[accounts[0]]
    return country


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
    received = submitted - delay.astype(np.int64)
    done.record(ring, picked, received, submitted, quality, texts, products)


def labels_table(review_id: pa.Array, injected: Injected) -> pa.Table:
    """``labels/brushing.csv`` rows of a chunk: review_id, ring_id, shape."""
    return pa.table(
        {
            "review_id": review_id,
            "ring_id": pa.array(injected.ring_id, pa.string()),
            "shape": pa.array(injected.shape, pa.string()),
        }
    )
