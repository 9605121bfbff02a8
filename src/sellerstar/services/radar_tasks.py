"""Radar tasks (rulebook §3): opening them, closing them when their product goes, and the
deadline's enforcement (delist and penalty points).

Every function takes the caller's ``Connection``: the task's change, the product's, the
ledger row, the audit row and the notification commit together or not at all. Closing a
task is a conditional update of an open task, so two writers never both close it.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa

from sellerstar.domain import radar as rules
from sellerstar.domain.calendar import platform_date
from sellerstar.domain.radar import RadarCategory, ReviewKind, ReviewState, TaskEvent, TaskStatus
from sellerstar.errors import ConfigurationError
from sellerstar.rules import RuleBook, RuleSet
from sellerstar.rules.programs import ProductRadar
from sellerstar.services import notifications, penalty_ledger
from sellerstar.store import audit
from sellerstar.store.radar_tables import radar_findings, radar_reviews
from sellerstar.store.schema import contract_tables

_tasks = contract_tables["radar_tasks"]
_products = contract_tables["products"]
_rights = contract_tables["ip_rights"]
_enforced = _tasks.alias("enforced")

SYSTEM_ACTOR = "sellerstar"
TASK_OPENED = "radar_task_opened"
TASK_DELISTED = "radar_task_delisted"


def radar_section(rule_set: RuleSet) -> ProductRadar:
    """The radar section of a rule-set, or a clear error when the radar is not in force."""
    if rule_set.product_radar is None:
        raise ConfigurationError(f"rule-set {rule_set.id!r} has no [product_radar] section")
    return rule_set.product_radar


def task_rules(book: RuleBook, created_at: dt.datetime) -> rules.RadarRules:
    """A task keeps the rules in force when it was created (its deadline cannot move)."""
    return radar_section(book.in_force_at(created_at)).workflow()


def new_task_id(now: dt.datetime) -> str:
    return "RT" + now.strftime("%Y%m%d") + secrets.token_hex(5).upper()


def open_task(
    connection: sa.Connection,
    *,
    product_id: str,
    merchant_id: str,
    owner_account_id: str | None,
    right_id: str | None,
    category: RadarCategory,
    detail: str,
    findings: Sequence[Mapping[str, Any]],
    fingerprint: str,
    rule_set: RuleSet,
    now: dt.datetime,
) -> str:
    """Open one task with the findings that explain it; the merchant is told."""
    task_id = new_task_id(now)
    connection.execute(
        sa.insert(_tasks).values(
            task_id=task_id,
            product_id=product_id,
            category=category.value,
            right_id=right_id,
            detail=detail,
            created_at=now,
            status=TaskStatus.OPEN.value,
            closed_at=None,
        )
    )
    if findings:
        connection.execute(
            sa.insert(radar_findings),
            [
                {
                    "task_id": task_id,
                    "product_id": product_id,
                    "right_id": right_id,
                    "field": finding["field"],
                    "matched_text": finding["matched_text"],
                    "span_start": finding["span_start"],
                    "span_end": finding["span_end"],
                    "step": finding["step"],
                    "score": finding["score"],
                    "fingerprint": fingerprint,
                    "found_at": now,
                    "rule_set_id": rule_set.id,
                }
                for finding in findings
            ],
        )
    deadline = rules.deadline(now, radar_section(rule_set).workflow())
    audit.record(
        connection,
        at=now,
        actor=SYSTEM_ACTOR,
        action="radar.open",
        entity_type="radar_task",
        entity_id=task_id,
        detail={"product_id": product_id, "right_id": right_id, "category": category.value},
    )
    notifications.enqueue(
        connection,
        merchant_id=merchant_id,
        account_id=owner_account_id,
        topic=TASK_OPENED,
        subject_id=task_id,
        payload={
            "task_id": task_id,
            "product_id": product_id,
            "right_id": right_id,
            "deadline": deadline.isoformat(),
        },
        now=now,
    )
    return task_id


def close_task(
    connection: sa.Connection,
    task_id: str,
    event: TaskEvent,
    *,
    actor: str,
    now: dt.datetime,
    reason: str | None = None,
) -> TaskStatus | None:
    """Apply ``event`` to an open task; None when it was not open any more (closed by a
    concurrent writer or earlier), so the caller changes nothing else."""
    status = rules.transition(TaskStatus.OPEN, event)
    changed = connection.execute(
        sa.update(_tasks)
        .where(_tasks.c.task_id == task_id, _tasks.c.status == TaskStatus.OPEN.value)
        .values(status=status.value, closed_at=now)
    ).rowcount
    if changed != 1:
        return None
    audit.record(
        connection,
        at=now,
        actor=actor,
        action=f"radar.{event.value}",
        entity_type="radar_task",
        entity_id=task_id,
        detail={"status": status.value},
        reason=reason,
    )
    return status


def remove_product_tasks(
    connection: sa.Connection, product_id: str, *, actor: str, now: dt.datetime
) -> list[str]:
    """The product was deleted or delisted: each of its open tasks is rectified."""
    closed = []
    for task_id in connection.scalars(
        sa.select(_tasks.c.task_id).where(
            _tasks.c.product_id == product_id, _tasks.c.status == TaskStatus.OPEN.value
        )
    ).all():
        if close_task(connection, task_id, TaskEvent.PRODUCT_REMOVED, actor=actor, now=now):
            closed.append(task_id)
    return closed


def close_tasks_of_removed_products(connection: sa.Connection, now: dt.datetime) -> int:
    """Open tasks whose product the marketplace feed shows deleted, or delisted by the
    merchant. A product the radar delisted itself (one of its tasks was enforced) is not
    rectified by that delisting: its other tasks keep their own deadlines."""
    enforced = (
        sa.select(sa.literal(1))
        .select_from(_enforced)
        .where(
            _enforced.c.product_id == _tasks.c.product_id,
            _enforced.c.status == TaskStatus.DELISTED.value,
        )
        .exists()
    )
    products = connection.scalars(
        sa.select(_tasks.c.product_id)
        .distinct()
        .join(_products, _products.c.product_id == _tasks.c.product_id)
        .where(
            _tasks.c.status == TaskStatus.OPEN.value,
            (_products.c.status == "deleted") | ((_products.c.status == "delisted") & ~enforced),
        )
        .order_by(_tasks.c.product_id)
    ).all()
    return sum(
        len(remove_product_tasks(connection, product_id, actor=SYSTEM_ACTOR, now=now))
        for product_id in products
    )


def pending_kinds(connection: sa.Connection, task_id: str, merchant_id: str) -> set[ReviewKind]:
    """What is under review for a task: its edits and appeals, and qualifications of its
    right filed by its merchant."""
    right_id = connection.scalar(sa.select(_tasks.c.right_id).where(_tasks.c.task_id == task_id))
    about_task = radar_reviews.c.task_id == task_id
    if right_id is not None:
        about_task = about_task | (
            (radar_reviews.c.kind == ReviewKind.QUALIFICATION.value)
            & (radar_reviews.c.merchant_id == merchant_id)
            & (radar_reviews.c.right_id == right_id)
        )
    kinds = connection.scalars(
        sa.select(radar_reviews.c.kind)
        .distinct()
        .where(about_task, radar_reviews.c.state == ReviewState.PENDING.value)
    ).all()
    return {ReviewKind(kind) for kind in kinds}


def enforce_deadlines(connection: sa.Connection, book: RuleBook, now: dt.datetime) -> Counter[str]:
    """Delist and record points for every open task past its deadline with nothing it
    waits for under review (§3, §3.1). Idempotent: an enforced task is closed."""
    summary: Counter[str] = Counter()
    shortest = min(
        (
            rule_set.product_radar.rectification_deadline_days
            for rule_set in book.rule_sets
            if rule_set.product_radar is not None
        ),
        default=None,
    )
    if shortest is None:
        return summary
    candidates = connection.execute(
        sa.select(_tasks.c.task_id)
        .where(
            _tasks.c.status == TaskStatus.OPEN.value,
            _tasks.c.created_at <= now - dt.timedelta(days=shortest),
        )
        .order_by(_tasks.c.created_at, _tasks.c.task_id)
    ).all()
    for candidate in candidates:
        outcome = enforce_task(connection, candidate.task_id, book, now)
        summary[outcome] += 1
    return summary


def enforce_task(connection: sa.Connection, task_id: str, book: RuleBook, now: dt.datetime) -> str:
    """Enforce one task's deadline if it is due; what happened (``delisted``, ``waiting``,
    ``not_due``, ``closed``)."""
    task = connection.execute(
        sa.select(
            _tasks.c.task_id,
            _tasks.c.product_id,
            _tasks.c.right_id,
            _tasks.c.category,
            _tasks.c.created_at,
            _tasks.c.status,
            _products.c.merchant_id,
            _products.c.owner_account_id,
            _products.c.status.label("product_status"),
        )
        .join(_products, _products.c.product_id == _tasks.c.product_id)
        .where(_tasks.c.task_id == task_id)
    ).one_or_none()
    if task is None or task.status != TaskStatus.OPEN.value:
        return "closed"
    workflow = task_rules(book, task.created_at)
    deadline = rules.deadline(task.created_at, workflow)
    if now < deadline:
        return "not_due"
    pending = pending_kinds(connection, task_id, task.merchant_id)
    if not rules.must_enforce(TaskStatus.OPEN, deadline, pending, now, workflow):
        return "waiting"
    if (
        close_task(connection, task_id, TaskEvent.DEADLINE_ENFORCED, actor=SYSTEM_ACTOR, now=now)
        is None
    ):
        return "closed"
    if task.product_status == "listed":
        connection.execute(
            sa.update(_products)
            .where(_products.c.product_id == task.product_id)
            .values(status="delisted")
        )
    rule_set = book.in_force_at(now)
    section = radar_section(rule_set)
    day = platform_date(now, rule_set.calendar.timezone)
    already = penalty_ledger.points_on(
        connection, task.merchant_id, penalty_ledger.RADAR_DELISTING, day
    )
    points = rules.capped_points(
        section.penalty_points_per_violation, already, section.penalty_points_daily_cap
    )
    penalty_ledger.record(
        connection,
        kind=penalty_ledger.RADAR_DELISTING,
        entity_id=task_id,
        merchant_id=task.merchant_id,
        occurred_on=day,
        points=points,
        waived_reason=None if points > 0 else "daily_cap",
        rule_set=rule_set,
        detail={
            "task_id": task_id,
            "product_id": task.product_id,
            "right_id": task.right_id,
            "category": task.category,
            "deadline": deadline.isoformat(),
            "points_before_cap": section.penalty_points_per_violation,
        },
        now=now,
    )
    # The product's other open tasks keep their own deadlines: each is its own violation,
    # and the merchant may still rectify the delisted product before them.
    notifications.enqueue(
        connection,
        merchant_id=task.merchant_id,
        account_id=task.owner_account_id,
        topic=TASK_DELISTED,
        subject_id=task_id,
        payload={"task_id": task_id, "product_id": task.product_id, "points": points},
        now=now,
    )
    return "delisted"
