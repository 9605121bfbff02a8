"""One keyword per product for search results (rulebook §5.2: `4.7 (27) "Fantastic service"`).

The keyword is the phrase the most reviews of the product say and the fewest other products'
reviews say (a class-based TF-IDF, the product being the class):

- **Candidates.** English and other space-separated text: 1 to ``max_words``-word n-grams
  inside one clause, not starting or ending with a stopword, counted lower-cased and shown
  in their most common original spelling with the first letter capitalised. Chinese: jieba's
  words of two or more characters and compounds of two adjacent words, neither of them a
  particle or stopword, a degree adverb allowed between them ("发货快", "质量过硬",
  "质量很好"). A phrase right after a negation ("not", "never", "不", "没有") is not a
  candidate, so "not good" never yields "Good".
- **Score.** The number of distinct reviews of the product containing the phrase, times
  ``log(1 + products / products whose reviews contain it)``: a phrase every product gets
  ("good") weighs less than one that sets this product apart.
- **Rule.** With two or more reviews, the phrase must be in at least two of them; with one
  review, its best phrase is taken. Ties: more words, then more characters, then the
  alphabetically first phrase.

Sentiment plays no part: the keyword says what buyers say most, next to a rating that already
says how they rate, and so it does not depend on the classifier's errors. docs/reviews-text.md
has the reasoning and examples.

>>> product_keywords([("p1", "Fantastic service, fast delivery"), ("p1", "Fantastic service!")])
{'p1': 'Fantastic service'}
"""

from __future__ import annotations

import functools
import logging
import math
import re
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import jieba
import numpy as np
from numpy.typing import NDArray

jieba.setLogLevel(logging.WARNING)

Ints = NDArray[np.int64]
Codes = NDArray[np.intc]


def _words(listed: str) -> frozenset[str]:
    """The words of a space-separated list (long word lists read best as text)."""
    return frozenset(listed.split())


_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RUN = re.compile(f"[{_HAN}]+")
# Kana belong to Japanese, which neither jieba nor the word n-grams read well: skipped.
_WORD = re.compile(rf"[^\W\d_{_HAN}\u3040-\u30ff](?:[^\W_{_HAN}\u3040-\u30ff]|['’-](?=\w))*")
_CLAUSE = re.compile(r"[^.,;:!?()\[\]{}\"“”/|\n…，。；：！？、（）【】《》]+")

_STOPWORDS = _words(
    # English
    "a about above after again all also am an and any are as at be because been before being "
    "below between both but by can could did do does doing don't down during each even ever "
    "every few for from further get got had has have having he her here hers him his how i "
    "i'm i've if in into is it it's its itself just let me more most much my myself no nor "
    "not now of off on once only or other our ours out over own quite rather really same she "
    "should so some such than that the their them then there these they this those through "
    "to too under until up us very was we we're were what when where which while who whom "
    "why will with would you your yours yet ok okay still already always never again one two "
    "three first second third lot lots bit thing things stuff item items order ordered "
    "received arrived get gets getting pcs pieces times time "
    # Spanish, Portuguese, French, German, Italian function words
    "el la los las un una unos unas de del y o que en con por para es son muy pero lo al se "
    "su sus mi mis le les des du et ou en est sont très mais pas ne au aux ce cette mon ma "
    "der die das den dem des ein eine einen und oder ist sind sehr aber nicht mit von zu im "
    "für auf o os as um uma do da dos das e em com é são muito mas não no na il lo gli di "
    "che per non ma molto è sono"
)
_NEGATORS = _words(
    "not no never don't doesn't didn't isn't wasn't aren't weren't won't can't couldn't "
    "wouldn't haven't hasn't hadn't without nothing nobody dont didnt nunca sin pas jamais "
    "sans nicht kein keine nie ohne não nao sem non mai"
)
_CHINESE_STOPWORDS = _words(
    "的 地 得 了 着 过 很 非常 特别 比较 挺 太 真 真的 超 超级 最 更 也 都 就 还 又 再 才 只 是 "
    "在 和 与 跟 及 以及 而且 并且 但是 但 不过 可是 可惜 所以 因为 如果 虽然 然后 还是 或者 我 "
    "我们 你 你们 您 他 她 它 他们 她们 大家 自己 这 那 这个 那个 这些 那些 这次 那次 这家 那家 "
    "这款 有 没 没有 不 别 无 未 吧 呢 啊 吗 呀 哦 嗯 啦 哈 哈哈 给 对 把 被 让 从 向 到 为 等 "
    "一个 一些 一下 一点 有点 有些 一直 已经 以后 之后 以前 之前 时候 什么 怎么 东西 还是 感觉 "
    "觉得 就是 可以 还可以 一样 个 件 次 点 些 们 下 上 里 中 后 前"
)
_DEGREE_ADVERBS = _words("很 非常 挺 特别 超 超级 真 比较 十分 相当 太")
_CHINESE_NEGATORS = _words(
    "不 没 没有 无 未 别 并不 从不 从没 毫无 不是 不太 不怎么 不是很 不够 不算 不大 不很 没什么 "
    "没那么 不那么 一点也不 一点都不"
)


@dataclass(frozen=True)
class _Phrase:
    key: str
    surface: str
    words: int


def product_keywords(rows: Iterable[tuple[str, str]], max_words: int = 3) -> dict[str, str]:
    """product_id → keyword, from (product_id, review text) rows, one row per review.

    Products whose reviews give no phrase that passes the rule are absent. Each phrase of
    each review is kept as two integers (product, phrase), not in a counter per product:
    a marketplace's millions of reviews fit in memory (issue 21).
    """
    if max_words < 1:
        raise ValueError("max_words must be at least 1")
    seen = _Seen()
    for product_id, text in rows:
        if text and text.strip():
            seen.add(product_id, _phrases(text, max_words))
    return seen.keywords()


class _Seen:
    """Every phrase of every review as integer codes, and what the rule needs of them."""

    def __init__(self) -> None:
        self.products: dict[str, int] = {}
        self.phrases: dict[tuple[str, str, int], int] = {}  # (key, surface, words)
        self.reviews: list[int] = []  # per product
        # Per phrase of a review, in the order seen: four bytes each, the biggest arrays.
        self.product = array("i")
        self.phrase = array("i")

    def add(self, product_id: str, found: tuple[_Phrase, ...]) -> None:
        product = self.products.setdefault(product_id, len(self.products))
        if product == len(self.reviews):
            self.reviews.append(1)
        else:
            self.reviews[product] += 1
        phrases = self.phrases
        codes = [phrases.setdefault((p.key, p.surface, p.words), len(phrases)) for p in found]
        self.phrase.extend(codes)
        self.product.extend([product] * len(codes))

    def keywords(self) -> dict[str, str]:
        keys: dict[str, int] = {}
        surfaces: dict[str, int] = {}
        triples = list(self.phrases)
        phrase = _ints(self.phrase)
        key = np.array([keys.setdefault(k, len(keys)) for k, _, _ in triples], np.intc)[phrase]
        surface = np.array([surfaces.setdefault(s, len(surfaces)) for _, s, _ in triples], np.intc)[
            phrase
        ]
        # A key's length in words is that of its latest phrase (Chinese: a word or a
        # compound may be spelt alike).
        words = np.zeros(len(keys), dtype=np.int64)
        latest = len(key) - 1 - np.unique(key[::-1], return_index=True)[1]
        words[key[latest]] = np.array([w for _, _, w in triples], np.int64)[phrase[latest]]
        product = _ints(self.product)
        chosen = self._chosen(product, key, list(keys), words)
        product_ids = list(self.products)
        spellings = _shown_spellings(product, surface, key == chosen[product], list(surfaces))
        return {
            product_ids[product]: spellings[product]
            for product in sorted(spellings, key=product_ids.__getitem__)
        }

    def _chosen(self, product: Codes, key: Codes, keys: list[str], words: Ints) -> Ints:
        """Each product's keyword code, -1 when none passes: the most distinctive phrase
        (count × log(1 + products / products saying it)) in at least ``needed`` reviews;
        ties to more words, more characters, then the alphabetically first."""
        count = len(keys)
        pairs, in_reviews = np.unique(product.astype(np.int64) * count + key, return_counts=True)
        product, key = np.divmod(pairs, max(count, 1))
        spread = np.bincount(key, minlength=count)
        reviews = np.array(self.reviews, dtype=np.int64)
        passing = in_reviews >= np.where(reviews[product] >= 2, 2, 1)
        product, key, in_reviews = product[passing], key[passing], in_reviews[passing]
        # Python's own log and division, as the rule is written: the same score to the bit.
        products = len(self.products)
        spreads, which = np.unique(spread[key], return_inverse=True)
        weight = np.array([math.log(1 + products / s) for s in spreads.tolist()], np.float64)
        score = -in_reviews.astype(np.float64) * weight[which]
        alphabetical = _ranks(keys)
        lengths = np.array([len(k) for k in keys], dtype=np.int64)
        order = np.lexsort((alphabetical[key], -lengths[key], -words[key], score, product))
        first = np.ones(len(order), dtype=bool)
        first[1:] = product[order][1:] != product[order][:-1]
        chosen = np.full(products, -1, dtype=np.int64)
        chosen[product[order][first]] = key[order][first]
        return chosen


def _shown_spellings(
    product: Codes, surface: Codes, of_keyword: NDArray[np.bool_], surfaces: list[str]
) -> dict[int, str]:
    """Each product's keyword in its most common spelling, first letter capitalised.

    Ties go to the spelling with the fewest capitals ("fast shipping" over "FAST shipping"),
    then to the alphabetically first.
    """
    count = max(len(surfaces), 1)
    pairs, times = np.unique(
        product[of_keyword].astype(np.int64) * count + surface[of_keyword], return_counts=True
    )
    owner, spelling = np.divmod(pairs, count)
    capitals = np.array([sum(c.isupper() for c in s) for s in surfaces], dtype=np.int64)
    order = np.lexsort((_ranks(surfaces)[spelling], capitals[spelling], -times, owner))
    first = np.ones(len(order), dtype=bool)
    first[1:] = owner[order][1:] != owner[order][:-1]
    shown = {}
    for at in order[first].tolist():
        text = surfaces[int(spelling[at])]
        shown[int(owner[at])] = text[:1].upper() + text[1:]
    return shown


def _ints(codes: array[int]) -> Codes:
    """The codes as numpy's, sharing their memory."""
    return np.frombuffer(codes, dtype=np.intc) if len(codes) else np.zeros(0, np.intc)


def _ranks(texts: list[str]) -> Ints:
    """Each text's place in alphabetical (code point) order."""
    ranks = np.empty(len(texts), dtype=np.int64)
    ranks[sorted(range(len(texts)), key=texts.__getitem__)] = np.arange(len(texts))
    return ranks


def forget_texts() -> None:
    """Drop the phrases kept of past texts (up to 200,000 texts' worth of memory)."""
    _phrases.cache_clear()


@functools.lru_cache(maxsize=200_000)
def _phrases(text: str, max_words: int) -> tuple[_Phrase, ...]:
    """The candidate phrases of one review, each once (a review counts a phrase once).

    Cached: the daily job computes many stat dates over mostly the same texts."""
    normal = unicodedata.normalize("NFKC", text).replace("’", "'")
    found: dict[str, _Phrase] = {}
    for clause in _CLAUSE.findall(normal):
        for part in re.split(f"([{_HAN}]+)", clause):
            if not part.strip():
                continue
            chosen = (
                _han_phrases(part) if _HAN_RUN.fullmatch(part) else _word_phrases(part, max_words)
            )
            for phrase in chosen:
                if phrase.words <= max_words:
                    found.setdefault(phrase.key, phrase)
    return tuple(found.values())


def _word_phrases(part: str, max_words: int) -> list[_Phrase]:
    words = _WORD.findall(part)
    lowered = [word.casefold() for word in words]
    phrases: list[_Phrase] = []
    for start in range(len(words)):
        if lowered[start] in _STOPWORDS or _negated(lowered, start):
            continue
        for end in range(start + 1, min(start + max_words, len(words)) + 1):
            if lowered[end - 1] in _STOPWORDS:
                continue
            if any(len(word) < 2 for word in lowered[start:end]):
                continue
            phrases.append(
                _Phrase(" ".join(lowered[start:end]), " ".join(words[start:end]), end - start)
            )
    return phrases


def _negated(lowered: list[str], start: int) -> bool:
    before = lowered[max(0, start - 2) : start]
    return any(word in _NEGATORS or word.endswith("n't") for word in before)


def _han_phrases(run: str) -> list[_Phrase]:
    tokens = list(_segmenter().cut(run, HMM=False))
    phrases: list[_Phrase] = []
    for at, token in enumerate(tokens):
        if token in _CHINESE_STOPWORDS or token in _CHINESE_NEGATORS:
            continue
        if _han_negated(tokens, at):
            continue
        if len(token) >= 2:
            phrases.append(_Phrase(token, token, 1))
        # A compound: the next word, or the one after a degree adverb ("质量很好").
        after = at + 1
        if after < len(tokens) and tokens[after] in _DEGREE_ADVERBS:
            after += 1
        following = tokens[after] if after < len(tokens) else ""
        if following and following not in _CHINESE_STOPWORDS | _CHINESE_NEGATORS:
            compound = "".join(tokens[at : after + 1])
            phrases.append(_Phrase(compound, compound, 2))
    return phrases


def _han_negated(tokens: list[str], at: int) -> bool:
    """Whether a negation stands before the token, with only particles between: 不太满意."""
    for before in reversed(tokens[:at]):
        if before in _CHINESE_NEGATORS:
            return True
        if before not in _CHINESE_STOPWORDS:
            return False
    return False


@cache
def _segmenter() -> jieba.Tokenizer:
    """A jieba tokenizer of our own (the global one is shared mutable state)."""
    tokenizer = jieba.Tokenizer()
    tokenizer.check_initialized()
    return tokenizer
