"""Two-way selection fairs (双选会, rulebook §6, §6.1): the pure rules around the allocation.

Positions are the "hospitals" of the hospital/residents problem: each has a capacity and its
own strict order of applicants; students (talents) rank positions. The allocation itself is
computed by a well-kept deferred-acceptance implementation (``sellerstar.fairs.solver``);
this module prepares its strict inputs, checks what it returns and explains it:

- **acceptability**: a student and a position may be matched only when the student ranked
  the position *and* the position's merchant ranked the student for it;
- **tie-break** (documented in ``docs/fairs.md``): a merchant may give several applicants
  the same rank; equal ranks are ordered by the student's ranking submission time (earlier
  first; a ranking with no time comes last), then by ``talent_id`` (code-point order). The
  rule looks at nothing the student ranked, so ranking positions truthfully stays a
  student's best strategy under student-proposing deferred acceptance;
- **stability**: :func:`blocking_pairs` lists every (student, position) that both prefer
  to what they got; a result with any is never published;
- **reasons**: :func:`explain` says, for every student and every position, why the result
  is what it is — which follows from stability (a position a student preferred either did
  not rank them or was filled with applicants it ranked higher).

>>> positions = [FairPosition("P1", "M1", 1), FairPosition("P2", "M2", 1)]
>>> students = [StudentRanking("T1", ("P1", "P2")), StudentRanking("T2", ("P1",))]
>>> merchants = [MerchantRank("P1", "T1", 1), MerchantRank("P1", "T2", 1),
...     MerchantRank("P2", "T1", 1)]
>>> fair = prepare(positions, students, merchants, max_choices=5)
>>> fair.position_prefs["P1"]  # a tie, broken by talent_id (neither has a time)
('T1', 'T2')
>>> blocking_pairs(fair, {"T1": "P2", "T2": "P1"})
[('T1', 'P1')]
>>> blocking_pairs(fair, {"T1": "P1"})
[]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


class FairInputError(ValueError):
    """The rankings or positions of a fair break a rule; the message names what."""


class FairState(StrEnum):
    """A fair's life: drafted by an operator; open (students and merchants rank); closed
    (rankings frozen, the allocation may be computed and checked); published (read-only)."""

    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"
    PUBLISHED = "published"


class PairOutcome(StrEnum):
    """What became of one (student, position) pair the student ranked."""

    PLACED = "placed"
    """The student was placed at this position."""
    PLACED_HIGHER_CHOICE = "placed_higher_choice"
    """The student was placed at a position they ranked higher."""
    NOT_RANKED = "not_ranked"
    """The position's merchant did not rank the student for it."""
    FILLED_HIGHER = "filled_higher"
    """The position filled every place with applicants its merchant ranked higher."""


class StudentOutcome(StrEnum):
    """A student's result."""

    PLACED_FIRST_CHOICE = "placed_first_choice"
    PLACED = "placed"
    UNPLACED = "unplaced"
    RANKED_NOTHING = "ranked_nothing"


class PositionOutcome(StrEnum):
    """A position's result."""

    FULL = "full"
    UNDERFILLED = "underfilled"
    EMPTY = "empty"
    NO_APPLICANTS = "no_applicants"


@dataclass(frozen=True)
class FairPosition:
    """A position a merchant lists at a fair, with its number of places."""

    position_id: str
    merchant_id: str
    capacity: int


@dataclass(frozen=True)
class StudentRanking:
    """A student's strict ranking of positions, first choice first, and when it was
    submitted (the tie-break's first key)."""

    talent_id: str
    choices: tuple[str, ...]
    submitted_at: dt.datetime | None = None


@dataclass(frozen=True)
class MerchantRank:
    """One applicant's rank for one position (1 = best); equal ranks are ties."""

    position_id: str
    talent_id: str
    rank: int


@dataclass(frozen=True)
class Fair:
    """A fair's strict, mutually acceptable preferences, ready for the solver."""

    positions: Mapping[str, FairPosition]
    choices: Mapping[str, tuple[str, ...]]
    """Every student's own ranking as submitted (reasons refer to it)."""
    student_prefs: Mapping[str, tuple[str, ...]]
    """Each student's ranking reduced to the positions that ranked them."""
    position_prefs: Mapping[str, tuple[str, ...]]
    """Each position's strict order (ties broken) of the students who ranked it."""

    def position_rank(self, position_id: str, talent_id: str) -> int | None:
        """0-based place of the student in the position's strict order; None if unranked."""
        order = self.position_prefs.get(position_id, ())
        return order.index(talent_id) if talent_id in order else None


def _choices(
    rankings: Iterable[StudentRanking], positions: Mapping[str, FairPosition], max_choices: int
) -> tuple[dict[str, tuple[str, ...]], dict[str, dt.datetime | None]]:
    choices: dict[str, tuple[str, ...]] = {}
    times: dict[str, dt.datetime | None] = {}
    for ranking in rankings:
        who = ranking.talent_id
        if who in choices:
            raise FairInputError(f"student {who!r} has two rankings")
        if len(ranking.choices) > max_choices:
            raise FairInputError(
                f"student {who!r} ranked {len(ranking.choices)} positions; at most "
                f"{max_choices} may be ranked"
            )
        if len(set(ranking.choices)) != len(ranking.choices):
            raise FairInputError(f"student {who!r} ranked a position twice")
        unknown = [p for p in ranking.choices if p not in positions]
        if unknown:
            raise FairInputError(f"student {who!r} ranked unknown position {unknown[0]!r}")
        choices[who] = ranking.choices
        times[who] = ranking.submitted_at
    return choices, times


def tie_break_key(
    rank: int, submitted_at: dt.datetime | None, talent_id: str
) -> tuple[int, int, dt.datetime, str]:
    """The documented order of a position's applicants: the merchant's rank, then the
    earlier ranking submission (none = last), then ``talent_id``.

    >>> t = dt.datetime(2022, 11, 1, tzinfo=dt.UTC)
    >>> sorted([(2, None, "A"), (1, t, "C"), (1, None, "B"), (1, t, "A")],
    ...        key=lambda r: tie_break_key(*r))
    [(1, ..., 'A'), (1, ..., 'C'), (1, None, 'B'), (2, None, 'A')]
    """
    never = dt.datetime.max.replace(tzinfo=dt.UTC)
    when = submitted_at if submitted_at is not None else never
    return (rank, 0 if submitted_at is not None else 1, when, talent_id)


def prepare(
    positions: Iterable[FairPosition],
    students: Iterable[StudentRanking],
    merchant_ranks: Iterable[MerchantRank],
    *,
    max_choices: int,
) -> Fair:
    """Validate a fair's inputs and make its strict, mutually acceptable preferences.

    A merchant's rank of a student who did not rank that position is ignored (the pair is
    not acceptable); a student's choice of a position that did not rank them stays in
    ``choices`` (the reason says so) but not in ``student_prefs``.
    """
    by_id: dict[str, FairPosition] = {}
    for position in positions:
        if position.position_id in by_id:
            raise FairInputError(f"position {position.position_id!r} is listed twice")
        if position.capacity < 1:
            raise FairInputError(f"position {position.position_id!r}: capacity must be >= 1")
        by_id[position.position_id] = position
    choices, times = _choices(students, by_id, max_choices)
    ranked: dict[str, dict[str, int]] = {p: {} for p in by_id}
    for entry in merchant_ranks:
        if entry.position_id not in by_id:
            raise FairInputError(f"a rank names unknown position {entry.position_id!r}")
        if entry.rank < 1:
            raise FairInputError(
                f"position {entry.position_id!r}: rank of {entry.talent_id!r} must be >= 1"
            )
        if entry.talent_id in ranked[entry.position_id]:
            raise FairInputError(f"position {entry.position_id!r} ranked {entry.talent_id!r} twice")
        ranked[entry.position_id][entry.talent_id] = entry.rank
    position_prefs: dict[str, tuple[str, ...]] = {}
    for pid, ranks in ranked.items():
        applicants = [t for t in ranks if pid in choices.get(t, ())]
        applicants.sort(key=lambda t: tie_break_key(ranks[t], times.get(t), t))
        position_prefs[pid] = tuple(applicants)
    student_prefs = {
        who: tuple(p for p in mine if who in position_prefs[p]) for who, mine in choices.items()
    }
    return Fair(by_id, choices, student_prefs, position_prefs)


def check_feasible(fair: Fair, allocation: Mapping[str, str]) -> None:
    """Raise :class:`FairInputError` if ``allocation`` (student → position) pairs anyone
    who is not mutually acceptable or puts more students at a position than its places."""
    filled: dict[str, int] = {}
    for who, pid in allocation.items():
        if pid not in fair.student_prefs.get(who, ()):
            raise FairInputError(f"{who!r} at {pid!r} is not a mutually acceptable pair")
        filled[pid] = filled.get(pid, 0) + 1
    for pid, count in filled.items():
        if count > fair.positions[pid].capacity:
            raise FairInputError(f"position {pid!r} holds {count} > its capacity")


def assigned(allocation: Mapping[str, str]) -> dict[str, list[str]]:
    """Position → the students placed there."""
    at: dict[str, list[str]] = {}
    for who, pid in allocation.items():
        at.setdefault(pid, []).append(who)
    return at


def _position_would_take(fair: Fair, pid: str, who: str, holders: list[str]) -> bool:
    """Would the position rather have ``who`` than what it holds (a free place, or a
    holder it ranked lower)?"""
    if len(holders) < fair.positions[pid].capacity:
        return True
    mine = fair.position_prefs[pid].index(who)
    return any(fair.position_prefs[pid].index(h) > mine for h in holders)


def blocking_pairs(fair: Fair, allocation: Mapping[str, str]) -> list[tuple[str, str]]:
    """Every (student, position) mutually acceptable pair where the student prefers the
    position to their result and the position would take them: empty = stable."""
    at = assigned(allocation)
    found = []
    for who, prefs in sorted(fair.student_prefs.items()):
        current = allocation.get(who)
        better = prefs if current is None else prefs[: prefs.index(current)]
        for pid in better:
            if _position_would_take(fair, pid, who, at.get(pid, [])):
                found.append((who, pid))
    return found


@dataclass(frozen=True)
class StudentResult:
    """A student's published result and why: for each position ranked above the
    placement (or all, when unplaced), what kept them out."""

    talent_id: str
    outcome: StudentOutcome
    position_id: str | None
    choice_rank: int | None
    """1-based place of the placement in the student's own ranking."""
    above: tuple[tuple[str, PairOutcome], ...]


@dataclass(frozen=True)
class PositionResult:
    """A position's result: who was placed, and what became of its other applicants."""

    position_id: str
    merchant_id: str
    capacity: int
    outcome: PositionOutcome
    placed: tuple[str, ...]
    """In the merchant's order."""
    applicants: tuple[tuple[str, PairOutcome], ...]
    """Every student who ranked the position, in the order they applied (talent_id)."""

    def count(self, outcome: PairOutcome) -> int:
        """How many applicants ended with ``outcome``."""
        return sum(1 for _, o in self.applicants if o is outcome)


def pair_outcome(fair: Fair, allocation: Mapping[str, str], who: str, pid: str) -> PairOutcome:
    """What became of a pair the student ranked (see :class:`PairOutcome`); for a stable
    allocation, a preferred position that ranked the student is always full of applicants
    ranked higher."""
    current = allocation.get(who)
    mine = fair.choices[who]
    if current == pid:
        return PairOutcome.PLACED
    if current is not None and mine.index(current) < mine.index(pid):
        return PairOutcome.PLACED_HIGHER_CHOICE
    if fair.position_rank(pid, who) is None:
        return PairOutcome.NOT_RANKED
    return PairOutcome.FILLED_HIGHER


def explain(
    fair: Fair, allocation: Mapping[str, str]
) -> tuple[list[StudentResult], list[PositionResult]]:
    """Every student's and every position's result with its reasons. Raises
    :class:`FairInputError` if the allocation is infeasible or not stable."""
    check_feasible(fair, allocation)
    blocking = blocking_pairs(fair, allocation)
    if blocking:
        raise FairInputError(f"the allocation is not stable: {len(blocking)} blocking pairs")
    students = []
    for who, mine in sorted(fair.choices.items()):
        pid = allocation.get(who)
        rank = mine.index(pid) + 1 if pid is not None else None
        above = mine if pid is None else mine[: mine.index(pid)]
        reasons = tuple((p, pair_outcome(fair, allocation, who, p)) for p in above)
        if not mine:
            outcome = StudentOutcome.RANKED_NOTHING
        elif pid is None:
            outcome = StudentOutcome.UNPLACED
        elif rank == 1:
            outcome = StudentOutcome.PLACED_FIRST_CHOICE
        else:
            outcome = StudentOutcome.PLACED
        students.append(StudentResult(who, outcome, pid, rank, reasons))
    at = assigned(allocation)
    positions = []
    for pid, position in sorted(fair.positions.items()):
        applicants = sorted(w for w, mine in fair.choices.items() if pid in mine)
        placed = sorted(at.get(pid, []), key=lambda w: fair.position_prefs[pid].index(w))
        if not applicants:
            outcome_p = PositionOutcome.NO_APPLICANTS
        elif not placed:
            outcome_p = PositionOutcome.EMPTY
        elif len(placed) < position.capacity:
            outcome_p = PositionOutcome.UNDERFILLED
        else:
            outcome_p = PositionOutcome.FULL
        pairs = tuple((w, pair_outcome(fair, allocation, w, pid)) for w in applicants)
        positions.append(
            PositionResult(
                pid, position.merchant_id, position.capacity, outcome_p, tuple(placed), pairs
            )
        )
    return students, positions
