"""The rule-set's word lists and a right's goods, as the detector compares them with a
listing (:class:`_Cues`, :class:`_Goods`); used to judge a mark that is also an everyday word."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import ahocorasick

from sellerstar.radar import lexicon
from sellerstar.radar.goods_classes import members
from sellerstar.radar.keys import _CJK_RUN, _WORD
from sellerstar.radar.normalise import compact, is_cjk, skeleton
from sellerstar.rules.radar_detection import RadarDetection

_LATIN_WORD = re.compile(r"[a-z]+")

# The specialty principle: a mark that is also an everyday word names the brand, with no
# other evidence, only next to goods its right covers ("Dove Body Wash" for a right on
# soaps), within this many words either side (Latin words; Chinese counts characters).
_GOODS_WORDS = 4
_GOODS_CHARS = 8
_GOODS_MID_TITLE = True
_HEAD_LETTERS = 3
_GOODS_FIELDS = ("title", "description")


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
        entries = [e for entry in goods for e in (entry, *members(compact(entry)))]
        for entry in entries:
            text = skeleton(entry).text
            if _CJK_RUN.search(text) is not None:
                chinese.add(compact(text))  # whole, Latin letters too: T恤 is not "t"
                chinese.update(_device_variants(compact(text)))
                # Chinese compounds end with their head too: 速溶咖啡 is coffee.
                head = lexicon.chinese_head(compact(text))
                if head is not None:
                    chinese.add(head)
                continue
            latin = tuple(_goods_form(w) for w in _WORD.findall(text) if not w.isdigit())
            if len(latin) == 1 and len(latin[0]) > 1:
                words.add(latin[0])
            elif len(latin) > 1:
                phrases.add(latin)
                if len(latin[-1]) >= _HEAD_LETTERS:
                    # A right on "trail running shoes" covers shoes: the head noun names
                    # the class of goods ("Salomon Trail Shoes", "Cloe Paddington Bag").
                    words.add(latin[-1])
        if not (words or phrases or chinese):
            return None
        return cls(frozenset(words), tuple(sorted(phrases)), tuple(sorted(chinese)))

    def named_near(
        self,
        text: str,
        start: int,
        end: int,
        skip: frozenset[str],
        reach: int | None = _GOODS_WORDS,
    ) -> bool:
        """``text`` (a skeleton) names one of the goods within ``reach`` words of
        ``[start, end)`` (None: anywhere), on either side (not across the mark); the
        ``skip`` words (listing boilerplate) and numbers are not counted (``Dove 2024 New
        Body Wash``)."""

        def words(piece: str) -> list[str]:
            return [
                _goods_form(w) for w in _WORD.findall(piece) if w not in skip and not w.isdigit()
            ]

        if reach is None:
            before, after = words(text[:start]), words(text[end:])
        else:
            before, after = (
                words(text[max(0, start - 100) : start])[-reach:],
                words(text[end : end + 100])[:reach],
            )
        for side in (before, after):
            if any(self.is_goods_word(w) for w in side):
                return True
            for phrase in self.phrases:
                size = len(phrase)
                if any(tuple(side[i : i + size]) == phrase for i in range(len(side) - size + 1)):
                    return True
        if not self.chinese:
            return False
        if reach is None:
            return any(
                _ends_a_word(text, at, word)
                for word in self.chinese
                for at in _occurrences(text, word)
            )
        low, high = _chinese_reach(text, start, -1), _chinese_reach(text, end, 1)
        for word in self.chinese:
            # The goods word's nearest character is within reach: its last one before the
            # mark, its first one after it.
            for first, last in ((max(0, low - len(word) + 1), start), (end, high + len(word) - 1)):
                at = text.find(word, first, last)
                while at >= 0:
                    if _ends_a_word(text, at, word):
                        return True
                    at = text.find(word, at + 1, last)
        return False

    def named_in(self, text: str) -> bool:
        """``text`` (a skeleton, e.g. a whole title) names one of the goods anywhere."""
        return self.named_near(f"{text} ", len(text) + 1, len(text) + 1, frozenset(), reach=None)

    def is_goods_word(self, word: str) -> bool:
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


# Chinese names of devices end in 机, 器 or 仪 alike: 投影仪 and 投影机, 吸尘器 and 吸尘机.
_DEVICE_ENDINGS = "机器仪"
_ELECTRIC = "电"


def _device_variants(word: str) -> tuple[str, ...]:
    """The other spellings of a Chinese device name of three characters or more (投影机 and
    投影器 for 投影仪; 吹风机 and 吹风器 for 电吹风, "electric" dropped for a device
    ending); none for other words.

    >>> _device_variants("投影仪"), _device_variants("电吹风"), _device_variants("手机")
    (('投影机', '投影器'), ('吹风机', '吹风器', '吹风仪'), ())
    """
    if len(word) < 3 or not all(is_cjk(c) for c in word[-2:]):
        return ()
    if word[-1] in _DEVICE_ENDINGS:
        return tuple(word[:-1] + end for end in _DEVICE_ENDINGS if end != word[-1])
    if word[0] == _ELECTRIC:
        return tuple(word[1:] + end for end in _DEVICE_ENDINGS)
    return ()


def _chinese_reach(text: str, index: int, direction: int) -> int:
    """How far ``_GOODS_CHARS`` Chinese characters reach from ``index`` (spaces, digits
    and Latin letters between are not counted: ``格力 1.5匹 变频挂机 空调``)."""
    count = 0
    position = index
    while position > 0 if direction < 0 else position < len(text):
        char = text[position - 1] if direction < 0 else text[position]
        if is_cjk(char):
            if count == _GOODS_CHARS:
                break
            count += 1
        position += direction
    return position


def _occurrences(text: str, word: str) -> list[int]:
    found: list[int] = []
    at = text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _ends_a_word(text: str, at: int, word: str) -> bool:
    """A goods word of two characters or more always counts; one of one character (鞋,
    包) where it ends a word (运动鞋, 女包), not where it begins one (包邮, 包子)."""
    if len(word) >= 2:
        return True
    following = text[at + 1 : at + 2]
    return not following or not is_cjk(following)


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
        self.not_compat_en = {
            tuple(skeleton(p).text.split()) for p in rules.not_compatibility_phrases_en
        }
        # the phrases' lengths: a text's last words are looked up, not every phrase tried
        self.compat_en_lengths = sorted({len(p) for p in self.compat_en})
        self.not_compat_en_lengths = sorted({len(p) for p in self.not_compat_en})
        self.compat_zh = tuple(skeleton(p).text.strip() for p in rules.compatibility_phrases_zh)
        self.compat_suffix_en = words(rules.compatibility_suffixes_en)
        self.compat_suffix_zh = tuple(compact(w) for w in rules.compatibility_suffixes_zh)
        self.fit_suffix_zh = tuple(compact(w) for w in rules.fit_suffixes_zh)
        self.brand = words((*rules.brand_cues_en, *rules.brand_cues_zh))
        self.cue_gap = words(rules.brand_cue_gap_words_en)
        self.maker = words(rules.maker_words_en)
        self.copy = words(rules.copy_cues_en)
        self.style = words(rules.style_cues_en)
        self.souvenir = tuple(cue.lower() for cue in rules.souvenir_cues)
        self.family_name = tuple(cue.lower() for cue in rules.family_name_cues)
        self.name_heads = words(rules.name_heads_en)
        # Latin words are matched as words ("book", not "notebook"), the rest as text.
        depiction = [cue.lower() for cue in rules.depiction_cues]
        self.depiction_words = frozenset(c for c in depiction if _LATIN_WORD.fullmatch(c))
        self.depiction_phrases = tuple(c for c in depiction if not _LATIN_WORD.fullmatch(c))
        self.trade_terms = words(rules.trade_term_cues)
        self.picture = words(rules.picture_cues_en)
        self.brand_not_picture = self.brand - self.picture
        self.personalised = words(rules.personalised_cues_en)
        self.not_brand = {tuple(skeleton(p).text.split()) for p in rules.not_brand_cues_en}
        self.generic_en = words(rules.generic_cues_en)
        self.generic_zh = words(rules.generic_cues_zh)
        self.colours = words(rules.colour_words)
        # The words of the compatibility phrases name what a product fits; they never make
        # a mark a common noun ("for Apple Watch", "适用Apple Watch").
        self.boilerplate_en = words(rules.boilerplate_en) | {
            w for phrase in self.compat_en for w in phrase
        }
        self.boilerplate_zh = words(rules.boilerplate_zh) | set(self.compat_zh)
        self.boilerplate = self.boilerplate_en | self.boilerplate_zh
        # Each list of cues searched in a text at once (one pass, not a search per cue).
        self.searches = {
            cues: _search_for(cues)
            for cues in (self.souvenir, self.family_name, self.depiction_phrases)
        }


def _search_for(cues: tuple[str, ...]) -> Callable[[str], bool]:
    """Whether a text holds one of ``cues`` (one Aho-Corasick pass over it)."""
    if not cues:
        return lambda text: False
    automaton = ahocorasick.Automaton()
    for cue in cues:
        automaton.add_word(cue, cue)
    automaton.make_automaton()
    return lambda text: next(automaton.iter(text), None) is not None
