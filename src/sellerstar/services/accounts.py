"""People who sign in: users, their passwords (argon2) and who they are once signed in.

Browser sessions are in :mod:`sellerstar.services.sessions`, API tokens in
:mod:`sellerstar.services.tokens`. Secrets handed to a browser or an integration are
random tokens; the store keeps only their sha256 (:func:`token_hash`), so a leaked
database does not sign anyone in.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from sellerstar.domain.access import Principal, Role
from sellerstar.services.identity import (
    PRINCIPAL_COLUMNS,
    AccountError,
    principal_from,
    token_hash,
)
from sellerstar.services.tokens import revoke_tokens
from sellerstar.store import audit
from sellerstar.store.schema import (
    contract_tables,
    users,
    web_sessions,
)

_HASHER = PasswordHasher()
MIN_PASSWORD_LENGTH = 8
# A hash that verifies nothing: signing in as an unknown login costs the same time.
_DUMMY_HASH = _HASHER.hash(secrets.token_urlsafe(16))


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
    buyer_id: str | None = None,
    talent_id: str | None = None,
    now: dt.datetime,
    actor: str = "cli",
) -> int:
    """Create a user; the merchant and account (or the buyer, or the talent) must exist
    and agree with the role."""
    if role not in tuple(Role):
        raise AccountError(f"role {role!r}: use one of {', '.join(Role)}")
    if connection.scalar(sa.select(users.c.user_id).where(users.c.login == login)) is not None:
        raise AccountError(f"login {login!r} exists already")
    if role != Role.TALENT and talent_id:
        raise AccountError(f"only a talent user has a talent; a {role} user takes no --talent")
    if role == Role.BUYER:
        _check_buyer(connection, buyer_id, merchant_id, account_id)
    elif buyer_id:
        raise AccountError(f"only a buyer user has a buyer; a {role} user takes no --buyer")
    elif role == Role.TALENT:
        _check_talent(connection, talent_id, merchant_id, account_id)
    else:
        _check_scope(connection, role, merchant_id, account_id)
    user_id = connection.execute(
        users.insert()
        .values(
            login=login,
            display_name=display_name,
            role=role,
            merchant_id=merchant_id,
            account_id=account_id,
            buyer_id=buyer_id,
            talent_id=talent_id,
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
        detail={
            "role": role,
            "merchant_id": merchant_id,
            "account_id": account_id,
            "buyer_id": buyer_id,
            "talent_id": talent_id,
        },
    )
    return int(user_id)


def _check_buyer(
    connection: sa.Connection, buyer_id: str | None, merchant_id: str | None, account_id: str | None
) -> None:
    if merchant_id or account_id:
        raise AccountError("a buyer belongs to no merchant: leave merchant and account out")
    if not buyer_id:
        raise AccountError("a buyer user needs its buyer id (from the buyers table)")
    buyers = contract_tables["buyers"]
    if connection.scalar(sa.select(buyers.c.buyer_id).where(buyers.c.buyer_id == buyer_id)) is None:
        raise AccountError(f"buyer {buyer_id!r} does not exist")


def _check_talent(
    connection: sa.Connection,
    talent_id: str | None,
    merchant_id: str | None,
    account_id: str | None,
) -> None:
    if merchant_id or account_id:
        raise AccountError("a talent belongs to no merchant: leave merchant and account out")
    if not talent_id:
        raise AccountError("a talent user needs its talent id (from the talents table)")
    talents = contract_tables["talents"]
    talent = sa.select(talents.c.talent_id).where(talents.c.talent_id == talent_id)
    found = connection.scalar(talent)
    if found is None:
        raise AccountError(f"talent {talent_id!r} does not exist")


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


@dataclass(frozen=True)
class Credentials:
    """What a sign-in checks the password against: the active user of a login (None when
    there is none) and its stored hash."""

    principal: Principal | None
    password_hash: str


def credentials(connection: sa.Connection, login: str) -> Credentials:
    """The active user with this login and its password hash (a dummy hash when unknown)."""
    row = connection.execute(
        sa.select(*PRINCIPAL_COLUMNS, users.c.password_hash).where(
            users.c.login == login, users.c.is_active
        )
    ).first()
    if row is None or not row.password_hash:
        return Credentials(None, _DUMMY_HASH)
    return Credentials(principal_from(row._mapping), str(row.password_hash))


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
    buyer_id: str | None = None
    talent_id: str | None = None


def list_users(connection: sa.Connection) -> list[UserRow]:
    """Every user, by login."""
    rows = connection.execute(
        sa.select(
            users.c.login,
            users.c.role,
            users.c.merchant_id,
            users.c.account_id,
            users.c.is_active,
            users.c.buyer_id,
            users.c.talent_id,
        ).order_by(users.c.login)
    )
    return [
        UserRow(
            r.login,
            r.role,
            r.merchant_id,
            r.account_id,
            bool(r.is_active),
            r.buyer_id,
            r.talent_id,
        )
        for r in rows
    ]


__all__ = [
    "MIN_PASSWORD_LENGTH",
    "AccountError",
    "Credentials",
    "Principal",
    "UserRow",
    "authenticate",
    "check_password",
    "create_user",
    "credentials",
    "hash_password",
    "list_users",
    "login_exists",
    "set_active",
    "set_password_hash",
    "token_hash",
]
