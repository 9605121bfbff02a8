"""The coverage page's 订单明细 (rulebook §2, §2.2): the orders in the coverage's scope on a
stat date, each a guaranteed-delivery order or not, and why not.

Scope as the metric's: trade-assurance orders of the merchant, every item RTS, paid on a
platform date in S − (lookback − 1) … S, to the core countries (or all, per rule-set).
A sub-account sees only the orders it owns (seed FAQ: 子账号…只能看到归属子账号下…的订单明细).
The list is paged in SQL; whether an order is guaranteed is one SQL predicate (for the
filter and the counts) and the domain's ``failed_conditions`` (for the reasons).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from sellerstar.domain.access import Scope
from sellerstar.domain.guarantee import Period, enrolled_at
from sellerstar.domain.guaranteed_orders import (
    GuaranteeCondition,
    GuaranteeConditions,
    OrderFacts,
    failed_conditions,
)
from sellerstar.rules.model import RuleSet
from sellerstar.store.schema import contract_tables

_orders = contract_tables["orders"]
_enrolments = contract_tables["guarantee_enrolments"]

Shown = Literal["all", "guaranteed", "not_guaranteed"]
SHOWN: tuple[Shown, ...] = ("all", "guaranteed", "not_guaranteed")


@dataclass(frozen=True)
class GuaranteedOrder:
    """One order in scope: what §2.2 looks at, and the conditions it fails."""

    order_id: str
    destination_country: str
    paid_at: dt.datetime
    payment_method: str
    transport: str
    export_mode: str
    delivery_promise: bool
    failed: tuple[GuaranteeCondition, ...]

    @property
    def guaranteed(self) -> bool:
        return not self.failed


@dataclass(frozen=True)
class GuaranteedOrderPage:
    """One page of the scope's orders, and the counts of the whole scope."""

    rows: list[GuaranteedOrder]
    matching: int  # orders the chosen view lists
    in_scope: int  # every order in scope
    guaranteed: int  # of which guaranteed-delivery orders
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.matching // self.per_page))


def _day_start(day: dt.date, zone: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=ZoneInfo(zone)).astimezone(dt.UTC)


def _scope(scope: Scope, rule_set: RuleSet, stat_date: dt.date) -> list[sa.ColumnElement[bool]]:
    rules = rule_set.guaranteed_delivery
    assert rules is not None  # the caller checked the metric is in force
    zone = rule_set.calendar.timezone
    first = stat_date - dt.timedelta(days=rules.lookback_days - 1)
    o = _orders.c
    clauses = [
        scope.orders_clause(o.merchant_id, o.owner_account_id),
        o.trade_assurance.is_(True),
        o.all_items_rts.is_(True),
        o.paid_at >= _day_start(first, zone),
        o.paid_at < _day_start(stat_date + dt.timedelta(days=1), zone),
    ]
    if rules.destinations == "core":
        clauses.append(o.destination_country.in_(rule_set.calendar.core_countries))
    return clauses


def _guaranteed(rule_set: RuleSet) -> sa.ColumnElement[bool]:
    """§2.2 in SQL, as the metric states it: enrolled at payment, and the lists."""
    rules = rule_set.guaranteed_delivery
    assert rules is not None
    o, e = _orders.c, _enrolments.c
    enrolled_then = (
        sa.select(e.merchant_id)
        .where(
            e.merchant_id == o.merchant_id,
            e.joined_at <= o.paid_at,
            sa.or_(e.left_at.is_(None), o.paid_at < e.left_at),
        )
        .exists()
    )
    return sa.and_(
        enrolled_then,
        o.payment_method.in_(rules.payment_methods),
        o.transport.in_(rules.transports),
        o.export_mode.in_(rules.export_modes),
        sa.func.coalesce(o.delivery_promise, sa.false()),
    )


def guaranteed_orders(
    connection: sa.Connection,
    scope: Scope,
    rule_set: RuleSet,
    stat_date: dt.date,
    shown: Shown,
    page: int,
    per_page: int,
) -> GuaranteedOrderPage:
    """Page ``page`` (from 1) of the orders in the coverage's scope on ``stat_date``, newest
    payment first; ``shown`` picks all, the guaranteed or the others."""
    rules = rule_set.guaranteed_delivery
    assert rules is not None
    where = _scope(scope, rule_set, stat_date)
    is_guaranteed = _guaranteed(rule_set)
    counts = connection.execute(
        sa.select(
            sa.func.count(),
            sa.func.coalesce(sa.func.sum(sa.case((is_guaranteed, 1), else_=0)), 0),
        ).where(*where)
    ).one()
    in_scope, guaranteed = int(counts[0]), int(counts[1])
    picked = list(where)
    if shown == "guaranteed":
        picked.append(is_guaranteed)
    elif shown == "not_guaranteed":
        picked.append(sa.not_(is_guaranteed))
    matching = {"all": in_scope, "guaranteed": guaranteed}.get(shown, in_scope - guaranteed)
    o = _orders.c
    rows = connection.execute(
        sa.select(
            o.order_id,
            o.destination_country,
            o.paid_at,
            o.payment_method,
            o.transport,
            o.export_mode,
            o.delivery_promise,
        )
        .where(*picked)
        .order_by(o.paid_at.desc(), o.order_id)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    periods = _periods(connection, scope.merchant_id)
    conditions = GuaranteeConditions(rules.payment_methods, rules.transports, rules.export_modes)
    return GuaranteedOrderPage(
        [_order(row, periods, conditions) for row in rows],
        matching,
        in_scope,
        guaranteed,
        page,
        per_page,
    )


def _order(row: Any, periods: list[Period], rules: GuaranteeConditions) -> GuaranteedOrder:
    # ``row``: one row of the select in guaranteed_orders (its seven columns, by name).
    paid_at = row.paid_at if row.paid_at.tzinfo else row.paid_at.replace(tzinfo=dt.UTC)
    facts = OrderFacts(
        enrolled_at(periods, paid_at),
        row.payment_method,
        row.transport,
        row.export_mode,
        row.delivery_promise,
    )
    return GuaranteedOrder(
        order_id=row.order_id,
        destination_country=row.destination_country,
        paid_at=paid_at,
        payment_method=row.payment_method,
        transport=row.transport,
        export_mode=row.export_mode,
        delivery_promise=bool(row.delivery_promise),
        failed=failed_conditions(facts, rules),
    )


def _periods(connection: sa.Connection, merchant_id: str) -> list[Period]:
    e = _enrolments.c
    return [
        Period(_aware(joined), _aware(left) if left is not None else None)
        for joined, left in connection.execute(
            sa.select(e.joined_at, e.left_at).where(e.merchant_id == merchant_id)
        ).all()
    ]


def _aware(instant: dt.datetime) -> dt.datetime:
    """The store keeps UTC; SQLite hands it back naive."""
    return instant if instant.tzinfo else instant.replace(tzinfo=dt.UTC)
