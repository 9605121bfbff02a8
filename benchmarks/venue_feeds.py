"""Speed of the sample venue's buyer-side feeds on PostgreSQL (a script, not a timed test).

    .venv/bin/python benchmarks/venue_feeds.py --postgres-url postgresql+psycopg://u@host/db
    .venv/bin/python benchmarks/venue_feeds.py --postgres-url URL --products 100000 --runs 50

Empties the database (DROP SCHEMA public!), migrates it, and loads with COPY ``--products``
products of ``--products / 200`` merchants (the cap is 200 registrations a merchant), every
product registered: 85 % active and in the venue, 5 % active but failing the last check,
5 % suspended, 5 % withdrawn. The industries and their price floors and factor caps are
the rule-set's; each industry has 80 leaf categories. It then times
``queries.venue.feed_page`` (what the API runs: the page's ids from the index, then the
page's products and merchants) for each placement and filter, on the first page and on
deep pages (starting after a random row of the list, picked before timing), ``--runs``
times each with a random filter value, and prints p50, p99 and the slowest per case, in
milliseconds, as a table and as JSON. The figures are in docs/samples-venue.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa

from sellerstar.domain.samples import Placement
from sellerstar.domain.venue import FEEDS
from sellerstar.queries import venue
from sellerstar.rules import load_rulebook
from sellerstar.store.db import create_engine
from sellerstar.store.migrate import upgrade
from sellerstar.store.schema import sample_registrations

PER_MERCHANT = 200
LEAVES_PER_INDUSTRY = 80
_START = dt.datetime(2022, 10, 31, tzinfo=dt.UTC)
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class World:
    """What the generated data holds, for picking filter values."""

    industries: tuple[tuple[str, Decimal, Decimal], ...]
    merchants: int

    def leaf(self, rng: random.Random) -> str:
        industry = rng.choice(self.industries)[0]
        return f"{industry} / leaf {rng.randrange(LEAVES_PER_INDUSTRY)}"

    def merchant(self, rng: random.Random) -> str:
        return f"M{rng.randrange(self.merchants):05d}"


def world_of(products: int) -> World:
    """The rule-set's industry table and the merchants ``products`` need."""
    section = load_rulebook().in_force(_START.date()).sample_venue
    assert section is not None
    rows = tuple(
        (
            row.industry,
            Decimal(str(row.min_sample_price_usd)),
            Decimal(str(row.max_discount_factor)),
        )
        for row in section.industries
    )
    return World(rows, max(1, -(-products // PER_MERCHANT)))


def reset(url: str) -> sa.Engine:
    """Empty the database and migrate it to head."""
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    upgrade(url)
    return engine


_MERCHANT_COLUMNS = ("merchant_id", "name", "main_industry", "membership", "ta_status")


def _merchant_rows(world: World) -> Iterator[tuple[object, ...]]:
    for m in range(world.merchants):
        industry = world.industries[m % len(world.industries)][0]
        yield (f"M{m:05d}", f"Factory {m}", industry, "none", "active")


def _product_and_registration(
    world: World, rng: random.Random, n: int
) -> tuple[tuple[object, ...], dict[str, object]]:
    merchant = n // PER_MERCHANT
    industry, floor, cap = world.industries[merchant % len(world.industries)]
    leaf = f"{industry} / leaf {rng.randrange(LEAVES_PER_INDUSTRY)}"
    price = (floor + Decimal(rng.randrange(0, 20000)) / 100).quantize(_CENT)
    factor = Decimal(rng.randrange(20, int(cap * 100) + 1)) / 100
    growth = rng.randrange(66, 101)
    at = _START + dt.timedelta(seconds=rng.randrange(0, 90 * 86400))
    product_id, merchant_id = f"P{n:07d}", f"M{merchant:05d}"
    product = (
        product_id, merchant_id, f"Sample product {n}", leaf, industry, True, 3,
        rng.randrange(10, 1000), growth, True, price, "listed",
    )  # fmt: skip
    roll = rng.random()
    state, in_venue = (
        ("active", True) if roll < 0.85 else
        ("active", False) if roll < 0.90 else
        ("suspended", False) if roll < 0.95 else
        ("withdrawn", False)
    )  # fmt: skip
    registration = {
        "merchant_id": merchant_id, "product_id": product_id,
        "discount_price_usd": max(_CENT, (price * factor).quantize(_CENT)),
        "state": state, "registered_at": at, "registered_by": "bench", "changed_at": at,
        "changed_by": "bench", "note": "", "holds_place": None if state == "withdrawn" else 1,
        "in_venue": in_venue, "industry": industry, "leaf_category": leaf,
        "growth_score": growth, "sample_price_usd": price, "checked_at": at,
    }  # fmt: skip
    return product, registration


_PRODUCT_COLUMNS = (
    "product_id", "merchant_id", "title", "leaf_category", "industry", "is_rts",
    "ships_within_days", "stock", "growth_score", "samples_supported", "sample_price_usd",
    "status",
)  # fmt: skip
_REGISTRATION_COLUMNS = tuple(c.name for c in sample_registrations.columns)[1:]


def load(engine: sa.Engine, world: World, products: int, seed: int = 7) -> None:
    """COPY the merchants, products and registrations in one transaction, then ANALYZE."""
    rng = random.Random(seed)
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        with driver.cursor() as cursor:
            _copy(cursor, "merchants", _MERCHANT_COLUMNS, _merchant_rows(world))
            registrations: list[tuple[object, ...]] = []
            with cursor.copy(f"COPY products ({', '.join(_PRODUCT_COLUMNS)}) FROM STDIN") as copy:
                for n in range(products):
                    product, registration = _product_and_registration(world, rng, n)
                    copy.write_row(product)
                    registrations.append(tuple(registration[c] for c in _REGISTRATION_COLUMNS))
            _copy(cursor, "sample_registrations", _REGISTRATION_COLUMNS, iter(registrations))
        raw.commit()
    finally:
        raw.close()
    with engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT")
        connection.exec_driver_sql("VACUUM ANALYZE")


def _copy(cursor: object, table: str, columns: object, rows: Iterator[tuple[object, ...]]) -> None:
    names = ", ".join(columns)  # type: ignore[call-overload]
    with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:  # type: ignore[attr-defined]
        for row in rows:
            copy.write_row(row)


@dataclass(frozen=True)
class Case:
    """A placement with a way to pick its filters for each run."""

    name: str
    placement: Placement
    filters: Callable[[random.Random], dict[str, str]]


def cases(world: World) -> list[Case]:
    """Every placement, with and without each of its filters."""

    def industry(rng: random.Random) -> dict[str, str]:
        return {"industry": rng.choice(world.industries)[0]}

    return [
        Case("sample_centre", Placement.SAMPLE_CENTRE, lambda rng: {}),
        Case("sample_centre industry", Placement.SAMPLE_CENTRE, industry),
        Case("new_arrivals", Placement.NEW_ARRIVALS, lambda rng: {}),
        Case("pre_search leaf", Placement.PRE_SEARCH, lambda r: {"leaf_category": world.leaf(r)}),
        Case("factory_samples", Placement.FACTORY_SAMPLES, lambda rng: {}),
        Case("factory_samples industry", Placement.FACTORY_SAMPLES, industry),
        Case(
            "factory_samples merchant",
            Placement.FACTORY_SAMPLES,
            lambda rng: {"merchant_id": world.merchant(rng)},
        ),
    ]


def _request(case: Case, filters: dict[str, str], after: int | None) -> venue.FeedRequest:
    size = FEEDS[case.placement].default_size
    return venue.FeedRequest(case.placement, size, after, **filters)


def _deep_start(
    connection: sa.Connection, case: Case, filters: dict[str, str], rng: random.Random
) -> int | None:
    """A random row of the case's list (among its first 100,000 by id) to start a page
    after: a keyset page costs the same at any depth, and this is any depth."""
    reg = sample_registrations.c
    query = sa.select(reg.registration_id).where(
        reg.in_venue, *(reg[name] == value for name, value in filters.items())
    )
    ids = list(connection.scalars(query.limit(100_000)))
    return rng.choice(ids) if ids else None


def measure(
    engine: sa.Engine, world: World, runs: int, seed: int = 11
) -> dict[str, dict[str, float]]:
    """p50, p99 and max in ms of each case's first and deep pages."""
    rng = random.Random(seed)
    figures: dict[str, dict[str, float]] = {}
    with engine.connect() as connection:
        for case in cases(world):
            for kind in ("first", "deep"):
                timings = []
                for _ in range(runs):
                    filters = case.filters(rng)
                    after = None
                    if kind == "deep":
                        after = _deep_start(connection, case, filters, rng)
                    started = time.perf_counter()
                    venue.feed_page(connection, _request(case, filters, after))
                    timings.append((time.perf_counter() - started) * 1000)
                    connection.rollback()
                figures[f"{case.name} ({kind})"] = summary(timings)
    return figures


def summary(timings: list[float]) -> dict[str, float]:
    """p50, p99 and max of ``timings`` (ms, two decimals)."""
    ordered = sorted(timings)
    p99 = ordered[min(len(ordered) - 1, max(0, round(0.99 * len(ordered)) - 1))]
    return {
        "runs": len(ordered),
        "p50_ms": round(statistics.median(ordered), 2),
        "p99_ms": round(p99, 2),
        "max_ms": round(ordered[-1], 2),
    }


def main(argv: list[str] | None = None) -> dict[str, dict[str, float]]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres-url", required=True, help="an emptied (!) PostgreSQL")
    parser.add_argument("--products", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args(argv)
    world = world_of(args.products)
    engine = reset(args.postgres_url)
    try:
        started = time.perf_counter()
        load(engine, world, args.products)
        print(f"loaded {args.products} products, {world.merchants} merchants in "
              f"{time.perf_counter() - started:.1f} s")  # fmt: skip
        figures = measure(engine, world, args.runs)
    finally:
        engine.dispose()
    print(f"{'case':40} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for name, row in figures.items():
        print(f"{name:40} {row['p50_ms']:8.2f} {row['p99_ms']:8.2f} {row['max_ms']:8.2f}")
    print(json.dumps(figures))
    return figures


if __name__ == "__main__":
    main()
