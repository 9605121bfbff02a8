"""Tracking visibility rate (rulebook §1.1–§1.4), as of each stat date.

For stat date S an order counts when it is a trade-assurance order in scope (status,
export mode, transport, destination, trade term) shipped on day d with
S − window_start ≤ d ≤ S − window_end. Its reason, first match wins:

``launch_exempt`` (d ≤ launch date) · ``newest_7_days_exempt`` (S ≤ d + window_end +
newest_exempt − 1) · ``tracked`` (every current shipment has ≥ min_events distinct
platform events received by the end of S) · otherwise each failing current shipment
takes the state of its latest appeal submitted by S (pending until decided by S):
any without an approved or pending appeal → ``appeal_rejected`` if one of those was
rejected, else ``untracked``; else any pending → ``appeal_pending``; else
``appeal_approved``. An order with no current shipment is ``untracked``.

A shipment is current on S when uploaded by S and its replacement (``replaced_by``, a
re-uploaded proof of the same order) was not uploaded by S. Counted as passing: both
exemptions, ``tracked``, ``appeal_approved``, ``appeal_pending``; shown as passing: the
same without ``appeal_pending``. The appeal window is open on S when S lies in
d + first_disclosure … + window_days − 1, the order is not exempt, and a current failing
shipment has no appeal yet.

The order's state only changes on a few days; :func:`order_segments` finds them and
returns one row per order and constant stretch of days.

Example: shipped 2022-10-20, one shipment with its second event received 2022-11-20; for
stat dates 2022-11-04 … 2022-11-10 the order is ``newest_7_days_exempt``, from
2022-11-11 ``untracked`` (appeal window open to 2022-11-17), from 2022-11-20 ``tracked``.
"""

from __future__ import annotations

import functools
import operator

import ibis
import ibis.expr.types as ir

from sellerstar.domain import tracking_visibility as predicates
from sellerstar.domain.appeals import AppealState
from sellerstar.metrics.appeal_states import appeal_states
from sellerstar.metrics.dates import day_number
from sellerstar.metrics.span import Keep, Span, flag, in_list, interval_deltas, one, recompute
from sellerstar.metrics.tables import Tables
from sellerstar.rules.model import TrackingVisibility

COUNTERS: tuple[str, ...] = ("tv_orders", "tv_passing")
COUNTED_REASONS: tuple[str, ...] = (
    "launch_exempt",
    "newest_7_days_exempt",
    "tracked",
    "appeal_approved",
    "appeal_pending",
)
SHOWN_REASONS: tuple[str, ...] = tuple(r for r in COUNTED_REASONS if r != "appeal_pending")


def rules(span: Span) -> TrackingVisibility | None:
    """The section in force for the span, or None (metric not in force)."""
    return span.rule_set.tracking_visibility


def in_scope(orders: ir.Table, span: Span, tv: TrackingVisibility) -> ir.BooleanValue:
    """The scope tests of :func:`sellerstar.domain.tracking_visibility.scope` (trade
    assurance and the ship window apart), as one Ibis condition on ``orders``."""
    conditions = []
    for test in predicates.scope(tv, span.rule_set.calendar.core_countries):
        member = in_list(orders[test.column], test.values)
        conditions.append(~member if test.excluded else member)
    return functools.reduce(operator.and_, conditions)


def is_current(
    up_day: ir.IntegerValue, hide_day: ir.IntegerValue, x: ir.IntegerValue
) -> ir.BooleanValue:
    """:func:`sellerstar.domain.tracking_visibility.is_current` on day numbers (a null
    ``hide_day``: no replacement)."""
    return (up_day <= x) & (hide_day.isnull() | (x < hide_day))


def passes(pass_day: ir.IntegerValue, x: ir.IntegerValue) -> ir.BooleanValue:
    """:func:`sellerstar.domain.tracking_visibility.passes` on day ``x``: ``pass_day`` is
    the day the min_events-th distinct counted event was first received (null: never)."""
    return pass_day.notnull() & (pass_day <= x)


def _orders(tables: Tables, span: Span, tv: TrackingVisibility) -> ir.Table:
    o = tables.orders
    scope = (
        o.trade_assurance
        & span.clock.on_days(
            o.shipped_at, span.first - tv.window_start_days, span.last - tv.window_end_days
        )
        & in_scope(o, span, tv)
    )
    shipped = o.filter(scope).select(
        "order_id", "merchant_id", "owner_account_id", ship_day=span.clock.day(o.shipped_at)
    )
    d = shipped.ship_day
    # Never disclosed before the metric is first shown (§1.4, launch-period decision).
    disclosed = ibis.greatest(
        d + tv.appeals.first_disclosure_after_ship_days,
        day_number(tv.appeals.first_disclosure_from),
    )
    return shipped.mutate(
        start=ibis.greatest(d + tv.window_end_days, span.first),
        end=ibis.least(d + tv.window_start_days, span.last),
        exempt_to=d + (tv.window_end_days + tv.newest_exempt_days - 1),
        window_from=disclosed,
        window_to=disclosed + (tv.appeals.window_days - 1),
        launch=d <= day_number(tv.launch_exempt_through),
    )


def shipment_days(tables: Tables, span: Span, orders: ir.Table, keep: Keep = recompute) -> ir.Table:
    """Per shipment of ``orders`` (an ``order_id`` column): s_order, shipment_id, and the
    days it was uploaded (up_day), replaced (hide_day) and began to pass (pass_day)."""
    tv = rules(span)
    assert tv is not None
    ships = keep("tv_current", _shipments(tables, span, orders, keep))
    return keep("tv_passes", _pass_days(tables, span, tv, ships))


def _shipments(tables: Tables, span: Span, orders: ir.Table, keep: Keep) -> ir.Table:
    """The shipments of the orders, with the day each was uploaded and the day its
    replacement (``replaced_by``, a re-uploaded proof of the same order) was uploaded."""
    s = tables.shipments
    ids = orders.select(o_id=orders.order_id)
    ours = keep("tv_shipments", s.semi_join(ids, s.order_id == ids.o_id))
    replacement = ours.select(r_id=ours.shipment_id, r_order=ours.order_id, r_up=ours.uploaded_at)
    joined = ours.left_join(
        replacement,
        (ours.replaced_by == replacement.r_id) & (ours.order_id == replacement.r_order),
    )
    return joined.select(
        s_order=joined.order_id,
        shipment_id=joined.shipment_id,
        carrier=joined.carrier,
        tracking_number=joined.tracking_number,
        up_day=span.clock.day(joined.uploaded_at),
        hide_day=span.clock.day(joined.r_up),
    )


def _pass_days(tables: Tables, span: Span, tv: TrackingVisibility, shipments: ir.Table) -> ir.Table:
    """Per shipment, the day its min_events-th distinct counted event was received."""
    e = tables.tracking_events
    # A parcel is carrier + tracking number; a small integer stands for it below so the
    # heavy grouping and ranking over events key on one integer instead of two strings.
    parcels = shipments.select(p_carrier=shipments.carrier, p_number=shipments.tracking_number)
    parcels = parcels.distinct()
    parcels = parcels.mutate(pid=ibis.row_number().over(order_by=["p_carrier", "p_number"]))
    events = e.filter(
        in_list(e.source, tv.counted_event_sources)
        & (e.received_at < ibis.literal(span.clock.start_utc(span.last + 1), type="timestamp"))
    )
    events = events.join(
        parcels, [events.carrier == parcels.p_carrier, events.tracking_number == parcels.p_number]
    ).select("pid", "event_time", "description", "received_at")
    # Identical events (same time and text) count once, known from their first receipt.
    distinct = events.group_by("pid", "event_time", "description").agg(
        received=events.received_at.min()
    )
    ranked = distinct.mutate(rank=ibis.row_number().over(group_by="pid", order_by="received"))
    nth = ranked.filter(ranked.rank == tv.min_events_to_pass - 1)
    passed = nth.select(n_pid=nth.pid, pass_day=span.clock.day(nth.received))
    keyed = shipments.join(
        parcels,
        [shipments.carrier == parcels.p_carrier, shipments.tracking_number == parcels.p_number],
    )
    keyed = keyed.left_join(passed, keyed.pid == passed.n_pid)
    return keyed.select("s_order", "shipment_id", "up_day", "hide_day", "pass_day")


def order_segments(tables: Tables, span: Span, keep: Keep = recompute) -> ir.Table | None:
    """One row per order in scope and stretch of stat days with a constant state.

    Columns: order_id, merchant_id, owner_account_id, ship_day, seg_from, seg_to,
    reason, counted_pass, shown_pass, appeal_window_open, shipments, failing_shipments.
    None when the metric is not in force for the span.
    """
    tv = rules(span)
    if tv is None:
        return None
    # The few orders and shipments in scope are read many times below: keep them.
    orders = keep("tv_orders", _orders(tables, span, tv))
    ships = shipment_days(tables, span, orders, keep)
    appeals = appeal_states(tables, span, ships)

    change_days = [
        orders.select(b_order=orders.order_id, x=column)
        for column in (orders.start, orders.exempt_to + 1, orders.window_from, orders.window_to + 1)
    ]
    change_days += [
        ships.select(b_order=ships.s_order, x=column)
        for column in (ships.up_day, ships.hide_day, ships.pass_day)
    ]
    appeal_orders = appeals.join(ships, appeals.a_shipment == ships.shipment_id)
    change_days.append(appeal_orders.select(b_order=appeal_orders.s_order, x=appeal_orders.a_from))
    changes = ibis.union(*change_days, distinct=False)
    bounds = orders.select(k_order=orders.order_id, k_start=orders.start, k_end=orders.end)
    changes = changes.join(bounds, changes.b_order == bounds.k_order)
    changes = (
        changes.filter(
            changes.x.notnull() & (changes.x >= changes.k_start) & (changes.x <= changes.k_end)
        )
        .select("b_order", "x", "k_end")
        .distinct()
    )
    following = changes.x.lead().over(group_by="b_order", order_by="x")
    stretches = changes.mutate(seg_to=(following - 1).fill_null(changes.k_end))

    # The state of every shipment on the first day of each stretch.
    per_ship = stretches.left_join(ships, stretches.b_order == ships.s_order)
    per_ship = per_ship.left_join(
        appeals,
        (per_ship.shipment_id == appeals.a_shipment)
        & (appeals.a_from <= per_ship.x)
        & (per_ship.x <= appeals.a_to),
    )
    x = per_ship.x
    current = per_ship.shipment_id.notnull() & is_current(per_ship.up_day, per_ship.hide_day, x)
    failing = current & ~passes(per_ship.pass_day, x)
    state = per_ship.a_state
    counts = per_ship.group_by("b_order", "x", "seg_to").agg(
        n_current=flag(current).sum(),
        n_failing=flag(failing).sum(),
        n_unappealed=flag(failing & state.isnull()).sum(),
        n_rejected=flag(failing & (state == AppealState.REJECTED.value)).sum(),
        n_pending=flag(failing & (state == AppealState.PENDING.value)).sum(),
    )
    seg = counts.join(orders, counts.b_order == orders.order_id)
    real = ibis.cases(
        (seg.n_current == 0, "untracked"),
        (seg.n_failing == 0, "tracked"),
        (seg.n_rejected > 0, "appeal_rejected"),
        (seg.n_unappealed > 0, "untracked"),
        (seg.n_pending > 0, "appeal_pending"),
        else_="appeal_approved",
    )
    exempt = seg.launch | (seg.x <= seg.exempt_to)
    reason = ibis.cases(
        (seg.launch, "launch_exempt"),
        (seg.x <= seg.exempt_to, "newest_7_days_exempt"),
        else_=real,
    )
    return seg.select(
        order_id=seg.order_id,
        merchant_id=seg.merchant_id,
        owner_account_id=seg.owner_account_id,
        ship_day=seg.ship_day,
        seg_from=seg.x,
        seg_to=seg.seg_to,
        reason=reason,
        counted_pass=reason.isin(list(COUNTED_REASONS)),
        shown_pass=reason.isin(list(SHOWN_REASONS)),
        appeal_window_open=~exempt
        & (seg.x >= seg.window_from)
        & (seg.x <= seg.window_to)
        & (seg.n_unappealed > 0),
        shipments=seg.n_current,
        failing_shipments=seg.n_failing,
    )


def deltas(segments: ir.Table, span: Span) -> ir.Table:
    """Counter deltas per merchant and day: orders in scope, orders counted as passing."""
    return interval_deltas(
        segments,
        segments.seg_from,
        segments.seg_to + 1,
        {"tv_orders": one(1), "tv_passing": flag(segments.counted_pass)},
        span,
    )


def finish(totals: ir.Table, span: Span) -> dict[str, ir.Value]:
    """Merchant columns from the running totals of one stat date."""
    tv = rules(span)
    if tv is None:
        return {
            "tv_orders": ibis.null("int64"),
            "tv_passing": ibis.null("int64"),
            "tv_rate": ibis.null("float64"),
        }
    orders, passing = totals.tv_orders, totals.tv_passing
    return {
        "tv_orders": orders,
        "tv_passing": passing,
        "tv_rate": ibis.ifelse(
            orders == 0,
            ibis.literal(tv.no_orders_rate, type="float64"),
            passing.cast("float64") / orders.cast("float64"),
        ),
    }
