"""The pre-check before the single appeal is used (issue 18 item 2b): the merchant sees
"无法申诉成功" and its reason and must confirm; filing unconfirmed when the pre-check
predicts failure is refused (nothing written); a passing pre-check needs no confirmation.
Pages and API, SQLite and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from appeals_support import (
    Parcel,
    appeal_id_of,
    appeal_rows,
    appeal_world,
    audit_rows,
    file_form,
    parcel_of,
    png,
    use_evidence_folder,
)
from fastapi.testclient import TestClient
from web_support import NOW, World, csrf_of

from sellerstar.web.auth import now

SignedIn = Callable[[str], TestClient]


@pytest.fixture
def appeals(world: World, app_client: TestClient, tmp_path: Path) -> Iterator[Path]:
    appeal_world(world.engine)
    folder = tmp_path / "evidence"
    use_evidence_folder(app_client, folder)
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    yield folder
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def _precheck(client: TestClient, parcel: Parcel, appeal_type: str) -> Any:
    return client.post(
        "/m/appeals/precheck",
        data={
            "csrf_token": csrf_of(client),
            "order_id": parcel.order_id,
            "shipment_id": parcel.shipment_id,
            "appeal_type": appeal_type,
        },
    )


def _preview(page: str) -> str:
    found = re.search(r'data-testid="precheck-preview" data-outcome="(\w+)"', page)
    assert found, page
    return found.group(1)


def test_a_failing_pre_check_is_shown_before_filing_and_needs_confirmation(
    signed_in: SignedIn, appeals: Path, world: World
) -> None:
    client = signed_in("m1-main")
    # TA1's only backend event is pre-advice: single_real_event cannot succeed.
    page = _precheck(client, parcel_of("TA1"), "single_real_event")
    assert page.status_code == 200
    assert _preview(page.text) == "reject"
    assert 'data-testid="cannot-succeed"' in page.text and "预报" in page.text
    assert 'name="confirm_failure"' in page.text and "required" in page.text
    assert appeal_rows(world.engine) == []
    # Filing without the confirmation: refused, with the reason; nothing written.
    refused = file_form(client, parcel_of("TA1"), "single_real_event", confirm=False)
    assert refused.status_code == 422
    assert _preview(refused.text) == "reject" and 'data-testid="refusal"' in refused.text
    assert appeal_rows(world.engine) == [] and audit_rows(world.engine) == []
    assert not any(appeals.rglob("*.*"))
    # Confirmed: filed, with the pre-check recorded as before.
    appeal_id = appeal_id_of(file_form(client, parcel_of("TA1"), "single_real_event"))
    (row,) = appeal_rows(world.engine)
    assert (row.appeal_id, row.status) == (appeal_id, "pending")


def test_never_approvable_needs_confirmation_too(
    signed_in: SignedIn, appeals: Path, world: World
) -> None:
    client = signed_in("m1-main")
    page = _precheck(client, parcel_of("TA4"), "third_party_tracking")
    assert _preview(page.text) == "never_approvable"
    refused = file_form(client, parcel_of("TA4"), "third_party_tracking", confirm=False)
    assert refused.status_code == 422 and appeal_rows(world.engine) == []


def test_a_passing_pre_check_needs_no_confirmation(
    signed_in: SignedIn, appeals: Path, world: World
) -> None:
    client = signed_in("m1-main")
    page = _precheck(client, parcel_of("TA2"), "single_real_event")
    assert _preview(page.text) == "approve"
    assert 'name="confirm_failure"' not in page.text
    answer = file_form(client, parcel_of("TA2"), "single_real_event", confirm=False)
    appeal_id_of(answer)


def test_the_pre_check_is_refused_like_a_filing(
    signed_in: SignedIn, appeals: Path, world: World
) -> None:
    client = signed_in("m1-main")
    closed = _precheck(client, parcel_of("TA8"), "single_real_event")
    assert closed.status_code == 409 and 'data-testid="refusal"' in closed.text
    assert _precheck(client, parcel_of("TA2"), "made_up").status_code == 422
    # Another merchant's order: 404.
    assert _precheck(signed_in("m2-main"), parcel_of("TA2"), "single_real_event").status_code == 404
    assert appeal_rows(world.engine) == []


def test_the_api_pre_check_and_its_confirmation(
    signed_in: SignedIn, appeals: Path, world: World
) -> None:
    client = signed_in("m1-main")
    headers = {"X-CSRF-Token": csrf_of(client)}
    parcel = parcel_of("TA1")
    body = {
        "order_id": "TA1",
        "shipment_id": parcel.shipment_id,
        "appeal_type": "single_real_event",
    }
    answer = client.post("/api/v1/appeals/precheck", json=body, headers=headers)
    assert answer.status_code == 200
    assert answer.json() == {
        "outcome": "reject",
        "reason": "single_event_is_pre_advice",
        "predicts_failure": True,
    }
    form = {**body, "tracking_number": parcel.tracking_number}
    shot = [("files", ("a.png", png(), "image/png"))]
    refused = client.post("/api/v1/appeals", data=form, files=shot, headers=headers)
    assert refused.status_code == 422 and refused.json()["code"] == "precheck_unconfirmed"
    assert appeal_rows(world.engine) == []
    filed = client.post(
        "/api/v1/appeals", data={**form, "confirm_failure": "true"}, files=shot, headers=headers
    )
    assert filed.status_code == 201
