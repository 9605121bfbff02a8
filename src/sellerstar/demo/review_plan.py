"""The marketplace-wide side of the demo reviews, drawn once so every order chunk agrees:
the buyers (tier, badge, country), each merchant's quality and review propensity, the
brushing rings' plan, and the timestamp form all review tables share
(:mod:`sellerstar.demo.reviews` writes each chunk's reviews from it).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from sellerstar.demo import names
from sellerstar.demo.brushing_ring_types import RingPlan
from sellerstar.demo.brushing_rings import SHAPES, family_countries, plan_rings
from sellerstar.demo.clock import NEVER, SECOND, Clock, timestamps
from sellerstar.demo.merchants import Population
from sellerstar.demo.text import Ints, ids, pick

TIERS = ("L0", "L1", "L2", "L3", "L4")
_TIER_P = (0.38, 0.28, 0.19, 0.11, 0.04)
COUNTRIES = tuple(code for code, _, _ in names.DESTINATIONS)
_COUNTRY_W = np.array([w for _, w, _ in names.DESTINATIONS], dtype=np.float64)


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


def whole_seconds(instants: Ints) -> pa.Array:
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
