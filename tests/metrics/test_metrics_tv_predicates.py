"""Property: the metric's Ibis predicates of tracking visibility equal the domain's
(:mod:`sellerstar.domain.tracking_visibility`, which filing an appeal calls), row by row,
on random small marketplaces and random rule numbers: order in scope, shipment current,
shipment passing, for every shipment and day."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import ibis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from metrics_backends import Backends
from metrics_market import Market
from test_metrics_property import BASE, markets, rule_sets

from sellerstar.domain import tracking_visibility as domain
from sellerstar.metrics import tracking_visibility as metric
from sellerstar.metrics.dates import DayClock, day_number, from_day_number
from sellerstar.metrics.span import Span
from sellerstar.metrics.tables import from_arrow
from sellerstar.rules import RuleBook, RuleSet


def _codes(*values: str) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(st.sampled_from(values), min_size=1, unique=True).map(tuple)


@st.composite
def cases(draw: st.DrawFn, book: RuleBook) -> tuple[RuleSet, Market, dt.date, dt.date]:
    rule_set = draw(rule_sets(book.get("2022-11")))
    tv = rule_set.tracking_visibility
    assert tv is not None
    # The values the market draws from, so that each test both keeps and drops orders.
    tv = tv.model_copy(
        update={
            "order_statuses": draw(_codes("shipped", "received", "cancelled", "paid")),
            "export_modes": draw(_codes("tad", "self_export", "other")),
            "transports": draw(_codes("express", "postal", "air")),
            "excluded_trade_terms": draw(
                st.lists(st.sampled_from(["FOB", "EXW", "FCA"]), unique=True).map(tuple)
            ),
        }
    )
    rule_set = rule_set.model_copy(update={"tracking_visibility": tv})
    first = BASE + dt.timedelta(days=draw(st.integers(-5, 12)))
    last = first + dt.timedelta(days=draw(st.integers(0, 6)))
    zone = ZoneInfo(rule_set.calendar.timezone)
    return rule_set, draw(markets(zone, first, 24)), first, last


def _check(
    backends: Backends, rule_set: RuleSet, market: Market, first: dt.date, last: dt.date
) -> None:
    tv = rule_set.tracking_visibility
    assert tv is not None
    zone = ZoneInfo(rule_set.calendar.timezone)
    backend = backends.get("duckdb")
    tables = from_arrow(backend, market.arrow())
    clock = DayClock(zone.key, first - dt.timedelta(days=40), last + dt.timedelta(days=1))
    span = Span(rule_set, day_number(first), day_number(last), clock)
    rows = market.rows

    orders = tables.orders
    got_scope = backend.to_pyarrow(
        orders.select(orders.order_id, flag=metric.in_scope(orders, span, tv))
    ).to_pylist()
    tests = domain.scope(tv, rule_set.calendar.core_countries)
    want_scope = {o["order_id"]: domain.in_scope(o, tests) for o in rows["orders"]}
    assert {r["order_id"]: r["flag"] for r in got_scope} == want_scope

    days = list(range(span.first - 3, span.last + 1))  # pass days are known up to last
    ships = metric.shipment_days(tables, span, orders.select("order_id"))
    grid = ships.cross_join(ibis.memtable({"x": days}, schema={"x": "int64"}))
    got = backend.to_pyarrow(
        grid.select(
            grid.shipment_id,
            grid.x,
            current=metric.is_current(grid.up_day, grid.hide_day, grid.x),
            passing=metric.passes(grid.pass_day, grid.x),
        )
    ).to_pylist()
    assert {(r["shipment_id"], r["x"]): (r["current"], r["passing"]) for r in got} == {
        (s["shipment_id"], x): _domain_shipment(
            rows, tv.counted_event_sources, tv.min_events_to_pass, s, from_day_number(x), zone
        )
        for s in rows["shipments"]
        for x in days
    }


def _domain_shipment(
    rows: dict[str, list[dict[str, Any]]],
    sources: tuple[str, ...],
    min_events: int,
    shipment: dict[str, Any],
    on: dt.date,
    zone: ZoneInfo,
) -> tuple[bool, bool]:
    def local(instant: dt.datetime) -> dt.date:
        return instant.astimezone(zone).date()

    replacement = next(
        (
            r
            for r in rows["shipments"]
            if r["shipment_id"] == shipment["replaced_by"] and r["order_id"] == shipment["order_id"]
        ),
        None,
    )
    end = dt.datetime.combine(on + dt.timedelta(days=1), dt.time(), zone)
    distinct = {
        (e["event_time"], e["description"])
        for e in rows["tracking_events"]
        if (e["carrier"], e["tracking_number"])
        == (shipment["carrier"], shipment["tracking_number"])
        and e["source"] in sources
        and e["received_at"] < end
    }
    current = domain.is_current(
        local(shipment["uploaded_at"]),
        None if replacement is None else local(replacement["uploaded_at"]),
        on,
    )
    return current, domain.passes(len(distinct), min_events)


def test_ibis_predicates_equal_the_domain(backends: Backends, book: RuleBook) -> None:
    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )
    @given(case=cases(book))
    def run(case: tuple[RuleSet, Market, dt.date, dt.date]) -> None:
        _check(backends, *case)

    run()
