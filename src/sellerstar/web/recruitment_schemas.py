"""The JSON shapes of talent recruitment's API (``routes/recruitment_api.py``) and how
the read side's rows become them."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from sellerstar.domain.recruitment import InterviewOutcome, JobState
from sellerstar.queries import recruitment as queries
from sellerstar.web.recruitment_input import DEFAULT_ZONE


class Refusal(BaseModel):
    detail: str
    code: str


class JobIn(BaseModel):
    title: str = Field(max_length=200)
    city: str | None = Field(default=None, max_length=100)
    remote: bool = False
    duties: str = Field(default="", max_length=5000)
    required_certifications: list[str] = Field(default_factory=list, max_length=4)
    preferred_certifications: list[str] = Field(default_factory=list, max_length=4)
    skills: list[str] = Field(default_factory=list, max_length=40)
    salary_min: int = Field(ge=0, le=10_000_000)
    salary_max: int = Field(ge=0, le=10_000_000)
    currency: str = Field(max_length=3)


class Job(BaseModel):
    job_id: int
    merchant_id: str
    title: str
    city: str | None
    remote: bool
    duties: str
    required_certifications: list[str]
    preferred_certifications: list[str]
    skills: list[str]
    salary_min: int
    salary_max: int
    currency: str
    state: JobState


class StateIn(BaseModel):
    state: JobState


class Candidate(BaseModel):
    rank: int
    talent_id: str
    name: str
    certified: bool
    required_held: int
    required_total: int
    missing: list[str]
    preferred_held: int
    matched_skills: list[str]
    score: float
    explanation: list[str]


class InterviewIn(BaseModel):
    talent_id: str = Field(max_length=128)
    date: str = Field(max_length=10, examples=["2022-11-25"])
    start: str = Field(max_length=8, examples=["10:00"])
    end: str = Field(max_length=8, examples=["11:00"])
    timezone: str = Field(default=DEFAULT_ZONE, max_length=64)
    location: str = Field(default="", max_length=300)


class MoveIn(BaseModel):
    date: str = Field(max_length=10, examples=["2022-11-25"])
    start: str = Field(max_length=8, examples=["10:00"])
    end: str = Field(max_length=8, examples=["11:00"])
    timezone: str = Field(default=DEFAULT_ZONE, max_length=64)


class OutcomeIn(BaseModel):
    outcome: InterviewOutcome


class Interview(BaseModel):
    interview_id: int
    job_id: int
    job_title: str
    merchant_id: str
    talent_id: str
    talent_name: str
    interviewer: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    timezone: str
    location: str
    state: str
    outcome: str | None
    sequence: int


class CertificateOut(BaseModel):
    certificate_id: str
    holder: str
    kind: str
    issued_on: dt.date


class Profile(BaseModel):
    talent_id: str
    name: str
    school: str | None
    major: str | None
    graduation_year: int | None
    city: str | None
    skills: list[str]
    experience: str
    certificates: list[CertificateOut]


def job_out(row: queries.JobRow) -> Job:
    return Job(
        job_id=row.job_id, merchant_id=row.merchant_id, title=row.title, city=row.city,
        remote=row.remote, duties=row.duties,
        required_certifications=[c.value for c in row.required],
        preferred_certifications=[c.value for c in row.preferred], skills=list(row.skills),
        salary_min=row.salary_min, salary_max=row.salary_max, currency=row.currency,
        state=row.state,
    )  # fmt: skip


def interview_out(row: queries.InterviewRow) -> Interview:
    return Interview(
        interview_id=row.interview_id, job_id=row.job_id, job_title=row.job_title,
        merchant_id=row.merchant_id, talent_id=row.talent_id, talent_name=row.talent_name,
        interviewer=row.interviewer, starts_at=row.starts_at, ends_at=row.ends_at,
        timezone=row.timezone, location=row.location, state=row.state, outcome=row.outcome,
        sequence=row.sequence,
    )  # fmt: skip


def certificate_out(c: queries.Certificate) -> CertificateOut:
    return CertificateOut(
        certificate_id=c.certificate_id, holder=c.holder, kind=c.kind, issued_on=c.issued_on
    )
