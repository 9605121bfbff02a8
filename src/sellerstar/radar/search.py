"""Candidate hits: the normalised multi-pattern search of a field's skeleton (whole,
split, leet, camel-case, joined and misspelt marks; Chinese marks on jieba's word
boundaries; marks written in pieces are :mod:`~sellerstar.radar.pieces`')."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

import jieba

from sellerstar.radar import lexicon
from sellerstar.radar.keys import _CJK_RUN, _Field, _Hit, _Key, _one_char_off, _pinyin, _sound
from sellerstar.radar.misspell import _FUZZY_CACHE_LIMIT
from sellerstar.radar.normalise import LEET, SEPARATOR, is_word_char
from sellerstar.radar.pieces import _NEXT_WORD, _Pieces

# A whole run of letters, digits and leet symbols with at least one of the latter; the
# possessive letters fail fast on runs without one (a plain pattern backtracks in each).
_LEET_WORD = re.compile(r"(?<![a-z0-9@$!|])[a-z]*+[0-9@$!|][a-z0-9@$!|]*")
_NOT_LETTER = re.compile(r"[^a-z ]")
_NOT_LETTER_BYTES = bytes(
    code if "a" <= chr(code) <= "z" else ord(SEPARATOR) for code in range(256)
)
_LETTERS_ONLY = re.compile(r"[a-z]+(?: [a-z]+)*")
_CAMEL = re.compile(r"[a-z][A-Z]")
_CAMEL_WORD = re.compile(r"[A-Za-z]*[a-z][A-Z][A-Za-z]*")
# Chinese words with separators between them, in a skeleton ("波 司 登", "百 雀 羚").
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_SPACED = re.compile(rf"[{_HAN}]+(?: +[{_HAN}]+)+")
_CJK_PIECE = re.compile(rf"[{_HAN}]+")


def letters_only(text: str) -> str:
    """``text`` with everything but ``a``-``z`` and spaces turned into spaces (a skeleton's
    words of letters, at the same positions)."""
    if text.isascii():
        return text.encode("ascii").translate(_NOT_LETTER_BYTES).decode("ascii")
    return _NOT_LETTER.sub(SEPARATOR, text)


class _Search(_Pieces):
    """The hits of a field (part of :class:`~sellerstar.radar.detector.Detector`)."""

    def _exact_hits(
        self, field: _Field, text: str, step: str | None, letters: str | None = None
    ) -> list[_Hit]:
        hits: list[_Hit] = []
        view = " " + (letters or letters_only(text)) + " "
        joined = step or "joined"
        for end, (length, whole, split) in self._words_automaton.iter(view):
            start, stop = end - length + 1, end - 1
            hits += [_Hit(key_id, start, stop, step) for key_id in whole]
            if (
                split
                and text[start:stop].count(SEPARATOR) == 1
                and not _next_to_digit(text, start, stop)
            ):
                hits += [_Hit(key_id, start, stop, joined) for key_id in split]
        chinese: list[_Hit] = []
        raw = self._raw_automaton.iter(text) if self._raw_in_ascii or not text.isascii() else ()
        for end, (length, ids, _split) in raw:
            start = end + 1 - length
            for key_id in ids:
                key = self._keys[key_id]
                if key.chinese:
                    chinese.append(_Hit(key_id, start, end + 1, step))
                elif self._at_word_boundaries(text, key, start, end + 1):
                    hits.append(_Hit(key_id, start, end + 1, step))
        if step is None and self._sounds and not text.isascii() and _CJK_RUN.search(text):
            chinese += self._chinese_misspellings(text)
        if chinese:
            hits += self._chinese_confirmed(field, chinese)
        if (
            field.offsets is None
            # no capital after a letter (str methods, much faster than the regex)
            and not (field.text.islower() or field.text.istitle())
            and _CAMEL.search(field.text) is not None
        ):
            hits += self._camel_hits(field, text, step)
        return hits

    def _at_word_boundaries(self, text: str, key: _Key, start: int, end: int) -> bool:
        left_ok = start == 0 or _boundary(text[start - 1], key.skeleton[0])
        right_ok = end == len(text) or _boundary(text[end], key.skeleton[-1])
        return left_ok and right_ok

    def _camel_hits(self, field: _Field, text: str, step: str | None) -> list[_Hit]:
        """A capital inside a word starts a new one: ``AppleWatch``, ``myNike``."""
        hits: list[_Hit] = []
        for word in _CAMEL_WORD.finditer(field.text):
            inner = [word.start() + m.start() + 1 for m in _CAMEL.finditer(word.group())]
            bounds = [word.start(), *inner, word.end()]
            for first in range(len(bounds) - 1):
                for last in range(first + 1, len(bounds)):
                    if first == 0 and last == len(bounds) - 1:
                        continue  # the whole word: the automaton's
                    span = (bounds[first], bounds[last])
                    for key_id in self._compact.get(text[span[0] : span[1]], ()):
                        hits.append(_Hit(key_id, span[0], span[1], step))
        return hits

    def _chinese_misspellings(self, text: str) -> list[_Hit]:
        """Chinese marks written with a character of the same sound or, for long marks,
        one other character."""
        hits: list[_Hit] = []
        remembered = self._chinese_window_cache.get
        for run in _CJK_RUN.finditer(text):
            chars = run.group()
            for size in self._chinese_lengths:
                for offset in range(len(chars) - size + 1):
                    window = chars[offset : offset + size]
                    found = remembered(window)
                    if found is None:
                        found = self._chinese_misspelt(window)
                    if found:
                        start = run.start() + offset
                        hits += [_Hit(k, start, start + size, "misspelling", 1) for k in found]
        return hits

    def _chinese_misspelt(self, window: str) -> tuple[int, ...]:
        """The keys of the Chinese marks ``window`` may misspell (remembered: most
        windows are common words seen again and again)."""
        found: set[int] = set()
        if window not in self._chinese_marks:  # another mark as written (博世 is not 博士)
            found.update(self._sounds.get("".join(_pinyin(c) for c in window), ()))
            if len(window) >= 4:
                for pattern in _one_char_off(window):
                    found.update(self._one_off.get(pattern, ()))
        result = tuple(sorted(found))
        if len(self._chinese_window_cache) >= _FUZZY_CACHE_LIMIT:
            self._chinese_window_cache.clear()
        self._chinese_window_cache[window] = result
        return result

    def _chinese_confirmed(self, field: _Field, hits: list[_Hit]) -> list[_Hit]:
        """Chinese hits that start and end on jieba's word boundaries, and cut no everyday
        word in two that jieba finds without the marks (可爱|多肉, 完美|日记本)."""
        bounds: set[int] = set()
        everyday: list[tuple[int, int]] = []
        for run in _CJK_RUN.finditer(field.skeleton):
            bounds.add(run.start())
            for _word, start, end in self._segmenter().tokenize(run.group()):
                bounds.add(run.start() + start)
                bounds.add(run.start() + end)
            everyday += [
                (run.start() + a, run.start() + b) for a, b in lexicon.everyday_spans(run.group())
            ]
        return [
            h
            for h in hits
            if h.start in bounds
            and h.end in bounds
            and not any(a < h.start < b < h.end or h.start < a < h.end < b for a, b in everyday)
        ]

    def _segmenter(self) -> jieba.Tokenizer:
        if self._tokenizer is None:
            products = frozenset(
                word for goods in self._goods.values() for word in goods.chinese if len(word) == 1
            )
            self._tokenizer = lexicon.new_tokenizer(self._chinese_words, products)
        return self._tokenizer

    def _leet_hits(self, field: _Field) -> list[_Hit]:
        """Marks spelled with digits or symbols for letters: ``N1ke``, ``Adid@s``."""
        words = [
            m
            for m in _LEET_WORD.finditer(field.skeleton)
            if sum(c.isalpha() for c in m.group()) >= 2 and m.group().rstrip("!")
        ]
        if not words:
            return []
        hits: list[_Hit] = []
        for one in ("i", "l"):
            chars = list(field.skeleton)
            for match in words:
                word = match.group()
                stripped = word.rstrip("!")
                for offset, char in enumerate(stripped):
                    if char in LEET:
                        chars[match.start() + offset] = one if char == "1" else LEET[char]
            mapped = "".join(chars)
            for hit in self._exact_hits(field, mapped, "leetspeak"):
                if any(
                    m.start() < hit.end
                    and hit.start < m.end()
                    and _has_leet(field.skeleton[max(hit.start, m.start()) : min(hit.end, m.end())])
                    for m in words
                ):
                    hits.append(hit)
        return hits

    def _spaced_chinese_hits(self, field: _Field) -> list[_Hit]:
        """Chinese marks with separators between their characters: ``波 司 登``,
        ``百.雀.羚``. The mark must be exactly the pieces it spans, and the pieces single
        characters (Chinese titles put spaces between words, never inside one) or joined
        by punctuation rather than spaces (``路易-威登``)."""
        hits: list[_Hit] = []
        longest = self._chinese_lengths[-1] if self._chinese_lengths else 0
        for region in _CJK_SPACED.finditer(field.skeleton):
            pieces = [
                (region.start() + m.start(), region.start() + m.end())
                for m in _CJK_PIECE.finditer(region.group())
            ]
            for first in range(len(pieces) - 1):
                joined = field.skeleton[pieces[first][0] : pieces[first][1]]
                for last in range(first + 1, len(pieces)):
                    joined += field.skeleton[pieces[last][0] : pieces[last][1]]
                    if len(joined) > longest:
                        break
                    key_ids = self._chinese_ids.get(joined)
                    if key_ids and self._spaced_out(field, pieces[first : last + 1]):
                        start, end = pieces[first][0], pieces[last][1]
                        hits += [_Hit(k, start, end, "spacing") for k in key_ids]
        return hits

    @staticmethod
    def _spaced_out(field: _Field, pieces: list[tuple[int, int]]) -> bool:
        if all(end - start == 1 for start, end in pieces):
            return True
        gaps = (field.original(a[1], b[0]) for a, b in pairwise(pieces))
        return not any(field.text[start:end].isspace() for start, end in gaps)

    def _word_hits(
        self, field: _Field, letters: str, todo: set[str], covered: set[tuple[int, int]]
    ) -> list[_Hit]:
        """Marks split into words (``Gu cci``) or run together (``LouisVuitton``), and
        misspelt marks (``Addidas``, ``Louis Vuiton``), for the words in ``todo``."""
        hits: list[_Hit] = []
        for word in todo:
            for start in _occurrences(letters, word):
                hits += self._hits_at(field, word, start, covered)
        return hits

    def _hits_at(
        self, field: _Field, word: str, start: int, covered: set[tuple[int, int]]
    ) -> list[_Hit]:
        hits: list[_Hit] = []
        end = start + len(word)
        text = field.skeleton
        near = self._near_or_sounding(word)
        following = _NEXT_WORD.match(text, end)
        joins = following is not None and self._may_join(word, following.group(1))
        if not near and not self._compact.get(word):
            self._remember_boring(word)  # as a word; its pairs are gated on their own
            if not joins:
                return hits
        if _next_to_digit(text, start, end):
            return hits  # part of a model number such as "12v"
        if (
            near
            and (start, end) not in covered
            and not self._everyday_in_lower_case(field, word, start, end)
        ):
            hits += [_Hit(k, start, end, "misspelling", e) for k, e in near]
        for key_id in self._compact.get(word, ()):
            if SEPARATOR in self._keys[key_id].skeleton:  # one word: the automaton's
                hits.append(_Hit(key_id, start, end, "joined"))
        if not joins:
            return hits
        # Whole words joined, when only separators stand between: "Gu cci", "Louis Vuiton".
        joined = word
        for count in range(2, self._most_words + 1):
            if following is None:
                break
            second = following.group(1)
            joined += second
            end = following.end()
            span = (start, end)
            found = self._compact.get(joined, ())
            hits += [_Hit(key_id, start, end, "joined") for key_id in found]
            near = () if count != 2 or _spelt_out(text, start, word) else self._near(joined)
            if count == 2 and self._pinyin_pairs and not found:
                # A mark of two pinyin syllables in another romanisation: "Lee Ning".
                sounds = (_sound(word), _sound(second))
                near = (*near, *((k, 1) for k in self._pinyin_pairs.get(sounds, ())))
            if span not in covered:
                hits += [
                    _Hit(k, start, end, "misspelling", e)
                    for k, e in near
                    if SEPARATOR in self._keys[k].skeleton  # "Louis Vuiton", not "s Polo"
                ]
            if joined not in self._prefixes:
                if count == 2 and not found and not near:
                    self._remember_boring(joined)
                break
            following = _NEXT_WORD.match(field.skeleton, end)
        return hits

    @staticmethod
    def _everyday_in_lower_case(field: _Field, word: str, start: int, end: int) -> bool:
        """An everyday word written in lower case is that word, not a misspelt mark
        (``4-channel relay``)."""
        return field.text[field.original(start, end)[0]].islower() and lexicon.is_english_word(word)

    def _may_join(self, word: str, following: str) -> bool:
        """Two words may make a misspelt mark of several words together: one of them is
        one of its words (``Hallo Kitty``, ``Louis Vuiton``). A mark cut in two by a space
        (``Gu cci``, ``S ony``) is the split automaton's."""
        return word in self._firsts or following in self._pieces

    def _remember_boring(self, word: str) -> None:
        if len(self._boring) >= _FUZZY_CACHE_LIMIT:
            self._boring.clear()
        self._boring.add(word)


def _boundary(neighbour: str, edge: str) -> bool:
    """A word ends between ``neighbour`` and the mark's ``edge`` character."""
    if not is_word_char(neighbour):
        return True
    return neighbour.isdigit() != edge.isdigit()  # "LV2023" is LV and a number


def _has_leet(text: str) -> bool:
    return any(c in LEET for c in text)


def _occurrences(letters: str, word: str) -> Iterable[int]:
    """Where ``word`` stands as a whole word in ``letters`` (letters and spaces)."""
    size = len(word)
    position = letters.find(word)
    while position >= 0:
        if (position == 0 or letters[position - 1] == " ") and (
            position + size == len(letters) or letters[position + size] == " "
        ):
            yield position
        position = letters.find(word, position + 1)


def _spelt_out(text: str, start: int, word: str) -> bool:
    """``word``, at ``start`` of ``text``, is the last of letters spelt out one by one
    (the ``N`` of ``A M S C A N Christmas``): no word of a misspelt mark."""
    return (
        len(word) == 1
        and text[start - 2 : start - 1].isalpha()
        and text[start - 1 : start] == " "
        and not text[max(0, start - 3) : start - 2].isalnum()
    )


def _next_to_digit(text: str, start: int, end: int) -> bool:
    """``start:end`` is part of a token with digits, such as the ``v`` of ``12v``."""
    return (start > 0 and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit())
