"""Lake mode: `sellerstar metrics run` reads the contract's files in every format directly
and writes both outputs with the contract's columns, on DuckDB and Spark."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from metrics_backends import Backends
from metrics_market import Market
from metrics_scenarios import combined_market
from pyarrow import csv as pacsv
from typer.testing import CliRunner

from sellerstar.cli.metrics import app
from sellerstar.contract import MERCHANT_METRICS_COLUMNS, ORDER_TRACKING_COLUMNS
from sellerstar.errors import InputError
from sellerstar.metrics.output import MERCHANT_METRICS_SCHEMA, ORDER_TRACKING_SCHEMA
from sellerstar.metrics.runner import Result, compute
from sellerstar.metrics.tables import from_arrow
from sellerstar.rules import RuleBook

FIRST, LAST = "2022-11-08", "2022-11-30"  # crosses the 2022-11-09 rule-set switch

runner = CliRunner()


@pytest.fixture(scope="module")
def market() -> Market:
    return combined_market()


@pytest.fixture(scope="module")
def expected(backends: Backends, book: RuleBook, market: Market) -> Result:
    backend = backends.get("duckdb")
    return compute(
        backend,
        from_arrow(backend, market.arrow()),
        book,
        dt.date.fromisoformat(FIRST),
        dt.date.fromisoformat(LAST),
        orders_all_dates=True,
    )


def _run(*args: str) -> None:
    result = runner.invoke(app, ["run", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "tracking visibility" in result.output


@pytest.mark.parametrize(
    ("fmt", "style"),
    [
        ("csv", "utc"),
        ("csv", "mixed"),
        ("jsonl", "mixed"),
        ("jsonl", "local"),
        ("parquet", "utc"),
        ("parquet", "local"),
        ("parts", "utc"),
        ("text-parquet", "mixed"),
        ("text-parquet", "local"),
    ],
)
def test_every_input_format_gives_the_same_numbers(
    tmp_path: Path, market: Market, expected: Result, fmt: str, style: str
) -> None:
    folder = market.write(tmp_path / "in", fmt, style)
    out = tmp_path / "out"
    _run(
        "--input",
        str(folder),
        "--from",
        FIRST,
        "--to",
        LAST,
        "--output",
        str(out),
        "--orders-all-dates",
    )
    assert pq.read_table(out / "merchant_metrics.parquet").equals(expected.merchant_metrics)
    assert pq.read_table(out / "order_tracking.parquet").equals(expected.order_tracking)


def test_output_columns_and_formats(tmp_path: Path, market: Market, expected: Result) -> None:
    folder = market.write(tmp_path / "in", "parquet")
    for fmt in ("csv", "jsonl"):
        out = tmp_path / fmt
        _run("--input", str(folder), "--stat-date", LAST, "--output", str(out), "--format", fmt)
        if fmt == "csv":
            metrics = pacsv.read_csv(out / "merchant_metrics.csv")
            orders = pacsv.read_csv(out / "order_tracking.csv")
            names = (metrics.column_names, orders.column_names)
            rows = orders.num_rows
        else:
            lines = (out / "order_tracking.jsonl").read_text().splitlines()
            first = json.loads((out / "merchant_metrics.jsonl").read_text().splitlines()[0])
            names = (list(first), list(json.loads(lines[0])))
            rows = len(lines)
            assert first["stat_date"] == LAST
        assert tuple(names[0][: len(MERCHANT_METRICS_COLUMNS)]) == MERCHANT_METRICS_COLUMNS
        assert tuple(names[1][: len(ORDER_TRACKING_COLUMNS)]) == ORDER_TRACKING_COLUMNS
        assert rows == sum(
            1 for d in expected.order_tracking["stat_date"].to_pylist() if str(d) == LAST
        )


def test_a_range_writes_orders_of_the_last_date_only(
    tmp_path: Path, market: Market, expected: Result
) -> None:
    folder = market.write(tmp_path / "in", "parquet")
    out = tmp_path / "out"
    _run("--input", str(folder), "--from", FIRST, "--to", LAST, "--output", str(out))
    metrics = pq.read_table(out / "merchant_metrics.parquet")
    orders = pq.read_table(out / "order_tracking.parquet")
    assert metrics.schema == MERCHANT_METRICS_SCHEMA and orders.schema == ORDER_TRACKING_SCHEMA
    assert sorted({str(d) for d in metrics["stat_date"].to_pylist()})[::22] == [FIRST, LAST]
    assert {str(d) for d in orders["stat_date"].to_pylist()} == {LAST}
    last = dt.date.fromisoformat(LAST)
    assert orders.equals(
        expected.order_tracking.filter(
            pa.compute.equal(expected.order_tracking["stat_date"], pa.scalar(last, pa.date32()))
        )
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--stat-date", "2022-11-31"], "--stat-date: '2022-11-31' is not a date"),
        (["--from", "2022-11-01"], "--from and --to go together"),
        (["--from", "2022-11-05", "--to", "2022-11-01"], "--to 2022-11-01 is before --from"),
        (["--stat-date", "2022-11-09", "--from", "2022-11-01", "--to", "2022-11-02"], "not both"),
        ([], "give --stat-date S, or --from S1 --to S2"),
        (["--stat-date", "2022-11-09", "--format", "xlsx"], "--format: 'xlsx'"),
    ],
)
def test_bad_arguments_are_named(tmp_path: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["run", "--input", str(tmp_path), "--output", str(tmp_path), *args])
    assert isinstance(result.exception, InputError)
    assert message in str(result.exception)


def test_bad_input_files_are_named(tmp_path: Path, market: Market) -> None:
    folder = market.write(tmp_path / "in", "csv")
    (folder / "tracking_appeals.csv").unlink()
    with pytest.raises(InputError, match="table 'tracking_appeals' is missing"):
        runner.invoke(
            app,
            ["run", "--input", str(folder), "--output", str(tmp_path / "o"), "--stat-date", LAST],
            catch_exceptions=False,
        )
    market.write(folder, "csv")
    with (folder / "orders.csv").open(newline="") as handle:
        rows = list(csv.reader(handle))
    rows[3][rows[0].index("shipped_at")] = "2022-13-01 10:00"
    with (folder / "orders.csv").open("w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    with pytest.raises(InputError, match=r"orders.csv line 4: shipped_at: '2022-13-01 10:00'"):
        runner.invoke(
            app,
            ["run", "--input", str(folder), "--output", str(tmp_path / "o"), "--stat-date", LAST],
            catch_exceptions=False,
        )


def _refused(folder: Path, out: Path, *options: str) -> str:
    with pytest.raises(InputError) as refused:
        runner.invoke(
            app,
            ["run", "--input", str(folder), "--output", str(out), "--stat-date", LAST, *options],
            catch_exceptions=False,
        )
    return str(refused.value)


def test_unreadable_values_the_engine_finds_are_located(tmp_path: Path, market: Market) -> None:
    folder = market.write(tmp_path / "in", "jsonl", "mixed")
    lines = (folder / "orders.jsonl").read_text().splitlines()
    row = json.loads(lines[5])
    row["paid_at"] = "2022-11-03T25:00:00+08:00"
    lines[5] = json.dumps(row)
    (folder / "orders.jsonl").write_text("\n".join(lines) + "\n")
    assert _refused(folder, tmp_path / "o").endswith(
        "orders.jsonl row 6: paid_at: '2022-11-03T25:00:00+08:00' is not an ISO 8601 timestamp"
    )

    folder = market.write(tmp_path / "text", "text-parquet", "local")
    orders = pq.read_table(folder / "orders.parquet")
    flags = orders["trade_assurance"].to_pylist()
    flags[2] = "yes"
    orders = orders.set_column(
        orders.column_names.index("trade_assurance"), "trade_assurance", pa.array(flags)
    )
    pq.write_table(orders, folder / "orders.parquet")
    assert _refused(folder, tmp_path / "o").endswith(
        "orders.parquet row 3: trade_assurance: 'yes' is not true, false, 1 or 0"
    )


def test_a_value_only_the_engine_refuses_is_named_without_a_line(
    tmp_path: Path, market: Market
) -> None:
    """An hour without minutes: Arrow reads it, DuckDB's ISO reader does not. The engine's
    own message names the file, column and value."""
    folder = market.write(tmp_path / "in", "csv")
    with (folder / "orders.csv").open(newline="") as handle:
        rows = list(csv.reader(handle))
    rows[3][rows[0].index("shipped_at")] = "2022-11-09T10"
    with (folder / "orders.csv").open("w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    told = _refused(folder, tmp_path / "o")
    assert (
        told == f"{folder / 'orders.csv'}: shipped_at: '2022-11-09T10' is not an ISO 8601 timestamp"
    )


def test_blank_and_padded_text_values(tmp_path: Path, market: Market, expected: Result) -> None:
    """Blank text is none; text with surrounding whitespace is trimmed; flags in any case."""
    folder = market.write(tmp_path / "in", "csv", "mixed")
    with (folder / "orders.csv").open(newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    for row in rows[1:]:
        for column in ("paid_at", "shipped_at", "ship_by"):
            cell = row[header.index(column)]
            row[header.index(column)] = f"  {cell}\t" if cell else " "
        flag = header.index("trade_assurance")
        row[flag] = f" {row[flag].upper()} "
        row[header.index("status")] = f" {row[header.index('status')]}"
    with (folder / "orders.csv").open("w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    out = tmp_path / "out"
    _run("--input", str(folder), "--from", FIRST, "--to", LAST, "--output", str(out),
         "--orders-all-dates")  # fmt: skip
    assert pq.read_table(out / "merchant_metrics.parquet").equals(expected.merchant_metrics)
    assert pq.read_table(out / "order_tracking.parquet").equals(expected.order_tracking)


def test_the_installed_command_summarises_the_demo_marketplace(tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    sellerstar = [sys.executable, "-m", "sellerstar"]
    subprocess.run(
        [*sellerstar, "demo", "generate", "--out", str(demo), "--orders", "3000"],
        check=True,
        capture_output=True,
    )
    done = subprocess.run(
        [
            *sellerstar,
            "metrics",
            "run",
            "--input",
            str(demo),
            "--stat-date",
            "2022-12-04",
            "--output",
            str(tmp_path / "out"),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    lines = done.stdout.splitlines()
    assert lines[0].startswith("stat dates: 2022-12-04 … 2022-12-04 (1); merchants: ")
    assert [line.split()[0] for line in lines[2:6]] == [
        "tracking",
        "guaranteed",
        "on-time",
        "orders",
    ]
    assert "%" in lines[2] and lines[-1].endswith("order_tracking.parquet")


@pytest.mark.spark
@pytest.mark.parametrize(
    ("fmt", "style"),
    [("parts", "utc"), ("csv", "mixed"), ("jsonl", "local"), ("text-parquet", "mixed")],
)
def test_spark_engine_gives_the_same_files(
    tmp_path: Path, market: Market, expected: Result, backends: Backends, fmt: str, style: str
) -> None:
    folder = market.write(tmp_path / "in", fmt, style)
    out = tmp_path / "out"
    _run(
        "--input",
        str(folder),
        "--from",
        FIRST,
        "--to",
        LAST,
        "--output",
        str(out),
        "--orders-all-dates",
        "--engine",
        "spark",
    )
    assert pq.read_table(out / "merchant_metrics.parquet").equals(expected.merchant_metrics)
    assert pq.read_table(out / "order_tracking.parquet").equals(expected.order_tracking)


@pytest.mark.spark
def test_spark_names_unreadable_values(tmp_path: Path, market: Market) -> None:
    folder = market.write(tmp_path / "in", "csv", "utc")
    with (folder / "shipments.csv").open(newline="") as handle:
        rows = list(csv.reader(handle))
    rows[2][rows[0].index("uploaded_at")] = "yesterday"
    with (folder / "shipments.csv").open("w", newline="") as handle:
        csv.writer(handle).writerows(rows)
    assert _refused(folder, tmp_path / "o", "--engine", "spark").endswith(
        "shipments.csv line 3: uploaded_at: 'yesterday' is not an ISO 8601 timestamp"
    )
