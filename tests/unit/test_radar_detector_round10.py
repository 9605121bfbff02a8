"""The radar's round-10 rules (docs/radar.md "Round 10"): a model number after a mark, the
buyer's name in a personalised listing, and the plain spelling of a mark with accents;
each with the other side of the line."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight("tank", "Great Wall Motor", "trademark", "坦克", ("TANK",), None, ("car", "汽车")),
    IpRight("alexa", "Amazon", "trademark", "Alexa", (), None, ("smart speaker", "necklace")),
    IpRight("chloe", "Chloé SAS", "trademark", "Chloé", (), None, ("handbag", "bib")),
    IpRight("rode", "RØDE Microphones", "trademark", "RØDE", (), None, ("microphone",)),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.mark.parametrize(
    "title, marked",
    [
        ("TANK 300 Off Road Front Bumper Steel Guard", True),
        ("坦克300 前格栅 改装 中网", True),
        ("Tank 12 Colors Acrylic Paint Set", False),  # a count follows
        ("Tank 2024 Calendar Military Vehicles", False),  # a year
        ("Tank 5 Layers Storage Rack", False),  # one digit: a count more often
        ("坦克 12件套 积木 玩具", False),  # a Chinese count word begins the next word
    ],
)
def test_a_model_number_after_a_mark(detector: Detector, title: str, marked: bool) -> None:
    assert (found(detector, title) == {"tank"}) is marked


def test_the_buyers_name_in_a_personalised_listing(detector: Detector) -> None:
    assert found(detector, "Alexa Name Necklace Personalized Gold Plated") == set()
    # Not personalised: the mark next to its goods.
    assert found(detector, "Alexa Necklace Gold Plated Gift") == {"alexa"}
    # Personalised, but the listing shows brand use.
    assert found(detector, "Custom Name Necklace Alexa® Edition") == {"alexa"}


def test_the_plain_spelling_of_an_accented_mark_is_no_disguise(detector: Detector) -> None:
    assert found(detector, "Personalised Baby Bib Chloe Name Embroidered") == set()
    assert found(detector, "Chlóe Mini Handbag Leather") == {"chloe"}  # an accent moved
    # A letter of its own (Ø) written as O is still the mark's disguise.
    assert found(detector, "rode nt-usb mini studio microphone usb") == {"rode"}
