"""A first import into empty tables (PostgreSQL: copied straight in, indexes and foreign
keys dropped and built again) writes what the row-by-row path writes, keeps all or
nothing, and shares the store with web writers without a deadlock or a lost write."""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from test_import_staging import many_orders_feed, run, staging_tables
from test_import_store import snapshot
from test_import_support import Feed, write_feed

from concurrency import at_once
from sellerstar.errors import InputError
from sellerstar.ingest.contract import (
    ImportRejected,
    bulkload,
    import_directory,
    importer,
    readers,
    writer,
)
from sellerstar.ingest.contract.references import ReferenceChecker
from sellerstar.store.schema import audit_log, contract_tables, metadata

SHANGHAI = ZoneInfo("Asia/Shanghai")
AT = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
HOLD = 2.0  # seconds a web writer holds its first lock before taking the second


@pytest.fixture(autouse=True)
def _small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "BATCH_ROWS", 7)


def bulk(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    """Fill empty tables in bulk from one row on (``on``), or never."""
    monkeypatch.setattr(bulkload, "BULK_MIN_ROWS", 1 if on else 10**12)


def redelivered_feed() -> Feed:
    """Many orders, and tracking events delivered twice, the earlier copy read later."""
    feed = many_orders_feed()
    event = feed["tracking_events"][1]
    earlier = event | {"received_at": "2022-09-05T08:30:00+08:00", "location": "Guangzhou"}
    feed["tracking_events"] += [event] * 8 + [earlier]
    feed["tracking_events"] += [feed["tracking_events"][0]]  # the same copy twice
    return feed


def schema(engine: sa.Engine) -> set[tuple[str, str]]:
    """PostgreSQL: every index and constraint of the store, by name and definition."""
    if engine.dialect.name != "postgresql":
        return set()
    with engine.connect() as connection:
        indexes = connection.exec_driver_sql(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
        )
        constraints = connection.exec_driver_sql(
            "SELECT conname, pg_get_constraintdef(oid) || ' valid=' || convalidated"
            " FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
        )
        return {(str(n), str(d)) for n, d in [*indexes, *constraints]}


def empty_the_store(engine: sa.Engine) -> None:
    names = {*contract_tables, audit_log.name}
    with engine.begin() as connection:
        for table in reversed(metadata.sorted_tables):
            if table.name in names:
                connection.execute(table.delete())


def test_a_first_import_in_bulk_writes_what_the_row_by_row_path_writes(
    store_engine: sa.Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = write_feed(tmp_path / "feed", redelivered_feed(), "jsonl")
    shape = schema(store_engine)
    results = {}
    rows = {}
    for on in (True, False):
        empty_the_store(store_engine)
        bulk(monkeypatch, on)
        result = import_directory(store_engine, directory, zone=SHANGHAI, now=AT)
        results[on] = {n: c.as_dict() for n, c in result.counts.items()}
        rows[on] = snapshot(store_engine)
        rows[on]["audit_log"] = [entry[1:] for entry in rows[on]["audit_log"]]  # not the id
        assert schema(store_engine) == shape  # every index and key back, and valid
        assert staging_tables(store_engine) == []
    assert rows[True] == rows[False]
    assert results[True] == results[False]
    # Twelve event rows read, two stored: the earliest copy of the redelivered one.
    assert (
        results[True]["tracking_events"]["read"],
        results[True]["tracking_events"]["inserted"],
    ) == (12, 2)
    events = contract_tables["tracking_events"]
    with store_engine.connect() as connection:
        locations = connection.execute(sa.select(events.c.location).order_by(events.c.event_time))
        assert list(locations.scalars()) == [None, "Guangzhou"]


def test_a_failure_after_the_bulk_copy_leaves_nothing_and_the_schema_whole(
    store_engine: sa.Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bulk(monkeypatch, True)
    feed = redelivered_feed()
    shape = schema(store_engine)
    before = snapshot(store_engine)
    last = list(feed)[-1]
    finish = writer.TableWriter.finish

    def failing_finish(self: writer.TableWriter) -> writer.TableCounts:
        counts = finish(self)
        if self._stored.name == last:
            raise sa.exc.OperationalError("COMMIT", None, Exception("server closed"))
        return counts

    monkeypatch.setattr(writer.TableWriter, "finish", failing_finish)
    with pytest.raises(InputError, match="rolled back, nothing was written"):
        import_directory(store_engine, write_feed(tmp_path / "feed", feed), zone=SHANGHAI)
    assert snapshot(store_engine) == before
    assert schema(store_engine) == shape
    assert staging_tables(store_engine) == []


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_a_foreign_key_built_again_still_refuses_a_dangling_reference(
    store_engine: sa.Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were the check pass to let a dangling reference through, the foreign key added
    back after the copy catches it: the import is rolled back, the key is still there."""
    bulk(monkeypatch, True)
    monkeypatch.setattr(ReferenceChecker, "_check_reference", lambda *args: None)
    feed = many_orders_feed()
    feed["orders"][3]["merchant_id"] = "M-NOWHERE"
    feed["orders"][3]["owner_account_id"] = ""
    shape = schema(store_engine)
    with pytest.raises(InputError, match="fk_orders_merchant_id_merchants"):
        import_directory(store_engine, write_feed(tmp_path / "feed", feed), zone=SHANGHAI)
    assert schema(store_engine) == shape
    assert all(not rows for rows in snapshot(store_engine).values())


def _writer_in_import_order(engine: sa.Engine, holding: threading.Event) -> str:
    """What filing an appeal does (services.appeals.record_filing): lock the shipment's
    row, then add the appeal. Holds its first lock a while before the second."""
    with engine.begin() as connection:
        connection.exec_driver_sql("SELECT 1 FROM shipments WHERE shipment_id = 'S3' FOR UPDATE")
        holding.set()
        time.sleep(HOLD)
        connection.exec_driver_sql(
            "INSERT INTO tracking_appeals (appeal_id, order_id, shipment_id, appeal_type,"
            " submitted_at, status) VALUES ('AP-WEB-1', 'O2', 'S3', 'third_party_tracking',"
            " now(), 'pending')"
        )
    return "filed"


def _writer_in_reverse_order(engine: sa.Engine, holding: threading.Event) -> str:
    """A writer taking the tables the other way round: an appeal, then a shipment."""
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO tracking_appeals (appeal_id, order_id, shipment_id, appeal_type,"
            " submitted_at, status) VALUES ('AP-WEB-2', 'O1', 'S1', 'backend_has_two',"
            " now(), 'pending')"
        )
        holding.set()
        time.sleep(HOLD)
        connection.exec_driver_sql(
            "INSERT INTO shipments (shipment_id, order_id, carrier, tracking_number,"
            " transport, uploaded_at) VALUES ('S-WEB', 'O1', 'ups', '1Z-WEB', 'express', now())"
        )
    return "written"


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
@pytest.mark.parametrize("first", [True, False], ids=["first-import", "re-import"])
def test_web_writers_during_an_import_neither_deadlock_nor_lose_a_write(
    store_engine: sa.Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: bool
) -> None:
    """Writers holding locks on the import's tables, in its order and in the reverse one,
    while the import takes its locks: everyone finishes, every write is kept."""
    feed = many_orders_feed()
    if first:  # the store holds only what the writers need: the import fills the rest
        bulk(monkeypatch, True)
        seed = {n: feed[n] for n in ("merchants", "accounts", "shipments")}
        seed["orders"] = [o for o in feed["orders"] if o["order_id"] in {"O1", "O2"}]
        run(store_engine, write_feed(tmp_path / "seed", seed))
    else:
        run(store_engine, write_feed(tmp_path / "first", feed))
        feed["shipments"][2]["transport"] = "air"  # the row the appeal writer locks
    feed["orders"][4]["amount_usd"] = "777.77"
    directory = write_feed(tmp_path / "again", feed)

    holding = [threading.Event(), threading.Event()]
    gave_way: list[float] = []

    def give_way(seconds: float) -> None:
        gave_way.append(seconds)
        time.sleep(seconds)

    monkeypatch.setattr(bulkload, "give_way", give_way)

    def import_now() -> dict[str, tuple[int, int, int]]:
        for event in holding:  # the writers hold their first lock
            event.wait(30)
        return run(store_engine, directory)

    results = at_once(
        lambda: _writer_in_import_order(store_engine, holding[0]),
        lambda: _writer_in_reverse_order(store_engine, holding[1]),
        import_now,
        timeout=60,
    )
    assert results[:2] == ["filed", "written"], results
    assert isinstance(results[2], dict), results[2]
    assert gave_way  # the import found the tables busy, let go and tried again
    appeals, shipments, orders = (
        contract_tables[n] for n in ("tracking_appeals", "shipments", "orders")
    )
    with store_engine.connect() as connection:
        web_appeals = connection.execute(
            sa.select(appeals.c.appeal_id).where(appeals.c.appeal_id.like("AP-WEB-%"))
        )
        assert sorted(web_appeals.scalars()) == ["AP-WEB-1", "AP-WEB-2"]
        assert connection.execute(
            sa.select(shipments.c.carrier).where(shipments.c.shipment_id == "S-WEB")
        ).scalar_one() == ("ups")
        amount = connection.execute(
            sa.select(orders.c.amount_usd).where(orders.c.order_id == feed["orders"][4]["order_id"])
        ).scalar_one()
        assert str(amount) == "777.77"
        if not first:
            transport = connection.execute(
                sa.select(shipments.c.transport).where(shipments.c.shipment_id == "S3")
            ).scalar_one()
            assert transport == "air"
    assert staging_tables(store_engine) == []


@pytest.mark.parametrize("in_bulk", [True, False], ids=["empty-tables", "staged"])
def test_a_file_changed_between_the_passes_stops_the_write_half_way_through_a_table(
    store_engine: sa.Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_bulk: bool
) -> None:
    """The write pass meets a bad row in the middle of a table, its COPY open: the COPY
    is ended, everything rolled back, and the store takes the next import as usual."""
    bulk(monkeypatch, in_bulk)
    feed = many_orders_feed()
    directory = write_feed(tmp_path / "feed", feed)
    shape = schema(store_engine)
    check = importer._check

    def check_then_change_the_file(*args: object, **kwargs: object) -> dict[str, int]:
        totals = check(*args, **kwargs)  # type: ignore[arg-type]
        feed["orders"][30]["trade_term"] = "fob"  # in the fifth batch of seven rows
        write_feed(directory, {"orders": feed["orders"]})
        return totals

    monkeypatch.setattr(importer, "_check", check_then_change_the_file)
    with pytest.raises(ImportRejected) as caught:
        import_directory(store_engine, directory, zone=SHANGHAI)
    assert [p.render() for p in caught.value.problems] == [
        "orders.csv:32: trade_term: unknown code 'fob'; did you mean 'FOB'?"
    ]
    assert all(not rows for rows in snapshot(store_engine).values())
    assert schema(store_engine) == shape
    assert staging_tables(store_engine) == []
    monkeypatch.setattr(importer, "_check", check)
    feed["orders"][30]["trade_term"] = "FOB"
    run(store_engine, write_feed(tmp_path / "fixed", feed))
    assert len(snapshot(store_engine)["orders"]) == len(feed["orders"])
