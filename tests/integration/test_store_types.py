"""Timestamps and money read back the same on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables

merchants = contract_tables["merchants"]
orders = contract_tables["orders"]

CST = dt.timezone(dt.timedelta(hours=8))
EST = dt.timezone(dt.timedelta(hours=-5))
NPT = dt.timezone(dt.timedelta(hours=5, minutes=45))


def _order(order_id: str, created_at: dt.datetime, **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "order_id": order_id,
        "merchant_id": "m1",
        "owner_account_id": None,
        "buyer_id": "b1",
        "trade_assurance": True,
        "destination_country": "US",
        "trade_term": "FOB",
        "export_mode": "tad",
        "transport": "express",
        "payment_method": "tt",
        "status": "shipped",
        "created_at": created_at,
        "paid_at": None,
        "ship_by": None,
        "shipped_at": None,
        "amount_usd": Decimal("10.00"),
        "all_items_rts": True,
        "delivery_promise": False,
    }
    return row | changes


def _insert_orders(engine: sa.Engine, *rows: dict[str, Any]) -> None:
    with transaction(engine) as conn:
        conn.execute(
            merchants.insert(),
            {"merchant_id": "m1", "name": "M", "membership": "none", "ta_status": "active"},
        )
        conn.execute(orders.insert(), list(rows))


def test_timestamps_with_offsets_read_back_as_the_same_instant_in_utc(
    store_engine: sa.Engine,
) -> None:
    created = dt.datetime(2022, 9, 8, 10, 15, 30, 123456, tzinfo=CST)
    paid = dt.datetime(2022, 9, 7, 22, 0, tzinfo=EST)
    shipped = dt.datetime(2022, 9, 9, 0, 5, tzinfo=NPT)
    _insert_orders(store_engine, _order("o1", created, paid_at=paid, shipped_at=shipped))

    with store_engine.connect() as conn:
        row = conn.execute(sa.select(orders).where(orders.c.order_id == "o1")).one()

    for written, read in (
        (created, row.created_at),
        (paid, row.paid_at),
        (shipped, row.shipped_at),
    ):
        assert read == written
        assert read.utcoffset() == dt.timedelta(0)
    assert row.created_at.isoformat() == "2022-09-08T02:15:30.123456+00:00"
    assert row.ship_by is None


def test_comparisons_and_order_follow_the_instant_not_the_written_offset(
    store_engine: sa.Engine,
) -> None:
    # Local wall times run opposite to the instants: only UTC storage sorts these right.
    early = dt.datetime(2022, 9, 8, 9, 0, tzinfo=CST)  # 01:00 UTC
    late = dt.datetime(2022, 9, 7, 22, 0, tzinfo=EST)  # 03:00 UTC
    _insert_orders(store_engine, _order("late", late), _order("early", early))
    bound = dt.datetime(2022, 9, 8, 2, 0, tzinfo=dt.UTC)

    with store_engine.connect() as conn:
        before = conn.scalars(sa.select(orders.c.order_id).where(orders.c.created_at < bound))
        ordered = conn.scalars(sa.select(orders.c.order_id).order_by(orders.c.created_at))
        assert list(before) == ["early"]
        assert list(ordered) == ["early", "late"]


def test_naive_timestamps_are_refused(store_engine: sa.Engine) -> None:
    naive = dt.datetime(2022, 9, 8, 10, 15)
    with pytest.raises(sa.exc.StatementError, match="naive datetime"):
        _insert_orders(store_engine, _order("o1", naive))
    with store_engine.connect() as conn:
        assert conn.scalar(sa.select(sa.func.count()).select_from(merchants)) == 0


@pytest.mark.parametrize("amount", ["0.00", "0.10", "19.99", "123456789012.34"])
def test_money_reads_back_as_the_exact_decimal(store_engine: sa.Engine, amount: str) -> None:
    created = dt.datetime(2022, 9, 8, tzinfo=dt.UTC)
    _insert_orders(store_engine, _order("o1", created, amount_usd=Decimal(amount)))

    with store_engine.connect() as conn:
        read = conn.scalar(sa.select(orders.c.amount_usd))

    assert isinstance(read, Decimal)
    assert read == Decimal(amount)
    assert str(read) == amount
