"""The read side of talent recruitment: jobs, ranked candidates, talents' profiles,
interviews and the public verification of a certificate.

Scoped by who asks: ``merchant_id`` is the asking merchant's (main or sub-account: the
jobs are the company's) or ``None`` for an operator (every merchant's); a job or
interview of another merchant raises :class:`OutOfScope`, which the web answers 404. A
talent reads only its own profile and interviews (``talent_id``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from sellerstar.domain.access import OutOfScope
from sellerstar.domain.recruitment import (
    Certification,
    InterviewState,
    JobState,
    parse_codes,
    split_list,
)
from sellerstar.recruitment.lake import talent_profiles
from sellerstar.recruitment.matching import Candidate, JobSpec, MatchRules, rank_candidates
from sellerstar.store.schema import contract_tables, recruitment_interviews, recruitment_jobs, users

_talents = contract_tables["talents"]
_certs = contract_tables["talent_certifications"]
_merchants = contract_tables["merchants"]
_jobs = recruitment_jobs.c
_iv = recruitment_interviews.c


@dataclass(frozen=True)
class JobRow:
    job_id: int
    merchant_id: str
    merchant_name: str
    title: str
    city: str | None
    remote: bool
    duties: str
    required: tuple[Certification, ...]
    preferred: tuple[Certification, ...]
    skills: tuple[str, ...]
    salary_min: int
    salary_max: int
    currency: str
    state: JobState
    created_at: dt.datetime
    opened_at: dt.datetime | None
    closed_at: dt.datetime | None

    @property
    def spec(self) -> JobSpec:
        return JobSpec(
            str(self.job_id), self.title, self.duties, self.skills, self.required, self.preferred
        )


def _job_row(row: Any) -> JobRow:
    return JobRow(
        row.job_id,
        row.merchant_id,
        row.merchant_name,
        row.title,
        row.city,
        bool(row.remote),
        row.duties,
        parse_codes(row.required_certifications),
        parse_codes(row.preferred_certifications),
        split_list(row.skills),
        row.salary_min,
        row.salary_max,
        row.currency,
        JobState(row.state),
        row.created_at,
        row.opened_at,
        row.closed_at,
    )


def _job_select() -> sa.Select[Any]:
    return sa.select(recruitment_jobs, _merchants.c.name.label("merchant_name")).join(
        _merchants, _merchants.c.merchant_id == _jobs.merchant_id
    )


def jobs(
    connection: sa.Connection, merchant_id: str | None, state: JobState | None = None
) -> list[JobRow]:
    """The merchant's jobs (an operator: everyone's), newest first."""
    query = _job_select().order_by(_jobs.created_at.desc(), _jobs.job_id.desc())
    if merchant_id is not None:
        query = query.where(_jobs.merchant_id == merchant_id)
    if state is not None:
        query = query.where(_jobs.state == state)
    return [_job_row(r) for r in connection.execute(query)]


def job(connection: sa.Connection, merchant_id: str | None, job_id: int) -> JobRow:
    """One job of the merchant (an operator: any)."""
    query = _job_select().where(_jobs.job_id == job_id)
    if merchant_id is not None:
        query = query.where(_jobs.merchant_id == merchant_id)
    row = connection.execute(query).first()
    if row is None:
        raise OutOfScope(f"no job {job_id}")
    return _job_row(row)


@dataclass(frozen=True)
class CandidateView:
    candidate: Candidate
    name: str
    city: str | None
    school: str | None
    graduation_year: int | None


def candidates(connection: sa.Connection, row: JobRow, rules: MatchRules) -> list[CandidateView]:
    """The job's ranked candidates over the whole talent pool, as the lake runner ranks."""
    talents = connection.execute(sa.select(_talents)).mappings().all()
    certs = connection.execute(sa.select(_certs.c.talent_id, _certs.c.kind)).mappings().all()
    ranked = rank_candidates(row.spec, talent_profiles(talents, certs), rules)
    by_id = {t["talent_id"]: t for t in talents}
    return [
        CandidateView(
            c,
            by_id[c.talent_id]["name"],
            by_id[c.talent_id]["city"],
            by_id[c.talent_id]["school"],
            by_id[c.talent_id]["graduation_year"],
        )
        for c in ranked
    ]


@dataclass(frozen=True)
class Certificate:
    certificate_id: str
    talent_id: str
    holder: str
    kind: Certification
    issued_on: dt.date


@dataclass(frozen=True)
class TalentProfile:
    talent_id: str
    name: str
    school: str | None
    major: str | None
    graduation_year: int | None
    city: str | None
    skills: tuple[str, ...]
    experience: str
    certificates: tuple[Certificate, ...]


def _certificates(connection: sa.Connection, where: sa.ColumnElement[bool]) -> list[Certificate]:
    rows = connection.execute(
        sa.select(_certs, _talents.c.name)
        .join(_talents, _talents.c.talent_id == _certs.c.talent_id)
        .where(where)
        .order_by(_certs.c.issued_on, _certs.c.certificate_id)
    )
    return [
        Certificate(r.certificate_id, r.talent_id, r.name, Certification(r.kind), r.issued_on)
        for r in rows
    ]


def talent(connection: sa.Connection, talent_id: str) -> TalentProfile:
    """A talent's profile with its certificates (its own page, or a merchant's view of a
    candidate, or an operator's)."""
    row = connection.execute(sa.select(_talents).where(_talents.c.talent_id == talent_id)).first()
    if row is None:
        raise OutOfScope(f"no talent {talent_id}")
    return TalentProfile(
        row.talent_id,
        row.name,
        row.school,
        row.major,
        row.graduation_year,
        row.city,
        split_list(row.skills),
        row.experience or "",
        tuple(_certificates(connection, _certs.c.talent_id == talent_id)),
    )


def talents(connection: sa.Connection, limit: int = 500) -> list[TalentProfile]:
    """The talent pool (operators), by id; certificates of each."""
    rows = connection.execute(sa.select(_talents).order_by(_talents.c.talent_id).limit(limit))
    held: dict[str, list[Certificate]] = {}
    for cert in _certificates(connection, sa.true()):
        held.setdefault(cert.talent_id, []).append(cert)
    return [
        TalentProfile(
            r.talent_id,
            r.name,
            r.school,
            r.major,
            r.graduation_year,
            r.city,
            split_list(r.skills),
            r.experience or "",
            tuple(held.get(r.talent_id, ())),
        )
        for r in rows
    ]


def certificate(connection: sa.Connection, certificate_id: str) -> Certificate | None:
    """A certificate by its id (public verification), or None."""
    found = _certificates(connection, _certs.c.certificate_id == certificate_id.strip())
    return found[0] if found else None


@dataclass(frozen=True)
class InterviewRow:
    interview_id: int
    job_id: int
    job_title: str
    merchant_id: str
    merchant_name: str
    talent_id: str
    talent_name: str
    interviewer_user_id: int
    interviewer: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    timezone: str
    location: str
    state: InterviewState
    outcome: str | None
    sequence: int
    changed_at: dt.datetime


def _interview_select() -> sa.Select[Any]:
    return (
        sa.select(
            recruitment_interviews,
            _jobs.title.label("job_title"),
            _merchants.c.name.label("merchant_name"),
            _talents.c.name.label("talent_name"),
            users.c.display_name.label("interviewer"),
        )
        .join(recruitment_jobs, _jobs.job_id == _iv.job_id)
        .join(_merchants, _merchants.c.merchant_id == _iv.merchant_id)
        .join(_talents, _talents.c.talent_id == _iv.talent_id)
        .join(users, users.c.user_id == _iv.interviewer_user_id)
    )


def _interview_row(r: Any) -> InterviewRow:
    return InterviewRow(
        r.interview_id,
        r.job_id,
        r.job_title,
        r.merchant_id,
        r.merchant_name,
        r.talent_id,
        r.talent_name,
        r.interviewer_user_id,
        r.interviewer,
        r.starts_at,
        r.ends_at,
        r.timezone,
        r.location,
        InterviewState(r.state),
        r.outcome,
        r.sequence,
        r.changed_at,
    )


def interviews(
    connection: sa.Connection,
    *,
    merchant_id: str | None = None,
    talent_id: str | None = None,
    job_id: int | None = None,
    limit: int = 500,
) -> list[InterviewRow]:
    """Interviews of a merchant, of a talent, of a job (or all: operators), by start."""
    query = _interview_select().order_by(_iv.starts_at, _iv.interview_id).limit(limit)
    if merchant_id is not None:
        query = query.where(_iv.merchant_id == merchant_id)
    if talent_id is not None:
        query = query.where(_iv.talent_id == talent_id)
    if job_id is not None:
        query = query.where(_iv.job_id == job_id)
    return [_interview_row(r) for r in connection.execute(query)]


def interview(
    connection: sa.Connection,
    interview_id: int,
    *,
    merchant_id: str | None = None,
    talent_id: str | None = None,
) -> InterviewRow:
    """One interview as the merchant, the talent (or an operator: both None) may see it."""
    query = _interview_select().where(_iv.interview_id == interview_id)
    if merchant_id is not None:
        query = query.where(_iv.merchant_id == merchant_id)
    if talent_id is not None:
        query = query.where(_iv.talent_id == talent_id)
    row = connection.execute(query).first()
    if row is None:
        raise OutOfScope(f"no interview {interview_id}")
    return _interview_row(row)


__all__ = [
    "CandidateView",
    "Certificate",
    "InterviewRow",
    "JobRow",
    "TalentProfile",
    "candidates",
    "certificate",
    "interview",
    "interviews",
    "job",
    "jobs",
    "talent",
    "talents",
]
