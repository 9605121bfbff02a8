"""The radar's round-13 rules (docs/radar.md "Round 13"): a mark that is itself a place
names that place when another place follows it; a Chinese mark names a place when a
place name comes before it; a rare compound of a Chinese mark and a common noun is the
mark and its product, and a Chinese goods compound covers its head noun; each with the
other side of the line."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar import lexicon
from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight(
        "kingston",
        "Kingston Technology",
        "trademark",
        "Kingston",
        ("金士顿",),
        None,
        ("ssd", "内存条"),
    ),
    IpRight("hyundai", "Hyundai Motor", "trademark", "Hyundai", (), None, ("car", "suv")),
    IpRight("kao", "Kao Corporation", "trademark", "Kao", ("花王",), None, ("纸尿裤", "洗发水")),
    IpRight("redmi", "Xiaomi", "trademark", "Redmi", ("红米",), None, ("手机", "耳机")),
    IpRight("nestle", "Nestlé S.A.", "trademark", "Nestlé", ("雀巢",), None, ("速溶咖啡", "奶粉")),
    IpRight("jeep", "Stellantis", "trademark", "Jeep", ("吉普",), None, ("越野车", "汽车")),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


def test_chinese_place_names_come_from_the_dictionary() -> None:
    assert lexicon.is_chinese_place("牙买加") and lexicon.is_chinese_place("东北")
    assert not lexicon.is_chinese_place("苹果")


@pytest.mark.parametrize(
    "title, rights",
    [
        ("Kingston Jamaica Rasta Souvenir Keychain Wood", set()),
        # The other side: the goods named; a mark that is no place before a city ("Hyundai
        # Tucson" is a car named after one).
        ("Kingston Jamaica Edition 1TB SSD Drive", {"kingston"}),
        ("Hyundai Tucson 2022 Front Grille Emblem Chrome", {"hyundai"}),
        ("牙买加 金士顿 旅游纪念 冰箱贴", set()),
        ("东北 红米 杂粮 五常 5斤", set()),
        # The other side: the right's goods in the listing, or no place before the mark.
        ("东北 红米 手机壳 硅胶 防摔", {"redmi"}),
        ("日本 花王 纸尿裤 L码 54片", {"kao"}),
        ("新款 红米 Note 13 钢化膜 高清", {"redmi"}),
    ],
)
def test_a_mark_next_to_a_place(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


def test_the_head_of_a_chinese_goods_compound() -> None:
    assert lexicon.chinese_head("速溶咖啡") == "咖啡"
    assert lexicon.chinese_head("咖啡") is None  # one word: nothing shorter to cover


@pytest.mark.parametrize(
    "title, rights",
    [
        ("雀巢咖啡 1+2 原味 速溶 100条 盒装 整箱", {"nestle"}),
        # The other side: the everyday sense without the goods; a rare name that only
        # starts with a mark (吉普赛, Gypsy) stays one word.
        ("雀巢 鸟窝 摆件 树脂 工艺品", set()),
        ("吉普赛 风格 长裙 波西米亚", set()),
    ],
)
def test_a_chinese_mark_and_its_product(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights
