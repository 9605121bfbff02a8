"""Submitting the ways out of a radar task (rulebook §3): a product edit, a qualification,
an appeal, each waiting in its operator queue until decided
(:mod:`sellerstar.services.radar_decisions`); and the delisting, which closes the
product's open tasks at once.

A merchant's main account acts on every task of its merchant, a sub-account on the tasks
of the products it owns; anything else is :class:`OutOfScope` (answered "not found").
Refusals are :mod:`sellerstar.services.radar_errors`.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from sellerstar.domain import radar as rules
from sellerstar.domain.access import OutOfScope, Principal, Role
from sellerstar.domain.radar import QualificationKind, ReviewKind, ReviewState, TaskStatus
from sellerstar.rules import RuleBook
from sellerstar.services import evidence, radar_tasks
from sellerstar.services.radar_errors import RadarRefused, checked_text
from sellerstar.store import audit
from sellerstar.store.radar_tables import radar_reviews
from sellerstar.store.schema import contract_tables

_tasks = contract_tables["radar_tasks"]
_products = contract_tables["products"]
_merchants = contract_tables["merchants"]

MAX_TEXT = 4000
MAX_TITLE = 500


@dataclass(frozen=True)
class TaskInScope:
    """A task the asking merchant user may act on."""

    task_id: str
    product_id: str
    right_id: str | None
    status: TaskStatus
    created_at: dt.datetime
    merchant_id: str
    owner_account_id: str | None


def _task_query() -> sa.Select[Any]:
    return sa.select(
        _tasks.c.task_id,
        _tasks.c.product_id,
        _tasks.c.right_id,
        _tasks.c.status,
        _tasks.c.created_at,
        _products.c.merchant_id,
        _products.c.owner_account_id,
    ).join(_products, _products.c.product_id == _tasks.c.product_id)


def task_in_scope(connection: sa.Connection, principal: Principal, task_id: str) -> TaskInScope:
    """The task, if ``principal`` is a merchant user who may act on it; else OutOfScope."""
    if principal.role not in (Role.MERCHANT_MAIN, Role.MERCHANT_SUB):
        raise OutOfScope("only the merchant's own accounts act on its radar tasks")
    row = connection.execute(_task_query().where(_tasks.c.task_id == task_id)).one_or_none()
    if row is None or row.merchant_id != principal.merchant_id:
        raise OutOfScope(f"no radar task {task_id}")
    if principal.role == Role.MERCHANT_SUB and row.owner_account_id != principal.account_id:
        raise OutOfScope(f"no radar task {task_id}")
    return TaskInScope(
        row.task_id,
        row.product_id,
        row.right_id,
        TaskStatus(row.status),
        row.created_at,
        row.merchant_id,
        row.owner_account_id,
    )


def _new_review_id(now: dt.datetime) -> str:
    return "RR" + now.strftime("%Y%m%d") + secrets.token_hex(5).upper()


def _one_at_a_time(connection: sa.Connection, merchant_id: str) -> None:
    """Queue the merchant's radar submissions: the checks below (once per task, one pending
    edit, one pending qualification per right) read before they write, so two users
    pressing the button together would both pass them. PostgreSQL: a row lock until the
    commit; SQLite takes the store's write lock at BEGIN already."""
    connection.execute(
        sa.select(_merchants.c.merchant_id)
        .where(_merchants.c.merchant_id == merchant_id)
        .with_for_update()
    )


def _require_open(task: TaskInScope) -> None:
    if task.status is not TaskStatus.OPEN:
        raise RadarRefused(
            "task_closed", f"task {task.task_id} is {task.status.value}", status=task.status
        )


def _pending(connection: sa.Connection, where: sa.ColumnElement[bool]) -> bool:
    return (
        connection.execute(
            sa.select(sa.literal(1)).where(
                where, radar_reviews.c.state == ReviewState.PENDING.value
            )
        ).first()
        is not None
    )


def _insert_review(
    connection: sa.Connection,
    *,
    kind: ReviewKind,
    principal: Principal,
    merchant_id: str,
    task_id: str | None,
    product_id: str | None,
    right_id: str | None,
    payload: Mapping[str, Any],
    book: RuleBook,
    now: dt.datetime,
    extra: Mapping[str, Any] | None = None,
) -> str:
    review_id = _new_review_id(now)
    workflow = radar_tasks.radar_section(book.in_force_at(now)).workflow()
    connection.execute(
        sa.insert(radar_reviews).values(
            review_id=review_id,
            kind=kind.value,
            task_id=task_id,
            merchant_id=merchant_id,
            product_id=product_id,
            right_id=right_id,
            state=ReviewState.PENDING.value,
            submitted_by=principal.login,
            submitted_at=now,
            due_at=rules.review_due(now, kind, workflow),
            payload=dict(payload),
            **dict(extra or {}),
        )
    )
    audit.record(
        connection,
        at=now,
        actor=principal.login,
        action=f"radar.submit_{kind.value}",
        entity_type="radar_review",
        entity_id=review_id,
        detail={"task_id": task_id, "right_id": right_id},
    )
    return review_id


def submit_edit(
    connection: sa.Connection,
    principal: Principal,
    task_id: str,
    *,
    title: str,
    description: str | None,
    brand: str | None,
    book: RuleBook,
    now: dt.datetime,
) -> str:
    """Send an edit of the task's product to product review (编辑商品)."""
    task = task_in_scope(connection, principal, task_id)
    _one_at_a_time(connection, task.merchant_id)
    _require_open(task)
    edit = {
        "title": checked_text(title, "title", MAX_TITLE, required=True),
        "description": checked_text(description, "description", MAX_TEXT, required=False),
        "brand": checked_text(brand, "brand", MAX_TITLE, required=False),
    }
    current = connection.execute(
        sa.select(_products.c.title, _products.c.description, _products.c.brand).where(
            _products.c.product_id == task.product_id
        )
    ).one()
    if all((current._mapping[name] or None) == value for name, value in edit.items()):
        raise RadarRefused("edit_unchanged", "the edit changes nothing in the product")
    if _pending(
        connection, (radar_reviews.c.task_id == task_id) & (radar_reviews.c.kind == "edit")
    ):
        raise RadarRefused("edit_pending", f"an edit of task {task_id} is already under review")
    return _insert_review(
        connection,
        kind=ReviewKind.EDIT,
        principal=principal,
        merchant_id=task.merchant_id,
        task_id=task_id,
        product_id=task.product_id,
        right_id=task.right_id,
        # The product as it stood, so the review still shows what changed once applied.
        payload={**edit, "before": dict(current._mapping)},
        book=book,
        now=now,
    )


def submit_appeal(
    connection: sa.Connection,
    principal: Principal,
    task_id: str,
    *,
    statement: str,
    book: RuleBook,
    now: dt.datetime,
) -> str:
    """Appeal the task (申诉, limited per task; the button is greyed after)."""
    task = task_in_scope(connection, principal, task_id)
    _one_at_a_time(connection, task.merchant_id)
    _require_open(task)
    text = checked_text(statement, "statement", MAX_TEXT, required=True)
    workflow = radar_tasks.task_rules(book, task.created_at)
    filed = connection.scalar(
        sa.select(sa.func.count()).where(
            radar_reviews.c.task_id == task_id, radar_reviews.c.kind == ReviewKind.APPEAL.value
        )
    )
    if not rules.can_appeal(int(filed or 0), task.status, workflow):
        raise RadarRefused(
            "appeal_used",
            f"task {task_id} was appealed already ({workflow.appeals_per_task} per task)",
            limit=workflow.appeals_per_task,
        )
    return _insert_review(
        connection,
        kind=ReviewKind.APPEAL,
        principal=principal,
        merchant_id=task.merchant_id,
        task_id=task_id,
        product_id=task.product_id,
        right_id=task.right_id,
        payload={"statement": text},
        book=book,
        now=now,
    )


def submit_qualification(
    connection: sa.Connection,
    principal: Principal,
    task_id: str,
    *,
    qualification_kind: QualificationKind,
    note: str | None,
    document: evidence.Evidence,
    book: RuleBook,
    now: dt.datetime,
) -> str:
    """File an IP qualification (上传知识产权资质备案) for the right of ``task_id``; once
    approved, every open task of that right for the merchant is rectified."""
    task = task_in_scope(connection, principal, task_id)
    _one_at_a_time(connection, task.merchant_id)
    _require_open(task)
    if task.right_id is None:
        raise RadarRefused("no_right", f"task {task_id} is not about an IP right")
    if _pending(
        connection,
        (radar_reviews.c.kind == ReviewKind.QUALIFICATION.value)
        & (radar_reviews.c.merchant_id == task.merchant_id)
        & (radar_reviews.c.right_id == task.right_id),
    ):
        raise RadarRefused(
            "qualification_pending",
            f"a qualification for {task.right_id} is already under review",
        )
    return _insert_review(
        connection,
        kind=ReviewKind.QUALIFICATION,
        principal=principal,
        merchant_id=task.merchant_id,
        task_id=task_id,
        product_id=task.product_id,
        right_id=task.right_id,
        payload={"note": checked_text(note, "note", MAX_TEXT, required=False)},
        book=book,
        now=now,
        extra={
            "qualification_kind": qualification_kind.value,
            "file_sha256": document.sha256,
            "file_content_type": document.content_type,
            "file_size": document.size,
            "file_path": document.relative_path,
            "file_name": document.original_name,
        },
    )


def remove_product(
    connection: sa.Connection, principal: Principal, task_id: str, *, now: dt.datetime
) -> list[str]:
    """The merchant delists the task's product: its open tasks are rectified."""
    task = task_in_scope(connection, principal, task_id)
    _require_open(task)
    connection.execute(
        sa.update(_products)
        .where(_products.c.product_id == task.product_id, _products.c.status == "listed")
        .values(status="delisted")
    )
    audit.record(
        connection,
        at=now,
        actor=principal.login,
        action="radar.delist_product",
        entity_type="product",
        entity_id=task.product_id,
        detail={"task_id": task_id},
    )
    return radar_tasks.remove_product_tasks(
        connection, task.product_id, actor=principal.login, now=now
    )
