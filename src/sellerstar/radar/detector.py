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

The class is assembled from one module per job: :mod:`sellerstar.radar.keys` (the marks
as searched), :mod:`sellerstar.radar.search` (candidate hits),
:mod:`sellerstar.radar.misspell` (the deletion index), :mod:`sellerstar.radar.compat`
(compatibility wording), :mod:`sellerstar.radar.sense` (the everyday sense of a mark),
:mod:`sellerstar.radar.judge`, :mod:`sellerstar.radar.listing` and
:mod:`sellerstar.radar.goods` (whether a hit is used as the mark, and its score).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise
from pathlib import Path

import ahocorasick
import jellyfish
import jieba

from sellerstar.radar import images, lexicon
from sellerstar.radar.goods import _Cues, _Goods
from sellerstar.radar.judge import _Judge
from sellerstar.radar.keys import (
    _CJK_RUN,
    _automaton,
    _Field,
    _Key,
    _key,
    _one_char_off,
    _pinyin,
    _sound,
)
from sellerstar.radar.misspell import _deletions, _visual
from sellerstar.radar.model import Finding, IpRight, ProductText
from sellerstar.radar.normalise import skeleton
from sellerstar.radar.pieces import _LETTER_RUN
from sellerstar.radar.search import _CJK_SPACED, _LETTERS_ONLY, letters_only
from sellerstar.rules.radar_detection import RadarDetection

# A mark this long or longer may be found cut into three pieces or more ("Du.a.lit"), in
# a text with a word cut so (spaces alone, "Mo lo tow", cost every title a search).
_CUT_MARK_MIN_LETTERS = 5
_CUT_WORD = re.compile(r"[-._](?<=[A-Za-z][-._])[A-Za-z]+[-._](?=[A-Za-z])")


def _cut_word(text: str) -> bool:
    """``text`` holds a word cut by other separators than spaces into three pieces or more
    (a quick test for the separators first)."""
    return ("-" in text or "." in text or "_" in text) and _CUT_WORD.search(text) is not None


_LEET_HINT = re.compile(r"[a-z][0-9@$!|]|[0-9@$!|][a-z]")
_LETTER_PAIR = re.compile(r" [a-z0-9] +[a-z0-9](?![a-z0-9])")


class Detector(_Judge):
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
        self._holder_names: dict[str, frozenset[str]] = {}
        self._right_forms: dict[int, set[str]] = {}
        holder_compacts: dict[str, set[str]] = {}
        for key in keys:
            self._right_forms.setdefault(key.right, set()).add(key.compact)
            holder_compacts.setdefault(rights[key.right].holder, set()).add(key.compact)
        self._holder_compacts = {h: frozenset(c) for h, c in holder_compacts.items()}
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
        # Marks of several letters, to find them cut into pieces ("Du.a.lit").
        self._run_together_automaton = ahocorasick.Automaton()
        for joined, key_ids in self._compact.items():
            if joined.isalpha() and len(joined) >= _CUT_MARK_MIN_LETTERS:
                self._run_together_automaton.add_word(joined, (len(joined), key_ids))
        self._run_together_automaton.add_word("\x00", (1, ()))  # never empty; no text has NUL
        self._run_together_automaton.make_automaton()
        self._longest = max((len(k.compact) for k in keys), default=0)
        self._deletes: dict[str, tuple[int, ...]] = {}
        for index, key in enumerate(keys):
            edits = self._allowed_edits(key.compact)
            if key.chinese or edits == 0:
                continue
            for variant in _deletions(key.compact, edits):
                self._deletes[variant] = (*self._deletes.get(variant, ()), index)
        self._fuzzy_cache: dict[str, tuple[tuple[int, int], ...]] = {}
        self._chinese_window_cache: dict[str, tuple[int, ...]] = {}
        # Marks too short for an edit still match a doubled letter or I for l: "Gapp", "JBI".
        self._short: dict[str, tuple[int, ...]] = {}
        for index, key in enumerate(keys):
            if not key.chinese and len(key.compact) == 3 and key.compact.isalpha():
                canon = _visual(key.compact)
                self._short[canon] = (*self._short.get(canon, ()), index)
        # Latin marks of several sounds by their sound: "Graftec" is Graphtec written by ear.
        self._sound_alikes: dict[str, tuple[int, ...]] = {}
        for index, key in enumerate(keys):
            code = jellyfish.metaphone(key.compact) if key.compact.isalpha() else ""
            if not key.chinese and len(code) >= rules.sound_alike_min_sounds:
                self._sound_alikes[code] = (*self._sound_alikes.get(code, ()), index)
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
        self._chinese_ids: dict[str, tuple[int, ...]] = {}
        for index, key in enumerate(keys):
            if key.chinese and _CJK_RUN.fullmatch(key.compact):
                self._chinese_ids[key.compact] = (*self._chinese_ids.get(key.compact, ()), index)
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
        self._listing_tokens_cache: tuple[ProductText, frozenset[str]] | None = None

    @classmethod
    def build(
        cls, rights: Sequence[IpRight], rules: RadarDetection, image_root: Path | None
    ) -> Detector:
        """Compile ``rights`` once; reference images are read from ``image_root``."""
        keys: list[_Key] = []
        for index, right in enumerate(rights):
            seen: set[str] = set()
            forms = (right.mark, *right.aliases)
            goods_known = _Goods.of(right.goods) is not None
            for text, is_alias in ((right.mark, False), *((a, True) for a in right.aliases)):
                key = _key(index, text, is_alias, right.mark, forms, goods_known)
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
        letters = letters_only(sk.text)  # words of letters, same positions
        hits = self._exact_hits(field, sk.text, None, letters)
        if self._chinese_ids and not sk.text.isascii() and _CJK_SPACED.search(sk.text):
            hits += self._spaced_chinese_hits(field)
        # letters == skeleton: no digit or symbol, so no leet (a quicker test than a regex)
        if letters != sk.text and _LEET_HINT.search(sk.text) is not None:
            hits += self._leet_hits(field)
        words = letters.split()
        if words:
            if (
                _LETTER_PAIR.search(" " + sk.text) is not None  # a quick test first
                and _LETTER_RUN.search(sk.text) is not None
            ):
                hits += self._letter_run_hits(field)
            if _cut_word(text):
                hits += self._cut_hits(letters, words)
            # Most words and word pairs of most listings lead nowhere and are remembered so.
            boring, firsts, pieces = self._boring, self._firsts, self._pieces
            # (issuperset and isdisjoint read the list without building a set)
            todo: set[str] = set() if boring.issuperset(words) else set(words) - boring
            if not self._joiners.isdisjoint(words):
                todo.update(
                    a
                    for a, b in pairwise(words)
                    if (a in firsts or b in pieces) and a + b not in boring
                )
            if todo:
                covered = {(h.start, h.end) for h in hits}
                # A word inside a mark found whole ("Shock" of "G-Shock", "Garden" of
                # "Mobi Garden") is that mark, judged as found: not a misspelling of it
                # or of another mark as well.
                hits += [
                    h
                    for h in self._word_hits(field, letters, todo, covered)
                    if not any(start <= h.start and h.end <= end for start, end in covered)
                ]
        found = []
        passed = []
        for hit in hits:
            finding = self._judge(product, field, hit)
            if finding is not None:
                found.append((self._keys[hit.key].right, finding))
            else:
                passed.append(hit)
        if found and passed and field.name == "title":
            found += self._co_brands(product, field, passed, found)
        yield from self._likeliest_readings(product, found) if len(found) > 1 else found

    def _likeliest_readings(
        self, product: ProductText, found: list[tuple[int, Finding]]
    ) -> list[tuple[int, Finding]]:
        """Of the marks one misspelt word may stand for ("Berkly": Berkley or Berkey), those
        whose goods the listing names, when it names any one's."""
        spans: dict[tuple[int, int], list[int]] = {}
        for right, finding in found:
            if finding.step == "misspelling":
                spans.setdefault((finding.span_start, finding.span_end), []).append(right)
        unlikely: set[tuple[int, tuple[int, int]]] = set()
        for span, rights in spans.items():
            if len(rights) > 1:
                sold = [r for r in rights if self._goods_named(product, self._goods.get(r), False)]
                if sold:
                    unlikely.update((r, span) for r in rights if r not in sold)
        return [
            (right, f) for right, f in found if (right, (f.span_start, f.span_end)) not in unlikely
        ]

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


def _keep_best(best: dict[int, Finding], right: int, finding: Finding) -> None:
    current = best.get(right)
    if current is None or finding.score > current.score:
        best[right] = finding
