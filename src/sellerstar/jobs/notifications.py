"""The notifier (docs/notifications.md): hand new outbox messages to their channels, then
send the due emails, daily digests and webhook POSTs, each under a lease, with retries.

A unit of work over several transactions, so it takes the ``Engine``: the fan-out and
each claim in their own short transaction, every send with none open, every outcome in
its own. A worker that dies between a send and its record leaves the delivery ``sending``
until its lease ends; the next run sends it once more with the same idempotency key
(email Message-ID, webhook ``Sellerstar-Delivery``), which the receiver uses to drop the
copy. Recorded in ``job_runs`` as ``notifications``.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from sellerstar.config import Settings
from sellerstar.domain.calendar import platform_date
from sellerstar.domain.notifications import Backoff, Channel
from sellerstar.rules import RuleBook
from sellerstar.services import notification_delivery as delivery
from sellerstar.services.notification_senders import (
    Mail,
    Outcome,
    Post,
    Smtp,
    post_webhook,
    send_email,
    webhook_body,
)
from sellerstar.store import job_log
from sellerstar.store.db import transaction
from sellerstar.store.schema import (
    notification_deliveries,
    notifications,
    webhook_attempts,
    webhook_endpoints,
)

JOB = "notifications"


@dataclass(frozen=True)
class Item:
    """One message as an email shows it."""

    topic: str
    payload: dict[str, Any]
    created_at: dt.datetime


Composer = Callable[[Sequence[Item], str, dt.date | None], tuple[str, str, str]]
"""(messages, language, digest day or None) → (subject, text, HTML): the words live in
the web layer, which the caller (CLI, scheduler) passes in."""


@dataclass(frozen=True)
class Notifier:
    """What a run needs: who it is, the retry schedule, the lease, SMTP (None: no email)."""

    worker: str
    backoff: Backoff
    lease_seconds: int
    smtp: Smtp | None
    webhook_timeout: float
    send_email: Callable[[Smtp, Mail], Outcome] = field(default=send_email)
    post_webhook: Callable[..., Post] = field(default=post_webhook)

    @classmethod
    def from_settings(cls, settings: Settings, worker: str | None = None) -> Notifier:
        smtp = None
        if settings.smtp_host:
            password = settings.smtp_password
            smtp = Smtp(
                settings.smtp_host,
                settings.smtp_port,
                settings.smtp_security,
                settings.smtp_user,
                password.get_secret_value() if password else None,
                settings.mail_from,
            )
        backoff = Backoff(
            settings.notify_backoff_base_seconds,
            settings.notify_backoff_max_seconds,
            settings.notify_backoff_jitter,
            settings.notify_max_attempts,
        )
        return cls(
            worker or f"{socket.gethostname()}:{os.getpid()}",
            backoff,
            settings.notify_lease_seconds,
            smtp,
            settings.notify_webhook_timeout_seconds,
        )


def run_notifier(
    store: sa.Engine,
    book: RuleBook,
    notifier: Notifier,
    compose: Composer | None,
    *,
    now: dt.datetime | None = None,
    batch: int = 100,
) -> dict[str, int]:
    """One pass: fan out, send what is due; the counts.

    A pass that did something (or failed) is recorded in job_runs; an idle one is not, so
    a worker polling every few seconds neither fills the log nor makes the pages' cache
    (keyed by the newest job run) start again.
    """
    at = now or dt.datetime.now(dt.UTC)
    params = {"batch": batch, "worker": notifier.worker}
    try:
        counts = _one_pass(store, book, notifier, compose, at, batch)
    except Exception:
        with job_log.recorded(store, JOB, params, at):
            raise
    if any(counts.values()):
        with job_log.recorded(store, JOB, params, at) as run:
            run.summary = counts
    return counts


def _one_pass(
    store: sa.Engine,
    book: RuleBook,
    notifier: Notifier,
    compose: Composer | None,
    at: dt.datetime,
    batch: int,
) -> dict[str, int]:
    tz = book.in_force_at(at).calendar.timezone
    email_on = notifier.smtp is not None and compose is not None
    with transaction(store) as connection:
        fanned = delivery.fan_out(connection, now=at, tz=tz, email_on=email_on, limit=batch)
    with transaction(store) as connection:
        # Without SMTP the emails wait (they are not failed): only webhooks leave.
        channels = (Channel.EMAIL, Channel.WEBHOOK) if email_on else (Channel.WEBHOOK,)
        claimed = delivery.claim(
            connection,
            channels=channels,
            worker=notifier.worker,
            now=at,
            lease_seconds=notifier.lease_seconds,
            limit=batch,
        )
    counts = {"fanned_out": fanned, "sent": 0, "failed": 0, "digests": 0}
    for delivery_id in claimed:
        ok = _send_one(store, notifier, compose, delivery_id, at)
        counts["sent" if ok else "failed"] += 1
    if email_on:
        counts["digests"] = _send_digests(store, notifier, compose, at, tz)
    return counts


def _send_one(
    store: sa.Engine,
    notifier: Notifier,
    compose: Composer | None,
    delivery_id: int,
    at: dt.datetime,
) -> bool:
    with transaction(store) as connection:
        row = connection.execute(
            sa.select(
                notification_deliveries,
                notifications.c.topic,
                notifications.c.payload,
                notifications.c.subject_id,
                notifications.c.account_id,
                notifications.c.created_at.label("message_at"),
            )
            .join(
                notifications,
                notifications.c.notification_id == notification_deliveries.c.notification_id,
            )
            .where(notification_deliveries.c.delivery_id == delivery_id)
        ).one()
        endpoint = None
        preference = None
        if row.endpoint_id is not None:
            endpoint = connection.execute(
                sa.select(webhook_endpoints).where(
                    webhook_endpoints.c.endpoint_id == row.endpoint_id
                )
            ).one()
        elif row.user_id is not None:
            preference = delivery.preference_of(connection, row.user_id)
    if endpoint is not None:
        return _post(store, notifier, row, endpoint, at)
    if notifier.smtp is None or compose is None or preference is None or not preference.email:
        return _record(store, notifier, [delivery_id], at, Outcome(False, "email is off", False))
    item = Item(row.topic, dict(row.payload), row.message_at)
    subject, text, html = compose([item], preference.language, None)
    mail = Mail(
        preference.email, subject, text, html, f"delivery-{delivery_id}", preference.language
    )
    return _record(store, notifier, [delivery_id], at, notifier.send_email(notifier.smtp, mail))


def _post(store: sa.Engine, notifier: Notifier, row: Any, endpoint: Any, at: dt.datetime) -> bool:
    document = {
        "delivery_id": row.delivery_id,
        "notification_id": row.notification_id,
        "merchant_id": row.merchant_id,
        "account_id": row.account_id,
        "topic": row.topic,
        "subject_id": row.subject_id,
        "payload": row.payload,
        "created_at": row.message_at.isoformat(),
    }
    body = webhook_body(document)
    post = notifier.post_webhook(
        endpoint.url, endpoint.secret, row.delivery_id, body, timeout=notifier.webhook_timeout
    )
    log = {
        "delivery_id": row.delivery_id,
        "merchant_id": row.merchant_id,
        "endpoint_id": endpoint.endpoint_id,
        "attempted_at": at,
        "request_body": body.decode(),
        "status_code": post.status,
        "response_excerpt": post.excerpt,
        "duration_ms": post.duration_ms,
        "outcome": "sent" if post.outcome.ok else "failed",
    }
    return _record(store, notifier, [row.delivery_id], at, post.outcome, log)


def _record(
    store: sa.Engine,
    notifier: Notifier,
    ids: list[int],
    at: dt.datetime,
    outcome: Outcome,
    log: dict[str, Any] | None = None,
) -> bool:
    with transaction(store) as connection:
        if log is not None:
            connection.execute(sa.insert(webhook_attempts).values(**log))
        if outcome.ok:
            delivery.mark_sent(connection, ids, notifier.worker, at)
        else:
            delivery.mark_failed(
                connection,
                ids,
                worker=notifier.worker,
                now=at,
                error=outcome.error,
                backoff=notifier.backoff,
                final=not outcome.retryable,
            )
    return outcome.ok


def _send_digests(
    store: sa.Engine, notifier: Notifier, compose: Composer | None, at: dt.datetime, tz: str
) -> int:
    assert notifier.smtp is not None and compose is not None
    with transaction(store) as connection:
        due = delivery.due_digests(connection, at)
    sent = 0
    for user_id, day in due:
        if day >= platform_date(at, tz):
            continue
        with transaction(store) as connection:
            ids = delivery.claim_digest(
                connection,
                user_id=user_id,
                day=day,
                worker=notifier.worker,
                now=at,
                lease_seconds=notifier.lease_seconds,
            )
            if not ids:
                continue
            preference = delivery.preference_of(connection, user_id)
            rows = connection.execute(
                sa.select(
                    notifications.c.topic, notifications.c.payload, notifications.c.created_at
                )
                .join(
                    notification_deliveries,
                    notification_deliveries.c.notification_id == notifications.c.notification_id,
                )
                .where(notification_deliveries.c.delivery_id.in_(ids))
                .order_by(notifications.c.created_at)
            ).all()
        if not preference.email:
            _record(store, notifier, ids, at, Outcome(False, "no email address", False))
            continue
        items = [Item(r.topic, dict(r.payload), r.created_at) for r in rows]
        subject, text, html = compose(items, preference.language, day)
        mail = Mail(
            preference.email,
            subject,
            text,
            html,
            f"digest-{user_id}-{day.isoformat()}",
            preference.language,
        )
        sent += _record(store, notifier, ids, at, notifier.send_email(notifier.smtp, mail))
    return sent
