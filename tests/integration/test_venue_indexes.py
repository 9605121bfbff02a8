"""The sample venue's feed indexes exist after migration and are the ones the feeds'
queries can use, on SQLite and PostgreSQL (reflection cannot read expression indexes, so
the schema comparison skips them: this checks them by name and by plan)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from sellerstar.domain.samples import Placement
from sellerstar.queries import venue
from sellerstar.store.db import transaction
from sellerstar.store.sample_tables import sample_registrations

INDEXES = {
    "ix_sample_registrations_venue_discount",
    "ix_sample_registrations_venue_industry_discount",
    "ix_sample_registrations_venue_new",
    "ix_sample_registrations_venue_leaf_growth",
    "ix_sample_registrations_venue_growth",
    "ix_sample_registrations_venue_industry_growth",
    "ix_sample_registrations_venue_merchant_growth",
}


def _index_sql(connection: sa.Connection) -> dict[str, str]:
    if connection.dialect.name == "sqlite":
        query = "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
    else:
        query = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
    return {str(name): str(sql) for name, sql in connection.exec_driver_sql(query)}


def test_the_feed_indexes_are_partial_on_the_venue(store_engine: sa.Engine) -> None:
    with store_engine.connect() as connection:
        found = _index_sql(connection)

    assert found.keys() >= INDEXES
    for name in INDEXES:
        assert "in_venue" in found[name].split("WHERE", 1)[1], name
    assert "nullif(sample_price_usd" in found["ix_sample_registrations_venue_discount"].lower()


def _statement(connection: sa.Connection, request: venue.FeedRequest) -> Any:
    """The id query feed_page runs for ``request`` (captured, not run)."""
    seen: list[Any] = []
    real = connection.scalars

    def capture(statement: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(statement)
        return real(statement, *args, **kwargs)

    connection.scalars = capture  # type: ignore[method-assign]
    try:
        venue.feed_page(connection, request)
    finally:
        connection.scalars = real  # type: ignore[method-assign]
    return seen[0]


@pytest.mark.parametrize(
    ("request_", "index"),
    [
        (venue.FeedRequest(Placement.SAMPLE_CENTRE, 20, 7), "venue_discount"),
        (
            venue.FeedRequest(Placement.SAMPLE_CENTRE, 20, 7, industry="Apparel"),
            "venue_industry_discount",
        ),
        (venue.FeedRequest(Placement.NEW_ARRIVALS, 20, 7), "venue_new"),
        (
            venue.FeedRequest(Placement.PRE_SEARCH, 4, 7, leaf_category="bags"),
            "venue_leaf_growth",
        ),
        (venue.FeedRequest(Placement.FACTORY_SAMPLES, 20, 7), "venue_growth"),
        (
            venue.FeedRequest(Placement.FACTORY_SAMPLES, 20, 7, industry="Apparel"),
            "venue_industry_growth",
        ),
        (
            venue.FeedRequest(Placement.FACTORY_SAMPLES, 20, 7, merchant_id="M1"),
            "venue_merchant_growth",
        ),
    ],
)
def test_each_feed_query_can_use_its_index(
    store_engine: sa.Engine, request_: venue.FeedRequest, index: str
) -> None:
    _fill(store_engine)
    with store_engine.connect() as connection:
        statement = _statement(connection, request_)
        sql = str(statement.compile(store_engine, compile_kwargs={"literal_binds": True}))
        if connection.dialect.name == "sqlite":
            explain = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")
            plan = " ".join(str(row[-1]) for row in explain)
        else:
            plan = " ".join(str(row[0]) for row in connection.exec_driver_sql(f"EXPLAIN {sql}"))

    assert f"ix_sample_registrations_{index}" in plan, plan
    if index != "venue_merchant_growth":
        assert "TEMP B-TREE" not in plan and "Sort" not in plan, plan
    # else: one factory holds at most 200 places (the cap); sorting them may be cheaper.


def _fill(engine: sa.Engine) -> None:
    """3,000 registrations (90 % in the venue) of 30 merchants, 4 industries and 40 leaf
    categories, analysed: enough that reading a whole table costs more than an index."""
    at = dt.datetime(2022, 11, 1, tzinfo=dt.UTC)
    rows = [
        {
            "merchant_id": f"M{n % 30}",
            "product_id": f"P{n}",
            "discount_price_usd": Decimal(3 + n % 5),
            "state": "active",
            "registered_at": at + dt.timedelta(minutes=n),
            "registered_by": "x",
            "changed_at": at,
            "changed_by": "x",
            "note": "",
            "holds_place": 1,
            "in_venue": n % 10 != 0,
            "industry": ("Apparel", "Furniture", "Toys", "Safety")[n % 4],
            "leaf_category": "bags" if n % 40 == 0 else f"leaf {n % 40}",
            "growth_score": 66 + n % 35,
            "sample_price_usd": Decimal(10 + n % 7),
            "checked_at": at,
        }
        for n in range(3000)
    ]
    with transaction(engine) as connection:
        connection.execute(sample_registrations.insert(), rows)
    with engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
        connection.commit()


def test_the_index_and_the_query_spell_the_discount_key_alike() -> None:
    from sellerstar.store.sample_tables import VENUE_DISCOUNT_KEY

    c = sample_registrations.c
    assert str(VENUE_DISCOUNT_KEY) == str(
        -(c.discount_price_usd / sa.func.nullif(c.sample_price_usd, sa.literal_column("0")))
    )
