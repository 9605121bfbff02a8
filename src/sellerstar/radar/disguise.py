"""How a matched text differs from its mark: the normalisation step that made them agree,
and whether the difference is a disguise, which an everyday word never needs."""

from __future__ import annotations

import re
import unicodedata

from sellerstar.radar.keys import _SPACES, _WORD, _Key
from sellerstar.radar.listing import _accents_only
from sellerstar.radar.normalise import (
    SEPARATOR,
    STAGE_ACCENT,
    STAGE_CASE_WIDTH,
    STAGE_HOMOGLYPH,
    fold,
    is_cjk,
    skeleton,
)

# Symbols between two letters that join no words in writing, only hide one from filters.
_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])[_*^~#\\](?=[^\W\d_])")
# Names written with a second capital after their particle: "LeWitt", "DeKalb", "McCain".
_PARTICLE_NAME = re.compile(r"(?:Mc|Mac|De|Le|La|Di|Da|Du|Van|Von)[A-Z][a-z]+")


def _step(matched: str, key: _Key) -> str:
    """The normalisation that made the matched text and the mark agree: the first stage at
    which they are equal, or ``spacing`` when separators or invisible characters differ."""
    if matched == key.text:
        return "exact"
    if _SPACES.sub(SEPARATOR, skeleton(matched).text.strip()) != key.skeleton or any(
        unicodedata.category(c) == "Cf" for c in matched
    ):
        return "spacing"
    for stage, name in (
        (STAGE_CASE_WIDTH, "case_width"),
        (STAGE_ACCENT, "accent"),
        (STAGE_HOMOGLYPH, "homoglyph"),
    ):
        if fold(matched, stage) == fold(key.text, stage):
            return name
    return "spacing"  # only punctuation differs: "Louis-Vuitton"


def _disguised(step: str, matched: str, mark: str) -> bool:
    """The seller changed how the mark looks, which an everyday word never needs: accents,
    look-alike letters, leet, letters spaced out, full-width or mixed-case letters."""
    if step == "accent" and matched.isascii() and _accents_only(mark):
        return False  # the plain spelling of a mark with accents ("Chloe" for Chloé)
    if step in ("accent", "homoglyph", "leetspeak"):
        return True
    if not matched.isascii():  # ASCII has neither format characters nor accents
        if any(unicodedata.category(c) == "Cf" for c in matched):
            return True  # a zero-width character inside a word only hides it from filters
        if fold(matched, STAGE_CASE_WIDTH) != fold(matched, STAGE_HOMOGLYPH):
            return True  # accents or look-alikes besides the spacing: "Her mès"
    if step == "spacing":
        if any(is_cjk(c) for c in matched):
            return True  # separators between the characters of a Chinese mark: "波 司 登"
        if any(symbol not in mark for symbol in _INSIDE_WORD.findall(matched)):
            return True  # a symbol no text puts between two letters: "Pam_pers", "Nik*e"
        return len(_WORD.findall(skeleton(matched).text)) > 1 and all(
            len(w) <= 2 for w in _WORD.findall(skeleton(matched).text)
        )
    if step == "case_width":
        plain = matched.isascii() and (matched.islower() or matched.isupper() or matched.istitle())
        return not plain and _PARTICLE_NAME.fullmatch(matched) is None
    return False
