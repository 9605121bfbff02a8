"""Deciding tracking appeals: an operator's approval or rejection, or the pre-check's.

Deciding is a conditional update of a pending appeal: of two operators deciding at once,
exactly one changes it, the other is told who decided it already.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from sellerstar.domain import appeals as rules
from sellerstar.domain.access import OutOfScope, Principal
from sellerstar.domain.appeals import AppealEvent, AppealState, Precheck
from sellerstar.domain.calendar import platform_date
from sellerstar.rules import RuleBook
from sellerstar.services import notifications
from sellerstar.services.appeal_errors import AppealAlreadyDecided, AppealRefused
from sellerstar.store import audit, metric_marks
from sellerstar.store.appeal_tables import appeal_reviews
from sellerstar.store.schema import contract_tables

_orders = contract_tables["orders"]
_shipments = contract_tables["shipments"]
_appeals = contract_tables["tracking_appeals"]

APPEAL_DECIDED = "appeal_decided"
"""The outbox topic of a decision, told to the account the order belongs to."""


def automatic_decision(check: Precheck) -> tuple[AppealEvent, str] | None:
    """The decision the pre-check may take alone: only where the evidence is unambiguous
    (the type's rule holds on the platform's data, or nothing can ever approve it)."""
    if check.outcome == "approve":
        return AppealEvent.APPROVE, {
            "backend_has_enough_events": "backend_events_confirmed",
            "single_event_is_real": "single_event_is_real",
        }.get(check.reason, "third_party_events_confirmed")
    if check.outcome == "never_approvable":
        return AppealEvent.REJECT, check.reason
    return None


def decide(
    connection: sa.Connection,
    appeal_id: str,
    event: AppealEvent,
    reason: str,
    note: str,
    operator: Principal,
    now: dt.datetime,
    *,
    book: RuleBook,
) -> AppealState:
    """An operator approves or rejects a pending appeal, with a listed reason (and text).

    An appeal imported without a review record (the data contract's rows only) gets one
    when decided, so the merchant sees who decided and why as for any other. Call it in
    the caller's write transaction (``store.db.transaction``).
    """
    if not operator.is_operator:
        raise AppealRefused("not_operator", "only platform operators decide appeals")
    if not rules.decision_reason_allowed(event, reason):
        raise AppealRefused("bad_reason", f"reason {reason!r} does not fit {event.value}")
    if reason == "other" and not note.strip():
        raise AppealRefused("note_needed", "say in words why, when the reason is 'other'")
    state = _state_to_decide(connection, appeal_id, book, now)
    return apply_decision(
        connection,
        appeal_id,
        event,
        reason,
        note.strip(),
        operator.login,
        now,
        book=book,
        from_state=state,
    )


def _state_to_decide(
    connection: sa.Connection, appeal_id: str, book: RuleBook, now: dt.datetime
) -> AppealState:
    """The undecided state an operator decides from: an appeal waiting for the merchant's
    material is decided only once its deadline has passed (then on what there is)."""
    found = connection.execute(
        sa.select(_appeals.c.status, appeal_reviews.c.supplement_due_on)
        .outerjoin(appeal_reviews, appeal_reviews.c.appeal_id == _appeals.c.appeal_id)
        .where(_appeals.c.appeal_id == appeal_id)
    ).first()
    if found is None or found.status != AppealState.SUPPLEMENT_REQUESTED:
        return AppealState.PENDING  # a decided or unknown one is answered by the update
    today = platform_date(now, book.in_force_at(now).calendar.timezone)
    deadline: dt.date | None = found.supplement_due_on
    if rules.awaiting_material(deadline, today):
        raise AppealRefused(
            "awaiting_material",
            f"appeal {appeal_id} waits for the merchant's material until {deadline}",
            deadline=deadline.isoformat() if deadline else "—",
        )
    return AppealState.SUPPLEMENT_REQUESTED


IMPORTED = "imported"
"""``filed_by`` and pre-check outcome of an appeal that came in through the data import."""


def adopt_imported(connection: sa.Connection, appeal_id: str, book: RuleBook) -> None:
    found = connection.execute(
        sa.select(
            _appeals.c.submitted_at,
            _orders.c.merchant_id,
            _orders.c.owner_account_id,
            _shipments.c.tracking_number,
            appeal_reviews.c.appeal_id.label("reviewed"),
        )
        .join(_orders, _orders.c.order_id == _appeals.c.order_id)
        .join(_shipments, _shipments.c.shipment_id == _appeals.c.shipment_id)
        .outerjoin(appeal_reviews, appeal_reviews.c.appeal_id == _appeals.c.appeal_id)
        .where(_appeals.c.appeal_id == appeal_id)
    ).first()
    if found is None or found.reviewed is not None:
        return  # unknown (answered by _apply_decision) or filed here
    rule_set = book.in_force_at(found.submitted_at)
    tv = rule_set.tracking_visibility
    sla = tv.appeals.review_sla_days if tv else 1
    submitted = platform_date(found.submitted_at, rule_set.calendar.timezone)
    connection.execute(
        appeal_reviews.insert().values(
            appeal_id=appeal_id,
            merchant_id=found.merchant_id,
            owner_account_id=found.owner_account_id,
            filed_by=IMPORTED,
            tracking_number=found.tracking_number,
            due_on=submitted + dt.timedelta(days=sla - 1),
            precheck_outcome=IMPORTED,
            precheck_reason=IMPORTED,
            precheck={},
        )
    )


def apply_decision(
    connection: sa.Connection,
    appeal_id: str,
    event: AppealEvent,
    reason: str,
    note: str,
    actor: str,
    now: dt.datetime,
    *,
    book: RuleBook | None = None,
    from_state: AppealState = AppealState.PENDING,
) -> AppealState:
    """Decide an appeal that is ``from_state`` (pending, or waiting for material past its
    deadline); ``book`` given: first give an imported appeal its review record. The
    conditional update comes first: a second operator (or the merchant's material) waits
    on its row lock, then finds the appeal changed."""
    new_state = rules.transition(from_state, event)
    changed = connection.execute(
        _appeals.update()
        .where(_appeals.c.appeal_id == appeal_id, _appeals.c.status == from_state.value)
        .values(status=new_state.value, decided_at=now)
    ).rowcount
    if changed != 1:
        found = connection.execute(
            sa.select(_appeals.c.status, appeal_reviews.c.decided_by)
            .outerjoin(appeal_reviews, appeal_reviews.c.appeal_id == _appeals.c.appeal_id)
            .where(_appeals.c.appeal_id == appeal_id)
        ).first()
        if found is None:
            raise OutOfScope(f"appeal {appeal_id!r}")
        if found.status in {state.value for state in rules.UNDECIDED}:
            # The merchant's material arrived (or an operator asked for some) meanwhile.
            raise AppealRefused("appeal_changed", f"appeal {appeal_id} is {found.status} now")
        raise AppealAlreadyDecided(appeal_id, found.status, found.decided_by)
    metric_marks.mark_appeal(connection, appeal_id, now)
    if book is not None:
        adopt_imported(connection, appeal_id, book)
    connection.execute(
        appeal_reviews.update()
        .where(appeal_reviews.c.appeal_id == appeal_id)
        .values(decided_by=actor, decision_reason=reason, decision_note=note or None)
    )
    audit.record(
        connection,
        at=now,
        actor=actor,
        action=f"appeal_{new_state.value}",
        entity_type="tracking_appeal",
        entity_id=appeal_id,
        detail={"reason": reason},
        reason=note or None,
    )
    _tell_merchant(connection, appeal_id, new_state, now)
    return new_state


def _tell_merchant(
    connection: sa.Connection, appeal_id: str, state: AppealState, now: dt.datetime
) -> None:
    """The decision's message to the account the order belongs to (issue 19)."""
    found = connection.execute(
        sa.select(_appeals.c.order_id, _orders.c.merchant_id, _orders.c.owner_account_id)
        .join(_orders, _orders.c.order_id == _appeals.c.order_id)
        .where(_appeals.c.appeal_id == appeal_id)
    ).one()
    notifications.enqueue(
        connection,
        merchant_id=found.merchant_id,
        account_id=found.owner_account_id,
        topic=APPEAL_DECIDED,
        subject_id=f"appeal:{appeal_id}",
        payload={"appeal_id": appeal_id, "order_id": found.order_id, "outcome": state.value},
        now=now,
    )
