"""The radar task workflow (rulebook §3, §3.1) on both databases: every transition of the
domain table, every refusal, each way out end to end, the deadline on both sides, the
penalty points and their daily cap, idempotence, the outbox, and two operators at once."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from radar_world import (
    BOOK,
    DOCUMENT,
    appeal,
    at,
    audit_actions,
    decide,
    edit,
    enforce,
    findings_of,
    ledger,
    open_task,
    outbox,
    principal,
    product,
    qualify,
    review,
    reviews_of,
    seed,
    task,
)

from factories import product_row, radar_task_row
from sellerstar.domain import radar as rules
from sellerstar.domain.access import OutOfScope
from sellerstar.domain.radar import (
    TRANSITIONS,
    QualificationKind,
    RadarCategory,
    ReviewKind,
    ReviewState,
    ReviewSummary,
    TaskDisplay,
    TaskEvent,
    TaskStatus,
)
from sellerstar.rules import RuleBook
from sellerstar.services import radar_decisions, radar_submissions, radar_tasks
from sellerstar.services.radar_errors import RadarRefused, ReviewAlreadyDecided
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables

T0 = at("2022-11-14 10:00")  # rule-set 2022-11 in force
DEADLINE = T0 + dt.timedelta(days=7)
SECOND = dt.timedelta(seconds=1)
_products = contract_tables["products"]
_tasks = contract_tables["radar_tasks"]


@pytest.fixture
def engine(store_engine: sa.Engine) -> Iterator[sa.Engine]:
    seed(store_engine)
    yield store_engine


def _flipped(**switches: Any) -> RuleBook:
    """The shipped book with these ``[product_radar]`` fields changed in every set."""
    sets = []
    for rule_set in BOOK.rule_sets:
        section = rule_set.product_radar
        if section is not None:
            rule_set = rule_set.model_copy(
                update={"product_radar": section.model_copy(update=switches)}
            )
        sets.append(rule_set)
    return RuleBook(sets)


def _shown(engine: sa.Engine, task_id: str, now: dt.datetime) -> tuple[int, TaskDisplay]:
    """What the task list shows: days left and the status column."""
    row = task(engine, task_id)
    summaries = [
        ReviewSummary(ReviewKind(r.kind), ReviewState(r.state), r.submitted_at)
        for r in reviews_of(engine, task_id)
    ]
    due = rules.deadline(row.created_at, radar_tasks.task_rules(BOOK, row.created_at))
    return rules.days_left(due, now), rules.display(TaskStatus(row.status), summaries)


def _appeals_filed(engine: sa.Engine, task_id: str) -> int:
    return sum(1 for r in reviews_of(engine, task_id) if r.kind == ReviewKind.APPEAL.value)


def _can_appeal(engine: sa.Engine, task_id: str) -> bool:
    row = task(engine, task_id)
    workflow = radar_tasks.task_rules(BOOK, row.created_at)
    return rules.can_appeal(_appeals_filed(engine, task_id), TaskStatus(row.status), workflow)


def _refused(code: str) -> Any:
    return pytest.raises(RadarRefused, check=lambda refused: refused.code == code)


# --- the transition table ------------------------------------------------------------


@pytest.mark.parametrize("event", list(TaskEvent))
def test_every_event_closes_an_open_task_once_as_the_table_says(
    engine: sa.Engine, event: TaskEvent
) -> None:
    task_id = open_task(engine, "P1", "R-LV", T0)
    with transaction(engine) as connection:
        status = radar_tasks.close_task(connection, task_id, event, actor="test", now=T0 + SECOND)
    assert status is TRANSITIONS[(TaskStatus.OPEN, event)]
    row = task(engine, task_id)
    assert (row.status, row.closed_at) == (status.value, T0 + SECOND)
    # A closed task takes no further event: nothing changes, the caller is told (None).
    for again in TaskEvent:
        with transaction(engine) as connection:
            assert (
                radar_tasks.close_task(connection, task_id, again, actor="t", now=DEADLINE) is None
            )
    assert task(engine, task_id).status == status.value
    assert audit_actions(engine, task_id) == ["radar.open", f"radar.{event.value}"]


def test_open_task_records_findings_deadline_and_tells_the_owner(engine: sa.Engine) -> None:
    task_id = open_task(engine, "P1", "R-LV", T0)
    row = task(engine, task_id)
    assert (row.status, row.category, row.right_id, row.created_at) == (
        "open", "risk_control", "R-LV", T0,
    )  # fmt: skip
    (finding,) = findings_of(engine, task_id)
    assert (finding.product_id, finding.right_id, finding.matched_text) == ("P1", "R-LV", "LV")
    (message,) = outbox(engine)
    assert (message.topic, message.subject_id, message.merchant_id, message.account_id) == (
        radar_tasks.TASK_OPENED, task_id, "M1", "AC-M1-sub",
    )  # fmt: skip
    assert dt.datetime.fromisoformat(message.payload["deadline"]) == DEADLINE
    assert _shown(engine, task_id, T0) == (7, TaskDisplay.COUNTDOWN)
    assert _shown(engine, task_id, DEADLINE - SECOND) == (1, TaskDisplay.COUNTDOWN)


# --- refusals ------------------------------------------------------------------------


def test_a_closed_task_refuses_every_way_out(engine: sa.Engine) -> None:
    task_id = open_task(engine, "P1", "R-LV", T0)
    with transaction(engine) as connection:
        radar_submissions.remove_product(connection, principal("sub1"), task_id, now=T0 + SECOND)
    later = T0 + 2 * SECOND
    with _refused("task_closed"):
        edit(engine, "sub1", task_id, later)
    with _refused("task_closed"):
        appeal(engine, "sub1", task_id, later)
    with _refused("task_closed"):
        qualify(engine, "sub1", task_id, later)
    with _refused("task_closed"), transaction(engine) as connection:
        radar_submissions.remove_product(connection, principal("sub1"), task_id, now=later)
    assert reviews_of(engine, task_id) == []


def test_an_unchanged_edit_and_a_second_pending_edit_are_refused(engine: sa.Engine) -> None:
    task_id = open_task(engine, "P1", "R-LV", T0)
    with _refused("edit_unchanged"):
        edit(engine, "sub1", task_id, T0, title="  LV monogram tote ")
    with _refused("title_missing"):
        edit(engine, "sub1", task_id, T0, title="   ")
    first = edit(engine, "sub1", task_id, T0 + SECOND)
    with _refused("edit_pending"):
        edit(engine, "main1", task_id, T0 + 2 * SECOND, title="Another title")
    decide(engine, first, False, T0 + 3 * SECOND)
    # Rejected: the merchant may edit again.
    edit(engine, "sub1", task_id, T0 + 4 * SECOND, title="Another title")


def test_an_appeal_once_per_task_and_the_button_greys(engine: sa.Engine) -> None:
    task_id = open_task(engine, "P1", "R-LV", T0)
    other = open_task(engine, "P2", "R-LV", T0)
    assert _can_appeal(engine, task_id)
    first = appeal(engine, "sub1", task_id, T0 + SECOND)
    assert not _can_appeal(engine, task_id)
    with _refused("appeal_used"):
        appeal(engine, "main1", task_id, T0 + 2 * SECOND)
    decide(engine, first, False, T0 + 3 * SECOND)
    with _refused("appeal_used"):
        appeal(engine, "sub1", task_id, T0 + 4 * SECOND)
    assert not _can_appeal(engine, task_id)
    # Once per task, not per merchant or right.
    assert _can_appeal(engine, other)
    appeal(engine, "sub1", other, T0 + 5 * SECOND)
    third = open_task(engine, "P5", "R-LV", T0)
    with _refused("statement_missing"), transaction(engine) as connection:
        radar_submissions.submit_appeal(
            connection, principal("main1"), third, statement=" ", book=BOOK, now=T0
        )


def test_a_second_qualification_of_a_right_waits_for_the_first(engine: sa.Engine) -> None:
    lv1 = open_task(engine, "P1", "R-LV", T0)
    lv2 = open_task(engine, "P2", "R-LV", T0)
    nike = open_task(engine, "P3", "R-NIKE", T0)
    lv_other = open_task(engine, "P4", "R-LV", T0)
    first = qualify(engine, "sub1", lv1, T0 + SECOND)
    with _refused("qualification_pending"):
        qualify(engine, "main1", lv2, T0 + 2 * SECOND)
    # Another right, or the same right of another merchant, is not blocked.
    qualify(engine, "sub1b", nike, T0 + 2 * SECOND)
    qualify(engine, "main2", lv_other, T0 + 2 * SECOND)
    decide(engine, first, False, T0 + 3 * SECOND)
    qualify(engine, "main1", lv2, T0 + 4 * SECOND)
    stored = review(engine, first)
    assert (stored.qualification_kind, stored.file_sha256, stored.file_name) == (
        QualificationKind.BRAND_AUTHORISATION.value, DOCUMENT.sha256, DOCUMENT.original_name,
    )  # fmt: skip
    assert stored.due_at == T0 + SECOND + dt.timedelta(hours=24)


def test_a_task_about_no_right_takes_no_qualification(engine: sa.Engine) -> None:
    with transaction(engine) as connection:
        connection.execute(_tasks.insert(), [radar_task_row("RT-LOG", "P1", created_at=T0)])
    with _refused("no_right"):
        qualify(engine, "sub1", "RT-LOG", T0 + SECOND)
    # The other two ways out are open to it.
    appeal(engine, "sub1", "RT-LOG", T0 + SECOND)
    edit(engine, "sub1", "RT-LOG", T0 + SECOND)


@pytest.mark.parametrize(
    ("login", "product_id"),
    [
        ("main2", "P1"),  # another merchant
        ("sub1b", "P1"),  # a sub-account that does not own the product
        ("sub1", "P3"),
        ("sub1", "P5"),  # a product without owner: only the main account
        ("ops", "P1"),  # an operator does not act for the merchant
    ],
)
def test_out_of_scope_users_cannot_act_on_a_task(
    engine: sa.Engine, login: str, product_id: str
) -> None:
    task_id = open_task(engine, product_id, "R-LV", T0)
    for act in (
        lambda: edit(engine, login, task_id, T0),
        lambda: appeal(engine, login, task_id, T0),
        lambda: qualify(engine, login, task_id, T0),
    ):
        with pytest.raises(OutOfScope):
            act()
    with pytest.raises(OutOfScope), transaction(engine) as connection:
        radar_submissions.remove_product(connection, principal(login), task_id, now=T0)
    assert reviews_of(engine, task_id) == []
    assert product(engine, product_id).status == "listed"
    with pytest.raises(OutOfScope):
        edit(engine, login, "RT-NO-SUCH-TASK", T0)


def test_the_main_account_acts_on_every_task_of_its_merchant(engine: sa.Engine) -> None:
    for product_id in ("P1", "P3", "P5"):
        task_id = open_task(engine, product_id, "R-LV", T0)
        appeal(engine, "main1", task_id, T0 + SECOND)


def test_only_operators_decide_and_a_rejection_needs_a_reason(engine: sa.Engine) -> None:
    review_id = appeal(engine, "sub1", open_task(engine, "P1", "R-LV", T0), T0)
    for login in ("main1", "sub1", "main2"):
        with pytest.raises(OutOfScope):
            decide(engine, review_id, True, T0 + SECOND, login=login)
    with pytest.raises(OutOfScope):
        decide(engine, "RR-NO-SUCH", True, T0 + SECOND)
    with _refused("reason_missing"), transaction(engine) as connection:
        radar_decisions.decide(
            connection, principal("ops"), review_id, approve=False, reason="  ",
            book=BOOK, now=T0 + SECOND,
        )  # fmt: skip
    assert review(engine, review_id).state == "pending"


# --- the ways out, end to end --------------------------------------------------------


def test_an_approved_edit_rectifies_and_changes_the_product(engine: sa.Engine) -> None:
    task_id = open_task(engine, "P1", "R-LV", T0)
    review_id = edit(engine, "sub1", task_id, T0 + SECOND, title="Monogram canvas tote")
    assert _shown(engine, task_id, T0 + SECOND) == (7, TaskDisplay.EDIT_PENDING)
    decided = decide(engine, review_id, True, T0 + dt.timedelta(hours=3))
    assert decided.closed_tasks == (task_id,)
    row = task(engine, task_id)
    assert (row.status, row.closed_at) == ("rectified", T0 + dt.timedelta(hours=3))
    changed = product(engine, "P1")
    assert (changed.title, changed.description, changed.brand, changed.status) == (
        "Monogram canvas tote", None, None, "listed",
    )  # fmt: skip
    stored = review(engine, review_id)
    assert (stored.state, stored.decided_by, stored.reason) == ("approved", "ops", None)
    assert _shown(engine, task_id, DEADLINE) == (0, TaskDisplay.RECTIFIED)
    assert enforce(engine, DEADLINE) == {}
    assert ledger(engine) == []


def test_a_rejected_edit_leaves_the_task_open_with_the_reason(engine: sa.Engine) -> None:
    task_id = open_task(engine, "P1", "R-LV", T0)
    review_id = edit(engine, "sub1", task_id, T0 + SECOND)
    decide(engine, review_id, False, T0 + dt.timedelta(hours=5), reason="LV still in the photo")
    assert task(engine, task_id).status == "open"
    assert product(engine, "P1").title == "LV monogram tote"
    assert review(engine, review_id).reason == "LV still in the photo"
    assert _shown(engine, task_id, T0 + dt.timedelta(hours=5)) == (7, TaskDisplay.EDIT_REJECTED)


def test_an_approved_qualification_closes_every_open_task_of_the_right_for_the_merchant(
    engine: sa.Engine,
) -> None:
    lv1 = open_task(engine, "P1", "R-LV", T0)
    lv2 = open_task(engine, "P2", "R-LV", T0)
    lv5 = open_task(engine, "P5", "R-LV", T0)
    cleared = open_task(engine, "P2", "R-LV", T0 - dt.timedelta(days=1))
    nike = open_task(engine, "P3", "R-NIKE", T0)
    other_merchant = open_task(engine, "P4", "R-LV", T0)
    decide(engine, appeal(engine, "sub1", cleared, T0), True, T0 + SECOND)
    review_id = qualify(engine, "sub1", lv1, T0 + SECOND)
    assert _shown(engine, lv1, T0 + SECOND) == (7, TaskDisplay.QUALIFICATION_PENDING)
    decided = decide(engine, review_id, True, T0 + dt.timedelta(hours=20))
    assert sorted(decided.closed_tasks) == sorted([lv1, lv2, lv5])
    statuses = {t: task(engine, t).status for t in (lv1, lv2, lv5, cleared, nike, other_merchant)}
    assert statuses == {
        lv1: "rectified", lv2: "rectified", lv5: "rectified",
        cleared: "cleared", nike: "open", other_merchant: "open",
    }  # fmt: skip
    decided_message = [m for m in outbox(engine) if m.subject_id == review_id]
    assert [(m.account_id, m.payload["state"]) for m in decided_message] == [(None, "approved")]
    assert sorted(decided_message[0].payload["closed_tasks"]) == sorted([lv1, lv2, lv5])


def test_an_approved_appeal_clears_the_task(engine: sa.Engine) -> None:
    task_id = open_task(engine, "P1", "R-LV", T0)
    review_id = appeal(engine, "sub1", task_id, T0 + SECOND)
    assert review(engine, review_id).due_at == T0 + SECOND + dt.timedelta(hours=48)
    assert _shown(engine, task_id, T0 + SECOND) == (7, TaskDisplay.APPEAL_PENDING)
    assert decide(engine, review_id, True, T0 + dt.timedelta(days=1)).closed_tasks == (task_id,)
    assert task(engine, task_id).status == "cleared"
    assert rules.outcome(TaskStatus.CLEARED) is rules.Outcome.REASONABLE
    assert product(engine, "P1").status == "listed"


def test_a_rejected_appeal_keeps_the_deadline_and_the_other_ways_out(engine: sa.Engine) -> None:
    task_id = open_task(engine, "P1", "R-LV", T0)
    review_id = appeal(engine, "sub1", task_id, T0 + SECOND)
    decide(engine, review_id, False, T0 + dt.timedelta(days=2))
    row = task(engine, task_id)
    assert (row.status, row.created_at) == ("open", T0)
    assert _shown(engine, task_id, T0 + dt.timedelta(days=2)) == (5, TaskDisplay.APPEAL_REJECTED)
    assert enforce(engine, DEADLINE - SECOND) == {}
    qualify(engine, "sub1", task_id, T0 + dt.timedelta(days=3))  # still possible
    assert enforce(engine, DEADLINE) == {"delisted": 1}  # the deadline did not move
    assert task(engine, task_id).status == "delisted"


def test_the_merchant_delisting_the_product_rectifies_its_open_tasks(engine: sa.Engine) -> None:
    lv = open_task(engine, "P1", "R-LV", T0)
    imported = "RT-LOG"
    with transaction(engine) as connection:
        connection.execute(_tasks.insert(), [radar_task_row(imported, "P1", created_at=T0)])
    with transaction(engine) as connection:
        closed = radar_submissions.remove_product(
            connection, principal("sub1"), lv, now=T0 + SECOND
        )
    assert sorted(closed) == sorted([lv, imported])
    assert product(engine, "P1").status == "delisted"
    assert {task(engine, t).status for t in (lv, imported)} == {"rectified"}
    assert "radar.delist_product" in audit_actions(engine, "P1")
    assert enforce(engine, DEADLINE) == {}


@pytest.mark.parametrize("feed_status", ["delisted", "deleted"])
def test_a_product_gone_from_the_feed_rectifies_its_tasks(
    engine: sa.Engine, feed_status: str
) -> None:
    gone = open_task(engine, "P1", "R-LV", T0)
    stays = open_task(engine, "P2", "R-LV", T0)
    with transaction(engine) as connection:
        connection.execute(
            sa.update(_products).where(_products.c.product_id == "P1").values(status=feed_status)
        )
    with transaction(engine) as connection:
        assert radar_tasks.close_tasks_of_removed_products(connection, T0 + SECOND) == 1
    with transaction(engine) as connection:
        assert radar_tasks.close_tasks_of_removed_products(connection, T0 + 2 * SECOND) == 0
    assert (task(engine, gone).status, task(engine, stays).status) == ("rectified", "open")
    assert product(engine, "P1").status == feed_status


# --- the deadline --------------------------------------------------------------------


def test_the_deadline_one_second_before_and_at_it(engine: sa.Engine) -> None:
    task_id = open_task(engine, "P1", "R-LV", T0)
    assert enforce(engine, DEADLINE - SECOND) == {}
    with transaction(engine) as connection:
        assert radar_tasks.enforce_task(connection, task_id, BOOK, DEADLINE - SECOND) == "not_due"
    assert (task(engine, task_id).status, product(engine, "P1").status) == ("open", "listed")
    assert enforce(engine, DEADLINE) == {"delisted": 1}
    row = task(engine, task_id)
    assert (row.status, row.closed_at) == ("delisted", DEADLINE)
    assert product(engine, "P1").status == "delisted"
    (points,) = ledger(engine)
    assert (points.kind, points.entity_id, points.merchant_id, points.points) == (
        "radar_delisting", task_id, "M1", 2,
    )  # fmt: skip
    assert (points.occurred_on, points.waived_reason) == (dt.date(2022, 11, 21), None)
    assert points.detail["right_id"] == "R-LV" and points.detail["product_id"] == "P1"


def test_a_pending_edit_at_the_deadline_waits_and_shows_zero_days_in_review(
    engine: sa.Engine,
) -> None:
    task_id = open_task(engine, "P1", "R-LV", T0)
    review_id = edit(engine, "sub1", task_id, DEADLINE - dt.timedelta(hours=2))
    assert enforce(engine, DEADLINE) == {"waiting": 1}
    assert enforce(engine, DEADLINE + dt.timedelta(days=1)) == {"waiting": 1}
    assert _shown(engine, task_id, DEADLINE + dt.timedelta(hours=1)) == (
        0, TaskDisplay.EDIT_PENDING,
    )  # fmt: skip
    assert (task(engine, task_id).status, ledger(engine)) == ("open", [])
    # Approved after the deadline: rectified, no points.
    decide(engine, review_id, True, DEADLINE + dt.timedelta(days=1, hours=1))
    assert task(engine, task_id).status == "rectified"
    assert ledger(engine) == []


def test_a_rejection_after_the_deadline_delists_at_once(engine: sa.Engine) -> None:
    task_id = open_task(engine, "P1", "R-LV", T0)
    review_id = edit(engine, "sub1", task_id, DEADLINE - SECOND)
    assert enforce(engine, DEADLINE) == {"waiting": 1}
    decide(engine, review_id, False, DEADLINE + dt.timedelta(hours=4))
    row = task(engine, task_id)
    assert (row.status, row.closed_at) == ("delisted", DEADLINE + dt.timedelta(hours=4))
    assert product(engine, "P1").status == "delisted"
    assert [p.entity_id for p in ledger(engine)] == [task_id]


def test_a_rejection_before_the_deadline_does_not_delist(engine: sa.Engine) -> None:
    task_id = open_task(engine, "P1", "R-LV", T0)
    decide(engine, edit(engine, "sub1", task_id, T0), False, DEADLINE - SECOND)
    assert task(engine, task_id).status == "open"
    assert ledger(engine) == []


def test_a_pending_appeal_at_the_deadline_waits_and_its_state_is_shown(engine: sa.Engine) -> None:
    task_id = open_task(engine, "P1", "R-LV", T0)
    edit(engine, "sub1", task_id, DEADLINE - dt.timedelta(hours=3))
    appeal(engine, "sub1", task_id, DEADLINE - dt.timedelta(hours=2))
    assert _shown(engine, task_id, DEADLINE) == (0, TaskDisplay.APPEAL_PENDING)
    assert enforce(engine, DEADLINE) == {"waiting": 1}


def test_an_appeal_rejected_after_the_deadline_delists_at_once(engine: sa.Engine) -> None:
    task_id = open_task(engine, "P1", "R-LV", T0)
    appeal_id = appeal(engine, "sub1", task_id, DEADLINE - dt.timedelta(hours=2))
    assert enforce(engine, DEADLINE + dt.timedelta(hours=1)) == {"waiting": 1}
    decide(engine, appeal_id, False, DEADLINE + dt.timedelta(hours=30))
    assert task(engine, task_id).status == "delisted"
    assert len(ledger(engine)) == 1


def test_a_rejection_after_the_deadline_still_waits_for_the_other_review(
    engine: sa.Engine,
) -> None:
    task_id = open_task(engine, "P1", "R-LV", T0)
    edit_id = edit(engine, "sub1", task_id, DEADLINE - dt.timedelta(hours=3))
    appeal_id = appeal(engine, "sub1", task_id, DEADLINE - dt.timedelta(hours=2))
    decide(engine, edit_id, False, DEADLINE + dt.timedelta(hours=1))
    assert task(engine, task_id).status == "open"
    decide(engine, appeal_id, False, DEADLINE + dt.timedelta(hours=2))
    assert task(engine, task_id).status == "delisted"


def test_a_pending_qualification_does_not_hold_the_deadline_by_default(engine: sa.Engine) -> None:
    assert BOOK.in_force_at(T0).product_radar.deadline_waits_for_qualification is False  # type: ignore[union-attr]
    task_id = open_task(engine, "P1", "R-LV", T0)
    review_id = qualify(engine, "sub1", task_id, DEADLINE - dt.timedelta(hours=2))
    assert enforce(engine, DEADLINE) == {"delisted": 1}
    assert task(engine, task_id).status == "delisted"
    # The qualification stays in its queue; approving it later closes nothing.
    assert decide(engine, review_id, True, DEADLINE + dt.timedelta(hours=3)).closed_tasks == ()
    assert task(engine, task_id).status == "delisted"


def test_with_the_switch_flipped_a_pending_qualification_holds_every_task_of_its_right(
    engine: sa.Engine,
) -> None:
    book = _flipped(deadline_waits_for_qualification=True)
    lv1 = open_task(engine, "P1", "R-LV", T0, book=book)
    lv2 = open_task(engine, "P2", "R-LV", T0, book=book)
    nike = open_task(engine, "P3", "R-NIKE", T0, book=book)
    review_id = qualify(engine, "sub1", lv1, DEADLINE - dt.timedelta(hours=2), book=book)
    assert enforce(engine, DEADLINE, book) == {"waiting": 2, "delisted": 1}
    assert [task(engine, t).status for t in (lv1, lv2, nike)] == ["open", "open", "delisted"]
    decide(engine, review_id, False, DEADLINE + dt.timedelta(hours=5), book=book)
    assert task(engine, lv1).status == "delisted"
    # Its sibling task no longer waits either: delisted at the same decision.
    assert task(engine, lv2).status == "delisted"
    assert sorted(p.entity_id for p in ledger(engine)) == sorted([lv1, lv2, nike])


# --- points --------------------------------------------------------------------------


def _more_products(engine: sa.Engine, merchant: str, ids: list[str]) -> None:
    with transaction(engine) as connection:
        connection.execute(
            _products.insert(), [product_row(p, merchant, f"LV bag {p}") for p in ids]
        )


def _open_on(
    engine: sa.Engine, merchant: str, product_ids: list[str], now: dt.datetime
) -> list[str]:
    ids = []
    for product_id in product_ids:
        with transaction(engine) as connection:
            task_id = radar_tasks.open_task(
                connection,
                product_id=product_id,
                merchant_id=merchant,
                owner_account_id=None,
                right_id="R-LV",
                category=RadarCategory.RISK_CONTROL,
                detail="LV",
                findings=[],
                fingerprint="0" * 64,
                rule_set=BOOK.in_force_at(now),
                now=now,
            )
        ids.append(task_id)
    return ids


def test_points_two_per_task_capped_at_six_per_merchant_per_platform_day(
    engine: sa.Engine,
) -> None:
    _more_products(engine, "M1", ["Q1", "Q2", "Q3", "Q4", "Q5"])
    _more_products(engine, "M2", ["Q6"])
    # Deadlines on platform day 2022-11-21 (late evening) and 2022-11-22 (just after
    # midnight, the same UTC day): the cap is per platform day.
    late = at("2022-11-14 23:30")
    early = at("2022-11-15 00:30")
    same_day = _open_on(engine, "M1", ["Q1", "Q2", "Q3", "Q4"], late)
    other_merchant = _open_on(engine, "M2", ["Q6"], late)
    next_day = _open_on(engine, "M1", ["Q5"], early)
    assert enforce(engine, late + dt.timedelta(days=7)) == {"delisted": 5}
    assert enforce(engine, early + dt.timedelta(days=7)) == {"delisted": 1}
    rows = {p.entity_id: p for p in ledger(engine)}
    # Tasks due at the same instant are enforced in task-id order.
    same_day.sort()
    got = [(rows[t].points, rows[t].waived_reason) for t in same_day]
    assert got == [(2, None), (2, None), (2, None), (0, "daily_cap")]
    assert (rows[other_merchant[0]].points, rows[other_merchant[0]].waived_reason) == (2, None)
    assert (rows[next_day[0]].points, rows[next_day[0]].waived_reason) == (2, None)
    assert rows[next_day[0]].occurred_on == dt.date(2022, 11, 22)
    for row in rows.values():
        assert row.expires_on == row.occurred_on + dt.timedelta(days=365)
        assert row.detail["points_before_cap"] == 2
    assert rows[same_day[0]].occurred_on == dt.date(2022, 11, 21)
    told = [m for m in outbox(engine) if m.topic == radar_tasks.TASK_DELISTED]
    assert {m.subject_id: m.payload["points"] for m in told} == {t: rows[t].points for t in rows}


def test_enforcing_twice_writes_one_ledger_row_and_one_message(engine: sa.Engine) -> None:
    task_id = open_task(engine, "P1", "R-LV", T0)
    assert enforce(engine, DEADLINE) == {"delisted": 1}
    assert enforce(engine, DEADLINE + SECOND) == {}
    with transaction(engine) as connection:
        assert radar_tasks.enforce_task(connection, task_id, BOOK, DEADLINE) == "closed"
    assert len(ledger(engine)) == 1
    delisted = [m for m in outbox(engine) if m.topic == radar_tasks.TASK_DELISTED]
    assert [(m.subject_id, m.account_id, m.payload["points"]) for m in delisted] == [
        (task_id, "AC-M1-sub", 2)
    ]


def test_a_delisting_leaves_the_products_other_tasks_to_their_own_deadlines(
    engine: sa.Engine,
) -> None:
    first = open_task(engine, "P1", "R-LV", T0)
    second = open_task(engine, "P1", "R-NIKE", T0 + dt.timedelta(days=1))
    assert enforce(engine, DEADLINE) == {"delisted": 1}
    assert (task(engine, first).status, task(engine, second).status) == ("delisted", "open")
    # The radar's own delisting is not the merchant's rectification.
    with engine.begin() as connection:
        assert radar_tasks.close_tasks_of_removed_products(connection, DEADLINE) == 0
    assert task(engine, second).status == "open"
    assert enforce(engine, DEADLINE + dt.timedelta(days=1) - SECOND) == {}
    assert enforce(engine, DEADLINE + dt.timedelta(days=1)) == {"delisted": 1}
    assert len(ledger(engine)) == 2


def test_deleting_a_product_the_radar_delisted_rectifies_its_other_tasks(
    engine: sa.Engine,
) -> None:
    first = open_task(engine, "P1", "R-LV", T0)
    second = open_task(engine, "P1", "R-NIKE", T0 + dt.timedelta(days=1))
    assert enforce(engine, DEADLINE) == {"delisted": 1}
    with engine.begin() as connection:
        connection.execute(
            sa.update(_products).where(_products.c.product_id == "P1").values(status="deleted")
        )
        assert radar_tasks.close_tasks_of_removed_products(connection, DEADLINE) == 1
    assert (task(engine, first).status, task(engine, second).status) == ("delisted", "rectified")


# --- the outbox ----------------------------------------------------------------------


def test_the_outbox_tells_the_owner_of_each_event(engine: sa.Engine) -> None:
    owned = open_task(engine, "P1", "R-LV", T0)
    unowned = open_task(engine, "P5", "R-LV", T0 + SECOND)  # enforced second
    edit_id = edit(engine, "sub1", owned, T0 + SECOND)
    decide(engine, edit_id, False, T0 + dt.timedelta(hours=1))
    enforce(engine, DEADLINE + SECOND)
    got = [(m.topic, m.subject_id, m.merchant_id, m.account_id) for m in outbox(engine)]
    assert got == [
        ("radar_task_opened", owned, "M1", "AC-M1-sub"),
        ("radar_task_opened", unowned, "M1", None),
        ("radar_review_decided", edit_id, "M1", "AC-M1-sub"),
        ("radar_task_delisted", owned, "M1", "AC-M1-sub"),
        ("radar_task_delisted", unowned, "M1", None),
    ]
    decided = outbox(engine)[2].payload
    assert decided == {
        "review_id": edit_id, "kind": "edit", "state": "rejected",
        "task_id": owned, "closed_tasks": [],
    }  # fmt: skip
    assert all(m.sent_at is None and m.attempts == 0 for m in outbox(engine))


# --- two operators at once -----------------------------------------------------------


def _race(engine: sa.Engine, review_id: str, now: dt.datetime) -> list[object]:
    start = threading.Barrier(2)
    outcomes: list[object] = []
    lock = threading.Lock()

    def run(login: str, approve: bool) -> None:
        start.wait()
        try:
            got: object = decide(engine, review_id, approve, now, login=login)
        except ReviewAlreadyDecided as late:
            got = late
        with lock:
            outcomes.append(got)

    threads = [
        threading.Thread(target=run, args=("ops", True)),
        threading.Thread(target=run, args=("ops2", False)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


def test_two_operators_deciding_at_once_exactly_one_wins(engine: sa.Engine) -> None:
    for product_id in ("P1", "P2", "P5"):
        task_id = open_task(engine, product_id, "R-LV", T0)
        review_id = appeal(engine, "main1", task_id, T0)
        outcomes = _race(engine, review_id, T0 + dt.timedelta(hours=1))
        lost = [o for o in outcomes if isinstance(o, ReviewAlreadyDecided)]
        won = [o for o in outcomes if isinstance(o, radar_decisions.Decided)]
        assert len(lost) == 1 and len(won) == 1, outcomes
        stored = review(engine, review_id)
        assert stored.state == won[0].state.value == lost[0].params["state"]
        assert stored.decided_by in str(lost[0])
        expected = "cleared" if won[0].state is ReviewState.APPROVED else "open"
        assert task(engine, task_id).status == expected
        verb = "approve" if expected == "cleared" else "reject"
        assert audit_actions(engine, review_id) == ["radar.submit_appeal", f"radar.{verb}_appeal"]
        assert len([m for m in outbox(engine) if m.subject_id == review_id]) == 1


@pytest.mark.parametrize("way", ["appeal", "edit", "qualification"])
def test_two_submissions_at_once_one_is_refused(engine: sa.Engine, way: str) -> None:
    """Once per task (appeal), one pending edit per task, one pending qualification per
    merchant and right hold when two of the merchant's users press the button together."""
    first = open_task(engine, "P1", "R-LV", T0)
    second = open_task(engine, "P2", "R-LV", T0)
    submit = {
        "appeal": lambda login, task_id: appeal(engine, login, task_id, T0 + SECOND),
        "edit": lambda login, task_id: edit(engine, login, task_id, T0 + SECOND),
        "qualification": lambda login, task_id: qualify(engine, login, task_id, T0 + SECOND),
    }[way]
    targets = [first, first] if way != "qualification" else [first, second]
    start = threading.Barrier(2)
    outcomes: list[object] = []
    lock = threading.Lock()

    def run(login: str, task_id: str) -> None:
        start.wait()
        try:
            got: object = submit(login, task_id)
        except RadarRefused as refused:
            got = refused
        with lock:
            outcomes.append(got)

    threads = [
        threading.Thread(target=run, args=(login, task_id))
        for login, task_id in zip(("sub1", "main1"), targets, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    refused = [o for o in outcomes if isinstance(o, RadarRefused)]
    assert len(outcomes) == 2 and len(refused) == 1, outcomes
    assert refused[0].code == {"appeal": "appeal_used", "edit": "edit_pending"}.get(
        way, "qualification_pending"
    )
