"""The radar's round-15 rules (docs/radar.md "Round 15"), each with the other side: a text
without capitals says nothing by its lower case; a symbol inside a word hides a mark; ages
are no numeric mark; an acronym spelled out in the listing is that phrase; "style" after
an everyday-word mark names a manner unless the right's goods are named; a mark registered
in capitals and written so is the mark; a Chinese compatibility phrase before two of the
holder's marks; a bundle's items each have a lead; a Chinese mark that cuts an everyday
word in two."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight(
        "pampers", "Procter & Gamble", "trademark", "Pampers", (), None, ("diaper", "baby wipe")
    ),
    IpRight("seven", "7-Eleven Inc", "trademark", "7-Eleven", ("7-11",), None, ("store",)),
    IpRight("mcm", "MCM Holding", "trademark", "MCM", (), None, ("backpack", "handbag")),
    IpRight("palace", "Palace Skateboards", "trademark", "Palace", (), None, ("hoodie",)),
    IpRight("fiji", "FIJI Water Company", "trademark", "FIJI Water", ("FIJI",), None, ("water",)),
    IpRight("tempo", "Essity", "trademark", "Tempo", (), None, ("tissue", "napkin")),
    IpRight(
        "diary", "Yixian E-commerce", "trademark", "完美日记", ("Perfect Diary",), None, ("眼影",)
    ),
    IpRight(
        "rover",
        "Jaguar Land Rover",
        "trademark",
        "Land Rover",
        ("路虎", "揽胜"),
        None,
        ("汽车", "脚垫"),
    ),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.fixture(scope="module")
def detector_without_compat() -> Detector:
    return radar_rounds.detector(RIGHTS, allow_compatibility_wording=False)


@pytest.mark.parametrize(
    "title, rights",
    [
        # A title written without capitals: its lower case says nothing.
        ("pampers premium care newborn diapers 4-8kg 88pcs", {"pampers"}),
        # A unit's capital (1L) does not give the text case.
        ("pampers baby dry diapers 4-8kg 1L wipes", {"pampers"}),
        # With capitals elsewhere, the lower-case word is the verb.
        ("Silk Hair Wrap that pampers your curls overnight", set()),
        ("Silk Hair Wrap pampers Diapers Bag", set()),
    ],
)
def test_a_text_without_capitals(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        ("Pam_pers Harmonie Diapers Plant Based Size 3", {"pampers"}),
        ("Pam*pers Baby Dry Size 4", {"pampers"}),
        # A hyphen cutting a word where one piece is no word of its own (round 33).
        ("Pam-pers Baby Dry Size 4", {"pampers"}),
    ],
)
def test_a_symbol_inside_a_word(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        ("Kids Cotton Pajamas Set Age 7-11 Years Dinosaur", set()),
        ("Chapter Books Ages 7-11 Box Set of 10", set()),
        ("儿童 睡衣 7-11岁 纯棉", set()),
        ("7-11 Store Slurpee Cup Collectible", {"seven"}),
    ],
)
def test_ages_are_no_numeric_mark(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        ("MCM Walnut Sideboard Mid Century Modern Credenza", set()),
        # The mark's own word does not spell it out; unrelated initials are no phrase.
        ("MCM Chelsea Messenger Backpack Cognac", {"mcm"}),
        ("MCM Stark Backpack Visetos Print", {"mcm"}),
    ],
)
def test_an_acronym_spelled_out(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, brand, rights",
    [
        ("Palace Style Wedding Backdrop Arch Gold Frame", None, set()),
        ("Palace Style Hoodie Tri-Ferg Logo Streetwear", None, {"palace"}),
        ("Palace Style Oversized Sweatshirt", "Palace", {"palace"}),
    ],
)
def test_style_after_an_everyday_mark(
    detector: Detector, title: str, brand: str | None, rights: set[str]
) -> None:
    assert found(detector, title, brand=brand) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        ("FIJI Natural Artesian 1L Bottles Pallet Export", {"fiji"}),
        # Every word in capitals: the capitals show nothing.
        ("FIJI ISLAND MAP POSTER VINTAGE PRINT", set()),
        ("Fiji Island Map Poster Vintage Print", set()),
    ],
)
def test_a_mark_registered_in_capitals(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


def test_a_chinese_compatibility_phrase_before_two_marks_of_the_holder(
    detector: Detector, detector_without_compat: Detector
) -> None:
    title = "适用于路虎揽胜 脚垫 全包围 皮革"
    assert found(detector, title) == set()
    assert found(detector_without_compat, title) == {"rover"}
    assert found(detector, "路虎揽胜 原厂 脚垫 全包围") == {"rover"}


@pytest.mark.parametrize(
    "title, rights",
    [
        ("Household Bundle Detergent Pods + Tempo Tissues", {"tempo"}),
        # In one phrase the word before qualifies it: a tempo of tissues is no brand.
        ("Household Bundle Detergent Pods Tempo Tissues", set()),
    ],
)
def test_each_item_of_a_bundle_has_a_lead(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        ("完美日记本 A5 手账 本子 加厚", set()),  # 完美 | 日记本: a perfect notebook
        ("完美日记 眼影 十二色 大地色", {"diary"}),
        ("完美日记眼影 十二色", {"diary"}),
    ],
)
def test_a_chinese_mark_that_cuts_an_everyday_word(
    detector: Detector, title: str, rights: set[str]
) -> None:
    assert found(detector, title) == rights
