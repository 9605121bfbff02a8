"""How the sentiment classifier reads a text: folded, in words, with its negators.

The lexicon, the corpus split and the model must read a text the same way for their
features and cues to meet; they all take the folding and the word pattern from here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

import opencc


def words(listed: str) -> frozenset[str]:
    """The words of a space-separated list (long word lists read best as text)."""
    return frozenset(listed.split())


# Words that turn the meaning of what follows; the words after one, up to the next
# punctuation, get a "not_" twin so "not very good" learns apart from "very good".
NEGATORS = words(
    "not no never nothing nobody don't doesn't didn't isn't wasn't aren't weren't won't "
    "can't couldn't wouldn't haven't hasn't hadn't without neither nor dont doesnt didnt "
    "isnt wasnt cant wont"
)
CLAUSE_END = re.compile(r"[.,;:!?，。；：！？、()（）\"“”]+")
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def fold(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return " ".join(folded.split())


@cache
def _simplified() -> Any:
    # Buyers in Taiwan and Hong Kong write traditional characters (品質, 貨, 賣家); folding
    # them to simplified lets them share every feature and cue of the simplified corpus.
    return opencc.OpenCC("t2s")


def normalise(text: str) -> str:
    """NFKC, lower case, single spaces, traditional Chinese characters as simplified."""
    folded = fold(text)
    if any("\u3400" <= char <= "\u9fff" for char in folded):
        folded = str(_simplified().convert(folded))
    return folded
