"""The radar's round-12 rule (docs/radar.md "Round 12"): a one-word mark names a place when
a kind of place follows it or a particular place comes before it, and the listing names
none of the right's goods and shows no brand; each with the other side of the line."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar import lexicon
from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight, ProductText

RIGHTS = [
    IpRight("malibu", "Pernod Ricard", "trademark", "Malibu", (), None, ("rum", "liqueur")),
    IpRight("yokohama", "Yokohama Rubber", "trademark", "Yokohama", (), None, ("tyre", "tire")),
    IpRight("yili", "Yili Group", "trademark", "伊利", ("Yili",), None, ("milk", "yogurt")),
    IpRight("subaru", "Subaru Corporation", "trademark", "Subaru", (), None, ("car", "emblem")),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


def test_the_kinds_and_names_of_places_come_from_the_dictionary() -> None:
    assert lexicon.is_place_noun("beach") and lexicon.is_place_noun("racecourse")
    # Words that are places only in a secondary sense, or things, are not.
    assert not lexicon.is_place_noun("star") and not lexicon.is_place_noun("garage")
    assert not lexicon.is_place_noun("edge") and not lexicon.is_place_noun("bag")
    assert lexicon.is_place_name("xinjiang") and lexicon.is_place_name("beijing")
    assert not lexicon.is_place_name("gucci")


@pytest.mark.parametrize(
    "title, rights",
    [
        ("Malibu Beach Sunset Canvas Wall Art 60x90", set()),
        ("Yokohama Bay Night View Jigsaw Puzzle 1000pcs", set()),
        ("Xinjiang Yili Lavender Honey 500g Raw", set()),
        # The other side: the listing names the right's goods, or no place is next to it.
        ("Malibu Beach Rum Cocktail Gift Set", {"malibu"}),
        ("Yokohama Bay Tyre Shine Spray 500ml", {"yokohama"}),
        ("Xinjiang Yili Milk Powder 900g", {"yili"}),
        ("Malibu Sunset Throw Pillow Cover 45x45", {"malibu"}),
        # A word that is a place only in another sense ("star") is no place here.
        ("Subaru Star Logo Rear Trunk Chrome Badge", {"subaru"}),
        # A place name that is an everyday word first ("Red") is not read as a place.
        ("Red Yokohama Night View LED Lamp", {"yokohama"}),
    ],
)
def test_a_mark_that_names_a_place(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


def test_a_declared_brand_or_registered_sign_outweighs_the_place(detector: Detector) -> None:
    declared = ProductText("p1", "Malibu Beach Sunset Canvas Wall Art", None, "Malibu", None)
    assert {f.right_id for f in detector.scan(declared, None)} == {"malibu"}
    assert found(detector, "Malibu® Beach Sunset Canvas Wall Art") == {"malibu"}


def test_rights_without_goods_are_not_judged_by_places() -> None:
    bare = radar_rounds.detector(
        [IpRight("malibu", "Pernod Ricard", "trademark", "Malibu", (), None)]
    )
    assert found(bare, "Malibu Beach Sunset Canvas Wall Art 60x90") == {"malibu"}
