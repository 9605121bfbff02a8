"""The orders' part of brushing detection's inputs, read a batch at a time.

The orders are the detector's biggest input (at marketplace size four times the reviews),
and it keeps little of them: per reviewed buyer its first order and its count, per review
how many orders its buyer placed before it, and the reviewed merchants' received orders.
So the table is never held whole (issue 21's memory): the daily job hands over its
spooled Parquet file, lake mode the table it read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from numpy.typing import NDArray

from sellerstar.errors import InputError

Ints = NDArray[np.int64]
Orders: TypeAlias = pa.Table | Path
"""The orders table, or a Parquet file holding it."""

ORDER_COLUMNS = ("order_id", "buyer_id", "created_at")
# Read when present: which merchant's orders were received when (reviews per order).
ORDER_EXTRA_COLUMNS = ("merchant_id", "received_at")
BATCH_ROWS = 1 << 20
_NEVER = np.iinfo(np.int64).max


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
class OrderFacts:
    """What the detector needs of the orders."""

    first_order: Ints  # per buyer: its earliest order's creation (µs), int64 max when none
    placed: Ints  # per buyer: its orders
    prior_orders: Ints  # per review: its buyer's orders created before its order, -1 when
    # the orders table lacks the review's order
    received_orders: ReceivedOrders | None  # None: orders lack merchant or receipt


def column_names(orders: Orders) -> list[str]:
    names = pq.read_schema(orders).names if isinstance(orders, Path) else orders.column_names
    return list(names)


def order_facts(
    orders: Orders, review_orders: pa.Array, buyer_ids: pa.Array, merchant_ids: pa.Array
) -> OrderFacts:
    """The facts of ``orders`` for the reviews of ``review_orders`` (their order ids, as
    strings), whose buyers are ``buyer_ids`` and merchants ``merchant_ids``. Two passes
    over the orders: the second ranks the orders of the reviewed orders' buyers."""
    received = all(c in column_names(orders) for c in ORDER_EXTRA_COLUMNS)
    columns = [*ORDER_COLUMNS, *(ORDER_EXTRA_COLUMNS if received else ())]
    keys = review_orders.dictionary_encode()
    first_order = np.full(len(buyer_ids), _NEVER)
    placed = np.zeros(len(buyer_ids), dtype=np.int64)
    found = np.full(len(keys.dictionary), -1, dtype=np.int64)  # first row of each order
    found_buyers: list[pa.Array] = []
    parts: tuple[list[Ints], list[Ints], list[Ints]] = ([], [], [])
    offset = 0
    for batch in _batches(orders, columns):
        for column in ("order_id", "buyer_id"):
            if batch[column].null_count:
                raise InputError(f"orders: column {column} has empty values")
        buyer = positions(batch["buyer_id"], buyer_ids)
        mine = buyer >= 0
        np.minimum.at(first_order, buyer[mine], instants(batch, "created_at", "orders")[mine])
        placed += np.bincount(buyer[mine], minlength=len(placed))
        here = _first_rows(batch["order_id"], keys.dictionary)
        new = np.flatnonzero((found < 0) & (here >= 0))
        found[new] = here[new] + offset
        found_buyers.append(pc.cast(batch["buyer_id"], pa.string()).take(pa.array(here[new])))
        if received:
            _add_received(parts, batch, merchant_ids, review_orders)
        offset += batch.num_rows
    prior = np.full(len(keys.dictionary), -1, dtype=np.int64)
    hit = np.flatnonzero(found >= 0)
    if len(hit):
        rows, rank = _ranks(orders, pc.unique(pa.concat_arrays(found_buyers)))
        prior[hit] = rank[np.searchsorted(rows, found[hit])]
    return OrderFacts(
        first_order=first_order,
        placed=placed,
        prior_orders=prior[np.asarray(keys.indices, dtype=np.int64)],
        received_orders=ReceivedOrders(*(_joined(part) for part in parts)) if received else None,
    )


def _batches(orders: Orders, columns: list[str]) -> Iterator[pa.RecordBatch]:
    if isinstance(orders, Path):
        yield from pq.ParquetFile(orders).iter_batches(batch_size=BATCH_ROWS, columns=columns)
    else:
        yield from orders.select(columns).to_batches(max_chunksize=BATCH_ROWS)


def _first_rows(column: pa.Array, keys: pa.Array) -> Ints:
    """For each of ``keys``, the first row of ``column`` holding it, -1 when none."""
    position = positions(column, keys)
    first = np.full(len(keys), -1, dtype=np.int64)
    rows = np.flatnonzero(position >= 0)[::-1]
    # Written last row first, so each key keeps its first row.
    first[position[rows]] = rows
    return first


def _add_received(
    parts: tuple[list[Ints], list[Ints], list[Ints]],
    batch: pa.RecordBatch,
    merchant_ids: pa.Array,
    review_orders: pa.Array,
) -> None:
    """The batch's received orders of the reviewed merchants (merchant, receipt, review)."""
    merchant = positions(batch["merchant_id"], merchant_ids)
    valid = pc.is_valid(batch["received_at"]).to_numpy(zero_copy_only=False)
    keep = np.flatnonzero((merchant >= 0) & valid)
    known = batch.select(["order_id", "received_at"]).take(pa.array(keep))
    parts[0].append(merchant[keep])
    parts[1].append(instants(known, "received_at", "orders"))
    parts[2].append(positions(known["order_id"], review_orders))


def _ranks(orders: Orders, buyer_ids: pa.Array) -> tuple[Ints, Ints]:
    """The rows of the orders of ``buyer_ids``, and each one's number of orders of its
    buyer created earlier (ties by row)."""
    codes, created, rows = [], [], []
    offset = 0
    for batch in _batches(orders, ["buyer_id", "created_at"]):
        code = positions(batch["buyer_id"], buyer_ids)
        members = np.flatnonzero(code >= 0)
        codes.append(code[members])
        created.append(instants(batch, "created_at", "orders")[members])
        rows.append(members + offset)
        offset += batch.num_rows
    return _joined(rows), rank_within(_joined(codes), _joined(created))


def _joined(parts: list[Ints]) -> Ints:
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def positions(values: pa.ChunkedArray | pa.Array, value_set: pa.Array) -> Ints:
    """Each value's position in ``value_set``, -1 when absent."""
    where = pc.index_in(pc.cast(values, pa.string()), value_set)
    return np.asarray(pc.fill_null(where, -1).to_numpy(zero_copy_only=False), dtype=np.int64)


def instants(table: pa.Table | pa.RecordBatch, name: str, label: str) -> Ints:
    """Column ``name`` of ``table`` in µs (UTC); ``label`` names the table in errors."""
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


def rank_within(group: Ints, instant: Ints) -> Ints:
    """Each entry's number of entries of its group that come earlier (ties by position)."""
    order = np.lexsort((instant, group))
    ranked = group[order]
    first = np.searchsorted(ranked, ranked, side="left")
    rank = np.empty(len(group), dtype=np.int64)
    rank[order] = np.arange(len(group)) - first
    return rank
