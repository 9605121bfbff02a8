"""The radar's round-32 rules (docs/radar.md "Round 32"), each with its other side:

- a line name in camel case right after a mark is evidence of the brand
  (``Sika MultiSeal``);
- a character right after a Chinese mark that ends one of the right's Chinese goods words
  is the brand's product (立邦漆 for goods of 内墙漆) when it ends its run of characters
  (立邦净水器: 净水器, a water purifier, is another word).
"""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight("sika", "Sika AG", "trademark", "Sika", (), None, ("sealant", "tile adhesive")),
    IpRight(
        "nippon", "Nippon Paint", "trademark", "Nippon Paint", ("立邦",), None, ("内墙漆", "外墙漆")
    ),
    IpRight("abus", "ABUS", "trademark", "ABUS", ("阿布斯",), None, ("挂锁", "自行车锁")),
    IpRight(
        "kingston",
        "Kingston Technology",
        "trademark",
        "Kingston",
        ("金士顿",),
        None,
        ("内存条", "U盘"),
    ),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.mark.parametrize(
    "title, rights",
    [
        # A line name in camel case after an everyday-word mark.
        ("Sika MultiSeal Bitumen Flashing Tape 10cm x 10m", {"sika"}),
        ("Sika Deer Antler Velvet Slices 100g", set()),
        ("Sika Deer Figurine Resin Garden", set()),
        # The brand's product written onto its Chinese name.
        ("立邦漆 净味 墙面漆 5L 哑光", {"nippon"}),
        ("立邦 社区 志愿者 马甲", set()),
        ("立邦净水器 家用 直饮", set()),  # 净水器, a water purifier, is another word
    ],
)
def test_round_32(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights
