"""The everyday sense of a mark that is also an everyday word: what in a listing shows
that ``Apple`` is the fruit or 苹果 the apple (part of the judging of a hit)."""

from __future__ import annotations

import re

import jieba

from sellerstar.radar import lexicon
from sellerstar.radar.compat import _Compatibility
from sellerstar.radar.goods import _Cues, _Goods, _goods_form
from sellerstar.radar.keys import _CJK_RUN, _Field, _Hit, _Key
from sellerstar.radar.misspell import _visual
from sellerstar.radar.model import ProductText
from sellerstar.radar.normalise import SEPARATOR, compact, is_cjk, skeleton

_LATIN_OR_DIGITS = re.compile(r"[A-Za-z0-9]+")
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])")
_LAST_WORD = re.compile(r"([a-z0-9]+) *$")
_FIRST_WORD = re.compile(r" *([a-z0-9]+)")
_FROM_OR_TO = frozenset({"from", "to"})  # before a place: where goods come from or go
_SAINT = frozenset({"st", "saint", "san", "santa", "sainte", "ste"})


class _EverydaySense(_Compatibility):
    """Whether a listing uses a mark as the everyday word (part of
    :class:`~sellerstar.radar.detector.Detector`)."""

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
            if not (right and len(right) == 1 and _attached(text, hit.end, 1)):
                return False
            # 天堂伞: one of the right's goods after the mark is its product, unless the
            # two make an everyday word (苹果干 is dried apple).
            goods = self._goods.get(key.right)
            own_goods = goods is not None and right in goods.chinese
            return not own_goods or lexicon.is_chinese_word(text[hit.start : hit.end] + right)
        original = field.text[span[0] : span[1]]
        # Lower case in running text is the word, not a name; unless the mark itself is
        # written so ("arena" swimwear), or the text has no capitals at all (a seller who
        # writes "pampers newborn diapers" writes every name so).
        lower_case_mark = self._rights[key.right].mark.islower()
        if original.islower() and not lower_case_mark and not caseless(field.text):
            return True
        goods = self._goods.get(key.right)
        if after in cues.generic_en and not (goods and goods.is_goods_word(after)):
            # "Jaguar Print", "Apple Green", "Great Wall of China", "Panda Plush"; not a
            # word of the right's own goods (a "figurine" right's "X Figurine").
            return True
        if SEPARATOR not in key.skeleton and _qualified_by(field.text, span[0], before, cues):
            return True  # "Ice Cream Vans", "8 Channel", "Fresh Apple Juice"
        if SEPARATOR in key.skeleton:  # "the great wall" elsewhere, in lower case
            phrase = re.compile(rf"(?<![A-Za-z]){re.escape(key.skeleton)}(?![A-Za-z])")
            return any(t and phrase.search(t) for t in (product.title, product.description))
        if lower_case_mark:
            return False
        return any(w in self._lower_case_words(product) for w in _forms(key.compact))

    def _dictionary_compound(
        self, product: ProductText, field: _Field, hit: _Hit, key: _Key, span: tuple[int, int]
    ) -> bool:
        """A one-word Latin mark that makes a two-word dictionary entry with the word before
        or after it is a word of that entry (``Tank Top``, ``Hong Kong``, ``Tesla Coil``,
        ``Hoover Dam``), unless that word is one of the right's goods (``Pepsi Cola``,
        ``Oreo Cookie``: the mark's own product) or of its holder's name (``Christian
        Dior``), or the listing declares the brand or marks it ``®``/``™``. Rights without
        goods are not judged so: nothing would tell ``Pepsi Cola`` from ``Tank Top``."""
        goods = self._goods.get(key.right)
        word = field.skeleton[hit.start : hit.end]  # the mark, or its misspelling ("Hong")
        if goods is None or key.chinese or not word.isalpha() or SEPARATOR in key.skeleton:
            return False
        before, after = _neighbours(field.skeleton, hit.start, hit.end)
        others = [
            w
            for w, pair in ((before, (before, word)), (after, (word, after)))
            if w.isalpha() and lexicon.is_compound(*pair)
        ]
        if not others:
            return False
        # (the mark itself in the holder's name is no sign: "Hong Kong" and KONG Company)
        holder = set(skeleton(self._rights[key.right].holder).text.split())
        holder -= self._right_forms[key.right]
        if any(goods.is_goods_word(_goods_form(w)) or w in holder for w in others):
            return False
        if self._declares_brand(product, key):
            return False
        return field.text[span[1] : span[1] + 1] not in ("®", "™")

    def _place_name(
        self, product: ProductText, field: _Field, hit: _Hit, key: _Key, span: tuple[int, int]
    ) -> bool:
        """A one-word Latin mark names a place when a kind of place follows it (``Malibu
        Beach``, ``Yokohama Bay``, ``Longchamp Racecourse``; or a period or an institution
        when a word of ``name_heads_en`` does: ``Showa Era``, ``Colgate University``) or a
        particular place comes before it (``Beijing Dongcheng``, ``Xinjiang Yili``), or
        after it when the mark is a place too (``Kingston Jamaica``), or ``from`` or ``to``
        before a place (``Mozzarella from Campania``), or a saint's title before it (``St
        Petrus``); a Chinese mark when a place name comes before it (牙买加 金士顿, 东北 红米); in
        each case only when the listing names none of the right's goods and shows no brand
        (declared, ``®``/``™``)."""
        goods = self._goods.get(key.right)
        word = field.skeleton[hit.start : hit.end]
        if goods is None or SEPARATOR in key.skeleton:
            return False
        if key.chinese:
            left, _ = _chinese_neighbours(self._segmenter(), field.skeleton, hit.start, hit.end)
            place = lexicon.is_chinese_place(left)
        elif not word.isalpha():
            return False
        else:
            before, after = _neighbours(field.skeleton, hit.start, hit.end)
            # A place after a place ("Kingston Jamaica"), not after any mark: "Hyundai
            # Tucson" is a car named after a city.
            a_place = lexicon.is_place_name(word.lower())
            places = (before, after) if a_place else (before,)
            place = (
                (
                    after.isalpha()
                    and (lexicon.is_place_noun(after) or after in self._cues.name_heads)
                    and not goods.is_goods_word(after)
                )
                or any(
                    neighbour.isalpha()
                    and lexicon.is_place_name(neighbour)
                    and not lexicon.is_english_word(neighbour)  # "Red", "Mars": words first
                    for neighbour in places
                )
                or (a_place and before in _FROM_OR_TO)  # "Mozzarella from Campania"
                or before in _SAINT  # "St Petrus Key Pendant": a saint, or a place named so
            )
        return (
            place
            and self._names_no_brand(product, key, goods)
            and not self._product_after(field, hit, key)
            and field.text[span[1] : span[1] + 1] not in ("®", "™")
        )

    def _product_after(self, field: _Field, hit: _Hit, key: _Key) -> bool:
        """The character right after a Chinese mark, and the last of its run, ends one of
        the right's Chinese goods words (立邦漆 for goods of 内墙漆, 佐敦漆): the brand's
        product named after it; not the start of another word (美加净水器: 净水器)."""
        goods = self._goods.get(key.right)
        after = field.skeleton[hit.end : hit.end + 1]
        if goods is None or not key.chinese or not after or not is_cjk(after):
            return False
        if _attached(field.skeleton, hit.end + 1, 1):
            return False
        return any(len(word) > 1 and word.endswith(after) for word in goods.chinese)

    def _acronym_near_short_mark(
        self, field: _Field, hit: _Hit, key: _Key, span: tuple[int, int]
    ) -> bool:
        """A word in capitals a letter off a short mark is an acronym (``FIFA`` and FILA,
        ``ASIC``), not a misspelling, unless the listing shows the brand; a doubled letter
        or I for l (``NIKKE``, ``JBI``) is still the mark."""
        matched = field.text[span[0] : span[1]]
        return (
            hit.step == "misspelling"
            and len(key.compact) <= self._rules.fuzzy_insertions_min_length
            and len(matched) > 1
            and matched.isupper()
            and _visual(field.skeleton[hit.start : hit.end]) != _visual(key.compact)
        )

    def _names_no_brand(self, product: ProductText, key: _Key, goods: _Goods) -> bool:
        """The listing names none of the right's goods and declares no brand of it."""
        return not self._goods_named(product, goods, True) and not self._declares_brand(
            product, key
        )

    @staticmethod
    def _goods_named(product: ProductText, goods: _Goods | None, unknown: bool) -> bool:
        """The title or description names one of the right's goods (a mark's own words
        count: 燕京啤酒 is beer); ``unknown`` when the right's goods are not known."""
        if goods is None:
            return unknown
        texts = (t for t in (product.title, product.description) if t)
        return any(goods.named_in(skeleton(text).text) for text in texts)

    def _declares_brand(self, product: ProductText, key: _Key) -> bool:
        """The listing's declared brand is one of the right's marks."""
        return bool(product.brand) and (
            compact(skeleton(product.brand or "").text) in self._right_forms[key.right]
        )

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
        """Lower-case words the listing writes where it uses capitals (for the everyday
        sense of a mark)."""
        cached = self._listing_words
        if cached is not None and cached[0] is product:
            return cached[1]
        written = [t for t in (product.title, product.description) if t and not caseless(t)]
        words = frozenset(_LOWER_WORD.findall(" ".join(written)))
        self._listing_words = (product, words)
        return words


def caseless(text: str) -> bool:
    """The text's words have no capital (units such as ``1L`` aside): its case tells no
    name from a word."""
    words = [w for w in _LATIN_OR_DIGITS.findall(text) if not any(c.isdigit() for c in w)]
    return bool(words) and all(w.islower() for w in words)


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
    phrase = original[:start].rstrip(" -")
    if not phrase or not phrase[-1].isalnum():
        return False  # "Ariel Pods + Tempo Tissues": another item, not a qualifier
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
