"""The guarantee batch job: late-shipment penalty points and claim compensations.

For platform dates ``first`` … ``last``:

- **Penalty points** (rulebook §2.1): every trade-assurance order paid (by ``now``), not
  in an excluded status (the on-time shipment rate's), whose ``ship_by`` falls on one of
  the dates and that was shipped late as known at ``now`` (shipped after ``ship_by``, or
  still unshipped after it) gets one ``penalty_points`` row of kind ``late_shipment``:
  the rule-set's points (of the set in force on the ship_by date), waived with reason
  ``guarantee_enrolled`` when the merchant was enrolled at ``ship_by``. Rows of the dates
  that no longer apply are removed.
- **Compensations** (§2.3): every claim filed on one of the dates (and by ``now``) is
  assessed. A row that carries a merchant's exemption request or an operator's decision
  is kept as it is.

Re-running with the same data writes nothing: unchanged rows keep their ``computed_at``.
Each run is recorded in ``job_runs`` (also when it fails).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from sellerstar.domain import guarantee as rules_of
from sellerstar.domain.calendar import platform_date
from sellerstar.domain.guarantee import Period
from sellerstar.rules import RuleBook, RuleSet
from sellerstar.services.compensation import (
    assess_row,
    claim_query,
    in_workflow,
    same_assessment,
)
from sellerstar.services.guarantee_status import enrolment_periods
from sellerstar.store.db import transaction, upsert
from sellerstar.store.job_log import recorded
from sellerstar.store.schema import compensations, contract_tables, penalty_points

JOB_NAME = "guarantee"
LATE_SHIPMENT = "late_shipment"
_PENALTY_FIELDS = (
    "merchant_id",
    "occurred_on",
    "points",
    "waived_reason",
    "rule_set_id",
    "expires_on",
)

_orders = contract_tables["orders"]
_claims = contract_tables["late_delivery_claims"]


def run_guarantee_job(
    store: sa.Engine, book: RuleBook, first: dt.date, last: dt.date, now: dt.datetime
) -> dict[str, int]:
    """Penalty points and compensations of platform dates ``first`` … ``last`` in
    ``store``; returns what it counted and wrote (see :func:`compute`)."""
    if last < first:
        raise ValueError(f"last date {last} is before first date {first}")
    params = {"first": first.isoformat(), "last": last.isoformat()}
    with recorded(store, JOB_NAME, params, now) as run:
        with transaction(store) as connection:
            summary = compute(connection, book, first, last, now)
        run.summary = summary
    return summary


def compute(
    connection: sa.Connection, book: RuleBook, first: dt.date, last: dt.date, now: dt.datetime
) -> dict[str, int]:
    """The job inside the caller's transaction. Counts: ``late_shipments``,
    ``penalties_waived``, ``penalties_written``, ``penalties_removed``, ``claims``,
    ``payable``, ``not_payable``, ``compensations_written``, ``compensations_kept``."""
    periods = enrolment_periods(connection)
    summary: Counter[str] = Counter()
    for rule_set, start, end in _spans(book, first, last):
        _penalties(connection, rule_set, start, end, periods, now, summary)
        _compensations(connection, book, rule_set, start, end, now, summary)
    keys = (
        "late_shipments",
        "penalties_waived",
        "penalties_written",
        "penalties_removed",
        "claims",
        "payable",
        "not_payable",
        "compensations_written",
        "compensations_kept",
    )
    return {key: summary[key] for key in keys}


def _spans(
    book: RuleBook, first: dt.date, last: dt.date
) -> Iterator[tuple[RuleSet, dt.date, dt.date]]:
    """Consecutive dates under one rule-set."""
    start = first
    while start <= last:
        rule_set = book.in_force(start)
        end = start
        while end < last and book.in_force(end + dt.timedelta(days=1)).id == rule_set.id:
            end += dt.timedelta(days=1)
        yield rule_set, start, end
        start = end + dt.timedelta(days=1)


def _bounds(rule_set: RuleSet, start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """UTC instants of the platform midnights opening ``start`` and closing ``end``."""
    zone = ZoneInfo(rule_set.calendar.timezone)
    low = dt.datetime.combine(start, dt.time(), zone)
    high = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), zone)
    return low.astimezone(dt.UTC), high.astimezone(dt.UTC)


def _penalties(
    connection: sa.Connection,
    rule_set: RuleSet,
    start: dt.date,
    end: dt.date,
    periods: dict[str, list[Period]],
    now: dt.datetime,
    summary: Counter[str],
) -> None:
    low, high = _bounds(rule_set, start, end)
    zone = rule_set.calendar.timezone
    points = rule_set.guarantee_service.late_shipment_penalty_points
    due = connection.execute(
        sa.select(
            _orders.c.order_id, _orders.c.merchant_id, _orders.c.ship_by, _orders.c.shipped_at
        ).where(
            _orders.c.trade_assurance,
            _orders.c.paid_at <= now,
            _orders.c.ship_by >= low,
            _orders.c.ship_by < high,
            _orders.c.status.not_in(rule_set.on_time_shipment.excluded_statuses),
        )
    )
    fresh: dict[str, dict[str, Any]] = {}
    for order in due:
        if not rules_of.is_late_shipment(order.ship_by, order.shipped_at, now):
            continue
        enrolled = rules_of.enrolled_at(periods.get(order.merchant_id, []), order.ship_by)
        penalty = rules_of.late_shipment_penalty(enrolled, points)
        occurred_on = platform_date(order.ship_by, zone)
        fresh[order.order_id] = {
            "kind": LATE_SHIPMENT,
            "entity_id": order.order_id,
            "merchant_id": order.merchant_id,
            "occurred_on": occurred_on,
            "expires_on": occurred_on + dt.timedelta(days=rule_set.penalty_points.expiry_days),
            "detail": {"order_id": order.order_id},
            "points": penalty.points,
            "waived_reason": penalty.waived_reason,
            "rule_set_id": rule_set.id,
            "computed_at": now,
        }
        summary["late_shipments"] += 1
        summary["penalties_waived"] += penalty.waived_reason is not None
    stored = {
        row.entity_id: row
        for row in connection.execute(
            sa.select(penalty_points).where(
                penalty_points.c.kind == LATE_SHIPMENT,
                penalty_points.c.occurred_on.between(start, end),
            )
        )
    }
    gone = sorted(set(stored) - set(fresh))
    for chunk in _chunks(gone):
        connection.execute(
            penalty_points.delete().where(
                penalty_points.c.kind == LATE_SHIPMENT, penalty_points.c.entity_id.in_(chunk)
            )
        )
    changed = [
        row
        for key, row in fresh.items()
        if key not in stored
        or any(getattr(stored[key], name) != row[name] for name in _PENALTY_FIELDS)
    ]
    upsert(connection, penalty_points, changed)
    summary["penalties_removed"] += len(gone)
    summary["penalties_written"] += len(changed)


def _compensations(
    connection: sa.Connection,
    book: RuleBook,
    rule_set: RuleSet,
    start: dt.date,
    end: dt.date,
    now: dt.datetime,
    summary: Counter[str],
) -> None:
    low, high = _bounds(rule_set, start, end)
    claims = connection.execute(
        claim_query().where(
            _claims.c.filed_at >= low, _claims.c.filed_at < high, _claims.c.filed_at <= now
        )
    ).all()
    stored = {
        row.claim_id: row
        for chunk in _chunks([claim.claim_id for claim in claims])
        for row in connection.execute(
            sa.select(compensations).where(compensations.c.claim_id.in_(chunk))
        )
    }
    changed = []
    for claim in claims:
        summary["claims"] += 1
        old = stored.get(claim.claim_id)
        if old is not None and in_workflow(old):
            summary["compensations_kept"] += 1
            continue
        row = assess_row(claim, book, now)
        summary[row["status"]] += 1
        if old is None or not same_assessment(old, row):
            changed.append(row)
    upsert(connection, compensations, changed)
    summary["compensations_written"] += len(changed)


def _chunks(values: list[str], size: int = 500) -> Iterator[list[str]]:
    for index in range(0, len(values), size):
        yield values[index : index + size]
