"""The demo's sign-in accounts, which must never exist in a real marketplace's store.

``sellerstar demo run`` marks its store as a demo store and creates ``demo-main`` (the main
account of a busy demo merchant), ``demo-sub`` (one of that merchant's sub-accounts that
owns orders) and ``demo-ops`` (an operator), all with the published password.
``sellerstar serve`` refuses a store that has these logins but is not a demo store.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from sellerstar.domain.access import Role
from sellerstar.errors import SellerstarError
from sellerstar.services import accounts
from sellerstar.store.db import upsert
from sellerstar.store.schema import contract_tables, store_meta, users

DEMO_PASSWORD = "sellerstar-demo"
# demo-student (a talent at the demo's selection fairs) is created by demo/fairs.py.
DEMO_LOGINS: tuple[str, ...] = (
    "demo-main",
    "demo-sub",
    "demo-ops",
    "demo-buyer",
    "demo-talent",
    "demo-student",
)
DEMO_BUYER_TIER = "L2"
"""The demo buyer's tier: the lowest that sees the discount sample venue (rulebook §4)."""
_DEMO_KEY = "demo"


class DemoAccountsOutsideDemo(SellerstarError):
    """The demo's well-known accounts exist in a store that is not the demo's."""


def is_demo_store(connection: sa.Connection) -> bool:
    """Whether ``sellerstar demo run`` built this store."""
    value = connection.scalar(sa.select(store_meta.c.value).where(store_meta.c.key == _DEMO_KEY))
    return value == "true"


def refuse_demo_accounts_outside_demo(connection: sa.Connection) -> None:
    """Raise when a demo login exists in a store that is not a demo store."""
    found = connection.scalars(
        sa.select(users.c.login).where(users.c.login.in_(DEMO_LOGINS)).order_by(users.c.login)
    ).all()
    if found and not is_demo_store(connection):
        raise DemoAccountsOutsideDemo(
            f"this store has the demo accounts {', '.join(found)} (published password) but "
            "is not a demo store; delete them before serving it"
        )


def pick_demo_merchant(connection: sa.Connection) -> tuple[str, str, str]:
    """The merchant with the most orders among those whose sub-accounts own orders:
    (merchant_id, main account_id, sub account_id owning the most of its orders)."""
    orders = contract_tables["orders"]
    accounts_table = contract_tables["accounts"]
    owned = (
        sa.select(
            orders.c.merchant_id,
            orders.c.owner_account_id,
            sa.func.count().label("owned"),
        )
        .where(orders.c.owner_account_id.is_not(None))
        .group_by(orders.c.merchant_id, orders.c.owner_account_id)
        .subquery()
    )
    totals = (
        sa.select(orders.c.merchant_id, sa.func.count().label("total"))
        .group_by(orders.c.merchant_id)
        .subquery()
    )
    row = connection.execute(
        sa.select(owned.c.merchant_id, owned.c.owner_account_id)
        .join(totals, totals.c.merchant_id == owned.c.merchant_id)
        .order_by(totals.c.total.desc(), owned.c.owned.desc(), owned.c.owner_account_id)
        .limit(1)
    ).first()
    if row is None:
        raise SellerstarError("the demo marketplace has no order owned by a sub-account")
    main = connection.scalar(
        sa.select(accounts_table.c.account_id)
        .where(accounts_table.c.merchant_id == row.merchant_id, accounts_table.c.role == "main")
        .order_by(accounts_table.c.account_id)
        .limit(1)
    )
    return str(row.merchant_id), str(main), str(row.owner_account_id)


def create_demo_accounts(connection: sa.Connection, now: dt.datetime) -> str:
    """Mark the store as a demo store and create the demo accounts (a merchant's main and
    sub-account, an operator, a buyer of tier L2 and a certified talent when the
    marketplace has them); returns the demo merchant's id."""
    merchant_id, main_account, sub_account = pick_demo_merchant(connection)
    upsert(connection, store_meta, [{"key": _DEMO_KEY, "value": "true"}])
    connection.execute(users.delete().where(users.c.login.in_(DEMO_LOGINS)))
    specs = (
        ("demo-main", "Demo main account", Role.MERCHANT_MAIN, merchant_id, main_account),
        ("demo-sub", "Demo sub-account", Role.MERCHANT_SUB, merchant_id, sub_account),
        ("demo-ops", "Demo operator", Role.OPERATOR, None, None),
    )
    for login, name, role, merchant, account in specs:
        accounts.create_user(
            connection,
            login=login,
            display_name=name,
            role=role,
            password=DEMO_PASSWORD,
            merchant_id=merchant,
            account_id=account,
            now=now,
            actor="demo",
        )
    buyers = contract_tables["buyers"]
    buyer = connection.scalar(
        sa.select(sa.func.min(buyers.c.buyer_id)).where(buyers.c.tier == DEMO_BUYER_TIER)
    )
    if buyer is not None:
        accounts.create_user(
            connection,
            login="demo-buyer",
            display_name="Demo buyer",
            role=Role.BUYER,
            password=DEMO_PASSWORD,
            buyer_id=str(buyer),
            now=now,
            actor="demo",
        )
    talent = demo_talent(connection)
    if talent is not None:
        accounts.create_user(
            connection,
            login="demo-talent",
            display_name="Demo talent",
            role=Role.TALENT,
            password=DEMO_PASSWORD,
            talent_id=talent,
            now=now,
            actor="demo",
        )
    return merchant_id


def demo_talent(connection: sa.Connection) -> str | None:
    """The demo talent: the one holding the most certificates (then the first by id)."""
    certificates = contract_tables["talent_certifications"]
    held = sa.func.count()
    return connection.scalar(
        sa.select(certificates.c.talent_id)
        .group_by(certificates.c.talent_id)
        .order_by(held.desc(), certificates.c.talent_id)
        .limit(1)
    )
