"""The radar's round-27 rule (docs/radar.md "Round 27"), with the other side: action
figures, anime goods, comics, storybooks and photo or watercolour prints show what they
name; a plush toy is no such cue (plush brands sell plush toys under their own names)."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight("optimus", "Primus AB", "trademark", "Optimus", (), None, ("camping stove",)),
    IpRight("midas", "Midas Consoles", "trademark", "Midas", (), None, ("mixing console",)),
    IpRight("kirby", "Kirby Company", "trademark", "Kirby", (), None, ("vacuum cleaner",)),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.mark.parametrize(
    "title, rights",
    [
        ("Optimus Prime Action Figure Transforming Robot", set()),
        ("King Midas Golden Touch Storybook Kids", set()),
        ("Midas Touch Comic Issue 1 Variant Cover", set()),
        ("Kirby Anime Character Acrylic Stand", set()),
        ("Midas Harbour Sunset Photo Print", set()),
        # The other side: the right's goods named, or no cue; a plush is no cue.
        ("Optimus Camping Stove Action Figure Edition", {"optimus"}),
        ("Optimus Prime Keyring Metal", {"optimus"}),
        ("Kirby Plush Toy Pink 20cm", {"kirby"}),
    ],
)
def test_round_27(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights
