"""`sellerstar recruitment match`: a data-lake folder of talents, their certificates and
jobs in, every job's ranked and explained candidates out, in each format; bad input is
refused with the file, row and value."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from sellerstar.cli.recruitment import app
from sellerstar.errors import InputError

TALENTS = [
    {"talent_id": "T1", "name": "李娜", "skills": "Excel;数据分析", "experience": "做数据周报"},
    {"talent_id": "T2", "name": "Wang", "skills": "直播运营", "experience": "hosted live streams"},
    {"talent_id": "T3", "name": "赵敏", "skills": "Excel;SQL", "experience": ""},
]
CERTIFICATES = [
    {"certificate_id":"C1", "talent_id": "T1", "kind": "data_analysis", "issued_on": "2022-06-30"},
    {"certificate_id":"C2", "talent_id": "T2", "kind": "live_streaming", "issued_on": "2022-07-01"},
]  # fmt: skip
JOBS = [
    {"job_id": "J1", "merchant_id": "M1", "title": "数据分析", "duties": "",
     "required_certifications": "data_analysis;platform_operations",
     "preferred_certifications": "", "skills": "Excel;SQL"},
    {"job_id": "J2", "merchant_id": "M1", "title": "Live host", "duties": "live streams",
     "required_certifications": "live_streaming", "preferred_certifications": "",
     "skills": ""},
]  # fmt: skip


def _lake(folder: Path, **tables: list[dict[str, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    given = {"talents": TALENTS, "talent_certifications": CERTIFICATES, "jobs": JOBS} | tables
    for name, rows in given.items():
        with (folder / f"{name}.csv").open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    return folder


def _match(folder: Path, out: Path, *extra: str) -> Any:
    args = ["match", "--input", str(folder), "--output", str(out), "--date", "2022-11-20"]
    return CliRunner().invoke(app, [*args, *extra])


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_every_job_gets_its_ranked_explained_candidates(tmp_path: Path, fmt: str) -> None:
    result = _match(_lake(tmp_path / "lake"), tmp_path / "out", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert "2 jobs with candidates" in result.output
    path = tmp_path / "out" / f"job_matches.{fmt}"
    if fmt == "parquet":
        rows = pq.read_table(path).to_pylist()
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    else:
        with path.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    picked = [(r["job_id"], r["talent_id"], str(r["rank"]), str(r["required_held"])) for r in rows]
    assert picked[:3] == [("J1", "T1", "1", "1"), ("J1", "T3", "2", "0"), ("J2", "T2", "1", "1")]
    first = rows[0]
    assert (first["missing"], first["matched_skills"]) == ("platform_operations", "Excel")


def test_without_certificates_the_file_is_optional(tmp_path: Path) -> None:
    folder = _lake(tmp_path / "lake")
    (folder / "talent_certifications.csv").unlink()
    result = _match(folder, tmp_path / "out")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("tables", "message"),
    [
        ({"jobs": [JOBS[0] | {"required_certifications": "cooking"}]},
         "jobs row 1: unknown certification 'cooking'"),
        ({"talent_certifications": [CERTIFICATES[0] | {"kind": "cooking"}]},
         "talent_certifications row 1: kind 'cooking'"),
        ({"talent_certifications": [CERTIFICATES[0] | {"talent_id": "T9"}]},
         "talent_id 'T9' is not in talents"),
    ],
)  # fmt: skip
def test_bad_input_is_refused_with_where_and_what(
    tmp_path: Path, tables: dict[str, list[dict[str, str]]], message: str
) -> None:
    result = _match(_lake(tmp_path / "lake", **tables), tmp_path / "out")
    assert isinstance(result.exception, InputError)
    assert message in str(result.exception)
    assert not (tmp_path / "out" / "job_matches.parquet").exists()


def test_a_date_before_recruitment_is_refused(tmp_path: Path) -> None:
    args = ["match", "--input", str(_lake(tmp_path / "lake")), "--output", str(tmp_path / "o"),
            "--date", "2022-10-01"]  # fmt: skip
    result = CliRunner().invoke(app, args)
    assert isinstance(result.exception, InputError)
    assert "not in force on 2022-10-01" in str(result.exception)
