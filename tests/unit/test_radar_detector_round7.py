"""The radar's round-7 rules (docs/radar.md "Round 7"): a mark named in a description's
running text, Chinese words one character or sound off a mark, and 适用 after a device;
each with the other side of the line."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar import lexicon
from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight("brooks", "Brooks", "trademark", "Brooks", (), None, ("running shoe", "shoe")),
    IpRight("titan", "Titan", "trademark", "Titan", (), None, ("watch", "手表")),
    IpRight("diamond", "BD", "trademark", "Black Diamond", (), None, ("headlamp", "climbing rope")),
    IpRight("guard", "P&G", "trademark", "Safeguard", (), None, ("soap", "body wash")),
    IpRight("feiyue", "Feiyue", "trademark", "飞跃", ("Feiyue",), None, ("canvas shoe", "帆布鞋")),
    IpRight("wantwant", "Want Want", "trademark", "旺旺", (), None, ("rice cracker", "仙贝")),
    IpRight("squirrels", "TS", "trademark", "三只松鼠", (), None, ("nut", "坚果")),
    IpRight("olympus", "Olympus", "trademark", "Olympus", ("奥林巴斯",), None, ("camera", "相机")),
    IpRight("tesla", "Tesla", "trademark", "Tesla", ("特斯拉",), None, ("car", "汽车")),
    IpRight("kia", "Kia", "trademark", "Kia", ("起亚",), None, ("car", "汽车")),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.fixture(scope="module")
def strict() -> Detector:
    return radar_rounds.detector(RIGHTS, allow_compatibility_wording=False)


@pytest.mark.parametrize(
    "title, description",
    [
        # A capital mid-sentence is a name; the title sells the right's goods.
        ("Ghost 15 Mens Road Running Shoes", "Factory surplus Brooks Ghost 15, all sizes."),
        ("Womens Analog Watch Rose Gold Dial", "Boxes and Titan warranty cards included."),
        # Every word of a mark of words capitalised, even where the sentence begins.
        ("Spot 400 Lumen Headlamp Waterproof", "Black Diamond Spot 400, same as the store."),
        # A misspelling that is no dictionary word is no everyday word anywhere.
        ("Antibacterial Bar Soap 12 Bars", "Safegaurd pure white, 115g each."),
    ],
)
def test_a_mark_named_in_the_description_of_the_rights_goods(
    detector: Detector, title: str, description: str
) -> None:
    right = found(detector, title, description)
    assert right and right <= {"brooks", "titan", "diamond", "guard"}


@pytest.mark.parametrize(
    "title, description",
    [
        # Lower case in running text is the everyday word.
        ("Trail Running Shoes Waterproof", "Tested on brooks and muddy paths, sizes 36-44."),
        # A capital where the sentence begins is no evidence of a name.
        ("Trail Running Shoes Waterproof", "Brooks and rivers are no problem for them."),
        # The title sells other goods than the right's.
        ("Garden Hose Reel 30m", "Factory surplus Brooks Ghost series, all sizes."),
        # A description in title case shows nothing by its capitals.
        ("Running Shoes", "Crossing Brooks And Rivers With Ease In All Seasons"),
        # The word after the mark shows the everyday thing ("Titan Print").
        ("Mens Analog Watch", "A watch with a Titan print on the dial."),
    ],
)
def test_an_everyday_word_in_a_description_stays_a_word(
    detector: Detector, title: str, description: str
) -> None:
    assert found(detector, title, description) == set()


def test_chinese_words_and_phrases_are_told_from_made_up_spellings() -> None:
    assert lexicon.is_chinese_phrase("汪汪")  # a word of jieba's corpus
    assert lexicon.is_chinese_phrase("一只松鼠")  # two everyday words
    assert not lexicon.is_chinese_phrase("香奈尔")  # a made-up spelling of 香奈儿
    assert not lexicon.is_chinese_phrase("阿迪哒")


def test_a_chinese_word_off_a_mark_needs_a_cue_or_the_rights_goods(detector: Detector) -> None:
    assert found(detector, "汪汪 叫 电动 狗狗 玩具") == set()  # woof, a toy dog
    assert found(detector, "一只松鼠 树脂 摆件") == set()  # one squirrel, an ornament
    assert found(detector, "飞越 帆布鞋 经典款 白色") == {"feiyue"}  # next to its goods
    assert found(detector, "汪汪 仙贝 零食 大礼包") == {"wantwant"}


def test_shiyong_after_a_device_says_what_the_product_fits(
    detector: Detector, strict: Detector
) -> None:
    assert found(detector, "奥林巴斯 相机 电池 适用 BLS-50 充电器") == set()
    assert found(detector, "起亚K5 适用 全包围 脚垫 皮革") == set()
    # With the wording not allowed, the device names the brand.
    assert found(strict, "奥林巴斯 相机 电池 适用 BLS-50 充电器") == {"olympus"}


def test_shiyong_after_the_rights_own_goods_says_what_they_are_good_for(
    detector: Detector,
) -> None:
    assert found(detector, "特斯拉 汽车 适用 长途 自驾") == {"tesla"}
