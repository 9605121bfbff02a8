"""The radar's round-21 rule (docs/radar.md "Round 21"), with the other side: a coined
mark that is an everyday word of the Spanish, French, Italian, Dutch or Portuguese the
listing is written in is that word, unless the listing shows the brand."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar import lexicon
from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight("denso", "Denso Corporation", "trademark", "Denso", (), None, ("spark plug",)),
    IpRight("hublot", "Hublot SA", "trademark", "Hublot", (), None, ("watch",)),
    IpRight("anello", "Anello Co.", "trademark", "anello", (), None, ("backpack",)),
    IpRight("lego", "LEGO A/S", "trademark", "LEGO", (), None, ("building block",)),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.mark.parametrize(
    "title, brand, rights",
    [
        ("Sciroppo Denso per Dolci 1L Caramello", None, set()),
        ("Gel Fijador Extra Denso 500ml Cabello", None, set()),
        ("Miroir Hublot de Bateau Laiton Rond", None, set()),
        ("Anello Elastico per Pilates in Gomma Morbida", None, set()),
        # The other side: an English listing, the right's goods named, a model code, the
        # brand declared, a listing of one foreign word, a brand English uses too.
        ("Denso Iridium Spark Plug IK20", None, {"denso"}),
        ("Bujía Denso Iridium Spark Plug para Coche", None, {"denso"}),
        ("Bujía Denso IK20 para Coche Original", None, {"denso"}),
        ("Sciroppo Denso per Dolci 1L Caramello", "Denso", {"denso"}),
        ("Hublot Classic Fusion Watch Replica", None, {"hublot"}),
        ("Anello Backpack Large Capacity Travel", None, {"anello"}),
        ("Bloques de Construcción Lego para Niños", None, {"lego"}),
    ],
)
def test_an_everyday_word_of_the_listings_language(
    detector: Detector, title: str, brand: str | None, rights: set[str]
) -> None:
    assert found(detector, title, None, brand) == rights


def test_the_languages_of_a_word() -> None:
    assert lexicon.foreign_languages("denso") == {"es", "it", "pt"}
    assert lexicon.foreign_languages("anello") == {"it"}
    # Words English uses as often (names, brands, loans) are no foreign words.
    assert lexicon.foreign_languages("lego") == frozenset()
    assert lexicon.foreign_languages("pizza") == frozenset()
    assert lexicon.is_frequent_word("para", "es") and lexicon.is_frequent_word("style", "en")
