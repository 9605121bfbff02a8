"""Tracking appeals: merchants dispute failing shipments within the appeal window.

A shipment of an order in scope that fails at first disclosure (fewer platform events
received by the end of stat date ship date + disclosure days) may be appealed on a view
date of the window that opens then (rulebook §1.4), never before tracking visibility went
live and never after the cut-off. The merchant picks the type its backend suggests (now
and then a wrong one); the platform decides within the review time by that type's rule,
judged on the evidence at submission; undecided at the cut-off means pending.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
from numpy.typing import NDArray

from sellerstar.demo.clock import DAY, HOUR, NEVER, SECOND, Clock, Times, timestamps
from sellerstar.demo.events import PLATFORM, EventChunk
from sellerstar.demo.merchants import Population
from sellerstar.demo.orders import (
    COUNTRIES,
    EXPORT_MODES,
    STATUSES,
    TRADE_TERMS,
    TRANSPORTS,
    OrderChunk,
    order_ids,
)
from sellerstar.demo.policy import Policy
from sellerstar.demo.shipments import ShipmentChunk, shipment_ids
from sellerstar.demo.text import Ints, ids, pick
from sellerstar.domain.appeals import AppealState

Bools = NDArray[np.bool_]

TYPES = ("backend_has_two", "single_real_event", "third_party_tracking")
BACKEND_HAS_TWO, SINGLE_REAL_EVENT, THIRD_PARTY = range(3)
APPEAL_STATUSES = tuple(state.value for state in AppealState)
PENDING, APPROVED, REJECTED = (
    APPEAL_STATUSES.index(state)
    for state in (AppealState.PENDING, AppealState.APPROVED, AppealState.REJECTED)
)


@dataclass(frozen=True)
class AppealChunk:
    """Appeals of a shipment chunk, one per appealed shipment."""

    shipment: Ints  # row in the shipment chunk
    kind: Ints
    submitted: Times
    status: Ints
    decided: Times

    @property
    def size(self) -> int:
        """Number of appeals."""
        return len(self.shipment)

    def columns(self, shipments: ShipmentChunk, orders: OrderChunk) -> dict[str, pa.Array]:
        """Columns of the ``tracking_appeals`` table."""
        serial = shipments.serial[self.shipment]
        return {
            "appeal_id": ids("AP", serial, 10),
            "order_id": order_ids(orders.number[shipments.order[self.shipment]]),
            "shipment_id": shipment_ids(serial),
            "appeal_type": pick(TYPES, self.kind),
            "submitted_at": timestamps(self.submitted),
            "status": pick(APPEAL_STATUSES, self.status),
            "decided_at": timestamps(self.decided),
        }


def in_scope(orders: OrderChunk, policy: Policy) -> Bools:
    """Orders the tracking-visibility rate counts, whatever their ship date (§1.1)."""
    core = np.isin(np.array(COUNTRIES), policy.core_countries)
    return (
        orders.trade_assurance
        & np.isin(orders.status, [STATUSES.index(s) for s in policy.tv_statuses])
        & np.isin(orders.export_mode, [EXPORT_MODES.index(m) for m in policy.tv_export_modes])
        & np.isin(orders.transport, [TRANSPORTS.index(t) for t in policy.tv_transports])
        & (core[orders.country] | (not policy.tv_core_only))
        & ~np.isin(orders.term, [TRADE_TERMS.index(t) for t in policy.tv_excluded_terms])
    )


def make_appeals(
    rng: np.random.Generator,
    orders: OrderChunk,
    shipments: ShipmentChunk,
    events: EventChunk,
    pop: Population,
    clock: Clock,
    policy: Policy,
) -> AppealChunk:
    """Appeals of the failing, current shipments of in-scope orders."""
    order = shipments.order
    ship_day = clock.day_of(np.where(orders.shipped < NEVER, orders.shipped, 0))[order]
    # Never disclosed before the metric is first shown (§1.4, launch-period decision).
    disclosure_stat = np.maximum(
        ship_day + policy.first_disclosure_days, clock.day_number(policy.first_disclosure_from)
    )
    disclosure_end = clock.day_start(disclosure_stat + 1)
    first_view = disclosure_stat + policy.data_lag_days
    opens = np.maximum(
        clock.day_start(first_view), clock.start_of_day(clock.day_number(policy.appeals_open))
    )
    closes = np.minimum(clock.day_start(first_view + policy.appeal_window_days), clock.cutoff)
    failing = _counts(events, shipments.size, disclosure_end)[0] < policy.min_events_to_pass
    candidate = (
        in_scope(orders, policy)[order]
        # Disclosed late (launch period) only while still in the window: older orders
        # were never counted, so there is nothing to appeal.
        & (ship_day >= disclosure_stat - policy.tv_window_start_days)
        & (shipments.replaced_by < 0)
        & (shipments.uploaded < disclosure_end)
        & (opens < closes)
        & failing
    )
    early = rng.random(shipments.size) ** 1.5  # most appeal soon after disclosure
    submitted = opens + ((closes - opens) * early).astype(np.int64) // SECOND * SECOND
    submitted = np.where(candidate, submitted, 0)

    platform, platform_real, third, third_real = _counts(events, shipments.size, submitted)
    # The merchant goes by the lines the backend shows, a twice-delivered event included.
    shown = _shown(events, shipments.size, submitted)
    natural = np.select(
        [shown >= policy.min_events_to_pass, shown == 1],
        [BACKEND_HAS_TWO, SINGLE_REAL_EVENT],
        THIRD_PARTY,
    )
    approvable = np.stack(
        [
            platform >= policy.min_events_to_pass,
            (platform == 1) & (platform_real == 1),
            (third >= policy.third_party_min_events)
            | (third_real >= policy.third_party_min_real_events),
        ],
        axis=1,
    )
    rows = np.arange(shipments.size)
    keen = np.where(approvable[rows, natural], 1.0, 0.35) * pop.appeal_rate[orders.merchant[order]]
    appeal = candidate & (rng.random(shipments.size) < keen)
    wrong = rng.random(shipments.size) < 0.06
    kind = np.where(wrong, (natural + rng.integers(1, 3, shipments.size)) % 3, natural)

    review = rng.uniform(2 * HOUR, policy.review_sla_days * DAY, shipments.size)
    decided = submitted + review.astype(np.int64) // SECOND * SECOND
    open_case = decided >= clock.cutoff
    status = np.where(open_case, PENDING, np.where(approvable[rows, kind], APPROVED, REJECTED))
    chosen = np.flatnonzero(appeal)
    return AppealChunk(
        shipment=chosen,
        kind=kind[chosen],
        submitted=submitted[chosen],
        status=status[chosen],
        decided=np.where(open_case, NEVER, decided)[chosen],
    )


def _shown(events: EventChunk, shipments: int, by: Times) -> Ints:
    """Platform event rows (repeats included) received before ``by``, per shipment."""
    rows = (events.source == PLATFORM) & (events.received < by[events.shipment])
    return np.bincount(events.shipment[rows], minlength=shipments)


def _counts(events: EventChunk, shipments: int, by: Times) -> tuple[Ints, Ints, Ints, Ints]:
    """Distinct events received before ``by`` (per shipment): platform, platform
    non-pre-advice, third-party, third-party non-pre-advice."""
    arrived = ~events.duplicate & (events.received < by[events.shipment])
    platform = arrived & (events.source == PLATFORM)
    third = arrived & (events.source != PLATFORM)
    real = events.stage > 0
    return tuple(  # type: ignore[return-value]
        np.bincount(events.shipment[mask], minlength=shipments)
        for mask in (platform, platform & real, third, third & real)
    )
