"""The penalty-points ledger as the source of the risk health score (rulebook §3.1), in both
stores: the marketplace's violations copied in, the points active on a stat date, the
score they make, the imported fallback, and a delisting that costs a star."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pytest
import sqlalchemy as sa
import typer
from stars_world import NOW, World, at
from typer.testing import CliRunner

from sellerstar.cli.stars import app as stars_app
from sellerstar.config import get_settings
from sellerstar.jobs.official import run_official
from sellerstar.jobs.penalties import JOB_NAME, run_penalty_job
from sellerstar.jobs.stars import run_star_job
from sellerstar.rules import RuleBook, RuleSet, load_rulebook
from sellerstar.services import penalty_ledger
from sellerstar.stars.explanation import stored
from sellerstar.stars.inputs import read_inputs
from sellerstar.store.db import transaction
from sellerstar.store.schema import (
    contract_tables,
    job_runs,
    official_star_levels,
    penalty_points,
    star_levels,
)

BOOK: RuleBook = load_rulebook()
LEDGER_SET = BOOK.get("2022-11")  # risk_health_from_ledger = true, 2 per point, floor 0
S = dt.date(2022, 11, 30)
_violations = contract_tables["violations"]


def _violation(violation_id: str, merchant_id: str, occurred_on: dt.date, **kw: Any) -> dict:
    return {
        "violation_id": violation_id,
        "merchant_id": merchant_id,
        "rule": "false_shipment",
        "occurred_on": occurred_on,
        "points": 3,
        "expires_on": None,
        "detail": "shipped nothing",
    } | kw


def _ledger(engine: sa.Engine, kind: str = penalty_ledger.IMPORTED) -> dict[str, Any]:
    with engine.connect() as connection:
        rows = connection.execute(
            sa.select(penalty_points).where(penalty_points.c.kind == kind)
        ).all()
    return {row.entity_id: row for row in rows}


def _points(
    engine: sa.Engine,
    merchant_id: str,
    entity_id: str,
    occurred_on: dt.date,
    points: float,
    *,
    expires_on: dt.date | None = None,
    waived: str | None = None,
    kind: str = "late_shipment",
) -> None:
    """A ledger row written directly, with any expiry (the writers' own tests cover them)."""
    with transaction(engine) as connection:
        connection.execute(
            penalty_points.insert(),
            {
                "kind": kind,
                "entity_id": entity_id,
                "merchant_id": merchant_id,
                "occurred_on": occurred_on,
                "points": points,
                "waived_reason": waived,
                "rule_set_id": LEDGER_SET.id,
                "computed_at": NOW,
                "expires_on": expires_on or occurred_on + dt.timedelta(days=365),
                "detail": {},
            },
        )


def _scores(
    engine: sa.Engine, day: dt.date, rule_set: RuleSet = LEDGER_SET
) -> dict[str, tuple[float, float]]:
    """merchant -> (risk health score, active points) on ``day`` under ``rule_set``."""
    with engine.connect() as connection:
        inputs = read_inputs(connection, lambda _: rule_set, [day])[day]
    return {
        str(merchant): (float(risk), float(points))
        for merchant, risk, points in zip(
            inputs.merchant_id, inputs.risk_health_score, inputs.penalty_points, strict=True
        )
    }


# --- the marketplace's violations into the ledger -------------------------------------------


def test_violations_are_copied_once_and_follow_changes_and_removals(
    store_engine: sa.Engine,
) -> None:
    world = World(store_engine)
    world.merchant("M1")
    world.merchant("M2")
    world.insert(
        _violations,
        [
            _violation("V1", "M1", dt.date(2022, 11, 2)),
            _violation("V2", "M1", dt.date(2022, 3, 1), expires_on=dt.date(2022, 9, 1)),
            _violation("V3", "M2", dt.date(2019, 6, 1), points=12, detail=None),
        ],
    )
    _points(store_engine, "M1", "O1", dt.date(2022, 11, 3), 1.0)  # another source
    first = run_penalty_job(store_engine, BOOK, NOW)
    assert first == {"violations": 3, "written": 3, "removed": 0, "unchanged": 0}
    rows = _ledger(store_engine)
    v1 = rows["V1"]
    assert (v1.merchant_id, v1.occurred_on, v1.points, v1.waived_reason) == (
        "M1",
        dt.date(2022, 11, 2),
        3.0,
        None,
    )
    # No expiry given: the one of the rule-set in force on the day (365 days).
    assert (v1.expires_on, v1.rule_set_id) == (dt.date(2023, 11, 2), "2022-10-31")
    assert v1.detail == {"rule": "false_shipment", "detail": "shipped nothing"}
    assert rows["V2"].expires_on == dt.date(2022, 9, 1)  # its own expiry
    # Older than any rule-set: the first one's expiry.
    assert (rows["V3"].rule_set_id, rows["V3"].expires_on) == ("baseline", dt.date(2020, 5, 31))

    again = run_penalty_job(store_engine, BOOK, NOW + dt.timedelta(days=1))
    assert again == {"violations": 3, "written": 0, "removed": 0, "unchanged": 3}
    assert _ledger(store_engine)["V1"].computed_at == v1.computed_at  # not rewritten

    with transaction(store_engine) as connection:
        connection.execute(
            _violations.update().where(_violations.c.violation_id == "V1").values(points=6)
        )
        connection.execute(_violations.delete().where(_violations.c.violation_id == "V2"))
    changed = run_penalty_job(store_engine, BOOK, NOW + dt.timedelta(days=2))
    assert changed == {"violations": 2, "written": 1, "removed": 1, "unchanged": 1}
    rows = _ledger(store_engine)
    assert set(rows) == {"V1", "V3"} and rows["V1"].points == 6.0
    assert set(_ledger(store_engine, "late_shipment")) == {"O1"}  # other sources untouched
    with store_engine.connect() as connection:
        runs = connection.execute(sa.select(job_runs.c.job, job_runs.c.status)).all()
    assert [tuple(run) for run in runs] == [(JOB_NAME, "succeeded")] * 3


# --- the points active on a stat date and the score ------------------------------------------


def test_a_point_counts_from_its_day_until_the_day_before_it_expires(
    store_engine: sa.Engine,
) -> None:
    world = World(store_engine)
    for merchant in ("today", "tomorrow", "expires_today", "expires_tomorrow", "waived", "none"):
        world.merchant(merchant, risk=55.0)
    _points(store_engine, "today", "a", S, 1.0)
    _points(store_engine, "tomorrow", "b", S + dt.timedelta(days=1), 1.0)
    _points(store_engine, "expires_today", "c", dt.date(2021, 11, 30), 1.0, expires_on=S)
    _points(
        store_engine,
        "expires_tomorrow",
        "d",
        dt.date(2021, 12, 1),
        1.5,
        expires_on=S + dt.timedelta(days=1),
    )
    _points(store_engine, "waived", "e", S, 1.0, waived="guarantee_enrolled")
    _points(store_engine, "waived", "f", S, 2.0, kind="radar_delisting")
    scores = _scores(store_engine, S)
    assert scores == {
        "today": (98.0, 1.0),
        "tomorrow": (100.0, 0.0),
        "expires_today": (100.0, 0.0),
        "expires_tomorrow": (97.0, 1.5),
        "waived": (96.0, 2.0),  # the waived row does not count, the other one does
        "none": (100.0, 0.0),  # no points: full score, not the imported 55
    }


def test_points_of_every_source_add_up_and_the_score_stops_at_the_floor(
    store_engine: sa.Engine,
) -> None:
    world = World(store_engine)
    world.merchant("many")
    world.merchant("some")
    _points(store_engine, "many", "o1", S, 30.0)
    _points(store_engine, "many", "t1", S, 20.0, kind="radar_delisting")
    _points(store_engine, "many", "v1", S, 1.0, kind="imported")
    _points(store_engine, "some", "o2", S, 10.0)
    _points(store_engine, "some", "o3", S - dt.timedelta(days=3), 10.0)
    assert _scores(store_engine, S) == {"many": (0.0, 51.0), "some": (60.0, 20.0)}
    section = LEDGER_SET.penalty_points.model_copy(
        update={"risk_health_floor": 30.0, "risk_health_deduction_per_point": 1.5}
    )
    floored = LEDGER_SET.model_copy(update={"penalty_points": section})
    assert _scores(store_engine, S, floored) == {"many": (30.0, 51.0), "some": (70.0, 20.0)}


def test_without_the_ledger_the_imported_score_is_used(store_engine: sa.Engine) -> None:
    world = World(store_engine)
    world.merchant("m", risk=73.5)
    world.merchant("no_inputs", risk=None)
    _points(store_engine, "m", "o1", dt.date(2022, 10, 1), 5.0)
    baseline = BOOK.get("baseline")
    assert not baseline.penalty_points.risk_health_from_ledger
    scores = _scores(store_engine, dt.date(2022, 10, 20), baseline)
    assert scores["m"] == (73.5, scores["m"][1]) and np.isnan(scores["m"][1])
    assert np.isnan(scores["no_inputs"][0])
    # The same day under a set that keeps the ledger: the points decide.
    assert _scores(store_engine, dt.date(2022, 10, 20))["m"] == (90.0, 5.0)


# --- the star level ---------------------------------------------------------------------------


def test_a_radar_delisting_costs_the_merchant_a_star(store_engine: sa.Engine) -> None:
    """Two merchants alike (assurance 90.1: 5 stars) but for one radar delisting (2 points
    x 2 = risk health 96, weight 0.25: assurance 89.1, 4 stars)."""
    world = World(store_engine)
    for merchant in ("clean", "delisted"):
        world.merchant(merchant, [S], review=3.8, ots_rate=0.95)
    with transaction(store_engine) as connection:
        recorded = penalty_ledger.record(
            connection,
            kind=penalty_ledger.RADAR_DELISTING,
            entity_id="RT1",
            merchant_id="delisted",
            occurred_on=dt.date(2022, 11, 20),
            points=LEDGER_SET.product_radar.penalty_points_per_violation,  # type: ignore[union-attr]
            waived_reason=None,
            rule_set=LEDGER_SET,
            detail={"task_id": "RT1", "product_id": "P1"},
            now=NOW,
        )
    assert recorded
    run_star_job(store_engine, BOOK, S, S, NOW)
    with store_engine.connect() as connection:
        rows = connection.execute(
            sa.select(star_levels).where(star_levels.c.track == "custom")
        ).all()
    stars = {row.merchant_id: row for row in rows}
    clean, delisted = stars["clean"], stars["delisted"]
    assert (clean.stars, delisted.stars) == (5, 4)
    assert clean.assurance_score == pytest.approx(90.1)
    assert delisted.assurance_score == pytest.approx(89.1)
    assert delisted.held_back_by == "assurance"
    explained = stored(delisted.explanation, "delisted")
    assert explained.metrics["risk_health_score"].value == 96.0
    assert (
        explained.inputs.risk_health_source,
        explained.inputs.penalty_points,
        explained.inputs.deduction_per_point,
        explained.inputs.floor,
    ) == ("ledger", 2.0, 2.0, 0.0)
    assert stored(clean.explanation, "clean").inputs.penalty_points == 0.0


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_an_imported_score_says_so_in_the_explanation(store_engine: sa.Engine) -> None:
    world = World(store_engine)
    day = dt.date(2022, 10, 20)  # seen on 10-22: baseline, no ledger
    world.merchant("m", [day], risk=80.0)
    world.merchant("blank", [day], risk=None)
    run_star_job(store_engine, BOOK, day, day, NOW)
    with store_engine.connect() as connection:
        rows = connection.execute(
            sa.select(star_levels).where(star_levels.c.track == "custom")
        ).all()
    inputs = {row.merchant_id: stored(row.explanation, row.merchant_id).inputs for row in rows}
    assert (inputs["m"].risk_health_source, inputs["m"].penalty_points) == ("imported", None)
    assert inputs["blank"].risk_health_source is None


def test_the_official_evaluation_reads_the_ledger_as_the_daily_one_does(
    store_engine: sa.Engine,
) -> None:
    world = World(store_engine)
    for merchant in ("clean", "delisted"):
        world.merchant(merchant, [S], review=3.8, ots_rate=0.95)
    _points(store_engine, "delisted", "RT1", dt.date(2022, 11, 20), 2.0, kind="radar_delisting")
    run = run_official(store_engine, BOOK, "2022-12", at("2022-12-05 09:00"))
    assert (run.plan.stat_date, run.plan.rule_set.id) == (S, "2022-11")
    with store_engine.connect() as connection:
        rows = connection.execute(
            sa.select(official_star_levels).where(official_star_levels.c.track == "custom")
        ).all()
    assert {row.merchant_id: row.stars for row in rows} == {"clean": 5, "delisted": 4}


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_command_says_where_the_score_came_from(
    store_engine: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    World(store_engine).merchant("m", [S])
    _points(store_engine, "m", "RT1", dt.date(2022, 11, 20), 2.0, kind="radar_delisting")
    run_star_job(store_engine, BOOK, S, S, NOW)
    monkeypatch.setenv(
        "SELLERSTAR_DATABASE_URL", store_engine.url.render_as_string(hide_password=False)
    )
    get_settings.cache_clear()
    cli = typer.Typer()
    cli.add_typer(stars_app, name="stars")
    try:
        shown = CliRunner().invoke(cli, ["stars", "show", "--merchant", "m"])
    finally:
        get_settings.cache_clear()
    assert shown.exit_code == 0, shown.output
    assert (
        "risk health score: From the penalty-points ledger: 2 active points × 2 = 4 points "
        "off 100 (never below 0)." in shown.output
    )
