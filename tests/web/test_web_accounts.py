"""Accounts: creation rules, the users CLI, and the demo accounts' guard."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner
from web_support import NOW, PASSWORD, World

from sellerstar.cli import app as cli_app
from sellerstar.services import accounts, demo_accounts
from sellerstar.services.accounts import AccountError
from sellerstar.store.db import transaction, upsert
from sellerstar.store.schema import audit_log, contract_tables, store_meta, users

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.mark.parametrize(
    ("role", "merchant", "account", "message"),
    [
        ("admin", None, None, "role 'admin'"),
        ("operator", "M1", None, "an operator belongs to no merchant"),
        ("merchant_main", None, None, "needs its merchant"),
        ("merchant_main", "M9", None, "merchant 'M9' does not exist"),
        ("merchant_sub", "M1", None, "needs the account it signs in as"),
        ("merchant_sub", "M1", "B1", "account 'B1' belongs to another merchant"),
        ("merchant_sub", "M1", "A1", "account 'A1' is a main account, not sub"),
        ("merchant_main", "M1", "A2", "account 'A2' is a sub account, not main"),
    ],
)
def test_a_user_must_agree_with_its_role_and_merchant(
    world: World, role: str, merchant: str | None, account: str | None, message: str
) -> None:
    with pytest.raises(AccountError, match=message), transaction(world.engine) as connection:
        accounts.create_user(
            connection,
            login="new",
            display_name="New",
            role=role,
            password=PASSWORD,
            merchant_id=merchant,
            account_id=account,
            now=NOW,
        )
    with world.engine.connect() as connection:
        assert connection.scalar(sa.select(users.c.login).where(users.c.login == "new")) is None


def test_passwords_are_hashed_and_short_ones_refused(world: World) -> None:
    with pytest.raises(AccountError, match="at least 8 characters"):
        accounts.hash_password("short")
    with transaction(world.engine) as connection:
        accounts.create_user(
            connection,
            login="anna",
            display_name="Anna",
            role="operator",
            password="long enough secret",
            now=NOW,
        )
        stored = connection.scalar(sa.select(users.c.password_hash).where(users.c.login == "anna"))
        audited = connection.scalar(
            sa.select(audit_log.c.action).where(audit_log.c.entity_id == "anna")
        )
        assert accounts.authenticate(connection, "anna", "long enough secret") is not None
        assert accounts.authenticate(connection, "anna", "long enough secreT") is None
    assert stored is not None and stored.startswith("$argon2id$")
    assert "long enough secret" not in stored
    assert audited == "user_created"


def test_the_users_cli_creates_a_user_and_a_token(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", world.url)
    from sellerstar.config import get_settings

    get_settings.cache_clear()
    runner = CliRunner()
    try:
        created = runner.invoke(
            cli_app,
            [
                "users",
                "create",
                "li",
                "--role",
                "merchant_sub",
                "--merchant",
                "M1",
                "--account",
                "A3",
                "--password-stdin",
            ],
            input="a fine password\n",
        )
        assert created.exit_code == 0, created.output
        token = runner.invoke(cli_app, ["users", "token", "create", "li", "--name", "erp"])
        assert token.exit_code == 0 and token.output.startswith("sst_")
        listed = runner.invoke(cli_app, ["users", "list"])
        assert "li" in listed.output and "merchant_sub" in listed.output
        refused = runner.invoke(
            cli_app,
            ["users", "create", "li", "--role", "operator", "--password-stdin"],
            input="a fine password\n",
        )
        # main() prints a SellerstarError as one line; the runner hands it back as is.
        assert isinstance(refused.exception, AccountError)
        assert "login 'li' exists already" in str(refused.exception)
    finally:
        get_settings.cache_clear()


def _add_orders(world: World) -> None:
    orders = contract_tables["orders"]
    base = {
        "buyer_id": "B", "trade_assurance": True, "destination_country": "US",
        "trade_term": "FOB", "export_mode": "tad", "transport": "express",
        "payment_method": "tt", "status": "shipped", "created_at": NOW,
        "amount_usd": 10, "all_items_rts": True, "delivery_promise": True,
    }  # fmt: skip
    rows = [
        base | {"order_id": "O1", "merchant_id": "M1", "owner_account_id": "A2"},
        base | {"order_id": "O2", "merchant_id": "M1", "owner_account_id": "A3"},
        base | {"order_id": "O3", "merchant_id": "M1", "owner_account_id": "A3"},
        base | {"order_id": "O4", "merchant_id": "M2", "owner_account_id": None},
    ]
    with transaction(world.engine) as connection:
        connection.execute(orders.insert(), rows)


def test_the_demo_accounts_belong_to_the_busiest_merchant_and_mark_a_demo_store(
    world: World,
) -> None:
    _add_orders(world)
    with transaction(world.engine) as connection:
        assert demo_accounts.pick_demo_merchant(connection) == ("M1", "A1", "A3")
        assert demo_accounts.create_demo_accounts(connection, NOW) == "M1"
        assert demo_accounts.is_demo_store(connection)
        demo_accounts.refuse_demo_accounts_outside_demo(connection)
        sub = accounts.authenticate(connection, "demo-sub", demo_accounts.DEMO_PASSWORD)
    assert sub is not None and (sub.merchant_id, sub.account_id) == ("M1", "A3")


def test_serving_a_real_store_with_demo_accounts_is_refused(world: World) -> None:
    _add_orders(world)
    with transaction(world.engine) as connection:
        demo_accounts.create_demo_accounts(connection, NOW)
        upsert(connection, store_meta, [{"key": "demo", "value": "false"}])
    with (
        world.engine.connect() as connection,
        pytest.raises(demo_accounts.DemoAccountsOutsideDemo, match="demo-main, demo-ops"),
    ):
        demo_accounts.refuse_demo_accounts_outside_demo(connection)


def test_serve_refuses_to_start_on_such_a_store(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    with transaction(world.engine) as connection:
        accounts.create_user(
            connection, login="demo-ops", display_name="x", role="operator",
            password=demo_accounts.DEMO_PASSWORD, now=dt.datetime.now(dt.UTC),
        )  # fmt: skip
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", world.url)
    from sellerstar.config import get_settings

    get_settings.cache_clear()
    try:
        answer = CliRunner().invoke(cli_app, ["serve", "--port", "1"])
    finally:
        get_settings.cache_clear()
    assert isinstance(answer.exception, demo_accounts.DemoAccountsOutsideDemo)
    assert "not a demo store" in str(answer.exception)


def _serve(url: str, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[str, dict[str, object]]:
    import uvicorn

    from sellerstar.config import get_settings

    started: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: started.update(options))
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", url)
    monkeypatch.setenv("SELLERSTAR_FORWARDED_ALLOW_IPS", "10.0.0.5")
    get_settings.cache_clear()
    try:
        answer = CliRunner().invoke(cli_app, ["serve", "--port", "8123", *args])
    finally:
        get_settings.cache_clear()
    assert answer.exit_code == 0, answer.output
    return answer.output, started


def test_serve_trusts_only_the_configured_proxies_and_waits_for_busy_workers(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    output, started = _serve(world.url, monkeypatch, "--workers", "2")
    # The sign-in limit counts per client address: only these proxies may name it.
    assert started["forwarded_allow_ips"] == "10.0.0.5"
    assert started["proxy_headers"] is True
    # A worker busy for uvicorn's default 5 s was replaced, dropping its requests and jobs.
    assert started["timeout_worker_healthcheck"] == 30
    assert started["workers"] == 2
    assert "2 workers on SQLite share one writer; use PostgreSQL" in output


def test_serve_with_one_worker_on_sqlite_does_not_warn(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    output, started = _serve(world.url, monkeypatch)
    assert started["workers"] == 1
    assert "share one writer" not in output
