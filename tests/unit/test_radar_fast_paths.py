"""The radar's fast paths (for its speed target) agree with the plain forms they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sellerstar.radar.normalise import _tables, skeleton
from sellerstar.radar.search import _LEET_WORD, _NOT_LETTER, letters_only

_ASCII = st.text(st.characters(max_codepoint=127), max_size=60)
# Letters, leet symbols, separators and a Chinese character: the runs the leet search reads.
_RUNS = st.text(st.sampled_from("abz019@$!| -中"), max_size=40)
_PLAIN_LEET_WORD = re.compile(r"[a-z0-9@$!|]*[0-9@$!|][a-z0-9@$!|]*")


@settings(max_examples=300, deadline=None)
@given(_ASCII)
def test_an_ascii_skeleton_is_the_translation_tables(text: str) -> None:
    table, _slow = _tables()
    found = skeleton(text)
    assert found.text == text.translate(table)
    assert found.offsets is None


@settings(max_examples=300, deadline=None)
@given(st.one_of(_ASCII, st.text(max_size=40)))
def test_letters_only_turns_all_but_small_latin_letters_into_spaces(text: str) -> None:
    assert letters_only(text) == _NOT_LETTER.sub(" ", text)


@settings(max_examples=300, deadline=None)
@given(_RUNS)
def test_the_leet_search_finds_what_the_plain_pattern_finds(text: str) -> None:
    found = [m.span() for m in _LEET_WORD.finditer(text)]
    assert found == [m.span() for m in _PLAIN_LEET_WORD.finditer(text)]


def test_the_leet_search_takes_whole_runs() -> None:
    assert [m.group() for m in _LEET_WORD.finditer("n1ke shoes adid@s 12v")] == [
        "n1ke",
        "adid@s",
        "12v",
    ]
