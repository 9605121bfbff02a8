"""The operators' review queue and decisions (rulebook §1.4, issue 5 item 4): oldest first
with the days left and overdue flagged, imported appeals included, the review page, the
reasons, the audit trail, and two operators deciding at once (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from appeals_support import (
    appeal_rows,
    appeal_world,
    audit_rows,
    file_now,
    import_appeal,
    principal,
    shipped_rules,
    use_evidence_folder,
)
from fastapi.testclient import TestClient
from logistics_support import at
from web_support import NOW, World, _password_hash, csrf_of, sign_in

from sellerstar.domain.appeals import AppealEvent
from sellerstar.services.appeals import AppealAlreadyDecided, AppealRefused, decide
from sellerstar.store.appeal_tables import appeal_reviews
from sellerstar.store.db import transaction
from sellerstar.store.schema import users
from sellerstar.web.auth import now

SignedIn = Callable[[str], TestClient]
SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
DAY = dt.date(2022, 12, 4)
DAY_LENGTH = dt.timedelta(days=1)


@pytest.fixture
def queued(world: World, app_client: TestClient, tmp_path: Path) -> Iterator[dict[str, str]]:
    """Three filed appeals (submitted 12-04, 12-05, 12-06) and one imported (12-01); the
    queue is looked at on 2022-12-11 10:00 Shanghai."""
    appeal_world(world.engine)
    folder = tmp_path / "evidence"
    use_evidence_folder(app_client, folder)
    submitted = {"TA2": at(DAY), "TA3": at(DAY, 12) + DAY_LENGTH, "TA1": at(DAY) + 2 * DAY_LENGTH}
    kinds = {"TA2": "single_real_event", "TA3": "third_party_tracking", "TA1": "single_real_event"}
    ids = {
        order_id: file_now(world.engine, folder, order_id, kinds[order_id], when)
        for order_id, when in submitted.items()
    }
    import_appeal(world.engine, "APIMPORTED1", "TA4", "pending", at(dt.date(2022, 12, 1)))
    ids["TA4"] = "APIMPORTED1"
    app_client.app.dependency_overrides[now] = lambda: at(dt.date(2022, 12, 11))  # type: ignore[attr-defined]
    yield ids
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def _rows(page: str) -> dict[str, str]:
    return dict(re.findall(r'<tr data-appeal="([^"]+)"[^>]*>(.*?)</tr>', page, re.S))


def _days_left(row: str) -> str:
    found = re.search(r'data-testid="days-left">(.*?)</td>', row, re.S)
    assert found, row
    return found.group(1).strip()


def _decide(client: TestClient, appeal_id: str, decision: str, reason: str, note: str = "") -> Any:
    return client.post(
        f"/ops/appeals/{appeal_id}/decision",
        data={"csrf_token": csrf_of(client), "decision": decision, "reason": reason, "note": note},
    )


@SQLITE
def test_the_queue_is_oldest_first_with_days_left_and_overdue_flagged(
    signed_in: SignedIn, queued: dict[str, str]
) -> None:
    page = signed_in("ops").get("/ops/appeals")
    assert page.status_code == 200
    rows = _rows(page.text)
    assert list(rows) == [queued["TA4"], queued["TA2"], queued["TA3"], queued["TA1"]]
    imported, first, second, third = rows.values()
    # Imported 12-01: due 12-07, 4 days late; filed 12-04: due 12-10, 1 day late.
    assert 'data-testid="overdue"' in imported and "已逾期4天" in imported
    assert "无系统预检" in imported and "Ningbo Tools" in imported
    assert 'data-testid="overdue"' in first and "已逾期1天" in first and "2022-12-10" in first
    assert 'data-testid="overdue"' not in second and _days_left(second) == "0"
    assert 'data-testid="overdue"' not in third and "2022-12-12" in third
    assert "符合申诉通过条件" in first and "不符合申诉通过条件" in third
    assert 'class="overdue"' in page.text


@SQLITE
def test_the_review_page_shows_pre_check_evidence_and_timeline(
    signed_in: SignedIn, queued: dict[str, str]
) -> None:
    text = signed_in("ops").get(f"/ops/appeals/{queued['TA1']}").text
    assert 'data-testid="precheck"' in text and 'data-testid="evidence-link"' in text
    assert re.findall(r'data-testid="event">\s*<time datetime="([^"]+)"', text) == [
        "2022-11-11T01:00:00+00:00"
    ]
    assert "Shipment information sent to FedEx" in text
    reject = re.search(r'data-testid="reject-form">(.*?)</form>', text, re.S)
    approve = re.search(r'data-testid="approve-form">(.*?)</form>', text, re.S)
    assert reject and approve
    assert 'value="evidence_incomplete"' in reject.group(1)
    assert 'value="evidence_incomplete"' not in approve.group(1)
    assert "申诉材料不完整" in reject.group(1) and 'name="csrf_token"' in reject.group(1)


@SQLITE
def test_rejecting_with_a_reason_leaves_the_queue_is_audited_and_shown(
    signed_in: SignedIn, queued: dict[str, str], world: World
) -> None:
    ops = signed_in("ops")
    answer = _decide(ops, queued["TA1"], "reject", "single_event_is_pre_advice", "Label only.")
    assert answer.status_code == 303
    assert queued["TA1"] not in _rows(ops.get("/ops/appeals").text)
    assert queued["TA1"] in _rows(ops.get("/ops/appeals?tab=decided").text)
    row = next(r for r in appeal_rows(world.engine) if r.appeal_id == queued["TA1"])
    assert (row.status, row.decided_at) == ("rejected", at(dt.date(2022, 12, 11)))
    audit = audit_rows(world.engine)[-1]
    assert (audit.actor, audit.action, audit.entity_id, audit.at) == (
        "ops",
        "appeal_rejected",
        queued["TA1"],
        at(dt.date(2022, 12, 11)),
    )
    assert (audit.detail, audit.reason) == ({"reason": "single_event_is_pre_advice"}, "Label only.")
    merchant = signed_in("m1-main").get(f"/m/appeals/{queued['TA1']}").text
    assert (
        "申诉驳回" in merchant
        and "唯一一条轨迹为预报信息" in merchant
        and "Label only." in merchant
    )


@SQLITE
@pytest.mark.parametrize(
    ("decision", "reason", "note", "words"),
    [
        ("approve", "other", "  ", "原因选择“其他”时，请填写具体说明"),
        ("reject", "backend_events_confirmed", "", "请从列表中选择与审核结果相符的原因"),
        ("approve", "", "", "请从列表中选择"),
    ],
)
def test_a_decision_needs_a_fitting_reason_and_text_for_other(
    signed_in: SignedIn,
    queued: dict[str, str],
    world: World,
    decision: str,
    reason: str,
    note: str,
    words: str,
) -> None:
    before = audit_rows(world.engine)
    answer = _decide(signed_in("ops"), queued["TA2"], decision, reason, note)
    assert answer.status_code == 422
    assert words in answer.text
    assert {r.status for r in appeal_rows(world.engine)} == {"pending"}
    assert audit_rows(world.engine) == before


@SQLITE
@pytest.mark.parametrize("login", ["m1-main", "m1-sub", "m2-main"])
def test_merchants_cannot_see_the_queue_or_decide(
    signed_in: SignedIn, queued: dict[str, str], world: World, login: str
) -> None:
    client = signed_in(login)
    assert client.get("/ops/appeals").status_code == 403
    assert client.get(f"/ops/appeals/{queued['TA2']}").status_code == 403
    answer = _decide(client, queued["TA2"], "approve", "single_event_is_real")
    assert answer.status_code == 403
    assert {r.status for r in appeal_rows(world.engine)} == {"pending"}
    with pytest.raises(AppealRefused) as refused, transaction(world.engine) as connection:
        decide(connection, queued["TA2"], AppealEvent.APPROVE, "single_event_is_real", "",
               principal(login), NOW, book=shipped_rules())  # fmt: skip
    assert refused.value.code == "not_operator"


@SQLITE
def test_an_imported_appeal_is_decided_like_any_other(
    signed_in: SignedIn, queued: dict[str, str], world: World
) -> None:
    ops = signed_in("ops")
    assert _decide(ops, "APIMPORTED1", "approve", "other", "Seen on 17TRACK.").status_code == 303
    with world.engine.connect() as connection:
        review = connection.execute(
            sa.select(appeal_reviews).where(appeal_reviews.c.appeal_id == "APIMPORTED1")
        ).one()
    assert (review.filed_by, review.decided_by, review.decision_reason) == (
        "imported",
        "ops",
        "other",
    )
    assert (review.merchant_id, review.due_on) == ("M1", dt.date(2022, 12, 7))
    assert "Seen on 17TRACK." in signed_in("m1-main").get("/m/appeals/APIMPORTED1").text


def _second_operator(world: World) -> None:
    with transaction(world.engine) as connection:
        connection.execute(
            users.insert().values(
                login="ops2", display_name="OPS2", role="operator", merchant_id=None,
                account_id=None, password_hash=_password_hash(), created_at=NOW,
            )
        )  # fmt: skip


@SQLITE
def test_the_operator_who_comes_second_is_told_who_decided(
    app_client: TestClient, queued: dict[str, str], world: World
) -> None:
    _second_operator(world)
    sign_in(app_client, "ops")
    assert _decide(app_client, queued["TA2"], "approve", "single_event_is_real").status_code == 303
    app_client.cookies.clear()
    sign_in(app_client, "ops2")
    late = _decide(app_client, queued["TA2"], "reject", "too_few_events")
    assert late.status_code == 409
    assert "该申诉已由ops于2022-12-11 10:00审核：申诉通过。" in late.text
    assert 'data-testid="decide"' not in late.text
    row = next(r for r in appeal_rows(world.engine) if r.appeal_id == queued["TA2"])
    assert row.status == "approved"
    assert [a.actor for a in audit_rows(world.engine, "appeal_approved")] == ["ops"]
    assert audit_rows(world.engine, "appeal_rejected") == []


def _race(engine: sa.Engine, appeal_id: str) -> list[object]:
    """Two operators decide ``appeal_id`` at the same moment; what each got back."""
    start = threading.Barrier(2)
    outcomes: list[object] = []
    lock = threading.Lock()

    def run(event: AppealEvent, reason: str) -> None:
        start.wait()
        try:
            with transaction(engine) as connection:
                got: object = decide(
                    connection, appeal_id, event, reason, "", principal("ops"), NOW,
                    book=shipped_rules(),
                )  # fmt: skip
        except AppealAlreadyDecided as late:
            got = late
        with lock:
            outcomes.append(got)

    threads = [
        threading.Thread(target=run, args=(AppealEvent.APPROVE, "third_party_events_confirmed")),
        threading.Thread(target=run, args=(AppealEvent.REJECT, "too_few_events")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


def test_two_operators_deciding_at_once_exactly_one_wins(world: World, tmp_path: Path) -> None:
    appeal_world(world.engine)
    folder = tmp_path / "evidence"
    for order_id in ("TA3", "TA4", "TA9"):
        appeal_id = file_now(world.engine, folder, order_id, "third_party_tracking", at(DAY))
        outcomes = _race(world.engine, appeal_id)
        lost = [o for o in outcomes if isinstance(o, AppealAlreadyDecided)]
        won = [o for o in outcomes if not isinstance(o, AppealAlreadyDecided)]
        assert len(lost) == 1 and len(won) == 1, outcomes
        (row,) = [r for r in appeal_rows(world.engine) if r.appeal_id == appeal_id]
        assert row.status == str(won[0]) == lost[0].status
        assert lost[0].decided_by == "ops"
        decided = [a for a in audit_rows(world.engine) if a.entity_id == appeal_id]
        assert [a.action for a in decided] == ["appeal_filed", f"appeal_{row.status}"]
