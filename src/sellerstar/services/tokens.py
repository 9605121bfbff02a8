"""API tokens: created (shown once), looked up, their use recorded, listed and revoked;
the store keeps only their sha256."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain.access import Principal
from sellerstar.services.identity import (
    PRINCIPAL_COLUMNS,
    TOKEN_BYTES,
    AccountError,
    principal_from,
    token_hash,
)
from sellerstar.store import audit
from sellerstar.store.schema import TOKEN_SCOPES, api_tokens, users

TOKEN_ID_LENGTH = 8
"""A token's public id: the first hex digits of its hash (names it without revealing it)."""


def token_id(digest: str) -> str:
    """The public id of the token whose sha256 hex is ``digest``."""
    return digest[:TOKEN_ID_LENGTH]


def create_api_token(
    connection: sa.Connection,
    login: str,
    name: str,
    now: dt.datetime,
    actor: str = "cli",
    *,
    days: int = 90,
    scope: str = "read_write",
) -> str:
    """A new API token for ``login``, valid ``days`` days; returned once, only its hash is
    kept. ``scope`` "read" allows only the API's reads, "read_write" its writes too."""
    if scope not in TOKEN_SCOPES:
        raise AccountError(f"scope {scope!r}: use one of {', '.join(TOKEN_SCOPES)}")
    if days < 1:
        raise AccountError("a token must live at least one day")
    user_id = connection.scalar(sa.select(users.c.user_id).where(users.c.login == login))
    if user_id is None:
        raise AccountError(f"login {login!r} does not exist")
    token = "sst_" + secrets.token_urlsafe(TOKEN_BYTES)
    digest = token_hash(token)
    expires_at = now + dt.timedelta(days=days)
    connection.execute(
        api_tokens.insert().values(
            token_hash=digest,
            user_id=user_id,
            name=name,
            created_at=now,
            expires_at=expires_at,
            scope=scope,
        )
    )
    audit.record(
        connection,
        at=now,
        actor=actor,
        action="api_token_created",
        entity_type="user",
        entity_id=login,
        detail={
            "name": name,
            "id": token_id(digest),
            "scope": scope,
            "expires_at": expires_at.isoformat(),
        },
    )
    return token


@dataclass(frozen=True)
class TokenUse:
    """A live API token as a request sees it: its user, what it may do, when last used."""

    principal: Principal
    scope: str
    digest: str
    last_used_at: dt.datetime | None


def principal_for_api_token(
    connection: sa.Connection, token: str, now: dt.datetime
) -> TokenUse | None:
    """The user and scope of a live API token (not revoked, not expired, its user active),
    or None. Reads only: recording the use is :func:`record_token_use`."""
    digest = token_hash(token)
    row = connection.execute(
        sa.select(*PRINCIPAL_COLUMNS, api_tokens.c.scope, api_tokens.c.last_used_at)
        .join(api_tokens, api_tokens.c.user_id == users.c.user_id)
        .where(
            api_tokens.c.token_hash == digest,
            api_tokens.c.revoked_at.is_(None),
            api_tokens.c.expires_at > now,
            users.c.is_active,
        )
    ).first()
    if row is None:
        return None
    return TokenUse(principal_from(row._mapping), str(row.scope), digest, row.last_used_at)


def record_token_use(
    connection: sa.Connection, digest: str, now: dt.datetime, every: dt.timedelta
) -> bool:
    """Set a token's ``last_used_at`` unless it was set less than ``every`` ago; the
    condition is in the UPDATE, so concurrent requests of several workers write once."""
    result = connection.execute(
        api_tokens.update()
        .where(
            api_tokens.c.token_hash == digest,
            sa.or_(api_tokens.c.last_used_at.is_(None), api_tokens.c.last_used_at <= now - every),
        )
        .values(last_used_at=now)
    )
    return result.rowcount == 1


def revoke_api_token(connection: sa.Connection, token: str, now: dt.datetime) -> bool:
    """Revoke a token; False when it was unknown or revoked already."""
    result = connection.execute(
        api_tokens.update()
        .where(api_tokens.c.token_hash == token_hash(token), api_tokens.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return result.rowcount == 1


@dataclass(frozen=True)
class TokenRow:
    """An API token as listed (never its secret)."""

    id: str
    login: str
    name: str
    scope: str
    created_at: dt.datetime
    expires_at: dt.datetime
    last_used_at: dt.datetime | None
    revoked_at: dt.datetime | None

    def state(self, now: dt.datetime) -> str:
        """ "revoked", "expired" or "live"."""
        if self.revoked_at is not None:
            return "revoked"
        return "expired" if self.expires_at <= now else "live"


def list_tokens(connection: sa.Connection, login: str | None = None) -> list[TokenRow]:
    """The API tokens of ``login`` (or of everyone), by login and creation, newest first."""
    query = (
        sa.select(
            api_tokens.c.token_hash,
            users.c.login,
            api_tokens.c.name,
            api_tokens.c.scope,
            api_tokens.c.created_at,
            api_tokens.c.expires_at,
            api_tokens.c.last_used_at,
            api_tokens.c.revoked_at,
        )
        .join(users, users.c.user_id == api_tokens.c.user_id)
        .order_by(users.c.login, api_tokens.c.created_at.desc(), api_tokens.c.token_hash)
    )
    if login is not None:
        query = query.where(users.c.login == login)
    return [
        TokenRow(
            token_id(r.token_hash),
            r.login,
            r.name,
            r.scope,
            r.created_at,
            r.expires_at,
            r.last_used_at,
            r.revoked_at,
        )
        for r in connection.execute(query)
    ]


def revoke_tokens(
    connection: sa.Connection,
    *,
    now: dt.datetime,
    actor: str,
    public_id: str | None = None,
    login: str | None = None,
    name: str | None = None,
) -> int:
    """Revoke the live tokens with the public id ``public_id``, or those of ``login``
    (only those called ``name`` when given); each revocation is audited. Returns how many.

    A public id is a prefix of the hash: two tokens sharing it are refused, not both
    revoked."""
    query = sa.select(api_tokens.c.token_hash, users.c.login, api_tokens.c.name).join(
        users, users.c.user_id == api_tokens.c.user_id
    )
    query = query.where(api_tokens.c.revoked_at.is_(None))
    if public_id is not None:
        if len(public_id) != TOKEN_ID_LENGTH or not all(c in "0123456789abcdef" for c in public_id):
            raise AccountError(f"token id {public_id!r}: {TOKEN_ID_LENGTH} hex digits are expected")
        query = query.where(api_tokens.c.token_hash.startswith(public_id))
    if login is not None:
        query = query.where(users.c.login == login)
    if name is not None:
        query = query.where(api_tokens.c.name == name)
    found = connection.execute(query).all()
    if public_id is not None and len(found) > 1:
        raise AccountError(f"token id {public_id!r} is shared by several tokens; revoke by name")
    for row in found:
        connection.execute(
            api_tokens.update()
            .where(api_tokens.c.token_hash == row.token_hash)
            .values(revoked_at=now)
        )
        audit.record(
            connection,
            at=now,
            actor=actor,
            action="api_token_revoked",
            entity_type="user",
            entity_id=row.login,
            detail={"name": row.name, "id": token_id(row.token_hash)},
        )
    return len(found)
