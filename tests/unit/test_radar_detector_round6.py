"""The radar's round-6 rules (docs/radar.md "Round 6"): hyphenated marks, units after a
quantity, compatibility lists, Chinese compatibility suffixes and depictions; each with
the other side of the line."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.keys import _key
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight("joycon", "Nintendo", "design", "Joy-Con", ("JoyCon",), None, ("controller",)),
    IpRight("hp", "HP Inc.", "trademark", "HP", (), None, ("laptop", "printer")),
    IpRight("dell", "Dell", "trademark", "Dell", (), None, ("laptop", "monitor")),
    IpRight("tesla", "Tesla", "trademark", "Tesla", ("特斯拉",), None, ("car", "汽车")),
    IpRight("jaguar", "Jaguar", "trademark", "Jaguar", (), None, ("car", "poster")),
    IpRight("puma", "Puma", "trademark", "Puma", (), None, ("shoe", "sneaker")),
    IpRight("panda", "Panda", "trademark", "熊猫", ("Panda",), None, ("tv", "电视")),
    IpRight("casio", "Casio", "trademark", "Casio", ("G-Shock",), None, ("watch",)),
    IpRight("arena", "arena S.p.A.", "trademark", "arena", (), None, ("swimsuit", "goggle")),
    IpRight("omega", "Omega SA", "trademark", "Omega", ("欧米茄",), None, ("watch", "手表")),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.fixture(scope="module")
def strict() -> Detector:
    return radar_rounds.detector(RIGHTS, allow_compatibility_wording=False)


def test_a_hyphenated_mark_is_one_coined_word() -> None:
    hyphenated = _key(0, "Joy-Con", False, "Joy-Con", ("Joy-Con",))
    spaced = _key(0, "Joy Con", False, "Joy Con", ("Joy Con",))
    assert hyphenated is not None and not hyphenated.everyday
    assert spaced is not None and spaced.everyday  # two words of the dictionary


def test_a_hyphenated_mark_is_found_without_goods_near(detector: Detector) -> None:
    assert found(detector, "Joy-Con Pair Pastel Purple Green Original") == {"joycon"}
    assert found(detector, "Joy and Confidence Greeting Card") == set()


@pytest.mark.parametrize(
    "title", ["3 HP Single Phase Electric Motor", "Air Compressor 2HP 50L", "Midea 1.5 HP Split"]
)
def test_a_short_mark_after_a_quantity_is_a_unit(detector: Detector, title: str) -> None:
    assert found(detector, title) == set()


@pytest.mark.parametrize("title", ["HP 15 Laptop 8GB", "Original HP 305 Ink Cartridge"])
def test_a_short_mark_before_its_model_number_is_the_mark(detector: Detector, title: str) -> None:
    assert found(detector, title) == {"hp"}


def test_one_compatibility_phrase_names_a_list_of_devices(
    detector: Detector, strict: Detector
) -> None:
    title = "Laptop Charger 19.5V Compatible with HP and Dell"
    assert found(detector, title) == set()
    assert found(strict, title) == {"hp", "dell"}
    # Without a compatibility phrase, "and" names two brands.
    assert found(detector, "HP and Dell Laptop Bundle") == {"hp", "dell"}


@pytest.mark.parametrize("title", ["特斯拉专用 脚垫 全包围", "特斯拉 汽车 适配 中控 储物盒"])
def test_chinese_dedicated_and_fitting_words_after_the_mark(
    detector: Detector, strict: Detector, title: str
) -> None:
    assert found(detector, title) == set()
    assert found(strict, title) == {"tesla"}


def test_suitable_for_is_not_a_compatibility_word_after_the_mark(detector: Detector) -> None:
    # 适用 after the mark says what the product is good for, not what it fits.
    assert found(detector, "特斯拉 汽车 适用 长途 自驾") == {"tesla"}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Puma Poster Wildlife Wall Decor", set()),
        ("Puma Photo Frame Big Cat", set()),
        ("熊猫 仿真 摆件 桌面", set()),
        ("熊猫 图案 贴纸", set()),
        ("Puma Canvas Sneakers Men", {"puma"}),  # canvas is a material, not a picture
        ("Jaguar Poster Car Show 1965", {"jaguar"}),  # a poster is one of its goods
    ],
)
def test_a_depiction_of_the_everyday_thing(
    detector: Detector, title: str, expected: set[str]
) -> None:
    assert found(detector, title) == expected


def test_a_word_inside_a_mark_found_whole_is_not_also_its_misspelling(
    detector: Detector, strict: Detector
) -> None:
    title = "Resin Watch Strap for Casio G-Shock DW5600"
    assert found(detector, title) == set()  # "Shock" is G-Shock, named as a device
    assert found(strict, title) == {"casio"}


def test_a_mark_written_in_lower_case_is_the_mark_in_lower_case(detector: Detector) -> None:
    assert found(detector, "arena Powerskin Racing Swimsuit Women") == {"arena"}
    assert found(detector, "Speedo and arena Racing Goggles Twin Pack") == {"arena"}
    assert found(detector, "Sports Arena Banner Stand 2m") == set()  # the everyday word
    assert found(detector, "stadium arena seat cushion foldable") == set()


def test_the_rare_chinese_sound_of_an_everyday_mark_is_the_mark(detector: Detector) -> None:
    assert found(detector, "欧米茄 海马 同款 全自动 机械表") == {"omega"}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Puma Future Z-1 Football Boots Firm Ground", {"puma"}),  # a model code, hyphenated
        ("Puma Figure Toy 2-Pack Big Cats", set()),  # a quantity puts its digits first
    ],
)
def test_a_hyphenated_model_code_after_an_everyday_mark(
    detector: Detector, title: str, expected: set[str]
) -> None:
    assert found(detector, title) == expected
