"""The official star level (`sellerstar stars official`): the rule-set of the evaluation
date, the previous month's figures, immutability, and the audited forced re-run."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa
import typer
from stars_world import World, at
from typer.testing import CliRunner

from sellerstar.cli.stars import app as stars_app
from sellerstar.config import get_settings
from sellerstar.errors import InputError
from sellerstar.jobs.official import run_official
from sellerstar.queries import star_levels as queries
from sellerstar.rules import RuleBook, load_rulebook
from sellerstar.store.schema import audit_log, official_star_levels, star_evaluations

BOOK: RuleBook = load_rulebook()
OCTOBER_END, NOVEMBER_END = dt.date(2022, 10, 31), dt.date(2022, 11, 30)
DECEMBER_5 = at("2022-12-05 09:00")


def _url(engine: sa.Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _market(engine: sa.Engine) -> World:
    """A merchant perfect but for tracking visibility (30%), and an operator."""
    world = World(engine)
    world.merchant("m", [OCTOBER_END], rule_set_id="2022-10-25", tv_rate=None, gd_rate=None)
    world.metrics("m", [NOVEMBER_END], tv_rate=0.3)
    world.user("ops", "operator")
    world.user("seller", "merchant_main", merchant_id="m")
    return world


def _official(engine: sa.Engine, month: dt.date) -> dict[str, Any]:
    with engine.connect() as connection:
        rows = connection.execute(
            sa.select(official_star_levels).where(official_star_levels.c.month == month)
        ).all()
    return {row.track: row for row in rows}


def test_november_runs_under_the_reviews_set_and_december_under_the_new_rules(
    store_engine: sa.Engine,
) -> None:
    _market(store_engine)
    store = store_engine
    november = run_official(store, BOOK, "2022-11", DECEMBER_5)
    december = run_official(store, BOOK, "2022-12", DECEMBER_5)
    assert (november.plan.stat_date, november.plan.rule_set.id) == (OCTOBER_END, "2022-11-04")
    assert (december.plan.stat_date, december.plan.rule_set.id) == (NOVEMBER_END, "2022-11")
    old, new = (
        _official(store_engine, dt.date(2022, 11, 1)),
        _official(store_engine, dt.date(2022, 12, 1)),
    )
    assert old["custom"].stars == 5
    assert "tracking_visibility_rate" not in old["custom"].explanation["metrics"]
    assert new["custom"].stars < 5 and new["custom"].held_back_by == "assurance"
    assert new["custom"].explanation["weakest_metric"] == "tracking_visibility_rate"
    with store_engine.connect() as connection:
        published = {row.month: row for row in connection.execute(sa.select(star_evaluations))}
        shown = queries.official(connection, BOOK, "m")
        in_november = queries.official(connection, BOOK, "m", dt.date(2022, 11, 20))
    assert published[dt.date(2022, 12, 1)].evaluation_date == dt.date(2022, 12, 5)
    assert published[dt.date(2022, 12, 1)].published_by == "system"
    assert shown is not None and in_november is not None
    assert (shown.month, shown.rule_set_id) == (dt.date(2022, 12, 1), "2022-11")
    assert (
        shown.benefits["custom"]
        == BOOK.get("2022-11").star_level.benefits[shown.tracks["custom"].stars]
    )
    assert shown.benefits["fast_trade"] == ()
    assert in_november.tracks["custom"].stars == 5


def test_the_evaluation_is_refused_before_its_time(store_engine: sa.Engine) -> None:
    _market(store_engine)
    with pytest.raises(InputError, match="due at 2022-12-05 09:00:00"):
        run_official(store_engine, BOOK, "2022-12", at("2022-12-05 08:59"))


def test_the_evaluation_needs_the_metrics_of_its_stat_date(store_engine: sa.Engine) -> None:
    World(store_engine).merchant("m", [OCTOBER_END])
    with pytest.raises(InputError, match=r"metrics of stat date 2022-11-30 .* not computed"):
        run_official(store_engine, BOOK, "2022-12", DECEMBER_5)


def test_a_published_month_is_immutable_unless_an_operator_forces_it(
    store_engine: sa.Engine,
) -> None:
    world = _market(store_engine)
    store = store_engine
    run_official(store, BOOK, "2022-12", DECEMBER_5)
    later = DECEMBER_5 + dt.timedelta(days=1)
    with pytest.raises(InputError, match=r"published at .* by system and is immutable"):
        run_official(store, BOOK, "2022-12", later)
    with pytest.raises(InputError, match="needs --operator LOGIN and --reason"):
        run_official(store, BOOK, "2022-12", later, force=True, operator="ops")
    with pytest.raises(InputError, match="'seller' is not an operator"):
        run_official(store, BOOK, "2022-12", later, force=True, operator="seller", reason="x")
    with pytest.raises(InputError, match="no user with login 'nobody'"):
        run_official(store, BOOK, "2022-12", later, force=True, operator="nobody", reason="x")
    assert _official(store_engine, dt.date(2022, 12, 1))["custom"].computed_at == DECEMBER_5

    world.scores("m", dt.date(2022, 11, 15), 61.0)  # a late correction of the scores
    run = run_official(
        store, BOOK, "2022-12", later, force=True, operator="ops", reason="scores corrected"
    )
    assert (run.runs, run.published_by, run.changed) == (2, "ops", 1)
    rows = _official(store_engine, dt.date(2022, 12, 1))
    assert rows["custom"].stars == 1 and rows["custom"].computed_at == later
    with store_engine.connect() as connection:
        evaluation = connection.execute(sa.select(star_evaluations)).one()
        audits = connection.execute(sa.select(audit_log).order_by(audit_log.c.id)).all()
    assert (evaluation.runs, evaluation.published_by) == (2, "ops")
    assert [(a.actor, a.action, a.entity_id, a.reason) for a in audits] == [
        ("system", "publish", "2022-12", None),
        ("ops", "rerun", "2022-12", "scores corrected"),
    ]
    assert audits[1].at == later
    assert audits[1].detail["previous"]["published_by"] == "system"
    assert audits[1].detail["changed_stars"] == 1 and audits[1].detail["forced"] is True


def test_the_command_publishes_and_refuses_a_second_run(
    sqlite_engine: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    _market(sqlite_engine)
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", _url(sqlite_engine))
    get_settings.cache_clear()
    cli = typer.Typer()
    cli.add_typer(stars_app, name="stars")
    try:
        first = CliRunner().invoke(cli, ["stars", "official", "--month", "2022-12"])
        again = CliRunner().invoke(cli, ["stars", "official", "--month", "2022-12"])
        shown = CliRunner().invoke(cli, ["stars", "show", "--merchant", "m"])
    finally:
        get_settings.cache_clear()
    assert first.exit_code == 0, first.output
    assert "from stat date 2022-11-30 under rule-set 2022-11; run 1 by system" in first.output
    assert isinstance(again.exception, InputError)
    assert "immutable" in str(again.exception)
    assert shown.exit_code == 0, shown.output
    assert "official 2022-12" in shown.output and "benefits:" in shown.output
