"""The radar's round-34 rule (docs/radar.md "Round 34"): the last of letters spelt out one
by one is no word of a misspelt mark of several words (``A M S C A N Christmas`` is not Mr.
Christmas misspelt), while a letter that starts a mark still is (``L'Orial``)."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight("mr-christmas", "Mr. Christmas", "trademark", "Mr. Christmas", (), None, ()),
    IpRight("loreal", "L'Oréal", "trademark", "L'Oréal", ("L'Oreal",), None, ()),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.mark.parametrize(
    "title, rights",
    [
        ("A M S C A N Christmas Table Cover Red 54x108", set()),
        ("G r i n c h Christmas Inflatable Yard Decoration", set()),
        ("Ms Christmas Animated Carousel Music Box", {"mr-christmas"}),
        ("L'Orial Paris Revitalift Serum 30ml", {"loreal"}),
    ],
)
def test_a_spelt_out_letter_is_no_word_of_a_misspelt_mark(
    detector: Detector, title: str, rights: set[str]
) -> None:
    assert found(detector, title) == rights
