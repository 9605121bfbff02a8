"""Who placed each order, and the buyers' late-delivery claims (rulebook §2.3).

Merchants draft a share of their orders for the buyer to pay (``placed_by`` =
``merchant``); the rest the buyer placed, written ``buyer`` or left empty (the contract's
default). Claims come only on guaranteed-delivery orders (§2.2, the merchant enrolled at
payment). The promise is the ship-by time plus a transit promise per transport; the
parcel arrives after a random transit time. Buyers mostly claim when the parcel is late
(some before it arrives), often when it left late although it arrived in time, and a few
claim anyway; about three in four use the coupon. So the demo holds payable claims and
every kind of unpayable one: shipped on time but delivered late, delivered on time, coupon
not used; on buyer- and merchant-placed orders.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
from numpy.typing import NDArray

from sellerstar.demo.clock import DAY, HOUR, NEVER, SECOND, Clock, Times, timestamps
from sellerstar.demo.merchants import Population
from sellerstar.demo.orders import (
    EXPORT_MODES,
    PAYMENT_METHODS,
    TRANSIT_DAYS,
    TRANSPORTS,
    OrderChunk,
    order_ids,
)
from sellerstar.demo.policy import Policy
from sellerstar.demo.text import Ints, ids, pick, with_nulls

Bools = NDArray[np.bool_]

PLACERS = ("buyer", "merchant")
_MERCHANT_PLACED = 0.3  # share of orders the merchant drafts
_PLACER_LEFT_EMPTY = 0.4  # share of buyer-placed orders whose placed_by is empty
# Days of transit the promised delivery date allows, per transport (beyond ship_by).
_PROMISED_TRANSIT_DAYS = {"express": 8, "postal": 22, "air": 12, "sea": 45, "land": 20}
_CLAIM_WHEN_LATE = 0.55
_CLAIM_WHEN_SHIPPED_LATE = 0.3  # the parcel left late, arrived in time all the same
_CLAIM_ANYWAY = 0.03
_COUPON_USED = 0.75


@dataclass(frozen=True)
class Placement:
    """Who placed each order of a chunk: merchant-placed, and buyer-placed left empty."""

    by_merchant: Bools
    empty: Bools

    def column(self) -> pa.Array:
        """The ``orders.placed_by`` column."""
        return with_nulls(pick(PLACERS, self.by_merchant.astype(np.int64)), self.empty)


@dataclass(frozen=True)
class ClaimChunk:
    """Claims of an order chunk, at most one per order."""

    order: Ints  # row in the order chunk
    filed: Times
    promised: Times
    delivered: Times  # NEVER = not delivered by the cut-off
    coupon: Bools

    @property
    def size(self) -> int:
        """Number of claims."""
        return len(self.order)

    def columns(self, orders: OrderChunk) -> dict[str, pa.Array]:
        """Columns of the ``late_delivery_claims`` table."""
        number = orders.number[self.order]
        return {
            "claim_id": ids("LC", number + 1, 12),
            "order_id": order_ids(number),
            "filed_at": timestamps(self.filed),
            "promised_delivery_at": timestamps(self.promised),
            "delivered_at": timestamps(self.delivered),
            "coupon_used": pa.array(self.coupon),
        }


def place_orders(rng: np.random.Generator, orders: OrderChunk) -> Placement:
    """Who placed each order."""
    by_merchant = rng.random(orders.size) < _MERCHANT_PLACED
    empty = ~by_merchant & (rng.random(orders.size) < _PLACER_LEFT_EMPTY)
    return Placement(by_merchant, empty)


def guaranteed(orders: OrderChunk, pop: Population, policy: Policy) -> Bools:
    """Guaranteed-delivery orders (§2.2): enrolled at payment, pure RTS, a guaranteed
    payment, transport and export mode, and a promised delivery date."""
    paid = orders.paid < NEVER
    return (
        paid
        & orders.trade_assurance
        & orders.all_rts
        & orders.promise
        & np.isin(orders.payment, [PAYMENT_METHODS.index(p) for p in policy.gd_payment_methods])
        & np.isin(orders.transport, [TRANSPORTS.index(t) for t in policy.gd_transports])
        & np.isin(orders.export_mode, [EXPORT_MODES.index(m) for m in policy.gd_export_modes])
        & pop.enrolled_at(orders.merchant, np.where(paid, orders.paid, 0))
    )


def make_claims(
    rng: np.random.Generator, orders: OrderChunk, pop: Population, clock: Clock, policy: Policy
) -> ClaimChunk:
    """Late-delivery claims of the guaranteed-delivery orders of a chunk."""
    size = orders.size
    promise_days = np.array([_PROMISED_TRANSIT_DAYS[t] for t in TRANSPORTS])[orders.transport]
    promised = np.where(orders.ship_by < NEVER, orders.ship_by, 0) + promise_days * DAY
    low = np.array([TRANSIT_DAYS[t][0] for t in TRANSPORTS])[orders.transport]
    high = np.array([TRANSIT_DAYS[t][1] for t in TRANSPORTS])[orders.transport]
    transit = (rng.uniform(low, high) * DAY).astype(np.int64) // SECOND * SECOND
    shipped = orders.shipped < NEVER
    arrives = np.where(shipped, orders.shipped + transit, NEVER)
    late = arrives > promised
    # A late parcel is claimed once the promise has passed, a punctual one after arrival.
    wait = (rng.uniform(2 * HOUR, 6 * DAY, size)).astype(np.int64) // SECOND * SECOND
    filed = np.where(late, promised, np.where(shipped, arrives, promised)) + wait
    shipped_late = shipped & (orders.shipped > orders.ship_by)
    chance = np.select(
        [late, shipped_late], [_CLAIM_WHEN_LATE, _CLAIM_WHEN_SHIPPED_LATE], _CLAIM_ANYWAY
    )
    claim = (
        guaranteed(orders, pop, policy)
        & (orders.ship_by < NEVER)
        & (filed < clock.cutoff)
        & (rng.random(size) < chance)
    )
    coupon = rng.random(size) < _COUPON_USED
    chosen = np.flatnonzero(claim)
    return ClaimChunk(
        order=chosen,
        filed=filed[chosen],
        promised=promised[chosen],
        delivered=np.where(arrives < clock.cutoff, arrives, NEVER)[chosen],
        coupon=coupon[chosen],
    )
