"""Deciding radar reviews (rulebook §3): an operator approves or rejects a pending edit,
qualification or appeal; an approval closes the tasks it covers, a rejection after the
deadline enforces them at once.

Deciding is a conditional update of a pending review: of two operators deciding at once,
exactly one does, the other is told (:class:`ReviewAlreadyDecided`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from sellerstar.domain.access import OutOfScope, Principal, Role
from sellerstar.domain.radar import APPROVAL_EVENT, ReviewKind, ReviewState, TaskEvent, TaskStatus
from sellerstar.rules import RuleBook
from sellerstar.services import notifications, radar_tasks
from sellerstar.services.radar_errors import ReviewAlreadyDecided, checked_text
from sellerstar.store import audit
from sellerstar.store.radar_tables import radar_reviews
from sellerstar.store.schema import contract_tables

_tasks = contract_tables["radar_tasks"]
_products = contract_tables["products"]

REVIEW_DECIDED = "radar_review_decided"
MAX_REASON = 1000


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
    text = checked_text(reason, "reason", MAX_REASON, required=not approve)
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
