"""The three ways out of a radar task (rulebook §3): a product edit, a qualification, an
appeal; each waits in its operator queue until approved or rejected.

A merchant's main account acts on every task of its merchant, a sub-account on the tasks
of the products it owns; anything else is :class:`OutOfScope` (answered "not found").
Deciding is a conditional update of a pending review: of two operators deciding at once,
exactly one does, the other is told.
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
from sellerstar.domain.radar import (
    APPROVAL_EVENT,
    QualificationKind,
    ReviewKind,
    ReviewState,
    TaskEvent,
    TaskStatus,
)
from sellerstar.errors import SellerstarError
from sellerstar.rules import RuleBook
from sellerstar.services import evidence, notifications, radar_tasks
from sellerstar.store import audit
from sellerstar.store.radar_tables import radar_reviews
from sellerstar.store.schema import contract_tables

_tasks = contract_tables["radar_tasks"]
_products = contract_tables["products"]
_merchants = contract_tables["merchants"]

REVIEW_DECIDED = "radar_review_decided"
MAX_TEXT = 4000
MAX_TITLE = 500
MAX_REASON = 1000


class RadarRefused(SellerstarError):
    """The request cannot be done as asked; ``code`` says why (pages word it)."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(message)


class ReviewAlreadyDecided(RadarRefused):
    """Another operator decided the review first."""

    def __init__(self, review_id: str, state: str, decided_by: str | None) -> None:
        by = f" by {decided_by}" if decided_by else ""
        super().__init__(
            "already_decided", f"review {review_id} was {state} already{by}", state=state
        )


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


def _text(value: str | None, what: str, limit: int, *, required: bool) -> str | None:
    cleaned = (value or "").strip()
    if not cleaned:
        if required:
            raise RadarRefused(f"{what}_missing", f"the {what} is empty")
        return None
    if len(cleaned) > limit:
        raise RadarRefused(
            f"{what}_too_long", f"the {what} has {len(cleaned)} characters, at most {limit}",
            limit=limit,
        )  # fmt: skip
    return cleaned


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
        "title": _text(title, "title", MAX_TITLE, required=True),
        "description": _text(description, "description", MAX_TEXT, required=False),
        "brand": _text(brand, "brand", MAX_TITLE, required=False),
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
    text = _text(statement, "statement", MAX_TEXT, required=True)
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
        payload={"note": _text(note, "note", MAX_TEXT, required=False)},
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


@dataclass(frozen=True)
class Decided:
    """What a decision did: the review's new state and the tasks it closed."""

    review_id: str
    state: ReviewState
    closed_tasks: tuple[str, ...]


def decide(
    connection: sa.Connection,
    principal: Principal,
    review_id: str,
    *,
    approve: bool,
    reason: str | None,
    book: RuleBook,
    now: dt.datetime,
) -> Decided:
    """An operator approves or rejects a pending review (a rejection needs a reason)."""
    if principal.role != Role.OPERATOR:
        raise OutOfScope("only operators decide radar reviews")
    text = _text(reason, "reason", MAX_REASON, required=not approve)
    review = connection.execute(
        sa.select(radar_reviews).where(radar_reviews.c.review_id == review_id)
    ).one_or_none()
    if review is None:
        raise OutOfScope(f"no radar review {review_id}")
    state = ReviewState.APPROVED if approve else ReviewState.REJECTED
    changed = connection.execute(
        sa.update(radar_reviews)
        .where(
            radar_reviews.c.review_id == review_id,
            radar_reviews.c.state == ReviewState.PENDING.value,
        )
        .values(state=state.value, decided_by=principal.login, decided_at=now, reason=text)
    ).rowcount
    if changed != 1:
        # Read again: the row read above may predate the other operator's commit.
        winner = connection.execute(
            sa.select(radar_reviews.c.state, radar_reviews.c.decided_by).where(
                radar_reviews.c.review_id == review_id
            )
        ).one()
        raise ReviewAlreadyDecided(review_id, winner.state, winner.decided_by)
    kind = ReviewKind(review.kind)
    audit.record(
        connection,
        at=now,
        actor=principal.login,
        action=f"radar.{'approve' if approve else 'reject'}_{kind.value}",
        entity_type="radar_review",
        entity_id=review_id,
        detail={"task_id": review.task_id, "right_id": review.right_id},
        reason=text,
    )
    closed: list[str] = []
    if approve:
        closed = _apply_approval(connection, principal, review, kind, now)
    else:
        # A rejection after the deadline: the wait is over, enforce at once (§3.1). A
        # qualification held every open task of its right for the merchant, not only the
        # one it was filed from.
        for task_id in _tasks_about(connection, review, kind):
            radar_tasks.enforce_task(connection, task_id, book, now)
    owner = connection.scalar(
        sa.select(_products.c.owner_account_id).where(_products.c.product_id == review.product_id)
    )
    notifications.enqueue(
        connection,
        merchant_id=review.merchant_id,
        account_id=owner if kind is not ReviewKind.QUALIFICATION else None,
        topic=REVIEW_DECIDED,
        subject_id=review_id,
        payload={
            "review_id": review_id,
            "kind": kind.value,
            "state": state.value,
            "task_id": review.task_id,
            "closed_tasks": closed,
        },
        now=now,
    )
    return Decided(review_id, state, tuple(closed))


def _apply_approval(
    connection: sa.Connection,
    principal: Principal,
    review: sa.Row[Any],
    kind: ReviewKind,
    now: dt.datetime,
) -> list[str]:
    event: TaskEvent = APPROVAL_EVENT[kind]
    # A qualification: every open task of this right for the merchant disappears (§3, way 2).
    task_ids = _tasks_about(connection, review, kind)
    if kind is ReviewKind.EDIT:
        edit = review.payload
        connection.execute(
            sa.update(_products)
            .where(_products.c.product_id == review.product_id)
            .values(title=edit["title"], description=edit["description"], brand=edit["brand"])
        )
    return [
        task_id
        for task_id in task_ids
        if radar_tasks.close_task(connection, task_id, event, actor=principal.login, now=now)
    ]


def _tasks_about(connection: sa.Connection, review: sa.Row[Any], kind: ReviewKind) -> list[str]:
    """The tasks a review's decision acts on: an edit's or appeal's own task; for a
    qualification, every open task of its right for its merchant."""
    if kind is not ReviewKind.QUALIFICATION:
        return [review.task_id] if review.task_id is not None else []
    return list(
        connection.scalars(
            sa.select(_tasks.c.task_id)
            .join(_products, _products.c.product_id == _tasks.c.product_id)
            .where(
                _products.c.merchant_id == review.merchant_id,
                _tasks.c.right_id == review.right_id,
                _tasks.c.status == TaskStatus.OPEN.value,
            )
            .order_by(_tasks.c.created_at, _tasks.c.task_id)
        ).all()
    )
