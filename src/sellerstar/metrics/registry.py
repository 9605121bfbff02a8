"""The metric families, in output order, and the merchant columns each one fills.

A family turns the contract tables of one span into counter deltas per merchant and day
(:mod:`sellerstar.metrics.span`) and the running totals of a stat date into merchant
columns. Tracking visibility also yields per-order segments, computed once per span and
shared with the ``order_tracking`` output.

>>> [family.name for family in FAMILIES]
['tracking_visibility', 'guaranteed_delivery', 'on_time_shipment']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import ibis.expr.types as ir

from sellerstar.contract import MERCHANT_METRICS_COLUMNS
from sellerstar.metrics import guaranteed_delivery, on_time_shipment, tracking_visibility
from sellerstar.metrics.span import Span
from sellerstar.metrics.tables import Tables


@dataclass(frozen=True)
class SpanInputs:
    """What a family's deltas may read: the tables, the span, the order segments."""

    tables: Tables
    span: Span
    segments: ir.Table | None


@dataclass(frozen=True)
class Family:
    """One metric family: its counters, its merchant columns, how to compute both."""

    name: str
    counters: tuple[str, ...]
    columns: tuple[str, ...]
    deltas: Callable[[SpanInputs], ir.Table | None]
    finish: Callable[[ir.Table, Span], dict[str, ir.Value]]


def _tv_deltas(inputs: SpanInputs) -> ir.Table | None:
    if inputs.segments is None:
        return None
    return tracking_visibility.deltas(inputs.segments, inputs.span)


FAMILIES: tuple[Family, ...] = (
    Family(
        "tracking_visibility",
        tracking_visibility.COUNTERS,
        ("tv_orders", "tv_passing", "tv_rate"),
        _tv_deltas,
        tracking_visibility.finish,
    ),
    Family(
        "guaranteed_delivery",
        guaranteed_delivery.COUNTERS,
        ("gd_enrolled", "gd_orders", "gd_guaranteed", "gd_rate", "gd_default_pass"),
        lambda inputs: guaranteed_delivery.deltas(inputs.tables, inputs.span),
        guaranteed_delivery.finish,
    ),
    Family(
        "on_time_shipment",
        on_time_shipment.COUNTERS,
        ("ots_due", "ots_on_time", "ots_rate"),
        lambda inputs: on_time_shipment.deltas(inputs.tables, inputs.span),
        on_time_shipment.finish,
    ),
)

COUNTERS: tuple[str, ...] = tuple(c for family in FAMILIES for c in family.counters)

_FILLED = {column for family in FAMILIES for column in family.columns}
if set(MERCHANT_METRICS_COLUMNS) - {"merchant_id", "stat_date"} != _FILLED:
    raise RuntimeError("metrics/registry.py: families do not fill the contract's columns")
