"""Which marks are also everyday words: ``apple``, ``channel``, 苹果.

English: the lower-case words of Webster's Second International Dictionary (1934, in the
public domain; the ``web2`` list of BSD's ``/usr/share/dict``, kept here as
``data/web2_words.txt.gz``). A word that was in a dictionary before most brands existed
is an everyday word; a coined brand (``gucci``, ``adidas``) is not in it. The words it
lacks that a modern dictionary has in lower case (``pixel``, ``mini``, ``nerd``, and the
inflected ``kinder``) come from SCOWL's American list (``data/scowl_words.txt.gz``): a
modern dictionary's lower-case entries are words, its capitalised ones (``Nike``) are not
read. Two-word dictionary entries (``tank top``, ``hong kong``) are WordNet 3.0's
(Princeton, permissive licence; ``data/wordnet_pairs.txt.gz``).

Spanish, French, Italian, Dutch and Portuguese: the words of OpenSubtitles frequency lists
(as ``pyspellchecker`` ships them, MIT) seen often enough and missing from its English list.

Chinese: a common noun or place name (tags ``n``, ``ns``) of jieba's own dictionary (MIT),
seen often enough in the corpus it was built from.
"""

from __future__ import annotations

import gzip
import logging
import re
from functools import cache
from importlib import resources

import jieba
import jieba.posseg
from anyascii import anyascii

# A Chinese word seen fewer times than this in jieba's corpus is not everyday.
_MIN_CHINESE_FREQUENCY = 10
# A noun seen this often after a mark in a rare compound is the mark's product (雀巢咖啡).
_COMMON_NOUN = 100
# How often a word must be in jieba's corpus to be one of the commonest (好, 太太, 鸟).
_COMMON_WORD = 300
# A word seen this often is everyday whatever jieba tags it (索尼, a name, is seen 711 times).
COMMON_FREQUENCY = 1000
# Common nouns and place names (长城 is the Great Wall before it is a car maker); person
# and organisation names (索尼, 华为) and other proper nouns (耐克) are names, not words.
# Verbs and adjectives are everyday words too (联想 "to associate" before it is Lenovo).
_EVERYDAY_TAGS = ("n", "ns", "v", "vn", "a", "an")

# Languages of Latin script a listing may be written in besides English, whose everyday
# words the radar knows (``data/frequent_words.txt.gz``).
FOREIGN_LANGUAGES = ("es", "fr", "it", "nl", "pt")

jieba.setLogLevel(logging.WARNING)


@cache
def _dictionary() -> tuple[frozenset[str], frozenset[str]]:
    """The everyday words (web2's and SCOWL's lower-case ones), and those with web2's
    names in lower case."""
    folder = resources.files("sellerstar.radar").joinpath("data")
    entries = gzip.decompress(folder.joinpath("web2_words.txt.gz").read_bytes()).decode("ascii")
    modern = gzip.decompress(folder.joinpath("scowl_words.txt.gz").read_bytes()).decode("ascii")
    words = entries.split()
    everyday = frozenset(w for w in words if w.islower()) | frozenset(modern.split())
    return everyday, everyday | frozenset(w.lower() for w in words)


@cache
def _data_lines(name: str) -> frozenset[str]:
    """The lines of the gzip-compressed ASCII list ``data/<name>``."""
    folder = resources.files("sellerstar.radar").joinpath("data")
    return frozenset(
        gzip.decompress(folder.joinpath(name).read_bytes()).decode("ascii").splitlines()
    )


def _compounds() -> frozenset[str]:
    """WordNet 3.0's lemmas of two Latin words, in lower case (``data/wordnet_pairs.txt.gz``)."""
    return _data_lines("wordnet_pairs.txt.gz")


def is_compound(first: str, second: str) -> bool:
    """``first second`` (lower case) is one dictionary entry of two words: a compound noun,
    a place, a phrase (WordNet's ``tank_top``, ``hong_kong``, ``tesla_coil``).

    >>> is_compound("tank", "top"), is_compound("hong", "kong"), is_compound("tank", "lamp")
    (True, True, False)
    """
    return f"{first} {second}" in _compounds()


def is_place_noun(word: str) -> bool:
    """``word`` (lower case) is a common noun for a kind of place in WordNet: its first or
    second sense a geographical area or a body of water, or its first sense a landform or
    a facility (``beach``, ``bay``, ``village``, ``racecourse``;
    ``data/wordnet_places.txt.gz``).

    >>> is_place_noun("beach"), is_place_noun("racecourse"), is_place_noun("bag")
    (True, True, False)
    """
    return word in _data_lines("wordnet_places.txt.gz")


def is_place_name(word: str) -> bool:
    """``word`` (lower case) is the name of one particular place in WordNet (an instance
    of a region, a body of water or a celestial body: ``beijing``, ``xinjiang``;
    ``data/wordnet_place_names.txt.gz``).

    >>> is_place_name("beijing"), is_place_name("gucci")
    (True, False)
    """
    return word in _data_lines("wordnet_place_names.txt.gz")


def is_given_name(word: str) -> bool:
    """``word`` (lower case) is a given name of the US Census Bureau's 1990 list and no
    English word (``elisabeth``, ``james``; not ``rose`` or ``will``;
    ``data/census_given_names.txt.gz``).

    >>> is_given_name("elisabeth"), is_given_name("rose"), is_given_name("gucci")
    (True, False, False)
    """
    return word in _data_lines("census_given_names.txt.gz") and not is_english_word(word)


@cache
def _frequent_words() -> dict[str, frozenset[str]]:
    """Language → the words its subtitles use often (``data/frequent_words.txt.gz``)."""
    words: dict[str, set[str]] = {language: set() for language in ("en", *FOREIGN_LANGUAGES)}
    for line in _data_lines("frequent_words.txt.gz"):
        language, word = line.split("\t")
        words[language].add(word)
    return {language: frozenset(found) for language, found in words.items()}


def is_frequent_word(word: str, language: str) -> bool:
    """``word`` (lower case, accents dropped) is a word ``language`` (``en`` or one of
    :data:`FOREIGN_LANGUAGES`) uses often.

    >>> is_frequent_word("sciroppo", "it"), is_frequent_word("sciroppo", "es")
    (True, False)
    """
    return word in _frequent_words()[language]


def foreign_languages(word: str) -> frozenset[str]:
    """The languages of :data:`FOREIGN_LANGUAGES` that use ``word`` (lower case, accents
    dropped) often where English does not (a brand anyone names in English, ``lego``, is
    in none).

    >>> sorted(foreign_languages("denso")), sorted(foreign_languages("hublot"))
    (['es', 'it', 'pt'], ['fr'])
    >>> foreign_languages("lego"), foreign_languages("gucci"), foreign_languages("apple")
    (frozenset(), frozenset(), frozenset())
    """
    frequent = _frequent_words()
    if word in frequent["en"]:
        return frozenset()
    return frozenset(language for language in FOREIGN_LANGUAGES if word in frequent[language])


def english_words() -> frozenset[str]:
    """The lower-case everyday English words (3 letters or more)."""
    return _dictionary()[0]


def is_english_word(word: str) -> bool:
    """``word`` (lower case, one word) is an everyday English word (or its plural).

    >>> is_english_word("apple"), is_english_word("vans"), is_english_word("gucci")
    (True, True, False)
    """
    return _known(word, _dictionary()[0])


def is_dictionary_word(word: str) -> bool:
    """``word`` is in the dictionary at all, names included ("santa").

    >>> is_dictionary_word("santa"), is_english_word("santa")
    (True, False)
    """
    return _known(word, _dictionary()[1])


def is_a_word(word: str) -> bool:
    """``word`` is a word of a dictionary, or one that English subtitles or those of
    :data:`FOREIGN_LANGUAGES` use often (``midline``, French ``beurre``): not a spelling
    nobody writes but for a brand's.

    >>> is_a_word("channel"), is_a_word("beurre"), is_a_word("addidas")
    (True, True, False)
    """
    return (
        is_dictionary_word(word)
        or _known(word, _frequent_words()["en"])
        or bool(foreign_languages(word))
    )


def _known(word: str, words: frozenset[str]) -> bool:
    if word in words:
        return True
    return len(word) >= 4 and word.endswith("s") and word[:-1] in words


def is_chinese_word(word: str) -> bool:
    """``word`` is an everyday Chinese noun or place name.

    >>> is_chinese_word("苹果"), is_chinese_word("长城"), is_chinese_word("耐克")
    (True, True, False)
    """
    tokenizer, tags = _chinese_dictionary()
    frequency: int = tokenizer.FREQ.get(word, 0)
    if frequency >= COMMON_FREQUENCY:
        return True  # 雷达 (radar), tagged as a name, is everyone's word
    return frequency >= _MIN_CHINESE_FREQUENCY and tags.get(word) in _EVERYDAY_TAGS


def is_chinese_place(word: str) -> bool:
    """jieba's dictionary knows ``word`` as a place name, often enough to be one (牙买加,
    洛阳).

    >>> is_chinese_place("牙买加"), is_chinese_place("苹果")
    (True, False)
    """
    tokenizer, tags = _chinese_dictionary()
    frequency: int = tokenizer.FREQ.get(word, 0)
    return frequency >= _MIN_CHINESE_FREQUENCY and tags.get(word) == "ns"


def chinese_head(compound: str) -> str | None:
    """The last word of a Chinese compound of goods when it is a noun of its own (咖啡 of
    速溶咖啡, 油墨 of 印刷油墨; 戒指 of 钻石戒指, which jieba keeps whole, when seen
    often); None for a single word.

    >>> chinese_head("速溶咖啡"), chinese_head("钻石戒指"), chinese_head("印刷油墨")
    ('咖啡', '戒指', '油墨')
    """
    tokenizer, tags = _chinese_dictionary()
    words = tokenizer.lcut(compound, HMM=False)
    if len(words) == 1:
        # A compound jieba keeps whole may still end with a noun (钻石戒指, 戒指).
        tails = (compound[i:] for i in range(1, len(compound) - 1))
        return next((t for t in tails if _is_common_noun(t, tokenizer, tags)), None)
    last = words[-1]
    # Any noun of jieba's closes a compound of goods: a goods list holds no rest of a name.
    return last if len(last) > 1 and tags.get(last) == "n" else None


def chinese_words(text: str) -> list[str]:
    """The words of ``text`` in jieba's own dictionary, without guessing new ones."""
    words: list[str] = _chinese_dictionary()[0].lcut(text, HMM=False)
    return words


def is_chinese_phrase(text: str) -> bool:
    """``text`` is a word jieba's corpus has (汪汪, 雷射) or everyday words of two
    characters or more put together (一只松鼠: 一只 and 松鼠).

    >>> is_chinese_phrase("汪汪"), is_chinese_phrase("一只松鼠"), is_chinese_phrase("香奈尔")
    (True, True, False)
    """
    tokenizer, _ = _chinese_dictionary()
    if tokenizer.FREQ.get(text, 0) >= _MIN_CHINESE_FREQUENCY:
        return True
    words = tokenizer.lcut(text, HMM=False)
    return len(words) > 1 and all(
        len(w) > 1 and tokenizer.FREQ.get(w, 0) >= _MIN_CHINESE_FREQUENCY for w in words
    )


def is_name(word: str) -> bool:
    """jieba tags ``word`` as the name of an organisation (长城汽车) or a transliterated
    name (卡特彼勒).

    >>> is_name("长城汽车"), is_name("卡特彼勒"), is_name("熊猫")
    (True, True, False)
    """
    return _chinese_dictionary()[1].get(word) in ("nt", "nrt")


def chinese_frequency(word: str) -> int:
    """How often jieba's corpus has ``word`` as a word (0 when never).

    >>> chinese_frequency("化为") > 100, chinese_frequency("耐可")
    (True, 0)
    """
    frequency: int = _chinese_dictionary()[0].FREQ.get(word) or 0
    return frequency


def is_everyday_phrase(text: str) -> bool:
    """jieba's own dictionary reads ``text`` as two or more words, each very common
    (好 | 太太, 太平 | 鸟, 自然 | 堂): a phrase anyone may write."""
    tokenizer = _chinese_dictionary()[0]
    words = tokenizer.lcut(text)
    return len(words) > 1 and all(tokenizer.FREQ.get(w, 0) >= _COMMON_WORD for w in words)


def everyday_spans(run: str) -> list[tuple[int, int]]:
    """Where jieba's own dictionary, never given the marks, finds everyday words (two
    characters or more, seen often) in a run of Chinese characters."""
    tokenizer = _chinese_dictionary()[0]
    return [
        (start, end)
        for word, start, end in tokenizer.tokenize(run)
        if end - start > 1 and tokenizer.FREQ.get(word, 0) >= _MIN_CHINESE_FREQUENCY
    ]


@cache
def _chinese_dictionary() -> tuple[jieba.Tokenizer, dict[str, str]]:
    # A tokenizer of its own, never given the marks, so the counts are the dictionary's.
    posseg = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    posseg.tokenizer.check_initialized()
    tags: dict[str, str] = posseg.word_tag_tab
    return posseg.tokenizer, tags


@cache
def new_tokenizer(
    words: tuple[str, ...], products: frozenset[str] = frozenset()
) -> jieba.Tokenizer:
    """A jieba tokenizer that never splits ``words`` (the Chinese marks); one per set of
    marks, built once (loading jieba's dictionary takes a second).

    Every mark gets at least the count that makes it one word on its own. A dictionary
    word that is a mark with more characters after it hides the mark only when it is an
    everyday word of its own (苹果树, 三星堆, 小米粥: seen at least ``_MIN_CHINESE_FREQUENCY``
    times): a rare noun such as 劳力士表 or 耐克鞋 is the brand and its product, so it is
    dropped from this tokenizer and the mark falls on a word boundary. So is a rare name
    that is a mark and one of the ``products`` characters (天堂伞: 天堂's umbrella), but
    not other rare names (吉普赛, Gypsy, stays whole).
    """
    tokenizer = jieba.Tokenizer()
    tokenizer.check_initialized()
    for word in words:
        # A word the dictionary knows keeps its count, so its everyday compounds stay whole.
        suggested = tokenizer.suggest_freq(word)
        if tokenizer.FREQ.get(word, 0) < suggested:
            tokenizer.add_word(word, freq=suggested)
    marks = set(words)
    lengths = sorted({len(w) for w in marks})
    _, tags = _chinese_dictionary()
    rare_compounds = [
        compound
        for compound, frequency in tokenizer.FREQ.items()
        if 0 < frequency < _MIN_CHINESE_FREQUENCY
        and tags.get(compound) in ("n", "nz")
        and any(len(compound) > size and compound[:size] in marks for size in lengths)
    ]
    rare_compounds += [
        compound
        for compound, frequency in tokenizer.FREQ.items()
        if 0 < frequency < _MIN_CHINESE_FREQUENCY
        and tags.get(compound) == "nr"
        and (
            (compound[-1:] in products and compound[:-1] in marks)
            or any(
                len(compound) > size
                and compound[:size] in marks
                and _is_common_noun(compound[size:], tokenizer, tags)
                for size in lengths
            )
        )
    ]
    for compound in rare_compounds:
        tokenizer.del_word(compound)
    return tokenizer


def leads_with_noun(text: str) -> bool:
    """The first word of Chinese ``text`` is a noun of two characters or more (座椅 in
    座椅安全带, 目镜; not 安卓 or 长途), as jieba's dictionary tags it.

    >>> leads_with_noun("座椅安全带配件"), leads_with_noun("安卓手机"), leads_with_noun("长途自驾")
    (True, False, False)
    """
    tokenizer, tags = _chinese_dictionary()
    words = tokenizer.lcut(text)
    return bool(words) and len(words[0]) > 1 and tags.get(words[0]) in ("n", "nz")


def is_chinese_adjective(word: str) -> bool:
    """jieba's dictionary tags ``word`` as an adjective (舒适 "comfortable", 好奇 "curious";
    not 索尼): a word of its own, whatever Latin mark it also sounds like."""
    return _chinese_dictionary()[1].get(word) in ("a", "ad", "an")


def _is_common_noun(word: str, tokenizer: jieba.Tokenizer, tags: dict[str, str]) -> bool:
    """A noun of two characters or more seen often (咖啡 of 雀巢咖啡: a product after a
    mark, not the rest of a name such as 赛 of 吉普赛)."""
    return len(word) > 1 and tags.get(word) == "n" and tokenizer.FREQ.get(word, 0) >= _COMMON_NOUN


@cache
def pinyin_syllables() -> frozenset[str]:
    """The toneless pinyin syllables of the common Chinese characters (``anyascii``).

    >>> {"li", "ning", "xiao"} <= pinyin_syllables(), "gucci" in pinyin_syllables()
    (True, False)
    """
    readings = (anyascii(chr(code)).lower() for code in range(0x4E00, 0x9FA6))
    return frozenset(r for r in readings if re.fullmatch(r"[a-z]+", r))
