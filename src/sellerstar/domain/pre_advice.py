"""Is a tracking event pre-advice (label created, no parcel yet) or a real scan?

Rulebook §1.2 counts a shipment as tracked from its second event because the first is
usually pre-advice; §1.4 approves a single-event appeal only when that event is not
pre-advice. The decision, first match wins (``Verdict.rule`` names what decided):

1. ``known_text``: the text is one of the carriers' known pre-advice texts
   (:mod:`sellerstar.domain.pre_advice_texts`, the rulebook's examples among them),
   whatever the status says - a known pre-advice text is never judged a real scan, even
   when a feed files it under a physical status.
2. ``status``: the source's normalised status, when it has one: ``info_received``
   (17TRACK / AfterShip ``InfoReceived`` and its sub-statuses, Kuaidi100 101 已下单 /
   102 待揽收) is pre-advice; a physical status (``in_transit``, ``out_for_delivery``,
   ``available_for_pickup``, ``delivered``, ``attempt_fail`` and the sources' spellings of
   them) is not. Other statuses (``exception``, ``expired``, ``not_found``, unknown) leave
   it to the text.
3. ``labelled_text``: the text (normalised as the model does) is one of the labelled
   corpus's texts the shipped model was trained on: its label decides.
4. ``text:<rule>``: a hand-written pre-advice wording (:data:`TEXT_RULES`).
5. ``model:<n-grams>``: the learned model (:mod:`sellerstar.domain.pre_advice_model`, a
   linear model over character and word n-grams trained on the labelled corpus) decides
   the rest; the rule names the n-grams that weighed most toward its verdict.
6. ``no_text``: an empty text without a deciding status is taken for a real scan.

>>> classify("ups", "Shipper created a label, UPS has not received the package yet.")
Verdict(pre_advice=True, rule='known_text', uncertain=False)
>>> classify("fedex", "Picked up", status="info_received")
Verdict(pre_advice=True, rule='status', uncertain=False)
>>> classify("usps", "Accepted at USPS Origin Facility").pre_advice
False
>>> classify(None, "包裹正在等待揽收").pre_advice
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from sellerstar.domain import pre_advice_model
from sellerstar.domain.pre_advice_model import Model
from sellerstar.domain.pre_advice_texts import PRE_ADVICE_TEXTS

KNOWN_TEXT = "known_text"
STATUS = "status"
NO_TEXT = "no_text"
LABELLED_TEXT = "labelled_text"
MODEL = "model"
EVIDENCE = 3  # n-grams named in a model verdict's rule

# Source statuses, compared without case, spaces, "_" or "-".
_PRE_ADVICE_STATUSES = frozenset({"inforeceived", "pretransit", "101", "102"})
_PHYSICAL_STATUSES = frozenset(
    {
        "intransit",
        "outfordelivery",
        "availableforpickup",
        "delivered",
        "attemptfail",
        "deliveryfailure",
        "103",  # Kuaidi100 已揽收
    }
)


@dataclass(frozen=True)
class Verdict:
    """The decision and the rule that made it (see the module docstring).

    ``uncertain``: the model judged the text a real scan, but inside its review band
    (:class:`~sellerstar.domain.pre_advice_model.Score`): good enough for a page, not for
    passing an appeal without a person reading it.
    """

    pre_advice: bool
    rule: str
    uncertain: bool = False


class TextRule(NamedTuple):
    name: str
    pattern: re.Pattern[str]
    carrier: str | None  # None = any carrier
    # Literals of which the (case-folded) text holds at least one whenever the pattern
    # matches: ``in`` finds the few rules worth a regex search (a test checks them).
    needs: tuple[str, ...]


def _rule(name: str, pattern: str, needs: str, carrier: str | None = None) -> TextRule:
    return TextRule(name, re.compile(pattern, re.IGNORECASE), carrier, tuple(needs.split("|")))


# Each rule names what the sender or carrier says instead of a scan: a label, shipment
# data received electronically, an expected or announced parcel, a pickup still to come.
TEXT_RULES: tuple[TextRule, ...] = (
    _rule("label_created", r"\b(shipping )?(label|lbl) (has been )?created\b", "created"),
    _rule("pre_shipment", r"\bpre-?shipment\b", "shipment"),
    _rule("awaiting_item", r"\bawait(s|ing) item\b", "await"),
    _rule(
        "not_yet_received",
        r"\b(has|have) not (yet )?received\b|not yet in (the )?system\b"
        r"|not yet (at|with) (postnl|the carrier)\b",
        "received|not yet",
    ),
    _rule(
        "information_received",
        r"\b(info|information|data|details)\s+(has been |was )?"
        r"(received|sent|submitted|transmitted|approved)\b",
        "info|data|details",
    ),
    _rule(
        "electronic_information",
        r"\belectronic (shipping )?(info|information|data|notif)",
        "electronic",
    ),
    _rule("pre_advised", r"\bpre-?advi(sed|ce)\b", "advi"),
    _rule("about_to_pick_up", r"\babout to (be )?pick(ed)? up\b", "about to"),
    _rule("record_created", r"\b(record|shipment|order) (was |has been )?created\b", "created"),
    _rule("preparing_shipment", r"\bpreparing (the )?shipment\b", "preparing"),
    _rule("shipment_expected", r"\b(we'?re|we are) expecting it\b|\bexpected, not yet\b", "expect"),
    _rule("sender_preparing", r"\bsender (preparing|despatching|dispatching)\b", "sender"),
    _rule("despatched_to_royal_mail", r"\bdespatched to royal mail\b", "despatched"),
    _rule("royalmail_advised", r"^advised$", "advised", carrier="royalmail"),
    _rule("ups_order_processed", r"\border processed\b", "order processed", carrier="ups"),
    _rule("ups_in_transit_to_ups", r"\bin transit to (a )?ups\b", "in transit to"),
    # German (DHL, Deutsche Post, aggregators).
    _rule(
        "de_announced",
        r"elektronisch (angekündigt|übermittelt)|elektronische benachrichtigung",
        "elektronisch",
    ),
    _rule("de_order_data", r"\bauftragsdaten\b", "auftragsdaten"),
    _rule(
        "de_pickup_pending",
        r"\babholauftrag\b|nicht abgeholt werden|soll abgeholt werden",
        "abholauftrag|abgeholt werden",
    ),
    _rule("de_information_received", r"\binformationen (empfangen|erhalten)\b", "informationen"),
    # French (La Poste / Colissimo: "ready to be shipped, not yet taken in by La Poste").
    _rule(
        "fr_not_yet_with_carrier",
        r"pas encore (été )?pris en charge|prêt à être expédié",
        "pas encore|prêt à être",
    ),
    # Chinese.
    _rule("zh_order_placed", r"已下单", "已下单"),
    _rule("zh_awaiting_pickup", r"(待|等待|未)揽(收|件)|揽收前|未去取件", "揽|未去取件"),
    _rule("zh_notifying_courier", r"通知快递公司揽件", "通知快递公司揽件"),
    _rule(
        "zh_electronic_information", r"电子信息已(收到|接收)|信息已录入", "电子信息已|信息已录入"
    ),
)


def _normalise(text: str) -> str:
    # Case, width, spacing and closing punctuation vary between feeds, not the meaning.
    return _settle(pre_advice_model.fold(text))


def _settle(folded: str) -> str:
    return " ".join(folded.split()).strip(" .。!！")


_KNOWN = frozenset(_normalise(t) for known in PRE_ADVICE_TEXTS.values() for t in known.texts)


def _status_key(status: str) -> str:
    return re.sub(r"[\s_\-]", "", status).casefold()


def _status_verdict(status: str | None) -> bool | None:
    if not status:
        return None
    key = _status_key(status)
    # 17TRACK / AfterShip sub-statuses ("InfoReceived_001", "InTransit_PickedUp") count as
    # their main status.
    for main in _PRE_ADVICE_STATUSES:
        if key.startswith(main):
            return True
    for main in _PHYSICAL_STATUSES:
        if key.startswith(main):
            return False
    return None


def is_known_text(description: str) -> bool:
    """Whether the text is one of the known pre-advice texts (exact, see ``_normalise``)."""
    return _normalise(description) in _KNOWN


def status_verdict(status: str | None) -> bool | None:
    """What a source's normalised status says: pre-advice, real, or nothing (None)."""
    return _status_verdict(status)


def text_rule(carrier: str | None, description: str) -> str | None:
    """The name of the first hand-written rule the text matches, if any."""
    return _settled_text_rule((carrier or "").strip().lower(), _normalise(description))


# A rule's literals without a space occur inside one word of the text: which rules a word
# can start is cached per word (texts share most words); literals with a space are
# looked for in the text.
_SPACED = tuple(
    (index, literal)
    for index, rule in enumerate(TEXT_RULES)
    for literal in rule.needs
    if " " in literal
)
_UNSPACED = tuple(
    (index, literal)
    for index, rule in enumerate(TEXT_RULES)
    for literal in rule.needs
    if " " not in literal
)
_WORD_RULES_CACHE = 100_000
_word_rules: dict[str, frozenset[int]] = {}


def _rules_of_word(word: str) -> frozenset[int]:
    found = _word_rules.get(word)
    if found is None:
        found = frozenset(index for index, literal in _UNSPACED if literal in word)
        if len(_word_rules) < _WORD_RULES_CACHE:
            _word_rules[word] = found
    return found


def _settled_text_rule(code: str, text: str) -> str | None:
    # Most texts hold none of a rule's literals: only the rules whose literals occur get
    # a regex search, in the rules' order.
    candidates: set[int] = set()
    for word in text.split(" "):
        candidates.update(_rules_of_word(word))
    candidates.update(index for index, literal in _SPACED if literal in text)
    for index in sorted(candidates):
        rule = TEXT_RULES[index]
        if (rule.carrier is None or rule.carrier == code) and rule.pattern.search(text):
            return rule.name
    return None


def model_verdict(description: str, model: Model | None = None) -> Verdict:
    """The learned model's verdict on the text alone, with its strongest n-grams."""
    if not _normalise(description):
        return Verdict(False, NO_TEXT)
    clean = pre_advice_model.normalise(description)
    return _model_verdict(clean, model or pre_advice_model.shipped())


def _model_verdict(clean: str, model: Model) -> Verdict:
    score = model.score_form(clean, EVIDENCE)
    shown = "; ".join([pre_advice_model.shown(gram) for gram in score.evidence])
    return Verdict(score.pre_advice, f"{MODEL}:{shown}", score.uncertain)


def _text_verdict(code: str, description: str, model: Model | None) -> Verdict:
    # Everything after the status: the labelled corpus, the hand-written rules, the model.
    model = model or pre_advice_model.shipped()
    folded = pre_advice_model.fold(description)
    clean = pre_advice_model.form(folded)
    labelled = model.labelled_form(clean)
    if labelled is not None:
        return Verdict(labelled, LABELLED_TEXT)
    settled = _settle(folded)
    rule = _settled_text_rule(code, settled)
    if rule is not None:
        return Verdict(True, f"text:{rule}")
    if not settled:
        return Verdict(False, NO_TEXT)
    return _model_verdict(clean, model)


@lru_cache(maxsize=65_536)
def _shipped_text_verdict(code: str, description: str) -> Verdict:
    # Feeds repeat the same wordings: each distinct (carrier, text) is judged once.
    return _text_verdict(code, description, None)


def classify(
    carrier: str | None,
    description: str,
    status: str | None = None,
    *,
    model: Model | None = None,
) -> Verdict:
    """Whether an event is pre-advice, and which rule decided (see the module docstring).

    ``model`` replaces the shipped one (the benchmark passes models fitted without the
    carriers or languages it holds out).

    >>> classify("royalmail", "We've got it").pre_advice
    False
    >>> classify("zto", "【广州嘉禾】 已揽收", status="in_transit")
    Verdict(pre_advice=False, rule='status', uncertain=False)
    >>> classify("dhl", "")
    Verdict(pre_advice=False, rule='no_text', uncertain=False)
    """
    if is_known_text(description):
        return Verdict(True, KNOWN_TEXT)
    by_status = _status_verdict(status)
    if by_status is not None:
        return Verdict(by_status, STATUS)
    code = (carrier or "").strip().lower()
    if model is None:
        return _shipped_text_verdict(code, description)
    return _text_verdict(code, description, model)


def classify_many(
    events: Iterable[tuple[str | None, str, str | None]], *, model: Model | None = None
) -> list[Verdict]:
    """``classify`` over a batch of ``(carrier, description, status)``; each distinct
    event is decided once (a day of feed events repeats a few thousand wordings).

    >>> [v.pre_advice for v in classify_many([("ups", "Origin Scan", None)] * 2)]
    [False, False]
    """
    decided: dict[tuple[str | None, str, str | None], Verdict] = {}
    verdicts: list[Verdict] = []
    for event in events:
        verdict = decided.get(event)
        if verdict is None:
            verdict = decided[event] = classify(*event, model=model)
        verdicts.append(verdict)
    return verdicts


def is_pre_advice(carrier: str | None, description: str, status: str | None = None) -> bool:
    """``classify(...).pre_advice``.

    >>> is_pre_advice("usps", "Pre-Shipment Info Sent to USPS, USPS Awaiting Item")
    True
    """
    return classify(carrier, description, status).pre_advice


__all__: Sequence[str] = (
    "KNOWN_TEXT",
    "LABELLED_TEXT",
    "MODEL",
    "NO_TEXT",
    "STATUS",
    "TEXT_RULES",
    "Verdict",
    "classify",
    "classify_many",
    "is_known_text",
    "is_pre_advice",
    "model_verdict",
    "status_verdict",
    "text_rule",
)
