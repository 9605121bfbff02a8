"""The radar's round-16 rules (docs/radar.md "Round 16"), each with the other side: a code
mark (``V8``, ``A2``, ``No7``) is also an engine, a size, a number; a Chinese mark that
jieba reads as very common words is a phrase anyone may write; capitals set a mark apart;
letters spelt out before a model number; a version number after a mark."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight("v8", "Campbell Soup", "trademark", "V8", ("V8 Juice",), None, ("vegetable juice",)),
    IpRight("no7", "Boots UK", "trademark", "No7", (), None, ("serum", "foundation")),
    IpRight(
        "peacebird", "Peacebird", "trademark", "太平鸟", ("Peacebird",), None, ("女装", "外套")
    ),
    IpRight("mustang", "Ford", "trademark", "Mustang", (), None, ("car", "car emblem")),
    IpRight("whoop", "Whoop Inc", "trademark", "WHOOP", (), None, ("fitness tracker",)),
    IpRight("raid", "S. C. Johnson", "trademark", "Raid", (), None, ("insect killer",)),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.mark.parametrize(
    "title, rights",
    [
        ("V8 Engine Model Kit Working Mini Motor Assembly", set()),
        ("Brass House Number No7 Floating Door Plaque", set()),
        # Next to the right's goods, or set apart as a brand, the code is the mark.
        ("V8 Vegetable Juice Original 340ml 24 Cans", {"v8"}),
        ("No7 Protect & Perfect Intense Serum 30ml", {"no7"}),
    ],
)
def test_a_code_mark(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        ("太平鸟 木雕 摆件 手工 鸟类 收藏", set()),  # 太平 | 鸟: a bird of peace
        ("太平鸟 女装 外套 秋冬 新款", {"peacebird"}),
        ("太平鸟官方 毛呢大衣", {"peacebird"}),
    ],
)
def test_a_chinese_mark_of_common_words(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        ("MUSTANG Door Sill Plate LED Scuff Plate Set", {"mustang"}),
        ("Mustang Horse Statue Bronze Sculpture", set()),
        ("WILD MUSTANG HORSE POSTER PRINT", set()),  # every word in capitals
        # Capitals of a misspelling are an acronym's: RFID is no Raid.
        ("Mens Leather Wallet RFID Blocking", set()),
        ("RAID Wasp Hornet Spray 500ml", {"raid"}),
    ],
)
def test_capitals_set_a_mark_apart(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        ("W H O O P 4.0 Health Fitness Tracker", {"whoop"}),
        ("whoop 4.0 Fitness Tracker Body with Band", {"whoop"}),
        # A quantity after the word is no version.
        ("whoop 2.5 kg party noise makers", set()),
    ],
)
def test_a_mark_before_its_version(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights
