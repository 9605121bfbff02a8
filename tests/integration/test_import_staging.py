"""The bulk write of an import, over many batches: PostgreSQL's staging tables, SQLite's
batched upserts. Changed rows, all or nothing, and no staging table left behind."""

from __future__ import annotations

import datetime as dt
import decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from test_import_store import snapshot
from test_import_support import Feed, valid_feed, write_feed

from sellerstar.errors import InputError
from sellerstar.ingest.contract import ImportRejected, import_directory, readers, upsert, writer
from sellerstar.store.schema import contract_tables

SHANGHAI = ZoneInfo("Asia/Shanghai")
ORDERS = 50  # with batches of 7 rows: 8 batches, the last one short


@pytest.fixture(autouse=True)
def _small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "BATCH_ROWS", 7)


@pytest.fixture(params=["merge", "update_insert"])
def staged_write(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, store_engine: sa.Engine
) -> str:
    """PostgreSQL: the staged rows are written by MERGE (15 and later) or, as before 15, by
    an UPDATE and an INSERT; both must give the same store."""
    if request.param == "update_insert":
        if store_engine.dialect.name != "postgresql":
            pytest.skip("SQLite stages nothing")
        monkeypatch.setattr(upsert, "_MERGE_SINCE", (999,))
    return str(request.param)


def many_orders_feed() -> Feed:
    feed = valid_feed()
    template = feed["orders"][1]
    feed["orders"] += [
        template | {"order_id": f"O{n:03d}", "amount_usd": f"{n}.25"} for n in range(ORDERS)
    ]
    return feed


def run(engine: sa.Engine, directory: Path) -> dict[str, tuple[int, int, int]]:
    result = import_directory(engine, directory, zone=SHANGHAI)
    return {n: (c.inserted, c.updated, c.unchanged) for n, c in result.counts.items()}


def staging_tables(engine: sa.Engine) -> list[str]:
    """Staging tables left in the database (PostgreSQL: any session's temporary tables)."""
    if engine.dialect.name != "postgresql":
        return []  # SQLite stages nothing
    query = sa.text("SELECT relname FROM pg_class WHERE starts_with(relname, '_import_')")
    with engine.connect() as connection:
        return list(connection.execute(query).scalars())


def amounts(engine: sa.Engine) -> dict[str, decimal.Decimal]:
    orders = contract_tables["orders"]
    with engine.connect() as connection:
        rows = connection.execute(sa.select(orders.c.order_id, orders.c.amount_usd))
        return {str(order_id): amount for order_id, amount in rows}


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_a_reimport_updates_the_changed_rows_adds_the_new_and_leaves_the_rest(
    store_engine: sa.Engine, tmp_path: Path, fmt: str, staged_write: str
) -> None:
    feed = many_orders_feed()
    first = run(store_engine, write_feed(tmp_path / "first", feed, fmt))
    assert first["orders"] == (ORDERS + 2, 0, 0)
    assert staging_tables(store_engine) == []

    feed["orders"][5]["amount_usd"] = "999.99"  # one change in the first batch
    feed["orders"][-1]["destination_country"] = "DE"  # one in the last, short batch
    feed["orders"].append(feed["orders"][-1] | {"order_id": "O-NEW"})
    feed["merchants"][1]["name"] = "Yiwu Apparel Ltd"
    again = run(store_engine, write_feed(tmp_path / "again", feed, fmt))

    assert again["orders"] == (1, 2, ORDERS + 2 - 2)
    assert again["merchants"] == (0, 1, 1)
    assert again["shipments"] == (0, 0, len(feed["shipments"]))
    stored = amounts(store_engine)
    assert len(stored) == ORDERS + 3
    assert stored["O001"] == decimal.Decimal("1.25")
    assert stored[feed["orders"][5]["order_id"]] == decimal.Decimal("999.99")
    orders = contract_tables["orders"]
    with store_engine.connect() as connection:
        country = connection.execute(
            sa.select(orders.c.destination_country).where(orders.c.order_id == "O-NEW")
        ).scalar_one()
    assert country == "DE"
    assert staging_tables(store_engine) == []


def test_unchanged_rows_are_not_rewritten(
    store_engine: sa.Engine, tmp_path: Path, staged_write: str
) -> None:
    """PostgreSQL: a row version (xmin) changes only for the rows that changed."""
    if store_engine.dialect.name != "postgresql":
        pytest.skip("row versions are PostgreSQL's")
    feed = many_orders_feed()
    run(store_engine, write_feed(tmp_path / "first", feed))
    query = "SELECT order_id, xmin::text FROM orders ORDER BY order_id"
    with store_engine.connect() as connection:
        before: dict[str, str] = {row[0]: row[1] for row in connection.exec_driver_sql(query)}
    feed["orders"][9]["status"] = "completed"
    feed["orders"][9]["received_at"] = "2022-09-20T10:00:00+08:00"
    run(store_engine, write_feed(tmp_path / "again", feed))
    with store_engine.connect() as connection:
        after: dict[str, str] = {row[0]: row[1] for row in connection.exec_driver_sql(query)}
    assert {k for k in before if before[k] != after[k]} == {feed["orders"][9]["order_id"]}


def test_an_event_redelivered_earlier_in_a_later_import_replaces_the_stored_copy(
    store_engine: sa.Engine, tmp_path: Path, staged_write: str
) -> None:
    feed = many_orders_feed()
    run(store_engine, write_feed(tmp_path / "first", feed))
    event = feed["tracking_events"][1]
    earlier = event | {"received_at": "2022-09-05T08:30:00+08:00", "location": "Guangzhou"}
    later = event | {"received_at": "2022-09-06T08:30:00+08:00", "location": "Elsewhere"}
    # Both copies in one import, in different batches: the earliest one wins.
    feed["tracking_events"] = [later] + [event] * 7 + [earlier]
    result = run(store_engine, write_feed(tmp_path / "again", feed, "jsonl"))
    assert result["tracking_events"] == (0, 1, 8)
    events = contract_tables["tracking_events"]
    with store_engine.connect() as connection:
        stored = connection.execute(
            sa.select(events.c.received_at, events.c.location).where(
                events.c.description == event["description"]
            )
        ).one()
    assert stored == (dt.datetime(2022, 9, 5, 0, 30, tzinfo=dt.UTC), "Guangzhou")


def test_an_error_in_the_last_row_leaves_the_store_unchanged(
    store_engine: sa.Engine, tmp_path: Path
) -> None:
    feed = many_orders_feed()
    run(store_engine, write_feed(tmp_path / "first", feed))
    before = snapshot(store_engine)
    for order in feed["orders"]:
        order["amount_usd"] = "1.00"  # every row would change...
    feed["orders"][-1]["trade_term"] = "fob"  # ...but the very last one is wrong
    with pytest.raises(ImportRejected) as caught:
        import_directory(store_engine, write_feed(tmp_path / "bad", feed), zone=SHANGHAI)
    assert [p.render() for p in caught.value.problems] == [
        f"orders.csv:{len(feed['orders']) + 1}: trade_term: unknown code 'fob'; did you mean 'FOB'?"
    ]
    assert snapshot(store_engine) == before
    assert staging_tables(store_engine) == []


def test_a_failure_while_writing_the_last_table_rolls_back_and_drops_the_staging(
    store_engine: sa.Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = many_orders_feed()
    run(store_engine, write_feed(tmp_path / "first", feed))
    before = snapshot(store_engine)
    for order in feed["orders"]:
        order["amount_usd"] = "2.00"
    directory = write_feed(tmp_path / "again", feed)
    last = list(feed)[-1]
    finish = writer.TableWriter.finish

    def failing_finish(self: writer.TableWriter) -> writer.TableCounts:
        counts = finish(self)
        if self._stored.name == last:
            # After the last table's rows went in: the database gives up.
            raise sa.exc.OperationalError("COMMIT", None, Exception("server closed"))
        return counts

    monkeypatch.setattr(writer.TableWriter, "finish", failing_finish)
    with pytest.raises(InputError, match="rolled back, nothing was written"):
        import_directory(store_engine, directory, zone=SHANGHAI)
    assert snapshot(store_engine) == before
    assert staging_tables(store_engine) == []
