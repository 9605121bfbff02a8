"""The notifier's outside calls: one email over SMTP, one signed webhook POST. Called with
no transaction open (docs/architecture.md); each returns what happened, never raises for
the receiver's failures.

Idempotency keys: an email's ``Message-ID`` and a webhook's ``Sellerstar-Delivery`` header
come from the delivery (or the digest), so a send repeated after a crash carries the same
key and the receiver can drop the copy (docs/notifications.md).
"""

from __future__ import annotations

import json
import smtplib
import ssl
import time
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate

import httpx

from sellerstar.domain.notifications import retryable_status, sign

RESPONSE_EXCERPT_CHARS = 500
DELIVERY_HEADER = "Sellerstar-Delivery"
TIMESTAMP_HEADER = "Sellerstar-Timestamp"
SIGNATURE_HEADER = "Sellerstar-Signature"


@dataclass(frozen=True)
class Smtp:
    """How to reach the SMTP server (from Settings)."""

    host: str
    port: int
    security: str  # starttls | ssl | none
    user: str | None
    password: str | None
    sender: str
    timeout: float = 20.0


@dataclass(frozen=True)
class Mail:
    """One email: subject, plain text and HTML alternatives, and its idempotency key."""

    to: str
    subject: str
    text: str
    html: str
    key: str  # "delivery-12" or "digest-5-2022-11-20"
    language: str


@dataclass(frozen=True)
class Outcome:
    """One attempt: ok, or the error and whether retrying may help."""

    ok: bool
    error: str = ""
    retryable: bool = True


def email_message(mail: Mail, sender: str) -> EmailMessage:
    """The MIME message: text first, HTML as the alternative, the stable Message-ID."""
    message = EmailMessage()
    message["Subject"] = mail.subject
    message["From"] = sender
    message["To"] = mail.to
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = f"<{mail.key}@sellerstar.notifications>"
    message["Content-Language"] = "zh-CN" if mail.language == "zh" else "en"
    message[DELIVERY_HEADER] = mail.key
    message.set_content(mail.text)
    message.add_alternative(mail.html, subtype="html")
    return message


def send_email(smtp: Smtp, mail: Mail) -> Outcome:
    """Send one email; a connection refused, a timeout or a 4xx answer are worth retrying,
    a 5xx refusal of the recipient is not."""
    message = email_message(mail, smtp.sender)
    try:
        if smtp.security == "ssl":
            context = ssl.create_default_context()
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                smtp.host, smtp.port, timeout=smtp.timeout, context=context
            )
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
        with client:
            if smtp.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if smtp.user:
                client.login(smtp.user, smtp.password or "")
            client.send_message(message)
    except smtplib.SMTPRecipientsRefused as refused:
        codes = [code for code, _ in refused.recipients.values()]
        return Outcome(False, f"recipient refused: {codes}", any(c < 500 for c in codes))
    except (OSError, smtplib.SMTPException) as failed:
        return Outcome(False, f"{type(failed).__name__}: {failed}")
    return Outcome(True)


@dataclass(frozen=True)
class Post:
    """One webhook attempt as the log keeps it."""

    outcome: Outcome
    status: int | None
    excerpt: str
    duration_ms: int


def webhook_headers(secret: str, delivery_id: int, body: bytes, timestamp: int) -> dict[str, str]:
    """The headers of a webhook POST: JSON, the delivery id, the timestamp, the signature."""
    return {
        "Content-Type": "application/json",
        "User-Agent": "sellerstar-notifier/1",
        DELIVERY_HEADER: str(delivery_id),
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: sign(secret, timestamp, body),
    }


def webhook_body(document: dict[str, object]) -> bytes:
    """The JSON body (compact, sorted keys, UTF-8): the bytes the signature covers."""
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def post_webhook(
    endpoint_url: str, secret: str, delivery_id: int, body: bytes, *, timeout: float
) -> Post:
    """POST one delivery; 2xx = sent, 5xx/408/429/timeouts = retry, other 4xx = dead."""
    headers = webhook_headers(secret, delivery_id, body, int(time.time()))
    started = time.monotonic()
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False) as client:
            answer = client.post(endpoint_url, content=body, headers=headers)
            excerpt = answer.text[:RESPONSE_EXCERPT_CHARS]
    except httpx.HTTPError as failed:
        took = int((time.monotonic() - started) * 1000)
        error = f"{type(failed).__name__}: {failed}"[:RESPONSE_EXCERPT_CHARS]
        return Post(Outcome(False, error), None, error, took)
    took = int((time.monotonic() - started) * 1000)
    status = answer.status_code
    if 200 <= status < 300:
        return Post(Outcome(True), status, excerpt, took)
    outcome = Outcome(False, f"HTTP {status}", retryable_status(status))
    return Post(outcome, status, excerpt, took)
