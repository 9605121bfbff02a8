"""The explanation of one star row: the one shape the star job writes and every reader parses.

``stars.explain`` builds the explanations column-wise in Arrow; before a row is written,
:func:`checked` validates it against :class:`Explanation` (the jobs call it through
``Evaluation.level_rows``), and readers turn the stored JSON back into the model with
:func:`stored`. A stored value that does not fit is an error naming the row, never a
value filled in from today's rules. docs/stars.md describes every field.

>>> stored({"rule_set_id": "2022-11"}, "merchant 'M1'")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
sellerstar.errors.StoredDataError: the stored star explanation of merchant 'M1' does not ...
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from sellerstar.errors import StoredDataError

_SHOWN_PROBLEMS = 3


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MetricExplanation(_Part):
    """One scored metric: its value, the points it earns, its weight and its share."""

    value: float | None
    points: float | None
    weight: float
    effective_weight: float
    scored: bool
    default_pass: bool


class CapabilityExplanation(_Part):
    """One capability's score (None: not known) and the stars it reaches on the ladder."""

    score: float | None
    stars: int


class Capabilities(_Part):
    """The four capabilities, in the seed's order."""

    merchant: CapabilityExplanation
    marketing: CapabilityExplanation
    transaction: CapabilityExplanation
    assurance: CapabilityExplanation

    def of(self, name: str) -> CapabilityExplanation:
        """The capability called ``name``."""
        found = getattr(self, name)
        assert isinstance(found, CapabilityExplanation), name
        return found


class TrackExplanation(_Part):
    """Whether the track is evaluated; for fast-trade, enrolment and fast RTS products."""

    enabled: bool
    reason: Literal["not_enrolled", "too_few_fast_rts_products"] | None
    message: str | None
    enrolled: bool | None
    fast_rts_products: int | None
    min_rts_products: int
    max_ship_days: int


class GateExplanation(_Part):
    """The buyer basic-service gate with the figures and limits it was judged on."""

    due_orders: int | None
    on_time_rate: float | None
    min_due_orders: int
    min_on_time_rate: float
    applies: bool
    failed: bool
    message: str | None


class InputsExplanation(_Part):
    """Which inputs the evaluation used: metrics computed, the dates of supplied scores,
    and where the risk health score came from: ``ledger`` (``penalty_points`` active on
    the stat date, each costing ``deduction_per_point``, never below ``floor``) or
    ``imported`` (``assurance_inputs``); None without a score. Rows stored before the
    ledger have no source (None)."""

    merchant_metrics: bool
    capability_scores_from: dt.date | None
    assurance_inputs_from: dt.date | None
    risk_health_source: Literal["ledger", "imported"] | None = None
    penalty_points: float | None = None
    deduction_per_point: float | None = None
    floor: float | None = None


class NextStar(_Part):
    """The next star, the score every capability needs for it, and those still below."""

    stars: int
    needs_score: float
    short: tuple[str, ...]


class Explanation(_Part):
    """Why a merchant has its stars on one track and stat date (a ``star_levels`` row)."""

    rule_set_id: str
    stat_date: dt.date
    track: TrackExplanation
    metrics: dict[str, MetricExplanation]
    capabilities: Capabilities
    ladder: tuple[float, ...]
    gate: GateExplanation
    inputs: InputsExplanation
    missing: tuple[Literal["merchant_metrics", "capability_scores", "assurance_inputs"], ...]
    held_back_by: str | None
    weakest_metric: str | None
    next_star: NextStar | None


def checked(value: dict[str, Any]) -> dict[str, Any]:
    """An explanation the star job built, validated, as the JSON to store.

    The value itself is stored: it already has the model's types (Arrow's), and dumping
    the model again would double the cost of a large batch. A failure here is a bug in
    ``stars.explain``: it is raised as it is.
    """
    Explanation.model_validate(value)
    return value


def stored(value: Any, row: str) -> Explanation:
    """The explanation stored for ``row`` (e.g. "merchant 'M1', custom track, stat date
    2022-12-04"); :class:`StoredDataError` naming the row when it does not parse."""
    try:
        return Explanation.model_validate(value)
    except ValidationError as error:
        problems = [
            f"{'.'.join(str(part) for part in problem['loc']) or 'value'}: {problem['msg']}"
            for problem in error.errors()
        ]
        more = "; ..." if len(problems) > _SHOWN_PROBLEMS else ""
        raise StoredDataError(
            f"the stored star explanation of {row} does not have the star job's shape "
            f"({'; '.join(problems[:_SHOWN_PROBLEMS])}{more}); evaluate those stars again"
        ) from None
