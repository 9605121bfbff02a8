"""Who is asking, read from the users table (:class:`~sellerstar.domain.access.Principal`),
and how the store keeps a secret handed out (:func:`token_hash`): shared by accounts,
sessions and API tokens."""

from __future__ import annotations

import hashlib

import sqlalchemy as sa

from sellerstar.domain.access import Principal, Role
from sellerstar.errors import SellerstarError
from sellerstar.store.schema import users

TOKEN_BYTES = 32


class AccountError(SellerstarError):
    """An account cannot be created or changed as asked."""


def token_hash(token: str) -> str:
    """The sha256 hex the store keeps for a session or API token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def principal_from(mapping: sa.RowMapping) -> Principal:
    """The principal of a row holding :data:`PRINCIPAL_COLUMNS`."""
    return Principal(
        user_id=int(mapping["user_id"]),
        login=str(mapping["login"]),
        display_name=str(mapping["display_name"]),
        role=Role(mapping["role"]),
        merchant_id=mapping["merchant_id"],
        account_id=mapping["account_id"],
        buyer_id=mapping["buyer_id"],
        talent_id=mapping["talent_id"],
    )


PRINCIPAL_COLUMNS = (
    users.c.user_id,
    users.c.login,
    users.c.display_name,
    users.c.role,
    users.c.merchant_id,
    users.c.account_id,
    users.c.buyer_id,
    users.c.talent_id,
)
