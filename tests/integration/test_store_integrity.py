"""Constraints the store enforces itself: deferred references, user roles, transactions."""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from sellerstar.store.db import transaction
from sellerstar.store.schema import api_tokens, audit_log, contract_tables, job_runs, users

merchants = contract_tables["merchants"]
accounts = contract_tables["accounts"]
orders = contract_tables["orders"]
shipments = contract_tables["shipments"]

NOW = dt.datetime(2022, 11, 11, 9, 0, tzinfo=dt.UTC)
MERCHANT = {"merchant_id": "m1", "name": "M", "membership": "none", "ta_status": "active"}
ACCOUNT = {"account_id": "a1", "merchant_id": "m1", "role": "sub", "name": "Sub"}
ORDER: dict[str, Any] = {
    "order_id": "o1",
    "merchant_id": "m1",
    "buyer_id": "b1",
    "trade_assurance": True,
    "destination_country": "US",
    "trade_term": "FOB",
    "export_mode": "tad",
    "transport": "express",
    "payment_method": "tt",
    "status": "shipped",
    "created_at": NOW,
    "amount_usd": Decimal("5.00"),
    "all_items_rts": True,
    "delivery_promise": False,
}


def _shipment(shipment_id: str, replaced_by: str | None = None) -> dict[str, Any]:
    return {
        "shipment_id": shipment_id,
        "order_id": "o1",
        "carrier": "ups",
        "tracking_number": f"1Z{shipment_id}",
        "transport": "express",
        "uploaded_at": NOW,
        "replaced_by": replaced_by,
    }


def _count(engine: sa.Engine, table: sa.Table) -> int:
    with engine.connect() as conn:
        return conn.scalar(sa.select(sa.func.count()).select_from(table)) or 0


def test_rows_may_come_before_what_they_reference_within_one_transaction(
    store_engine: sa.Engine,
) -> None:
    with transaction(store_engine) as conn:
        conn.execute(shipments.insert(), _shipment("s1", replaced_by="s2"))
        conn.execute(shipments.insert(), _shipment("s2"))
        conn.execute(orders.insert(), ORDER)
        conn.execute(merchants.insert(), MERCHANT)

    assert _count(store_engine, shipments) == 2


def test_a_dangling_reference_fails_the_commit_and_writes_nothing(
    store_engine: sa.Engine,
) -> None:
    with pytest.raises(sa.exc.IntegrityError), transaction(store_engine) as conn:
        conn.execute(merchants.insert(), MERCHANT)
        conn.execute(orders.insert(), ORDER)
        conn.execute(shipments.insert(), _shipment("s1", replaced_by="missing"))

    assert _count(store_engine, merchants) == 0
    assert _count(store_engine, shipments) == 0


def _user(login: str, role: str, **scope: str | None) -> dict[str, Any]:
    row = {"login": login, "display_name": login, "role": role, "created_at": NOW}
    return row | {"merchant_id": None, "account_id": None} | scope


@pytest.mark.parametrize(
    "user",
    [
        _user("op", "operator"),
        _user("main", "merchant_main", merchant_id="m1"),
        _user("main-on-account", "merchant_main", merchant_id="m1", account_id="a1"),
        _user("sub", "merchant_sub", merchant_id="m1", account_id="a1"),
    ],
    ids=lambda u: u["login"],
)
def test_users_with_a_scope_that_fits_their_role_are_stored(
    store_engine: sa.Engine, user: dict[str, Any]
) -> None:
    with transaction(store_engine) as conn:
        conn.execute(merchants.insert(), MERCHANT)
        conn.execute(accounts.insert(), ACCOUNT)
        conn.execute(users.insert(), user)

    with store_engine.connect() as conn:
        stored = conn.execute(sa.select(users)).one()
    assert (stored.login, stored.is_active) == (user["login"], True)
    assert stored.user_id is not None


@pytest.mark.parametrize(
    "user",
    [
        _user("op-with-merchant", "operator", merchant_id="m1"),
        _user("op-with-account", "operator", account_id="a1"),
        _user("main-without-merchant", "merchant_main"),
        _user("sub-without-account", "merchant_sub", merchant_id="m1"),
        _user("sub-without-merchant", "merchant_sub", account_id="a1"),
        _user("unknown-role", "admin"),
    ],
    ids=lambda u: u["login"],
)
def test_users_whose_scope_breaks_their_role_are_refused(
    store_engine: sa.Engine, user: dict[str, Any]
) -> None:
    with transaction(store_engine) as conn:
        conn.execute(merchants.insert(), MERCHANT)
        conn.execute(accounts.insert(), ACCOUNT)

    with pytest.raises(sa.exc.IntegrityError), transaction(store_engine) as conn:
        conn.execute(users.insert(), user)
    assert _count(store_engine, users) == 0


def test_logins_are_unique(store_engine: sa.Engine) -> None:
    with transaction(store_engine) as conn:
        conn.execute(users.insert(), _user("ann", "operator"))
    with pytest.raises(sa.exc.IntegrityError), transaction(store_engine) as conn:
        conn.execute(users.insert(), _user("ann", "operator"))


def test_deleting_a_user_deletes_their_api_tokens(store_engine: sa.Engine) -> None:
    with transaction(store_engine) as conn:
        user_id = conn.execute(users.insert(), _user("ann", "operator")).inserted_primary_key[0]
        conn.execute(
            api_tokens.insert(),
            {
                "token_hash": "ab" * 32,
                "user_id": user_id,
                "name": "ci",
                "created_at": NOW,
                "expires_at": NOW,
            },
        )
    with transaction(store_engine) as conn:
        conn.execute(users.delete())
    assert _count(store_engine, api_tokens) == 0


def test_audit_entries_keep_their_detail_and_get_increasing_ids(store_engine: sa.Engine) -> None:
    entry = {"at": NOW, "actor": "ann", "action": "appeal.approve", "entity_type": "appeal"}
    with transaction(store_engine) as conn:
        conn.execute(
            audit_log.insert(),
            [
                entry | {"entity_id": "ap1", "detail": {"from": "pending", "to": "approved"}},
                entry | {"entity_id": "ap2", "detail": None, "reason": "late"},
            ],
        )
    with store_engine.connect() as conn:
        rows = conn.execute(sa.select(audit_log).order_by(audit_log.c.id)).all()
    assert [r.entity_id for r in rows] == ["ap1", "ap2"]
    assert rows[0].id < rows[1].id
    assert rows[0].detail == {"from": "pending", "to": "approved"}
    assert rows[0].at == NOW


def test_job_runs_accept_only_known_statuses(store_engine: sa.Engine) -> None:
    run = {"job": "metrics", "params": {"stat_date": "2022-11-09"}, "started_at": NOW}
    with transaction(store_engine) as conn:
        conn.execute(job_runs.insert(), run | {"status": "running"})
    with pytest.raises(sa.exc.IntegrityError), transaction(store_engine) as conn:
        conn.execute(job_runs.insert(), run | {"status": "done"})


def test_transaction_rolls_back_when_the_block_raises(store_engine: sa.Engine) -> None:
    with pytest.raises(RuntimeError), transaction(store_engine) as conn:
        conn.execute(merchants.insert(), MERCHANT)
        raise RuntimeError("stop")
    assert _count(store_engine, merchants) == 0


def test_a_rolled_back_savepoint_keeps_the_rest_of_the_transaction(
    store_engine: sa.Engine,
) -> None:
    with transaction(store_engine) as conn:
        conn.execute(merchants.insert(), MERCHANT)
        savepoint = conn.begin_nested()
        conn.execute(merchants.insert(), MERCHANT | {"merchant_id": "m2"})
        savepoint.rollback()

    with store_engine.connect() as conn:
        assert list(conn.scalars(sa.select(merchants.c.merchant_id))) == ["m1"]


def test_rolling_back_a_transaction_undoes_its_released_savepoints(
    store_engine: sa.Engine,
) -> None:
    # The sqlite3 driver's own transaction handling would have committed the savepoint.
    with pytest.raises(RuntimeError), transaction(store_engine) as conn:
        with conn.begin_nested():
            conn.execute(merchants.insert(), MERCHANT)
        raise RuntimeError("stop")

    assert _count(store_engine, merchants) == 0


def test_sqlite_writers_queue_instead_of_failing(sqlite_engine: sa.Engine) -> None:
    # The second writer reads, then writes: with a plain BEGIN its snapshot would be
    # stale once the first commits, and SQLite would refuse its write. SQLite itself
    # reports each statement as it starts running, so the first commits only once the
    # second's BEGIN is running against the first's open write (no sleep decides it).
    who = threading.local()
    ran: list[tuple[str, str]] = []
    second_began = threading.Event()

    @sa.event.listens_for(sqlite_engine, "connect")
    def trace(dbapi_connection: Any, _record: object) -> None:
        def started(statement: str) -> None:
            name = getattr(who, "name", "other")
            ran.append((name, statement.split()[0].upper()))
            if name == "second" and statement.startswith("BEGIN"):
                second_began.set()

        dbapi_connection.set_trace_callback(started)

    sqlite_engine.dispose()  # new connections, traced
    first_began = threading.Event()

    def first() -> None:
        who.name = "first"
        with transaction(sqlite_engine) as conn:
            conn.execute(merchants.insert(), MERCHANT)
            first_began.set()
            assert second_began.wait(10)

    def second() -> int:
        who.name = "second"
        assert first_began.wait(10)
        with transaction(sqlite_engine) as conn:
            seen = conn.scalar(sa.select(sa.func.count()).select_from(merchants)) or 0
            conn.execute(merchants.insert(), MERCHANT | {"merchant_id": f"m{seen + 1}"})
            return seen

    with ThreadPoolExecutor(max_workers=2) as pool:
        done_first = pool.submit(first)
        seen_by_second = pool.submit(second).result(timeout=10)
        done_first.result(timeout=10)

    # The second began while the first held its write, and read only after it committed.
    order = [entry for entry in ran if entry[0] != "other"]
    assert order.index(("second", "BEGIN")) < order.index(("first", "COMMIT"))
    assert order.index(("first", "COMMIT")) < order.index(("second", "SELECT"))
    assert seen_by_second == 1
    assert _count(sqlite_engine, merchants) == 2
