"""The product radar's JSON API (issue 14 item 6): tasks, counts, the ways out and the
delisting for merchant users, the queues and decisions for operators; refusals as 409/422
``{"detail", "code"}``, scope by 404, roles by 403, CSRF for sessions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from radar_support import RadarWorld, pdf, seed_radar, task_status, use_evidence_folder
from web_support import NOW, World, csrf_of, sign_in

from sellerstar.services import tokens
from sellerstar.store.db import transaction
from sellerstar.web.auth import now

# On both databases (the world fixture's default): the queries group, count and order.


@pytest.fixture
def radar(world: World) -> RadarWorld:
    return seed_radar(world.engine)


@pytest.fixture
def api(app_client: TestClient, radar: RadarWorld, tmp_path: Path) -> Iterator[TestClient]:
    use_evidence_folder(app_client, tmp_path / "evidence")
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    yield app_client
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def _token(world: World, login: str, scope: str = "read_write") -> dict[str, str]:
    with transaction(world.engine) as connection:
        token = tokens.create_api_token(connection, login, "erp", NOW, scope=scope)
    return {"Authorization": f"Bearer {token}"}


def _ids(body: dict[str, Any]) -> list[str]:
    return sorted(task["task_id"] for task in body["tasks"])


def test_a_merchant_lists_and_reads_its_tasks(
    api: TestClient, world: World, radar: RadarWorld
) -> None:
    main = _token(world, "m1-main")
    listed = api.get("/api/v1/radar/tasks", headers=main)
    assert listed.status_code == 200
    body = listed.json()
    assert (body["total"], body["page"], body["pages"]) == (4, 1, 1)
    assert _ids(body) == sorted([radar.bag, radar.wallet, radar.shoe, radar.cable])
    bag = next(task for task in body["tasks"] if task["task_id"] == radar.bag)
    assert bag["problem"] == "Suspected trademark infringement: “LV”"
    assert [f["matched_text"] for f in bag["findings"]] == ["LV", "LV"]
    assert (bag["days_left"], bag["display"], bag["outcome"]) == (5, "countdown", "problem")
    assert (bag["owner_name"], bag["tier"], bag["category"]) == ("Sales 2", "A", "risk_control")
    assert bag["buttons"] == {"edit": True, "qualification": True, "appeal": True, "delist": True}
    cable = next(task for task in body["tasks"] if task["task_id"] == radar.cable)
    assert cable["buttons"]["qualification"] is False
    assert cable["problem"].startswith("Shipping promise broken on order 1.")

    filtered = api.get("/api/v1/radar/tasks?tier=A&owner=A3", headers=main).json()
    assert _ids(filtered) == [radar.shoe]
    assert _ids(api.get("/api/v1/radar/tasks?category=logistics", headers=main).json()) == [
        radar.cable
    ]
    assert api.get("/api/v1/radar/tasks?outcome=maybe", headers=main).status_code == 422

    one = api.get(f"/api/v1/radar/tasks/{radar.bag}", headers=main)
    assert one.status_code == 200 and one.json()["reviews"] == []
    assert api.get(f"/api/v1/radar/tasks/{radar.other}", headers=main).status_code == 404
    assert api.get("/api/v1/radar/tasks?merchant_id=M2", headers=main).status_code == 404


def test_the_counts_are_distinct_products(api: TestClient, world: World) -> None:
    counts = api.get("/api/v1/radar/counts", headers=_token(world, "m1-main")).json()
    by = {row["category"]: row for row in counts["categories"]}
    assert by["risk_control"] == {
        "category": "risk_control", "products": 3, "rectified": 0, "reasonable": 0, "problem": 3,
    }  # fmt: skip
    assert (by["logistics"]["problem"], by["price"]["products"]) == (1, 0)
    sub = api.get("/api/v1/radar/counts", headers=_token(world, "m1-sub3")).json()
    assert {row["category"]: row["problem"] for row in sub["categories"]}["risk_control"] == 1


def test_a_sub_account_sees_and_acts_on_its_products_only(
    api: TestClient, world: World, radar: RadarWorld
) -> None:
    sub = _token(world, "m1-sub")
    assert _ids(api.get("/api/v1/radar/tasks", headers=sub).json()) == sorted(
        [radar.bag, radar.wallet]
    )
    assert api.get(f"/api/v1/radar/tasks/{radar.shoe}", headers=sub).status_code == 404
    refused = api.post(
        f"/api/v1/radar/tasks/{radar.shoe}/appeal", json={"statement": "x"}, headers=sub
    )
    assert refused.status_code == 404
    assert task_status(api.app.state.engine, radar.shoe) == "open"  # type: ignore[attr-defined]


def test_operators_name_the_merchant(api: TestClient, world: World, radar: RadarWorld) -> None:
    ops = _token(world, "ops")
    assert api.get("/api/v1/radar/tasks", headers=ops).status_code == 422
    listed = api.get("/api/v1/radar/tasks?merchant_id=M2", headers=ops).json()
    assert _ids(listed) == [radar.other]
    assert api.get(f"/api/v1/radar/tasks/{radar.bag}", headers=ops).status_code == 200
    assert api.get("/api/v1/radar/tasks?merchant_id=NOPE", headers=ops).status_code == 404
    # Operators decide; they do not act for the merchant.
    acted = api.post(
        f"/api/v1/radar/tasks/{radar.bag}/appeal", json={"statement": "x"}, headers=ops
    )
    assert acted.status_code == 403


def test_appeal_once_then_the_operator_rejects(
    api: TestClient, world: World, radar: RadarWorld
) -> None:
    main = _token(world, "m1-main")
    filed = api.post(
        f"/api/v1/radar/tasks/{radar.shoe}/appeal", json={"statement": "Genuine."}, headers=main
    )
    assert filed.status_code == 201, filed.text
    body = filed.json()
    assert body["task"]["display"] == "appeal_pending"
    assert body["task"]["buttons"]["appeal"] is False
    review_id = body["review_id"]
    again = api.post(
        f"/api/v1/radar/tasks/{radar.shoe}/appeal", json={"statement": "Again."}, headers=main
    )
    assert again.status_code == 409
    assert again.json() == {
        "detail": "This task has been appealed already (1 per task).",
        "code": "appeal_used",
    }
    blank = api.post(
        f"/api/v1/radar/tasks/{radar.bag}/appeal", json={"statement": "  "}, headers=main
    )
    assert (blank.status_code, blank.json()["code"]) == (422, "statement_missing")

    ops = _token(world, "ops")
    assert api.get("/api/v1/radar/reviews?kind=appeal", headers=main).status_code == 403
    queue = api.get("/api/v1/radar/reviews?kind=appeal", headers=ops).json()
    assert (queue["total"], queue["pending"]["appeal"], queue["overdue"]["appeal"]) == (1, 1, 0)
    item = queue["reviews"][0]
    assert (item["review_id"], item["statement"], item["merchant_id"]) == (
        review_id,
        "Genuine.",
        "M1",
    )
    no_reason = api.post(
        f"/api/v1/radar/reviews/{review_id}/decision", json={"decision": "reject"}, headers=ops
    )
    assert (no_reason.status_code, no_reason.json()["code"]) == (422, "reason_missing")
    decided = api.post(
        f"/api/v1/radar/reviews/{review_id}/decision",
        json={"decision": "reject", "reason": "No proof."},
        headers=ops,
    )
    assert decided.status_code == 200, decided.text
    assert (decided.json()["review"]["state"], decided.json()["closed_tasks"]) == ("rejected", [])
    twice = api.post(
        f"/api/v1/radar/reviews/{review_id}/decision", json={"decision": "approve"}, headers=ops
    )
    assert (twice.status_code, twice.json()["code"]) == (409, "already_decided")

    task = api.get(f"/api/v1/radar/tasks/{radar.shoe}", headers=main).json()
    assert (task["display"], task["rejection_reason"], task["days_left"]) == (
        "appeal_rejected",
        "No proof.",
        5,
    )
    assert task["buttons"]["appeal"] is False and task["status"] == "open"


def test_edit_approved_rectifies_and_shows_before_and_after(
    api: TestClient, world: World, radar: RadarWorld
) -> None:
    main = _token(world, "m1-main")
    same = api.post(
        f"/api/v1/radar/tasks/{radar.wallet}/edit",
        json={"title": "Louis Vuitton wallet"},
        headers=main,
    )
    assert (same.status_code, same.json()["code"]) == (422, "edit_unchanged")
    sent = api.post(
        f"/api/v1/radar/tasks/{radar.wallet}/edit",
        json={"title": "Leather wallet", "description": "Brown."},
        headers=main,
    )
    assert sent.status_code == 201 and sent.json()["task"]["display"] == "edit_pending"
    ops = _token(world, "ops")
    review_id = sent.json()["review_id"]
    item = api.get(f"/api/v1/radar/reviews/{review_id}", headers=ops).json()
    assert item["edit_before"]["title"] == "Louis Vuitton wallet"
    assert item["edit_after"] == {"title": "Leather wallet", "description": "Brown.", "brand": None}
    decided = api.post(
        f"/api/v1/radar/reviews/{review_id}/decision", json={"decision": "approve"}, headers=ops
    ).json()
    assert decided["closed_tasks"] == [radar.wallet]
    task = api.get(f"/api/v1/radar/tasks/{radar.wallet}", headers=main).json()
    assert (task["status"], task["outcome"], task["product_title"]) == (
        "rectified",
        "rectified",
        "Leather wallet",
    )
    late = api.post(f"/api/v1/radar/tasks/{radar.wallet}/delist", headers=main)
    assert (late.status_code, late.json()["code"]) == (409, "task_closed")


def test_a_qualification_upload_and_its_approval(
    api: TestClient, world: World, radar: RadarWorld
) -> None:
    main = _token(world, "m1-main")
    path = f"/api/v1/radar/tasks/{radar.wallet}/qualification"
    bad = api.post(
        path,
        data={"qualification_kind": "brand_authorisation"},
        files={"document": ("x.pdf", b"not a pdf at all", "application/pdf")},
        headers=main,
    )
    assert (bad.status_code, bad.json()["code"]) == (422, "document_not_accepted")
    missing = api.post(path, data={"qualification_kind": "supply_chain"}, headers=main)
    assert (missing.status_code, missing.json()["code"]) == (422, "document_missing")
    kind = api.post(
        path,
        data={"qualification_kind": "vibes"},
        files={"document": ("a.pdf", pdf(), "application/pdf")},
        headers=main,
    )
    assert (kind.status_code, kind.json()["code"]) == (422, "unknown_qualification_kind")
    no_right = api.post(
        f"/api/v1/radar/tasks/{radar.cable}/qualification",
        data={"qualification_kind": "supply_chain"},
        files={"document": ("a.pdf", pdf(), "application/pdf")},
        headers=main,
    )
    assert (no_right.status_code, no_right.json()["code"]) == (409, "no_right")
    filed = api.post(
        path,
        data={"qualification_kind": "supply_chain", "note": "Invoices attached"},
        files={"document": ("invoices.pdf", pdf(), "application/pdf")},
        headers=main,
    )
    assert filed.status_code == 201, filed.text
    review = filed.json()["task"]["reviews"][0]
    assert (review["kind"], review["qualification_kind"]) == ("qualification", "supply_chain")
    document = api.get(review["document_url"], headers=main)
    assert document.status_code == 200 and document.content.startswith(b"%PDF-")
    assert api.get(review["document_url"], headers=_token(world, "m2-main")).status_code == 404
    bag = api.get(f"/api/v1/radar/tasks/{radar.bag}", headers=main).json()
    assert bag["display"] == "qualification_pending" and bag["buttons"]["qualification"] is False

    ops = _token(world, "ops")
    decided = api.post(
        f"/api/v1/radar/reviews/{filed.json()['review_id']}/decision",
        json={"decision": "approve"},
        headers=ops,
    ).json()
    assert sorted(decided["closed_tasks"]) == sorted([radar.bag, radar.wallet])


def test_delist_via_the_api(api: TestClient, world: World, radar: RadarWorld) -> None:
    answer = api.post(f"/api/v1/radar/tasks/{radar.shoe}/delist", headers=_token(world, "m1-main"))
    assert answer.status_code == 200
    assert answer.json()["closed_tasks"] == [radar.shoe]
    assert answer.json()["task"]["product_status"] == "delisted"


def test_a_read_token_only_reads_and_a_session_needs_csrf(
    api: TestClient, world: World, radar: RadarWorld
) -> None:
    read = _token(world, "m1-main", scope="read")
    assert api.get("/api/v1/radar/tasks", headers=read).status_code == 200
    refused = api.post(f"/api/v1/radar/tasks/{radar.bag}/delist", headers=read)
    assert refused.status_code == 403
    sign_in(api, "m1-main")
    without = api.post(f"/api/v1/radar/tasks/{radar.bag}/delist")
    assert without.status_code == 403
    with_token = api.post(
        f"/api/v1/radar/tasks/{radar.bag}/delist", headers={"X-CSRF-Token": csrf_of(api)}
    )
    assert with_token.status_code == 200
    assert api.get("/api/v1/radar/tasks").status_code == 200
    assert api.post("/api/v1/radar/reviews/RR1/decision", json={"decision": "approve"},
                    headers={"X-CSRF-Token": csrf_of(api)}).status_code == 403  # fmt: skip


def test_strangers_are_told_to_sign_in(api: TestClient, radar: RadarWorld) -> None:
    assert api.get("/api/v1/radar/tasks").status_code == 401
    assert api.get("/api/v1/radar/reviews").status_code == 401
    assert api.post(f"/api/v1/radar/tasks/{radar.bag}/appeal", json={}).status_code == 401


def test_the_endpoints_are_documented(api: TestClient) -> None:
    paths = api.get("/api/v1/openapi.json").json()["paths"]
    radar_paths = {path for path in paths if path.startswith("/api/v1/radar")}
    assert radar_paths == {
        "/api/v1/radar/tasks",
        "/api/v1/radar/counts",
        "/api/v1/radar/tasks/{task_id}",
        "/api/v1/radar/tasks/{task_id}/edit",
        "/api/v1/radar/tasks/{task_id}/appeal",
        "/api/v1/radar/tasks/{task_id}/qualification",
        "/api/v1/radar/tasks/{task_id}/delist",
        "/api/v1/radar/reviews",
        "/api/v1/radar/reviews/{review_id}",
        "/api/v1/radar/reviews/{review_id}/decision",
    }
    upload = paths["/api/v1/radar/tasks/{task_id}/qualification"]["post"]
    assert "multipart/form-data" in upload["requestBody"]["content"]
