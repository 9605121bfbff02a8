"""Generating a whole marketplace: merchants first, then orders chunk by chunk.

Every chunk draws from its own random stream, derived from (seed, stream, chunk number),
so the output depends only on the options, never on timing, and memory stays bounded by
the chunk size whatever the number of orders.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from sellerstar.demo.appeals import make_appeals
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
from sellerstar.demo.shipments import make_shipments
from sellerstar.rules.book import load_rulebook

# Random streams; a new table gets a new number, so existing output does not change.
_MERCHANTS, _ORDERS, _SHIPMENTS, _EVENTS, _APPEALS, _PRODUCTS, _NAMES = range(7)

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
    clock = Clock.for_zone(policy.timezone, options.start, options.as_of)
    pop = build_population(
        random_stream(options.seed, _MERCHANTS), options.merchants, options.orders, clock, policy
    )
    product_ranges = merchant_ranges(pop, options.chunk_size)
    chunks = options.order_chunks
    parts = {
        **dict.fromkeys(("orders", "shipments", "tracking_events", "tracking_appeals"), chunks),
        "products": len(product_ranges),
    }
    prepare(options.out, options.overwrite)
    writer = TableWriter(options.out, options.format, policy.timezone, parts)
    try:
        names = random_stream(options.seed, _NAMES)
        writer.write("merchants", merchants_table(pop, policy, names))
        writer.write("accounts", accounts_table(pop, names))
        writer.write("guarantee_enrolments", enrolments_table(pop))
        for chunk in range(chunks):
            first = chunk * options.chunk_size
            size = min(options.chunk_size, options.orders - first)
            _order_chunk(options, writer, chunk, first, size, pop, clock, policy)
            if progress is not None:
                progress(first + size, options.orders)
        for chunk, (lo, hi) in enumerate(product_ranges):
            stream = random_stream(options.seed, _PRODUCTS, chunk)
            writer.write("products", make_products(stream, pop, lo, hi, policy))
    finally:
        writer.close()
    return Summary(
        rows=dict(writer.rows),
        seconds=time.perf_counter() - began,
        bytes_written=writer.bytes_written(),
        merchants=pop.size,
    )


def _order_chunk(
    options: GenerateOptions,
    writer: TableWriter,
    chunk: int,
    first: int,
    size: int,
    pop: Population,
    clock: Clock,
    policy: Policy,
) -> None:
    seed = options.seed
    orders = make_orders(
        random_stream(seed, _ORDERS, chunk), first, size, options.orders, pop, clock, policy
    )
    writer.write("orders", orders.columns())
    shipments = make_shipments(random_stream(seed, _SHIPMENTS, chunk), orders, clock)
    writer.write("shipments", shipments.columns(orders))
    events = make_events(random_stream(seed, _EVENTS, chunk), shipments, orders, pop, clock)
    writer.write("tracking_events", events.columns(shipments))
    appeals = make_appeals(
        random_stream(seed, _APPEALS, chunk), orders, shipments, events, pop, clock, policy
    )
    writer.write("tracking_appeals", appeals.columns(shipments, orders))
