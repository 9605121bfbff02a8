"""The notifier's fan-out, inbox, email (a real local SMTP server), digests, preferences
and the crash between send and record; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from typing import Any

import pytest
import sqlalchemy as sa
from notify_world import (
    NOW,
    MailServer,
    free_port,
    notifier,
    run,
    seed,
    tell,
    wants_email,
)

from sellerstar.services import notification_delivery
from sellerstar.services.notification_senders import Mail, Outcome, Smtp, send_email
from sellerstar.store.db import transaction
from sellerstar.store.schema import notification_deliveries as deliveries
from sellerstar.store.schema import notifications

OPENED = {"task_id": "T1", "product_id": "P1", "right_id": "R1", "deadline": "2022-11-25"}


def _inboxes(engine: sa.Engine) -> Counter[int]:
    with engine.connect() as connection:
        rows = connection.execute(
            sa.select(deliveries.c.user_id).where(deliveries.c.channel == "inbox")
        )
        return Counter(int(r.user_id) for r in rows)


def _states(engine: sa.Engine, channel: str) -> list[tuple[str, int]]:
    with engine.connect() as connection:
        return [
            (r.state, r.attempts)
            for r in connection.execute(
                sa.select(deliveries)
                .where(deliveries.c.channel == channel)
                .order_by(deliveries.c.delivery_id)
            )
        ]


@pytest.fixture
def mail() -> Any:
    server = MailServer(free_port())
    server.start()
    yield server
    server.stop()


def test_a_sub_accounts_order_reaches_it_and_the_main_account_only(
    store_engine: sa.Engine,
) -> None:
    users = seed(store_engine, ("M1", "M2"))
    tell(store_engine, "radar_task_opened", "T1", OPENED, account="M1-SUB1")
    tell(store_engine, "sample_right_lost", "O9", {"order_id": "O9"})
    tell(store_engine, "qa_answered", "Q1", {"question_id": "Q1"}, account="M2-SUB2", merchant="M2")
    assert run(store_engine, notifier(None))["fanned_out"] == 3
    assert _inboxes(store_engine) == Counter(
        {users["m1-main"]: 2, users["m1-sub1"]: 1, users["m2-main"]: 1, users["m2-sub2"]: 1}
    )
    # A second run adds nothing: each message was handed over once.
    assert run(store_engine, notifier(None))["fanned_out"] == 0
    assert sum(_inboxes(store_engine).values()) == 5
    with store_engine.connect() as connection:
        assert (
            connection.execute(
                sa.select(sa.func.count()).where(notifications.c.sent_at.is_(None))
            ).scalar_one()
            == 0
        )


def test_each_message_reaches_each_email_once_in_the_readers_language(
    store_engine: sa.Engine, mail: MailServer
) -> None:
    users = seed(store_engine)
    wants_email(store_engine, users["m1-main"], "main@example.com", language="en")
    wants_email(store_engine, users["m1-sub1"], "sub1@example.com", language="zh")
    wants_email(store_engine, users["m1-sub2"], "sub2@example.com")
    tell(
        store_engine,
        "appeal_decided",
        "A1",
        {"appeal_id": "A1", "order_id": "O1", "outcome": "approved"},
        account="M1-SUB1",
    )
    tell(store_engine, "appeal_last_day", "O2", {"order_id": "O2", "last_day": "2022-11-20"})
    for _ in range(3):
        run(store_engine, notifier(mail.port))
    by_address = Counter(m["To"] for m in mail.received)
    assert by_address == Counter({"main@example.com": 2, "sub1@example.com": 1})
    english = next(
        m for m in mail.received if "O1" in m["Subject"] or m["To"] == "main@example.com"
    )
    assert english["Message-ID"].startswith("<delivery-")
    parts = {
        p.get_content_type(): p.get_payload(decode=True).decode()
        for p in english.walk()
        if not p.is_multipart()
    }
    assert set(parts) == {"text/plain", "text/html"}
    assert "<!doctype html>" in parts["text/html"]
    assert _states(store_engine, "email") == [("sent", 1)] * 3


def test_html_escapes_the_payload(store_engine: sa.Engine, mail: MailServer) -> None:
    users = seed(store_engine)
    wants_email(store_engine, users["m1-main"], "main@example.com", language="en")
    tell(
        store_engine,
        "coupon_claimable",
        "C1",
        {"tool_id": "T", "tool_name": "<script>x</script>", "launch_date": "2022-10-28"},
    )
    run(store_engine, notifier(mail.port))
    (message,) = mail.received
    html = next(p for p in message.walk() if p.get_content_type() == "text/html")
    body = html.get_payload(decode=True).decode()
    assert "<script>" not in body and "&lt;script&gt;" in body


def test_preferences_choose_the_channels_of_a_topic(
    store_engine: sa.Engine, mail: MailServer
) -> None:
    users = seed(store_engine)
    wants_email(
        store_engine,
        users["m1-main"],
        "main@example.com",
        topics={"radar_task_opened": ["inbox"], "sample_right_lost": []},
    )
    tell(store_engine, "radar_task_opened", "T1", OPENED)
    tell(store_engine, "sample_right_lost", "O9", {"order_id": "O9"})
    tell(store_engine, "qa_answered", "Q1", {"question_id": "Q1"})
    run(store_engine, notifier(mail.port))
    assert _inboxes(store_engine) == Counter({users["m1-main"]: 2})
    assert [m["To"] for m in mail.received] == ["main@example.com"]


def test_smtp_down_then_up_sends_each_message_once(store_engine: sa.Engine) -> None:
    users = seed(store_engine)
    server = MailServer(free_port())  # not started: connections are refused
    wants_email(store_engine, users["m1-main"], "main@example.com")
    tell(store_engine, "radar_task_opened", "T1", OPENED)
    tell(store_engine, "appeal_last_day", "O2", {"order_id": "O2", "last_day": "2022-11-20"})
    assert run(store_engine, notifier(server.port))["failed"] == 2
    assert _states(store_engine, "email") == [("pending", 1), ("pending", 1)]
    with store_engine.connect() as connection:
        waits = [
            r.next_attempt_at - NOW
            for r in connection.execute(
                sa.select(deliveries.c.next_attempt_at).where(deliveries.c.channel == "email")
            )
        ]
    # First failure: between 30 s and 60 s (base 60, jitter 0.5).
    assert all(dt.timedelta(seconds=30) <= w <= dt.timedelta(seconds=60) for w in waits)
    # Before the wait is over nothing is tried.
    assert run(store_engine, notifier(server.port), NOW + dt.timedelta(seconds=29))["failed"] == 0
    # Still down at the second attempt, then the server comes up.
    run(store_engine, notifier(server.port), NOW + dt.timedelta(seconds=61))
    assert _states(store_engine, "email") == [("pending", 2), ("pending", 2)]
    server.start()
    try:
        later = NOW + dt.timedelta(minutes=10)
        assert run(store_engine, notifier(server.port), later)["sent"] == 2
        run(store_engine, notifier(server.port), later + dt.timedelta(hours=1))
        assert len(server.received) == 2
        assert len({m["Message-ID"] for m in server.received}) == 2
    finally:
        server.stop()
    assert _states(store_engine, "email") == [("sent", 3), ("sent", 3)]


def test_a_crash_between_send_and_record_resends_once_with_the_same_key(
    store_engine: sa.Engine, mail: MailServer
) -> None:
    users = seed(store_engine)
    wants_email(store_engine, users["m1-main"], "main@example.com")
    tell(store_engine, "radar_task_opened", "T1", OPENED)

    def send_then_die(smtp: Smtp, message: Mail) -> Outcome:
        send_email(smtp, message)
        raise SystemExit("worker killed after the SMTP call, before the record")

    with pytest.raises(SystemExit):
        run(store_engine, notifier(mail.port, "w1", send_email=send_then_die))
    assert _states(store_engine, "email") == [("sending", 1)]
    # Another worker within the lease leaves it alone.
    run(store_engine, notifier(mail.port, "w2"), NOW + dt.timedelta(seconds=299))
    assert len(mail.received) == 1
    # After the lease it is sent once more, with the same Message-ID.
    run(store_engine, notifier(mail.port, "w2"), NOW + dt.timedelta(seconds=301))
    run(store_engine, notifier(mail.port, "w2"), NOW + dt.timedelta(hours=1))
    keys = [m["Message-ID"] for m in mail.received]
    assert len(keys) == 2 and len(set(keys)) == 1
    assert _states(store_engine, "email") == [("sent", 2)]
    # The first worker coming back cannot record over the second's outcome.
    with transaction(store_engine) as connection:
        assert notification_delivery.mark_sent(connection, [1], "w1", NOW) == 0


def test_a_daily_digest_sends_one_email_per_user_and_day(
    store_engine: sa.Engine, mail: MailServer
) -> None:
    users = seed(store_engine)
    wants_email(store_engine, users["m1-main"], "main@example.com", digest=True, language="en")
    tell(store_engine, "radar_task_opened", "T1", OPENED)
    tell(store_engine, "appeal_last_day", "O2", {"order_id": "O2", "last_day": "2022-11-20"})
    # 23:59 in Shanghai on the 20th: the day is not over.
    run(store_engine, notifier(mail.port), dt.datetime(2022, 11, 20, 15, 59, tzinfo=dt.UTC))
    assert mail.received == []
    next_day = dt.datetime(2022, 11, 20, 16, 1, tzinfo=dt.UTC)
    assert run(store_engine, notifier(mail.port), next_day)["digests"] == 1
    run(store_engine, notifier(mail.port), next_day + dt.timedelta(hours=1))
    (digest,) = mail.received
    assert "2022-11-20" in digest["Subject"] and "2" in digest["Subject"]
    assert (
        digest["Message-ID"] == f"<digest-{users['m1-main']}-2022-11-20@sellerstar.notifications>"
    )
    text = next(p for p in digest.walk() if p.get_content_type() == "text/plain")
    body = text.get_payload(decode=True).decode()
    assert "P1" in body and "O2" in body
    assert _states(store_engine, "email") == [("sent", 1), ("sent", 1)]


def test_no_smtp_means_no_email_deliveries(store_engine: sa.Engine) -> None:
    users = seed(store_engine)
    wants_email(store_engine, users["m1-main"], "main@example.com")
    tell(store_engine, "radar_task_opened", "T1", OPENED)
    run(store_engine, notifier(None))
    assert _states(store_engine, "email") == []


def test_emails_wait_while_smtp_is_off(store_engine: sa.Engine, mail: MailServer) -> None:
    users = seed(store_engine)
    wants_email(store_engine, users["m1-main"], "main@example.com")
    tell(store_engine, "radar_task_opened", "T1", OPENED)
    with transaction(store_engine) as connection:  # made while SMTP was configured
        notification_delivery.fan_out(
            connection, now=NOW, tz="Asia/Shanghai", email_on=True, limit=10
        )
    run(store_engine, notifier(None))
    assert _states(store_engine, "email") == [("pending", 0)]
    run(store_engine, notifier(mail.port))
    assert _states(store_engine, "email") == [("sent", 1)] and len(mail.received) == 1


def test_passes_that_did_something_are_recorded(store_engine: sa.Engine) -> None:
    from sellerstar.store.schema import job_runs

    def runs() -> list[tuple[str, object]]:
        with store_engine.connect() as connection:
            return [
                (r.status, r.summary)
                for r in connection.execute(
                    sa.select(job_runs)
                    .where(job_runs.c.job == "notifications")
                    .order_by(job_runs.c.id)
                )
            ]

    seed(store_engine)
    run(store_engine, notifier(None))
    assert runs() == []  # idle: nothing written
    tell(store_engine, "radar_task_opened", "T1", OPENED)
    run(store_engine, notifier(None))
    run(store_engine, notifier(None))
    assert runs() == [("succeeded", {"fanned_out": 1, "sent": 0, "failed": 0, "digests": 0})]


def test_every_topic_reaches_each_channel_exactly_once(
    store_engine: sa.Engine, mail: MailServer
) -> None:
    """Each known topic, told once to the main account: one inbox entry, one email and one
    webhook POST each, whatever the number of notifier passes."""
    from notify_world import receiver

    from sellerstar.services import notification_settings
    from sellerstar.web.words.notifications import TOPICS

    users = seed(store_engine)
    wants_email(store_engine, users["m1-main"], "main@example.com", language="en")
    with receiver() as hook:
        with transaction(store_engine) as connection:
            notification_settings.add_endpoint(
                connection, merchant_id="M1", endpoint_url=hook.url,
                allow_loopback_http=True, now=NOW,
            )  # fmt: skip
        for topic in TOPICS:
            tell(store_engine, topic, f"{topic}:1", {"order_id": "O1"})
        for _ in range(3):
            run(store_engine, notifier(mail.port))
    inbox = Counter(
        topic for topic, user in _inbox_topics(store_engine) if user == users["m1-main"]
    )
    assert inbox == Counter(dict.fromkeys(TOPICS, 1))
    emails = [m for m in mail.received if m["To"] == "main@example.com"]
    assert len(emails) == len(TOPICS) == len({m["Message-ID"] for m in emails})
    posted = Counter(json.loads(body)["topic"] for _, body in hook.posts)
    assert posted == Counter(dict.fromkeys(TOPICS, 1))


def _inbox_topics(engine: sa.Engine) -> list[tuple[str, int]]:
    with engine.connect() as connection:
        rows = connection.execute(
            sa.select(notifications.c.topic, deliveries.c.user_id)
            .join(notifications, notifications.c.notification_id == deliveries.c.notification_id)
            .where(deliveries.c.channel == "inbox")
        )
        return [(r.topic, int(r.user_id)) for r in rows]
