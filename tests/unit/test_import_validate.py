"""Per-value and per-row checks of the contract import (pure: no file, no database)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pyarrow as pa
import pytest

from sellerstar.contract import TABLES, Column, Kind, Table
from sellerstar.ingest.contract.problems import Anchor, Problem, SourceFile
from sellerstar.ingest.contract.readers import RawBatch
from sellerstar.ingest.contract.validate import CheckedBatch, check_batch
from sellerstar.store.schema import ID_LENGTH

SHANGHAI = ZoneInfo("Asia/Shanghai")
_VALID_BY_KIND = {
    Kind.TS: "2022-09-01T10:00:00+08:00",
    Kind.DATE: "2022-09-01",
    Kind.BOOL: "true",
    Kind.MONEY: "1.00",
    Kind.DECIMAL: "4.50",
    Kind.INT: "5",
    Kind.COUNTRY: "US",
}


def _valid_value(column: Column) -> str:
    if column.codes is not None:
        # "pending" keeps an appeal's empty decided_at consistent; any code works elsewhere.
        return "pending" if "pending" in column.codes else sorted(column.codes)[0]
    if column.kind in (Kind.ID, Kind.STR):
        return f"{column.name}-1"
    if column.kind is Kind.INT and column.min_value is not None:
        # Within the column's bounds (a graduation year is no 5).
        return str(max(int(_VALID_BY_KIND[column.kind]), int(column.min_value)))
    return _VALID_BY_KIND[column.kind]


def valid_row(table: Table) -> dict[str, str]:
    """A row of ``table`` that breaks no rule (references are not checked here)."""
    row = {c.name: _valid_value(c) for c in table.columns}
    if table.name == "tracking_appeals":
        row["decided_at"] = ""
    return row


def check(
    table: str, rows: list[dict[str, str]], fmt: str = "csv"
) -> tuple[CheckedBatch, list[str]]:
    contract = TABLES[table]
    source = SourceFile(Path(f"/feed/{table}.{fmt}"), f"{table}.{fmt}", table, fmt, 0)
    columns = {
        c.name: pa.array([r.get(c.name, "") for r in rows], type=pa.string())
        for c in contract.columns
    }
    positions = np.arange(2, len(rows) + 2, dtype=np.int64)
    problems: list[Problem] = []
    batch = RawBatch(source, Anchor.LINE, positions, columns)
    checked = check_batch(contract, batch, SHANGHAI, problems.append)
    return checked, [p.render() for p in problems]


def problems_with(table: str, **changes: str) -> list[str]:
    row = valid_row(TABLES[table]) | changes
    return check(table, [row])[1]


@pytest.mark.parametrize("table", list(TABLES))
def test_a_valid_row_of_every_table_passes(table: str) -> None:
    checked, problems = check(table, [valid_row(TABLES[table])])
    assert problems == []
    assert checked.rejected.tolist() == [False]


@pytest.mark.parametrize(
    ("table", "column"),
    [(t.name, c) for t in TABLES.values() for c in t.required_columns],
)
def test_an_empty_required_value_is_rejected(table: str, column: str) -> None:
    problems = problems_with(table, **{column: "  "})
    assert f"{table}.csv:2: {column}: required value is empty" in problems


@pytest.mark.parametrize(
    ("table", "column"),
    [(t.name, c.name) for t in TABLES.values() for c in t.columns if c.codes is not None],
)
def test_every_code_list_rejects_an_unknown_code(table: str, column: str) -> None:
    problems = problems_with(table, **{column: "nonsense"})
    assert len(problems) == 1
    assert problems[0].startswith(f"{table}.csv:2: {column}: unknown code 'nonsense' (expected")


@pytest.mark.parametrize(
    ("kind", "bad", "reason"),
    [
        (Kind.TS, "2022-09-01", "not an ISO 8601 timestamp: '2022-09-01'"),
        (Kind.TS, "2022-13-01T10:00:00Z", "not an ISO 8601 timestamp: '2022-13-01T10:00:00Z'"),
        (Kind.TS, "2022-02-30T10:00:00Z", "not an ISO 8601 timestamp: '2022-02-30T10:00:00Z'"),
        (Kind.TS, "01/09/2022 10:00", "not an ISO 8601 timestamp: '01/09/2022 10:00'"),
        (Kind.BOOL, "yes", "not a boolean (true/false or 1/0): 'yes'"),
        (Kind.BOOL, "TRUE", "not a boolean (true/false or 1/0): 'TRUE'"),
        (Kind.MONEY, "12,50", "not a decimal amount: '12,50'"),
        (Kind.MONEY, "1.005", "more than 2 decimal places: '1.005'"),
        (Kind.MONEY, "1e3", "not a decimal amount: '1e3'"),
        (Kind.INT, "1.5", "not an integer: '1.5'"),
        (Kind.INT, "3000000000", "out of range: '3000000000'"),
        (Kind.COUNTRY, "XX", "unknown country 'XX' (ISO 3166-1 alpha-2, upper case)"),
        (Kind.COUNTRY, "USA", "unknown country 'USA' (ISO 3166-1 alpha-2, upper case)"),
    ],
)
def test_every_kind_rejects_a_malformed_value(kind: Kind, bad: str, reason: str) -> None:
    table, column = next(
        (t, c) for t in TABLES.values() for c in t.columns if c.kind is kind and c.required
    )
    assert problems_with(table.name, **{column.name: bad}) == [
        f"{table.name}.csv:2: {column.name}: {reason}"
    ]


def test_a_date_column_takes_iso_dates_only() -> None:
    contract = Table(
        "visits", (Column("visit_id", Kind.ID), Column("day", Kind.DATE)), ("visit_id",)
    )
    source = SourceFile(Path("visits.csv"), "visits.csv", "visits", "csv", 0)
    raw = {
        "visit_id": pa.array(["V1", "V2", "V3"]),
        "day": pa.array(["2022-09-08", "8/9/22", "2022-02-29"]),
    }
    problems: list[Problem] = []
    batch = RawBatch(source, Anchor.LINE, np.array([2, 3, 4]), raw)
    checked = check_batch(contract, batch, SHANGHAI, problems.append)
    assert checked.columns["day"].to_pylist() == [dt.date(2022, 9, 8), None, None]
    assert [p.render() for p in problems] == [
        "visits.csv:3: day: not a date (YYYY-MM-DD): '8/9/22'",
        "visits.csv:4: day: not a date (YYYY-MM-DD): '2022-02-29'",
    ]


def test_lower_case_country_is_rejected_with_a_hint() -> None:
    assert problems_with("orders", destination_country="us") == [
        "orders.csv:2: destination_country: unknown country 'us' "
        "(ISO 3166-1 alpha-2, upper case); did you mean 'US'?"
    ]


def test_an_unknown_incoterm_is_rejected() -> None:
    problems = problems_with("orders", trade_term="FOT")
    assert problems == [
        "orders.csv:2: trade_term: unknown code 'FOT' (expected one of: CFR, CIF, CIP, CPT, "
        "DAP, DDP, DDU, DPU, EXW, FAS, FCA, FOB)"
    ]


def test_a_lower_case_incoterm_is_rejected_with_a_hint() -> None:
    assert problems_with("orders", trade_term="fob") == [
        "orders.csv:2: trade_term: unknown code 'fob'; did you mean 'FOB'?"
    ]


def test_an_upper_case_code_is_rejected_with_a_hint() -> None:
    assert problems_with("orders", status="Paid") == [
        "orders.csv:2: status: unknown code 'Paid'; did you mean 'paid'?"
    ]


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("growth_score", "101", "above the maximum 100: 101"),
        ("growth_score", "-1", "below the minimum 0: -1"),
        ("stock", "-3", "below the minimum 0: -3"),
        ("sample_price_usd", "-0.01", "below the minimum 0: -0.01"),
    ],
)
def test_ranges_of_the_contract_bound_numbers(column: str, value: str, reason: str) -> None:
    assert problems_with("products", **{column: value}) == [f"products.csv:2: {column}: {reason}"]


@pytest.mark.parametrize("value", ["0", "100"])
def test_range_bounds_themselves_are_accepted(value: str) -> None:
    assert problems_with("products", growth_score=value) == []


def test_an_identifier_longer_than_the_store_holds_is_rejected() -> None:
    assert problems_with("merchants", merchant_id="m" * (ID_LENGTH + 1)) == [
        f"merchants.csv:2: merchant_id: longer than {ID_LENGTH} characters"
    ]
    assert problems_with("merchants", merchant_id="m" * ID_LENGTH) == []


def test_text_with_a_nul_character_is_rejected() -> None:
    # PostgreSQL cannot store it: the write would fail half-way.
    assert problems_with("merchants", name="Acme\x00Ltd") == [
        "merchants.csv:2: name: contains a NUL character"
    ]


def test_timestamps_without_offset_are_in_the_platform_zone() -> None:
    checked, problems = check(
        "orders",
        [
            valid_row(TABLES["orders"])
            | {
                "created_at": "2022-09-01 10:00:00",
                "paid_at": "2022-09-01T10:00:00+08:00",
                "shipped_at": "2022-09-01T02:00:00Z",
                "ship_by": "2022-09-01T10:00",
            }
        ],
    )
    assert problems == []
    instant = dt.datetime(2022, 9, 1, 2, 0, tzinfo=dt.UTC)
    for column in ("created_at", "paid_at", "shipped_at", "ship_by"):
        assert checked.columns[column].to_pylist() == [instant], column


def test_fractional_seconds_are_kept() -> None:
    checked, _ = check(
        "orders",
        [
            valid_row(TABLES["orders"])
            | {"created_at": "2022-09-01T10:00:00.250+08:00", "paid_at": ""}
        ],
    )
    assert checked.columns["created_at"].to_pylist() == [
        dt.datetime(2022, 9, 1, 2, 0, 0, 250000, tzinfo=dt.UTC)
    ]


def test_csv_accepts_1_and_0_as_booleans_but_jsonl_does_not() -> None:
    row = valid_row(TABLES["orders"]) | {"trade_assurance": "1", "all_items_rts": "0"}
    checked, problems = check("orders", [row], fmt="csv")
    assert problems == []
    assert checked.columns["trade_assurance"].to_pylist() == [True]
    assert checked.columns["all_items_rts"].to_pylist() == [False]
    _, problems = check("orders", [row], fmt="jsonl")
    assert problems == [
        "orders.jsonl:2: trade_assurance: not a boolean (true/false): '1'",
        "orders.jsonl:2: all_items_rts: not a boolean (true/false): '0'",
    ]


def test_text_is_trimmed_and_empty_optional_values_are_null() -> None:
    checked, problems = check(
        "merchants",
        [valid_row(TABLES["merchants"]) | {"name": "  Acme Ltd ", "main_industry": "   "}],
    )
    assert problems == []
    assert checked.columns["name"].to_pylist() == ["Acme Ltd"]
    assert checked.columns["main_industry"].to_pylist() == [None]


def test_carrier_codes_are_lower_cased() -> None:
    checked, problems = check("shipments", [valid_row(TABLES["shipments"]) | {"carrier": "UPS"}])
    assert problems == []
    assert checked.columns["carrier"].to_pylist() == ["ups"]


def test_every_problem_of_a_row_is_reported_and_only_that_row_is_rejected() -> None:
    good = valid_row(TABLES["orders"])
    bad = good | {"order_id": "O-bad", "status": "gone", "amount_usd": "x"}
    checked, problems = check("orders", [good, bad, good | {"order_id": "O-3"}])
    assert problems == [
        "orders.csv:3: status: unknown code 'gone' (expected one of: cancelled, completed, "
        "created, paid, received, refunded, shipped)",
        "orders.csv:3: amount_usd: not a decimal amount: 'x'",
    ]
    assert checked.rejected.tolist() == [False, True, False]


class TestRowRules:
    def test_paid_before_created_is_rejected(self) -> None:
        assert problems_with(
            "orders", created_at="2022-09-02T10:00:00+08:00", paid_at="2022-09-02T09:59:59+08:00"
        ) == ["orders.csv:2: paid_at: before created_at (2022-09-02T02:00:00+00:00)"]

    def test_paid_at_the_moment_of_creation_is_accepted(self) -> None:
        at = "2022-09-02T10:00:00+08:00"
        assert problems_with("orders", created_at=at, paid_at=at) == []

    @pytest.mark.parametrize("status", ["pending", "supplement_requested"])
    def test_an_undecided_appeal_has_no_decision_time(self, status: str) -> None:
        assert problems_with(
            "tracking_appeals",
            status=status,
            decided_at="2022-10-02T10:00:00+08:00",
            submitted_at="2022-10-01T10:00:00+08:00",
        ) == [f"tracking_appeals.csv:2: decided_at: must be empty while status is {status!r}"]
        assert problems_with("tracking_appeals", status=status, decided_at="") == []

    @pytest.mark.parametrize("status", ["approved", "rejected"])
    def test_a_decided_appeal_has_a_decision_time(self, status: str) -> None:
        assert problems_with("tracking_appeals", status=status, decided_at="") == [
            f"tracking_appeals.csv:2: decided_at: required when status is {status!r}"
        ]

    def test_a_decision_before_the_submission_is_rejected(self) -> None:
        assert problems_with(
            "tracking_appeals",
            status="approved",
            submitted_at="2022-10-01T10:00:00+08:00",
            decided_at="2022-10-01T09:00:00+08:00",
        ) == ["tracking_appeals.csv:2: decided_at: before submitted_at (2022-10-01T02:00:00+00:00)"]

    def test_leaving_before_joining_is_rejected(self) -> None:
        assert problems_with(
            "guarantee_enrolments",
            joined_at="2022-10-01T00:00:00+08:00",
            left_at="2022-09-30T23:59:00+08:00",
        ) == ["guarantee_enrolments.csv:2: left_at: before joined_at (2022-09-30T16:00:00+00:00)"]

    def test_leaving_the_moment_of_joining_is_accepted(self) -> None:
        at = "2022-10-01T00:00:00+08:00"
        assert problems_with("guarantee_enrolments", joined_at=at, left_at=at) == []

    def test_a_shipment_cannot_replace_itself(self) -> None:
        assert problems_with("shipments", shipment_id="S1", replaced_by="S1") == [
            "shipments.csv:2: replaced_by: equals its own shipment_id"
        ]
