"""On-time shipment rate (rulebook §2A decision), as of each stat date.

Due on stat date S: trade-assurance orders paid by the end of S, whose status is not
excluded (cancelled), and whose promised ship time ``ship_by`` has its platform date in
S − (window − 1) … S. On time: shipped at or before ``ship_by`` (then necessarily by the
end of S). ``ots_rate`` = on time ÷ due, empty when nothing is due.

Example: ship_by 2022-11-01 18:00, paid 2022-10-28: due on stat dates 2022-11-01 …
2022-11-30 (window 30); shipped 2022-11-01 17:59 → on time on each of those days;
shipped 2022-11-01 18:01 → due but late.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from sellerstar.metrics.span import Span, flag, in_list, interval_deltas, one
from sellerstar.metrics.tables import Tables

COUNTERS: tuple[str, ...] = ("ots_due", "ots_on_time")


def due_orders(tables: Tables, span: Span) -> ir.Table:
    """Each order due on a stat date of the span: ``order_id``, ``merchant_id``,
    ``on_time`` and its days ``start`` … ``stop`` − 1 (day numbers; ``stop`` is the first
    stat date it no longer counts)."""
    ots = span.rule_set.on_time_shipment
    o = tables.orders
    due = o.filter(
        o.trade_assurance
        & (o.paid_at < ibis.literal(span.clock.start_utc(span.last + 1), type="timestamp"))
        & span.clock.on_days(o.ship_by, span.first - (ots.window_days - 1), span.last)
        & ~in_list(o.status, ots.excluded_statuses)
    )
    due = due.mutate(
        by_day=span.clock.day(due.ship_by),
        paid_day=span.clock.day(due.paid_at),
        on_time=due.shipped_at.notnull() & (due.shipped_at <= due.ship_by),
    )
    due = due.mutate(start=ibis.greatest(due.by_day, due.paid_day, span.first))
    due = due.mutate(stop=due.by_day + ots.window_days)
    return due.filter((due.start <= span.last) & (due.start < due.stop))


def deltas(tables: Tables, span: Span) -> ir.Table:
    """Counter deltas per merchant and day: orders due, orders shipped on time."""
    due = due_orders(tables, span)
    return interval_deltas(
        due, due.start, due.stop, {"ots_due": one(1), "ots_on_time": flag(due.on_time)}, span
    )


def finish(totals: ir.Table, span: Span) -> dict[str, ir.Value]:
    """Merchant columns from the running totals of one stat date."""
    due, on_time = totals.ots_due, totals.ots_on_time
    return {
        "ots_due": due,
        "ots_on_time": on_time,
        "ots_rate": ibis.ifelse(
            due == 0, ibis.null("float64"), on_time.cast("float64") / due.cast("float64")
        ),
    }
