"""The radar's detection: which protected marks and images a listing may infringe.

Built once over all rights (:meth:`Detector.build`), then :meth:`Detector.scan` per
listing. Each field (title, description, declared brand) is turned into its skeleton once
(:mod:`sellerstar.radar.normalise`). One Aho-Corasick automaton over the skeletons of every
mark and alias, and of every mark cut in two by a space, finds the exact, case, width,
accent, homoglyph and split forms in one pass over a letters-only view, so a hit is always
a whole word; leet words are mapped and searched again; runs of single letters are
joined; misspellings come from a deletion index (SymSpell) over the marks, verified with
``rapidfuzz``, and for Chinese marks from their sound. Chinese hits are confirmed on
jieba's word boundaries. A mark that is also an everyday word
(:mod:`sellerstar.radar.lexicon`) counts only where it names a brand, and compatibility
wording (``case for AirPods``) is no finding when the rule-set allows it. docs/radar.md
describes every step.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

import ahocorasick
import jieba
from anyascii import anyascii
from rapidfuzz.distance import OSA

from sellerstar.radar import images, lexicon
from sellerstar.radar.model import Finding, IpRight, ProductText
from sellerstar.radar.normalise import (
    LEET,
    SEPARATOR,
    STAGE_ACCENT,
    STAGE_CASE_WIDTH,
    STAGE_HOMOGLYPH,
    compact,
    fold,
    is_cjk,
    is_word_char,
    skeleton,
)
from sellerstar.rules.programs import RadarDetection

_WORD = re.compile(r"[a-z0-9]+")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LEET_WORD = re.compile(r"[a-z0-9@$!|]*[0-9@$!|][a-z0-9@$!|]*")
_SPACES = re.compile(r" +")
_TOKEN = re.compile(r"[a-z0-9]+|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])")
_LAST_WORD = re.compile(r"([a-z0-9]+) *$")
_FIRST_WORD = re.compile(r" *([a-z0-9]+)")
_LEET_CHARS = re.compile(r"[0-9@$!|]")
_NEXT_WORD = re.compile(r" +([a-z]+)(?![a-z0-9])")
_LEET_HINT = re.compile(r"[a-z][0-9@$!|]|[0-9@$!|][a-z]")
_NOT_LETTER = re.compile(r"[^a-z ]")
_LETTERS_ONLY = re.compile(r"[a-z]+(?: [a-z]+)*")
_CAMEL = re.compile(r"[a-z][A-Z]")
_CAMEL_WORD = re.compile(r"[A-Za-z]*[a-z][A-Z][A-Za-z]*")
_LETTER_PAIR = re.compile(r" [a-z0-9] +[a-z0-9](?![a-z0-9])")
_LETTER_RUN = re.compile(r"(?<![a-z0-9])[a-z0-9](?: +[a-z0-9](?![a-z0-9]))+")
_FUZZY_CACHE_LIMIT = 500_000
# A model or line code after a mark is evidence of the brand: letters then digits ("No5",
# "S23", "HX7"); a quantity puts its digits first ("500ml", "5kg").
_MODEL_CODE = re.compile(r"[a-z]+[0-9][a-z0-9]*")
# The specialty principle: a mark that is also an everyday word names the brand, with no
# other evidence, only next to goods its right covers ("Dove Body Wash" for a right on
# soaps), within this many words either side (Latin words; Chinese counts characters).
_GOODS_WORDS = 4
_GOODS_CHARS = 8
_GOODS_MID_TITLE = True
_GOODS_FIELDS = ("title", "description")
# Steps that say how a mark was disguised; they name a finding even when an alias matched.
_DISGUISES = frozenset({"accent", "homoglyph", "leetspeak", "spacing", "misspelling"})


@dataclass(frozen=True)
class _Key:
    """One mark or alias of a right, as searched."""

    right: int
    text: str
    is_alias: bool
    skeleton: str  # separators collapsed to one space
    compact: str
    chinese: bool
    everyday: bool  # also an everyday word: counts only in a brand position


@dataclass(frozen=True)
class _Hit:
    """A key found in a field: the skeleton span and how it was found."""

    key: int
    start: int  # skeleton indices
    end: int
    step: str | None  # None: work it out from the text
    edits: int = 0


@dataclass(frozen=True)
class _Field:
    """A field being scanned: its name, text and skeleton."""

    name: str
    text: str
    skeleton: str
    offsets: tuple[int, ...] | None

    def original(self, start: int, end: int) -> tuple[int, int]:
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end]


class Detector:
    """Compiled rights: scan one listing at a time.

    A detector remembers the words that led nowhere and the misspelling candidates of the
    words it has seen (bounded caches), so a long run gets faster; it is not meant to be
    shared between threads.
    """

    def __init__(
        self,
        rights: Sequence[IpRight],
        keys: list[_Key],
        rules: RadarDetection,
        reference_images: dict[int, images.Hashes],
    ) -> None:
        self._rights = list(rights)
        self._keys = keys
        self._rules = rules
        self._images = reference_images
        self._holder_keys: dict[str, set[int]] = {}
        self._right_forms: dict[int, set[str]] = {}
        for key in keys:
            self._right_forms.setdefault(key.right, set()).add(key.compact)
        for index, key in enumerate(keys):
            self._holder_keys.setdefault(rights[key.right].holder, set()).add(index)
        # Marks of letters only are searched as whole words in a view of the skeleton where
        # everything but letters is a space: no hit inside another word ever comes back.
        # Chinese marks and marks with digits are searched in the skeleton itself.
        # The same automaton holds the marks cut in two by a space anywhere ("Gu cci",
        # "S ony", "MagS afe"): sellers split a mark to get past a filter.
        self._words_automaton = _automaton(
            [
                *(
                    ((f" {key.skeleton} ", False), index)
                    for index, key in enumerate(keys)
                    if not key.chinese and _LETTERS_ONLY.fullmatch(key.skeleton)
                ),
                *(
                    ((f" {key.compact[:cut]} {key.compact[cut:]} ", True), index)
                    for index, key in enumerate(keys)
                    if not key.chinese and key.compact.isalpha()
                    for cut in range(1, len(key.compact))
                ),
            ]
        )
        self._raw_automaton = _automaton(
            ((key.skeleton, False), index)
            for index, key in enumerate(keys)
            if key.chinese or not _LETTERS_ONLY.fullmatch(key.skeleton)
        )
        # An ASCII text can hold none of the Chinese marks: only marks with digits or signs.
        self._raw_in_ascii = any(
            not k.chinese and not _LETTERS_ONLY.fullmatch(k.skeleton) for k in keys
        )
        self._compact: dict[str, tuple[int, ...]] = {}
        for index, key in enumerate(keys):
            if not key.chinese and len(key.compact) >= 2:
                self._compact[key.compact] = (*self._compact.get(key.compact, ()), index)
        self._longest = max((len(k.compact) for k in keys), default=0)
        self._deletes: dict[str, tuple[int, ...]] = {}
        for index, key in enumerate(keys):
            edits = self._allowed_edits(key.compact)
            if key.chinese or edits == 0:
                continue
            for variant in _deletions(key.compact, edits):
                self._deletes[variant] = (*self._deletes.get(variant, ()), index)
        self._fuzzy_cache: dict[str, tuple[tuple[int, int], ...]] = {}
        # Marks too short for an edit still match a doubled letter or I for l: "Gapp", "JBI".
        self._short: dict[str, tuple[int, ...]] = {}
        for index, key in enumerate(keys):
            if not key.chinese and len(key.compact) == 3 and key.compact.isalpha():
                canon = _visual(key.compact)
                self._short[canon] = (*self._short.get(canon, ()), index)
        # Chinese marks misspelt by sound (香奈尔 for 香奈儿) or, from four characters on, by
        # one other character (路易威顿 for 路易威登).
        self._sounds: dict[str, tuple[int, ...]] = {}
        self._one_off: dict[str, tuple[int, ...]] = {}
        for index, key in enumerate(keys):
            if key.chinese and _CJK_RUN.fullmatch(key.compact):
                sound = _pinyin(key.compact)
                self._sounds[sound] = (*self._sounds.get(sound, ()), index)
                if len(key.compact) >= 4:
                    for pattern in _one_char_off(key.compact):
                        self._one_off[pattern] = (*self._one_off.get(pattern, ()), index)
        self._chinese_marks = {k.compact for k in keys if k.chinese}
        self._chinese_lengths = sorted(
            {len(k.compact) for k in keys if k.chinese and _CJK_RUN.fullmatch(k.compact)}
        )
        self._boring: set[str] = set()
        # Every start of a mark's letters: a word that is none cannot begin a split mark.
        self._prefixes = {
            key.compact[:i]
            for key in keys
            if not key.chinese and len(key.compact) >= 2
            for i in range(2, len(key.compact) + 1)
        }
        # The words of marks of several words: "Hallo Kitty" is tried as one word because
        # "kitty" is one of them, "Louis Vuiton" because "louis" is.
        several = [key.skeleton.split() for key in keys if not key.chinese]
        self._firsts = {words[0] for words in several if len(words) > 1}
        self._pieces = {w for words in several for w in words[1:]}
        self._joiners = self._firsts | self._pieces
        self._most_words = max([2, *(len(key.skeleton.split()) for key in keys if not key.chinese)])
        self._cues = _Cues(rules)
        # Marks of two pinyin syllables (Li Ning), by the consonants of each: sellers
        # romanise them in other ways ("Lee Ning").
        self._pinyin_pairs: dict[tuple[str, str], tuple[int, ...]] = {}
        syllables = lexicon.pinyin_syllables()
        for index, key in enumerate(keys):
            pair = key.skeleton.split()
            if not key.chinese and len(pair) == 2 and all(w in syllables for w in pair):
                sounds = (_sound(pair[0]), _sound(pair[1]))
                self._pinyin_pairs[sounds] = (*self._pinyin_pairs.get(sounds, ()), index)
        self._chinese_words = tuple(sorted({k.skeleton for k in keys if k.chinese}))
        self._goods = {
            index: goods
            for index, right in enumerate(rights)
            if (goods := _Goods.of(right.goods)) is not None
        }
        self._tokenizer: jieba.Tokenizer | None = None
        self._listing_words: tuple[ProductText, frozenset[str]] | None = None

    @classmethod
    def build(
        cls, rights: Sequence[IpRight], rules: RadarDetection, image_root: Path | None
    ) -> Detector:
        """Compile ``rights`` once; reference images are read from ``image_root``."""
        keys: list[_Key] = []
        for index, right in enumerate(rights):
            seen: set[str] = set()
            for text, is_alias in ((right.mark, False), *((a, True) for a in right.aliases)):
                key = _key(index, text, is_alias, right.mark)
                if key is not None and key.text not in seen:
                    seen.add(key.text)
                    keys.append(key)
        reference: dict[int, images.Hashes] = {}
        if image_root is not None:
            for index, right in enumerate(rights):
                if right.image_path:
                    reference[index] = images.reference_hashes(
                        images.inside(image_root, right.image_path), rules.image_crops
                    )
        return cls(rights, keys, rules, reference)

    def scan(self, product: ProductText, image_root: Path | None) -> list[Finding]:
        """The findings of one listing: at most one per right, the best-scoring one."""
        best: dict[int, Finding] = {}
        for name, text in (
            ("title", product.title),
            ("description", product.description),
            ("brand", product.brand),
        ):
            if text:
                for right, finding in self._scan_field(product, name, text):
                    _keep_best(best, right, finding)
        if image_root is not None and product.image_path and self._images:
            for right, finding in self._scan_image(product, image_root):
                _keep_best(best, right, finding)
        return sorted(best.values(), key=lambda f: f.right_id)

    # -- one field -------------------------------------------------------------------

    def _scan_field(
        self, product: ProductText, name: str, text: str
    ) -> Iterable[tuple[int, Finding]]:
        sk = skeleton(text)
        field = _Field(name, text, sk.text, sk.offsets)
        letters = _NOT_LETTER.sub(SEPARATOR, sk.text)  # words of letters, same positions
        hits = self._exact_hits(field, sk.text, None, letters)
        if _LEET_CHARS.search(sk.text) is not None and _LEET_HINT.search(sk.text) is not None:
            hits += self._leet_hits(field)
        words = letters.split()
        if words:
            if (
                _LETTER_PAIR.search(" " + sk.text) is not None  # a quick test first
                and _LETTER_RUN.search(sk.text) is not None
            ):
                hits += self._letter_run_hits(field)
            # Most words and word pairs of most listings lead nowhere and are remembered so.
            boring, firsts, pieces = self._boring, self._firsts, self._pieces
            seen = set(words)
            todo = seen - boring
            if not seen.isdisjoint(self._joiners):
                todo.update(
                    a
                    for a, b in pairwise(words)
                    if (a in firsts or b in pieces) and a + b not in boring
                )
            if todo:
                covered = {(h.start, h.end) for h in hits}
                hits += self._word_hits(field, letters, todo, covered)
        for hit in hits:
            finding = self._judge(product, field, hit)
            if finding is not None:
                yield self._keys[hit.key].right, finding

    def _exact_hits(
        self, field: _Field, text: str, step: str | None, letters: str | None = None
    ) -> list[_Hit]:
        hits: list[_Hit] = []
        view = " " + (letters or _NOT_LETTER.sub(SEPARATOR, text)) + " "
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
        if field.offsets is None and _CAMEL.search(field.text) is not None:
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
        for run in _CJK_RUN.finditer(text):
            chars = run.group()
            sounds = [_pinyin(c) for c in chars]
            for size in self._chinese_lengths:
                for offset in range(len(chars) - size + 1):
                    window = chars[offset : offset + size]
                    if window in self._chinese_marks:
                        continue  # another mark as written (博世 is Bosch, not 博士 misspelt)
                    found = set(self._sounds.get("".join(sounds[offset : offset + size]), ()))
                    if size >= 4:
                        for pattern in _one_char_off(window):
                            found.update(self._one_off.get(pattern, ()))
                    start = run.start() + offset
                    hits += [_Hit(k, start, start + size, "misspelling", 1) for k in found]
        return hits

    def _chinese_confirmed(self, field: _Field, hits: list[_Hit]) -> list[_Hit]:
        """Chinese hits that start and end on jieba's word boundaries."""
        bounds: set[int] = set()
        for run in _CJK_RUN.finditer(field.skeleton):
            bounds.add(run.start())
            for _word, start, end in self._segmenter().tokenize(run.group()):
                bounds.add(run.start() + start)
                bounds.add(run.start() + end)
        return [h for h in hits if h.start in bounds and h.end in bounds]

    def _segmenter(self) -> jieba.Tokenizer:
        if self._tokenizer is None:
            self._tokenizer = lexicon.new_tokenizer(self._chinese_words)
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

    def _letter_run_hits(self, field: _Field) -> list[_Hit]:
        """Marks spelt out in single letters: ``G-U-C-C-I``, ``L V``, ``N.i.k.e``."""
        hits: list[_Hit] = []
        for run in _LETTER_RUN.finditer(field.skeleton):
            joined = compact(run.group())
            hits += [
                _Hit(k, run.start(), run.end(), "spacing") for k in self._compact.get(joined, ())
            ]
        return hits

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
        near = self._near(word)
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
            near = self._near(joined) if count == 2 else ()
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

    def _edit_allowed(self, word: str, mark: str) -> bool:
        """Marks shorter than ``fuzzy_insertions_min_length`` take a letter changed or two
        swapped, or a doubled letter ("Nikee"), but no other added or dropped letter
        ("Sonya" is a name, not Sony)."""
        if len(mark) >= self._rules.fuzzy_insertions_min_length or len(word) == len(mark):
            return True
        return _visual(word) == _visual(mark)

    def _allowed_edits(self, word: str) -> int:
        letters = len(word)
        if letters >= self._rules.fuzzy_two_edits_min_length:
            return 2
        return 1 if letters >= self._rules.fuzzy_min_length else 0

    # -- judging a hit -------------------------------------------------------------------

    def _judge(self, product: ProductText, field: _Field, hit: _Hit) -> Finding | None:
        key = self._keys[hit.key]
        right = self._rights[key.right]
        o_start, o_end = field.original(hit.start, hit.end)
        matched = field.text[o_start:o_end]
        step = _step(matched, key) if hit.step in (None, "joined") else hit.step
        if field.name != "brand":
            if not _disguised(step, matched) and not self._used_as_mark(
                product, field, hit, key, step, (o_start, o_end)
            ):
                return None
            if self._rules.allow_compatibility_wording and self._compatibility(field, hit):
                return None
        if field.name == "brand":
            step = "brand_field"
        elif key.chinese and step not in _DISGUISES:
            step = "chinese"
        elif key.is_alias and step not in _DISGUISES:
            step = "alias"
        score = self._rules.step_scores[step]
        if hit.step == "misspelling":
            score = min(score, self._rules.step_scores["misspelling"])
            score -= self._rules.misspelling_penalty_per_edit * (hit.edits - 1)
        score = round(max(0.0, min(1.0, score)), 4)
        if score < self._rules.min_score:
            return None
        return Finding(
            product_id=product.product_id,
            right_id=right.right_id,
            kind=right.kind,
            matched_text=matched,
            field=field.name,
            span_start=o_start,
            span_end=o_end,
            step=step,
            score=score,
        )

    def _used_as_mark(
        self,
        product: ProductText,
        field: _Field,
        hit: _Hit,
        key: _Key,
        step: str,
        span: tuple[int, int],
    ) -> bool:
        """Whether plainly written words that match a mark are used as the mark.

        A coined mark (``Gucci``) always is. A mark that is an everyday word (``Apple``,
        苹果) is one only with evidence of brand use (:meth:`_brand_evidence`) or at the
        lead of the title when nothing there shows the everyday sense; a different
        everyday word near a mark (``channel`` for Chanel, ``Phone`` for iPhone) only with
        evidence of brand use.
        """
        found = field.skeleton[hit.start : hit.end]
        words = _WORD.findall(found)
        if (
            hit.step in ("misspelling", "joined")
            and not key.chinese
            and words != key.skeleton.split()  # not just other separators: "Great - Wall"
        ):
            if words and all(lexicon.is_dictionary_word(w) for w in words):
                if field.text[span[0] : span[1]].islower():
                    return False  # everyday words in lower case are those words
                if len(words) > 1 and SEPARATOR in key.skeleton and hit.step == "misspelling":
                    return True  # "Under Armor": words of a mark of words, one misspelt
                # "Phone" is a word, not iPhone misspelt, unless the listing shows a brand.
                return self._brand_evidence(product, field, hit, key, span, misspelt=True)
            if key.everyday and _SPACES.sub("", found) != key.compact:
                return True  # "Appple": not an everyday word, so not the everyday sense
        if hit.step == "misspelling" and key.chinese:
            # A real word that sounds like a mark (化为 and 华为) needs a cue; a made-up
            # spelling (巴比 for 芭比) is the mark.
            if lexicon.is_chinese_word(found) or lexicon.chinese_frequency(found) >= 100:
                return self._brand_evidence(product, field, hit, key, span, misspelt=True)
            return True
        if not key.everyday:
            return True
        if self._brand_evidence(product, field, hit, key, span):
            return True
        goods = self._goods.get(key.right)
        if goods is None:
            # Goods unknown: only the lead of the title names a brand (``Dove Body Wash``),
            # and there only when nothing shows the everyday sense (``Apple Cider Vinegar``
            # is still read as a brand: the rules know no cue for it).
            return self._leads_title(field, hit) and not self._everyday_sense(
                product, field, hit, key, span
            )
        # Goods known: a mark protects those goods only, so the words name the brand when
        # the goods stand next to them (``Dove Body Wash``, ``Women Fashion Coach Handbag``)
        # and not otherwise (``Dove Shaped Wedding Favor Box``, ``Apple Cider Vinegar``).
        if field.name not in _GOODS_FIELDS:
            return False
        if not _GOODS_MID_TITLE and not self._leads_title(field, hit):
            return False
        return goods.named_near(
            field.skeleton, hit.start, hit.end, self._cues.boilerplate_en
        ) and not self._everyday_sense(product, field, hit, key, span)

    def _everyday_sense(
        self, product: ProductText, field: _Field, hit: _Hit, key: _Key, span: tuple[int, int]
    ) -> bool:
        """The listing uses a mark that is also an everyday word as that word."""
        cues = self._cues
        text = field.skeleton
        chinese_context = key.chinese or _chinese_next_to(text, hit.start, hit.end)
        before, after = _neighbours(text, hit.start, hit.end)
        if chinese_context:
            left, right = _chinese_neighbours(self._segmenter(), text, hit.start, hit.end)
            if right in cues.generic_zh or left in cues.generic_zh:
                return True
            if key.chinese and self._in_compound_elsewhere(product, key.compact):
                return True  # 苹果醋饮料 ... 苹果发酵: the listing is about apples
            # A word before it in the same run qualifies it (新鲜苹果, 男士Polo衫); one
            # character after it makes a compound (苹果干, Polo衫, 小米椒).
            before_run = text[max(0, hit.start - 12) : hit.start]
            if (
                left
                and _attached(text, hit.start, -1)
                and not before_run.endswith(tuple(cues.boilerplate_zh))
            ):
                return True
            return bool(right) and len(right) == 1 and _attached(text, hit.end, 1)
        original = field.text[span[0] : span[1]]
        if original.islower():
            return True  # lower case in running text: the word, not a name
        if after in cues.generic_en:
            return True  # "Jaguar Print", "Apple Green", "Great Wall of China"
        if SEPARATOR not in key.skeleton and _qualified_by(field.text, span[0], before, cues):
            return True  # "Ice Cream Vans", "8 Channel", "Fresh Apple Juice"
        if SEPARATOR in key.skeleton:  # "the great wall" elsewhere, in lower case
            phrase = re.compile(rf"(?<![A-Za-z]){re.escape(key.skeleton)}(?![A-Za-z])")
            return any(t and phrase.search(t) for t in (product.title, product.description))
        return any(w in self._lower_case_words(product) for w in _forms(key.compact))

    def _in_compound_elsewhere(self, product: ProductText, word: str) -> bool:
        """The listing writes ``word`` inside a longer dictionary word somewhere (苹果醋)."""
        segmenter = self._segmenter()
        for text in (product.title, product.description):
            if not text or word not in text:
                continue
            for run in _CJK_RUN.finditer(text):
                if word in run.group() and any(
                    word in token and token != word for token in segmenter.lcut(run.group())
                ):
                    return True
        return False

    def _lower_case_words(self, product: ProductText) -> frozenset[str]:
        """Lower-case words the listing writes (for the everyday sense of a mark)."""
        cached = self._listing_words
        if cached is not None and cached[0] is product:
            return cached[1]
        words = frozenset(
            _LOWER_WORD.findall(" ".join(t for t in (product.title, product.description) if t))
        )
        self._listing_words = (product, words)
        return words

    def _brand_evidence(
        self,
        product: ProductText,
        field: _Field,
        hit: _Hit,
        key: _Key,
        span: tuple[int, int],
        misspelt: bool = False,
    ) -> bool:
        """Positive evidence that words matching a mark name the brand, of kinds that hold
        for any brand: the declared brand is the right's mark; ``®`` or ``™`` follows it;
        another mark of the same holder stands within three words (``Apple iPhone``,
        ``苹果 iPhone``); a brand-use word stands next to it, past small words
        (``original``, ``Coach style``, ``inspired by``, 同款, 官方); a model code
        follows it (``No5``, ``HX7``); or compatibility wording names it as a device.
        Disguises are evidence too, judged before this is asked.

        For a ``misspelt`` mark (another everyday word: ``Channel``, ``Phone``) the
        brand-use word may also be the second word after it (``Anda Sports 风格``), but
        not a word that only says it is a picture (``Pony logo``); before it, only a
        comparison counts (``inspired by Channel``, not ``Original Phone Case``).
        """
        if product.brand and compact(skeleton(product.brand).text) in self._right_forms[key.right]:
            return True
        if field.text[span[1] : span[1] + 1] in ("®", "™"):
            return True
        text = field.skeleton
        left = self._tokens(text[max(0, hit.start - 60) : hit.start])
        right = self._tokens(text[hit.end : hit.end + 60])
        holder = self._rights[key.right].holder
        own = {self._keys[k].compact for k in self._holder_keys[holder]} - {key.compact}
        if not own.isdisjoint(left[-3:]) or not own.isdisjoint(right[:3]):
            return True
        cues = self._cues
        before = [w for w in left if w not in cues.cue_gap]
        if before and before[-1] in cues.brand:
            # Before another everyday word, "Original Phone Case" is an adjective; only a
            # comparison ("inspired by Channel", "same as") or a Chinese cue (对标) is one.
            compared = left[-1] in cues.cue_gap or is_cjk(before[-1][0])
            if not misspelt or compared:
                return True
        after = [w for w in right if w not in cues.cue_gap]
        brand = cues.brand - cues.picture if misspelt else cues.brand
        for index in range(2 if misspelt else 1):
            if (
                index < len(after)
                and after[index] in brand
                and tuple(after[index : index + 2]) not in cues.not_brand
            ):
                return True  # "Coach Style", but "Coach Genuine Leather Whistle" is leather
        if any(_MODEL_CODE.fullmatch(w) is not None for w in right[:2]):
            return True
        # Compatibility wording names a device, so a brand (``Strap for Apple Watch``):
        # a finding when the rule-set does not allow the wording. Not so a word in lower
        # case (``awning for vans``) or another word near a mark (``Remote for TV Channel``).
        if misspelt or field.text[span[0] : span[1]].islower():
            return False
        return self._compatibility(field, hit)

    def _leads_title(self, field: _Field, hit: _Hit) -> bool:
        """The hit is the first word of the title but for listing boilerplate and numbers
        (``Dove Body Wash``, ``2024 New Dove Serum``, ``新款 苹果手机壳``)."""
        if field.name != "title":
            return False
        boilerplate = self._cues.boilerplate
        return all(
            w in boilerplate or w.isdigit() or (len(w) == 1 and w.isascii())  # "Women's"
            for w in self._tokens(field.skeleton[: hit.start])
        )

    def _tokens(self, text: str) -> list[str]:
        """Latin words and jieba's Chinese words of a skeleton, in order."""
        tokens: list[str] = []
        for match in _TOKEN.finditer(text):
            piece = match.group()
            if is_cjk(piece[0]):
                tokens += self._segmenter().lcut(piece)
            else:
                tokens.append(piece)
        return tokens

    def _compatibility(self, field: _Field, hit: _Hit) -> bool:
        """The mark only says what the product fits: ``case for AirPods``, ``适用于苹果``,
        ``DJI Mini 4 Pro Compatible``."""
        text = field.skeleton
        holder = self._rights[self._keys[hit.key].right].holder
        own = {self._keys[k].compact for k in self._holder_keys[holder]}
        # Model numbers and the holder's other marks may stand between: "for Apple iPhone 14".
        words = text[max(0, hit.start - 80) : hit.start].split()
        while words and (words[-1] in own or any(c.isdigit() for c in words[-1])):
            words.pop()
        if words and words[-1].endswith(self._cues.compat_zh):
            return True
        for gap in range(self._rules.compatibility_gap_words + 1):
            upto = words[: len(words) - gap]
            for phrase in self._cues.compat_en:
                if len(upto) >= len(phrase) and tuple(upto[-len(phrase) :]) == phrase:
                    return True
        # "DJI Mini 4 Pro Compatible", "LEGO Technic Compatible Blocks"; but in "Nike Print
        # Cover Compatible with AirPods" the word introduces what follows instead.
        after = text[hit.end : hit.end + 80].split()
        for count, word in enumerate(after[: self._rules.compatibility_suffix_gap_words + 1]):
            if word in self._cues.compat_suffix_en:
                following = after[count + 1] if count + 1 < len(after) else ""
                return following not in ("with", "for", "to")
        return False

    # -- images ---------------------------------------------------------------------------

    def _scan_image(self, product: ProductText, root: Path) -> Iterable[tuple[int, Finding]]:
        assert product.image_path is not None
        found = images.image_hash(images.inside(root, product.image_path))
        for right_index, references in self._images.items():
            bits = images.nearest(found, references)
            if bits > self._rules.image_max_distance:
                continue
            right = self._rights[right_index]
            score = round(self._rules.step_scores["image"] * (1 - bits / 64), 4)
            if score < self._rules.min_score:
                continue
            yield (
                right_index,
                Finding(
                    product_id=product.product_id,
                    right_id=right.right_id,
                    kind=right.kind,
                    matched_text=product.image_path,
                    field="image",
                    span_start=0,
                    span_end=0,
                    step="image",
                    score=score,
                ),
            )


class _Goods:
    """The goods a right covers, as searched next to a mark: folded Latin words and
    phrases, Chinese words."""

    def __init__(
        self,
        words: frozenset[str],
        phrases: tuple[tuple[str, ...], ...],
        chinese: tuple[str, ...],
    ) -> None:
        self.words = words
        self.phrases = phrases
        self.chinese = chinese

    @classmethod
    def of(cls, goods: Iterable[str]) -> _Goods | None:
        """The searchable goods, None when no entry has a word (goods unknown)."""
        words: set[str] = set()
        phrases: set[tuple[str, ...]] = set()
        chinese: set[str] = set()
        for entry in goods:
            text = skeleton(entry).text
            if _CJK_RUN.search(text) is not None:
                chinese.add(compact(text))  # whole, Latin letters too: T恤 is not "t"
                continue
            latin = tuple(_goods_form(w) for w in _WORD.findall(text) if not w.isdigit())
            if len(latin) == 1 and len(latin[0]) > 1:
                words.add(latin[0])
            elif len(latin) > 1:
                phrases.add(latin)
        if not (words or phrases or chinese):
            return None
        return cls(frozenset(words), tuple(sorted(phrases)), tuple(sorted(chinese)))

    def named_near(self, text: str, start: int, end: int, skip: frozenset[str]) -> bool:
        """``text`` (a skeleton) names one of the goods within a few words of
        ``[start, end)``, on either side (not across the mark); the ``skip`` words (listing
        boilerplate) and numbers are not counted (``Dove 2024 New Body Wash``)."""

        def words(piece: str) -> list[str]:
            return [
                _goods_form(w) for w in _WORD.findall(piece) if w not in skip and not w.isdigit()
            ]

        before = words(text[max(0, start - 100) : start])
        after = words(text[end : end + 100])
        for side in (before[-_GOODS_WORDS:], after[:_GOODS_WORDS]):
            if any(self._is_goods_word(w) for w in side):
                return True
            for phrase in self.phrases:
                size = len(phrase)
                if any(tuple(side[i : i + size]) == phrase for i in range(len(side) - size + 1)):
                    return True
        for low, high in ((max(0, start - _GOODS_CHARS), start), (end, end + _GOODS_CHARS)):
            for word in self.chinese:
                at = text.find(word, low, high)
                while at >= 0:
                    if len(word) >= 2:
                        return True
                    # One character (鞋, 包) counts where it ends a word (运动鞋, 女包), not
                    # where it begins one (包邮 is free shipping, 包子 a steamed bun).
                    following = text[at + 1 : at + 2]
                    if not following or not is_cjk(following):
                        return True
                    at = text.find(word, at + 1, high)
        return False

    def _is_goods_word(self, word: str) -> bool:
        if word in self.words:
            return True
        # A compound of a word and the goods: "handbag" for bag, "smartwatch" for watch.
        return any(
            len(goods) >= 3
            and word.endswith(goods)
            and len(word) - len(goods) >= 3
            and lexicon.is_english_word(word[: -len(goods)])
            for goods in self.words
        )


def _goods_form(word: str) -> str:
    """A Latin word with a simple English plural folded: shoes, watches, accessories.

    >>> [_goods_form(w) for w in ("shoes", "watches", "accessories", "glass", "bus")]
    ['shoe', 'watch', 'accessory', 'glass', 'bus']
    """
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us")):
        return word[:-1]
    return word


class _Cues:
    """The rule-set's word lists, as the skeletons they are compared with."""

    def __init__(self, rules: RadarDetection) -> None:
        def words(items: Iterable[str]) -> frozenset[str]:
            return frozenset(compact(skeleton(w).text) for w in items)

        self.compat_en = {tuple(skeleton(p).text.split()) for p in rules.compatibility_phrases_en}
        self.compat_zh = tuple(skeleton(p).text.strip() for p in rules.compatibility_phrases_zh)
        self.compat_suffix_en = words(rules.compatibility_suffixes_en)
        self.brand = words((*rules.brand_cues_en, *rules.brand_cues_zh))
        self.cue_gap = words(rules.brand_cue_gap_words_en)
        self.picture = words(rules.picture_cues_en)
        self.not_brand = {tuple(skeleton(p).text.split()) for p in rules.not_brand_cues_en}
        self.generic_en = words(rules.generic_cues_en)
        self.generic_zh = words(rules.generic_cues_zh)
        # The words of the compatibility phrases name what a product fits; they never make
        # a mark a common noun ("for Apple Watch", "适用Apple Watch").
        self.boilerplate_en = words(rules.boilerplate_en) | {
            w for phrase in self.compat_en for w in phrase
        }
        self.boilerplate_zh = words(rules.boilerplate_zh) | set(self.compat_zh)
        self.boilerplate = self.boilerplate_en | self.boilerplate_zh


def _automaton(patterns: Iterable[tuple[tuple[str, bool], int]]) -> ahocorasick.Automaton:
    """One automaton; a pattern's value is its length, the keys it spells whole and the
    keys it spells cut in two (``(text, True)`` patterns)."""
    whole: dict[str, list[int]] = {}
    split: dict[str, list[int]] = {}
    for (text, is_split), index in patterns:
        (split if is_split else whole).setdefault(text, []).append(index)
    automaton = ahocorasick.Automaton()
    for text in {*whole, *split}:
        automaton.add_word(
            text, (len(text), tuple(whole.get(text, ())), tuple(split.get(text, ())))
        )
    if not whole and not split:
        automaton.add_word("\x00", (1, (), ()))  # an automaton needs a word; no text has NUL
    automaton.make_automaton()
    return automaton


def _key(right: int, text: str, is_alias: bool, mark: str = "") -> _Key | None:
    sk = _SPACES.sub(SEPARATOR, skeleton(text).text).strip()
    if not sk:
        return None
    chinese = any(is_cjk(c) for c in sk)
    joined = compact(sk)
    if chinese:
        everyday = lexicon.is_chinese_word(joined) and not _transliterates(joined, mark)
    else:
        words = sk.split()
        everyday = all(w.isalpha() and lexicon.is_english_word(w) for w in words)
    return _Key(right, text, is_alias, sk, joined, chinese, everyday)


def _transliterates(chinese: str, mark: str) -> bool:
    """``chinese`` is the sound of ``mark``, a coined Latin mark, in Chinese characters
    (劳力士 for Rolex): a name, even where jieba's dictionary lists it as a common noun. A
    mark that is the pinyin itself (Xiaomi, 小米) was made from the Chinese word, and a
    Chinese name of another sound (三叶草 for adidas) is a word of its own.

    >>> _transliterates("劳力士", "Rolex"), _transliterates("小米", "Xiaomi")
    (True, False)
    >>> _transliterates("三叶草", "adidas"), _transliterates("苹果", "Apple")
    (False, False)
    """
    latin = compact(skeleton(mark).text)
    if not latin.isalpha() or not latin.isascii() or lexicon.is_english_word(latin):
        return False
    sound = _pinyin(chinese).replace("|", "")
    if sound == latin:
        return False
    ours, theirs = _consonants(sound), _consonants(latin)
    return len(theirs) >= 2 and OSA.distance(ours, theirs) <= 1


def _consonants(word: str) -> str:
    """The consonants of a Latin or pinyin word, with the sounds Chinese renders alike
    made one (r and l; x, sh, s, z; ch, c, k, q, g), doubled ones once."""
    for old, new in (("sh", "s"), ("ch", "k"), ("zh", "s"), ("ph", "f")):
        word = word.replace(old, new)
    sounds = {"r": "l", "x": "s", "z": "s", "c": "k", "q": "k", "g": "k", "j": "s"}
    out: list[str] = []
    for char in word:
        if char in "aeiouyw":
            continue
        char = sounds.get(char, char)
        if not out or out[-1] != char:
            out.append(char)
    return "".join(out)


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


@cache
def _pinyin(chars: str) -> str:
    """The toneless pinyin of Chinese characters (``anyascii``): 香奈儿 and 香奈尔 agree."""
    return "".join(anyascii(c).lower() + "|" for c in chars)


def _sound(word: str) -> str:
    """A word's first letter and its other consonants: how it sounds, whichever way its
    vowels are spelt ("lee" and "li" agree).

    >>> _sound("lee"), _sound("li"), _sound("ning")
    ('l', 'l', 'nng')
    """
    return word[:1] + "".join(c for c in word[1:] if c not in "aeiouy")


def _one_char_off(word: str) -> list[str]:
    """``word`` with each character in turn replaced by a wildcard."""
    return [word[:i] + "?" + word[i + 1 :] for i in range(len(word))]


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The Latin words just before and after ``start:end`` (empty when there is none)."""
    before_match = _LAST_WORD.search(text, max(0, start - 40), start)
    after_match = _FIRST_WORD.match(text, end, end + 40)
    before = before_match.group(1) if before_match else ""
    after = after_match.group(1) if after_match else ""
    return before, after


def _chinese_neighbours(
    tokenizer: jieba.Tokenizer, text: str, start: int, end: int
) -> tuple[str, str]:
    """jieba's words just before and after ``start:end`` (empty when there is none)."""
    left = text[max(0, start - 12) : start].rstrip()
    right = text[end : end + 12].lstrip()
    before = [w for w in tokenizer.lcut(left) if w.strip()] if left else []
    after = [w for w in tokenizer.lcut(right) if w.strip()] if right else []
    return (before[-1] if before else ""), (after[0] if after else "")


def _disguised(step: str, matched: str) -> bool:
    """The seller changed how the mark looks, which an everyday word never needs: accents,
    look-alike letters, leet, letters spaced out, full-width or mixed-case letters."""
    if step in ("accent", "homoglyph", "leetspeak"):
        return True
    if any(unicodedata.category(c) == "Cf" for c in matched):
        return True  # a zero-width character inside a word only hides it from filters
    if fold(matched, STAGE_CASE_WIDTH) != fold(matched, STAGE_HOMOGLYPH):
        return True  # accents or look-alikes besides the spacing: "Her mès"
    if step == "spacing":
        return len(_WORD.findall(skeleton(matched).text)) > 1 and all(
            len(w) <= 2 for w in _WORD.findall(skeleton(matched).text)
        )
    if step == "case_width":
        plain = matched.isascii() and (matched.islower() or matched.isupper() or matched.istitle())
        return not plain
    return False


def _next_to_digit(text: str, start: int, end: int) -> bool:
    """``start:end`` is part of a token with digits, such as the ``v`` of ``12v``."""
    return (start > 0 and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit())


def _attached(text: str, index: int, direction: int) -> bool:
    """The character on that side of ``index`` is Chinese (no space between)."""
    position = index - 1 if direction < 0 else index
    return 0 <= position < len(text) and is_cjk(text[position])


def _qualified_by(original: str, start: int, before: str, cues: _Cues) -> bool:
    """The word before a mark qualifies it as a common noun: a count or measure
    (``8 Channel``) or an everyday word that is not listing boilerplate (``Ice Cream Vans``),
    in the same phrase (no punctuation between)."""
    if not before:
        return False
    gap = original[max(0, start - 3) : start]
    if not gap or gap[-1] not in " -":
        return False
    if before.isdigit():
        return not (len(before) == 4 and before[:2] in ("19", "20"))  # a year is no count
    return before not in cues.boilerplate_en and lexicon.is_english_word(before)


def _forms(word: str) -> tuple[str, ...]:
    """A word and its plural or singular: the everyday word in other sentences."""
    if word.endswith("s"):
        return (word, word[:-1])
    return (word, word + "s", word + "es")


def _chinese_next_to(text: str, start: int, end: int) -> bool:
    left = text[:start].rstrip()
    right = text[end:].lstrip()
    return bool(left and is_cjk(left[-1])) or bool(right and is_cjk(right[0]))


def _deletions(word: str, edits: int) -> set[str]:
    """``word`` and every string made from it by deleting up to ``edits`` characters."""
    found = {word}
    frontier = {word}
    for _ in range(edits):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w)) if len(w) > 1}
        found |= frontier
    return found


def _keep_best(best: dict[int, Finding], right: int, finding: Finding) -> None:
    current = best.get(right)
    if current is None or finding.score > current.score:
        best[right] = finding
