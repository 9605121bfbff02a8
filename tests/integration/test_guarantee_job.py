"""The guarantee batch job on SQLite and PostgreSQL: late-shipment penalty points (waived
while enrolled), claim compensations, idempotent re-runs, operator decisions kept."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from guarantee_world import at, claim, enrol, order, seed

from sellerstar.jobs.guarantee import run_guarantee_job
from sellerstar.rules import load_rulebook
from sellerstar.services import compensation
from sellerstar.services.actors import User
from sellerstar.store.db import transaction
from sellerstar.store.schema import compensations, job_runs, penalty_points

BOOK = load_rulebook()
NOW = at("2022-12-06 12:00")
FIRST, LAST = dt.date(2022, 11, 1), dt.date(2022, 11, 30)
MAIN1 = User("main1", "merchant_main", "M1")
OPS = User("ops", "operator", None)


@pytest.fixture
def store(store_engine: sa.Engine) -> sa.Engine:
    seed(store_engine)
    enrol(store_engine, "M1", "2022-11-10 10:00")
    return store_engine


def _run(store: sa.Engine, first: dt.date = FIRST, last: dt.date = LAST) -> dict[str, int]:
    return run_guarantee_job(store, BOOK, first, last, NOW)


def _penalties(store: sa.Engine) -> dict[str, dict[str, Any]]:
    with store.connect() as connection:
        rows = connection.execute(sa.select(penalty_points))
        return {row.entity_id: dict(row._mapping) for row in rows}


def _compensations(store: sa.Engine) -> dict[str, dict[str, Any]]:
    with store.connect() as connection:
        rows = connection.execute(sa.select(compensations))
        return {row.claim_id: dict(row._mapping) for row in rows}


def test_late_shipments_get_points_waived_only_while_enrolled(store: sa.Engine) -> None:
    order(store, "on-time", "M1", ship_by="2022-11-20 18:00", shipped="2022-11-20 18:00")
    order(store, "late", "M1", ship_by="2022-11-20 18:00", shipped="2022-11-20 18:01")
    order(store, "unshipped", "M1", ship_by="2022-11-20 18:00", shipped=None)
    order(store, "at-join", "M1", ship_by="2022-11-10 10:00", shipped="2022-11-11 10:00")
    order(store, "before-join", "M1", ship_by="2022-11-10 09:59", shipped="2022-11-11 10:00")
    order(store, "not-enrolled", "M2", ship_by="2022-11-20 18:00", shipped="2022-11-22 10:00")
    order(store, "cancelled", "M2", ship_by="2022-11-20 18:00", shipped=None, status="cancelled")
    order(store, "not-ta", "M2", ship_by="2022-11-20 18:00", shipped=None, trade_assurance=False)
    order(store, "last-minute", "M2", ship_by="2022-11-30 23:59", shipped=None)
    order(store, "next-day", "M2", ship_by="2022-12-01 00:00", shipped=None)
    order(store, "not-due-yet", "M2", ship_by="2022-12-20 00:00", shipped=None)
    summary = _run(store)
    rows = _penalties(store)
    assert set(rows) == {
        "late",
        "unshipped",
        "at-join",
        "before-join",
        "not-enrolled",
        "last-minute",
    }
    waived = {key for key, row in rows.items() if row["waived_reason"] == "guarantee_enrolled"}
    assert waived == {"late", "unshipped", "at-join"}
    assert all(row["points"] == 1.0 and row["kind"] == "late_shipment" for row in rows.values())
    assert rows["last-minute"]["occurred_on"] == dt.date(2022, 11, 30)  # platform date
    assert rows["late"]["rule_set_id"] == "2022-11"
    assert rows["before-join"]["rule_set_id"] == "2022-11-04"  # in force on 11-10
    assert (summary["late_shipments"], summary["penalties_waived"]) == (6, 3)
    # The next range picks up what this one left out.
    _run(store, dt.date(2022, 12, 1), dt.date(2022, 12, 31))
    assert "next-day" in _penalties(store) and "not-due-yet" not in _penalties(store)


def test_rerunning_writes_nothing_and_corrections_replace_the_range(store: sa.Engine) -> None:
    order(store, "late", "M2", ship_by="2022-11-20 18:00", shipped="2022-11-22 10:00")
    order(store, "fixed-later", "M2", ship_by="2022-11-21 18:00", shipped="2022-11-22 10:00")
    _run(store)
    first = _penalties(store)
    again = _run(store)
    assert _penalties(store) == first  # computed_at included: nothing rewritten
    assert (again["penalties_written"], again["penalties_removed"]) == (0, 0)
    with transaction(store) as connection:
        connection.exec_driver_sql(
            "UPDATE orders SET shipped_at = ship_by WHERE order_id = 'fixed-later'"
        )
    corrected = _run(store)
    assert set(_penalties(store)) == {"late"} and corrected["penalties_removed"] == 1


# --- compensations --------------------------------------------------------------------------

PROMISED = "2022-11-28 18:00"


def _claims(store: sa.Engine) -> None:
    late = {"ship_by": "2022-11-20 18:00", "shipped": "2022-11-21 18:00"}
    order(store, "o-pay", "M1", **late)
    order(store, "o-big", "M1", amount="1000.01", **late)
    order(store, "o-merchant", "M1", placed_by="merchant", **late)
    order(store, "o-buyer", "M1", placed_by="buyer", **late)
    order(store, "o-ontime", "M1", ship_by="2022-11-20 18:00", shipped="2022-11-20 17:00")
    order(store, "o-nocoupon", "M1", **late)
    order(store, "o-m2", "M2", **late)
    filed, delivered = "2022-11-30 10:00", "2022-11-29 10:00"
    for claim_id in ("pay", "big", "merchant", "buyer", "ontime", "m2"):
        claim(store, claim_id, f"o-{claim_id}", filed=filed, promised=PROMISED, delivered=delivered)
    claim(
        store,
        "nocoupon",
        "o-nocoupon",
        filed=filed,
        promised=PROMISED,
        delivered=None,
        coupon=False,
    )
    claim(store, "december", "o-pay", filed="2022-12-01 10:00", promised=PROMISED, delivered=None)


def test_claims_are_assessed_with_exact_amounts_and_reasons(store: sa.Engine) -> None:
    _claims(store)
    summary = _run(store)
    rows = _compensations(store)
    assert "december" not in rows  # filed after the range
    assert {k: (r["status"], r["amount_usd"], r["reason"]) for k, r in rows.items()} == {
        "pay": ("payable", Decimal("25.00"), "late_shipment_late_delivery"),
        "big": ("payable", Decimal("100.00"), "late_shipment_late_delivery"),
        "merchant": ("payable", Decimal("25.00"), "late_shipment_late_delivery"),
        "buyer": ("payable", Decimal("25.00"), "late_shipment_late_delivery"),
        "ontime": ("not_payable", Decimal("0.00"), "shipped_on_time"),
        "nocoupon": ("not_payable", Decimal("0.00"), "coupon_not_used"),
        "m2": ("payable", Decimal("25.00"), "late_shipment_late_delivery"),
    }
    assert rows["pay"]["merchant_id"] == "M1" and rows["pay"]["order_id"] == "o-pay"
    assert (summary["claims"], summary["payable"], summary["not_payable"]) == (7, 5, 2)
    assert _run(store)["compensations_written"] == 0
    assert _compensations(store) == rows
    with store.connect() as connection:
        runs = connection.execute(sa.select(job_runs.c.job, job_runs.c.status)).all()
    assert [tuple(run) for run in runs] == [("guarantee", "succeeded")] * 2


def _request(store: sa.Engine, claim_id: str, actor: Any = MAIN1, evidence: str = "notice") -> Any:
    with transaction(store) as connection:
        return compensation.request_exemption(
            connection, BOOK, claim_id, evidence=evidence, actor=actor, now=NOW
        )


def _decide(
    store: sa.Engine, claim_id: str, approve: bool, actor: Any = OPS, why: str = "ok"
) -> Any:
    with transaction(store) as connection:
        return compensation.decide_exemption(
            connection, BOOK, claim_id, approve=approve, actor=actor, reason=why, now=NOW
        )


def test_operator_decisions_survive_reruns(store: sa.Engine) -> None:
    _claims(store)
    _run(store)
    assert _request(store, "buyer").status == "exemption_requested"
    assert _request(store, "pay").status == "exemption_requested"
    summary = _run(store)
    assert summary["compensations_kept"] == 2
    assert _compensations(store)["buyer"]["evidence"] == "notice"
    approved = _decide(store, "buyer", True, why="lockdown confirmed")
    rejected = _decide(store, "pay", False, why="no proof of the lockdown")
    assert (approved.status, approved.decided_by) == ("exempt", "ops")
    assert (rejected.status, rejected.reason) == ("payable", "exemption_rejected")
    before = _compensations(store)
    assert _run(store)["compensations_kept"] == 2
    assert _compensations(store) == before
    assert before["buyer"]["decided_at"] == NOW and before["buyer"]["amount_usd"] == Decimal(
        "25.00"
    )


def test_a_request_before_the_job_assesses_the_claim_first(store: sa.Engine) -> None:
    _claims(store)
    result = _request(store, "buyer")
    assert (result.status, result.amount_usd) == ("exemption_requested", Decimal("25.00"))
    assert _run(store)["compensations_kept"] == 1


def test_automatic_exemption_needs_no_operator(store: sa.Engine) -> None:
    _claims(store)
    book = type(BOOK)(
        rs.model_copy(
            update={
                "guarantee_service": rs.guarantee_service.model_copy(
                    update={"force_majeure_exempts_automatically": True}
                )
            }
        )
        for rs in BOOK.rule_sets
    )
    with transaction(store) as connection:
        result = compensation.request_exemption(
            connection, book, "buyer", evidence="notice", actor=MAIN1, now=NOW
        )
    assert (result.status, result.decided_by, result.decided_at) == ("exempt", "system", NOW)


def test_compensations_of_a_merchant_for_its_page(store: sa.Engine) -> None:
    _claims(store)
    _run(store)
    with store.connect() as connection:
        listed = compensation.compensations_of(connection, "M2")
    assert [(c.claim_id, c.status, c.amount_usd) for c in listed] == [
        ("m2", "payable", Decimal("25.00"))
    ]
