"""`make demo` end to end: migrate, generate, import, run the daily job (metrics, the
product radar walked through every task state, predicted stars) for a month of stat dates
and publish the official star evaluations.

Each step is the same code path a marketplace uses (`sellerstar db upgrade`, `import`,
`compute`); this module only strings them together for a first look at the product.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from rich.console import Console
from rich.table import Table

from sellerstar.config import get_settings
from sellerstar.demo.fairs import FairDemo, run_fair_demo
from sellerstar.demo.market import MarketDemo, run_market_demo
from sellerstar.demo.notification_events import EventsDemo, run_events_demo
from sellerstar.demo.notifications import NotificationDemo, run_notification_demo
from sellerstar.demo.options import DEFAULT_AS_OF, DEFAULT_START, GenerateOptions
from sellerstar.demo.qa_workflow import QaDemo, run_qa_demo
from sellerstar.demo.radar_walk import RadarDemo
from sellerstar.demo.radar_workflow import run_radar_demo
from sellerstar.demo.recruitment import RecruitmentDemo, run_recruitment_demo
from sellerstar.demo.report import run as generate_with_report
from sellerstar.demo.review_workflow import decide_demo_suspects
from sellerstar.demo.sample_workflow import SampleDemo, finish_sample_demo, prepare_sample_demo
from sellerstar.domain.calendar import stat_date_for_view
from sellerstar.ingest.contract import ImportResult, import_directory
from sellerstar.jobs.guarantee import run_guarantee_job
from sellerstar.jobs.metrics import run_store_job
from sellerstar.jobs.official import run_official
from sellerstar.jobs.penalties import run_penalty_job
from sellerstar.jobs.reviews import run_review_job
from sellerstar.jobs.stars import run_star_job
from sellerstar.metrics import summary as metrics_summary
from sellerstar.queries.star_levels import evaluations as star_evaluations
from sellerstar.rules import RuleBook
from sellerstar.services.demo_accounts import DEMO_LOGINS, DEMO_PASSWORD, create_demo_accounts
from sellerstar.stars.batch import render as render_stars
from sellerstar.stars.official import due_months, plan_official
from sellerstar.store import migrate
from sellerstar.store.db import opened, transaction

# Official evaluations shown: two months, so the switch of rule-set (2022-10-25 for 2022-11,
# "2022-11" for 2022-12) is visible.
_OFFICIAL_MONTHS = 2

STEPS = (
    "import",
    "sample venue",
    "service market",
    "metrics",
    "guarantee",
    "product radar",
    "penalty points",
    "reviews",
    "brushing queue",
    "selection fairs",
    "star levels",
    "official evaluations",
    "briefing Q&A",
    "recruitment",
    "notification events",
    "notifier",
)
"""The steps after the generation (which draws its own bar), as ``on_step`` names them."""


def _silent(_step: str | None) -> None:
    """Nobody watches the steps (tests, a pipe)."""


@dataclass(frozen=True)
class DemoRun:
    """What the demo imported and computed."""

    imported: ImportResult
    first_stat_date: dt.date
    last_stat_date: dt.date
    stored_rows: dict[str, int]
    demo_merchant_id: str
    official: dict[str, str] = field(default_factory=dict)  # month -> rule-set id
    radar: RadarDemo | None = None
    samples: SampleDemo | None = None
    market: MarketDemo | None = None
    qa: QaDemo | None = None
    recruitment: RecruitmentDemo | None = None
    fairs: FairDemo | None = None
    notification_events: EventsDemo | None = None
    notifications: NotificationDemo | None = None


def run_demo(
    database_url: str,
    data_dir: Path,
    orders: int,
    book: RuleBook,
    *,
    seed: int = 0,
    trend_days: int = 30,
    console: Console | None = None,
    evidence_dir: Path | None = None,
    on_step: Callable[[str | None], None] = _silent,
    generation_bar: bool = True,
) -> DemoRun:
    """Build the demo store at ``database_url`` from a generated marketplace.

    The daily job runs for the ``trend_days`` stat dates that end at the demo's view date
    (its as-of day), so the pages have a month of history to draw trends from, and back
    to the stat dates of the last two official evaluations, which are then published.
    The product radar's daily runs and its tasks' ways out play on the demo's clock
    (:mod:`sellerstar.demo.radar_workflow`); qualification documents go to
    ``evidence_dir`` (default: the setting). ``on_step`` is told each of :data:`STEPS`
    as it starts, and None when they are done (the CLI's progress on stderr);
    ``generation_bar`` False keeps the generation's bar off too (`--quiet`).
    """
    tell = on_step
    console = console or Console()
    settings = get_settings()
    migrate.upgrade(database_url)
    generate_with_report(
        GenerateOptions(out=data_dir, orders=orders, seed=seed, overwrite=True),
        console,
        progress=generation_bar,
    )
    view = DEFAULT_AS_OF
    calendar = book.in_force(view).calendar
    with opened(database_url) as store:
        tell("import")
        imported = import_directory(store, data_dir, zone=ZoneInfo(calendar.timezone))
        with transaction(store) as connection:
            demo_merchant = create_demo_accounts(connection, dt.datetime.now(dt.UTC))
        # Registrations and the marketplace's sample orders before the metrics: sample
        # orders are orders like the others.
        tell("sample venue")
        samples = prepare_sample_demo(store, book, view, demo_merchant=demo_merchant)
        # The service market's catalogue and its launch day (2022-10-28), long past.
        tell("service market")
        market = run_market_demo(store, book, demo_merchant=demo_merchant)
        last = stat_date_for_view(view, calendar.data_lag_days)
        # The trend month, reaching back to the stat dates of the official evaluations shown.
        months = due_months(book, view, _OFFICIAL_MONTHS)
        first = min(
            last - dt.timedelta(days=trend_days - 1),
            *(plan_official(book, month).stat_date for month in months),
        )
        now = dt.datetime.now(dt.UTC)
        tell("metrics")
        computed, stored = run_store_job(store, book, first, last, now=now)
        # The penalty-points ledger before the stars, as in the daily job: its active points
        # (late shipments of the whole span, radar delistings, the imported violations)
        # make the risk health score.
        tell("guarantee")
        guarantee = run_guarantee_job(store, book, DEFAULT_START, view, now)
        tell("product radar")
        radar = run_radar_demo(
            store,
            book,
            view,
            demo_merchant=demo_merchant,
            evidence_dir=evidence_dir or settings.evidence_dir,
            evidence_max_bytes=settings.evidence_max_bytes,
            image_root=settings.product_images_dir,
        )
        if samples is not None:  # after the radar, as in the daily job
            samples = finish_sample_demo(store, book, view, samples)
        tell("penalty points")
        penalties = run_penalty_job(store, book, now)
        # The store ratings before the stars: they are the buyer review score (§5.8).
        tell("reviews")
        reviews = run_review_job(store, book, first, last, now)
        # The operators' brushing queue on the view date: a case confirmed, some dismissed.
        tell("brushing queue")
        zone = ZoneInfo(calendar.timezone)
        decide_demo_suspects(store, book, dt.datetime.combine(view, dt.time(10), zone))
        # Two-way selection fairs: one published, one open for the demo student (issue 17).
        tell("selection fairs")
        fair_demo = run_fair_demo(store, book, view, demo_merchant=demo_merchant)
        tell("star levels")
        stars, star_rows = run_star_job(store, book, first, last, now)
        tell("official evaluations")
        official = _publish_official(store, book, months, now)
        # The briefing's Q&A channel: questions, grouped answers, published (no batch rule).
        tell("briefing Q&A")
        briefing_qa = run_qa_demo(store, book, demo_merchant)
        tell("recruitment")
        recruitment = run_recruitment_demo(store, book, view)
        # Over the history built above: the notification events of its days (issue 19).
        first_view = first + dt.timedelta(days=calendar.data_lag_days)
        tell("notification events")
        told = run_events_demo(store, book, first_view, view)
        # Last: the notifier delivers every message the steps above put in the outbox.
        tell("notifier")
        notified = run_notification_demo(store, book, demo_merchant)
    guarantee_rows = {
        "penalty_points": guarantee["penalties_written"] + penalties["written"],
        "compensations": guarantee["compensations_written"],
    }
    result = DemoRun(
        imported,
        first,
        last,
        stored | star_rows | guarantee_rows | reviews,
        demo_merchant,
        official,
        radar,
        samples,
        market,
        briefing_qa,
        recruitment,
        fair_demo,
        told,
        notified,
    )
    tell(None)
    console.print(summary_table(result))
    console.print(metrics_summary.render(computed))
    console.print(render_stars(stars))
    return result


def _publish_official(
    store: sa.Engine, book: RuleBook, months: list[str], now: dt.datetime
) -> dict[str, str]:
    """Publish the official evaluations not yet published: month -> its rule-set."""
    with store.connect() as connection:
        done = {f"{e.month:%Y-%m}": e.rule_set_id for e in star_evaluations(connection)}
    for month in months:
        if month not in done:
            done[month] = run_official(store, book, month, now).plan.rule_set.id
    return {month: done[month] for month in months}


def summary_table(result: DemoRun) -> Table:
    """What was imported per table and how many result rows the daily job stored."""
    table = Table(title="sellerstar demo", title_justify="left")
    table.add_column("step")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, counts in result.imported.counts.items():
        table.add_row("imported", name, f"{counts.read:,}")
    table.add_section()
    span = f"{result.first_stat_date} … {result.last_stat_date}"
    for name, rows in result.stored_rows.items():
        table.add_row(f"computed {span}", name, f"{rows:,}")
    if result.radar is not None:
        for name, rows in result.radar.rows().items():
            table.add_row(f"product radar {result.radar.span}", name, f"{rows:,}")
    if result.samples is not None:
        venue = result.samples
        table.add_row("sample venue", "registrations", f"{venue.registered:,}")
        table.add_row("sample venue", "suspended by an operator", f"{len(venue.suspended):,}")
        table.add_row("sample venue", "merchants that lost the right", ", ".join(venue.lost_right))
        table.add_row("sample venue", "right restored by an operator", venue.restored or "")
        in_venue = (venue.summary or {}).get("in_venue", 0)
        table.add_row("sample venue", "products in the venue", f"{in_venue:,}")
    if result.market is not None:
        claimed = result.market.claimed
        table.add_row("service market", "tools", f"{result.market.tools:,}")
        table.add_row("service market", "launch coupons claimed", f"{sum(claimed.values()):,}")
        refused = ", ".join(f"{code} {n}" for code, n in sorted(result.market.refused.items()))
        table.add_row("service market", "claims refused", refused)
    if result.qa is not None:
        table.add_row("briefing Q&A", "questions (grouped)", f"{result.qa.questions:,}")
        table.add_row("briefing Q&A", "answers published", f"{result.qa.published:,}")
        table.add_row("briefing Q&A", "merchants told", f"{result.qa.told:,}")
    if result.recruitment is not None:
        table.add_row("talent recruitment", "jobs", f"{result.recruitment.jobs:,}")
        table.add_row("talent recruitment", "interviews", f"{result.recruitment.interviews:,}")
    if result.fairs is not None:
        fairs = result.fairs
        table.add_row("selection fairs", f"published fair {fairs.published_fair_id}",
                      f"{fairs.placed:,} students placed")  # fmt: skip
        table.add_row("selection fairs", f"open fair {fairs.open_fair_id}", "")
    if result.notification_events is not None:
        for topic, count in sorted(result.notification_events.topics.items()):
            table.add_row("notifications", topic, f"{count:,}")
    if result.notifications is not None:
        sent = result.notifications
        table.add_row("notifications", "messages delivered", f"{sent.messages:,}")
        table.add_row("notifications", "unread in inboxes", f"{sent.inbox_unread:,}")
        table.add_row("notifications", "webhook deliveries waiting", f"{sent.webhook_waiting:,}")
    for month, rule_set_id in result.official.items():
        table.add_row("official evaluation", f"{month} (rule-set {rule_set_id})", "")
    table.add_section()
    for login in DEMO_LOGINS:
        table.add_row("sign-in account", f"{login} / {DEMO_PASSWORD}", "")
    table.add_row("demo merchant", result.demo_merchant_id, "")
    return table
