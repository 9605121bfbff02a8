"""The sentiment classifier's cue lexicon and the matcher that finds its cues in a text.

Finding cues, with each language's negation and contrast, is a job of its own: the model
turns the cues into features and shows them as evidence, and the tests check the matching
on small lexicons without training a model.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import ahocorasick

from sellerstar.reviews.sentiment_text import CLAUSE_END, NEGATORS, WORD, normalise, words

LEXICON_FILE = "sentiment_lexicon.csv"
# The lexicon (reviews/data/sentiment_lexicon.csv) gives the classifier prior knowledge
# that a corpus of a thousand texts cannot: each cue found adds one shared feature per
# polarity, so a rare word ("flawless", "偷工减料") weighs like the common ones. Cues of these
# languages are matched inside words (no spaces between words, or particles glued on).
_UNSPACED_LANGUAGES = frozenset({"zh", "ja", "ko", "ar", "th", "emoji"})
# Cues of these languages, when long enough to be a stem, match any ending ("satisfeito"
# finds "satisfeitos", "memnun" finds "memnunuz"): their words take endings English does not.
_INFLECTING_LANGUAGES = frozenset({"tr", "ru", "pt", "es", "it", "fr", "de"})
_STEM_LENGTH = 5
# Turkish negates a verb inside the word, right after its stem: beğen-me-dim.
_TURKISH_NEGATING_SUFFIXES = ("ma", "me")
# Negators of the spaced languages, looked for in the three words before a cue.
_LEXICON_NEGATORS = NEGATORS | words(
    "no nunca nada sin pas ne jamais sans nicht kein keine keinen keiner nie ohne não nao sem "
    "non mai senza не нет без ни لا ليس لست لم لن غير بدون không chẳng chả chưa ko"
)
# Turkish negates after the word: "iyi değil" (not good), "memnun değilim".
_POSTFIX_NEGATORS = words("değil değilim değildi değiller degil")
# A negated verb of expectation keeps its negation to itself: "didn't expect such good
# quality", "没想到这么好" praise; the cue after it is not negated.
_SCOPE_ENDS = words("expect expected expecting think thought imagine believe know 想到 想")
# Characters that negate the CJK cue they stand (up to two characters) before: 不太满意.
_CJK_NEGATORS = frozenset("不没沒无無未")
# Words that start with one of those characters and negate nothing: 不过 ("but"), 不仅.
_CJK_NOT_NEGATING = words("不过 不仅 不但 不管 不少 不断 无论")
# Thai writes no spaces either; ไม่ ("not") stands before what it negates: ไม่ค่อยพอใจ.
_THAI_NEGATOR = "ไม่"
# What follows one of these usually carries the verdict: "good price but broken".
_CONTRAST = re.compile(
    r"\b(?:but|however|yet|pero|mais|aber|leider|mas|porém|ma|però|но|однако|ama|fakat)\b"
    r"|\bnhưng\b|但是|但|可惜|不过|就是|لكن|けど|が、|지만|는데|แต่"
)
_POLARITY_CODES = {"positive": "+", "negative": "-", "neutral": "0"}


@dataclass(frozen=True)
class Cue:
    """A lexicon cue found in a text: its feature (polarity, negated, after a contrast)."""

    feature: str
    surface: str


class Lexicon:
    """Finds the cues of the lexicon in a normalised text, leftmost longest first."""

    def __init__(self, rows: Iterable[tuple[str, str, str]]):
        self._polarity: dict[str, str] = {}
        self._turkish: set[str] = set()
        self._automaton = ahocorasick.Automaton()
        for cue, polarity, language in rows:
            prefix = cue.endswith("*")
            word = normalise(cue.removesuffix("*"))
            if not word or word in self._polarity:
                continue
            self._polarity[word] = _POLARITY_CODES[polarity]
            if language == "tr":
                self._turkish.add(word)
            prefix = prefix or (language in _INFLECTING_LANGUAGES and len(word) >= _STEM_LENGTH)
            bounded = language not in _UNSPACED_LANGUAGES
            self._automaton.add_word(word, (word, bounded, prefix))
        self._automaton.make_automaton()

    def _matches(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, cue) of the cues in text: leftmost first, then longest, no overlap."""
        if not self._polarity:
            return []
        candidates = []
        for last, (word, bounded, prefix) in self._automaton.iter(text):
            start, end = last + 1 - len(word), last + 1
            if bounded:
                if start > 0 and _is_word_char(text[start - 1]):
                    continue
                if prefix:
                    while end < len(text) and _is_word_char(text[end]):
                        end += 1
                elif end < len(text) and _is_word_char(text[end]):
                    continue
            candidates.append((start, -(end - start), end, word))
        chosen: list[tuple[int, int, str]] = []
        for start, _, end, word in sorted(candidates):
            if not chosen or start >= chosen[-1][1]:
                chosen.append((start, end, word))
        return chosen

    def cues(self, text: str) -> list[Cue]:
        found: list[Cue] = []
        previous_end = 0
        for start, end, word in self._matches(text):
            clause_start = max((m.end() for m in CLAUSE_END.finditer(text, 0, start)), default=0)
            # A negator belonging to the cue before ("不错" in "不错好") negates nothing.
            before = text[max(clause_start, previous_end) : start]
            previous_end = end
            # A cue that holds its own negation ("nada mal", "pas mal") is not turned again
            # by the one before it: "no está nada mal" praises.
            own = any(part in _LEXICON_NEGATORS for part in word.split())
            negator = None if own else self._negator(before, word)
            postfix = self._postfix_negator(text, end)
            if word in self._turkish and text[start + len(word) : end].startswith(
                _TURKISH_NEGATING_SUFFIXES
            ):
                postfix = ""
            negated = negator is not None or postfix is not None
            feature = ("not" if negated else "") + self._polarity[word]
            surface = f"{negator or ''}{text[start:end]}{postfix or ''}"
            found.append(Cue(feature, surface))
            if _CONTRAST.search(text, 0, start) is not None:
                found.append(Cue("but" + feature, surface))
        return found

    @staticmethod
    def _postfix_negator(text: str, end: int) -> str | None:
        """The words after a cue up to a negator that follows it ("iyi de değil"), or None."""
        if end < len(text) and _is_word_char(text[end]):
            return None
        clause = CLAUSE_END.search(text, end)
        words = WORD.findall(text, end, clause.start() if clause else len(text))[:2]
        for at, candidate in enumerate(words):
            if candidate in _POSTFIX_NEGATORS:
                return " " + " ".join(words[: at + 1])
        return None

    @staticmethod
    def _negator(before: str, word: str) -> str | None:
        """The negating words before a cue, as shown in evidence, or None."""
        if "\u0e00" <= word[:1] <= "\u0e7f":
            at = before.rfind(_THAI_NEGATOR, max(0, len(before) - 8))
            return before[at:] if at >= 0 else None
        if word[:1] >= "\u2e80":  # CJK, kana, hangul: a negating character just before
            window = before[-5:]
            for at, char in enumerate(window):
                if char in _CJK_NEGATORS and window[at : at + 2] not in _CJK_NOT_NEGATING:
                    return window[at:]
            return None
        words = WORD.findall(before)[-3:]
        for at, candidate in enumerate(words):
            if candidate in _LEXICON_NEGATORS or candidate.endswith("n't"):
                if _SCOPE_ENDS.intersection(words[at + 1 :]):
                    return None
                return " ".join(words[at:]) + " "
        return None


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_'"


def read_lexicon(data: str) -> Lexicon:
    """A lexicon from CSV text with the columns cue, polarity, language."""
    rows = [
        (row["cue"], row["polarity"], row["language"]) for row in csv.DictReader(io.StringIO(data))
    ]
    return Lexicon(rows)


@cache
def load_lexicon() -> Lexicon:
    """The cue lexicon shipped as package data."""
    return read_lexicon(
        files("sellerstar.reviews").joinpath("data", LEXICON_FILE).read_text("utf-8")
    )
