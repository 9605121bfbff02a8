"""The detector's order facts, from a table or from a Parquet file read a batch at a time,
equal a plain reference written row by row (random data with the awkward cases: orders
the table lacks, an order id listed twice, ties, other buyers' orders, orders never
received)."""

from __future__ import annotations

import random
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sellerstar.errors import InputError
from sellerstar.reviews import brushing_orders
from sellerstar.reviews.brushing_input import Reviews, prepare

TS = pa.timestamp("us", tz="UTC")
DAY = 86_400_000_000
_ORDER_KEYS = ("order_id", "buyer_id", "created_at", "merchant_id", "received_at")


def _marketplace(seed: int) -> tuple[pa.Table, pa.Table, pa.Table]:
    rng = random.Random(seed)
    orders = []
    for i in range(rng.randint(0, 60)):
        orders.append(
            {
                # Some ids repeat: the first row holding an order id is its row.
                "order_id": f"O{rng.randint(0, 45)}" if rng.random() < 0.15 else f"O{i}",
                "buyer_id": f"B{rng.randint(0, 14)}",
                # Few distinct instants, so ties are common.
                "created_at": rng.randint(0, 6) * DAY,
                "merchant_id": f"M{rng.randint(0, 5)}",
                "received_at": rng.choice([None, rng.randint(7, 20) * DAY]),
            }
        )
    reviews = []
    for i in range(rng.randint(1, 30)):
        # Most reviews are of a listed order; some of an order the table lacks.
        order = rng.choice(orders) if orders and rng.random() < 0.8 else None
        reviews.append(
            {
                "review_id": f"R{i}",
                "order_id": order["order_id"] if order else f"X{rng.randint(0, 5)}",
                "product_id": f"P{rng.randint(0, 3)}",
                "merchant_id": f"M{rng.randint(0, 4)}",
                "buyer_id": order["buyer_id"] if order else f"B{rng.randint(0, 20)}",
                "received_at": 21 * DAY,
                "submitted_at": rng.randint(0, 30) * DAY,
                "product_quality": 5,
                "supplier_service": 4,
                "on_time_shipment": 5,
                "text": "",
            }
        )
    buyers = pa.table({"buyer_id": [f"B{i}" for i in range(21)], "tier": ["L1"] * 21})
    times = ("created_at", "received_at", "submitted_at")
    return (
        _table(reviews, times),
        buyers,
        _table(orders, times),
    )


def _table(rows: list[dict[str, object]], times: tuple[str, ...]) -> pa.Table:
    if not rows:  # no orders
        return pa.table({k: pa.array([], TS if k in times else pa.string()) for k in _ORDER_KEYS})
    columns = {k: [row[k] for row in rows] for k in rows[0]}
    return pa.table({k: pa.array(v, TS if k in times else None) for k, v in columns.items()})


def _reference(
    reviews: pa.Table, orders: pa.Table, merchant_ids: list[str]
) -> dict[str, list[object]]:
    """The order facts of each review, row by row from their definitions."""
    r = reviews.to_pylist()
    o = [
        dict(row, created_at=_us(row["created_at"]), received_at=_us(row["received_at"]))
        for row in orders.to_pylist()
    ]
    age, prior, placed = [], [], []
    for i, review in enumerate(r):
        buyer, submitted = review["buyer_id"], _us(review["submitted_at"])
        mine = [row for row in o if row["buyer_id"] == buyer]
        theirs = [_us(x["submitted_at"]) for x in r if x["buyer_id"] == buyer]
        age.append(submitted - min([row["created_at"] for row in mine] + theirs))
        placed.append(max(len(mine), len(theirs)))
        first = next((j for j, row in enumerate(o) if row["order_id"] == review["order_id"]), None)
        if first is None:
            prior.append(
                sum(
                    (_us(x["submitted_at"]), k) < (submitted, i)
                    for k, x in enumerate(r)
                    if x["buyer_id"] == buyer
                )
            )
        else:
            owner, at = o[first]["buyer_id"], o[first]["created_at"]
            prior.append(
                sum(
                    (row["created_at"], j) < (at, first)
                    for j, row in enumerate(o)
                    if row["buyer_id"] == owner
                )
            )
    received = [
        (
            merchant_ids.index(row["merchant_id"]),
            row["received_at"],
            next((k for k, x in enumerate(r) if x["order_id"] == row["order_id"]), -1),
        )
        for row in o
        if row["merchant_id"] in merchant_ids and row["received_at"] is not None
    ]
    return {"age": age, "prior_orders": prior, "buyer_orders": placed, "received": received}


def _us(value: object) -> int | None:
    if value is None:
        return None
    return int(pa.scalar(value, TS).cast(pa.int64()).as_py())


def _facts(prepared: Reviews) -> dict[str, list[object]]:
    received = prepared.received_orders
    assert received is not None
    return {
        "age": prepared.age.tolist(),
        "prior_orders": prepared.prior_orders.tolist(),
        "buyer_orders": prepared.buyer_orders.tolist(),
        "received": list(
            zip(
                received.merchant.tolist(),
                received.received.tolist(),
                received.review.tolist(),
                strict=True,
            )
        ),
    }


@pytest.mark.parametrize("seed", range(40))
def test_the_order_facts_from_a_table_or_a_file_in_batches_equal_the_reference(
    seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reviews, buyers, orders = _marketplace(seed)
    from_table = prepare(reviews, buyers, orders)
    expected = _reference(reviews, orders, from_table.merchant_id.to_pylist())
    assert _facts(from_table) == expected
    # A file read a few rows at a time: an order's first row, its buyer's orders and the
    # ranks cross the batches' edges.
    pq.write_table(orders, tmp_path / "orders.parquet", row_group_size=4)
    monkeypatch.setattr(brushing_orders, "BATCH_ROWS", 3)
    assert _facts(prepare(reviews, buyers, tmp_path / "orders.parquet")) == expected


def test_a_file_of_orders_is_checked_like_a_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reviews, buyers, orders = _marketplace(3)
    monkeypatch.setattr(brushing_orders, "BATCH_ROWS", 3)
    empty_buyer = orders.set_column(
        1, "buyer_id", pa.array([*orders["buyer_id"].to_pylist()[:-1], None])
    )
    pq.write_table(empty_buyer, tmp_path / "bad.parquet")
    with pytest.raises(InputError, match="orders: column buyer_id has empty values"):
        prepare(reviews, buyers, tmp_path / "bad.parquet")
    pq.write_table(orders.drop_columns(["created_at"]), tmp_path / "short.parquet")
    with pytest.raises(InputError, match=r"orders: missing required column\(s\) created_at"):
        prepare(reviews, buyers, tmp_path / "short.parquet")
    # Without merchant or receipt, no received orders, from a file as from a table.
    pq.write_table(orders.drop_columns(["received_at"]), tmp_path / "bare.parquet")
    assert prepare(reviews, buyers, tmp_path / "bare.parquet").received_orders is None
