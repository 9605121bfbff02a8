"""The sample venue's step of the daily job in the store (rulebook §4, §4.1): the same
answers as lake mode, failed sample orders costing the right to register once whatever
the re-runs, an operator's restoration, and registrations following the check."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pyarrow as pa
import pyarrow.csv as pacsv
import pytest
import sqlalchemy as sa

from factories import merchant_row, order_row, product_row
from sellerstar.jobs.samples import run_sample_job
from sellerstar.rules import RuleBook, load_rulebook
from sellerstar.samples.lake import run_lake
from sellerstar.services import sample_rights
from sellerstar.store.db import transaction
from sellerstar.store.schema import (
    contract_tables,
    notifications,
    sample_eligibility,
    sample_merchants,
    sample_registrations,
    sample_right_losses,
)

BOOK: RuleBook = load_rulebook()
PLATFORM = ZoneInfo("Asia/Shanghai")
D = dt.date(2022, 11, 20)
NOW = dt.datetime.combine(D, dt.time(10), PLATFORM).astimezone(dt.UTC)


def _at(day: dt.date, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), PLATFORM).astimezone(dt.UTC)


def _insert(engine: sa.Engine, table: str | sa.Table, rows: list[dict[str, Any]]) -> None:
    target = contract_tables[table] if isinstance(table, str) else table
    with transaction(engine) as connection:
        connection.execute(target.insert(), rows)


def _product(product_id: str, merchant_id: str, **columns: Any) -> dict[str, Any]:
    defaults: dict[str, Any] = {
        "industry": "Apparel",
        "leaf_category": "dresses",
        "stock": 10,
        "growth_score": 66,
        "samples_supported": True,
        "sample_price_usd": Decimal("10.00"),
    }
    return product_row(product_id, merchant_id, f"Sample {product_id}", **(defaults | columns))


def _register(
    engine: sa.Engine, product_id: str, merchant_id: str, price: str, minute: int, **extra: Any
) -> None:
    with transaction(engine) as connection:
        sample_rights.ensure_merchant_row(connection, merchant_id)
        connection.execute(
            sample_merchants.update()
            .where(sample_merchants.c.merchant_id == merchant_id)
            .values(places_taken=sample_merchants.c.places_taken + 1)
        )
        registered = dt.datetime(2022, 11, 1, 8, minute, tzinfo=dt.UTC)
        values = {
            "merchant_id": merchant_id,
            "product_id": product_id,
            "discount_price_usd": Decimal(price),
            "state": "active",
            "registered_at": registered,
            "registered_by": "tester",
            "changed_at": registered,
            "changed_by": "tester",
            "note": "",
            "holds_place": 1,
            "in_venue": True,
            "industry": "Apparel",
            "leaf_category": "dresses",
            "growth_score": 66,
            "sample_price_usd": Decimal("10.00"),
            "checked_at": registered,
        }
        connection.execute(sample_registrations.insert().values(values | extra))


def _sample_order(order_id: str, merchant_id: str, **columns: Any) -> dict[str, Any]:
    return order_row(
        order_id,
        merchant_id,
        created_at=_at(D - dt.timedelta(days=6)),
        paid_at=_at(D - dt.timedelta(days=6)),
        sample_product_id="SP",
        **columns,
    )


def _world(engine: sa.Engine) -> None:
    merchants = [
        merchant_row(m, main_industry="Apparel") for m in ("M1", "M2", "LATE", "OK", "SUS")
    ]
    _insert(engine, "merchants", merchants)
    products = [
        _product("SP", "M1"),
        _product("P1", "M1"),
        _product("P2", "M1", stock=9),
        _product("P3", "M1", industry="Home & Garden"),
        _product("P4", "M2", sample_price_usd=Decimal("4.99")),
        _product("L1", "LATE"),
        _product("L2", "LATE"),
        _product("K1", "OK"),
        _product("S1", "SUS"),
    ]
    _insert(engine, "products", products)
    for minute, (product, merchant, price) in enumerate(
        [
            ("P1", "M1", "7.00"),
            ("P2", "M1", "7.01"),
            ("P3", "M1", "1.00"),
            ("P4", "M2", "1.00"),
            ("L1", "LATE", "5.00"),
            ("L2", "LATE", "5.00"),
            ("K1", "OK", "5.00"),
        ]
    ):
        _register(engine, product, merchant, price, minute)
    _register(engine, "S1", "SUS", "5.00", 30, state="suspended", in_venue=False)
    _insert(
        engine,
        "orders",
        [
            _sample_order(
                "LATE-O", "LATE", ship_by=_at(D - dt.timedelta(days=3)), shipped_at=_at(D)
            ),
            _sample_order(
                "OK-O",
                "OK",
                ship_by=_at(D - dt.timedelta(days=3)),
                shipped_at=_at(D - dt.timedelta(days=4)),
            ),
        ],
    )


def _stored(engine: sa.Engine) -> dict[str, tuple[bool, str]]:
    with engine.connect() as connection:
        rows = connection.execute(
            sa.select(sample_eligibility).where(sample_eligibility.c.stat_date == D)
        )
        return {r.product_id: (r.eligible, r.reasons) for r in rows}


def _registrations(engine: sa.Engine) -> dict[str, tuple[str, bool]]:
    with engine.connect() as connection:
        rows = connection.execute(sa.select(sample_registrations))
        return {r.product_id: (r.state, r.in_venue) for r in rows}


def test_the_job_answers_as_lake_mode(store_engine: sa.Engine, tmp_path: Path) -> None:
    _world(store_engine)
    summary = run_sample_job(store_engine, BOOK, NOW)
    assert summary == {"checked": 8, "in_venue": 2, "sample_orders_failed": 1}
    stored = _stored(store_engine)
    assert stored["P1"] == (True, "")
    assert stored["P2"] == (False, "stock_low;discount_too_small")
    assert stored["P3"] == (False, "not_main_industry")
    assert stored["L1"] == (False, "no_right")
    lake = _lake_folder(store_engine, tmp_path / "lake")
    result, _ = run_lake(lake, tmp_path / "out", D, BOOK)
    assert {
        r["product_id"]: (r["eligible"], r["reasons"]) for r in result.eligibility.to_pylist()
    } == stored


def _lake_folder(engine: sa.Engine, folder: Path) -> Path:
    """The store's inputs as CSV files of the data contract; the registrations that held a
    place when the job ran are the offers."""
    folder.mkdir()
    with engine.connect() as connection:
        for name in ("merchants", "products", "orders"):
            table = contract_tables[name]
            rows = [dict(r._mapping) for r in connection.execute(sa.select(table))]
            pacsv.write_csv(pa.Table.from_pylist(rows), folder / f"{name}.csv")
        offers = [
            {
                "product_id": r.product_id,
                "discount_price_usd": str(r.discount_price_usd),
                "offered_at": r.registered_at.isoformat(),
            }
            for r in connection.execute(sa.select(sample_registrations))
        ]
    pacsv.write_csv(pa.Table.from_pylist(offers), folder / "sample_offers.csv")
    return folder


def test_a_failed_sample_order_costs_the_right_once(store_engine: sa.Engine) -> None:
    _world(store_engine)
    run_sample_job(store_engine, BOOK, NOW)
    again = run_sample_job(store_engine, BOOK, NOW + dt.timedelta(hours=1))
    assert again is not None and again["sample_orders_failed"] == 0
    registrations = _registrations(store_engine)
    assert registrations["L1"] == registrations["L2"] == ("ended", False)
    assert registrations["K1"] == ("active", True)
    assert registrations["S1"] == ("suspended", False)
    with store_engine.connect() as connection:
        merchant = connection.execute(
            sa.select(sample_merchants).where(sample_merchants.c.merchant_id == "LATE")
        ).one()
        losses = connection.execute(sa.select(sample_right_losses)).all()
        told = connection.execute(
            sa.select(notifications.c.topic, notifications.c.subject_id)
        ).all()
    assert (merchant.places_taken, merchant.lost_order_id) == (0, "LATE-O")
    assert [(loss.order_id, loss.failure) for loss in losses] == [("LATE-O", "late")]
    assert told == [("sample_right_lost", "LATE-O")]


def test_a_restoration_gives_the_right_back_and_covers_older_failures(
    store_engine: sa.Engine,
) -> None:
    _world(store_engine)
    run_sample_job(store_engine, BOOK, NOW)
    with transaction(store_engine) as connection:
        assert (
            sample_rights.restore(
                connection, actor_login="ops", merchant_id="LATE", note="proof", now=NOW
            )
            == 1
        )
        with pytest.raises(sample_rights.SampleRefused, match="holds the right"):
            sample_rights.restore(
                connection, actor_login="ops", merchant_id="LATE", note="again", now=NOW
            )
    # A failure reported only now, but older than the restoration, is covered by it.
    _insert(
        store_engine,
        "orders",
        [_sample_order("LATE-O2", "LATE", ship_by=_at(D - dt.timedelta(days=2)), status="paid")],
    )
    _register(store_engine, "L1", "LATE", "5.00", 40)
    run_sample_job(store_engine, BOOK, NOW + dt.timedelta(hours=1))
    with store_engine.connect() as connection:
        covered = connection.execute(
            sa.select(sample_right_losses).where(sample_right_losses.c.order_id == "LATE-O2")
        ).one()
        lost_at = connection.scalar(
            sa.select(sample_merchants.c.lost_at).where(sample_merchants.c.merchant_id == "LATE")
        )
    assert covered.restored_at is not None and lost_at is None
    assert _stored(store_engine)["L1"] == (True, "")


def test_registrations_follow_the_product(store_engine: sa.Engine) -> None:
    _world(store_engine)
    products = contract_tables["products"]
    with transaction(store_engine) as connection:
        connection.execute(products.update().where(products.c.product_id == "K1").values(stock=5))
    run_sample_job(store_engine, BOOK, NOW)
    assert _registrations(store_engine)["K1"] == ("active", False)
    with transaction(store_engine) as connection:
        connection.execute(
            products.update()
            .where(products.c.product_id == "K1")
            .values(stock=50, growth_score=80, leaf_category="skirts")
        )
    run_sample_job(store_engine, BOOK, NOW + dt.timedelta(hours=1))
    with store_engine.connect() as connection:
        row = connection.execute(
            sa.select(sample_registrations).where(sample_registrations.c.product_id == "K1")
        ).one()
    assert (row.in_venue, row.growth_score, row.leaf_category) == (True, 80, "skirts")


def test_nothing_runs_before_the_venue_launches(store_engine: sa.Engine) -> None:
    before = dt.datetime(2022, 10, 30, 8, tzinfo=dt.UTC)
    assert run_sample_job(store_engine, BOOK, before) is None
