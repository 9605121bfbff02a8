"""Guaranteed-delivery coverage (rulebook §2, §2.2), as of each stat date.

Scope on stat date S: trade-assurance orders with a payment time whose platform date is in
S − (lookback − 1) … S, destination in the core countries (or all, per rule-set), every
item RTS. An order is a guaranteed-delivery order when, at its payment time, the merchant
was enrolled (an enrolment with joined_at ≤ paid_at < left_at, or not left) and its
payment method, transport and export mode are in the rule-set's lists and the chosen
logistics service showed a promised delivery date. Each order's in-scope days are one
interval, so the metric is pure interval arithmetic.

Merchant columns: ``gd_enrolled`` (enrolled at the end of S), ``gd_orders``,
``gd_guaranteed``, ``gd_rate`` (0.0 when not enrolled, else empty with no orders, else
guaranteed ÷ orders) and ``gd_default_pass`` (orders ≤ default_pass_max_orders, and
enrolled when the rule-set requires it).

Example: a merchant enrolled since 2022-09-01 with 4 core pure-RTS orders paid in the
last 90 days, 3 of them by credit card over express with a promised date and one by L/C,
has gd_rate 0.75 and passes by default (4 ≤ 10).
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from sellerstar.metrics.span import Span, in_list, interval_deltas, one
from sellerstar.metrics.tables import Tables
from sellerstar.rules.guarantee import GuaranteedDelivery

COUNTERS: tuple[str, ...] = ("gd_orders", "gd_guaranteed", "gd_enrolled")


def rules(span: Span) -> GuaranteedDelivery | None:
    """The section in force for the span, or None (metric not in force)."""
    return span.rule_set.guaranteed_delivery


def scoped_orders(tables: Tables, span: Span) -> tuple[ir.Table, ir.Table] | None:
    """The orders in scope on a stat date of the span and, of them, the guaranteed ones
    (each with ``pay_day``: it counts on stat dates ``pay_day`` … ``pay_day`` + lookback
    − 1); None when the metric is not in force."""
    gd = rules(span)
    if gd is None:
        return None
    o = tables.orders
    scope = (
        o.trade_assurance
        & o.all_items_rts
        & span.clock.on_days(o.paid_at, span.first - (gd.lookback_days - 1), span.last)
    )
    if gd.destinations == "core":
        scope &= in_list(o.destination_country, span.rule_set.calendar.core_countries)
    paid = o.filter(scope).mutate(pay_day=span.clock.day(o.paid_at))

    e = tables.guarantee_enrolments
    enrolled_then = paid.semi_join(
        e,
        [
            paid.merchant_id == e.merchant_id,
            e.joined_at <= paid.paid_at,
            e.left_at.isnull() | (paid.paid_at < e.left_at),
        ],
    )
    guaranteed = enrolled_then.filter(
        in_list(enrolled_then.payment_method, gd.payment_methods)
        & in_list(enrolled_then.transport, gd.transports)
        & in_list(enrolled_then.export_mode, gd.export_modes)
        & enrolled_then.delivery_promise.fill_null(False)
    )
    return paid, guaranteed


def deltas(tables: Tables, span: Span) -> ir.Table | None:
    """Counter deltas per merchant and day: orders, guaranteed orders, enrolment."""
    gd = rules(span)
    scoped = scoped_orders(tables, span)
    if gd is None or scoped is None:
        return None
    paid, guaranteed = scoped
    parts = []
    for rows, counter in ((paid, "gd_orders"), (guaranteed, "gd_guaranteed")):
        parts.append(
            interval_deltas(
                rows,
                ibis.greatest(rows.pay_day, span.first),
                rows.pay_day + gd.lookback_days,
                {c: one(1) if c == counter else one(0) for c in COUNTERS},
                span,
            )
        )
    parts.append(_enrolment_deltas(tables, span))
    return ibis.union(*parts, distinct=False)


def _enrolment_deltas(tables: Tables, span: Span) -> ir.Table:
    """Enrolled at the end of day S: joined on or before S, not left on or before S."""
    e = tables.guarantee_enrolments
    periods = e.select(
        merchant_id=e.merchant_id,
        joined=span.clock.day(e.joined_at),
        left=span.clock.day(e.left_at),
    )
    periods = periods.mutate(start=ibis.greatest(periods.joined, span.first))
    periods = periods.filter(
        (periods.joined <= span.last) & (periods.left.isnull() | (periods.left > periods.start))
    )
    return interval_deltas(
        periods,
        periods.start,
        periods.left,
        {c: one(1) if c == "gd_enrolled" else one(0) for c in COUNTERS},
        span,
    )


def finish(totals: ir.Table, span: Span) -> dict[str, ir.Value]:
    """Merchant columns from the running totals of one stat date."""
    gd = rules(span)
    if gd is None:
        return {
            "gd_enrolled": ibis.null("boolean"),
            "gd_orders": ibis.null("int64"),
            "gd_guaranteed": ibis.null("int64"),
            "gd_rate": ibis.null("float64"),
            "gd_default_pass": ibis.null("boolean"),
        }
    enrolled = totals.gd_enrolled > 0
    orders, guaranteed = totals.gd_orders, totals.gd_guaranteed
    rate = ibis.cases(
        (~enrolled, ibis.literal(0.0, type="float64")),
        (orders == 0, ibis.null("float64")),
        else_=guaranteed.cast("float64") / orders.cast("float64"),
    )
    default_pass = orders <= gd.default_pass_max_orders
    if gd.default_pass_requires_enrolment:
        default_pass &= enrolled
    return {
        "gd_enrolled": enrolled,
        "gd_orders": orders,
        "gd_guaranteed": guaranteed,
        "gd_rate": rate,
        "gd_default_pass": default_pass,
    }
