"""The star modules' examples run, and docs/stars.md names every explanation field and
every reason a star level can be held back by."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest
from test_stars_scoring import custom, fast

from sellerstar.stars.explain import explanation

DOCS = Path(__file__).parents[2] / "docs" / "stars.md"
MODULES = [
    f"sellerstar.stars.{name}"
    for name in ("averages", "batch", "frame", "official", "queries", "scoring", "text")
]


@pytest.mark.parametrize("module", MODULES)
def test_examples_in_docstrings_hold(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0


def test_the_docs_name_every_explanation_field_and_reason() -> None:
    text = DOCS.read_text(encoding="utf-8")
    [shown] = explanation(fast({"marketing_score": 70.0})).to_pylist()
    for field in shown:
        assert f"`{field}`" in text, field
    for part in ("track", "gate", "inputs", "next_star"):
        for field in shown[part]:
            assert f"`{field}`" in text, f"{part}.{field}"
    reasons = {
        "track_disabled",
        "merchant_metrics",
        "basic_service_gate",
        "capability_scores",
        "assurance_inputs",
        *custom({}).scores,
    }
    for reason in reasons:
        assert f"`{reason}`" in text, reason
