"""Web test support: a store with two merchants and their users, and signing in.

World: merchant M1 (main account A1, sub-accounts A2 and A3), merchant M2 (main B1).
Users (all with PASSWORD): ``ops`` (operator), ``m1-main``, ``m1-sub`` (A2), ``m1-sub3``
(A3), ``m2-main``. Page tests add the rows they need to the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import sqlalchemy as sa
from fastapi.testclient import TestClient

from factories import account_row, merchant_row
from sellerstar.services import accounts
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables, users

PASSWORD = "correct horse battery"
NOW = dt.datetime(2022, 12, 6, 2, 0, tzinfo=dt.UTC)
# The webhook secrets of the `hooks` fixture (tests/web/conftest.py).
KEY, SECRET, SALT = "17track-key", "aftership-secret", "kuaidi100-salt"
USERS: dict[str, tuple[str, str | None, str | None]] = {
    "ops": ("operator", None, None),
    "m1-main": ("merchant_main", "M1", "A1"),
    "m1-sub": ("merchant_sub", "M1", "A2"),
    "m1-sub3": ("merchant_sub", "M1", "A3"),
    "m2-main": ("merchant_main", "M2", "B1"),
}


@cache
def _password_hash() -> str:
    # Hashing is slow on purpose; the tests share one hash of PASSWORD.
    return accounts.hash_password(PASSWORD)


@dataclass(frozen=True)
class World:
    """The store of a web test and how to reach it."""

    url: str
    engine: sa.Engine


def seed_world(engine: sa.Engine) -> None:
    """Merchants, accounts and users of the web tests."""
    merchants = contract_tables["merchants"]
    accounts_table = contract_tables["accounts"]
    with transaction(engine) as connection:
        connection.execute(
            merchants.insert(),
            [
                merchant_row(
                    "M1",
                    name="Ningbo Tools",
                    membership="export_pass",
                    secondary_category="Agricultural Machinery & Equipment",
                ),
                merchant_row("M2", name="Yiwu Apparel", secondary_category=None),
            ],
        )
        connection.execute(
            accounts_table.insert(),
            [
                account_row("A1", "M1", "main", name="Boss"),
                account_row("A2", "M1", "sub", name="Sales 2"),
                account_row("A3", "M1", "sub", name="Sales 3"),
                account_row("B1", "M2", "main", name="Owner"),
            ],
        )
        connection.execute(
            users.insert(),
            [
                {
                    "login": login,
                    "display_name": login.upper(),
                    "role": role,
                    "merchant_id": merchant,
                    "account_id": account,
                    "password_hash": _password_hash(),
                    "created_at": NOW,
                }
                for login, (role, merchant, account) in USERS.items()
            ],
        )


def sign_in(client: TestClient, login: str, password: str = PASSWORD) -> str:
    """Sign ``client`` in through the form; returns the session's CSRF token."""
    form = client.get("/login")
    token = form.cookies.get("sellerstar_login_csrf") or client.cookies.get("sellerstar_login_csrf")
    answer = client.post(
        "/login",
        data={"login": login, "password": password, "csrf_token": token or "", "next_url": "/"},
    )
    assert answer.status_code == 303, answer.text
    page = client.get("/healthz")
    assert page.status_code == 200
    return csrf_of(client)


def csrf_of(client: TestClient) -> str:
    """The CSRF token of the client's session."""
    me = client.get("/api/v1/me")
    assert me.status_code == 200, me.text
    token: str = me.json()["csrf_token"]
    return token
