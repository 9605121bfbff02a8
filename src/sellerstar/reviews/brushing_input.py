"""The inputs of brushing detection, checked and turned into numpy arrays.

Tables come as pyarrow tables (``transaction_reviews``, ``buyers``, ``orders``) or from a
data-lake folder through the metric engine's readers. Anything the detector cannot use is
refused with an :class:`~sellerstar.errors.InputError` naming the table and column.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from numpy.typing import NDArray

from sellerstar.errors import InputError
from sellerstar.metrics.sources import find_source, read_arrow

Ints = NDArray[np.int64]
Floats = NDArray[np.float64]

REVIEW_COLUMNS = (
    "review_id",
    "order_id",
    "product_id",
    "merchant_id",
    "buyer_id",
    "received_at",
    "submitted_at",
    "product_quality",
    "supplier_service",
    "on_time_shipment",
    "text",
)
BUYER_COLUMNS = ("buyer_id", "tier")
ORDER_COLUMNS = ("order_id", "buyer_id", "created_at")
# Read when present: which merchant's orders were received when (reviews per order).
ORDER_EXTRA_COLUMNS = ("merchant_id", "received_at")
_SCORES = ("product_quality", "supplier_service", "on_time_shipment")
_REQUIRED = {
    "transaction_reviews": REVIEW_COLUMNS[:-1],
    "buyers": BUYER_COLUMNS,
    "orders": ORDER_COLUMNS,
}


@dataclass(frozen=True)
class ReceivedOrders:
    """The received orders of the reviewed merchants, when the orders table tells."""

    merchant: Ints  # index into Reviews.merchant_id
    received: Ints  # µs
    review: Ints  # index of the order's review, -1 when it has none

    @property
    def size(self) -> int:
        return len(self.merchant)


@dataclass(frozen=True)
class Reviews:
    """One entry per transaction review; ids as integer codes, instants in µs (UTC)."""

    review_id: pa.Array
    merchant_id: pa.Array  # the distinct merchant ids; ``merchant`` indexes it
    merchant: Ints
    product: Ints
    buyer: Ints
    received: Ints
    submitted: Ints
    rating: Floats  # mean of the three scores
    text: list[str]
    tier: list[str]  # the buyer's tier, "" when the buyer is unknown
    age: Ints  # µs from the buyer's first order (or review) to this review
    prior_orders: Ints  # the buyer's orders created before this review's order
    buyer_orders: Ints  # the buyer's orders in all (at least its reviews), per review
    received_orders: ReceivedOrders | None = None  # None: orders lack merchant or receipt

    @property
    def size(self) -> int:
        return len(self.merchant)


def read_folder(folder: Path, timezone: str) -> tuple[pa.Table, pa.Table, pa.Table]:
    """``transaction_reviews``, ``buyers`` and ``orders`` of a data-lake folder."""
    tables = []
    for name, columns in (
        ("transaction_reviews", REVIEW_COLUMNS),
        ("buyers", BUYER_COLUMNS),
        ("orders", ORDER_COLUMNS + ORDER_EXTRA_COLUMNS),
    ):
        source = find_source(folder, name)
        tables.append(read_arrow(source, timezone, columns))
    return tables[0], tables[1], tables[2]


def prepare(reviews: pa.Table, buyers: pa.Table, orders: pa.Table) -> Reviews:
    """Check the three tables and turn them into arrays."""
    for name, table in (("transaction_reviews", reviews), ("buyers", buyers), ("orders", orders)):
        missing = [c for c in _REQUIRED[name] if c not in table.column_names]
        if missing:
            raise InputError(f"{name}: missing required column(s) {', '.join(missing)}")
        for column in _REQUIRED[name]:
            if column != "created_at" and table[column].null_count:
                raise InputError(f"{name}: column {column} has empty values")
    review_id = pc.cast(reviews["review_id"], pa.string()).combine_chunks()
    if len(pc.unique(review_id)) != len(review_id):
        raise InputError("transaction_reviews: column review_id has repeated values")
    scores = np.stack([_scores(reviews, name) for name in _SCORES])
    received = _instants(reviews, "received_at", "transaction_reviews")
    submitted = _instants(reviews, "submitted_at", "transaction_reviews")
    merchant_id, merchant = _codes(reviews["merchant_id"])
    _, product = _codes(reviews["product_id"])
    buyer_ids, buyer = _codes(reviews["buyer_id"])
    buyer_tier = _tiers(buyer_ids, buyers)
    text = pc.cast(reviews["text"], pa.string()) if "text" in reviews.column_names else None
    # Each order's buyer among the reviews' buyers, -1 for others (read once, used twice).
    order_buyer = _positions(orders["buyer_id"], buyer_ids)
    return Reviews(
        review_id=review_id,
        merchant_id=merchant_id,
        merchant=merchant,
        product=product,
        buyer=buyer,
        received=received,
        submitted=submitted,
        rating=scores.mean(axis=0),
        text=[t or "" for t in text.to_pylist()] if text is not None else [""] * len(buyer),
        tier=[buyer_tier[b] for b in buyer.tolist()],
        age=submitted - _first_seen(order_buyer, len(buyer_ids), buyer, submitted, orders),
        prior_orders=_prior_orders(reviews, orders, buyer, submitted),
        buyer_orders=_buyer_orders(order_buyer, len(buyer_ids), buyer),
        received_orders=_received_orders(reviews, orders, merchant_id),
    )


def _codes(column: pa.ChunkedArray | pa.Array) -> tuple[pa.Array, Ints]:
    encoded = pc.cast(column, pa.string()).combine_chunks().dictionary_encode()
    return encoded.dictionary, np.asarray(encoded.indices, dtype=np.int64)


def _scores(table: pa.Table, name: str) -> Floats:
    column = table[name]
    try:
        values = pc.cast(column, pa.int64()).to_numpy(zero_copy_only=False)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        raise InputError(
            f"transaction_reviews: column {name} holds values that are not whole numbers"
        ) from None
    bad = (values < 1) | (values > 5)
    if bad.any():
        raise InputError(
            f"transaction_reviews: column {name}: {int(values[bad][0])} is not between 1 and 5"
        )
    return np.asarray(values, dtype=np.float64)


def _instants(table: pa.Table, name: str, label: str) -> Ints:
    column = table[name]
    if not pa.types.is_timestamp(column.type):
        try:
            column = pc.cast(column, pa.timestamp("us", tz="UTC"))
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            raise InputError(
                f"{label}: column {name} holds values that are not timestamps"
            ) from None
    micros = pc.cast(pc.cast(column, pa.timestamp("us", tz="UTC")), pa.int64())
    return np.asarray(micros.to_numpy(zero_copy_only=False), dtype=np.int64)


def _tiers(buyer_ids: pa.Array, buyers: pa.Table) -> list[str]:
    """The tier of each of ``buyer_ids`` ("" when unknown); a buyer listed twice has its
    last row's tier."""
    last_first = buyers.take(pa.array(np.arange(buyers.num_rows - 1, -1, -1, dtype=np.int64)))
    row = pc.index_in(buyer_ids, pc.cast(last_first["buyer_id"], pa.string()))
    tier = pc.take(pc.cast(last_first["tier"], pa.string()), row)
    return [t or "" for t in tier.to_pylist()]


def _positions(values: pa.ChunkedArray | pa.Array, value_set: pa.Array) -> Ints:
    """Each value's position in ``value_set``, -1 when absent."""
    where = pc.index_in(pc.cast(values, pa.string()), value_set)
    return np.asarray(pc.fill_null(where, -1).to_numpy(zero_copy_only=False), dtype=np.int64)


def _first_seen(
    order_buyer: Ints, buyers: int, buyer: Ints, submitted: Ints, orders: pa.Table
) -> Ints:
    """Each review's buyer's first instant on the marketplace: its first order (by the
    orders table) or its first review, whichever is earlier."""
    first = np.full(buyers, np.iinfo(np.int64).max)
    np.minimum.at(first, buyer, submitted)
    created = _instants(orders, "created_at", "orders")
    mask = order_buyer >= 0
    np.minimum.at(first, order_buyer[mask], created[mask])
    return first[buyer]


def _received_orders(
    reviews: pa.Table, orders: pa.Table, merchant_id: pa.Array
) -> ReceivedOrders | None:
    """The received orders of the reviewed merchants, or None when the orders table has
    no ``merchant_id`` or ``received_at``."""
    if any(c not in orders.column_names for c in ORDER_EXTRA_COLUMNS):
        return None
    merchant = _positions(orders["merchant_id"], merchant_id)
    keep = (merchant >= 0) & np.asarray(pc.is_valid(orders["received_at"]), dtype=bool)
    # One copy of the rows kept, not of every received order.
    known = orders.select(["order_id", "received_at"]).take(pa.array(np.flatnonzero(keep)))
    return ReceivedOrders(
        merchant=merchant[keep],
        received=_instants(known, "received_at", "orders"),
        review=_positions(known["order_id"], pc.cast(reviews["order_id"], pa.string())),
    )


def _buyer_orders(order_buyer: Ints, buyers: int, buyer: Ints) -> Ints:
    """Each review's buyer's orders in the orders table, and at least its reviews (an
    order the table lacks still happened)."""
    placed = np.bincount(order_buyer[order_buyer >= 0], minlength=buyers)
    reviewed = np.bincount(buyer, minlength=buyers)
    return np.maximum(placed, reviewed)[buyer]


def _prior_orders(reviews: pa.Table, orders: pa.Table, buyer: Ints, submitted: Ints) -> Ints:
    """How many orders the review's buyer created before the review's order; for an order
    the orders table lacks, the buyer's reviews submitted before this one.

    Only the orders of the reviewed orders' buyers are ranked, and the reviews' side is
    the one hashed: the orders table is the biggest input (issue 21's memory)."""
    found = _first_rows(orders["order_id"], reviews["order_id"])
    fallback = _rank_within(buyer, submitted)
    hit = found >= 0
    if not hit.any():
        return fallback
    order_buyer = pc.cast(orders["buyer_id"], pa.string())
    ranked_buyers = pc.unique(pc.take(order_buyer, pa.array(found[hit])).combine_chunks())
    code = _positions(order_buyer, ranked_buyers)
    members = np.flatnonzero(code >= 0)
    created = _instants(orders, "created_at", "orders")
    rank = np.zeros(len(code), dtype=np.int64)
    rank[members] = _rank_within(code[members], created[members])
    return np.where(hit, rank[np.maximum(found, 0)], fallback)


def _first_rows(column: pa.ChunkedArray | pa.Array, wanted: pa.ChunkedArray | pa.Array) -> Ints:
    """For each of ``wanted``, the first row of ``column`` holding it, -1 when none."""
    keys = pc.cast(wanted, pa.string()).combine_chunks().dictionary_encode()
    position = _positions(column, keys.dictionary)
    first = np.full(len(keys.dictionary), -1, dtype=np.int64)
    rows = np.flatnonzero(position >= 0)[::-1]
    # Written last row first, so each key keeps its first row.
    first[position[rows]] = rows
    return first[np.asarray(keys.indices, dtype=np.int64)]


def _rank_within(group: Ints, instant: Ints) -> Ints:
    """Each entry's number of entries of its group that come earlier (ties by position)."""
    order = np.lexsort((instant, group))
    ranked = group[order]
    first = np.searchsorted(ranked, ranked, side="left")
    rank = np.empty(len(group), dtype=np.int64)
    rank[order] = np.arange(len(group)) - first
    return rank
