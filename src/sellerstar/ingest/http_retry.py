"""Calling a tracking source over HTTP: timeouts, retries with exponential backoff, 429.

A request is retried when it times out, the connection fails, or the source answers 429
(rate limited: wait as long as its ``Retry-After`` says) or 5xx. Any other answer is
returned to the caller, who reads the source's own error codes.

>>> policy = RetryPolicy(attempts=3, base_delay=1.0)
>>> [policy.delay(n, rand=lambda: 0.0) for n in (1, 2, 3)]
[1.0, 2.0, 4.0]
>>> retry_after("7"), retry_after("soon")
(7.0, None)
"""

from __future__ import annotations

import datetime as dt
import email.utils
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from sellerstar.errors import SellerstarError

_RETRIED_STATUSES = frozenset({429, 500, 502, 503, 504})


class SourceUnavailable(SellerstarError):
    """A tracking source did not answer usefully, even after retrying."""


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try: attempts in all, first backoff delay, longest wait, timeout (s)."""

    attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 60.0
    timeout: float = 10.0

    def delay(self, attempt: int, rand: Callable[[], float] = random.random) -> float:
        """Wait after failed attempt ``attempt`` (1-based): doubling, with up to 25% jitter
        so many workers do not retry in step."""
        delay = self.base_delay * 2.0 ** (attempt - 1) * (1.0 + 0.25 * rand())
        return float(min(delay, self.max_delay))


def retry_after(header: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date)."""
    if not header:
        return None
    text = header.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - (now or dt.datetime.now(dt.UTC))).total_seconds())


def send(
    client: httpx.Client,
    request: httpx.Request,
    policy: RetryPolicy,
    *,
    source: str,
    sleep: Callable[[float], None] = time.sleep,
    rand: Callable[[], float] = random.random,
) -> httpx.Response:
    """Send ``request``, retrying as the policy says; raises :class:`SourceUnavailable`."""
    problem = ""
    for attempt in range(1, policy.attempts + 1):
        wait = policy.delay(attempt, rand)
        try:
            response = client.send(request)
        except httpx.TimeoutException:
            problem = f"timed out after {policy.timeout:g} s"
        except httpx.TransportError as exc:
            problem = f"could not be reached ({exc.__class__.__name__}: {exc})"
        else:
            if response.status_code not in _RETRIED_STATUSES:
                return response
            problem = f"answered HTTP {response.status_code}"
            if response.status_code == 429:
                asked = retry_after(response.headers.get("Retry-After"))
                wait = min(asked, policy.max_delay) if asked is not None else wait
            response.close()
        if attempt < policy.attempts:
            sleep(wait)
    raise SourceUnavailable(
        f"{source} {problem} ({policy.attempts} attempt(s), {request.method} {request.url})"
    )


def make_client(
    base_url: str, policy: RetryPolicy, transport: httpx.BaseTransport | None = None
) -> httpx.Client:
    """An HTTP client for one source, with the policy's timeout."""
    return httpx.Client(base_url=base_url, timeout=policy.timeout, transport=transport)
