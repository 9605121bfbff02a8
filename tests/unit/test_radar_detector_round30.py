"""The radar's round-30 rules (docs/radar.md "Round 30"), each with its other side:

- a Chinese name of three characters or more that jieba knows neither as a word nor as
  words of two characters, one of them rarely written alone (热玛吉), is a name made for
  its sound: the mark wherever it stands, not a mark of meaning that needs the goods;
- a device name with 电 before it matches its spellings without it (电吹风, 吹风机);
- a mark cut into words, or one of words with one misspelt, is the mark before a line
  name of its own: camel case anywhere (``Pet-Safe ScoopFree``), any capital in a
  description's running text (``Kay tee Pocket Pals series``);
- a mark spelt out in single letters may have one letter of its own after it
  (``P I K O N Scale``, ``L_i_o_n_e_l O Gauge``).
"""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.goods import _device_variants
from sellerstar.radar.keys import _coined_characters
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight("thermage", "Solta", "trademark", "Thermage", ("热玛吉",), None, ("射频紧肤仪",)),
    IpRight("baijiahei", "Bayer", "trademark", "白加黑", (), None, ("感冒药", "感冒片")),
    IpRight("kangfu", "Kangfu", "trademark", "康夫", ("Kangfu",), None, ("电吹风", "理发器")),
    IpRight("petsafe", "Radio Systems", "trademark", "PetSafe", (), None, ("pet door",)),
    IpRight("kaytee", "Central Garden", "trademark", "Kaytee", (), None, ("bird seed",)),
    IpRight("piko", "PIKO Spielwaren", "trademark", "PIKO", (), None, ("model train",)),
    IpRight("lionel", "Lionel LLC", "trademark", "Lionel", (), None, ("model train",)),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.mark.parametrize(
    "name, coined",
    [
        ("热玛吉", True),
        ("海菲秀", True),
        ("白加黑", False),  # everyday characters: white, plus, black
        ("太平鸟", False),  # 太平 is a word
        ("康夫", False),  # two characters
    ],
)
def test_coined_characters(name: str, coined: bool) -> None:
    assert _coined_characters(name) is coined


def test_device_variants_without_electric() -> None:
    assert "吹风机" in _device_variants("电吹风")
    assert _device_variants("电视") == ()  # two characters: no device name to vary


@pytest.mark.parametrize(
    "title, description, rights",
    [
        # A name made for its sound is the mark without the right's goods.
        ("热玛吉 五代 射频紧致仪 医美机构", None, {"thermage"}),
        ("白加黑 配色 板鞋 男 低帮", None, set()),  # a phrase of everyday characters
        # 电吹风 is also 吹风机.
        ("康夫 吹风机 大功率 2200W", None, {"kangfu"}),
        ("康夫 选美 大赛 海报", None, set()),
        # A line name after a mark cut into words.
        ("Pet-Safe ScoopFree Litter Tray Refills", None, {"petsafe"}),
        ("Pet-Safe Cleaning Spray for Floors", None, set()),  # "pet-safe": safe for pets
        ("Hay Feeder Small Animal Wall Hook", "Kay tee Pocket Pals series.", {"kaytee"}),
        ("Hay Feeder Small Animal Wall Hook", "Kay tee looked at the feeder.", set()),
        # One letter of its own after a spelt-out mark; two marks' letters need both.
        ("P I K O N Scale Starter Set", None, {"piko"}),
        ("L_i_o_n_e_l O Gauge Steam Locomotive", None, {"lionel"}),
        ("P I K Scale Starter Set", None, set()),
    ],
)
def test_round_30(
    detector: Detector, title: str, description: str | None, rights: set[str]
) -> None:
    assert found(detector, title, description) == rights
