"""Notification pages and API (issue 19): the inbox with its unread count in the header,
mark read (CSRF), each user's own messages only (a sub-account: its own orders'), the
preferences, the webhook settings (main account only; HTTPS only; secret shown once;
another merchant's ids 404), the operators' overview; every topic's words in zh and en."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from web_support import NOW, World, csrf_of, sign_in

from sellerstar.domain.notifications import Backoff
from sellerstar.jobs.notifications import Notifier, run_notifier
from sellerstar.rules import load_rulebook
from sellerstar.services import notifications
from sellerstar.store.db import transaction
from sellerstar.web.auth import now

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
OPENED = {"task_id": "T1", "product_id": "P-RADAR", "right_id": "R1", "deadline": "2022-12-09"}


def deliver(engine: sa.Engine) -> None:
    notifier = Notifier("test", Backoff(60, 3600, 0.5, 3), 300, None, 5.0)
    run_notifier(engine, load_rulebook(), notifier, None, now=NOW)


def tell(
    engine: sa.Engine,
    topic: str,
    subject: str,
    payload: dict[str, object],
    account: str | None = None,
    merchant: str = "M1",
) -> None:
    with transaction(engine) as connection:
        notifications.enqueue(
            connection,
            merchant_id=merchant,
            account_id=account,
            topic=topic,
            subject_id=subject,
            payload=payload,
            now=NOW,
        )


@pytest.fixture
def client(app_client: TestClient, world: World) -> Iterator[TestClient]:
    tell(world.engine, "radar_task_opened", "T1", OPENED, account="A2")
    tell(world.engine, "appeal_last_day", "O1", {"order_id": "O1", "last_day": "2022-12-06"})
    tell(
        world.engine,
        "coupon_claimable",
        "C1",
        {"tool_id": "T", "tool_name": "X", "launch_date": "2022-12-07"},
        merchant="M2",
    )
    deliver(world.engine)
    app_client.app.dependency_overrides[now] = lambda: NOW  # type: ignore[attr-defined]
    app_client.cookies.set("sellerstar_lang", "en")
    yield app_client
    app_client.app.dependency_overrides.clear()  # type: ignore[attr-defined]


def unread(page: str) -> int:
    found = re.search(r'data-testid="unread-count">(\d+)<', page)
    return int(found.group(1)) if found else 0


def deliveries(page: str) -> list[str]:
    return re.findall(r'data-delivery="(\d+)" data-topic="(\w+)"', page)


def test_each_user_reads_their_own_inbox(client: TestClient) -> None:
    sign_in(client, "m1-main")
    page = client.get("/m/inbox").text
    assert unread(page) == 2
    assert sorted(t for _, t in deliveries(page)) == ["appeal_last_day", "radar_task_opened"]
    assert "Product P-RADAR looks like it infringes right R1" in page
    sign_in(client, "m1-sub")
    page = client.get("/m/inbox").text
    assert [t for _, t in deliveries(page)] == ["radar_task_opened"] and unread(page) == 1
    sign_in(client, "m1-sub3")
    page = client.get("/m/inbox").text
    assert deliveries(page) == [] and unread(page) == 0
    assert "No notifications yet." in page
    sign_in(client, "m2-main")
    assert [t for _, t in deliveries(client.get("/m/inbox").text)] == ["coupon_claimable"]


def test_marking_read_drops_the_count_and_needs_csrf(client: TestClient) -> None:
    sign_in(client, "m1-main")
    (first, _), _ = deliveries(client.get("/m/inbox").text)
    assert client.post("/m/inbox/read", data={"delivery_id": first}).status_code == 403
    token = csrf_of(client)
    done = client.post("/m/inbox/read", data={"delivery_id": first, "csrf_token": token})
    assert done.status_code == 303
    assert unread(client.get("/m/stars").text) == 1  # every page's header
    assert client.post("/m/inbox/read", data={"csrf_token": token}).status_code == 422
    client.post("/m/inbox/read", data={"all": "true", "csrf_token": token})
    assert unread(client.get("/m/inbox").text) == 0


def test_one_cannot_mark_anothers_message(client: TestClient) -> None:
    sign_in(client, "m2-main")
    ((theirs, _),) = deliveries(client.get("/m/inbox").text)
    sign_in(client, "m1-main")
    client.post("/m/inbox/read", data={"delivery_id": theirs, "csrf_token": csrf_of(client)})
    sign_in(client, "m2-main")
    assert unread(client.get("/m/inbox").text) == 1


def test_the_api_lists_and_marks_read(client: TestClient) -> None:
    sign_in(client, "m1-sub")
    listed = client.get("/api/v1/notifications").json()
    assert listed["unread"] == 1
    (message,) = listed["messages"]
    assert message["topic"] == "radar_task_opened" and "P-RADAR" in message["text"]
    headers = {"X-CSRF-Token": csrf_of(client)}
    marked = client.post("/api/v1/notifications/read", json={"all": True}, headers=headers)
    assert marked.json() == {"marked": 1}
    assert client.get("/api/v1/notifications?unread=true").json()["messages"] == []


def test_preferences_are_ones_own_and_checked(client: TestClient) -> None:
    sign_in(client, "m1-sub")
    headers = {"X-CSRF-Token": csrf_of(client)}
    bad = client.put(
        "/api/v1/notifications/preferences", headers=headers, json={"email": "not-an-address"}
    )
    assert bad.status_code == 422 and bad.json()["code"] == "email_invalid"
    good = client.put(
        "/api/v1/notifications/preferences",
        headers=headers,
        json={
            "email": "a@example.com",
            "email_mode": "digest",
            "language": "en",
            "topics": {"radar_task_opened": ["inbox"]},
        },
    )
    assert good.status_code == 200
    assert client.get("/api/v1/notifications/preferences").json()["email_mode"] == "digest"
    page = client.get("/m/notifications/preferences").text
    assert 'value="a@example.com"' in page
    assert 'value="radar_task_opened:email" aria-label' in page
    form = {
        "csrf_token": csrf_of(client),
        "email": "",
        "email_mode": "immediate",
        "language": "zh",
        "on": ["qa_answered:inbox"],
    }
    assert client.post("/m/notifications/preferences", data=form).status_code == 303
    sign_in(client, "m1-main")
    assert client.get("/api/v1/notifications/preferences").json()["email"] is None


def test_webhooks_are_for_the_main_account_and_https_only(client: TestClient) -> None:
    sign_in(client, "m1-sub")
    assert client.get("/m/notifications/webhooks").status_code == 403
    assert client.get("/api/v1/notifications/webhooks").status_code == 403
    sign_in(client, "m1-main")
    token = csrf_of(client)
    refused = client.post(
        "/m/notifications/webhooks", data={"url": "http://example.com/h", "csrf_token": token}
    )
    assert refused.status_code == 422 and "https://" in refused.text
    added = client.post(
        "/m/notifications/webhooks", data={"url": "https://example.com/h", "csrf_token": token}
    )
    secret = re.search(r"<code>(whsec_[\w-]+)</code>", added.text)
    assert added.status_code == 200 and secret is not None
    listed = client.get("/m/notifications/webhooks").text
    assert secret.group(1) not in listed and "https://example.com/h" in listed
    api = client.get("/api/v1/notifications/webhooks").json()
    (endpoint,) = api["endpoints"]
    assert "secret" not in endpoint
    sign_in(client, "m2-main")
    token = csrf_of(client)
    other = f"/m/notifications/webhooks/{endpoint['endpoint_id']}/rotate"
    assert client.post(other, data={"csrf_token": token}).status_code == 404
    assert (
        client.post(
            "/m/notifications/webhooks/replay", data={"delivery_id": 1, "csrf_token": token}
        ).status_code
        == 404
    )


def test_operators_see_the_overview_and_merchants_do_not(client: TestClient) -> None:
    sign_in(client, "m1-main")
    assert client.get("/ops/notifications").status_code == 403
    sign_in(client, "ops")
    page = client.get("/ops/notifications")
    assert page.status_code == 200 and 'data-channel="inbox"' in page.text
    assert unread(page.text) == 0 and 'data-testid="inbox-badge"' not in page.text
    token = csrf_of(client)
    assert (
        client.post(
            "/ops/notifications/retry", data={"delivery_id": 1, "csrf_token": token}
        ).status_code
        == 404
    )


def test_dates_are_shown(client: TestClient) -> None:
    sign_in(client, "m1-main")
    assert str(NOW.year) in client.get("/m/inbox").text
    assert dt.date(2022, 12, 6).isoformat() in client.get("/m/inbox").text
