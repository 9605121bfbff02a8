"""Running a two-way selection fair (双选会, rulebook §6.1): an operator creates a fair with a
university, opens it, closes it, computes the allocation and publishes it.

The allocation is computed from the stored rankings by the same code as lake mode
(``sellerstar.fairs.lake.compute``: strict preferences with the documented tie-break,
deferred acceptance, a blocking-pair check, the reasons); a computation with a blocking
pair is refused, and only a computed allocation can be published. Every change writes an
audit row in its own transaction. Refusals are :class:`FairRefused` with a code the pages
word (``web/words/fairs.py``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from sellerstar.domain.access import OutOfScope, Principal
from sellerstar.domain.fairs import FairInputError, FairState, PairOutcome
from sellerstar.errors import SellerstarError
from sellerstar.fairs.lake import compute
from sellerstar.fairs.stored import stored_inputs
from sellerstar.rules import RuleBook
from sellerstar.rules.fairs import SelectionFairs
from sellerstar.store import audit
from sellerstar.store.schema import (
    fair_position_results,
    fair_results,
    fairs,
)

MAX_TEXT = 200


class FairRefused(SellerstarError):
    """The request cannot be done as asked; ``code`` says why, ``params`` the numbers."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(message)


FairNotFound = OutOfScope
"""Not there, or not for the one asking: the web answers 404 (no probing of ids)."""


def fair_rules(book: RuleBook, now: dt.datetime) -> tuple[str, SelectionFairs]:
    """The fairs' rule-set section in force at ``now``; refused when fairs are not live."""
    rule_set = book.in_force_at(now)
    if rule_set.selection_fairs is None:
        raise FairRefused("not_live", "two-way selection fairs are not in force yet")
    return rule_set.id, rule_set.selection_fairs


def require_operator(principal: Principal) -> None:
    """Only an operator runs a fair."""
    if not principal.is_operator:
        raise FairNotFound("operators only")


def load_fair(connection: sa.Connection, fair_id: int) -> sa.Row[Any]:
    """The fair's row, or :class:`FairNotFound`."""
    row = connection.execute(sa.select(fairs).where(fairs.c.fair_id == fair_id)).one_or_none()
    if row is None:
        raise FairNotFound(f"no fair {fair_id}")
    return row


def require_open(fair: sa.Row[Any], now: dt.datetime) -> None:
    """Positions and rankings change only while the fair is open and before it closes."""
    if fair.state != FairState.OPEN or not fair.opens_at <= now < fair.closes_at:
        raise FairRefused(
            "not_open", f"fair {fair.fair_id} is not open for changes", state=fair.state
        )


def _text(value: str, what: str) -> str:
    value = value.strip()
    if not value or len(value) > MAX_TEXT:
        raise FairRefused("bad_text", f"{what} must be 1–{MAX_TEXT} characters", field=what)
    return value


def create_fair(
    connection: sa.Connection,
    principal: Principal,
    *,
    university: str,
    title: str,
    opens_at: dt.datetime,
    closes_at: dt.datetime,
    results_at: dt.datetime,
    now: dt.datetime,
) -> int:
    """A new fair in draft; returns its id."""
    require_operator(principal)
    if not opens_at < closes_at <= results_at:
        raise FairRefused("bad_dates", "the fair must open before it closes, and close "
                          "no later than its results")  # fmt: skip
    values = {
        "university": _text(university, "university"),
        "title": _text(title, "title"),
        "state": FairState.DRAFT.value,
        "opens_at": opens_at,
        "closes_at": closes_at,
        "results_at": results_at,
        "created_at": now,
        "created_by": principal.login,
        "changed_at": now,
        "changed_by": principal.login,
    }
    inserted = connection.execute(fairs.insert().values(values)).inserted_primary_key
    fair_id = int(inserted[0])  # type: ignore[index]
    audit.record(connection, at=now, actor=principal.login, action="fair_created",
                 entity_type="fair", entity_id=str(fair_id),
                 detail={"university": values["university"], "title": values["title"]})  # fmt: skip
    return fair_id


_MOVES: dict[str, tuple[FairState, FairState]] = {
    "open": (FairState.DRAFT, FairState.OPEN),
    "close": (FairState.OPEN, FairState.CLOSED),
}


def move_fair(
    connection: sa.Connection, principal: Principal, fair_id: int, move: str, now: dt.datetime
) -> None:
    """Open a drafted fair, or close an open one (rankings freeze)."""
    require_operator(principal)
    if move not in _MOVES:
        raise FairRefused("bad_move", f"unknown move {move!r}")
    before, after = _MOVES[move]
    changed = connection.execute(
        fairs.update()
        .where(fairs.c.fair_id == fair_id, fairs.c.state == before.value)
        .values(state=after.value, changed_at=now, changed_by=principal.login)
    ).rowcount
    if not changed:
        state = load_fair(connection, fair_id).state
        raise FairRefused("bad_state", f"fair {fair_id} is {state}", state=state)
    audit.record(connection, at=now, actor=principal.login, action=f"fair_{move}",
                 entity_type="fair", entity_id=str(fair_id))  # fmt: skip


def compute_allocation(
    connection: sa.Connection, principal: Principal, fair_id: int, book: RuleBook,
    now: dt.datetime,
) -> int:  # fmt: skip
    """Compute (or recompute) the closed fair's allocation; returns the students placed.
    Refused unless closed; never stores an allocation with a blocking pair."""
    require_operator(principal)
    fair = load_fair(connection, fair_id)
    if fair.state != FairState.CLOSED:
        raise FairRefused("bad_state", f"fair {fair_id} is {fair.state}", state=fair.state)
    rule_set_id, rules = fair_rules(book, now)
    try:
        students, positions = compute(*stored_inputs(connection, fair_id), rules)
    except FairInputError as exc:
        raise FairRefused("unstable", str(exc)) from None
    connection.execute(fair_results.delete().where(fair_results.c.fair_id == fair_id))
    connection.execute(
        fair_position_results.delete().where(fair_position_results.c.fair_id == fair_id)
    )
    if students:
        connection.execute(fair_results.insert(), [
            {"fair_id": fair_id, "talent_id": s.talent_id,
             "position_id": int(s.position_id) if s.position_id else None,
             "choice_rank": s.choice_rank, "outcome": s.outcome.value,
             "reasons": ";".join(f"{p}:{o.value}" for p, o in s.above)}
            for s in students
        ])  # fmt: skip
    if positions:
        connection.execute(fair_position_results.insert(), [
            {"position_id": int(p.position_id), "fair_id": fair_id, "filled": len(p.placed),
             "outcome": p.outcome.value, "applicants": len(p.applicants),
             "placed_higher_choice": p.count(PairOutcome.PLACED_HIGHER_CHOICE),
             "filled_higher": p.count(PairOutcome.FILLED_HIGHER),
             "not_ranked": p.count(PairOutcome.NOT_RANKED)}
            for p in positions
        ])  # fmt: skip
    connection.execute(
        fairs.update().where(fairs.c.fair_id == fair_id).values(
            computed_at=now, rule_set_id=rule_set_id, blocking_pairs=0,
            changed_at=now, changed_by=principal.login,
        )
    )  # fmt: skip
    placed = sum(1 for s in students if s.position_id is not None)
    audit.record(connection, at=now, actor=principal.login, action="fair_computed",
                 entity_type="fair", entity_id=str(fair_id),
                 detail={"students": len(students), "placed": placed, "blocking_pairs": 0,
                         "rule_set_id": rule_set_id})  # fmt: skip
    return placed


def publish(connection: sa.Connection, principal: Principal, fair_id: int,
            now: dt.datetime) -> None:  # fmt: skip
    """Publish the computed allocation; from then on the fair is read-only."""
    require_operator(principal)
    changed = connection.execute(
        fairs.update()
        .where(
            fairs.c.fair_id == fair_id,
            fairs.c.state == FairState.CLOSED.value,
            fairs.c.computed_at.is_not(None),
            fairs.c.blocking_pairs == 0,
        )
        .values(
            state=FairState.PUBLISHED.value,
            published_at=now,
            changed_at=now,
            changed_by=principal.login,
        )
    ).rowcount
    if not changed:
        fair = load_fair(connection, fair_id)
        if fair.state == FairState.CLOSED:
            raise FairRefused("not_computed", f"fair {fair_id} has no computed allocation")
        raise FairRefused("bad_state", f"fair {fair_id} is {fair.state}", state=fair.state)
    audit.record(connection, at=now, actor=principal.login, action="fair_published",
                 entity_type="fair", entity_id=str(fair_id))  # fmt: skip
