"""Calls to tracking sources retry with backoff, honour 429 Retry-After, and time out."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

from sellerstar.ingest.http_retry import RetryPolicy, SourceUnavailable, retry_after, send


def run(handler: object, policy: RetryPolicy) -> tuple[httpx.Response | None, list[float], str]:
    waits: list[float] = []
    client = httpx.Client(transport=httpx.MockTransport(handler), base_url="https://x.test")  # type: ignore[arg-type]
    request = client.build_request("POST", "/register")
    try:
        response = send(
            client, request, policy, source="17TRACK", sleep=waits.append, rand=lambda: 0.0
        )
    except SourceUnavailable as exc:
        return None, waits, str(exc)
    return response, waits, ""


def test_server_errors_are_retried_with_doubling_delays() -> None:
    answers = iter([503, 500, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(answers))

    response, waits, _ = run(handler, RetryPolicy(attempts=3, base_delay=0.5))
    assert response is not None and response.status_code == 200
    assert waits == [0.5, 1.0]


def test_rate_limit_waits_as_long_as_retry_after_says() -> None:
    answers = iter([httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200)])
    response, waits, _ = run(lambda r: next(answers), RetryPolicy(attempts=2, base_delay=0.5))
    assert response is not None and response.status_code == 200 and waits == [7.0]


def test_retry_after_is_capped_by_the_longest_wait() -> None:
    answers = iter([httpx.Response(429, headers={"Retry-After": "3600"}), httpx.Response(200)])
    _, waits, _ = run(lambda r: next(answers), RetryPolicy(attempts=2, max_delay=30.0))
    assert waits == [30.0]


def test_a_client_error_is_returned_at_once() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(400, json={"code": -18010013})

    response, waits, _ = run(handler, RetryPolicy(attempts=4))
    assert response is not None and response.status_code == 400
    assert len(calls) == 1 and waits == []


def test_timeouts_give_up_after_the_attempts_with_a_clear_message() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ReadTimeout("slow", request=request)

    response, waits, message = run(handler, RetryPolicy(attempts=3, base_delay=1.0, timeout=5))
    assert response is None and len(calls) == 3 and waits == [1.0, 2.0]
    assert "17TRACK timed out after 5 s (3 attempt(s)" in message


def test_connection_failures_are_retried_then_reported() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    _, waits, message = run(handler, RetryPolicy(attempts=2, base_delay=0.1))
    assert waits == [0.1] and "could not be reached" in message


def test_persistent_rate_limiting_ends_in_an_error() -> None:
    _, waits, message = run(lambda r: httpx.Response(429), RetryPolicy(attempts=2))
    assert "answered HTTP 429" in message and len(waits) == 1


def test_jitter_adds_at_most_a_quarter() -> None:
    policy = RetryPolicy(base_delay=2.0)
    assert policy.delay(1, rand=lambda: 1.0) == 2.5
    assert policy.delay(10, rand=lambda: 0.0) == policy.max_delay


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("120", 120.0), ("Wed, 21 Oct 2015 07:28:30 GMT", 30.0), ("", None), ("later", None)],
)
def test_retry_after_reads_seconds_and_dates(header: str, seconds: float | None) -> None:
    now = dt.datetime(2015, 10, 21, 7, 28, tzinfo=dt.UTC)
    assert retry_after(header, now) == seconds
