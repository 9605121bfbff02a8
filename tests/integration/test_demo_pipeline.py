"""`sellerstar demo run` (what `make demo` runs): generate, import and compute, end to end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from rich.console import Console

from sellerstar.demo.pipeline import STEPS, run_demo
from sellerstar.jobs.notification_events import run_notification_events
from sellerstar.rules import load_rulebook
from sellerstar.store.db import create_engine
from sellerstar.store.schema import (
    contract_tables,
    job_runs,
    merchant_metrics,
    order_tracking,
    penalty_points,
    sample_eligibility,
    sample_registrations,
    sample_right_losses,
    star_evaluations,
    star_levels,
)
from sellerstar.web.words.notifications import TOPICS as TOPIC_WORDS

# The outbox's topics: issue 19's events and the modules' own (radar, samples, reviews, Q&A).
EVERY_TOPIC = {
    "appeal_window_opened",
    "appeal_last_day",
    "appeal_decided",
    "appeal_supplement_requested",
    "radar_deadline_near",
    "star_predicted_changed",
    "star_below_official",
    "official_evaluation_published",
    "rule_change_announced",
    "coupon_claimable",
    "radar_task_opened",
    "radar_task_delisted",
    "radar_review_decided",
    "sample_right_lost",
    "sample_right_restored",
    "review_brushing_confirmed",
    "qa_answered",
}


@pytest.mark.slow
def test_demo_fills_the_store_and_a_month_of_results(database_url: str, tmp_path: Path) -> None:
    console = Console(record=True, width=120)
    book = load_rulebook()
    told: list[str | None] = []
    run = run_demo(
        database_url, tmp_path / "market", 1500, book, console=console,
        evidence_dir=tmp_path / "evidence", on_step=told.append,
    )  # fmt: skip
    assert told == [*STEPS, None]  # the CLI's progress: every step, in order, then done

    # The demo's view date is 2022-12-06, so the last stat date is two days earlier; the
    # first is the stat date of the official evaluation of 2022-11 (the previous month end).
    assert run.first_stat_date == dt.date(2022, 10, 31)
    # The notifier's pass delivered the outbox: inboxes hold messages, some unread, and the
    # demo webhook (not reachable) waits with backoff.
    assert run.notifications is not None and run.notifications.messages > 0
    assert run.notifications.inbox_unread > 0 and run.notifications.webhook_waiting > 0
    assert run.last_stat_date == dt.date(2022, 12, 4)
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            sample_product = contract_tables["orders"].c.sample_product_id
            orders, sample_orders = connection.execute(
                sa.select(
                    sa.func.count().filter(sample_product.is_(None)),
                    sa.func.count().filter(sample_product.is_not(None)),
                )
            ).one()
            merchants = connection.scalar(
                sa.select(sa.func.count()).select_from(contract_tables["merchants"])
            )
            dates = connection.scalars(
                sa.select(merchant_metrics.c.stat_date).distinct().order_by("stat_date")
            ).all()
            per_date = connection.scalar(
                sa.select(sa.func.count())
                .select_from(merchant_metrics)
                .where(merchant_metrics.c.stat_date == run.last_stat_date)
            )
            tracked_orders = connection.scalar(
                sa.select(sa.func.count())
                .select_from(order_tracking)
                .where(order_tracking.c.stat_date == run.last_stat_date)
            )
            imported = connection.scalar(
                sa.select(sa.func.count())
                .select_from(penalty_points)
                .where(penalty_points.c.kind == "imported")
            )
            violations = connection.scalar(
                sa.select(sa.func.count()).select_from(contract_tables["violations"])
            )
            sources = {
                row.explanation["inputs"]["risk_health_source"]
                for row in connection.execute(
                    sa.select(star_levels.c.explanation).where(
                        star_levels.c.stat_date == run.last_stat_date
                    )
                )
            }
            jobs = connection.execute(
                sa.select(job_runs.c.job, job_runs.c.status).order_by(job_runs.c.id)
            ).all()
            stars = connection.scalar(
                sa.select(sa.func.count())
                .select_from(star_levels)
                .where(star_levels.c.stat_date == run.last_stat_date)
            )
            registrations = dict(
                connection.execute(
                    sa.select(sample_registrations.c.state, sa.func.count()).group_by(
                        sample_registrations.c.state
                    )
                ).all()
            )
            losses = connection.execute(
                sa.select(
                    sample_right_losses.c.failure, sample_right_losses.c.restored_by
                ).order_by(sample_right_losses.c.failure)
            ).all()
            reasons = set(connection.scalars(sa.select(sample_eligibility.c.reasons)))
            official = dict(
                connection.execute(
                    sa.select(star_evaluations.c.month, star_evaluations.c.rule_set_id)
                ).all()
            )
    finally:
        engine.dispose()
    assert orders == 1500  # generated; the sample venue's workflow adds its sample orders
    assert sample_orders >= 2
    assert run.imported.counts["orders"].read == 1500
    assert len(dates) == 35 and dates[0] == run.first_stat_date and dates[-1] == run.last_stat_date
    assert per_date == merchants
    assert tracked_orders > 0
    # Metrics, the guaranteed upgrade service's outcomes, the product radar's daily runs on
    # the demo's clock (2022-11-26 … 12-06), the imported violations (the penalty-points
    # ledger), the reviews (store ratings), then the predicted stars, which read both; last
    # the notifier's pass over the outbox.
    assert {status for _, status in jobs} == {"succeeded"}
    # Last, the notification events replayed on the demo's days: 2022-10-28 (announcements,
    # launch day) and each view date of the span (11-02 … 12-06).
    assert [job for job, _ in jobs] == [
        "compute",
        "guarantee",
        *["radar"] * 11,
        "samples",
        "penalties",
        "reviews",
        "stars",
        *["notification_events"] * 36,
        "notifications",
    ]
    assert imported == violations > 0
    assert sources == {"ledger"}  # rule-set 2022-11: the risk health score from the ledger
    assert run.radar is not None and run.radar.tasks_opened > 0
    states = set(connection_states(database_url, list(run.radar.roles.values())))
    assert {"open", "delisted", "rectified"} <= states
    assert stars == 2 * merchants  # both tracks
    assert official == {dt.date(2022, 11, 1): "2022-11-04", dt.date(2022, 12, 1): "2022-11"}
    # The sample venue: registrations in every state, a right lost and one given back.
    assert run.samples is not None and run.samples.registered > 0
    assert registrations["active"] > 0 and registrations["suspended"] == 2
    assert registrations["ended"] > 0
    assert losses == [("late", None), ("merchant_cancelled", "demo-ops")]
    assert {"", "stock_low", "no_right"} <= reasons
    # The briefing's Q&A channel: eight questions in four groups, three published.
    assert run.qa is not None
    assert (run.qa.questions, run.qa.groups, run.qa.published) == (8, 4, 3)
    assert run.qa.told == 6 and run.qa.refused_at_midnight
    # Issue 19: a message of every topic, each once (a replay of the events adds nothing).
    assert run.notification_events is not None
    assert set(run.notification_events.topics) == EVERY_TOPIC
    assert set(TOPIC_WORDS) >= EVERY_TOPIC, "every topic the demo produces has its words"
    assert run.notification_events.decided_appeal is not None
    replayed = create_engine(database_url)
    try:
        for day in (dt.date(2022, 10, 28), dt.date(2022, 12, 6)):
            at = dt.datetime.combine(day, dt.time(11), dt.UTC)
            assert set(run_notification_events(replayed, book, at, view=day).values()) == {0}
    finally:
        replayed.dispose()
    shown = console.export_text()
    assert "imported" in shown and "tracking visibility" in shown
    assert "star_below_official" in shown
    assert "product radar 2022-11-26 … 2022-12-06" in shown


def connection_states(database_url: str, task_ids: list[str]) -> list[str]:
    """The statuses of these radar tasks."""
    tasks = contract_tables["radar_tasks"]
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return list(
                connection.scalars(sa.select(tasks.c.status).where(tasks.c.task_id.in_(task_ids)))
            )
    finally:
        engine.dispose()
