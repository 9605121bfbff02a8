"""More material for an appeal (seed FAQ 8, issue 18 item 2c), on SQLite and PostgreSQL:
an operator asks (``supplement_requested``, a deadline of the rule-set's days, the merchant
told through the outbox), the review time pauses, the merchant adds files by the deadline
(back to ``pending``, the due date moved by the days waited), and past the deadline the
operator decides on what there is. Who may do what, and the refusals (nothing written).
"""

from __future__ import annotations

import datetime as dt
import re
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
    png,
    principal,
    shipped_rules,
    use_evidence_folder,
)
from fastapi.testclient import TestClient
from logistics_support import at
from web_support import World, csrf_of

from concurrency import at_once
from sellerstar.services.appeal_supplements import request_supplement
from sellerstar.store.appeal_tables import appeal_evidence, appeal_reviews
from sellerstar.store.db import transaction
from sellerstar.store.outbox_tables import notifications
from sellerstar.web.auth import now

SignedIn = Callable[[str], TestClient]
FILED = dt.date(2022, 12, 6)  # due 12-12 (7 calendar days, the filing day first)
ASKED = dt.date(2022, 12, 7)  # the merchant has 12-07 … 12-09 (3 days, that day first)
DEADLINE = dt.date(2022, 12, 9)


@pytest.fixture
def filed(world: World, app_client: TestClient, tmp_path: Path) -> Iterator[str]:
    """TA2's appeal, filed 2022-12-06; today is set per test with ``_today``."""
    appeal_world(world.engine)
    folder = tmp_path / "evidence"
    use_evidence_folder(app_client, folder)
    yield file_now(world.engine, folder, "TA2", "single_real_event", at(FILED))
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def _today(client: TestClient, day: dt.date) -> None:
    client.app.dependency_overrides[now] = lambda: at(day)  # type: ignore[attr-defined]


@pytest.fixture
def as_of(signed_in: SignedIn, app_client: TestClient) -> Callable[[str, dt.date], TestClient]:
    """``as_of(login, day)``: the client signed in as ``login`` on ``day`` (a session does
    not outlive its idle time, so each day signs in again)."""

    def _sign_in(login: str, day: dt.date) -> TestClient:
        _today(app_client, day)
        return signed_in(login)

    return _sign_in


AsOf = Callable[[str, dt.date], TestClient]


def _ask(client: TestClient, appeal_id: str, reason: str = "screenshot_unclear") -> Any:
    return client.post(
        f"/ops/appeals/{appeal_id}/supplement-request",
        data={"csrf_token": csrf_of(client), "reason": reason, "note": "Shot is blurred."},
    )


def _supply(client: TestClient, appeal_id: str, files: list[Any] | None = None) -> Any:
    shots = [("shot2.png", png(6, 6), "image/png")] if files is None else files
    return client.post(
        f"/m/appeals/{appeal_id}/supplement",
        data={"csrf_token": csrf_of(client), "reply": "A sharper screenshot."},
        files=[("screenshots", shot) for shot in shots],
    )


def _decide(client: TestClient, appeal_id: str) -> Any:
    return client.post(
        f"/ops/appeals/{appeal_id}/decision",
        data={
            "csrf_token": csrf_of(client),
            "decision": "approve",
            "reason": "single_event_is_real",
        },
    )


def _review(world: World, appeal_id: str) -> sa.Row[Any]:
    with world.engine.connect() as connection:
        return connection.execute(
            sa.select(appeal_reviews).where(appeal_reviews.c.appeal_id == appeal_id)
        ).one()


def _status(world: World, appeal_id: str) -> str:
    return next(r.status for r in appeal_rows(world.engine) if r.appeal_id == appeal_id)


def _evidence(world: World) -> int:
    with world.engine.connect() as connection:
        return connection.scalar(sa.select(sa.func.count()).select_from(appeal_evidence)) or 0


def _told(world: World) -> list[tuple[str, str | None, str, dict[str, Any]]]:
    with world.engine.connect() as connection:
        rows = connection.execute(
            sa.select(notifications).where(notifications.c.topic == "appeal_supplement_requested")
        ).all()
    return [(r.merchant_id, r.account_id, r.subject_id, dict(r.payload)) for r in rows]


def test_asking_for_material_pauses_the_review_and_tells_the_merchant(
    as_of: AsOf, filed: str, world: World
) -> None:
    ops = as_of("ops", ASKED)
    answer = _ask(ops, filed)
    assert answer.status_code == 303
    assert "status=supplement_requested" in answer.headers["location"]
    assert _status(world, filed) == "supplement_requested"
    review = _review(world, filed)
    assert (review.supplement_due_on, review.supplement_requests) == (DEADLINE, 1)
    assert (review.supplement_reason, review.supplement_note) == (
        "screenshot_unclear",
        "Shot is blurred.",
    )
    assert _told(world) == [
        ("M1", None, f"appeal:{filed}:supplement:1",
         {"appeal_id": filed, "order_id": "TA2", "deadline": "2022-12-09"}),
    ]  # fmt: skip
    assert audit_rows(world.engine)[-1].action == "appeal_supplement_requested"
    # The queue shows it, waiting, with its deadline; the review time is paused.
    queue = ops.get("/ops/appeals").text
    row = re.search(rf'<tr data-appeal="{filed}"[^>]*>(.*?)</tr>', queue, re.S)
    assert row and "appeal-supplement_requested" in row.group(1) and "2022-12-09" in row.group(1)
    assert 'data-testid="paused"' in row.group(1)
    # While the merchant may still add material, the operator cannot decide.
    refused = _decide(ops, filed)
    assert refused.status_code == 409 and "2022-12-09" in refused.text
    assert _status(world, filed) == "supplement_requested"
    # Only once per appeal (supplement_max_requests = 1).
    assert _ask(ops, filed).status_code == 409


def test_the_merchant_adds_material_and_the_due_date_moves(
    as_of: AsOf, filed: str, world: World
) -> None:
    ops = as_of("ops", ASKED)
    assert _ask(ops, filed).status_code == 303
    merchant = as_of("m1-main", DEADLINE)  # the deadline's own day still counts
    page = merchant.get(f"/m/appeals/{filed}").text
    assert 'data-testid="supplement-form"' in page and "2022-12-09" in page
    assert "appeal-supplement_requested" in page and 'data-testid="sla-paused"' in page
    before = _evidence(world)
    answer = _supply(merchant, filed)
    assert answer.status_code == 303, answer.text
    assert _status(world, filed) == "pending"
    review = _review(world, filed)
    # Due 12-12; waited 12-07 → 12-09: two days later.
    assert review.due_on == dt.date(2022, 12, 14)
    assert review.supplement_reply == "A sharper screenshot."
    assert _evidence(world) == before + 1
    assert audit_rows(world.engine)[-1].action == "appeal_supplement_added"
    # Back in the queue, decided as any pending appeal.
    ops = as_of("ops", DEADLINE)
    assert _decide(ops, filed).status_code == 303
    assert _status(world, filed) == "approved"


def test_past_the_deadline_the_operator_decides_on_what_there_is(
    as_of: AsOf, filed: str, world: World
) -> None:
    ops = as_of("ops", ASKED)
    assert _ask(ops, filed).status_code == 303
    merchant = as_of("m1-main", DEADLINE + dt.timedelta(days=1))
    page = merchant.get(f"/m/appeals/{filed}").text
    assert 'data-testid="supplement-form"' not in page and 'data-testid="material-lapsed"' in page
    before = _evidence(world)
    late = _supply(merchant, filed)
    assert late.status_code == 409 and "2022-12-09" in late.text
    assert (_status(world, filed), _evidence(world)) == ("supplement_requested", before)
    ops = as_of("ops", DEADLINE + dt.timedelta(days=1))
    review = ops.get(f"/ops/appeals/{filed}").text
    # The clock runs again from 12-10: due 12-12 + (12-10 − 12-07) = 12-15.
    assert 'data-testid="approve-form"' in review and "2022-12-15" in review
    assert _decide(ops, filed).status_code == 303
    assert _status(world, filed) == "approved"


def test_who_may_add_material_and_what(
    as_of: AsOf, filed: str, world: World, app_client: TestClient
) -> None:
    ops = as_of("ops", ASKED)
    assert _ask(ops, filed).status_code == 303
    before = _evidence(world)
    # Another merchant, or a sub-account not owning the order: 404.
    for login in ("m2-main", "m1-sub"):
        other = as_of(login, ASKED)
        assert other.get(f"/m/appeals/{filed}").status_code == 404
        assert _supply(other, filed).status_code == 404
    merchant = as_of("m1-main", ASKED)
    assert _supply(merchant, filed, files=[]).status_code == 422
    not_image = [("notes.txt", b"not an image", "text/plain")]
    assert _supply(merchant, filed, files=not_image).status_code == 422
    too_many = [(f"s{i}.png", png(3 + i, 3), "image/png") for i in range(6)]
    assert _supply(merchant, filed, files=too_many).status_code == 422
    assert (_status(world, filed), _evidence(world)) == ("supplement_requested", before)
    # No CSRF token: refused before anything.
    bare = app_client.post(f"/m/appeals/{filed}/supplement", data={"reply": "x"})
    assert bare.status_code in (400, 403)
    # A merchant cannot ask for material; an operator cannot add it.
    assert _ask(merchant, filed).status_code in (403, 404)


def test_an_imported_appeal_gets_its_record_when_material_is_asked(
    as_of: AsOf, filed: str, world: World
) -> None:
    import_appeal(world.engine, "APIMPORTED9", "TA3", "pending", at(dt.date(2022, 12, 5)))
    ops = as_of("ops", ASKED)
    assert _ask(ops, "APIMPORTED9").status_code == 303
    review = _review(world, "APIMPORTED9")
    assert (review.filed_by, review.due_on, review.supplement_due_on) == (
        "imported",
        dt.date(2022, 12, 11),
        DEADLINE,
    )


def test_the_api_asks_and_adds(
    as_of: AsOf, filed: str, world: World, app_client: TestClient
) -> None:
    ops = as_of("ops", ASKED)
    asked = ops.post(
        f"/api/v1/appeals/{filed}/supplement-request",
        json={"reason": "other", "note": ""},
        headers={"X-CSRF-Token": csrf_of(ops)},
    )
    assert asked.status_code == 422 and asked.json()["code"] == "note_needed"
    asked = ops.post(
        f"/api/v1/appeals/{filed}/supplement-request",
        json={"reason": "tracking_screenshot_missing"},
        headers={"X-CSRF-Token": csrf_of(ops)},
    )
    assert asked.status_code == 200, asked.text
    body = asked.json()
    assert (body["status"], body["supplement_due_on"], body["awaiting_material"]) == (
        "supplement_requested",
        "2022-12-09",
        True,
    )
    merchant = as_of("m1-main", ASKED)
    added = merchant.post(
        f"/api/v1/appeals/{filed}/supplement",
        data={"reply": "here"},
        files=[("files", ("s.png", png(7, 7), "image/png"))],
        headers={"X-CSRF-Token": csrf_of(merchant)},
    )
    assert added.status_code == 200, added.text
    assert added.json()["status"] == "pending"
    assert _review(world, filed).due_on == dt.date(2022, 12, 12)  # same day: no move


def test_two_operators_asking_at_once_ask_once(filed: str, world: World) -> None:
    asked = at(ASKED)

    def ask() -> object:
        with transaction(world.engine) as connection:
            return request_supplement(
                connection,
                filed,
                "screenshot_unclear",
                "",
                principal("ops"),
                asked,
                book=shipped_rules(),
            )

    outcomes = at_once(ask, ask)
    assert sorted(type(o).__name__ for o in outcomes) == ["AppealRefused", "date"]
    assert _review(world, filed).supplement_requests == 1
    assert len(_told(world)) == 1
