"""One track's predicted star level, read from its star_levels row (rulebook §2A).

The explanation JSON is the star job's; it is read defensively: a field it lacks is shown
as unknown, never an error. The trend rows of the window are read once per page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from sellerstar.rules.model import RuleSet
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
# Presentation, not a rule: the seed's star page shows "近30天趋势" (§1.5, §2A).
TREND_DAYS = 30


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
    """The rows of the trend window: star levels, metrics and averages per date."""

    levels: dict[dt.date, dict[str, sa.Row[Any]]]
    metrics: dict[dt.date, sa.Row[Any]]
    averages: dict[tuple[dt.date, str, str], float | None]

    @classmethod
    def read(
        cls, connection: sa.Connection, merchant_id: str, dates: tuple[dt.date, ...]
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
        # Every track's averages of 30 days (about 600 rows): only the columns needed,
        # fetched at once, as this read is most of the star page's cost.
        averages = {
            (stat_date, track, metric): average
            for stat_date, track, metric, average in connection.execute(
                sa.select(
                    star_averages.c.stat_date,
                    star_averages.c.track,
                    star_averages.c.metric,
                    star_averages.c.average,
                ).where(star_averages.c.stat_date.between(first, last))
            ).all()
        }
        return cls(levels, metrics, averages)

    def value(self, day: dt.date, track: str, metric: str) -> float | None:
        """The merchant's value of a metric (or the assurance score) on one date."""
        row = self.levels.get(day, {}).get(track)
        if metric == ASSURANCE_SCORE:
            return None if row is None else _number(row.assurance_score)
        if metric in _RATE_COLUMNS and day in self.metrics:
            return _number(getattr(self.metrics[day], _RATE_COLUMNS[metric]))
        if row is None:
            return None
        return _number(_dig(row.explanation, "metrics", metric, "value"))


def predicted_track(
    row: sa.Row[Any], rule_set: RuleSet, history: TrendRows, dates: tuple[dt.date, ...]
) -> PredictedTrack:
    """One star_levels row, explained, with the trend of its track over ``dates``."""
    explanation = row.explanation if isinstance(row.explanation, dict) else {}
    day, track = row.stat_date, row.track
    names = _scored_metrics(rule_set, track, explanation)
    metrics = tuple(
        MetricFigure(
            name=name,
            value=history.value(day, track, name),
            average=history.averages.get((day, track, name)),
            points=_number(_dig(explanation, "metrics", name, "points")),
            weight=_weight(explanation, name),
            default_pass=_dig(explanation, "metrics", name, "default_pass") is True,
        )
        for name in names
    )
    capabilities = tuple(
        CapabilityFigure(
            name=name,
            score=_number(getattr(row, f"{name}_score")),
            stars=_integer(_dig(explanation, "capabilities", name, "stars")),
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
    return PredictedTrack(
        track=track,
        enabled=bool(row.track_enabled),
        stars=int(row.stars),
        status=_status(explanation),
        gate=_gate(row, explanation, rule_set, history.metrics.get(day)),
        held_back_by=row.held_back_by,
        weakest_metric=_text(explanation.get("weakest_metric")),
        next_star=_next_star(explanation.get("next_star")),
        missing=tuple(str(item) for item in explanation.get("missing") or () if item),
        capabilities=capabilities,
        metrics=metrics,
        trend=trend,
    )


def _weight(explanation: dict[str, Any], name: str) -> float | None:
    """The metric's share of the score: the effective one (0 when it is not scored)."""
    effective = _number(_dig(explanation, "metrics", name, "effective_weight"))
    return _number(_dig(explanation, "metrics", name, "weight")) if effective is None else effective


def _scored_metrics(rule_set: RuleSet, track: str, explanation: dict[str, Any]) -> list[str]:
    """The metrics the track scores: the rule-set's, plus any the explanation adds."""
    tracks = rule_set.star_level.assurance
    scored = set((tracks.custom if track == "custom" else tracks.fast_trade).scored_metrics())
    explained = explanation.get("metrics")
    if isinstance(explained, dict):
        scored |= set(explained)
    known = [name for name in ASSURANCE_METRICS if name in scored]
    return known + sorted(scored - set(known))


def _status(explanation: dict[str, Any]) -> TrackStatus:
    return TrackStatus(
        reason=_text(_dig(explanation, "track", "reason")),
        fast_rts_products=_integer(_dig(explanation, "track", "fast_rts_products")),
        min_rts_products=_integer(_dig(explanation, "track", "min_rts_products")),
        max_ship_days=_integer(_dig(explanation, "track", "max_ship_days")),
    )


def _gate(
    row: sa.Row[Any], explanation: dict[str, Any], rule_set: RuleSet, metrics: sa.Row[Any] | None
) -> Gate:
    rule = rule_set.star_level.basic_service_gate
    due = _integer(_dig(explanation, "gate", "due_orders"))
    rate = _number(_dig(explanation, "gate", "on_time_rate"))
    if due is None and metrics is not None:
        due = _integer(metrics.ots_due)
    if rate is None and metrics is not None:
        rate = _number(metrics.ots_rate)
    minimum = _integer(_dig(explanation, "gate", "min_due_orders"))
    limit = _number(_dig(explanation, "gate", "min_on_time_rate"))
    applies = _dig(explanation, "gate", "applies")
    return Gate(
        applies=bool(applies) if applies is not None else bool(row.gate_failed),
        failed=bool(row.gate_failed),
        due_orders=due,
        on_time_rate=rate,
        min_due_orders=rule.min_due_orders if minimum is None else minimum,
        min_on_time_rate=rule.min_on_time_rate if limit is None else limit,
    )


def _next_star(found: Any) -> NextStar | None:
    stars = _integer(_dig(found, "stars"))
    if stars is None:
        return None
    short = _dig(found, "short")
    return NextStar(
        stars=stars,
        needs_score=_number(_dig(found, "needs_score")),
        short=tuple(str(name) for name in short) if isinstance(short, list) else (),
    )


def _dig(found: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(found, dict):
            return None
        found = found.get(key)
    return found


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return None if value != value else float(value)  # NaN is "unknown"


def _integer(value: Any) -> int | None:
    number = _number(value)
    return None if number is None else int(number)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
