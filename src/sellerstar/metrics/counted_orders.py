"""The orders behind the on-time-shipment and coverage counts of one stat date.

The star planner (docs/planner.md) projects a merchant's counts to a later stat date E:
an order counted on S whose interval has ended by E no longer counts. The intervals are
the metrics' own (:func:`on_time_shipment.due_orders`,
:func:`guaranteed_delivery.scoped_orders`), so these orders add up to the counts of
``merchant_metrics`` on S (``ots_due`` / ``ots_on_time``, ``gd_orders`` /
``gd_guaranteed``). Tracking visibility has its own per-order output
(``order_tracking``).
"""

from __future__ import annotations

import datetime as dt

import ibis
import ibis.expr.types as ir
import pyarrow as pa
from ibis.backends import BaseBackend

from sellerstar import engines
from sellerstar.metrics import guaranteed_delivery, on_time_shipment
from sellerstar.metrics.dates import from_day_number
from sellerstar.metrics.runner import span_of
from sellerstar.metrics.tables import Tables
from sellerstar.rules import RuleSet

SCHEMA = pa.schema(
    [
        ("metric", pa.string()),  # on_time_shipment | guaranteed_delivery
        ("merchant_id", pa.string()),
        ("order_id", pa.string()),
        ("owner_account_id", pa.string()),
        ("passing", pa.bool_()),  # shipped on time | a guaranteed-delivery order
        ("leaves_on", pa.date32()),  # the first stat date the order no longer counts
    ]
)


def counted_orders(
    backend: BaseBackend, tables: Tables, rule_set: RuleSet, stat_date: dt.date
) -> pa.Table:
    """Every order counted on ``stat_date`` by the two interval metrics (see SCHEMA)."""
    span = span_of(rule_set, stat_date, stat_date)
    due = on_time_shipment.due_orders(tables, span)
    parts: list[ir.Table] = [
        due.select(
            metric=ibis.literal("on_time_shipment"),
            merchant_id=due.merchant_id,
            order_id=due.order_id,
            owner_account_id=due.owner_account_id,
            passing=due.on_time.fill_null(False),
            stop=due.stop.cast("int64"),
        )
    ]
    scoped = guaranteed_delivery.scoped_orders(tables, span)
    gd = rule_set.guaranteed_delivery
    if scoped is not None and gd is not None:
        paid, guaranteed = scoped
        parts.append(
            paid.select(
                metric=ibis.literal("guaranteed_delivery"),
                merchant_id=paid.merchant_id,
                order_id=paid.order_id,
                owner_account_id=paid.owner_account_id,
                passing=paid.order_id.isin(guaranteed.order_id),
                stop=(paid.pay_day + gd.lookback_days).cast("int64"),
            )
        )
    rows = engines.to_arrow(backend, ibis.union(*parts, distinct=False))
    leaves_on = pa.array(
        [from_day_number(day) for day in rows.column("stop").to_pylist()], pa.date32()
    )
    table = rows.drop(["stop"]).append_column("leaves_on", leaves_on)
    return (
        table.select(SCHEMA.names)
        .cast(SCHEMA)
        .sort_by([("metric", "ascending"), ("leaves_on", "ascending"), ("order_id", "ascending")])
    )
