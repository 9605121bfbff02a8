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
    tiers = dict(
        zip(
            pc.cast(buyers["buyer_id"], pa.string()).to_pylist(),
            pc.cast(buyers["tier"], pa.string()).to_pylist(),
            strict=True,
        )
    )
    buyer_tier = [tiers.get(b, "") or "" for b in buyer_ids.to_pylist()]
    text = pc.cast(reviews["text"], pa.string()) if "text" in reviews.column_names else None
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
        age=submitted - _first_seen(buyer_ids, buyer, submitted, orders),
        prior_orders=_prior_orders(reviews, orders, buyer, submitted),
        buyer_orders=_buyer_orders(buyer_ids, buyer, orders),
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


def _first_seen(buyer_ids: pa.Array, buyer: Ints, submitted: Ints, orders: pa.Table) -> Ints:
    """Each review's buyer's first instant on the marketplace: its first order (by the
    orders table) or its first review, whichever is earlier."""
    first = np.full(len(buyer_ids), np.iinfo(np.int64).max)
    np.minimum.at(first, buyer, submitted)
    created = _instants(orders, "created_at", "orders")
    where = pc.index_in(pc.cast(orders["buyer_id"], pa.string()), buyer_ids)
    known = np.asarray(pc.fill_null(where, -1).to_numpy(zero_copy_only=False), dtype=np.int64)
    mask = known >= 0
    np.minimum.at(first, known[mask], created[mask])
    return first[buyer]


def _received_orders(
    reviews: pa.Table, orders: pa.Table, merchant_id: pa.Array
) -> ReceivedOrders | None:
    """The received orders of the reviewed merchants, or None when the orders table has
    no ``merchant_id`` or ``received_at``."""
    if any(c not in orders.column_names for c in ORDER_EXTRA_COLUMNS):
        return None
    known = orders.filter(pc.is_valid(orders["received_at"]))
    merchant = pc.fill_null(
        pc.index_in(pc.cast(known["merchant_id"], pa.string()), merchant_id), -1
    )
    keep = np.asarray(merchant.to_numpy(zero_copy_only=False), dtype=np.int64) >= 0
    known = known.filter(pa.array(keep))
    review = pc.index_in(
        pc.cast(known["order_id"], pa.string()), pc.cast(reviews["order_id"], pa.string())
    )
    return ReceivedOrders(
        merchant=np.asarray(merchant.to_numpy(zero_copy_only=False), dtype=np.int64)[keep],
        received=_instants(known, "received_at", "orders"),
        review=np.asarray(pc.fill_null(review, -1).to_numpy(zero_copy_only=False), dtype=np.int64),
    )


def _buyer_orders(buyer_ids: pa.Array, buyer: Ints, orders: pa.Table) -> Ints:
    """Each review's buyer's orders in the orders table, and at least its reviews (an
    order the table lacks still happened)."""
    where = pc.index_in(pc.cast(orders["buyer_id"], pa.string()), buyer_ids)
    known = np.asarray(pc.fill_null(where, -1).to_numpy(zero_copy_only=False), dtype=np.int64)
    placed = np.bincount(known[known >= 0], minlength=len(buyer_ids))
    reviewed = np.bincount(buyer, minlength=len(buyer_ids))
    return np.maximum(placed, reviewed)[buyer]


def _prior_orders(reviews: pa.Table, orders: pa.Table, buyer: Ints, submitted: Ints) -> Ints:
    """How many orders the review's buyer created before the review's order; for an order
    the orders table lacks, the buyer's reviews submitted before this one."""
    created = _instants(orders, "created_at", "orders")
    _, order_buyer = _codes(orders["buyer_id"])
    rank = _rank_within(order_buyer, created)
    where = pc.index_in(
        pc.cast(reviews["order_id"], pa.string()), pc.cast(orders["order_id"], pa.string())
    )
    found = np.asarray(pc.fill_null(where, -1).to_numpy(zero_copy_only=False), dtype=np.int64)
    known = rank[np.maximum(found, 0)] if len(rank) else np.zeros(len(found), dtype=np.int64)
    return np.where(found >= 0, known, _rank_within(buyer, submitted))


def _rank_within(group: Ints, instant: Ints) -> Ints:
    """Each entry's number of entries of its group that come earlier (ties by position)."""
    order = np.lexsort((instant, group))
    ranked = group[order]
    first = np.searchsorted(ranked, ranked, side="left")
    rank = np.empty(len(group), dtype=np.int64)
    rank[order] = np.arange(len(group)) - first
    return rank
