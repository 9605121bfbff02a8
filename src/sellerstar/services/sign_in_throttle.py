"""The brute-force limit: failed sign-ins counted in the store, per login and per address.

At ``limit`` failures within ``window`` for the login tried, or from the client's address,
the next attempt is refused without checking the password (no hashing for an attacker)
until the oldest of those failures leaves the window. A refused attempt is audited but not
counted, so the wait announced to the real user is the wait they get. The counts live in
the store, so every worker of every process sees the same ones.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.store import audit
from sellerstar.store.schema import sign_in_failures

_CLIENT_LENGTH = 64
ANONYMOUS = "anonymous"


@dataclass(frozen=True)
class Throttle:
    """How many failures (``limit``) within ``window`` close sign-in for a login or address."""

    limit: int
    window: dt.timedelta


@dataclass(frozen=True)
class Refusal:
    """Sign-in is closed for ``seconds`` more, for the login, the address or both."""

    seconds: int
    by: tuple[str, ...]


def client_key(host: str | None) -> str:
    """The address a failure is counted against (``unknown`` when the server has none)."""
    return (host or "unknown")[:_CLIENT_LENGTH]


def refusal(
    connection: sa.Connection, throttle: Throttle, login: str, client: str, now: dt.datetime
) -> Refusal | None:
    """Whether a sign-in for ``login`` from ``client`` is refused now, and for how long."""
    waits: dict[str, float] = {}
    for kind, column, value in (
        ("login", sign_in_failures.c.login, login),
        ("address", sign_in_failures.c.client, client),
    ):
        # The newest `limit` failures in the window; sign-in reopens when the oldest of
        # them leaves it (fewer than `limit` are left then).
        times = connection.scalars(
            sa.select(sign_in_failures.c.at)
            .where(column == value, sign_in_failures.c.at > now - throttle.window)
            .order_by(sign_in_failures.c.at.desc())
            .limit(throttle.limit)
        ).all()
        if len(times) >= throttle.limit:
            waits[kind] = (times[-1] + throttle.window - now).total_seconds()
    if not waits:
        return None
    return Refusal(max(1, math.ceil(max(waits.values()))), tuple(sorted(waits)))


def record_failure(
    connection: sa.Connection, throttle: Throttle, login: str, client: str, now: dt.datetime
) -> None:
    """Count a failed sign-in and audit it; failures older than the window are pruned here,
    so the table holds at most one window's failures."""
    connection.execute(sign_in_failures.insert().values(login=login, client=client, at=now))
    connection.execute(
        sign_in_failures.delete().where(sign_in_failures.c.at <= now - throttle.window)
    )
    audit.record(
        connection,
        at=now,
        actor=login or ANONYMOUS,
        action="sign_in_failed",
        entity_type="user",
        entity_id=login or None,
        detail={"client": client},
    )


def record_refusal(
    connection: sa.Connection, login: str, client: str, refused: Refusal, now: dt.datetime
) -> None:
    """Audit an attempt refused by the limit (not counted as a failure)."""
    audit.record(
        connection,
        at=now,
        actor=login or ANONYMOUS,
        action="sign_in_throttled",
        entity_type="user",
        entity_id=login or None,
        detail={"client": client, "by": list(refused.by), "retry_after": refused.seconds},
    )


def clear_login(connection: sa.Connection, login: str) -> None:
    """Forget a login's failures after it signed in: whoever did knows the password, so
    its counter protects nothing any more; the address's counter is kept (an attacker
    could interleave sign-ins to an account of its own)."""
    connection.execute(sign_in_failures.delete().where(sign_in_failures.c.login == login))
