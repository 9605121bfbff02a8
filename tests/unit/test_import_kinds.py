"""Column parsers of the contract import, the tracking-event key and the problem format."""

from __future__ import annotations

import datetime as dt
import decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sellerstar.ingest.contract import kinds
from sellerstar.ingest.contract.problems import (
    SHOWN_PROBLEMS,
    Anchor,
    ImportRejected,
    Location,
    Problem,
    SourceFile,
)
from sellerstar.ingest.contract.writer import bulk_event_keys
from sellerstar.store.schema import event_key

SHANGHAI = ZoneInfo("Asia/Shanghai")
UTC = dt.UTC


class TestTimestamps:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2022-09-08T10:15:00+08:00", dt.datetime(2022, 9, 8, 2, 15, tzinfo=UTC)),
            ("2022-09-08T10:15:00Z", dt.datetime(2022, 9, 8, 10, 15, tzinfo=UTC)),
            ("2022-09-08T10:15:00+0530", dt.datetime(2022, 9, 8, 4, 45, tzinfo=UTC)),
            ("2022-09-08 10:15:00-02:00", dt.datetime(2022, 9, 8, 12, 15, tzinfo=UTC)),
            ("2022-09-08T10:15", dt.datetime(2022, 9, 8, 2, 15, tzinfo=UTC)),
            ("2022-09-08T10:15:00.5", dt.datetime(2022, 9, 8, 2, 15, 0, 500000, tzinfo=UTC)),
        ],
    )
    def test_iso_8601_with_and_without_offset(self, text: str, expected: dt.datetime) -> None:
        values, invalid = kinds.parse_timestamp(pa.array([text]), SHANGHAI)
        assert invalid == []
        assert values.to_pylist() == [expected]

    def test_a_batch_with_one_impossible_date_keeps_the_others(self) -> None:
        texts = ["2022-09-08T10:15:00Z", "2022-02-29T10:00:00Z", "2022-09-08 10:15", None]
        values, invalid = kinds.parse_timestamp(pa.array(texts), SHANGHAI)
        assert values.to_pylist() == [
            dt.datetime(2022, 9, 8, 10, 15, tzinfo=UTC),
            None,
            dt.datetime(2022, 9, 8, 2, 15, tzinfo=UTC),
            None,
        ]
        assert invalid == [(1, "not an ISO 8601 timestamp: '2022-02-29T10:00:00Z'")]

    def test_a_leap_day_is_a_date(self) -> None:
        values, invalid = kinds.parse_timestamp(pa.array(["2024-02-29T00:00:00Z"]), SHANGHAI)
        assert invalid == [] and values.to_pylist()[0].day == 29

    @pytest.mark.parametrize(
        "text",
        [
            "2022-09-08T24:00:00Z",
            "2022-09-08T10:60:00Z",
            "2022-09-08T10:15:00+25:00",
            "2022-09-08T10:15:00.1234567Z",
            "20220908T101500Z",
            "yesterday",
        ],
    )
    def test_malformed_timestamps(self, text: str) -> None:
        _, invalid = kinds.parse_timestamp(pa.array([text]), SHANGHAI)
        assert invalid == [(0, f"not an ISO 8601 timestamp: {text!r}")]

    def test_native_parquet_timestamps(self) -> None:
        aware = pa.array([dt.datetime(2022, 9, 8, 10, tzinfo=UTC)], pa.timestamp("ms", "UTC"))
        naive = pa.array([dt.datetime(2022, 9, 8, 10)], pa.timestamp("ns"))
        assert kinds.parse_timestamp(aware, SHANGHAI)[0].to_pylist() == [
            dt.datetime(2022, 9, 8, 10, tzinfo=UTC)
        ]
        # A zone-less Parquet timestamp is wall time of the platform zone, like text.
        assert kinds.parse_timestamp(naive, SHANGHAI)[0].to_pylist() == [
            dt.datetime(2022, 9, 8, 2, tzinfo=UTC)
        ]


class TestNumbers:
    def test_money_from_text_and_from_native_numbers(self) -> None:
        assert kinds.parse_money(pa.array(["12.5", "-3", "0.07"]))[0].to_pylist() == [
            decimal.Decimal("12.50"),
            decimal.Decimal("-3.00"),
            decimal.Decimal("0.07"),
        ]
        assert kinds.parse_money(pa.array([12.25, 3.0]))[0].to_pylist() == [
            decimal.Decimal("12.25"),
            decimal.Decimal("3.00"),
        ]
        assert kinds.parse_money(pa.array([7], pa.int32()))[0].to_pylist() == [
            decimal.Decimal("7.00")
        ]

    def test_money_too_large_for_the_store(self) -> None:
        _, invalid = kinds.parse_money(pa.array(["999999999999.99", "1000000000000"]))
        assert invalid == [
            (1, "too large (at most 12 digits before the decimal point): '1000000000000'")
        ]

    def test_integers(self) -> None:
        values, invalid = kinds.parse_int(pa.array(["+7", "-0", "2147483647", "2147483648"]))
        assert values.to_pylist() == [7, 0, 2147483647, None]
        assert invalid == [(3, "out of range: '2147483648'")]
        assert kinds.parse_int(pa.array([5], pa.int16()))[0].to_pylist() == [5]

    def test_booleans_native_and_text(self) -> None:
        assert kinds.parse_bool(pa.array([True, None]), digits=False)[0].to_pylist() == [True, None]
        values, invalid = kinds.parse_bool(pa.array(["true", "false", None]), digits=False)
        assert values.to_pylist() == [True, False, None] and invalid == []


_text = st.text(min_size=1, max_size=30)


@settings(max_examples=200, deadline=None)
@given(
    carrier=_text,
    number=_text,
    description=_text,
    source=st.sampled_from(["platform", "17track", "kuaidi100"]),
    moment=st.datetimes(
        min_value=dt.datetime(1970, 1, 2),
        max_value=dt.datetime(2200, 1, 1),
        timezones=st.just(UTC),
    ),
)
def test_bulk_event_keys_equal_the_stores_event_key(
    carrier: str, number: str, description: str, source: str, moment: dt.datetime
) -> None:
    columns = {
        "carrier": pa.array(["ups", carrier]),
        "tracking_number": pa.array(["1Z", number]),
        "source": pa.array(["platform", source]),
        "description": pa.array(["x", description]),
        "event_time": pa.array([moment, moment], pa.timestamp("us", "UTC")),
    }
    assert bulk_event_keys(columns).to_pylist()[1] == event_key(
        carrier, number, source, moment, description
    )


class TestProblemFormat:
    source = SourceFile(
        Path("/d/orders/part-1.parquet"), "orders/part-1.parquet", "orders", "parquet", 3
    )

    def test_parquet_rows_and_schema(self) -> None:
        row = Problem.at(self.source, Anchor.ROW, 17, "status", "unknown code 'x'")
        schema = Problem.at(self.source, Anchor.SCHEMA, 0, "status", "missing required column")
        assert row.render() == "orders/part-1.parquet:row 17: status: unknown code 'x'"
        assert schema.render() == "orders/part-1.parquet:schema: status: missing required column"

    def test_a_problem_without_a_file_or_column(self) -> None:
        assert Problem.at(None, Anchor.FILE, 0, None, "orders: found twice").render() == (
            "orders: found twice"
        )

    def test_the_rejection_shows_the_first_hundred_then_a_count(self) -> None:
        problems = [
            Problem(Location(self.source, Anchor.ROW, n), "status", "bad") for n in range(1, 151)
        ]
        message = str(ImportRejected(Path("feed"), problems[:120], 150))
        lines = message.splitlines()
        assert lines[0] == "import of feed rejected (150 errors); nothing was written"
        assert lines[1] == "orders/part-1.parquet:row 1: status: bad"
        assert lines[SHOWN_PROBLEMS] == "orders/part-1.parquet:row 100: status: bad"
        assert lines[-1] == "... and 50 more errors"
        assert len(lines) == SHOWN_PROBLEMS + 2

    def test_no_count_line_when_everything_is_shown(self) -> None:
        problems = [Problem(Location(self.source, Anchor.ROW, 1), None, "bad")]
        assert str(ImportRejected(Path("feed"), problems, 1)).splitlines() == [
            "import of feed rejected (1 error); nothing was written",
            "orders/part-1.parquet:row 1: bad",
        ]
