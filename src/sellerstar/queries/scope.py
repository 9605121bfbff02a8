"""An operator's scope: any merchant's data, as its main account sees it (the scope itself,
the principal and the merchant users' scopes are in :mod:`sellerstar.domain.access`)."""

from __future__ import annotations

import sqlalchemy as sa

from sellerstar.domain.access import OutOfScope, Scope
from sellerstar.store.schema import contract_tables


def scope_for_operator(connection: sa.Connection, merchant_id: str) -> Scope:
    """An operator's view of ``merchant_id`` (as its main account sees it)."""
    merchants = contract_tables["merchants"]
    found = connection.scalar(
        sa.select(merchants.c.merchant_id).where(merchants.c.merchant_id == merchant_id)
    )
    if found is None:
        raise OutOfScope(f"merchant {merchant_id!r}")
    return Scope(merchant_id, None, by_operator=True)
