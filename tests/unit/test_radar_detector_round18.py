"""The radar's round-18 rules (docs/radar.md "Round 18"), each with the other side: a
mark after a given name is that person's surname; a travel souvenir names places and
sights; the maker's name before a mark, and a collaboration's ``x``, are evidence of
brand use; 适用于 after a mark introduces the device that follows; a Chinese goods word
jieba keeps whole covers the noun it ends with (round 20)."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight("tissot", "The Swatch Group", "trademark", "Tissot", (), None, ("watch", "strap")),
    IpRight("dior", "Christian Dior SE", "trademark", "Dior", (), None, ("perfume", "handbag")),
    IpRight("harbin", "AB InBev", "trademark", "Harbin", ("哈尔滨啤酒",), None, ("beer", "啤酒")),
    IpRight("mustang", "Ford Motor Company", "trademark", "Mustang", (), None, ("car",)),
    IpRight("whoop", "Whoop, Inc.", "trademark", "WHOOP", (), None, ("fitness tracker",)),
    IpRight("palace", "Palace Skateboards", "trademark", "Palace", (), None, ("hoodie",)),
    IpRight("castrol", "BP", "trademark", "Castrol", ("嘉实多",), None, ("motor oil", "机油")),
    IpRight("olympus", "OM Digital", "trademark", "奥林巴斯", ("Olympus",), None, ("相机",)),
    IpRight("lukfook", "Lukfook", "trademark", "六福", ("Luk Fook",), None, ("钻石戒指", "金项链")),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.mark.parametrize(
    "title, rights",
    [
        ("James Tissot The Ball on Shipboard Canvas Print", set()),
        # The other side: the right's goods named, no given name before the mark, the
        # name in lower case, a ® after the mark, the holder's own name.
        ("James Tissot Inspired Watch Strap 20mm Leather", {"tissot"}),
        ("Tissot The Ball on Shipboard Enamel Pin", {"tissot"}),
        ("james tissot ball on shipboard enamel pin", {"tissot"}),
        ("James Tissot® Canvas Print", {"tissot"}),
        ("Christian Dior Logo Keychain Gold", {"dior"}),
    ],
)
def test_a_mark_after_a_given_name_is_a_surname(
    detector: Detector, title: str, rights: set[str]
) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, description, brand, rights",
    [
        ("Harbin Ice Festival Travel Poster Vintage Art Print", None, None, set()),
        ("Harbin Ice Lantern Fridge Magnet", "A souvenir of the ice festival.", None, set()),
        # The other side: no souvenir, the right's goods named, the brand declared.
        ("Harbin Ice Festival Vintage Enamel Pin", None, None, {"harbin"}),
        ("Harbin Beer Souvenir Pint Glass 500ml", None, None, {"harbin"}),
        ("Ice Festival Travel Poster Vintage Art Print", None, "Harbin", {"harbin"}),
    ],
)
def test_a_travel_souvenir_names_places(
    detector: Detector, title: str, description: str | None, brand: str | None, rights: set[str]
) -> None:
    assert found(detector, title, description, brand) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        ("Ford Mustang Carbon Fiber Rear Spoiler 2015-2023", {"mustang"}),
        # The other side: no maker's name, the name in lower case, the maker's name that
        # is the mark itself.
        ("Carbon Fiber Mustang Horse Wall Art Print", set()),
        ("ford mustang carbon fiber horse wall art print", set()),
        ("Whoop Whoop Party Banner Birthday Decoration", set()),
    ],
)
def test_the_makers_name_before_a_mark(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        ("Uniqlo x Palace Tote Bag Canvas", {"palace"}),
        ("Palace × Umbro Tote Bag Canvas", {"palace"}),
        # The other side: a count, or no collaboration.
        ("Palace Tote Bag Canvas x 2", set()),
        ("Palace Tote Bag Canvas 30 x 40cm", set()),
    ],
)
def test_a_collaboration_is_brand_use(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        ("Castrol 机油 4L 保养套餐 适用于五菱宏光", {"castrol"}),
        # The other side: 适用 after the mark and its device, what the product fits.
        ("奥林巴斯 相机 电池 适用 BLS-50", set()),
    ],
)
def test_a_fit_prefix_after_a_mark(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        ("六福 18K金 钻石 戒指 求婚 女", {"lukfook"}),
        # The other side: none of the goods, whole or by the noun they end with.
        ("六福 临门 剪纸 窗花 春节", set()),
    ],
)
def test_a_chinese_goods_word_covers_its_last_noun(
    detector: Detector, title: str, rights: set[str]
) -> None:
    assert found(detector, title) == rights
