"""What a viewer may see: one merchant, and within it all orders or one account's.

A merchant's main account sees all of its merchant's orders, a sub-account only the
orders it owns (rulebook §1.5), an operator any merchant's, as its main account would.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.services.accounts import Principal
from sellerstar.store.schema import contract_tables


@dataclass(frozen=True)
class Scope:
    """One merchant's data; ``account_id`` set = only the orders that account owns."""

    merchant_id: str
    account_id: str | None = None
    by_operator: bool = False

    def orders_clause(
        self, merchant_column: sa.ColumnElement[str], owner_column: sa.ColumnElement[str | None]
    ) -> sa.ColumnElement[bool]:
        """The WHERE clause restricting order rows (any table with these columns)."""
        clause = merchant_column == self.merchant_id
        if self.account_id is not None:
            clause = sa.and_(clause, owner_column == self.account_id)
        return clause


class OutOfScope(LookupError):
    """The viewer asked for something it may not see (answered as 'not found')."""


def scope_for_merchant_user(principal: Principal) -> Scope:
    """The scope of a merchant's main account or sub-account."""
    if principal.merchant_id is None or principal.role not in ("merchant_main", "merchant_sub"):
        raise OutOfScope("not a merchant user")
    account = principal.account_id if principal.role == "merchant_sub" else None
    return Scope(principal.merchant_id, account)


def scope_for_operator(connection: sa.Connection, merchant_id: str) -> Scope:
    """An operator's view of ``merchant_id`` (as its main account sees it)."""
    merchants = contract_tables["merchants"]
    found = connection.scalar(
        sa.select(merchants.c.merchant_id).where(merchants.c.merchant_id == merchant_id)
    )
    if found is None:
        raise OutOfScope(f"merchant {merchant_id!r}")
    return Scope(merchant_id, None, by_operator=True)
