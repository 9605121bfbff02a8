"""Who sees the discount sample venue, and how each placement filters, orders and pages
(rulebook §4: "visible only to buyers of tier L2 and above").

Pure: the lowest tier comes from the rule-set (``sample_venue.min_buyer_tier``); the
queries (``queries/venue.py``) apply the placements' orders with the indexes of
``store/sample_tables.py``.

>>> sees_venue(BuyerTier.L2, BuyerTier.L2), sees_venue(BuyerTier.L1, BuyerTier.L2)
(True, False)
>>> FEEDS[Placement.PRE_SEARCH].required
('leaf_category',)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sellerstar.domain.reviews import BuyerTier
from sellerstar.domain.samples import Placement

_TIER_ORDER = tuple(BuyerTier)


def sees_venue(tier: BuyerTier, lowest: BuyerTier) -> bool:
    """Whether a buyer of ``tier`` sees the venue when ``lowest`` is the lowest tier that
    does (tiers rank L0 < L1 < … < L4)."""
    return _TIER_ORDER.index(tier) >= _TIER_ORDER.index(lowest)


class VenueRefusal(StrEnum):
    """Why a feed is refused (answered 403, or 404 when the venue is not open)."""

    NOT_OPEN = "venue_not_open"
    NOT_A_BUYER = "not_a_buyer"
    UNKNOWN_BUYER = "unknown_buyer"
    TIER_TOO_LOW = "tier_too_low"


class VenueRefused(Exception):
    """A caller may not read the venue's feeds now; ``tier`` and ``lowest`` say why for
    :attr:`VenueRefusal.TIER_TOO_LOW`, ``day`` for :attr:`VenueRefusal.NOT_OPEN`."""

    def __init__(
        self,
        code: VenueRefusal,
        tier: str | None = None,
        lowest: str | None = None,
        day: dt.date | None = None,
    ) -> None:
        super().__init__(code.value)
        self.code = code
        self.tier = tier
        self.lowest = lowest
        self.day = day


class Order(StrEnum):
    """A placement's order; every key runs newest-or-best first and the registration id
    (newest first) breaks ties, so a cursor is the last row's keys."""

    DEEPEST_DISCOUNT = "deepest_discount"  # discount ÷ original ascending, then newest
    NEWEST = "newest"  # registered_at descending
    GROWTH = "growth"  # growth score descending, then newest registration


@dataclass(frozen=True)
class Feed:
    """A placement's filters (``required`` must be given; at most one of ``exclusive``),
    order and page sizes."""

    order: Order
    filters: tuple[str, ...]
    required: tuple[str, ...] = ()
    exclusive: tuple[str, ...] = ()
    default_size: int = 20
    max_size: int = 50


FEEDS: dict[Placement, Feed] = {
    Placement.SAMPLE_CENTRE: Feed(Order.DEEPEST_DISCOUNT, ("industry",)),
    Placement.NEW_ARRIVALS: Feed(Order.NEWEST, (), default_size=12, max_size=50),
    # A card above the search results: a few items of the query's leaf category.
    Placement.PRE_SEARCH: Feed(
        Order.GROWTH, ("leaf_category",), ("leaf_category",), default_size=4, max_size=10
    ),
    # One factory's samples (merchant_id) or one industry's factories, never both.
    Placement.FACTORY_SAMPLES: Feed(
        Order.GROWTH, ("merchant_id", "industry"), exclusive=("merchant_id", "industry")
    ),
}
