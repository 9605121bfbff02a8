"""The radar's round-29 rules (docs/radar.md "Round 29"), each with its other side:

- a misspelling that adds one letter to a mark's end or start without doubling one of
  its letters (``Nokian``, ``Premax``) is another word or name unless the brand or the
  right's goods show;
- words of a mark of words, one misspelt, are the mark only where the brand or the
  right's goods show, or a coined line name follows;
- a name with a particle and a second capital (``LeWitt``) is no mixed-case disguise;
- a Chinese alias that is an adjective (舒适) is an everyday word, not a transliteration;
- flags, signs, door hangers, wall decals and enamel pins show what they name; fridge
  magnets are souvenirs; name necklaces and bracelets carry a person's name;
- a place after ``from`` or ``to`` is that place.
"""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.lexicon import is_chinese_adjective
from sellerstar.radar.misspell import _letter_added
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight("nokia", "Nokia Oyj", "trademark", "Nokia", (), None, ("phone", "mobile phone")),
    IpRight("remax", "Remax Co", "trademark", "Remax", (), None, ("power bank", "charger")),
    IpRight("nike", "Nike Inc", "trademark", "Nike", (), None, ("sneaker", "shoe")),
    IpRight(
        "yellowtail", "Casella Wines", "trademark", "Yellow Tail", (), None, ("wine", "red wine")
    ),
    IpRight(
        "hydro",
        "General Hydroponics",
        "trademark",
        "General Hydroponics",
        (),
        None,
        ("plant nutrient", "fertilizer"),
    ),
    IpRight("lewitt", "Lewitt GmbH", "trademark", "LEWITT", (), None, ("microphone",)),
    IpRight("schick", "Edgewell", "trademark", "Schick", ("舒适",), None, ("razor", "剃须刀")),
    IpRight("aruba", "HPE", "trademark", "Aruba", (), None, ("access point", "network switch")),
    IpRight("chantal", "Chantal Corp", "trademark", "Chantal", (), None, ("kettle", "cookware")),
    IpRight("campania", "Campania Intl", "trademark", "Campania", (), None, ("planter",)),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.mark.parametrize(
    "found_text, mark, added",
    [
        ("nokian", "nokia", True),
        ("premax", "remax", True),
        ("nikee", "nike", False),  # a doubled letter: the seller's disguise
        ("nik", "nike", False),  # a letter fewer is not one more
        ("nokiaa", "nokia", False),
        ("nokia", "nokia", False),
    ],
)
def test_letter_added(found_text: str, mark: str, added: bool) -> None:
    assert _letter_added(found_text, mark) is added


def test_a_chinese_adjective_is_a_word_of_its_own() -> None:
    assert is_chinese_adjective("舒适") and is_chinese_adjective("好奇")
    assert not is_chinese_adjective("索尼")  # Sony's name, only its sound


@pytest.mark.parametrize(
    "title, rights",
    [
        # A letter added: another word or name, unless the brand or the goods show.
        ("Nokian Winter Tyres 205/55R16", set()),
        ("Premax Electric Wire Stripper Automatic", set()),
        ("Nokian Mobile Phone 4G Dual SIM", {"nokia"}),
        ("Premax Power Bank 20000mAh", {"remax"}),
        ("Nikee Running Trainers Men", {"nike"}),  # a doubled letter stays the mark
        # Words of a mark of words, one misspelt.
        ("Yellow Tile Backsplash Kitchen 10x10cm", set()),
        ("Yellow Tale Shiraz Red Wine 750ml", {"yellowtail"}),
        ("General Hydroponic FloraNova Bloom 1 Quart", {"hydro"}),
        ("General Hydroponic Classroom Kit Lesson Plan", set()),
        # A particle name is how the name is written; mixed case elsewhere is a disguise.
        ("Sol LeWitt Wall Drawing Exhibition Poster", set()),
        ("LeWiTT Condenser Studio Microphone", {"lewitt"}),
        # A Chinese adjective alias needs the right's goods.
        ("舒适 乳胶枕头 护颈 单人", set()),
        ("舒适 剃须刀 五层刀片 男士", {"schick"}),
        # Flags, signs and souvenirs show what they name; the right's goods still count.
        ("Aruba Flag 3x5 ft Polyester", set()),
        ("Aruba Island Flamingo Fridge Magnet", set()),
        ("Aruba Instant On Access Point Wall Sign Mount", {"aruba"}),
        ("Chantal Name Necklace Gold Plated", set()),
        ("Chantal Enamel Tea Kettle Whistling", {"chantal"}),
        ("Campania Wooden Sign Rustic Kitchen Decor", set()),
        # A place after "from" or "to"; the right's goods named keep the finding.
        ("Buffalo Mozzarella from Campania 250 g", set()),
        ("Cast Stone Planter from Campania Garden", {"campania"}),
    ],
)
def test_round_29(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights
