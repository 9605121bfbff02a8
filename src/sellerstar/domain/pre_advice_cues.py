"""Cross-language cues for the pre-advice model: a word's meaning, whatever its language.

Character n-grams carry a wording from one carrier to another in the same language, but
not from "angekündigt" to "voorgemeld" or "预报". The model therefore also sees, for each
concept (:mod:`sellerstar.domain.pre_advice_stems`) found in a text, one feature
``\\x02<concept>`` (so a language it has few texts of still shares what it learned from
the others). The lists are general
vocabulary of parcel tracking in the languages the platform's carriers write in (en, de,
fr, es, it, nl, pt, pl, cs, ro, tr, ru, uk, bg, sr, vi, id, fa, ar, zh, ja, ko), stems
matched at the start of a word (any position in Chinese, Japanese and Korean). They are
hints with learned weights, not rules: the model decides how much each counts. Each
pair of concepts found together is a feature as well (``\\x02pickup+failed``): a pickup
that failed is pre-advice in every language, one completed is not.

>>> [c for c in cues("sendungsdaten elektronisch übermittelt, noch nicht erhalten") if "+" not in c]
['\\x02data', '\\x02electronic', '\\x02not_yet', '\\x02transmitted']
>>> cues("快件已揽收"), cues("包裹等待揽收")
(['\\x02accepted'], ['\\x02awaiting', '\\x02awaiting+pickup', '\\x02pickup'])
"""

from __future__ import annotations

import re
from itertools import combinations

from sellerstar.domain.pre_advice_stems import CJK_STEMS, WORD_STEMS
from sellerstar.domain.pre_advice_stems import stems as _stems

CUE_PREFIX = "\x02"
PAIRS = True  # concept pairs as features too (see ``marked_cues``)


def _alternation(table: dict[str, tuple[str, ...]], boundary: str) -> re.Pattern[str]:
    # One named group per concept, in the table's order, longest stems first: at one
    # place the first concept that matches wins.
    parts = []
    for concept, stems in table.items():
        if not stems:
            continue  # an empty alternative would match everywhere
        body = "|".join(sorted((re.escape(s) for s in stems), key=len, reverse=True))
        parts.append(f"(?P<{concept}>{boundary}(?:{body}))")
    return re.compile("|".join(parts))


# Stems of several words need the text; one-word stems are matched per word (cached).
_PHRASE_TABLE = {c: tuple(s for s in stems if " " in s) for c, stems in WORD_STEMS.items()}
_PHRASES = _alternation(_PHRASE_TABLE, r"(?<!\w)")
_PHRASE_LIST = tuple(sorted({s for stems in _PHRASE_TABLE.values() for s in stems}))
_SINGLE = tuple(
    (concept, tuple(s for s in stems if " " not in s)) for concept, stems in WORD_STEMS.items()
)
_CJK_WORDS = _alternation(CJK_STEMS, "")
_HAS_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def stem_cues(clean: str) -> set[str]:
    """The concepts of the text's multi-word and CJK stems.

    ``re`` tries every alternative of a long alternation at every place, so a text's
    phrases are matched with the alternation of only the phrases it holds whole (a phrase
    starts after a non-word character, so its first run of word characters is one of the
    text's: that word picks the few phrases worth a substring test), and the CJK
    alternation runs only on texts with a CJK character.
    """
    found: set[str] = set()
    words = _PHRASE_FIRST_WORDS.keys() & set(_WORD.findall(clean))
    if words:
        present = frozenset(p for word in words for p in _PHRASE_FIRST_WORDS[word] if p in clean)
        if present:
            found.update(str(m.lastgroup) for m in _phrases_of(present).finditer(clean))
    if _HAS_CJK.search(clean):
        found.update(str(m.lastgroup) for m in _CJK_WORDS.finditer(clean))
    return found


_PHRASES_CACHE = 4_096
_phrases_by_set: dict[frozenset[str], re.Pattern[str]] = {}


def _phrases_of(present: frozenset[str]) -> re.Pattern[str]:
    """``_PHRASES`` without the phrases a text does not hold: those cannot match anywhere
    in it, so every match (and the concept that wins it) is the same, and ``re`` tries a
    few alternatives at each place instead of all of them."""
    pattern = _phrases_by_set.get(present)
    if pattern is None:
        table = {c: tuple(s for s in stems if s in present) for c, stems in _PHRASE_TABLE.items()}
        pattern = _alternation(table, r"(?<!\w)")
        if len(_phrases_by_set) < _PHRASES_CACHE:
            _phrases_by_set[present] = pattern
    return pattern


_TOKEN = re.compile(r"[\w'-]+")
_WORD = re.compile(r"\w+")
# a phrase's first word -> the phrases it starts
_PHRASE_FIRST_WORDS: dict[str, tuple[str, ...]] = {}
for _phrase in _PHRASE_LIST:
    _first = _WORD.findall(_phrase)[0]
    _PHRASE_FIRST_WORDS[_first] = (*_PHRASE_FIRST_WORDS.get(_first, ()), _phrase)
_TOKEN_CACHE = 100_000
_by_token: dict[str, str | None] = {}


def _token_cue(token: str) -> str | None:
    if token in _by_token:
        return _by_token[token]
    found = next((concept for concept, stems in _SINGLE if token.startswith(stems)), None)
    if len(_by_token) < _TOKEN_CACHE:
        _by_token[token] = found
    return found


# Words that deny what follows: "not collected", "nog niet ontvangen", "noch nicht
# abgeholt", "pas encore pris en charge" say the carrier does not have the parcel, so an
# acceptance or delivery within three words after one is a different concept.
_NEGATORS = frozenset(
    _stems(
        "not|no|never|nicht|kein|keine|noch|niet|geen|nog|pas|non|ne|nie|nu|ainda|aún|не|ни|"
        "không|chưa|tidak|belum|لم|لا"
    )
)
_NEGATED = {
    "accepted": "not_accepted",
    "delivered": "not_delivered",
    "sorted": "not_sorted",
    "completed": "not_completed",
    "ready": "not_ready",
}
_REACH = 3


NEGATOR = "\x00"  # a token's mark when it is a negator (see ``token_marks``)


def token_marks(word: str) -> tuple[str | None, ...]:
    """What each token of a word (no spaces) says: its concept, ``NEGATOR`` or None.

    The scorer caches this per word; :func:`marked_cues` puts a text's marks together.
    """
    return tuple(
        NEGATOR if token in _NEGATORS else _token_cue(token) for token in _TOKEN.findall(word)
    )


def marked_cues(marks: list[str | None], clean: str) -> list[str]:
    """The cues of a normalised text whose words' ``token_marks`` are ``marks``, in order."""
    found: set[str | None] = set()
    last_negator = -_REACH - 1
    for place, cue in enumerate(marks):
        if cue is NEGATOR:
            last_negator = place
            continue
        if cue in _NEGATED and place - last_negator <= _REACH:
            cue = _NEGATED[cue]
        found.add(cue)
    found.update(stem_cues(clean))
    names = sorted(name for name in found if name)
    # Pairs of concepts, whatever their order in the text: "pickup" with "failed" is
    # pre-advice in every language, "pickup" with "completed" or "pickup_point" is not.
    pairs = [f"{a}+{b}" for a, b in combinations(names, 2)] if PAIRS else []
    return sorted([CUE_PREFIX + name for name in names + pairs])


def cues(clean: str) -> list[str]:
    """The concept features of a normalised text, each once, sorted.

    >>> cues("collection shipment not collected")
    ['\\x02not_accepted', '\\x02not_accepted+pickup', '\\x02pickup']
    >>> cues("pakket nog niet ontvangen")
    ['\\x02not_accepted', '\\x02not_accepted+not_yet', '\\x02not_yet']
    """
    # Tokens never hold a space: the text's tokens are its words' tokens, in order.
    return marked_cues([mark for word in clean.split() for mark in token_marks(word)], clean)


# Carriers' own names, as texts write them. The model sees each as the word "carrier": a
# wording learned from one carrier ("sent to FedEx") then carries over to the others, and
# a carrier's name cannot stand in for the meaning of its texts.
_CARRIER_NAMES = _stems(
    "australia post|auspost|canada post|postes canada|royal mail|parcelforce|usps|ups|fedex|"
    "dhl|deutsche post|dpd|gls|hermes|evri|postnl|post nl|bpost|la poste|colissimo|"
    "chronopost|correos|poste italiane|ctt|postnord|inpost|poczta polska|česká pošta|"
    "ceska posta|tnt|aramex|yanwen|yunexpress|4px|cainiao|china post|ems|sf express|"
    "japan post|ninja van|ninjavan|delhivery|nz post|new zealand post|amazon|aliexpress|"
    "packlink|sendcloud|eurosender|colis privé|mondial relay|seur|nacex|brt|omniva|"
    "sameday|fan courier|cargus|yurtiçi|ptt|posti|an post|swiss post|die post|austrian post|"
    "österreichische post|planzer|helthjem|evri|printrove|shiprocket|lazada|shopee|qoo10|"
    "rakuten|coupang|yamato|sagawa|kuroneko"
)
_CARRIER_NAMES_CJK = _stems(
    "中国邮政|邮政|顺丰|中通|圆通|申通|韵达|百世|京东|极兔|菜鸟|日本郵便|ゆうパック|ヤマト|佐川|"
    "우체국|cj대한통운|대한통운|한진|롯데|로젠|쿠팡"
)
_CARRIERS = re.compile(
    "(?<!\\w)(?:"
    + "|".join(sorted(map(re.escape, set(_CARRIER_NAMES)), key=len, reverse=True))
    + ")(?!\\w)|"
    + "|".join(sorted(map(re.escape, _CARRIER_NAMES_CJK), key=len, reverse=True))
)
# A name matches only where the text's word (a run of \w) starting there is the name's
# first word: most texts hold none of these, and skip the regex.
_CARRIER_FIRST_WORDS = frozenset(_WORD.findall(name)[0] for name in _CARRIER_NAMES)


def mask_carriers(clean: str) -> str:
    """The normalised text with carriers' names as the word "carrier".

    >>> mask_carriers("shipment information sent to fedex, not yet at postnl")
    'shipment information sent to carrier, not yet at carrier'
    """
    if _CARRIER_FIRST_WORDS.isdisjoint(_WORD.findall(clean)) and not (
        _HAS_CJK.search(clean) and any(name in clean for name in _CARRIER_NAMES_CJK)
    ):
        return clean
    return _CARRIERS.sub("carrier", clean)
