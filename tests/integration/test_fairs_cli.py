"""`sellerstar recruitment fair` on a tiny lake folder: every input and output format, the
reasons, and bad input refused with nothing written."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from sellerstar.cli.recruitment import app

POSITIONS = [
    {"position_id": "P1", "merchant_id": "M1", "title": "运营", "capacity": "1"},
    {"position_id": "P2", "merchant_id": "M2", "title": "主播", "capacity": "2"},
]
STUDENTS = [
    {"talent_id": "T1", "position_id": "P1", "choice_rank": "1",
     "submitted_at": "2022-11-01 10:00:00"},
    {"talent_id": "T1", "position_id": "P2", "choice_rank": "2",
     "submitted_at": "2022-11-01 10:00:00"},
    {"talent_id": "T2", "position_id": "P1", "choice_rank": "1",
     "submitted_at": "2022-11-01 09:00:00"},
    {"talent_id": "T3", "position_id": "P1", "choice_rank": "1", "submitted_at": ""},
]  # fmt: skip
MERCHANTS = [
    {"position_id": "P1", "talent_id": "T1", "rank": "1"},
    {"position_id": "P1", "talent_id": "T2", "rank": "1"},
    {"position_id": "P2", "talent_id": "T1", "rank": "1"},
]
EXPECTED = [
    {"talent_id": "T1", "position_id": "P2", "merchant_id": "M2", "student_choice_rank": 2,
     "outcome": "placed", "reasons": "P1:filled_higher"},
    {"talent_id": "T2", "position_id": "P1", "merchant_id": "M1", "student_choice_rank": 1,
     "outcome": "placed_first_choice", "reasons": ""},
    {"talent_id": "T3", "position_id": None, "merchant_id": None,
     "student_choice_rank": None, "outcome": "unplaced", "reasons": "P1:not_ranked"},
]  # fmt: skip


def _write(folder: Path, name: str, rows: list[dict[str, str]], fmt: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.{fmt}"
    if fmt == "csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    elif fmt == "jsonl":
        path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    else:
        pq.write_table(pa.Table.from_pylist(rows), path)


def _lake(folder: Path, fmt: str = "csv", **tables: list[dict[str, str]]) -> Path:
    given = {
        "fair_positions": POSITIONS,
        "fair_student_rankings": STUDENTS,
        "fair_merchant_rankings": MERCHANTS,
    } | tables
    for name, rows in given.items():
        _write(folder, name, rows, fmt)
    return folder


def _run(folder: Path, out: Path, *extra: str) -> Any:
    args = ["fair", "--input", str(folder), "--output", str(out), "--date", "2022-11-20"]
    return CliRunner().invoke(app, [*args, *extra])


def _read(path: Path, fmt: str) -> list[dict[str, Any]]:
    if fmt == "parquet":
        return pq.read_table(path).to_pylist()
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    with path.open(encoding="utf-8") as handle:
        rows: list[dict[str, Any]] = list(csv.DictReader(handle))
    for row in rows:
        for key, value in row.items():
            row[key] = None if value == "" and key != "reasons" else value
        if "student_choice_rank" in row:
            rank = row["student_choice_rank"]
            row["student_choice_rank"] = int(rank) if rank else None
    return rows


@pytest.mark.parametrize(("in_format", "out_format"), [("csv", "jsonl"), ("jsonl", "parquet"),
                                                        ("parquet", "csv")])  # fmt: skip
def test_the_cli_writes_every_students_result_and_reason(
    tmp_path: Path, in_format: str, out_format: str
) -> None:
    folder = _lake(tmp_path / "lake", in_format)
    result = _run(folder, tmp_path / "out", "--format", out_format)
    assert result.exit_code == 0, result.output
    assert "3 students, 2 placed in 3 places of 2 positions; 0 blocking pairs" in result.output
    assert _read(tmp_path / "out" / f"fair_allocation.{out_format}", out_format) == EXPECTED
    positions = _read(tmp_path / "out" / f"fair_position_results.{out_format}", out_format)
    by_id = {p["position_id"]: p for p in positions}
    assert by_id["P1"]["outcome"] == "full"
    assert by_id["P2"]["outcome"] == "underfilled"
    assert str(by_id["P1"]["not_ranked"]) == "1"


@pytest.mark.parametrize(
    ("tables", "message"),
    [
        ({"fair_positions": [POSITIONS[0] | {"capacity": "51"}]}, "capacity 51 > 50"),
        ({"fair_positions": [POSITIONS[0] | {"capacity": "0"}]}, "capacity must be >= 1"),
        ({"fair_merchant_rankings": [MERCHANTS[0] | {"rank": "101"}]}, "rank 101 > 100"),
        (
            {
                "fair_student_rankings": [
                    STUDENTS[0] | {"choice_rank": str(i), "position_id": f"P{i}"}
                    for i in range(1, 7)
                ],
                "fair_positions": [
                    POSITIONS[0] | {"position_id": f"P{i}", "merchant_id": f"M{i}"}
                    for i in range(1, 7)
                ],
            },
            "ranked 6 positions; at most 5",
        ),
        (
            {"fair_student_rankings": [STUDENTS[0], STUDENTS[0] | {"position_id": "P2"}]},
            "choice_rank 1 twice",
        ),
        ({"fair_student_rankings": [STUDENTS[0] | {"position_id": "P9"}]}, "unknown position"),
        ({"fair_merchant_rankings": [MERCHANTS[0] | {"rank": ""}]}, "rank is empty"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(
    tmp_path: Path, tables: dict[str, list[dict[str, str]]], message: str
) -> None:
    folder = _lake(tmp_path / "lake", **tables)
    result = _run(folder, tmp_path / "out")
    assert result.exit_code != 0
    assert message in str(result.exception) + result.output
    assert not list((tmp_path / "out").glob("fair_*"))


def test_a_date_without_the_fairs_rules_is_refused(tmp_path: Path) -> None:
    folder = _lake(tmp_path / "lake")
    result = CliRunner().invoke(
        app, ["fair", "--input", str(folder), "--output", str(tmp_path / "o"),
                 "--date", "2022-10-26"],
    )  # fmt: skip
    assert result.exit_code != 0
    assert "no [selection_fairs] section" in str(result.exception)
