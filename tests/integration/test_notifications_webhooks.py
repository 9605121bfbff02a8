"""Webhooks: signed POSTs verified by the documented recipe (docs/notifications.md),
retries with backoff on 5xx, 4xx dead, the bounded log, replay, a crash between the POST
and its record; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from notify_world import BOOK, NOW, notifier, receiver, run, seed, tell

from sellerstar.services import notification_settings
from sellerstar.services.notification_senders import RESPONSE_EXCERPT_CHARS, Post, post_webhook
from sellerstar.services.notification_settings import NotificationRefused
from sellerstar.store.db import transaction
from sellerstar.store.schema import notification_deliveries as deliveries
from sellerstar.store.schema import webhook_attempts

DOC = Path(__file__).parents[2] / "docs" / "notifications.md"
OPENED = {"task_id": "T1", "product_id": "P1", "right_id": "R1", "deadline": "2022-11-25"}


def documented_recipe() -> Callable[..., bool]:
    """The Python snippet of docs/notifications.md, run as written."""
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("### Verifying a webhook") :]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    namespace: dict[str, Any] = {}
    exec(code.group(1), namespace)
    return namespace["verify_sellerstar"]  # type: ignore[no-any-return]


def _endpoint(engine: sa.Engine, url: str, merchant: str = "M1") -> tuple[int, str]:
    with transaction(engine) as connection:
        return notification_settings.add_endpoint(
            connection, merchant_id=merchant, endpoint_url=url, allow_loopback_http=True, now=NOW
        )


def _webhooks(engine: sa.Engine) -> list[tuple[str, int]]:
    with engine.connect() as connection:
        return [
            (r.state, r.attempts)
            for r in connection.execute(
                sa.select(deliveries)
                .where(deliveries.c.channel == "webhook")
                .order_by(deliveries.c.delivery_id)
            )
        ]


def test_the_documented_recipe_verifies_each_post(store_engine: sa.Engine) -> None:
    verify = documented_recipe()
    seed(store_engine, ("M1", "M2"))
    with receiver() as hook:
        _, secret = _endpoint(store_engine, hook.url)
        tell(store_engine, "radar_task_opened", "T1", OPENED, account="M1-SUB1")
        tell(store_engine, "appeal_last_day", "O2", {"order_id": "O2", "last_day": "x"})
        tell(store_engine, "qa_answered", "Q1", {"question_id": "Q1"}, merchant="M2")
        run(store_engine, notifier(None))
        run(store_engine, notifier(None))
    assert len(hook.posts) == 2  # M2's message is not M1's
    for headers, body in hook.posts:
        assert verify(secret, headers, body)
        assert not verify("whsec_wrong", headers, body)
        assert not verify(secret, headers, body + b" ")
        document = json.loads(body)
        assert document["merchant_id"] == "M1"
        assert headers["Sellerstar-Delivery"] == str(document["delivery_id"])
    topics = sorted(json.loads(body)["topic"] for _, body in hook.posts)
    assert topics == ["appeal_last_day", "radar_task_opened"]


def test_a_5xx_is_retried_with_backoff_and_a_4xx_is_dead(store_engine: sa.Engine) -> None:
    seed(store_engine)
    with receiver() as hook:
        _endpoint(store_engine, hook.url)
        hook.status = 503
        tell(store_engine, "radar_task_opened", "T1", OPENED)
        run(store_engine, notifier(None))
        assert _webhooks(store_engine) == [("pending", 1)]
        run(store_engine, notifier(None), NOW + dt.timedelta(seconds=61))
        assert _webhooks(store_engine) == [("pending", 2)]
        hook.status = 200
        run(store_engine, notifier(None), NOW + dt.timedelta(hours=1))
        assert _webhooks(store_engine) == [("sent", 3)]
        hook.status = 404
        tell(store_engine, "appeal_last_day", "O2", {"order_id": "O2", "last_day": "x"})
        run(store_engine, notifier(None), NOW + dt.timedelta(hours=2))
        assert _webhooks(store_engine)[1] == ("dead", 1)
        # 408 and 429 are retried like a 5xx.
        hook.status = 429
        tell(store_engine, "appeal_last_day", "O3", {"order_id": "O3", "last_day": "x"})
        run(store_engine, notifier(None), NOW + dt.timedelta(hours=3))
        assert _webhooks(store_engine)[2] == ("pending", 1)
    with store_engine.connect() as connection:
        log = connection.execute(
            sa.select(webhook_attempts).order_by(webhook_attempts.c.attempt_id)
        ).all()
    assert [r.status_code for r in log] == [503, 503, 200, 404, 429]
    assert all(len(r.response_excerpt) <= RESPONSE_EXCERPT_CHARS for r in log)
    assert log[0].request_body.startswith("{") and log[0].duration_ms >= 0


def test_too_many_failures_make_a_delivery_dead(store_engine: sa.Engine) -> None:
    seed(store_engine)
    with receiver() as hook:
        _endpoint(store_engine, hook.url)
        hook.status = 500
        tell(store_engine, "radar_task_opened", "T1", OPENED)
        for hour in range(6):  # max_attempts = 5
            run(store_engine, notifier(None), NOW + dt.timedelta(hours=hour))
    assert _webhooks(store_engine) == [("dead", 5)]
    assert len(hook.posts) == 5


def test_a_closed_port_is_retried(store_engine: sa.Engine) -> None:
    seed(store_engine)
    with receiver() as hook:
        url = hook.url
    _endpoint(store_engine, url)  # the receiver is gone: connection refused
    tell(store_engine, "radar_task_opened", "T1", OPENED)
    run(store_engine, notifier(None))
    assert _webhooks(store_engine) == [("pending", 1)]


def test_replay_sends_the_delivery_again(store_engine: sa.Engine) -> None:
    seed(store_engine, ("M1", "M2"))
    with receiver() as hook:
        _endpoint(store_engine, hook.url)
        tell(store_engine, "radar_task_opened", "T1", OPENED)
        run(store_engine, notifier(None))
        (delivery_id,) = [int(h["Sellerstar-Delivery"]) for h, _ in hook.posts]
        with transaction(store_engine) as connection:
            # Another merchant cannot replay it; its own merchant can.
            assert not notification_settings.replay(
                connection, merchant_id="M2", delivery_id=delivery_id, now=NOW
            )
            assert notification_settings.replay(
                connection, merchant_id="M1", delivery_id=delivery_id, now=NOW
            )
        run(store_engine, notifier(None), NOW + dt.timedelta(seconds=1))
    assert [h["Sellerstar-Delivery"] for h, _ in hook.posts] == [str(delivery_id)] * 2
    assert hook.posts[0][1] == hook.posts[1][1]


def test_a_crash_after_the_post_resends_once_with_the_same_delivery_id(
    store_engine: sa.Engine,
) -> None:
    seed(store_engine)

    def post_then_die(*args: Any, **kwargs: Any) -> Post:
        post_webhook(*args, **kwargs)
        raise SystemExit("worker killed after the POST, before the record")

    with receiver() as hook:
        _endpoint(store_engine, hook.url)
        tell(store_engine, "radar_task_opened", "T1", OPENED)
        with pytest.raises(SystemExit):
            run(store_engine, notifier(None, "w1", post_webhook=post_then_die))
        assert _webhooks(store_engine) == [("sending", 1)]
        run(store_engine, notifier(None, "w2"), NOW + dt.timedelta(seconds=10))
        assert len(hook.posts) == 1
        run(store_engine, notifier(None, "w2"), NOW + dt.timedelta(seconds=301))
        run(store_engine, notifier(None, "w2"), NOW + dt.timedelta(hours=1))
    keys = [h["Sellerstar-Delivery"] for h, _ in hook.posts]
    assert len(keys) == 2 and len(set(keys)) == 1  # the receiver dedupes to one
    assert _webhooks(store_engine) == [("sent", 2)]


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("http://example.com/hook", "webhook_url_not_https"),
        ("ftp://example.com/hook", "webhook_url_not_https"),
        ("https:///nohost", "webhook_url_invalid"),
        ("https://example.com/" + "a" * 500, "webhook_url_invalid"),
    ],
)
def test_only_https_urls_are_accepted(store_engine: sa.Engine, url: str, code: str) -> None:
    with pytest.raises(NotificationRefused) as refused:
        _endpoint(store_engine, url)
    assert refused.value.code == code


def test_loopback_http_needs_the_setting_and_secrets_rotate(store_engine: sa.Engine) -> None:
    with transaction(store_engine) as connection, pytest.raises(NotificationRefused):
        notification_settings.add_endpoint(
            connection,
            merchant_id="M1",
            endpoint_url="http://127.0.0.1:9/h",
            allow_loopback_http=False,
            now=NOW,
        )
    endpoint_id, secret = _endpoint(store_engine, "https://example.com/hook")
    with transaction(store_engine) as connection:
        assert (
            notification_settings.rotate_secret(
                connection, merchant_id="M2", endpoint_id=endpoint_id, now=NOW
            )
            is None
        )
        rotated = notification_settings.rotate_secret(
            connection, merchant_id="M1", endpoint_id=endpoint_id, now=NOW
        )
    assert rotated is not None and rotated != secret and rotated.startswith("whsec_")


def test_the_demo_fills_the_inbox_and_its_webhook_waits(store_engine: sa.Engine) -> None:
    from sellerstar.demo.notifications import run_notification_demo

    seed(store_engine)
    for n in range(4):
        tell(store_engine, "appeal_last_day", f"O{n}", {"order_id": f"O{n}", "last_day": "x"})
    demo = run_notification_demo(store_engine, BOOK, "M1", now=NOW)
    assert demo.messages == 4
    assert demo.inbox_unread == 2  # the main account's user read the older half
    assert demo.webhook_waiting == 4
    assert _webhooks(store_engine) == [("pending", 1)] * 4


def test_two_workers_at_once_send_each_delivery_once(store_engine: sa.Engine) -> None:
    from concurrency import at_once

    seed(store_engine)
    with receiver() as hook:
        _endpoint(store_engine, hook.url)
        for n in range(12):
            tell(store_engine, "appeal_last_day", f"O{n}", {"order_id": f"O{n}", "last_day": "x"})
        results = at_once(
            lambda: run(store_engine, notifier(None, "w1")),
            lambda: run(store_engine, notifier(None, "w2")),
        )
        assert not [r for r in results if isinstance(r, Exception)], results
        run(store_engine, notifier(None, "w3"), NOW + dt.timedelta(hours=1))
    keys = [h["Sellerstar-Delivery"] for h, _ in hook.posts]
    assert len(keys) == len(set(keys)) == 12
    assert sum(r["fanned_out"] for r in results) == 12
    assert _webhooks(store_engine) == [("sent", 1)] * 12


def test_the_endpoint_limit_holds(store_engine: sa.Engine) -> None:
    for n in range(5):
        _endpoint(store_engine, f"https://example.com/{n}")
    with pytest.raises(NotificationRefused) as refused:
        _endpoint(store_engine, "https://example.com/6")
    assert refused.value.code == "endpoint_limit"
    with transaction(store_engine) as connection:
        assert notification_settings.remove_endpoint(connection, merchant_id="M1", endpoint_id=1)
        assert not notification_settings.remove_endpoint(
            connection, merchant_id="M2", endpoint_id=2
        )
    _endpoint(store_engine, "https://example.com/6")
