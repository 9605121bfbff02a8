"""The radar's round-35 rule (docs/radar.md "Round 35"): an everyday-word mark, capitalised,
within four words after a brand the title names, is a second brand of a bundle or set
(``Owner Hooks Rigged Storm Swim Shad``, ``Papyrus Grinch Card``); not so in compatibility
wording (``Scale for Hario V60``), in lower case, as a colour, or with no brand before it."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight

GOODS_LURES = ("fishing lure", "crankbait", "soft swimbait")
RIGHTS = [
    IpRight("owner", "Owner America", "trademark", "Owner", (), None, ("fishing hook",)),
    IpRight("storm", "Storm Lures", "trademark", "Storm", (), None, GOODS_LURES),
    IpRight("papyrus", "Papyrus", "trademark", "Papyrus", (), None, ("greeting card",)),
    IpRight("grinch", "Dr. Seuss Enterprises", "trademark", "Grinch", (), None, ("plush toy",)),
    IpRight("timemore", "Timemore", "trademark", "Timemore", (), None, ("coffee scale",)),
    IpRight("hario", "Hario", "trademark", "Hario", (), None, ("coffee dripper",)),
    IpRight("coral", "Coral Yoga", "trademark", "Coral", (), None, ("yoga mat",)),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.mark.parametrize(
    "title, rights",
    [
        # The second brand of a bundle, up to four words after the first.
        ("Owner Hooks Rigged Storm Wildeye Swim Shad Set", {"owner", "storm"}),
        ("Papyrus Grinch Christmas Card Glitter", {"papyrus", "grinch"}),
        # Further than four words: the everyday word.
        ("Owner Hooks Rigged for Winter Lake Storm Season Kit", {"owner"}),
        # No brand before it: the everyday word, as before.
        ("Rigged Storm Wildeye Swim Shad Set", set()),
        # In lower case, or a colour, it is the word.
        ("Owner Hooks rigged storm ready set", {"owner"}),
        ("Owner Hooks Assorted Coral Beads", {"owner"}),
        # What a product fits is not a bundle.
        ("Timemore Scale for Hario V60 Pour Over Set", {"timemore"}),
    ],
)
def test_an_everyday_mark_after_a_named_brand_is_a_second_brand(
    detector: Detector, title: str, rights: set[str]
) -> None:
    assert found(detector, title) == rights
