"""Which marks are also everyday words: ``apple``, ``channel``, 苹果.

English: the lower-case words of Webster's Second International Dictionary (1934, in the
public domain; the ``web2`` list of BSD's ``/usr/share/dict``, kept here as
``data/web2_words.txt.gz``). A word that was in a dictionary before most brands existed
is an everyday word; a coined brand (``gucci``, ``adidas``) is not in it.

Chinese: a common noun (tag ``n``) of jieba's own dictionary (MIT), seen often enough in
the corpus it was built from.
"""

from __future__ import annotations

import gzip
import logging
from functools import cache
from importlib import resources

import jieba
import jieba.posseg

# A Chinese word seen fewer times than this in jieba's corpus is not everyday.
_MIN_CHINESE_FREQUENCY = 10

jieba.setLogLevel(logging.WARNING)


@cache
def _dictionary() -> tuple[frozenset[str], frozenset[str]]:
    """web2's lower-case words, and all its words (names too) in lower case."""
    data = resources.files("sellerstar.radar").joinpath("data/web2_words.txt.gz").read_bytes()
    entries = gzip.decompress(data).decode("ascii").split()
    everyday = frozenset(w for w in entries if w.islower())
    return everyday, frozenset(w.lower() for w in entries)


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


def _known(word: str, words: frozenset[str]) -> bool:
    if word in words:
        return True
    return len(word) >= 4 and word.endswith("s") and word[:-1] in words


def is_chinese_word(word: str) -> bool:
    """``word`` is an everyday Chinese noun.

    >>> is_chinese_word("苹果"), is_chinese_word("耐克")
    (True, False)
    """
    tokenizer, tags = _chinese_dictionary()
    frequency: int = tokenizer.FREQ.get(word, 0)
    return frequency >= _MIN_CHINESE_FREQUENCY and tags.get(word) == "n"


def chinese_frequency(word: str) -> int:
    """How often jieba's corpus has ``word`` as a word (0 when never).

    >>> chinese_frequency("化为") > 100, chinese_frequency("耐可")
    (True, 0)
    """
    frequency: int = _chinese_dictionary()[0].FREQ.get(word) or 0
    return frequency


@cache
def _chinese_dictionary() -> tuple[jieba.Tokenizer, dict[str, str]]:
    # A tokenizer of its own, never given the marks, so the counts are the dictionary's.
    posseg = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    posseg.tokenizer.check_initialized()
    tags: dict[str, str] = posseg.word_tag_tab
    return posseg.tokenizer, tags


@cache
def new_tokenizer(words: tuple[str, ...]) -> jieba.Tokenizer:
    """A jieba tokenizer that knows ``words`` (the Chinese marks) as words; one per set
    of marks, built once (loading jieba's dictionary takes a second)."""
    tokenizer = jieba.Tokenizer()
    tokenizer.check_initialized()
    for word in words:
        # A word the dictionary knows keeps its count, so its compounds stay whole
        # (苹果醋, 三星堆); an unknown mark gets just enough to be one word (路易威登).
        if not tokenizer.FREQ.get(word):
            tokenizer.add_word(word, freq=tokenizer.suggest_freq(word))
    return tokenizer
