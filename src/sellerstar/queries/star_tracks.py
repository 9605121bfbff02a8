"""One track's predicted star level, read from its star_levels row (rulebook §2A).

The explanation JSON is the star job's, parsed into its model (``stars.explanation``): a
stored value that does not fit is an error naming the row. The trend rows of the window
are read once per page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from sellerstar.queries.star_levels import explained
from sellerstar.stars.explanation import Explanation
from sellerstar.store.schema import merchant_metrics, star_averages, star_levels

CAPABILITIES: tuple[str, ...] = ("merchant", "marketing", "transaction", "assurance")
# The seed's metric table order (风险健康分, 按时发货率, 买家评价分, 轨迹可视率, 到货保障覆盖率).
ASSURANCE_METRICS: tuple[str, ...] = (
    "risk_health_score",
    "on_time_shipment_rate",
    "buyer_review_score",
    "tracking_visibility_rate",
    "guaranteed_delivery_coverage",
)
RATE_METRICS: frozenset[str] = frozenset(
    {"on_time_shipment_rate", "tracking_visibility_rate", "guaranteed_delivery_coverage"}
)
ASSURANCE_SCORE = "assurance_score"
"""The trend series of the assurance capability's score (a star_averages metric name)."""
# The metric job's columns for the rates; the other metrics live in the explanation.
_RATE_COLUMNS = {
    "on_time_shipment_rate": "ots_rate",
    "tracking_visibility_rate": "tv_rate",
    "guaranteed_delivery_coverage": "gd_rate",
}
# Presentation, not a rule: the seed's star page shows "近30天趋势" (§1.5, §2A); the page
# offers 90 days too (issue 18).
TREND_DAYS = 30
TREND_CHOICES: tuple[int, ...] = (30, 90)


@dataclass(frozen=True)
class MetricFigure:
    """One assurance metric: the merchant's value, the 1-star average, how it scored."""

    name: str
    value: float | None
    average: float | None
    points: float | None
    weight: float | None
    default_pass: bool


@dataclass(frozen=True)
class CapabilityFigure:
    """One capability's score (0–100), the stars it reaches and the 1-star average."""

    name: str
    score: float | None
    stars: int | None
    average: float | None


@dataclass(frozen=True)
class Gate:
    """The buyer basic-service gate on the stat date."""

    applies: bool
    failed: bool
    due_orders: int | None
    on_time_rate: float | None
    min_due_orders: int
    min_on_time_rate: float


@dataclass(frozen=True)
class NextStar:
    """What the next star needs: a score in every capability; ``short`` are below it."""

    stars: int
    needs_score: float | None
    short: tuple[str, ...]


@dataclass(frozen=True)
class TrackStatus:
    """Whether a track is evaluated, and why not (fast-trade: enrolment, fast RTS products)."""

    reason: str | None
    fast_rts_products: int | None
    min_rts_products: int | None
    max_ship_days: int | None


@dataclass(frozen=True)
class RiskHealth:
    """Where the risk health score came from (rulebook §3.1): ``ledger`` (the penalty
    points active on the stat date, each costing ``deduction_per_point``, never below
    ``floor``) or ``imported`` (the marketplace's score of ``imported_from``)."""

    source: str
    penalty_points: float | None
    deduction_per_point: float | None
    floor: float | None
    imported_from: dt.date | None

    @property
    def lost(self) -> float | None:
        """Points the ledger took off the full score (before the floor)."""
        if self.penalty_points is None or self.deduction_per_point is None:
            return None
        return self.penalty_points * self.deduction_per_point


@dataclass(frozen=True)
class Series:
    """One metric's values over the trend dates (None: not computed that day)."""

    metric: str
    values: tuple[float | None, ...]
    averages: tuple[float | None, ...]


@dataclass(frozen=True)
class PredictedTrack:
    """The predicted star level of one track on the newest stat date, explained."""

    track: str
    enabled: bool
    stars: int
    status: TrackStatus
    gate: Gate
    held_back_by: str | None
    weakest_metric: str | None
    next_star: NextStar | None
    missing: tuple[str, ...]
    capabilities: tuple[CapabilityFigure, ...]
    metrics: tuple[MetricFigure, ...]
    trend: tuple[Series, ...]
    risk_health: RiskHealth | None = None
    # Merchants at the benchmark's star level on the stat date (its averages' base).
    benchmark_merchants: int | None = None

    @property
    def low_metrics(self) -> tuple[str, ...]:
        """The metrics to improve first: those scoring below what the next star needs,
        most costly first; else the weakest one."""
        needs = self.next_star.needs_score if self.next_star else None
        if needs is not None:
            below = [m for m in self.metrics if m.points is not None and m.points < needs]
            below.sort(key=lambda m: -(m.weight or 0.0) * (needs - (m.points or 0.0)))
            if below:
                return tuple(m.name for m in below)
        return (self.weakest_metric,) if self.weakest_metric else ()


@dataclass(frozen=True)
class TrendRows:
    """The rows of the trend window: star levels, metrics and the benchmark's averages
    (those of the merchants at ``benchmark`` stars) per date."""

    levels: dict[dt.date, dict[str, sa.Row[Any]]]
    explanations: dict[tuple[dt.date, str], Explanation]
    metrics: dict[dt.date, sa.Row[Any]]
    averages: dict[tuple[dt.date, str, str], float | None]
    merchants: dict[tuple[dt.date, str, str], int]

    @classmethod
    def read(
        cls,
        connection: sa.Connection,
        merchant_id: str,
        dates: tuple[dt.date, ...],
        benchmark: int = 1,
    ) -> TrendRows:
        first, last = dates[0], dates[-1]
        levels: dict[dt.date, dict[str, sa.Row[Any]]] = {}
        for row in connection.execute(
            sa.select(star_levels).where(
                star_levels.c.merchant_id == merchant_id,
                star_levels.c.stat_date.between(first, last),
            )
        ):
            levels.setdefault(row.stat_date, {})[row.track] = row
        metrics = {
            row.stat_date: row
            for row in connection.execute(
                sa.select(merchant_metrics).where(
                    merchant_metrics.c.merchant_id == merchant_id,
                    merchant_metrics.c.stat_date.between(first, last),
                )
            )
        }
        # Every track's averages of the window at one star level (about 600 rows for 30
        # days): only the columns needed, fetched at once, as this read is most of the
        # star page's cost.
        averages: dict[tuple[dt.date, str, str], float | None] = {}
        merchants: dict[tuple[dt.date, str, str], int] = {}
        for stat_date, track, metric, average, counted in connection.execute(
            sa.select(
                star_averages.c.stat_date,
                star_averages.c.track,
                star_averages.c.metric,
                star_averages.c.average,
                star_averages.c.merchants,
            ).where(
                star_averages.c.stat_date.between(first, last),
                star_averages.c.stars == benchmark,
            )
        ).all():
            averages[(stat_date, track, metric)] = average
            merchants[(stat_date, track, metric)] = counted
        explanations = {
            (day, track): explained(row)
            for day, tracks in levels.items()
            for track, row in tracks.items()
        }
        return cls(levels, explanations, metrics, averages, merchants)

    def explanation(self, day: dt.date, track: str) -> Explanation:
        """The explanation of the track's row on one date (which must exist)."""
        return self.explanations[(day, track)]

    def value(self, day: dt.date, track: str, metric: str) -> float | None:
        """The merchant's value of a metric (or the assurance score) on one date."""
        row = self.levels.get(day, {}).get(track)
        if metric == ASSURANCE_SCORE:
            return None if row is None else _number(row.assurance_score)
        if metric in _RATE_COLUMNS and day in self.metrics:
            return _number(getattr(self.metrics[day], _RATE_COLUMNS[metric]))
        if row is None:
            return None
        scored = self.explanations[(day, track)].metrics.get(metric)
        return None if scored is None else scored.value


def predicted_track(
    row: sa.Row[Any], history: TrendRows, dates: tuple[dt.date, ...]
) -> PredictedTrack:
    """One star_levels row, explained, with the trend of its track over ``dates``."""
    day, track = row.stat_date, row.track
    explanation = history.explanation(day, track)
    names = _scored_metrics(explanation)
    metrics = tuple(
        MetricFigure(
            name=name,
            value=history.value(day, track, name),
            average=history.averages.get((day, track, name)),
            points=explanation.metrics[name].points,
            weight=explanation.metrics[name].effective_weight,
            default_pass=explanation.metrics[name].default_pass,
        )
        for name in names
    )
    capabilities = tuple(
        CapabilityFigure(
            name=name,
            score=_number(getattr(row, f"{name}_score")),
            stars=explanation.capabilities.of(name).stars,
            average=history.averages.get((day, track, f"{name}_score")),
        )
        for name in CAPABILITIES
    )
    trend = tuple(
        Series(
            metric=name,
            values=tuple(history.value(d, track, name) for d in dates),
            averages=tuple(history.averages.get((d, track, name)) for d in dates),
        )
        for name in (ASSURANCE_SCORE, *names)
    )
    shown = explanation.track
    gate = explanation.gate
    following = explanation.next_star
    return PredictedTrack(
        track=track,
        enabled=bool(row.track_enabled),
        stars=int(row.stars),
        status=TrackStatus(
            shown.reason, shown.fast_rts_products, shown.min_rts_products, shown.max_ship_days
        ),
        gate=Gate(
            applies=gate.applies,
            failed=bool(row.gate_failed),
            due_orders=gate.due_orders,
            on_time_rate=gate.on_time_rate,
            min_due_orders=gate.min_due_orders,
            min_on_time_rate=gate.min_on_time_rate,
        ),
        held_back_by=row.held_back_by,
        weakest_metric=explanation.weakest_metric,
        next_star=None
        if following is None
        else NextStar(following.stars, following.needs_score, following.short),
        missing=tuple(explanation.missing),
        capabilities=capabilities,
        metrics=metrics,
        trend=trend,
        risk_health=risk_health(explanation),
        benchmark_merchants=history.merchants.get((day, track, ASSURANCE_SCORE)),
    )


def risk_health(explanation: Explanation) -> RiskHealth | None:
    """The source of the risk health score an explanation records (None: no score, or a
    row stored before the ledger said it)."""
    inputs = explanation.inputs
    if inputs.risk_health_source is None:
        return None
    return RiskHealth(
        source=inputs.risk_health_source,
        penalty_points=inputs.penalty_points,
        deduction_per_point=inputs.deduction_per_point,
        floor=inputs.floor,
        imported_from=inputs.assurance_inputs_from
        if inputs.risk_health_source == "imported"
        else None,
    )


def _scored_metrics(explanation: Explanation) -> list[str]:
    """The metrics the track scored (the explanation holds every one of its rule-set's),
    in the seed's table order, any new ones after them."""
    known = [name for name in ASSURANCE_METRICS if name in explanation.metrics]
    return known + sorted(set(explanation.metrics) - set(known))


def _number(value: float | None) -> float | None:
    """A store column's number; NaN (which PostgreSQL can hold) is "unknown"."""
    return None if value is None or value != value else float(value)
