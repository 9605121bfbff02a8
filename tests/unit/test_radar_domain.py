"""The radar task rules of the domain (rulebook §3, §3.1): transitions, deadline, display."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from sellerstar.domain import radar
from sellerstar.domain.radar import (
    Outcome,
    RadarRules,
    ReviewKind,
    ReviewState,
    ReviewSummary,
    TaskDisplay,
    TaskEvent,
    TaskStatus,
)

RULES = RadarRules(
    deadline_days=7,
    appeals_per_task=1,
    qualification_review_hours=24,
    appeal_review_hours=48,
    edit_review_hours=24,
    waits_for_product_review=True,
    waits_for_appeal=True,
    waits_for_qualification=False,
)
T0 = dt.datetime(2022, 10, 25, 9, 30, tzinfo=dt.UTC)
SECOND = dt.timedelta(seconds=1)


@pytest.mark.parametrize(
    ("event", "after"),
    [
        (TaskEvent.EDIT_APPROVED, TaskStatus.RECTIFIED),
        (TaskEvent.PRODUCT_REMOVED, TaskStatus.RECTIFIED),
        (TaskEvent.QUALIFICATION_APPROVED, TaskStatus.RECTIFIED),
        (TaskEvent.APPEAL_APPROVED, TaskStatus.CLEARED),
        (TaskEvent.DEADLINE_ENFORCED, TaskStatus.DELISTED),
    ],
)
def test_every_event_ends_an_open_task(event: TaskEvent, after: TaskStatus) -> None:
    assert radar.transition(TaskStatus.OPEN, event) is after


@pytest.mark.parametrize(
    ("status", "event"),
    list(
        itertools.product(
            [TaskStatus.RECTIFIED, TaskStatus.CLEARED, TaskStatus.DELISTED], list(TaskEvent)
        )
    ),
)
def test_a_closed_task_takes_no_event(status: TaskStatus, event: TaskEvent) -> None:
    with pytest.raises(radar.TaskTransitionRefused) as refused:
        radar.transition(status, event)
    assert refused.value.status is status and refused.value.event is event


def test_the_deadline_is_seven_calendar_days_from_creation_under_the_rules() -> None:
    assert radar.deadline(T0, RULES) == dt.datetime(2022, 11, 1, 9, 30, tzinfo=dt.UTC)
    longer = RadarRules(10, 1, 24, 48, 24, True, True, False)
    assert radar.deadline(T0, longer) - T0 == dt.timedelta(days=10)


@pytest.mark.parametrize(
    ("left", "shown"),
    [
        (dt.timedelta(days=7), 7),
        (dt.timedelta(days=6, seconds=1), 7),
        (dt.timedelta(days=6), 6),
        (SECOND, 1),
        (dt.timedelta(0), 0),
        (-dt.timedelta(days=2), 0),
    ],
)
def test_days_left_round_up_and_never_go_below_zero(left: dt.timedelta, shown: int) -> None:
    assert radar.days_left(T0 + left, T0) == shown


def test_enforcement_starts_exactly_at_the_deadline() -> None:
    due = radar.deadline(T0, RULES)
    assert not radar.must_enforce(TaskStatus.OPEN, due, (), due - SECOND, RULES)
    assert radar.must_enforce(TaskStatus.OPEN, due, (), due, RULES)


@pytest.mark.parametrize(
    ("pending", "waits"),
    [
        ((ReviewKind.EDIT,), True),
        ((ReviewKind.APPEAL,), True),
        ((ReviewKind.QUALIFICATION,), False),
        ((ReviewKind.QUALIFICATION, ReviewKind.EDIT), True),
        ((), False),
    ],
)
def test_the_deadline_waits_for_what_the_rules_say(
    pending: tuple[ReviewKind, ...], waits: bool
) -> None:
    due = radar.deadline(T0, RULES)
    assert radar.must_enforce(TaskStatus.OPEN, due, pending, due + SECOND, RULES) is not waits


def test_each_wait_is_a_rule_set_switch() -> None:
    due = radar.deadline(T0, RULES)
    strict = RadarRules(7, 1, 24, 48, 24, False, False, True)
    assert radar.must_enforce(TaskStatus.OPEN, due, (ReviewKind.EDIT,), due, strict)
    assert radar.must_enforce(TaskStatus.OPEN, due, (ReviewKind.APPEAL,), due, strict)
    assert not radar.must_enforce(TaskStatus.OPEN, due, (ReviewKind.QUALIFICATION,), due, strict)


@pytest.mark.parametrize("status", [TaskStatus.RECTIFIED, TaskStatus.CLEARED, TaskStatus.DELISTED])
def test_a_closed_task_is_never_enforced(status: TaskStatus) -> None:
    due = radar.deadline(T0, RULES)
    assert not radar.must_enforce(status, due, (), due + dt.timedelta(days=30), RULES)


def test_one_appeal_per_task_and_only_while_open() -> None:
    assert radar.can_appeal(0, TaskStatus.OPEN, RULES)
    assert not radar.can_appeal(1, TaskStatus.OPEN, RULES)
    assert not radar.can_appeal(0, TaskStatus.DELISTED, RULES)
    two = RadarRules(7, 2, 24, 48, 24, True, True, False)
    assert radar.can_appeal(1, TaskStatus.OPEN, two)
    assert not radar.can_appeal(2, TaskStatus.OPEN, two)


def test_reviews_are_due_after_their_queue_s_hours() -> None:
    assert radar.review_due(T0, ReviewKind.EDIT, RULES) - T0 == dt.timedelta(hours=24)
    assert radar.review_due(T0, ReviewKind.QUALIFICATION, RULES) - T0 == dt.timedelta(hours=24)
    assert radar.review_due(T0, ReviewKind.APPEAL, RULES) - T0 == dt.timedelta(hours=48)


def _review(kind: ReviewKind, state: ReviewState, hours: int = 0) -> ReviewSummary:
    return ReviewSummary(kind, state, T0 + dt.timedelta(hours=hours))


def test_a_pending_appeal_is_shown_before_a_pending_product_review() -> None:
    reviews = [
        _review(ReviewKind.EDIT, ReviewState.PENDING),
        _review(ReviewKind.APPEAL, ReviewState.PENDING),
    ]
    assert radar.display(TaskStatus.OPEN, reviews) is TaskDisplay.APPEAL_PENDING
    assert radar.display(TaskStatus.OPEN, reviews[:1]) is TaskDisplay.EDIT_PENDING


def test_a_pending_qualification_is_shown_after_the_edit_and_the_appeal() -> None:
    qualification = _review(ReviewKind.QUALIFICATION, ReviewState.PENDING)
    assert radar.display(TaskStatus.OPEN, [qualification]) is TaskDisplay.QUALIFICATION_PENDING
    edit = _review(ReviewKind.EDIT, ReviewState.PENDING)
    assert radar.display(TaskStatus.OPEN, [qualification, edit]) is TaskDisplay.EDIT_PENDING


def test_the_newest_rejection_is_shown_when_nothing_is_pending() -> None:
    edit = _review(ReviewKind.EDIT, ReviewState.REJECTED, hours=1)
    appeal = _review(ReviewKind.APPEAL, ReviewState.REJECTED, hours=2)
    assert radar.display(TaskStatus.OPEN, [edit, appeal]) is TaskDisplay.APPEAL_REJECTED
    assert radar.display(TaskStatus.OPEN, [edit]) is TaskDisplay.EDIT_REJECTED
    approved = _review(ReviewKind.EDIT, ReviewState.APPROVED)
    assert radar.display(TaskStatus.OPEN, [approved]) is TaskDisplay.COUNTDOWN
    assert radar.display(TaskStatus.OPEN, []) is TaskDisplay.COUNTDOWN


@pytest.mark.parametrize("status", [TaskStatus.RECTIFIED, TaskStatus.CLEARED, TaskStatus.DELISTED])
def test_a_closed_task_shows_its_end_whatever_is_pending(status: TaskStatus) -> None:
    pending = [_review(ReviewKind.APPEAL, ReviewState.PENDING)]
    assert radar.display(status, pending).value == status.value


def test_outcomes_count_rectified_reasonable_and_problem_products() -> None:
    assert radar.outcome(TaskStatus.RECTIFIED) is Outcome.RECTIFIED
    assert radar.outcome(TaskStatus.CLEARED) is Outcome.REASONABLE
    assert radar.outcome(TaskStatus.OPEN) is Outcome.PROBLEM
    assert radar.outcome(TaskStatus.DELISTED) is Outcome.PROBLEM


@pytest.mark.parametrize(
    ("already", "points"), [(0, 2), (4, 2), (4.5, 1.5), (5, 1), (6, 0), (8, 0)]
)
def test_points_stop_at_the_daily_cap(already: float, points: float) -> None:
    assert radar.capped_points(2, already, 6) == points
