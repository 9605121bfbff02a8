"""The radar's round-8 rules (docs/radar.md "Round 8"): the holder named, plural marks,
marks joined by a plus, number-and-unit marks, the head noun of the goods, a Chinese
mark and its product character, a coined mark cut into words, the lead of the title;
each with the other side of the line."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar import lexicon
from sellerstar.radar.detector import Detector
from sellerstar.radar.keys import _key
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight("monopoly", "Hasbro, Inc.", "trademark", "Monopoly", (), None, ("board game",)),
    IpRight("tiles", "Magna-Tiles, LLC", "trademark", "Magna-Tiles", (), None, ("toy",)),
    IpRight("bd", "Stanley Black & Decker", "trademark", "BLACK+DECKER", (), None, ("drill",)),
    IpRight("3m", "3M Company", "trademark", "3M", (), None, ("tape", "adhesive")),
    IpRight("salomon", "Salomon SAS", "trademark", "Salomon", (), None, ("trail running shoe",)),
    IpRight("paradise", "Paradise", "trademark", "天堂", (), None, ("umbrella", "伞", "雨伞")),
    IpRight("oneplus", "OnePlus", "trademark", "OnePlus", (), None, ("phone", "手机")),
    IpRight("skittles", "Mars", "trademark", "Skittles", (), None, ("candy",)),
    IpRight("redbull", "Red Bull GmbH", "trademark", "Red Bull", ("红牛",), None, ("饮料",)),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


def test_the_holder_named_in_the_listing_names_the_brand(detector: Detector) -> None:
    title = "Property Trading Board Game Classic"
    assert found(detector, title, "Monopoly classic edition, Hasbro box.") == {"monopoly"}
    # Without the holder, a capital where the sentence begins shows nothing.
    assert found(detector, title, "Monopoly classic edition, sealed box.") == set()


def test_a_long_coined_plural_mark_without_its_s_is_the_mark(detector: Detector) -> None:
    assert found(detector, "Magnatile 100pcs Magnetic Set Kids") == {"tiles"}
    # A short one without its s is another word (ASIC and ASICS): "Magna" is no hit.
    assert found(detector, "Magna Carta Replica Scroll") == set()


def test_a_mark_joined_by_a_plus_is_one_coined_word(detector: Detector) -> None:
    plus = _key(0, "BLACK+DECKER", False, "BLACK+DECKER", ("BLACK+DECKER",))
    amp = _key(0, "Black & Decker", True, "BLACK+DECKER", ("Black & Decker",))
    assert plus is not None and not plus.everyday
    assert amp is not None and amp.everyday
    assert found(detector, "black+decker 18V Lithium Hedge Trimmer") == {"bd"}


@pytest.mark.parametrize(
    "title, marked",
    [
        ("3M Scotch Masking Tape 24mm", True),
        ("3M VHB Double Sided Adhesive", True),
        ("USB C Cable 3M Long Fast Charging", False),  # before a word of size
        ("Artificial Grass Mat 2x3m", False),  # in dimensions
        ("Garden Hose Extension 3m Green", False),  # in lower case
    ],
)
def test_a_number_and_unit_mark_written_as_a_quantity(
    detector: Detector, title: str, marked: bool
) -> None:
    assert (found(detector, title) == {"3m"}) is marked


def test_the_head_noun_of_a_goods_phrase_names_the_class(detector: Detector) -> None:
    assert found(detector, "Salomon Trail Shoes Waterproof") == {"salomon"}  # shoe
    assert found(detector, "Salomon Fish Fillet Frozen 1kg") == set()


def test_a_chinese_mark_and_one_of_its_goods_characters_is_its_product(
    detector: Detector,
) -> None:
    assert found(detector, "天堂伞 晴雨两用 三折 黑胶 防晒") == {"paradise"}
    # 天堂鸟 (bird of paradise) is not its goods: the everyday compound.
    assert found(detector, "天堂鸟 仿真 花束 客厅") == set()


def test_the_product_character_splits_only_rare_names() -> None:
    tokenizer = lexicon.new_tokenizer(("天堂",), frozenset({"伞"}))
    assert tokenizer.lcut("天堂伞 雨伞")[:2] == ["天堂", "伞"]
    plain = lexicon.new_tokenizer(("天堂",))
    assert plain.lcut("天堂伞 雨伞")[0] == "天堂伞"


def test_a_coined_mark_cut_into_words_next_to_its_goods(detector: Detector) -> None:
    assert found(detector, "One Plus 11 5G Phone 256GB") == {"oneplus"}
    assert found(detector, "One Plus One Math Flashcards Kids") == set()


def test_the_lead_of_the_title_names_what_the_whole_title_sells(detector: Detector) -> None:
    assert found(detector, "Skittles and Cola Party Bundle Rainbow Candy") == {"skittles"}
    # Not at the lead, goods far off: the everyday word.
    assert found(detector, "Lawn Skittles and Cola Party Bundle Rainbow Candy") == set()
    # At the lead, no goods anywhere: the everyday word.
    assert found(detector, "Skittles Wooden Lawn Game Set") == set()


def test_yuanchang_is_a_chinese_brand_cue(detector: Detector) -> None:
    title = "功能饮料 维生素 250ml 24罐"
    assert found(detector, title, "红牛 原厂 正品 保质期 到明年。") == {"redbull"}
