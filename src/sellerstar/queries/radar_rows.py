"""The rows the product radar's lists show (rulebook §3): a task as its list shows it and
a review of it, shared by the merchants' task lists (:mod:`sellerstar.queries.radar_tasks`)
and the operators' queues (:mod:`sellerstar.queries.radar_queues`).

Each row carries what the list shows and decides nothing itself: the status shown
(:func:`~sellerstar.domain.radar.display`), the countdown
(:func:`~sellerstar.domain.radar.days_left` to the deadline of the rule-set in force when
the task was created), the outcome (:func:`~sellerstar.domain.radar.outcome`) and which of
the buttons are live.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from sellerstar.domain import radar as rules
from sellerstar.domain.radar import (
    Outcome,
    RadarCategory,
    ReviewKind,
    ReviewState,
    ReviewSummary,
    TaskDisplay,
    TaskStatus,
)
from sellerstar.errors import ConfigurationError
from sellerstar.rules import RuleBook
from sellerstar.store.radar_tables import radar_findings, radar_reviews

PAGE_SIZE = 20


@dataclass(frozen=True)
class Finding:
    """Why a suspected-IP task was opened: where the mark was found and how."""

    field: str
    matched_text: str
    step: str
    score: float


@dataclass(frozen=True)
class Review:
    """One review of a task (or of its right, for a qualification)."""

    review_id: str
    kind: ReviewKind
    state: ReviewState
    task_id: str | None
    submitted_by: str
    submitted_at: dt.datetime
    due_at: dt.datetime
    decided_by: str | None
    decided_at: dt.datetime | None
    reason: str | None
    payload: Mapping[str, Any]
    qualification_kind: str | None
    file_name: str | None
    has_file: bool

    def summary(self) -> ReviewSummary:
        return ReviewSummary(self.kind, self.state, self.submitted_at)


@dataclass(frozen=True)
class TaskRow:
    """One task as the list shows it, with the buttons that are live."""

    task_id: str
    merchant_id: str
    product_id: str
    product_title: str
    product_status: str
    tier: str | None
    owner_account_id: str | None
    owner_name: str | None
    category: RadarCategory
    right_id: str | None
    right_kind: str | None
    right_mark: str | None
    detail: str
    findings: tuple[Finding, ...]
    created_at: dt.datetime
    closed_at: dt.datetime | None
    deadline: dt.datetime
    days_left: int
    status: TaskStatus
    display: TaskDisplay
    outcome: Outcome
    rejection_reason: str | None
    appeals_filed: int
    appeals_per_task: int
    can_edit: bool
    can_qualify: bool
    can_appeal: bool
    can_delist: bool

    @property
    def suspected_ip(self) -> bool:
        return self.right_id is not None


def _workflow(book: RuleBook, created_at: dt.datetime) -> rules.RadarRules:
    rule_set = book.in_force_at(created_at)
    if rule_set.product_radar is None:
        # A task imported from before the radar went live keeps the first radar rules.
        sections = [r.product_radar for r in book.rule_sets if r.product_radar is not None]
        if not sections:
            raise ConfigurationError("no rule-set has a [product_radar] section")
        return sections[0].workflow()
    return rule_set.product_radar.workflow()


def review_row(mapping: sa.RowMapping) -> Review:
    """A ``radar_reviews`` row (of a select that has all its columns) as a review."""
    return Review(
        review_id=mapping["review_id"],
        kind=ReviewKind(mapping["kind"]),
        state=ReviewState(mapping["state"]),
        task_id=mapping["task_id"],
        submitted_by=mapping["submitted_by"],
        submitted_at=mapping["submitted_at"],
        due_at=mapping["due_at"],
        decided_by=mapping["decided_by"],
        decided_at=mapping["decided_at"],
        reason=mapping["reason"],
        payload=dict(mapping["payload"] or {}),
        qualification_kind=mapping["qualification_kind"],
        file_name=mapping["file_name"],
        has_file=mapping["file_path"] is not None,
    )


def reviews_of(
    connection: sa.Connection, tasks: Sequence[sa.RowMapping]
) -> dict[str, list[Review]]:
    """The reviews that concern each task, newest first: its own edits and appeals, and
    the qualifications its merchant filed for its right (they cover every task of it)."""
    if not tasks:
        return {}
    about: sa.ColumnElement[bool] = radar_reviews.c.task_id.in_([t["task_id"] for t in tasks])
    rights = {(task["merchant_id"], task["right_id"]) for task in tasks if task["right_id"]}
    if rights:
        about = about | (
            (radar_reviews.c.kind == ReviewKind.QUALIFICATION.value)
            & radar_reviews.c.merchant_id.in_(sorted({m for m, _ in rights}))
            & radar_reviews.c.right_id.in_(sorted({r for _, r in rights}))
        )
    by_task: dict[str, list[Review]] = defaultdict(list)
    by_right: dict[tuple[str, str], list[Review]] = defaultdict(list)
    for mapping in connection.execute(
        sa.select(radar_reviews)
        .where(about)
        .order_by(radar_reviews.c.submitted_at.desc(), radar_reviews.c.review_id.desc())
    ).mappings():
        found = review_row(mapping)
        if found.kind is ReviewKind.QUALIFICATION:
            by_right[(mapping["merchant_id"], mapping["right_id"])].append(found)
        elif found.task_id is not None:
            by_task[found.task_id].append(found)
    for task in tasks:
        if task["right_id"]:
            mine = by_task[task["task_id"]]
            mine.extend(by_right.get((task["merchant_id"], task["right_id"]), []))
            mine.sort(key=lambda r: (r.submitted_at, r.review_id), reverse=True)
    return by_task


def findings_of(connection: sa.Connection, task_ids: Iterable[str]) -> dict[str, list[Finding]]:
    """The findings of each task, the strongest first."""
    ids = list(task_ids)
    if not ids:
        return {}
    found: dict[str, list[Finding]] = defaultdict(list)
    for row in connection.execute(
        sa.select(
            radar_findings.c.task_id,
            radar_findings.c.field,
            radar_findings.c.matched_text,
            radar_findings.c.step,
            radar_findings.c.score,
        )
        .where(radar_findings.c.task_id.in_(ids))
        .order_by(radar_findings.c.task_id, radar_findings.c.score.desc(), radar_findings.c.field)
    ):
        found[row.task_id].append(Finding(row.field, row.matched_text, row.step, row.score))
    return found


def task_row(
    mapping: sa.RowMapping,
    reviews: Sequence[Review],
    findings: Sequence[Finding],
    book: RuleBook,
    now: dt.datetime,
) -> TaskRow:
    """One task as its list shows it, from a row of the task select and its reviews."""
    status = TaskStatus(mapping["status"])
    workflow = _workflow(book, mapping["created_at"])
    due = rules.deadline(mapping["created_at"], workflow)
    shown = rules.display(status, [review.summary() for review in reviews])
    rejected_kind = {
        TaskDisplay.EDIT_REJECTED: ReviewKind.EDIT,
        TaskDisplay.APPEAL_REJECTED: ReviewKind.APPEAL,
    }.get(shown)
    reason = next(
        (
            review.reason
            for review in reviews  # newest first
            if review.kind is rejected_kind and review.state is ReviewState.REJECTED
        ),
        None,
    )
    pending = {review.kind for review in reviews if review.state is ReviewState.PENDING}
    appeals = sum(1 for review in reviews if review.kind is ReviewKind.APPEAL)
    is_open = status is TaskStatus.OPEN
    return TaskRow(
        task_id=mapping["task_id"],
        merchant_id=mapping["merchant_id"],
        product_id=mapping["product_id"],
        product_title=mapping["product_title"],
        product_status=mapping["product_status"],
        tier=mapping["tier"],
        owner_account_id=mapping["owner_account_id"],
        owner_name=mapping["owner_name"],
        category=RadarCategory(mapping["category"]),
        right_id=mapping["right_id"],
        right_kind=mapping["right_kind"],
        right_mark=mapping["right_mark"],
        detail=mapping["detail"],
        findings=tuple(findings),
        created_at=mapping["created_at"],
        closed_at=mapping["closed_at"],
        deadline=due,
        days_left=rules.days_left(due, now),
        status=status,
        display=shown,
        outcome=rules.outcome(status),
        rejection_reason=reason,
        appeals_filed=appeals,
        appeals_per_task=workflow.appeals_per_task,
        can_edit=is_open and ReviewKind.EDIT not in pending,
        can_qualify=is_open
        and mapping["right_id"] is not None
        and ReviewKind.QUALIFICATION not in pending,
        can_appeal=rules.can_appeal(appeals, status, workflow),
        can_delist=is_open and mapping["product_status"] == "listed",
    )


def task_rows(
    connection: sa.Connection, found: Sequence[sa.RowMapping], book: RuleBook, now: dt.datetime
) -> list[TaskRow]:
    """The rows of the tasks found, with their reviews and findings read in two queries."""
    reviews = reviews_of(connection, found)
    findings = findings_of(connection, (row["task_id"] for row in found))
    return [
        task_row(row, reviews.get(row["task_id"], []), findings.get(row["task_id"], []), book, now)
        for row in found
    ]
