"""People who sign in: accounts, passwords (argon2), browser sessions and API tokens.

Secrets handed to a browser or an integration are random tokens; the store keeps only
their sha256, so a leaked database does not sign anyone in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from sellerstar.domain.access import Principal, Role
from sellerstar.errors import SellerstarError
from sellerstar.store import audit
from sellerstar.store.schema import (
    TOKEN_SCOPES,
    api_tokens,
    contract_tables,
    users,
    web_sessions,
)

_HASHER = PasswordHasher()
MIN_PASSWORD_LENGTH = 8
_TOKEN_BYTES = 32
# A hash that verifies nothing: signing in as an unknown login costs the same time.
_DUMMY_HASH = _HASHER.hash(secrets.token_urlsafe(16))


class AccountError(SellerstarError):
    """An account cannot be created or changed as asked."""


@dataclass(frozen=True)
class Session:
    """A signed-in browser session: the user and the form token bound to it."""

    principal: Principal
    csrf_token: str


def token_hash(token: str) -> str:
    """The sha256 hex the store keeps for a session or API token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def hash_password(password: str) -> str:
    """An argon2id hash of ``password``; refuses passwords shorter than the minimum."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"password: at least {MIN_PASSWORD_LENGTH} characters are needed")
    return _HASHER.hash(password)


def create_user(
    connection: sa.Connection,
    *,
    login: str,
    display_name: str,
    role: str,
    password: str,
    merchant_id: str | None = None,
    account_id: str | None = None,
    now: dt.datetime,
    actor: str = "cli",
) -> int:
    """Create a user; the merchant and account must exist and agree with the role."""
    if role not in tuple(Role):
        raise AccountError(f"role {role!r}: use one of {', '.join(Role)}")
    if connection.scalar(sa.select(users.c.user_id).where(users.c.login == login)) is not None:
        raise AccountError(f"login {login!r} exists already")
    _check_scope(connection, role, merchant_id, account_id)
    user_id = connection.execute(
        users.insert()
        .values(
            login=login,
            display_name=display_name,
            role=role,
            merchant_id=merchant_id,
            account_id=account_id,
            password_hash=hash_password(password),
            created_at=now,
        )
        .returning(users.c.user_id)
    ).scalar_one()
    audit.record(
        connection,
        at=now,
        actor=actor,
        action="user_created",
        entity_type="user",
        entity_id=login,
        detail={"role": role, "merchant_id": merchant_id, "account_id": account_id},
    )
    return int(user_id)


def _check_scope(
    connection: sa.Connection, role: str, merchant_id: str | None, account_id: str | None
) -> None:
    if role == Role.OPERATOR:
        if merchant_id or account_id:
            raise AccountError("an operator belongs to no merchant: leave merchant and account out")
        return
    if not merchant_id:
        raise AccountError(f"a {role} user needs its merchant")
    merchants = contract_tables["merchants"]
    if (
        connection.scalar(
            sa.select(merchants.c.merchant_id).where(merchants.c.merchant_id == merchant_id)
        )
        is None
    ):
        raise AccountError(f"merchant {merchant_id!r} does not exist")
    if role == Role.MERCHANT_SUB and not account_id:
        raise AccountError("a sub-account user needs the account it signs in as")
    if account_id:
        accounts = contract_tables["accounts"]
        row = connection.execute(
            sa.select(accounts.c.merchant_id, accounts.c.role).where(
                accounts.c.account_id == account_id
            )
        ).first()
        if row is None:
            raise AccountError(f"account {account_id!r} does not exist")
        if row.merchant_id != merchant_id:
            raise AccountError(f"account {account_id!r} belongs to another merchant")
        expected = "sub" if role == Role.MERCHANT_SUB else "main"
        if row.role != expected:
            raise AccountError(f"account {account_id!r} is a {row.role} account, not {expected}")


def _principal(mapping: sa.RowMapping) -> Principal:
    return Principal(
        user_id=int(mapping["user_id"]),
        login=str(mapping["login"]),
        display_name=str(mapping["display_name"]),
        role=Role(mapping["role"]),
        merchant_id=mapping["merchant_id"],
        account_id=mapping["account_id"],
    )


_PRINCIPAL_COLUMNS = (
    users.c.user_id,
    users.c.login,
    users.c.display_name,
    users.c.role,
    users.c.merchant_id,
    users.c.account_id,
)


@dataclass(frozen=True)
class Credentials:
    """What a sign-in checks the password against: the active user of a login (None when
    there is none) and its stored hash."""

    principal: Principal | None
    password_hash: str


def credentials(connection: sa.Connection, login: str) -> Credentials:
    """The active user with this login and its password hash (a dummy hash when unknown)."""
    row = connection.execute(
        sa.select(*_PRINCIPAL_COLUMNS, users.c.password_hash).where(
            users.c.login == login, users.c.is_active
        )
    ).first()
    if row is None or not row.password_hash:
        return Credentials(None, _DUMMY_HASH)
    return Credentials(_principal(row._mapping), str(row.password_hash))


def check_password(found: Credentials, password: str) -> Principal | None:
    """The user when ``password`` matches, else None; the same time either way. Needs no
    connection: argon2 takes a fraction of a second, which no connection should wait for."""
    try:
        _HASHER.verify(found.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    return found.principal


def authenticate(connection: sa.Connection, login: str, password: str) -> Principal | None:
    """The active user with this login and password, or None (same time either way)."""
    return check_password(credentials(connection, login), password)


def start_session(
    connection: sa.Connection, principal: Principal, now: dt.datetime, lifetime: dt.timedelta
) -> tuple[str, Session]:
    """A new session for ``principal``: the cookie token (shown once) and the session."""
    token = secrets.token_urlsafe(_TOKEN_BYTES)
    csrf = secrets.token_urlsafe(_TOKEN_BYTES)
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
        sa.select(*_PRINCIPAL_COLUMNS, web_sessions.c.csrf_token)
        .join(users, users.c.user_id == web_sessions.c.user_id)
        .where(
            web_sessions.c.token_hash == token_hash(token),
            web_sessions.c.expires_at > now,
            users.c.is_active,
        )
    ).first()
    return None if row is None else Session(_principal(row._mapping), str(row.csrf_token))


def end_session(connection: sa.Connection, token: str) -> None:
    """Sign out: the session's token stops working at once."""
    connection.execute(web_sessions.delete().where(web_sessions.c.token_hash == token_hash(token)))


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
    token = "sst_" + secrets.token_urlsafe(_TOKEN_BYTES)
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
        sa.select(*_PRINCIPAL_COLUMNS, api_tokens.c.scope, api_tokens.c.last_used_at)
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
    return TokenUse(_principal(row._mapping), str(row.scope), digest, row.last_used_at)


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


def login_exists(connection: sa.Connection, login: str) -> None:
    """Raise AccountError unless ``login`` exists."""
    _user_id(connection, login)


def _user_id(connection: sa.Connection, login: str) -> int:
    user_id = connection.scalar(sa.select(users.c.user_id).where(users.c.login == login))
    if user_id is None:
        raise AccountError(f"login {login!r} does not exist")
    return int(user_id)


def set_active(
    connection: sa.Connection, login: str, active: bool, now: dt.datetime, actor: str = "cli"
) -> bool:
    """Activate or deactivate ``login``; False when it was so already.

    Deactivating ends every session at once and revokes every token: a later activation
    restores signing in, not integrations someone may have stopped trusting meanwhile."""
    user_id = _user_id(connection, login)
    changed = connection.execute(
        users.update()
        .where(users.c.user_id == user_id, users.c.is_active != active)
        .values(is_active=active)
    ).rowcount
    if not active:
        connection.execute(web_sessions.delete().where(web_sessions.c.user_id == user_id))
        revoke_tokens(connection, now=now, actor=actor, login=login)
    if changed:
        audit.record(
            connection,
            at=now,
            actor=actor,
            action="user_activated" if active else "user_deactivated",
            entity_type="user",
            entity_id=login,
        )
    return bool(changed)


def set_password_hash(
    connection: sa.Connection,
    login: str,
    password_hash: str,
    now: dt.datetime,
    actor: str = "cli",
    keep_session: str | None = None,
) -> None:
    """Store a new password hash (from :func:`hash_password`, made before the write
    transaction: hashing is slow) and end the user's sessions except ``keep_session``
    (the cookie token of the session that changed it)."""
    user_id = _user_id(connection, login)
    connection.execute(
        users.update().where(users.c.user_id == user_id).values(password_hash=password_hash)
    )
    ended = web_sessions.delete().where(web_sessions.c.user_id == user_id)
    if keep_session is not None:
        ended = ended.where(web_sessions.c.token_hash != token_hash(keep_session))
    connection.execute(ended)
    audit.record(
        connection,
        at=now,
        actor=actor,
        action="password_changed",
        entity_type="user",
        entity_id=login,
    )


@dataclass(frozen=True)
class UserRow:
    """A user as listed for an operator."""

    login: str
    role: str
    merchant_id: str | None
    account_id: str | None
    is_active: bool


def list_users(connection: sa.Connection) -> list[UserRow]:
    """Every user, by login."""
    rows = connection.execute(
        sa.select(
            users.c.login, users.c.role, users.c.merchant_id, users.c.account_id, users.c.is_active
        ).order_by(users.c.login)
    )
    return [UserRow(r.login, r.role, r.merchant_id, r.account_id, bool(r.is_active)) for r in rows]
