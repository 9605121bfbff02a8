"""The scheduler runs what is due once: the daily job, then the official evaluation,
computing a missed stat date first."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import sqlalchemy as sa
from stars_world import World, at

from sellerstar.jobs.scheduler import run_due
from sellerstar.rules import load_rulebook
from sellerstar.services.evidence import SWEEP_GRACE
from sellerstar.store.schema import job_runs, merchant_metrics, star_evaluations

BOOK = load_rulebook()
DAILY_AT = dt.time(1, 0)


def test_the_fifth_at_nine_runs_the_daily_job_and_publishes_the_month(
    store_engine: sa.Engine,
) -> None:
    World(store_engine).merchant("M1")
    store = store_engine
    before = at("2022-12-05 08:59").astimezone(dt.UTC)
    first = run_due(store, BOOK, before, DAILY_AT)
    assert [(o.task.kind, o.task.key, o.error) for o in first] == [("daily", "2022-12-05", None)]

    nine = at("2022-12-05 09:00").astimezone(dt.UTC)
    second = run_due(store, BOOK, nine, DAILY_AT)
    assert [(o.task.kind, o.task.key, o.error) for o in second] == [("official", "2022-12", None)]
    with store_engine.connect() as connection:
        months = connection.scalars(sa.select(star_evaluations.c.month)).all()
        # The evaluation's stat date (2022-11-30) was missing and computed first.
        stats = set(connection.scalars(sa.select(merchant_metrics.c.stat_date)).all())
        steps = set(connection.scalars(sa.select(job_runs.c.job)).all())
    assert months == [dt.date(2022, 12, 1)]
    # The daily job's steps, the product radar's among them.
    assert {"compute", "radar", "stars", "guarantee"} <= steps
    assert {dt.date(2022, 12, 3), dt.date(2022, 11, 30)} <= stats

    assert run_due(store, BOOK, at("2022-12-05 18:00").astimezone(dt.UTC), DAILY_AT) == []


def test_a_failed_task_is_reported_and_retried_next_pass(store_engine: sa.Engine) -> None:
    store = store_engine
    with store_engine.begin() as connection:
        connection.execute(sa.text("DROP TABLE star_levels"))
    outcome = run_due(store, BOOK, at("2022-12-06 02:00").astimezone(dt.UTC), DAILY_AT)
    assert len(outcome) == 1 and outcome[0].error is not None
    with store_engine.connect() as connection:
        statuses = connection.scalars(sa.select(job_runs.c.status)).all()
    assert "succeeded" in statuses  # the metrics ran; the star step failed
    again = run_due(store, BOOK, at("2022-12-06 03:00").astimezone(dt.UTC), DAILY_AT)
    assert [o.task.key for o in again] == ["2022-12-06"]


def test_each_pass_sweeps_the_evidence_folder(store_engine: sa.Engine, tmp_path: Path) -> None:
    leftover, young = tmp_path / "ab" / "tmp1.part", tmp_path / "ab" / "tmp2.part"
    leftover.parent.mkdir()
    leftover.write_bytes(b"half")
    young.write_bytes(b"half")
    day_ago = time.time() - SWEEP_GRACE.total_seconds() - 60
    os.utime(leftover, (day_ago, day_ago))
    nothing_due = at("2022-12-05 00:30").astimezone(dt.UTC)
    assert run_due(store_engine, BOOK, nothing_due, DAILY_AT, tmp_path) == []
    assert not leftover.exists() and young.exists()
