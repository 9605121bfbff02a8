"""Reading talent recruitment's forms and JSON bodies into the services' terms: a job
draft and an interview's local times. Bad input becomes a refusal with its reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Annotated

from fastapi import Path

from sellerstar.domain.recruitment import Certification, split_list
from sellerstar.services.recruitment_errors import RecruitmentRefused
from sellerstar.services.recruitment_jobs import JobDraft

DEFAULT_ZONE = "Asia/Shanghai"
ROW_ID_MAX = 2**31 - 1  # what the store's integer keys hold
JobId = Annotated[int, Path(ge=1, le=ROW_ID_MAX)]
InterviewId = Annotated[int, Path(ge=1, le=ROW_ID_MAX)]


def whole(value: object) -> int:
    """A whole number from a form field or JSON value."""
    if isinstance(value, bool):
        raise RecruitmentRefused("salary_invalid", "not a whole number")
    if isinstance(value, int):
        return value
    text = str(value if value is not None else "").strip()
    if not text.isdigit() or len(text) > 9:
        raise RecruitmentRefused("salary_invalid", "not a whole number")
    return int(text)


def certifications(values: Iterable[object]) -> tuple[Certification, ...]:
    """Certification codes from form values; unknown ones are ignored (a form only offers
    the four)."""
    codes = {str(v) for v in values}
    return tuple(c for c in Certification if c.value in codes)


def job_draft(
    *,
    title: object,
    city: object,
    remote: object,
    duties: object,
    required: Iterable[object],
    preferred: Iterable[object],
    skills: object,
    salary_min: object,
    salary_max: object,
    currency: object,
) -> JobDraft:
    """A job draft from loosely typed values (the services check the rest)."""
    return JobDraft(
        title=str(title or ""),
        city=str(city) if city else None,
        remote=remote in (True, "on", "true", "1"),
        duties=str(duties or ""),
        required=certifications(required),
        preferred=certifications(preferred),
        skills=split_list(str(skills or "")),
        salary_min=whole(salary_min),
        salary_max=whole(salary_max),
        currency=str(currency or "").strip().upper(),
    )


def local_times(day: object, start: object, end: object) -> tuple[dt.datetime, dt.datetime]:
    """Wall-clock start and end of an interview from a date and two HH:MM times; an end
    at or before the start is the length refusal's business."""
    try:
        date = dt.date.fromisoformat(str(day or "").strip())
        begins = dt.time.fromisoformat(str(start or "").strip())
        ends = dt.time.fromisoformat(str(end or "").strip())
    except ValueError:
        raise RecruitmentRefused("time_invalid", "give the date and times") from None
    return dt.datetime.combine(date, begins), dt.datetime.combine(date, ends)


__all__ = [
    "DEFAULT_ZONE",
    "InterviewId",
    "JobId",
    "certifications",
    "job_draft",
    "local_times",
    "whole",
]
