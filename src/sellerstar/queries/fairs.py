"""The read side of two-way selection fairs (双选会), always scoped by who asks:

- an operator sees every fair, its participation, the computation (blocking pairs = 0) and
  every result;
- a merchant's main account sees the fairs that opened, only its own positions, the
  applicants who ranked them (never how the applicant ranked it, nor other merchants'
  positions) and, once published, each position's result and each applicant's outcome;
- a talent sees the fairs that opened, every position, only its own ranking and, once
  published, its own result with the reason.

Anything else is :class:`FairNotFound` (the web answers 404).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from sellerstar.domain.access import OutOfScope, Principal
from sellerstar.domain.fairs import (
    FairState,
    PairOutcome,
    PositionOutcome,
    StudentOutcome,
    pair_outcome,
    prepare,
)
from sellerstar.fairs.stored import stored_inputs
from sellerstar.store.schema import (
    contract_tables,
    fair_merchant_ranks,
    fair_position_results,
    fair_positions,
    fair_results,
    fair_student_choices,
    fair_students,
    fairs,
)

_talents = contract_tables["talents"]
_merchants = contract_tables["merchants"]


FairNotFound = OutOfScope
"""Not there, or not for the one asking: the web answers 404 (no probing of ids)."""


@dataclass(frozen=True)
class FairSummary:
    fair_id: int
    university: str
    title: str
    state: FairState
    opens_at: dt.datetime
    closes_at: dt.datetime
    results_at: dt.datetime
    computed_at: dt.datetime | None
    rule_set_id: str | None
    blocking_pairs: int | None
    published_at: dt.datetime | None

    def open_at(self, now: dt.datetime) -> bool:
        """Rankings and positions may change now."""
        return self.state == FairState.OPEN and self.opens_at <= now < self.closes_at


@dataclass(frozen=True)
class Position:
    position_id: int
    merchant_id: str
    merchant_name: str
    title: str
    description: str
    capacity: int


@dataclass(frozen=True)
class Applicant:
    talent_id: str
    name: str
    school: str | None
    major: str | None
    graduation_year: int | None
    skills: str | None
    rank: int | None
    outcome: PairOutcome | None = None
    """Once published: what became of this applicant for the position."""


@dataclass(frozen=True)
class PositionResult:
    filled: int
    outcome: PositionOutcome
    applicants: int
    placed_higher_choice: int
    filled_higher: int
    not_ranked: int


@dataclass(frozen=True)
class OwnPosition:
    position: Position
    applicants: tuple[Applicant, ...]
    result: PositionResult | None


@dataclass(frozen=True)
class Above:
    """A position the student ranked above the result, and why it did not take them."""

    choice: int
    position: Position
    outcome: PairOutcome


@dataclass(frozen=True)
class StudentResult:
    talent_id: str
    name: str
    outcome: StudentOutcome
    position: Position | None
    choice_rank: int | None
    above: tuple[Above, ...]


@dataclass(frozen=True)
class FairPage:
    """What one fair shows to the one asking (fields not theirs stay empty)."""

    fair: FairSummary
    positions: tuple[Position, ...] = ()
    my_choices: tuple[int, ...] = ()
    my_result: StudentResult | None = None
    own_positions: tuple[OwnPosition, ...] = ()
    participation: dict[str, int] = field(default_factory=dict)
    results: tuple[StudentResult, ...] = ()
    position_results: dict[int, PositionResult] = field(default_factory=dict)


def _summary(row: sa.Row[object]) -> FairSummary:
    m = row._mapping
    return FairSummary(
        m["fair_id"], m["university"], m["title"], FairState(m["state"]), m["opens_at"],
        m["closes_at"], m["results_at"], m["computed_at"], m["rule_set_id"], m["blocking_pairs"],
        m["published_at"],
    )  # fmt: skip


def _visible(principal: Principal) -> sa.ColumnElement[bool]:
    if principal.is_operator:
        return sa.true()
    if principal.is_main_account or principal.is_talent:
        return fairs.c.state != FairState.DRAFT.value
    return sa.false()


def fair_list(connection: sa.Connection, principal: Principal) -> list[FairSummary]:
    """The fairs the one asking may see, newest first."""
    rows = connection.execute(
        sa.select(fairs).where(_visible(principal)).order_by(fairs.c.opens_at.desc())
    )
    return [_summary(r) for r in rows]


def fair_summary(connection: sa.Connection, principal: Principal, fair_id: int) -> FairSummary:
    """One fair, or :class:`FairNotFound`."""
    row = connection.execute(
        sa.select(fairs).where(fairs.c.fair_id == fair_id, _visible(principal))
    ).one_or_none()
    if row is None:
        raise FairNotFound(f"no fair {fair_id}")
    return _summary(row)


def _positions(connection: sa.Connection, fair_id: int, merchant_id: str | None) -> list[Position]:
    query = (
        sa.select(fair_positions, _merchants.c.name.label("merchant_name"))
        .join(_merchants, _merchants.c.merchant_id == fair_positions.c.merchant_id)
        .where(fair_positions.c.fair_id == fair_id)
        .order_by(fair_positions.c.position_id)
    )
    if merchant_id is not None:
        query = query.where(fair_positions.c.merchant_id == merchant_id)
    return [
        Position(r.position_id, r.merchant_id, r.merchant_name, r.title, r.description,
                 r.capacity)
        for r in connection.execute(query)
    ]  # fmt: skip


def _names(connection: sa.Connection, talent_ids: set[str]) -> dict[str, sa.Row[object]]:
    if not talent_ids:
        return {}
    rows = connection.execute(sa.select(_talents).where(_talents.c.talent_id.in_(talent_ids)))
    return {r.talent_id: r for r in rows}


def _allocation(connection: sa.Connection, fair_id: int) -> dict[str, str]:
    rows = connection.execute(
        sa.select(fair_results.c.talent_id, fair_results.c.position_id).where(
            fair_results.c.fair_id == fair_id, fair_results.c.position_id.is_not(None)
        )
    )
    return {r.talent_id: str(r.position_id) for r in rows}


def _results(
    connection: sa.Connection, fair_id: int, positions: dict[int, Position],
    talent_id: str | None = None,
) -> list[StudentResult]:  # fmt: skip
    query = sa.select(fair_results).where(fair_results.c.fair_id == fair_id)
    if talent_id is not None:
        query = query.where(fair_results.c.talent_id == talent_id)
    rows = list(connection.execute(query.order_by(fair_results.c.talent_id)))
    names = _names(connection, {r.talent_id for r in rows})
    found = []
    for r in rows:
        above = []
        choices = list(connection.execute(
            sa.select(fair_student_choices.c.position_id, fair_student_choices.c.choice_rank)
            .where(fair_student_choices.c.fair_id == fair_id,
                   fair_student_choices.c.talent_id == r.talent_id)
        ))  # fmt: skip
        choice_of = {c.position_id: c.choice_rank for c in choices}
        for item in filter(None, r.reasons.split(";")):
            pid, _, code = item.partition(":")
            above.append(Above(choice_of[int(pid)], positions[int(pid)], PairOutcome(code)))
        talent = names.get(r.talent_id)
        found.append(StudentResult(
            r.talent_id, talent.name if talent is not None else r.talent_id,
            StudentOutcome(r.outcome),
            positions[r.position_id] if r.position_id is not None else None,
            r.choice_rank, tuple(sorted(above, key=lambda a: a.choice)),
        ))  # fmt: skip
    return found


def _position_results(connection: sa.Connection, fair_id: int) -> dict[int, PositionResult]:
    rows = connection.execute(
        sa.select(fair_position_results).where(fair_position_results.c.fair_id == fair_id)
    )
    return {
        r.position_id: PositionResult(r.filled, PositionOutcome(r.outcome), r.applicants,
                                      r.placed_higher_choice, r.filled_higher, r.not_ranked)
        for r in rows
    }  # fmt: skip


def _own_positions(
    connection: sa.Connection, fair: FairSummary, merchant_id: str, published: bool
) -> list[OwnPosition]:
    mine = _positions(connection, fair.fair_id, merchant_id)
    results = _position_results(connection, fair.fair_id) if published else {}
    explained = None
    if published:
        explained = prepare(*stored_inputs(connection, fair.fair_id), max_choices=10**6)
        allocation = _allocation(connection, fair.fair_id)
    own = []
    for position in mine:
        applied = list(connection.execute(
            sa.select(fair_student_choices.c.talent_id, fair_merchant_ranks.c.rank)
            .outerjoin(fair_merchant_ranks, sa.and_(
                fair_merchant_ranks.c.position_id == fair_student_choices.c.position_id,
                fair_merchant_ranks.c.talent_id == fair_student_choices.c.talent_id))
            .where(fair_student_choices.c.position_id == position.position_id)
            .order_by(fair_student_choices.c.talent_id)
        ))  # fmt: skip
        names = _names(connection, {a.talent_id for a in applied})
        applicants = []
        for a in applied:
            t = names.get(a.talent_id)
            outcome = (
                pair_outcome(explained, allocation, a.talent_id, str(position.position_id))
                if explained is not None else None
            )  # fmt: skip
            applicants.append(Applicant(
                a.talent_id, t.name if t is not None else a.talent_id,
                t.school if t is not None else None, t.major if t is not None else None,
                t.graduation_year if t is not None else None,
                t.skills if t is not None else None, a.rank, outcome,
            ))  # fmt: skip
        own.append(OwnPosition(position, tuple(applicants), results.get(position.position_id)))
    return own


def participation(connection: sa.Connection, fair_id: int) -> dict[str, int]:
    """The operator's figures: positions, places, merchants, registered and ranking
    students, merchant ranks given."""

    def one(query: sa.Select[Any]) -> int:
        return int(connection.execute(query).scalar_one() or 0)

    at_fair = fair_positions.c.fair_id == fair_id
    return {
        "positions": one(sa.select(sa.func.count()).where(at_fair)),
        "places": one(sa.select(sa.func.sum(fair_positions.c.capacity)).where(at_fair)),
        "merchants": one(
            sa.select(sa.func.count(sa.distinct(fair_positions.c.merchant_id))).where(at_fair)
        ),
        "students": one(
            sa.select(sa.func.count()).where(fair_students.c.fair_id == fair_id)
        ),
        "choices": one(
            sa.select(sa.func.count()).where(fair_student_choices.c.fair_id == fair_id)
        ),
        "merchant_ranks": one(
            sa.select(sa.func.count()).select_from(fair_merchant_ranks.join(fair_positions))
            .where(at_fair)
        ),
    }  # fmt: skip


def fair_page(connection: sa.Connection, principal: Principal, fair_id: int) -> FairPage:
    """One fair as the one asking may see it."""
    fair = fair_summary(connection, principal, fair_id)
    published = fair.state == FairState.PUBLISHED
    if principal.is_operator:
        positions = _positions(connection, fair_id, None)
        by_id = {p.position_id: p for p in positions}
        computed = fair.computed_at is not None
        return FairPage(
            fair, tuple(positions), participation=participation(connection, fair_id),
            results=tuple(_results(connection, fair_id, by_id)) if computed else (),
            position_results=_position_results(connection, fair_id) if computed else {},
        )  # fmt: skip
    if principal.is_main_account and principal.merchant_id is not None:
        own = _own_positions(connection, fair, principal.merchant_id, published)
        return FairPage(fair, own_positions=tuple(own))
    if principal.is_talent and principal.talent_id is not None:
        positions = _positions(connection, fair_id, None)
        by_id = {p.position_id: p for p in positions}
        choices = connection.execute(
            sa.select(fair_student_choices.c.position_id)
            .where(fair_student_choices.c.fair_id == fair_id,
                   fair_student_choices.c.talent_id == principal.talent_id)
            .order_by(fair_student_choices.c.choice_rank)
        ).scalars()  # fmt: skip
        mine = _results(connection, fair_id, by_id, principal.talent_id) if published else []
        return FairPage(fair, tuple(positions), my_choices=tuple(choices),
                        my_result=mine[0] if mine else None)  # fmt: skip
    raise FairNotFound("not for this role")
