"""The radar's round-22 and round-23 rules (docs/radar.md "Round 22", "Round 23"), each with
the other side: the pinyin of an everyday Chinese mark is everyday too; hyphenated
dictionary compounds; a word inside another mark found whole; a foreign phrase around a
mark; a misspelling that is a word of some language or a place; a trade term."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight(
        "dunhuang",
        "Shanghai Dunhuang Musical Instruments Co.",
        "trademark",
        "敦煌",
        ("Dunhuang",),
        None,
        ("guzheng", "pipa", "古筝"),
    ),
    IpRight("ping", "Karsten Manufacturing", "trademark", "Ping", (), None, ("golf club", "ball")),
    IpRight("mobi", "Mobigarden Outdoor", "trademark", "牧高笛", ("Mobi Garden",), None, ("tent",)),
    IpRight("gardena", "Gardena GmbH", "trademark", "Gardena", (), None, ("hose", "sprinkler")),
    IpRight("joie", "Joie International", "trademark", "Joie", (), None, ("car seat", "stroller")),
    IpRight("beurer", "Beurer GmbH", "trademark", "Beurer", (), None, ("scale", "thermometer")),
    IpRight("orijen", "Champion Petfoods", "trademark", "Orijen", (), None, ("dog food",)),
    IpRight("cif", "Unilever", "trademark", "Cif", (), None, ("cream cleaner", "spray")),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.mark.parametrize(
    "title, rights",
    [
        # The pinyin of an everyday Chinese mark (敦煌, the town) names it as 敦煌 does, and
        # the holder's name holding that word is no evidence of the brand.
        ("Dunhuang Mogao Caves Art Book Hardcover", set()),
        ("Dunhuang Guzheng 163cm Professional Concert", {"dunhuang"}),
        # A dictionary compound written with a hyphen (ping-pong) is that compound.
        ("Ping Pong Paddle Set 4 Bats 8 Balls", set()),
        ("Ping G430 Max Driver Golf Club", {"ping"}),
        # A word inside another mark found whole is that mark, not a misspelling of this.
        ("Ultralight Tent, Mobi Garden same factory line", {"mobi"}),
        ("Gardenna Hose Reel 30m Wall Mounted", {"gardena"}),
        # A foreign phrase around a mark: the phrase.
        ("Joie de Vivre Wall Art Print French Quote", set()),
        ("Joie Car Seat Isofix 0-4 Years", {"joie"}),
        # A misspelling that is a word of some language needs the brand or the goods.
        ("Beurre Dish French Butter Keeper Ceramic", set()),
        ("Beurre Digital Body Scale 180kg Glass", {"beurer"}),
        ("Origen Dog Food Puppy Large Breed 11kg", {"orijen"}),
        # A trade term is that term, unless the brand or the goods show.
        ("Bubble Wrap Rolls CIF Price Rotterdam 40HQ", set()),
        ("CIF Cream Cleaner Lemon 500ml", {"cif"}),
        ("Cif® Kitchen Spray 750ml", {"cif"}),
    ],
)
def test_round_22(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


YANMAR = IpRight(
    "yanmar", "Yanmar Holdings", "trademark", "Yanmar", (), None, ("tractor", "engine")
)


@pytest.mark.parametrize(
    "title, rights",
    [
        # Round 23: a misspelling that is the name of a place is that place.
        ("Myanmar Teak Wood Garden Bench 150cm", set()),
        ("Myanmar Jade Bangle Natural Green", set()),
        # The other side: the right's goods, a misspelling that is no place.
        ("Myanmar Tractor Water Pump Replacement", {"yanmar"}),
        ("Yanmarr Tractor Parts Hydraulic Pump", {"yanmar"}),
    ],
)
def test_round_23_a_place(title: str, rights: set[str]) -> None:
    assert found(radar_rounds.detector([YANMAR]), title) == rights
