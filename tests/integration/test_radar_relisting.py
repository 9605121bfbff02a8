"""A delisting sticks to its content, on both databases: a re-import of an older catalogue
export (or a relisting that changes nothing) does not undo it; an edit or a qualification
approved since does."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from radar_world import BOOK, at, decide, outbox, qualify, seed, task
from test_import_support import write_csv

from factories import product_row
from sellerstar.ingest.contract.importer import import_directory
from sellerstar.jobs.radar import run_radar_job
from sellerstar.store.db import transaction
from sellerstar.store.schema import audit_log, contract_tables, penalty_points

T0 = at("2022-11-14 10:00")
ENFORCED = T0 + dt.timedelta(days=7)
_tasks = contract_tables["radar_tasks"]
_products = contract_tables["products"]
_rights = contract_tables["ip_rights"]


@pytest.fixture
def engine(store_engine: sa.Engine, tmp_path: Path) -> Iterator[sa.Engine]:
    """The radar world after its deadlines: P1, P2, P4 and P5 (LV) and P3 (Nike) delisted."""
    seed(store_engine)
    _run(store_engine, T0, tmp_path)
    assert _run(store_engine, ENFORCED, tmp_path)["delisted"] == 5
    yield store_engine


def _run(engine: sa.Engine, now: dt.datetime, root: Path) -> dict[str, int]:
    summary = run_radar_job(engine, BOOK, now, image_root=root)
    assert summary is not None
    return summary


def _status(engine: sa.Engine) -> dict[str, str]:
    with engine.connect() as connection:
        return dict(connection.execute(sa.select(_products.c.product_id, _products.c.status)).all())


def _reimport(engine: sa.Engine, directory: Path, **changes: dict[str, Any]) -> None:
    """Import the stored catalogue as the marketplace exported it before the delistings:
    every product listed, with ``changes`` per product."""
    with engine.connect() as connection:
        rows = [row._asdict() for row in connection.execute(sa.select(_products))]
    exported = []
    for row in rows:
        row = row | {"status": "listed"} | changes.get(row["product_id"], {})
        exported.append({k: _csv(v) for k, v in row.items()})
    directory.mkdir()
    write_csv(directory / "products.csv", exported)
    import_directory(engine, directory, zone=ZoneInfo("Asia/Shanghai"))


def _csv(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def test_a_reimported_old_export_does_not_undo_the_delistings(
    engine: sa.Engine, tmp_path: Path
) -> None:
    _reimport(engine, tmp_path / "feed", P1={"title": "Plain monogram tote"})
    assert set(_status(engine).values()) == {"listed"}  # the import took the export as it is
    with engine.connect() as connection:
        points_before = len(connection.execute(sa.select(penalty_points)).all())
    later = ENFORCED + dt.timedelta(days=1)
    summary = _run(engine, later, tmp_path)
    assert summary["delisted_again"] == 4
    assert summary["delisted"] == 0 and summary["tasks_opened"] == 0
    status = _status(engine)
    assert status["P1"] == "listed"  # edited: scanned as a new listing, found clean
    assert {status[p] for p in ("P2", "P3", "P4", "P5")} == {"delisted"}
    with engine.connect() as connection:
        assert len(connection.execute(sa.select(penalty_points)).all()) == points_before
        refused = connection.execute(
            sa.select(audit_log.c.entity_id).where(audit_log.c.action == "radar.relisting_refused")
        ).scalars()
        assert sorted(refused) == ["P2", "P3", "P4", "P5"]
    messages = outbox(engine)
    told = {m.payload["product_id"]: m for m in messages if m.topic == "radar_relisting_refused"}
    assert sorted(told) == ["P2", "P3", "P4", "P5"]
    assert (told["P4"].merchant_id, told["P4"].account_id) == ("M2", "AC-M2-main")
    assert told["P5"].account_id is None  # no owner: the main account
    # Nothing left to do: the next run refuses nothing and scans nothing.
    again = _run(engine, later + dt.timedelta(hours=1), tmp_path)
    assert (again["delisted_again"], again["products_scanned"]) == (0, 0)


def test_an_edited_listing_still_infringing_gets_a_new_task(
    engine: sa.Engine, tmp_path: Path
) -> None:
    before = {row.task_id for row in _tasks_of(engine, "P2")}
    _reimport(engine, tmp_path / "feed", P2={"title": "LV wallet, new colours"})
    summary = _run(engine, ENFORCED + dt.timedelta(days=1), tmp_path)
    assert _status(engine)["P2"] == "listed"
    (new,) = [row for row in _tasks_of(engine, "P2") if row.task_id not in before]
    assert (new.status, new.right_id) == ("open", "R-LV")
    assert summary["tasks_opened"] == 1


def test_a_qualification_approved_since_lets_the_listing_stand(
    engine: sa.Engine, tmp_path: Path
) -> None:
    # M2 lists another LV product, gets its task, and proves an LV authorisation.
    with transaction(engine) as connection:
        connection.execute(
            _products.insert(), [product_row("N4", "M2", "LV trunk", owner_account_id="AC-M2-main")]
        )
    _run(engine, ENFORCED, tmp_path)
    (n4,) = _tasks_of(engine, "N4")
    decide(engine, qualify(engine, "main2", n4.task_id, ENFORCED), True, ENFORCED)
    _reimport(engine, tmp_path / "feed")
    summary = _run(engine, ENFORCED + dt.timedelta(days=1), tmp_path)
    status = _status(engine)
    assert (status["P4"], status["N4"]) == ("listed", "listed")
    assert {status[p] for p in ("P1", "P2", "P3", "P5")} == {"delisted"}
    (p4,) = _tasks_of(engine, "P4")
    assert summary["delisted_again"] == 4 and task(engine, p4.task_id).status == "delisted"


def _tasks_of(engine: sa.Engine, product_id: str) -> list[Any]:
    with engine.connect() as connection:
        return list(connection.execute(sa.select(_tasks).where(_tasks.c.product_id == product_id)))
