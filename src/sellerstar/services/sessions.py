"""Browser sessions: a random cookie token (the store keeps its sha256) and the form
(CSRF) token bound to it."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain.access import Principal
from sellerstar.services.identity import (
    PRINCIPAL_COLUMNS,
    TOKEN_BYTES,
    principal_from,
    token_hash,
)
from sellerstar.store.schema import users, web_sessions


@dataclass(frozen=True)
class Session:
    """A signed-in browser session: the user and the form token bound to it."""

    principal: Principal
    csrf_token: str


def start_session(
    connection: sa.Connection, principal: Principal, now: dt.datetime, lifetime: dt.timedelta
) -> tuple[str, Session]:
    """A new session for ``principal``: the cookie token (shown once) and the session."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    csrf = secrets.token_urlsafe(TOKEN_BYTES)
    connection.execute(
        web_sessions.insert().values(
            token_hash=token_hash(token),
            user_id=principal.user_id,
            csrf_token=csrf,
            created_at=now,
            expires_at=now + lifetime,
        )
    )
    return token, Session(principal, csrf)


def session_for(connection: sa.Connection, token: str, now: dt.datetime) -> Session | None:
    """The live session of a cookie token, or None when unknown, expired or deactivated."""
    row = connection.execute(
        sa.select(*PRINCIPAL_COLUMNS, web_sessions.c.csrf_token)
        .join(users, users.c.user_id == web_sessions.c.user_id)
        .where(
            web_sessions.c.token_hash == token_hash(token),
            web_sessions.c.expires_at > now,
            users.c.is_active,
        )
    ).first()
    return None if row is None else Session(principal_from(row._mapping), str(row.csrf_token))


def end_session(connection: sa.Connection, token: str) -> None:
    """Sign out: the session's token stops working at once."""
    connection.execute(web_sessions.delete().where(web_sessions.c.token_hash == token_hash(token)))
