"""More material for an appeal (seed FAQ 8, issue 18 item 2c): an operator asks, the
merchant adds files, the review time pauses meanwhile.

- :func:`request_supplement` (an operator, in the caller's transaction): ``pending`` →
  ``supplement_requested``, with a listed reason, a note, and a deadline of
  ``supplement_days`` calendar days (the request's day first); the merchant is told
  through the outbox (topic ``appeal_supplement_requested``).
- :func:`supply_material` (the merchant; a unit of work over the engine like filing):
  the checks, then the files written with no transaction open, then the record:
  ``supplement_requested`` → ``pending``, the due date moved by the days waited.
- Past the deadline without material, the appeal stays ``supplement_requested`` and the
  operator decides it on what there is (:mod:`sellerstar.services.appeal_decisions`); its
  review time runs again from the day after the deadline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain import appeals as rules
from sellerstar.domain.access import MERCHANT_ROLES, OutOfScope, Principal, Scope
from sellerstar.domain.appeals import AppealEvent, AppealState
from sellerstar.domain.calendar import platform_date
from sellerstar.rules import RuleBook
from sellerstar.services import evidence, notifications
from sellerstar.services.appeal_checks import EvidenceLimits, check_files
from sellerstar.services.appeal_decisions import adopt_imported
from sellerstar.services.appeal_errors import AppealRefused
from sellerstar.store import audit, metric_marks
from sellerstar.store.appeal_tables import appeal_evidence, appeal_reviews
from sellerstar.store.db import transaction
from sellerstar.store.schema import contract_tables

_orders = contract_tables["orders"]
_appeals = contract_tables["tracking_appeals"]

APPEAL_SUPPLEMENT_REQUESTED = "appeal_supplement_requested"
"""The outbox topic of a request for more material, told to the order's account."""
REPLY_MAX_CHARS = 2000


def _appeal_rules(book: RuleBook, now: dt.datetime) -> tuple[int, int, str]:
    """(supplement days, most requests, time zone) of the rule-set in force at ``now``."""
    rule_set = book.in_force_at(now)
    tv = rule_set.tracking_visibility
    if tv is None:
        raise AppealRefused("not_in_force", f"no appeals under rule-set {rule_set.id}")
    appeals = tv.appeals
    return appeals.supplement_days, appeals.supplement_max_requests, rule_set.calendar.timezone


def request_supplement(
    connection: sa.Connection,
    appeal_id: str,
    reason: str,
    note: str,
    operator: Principal,
    now: dt.datetime,
    *,
    book: RuleBook,
) -> dt.date:
    """An operator asks for more material on a pending appeal; returns the deadline.

    Refused: not an operator, a reason not listed (or "other" without words), no request
    left (``supplement_max_requests``), the appeal not pending (decided, or waiting
    already: the conditional update tells).
    """
    if not operator.is_operator:
        raise AppealRefused("not_operator", "only platform operators ask for material")
    if not rules.decision_reason_allowed(AppealEvent.REQUEST_SUPPLEMENT, reason):
        raise AppealRefused("bad_reason", f"reason {reason!r} does not fit a request")
    if reason == "other" and not note.strip():
        raise AppealRefused("note_needed", "say in words what is missing")
    days, most, zone = _appeal_rules(book, now)
    deadline = rules.supplement_deadline(platform_date(now, zone), days)
    new_state = rules.transition(AppealState.PENDING, AppealEvent.REQUEST_SUPPLEMENT)
    changed = connection.execute(
        _appeals.update()
        .where(_appeals.c.appeal_id == appeal_id, _appeals.c.status == AppealState.PENDING.value)
        .values(status=new_state.value)
    ).rowcount
    if changed != 1:
        status = connection.scalar(
            sa.select(_appeals.c.status).where(_appeals.c.appeal_id == appeal_id)
        )
        if status is None:
            raise OutOfScope(f"appeal {appeal_id!r}")
        raise AppealRefused("not_pending", f"appeal {appeal_id} is {status}", status=status)
    metric_marks.mark_appeal(connection, appeal_id, now)
    adopt_imported(connection, appeal_id, book)
    asked = connection.execute(
        appeal_reviews.update()
        .where(
            appeal_reviews.c.appeal_id == appeal_id,
            appeal_reviews.c.supplement_requests < most,
        )
        .values(
            supplement_requests=appeal_reviews.c.supplement_requests + 1,
            supplement_requested_at=now,
            supplement_requested_by=operator.login,
            supplement_reason=reason,
            supplement_note=note.strip() or None,
            supplement_due_on=deadline,
            supplement_received_at=None,
            supplement_reply=None,
        )
    ).rowcount
    if asked != 1:
        # The caller's transaction rolls the status change back with this refusal.
        raise AppealRefused("no_request_left", f"material was asked for {most} time(s) already")
    audit.record(
        connection,
        at=now,
        actor=operator.login,
        action="appeal_supplement_requested",
        entity_type="tracking_appeal",
        entity_id=appeal_id,
        detail={"reason": reason, "deadline": deadline.isoformat()},
        reason=note.strip() or None,
    )
    _tell_merchant(connection, appeal_id, deadline, now)
    return deadline


def _tell_merchant(
    connection: sa.Connection, appeal_id: str, deadline: dt.date, now: dt.datetime
) -> None:
    """The request's message to the account the order belongs to (issue 19)."""
    found = connection.execute(
        sa.select(
            _appeals.c.order_id,
            _orders.c.merchant_id,
            _orders.c.owner_account_id,
            appeal_reviews.c.supplement_requests,
        )
        .join(_orders, _orders.c.order_id == _appeals.c.order_id)
        .join(appeal_reviews, appeal_reviews.c.appeal_id == _appeals.c.appeal_id)
        .where(_appeals.c.appeal_id == appeal_id)
    ).one()
    notifications.enqueue(
        connection,
        merchant_id=found.merchant_id,
        account_id=found.owner_account_id,
        topic=APPEAL_SUPPLEMENT_REQUESTED,
        subject_id=f"appeal:{appeal_id}:supplement:{found.supplement_requests}",
        payload={
            "appeal_id": appeal_id,
            "order_id": found.order_id,
            "deadline": deadline.isoformat(),
        },
        now=now,
    )


@dataclass(frozen=True)
class Waiting:
    """An appeal waiting for the merchant's material, as checked before any file is kept."""

    appeal_id: str
    requested_on: dt.date
    deadline: dt.date
    today: dt.date


def check_supplement(
    connection: sa.Connection,
    scope: Scope,
    filer: Principal,
    appeal_id: str,
    files: Sequence[tuple[str, bytes]],
    reply: str,
    limits: EvidenceLimits,
    *,
    book: RuleBook,
    now: dt.datetime,
) -> Waiting:
    """Every refusal of adding material, before anything is written: the filer, the appeal
    in scope (OutOfScope: 404), waiting for material, the deadline, the files (checked as
    at filing, at most ``max_files`` per addition), the reply's length."""
    if filer.role not in MERCHANT_ROLES:
        raise AppealRefused("not_merchant", "material is added by the merchant")
    found = connection.execute(
        sa.select(
            _appeals.c.status,
            appeal_reviews.c.supplement_requested_at,
            appeal_reviews.c.supplement_due_on,
        )
        .join(_orders, _orders.c.order_id == _appeals.c.order_id)
        .outerjoin(appeal_reviews, appeal_reviews.c.appeal_id == _appeals.c.appeal_id)
        .where(
            _appeals.c.appeal_id == appeal_id,
            scope.orders_clause(_orders.c.merchant_id, _orders.c.owner_account_id),
        )
    ).first()
    if found is None:
        raise OutOfScope(f"appeal {appeal_id!r}")
    if found.status != AppealState.SUPPLEMENT_REQUESTED or found.supplement_due_on is None:
        raise AppealRefused("no_material_requested", f"appeal {appeal_id} is {found.status}")
    _, _, zone = _appeal_rules(book, now)
    today = platform_date(now, zone)
    deadline: dt.date = found.supplement_due_on
    if not rules.awaiting_material(deadline, today):
        raise AppealRefused(
            "material_deadline_passed",
            f"material was due by {deadline}",
            deadline=deadline.isoformat(),
        )
    if len(reply) > REPLY_MAX_CHARS:
        raise AppealRefused("reply_too_long", "the reply is too long", max_chars=REPLY_MAX_CHARS)
    check_files(files, limits)
    requested_on = platform_date(found.supplement_requested_at, zone)
    return Waiting(appeal_id, requested_on, deadline, today)


def record_supplement(
    connection: sa.Connection,
    waiting: Waiting,
    filer: Principal,
    stored_files: Sequence[evidence.Evidence],
    reply: str,
    now: dt.datetime,
) -> None:
    """Record the material in the caller's write transaction: the appeal back in the
    queue (a conditional update: an operator deciding at once, one wins), the due date
    moved by the days waited, the files' rows, the audit row."""
    new_state = rules.transition(AppealState.SUPPLEMENT_REQUESTED, AppealEvent.SUPPLY)
    changed = connection.execute(
        _appeals.update()
        .where(
            _appeals.c.appeal_id == waiting.appeal_id,
            _appeals.c.status == AppealState.SUPPLEMENT_REQUESTED.value,
        )
        .values(status=new_state.value)
    ).rowcount
    if changed != 1:
        raise AppealRefused("no_material_requested", f"appeal {waiting.appeal_id} changed")
    metric_marks.mark_appeal(connection, waiting.appeal_id, now)
    due_on: dt.date | None = connection.scalar(
        sa.select(appeal_reviews.c.due_on).where(appeal_reviews.c.appeal_id == waiting.appeal_id)
    )
    assert due_on is not None  # asking for material gave an imported appeal its record
    connection.execute(
        appeal_reviews.update()
        .where(appeal_reviews.c.appeal_id == waiting.appeal_id)
        .values(
            supplement_received_at=now,
            supplement_reply=reply.strip() or None,
            due_on=rules.review_due_resumed(due_on, waiting.requested_on, waiting.today),
        )
    )
    for stored in stored_files:
        connection.execute(
            appeal_evidence.insert().values(
                appeal_id=waiting.appeal_id,
                sha256=stored.sha256,
                content_type=stored.content_type,
                size=stored.size,
                relative_path=stored.relative_path,
                original_name=stored.original_name,
                uploaded_at=now,
            )
        )
    audit.record(
        connection,
        at=now,
        actor=filer.login,
        action="appeal_supplement_added",
        entity_type="tracking_appeal",
        entity_id=waiting.appeal_id,
        detail={"files": len(stored_files)},
        reason=reply.strip() or None,
    )


def supply_material(
    engine: sa.Engine,
    scope: Scope,
    filer: Principal,
    *,
    appeal_id: str,
    files: Sequence[tuple[str, bytes]],
    reply: str,
    limits: EvidenceLimits,
    book: RuleBook,
    now: dt.datetime,
) -> None:
    """The merchant adds the material asked for. A unit of work like filing: the checks
    in one transaction, the files written durably with none open, the record in a last
    one (which re-checks the state). Refusals write nothing."""
    with engine.connect() as connection:
        waiting = check_supplement(
            connection, scope, filer, appeal_id, files, reply, limits, book=book, now=now
        )
        connection.rollback()
    stored = [evidence.store(data, name, limits.folder, limits.max_bytes) for name, data in files]
    with transaction(engine) as connection:
        record_supplement(connection, waiting, filer, stored, reply, now)
