"""The radar's round-17 rules (docs/radar.md "Round 17"), each with the other side: a
misspelt Chinese mark names the brand only where the listing sells the right's goods; a
Chinese mark made of words chosen for their meaning likewise, or with a brand-use word or
a product line after it; two words one letter off a mark of two words that make a
dictionary entry are that entry."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight

GOODS_LIQUOR = ("白酒", "浓香型白酒", "baijiu")
RIGHTS = [
    IpRight("wanglaoji", "JDB", "trademark", "王老吉", ("Wanglaoji",), None, ("凉茶", "饮料")),
    IpRight("daohuaxiang", "DHX", "trademark", "稻花香", ("Daohuaxiang",), None, GOODS_LIQUOR),
    IpRight("redmi", "Xiaomi", "trademark", "红米", ("Redmi",), None, ("手机", "phone")),
    IpRight("rolex", "Rolex SA", "trademark", "Rolex", ("劳力士",), None, ("手表", "watch")),
    IpRight("duck-tape", "Shurtape", "trademark", "Duck Tape", (), None, ("adhesive tape",)),
    IpRight("under-armour", "Under Armour", "trademark", "Under Armour", (), None, ("shorts",)),
]
# The same marks, their goods unknown: nothing says where the words are a brand.
NO_GOODS = [IpRight(r.right_id, r.holder, r.kind, r.mark, r.aliases, None, ()) for r in RIGHTS[:3]]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.mark.parametrize(
    "title, description, rights",
    [
        # A homophone of the mark that is no word (王老级 for 王老吉) with other goods is
        # another name; with the right's goods, in the title or the description, the mark.
        ("王老级 台球杆 枫木 147cm", None, set()),
        ("王老级 凉茶 310ml 整箱 24罐", None, {"wanglaoji"}),
        ("红罐 310ml 整箱 24罐", "王老级 凉茶，清热降火。", {"wanglaoji"}),
    ],
)
def test_a_misspelt_chinese_mark_needs_the_goods(
    detector: Detector, title: str, description: str | None, rights: set[str]
) -> None:
    assert found(detector, title, description) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        # A mark of everyday words (稻花香, rice flowers' scent) in a verse, on rice.
        ("稻花香里说丰年 书法 横幅 客厅", set()),
        ("稻花香 大米 东北 长粒香 5kg", set()),
        # The other side: the right's goods, a brand-use word past the boilerplate, a
        # product line (a Latin name and its number) after the mark.
        ("稻花香 浓香型白酒 52度 500ml", {"daohuaxiang"}),
        ("稻花香 新款 正品 包邮", {"daohuaxiang"}),
        ("红米 Note 13 钢化膜 高清", {"redmi"}),
        # A Chinese mark that is the sound of the right's Latin mark is coined: found
        # without goods.
        ("劳力士 钥匙扣 金属 男士", {"rolex"}),
    ],
)
def test_a_chinese_mark_of_words_needs_the_goods_or_brand_use(
    detector: Detector, title: str, rights: set[str]
) -> None:
    assert found(detector, title) == rights


def test_without_goods_the_chinese_rules_do_not_apply() -> None:
    detector = radar_rounds.detector(NO_GOODS)
    assert found(detector, "稻花香 大米 东北 长粒香 5kg") == {"daohuaxiang"}
    assert found(detector, "王老级 台球杆 枫木 147cm") == {"wanglaoji"}


@pytest.mark.parametrize(
    "title, rights",
    [
        ("Duct Tape Heavy Duty Silver 50m Roll", set()),
        # The other side: words that are no dictionary entry are the mark misspelt.
        ("Under Armor Running Shorts Men Black", {"under-armour"}),
    ],
)
def test_a_dictionary_entry_one_letter_off_a_mark_of_two_words(
    detector: Detector, title: str, rights: set[str]
) -> None:
    assert found(detector, title) == rights
