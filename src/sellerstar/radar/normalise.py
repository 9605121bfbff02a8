"""Text skeletons: what a listing's text looks like once sellers' disguises are taken off.

A *skeleton* folds case and full-width forms (NFKC), strips accents (``anyascii`` on Latin
letters), maps Greek, Cyrillic and other look-alikes to the Latin letter they imitate (the
Unicode confusables table shipped by ``confusable-homoglyphs``) and turns every separator
(space, punctuation, symbol) into one space. Chinese characters stay as they are.

The common case keeps one skeleton character per original character, so a match in the
skeleton is a span of the original text as it stands; a text with characters that expand or
vanish (``ß``, ``æ``, combining accents) takes a slower path that keeps an offset map.

>>> skeleton("ＮＩＫＥ Aír-Max").text
'nike air max'
>>> skeleton("Gucсi").text  # the second c is Cyrillic
'gucci'
>>> s = skeleton("Cafe\u0301 Gucci")
>>> s.text, s.original_span(5, 10)
('cafe gucci', (6, 11))
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from anyascii import anyascii
from confusable_homoglyphs import utils as confusable_data

SEPARATOR = " "

# Characters a leet spelling uses for letters. `1` stands for i or l: both are tried.
LEET: dict[str, str] = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "8": "b",
    "@": "a",
    "$": "s",
    "!": "i",
    "|": "l",
}
LEET_SYMBOLS = "@$!|"

# The stages a character passes, in order; a finding names the first stage at which the
# text and the mark agree.
STAGE_CASE_WIDTH = 1
STAGE_ACCENT = 2
STAGE_HOMOGLYPH = 3


def is_cjk(char: str) -> bool:
    """A Chinese (Han) character, or one of the CJK blocks' letters, kept as it is."""
    code = ord(char)
    return (
        0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x2FA1F
    )


def is_word_char(char: str) -> bool:
    """Part of a Latin word in a skeleton: an ASCII letter or digit."""
    return char.isascii() and char.isalnum()


@dataclass(frozen=True)
class _CharFold:
    """One character after each stage: case and width, accents, homoglyphs."""

    case_width: str
    accent: str
    homoglyph: str


@cache
def _homoglyphs() -> dict[str, str]:
    """Non-Latin look-alikes of ASCII letters and digits, from the Unicode confusables."""
    table: dict[str, str] = {}
    for char, glyphs in confusable_data.load("confusables.json").items():
        if len(char) != 1 or char.isascii():
            continue
        targets = [g["c"] for g in glyphs if len(g["c"]) == 1 and g["c"].isascii()]
        letters = [t for t in targets if t.isalpha()] or [t for t in targets if t.isdigit()]
        if letters:
            table[char] = letters[0].lower()
    return table


@cache
def _fold_char(char: str) -> _CharFold:
    homoglyphs = _homoglyphs()
    case_width = unicodedata.normalize("NFKC", char).casefold()
    if unicodedata.category(char) == "Cf":
        return _CharFold("", "", "")  # zero-width and other invisible characters vanish
    if char.isspace() or (unicodedata.category(char)[0] == "S" and char not in LEET_SYMBOLS):
        case_width = SEPARATOR  # ™ is a sign, not the letters TM
    accent = "".join(_strip_accent(c) for c in case_width)
    if not accent.isascii() and char in homoglyphs and char != char.casefold():
        # A capital imitates a capital: Greek Ν is N, not ν (v); a capital that looks like
        # a small l (Greek Ι, Cyrillic І) is a capital I.
        glyph = "i" if homoglyphs[char] == "l" else homoglyphs[char]
    else:
        glyph = "".join(homoglyphs.get(c, c) if not c.isascii() else c for c in accent)
    return _CharFold(case_width, accent, glyph)


def _strip_accent(char: str) -> str:
    if char.isascii() or is_cjk(char):
        return char
    if unicodedata.combining(char):
        return ""
    name = unicodedata.name(char, "")
    if name.startswith("LATIN"):
        return anyascii(char).lower()
    return char


def _skeleton_of(fold: str) -> str:
    """The skeleton characters of one folded character: separators become one space."""
    out = []
    for char in fold:
        if is_word_char(char) or is_cjk(char) or char in LEET_SYMBOLS:
            out.append(char)
        elif char.isalpha() or char.isdigit():
            out.append(char)  # a letter of another script: part of a word, never a mark
        else:
            out.append(SEPARATOR)
    return "".join(out)


@cache
def _tables() -> tuple[dict[int, str], re.Pattern[str]]:
    """The one-to-one translation table and the pattern of characters it cannot handle."""
    table: dict[int, str] = {}
    slow: list[str] = []
    codes = {
        *range(0x3040),  # through the CJK punctuation
        *range(0xFB00, 0xFB50),
        *range(0xFF00, 0xFFF0),
        *range(0x1D400, 0x1D800),
    }
    codes.update(ord(char) for char in _homoglyphs())
    for code in sorted(codes):
        char = chr(code)
        if is_cjk(char) or 0xD800 <= code <= 0xDFFF:
            continue
        out = _skeleton_of(_fold_char(char).homoglyph)
        if len(out) == 1:
            if out != char:
                table[code] = out
        else:
            slow.append(re.escape(char))
    pattern = re.compile("[" + "".join(slow) + "]") if slow else re.compile(r"(?!x)x")
    return table, pattern


@dataclass(frozen=True)
class Skeleton:
    """A field's skeleton and, when it is not one-to-one, where each character came from."""

    text: str
    offsets: tuple[int, ...] | None  # skeleton index -> original index; None: the same

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span of the skeleton's ``start:end``."""
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end]


def skeleton(text: str) -> Skeleton:
    """The skeleton of ``text`` (see the module docstring)."""
    if text.isascii():
        # bytes.translate is several times faster than str.translate's per-character dict
        return Skeleton(text.encode("ascii").translate(_ascii_table()).decode("ascii"), None)
    table, slow = _tables()
    if slow.search(text) is None:
        return Skeleton(text.translate(table), None)
    chars: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        out = table.get(ord(char), char) if slow.match(char) is None else _slow_char(char)
        for piece in out:
            chars.append(piece)
            offsets.append(index)
    # A span ends where the next kept character starts: a dropped combining accent
    # stays with the letter before it.
    offsets.append(len(text))
    return Skeleton("".join(chars), tuple(offsets))


@cache
def _ascii_table() -> bytes:
    """The translation table's ASCII part as a byte table (ASCII maps to one ASCII byte)."""
    table, _slow = _tables()
    return bytes(ord(table.get(code, chr(code))) for code in range(128)) + bytes(range(128, 256))


def _slow_char(char: str) -> str:
    return _skeleton_of(_fold_char(char).homoglyph)


def fold(text: str, stage: int) -> str:
    """``text`` after the stages up to ``stage`` (1 case and width, 2 accents, 3 homoglyphs).

    >>> fold("ＧＵＣＣＩ", 1), fold("Hermès", 1), fold("Hermès", 2), fold("Gυcci", 3)
    ('gucci', 'hermès', 'hermes', 'gucci')
    """
    out = []
    for char in text:
        folded = _fold_char(char)
        out.append((folded.case_width, folded.accent, folded.homoglyph)[stage - 1])
    return "".join(out)


def compact(text: str) -> str:
    """A skeleton without its separators: ``"l v"`` and ``"lv"`` are one word.

    >>> compact("louis  vuitton")
    'louisvuitton'
    """
    return text.replace(SEPARATOR, "")


def unleet(text: str, one: str = "i") -> str:
    """A leet word's letters; ``one`` is the letter a ``1`` stands for.

    >>> unleet("n1ke"), unleet("a|1", one="l")
    ('nike', 'all')
    """
    return "".join(one if c == "1" else LEET.get(c, c) for c in text)
