"""Reviews of the demo marketplace (rulebook §5), one order chunk at a time: transaction
reviews, order judgements and confirmed brushing, with brushing rings
(:mod:`sellerstar.demo.brushing_rings`); the buyers and the plan are in
:mod:`sellerstar.demo.review_plan`, business actions and direct reviews in
:mod:`sellerstar.demo.direct_reviews`.

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

from sellerstar.demo.brushing_ring_types import Injected
from sellerstar.demo.brushing_rings import (
    BLIND_SHAPES,
    FOURTH_BLIND_SHAPES,
    SECOND_BLIND_SHAPES,
    THIRD_BLIND_SHAPES,
    inject,
    labels_table,
)
from sellerstar.demo.clock import DAY, HOUR, MINUTE, NEVER, Clock
from sellerstar.demo.direct_reviews import business_actions, direct_reviews
from sellerstar.demo.merchants import Population, merchant_ids
from sellerstar.demo.orders import (
    COMPLETED,
    RECEIVED,
    TRANSIT_DAYS,
    TRANSPORTS,
    OrderChunk,
    order_ids,
)
from sellerstar.demo.review_plan import ReviewPlan, whole_seconds
from sellerstar.demo.review_texts import honest_texts
from sellerstar.demo.text import Ints, ids, pick

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
    country, city = injected.destinations(orders.country, orders.city)
    orders = dataclasses.replace(
        orders,
        buyer=injected.buyer,
        cents=injected.amounts(orders.cents),
        country=country,
        city=city,
    )
    received = order_receipts(rng, orders, clock)
    # The rings' accounts "confirm receipt" just before they review.
    received[np.array(injected.order, dtype=np.int64)] = np.array(injected.received, dtype=np.int64)
    reviews = _transaction_reviews(rng, plan, orders, injected, received, pop, clock)
    ring_rows = len(injected.order)
    labels = labels_table(reviews["review_id"].slice(0, ring_rows), injected)
    actions = business_actions(rng, plan, orders, pop, clock)
    return ChunkReviews(
        orders=orders,
        received_at=whole_seconds(received),
        tables={
            "transaction_reviews": reviews,
            "direct_reviews": direct_reviews(rng, plan, orders, actions, clock),
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
        "received_at": whole_seconds(
            np.concatenate([np.array(injected.received, dtype=np.int64), received])
        ),
        "submitted_at": whole_seconds(
            np.concatenate([np.array(injected.submitted, dtype=np.int64), submitted])
        ),
        "product_quality": pa.array(np.concatenate([scores[:, 0], pq])),
        "supplier_service": pa.array(np.concatenate([scores[:, 1], service])),
        "on_time_shipment": pa.array(np.concatenate([scores[:, 2], on_time])),
        "text": pa.array(injected.text + texts, pa.string()),
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
        "judged_at": whole_seconds(when),
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
    rounds = BLIND_SHAPES + SECOND_BLIND_SHAPES + THIRD_BLIND_SHAPES + FOURTH_BLIND_SHAPES
    blind = np.isin(np.array(injected.shape, dtype=object), rounds)
    third = np.where(blind, (number - 1) // 3 % 3 == 0, number % 3 == 0)
    chosen = np.flatnonzero(third & (when < clock.cutoff))
    return {
        "review_id": reviews["review_id"].take(pa.array(chosen, pa.int64())),
        "confirmed_at": whole_seconds(when[chosen]),
        "detail": pa.array(["integrity team: paid review ring"] * len(chosen), pa.string()),
    }
