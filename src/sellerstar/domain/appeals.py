"""Tracking appeals (rulebook §1.3–§1.4): the workflow, the filing window, the pre-check.

Pure standard library: the rule numbers arrive as :class:`AppealRules`, time as the
``today`` / ``now`` the caller passes in.

>>> rules = AppealRules(first_disclosure_after_ship_days=22, window_days=7, review_sla_days=7,
...                     data_lag_days=2, min_backend_events=2, third_party_min_events=2,
...                     third_party_min_real_events=1)
>>> window = filing_window(dt.date(2022, 10, 20), rules)
>>> window.opens, window.closes
(datetime.date(2022, 11, 13), datetime.date(2022, 11, 19))

In the launch period nothing is disclosed before the metric is first shown (rulebook §1.4
decision): with the first stat date 2022-11-09, an order shipped 2022-10-06 is first
disclosed on it and gets its whole window from view date 2022-11-11.

>>> launch = AppealRules(22, 7, 7, 2, 2, 2, 1, first_disclosure_from=dt.date(2022, 11, 9))
>>> window = filing_window(dt.date(2022, 10, 6), launch)
>>> window.opens, window.closes
(datetime.date(2022, 11, 11), datetime.date(2022, 11, 17))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sellerstar.domain.pre_advice import classify


class AppealState(StrEnum):
    """Where an appeal stands; the metric reads every undecided state (``pending``,
    ``supplement_requested``) as passing, shown failing."""

    PENDING = "pending"
    SUPPLEMENT_REQUESTED = "supplement_requested"
    APPROVED = "approved"
    REJECTED = "rejected"


UNDECIDED: frozenset[AppealState] = frozenset(
    {AppealState.PENDING, AppealState.SUPPLEMENT_REQUESTED}
)
"""States still under review: the order counts as passing and is shown failing (§1.3)."""


class AppealEvent(StrEnum):
    """What can happen to an appeal."""

    FILE = "file"
    REQUEST_SUPPLEMENT = "request_supplement"
    SUPPLY = "supply"
    APPROVE = "approve"
    REJECT = "reject"


# Filing puts the appeal straight into the queue: the evidence comes with the filing, so
# there is no draft to keep. An operator may ask for more material (seed FAQ 8) instead of
# deciding; the merchant's material puts the appeal back in the queue. Once the material's
# deadline has passed without any, the operator decides on what there is (the service
# checks the date: the table knows no time). A decision is final (a rejected shipment may
# be re-uploaded).
TRANSITIONS: dict[tuple[AppealState | None, AppealEvent], AppealState] = {
    (None, AppealEvent.FILE): AppealState.PENDING,
    (AppealState.PENDING, AppealEvent.APPROVE): AppealState.APPROVED,
    (AppealState.PENDING, AppealEvent.REJECT): AppealState.REJECTED,
    (AppealState.PENDING, AppealEvent.REQUEST_SUPPLEMENT): AppealState.SUPPLEMENT_REQUESTED,
    (AppealState.SUPPLEMENT_REQUESTED, AppealEvent.SUPPLY): AppealState.PENDING,
    (AppealState.SUPPLEMENT_REQUESTED, AppealEvent.APPROVE): AppealState.APPROVED,
    (AppealState.SUPPLEMENT_REQUESTED, AppealEvent.REJECT): AppealState.REJECTED,
}


class TransitionRefused(ValueError):
    """The event is not possible in the appeal's state."""

    def __init__(self, state: AppealState | None, event: AppealEvent) -> None:
        self.state = state
        self.event = event
        super().__init__(f"cannot {event.value} an appeal that is {state or 'not filed'}")


def transition(state: AppealState | None, event: AppealEvent) -> AppealState:
    """The state after ``event``.

    >>> transition(AppealState.PENDING, AppealEvent.APPROVE)
    <AppealState.APPROVED: 'approved'>
    """
    try:
        return TRANSITIONS[(state, event)]
    except KeyError:
        raise TransitionRefused(state, event) from None


@dataclass(frozen=True)
class AppealRules:
    """The rule numbers the appeal rules need (from the rule-set in force)."""

    first_disclosure_after_ship_days: int
    window_days: int
    review_sla_days: int
    data_lag_days: int
    min_backend_events: int
    third_party_min_events: int
    third_party_min_real_events: int
    # First stat date the metric is in force (rule-set); None: no launch period to apply.
    first_disclosure_from: dt.date | None = None


@dataclass(frozen=True)
class FilingWindow:
    """The view dates (platform time zone) on which an appeal may be filed, both included."""

    opens: dt.date
    closes: dt.date

    def contains(self, today: dt.date) -> bool:
        return self.opens <= today <= self.closes


def first_disclosure(ship_date: dt.date, rules: AppealRules) -> dt.date:
    """The stat date an order's real status is first disclosed on: ship date + N, but never
    before the metric is first shown (rulebook §1.4, launch-period decision).

    >>> rules = AppealRules(22, 7, 7, 2, 2, 2, 1, first_disclosure_from=dt.date(2022, 11, 9))
    >>> [first_disclosure(dt.date(2022, 10, day), rules) for day in (17, 18, 19)]
    [datetime.date(2022, 11, 9), datetime.date(2022, 11, 9), datetime.date(2022, 11, 10)]
    """
    natural = ship_date + dt.timedelta(days=rules.first_disclosure_after_ship_days)
    if rules.first_disclosure_from is not None and natural < rules.first_disclosure_from:
        return rules.first_disclosure_from
    return natural


def filing_window(ship_date: dt.date, rules: AppealRules) -> FilingWindow:
    """First disclosure (:func:`first_disclosure`) is a stat date, seen on view date + lag;
    the window is that view date and the following ``window_days - 1`` days (rulebook §1.4
    decision)."""
    opens = first_disclosure(ship_date, rules) + dt.timedelta(days=rules.data_lag_days)
    return FilingWindow(opens, opens + dt.timedelta(days=rules.window_days - 1))


@dataclass(frozen=True)
class ShipmentFacts:
    """What filing needs to know about the appealed shipment and its order."""

    trade_assurance: bool
    in_scope: bool  # export mode, transport, destination, trade term, status (§1.1)
    ship_date: dt.date | None
    exempt: bool  # launch or newest-days exemption on the merchant's newest stat date
    current: bool  # not replaced by a re-uploaded proof
    passing: bool  # has the platform events it needs
    already_appealed: bool


# Refusal codes, in the order they are checked; the pages say each in words.
REFUSALS: tuple[str, ...] = (
    "not_trade_assurance",
    "not_in_scope",
    "not_shipped",
    "replaced",
    "exempt",
    "passing",
    "already_appealed",
    "window_not_open",
    "window_closed",
)


def filing_refusal(facts: ShipmentFacts, today: dt.date, rules: AppealRules) -> str | None:
    """Why this shipment cannot be appealed today, or None when it can."""
    if not facts.trade_assurance:
        return "not_trade_assurance"
    if not facts.in_scope:
        return "not_in_scope"
    if facts.ship_date is None:
        return "not_shipped"
    if not facts.current:
        return "replaced"
    if facts.exempt:
        return "exempt"
    if facts.passing:
        return "passing"
    if facts.already_appealed:
        return "already_appealed"
    window = filing_window(facts.ship_date, rules)
    if today < window.opens:
        return "window_not_open"
    if today > window.closes:
        return "window_closed"
    return None


def review_due(submitted: dt.date, rules: AppealRules) -> dt.date:
    """The last day the platform has to decide (7 calendar days, the filing day first)."""
    return submitted + dt.timedelta(days=rules.review_sla_days - 1)


def supplement_deadline(requested: dt.date, days: int) -> dt.date:
    """The last day the merchant may add material: ``days`` calendar days, the request's
    day first.

    >>> supplement_deadline(dt.date(2022, 12, 6), 3)
    datetime.date(2022, 12, 8)
    """
    return requested + dt.timedelta(days=days - 1)


def review_due_resumed(due_on: dt.date, requested: dt.date, resumed: dt.date) -> dt.date:
    """The review's due date once the clock runs again: it stopped on the day material was
    requested and runs again on ``resumed`` (the day the material arrived, or the day after
    the material's deadline), so the due date moves by the days waited.

    >>> review_due_resumed(dt.date(2022, 12, 12), dt.date(2022, 12, 7), dt.date(2022, 12, 9))
    datetime.date(2022, 12, 14)
    >>> review_due_resumed(dt.date(2022, 12, 12), dt.date(2022, 12, 7), dt.date(2022, 12, 7))
    datetime.date(2022, 12, 12)
    """
    return due_on + max(resumed - requested, dt.timedelta(0))


def awaiting_material(deadline: dt.date | None, today: dt.date) -> bool:
    """Whether a ``supplement_requested`` appeal still waits for the merchant: until the
    deadline's end; after it the operator decides on what there is.

    >>> awaiting_material(dt.date(2022, 12, 8), dt.date(2022, 12, 8))
    True
    >>> awaiting_material(dt.date(2022, 12, 8), dt.date(2022, 12, 9))
    False
    """
    return deadline is not None and today <= deadline


@dataclass(frozen=True)
class EventFact:
    """One tracking event as the pre-check sees it. ``uncertain``: judged a real scan by
    the learned model inside its review band (:mod:`sellerstar.domain.pre_advice`), so
    not enough, alone, for an automatic approval."""

    description: str
    status: str | None
    pre_advice: bool
    uncertain: bool = False


def judged_event(carrier: str | None, description: str, status: str | None) -> EventFact:
    """An event with the pre-advice classifier's verdict on it.

    >>> judged_event("ups", "Origin Scan", "in_transit")
    EventFact(description='Origin Scan', status='in_transit', pre_advice=False, uncertain=False)
    """
    verdict = classify(carrier, description, status)
    return EventFact(description, status, verdict.pre_advice, verdict.uncertain)


@dataclass(frozen=True)
class Precheck:
    """The automatic pre-check: would the type's rule approve, and on what evidence.

    ``outcome`` is ``approve`` (the rule holds), ``reject`` (it does not),
    ``never_approvable`` (no tracking anywhere, or a wrong carrier/number: re-upload),
    ``source_unavailable`` (17TRACK / Kuaidi100 could not be asked and the answer depends on
    them) or ``uncertain`` (the rule holds only through events the classifier judged real
    with too little certainty). The last two are never decided automatically: an
    operator reviews them.
    """

    outcome: str
    reason: str
    backend_events: int
    backend_real_events: int
    third_party_events: int
    third_party_real_events: int


def precheck(
    appeal_type: str,
    backend: Sequence[EventFact],
    third_party: Sequence[EventFact],
    rules: AppealRules,
    *,
    number_ok: bool = True,
    third_party_unavailable: bool = False,
) -> Precheck:
    """Evaluate the appeal type's rule (rulebook §1.4) on the events seen.

    ``third_party_unavailable``: a third-party source could not be asked (down, timed
    out), so "no event there" is unknown, not a fact.

    >>> rules = AppealRules(22, 7, 7, 2, 2, 2, 1)
    >>> scan = EventFact("Departed facility", "in_transit", False)
    >>> precheck("single_real_event", [scan], [], rules).outcome
    'approve'
    >>> precheck("third_party_tracking", [], [], rules, third_party_unavailable=True).reason
    'third_party_unavailable'
    >>> doubtful = EventFact("Consignment at hub", None, False, uncertain=True)
    >>> precheck("single_real_event", [doubtful], [], rules).outcome
    'uncertain'
    """
    real = _count(lambda e: not e.pre_advice)
    counts = {
        "backend_events": len(backend),
        "backend_real_events": real(backend),
        "third_party_events": len(third_party),
        "third_party_real_events": real(third_party),
    }
    if not number_ok:
        return Precheck("never_approvable", "wrong_carrier_or_number", **counts)
    if (
        third_party_unavailable
        and not third_party
        and (appeal_type == "third_party_tracking" or not backend)
    ):
        return Precheck("source_unavailable", "third_party_unavailable", **counts)
    if not backend and not third_party:
        return Precheck("never_approvable", "no_tracking_anywhere", **counts)
    holds, reason = _rule(appeal_type, backend, third_party, rules, real)
    if holds:
        sure = _count(lambda e: not e.pre_advice and not e.uncertain)
        if not _rule(appeal_type, backend, third_party, rules, sure)[0]:
            return Precheck("uncertain", _UNCERTAIN[appeal_type], **counts)
    return Precheck("approve" if holds else "reject", reason, **counts)


# Why an appeal whose rule holds only through uncertain verdicts goes to an operator.
_UNCERTAIN = {
    "single_real_event": "single_event_uncertain",
    "third_party_tracking": "third_party_uncertain",
}


def _count(keep: Callable[[EventFact], bool]) -> Callable[[Sequence[EventFact]], int]:
    return lambda events: sum(1 for event in events if keep(event))


def _rule(
    appeal_type: str,
    backend: Sequence[EventFact],
    third_party: Sequence[EventFact],
    rules: AppealRules,
    real: Callable[[Sequence[EventFact]], int],
) -> tuple[bool, str]:
    if appeal_type == "backend_has_two":
        ok = len(backend) >= rules.min_backend_events
        return ok, "backend_has_enough_events" if ok else "backend_too_few_events"
    if appeal_type == "single_real_event":
        if len(backend) != 1:
            return False, "backend_not_single_event"
        ok = real(backend) == 1
        return ok, "single_event_is_real" if ok else "single_event_is_pre_advice"
    if appeal_type == "third_party_tracking":
        if not third_party:
            return False, "third_party_has_no_events"
        ok = (
            len(third_party) >= rules.third_party_min_events
            or real(third_party) >= rules.third_party_min_real_events
        )
        return ok, "third_party_shows_movement" if ok else "third_party_only_pre_advice"
    raise ValueError(f"unknown appeal type {appeal_type!r}")


# Reasons an operator picks from when deciding or asking for material (plus free text);
# the merchant sees them.
DECISION_REASONS: dict[AppealEvent, tuple[str, ...]] = {
    AppealEvent.REQUEST_SUPPLEMENT: (
        "screenshot_unclear",
        "tracking_screenshot_missing",
        "third_party_screenshot_missing",
        "other",
    ),
    AppealEvent.APPROVE: (
        "backend_events_confirmed",
        "single_event_is_real",
        "third_party_events_confirmed",
        "other",
    ),
    AppealEvent.REJECT: (
        "too_few_events",
        "single_event_is_pre_advice",
        "no_tracking_anywhere",
        "wrong_carrier_or_number",
        "evidence_incomplete",
        "evidence_does_not_match",
        "other",
    ),
}


def decision_reason_allowed(event: AppealEvent, reason: str) -> bool:
    """Whether ``reason`` is one an operator may give for ``event``."""
    return reason in DECISION_REASONS.get(event, ())
