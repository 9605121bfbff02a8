"""Shipments (logistics documents) of one order chunk: batches and re-uploaded proofs.

A shipped order usually has one batch, some two or three uploaded days apart; a few
proofs carry a wrong carrier or number and are replaced by a later upload (the old row's
``replaced_by`` names the new one). A few shipped orders have no shipment record at all.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
from numpy.typing import NDArray

from sellerstar.demo.carriers import CARRIER_CODES, CARRIERS
from sellerstar.demo.clock import DAY, HOUR, NEVER, SECOND, Clock, Times, timestamps
from sellerstar.demo.options import SHIPMENT_SLOTS
from sellerstar.demo.orders import COUNTRIES, TRANSPORTS, OrderChunk
from sellerstar.demo.text import Ints, ids, pick, to_arrow, with_nulls
from sellerstar.demo.tracking_numbers import WIDTH, in_place, tracking_numbers

Bools = NDArray[np.bool_]
_BATCHES = 3  # slots 0-2 are batches, 3-5 their re-uploaded proofs

# Carrier weights per transport; a destination's own post and regional couriers get more.
_BASE: dict[str, dict[str, float]] = {
    "express": {
        "ups": 22,
        "fedex": 22,
        "dhl": 25,
        "tnt": 4,
        "aramex": 3,
        "4px": 7,
        "yunexpress": 7,
        "sfexpress": 4,
        "dpd": 2,
        "gls": 2,
        "cainiao": 1,
        "ems": 1,
    },
    "postal": {"chinapost": 30, "ems": 10, "yanwen": 15, "cainiao": 15, "4px": 5, "yunexpress": 5},
    "air": {"ups": 30, "fedex": 30, "dhl": 40},
    "sea": {"maersk": 55, "cosco": 45},
    "land": {"cainiao": 30, "sfexpress": 30, "dpd": 20, "gls": 20},
}
_LOCAL_POST = {"US": "usps", "GB": "royalmail", "CA": "canadapost", "AU": "auspost", "NL": "postnl"}
_MIDDLE_EAST = {"SA", "AE", "EG", "IL", "TR"}
_EUROPE = {"DE", "FR", "ES", "IT", "NL", "PL", "BE", "SE", "CH", "IE", "GB"}


def _weights() -> NDArray[np.float64]:
    """Cumulative carrier shares per (transport, destination): shape (T, C, carriers)."""
    table = np.zeros((len(TRANSPORTS), len(COUNTRIES), len(CARRIER_CODES)))
    for t, transport in enumerate(TRANSPORTS):
        for c, country in enumerate(COUNTRIES):
            for code, weight in _BASE[transport].items():
                boost = 1.0
                if code == "aramex" and country in _MIDDLE_EAST:
                    boost = 8.0
                if code in ("dpd", "gls") and country in _EUROPE:
                    boost = 4.0
                table[t, c, CARRIER_CODES.index(code)] = weight * boost
            if transport == "postal" and country in _LOCAL_POST:
                table[t, c, CARRIER_CODES.index(_LOCAL_POST[country])] = 20
    table /= table.sum(axis=2, keepdims=True)
    return np.cumsum(table, axis=2)


_CUMULATIVE = _weights()


@dataclass(frozen=True)
class ShipmentChunk:
    """Shipments of an order chunk, sorted by serial (so grouped by order)."""

    order: Ints  # row of the order in its chunk
    serial: Ints  # order number * 6 + slot: unique in the marketplace
    carrier: Ints  # index into CARRIER_CODES
    transport: Ints
    uploaded: Times
    dispatched: Times  # when the parcel left; a re-uploaded proof keeps the first one's
    replaced_by: Ints  # serial of the re-uploaded proof, -1 if current
    is_replacement: Bools
    number: pa.StringArray  # tracking numbers

    @property
    def size(self) -> int:
        """Number of shipments."""
        return len(self.serial)

    def columns(self, orders: OrderChunk) -> dict[str, pa.Array]:
        """Columns of the ``shipments`` table."""
        from sellerstar.demo.orders import order_ids

        return {
            "shipment_id": shipment_ids(self.serial),
            "order_id": order_ids(orders.number[self.order]),
            "carrier": pick(CARRIER_CODES, self.carrier),
            "tracking_number": self.number,
            "transport": pick(TRANSPORTS, self.transport),
            "uploaded_at": timestamps(self.uploaded),
            "replaced_by": with_nulls(
                shipment_ids(np.maximum(self.replaced_by, 0)), self.replaced_by < 0
            ),
        }


def shipment_ids(serial: Ints) -> pa.StringArray:
    """``SH0123456789``-style shipment ids."""
    return ids("SH", serial, 10)


def make_shipments(rng: np.random.Generator, orders: OrderChunk, clock: Clock) -> ShipmentChunk:
    """Shipment rows of the shipped orders of a chunk; nothing uploaded after the cut-off."""
    shipped = np.flatnonzero((orders.shipped < NEVER) & (rng.random(orders.size) >= 0.003))
    multi = rng.random(len(shipped))
    batches = np.where(multi < 0.02, 3, np.where(multi < 0.10, 2, 1))
    order = np.repeat(shipped, batches)
    slot = np.arange(len(order)) - np.repeat(np.cumsum(batches) - batches, batches)
    later = rng.uniform(1, 20, len(order)) * DAY
    uploaded = orders.shipped[order] + np.where(slot > 0, _whole_seconds(later), 0)
    changed = (slot > 0) & (rng.random(len(order)) < 0.1)
    transport = np.where(
        changed, rng.integers(0, len(TRANSPORTS), len(order)), orders.transport[order]
    )
    keep = uploaded < clock.cutoff
    order, slot, uploaded, transport = order[keep], slot[keep], uploaded[keep], transport[keep]
    carrier = _carriers(rng, transport, orders.country[order])

    # Re-uploaded proofs: mostly within days, some after the merchant saw the order fail.
    redo = rng.random(len(order)) < 0.04
    gap = np.where(
        rng.random(len(order)) < 0.7,
        rng.uniform(1 * HOUR, 4 * DAY, len(order)),
        rng.uniform(20 * DAY, 35 * DAY, len(order)),
    )
    new_upload = uploaded + _whole_seconds(gap)
    redo &= new_upload < clock.cutoff
    same_carrier = rng.random(len(order)) < 0.7
    new_carrier = np.where(same_carrier, carrier, _carriers(rng, transport, orders.country[order]))
    serial = orders.number[order] * SHIPMENT_SLOTS + slot
    new_serial = serial + _BATCHES
    replaced_by = np.where(redo, new_serial, -1)

    rows = np.concatenate([np.arange(len(order)), np.flatnonzero(redo)])
    is_new = np.concatenate([np.zeros(len(order), bool), np.ones(int(redo.sum()), bool)])
    all_serial = np.where(is_new, new_serial[rows], serial[rows])
    by_serial = np.argsort(all_serial, kind="stable")
    rows, is_new = rows[by_serial], is_new[by_serial]
    carrier_all = np.where(is_new, new_carrier[rows], carrier[rows])
    merchant = orders.merchant[order[rows]]
    return ShipmentChunk(
        order=order[rows],
        serial=all_serial[by_serial],
        carrier=carrier_all,
        transport=transport[rows],
        uploaded=np.where(is_new, new_upload[rows], uploaded[rows]),
        dispatched=uploaded[rows],
        replaced_by=np.where(is_new, -1, replaced_by[rows]),
        is_replacement=is_new,
        number=_numbers(rng, carrier_all, all_serial[by_serial], merchant),
    )


def _whole_seconds(values: NDArray[np.float64]) -> Times:
    return (np.round(values / SECOND) * SECOND).astype(np.int64)


def _carriers(rng: np.random.Generator, transport: Ints, country: Ints) -> Ints:
    cumulative = _CUMULATIVE[transport, country]
    draw = rng.random(len(transport))[:, None]
    return np.asarray(
        np.minimum((cumulative < draw).sum(axis=1), len(CARRIER_CODES) - 1), dtype=np.int64
    )


def _numbers(
    rng: np.random.Generator, carrier: Ints, serial: Ints, merchant: Ints
) -> pa.StringArray:
    matrix = np.zeros((len(serial), WIDTH), dtype=np.uint8)
    lengths = np.zeros(len(serial), dtype=np.int64)
    for index, code in enumerate(CARRIER_CODES):
        rows = carrier == index
        if rows.any():
            numbers = tracking_numbers(
                CARRIERS[code].number_format, serial[rows], merchant[rows], rng
            )
            in_place(matrix, lengths, rows, numbers)
    return to_arrow(matrix, lengths)
