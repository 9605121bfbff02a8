"""The radar's round-11 rules (docs/radar.md "Round 11"): a one-word mark that makes a
two-word dictionary entry with its neighbour is a word of that entry, unless the neighbour
is the right's goods or its holder's name; a mark of two words that is itself such an
entry is an everyday name; each with the other side of the line."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar import lexicon
from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight, ProductText

RIGHTS = [
    IpRight("kong", "KONG Company", "trademark", "KONG", (), None, ("dog toy", "chew toy")),
    IpRight("tesla", "Tesla, Inc.", "trademark", "Tesla", (), None, ("car", "charger")),
    IpRight("hoover", "Techtronic Floor Care", "trademark", "Hoover", (), None, ("vacuum",)),
    IpRight("pepsi", "PepsiCo, Inc.", "trademark", "Pepsi", (), None, ("cola", "soft drink")),
    IpRight("dior", "Christian Dior Couture", "trademark", "Dior", (), None, ("lipstick",)),
    IpRight("anta", "Anta Sports", "trademark", "Anta", (), None, ("shoes",)),
    IpRight("montblanc", "Richemont", "trademark", "Montblanc", ("Mont Blanc",), None, ("pen",)),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


def test_the_compounds_come_from_the_dictionary() -> None:
    assert lexicon.is_compound("tesla", "coil")
    assert lexicon.is_compound("hong", "kong")
    assert not lexicon.is_compound("coil", "tesla")  # in the entry's order only
    assert not lexicon.is_compound("tesla", "charger")


@pytest.mark.parametrize(
    "title, rights",
    [
        ("Tesla Coil Music Plasma Speaker Kit", set()),
        ("Hoover Dam Souvenir Fridge Magnet Nevada", set()),
        ("Hong Kong Map Poster Vintage Print A3", set()),
        ("Hong Kong Style Milk Tea Cup Ceramic", set()),  # "Hong" is no misspelt KONG either
        # The other side: no compound, or the compound's other word is the right's goods
        # or its holder's name.
        ("Tesla Charger Wall Connector Gen 3", {"tesla"}),
        ("KONG Classic Dog Toy Large", {"kong"}),
        ("Pepsi Cola 330ml Cans 24 Pack", {"pepsi"}),
        ("Christian Dior Lipstick Matte 999", {"dior"}),
    ],
)
def test_a_word_of_a_dictionary_compound(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        ("Mont Blanc Dessert Piping Tip Set", set()),
        ("Mont Blanc Massif Alps Photo Canvas", set()),
        ("Mont Blanc Fountain Pen Meisterstuck Black", {"montblanc"}),  # its goods
        ("Montblanc Dessert Piping Tip Set", {"montblanc"}),  # the coined spelling
    ],
)
def test_a_mark_of_two_words_that_is_a_dictionary_entry_is_everyday(
    detector: Detector, title: str, rights: set[str]
) -> None:
    assert found(detector, title) == rights


def test_a_declared_brand_or_registered_sign_outweighs_the_compound(detector: Detector) -> None:
    declared = ProductText("p1", "Tesla Coil Plasma Speaker Kit", None, "Tesla", None)
    assert {f.right_id for f in detector.scan(declared, None)} == {"tesla"}
    assert found(detector, "Tesla® Coil Plasma Speaker Kit") == {"tesla"}


def test_rights_without_goods_are_not_judged_by_compounds() -> None:
    bare = radar_rounds.detector([IpRight("tesla", "Tesla, Inc.", "trademark", "Tesla", (), None)])
    assert found(bare, "Tesla Coil Music Plasma Speaker Kit") == {"tesla"}
