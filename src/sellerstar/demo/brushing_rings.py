"""Brushing rings in the demo marketplace, labelled, so the detector can be measured.

A ring is a group of buyer accounts a merchant pays to order and review. Its orders are
real orders of the generated table whose buyer is swapped for a ring account (the ring
pays for them, the merchant ships something), and its reviews follow the ring's shape
(an incentivised ring keeps the real buyers and buys their reviews). The first six shapes
were fixed before the detector was tuned, and two were **held out** of its development
(docs/reviews-brushing.md); three **blind** ones were written after it, three more
(**blind2**) after its second tuning round and three more (**blind3**) after its third
(below):

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

Labels go to ``labels/brushing.csv`` (``review_id, ring_id, shape``) next to the tables;
it is not a contract table and the import ignores it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

from sellerstar.demo.clock import DAY, HOUR, MINUTE, Clock, Times
from sellerstar.demo.merchants import Population
from sellerstar.demo.orders import (
    COMPLETED,
    RECEIVED,
    TRANSIT_DAYS,
    TRANSPORTS,
    Bools,
    OrderChunk,
)
from sellerstar.demo.review_texts import (
    RING_PHRASES,
    honest_texts,
    ring_texts,
    short_praise,
    tester_texts,
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
ALL_SHAPES = SHAPES + BLIND_SHAPES + SECOND_BLIND_SHAPES + THIRD_BLIND_SHAPES
_PARCEL = (TRANSPORTS.index("express"), TRANSPORTS.index("postal"))
# Days in transit per transport (rows: low, high), for the parcels' receipts.
_PARCEL_DAYS = np.array([TRANSIT_DAYS[t] for t in TRANSPORTS], dtype=np.float64).T
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
    # (incentivised: no buyers, the promotion's real buyers review)
    position: float  # where in the chunk's time it acts (quantile of shipping times)
    spread: int  # µs over which the reviews of one merchant are spread
    phrases: Ints  # indices into RING_PHRASES
    # mutual: the group merchant each staff account works for (it never reviews it)
    owner: Ints = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    # incentivised: most reviews the promotion buys (its buyers are the real ones)
    solicited: int = 0
    # sock_puppets: the person behind each account, and how many orders each places
    family: Ints = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    repeats: Ints = field(default_factory=lambda: np.zeros(0, dtype=np.int64))


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
    repriced: list[int] = field(default_factory=list)  # rows whose amount the ring set
    cents: list[int] = field(default_factory=list)  # their new amounts

    def amounts(self, cents: Ints) -> Ints:
        """The chunk's order amounts after the rings (the same array when none changed)."""
        if not self.repriced:
            return cents
        changed = cents.copy()
        changed[np.array(self.repriced, dtype=np.int64)] = np.array(self.cents, dtype=np.int64)
        return changed

    def record(
        self,
        ring: Ring,
        picked: Ints,
        received: Ints,
        submitted: Ints,
        quality: np.ndarray,
        texts: list[str],
        products: Ints,
    ) -> None:
        """The ring's reviews of the chunk's rows ``picked`` (one per row)."""
        count = len(picked)
        self.order.extend(picked.tolist())
        self.received.extend(received.tolist())
        self.submitted.extend(submitted.tolist())
        self.scores.extend(zip(*(q.tolist() for q in quality), strict=True))
        self.text.extend(texts)
        self.product.extend(products.tolist())
        self.ring_id.extend([ring.ring_id] * count)
        self.shape.extend([ring.shape] * count)

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
        if shape in BLIND_SHAPES:
            blind = _blind_ring(
                rng,
                shape,
                f"ring-{number + 1:03d}",
                chunk,
                free,
                share * chunk_orders,
                buyer_tier[:organic_buyers],
                organic_buyers + fresh,
            )
            if blind is not None:
                free[blind.merchants] = False
                fresh += int(np.sum(blind.buyers >= organic_buyers))
                rings.append(blind)
            continue
        if shape in THIRD_BLIND_SHAPES:
            third = _third_blind_ring(
                rng,
                shape,
                f"ring-{number + 1:03d}",
                chunk,
                free & (pop.products >= 2),
                share * chunk_orders,
                buyer_tier[:organic_buyers],
                organic_buyers + fresh,
            )
            if third is not None:
                free[third.merchants] = False
                fresh += int(np.sum(third.buyers >= organic_buyers))
                rings.append(third)
            continue
        if shape in SECOND_BLIND_SHAPES:
            second = _second_blind_ring(
                rng,
                shape,
                f"ring-{number + 1:03d}",
                chunk,
                free,
                share * chunk_orders,
                organic_buyers,
                organic_buyers + fresh,
            )
            if second is not None:
                free[second.merchants] = False
                fresh += int(np.sum(second.buyers >= organic_buyers))
                rings.append(second)
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


def _blind_ring(
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


def _second_blind_ring(
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
        if ring.shape in BLIND_SHAPES:
            _inject_blind(rng, ring, orders, usable & ~taken, pop, product_start, clock, done)
            taken[np.array(done.order, dtype=np.int64)] = True
            continue
        if ring.shape in SECOND_BLIND_SHAPES:
            _inject_second(rng, ring, orders, usable & ~taken, pop, product_start, clock, done)
            taken[np.array(done.order, dtype=np.int64)] = True
            continue
        if ring.shape in THIRD_BLIND_SHAPES:
            _inject_third(rng, ring, orders, usable & ~taken, pop, product_start, clock, done)
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


def _inject_blind(
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


def _inject_second(
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


def _third_blind_ring(
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


def _inject_third(
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


def family_countries(plan: RingPlan, country: Ints) -> Ints:
    """``country`` (per buyer) with every sock-puppet person's accounts in the country of
    its first account: one person behind them, one address. The same array when no ring
    has families (so the other shapes' buyers are unchanged)."""
    families = [ring for ring in plan.rings if len(ring.family)]
    if not families:
        return country
    country = country.copy()
    for ring in families:
        for person in np.unique(ring.family).tolist():
            accounts = ring.buyers[ring.family == person]
            country[accounts] = country[accounts[0]]
    return country


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
