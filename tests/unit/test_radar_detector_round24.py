"""The radar's round-24 rules (docs/radar.md "Round 24"), each with the other side: a
holder's name vouches for the brand only by a word that is not the mark; 兼容 after a
mark, like 适用, says what an accessory fits unless the right's goods stand between."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight("enya", "Enya Music Instruments", "trademark", "Enya", (), None, ("guitar",)),
    IpRight("monopoly", "Hasbro, Inc.", "trademark", "Monopoly", (), None, ("board game",)),
    IpRight(
        "squish",
        "Jazwares",
        "trademark",
        "Squishmallows",
        (),
        None,
        ("plush toy", "毛绒玩具"),
    ),
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
        # The holder's name is the mark itself: no evidence that a name is the brand.
        ("Enya Name Keychain Personalized Gift", set()),
        ("Enya Acoustic Guitar 41 inch Solid Top", {"enya"}),
        # The holder named by another word still vouches for the brand.
        ("Monopoly Name Keychain Personalized Hasbro Box", {"monopoly"}),
        # 兼容 right after a mark: what the accessory fits (compatibility wording allowed).
        ("Squishmallows 兼容 挂钩 收纳 网兜", set()),
        # The right's goods between: what the product works with, not a fit.
        ("华为手表 兼容安卓 运动 防水", {"huawei"}),
    ],
)
def test_round_24(detector: Detector, title: str, rights: set[str]) -> None:
    assert found(detector, title) == rights
