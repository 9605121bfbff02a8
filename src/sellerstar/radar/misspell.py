"""Misspelt marks: a deletion index (SymSpell) over the marks, verified with
``rapidfuzz``, a visual form of short marks ("Gapp", "JBI") and the sound of long ones
(Metaphone, ``jellyfish``)."""

from __future__ import annotations

import jellyfish
from rapidfuzz.distance import OSA

from sellerstar.radar import lexicon
from sellerstar.radar.keys import _Compiled

_FUZZY_CACHE_LIMIT = 500_000
# A word sounding like a mark is that mark written by ear this many edits away at most
# ("Minwacks": three), and scores as a misspelling of two edits.
_SOUND_ALIKE_REACH = 3
_SOUND_ALIKE_EDITS = 2


class _Misspellings(_Compiled):
    """The marks a word is a misspelling of (part of
    :class:`~sellerstar.radar.detector.Detector`)."""

    def _near(self, word: str) -> tuple[tuple[int, int], ...]:
        """The marks ``word`` is a misspelling of, with the edits (cached per word)."""
        if (
            len(word) < self._rules.fuzzy_min_length - 1
            or len(word) > self._longest + 2
            or word.isdigit()
        ):
            return ()
        cached = self._fuzzy_cache.get(word)
        if cached is not None:
            return cached
        found: dict[int, int] = {}
        if word not in self._compact:
            reach = 2 if len(word) >= self._rules.fuzzy_two_edits_min_length - 2 else 1
            for variant in _deletions(word, reach):
                for key_id in self._deletes.get(variant, ()):
                    if key_id in found:
                        continue
                    key = self._keys[key_id]
                    allowed = self._allowed_edits(key.compact)
                    edits = OSA.distance(word, key.compact, score_cutoff=allowed)
                    if 0 < edits <= allowed and self._edit_allowed(word, key.compact):
                        found[key_id] = edits
        if not found and len(word) <= 5:
            for key_id in self._short.get(_visual(word), ()):
                if self._keys[key_id].compact != word:
                    found[key_id] = 1
        result = tuple(found.items())
        if len(self._fuzzy_cache) >= _FUZZY_CACHE_LIMIT:
            self._fuzzy_cache.clear()
        self._fuzzy_cache[word] = result
        return result

    def _near_or_sounding(self, word: str) -> tuple[tuple[int, int], ...]:
        """The marks one word is a misspelling of (:meth:`_near`), or else those it is
        written as it sounds, when no dictionary lists it (``Graftec``, ``Loctight``,
        ``Karrymore``; counted as two edits whatever their number)."""
        near = self._near(word)
        if (
            near
            or len(word) < self._rules.sound_alike_min_sounds
            or not word.isalpha()
            or word in self._compact
            or lexicon.is_a_word(word)
        ):
            return near
        return tuple(
            (key_id, _SOUND_ALIKE_EDITS)
            for key_id in self._sound_alikes.get(jellyfish.metaphone(word), ())
            if OSA.distance(word, self._keys[key_id].compact, score_cutoff=_SOUND_ALIKE_REACH)
            <= _SOUND_ALIKE_REACH
        )

    def _edit_allowed(self, word: str, mark: str) -> bool:
        """Marks shorter than ``fuzzy_insertions_min_length`` take a letter changed or two
        swapped, or a doubled letter ("Nikee"), but no other added or dropped letter
        ("Sonya" is a name, not Sony)."""
        if (
            mark.endswith("s")
            and word == mark[:-1]
            and (len(word) <= 5 or lexicon.is_dictionary_word(word))
        ):
            # A mark in the plural without its s is another word (ASIC, ASICS); a long
            # coined one is the same mark ("Magnatile" for Magna-Tiles).
            return False
        if len(mark) >= self._rules.fuzzy_insertions_min_length or len(word) == len(mark):
            return True
        return _visual(word) == _visual(mark)

    def _allowed_edits(self, word: str) -> int:
        letters = len(word)
        if letters >= self._rules.fuzzy_two_edits_min_length:
            return 2
        return 1 if letters >= self._rules.fuzzy_min_length else 0


def _visual(word: str) -> str:
    """A short word as it looks: doubled letters once, I and l alike ("gapp" -> "gap").

    >>> _visual("gapp"), _visual("jbl"), _visual("jbi")
    ('gap', 'jbi', 'jbi')
    """
    out: list[str] = []
    for char in word.replace("l", "i"):
        if not out or out[-1] != char:
            out.append(char)
    return "".join(out)


def _deletions(word: str, edits: int) -> set[str]:
    """``word`` and every string made from it by deleting up to ``edits`` characters."""
    found = {word}
    frontier = {word}
    for _ in range(edits):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w)) if len(w) > 1}
        found |= frontier
    return found


def _letter_added(found: str, mark: str) -> bool:
    """``found`` is ``mark`` with one letter more at its end or start that doubles none of
    its letters: how another word or name differs from it (``Nokian`` and Nokia,
    ``Frontliner``, ``Premax`` and Remax), where a seller's disguise doubles a letter
    (``Nikee``, ``Kongg``).

    >>> _letter_added("nokian", "nokia"), _letter_added("nikee", "nike")
    (True, False)
    """
    if len(found) != len(mark) + 1 or not found.isalpha():
        return False
    if found.startswith(mark):
        return found[-1] != mark[-1]
    return found.endswith(mark) and found[0] != mark[0]
