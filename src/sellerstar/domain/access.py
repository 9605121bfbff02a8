"""Who is asking and what it may see: roles, the signed-in principal, its scope.

A merchant's main account sees all of its merchant's orders, a sub-account only the
orders it owns (rulebook §1.5), an operator any merchant's, as its main account would.
A buyer (a marketplace buyer of the contract's ``buyers`` table) sees none of it: only
the buyer-side pages, such as the discount sample venue (§4). A talent (one of the
contract's ``talents``, the platform's talent pool) sees none of it either: only its own
recruitment pages (profile, certificates, interviews).

>>> viewer = Principal(1, "li", "Li", Role.MERCHANT_SUB, "M1", "A2")
>>> scope_for_merchant_user(viewer)
Scope(merchant_id='M1', account_id='A2', by_operator=False)
>>> scope_for_merchant_user(Principal(2, "ops", "Ops", Role.OPERATOR, None, None))
Traceback (most recent call last):
...
sellerstar.domain.access.OutOfScope: not a merchant user
>>> scope_for_merchant_user(Principal(3, "b", "B", Role.BUYER, None, None, "B1"))
Traceback (most recent call last):
...
sellerstar.domain.access.OutOfScope: not a merchant user
>>> Principal(4, "t", "T", Role.TALENT, None, None, talent_id="T1").is_talent
True
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for the annotations: the domain runs on the standard library
    import sqlalchemy as sa


class Role(StrEnum):
    """What a user is; the value is the code stored in ``users.role``."""

    OPERATOR = "operator"
    MERCHANT_MAIN = "merchant_main"
    MERCHANT_SUB = "merchant_sub"
    BUYER = "buyer"
    TALENT = "talent"


MERCHANT_ROLES: tuple[Role, ...] = (Role.MERCHANT_MAIN, Role.MERCHANT_SUB)
STAFF_ROLES: tuple[Role, ...] = (Role.OPERATOR, *MERCHANT_ROLES)
"""The platform's and the merchants' people: every page and API about merchants is theirs."""


@dataclass(frozen=True)
class Principal:
    """Who is asking: a signed-in user (or an API token's user) and what it may see."""

    user_id: int
    login: str
    display_name: str
    role: Role
    merchant_id: str | None
    account_id: str | None
    buyer_id: str | None = None
    talent_id: str | None = None

    @property
    def is_operator(self) -> bool:
        return self.role == Role.OPERATOR

    @property
    def is_main_account(self) -> bool:
        return self.role == Role.MERCHANT_MAIN

    @property
    def is_buyer(self) -> bool:
        return self.role == Role.BUYER

    @property
    def is_talent(self) -> bool:
        return self.role == Role.TALENT


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
            clause = clause & (owner_column == self.account_id)
        return clause


class OutOfScope(LookupError):
    """The viewer asked for something it may not see (answered as 'not found')."""


def scope_for_merchant_user(principal: Principal) -> Scope:
    """The scope of a merchant's main account or sub-account."""
    if principal.merchant_id is None or principal.role not in MERCHANT_ROLES:
        raise OutOfScope("not a merchant user")
    account = principal.account_id if principal.role == Role.MERCHANT_SUB else None
    return Scope(principal.merchant_id, account)
