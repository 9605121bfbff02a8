"""The predicted star level in the store (`sellerstar stars predict`, `sellerstar compute`):
rule-set per stat date, as-of inputs, fast-trade enablement, reruns, averages, readers."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa
import typer
from stars_world import NOW, World, at, days
from typer.testing import CliRunner

from sellerstar.cli.metrics import compute_command
from sellerstar.cli.stars import app as stars_app
from sellerstar.config import get_settings
from sellerstar.errors import InputError
from sellerstar.jobs.metrics import run_store_job
from sellerstar.jobs.stars import run_star_job
from sellerstar.queries import star_levels as queries
from sellerstar.rules import RuleBook, load_rulebook
from sellerstar.store.db import transaction
from sellerstar.store.schema import (
    contract_tables,
    job_runs,
    review_store_ratings,
    star_averages,
    star_levels,
)

BOOK: RuleBook = load_rulebook()
# Stat date 2022-11-08 is seen on view date 2022-11-10 (2022-11-04), 2022-11-09 on 2022-11-11.
BEFORE, AFTER = dt.date(2022, 11, 8), dt.date(2022, 11, 9)
BOTH = days(BEFORE, AFTER)


def _url(engine: sa.Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _stars(engine: sa.Engine) -> dict[tuple[str, str, dt.date], Any]:
    with engine.connect() as connection:
        rows = connection.execute(sa.select(star_levels)).all()
    return {(row.merchant_id, row.track, row.stat_date): row for row in rows}


def test_each_stat_date_is_scored_under_its_own_rule_set(store_engine: sa.Engine) -> None:
    world = World(store_engine)
    world.merchant("untracked", BOTH, tv_rate=0.0, gd_rate=0.0)
    run_star_job(store_engine, BOOK, BEFORE, AFTER, NOW)
    stars = _stars(store_engine)
    before, after = stars[("untracked", "custom", BEFORE)], stars[("untracked", "custom", AFTER)]
    assert (before.rule_set_id, after.rule_set_id) == ("2022-11-04", "2022-11")
    assert "tracking_visibility_rate" not in before.explanation["metrics"]
    assert after.explanation["metrics"]["tracking_visibility_rate"]["points"] == 0.0
    assert before.stars == 5 and after.stars < 5
    assert after.held_back_by == "assurance"


def test_inputs_hold_from_their_stat_date_until_the_next_row(store_engine: sa.Engine) -> None:
    world = World(store_engine)
    world.merchant("m", BOTH, scores=95.0)
    world.scores("m", AFTER, 95.0, marketing_score=65.0)
    world.assurance("m", AFTER, 100.0, 5.0)
    world.merchant("late", [AFTER])
    world.merchant("unscored", BOTH, scores=None)
    world.merchant("unrated", BOTH, risk=None)
    run_star_job(store_engine, BOOK, BEFORE, AFTER, NOW)
    stars = _stars(store_engine)
    before, after = stars[("m", "custom", BEFORE)], stars[("m", "custom", AFTER)]
    assert (before.marketing_score, after.marketing_score) == (95.0, 65.0)
    assert (before.stars, after.stars) == (5, 1)
    assert before.explanation["inputs"]["capability_scores_from"] == "2022-10-01"
    assert after.explanation["inputs"]["capability_scores_from"] == "2022-11-09"
    assert after.explanation["inputs"]["assurance_inputs_from"] == "2022-11-09"
    for merchant, day, missing in (
        ("late", BEFORE, "merchant_metrics"),
        ("unscored", AFTER, "capability_scores"),
    ):
        row = stars[(merchant, "custom", day)]
        assert (row.stars, row.held_back_by) == (0, missing)
        assert row.explanation["missing"] == [missing]
    assert stars[("late", "custom", AFTER)].stars == 5
    # Since 2022-11-04 both assurance scores are derived (ledger, reviews): nothing imported
    # is needed.
    assert stars[("unrated", "custom", AFTER)].stars == 5


def test_before_the_reviews_launch_the_imported_assurance_inputs_are_needed(
    store_engine: sa.Engine,
) -> None:
    day = dt.date(2022, 10, 20)  # seen on 10-22: baseline, both scores imported
    world = World(store_engine)
    world.merchant("unrated", [day], risk=None)
    world.merchant("rated", [day])
    run_star_job(store_engine, BOOK, day, day, NOW)
    stars = _stars(store_engine)
    row = stars[("unrated", "custom", day)]
    assert (row.stars, row.held_back_by) == (0, "assurance_inputs")
    assert stars[("rated", "custom", day)].stars == 5


def test_the_buyer_review_score_is_the_store_rating_from_the_launch_on(
    store_engine: sa.Engine,
) -> None:
    """Same imported score (5.0), different store ratings: only the rating counts."""
    world = World(store_engine)
    world.merchant("liked", [AFTER], review=5.0)
    world.merchant("disliked", [AFTER], review=5.0)
    with transaction(store_engine) as connection:
        connection.execute(
            review_store_ratings.update()
            .where(review_store_ratings.c.merchant_id == "disliked")
            .values(rating=2.0)
        )
    world.merchant("unreviewed", [AFTER])
    with transaction(store_engine) as connection:
        connection.execute(
            review_store_ratings.delete().where(review_store_ratings.c.merchant_id == "unreviewed")
        )
    run_star_job(store_engine, BOOK, AFTER, AFTER, NOW)
    stars = _stars(store_engine)
    liked, disliked = stars[("liked", "custom", AFTER)], stars[("disliked", "custom", AFTER)]
    assert liked.explanation["metrics"]["buyer_review_score"]["value"] == 5.0
    assert disliked.explanation["metrics"]["buyer_review_score"]["value"] == 2.0
    assert disliked.assurance_score < liked.assurance_score
    unreviewed = stars[("unreviewed", "custom", AFTER)].explanation["metrics"]
    assert unreviewed["buyer_review_score"]["value"] is None  # not scored: weight shared


def test_fast_trade_needs_enrolment_and_enough_fast_rts_products(store_engine: sa.Engine) -> None:
    world = World(store_engine)
    for merchant in ("enough", "short", "unenrolled", "joins", "leaves"):
        world.merchant(merchant, BOTH)
    for merchant in ("enough", "short"):
        world.enrol(merchant, "2022-11-01 10:00")
    world.enrol("joins", "2022-11-09 23:59")
    world.enrol("leaves", "2022-11-01 10:00", left="2022-11-09 00:00")
    for merchant in ("enough", "unenrolled", "joins", "leaves"):
        world.products(merchant, 100, ship_days=7)
    world.products("short", 99, ship_days=7)
    world.products("short", 5, ship_days=8)
    world.products("short", 3, ship_days=2, status="delisted")
    world.products("short", 2, ship_days=None, is_rts=False)
    run_star_job(store_engine, BOOK, BEFORE, AFTER, NOW)
    stars = _stars(store_engine)

    def fast(merchant: str, day: dt.date = AFTER) -> Any:
        return stars[(merchant, "fast_trade", day)]

    assert (fast("enough").track_enabled, fast("enough").stars) == (True, 5)
    short = fast("short")
    assert (short.track_enabled, short.stars, short.held_back_by) == (False, 0, "track_disabled")
    assert short.explanation["track"]["fast_rts_products"] == 99
    assert short.explanation["track"]["message"].startswith("only 99 listed RTS products")
    assert fast("unenrolled").explanation["track"]["reason"] == "not_enrolled"
    assert [fast("joins", day).track_enabled for day in BOTH] == [False, True]
    assert [fast("leaves", day).track_enabled for day in BOTH] == [True, False]
    assert all(stars[(m, "custom", AFTER)].stars == 5 for m in ("short", "unenrolled"))


def test_a_rerun_replaces_its_dates_and_every_run_is_recorded(store_engine: sa.Engine) -> None:
    world = World(store_engine)
    world.merchant("m", BOTH)
    _, counts = run_star_job(store_engine, BOOK, BEFORE, AFTER, NOW)
    assert counts["star_levels"] == 4
    world.scores("m", AFTER, 61.0)
    later = NOW + dt.timedelta(hours=1)
    run_star_job(store_engine, BOOK, AFTER, AFTER, later)
    stars = _stars(store_engine)
    assert len(stars) == 4
    assert (stars[("m", "custom", BEFORE)].stars, stars[("m", "custom", AFTER)].stars) == (5, 1)
    assert stars[("m", "custom", AFTER)].computed_at == later
    assert stars[("m", "custom", BEFORE)].computed_at == NOW
    with store_engine.connect() as connection:
        runs = connection.execute(sa.select(job_runs).order_by(job_runs.c.id)).all()
    assert [(run.job, run.status) for run in runs] == [("stars", "succeeded")] * 2
    assert runs[1].params == {"first": "2022-11-09", "last": "2022-11-09"}


def test_dates_without_metrics_are_refused(store_engine: sa.Engine) -> None:
    World(store_engine).merchant("m", [BEFORE])
    with pytest.raises(InputError, match=r"stat date\(s\) 2022-11-09 are not computed"):
        run_star_job(store_engine, BOOK, BEFORE, AFTER, NOW)
    with store_engine.connect() as connection:
        run = connection.execute(sa.select(job_runs)).one()
        assert connection.scalar(sa.select(sa.func.count()).select_from(star_levels)) == 0
    assert run.status == "failed" and "not computed" in run.error


def test_an_empty_marketplace_has_nothing_to_evaluate(store_engine: sa.Engine) -> None:
    _, counts = run_star_job(store_engine, BOOK, BEFORE, AFTER, NOW)
    assert counts["star_levels"] == 0


def test_averages_and_the_page_readers(store_engine: sa.Engine) -> None:
    world = World(store_engine)
    world.merchant("one", BOTH, scores=62.0, ots_rate=0.9)
    world.merchant("other", BOTH, scores=68.0, ots_rate=0.8)
    world.merchant("two", BOTH, scores=75.0, ots_rate=0.5, ots_due=5)
    run_star_job(store_engine, BOOK, BEFORE, AFTER, NOW)
    with store_engine.connect() as connection:
        stored = connection.execute(
            sa.select(star_averages).where(
                star_averages.c.stat_date == AFTER, star_averages.c.track == "custom"
            )
        ).all()
        ladder = sorted({row.stars for row in stored})
        latest = queries.latest(connection, "one")
        earlier = queries.latest(connection, "one", BEFORE)
        trend = queries.trend(connection, "one", AFTER, days=3)
        assert queries.latest(connection, "nobody") is None
    # Every rung of the ladder has its benchmark (the seed's tabs 1星平均 … 5星平均).
    assert ladder == [1, 2, 3, 4, 5]
    by_level = {(row.stars, row.metric): row for row in stored}
    averages = {metric: row for (stars, metric), row in by_level.items() if stars == 1}
    assert (averages["merchant_score"].average, averages["merchant_score"].merchants) == (65.0, 2)
    # "two" (75 everywhere but its on-time rate) is the only other one: not at 1 star.
    assert by_level[(5, "merchant_score")].merchants == 0
    assert by_level[(5, "merchant_score")].average is None
    assert averages["on_time_shipment_rate"].average == pytest.approx(0.85)
    assert latest is not None and earlier is not None
    assert (latest.stat_date, earlier.stat_date) == (AFTER, BEFORE)
    assert latest.tracks["custom"].stars == 1
    assert latest.tracks["fast_trade"].held_back_by == "track_disabled"
    assert latest.averages["custom"]["merchant_score"].average == 65.0
    assert [point.stat_date for point in trend] == days(AFTER - dt.timedelta(days=2), AFTER)
    assert trend[0].stars == {} and trend[0].metrics == {}
    assert trend[2].stars == {"custom": 1, "fast_trade": 0}
    assert trend[2].metrics["on_time_shipment_rate"] == 0.9
    assert trend[2].metrics["risk_health_score"] == 100.0
    assert trend[2].scores["custom"]["merchant_score"] == 62.0


def test_the_daily_job_computes_stars_after_the_metrics(
    sqlite_engine: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Metrics are computed for real here: a merchant with no orders.
    World(sqlite_engine).merchant("m")
    monkeypatch.setenv("SELLERSTAR_DATABASE_URL", _url(sqlite_engine))
    get_settings.cache_clear()
    cli = typer.Typer()
    cli.command("compute")(compute_command)
    cli.add_typer(stars_app, name="stars")
    try:
        computed = CliRunner().invoke(cli, ["compute", "--stat-date", "2022-11-09"])
        predicted = CliRunner().invoke(cli, ["stars", "predict", "--view-date", "2022-11-11"])
    finally:
        get_settings.cache_clear()
    assert computed.exit_code == 0, computed.output
    assert "stars on 2022-11-09 (1 merchants)" in computed.output
    assert predicted.exit_code == 0, predicted.output
    assert "stored 2 star_levels and" in predicted.output
    row = _stars(sqlite_engine)[("m", "custom", AFTER)]
    # No orders: on-time rate not scored, tracking visibility full marks (§1.3 (5)).
    assert row.explanation["metrics"]["on_time_shipment_rate"]["scored"] is False
    assert row.explanation["metrics"]["tracking_visibility_rate"]["value"] == 1.0
    assert row.stars == 5
    with sqlite_engine.connect() as connection:
        jobs = connection.scalars(sa.select(job_runs.c.job).order_by(job_runs.c.id)).all()
    # compute = the daily job: the ledger's steps (the radar in force now) before the stars;
    # predict copies the imported violations into the ledger again before it recomputes them.
    assert jobs == [
        "compute",
        "guarantee",
        "radar",
        "samples",
        "penalties",
        "reviews",
        "stars",
        "notification_events",
        "penalties",
        "stars",
    ]


def test_coverage_passes_by_default_up_to_ten_orders(sqlite_engine: sa.Engine) -> None:
    world = World(sqlite_engine)
    for merchant, count in (("ten", 10), ("eleven", 11)):
        world.merchant(merchant)
        world.enrol(merchant, "2022-09-01 10:00")
        world.products(merchant, 100)
        world.insert(
            contract_tables["orders"],
            [
                {
                    "order_id": f"{merchant}-{n}",
                    "merchant_id": merchant,
                    "buyer_id": "b",
                    "trade_assurance": True,
                    "destination_country": "US",
                    "trade_term": "DAP",
                    "export_mode": "tad",
                    "transport": "express",
                    "payment_method": "lc",  # not guaranteed delivery: coverage 0%
                    "status": "paid",
                    "created_at": at("2022-11-01 10:00"),
                    "paid_at": at("2022-11-01 11:00"),
                    "amount_usd": 10,
                    "all_items_rts": True,
                    "delivery_promise": True,
                }
                for n in range(count)
            ],
        )
    run_store_job(sqlite_engine, BOOK, AFTER, AFTER, now=NOW)
    run_star_job(sqlite_engine, BOOK, AFTER, AFTER, NOW)
    stars = _stars(sqlite_engine)
    coverage = {
        merchant: stars[(merchant, "fast_trade", AFTER)].explanation["metrics"][
            "guaranteed_delivery_coverage"
        ]
        for merchant in ("ten", "eleven")
    }
    assert coverage["ten"] == coverage["ten"] | {"value": 0.0, "default_pass": True}
    passing = BOOK.get("2022-11").star_level.assurance.fast_trade
    assert coverage["ten"]["points"] == passing.guaranteed_delivery_default_pass_points
    assert (
        coverage["eleven"] | {"value": 0.0, "points": 0.0, "default_pass": False}
        == (coverage["eleven"])
    )
    assert stars[("ten", "fast_trade", AFTER)].stars == 5
    assert stars[("eleven", "fast_trade", AFTER)].held_back_by == "assurance"


def test_each_merchant_gets_its_own_inputs_whatever_the_collation(
    store_engine: sa.Engine,
) -> None:
    # Ordered differently by byte value and by a language collation.
    scores = {"m-b": 61.0, "M_a": 71.0, "ma": 81.0, "Mb": 86.0, "m b": 95.0}
    world = World(store_engine)
    for merchant, score in scores.items():
        world.merchant(merchant, [AFTER], scores=score)
    run_star_job(store_engine, BOOK, AFTER, AFTER, NOW)
    stars = _stars(store_engine)
    assert {m: stars[(m, "custom", AFTER)].merchant_score for m in scores} == scores
    assert [stars[(m, "custom", AFTER)].stars for m in scores] == [1, 2, 3, 4, 5]
