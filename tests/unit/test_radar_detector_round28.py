"""The radar's round-28 rule (docs/radar.md "Round 28"), with the other side: a Chinese
device name in a listing matches the right's goods whatever its ending of 机, 器 or 仪
(丽讯 工程投影机 for goods of 投影仪)."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight

RIGHTS = [
    # A mark of everyday words: it names the brand only next to the right's goods.
    IpRight("jiali", "S.C. Johnson", "trademark", "佳丽", ("Glade",), None, ("空气清新器", "香薰")),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.mark.parametrize(
    "title, rights",
    [
        ("佳丽 空气清新机 自动 喷香", {"jiali"}),
        ("佳丽 空气清新器 自动 喷香", {"jiali"}),
        # The other side: no goods of the right, in any spelling.
        ("佳丽 选美 大赛 海报", set()),
        ("佳丽 手机壳 防摔", set()),
    ],
)
def test_round_28(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights
