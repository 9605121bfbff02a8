"""Lake mode of talent recruitment: ``talents``, ``talent_certifications`` and ``jobs`` of a
data-lake folder in, ``job_matches`` out (every job's ranked candidates), written aside and
moved in only when complete. The pages rank a store job with the same function
(:func:`sellerstar.recruitment.matching.rank_candidates`) over the same profiles.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa

from sellerstar.domain.recruitment import (
    Certification,
    join_codes,
    parse_codes,
    split_list,
)
from sellerstar.errors import InputError
from sellerstar.metrics import output
from sellerstar.metrics.sources import find_source, read_arrow
from sellerstar.recruitment.matching import (
    Candidate,
    JobSpec,
    MatchRules,
    TalentProfile,
    rank_candidates,
)

OUTPUT_TABLE = "job_matches"
OUTPUT_SCHEMA = pa.schema(
    [
        ("job_id", pa.string()),
        ("talent_id", pa.string()),
        ("rank", pa.int64()),
        ("required_held", pa.int64()),
        ("required_total", pa.int64()),
        ("missing", pa.string()),
        ("matched_skills", pa.string()),
        ("score", pa.float64()),
    ]
)
_COLUMNS = {
    "talents": ("talent_id", "skills", "experience"),
    "talent_certifications": ("certificate_id", "talent_id", "kind"),
    "jobs": (
        "job_id",
        "title",
        "duties",
        "skills",
        "required_certifications",
        "preferred_certifications",
    ),
}


def talent_profiles(
    talents: Iterable[Mapping[Any, Any]], certificates: Iterable[Mapping[Any, Any]]
) -> list[TalentProfile]:
    """Profiles from rows of ``talents`` and ``talent_certifications`` (either origin),
    ordered by talent id."""
    held: dict[str, set[Certification]] = defaultdict(set)
    for row in certificates:
        held[str(row["talent_id"])].add(Certification(str(row["kind"])))
    profiles = [
        TalentProfile(
            str(row["talent_id"]),
            split_list(_text(row.get("skills"))),
            _text(row.get("experience")),
            frozenset(held.get(str(row["talent_id"]), ())),
        )
        for row in talents
    ]
    return sorted(profiles, key=lambda p: p.talent_id)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def match_rows(job_id: str, candidates: Iterable[Candidate]) -> list[dict[str, object]]:
    """The ``job_matches`` rows of one job."""
    return [
        {
            "job_id": job_id,
            "talent_id": c.talent_id,
            "rank": c.rank,
            "required_held": c.required.held,
            "required_total": c.required.total,
            "missing": join_codes(c.required.missing),
            "matched_skills": ";".join(c.matched_skills),
            "score": c.score,
        }
        for c in candidates
    ]


def _read(folder: Path, name: str, timezone: str, required: bool) -> list[dict[str, object]]:
    try:
        source = find_source(folder, name)
    except InputError:
        if required or any(folder.glob(f"{name}.*")) or (folder / name).exists():
            raise
        return []
    rows: list[dict[str, object]] = read_arrow(source, timezone, _COLUMNS[name]).to_pylist()
    return rows


def read_folder(folder: Path, timezone: str) -> tuple[list[JobSpec], list[TalentProfile]]:
    """The jobs and talent profiles of a folder; ``talent_certifications`` may be absent.
    Raises :class:`InputError` for an unknown certification code or a certificate of a
    talent not in ``talents``."""
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    talents = _read(folder, "talents", timezone, True)
    certificates = _read(folder, "talent_certifications", timezone, False)
    known = {str(row["talent_id"]) for row in talents}
    codes = {c.value for c in Certification}
    for number, row in enumerate(certificates, start=1):
        if row["kind"] not in codes:
            raise InputError(
                f"talent_certifications row {number}: kind {row['kind']!r} is not one of "
                f"{', '.join(sorted(codes))}"
            )
        if row["talent_id"] not in known:
            raise InputError(
                f"talent_certifications row {number}: talent_id {row['talent_id']!r} "
                "is not in talents"
            )
    jobs = []
    for number, row in enumerate(_read(folder, "jobs", timezone, True), start=1):
        try:
            required = parse_codes(_text(row["required_certifications"]))
            preferred = parse_codes(_text(row["preferred_certifications"]))
        except ValueError as error:
            raise InputError(f"jobs row {number}: {error}") from None
        jobs.append(
            JobSpec(
                str(row["job_id"]),
                _text(row["title"]),
                _text(row["duties"]),
                split_list(_text(row["skills"])),
                required,
                preferred,
            )
        )
    return jobs, talent_profiles(talents, certificates)


def match_folder(folder: Path, timezone: str, rules: MatchRules) -> pa.Table:
    """``job_matches`` of every job in the folder, by job id then rank."""
    jobs, profiles = read_folder(folder, timezone)
    rows: list[dict[str, object]] = []
    for job in sorted(jobs, key=lambda j: j.job_id):
        rows.extend(match_rows(job.job_id, rank_candidates(job, profiles, rules)))
    return pa.Table.from_pylist(rows, schema=OUTPUT_SCHEMA)


def run_lake(
    folder: Path, out: Path, timezone: str, rules: MatchRules, fmt: str = "parquet"
) -> tuple[pa.Table, Path]:
    """Match every job of ``folder``; write ``out/job_matches.<fmt>``."""
    if fmt not in output.FORMATS:
        raise InputError(f"--format: {fmt!r} is not one of {', '.join(output.FORMATS)}")
    table = match_folder(folder, timezone, rules)
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".recruitment-", dir=out))
    try:
        written = output.write(table, staging, OUTPUT_TABLE, fmt)
        target = out / written.name
        written.replace(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return table, target


__all__ = [
    "OUTPUT_SCHEMA",
    "OUTPUT_TABLE",
    "match_folder",
    "match_rows",
    "read_folder",
    "run_lake",
    "talent_profiles",
]
