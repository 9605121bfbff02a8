"""Star-level rows for the web tests, written straight into the store.

The explanation has every field the star job writes (sellerstar.stars.explain, validated
against sellerstar.stars.explanation): per metric value, points and weight; per capability
score and stars; the gate; the track; the inputs; what held back.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import sqlalchemy as sa

from sellerstar.store.db import transaction
from sellerstar.store.schema import (
    merchant_metrics,
    official_star_levels,
    star_averages,
    star_evaluations,
    star_levels,
)

STAT = dt.date(2022, 12, 4)
"""The newest stat date of the tests (view date 2022-12-06, 2-day lag)."""
COMPUTED = dt.datetime(2022, 12, 6, 0, 0, tzinfo=dt.UTC)
RULE_SET = "2022-11"
TRACK_MESSAGES = {
    "not_enrolled": "not enrolled in the guaranteed upgrade service",
    "too_few_fast_rts_products": (
        "only {} listed RTS products ship within 7 days (the fast-trade track needs 100)"
    ),
}
CUSTOM_METRICS = (
    "on_time_shipment_rate",
    "risk_health_score",
    "buyer_review_score",
    "tracking_visibility_rate",
)


# The session's form token (43 random URL-safe characters) may hold any digits: a page is
# searched for another merchant's figures without it.
_FORM_TOKEN = re.compile(r'value="[A-Za-z0-9_-]{43}"')


def without_form_tokens(html: str) -> str:
    """``html`` with the form tokens' random values left out."""
    return _FORM_TOKEN.sub('value=""', html)


def explanation(
    *,
    metrics: dict[str, tuple[float | None, float | None, float]],
    capabilities: dict[str, tuple[float | None, int]],
    due: int = 40,
    on_time: float = 0.9,
    gate_failed: bool = False,
    held_back_by: str | None = None,
    next_star: dict[str, Any] | None = None,
    weakest: str | None = None,
    reason: str | None = None,
    enrolled: bool | None = None,
    fast_rts_products: int | None = None,
) -> dict[str, Any]:
    """An explanation of stat date STAT (``level`` sets the row's): metrics name -> (value,
    points, weight), capabilities -> (score, stars); ``enrolled``: None on the custom track."""
    return {
        "rule_set_id": RULE_SET,
        "stat_date": STAT.isoformat(),
        "track": {
            "enabled": reason is None,
            "reason": reason,
            "message": TRACK_MESSAGES[reason].format(fast_rts_products) if reason else None,
            "enrolled": enrolled,
            "fast_rts_products": fast_rts_products,
            "min_rts_products": 100,
            "max_ship_days": 7,
        },
        "metrics": {
            name: {
                "value": value,
                "points": points,
                "weight": weight,
                "effective_weight": weight,
                "scored": points is not None,
                "default_pass": False,
            }
            for name, (value, points, weight) in metrics.items()
        },
        "capabilities": {
            name: {"score": score, "stars": stars} for name, (score, stars) in capabilities.items()
        },
        "ladder": [60, 70, 80, 85, 90],
        "gate": {
            "due_orders": due,
            "on_time_rate": on_time,
            "min_due_orders": 11,
            "min_on_time_rate": 0.8,
            "applies": due >= 11,
            "failed": gate_failed,
            "message": (
                f"{due} orders due to ship (≥ 11) and an on-time shipment rate of "
                f"{round(on_time * 100, 1)}% (< 80%): does not meet the star-level requirement"
            )
            if gate_failed
            else None,
        },
        "inputs": {
            "merchant_metrics": True,
            "capability_scores_from": "2022-10-01",
            "assurance_inputs_from": "2022-10-01",
        },
        "missing": [],
        "held_back_by": held_back_by,
        "weakest_metric": weakest,
        "next_star": next_star,
    }


def level(
    day: dt.date,
    merchant: str,
    track: str,
    stars: int,
    explained: dict[str, Any],
    *,
    scores: tuple[float | None, float | None, float | None, float | None] = (None,) * 4,
    enabled: bool = True,
    gate_failed: bool = False,
    held_back_by: str | None = None,
) -> dict[str, Any]:
    """A star_levels (or official_star_levels) row; scores: merchant, marketing,
    transaction, assurance."""
    return {
        "stat_date": day,
        "merchant_id": merchant,
        "track": track,
        "track_enabled": enabled,
        "stars": stars,
        "merchant_score": scores[0],
        "marketing_score": scores[1],
        "transaction_score": scores[2],
        "assurance_score": scores[3],
        "gate_failed": gate_failed,
        "held_back_by": held_back_by,
        "explanation": explained | {"stat_date": day.isoformat()},
        "rule_set_id": RULE_SET,
        "computed_at": COMPUTED,
    }


def metrics_row(
    merchant: str, day: dt.date, *, tv: float | None, ots: float | None, due: int
) -> dict[str, Any]:
    """A merchant_metrics row with the rates the star page shows."""
    return {
        "merchant_id": merchant,
        "stat_date": day,
        "tv_orders": 10,
        "tv_passing": None if tv is None else round(tv * 10),
        "tv_rate": tv,
        "gd_enrolled": False,
        "gd_orders": 0,
        "gd_guaranteed": 0,
        "gd_rate": 0.0,
        "gd_default_pass": False,  # not enrolled: no default pass (rulebook §2 revised)
        "ots_due": due,
        "ots_on_time": None if ots is None else round(ots * due),
        "ots_rate": ots,
        "rule_set_id": RULE_SET,
        "computed_at": COMPUTED,
    }


def average(
    day: dt.date, track: str, metric: str, value: float | None, stars: int = 1
) -> dict[str, Any]:
    """A star_averages row (3 merchants at ``stars``; 2 at any other level)."""
    return {
        "stat_date": day,
        "track": track,
        "stars": stars,
        "metric": metric,
        "average": value,
        "merchants": 3 if stars == 1 else 2,
        "computed_at": COMPUTED,
    }


def insert(engine: sa.Engine, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows into a store table."""
    with transaction(engine) as connection:
        connection.execute(table.insert(), rows)


def m1_custom(day: dt.date, tv: float = 0.5) -> dict[str, Any]:
    """M1 on the custom track: 2 stars, held back by the assurance capability (72.5)."""
    explained = explanation(
        metrics={
            "on_time_shipment_rate": (0.9, 80.0, 0.4),
            "risk_health_score": (60.0, 60.0, 0.25),
            "buyer_review_score": (4.4, 87.0, 0.2),
            "tracking_visibility_rate": (tv, 50.0, 0.15),
        },
        capabilities={
            "merchant": (88.0, 4),
            "marketing": (91.0, 5),
            "transaction": (86.0, 4),
            "assurance": (72.5, 2),
        },
        held_back_by="assurance",
        next_star={"stars": 3, "needs_score": 80.0, "short": ["assurance"]},
        weakest="risk_health_score",
    )
    return level(
        day,
        "M1",
        "custom",
        2,
        explained,
        scores=(88.0, 91.0, 86.0, 72.5),
        held_back_by="assurance",
    )


def m1_fast_trade(day: dt.date, reason: str = "too_few_fast_rts_products") -> dict[str, Any]:
    """M1 on the fast-trade track: not enabled, too few fast RTS products (12 of 100), or
    ``reason``."""
    explained = explanation(
        metrics={
            "on_time_shipment_rate": (0.9, 80.0, 0.3),
            "risk_health_score": (60.0, 60.0, 0.2),
            "buyer_review_score": (4.4, 87.0, 0.15),
            "tracking_visibility_rate": (0.5, 50.0, 0.15),
            "guaranteed_delivery_coverage": (0.0, 0.0, 0.2),
        },
        capabilities={
            "merchant": (None, 0),
            "marketing": (None, 0),
            "transaction": (None, 0),
            "assurance": (None, 0),
        },
        reason=reason,
        enrolled=reason != "not_enrolled",
        fast_rts_products=12,
        held_back_by="track_disabled",
        weakest="guaranteed_delivery_coverage",
    )
    return level(
        day, "M1", "fast_trade", 0, explained, enabled=False, held_back_by="track_disabled"
    )


def m2_gate(day: dt.date) -> dict[str, Any]:
    """M2 on the custom track: 0 stars, the basic-service gate failed (745 due, 31.81%)."""
    explained = explanation(
        metrics={
            "on_time_shipment_rate": (0.3181, 0.0, 0.4),
            "risk_health_score": (97.6, 97.6, 0.25),
            "buyer_review_score": (0.9, 12.0, 0.2),
            "tracking_visibility_rate": (1.0, 100.0, 0.15),
        },
        capabilities={
            "merchant": (70.0, 2),
            "marketing": (70.0, 2),
            "transaction": (70.0, 2),
            "assurance": (59.0, 0),
        },
        due=745,
        on_time=0.3181,
        gate_failed=True,
        held_back_by="basic_service_gate",
    )
    return level(
        day,
        "M2",
        "custom",
        0,
        explained,
        scores=(70.0, 70.0, 70.0, 59.0),
        gate_failed=True,
        held_back_by="basic_service_gate",
    )


def seed_stars(
    engine: sa.Engine, days: int = 30, fast_trade_reason: str = "too_few_fast_rts_products"
) -> None:
    """M1 (both tracks) and M2 (custom, gate failed) over ``days`` stat dates ending on
    STAT, their metrics, the 1-star averages, and an official evaluation of November."""
    dates = [STAT - dt.timedelta(days=n) for n in range(days)]
    insert(
        engine,
        star_levels,
        [
            row
            for day in dates
            for row in (m1_custom(day), m1_fast_trade(day, fast_trade_reason), m2_gate(day))
        ],
    )
    insert(
        engine,
        merchant_metrics,
        [metrics_row("M1", day, tv=0.5, ots=0.9, due=40) for day in dates]
        + [metrics_row("M2", day, tv=1.0, ots=0.3181, due=745) for day in dates],
    )
    insert(
        engine,
        star_averages,
        [
            average(day, "custom", metric, value)
            for day in dates
            for metric, value in (
                ("risk_health_score", 97.6),
                ("on_time_shipment_rate", 0.4505),
                ("buyer_review_score", 4.1),
                ("tracking_visibility_rate", 0.034),
                ("assurance_score", 64.2),
                ("merchant_score", 66.0),
            )
        ]
        # The 3-star benchmark (the seed's tab 3星): other figures, 2 merchants.
        + [
            average(day, "custom", metric, value, stars=3)
            for day in dates
            for metric, value in (
                ("risk_health_score", 99.2),
                ("on_time_shipment_rate", 0.9312),
                ("assurance_score", 83.4),
            )
        ],
    )
    month = dt.date(2022, 11, 1)
    official = m1_custom(dt.date(2022, 10, 31)) | {"stars": 3}
    official.pop("stat_date")
    insert(
        engine,
        official_star_levels,
        [official | {"month": month, "stat_date": dt.date(2022, 10, 31)}],
    )
    insert(
        engine,
        star_evaluations,
        [
            {
                "month": month,
                "evaluation_date": dt.date(2022, 11, 5),
                "stat_date": dt.date(2022, 10, 31),
                "rule_set_id": RULE_SET,
                "published_at": dt.datetime(2022, 11, 5, 1, 0, tzinfo=dt.UTC),
                "published_by": "system",
                "runs": 1,
            }
        ],
    )
