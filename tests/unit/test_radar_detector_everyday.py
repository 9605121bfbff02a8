"""The radar's round-5 rules (docs/radar.md "Round 5"): everyday-word marks in their
everyday sense, short and everyday words near a mark, compatibility phrases, and Chinese
marks spelt out; each with the other side of the line."""

from __future__ import annotations

import datetime as dt

import pytest

from sellerstar.radar.detector import Detector
from sellerstar.radar.keys import _key
from sellerstar.radar.model import IpRight, ProductText
from sellerstar.rules import load_rulebook
from sellerstar.rules.radar_detection import RadarDetection

RIGHTS = [
    IpRight("bsd", "Bosideng", "trademark", "波司登", ("Bosideng",), None, ("羽绒服",)),
    IpRight("lv", "LVMH", "trademark", "Louis Vuitton", ("路易威登",), None, ("bag",)),
    IpRight("anta", "Anta", "trademark", "Anta", ("安踏",), None, ("鞋",)),
    IpRight("polo", "Ralph Lauren", "trademark", "Polo", (), None, ("shirt",)),
    IpRight("airpods", "Apple Inc.", "patent", "AirPods", (), None, ()),
    IpRight("crocs", "Crocs", "trademark", "Crocs", (), None, ("shoe", "clog")),
    IpRight("chanel", "Chanel", "trademark", "Chanel", (), None, ("perfume", "bag")),
    IpRight(
        "monster",
        "Monster",
        "trademark",
        "Monster Energy",
        ("Monster",),
        None,
        ("drink", "apparel"),
    ),
    IpRight("guess", "Guess", "trademark", "Guess", (), None, ("handbag", "jeans")),
    IpRight("panda", "Panda", "trademark", "熊猫", ("Panda",), None, ("tv", "电视")),
    IpRight("lenovo", "Lenovo", "trademark", "Lenovo", ("联想",), None, ("laptop", "电脑")),
    IpRight("amazon", "Amazon", "trademark", "Amazon", (), None, ("speaker", "tablet")),
    IpRight("orange", "Orange", "trademark", "Orange", (), None, ("phone", "router")),
    IpRight("fossil", "Fossil", "trademark", "Fossil", (), None, ("watch", "wallet")),
    IpRight("cat", "Caterpillar", "trademark", "Caterpillar", (), None, ("excavator", "toy")),
]


@pytest.fixture(scope="module")
def rules() -> RadarDetection:
    rule_set = load_rulebook().in_force(dt.date(2022, 11, 9))
    assert rule_set.product_radar is not None
    return rule_set.product_radar.detection


@pytest.fixture(scope="module")
def detector(rules: RadarDetection) -> Detector:
    return Detector.build(RIGHTS, rules, None)


def found(detector: Detector, title: str, description: str | None = None) -> dict[str, str]:
    """The rights found in a listing, with the step of each."""
    findings = detector.scan(ProductText("p1", title, description, None, None), None)
    for finding in findings:
        text = title if finding.field == "title" else description
        assert text is not None
        assert text[finding.span_start : finding.span_end] == finding.matched_text
    return {f.right_id: f.step for f in findings}


@pytest.mark.parametrize(
    ("title", "right"),
    [
        ("波 司 登 羽绒服 女 短款", "bsd"),
        ("百搭 波.司.登 羽绒服", "bsd"),
        ("安 踏 运动鞋", "anta"),
        ("路易-威登 女包", "lv"),  # pieces of two characters, joined by a dash
    ],
)
def test_a_chinese_mark_spelt_out_with_separators_is_found(
    detector: Detector, title: str, right: str
) -> None:
    assert found(detector, title) == {right: "spacing"}


@pytest.mark.parametrize("title", ["平安 踏实 做人", "路易 威登堡 旅游 地图", "波 司 登山 鞋"])
def test_chinese_words_that_only_touch_a_mark_are_not(detector: Detector, title: str) -> None:
    assert found(detector, title) == {}


def test_fit_introduces_what_a_product_fits_but_slim_fit_is_a_cut(
    detector: Detector, rules: RadarDetection
) -> None:
    assert found(detector, "Replacement Ear Tips Fit AirPods Pro") == {}
    assert found(detector, "Replacement Ear Tips Replaces AirPods Tips") == {}
    assert found(detector, "Slim Fit Polo Shirt Men") == {"polo": "exact"}
    strict = Detector.build(
        RIGHTS, rules.model_copy(update={"allow_compatibility_wording": False}), None
    )
    assert found(strict, "Replacement Ear Tips Fit AirPods Pro") == {"airpods": "exact"}


def test_chinese_compatibility_words_after_the_mark(
    detector: Detector, rules: RadarDetection
) -> None:
    assert found(detector, "AirPods Pro 2 替换耳塞") == {}  # a replacement for them
    assert found(detector, "AirPods 耳机 硅胶 保护 替换") == {}  # six characters on
    assert found(detector, "AirPods 耳机 兼容 安卓") == {"airpods": "exact"}  # what it fits
    assert found(detector, "AirPods 耳机 硅胶 保护套 替换") == {"airpods": "exact"}  # seven
    strict = Detector.build(
        RIGHTS, rules.model_copy(update={"allow_compatibility_wording": False}), None
    )
    assert found(strict, "AirPods Pro 2 替换耳塞") == {"airpods": "exact"}


@pytest.mark.parametrize(
    "title",
    [
        "Croc Leather Texture Wallet",  # the mark's plural without its s
        "Channel Notebook A5 Dotted",  # a paper size two words on is no model code
        "Munster Cheese Slices 1kg",  # a misspelt everyday-word mark, away from its goods
        "CROS Compliant Clog Sole Tester",  # capitals a letter off a short mark: an acronym
    ],
)
def test_words_near_a_mark_that_are_other_words(detector: Detector, title: str) -> None:
    assert found(detector, title) == {}


@pytest.mark.parametrize(
    ("title", "right"),
    [
        ("Crosc Classic Clog", "crocs"),
        (
            "CROCCS Classic Clog",
            "crocs",
        ),  # capitals, but a doubled letter  # two letters swapped, next to its goods
        ("Channel No5 Perfume Style", "chanel"),
        ("Gess Logo Women Handbag Satchel", "guess"),  # misspelt, next to its goods
        ("Monstar Energy Drink 24 Cans", "monster"),
    ],
)
def test_misspelt_marks_in_a_brand_position(detector: Detector, title: str, right: str) -> None:
    assert found(detector, title) == {right: "misspelling"}


def test_a_chinese_translation_of_an_everyday_mark_is_everyday() -> None:
    def everyday(text: str, mark: str, forms: tuple[str, ...]) -> bool:
        key = _key(0, text, text != mark, mark, forms)
        assert key is not None
        return key.everyday

    assert everyday("熊猫", "熊猫", ("熊猫", "Panda"))  # jieba tags it as a name
    assert not everyday("彪马", "Puma", ("Puma", "彪马"))  # it sounds like Puma
    assert not everyday("华为", "Huawei", ("Huawei", "华为"))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("熊猫 毛绒玩具 公仔 大号", {}),
        ("熊猫 液晶电视 42寸", {"panda": "chinese"}),
        ("联想记忆法 卡片 儿童", {}),  # a verb: "to associate"
        ("联想 小新 笔记本电脑 14寸", {"lenovo": "chinese"}),  # goods five characters on
        ("Amazon Rainforest Jigsaw Puzzle", {}),  # a name of the dictionary: the river
        ("Amazon Smart Speaker 4th Gen", {"amazon": "exact"}),
        ("Monster Motocross Jersey and Pants", {"monster": "alias"}),  # apparel holds jersey
        ("Orange Silicone Phone Case", {}),  # a colour, whatever the goods
        ("Orange® Smartphone Unlocked", {"orange": "exact"}),
        ("Dual SIM Phone by Orange", {"orange": "exact"}),  # the maker
        ("Essential Oil Made From Orange Peel", {}),  # title case: "from" is no maker
        ("Caterpillar Plush Toy Baby", {}),  # a plush caterpillar
        ("Caterpillar Excavator Toy 1:50", {"cat": "exact"}),
    ],
)
def test_everyday_marks_by_sense(detector: Detector, title: str, expected: dict[str, str]) -> None:
    assert found(detector, title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Dinosaur Fossil Replica Skull", {}),  # a replica of a fossil
        ("Fossil Replica Chronograph", {"fossil": "exact"}),  # a replica of Fossil's
        ("Summer Clogs Crocs Style", {"crocs": "exact"}),  # the goods qualify it: the brand
        ("Kids Jigsaw Puzzle Alternative to Amazon", {"amazon": "exact"}),  # a comparison
        ("Amazon Dupe Jigsaw Puzzle", {"amazon": "exact"}),
        ("熊猫平替 抱枕", {"panda": "chinese"}),  # a cheaper stand-in for the brand
    ],
)
def test_a_brand_use_word_after_a_qualified_everyday_word(
    detector: Detector, title: str, expected: dict[str, str]
) -> None:
    assert found(detector, title) == expected


def test_a_name_of_the_dictionary_is_everyday_only_when_the_goods_are_known(
    rules: RadarDetection,
) -> None:
    def amazon(goods: tuple[str, ...]) -> Detector:
        right = IpRight("amazon", "Amazon", "trademark", "Amazon", (), None, goods)
        return Detector.build([right], rules, None)

    assert found(amazon(("speaker",)), "Kids Amazon Rainforest Puzzle") == {}
    # Without goods only the lead of the title would name it: it stays a coined mark.
    assert found(amazon(()), "Kids Amazon Rainforest Puzzle") == {"amazon": "exact"}
