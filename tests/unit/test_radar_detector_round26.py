"""The radar's round-26 rules (docs/radar.md "Round 26"), each with the other side: a
university or a college after a mark makes it that institution's name; a personalised
birthday banner carries a person's name; a model kit or an art print shows what it names."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight(
        "colgate",
        "Colgate-Palmolive",
        "trademark",
        "Colgate",
        (),
        None,
        ("toothpaste", "toothbrush"),
    ),
    IpRight("harrys", "Harry's, Inc.", "trademark", "Harry's", (), None, ("razor", "shave gel")),
    IpRight(
        "hayabusa",
        "Hayabusa Fightwear",
        "trademark",
        "Hayabusa",
        (),
        None,
        ("boxing glove", "rash guard"),
    ),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.mark.parametrize(
    "title, rights",
    [
        ("Colgate University Alumni Hoodie Maroon", set()),
        ("Colgate College Pennant Felt", set()),
        ("Harry's Birthday Banner Personalized Gold", set()),
        ("Hayabusa Asteroid Probe Model Kit 1/32", set()),
        ("Peregrine Falcon Hayabusa Japanese Art Print", set()),
        # The other side: the right's goods, or no such word.
        ("Colgate University Toothpaste Travel Pack", {"colgate"}),
        ("Colgate Alumni Hoodie Maroon", {"colgate"}),
        ("Harry's Razor Birthday Banner Gift Set", {"harrys"}),
        ("Hayabusa Boxing Gloves Model Kit Edition", {"hayabusa"}),
        ("Hayabusa Asteroid Probe Enamel Pin", {"hayabusa"}),
    ],
)
def test_round_26(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights
