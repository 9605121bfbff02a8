"""Platform calendar: platform dates, view/stat dates, months, official evaluations."""

from __future__ import annotations

import ast
import datetime as dt
import sys
from pathlib import Path

import pytest

from sellerstar.domain import calendar
from sellerstar.domain.calendar import (
    MonthFormatError,
    official_evaluation_at,
    parse_month,
    platform_date,
    previous_month_range,
    stat_date_for_view,
    view_date_for_stat,
)

SHANGHAI = "Asia/Shanghai"


def test_an_aware_instant_takes_its_date_in_the_platform_time_zone() -> None:
    # 16:00 UTC is midnight in Shanghai: both sides of the platform day boundary.
    assert platform_date(dt.datetime(2022, 11, 10, 15, 59, 59, tzinfo=dt.UTC), SHANGHAI) == (
        dt.date(2022, 11, 10)
    )
    assert platform_date(dt.datetime(2022, 11, 10, 16, 0, tzinfo=dt.UTC), SHANGHAI) == (
        dt.date(2022, 11, 11)
    )


def test_an_instant_with_another_offset_is_converted() -> None:
    new_york = dt.timezone(dt.timedelta(hours=-5))
    assert platform_date(dt.datetime(2022, 11, 10, 11, 0, tzinfo=new_york), SHANGHAI) == (
        dt.date(2022, 11, 11)
    )


def test_a_naive_timestamp_is_already_platform_time() -> None:
    assert platform_date(dt.datetime(2022, 11, 10, 23, 59, 59), SHANGHAI) == dt.date(2022, 11, 10)


def test_an_unknown_time_zone_is_named() -> None:
    with pytest.raises(ValueError, match="unknown IANA time zone 'Mars/Olympus'"):
        platform_date(dt.datetime(2022, 11, 10, tzinfo=dt.UTC), "Mars/Olympus")


def test_view_and_stat_dates_are_lag_apart() -> None:
    # Rulebook §1.1: viewed 2022-11-08 -> stat date 2022-11-06; viewed 10-23 -> 10-21.
    assert stat_date_for_view(dt.date(2022, 11, 8), 2) == dt.date(2022, 11, 6)
    assert stat_date_for_view(dt.date(2022, 10, 23), 2) == dt.date(2022, 10, 21)
    assert view_date_for_stat(dt.date(2022, 11, 9), 2) == dt.date(2022, 11, 11)
    assert view_date_for_stat(dt.date(2022, 12, 31), 2) == dt.date(2023, 1, 2)
    assert stat_date_for_view(dt.date(2022, 11, 8), 0) == dt.date(2022, 11, 8)


def test_parse_month_gives_the_first_day() -> None:
    assert parse_month("2022-12") == dt.date(2022, 12, 1)
    assert parse_month(" 2023-01 ") == dt.date(2023, 1, 1)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2022-1", "expected YYYY-MM, e.g. 2022-12"),
        ("2022/12", "expected YYYY-MM, e.g. 2022-12"),
        ("2022-12-05", "expected YYYY-MM, e.g. 2022-12"),
        ("2022-00", "month must be in 1..12"),
        ("2022-13", "month must be in 1..12"),
    ],
)
def test_a_bad_month_says_why(text: str, reason: str) -> None:
    with pytest.raises(MonthFormatError) as caught:
        parse_month(text)
    assert str(caught.value) == f"{text!r} is not a month: {reason}"
    assert isinstance(caught.value, ValueError)


def test_previous_month_range_covers_the_whole_calendar_month() -> None:
    assert previous_month_range("2022-12") == (dt.date(2022, 11, 1), dt.date(2022, 11, 30))
    assert previous_month_range("2022-11") == (dt.date(2022, 10, 1), dt.date(2022, 10, 31))
    assert previous_month_range("2023-01") == (dt.date(2022, 12, 1), dt.date(2022, 12, 31))
    assert previous_month_range("2024-03") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))


def test_official_evaluation_is_an_aware_instant_in_the_platform_zone() -> None:
    at = official_evaluation_at("2022-12", 5, dt.time(9, 0), SHANGHAI)
    assert at.isoformat() == "2022-12-05T09:00:00+08:00"
    assert at.astimezone(dt.UTC) == dt.datetime(2022, 12, 5, 1, 0, tzinfo=dt.UTC)
    assert platform_date(at, SHANGHAI) == dt.date(2022, 12, 5)


def test_official_evaluation_on_a_day_the_month_lacks_is_refused() -> None:
    with pytest.raises(ValueError, match="2023-02 has no day 30"):
        official_evaluation_at("2023-02", 30, dt.time(9, 0), SHANGHAI)


def test_calendar_imports_only_the_standard_library() -> None:
    tree = ast.parse(Path(calendar.__file__).read_text(encoding="utf-8"))
    imported = {
        (node.module if isinstance(node, ast.ImportFrom) else alias.name or "").split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported <= sys.stdlib_module_names | {"__future__"}, imported
