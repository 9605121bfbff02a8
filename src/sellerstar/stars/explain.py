"""The rows of a track's evaluation, each with its explanation, built column-wise in Arrow.

The explanation (JSON) holds everything a page needs to say in words why a merchant has
its stars: per metric value, points and weight; per capability score and stars; the
basic-service gate; the inputs used or missing; what held the star level back and the
score the next star needs. docs/stars.md describes every field.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from sellerstar.domain.figures import PERCENT_DECIMALS
from sellerstar.domain.penalties import RiskHealthSource
from sellerstar.stars.frame import CAPABILITIES, Bools, Floats, Texts
from sellerstar.stars.scoring import MetricScore, TrackResult


def track_rows(result: TrackResult) -> pa.Table:
    """The ``star_levels`` columns (without stat date and time stamp) of one track."""
    size = result.inputs.size
    return pa.table(
        {
            "merchant_id": pa.array(result.inputs.merchant_id, type=pa.string()),
            "track": _constant(size, result.track),
            "track_enabled": pa.array(result.enabled),
            "stars": pa.array(result.stars),
            "assurance_score": _floats(result.scores["assurance"]),
            "merchant_score": _floats(result.scores["merchant"]),
            "marketing_score": _floats(result.scores["marketing"]),
            "transaction_score": _floats(result.scores["transaction"]),
            "gate_failed": pa.array(result.gate_failed),
            "held_back_by": _texts(result.held_back_by),
            "explanation": explanation(result),
            "rule_set_id": _constant(size, result.rule_set.id),
        }
    )


def explanation(result: TrackResult) -> pa.StructArray:
    """The explanation of every merchant of one track, as an Arrow struct column."""
    size = result.inputs.size
    thresholds = result.rule_set.star_level.capability_thresholds
    return _struct(
        {
            "rule_set_id": _constant(size, result.rule_set.id),
            "stat_date": _constant(size, result.inputs.stat_date.isoformat()),
            "track": _track(result),
            "metrics": _struct({m.name: _metric(m) for m in result.metrics}, size),
            "capabilities": _struct(
                {
                    name: _struct(
                        {
                            "score": _floats(result.scores[name]),
                            "stars": pa.array(result.capability_stars[name]),
                        }
                    )
                    for name in CAPABILITIES
                }
            ),
            "ladder": pa.array([list(thresholds)] * size, type=pa.list_(pa.float64())),
            "gate": _gate(result),
            "inputs": _inputs(result),
            "missing": _names_where(
                {
                    "merchant_metrics": ~result.inputs.has_metrics,
                    "capability_scores": ~result.inputs.has_capability_scores,
                    "assurance_inputs": ~result.inputs.has_assurance_inputs,
                }
            ),
            "held_back_by": _texts(result.held_back_by),
            "weakest_metric": _texts(result.weakest_metric),
            "next_star": _next_star(result),
        }
    )


def _metric(metric: MetricScore) -> pa.StructArray:
    return _struct(
        {
            "value": _floats(metric.value),
            "points": _floats(metric.points),
            "weight": _constant(len(metric.value), metric.weight),
            "effective_weight": _floats(metric.effective_weight),
            "scored": pa.array(~np.isnan(metric.points)),
            "default_pass": pa.array(metric.default_pass),
        }
    )


def _track(result: TrackResult) -> pa.StructArray:
    inputs = result.inputs
    service = result.rule_set.guarantee_service
    size = inputs.size
    count = pc.cast(pa.array(inputs.fast_rts_products), pa.string())
    short_message = pc.binary_join_element_wise(
        "only ",
        count,
        f" listed RTS products ship within {service.fast_trade_max_ship_days} days "
        f"(the fast-trade track needs {service.fast_trade_min_rts_products})",
        "",
    )
    reason = _texts(result.disabled_reason)
    message = pc.case_when(
        pc.make_struct(
            pc.equal(reason, "not_enrolled"), pc.equal(reason, "too_few_fast_rts_products")
        ),
        _constant(size, "not enrolled in the guaranteed upgrade service"),
        short_message,
    )
    fast = result.track == "fast_trade"
    return _struct(
        {
            "enabled": pa.array(result.enabled),
            "reason": reason,
            "message": message,
            "enrolled": pa.array(inputs.enrolled) if fast else pa.nulls(size, pa.bool_()),
            "fast_rts_products": (
                pa.array(inputs.fast_rts_products) if fast else pa.nulls(size, pa.int64())
            ),
            "min_rts_products": _constant(size, service.fast_trade_min_rts_products),
            "max_ship_days": _constant(size, service.fast_trade_max_ship_days),
        }
    )


def _gate(result: TrackResult) -> pa.StructArray:
    gate = result.rule_set.star_level.basic_service_gate
    inputs = result.inputs
    size = inputs.size
    due = pa.array(np.nan_to_num(inputs.ots_due).astype(np.int64), mask=~inputs.has_metrics)
    rate = _floats(inputs.ots_rate)
    # Cut like every figure (domain/figures.py): 84.999 % must not read "85 % (< 85 %)".
    cut = pc.round(pc.multiply(rate, 100.0), PERCENT_DECIMALS, round_mode="down")
    percent = pc.cast(cut, pa.string())
    limit = f"{gate.min_on_time_rate * 100:g}%"
    text = pc.binary_join_element_wise(
        pc.cast(due, pa.string()),
        f" orders due to ship (≥ {gate.min_due_orders}) and an on-time shipment rate of ",
        percent,
        f"% (< {limit}): does not meet the star-level requirement",
        "",
    )
    return _struct(
        {
            "due_orders": due,
            "on_time_rate": rate,
            "min_due_orders": _constant(size, gate.min_due_orders),
            "min_on_time_rate": _constant(size, gate.min_on_time_rate),
            "applies": pa.array(result.gate_applies),
            "failed": pa.array(result.gate_failed),
            "message": pc.if_else(pa.array(result.gate_failed), text, pa.scalar(None, pa.string())),
        }
    )


def _inputs(result: TrackResult) -> pa.StructArray:
    inputs = result.inputs
    ledger = result.rule_set.penalty_points
    from_ledger = ~np.isnan(inputs.penalty_points)
    source: Texts = np.full(inputs.size, None, dtype=object)
    source[inputs.has_assurance_inputs] = RiskHealthSource.IMPORTED.value
    source[from_ledger] = RiskHealthSource.LEDGER.value
    return _struct(
        {
            "merchant_metrics": pa.array(inputs.has_metrics),
            "capability_scores_from": _texts(inputs.capability_scores_from),
            "assurance_inputs_from": _texts(inputs.assurance_inputs_from),
            "risk_health_source": _texts(source),
            "penalty_points": _floats(inputs.penalty_points),
            "deduction_per_point": _floats(
                np.where(from_ledger, ledger.risk_health_deduction_per_point, np.nan)
            ),
            "floor": _floats(np.where(from_ledger, ledger.risk_health_floor, np.nan)),
        }
    )


def _next_star(result: TrackResult) -> pa.StructArray:
    """For a merchant held back by a capability: the next star, the score it needs and the
    capabilities still below it."""
    thresholds = np.asarray(result.rule_set.star_level.capability_thresholds)
    stars = np.min(np.stack([result.capability_stars[name] for name in CAPABILITIES]), axis=0)
    has_next = np.isin(result.held_back_by, CAPABILITIES)
    needs = thresholds[np.minimum(stars, len(thresholds) - 1)]
    short = {
        name: has_next & ~(np.nan_to_num(result.scores[name], nan=-1.0) >= needs)
        for name in CAPABILITIES
    }
    return _struct(
        {
            "stars": pa.array(stars + 1),
            "needs_score": pa.array(needs.astype(np.float64)),
            "short": _names_where(short),
        },
        mask=~has_next,
    )


def _struct(
    fields: dict[str, pa.Array], size: int | None = None, mask: Bools | None = None
) -> pa.StructArray:
    if not fields:
        # A rule-set may score no metric: an empty object per row.
        return pa.array([{}] * (size or 0), type=pa.struct([]))
    return pa.StructArray.from_arrays(
        list(fields.values()),
        names=list(fields),
        mask=None if mask is None else pa.array(mask),
    )


def _names_where(masks: dict[str, Bools]) -> pa.ListArray:
    """Per row, the names whose mask is true there (in the dict's order)."""
    names = np.array(list(masks), dtype=object)
    matrix = np.stack(list(masks.values()), axis=1)
    # np.nonzero is row-major: the column numbers come merchant by merchant.
    _, columns = np.nonzero(matrix)
    offsets = np.concatenate([[0], np.cumsum(matrix.sum(axis=1))]).astype(np.int32)
    return pa.ListArray.from_arrays(pa.array(offsets), pa.array(names[columns], type=pa.string()))


def _floats(values: Floats) -> pa.Array:
    return pa.array(values, mask=np.isnan(values), type=pa.float64())


def _texts(values: Texts) -> pa.Array:
    return pa.array(values, type=pa.string())


def _constant(size: int, value: Any) -> pa.Array:
    return pa.array([value] * size, type=pa.scalar(value).type)
