"""Talent recruitment in the store (SQLite and PostgreSQL): jobs' life cycle and who may
change them, candidates ranked as the lake runner ranks them, interviews without
double-booking (also under concurrency), times in UTC, .ics files that parse back."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pytest
import sqlalchemy as sa
from icalendar import Calendar
from recruitment_world import DATA_JOB, NOW, RULES, seed

from concurrency import at_once
from sellerstar.domain.access import OutOfScope, Principal
from sellerstar.domain.recruitment import InterviewOutcome, JobState
from sellerstar.queries import recruitment as queries
from sellerstar.queries.recruitment_calendar import interview_ics
from sellerstar.recruitment.lake import match_folder, match_rows
from sellerstar.recruitment.matching import MatchRules
from sellerstar.services import recruitment_interviews as interviews
from sellerstar.services import recruitment_jobs as jobs
from sellerstar.services.recruitment_errors import RecruitmentRefused
from sellerstar.store.db import transaction
from sellerstar.store.schema import audit_log, contract_tables, recruitment_jobs

MATCH = MatchRules.of(RULES)
LOCAL = dt.datetime(2022, 11, 25, 10, 0)  # Shanghai wall clock = 02:00 UTC


@pytest.fixture
def world(store_engine: sa.Engine) -> dict[str, Principal]:
    return seed(store_engine)


def _open_job(engine: sa.Engine, who: Principal) -> int:
    with transaction(engine) as connection:
        job_id = jobs.create_job(connection, who, DATA_JOB, RULES, NOW)
        jobs.change_state(connection, who, job_id, JobState.OPEN, NOW)
    return job_id


def _schedule(
    engine: sa.Engine,
    who: Principal,
    job_id: int,
    talent: str,
    start: dt.datetime,
    hours: float = 1,
) -> int:
    with transaction(engine) as connection:
        return interviews.schedule(
            connection, who, job_id=job_id, talent_id=talent, local_start=start,
            local_end=start + dt.timedelta(hours=hours), timezone="Asia/Shanghai",
            location="Zoom", rules=RULES, now=NOW,
        )  # fmt: skip


def test_the_life_cycle_of_a_job_and_who_may_change_it(
    store_engine: sa.Engine, world: dict[str, Principal]
) -> None:
    with transaction(store_engine) as connection:
        job_id = jobs.create_job(connection, world["m1-main"], DATA_JOB, RULES, NOW)
    for login in ("m1-sub", "ops", "talent-t1"):
        with (
            pytest.raises(RecruitmentRefused, match="main account"),
            transaction(store_engine) as connection,
        ):
            jobs.change_state(connection, world[login], job_id, JobState.OPEN, NOW)
    with pytest.raises(OutOfScope), transaction(store_engine) as connection:
        jobs.change_state(connection, world["m2-main"], job_id, JobState.OPEN, NOW)
    with transaction(store_engine) as connection:
        jobs.change_state(connection, world["m1-main"], job_id, JobState.OPEN, NOW)
        jobs.change_state(connection, world["m1-main"], job_id, JobState.CLOSED, NOW)
    for target in (JobState.OPEN, JobState.DRAFT, JobState.CLOSED):
        with pytest.raises(RecruitmentRefused) as refused, transaction(store_engine) as connection:
            jobs.change_state(connection, world["m1-main"], job_id, target, NOW)
        assert refused.value.code == "transition"
    with pytest.raises(RecruitmentRefused, match="closed"), transaction(store_engine) as connection:
        jobs.update_job(connection, world["m1-main"], job_id, DATA_JOB, RULES, NOW)
    with store_engine.connect() as connection:
        actions = connection.scalars(
            sa.select(audit_log.c.action).where(audit_log.c.entity_type == "recruitment_job")
        ).all()
    assert sorted(actions) == ["job_closed", "job_open", "job_posted"]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"title": " "}, "title_missing"),
        ({"city": None, "remote": False}, "city_or_remote"),
        ({"salary_min": 12001}, "salary_range"),
        ({"salary_min": -1}, "salary_range"),
        ({"currency": "EUR"}, "currency"),
        ({"preferred": DATA_JOB.required[:1]}, "certification_twice"),
        ({"skills": tuple(f"s{n}" for n in range(31))}, "skills_too_many"),
    ],
)
def test_a_bad_job_is_refused_with_its_reason(change: dict[str, Any], code: str) -> None:
    with pytest.raises(RecruitmentRefused) as refused:
        jobs.checked(jobs.JobDraft(**(DATA_JOB.__dict__ | change)), RULES)
    assert refused.value.code == code


def test_the_boundaries_of_a_job_are_accepted() -> None:
    fine = DATA_JOB.__dict__ | {"salary_min": 12000, "city": None, "remote": True}
    assert jobs.checked(jobs.JobDraft(**fine), RULES).salary_min == 12000


def test_the_store_refuses_an_upside_down_salary_whatever_the_service(
    store_engine: sa.Engine, world: dict[str, Principal]
) -> None:
    job_id = _open_job(store_engine, world["m1-main"])
    with pytest.raises(sa.exc.IntegrityError), transaction(store_engine) as connection:
        connection.execute(
            recruitment_jobs.update()
            .where(recruitment_jobs.c.job_id == job_id)
            .values(salary_min=9, salary_max=8)
        )


def test_candidates_are_ranked_and_explained_the_same_in_the_store_and_the_lake(
    store_engine: sa.Engine, world: dict[str, Principal], tmp_path: Path
) -> None:
    job_id = _open_job(store_engine, world["m1-main"])
    with store_engine.connect() as connection:
        row = queries.job(connection, "M1", job_id)
        found = queries.candidates(connection, row, MATCH)
        talents = connection.execute(sa.select(contract_tables["talents"])).mappings().all()
        certs = (
            connection.execute(sa.select(contract_tables["talent_certifications"])).mappings().all()
        )
    ranked = [(c.candidate.talent_id, c.candidate.required.held) for c in found]
    # T3's Excel and SQL weigh more than T2's "运营" (of 直播运营, the title's 数据运营);
    # T4 shares nothing with the job.
    assert ranked == [("T1", 2), ("T3", 0), ("T2", 0)]
    first = found[0].candidate
    assert (first.required.total, first.required.missing) == (2, ())
    assert found[1].candidate.matched_skills == ("Excel", "SQL")
    _write(tmp_path / "talents.csv", [dict(t) for t in talents])
    _write(tmp_path / "talent_certifications.csv", [dict(c) for c in certs])
    _write(tmp_path / "jobs.csv", [_lake_job(row)])
    lake = match_folder(tmp_path, "Asia/Shanghai", MATCH).to_pylist()
    assert lake == match_rows(str(job_id), [c.candidate for c in found])


def _lake_job(row: queries.JobRow) -> dict[str, object]:
    return {
        "job_id": str(row.job_id),
        "merchant_id": row.merchant_id,
        "title": row.title,
        "city": row.city or "",
        "remote": "false",
        "duties": row.duties,
        "required_certifications": ";".join(row.required),
        "preferred_certifications": ";".join(row.preferred),
        "skills": ";".join(row.skills),
    }


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    text = [{k: "" if v is None else str(v) for k, v in r.items()} for r in rows]
    pacsv.write_csv(pa.Table.from_pylist(text), path)


def test_an_interview_is_stored_in_utc_and_its_ics_parses_back_in_its_zone(
    store_engine: sa.Engine, world: dict[str, Principal]
) -> None:
    job_id = _open_job(store_engine, world["m1-main"])
    interview_id = _schedule(store_engine, world["m1-sub"], job_id, "T1", LOCAL)
    with store_engine.connect() as connection:
        row = queries.interview(connection, interview_id, merchant_id="M1")
    assert row.starts_at == dt.datetime(2022, 11, 25, 2, 0, tzinfo=dt.UTC)
    event = Calendar.from_ical(interview_ics(row, "面试")).walk("VEVENT")[0]
    calendar = Calendar.from_ical(interview_ics(row, "面试"))
    assert str(calendar["METHOD"]) == "REQUEST"
    assert event.decoded("DTSTART") == dt.datetime(2022, 11, 25, 10, 0).replace(
        tzinfo=event.decoded("DTSTART").tzinfo
    )
    assert event.decoded("DTSTART").astimezone(dt.UTC) == row.starts_at
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert str(event["UID"]) == f"interview-{interview_id}@sellerstar"
    assert calendar.walk("VTIMEZONE")
    with transaction(store_engine) as connection:
        interviews.reschedule(
            connection, world["m1-sub"], interview_id, local_start=LOCAL + dt.timedelta(hours=3),
            local_end=LOCAL + dt.timedelta(hours=4), timezone="Europe/London", rules=RULES,
            now=NOW,
        )  # fmt: skip
    with store_engine.connect() as connection:
        moved = queries.interview(connection, interview_id, talent_id="T1")
    again = Calendar.from_ical(interview_ics(moved, "x")).walk("VEVENT")[0]
    assert (int(again["SEQUENCE"]), str(again["UID"])) == (1, str(event["UID"]))
    assert again["DTSTART"].params["TZID"] == "Europe/London"
    assert again.decoded("DTSTART").astimezone(dt.UTC) == dt.datetime(
        2022, 11, 25, 13, 0, tzinfo=dt.UTC
    )


def test_no_double_booking_of_the_talent_or_the_interviewer(
    store_engine: sa.Engine, world: dict[str, Principal]
) -> None:
    job_id = _open_job(store_engine, world["m1-main"])
    _schedule(store_engine, world["m1-sub"], job_id, "T1", LOCAL)
    for who, talent, start, code in [
        ("m1-sub2", "T1", LOCAL + dt.timedelta(minutes=59), "talent_busy"),
        ("m1-sub", "T2", LOCAL - dt.timedelta(minutes=30), "interviewer_busy"),
    ]:
        with pytest.raises(RecruitmentRefused) as refused:
            _schedule(store_engine, world[who], job_id, talent, start)
        assert refused.value.code == code
    # Back to back is fine (half-open intervals), for either side.
    _schedule(store_engine, world["m1-sub2"], job_id, "T1", LOCAL + dt.timedelta(hours=1))
    _schedule(store_engine, world["m1-sub"], job_id, "T2", LOCAL - dt.timedelta(hours=1))


def test_a_cancelled_interview_frees_the_time_and_an_outcome_needs_it_started(
    store_engine: sa.Engine, world: dict[str, Principal]
) -> None:
    job_id = _open_job(store_engine, world["m1-main"])
    first = _schedule(store_engine, world["m1-sub"], job_id, "T1", LOCAL)
    with (
        pytest.raises(RecruitmentRefused, match="not started"),
        transaction(store_engine) as connection,
    ):
        interviews.record_outcome(connection, world["m1-sub"], first, InterviewOutcome.OFFER, NOW)
    with pytest.raises(OutOfScope), transaction(store_engine) as connection:
        interviews.cancel(connection, world["m2-main"], first, NOW)
    with transaction(store_engine) as connection:
        interviews.cancel(connection, world["m1-sub"], first, NOW)
    second = _schedule(store_engine, world["m1-sub"], job_id, "T1", LOCAL)
    later = dt.datetime(2022, 11, 25, 3, 0, tzinfo=dt.UTC)
    with transaction(store_engine) as connection:
        interviews.record_outcome(
            connection, world["m1-main"], second, InterviewOutcome.OFFER, later
        )
    with store_engine.connect() as connection:
        rows = queries.interviews(connection, talent_id="T1")
    assert [(r.state, r.outcome, r.sequence) for r in rows] == [
        ("cancelled", None, 1),
        ("done", "offer", 0),
    ]
    cancelled = Calendar.from_ical(interview_ics(rows[0], "x"))
    assert str(cancelled["METHOD"]) == "CANCEL"
    assert str(cancelled.walk("VEVENT")[0]["STATUS"]) == "CANCELLED"


@pytest.mark.parametrize(
    ("zone", "start", "hours", "code"),
    [
        ("Mars/Olympus", LOCAL, 1, "timezone"),
        ("Asia/Shanghai", dt.datetime(2022, 11, 20, 9, 0), 1, "in_the_past"),
        ("Asia/Shanghai", LOCAL, 14 / 60, "length"),
        ("Asia/Shanghai", LOCAL, 4.01, "length"),
        ("America/New_York", dt.datetime(2023, 3, 12, 2, 30), 1, "no_such_time"),
    ],
)
def test_bad_interview_times_are_refused(
    store_engine: sa.Engine,
    world: dict[str, Principal],
    zone: str,
    start: dt.datetime,
    hours: float,
    code: str,
) -> None:
    job_id = _open_job(store_engine, world["m1-main"])
    with pytest.raises(RecruitmentRefused) as refused, transaction(store_engine) as connection:
        interviews.schedule(
            connection, world["m1-sub"], job_id=job_id, talent_id="T1", local_start=start,
            local_end=start + dt.timedelta(hours=hours), timezone=zone, location="",
            rules=RULES, now=NOW,
        )  # fmt: skip
    assert refused.value.code == code


@pytest.mark.parametrize("rounds", [4])
def test_concurrent_schedulings_never_double_book(
    store_engine: sa.Engine, world: dict[str, Principal], rounds: int
) -> None:
    job_id = _open_job(store_engine, world["m1-main"])
    m2_job = _open_job(store_engine, world["m2-main"])
    for n in range(rounds):
        start = LOCAL + dt.timedelta(days=n)
        # Three interviewers ask for the same talent at overlapping times at once ...
        results = at_once(
            *(
                partial(_schedule, store_engine, world[who], job_id, "T3", start + delay)
                for who, delay in (
                    ("m1-main", dt.timedelta(0)),
                    ("m1-sub", dt.timedelta(minutes=20)),
                    ("m1-sub2", dt.timedelta(minutes=40)),
                )
            )
        )
        booked = [r for r in results if isinstance(r, int)]
        refused = [r for r in results if isinstance(r, RecruitmentRefused)]
        assert len(booked) == 1 and len(refused) == 2, results
        assert {r.code for r in refused} == {"talent_busy"}
        # ... and one interviewer asks for three talents at the same time at once.
        later = start + dt.timedelta(hours=5)
        results = at_once(
            *(
                partial(_schedule, store_engine, world["m2-main"], m2_job, talent, later)
                for talent in ("T1", "T2", "T4")
            )
        )
        assert sum(isinstance(r, int) for r in results) == 1, results
    with store_engine.connect() as connection:
        rows = queries.interviews(connection)
    assert len(rows) == 2 * rounds
    for a in rows:
        for b in rows:
            if a.interview_id < b.interview_id and (
                a.talent_id == b.talent_id or a.interviewer_user_id == b.interviewer_user_id
            ):
                assert a.ends_at <= b.starts_at or b.ends_at <= a.starts_at
