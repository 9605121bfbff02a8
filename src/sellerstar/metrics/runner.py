"""Compute every metric for a range of stat dates in one pass per rule-set.

The dates are cut into spans of consecutive days under the same rule-set (the one in force
on each date's view date). Per span: tracking-visibility segments are computed once, every
family emits counter deltas, and one grouped running sum over merchants × days gives the
counters of every date at once. A single stat date is the range of length one.

>>> from sellerstar import engines
>>> from sellerstar.metrics.tables import empty_arrow_tables, from_arrow
>>> from sellerstar.rules import load_rulebook
>>> backend = engines.connect("duckdb")
>>> result = compute(backend, from_arrow(backend, empty_arrow_tables()), load_rulebook(),
...                  dt.date(2022, 11, 9), dt.date(2022, 11, 9))
>>> result.merchant_metrics.num_rows, result.order_tracking.num_rows
(0, 0)
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import ibis
import ibis.expr.types as ir
import pyarrow as pa
from ibis.backends import BaseBackend

from sellerstar import engines
from sellerstar.errors import InputError
from sellerstar.metrics import tracking_visibility
from sellerstar.metrics.dates import DayClock, date_range, day_number
from sellerstar.metrics.output import (
    MERCHANT_METRICS_ORDER,
    MERCHANT_METRICS_SCHEMA,
    ORDER_TRACKING_ORDER,
    ORDER_TRACKING_SCHEMA,
    conform,
)
from sellerstar.metrics.registry import COUNTERS, FAMILIES, SpanInputs
from sellerstar.metrics.span import Span, one
from sellerstar.metrics.tables import Tables
from sellerstar.rules import RuleSet

# Days a clock reaches beyond the oldest window day, so a date it gets wrong by the
# nearest-offset rule (see dates.py) can never fall inside a window.
_CLOCK_MARGIN_DAYS = 3


class RuleSource(Protocol):
    """Anything that names the rule-set governing a stat date (a RuleBook)."""

    def for_stat_date(self, stat_date: dt.date) -> RuleSet: ...


@dataclass(frozen=True)
class Result:
    """The two outputs, typed and sorted (see :mod:`sellerstar.metrics.output`)."""

    merchant_metrics: pa.Table
    order_tracking: pa.Table


def lookback_days(rule_set: RuleSet) -> int:
    """How many days before a stat date its figures can look."""
    days = [rule_set.on_time_shipment.window_days]
    if rule_set.tracking_visibility is not None:
        days.append(rule_set.tracking_visibility.window_start_days)
    if rule_set.guaranteed_delivery is not None:
        days.append(rule_set.guaranteed_delivery.lookback_days)
    return max(days)


def plan(book: RuleSource, first: dt.date, last: dt.date) -> list[tuple[RuleSet, dt.date, dt.date]]:
    """The spans of ``first`` … ``last``: (rule-set, first date, last date), in order.

    >>> from sellerstar.rules import load_rulebook
    >>> [(r.id, a.isoformat(), b.isoformat()) for r, a, b in
    ...  plan(load_rulebook(), dt.date(2022, 11, 8), dt.date(2022, 11, 10))]
    [('2022-11-04', '2022-11-08', '2022-11-08'), ('2022-11', '2022-11-09', '2022-11-10')]
    """
    if last < first:
        raise InputError(f"the range {first} … {last} is empty: the end is before the start")
    dated = [(day, book.for_stat_date(day)) for day in date_range(first, last)]
    spans = []
    for _, group in itertools.groupby(dated, key=lambda pair: pair[1].id):
        members = list(group)
        spans.append((members[0][1], members[0][0], members[-1][0]))
    return spans


def load_clock(book: RuleSource, first: dt.date, last: dt.date) -> DayClock:
    """The clock for reading input: the zone of the last date's rule-set, every day of
    the range and its look-back covered."""
    spans = plan(book, first, last)
    reach = max(lookback_days(rule_set) for rule_set, _, _ in spans) + _CLOCK_MARGIN_DAYS
    zone = spans[-1][0].calendar.timezone
    return DayClock(zone, first - dt.timedelta(days=reach), last + dt.timedelta(days=1))


def span_of(rule_set: RuleSet, first: dt.date, last: dt.date) -> Span:
    """The span of ``first`` … ``last`` under ``rule_set``, its clock covering the
    look-back."""
    reach = lookback_days(rule_set) + _CLOCK_MARGIN_DAYS
    clock = DayClock(
        rule_set.calendar.timezone,
        first - dt.timedelta(days=reach),
        last + dt.timedelta(days=1),
    )
    return Span(rule_set, day_number(first), day_number(last), clock)


def compute(
    backend: BaseBackend,
    tables: Tables,
    book: RuleSource,
    first: dt.date,
    last: dt.date,
    orders_all_dates: bool = False,
) -> Result:
    """Merchant metrics for every stat date of ``first`` … ``last``; order tracking for
    ``last`` (or every date with ``orders_all_dates``)."""
    merchants, orders = [], []
    for index, (rule_set, span_first, span_last) in enumerate(plan(book, first, last)):
        span = span_of(rule_set, span_first, span_last)
        output_days = (
            range(span.first, span.last + 1)
            if orders_all_dates
            else ([day_number(last)] if span_last == last else [])
        )
        m, o = _compute_span(backend, tables, span, list(output_days), f"sellerstar_s{index}")
        merchants.append(conform(m, MERCHANT_METRICS_SCHEMA))
        orders.append(conform(o, ORDER_TRACKING_SCHEMA))
    return Result(
        merchant_metrics=pa.concat_tables(merchants).sort_by(MERCHANT_METRICS_ORDER),
        order_tracking=pa.concat_tables(orders).sort_by(ORDER_TRACKING_ORDER),
    )


def _compute_span(
    backend: BaseBackend, tables: Tables, span: Span, output_days: Sequence[int], prefix: str
) -> tuple[pa.Table, pa.Table]:
    days = engines.register_arrow(
        backend,
        f"{prefix}_days",
        pa.table({"day": pa.array(range(span.first, span.last + 1), pa.int64())}),
    )
    created = [f"{prefix}_days"]

    def keep(label: str, expr: ir.Table) -> ir.Table:
        created.append(f"{prefix}_{label}")
        return engines.materialize(backend, created[-1], expr)

    try:
        segments = tracking_visibility.order_segments(tables, span, keep)
        if segments is not None:
            segments = engines.materialize(backend, f"{prefix}_segments", segments)
            created.append(f"{prefix}_segments")
        totals = _running_totals(tables, span, segments, days)
        merchant_expr = totals.select(
            merchant_id=totals.merchant_id,
            stat_date=totals.day,
            **{k: v for family in FAMILIES for k, v in family.finish(totals, span).items()},
            rule_set_id=ibis.literal(span.rule_set.id),
        )
        merchant_rows = engines.to_arrow(backend, merchant_expr)
        order_rows = _order_rows(backend, segments, span, output_days, days)
    finally:
        for name in reversed(created):
            engines.drop(backend, name)
    return merchant_rows, order_rows


def _running_totals(
    tables: Tables, span: Span, segments: ir.Table | None, days: ir.Table
) -> ir.Table:
    """Every merchant × day of the span with the running total of each counter."""
    inputs = SpanInputs(tables, span, segments)
    parts = []
    for family in FAMILIES:
        part = family.deltas(inputs)
        if part is None:
            continue
        # Summed per family first: each order gives two delta rows, and a narrow sum
        # over those is cheaper than one wide sum over all families' rows together.
        summed = part.group_by("merchant_id", "day").agg(
            **{c: part[c].sum() for c in family.counters}
        )
        parts.append(
            summed.select(
                "merchant_id",
                "day",
                **{c: summed[c] if c in family.counters else one(0) for c in COUNTERS},
            )
        )
    merchant_ids = tables.merchants.select(m_id=tables.merchants.merchant_id).distinct()
    grid = merchant_ids.cross_join(days)
    if parts:
        deltas = ibis.union(*parts, distinct=False)
        sums = deltas.group_by(d_merchant=deltas.merchant_id, d_day=deltas.day).agg(
            **{c: deltas[c].sum() for c in COUNTERS}
        )
        joined = grid.left_join(sums, [grid.m_id == sums.d_merchant, grid.day == sums.d_day])
        counts = {c: joined[c].fill_null(0) for c in COUNTERS}
    else:
        joined = grid
        counts = {c: one(0) for c in COUNTERS}
    daily = joined.select(merchant_id=joined.m_id, day=joined.day, **counts)
    running = ibis.window(group_by="merchant_id", order_by="day", rows=(None, 0))
    return daily.select("merchant_id", "day", **{c: daily[c].sum().over(running) for c in COUNTERS})


def _order_rows(
    backend: BaseBackend,
    segments: ir.Table | None,
    span: Span,
    output_days: Sequence[int],
    days: ir.Table,
) -> pa.Table:
    if segments is None or not output_days:
        return ORDER_TRACKING_SCHEMA.empty_table()
    if len(output_days) == 1:
        (day,) = output_days
        chosen = segments.filter((segments.seg_from <= day) & (segments.seg_to >= day))
        chosen = chosen.mutate(stat_date=ibis.literal(day, type="int64"))
    else:
        chosen = segments.join(
            days, (segments.seg_from <= days.day) & (segments.seg_to >= days.day)
        ).mutate(stat_date=days.day)
    expr = chosen.select(
        stat_date=chosen.stat_date,
        order_id=chosen.order_id,
        merchant_id=chosen.merchant_id,
        owner_account_id=chosen.owner_account_id,
        ship_date=chosen.ship_day,
        counted_pass=chosen.counted_pass,
        shown_pass=chosen.shown_pass,
        reason=chosen.reason,
        appeal_window_open=chosen.appeal_window_open,
        rule_set_id=ibis.literal(span.rule_set.id),
        shipments=chosen.shipments,
        failing_shipments=chosen.failing_shipments,
    )
    return engines.to_arrow(backend, expr)
