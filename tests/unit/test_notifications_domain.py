"""The notifier's pure rules: the backoff schedule's bounds on both sides of the cap and
of the last attempt, the webhook signature, which answers are retried, the URL rule."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from sellerstar.domain.notifications import Backoff, retryable_status, sign, verify

SCHEDULE = Backoff(base_seconds=60, max_seconds=3600, jitter=0.5, max_attempts=8)
NOW = dt.datetime(2022, 11, 20, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("attempt", "low", "high"),
    [(1, 30, 60), (2, 60, 120), (6, 960, 1920), (7, 1800, 3600), (20, 1800, 3600)],
)
def test_the_wait_doubles_up_to_the_cap(attempt: int, low: float, high: float) -> None:
    assert SCHEDULE.bounds(attempt) == (low, high)


@pytest.mark.parametrize("seed", range(50))
def test_every_drawn_wait_is_within_its_bounds(seed: int) -> None:
    draw = random.Random(seed)
    for attempt in range(1, 8):
        at = SCHEDULE.next_attempt(NOW, attempt, draw)
        assert at is not None
        low, high = SCHEDULE.bounds(attempt)
        assert low <= (at - NOW).total_seconds() <= high


def test_the_last_attempt_gives_up() -> None:
    assert SCHEDULE.next_attempt(NOW, 7) is not None
    assert SCHEDULE.next_attempt(NOW, 8) is None


def test_no_jitter_waits_exactly() -> None:
    exact = Backoff(10, 100, 0.0, 3)
    assert exact.next_attempt(NOW, 2) == NOW + dt.timedelta(seconds=20)


def test_the_signature_covers_timestamp_and_body() -> None:
    header = sign("whsec_k", 1668909600, b'{"a":1}')
    assert header.startswith("v1=") and len(header) == 3 + 64
    assert verify("whsec_k", "1668909600", b'{"a":1}', header, now=1668909900, tolerance=300)
    assert not verify("whsec_k", "1668909600", b'{"a":1}', header, now=1668909901, tolerance=300)
    assert not verify("whsec_k", "1668909601", b'{"a":1}', header, now=1668909600, tolerance=300)
    assert not verify("whsec_k", "x", b'{"a":1}', header, now=1668909600, tolerance=300)


@pytest.mark.parametrize(
    ("status", "retried"),
    [(399, False), (400, False), (407, False), (408, True), (429, True), (499, False),
     (500, True), (599, True)],
)  # fmt: skip
def test_which_answers_are_retried(status: int, retried: bool) -> None:
    assert retryable_status(status) is retried
