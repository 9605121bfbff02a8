"""Generating a whole marketplace: merchants first, then orders chunk by chunk.

Every chunk draws from its own random stream, derived from (seed, stream, chunk number),
so the output depends only on the options, never on timing, and memory stays bounded by
the chunk size whatever the number of orders.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

from sellerstar.demo.appeals import make_appeals
from sellerstar.demo.cancellations import cancellation_columns
from sellerstar.demo.claims import make_claims, place_orders
from sellerstar.demo.clock import Clock
from sellerstar.demo.events import make_events
from sellerstar.demo.merchants import (
    Population,
    accounts_table,
    build_population,
    enrolments_table,
    merchants_table,
)
from sellerstar.demo.options import GenerateOptions
from sellerstar.demo.orders import make_orders
from sellerstar.demo.output import TableWriter, prepare
from sellerstar.demo.policy import Policy
from sellerstar.demo.products import make_products, merchant_ranges
from sellerstar.demo.radar import ip_rights_table, radar_tasks_table, task_rows, violations_table
from sellerstar.demo.review_plan import ReviewPlan, buyers_table, plan_reviews
from sellerstar.demo.reviews import chunk_reviews
from sellerstar.demo.scores import score_tables
from sellerstar.demo.shipments import make_shipments
from sellerstar.demo.talents import talent_tables
from sellerstar.rules.book import load_rulebook

# Random streams; a new table gets a new number, so existing output does not change.
_MERCHANTS, _ORDERS, _SHIPMENTS, _EVENTS, _APPEALS, _PRODUCTS, _NAMES = range(7)
_SCORES = 7
_CLAIMS = 20  # orders.placed_by and late_delivery_claims
_LISTINGS, _RADAR_TASKS, _VIOLATIONS = 21, 22, 23  # products' radar columns, radar_tasks
_REVIEW_PLAN, _REVIEWS = 24, 25  # buyers and brushing rings; each chunk's review tables
_CANCELLATIONS = 26  # orders.cancelled_at and cancelled_by
_TALENTS = 27  # talents and talent_certifications
LABELS = Path("labels") / "brushing.csv"  # the rings' reviews (not a contract table)

_CHUNKED = (
    "orders",
    "shipments",
    "tracking_events",
    "tracking_appeals",
    "late_delivery_claims",
    "transaction_reviews",
    "direct_reviews",
    "business_actions",
    "order_judgements",
    "confirmed_brushing",
)

Progress = Callable[[int, int], None]  # (orders done, orders total)


@dataclass(frozen=True)
class Summary:
    """What a generation wrote."""

    rows: dict[str, int]
    seconds: float
    bytes_written: int
    merchants: int


def random_stream(seed: int, stream: int, chunk: int = 0) -> np.random.Generator:
    """The random generator of one (stream, chunk) of a seed."""
    return np.random.Generator(
        np.random.PCG64(np.random.SeedSequence(seed, spawn_key=(stream, chunk)))
    )


@dataclass(frozen=True)
class _World:
    """Everything a chunk needs; picklable, so worker processes can take it."""

    options: GenerateOptions
    pop: Population
    clock: Clock
    policy: Policy
    parts: dict[str, int]
    reviews: ReviewPlan


def plan_marketplace(
    options: GenerateOptions, policy: Policy
) -> tuple[Clock, Population, ReviewPlan]:
    """The clock, merchants and review plan (buyers, brushing rings) ``generate`` draws
    for ``options`` first; tests use it to see the rings behind the labels."""
    clock = Clock.for_zone(policy.timezone, options.start, options.as_of)
    pop = build_population(
        random_stream(options.seed, _MERCHANTS), options.merchants, options.orders, clock, policy
    )
    review_plan = plan_reviews(
        random_stream(options.seed, _REVIEW_PLAN),
        pop,
        options.orders,
        options.chunk_size,
        clock,
        _direct_reviews_from(clock, options.as_of),
        options.ring_shapes,
    )
    return clock, pop, review_plan


def generate(
    options: GenerateOptions, policy: Policy | None = None, progress: Progress | None = None
) -> Summary:
    """Write a synthetic marketplace into ``options.out``; see docs/demo.md.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> generate(GenerateOptions(out=out, orders=2000, seed=1)).rows["orders"]
    2000
    """
    began = time.perf_counter()
    options = options.validated()
    if policy is None:
        policy = Policy.from_rulebook(load_rulebook(), options.as_of)
    clock, pop, review_plan = plan_marketplace(options, policy)
    product_ranges = merchant_ranges(pop, options.chunk_size)
    parts = {
        **dict.fromkeys(_CHUNKED, options.order_chunks),
        "products": len(product_ranges),
    }
    world = _World(options, pop, clock, policy, parts, review_plan)
    prepare(options.out, options.overwrite)
    writer = TableWriter(options.out, options.format, clock.offset, parts)
    try:
        names = random_stream(options.seed, _NAMES)
        writer.write("merchants", merchants_table(pop, policy, names))
        writer.write("accounts", accounts_table(pop, names))
        writer.write("guarantee_enrolments", enrolments_table(pop))
        scores = score_tables(random_stream(options.seed, _SCORES), pop, clock, policy)
        for name, columns in scores.items():
            writer.write(name, columns)
        writer.write(
            "violations",
            violations_table(random_stream(options.seed, _VIOLATIONS), pop, clock, policy),
        )
        writer.write("buyers", buyers_table(review_plan))
        labels = _write_orders(world, writer, progress)
        _write_labels(options.out, labels)
        writer.write("ip_rights", ip_rights_table())
        tasks = []
        for chunk, (lo, hi) in enumerate(product_ranges):
            stream = random_stream(options.seed, _PRODUCTS, chunk)
            listings = random_stream(options.seed, _LISTINGS, chunk)
            products = make_products(stream, pop, lo, hi, policy, listings)
            writer.write("products", products, part=chunk)
            tasks.append(
                task_rows(
                    random_stream(options.seed, _RADAR_TASKS, chunk),
                    products["product_id"],
                    products["status"],
                    clock,
                    policy,
                )
            )
        writer.write("radar_tasks", radar_tasks_table(tasks))
        talents = talent_tables(random_stream(options.seed, _TALENTS), options.as_of)
        for name, columns in talents.items():
            writer.write(name, columns)
    finally:
        writer.close()
    return Summary(
        rows=dict(writer.rows),
        seconds=time.perf_counter() - began,
        bytes_written=writer.bytes_written(),
        merchants=pop.size,
    )


def _direct_reviews_from(clock: Clock, as_of: dt.date) -> int:
    """The instant direct reviews opened: the live date of the reviews rule-set in force on
    the as-of date (never, when it has no direct reviews)."""
    section = load_rulebook().in_force(as_of).reviews
    if section is None or section.direct is None:
        return clock.cutoff
    return clock.start_of_day(Clock.day_number(section.live_date))


def _write_orders(world: _World, writer: TableWriter, progress: Progress | None) -> list[pa.Table]:
    """Write the order-driven tables; returns the brushing labels of every chunk."""
    options = world.options
    chunks = range(options.order_chunks)
    done = 0
    labels: list[pa.Table] = []
    if options.workers > 1 and options.format == "parquet" and len(chunks) > 1:
        # Parquet parts are separate files: workers write them in any order, same bytes.
        context = multiprocessing.get_context("spawn")
        found: dict[int, pa.Table] = {}
        with ProcessPoolExecutor(options.workers, mp_context=context) as pool:
            futures = {pool.submit(_parquet_chunk, world, chunk): chunk for chunk in chunks}
            for future in as_completed(futures):
                rows, size, chunk_labels = future.result()
                found[futures[future]] = chunk_labels
                for name, count in rows.items():
                    writer.rows[name] += count
                done += size
                if progress is not None:
                    progress(done, options.orders)
        return [found[chunk] for chunk in chunks]
    for chunk in chunks:
        for name, columns in _chunk_tables(world, chunk, labels):
            writer.write(name, columns, part=chunk)
        done += _chunk_size(options, chunk)
        if progress is not None:
            progress(done, options.orders)
    return labels


def _parquet_chunk(world: _World, chunk: int) -> tuple[dict[str, int], int, pa.Table]:
    writer = TableWriter(world.options.out, "parquet", world.clock.offset, world.parts)
    labels: list[pa.Table] = []
    for name, columns in _chunk_tables(world, chunk, labels):
        writer.write(name, columns, part=chunk)
    return writer.rows, _chunk_size(world.options, chunk), labels[0]


def _write_labels(out: Path, labels: list[pa.Table]) -> None:
    """``labels/brushing.csv``: which reviews the demo's brushing rings wrote."""
    path = out / LABELS
    path.parent.mkdir(exist_ok=True)
    pacsv.write_csv(pa.concat_tables(labels), path)


def _chunk_size(options: GenerateOptions, chunk: int) -> int:
    return min(options.chunk_size, options.orders - chunk * options.chunk_size)


def _chunk_tables(
    world: _World, chunk: int, labels: list[pa.Table]
) -> Iterator[tuple[str, dict[str, pa.Array]]]:
    """The order-driven tables of one chunk, each from its own random stream; the chunk's
    brushing labels are appended to ``labels``."""
    options, pop, clock, policy = world.options, world.pop, world.clock, world.policy
    seed, first = options.seed, chunk * options.chunk_size
    orders = make_orders(
        random_stream(seed, _ORDERS, chunk),
        first,
        _chunk_size(options, chunk),
        options.orders,
        pop,
        clock,
        policy,
    )
    reviews = chunk_reviews(
        random_stream(seed, _REVIEWS, chunk), world.reviews, orders, chunk, pop, clock
    )
    orders = reviews.orders  # the brushing rings' accounts placed some of the orders
    labels.append(reviews.labels)
    claims_stream = random_stream(seed, _CLAIMS, chunk)
    placement = place_orders(claims_stream, orders)
    cancellations = cancellation_columns(random_stream(seed, _CANCELLATIONS, chunk), orders, clock)
    # Sample orders are the venue's: the demo's workflow imports them once products are
    # registered (sellerstar.demo.sample_workflow).
    extra = {
        "placed_by": placement.column(),
        "received_at": reviews.received_at,
        "sample_product_id": pa.nulls(orders.size, pa.string()),
    } | cancellations
    yield "orders", orders.columns() | extra
    shipments = make_shipments(random_stream(seed, _SHIPMENTS, chunk), orders, clock)
    yield "shipments", shipments.columns(orders)
    events = make_events(random_stream(seed, _EVENTS, chunk), shipments, orders, pop, clock)
    yield "tracking_events", events.columns(shipments)
    appeals = make_appeals(
        random_stream(seed, _APPEALS, chunk), orders, shipments, events, pop, clock, policy
    )
    yield "tracking_appeals", appeals.columns(shipments, orders)
    claims = make_claims(claims_stream, orders, pop, clock, policy)
    yield "late_delivery_claims", claims.columns(orders)
    yield from reviews.tables.items()
