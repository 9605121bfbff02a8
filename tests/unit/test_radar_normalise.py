"""Text skeletons: each disguise taken off, and spans that still point at the original."""

from __future__ import annotations

import pytest

from sellerstar.radar.normalise import (
    STAGE_ACCENT,
    STAGE_CASE_WIDTH,
    STAGE_HOMOGLYPH,
    compact,
    fold,
    skeleton,
    unleet,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NIKE", "nike"),  # case
        ("ＮＩＫＥ", "nike"),  # full-width letters
        ("Ｌｏｕｉｓ　Ｖｕｉｔｔｏｎ", "louis vuitton"),  # and the ideographic space
        ("Gücci", "gucci"),  # accents
        ("Çhanel", "chanel"),
        ("Nіke", "nike"),  # Cyrillic і
        ("ΑDIDAS", "adidas"),  # Greek capital alpha
        ("ΝΙΚΕ", "nike"),  # Greek capitals imitate Latin capitals, not small letters
        ("Рumа", "puma"),  # Cyrillic Р and а
        ("G-U-C-C-I", "g u c c i"),  # punctuation is a separator
        ("Chanel™ No.5", "chanel  no 5"),  # a sign is not the letters TM
        ("路易威登LV包", "路易威登lv包"),  # Chinese stays as it is
    ],
)
def test_a_skeleton_takes_off_the_disguise(text: str, expected: str) -> None:
    assert skeleton(text).text == expected


def test_a_one_to_one_skeleton_keeps_the_original_positions() -> None:
    text = "Bag by Gυcci"
    result = skeleton(text)
    assert result.offsets is None
    start = result.text.index("gucci")
    assert result.original_span(start, start + 5) == (7, 12)
    assert text[7:12] == "Gυcci"


def test_dropped_and_expanded_characters_keep_an_offset_map() -> None:
    # A zero-width space vanishes, ß becomes two letters, a combining accent vanishes.
    text = "Straße N\u200bike Cafe\u0301"
    result = skeleton(text)
    assert result.text == "strasse nike cafe"
    start = result.text.index("nike")
    o_start, o_end = result.original_span(start, start + 4)
    assert text[o_start:o_end] == "N\u200bike"
    start = result.text.index("cafe")
    o_start, o_end = result.original_span(start, start + 4)
    assert text[o_start:o_end] == "Cafe\u0301"


def test_the_stages_fold_one_after_another() -> None:
    assert fold("ＧＵＣＣＩ", STAGE_CASE_WIDTH) == "gucci"
    assert fold("Hermès", STAGE_CASE_WIDTH) == "hermès"
    assert fold("Hermès", STAGE_ACCENT) == "hermes"
    assert fold("Gυcci", STAGE_ACCENT) == "gυcci"
    assert fold("Gυcci", STAGE_HOMOGLYPH) == "gucci"


def test_leet_letters_and_the_two_readings_of_one() -> None:
    assert unleet("n1ke") == "nike"
    assert unleet("ad1da$") == "adidas"
    assert unleet("app1e", one="l") == "apple"
    assert unleet("g00gle") == "google"


def test_compact_drops_separators() -> None:
    assert compact("l v") == "lv"
    assert compact("louis  vuitton") == "louisvuitton"
