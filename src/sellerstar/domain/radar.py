"""Product radar tasks (rulebook §3, §3.1): states, the three ways out, the deadline.

Pure standard library. A task is opened per product and suspected right (or imported from
the platform's other checks); the merchant has a deadline of N calendar days from its
creation to get out of it by one of three ways, each going through an operator's review:

* an **edit** of the product (product review): approved → rectified; rejected → the task
  stays, with the reason. Deleting or delisting the product rectifies at once;
* a **qualification** (brand authorisation, supply-chain proof): approved → every open task
  of that right for the merchant is rectified;
* an **appeal**, at most ``appeals_per_task``: approved → the task is cleared (合理品);
  rejected → the deadline is unchanged.

When the deadline has passed, the task is not closed and nothing it waits for is under
review, the product is delisted and penalty points are recorded.

>>> rules = RadarRules(deadline_days=7, appeals_per_task=1, qualification_review_hours=24,
...                    appeal_review_hours=48, edit_review_hours=24,
...                    waits_for_product_review=True, waits_for_appeal=True,
...                    waits_for_qualification=False)
>>> created = dt.datetime(2022, 10, 25, 9, 0, tzinfo=dt.UTC)
>>> deadline(created, rules) - created
datetime.timedelta(days=7)
>>> transition(TaskStatus.OPEN, TaskEvent.APPEAL_APPROVED)
<TaskStatus.CLEARED: 'cleared'>
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum


class RadarCategory(StrEnum):
    """Problem categories of the radar (风控处罚问题｜物流问题｜服务问题｜价格问题｜其他问题)."""

    RISK_CONTROL = "risk_control"
    LOGISTICS = "logistics"
    SERVICE = "service"
    PRICE = "price"
    OTHER = "other"


class TaskStatus(StrEnum):
    """Where a task stands. ``rectified`` and ``cleared`` are the two good ends: the product
    was fixed (完成整改品) or judged reasonable on appeal (合理品); ``delisted`` is the
    enforced end (问题品, with penalty points)."""

    OPEN = "open"
    RECTIFIED = "rectified"
    CLEARED = "cleared"
    DELISTED = "delisted"


class TaskEvent(StrEnum):
    """What can end a task."""

    EDIT_APPROVED = "edit_approved"
    PRODUCT_REMOVED = "product_removed"
    QUALIFICATION_APPROVED = "qualification_approved"
    APPEAL_APPROVED = "appeal_approved"
    DEADLINE_ENFORCED = "deadline_enforced"


# Rejections leave the task open; a closed task takes no further event.
TRANSITIONS: dict[tuple[TaskStatus, TaskEvent], TaskStatus] = {
    (TaskStatus.OPEN, TaskEvent.EDIT_APPROVED): TaskStatus.RECTIFIED,
    (TaskStatus.OPEN, TaskEvent.PRODUCT_REMOVED): TaskStatus.RECTIFIED,
    (TaskStatus.OPEN, TaskEvent.QUALIFICATION_APPROVED): TaskStatus.RECTIFIED,
    (TaskStatus.OPEN, TaskEvent.APPEAL_APPROVED): TaskStatus.CLEARED,
    (TaskStatus.OPEN, TaskEvent.DEADLINE_ENFORCED): TaskStatus.DELISTED,
}


class TaskTransitionRefused(ValueError):
    """The event is not possible in the task's state."""

    def __init__(self, status: TaskStatus, event: TaskEvent) -> None:
        self.status = status
        self.event = event
        super().__init__(f"cannot apply {event.value} to a task that is {status.value}")


def transition(status: TaskStatus, event: TaskEvent) -> TaskStatus:
    """The task's status after ``event``.

    >>> try:
    ...     transition(TaskStatus.CLEARED, TaskEvent.DEADLINE_ENFORCED)
    ... except TaskTransitionRefused as refused:
    ...     print(refused)
    cannot apply deadline_enforced to a task that is cleared
    """
    try:
        return TRANSITIONS[(status, event)]
    except KeyError:
        raise TaskTransitionRefused(status, event) from None


class ReviewKind(StrEnum):
    """The three operator queues."""

    EDIT = "edit"
    QUALIFICATION = "qualification"
    APPEAL = "appeal"


class ReviewState(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


REVIEW_TRANSITIONS: dict[tuple[ReviewState, str], ReviewState] = {
    (ReviewState.PENDING, "approve"): ReviewState.APPROVED,
    (ReviewState.PENDING, "reject"): ReviewState.REJECTED,
}

# What each approved review does to the task(s) it is about.
APPROVAL_EVENT: dict[ReviewKind, TaskEvent] = {
    ReviewKind.EDIT: TaskEvent.EDIT_APPROVED,
    ReviewKind.QUALIFICATION: TaskEvent.QUALIFICATION_APPROVED,
    ReviewKind.APPEAL: TaskEvent.APPEAL_APPROVED,
}


class QualificationKind(StrEnum):
    """What an uploaded qualification proves (资质: 品牌授权 / 供应链证明)."""

    BRAND_AUTHORISATION = "brand_authorisation"
    SUPPLY_CHAIN = "supply_chain"


@dataclass(frozen=True)
class RadarRules:
    """The rule numbers the task workflow needs (from the rule-set in force)."""

    deadline_days: int
    appeals_per_task: int
    qualification_review_hours: int
    appeal_review_hours: int
    edit_review_hours: int
    waits_for_product_review: bool
    waits_for_appeal: bool
    waits_for_qualification: bool

    def review_hours(self, kind: ReviewKind) -> int:
        return {
            ReviewKind.EDIT: self.edit_review_hours,
            ReviewKind.QUALIFICATION: self.qualification_review_hours,
            ReviewKind.APPEAL: self.appeal_review_hours,
        }[kind]

    def waits_for(self, kind: ReviewKind) -> bool:
        return {
            ReviewKind.EDIT: self.waits_for_product_review,
            ReviewKind.QUALIFICATION: self.waits_for_qualification,
            ReviewKind.APPEAL: self.waits_for_appeal,
        }[kind]


def deadline(created_at: dt.datetime, rules: RadarRules) -> dt.datetime:
    """N calendar days from the task's creation (§3.1: from when the merchant receives it)."""
    return created_at + dt.timedelta(days=rules.deadline_days)


def review_due(submitted_at: dt.datetime, kind: ReviewKind, rules: RadarRules) -> dt.datetime:
    """When the operator's decision is due (the queue's SLA).

    >>> rules = RadarRules(7, 1, 24, 48, 24, True, True, False)
    >>> t = dt.datetime(2022, 10, 25, 9, 0, tzinfo=dt.UTC)
    >>> review_due(t, ReviewKind.APPEAL, rules) - t
    datetime.timedelta(days=2)
    """
    return submitted_at + dt.timedelta(hours=rules.review_hours(kind))


def days_left(due: dt.datetime, now: dt.datetime) -> int:
    """Whole days shown in "N 天后将被下架并扣分": rounded up, never below 0.

    >>> t = dt.datetime(2022, 10, 25, 9, 0, tzinfo=dt.UTC)
    >>> days_left(t + dt.timedelta(days=6, hours=1), t), days_left(t, t)
    (7, 0)
    >>> days_left(t - dt.timedelta(hours=3), t)
    0
    """
    seconds = (due - now).total_seconds()
    return max(0, math.ceil(seconds / 86400))


def can_appeal(appeals_filed: int, status: TaskStatus, rules: RadarRules) -> bool:
    """The appeal button is live only on an open task with appeals left (greyed after).

    >>> rules = RadarRules(7, 1, 24, 48, 24, True, True, False)
    >>> can_appeal(0, TaskStatus.OPEN, rules), can_appeal(1, TaskStatus.OPEN, rules)
    (True, False)
    """
    return status is TaskStatus.OPEN and appeals_filed < rules.appeals_per_task


def must_enforce(
    status: TaskStatus,
    task_deadline: dt.datetime,
    pending: Collection[ReviewKind],
    now: dt.datetime,
    rules: RadarRules,
) -> bool:
    """Delist and record points: open, deadline reached, nothing it waits for pending.

    >>> rules = RadarRules(7, 1, 24, 48, 24, True, True, False)
    >>> t = dt.datetime(2022, 11, 1, 9, 0, tzinfo=dt.UTC)
    >>> must_enforce(TaskStatus.OPEN, t, (), t, rules)
    True
    >>> must_enforce(TaskStatus.OPEN, t, (), t - dt.timedelta(seconds=1), rules)
    False
    >>> must_enforce(TaskStatus.OPEN, t, (ReviewKind.APPEAL,), t, rules)
    False
    >>> must_enforce(TaskStatus.OPEN, t, (ReviewKind.QUALIFICATION,), t, rules)
    True
    """
    if status is not TaskStatus.OPEN or now < task_deadline:
        return False
    return not any(rules.waits_for(kind) for kind in pending)


class TaskDisplay(StrEnum):
    """What the task list shows in the status column (the seed's words, in web/words)."""

    APPEAL_PENDING = "appeal_pending"  # 申诉中, 待人工审核
    EDIT_PENDING = "edit_pending"  # 商品审核中, 请等待
    QUALIFICATION_PENDING = "qualification_pending"  # 审核中, 请等待
    EDIT_REJECTED = "edit_rejected"  # 审核不通过 查看原因
    APPEAL_REJECTED = "appeal_rejected"  # 申诉失败
    COUNTDOWN = "countdown"  # N 天后将被下架并扣分
    RECTIFIED = "rectified"
    CLEARED = "cleared"
    DELISTED = "delisted"


@dataclass(frozen=True)
class ReviewSummary:
    """One review of a task, as much as the display needs."""

    kind: ReviewKind
    state: ReviewState
    submitted_at: dt.datetime


def display(status: TaskStatus, reviews: Collection[ReviewSummary]) -> TaskDisplay:
    """The status shown: a pending appeal first (§3 display priority), then a pending edit,
    a pending qualification, then the newest rejection, else the countdown.

    >>> t = dt.datetime(2022, 10, 26, tzinfo=dt.UTC)
    >>> both = [ReviewSummary(ReviewKind.EDIT, ReviewState.PENDING, t),
    ...         ReviewSummary(ReviewKind.APPEAL, ReviewState.PENDING, t)]
    >>> display(TaskStatus.OPEN, both)
    <TaskDisplay.APPEAL_PENDING: 'appeal_pending'>
    """
    if status is not TaskStatus.OPEN:
        return TaskDisplay(status.value)
    pending = {review.kind for review in reviews if review.state is ReviewState.PENDING}
    for kind, shown in (
        (ReviewKind.APPEAL, TaskDisplay.APPEAL_PENDING),
        (ReviewKind.EDIT, TaskDisplay.EDIT_PENDING),
        (ReviewKind.QUALIFICATION, TaskDisplay.QUALIFICATION_PENDING),
    ):
        if kind in pending:
            return shown
    rejected = [review for review in reviews if review.state is ReviewState.REJECTED]
    if rejected:
        newest = max(rejected, key=lambda review: review.submitted_at)
        if newest.kind is ReviewKind.EDIT:
            return TaskDisplay.EDIT_REJECTED
        if newest.kind is ReviewKind.APPEAL:
            return TaskDisplay.APPEAL_REJECTED
    return TaskDisplay.COUNTDOWN


class Outcome(StrEnum):
    """The radar's per-category counts: 完成整改品｜合理品｜问题品."""

    RECTIFIED = "rectified"
    REASONABLE = "reasonable"
    PROBLEM = "problem"


def outcome(status: TaskStatus) -> Outcome:
    """Open and delisted tasks are problem products; cleared ones reasonable.

    >>> outcome(TaskStatus.DELISTED), outcome(TaskStatus.CLEARED)
    (<Outcome.PROBLEM: 'problem'>, <Outcome.REASONABLE: 'reasonable'>)
    """
    return {
        TaskStatus.RECTIFIED: Outcome.RECTIFIED,
        TaskStatus.CLEARED: Outcome.REASONABLE,
        TaskStatus.OPEN: Outcome.PROBLEM,
        TaskStatus.DELISTED: Outcome.PROBLEM,
    }[status]


def capped_points(points: float, already_today: float, daily_cap: float) -> float:
    """Points of one delisting under the per-merchant daily cap (§3.1: 6 per day).

    >>> capped_points(2, 4, 6), capped_points(2, 5, 6), capped_points(2, 6, 6)
    (2, 1, 0)
    """
    return max(0, min(points, daily_cap - already_today))
