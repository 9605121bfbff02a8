"""Delivering the notification outbox: channels, delivery states, the retry schedule and
the webhook signature, on the standard library (docs/notifications.md).

>>> sign("s3cret", 1700000000, b'{"a":1}').startswith("v1=")
True
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import random
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit


class Channel(StrEnum):
    """Where one message goes: the in-app inbox, email, or the merchant's webhook."""

    INBOX = "inbox"
    EMAIL = "email"
    WEBHOOK = "webhook"


class DeliveryState(StrEnum):
    """A delivery's life: pending (due at next_attempt_at), sending (leased by a worker
    until lease_until), sent, dead (gave up: a refusal or too many attempts)."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    DEAD = "dead"


class EmailMode(StrEnum):
    """An account user's email: each message at once, or one digest per platform day."""

    IMMEDIATE = "immediate"
    DIGEST = "digest"


@dataclass(frozen=True)
class Backoff:
    """The retry schedule: attempt n (1-based) failed → wait base·2^(n-1) seconds, capped,
    times a jitter factor in [1 - jitter, 1]; dead after max_attempts."""

    base_seconds: float
    max_seconds: float
    jitter: float
    max_attempts: int

    def bounds(self, attempt: int) -> tuple[float, float]:
        """Shortest and longest wait after the ``attempt``-th failure.

        >>> Backoff(30, 3600, 0.5, 8).bounds(1)
        (15.0, 30.0)
        >>> Backoff(30, 3600, 0.5, 8).bounds(10)
        (1800.0, 3600.0)
        """
        longest = min(self.max_seconds, self.base_seconds * 2 ** max(attempt - 1, 0))
        return (float(longest * (1 - self.jitter)), float(longest))

    def next_attempt(
        self, now: dt.datetime, attempt: int, draw: random.Random | None = None
    ) -> dt.datetime | None:
        """When to try again after the ``attempt``-th failure; None: give up (dead)."""
        if attempt >= self.max_attempts:
            return None
        low, high = self.bounds(attempt)
        wait = (draw or random.Random()).uniform(low, high)
        return now + dt.timedelta(seconds=wait)


SIGNATURE_VERSION = "v1"


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The ``Sellerstar-Signature`` header: ``v1=`` + hex HMAC-SHA256 of
    ``f"{timestamp}.".encode() + body`` keyed by the endpoint's secret."""
    message = f"{timestamp}.".encode() + body
    digest = hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
    return f"{SIGNATURE_VERSION}={digest}"


def verify(
    secret: str, timestamp: str, body: bytes, header: str, *, now: int, tolerance: int
) -> bool:
    """What a receiver checks: the signature matches and the timestamp is recent.

    >>> header = sign("k", 100, b"{}")
    >>> verify("k", "100", b"{}", header, now=150, tolerance=300)
    True
    >>> verify("k", "100", b"{}", header, now=1000, tolerance=300)
    False
    >>> verify("other", "100", b"{}", header, now=150, tolerance=300)
    False
    """
    if not timestamp.isdigit() or abs(now - int(timestamp)) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, int(timestamp), body), header)


def webhook_url_refusal(url: str, *, allow_loopback_http: bool) -> str | None:
    """Why an endpoint URL is refused (None: accepted). HTTPS only; plain HTTP only to
    127.0.0.1 / localhost when the setting allows it (tests, local receivers).

    >>> webhook_url_refusal("https://example.com/hook", allow_loopback_http=False) is None
    True
    >>> webhook_url_refusal("http://example.com/hook", allow_loopback_http=True)
    'webhook_url_not_https'
    >>> webhook_url_refusal("http://127.0.0.1:8080/h", allow_loopback_http=True) is None
    True
    >>> webhook_url_refusal("ftp://x", allow_loopback_http=True)
    'webhook_url_not_https'
    """
    if len(url) > 500 or any(c.isspace() for c in url):
        return "webhook_url_invalid"
    parts = urlsplit(url)
    if not parts.hostname:
        return "webhook_url_invalid"
    if parts.scheme == "https":
        return None
    loopback = parts.hostname in {"127.0.0.1", "localhost"}
    if parts.scheme == "http" and loopback and allow_loopback_http:
        return None
    return "webhook_url_not_https"


def retryable_status(status: int) -> bool:
    """A webhook answer worth retrying: 5xx, 408 and 429; other 4xx are final (dead).

    >>> [retryable_status(s) for s in (500, 503, 408, 429, 400, 404, 410)]
    [True, True, True, True, False, False, False]
    """
    return status >= 500 or status in (408, 429)
