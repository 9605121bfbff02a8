"""Rules across the columns of one row, which marketplace feeds get wrong in practice.

They are data, checked on typed batches; a rule is silent when a value it compares is
empty or already invalid (that has its own problem). Rules that need other rows (an
appeal's shipment belongs to its order) live in :mod:`references`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from sellerstar.contract import TABLES
from sellerstar.domain.appeals import UNDECIDED

RowProblems = list[tuple[int, str, str]]
"""(row index in the batch, column, reason)."""


@dataclass(frozen=True)
class NotBefore:
    """``later`` may not be before ``earlier`` (both timestamps)."""

    table: str
    earlier: str
    later: str


@dataclass(frozen=True)
class EmptyExactlyWhen:
    """``column`` is empty exactly when ``code_column`` holds one of ``codes``."""

    table: str
    column: str
    code_column: str
    codes: frozenset[str]


@dataclass(frozen=True)
class Differs:
    """``column`` may not equal ``other`` (a row pointing at itself)."""

    table: str
    column: str
    other: str


RowRule = NotBefore | EmptyExactlyWhen | Differs

ROW_RULES: tuple[RowRule, ...] = (
    NotBefore("orders", "created_at", "paid_at"),
    NotBefore("tracking_appeals", "submitted_at", "decided_at"),
    NotBefore("guarantee_enrolments", "joined_at", "left_at"),
    EmptyExactlyWhen(
        "tracking_appeals", "decided_at", "status", frozenset(state.value for state in UNDECIDED)
    ),
    Differs("shipments", "replaced_by", "shipment_id"),
)


def _check_rules_match_contract() -> None:
    # A renamed contract column must fail loudly, not silently disable a rule.
    for rule in ROW_RULES:
        names = [v for k, v in vars(rule).items() if k not in {"table", "codes"}]
        if rule.table not in TABLES or not set(names) <= set(TABLES[rule.table].column_names):
            raise RuntimeError(f"row rule {rule} names a column the contract does not have")


_check_rules_match_contract()


def check_row_rules(table: str, columns: dict[str, pa.Array]) -> RowProblems:
    """The row-rule problems of one typed batch of ``table``.

    >>> import datetime as dt
    >>> t = [dt.datetime(2022, 9, 8, tzinfo=dt.UTC), dt.datetime(2022, 9, 7, tzinfo=dt.UTC)]
    >>> cols = {"created_at": pa.array([t[0]]), "paid_at": pa.array([t[1]])}
    >>> check_row_rules("orders", cols)
    [(0, 'paid_at', 'before created_at (2022-09-08T00:00:00+00:00)')]
    """
    found: RowProblems = []
    for rule in ROW_RULES:
        if rule.table != table:
            continue
        if isinstance(rule, NotBefore):
            found += _not_before(rule, columns)
        elif isinstance(rule, EmptyExactlyWhen):
            found += _empty_exactly_when(rule, columns)
        else:
            found += _differs(rule, columns)
    return found


def _true(array: pa.Array) -> npt.NDArray[np.intp]:
    return np.flatnonzero(np.asarray(pc.fill_null(array, False).to_numpy(zero_copy_only=False)))


def _not_before(rule: NotBefore, columns: dict[str, pa.Array]) -> RowProblems:
    earlier = columns[rule.earlier]
    rows = _true(pc.less(columns[rule.later], earlier))
    return [
        (int(i), rule.later, f"before {rule.earlier} ({earlier[int(i)].as_py().isoformat()})")
        for i in rows
    ]


def _empty_exactly_when(rule: EmptyExactlyWhen, columns: dict[str, pa.Array]) -> RowProblems:
    codes = columns[rule.code_column]
    listed = pc.is_in(codes, value_set=pa.array(sorted(rule.codes)))
    empty = pc.is_null(columns[rule.column])
    found: RowProblems = []
    for i in _true(pc.and_(listed, pc.invert(empty))):
        code = codes[int(i)].as_py()
        found.append((int(i), rule.column, f"must be empty while {rule.code_column} is {code!r}"))
    unlisted = pc.and_(pc.is_valid(codes), pc.invert(listed))
    for i in _true(pc.and_(unlisted, empty)):
        code = codes[int(i)].as_py()
        found.append((int(i), rule.column, f"required when {rule.code_column} is {code!r}"))
    return found


def _differs(rule: Differs, columns: dict[str, pa.Array]) -> RowProblems:
    rows = _true(pc.equal(columns[rule.column], columns[rule.other]))
    return [(int(i), rule.column, f"equals its own {rule.other}") for i in rows]


KEEP_EARLIEST: dict[str, str] = {"tracking_events": "received_at"}
"""Tables whose duplicate keys are one fact delivered twice, not an error: the copy with
the earliest value of the named column wins (an event counts from when the platform first
received it)."""
