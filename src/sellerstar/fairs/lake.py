"""Lake mode of a two-way selection fair: ``fair_positions``, ``fair_student_rankings`` and
``fair_merchant_rankings`` in, ``fair_allocation`` (one row per student) and
``fair_position_results`` (one row per position) out, written aside and moved in only when
both are complete, so a refused input leaves the output folder as it was."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from sellerstar.domain.fairs import (
    FairInputError,
    FairPosition,
    MerchantRank,
    PairOutcome,
    PositionResult,
    StudentRanking,
    StudentResult,
    explain,
    prepare,
)
from sellerstar.errors import InputError
from sellerstar.fairs.solver import allocate
from sellerstar.metrics import output
from sellerstar.metrics.sources import find_source, read_arrow
from sellerstar.rules import RuleBook
from sellerstar.rules.fairs import SelectionFairs

ALLOCATION_TABLE = "fair_allocation"
POSITIONS_TABLE = "fair_position_results"

ALLOCATION_SCHEMA = pa.schema(
    [
        ("talent_id", pa.string()),
        ("position_id", pa.string()),
        ("merchant_id", pa.string()),
        ("student_choice_rank", pa.int64()),
        ("outcome", pa.string()),
        ("reasons", pa.string()),
    ]
)
"""``reasons``: for each position ranked above the result, ``position_id:outcome``
(``not_ranked`` or ``filled_higher``), ``;``-separated in the student's order."""

POSITIONS_SCHEMA = pa.schema(
    [
        ("position_id", pa.string()),
        ("merchant_id", pa.string()),
        ("capacity", pa.int64()),
        ("filled", pa.int64()),
        ("outcome", pa.string()),
        ("applicants", pa.int64()),
        ("placed_higher_choice", pa.int64()),
        ("filled_higher", pa.int64()),
        ("not_ranked", pa.int64()),
    ]
)

COLUMNS = {
    "fair_positions": ("position_id", "merchant_id", "title", "capacity"),
    "fair_student_rankings": ("talent_id", "position_id", "choice_rank", "submitted_at"),
    "fair_merchant_rankings": ("position_id", "talent_id", "rank"),
}


@dataclass(frozen=True)
class FairRun:
    """A lake run's result."""

    rule_set_id: str
    students: list[StudentResult]
    positions: list[PositionResult]


def rules_on(book: RuleBook, day: dt.date) -> tuple[str, SelectionFairs]:
    """The fairs' section of the rule-set in force on ``day``; refused when absent."""
    rule_set = book.in_force(day)
    if rule_set.selection_fairs is None:
        raise InputError(f"{day}: rule-set {rule_set.id} has no [selection_fairs] section")
    return rule_set.id, rule_set.selection_fairs


def _rows(folder: Path, table: str, timezone: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = read_arrow(
        find_source(folder, table), timezone, COLUMNS[table]
    ).to_pylist()
    for number, row in enumerate(rows, start=1):
        for name, value in row.items():
            if value is None and name not in ("title", "submitted_at"):
                raise InputError(f"{folder}/{table} row {number}: {name} is empty")
    return rows


def read_fair(
    folder: Path, timezone: str
) -> tuple[list[FairPosition], list[StudentRanking], list[MerchantRank]]:
    """The fair's inputs of a data-lake folder, as the domain's records."""
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    positions = [
        FairPosition(str(r["position_id"]), str(r["merchant_id"]), int(str(r["capacity"])))
        for r in _rows(folder, "fair_positions", timezone)
    ]
    mine: dict[str, list[tuple[int, str]]] = {}
    when: dict[str, dt.datetime | None] = {}
    for row in _rows(folder, "fair_student_rankings", timezone):
        who = str(row["talent_id"])
        rank = int(str(row["choice_rank"]))
        if any(r == rank for r, _ in mine.get(who, [])):
            raise InputError(
                f"{folder}/fair_student_rankings: {who!r} has choice_rank {rank} twice"
            )
        mine.setdefault(who, []).append((rank, str(row["position_id"])))
        at = row["submitted_at"]
        if isinstance(at, dt.datetime):
            earlier = when.get(who)
            when[who] = at if earlier is None else max(earlier, at)
        else:
            when.setdefault(who, None)
    students = [
        StudentRanking(who, tuple(p for _, p in sorted(ranks)), when[who])
        for who, ranks in sorted(mine.items())
    ]
    ranks = [
        MerchantRank(str(r["position_id"]), str(r["talent_id"]), int(str(r["rank"])))
        for r in _rows(folder, "fair_merchant_rankings", timezone)
    ]
    return positions, students, ranks


def check_bounds(
    rules: SelectionFairs, positions: list[FairPosition], ranks: list[MerchantRank]
) -> None:
    """Refuse what the rule-set's bounds forbid (the students' bound is ``prepare``'s)."""
    per_merchant: dict[str, int] = {}
    for position in positions:
        per_merchant[position.merchant_id] = per_merchant.get(position.merchant_id, 0) + 1
        if position.capacity > rules.max_capacity_per_position:
            raise FairInputError(
                f"position {position.position_id!r}: capacity {position.capacity} > "
                f"{rules.max_capacity_per_position}"
            )
    for merchant, count in per_merchant.items():
        if count > rules.max_positions_per_merchant:
            raise FairInputError(
                f"merchant {merchant!r} lists {count} positions > "
                f"{rules.max_positions_per_merchant}"
            )
    for entry in ranks:
        if entry.rank > rules.max_rank:
            raise FairInputError(
                f"position {entry.position_id!r}: rank {entry.rank} > {rules.max_rank}"
            )


def compute(
    positions: list[FairPosition],
    students: list[StudentRanking],
    ranks: list[MerchantRank],
    rules: SelectionFairs,
) -> tuple[list[StudentResult], list[PositionResult]]:
    """The allocation and its reasons, from the inputs (store mode calls this too)."""
    check_bounds(rules, positions, ranks)
    fair = prepare(positions, students, ranks, max_choices=rules.max_choices_per_student)
    return explain(fair, allocate(fair))


def allocation_table(students: list[StudentResult], positions: list[PositionResult]) -> pa.Table:
    """``fair_allocation``: one row per student."""
    merchant = {p.position_id: p.merchant_id for p in positions}
    return pa.Table.from_pylist(
        [
            {
                "talent_id": s.talent_id,
                "position_id": s.position_id,
                "merchant_id": merchant.get(s.position_id) if s.position_id else None,
                "student_choice_rank": s.choice_rank,
                "outcome": s.outcome.value,
                "reasons": ";".join(f"{p}:{o.value}" for p, o in s.above),
            }
            for s in students
        ],
        schema=ALLOCATION_SCHEMA,
    )


def positions_table(positions: list[PositionResult]) -> pa.Table:
    """``fair_position_results``: one row per position."""
    return pa.Table.from_pylist(
        [
            {
                "position_id": p.position_id,
                "merchant_id": p.merchant_id,
                "capacity": p.capacity,
                "filled": len(p.placed),
                "outcome": p.outcome.value,
                "applicants": len(p.applicants),
                "placed_higher_choice": p.count(PairOutcome.PLACED_HIGHER_CHOICE),
                "filled_higher": p.count(PairOutcome.FILLED_HIGHER),
                "not_ranked": p.count(PairOutcome.NOT_RANKED),
            }
            for p in positions
        ],
        schema=POSITIONS_SCHEMA,
    )


def run_lake(
    folder: Path, out: Path, day: dt.date, book: RuleBook, fmt: str = "parquet"
) -> tuple[FairRun, list[Path]]:
    """Allocate the fair of ``folder`` under the rules in force on ``day``; write
    ``out/fair_allocation.<fmt>`` and ``out/fair_position_results.<fmt>``."""
    if fmt not in output.FORMATS:
        raise InputError(f"--format: {fmt!r} is not one of {', '.join(output.FORMATS)}")
    rule_set_id, rules = rules_on(book, day)
    positions, students, ranks = read_fair(folder, book.in_force(day).calendar.timezone)
    try:
        student_results, position_results = compute(positions, students, ranks, rules)
    except FairInputError as exc:
        raise InputError(f"{folder}: {exc}") from None
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".fairs-", dir=out))
    try:
        written = [
            output.write(
                allocation_table(student_results, position_results), staging, ALLOCATION_TABLE, fmt
            ),
            output.write(positions_table(position_results), staging, POSITIONS_TABLE, fmt),
        ]
        targets = []
        for path in written:
            target = out / path.name
            path.replace(target)
            targets.append(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return FairRun(rule_set_id, student_results, position_results), targets
