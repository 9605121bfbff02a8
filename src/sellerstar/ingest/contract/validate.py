"""Check one raw batch against its contract table: values in, typed columns and problems out.

Pure: no file and no database. Per value it checks, as the contract describes the column:
required and not empty, the type, the code list, ISO 3166-1 alpha-2 countries, the
min/max range and the store's identifier length; then the row rules. Text is trimmed of
surrounding white space and an empty value is null. Carrier codes are lower-cased, as the
contract wants codes and the tracking-event key expects them.

>>> from pathlib import Path
>>> from zoneinfo import ZoneInfo
>>> from sellerstar.contract import TABLES
>>> src = SourceFile(Path("m.csv"), "m.csv", "merchants", "csv", 0)
>>> cols = {"merchant_id": pa.array(["M1"]), "name": pa.array([" Acme "]),
...         "main_industry": pa.array([""]), "secondary_category": pa.array([""]),
...         "membership": pa.array(["gold"]),
...         "ta_status": pa.array(["active"]), "country": pa.array(["CN"])}
>>> raw = RawBatch(src, Anchor.LINE, np.array([2]), cols)
>>> problems = []
>>> checked = check_batch(TABLES["merchants"], raw, ZoneInfo("UTC"), problems.append)
>>> [p.render() for p in problems]  # doctest: +ELLIPSIS
["m.csv:2: membership: unknown code 'gold' (expected one of: export_pass, ...)"]
>>> checked.columns["name"].to_pylist(), checked.rejected.tolist()
(['Acme'], [True])
"""

from __future__ import annotations

import decimal
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc
import pycountry

from sellerstar.contract import Column, Kind, Table
from sellerstar.ingest.contract import kinds
from sellerstar.ingest.contract.problems import Anchor, Problem, SourceFile
from sellerstar.ingest.contract.readers import RawBatch, Report
from sellerstar.ingest.contract.rowrules import check_row_rules
from sellerstar.store.schema import ID_LENGTH

_LOWER_CASE_COLUMNS = frozenset({"carrier"})
_Reason = Callable[[str], str]


@dataclass(frozen=True)
class CheckedBatch:
    """A batch after checking: typed columns (null where empty or invalid)."""

    source: SourceFile
    anchor: Anchor
    positions: npt.NDArray[np.int64]
    columns: dict[str, pa.Array]
    rejected: npt.NDArray[np.bool_]  # rows with at least one problem

    @property
    def num_rows(self) -> int:
        return len(self.positions)


@cache
def iso_countries() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes."""
    return frozenset(country.alpha_2 for country in pycountry.countries)


def check_batch(table: Table, batch: RawBatch, zone: ZoneInfo, report: Report) -> CheckedBatch:
    """Typed columns of ``batch``; each problem found goes to ``report``."""
    rejected = np.zeros(batch.num_rows, dtype=bool)

    def flag(row: int, column: str, reason: str) -> None:
        rejected[row] = True
        position = int(batch.positions[row])
        report(Problem.at(batch.source, batch.anchor, position, column, reason))

    columns: dict[str, pa.Array] = {}
    for column in table.columns:
        values, empty = _without_empties(batch.columns[column.name], column)
        if column.required:
            for empty_row in np.flatnonzero(empty):
                flag(int(empty_row), column.name, "required value is empty")
        typed, invalid = _parse(column, values, zone, digits=batch.source.format == "csv")
        for row, reason in invalid:
            flag(row, column.name, reason)
        columns[column.name] = typed
    for rule_row, column_name, reason in check_row_rules(table.name, columns):
        flag(rule_row, column_name, reason)
    return CheckedBatch(batch.source, batch.anchor, batch.positions, columns, rejected)


def _without_empties(raw: pa.Array, column: Column) -> tuple[pa.Array, npt.NDArray[np.bool_]]:
    """The column with empty text as null, and which rows are empty."""
    if isinstance(raw, pa.ChunkedArray):
        raw = raw.combine_chunks()
    if pa.types.is_dictionary(raw.type) or pa.types.is_large_string(raw.type):
        raw = pc.cast(raw, pa.string())
    if pa.types.is_string(raw.type):
        raw = pc.utf8_trim_whitespace(raw)
        if column.name in _LOWER_CASE_COLUMNS:
            raw = pc.utf8_lower(raw)
        blank = pc.equal(raw, "")
        raw = pc.if_else(blank, pa.nulls(len(raw), pa.string()), raw)
    empty = np.asarray(pc.is_null(raw).to_numpy(zero_copy_only=False), dtype=bool)
    return raw, empty


def _parse(
    column: Column, values: pa.Array, zone: ZoneInfo, *, digits: bool
) -> tuple[pa.Array, kinds.Invalid]:
    kind = column.kind
    if kind is Kind.TS:
        return kinds.parse_timestamp(values, zone)
    if kind is Kind.DATE:
        return kinds.parse_date(values)
    if kind is Kind.BOOL:
        return kinds.parse_bool(values, digits=digits)
    if kind is Kind.INT:
        typed, invalid = kinds.parse_int(values)
        return typed, invalid + _out_of_range(column, typed)
    if kind in (Kind.MONEY, Kind.DECIMAL):
        typed, invalid = kinds.parse_money(values)
        return typed, invalid + _out_of_range(column, typed)
    text = kinds.as_text(values)
    nul = np.flatnonzero(np.asarray(pc.fill_null(pc.match_substring(text, "\x00"), False)))
    if len(nul):
        # PostgreSQL text cannot hold NUL; the write would fail half-way.
        return _nulled(text, nul), [(int(i), "contains a NUL character") for i in nul]
    if kind is Kind.COUNTRY:
        return _coded(text, iso_countries(), _country_reason)
    if column.codes is not None:
        return _coded(text, column.codes, _code_reason(column.codes))
    if kind is Kind.ID:
        too_long = pc.greater(pc.utf8_length(text), ID_LENGTH)
        rows = np.flatnonzero(np.asarray(pc.fill_null(too_long, False)))
        reason = f"longer than {ID_LENGTH} characters"
        return _nulled(text, rows), [(int(i), reason) for i in rows]
    return text, []


def _nulled(values: pa.Array, rows: npt.NDArray[np.intp]) -> pa.Array:
    if not len(rows):
        return values
    mask = np.zeros(len(values), dtype=bool)
    mask[rows] = True
    return pc.if_else(pa.array(mask), pa.nulls(len(values), values.type), values)


def _coded(
    text: pa.Array, codes: frozenset[str], reason: _Reason
) -> tuple[pa.Array, kinds.Invalid]:
    known = pc.is_in(text, value_set=pa.array(sorted(codes)))
    unknown = pc.and_(pc.is_valid(text), pc.invert(known))
    rows = np.flatnonzero(np.asarray(pc.fill_null(unknown, False)))
    return _nulled(text, rows), [(int(i), reason(text[int(i)].as_py())) for i in rows]


def _country_reason(value: str) -> str:
    hint = f"; did you mean {value.upper()!r}?" if value.upper() in iso_countries() else ""
    return f"unknown country {kinds.show(value)} (ISO 3166-1 alpha-2, upper case){hint}"


def _code_reason(codes: frozenset[str]) -> _Reason:
    listed = ", ".join(sorted(codes))

    def reason(value: str) -> str:
        for spelled in (value.lower(), value.upper()):
            if spelled in codes:
                return f"unknown code {kinds.show(value)}; did you mean {spelled!r}?"
        return f"unknown code {kinds.show(value)} (expected one of: {listed})"

    return reason


def _out_of_range(column: Column, typed: pa.Array) -> kinds.Invalid:
    found: kinds.Invalid = []
    bounds: list[tuple[float | None, Callable[..., pa.Array], str]] = [
        (column.min_value, pc.less, "below the minimum"),
        (column.max_value, pc.greater, "above the maximum"),
    ]
    for bound, compare, words in bounds:
        if bound is None:
            continue
        limit: object = bound
        if pa.types.is_decimal(typed.type):
            limit = pa.scalar(decimal.Decimal(str(bound)), type=typed.type)
        rows = np.flatnonzero(np.asarray(pc.fill_null(compare(typed, limit), False)))
        shown = int(bound) if float(bound).is_integer() else bound
        found += [(int(i), f"{words} {shown}: {typed[int(i)].as_py()}") for i in rows]
    return found
