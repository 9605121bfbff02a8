"""The two-way selection fair's allocation: stable, feasible, student-optimal (against a
brute-force enumeration of every stable matching), deterministic under the tie-break, and
explained; property-based over random preferences and capacities, with the boundaries."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sellerstar.domain.fairs import (
    Fair,
    FairInputError,
    FairPosition,
    MerchantRank,
    PairOutcome,
    PositionOutcome,
    StudentOutcome,
    StudentRanking,
    blocking_pairs,
    check_feasible,
    explain,
    prepare,
)
from sellerstar.fairs.solver import allocate

T0 = dt.datetime(2022, 11, 1, 9, tzinfo=dt.UTC)


@st.composite
def fairs(
    draw: st.DrawFn, max_students: int = 6, max_positions: int = 4, max_capacity: int = 3
) -> tuple[list[FairPosition], list[StudentRanking], list[MerchantRank]]:
    """Random positions with capacities, student rankings and merchant ranks with ties."""
    n_positions = draw(st.integers(1, max_positions))
    positions = [
        FairPosition(f"P{i}", f"M{i % 2}", draw(st.integers(1, max_capacity)))
        for i in range(n_positions)
    ]
    ids = [p.position_id for p in positions]
    n_students = draw(st.integers(0, max_students))
    students = []
    for s in range(n_students):
        choices = draw(
            st.permutations(ids).flatmap(
                lambda perm: st.integers(0, len(perm)).map(lambda k, perm=perm: tuple(perm[:k]))
            )
        )
        when = draw(
            st.one_of(st.none(), st.integers(0, 3).map(lambda m: T0 + dt.timedelta(minutes=m)))
        )
        students.append(StudentRanking(f"T{s}", choices, when))
    ranks = []
    for student in students:
        for pid in student.choices:
            # a merchant may leave an applicant unranked, or give equal ranks (ties)
            rank = draw(st.one_of(st.none(), st.integers(1, 3)))
            if rank is not None:
                ranks.append(MerchantRank(pid, student.talent_id, rank))
    return positions, students, ranks


def _prepared(case: tuple[list[FairPosition], list[StudentRanking], list[MerchantRank]]) -> Fair:
    positions, students, ranks = case
    return prepare(positions, students, ranks, max_choices=len(positions))


def _all_stable(fair: Fair) -> list[dict[str, str]]:
    """Every stable allocation, by enumerating every feasible one."""
    students = sorted(fair.student_prefs)
    options = [[None, *fair.student_prefs[s]] for s in students]
    stable = []
    for combo in itertools.product(*options):
        allocation = {s: p for s, p in zip(students, combo, strict=True) if p is not None}
        try:
            check_feasible(fair, allocation)
        except FairInputError:
            continue
        if not blocking_pairs(fair, allocation):
            stable.append(allocation)
    return stable


def _choice(fair: Fair, who: str, allocation: dict[str, str]) -> int:
    """Place of the student's result in their ranking; unplaced is worst."""
    pid = allocation.get(who)
    return fair.choices[who].index(pid) if pid is not None else len(fair.choices[who])


@settings(max_examples=300, deadline=None)
@given(fairs())
def test_stable_feasible_and_student_optimal(case) -> None:
    fair = _prepared(case)
    allocation = allocate(fair)
    check_feasible(fair, allocation)
    assert blocking_pairs(fair, allocation) == []
    stable = _all_stable(fair)
    assert allocation in stable
    for who in fair.choices:
        best = min(_choice(fair, who, other) for other in stable)
        assert _choice(fair, who, allocation) == best, who


@settings(max_examples=150, deadline=None)
@given(fairs(max_students=10, max_positions=5, max_capacity=4))
def test_deterministic_whatever_the_input_order(case) -> None:
    positions, students, ranks = case
    once = allocate(_prepared(case))
    again = allocate(_prepared((positions[::-1], students[::-1], ranks[::-1])))
    assert once == again


@settings(max_examples=200, deadline=None)
@given(fairs(max_students=10, max_positions=5, max_capacity=4))
def test_every_reason_follows_from_the_result(case) -> None:
    fair = _prepared(case)
    allocation = allocate(fair)
    students, positions = explain(fair, allocation)
    for result in students:
        assert result.position_id == allocation.get(result.talent_id)
        for pid, outcome in result.above:
            assert outcome in (PairOutcome.NOT_RANKED, PairOutcome.FILLED_HIGHER)
            if outcome is PairOutcome.FILLED_HIGHER:
                # full, and every holder ranked above this student
                holders = [w for w, p in allocation.items() if p == pid]
                assert len(holders) == fair.positions[pid].capacity
                me = fair.position_prefs[pid].index(result.talent_id)
                assert all(fair.position_prefs[pid].index(h) < me for h in holders)
    for position in positions:
        assert len(position.placed) <= position.capacity
        if position.outcome in (PositionOutcome.UNDERFILLED, PositionOutcome.EMPTY):
            # a position with a free place lost nobody it ranked to a lower choice
            assert position.count(PairOutcome.FILLED_HIGHER) == 0


def test_tie_broken_by_submission_time_then_talent_id() -> None:
    positions = [FairPosition("P1", "M1", 1)]
    students = [
        StudentRanking("T1", ("P1",), T0 + dt.timedelta(minutes=5)),
        StudentRanking("T2", ("P1",), T0),
        StudentRanking("T0", ("P1",), None),
        StudentRanking("T3", ("P1",), T0),
    ]
    ranks = [MerchantRank("P1", t, 1) for t in ("T0", "T1", "T2", "T3")]
    fair = prepare(positions, students, ranks, max_choices=1)
    assert fair.position_prefs["P1"] == ("T2", "T3", "T1", "T0")
    assert allocate(fair) == {"T2": "P1"}


def test_a_better_merchant_rank_beats_an_earlier_submission() -> None:
    positions = [FairPosition("P1", "M1", 1)]
    students = [StudentRanking("T1", ("P1",), T0), StudentRanking("T2", ("P1",), None)]
    ranks = [MerchantRank("P1", "T1", 2), MerchantRank("P1", "T2", 1)]
    assert allocate(prepare(positions, students, ranks, max_choices=1)) == {"T2": "P1"}


def test_everyone_ranking_one_position_fills_exactly_its_capacity() -> None:
    positions = [FairPosition("P1", "M1", 3), FairPosition("P2", "M2", 1)]
    students = [StudentRanking(f"T{i}", ("P1",), T0) for i in range(7)]
    ranks = [MerchantRank("P1", f"T{i}", 7 - i) for i in range(7)]
    fair = prepare(positions, students, ranks, max_choices=2)
    allocation = allocate(fair)
    assert sorted(allocation) == ["T4", "T5", "T6"]
    results, positions_out = explain(fair, allocation)
    by_id = {p.position_id: p for p in positions_out}
    assert by_id["P1"].outcome is PositionOutcome.FULL
    assert by_id["P1"].placed == ("T6", "T5", "T4")
    assert by_id["P2"].outcome is PositionOutcome.NO_APPLICANTS
    unplaced = [r for r in results if r.outcome is StudentOutcome.UNPLACED]
    assert len(unplaced) == 4
    assert all(r.above == (("P1", PairOutcome.FILLED_HIGHER),) for r in unplaced)


def test_large_capacity_takes_every_acceptable_applicant() -> None:
    positions = [FairPosition("P1", "M1", 1000)]
    students = [StudentRanking(f"T{i:03}", ("P1",)) for i in range(50)]
    ranks = [MerchantRank("P1", f"T{i:03}", 1) for i in range(0, 50, 2)]
    allocation = allocate(prepare(positions, students, ranks, max_choices=1))
    assert sorted(allocation) == [f"T{i:03}" for i in range(0, 50, 2)]


def test_empty_rankings() -> None:
    positions = [FairPosition("P1", "M1", 1)]
    fair = prepare(positions, [StudentRanking("T1", ())], [], max_choices=3)
    assert allocate(fair) == {}
    students, positions_out = explain(fair, {})
    assert students[0].outcome is StudentOutcome.RANKED_NOTHING
    assert positions_out[0].outcome is PositionOutcome.NO_APPLICANTS
    assert allocate(prepare([], [], [], max_choices=3)) == {}


def test_not_ranked_by_the_merchant_is_never_placed_there() -> None:
    positions = [FairPosition("P1", "M1", 5), FairPosition("P2", "M2", 5)]
    students = [StudentRanking("T1", ("P1", "P2"))]
    fair = prepare(positions, students, [MerchantRank("P2", "T1", 1)], max_choices=2)
    allocation = allocate(fair)
    assert allocation == {"T1": "P2"}
    (result,), _ = explain(fair, allocation)
    assert result.choice_rank == 2
    assert result.above == (("P1", PairOutcome.NOT_RANKED),)


@pytest.mark.parametrize(
    ("students", "ranks", "message"),
    [
        ([StudentRanking("T1", ("P1", "P1"))], [], "twice"),
        ([StudentRanking("T1", ("P1", "P2", "P3"))], [], "at most 2"),
        ([StudentRanking("T1", ("PX",))], [], "unknown position"),
        ([StudentRanking("T1", ()), StudentRanking("T1", ())], [], "two rankings"),
        ([], [MerchantRank("P1", "T1", 0)], ">= 1"),
        ([], [MerchantRank("PX", "T1", 1)], "unknown position"),
        ([], [MerchantRank("P1", "T1", 1), MerchantRank("P1", "T1", 2)], "twice"),
    ],
)
def test_bad_inputs_are_refused(students, ranks, message) -> None:
    positions = [
        FairPosition("P1", "M1", 1),
        FairPosition("P2", "M1", 1),
        FairPosition("P3", "M1", 1),
    ]
    with pytest.raises(FairInputError, match=message):
        prepare(positions, students, ranks, max_choices=2)


def test_zero_capacity_and_duplicate_positions_are_refused() -> None:
    with pytest.raises(FairInputError, match="capacity"):
        prepare([FairPosition("P1", "M1", 0)], [], [], max_choices=1)
    with pytest.raises(FairInputError, match="twice"):
        prepare([FairPosition("P1", "M1", 1)] * 2, [], [], max_choices=1)


def test_an_unstable_allocation_is_never_explained() -> None:
    positions = [FairPosition("P1", "M1", 1), FairPosition("P2", "M2", 1)]
    students = [StudentRanking("T1", ("P1", "P2")), StudentRanking("T2", ("P1",))]
    ranks = [MerchantRank("P1", "T1", 1), MerchantRank("P1", "T2", 2), MerchantRank("P2", "T1", 1)]
    fair = prepare(positions, students, ranks, max_choices=2)
    with pytest.raises(FairInputError, match="not stable"):
        explain(fair, {"T1": "P2", "T2": "P1"})
    with pytest.raises(FairInputError, match="capacity"):
        explain(fair, {"T1": "P1", "T2": "P1"})


def test_every_outcome_and_state_has_words() -> None:
    # The pages look each code up; the catalogues' zh texts come with NEW_MSGIDS_fairs.po.
    from sellerstar.domain.fairs import FairState
    from sellerstar.web.words import fairs as words

    assert set(words.STATE_LABELS) == set(FairState)
    assert set(words.STUDENT_OUTCOMES) == set(words.STUDENT_OUTCOMES_THIRD) == set(StudentOutcome)
    assert set(words.ABOVE_REASONS_THIRD) == set(words.ABOVE_REASONS)
    assert set(words.APPLICANT_OUTCOMES) == set(PairOutcome)
    assert set(words.ABOVE_REASONS) == {PairOutcome.NOT_RANKED, PairOutcome.FILLED_HIGHER}
    assert set(words.POSITION_OUTCOMES) == set(PositionOutcome)
