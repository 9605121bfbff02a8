"""The radar's round-25 rules (docs/radar.md "Round 25"), each with the other side: goods
that carry a family's name, and goods that show or tell of a person, place or thing, name
that, not the brand; a misspelt word that may stand for two marks stands for the one
whose goods the listing sells; a period word after a mark makes it a period's name; a part
after 适用 or 兼容 fits the right's goods before it."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight(
        "legrand",
        "Legrand SA",
        "trademark",
        "Legrand",
        ("罗格朗",),
        None,
        ("socket", "switch", "插座", "开关"),
    ),
    IpRight(
        "singer",
        "The Singer Company",
        "trademark",
        "胜家",
        ("Singer",),
        None,
        ("sewing machine", "缝纫机"),
    ),
    IpRight(
        "vittoria",
        "Vittoria S.p.A.",
        "trademark",
        "Vittoria",
        (),
        None,
        ("bicycle tyre", "tire", "inner tube"),
    ),
    IpRight(
        "bama", "Bama Tea Co., Ltd.", "trademark", "八马", ("Bama Tea",), None, ("茶叶", "tea")
    ),
    IpRight("nike", "Nike, Inc.", "trademark", "Nike", ("耐克",), None, ("shoe", "运动鞋")),
    IpRight(
        "berkley",
        "Pure Fishing, Inc.",
        "trademark",
        "Berkley",
        (),
        None,
        ("fishing line", "lure", "鱼线"),
    ),
    IpRight(
        "berkey", "New Millennium Concepts", "trademark", "Berkey", (), None, ("water filter",)
    ),
    IpRight("showa", "Showa Corporation", "trademark", "Showa", (), None, ("shock absorber",)),
    IpRight("ansell", "Ansell Ltd", "trademark", "Ansell", (), None, ("glove", "手套")),
    IpRight("hangcha", "Hangcha Group", "trademark", "杭叉", ("Hangcha",), None, ("叉车",)),
    IpRight(
        "huawei", "Huawei Technologies", "trademark", "华为", ("Huawei",), None, ("手表", "手机")
    ),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.mark.parametrize(
    "title, rights",
    [
        # Goods that carry a family's name: the mark is that name.
        ("Legrand Surname Keyring Engraved", set()),
        ("Legrand Family Crest Print Framed", set()),
        ("Legrand Clan Crest Pewter Keyring", set()),
        ("胜家 家谱 族谱 定制 线装", set()),
        # ... unless the listing sells the right's goods or declares the brand.
        ("Legrand Surname Wall Socket 2 Gang", {"legrand"}),
        ("Legrand Wall Socket 2 Gang White", {"legrand"}),
        ("胜家 家用 缝纫机 多功能", {"singer"}),
    ],
)
def test_family_names(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        # Goods that show or tell of something: the mark is what they show.
        ("Vittoria Colonna Poems Book Renaissance", set()),
        ("Vittoria Sicily Travel Guide Paperback", set()),
        ("八马图 装饰画 客厅 骏马 奔腾", set()),
        ("八马 铜雕 摆件 马到成功", set()),
        ("Nike Goddess Resin Statue Winged Victory", set()),
        # A notebook is no book: the cue is a whole word.
        ("Vittoria Notebook A5 Dotted", {"vittoria"}),
        # The right's goods, or brand use, still name the brand.
        ("Vittoria Corsa Bicycle Tyre 700x25 with Book", {"vittoria"}),
        ("八马 茶叶 铁观音 礼盒 送 书法 卡片", {"bama"}),
        ("Nike Official Poster Just Do It", {"nike"}),
        ("耐克 同款 海报 复古", {"nike"}),
        ("Vittoria® Cycling Poster", {"vittoria"}),
        # A misspelt mark too: Nigel Mansell's poster; the gloves are Ansell's.
        ("Mansell Racing Print Vintage F1 Poster 1992", set()),
        ("Anssell HyFlex Cut Resistant Gloves Poster Pack", {"ansell"}),
    ],
)
def test_depictions(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        # "Berkly" is one letter from Berkley and from Berkey: the listing sells a line.
        ("Berkly Vanish Fluorocarbon Fishing Line 200m", {"berkley"}),
        ("Berkly Countertop Water Filter Stainless", {"berkey"}),
        # Neither's goods named: both readings stay for a reviewer.
        ("Berkly Gift Set Deluxe", {"berkley", "berkey"}),
    ],
)
def test_a_misspelling_of_two_marks(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        ("Vintage Showa Period Tin Toy Robot Display", set()),
        ("Japan Showa Era 100 Yen Coin Collection Lot", set()),
        ("Showa Front Shock Absorber Era Edition", {"showa"}),
        ("Showa Vintage Tin Toy Robot Display", {"showa"}),
    ],
)
def test_periods(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights


@pytest.mark.parametrize(
    "title, rights",
    [
        # A part after 适用 fits the forklift named before it.
        ("杭叉 叉车 适用 座椅 安全带 配件", set()),
        # What the right's goods work with, or nothing after: the brand's own product.
        ("华为手表 兼容安卓 运动 防水", {"huawei"}),
        ("杭叉 叉车 适用 长途搬运", {"hangcha"}),
    ],
)
def test_parts_that_fit(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights
