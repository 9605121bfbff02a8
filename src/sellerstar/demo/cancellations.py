"""When and by whom the demo's cancelled orders were cancelled (``orders.cancelled_at``,
``orders.cancelled_by``).

An unpaid order is cancelled by its buyer (some by the platform, which closes stale
ones) within three days of its creation; a paid order cancelled before shipping, by its
buyer or its merchant before the promised ship time; a shipped one, by its buyer. Refunded
orders were not cancelled. Its own random stream: the rest of the marketplace is the same
with or without it.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from sellerstar.demo.clock import DAY, HOUR, NEVER, SECOND, Clock, Times, timestamps
from sellerstar.demo.orders import CANCELLED, OrderChunk
from sellerstar.demo.text import pick, with_nulls

CANCELLERS = ("buyer", "merchant", "platform")
_BUYER, _MERCHANT, _PLATFORM = range(3)
_MERCHANT_CANCELS_PAID = 0.35  # share of paid, unshipped cancellations the merchant made
_PLATFORM_CLOSES_UNPAID = 0.15


def cancellation_columns(
    rng: np.random.Generator, orders: OrderChunk, clock: Clock
) -> dict[str, pa.Array]:
    """The ``cancelled_at`` and ``cancelled_by`` columns of one chunk."""
    size = orders.size
    cancelled = orders.status == CANCELLED
    paid = orders.paid != NEVER
    shipped = orders.shipped != NEVER
    draw = rng.random(size)
    # Before the ship-by time when paid, within 3 days of creation when not.
    start = np.where(paid, orders.paid, orders.created)
    end = np.where(paid & ~shipped, orders.ship_by, start + 3 * DAY)
    end = np.where(shipped, orders.shipped + 20 * DAY, end)
    start = np.where(shipped, orders.shipped, start)
    end = np.minimum(end, clock.cutoff - HOUR)
    span = np.maximum(end - start, HOUR)
    # Whole seconds, like every instant of the demo (CSV writes no fractions).
    after = (rng.random(size) * span / SECOND).astype(np.int64) * SECOND
    at: Times = (start + after).astype(np.int64)
    who = np.select(
        [
            paid & ~shipped & (draw < _MERCHANT_CANCELS_PAID),
            ~paid & (draw < _PLATFORM_CLOSES_UNPAID),
        ],
        [_MERCHANT, _PLATFORM],
        _BUYER,
    )
    return {
        "cancelled_at": timestamps(np.where(cancelled, at, NEVER)),
        "cancelled_by": with_nulls(pick(CANCELLERS, who.astype(np.int64)), ~cancelled),
    }
