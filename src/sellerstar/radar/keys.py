"""The marks as the detector searches them: keys, hits and fields, the Aho-Corasick
automaton, and the sound of Chinese marks (pinyin) and of pinyin syllables."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import ahocorasick
import jieba
from anyascii import anyascii
from rapidfuzz.distance import OSA

from sellerstar.radar import images, lexicon
from sellerstar.radar.model import IpRight, ProductText
from sellerstar.radar.normalise import SEPARATOR, compact, is_cjk, skeleton
from sellerstar.rules.radar_detection import RadarDetection

if TYPE_CHECKING:  # goods.py imports this module
    from sellerstar.radar.goods import _Cues, _Goods

_WORD = re.compile(r"[a-z0-9]+")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_SPACES = re.compile(r" +")
# How often jieba's corpus must have a word for it to be everyday Chinese (欧米茄 has 25).
_COMMON_CHINESE = 100
# How often jieba's corpus has a character alone for it to be a word of its own (白, 心).
_RARE_CHARACTER = 3000
# How often jieba's corpus must have a Chinese mark for its meaning to be everyday Chinese.
_MEANINGFUL = 100
# Words joined by a hyphen inside a mark: one coined word ("Joy-Con", "Coca-Cola").
_HYPHENATED = re.compile(r"[^\W\d_][-+][^\W\d_]")  # "Joy-Con", "BLACK+DECKER"


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
    # A Chinese mark of words chosen for their meaning rather than a Latin mark's sound
    # (白加黑, 稻花香, 灰雁 for Grey Goose; not 劳力士 for Rolex).
    worded: bool = False


# Hits and fields are made by the hundred thousand and never changed; a frozen dataclass's
# __init__ costs four times a plain one's with slots.
@dataclass(slots=True)
class _Hit:
    """A key found in a field: the skeleton span and how it was found."""

    key: int
    start: int  # skeleton indices
    end: int
    step: str | None  # None: work it out from the text
    edits: int = 0


@dataclass(slots=True)
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


class _Compiled:
    """What :class:`~sellerstar.radar.detector.Detector` compiles from the rights (set in
    its ``__init__``), declared here for the parts of the detector in other modules."""

    _rights: list[IpRight]
    _keys: list[_Key]
    _rules: RadarDetection
    _images: dict[int, images.Hashes]
    _holder_compacts: dict[str, frozenset[str]]  # every mark of a holder, compact
    _holder_names: dict[str, frozenset[str]]
    _right_forms: dict[int, set[str]]
    _words_automaton: ahocorasick.Automaton
    _raw_automaton: ahocorasick.Automaton
    _raw_in_ascii: bool
    _compact: dict[str, tuple[int, ...]]
    _run_together_automaton: ahocorasick.Automaton
    _longest: int
    _deletes: dict[str, tuple[int, ...]]
    _fuzzy_cache: dict[str, tuple[tuple[int, int], ...]]
    _chinese_window_cache: dict[str, tuple[int, ...]]
    _short: dict[str, tuple[int, ...]]
    _sound_alikes: dict[str, tuple[int, ...]]
    _sounds: dict[str, tuple[int, ...]]
    _one_off: dict[str, tuple[int, ...]]
    _chinese_marks: set[str]
    _chinese_ids: dict[str, tuple[int, ...]]
    _chinese_lengths: list[int]
    _boring: set[str]
    _prefixes: set[str]
    _firsts: set[str]
    _pieces: set[str]
    _joiners: set[str]
    _most_words: int
    _cues: _Cues
    _pinyin_pairs: dict[tuple[str, str], tuple[int, ...]]
    _chinese_words: tuple[str, ...]
    _goods: dict[int, _Goods]
    _tokenizer: jieba.Tokenizer | None
    _listing_words: tuple[ProductText, frozenset[str]] | None
    _listing_tokens_cache: tuple[ProductText, frozenset[str]] | None


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


def _key(
    right: int,
    text: str,
    is_alias: bool,
    mark: str = "",
    forms: tuple[str, ...] = (),
    goods_known: bool = False,
) -> _Key | None:
    """``text`` as searched; ``mark`` is the right's mark and ``forms`` all its marks and
    aliases (a Chinese mark is everyday when it translates an everyday Latin one). A
    one-word mark the dictionary lists only as a name (Amazon, a river) is everyday when
    the right's goods are known: the goods then say where it names the brand, whereas
    the lead of the title alone would lose most of its uses."""
    sk = _SPACES.sub(SEPARATOR, skeleton(text).text).strip()
    if not sk:
        return None
    chinese = any(is_cjk(c) for c in sk)
    joined = compact(sk)
    if chinese:
        everyday = (
            lexicon.is_chinese_word(joined)
            or _translates_everyday(joined, forms)
            or _named_for_its_meaning(joined, forms)
            or (goods_known and lexicon.is_everyday_phrase(joined))
        ) and not _transliterates(joined, mark)
    elif joined.isdigit() and compact(skeleton(mark).text) == joined:
        everyday = True  # a number ("999" silver) names the brand only as a brand does
    elif goods_known and _CODE.fullmatch(joined):
        everyday = True  # a code ("V8", "A2", "No7") is also an engine, a size, a number
    elif _HYPHENATED.search(text) and not lexicon.is_dictionary_word(joined):
        everyday = False  # "Joy-Con", "Ray-Ban": one coined word, not "joy" and "con"
    else:
        words = sk.split()
        everyday = all(w.isalpha() and lexicon.is_english_word(w) for w in words) or (
            goods_known
            and (
                (len(words) == 1 and lexicon.is_dictionary_word(words[0]))
                or (len(words) == 2 and lexicon.is_compound(*words))  # Mont Blanc, Canada Goose
                or _romanises_everyday(joined, forms)  # Dunhuang of 敦煌, the town
            )
        )
    worded = (
        chinese
        and goods_known
        and not _sounds_like_latin(joined, forms)
        and not _coined_characters(joined)
    )
    return _Key(right, text, is_alias, sk, joined, chinese, everyday, worded)


_CODE = re.compile(r"[a-z]{1,2}[0-9]{1,3}|[0-9]{1,3}[a-z]{1,2}")


def _transliterates(chinese: str, mark: str) -> bool:
    """``chinese`` is the sound of ``mark``, a coined Latin mark, in Chinese characters
    (劳力士 for Rolex): a name, even where jieba's dictionary lists it as a common noun. A
    mark that is the pinyin itself (Xiaomi, 小米) was made from the Chinese word, and a
    Chinese name of another sound (三叶草 for adidas) is a word of its own.

    >>> _transliterates("劳力士", "Rolex"), _transliterates("小米", "Xiaomi")
    (True, False)
    >>> _transliterates("三叶草", "adidas"), _transliterates("苹果", "Apple")
    (False, False)

    Of a mark that is also an English word, only a rare Chinese word is its sound: 欧米茄
    (Omega) is the watch, 博士 (Bose) the everyday word for a doctor.

    >>> _transliterates("欧米茄", "Omega"), _transliterates("博士", "Bose")
    (True, False)
    """
    latin = compact(skeleton(mark).text)
    if not latin.isalpha() or not latin.isascii():
        return False
    if lexicon.is_english_word(latin) and lexicon.chinese_frequency(chinese) >= _COMMON_CHINESE:
        return False  # 博士 sounds like Bose, but it is the everyday word for a doctor
    if lexicon.chinese_frequency(chinese) >= lexicon.COMMON_FREQUENCY:
        return False  # 雷达 sounds like Rado, but it is everyone's word for a radar
    if lexicon.is_chinese_adjective(chinese):
        return False  # 舒适 sounds like Schick, but it is the everyday word for comfortable
    sound = _pinyin(chinese).replace("|", "")
    if sound == latin:
        return False
    ours, theirs = _consonants(sound), _consonants(latin)
    return len(theirs) >= 2 and OSA.distance(ours, theirs) <= 1


def _translates_everyday(chinese: str, forms: tuple[str, ...]) -> bool:
    """``chinese`` is a word of jieba's dictionary that translates an everyday Latin form
    of the same right rather than sounding like it (熊猫 and Panda, 大白兔 and White
    Rabbit): an everyday word too, whatever jieba tags it (it tags 熊猫 as a name).

    >>> _translates_everyday("熊猫", ("熊猫", "Panda"))
    True
    >>> _translates_everyday("彪马", ("Puma", "彪马")), _translates_everyday("华为", ("Huawei",))
    (False, False)
    """
    if lexicon.chinese_frequency(chinese) == 0 or lexicon.is_name(chinese):
        return False
    ours = _consonants(_pinyin(chinese).replace("|", ""))
    latin = [skeleton(form).text.split() for form in forms if not any(map(is_cjk, form))]
    if any(OSA.distance(ours, _consonants("".join(words))) <= 1 for words in latin if words):
        return False  # it sounds like one of them (科罗娜, Corona): a transliteration
    return any(
        words and all(w.isalpha() and lexicon.is_english_word(w) for w in words) for words in latin
    )


def _romanises_everyday(latin: str, forms: tuple[str, ...]) -> bool:
    """``latin`` (compact) is the pinyin of one of the right's Chinese marks that is an
    everyday word or a place (Dunhuang of 敦煌): it names that thing as the Chinese does.

    >>> _romanises_everyday("dunhuang", ("敦煌", "Dunhuang"))
    True
    >>> _romanises_everyday("huawei", ("华为", "Huawei"))
    False
    """
    return any(
        _pinyin(form).replace("|", "") == latin
        and (lexicon.is_chinese_word(form) or lexicon.is_chinese_place(form))
        for form in forms
        if all(map(is_cjk, form))
    )


def _named_for_its_meaning(chinese: str, forms: tuple[str, ...]) -> bool:
    """``chinese`` is a word jieba's corpus has often (tagged a name or not: it tags 梅花,
    plum blossom, as one), and the right's Latin forms neither spell its pinyin (a Chinese
    brand's own name, 华为 and Huawei) nor sound like it (林肯 and Lincoln): the Chinese
    name was chosen for its meaning (梅花 for Titoni), which is an everyday word.

    >>> _named_for_its_meaning("梅花", ("Titoni", "梅花"))
    True
    >>> _named_for_its_meaning("华为", ("Huawei", "华为"))
    False
    >>> _named_for_its_meaning("林肯", ("Lincoln",))
    False
    """
    if lexicon.chinese_frequency(chinese) < _MEANINGFUL or lexicon.is_name(chinese):
        return False
    sound = _pinyin(chinese).replace("|", "")
    latin = [compact(skeleton(f).text) for f in forms if not any(map(is_cjk, f))]
    if not latin:
        return False
    ours = _consonants(sound)
    return not any(
        word == sound or OSA.distance(ours, _consonants(word)) <= 1 for word in latin if word
    )


def _coined_characters(chinese: str) -> bool:
    """``chinese`` is three characters or more that jieba knows neither as a word nor as
    words of two characters, one of them a character rarely written alone (玛 of 热玛吉, 菲
    of 海菲秀): a name made for its sound; not a phrase of everyday characters (白加黑).

    >>> _coined_characters("热玛吉"), _coined_characters("白加黑"), _coined_characters("太平鸟")
    (True, False, False)
    """
    if len(chinese) < 3 or lexicon.chinese_frequency(chinese) > 0:
        return False
    if any(len(word) > 1 for word in lexicon.chinese_words(chinese)):
        return False
    return min(lexicon.chinese_frequency(c) for c in chinese) < _RARE_CHARACTER


def _sounds_like_latin(chinese: str, forms: tuple[str, ...]) -> bool:
    """``chinese`` is the sound of one of the right's Latin marks (劳力士 and Rolex)."""
    latin = [f for f in forms if not any(map(is_cjk, f))]
    return any(_transliterates(chinese, f) for f in latin)


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
