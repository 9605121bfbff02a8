"""The star level section of a rule-set (rulebook §2A): ladder, gate, evaluation, scoring.

The ladder and the assurance scoring are configuration; the capability scores of the
other three capabilities come from the marketplace.
"""

from __future__ import annotations

import itertools
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from sellerstar.rules._base import ClockTime, KeyedValueError, _Section

# The scales the metrics are expressed in (glossary): units, not rule numbers.
_METRIC_SCALES: dict[str, tuple[float, float]] = {
    "on_time_shipment_rate": (0.0, 1.0),
    "risk_health_score": (0.0, 100.0),
    "buyer_review_score": (0.0, 5.0),
    "tracking_visibility_rate": (0.0, 1.0),
    "guaranteed_delivery_coverage": (0.0, 1.0),
}
METRIC_SCALES = _METRIC_SCALES
"""Each scored metric's scale (low, high): the star planner's what-if bounds."""
_WEIGHT_TOLERANCE = 1e-9


class CurvePoint(_Section):
    """One corner of a scoring curve: a metric value and the points it earns."""

    value: float = Field(description="Metric value (in the metric's own scale).")
    points: float = Field(ge=0, le=100, description="Points earned at that value.")

    def __str__(self) -> str:
        return f"{self.value:g} → {self.points:g}"


class MetricScoring(_Section):
    """How one metric turns into points: a weight and a piecewise-linear curve."""

    weight: float = Field(gt=0, le=1, description="Share of the metric in the capability score.")
    curve: tuple[CurvePoint, ...] = Field(
        min_length=2,
        description="Corners (value → points), values strictly increasing; linear between "
        "corners, flat before the first and after the last.",
    )

    @field_validator("curve")
    @classmethod
    def _values_increase(cls, value: tuple[CurvePoint, ...]) -> tuple[CurvePoint, ...]:
        for before, after in itertools.pairwise(value):
            if after.value <= before.value:
                raise ValueError(
                    f"values must strictly increase ({before.value} then {after.value})"
                )
        return value

    def points_at(self, value: float) -> float:
        """Points a metric value earns, interpolated linearly between the curve's corners.

        >>> scoring = MetricScoring(weight=1, curve=(CurvePoint(value=0.8, points=60),
        ...                                          CurvePoint(value=1.0, points=100)))
        >>> scoring.points_at(0.9), scoring.points_at(0.5), scoring.points_at(1.2)
        (80.0, 60.0, 100.0)
        """
        first, last = self.curve[0], self.curve[-1]
        if value <= first.value:
            return first.points
        if value >= last.value:
            return last.points
        for left, right in zip(self.curve, self.curve[1:], strict=False):
            if value <= right.value:
                share = (value - left.value) / (right.value - left.value)
                return left.points + share * (right.points - left.points)
        return last.points  # pragma: no cover - the loop always returns

    def value_for(self, points: float) -> float | None:
        """The lowest metric value that earns ``points`` (a star line on the metric's
        chart); None when the curve never earns them, or earns them from its first corner.

        >>> scoring = MetricScoring(weight=1, curve=(CurvePoint(value=0.8, points=60),
        ...                                          CurvePoint(value=1.0, points=100)))
        >>> scoring.value_for(80), scoring.value_for(60), scoring.value_for(101)
        (0.9, None, None)
        """
        if self.curve[0].points >= points:
            return None
        for left, right in itertools.pairwise(self.curve):
            if left.points < points <= right.points:
                share = (points - left.points) / (right.points - left.points)
                return round(left.value + share * (right.value - left.value), 12)
        return None


class AssuranceScoring(_Section):
    """Assurance capability of the custom track: the scored metrics and their weights.

    The capability score is the weighted sum of the metrics' points (0–100). A metric that
    is not in force under the rule-set is simply absent.
    """

    on_time_shipment_rate: MetricScoring = Field(description="On-time shipment rate (0–1).")
    risk_health_score: MetricScoring = Field(description="Risk health score (0–100).")
    buyer_review_score: MetricScoring = Field(description="Buyer review score (0–5).")
    tracking_visibility_rate: MetricScoring | None = Field(
        default=None, description="Tracking visibility rate (0–1); absent before §1 is live."
    )

    def scored_metrics(self) -> dict[str, MetricScoring]:
        """The metrics this track scores, by name (absent ones left out)."""
        return {
            name: getattr(self, name)
            for name in type(self).model_fields
            if isinstance(getattr(self, name), MetricScoring)
        }

    @model_validator(mode="after")
    def _weights_and_scales(self) -> AssuranceScoring:
        metrics = self.scored_metrics()
        for name, scoring in metrics.items():
            low, high = _METRIC_SCALES[name]
            for index, point in enumerate(scoring.curve):
                if not low <= point.value <= high:
                    raise KeyedValueError(
                        f"{name}.curve[{index}].value",
                        f"{point.value} is outside the metric's scale {low:g}..{high:g}",
                    )
        total = sum(scoring.weight for scoring in metrics.values())
        if abs(total - 1) > _WEIGHT_TOLERANCE:
            names = ", ".join(f"{name}.weight" for name in metrics)
            raise ValueError(f"the weights ({names}) must sum to 1, they sum to {total:g}")
        return self


class FastTradeAssuranceScoring(AssuranceScoring):
    """Assurance capability of the fast-trade track: custom's metrics plus GD coverage."""

    guaranteed_delivery_coverage: MetricScoring | None = Field(
        default=None, description="Guaranteed-delivery coverage (0–1); absent before §2 is live."
    )
    guaranteed_delivery_default_pass_points: float | None = Field(
        default=None,
        ge=0,
        le=100,
        description="[decision] Points of the coverage metric when it passes by default "
        "(at most the configured number of pure-RTS orders).",
    )

    @model_validator(mode="after")
    def _default_pass_with_coverage(self) -> FastTradeAssuranceScoring:
        scored = self.guaranteed_delivery_coverage is not None
        if scored != (self.guaranteed_delivery_default_pass_points is not None):
            raise KeyedValueError(
                "guaranteed_delivery_default_pass_points",
                "must be given exactly when guaranteed_delivery_coverage is scored",
            )
        return self


class AssuranceTracks(_Section):
    """Assurance scoring of both star-level tracks."""

    custom: AssuranceScoring = Field(description="Custom track (every merchant).")
    fast_trade: FastTradeAssuranceScoring = Field(
        description="Fast-trade track (enrolled merchants with enough fast RTS products)."
    )


class BasicServiceGate(_Section):
    """Buyer basic-service gate: enough due orders and a low on-time rate mean 0 stars."""

    min_due_orders: int = Field(ge=1, description="The gate applies from this many due orders.")
    min_on_time_rate: float = Field(
        ge=0, le=1, description="Below this on-time shipment rate the star level is 0."
    )


class OfficialEvaluation(_Section):
    """When the official star level is evaluated and on which figures."""

    day: int = Field(ge=1, le=28, description="Day of the month of the evaluation.")
    at: ClockTime = Field(description="Time of day (platform time zone) of the evaluation.")
    stat_date: Literal["previous_month_end"] = Field(
        description="[decision] Figures used: those of stat date = last day of the previous "
        "calendar month (visible from view date month-end + lag, before the evaluation)."
    )


class StarLevel(_Section):
    """The star level (rulebook §2A)."""

    capability_thresholds: tuple[float, ...] = Field(
        min_length=1,
        description="The n-th value is the capability score (0–100) needed for n stars; a "
        "merchant's star level is the lowest of its four capabilities' stars.",
    )
    basic_service_gate: BasicServiceGate = Field(description="Buyer basic-service gate.")
    official_evaluation: OfficialEvaluation = Field(description="Monthly official evaluation.")
    assurance: AssuranceTracks = Field(description="Assurance capability scoring per track.")
    benefits: dict[int, tuple[str, ...]] = Field(
        description="[decision] Benefits per official star level: the full list an n-star "
        "merchant enjoys (0 stars: none)."
    )

    @field_validator("benefits", mode="before")
    @classmethod
    def _star_keys(cls, value: Any) -> Any:
        # TOML keys are strings: "3" names star level 3.
        if isinstance(value, dict):
            return {
                int(key) if isinstance(key, str) and key.isdigit() else key: (
                    tuple(item) if isinstance(item, list) else item
                )
                for key, item in value.items()
            }
        return value

    @field_validator("capability_thresholds")
    @classmethod
    def _ladder_climbs(cls, value: tuple[float, ...]) -> tuple[float, ...]:
        for before, after in itertools.pairwise(value):
            if after <= before:
                raise ValueError(f"thresholds must strictly increase ({before:g} then {after:g})")
        if value[0] < 0 or value[-1] > 100:
            raise ValueError("thresholds must lie in 0..100")
        return value

    @model_validator(mode="after")
    def _benefits_per_star(self) -> StarLevel:
        expected = set(range(1, len(self.capability_thresholds) + 1))
        if set(self.benefits) != expected:
            raise KeyedValueError(
                "benefits",
                f"needs exactly the star levels 1..{len(expected)}, "
                f"got {', '.join(str(star) for star in sorted(self.benefits)) or 'none'}",
            )
        return self

    @property
    def max_stars(self) -> int:
        """The highest star level of the ladder."""
        return len(self.capability_thresholds)

    def stars_for(self, capability_score: float) -> int:
        """Stars one capability score reaches on the ladder.

        >>> ladder = StarLevel.model_construct(capability_thresholds=(60, 70, 80, 85, 90))
        >>> ladder.stars_for(59), ladder.stars_for(60), ladder.stars_for(89.9)
        (0, 1, 4)
        """
        return sum(1 for threshold in self.capability_thresholds if capability_score >= threshold)
