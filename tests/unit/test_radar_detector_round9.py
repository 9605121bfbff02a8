"""The radar's round-9 rules (docs/radar.md "Round 9"): modern everyday words, numbers as
marks, paper sizes, and frequent Chinese words; each with the other side of the line."""

from __future__ import annotations

import pytest
import radar_rounds
from radar_rounds import found

from sellerstar.radar import lexicon
from sellerstar.radar.detector import Detector
from sellerstar.radar.keys import _key
from sellerstar.radar.model import IpRight

RIGHTS = [
    IpRight("pixel", "Google LLC", "trademark", "Pixel", (), None, ("phone", "smartphone")),
    IpRight("mini", "BMW AG", "trademark", "MINI", (), None, ("car", "model car")),
    IpRight("999", "China Resources", "trademark", "999", (), None, ("medicine", "感冒灵")),
    IpRight("361", "361 Degrees", "trademark", "361度", ("361°",), None, ("shoe", "运动鞋")),
    IpRight("ring", "Ring LLC", "trademark", "Ring", (), None, ("doorbell", "camera")),
    IpRight("rado", "The Swatch Group", "trademark", "Rado", ("雷达",), None, ("watch", "手表")),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return radar_rounds.detector(RIGHTS)


def test_modern_lower_case_words_are_everyday_words() -> None:
    for word in ("pixel", "mini", "nerd", "kinder", "deli"):  # not in Webster's 1934
        assert lexicon.is_english_word(word), word
    for word in ("nike", "gucci", "adidas", "sony"):  # a modern dictionary's names are not
        assert not lexicon.is_english_word(word), word


def test_a_modern_everyday_mark_needs_its_goods(detector: Detector) -> None:
    assert found(detector, "Pixel Art Fuse Beads Kit 5mm 24 Colors") == set()
    assert found(detector, "Mini Desk Fan USB Rechargeable") == set()
    assert found(detector, "Pixel 8 Pro Smartphone 128GB") == {"pixel"}
    assert found(detector, "MINI Cooper Model Car 1:24") == {"mini"}


def test_a_mark_that_is_a_number_is_judged_like_an_everyday_word(detector: Detector) -> None:
    number = _key(0, "999", False, "999", ("999",))
    assert number is not None and number.everyday
    assert found(detector, "足金999 转运珠 手链 女") == set()  # the fineness of gold
    assert found(detector, "999 感冒灵 颗粒 10袋") == {"999"}  # next to its goods
    # Digits that abbreviate a mark of more (361° for 361度) are no number.
    degrees = _key(0, "361°", True, "361度", ("361度", "361°"))
    assert degrees is not None and not degrees.everyday


def test_a_paper_size_is_no_model_code(detector: Detector) -> None:
    assert found(detector, "Ring Binder A4 2-Ring 25mm Blue") == set()
    assert found(detector, "Ring G4 Video Doorbell Wired") == {"ring"}


def test_a_frequent_chinese_word_is_everyday_whatever_jieba_tags_it(detector: Detector) -> None:
    assert lexicon.is_chinese_word("雷达")  # seen 2,930 times, tagged as a name
    assert not lexicon.is_chinese_word("索尼")  # seen 711 times: a name
    assert found(detector, "倒车雷达 4探头 12V 蜂鸣 报警") == set()
    assert found(detector, "雷达 手表 陶瓷 女表") == {"rado"}
