"""A merchant's star level as its pages show it: predicted and official, per track (§2A).

Reads what the jobs stored (star_levels, official_star_levels, star_evaluations,
star_averages, merchant_metrics) and computes nothing. The star level is the merchant's:
a sub-account sees the same figures as the main account.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain.access import OutOfScope, Scope
from sellerstar.domain.stars import Track
from sellerstar.errors import InputError
from sellerstar.queries.star_tracks import (
    ASSURANCE_SCORE,
    RATE_METRICS,
    TREND_CHOICES,
    TREND_DAYS,
    PredictedTrack,
    TrendRows,
    predicted_track,
)
from sellerstar.rules import RuleBook
from sellerstar.rules.model import RuleSet
from sellerstar.store.schema import (
    contract_tables,
    official_star_levels,
    star_evaluations,
    star_levels,
)

__all__ = [
    "RATE_METRICS",
    "TREND_CHOICES",
    "OfficialTrack",
    "StarLine",
    "StarOverview",
    "star_overview",
]


@dataclass(frozen=True)
class StarLine:
    """A star line on a trend chart: the value at which ``stars`` is reached (the
    capability score the ladder needs; for a metric, the value its curve turns into that
    many points)."""

    stars: int
    value: float


@dataclass(frozen=True)
class OfficialTrack:
    """The official star level of one track in the newest published month."""

    track: str
    enabled: bool
    stars: int
    held_back_by: str | None
    benefits: tuple[str, ...]


@dataclass(frozen=True)
class StarOverview:
    """Everything the star-level page shows about one merchant."""

    merchant_id: str
    merchant_name: str
    secondary_category: str | None  # the seed's 二级类目, shown with the level
    benchmark: int  # the star level whose merchants' averages are shown (1星平均 …)
    trend_days: int
    star_lines: dict[str, dict[str, tuple[StarLine, ...]]]  # track -> series -> lines
    stat_date: dt.date | None
    computed_at: dt.datetime | None
    trend_dates: tuple[dt.date, ...]
    predicted: dict[str, PredictedTrack]
    official_month: dt.date | None
    official: dict[str, OfficialTrack]
    evaluation_day: int
    evaluation_at: dt.time


def star_overview(
    connection: sa.Connection,
    scope: Scope,
    book: RuleBook,
    today: dt.date,
    benchmark: int = 1,
    days: int = TREND_DAYS,
) -> StarOverview:
    """The merchant's newest predicted and official star level, both tracks, with the
    averages of the merchants at ``benchmark`` stars and a trend of ``days`` days ending on
    the predicted stat date."""
    if days not in TREND_CHOICES:
        raise InputError(f"trend days {days} is not one of {TREND_CHOICES}")
    merchants = contract_tables["merchants"]
    merchant = connection.execute(
        sa.select(merchants.c.name, merchants.c.secondary_category).where(
            merchants.c.merchant_id == scope.merchant_id
        )
    ).first()
    if merchant is None:
        raise OutOfScope(f"merchant {scope.merchant_id!r}")
    name = merchant.name
    evaluation = book.in_force(today).star_level.official_evaluation
    month, official = _official(connection, book, scope.merchant_id)
    newest = connection.scalar(
        sa.select(sa.func.max(star_levels.c.stat_date)).where(
            star_levels.c.merchant_id == scope.merchant_id
        )
    )
    predicted: dict[str, PredictedTrack] = {}
    dates: tuple[dt.date, ...] = ()
    computed_at = None
    lines: dict[str, dict[str, tuple[StarLine, ...]]] = {}
    if newest is not None:
        dates = tuple(newest - dt.timedelta(days=n) for n in range(days - 1, -1, -1))
        history = TrendRows.read(connection, scope.merchant_id, dates, benchmark)
        for row in history.levels.get(newest, {}).values():
            predicted[row.track] = predicted_track(row, history, dates)
            computed_at = max(computed_at or row.computed_at, row.computed_at)
        lines = star_lines(book.for_stat_date(newest))
    return StarOverview(
        merchant_id=scope.merchant_id,
        merchant_name=name,
        secondary_category=merchant.secondary_category,
        benchmark=benchmark,
        trend_days=days,
        star_lines=lines,
        stat_date=newest,
        computed_at=computed_at,
        trend_dates=dates,
        predicted={track: predicted[track] for track in Track if track in predicted},
        official_month=month,
        official=official,
        evaluation_day=evaluation.day,
        evaluation_at=evaluation.at,
    )


def star_lines(rule_set: RuleSet) -> dict[str, dict[str, tuple[StarLine, ...]]]:
    """Per track, the star lines of the assurance score's chart (the ladder) and of each
    scored metric's (the value whose points reach each rung)."""
    level = rule_set.star_level
    ladder = tuple(enumerate(level.capability_thresholds, start=1))
    found: dict[str, dict[str, tuple[StarLine, ...]]] = {}
    for track in Track:
        scoring = getattr(level.assurance, track).scored_metrics()
        per_series = {ASSURANCE_SCORE: tuple(StarLine(n, score) for n, score in ladder)}
        for name, metric in scoring.items():
            values = ((n, metric.value_for(score)) for n, score in ladder)
            per_series[name] = tuple(StarLine(n, v) for n, v in values if v is not None)
        found[track] = per_series
    return found


def _official(
    connection: sa.Connection, book: RuleBook, merchant_id: str
) -> tuple[dt.date | None, dict[str, OfficialTrack]]:
    """The merchant's official stars of its newest published month, with the benefits."""
    month = connection.scalar(
        sa.select(sa.func.max(official_star_levels.c.month))
        .select_from(
            official_star_levels.join(
                star_evaluations, star_evaluations.c.month == official_star_levels.c.month
            )
        )
        .where(official_star_levels.c.merchant_id == merchant_id)
    )
    if month is None:
        return None, {}
    rows = {
        row.track: row
        for row in connection.execute(
            sa.select(official_star_levels).where(
                official_star_levels.c.merchant_id == merchant_id,
                official_star_levels.c.month == month,
            )
        )
    }
    official: dict[str, OfficialTrack] = {}
    for track in Track:
        if (row := rows.get(track)) is not None:
            benefits = _rule_set(book, row.rule_set_id, month).star_level.benefits
            official[track] = OfficialTrack(
                track=track,
                enabled=bool(row.track_enabled),
                stars=int(row.stars),
                held_back_by=row.held_back_by,
                benefits=tuple(benefits.get(int(row.stars), ())) if row.track_enabled else (),
            )
    return month, official


def _rule_set(book: RuleBook, rule_set_id: str, day: dt.date) -> RuleSet:
    """The rule-set a row was computed under; the one in force then if it is gone."""
    try:
        return book.get(rule_set_id)
    except InputError:
        return book.in_force(day)
