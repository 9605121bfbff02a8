"""A span: consecutive stat dates computed under one rule-set, and the timeline algebra.

A metric never loops over stat dates. Each order's state is constant between a few
*change days* (it enters the window, its exemption ends, a second event arrives, a
replacement is uploaded, an appeal is filed or decided, …). A metric describes each order
by intervals of days and emits ``+1`` on the first day and ``-1`` on the day after the
last; the runner sums those per merchant and day and takes running totals over the
span's days. One stat date is a span of length one: the same code path.

>>> import datetime as dt
>>> from sellerstar.rules import load_rulebook
>>> rule_set = load_rulebook().get("2022-11")
>>> clock = DayClock("Asia/Shanghai", dt.date(2022, 8, 1), dt.date(2022, 12, 1))
>>> Span(rule_set, 19300, 19329, clock).days
30
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import ibis
import ibis.expr.types as ir

from sellerstar.metrics.dates import DayClock
from sellerstar.rules import RuleSet


@dataclass(frozen=True)
class Span:
    """Stat dates ``first`` … ``last`` (day numbers) governed by ``rule_set``."""

    rule_set: RuleSet
    first: int
    last: int
    clock: DayClock

    @property
    def days(self) -> int:
        return self.last - self.first + 1


Keep = Callable[[str, ir.Table], ir.Table]
"""Computes an intermediate table once and returns it for several later reads (the
runner materialises it in the engine; ``name`` is a short label)."""


def recompute(name: str, table: ir.Table) -> ir.Table:
    """The trivial :data:`Keep`: nothing is kept, every read recomputes."""
    return table


def one(value: int = 1) -> ir.IntegerValue:
    """An int64 literal (every counter is int64 on every engine)."""
    return ibis.literal(value, type="int64")


def flag(condition: ir.BooleanValue) -> ir.IntegerValue:
    """1 where ``condition`` holds, 0 where it fails or is null."""
    return ibis.ifelse(condition, one(1), one(0))


def interval_deltas(
    rows: ir.Table,
    start: ir.IntegerValue,
    stop: ir.IntegerValue,
    counters: Mapping[str, ir.IntegerValue],
    span: Span,
) -> ir.Table:
    """``+counters`` on day ``start`` and ``-counters`` on day ``stop`` (exclusive end).

    Rows must satisfy ``span.first <= start < stop``; a ``stop`` after the span (or
    null, an open end) emits nothing.
    """
    opened = rows.select(
        merchant_id=rows.merchant_id,
        day=start.cast("int64"),
        **counters,
    )
    closing = rows.filter(stop.notnull() & (stop <= span.last))
    closed = closing.select(
        merchant_id=closing.merchant_id,
        day=stop.cast("int64"),
        **{name: -value for name, value in counters.items()},
    )
    return opened.union(closed, distinct=False)


def in_list(column: ir.StringValue, values: tuple[str, ...]) -> ir.BooleanValue:
    """``column IN values``; an empty list matches nothing (portable)."""
    if not values:
        return ibis.literal(False)
    return column.isin(list(values))
