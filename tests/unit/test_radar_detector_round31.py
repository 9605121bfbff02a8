"""The radar's round-31 rules (docs/radar.md "Round 31"), each with its other side:

- a Chinese compound of goods ends with its head noun whatever jieba's count of it
  (油墨 of 印刷油墨, 链锯 of 汽油链锯), so a listing naming the head names the goods;
- a travel magnet is a souvenir; a tartan carries a clan's name;
- a saint's title before a one-word mark makes it a saint or a place named after one.
"""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.lexicon import chinese_head
from sellerstar.radar.model import IpRight

RIGHTS = [
    # A Chinese mark chosen for its meaning: it names the brand next to the right's goods.
    IpRight("dongyang", "Toyo Ink", "trademark", "东洋油墨", (), None, ("印刷油墨", "涂料")),
    IpRight(
        "sanremo",
        "Sanremo Coffee Machines",
        "trademark",
        "Sanremo",
        (),
        None,
        ("espresso machine", "coffee grinder"),
    ),
    IpRight("mackie", "LOUD Audio", "trademark", "Mackie", (), None, ("mixer", "speaker")),
    IpRight(
        "petrus", "Petrus Appliances", "trademark", "Petrus", (), None, ("bread maker", "oven")
    ),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.mark.parametrize(
    "compound, head",
    [("印刷油墨", "油墨"), ("汽油链锯", "链锯"), ("速溶咖啡", "咖啡"), ("咖啡", None)],
)
def test_chinese_head(compound: str, head: str | None) -> None:
    assert chinese_head(compound) == head


@pytest.mark.parametrize(
    "title, rights",
    [
        # The head of a goods compound names the goods.
        ("东洋油墨 UV丝印油墨 1公斤 罐装", {"dongyang"}),
        ("东洋 风格 和服 腰带", set()),
        # Souvenirs and clans; the right's goods named keep the finding.
        ("Sanremo Liguria Travel Magnet Riviera", set()),
        ("Sanremo Espresso Machine Travel Magnet Gift Edition", {"sanremo"}),
        ("Clan Mackie Tartan Scarf Lambswool", set()),
        ("Mackie Mixer Tartan Cover Bag", {"mackie"}),
        # A saint before the mark; the right's goods named keep the finding.
        ("St Petrus Key Pendant Catholic Medal", set()),
        ("St Petrus Bread Maker 1kg Automatic", {"petrus"}),
        ("Petrus Key Pendant Silver", {"petrus"}),  # a coined mark without a saint
    ],
)
def test_round_31(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights
