"""A short text summary of a metric run: the last stat date, across all merchants.

>>> from sellerstar.metrics.output import MERCHANT_METRICS_SCHEMA, ORDER_TRACKING_SCHEMA
>>> from sellerstar.metrics.runner import Result
>>> print(render(Result(MERCHANT_METRICS_SCHEMA.empty_table(),
...                     ORDER_TRACKING_SCHEMA.empty_table())))
no merchants: nothing computed
"""

from __future__ import annotations

from collections import Counter

import pyarrow as pa
import pyarrow.compute as pc

from sellerstar.metrics.runner import Result


def _total(table: pa.Table, column: str) -> int | None:
    value = pc.sum(table[column]).as_py()
    return None if value is None else int(value)


def _share(part: int | None, whole: int | None) -> str:
    if part is None or whole is None:
        return "not in force"
    if whole == 0:
        return "no orders"
    return f"{part / whole:.2%} ({part}/{whole})"


def render(result: Result) -> str:
    """Figures of the last stat date summed over merchants, then the reasons of orders."""
    metrics = result.merchant_metrics
    if metrics.num_rows == 0:
        return "no merchants: nothing computed"
    dates = pc.unique(metrics["stat_date"]).to_pylist()
    last = max(dates)
    day = metrics.filter(pc.equal(metrics["stat_date"], pa.scalar(last, pa.date32())))
    enrolled = pc.sum(pc.cast(day["gd_enrolled"], pa.int64())).as_py()
    lines = [
        f"stat dates: {min(dates)} … {last} ({len(dates)}); merchants: {day.num_rows}",
        f"on {last}:",
        "  tracking visibility    " + _share(_total(day, "tv_passing"), _total(day, "tv_orders")),
        "  guaranteed delivery    "
        + _share(_total(day, "gd_guaranteed"), _total(day, "gd_orders"))
        + ("" if enrolled is None else f", {enrolled} merchants enrolled"),
        "  on-time shipment       " + _share(_total(day, "ots_on_time"), _total(day, "ots_due")),
    ]
    orders = result.order_tracking
    if orders.num_rows:
        reasons = Counter(
            orders.filter(pc.equal(orders["stat_date"], pa.scalar(last, pa.date32())))[
                "reason"
            ].to_pylist()
        )
        lines.append(
            "  orders by reason       "
            + ", ".join(f"{reason} {count}" for reason, count in sorted(reasons.items()))
        )
    return "\n".join(lines)
