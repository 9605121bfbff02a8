"""Deciding brushing suspects (rulebook §5.3): an operator confirms pending suspects of
one merchant as a case, or dismisses them.

A confirmation opens a ``brushing_cases`` row, marks its suspects confirmed (with the case,
who and when: their ``decided_at`` is when the daily job stops counting the reviews),
records the case's points in the penalty ledger (kind ``review_brushing``, entity = the
case), tells the merchant's main account and writes the audit row, all in the caller's
transaction. Deciding is a conditional update of pending suspects with a row-count check:
of two operators deciding the same suspect at once, exactly one does; the other is told
(:class:`SuspectAlreadyDecided`) and, its transaction rolled back, has written nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from sellerstar.domain.access import OutOfScope, Principal, Role
from sellerstar.domain.calendar import platform_date
from sellerstar.domain.penalties import PenaltyKind
from sellerstar.domain.reviews import SuspectState
from sellerstar.rules import RuleBook
from sellerstar.services import notifications, penalty_ledger
from sellerstar.services.review_errors import ReviewsRefused, SuspectAlreadyDecided
from sellerstar.store import audit
from sellerstar.store.review_tables import brushing_cases, brushing_suspects

BRUSHING_CONFIRMED = "review_brushing_confirmed"
MAX_NOTE = 2000
MAX_SUSPECTS = 200  # one decision; a bigger ring is confirmed in several cases


@dataclass(frozen=True)
class Case:
    """A confirmed case: its id, merchant, reviews and the points recorded."""

    case_id: int
    merchant_id: str
    review_ids: tuple[str, ...]
    points: float


def _checked_ids(review_ids: list[str]) -> list[str]:
    ids = sorted({review_id.strip() for review_id in review_ids if review_id.strip()})
    if not ids:
        raise ReviewsRefused("suspects_missing", "choose at least one suspect")
    if len(ids) > MAX_SUSPECTS:
        raise ReviewsRefused(
            "too_many_suspects", f"{len(ids)} suspects, at most {MAX_SUSPECTS} at once",
            limit=MAX_SUSPECTS,
        )  # fmt: skip
    return ids


def _checked_note(note: str | None) -> str | None:
    cleaned = (note or "").strip()
    if len(cleaned) > MAX_NOTE:
        raise ReviewsRefused(
            "note_too_long", f"the note has {len(cleaned)} characters, at most {MAX_NOTE}",
            limit=MAX_NOTE,
        )  # fmt: skip
    return cleaned or None


def _pending_of(connection: sa.Connection, ids: list[str]) -> dict[str, str]:
    """{review_id: merchant_id} of the suspects; unknown ids are out of scope, decided
    ones refused (the conditional update below is what holds under a race)."""
    found = connection.execute(
        sa.select(
            brushing_suspects.c.review_id,
            brushing_suspects.c.merchant_id,
            brushing_suspects.c.state,
        ).where(brushing_suspects.c.review_id.in_(ids))
    ).all()
    missing = sorted(set(ids) - {row.review_id for row in found})
    if missing:
        raise OutOfScope(f"no brushing suspect {', '.join(missing)}")
    decided = sorted(row.review_id for row in found if row.state != SuspectState.PENDING.value)
    if decided:
        raise SuspectAlreadyDecided(decided)
    return {row.review_id: row.merchant_id for row in found}


def _mark(
    connection: sa.Connection,
    ids: list[str],
    state: SuspectState,
    principal: Principal,
    now: dt.datetime,
    case_id: int | None,
) -> None:
    changed = connection.execute(
        sa.update(brushing_suspects)
        .where(
            brushing_suspects.c.review_id.in_(ids),
            brushing_suspects.c.state == SuspectState.PENDING.value,
        )
        .values(state=state.value, decided_by=principal.login, decided_at=now, case_id=case_id)
    ).rowcount
    if changed != len(ids):
        # Another operator committed first: raising rolls back the caller's transaction,
        # so no part of this decision (the case, the points) stays.
        still = set(
            connection.scalars(
                sa.select(brushing_suspects.c.review_id).where(
                    brushing_suspects.c.review_id.in_(ids),
                    brushing_suspects.c.decided_by == principal.login,
                    brushing_suspects.c.decided_at == now,
                )
            )
        )
        raise SuspectAlreadyDecided(sorted(set(ids) - still))


def _operator(principal: Principal) -> None:
    if principal.role != Role.OPERATOR:
        raise OutOfScope("only operators decide brushing suspects")


def confirm(
    connection: sa.Connection,
    principal: Principal,
    review_ids: list[str],
    *,
    note: str | None,
    book: RuleBook,
    now: dt.datetime,
) -> Case:
    """Confirm pending suspects of one merchant as one brushing case."""
    _operator(principal)
    ids = _checked_ids(review_ids)
    text = _checked_note(note)
    merchants = set(_pending_of(connection, ids).values())
    if len(merchants) != 1:
        raise ReviewsRefused(
            "several_merchants",
            f"a case is about one merchant; these suspects are of {', '.join(sorted(merchants))}",
        )
    merchant_id = merchants.pop()
    rule_set = book.in_force_at(now)
    day = platform_date(now, rule_set.calendar.timezone)
    if rule_set.reviews is None:
        raise ReviewsRefused("reviews_not_live", f"no review rules are in force on {day}")
    points = rule_set.reviews.brushing_case_points
    case_id = int(
        connection.execute(
            sa.insert(brushing_cases)
            .values(
                merchant_id=merchant_id,
                confirmed_by=principal.login,
                confirmed_at=now,
                review_count=len(ids),
                points=points,
                note=text,
            )
            .returning(brushing_cases.c.case_id)
        ).scalar_one()
    )
    _mark(connection, ids, SuspectState.CONFIRMED, principal, now, case_id)
    detail = {"case_id": case_id, "review_ids": ids, "points": points}
    penalty_ledger.record(
        connection,
        kind=PenaltyKind.REVIEW_BRUSHING.value,
        entity_id=str(case_id),
        merchant_id=merchant_id,
        occurred_on=day,
        points=points,
        waived_reason=None,
        rule_set=rule_set,
        detail={"review_ids": ids, "note": text},
        now=now,
    )
    notifications.enqueue(
        connection,
        merchant_id=merchant_id,
        account_id=None,
        topic=BRUSHING_CONFIRMED,
        subject_id=str(case_id),
        payload={**detail, "review_count": len(ids)},
        now=now,
    )
    audit.record(
        connection,
        at=now,
        actor=principal.login,
        action="reviews.confirm_brushing",
        entity_type="brushing_case",
        entity_id=str(case_id),
        detail={**detail, "merchant_id": merchant_id},
        reason=text,
    )
    return Case(case_id, merchant_id, tuple(ids), points)


def dismiss(
    connection: sa.Connection,
    principal: Principal,
    review_ids: list[str],
    *,
    note: str | None,
    now: dt.datetime,
) -> list[str]:
    """Dismiss pending suspects (they were not brushing); returns their ids."""
    _operator(principal)
    ids = _checked_ids(review_ids)
    text = _checked_note(note)
    merchants = _pending_of(connection, ids)
    _mark(connection, ids, SuspectState.DISMISSED, principal, now, None)
    for merchant_id in sorted(set(merchants.values())):
        mine = [review_id for review_id in ids if merchants[review_id] == merchant_id]
        audit.record(
            connection,
            at=now,
            actor=principal.login,
            action="reviews.dismiss_brushing",
            entity_type="brushing_suspects",
            entity_id=merchant_id,
            detail={"review_ids": mine},
            reason=text,
        )
    return ids
