"""How a matched text differs from its mark: the normalisation step that made them agree,
and whether the difference is a disguise, which an everyday word never needs."""

from __future__ import annotations

import re
import unicodedata

from sellerstar.radar import lexicon
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
# A full stop between two lower-case letters ends no sentence and no abbreviation.
_DOT_INSIDE_WORD = re.compile(r"(?<=[a-z])\.(?=[a-z])")
_NOT_LETTER = re.compile(r"[\W\d_]+")
_AFTER_SEPARATOR = re.compile(r"[\W_]+(\w)")
_NEXT_TOKEN = re.compile(r"[\W_]*(\w)")
# Names written with a second capital after their particle: "LeWitt", "DeKalb", "McCain".
_PARTICLE_NAME = re.compile(r"(?:Mc|Mac|De|Le|La|Di|Da|Du|Van|Von)[A-Z][a-z]+")


def _cut_inside_word(pieces: list[str], mark: str) -> bool:
    """``pieces`` spell the words of ``mark`` with one of them cut where no word ends: into
    three pieces or more (``Wol-ver-ine``), or into pieces one of which English does not use
    as a word of its own (``Tilla-mook``, ``Sarto rius``; not ``Gold fish``). A letter on
    its own is no such piece: ``Van's`` is not Vans cut."""
    remaining = iter(pieces)
    for word in _WORD.findall(mark):
        cut: list[str] = []
        while "".join(cut) != word:
            piece = next(remaining, None)
            if piece is None or len("".join(cut)) + len(piece) > len(word):
                return False
            cut.append(piece)
        if len(cut) >= 3 or (
            len(cut) == 2 and any(len(p) > 1 and not lexicon.is_frequent_word(p, "en") for p in cut)
        ):
            return True
    return False


def _cut_as_written(text: str, span: tuple[int, int], mark: str) -> bool:
    """``text[span]`` is ``mark`` letter for letter and case for case with separators put
    inside it, each before a small letter, and it stands before a capitalised word, a
    number or nothing: a coined mark cut to pass a filter (``Wash burn Comfort Series``,
    ``Techno-gym Element``), not words of a sentence (``five star hotel towels`` is no
    Fivestar) nor words of a title (``Shark Bite Plush Toy`` is no SharkBite)."""
    matched = text[span[0] : span[1]]
    if _NOT_LETTER.sub("", matched) != _NOT_LETTER.sub("", mark) or matched == mark:
        return False
    if not all(c.islower() for c in _AFTER_SEPARATOR.findall(matched)):
        return False  # cut at the mark's own capital: "Shark Bite" is words, SharkBite's
    pieces = _WORD.findall(skeleton(matched).text)
    if len(pieces) > 1 and lexicon.is_compound(pieces[0], pieces[1]):
        return False  # a dictionary's compound: "Black magic" is no Blackmagic
    following = _NEXT_TOKEN.match(text, span[1])
    return following is None or not following.group(1).islower()


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
        if _DOT_INSIDE_WORD.search(matched):
            return True  # "Pen.folds", "Du.a.lit": a full stop inside a word
        pieces = _WORD.findall(skeleton(matched).text)
        return len(pieces) > 1 and (
            all(len(w) <= 2 for w in pieces) or _cut_inside_word(pieces, skeleton(mark).text)
        )
    if step == "case_width":
        plain = matched.isascii() and (matched.islower() or matched.isupper() or matched.istitle())
        return not plain and _PARTICLE_NAME.fullmatch(matched) is None
    return False
