"""Building blocks of the demo generator: vectorised strings, clock, rule facts."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pyarrow as pa
import pytest

from sellerstar.demo.clock import NEVER, Clock, timestamps
from sellerstar.demo.orders import money
from sellerstar.demo.policy import Policy
from sellerstar.demo.text import constant, digits, ids, join, to_arrow, with_nulls
from sellerstar.demo.text_formats import iso_timestamps, json_lines
from sellerstar.errors import ConfigurationError
from sellerstar.rules.book import load_rulebook


def test_matrix_rows_become_strings_of_their_own_length() -> None:
    matrix = join(constant("AB", 3), digits(np.array([1, 22, 333]), 3))
    assert to_arrow(matrix).to_pylist() == ["AB001", "AB022", "AB333"]
    assert to_arrow(matrix, np.array([5, 2, 0])).to_pylist() == ["AB001", "AB", ""]


def test_ids_and_nulls() -> None:
    assert ids("M", np.array([0, 1234567]), 7).to_pylist() == ["M0000000", "M1234567"]
    values = with_nulls(pa.array(["a", "b"]), np.array([False, True]))
    assert values.to_pylist() == ["a", None]


def test_money_is_exact_decimal() -> None:
    amounts = money(np.array([1, 12_345, 10**12]))
    assert amounts.type == pa.decimal128(14, 2)
    assert [str(v) for v in amounts.to_pylist()] == ["0.01", "123.45", "10000000000.00"]


def test_timestamps_are_utc_microseconds_and_never_is_null() -> None:
    instant = dt.datetime(2022, 9, 8, 2, 15, tzinfo=dt.UTC)
    micros = int(instant.timestamp()) * 1_000_000
    column = timestamps(np.array([micros, NEVER]))
    assert column.type == pa.timestamp("us", tz="UTC")
    assert column.to_pylist() == [instant, None]


def test_clock_days_follow_the_platform_zone() -> None:
    clock = Clock.for_zone("Asia/Shanghai", dt.date(2022, 6, 1), dt.date(2022, 12, 6))
    # 2022-12-06 23:59:59 +08:00 is still the as-of day; the next second is not.
    assert clock.date(int(clock.day_of(np.array([clock.cutoff - 1]))[0])) == dt.date(2022, 12, 6)
    assert clock.date(int(clock.day_of(np.array([clock.cutoff]))[0])) == dt.date(2022, 12, 7)
    midnight = dt.datetime(2022, 12, 7, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert clock.cutoff == int(midnight.timestamp()) * 1_000_000


def test_clock_refuses_a_zone_that_changes_offset() -> None:
    with pytest.raises(ConfigurationError, match="Europe/Berlin"):
        Clock.for_zone("Europe/Berlin", dt.date(2022, 6, 1), dt.date(2022, 12, 6))


def test_policy_comes_from_the_rule_set() -> None:
    book = load_rulebook()
    rules = book.in_force(dt.date(2022, 12, 6))
    assert rules.tracking_visibility is not None
    policy = Policy.from_rulebook(book, dt.date(2022, 12, 6))
    assert policy.core_countries == rules.calendar.core_countries
    assert (
        policy.first_disclosure_days
        == rules.tracking_visibility.appeals.first_disclosure_after_ship_days
    )
    assert policy.fast_trade_min_rts_products == rules.guarantee_service.fast_trade_min_rts_products
    assert policy.appeals_open == rules.effective


def test_policy_before_launch_borrows_the_later_tracking_rules() -> None:
    # Data ending before tracking visibility went live still needs its numbers (and gets
    # no appeals, since the appeal window opens on that rule-set's effective date).
    policy = Policy.from_rulebook(load_rulebook(), dt.date(2022, 10, 1))
    assert policy.appeals_open > dt.date(2022, 10, 1)


@pytest.mark.parametrize("hours", [8, -5, 0, 5.5])
def test_iso_timestamps_match_python_across_years_and_offsets(hours: float) -> None:
    offset = int(hours * 3600) * 1_000_000
    seconds = np.random.default_rng(0).integers(-2_000_000_000, 4_000_000_000, 5_000)
    values = pa.array(seconds * 1_000_000, pa.timestamp("us", tz="UTC"))
    zone = dt.timezone(dt.timedelta(microseconds=offset))
    expected = [dt.datetime.fromtimestamp(int(s), zone).isoformat() for s in seconds]
    assert iso_timestamps(values, offset).to_pylist() == expected


def test_json_lines_escape_what_json_needs() -> None:
    texts = ["plain", 'quote " and \\ backslash', "line\nbreak\ttab\x01", "中文", None]
    table = pa.table({"text": texts, "flag": [True, False, None, True, False]})
    lines = bytes(json_lines(table)).decode("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [
        {"text": text, "flag": flag}
        for text, flag in zip(texts, table["flag"].to_pylist(), strict=True)
    ]
