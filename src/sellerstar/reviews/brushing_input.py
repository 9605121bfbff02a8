"""The inputs of brushing detection, checked and turned into numpy arrays.

Tables come as pyarrow tables (``transaction_reviews``, ``buyers``, ``orders``; the orders
also as a Parquet file, read a batch at a time by :mod:`sellerstar.reviews.brushing_orders`)
or from a data-lake folder through the metric engine's readers. Anything the detector
cannot use is refused with an :class:`~sellerstar.errors.InputError` naming the table and
column.
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
from sellerstar.reviews.brushing_orders import (
    ORDER_COLUMNS,
    ORDER_EXTRA_COLUMNS,
    Orders,
    ReceivedOrders,
    column_names,
    instants,
    order_facts,
    rank_within,
)

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
_SCORES = ("product_quality", "supplier_service", "on_time_shipment")
_REQUIRED = {
    "transaction_reviews": REVIEW_COLUMNS[:-1],
    "buyers": BUYER_COLUMNS,
    "orders": ORDER_COLUMNS,
}


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


def prepare(reviews: pa.Table, buyers: pa.Table, orders: Orders) -> Reviews:
    """Check the three tables (the orders may be a Parquet file) and turn them into
    arrays."""
    for name, table in (("transaction_reviews", reviews), ("buyers", buyers)):
        _check(name, table.column_names)
        for column in _REQUIRED[name]:
            if table[column].null_count:
                raise InputError(f"{name}: column {column} has empty values")
    _check("orders", column_names(orders))
    review_id = pc.cast(reviews["review_id"], pa.string()).combine_chunks()
    if len(pc.unique(review_id)) != len(review_id):
        raise InputError("transaction_reviews: column review_id has repeated values")
    scores = np.stack([_scores(reviews, name) for name in _SCORES])
    received = instants(reviews, "received_at", "transaction_reviews")
    submitted = instants(reviews, "submitted_at", "transaction_reviews")
    merchant_id, merchant = _codes(reviews["merchant_id"])
    _, product = _codes(reviews["product_id"])
    buyer_ids, buyer = _codes(reviews["buyer_id"])
    buyer_tier = _tiers(buyer_ids, buyers)
    text = pc.cast(reviews["text"], pa.string()) if "text" in reviews.column_names else None
    review_orders = pc.cast(reviews["order_id"], pa.string()).combine_chunks()
    facts = order_facts(orders, review_orders, buyer_ids, merchant_id)
    # A buyer is first seen at its first order, or at its first review when earlier.
    first_seen = facts.first_order.copy()
    np.minimum.at(first_seen, buyer, submitted)
    # An order the table lacks still happened: a buyer has at least its reviews' orders,
    # and one whose order is missing ranks by its reviews.
    reviewed = np.bincount(buyer, minlength=len(buyer_ids))
    prior = facts.prior_orders
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
        age=submitted - first_seen[buyer],
        prior_orders=np.where(prior >= 0, prior, rank_within(buyer, submitted)),
        buyer_orders=np.maximum(facts.placed, reviewed)[buyer],
        received_orders=facts.received_orders,
    )


def _check(name: str, columns: list[str]) -> None:
    missing = [c for c in _REQUIRED[name] if c not in columns]
    if missing:
        raise InputError(f"{name}: missing required column(s) {', '.join(missing)}")


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


def _tiers(buyer_ids: pa.Array, buyers: pa.Table) -> list[str]:
    """The tier of each of ``buyer_ids`` ("" when unknown); a buyer listed twice has its
    last row's tier."""
    last_first = buyers.take(pa.array(np.arange(buyers.num_rows - 1, -1, -1, dtype=np.int64)))
    row = pc.index_in(buyer_ids, pc.cast(last_first["buyer_id"], pa.string()))
    tier = pc.take(pc.cast(last_first["tier"], pa.string()), row)
    return [t or "" for t in tier.to_pylist()]
