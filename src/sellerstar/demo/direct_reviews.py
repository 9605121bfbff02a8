"""Business actions of the demo marketplace and the direct reviews they open (rulebook
§5): kept apart from the transaction reviews because direct reviews hang on what buyers
did with a merchant (talked, asked, paid) rather than on a received order
(:mod:`sellerstar.demo.reviews` assembles each chunk's tables).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from sellerstar.demo.clock import DAY, HOUR, Clock
from sellerstar.demo.merchants import Population, merchant_ids
from sellerstar.demo.orders import PAID, SHIPPED, OrderChunk
from sellerstar.demo.review_plan import ReviewPlan, whole_seconds
from sellerstar.demo.review_texts import honest_texts
from sellerstar.demo.text import Ints, ids, pick, with_nulls

ACTIONS = ("inquiry", "chat", "rfq_quote", "sample_request", "order")
_ACTION_P = (0.55, 0.3, 0.08, 0.07)


@dataclass(frozen=True)
class _Actions:
    """A chunk's business actions: the table's columns and the arrays behind them."""

    columns: dict[str, pa.Array]
    buyer: Ints
    merchant: Ints
    product: Ints  # -1 = about no product
    kind: Ints  # index into ACTIONS
    at: Ints


def business_actions(
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
        "at": whole_seconds(at[keep]),
    }
    return _Actions(
        columns,
        buyer[keep],
        merchant[keep],
        np.where(about, product, -1)[keep],
        kind[keep],
        at[keep],
    )


def direct_reviews(
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
        "submitted_at": whole_seconds(np.concatenate([when[rows], paid_when])),
        "basis": pick(("opportunity", "paid_unconfirmed"), basis),
        "communication": pa.array(communication),
        "capability": with_nulls(pa.array(capability), basis == 0),
        "text": pa.array(honest_texts(rng, communication), pa.string()),
    }
