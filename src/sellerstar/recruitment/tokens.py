"""Words of recruitment texts (skills, experience, duties) for BM25, in Chinese and English.

Latin words are case-folded, with ``+``/``#``/``.`` kept inside a word (C++, C#, Node.js);
Chinese runs are cut with jieba in search mode, so a compound skill ("数据分析") also
yields its parts ("数据", "分析") and a talent who wrote "分析店铺数据" still matches. Single
Chinese characters and one-letter words carry little meaning and are dropped, as are a few
function words.

>>> tokens("Google Ads；数据分析 and SQL")
['google', 'ads', '数据', '分析', '数据分析', 'sql']
"""

from __future__ import annotations

import logging
import re
from functools import cache

import jieba

jieba.setLogLevel(logging.WARNING)

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_LATIN = rf"[^\W{_HAN}]"
_PIECE = re.compile(rf"[{_HAN}]+|[^\W_{_HAN}](?:(?:{_LATIN}|[+#.])*(?:{_LATIN}|[+#]))?")
_HAN_RUN = re.compile(f"^[{_HAN}]+$")
_STOPWORD_TEXT = (
    "a an and the of to in on for with by or at as is are be from our we you your "
    "的 了 和 与 及 或 在 并 等 负责 熟悉 能够 进行 相关 工作"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@cache
def _segmenter() -> jieba.Tokenizer:
    # One tokenizer of its own, so other modules' dictionaries never change its cuts.
    return jieba.Tokenizer()


def tokens(text: str | None) -> list[str]:
    """The words of ``text`` in order (repeats kept: BM25 counts them)."""
    if not text:
        return []
    found: list[str] = []
    for piece in _PIECE.findall(text.casefold()):
        if _HAN_RUN.match(piece):
            found.extend(
                word
                for word in _segmenter().cut_for_search(piece)
                if len(word) > 1 and word not in _STOPWORDS
            )
        elif len(piece) > 1 and piece not in _STOPWORDS:
            found.append(piece)
    return found


__all__ = ["tokens"]
