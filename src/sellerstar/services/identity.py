"""Who is asking (:class:`Principal`, read from the users table) and how the store keeps
a secret handed out (:func:`token_hash`): shared by accounts, sessions and API tokens."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.errors import SellerstarError
from sellerstar.store.schema import users

TOKEN_BYTES = 32


class AccountError(SellerstarError):
    """An account cannot be created or changed as asked."""


@dataclass(frozen=True)
class Principal:
    """Who is asking: a signed-in user (or an API token's user) and what it may see."""

    user_id: int
    login: str
    display_name: str
    role: str
    merchant_id: str | None
    account_id: str | None

    @property
    def is_operator(self) -> bool:
        return self.role == "operator"

    @property
    def is_main_account(self) -> bool:
        return self.role == "merchant_main"


def token_hash(token: str) -> str:
    """The sha256 hex the store keeps for a session or API token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def principal_from(mapping: sa.RowMapping) -> Principal:
    """The principal of a row holding :data:`PRINCIPAL_COLUMNS`."""
    return Principal(
        user_id=int(mapping["user_id"]),
        login=str(mapping["login"]),
        display_name=str(mapping["display_name"]),
        role=str(mapping["role"]),
        merchant_id=mapping["merchant_id"],
        account_id=mapping["account_id"],
    )


PRINCIPAL_COLUMNS = (
    users.c.user_id,
    users.c.login,
    users.c.display_name,
    users.c.role,
    users.c.merchant_id,
    users.c.account_id,
)
