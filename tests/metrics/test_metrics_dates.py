"""Platform dates of instants inside the engines: exact at midnight and across daylight
saving, on both engines; naive (wall-clock) Parquet timestamps read like the importer."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import ibis
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from metrics_backends import Backends

from sellerstar import engines
from sellerstar.metrics.dates import DayClock, date_range, day_number, from_day_number

UTC = dt.UTC
CASES = {
    "Asia/Shanghai": (dt.date(2022, 10, 1), dt.date(2022, 10, 10)),
    "America/New_York": (dt.date(2022, 11, 1), dt.date(2022, 11, 10)),  # fold 11-06
    "Europe/Berlin": (dt.date(2022, 3, 20), dt.date(2022, 4, 2)),  # gap 03-27
}
# Wall-clock times that happen twice (fold) or never (gap) in each zone's span.
AMBIGUOUS = {
    "Asia/Shanghai": [],
    "America/New_York": [dt.datetime(2022, 11, 6, 1, 0), dt.datetime(2022, 11, 6, 1, 59)],
    "Europe/Berlin": [dt.datetime(2022, 3, 27, 2, 0), dt.datetime(2022, 3, 27, 2, 30)],
}


def _instants(zone: ZoneInfo, first: dt.date, last: dt.date) -> list[dt.datetime]:
    """Every half hour of the span, plus the microseconds around each local midnight."""
    start = dt.datetime.combine(first, dt.time(), zone).astimezone(UTC)
    end = dt.datetime.combine(last, dt.time(), zone).astimezone(UTC)
    out = []
    here = start
    while here < end:
        out.append(here)
        here += dt.timedelta(minutes=30)
    for day in date_range(first, last):
        midnight = dt.datetime.combine(day, dt.time(), zone).astimezone(UTC)
        out += [midnight - dt.timedelta(microseconds=1), midnight]
    return out


def test_day_numbers() -> None:
    assert day_number(dt.date(2022, 10, 5)) == 19270
    assert from_day_number(19270) == dt.date(2022, 10, 5)
    assert date_range(dt.date(2022, 12, 31), dt.date(2023, 1, 1)) == [
        dt.date(2022, 12, 31),
        dt.date(2023, 1, 1),
    ]


def test_clock_finds_offset_changes() -> None:
    fixed = DayClock("Asia/Shanghai", dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert fixed.changes == [] and fixed.initial_offset == 8 * 3600
    york = DayClock("America/New_York", *CASES["America/New_York"])
    assert york.changes == [(dt.datetime(2022, 11, 6, 6, 0), -5 * 3600)]


@pytest.mark.parametrize("engine", ["duckdb", pytest.param("spark", marks=pytest.mark.spark)])
def test_local_dates_and_wall_clock_are_exact(backends: Backends, engine: str) -> None:
    rows, expected_days, walls, expected_utc = [], [], [], []
    for name, (first, last) in CASES.items():
        zone = ZoneInfo(name)
        for instant in _instants(zone, first, last):
            rows.append((name, instant.replace(tzinfo=None)))
            expected_days.append(day_number(instant.astimezone(zone).date()))
    for name, (first, last) in CASES.items():
        wall = pa.array(
            [
                t.astimezone(ZoneInfo(name)).replace(tzinfo=None)
                for t in _instants(ZoneInfo(name), first, last)
            ]
            + AMBIGUOUS[name],
            pa.timestamp("us"),
        )
        walls.append((name, wall))
        utc = pc.assume_timezone(wall, name, ambiguous="earliest", nonexistent="earliest")
        expected_utc += utc.cast(pa.timestamp("us")).to_pylist()

    backend = backends.get(engine)
    table = engines.register_arrow(
        backend,
        "dates_case",
        pa.table(
            {
                "zone": [z for z, _ in rows] + [z for z, w in walls for _ in range(len(w))],
                "t": pa.array(
                    [t for _, t in rows] + [None] * sum(len(w) for _, w in walls),
                    pa.timestamp("us"),
                ),
                "wall": pa.concat_arrays(
                    [pa.nulls(len(rows), pa.timestamp("us"))] + [w for _, w in walls]
                ),
                "i": pa.array(range(len(rows) + sum(len(w) for _, w in walls)), pa.int64()),
            }
        ),
    )
    columns = {}
    for name, (first, last) in CASES.items():
        clock = DayClock(name, first, last)
        columns[f"day_{name}"] = clock.day(table.t)
        columns[f"utc_{name}"] = clock.utc_from_local(table.wall)
    got = engines.to_arrow(backend, table.select("i", "zone", **columns).order_by("i"))
    engines.drop(backend, "dates_case")
    days = [row[f"day_{row['zone']}"] for row in got.to_pylist()[: len(rows)]]
    assert days == expected_days
    utcs = [row[f"utc_{row['zone']}"] for row in got.to_pylist()[len(rows) :]]
    assert [u.replace(tzinfo=None) if u else u for u in utcs] == expected_utc


def test_start_of_day_in_utc() -> None:
    clock = DayClock("America/New_York", *CASES["America/New_York"])
    assert clock.start_utc(day_number(dt.date(2022, 11, 6))) == dt.datetime(2022, 11, 6, 4)
    assert clock.start_utc(day_number(dt.date(2022, 11, 7))) == dt.datetime(2022, 11, 7, 5)


def test_clock_is_a_case_over_changes_only() -> None:
    clock = DayClock("Europe/Berlin", *CASES["Europe/Berlin"])
    expr = clock.day(ibis.table({"t": "timestamp"}, name="x").t)
    assert "CASE" in ibis.to_sql(expr.name("d").as_table(), dialect="duckdb").upper()
