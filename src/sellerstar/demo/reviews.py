"""Reviews of the demo marketplace (rulebook §5): buyers, transaction and direct reviews,
business actions and order judgements, with brushing rings
(:mod:`sellerstar.demo.brushing_rings`).

Buyers are the orders' buyer numbers (plus the rings' fresh accounts), tiers skewed low,
frequent buyers a little higher. A share of received or completed orders gets a review:
the buyer confirms receipt days after delivery and reviews mostly within days, some late
(past 30 and 90 days, so the window rule has both sides); scores sit around the merchant's
quality. Business actions are the orders themselves plus inquiries, chats, RFQ quotes and
sample requests, most about a product; high-tier buyers review some merchants they talked
to (a few too late, or without the tier, so eligibility has both sides), and some buyers
who paid review before receipt. A small share of reviewed orders is judged improper or
abnormal, sometimes only after the review. Nothing happens after the cut-off.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from sellerstar.demo import names
from sellerstar.demo.brushing_ring_types import Injected, RingPlan
from sellerstar.demo.brushing_rings import (
    BLIND_SHAPES,
    SECOND_BLIND_SHAPES,
    SHAPES,
    THIRD_BLIND_SHAPES,
    family_countries,
    inject,
    labels_table,
    plan_rings,
)
from sellerstar.demo.clock import DAY, HOUR, MINUTE, NEVER, SECOND, Clock, timestamps
from sellerstar.demo.merchants import Population, merchant_ids
from sellerstar.demo.orders import (
    COMPLETED,
    PAID,
    RECEIVED,
    SHIPPED,
    TRANSIT_DAYS,
    TRANSPORTS,
    OrderChunk,
    order_ids,
)
from sellerstar.demo.review_texts import honest_texts
from sellerstar.demo.text import Ints, ids, pick, with_nulls

TIERS = ("L0", "L1", "L2", "L3", "L4")
_TIER_P = (0.38, 0.28, 0.19, 0.11, 0.04)
ACTIONS = ("inquiry", "chat", "rfq_quote", "sample_request", "order")
_ACTION_P = (0.55, 0.3, 0.08, 0.07)
COUNTRIES = tuple(code for code, _, _ in names.DESTINATIONS)
_COUNTRY_W = np.array([w for _, w, _ in names.DESTINATIONS], dtype=np.float64)
# Days from receipt to review: mostly within days, some late (window rule: 30 / 90 days).
_DELAY_DAYS = (
    (0.0, 0.12),
    (0.12, 5.0),
    (5.0, 29.0),
    (29.0, 31.0),
    (31.0, 89.0),
    (89.0, 92.0),
    (92.0, 150.0),
)
_DELAY_P = (0.1, 0.55, 0.2, 0.02, 0.08, 0.02, 0.03)


@dataclass(frozen=True)
class ReviewPlan:
    """Marketplace-wide facts every chunk's reviews need; picklable."""

    organic_buyers: int
    tier: Ints  # per buyer number, index into TIERS
    badge: Ints  # 0 none, 1 platinum, 2 pro
    country: Ints
    quality: np.ndarray  # per merchant: mean product quality of its goods
    propensity: np.ndarray  # per merchant: share of received orders its buyers review
    product_start: Ints  # per merchant: number of its first product
    rings: RingPlan
    direct_from: int  # instant direct reviews opened (the reviews launch)

    @property
    def buyers(self) -> int:
        return len(self.tier)


def plan_reviews(
    rng: np.random.Generator,
    pop: Population,
    orders: int,
    chunk_size: int,
    clock: Clock,
    direct_from: int,
    ring_shapes: tuple[str, ...] = SHAPES,
) -> ReviewPlan:
    """Buyers, merchant quality and the brushing rings (of ``ring_shapes``) of a
    marketplace; direct reviews from ``direct_from`` (the launch of the reviews rule-set)
    on."""
    organic = max(100, orders // 3)  # the orders' buyer numbers (sellerstar.demo.orders)
    tier = rng.choice(len(TIERS), organic, p=_TIER_P)
    frequent = (np.arange(organic) < organic * 0.05) & (rng.random(organic) < 0.5)
    tier = np.minimum(tier + frequent, 4).astype(np.int64)
    rings = plan_rings(rng, pop, organic, tier, orders, chunk_size, ring_shapes)
    # Ring accounts are fresh and low tier.
    fresh = rng.choice(2, rings.fresh_buyers, p=(0.7, 0.3)).astype(np.int64)
    tier = np.concatenate([tier, fresh])
    size = len(tier)
    badge = np.where(
        (tier == 3) & (rng.random(size) < 0.6),
        1,
        np.where((tier == 4) & (rng.random(size) < 0.5), 2, 0),
    )
    country = rng.choice(len(COUNTRIES), size, p=_COUNTRY_W / _COUNTRY_W.sum())
    return ReviewPlan(
        organic_buyers=organic,
        tier=tier,
        badge=badge.astype(np.int64),
        country=family_countries(rings, country.astype(np.int64)),
        quality=np.clip(rng.normal(4.3, 0.35, pop.size), 3.0, 4.95),
        propensity=rng.uniform(0.2, 0.6, pop.size),
        product_start=np.concatenate([[0], np.cumsum(pop.products)[:-1]]).astype(np.int64),
        rings=rings,
        direct_from=direct_from,
    )


def _whole_seconds(instants: Ints) -> pa.Array:
    """Instants as timestamps truncated to the second, as the text formats write them."""
    return timestamps(np.where(instants == NEVER, NEVER, instants - instants % SECOND))


def buyer_ids(number: Ints) -> pa.StringArray:
    """``B000000001``-style buyer ids, as the orders write them."""
    return ids("B", number + 1, 9)


def buyers_table(plan: ReviewPlan) -> dict[str, pa.Array]:
    """Columns of the ``buyers`` table."""
    number = np.arange(plan.buyers, dtype=np.int64)
    return {
        "buyer_id": buyer_ids(number),
        "tier": pick(TIERS, plan.tier),
        "badge": pick(("", "platinum", "pro"), plan.badge, plan.badge > 0),
        "country": pick(COUNTRIES, plan.country),
    }


@dataclass(frozen=True)
class _Actions:
    """A chunk's business actions: the table's columns and the arrays behind them."""

    columns: dict[str, pa.Array]
    buyer: Ints
    merchant: Ints
    product: Ints  # -1 = about no product
    kind: Ints  # index into ACTIONS
    at: Ints


@dataclass(frozen=True)
class ChunkReviews:
    """The review tables of one order chunk, and the orders with the rings' buyers."""

    orders: OrderChunk
    received_at: pa.Array  # the orders' column
    tables: dict[str, dict[str, pa.Array]]
    labels: pa.Table


def chunk_reviews(
    rng: np.random.Generator,
    plan: ReviewPlan,
    orders: OrderChunk,
    chunk: int,
    pop: Population,
    clock: Clock,
) -> ChunkReviews:
    """Everything reviews add to one order chunk."""
    injected = inject(rng, plan.rings, orders, chunk, pop, plan.product_start, clock)
    orders = dataclasses.replace(orders, buyer=injected.buyer, cents=injected.amounts(orders.cents))
    received = order_receipts(rng, orders, clock)
    # The rings' accounts "confirm receipt" just before they review.
    received[np.array(injected.order, dtype=np.int64)] = np.array(injected.received, dtype=np.int64)
    reviews = _transaction_reviews(rng, plan, orders, injected, received, pop, clock)
    ring_rows = len(injected.order)
    labels = labels_table(reviews["review_id"].slice(0, ring_rows), injected)
    actions = _business_actions(rng, plan, orders, pop, clock)
    return ChunkReviews(
        orders=orders,
        received_at=_whole_seconds(received),
        tables={
            "transaction_reviews": reviews,
            "direct_reviews": _direct_reviews(rng, plan, orders, actions, clock),
            "business_actions": actions.columns,
            "order_judgements": _judgements(rng, reviews, clock),
            "confirmed_brushing": _confirmed(rng, reviews, injected, clock),
        },
        labels=labels,
    )


def order_receipts(rng: np.random.Generator, orders: OrderChunk, clock: Clock) -> Ints:
    """When the buyer confirmed receipt of each received or completed order (NEVER for
    the others): days in transit after shipping and a few more days, before the cut-off."""
    low = np.array([TRANSIT_DAYS[t][0] for t in TRANSPORTS])[orders.transport]
    high = np.array([TRANSIT_DAYS[t][1] for t in TRANSPORTS])[orders.transport]
    transit = (rng.uniform(low, high) + rng.uniform(0, 8, orders.size)) * DAY
    done = np.isin(orders.status, (RECEIVED, COMPLETED))
    latest = clock.cutoff - HOUR - rng.integers(0, 3 * DAY, orders.size)
    shipped = np.where(done, orders.shipped, 0)  # NEVER + transit would overflow
    received = np.maximum(
        np.minimum(shipped + transit.astype(np.int64), latest), shipped + 6 * HOUR
    )
    return np.where(done, received, NEVER)


def _transaction_reviews(
    rng: np.random.Generator,
    plan: ReviewPlan,
    orders: OrderChunk,
    injected: Injected,
    receipts: Ints,
    pop: Population,
    clock: Clock,
) -> dict[str, pa.Array]:
    cutoff = clock.cutoff
    merchant = orders.merchant
    done = np.isin(orders.status, (RECEIVED, COMPLETED)) & (pop.products[merchant] > 0)
    wants = rng.random(orders.size) < plan.propensity[merchant]
    forced = np.zeros(orders.size, dtype=bool)
    forced[np.array(injected.forced, dtype=np.int64)] = True
    rows = np.flatnonzero(done & ~injected.taken(orders.size) & wants | forced & done)
    received = receipts[rows]
    band = rng.choice(len(_DELAY_DAYS), len(rows), p=_DELAY_P)
    bounds = np.array(_DELAY_DAYS)[band]
    delay = rng.uniform(bounds[:, 0], bounds[:, 1]) * DAY + rng.integers(
        MINUTE, 10 * MINUTE, len(rows)
    )
    submitted = received + delay.astype(np.int64)
    keep = (submitted < cutoff) & (received < cutoff)
    rows, received, submitted = rows[keep], received[keep], submitted[keep]
    m = merchant[rows]
    quality = plan.quality[m]
    pq = np.clip(np.round(rng.normal(quality, 0.75)), 1, 5).astype(np.int64)
    service = np.clip(np.round(rng.normal(quality + 0.1, 0.7)), 1, 5).astype(np.int64)
    on_time = np.clip(np.round(rng.normal(3.2 + 1.8 * pop.on_time[m], 0.7)), 1, 5).astype(np.int64)
    within = np.minimum(
        pop.products[m], 1 + (rng.random(len(rows)) ** 2 * pop.products[m]).astype(np.int64)
    )
    product = plan.product_start[m] + np.minimum(within, pop.products[m] - 1)
    texts = honest_texts(rng, pq)
    ring = np.array(injected.order, dtype=np.int64)
    scores = np.array(injected.scores, dtype=np.int64).reshape(-1, 3)
    every = np.concatenate([ring, rows])
    return {
        "review_id": ids("TR", orders.number[every], 12),
        "order_id": order_ids(orders.number[every]),
        "product_id": ids(
            "P", np.concatenate([np.array(injected.product, dtype=np.int64), product]) + 1, 10
        ),
        "merchant_id": merchant_ids(merchant[every]),
        "buyer_id": ids("B", orders.buyer[every] + 1, 9),
        "received_at": _whole_seconds(
            np.concatenate([np.array(injected.received, dtype=np.int64), received])
        ),
        "submitted_at": _whole_seconds(
            np.concatenate([np.array(injected.submitted, dtype=np.int64), submitted])
        ),
        "product_quality": pa.array(np.concatenate([scores[:, 0], pq])),
        "supplier_service": pa.array(np.concatenate([scores[:, 1], service])),
        "on_time_shipment": pa.array(np.concatenate([scores[:, 2], on_time])),
        "text": pa.array(injected.text + texts, pa.string()),
    }


def _business_actions(
    rng: np.random.Generator, plan: ReviewPlan, orders: OrderChunk, pop: Population, clock: Clock
) -> _Actions:
    """Orders as actions, an inquiry or chat before about half of them, and as many
    again inquiries that did not convert, in the chunk's time."""
    size = orders.size
    asked = rng.random(size) < 0.5
    before = orders.created[asked] - (rng.exponential(2.0, int(asked.sum())) * DAY + HOUR).astype(
        np.int64
    )
    loose = size
    lo, hi = int(orders.created.min()), int(orders.created.max())
    loose_merchant = np.minimum(
        np.searchsorted(pop.cum_weight, rng.random(loose) * pop.cum_weight[-1]), pop.size - 1
    )
    loose_buyer = (plan.organic_buyers * rng.random(loose) ** 1.8).astype(np.int64)
    buyer = np.concatenate([orders.buyer, orders.buyer[asked], loose_buyer])
    merchant = np.concatenate([orders.merchant, orders.merchant[asked], loose_merchant])
    at = np.concatenate([orders.created, before, rng.integers(lo, hi + 1, loose)])
    kind = np.concatenate(
        [
            np.full(size, 4),
            rng.choice(4, int(asked.sum()), p=_ACTION_P),
            rng.choice(4, loose, p=_ACTION_P),
        ]
    ).astype(np.int64)
    has_products = pop.products[merchant] > 0
    about = has_products & ((kind == 0) | (kind == 3) | (rng.random(len(kind)) < 0.4))
    within = (rng.random(len(kind)) ** 2 * np.maximum(pop.products[merchant], 1)).astype(np.int64)
    product = plan.product_start[merchant] + within
    keep = (at < clock.cutoff) & (at >= clock.start_of_day(clock.start_day))
    number = orders.first * 3 + np.arange(len(kind), dtype=np.int64)
    columns = {
        "action_id": ids("BA", number[keep], 12),
        "buyer_id": ids("B", buyer[keep] + 1, 9),
        "merchant_id": merchant_ids(merchant[keep]),
        "product_id": with_nulls(ids("P", product[keep] + 1, 10), ~about[keep]),
        "kind": pick(ACTIONS, kind[keep]),
        "at": _whole_seconds(at[keep]),
    }
    return _Actions(
        columns,
        buyer[keep],
        merchant[keep],
        np.where(about, product, -1)[keep],
        kind[keep],
        at[keep],
    )


def _direct_reviews(
    rng: np.random.Generator,
    plan: ReviewPlan,
    orders: OrderChunk,
    actions: _Actions,
    clock: Clock,
) -> dict[str, pa.Array]:
    """Opportunity reviews from high-tier buyers after an action (some after 180 days, a
    few from lower tiers: ineligible) and reviews of paid, unreceived orders."""
    buyer, merchant, product = actions.buyer, actions.merchant, actions.product
    kind, at = actions.kind, actions.at
    tier = plan.tier[buyer]
    talk = kind < 4
    chosen = talk & (
        ((tier >= 3) & (rng.random(len(kind)) < 0.25)) | (rng.random(len(kind)) < 0.008)
    )
    # Some review months after their action: around and beyond the 180 days (only the
    # first week's actions can be that old by the cut-off, so they review more often).
    early = at < clock.cutoff - 182 * DAY
    chosen |= talk & early & (tier >= 3) & (rng.random(len(kind)) < 0.3)
    late = early & (rng.random(len(kind)) < 0.9)
    wait = np.where(late, rng.uniform(170, 190, len(kind)), rng.uniform(0.5, 60, len(kind))) * DAY
    when = at + wait.astype(np.int64)
    # Direct reviews came with the launch; a few earlier ones are not eligible.
    launched = (when >= plan.direct_from) | (rng.random(len(kind)) < 0.03)
    chosen &= (when < clock.cutoff) & launched
    paid = np.flatnonzero(
        np.isin(orders.status, (PAID, SHIPPED)) & (rng.random(orders.size) < 0.15)
    )
    paid_when = orders.paid[paid] + (rng.uniform(0.5, 10, len(paid)) * DAY).astype(np.int64)
    keep = (paid_when < clock.cutoff) & (
        (paid_when >= plan.direct_from) | (rng.random(len(paid)) < 0.05)
    )
    paid, paid_when = paid[keep], paid_when[keep]
    rows = np.flatnonzero(chosen)
    count = len(rows) + len(paid)
    number = orders.first * 3 + np.arange(count, dtype=np.int64)
    prod = np.concatenate([product[rows], np.full(len(paid), -1)])
    basis = np.concatenate([np.zeros(len(rows)), np.ones(len(paid))]).astype(np.int64)
    communication = np.clip(np.round(rng.normal(4.3, 0.8, count)), 1, 5).astype(np.int64)
    capability = np.clip(np.round(rng.normal(4.0, 0.9, count)), 1, 5).astype(np.int64)
    return {
        "review_id": ids("DR", number, 12),
        "merchant_id": merchant_ids(np.concatenate([merchant[rows], orders.merchant[paid]])),
        "product_id": with_nulls(ids("P", np.maximum(prod, 0) + 1, 10), prod < 0),
        "buyer_id": ids("B", np.concatenate([buyer[rows], orders.buyer[paid]]) + 1, 9),
        "submitted_at": _whole_seconds(np.concatenate([when[rows], paid_when])),
        "basis": pick(("opportunity", "paid_unconfirmed"), basis),
        "communication": pa.array(communication),
        "capability": with_nulls(pa.array(capability), basis == 0),
        "text": pa.array(honest_texts(rng, communication), pa.string()),
    }


def _judgements(
    rng: np.random.Generator, reviews: dict[str, pa.Array], clock: Clock
) -> dict[str, pa.Array]:
    """About 2% of reviewed orders judged improper or abnormal, a third after the review."""
    submitted = reviews["submitted_at"].cast(pa.int64()).to_numpy()
    chosen = np.flatnonzero(rng.random(len(submitted)) < 0.02)
    shift = (
        np.where(
            rng.random(len(chosen)) < 0.35,
            rng.uniform(1, 40, len(chosen)),
            -rng.uniform(1, 20, len(chosen)),
        )
        * DAY
    )
    received = reviews["received_at"].cast(pa.int64()).to_numpy()[chosen]
    when = np.maximum(submitted[chosen] + shift.astype(np.int64), received + HOUR)
    keep = when < clock.cutoff
    chosen, when = chosen[keep], when[keep]
    return {
        "order_id": reviews["order_id"].take(pa.array(chosen)),
        "judgement": pick(
            ("improper", "abnormal"), (rng.random(len(chosen)) < 0.4).astype(np.int64)
        ),
        "judged_at": _whole_seconds(when),
    }


def _confirmed(
    rng: np.random.Generator, reviews: dict[str, pa.Array], injected: Injected, clock: Clock
) -> dict[str, pa.Array]:
    """The marketplace's integrity team confirmed every third ring (by number) weeks after
    its reviews; the others are left for sellerstar's detection and operators. The blind
    shapes (every round) come in threes, so every third ring would be one shape: of them,
    every third round of three (rings 1–3, 10–12, …) is confirmed instead."""
    ring_rows = len(injected.order)
    number = np.array([int(r.rsplit("-", 1)[1]) for r in injected.ring_id], dtype=np.int64)
    submitted = np.array(injected.submitted, dtype=np.int64)
    when = submitted + (rng.uniform(5, 40, ring_rows) * DAY).astype(np.int64)
    rounds = BLIND_SHAPES + SECOND_BLIND_SHAPES + THIRD_BLIND_SHAPES
    blind = np.isin(np.array(injected.shape, dtype=object), rounds)
    third = np.where(blind, (number - 1) // 3 % 3 == 0, number % 3 == 0)
    chosen = np.flatnonzero(third & (when < clock.cutoff))
    return {
        "review_id": reviews["review_id"].take(pa.array(chosen, pa.int64())),
        "confirmed_at": _whole_seconds(when[chosen]),
        "detail": pa.array(["integrity team: paid review ring"] * len(chosen), pa.string()),
    }
