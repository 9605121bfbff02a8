"""The radar's round-14 rule (docs/radar.md "Round 14"): a Chinese mark that jieba's
corpus has often, and that neither spells nor sounds like the right's Latin mark, was
chosen for its meaning and is judged as an everyday word; each with the other side."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar.detector import Detector
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight("titoni", "Titoni AG", "trademark", "Titoni", ("梅花",), None, ("手表", "腕表")),
    IpRight("denon", "Sound United", "trademark", "Denon", ("天龙",), None, ("功放", "音箱")),
    IpRight("huawei", "Huawei Technologies", "trademark", "华为", ("Huawei",), None, ("手机",)),
    IpRight("lincoln", "Ford Motor Company", "trademark", "Lincoln", ("林肯",), None, ("汽车",)),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


@pytest.mark.parametrize(
    "title, rights",
    [
        ("梅花扳手 双头 12件套 汽修 工具", set()),
        ("天龙八部 全套 金庸 武侠 小说 典藏版", set()),
        # The other side: the right's goods next to the mark.
        ("梅花 手表 机械 男表 瑞士", {"titoni"}),
        ("天龙 功放 家庭影院 7.2声道", {"denon"}),
        # A Chinese brand's own name (its Latin mark is the pinyin) and a transliteration
        # stay names: found without goods.
        ("华为 新款 正品 包邮", {"huawei"}),
        ("林肯 领航员 中网 镀铬", {"lincoln"}),
    ],
)
def test_a_chinese_mark_named_for_its_meaning(
    detector: Detector, title: str, rights: set[str]
) -> None:
    assert found(detector, title) == rights
