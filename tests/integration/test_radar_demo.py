"""The demo's radar step: on a marketplace with infringing listings, the daily runs and the
walk leave a task in every state, on the demo's clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from radar_world import BOOK, seed

from factories import product_row, right_row
from sellerstar.demo.radar_workflow import (
    FIRST_COHORT_ROLES,
    SECOND_COHORT_ROLES,
    run_radar_demo,
)
from sellerstar.domain import radar as rules
from sellerstar.domain.radar import ReviewKind, ReviewState, ReviewSummary, TaskStatus
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, penalty_points, radar_reviews

VIEW = dt.date(2022, 12, 6)
_tasks = contract_tables["radar_tasks"]
_products = contract_tables["products"]


def _market(engine: sa.Engine) -> None:
    seed(engine)
    rows = [
        product_row(f"PL{n:02d}", "M1", f"LV canvas tote no. {n}", owner_account_id="AC-M1-sub")
        for n in range(30)
    ]
    rows += [product_row(f"PG{n:02d}", "M1", f"Gucci style belt {n}") for n in range(3)]
    rows += [product_row(f"PN{n:02d}", "M1", f"Nike runner model {n}") for n in range(16)]
    rows += [product_row(f"PM{n:02d}", "M2", f"Gucci loafers {n}") for n in range(8)]
    rows += [product_row(f"PC{n:02d}", "M2", f"Plain cotton shirt {n}") for n in range(10)]
    with transaction(engine) as connection:
        connection.execute(contract_tables["ip_rights"].insert(), [right_row("R-GUCCI", "Gucci")])
        connection.execute(_products.insert(), rows)


def _by_id(engine: sa.Engine) -> dict[str, Any]:
    with engine.connect() as connection:
        return {row.task_id: row for row in connection.execute(sa.select(_tasks))}


def _reviews(engine: sa.Engine, task_id: str) -> list[Any]:
    with engine.connect() as connection:
        return list(
            connection.execute(sa.select(radar_reviews).where(radar_reviews.c.task_id == task_id))
        )


def test_the_demo_leaves_a_task_in_every_state(store_engine: sa.Engine, tmp_path: Path) -> None:
    _market(store_engine)
    demo = run_radar_demo(
        store_engine, BOOK, VIEW, demo_merchant="M1", evidence_dir=tmp_path / "evidence",
        evidence_max_bytes=1 << 20, image_root=tmp_path,
    )  # fmt: skip
    assert demo is not None
    first = {r.split(":")[1]: t for r, t in demo.roles.items() if r.startswith("first:")}
    second = {r.split(":")[1]: t for r, t in demo.roles.items() if r.startswith("second:")}
    assert set(first) == set(FIRST_COHORT_ROLES) and set(second) == set(SECOND_COHORT_ROLES)
    tasks = _by_id(store_engine)
    status = {role: tasks[t].status for role, t in first.items()}
    assert status == {
        "qualification_approved": "rectified", "edit_approved": "rectified",
        "appeal_approved": "cleared", "appeal_rejected": "delisted",
        "edit_rejected": "delisted", "delisted_by_merchant": "rectified",
        "edit_waiting": "open", "appeal_waiting": "open",
        "edit_rejected_after_deadline": "delisted",
    }  # fmt: skip
    assert {tasks[t].status for t in second.values()} == {"open"}
    # The qualification closed every task of its right for the merchant (a few of them).
    qualified = tasks[first["qualification_approved"]]
    with store_engine.connect() as connection:
        merchants = dict(
            connection.execute(sa.select(_products.c.product_id, _products.c.merchant_id)).all()
        )
        ledger = connection.execute(sa.select(penalty_points)).all()
    same_right = [
        t for t in tasks.values()
        if t.right_id == qualified.right_id and merchants[t.product_id] == "M1"
        and t.created_at == qualified.created_at
    ]  # fmt: skip
    assert len(same_right) >= 2 and {t.status for t in same_right} == {"rectified"}
    assert {t.closed_at for t in same_right} == {qualified.closed_at}
    # The demo merchant's tasks take the roles first; others' when it runs out.
    assert {merchants[tasks[t].product_id] for t in first.values()} == {"M1"}
    assert "M1" in {merchants[tasks[t].product_id] for t in second.values()}
    # Delisted at the deadline run (2022-12-03 01:00), one after a rejection the same day.
    untouched = [
        t for t in tasks.values()
        if t.created_at == dt.datetime(2022, 11, 25, 17, tzinfo=dt.UTC)
        and t.task_id not in first.values() and merchants[t.product_id] == "M1"
    ]  # fmt: skip
    assert untouched and {t.status for t in untouched} <= {"delisted", "rectified"}
    assert {p.waived_reason for p in ledger} == {None, "daily_cap"}
    assert {p.occurred_on for p in ledger} == {dt.date(2022, 12, 3)}
    after = tasks[first["edit_rejected_after_deadline"]].closed_at
    assert after == dt.datetime(2022, 12, 3, 3, tzinfo=dt.UTC)  # 11:00 platform time
    # On the view date: the waiting tasks show 0 days and their review; the others count down.
    now = dt.datetime(2022, 12, 6, 4, tzinfo=dt.UTC)
    for role, shown in (("edit_waiting", "edit_pending"), ("appeal_waiting", "appeal_pending")):
        task = tasks[first[role]]
        summaries = [
            ReviewSummary(ReviewKind(r.kind), ReviewState(r.state), r.submitted_at)
            for r in _reviews(store_engine, task.task_id)
        ]
        due = rules.deadline(task.created_at, BOOK.in_force(VIEW).product_radar.workflow())  # type: ignore[union-attr]
        assert rules.days_left(due, now) == 0
        assert rules.display(TaskStatus.OPEN, summaries).value == shown
    countdown = tasks[second["edit_rejected"]]
    assert rules.days_left(countdown.created_at + dt.timedelta(days=7), now) == 4
    (rejected,) = _reviews(store_engine, second["edit_rejected"])
    assert rejected.state == "rejected" and "mark" in rejected.reason
    (document,) = _reviews(store_engine, second["qualification_pending"])
    assert (tmp_path / "evidence" / document.file_path).is_file()
    assert document.state == "pending"
    assert demo.runs == 11 and demo.tasks_opened == len(tasks)
