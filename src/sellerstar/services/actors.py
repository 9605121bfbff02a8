"""Who may do what in a workflow: a merchant's main account acts for its merchant, an
operator decides. Pages pass the signed-in principal; the CLI looks a login up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import sqlalchemy as sa

from sellerstar.domain.access import Role
from sellerstar.domain.guarantee import Refusal
from sellerstar.services.refusal import Refused, refuse
from sellerstar.store.schema import users

UNKNOWN_ACTOR = "unknown_actor"
NOT_MAIN_ACCOUNT = "not_main_account"
OTHER_MERCHANT = "other_merchant"
NOT_OPERATOR = "not_operator"

MESSAGES: dict[str, str] = {
    UNKNOWN_ACTOR: "no active user with login {login!r}",
    NOT_MAIN_ACCOUNT: "{login} is a {role} user; only the merchant's main account may do this",
    OTHER_MERCHANT: "{login} is the main account of merchant {own}, not of {merchant}",
    NOT_OPERATOR: "{login} is a {role} user; only an operator may decide",
}


class Actor(Protocol):
    """Anything that names a user and its role (the web's Principal, :class:`User`)."""

    @property
    def login(self) -> str: ...

    @property
    def role(self) -> str: ...

    @property
    def merchant_id(self) -> str | None: ...


@dataclass(frozen=True)
class User:
    """A user looked up by login."""

    login: str
    role: str
    merchant_id: str | None


def actor_by_login(connection: sa.Connection, login: str) -> User:
    """The active user with this login; Refused (``unknown_actor``) when there is none."""
    row = connection.execute(
        sa.select(users.c.login, users.c.role, users.c.merchant_id).where(
            users.c.login == login, users.c.is_active
        )
    ).first()
    if row is None:
        raise refuse("refused", [Refusal(UNKNOWN_ACTOR)], MESSAGES, login=login)
    return User(str(row.login), str(row.role), row.merchant_id)


def require_main_account(actor: Actor, merchant_id: str, what: str) -> None:
    """Refuse unless ``actor`` is the main account of ``merchant_id``."""
    if actor.role != Role.MERCHANT_MAIN:
        code = NOT_MAIN_ACCOUNT
    elif actor.merchant_id != merchant_id:
        code = OTHER_MERCHANT
    else:
        return
    raise _refused(what, code, actor, merchant_id)


def require_operator(actor: Actor, what: str) -> None:
    """Refuse unless ``actor`` is an operator."""
    if actor.role != Role.OPERATOR:
        raise _refused(what, NOT_OPERATOR, actor, None)


def _refused(what: str, code: str, actor: Actor, merchant_id: str | None) -> Refused:
    return refuse(
        what,
        [Refusal(code)],
        MESSAGES,
        login=actor.login,
        role=actor.role,
        own=actor.merchant_id,
        merchant=merchant_id,
    )
