"""`sellerstar reviews brushing` on a small generated marketplace: it writes the suspects,
and refuses bad input with a clear message, writing nothing."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pyarrow.csv as pacsv
import pytest
from typer.testing import CliRunner

from sellerstar.cli.reviews import app
from sellerstar.demo.generator import LABELS, generate
from sellerstar.demo.options import GenerateOptions
from sellerstar.errors import InputError


@pytest.fixture(scope="module")
def market(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("market")
    generate(GenerateOptions(out=out, orders=12_000, seed=2, format="csv"))
    return out


def _run(folder: Path, out: Path, *extra: str) -> object:
    return CliRunner().invoke(
        app,
        [
            "brushing",
            "--input",
            str(folder),
            "--output",
            str(out),
            "--rules-date",
            "2022-12-06",
            *extra,
        ],
    )


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_the_command_writes_the_suspects(market: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    result = _run(market, out, "--format", fmt)
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert f"wrote {out / f'brushing_suspects.{fmt}'}" in result.output  # type: ignore[attr-defined]
    assert [p.name for p in out.iterdir()] == [f"brushing_suspects.{fmt}"]
    if fmt != "csv":
        return
    suspects = pacsv.read_csv(out / "brushing_suspects.csv")
    assert suspects.column_names == ["review_id", "merchant_id", "score", "signals"]
    with (market / LABELS).open(encoding="utf-8") as handle:
        labelled = {row["review_id"] for row in csv.DictReader(handle)}
    found = set(suspects["review_id"].to_pylist())
    assert found and len(found & labelled) >= 0.8 * len(found)
    assert all(0 < s <= 1 for s in suspects["score"].to_pylist())


def _broken(market: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("transaction_reviews", "buyers", "orders"):
        shutil.copy(market / f"{name}.csv", folder / f"{name}.csv")
    return folder


def test_a_missing_column_is_refused_and_nothing_is_written(market: Path, tmp_path: Path) -> None:
    folder = _broken(market, tmp_path)
    reviews = pacsv.read_csv(folder / "transaction_reviews.csv")
    pacsv.write_csv(reviews.drop_columns(["submitted_at"]), folder / "transaction_reviews.csv")
    out = tmp_path / "out"
    result = _run(folder, out)
    assert result.exit_code == 1  # type: ignore[attr-defined]
    error = result.exception  # type: ignore[attr-defined]
    assert isinstance(error, InputError)
    assert "transaction_reviews.csv" in str(error) and "submitted_at" in str(error)
    assert not out.exists() or not any(out.iterdir())


def test_a_bad_value_is_refused_naming_the_file_line_and_column(
    market: Path, tmp_path: Path
) -> None:
    folder = _broken(market, tmp_path)
    path = folder / "transaction_reviews.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = next(csv.reader([lines[0]]))
    row = next(csv.reader([lines[1]]))
    row[header.index("received_at")] = "not a time"
    lines[1] = ",".join(f'"{v}"' for v in row)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = _run(folder, out)
    assert result.exit_code == 1  # type: ignore[attr-defined]
    message = str(result.exception)  # type: ignore[attr-defined]
    assert "transaction_reviews.csv line 2: received_at" in message
    assert not out.exists() or not any(out.iterdir())


def test_a_missing_table_and_an_unknown_format_are_refused(market: Path, tmp_path: Path) -> None:
    folder = _broken(market, tmp_path)
    (folder / "buyers.csv").unlink()
    result = _run(folder, tmp_path / "out")
    assert isinstance(result.exception, InputError)  # type: ignore[attr-defined]
    assert "table 'buyers' is missing" in str(result.exception)  # type: ignore[attr-defined]
    result = _run(market, tmp_path / "out", "--format", "xml")
    assert isinstance(result.exception, InputError)  # type: ignore[attr-defined]
    assert "--format" in str(result.exception)  # type: ignore[attr-defined]
