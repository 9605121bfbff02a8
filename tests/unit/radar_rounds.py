"""What the radar's round tests share (test_radar_detector_round6.py and after): a
detector over a few rights with the rule-set in force, and the rights a listing is found
to infringe."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight, ProductText
from sellerstar.rules import load_rulebook

# A day when the product radar's rule-set is in force.
IN_FORCE = dt.date(2022, 11, 9)


def detector(rights: Sequence[IpRight], allow_compatibility_wording: bool = True) -> Detector:
    rule_set = load_rulebook().in_force(IN_FORCE)
    assert rule_set.product_radar is not None
    rules = rule_set.product_radar.detection.model_copy(
        update={"allow_compatibility_wording": allow_compatibility_wording}
    )
    return Detector.build(rights, rules, None)


def found(
    detector: Detector, title: str, description: str | None = None, brand: str | None = None
) -> set[str]:
    """The ids of the rights the listing is found to infringe."""
    product = ProductText("p1", title, description, brand, None)
    return {finding.right_id for finding in detector.scan(product, None)}
