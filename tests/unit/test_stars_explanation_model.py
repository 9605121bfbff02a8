"""The explanation's one model: what the star job builds fits it exactly, and anything
else is refused, when written and when read."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError
from test_stars_scoring import BASELINE, custom, fast, merchants

from sellerstar.errors import StoredDataError
from sellerstar.stars.explain import explanation
from sellerstar.stars.explanation import Explanation, checked, stored
from sellerstar.stars.scoring import evaluate_track


def _built() -> list[dict[str, Any]]:
    """Explanations of every shape the job writes: enabled, disabled (both reasons), gate
    failed, held back by a capability, inputs missing, a rule-set scoring fewer metrics."""
    rows = explanation(custom({"marketing_score": 72.5, "ots_due": 745.0, "ots_rate": 0.5}))
    rows = rows.to_pylist()
    rows += explanation(fast({"fast_rts_products": 37}, {"enrolled": False})).to_pylist()
    rows += explanation(custom({"marketing_score": 72.5})).to_pylist()
    missing = merchants({"has_capability_scores": False, "has_metrics": False}, {})
    rows += explanation(evaluate_track(missing, BASELINE, "custom")).to_pylist()
    return rows


def test_what_the_job_builds_is_stored_unchanged() -> None:
    built = _built()
    assert {row["track"]["reason"] for row in built} >= {None, "not_enrolled"}
    assert any(row["next_star"] is None for row in built)
    assert any(row["next_star"] is not None for row in built)
    assert any(row["gate"]["message"] for row in built)
    for row in built:
        assert checked(row) == row
        assert stored(row, "a row").model_dump(mode="json") == row


def _without(row: dict[str, Any], part: str, field: str) -> dict[str, Any]:
    return row | {part: {k: v for k, v in row[part].items() if k != field}}


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda row: row | {"extra": 1}, "extra: Extra inputs are not permitted"),
        (lambda row: _without(row, "gate", "min_due_orders"), "gate.min_due_orders"),
        (lambda row: _without(row, "capabilities", "assurance"), "capabilities.assurance"),
        (lambda row: row | {"missing": ["something"]}, "missing.0"),
        (lambda row: row | {"stat_date": "30/11/2022"}, "stat_date"),
    ],
)
def test_a_value_of_another_shape_is_refused(change: Any, problem: str) -> None:
    [row] = explanation(custom({})).to_pylist()
    wrong = change(row)
    assert checked(row) == row  # the same row unchanged is accepted
    with pytest.raises(ValidationError):
        checked(wrong)
    with pytest.raises(StoredDataError, match="merchant 'M1', custom track") as error:
        stored(wrong, "merchant 'M1', custom track")
    assert problem in str(error.value)


def test_the_parsed_model_reads_every_part() -> None:
    [row] = explanation(custom({"marketing_score": 72.5})).to_pylist()
    parsed = Explanation.model_validate(row)
    assert parsed.capabilities.of("marketing").stars == 2
    assert parsed.next_star is not None and parsed.next_star.short == ("marketing",)
    assert parsed.gate.min_due_orders == 11 and parsed.track.enrolled is None
