"""docs/stars.md names every explanation field and every reason a star level can be held
back by."""

from __future__ import annotations

from pathlib import Path

from test_stars_scoring import custom, fast

from sellerstar.stars.explain import explanation

DOCS = Path(__file__).parents[2] / "docs" / "stars.md"


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
