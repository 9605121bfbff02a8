"""Rulebook §1.3–§1.4: the appeal workflow, its filing window and the automatic pre-check."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from sellerstar.domain.appeals import (
    TRANSITIONS,
    UNDECIDED,
    AppealEvent,
    AppealRules,
    AppealState,
    EventFact,
    ShipmentFacts,
    TransitionRefused,
    awaiting_material,
    filing_refusal,
    filing_window,
    judged_event,
    precheck,
    review_due,
    review_due_resumed,
    supplement_deadline,
    transition,
)
from sellerstar.services.appeal_decisions import automatic_decision

RULES = AppealRules(
    first_disclosure_after_ship_days=22,
    window_days=7,
    review_sla_days=7,
    data_lag_days=2,
    min_backend_events=2,
    third_party_min_events=2,
    third_party_min_real_events=1,
)
SHIPPED = dt.date(2022, 10, 20)
FAILING = ShipmentFacts(
    trade_assurance=True,
    in_scope=True,
    ship_date=SHIPPED,
    exempt=False,
    current=True,
    passing=False,
    already_appealed=False,
)
SCAN = EventFact("Departed facility", "in_transit", pre_advice=False)
LABEL = EventFact("Shipper created a label", "info_received", pre_advice=True)
# Judged real by the model, inside its review band.
UNSURE = EventFact("Sendung angemeldet", None, pre_advice=False, uncertain=True)


def test_filing_puts_an_appeal_in_the_queue_and_a_decision_is_final() -> None:
    assert transition(None, AppealEvent.FILE) is AppealState.PENDING
    assert transition(AppealState.PENDING, AppealEvent.APPROVE) is AppealState.APPROVED
    assert transition(AppealState.PENDING, AppealEvent.REJECT) is AppealState.REJECTED
    for state in (AppealState.APPROVED, AppealState.REJECTED):
        for event in AppealEvent:
            with pytest.raises(TransitionRefused, match=f"that is {state.value}"):
                transition(state, event)
    with pytest.raises(TransitionRefused):
        transition(AppealState.PENDING, AppealEvent.FILE)
    assert len(TRANSITIONS) == 7


def test_asking_for_material_pauses_then_returns_to_the_queue() -> None:
    asked = transition(AppealState.PENDING, AppealEvent.REQUEST_SUPPLEMENT)
    assert asked is AppealState.SUPPLEMENT_REQUESTED
    assert transition(asked, AppealEvent.SUPPLY) is AppealState.PENDING
    # Past the deadline without material the operator decides on what there is.
    assert transition(asked, AppealEvent.REJECT) is AppealState.REJECTED
    assert transition(asked, AppealEvent.APPROVE) is AppealState.APPROVED
    for event in (AppealEvent.FILE, AppealEvent.REQUEST_SUPPLEMENT):
        with pytest.raises(TransitionRefused):
            transition(asked, event)
    with pytest.raises(TransitionRefused):
        transition(AppealState.PENDING, AppealEvent.SUPPLY)
    assert {AppealState.PENDING, AppealState.SUPPLEMENT_REQUESTED} == UNDECIDED


def test_the_review_time_pauses_for_the_days_waited() -> None:
    due = dt.date(2022, 12, 12)
    asked = dt.date(2022, 12, 7)
    assert supplement_deadline(asked, 3) == dt.date(2022, 12, 9)
    assert review_due_resumed(due, asked, asked) == due  # material the same day
    assert review_due_resumed(due, asked, dt.date(2022, 12, 9)) == dt.date(2022, 12, 14)
    # No material: the clock runs again the day after the deadline.
    assert review_due_resumed(due, asked, dt.date(2022, 12, 10)) == dt.date(2022, 12, 15)
    assert awaiting_material(dt.date(2022, 12, 9), dt.date(2022, 12, 9))
    assert not awaiting_material(dt.date(2022, 12, 9), dt.date(2022, 12, 10))
    assert not awaiting_material(None, dt.date(2022, 12, 9))


def test_the_window_is_first_disclosure_and_six_more_days_as_view_dates() -> None:
    # Seen as failing on stat date ship + 22 = 2022-11-11, i.e. view date 2022-11-13.
    window = filing_window(SHIPPED, RULES)
    assert (window.opens, window.closes) == (dt.date(2022, 11, 13), dt.date(2022, 11, 19))


@pytest.mark.parametrize(
    ("today", "refusal"),
    [
        (dt.date(2022, 11, 12), "window_not_open"),
        (dt.date(2022, 11, 13), None),
        (dt.date(2022, 11, 19), None),
        (dt.date(2022, 11, 20), "window_closed"),
    ],
)
def test_filing_is_allowed_only_inside_the_window(today: dt.date, refusal: str | None) -> None:
    assert filing_refusal(FAILING, today, RULES) == refusal


@pytest.mark.parametrize(
    ("change", "refusal"),
    [
        ({"trade_assurance": False}, "not_trade_assurance"),
        ({"in_scope": False}, "not_in_scope"),
        ({"ship_date": None}, "not_shipped"),
        ({"current": False}, "replaced"),
        ({"exempt": True}, "exempt"),
        ({"passing": True}, "passing"),
        ({"already_appealed": True}, "already_appealed"),
    ],
)
def test_filing_is_refused_with_its_reason(change: dict[str, object], refusal: str) -> None:
    facts = replace(FAILING, **change)  # type: ignore[arg-type]
    assert filing_refusal(facts, dt.date(2022, 11, 15), RULES) == refusal


def test_the_review_is_due_on_the_seventh_calendar_day() -> None:
    assert review_due(dt.date(2022, 11, 15), RULES) == dt.date(2022, 11, 21)


@pytest.mark.parametrize(
    ("backend", "outcome", "reason"),
    [
        ([SCAN, LABEL], "approve", "backend_has_enough_events"),
        ([SCAN], "reject", "backend_too_few_events"),
    ],
)
def test_backend_has_two_needs_two_backend_events(
    backend: list[EventFact], outcome: str, reason: str
) -> None:
    check = precheck("backend_has_two", backend, [], RULES)
    assert (check.outcome, check.reason) == (outcome, reason)
    assert check.backend_events == len(backend)


@pytest.mark.parametrize(
    ("backend", "outcome", "reason"),
    [
        ([SCAN], "approve", "single_event_is_real"),
        ([LABEL], "reject", "single_event_is_pre_advice"),
        ([SCAN, SCAN], "reject", "backend_not_single_event"),
    ],
)
def test_single_real_event_needs_exactly_one_event_that_is_not_pre_advice(
    backend: list[EventFact], outcome: str, reason: str
) -> None:
    check = precheck("single_real_event", backend, [], RULES)
    assert (check.outcome, check.reason) == (outcome, reason)


@pytest.mark.parametrize(
    ("third_party", "outcome", "reason"),
    [
        ([LABEL, LABEL], "approve", "third_party_shows_movement"),
        ([SCAN], "approve", "third_party_shows_movement"),
        ([LABEL], "reject", "third_party_only_pre_advice"),
    ],
)
def test_third_party_tracking_needs_two_events_or_one_real_one(
    third_party: list[EventFact], outcome: str, reason: str
) -> None:
    check = precheck("third_party_tracking", [], third_party, RULES)
    assert (check.outcome, check.reason) == (outcome, reason)
    assert check.third_party_real_events == sum(not e.pre_advice for e in third_party)


@pytest.mark.parametrize(
    ("kind", "backend", "third_party", "outcome", "reason"),
    [
        ("single_real_event", [UNSURE], [], "uncertain", "single_event_uncertain"),
        ("single_real_event", [SCAN], [], "approve", "single_event_is_real"),
        # Uncertainty never turns a failing rule into a review.
        ("single_real_event", [UNSURE, SCAN], [], "reject", "backend_not_single_event"),
        ("third_party_tracking", [], [UNSURE], "uncertain", "third_party_uncertain"),
        ("third_party_tracking", [], [LABEL], "reject", "third_party_only_pre_advice"),
        # Two events pass whatever they say; one sure real scan beside it passes too.
        ("third_party_tracking", [], [UNSURE, LABEL], "approve", "third_party_shows_movement"),
        ("third_party_tracking", [], [UNSURE, SCAN], "approve", "third_party_shows_movement"),
        # The backend rule counts events, not what they say.
        ("backend_has_two", [UNSURE, UNSURE], [], "approve", "backend_has_enough_events"),
    ],
)
def test_a_rule_that_holds_only_through_uncertain_verdicts_goes_to_an_operator(
    kind: str,
    backend: list[EventFact],
    third_party: list[EventFact],
    outcome: str,
    reason: str,
) -> None:
    check = precheck(kind, backend, third_party, RULES)
    assert (check.outcome, check.reason) == (outcome, reason)
    # An uncertain verdict still counts as real in the counts shown.
    assert check.backend_real_events == sum(not e.pre_advice for e in backend)
    assert (automatic_decision(check) is None) == (outcome != "approve")


def test_an_event_is_judged_by_the_shipped_classifier() -> None:
    assert judged_event("fedex", "Shipper created a label, FedEx has not received it", None) == (
        EventFact("Shipper created a label, FedEx has not received it", None, True)
    )
    assert judged_event("fedex", "Picked up", "in_transit").uncertain is False
    assert judged_event("dhl", UNSURE.description, None) == UNSURE


def test_no_tracking_anywhere_and_a_wrong_number_are_never_approvable() -> None:
    nothing = precheck("third_party_tracking", [], [], RULES)
    assert (nothing.outcome, nothing.reason) == ("never_approvable", "no_tracking_anywhere")
    wrong = precheck("backend_has_two", [SCAN, SCAN], [], RULES, number_ok=False)
    assert (wrong.outcome, wrong.reason) == ("never_approvable", "wrong_carrier_or_number")


def test_an_unknown_type_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown appeal type 'other'"):
        precheck("other", [SCAN], [], RULES)
