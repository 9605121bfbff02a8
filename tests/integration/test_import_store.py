"""Writing an import into the store, on SQLite and PostgreSQL: all or nothing, idempotent."""

from __future__ import annotations

import datetime as dt
import decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from test_import_support import Feed, valid_feed, write_csv, write_feed

from sellerstar.contract import TABLES
from sellerstar.errors import InputError
from sellerstar.ingest.contract import ImportRejected, import_directory
from sellerstar.store.schema import audit_log, contract_tables

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2022, 10, 10, 8, 0, tzinfo=dt.UTC)


def snapshot(engine: sa.Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every contract row and audit entry, in key order."""
    with engine.connect() as connection:
        tables = {
            name: [
                tuple(r) for r in connection.execute(sa.select(t).order_by(*t.primary_key.columns))
            ]
            for name, t in contract_tables.items()
        }
        tables["audit_log"] = [tuple(r) for r in connection.execute(sa.select(audit_log))]
    return tables


def counts(result_counts: dict[str, object]) -> dict[str, tuple[int, int, int]]:
    return {
        name: (c.inserted, c.updated, c.unchanged)  # type: ignore[attr-defined]
        for name, c in result_counts.items()
    }


def run(engine: sa.Engine, directory: Path) -> dict[str, tuple[int, int, int]]:
    return counts(import_directory(engine, directory, zone=SHANGHAI, now=NOW).counts)  # type: ignore[arg-type]


def test_a_valid_feed_is_stored_with_its_types(store_engine: sa.Engine, tmp_path: Path) -> None:
    feed = valid_feed()
    assert run(store_engine, write_feed(tmp_path, feed)) == {
        name: (len(rows), 0, 0) for name, rows in feed.items()
    }
    orders = contract_tables["orders"]
    with store_engine.connect() as connection:
        o1 = connection.execute(sa.select(orders).where(orders.c.order_id == "O1")).one()
        o2 = connection.execute(sa.select(orders).where(orders.c.order_id == "O2")).one()
    assert o1.created_at == dt.datetime(2022, 9, 1, 2, 0, tzinfo=dt.UTC)
    assert o1.amount_usd == decimal.Decimal("120.50")
    assert (o1.trade_assurance, o1.all_items_rts, o1.delivery_promise) == (True, True, False)
    assert (o2.owner_account_id, o2.paid_at) == (None, None)


def test_reimporting_the_same_files_changes_nothing(
    store_engine: sa.Engine, tmp_path: Path
) -> None:
    directory = write_feed(tmp_path, valid_feed())
    run(store_engine, directory)
    before = snapshot(store_engine)
    second = run(store_engine, directory)
    assert all(inserted == 0 and updated == 0 for inserted, updated, _ in second.values())
    assert second["orders"] == (0, 0, 2)
    after = snapshot(store_engine)
    assert {k: v for k, v in after.items() if k != "audit_log"} == {
        k: v for k, v in before.items() if k != "audit_log"
    }


def test_a_changed_row_is_updated_and_only_it(store_engine: sa.Engine, tmp_path: Path) -> None:
    feed = valid_feed()
    run(store_engine, write_feed(tmp_path / "first", feed))
    feed["orders"][1]["status"] = "paid"
    feed["orders"][1]["paid_at"] = "2022-09-02T12:00:00+08:00"
    feed["merchants"].append(feed["merchants"][1] | {"merchant_id": "M3", "name": "New merchant"})
    result = run(store_engine, write_feed(tmp_path / "second", feed))
    assert result["orders"] == (0, 1, 1)
    assert result["merchants"] == (1, 0, 2)
    orders = contract_tables["orders"]
    with store_engine.connect() as connection:
        status, paid_at = connection.execute(
            sa.select(orders.c.status, orders.c.paid_at).where(orders.c.order_id == "O2")
        ).one()
    assert (status, paid_at) == ("paid", dt.datetime(2022, 9, 2, 4, 0, tzinfo=dt.UTC))


def _events(engine: sa.Engine) -> list[tuple[str, dt.datetime, str | None]]:
    events = contract_tables["tracking_events"]
    with engine.connect() as connection:
        rows = connection.execute(
            sa.select(events.c.description, events.c.received_at, events.c.location).order_by(
                events.c.event_time
            )
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_an_event_delivered_twice_keeps_the_earliest_receipt(
    store_engine: sa.Engine, tmp_path: Path
) -> None:
    feed = valid_feed()
    first = feed["tracking_events"][0]
    late_copy = first | {"received_at": "2022-09-04T20:00:00+08:00", "location": "Late"}
    early_copy = first | {"received_at": "2022-09-04T12:30:00+08:00", "location": "Early"}
    feed["tracking_events"] = [late_copy, first, early_copy]
    result = run(store_engine, write_feed(tmp_path / "a", feed))
    assert result["tracking_events"][0] == 1
    received = dt.datetime(2022, 9, 4, 4, 30, tzinfo=dt.UTC)
    assert _events(store_engine) == [("Shipper created a label", received, "Early")]

    # A later delivery of the same event changes nothing; an earlier one wins.
    feed["tracking_events"] = [late_copy]
    assert run(store_engine, write_feed(tmp_path / "b", feed))["tracking_events"] == (0, 0, 1)
    assert _events(store_engine)[0][1] == received
    earlier = first | {"received_at": "2022-09-04T12:10:00+08:00"}
    feed["tracking_events"] = [earlier]
    assert run(store_engine, write_feed(tmp_path / "c", feed))["tracking_events"] == (0, 1, 0)
    assert _events(store_engine)[0][1] == dt.datetime(2022, 9, 4, 4, 10, tzinfo=dt.UTC)


def test_the_same_instant_with_another_offset_is_the_same_event(
    store_engine: sa.Engine, tmp_path: Path
) -> None:
    feed = valid_feed()
    event = feed["tracking_events"][0]
    feed["tracking_events"] = [event, event | {"event_time": "2022-09-04T04:00:00Z"}]
    assert run(store_engine, write_feed(tmp_path, feed))["tracking_events"] == (1, 0, 1)


def test_timestamps_without_offset_are_taken_in_asia_shanghai(
    store_engine: sa.Engine, tmp_path: Path
) -> None:
    feed = valid_feed()
    feed["orders"][0]["created_at"] = "2022-09-01 10:00:00"
    feed["orders"][0]["paid_at"] = "2022-09-01T11:00"
    run(store_engine, write_feed(tmp_path, feed))
    orders = contract_tables["orders"]
    with store_engine.connect() as connection:
        created, paid = connection.execute(
            sa.select(orders.c.created_at, orders.c.paid_at).where(orders.c.order_id == "O1")
        ).one()
    assert created == dt.datetime(2022, 9, 1, 2, 0, tzinfo=dt.UTC)
    assert paid == dt.datetime(2022, 9, 1, 3, 0, tzinfo=dt.UTC)


def test_a_rejected_import_leaves_the_database_untouched(
    store_engine: sa.Engine, tmp_path: Path
) -> None:
    feed = valid_feed()
    run(store_engine, write_feed(tmp_path / "good", feed))
    before = snapshot(store_engine)
    feed["merchants"][0]["name"] = "Renamed"
    feed["orders"].append(feed["orders"][1] | {"order_id": "O3"})
    feed["products"][0]["growth_score"] = "101"  # the last table: everything before is valid
    with pytest.raises(ImportRejected) as caught:
        import_directory(store_engine, write_feed(tmp_path / "bad", feed), zone=SHANGHAI)
    assert [p.render() for p in caught.value.problems] == [
        "products.csv:2: growth_score: above the maximum 100: 101"
    ]
    assert snapshot(store_engine) == before


def test_the_write_is_one_transaction(store_engine: sa.Engine, tmp_path: Path) -> None:
    """A file that turns bad between the check and the write: nothing at all is written."""
    feed = valid_feed()
    directory = write_feed(tmp_path, feed)
    before = snapshot(store_engine)

    class SpoilProductsWhileWriting:
        def advance(self, phase: str, table: str, rows: int, total: int | None) -> None:
            if phase == "write" and table == "orders":
                spoiled = [feed["products"][0] | {"stock": "-1"}]
                write_csv(directory / "products.csv", spoiled)

    with pytest.raises(ImportRejected) as caught:
        import_directory(
            store_engine, directory, zone=SHANGHAI, progress=SpoilProductsWhileWriting()
        )
    assert [p.render() for p in caught.value.problems] == [
        "products.csv:2: stock: below the minimum 0: -1"
    ]
    assert snapshot(store_engine) == before


def test_references_may_point_at_rows_already_stored(
    store_engine: sa.Engine, tmp_path: Path
) -> None:
    feed = valid_feed()
    run(
        store_engine,
        write_feed(tmp_path / "masters", {k: feed[k] for k in ("merchants", "accounts", "orders")}),
    )
    rest: Feed = {k: feed[k] for k in ("shipments", "tracking_appeals", "products")}
    result = run(store_engine, write_feed(tmp_path / "rest", rest))
    assert result == {"shipments": (3, 0, 0), "tracking_appeals": (2, 0, 0), "products": (1, 0, 0)}

    rest["tracking_appeals"][0]["shipment_id"] = "S3"  # stored, but of order O2
    with pytest.raises(ImportRejected) as caught:
        import_directory(store_engine, write_feed(tmp_path / "wrong", rest), zone=SHANGHAI)
    assert [p.render() for p in caught.value.problems] == [
        "tracking_appeals.csv:2: shipment_id: 'S3' belongs to another order_id than this row's 'O1'"
    ]


def test_the_import_is_recorded_in_the_audit_log(store_engine: sa.Engine, tmp_path: Path) -> None:
    feed = {k: valid_feed()[k] for k in ("merchants", "accounts")}
    run(store_engine, write_feed(tmp_path / "feed", feed))
    with store_engine.connect() as connection:
        (entry,) = connection.execute(sa.select(audit_log)).all()
    assert (entry.actor, entry.action, entry.entity_type, entry.entity_id) == (
        "import",
        "import",
        "import",
        "feed",
    )
    assert entry.at == NOW
    assert entry.detail["directory"] == str((tmp_path / "feed").resolve())
    assert entry.detail["tables"]["accounts"] == {
        "read": 3,
        "inserted": 3,
        "updated": 0,
        "unchanged": 0,
    }
    assert set(entry.detail["tables"]) == {"merchants", "accounts"}


def test_tables_are_written_in_dependency_order_whatever_the_files(
    store_engine: sa.Engine, tmp_path: Path
) -> None:
    # Shipments point forward (S1 -> S2) and the foreign keys are enforced at commit.
    feed = valid_feed()
    feed["shipments"].reverse()
    result = run(store_engine, write_feed(tmp_path, feed))
    assert list(result) == [n for n in TABLES if n in feed]


def test_a_reference_deleted_between_check_and_write_rolls_everything_back(
    store_engine: sa.Engine, tmp_path: Path
) -> None:
    feed = valid_feed()
    run(store_engine, write_feed(tmp_path / "merchants", {"merchants": feed["merchants"]}))
    merchants = contract_tables["merchants"]

    class DeleteTheMerchantAfterTheCheck:
        def advance(self, phase: str, table: str, rows: int, total: int | None) -> None:
            if phase == "check" and table == "orders":
                with store_engine.begin() as connection:
                    connection.execute(merchants.delete().where(merchants.c.merchant_id == "M2"))

    directory = write_feed(tmp_path / "orders", {"orders": [feed["orders"][1]]})
    with pytest.raises(InputError, match="rolled back, nothing was written"):
        import_directory(
            store_engine, directory, zone=SHANGHAI, progress=DeleteTheMerchantAfterTheCheck()
        )
    assert snapshot(store_engine)["orders"] == []


def test_sqlite_connections_get_their_settings_back(
    sqlite_engine: sa.Engine, tmp_path: Path
) -> None:
    def settings() -> tuple[object, object]:
        with sqlite_engine.connect() as connection:
            keys = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
            cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        return keys, cache

    before = settings()
    assert before[0] == 1
    run(sqlite_engine, write_feed(tmp_path / "good", valid_feed()))
    assert settings() == before
    feed = valid_feed()
    feed["orders"][0]["merchant_id"] = "M9"
    with pytest.raises(ImportRejected):
        run(sqlite_engine, write_feed(tmp_path / "bad", feed))
    assert settings() == before


def test_an_import_on_sqlite_holds_the_write_lock_from_its_start(sqlite_engine: sa.Engine) -> None:
    # A deferred transaction that reads first cannot take the lock later once a web write
    # committed meanwhile: SQLite fails it at once ("database is locked"), whatever the
    # busy timeout. So the import's transaction takes the lock at BEGIN.
    import sqlite3

    from sellerstar.ingest.contract.writer import write_transaction
    from sellerstar.store.schema import store_meta

    path = sqlite_engine.url.database
    assert path is not None
    with write_transaction(sqlite_engine, ["store_meta"]) as connection:
        connection.execute(sa.select(sa.func.count()).select_from(store_meta))
        web = sqlite3.connect(path, timeout=0)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                web.execute("INSERT INTO store_meta (key, value) VALUES ('web', 'write')")
        finally:
            web.close()
        connection.execute(store_meta.insert().values(key="import", value="write"))
    with sqlite_engine.connect() as connection:
        assert connection.execute(sa.select(store_meta.c.key)).scalars().all() == ["import"]
