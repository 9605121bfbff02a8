"""The star planner's reads (docs/planner.md): one merchant's inputs for the planner.

Scoped as the star page is: the star level is the merchant's, so a sub-account sees its
merchant's plan as the main account does; an operator sees any merchant's; another
merchant's id raises ``OutOfScope``. Reads the newest stat date S of the merchant's
predicted stars, its ``merchant_metrics`` counts, the star inputs the star job reads
(``stars.inputs.read_inputs``), the ``order_tracking`` rows of S (the appealable
orders, the pending appeals, the window's orders with their ship dates) and, computed by
the metric engine from the merchant's orders, the on-time-shipment and coverage orders of
S with the day each leaves its window (``metrics.counted_orders``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping

import sqlalchemy as sa

from sellerstar import engines
from sellerstar.domain.access import OutOfScope, Scope
from sellerstar.domain.calendar import view_date_for_stat
from sellerstar.metrics.counted_orders import counted_orders
from sellerstar.metrics.sources import METRIC_COLUMNS
from sellerstar.metrics.tables import arrow_schema, empty_arrow_tables, from_arrow
from sellerstar.rules import RuleBook, RuleSet
from sellerstar.stars.inputs import read_inputs
from sellerstar.stars.official import plan_official
from sellerstar.stars.planner import one_merchant, plan
from sellerstar.stars.planner_model import (
    CountedOrder,
    Counts,
    Horizon,
    Plan,
    PlanInputs,
    WindowOrder,
)
from sellerstar.stars.what_if import WhatIf, what_if
from sellerstar.store.arrow_rows import read_columns
from sellerstar.store.schema import contract_tables, merchant_metrics, order_tracking, star_levels

EVALUATIONS_AHEAD = 6
"""How many official evaluations the planner looks at for the earliest reachable one."""

_FAILING = ("untracked", "appeal_rejected")


def plan_inputs(
    connection: sa.Connection, scope: Scope, book: RuleBook, track: str
) -> PlanInputs | None:
    """The planner's inputs for the merchant of ``scope`` (None: no star computed yet)."""
    merchants = contract_tables["merchants"]
    known = connection.scalar(
        sa.select(merchants.c.merchant_id).where(merchants.c.merchant_id == scope.merchant_id)
    )
    if known is None:
        raise OutOfScope(f"merchant {scope.merchant_id!r}")
    stat_date = connection.scalar(
        sa.select(sa.func.max(star_levels.c.stat_date)).where(
            star_levels.c.merchant_id == scope.merchant_id
        )
    )
    if stat_date is None:
        return None
    metrics = connection.execute(
        sa.select(merchant_metrics).where(
            merchant_metrics.c.merchant_id == scope.merchant_id,
            merchant_metrics.c.stat_date == stat_date,
        )
    ).one_or_none()
    if metrics is None:
        return None
    rule_set = book.for_stat_date(stat_date)
    inputs = one_merchant(
        read_inputs(connection, book.for_stat_date, [stat_date])[stat_date], scope.merchant_id
    )
    rows = connection.execute(
        sa.select(
            order_tracking.c.order_id,
            order_tracking.c.ship_date,
            order_tracking.c.reason,
            order_tracking.c.counted_pass,
            order_tracking.c.appeal_window_open,
            order_tracking.c.owner_account_id,
        )
        .where(
            order_tracking.c.merchant_id == scope.merchant_id,
            order_tracking.c.stat_date == stat_date,
        )
        .order_by(order_tracking.c.ship_date, order_tracking.c.order_id)
    ).all()
    return PlanInputs(
        inputs=inputs,
        rule_set=rule_set,
        track=track,
        counts=Counts(
            tv_orders=int(metrics.tv_orders or 0),
            tv_passing=int(metrics.tv_passing or 0),
            ots_due=int(metrics.ots_due or 0),
            ots_on_time=int(metrics.ots_on_time or 0),
            gd_orders=int(metrics.gd_orders or 0),
            gd_guaranteed=int(metrics.gd_guaranteed or 0),
        ),
        appealable=tuple(
            row.order_id for row in rows if row.reason in _FAILING and row.appeal_window_open
        ),
        pending=tuple(row.order_id for row in rows if row.reason == "appeal_pending"),
        window=tuple(
            WindowOrder(row.order_id, row.ship_date, bool(row.counted_pass)) for row in rows
        ),
        view_date=view_date_for_stat(stat_date, rule_set.calendar.data_lag_days),
        counted=merchant_counted_orders(connection, scope.merchant_id, rule_set, stat_date),
    )


def merchant_counted_orders(
    connection: sa.Connection, merchant_id: str, rule_set: RuleSet, stat_date: dt.date
) -> tuple[CountedOrder, ...]:
    """The merchant's on-time-shipment and coverage orders of ``stat_date``, by the metric
    engine over its orders and enrolments (the two metrics read nothing else)."""
    data = empty_arrow_tables()
    for name in ("orders", "guarantee_enrolments"):
        table = contract_tables[name]
        query = sa.select(*(table.c[column] for column in METRIC_COLUMNS[name])).where(
            table.c.merchant_id == merchant_id
        )
        data[name] = read_columns(connection, query, arrow_schema(name))
    backend = engines.connect()
    try:
        rows = counted_orders(backend, from_arrow(backend, data), rule_set, stat_date)
    finally:
        engines.disconnect(backend)
    return tuple(
        CountedOrder(
            row["metric"],
            row["order_id"],
            row["passing"],
            row["leaves_on"],
            row["owner_account_id"],
        )
        for row in rows.to_pylist()
    )


def next_evaluations(
    book: RuleBook, stat_date: dt.date, count: int = EVALUATIONS_AHEAD
) -> list[tuple[dt.date, dt.datetime]]:
    """The next ``count`` official evaluations whose stat date is on or after
    ``stat_date``: (their stat date, their time)."""
    found: list[tuple[dt.date, dt.datetime]] = []
    month = (stat_date.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    while len(found) < count:
        official = plan_official(book, month.strftime("%Y-%m"))
        if official.stat_date >= stat_date:
            found.append((official.stat_date, official.evaluation_at))
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return found


def star_plan(connection: sa.Connection, scope: Scope, book: RuleBook, track: str) -> Plan | None:
    """The merchant's plan for the next star on ``track`` (None: no star computed yet).

    The figures are the merchant's (as the star page's); a sub-account's lists of order
    ids hold only the orders it owns, the others counted in ``hidden_orders``."""
    base = plan_inputs(connection, scope, book, track)
    if base is None:
        return None
    found = plan(base, next_evaluations(book, base.inputs.stat_date))
    if scope.account_id is None:
        return found
    owned = set(
        connection.scalars(
            sa.select(order_tracking.c.order_id).where(
                order_tracking.c.merchant_id == scope.merchant_id,
                order_tracking.c.stat_date == base.inputs.stat_date,
                order_tracking.c.owner_account_id == scope.account_id,
            )
        )
    )
    owned.update(o.order_id for o in base.counted if o.owner_account_id == scope.account_id)
    return _owned_only(found, owned)


def _owned_only(found: Plan, owned: set[str]) -> Plan:
    hidden: set[str] = set()

    def keep(order_ids: tuple[str, ...]) -> tuple[str, ...]:
        hidden.update(order for order in order_ids if order not in owned)
        return tuple(order for order in order_ids if order in owned)

    def horizon(found_horizon: Horizon | None) -> Horizon | None:
        if found_horizon is None:
            return None
        levers = tuple(
            dataclasses.replace(lever, order_ids=keep(lever.order_ids))
            for lever in found_horizon.levers
        )
        leaving = tuple(order for order in found_horizon.leaving if order.order_id in owned)
        hidden.update(o.order_id for o in found_horizon.leaving if o.order_id not in owned)
        counted = found_horizon.leaving_counted
        hidden.update(o.order_id for o in counted if o.order_id not in owned)
        return dataclasses.replace(
            found_horizon,
            levers=levers,
            leaving=leaving,
            leaving_counted=tuple(o for o in counted if o.order_id in owned),
        )

    return dataclasses.replace(
        found,
        now=horizon(found.now),
        deadline=horizon(found.deadline),
        earliest=horizon(found.earliest),
        pending=keep(found.pending),
        hidden_orders=len(hidden),
    )


def star_what_if(
    connection: sa.Connection,
    scope: Scope,
    book: RuleBook,
    track: str,
    changes: Mapping[str, float],
) -> WhatIf | None:
    """The merchant's star on ``track`` with ``changes``; ValueError on a bad change."""
    base = plan_inputs(connection, scope, book, track)
    if base is None:
        return None
    return what_if(base.inputs, base.rule_set, track, changes)
