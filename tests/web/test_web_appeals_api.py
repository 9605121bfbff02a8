"""The appeals JSON API (issue 5 item 6): filing (multipart), listing, reading, deciding;
refusals as 409/422 ``{"detail", "code"}``; scope by 404; roles by 403; and the filing's
look-up at Kuaidi100 when a source is configured."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from appeals_support import (
    appeal_rows,
    appeal_world,
    audit_rows,
    parcel_of,
    png,
    use_evidence_folder,
)
from fastapi.testclient import TestClient
from web_support import NOW, World, csrf_of, sign_in

from sellerstar.ingest.http_retry import RetryPolicy
from sellerstar.ingest.kuaidi100.client import Kuaidi100Client
from sellerstar.services import feed_sources, tokens
from sellerstar.store.db import transaction
from sellerstar.web.auth import now

SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
pytestmark = SQLITE
FEEDS = Path(__file__).parents[1] / "data" / "feeds"


@pytest.fixture
def api(world: World, app_client: TestClient, tmp_path: Path) -> Iterator[TestClient]:
    appeal_world(world.engine)
    use_evidence_folder(app_client, tmp_path / "evidence")
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    yield app_client
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def _token(world: World, login: str) -> dict[str, str]:
    with transaction(world.engine) as connection:
        token = tokens.create_api_token(connection, login, "erp", NOW)
    return {"Authorization": f"Bearer {token}"}


def _file(
    client: TestClient,
    headers: dict[str, str],
    order_id: str,
    appeal_type: str,
    index: int = 0,
    **changes: str,
) -> Any:
    parcel = parcel_of(order_id, index)
    form = {
        "order_id": parcel.order_id,
        "shipment_id": parcel.shipment_id,
        "appeal_type": appeal_type,
        "tracking_number": parcel.tracking_number,
        "confirm_failure": "true",  # TA1's single_real_event fails the pre-check
        **changes,
    }
    shots = [("files", ("a.png", png(), "image/png")), ("files", ("b.png", png(5, 5), "image/png"))]
    return client.post("/api/v1/appeals", data=form, files=shots, headers=headers)


def test_a_merchant_files_lists_and_reads(api: TestClient, world: World) -> None:
    main = _token(world, "m1-main")
    answer = _file(api, main, "TA2", "single_real_event")
    assert answer.status_code == 201, answer.text
    body = answer.json()
    appeal_id = body["appeal_id"]
    assert (body["status"], body["order_id"], body["shipment_id"]) == ("pending", "TA2", "S2")
    assert (body["due_on"], body["days_left"], body["overdue"]) == ("2022-12-12", 6, False)
    assert (body["precheck_outcome"], body["precheck_reason"]) == (
        "approve",
        "single_event_is_real",
    )
    assert body["precheck"]["backend"] == [
        {"description": "Picked up", "status": None, "pre_advice": False, "uncertain": False}
    ]
    assert [e["original_name"] for e in body["evidence"]] == ["a.png", "b.png"]
    assert body["decided_by"] is None
    image = api.get(body["evidence"][0]["url"], headers=main)
    assert image.status_code == 200 and image.content == png()
    listed = api.get("/api/v1/appeals", headers=main).json()
    assert [a["appeal_id"] for a in listed["appeals"]] == [appeal_id] and listed["total"] == 1
    assert api.get(f"/api/v1/appeals/{appeal_id}", headers=main).json()["appeal_id"] == appeal_id
    for login in ("m1-sub", "m2-main"):
        other = _token(world, login)
        assert api.get(f"/api/v1/appeals/{appeal_id}", headers=other).status_code == 404
        assert api.get("/api/v1/appeals", headers=other).json()["appeals"] == []
    assert api.get(body["evidence"][0]["url"], headers=_token(world, "m2-main")).status_code == 404


@pytest.mark.parametrize(
    ("login", "order_id", "index", "changes", "status", "code"),
    [
        ("m1-main", "TA6", 0, {}, 409, "passing"),
        ("m1-main", "TA8", 0, {}, 409, "window_closed"),
        ("m1-main", "TA10", 0, {}, 409, "window_not_open"),
        ("m1-main", "TA1", 0, {"tracking_number": "794600000002"}, 422, "tracking_number_mismatch"),
        ("m1-main", "TA1", 0, {"appeal_type": "nonsense"}, 422, "unknown_type"),
        ("m1-sub", "TA1", 0, {}, 404, None),
        ("m2-main", "TA1", 0, {}, 404, None),
        ("ops", "TA1", 0, {}, 403, None),
    ],
)
def test_refusals_answer_with_a_code_and_write_nothing(
    api: TestClient,
    world: World,
    login: str,
    order_id: str,
    index: int,
    changes: dict[str, str],
    status: int,
    code: str | None,
) -> None:
    kind = changes.pop("appeal_type", "third_party_tracking")
    answer = _file(api, _token(world, login), order_id, kind, index, **changes)
    assert answer.status_code == status, answer.text
    if code is not None:
        body = answer.json()
        assert body["code"] == code and body["detail"]
    assert appeal_rows(world.engine) == [] and audit_rows(world.engine) == []


def test_a_second_appeal_on_a_shipment_is_409(api: TestClient, world: World) -> None:
    main = _token(world, "m1-main")
    assert _file(api, main, "TA1", "single_real_event").status_code == 201
    again = _file(api, main, "TA1", "single_real_event")
    assert again.status_code == 409 and again.json()["code"] == "already_appealed"
    assert len(appeal_rows(world.engine)) == 1


def test_a_session_must_send_its_csrf_header(api: TestClient, world: World) -> None:
    sign_in(api, "m1-main")
    assert _file(api, {}, "TA1", "single_real_event").status_code == 403
    assert appeal_rows(world.engine) == []
    answer = _file(api, {"X-CSRF-Token": csrf_of(api)}, "TA1", "single_real_event")
    assert answer.status_code == 201


def test_operators_list_the_queue_and_decide_once(api: TestClient, world: World) -> None:
    main, ops = _token(world, "m1-main"), _token(world, "ops")
    first = _file(api, main, "TA1", "single_real_event").json()["appeal_id"]
    second = _file(api, main, "TA3", "third_party_tracking").json()["appeal_id"]
    queue = api.get("/api/v1/appeals", headers=ops).json()
    assert {a["appeal_id"] for a in queue["appeals"]} == {first, second}
    merchant_tries = api.post(
        f"/api/v1/appeals/{first}/decision",
        json={"decision": "reject", "reason": "too_few_events"},
        headers=main,
    )
    assert merchant_tries.status_code == 403
    wrong = api.post(
        f"/api/v1/appeals/{first}/decision",
        json={"decision": "reject", "reason": "third_party_events_confirmed"},
        headers=ops,
    )
    assert wrong.status_code == 422 and wrong.json()["code"] == "bad_reason"
    decided = api.post(
        f"/api/v1/appeals/{first}/decision",
        json={"decision": "reject", "reason": "single_event_is_pre_advice", "note": "label"},
        headers=ops,
    )
    assert decided.status_code == 200, decided.text
    body = decided.json()
    assert (body["status"], body["decision_reason"], body["decided_by"]) == (
        "rejected",
        "single_event_is_pre_advice",
        "ops",
    )
    late = api.post(
        f"/api/v1/appeals/{first}/decision",
        json={"decision": "approve", "reason": "other", "note": "on second thoughts"},
        headers=ops,
    )
    assert late.status_code == 409
    assert late.json() == {
        "detail": f"appeal {first} was rejected already by ops",
        "code": "already_decided",
    }
    pending = api.get("/api/v1/appeals?status=pending", headers=ops).json()["appeals"]
    assert [a["appeal_id"] for a in pending] == [second]
    rejected = api.get("/api/v1/appeals?status=rejected", headers=ops).json()["appeals"]
    assert [a["appeal_id"] for a in rejected] == [first]
    mine = api.get("/api/v1/appeals?status=rejected", headers=main).json()["appeals"]
    assert [(a["appeal_id"], a["decision_note"]) for a in mine] == [(first, "label")]
    assert api.get(f"/api/v1/appeals/{first}", headers=main).json()["decided_by"] is None
    unknown = api.post(
        "/api/v1/appeals/NOPE/decision", json={"decision": "approve", "reason": "other",
                                               "note": "x"}, headers=ops
    )  # fmt: skip
    assert unknown.status_code == 404


class _Kuaidi100:
    """Kuaidi100's real-time query behind a MockTransport (the stored fixture answer)."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        param = json.loads(parse_qs(request.content.decode())["param"][0])
        self.asked.append(param["num"])
        answer = json.loads((FEEDS / "kuaidi100_query.json").read_text(encoding="utf-8"))
        answer["nu"] = param["num"]
        return httpx.Response(200, json=answer)


def test_filing_looks_the_parcel_up_at_a_configured_source(api: TestClient, world: World) -> None:
    main = _token(world, "m1-main")
    fake = _Kuaidi100()
    client = Kuaidi100Client(
        "k", "c", policy=RetryPolicy(attempts=1), transport=httpx.MockTransport(fake.handler)
    )
    api.app.state.feed_clients = feed_sources.FeedClients(kuaidi100=client)  # type: ignore[attr-defined]
    body = _file(api, main, "TA4", "third_party_tracking").json()
    assert fake.asked == [parcel_of("TA4").tracking_number]
    assert (body["precheck_outcome"], body["precheck"]["third_party_events"]) == ("approve", 3)
    assert "快件已揽收" in [e["description"] for e in body["precheck"]["third_party"]]
    # Without a source, the same parcel had nothing anywhere (see the pre-check tests).
    api.app.state.feed_clients = feed_sources.FeedClients()  # type: ignore[attr-defined]
    body = _file(api, main, "TA7", "third_party_tracking").json()
    assert (body["precheck_outcome"], body["precheck_reason"]) == (
        "never_approvable",
        "no_tracking_anywhere",
    )
