"""The generator's files: same seed, same bytes; CSV and JSON Lines read back to the same
data as Parquet; the CLI command."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
import typer
from typer.testing import CliRunner

from sellerstar.cli import app
from sellerstar.contract import TABLES, Kind
from sellerstar.demo import GenerateOptions, generate
from sellerstar.demo.carriers import PRE_ADVICE
from sellerstar.demo.options import Format
from sellerstar.errors import InputError
from sellerstar.ingest.contract import import_directory

ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00")
TZ = dt.timezone(dt.timedelta(hours=8))


def _digests(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _parquet_rows(folder: Path, name: str) -> list[dict[str, Any]]:
    single = folder / f"{name}.parquet"
    return pq.read_table(single if single.exists() else folder / name).to_pylist()


def _as_text(value: Any, kind: Kind) -> str:
    """How a Parquet value must read in CSV: ISO 8601 +08:00, true/false, '' = missing."""
    if value is None:
        return ""
    if kind is Kind.TS:
        return str(value.astimezone(TZ).isoformat())
    if kind is Kind.BOOL:
        return "true" if value else "false"
    return str(value)


def test_same_seed_gives_identical_files_and_another_seed_does_not(tmp_path: Path) -> None:
    first, second, other = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    # The second run writes its parts from two worker processes: same bytes.
    for out, seed, workers in ((first, 5, 1), (second, 5, 2), (other, 6, 1)):
        generate(
            GenerateOptions(out=out, orders=3_000, seed=seed, chunk_size=1_000, workers=workers)
        )
    digests = _digests(first)
    assert "orders/part-00002.parquet" in digests
    assert digests == _digests(second)
    assert _digests(other)["orders/part-00000.parquet"] != digests["orders/part-00000.parquet"]


@pytest.fixture(scope="module")
def parquet_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("parquet")
    generate(GenerateOptions(out=out, orders=1_500, seed=3, chunk_size=1_000))
    return out


def test_csv_reads_back_as_the_parquet_data(tmp_path: Path, parquet_copy: Path) -> None:
    generate(GenerateOptions(out=tmp_path, orders=1_500, seed=3, chunk_size=1_000, format="csv"))
    for name, table in TABLES.items():
        with (tmp_path / f"{name}.csv").open(newline="", encoding="utf-8") as handle:
            reader = csv.reader(handle)
            assert tuple(next(reader)) == table.column_names
            lines = list(reader)
        expected = [
            [_as_text(row[c.name], c.kind) for c in table.columns]
            for row in _parquet_rows(parquet_copy, name)
        ]
        assert lines == expected, name
        for column in table.columns:
            if column.kind is Kind.TS:
                index = table.column_names.index(column.name)
                assert all(ISO.fullmatch(line[index]) for line in lines if line[index])


def test_json_lines_read_back_as_the_parquet_data(tmp_path: Path, parquet_copy: Path) -> None:
    generate(GenerateOptions(out=tmp_path, orders=1_500, seed=3, chunk_size=1_000, format="jsonl"))
    for name, table in TABLES.items():
        text = (tmp_path / f"{name}.jsonl").read_text(encoding="utf-8")
        records = [json.loads(line, parse_float=Decimal) for line in text.splitlines()]
        expected = _parquet_rows(parquet_copy, name)
        assert len(records) == len(expected), name
        for record, row in zip(records, expected, strict=True):
            assert tuple(record) == table.column_names
            for column in table.columns:
                value = row[column.name]
                if column.kind is Kind.TS and value is not None:
                    value = value.astimezone(TZ).isoformat()
                if column.kind is Kind.DATE and value is not None:
                    value = value.isoformat()
                assert record[column.name] == value, (name, column.name)


def test_cli_generates_and_summarises(tmp_path: Path) -> None:
    out = tmp_path / "market"
    result = CliRunner().invoke(app, ["demo", "generate", "--out", str(out), "--orders", "2000"])
    assert result.exit_code == 0, result.output
    assert "tracking_events" in result.output and "2,000" in result.output
    assert (out / "orders.parquet").is_file()

    again = CliRunner().invoke(app, ["demo", "generate", "--out", str(out), "--orders", "2000"])
    assert isinstance(again.exception, InputError)
    assert "--overwrite" in str(again.exception)
    replaced = CliRunner().invoke(
        app,
        [
            "demo",
            "generate",
            "--out",
            str(out),
            "--orders",
            "2000",
            "--format",
            "csv",
            "--overwrite",
        ],
    )
    assert replaced.exit_code == 0, replaced.output
    assert (out / "orders.csv").is_file() and not (out / "orders.parquet").exists()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"orders": 0}, "--orders"),
        ({"orders": 100, "seed": -1}, "--seed"),
        ({"orders": 100, "as_of": dt.date(2022, 5, 1)}, "--start"),
        ({"orders": 100, "chunk_size": 10}, "--chunk-size"),
        ({"orders": 100, "workers": 0}, "--workers"),
    ],
)
def test_bad_options_are_refused_by_name(
    tmp_path: Path, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        generate(GenerateOptions(out=tmp_path, **options))


def test_docs_list_every_option_and_pre_advice_text() -> None:
    docs = (Path(__file__).parents[2] / "docs" / "demo.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    generate_command = group.commands["demo"].commands["generate"]  # type: ignore[attr-defined]
    options = [name for p in generate_command.params for name in p.opts if name != "--help"]
    assert options
    assert all(f"`{name}" in docs for name in options), options
    for code, (texts, source) in PRE_ADVICE.items():
        row = next(line for line in docs.splitlines() if line.startswith(f"| `{code}` |"))
        assert all(f'"{text}"' in row for text in texts) and row.rstrip().endswith(f"| {source} |")


@pytest.mark.parametrize("file_format", ["parquet", "csv"])
def test_the_contract_import_accepts_a_generated_marketplace(
    tmp_path: Path, sqlite_engine: sa.Engine, file_format: Format
) -> None:
    out = tmp_path / "market"
    options = GenerateOptions(out=out, orders=3_000, seed=2, chunk_size=1_000, format=file_format)
    summary = generate(options)
    result = import_directory(sqlite_engine, out, zone=ZoneInfo("Asia/Shanghai"))
    assert {name: counts.read for name, counts in result.counts.items()} == summary.rows
    # Repeated deliveries of one event are one row in the store.
    events = result.counts["tracking_events"]
    assert 0 < events.read - events.inserted < 0.05 * events.read
    assert all(c.inserted == c.read for n, c in result.counts.items() if n != "tracking_events")
