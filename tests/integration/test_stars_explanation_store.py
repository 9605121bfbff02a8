"""The star explanation through the store: the jobs write the model's JSON, the readers
parse it back, and a stored value of another shape is an error naming its row, never a
figure filled in from today's rules."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from typing import Any

import pytest
import sqlalchemy as sa
from stars_world import NOW, World, at, days

from sellerstar.errors import StoredDataError
from sellerstar.jobs.official import run_official
from sellerstar.jobs.stars import run_star_job
from sellerstar.queries import star_levels
from sellerstar.rules import RuleBook, load_rulebook
from sellerstar.stars.explanation import Explanation
from sellerstar.store.db import transaction
from sellerstar.store.schema import official_star_levels
from sellerstar.store.schema import star_levels as star_table

BOOK: RuleBook = load_rulebook()
BEFORE, AFTER = dt.date(2022, 11, 8), dt.date(2022, 11, 9)


def _rows(engine: sa.Engine, table: sa.Table) -> list[Any]:
    with engine.connect() as connection:
        return list(connection.execute(sa.select(table)).all())


def _break(engine: sa.Engine, table: sa.Table, merchant: str) -> None:
    """Drop the gate's limit from the merchant's custom rows, as an older job might have."""
    for row in _rows(engine, table):
        if (row.merchant_id, row.track) != (merchant, "custom"):
            continue
        gate = {k: v for k, v in row.explanation["gate"].items() if k != "min_due_orders"}
        with transaction(engine) as connection:
            connection.execute(
                table.update()
                .where(
                    table.c.merchant_id == merchant,
                    table.c.track == "custom",
                    table.c.stat_date == row.stat_date,
                )
                .values(explanation=row.explanation | {"gate": gate})
            )


def test_the_jobs_store_the_models_json_and_the_readers_parse_it(
    store_engine: sa.Engine,
) -> None:
    world = World(store_engine)
    world.merchant("m", days(BEFORE, AFTER), scores=62.0)
    world.merchant("gated", days(BEFORE, AFTER), ots_due=745, ots_rate=0.3)
    run_star_job(store_engine, BOOK, BEFORE, AFTER, NOW)
    rows = _rows(store_engine, star_table)
    assert len(rows) == 8
    for row in rows:
        parsed = Explanation.model_validate(row.explanation)
        assert parsed.model_dump(mode="json") == row.explanation
    with store_engine.connect() as connection:
        latest = star_levels.latest(connection, "gated")
    assert latest is not None
    explained = latest.tracks["custom"].explanation
    assert explained.stat_date == AFTER and explained.gate.failed
    assert (explained.gate.due_orders, explained.gate.min_due_orders) == (745, 11)


def test_a_stored_explanation_of_another_shape_names_its_row(store_engine: sa.Engine) -> None:
    world = World(store_engine)
    world.merchant("m", [AFTER])
    run_star_job(store_engine, BOOK, AFTER, AFTER, NOW)
    with store_engine.connect() as connection:
        assert star_levels.latest(connection, "m") is not None
    _break(store_engine, star_table, "m")
    with store_engine.connect() as connection:
        with pytest.raises(StoredDataError) as error:
            star_levels.latest(connection, "m")
        with pytest.raises(StoredDataError):
            star_levels.trend(connection, "m", AFTER, days=2)
    assert "merchant 'm', custom track, stat date 2022-11-09" in str(error.value)
    assert "gate.min_due_orders: Field required" in str(error.value)


def test_an_official_row_of_another_shape_names_its_month(store_engine: sa.Engine) -> None:
    World(store_engine).merchant("m", [dt.date(2022, 10, 31)], rule_set_id="baseline")
    run_official(store_engine, BOOK, "2022-11", at("2022-12-05 09:00"))
    _break(store_engine, official_star_levels, "m")
    named = r"merchant 'm', custom track, stat date 2022-10-31 \(official 2022-11\)"
    with store_engine.connect() as connection, pytest.raises(StoredDataError, match=named):
        star_levels.official(connection, BOOK, "m")


def test_the_cli_says_which_row_is_wrong(sqlite_engine: sa.Engine) -> None:
    World(sqlite_engine).merchant("m", [AFTER])
    run_star_job(sqlite_engine, BOOK, AFTER, AFTER, NOW)
    _break(sqlite_engine, star_table, "m")
    url = sqlite_engine.url.render_as_string(hide_password=False)
    done = subprocess.run(
        [sys.executable, "-m", "sellerstar", "stars", "show", "--merchant", "m"],
        capture_output=True,
        text=True,
        check=False,
        env=os.environ | {"SELLERSTAR_DATABASE_URL": url},
    )
    assert done.returncode == 1
    assert "merchant 'm', custom track, stat date 2022-11-09" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
