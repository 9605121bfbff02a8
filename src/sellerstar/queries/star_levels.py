"""The star rows as the jobs stored them, for the CLI and the demo: latest, official, trend.

Every function takes an open connection and returns plain dataclasses, each explanation
parsed into its model (``stars.explanation``); nothing here computes a star. The star page
reads its own figures (``queries.stars``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from sellerstar.errors import InputError
from sellerstar.rules import RuleBook
from sellerstar.stars.explanation import Explanation, stored
from sellerstar.store.schema import (
    merchant_metrics,
    official_star_levels,
    star_averages,
    star_evaluations,
    star_levels,
)

_SCORES = ("assurance_score", "merchant_score", "marketing_score", "transaction_score")
# merchant_metrics columns shown in a trend, under the rule-set's metric names.
_TREND_METRICS = {
    "on_time_shipment_rate": "ots_rate",
    "tracking_visibility_rate": "tv_rate",
    "guaranteed_delivery_coverage": "gd_rate",
}
# Metrics the marketplace supplies: their value is in the explanation.
_INPUT_METRICS = ("risk_health_score", "buyer_review_score")


@dataclass(frozen=True)
class TrackStars:
    """One merchant's evaluation on one track (predicted or official)."""

    track: str
    enabled: bool
    stars: int
    scores: dict[str, float | None]  # assurance_score, merchant_score, ...
    gate_failed: bool
    held_back_by: str | None
    explanation: Explanation
    rule_set_id: str


@dataclass(frozen=True)
class Average:
    """The average of one metric over the 1-star merchants of a track and stat date."""

    metric: str
    average: float | None
    merchants: int


@dataclass(frozen=True)
class PredictedStars:
    """A merchant's predicted star level of one stat date, both tracks, with averages."""

    merchant_id: str
    stat_date: dt.date
    tracks: dict[str, TrackStars]
    averages: dict[str, dict[str, Average]]  # track -> metric -> average
    computed_at: dt.datetime


@dataclass(frozen=True)
class OfficialStars:
    """A merchant's official star level of one month and the benefits it brings."""

    merchant_id: str
    month: dt.date
    evaluation_date: dt.date
    stat_date: dt.date
    rule_set_id: str
    published_at: dt.datetime
    published_by: str
    runs: int
    tracks: dict[str, TrackStars]
    benefits: dict[str, tuple[str, ...]]  # track -> benefits of its official star


@dataclass(frozen=True)
class TrendPoint:
    """One stat date of a merchant's trend; empty dicts when the date was not computed."""

    stat_date: dt.date
    stars: dict[str, int]  # track -> stars
    enabled: dict[str, bool]  # track -> track enabled
    scores: dict[str, dict[str, float | None]]  # track -> score name -> score
    metrics: dict[str, float | None]  # metric name -> value


@dataclass(frozen=True)
class PublishedEvaluation:
    """One published official evaluation (a month)."""

    month: dt.date
    evaluation_date: dt.date
    stat_date: dt.date
    rule_set_id: str
    published_at: dt.datetime
    published_by: str
    runs: int


def latest(
    connection: sa.Connection, merchant_id: str, stat_date: dt.date | None = None
) -> PredictedStars | None:
    """The newest predicted stars of a merchant on or before ``stat_date`` (default: any)."""
    newest = sa.select(sa.func.max(star_levels.c.stat_date)).where(
        star_levels.c.merchant_id == merchant_id
    )
    if stat_date is not None:
        newest = newest.where(star_levels.c.stat_date <= stat_date)
    day = connection.scalar(newest)
    if day is None:
        return None
    rows = connection.execute(
        sa.select(star_levels).where(
            star_levels.c.merchant_id == merchant_id, star_levels.c.stat_date == day
        )
    ).all()
    return PredictedStars(
        merchant_id=merchant_id,
        stat_date=day,
        tracks={row.track: _track(row) for row in rows},
        averages=averages(connection, day),
        computed_at=max(row.computed_at for row in rows),
    )


def averages(connection: sa.Connection, stat_date: dt.date) -> dict[str, dict[str, Average]]:
    """The 1-star averages of a stat date: track -> metric -> average."""
    found: dict[str, dict[str, Average]] = {}
    for row in connection.execute(
        sa.select(star_averages).where(
            star_averages.c.stat_date == stat_date, star_averages.c.stars == 1
        )
    ):
        found.setdefault(row.track, {})[row.metric] = Average(
            row.metric, row.average, row.merchants
        )
    return found


def official(
    connection: sa.Connection, book: RuleBook, merchant_id: str, month: dt.date | None = None
) -> OfficialStars | None:
    """A merchant's newest published official stars (of ``month`` or before), with the
    benefits of each track's star from the evaluation's rule-set."""
    newest = sa.select(sa.func.max(star_evaluations.c.month))
    if month is not None:
        newest = newest.where(star_evaluations.c.month <= month.replace(day=1))
    first = connection.scalar(newest)
    if first is None:
        return None
    evaluation = connection.execute(
        sa.select(star_evaluations).where(star_evaluations.c.month == first)
    ).one()
    rows = connection.execute(
        sa.select(official_star_levels).where(
            official_star_levels.c.merchant_id == merchant_id,
            official_star_levels.c.month == first,
        )
    ).all()
    if not rows:
        return None
    tracks = {row.track: _track(row) for row in rows}
    return OfficialStars(
        merchant_id=merchant_id,
        month=first,
        evaluation_date=evaluation.evaluation_date,
        stat_date=evaluation.stat_date,
        rule_set_id=evaluation.rule_set_id,
        published_at=evaluation.published_at,
        published_by=evaluation.published_by,
        runs=evaluation.runs,
        tracks=tracks,
        benefits={
            name: benefits(book, evaluation.rule_set_id, track.stars)
            for name, track in tracks.items()
        },
    )


def benefits(book: RuleBook, rule_set_id: str, stars: int) -> tuple[str, ...]:
    """The benefits an official star level brings under a rule-set (0 stars: none).

    >>> from sellerstar.rules import load_rulebook
    >>> benefits(load_rulebook(), "2022-11", 1), benefits(load_rulebook(), "2022-11", 0)
    (('Search ranking',), ())
    """
    try:
        rule_set = book.get(rule_set_id)
    except InputError:
        return ()
    return rule_set.star_level.benefits.get(stars, ())


def evaluations(connection: sa.Connection) -> list[PublishedEvaluation]:
    """Every published official evaluation, newest month first."""
    rows = connection.execute(sa.select(star_evaluations).order_by(star_evaluations.c.month.desc()))
    return [
        PublishedEvaluation(
            row.month,
            row.evaluation_date,
            row.stat_date,
            row.rule_set_id,
            row.published_at,
            row.published_by,
            row.runs,
        )
        for row in rows
    ]


def trend(
    connection: sa.Connection, merchant_id: str, last_stat_date: dt.date, days: int = 30
) -> list[TrendPoint]:
    """One point per stat date of the ``days`` ending on ``last_stat_date``, oldest first:
    stars and scores per track and the metric values."""
    first = last_stat_date - dt.timedelta(days=days - 1)
    points = {
        first + dt.timedelta(days=n): TrendPoint(first + dt.timedelta(days=n), {}, {}, {}, {})
        for n in range(days)
    }
    for row in connection.execute(
        sa.select(star_levels).where(
            star_levels.c.merchant_id == merchant_id,
            star_levels.c.stat_date.between(first, last_stat_date),
        )
    ):
        point = points[row.stat_date]
        point.stars[row.track] = row.stars
        point.enabled[row.track] = row.track_enabled
        point.scores[row.track] = {name: getattr(row, name) for name in _SCORES}
        scored = explained(row).metrics
        for name in _INPUT_METRICS:
            if name in scored:
                point.metrics[name] = scored[name].value
    columns = [merchant_metrics.c[column] for column in _TREND_METRICS.values()]
    for row in connection.execute(
        sa.select(merchant_metrics.c.stat_date, *columns).where(
            merchant_metrics.c.merchant_id == merchant_id,
            merchant_metrics.c.stat_date.between(first, last_stat_date),
        )
    ):
        for name, column in _TREND_METRICS.items():
            points[row.stat_date].metrics[name] = getattr(row, column)
    return list(points.values())


def _track(row: sa.Row[Any]) -> TrackStars:
    return TrackStars(
        track=row.track,
        enabled=row.track_enabled,
        stars=row.stars,
        scores={name: getattr(row, name) for name in _SCORES},
        gate_failed=row.gate_failed,
        held_back_by=row.held_back_by,
        explanation=explained(row),
        rule_set_id=row.rule_set_id,
    )


def explained(row: sa.Row[Any]) -> Explanation:
    """The explanation of a ``star_levels`` or ``official_star_levels`` row, parsed."""
    where = f"merchant {row.merchant_id!r}, {row.track} track, stat date {row.stat_date}"
    month = row._mapping.get("month")
    if month is not None:
        where += f" (official {month:%Y-%m})"
    return stored(row.explanation, where)
